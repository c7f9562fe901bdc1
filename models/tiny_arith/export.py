"""Exports a trained Qwen2ForTokenClassification to ONNX with a KV cache (transformers.js / optimum names).

The graph is traced from `CachedQwen2`, a tensor-only re-implementation of the Qwen2 forward pass that
reads the trained weights, so no transformers cache object reaches the exporter. `check_against_hf`
proves it equals the transformers model before anything is exported.

Inputs:  input_ids [b, s] int64, attention_mask [b, past + s] int64, position_ids [b, s] int64,
         past_key_values.{i}.key|value [b, kv_heads, past, head_dim] float32
Outputs: logits [b, s, 2], present.{i}.key|value [b, kv_heads, past + s, head_dim]
"""
from __future__ import annotations

from pathlib import Path

import onnx
import torch
from torch import nn

# onnxruntime-web 1.30 accepts IR versions up to 13; onnx >= 1.19 writes newer ones by default.
ONNX_IR_VERSION = 10
OPSET = 17


class CachedQwen2(nn.Module):
    """Qwen2 decoder + token-classification head over explicit key/value tensors."""

    def __init__(self, hf_model) -> None:
        super().__init__()
        cfg = hf_model.config
        self.layers_n = cfg.num_hidden_layers
        self.heads = cfg.num_attention_heads
        self.kv_heads = cfg.num_key_value_heads
        self.head_dim = cfg.hidden_size // cfg.num_attention_heads
        self.eps = cfg.rms_norm_eps
        self.base = hf_model.model
        self.score = hf_model.score
        theta = getattr(cfg, "rope_theta", None) or cfg.rope_parameters["rope_theta"]
        inv_freq = 1.0 / (theta ** (torch.arange(0, self.head_dim, 2, dtype=torch.float32) / self.head_dim))
        self.register_buffer("inv_freq", inv_freq, persistent=False)

    def rms(self, x: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
        return weight * (x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps))

    def rotate(self, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
        half = self.head_dim // 2
        rotated = torch.cat([-x[..., half:], x[..., :half]], dim=-1)
        return x * cos + rotated * sin

    def forward(self, input_ids, attention_mask, position_ids, *past):
        b, s = input_ids.shape
        x = self.base.embed_tokens(input_ids)
        freqs = position_ids.unsqueeze(-1).float() * self.inv_freq
        emb = torch.cat([freqs, freqs], dim=-1)
        cos, sin = emb.cos().unsqueeze(1), emb.sin().unsqueeze(1)
        total = attention_mask.shape[1]
        past_len = total - s
        key_pos = torch.arange(total, device=input_ids.device).view(1, 1, 1, total)
        query_pos = (torch.arange(s, device=input_ids.device) + past_len).view(1, 1, s, 1)
        allowed = (key_pos <= query_pos) & (attention_mask.view(b, 1, 1, total) > 0)
        bias = torch.where(allowed, torch.zeros((), dtype=x.dtype), torch.full((), -1e9, dtype=x.dtype))
        presents = []
        for i, layer in enumerate(self.base.layers):
            attn = layer.self_attn
            h = self.rms(x, layer.input_layernorm.weight)
            q = attn.q_proj(h).view(b, s, self.heads, self.head_dim).transpose(1, 2)
            k = attn.k_proj(h).view(b, s, self.kv_heads, self.head_dim).transpose(1, 2)
            v = attn.v_proj(h).view(b, s, self.kv_heads, self.head_dim).transpose(1, 2)
            q, k = self.rotate(q, cos, sin), self.rotate(k, cos, sin)
            k = torch.cat([past[2 * i], k], dim=2)
            v = torch.cat([past[2 * i + 1], v], dim=2)
            presents += [k, v]
            group = self.heads // self.kv_heads
            k_all = k.repeat_interleave(group, dim=1)
            v_all = v.repeat_interleave(group, dim=1)
            weights = (q @ k_all.transpose(2, 3)) / (self.head_dim ** 0.5) + bias
            out = weights.softmax(-1) @ v_all
            out = out.transpose(1, 2).reshape(b, s, self.heads * self.head_dim)
            x = x + attn.o_proj(out)
            h = self.rms(x, layer.post_attention_layernorm.weight)
            mlp = layer.mlp
            x = x + mlp.down_proj(nn.functional.silu(mlp.gate_proj(h)) * mlp.up_proj(h))
        x = self.rms(x, self.base.norm.weight)
        return (self.score(x), *presents)

    def empty_past(self, batch: int = 1, length: int = 0) -> list[torch.Tensor]:
        return [torch.zeros(batch, self.kv_heads, length, self.head_dim) for _ in range(2 * self.layers_n)]


@torch.no_grad()
def check_against_hf(hf_model, wrapper: CachedQwen2, ids: list[int]) -> float:
    """Max |logit difference| between transformers and the wrapper, full pass and prefill+decode."""
    hf_model.eval()
    input_ids = torch.tensor([ids])
    mask = torch.ones_like(input_ids)
    ref = hf_model(input_ids=input_ids, attention_mask=mask).logits
    pos = torch.arange(len(ids)).unsqueeze(0)
    full = wrapper(input_ids, mask, pos, *wrapper.empty_past())[0]
    split = len(ids) // 2
    first = wrapper(input_ids[:, :split], mask[:, :split], pos[:, :split], *wrapper.empty_past())
    second = wrapper(input_ids[:, split:], mask, pos[:, split:], *first[1:])[0]
    stitched = torch.cat([first[0], second], dim=1)
    return max(float((ref - full).abs().max()), float((ref - stitched).abs().max()))


def io_names(layers: int) -> tuple[list[str], list[str]]:
    past = [f"past_key_values.{i}.{kind}" for i in range(layers) for kind in ("key", "value")]
    present = [f"present.{i}.{kind}" for i in range(layers) for kind in ("key", "value")]
    return ["input_ids", "attention_mask", "position_ids", *past], ["logits", *present]


def set_ir_version(path: Path) -> None:
    """Rewrites the file with an IR version onnxruntime-web accepts, all weights inline."""
    model = onnx.load(str(path))
    model.ir_version = ONNX_IR_VERSION
    onnx.save(model, str(path))


@torch.no_grad()
def export_onnx(hf_model, path: Path) -> None:
    """Writes the fp32 graph with dynamic batch / sequence / past dims and concrete head dims."""
    wrapper = CachedQwen2(hf_model).eval()
    inputs, outputs = io_names(wrapper.layers_n)
    past_len, s = 3, 4
    dummy = (
        torch.ones(1, s, dtype=torch.long) * 5,
        torch.ones(1, past_len + s, dtype=torch.long),
        torch.arange(past_len, past_len + s).unsqueeze(0),
        *wrapper.empty_past(1, past_len),
    )
    axes: dict[str, dict[int, str]] = {
        "input_ids": {0: "batch_size", 1: "sequence_length"},
        "attention_mask": {0: "batch_size", 1: "total_sequence_length"},
        "position_ids": {0: "batch_size", 1: "sequence_length"},
        "logits": {0: "batch_size", 1: "sequence_length"},
    }
    for name in inputs[3:]:
        axes[name] = {0: "batch_size", 2: "past_sequence_length"}
    for name in outputs[1:]:
        axes[name] = {0: "batch_size", 2: "total_sequence_length"}
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(wrapper, dummy, str(path), input_names=inputs, output_names=outputs,
                      dynamic_axes=axes, opset_version=OPSET, dynamo=False, do_constant_folding=True)
    set_ir_version(path)
