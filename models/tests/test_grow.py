import json

import torch
from transformers import Qwen2Config, Qwen2ForTokenClassification

from models.tiny_arith.grow import grow


def test_a_grown_checkpoint_has_one_layer_more_and_scores_exactly_as_before(tmp_path):
    torch.manual_seed(0)
    config = Qwen2Config(vocab_size=64, hidden_size=32, intermediate_size=64, num_hidden_layers=3, num_attention_heads=4, num_key_value_heads=2, num_labels=2)
    model = Qwen2ForTokenClassification(config).eval()
    model.save_pretrained(tmp_path / "small")
    (tmp_path / "small" / "training-log.json").write_text('{"phases": []}')

    assert grow(tmp_path / "small", tmp_path / "grown", after=1) == 4
    grown = Qwen2ForTokenClassification.from_pretrained(tmp_path / "grown").eval()
    ids = torch.randint(0, 64, (2, 17))
    with torch.no_grad():
        before, after = model(input_ids=ids).logits, grown(input_ids=ids).logits
    assert torch.allclose(before, after, atol=1e-6)
    layers = grown.model.layers
    assert torch.equal(layers[2].self_attn.q_proj.weight, layers[1].self_attn.q_proj.weight)  # a copy of layer 1 ...
    assert not layers[2].mlp.down_proj.weight.any() and not layers[2].self_attn.o_proj.weight.any()  # ... adding nothing yet
    assert torch.equal(layers[3].mlp.up_proj.weight, model.model.layers[2].mlp.up_proj.weight)  # later layers move up one
    assert json.loads((tmp_path / "grown" / "config.json").read_text())["num_hidden_layers"] == 4
    assert (tmp_path / "grown" / "training-log.json").exists()
