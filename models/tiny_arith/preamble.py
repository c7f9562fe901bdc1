"""A first step that sets the problem out before solving it ("Known facts:" and the problem's sentences as a list,
"We need to find: ..."): tutors and chat models open so, and a judge that has only seen steps with an equation flags
them. `with_preamble` puts one in front of a finished record (story.py's), as a step of its own or at the head of the
first step, before its equation (as chat models mostly write it): it copies the problem's own sentences, so nothing in
it is wrong, and the record's labels and error keep pointing at the same text.
"""

from __future__ import annotations

import random
import re

from .surface import BULLETS

HEADS = ["Known facts:", "What we know:", "Let's restate the information:", "Given:", "From the problem:", "Let's list what we're told:"]
GOALS = ["We need to find: {q}", "Question: {q}", "The question asks: {q}", "Goal: {q}", "We want to know: {q}"]
#: The share of preambles written as a step of their own; the others open the first step.
OWN_STEP_SHARE = 0.4
#: A sentence ends at `.`, `?` or `!` followed by a space (a time like 06:44 or a price like 3.50 does not).
SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def preamble_step(rng: random.Random, problem: str) -> str:
    """The problem's told sentences as a headed list, its question as a goal, or both."""
    sentences = [s for s in SENTENCE_END.split(problem.strip()) if s]
    question = next((s for s in sentences if s.endswith("?")), "")
    told = [s for s in sentences if s != question]
    bullet = rng.choice(BULLETS[:4])
    listed = rng.choice(HEADS) + "\n" + "\n".join(bullet + s for s in told)
    goal = rng.choice(GOALS).format(q=question)
    form = rng.random()
    if not question or form < 0.5:
        return listed
    return goal if form < 0.8 else listed + "\n" + goal


def with_preamble(rng: random.Random, record: dict) -> dict:
    """`record` opened by a preamble (`preamble_step`), a step of its own OWN_STEP_SHARE of the time, else the head of
    its first step; its label and error point at the same text as before."""
    error, label, steps = record["error"], record["label"], record["steps"]
    preamble = preamble_step(rng, record["problem"])
    if rng.random() < OWN_STEP_SHARE:
        return {
            **record,
            "steps": [preamble, *steps],
            "label": label + 1 if label >= 0 else label,
            "error": error and {**error, "step": error["step"] + 1},
        }
    head = preamble + rng.choice(["\n\n", "\n"])
    moved = error and ({**error, "offset": error["offset"] + len(head)} if error["step"] == 0 else error)
    return {**record, "steps": [head + steps[0], *steps[1:]], "error": moved}
