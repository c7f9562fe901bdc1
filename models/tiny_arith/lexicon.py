"""Words for the story grammar (story.py): actors, items, change phrases per operation, number words, verb forms.

Items, and the verbs of `dictionary_phrases`, come from WordNet 3.0 (Debian's `wordnet-base`) through
`lexicon_build.py`, which writes `lexicon.json` beside this file; the other change phrases are written here, one per
meaning, and conjugated by `verb_form`.
"""

from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

#: Irregular verbs: base -> (third person singular, past).
IRREGULAR = {
    "be": ("is", "was"),
    "have": ("has", "had"),
    "buy": ("buys", "bought"),
    "get": ("gets", "got"),
    "find": ("finds", "found"),
    "give": ("gives", "gave"),
    "lose": ("loses", "lost"),
    "sell": ("sells", "sold"),
    "eat": ("eats", "ate"),
    "spend": ("spends", "spent"),
    "win": ("wins", "won"),
    "bring": ("brings", "brought"),
    "make": ("makes", "made"),
    "take": ("takes", "took"),
    "throw": ("throws", "threw"),
    "break": ("breaks", "broke"),
    "lend": ("lends", "lent"),
    "send": ("sends", "sent"),
    "keep": ("keeps", "kept"),
    "split": ("splits", "split"),
    "catch": ("catches", "caught"),
    "dig": ("digs", "dug"),
    "deal": ("deals", "dealt"),
    "grow": ("grows", "grew"),
    "leave": ("leaves", "left"),
    "put": ("puts", "put"),
    "hand": ("hands", "handed"),
    "pay": ("pays", "paid"),
    "feed": ("feeds", "fed"),
    "do": ("does", "did"),
    "go": ("goes", "went"),
    "come": ("comes", "came"),
    "steal": ("steals", "stole"),
    "sweep": ("sweeps", "swept"),
    "set": ("sets", "set"),
    "hold": ("holds", "held"),
    "cut": ("cuts", "cut"),
    "drop": ("drops", "dropped"),
    "ship": ("ships", "shipped"),
    "grab": ("grabs", "grabbed"),
    "swap": ("swaps", "swapped"),
    "trade": ("trades", "traded"),
    "see": ("sees", "saw"),
    "pick": ("picks", "picked"),
    "draw": ("draws", "drew"),
    "bake": ("bakes", "baked"),
    "sew": ("sews", "sewed"),
    "knit": ("knits", "knitted"),
    "chip": ("chips", "chipped"),
    "rip": ("rips", "ripped"),
    "scrap": ("scraps", "scrapped"),
    "tip": ("tips", "tipped"),
    "stock": ("stocks", "stocked"),
    "fall": ("falls", "fell"),
    "ride": ("rides", "rode"),
    "run": ("runs", "ran"),
    "say": ("says", "said"),
}


def verb_form(phrase: str, form: str) -> str:
    """`phrase` (base form first word) in `form`: "base", "s" (he/she/it present) or "past"."""
    head, _, rest = phrase.partition(" ")
    if form == "base":
        word = head
    elif head in IRREGULAR:
        word = IRREGULAR[head][0 if form == "s" else 1]
    elif head in dictionary_forms():
        word = dictionary_forms()[head][0 if form == "s" else 1]
    elif form == "s":
        word = (
            head + "es" if head.endswith(("s", "sh", "ch", "x", "o")) else head[:-1] + "ies" if head.endswith("y") and head[-2] not in "aeiou" else head + "s"
        )
    else:
        word = head + "d" if head.endswith("e") else head[:-1] + "ied" if head.endswith("y") and head[-2] not in "aeiou" else head + "ed"
    if rest:  # "... and keep one share": the second verb of a phrase agrees too
        for keep in ("keep", "give"):
            rest = rest.replace(f"and {keep} ", f"and {verb_form(keep, form)} ")
    return f"{word} {rest}" if rest else word


# Change phrases, base form. {n} a number phrase, {item} the item noun, {them} the items as a pronoun or noun
# phrase, {other} another person, {obj} the actor as an object ("her", "me", "the shop").
ADD = [
    "buy {n} more {item}",
    "buy {n} {item}",
    "get {n} more {item}",
    "get {n} {item} from {other}",
    "find {n} {item}",
    "find {n} more {item} in the attic",
    "receive {n} {item}",
    "receive {n} more {item} from {other}",
    "pick up {n} {item}",
    "collect {n} more {item}",
    "collect {n} {item}",
    "win {n} {item}",
    "win {n} more {item} at the fair",
    "earn {n} {item}",
    "order {n} more {item}",
    "bring in {n} {item}",
    "add {n} {item}",
    "add {n} more {item} to the pile",
    "gather {n} {item}",
    "borrow {n} {item} from {other}",
    "make {n} more {item}",
    "pick {n} {item}",
    "grab {n} more {item}",
    "get {n} {item} as a gift",
    "dig up {n} {item}",
    "trade for {n} more {item}",
    "stock up on {n} {item}",
    "save up {n} more {item}",
    "put {n} more {item} in the box",
    "take home {n} {item}",
    "come home with {n} more {item}",
    "catch {n} {item}",
    "receive a delivery of {n} {item}",
    "round up {n} more {item}",
    "scoop up {n} {item}",
    "bake {n} more {item}",
    "unpack {n} more {item}",
    "purchase {n} {item}",
    "acquire {n} more {item}",
    "obtain {n} {item}",
]
ADD_BY_OTHERS = [  # another subject, the actor as object, or no actor at all
    "{other} gives {obj} {n} more {item}",
    "{other} hands {obj} {n} {item}",
    "{other} brings {n} more {item}",
    "{n} more {item} arrive",
    "{n} {item} are delivered",
    "{other} adds {n} {item}",
    "{other} drops off {n} {item}",
    "a friend sends {obj} {n} {item}",
    "{n} new {item} turn up",
    "{other} donates {n} {item} to {obj}",
    "{other} chips in {n} more {item}",
    "{n} extra {item} show up",
]
SUB = [
    "give away {n} {item}",
    "give away {n} of {them}",
    "give {n} {item} to {other}",
    "give {n} of {them} to {other}",
    "lose {n} {item}",
    "lose {n} of {them}",
    "sell {n} {item}",
    "sell {n} of {them}",
    "eat {n} {item}",
    "eat {n} of {them}",
    "use {n} {item}",
    "use up {n} of {them}",
    "drop {n} {item}",
    "spend {n} {item}",
    "donate {n} {item}",
    "donate {n} of {them} to charity",
    "break {n} {item}",
    "break {n} of {them}",
    "throw out {n} {item}",
    "throw away {n} of {them}",
    "lend {n} {item} to {other}",
    "hand out {n} {item}",
    "hand out {n} of {them}",
    "send {n} {item} to {other}",
    "mail {n} of {them}",
    "return {n} {item} to the store",
    "misplace {n} {item}",
    "trade away {n} {item}",
    "sell off {n} of {them}",
    "pack {n} of {them} into a box for {other}",
    "ship {n} {item}",
    "take {n} of {them} to school",
    "leave {n} {item} at the park",
    "feed {n} {item} to the goats",
    "give up {n} {item}",
    "set aside {n} {item} for {other}",
    "pass {n} {item} to {other}",
    "share {n} of {them} with {other}",
    "cross off {n} {item}",
    "part with {n} {item}",
    "discard {n} {item}",
    "get rid of {n} {item}",
]
SUB_BY_OTHERS = [
    "{other} takes {n} of {them}",
    "{other} borrows {n} {item}",
    "{n} of {them} break",
    "{n} {item} get lost",
    "{n} of {them} were stolen",
    "the dog chews up {n} of {them}",
    "{other} eats {n} of {them}",
    "{n} {item} fall off the table",
    "{other} buys {n} of {them}",
    "{n} of {them} go missing",
    "{other} walks off with {n} {item}",
    "{n} {item} are sold",
    "{n} of {them} roll away",
]
MUL = [  # {n} is a plain multiplier 2..9
    "end up with {n} times as many {item}",
    "get {n} times as many {item} as before",
    "see the number of {item} become {n} times larger",
    "multiply the {item} by {n}",
    "grow the pile to {n} times its size",
    "make the collection {n} times bigger",
]
MUL_BY_OTHERS = [
    "the number of {item} becomes {n} times larger",
    "the pile grows to {n} times its size",
    "the count of {item} is multiplied by {n}",
    "there are now {n} times as many {item}",
]
MUL2 = ["double the {item}", "double {them}", "end up with twice as many {item}", "get twice as many {item}"]
MUL2_BY_OTHERS = ["the number of {item} doubles", "the {item} double", "the pile doubles in size", "there are now twice as many"]
MUL3 = ["triple the {item}", "triple {them}", "end up with three times as many {item}"]
MUL3_BY_OTHERS = ["the number of {item} triples", "the pile triples"]
DIV = [  # {n} is a divisor 2..9
    "share {them} equally among {n} friends and keep one share",
    "split {them} equally into {n} groups and keep one group",
    "divide {them} evenly among {n} kids, keeping one share",
    "pack {them} equally into {n} boxes and keep one box",
    "split the {item} into {n} equal piles and keep just one pile",
    "share the {item} equally with {n_minus}, so {n} people get the same",
    "sort {them} into {n} equal bags and keep one bag",
    "deal {them} out evenly to {n} players and keep one hand",
]
DIV2 = ["give away half of {them}", "lose half of {them}", "keep only half of {them}", "halve the {item}", "sell half of the {item}", "use up half of {them}"]
DIV2_BY_OTHERS = ["half of {them} are given away", "half of the {item} get eaten", "the pile is cut in half"]
DIV3 = ["keep only a third of {them}", "keep a third of the {item} and give the rest away"]

UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    """0..999 in words ("forty-two", "three hundred and five")."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS[n // 10] + ("-" + UNITS[n % 10] if n % 10 else "")
    rest = n % 100
    return UNITS[n // 100] + " hundred" + (" and " + number_words(rest) if rest else "")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[str]]:
    """The dictionary-derived word lists (items, names, places, fillers) from lexicon.json."""
    return json.loads((Path(__file__).parent / "lexicon.json").read_text())


def pick(rng: random.Random, key: str) -> str:
    return rng.choice(lexicon()[key])


@lru_cache(maxsize=1)
def dictionary_forms() -> dict[str, tuple[str, str]]:
    """First word -> (third person, past) of lexicon.json's WordNet verbs ("trap" -> "traps", "trapped")."""
    return {base.split()[0]: (s.split()[0], past.split()[0]) for base, s, past in lexicon()["gain"] + lexicon()["loss"]}


#: How a WordNet verb (lexicon.json "gain" and "loss") tells a change: the verb, then one of these.
GAIN_FRAMES = [" {n} {item}", " {n} more {item}", " another {n} {item}"]
LOSS_FRAMES = [" {n} {item}", " {n} of {them}", " {n} of the {item}"]


@lru_cache(maxsize=2)
def dictionary_phrases(key: str) -> list[str]:
    """Change phrases (base form, like ADD and SUB) told with the WordNet verbs of `key`: "gain" (+) or "loss" (-)."""
    frames = GAIN_FRAMES if key == "gain" else LOSS_FRAMES
    return [forms[0] + frame for forms in lexicon()[key] for frame in frames]
