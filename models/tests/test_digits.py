"""The digit-place diagnostic (tiny_arith/digits.py): which result digits it changes, and how it counts."""

from models.tiny_arith.digits import Change, flagged_by_place, one_digit_changes
from models.tiny_policy.equations import equations

RECORDS = [
    {"problem": "p", "steps": ["So 245 + 141 = 386.", "Then 386 - 6 = 380.", "Answer: 380"], "label": -1},
    {"problem": "q", "steps": ["So 3 + 4 = 7.", "Then 7 * 5 = 35.", "Answer: 35"], "label": -1},
    {"problem": "r", "steps": ["So 25 - 4 = 20.", "Answer: 20"], "label": 0},
]


def test_each_correct_step_with_a_result_of_two_digits_or_more_gets_one_digit_changed_by_one():
    changes = one_digit_changes(RECORDS * 20)
    assert len(changes) == 3 * 20  # not 3 + 4 = 7 (one digit), not the erroneous record
    for change in changes:
        cut = change.record["steps"]
        written = equations(cut[change.step])[0]
        assert len(cut) == change.step + 1 and not written.holds
        right, wrong = int(written.true_value), written.c
        assert len(str(right)) == len(str(wrong)) and abs(right - wrong) in (1, 10, 100)
        power = len(str(abs(right - wrong))) - 1
        assert change.place == ("last" if power == 0 else "leading" if power == len(str(right)) - 1 else "between")
    assert {c.place for c in changes} == {"last", "between", "leading"} and {c.op for c in changes} == {"+", "-", "*"}


def test_the_table_counts_steps_scored_below_one_half_per_operation_and_place():
    record = {"problem": "p", "steps": ["x"], "label": -1}
    changes = [Change(record, 0, "+", "between"), Change(record, 0, "+", "between"), Change(record, 0, "-", "last")]
    table = flagged_by_place(changes, lambda records: [[0.2], [0.9], [0.1]])
    assert table == {
        "all last": {"flagged": 1, "total": 1},
        "all between": {"flagged": 1, "total": 2},
        "+ between": {"flagged": 1, "total": 2},
        "- last": {"flagged": 1, "total": 1},
    }
    assert list(table) == ["all last", "all between", "+ between", "- last"]
