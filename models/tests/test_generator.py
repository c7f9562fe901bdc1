"""The generator obeys models/tiny-arith-prm/DOMAIN.md, checked by an independent re-derivation of each label."""

import re

import pytest

from models.tiny_arith.generate import generate

EQUATION = re.compile(r"(\d+) ([-+*/]) (\d+) = (\d+)")
NUMBER = re.compile(r"\d+")


def true_result(a: int, op: str, b: int) -> int:
    return {"+": a + b, "-": a - b, "*": a * b, "/": a // b if b else -1}[op]


def relabel(record: dict, start: int) -> int:
    """Earliest wrong step judged from the text alone: each equation must continue from the previous result."""
    value = start
    for i, step in enumerate(record["steps"][:-1]):
        a, op, b, c = EQUATION.search(step).groups()
        a, b, c = int(a), int(b), int(c)
        if a != value or c != true_result(a, op, b):
            return i
        value = c
    answer = int(NUMBER.findall(record["steps"][-1])[-1])
    return len(record["steps"]) - 1 if answer != value else -1


@pytest.mark.parametrize("style,noisy,wide", [("train", False, False), ("heldout", False, False), ("train", True, True)])
def test_records_follow_the_domain_rules(style, noisy, wide):
    records = generate(11, 400, style, noisy=noisy, wide=wide)
    for r in records:
        assert set(r) >= {"id", "problem", "steps", "label", "final_answer_correct"}
        assert all(int(n) <= 999 for n in NUMBER.findall(r["problem"]))
        assert 2 <= len(r["steps"]) <= 6
        for step in r["steps"][:-1]:
            assert len(EQUATION.findall(step)) == 1, step
        start = int(NUMBER.findall(r["problem"])[0])
        if r["label"] == -1:
            assert relabel(r, start) == -1, r
            assert r["final_answer_correct"]
        else:
            # slips, wrong first operands and wrong answers are visible from the text alone
            if r["error"]["kind"] in ("slip", "operand_a", "answer"):
                assert relabel(r, start) == r["label"], r


def test_generation_is_deterministic_and_both_labels_occur():
    a, b = generate(5, 200), generate(5, 200)
    assert a == b
    assert generate(6, 50) != generate(5, 50)
    labels = [r["label"] for r in a]
    assert 0.3 < labels.count(-1) / len(labels) < 0.7


def test_error_offset_points_into_the_wrong_step():
    for r in generate(9, 300):
        if r["error"]:
            step = r["steps"][r["error"]["step"]]
            assert 0 <= r["error"]["offset"] <= len(step)


def test_heldout_wording_differs_from_training_wording():
    """No held-out name, item or fixed template phrase (two words or more) ever appears in training text."""
    from models.tiny_arith import wording as W

    held = W.NAMES["heldout"] + W.ITEMS["heldout"]
    for key in ("START", "LINKS", "QUESTIONS", "STEP_FORMS", "ANSWERS"):
        for template in W.__dict__[key]["heldout"]:
            held += [f.strip(" .,:") for f in re.split(r"\{[^}]*\}", template) if len(f.split()) >= 2]
    records = generate(1, 2000, "train") + generate(2, 4000, "train", noisy=True, wide=True)
    text = " ".join(r["problem"] + " " + " ".join(r["steps"]) for r in records)
    words = set(re.findall(r"[A-Za-z']+", text))
    assert not [h for h in held if (" " in h and re.search(rf"\b{re.escape(h)}\b", text)) or (" " not in h and h in words)]
