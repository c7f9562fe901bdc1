"""The result check's token rule and arithmetic (models/tiny_arith/result_check.py), on the shipped tokenizer."""

from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from models.tiny_arith.result_check import ResultCheck
from models.tiny_arith.tokenizer import STEP, build_sequence

TOKENIZER = Tokenizer.from_file(str(Path(__file__).parents[1] / "tiny-arith-prm/tokenizer.json"))
CHECK = ResultCheck(TOKENIZER, STEP)


def sequence(problem: str, steps: list[str]) -> dict:
    """The steps as typed (commas and all), not through the equation view: the check reads any token run."""
    return build_sequence(TOKENIZER, {"problem": problem, "steps": steps}, view=False)


def test_only_result_digits_are_checked_commas_inside_and_a_fresh_start_per_step():
    seq = sequence("Ann has 3 = 3 pens.", ["She buys 12 + 1,230 = 1,242 pens.", "So 1,242 = 1242, then 5."])
    ids = seq["input_ids"]
    checked = [TOKENIZER.decode([ids[p]]) for p in CHECK.checked(ids, seq["prompt_length"])]
    assert checked == ["1", "2", "4", "2", "1", "2", "4", "2"]  # not the problem's "3", not the operands, not "5"


def test_a_wrong_digit_caps_its_step_from_that_token_and_the_next_step_starts_afresh():
    seq = sequence("Ann has 3 pens.", ["3 + 4 = 17", "So 7"])
    ids, start = seq["input_ids"], seq["prompt_length"]
    expect = {p: int(TOKENIZER.decode([ids[p]])) for p in CHECK.checked(ids, start)}
    logits = np.zeros((len(ids), 10))
    for p, digit in expect.items():
        logits[p - 1, digit] = 10.0
    value = np.full(len(ids), 0.9)
    assert (CHECK.partial_rewards(value, logits, ids, start) == value).all()  # every digit the one expected
    wrong = min(expect)
    logits[wrong - 1] = 0.0
    logits[wrong - 1, (expect[wrong] + 1) % 10] = 10.0  # the judge would write another digit there
    scores = CHECK.partial_rewards(value, logits, ids, start)
    first_separator = seq["separators"][0]
    assert (scores[:wrong] == 0.9).all() and scores[wrong] < 0.01
    assert (scores[wrong : first_separator + 1] == scores[wrong]).all()
    assert (scores[first_separator + 1 :] == 0.9).all()
