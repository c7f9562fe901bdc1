"""Implicit PRMs (PRIME / EurusPRM, models/convert/CONVENTIONS.md §6): two causal LMs, a policy and its reference.

The exported graph runs both over one KV cache (the policy's layers, then the reference's) and takes one more input,
`target_ids` [b, s]: the token that follows each input token. Its `logits` output is [b, s, 2] =
(log pi(target), log pi_ref(target)), so only two floats per token leave the graph, never the vocabulary. The
runtime feeds each token together with its successor (one step late), and turns coef * (log pi - log pi_ref) into
the cumulative step values the authors' ProcessBench script reads.
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn
from transformers import AutoModelForCausalLM

from .graph import CachedDecoder


class ImplicitPair(nn.Module):
    """Policy and reference decoders over one cache; outputs the log-probabilities of `target_ids` under each."""

    def __init__(self, policy: CachedDecoder, reference: CachedDecoder) -> None:
        super().__init__()
        assert (policy.kv_heads, policy.head_dim) == (reference.kv_heads, reference.head_dim), "policy and reference shapes differ"
        self.policy, self.reference = policy, reference
        self.layers_n = policy.layers_n + reference.layers_n
        self.kv_heads, self.head_dim = policy.kv_heads, policy.head_dim

    def forward(self, input_ids, attention_mask, position_ids, target_ids, *past):
        split = 2 * self.policy.layers_n
        policy_logits, *policy_present = self.policy(input_ids, attention_mask, position_ids, *past[:split])
        reference_logits, *reference_present = self.reference(input_ids, attention_mask, position_ids, *past[split:])
        index = target_ids.unsqueeze(-1)
        logps = [logits.log_softmax(-1).gather(-1, index) for logits in (policy_logits, reference_logits)]
        return (torch.cat(logps, dim=-1), *policy_present, *reference_present)

    def empty_past(self, batch: int = 1, length: int = 0) -> list[torch.Tensor]:
        return self.policy.empty_past(batch, length) + self.reference.empty_past(batch, length)


def load_pair(policy_dir: Path, reference_dir: Path) -> tuple[ImplicitPair, nn.Module, nn.Module]:
    """The graph wrapper and the two transformers models it was built from (fp32, eager attention)."""
    models = [AutoModelForCausalLM.from_pretrained(d, dtype=torch.float32, attn_implementation="eager").eval() for d in (policy_dir, reference_dir)]
    wrappers = [CachedDecoder(m.model, m.lm_head) for m in models]
    return ImplicitPair(*wrappers).eval(), models[0], models[1]


@torch.no_grad()
def check_pair(pair: ImplicitPair, policy: nn.Module, reference: nn.Module, ids: list[int]) -> float:
    """Max |difference| of the target log-probabilities between transformers and the graph wrapper, one pass and
    prefill + decode."""
    input_ids = torch.tensor([ids])
    targets = torch.tensor([ids[1:] + [0]])
    expected = torch.cat([m(input_ids=input_ids).logits.log_softmax(-1).gather(-1, targets.unsqueeze(-1)) for m in (policy, reference)], -1)
    mask = torch.ones_like(input_ids)
    pos = torch.arange(len(ids)).unsqueeze(0)
    full = pair(input_ids, mask, pos, targets, *pair.empty_past())[0]
    split = len(ids) // 2
    first = pair(input_ids[:, :split], mask[:, :split], pos[:, :split], targets[:, :split], *pair.empty_past())
    second = pair(input_ids[:, split:], mask, pos[:, split:], targets[:, split:], *first[1:])[0]
    stitched = torch.cat([first[0], second], dim=1)
    return max(float((expected - full).abs().max()), float((expected - stitched).abs().max()))
