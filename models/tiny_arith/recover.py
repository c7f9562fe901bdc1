"""The result of a training phase that was cut before it wrote its training log (stopped by hand, or crashed while
writing it), rebuilt from the lines it printed and the checkpoint it saved.

`train()` prints one line per evaluation and then, when the validation loss improved, saves the checkpoint (whose
progress bar prints "Writing model shards"). The last evaluation followed by a save is the checkpoint's step. Its
metrics are measured again on the validation split, and must match what the phase printed, so the log describes the
weights it sits beside. What the printed lines never held is marked: the history's first-error-exact and per-kind
metrics are missing, and `steps_run` counts to the last printed evaluation.
"""

from __future__ import annotations

import re
from dataclasses import asdict

import torch
from transformers import Qwen2ForTokenClassification

from .qat import quantize_aware
from .train import TrainConfig, Validator

#: One evaluation line of train()'s log.
EVALUATION = re.compile(
    r"step (?P<step>\d+) loss (?P<loss>[\d.]+) lm (?P<lm_loss>[\d.]+) val f1 (?P<f1>[\d.]+) "
    r"\(err (?P<acc_error>[\d.]+) cor (?P<acc_correct>[\d.]+)\) val loss (?P<val_loss>[\d.]+) (?P<elapsed_s>\d+)s"
)
SAVED = "Writing model shards"
#: The printed validation loss has four decimals.
PRINTED_PRECISION = 1e-4


def printed_history(text: str) -> tuple[list[dict], int]:
    """The evaluations a training phase printed, and the step of the last one that saved the checkpoint."""
    history: list[dict] = []
    saved_step = 0
    for line in text.splitlines():
        if match := EVALUATION.search(line):
            history.append({k: int(v) if k == "step" else float(v) for k, v in match.groupdict().items()})
        if SAVED in line and history:
            saved_step = history[-1]["step"]
    if not saved_step:
        raise ValueError("the printed log holds no evaluation followed by a saved checkpoint")
    return history, saved_step


def recovered_run(text: str, cfg: TrainConfig, checkpoint: str, validate: Validator) -> dict:
    """What `train()` returns, for the phase that printed `text` and saved `checkpoint` (see the module doc)."""
    history, saved_step = printed_history(text)
    printed = next(h for h in history if h["step"] == saved_step)
    model = Qwen2ForTokenClassification.from_pretrained(checkpoint, attn_implementation="eager")
    if cfg.qat:
        quantize_aware(model)  # the phase validated through the q4 rounding
    with torch.no_grad():
        metrics = validate(model)
    gap = abs(metrics["val_loss"] - printed["val_loss"])
    if gap > PRINTED_PRECISION:
        raise ValueError(f"{checkpoint} has validation loss {metrics['val_loss']:.4f}, the log printed {printed['val_loss']:.4f} at step {saved_step}")
    return {
        "config": asdict(cfg),
        "parameters": sum(p.numel() for p in model.parameters()),
        "steps_run": history[-1]["step"],
        "wall_s": history[-1]["elapsed_s"],
        "best": {"step": saved_step, **metrics},
        "history": history,
    }
