"""Trains the tiny-arith PRM (Qwen2ForTokenClassification, 2 labels, 1 = correct) from scratch.

Runs on CPU (the default recipe) or CUDA (`--device cuda`, the profile the shipped weights come from).
Sequences are packed into padded tensors once, kept on the training device, and drawn in batches of
similar length; the learning rate follows a cosine over whichever runs out first, steps or time.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from transformers import Qwen2Config, Qwen2ForTokenClassification

from .metrics import first_error_step, processbench
from .pairs import rank_loss
from .qat import quantize_aware, restore
from .tokenizer import IGNORE, MAX_CONTEXT


@dataclass
class TrainConfig:
    seed: int = 1234
    hidden: int = 128
    layers: int = 4
    heads: int = 4
    kv_heads: int = 2
    intermediate: int = 512
    max_context: int = MAX_CONTEXT
    batch: int = 24
    steps: int = 4500
    lr: float = 1.5e-3
    warmup: int = 100
    separator_weight: float = 3.0
    lm_weight: float = 1.0
    eval_every: int = 300
    time_budget_s: float = 2100.0
    device: str = "cpu"
    init_from: str = ""
    qat: bool = False
    #: bf16 autocast on CPU too (CUDA always trains under it): on 2 AVX-512 BF16 cores a pass 2.3x faster, a streamed
    #: --qat phase 1.6x the steps (models/README.md); the saved weights stay fp32.
    cpu_bf16: bool = False


def make_model(vocab_size: int, cfg: TrainConfig, attention: str = "eager") -> Qwen2ForTokenClassification:
    config = Qwen2Config(
        vocab_size=vocab_size,
        hidden_size=cfg.hidden,
        intermediate_size=cfg.intermediate,
        num_hidden_layers=cfg.layers,
        num_attention_heads=cfg.heads,
        num_key_value_heads=cfg.kv_heads,
        max_position_embeddings=cfg.max_context,
        rope_theta=10000.0,
        tie_word_embeddings=False,
        num_labels=2,
        id2label={0: "wrong", 1: "correct"},
        label2id={"wrong": 0, "correct": 1},
        pad_token_id=0,
        bos_token_id=1,
        eos_token_id=0,
    )
    config._attn_implementation = attention
    return Qwen2ForTokenClassification(config)


def pack(sequences: list[dict]) -> dict[str, torch.Tensor]:
    """Sequences as padded CPU tensors sorted by length: ids, labels, a separator mask and lengths."""
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]["input_ids"]))
    lengths = torch.tensor([len(sequences[i]["input_ids"]) for i in order])
    width = int(lengths.max())
    ids = torch.zeros(len(order), width, dtype=torch.int32)
    labels = torch.full((len(order), width), IGNORE, dtype=torch.int16)
    separators = torch.zeros(len(order), width, dtype=torch.bool)
    for row, i in enumerate(order):
        x = sequences[i]
        n = len(x["input_ids"])
        ids[row, :n] = torch.tensor(x["input_ids"], dtype=torch.int32)
        labels[row, :n] = torch.tensor(x["labels"], dtype=torch.int16)
        separators[row, x["separators"]] = True
    return {"ids": ids, "labels": labels, "separators": separators, "lengths": lengths, "order": torch.tensor(order)}


class Packed:
    """Packed sequences on the training device, drawn in batches of similar length; separators weighted."""

    def __init__(self, packed: dict[str, torch.Tensor], separator_weight: float, device: str) -> None:
        self.lengths = packed["lengths"]
        width = torch.arange(packed["ids"].shape[1])
        weights = (width[None, :] < self.lengths[:, None]).to(torch.float16)
        weights[packed["separators"]] = separator_weight
        self.ids, self.labels, self.weights = packed["ids"].to(device), packed["labels"].to(device), weights.to(device)
        self.device = device

    def __len__(self) -> int:
        return len(self.lengths)

    def batch(self, rows: torch.Tensor) -> dict:
        width = int(self.lengths[rows.cpu()].max())
        rows = rows.to(self.device)
        ids = self.ids[rows, :width].long()
        labels = self.labels[rows, :width].long()
        weights = self.weights[rows, :width].float()
        return {"input_ids": ids, "attention_mask": (weights > 0).long(), "labels": labels, "weights": weights}

    def stream(self, batch: int, generator: torch.Generator):
        """Endless batches of neighbours in length order, chunks in random order each epoch."""
        chunks = torch.arange(len(self)).split(batch)
        while True:
            for c in torch.randperm(len(chunks), generator=generator).tolist():
                yield self.batch(chunks[c])


@torch.no_grad()
def step_scores(model, packed: Packed, separators: list[list[int]], order: list[int], batch: int = 128) -> tuple[list[list[float]], float]:
    """Probability of "correct" at every separator, per sequence in input order, and the mean token loss."""
    model.eval()
    scores: list[list[float]] = [[] for _ in order]
    loss_sum, count = 0.0, 0
    for start in range(0, len(packed), batch):
        rows = torch.arange(start, min(start + batch, len(packed)))
        b = packed.batch(rows)
        logits = model(input_ids=b["input_ids"], attention_mask=b["attention_mask"]).logits.float()
        loss_sum += float(torch.nn.functional.cross_entropy(logits.reshape(-1, 2), b["labels"].reshape(-1), ignore_index=IGNORE, reduction="sum"))
        count += int((b["labels"] != IGNORE).sum())
        probs = logits.softmax(-1)[..., 1].cpu()
        for r, row in enumerate(rows.tolist()):
            original = order[row]
            scores[original] = [float(probs[r, s]) for s in separators[original]]
    model.train()
    return scores, loss_sum / max(count, 1)


class Validator:
    """ProcessBench metrics at threshold 0.5 and the token loss on the validation split."""

    def __init__(self, sequences: list[dict], records: list[dict], device: str) -> None:
        packed = pack(sequences)
        self.packed = Packed(packed, 1.0, device)
        self.order = packed["order"].tolist()
        self.separators = [s["separators"] for s in sequences]
        self.labels = [r["label"] for r in records]

    def __call__(self, model) -> dict:
        scores, loss = step_scores(model, self.packed, self.separators, self.order)
        return {**processbench(self.labels, [first_error_step(s, 0.5) for s in scores]), "val_loss": loss}


def losses(model, lm_head: torch.nn.Linear, b: dict) -> tuple[torch.Tensor, torch.Tensor]:
    """Weighted per-token classification loss (plus the ranking loss of a pair batch, pairs.py), and the auxiliary
    next-token loss.

    The auxiliary language-model head (not exported) predicts each next token wherever that token is still
    consistent (label != 0): learning to produce right results is what lets the classifier spot wrong ones,
    the way real PRMs start from a math language model.
    """
    hidden = model.model(input_ids=b["input_ids"], attention_mask=b["attention_mask"]).last_hidden_state
    logits = model.score(model.dropout(hidden)).float()
    per_token = torch.nn.functional.cross_entropy(logits.reshape(-1, 2), b["labels"].reshape(-1), ignore_index=IGNORE, reduction="none")
    w = b["weights"].reshape(-1) * (b["labels"].reshape(-1) != IGNORE)
    cls_loss = (per_token * w).sum() / w.sum()
    if "separators" in b:
        cls_loss = cls_loss + rank_loss(logits, b["separators"])
    targets = b["input_ids"][:, 1:].clone()
    targets[(b["attention_mask"][:, 1:] == 0) | (b["labels"][:, 1:] == 0)] = IGNORE
    lm_logits = lm_head(hidden[:, :-1]).float()
    lm_loss = torch.nn.functional.cross_entropy(lm_logits.reshape(-1, lm_logits.shape[-1]), targets.reshape(-1), ignore_index=IGNORE)
    return cls_loss, lm_loss


def train(batches: Iterator[dict], val_seqs: list[dict], val_records: list[dict], vocab_size: int, cfg: TrainConfig, out_dir: Path, log=print) -> dict:
    """Trains on `batches` (from `Packed.stream` or `stream.Stream`), keeps the checkpoint with the lowest
    validation token loss in `out_dir`, returns the log.

    (Validation F1 at a fixed threshold is too noisy to pick checkpoints while the model is weak.)
    """
    torch.manual_seed(cfg.seed)
    cuda = cfg.device.startswith("cuda")
    if cuda:
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    attention = "sdpa" if cuda else "eager"
    if cfg.init_from:
        model = Qwen2ForTokenClassification.from_pretrained(cfg.init_from, attn_implementation=attention, max_position_embeddings=cfg.max_context).to(
            cfg.device
        )
    else:
        model = make_model(vocab_size, cfg, attention).to(cfg.device)
    swaps = quantize_aware(model) if cfg.qat else []
    lm_head = torch.nn.Linear(cfg.hidden, vocab_size, bias=False).to(cfg.device)
    params = sum(p.numel() for p in model.parameters())
    trained = list(model.parameters()) + list(lm_head.parameters())
    opt = torch.optim.AdamW(trained, lr=cfg.lr, weight_decay=0.01, betas=(0.9, 0.98))
    validate = Validator(val_seqs, val_records, cfg.device)
    best = {"val_loss": float("inf")}
    history = []
    start = time.time()
    step = 0
    next_eval = cfg.eval_every
    for step in range(1, cfg.steps + 1):
        elapsed = time.time() - start
        progress = min(1.0, max(step / cfg.steps, elapsed / cfg.time_budget_s))
        for group in opt.param_groups:
            group["lr"] = cfg.lr * min(1.0, step / cfg.warmup) * 0.5 * (1 + math.cos(math.pi * progress))
        with torch.autocast("cuda" if cuda else "cpu", dtype=torch.bfloat16, enabled=cuda or cfg.cpu_bf16):
            cls_loss, lm_loss = losses(model, lm_head, next(batches))
            loss = cls_loss + cfg.lm_weight * lm_loss
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(trained, 1.0)
        opt.step()
        done = step == cfg.steps or progress >= 1.0
        if step >= next_eval or done:
            next_eval = step + cfg.eval_every
            metrics = validate(model)
            history.append(
                {"step": step, "loss": float(cls_loss.detach()), "lm_loss": float(lm_loss.detach()), "elapsed_s": round(time.time() - start, 1), **metrics}
            )
            log(
                f"step {step} loss {float(cls_loss.detach()):.4f} lm {float(lm_loss.detach()):.4f} val f1 {metrics['f1']:.4f} "
                f"(err {metrics['acc_error']:.3f} cor {metrics['acc_correct']:.3f}) val loss {metrics['val_loss']:.4f} {time.time() - start:.0f}s"
            )
            if metrics["val_loss"] < best["val_loss"]:
                best = {"step": step, **metrics}
                restore(swaps)
                model.to("cpu").save_pretrained(out_dir)
                model.to(cfg.device)
                swaps = quantize_aware(model) if cfg.qat else []
        if done:
            break
    return {"config": asdict(cfg), "parameters": params, "steps_run": step, "wall_s": round(time.time() - start, 1), "best": best, "history": history}


def save_log(result: dict, path: Path) -> None:
    path.write_text(json.dumps(result, indent=2) + "\n")
