"""Ranking pairs: best-of-N picks the candidate whose minimum step score is highest, so the PRM is also trained to
rank, not only to label.

A pair is one right and one wrong solution to the same problem: two of the policy's own solutions
(`--rank-share`, tiny_policy/samples.py labels both), or a slip drill and its twin with the slipped result written
right (`--slip-pair-share`, `slip_twins`: the two differ in one number only, so the loss points at the digits).
Pair batches hold the two side by side (rows 2k and 2k + 1); their loss is -log sigmoid(m_right - m_wrong), where m
is a solution's lowest separator margin (logit "correct" minus logit "wrong", the min aggregation the runtime uses),
on top of the usual per-token labels of both rows.
"""

from __future__ import annotations

import random

import numpy as np
import torch

from .external import NUMBER
from .story import make_story_record, near_miss
from .tokenizer import pad_batch


def rank_pairs(records: list[dict]) -> list[tuple[dict, dict]]:
    """Every (right, wrong) pair of solutions to the same problem among `records`, in a stable order."""
    by_problem: dict[str, tuple[list[dict], list[dict]]] = {}
    for r in records:
        right, wrong = by_problem.setdefault(r["problem"], ([], []))
        (right if r["error"] is None else wrong).append(r)
    return [(r, w) for right, wrong in by_problem.values() for r in right for w in wrong]


def _number_at(text: str, offset: int) -> tuple[int, int]:
    """The span of the number at `offset` in `text` (or ending just before it: a slip that drops a last digit)."""
    return next(m.span() for m in NUMBER.finditer(text) if m.start() <= offset <= m.end())


def slip_twins(seed: int, count: int) -> list[tuple[dict, dict]]:
    """About `count` (right, wrong) pairs of short story solutions cut after an arithmetic slip: the wrong one writes a
    near miss (story.near_miss), its twin the true result, and nothing else differs. Deterministic for `seed`."""
    rng = random.Random(f"slip-twins:{seed}")
    pairs = []
    for index in range(count):
        wrong = make_story_record(rng, index, error_rate=1.0, kinds=("slip",), most_changes=3, slip=near_miss)
        error = wrong["error"]
        if error["kind"] != "slip":
            continue  # the error fell on the answer sentence
        steps = wrong["steps"][: error["step"] + 1]
        start, end = _number_at(steps[-1], error["offset"])
        right_steps = steps[:-1] + [steps[-1][:start] + str(error["expected"]) + steps[-1][end:]]
        pairs.append(({**wrong, "steps": right_steps, "label": -1, "error": None}, {**wrong, "steps": steps}))
    return pairs


def pair_batches(seqs: list[tuple[dict, dict]], batch: int, separator_weight: float, rng: random.Random) -> list[dict[str, np.ndarray]]:
    """Padded batches of tokenized pairs (`build_sequence` dicts), `batch` rows each (batch // 2 pairs), with a
    separator mask the ranking loss reads."""
    seqs = list(seqs)
    rng.shuffle(seqs)
    per_batch = max(1, batch // 2)
    return [
        pad_batch([s for pair in seqs[start : start + per_batch] for s in pair], separator_weight, mark_separators=True)
        for start in range(0, len(seqs), per_batch)
    ]


def rank_loss(logits: torch.Tensor, separators: torch.Tensor) -> torch.Tensor:
    """-log sigmoid(m_right - m_wrong) averaged over the pairs of a pair batch (rows 2k right, 2k + 1 wrong)."""
    margin = (logits[..., 1] - logits[..., 0]).masked_fill(~separators, float("inf"))
    lowest = margin.min(dim=1).values
    return torch.nn.functional.softplus(lowest[1::2] - lowest[0::2]).mean()
