"""Ranking pairs from the policy's own solutions (`--rank-share`): best-of-N picks the candidate whose minimum step
score is highest, so the PRM is also trained to rank, not only to label.

A pair is one right and one wrong solution to the same problem (tiny_policy/samples.py labels both). Pair batches
hold the two side by side (rows 2k and 2k + 1); their loss is -log sigmoid(m_right - m_wrong), where m is a
solution's lowest separator margin (logit "correct" minus logit "wrong", the min aggregation the runtime uses), on
top of the usual per-token labels of both rows.
"""

from __future__ import annotations

import random

import numpy as np
import torch

from .tokenizer import pad_batch


def rank_pairs(records: list[dict]) -> list[tuple[dict, dict]]:
    """Every (right, wrong) pair of solutions to the same problem among `records`, in a stable order."""
    by_problem: dict[str, tuple[list[dict], list[dict]]] = {}
    for r in records:
        right, wrong = by_problem.setdefault(r["problem"], ([], []))
        (right if r["error"] is None else wrong).append(r)
    return [(r, w) for right, wrong in by_problem.values() for r in right for w in wrong]


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
