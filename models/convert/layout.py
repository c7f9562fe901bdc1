"""The token ids a Steplight folder's graph runs for a problem and its steps, and the rows that carry the step scores,
built from prm.json's `input` section and the folder's tokenizer.json as the runtime builds them for one-shot scoring
(src/tokenizer.ts `promptIds`, src/steps.ts `StepsLayoutBuilder`, src/response-layout.ts `ResponseLayoutBuilder`).

The family parity fixtures (models/families/build.py) check this against the authors' procedures: same ids, same
positions, as src/families.fixtures.test.ts checks the TypeScript runtime.
"""

from __future__ import annotations

from dataclasses import dataclass

from tokenizers import Tokenizer


@dataclass
class Layout:
    """`ids` run in one pass; step k's score is read at row `positions[k]`. For implicit PRMs (`input.kind`
    "response") row j's target is `ids[j + 1]`, and rewards count from row `first` on (the rows before are the prompt)."""

    ids: list[int]
    positions: list[int]
    first: int = 0


def _encode(tokenizer: Tokenizer, text: str) -> list[int]:
    """Ids of `text`, special tokens written in it parsed, none added (PrmTokenizer.encode)."""
    return tokenizer.encode(text, add_special_tokens=False).ids if text else []


def _prompt_ids(tokenizer: Tokenizer, spec: dict, problem: str) -> list[int]:
    ids = _encode(tokenizer, spec["prompt"].replace("{problem}", problem, 1))
    return ids if spec["bos"] is None else [tokenizer.token_to_id(spec["bos"]), *ids]


def _split(text: str, split: str, trim: bool, keep_empty: bool) -> list[str]:
    parts = [p.strip() if trim else p for p in text.split(split)]
    return parts if keep_empty else [p for p in parts if p != ""]


def _steps_layout(tokenizer: Tokenizer, spec: dict, problem: str, steps: list[str]) -> Layout:
    trim = spec.get("trimSteps", True)
    if spec.get("splitGivenSteps"):
        steps = _split(spec["stepSplit"].join(steps), spec["stepSplit"], trim, spec.get("keepEmptySteps", False))
    separator = _encode(tokenizer, spec["stepSeparator"])
    at = spec.get("scoreToken", -1)
    score_index = at + len(separator) if at < 0 else at
    prefix = _encode(tokenizer, spec.get("stepPrefix", ""))
    tag = separator[score_index] if spec.get("scoreTagsInText") else None
    templates = spec.get("stepText", {"first": "{step}", "rest": "{step}"})
    ids = _prompt_ids(tokenizer, spec, problem.lstrip() if spec.get("trimProblemStart") else problem)
    positions = []
    for index, step in enumerate(steps):
        if index > 0:
            ids += separator[score_index + 1 :] + prefix
        text = templates["first" if index == 0 else "rest"].replace("{step}", step.strip() if trim else step, 1)
        for token in _encode(tokenizer, text):
            ids.append(token)
            if token == tag:
                positions.append(len(ids) - 1)
        ids += separator[: score_index + 1]
        positions.append(len(ids) - 1)
    return Layout(ids, positions)


def _response_layout(tokenizer: Tokenizer, spec: dict, problem: str, steps: list[str]) -> Layout:
    prompt = _prompt_ids(tokenizer, spec, problem)
    split = spec["stepSplit"]
    response = _encode(tokenizer, split.join(steps))
    # step k < last: one token past the first k + 1 steps tokenized alone; the last: the first responseEnd token
    bounds = [len(_encode(tokenizer, split.join(steps[: k + 1]))) + 1 for k in range(len(steps) - 1)] + [len(response)]
    first = len(prompt) - 1  # the prompt's last token opens the layout: its row scores the first response token
    return Layout(prompt + response + _encode(tokenizer, spec["responseEnd"]), [first + b for b in bounds], first)


def layout(spec: dict, tokenizer: Tokenizer, problem: str, steps: list[str]) -> Layout:
    """The one-shot layout of `problem` and `steps` under prm.json `input` section `spec`."""
    build = _response_layout if spec["kind"] == "response" else _steps_layout
    return build(tokenizer, spec, problem, steps)
