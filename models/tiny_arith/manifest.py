"""The built-in model's `prm.json` (format steplight-prm@1, documented in models/README.md)."""

from __future__ import annotations

from pathlib import Path

from ..convert.manifest import VARIANT_FILES, graph_shape, write_manifest
from ..convert.report import variant_parity
from .result_check import ResultCheck, manifest_entry
from .tokenizer import BOS, PROMPT_TEMPLATE, STEP, STEP_SPLIT

#: What the built-in model judges (models/tiny-arith-prm/DOMAIN.md), shown by pages next to out-of-domain text.
DOMAIN_SUMMARY = (
    "Arithmetic word problems in plain English: a starting count, one to five changes (add, subtract, "
    "multiply, divide) and one question about the final count, solved one equation per step."
)


def write_tiny_manifest(
    folder: Path, config: dict, max_context: int, test: list[dict], threshold: float = 0.5, gpu: dict | None = None, check: ResultCheck | None = None
) -> dict:
    """Writes `folder/prm.json`, each variant's `parity` measured against fp32 on the test split `test` (the converter's
    generic records lie outside the model's domain; the score head's steps, before the result check caps them), the
    WebGPU graphs `gpu` (see gpu.py) and the result check `check` (result_check.py) when the graph carries one."""
    manifest = {
        "name": "tiny-arith-prm",
        "description": "Tiny Qwen2 token-classification PRM for the tiny-arith domain, trained from scratch.",
        "head": {"kind": "token-classification", "numLabels": 2, "positiveIndex": 1, "score": "softmax"},
        "input": {
            "kind": "steps",
            "bos": BOS,
            "specialTokens": [BOS, STEP],
            "prompt": PROMPT_TEMPLATE,
            "stepSplit": STEP_SPLIT,
            "stepTokenization": "per-step",
            "stepSeparator": STEP,
            "scoreAt": "separator",
            "stepView": "equation",
        },
        "scoring": {"threshold": threshold, "aggregation": "min", "partialRewards": True},
        "limits": {"maxContext": max_context},
        "graph": graph_shape(config),
        "domain": {"kind": "tiny-arith", "summary": DOMAIN_SUMMARY},
        **({"resultCheck": manifest_entry(check)} if check else {}),
    }
    paths = {name: folder / "onnx" / file for name, file in VARIANT_FILES.items()}
    parity = variant_parity(paths, manifest, folder / "tokenizer.json", test)
    return write_manifest(folder, manifest, list(VARIANT_FILES), "q4", parity, gpu)
