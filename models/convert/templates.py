"""Turns a family's input format into prm.json `input` pieces, rendering chat templates with the tokenizer's own
Jinja template and cutting the result at sentinel strings."""

from __future__ import annotations

PROBLEM = "\u2983PROBLEM\u2984"
STEPS = ("\u2983STEP1\u2984", "\u2983STEP2\u2984")


def render(tokenizer, messages: list[dict]) -> str:
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=False)


def trims_turns(tokenizer) -> bool:
    """Whether the chat template trims each message's content (Llama 3.1's `message['content'] | trim`)."""
    return f" {PROBLEM}" not in render(tokenizer, [{"role": "user", "content": f" {PROBLEM}"}])


def cut(text: str, start: str, end: str) -> str:
    """The text between the sentinels `start` and `end` (either may be '' for the string's start or end)."""
    a = text.index(start) + len(start) if start else 0
    b = text.index(end, a) if end else len(text)
    return text[a:b]


def special_tokens_in(tokenizer, *texts: str | None) -> list[str]:
    """The tokenizer's special tokens that occur in any of `texts`, in vocabulary order."""
    found = []
    for token in sorted(tokenizer.all_special_tokens + list(tokenizer.get_added_vocab()), key=tokenizer.convert_tokens_to_ids):
        if token not in found and any(t and token in t for t in texts):
            found.append(token)
    return found


def steps_input(
    tokenizer,
    *,
    bos: str | None,
    prompt: str,
    step_split: str,
    separator: str,
    step_text: dict | None = None,
    step_prefix: str = "",
    score_token: int = -1,
    trim: bool = True,
    keep_empty: bool = False,
    trim_problem_start: bool = False,
    split_given_steps: bool = False,
    score_tags_in_text: bool = False,
) -> dict:
    """A prm.json `input` section (kind "steps"; fields documented in models/README.md). The input rules that
    default to false are written only when set."""
    spec = {
        "kind": "steps",
        "bos": bos,
        "specialTokens": special_tokens_in(tokenizer, bos, prompt, separator, step_prefix, *(step_text or {}).values()),
        "prompt": prompt,
        "stepSplit": step_split,
        "trimSteps": trim,
        "keepEmptySteps": keep_empty,
        "stepTokenization": "per-step",
    }
    rules = {"trimProblemStart": trim_problem_start, "splitGivenSteps": split_given_steps, "scoreTagsInText": score_tags_in_text}
    spec.update({key: True for key, on in rules.items() if on})
    if step_text:
        spec["stepText"] = step_text
    if step_prefix:
        spec["stepPrefix"] = step_prefix
    spec.update({"stepSeparator": separator, "scoreAt": "separator", "scoreToken": score_token})
    return spec


def label_id(tokenizer, text: str) -> int:
    """How the authors resolve a label or tag token: the last id of `encode(text)`."""
    return tokenizer.encode(text, add_special_tokens=False)[-1]
