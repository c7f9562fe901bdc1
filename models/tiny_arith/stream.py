"""Fresh training batches made by worker processes while the model trains (`--stream-workers`, GPU profile).

Each job generates a chunk of new records from its own seed, tokenizes them, sorts them by length and cuts them
into padded batches; the trainer draws the batches in a shuffled order. At most two jobs per worker are in flight,
so memory stays bounded however fast the workers are. No record is seen twice. Workers pad with numpy rather than
reuse `train.pack`: torch ops in forked Pool workers hang once the parent's torch threads are running.
"""

from __future__ import annotations

import json
import random
from collections import deque
from dataclasses import dataclass
from functools import cache
from multiprocessing import Pool
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer

from .external import author_records
from .extra_steps import with_extra_steps
from .generate import generate
from .pairs import pair_batches, rank_pairs, slip_twins
from .story import generate_drills, generate_stories
from .tokenizer import MAX_CONTEXT, build_sequence, pad_batch

#: Stream chunks use seeds FIRST_SEED, FIRST_SEED + 1, ...: never a seed of the packed data or the evaluation splits.
FIRST_SEED = 100_000
#: With `story`, the share of each chunk written by the story grammar (story.py); with `authors`, the share drawn
#: from those authors' generators (external.py); the rest by generate.py.
STORY_SHARE = 0.55
AUTHORS_SHARE = 0.25
#: With `policy` (a file of `tiny_policy.samples` records), the share of each chunk drawn from it: the tiny policy's
#: own solutions, its slips labelled exactly. The file's last POLICY_VALIDATION records are kept for validation.
POLICY_SHARE = 0.35
POLICY_VALIDATION = 400


@cache
def policy_records(path: str) -> tuple[list[dict], list[dict]]:
    """The policy samples in `path`: (training records, validation records)."""
    records = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
    return records[:-POLICY_VALIDATION], records[-POLICY_VALIDATION:]


@dataclass(frozen=True)
class Mixture:
    """What the training records are made of (build.py's data flags)."""

    #: Filler-word noise (generate.py) and randomly composed sentences (wide.py) in generate.py's records.
    noisy: bool = False
    wide: bool = False
    #: STORY_SHARE of the records from the story grammar (story.py).
    story: bool = False
    #: `authors_share` of the records from these authors' generators (external.py), in turn.
    authors: tuple[str, ...] = ()
    authors_share: float = AUTHORS_SHARE
    #: A file of the policy's own solutions (tiny_policy/samples.py), `policy_share` of the records.
    policy: str = ""
    policy_share: float = POLICY_SHARE
    #: Ranking-pair batches of the policy's solutions (pairs.py), this many per batch of records.
    rank_share: float = 0.0
    #: This share of the records are arithmetic drills (story.generate_drills).
    drill_share: float = 0.0
    #: Ranking-pair batches of slip drills and their right twins (pairs.slip_twins), this many per batch of records.
    slip_pair_share: float = 0.0
    #: This share of the story grammar's records tell some changes with made-up verbs (story.make_story_record).
    unread_share: float = 0.0
    #: This share of the story grammar's wrong records are wrong by a step too many (story.make_story_record).
    extra_share: float = 0.0
    #: This share of the other authors' right records get a step too many in their own words (extra_steps.py).
    author_extra_share: float = 0.0
    #: The share of the story grammar's records written as a chat model writes (chat.py).
    chat_share: float = 0.0
    #: The share of the story grammar's steps that state their result before their equation (story.result_first).
    first_share: float = 0.0
    #: The share of the story grammar's records opened by a step that sets the problem out (preamble.py).
    preamble_share: float = 0.0
    #: The share of the story grammar's records whose count is money (story_money.py).
    money_share: float = 0.0
    #: How often the story grammar tells a change with WordNet's verbs, and a distractor with number words (Story.dictionary).
    dictionary_share: float = 0.0
    #: The share of the story grammar's records (not counting money) told as notes (story_notes.py).
    notes_share: float = 0.0
    #: The share of the story grammar's records (not counting money) about a place's items coming and going (story_places.py).
    places_share: float = 0.0
    #: The share of the money records told about where the money is kept and what it buys (story_wallet.py).
    wallet_share: float = 0.0
    #: The share of the story records ending in a division that ask for one share (story_each.py).
    each_share: float = 0.0


def mixed_records(seed: int, count: int, mixture: Mixture) -> list[dict]:
    """`count` training records: generate.py's alone, or a mixture with drills, the story grammar's, other authors'
    and the policy's own solutions."""
    m = mixture
    drawn_policy = random.Random(f"policy:{seed}").sample(policy_records(m.policy)[0], round(count * m.policy_share)) if m.policy else []
    drills = generate_drills(seed, round(count * m.drill_share)) if m.drill_share else []
    count -= len(drawn_policy) + len(drills)
    stories = round(count * STORY_SHARE) if m.story else 0
    drawn: list[dict] = []
    run = 0
    while m.authors and len(drawn) < count * m.authors_share:
        drawn += author_records(m.authors[run % len(m.authors)], seed * 1000 + run)
        run += 1
    drawn = drawn[: round(count * m.authors_share)]
    if m.author_extra_share:
        drawn = with_extra_steps(drawn, m.author_extra_share, random.Random(f"extra:{seed}"))
    generated = generate(seed, count - stories - len(drawn), "train", noisy=m.noisy, wide=m.wide)
    return (
        drawn_policy
        + drills
        + generate_stories(
            seed,
            stories,
            unread=m.unread_share,
            extra=m.extra_share,
            chat=m.chat_share,
            first=m.first_share,
            preamble=m.preamble_share,
            money=m.money_share,
            dictionary=m.dictionary_share,
            notes=m.notes_share,
            places=m.places_share,
            wallet=m.wallet_share,
            each=m.each_share,
        )
        + drawn
        + generated
    )


@cache
def policy_pairs(path: str) -> list[tuple[dict, dict]]:
    """The (right, wrong) pairs among the policy samples kept for training."""
    return rank_pairs(policy_records(path)[0])


def _tokenized_pair_batches(
    pairs: list[tuple[dict, dict]], tokenizer: Tokenizer, batch: int, separator_weight: float, rng: random.Random, max_tokens: int
) -> list[dict[str, np.ndarray]]:
    """Pair batches (pairs.pair_batches) of the (right, wrong) record pairs whose two sequences both fit the context."""
    seqs = [(build_sequence(tokenizer, r), build_sequence(tokenizer, w)) for r, w in pairs]
    fitting = [(r, w) for r, w in seqs if max(len(r["input_ids"]), len(w["input_ids"])) <= max_tokens]
    return pair_batches(fitting, batch, separator_weight, rng)


def _ranking_batches(
    seed: int, tokenizer: Tokenizer, policy: str, batch: int, separator_weight: float, count: int, max_tokens: int
) -> list[dict[str, np.ndarray]]:
    """`count` pair batches drawn from the policy's training pairs."""
    rng = random.Random(f"pairs:{seed}")
    every = policy_pairs(policy)
    pairs = rng.sample(every, min(len(every), count * max(1, batch // 2)))
    return _tokenized_pair_batches(pairs, tokenizer, batch, separator_weight, rng, max_tokens)


def _slip_pair_batches(seed: int, tokenizer: Tokenizer, batch: int, separator_weight: float, count: int, max_tokens: int) -> list[dict[str, np.ndarray]]:
    """`count` pair batches of slip drills beside their right twins."""
    per_batch = max(1, batch // 2)
    pairs = slip_twins(seed, count * per_batch * 2)[: count * per_batch]  # about three in five draws end in a slip
    return _tokenized_pair_batches(pairs, tokenizer, batch, separator_weight, random.Random(f"slip-pairs:{seed}"), max_tokens)


def _padded_batches(job: tuple[int, int, str, int, float, Mixture, int]) -> list[dict[str, np.ndarray]]:
    seed, count, tokenizer_path, batch, separator_weight, mixture, max_tokens = job
    tokenizer = Tokenizer.from_file(tokenizer_path)
    records = mixed_records(seed, count, mixture)
    seqs = sorted(
        (s for s in (build_sequence(tokenizer, r) for r in records) if len(s["input_ids"]) <= max_tokens),
        key=lambda s: len(s["input_ids"]),
    )
    batches = [pad_batch(seqs[start : start + batch], separator_weight) for start in range(0, len(seqs), batch)]
    if mixture.policy and mixture.rank_share:
        batches += _ranking_batches(seed, tokenizer, mixture.policy, batch, separator_weight, round(len(batches) * mixture.rank_share), max_tokens)
    if mixture.slip_pair_share:
        batches += _slip_pair_batches(seed, tokenizer, batch, separator_weight, round(len(batches) * mixture.slip_pair_share), max_tokens)
    return batches


class Stream:
    """An endless iterator of training batches (the dicts `train.losses` takes) from `workers` processes."""

    def __init__(
        self,
        tokenizer_path: str,
        workers: int,
        batch: int,
        separator_weight: float,
        device: str,
        mixture: Mixture,
        chunk: int = 8192,
        seed: int = 0,
        first_chunk: int = 0,
        max_tokens: int = MAX_CONTEXT,
    ) -> None:
        self.tokenizer_path, self.batch, self.separator_weight, self.mixture = tokenizer_path, batch, separator_weight, mixture
        self.workers, self.chunk, self.device = workers, chunk, device
        self.shuffle = random.Random(seed)
        self.records = 0
        #: The first chunk's seed is FIRST_SEED + first_chunk: a continuation can start past the chunks it has seen.
        self.first_chunk = first_chunk
        self.chunks = 0
        #: Records longer than this (in tokens) are left out: the model's context.
        self.max_tokens = max_tokens

    def _submit(self, pool, pending: deque) -> None:
        seed = FIRST_SEED + self.first_chunk + self.chunks
        self.chunks += 1
        job = (seed, self.chunk, self.tokenizer_path, self.batch, self.separator_weight, self.mixture, self.max_tokens)
        pending.append(pool.apply_async(_padded_batches, (job,)))

    def __iter__(self):
        with Pool(self.workers) as pool:
            pending: deque = deque()
            for _ in range(2 * self.workers):
                self._submit(pool, pending)
            while True:
                batches = pending.popleft().get()
                self._submit(pool, pending)
                self.shuffle.shuffle(batches)
                for b in batches:
                    self.records += len(b["ids"])
                    yield self._to_device(b)

    def _to_device(self, b: dict[str, np.ndarray]) -> dict[str, torch.Tensor]:
        weights = torch.from_numpy(b["weights"]).to(self.device).float()
        out = {
            "input_ids": torch.from_numpy(b["ids"]).to(self.device).long(),
            "attention_mask": (weights > 0).long(),
            "labels": torch.from_numpy(b["labels"]).to(self.device).long(),
            "weights": weights,
        }
        if "separators" in b:
            out["separators"] = torch.from_numpy(b["separators"]).to(self.device)
        return out
