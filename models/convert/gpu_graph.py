"""The decoder graph written for WebGPU: onnxruntime contrib ops and a static key/value cache.

onnxruntime-web's WebGPU execution provider pays a dispatch per kernel, so `graph.py`'s plain-op graph (RMSNorm as
Pow/ReduceMean/..., rotary by Gather/Mul, the mask rebuilt every run) spends a one-token step dispatching. This graph
uses the contrib ops the WebGPU EP has kernels for: `SimplifiedLayerNormalization` and
`SkipSimplifiedLayerNormalization` (the residual add folded into the norm), one stacked q/k/v product per layer
(`MatMulNBits` once quantized), and `GroupQueryAttention` with rotary inside, reading and writing a key/value buffer
of fixed capacity in place. A rollback rewinds the length the next run writes at, so there is no mask.

Inputs:  input_ids [1, s] int64, seqlens_k [1] int32 (tokens in the cache after this run, minus 1),
         past_key_values.{i}.key|value [1, kv_heads, capacity, head_dim]
Outputs: logits [1, s, head width], present.{i}.key|value: the past buffers, written at the run's slots
         (bind each present to its past buffer, as onnxruntime-genai does with past_present_share_buffer)
The positions of the run's tokens are the cache slots they are written at. GroupQueryAttention's
total_sequence_length is the capacity, a constant, so one-token steps have static shapes and inputs and can
replay a captured graph; `seqlens_k` tells it how much of the buffer is live. Heads whose size is not a multiple of
16 (GroupQueryAttention's rotary needs it) are padded with zeros, and the padding is dropped again before o_proj.

`gpu_buffers.onnx` beside it has no inputs and outputs one zero-filled tensor per input and output of a one-token
step: the runtime runs it for buffers onnxruntime-web owns, the only kind a captured graph can replay with
(buffers the page creates are unregistered after every run).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper
from torch import nn

from .graph import CachedDecoder
from .onnx_io import OPSET, save_for_web
from .quantize import make_q4

MS = "com.microsoft"


class _Builder:
    """Nodes and initializers of one graph, with unique value names."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[onnx.TensorProto] = []

    def const(self, name: str, value: np.ndarray) -> str:
        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def node(self, op: str, inputs: list[str], outputs: list[str], domain: str = "", **attrs) -> list[str]:
        self.nodes.append(helper.make_node(op, inputs, outputs, name=outputs[0] or op, domain=domain, **attrs))
        return outputs

    def matmul(self, x: str, linear: nn.Linear | torch.Tensor, name: str) -> str:
        """x @ W^T (+ bias): quantizers turn the MatMul with a constant right-hand side into MatMulNBits."""
        weight = linear if isinstance(linear, torch.Tensor) else linear.weight
        out = self.node("MatMul", [x, self.const(f"{name}.weight", weight.detach().float().T.numpy())], [name])[0]
        bias = None if isinstance(linear, torch.Tensor) else linear.bias
        if bias is None:
            return out
        return self.node("Add", [out, self.const(f"{name}.bias", bias.detach().float().numpy())], [f"{name}.biased"])[0]


def _norm_eps(norm: nn.Module) -> float:
    return float(getattr(norm, "variance_epsilon", getattr(norm, "eps", 1e-6)))


def padded_head_dim(dim: int) -> int:
    """onnxruntime's GroupQueryAttention rotates heads whose size is a multiple of 16 only: the graph pads heads to it."""
    return -(-dim // 16) * 16


def _pad_rows(weight: torch.Tensor, dim: int, padded: int) -> torch.Tensor:
    """`weight`'s leading axis, one block of `dim` per head, spread to `padded` per head with zero rows: the first
    half of a head at its start, the second half at the middle, so rotary pairs (j, j + half) stay paired."""
    heads, half, padded_half = weight.shape[0] // dim, dim // 2, padded // 2
    out = weight.new_zeros((heads, padded, *weight.shape[1:]))
    blocks = weight.reshape(heads, dim, *weight.shape[1:])
    out[:, :half] = blocks[:, :half]
    out[:, padded_half : padded_half + half] = blocks[:, half:]
    return out.reshape(heads * padded, *weight.shape[1:])


def _padded_linear(linear: nn.Linear, dim: int, padded: int) -> nn.Linear:
    """A q/k/v projection whose heads are padded to `padded` (zero rows)."""
    out = nn.Linear(linear.in_features, linear.out_features // dim * padded, bias=linear.bias is not None)
    out.weight = nn.Parameter(_pad_rows(linear.weight.detach().float(), dim, padded), requires_grad=False)
    if linear.bias is not None:
        out.bias = nn.Parameter(_pad_rows(linear.bias.detach().float(), dim, padded), requires_grad=False)
    return out


def _real_columns(heads: int, dim: int, padded: int) -> np.ndarray:
    """Where each column of unpadded heads sits among padded ones (see `_pad_rows`)."""
    half = dim // 2
    within = np.concatenate([np.arange(half), padded // 2 + np.arange(dim - half)])
    return (np.arange(heads)[:, None] * padded + within[None, :]).reshape(-1).astype(np.int64)


def _rotary_caches(wrapper: CachedDecoder, capacity: int, padded: int) -> tuple[np.ndarray, np.ndarray]:
    """cos and sin [capacity, padded / 2] at positions 0..capacity-1 (the backbone's frequencies and scaling; the
    padding's columns rotate nothing)."""
    freqs = torch.arange(capacity, dtype=torch.float32).unsqueeze(-1) * wrapper.inv_freq.unsqueeze(0)
    cos = torch.ones(capacity, padded // 2)
    sin = torch.zeros(capacity, padded // 2)
    cos[:, : freqs.shape[1]] = freqs.cos() * wrapper.rope_scale
    sin[:, : freqs.shape[1]] = freqs.sin() * wrapper.rope_scale
    return cos.numpy(), sin.numpy()


@torch.no_grad()
def _head_graph(head: nn.Module, hidden: int) -> onnx.GraphProto:
    """The PRM head alone (hidden states -> logits), traced by the exporter."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "head.onnx"
        dummy = torch.zeros(1, 3, hidden)
        torch.onnx.export(
            head.eval(),
            (dummy,),
            str(path),
            input_names=["hidden"],
            output_names=["logits"],
            dynamic_axes={"hidden": {1: "sequence_length"}, "logits": {1: "sequence_length"}},
            opset_version=OPSET,
            dynamo=False,
        )
        return onnx.load(str(path)).graph


def _append_head(b: _Builder, head: nn.Module, hidden_in: str, hidden: int) -> None:
    """Copies the head's nodes and weights into `b`, reading `hidden_in` and writing `logits`."""
    graph = _head_graph(head, hidden)
    rename = {"hidden": hidden_in, "logits": "logits"}

    def name(value: str) -> str:
        return rename.get(value, f"head/{value}") if value else ""

    for tensor in graph.initializer:
        copy = onnx.TensorProto()
        copy.CopyFrom(tensor)
        copy.name = name(tensor.name)
        b.initializers.append(copy)
    for node in graph.node:
        copy = onnx.NodeProto()
        copy.CopyFrom(node)
        copy.name = f"head/{node.name}"
        copy.input[:] = [name(v) for v in node.input]
        copy.output[:] = [name(v) for v in node.output]
        b.nodes.append(copy)


@torch.no_grad()
def build_gpu_graph(wrapper: CachedDecoder, capacity: int) -> onnx.ModelProto:
    """The WebGPU decoder graph (fp32) of `wrapper`'s backbone and head, with a key/value buffer of `capacity` slots."""
    base = wrapper.base
    config = base.config
    if getattr(config, "hidden_act", "silu") != "silu":
        raise SystemExit(f"the WebGPU graph supports SiLU MLPs only, not {config.hidden_act}")
    hidden = config.hidden_size
    heads, kv_heads, dim = wrapper.heads, wrapper.kv_heads, wrapper.head_dim
    padded = padded_head_dim(dim)
    b = _Builder()
    cos, sin = _rotary_caches(wrapper, capacity, padded)
    b.const("cos_cache", cos)
    b.const("sin_cache", sin)
    x = b.node("Gather", [b.const("embed_tokens.weight", base.embed_tokens.weight.float().numpy()), "input_ids"], ["embedded"])[0]
    residual, delta = x, None
    unpadded = b.const("unpadded_columns", _real_columns(heads, dim, padded)) if padded != dim else ""
    b.const("total_sequence_length", np.array(capacity, np.int32))
    inputs = [
        helper.make_tensor_value_info("input_ids", TensorProto.INT64, [1, "sequence_length"]),
        helper.make_tensor_value_info("seqlens_k", TensorProto.INT32, [1]),
    ]
    cache_shape = [1, kv_heads, capacity, padded]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, "sequence_length", None])]

    def norm(weight: nn.Module, name: str) -> str:
        """RMSNorm of the residual stream after adding `delta` to it (the first layer's norm has nothing to add)."""
        nonlocal residual, delta
        w = b.const(f"{name}.weight", weight.weight.float().numpy())
        if delta is None:
            return b.node("SimplifiedLayerNormalization", [residual, w], [f"{name}.out"], axis=-1, epsilon=_norm_eps(weight))[0]
        out, residual = b.node(
            "SkipSimplifiedLayerNormalization", [delta, residual, w], [f"{name}.out", "", "", f"{name}.residual"], domain=MS, epsilon=_norm_eps(weight)
        )[::3]
        return out

    for i, layer in enumerate(base.layers):
        attn, mlp, p = layer.self_attn, layer.mlp, f"layers.{i}"
        h = norm(layer.input_layernorm, f"{p}.input_layernorm")
        projections = [
            _padded_linear(proj, dim, padded) for proj in (attn.q_proj, attn.k_proj, attn.v_proj)
        ]  # three products off one norm: onnxruntime's WebGPU EP fuses them (MatMulNBitsQkv)
        q, k, v = (b.matmul(h, proj, f"{p}.{name}") for proj, name in zip(projections, ("q_proj", "k_proj", "v_proj")))
        past_k, past_v = f"past_key_values.{i}.key", f"past_key_values.{i}.value"
        inputs += [helper.make_tensor_value_info(n, TensorProto.FLOAT, cache_shape) for n in (past_k, past_v)]
        outputs += [helper.make_tensor_value_info(f"present.{i}.{k}", TensorProto.FLOAT, cache_shape) for k in ("key", "value")]
        attended = b.node(
            "GroupQueryAttention",
            [q, k, v, past_k, past_v, "seqlens_k", "total_sequence_length", "cos_cache", "sin_cache"],
            [f"{p}.attn", f"present.{i}.key", f"present.{i}.value"],
            domain=MS,
            num_heads=heads,
            kv_num_heads=kv_heads,
            scale=float(attn.scaling),
            do_rotary=1,
            rotary_interleaved=0,
        )[0]
        if padded != dim:  # drop the padding before o_proj, whose 4-bit blocks run along its input
            attended = b.node("Gather", [attended, unpadded], [f"{p}.attn.unpadded"], axis=2)[0]
        delta = b.matmul(attended, attn.o_proj, f"{p}.o_proj")
        h = norm(layer.post_attention_layernorm, f"{p}.post_attention_layernorm")
        gate = b.matmul(h, mlp.gate_proj, f"{p}.gate_proj")  # gate, up and SiLU: fused by the EP (MatMulNBitsMlp)
        up = b.matmul(h, mlp.up_proj, f"{p}.up_proj")
        sigmoid = b.node("Sigmoid", [gate], [f"{p}.sigmoid"])[0]
        silu = b.node("Mul", [gate, sigmoid], [f"{p}.silu"])[0]
        delta = b.matmul(b.node("Mul", [silu, up], [f"{p}.gated"])[0], mlp.down_proj, f"{p}.down_proj")
    _append_head(b, wrapper.head, norm(base.norm, "norm"), hidden)
    graph = helper.make_graph(b.nodes, "steplight-gpu-decoder", inputs, outputs, b.initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid(MS, 1)])
    return model  # onnx.checker knows no contrib ops; onnxruntime checks the graph when it loads it


def buffers_graph(layers: int, kv_heads: int, capacity: int, head_dim: int, width: int) -> onnx.ModelProto:
    """A graph without inputs whose outputs are zero-filled tensors shaped like a one-token step's inputs and outputs
    (`input_ids`, `seqlens_k`, `logits`, `present.{i}.key|value`)."""
    b = _Builder()
    outputs = []
    shapes = [("input_ids", TensorProto.INT64, [1, 1]), ("seqlens_k", TensorProto.INT32, [1]), ("logits", TensorProto.FLOAT, [1, 1, width])]
    shapes += [(f"present.{i}.{k}", TensorProto.FLOAT, [1, kv_heads, capacity, head_dim]) for i in range(layers) for k in ("key", "value")]
    for name, dtype, dims in shapes:
        zero = helper.make_tensor("zero", dtype, [1], [0])
        b.node("ConstantOfShape", [b.const(f"{name}.shape", np.array(dims, np.int64))], [name], value=zero)
        outputs.append(helper.make_tensor_value_info(name, dtype, dims))
    graph = helper.make_graph(b.nodes, "steplight-gpu-buffers", [], outputs, b.initializers)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])


#: The WebGPU graph of each variant that has one (fp32 and q4: fp16 and int8 keep the plain graph).
GPU_FILES = {"fp32": "model_gpu.onnx", "q4": "model_gpu_q4.onnx"}
BUFFERS_FILE = "gpu_buffers.onnx"


def export_gpu_graphs(wrapper: CachedDecoder, onnx_dir: Path, variants: list[str], capacity: int, width: int, inline_limit: int) -> dict[str, dict]:
    """Writes the WebGPU graphs of `variants` (those of GPU_FILES) and their buffers graph into `onnx_dir`; returns
    each variant's prm.json `gpu` entry."""
    wanted = [v for v in variants if v in GPU_FILES]
    if not wanted:
        return {}
    fp32 = onnx_dir / GPU_FILES["fp32"]
    save_for_web(build_gpu_graph(wrapper, capacity), fp32, inline_limit)
    if "q4" in wanted:
        make_q4(fp32, onnx_dir / GPU_FILES["q4"], inline_limit)
    if "fp32" not in wanted:
        for leftover in onnx_dir.glob(f"{fp32.name}*"):
            leftover.unlink()
    head_dim = padded_head_dim(wrapper.head_dim)
    save_for_web(buffers_graph(wrapper.layers_n, wrapper.kv_heads, capacity, head_dim, width), onnx_dir / BUFFERS_FILE)
    entries = {}
    for variant in wanted:
        entry = {"file": f"onnx/{GPU_FILES[variant]}", "buffers": f"onnx/{BUFFERS_FILE}", "kvCapacity": capacity, "headDim": head_dim}
        if (onnx_dir / f"{GPU_FILES[variant]}_data").exists():
            entry["externalData"] = f"onnx/{GPU_FILES[variant]}_data"
        entries[variant] = entry
    return entries
