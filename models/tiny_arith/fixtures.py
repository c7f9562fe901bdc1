"""Golden fixtures for the TypeScript tests: PyTorch per-token probabilities, step scores, first errors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .metrics import first_error_step
from .result_check import torch_partial_rewards


def torch_probs(model, seqs: list[dict], digit_head=None, check=None) -> list[np.ndarray]:
    """Positive-class probability at every token of each sequence (one sequence per pass, no padding), capped by the
    result check (result_check.py) when `digit_head` and `check` are given."""
    model.eval()
    return [torch_partial_rewards(model, seq["input_ids"], seq["prompt_length"], digit_head, check) for seq in seqs]


def pick(records: list[dict], count: int) -> list[int]:
    """Indices of `count` records, alternating erroneous and correct ones, in file order."""
    wrong = [i for i, r in enumerate(records) if r["label"] != -1]
    right = [i for i, r in enumerate(records) if r["label"] == -1]
    chosen = [i for pair in zip(wrong, right) for i in pair][:count]
    return sorted(chosen)


def write_golden(path: Path, records: list[dict], seqs: list[dict], probs: list[np.ndarray], count: int) -> None:
    rows = []
    for i in pick(records, count):
        seq, p = seqs[i], probs[i]
        step_scores = [float(p[s]) for s in seq["separators"]]
        rows.append(
            {
                "id": records[i]["id"],
                "problem": records[i]["problem"],
                "steps": records[i]["steps"],
                "label": records[i]["label"],
                "input_ids": seq["input_ids"],
                "prompt_length": seq["prompt_length"],
                "separators": seq["separators"],
                "probs": [float(x) for x in p],
                "step_scores": step_scores,
                "first_error_step": first_error_step(step_scores, 0.5),
            }
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    source = "PyTorch (transformers Qwen2ForTokenClassification, float32), softmax(logits)[1], capped by the result check"
    doc = {"source": source, "threshold": 0.5, "records": rows}
    path.write_text(json.dumps(doc) + "\n")
