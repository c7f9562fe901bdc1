"""Exports a policy checkpoint as an HF-style folder transformers.js loads: `config.json`, `generation_config.json`,
the tokenizer, `onnx/model.onnx` (KV-cached, transformers.js / optimum input and output names) and `onnx/model_q4.onnx`;
measures pass@1 of each variant on the test split and writes `metrics.json` and the model card.

    python -m models.tiny_policy.export --checkpoint /tmp/policy --out models/tiny-arith-policy
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import torch
from transformers import Qwen2ForCausalLM

from ..convert.graph import CachedDecoder, check_cache, export_onnx
from ..convert.quantize import make_variants
from . import card
from .evaluate import MAX_NEW_TOKENS, TEST, pass_at_1

PRM = Path("models/tiny-arith-prm")
VARIANTS = ["q4"]


def write_folder(model: Qwen2ForCausalLM, out: Path) -> float:
    """config, generation config, tokenizer and the ONNX variants; returns the graph's max gap to transformers."""
    (out / "onnx").mkdir(parents=True, exist_ok=True)
    model.config.save_pretrained(out)
    generation = {"bos_token_id": 1, "eos_token_id": 0, "pad_token_id": 0, "do_sample": True, "temperature": 1.0, "top_k": 0, "max_new_tokens": MAX_NEW_TOKENS}
    (out / "generation_config.json").write_text(json.dumps(generation, indent=2) + "\n")
    for name in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copy(PRM / name, out / name)
    wrapper = CachedDecoder(model.model, model.lm_head).eval()
    ids = [1, *range(40, 90)]
    with torch.no_grad():
        reference = model(input_ids=torch.tensor([ids])).logits
    gap = check_cache(wrapper, reference, ids)
    export_onnx(wrapper, out / "onnx/model.onnx")
    make_variants(out / "onnx", VARIANTS)
    return gap


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--checkpoint", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("models/tiny-arith-policy"))
    parser.add_argument("--limit", type=int, default=400, help="test problems for pass@1")
    args = parser.parse_args()
    model = Qwen2ForCausalLM.from_pretrained(args.checkpoint).eval()
    gap = write_folder(model, args.out)
    records = [json.loads(line) for line in TEST.read_text().splitlines()][: args.limit]
    results = {variant: pass_at_1(args.out, variant, records) for variant in ["fp32", *VARIANTS]}
    log_file = args.checkpoint / "training-log.json"
    log = json.loads(log_file.read_text()) if log_file.exists() else {}
    metrics = {
        "parameters": sum(p.numel() for p in model.parameters()),
        "graph_vs_transformers_max_abs": gap,
        "pass_at_1_temperature_1": {v: {k: r[k] for k in ("pass@1", "problems", "mean_tokens")} for v, r in results.items()},
        "samples": results["q4"]["samples"],
        "training": {k: log.get(k) for k in ("args", "steps_run", "best")},
    }
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    (args.out / "README.md").write_text(card.render(metrics, args.out))
    print(json.dumps(metrics["pass_at_1_temperature_1"]))


if __name__ == "__main__":
    main()
