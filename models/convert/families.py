"""The PRM families the converter knows: how each reads its head from the checkpoint and how its input is laid
out (models/convert/CONVENTIONS.md, sections named per family)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from torch import nn

from . import heads
from .templates import PROBLEM, STEPS, cut, label_id, render, special_tokens_in, steps_input, trims_turns
from .weights import Weights

QWEN_PRM_SYSTEM = "Please reason step by step, and put your final answer within \\boxed{}."


@dataclass
class Options:
    """Converter options that shape the input layout."""

    step_split: str | None = None
    separator: str | None = None
    step_tag: str = " ки"
    labels: tuple[str, str] = ("+", "-")
    reference: Path | None = None  # implicit: the reference model's folder
    coef: float = 0.001  # implicit: the reward scale (EurusPRM's coef)


@dataclass
class Family:
    name: str
    summary: str
    # (weights, tokenizer, options) -> (head module, prm.json head section); None for implicit PRMs (two LMs)
    head: Callable[[Weights, object, Options], tuple[nn.Module, dict]] | None
    # (tokenizer, options) -> prm.json input section
    input: Callable[[object, Options], dict]
    threshold: float
    aggregation: str
    # when a step is wrong: its score is "below" the threshold, or "at-or-below" it (PURE's card: correct iff reward > 0)
    threshold_rule: str = "below"


def _two_class(weights: Weights, tokenizer, options: Options, score: str = "softmax") -> tuple[nn.Module, dict]:
    head = heads.token_classification(weights)
    return head, {"kind": "token-classification", "numLabels": head.out_features, "positiveIndex": 1, "score": score}


def _label_tokens(weights: Weights, tokenizer, options: Options) -> tuple[nn.Module, dict]:
    positive, negative = options.labels
    ids = {"positive": label_id(tokenizer, positive), "negative": label_id(tokenizer, negative)}
    head = heads.label_tokens(weights, ids["positive"], ids["negative"])
    return head, {"kind": "label-tokens", "tokens": {"positive": positive, "negative": negative}, "tokenIds": ids, "score": "softmax"}


def _bos(tokenizer) -> str | None:
    """The BOS token when the tokenizer's plain `encode` adds one."""
    ids = tokenizer.encode("a")
    return tokenizer.bos_token if tokenizer.bos_token_id is not None and ids[0] == tokenizer.bos_token_id else None


def _qwen_prm_input(tokenizer, options: Options) -> dict:
    # §1: system prompt, user = problem, assistant = steps each followed by <extra_0>.
    text = render(tokenizer, [{"role": "system", "content": QWEN_PRM_SYSTEM}, {"role": "user", "content": PROBLEM}, {"role": "assistant", "content": STEPS[0]}])
    prompt = cut(text, "", STEPS[0]).replace(PROBLEM, "{problem}")
    # The card joins the steps as given: their whitespace is kept.
    return steps_input(tokenizer, bos=None, prompt=prompt, step_split=options.step_split or "\n\n", separator="<extra_0>", trim=False)


def _skywork_input(tokenizer, options: Options) -> dict:
    # §2: bos + problem + "\n", then every line tokenized alone + the "\n" token; empty lines scored too. The authors
    # score a response, so steps given as a list are joined and cut into lines again.
    return steps_input(
        tokenizer,
        bos=None,
        prompt=tokenizer.bos_token + "{problem}\n",
        step_split="\n",
        separator="\n",
        trim=False,
        keep_empty=True,
        split_given_steps=True,
    )


def _math_shepherd_input(tokenizer, options: Options) -> dict:
    # §3: f"{question} {output}", output = steps each ending in " ки", joined by "\n"; steps kept as given, and
    # the card reads every tag token, so a tag inside a step's text is scored as a step of its own.
    return steps_input(
        tokenizer,
        bos=_bos(tokenizer),
        prompt="{problem}",
        step_split=options.step_split or "\n",
        separator=options.step_tag,
        step_text={"first": " {step}", "rest": "{step}"},
        step_prefix="\n",
        trim=False,
        score_tags_in_text=True,
    )


def _rlhflow_input(tokenizer, options: Options) -> dict:
    # §4: user turn 1 = problem + " " + step 1, later user turns = one step, every assistant turn = "+";
    # the score is read at the token before each assistant "+". prm_evaluate.py strips every step, and Llama 3.1's
    # template trims every turn's content: the problem, which starts turn 1, loses its leading whitespace.
    def conversation(steps):
        turns = []
        for i, step in enumerate(steps):
            turns += [{"role": "user", "content": f"{PROBLEM} {step}" if i == 0 else step}, {"role": "assistant", "content": options.labels[0]}]
        return render(tokenizer, turns)

    one, two = conversation(STEPS[:1]), conversation(STEPS)
    separator = cut(one, STEPS[0], "")
    between = cut(two, STEPS[0], STEPS[1])
    assert between.startswith(separator), "the chat template renders turns differently as the conversation grows"
    ids = tokenizer.encode(separator, add_special_tokens=False)
    plus = label_id(tokenizer, options.labels[0])
    score_token = max(i for i, t in enumerate(ids) if t == plus) - 1 - len(ids)
    return steps_input(
        tokenizer,
        bos=None,
        prompt=cut(one, "", PROBLEM) + "{problem}",
        step_split=options.step_split or "\n\n",
        separator=separator,
        step_text={"first": cut(one, PROBLEM, STEPS[0]) + "{step}", "rest": "{step}"},
        step_prefix=between[len(separator) :],
        score_token=score_token,
        trim_problem_start=trims_turns(tokenizer),
    )


def _trl_input(tokenizer, options: Options) -> dict:
    # §5: (bos) + prompt, then per step: step tokens + separator tokens, read at the separator's last token;
    # `tokenize_row` tokenizes each step as given (PURE's card likewise).
    separator = options.separator or "\n"
    split = options.step_split or (separator if separator.strip() == "" else "\n\n")
    return steps_input(
        tokenizer,
        bos=tokenizer.bos_token if tokenizer.bos_token_id is not None else None,
        prompt="{problem}",
        step_split=split,
        separator=separator,
        trim=False,
    )


def _implicit_input(tokenizer, options: Options) -> dict:
    # §6: chat template over [user: problem, assistant: steps joined by "\n\n"], the response tokenized whole.
    text = render(tokenizer, [{"role": "user", "content": PROBLEM}, {"role": "assistant", "content": STEPS[0]}])
    prompt = cut(text, "", STEPS[0]).replace(PROBLEM, "{problem}")
    end = cut(text, STEPS[0], "")
    return {
        "kind": "response",
        "bos": None,
        "specialTokens": special_tokens_in(tokenizer, prompt, end),
        "prompt": prompt,
        "stepSplit": options.step_split or "\n\n",
        "responseEnd": end,
        "stepTokenization": "whole",
        "scoreAt": "prime-boundary",
    }


FAMILIES = {
    f.name: f
    for f in [
        Family(
            "qwen2.5-math-prm",
            "Qwen2.5-Math-PRM: MLP head, 2 classes, read at <extra_0> in the chat template",
            lambda w, t, o: (heads.process_reward_mlp(w), {"kind": "token-classification", "numLabels": 2, "positiveIndex": 1, "score": "softmax"}),
            _qwen_prm_input,
            0.5,
            "product",
        ),
        Family(
            "skywork-prm",
            "Skywork-o1-Open-PRM: value head, sigmoid at every appended newline",
            lambda w, t, o: (heads.value_head(w), {"kind": "value", "score": "sigmoid"}),
            _skywork_input,
            0.5,
            "mean",
        ),
        Family("math-shepherd", "Math-Shepherd: LM head, softmax over the +/- label logits at every step tag", _label_tokens, _math_shepherd_input, 0.5, "min"),
        Family("rlhflow", "RLHFlow: LM head, +/- label logits before each assistant '+' of the chat", _label_tokens, _rlhflow_input, 0.5, "mean"),
        Family("trl", "TRL PRMTrainer token classification, read at each step separator's last token", _two_class, _trl_input, 0.5, "min"),
        Family(
            "pure",
            "PURE: TRL-style token classification, reward p1 - p0 at each appended newline",
            lambda w, t, o: _two_class(w, t, o, "p1-p0"),
            _trl_input,
            0.0,
            "min",
            "at-or-below",
        ),
        Family("implicit", "Implicit PRM (PRIME / EurusPRM): coef x log(pi / pi_ref) summed up to each step end", None, _implicit_input, 0.5, "min"),
    ]
}
