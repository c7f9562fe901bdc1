"""Problems about a place that people or things come into and leave (`--places-share`): a bus, a hall, a car park.

DOMAIN.md names "gets on" (+) and "gets off" (-) among its examples of a change; the story grammar tells every change
with the actor as subject ("she buys 7 pens"). Here the items move by themselves and are the subject ("12 passengers
got on", "5 of them got off at the bridge", "9 more cars drove in"), the place stands for the actor in the solution's
words ("It has 46 passengers now."), and the question asks about the place ("How many people are on the bus now?").
Written from DOMAIN.md and everyday English.
"""

from __future__ import annotations

import random

from .story_problem import Actor, Story, cap, say_number

#: (the place, where the items are, the items, how they come and go)
PLACES = [
    ("the bus", "on the bus", "passengers", "ride"),
    ("the bus", "on the bus", "people", "ride"),
    ("the train", "on the train", "passengers", "ride"),
    ("the tram", "on the tram", "people", "ride"),
    ("the ferry", "on the ferry", "passengers", "ride"),
    ("the plane", "on the plane", "passengers", "ride"),
    ("the hall", "in the hall", "guests", "walk"),
    ("the library", "in the library", "students", "walk"),
    ("the museum", "in the museum", "visitors", "walk"),
    ("the party", "at the party", "guests", "walk"),
    ("the cafe", "in the cafe", "customers", "walk"),
    ("the waiting room", "in the waiting room", "patients", "walk"),
    ("the gym", "in the gym", "people", "walk"),
    ("the queue", "in the queue", "people", "queue"),
    ("the car park", "in the car park", "cars", "drive"),
    ("the garage", "in the garage", "vans", "drive"),
    ("the harbour", "in the harbour", "boats", "sail"),
    ("the tree", "in the tree", "birds", "fly"),
    ("the pond", "on the pond", "ducks", "fly"),
    ("the club", "in the club", "members", "join"),
    ("the choir", "in the choir", "singers", "join"),
]
#: Verbs (plural present, singular present, past) for items coming in (+), by how they move.
COME = {
    "ride": [("get on", "gets on", "got on"), ("board", "boards", "boarded"), ("climb aboard", "climbs aboard", "climbed aboard"),
             ("hop on", "hops on", "hopped on"), ("squeeze on", "squeezes on", "squeezed on"), ("get in", "gets in", "got in")],
    "walk": [("come in", "comes in", "came in"), ("arrive", "arrives", "arrived"), ("walk in", "walks in", "walked in"),
             ("turn up", "turns up", "turned up"), ("show up", "shows up", "showed up"), ("drop in", "drops in", "dropped in"),
             ("wander in", "wanders in", "wandered in"), ("join them", "joins them", "joined them")],
    "queue": [("join the queue", "joins the queue", "joined the queue"), ("line up behind them", "lines up behind them", "lined up behind them"),
              ("join the line", "joins the line", "joined the line"), ("arrive", "arrives", "arrived")],
    "drive": [("drive in", "drives in", "drove in"), ("pull in", "pulls in", "pulled in"), ("park there", "parks there", "parked there"),
              ("arrive", "arrives", "arrived")],
    "sail": [("sail in", "sails in", "sailed in"), ("dock", "docks", "docked"), ("come into port", "comes into port", "came into port"),
             ("arrive", "arrives", "arrived")],
    "fly": [("fly in", "flies in", "flew in"), ("land", "lands", "landed"), ("join them", "joins them", "joined them"),
            ("flutter down", "flutters down", "fluttered down")],
    "join": [("join", "joins", "joined"), ("sign up", "signs up", "signed up"), ("enrol", "enrols", "enrolled"),
             ("come on board", "comes on board", "came on board")],
}  # fmt: skip
#: Verbs for items going out (-), by how they move.
GO = {
    "ride": [("get off", "gets off", "got off"), ("step off", "steps off", "stepped off"), ("get out", "gets out", "got out"),
             ("hop off", "hops off", "hopped off"), ("leave", "leaves", "left"), ("climb off", "climbs off", "climbed off")],
    "walk": [("leave", "leaves", "left"), ("walk out", "walks out", "walked out"), ("go home", "goes home", "went home"),
             ("head off", "heads off", "headed off"), ("slip away", "slips away", "slipped away"), ("leave early", "leaves early", "left early")],
    "queue": [("give up waiting", "gives up waiting", "gave up waiting"), ("leave the queue", "leaves the queue", "left the queue"),
              ("are served and leave", "is served and leaves", "were served and left"), ("step out of line", "steps out of line", "stepped out of line")],
    "drive": [("drive off", "drives off", "drove off"), ("pull out", "pulls out", "pulled out"), ("leave", "leaves", "left"),
              ("drive away", "drives away", "drove away")],
    "sail": [("sail off", "sails off", "sailed off"), ("set sail", "sets sail", "set sail"), ("leave port", "leaves port", "left port"),
             ("head out to sea", "heads out to sea", "headed out to sea")],
    "fly": [("fly away", "flies away", "flew away"), ("fly off", "flies off", "flew off"), ("take off", "takes off", "took off")],
    "join": [("quit", "quits", "quit"), ("leave", "leaves", "left"), ("drop out", "drops out", "dropped out")],
}  # fmt: skip
#: When a change happens, by how the items move ("ride" has stops), or for any place.
WHEN = {
    "ride": ["at the first stop", "at the next stop", "at the station", "at the bridge", "at the last stop before town"],
    "any": ["later", "after an hour", "at noon", "soon after", "after lunch", "by six o'clock", "a little later"],
}


class PlaceStory(Story):
    """A story whose count is the items at a place; they come and go by themselves, the place stands for the actor."""

    def __init__(self, rng: random.Random, tense: str) -> None:
        self.place, self.where, item, self.moves = rng.choice(PLACES)
        super().__init__(rng, Actor(self.place, "it", "it", "s"), item, tense)

    def _verb(self, forms: tuple[str, str, str], n: int) -> str:
        return forms[2] if self.tense == "past" else forms[1] if n == 1 else forms[0]

    def _when(self) -> str:
        return self.rng.choice(WHEN.get(self.moves, []) + WHEN["any"])

    def change_clause(self, op: str, n: int, with_subject: bool) -> str:
        """The change `op n` with the items as subject (every clause has one, `with_subject` or not)."""
        rng, item = self.rng, self.item
        said = say_number(rng, n, 0.5 if op in "*/" else self.words_share)
        past = self.tense == "past"
        if op in "+-":
            verb = self._verb(rng.choice((COME if op == "+" else GO)[self.moves]), n)
            if op == "+":
                forms = [f"{said} {item} {verb}", f"{said} more {verb}", f"another {said} {verb}", f"{said} more {item} {verb}", f"{said} {verb}"]
            else:
                forms = [f"{said} {item} {verb}", f"{said} of them {verb}", f"{said} of the {item} {verb}", f"{said} {verb}"]
            clause = rng.choice(forms)
            return f"{clause} {self._when()}" if rng.random() < 0.2 else clause
        were = "were" if past else "are"
        if op == "*":
            times = {2: "doubled" if past else "doubles", 3: "tripled" if past else "triples"}.get(n)
            grew = "grew" if past else "grows"
            forms = [f"there {were} soon {said} times as many {item}", f"the number of {item} {self.where} {grew} to {said} times as many"]
            if times:
                forms += [f"the number of {item} {times}", f"the crowd {self.where} {times}"]
            return rng.choice(forms)
        if n == 2 and rng.random() < 0.5:
            went = self._verb(rng.choice(GO[self.moves]), 2)
            return rng.choice([f"half of them {went}", f"half of the {item} {went}"])
        stay = "stayed" if past else "stays"
        return f"the {item} split into {said} equal groups and only one group {stay}"

    def start_sentence(self, start: int, product: tuple[int, int] | None) -> str:
        rng, item, where = self.rng, self.item, self.where
        were = "were" if self.tense == "past" else "are"
        if product:
            a, b = say_number(rng, product[0], 0.3), say_number(rng, product[1], 0.2)
            forms = [
                f"There {were} {a} rows of {b} {item} {where}",
                f"{a} groups of {b} {item} {were} {where}",
                f"{cap(where)} there {were} {a} groups with {b} {item} in each",
            ]
        else:
            n = say_number(rng, start, 0.15)
            forms = [
                f"There {were} {n} {item} {where}",
                f"{cap(where)} there {were} {n} {item}",
                f"{n} {item} {were} {where}",
                f"{cap(where)}, {n} {item} {were} waiting",
            ]
            if self.moves == "ride":
                leaves = "left" if self.tense == "past" else "leaves"
                forms.append(f"{cap(self.place)} {leaves} the depot with {n} {item} on board")
        return cap(rng.choice(forms)) + "."

    def distractor(self) -> str:
        rng, was = self.rng, "was" if self.tense == "past" else "is"
        forms = [f"It {was} a rainy day.", f"{cap(self.place)} {was} noisy.", f"Music {was} playing {self.where}.", "Nobody said anything."]
        return rng.choice(forms) if rng.random() < 0.75 else self.numbered_distractor()

    def question(self) -> str:
        rng, item, where = self.rng, self.item, self.where
        were = "were" if self.tense == "past" else "are"
        forms = [
            f"How many {item} {were} {where} {'in the end' if self.tense == 'past' else 'now'}?",
            f"How many {item} {were} left {where}?",
            f"How many {item} {were} {where} at the end?",
            f"How many {item} {'did' if self.tense == 'past' else 'does'} {self.place} have in the end?",
            f"How many {'were there in the end' if self.tense == 'past' else 'are there now'}?",
            f"Find the number of {item} {where} at the end.",
        ]
        return rng.choice(forms)
