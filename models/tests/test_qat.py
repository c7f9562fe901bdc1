"""`--qat` trains through exactly the rounding onnxruntime's q4 quantizer applies (qat.fake_q4)."""

import numpy as np
import onnxruntime as ort
import torch
from onnx import TensorProto, helper, numpy_helper
from onnxruntime.quantization.matmul_nbits_quantizer import DefaultWeightOnlyQuantConfig, MatMulNBitsQuantizer

from models.tiny_arith.qat import fake_q4, quantize_aware, restore


def ort_q4_weights(weight: torch.Tensor) -> np.ndarray:
    """The weights a MatMulNBits file made by onnxruntime's quantizer computes with, read back through an identity."""
    k, n = weight.shape[1], weight.shape[0]
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["X", "B"], ["Y"])],
        "g",
        [helper.make_tensor_value_info("X", TensorProto.FLOAT, [k, k])],
        [helper.make_tensor_value_info("Y", TensorProto.FLOAT, [k, n])],
        [numpy_helper.from_array(weight.T.numpy().astype(np.float32), "B")],
    )
    quantizer = MatMulNBitsQuantizer(
        helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]),
        algo_config=DefaultWeightOnlyQuantConfig(block_size=32, is_symmetric=True, bits=4),
    )
    quantizer.process()
    session = ort.InferenceSession(quantizer.model.model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, {"X": np.eye(k, dtype=np.float32)})[0].T


def test_fake_q4_is_the_quantizers_rounding():
    torch.manual_seed(0)
    weight = torch.randn(48, 96) * torch.rand(48, 1) * 3
    assert np.abs(fake_q4(weight).numpy() - ort_q4_weights(weight)).max() < 1e-6


def test_gradients_pass_straight_through_and_linears_come_back():
    model = torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Linear(32, 2))
    linears = [model[0], model[2]]
    swaps = quantize_aware(model)
    model(torch.randn(4, 64)).sum().backward()
    assert all(layer.weight.grad is not None and layer.weight.grad.abs().sum() > 0 for layer in linears)
    restore(swaps)
    assert [model[0], model[2]] == linears


def test_probe_scores_each_record_as_scoring_it_alone_would():
    from tokenizers import Tokenizer

    from models.tiny_arith.generate import generate
    from models.tiny_arith.probe import record_step_scores
    from models.tiny_arith.tokenizer import build_sequence
    from models.tiny_arith.train import TrainConfig, make_model

    tokenizer = Tokenizer.from_file("models/tiny-arith-prm/tokenizer.json")
    torch.manual_seed(0)
    model = make_model(tokenizer.get_vocab_size(), TrainConfig(hidden=32, layers=1, heads=2, kv_heads=1, intermediate=64)).eval()
    records = generate(3, 12)
    alone = []
    for r in records:
        seq = build_sequence(tokenizer, {**r, "error": None})
        with torch.no_grad():
            probs = model(input_ids=torch.tensor([seq["input_ids"]])).logits.softmax(-1)[0, :, 1]
        alone.append([float(probs[i]) for i in seq["separators"]])
    batched = record_step_scores(model, tokenizer, records)
    assert [len(s) for s in batched] == [len(s) for s in alone] and len({len(s) for s in alone}) > 1
    assert max(abs(a - b) for x, y in zip(batched, alone) for a, b in zip(x, y)) < 1e-5


def test_a_rounded_checkpoint_scores_as_the_probe_does(tmp_path):
    from tokenizers import Tokenizer

    from models.tiny_arith.generate import generate
    from models.tiny_arith.probe import RoundedPrm, open_rounded, record_step_scores
    from models.tiny_arith.tokenizer import build_sequence
    from models.tiny_arith.train import TrainConfig, make_model

    tokenizer = Tokenizer.from_file("models/tiny-arith-prm/tokenizer.json")
    torch.manual_seed(1)
    make_model(tokenizer.get_vocab_size(), TrainConfig(hidden=32, layers=1, heads=2, kv_heads=1, intermediate=64)).save_pretrained(tmp_path)
    record = generate(5, 1)[0]
    seq = build_sequence(tokenizer, {**record, "error": None})
    probs, _ = RoundedPrm(tmp_path).run(seq["input_ids"])
    [probed] = record_step_scores(open_rounded(tmp_path), tokenizer, [record])
    assert np.abs(probs[seq["separators"]] - np.array(probed)).max() < 1e-5


def test_the_probe_counts_slips_by_operation_and_operand_digits(tmp_path):
    from tokenizers import Tokenizer

    from models.tiny_arith.probe import open_rounded, slips_caught
    from models.tiny_arith.train import TrainConfig, make_model

    tokenizer = Tokenizer.from_file("models/tiny-arith-prm/tokenizer.json")
    make_model(tokenizer.get_vocab_size(), TrainConfig(hidden=32, layers=1, heads=2, kv_heads=1, intermediate=64)).save_pretrained(tmp_path)
    slip = {"step": 1, "kind": "slip", "offset": 13}
    records = [
        {"problem": "p", "steps": ["2 + 3 = 5.", "So 125 * 4 = 510.", "Answer: 510"], "label": 1, "error": slip},
        {"problem": "q", "steps": ["2 + 3 = 5.", "So 25 - 4 = 20.", "Answer: 20"], "label": 1, "error": slip},
        {"problem": "r", "steps": ["2 + 3 = 5.", "Answer: 5"], "label": -1, "error": None},
    ]
    counts = slips_caught(open_rounded(tmp_path), tokenizer, records)
    assert list(counts) == ["* 3", "- 2"] and all(c.endswith("/1") for c in counts.values())
