"""A step too many, written in other authors' words: the policy's commonest mistake (a change applied again after the
last one, `tiny-arith-policy/SEARCH-RESULTS.md`) made out of an author's right solution, so the lesson story.py's
`extra` records teach meets the wording of the authors the judge trains on (phase 28 taught it in the story grammar's
wording alone, and the judge came to doubt steps in other wording).

A right record's change step (its last one REPEAT_LAST_SHARE of the time, else an earlier one) is copied after the
last change with its numbers rewritten to apply the change again to the last result ("Goods in: 102 + 24 = 126." ->
"Goods in: 126 + 24 = 150."; a leading step number counts on), and the answer then states the new result. The record is wrong from that step (kind
"extra", marked at its operation sign, as story.py marks its own).
"""

from __future__ import annotations

import random
import re

from .external import ASCII, EQUATION, NUMBER
from .generate import apply
from .story import REPEAT_LAST_SHARE


def rewrite_numbers(text: str, mapping: dict[str, str]) -> str:
    """`text` with every whole number in `mapping` replaced by its value there, all at once."""
    return re.sub(r"(?<![\d,.])\d+(?![\d,.]\d)", lambda m: mapping.get(m.group(), m.group()), text)


def renumbered(text: str, was: int, now: int) -> str:
    """`text` with a leading step number (`Step 3:`, `3.`, `(3)`) that reads `was` made `now`."""
    return re.sub(rf"^(\W*(?:[Ss]tep\s*)?){was}(?=[.:)])", lambda m: f"{m.group(1)}{now}", text, count=1)


def with_extra_step(record: dict, rng: random.Random) -> dict | None:
    """`record` (a right solution, label -1) with one step too many before its answer, or None where none fits: a step
    without an equation, a result outside the domain, an answer that does not end in the last result, or a step whose
    numbers the rewrite could confuse (two of a, b, c alike)."""
    steps = record["steps"]
    if record["label"] != -1 or len(steps) < 2:
        return None
    matches = [EQUATION.search(step) for step in steps[:-1]]
    answer_numbers = NUMBER.findall(steps[-1])
    if None in matches or not answer_numbers or answer_numbers[-1] != matches[-1].group(4):
        return None
    shown = matches[-1].group(4)
    earlier = list(range(len(matches) - 1))
    rng.shuffle(earlier)
    last, step = len(matches) - 1, len(steps) - 1
    for i in [last, *earlier] if rng.random() < REPEAT_LAST_SHARE else [*earlier, last]:
        a, op, b, c = matches[i].group(1, 2, 3, 4)
        d = apply(int(shown), ASCII.get(op, op), int(b))
        if d is None or str(d) == shown or b in (a, c) or a == c:
            continue
        text = rewrite_numbers(renumbered(steps[i], i + 1, step + 1), {a: shown, c: str(d)})
        copied = EQUATION.search(text)
        if copied is None or copied.group(1, 3, 4) != (shown, b, str(d)):
            continue
        final = rewrite_numbers(steps[-1], {shown: str(d)})
        return {
            **record,
            "steps": [*steps[:-1], text, final],
            "label": step,
            "final_answer_correct": False,
            "error_kind": "extra",
            "error": {"step": step, "kind": "extra", "offset": copied.start(2)},
        }
    return None


def with_extra_steps(records: list[dict], share: float, rng: random.Random) -> list[dict]:
    """`records` with about `share` of the right ones given a step too many (`with_extra_step`; those it cannot
    change stay as they are)."""
    return [(with_extra_step(r, rng) or r) if r["label"] == -1 and rng.random() < share else r for r in records]
