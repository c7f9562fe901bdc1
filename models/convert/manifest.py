"""Writes and checks `prm.json` (format steplight-prm@1, every field documented in models/README.md)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

VARIANT_FILES = {"fp32": "model.onnx", "int8": "model_int8.onnx", "q4": "model_q4.onnx", "fp16": "model_fp16.onnx"}

# variant -> (how it was quantized, how the WebGPU EP runs it)
QUANTIZATION = {
    "fp32": ("none", "native"),
    "fp16": ("fp16 weights and compute, fp32 inputs/outputs (float16.convert_float_to_float16, keep_io_types)", "native"),
    "int8": ("8-bit dynamic, QInt8 weights, per-tensor (quantize_dynamic -> MatMulInteger)", "cpu-fallback"),
    "q4": ("4-bit weight-only, block 32, symmetric (MatMulNBitsQuantizer -> MatMulNBits)", "native"),
}
TOKENIZER_FILES = ["config.json", "tokenizer.json", "tokenizer_config.json"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def variant_entries(folder: Path, names: list[str], parity: dict[str, dict], gpu: dict[str, dict] | None = None) -> dict:
    """The `variants` section for the shipped variant names (with their `_data` weight files, if any, their
    `parity` against fp32 where `parity` has it, and their WebGPU graph where `gpu` has one)."""
    entries = {}
    for name in names:
        file = f"onnx/{VARIANT_FILES[name]}"
        entries[name] = {"file": file, "quantization": QUANTIZATION[name][0], "webgpu": QUANTIZATION[name][1]}
        if (folder / f"{file}_data").exists():
            entries[name]["externalData"] = f"{file}_data"
        if name == "fp16":
            entries[name]["requires"] = "shader-f16"
        if name in parity:
            entries[name]["parity"] = parity[name]
        if gpu and name in gpu:
            entries[name]["gpu"] = gpu[name]
    return entries


def graph_shape(config: dict) -> dict:
    head_dim = config.get("head_dim") or config["hidden_size"] // config["num_attention_heads"]
    return {"numLayers": config["num_hidden_layers"], "numKvHeads": config["num_key_value_heads"], "headDim": head_dim}


def write_manifest(
    folder: Path, manifest: dict, variants: list[str], default_variant: str, parity: dict[str, dict], gpu: dict[str, dict] | None = None
) -> dict:
    """Completes `manifest` (name, description, head, input, scoring, limits, graph) with the variants, their
    parity against fp32 (`report.variant_parity`), their defaults and the sha256 of every file, and writes it as
    `folder/prm.json`. `gpu` holds the WebGPU graph entries of `gpu_graph.export_gpu_graphs`."""
    entries = variant_entries(folder, variants, parity, gpu)
    graphs = [entry for entry in entries.values()] + [entry["gpu"] for entry in entries.values() if "gpu" in entry]
    paths = [path for entry in graphs for path in (entry["file"], entry.get("externalData"), entry.get("buffers")) if path]
    files = TOKENIZER_FILES + list(dict.fromkeys(paths))
    full = {
        "format": "steplight-prm@1",
        **manifest,
        "variants": entries,
        "defaultVariant": {"webgpu": default_variant, "wasm": default_variant},
        "files": {name: sha256(folder / name) for name in files},
    }
    save_manifest(folder, full)
    return full


def save_manifest(folder: Path, manifest: dict) -> None:
    """Writes `manifest` as `folder/prm.json` (also after a later step changed a file it hashes)."""
    (folder / "prm.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")


def check_manifest(folder: Path) -> list[str]:
    """Names of files whose sha256 differs from prm.json (empty when all match)."""
    manifest = json.loads((folder / "prm.json").read_text())
    return [name for name, digest in manifest["files"].items() if sha256(folder / name) != digest]
