"""A compositional grammar for tiny-arith problems and solutions written the way people type them (`--story`).

Where generate.py fills sentence templates, this composes a story (story_problem.py tells the problem) and its
solution: one equation per step with `+ - * /`, `× ÷ −` or a typed `x` and varied words around it (lists and arrows:
surface.py), answers in the forms people write ("So she has 14 pens left.", "#### 14"). Records carry the same `error`
field as generate.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from . import lexicon as L
from .chat import chat_styled
from .generate import MAX_VALUE, apply, apply_loose, first_difference, pick_change, wrong_number
from .preamble import with_preamble
from .story_each import each_question
from .story_money import MoneyStory
from .story_notes import notes_text
from .story_places import PlaceStory
from .story_problem import Story, pick_actor, problem_text
from .story_steps import answer_text, step_text
from .story_wallet import WalletStory
from .surface import list_style

SYMBOLS = {
    "ascii": {"+": "+", "-": "-", "*": "*", "/": "/"},
    "unicode": {"+": "+", "-": "−", "*": "×", "/": "÷"},
    "mixed": {"+": "+", "-": "-", "*": "×", "/": "÷"},
    "typed": {"+": "+", "-": "-", "*": "x", "/": "/"},
}


def equation(rng: random.Random, a: int, op: str, b: int, c: int, symbols: dict[str, str], tight: bool) -> tuple[str, list[int]]:
    """`a op b = c` and the offsets of a, op, b and c inside it."""
    space = "" if tight else " "
    parts = [str(a), space, symbols[op], space, str(b), space, "=", space, str(c)]
    offsets, at = [], 0
    for k, part in enumerate(parts):
        if k in (0, 2, 4, 8):
            offsets.append(at)
        at += len(part)
    return "".join(parts), offsets


ERROR_KINDS = ("slip", "slip", "operand_b", "operand_b", "operation", "operation", "operand_a")
#: Drills (`generate_drills`) are mostly arithmetic slips: near misses the model can only see by checking the digits.
DRILL_KINDS = ("slip", "slip", "slip", "slip", "operand_b", "operation")
#: The share of answer errors that are a solution stopping early: it skips the last change or two and states the value
#: it reached, which is not the answer (after a missed slip, the commonest confident mistake of a policy).
EARLY_STOP_SHARE = 0.5
#: The share of solutions written as a list, each step opened by a bullet, an arrow or its number (surface.list_style).
LIST_SHARE = 0.2
#: In a record told with made-up verbs (`unread`), the share of its + and - changes told so.
UNREAD_CHANGES = 0.5
#: An extra step repeats the change just applied this often, else an earlier change (a policy's commonest extra steps).
REPEAT_LAST_SHARE = 0.6


def near_miss(rng: random.Random, true: int, others: list[int]) -> int:
    """A slip as a policy writes one: off by a power of ten (a dropped or extra carry or borrow) half the time, one
    digit off by one or two a third of the time, else any plausible wrong value (`wrong_number`)."""
    kind, digits = rng.random(), len(str(true))
    if kind < 0.5:
        cand = true + rng.choice([-1, 1]) * 10 ** rng.randrange(min(digits + 1, 4))
    elif kind < 0.8:
        place = 10 ** rng.randrange(digits)
        cand = true + rng.choice([-2, -1, 1, 2]) * place
        cand = cand if len(str(cand)) == digits else true + place
    else:
        cand = wrong_number(rng, true, others)
    return cand if cand != true and 0 <= cand <= MAX_VALUE else wrong_number(rng, true, others)


def make_story_record(
    rng: random.Random,
    index: int,
    error_rate: float = 0.5,
    kinds: tuple[str, ...] = ERROR_KINDS,
    most_changes: int = 5,
    slip: Callable[[random.Random, int, list[int]], int] = wrong_number,
    unread: float = 0.0,
    extra: float = 0.0,
    first: float = 0.0,
    money: float = 0.0,
    dictionary: float = 0.0,
    notes: float = 0.0,
    places: float = 0.0,
    wallet: float = 0.0,
    each: float = 0.0,
) -> dict:
    """One story record: a problem of 1..`most_changes` changes and its solution, wrong at one step (of a kind from
    `kinds`, an arithmetic slip's result drawn by `slip`) with probability `error_rate`. With probability `unread`,
    half of its + and - changes are told with made-up verbs (`Story`). A wrong record's error is, with probability
    `extra`, a step too many (kind "extra"): a right step that applies a change again, right after applying it or
    after the last change, its operation sign marked. Each step states its result before its equation with
    probability `first` (`result_first`); its error, if any, is still marked in the equation, where it can be checked.
    With probability `money` the story counts money (story_money.py); `dictionary` is the story's `Story.dictionary`.
    With probability `notes` a story that does not count money is told as notes (story_notes.py); with probability
    `places` a story that does not count money counts the items at a place, coming and going (story_places.py). With
    probability `wallet` a money story is told about where the money is kept and what it buys (story_wallet.py). With
    probability `each` a story told in sentences whose last change divides asks for one share (story_each.py)."""
    actor, tense = pick_actor(rng), rng.choice(["present", "past"])
    told_unread = UNREAD_CHANGES if unread and rng.random() < unread else 0.0
    if money and rng.random() < money:
        money_story = WalletStory if wallet and rng.random() < wallet else MoneyStory
        story: Story = money_story(rng, actor, tense, told_unread)
    elif places and rng.random() < places:
        story = PlaceStory(rng, tense)
    else:
        story = Story(rng, actor, L.pick(rng, "items"), tense, told_unread)
    story.dictionary = dictionary
    product = None
    if rng.random() < 0.25:
        product = (rng.randint(2, 30), rng.randint(2, 40))
        value = product[0] * product[1]
        start = product[0]
        changes: list[tuple[str, int]] = [("*", product[1])]
    else:
        start = rng.choice([rng.randint(2, 30), rng.randint(10, 99), rng.randint(20, 999)])
        value, changes = start, []
    for _ in range(rng.randint(1, most_changes if product is None else most_changes - 1)):
        change = pick_change(rng, value)
        if change is None:
            break
        changes.append((change.op, change.n))
        value = apply(value, change.op, change.n)  # type: ignore[assignment]
    if len(changes) == (1 if product else 0):
        changes.append(("+", 1))
        value += 1
    told = changes[1:] if product else changes
    if notes and not isinstance(story, (MoneyStory, PlaceStory)) and rng.random() < notes:
        problem = notes_text(rng, story, start, product, told)
    else:
        shared = each and told[-1][0] == "/" and not isinstance(story, PlaceStory) and rng.random() < each
        ask = (lambda: each_question(rng, story, told[-1][1])) if shared else None
        problem = problem_text(rng, story, start, product, told[:-1] if shared else told, ask)
    numbers = [start] + [n for _, n in changes]

    symbols = SYMBOLS[rng.choice(["ascii", "ascii", "ascii", "unicode", "unicode", "mixed", "typed"])]
    marks = list_style(rng) if rng.random() < LIST_SHARE else None
    tight = rng.random() < 0.1
    error_step = rng.randint(0, len(changes)) if rng.random() < error_rate else -1
    extra_after = -1  # the change after which the solution applies one again
    if error_step >= 0 and extra and rng.random() < extra:
        extra_after, error_step = min(error_step, len(changes) - 1), -1
    solved = len(changes)  # how many changes the solution works through before it states its answer
    if error_step == len(changes) and len(changes) >= 2 and rng.random() < EARLY_STOP_SHARE:
        solved -= rng.randint(1, min(2, len(changes) - 1))
    steps: list[str] = []
    error: dict | None = None
    shown = start
    for i, (true_op, true_n) in enumerate(changes[:solved]):
        a, op, b = shown, true_op, true_n
        kind = rng.choice(kinds) if i == error_step else None
        if kind == "operand_a" and i == 0:
            kind = "operand_b"
        if kind == "operand_a":
            a = wrong_number(rng, shown, [m for m in numbers if m != shown])
        elif kind == "operand_b":
            b = wrong_number(rng, true_n, [m for m in numbers if m != true_n])
        elif kind == "operation":
            choices = [o for o in "+-*/" if o != op and apply(a, o, b) is not None]
            op = rng.choice(choices) if choices else op
            kind = kind if choices else "slip"
        c = apply(a, op, b) if kind else apply_loose(a, op, b)
        if c is None:
            kind, a, op, b = "slip", shown, true_op, true_n
            c = apply(a, op, b)
        true_c = c
        if kind == "slip":
            c = slip(rng, true_c, [])  # type: ignore[arg-type]
        if i == 0 and product and rng.random() < 0.5:  # a product of two given numbers, in either order
            eq, (at_b, at_op, at_a, at_c) = equation(rng, b, op, a, c, symbols, tight)  # type: ignore[arg-type]
        else:
            eq, (at_a, at_op, at_b, at_c) = equation(rng, a, op, b, c, symbols, tight)  # type: ignore[arg-type]
        told_change = (true_op, true_n) if not (i == 0 and product) else None
        text, at = step_text(rng, story, len(steps), op, b, eq, told_change, first)
        text, at = opened(marks, len(steps), text, at)
        if kind is not None:
            offset = {
                "operand_a": at_a + first_difference(str(a), str(shown)),
                "operand_b": at_b + first_difference(str(b), str(true_n)),
                "operation": at_op,
                "slip": at_c + first_difference(str(c), str(true_c)),
            }[kind]
            error = {"step": len(steps), "kind": kind, "offset": at + offset}
            if kind == "slip":
                error["expected"] = true_c  # the result a right step writes (pairs.slip_twins)
        steps.append(text)
        shown = c  # type: ignore[assignment]
        if i == extra_after:
            shown, error = extra_step(rng, story, steps, shown, changes[: i + 1], symbols, tight, marks)
    stopped_early = solved < len(changes) and shown != value
    answer = shown if error_step != len(changes) or stopped_early else wrong_number(rng, shown, numbers)
    text, at = answer_text(rng, story, answer)
    if marks:
        text, at = marks[1] + text, at + len(marks[1])
    if error_step == len(changes):
        error = {"step": solved, "kind": "answer", "offset": at + first_difference(str(answer), str(value if stopped_early else shown))}
    steps.append(text)
    return {
        "id": f"tiny-arith-story-{index}",
        "problem": problem,
        "steps": steps,
        "label": error["step"] if error else -1,
        "final_answer_correct": answer == value,
        "error": error,
        "answer": value,
    }


def opened(marks: tuple[str, str] | None, k: int, text: str, at: int) -> tuple[str, int]:
    """Step `k`'s text behind its list opener (none without `marks`), and where its equation now starts."""
    if not marks:
        return text, at
    opener = marks[0].format(k=k + 1)
    return opener + text, at + len(opener)


def extra_step(
    rng: random.Random,
    story: Story,
    steps: list[str],
    shown: int,
    done: list[tuple[str, int]],
    symbols: dict[str, str],
    tight: bool,
    marks: tuple[str, str] | None,
) -> tuple[int, dict | None]:
    """Appends a step that applies one of the changes `done` again to `shown`: the last of them REPEAT_LAST_SHARE of
    the time, else another that stays in the domain. Returns the value it reaches and its error (None where no change
    fits, and no step is added)."""
    others = done[:-1]
    rng.shuffle(others)
    order = [done[-1], *others] if rng.random() < REPEAT_LAST_SHARE else [*others, done[-1]]
    for op, n in order:
        c = apply(shown, op, n)
        if c is not None and c != shown:
            eq, (_, at_op, _, _) = equation(rng, shown, op, n, c, symbols, tight)
            text, at = opened(marks, len(steps), *step_text(rng, story, len(steps), op, n, eq, (op, n)))
            steps.append(text)
            return c, {"step": len(steps) - 1, "kind": "extra", "offset": at + at_op}
    return shown, None


def generate_stories(
    seed: int,
    count: int,
    error_rate: float = 0.5,
    unread: float = 0.0,
    extra: float = 0.0,
    chat: float = 0.0,
    first: float = 0.0,
    preamble: float = 0.0,
    money: float = 0.0,
    dictionary: float = 0.0,
    notes: float = 0.0,
    places: float = 0.0,
    wallet: float = 0.0,
    each: float = 0.0,
) -> list[dict]:
    """`count` story records, deterministic for its arguments; `unread` of them told with some made-up verbs, `extra`
    of the wrong ones wrong by a step too many, `first` of their steps stating the result first, `money` of them counting money, `dictionary` of their
    changes told with WordNet's verbs, `notes` of them told as notes, `places` of them about a place and `wallet` of the
    money stories about where the money is kept, `each` of those ending in a division asking for one share
    (`make_story_record`),
    `preamble` of them opened by a step that sets the problem out (preamble.py) and `chat` of them written as a chat
    model writes (chat.py; those two drawn apart, so the records are the same ones with or without them)."""
    rng = random.Random(f"story:{seed}:{error_rate}")
    records = [
        make_story_record(
            rng,
            i,
            error_rate,
            unread=unread,
            extra=extra,
            first=first,
            money=money,
            dictionary=dictionary,
            notes=notes,
            places=places,
            wallet=wallet,
            each=each,
        )
        for i in range(count)
    ]
    if preamble:
        opener = random.Random(f"preamble:{seed}")
        records = [with_preamble(opener, r) if opener.random() < preamble else r for r in records]
    if not chat:
        return records
    styler = random.Random(f"chat:{seed}")
    return [chat_styled(styler, r) if styler.random() < chat else r for r in records]


def generate_drills(seed: int, count: int) -> list[dict]:
    """`count` short story records (one to three changes), most of them wrong by an arithmetic slip: cheap to train on,
    and dense in the near-miss results (831 for 841) a policy writes. Deterministic for `seed`."""
    rng = random.Random(f"drill:{seed}")
    return [make_story_record(rng, i, error_rate=0.75, kinds=DRILL_KINDS, most_changes=3, slip=near_miss) for i in range(count)]
