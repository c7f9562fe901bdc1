"""Writes the built-in model's WebGPU graphs (`convert/gpu_graph.py`) from its shipped fp32 ONNX file and records them
in its prm.json (the build does the same from the checkpoint in `stage_export`):

    python -m models.tiny_arith.gpu --model models/tiny-arith-prm

The q4 graph is checked against the shipped q4 graph on test records before prm.json changes.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch
from tokenizers import Tokenizer

from ..convert.gpu_graph import GPU_FILES, export_gpu_graphs
from ..convert.graph import CachedDecoder
from ..convert.manifest import TOKENIZER_FILES, save_manifest, sha256
from .from_onnx import recover, recover_digit_head
from .result_check import joined_head
from .tokenizer import build_sequence

#: The variants that get a WebGPU graph: q4 is the default on WebGPU (fp32's graph would add 8 MB to the package).
GPU_VARIANTS = ["q4"]


def write_gpu_graphs(model, head: torch.nn.Linear, folder: Path, capacity: int) -> dict[str, dict]:
    """Exports the WebGPU graphs of GPU_VARIANTS for the transformers `model`'s backbone and `head` (its score head,
    or that joined with a result check's digit head) into `folder/onnx`."""
    wrapper = CachedDecoder(model.model, head).eval()
    return export_gpu_graphs(wrapper, folder / "onnx", GPU_VARIANTS, capacity, head.out_features, inline_limit=1 << 62)


def _logits_plain(session: ort.InferenceSession, ids: list[int], layers: int, kv_heads: int, head_dim: int) -> np.ndarray:
    feeds = {"input_ids": np.array([ids], np.int64), "attention_mask": np.ones((1, len(ids)), np.int64), "position_ids": np.arange(len(ids))[None]}
    for name in (i.name for i in session.get_inputs() if i.name.startswith("past_key_values.")):
        feeds[name] = np.zeros((1, kv_heads, 0, head_dim), np.float32)
    return session.run(["logits"], feeds)[0][0]


def logits_gpu_graph(session: ort.InferenceSession, ids: list[int], chunks: list[int], entry: dict, kv_heads: int) -> np.ndarray:
    """Runs `ids` through a WebGPU graph on onnxruntime's CPU, `chunks` tokens a run, each present bound to its past."""
    caches = {
        i.name: ort.OrtValue.ortvalue_from_numpy(np.zeros((1, kv_heads, entry["kvCapacity"], entry["headDim"]), np.float32))
        for i in session.get_inputs()
        if i.name.startswith("past_key_values.")
    }
    out, start = [], 0
    for size in chunks:
        binding = session.io_binding()
        binding.bind_cpu_input("input_ids", np.array([ids[start : start + size]], np.int64))
        binding.bind_cpu_input("seqlens_k", np.array([start + size - 1], np.int32))
        for name, value in caches.items():
            binding.bind_ortvalue_input(name, value)
            binding.bind_ortvalue_output(name.replace("past_key_values.", "present."), value)
        binding.bind_output("logits")
        session.run_with_iobinding(binding)
        out.append(binding.copy_outputs_to_cpu()[-1][0])
        start += size
    return np.concatenate(out)


def gpu_graph_gap(folder: Path, entry: dict, records: list[dict]) -> float:
    """Max |logit difference| between the q4 WebGPU graph (prefill half, then one token a run) and the shipped q4
    graph in one pass, over `records`."""
    manifest = json.loads((folder / "prm.json").read_text())
    shape = manifest["graph"]
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    plain = ort.InferenceSession(str(folder / "onnx/model_q4.onnx"), providers=["CPUExecutionProvider"])
    gpu = ort.InferenceSession(str(folder / entry["file"]), providers=["CPUExecutionProvider"])
    gap = 0.0
    for record in records:
        ids = build_sequence(tokenizer, record)["input_ids"]
        half = len(ids) // 2
        got = logits_gpu_graph(gpu, ids, [half] + [1] * (len(ids) - half), entry, shape["numKvHeads"])
        gap = max(gap, float(np.abs(got - _logits_plain(plain, ids, shape["numLayers"], shape["numKvHeads"], shape["headDim"])).max()))
    return gap


def record_gpu_graphs(folder: Path, gpu: dict[str, dict]) -> None:
    """Adds the variants' `gpu` entries to `folder/prm.json` and the sha256 of their files."""
    path = folder / "prm.json"
    manifest = json.loads(path.read_text())
    for variant, entry in gpu.items():
        manifest["variants"][variant]["gpu"] = entry
        for name in (entry["file"], entry["buffers"]):
            manifest["files"][name] = sha256(folder / name)
    assert all(name in manifest["files"] for name in TOKENIZER_FILES)
    save_manifest(folder, manifest)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path("models/tiny-arith-prm"))
    parser.add_argument("--check-records", type=int, default=20)
    args = parser.parse_args()
    manifest = json.loads((args.model / "prm.json").read_text())
    model, digit_head = recover(args.model), recover_digit_head(args.model)
    head = joined_head(model.score, digit_head) if digit_head else model.score
    gpu = write_gpu_graphs(model, head, args.model, manifest["limits"]["maxContext"])
    test = [json.loads(line) for line in (args.model / "data/test.jsonl").read_text().splitlines()[: args.check_records]]
    gap = gpu_graph_gap(args.model, gpu["q4"], test)
    print(f"q4 WebGPU graph vs shipped q4 graph, {len(test)} test records: max |logit difference| {gap:.2e}")
    if gap > 1e-4:
        raise SystemExit("the WebGPU graph differs from the shipped graph; prm.json left as it was")
    record_gpu_graphs(args.model, gpu)
    print(f"wrote {', '.join(GPU_FILES[v] for v in gpu)} and onnx/gpu_buffers.onnx; prm.json updated")


if __name__ == "__main__":
    main()
