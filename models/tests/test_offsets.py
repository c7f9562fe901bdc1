"""offsets.py's reading of the shipped q4 at moved offsets (models/tiny_arith/offsets.py)."""

from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from models.tiny_arith.evaluate import OnnxPrm
from models.tiny_arith.metrics import first_error_step, threshold_at
from models.tiny_arith.offsets import CheckedOnnxScores
from models.tiny_arith.tokenizer import build_sequence

MODEL = Path(__file__).parents[1] / "tiny-arith-prm"
TOKENIZER = Tokenizer.from_file(str(MODEL / "tokenizer.json"))


def test_a_step_the_check_caps_stays_flagged_at_every_move_and_the_rest_read_the_head():
    prm = OnnxPrm(MODEL / "onnx/model_q4.onnx")
    record = {"problem": "Ann has 3 pens. She buys 4 more. How many pens does she have?", "steps": ["3 + 4 = 17", "17"]}
    seq = build_sequence(TOKENIZER, record)
    ids, start = seq["input_ids"], seq["prompt_length"]
    exported = prm.token_probs(ids, start)
    checked = CheckedOnnxScores(prm).token_probs(ids, start)
    value = prm.run(ids)[0]
    caps = prm.check.caps(prm.digit_logits, ids, start)
    first = seq["separators"][0]
    assert caps[first] < 0.5 and checked[first] == 0.0  # the check rejects "17" for 3 + 4
    assert first_error_step([checked[p] for p in seq["separators"]], threshold_at(10.0)) == 0  # flagged even where an offset 10 larger passes every head score
    uncapped = caps >= 0.5
    assert np.array_equal(checked[uncapped], value[uncapped])
    assert np.array_equal(checked < 0.5, exported < 0.5)  # at move 0 it reads what the export computes
