"""How far each weight variant of a converted graph is from fp32: every record is laid out once from prm.json's
`input` (`layout.py`, as the runtime does), run through fp32 and through each variant at the same token ids, and
compared step by step. The result is prm.json's `variants.<name>.parity` (models/README.md)."""

from __future__ import annotations

from pathlib import Path

from tokenizers import Tokenizer

from .layout import Layout, layout
from .scores import first_error, session, step_scores


def _scores(path: Path, layouts: list[Layout], head: dict) -> list[list[float]]:
    graph = session(path)
    return [step_scores(graph, item.ids, item.positions, head, item.first) for item in layouts]


def variant_parity(paths: dict[str, Path], manifest: dict, tokenizer: Path, records: list[dict]) -> dict[str, dict]:
    """Per variant of `paths` other than fp32 (whose graph `paths["fp32"]` must be there): over `records` (each with
    `problem` and `steps`), the max and mean |step score difference| from fp32 and the share of records whose first
    error (under `manifest["scoring"]`'s threshold and rule) is fp32's. `manifest` needs `head`, `input`, `scoring`."""
    words = Tokenizer.from_file(str(tokenizer))
    layouts = [layout(manifest["input"], words, r["problem"], r["steps"]) for r in records]
    scoring = manifest["scoring"]
    threshold, rule = scoring["threshold"], scoring.get("thresholdRule", "below")
    reference = _scores(paths["fp32"], layouts, manifest["head"])
    report = {}
    for name, path in paths.items():
        if name == "fp32":
            continue
        scores = _scores(path, layouts, manifest["head"])
        gaps = [abs(a - b) for got, want in zip(scores, reference) for a, b in zip(got, want)]
        agree = sum(first_error(got, threshold, rule) == first_error(want, threshold, rule) for got, want in zip(scores, reference))
        report[name] = {
            "records": len(records),
            "maxAbsDiffVsFp32": float(f"{max(gaps):.3g}"),
            "meanAbsDiffVsFp32": float(f"{sum(gaps) / len(gaps):.3g}"),
            "firstErrorAgreement": round(agree / len(records), 4),
        }
    return report
