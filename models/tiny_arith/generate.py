"""Generator for the tiny-arith domain (see models/tiny-arith-prm/DOMAIN.md).

Writes ProcessBench-format JSONL records. Each record also carries ``error``: the earliest wrong step,
its kind, and the character offset inside that step's text where the error first becomes visible
(the per-token label boundary). ``python -m models.tiny_arith.generate --help``.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

from . import wide as Wide
from . import wording as W

OPS = "+-*/"
MAX_VALUE = 9999
#: With `wide`, the share of sentences composed by `wide.py` instead of taken from the templates.
WIDE_SHARE = 0.4


@dataclass
class Change:
    op: str  # one of + - * /
    n: int
    phrase_key: str  # key of wording.CHANGES (e.g. "*2" for "doubles")


def apply(a: int, op: str, b: int) -> int | None:
    """a op b if it is an integer in 0..9999, else None."""
    if op == "+":
        c = a + b
    elif op == "-":
        c = a - b
    elif op == "*":
        c = a * b
    else:
        if b == 0 or a % b:
            return None
        c = a // b
    return c if 0 <= c <= MAX_VALUE else None


def apply_loose(a: int, op: str, b: int) -> int:
    """a op b forced into 0..9999 (floor division): how a solution carries on after an earlier error."""
    exact = apply(a, op, b)
    if exact is not None:
        return exact
    c = a + b if op == "+" else a - b if op == "-" else a * b if op == "*" else a // max(b, 1)
    return max(0, min(MAX_VALUE, c))


def first_difference(shown: str, true: str) -> int:
    """Index where `shown` departs from `true`; len(shown) when shown is a proper prefix of true."""
    for i, (x, y) in enumerate(zip(shown, true)):
        if x != y:
            return i
    return min(len(shown), len(true))


def pick_change(rng: random.Random, value: int) -> Change | None:
    """A random feasible change from `value`."""
    for _ in range(20):
        op = rng.choice("++--*/")
        if op == "+" and value < MAX_VALUE:
            hi = min(999, MAX_VALUE - value)
            n = rng.randint(1, min(hi, rng.choice([20, 99, 999])))
            return Change("+", n, "+")
        if op == "-" and value > 0:
            n = rng.randint(1, min(999, value))
            return Change("-", n, "-")
        if op == "*" and 0 < value <= MAX_VALUE // 2:
            n = rng.randint(2, min(9, MAX_VALUE // value))
            key = {2: rng.choice(["*2", "*"]), 3: rng.choice(["*3", "*"])}.get(n, "*")
            return Change("*", n, key)
        if op == "/" and value >= 2:
            divisors = [d for d in range(2, 10) if value % d == 0]
            if divisors:
                n = rng.choice(divisors)
                key = rng.choice(["/2", "/"]) if n == 2 else "/"
                return Change("/", n, key)
    return None


def made_up_word(rng: random.Random) -> str:
    return "".join(rng.choice(W.SYLLABLES) for _ in range(rng.randint(2, 3)))


def pick_name_and_item(rng: random.Random, style: str) -> tuple[str, str]:
    """A listed name and item; training wording also uses made-up ones, so no word list is learnt by heart."""
    name, item = rng.choice(W.NAMES[style]), rng.choice(W.ITEMS[style])
    if style == "train" and rng.random() < 0.3:
        name = made_up_word(rng).capitalize()
    if style == "train" and rng.random() < 0.2:
        item = made_up_word(rng) + "s"
    return name, item


def template(rng: random.Random, table: dict[str, list[str]], style: str, wide: bool, compose) -> str:
    """A template of `table` for `style`, or (training wording with `wide`) one composed by `compose`."""
    return compose(rng) if wide and style == "train" and rng.random() < WIDE_SHARE else rng.choice(table[style])


def sprinkle(rng: random.Random, text: str, most: int, wide: bool = False) -> str:
    """Inserts up to `most` made-up words at word boundaries away from numbers: noise that teaches the model to
    read numbers and change verbs and skip words it does not know (the held-out wording is unseen text)."""
    words = text.split(" ")
    for _ in range(rng.randint(1, most)):
        spots = [i for i in range(len(words) + 1) if not any(ch.isdigit() or ch == "\x00" for w in words[max(0, i - 1) : i + 1] for ch in w)]
        if not spots:
            break
        words.insert(rng.choice(spots), Wide.words(rng, 1, 1) if wide else made_up_word(rng))
    return " ".join(words)


def start_value(rng: random.Random) -> int:
    return rng.choice([rng.randint(1, 20), rng.randint(2, 99), rng.randint(10, 999), rng.randint(1, 999)])


def problem_text(
    rng: random.Random,
    style: str,
    name: str,
    item: str,
    pronoun: tuple[str, str, str],
    start: int,
    changes: list[Change],
    noisy: bool = False,
    wide: bool = False,
) -> str:
    """1 to 4 sentences: a start, one or two sentences of changes, a question."""
    subject, Subject, _ = pronoun
    tense = rng.choice([0, 1])  # 0 present, 1 past
    plural = subject == "they"

    def phrase(change: Change) -> str:
        forms = rng.choice(W.CHANGES[change.phrase_key])
        form = forms[1] if tense == 1 else forms[2] if plural else forms[0]
        return form.format(n=change.n, item=item)

    groups = [changes] if len(changes) == 1 or rng.random() < 0.4 else [changes[: len(changes) // 2], changes[len(changes) // 2 :]]
    start_form = template(rng, W.START, style, wide, Wide.start_form)
    if style == "train" and start_form.startswith("{name}") and rng.random() < 0.3:
        start_form = rng.choice(W.START_PREFIXES) + start_form
    sentences = [start_form.format(name=name, n=start, item=item)]
    for group in groups:
        link = template(rng, W.LINKS, style, wide, Wide.link_form).format(p=subject, P=Subject)
        joined = phrase(group[0])
        for change in group[1:]:
            joined += rng.choice([", then ", " and then ", " and ", ", and after that "]) + phrase(change)
        sentences.append(link + joined + ".")
    question = template(rng, W.QUESTIONS, style, wide, Wide.question_form).format(item=item, name=name, p=subject)
    if plural:
        question = question.replace("does they", "do they")
    sentences.append(question)
    if rng.random() < 0.3 and len(sentences) > 2:  # fold the start into the first change sentence
        first = sentences[0].rstrip(".")
        sentences = [first + " and " + sentences[1][0].lower() + sentences[1][1:]] + sentences[2:]
    text = " ".join(sentences)
    return sprinkle(rng, text, 3, wide) if noisy and rng.random() < 0.5 else text


def wrong_number(rng: random.Random, true: int, others: list[int]) -> int:
    """A plausible wrong value: off by one or ten, a digit slip, a swap, another number, or random."""
    for _ in range(30):
        kind = rng.random()
        digits = list(str(true))
        if kind < 0.25:
            cand = true + rng.choice([-1, 1, -2, 2, -10, 10])
        elif kind < 0.45:
            i = rng.randrange(len(digits))
            digits[i] = str((int(digits[i]) + rng.choice([1, 9, 2, 8])) % 10)
            cand = int("".join(digits))
        elif kind < 0.55 and len(digits) > 1:
            i = rng.randrange(len(digits) - 1)
            digits[i], digits[i + 1] = digits[i + 1], digits[i]
            cand = int("".join(digits))
        elif kind < 0.65 and others:
            cand = rng.choice(others)
        elif kind < 0.75:
            cand = true + rng.choice([-100, 100, -1000, 1000])
        else:
            cand = rng.randint(0, max(20, min(MAX_VALUE, true * 2)))
        if cand != true and 0 <= cand <= MAX_VALUE:
            return cand
    return true + 1 if true < MAX_VALUE else true - 1


def step_text(
    rng: random.Random,
    style: str,
    name: str,
    item: str,
    subject: tuple[str, str, str],
    a: int,
    op: str,
    b: int,
    c: int,
    noisy: bool = False,
    wide: bool = False,
) -> tuple[str, int]:
    """A step stating `a op b = c`; returns the text and the offset where the equation starts."""
    form = template(rng, W.STEP_FORMS, style, wide, Wide.step_form)
    verbing = rng.choice(W.VERBING[op])
    eq = f"{a} {op} {b} = {c}"
    text = form.replace("{eq}", "\x00").format(p=name if subject[0] == "they" else subject[0], name=name, item=item, Verbing=verbing)
    if noisy and rng.random() < 0.3:
        text = sprinkle(rng, text, 2, wide)
    if text.startswith(subject[0]):
        text = text[0].upper() + text[1:]
    at = text.index("\x00")
    return text.replace("\x00", eq), at


def make_record(rng: random.Random, style: str, index: int, error_rate: float, noisy: bool = False, wide: bool = False) -> dict:
    (name, item), pronoun = pick_name_and_item(rng, style), rng.choice(W.PRONOUNS)
    start = start_value(rng)
    changes: list[Change] = []
    value = start
    for _ in range(rng.randint(1, 5)):
        change = pick_change(rng, value)
        if change is None:
            break
        changes.append(change)
        value = apply(value, change.op, change.n)  # type: ignore[assignment]
    if not changes:
        changes, value = [Change("+", 1, "+")], start + 1
    problem = problem_text(rng, style, name, item, pronoun, start, changes, noisy, wide)
    numbers = [start] + [c.n for c in changes]

    error_step = rng.randint(0, len(changes)) if rng.random() < error_rate else -1
    steps: list[str] = []
    error: dict | None = None
    shown = start  # the value the solution carries (wrong after an error)
    for i, change in enumerate(changes):
        a, op, b = shown, change.op, change.n
        kinds = ["slip", "slip", "operand_b", "operation", "operand_a"]
        kind = rng.choice(kinds) if i == error_step else None
        if kind == "operand_a":
            a = wrong_number(rng, shown, [n for n in numbers if n != shown])
        elif kind == "operand_b":
            b = wrong_number(rng, change.n, [n for n in numbers if n != change.n])
        elif kind == "operation":
            choices = [o for o in OPS if o != op and apply(a, o, b) is not None]
            if choices:
                op = rng.choice(choices)
            else:
                kind = "slip"
        c = apply(a, op, b) if kind else apply_loose(a, op, b)
        if c is None:  # a wrong operand made the true operation infeasible: fall back to a slip
            kind, a, op, b = "slip", shown, change.op, change.n
            c = apply(a, op, b)
        true_c = c
        if kind == "slip":
            c = wrong_number(rng, true_c, [])  # type: ignore[arg-type]
        text, at = step_text(rng, style, name, item, pronoun, a, op, b, c, noisy, wide)  # type: ignore[arg-type]
        if kind is not None:
            a_s, b_s = str(a), str(b)
            offsets = {
                "operand_a": at + first_difference(a_s, str(shown)),
                "operand_b": at + len(a_s) + 3 + first_difference(b_s, str(change.n)),
                "operation": at + len(a_s) + 1,
                "slip": at + len(a_s) + len(b_s) + 6 + first_difference(str(c), str(true_c)),
            }
            error = {"step": i, "kind": kind, "offset": offsets[kind]}
        steps.append(text)
        shown = c  # type: ignore[assignment]

    answer = shown
    if error_step == len(changes):
        answer = wrong_number(rng, shown, numbers)
    answer_form = template(rng, W.ANSWERS, style, wide, Wide.answer_form)
    answer_text = answer_form.format(r=answer)
    if error_step == len(changes):
        at = answer_text.index(str(answer))
        error = {"step": len(changes), "kind": "answer", "offset": at + first_difference(str(answer), str(shown))}
    steps.append(answer_text)
    return {
        "id": f"tiny-arith-{style}-{index}",
        "problem": problem,
        "steps": steps,
        "label": error["step"] if error else -1,
        "final_answer_correct": answer == value,
        "error": error,
        "answer": value,
    }


def generate(seed: int, count: int, style: str = "train", error_rate: float = 0.5, noisy: bool = False, wide: bool = False) -> list[dict]:
    """`count` records, deterministic for (seed, style, error_rate, noisy, wide)."""
    rng = random.Random(f"{seed}:{style}:{error_rate}")
    return [make_record(rng, style, i, error_rate, noisy, wide) for i in range(count)]


def write_jsonl(records: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as f:
        for record in records:
            f.write(json.dumps(record) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--style", choices=["train", "heldout"], default="train")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write_jsonl(generate(args.seed, args.count, args.style), args.out)


if __name__ == "__main__":
    main()
