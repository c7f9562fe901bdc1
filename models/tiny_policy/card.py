"""The tiny policy's model card (README.md of its folder), from its metrics."""

from __future__ import annotations

import ast
import json
from pathlib import Path


def _data(training: dict) -> str:
    """What the training records were, from the run's `--authors` (stored as the text of a list)."""
    authors = ast.literal_eval(training.get("args", {}).get("authors", "[]"))
    if not authors:
        return "half story grammar, half generate.py templates"
    return (
        f"a third from {len(authors)} other authors' generators ({', '.join(authors)}: the built-in PRM's trained "
        "sources, never its held-out ones), the rest half story grammar, half generate.py templates"
    )


def render(metrics: dict, folder: Path) -> str:
    sizes = {p.name: p.stat().st_size for p in sorted((folder / "onnx").glob("*.onnx"))}
    rows = "\n".join(
        f"| {variant} | `onnx/{'model.onnx' if variant == 'fp32' else f'model_{variant}.onnx'}` | "
        f"{sizes.get('model.onnx' if variant == 'fp32' else f'model_{variant}.onnx', 0) / 1e6:.1f} MB | {r['pass@1']:.3f} | {r['mean_tokens']} |"
        for variant, r in metrics["pass_at_1_temperature_1"].items()
    )
    training = metrics["training"]
    sample = metrics["samples"][0] if metrics["samples"] else None
    shown = f"\nA sample (q4, temperature 1):\n\n```\n{sample['problem']}\n\n{sample['solution']}\n```\n(right answer: {sample['answer']})\n" if sample else ""
    return f"""---
library_name: transformers.js
tags: [steplight, tiny-arith, policy, text-generation]
license: apache-2.0
pipeline_tag: text-generation
---

# tiny-arith-policy

A tiny causal language model (Qwen2 architecture, {metrics["parameters"]:,} parameters) that writes step-by-step
solutions to tiny-arith word problems (the built-in PRM's domain, `../tiny-arith-prm/DOMAIN.md`): one equation per
step, steps separated by a blank line, a last step stating the answer. It is Steplight's stand-in for "an LLM's
candidates": weak enough to make its own mistakes, so a PRM has something to choose among (best-of-N, weighted
vote, beam search, early rejection).

**Input.** `<|bos|>{{problem}}\\n`, then the model writes the solution and stops with `<|pad|>` (its end token, id 0).
Tokenizer: the built-in PRM's (byte-level BPE, 512 tokens, digits one by one).

**Training.** Body initialised from the built-in PRM's transformer (it had learnt the domain's arithmetic with an
auxiliary next-token head), a new language-model head initialised from its embeddings, then fine-tuned as a causal
LM on right solutions only ({_data(training)}; seeds disjoint from the test split):
no wrong solution was ever shown to it, so every mistake it makes is its own. Recipe: `models/README.md`
(`models/tiny_policy/`). Run: {training.get("steps_run")} steps, best validation loss {(training.get("best") or {}).get("val_loss", float("nan")):.4f}.

## pass@1 on the test split (temperature 1, onnxruntime, seed 0)

| variant | file | size | pass@1 | mean tokens |
|---|---|---|---|---|
{rows}

The ONNX graph matches transformers (prefill and one-token decode through the cache) within
{metrics["graph_vs_transformers_max_abs"]:.1e} (fp32). Inputs and outputs carry transformers.js / optimum names
(`input_ids`, `attention_mask`, `position_ids`, `past_key_values.N.key|value` -> `logits`, `present.N.key|value`),
so `AutoModelForCausalLM.from_pretrained(..., {{ dtype: 'q4' }})` loads it.
{shown}
Full metrics: `metrics.json`.
"""


if __name__ == "__main__":
    import sys

    folder = Path(sys.argv[1])
    print(render(json.loads((folder / "metrics.json").read_text()), folder))
