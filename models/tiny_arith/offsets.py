"""Reads a model folder's q4 scores on every author source as if its calibration offset were moved:

    python -m models.tiny_arith.offsets --model models/tiny-arith-prm --moves 0,0.5,1,1.5,2

A move of d reads every step's score at threshold sigmoid(-d) (`metrics.threshold_at`, as calibrate.py reads
offsets), which is what an offset d larger does to the score head. The result check (result_check.py) does not move
with the offset, so a step it caps below 0.5 is read as flagged at every move (as calibrate.py's `CheckedScores` reads
it): the reading is exact. Prints, per source, F1 and the share of
right records called right at each move, then per move the mean F1 of the held-out sources (each prose half its own
row) and of the trained ones, and how many held-out sources reach F1 >= 0.90 and right records >= 0.90.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from .authors import read_source, step_scores, trained_on
from .evaluate import OnnxPrm
from .metrics import first_error_step, processbench, threshold_at
from .result_check import read_at_any_offset


class CheckedOnnxScores:
    """An exported model's token scores as a moved threshold reads them: the score head's, or 0 where the result
    check caps the token below 0.5. It has `OnnxPrm.token_probs`'s interface, for `authors.step_scores`."""

    def __init__(self, prm: OnnxPrm) -> None:
        self.prm = prm

    def token_probs(self, ids: list[int], start: int) -> np.ndarray:
        value, caps = self.prm.value_and_caps(ids, start)
        return read_at_any_offset(value, caps)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path("models/tiny-arith-prm"))
    parser.add_argument("--moves", default="0,0.5,1,1.5,2", help="logit moves, comma-separated")
    args = parser.parse_args()
    moves = [float(m) for m in args.moves.split(",")]
    prm = CheckedOnnxScores(OnnxPrm(args.model / "onnx/model_q4.onnx"))
    tokenizer = Tokenizer.from_file(str(args.model / "tokenizer.json"))
    trained = trained_on(args.model)
    rows: dict[str, list[tuple[float, float]]] = {}
    for path in sorted((args.model / "data/authors").glob("*.jsonl")):
        records = read_source(path)
        scores = step_scores(prm, tokenizer, records)
        labels = [r["label"] for r in records]
        rows[path.stem] = []
        for move in moves:
            metrics = processbench(labels, [first_error_step(steps, threshold_at(move)) for steps in scores])
            rows[path.stem].append((round(metrics["f1"], 3), round(metrics["acc_correct"], 3)))
        print(path.stem, "trained" if path.stem in trained else "held out", rows[path.stem], flush=True)
    held = [name for name in rows if name not in trained]
    for i, move in enumerate(moves):
        at_bar = sum(rows[n][i][0] >= 0.9 and rows[n][i][1] >= 0.9 for n in held)
        held_mean = sum(rows[n][i][0] for n in held) / len(held)
        trained_mean = sum(rows[n][i][0] for n in trained) / len(trained)
        print(f"move {move:+.1f}: held-out mean F1 {held_mean:.4f}, trained {trained_mean:.4f}, held-out sources at the bar {at_bar}")


if __name__ == "__main__":
    main()
