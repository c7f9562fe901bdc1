"""Trains the tiny policy: Qwen2ForCausalLM whose body starts from the built-in PRM's (recovered from its ONNX).

The PRM learnt the domain's arithmetic with an auxiliary next-token head (tiny_arith/train.py), so its body is a
head start for writing solutions; the policy gets a fresh language-model head (initialised from the embeddings)
and is fine-tuned on right solutions only. Learning rate: warm-up, then a cosine over the time budget.

    python -m models.tiny_policy.train --out /tmp/policy --time-budget 3600
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from pathlib import Path

import torch
from tokenizers import Tokenizer
from transformers import Qwen2Config, Qwen2ForCausalLM

from ..tiny_arith.from_onnx import recover
from .data import EOS_ID, FIRST_SEED, IGNORE, right_records, sequence

PRM = Path("models/tiny-arith-prm")
CHUNK = 20_000


def policy_from_prm(prm_dir: Path) -> Qwen2ForCausalLM:
    """A causal LM with the PRM's body and a language-model head initialised from its embeddings."""
    prm = recover(prm_dir)
    config = Qwen2Config.from_pretrained(prm_dir)
    config.architectures = ["Qwen2ForCausalLM"]
    config.id2label = {0: "LABEL_0", 1: "LABEL_1"}  # the PRM's labels would tell transformers this is a classifier
    config.label2id = {"LABEL_0": 0, "LABEL_1": 1}
    config.eos_token_id = EOS_ID
    policy = Qwen2ForCausalLM(config)
    policy.model.load_state_dict(prm.model.state_dict())
    policy.lm_head.weight.data.copy_(prm.model.embed_tokens.weight.data)
    return policy


def batches(tokenizer: Tokenizer, batch: int, seed: int, authors: tuple[str, ...] = ()):
    """Endless padded batches of similar length, fresh records chunk after chunk (`right_records`)."""
    chunk_seed = FIRST_SEED + seed * 1000
    rng = random.Random(seed)
    while True:
        seqs = sorted((sequence(tokenizer, r) for r in right_records(chunk_seed, CHUNK, authors)), key=lambda s: len(s["input_ids"]))
        chunk_seed += 1
        groups = [seqs[i : i + batch] for i in range(0, len(seqs), batch)]
        rng.shuffle(groups)
        for group in groups:
            yield pad(group)


def pad(group: list[dict]) -> dict[str, torch.Tensor]:
    width = max(len(s["input_ids"]) for s in group)
    ids = torch.full((len(group), width), EOS_ID, dtype=torch.long)
    targets = torch.full((len(group), width), IGNORE, dtype=torch.long)
    mask = torch.zeros((len(group), width), dtype=torch.long)
    for row, s in enumerate(group):
        n = len(s["input_ids"])
        ids[row, :n] = torch.tensor(s["input_ids"])
        targets[row, :n] = torch.tensor(s["targets"])
        mask[row, :n] = 1
    return {"input_ids": ids, "targets": targets, "attention_mask": mask}


def loss_of(model: Qwen2ForCausalLM, b: dict[str, torch.Tensor]) -> torch.Tensor:
    logits = model(input_ids=b["input_ids"], attention_mask=b["attention_mask"]).logits
    return torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), b["targets"].reshape(-1), ignore_index=IGNORE)


@torch.no_grad()
def validation_loss(model: Qwen2ForCausalLM, val: list[dict[str, torch.Tensor]]) -> float:
    model.eval()
    total = sum(float(loss_of(model, b)) for b in val) / len(val)
    model.train()
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="checkpoint folder (best validation loss)")
    parser.add_argument("--prm", type=Path, default=PRM)
    parser.add_argument("--init-from", type=Path, help="continue from a policy checkpoint instead of the PRM")
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--time-budget", type=float, default=3600.0)
    parser.add_argument("--eval-every", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    parser.add_argument("--authors", nargs="*", default=[], help="a third of the records from these authors' generators (tiny_arith/external.py)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    authors = tuple(args.authors)
    tokenizer = Tokenizer.from_file(str(args.prm / "tokenizer.json"))
    model = Qwen2ForCausalLM.from_pretrained(args.init_from) if args.init_from else policy_from_prm(args.prm)
    model.config._attn_implementation = "eager"
    model.train()
    val_seqs = sorted((sequence(tokenizer, r) for r in right_records(FIRST_SEED - 1, 600, authors)), key=lambda s: len(s["input_ids"]))
    val = [pad(val_seqs[i : i + 64]) for i in range(0, len(val_seqs), 64)]
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01, betas=(0.9, 0.98))
    stream = batches(tokenizer, args.batch, args.seed, authors)
    history, best = [], {"val_loss": validation_loss(model, val), "step": 0}
    print(f"start: val loss {best['val_loss']:.4f}", flush=True)
    start, step = time.time(), 0
    while True:
        step += 1
        progress = min(1.0, (time.time() - start) / args.time_budget)
        for group in opt.param_groups:
            group["lr"] = args.lr * min(1.0, step / args.warmup) * 0.5 * (1 + math.cos(math.pi * progress))
        loss = loss_of(model, next(stream))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        done = progress >= 1.0
        if step % args.eval_every == 0 or done:
            val_loss = validation_loss(model, val)
            elapsed = round(time.time() - start, 1)
            history.append({"step": step, "loss": float(loss), "val_loss": val_loss, "elapsed_s": elapsed})
            print(f"step {step} loss {float(loss):.4f} val {val_loss:.4f} {elapsed:.0f}s", flush=True)
            if val_loss < best["val_loss"]:
                best = {"val_loss": val_loss, "step": step}
                model.save_pretrained(args.out)
        if done:
            break
    log = {"args": {k: str(v) for k, v in vars(args).items()}, "steps_run": step, "best": best, "history": history}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "training-log.json").write_text(json.dumps(log, indent=2) + "\n")


if __name__ == "__main__":
    main()
