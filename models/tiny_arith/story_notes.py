"""Problems jotted down as notes (`--notes-share`): a count sheet, a log or terse lines instead of a story.

The story's start and changes (story.py draws them) are told the way people keep a tally: a label and a number
("In: 16", "Sold: 20"), a time and what happened to the items ("Tuesday: 20 sold", "9am - 36 delivered"), the items
as subject ("Another 16 sold before closing.", "12 of them were given away."), a signed number ("+16 (delivered)"),
lines joined by new lines, bars, dots, semicolons or full stops, under a heading or none, with a short question last. The
verbs are past participles, so the count's direction is read from words told about the items, not from an actor.
"""

from __future__ import annotations

import random

from .story_problem import CONTAINERS, Story, cap, say_number

#: Past participles that tell the items came in (+), and that they went out (-).
GAIN_DONE = [
    "delivered", "received", "bought", "bought in", "brought in", "added", "made", "baked", "built", "found",
    "restocked", "dropped off", "sent over", "unloaded", "handed in", "put back", "won", "ordered in", "sent in",
    "returned by customers", "produced", "carried in", "gathered",
]  # fmt: skip
LOSS_DONE = [
    "sold", "used", "used up", "given away", "shipped", "shipped out", "sent out", "lost", "broken", "thrown out",
    "taken", "taken away", "handed out", "lent out", "eaten", "damaged", "sent back", "written off", "packed off",
    "cleared out", "moved out", "loaded onto the van", "picked up by customers", "spoiled", "stolen",
]  # fmt: skip
#: Short labels of a tally line for items coming in (+) and going out (-).
GAIN_LABELS = ["In", "Added", "Received", "Delivered", "Delivery", "New stock", "Restock", "Bought", "Incoming", "Top-up", "Plus"]
LOSS_LABELS = ["Out", "Sold", "Sales", "Used", "Given away", "Shipped", "Broken", "Lost", "Handed out", "Outgoing", "Minus"]
WHEN = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri",
    "9am", "10:30", "noon", "2pm", "4pm", "Morning", "Afternoon", "Evening", "Day 2", "Day 3", "Week 2", "Later", "Then",
]  # fmt: skip
JOINERS = ["\n", "\n", " | ", "; ", ". ", " · "]


def start_line(rng: random.Random, story: Story, start: int, product: tuple[int, int] | None) -> str:
    """The count at the start: a number, or `product` as boxes of so many."""
    item = story.item
    if product:
        a, b = say_number(rng, product[0], 0.2), say_number(rng, product[1], 0.1)
        box = rng.choice(CONTAINERS)
        forms = [f"Start: {a} {box} of {b}", f"{a} {box} × {b} {item}", f"Opening stock: {a} {box}, {b} {item} in each", f"{a} {box} with {b} in each"]
        return rng.choice(forms)
    n = say_number(rng, start, 0.1)
    forms = [f"Start: {n}", f"Opening stock: {n}", f"Start: {n} {item}", f"{n} {item} at the start", f"On hand: {n}", f"Count this morning: {n}", f"{n} {item}"]
    return rng.choice(forms)


def change_line(rng: random.Random, op: str, n: int) -> str:
    """One change `op n` as a tally line."""
    when = rng.choice(WHEN)
    if op in "+-":
        done = rng.choice(GAIN_DONE if op == "+" else LOSS_DONE)
        label = rng.choice(GAIN_LABELS if op == "+" else LOSS_LABELS)
        said = say_number(rng, n, 0.15)
        another = rng.choice(["another ", "a further "])
        forms = [
            f"{label}: {said}",
            f"{when}: {said} {done}",
            f"{when} - {said} {done}",
            f"{said} {done}",
            f"{cap(another)}{said} {done}",
            f"{said} of them {'was' if n == 1 else 'were'} {done}",
            f"{when}: {another}{said} {done}",
            f"{op}{n} ({done})",
        ]
        return rng.choice(forms)
    if op == "*":
        times = {2: "doubled", 3: "tripled"}.get(n)
        forms = [f"{when}: count multiplied by {n}", f"Stock up to {n} times that", f"{n} times as many after the big order"]
        if times:
            forms += [f"{when}: stock {times}", f"{cap(times)}", f"The count {times}"]
        return rng.choice(forms)
    forms = [f"{when}: split into {n} equal lots, one kept", f"Shared equally among {n} stores, one share kept", f"Divided evenly into {n} piles, kept one"]
    if n == 2:
        forms += [f"{when}: halved", "Half given away", "Half of them sold"]
    if n == 3:
        forms += ["A third kept, the rest sent away", f"{when}: kept only a third"]
    return rng.choice(forms)


def notes_text(rng: random.Random, story: Story, start: int, product: tuple[int, int] | None, changes: list[tuple[str, int]]) -> str:
    """The problem as notes: maybe a heading, the start, one line per change, maybe an aside, the question."""
    lines = [start_line(rng, story, start, product)] + [change_line(rng, op, n) for op, n in changes]
    if rng.random() < 0.3:
        lines.insert(rng.randint(1, len(lines)), story.distractor().rstrip("."))
    item = story.item
    questions = [f"How many {item} now?", "Left at the end?", f"How many {item} are left?", "Total now?", "What's the count now?", "Closing count?"]
    question = rng.choice(questions) if rng.random() < 0.7 else story.question()
    headings = [f"{cap(item)} count", f"Notes on the {item}", f"{cap(story.named())}'s tally", f"{cap(item)} log", "Stock notes"]
    joiner = rng.choice(JOINERS)
    text = joiner.join(lines)
    if rng.random() < 0.5:
        text = rng.choice(headings) + rng.choice([":\n", ": ", "\n", " - "]) + text
    text += rng.choice(["\n", "\n\n"]) if "\n" in joiner else "." + rng.choice([" ", "\n"])
    text += question
    return text.lower() if rng.random() < 0.1 else text
