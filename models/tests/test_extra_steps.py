"""A step too many in other authors' words (extra_steps.py): the copied change applies again to the last result, the
answer follows it, and the label and mark sit at the new step's operation sign."""

import json
import random
from pathlib import Path

from models.tiny_arith.external import ASCII, EQUATION
from models.tiny_arith.extra_steps import with_extra_step, with_extra_steps
from models.tiny_arith.generate import apply

AUTHORS = Path(__file__).parents[1] / "tiny-arith-prm/data/authors"
RIGHT = {"label": -1, "final_answer_correct": True, "problem": "A shop had 102 pens. It got 24 more, then sold 37."}


def test_the_last_change_applied_again_with_the_answer_following():
    record = {**RIGHT, "steps": ["Step 1: Goods in: 102 + 24 = 126.", "Step 2: Sold: 126 - 37 = 89 pens.", "So 89 pens are left. #### 89"]}
    extra = next(e for seed in range(20) if (e := with_extra_step(record, random.Random(seed))) and "89 - 37" in e["steps"][2])
    assert extra["steps"] == [*record["steps"][:2], "Step 3: Sold: 89 - 37 = 52 pens.", "So 52 pens are left. #### 52"]
    assert extra["label"] == 2 and not extra["final_answer_correct"]
    assert extra["error"] == {"step": 2, "kind": "extra", "offset": extra["steps"][2].index("-")}
    earlier = next(e for seed in range(20) if (e := with_extra_step(record, random.Random(seed))) and "89 + 24" in e["steps"][2])
    assert earlier["steps"][2] == "Step 3: Goods in: 89 + 24 = 113."


def test_records_it_cannot_change_stay_as_they_are():
    wrong = {**RIGHT, "label": 1, "steps": ["102 + 24 = 126", "126 - 37 = 80", "#### 80"]}
    no_equation = {**RIGHT, "steps": ["She gets the pens.", "#### 89"]}
    other_answer = {**RIGHT, "steps": ["102 + 24 = 126", "126 - 37 = 89", "#### 90"]}
    ambiguous = {**RIGHT, "steps": ["24 + 24 = 48", "#### 48"]}  # b equals a: the rewrite cannot tell them apart
    for record in (wrong, no_equation, other_answer, ambiguous):
        assert with_extra_step(record, random.Random(0)) is None
    assert with_extra_steps([wrong, no_equation], 1.0, random.Random(0)) == [wrong, no_equation]


def test_on_an_authors_records_every_extra_step_computes_right_from_the_last_result():
    records = [json.loads(line) for line in (AUTHORS / "gen-c.jsonl").read_text().splitlines()]
    changed = [r for r in with_extra_steps(records, 1.0, random.Random(0)) if r.get("error_kind") == "extra"]
    assert len(changed) > 0.8 * sum(r["label"] == -1 for r in records)
    for record in changed:
        step = record["label"]
        before, extra = EQUATION.search(record["steps"][step - 1]), EQUATION.search(record["steps"][step])
        assert extra.group(1) == before.group(4), "it starts from the last result"
        assert int(extra.group(4)) == apply(int(extra.group(1)), ASCII.get(extra.group(2), extra.group(2)), int(extra.group(3)))
        assert extra.group(4) in record["steps"][-1] and record["error"]["offset"] == extra.start(2)
