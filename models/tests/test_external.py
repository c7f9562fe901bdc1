"""Every generator training may draw from (external.TRAINABLE) writes records in the brief's format whose labels hold
up from the text alone: steps before the label are true equations that chain, a record labelled right is right to
its answer, and fresh seeds give fresh records."""

from types import SimpleNamespace

import pytest

from models.tiny_arith import external
from models.tiny_arith.external import ASCII, EQUATION, NUMBER, TRAINABLE, author_records
from models.tiny_arith.generate import apply


def true_result(a: str, op: str, b: str) -> int | None:
    return apply(int(a), ASCII.get(op, op), int(b))


@pytest.mark.parametrize("author", sorted(TRAINABLE))
def test_generator_records_are_labelled_consistently(author):
    records = author_records(author, 7)
    assert len(records) > 300 and records != author_records(author, 8)
    assert 0.3 < sum(r["label"] == -1 for r in records) / len(records) < 0.6
    for r in records:
        *work, answer = r["steps"]
        equations = [EQUATION.findall(step) for step in work]
        assert all(len(found) == 1 for found in equations), r
        assert not EQUATION.search(answer), r
        chain = [tuple(found[0]) for found in equations]
        good = r["label"] if r["label"] != -1 else len(work)
        for i, (a, op, b, c) in enumerate(chain[: min(good, len(chain))]):
            assert true_result(a, op, b) == int(c), (i, r)
            if i:
                assert a == chain[i - 1][3] or b == chain[i - 1][3], (i, r)
        if r["label"] == -1:
            assert NUMBER.findall(answer) and NUMBER.findall(answer)[-1] == chain[-1][3], r
        if r["error"] and r["error"]["kind"] == "slip":
            a, op, b, c = chain[r["label"]]
            assert true_result(a, op, b) != int(c), r


def test_a_generator_failing_on_one_seed_skips_that_run(monkeypatch):
    def generate(seed: int, count: int) -> list[dict]:
        raise ValueError("empty range for randrange() (2, 1, -1)")

    monkeypatch.setattr(external, "_module", lambda author: SimpleNamespace(generate=generate))
    with pytest.warns(UserWarning, match="gen-f's generator failed on seed 1000003"):
        assert author_records("gen-f", 1000003) == []
