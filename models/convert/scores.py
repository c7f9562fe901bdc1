"""Step scores of a converted graph with onnxruntime (CPU), read the way prm.json's `head` says, and the first error
they predict (ProcessBench semantics, prm.json `scoring.thresholdRule`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnxruntime as ort


def session(path: Path) -> ort.InferenceSession:
    return ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])


def step_scores(graph: ort.InferenceSession, ids: list[int], positions: list[int], head: dict, first: int = 0) -> list[float]:
    """Step scores of `graph` for `ids` in one pass, read at rows `positions`; implicit PRMs run `ids[j + 1]` as row j's
    target and count rewards from row `first` on."""
    feeds = {"input_ids": np.array([ids]), "attention_mask": np.ones((1, len(ids)), np.int64), "position_ids": np.arange(len(ids))[None]}
    for item in graph.get_inputs():
        if item.name.startswith("past_key_values"):
            feeds[item.name] = np.zeros((1, item.shape[1], 0, item.shape[3]), np.float32)
        if item.name == "target_ids":
            feeds[item.name] = np.array([ids[1:] + [0]])
    rows = graph.run(["logits"], feeds)[0][0].astype(np.float64)
    if head["kind"] == "implicit":
        raw = head["coef"] * (rows[:, 0] - rows[:, 1])
        raw[:first] = 0.0
        return [float(s) for s in 1 / (1 + np.exp(-np.cumsum(raw)[positions]))]
    logits = rows[positions]
    if head["kind"] == "value":
        return [float(s) for s in 1 / (1 + np.exp(-logits[:, 0]))]
    if head["kind"] == "token-classification":
        logits = logits[:, : head["numLabels"]]  # a result check's digit columns follow (tiny_arith/result_check.py)
    probs = np.exp(logits - logits.max(-1, keepdims=True))
    probs /= probs.sum(-1, keepdims=True)
    if head["kind"] == "label-tokens":
        return [float(s) for s in probs[:, 0]]
    positive = head["positiveIndex"]
    return [float(s) for s in (probs[:, 1] - probs[:, 0] if head["score"] == "p1-p0" else probs[:, positive])]


def first_error(scores: list[float], threshold: float, rule: str) -> int:
    """ProcessBench's predicted error index: the first step scored below the threshold ("below"), or at or below it
    ("at-or-below": PURE's card counts a step correct iff its reward is > 0); -1 when none is."""
    wrong = (lambda s: s <= threshold) if rule == "at-or-below" else (lambda s: s < threshold)
    return next((i for i, s in enumerate(scores) if wrong(s)), -1)
