"""PRM heads rebuilt from checkpoint tensors, as modules the exported graph ends with."""

from __future__ import annotations

import torch
from torch import nn

from .weights import Weights


def linear(weights: Weights, prefix: str) -> nn.Linear:
    """`nn.Linear` from `{prefix}.weight` (and `{prefix}.bias` when present)."""
    weight = weights.get(f"{prefix}.weight")
    has_bias = weights.has(f"{prefix}.bias")
    layer = nn.Linear(weight.shape[1], weight.shape[0], bias=has_bias)
    with torch.no_grad():
        layer.weight.copy_(weight)
        if has_bias:
            layer.bias.copy_(weights.get(f"{prefix}.bias"))
    return layer


def token_classification(weights: Weights) -> nn.Linear:
    """`*ForTokenClassification.score` (TRL PRMTrainer, PURE)."""
    return linear(weights, "score")


def process_reward_mlp(weights: Weights) -> nn.Sequential:
    """Qwen2ForProcessRewardModel's `score = Sequential(Linear(h, h), ReLU, Linear(h, 2))`."""
    return nn.Sequential(linear(weights, "score.0"), nn.ReLU(), linear(weights, "score.2"))


def value_head(weights: Weights) -> nn.Linear:
    """Skywork's `v_head.summary = Linear(h, 1)`."""
    return linear(weights, "v_head.summary")


def label_tokens(weights: Weights, positive_id: int, negative_id: int) -> nn.Linear:
    """The LM head cut to two label tokens: logits `[positive, negative]` (the tied embedding when there is no lm_head)."""
    name = weights.first("lm_head.weight", "model.embed_tokens.weight", "embed_tokens.weight")
    rows = weights.get(name)[[positive_id, negative_id]]
    layer = nn.Linear(rows.shape[1], 2, bias=False)
    with torch.no_grad():
        layer.weight.copy_(rows)
    return layer
