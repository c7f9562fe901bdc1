"""ProcessBench metrics and first-error rules shared by training, evaluation and fixtures."""

from __future__ import annotations

import math


def threshold_at(offset: float) -> float:
    """The threshold that reads scores as an `offset` larger calibration offset would at 0.5: sigmoid(-offset)."""
    return 1 / (1 + math.exp(offset))


def first_error_step(step_scores: list[float], threshold: float) -> int:
    """0-based index of the earliest step scored below `threshold`, or -1."""
    return next((i for i, s in enumerate(step_scores) if s < threshold), -1)


def first_error_token(probs: list[float], threshold: float) -> int:
    """Index (into the given solution-token probabilities) of the first one below `threshold`, or -1."""
    return next((i for i, p in enumerate(probs) if p < threshold), -1)


def processbench(labels: list[int], predictions: list[int]) -> dict:
    """acc on erroneous records, acc on correct records, their harmonic mean (F1), exact match."""
    err = [p == l for l, p in zip(labels, predictions) if l != -1]
    cor = [p == l for l, p in zip(labels, predictions) if l == -1]
    acc_error = sum(err) / len(err) if err else 0.0
    acc_correct = sum(cor) / len(cor) if cor else 0.0
    f1 = 2 * acc_error * acc_correct / (acc_error + acc_correct) if acc_error + acc_correct else 0.0
    exact = sum(p == l for l, p in zip(labels, predictions)) / len(labels) if labels else 0.0
    return {"n": len(labels), "acc_error": acc_error, "acc_correct": acc_correct, "f1": f1, "first_error_exact": exact}
