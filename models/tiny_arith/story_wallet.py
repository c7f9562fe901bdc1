"""Money kept in one place, and goods bought and sold by name (`--wallet-share`, a share of the money stories).

DOMAIN.md's changes include "earns" and "spends", and a start may be a product of two given numbers. A money story
(story_money.py) tells amounts coming and going; these tell them as people write about money they keep somewhere: a
wallet, a jar, a bank account, or the till of a stall they run (where customers pay in). What is bought or sold is
named (WordNet's goods: lexicon.json "goods"), refunds count as money in, and the start may be an amount saved every
week for some weeks. A solution step may open with a label that names the problem's change ("Refund: ", "Money
out -> "), as people keeping accounts write. Written from DOMAIN.md and everyday English.
"""

from __future__ import annotations

import random

from . import lexicon as L
from .story_money import MONEY_PAST, POSSESSIVE, MoneyStory
from .story_problem import PAST, Actor, cap, say_number

#: Where a person keeps money; {their} the owner's possessive.
KEPT = ["{their} wallet", "{their} purse", "{their} piggy bank", "{their} savings jar", "{their} bank account",
        "{their} money box", "the tin under {their} bed", "{their} coin jar"]  # fmt: skip
#: What the till belongs to, where the story's actor keeps a till.
SHOPS = ["bakery", "flower stall", "bike shop", "cafe", "market stall", "corner shop", "bookshop", "snack bar", "shoe shop"]
#: Changes in base form, the actor as subject ({a_good} "a kettle", {good} "kettle", {keep} where the money is).
OWN_IN = ["sell {their} old {good} for {m}", "return {a_good} for a refund of {m}", "get a refund of {m} on {a_good}",
          "put {m} into {keep}", "get {m} for {their} old {good}", "find {m} in {their} coat", "earn {m} fixing {a_good}"]  # fmt: skip
OWN_IN_BY_OTHERS = ["{other} pays {obj} {m} for {their} old {good}", "{other} buys {their} {good} for {m}",
                    "{m} comes back as a refund for {a_good}", "{other} puts {m} into {keep}"]  # fmt: skip
OWN_OUT = ["buy {a_good} for {m}", "pay {m} for {a_good}", "spend {m} on {a_good}", "take {m} out of {keep}",
           "put {m} towards {a_good}", "hand over {m} for {a_good}", "order {a_good} for {m}", "get a new {good} for {m}"]  # fmt: skip
OWN_OUT_BY_OTHERS = ["{a_good} costs {obj} {m}", "{other} borrows {m} from {keep}", "{m} goes on {a_good}"]
TILL_IN = ["sell {a_good} for {m}", "take {m} for {a_good}", "put {m} into the till", "charge a customer {m} for {a_good}"]
TILL_IN_BY_OTHERS = ["a customer pays {m} for {a_good}", "customers put {m} into the till", "the lunchtime rush brings in {m}",
                     "{other} pays {m} for {a_good}", "{m} comes in from a sale of {a_good}"]  # fmt: skip
TILL_OUT = ["take {m} out of the till for the bank", "pay {m} out of the till for {a_good}", "give a customer a refund of {m}",
            "pay the cleaner {m} from the till", "take {m} out for change"]  # fmt: skip
TILL_OUT_BY_OTHERS = ["a customer returns {a_good} for a refund of {m}", "{m} goes to the bank", "{other} takes {m} out of the till"]
#: Labels a solution step may open with, naming the problem's change (by its operation), and the product start's.
LABELS = {
    "+": ["money in", "the sale", "the refund", "income", "money back", "takings"],
    "-": ["money out", "the purchase", "spending", "the cost", "paid out"],
    "*": ["growth", "the new total"],
    "/": ["the share", "the split"],
    "start": ["the weeks of saving", "savings", "the float", "the start"],
}
#: Present -> past of the first verbs of the *_BY_OTHERS phrases above that story_money and story_problem lack.
WALLET_PAST = {"buys": "bought", "comes": "came", "puts": "put", "returns": "returned", "brings": "brought"}


def with_article(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


class WalletStory(MoneyStory):
    """A money story told about where the money is kept (a person's own, or the till of their stall) and what is
    bought or sold with it."""

    past_forms = {**PAST, **MONEY_PAST, **WALLET_PAST}
    #: How often a step opens with a label naming its change (`step_label`).
    label_share = 0.3

    def __init__(self, rng: random.Random, actor: Actor, tense: str, unread: float = 0.0) -> None:
        super().__init__(rng, actor, tense, unread)
        their = POSSESSIVE[actor.subject]
        group = actor.name.startswith(("the ", "our "))  # "the club" keeps no wallet ("a farmer" does)
        self.till = group or rng.random() < 0.3
        self.shop = actor.name if group else f"{self._owner()} {rng.choice(SHOPS)}"
        self.keep = "the till" if self.till else rng.choice(KEPT).format(their=their)

    def _fill(self, phrase: str, n: int, words: float = 0.25) -> str:
        good = L.pick(self.rng, "goods")
        phrase = phrase.replace("{a_good}", with_article(good)).replace("{good}", good).replace("{keep}", self.keep)
        return super()._fill(phrase, n, words)

    def table(self, op: str, n: int, by_others: bool) -> tuple[list[str], bool]:
        if op in "+-" and self.rng.random() < 0.7:
            tables = {
                ("+", False): (OWN_IN, TILL_IN),
                ("+", True): (OWN_IN_BY_OTHERS, TILL_IN_BY_OTHERS),
                ("-", False): (OWN_OUT, TILL_OUT),
                ("-", True): (OWN_OUT_BY_OTHERS, TILL_OUT_BY_OTHERS),
            }
            return tables[op, by_others][self.till], by_others
        return super().table(op, n, by_others)

    def _owner(self) -> str:
        """The actor as a possessive before the first mention: "Maria's", "my", "the club's"."""
        name = self.actor.name
        return {"I": "my", "we": "our"}.get(name, f"{name}'s")

    def start_sentence(self, start: int, product: tuple[int, int] | None) -> str:
        rng, actor, tense = self.rng, self.actor, self.tense
        name, past = actor.name, tense == "past"
        verb = lambda phrase: actor.verb(phrase, tense, name)  # noqa: E731
        shop, keep, owners = self.shop, self.keep, self.keep.replace(POSSESSIVE[actor.subject], self._owner(), 1)
        if product:
            a, each = say_number(rng, product[0], 0.3), self.amount(product[1], 0.1)
            if self.till:
                forms = [f"The till at {shop} {'started' if past else 'starts'} with {a} notes of {each} each",
                         f"{a} customers at {shop} each {'paid' if past else 'pay'} {each} for {with_article(L.pick(rng, 'goods'))}",
                         f"{name} {verb('sell')} {a} tickets at {each} each"]  # fmt: skip
            else:
                forms = [f"{name} {verb('get')} {each} a week in pocket money and {verb('save')} all of it for {a} weeks",
                         f"{name} {verb('put')} {each} into {keep} every week for {a} weeks",
                         f"For {a} weeks, {name} {verb('save')} {each} a week",
                         f"{name} {verb('earn')} {each} a month and {verb('keep')} all of it for {a} months"]  # fmt: skip
        else:
            m, was = self.amount(start, 0.1), "was" if past else "is"
            if self.till:
                forms = [f"The till at {shop} {'started' if past else 'starts'} the day with {m}",
                         f"{name} {verb('open')} for business with {m} in the till",
                         f"There {was} {m} in the till at {shop} at opening time"]  # fmt: skip
            else:
                forms = [f"{name} {verb('have')} {m} in {keep}", f"There {was} {m} in {owners}",
                         f"{cap(owners)} {'held' if past else 'holds'} {m}", f"{name} {verb('count')} {m} in {keep}",
                         f"{name} {verb('start')} the month with {m} in {keep}"]  # fmt: skip
        self.mentioned = True
        return cap(rng.choice(forms)) + "."

    def question(self) -> str:
        rng, who, keep = self.rng, self.actor.subject, self.keep
        past = self.tense == "past"
        is_, does = ("was", "did") if past else ("is", "does")
        if self.till:
            forms = [f"How much {is_} in the till at closing time?", f"How much money {is_} in the till at the end?",
                     f"What {does} the till hold at the end of the day?", f"How much {is_} in the till when the shop shut?"]  # fmt: skip
        else:
            forms = [f"How much {is_} in {keep} now?", f"How much money {self.do_form(who)} {who} have in {keep} at the end?",
                     f"What {does} {keep} hold now?", f"How much {is_} left in {keep}?"]  # fmt: skip
        return rng.choice(forms)

    def step_label(self, told: tuple[str, int] | None) -> str | None:
        """A lead naming the step's change from the problem (`told`; None for the product start), or None."""
        rng = self.rng
        if rng.random() >= self.label_share:
            return None
        label = rng.choice(LABELS[told[0] if told else "start"])
        return rng.choice([f"{cap(label)}: ", f"{cap(label)} -> ", f"Entry, {label}: ", f"Then {label}: ", f"{cap(label)}. "])
