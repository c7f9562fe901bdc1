"""Search problems from the held-out authors' sources."""

import pytest

from models.tiny_policy.heldout import interleave, problems_of


def test_problems_take_the_answer_of_a_correct_record():
    records = [
        {"problem": "p", "steps": ["3 + 4 = 7.", "She has 7 pens."], "label": -1},
        {"problem": "p", "steps": ["3 + 4 = 8.", "She has 8 pens."], "label": 0},
        {"problem": "q", "steps": ["5 - 2 = 3."], "label": 0},
        {"problem": "r", "steps": ["1,000 + 200 = 1,200", "#### 1,200"], "label": -1},
    ]
    assert problems_of(records, "s") == [
        {"problem": "p", "answer": 7, "source": "s"},
        {"problem": "r", "answer": 1200, "source": "s"},
    ]
    with pytest.raises(ValueError, match="two correct records"):
        problems_of(records + [{"problem": "p", "steps": ["It is 9."], "label": -1}], "s")


def test_interleave_takes_sources_in_turn():
    assert interleave([[1, 2, 3], [4], [5, 6]], 2) == [1, 4, 5, 2, 6]
