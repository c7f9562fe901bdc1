"""Ranking pairs (pairs.py): the policy's solutions (`--rank-share`) and slip twins (`--slip-pair-share`): grouping,
batch layout and the loss."""

import json
import random

import torch
from tokenizers import Tokenizer

from models.tiny_arith import stream
from models.tiny_arith.external import EQUATION
from models.tiny_arith.pairs import pair_batches, rank_loss, rank_pairs, slip_twins
from models.tiny_arith.tokenizer import build_sequence

TOKENIZER = "models/tiny-arith-prm/tokenizer.json"
SLIP = {"step": 0, "kind": "slip", "offset": 8}


def sample(problem: str, right: bool) -> dict:
    steps = ["3 + 4 = 7.", "Answer: 7"] if right else ["3 + 4 = 8.", "Answer: 8"]
    return {"problem": problem, "steps": steps, "label": -1 if right else 0, "error": None if right else SLIP}


def test_pairs_join_right_and_wrong_solutions_of_the_same_problem():
    records = [sample("a", True), sample("a", False), sample("a", False), sample("b", True), sample("c", False)]
    pairs = rank_pairs(records)
    assert len(pairs) == 2 and all(r["problem"] == w["problem"] == "a" for r, w in pairs)
    assert all(r["error"] is None and w["error"] is not None for r, w in pairs)


def test_pair_batches_keep_each_pair_side_by_side_with_its_separators():
    tokenizer = Tokenizer.from_file(TOKENIZER)
    seqs = [(build_sequence(tokenizer, sample(p, True)), build_sequence(tokenizer, sample(p + " and more words", False))) for p in "xyz"]
    batches = pair_batches(seqs, 4, 3.0, random.Random(0))
    assert [len(b["ids"]) for b in batches] == [4, 2]
    for b in batches:
        assert (b["separators"].sum(1) == 2).all() and (b["weights"][b["separators"]] == 3.0).all()
        assert (b["labels"][0::2][b["separators"][0::2]] == 1).all()  # the right solution of each pair first
        assert (b["labels"][1::2][b["separators"][1::2]] == 0).all()


def test_the_loss_falls_as_the_right_solution_outranks_the_wrong_one():
    separators = torch.tensor([[False, True, True], [False, True, True]])

    def logits(right_low: float, wrong_low: float) -> torch.Tensor:
        margins = torch.tensor([[-9.0, 4.0, right_low], [-9.0, wrong_low, 5.0]])
        return torch.stack([torch.zeros_like(margins), margins], -1)

    ranked, tied, reversed_ = (float(rank_loss(logits(r, w), separators)) for r, w in ((3.0, -3.0), (1.0, 1.0), (-3.0, 3.0)))
    assert ranked < tied < reversed_ and abs(tied - torch.log(torch.tensor(2.0))) < 1e-6
    assert float(rank_loss(logits(1.0, 8.0), separators)) > 4  # a position without a separator (-9.0) is never the min


def test_the_stream_adds_ranking_batches_drawn_from_the_policy_samples(tmp_path, monkeypatch):
    path = tmp_path / "samples.jsonl"
    records = [sample(f"Tom has {i // 3} pens.", i % 3 != 0) for i in range(60)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    monkeypatch.setattr(stream, "POLICY_VALIDATION", 6)
    stream.policy_records.cache_clear()
    stream.policy_pairs.cache_clear()
    job = (100_000, 32, TOKENIZER, 8, 3.0, stream.Mixture(policy=str(path), policy_share=0.25, rank_share=0.5), 512)
    batches = stream._padded_batches(job)
    ranking = [b for b in batches if "separators" in b]
    assert len(ranking) == 2 and len(batches) == 6
    stream.policy_records.cache_clear()
    stream.policy_pairs.cache_clear()


def test_slip_twins_differ_in_the_slipped_result_only():
    pairs = slip_twins(5, 200)
    assert pairs == slip_twins(5, 200) and len(pairs) > 80
    for right, wrong in pairs:
        assert right["problem"] == wrong["problem"] and right["steps"][:-1] == wrong["steps"][:-1]
        assert right["error"] is None and wrong["error"]["kind"] == "slip" and wrong["label"] == len(wrong["steps"]) - 1
        (ra, rop, rb, rc), (wa, wop, wb, wc) = (EQUATION.search(r["steps"][-1]).groups() for r in (right, wrong))
        assert (ra, rop, rb) == (wa, wop, wb) and int(rc) == wrong["error"]["expected"] != int(wc)
        at = wrong["steps"][-1].index(wc, wrong["steps"][-1].index("="))
        assert right["steps"][-1] == wrong["steps"][-1][:at] + rc + wrong["steps"][-1][at + len(wc) :]


def test_the_stream_adds_slip_twin_batches():
    job = (100_000, 32, TOKENIZER, 8, 3.0, stream.Mixture(drill_share=0.5, slip_pair_share=0.5), 512)
    batches = stream._padded_batches(job)
    ranking = [b for b in batches if "separators" in b]
    assert len(batches) == 6 and len(ranking) == 2
    for b in ranking:  # each right twin (even rows) is labelled right at every separator, its wrong twin not at its last
        for row in range(0, len(b["ids"]), 2):
            right, wrong = b["labels"][row][b["separators"][row]], b["labels"][row + 1][b["separators"][row + 1]]
            assert right.tolist() == [1] * len(right) and wrong[-1] == 0 and len(right) == len(wrong)
