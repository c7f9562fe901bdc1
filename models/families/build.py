"""Builds the family parity fixtures: for every family a random-weight HF folder (`stand_ins`), the reference step
scores of the authors' procedure (`reference`), the Steplight folder made by the converter (fp32 and q4), and
`parity.json`, which src/families.fixtures.test.ts checks the TypeScript runtime against.

    .venv/bin/python -m models.families.build --out models/families/build
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from tokenizers import Tokenizer

from ..convert.convert import convert
from ..convert.families import FAMILIES, Options
from ..convert.layout import layout
from ..convert.records import RECORDS
from ..convert.scores import first_error, session, step_scores
from . import reference, stand_ins

# Inputs where the authors' code departs from the plain layout: leading spaces in the problem and padded steps, a step
# over two lines, and the Math-Shepherd step tag inside a step's text.
INPUT_CLASSES = [
    {"problem": "   Sam has 4 coins and finds 3 more.  How many coins now?", "steps": ["  He finds 3, so 4 + 3 = 7.  ", "\tSo the answer is 7. "]},
    {"problem": "What is (2 + 2) * 3?", "steps": ["First 2 + 2 = 4.\nThen 4 * 3 = 12.", "The answer is 12."]},
    {"problem": "What is 5 + 6?", "steps": ["Add them: 5 + 6 ки = 11.", "So the answer is 11."]},
]
# The implicit stand-in's reward scale: its random policy and reference differ less than trained ones do.
IMPLICIT_COEF = 0.2
# Threshold margin: no reference step score may sit this close to the threshold (first-error indices stay stable).
MARGIN = 2e-3


def score(family: str, model, tokenizer, problem: str, steps: list[str]) -> dict:
    if family == "implicit":
        return reference.implicit(*model, tokenizer, problem, steps, IMPLICIT_COEF)
    if family == "qwen2.5-math-prm":
        return reference.qwen_prm(model, tokenizer, problem, steps)
    if family == "skywork-prm":
        return reference.skywork(model, tokenizer, problem, "\n".join(steps))
    if family == "math-shepherd":
        return reference.math_shepherd(model, tokenizer, problem, steps)
    if family == "rlhflow":
        return reference.rlhflow(model, tokenizer, problem, steps)
    return reference.trl(model, tokenizer, problem, steps, pure=family == "pure")


def stream_text(spec: dict, steps: list[str]) -> str | None:
    """The solution text a stream writes for `steps`: the steps joined at `stepSplit`, or None when cutting that text
    as prm.json says gives other steps than the authors score (a multi-line step where lines are steps)."""
    split, trim, keep = spec["stepSplit"], spec.get("trimSteps", spec["kind"] == "steps"), spec.get("keepEmptySteps", False)

    def cut(parts: list[str]) -> list[str]:
        parts = [p.strip() if trim else p for p in parts]
        return parts if keep else [p for p in parts if p != ""]

    text = split.join(steps)
    expected = cut(text.split(split)) if spec.get("splitGivenSteps") else [s.strip() if trim else s for s in steps]
    return text if cut(text.split(split)) == expected else None


def build_family(family: str, out: Path) -> dict:
    started = time.time()
    source = out / "hf" / family
    model, tokenizer = stand_ins.build(family, source)
    options = Options(reference=source / "reference", coef=IMPLICIT_COEF) if family == "implicit" else Options()
    manifest = convert(source, out / family, family, ["fp32", "q4"], options)
    threshold, rule = manifest["scoring"]["threshold"], manifest["scoring"]["thresholdRule"]
    graph = session(out / family / "onnx/model.onnx")
    words = Tokenizer.from_file(str(out / family / "tokenizer.json"))
    records = []
    for record in RECORDS + INPUT_CLASSES:
        ref = score(family, model, tokenizer, record["problem"], record["steps"])
        close = [s for s in ref["step_scores"] if abs(s - threshold) < MARGIN]
        assert not close, f"{family}: reference scores {close} too close to the threshold; change the seed"
        got = step_scores(graph, ref["input_ids"], ref["positions"], manifest["head"], ref.get("first", 0))
        gap = max(abs(a - b) for a, b in zip(got, ref["step_scores"]))
        assert gap <= 1e-4, f"{family}: converted fp32 graph differs from the reference by {gap:.2e}"
        predicted = first_error(ref["step_scores"], threshold, rule)
        records.append({**record, "text": stream_text(manifest["input"], record["steps"]), **ref, "first_error": predicted, "onnx_max_abs_diff": gap})
    if family == "skywork-prm":
        # Skywork scores empty lines too: one record whose response has a blank line, streamed as text.
        response = "First line: 2 + 2 = 4.\n\nThen 4 * 3 = 12.\nThe answer is 12."
        ref = reference.skywork(model, tokenizer, "What is (2 + 2) * 3?", response)
        records.append(
            {
                "problem": "What is (2 + 2) * 3?",
                "steps": response.split("\n"),
                "text": response,
                **ref,
                "first_error": first_error(ref["step_scores"], threshold, rule),
                "onnx_max_abs_diff": None,
            }
        )
    for record in records:  # the converter's parity report lays records out in Python: as the authors do
        ours = layout(manifest["input"], words, record["problem"], record["steps"])
        expected = (record["positions"], record["input_ids"][: len(ours.ids)], record.get("first", 0))
        assert (ours.positions, ours.ids, ours.first) == expected, f"{family}: convert/layout.py differs from the reference"
    fixture = {"family": family, "threshold": threshold, "records": records, "build_s": round(time.time() - started, 1)}
    (out / family / "parity.json").write_text(json.dumps(fixture, indent=1, ensure_ascii=False) + "\n")
    return fixture


def build_external_data_copy(out: Path) -> None:
    """The trl stand-in converted again with every weight in `<file>_data` (as graphs over 2 GB are), so the tests
    cover the runtime's external-data loading; same reference scores."""
    fixture = json.loads((out / "trl" / "parity.json").read_text())
    convert(out / "hf" / "trl", out / "trl-external-data", "trl", ["fp32", "q4"], Options(), inline_limit=0)
    assert (out / "trl-external-data/onnx/model.onnx_data").exists()
    fixture["family"] = "trl-external-data"
    (out / "trl-external-data" / "parity.json").write_text(json.dumps(fixture, indent=1, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("models/families/build"))
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES), help="only these (default: all)")
    args = parser.parse_args()
    for family in args.family or sorted(FAMILIES):
        fixture = build_family(family, args.out)
        gaps = [r["onnx_max_abs_diff"] for r in fixture["records"] if r["onnx_max_abs_diff"] is not None]
        print(f"{family}: {len(fixture['records'])} records, fp32 graph vs reference max |diff| {max(gaps):.1e}, {fixture['build_s']} s")
    if (args.out / "trl" / "parity.json").exists():
        build_external_data_copy(args.out)


if __name__ == "__main__":
    main()
