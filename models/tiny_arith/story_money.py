"""Money stories for the story grammar: amounts in a currency ("$15", "15 euros"), money in and money out.

DOMAIN.md's changes include "earns" and "spends": the count may be an amount of money. Who pays whom decides the
sign, and the same verb can go either way ("she charged Zara $50 for tutoring" is money in, "the garage charged her
$50" is money out), so these stories tell each change with the actor as payer or payee, by the actor or by someone
else. `MoneyStory` replaces `Story`'s phrase tables, start, amounts and question; the solution's steps are written
as for any story.
"""

from __future__ import annotations

import random

from .story_problem import PAST, RELATIVE_PRONOUNS, Actor, Story, say_number

#: (sign before the digits, word after them): one currency per story.
CURRENCIES = [("$", "dollars"), ("€", "euros"), ("£", "pounds")]
POSSESSIVE = {"she": "her", "he": "his", "they": "their", "I": "my", "we": "our", "it": "its"}

# Phrases in base form, the actor as subject; {m} an amount, {other} another person, {their} the actor's possessive.
EARN = [
    "earn {m}",
    "earn {m} mowing lawns",
    "get paid {m} for babysitting",
    "charge {other} {m} for tutoring",
    "get {m} from {other}",
    "receive {m} from {other}",
    "get {m} back as a refund",
    "make {m} selling lemonade",
    "find {m} on the sidewalk",
    "win {m} in a raffle",
    "collect {m} in rent",
    "sell {their} old bike for {m}",
    "bill {other} {m} for the repair",
    "take in {m} at the bake sale",
    "save another {m}",
    "add {m} to {their} savings",
    "pocket {m} in tips",
    "cash a cheque for {m}",
    "get {m} for {their} birthday",
    "make {m} at the market",
]
EARN_BY_OTHERS = [
    "{other} pays {obj} {m}",
    "{other} gives {obj} {m}",
    "{other} sends {obj} {m}",
    "{other} pays back the {m} {other_owes}",
    "a customer tips {obj} {m}",
    "the bank pays {obj} {m} in interest",
    "{other} hands {obj} {m} for the tickets",
    "{m} arrives from {other}",
]
SPEND = [
    "spend {m} on lunch",
    "spend {m}",
    "pay {m} for a ticket",
    "pay {other} {m}",
    "pay {m} in rent",
    "buy a book for {m}",
    "give {other} {m}",
    "lose {m}",
    "donate {m} to charity",
    "lend {other} {m}",
    "put {m} toward a new bike",
    "pay back {m} to {other}",
    "tip the waiter {m}",
    "pay {m} for parking",
    "send {m} to {other}",
    "use {m} on bus fares",
    "chip in {m} for a gift",
    "shell out {m} for new shoes",
    "splurge {m} on games",
    "hand {other} {m} for the groceries",
]
SPEND_BY_OTHERS = [
    "{other} charges {obj} {m} for tutoring",
    "{other} borrows {m}",
    "the bank takes {m} in fees",
    "{m} goes on groceries",
    "{other} takes {m} from the jar",
    "a parking fine costs {obj} {m}",
    "the garage bills {obj} {m}",
    "the dentist charges {obj} {m}",
]
MULTIPLY = ["end up with {n} times as much money", "grow {their} savings to {n} times as much", "multiply {their} money by {n}"]
MULTIPLY_BY_OTHERS = ["{their} savings become {n} times as large", "the money in the account grows to {n} times as much"]
DOUBLE = ["double {their} money", "double {their} savings"]
DOUBLE_BY_OTHERS = ["{their} savings double", "the money doubles"]
DIVIDE = [
    "split the money equally among {n} friends and keep one share",
    "share {their} money equally with {n_minus}, so {n} people get the same",
    "divide the cash evenly into {n} envelopes and keep one envelope",
]
HALVE = ["spend half of {their} money", "give away half of the money", "lose half of {their} savings"]
HALVE_BY_OTHERS = ["half of the money is spent", "half of {their} savings go on rent"]
#: Present -> past of the first verbs of the *_BY_OTHERS phrases above that story_problem.PAST lacks.
MONEY_PAST = {
    "charges": "charged",
    "costs": "cost",
    "bills": "billed",
    "goes": "went",
    "pays": "paid",
    "tips": "tipped",
    "arrives": "arrived",
    "become": "became",
}


class MoneyStory(Story):
    """A story whose count is money: amounts with a currency sign or word, changes from the tables above."""

    past_forms = {**PAST, **MONEY_PAST}
    words_share = 0.2

    def __init__(self, rng: random.Random, actor: Actor, tense: str, unread: float = 0.0) -> None:
        self.sign, word = rng.choice(CURRENCIES)
        super().__init__(rng, actor, word, tense, unread)

    def amount(self, n: int, words: float) -> str:
        """`n` as money: "$15", "15 dollars", "fifteen euros" (a sign before digits, or a word after)."""
        said = say_number(self.rng, n, words)
        return f"{self.sign}{said}" if said.isdigit() and self.rng.random() < 0.7 else f"{said} {self.item}"

    def _fill(self, phrase: str, n: int, words: float = 0.25) -> str:
        pronoun = RELATIVE_PRONOUNS.get(self.other, "they")
        return phrase.format(
            m=self.amount(n, words),
            n=say_number(self.rng, n, words),
            other=self.other,
            other_owes=f"{pronoun} {'owe' if pronoun == 'they' else 'owes'} {self.actor.obj}",
            obj=self.actor.obj,
            their=POSSESSIVE[self.actor.subject],
            n_minus="a friend" if n == 2 else say_number(self.rng, n - 1, 0.5) + " friends",
        )

    def table(self, op: str, n: int, by_others: bool) -> tuple[list[str], bool]:
        if op == "/" and n != 2:
            return DIVIDE, False
        if op == "*" and n == 2:
            return (DOUBLE_BY_OTHERS if by_others else DOUBLE), by_others
        if op == "/" and n == 2:
            return (HALVE_BY_OTHERS if by_others else HALVE), by_others
        return {"+": (EARN, EARN_BY_OTHERS), "-": (SPEND, SPEND_BY_OTHERS), "*": (MULTIPLY, MULTIPLY_BY_OTHERS)}[op][by_others], by_others

    def start_sentence(self, start: int, product: tuple[int, int] | None) -> str:
        rng, actor, tense = self.rng, self.actor, self.tense
        name, past = actor.name, tense == "past"
        has = actor.verb("have", tense, name)
        their = POSSESSIVE[actor.subject]
        if product:
            a, each = say_number(rng, product[0], 0.3), self.amount(product[1], 0.1)
            forms = [
                f"{name} {actor.verb('work', tense, name)} {a} hours at {each} an hour",
                f"{name} {actor.verb('sell', tense, name)} {a} cakes for {each} each",
                f"{name} {has} {a} envelopes with {each} in each",
                f"{name} {actor.verb('earn', tense, name)} {each} a day for {a} days",
            ]
        else:
            m = self.amount(start, 0.1)
            forms = [
                f"{name} {has} {m}",
                f"{name} {has} {m} in {their} wallet",
                f"{name} {actor.verb('save', 'past')} {m}",
                f"There {'was' if past else 'is'} {m} in the tip jar",
                f"{name} {actor.verb('start', tense, name)} the week with {m}",
                f"{name} {has} {m} in the bank",
            ]
        self.mentioned = True
        return rng.choice(forms) + "."

    def question(self) -> str:
        rng, actor = self.rng, self.actor
        who = actor.subject
        does = self.do_form(who)
        forms = [
            f"How much money {does} {who} have now?",
            "How much money is left?",
            f"How many {self.item} {does} {who} have left?",
            f"How much {does} {who} have in the end?",
            f"What is left in {POSSESSIVE[who]} wallet?",
            "How much money remains?",
            f"How much {does} {who} end up with?",
        ]
        return rng.choice(forms)
