"""The WebGPU graph (models/convert/gpu_graph.py): head padding, the built-in model's shipped graph against its plain
graph, and every converted family fixture's graph against its plain graph, all on onnxruntime's CPU."""

import json
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest
import torch
from conftest import MODEL_DIR

from models.convert.gpu_graph import _pad_rows, _real_columns, padded_head_dim
from models.tiny_arith.gpu import gpu_graph_gap, logits_gpu_graph

MANIFEST = json.loads((MODEL_DIR / "prm.json").read_text())
TEST = [json.loads(line) for line in (MODEL_DIR / "data/test.jsonl").read_text().splitlines()]
FAMILIES = Path(__file__).resolve().parents[1] / "families/build"


def test_padding_keeps_rotary_pairs_and_is_undone_by_the_gather():
    dim, padded, heads = 40, padded_head_dim(40), 3
    assert padded == 48
    weight = torch.arange(heads * dim, dtype=torch.float32).unsqueeze(1)
    spread = _pad_rows(weight, dim, padded).squeeze(1)
    # within a head, column j and j + half of the original sit half a padded head apart
    assert spread[padded // 2].item() == weight[dim // 2].item()
    assert torch.equal(spread[torch.from_numpy(_real_columns(heads, dim, padded))], weight.squeeze(1))
    assert int((spread == 0).sum()) == heads * (padded - dim) + 1  # the zeros of the padding (and weight 0)


def test_builtin_q4_gpu_graph_matches_the_shipped_q4_graph_streamed():
    entry = MANIFEST["variants"]["q4"]["gpu"]
    assert entry["kvCapacity"] == MANIFEST["limits"]["maxContext"]
    assert gpu_graph_gap(MODEL_DIR, entry, TEST[:8]) < 1e-4


def _plain_logits(path: Path, ids: list[int], shape: dict) -> np.ndarray:
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    feeds = {"input_ids": np.array([ids], np.int64), "attention_mask": np.ones((1, len(ids)), np.int64), "position_ids": np.arange(len(ids))[None]}
    for name in (i.name for i in session.get_inputs() if i.name.startswith("past_key_values.")):
        feeds[name] = np.zeros((1, shape["numKvHeads"], 0, shape["headDim"]), np.float32)
    return session.run(["logits"], feeds)[0][0]


FAMILY_GRAPHS = sorted(
    (folder.name, variant, entry)
    for folder in FAMILIES.glob("*")
    if (folder / "prm.json").exists()
    for variant, entry in json.loads((folder / "prm.json").read_text())["variants"].items()
    if "gpu" in entry
)


@pytest.mark.skipif(not FAMILY_GRAPHS, reason="family fixtures not built (npm run prepare:families)")
@pytest.mark.parametrize(("family", "variant", "entry"), FAMILY_GRAPHS, ids=[f"{f}-{v}" for f, v, _ in FAMILY_GRAPHS])
def test_family_gpu_graph_matches_its_plain_graph(family, variant, entry):
    folder = FAMILIES / family
    shape = json.loads((folder / "prm.json").read_text())["graph"]
    ids = list(np.random.RandomState(7).randint(3, 200, size=30))
    session = ort.InferenceSession(str(folder / entry["gpu"]["file"]), providers=["CPUExecutionProvider"])
    got = logits_gpu_graph(session, ids, [12, 1, 1, 9, 7], entry["gpu"], shape["numKvHeads"])
    want = _plain_logits(folder / entry["file"], ids, shape)
    assert np.abs(got - want).max() < (1e-4 if variant == "fp32" else 1e-3)
