"""Trains the tiny-arith PRM (Qwen2ForTokenClassification, 2 labels, 1 = correct) from scratch on CPU."""
from __future__ import annotations

import json
import math
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from transformers import Qwen2Config, Qwen2ForTokenClassification

from .metrics import first_error_step, processbench
from .tokenizer import IGNORE


@dataclass
class TrainConfig:
    seed: int = 1234
    hidden: int = 128
    layers: int = 4
    heads: int = 4
    kv_heads: int = 2
    intermediate: int = 512
    max_context: int = 512
    batch: int = 24
    steps: int = 4500
    lr: float = 1.5e-3
    warmup: int = 100
    separator_weight: float = 3.0
    lm_weight: float = 1.0
    eval_every: int = 300
    time_budget_s: float = 2100.0


def make_model(vocab_size: int, cfg: TrainConfig) -> Qwen2ForTokenClassification:
    config = Qwen2Config(
        vocab_size=vocab_size, hidden_size=cfg.hidden, intermediate_size=cfg.intermediate,
        num_hidden_layers=cfg.layers, num_attention_heads=cfg.heads, num_key_value_heads=cfg.kv_heads,
        max_position_embeddings=cfg.max_context, rope_theta=10000.0, tie_word_embeddings=False,
        num_labels=2, id2label={0: "wrong", 1: "correct"}, label2id={"wrong": 0, "correct": 1},
        pad_token_id=0, bos_token_id=1, eos_token_id=0,
    )
    config._attn_implementation = "eager"
    return Qwen2ForTokenClassification(config)


def batches(sequences: list[dict], batch: int, rng: random.Random):
    """Endless stream of padded batches of similar length."""
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]["input_ids"]))
    chunks = [order[i:i + batch] for i in range(0, len(order), batch)]
    while True:
        rng.shuffle(chunks)
        for chunk in chunks:
            yield collate([sequences[i] for i in chunk])


def collate(items: list[dict]) -> dict:
    width = max(len(x["input_ids"]) for x in items)
    ids = torch.zeros(len(items), width, dtype=torch.long)
    labels = torch.full((len(items), width), IGNORE, dtype=torch.long)
    mask = torch.zeros(len(items), width, dtype=torch.long)
    weights = torch.zeros(len(items), width)
    for row, x in enumerate(items):
        n = len(x["input_ids"])
        ids[row, :n] = torch.tensor(x["input_ids"])
        labels[row, :n] = torch.tensor(x["labels"])
        mask[row, :n] = 1
        weights[row, :n] = 1.0
        weights[row, x["separators"]] = x.get("separator_weight", 1.0)
    return {"input_ids": ids, "attention_mask": mask, "labels": labels, "weights": weights}


@torch.no_grad()
def step_scores(model, sequences: list[dict], batch: int = 64) -> tuple[list[list[float]], float]:
    """Probability of "correct" at every separator, per sequence, and the mean token loss."""
    model.eval()
    out: list[list[float]] = []
    loss_sum, count = 0.0, 0
    for i in range(0, len(sequences), batch):
        items = sequences[i:i + batch]
        b = collate(items)
        logits = model(input_ids=b["input_ids"], attention_mask=b["attention_mask"]).logits
        loss_sum += float(torch.nn.functional.cross_entropy(
            logits.reshape(-1, 2), b["labels"].reshape(-1), ignore_index=IGNORE, reduction="sum"))
        count += int((b["labels"] != IGNORE).sum())
        probs = logits.softmax(-1)[..., 1]
        out += [[float(probs[r, s]) for s in x["separators"]] for r, x in enumerate(items)]
    model.train()
    return out, loss_sum / max(count, 1)


def validate(model, sequences: list[dict], records: list[dict]) -> dict:
    """ProcessBench metrics at threshold 0.5 and the token loss on the validation split."""
    scores, loss = step_scores(model, sequences)
    preds = [first_error_step(s, 0.5) for s in scores]
    return {**processbench([r["label"] for r in records], preds), "val_loss": loss}


def losses(model, lm_head: torch.nn.Linear, b: dict, cfg: TrainConfig) -> tuple[torch.Tensor, torch.Tensor]:
    """Weighted per-token classification loss, and the auxiliary next-token loss.

    The auxiliary language-model head (not exported) predicts each next token wherever that token is still
    consistent (label != 0): learning to produce right results is what lets the classifier spot wrong ones,
    the way real PRMs start from a math language model.
    """
    hidden = model.model(input_ids=b["input_ids"], attention_mask=b["attention_mask"]).last_hidden_state
    logits = model.score(model.dropout(hidden))
    per_token = torch.nn.functional.cross_entropy(
        logits.reshape(-1, 2), b["labels"].reshape(-1), ignore_index=IGNORE, reduction="none")
    w = b["weights"].reshape(-1) * (b["labels"].reshape(-1) != IGNORE)
    cls_loss = (per_token * w).sum() / w.sum()
    targets = b["input_ids"][:, 1:].clone()
    targets[(b["attention_mask"][:, 1:] == 0) | (b["labels"][:, 1:] == 0)] = IGNORE
    lm_logits = lm_head(hidden[:, :-1])
    lm_loss = torch.nn.functional.cross_entropy(lm_logits.reshape(-1, lm_logits.shape[-1]), targets.reshape(-1), ignore_index=IGNORE)
    return cls_loss, lm_loss


def train(train_seqs: list[dict], val_seqs: list[dict], val_records: list[dict], vocab_size: int,
          cfg: TrainConfig, out_dir: Path, log=print) -> dict:
    """Trains, keeps the checkpoint with the lowest validation token loss in `out_dir`, returns the log.

    (Validation F1 at a fixed threshold is too noisy to pick checkpoints while the model is weak.)
    """
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(2)
    rng = random.Random(cfg.seed)
    for s in train_seqs:
        s["separator_weight"] = cfg.separator_weight
    model = make_model(vocab_size, cfg)
    lm_head = torch.nn.Linear(cfg.hidden, vocab_size, bias=False)
    params = sum(p.numel() for p in model.parameters())
    trained = list(model.parameters()) + list(lm_head.parameters())
    opt = torch.optim.AdamW(trained, lr=cfg.lr, weight_decay=0.01, betas=(0.9, 0.98))
    schedule = lambda step: min(1.0, (step + 1) / cfg.warmup) * 0.5 * (1 + math.cos(math.pi * min(1.0, step / cfg.steps)))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, schedule)
    stream = batches(train_seqs, cfg.batch, rng)
    best = {"val_loss": float("inf")}
    history = []
    start = time.time()
    step = 0
    for step in range(1, cfg.steps + 1):
        cls_loss, lm_loss = losses(model, lm_head, next(stream), cfg)
        loss = cls_loss + cfg.lm_weight * lm_loss
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(trained, 1.0)
        opt.step()
        sched.step()
        elapsed = time.time() - start
        if step % cfg.eval_every == 0 or step == cfg.steps or elapsed > cfg.time_budget_s:
            metrics = validate(model, val_seqs, val_records)
            history.append({"step": step, "loss": float(cls_loss.detach()), "lm_loss": float(lm_loss.detach()),
                            "elapsed_s": round(elapsed, 1), **metrics})
            log(f"step {step} loss {float(cls_loss):.4f} lm {float(lm_loss):.4f} val f1 {metrics['f1']:.4f} "
                f"(err {metrics['acc_error']:.3f} cor {metrics['acc_correct']:.3f}) val loss {metrics['val_loss']:.4f} {elapsed:.0f}s")
            if metrics["val_loss"] < best["val_loss"]:
                best = {"step": step, **metrics}
                model.save_pretrained(out_dir)
        if elapsed > cfg.time_budget_s:
            log(f"time budget reached at step {step}")
            break
    return {"config": asdict(cfg), "parameters": params, "steps_run": step, "wall_s": round(time.time() - start, 1),
            "best": best, "history": history}


def save_log(result: dict, path: Path) -> None:
    path.write_text(json.dumps(result, indent=2) + "\n")
