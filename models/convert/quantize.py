"""Weight variants of an exported fp32 graph, made with onnxruntime's own tools (transformers.js suffixes).

- `model_int8.onnx`: `quantize_dynamic` QInt8 (MatMulInteger). WASM runs it natively; the WebGPU EP has no
  MatMulInteger kernel, so onnxruntime places those nodes on its CPU EP (correct, slower). The MLP's down
  projections stay fp32 (`INT8_KEEP`): their input, the gated activation, has outliers that one dynamic int8 scale per
  tensor cannot hold (the built-in phase 44: first-error agreement with fp32 0.895 with them quantized, 0.98 without;
  one weight scale per channel does not help, 0.888).
- `model_q4.onnx`: `MatMulNBitsQuantizer`, 4 bits, block 32, symmetric (MatMulNBits), native on WebGPU and WASM.
- `model_fp16.onnx`: fp16 weights and compute with fp32 inputs/outputs; WebGPU only when the adapter has
  `shader-f16`.
"""

from __future__ import annotations

import logging
from pathlib import Path

import onnx
from onnxruntime.quantization import QuantType, quantize_dynamic
from onnxruntime.quantization.matmul_nbits_quantizer import DefaultWeightOnlyQuantConfig, MatMulNBitsQuantizer
from onnxruntime.transformers.float16 import convert_float_to_float16

from .manifest import VARIANT_FILES
from .onnx_io import INLINE_LIMIT, save_for_web

logging.getLogger("onnxruntime.quantization").setLevel(logging.WARNING)
logging.getLogger("onnxruntime.quantization.matmul_nbits_quantizer").setLevel(logging.WARNING)


#: The MatMul nodes (by a part of their name) that the int8 variant keeps in fp32.
INT8_KEEP = ("down_proj",)


def make_int8(fp32: Path, out: Path, inline_limit: int) -> None:
    kept = [node.name for node in onnx.load(str(fp32), load_external_data=False).graph.node if any(part in node.name for part in INT8_KEEP)]
    quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=False, use_external_data_format=True, nodes_to_exclude=kept)
    save_for_web(onnx.load(str(out)), out, inline_limit)
    for leftover in out.parent.glob(f"{out.name}.data"):
        leftover.unlink()


def make_q4(fp32: Path, out: Path, inline_limit: int) -> None:
    config = DefaultWeightOnlyQuantConfig(block_size=32, is_symmetric=True, bits=4)
    quantizer = MatMulNBitsQuantizer(onnx.load(str(fp32)), algo_config=config)
    quantizer.process()
    save_for_web(quantizer.model.model, out, inline_limit)


def make_fp16(fp32: Path, out: Path, inline_limit: int) -> None:
    save_for_web(convert_float_to_float16(onnx.load(str(fp32)), keep_io_types=True), out, inline_limit)


MAKERS = {"int8": make_int8, "q4": make_q4, "fp16": make_fp16}


def make_variants(onnx_dir: Path, names: list[str] | None = None, inline_limit: int = INLINE_LIMIT) -> dict[str, Path]:
    """Writes the named variants (default: all) beside `model.onnx`; returns variant name -> path, fp32 included."""
    fp32 = onnx_dir / VARIANT_FILES["fp32"]
    wanted = names or list(VARIANT_FILES)
    for name in wanted:
        if name != "fp32":
            MAKERS[name](fp32, onnx_dir / VARIANT_FILES[name], inline_limit)
    return {name: onnx_dir / VARIANT_FILES[name] for name in ["fp32", *wanted] if name in VARIANT_FILES}
