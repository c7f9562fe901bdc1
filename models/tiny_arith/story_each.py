"""The question that is itself the last change: sharing out equally, then "How many does each friend get?".

DOMAIN.md lists "how many does each get" among the ways to tell a division: the problem stops before the share and
asks for one share ("She shares them equally among 4 friends. How many does each friend get?"), and the solution's
last step divides as for any other division. Written from DOMAIN.md and everyday English.
"""

from __future__ import annotations

import random

from .story_problem import Story, cap, say_number

#: (the verb, how the items end up, who or what gets a share, one of those): "shares them equally among 4 friends".
SHARES = [
    ("share", "equally among", "friends", "friend"),
    ("share", "out equally between", "children", "child"),
    ("divide", "evenly among", "classmates", "classmate"),
    ("split", "equally between", "teams", "team"),
    ("hand", "out equally to", "neighbours", "neighbour"),
    ("deal", "out evenly to", "players", "player"),
    ("pack", "equally into", "boxes", "box"),
    ("put", "in equal numbers into", "bags", "bag"),
    ("sort", "evenly into", "jars", "jar"),
]
#: The shares that go into containers ("How many go in each box?"), not to people.
CONTAINERS = ("boxes", "bags", "jars")


def each_question(rng: random.Random, story: Story, n: int) -> str:
    """Sentences that share the items out by `n` and ask for one share, in the story's tense."""
    actor, item, past = story.actor, story.item, story.tense == "past"
    who = actor.subject if story.mentioned and rng.random() < 0.7 else actor.name
    verb, how, whom, one = rng.choice(SHARES)
    does, are, go = ("did", "were", "went") if past else ("does", "are", "go")
    them, num = rng.choice(["them", f"the {item}", f"all the {item}", "them all"]), say_number(rng, n, 0.5)
    shared = f"{actor.verb(verb, story.tense, who)} {them} {how} {num} {whom}"
    if whom in CONTAINERS:
        asks = [f"How many {item} {go} in each {one}?", f"How many {are} in each {one}?", f"How many {item} {are} in each of them?"]
    else:
        asks = [f"How many {item} {does} each {one} get?", f"How many {does} each of the {whom} get?", f"What {does} each {one} get?"]
    ask = rng.choice(asks)
    return rng.choice([f"{cap(who)} {shared}. {ask}", f"If {who} {shared}, {ask[:1].lower()}{ask[1:]}"])
