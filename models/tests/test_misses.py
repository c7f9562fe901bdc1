"""The best-of-N miss analysis on hand-made candidates files."""

from models.tiny_policy.misses import analyse, false_equations


def test_false_equations_counts_only_wrong_statements():
    assert false_equations("So 12 + 5 = 17. Then 17 - 3 = 13.") == 1
    assert false_equations("1,200 × 3 = 3,600 and 9 ÷ 2 = 4") == 1
    assert false_equations("The answer is 20.") == 0


def _candidate(index, text, answer, scores):
    return {"index": index, "text": text, "answer": answer, "score": min(scores), "stepScores": scores}


def test_analyse_splits_misses_by_kind_and_counts_caught_slips():
    slip = _candidate(0, "12 + 5 = 18.\n\nThe answer is 18.", 18, [0.9, 0.9])
    right = _candidate(1, "12 + 5 = 17.\n\nThe answer is 17.", 17, [0.8, 0.8])
    skipped = _candidate(0, "12 - 2 = 10.\n\nThe answer is 10.", 10, [0.95, 0.95])
    caught = _candidate(1, "12 - 2 = 11.\n\nThe answer is 11.", 11, [0.1, 0.1])
    lines = [
        {"answer": 17, "candidates": [slip, right]},
        {"answer": 30, "candidates": [skipped, caught]},
        {"answer": 17, "candidates": [right]},
    ]
    assert analyse(lines, 0.5) == {
        "problems": 3,
        "best_of_n_misses": 2,
        "miss_with_false_equation": 1,
        "miss_without_false_equation": 1,
        "miss_with_a_right_candidate": 1,
        "steps_with_false_equation": 2,
        "caught_below_threshold": 1,
    }
