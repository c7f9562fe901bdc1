"""The problem half of the story grammar (story.py): who acts, on what, and how a problem is told.

An actor (a named person with a pronoun, "I", "we", or a shop, a class, a farm...), a start that may be a product
("8 boxes with 12 pencils in each"), one to five changes told with verbs from lexicon.py in any tense, several per
sentence or one, clause order varied, by the actor or by someone else ("her brother takes 5 of them"), numbers in
digits or words ("a dozen", "twice", "half", "a third"), sentences that carry no number, the question first or
last, and casual typing.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from . import lexicon as L
from .surface import timed
from .wide import random_word

CONTAINERS = [
    "boxes",
    "bags",
    "crates",
    "packs",
    "jars",
    "trays",
    "shelves",
    "rows",
    "baskets",
    "cartons",
    "tins",
    "packets",
    "bundles",
    "stacks",
    "buckets",
    "drawers",
    "bins",
    "cases",
    "sacks",
    "rolls",
    "sheets",
    "tables",
]
RELATIVES = [
    "her brother",
    "his sister",
    "a neighbour",
    "their teacher",
    "a friend",
    "my cousin",
    "the coach",
    "grandma",
    "a customer",
    "the owner",
    "our uncle",
    "a classmate",
    "the twins",
    "mom",
    "dad",
]
#: The pronoun of a relative who is not "they" (a named other is "they" too).
RELATIVE_PRONOUNS = {"her brother": "he", "our uncle": "he", "dad": "he", "his sister": "she", "grandma": "she", "mom": "she"}
OPENERS = [
    "",
    "",
    "",
    "Then ",
    "After that, ",
    "Later, ",
    "Next, ",
    "The next day, ",
    "After lunch, ",
    "On Tuesday, ",
    "That evening, ",
    "Soon ",
    "A week later, ",
    "In the afternoon, ",
    "Afterwards, ",
    "Then, ",
    "Meanwhile, ",
    "Right after that, ",
    "By noon, ",
    "Finally, ",
]
PAST = {
    "gives": "gave",
    "hands": "handed",
    "brings": "brought",
    "arrive": "arrived",
    "are": "were",
    "is": "was",
    "adds": "added",
    "drops": "dropped",
    "sends": "sent",
    "turn": "turned",
    "donates": "donated",
    "chips": "chipped",
    "show": "showed",
    "takes": "took",
    "borrows": "borrowed",
    "break": "broke",
    "get": "got",
    "go": "went",
    "fall": "fell",
    "eats": "ate",
    "buys": "bought",
    "walks": "walked",
    "chews": "chewed",
    "roll": "rolled",
    "becomes": "became",
    "grows": "grew",
    "doubles": "doubled",
    "double": "doubled",
    "triples": "tripled",
}


@dataclass
class Actor:
    name: str  # how the story names the actor first ("Maria", "I", "the bakery")
    subject: str  # pronoun after the first mention ("she", "I", "it")
    obj: str  # object form ("her", "me", "it")
    agree: str  # verb form in the present: "s" or "base"

    def verb(self, phrase: str, tense: str, subject: str = "") -> str:
        """`phrase` conjugated for `subject` (default: the pronoun) in `tense`."""
        agree = "base" if (subject or self.subject) in ("I", "we", "they") else "s"
        return L.verb_form(phrase, "past" if tense == "past" else agree)

    def be(self, tense: str) -> str:
        singular = self.agree == "s" or self.subject == "I"
        if tense == "past":
            return "was" if singular else "were"
        return "am" if self.subject == "I" else "is" if singular else "are"


def pick_actor(rng: random.Random) -> Actor:
    roll = rng.random()
    if roll < 0.6:
        subject, obj, agree = rng.choice([("she", "her", "s"), ("he", "him", "s"), ("they", "them", "base")])
        return Actor(L.pick(rng, "names"), subject, obj, agree)
    if roll < 0.72:
        return Actor("I", "I", "me", "base")
    if roll < 0.8:
        return Actor("we", "we", "us", "base")
    group = L.pick(rng, "groups")
    return Actor(group, "it" if rng.random() < 0.6 else "they", "it", "s")


def say_number(rng: random.Random, n: int, words: float = 0.25) -> str:
    """`n` in digits, or (with probability `words`) in words; 12 is sometimes "a dozen"."""
    if n == 12 and rng.random() < 0.4:
        return "a dozen"
    if n <= 100 and rng.random() < words:
        return L.number_words(n)
    return str(n)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Story:
    """One problem told in sentences; `change_clause` returns a clause for each change.

    With `unread` > 0, that share of the actor's own + and - changes are told with a made-up verb ("she blorits 7
    more pens"): the words around it may still say which way the count goes, the verb does not, so a judge trained on
    them learns to trust a step whose change it cannot read instead of flagging it (the record's labels are made as
    for any other record). A solution step that retells the change (story.restating_lead) draws its own verb."""

    #: Present -> past of the first verb in the phrases told by someone else (`_by_others`).
    past_forms = PAST
    #: How often a + or - change's number is told in words (a * or / change's: half the time).
    words_share = 0.25
    #: How often the actor's own + and - changes are told with WordNet's verbs (lexicon.dictionary_phrases), and
    #: how often a sentence without a count holds a number word that counts nothing ("She checked twice.").
    dictionary = 0.0

    def __init__(self, rng: random.Random, actor: Actor, item: str, tense: str, unread: float = 0.0) -> None:
        self.rng, self.actor, self.item, self.tense, self.unread = rng, actor, item, tense, unread
        self.other = L.pick(rng, "names") if rng.random() < 0.5 else rng.choice(RELATIVES)
        self.mentioned = False
        self.last_subject = actor.subject  # who the previous clause's verb agreed with

    def them(self) -> str:
        return self.rng.choice(["them", "them", "those", f"the {self.item}"])

    def _fill(self, phrase: str, n: int, words: float = 0.25) -> str:
        return phrase.format(
            n=say_number(self.rng, n, words),
            item=self.item,
            them=self.them(),
            other=self.other,
            obj=self.actor.obj,
            n_minus="a friend" if n == 2 else say_number(self.rng, n - 1, 0.5) + " friends",
        )

    def _by_others(self, phrase: str) -> str:
        """A clause whose subject is not the actor (written in the present): its first verb put in the story's tense."""
        if self.tense != "past":
            return phrase
        words = phrase.split(" ")
        for i, word in enumerate(words):
            if word in self.past_forms:
                words[i] = self.past_forms[word]
                break
        return " ".join(words)

    def table(self, op: str, n: int, by_others: bool) -> tuple[list[str], bool]:
        """The phrases that can tell the change `op n`, and whether someone other than the actor does it in them."""
        rng = self.rng
        if op in "+-" and not by_others and self.dictionary and rng.random() < self.dictionary:
            return L.dictionary_phrases("gain" if op == "+" else "loss"), False
        if op == "*" and n == 2 and rng.random() < 0.6:
            table = L.MUL2_BY_OTHERS if by_others else L.MUL2
        elif op == "*" and n == 3 and rng.random() < 0.5:
            table = L.MUL3_BY_OTHERS if by_others else L.MUL3
        elif op == "/" and n == 2 and rng.random() < 0.6:
            table = L.DIV2_BY_OTHERS if by_others else L.DIV2
        elif op == "/" and n == 3 and rng.random() < 0.4:
            table, by_others = L.DIV3, False
        else:
            table = {
                "+": L.ADD_BY_OTHERS if by_others else L.ADD,
                "-": L.SUB_BY_OTHERS if by_others else L.SUB,
                "*": L.MUL_BY_OTHERS if by_others else L.MUL,
                "/": L.DIV,
            }[op]
            by_others = by_others and op != "/"
        return table, by_others

    def change_clause(self, op: str, n: int, with_subject: bool) -> str:
        """A clause telling the change `op n`; with the actor as subject when `with_subject`."""
        rng = self.rng
        table, by_others = self.table(op, n, rng.random() < 0.3)
        phrase = self._fill(rng.choice(table), n, 0.5 if op in "*/" else self.words_share)
        if self.unread and op in "+-" and not by_others and rng.random() < self.unread:
            phrase = random_word(rng) + " " + phrase.partition(" ")[2]
        self.mentioned = True
        if by_others:
            return self._by_others(phrase)
        if with_subject:
            self.last_subject = self.actor.subject if rng.random() < 0.7 else self.actor.name
        subject = self.last_subject
        verb = self.actor.verb(phrase, self.tense, subject)
        return f"{subject} {verb}" if with_subject else verb

    def start_sentence(self, start: int, product: tuple[int, int] | None) -> str:
        rng, actor, item, tense = self.rng, self.actor, self.item, self.tense
        name = actor.name
        has = actor.verb("have", tense, name)
        if product:
            a, b = (say_number(rng, product[0], 0.3), say_number(rng, product[1], 0.2))
            box = rng.choice(CONTAINERS)
            forms = [
                f"{name} {has} {a} {box} with {b} {item} in each",
                f"{name} {actor.verb('buy', tense, name)} {a} {box} of {b} {item}",
                f"There {'were' if tense == 'past' else 'are'} {a} {box} of {item}, each holding {b}",
                f"{name} {has} {a} {box}, and each one {'held' if tense == 'past' else 'holds'} {b} {item}",
                f"{a} {box} {'held' if tense == 'past' else 'hold'} {b} {item} each, and they belong to {name if name not in ('I', 'we') else actor.obj}",
            ]
        else:
            n = say_number(rng, start, 0.15)
            place = rng.choice(["in a drawer", "on the shelf", "in the garage", "at home", "in a jar", "in the shed"])
            forms = [
                f"{name} {has} {n} {item}",
                f"{name} {actor.verb('start', tense, name)} with {n} {item}",
                f"{name} {has} {n} {item} {place}",
                f"There {'were' if tense == 'past' else 'are'} {n} {item} {place}",
                f"{name} {actor.verb('own', tense, name)} {n} {item}",
                f"{name} {actor.verb('keep', tense, name)} {n} {item} {place}",
                f"{name} {actor.verb('collect', 'past')} {n} {item}",
                f"{n} {item} {'were' if tense == 'past' else 'are'} waiting {place}",
                f"{name} {actor.verb('count', tense, name)} {n} {item}",
            ]
        opener = rng.choice(["", "", "", "At first, ", "In the morning, ", "On Monday, ", "To begin with, ", "Last week, "])
        self.mentioned = True
        form = rng.choice(forms)
        return cap(opener + (form[0].lower() + form[1:] if opener and form.startswith("There") else form)) + "."

    def distractor(self) -> str:
        rng, actor = self.rng, self.actor
        if self.dictionary and rng.random() < self.dictionary:
            return self.word_distractor()
        was = "was" if self.tense == "past" else "is"
        forms = [
            f"It {was} a {L.pick(rng, 'fillers')} day.",
            f"{cap(actor.subject)} {actor.be(self.tense)} very {L.pick(rng, 'fillers')} about it.",
            f"{cap(self.other)} {'watched' if self.tense == 'past' else 'watches'} quietly.",
            "Nobody said anything.",
            f"The weather {was} {L.pick(rng, 'fillers')}.",
            f"{cap(actor.name)} {actor.verb('love', self.tense, actor.name)} {self.item}.",
            f"Everyone {'was' if self.tense == 'past' else 'is'} {L.pick(rng, 'fillers')}.",
            f"It {was} {L.pick(rng, 'fillers')} outside.",
        ]
        return rng.choice(forms) if rng.random() < 0.75 else self.numbered_distractor()

    def numbered_distractor(self) -> str:
        """A sentence whose number is not a quantity of the story's item (an age, a room, a bus, minutes, a date)."""
        rng, was = self.rng, "was" if self.tense == "past" else "is"
        name = self.named()
        n = rng.randint(2, 90)
        forms = [
            f"{name} {was} {n} years old.",
            f"The shop {was} on {rng.randint(2, 99)}th Street.",
            f"It took {n} minutes to get there.",
            f"Room {rng.randint(1, 40)} {was} busy.",
            f"Bus {rng.randint(2, 99)} {was} late again.",
            f"That {was} on May {rng.randint(1, 28)}.",
            f"The radio said it {was} {rng.randint(2, 35)} degrees.",
            f"{cap(self.other)} {'lived' if self.tense == 'past' else 'lives'} at number {rng.randint(1, 99)}.",
        ]
        return rng.choice(forms)

    def word_distractor(self) -> str:
        """A sentence whose number words ("twice", "half", "a dozen", "ten") count nothing in the story."""
        rng, past = self.rng, self.tense == "past"
        name = self.named()
        was, were = ("was", "were") if past else ("is", "are")
        minutes = L.number_words(rng.choice([5, 10, 15, 20, 30, 40]))
        forms = [
            f"{name} {'checked' if past else 'checks'} the list twice.",
            f"{cap(self.other)} {'called' if past else 'calls'} twice about it.",
            f"It {'took' if past else 'takes'} half an hour.",
            f"{name} {was} half asleep.",
            f"A dozen people {were} watching.",
            f"{name} {'had' if past else 'has'} to ask three times.",
            f"The bus {'came' if past else 'comes'} twice an hour.",
            f"It {'rained' if past else 'rains'} for {L.number_words(rng.randint(2, 9))} days.",
            f"{name} {'waited' if past else 'waits'} {minutes} minutes.",
            f"Half the street {'came' if past else 'comes'} to look.",
            f"{name} {'double-checked' if past else 'double-checks'} everything.",
            f"{cap(self.other)} {was} one of the first to see.",
        ]
        return rng.choice(forms)

    def step_label(self, told: tuple[str, int] | None) -> str | None:
        """A lead for a solution step that names its change (story_wallet.py); none for other stories."""
        return None

    def named(self) -> str:
        """Whom a sentence about the story tells of in the third person: the actor by name, or the other where the
        actor is "I" or "we"."""
        return self.actor.name if self.actor.name not in ("I", "we") else cap(self.other)

    def do_form(self, who: str) -> str:
        """ "did", "does" or "do", asked of `who` in the story's tense."""
        if self.tense == "past":
            return "did"
        return "does" if self.actor.agree == "s" and who not in ("they", "I", "we") else "do"

    def question(self) -> str:
        rng, actor, item = self.rng, self.actor, self.item
        who = actor.subject if rng.random() < 0.5 else actor.name
        does = self.do_form(who)
        forms = [
            f"How many {item} {does} {who} have now?",
            f"How many {item} are left?",
            f"How many {item} {does} {who} have left?",
            f"How many {item} {does} {who} end up with?",
            f"How many {does} {who} have in the end?",
            f"What is the total number of {item} now?",
            f"How many {item} remain?",
            f"Find the number of {item} at the end.",
            f"How many {item} are there now?",
            f"how many {item} now?",
            f"How many {item} {does} {who} have at the end?",
            f"Can you work out how many {item} {who} {'had' if self.tense == 'past' else actor.verb('have', 'present')} in the end?",
        ]
        return rng.choice(forms)


#: The share of problems told with clock times in them (surface.timed).
TIMED_SHARE = 0.08


def problem_text(
    rng: random.Random, story: Story, start: int, product: tuple[int, int] | None, changes: list[tuple[str, int]], ask: Callable[[], str] | None = None
) -> str:
    """The problem in sentences: the start, the `changes`, maybe asides, and the question `ask` writes last (default:
    the story's own, sometimes first)."""
    sentences = [story.start_sentence(start, product)]
    i = 0
    while i < len(changes):
        take = min(len(changes) - i, rng.choice([1, 1, 2, 2, 3]))
        group = changes[i : i + take]
        i += take
        if take == 2 and rng.random() < 0.3:
            first, second = story.change_clause(*group[0], True), story.change_clause(*group[1], True)
            sentences.append(cap(f"after {first}, {second}.") if story.tense == "past" else cap(f"{second} after {first}."))
            continue
        clauses = [story.change_clause(*group[0], True)]
        for change in group[1:]:
            clauses.append(rng.choice([", then ", " and ", ", and then ", " and later ", "; after that "]) + story.change_clause(*change, rng.random() < 0.5))
        sentences.append(cap(rng.choice(OPENERS) + "".join(clauses)) + ".")
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        sentences.insert(rng.randint(1, len(sentences)), story.distractor())
    if ask:
        sentences.append(ask())
    else:
        question = story.question()
        sentences = [question] + sentences if rng.random() < 0.12 else sentences + [question]
    if rng.random() < TIMED_SHARE:
        names = [n for n in (story.actor.name, L.pick(rng, "names"), L.pick(rng, "names")) if n not in ("I", "we")]
        text = timed(rng, sentences, names)
    else:
        text = " ".join(sentences)
    if rng.random() < 0.12:  # typed casually
        text = text.lower().replace(",", "").replace("'", "")
    return text
