"""The tools that read the shipped q4's scores: offsets.py (at moved offsets) and false_alarms.py."""

from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from models.tiny_arith.evaluate import OnnxPrm
from models.tiny_arith.false_alarms import false_alarm
from models.tiny_arith.metrics import first_error_step, threshold_at
from models.tiny_arith.offsets import CheckedOnnxScores
from models.tiny_arith.tokenizer import build_sequence

MODEL = Path(__file__).parents[1] / "tiny-arith-prm"
TOKENIZER = Tokenizer.from_file(str(MODEL / "tokenizer.json"))
PRM = OnnxPrm(MODEL / "onnx/model_q4.onnx")
#: A first step whose result the check rejects (3 + 4 is not 17).
CAPPED = {"problem": "Ann has 3 pens. She buys 4 more. How many pens does she have?", "steps": ["3 + 4 = 17", "17"]}


def test_a_step_the_check_caps_stays_flagged_at_every_move_and_the_rest_read_the_head():
    seq = build_sequence(TOKENIZER, CAPPED)
    ids, start = seq["input_ids"], seq["prompt_length"]
    exported = PRM.token_probs(ids, start)
    checked = CheckedOnnxScores(PRM).token_probs(ids, start)
    value, caps = PRM.value_and_caps(ids, start)
    first = seq["separators"][0]
    assert caps[first] < 0.5 and checked[first] == 0.0  # the check rejects "17" for 3 + 4
    assert first_error_step([checked[p] for p in seq["separators"]], threshold_at(10.0)) == 0  # flagged even where an offset 10 larger passes every head score
    uncapped = caps >= 0.5
    assert np.array_equal(checked[uncapped], value[uncapped])
    assert np.array_equal(checked < 0.5, exported < 0.5)  # at move 0 it reads what the export computes


def test_a_flagged_step_is_a_false_alarm_only_before_the_first_error():
    alarm = false_alarm(PRM, TOKENIZER, {**CAPPED, "label": -1}, view=True)  # labelled right: step 0 is a false alarm
    assert alarm is not None and alarm["step"] == 0 and alarm["cap"] < 0.5
    assert false_alarm(PRM, TOKENIZER, {**CAPPED, "label": 0}, view=True) is None  # labelled wrong there: found
