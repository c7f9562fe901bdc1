"""The rank-rejection replay: running scores as the search computes them, and the checkpoints' cuts."""

import math

from conftest import ROOT
from tokenizers import Tokenizer

from models.tiny_arith.evaluate import OnnxPrm
from models.tiny_policy.rank_replay import replay, running_scores, token_ends
from models.tiny_policy.rerank import step_scores

PRM = ROOT / "models" / "tiny-arith-prm"
TOKENIZER = Tokenizer.from_file(str(PRM / "tokenizer.json"))
POLICY_TOKENIZER = Tokenizer.from_file(str(ROOT / "models" / "tiny-arith-policy" / "tokenizer.json"))
PROBLEM = "Supa had a bag of 58 quisawis and right after, they lose 52 quisawis. How many quisawis does Supa have left?"


def test_separators_count_once_the_split_after_their_step_is_written():
    text = "We have 58 - 52 = 6.\n\nThe answer is 6."
    _, ends, separators = token_ends(TOKENIZER, PROBLEM, text)
    assert separators.count(True) == 2 and separators[-1]
    first = separators.index(True)
    assert ends[first] == text.index("\n\n") + 2  # the first step closes when its split arrives
    assert ends[-1] > len(text)  # the last one only when the solution is handed in
    assert ends[:first] == sorted(ends[:first]) and ends[first - 1] == text.index("\n\n")


def test_running_scores_fall_at_a_wrong_result_and_end_at_the_step_scores():
    prm = OnnxPrm(PRM / "onnx" / "model_q4.onnx")
    right = running_scores(prm, TOKENIZER, POLICY_TOKENIZER, PROBLEM, "We have 58 - 52 = 6.\n\nThe answer is 6.")
    wrong = running_scores(prm, TOKENIZER, POLICY_TOKENIZER, PROBLEM, "We have 58 - 52 = 5.\n\nThe answer is 5.")
    tokens = len(POLICY_TOKENIZER.encode("We have 58 - 52 = 6.\n\nThe answer is 6.", add_special_tokens=False).ids)
    assert len(right["running"]) == tokens
    assert min(right["running"]) > 0.5 and wrong["running"][-1] < 0.2
    assert right["running"][:5] == wrong["running"][:5]  # the same text so far, the same scores
    assert right["score"] == min(step_scores(prm, TOKENIZER, PROBLEM, "We have 58 - 52 = 6.\n\nThe answer is 6.", view=False))


def candidate(running: list[float], answer: int, score: float) -> dict:
    return {"running": running, "answer": answer, "score": score}


def test_the_absolute_rule_cuts_after_its_minimum_tokens_and_the_checkpoint_keeps_the_best_share():
    low_early = candidate([0.1] * 20, 1, 0.1)  # below 0.2 from the start: cut at token 8
    fading = candidate([0.9] * 12 + [0.1] * 8, 2, 0.1)  # waits at 10 (still 0.9), cut by the absolute rule at 13
    good = candidate([0.95] * 30, 3, 0.95)
    fair = candidate([0.8] * 30, 4, 0.99)  # ranked below `good` at the checkpoint, though its final score is higher
    short = candidate([0.5] * 6, 5, 0.5)  # done before the checkpoint: never ranked
    answer, tokens = replay([low_early, fading, good, fair, short], [(10, 0.4)])  # keep ceil(5 x 0.4) = 2
    assert answer == 3  # `fair` was cut at 10, so `good` is the best left
    assert tokens == 8 + 13 + 30 + 10 + 6
    answer, tokens = replay([low_early, fading, good, fair, short], [])
    assert answer == 4 and tokens == 8 + 13 + 30 + 30 + 6


def test_later_checkpoints_rank_only_the_candidates_left():
    cs = [candidate([1.0 - i / 100] * 40, i, 1.0 - i / 100) for i in range(8)]
    answer, tokens = replay(cs, [(4, 0.5), (16, 0.25)])  # 4 go on at 4 tokens, 2 of them at 16
    assert answer == 0
    assert tokens == 4 * 4 + 2 * 16 + 2 * 40
    assert math.isclose(sum(len(c["running"]) for c in cs) / tokens, 320 / 128)
