"""The KV-cached decoder graph every Steplight model exports (transformers.js / optimum names).

`CachedDecoder` runs a transformers decoder backbone (Qwen2, Llama, Mistral: RMSNorm, rotary, grouped-query
attention, gated MLP) over explicit key/value tensors and puts a PRM head on its last hidden state, so no
transformers cache object reaches the exporter. It reuses the backbone's own modules and rotary frequencies.

Inputs:  input_ids [b, s] int64, attention_mask [b, past + s] int64, position_ids [b, s] int64,
         past_key_values.{i}.key|value [b, kv_heads, past, head_dim] float32
Outputs: logits [b, s, head width], present.{i}.key|value [b, kv_heads, past + s, head_dim]
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import onnx
import torch
from torch import nn

from .onnx_io import INLINE_LIMIT, OPSET, save_for_web


def _stacked_projection(attn: nn.Module) -> nn.Linear:
    """One linear layer computing [q_proj | k_proj | v_proj] (zero bias where a projection has none)."""
    parts = [attn.q_proj, attn.k_proj, attn.v_proj]
    weight = torch.cat([p.weight.detach().float() for p in parts])
    stacked = nn.Linear(weight.shape[1], weight.shape[0], bias=any(p.bias is not None for p in parts))
    stacked.weight = nn.Parameter(weight, requires_grad=False)
    if stacked.bias is not None:
        bias = torch.cat([p.bias.detach().float() if p.bias is not None else torch.zeros(p.out_features) for p in parts])
        stacked.bias = nn.Parameter(bias, requires_grad=False)
    return stacked


class CachedDecoder(nn.Module):
    """A decoder backbone (`Qwen2Model`, `LlamaModel`, `MistralModel`) + `head` over explicit key/value tensors.

    The graph is written for few kernels per one-token step, since onnxruntime-web pays a dispatch for each: one
    matrix product per layer for the query, key and value projections (their weights stacked; 4-bit blocks run
    along the input dimension, so each column quantizes as before), rotary embedding applied to queries and keys
    together with a constant column permutation, and grouped-query attention that multiplies each key/value head
    by its group of query heads directly instead of repeating the cache. Shapes come from constants where they can.
    """

    def __init__(self, base: nn.Module, head: nn.Module) -> None:
        super().__init__()
        cfg = base.config
        self.layers_n = cfg.num_hidden_layers
        self.heads = cfg.num_attention_heads
        self.kv_heads = cfg.num_key_value_heads
        self.head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
        self.group = self.heads // self.kv_heads
        self.base = base
        self.head = head
        rotary = base.rotary_emb
        self.register_buffer("inv_freq", rotary.inv_freq.detach().clone().float(), persistent=False)
        self.rope_scale = float(rotary.attention_scaling)
        half = self.head_dim // 2
        # rotate_half(x) = x[..., perm] * sign: the two halves swapped, the first one negated
        self.register_buffer("perm", torch.cat([torch.arange(half, self.head_dim), torch.arange(half)]), persistent=False)
        self.register_buffer("sign", torch.cat([-torch.ones(half), torch.ones(half)]), persistent=False)
        self.qkv = nn.ModuleList(_stacked_projection(layer.self_attn) for layer in base.layers)

    def forward(self, input_ids, attention_mask, position_ids, *past):
        b, s = input_ids.shape
        heads, kv_heads, group, dim = self.heads, self.kv_heads, self.group, self.head_dim
        x = self.base.embed_tokens(input_ids)
        freqs = position_ids.unsqueeze(-1).float() * self.inv_freq
        emb = torch.cat([freqs, freqs], dim=-1)
        cos = (emb.cos() * self.rope_scale).unsqueeze(2)  # [b, s, 1, dim]: broadcast over heads
        sin = (emb.sin() * self.rope_scale * self.sign).unsqueeze(2)
        total = attention_mask.shape[1]
        past_len = total - s
        # the queries of each key/value head's group are stacked: query row r is token r % s
        key_pos = torch.arange(total, device=input_ids.device).view(1, 1, 1, total)
        query_pos = (torch.arange(group * s, device=input_ids.device) % s + past_len).view(1, 1, group * s, 1)
        allowed = (key_pos <= query_pos) & (attention_mask.view(b, 1, 1, total) > 0)
        bias = torch.where(allowed, torch.zeros((), dtype=x.dtype), torch.full((), -1e9, dtype=x.dtype))
        presents = []
        for i, layer in enumerate(self.base.layers):
            h = layer.input_layernorm(x)
            qk, v = self.qkv[i](h).split([(heads + kv_heads) * dim, kv_heads * dim], dim=-1)
            qk = qk.view(b, s, heads + kv_heads, dim)
            qk = qk * cos + qk.index_select(-1, self.perm) * sin
            q, k = qk.split([heads, kv_heads], dim=2)
            k = torch.cat([past[2 * i], k.transpose(1, 2)], dim=2)
            v = torch.cat([past[2 * i + 1], v.view(b, s, kv_heads, dim).transpose(1, 2)], dim=2)
            presents += [k, v]
            q = q.transpose(1, 2).reshape(b, kv_heads, group * s, dim)  # query head kv * group + g attends with kv
            weights = (q @ k.transpose(2, 3)) * layer.self_attn.scaling + bias
            out = (weights.softmax(-1) @ v).view(b, heads, s, dim).transpose(1, 2)
            x = x + layer.self_attn.o_proj(out.reshape(b, s, heads * dim))
            x = x + layer.mlp(layer.post_attention_layernorm(x))
        return (self.head(self.base.norm(x)), *presents)

    def empty_past(self, batch: int = 1, length: int = 0) -> list[torch.Tensor]:
        return [torch.zeros(batch, self.kv_heads, length, self.head_dim) for _ in range(2 * self.layers_n)]


@torch.no_grad()
def check_cache(wrapper: CachedDecoder, reference: torch.Tensor, ids: list[int]) -> float:
    """Max |difference| between `reference` head outputs for `ids` and the wrapper, one pass and prefill + decode."""
    input_ids = torch.tensor([ids])
    mask = torch.ones_like(input_ids)
    pos = torch.arange(len(ids)).unsqueeze(0)
    full = wrapper(input_ids, mask, pos, *wrapper.empty_past())[0]
    split = len(ids) // 2
    first = wrapper(input_ids[:, :split], mask[:, :split], pos[:, :split], *wrapper.empty_past())
    second = wrapper(input_ids[:, split:], mask, pos[:, split:], *first[1:])[0]
    stitched = torch.cat([first[0], second], dim=1)
    return max(float((reference - full).abs().max()), float((reference - stitched).abs().max()))


def io_names(layers: int, targets: bool = False) -> tuple[list[str], list[str]]:
    past = [f"past_key_values.{i}.{kind}" for i in range(layers) for kind in ("key", "value")]
    present = [f"present.{i}.{kind}" for i in range(layers) for kind in ("key", "value")]
    extra = ["target_ids"] if targets else []
    return ["input_ids", "attention_mask", "position_ids", *extra, *past], ["logits", *present]


@torch.no_grad()
def export_onnx(wrapper: nn.Module, path: Path, inline_limit: int = INLINE_LIMIT, targets: bool = False) -> None:
    """Writes the fp32 graph with dynamic batch / sequence / past dims and concrete head dims; `targets` adds the
    `target_ids` input of implicit PRMs (see implicit.py)."""
    wrapper = wrapper.eval()
    inputs, outputs = io_names(wrapper.layers_n, targets)
    past_len, s = 3, 4
    dummy = (
        torch.ones(1, s, dtype=torch.long) * 5,
        torch.ones(1, past_len + s, dtype=torch.long),
        torch.arange(past_len, past_len + s).unsqueeze(0),
        *([torch.ones(1, s, dtype=torch.long) * 7] if targets else []),
        *wrapper.empty_past(1, past_len),
    )
    tokens = {0: "batch_size", 1: "sequence_length"}
    axes: dict[str, dict[int, str]] = {
        "input_ids": tokens,
        "attention_mask": {0: "batch_size", 1: "total_sequence_length"},
        "position_ids": tokens,
        "logits": tokens,
        **({"target_ids": tokens} if targets else {}),
    }
    for name in (n for n in inputs if n.startswith("past_key_values.")):
        axes[name] = {0: "batch_size", 2: "past_sequence_length"}
    for name in outputs[1:]:
        axes[name] = {0: "batch_size", 2: "total_sequence_length"}
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:  # past 2 GB torch writes one file per weight here
        traced = Path(scratch) / "model.onnx"
        torch.onnx.export(
            wrapper,
            dummy,
            str(traced),
            input_names=inputs,
            output_names=outputs,
            dynamic_axes=axes,
            opset_version=OPSET,
            dynamo=False,
            do_constant_folding=True,
        )
        save_for_web(onnx.load(str(traced)), path, inline_limit)
