"""Scores the built-in model on the evaluation sources written by other authors (data/authors/, see its README):

    python -m models.tiny_arith.authors --model models/tiny-arith-prm [--variants q4 fp32] [--json out.json] [--update]
    python -m models.tiny_arith.authors --only gen-ae gen-af --update     # score new sources, keep the other rows

`--update` writes the table into the model's metrics.json and renders its card again (after a source was added).

Each source is one author's JSON Lines file; none of them is written by this recipe's own generators. Training
may draw fresh records from some authors' generators (external.py); the model's training-log.json names them,
and their rows are marked "held out: no". A source is reported alone, with its records split by `error_kind`,
and the hand-written prose sets (never trained on) also together.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from tokenizers import Tokenizer

from . import card
from .evaluate import OnnxPrm
from .metrics import first_error_step, processbench
from .tokenizer import build_sequence

#: Hand-written sources, reported together too.
PROSE = ("prose-1", "prose-2")
VARIANT_FILES = {"fp32": "model.onnx", "fp16": "model_fp16.onnx", "int8": "model_int8.onnx", "q4": "model_q4.onnx"}


def trained_on(model: Path) -> set[str]:
    """Authors whose generators any training phase of `model` drew records from (its training-log.json)."""
    log = json.loads((model / "training-log.json").read_text())
    return {a for phase in log["phases"] for a in phase.get("data", {}).get("train", {}).get("authors", [])}


def read_source(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def reads_equations(model: Path) -> bool:
    """Whether the model folder's prm.json reads steps through the equation view (step_view.py)."""
    return json.loads((model / "prm.json").read_text())["input"].get("stepView") == "equation"


def step_scores(prm: OnnxPrm, tokenizer: Tokenizer, records: list[dict], view: bool = True) -> list[list[float]]:
    """Each record's step scores under `prm` (`view`: steps read through the equation view), one record per run."""
    out = []
    for record in records:
        seq = build_sequence(tokenizer, {**record, "error": None}, view)
        probs = prm.token_probs(seq["input_ids"], seq["prompt_length"])
        out.append([float(probs[i]) for i in seq["separators"]])
    return out


def predictions(prm: OnnxPrm, tokenizer: Tokenizer, records: list[dict], view: bool = True, threshold: float = 0.5) -> list[int]:
    """The first step each record's scores put below `threshold` (-1: none)."""
    return [first_error_step(scores, threshold) for scores in step_scores(prm, tokenizer, records, view)]


def report(records: list[dict], predicted: list[int]) -> dict:
    """ProcessBench metrics and, per error kind, how many first errors were found exactly."""
    metrics = processbench([r["label"] for r in records], predicted)
    kinds: dict[str, list[int]] = {}
    for record, p in zip(records, predicted):
        hit_total = kinds.setdefault(record.get("error_kind", "?"), [0, 0])
        hit_total[0] += p == record["label"]
        hit_total[1] += 1
    metrics["by_kind"] = {k: {"exact": h, "total": t} for k, (h, t) in sorted(kinds.items())}
    return metrics


def source_rows(files: list[Path], trained: set[str], predict: Callable[[list[dict]], list[int]]) -> dict[str, dict]:
    """`report` for each source file under `predict` (records -> first-error predictions), and for the prose sets
    together when `files` holds them all; each row says whether the source is held out (not in `trained`)."""
    rows, prose_records, prose_predicted = {}, [], []
    for path in files:
        records = read_source(path)
        predicted = predict(records)
        rows[path.stem] = {**report(records, predicted), "held_out": path.stem not in trained}
        if path.stem in PROSE:
            prose_records += records
            prose_predicted += predicted
    if set(PROSE) <= {path.stem for path in files}:
        rows["prose (all)"] = {**report(prose_records, prose_predicted), "held_out": True}
    return rows


def evaluate_sources(model: Path, sources: Path, variants: list[str], only: list[str] | None = None) -> dict:
    """Each variant's rows for the sources in `sources` (those named in `only`, if given)."""
    tokenizer = Tokenizer.from_file(str(model / "tokenizer.json"))
    files = sorted(p for p in sources.glob("*.jsonl") if only is None or p.stem in only)
    trained, view = trained_on(model), reads_equations(model)
    table: dict[str, dict] = {}
    for variant in variants:
        prm = OnnxPrm(model / "onnx" / VARIANT_FILES[variant])
        table[variant] = source_rows(files, trained, lambda records, prm=prm: predictions(prm, tokenizer, records, view))
    return table


def merged(stored: dict[str, dict], new: dict[str, dict]) -> dict[str, dict]:
    """`stored` rows with `new` ones added or replaced: generated sources in name order, then the prose rows."""
    rows = {**stored, **new}
    return {**{k: rows[k] for k in sorted(rows) if not k.startswith("prose")}, **{k: r for k, r in rows.items() if k.startswith("prose")}}


def markdown(table: dict) -> str:
    lines = ["| variant | source | n | F1 | acc. on errors | acc. on correct | first error exact | held out |", "|---|---|---|---|---|---|---|---|"]
    for variant, rows in table.items():
        for source, m in rows.items():
            lines.append(
                f"| {variant} | {source} | {m['n']} | {m['f1']:.3f} | {m['acc_error']:.3f} | {m['acc_correct']:.3f} | "
                f"{m['first_error_exact']:.3f} | {'yes' if m['held_out'] else 'no'} |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path("models/tiny-arith-prm"))
    parser.add_argument("--sources", type=Path, help="folder of author sources (default MODEL/data/authors)")
    parser.add_argument("--variants", nargs="+", default=["q4", "fp32"], choices=sorted(VARIANT_FILES))
    parser.add_argument("--json", type=Path, help="also write the table here")
    parser.add_argument("--update", action="store_true", help="write the table into MODEL/metrics.json and render MODEL/README.md again")
    parser.add_argument("--only", nargs="+", help="score only these sources; --update keeps the table's other rows")
    args = parser.parse_args()
    sources = args.sources or args.model / "data/authors"
    unknown = set(args.only or []) - {p.stem for p in sources.glob("*.jsonl")}
    if unknown:
        parser.error(f"--only names no source in {sources}: {' '.join(sorted(unknown))}")
    table = evaluate_sources(args.model, sources, args.variants, args.only)
    print(markdown(table))
    if args.json:
        args.json.write_text(json.dumps(table, indent=2) + "\n")
    if args.update:
        metrics = json.loads((args.model / "metrics.json").read_text())
        if args.only:
            table = {v: merged(metrics["authors"][v], rows) for v, rows in table.items()}
        (args.model / "metrics.json").write_text(json.dumps({**metrics, "authors": table}, indent=2) + "\n")
        card.write(args.model)


if __name__ == "__main__":
    main()
