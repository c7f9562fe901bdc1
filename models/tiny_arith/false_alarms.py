"""Lists the right steps a model folder's q4 flags on the author sources, and which part of the judge flagged each:

    python -m models.tiny_arith.false_alarms --model models/tiny-arith-prm [--only prose-1 prose-2] [--held-out]

A record's first flagged step (threshold 0.5) is a false alarm when it comes before the record's first error (or the
record has none). Each one is printed as a JSON line: the source, the record's id, the step, the score head's value
there, the result check's cap (result_check.py; 1 where it checks nothing), `by` ("head" where the value is under
0.5, else "check"), the problem and the steps up to it. Then, per source, how many records it holds, how many false
alarms the head raised and how many the check raised.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tokenizers import Tokenizer

from .authors import read_source, reads_equations, trained_on
from .evaluate import OnnxPrm
from .tokenizer import build_sequence


def false_alarm(prm: OnnxPrm, tokenizer: Tokenizer, record: dict, view: bool) -> dict | None:
    """The first flagged step of `record` if it is a right one: its step, head value and check cap; else None."""
    seq = build_sequence(tokenizer, {**record, "error": None}, view)
    ids, start = seq["input_ids"], seq["prompt_length"]
    value, caps = prm.value_and_caps(ids, start)
    label = record["label"] if record["label"] >= 0 else len(seq["separators"])
    for step, position in enumerate(seq["separators"][:label]):
        if min(value[position], caps[position]) < 0.5:
            return {"step": step, "value": round(float(value[position]), 3), "cap": round(float(caps[position]), 3)}
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path("models/tiny-arith-prm"))
    parser.add_argument("--only", nargs="+", help="these sources only")
    parser.add_argument("--held-out", action="store_true", help="only the sources the model never trained on")
    args = parser.parse_args()
    prm = OnnxPrm(args.model / "onnx/model_q4.onnx")
    tokenizer = Tokenizer.from_file(str(args.model / "tokenizer.json"))
    trained, view = trained_on(args.model), reads_equations(args.model)
    totals = {}
    for path in sorted((args.model / "data/authors").glob("*.jsonl")):
        if (args.only and path.stem not in args.only) or (args.held_out and path.stem in trained):
            continue
        records = read_source(path)
        by = {"head": 0, "check": 0}
        for record in records:
            found = false_alarm(prm, tokenizer, record, view)
            if found:
                found["by"] = "head" if found["value"] < 0.5 else "check"
                by[found["by"]] += 1
                steps = record["steps"][: found["step"] + 1]
                print(json.dumps({"source": path.stem, "id": record.get("id"), **found, "problem": record["problem"], "steps": steps}))
        totals[path.stem] = {"records": len(records), **by}
    for source, row in totals.items():
        print(f"{source}: {row['records']} records, false alarms by the head {row['head']}, by the check {row['check']}")


if __name__ == "__main__":
    main()
