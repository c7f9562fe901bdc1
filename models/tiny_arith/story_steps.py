"""The words around a story solution's steps: leads and tails around an equation, a change retold, a result stated
first, and the answer line ("So she has 14 pens left.", "#### 14").
"""

from __future__ import annotations

import random

from .story_problem import Story, cap
from .surface import ARROWS

#: Words that name a step's operation before its number ("Adding 7 -> ").
GERUND = {
    "+": ["Adding", "Plus", "Adding on", "Add"],
    "-": ["Subtracting", "Taking away", "Minus", "Subtract"],
    "*": ["Multiplying", "Times", "Multiply"],
    "/": ["Dividing", "Sharing", "Split", "Divide"],
}


def restating_lead(rng: random.Random, story: Story, op: str, n: int) -> str:
    """A lead that retells the step's change in words first ("She gives away 5, so ", "After that they buy 7 more: ")."""
    clause = story.change_clause(op, n, with_subject=True)
    forms = [f"{cap(clause)}, so ", f"{cap(clause)}{rng.choice(ARROWS)}", f"Since {clause}, ", f"Then {clause}, which gives ", f"{cap(clause)}. "]
    return rng.choice(forms)


def result_first(rng: random.Random, story: Story, op: str, eq: str) -> tuple[str, str]:
    """A lead that states the step's result before its equation, and the tail that closes it ("48 pens now: ",
    "She has 48 pens (" ... ")."): the result is the equation's own, right or wrong."""
    c, item = eq.rsplit("=", 1)[1].strip(), story.item
    who = cap(story.actor.subject)
    has, state = story.actor.verb("have", "present"), "left" if op in "-/" else "now"
    forms = [
        (f"{c} {item} {state}: ", ""),
        (f"{who} {has} {c} {item} {state}: ", "."),
        (f"That makes {c}: ", ""),
        (f"{who} {has} {c} {item} (", ")."),
        (f"{c} {item}, since ", "."),
        (f"Now {c}, because ", "."),
        (f"{c} {item} {state}. ", ""),
        (f"{c} {item} in total (", ")"),
    ]
    return rng.choice(forms)


def step_text(rng: random.Random, story: Story, k: int, op: str, n: int, eq: str, told: tuple[str, int] | None = None, first: float = 0.0) -> tuple[str, int]:
    """A step around `eq`; returns the text and where the equation starts. `told` is the problem's change
    (operation, number) that some leads retell in words before the equation; with probability `first` the step
    states its result before the equation (`result_first`)."""
    actor, item = story.actor, story.item
    has = actor.verb("have", "present")
    who = cap(actor.subject)
    if first and rng.random() < first:
        lead, tail = result_first(rng, story, op, eq)
        return lead + eq + tail, len(lead)
    leads = [
        "",
        "",
        "",
        "First, " if k == 0 else "Then ",
        "Next, ",
        f"Step {k + 1}: ",
        "- ",
        "=> ",
        "Now ",
        "So ",
        f"{who} {has} ",
        "That leaves ",
        f"{rng.choice(GERUND[op])} {n}{rng.choice(ARROWS)}",
        "After that: ",
        "We get ",
        "This gives ",
        f"{cap(story.other)}'s part: " if rng.random() < 0.1 else "",
        "Then we have ",
    ]
    tails = [
        "",
        ".",
        ".",
        f" {item}.",
        f" {item} left.",
        f" {item} in total.",
        " remain.",
        " now.",
        " (doubled)." if op == "*" and n == 2 else ".",
        f" {item}",
        " left",
    ]
    lead = story.step_label(told)
    if lead is None:
        lead = restating_lead(rng, story, *told) if told and rng.random() < 0.25 else rng.choice(leads)
    return lead + eq + rng.choice(tails), len(lead)


def answer_text(rng: random.Random, story: Story, r: int) -> tuple[str, int]:
    actor, item = story.actor, story.item
    who = cap(actor.subject)
    forms = [
        "#### {r}",
        "The answer is {r}.",
        f"So {actor.subject} {actor.verb('have', 'present')} {{r}} {item} left.",
        "Answer: {r}",
        "**Answer: {r}**",
        "{r}",
        "Final answer: {r}",
        f"{who} {actor.verb('end', 'present')} up with {{r}} {item}.",
        f"There are {{r}} {item} left.",
        f"That means {{r}} {item} remain.",
        "In the end there are {r}.",
        f"So the answer is {{r}} {item}.",
        "The final answer is {r}",
        f"{{r}} {item}",
        "=> {r}",
        "Ans: {r}",
        "Total: {r}",
        f"Count: {{r}} {item}",
    ]
    form = rng.choice(forms)
    return form.format(r=r), form.index("{r}")


#: The kinds of error a record's wrong step has, drawn uniformly from this list.
