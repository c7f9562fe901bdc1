"""Byte-level BPE tokenizer for tiny-arith (digits are single tokens) and the sequence layout.

Layout (prm.json input kind "steps"): [<|bos|>] + encode(problem + "\\n") + for each step
encode(step) + [<extra_0>]. Steps are tokenized on their own; the step score is read at <extra_0>.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

from .step_view import StepView, read_step

PAD, BOS, STEP = "<|pad|>", "<|bos|>", "<extra_0>"
SPECIAL_TOKENS = [PAD, BOS, STEP]
PROMPT_TEMPLATE = "{problem}\n"
STEP_SPLIT = "\n\n"
IGNORE = -100
#: The model's context (its longest training sequence) unless a phase says otherwise (`build --max-context`).
MAX_CONTEXT = 512
#: `--place-marks`: the mark written after a digit when this many digits follow it in its number ("1736" reads
#: "1^7~3`6"), so a digit's place is in the text and digits of one place line up across an equation by content.
PLACE_MARKS = {4: "|", 3: "^", 2: "~", 1: "`"}


def train_tokenizer(texts: list[str], vocab_size: int) -> Tokenizer:
    """Trains the BPE on `texts`; digits are split one per token before BPE, so they never merge."""
    tokenizer = Tokenizer(models.BPE(unk_token=None))
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Digits(individual_digits=True), pre_tokenizers.ByteLevel(add_prefix_space=False)])
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(texts, trainer=trainer)
    return tokenizer


def mark_places(tokenizer: Tokenizer) -> Tokenizer:
    """`tokenizer` with a normalizer that writes PLACE_MARKS between the digits of each number and a decoder that
    drops them again, so decoded text (and the offsets, mapped back to the text as typed) stay the user's."""
    tokenizer.normalizer = normalizers.Sequence([normalizers.Replace(Regex(f"(?<=\\d)(?=\\d{{{k}}}(?!\\d))"), mark) for k, mark in PLACE_MARKS.items()])
    tokenizer.decoder = decoders.Sequence([*(decoders.Replace(mark, "") for mark in PLACE_MARKS.values()), decoders.ByteLevel()])
    return tokenizer


def save_tokenizer(tokenizer: Tokenizer, folder: Path, max_length: int) -> None:
    """Writes tokenizer.json and tokenizer_config.json (loadable by tokenizers.js and transformers.js)."""
    tokenizer.save(str(folder / "tokenizer.json"))
    added = {
        str(tokenizer.token_to_id(tok)): {
            "content": tok,
            "lstrip": False,
            "rstrip": False,
            "normalized": False,
            "single_word": False,
            "special": True,
        }
        for tok in SPECIAL_TOKENS
    }
    config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": BOS,
        "eos_token": PAD,
        "pad_token": PAD,
        "unk_token": None,
        "add_bos_token": False,
        "add_eos_token": False,
        "model_max_length": max_length,
        "clean_up_tokenization_spaces": False,
        "added_tokens_decoder": added,
    }
    (folder / "tokenizer_config.json").write_text(json.dumps(config, indent=2) + "\n")


def encode_plain(tokenizer: Tokenizer, text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Ids and character offsets of `text`, with no special tokens added."""
    enc = tokenizer.encode(text, add_special_tokens=False)
    return enc.ids, enc.offsets


def build_sequence(tokenizer: Tokenizer, record: dict, view: bool = True) -> dict:
    """Token ids, labels and layout of one record.

    Per-token label 1 = "everything up to this token is consistent", 0 from the token where the
    error becomes visible to the end; separators are 1 iff the step and all before it are right.
    Prompt tokens are not trained (IGNORE). With `view` (the built-in model's prm.json `stepView: "equation"`),
    each step is read through `step_view.read_step` and the error's offset moves with it.
    """
    bos, step_id = tokenizer.token_to_id(BOS), tokenizer.token_to_id(STEP)
    prompt_ids, _ = encode_plain(tokenizer, PROMPT_TEMPLATE.format(problem=record["problem"]))
    ids = [bos] + prompt_ids
    labels = [IGNORE] * len(ids)
    separators: list[int] = []
    error = record.get("error")
    broken = False
    for index, typed in enumerate(record["steps"]):
        step = read_step(typed) if view else StepView(typed, typed, ())
        step_ids, offsets = encode_plain(tokenizer, step.text)
        error_at = step.offset(error["offset"]) if error and error["step"] == index else None
        for token_id, (_start, end) in zip(step_ids, offsets):
            if error_at is not None and end > error_at:
                broken = True
            ids.append(token_id)
            labels.append(0 if broken else 1)
        if error_at is not None:
            broken = True  # visible at the separator when the offset is at the end of the step
        separators.append(len(ids))
        ids.append(step_id)
        labels.append(0 if broken else 1)
    return {"input_ids": ids, "labels": labels, "separators": separators, "prompt_length": len(prompt_ids) + 1}


def pad_batch(seqs: list[dict], separator_weight: float, mark_separators: bool = False) -> dict[str, np.ndarray]:
    """`build_sequence` dicts as one padded numpy batch: ids, labels (IGNORE on padding) and loss weights
    (`separator_weight` at separators); with `mark_separators`, also a boolean separator mask."""
    width = max(len(s["input_ids"]) for s in seqs)
    ids = np.zeros((len(seqs), width), np.int32)
    labels = np.full((len(seqs), width), IGNORE, np.int16)
    weights = np.zeros((len(seqs), width), np.float16)
    separators = np.zeros((len(seqs), width), np.bool_)
    for row, seq in enumerate(seqs):
        n = len(seq["input_ids"])
        ids[row, :n], labels[row, :n], weights[row, :n] = seq["input_ids"], seq["labels"], 1.0
        weights[row, seq["separators"]] = separator_weight
        separators[row, seq["separators"]] = True
    batch = {"ids": ids, "labels": labels, "weights": weights}
    return {**batch, "separators": separators} if mark_separators else batch
