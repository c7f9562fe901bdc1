"""Moves the score head's decision point, chosen on the sources the checkpoint trained on, never on a held-out one:

    python -m models.tiny_arith.calibrate CHECKPOINT --out CALIBRATED [--test-floor 0.955] [--grid-top 3.0]

On wording it never saw, the judge is too suspicious: it calls correct steps wrong far more often than it passes
wrong ones. Adding `offset` to the "correct" logit of the head's bias (score.bias[1]) makes every score
sigmoid(logit + offset), the same as reading the uncalibrated scores at threshold sigmoid(-offset); the offset is exact
in every exported variant (the bias is never quantized). The offset is the one, on a grid of 0.1 from 0 to 3 (or
`--grid-top`), with the
highest mean ProcessBench F1 over the committed records of the authors whose generators the checkpoint trained on
(its training-log.json; those records come from seeds it never drew), among offsets that keep the test split's F1 at
or above `--test-floor` (its bar 0.95, with room for the export's rounding); ties go to the smallest. Scores are read
through the q4 rounding, as probe.py reads them, so CALIBRATED holds the weights exactly as the q4 file stores them
(the model quantization-aware training made; every variant exported from it then computes what q4 computes, and
the offset suits them all), the new bias, and a training log whose "calibration" entry holds the offset, the rule
and the table it was chosen from.

When CHECKPOINT holds a result check's digit head (result_check.py), the offset is chosen on the scores the export
computes: a step's score is the lower of the head's and the check's, so a step the check caps below 0.5 is flagged at
every offset. The head's file is copied into CALIBRATED.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer
from transformers import Qwen2ForTokenClassification

from .authors import read_source, step_scores, trained_on
from .metrics import first_error_step, processbench, threshold_at
from .probe import MODEL, open_rounded, record_step_scores
from .result_check import HEAD_FILE, ResultCheck, load_head, read_at_any_offset, torch_value_and_caps
from .tokenizer import STEP


def grid(top: float) -> list[float]:
    """The offsets tried: 0, 0.1, ... up to `top`."""
    return [round(0.1 * i, 1) for i in range(round(top * 10) + 1)]


def f1_at(labels: list[int], scores: list[list[float]], offset: float) -> float:
    """ProcessBench F1 of `scores` with `offset` added to every step's logit (threshold 0.5)."""
    return processbench(labels, [first_error_step(s, threshold_at(offset)) for s in scores])["f1"]


def choose(test: tuple[list[int], list[list[float]]], trained: dict[str, tuple], floor: float, top: float = 3.0) -> tuple[float, list[dict]]:
    """The offset the rule picks on the grid up to `top` and the table it was picked from (per offset: test F1,
    trained-sources mean F1)."""
    table = []
    for offset in grid(top):
        means = [f1_at(labels, scores, offset) for labels, scores in trained.values()]
        table.append({"offset": offset, "test_f1": round(f1_at(*test, offset), 4), "trained_mean_f1": round(sum(means) / len(means), 4)})
    allowed = [row for row in table if row["test_f1"] >= floor]
    best = max(allowed, key=lambda row: (row["trained_mean_f1"], -row["offset"]))
    return best["offset"], table


class CheckedScores:
    """A rounded checkpoint's token scores as a threshold under 0.5 reads them with its result check: the score head's,
    or 0 where the check caps the token below 0.5 (the lower of the two is under 0.5 at any offset). It has
    `OnnxPrm.token_probs`'s interface, for `authors.step_scores`."""

    def __init__(self, model: Qwen2ForTokenClassification, digit_head: torch.nn.Linear, tokenizer: Tokenizer) -> None:
        self.model, self.digit_head, self.check = model, digit_head, ResultCheck(tokenizer, STEP)

    def token_probs(self, ids: list[int], start: int) -> np.ndarray:
        value, caps = torch_value_and_caps(self.model, ids, start, self.digit_head, self.check)
        return read_at_any_offset(value, caps)


def checked_step_scores(model, digit_head: torch.nn.Linear, tokenizer: Tokenizer, records: list[dict]) -> list[list[float]]:
    """Each record's step scores under `CheckedScores`."""
    return step_scores(CheckedScores(model, digit_head, tokenizer), tokenizer, records)


def write_calibrated(checkpoint: Path, out: Path, offset: float, record: dict) -> None:
    """Writes OUT: CHECKPOINT's model as the q4 file computes it (`probe.open_rounded`), `offset` added to
    score.bias[1], and `record` in its training log."""
    model = open_rounded(checkpoint)
    with torch.no_grad():
        model.score.bias[1] += offset
    model.save_pretrained(out)
    if (checkpoint / HEAD_FILE).exists():
        shutil.copy(checkpoint / HEAD_FILE, out / HEAD_FILE)
    log = json.loads((checkpoint / "training-log.json").read_text())
    log["calibration"] = record
    (out / "training-log.json").write_text(json.dumps(log, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--test-floor", type=float, default=0.955)
    parser.add_argument("--grid-top", type=float, default=3.0, help="the largest offset tried")
    args = parser.parse_args()
    torch.set_num_threads(2)
    tokenizer = Tokenizer.from_file(str(MODEL / "tokenizer.json"))
    model = open_rounded(args.checkpoint)
    digit_head = load_head(args.checkpoint)
    authors = sorted(trained_on(args.checkpoint))

    def scored(path: Path) -> tuple[list[int], list[list[float]]]:
        records = read_source(path)
        with torch.no_grad():
            scores = checked_step_scores(model, digit_head, tokenizer, records) if digit_head else record_step_scores(model, tokenizer, records)
        return [r["label"] for r in records], scores

    test = scored(MODEL / "data/test.jsonl")
    trained = {a: scored(MODEL / f"data/authors/{a}.jsonl") for a in authors}
    offset, table = choose(test, trained, args.test_floor, args.grid_top)
    record = {
        "offset": offset,
        "rule": f"the offset of highest mean F1 over the trained authors' records with test F1 >= {args.test_floor} "
        f"(q4 rounding{', scores capped by the result check' if digit_head else ''}, grid 0.1 up to {args.grid_top})",
        "authors": authors,
        "table": table,
    }
    write_calibrated(args.checkpoint, args.out, offset, record)
    print(json.dumps({"offset": offset, "table": table}))


if __name__ == "__main__":
    main()
