"""Scores records with an exported ONNX variant (onnxruntime, CPU) and computes the model-card metrics."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from .metrics import first_error_step, first_error_token, processbench
from .result_check import DIGITS, ResultCheck
from .tokenizer import STEP


class OnnxPrm:
    """One ONNX variant with the KV-cache contract of `convert/graph.py` (models/README.md, "ONNX graph contract")."""

    def __init__(self, path: Path, threads: int = 2) -> None:
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        past = [i for i in self.session.get_inputs() if i.name.startswith("past_key_values.")]
        self.past_names = [i.name for i in past]
        self.kv_heads, self.head_dim = past[0].shape[1], past[0].shape[3]
        # a graph with the result check's digit columns (result_check.py) lies in a model folder beside its tokenizer
        width = self.session.get_outputs()[0].shape[-1]
        self.check = ResultCheck(Tokenizer.from_file(str(path.parent.parent / "tokenizer.json")), STEP) if width == 2 + len(DIGITS) else None
        self.digit_logits = np.zeros((0, 10))

    def empty_past(self) -> dict[str, np.ndarray]:
        return {n: np.zeros((1, self.kv_heads, 0, self.head_dim), np.float32) for n in self.past_names}

    def run(self, ids: list[int], past: dict[str, np.ndarray] | None = None) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """Runs `ids` after `past`; returns the score head's positive-class probabilities of the new tokens and the new
        cache (the digit columns of a result check, if any, are kept in `digit_logits`)."""
        past = past if past is not None else self.empty_past()
        past_len = next(iter(past.values())).shape[2]
        feeds = {
            "input_ids": np.array([ids], np.int64),
            "attention_mask": np.ones((1, past_len + len(ids)), np.int64),
            "position_ids": np.arange(past_len, past_len + len(ids), dtype=np.int64)[None],
            **past,
        }
        outputs = self.session.run(None, feeds)
        logits = outputs[0][0].astype(np.float64)
        self.digit_logits = logits[:, 2:]
        logits = logits[:, :2]
        probs = np.exp(logits - logits.max(-1, keepdims=True))
        probs = probs[:, 1] / probs.sum(-1)
        present = {name: value for name, value in zip(self.past_names, outputs[1:])}
        return probs, present

    def token_probs(self, ids: list[int], start: int) -> np.ndarray:
        """Each token's partial reward in one pass: the score head's probability, capped from `start` (the first
        solution token) on by the result check when the graph has one."""
        value = self.run(ids)[0]
        return self.check.partial_rewards(value, self.digit_logits, ids, start) if self.check else value

    def value_and_caps(self, ids: list[int], start: int) -> tuple[np.ndarray, np.ndarray]:
        """In one pass, the score head's probabilities and the result check's caps (`ResultCheck.caps`; 1 everywhere
        when the graph has no check): `token_probs` is their minimum."""
        value = self.run(ids)[0]
        return value, self.check.caps(self.digit_logits, ids, start) if self.check else np.ones(len(ids))


def record_scores(probs: np.ndarray, seq: dict) -> dict:
    """Step scores (at separators), the first-error step and the first-error solution token."""
    step_scores = [float(probs[i]) for i in seq["separators"]]
    return {"step_scores": step_scores, "solution_probs": probs[seq["prompt_length"] :]}


def evaluate(prm: OnnxPrm, seqs: list[dict], records: list[dict], threshold: float = 0.5) -> dict:
    """ProcessBench metrics, token-level first-error exact match, and raw outputs for comparisons."""
    preds, token_hits, outputs = [], [], []
    for seq, _record in zip(seqs, records):
        probs = prm.token_probs(seq["input_ids"], seq["prompt_length"])
        scored = record_scores(probs, seq)
        preds.append(first_error_step(scored["step_scores"], threshold))
        labels = seq["labels"][seq["prompt_length"] :]
        true_token = next((i for i, l in enumerate(labels) if l == 0), -1)
        token_hits.append(first_error_token(list(scored["solution_probs"]), threshold) == true_token)
        outputs.append(probs)
    metrics = processbench([r["label"] for r in records], preds)
    metrics["first_error_token_exact"] = sum(token_hits) / len(token_hits)
    return {"metrics": metrics, "predictions": preds, "probs": outputs}


def by_error_kind(records: list[dict], predictions: list[int]) -> dict:
    """Per error kind: how many erroneous records had their first error found exactly, out of how many."""
    kinds: dict[str, list[int]] = {}
    for record, prediction in zip(records, predictions):
        if record.get("error"):
            hit_total = kinds.setdefault(record["error"]["kind"], [0, 0])
            hit_total[0] += prediction == record["label"]
            hit_total[1] += 1
    return {kind: {"found": hit, "total": total} for kind, (hit, total) in sorted(kinds.items())}


def compare(reference: dict, other: dict) -> dict:
    """Max |probability difference| over all tokens and the share of records whose first-error decision changes."""
    diff = max(float(np.abs(a - b).max()) for a, b in zip(reference["probs"], other["probs"]))
    changed = sum(a != b for a, b in zip(reference["predictions"], other["predictions"]))
    return {"max_abs_prob_diff": diff, "decision_changes": changed / len(reference["predictions"])}


def chunking_gap(prm: OnnxPrm, seqs: list[dict]) -> float:
    """Max |probability difference| between one pass and the same ids streamed (first half, then one token a run)."""
    worst = 0.0
    for seq in seqs:
        ids = seq["input_ids"]
        full = prm.run(ids)[0]
        first, cache = prm.run(ids[: len(ids) // 2])
        pieces = [first]
        for token in ids[len(ids) // 2 :]:
            probs, cache = prm.run([token], cache)
            pieces.append(probs)
        worst = max(worst, float(np.abs(np.concatenate(pieces) - full).max()))
    return worst
