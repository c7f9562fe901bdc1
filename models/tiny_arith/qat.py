"""Quantization-aware fine-tuning for the q4 variant (`--qat`).

The q4 file holds MatMulNBits weights made by onnxruntime's quantizer: 4 bits, blocks of 32 along the input
dimension, symmetric, round to nearest. For each block it takes the value of largest magnitude v, sets the scale
to v / -8 and stores clamp(round(w / scale), -8, 7). `--qat` trains through exactly that rounding (a straight-through
estimator: the forward pass sees the rounded weights, gradients reach the full-precision ones), so the weights
settle where rounding costs little. Only the linear layers the exported graph contains are rounded.
"""

from __future__ import annotations

import torch

BLOCK = 32


def fake_q4(weight: torch.Tensor) -> torch.Tensor:
    """`weight` ([out, in], `in` a multiple of 32) rounded as MatMulNBits stores it, with straight-through gradients."""
    out_features, in_features = weight.shape
    blocks = weight.reshape(out_features, in_features // BLOCK, BLOCK)
    index = blocks.abs().argmax(-1, keepdim=True)
    scale = blocks.gather(-1, index) / -8.0
    scale = torch.where(scale == 0, torch.ones_like(scale), scale)
    rounded = (torch.clamp(torch.round(blocks / scale), -8, 7) * scale).reshape_as(weight)
    return weight + (rounded - weight).detach()


class Q4Linear(torch.nn.Module):
    """Wraps a Linear so its forward pass uses `fake_q4` weights; the wrapped Linear keeps the trained weights."""

    def __init__(self, linear: torch.nn.Linear) -> None:
        super().__init__()
        self.linear = linear

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.nn.functional.linear(x, fake_q4(self.linear.weight), self.linear.bias)


def q4_linears(model: torch.nn.Module) -> list[tuple[torch.nn.Module, str, torch.nn.Linear]]:
    """Every Linear the q4 file rounds (its input width a multiple of BLOCK), with its parent and attribute name."""
    return [
        (parent, name, child)
        for parent in model.modules()
        for name, child in parent.named_children()
        if isinstance(child, torch.nn.Linear) and child.in_features % BLOCK == 0
    ]


def quantize_aware(model: torch.nn.Module) -> list[tuple[torch.nn.Module, str, torch.nn.Linear]]:
    """Replaces every Linear of the exported model by a Q4Linear; returns what `restore` needs to undo it."""
    swaps = q4_linears(model)
    for parent, name, linear in swaps:
        setattr(parent, name, Q4Linear(linear))
    return swaps


@torch.no_grad()
def round_to_q4(model: torch.nn.Module) -> None:
    """Overwrites the weights of every Linear the q4 file rounds with their rounded values (`fake_q4`)."""
    for _, _, linear in q4_linears(model):
        linear.weight.copy_(fake_q4(linear.weight))


def restore(swaps: list[tuple[torch.nn.Module, str, torch.nn.Linear]]) -> None:
    """Puts the plain Linears back (before saving, so the checkpoint keeps transformers' parameter names)."""
    for parent, name, linear in swaps:
        setattr(parent, name, linear)
