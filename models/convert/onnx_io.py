"""Saving ONNX files the way onnxruntime-web and transformers.js load them."""

from __future__ import annotations

from pathlib import Path

import onnx

# onnxruntime-web 1.30 accepts IR versions up to 13; onnx >= 1.19 writes newer ones by default.
ONNX_IR_VERSION = 10
OPSET = 17
# Protobuf cannot hold more than 2 GiB: larger graphs keep their weights in `<file>_data` (transformers.js naming).
INLINE_LIMIT = 1_900_000_000


def weight_bytes(model: onnx.ModelProto) -> int:
    return sum(len(t.raw_data) or onnx.numpy_helper.to_array(t).nbytes for t in model.graph.initializer)


def save_for_web(model: onnx.ModelProto, path: Path, inline_limit: int = INLINE_LIMIT) -> None:
    """Saves with an IR version onnxruntime-web accepts: weights inline, or in one `<name>_data` file when they
    reach `inline_limit` bytes (2 GB less a margin by default)."""
    model.ir_version = ONNX_IR_VERSION
    if weight_bytes(model) < inline_limit:
        onnx.save(model, str(path))
    else:
        onnx.save(model, str(path), save_as_external_data=True, all_tensors_to_one_file=True, location=f"{path.name}_data", size_threshold=1024)
        (path.parent / f"{path.name}_data").chmod(0o644)  # onnx writes it owner-only; web servers must read it
