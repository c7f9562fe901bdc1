"""The calibration offset is chosen on trained sources under the test floor, and the calibrated checkpoint computes
what the q4 rounding of the uncalibrated one computes, every logit shifted by the offset (calibrate.py)."""

import json
import math
from pathlib import Path

import torch
from safetensors.torch import save_file
from tokenizers import Tokenizer
from transformers import Qwen2Config, Qwen2ForTokenClassification

from models.tiny_arith.calibrate import checked_step_scores, choose, f1_at, grid, write_calibrated
from models.tiny_arith.metrics import first_error_step, threshold_at
from models.tiny_arith.qat import fake_q4, quantize_aware
from models.tiny_arith.result_check import DIGITS, HEAD_FILE

TOKENIZER = Tokenizer.from_file(str(Path(__file__).parents[1] / "tiny-arith-prm/tokenizer.json"))


def tiny_judge(vocab_size: int = 64) -> Qwen2ForTokenClassification:
    config = Qwen2Config(
        hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1, vocab_size=vocab_size, num_labels=2
    )
    torch.manual_seed(0)
    return Qwen2ForTokenClassification(config).eval()


# Two correct records and two wrong ones (first error at step 1 and step 0).
LABELS = [-1, -1, 1, 0]


def test_an_over_suspicious_source_moves_the_offset_up_to_the_test_floor():
    # Correct steps at 0.3 on the trained source: wrong at 0.5, right once the offset passes logit(0.7) = 0.85.
    trained = {"gen-x": (LABELS, [[0.9, 0.3], [0.3, 0.9], [0.9, 0.05], [0.1, 0.9]])}
    test = (LABELS, [[0.9, 0.9], [0.9, 0.9], [0.9, 0.2], [0.2, 0.9]])
    offset, table = choose(test, trained, floor=0.95)
    assert offset == 0.9
    assert f1_at(*trained["gen-x"], offset) == 1.0 and f1_at(*trained["gen-x"], 0.0) < 1.0
    # The test floor wins: past logit(0.8) = 1.39 the test split's wrong steps at 0.2 pass.
    assert all(row["test_f1"] < 0.95 for row in table if row["offset"] >= 1.4)
    assert choose(test, {"gen-x": (LABELS, [[0.9, 0.9], [0.9, 0.9], [0.9, 0.1], [0.1, 0.9]])}, 0.95)[0] == 0.0


def test_a_wider_grid_reaches_offsets_past_three():
    # Correct steps at 0.04 need an offset past logit(0.96) = 3.18; the test split has no wrong step near 0.5.
    trained = {"gen-x": (LABELS, [[0.9, 0.04], [0.04, 0.9], [0.9, 0.001], [0.001, 0.9]])}
    test = (LABELS, [[0.99, 0.99], [0.99, 0.99], [0.99, 0.001], [0.001, 0.99]])
    assert choose(test, trained, 0.95)[0] == 0.0  # nothing on the default grid helps: ties go to the smallest
    offset, table = choose(test, trained, 0.95, top=4.0)
    assert offset == 3.2 and len(table) == 41 and grid(4.0)[-1] == 4.0


def test_the_calibrated_checkpoint_is_the_rounded_model_with_every_logit_shifted_by_the_offset(tmp_path):
    model = tiny_judge()
    model.save_pretrained(tmp_path / "trained")
    save_file({"weight": torch.zeros(10, 32), "bias": torch.zeros(10)}, str(tmp_path / "trained" / HEAD_FILE))
    (tmp_path / "trained/training-log.json").write_text(json.dumps({"phases": []}))
    write_calibrated(tmp_path / "trained", tmp_path / "calibrated", 1.3, {"offset": 1.3})
    calibrated = Qwen2ForTokenClassification.from_pretrained(tmp_path / "calibrated").eval()
    quantize_aware(model)  # the forward pass the q4 file computes
    ids = torch.tensor([[1, 5, 9, 12]])
    with torch.no_grad():
        before, after = model(input_ids=ids).logits, calibrated(input_ids=ids).logits
    margin = lambda logits: logits[..., 1] - logits[..., 0]  # noqa: E731
    assert torch.allclose(margin(after) - margin(before), torch.full_like(margin(before), 1.3), atol=1e-5)
    assert json.loads((tmp_path / "calibrated/training-log.json").read_text())["calibration"]["offset"] == 1.3
    assert math.isclose(float(calibrated.score.bias[0]), float(model.score.linear.bias[0]))
    weight = calibrated.model.layers[0].mlp.down_proj.weight
    assert torch.equal(fake_q4(weight), weight), "the saved weights are already q4 values"
    assert (tmp_path / "calibrated" / HEAD_FILE).exists(), "the result check goes with the calibrated head"


def test_with_a_result_check_a_step_it_caps_is_flagged_at_every_offset():
    model = tiny_judge(TOKENIZER.get_vocab_size())
    digit_head = torch.nn.Linear(32, 10)
    with torch.no_grad():  # the check expects a 7 wherever a result digit sits
        digit_head.weight.zero_()
        digit_head.bias.copy_(torch.tensor([10.0 if d == "7" else 0.0 for d in DIGITS]))
    records = [{"problem": "Ann has 3 pens.", "steps": ["3 + 4 = 7", "So 7"]}, {"problem": "Ann has 3 pens.", "steps": ["3 + 4 = 8", "So 8"]}]
    with torch.no_grad():
        right, slip = checked_step_scores(model, digit_head, TOKENIZER, records)
    assert right[0] > 0 and slip[0] == 0.0, "the check caps the step whose result it would not write"
    assert slip[1] > 0, "the next step starts afresh"
    assert slip[0] < 1 / (1 + math.exp(max(grid(3.0)))), "flagged even at the largest offset"


def test_a_moved_offset_reads_the_scores_at_the_threshold_it_puts_at_0_5():
    assert threshold_at(0.0) == 0.5 and abs(threshold_at(1.0) - 1 / (1 + math.exp(1.0))) < 1e-12
    assert first_error_step([0.2, 0.9], threshold_at(2.0)) == -1 and first_error_step([0.2, 0.9], threshold_at(0.0)) == 0
    assert first_error_step([0.0, 0.9], threshold_at(5.0)) == 0  # a capped step stays flagged
