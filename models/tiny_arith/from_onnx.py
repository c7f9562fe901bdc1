"""Recovers a training checkpoint (transformers Qwen2ForTokenClassification) from the shipped fp32 ONNX file, so a
new training phase can continue from the shipped weights without the earlier phase's checkpoint folder:

    python -m models.tiny_arith.from_onnx --model models/tiny-arith-prm --out /tmp/w/shipped

The graph (convert/graph.py) keeps named embeddings, norms and biases; its matrix products are stored transposed
in node order: per layer the stacked q/k/v projection, o_proj, the MLP's gate, up and down, then the head. The
recovered model is checked against onnxruntime on a test record (max |difference| of the logits < 1e-4). A calibrated
model (calibrate.py, the "calibration" entry of its training log) gets its offset taken back off the head's bias after
that check, so a new phase or calibration starts from the trained weights (as the q4 file rounds them: calibrate.py
saves the rounded ones).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import torch
from onnx import numpy_helper
from safetensors.torch import save_file
from tokenizers import Tokenizer
from transformers import Qwen2Config, Qwen2ForTokenClassification

from .result_check import HEAD_FILE
from .tokenizer import build_sequence


def matmul_weights(graph: onnx.GraphProto) -> list[np.ndarray]:
    """The constant right-hand sides of MatMul nodes, in node order."""
    constants = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    return [constants[n.input[1]] for n in graph.node if n.op_type == "MatMul" and n.input[1] in constants]


def head_rows(model_dir: Path) -> tuple[torch.Tensor, torch.Tensor]:
    """The graph's last matrix product and bias: the score head's rows, then a result check's digit rows."""
    graph = onnx.load(str(model_dir / "onnx/model.onnx")).graph
    bias = next(numpy_helper.to_array(t) for t in graph.initializer if t.name == "head.bias")
    return torch.from_numpy(matmul_weights(graph)[-1].T.copy()), torch.from_numpy(bias.copy())


def recover_digit_head(model_dir: Path) -> torch.nn.Linear | None:
    """The result check's digit head (result_check.py) of the shipped graph, if it has one."""
    weight, bias = head_rows(model_dir)
    if weight.shape[0] == 2:
        return None
    head = torch.nn.Linear(weight.shape[1], weight.shape[0] - 2)
    head.load_state_dict({"weight": weight[2:], "bias": bias[2:]})
    return head


def recover(model_dir: Path) -> Qwen2ForTokenClassification:
    graph = onnx.load(str(model_dir / "onnx/model.onnx")).graph
    named = {t.name: torch.from_numpy(numpy_helper.to_array(t).copy()) for t in graph.initializer}
    config = Qwen2Config.from_pretrained(model_dir)
    model = Qwen2ForTokenClassification(config).eval()
    heads, kv, dim = config.num_attention_heads, config.num_key_value_heads, config.hidden_size // config.num_attention_heads
    mats = [torch.from_numpy(w.T.copy()) for w in matmul_weights(graph)]
    assert len(mats) == 5 * config.num_hidden_layers + 1, f"{len(mats)} constant matrix products"
    state = {
        "model.embed_tokens.weight": named["base.embed_tokens.weight"],
        "model.norm.weight": named["base.norm.weight"],
        "score.weight": mats[-1][:2],
        "score.bias": named["head.bias"][:2],
    }
    split = [heads * dim, kv * dim, kv * dim]
    for i in range(config.num_hidden_layers):
        p = f"model.layers.{i}."
        qkv, o, gate, up, down = mats[5 * i : 5 * i + 5]
        for name, w, b in zip(("q_proj", "k_proj", "v_proj"), qkv.split(split), named[f"qkv.{i}.bias"].split(split)):
            state[p + f"self_attn.{name}.weight"], state[p + f"self_attn.{name}.bias"] = w, b
        state.update(
            {
                p + "self_attn.o_proj.weight": o,
                p + "mlp.gate_proj.weight": gate,
                p + "mlp.up_proj.weight": up,
                p + "mlp.down_proj.weight": down,
                p + "input_layernorm.weight": named[f"base.layers.{i}.input_layernorm.weight"],
                p + "post_attention_layernorm.weight": named[f"base.layers.{i}.post_attention_layernorm.weight"],
            }
        )
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert not unexpected and all("rotary" in k for k in missing), (missing, unexpected)
    return model


@torch.no_grad()
def onnx_gap(model: Qwen2ForTokenClassification, model_dir: Path) -> float:
    """Max |logit difference| between `model` and the ONNX file on the first test record."""
    record = json.loads((model_dir / "data/test.jsonl").read_text().splitlines()[0])
    ids = build_sequence(Tokenizer.from_file(str(model_dir / "tokenizer.json")), record)["input_ids"]
    session = ort.InferenceSession(str(model_dir / "onnx/model.onnx"))
    feeds = {
        "input_ids": np.array([ids], np.int64),
        "attention_mask": np.ones((1, len(ids)), np.int64),
        "position_ids": np.arange(len(ids), dtype=np.int64)[None],
    }
    for i in session.get_inputs():
        if i.name.startswith("past_key_values."):
            feeds[i.name] = np.zeros((1, i.shape[1], 0, i.shape[3]), np.float32)
    expected = session.run(["logits"], feeds)[0]
    got = model(input_ids=torch.tensor([ids])).logits.numpy()
    return float(np.abs(expected[..., :2] - got).max())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path("models/tiny-arith-prm"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--keep-calibration", action="store_true", help="keep the calibrated head as shipped (to export it again)")
    args = parser.parse_args()
    model = recover(args.model)
    gap = onnx_gap(model, args.model)
    assert gap < 1e-4, f"recovered model differs from the ONNX file by {gap}"
    log = json.loads((args.model / "training-log.json").read_text())
    calibration = None if args.keep_calibration else log.pop("calibration", None)
    if calibration is not None:
        with torch.no_grad():
            model.score.bias[1] -= calibration["offset"]
    model.save_pretrained(args.out)
    digit_head = recover_digit_head(args.model)
    if digit_head is not None:
        save_file({k: v.detach().contiguous() for k, v in digit_head.state_dict().items()}, str(args.out / HEAD_FILE))
    (args.out / "training-log.json").write_text(json.dumps(log, indent=1))
    print(f"recovered {args.out} (max logit gap vs ONNX {gap:.2e})")


if __name__ == "__main__":
    main()
