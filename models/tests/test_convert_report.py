"""The converter measures every variant against fp32 (prm.json `variants.<name>.parity`) and writes a model card ready
for the Hub, on the smallest stand-in (the TRL token classifier: no LM head)."""

import json

import pytest
import yaml
from tokenizers import Tokenizer

from models.convert.convert import convert
from models.convert.families import Options
from models.convert.layout import layout
from models.convert.records import PARITY_RECORDS
from models.convert.scores import first_error, session, step_scores
from models.families import stand_ins

FAMILY = "trl"


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hf") / "tiny-trl"
    stand_ins.build(FAMILY, folder)
    return folder


@pytest.fixture(scope="module")
def converted(source, tmp_path_factory):
    (source / "README.md").write_text("---\nlicense: apache-2.0\ntags: [math]\n---\n# tiny-trl\n")
    out = tmp_path_factory.mktemp("out") / "tiny-trl"
    convert(source, out, FAMILY, ["fp32", "q4"], Options(), base_model="someone/tiny-trl")
    (source / "README.md").unlink()
    return out


def card_meta(folder) -> tuple[dict, str]:
    _, meta, body = (folder / "README.md").read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(meta), body


def test_each_quantized_variant_states_its_parity_against_fp32(converted):
    variants = json.loads((converted / "prm.json").read_text())["variants"]
    assert "parity" not in variants["fp32"], "fp32 is the reference"
    parity = variants["q4"]["parity"]
    assert set(parity) == {"records", "maxAbsDiffVsFp32", "meanAbsDiffVsFp32", "firstErrorAgreement"}
    assert parity["records"] == len(PARITY_RECORDS)
    assert 0 < parity["meanAbsDiffVsFp32"] <= parity["maxAbsDiffVsFp32"] < 1
    assert 0 <= parity["firstErrorAgreement"] <= 1


def test_parity_is_what_the_two_graphs_score_at_the_runtime_layout(converted):
    manifest = json.loads((converted / "prm.json").read_text())
    words = Tokenizer.from_file(str(converted / "tokenizer.json"))
    graphs = {name: session(converted / entry["file"]) for name, entry in manifest["variants"].items()}
    threshold, rule = manifest["scoring"]["threshold"], manifest["scoring"]["thresholdRule"]
    gaps, agree = [], 0
    for record in PARITY_RECORDS:
        at = layout(manifest["input"], words, record["problem"], record["steps"])
        fp32, q4 = (step_scores(graphs[name], at.ids, at.positions, manifest["head"]) for name in ("fp32", "q4"))
        assert len(fp32) == len(record["steps"])
        gaps += [abs(a - b) for a, b in zip(fp32, q4)]
        agree += first_error(fp32, threshold, rule) == first_error(q4, threshold, rule)
    parity = manifest["variants"]["q4"]["parity"]
    assert parity["maxAbsDiffVsFp32"] == pytest.approx(max(gaps), rel=1e-2)
    assert parity["meanAbsDiffVsFp32"] == pytest.approx(sum(gaps) / len(gaps), rel=1e-2)
    assert parity["firstErrorAgreement"] == pytest.approx(agree / len(PARITY_RECORDS), abs=1e-4)


def test_the_card_is_ready_for_the_hub(converted):
    meta, body = card_meta(converted)
    assert meta == {
        "library_name": "steplight",
        "tags": ["steplight", "process-reward-model", "onnx", FAMILY],
        "base_model": "someone/tiny-trl",
        "license": "apache-2.0",
    }
    parity = json.loads((converted / "prm.json").read_text())["variants"]["q4"]["parity"]
    assert "kind: 'hub', id: 'you/tiny-trl'" in body
    assert f"| {parity['maxAbsDiffVsFp32']:.3f} | " in body and f"| {parity['firstErrorAgreement']:.0%} |" in body
    assert "--preset processbench" in body and "`threshold` = 0.5" in body


def test_parity_is_measured_before_an_unrequested_fp32_graph_is_deleted(source, tmp_path):
    manifest = convert(source, tmp_path / "q4-only", FAMILY, ["q4"], Options())
    assert list(manifest["variants"]) == ["q4"] and not (tmp_path / "q4-only/onnx/model.onnx").exists()
    assert manifest["variants"]["q4"]["parity"]["records"] == len(PARITY_RECORDS)
    meta, _ = card_meta(tmp_path / "q4-only")
    assert "base_model" not in meta and "license" not in meta
