"""Quantized variants of the exported fp32 graph, made with onnxruntime's own tools (transformers.js suffixes).

- `model_int8.onnx`: `quantize_dynamic` QInt8 (MatMulInteger). WASM runs it natively; the WebGPU EP has no
  MatMulInteger kernel, so onnxruntime places those nodes on its CPU EP (correct, slower).
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

from .export import ONNX_IR_VERSION
from .manifest import VARIANT_FILES

logging.getLogger("onnxruntime.quantization").setLevel(logging.WARNING)
logging.getLogger("onnxruntime.quantization.matmul_nbits_quantizer").setLevel(logging.WARNING)



def _save(model: onnx.ModelProto, path: Path) -> None:
    model.ir_version = ONNX_IR_VERSION
    onnx.save(model, str(path))


def make_int8(fp32: Path, out: Path) -> None:
    quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=False)
    _save(onnx.load(str(out)), out)


def make_q4(fp32: Path, out: Path) -> None:
    config = DefaultWeightOnlyQuantConfig(block_size=32, is_symmetric=True, bits=4)
    quantizer = MatMulNBitsQuantizer(onnx.load(str(fp32)), algo_config=config)
    quantizer.process()
    _save(quantizer.model.model, out)


def make_fp16(fp32: Path, out: Path) -> None:
    model = convert_float_to_float16(onnx.load(str(fp32)), keep_io_types=True)
    _save(model, out)


def make_variants(onnx_dir: Path) -> dict[str, Path]:
    """Writes every variant beside `model.onnx`; returns variant name -> path."""
    fp32 = onnx_dir / VARIANT_FILES["fp32"]
    make_int8(fp32, onnx_dir / VARIANT_FILES["int8"])
    make_q4(fp32, onnx_dir / VARIANT_FILES["q4"])
    make_fp16(fp32, onnx_dir / VARIANT_FILES["fp16"])
    return {name: onnx_dir / file for name, file in VARIANT_FILES.items()}
