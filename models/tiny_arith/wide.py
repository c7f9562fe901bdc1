"""Randomly composed sentence shapes for the training wording (`--wide`).

The held-out split is written with sentence templates the model never sees, so training must not let it learn
any fixed wording. With `--wide`, part of the training records use sentences composed here from random words:
common English words (never one of the held-out wording's words, never a change verb or a number word, checked
at import) and made-up words of random letters, around the parts that carry meaning: the name, the number and
item of the start, the change phrases (real verbs, see wording.CHANGES), the equation and the answer's number.
"""

from __future__ import annotations

import random
import re

from . import wording as W

#: Common English words that carry no arithmetic: fillers for openers, start verbs, links and step prefixes.
FILLER = """
about across actually again ahead all almost along already also always around at back basically
behind below beside besides between big bright busy calm careful carefully certainly clearly close cold counting
cozy daily dear during each early easily evening every exactly fairly fine first for friendly from fun gently glad
good great happy here honestly house indeed inside just kind kitchen late lately left little lovely lucky main
maybe meanwhile mostly near nearby neat nice night noon now office often okay old only open other outside over
park perhaps pretty quick quickly quiet quietly rainy ready really recently right room safe school shelf simple
simply since slowly small soon still sunny sure surely table that the their these this those through
today together tonight too under usual usually very warm was weekend well were while with yard yesterday yet
""".split()

#: Verb phrases that state a quantity without changing it (start sentences).
HOLDING = [
    "has",
    "had",
    "holds",
    "held",
    "owns",
    "owned",
    "stores",
    "stored",
    "carries",
    "carried",
    "notices",
    "noticed",
    "is holding",
    "was holding",
    "starts with",
    "started with",
]

CONSONANTS, VOWELS = "bcdfghjklmnprstvwz", "aeiouy"


def _words_of(texts: list[str]) -> set[str]:
    return {w.lower() for t in texts for w in re.findall(r"[A-Za-z]+", t)}


def _check_filler() -> None:
    """Fillers never reuse the held-out wording nor any word of a change phrase (those carry the operations)."""
    heldout = _words_of([t for table in (W.START, W.LINKS, W.QUESTIONS, W.STEP_FORMS, W.ANSWERS, W.NAMES, W.ITEMS) for t in table["heldout"]])
    changes = _words_of([form for forms in W.CHANGES.values() for triple in forms for form in triple])
    numbers = {"one", "two", "three", "half", "double", "twice", "triple", "times", "more", "less", "answer"}
    clash = (set(FILLER) | _words_of(HOLDING)) & (heldout | changes | numbers)
    clash -= {"has", "had", "with", "the", "is", "was"}  # grammar shared by every wording
    assert not clash, f"filler words clash with held-out, change or number words: {sorted(clash)}"


_check_filler()


def random_word(rng: random.Random) -> str:
    """A made-up word of random letters (2-4 syllables)."""
    return "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 3))) + rng.choice(["", "n", "s", "t", "r"])


def words(rng: random.Random, low: int, high: int) -> str:
    """`low` to `high` filler or made-up words."""
    return " ".join(rng.choice(FILLER) if rng.random() < 0.7 else random_word(rng) for _ in range(rng.randint(low, high)))


def _cap(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def start_form(rng: random.Random) -> str:
    """A start sentence with {name}, {n} and {item} in one of several orders."""
    holding = rng.choice(HOLDING) if rng.random() < 0.6 else words(rng, 1, 2)
    shapes = [
        lambda: _join(_cap(words(rng, 1, 3)) + ",", "{name}", holding, "{n} {item}", words(rng, 0, 2)),
        lambda: _join("{name}", holding, "{n} {item}", words(rng, 0, 3)),
        lambda: _join(_cap(words(rng, 1, 2)), "{n} {item}", words(rng, 1, 3), "{name}'s", words(rng, 1, 1)),
        lambda: _join("{n} {item}", words(rng, 1, 3), "{name}"),
    ]
    return _cap(rng.choice(shapes)()) + "."


def link_form(rng: random.Random) -> str:
    """A sentence opener before a change phrase: {p} is the subject, {P} capitalised."""
    return rng.choice([_cap(words(rng, 1, 3)) + ", {p} ", _cap(words(rng, 1, 2)) + " {p} ", "{P} " + words(rng, 1, 2) + " "])


def question_form(rng: random.Random) -> str:
    """A closing question about the final count of {item} of {name}."""
    return _cap(_join(words(rng, 1, 3), "{item}", words(rng, 0, 2), "{name}", words(rng, 0, 2))) + rng.choice(["?", "."])


def step_form(rng: random.Random) -> str:
    """Words around the equation {eq}; may name the {item}."""
    before = _cap(words(rng, 0, 3))
    before += rng.choice(["", ":", ","]) if before else ""
    after = rng.choice(["", "{item}", words(rng, 1, 2), "{item} " + words(rng, 1, 2)])
    return _join(before, "{eq}", after) + rng.choice([".", ".", ""])


def answer_form(rng: random.Random) -> str:
    """A last step stating the answer {r}."""
    key = rng.choice(["answer:", "the answer is", "answer is", "the final answer is", "answer ="])
    return _cap(_join(words(rng, 0, 2), key, "{r}")) + rng.choice([".", ".", ""])
