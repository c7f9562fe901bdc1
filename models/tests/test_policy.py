"""The tiny policy: its training data (right solutions, problem not trained) and the committed folder transformers.js
loads (names, sizes, end token, a KV cache that matches one pass)."""

import json

import numpy as np
import onnxruntime as ort
from conftest import ROOT
from tokenizers import Tokenizer

from models.tiny_arith.external import author_records
from models.tiny_policy.data import EOS_ID, IGNORE, final_answer, prompt_text, right_records, sequence
from models.tiny_policy.evaluate import OnnxPolicy

POLICY = ROOT / "models" / "tiny-arith-policy"
CONFIG = json.loads((POLICY / "config.json").read_text())
TOKENIZER = Tokenizer.from_file(str(POLICY / "tokenizer.json"))


def test_final_answer_reads_the_last_number_of_the_last_step():
    assert final_answer("12 + 5 = 17.\n\nSo the answer is 17.") == 17
    assert final_answer("3 * 4 = 12\n\n#### 1,200") == 1200
    assert final_answer("12 + 5 = 17.\n\nThe answer is") is None


def test_training_records_are_right_and_their_answers_match():
    records = right_records(11, 40)
    assert all(r["label"] == -1 and final_answer("\n\n".join(r["steps"])) == r["answer"] for r in records)


def test_with_authors_a_third_of_the_records_are_their_right_records():
    records = right_records(13, 30, ("gen-a", "gen-c"))
    assert len(records) == 30 and all(r["label"] == -1 for r in records)
    drawn = [r for r in author_records("gen-a", 13_000) if r["label"] == -1][:10]  # the first author's first run
    assert [r["problem"] for r in records[:10]] == [r["problem"] for r in drawn]


def test_only_the_solution_and_the_end_token_are_trained():
    record = right_records(12, 1)[0]
    seq = sequence(TOKENIZER, record)
    prompt = TOKENIZER.encode(prompt_text(record["problem"]), add_special_tokens=False).ids
    assert seq["input_ids"][: len(prompt)] == prompt
    trained = [t for t in seq["targets"] if t != IGNORE]
    assert trained == seq["input_ids"][len(prompt) :]
    assert trained[-1] == EOS_ID
    assert TOKENIZER.decode(trained[:-1]) == "\n\n".join(record["steps"])


def test_folder_is_what_transformers_js_loads():
    assert CONFIG["model_type"] == "qwen2" and CONFIG["architectures"] == ["Qwen2ForCausalLM"]
    generation = json.loads((POLICY / "generation_config.json").read_text())
    assert generation["eos_token_id"] == EOS_ID == CONFIG["eos_token_id"]
    for path in (POLICY / "onnx").glob("*.onnx"):
        assert path.stat().st_size < 10 * 1024 * 1024, path.name
        session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        inputs = [i.name for i in session.get_inputs()]
        assert inputs[:3] == ["input_ids", "attention_mask", "position_ids"]
        assert "past_key_values.5.value" in inputs and session.get_outputs()[0].name == "logits"


def test_decoding_through_the_cache_equals_one_pass():
    policy = OnnxPolicy(POLICY / "onnx" / "model_q4.onnx", CONFIG)
    ids = TOKENIZER.encode(prompt_text("Ann has 12 apples. She eats 5. How many are left?") + "12 - 5 = 7.", add_special_tokens=False).ids
    empty = [np.zeros((1, policy.kv_heads, 0, policy.head_dim), np.float32) for _ in range(2 * policy.layers)]
    whole, _ = policy.run(ids, 0, empty)
    _, past = policy.run(ids[:-3], 0, empty)
    for i, token in enumerate(ids[-3:]):
        last, past = policy.run([token], len(ids) - 3 + i, past)
    assert float(np.abs(whole - last).max()) < 1e-4
