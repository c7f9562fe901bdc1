"""Writes `prm.json` (format steplight-prm@1, documented in models/README.md) and checks its hashes."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .tokenizer import BOS, PROMPT_TEMPLATE, STEP, STEP_SPLIT

VARIANT_FILES = {"fp32": "model.onnx", "int8": "model_int8.onnx", "q4": "model_q4.onnx", "fp16": "model_fp16.onnx"}

QUANTIZATION = {
    "fp32": ("none", "native"),
    "fp16": ("fp16 weights and compute, fp32 inputs/outputs (float16.convert_float_to_float16, keep_io_types)", "native"),
    "int8": ("8-bit dynamic, QInt8 weights, per-tensor (quantize_dynamic -> MatMulInteger)", "cpu-fallback"),
    "q4": ("4-bit weight-only, block 32, symmetric (MatMulNBitsQuantizer -> MatMulNBits)", "native"),
}
SHIPPED_FILES = ["config.json", "tokenizer.json", "tokenizer_config.json"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_manifest(folder: Path, config: dict, max_context: int, threshold: float = 0.5) -> dict:
    head_dim = config["hidden_size"] // config["num_attention_heads"]
    variants = {
        name: {"file": f"onnx/{file}", "quantization": QUANTIZATION[name][0], "webgpu": QUANTIZATION[name][1],
               **({"requires": "shader-f16"} if name == "fp16" else {})}
        for name, file in VARIANT_FILES.items()
    }
    files = SHIPPED_FILES + [v["file"] for v in variants.values()]
    manifest = {
        "format": "steplight-prm@1",
        "name": "tiny-arith-prm",
        "description": "Tiny Qwen2 token-classification PRM for the tiny-arith domain, trained from scratch.",
        "head": {"kind": "token-classification", "numLabels": 2, "positiveIndex": 1, "score": "softmax"},
        "input": {
            "kind": "steps", "bos": BOS, "prompt": PROMPT_TEMPLATE, "stepSplit": STEP_SPLIT,
            "stepTokenization": "per-step", "stepSeparator": STEP, "scoreAt": "separator",
        },
        "scoring": {"threshold": threshold, "aggregation": "min", "partialRewards": True},
        "limits": {"maxContext": max_context},
        "graph": {"numLayers": config["num_hidden_layers"], "numKvHeads": config["num_key_value_heads"], "headDim": head_dim},
        "variants": variants,
        "defaultVariant": {"webgpu": "q4", "wasm": "q4"},
        "files": {name: sha256(folder / name) for name in files},
    }
    (folder / "prm.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def check_manifest(folder: Path) -> list[str]:
    """Names of files whose sha256 differs from prm.json (empty when all match)."""
    manifest = json.loads((folder / "prm.json").read_text())
    return [name for name, digest in manifest["files"].items() if sha256(folder / name) != digest]
