"""Training sequences for the tiny policy: right solutions only, from the same generators the PRM reads.

A sequence is `<|bos|>{problem}\n` followed by the steps joined by a blank line (the PRM's step split) and the end
token (`<|pad|>`, id 0, the tokenizer's eos). Only the solution and the end token are trained; the problem is
context. Half the records come from the story grammar (story.py), half from generate.py's templates (the test split's wording; no filler words);
with `authors`, a third come from those authors' generators instead (their right records: other wording, the
PRM's trained sources). Every mistake the policy makes is its own: no wrong record is ever shown to it.
"""

from __future__ import annotations

import re

from tokenizers import Tokenizer

from ..tiny_arith.external import author_records
from ..tiny_arith.generate import generate
from ..tiny_arith.story import generate_stories
from ..tiny_arith.tokenizer import encode_plain

BOS, EOS_ID = "<|bos|>", 0
PROMPT = "{problem}\n"
STEP_SPLIT = "\n\n"
IGNORE = -100
#: Policy training chunks come from seeds far from the PRM's splits (2, 3, 4) and its training seeds.
FIRST_SEED = 500_000


def prompt_text(problem: str) -> str:
    """What the policy is given: the same text a page passes to transformers.js."""
    return BOS + PROMPT.format(problem=problem)


def solution_text(steps: list[str]) -> str:
    return STEP_SPLIT.join(steps)


def right_records(seed: int, count: int, authors: tuple[str, ...] = ()) -> list[dict]:
    """`count` records with right solutions: half story grammar, half generate.py (its template wording); with
    `authors`, a third from their generators (runs seeded from `seed`, the authors in turn) and the rest halved."""
    drawn: list[dict] = []
    run = 0
    while authors and len(drawn) < count // 3:
        drawn += [r for r in author_records(authors[run % len(authors)], seed * 1000 + run) if r["label"] == -1]
        run += 1
    drawn = drawn[: count // 3]
    stories = generate_stories(seed, (count - len(drawn)) // 2, error_rate=0.0)
    rest = generate(seed, count - len(drawn) - len(stories), "train", error_rate=0.0)
    return drawn + stories + rest


def sequence(tokenizer: Tokenizer, record: dict) -> dict:
    """Ids and next-token targets of one record (IGNORE over the problem)."""
    prompt_ids, _ = encode_plain(tokenizer, PROMPT.format(problem=record["problem"]))
    solution_ids, _ = encode_plain(tokenizer, solution_text(record["steps"]))
    ids = [tokenizer.token_to_id(BOS)] + prompt_ids + solution_ids + [EOS_ID]
    trained_from = 1 + len(prompt_ids)
    targets = [IGNORE if i + 1 < trained_from else ids[i + 1] for i in range(len(ids) - 1)] + [IGNORE]
    return {"input_ids": ids, "targets": targets}


def solution_steps(text: str) -> list[str]:
    """The non-empty steps of a solution text, split as the library splits them."""
    return [s for s in text.split(STEP_SPLIT) if s.strip()]


_NUMBER = re.compile(r"\d[\d,]*")


def final_answer(solution: str) -> int | None:
    """The answer a solution gives: the last number of its last step (None when it states none)."""
    last = solution.strip().split(STEP_SPLIT)[-1]
    found = _NUMBER.findall(last)
    return int(found[-1].replace(",", "")) if found else None
