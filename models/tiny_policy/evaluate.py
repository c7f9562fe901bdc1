"""pass@1 of an exported policy: onnxruntime samples one solution per test problem at temperature 1 (seeded).

python -m models.tiny_policy.evaluate --model models/tiny-arith-policy [--variants fp32 q4] [--limit 400]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from ..convert.manifest import VARIANT_FILES
from .data import EOS_ID, final_answer, prompt_text

TEST = Path("models/tiny-arith-prm/data/test.jsonl")
MAX_NEW_TOKENS = 200


class OnnxPolicy:
    """Token-by-token sampling through the KV-cached graph (the same inputs transformers.js feeds it)."""

    def __init__(self, path: Path, config: dict) -> None:
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.layers = config["num_hidden_layers"]
        self.kv_heads = config["num_key_value_heads"]
        self.head_dim = config["hidden_size"] // config["num_attention_heads"]

    def run(self, ids: list[int], start: int, past: list[np.ndarray]) -> tuple[np.ndarray, list[np.ndarray]]:
        feeds = {
            "input_ids": np.array([ids], dtype=np.int64),
            "attention_mask": np.ones((1, start + len(ids)), dtype=np.int64),
            "position_ids": np.arange(start, start + len(ids), dtype=np.int64)[None],
        }
        for i in range(self.layers):
            feeds[f"past_key_values.{i}.key"], feeds[f"past_key_values.{i}.value"] = past[2 * i], past[2 * i + 1]
        logits, *present = self.session.run(None, feeds)
        return logits[0, -1], present

    def sample(self, prompt_ids: list[int], rng: np.random.Generator, temperature: float = 1.0) -> list[int]:
        """New token ids until the end token or MAX_NEW_TOKENS (the end token not included)."""
        past = [np.zeros((1, self.kv_heads, 0, self.head_dim), dtype=np.float32) for _ in range(2 * self.layers)]
        logits, past = self.run(prompt_ids, 0, past)
        out: list[int] = []
        while len(out) < MAX_NEW_TOKENS:
            z = logits.astype(np.float64) / temperature
            p = np.exp(z - z.max())
            token = int(rng.choice(len(p), p=p / p.sum()))
            if token == EOS_ID:
                break
            out.append(token)
            logits, past = self.run([token], len(prompt_ids) + len(out) - 1, past)
        return out


def open_policy(model_dir: Path, variant: str) -> tuple[OnnxPolicy, Tokenizer]:
    """The policy variant in `model_dir`, ready to sample, and its tokenizer."""
    config = json.loads((model_dir / "config.json").read_text())
    return OnnxPolicy(model_dir / "onnx" / VARIANT_FILES[variant], config), Tokenizer.from_file(str(model_dir / "tokenizer.json"))


def pass_at_1(model_dir: Path, variant: str, records: list[dict], seed: int = 0) -> dict:
    """Share of problems whose one sampled solution ends with the right answer, and the mean solution length."""
    policy, tokenizer = open_policy(model_dir, variant)
    rng = np.random.default_rng(seed)
    right, tokens, samples = 0, 0, []
    for record in records:
        ids = policy.sample(tokenizer.encode(prompt_text(record["problem"]), add_special_tokens=False).ids, rng)
        text = tokenizer.decode(ids, skip_special_tokens=True)
        right += final_answer(text) == record["answer"]
        tokens += len(ids)
        if len(samples) < 5:
            samples.append({"problem": record["problem"], "solution": text, "answer": record["answer"]})
    return {"pass@1": round(right / len(records), 4), "problems": len(records), "mean_tokens": round(tokens / len(records), 1), "samples": samples}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path("models/tiny-arith-policy"))
    parser.add_argument("--variants", nargs="+", default=["fp32", "q4"])
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    records = [json.loads(line) for line in TEST.read_text().splitlines()][: args.limit]
    for variant in args.variants:
        result = pass_at_1(args.model, variant, records, args.seed)
        print(json.dumps({"variant": variant, **{k: v for k, v in result.items() if k != "samples"}}))
        print(json.dumps(result["samples"][:2], indent=1))


if __name__ == "__main__":
    main()
