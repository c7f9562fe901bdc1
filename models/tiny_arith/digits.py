"""Which digits of a result the built-in judge reads.

Each correct test record's steps, one at a time: the step's first equation with a result of two or more digits has
one digit of that result changed by one (`245 + 141 = 376` for 386: plus or minus a power of ten, the sign that
keeps the digit count, so a carry may change the digit above too), the solution is cut after that step, and the
step is scored. The table counts the changed steps scored below 0.5, by operation and by where the digit sits: the
last digit, the leading digit, or a digit between them.

    python -m models.tiny_arith.digits [--model models/tiny-arith-prm] [--variant q4] [--update]
    python -m models.tiny_arith.digits --checkpoint CKPT     # a training checkpoint, through the q4 rounding (probe.py)

`--update` writes the table into MODEL/metrics.json ("digit_places") and renders the model card again.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from tokenizers import Tokenizer

from ..tiny_policy.equations import equations
from . import card
from .authors import VARIANT_FILES, read_source, step_scores
from .evaluate import OnnxPrm
from .probe import open_rounded, record_step_scores

#: Where the changed digit sits in the result, in the order the table lists them.
PLACES = ("last", "between", "leading")


class Change(NamedTuple):
    record: dict  # the record cut after the changed step
    step: int
    op: str
    place: str  # one of PLACES


def one_digit_changes(records: list[dict], seed: int = 0) -> list[Change]:
    """For each step of each correct record whose first equation has a result of two or more digits: that result
    with one digit, drawn at random, changed by one."""
    rng = random.Random(f"digits:{seed}")
    changes = []
    for record in (r for r in records if r["label"] == -1):
        for index, step in enumerate(record["steps"]):
            found = [e for e in equations(step) if e.holds and e.c >= 10]
            if not found:
                continue
            eq, digits = found[0], len(str(found[0].c))
            power = rng.randrange(digits)
            sign = rng.choice([-1, 1])
            wrong = next(w for w in (eq.c + sign * 10**power, eq.c - sign * 10**power) if len(str(w)) == digits)
            start, end = eq.match.span(4)
            cut = {**record, "steps": [*record["steps"][:index], step[:start] + str(wrong) + step[end:]]}
            place = "last" if power == 0 else "leading" if power == digits - 1 else "between"
            changes.append(Change(cut, index, eq.op, place))
    return changes


def flagged_by_place(changes: list[Change], score_records: Callable[[list[dict]], list[list[float]]]) -> dict[str, dict[str, int]]:
    """{"op place": {"flagged", "total"}}: how many changed steps `score_records` (records -> their step scores)
    puts below 0.5, and "all place" rows over every operation."""
    table: dict[str, dict[str, int]] = {}
    for change, scores in zip(changes, score_records([c.record for c in changes])):
        for key in (f"{change.op} {change.place}", f"all {change.place}"):
            row = table.setdefault(key, {"flagged": 0, "total": 0})
            row["flagged"] += scores[change.step] < 0.5
            row["total"] += 1
    order = {key: (op != "all", op, PLACES.index(place)) for key in table for op, place in [key.split()]}
    return {key: table[key] for key in sorted(table, key=order.__getitem__)}


def evaluate_digits(model: Path, variant: str) -> dict[str, dict[str, int]]:
    """`flagged_by_place` for MODEL's `variant` ONNX file on MODEL's test split."""
    tokenizer = Tokenizer.from_file(str(model / "tokenizer.json"))
    prm = OnnxPrm(model / "onnx" / VARIANT_FILES[variant])
    return flagged_by_place(one_digit_changes(read_source(model / "data/test.jsonl")), lambda records: step_scores(prm, tokenizer, records))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path("models/tiny-arith-prm"))
    parser.add_argument("--variant", default="q4", choices=sorted(VARIANT_FILES))
    parser.add_argument("--checkpoint", type=Path, help="score this training checkpoint (q4-rounded) instead of MODEL's ONNX file")
    parser.add_argument("--update", action="store_true", help="write the table into MODEL/metrics.json and render MODEL/README.md again")
    args = parser.parse_args()
    if args.checkpoint:
        tokenizer = Tokenizer.from_file(str(args.model / "tokenizer.json"))
        model = open_rounded(args.checkpoint)
        changes = one_digit_changes(read_source(args.model / "data/test.jsonl"))
        table = flagged_by_place(changes, lambda records: record_step_scores(model, tokenizer, records))
    else:
        table = evaluate_digits(args.model, args.variant)
    print(json.dumps({"judge": str(args.checkpoint or f"{args.model} {args.variant}"), "flagged": table}))
    if args.update:
        metrics = json.loads((args.model / "metrics.json").read_text())
        (args.model / "metrics.json").write_text(json.dumps({**metrics, "digit_places": {args.variant: table}}, indent=2) + "\n")
        card.write(args.model)


if __name__ == "__main__":
    main()
