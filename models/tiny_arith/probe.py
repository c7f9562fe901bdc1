"""A checkpoint's F1 on the test split and on the other authors' sources, before spending an export on it:

    python -m models.tiny_arith.probe CHECKPOINT [CHECKPOINT ...] [--policy-samples FILE]

With `--policy-samples` (a file of tiny_policy/samples.py records), it also counts the policy's arithmetic slips
among the file's validation records that the checkpoint scores below 0.5 at their step, by operation and by the
digits of the larger operand: where the judge's arithmetic gives way.

Scores in PyTorch through the q4 rounding (qat.py: the forward pass the q4 file computes, up to float rounding), at
threshold 0.5, the way `authors.py` and the export score the ONNX files, with the score head alone (a result check
fitted into the checkpoint, result_check.py, caps the steps from the export on; `RoundedPrm.token_probs` applies it
to one record). It picks between checkpoints; the model card's figures always come from the export.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer
from transformers import Qwen2ForTokenClassification

from ..tiny_policy.equations import equations
from .authors import source_rows
from .metrics import first_error_step
from .qat import round_to_q4
from .result_check import ResultCheck, load_head, torch_partial_rewards
from .stream import policy_records
from .tokenizer import STEP, build_sequence
from .train import Packed, pack, step_scores

MODEL = Path("models/tiny-arith-prm")


def record_step_scores(model, tokenizer: Tokenizer, records: list[dict]) -> list[list[float]]:
    """Each record's step scores, in the order of `records` (scored in batches of similar length)."""
    seqs = [build_sequence(tokenizer, {**r, "error": None}) for r in records]
    packed = pack(seqs)
    scores, _ = step_scores(model, Packed(packed, 1.0, "cpu"), [s["separators"] for s in seqs], packed["order"].tolist())
    return scores


def predictions(model, tokenizer: Tokenizer, records: list[dict]) -> list[int]:
    """The first step each record's scores put below 0.5 (-1: none)."""
    return [first_error_step(s, 0.5) for s in record_step_scores(model, tokenizer, records)]


def open_rounded(checkpoint: Path) -> Qwen2ForTokenClassification:
    """The checkpoint with its linear layers' weights as the q4 file stores them (`qat.round_to_q4`, rounded once: the
    forward pass `qat.quantize_aware` computes, without rounding again on every pass), in eval mode."""
    model = Qwen2ForTokenClassification.from_pretrained(checkpoint, attn_implementation="eager")
    round_to_q4(model)
    return model.eval()


class RoundedPrm:
    """A checkpoint scored through the q4 rounding, with `OnnxPrm.run`'s and `token_probs`'s interface (one pass, no
    cache kept); a digit head trained into the checkpoint (result_check.py) caps `token_probs` as the export will."""

    def __init__(self, checkpoint: Path, tokenizer: Path = MODEL / "tokenizer.json") -> None:
        self.model = open_rounded(checkpoint)
        self.digit_head = load_head(checkpoint)
        self.check = ResultCheck(Tokenizer.from_file(str(tokenizer)), STEP) if self.digit_head else None

    @torch.no_grad()
    def run(self, ids: list[int]) -> tuple[np.ndarray, None]:
        logits = self.model(input_ids=torch.tensor([ids])).logits[0].double()
        return logits.softmax(-1)[:, 1].numpy(), None

    def token_probs(self, ids: list[int], start: int) -> np.ndarray:
        return torch_partial_rewards(self.model, ids, start, self.digit_head, self.check)


def probe(checkpoint: Path, tokenizer: Tokenizer) -> dict[str, float]:
    """F1 per source: the test split, each author source, and the prose sets together."""
    model = open_rounded(checkpoint)
    files = [MODEL / "data/test.jsonl", *sorted((MODEL / "data/authors").glob("*.jsonl"))]
    rows = source_rows(files, set(), lambda records: predictions(model, tokenizer, records))
    return {name: round(row["f1"], 3) for name, row in rows.items()}


def slips_caught(model, tokenizer: Tokenizer, records: list[dict]) -> dict[str, str]:
    """ "caught/total" of the records' slips, keyed "op digits" (e.g. "* 3": a 3-digit operand times another)."""
    slips = [r for r in records if r["error"] and r["error"]["kind"] == "slip"]
    tally: dict[str, list[int]] = {}
    for record, scores in zip(slips, record_step_scores(model, tokenizer, slips)):
        step = record["error"]["step"]
        wrong = next(e for e in equations(record["steps"][step]) if not e.holds)
        counts = tally.setdefault(f"{wrong.op} {len(str(max(wrong.a, wrong.b)))}", [0, 0])
        counts[0] += scores[step] < 0.5
        counts[1] += 1
    return {key: f"{caught}/{total}" for key, (caught, total) in sorted(tally.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkpoints", type=Path, nargs="+")
    parser.add_argument("--tokenizer", type=Path, default=MODEL / "tokenizer.json")
    parser.add_argument("--policy-samples", type=Path, help="also count the slips caught among this file's validation records")
    args = parser.parse_args()
    torch.set_num_threads(2)
    tokenizer = Tokenizer.from_file(str(args.tokenizer))
    for checkpoint in args.checkpoints:
        line = {"checkpoint": str(checkpoint), "f1": probe(checkpoint, tokenizer)}
        if args.policy_samples:
            held = policy_records(str(args.policy_samples))[1]
            line["policy_slips_caught"] = slips_caught(open_rounded(checkpoint), tokenizer, held)
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main()
