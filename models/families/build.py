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

import numpy as np
import onnxruntime as ort

from ..convert.convert import convert
from ..convert.families import FAMILIES, Options
from . import reference, stand_ins

RECORDS = [
    {
        "problem": "Tom has 12 pens and buys 7 more. How many pens does he have now?",
        "steps": ["He buys 7 more, so he has 12 + 7 = 19 pens.", "The answer is 19."],
    },
    {
        "problem": "Compute $\\frac{3}{4} \\cdot 8$.",
        "steps": ["Multiply: $\\frac{3}{4} \\cdot 8 = \\frac{24}{4}$.", "Then $\\frac{24}{4} = 6$.", "So the answer is $\\boxed{6}$."],
    },
    {
        "problem": "Ана has 5 apples 🍎 and eats 2. Then she doubles what is left. How many?",
        "steps": ["She eats 2: 5 - 2 = 3.", "Doubling gives 3 * 2 = 6.", "Check: 6 / 2 = 3, fine.", "The answer is 6."],
    },
    {
        "problem": "A train travels 60 km/h for 2.5 hours (then stops). How far does it go?",
        "steps": [
            "Distance = speed × time.",
            "60 × 2.5 = 150 km.",
            "Wait, 60 × 2 = 120 and 60 × 0.5 = 30; 120 + 30 = 150.",
            "It travels 150 km.",
            "Final answer: 150",
        ],
    },
]
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


def onnx_scores(path: Path, ids: list[int], positions: list[int], head: dict, first: int = 0) -> list[float]:
    """Step scores of the converted graph at the reference's token ids (onnxruntime, CPU); implicit PRMs count
    rewards from row `first` on."""
    session = ort.InferenceSession(str(path))
    feeds = {"input_ids": np.array([ids]), "attention_mask": np.ones((1, len(ids)), np.int64), "position_ids": np.arange(len(ids))[None]}
    for item in session.get_inputs():
        if item.name.startswith("past_key_values"):
            feeds[item.name] = np.zeros((1, item.shape[1], 0, item.shape[3]), np.float32)
        if item.name == "target_ids":
            feeds[item.name] = np.array([ids[1:] + [0]])
    rows = session.run(["logits"], feeds)[0][0].astype(np.float64)
    if head["kind"] == "implicit":
        raw = head["coef"] * (rows[:, 0] - rows[:, 1])
        raw[:first] = 0.0
        return list(1 / (1 + np.exp(-np.cumsum(raw)[positions])))
    logits = rows[positions]
    if head["kind"] == "value":
        return list(1 / (1 + np.exp(-logits[:, 0])))
    probs = np.exp(logits - logits.max(-1, keepdims=True))
    probs /= probs.sum(-1, keepdims=True)
    if head["kind"] == "label-tokens":
        return list(probs[:, 0])
    return list(probs[:, 1] - probs[:, 0] if head["score"] == "p1-p0" else probs[:, 1])


def build_family(family: str, out: Path) -> dict:
    started = time.time()
    source = out / "hf" / family
    model, tokenizer = stand_ins.build(family, source)
    options = Options(reference=source / "reference", coef=IMPLICIT_COEF) if family == "implicit" else Options()
    manifest = convert(source, out / family, family, ["fp32", "q4"], options)
    threshold, rule = manifest["scoring"]["threshold"], manifest["scoring"]["thresholdRule"]
    records = []
    for record in RECORDS + INPUT_CLASSES:
        ref = score(family, model, tokenizer, record["problem"], record["steps"])
        close = [s for s in ref["step_scores"] if abs(s - threshold) < MARGIN]
        assert not close, f"{family}: reference scores {close} too close to the threshold; change the seed"
        got = onnx_scores(out / family / "onnx/model.onnx", ref["input_ids"], ref["positions"], manifest["head"], ref.get("first", 0))
        gap = max(abs(a - b) for a, b in zip(got, ref["step_scores"]))
        assert gap <= 1e-4, f"{family}: converted fp32 graph differs from the reference by {gap:.2e}"
        first_error = reference.first_error(ref["step_scores"], threshold, rule)
        records.append({**record, "text": stream_text(manifest["input"], record["steps"]), **ref, "first_error": first_error, "onnx_max_abs_diff": gap})
    if family == "skywork-prm":
        # Skywork scores empty lines too: one record whose response has a blank line, streamed as text.
        response = "First line: 2 + 2 = 4.\n\nThen 4 * 3 = 12.\nThe answer is 12."
        ref = reference.skywork(model, tokenizer, "What is (2 + 2) * 3?", response)
        first_error = reference.first_error(ref["step_scores"], threshold, rule)
        records.append(
            {"problem": "What is (2 + 2) * 3?", "steps": response.split("\n"), "text": response, **ref, "first_error": first_error, "onnx_max_abs_diff": None}
        )
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
