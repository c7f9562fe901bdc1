"""The authors' published scoring procedures, as reference implementations for the parity tests.

Each function takes the PyTorch stand-in model and its tokenizer and returns the full token ids, the positions
where step scores are read, and the step scores, computed the way the family's own code does
(models/convert/CONVENTIONS.md names the sources; deviations are noted per function).
"""

from __future__ import annotations

from itertools import chain

import torch

from ..convert.families import QWEN_PRM_SYSTEM


def _result(ids: list[int], positions: list[int], scores: torch.Tensor) -> dict:
    return {"input_ids": ids, "positions": positions, "step_scores": [float(s) for s in scores]}


@torch.no_grad()
def qwen_prm(model, tokenizer, problem: str, steps: list[str]) -> dict:
    """Qwen2.5-Math-PRM model card: chat template, `<extra_0>` after every step, softmax[1] at each `<extra_0>`."""
    messages = [
        {"role": "system", "content": QWEN_PRM_SYSTEM},
        {"role": "user", "content": problem},
        {"role": "assistant", "content": "<extra_0>".join(steps) + "<extra_0>"},
    ]
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=False)
    ids = tokenizer.encode(text)
    logits = model(torch.tensor([ids]))[0]
    sep = tokenizer.encode("<extra_0>")[0]
    positions = [i for i, t in enumerate(ids) if t == sep]
    return _result(ids, positions, logits.softmax(-1)[positions, 1])


@torch.no_grad()
def skywork(model, tokenizer, problem: str, response: str) -> dict:
    """skywork-o1-prm-inference `prepare_input`: bos + problem + "\\n", every line of the response encoded alone
    plus the "\\n" token (empty lines too), sigmoid(value) at those tokens."""
    prompt_ids = tokenizer.encode(tokenizer.bos_token + problem + "\n")
    newline = tokenizer.encode("\n")[-1]
    response_ids, flags = [], []
    for step in response.split("\n"):
        step_ids = (tokenizer.encode(step) if step != "" else []) + [newline]
        response_ids += step_ids
        flags += [0] * (len(step_ids) - 1) + [1]
    ids = prompt_ids + response_ids
    positions = [len(prompt_ids) + i for i, f in enumerate(flags) if f]
    values = model(torch.tensor([ids]))[0, :, 0]
    return _result(ids, positions, values.sigmoid()[positions])


@torch.no_grad()
def math_shepherd(model, tokenizer, problem: str, steps: list[str], step_tag: str = " ки") -> dict:
    """Math-Shepherd model card: f"{question} {output}" with every step ending in the step tag, softmax over the
    (+, -) logits, read where input_id == step tag id. Label and tag ids are resolved as `encode(text)[-1]`
    (the card's `encode("+ -")[1:]` relies on Mistral's SentencePiece; the last-id rule gives the same ids there)."""
    output = "\n".join(f"{step}{step_tag}" for step in steps)
    ids = tokenizer.encode(f"{problem} {output}")
    plus, minus = (tokenizer.encode(t)[-1] for t in ("+", "-"))
    tag = tokenizer.encode(step_tag)[-1]
    logits = model(torch.tensor([ids])).logits[0][:, [plus, minus]]
    positions = [i for i, t in enumerate(ids) if t == tag]
    return _result(ids, positions, logits.softmax(-1)[positions, 0])


@torch.no_grad()
def rlhflow(model, tokenizer, problem: str, steps: list[str]) -> dict:
    """RLHFlow math-rm/prm_evaluate.py: steps stripped (the script strips every step it cuts), for step k the chat up
    to step k with every assistant turn "+" (the chat template trims each turn), logits at position -3 sliced to
    (+, -), softmax, index 0. One forward pass per step, as the authors run it."""
    plus, minus = (tokenizer.encode(t)[-1] for t in ("+", "-"))
    conversation, scores, positions, ids = [], [], [], []
    for k, step in enumerate(step.strip() for step in steps):
        conversation += [{"role": "user", "content": f"{problem} {step}" if k == 0 else step}, {"role": "assistant", "content": "+"}]
        ids = list(tokenizer.apply_chat_template(conversation, tokenize=True, add_generation_prompt=False, return_dict=True)["input_ids"])
        logits = model(torch.tensor([ids])).logits[0, -3, [plus, minus]]
        scores.append(logits.softmax(-1)[0])
        positions.append(len(ids) - 3)
    return _result(ids, positions, torch.stack(scores))


@torch.no_grad()
def trl(model, tokenizer, problem: str, steps: list[str], separator: str = "\n", pure: bool = False) -> dict:
    """TRL PRMTrainer `tokenize_row`: (bos) + prompt ids, then per step its ids + the separator ids; labels on each
    step's last token. Score = softmax[1] there; PURE's reward is softmax[1] - softmax[0]."""
    prompt_ids = tokenizer(problem, add_special_tokens=False)["input_ids"]
    separator_ids = tokenizer.encode(separator, add_special_tokens=False)
    completions = [tokenizer(step, add_special_tokens=False)["input_ids"] + separator_ids for step in steps]
    if tokenizer.bos_token_id is not None:
        prompt_ids = [tokenizer.bos_token_id] + prompt_ids
    ids = prompt_ids + list(chain(*completions))
    ends, at = [], len(prompt_ids)
    for completion in completions:
        at += len(completion)
        ends.append(at - 1)
    probs = model(input_ids=torch.tensor([ids])).logits[0].softmax(-1)[ends]
    return _result(ids, ends, probs[:, 1] - probs[:, 0] if pure else probs[:, 1])


def _chat(tokenizer, problem: str, steps: list[str], tokenize: bool):
    messages = [{"role": "user", "content": problem}, {"role": "assistant", "content": "\n\n".join(steps)}]
    if tokenize:
        return list(tokenizer.apply_chat_template(messages, tokenize=True, add_generation_prompt=False, return_dict=True)["input_ids"])
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=False)


def _logps(model, ids: torch.Tensor) -> torch.Tensor:
    """get_logps: log-probability of every realised token after the first, shifted by one."""
    logits = model(input_ids=ids).logits[:, :-1, :]
    return logits.log_softmax(-1).gather(2, ids[:, 1:].unsqueeze(2)).squeeze(2)


@torch.no_grad()
def implicit(policy, reference, tokenizer, problem: str, steps: list[str], coef: float) -> dict:
    """PRIME-RL/ImplicitPRM eval/processbench.py (`build_item_tensors`, `get_logps`, `inference`): the chat tokenized
    whole; step boundaries from re-tokenized prefixes (len - 2); raw = log pi - log pi_ref masked before the first
    boundary; step value = cumsum(coef * raw) at each boundary. The script thresholds sigmoid(value); that is the
    step score here."""
    ids = torch.tensor([_chat(tokenizer, problem, steps, True)])
    boundaries = []
    for k in range(len(steps) + 1):
        text = _chat(tokenizer, problem, steps[:k], False).strip()
        if k != 0 and k != len(steps):
            text += "\n\n"
        boundaries.append(len(tokenizer.encode(text, add_special_tokens=False)) - 2)
    raw = _logps(policy, ids)[0] - _logps(reference, ids)[0]
    mask = torch.zeros_like(raw)
    mask[boundaries[0] :] = 1.0
    values = (coef * raw * mask).cumsum(-1)[boundaries[1:]]
    return {**_result(ids[0].tolist(), boundaries[1:], values.sigmoid()), "values": [float(v) for v in values], "first": boundaries[0]}
