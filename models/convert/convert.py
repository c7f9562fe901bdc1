"""Converts a local Hugging Face PRM folder into a Steplight folder: ONNX with a KV cache whose `logits` are the
head's outputs, the tokenizer files (chat template inline), the source config, `prm.json` with every variant's
parity against fp32, and a model card (`README.md`) ready for the Hugging Face Hub."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import torch
from transformers import AutoConfig, AutoTokenizer
from transformers import logging as hf_logging
from transformers.models.auto.modeling_auto import MODEL_MAPPING

from .card import render as render_card
from .card import source_license
from .families import FAMILIES, Options
from .gpu_graph import export_gpu_graphs
from .graph import CachedDecoder, check_cache, export_onnx
from .implicit import check_pair, load_pair
from .manifest import write_manifest
from .onnx_io import INLINE_LIMIT
from .presets import PROCESSBENCH
from .quantize import make_variants
from .records import PARITY_RECORDS
from .report import variant_parity
from .weights import Weights

hf_logging.set_verbosity_error()

CHECK_TEXT = "Check: 12 + 30 = 42.\n\nSo the answer is \\boxed{42}."


def load_backbone(src: Path):
    """The checkpoint's decoder backbone (Qwen2Model, LlamaModel, MistralModel, ...) in fp32, without its head."""
    config = AutoConfig.from_pretrained(src)
    backbone_class = MODEL_MAPPING[type(config)]
    return backbone_class.from_pretrained(src, config=config, dtype=torch.float32, attn_implementation="eager").eval()


def write_tokenizer_files(src: Path, out: Path) -> None:
    """tokenizer.json as is; tokenizer_config.json with the chat template inline (transformers.js reads it there)."""
    shutil.copyfile(src / "tokenizer.json", out / "tokenizer.json")
    config = json.loads((src / "tokenizer_config.json").read_text())
    template = src / "chat_template.jinja"
    if "chat_template" not in config and template.exists():
        config["chat_template"] = template.read_text()
    (out / "tokenizer_config.json").write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n")


@torch.no_grad()
def export_graph(
    src: Path, out: Path, family: str, options: Options, tokenizer, inline_limit: int, quants: list[str], capacity: int
) -> tuple[dict, dict, dict]:
    """Checks the KV-cached graph against transformers and writes it as `out/onnx/model.onnx`, and the WebGPU graphs
    of `quants` with a `capacity`-slot cache (not for implicit PRMs, whose graph holds two models); returns prm.json's
    `head` and `graph` sections and the variants' `gpu` entries. The PyTorch models are freed when it returns."""
    spec = FAMILIES[family]
    ids = tokenizer.encode(CHECK_TEXT, add_special_tokens=False)
    if spec.head is None:
        if options.reference is None:
            raise SystemExit("--family implicit needs --reference REF_DIR (the reference model's folder)")
        wrapper, policy, reference_model = load_pair(src, options.reference)
        head_spec = {"kind": "implicit", "coef": options.coef, "score": "sigmoid-cumulative"}
        gap = check_pair(wrapper, policy, reference_model, ids)
    else:
        head, head_spec = spec.head(Weights(src), tokenizer, options)
        base = load_backbone(src)
        wrapper = CachedDecoder(base, head.float()).eval()
        gap = check_cache(wrapper, head(base(input_ids=torch.tensor([ids])).last_hidden_state), ids)
    if gap > 1e-4:
        raise SystemExit(f"the cached graph differs from transformers by {gap:.2e}")
    export_onnx(wrapper, out / "onnx/model.onnx", inline_limit, targets=spec.head is None)
    gpu = {}
    if spec.head is not None:
        width = int(wrapper.head(torch.zeros(1, 1, wrapper.base.config.hidden_size)).shape[-1])
        gpu = export_gpu_graphs(wrapper, out / "onnx", quants, capacity, width, inline_limit)
    # the cache shapes of the exported graph (both models' layers for implicit PRMs)
    return head_spec, {"numLayers": wrapper.layers_n, "numKvHeads": wrapper.kv_heads, "headDim": wrapper.head_dim}, gpu


def convert(
    src: Path,
    out: Path,
    family: str,
    quants: list[str],
    options: Options,
    max_context: int = 4096,
    inline_limit: int = INLINE_LIMIT,
    base_model: str | None = None,
) -> dict:
    """Writes the Steplight folder `out` for the HF folder `src` (prm.json, the model card README.md naming
    `base_model` when given); returns its prm.json. Graphs whose weights reach `inline_limit` bytes keep them in
    `<file>_data`. Every variant is measured against fp32 (`report.py`) before an unrequested fp32 graph is deleted."""
    spec = FAMILIES[family]
    tokenizer = AutoTokenizer.from_pretrained(src)
    out.mkdir(parents=True, exist_ok=True)
    config = json.loads((src / "config.json").read_text())
    context = min(max_context, config.get("max_position_embeddings", max_context))
    head_spec, graph, gpu = export_graph(src, out, family, options, tokenizer, inline_limit, quants, context)
    paths = make_variants(out / "onnx", quants, inline_limit)
    write_tokenizer_files(src, out)
    shutil.copyfile(src / "config.json", out / "config.json")
    manifest = {
        "name": src.name,
        "description": f"{spec.summary}; converted from {src.name} by models/convert.",
        "head": head_spec,
        "input": spec.input(tokenizer, options),
        "scoring": {"threshold": spec.threshold, "thresholdRule": spec.threshold_rule, "aggregation": spec.aggregation, "partialRewards": True},
        "presets": {"processbench": PROCESSBENCH[family]},
        "limits": {"maxContext": context},
        "graph": graph,
    }
    parity = variant_parity(paths, manifest, out / "tokenizer.json", PARITY_RECORDS)
    if "fp32" not in quants:
        for leftover in (out / "onnx").glob("model.onnx*"):
            leftover.unlink()
    full = write_manifest(out, manifest, quants, "q4" if "q4" in quants else quants[0], parity, gpu)
    (out / "README.md").write_text(render_card(full, out, family, base_model, source_license(src)), encoding="utf-8")
    return full
