"""Labels of the policy's own solutions (tiny_policy/samples.py) and their share of the streamed training records."""

import json

from models.tiny_arith import stream
from models.tiny_policy.samples import label

REFERENCE = ["We compute 15 - 9 = 6.", "So 6 - 1 = 5.", "Then 5 * 5 = 25.", "Answer: 25"]


def _at(steps, error):
    """The step text from the error's offset on (where the error becomes visible)."""
    return steps[error["step"]][error["offset"] :]


def test_a_right_solution_in_other_words_has_no_error():
    assert label(["15 - 9 = 6 left.", "Then 6 - 1 = 5.", "5 × 5 = 25.", "So she has 25 now."], REFERENCE, 25) == {}


def test_a_slip_is_marked_at_its_first_wrong_digit_even_when_the_answer_is_right():
    steps = ["15 - 9 = 6.", "6 - 1 = 5.", "5 * 5 = 35.", "Answer: 25"]
    error = label(steps, REFERENCE, 25)
    assert error["kind"] == "slip" and error["step"] == 2 and _at(steps, error) == "35."
    big = ["15 - 9 = 6.", "6 - 1 = 5.", "5000 * 3 = 15000.", "Answer: 15000"]
    assert label(big, REFERENCE, 25)["kind"] == "operand_a"  # a true equation past 9,999 is no slip


def test_a_skipped_event_or_wrong_operand_is_marked_where_the_equation_departs_from_the_reference():
    skipped = ["15 - 9 = 6.", "6 * 5 = 30.", "Answer: 30"]
    error = label(skipped, REFERENCE, 25)
    assert error["kind"] == "operation" and error["step"] == 1 and _at(skipped, error).startswith("* 5")
    operand = ["15 - 9 = 6.", "6 - 2 = 4.", "4 * 5 = 20.", "Answer: 20"]
    error = label(operand, REFERENCE, 25)
    assert error["kind"] == "operand_b" and _at(operand, error).startswith("2 = 4")
    swapped = ["15 - 9 = 6.", "6 - 1 = 5.", "5 * 5 = 25.", "Answer: 52"]
    error = label(swapped, REFERENCE, 25)
    assert error["kind"] == "answer" and _at(swapped, error) == "52"


def test_products_may_come_in_either_order():
    reference = ["7 * 6 = 42.", "Answer: 42"]
    assert label(["6 × 7 = 42.", "Answer: 42"], reference, 42) == {}
    assert label(["6 × 7 = 42.", "Answer: 24"], reference, 42)["kind"] == "answer"


def test_the_stream_draws_its_policy_share_from_the_training_part_of_the_file(tmp_path, monkeypatch):
    path = tmp_path / "samples.jsonl"
    records = [{"problem": f"p{i}", "steps": ["1 + 1 = 2.", "Answer: 2"], "label": -1, "error": None} for i in range(30)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    monkeypatch.setattr(stream, "POLICY_VALIDATION", 10)
    stream.policy_records.cache_clear()
    train, validation = stream.policy_records(str(path))
    assert [r["problem"] for r in validation] == [f"p{i}" for i in range(20, 30)]
    mixed = stream.mixed_records(7, 40, stream.Mixture(policy=str(path)))
    drawn = [r for r in mixed if r["problem"].startswith("p")]
    assert len(mixed) == 40 and len(drawn) == round(40 * stream.POLICY_SHARE)
    assert {r["problem"] for r in drawn} <= {r["problem"] for r in train}
    assert mixed == stream.mixed_records(7, 40, stream.Mixture(policy=str(path)))
    fewer = stream.mixed_records(7, 40, stream.Mixture(policy=str(path), policy_share=0.1))
    assert sum(r["problem"].startswith("p") for r in fewer) == 4
    stream.policy_records.cache_clear()


def test_rerank_aggregates_step_scores_as_the_library_does():
    from models.tiny_policy.rerank import AGGREGATIONS

    scores = [0.9, 0.5, 0.8]
    combined = {name: combine(scores) for name, combine in AGGREGATIONS.items()}
    assert combined == {"min": 0.5, "product": 0.9 * 0.5 * 0.8, "last": 0.8, "mean": (0.9 + 0.5 + 0.8) / 3}
    assert all(combine([]) == 0.0 for combine in AGGREGATIONS.values())


def test_rerank_selects_as_the_library_does():
    from models.tiny_policy.rerank import select

    candidates = [
        {"answer": 21, "score": 0.1},
        {"answer": 20, "score": 0.95},
        {"answer": 21, "score": 0.2},
        {"answer": 21, "score": 0.01},
        {"answer": 20, "score": 0.9},
        {"answer": None, "score": 0.99},
    ]
    assert select(candidates) == {"best-of-n": None, "majority": 21, "weighted-vote": 20}
    assert select(candidates[:5]) == {"best-of-n": 20, "majority": 21, "weighted-vote": 20}


def test_rerank_counts_the_first_false_equation_and_the_true_steps_before_it():
    from models.tiny_policy.rerank import equation_checks

    text = "12 + 5 = 17\n\nThen 17 - 4 = 13\n\nThen 13 * 2 = 27\n\nThen 27 - 1 = 30\n\nThe answer is 30."
    counts = {"false": 1, "caught": 0, "inner": 0, "inner_caught": 0, "true": 2, "doubted": 1}
    assert equation_checks(text, [0.9, 0.3, 0.8, 0.1, 0.9]) == counts
    assert equation_checks(text, [0.9, 0.9, 0.2, 0.9, 0.9]) == {**counts, "caught": 1, "doubted": 0}
    assert equation_checks("12 + 5 = 17\n\nThe answer is 17.", [0.4, 0.9]) == {**counts, "false": 0, "true": 1}
    inner = "245 + 141 = 376\n\nThe answer is 376."
    assert equation_checks(inner, [0.2, 0.9]) == {**counts, "caught": 1, "inner": 1, "inner_caught": 1, "true": 0, "doubted": 0}
    assert equation_checks(inner, [0.9, 0.9]) == {**counts, "inner": 1, "true": 0, "doubted": 0}


def test_an_equation_wrong_in_its_inner_digits_only_is_told_apart():
    from models.tiny_policy.equations import equations

    def inner(text: str) -> bool:
        return equations(text)[0].inner_digits_only

    assert inner("245 + 141 = 376") and inner("2380 - 644 = 1636") and inner("25 * 40 = 1010")
    assert not any(inner(t) for t in ("245 + 141 = 386", "245 + 141 = 387", "245 + 141 = 486", "245 - 141 = 94", "50 + 1 = 15", "9 * 9 = 71"))


def test_the_what_if_scores_zero_only_the_steps_wrong_in_inner_digits():
    from models.tiny_policy.rerank import inner_digit_slips_caught

    text = "245 + 141 = 376\n\nThen 376 + 4 = 381\n\nThen 381 * 2 = 762\n\nThe answer is 762."
    assert inner_digit_slips_caught(text, [0.9, 0.8, 0.9, 0.9]) == [0.0, 0.8, 0.9, 0.9]
    assert inner_digit_slips_caught("12 + 5 = 17\n\nAnswer: 17", [0.9, 0.7]) == [0.9, 0.7]
