"""Builds the shipped tiny-arith PRM end to end: data, tokenizer, training, ONNX export, variants, evaluation,
fixtures, manifest and model card. One command (about 35 minutes on 2 CPU cores):

    python -m models.tiny_arith.build --out models/tiny-arith-prm

`--stage export` redoes everything after training from the checkpoint in `--work`.
"""
from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

import torch
from transformers import Qwen2ForTokenClassification

from . import card, fixtures
from .evaluate import OnnxPrm, by_error_kind, compare, evaluate
from .export import check_against_hf, CachedQwen2, export_onnx
from .generate import generate, write_jsonl
from .manifest import write_manifest
from .quantize import make_variants
from .tokenizer import build_sequence, save_tokenizer, train_tokenizer
from .train import TrainConfig, save_log, train

SPLITS = {"train": (1, 60000, "train"), "validation": (2, 600, "train"), "test": (3, 400, "train"), "heldout": (4, 400, "heldout")}
VOCAB_SIZE = 512


def make_data(work: Path, out: Path) -> dict[str, list[dict]]:
    data = {name: generate(seed, count, style) for name, (seed, count, style) in SPLITS.items()}
    write_jsonl(data["train"], work / "data/train.jsonl")
    write_jsonl(data["validation"], work / "data/validation.jsonl")
    write_jsonl(data["test"], out / "data/test.jsonl")
    write_jsonl(data["heldout"], out / "data/heldout.jsonl")
    return data


def stage_train(cfg: TrainConfig, work: Path, out: Path) -> None:
    started = time.time()
    data = make_data(work, out)
    texts = [r["problem"] + "\n" for r in data["train"]] + [s for r in data["train"] for s in r["steps"]]
    tokenizer = train_tokenizer(texts, VOCAB_SIZE)
    save_tokenizer(tokenizer, out, cfg.max_context)
    seqs = {name: [build_sequence(tokenizer, r) for r in records] for name, records in data.items()}
    too_long = max(len(s["input_ids"]) for s in seqs["train"])
    assert too_long <= cfg.max_context, f"a training sequence has {too_long} tokens"
    log = train(seqs["train"], seqs["validation"], data["validation"], tokenizer.get_vocab_size(), cfg,
                work / "checkpoint", log=lambda line: print(line, flush=True))
    log["data"] = {name: {"seed": seed, "records": count, "style": style} for name, (seed, count, style) in SPLITS.items()}
    log["machine"] = f"{platform.machine()}, {torch.get_num_threads()} threads, torch {torch.__version__}"
    log["recipe_wall_s"] = round(time.time() - started, 1)
    save_log(log, out / "training-log.json")


def stage_export(work: Path, out: Path) -> None:
    from tokenizers import Tokenizer

    model = Qwen2ForTokenClassification.from_pretrained(work / "checkpoint", attn_implementation="eager").eval()
    model.config.save_pretrained(out)
    tokenizer = Tokenizer.from_file(str(out / "tokenizer.json"))
    test = [json.loads(line) for line in (out / "data/test.jsonl").read_text().splitlines()]
    heldout = [json.loads(line) for line in (out / "data/heldout.jsonl").read_text().splitlines()]
    test_seqs = [build_sequence(tokenizer, r) for r in test]
    heldout_seqs = [build_sequence(tokenizer, r) for r in heldout]
    gap = check_against_hf(model, CachedQwen2(model), test_seqs[0]["input_ids"])
    assert gap < 1e-4, f"export wrapper differs from transformers by {gap}"
    export_onnx(model, out / "onnx/model.onnx")
    paths = make_variants(out / "onnx")

    torch_probs = fixtures.torch_probs(model, test_seqs)
    results = {}
    for name, path in paths.items():
        prm = OnnxPrm(path)
        on_test = evaluate(prm, test_seqs, test)
        on_heldout = evaluate(prm, heldout_seqs, heldout)
        vs_torch = max(float(abs(a - b).max()) for a, b in zip(torch_probs, on_test["probs"]))
        results[name] = {"test": on_test, "heldout": on_heldout, "max_abs_prob_diff_vs_torch": vs_torch,
                         "size_bytes": path.stat().st_size}
    summary = {
        name: {
            "size_bytes": r["size_bytes"], "test": r["test"]["metrics"], "heldout": r["heldout"]["metrics"],
            "max_abs_prob_diff_vs_torch": r["max_abs_prob_diff_vs_torch"],
            "vs_fp32_test": compare(results["fp32"]["test"], r["test"]),
        }
        for name, r in results.items()
    }
    summary["fp32"]["test_by_error_kind"] = by_error_kind(test, results["fp32"]["test"]["predictions"])
    (out / "metrics.json").write_text(json.dumps(summary, indent=2) + "\n")
    fixtures.write_golden(out / "fixtures/golden.json", test, test_seqs, torch_probs, count=20)
    write_manifest(out, model.config.to_dict(), model.config.max_position_embeddings)
    training = json.loads((out / "training-log.json").read_text())
    (out / "README.md").write_text(card.render(summary, training, model))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("models/tiny-arith-prm"))
    parser.add_argument("--work", type=Path, default=Path("models/tiny-arith-prm/work"))
    parser.add_argument("--stage", choices=["all", "train", "export"], default="all")
    parser.add_argument("--steps", type=int, default=TrainConfig.steps)
    parser.add_argument("--time-budget", type=float, default=TrainConfig.time_budget_s)
    args = parser.parse_args()
    torch.set_num_threads(2)
    cfg = TrainConfig(steps=args.steps, time_budget_s=args.time_budget)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.stage in ("all", "train"):
        stage_train(cfg, args.work, args.out)
    if args.stage in ("all", "export"):
        stage_export(args.work, args.out)


if __name__ == "__main__":
    main()
