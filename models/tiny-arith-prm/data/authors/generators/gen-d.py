#!/usr/bin/env python3
"""gen-d: terse / mixed-register arithmetic word problems with step-by-step solutions.

Standard library only. Fixed seed. Writes records.jsonl next to this file, then
re-checks every record with an independent checker (parses the step text and
recomputes the chain from the semantic truth of the problem).
"""
import json
import os
import random
import re

SEED = 20240917
N_RECORDS = 400
R = random.Random(SEED)

# ----------------------------------------------------------------------------- vocabulary
FEMALE = """Ada Aiko Alma Amara Anouk Astrid Beatriz Bella Bianca Brisa Carmen Celeste Chiara
Dalia Daphne Delphine Dina Elif Elsa Esme Farah Fatou Freya Gemma Greta Hana Hedda Ines Ingrid
Isolde Jada Jovana Juno Kalani Keiko Kira Lark Leilani Lena Lidia Lorna Lucia Mabel Maeve Malia
Marisol Matilda Meera Mina Mirela Nadia Naomi Neha Nell Nia Noor Odette Olga Opal Paloma Petra
Priya Quinn Rana Rhea Rosalind Ruth Saoirse Selma Shira Sigrid Sunita Tamsin Thandi Tova Uma
Valeria Vera Wanda Wren Ximena Yara Yetunde Zadie Zainab Zofia Agnes Bronwyn Cleo Dorota""".split()
MALE = """Abel Aditya Alonso Amir Anders Arjun Barnaby Bashir Bruno Caius Callum Cosmo Dario
Declan Desmond Dmitri Eamon Elio Emeka Ezra Fabian Felix Finnegan Gideon Gustavo Hamish Harun
Hector Idris Ignacio Ivo Jasper Javier Joaquin Jonas Kaito Kofi Lachlan Lazlo Leopold Luca Magnus
Malik Mateo Milo Mustafa Nikolai Nils Obi Oisin Omar Osric Otto Pablo Pavel Quentin Rafael Ravi
Reuben Rocco Rufus Santiago Silas Soren Tadeo Tariq Teodor Thiago Tobias Tomasz Ulrich Umar
Vasco Viktor Wendell Wiremu Xavier Yannick Yusuf Zeke Zoltan Anselm Boris Cyrus Dante Emil""".split()
NEUTRAL = """Alex Ari Avery Bex Blair Charlie Dakota Eden Emery Frankie Harley Jules Kai Kit
Lennox Marlowe Noa Oakley Parker Remy Rowan Sage Skyler Tatum Toby""".split()
ORGS = ["the bakery", "the corner deli", "the school library", "a small farm", "the museum shop",
        "the scout troop", "Ms. Varga's class", "the hardware store", "the flea-market stall",
        "the community garden", "the toy shop", "the animal shelter", "the book club", "the florist",
        "the print shop", "the orchard", "the food truck", "the craft fair booth", "the art studio",
        "the chess club", "the night market stand", "the youth center", "the tea room", "the pharmacy",
        "the sports club", "the village fete committee", "the campsite store", "the school canteen"]
ORGS_CAP = {o: o[0].upper() + o[1:] for o in ORGS}
FAMILY = ["my sister", "my brother", "my cousin", "my roommate", "my neighbor", "my aunt", "my uncle",
          "my grandma", "my best friend", "my coworker", "my little brother", "my dad", "my mom",
          "the kid next door", "my lab partner"]
OTHERS_GENERIC = ["a neighbor", "a cousin", "the twins", "a classmate", "the coach", "Grandpa",
                  "an old friend", "the mail carrier", "a stranger", "the teacher", "a coworker",
                  "the landlord", "a customer", "the janitor"]
CHARITIES = ["food bank", "school fundraiser", "animal shelter", "church sale", "hospital ward",
             "charity shop", "library drive", "clothing drive", "youth camp", "toy drive"]
PLACES = ["under the sofa", "in an old coat", "behind the shed", "in the attic", "at the bottom of a drawer",
          "in the car", "on the beach", "in the garage", "under the bed", "in a shoebox",
          "in grandpa's desk", "at the park", "behind the piano", "in the basement"]
EVENTS = ["raffle", "school fair", "carnival", "bake-off", "quiz night", "ring toss", "spelling bee",
          "arcade", "county fair", "charity auction"]
PILES = ["pile", "stash", "heap", "collection", "hoard", "supply", "stock"]
PEOPLE = ["friends", "classmates", "neighbors", "teams", "cousins", "tables", "kids", "volunteers",
          "helpers", "families", "roommates", "players"]
GROUPS = ["piles", "stacks", "groups", "heaps", "bundles", "batches", "rows", "portions"]
CONTAINERS = [("box", "boxes"), ("crate", "crates"), ("bag", "bags"), ("jar", "jars"), ("tray", "trays"),
              ("pack", "packs"), ("carton", "cartons"), ("bin", "bins"), ("basket", "baskets"),
              ("sack", "sacks"), ("tin", "tins"), ("packet", "packets"), ("bundle", "bundles"),
              ("case", "cases"), ("bucket", "buckets"), ("drawer", "drawers"), ("pouch", "pouches"),
              ("shelf", "shelves"), ("envelope", "envelopes"), ("tub", "tubs")]
TIMES = ["On Monday", "Later", "By lunch", "That evening", "The next day", "Over the weekend",
         "Afterwards", "Soon after", "Before dinner", "At recess", "In the morning", "By Friday",
         "After school", "Around noon", "Last week", "Overnight", "Later on", "Right after that"]
DISTRACT = ["It was windy.", "Nobody complained.", "The radio was on.", "It rained all morning.",
            "The dog watched the whole time.", "That took most of the afternoon.", "Nobody noticed.",
            "It was a slow week.", "The kettle whistled somewhere.", "Oddly, nobody asked why.",
            "The sky was grey.", "Traffic was terrible.", "The cat slept through it.",
            "It was a Tuesday, probably.", "Everyone was in a hurry.", "The shop smelled of cinnamon.",
            "Someone left the door open.", "Quiet day.", "No big deal.", "The lights flickered.",
            "Rain again.", "Fine weather for it.", "A bus went by.", "The phone kept buzzing.",
            "Nobody was sure why.", "Lunch was late.", "The hallway echoed.", "Music played next door."]

FOOD = """apples plums cupcakes muffins pretzels dumplings tangerines figs crackers cookies donuts
bagels walnuts chestnuts lollipops gumdrops truffles macarons eggs tacos samosas biscuits scones
waffles pancakes rolls brownies peaches apricots lemons limes pears radishes carrots potatoes
onions tomatoes cherries grapes strawberries cucumbers meatballs croissants empanadas pierogi
jellybeans caramels mints toffees peppers turnips""".split()
THINGS = """stamps marbles stickers beads buttons pencils crayons postcards seashells pebbles coins
tokens badges keychains magnets bookmarks comics novels notebooks envelopes candles ribbons
balloons kites dice puzzles paperclips thumbtacks screws bolts nails washers hinges tiles bricks
planks shingles bottles cans cups mugs plates bowls spoons forks napkins towels socks mittens
scarves hats gloves jerseys umbrellas lanterns flashlights batteries chargers headphones
calculators rulers erasers sharpeners staplers folders binders clipboards posters maps flags
pennants figurines dolls robots toy cars skateboards frisbees tennis balls golf balls shuttlecocks
chess sets jigsaw pieces seed packets tulip bulbs seedlings saplings sunflowers roses ferns cacti
acorns pinecones feathers corks bottle caps matchbooks vinyl records cassettes DVDs postage labels
gift cards raffle tickets movie tickets bus passes wristbands lanyards pins patches key rings
spools of thread skeins of yarn paintbrushes tubes of paint sketchbooks quills ink pots hairpins
bracelets rings necklaces earrings watches sunglasses wallets purses backpacks lunchboxes
water bottles thermoses teacups saucers vases flowerpots candlesticks picture frames pillows
blankets quilts rugs doormats hangers clothespins buckets sponges brooms dustpans light bulbs
fuses cables sandbags traffic cones""".replace("toy cars", "toy_cars").replace("tennis balls", "tennis_balls")
THINGS = [t.replace("_", " ") for t in THINGS.split()]
# re-join multiword items that the split above broke
_MULTI = ["golf balls", "chess sets", "jigsaw pieces", "seed packets", "tulip bulbs", "bottle caps",
          "vinyl records", "postage labels", "gift cards", "raffle tickets", "movie tickets", "bus passes",
          "key rings", "spools of thread", "skeins of yarn", "tubes of paint", "ink pots", "water bottles",
          "picture frames", "light bulbs", "traffic cones"]


def _rejoin(words):
    out, i = [], 0
    while i < len(words):
        done = False
        for m in _MULTI:
            parts = m.split()
            if words[i:i + len(parts)] == parts:
                out.append(m)
                i += len(parts)
                done = True
                break
        if not done:
            out.append(words[i])
            i += 1
    return out


THINGS = _rejoin(THINGS)
ITEMS = sorted(set(FOOD + THINGS))
FOODSET = set(FOOD)

# ----------------------------------------------------------------------------- verbs
IRREG = {"buy": ("bought",), "get": ("got",), "find": ("found",), "win": ("won",), "give": ("gave",),
         "lose": ("lost",), "sell": ("sold",), "take": ("took",), "bring": ("brought",),
         "make": ("made",), "dig": ("dug",), "keep": ("kept",), "lend": ("lent",),
         "throw": ("threw",), "go": ("went",), "break": ("broke",), "eat": ("ate",),
         "have": ("had",), "begin": ("began",), "hold": ("held",), "grow": ("grew",),
         "become": ("became",), "split": ("split",), "set": ("set",), "send": ("sent",),
         "catch": ("caught",), "come": ("came",), "put": ("put",), "leave": ("left",),
         "sweep": ("swept",), "pay": ("paid",), "mislay": ("mislaid",), "steal": ("stole",),
         "shake": ("shook",), "feed": ("fed",), "hand": ("handed",), "fall": ("fell",),
         "stay": ("stayed",), "spend": ("spent",)}
DOUBLE_FINAL = {"grab", "snag", "drop", "swap", "ship", "chip", "stop", "nab", "trim", "tip", "bag"}


def v_past(b):
    if b in IRREG:
        return IRREG[b][0]
    if b in DOUBLE_FINAL:
        return b + b[-1] + "ed"
    if b.endswith("e"):
        return b + "d"
    if b.endswith("y") and b[-2] not in "aeiou":
        return b[:-1] + "ied"
    return b + "ed"


def v_3sg(b):
    if b == "have":
        return "has"
    if b.endswith(("s", "sh", "ch", "x", "z", "o")):
        return b + "es"
    if b.endswith("y") and b[-2] not in "aeiou":
        return b[:-1] + "ies"
    return b + "s"


def conj(b, tense, agr):
    """tense: past|pres ; agr: 3sg|pl"""
    if tense == "past":
        return v_past(b)
    return v_3sg(b) if agr == "3sg" else b


def be(tense, agr, who=None):
    if tense == "past":
        return "were" if agr == "pl" and who != "I" else "was"
    if who == "I":
        return "am"
    return "is" if agr == "3sg" else "are"


# ----------------------------------------------------------------------------- number words
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
         15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty",
         30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}


def numtext(n, allow_dozen=True, pword=0.22):
    if allow_dozen and n == 12 and R.random() < 0.4:
        return "a dozen"
    if n in WORDS and R.random() < pword:
        return WORDS[n]
    return str(n)


# ----------------------------------------------------------------------------- event templates
# kind: 'A' = actor is grammatical subject ({S} at start); 'X3' = other singular subject;
# 'XP' = plural subject (items); 'B' = actor subject with be-passive ({BE}).
ADD_T = [
    ("A", "{S} {buy} {n} more"), ("A", "{S} {buy} another {n} {items}"),
    ("A", "{S} {pick} up {n} more {items} at the market"), ("A", "{S} {find} {n} {items} {place}"),
    ("A", "{S} {win} {n} more at the {event}"), ("A", "{S} {receive} {n} from {other}"),
    ("A", "{S} {collect} {n} more"), ("A", "{S} {earn} {n} more"), ("A", "{S} {gather} {n} more {items}"),
    ("A", "{S} {dig} up {n} more"), ("A", "{S} {scoop} up another {n}"), ("A", "{S} {snag} {n} at a yard sale"),
    ("A", "{S} {add} {n} to the {pile}"), ("A", "{S} {bring} home {n} more"), ("A", "{S} {order} {n} more online"),
    ("A", "{S} {grab} {n} extra"), ("A", "{S} {rescue} {n} from the lost-and-found"),
    ("A", "{S} {make} {n} more"), ("A", "{S} {inherit} {n} from an aunt"), ("A", "{S} {nab} {n} more on sale"),
    ("A", "{S} {swap} some junk for {n} more {items}"), ("A", "{S} {get} {n} more as a gift"),
    ("A", "{S} {pocket} another {n}"), ("A", "{S} {restock} with {n} more"),
    ("X3", "{other} {give} {O} {n} more"), ("X3", "{other} {hand} {O} another {n}"),
    ("X3", "{other} {drop} off {n} more at the door"), ("X3", "{other} {chip} in {n} more"),
    ("XP", "{n} more {arrive} in the mail"), ("XP", "{n} more {turn} up in the garage"),
    ("XP", "another {n} {show} up"), ("XP", "{n} more {come} back from the repair shop"),
    ("B", "{S} {BE} given {n} more by {other}"), ("B", "{S} {BE} handed {n} extra"),
]
SUB_T = [
    ("A", "{S} {give} {n} to {other}"), ("A", "{S} {give} away {n}"), ("A", "{S} {give} {n} of them away"),
    ("A", "{S} {lose} {n}"), ("A", "{S} {lose} {n} of them on the bus"), ("A", "{S} {sell} {n}"),
    ("A", "{S} {sell} {n} to {other}"), ("A", "{S} {use} up {n}"), ("A", "{S} {use} {n} for a project"),
    ("A", "{S} {donate} {n} to the {charity}"), ("A", "{S} {toss} out {n} damaged ones"),
    ("A", "{S} {throw} away {n}"), ("A", "{S} {mail} {n} to {other}"), ("A", "{S} {lend} {n} to {other}"),
    ("A", "{S} {misplace} {n}"), ("A", "{S} {drop} {n} down a drain"), ("A", "{S} {part} with {n}"),
    ("A", "{S} {send} {n} off to {other}"), ("A", "{S} {pack} {n} into a parcel for {other} and {ship} it"),
    ("A", "{S} {leave} {n} at the old flat"), ("A", "{S} {return} {n} to the store"),
    ("A", "{S} {trade} away {n}"), ("A", "{S} {hand} out {n} at the door"),
    ("X3", "{other} {borrow} {n} and never {return} them"), ("X3", "{other} {take} {n} of them"),
    ("X3", "{other} {walk} off with {n}"), ("X3", "{other} {swipe} {n} when nobody was looking"),
    ("XP", "{n} of them {break}"), ("XP", "{n} {go} missing"), ("XP", "{n} {get} lost in the move"),
    ("XP", "{n} {fall} behind the radiator and {stay} there"),
]
SUB_FOOD_T = [("A", "{S} {eat} {n}"), ("X3", "{other} {snack} on {n} of them"), ("XP", "{n} {go} stale"),
              ("A", "{S} {munch} through {n}"), ("X3", "the dog {steal} {n}")]
MUL_T2 = [("A", "{S} {double} {poss} {pile}"), ("X3", "{poss} {pile} {double}"),
          ("A", "{S} {end} up with twice as many"), ("X3", "the number {double} overnight"),
          ("A", "{S} somehow {manage} to double them")]
MUL_T3 = [("A", "{S} {triple} {poss} {pile}"), ("X3", "{poss} {pile} {triple}"),
          ("A", "{S} {end} up with three times as many"), ("X3", "the count {triple}")]
MUL_TN = [("A", "{S} {end} up with {n} times as many"), ("X3", "{poss} {pile} {grow} to {n} times its size"),
          ("A", "{S} {multiply} {poss} {pile} by {n}"), ("A", "{S} {swap} each one for {n} new ones"),
          ("X3", "the count {become} {n} times larger"), ("A", "{S} {make} the {pile} {n} times bigger")]
DIV_TN = [("A", "{S} {share} them equally among {n} {people} and {keep} one share"),
          ("A", "{S} {split} them into {n} equal {groups} and {keep} one"),
          ("A", "{S} {divide} the {pile} evenly into {n} {cpl} and {hold} on to just one"),
          ("A", "{S} {pack} them evenly into {n} {cpl} and {take} only one {csg} home"),
          ("X3", "only one in every {n} {make} it through the move"),
          ("A", "{S} {keep} one out of every {n}")]
DIV_T2 = [("A", "{S} {give} away half of them"), ("A", "{S} {keep} only half"),
          ("A", "{S} {halve} the {pile}"), ("XP", "half of them {vanish}")]
DIV_T3 = [("A", "{S} {keep} only a third of them"), ("A", "{S} {keep} a third and {give} the rest to {other}")]
DIV_EACH = [("A", "{S} {share} them equally among {n} {people}"),
            ("A", "{S} {split} them evenly between {n} {people}"),
            ("A", "{S} {divide} them equally among {n} {people}")]

# passive register (no actor; subject is the items / the stock)
P_START = ["{N} {items} were stored in the back room", "The shelf held {N} {items}",
           "{N} {items} were delivered on Monday", "There were {N} {items} in the storeroom",
           "{N} {items} sat in the warehouse", "{N} {items} were counted at opening"]
P_START_PROD = ["{a} {cpl} of {b} {items} were unloaded", "{a} {cpl} with {b} {items} in each were delivered",
                "{a} {cpl}, each holding {b} {items}, were stacked by the door"]
P_ADD = ["{n} more were delivered", "another {n} were donated by {other}", "{n} {items} were added",
         "{n} more were brought in from the back", "{n} were returned by customers",
         "{n} more were found in a forgotten carton", "a further {n} were dropped off"]
P_SUB = ["{n} {items} were sold by noon", "{n} were given away to {other}", "{n} were taken by {other}",
         "{n} were damaged and thrown out", "{n} were shipped to another branch",
         "{n} were used for the window display", "{n} were stolen", "{n} were claimed by customers"]
P_MUL2 = ["the stock was doubled", "the number was doubled by a big order"]
P_MUL3 = ["the stock was tripled"]
P_MULN = ["the amount was increased to {n} times what it had been", "the stock was multiplied by {n}"]
P_DIVN = ["the rest were split equally into {n} {cpl} and only one {csg} was kept",
          "they were shared evenly among {n} branches, with one share staying here",
          "they were divided into {n} equal lots and just one lot was kept"]
P_DIV2 = ["half of them were sent away", "only half were kept"]
P_DIV3 = ["only a third of them were kept"]

QUESTIONS_3 = ["How many {items} does {S} have now?", "How many {items} does {S} have left?",
               "How many are left?", "How many {items} remain?", "What's the count now?",
               "How many does {pron} end up with?", "How many {items} does {pron} have at the end?",
               "So how many now?", "Final tally?", "How many {items} are there in the end?"]
QUESTIONS_3_PAST = ["How many {items} did {S} have at the end?", "How many did {pron} end up with?",
                    "How many {items} were left?", "How many {items} did {pron} have after all that?"]
QUESTIONS_I = ["How many {items} do I have now?", "How many are left for me?", "How many did I end up with?",
               "How many {items} do I have left?", "What's my total now?"]
QUESTIONS_P = ["How many {items} were left at the end?", "How many {items} are there now?",
               "How many remained?", "How many {items} are in stock now?", "Count at closing?"]
QUESTIONS_B = ["Q: how many now?", "How many left?", "End count?", "Left: ?", "Final count of {items}?",
               "How many {items} at the end?", "Total now?", "Remaining?"]


# ----------------------------------------------------------------------------- rendering helpers
VERB_RE = re.compile(r"\{([A-Za-z]+)\}")
FIXED_KEYS = {"S", "n", "items", "place", "event", "other", "pile", "O", "poss", "charity", "people",
              "groups", "cpl", "csg", "BE", "N", "a", "b", "pron"}


def fill(t, ctx, tense, agr, who=None):
    def rep(m):
        k = m.group(1)
        if k in FIXED_KEYS:
            if k == "BE":
                return be(tense, agr, who)
            return ctx[k]
        return conj(k, tense, agr)
    return VERB_RE.sub(rep, t)


def cap(s):
    return s[0].upper() + s[1:] if s else s


class Actor:
    def __init__(self, kind):
        self.kind = kind
        if kind == "I":
            self.name, self.subj, self.obj, self.poss, self.agr = "I", "I", "me", "my", "pl"
        elif kind == "org":
            o = R.choice(ORGS)
            self.name = o
            self.subj = "they"
            self.obj = "them"
            self.poss = "their"
            self.agr = "3sg"
        else:
            g = R.random()
            if g < 0.44:
                self.name, self.subj, self.obj, self.poss = R.choice(FEMALE), "she", "her", "her"
            elif g < 0.88:
                self.name, self.subj, self.obj, self.poss = R.choice(MALE), "he", "him", "his"
            else:
                self.name, self.subj, self.obj, self.poss = R.choice(NEUTRAL), "they", "them", "their"
            self.agr = "3sg"

    def subject(self, first=False):
        """returns (text, agreement, who)"""
        if self.kind == "I":
            return "I", "pl", "I"
        if first or R.random() < 0.3:
            return self.name, "3sg", None
        return self.subj, ("pl" if self.subj == "they" else "3sg"), None


def other_name(actor):
    if actor.kind == "I":
        pool = FAMILY + [R.choice(FEMALE + MALE)] * 4
    else:
        pool = OTHERS_GENERIC + [R.choice(FEMALE + MALE + NEUTRAL) for _ in range(8)]
    while True:
        o = R.choice(pool)
        if o != actor.name:
            return o


def make_ctx(actor, items, amt_text, extra=None):
    csg, cpl = R.choice(CONTAINERS)
    ctx = {"items": items, "place": R.choice(PLACES), "event": R.choice(EVENTS), "other": other_name(actor),
           "pile": R.choice(PILES), "O": actor.obj if R.random() < 0.7 or actor.kind == "I" else actor.name,
           "poss": actor.poss, "charity": R.choice(CHARITIES), "people": R.choice(PEOPLE),
           "groups": R.choice(GROUPS), "cpl": cpl, "csg": csg, "n": amt_text, "pron": actor.subj}
    if actor.kind == "org":
        ctx["O"] = "them"
    if extra:
        ctx.update(extra)
    return ctx


def amount_text(ev, tmpl):
    n = ev["amt"]
    allow_dozen = ("another {n}" not in tmpl and "{n} times" not in tmpl and "every {n}" not in tmpl
                   and ev["op"] in "+-")
    t = numtext(n, allow_dozen=allow_dozen)
    ev["form"] = t
    return t


def pick_template(ev, items, each_final=False, passive=False):
    op, n = ev["op"], ev["amt"]
    if passive:
        if op == "+":
            return ("P", R.choice(P_ADD))
        if op == "-":
            return ("P", R.choice(P_SUB))
        if op == "*":
            return ("P", R.choice(P_MUL2 if n == 2 and R.random() < 0.6 else P_MUL3 if n == 3 and R.random() < 0.6 else P_MULN))
        return ("P", R.choice(P_DIV2 if n == 2 and R.random() < 0.5 else P_DIV3 if n == 3 and R.random() < 0.5 else P_DIVN))
    if op == "+":
        return R.choice(ADD_T)
    if op == "-":
        pool = SUB_T + (SUB_FOOD_T * 3 if items in FOODSET else [])
        return R.choice(pool)
    if op == "*":
        if n == 2 and R.random() < 0.65:
            return R.choice(MUL_T2)
        if n == 3 and R.random() < 0.55:
            return R.choice(MUL_T3)
        return R.choice(MUL_TN)
    if each_final:
        return R.choice(DIV_EACH)
    if n == 2 and R.random() < 0.55:
        return R.choice(DIV_T2)
    if n == 3 and R.random() < 0.5:
        return R.choice(DIV_T3)
    return R.choice(DIV_TN)


LAST_AGR = [None, None]


def clause(actor, ev, items, tense, first=False, elide=False, each_final=False):
    """Render one event as a clause. Returns (text, actor_is_subject).
    elide=True drops the subject and reuses the agreement of the previous actor clause
    (LAST_AGR); callers only elide right after a clause whose subject was the actor."""
    kind, t = pick_template(ev, items, each_final)
    amt = amount_text(ev, t)
    ctx = make_ctx(actor, items, amt)
    if kind in ("A", "B"):
        if elide and LAST_AGR[0] is not None:
            agr, who = LAST_AGR
            t2 = t.replace("{S} ", "", 1)
            return fill(t2, ctx, tense, agr, who), True
        s, agr, who = actor.subject(first)
        if actor.kind == "org":
            agr = "3sg" if s == actor.name else "pl"
        LAST_AGR[0], LAST_AGR[1] = agr, who
        ctx["S"] = s
        return fill(t, ctx, tense, agr, who), True
    agr = "3sg" if kind == "X3" else "pl"
    if kind == "XP" and ev["amt"] == 1:
        agr = "3sg"
    return fill(t, ctx, tense, agr), False


# ----------------------------------------------------------------------------- problem renderers
def start_text_active(actor, start, items, tense):
    s, agr, who = actor.subject(first=True)
    if actor.kind == "org":
        agr = "3sg"
    if start["kind"] == "prod":
        a, b = start["a"], start["b"]
        csg, cpl = R.choice(CONTAINERS)
        t = R.choice(["{S} {have} {a} {cpl} with {b} {items} in each",
                      "{S} {buy} {a} {cpl} of {b} {items}",
                      "{S} {fill} {a} {cpl}, each holding {b} {items}",
                      "{S} {set} out {a} rows of {b} {items}",
                      "{S} {start} with {a} {cpl}; each {contain} {b} {items}"])
        ctx = {"S": s, "a": numtext(a, False, 0.25), "b": numtext(b, False, 0.15), "cpl": cpl, "items": items}
        if "each {contain}" in t:
            t = t.replace("each {contain}", "each one " + conj("contain", tense, "3sg"))
        return fill(t, ctx, tense, agr, who)
    N = start["N"]
    t = R.choice(["{S} {have} {N} {items}", "{S} {start} with {N} {items}", "{S} {own} {N} {items}",
                  "{S} {keep} {N} {items} in a shoebox", "{S} {begin} the week with {N} {items}",
                  "At first, {S} {have} {N} {items}", "{S} {collect} {N} {items} over the summer",
                  "{S} {have} exactly {N} {items}"])
    ctx = {"S": s, "N": numtext(N, False, 0.12), "items": items}
    return fill(t, ctx, tense, agr, who)


def group_events(evs):
    groups, i = [], 0
    while i < len(evs):
        k = R.choice([1, 1, 1, 2, 2, 3])
        groups.append(list(range(i, min(len(evs), i + k))))
        i += k
    return groups


def narrative(actor, start, evs, items, tense, each_final, start_sent=None):
    sents = [cap(start_sent if start_sent else start_text_active(actor, start, items, tense)) + "."]
    for g in group_events(evs):
        last_each = each_final and g[-1] == len(evs) - 1
        if len(g) == 2 and R.random() < 0.3:
            # reordered clauses: chronology e1 -> e2 but e2 written first
            c1, _ = clause(actor, evs[g[0]], items, tense, each_final=False)
            c2, _ = clause(actor, evs[g[1]], items, tense, each_final=last_each)
            form = R.choice(["{c2} after {c1}", "Before {c2}, {c1}", "After {c1}, {c2}"])
            sents.append(cap(form.format(c1=c1, c2=c2)) + ".")
            continue
        parts = []
        prev_actor = False
        for j, idx in enumerate(g):
            fe = last_each and idx == g[-1]
            if j == 0:
                c, prev_actor = clause(actor, evs[idx], items, tense, each_final=fe)
                if R.random() < 0.3:
                    c = R.choice(TIMES) + ", " + c
                parts.append(c)
            else:
                elide = prev_actor and R.random() < 0.6
                c, prev_actor = clause(actor, evs[idx], items, tense, elide=elide, each_final=fe)
                joiner = R.choice([", then ", " and ", ", and then ", "; later ", ", after that ", " and then "])
                parts.append(joiner + c)
        sents.append(cap("".join(parts)) + ".")
    return sents


def question_for(actor, items, tense, each_final, evs, register):
    if each_final:
        ev = evs[-1]
        who = R.choice(["each one", "each of them", "every one of them"])
        return R.choice(["How many does {w} get?", "How many does each get?", "How many go to each?",
                         "What does each share come to?"]).format(w=who)
    if register == "I":
        return R.choice(QUESTIONS_I).format(items=items)
    if register == "P":
        return R.choice(QUESTIONS_P).format(items=items)
    if register == "B":
        return R.choice(QUESTIONS_B).format(items=items)
    S = actor.name if actor.kind != "org" else actor.name
    pron = actor.subj
    if tense == "past" and R.random() < 0.5:
        q = R.choice(QUESTIONS_3_PAST)
    else:
        q = R.choice(QUESTIONS_3)
    if pron == "they" or actor.kind == "org":
        q = q.replace("does {pron}", "do {pron}")
    return q.format(items=items, S=S, pron=pron)


def with_distractors(sents, k):
    body = sents[:]
    for _ in range(k):
        pos = R.randint(1, len(body))
        body.insert(pos, R.choice(DISTRACT))
    return body


def render_problem(start, evs, each_final):
    items = R.choice(ITEMS)
    reg = R.choices(["N3", "NP", "I", "P", "B", "Q", "ORG"], [18, 13, 16, 12, 15, 14, 12])[0]
    if each_final and reg in ("P", "B"):
        reg = "N3"
    if reg == "I":
        actor = Actor("I")
    elif reg == "ORG":
        actor = Actor("org")
    else:
        actor = Actor("p")
    if reg == "P":
        return render_passive(start, evs, items), reg
    if reg == "B":
        return render_bullets(actor, start, evs, items), reg
    if reg == "Q":
        return render_qfirst(actor, start, evs, items, each_final), reg
    tense = "pres" if reg == "NP" else ("past" if R.random() < 0.8 else "pres")
    if reg == "ORG":
        tense = "past"
    sents = narrative(actor, start, evs, items, tense, each_final)
    nd = R.choices([0, 1, 2], [45, 40, 15])[0]
    sents = with_distractors(sents, nd)
    sents.append(question_for(actor, items, tense, each_final, evs, "I" if reg == "I" else "3"))
    if reg == "ORG":
        sents[0] = cap(sents[0])
    return " ".join(sents), reg


def render_passive(start, evs, items):
    csg, cpl = R.choice(CONTAINERS)
    if start["kind"] == "prod":
        st = R.choice(P_START_PROD).format(a=numtext(start["a"], False, 0.2), b=start["b"], cpl=cpl, items=items)
    else:
        st = R.choice(P_START).format(N=start["N"], items=items)
    sents = [cap(st) + "."]
    for ev in evs:
        _, t = pick_template(ev, items, passive=True)
        amt = amount_text(ev, t)
        csg, cpl = R.choice(CONTAINERS)
        other = R.choice(OTHERS_GENERIC + [R.choice(FEMALE + MALE)] * 5)
        c = t.format(n=amt, items=items, other=other, cpl=cpl, csg=csg)
        if R.random() < 0.3:
            c = R.choice(TIMES) + ", " + c
        sents.append(cap(c) + ".")
    sents = with_distractors(sents, R.choices([0, 1, 2], [50, 40, 10])[0])
    sents.append(question_for(None, items, "past", False, evs, "P"))
    return " ".join(sents)


BULLET_MUL = {2: ["Doubled.", "Doubled the lot.", "Then doubled it."], 3: ["Tripled.", "Tripled it."]}
BULLET_DIV = {2: ["Halved.", "Kept half.", "Gave half away."], 3: ["Kept a third."]}


def render_bullets(actor, start, evs, items):
    csg, cpl = R.choice(CONTAINERS)
    if start["kind"] == "prod":
        st = R.choice(["Start: {a} {cpl} of {b} {items}.", "Have: {a} {cpl}, {b} {items} each.",
                       "{name}: {a} {cpl} of {b} {items}."]).format(
            a=start["a"], b=start["b"], cpl=cpl, items=items, name=actor.name)
    else:
        st = R.choice(["Start: {N} {items}.", "Initial: {N} {items}.", "{name} — {N} {items}.",
                       "Begin with {N} {items}.", "{name} has {N} {items}."]).format(
            N=start["N"], items=items, name=actor.name)
    lines = [st]
    for ev in evs:
        op, n = ev["op"], ev["amt"]
        if op == "*" and n in BULLET_MUL and R.random() < 0.5:
            ev["form"] = {2: "doubled", 3: "tripled"}[n]
            lines.append(R.choice(BULLET_MUL[n]))
            continue
        if op == "/" and n in BULLET_DIV and R.random() < 0.5:
            ev["form"] = {2: "half", 3: "third"}[n]
            lines.append(R.choice(BULLET_DIV[n]))
            continue
        if op == "*" and R.random() < 0.3:
            lines.append("Multiplied by {}.".format(n))
            ev["form"] = str(n)
            continue
        if op == "/" and R.random() < 0.4:
            csg2, cpl2 = R.choice(CONTAINERS)
            lines.append(R.choice(["Split evenly into {n} {cpl}, kept one.",
                                   "Shared among {n} {people}; kept one share."]).format(
                n=n, cpl=cpl2, people=R.choice(PEOPLE)))
            ev["form"] = str(n)
            continue
        c, _ = clause(actor, ev, items, "past", elide=True)
        lines.append(cap(c) + ".")
    if R.random() < 0.4:
        lines = with_distractors(lines, 1)
    q = question_for(actor, items, "past", False, evs, "B")
    style = R.random()
    if style < 0.35:
        return "\n".join(["- " + l for l in lines]) + "\n" + q
    if style < 0.5:
        names = set(FEMALE + MALE + NEUTRAL)

        def low(l):
            return l if l.split()[0].strip(":,") in names else l[0].lower() + l[1:]
        return "; ".join([lines[0].rstrip(".")] + [low(l).rstrip(".") for l in lines[1:]]) + ". " + q
    return " ".join(lines) + " " + q


def render_qfirst(actor, start, evs, items, each_final):
    if actor.kind == "I":
        actor = Actor("p")
    S = actor.name
    do = "does"
    one_sentence = R.random() < 0.55 and len(evs) <= 3
    heads = ["How many {items} {do} {S} have now", "How many {items} are left",
             "How many {items} {do} {S} end up with", "What is {S}'s final count of {items}"]
    if one_sentence:
        heads.append("How many {items} will {S} have")
    if each_final:
        head = "How many {items} does each one get".format(items=items)
    else:
        head = R.choice(heads).format(items=items, S=S, do=do)
    if one_sentence:
        # one long sentence: "How many ... if S has N items, sells 9, and then ...?"
        if start["kind"] == "prod":
            csg, cpl = R.choice(CONTAINERS)
            st = "{v} {a} {cpl} of {b} {items}".format(
                v=conj(R.choice(["buy", "have", "get", "order"]), "pres", "3sg"),
                a=start["a"], b=start["b"], cpl=cpl, items=items)
        else:
            st = "{v} {N}".format(v=R.choice(["has", "starts with", "collects", "begins with"]), N=start["N"])
        parts = []
        LAST_AGR[0], LAST_AGR[1] = "3sg", None  # elided clauses continue from the name
        prev_actor = True
        for i, ev in enumerate(evs):
            c, prev_actor = clause(actor, ev, items, "pres", elide=prev_actor,
                                   each_final=each_final and i == len(evs) - 1)
            parts.append(c)
        # non-elidable clauses carry their own subject; fine after a comma.
        if len(parts) == 1:
            body = st + " and then " + parts[0]
        else:
            body = st + ", " + ", ".join(parts[:-1]) + R.choice([", and then ", ", and finally ", " and "]) + parts[-1]
        return "{h} if {S} {b}?".format(h=head, S=S, b=body)
    sents = [head + "?"]
    sents += narrative(actor, start, evs, items, R.choice(["past", "pres"]), each_final)
    sents = [sents[0]] + with_distractors(sents[1:], R.choices([0, 1], [60, 40])[0])
    return " ".join(sents)


# ----------------------------------------------------------------------------- chains
def divisors(x, lo=2, hi=12):
    return [d for d in range(lo, hi + 1) if x % d == 0 and x // d >= 1]


def make_chain(n_changes):
    if R.random() < 0.27:
        while True:
            a, b = R.randint(2, 25), R.randint(2, 48)
            if 12 <= a * b <= 1500:
                break
        start = {"kind": "prod", "a": a, "b": b}
        cur = a * b
    else:
        r = R.random()
        N = R.randint(15, 99) if r < 0.3 else (R.randint(100, 999) if r < 0.97 else 1000)
        start = {"kind": "num", "N": N}
        cur = N
    evs = []
    for _ in range(n_changes):
        for _try in range(50):
            op = R.choices("+-*/", [32, 32, 15, 21])[0]
            if op == "+":
                amt = R.randint(2, R.choice([15, 40, 120, 400]))
                if cur + amt > 9999:
                    continue
                nxt = cur + amt
            elif op == "-":
                if cur < 4:
                    continue
                amt = R.randint(2, max(2, min(999, int(cur * R.choice([0.3, 0.6, 0.9])))))
                if amt >= cur:
                    continue
                nxt = cur - amt
            elif op == "*":
                if cur > 2500:
                    continue
                amt = R.choice([2, 2, 2, 3, 3, 4, 5, 6, 10])
                nxt = cur * amt
                if nxt > 9999:
                    continue
            else:
                ds = divisors(cur)
                if not ds:
                    continue
                w = [5 if d in (2, 3) else 3 if d in (4, 5) else 1 for d in ds]
                amt = R.choices(ds, w)[0]
                nxt = cur // amt
            evs.append({"op": op, "amt": amt})
            cur = nxt
            break
        else:
            return None
    return start, evs


def apply(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def true_equations(start, evs):
    eqs = []
    if start["kind"] == "prod":
        eqs.append([start["a"], "*", start["b"], start["a"] * start["b"]])
        cur = start["a"] * start["b"]
    else:
        cur = start["N"]
    for ev in evs:
        nxt = apply(cur, ev["op"], ev["amt"])
        eqs.append([cur, ev["op"], ev["amt"], nxt])
        cur = nxt
    return eqs


def valid_val(v):
    return v is not None and 0 <= v <= 9999


# ----------------------------------------------------------------------------- error injection
def swap_digits(x):
    s = str(x)
    opts = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and not (i == 0 and s[1] == "0")]
    if not opts:
        return None
    i = R.choice(opts)
    return int(s[:i] + s[i + 1] + s[i] + s[i + 2:])


def no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str((da + db) % 10))
    return int("".join(out)[::-1])


def no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(da - db)))
    return int("".join(out)[::-1])


def arith_candidates(a, op, b, r):
    c = [r + 1, r - 1, r + 1, r - 1]
    if r >= 10:
        c += [r + 10, r - 10]
    if r >= 100:
        c += [r + 100, r - 100]
    s = swap_digits(r)
    if s is not None:
        c += [s, s]
    if op == "*":
        c += [r + a, r - a]
    if op == "+":
        c += [no_carry_add(a, b)] * 2
    if op == "-":
        c += [no_borrow_sub(a, b)] * 2
    if op == "/":
        c += [r + 1, r - 1, r * 10 if r < 100 else r + 10]
    return [x for x in c if x is not None and x != r and 0 <= x <= 9999]


def continue_chain(eqs, k, new_c):
    """eqs: list of [a,op,b,c]; step k now has result new_c; recompute later steps with true b/op."""
    out = [e[:] for e in eqs]
    out[k][3] = new_c
    for j in range(k + 1, len(out)):
        a = out[j - 1][3]
        c = apply(a, out[j][1], out[j][2])
        if not valid_val(c):
            return None
        out[j][0] = a
        out[j][3] = c
    return out


def inject(kind, k, start, evs, eqs, forms):
    """Return (new_eqs, note) or None."""
    a, op, b, r = eqs[k]
    is_prod_step = start["kind"] == "prod" and k == 0
    if kind == "arithmetic":
        cands = arith_candidates(a, op, b, r)
        R.shuffle(cands)
        for c in cands:
            new = continue_chain(eqs, k, c)
            if new:
                return new, "arith"
        return None
    if kind == "operation":
        if is_prod_step:
            alts = ["+"]
        else:
            alts = {"+": ["-", "-", "-", "*"], "-": ["+"], "*": ["+", "+", "/"], "/": ["*", "-", "-"]}[op]
        R.shuffle(alts)
        for o2 in alts:
            c = apply(a, o2, b)
            if not valid_val(c) or c == r:
                continue
            if o2 == "*" and op == "+" and b > 12:
                continue
            new = continue_chain(eqs, k, c)
            if new:
                new[k][1] = o2
                return new, "op"
        return None
    if kind == "operand":
        nums = set()
        if start["kind"] == "prod":
            nums |= {start["a"], start["b"]}
        else:
            nums.add(start["N"])
        for ev in evs:
            nums.add(ev["amt"])
        cands = []  # (a', b')
        if is_prod_step:
            for x in nums - {a, b}:
                cands += [(x, b), (a, x)]
            for x in (swap_digits(a), swap_digits(b)):
                pass
            sa, sb = swap_digits(a), swap_digits(b)
            if sa:
                cands.append((sa, b))
            if sb:
                cands.append((a, sb))
        else:
            for x in nums - {b}:
                if op in "*/" and x > 12:
                    continue
                cands += [(a, x)] * (2 if op in "+-" else 1)
            sb = swap_digits(b)
            if sb and sb >= 2:
                cands += [(a, sb)] * 2
            if forms[k] == "a dozen":
                cands += [(a, 10)] * 3
            if op in "*/":
                cands += [(a, b + 1), (a, b - 1)] if b > 2 else [(a, 3)]
            if k >= 1:
                prev2 = eqs[k - 1][0]  # value before the previous change (skipped a step)
                if prev2 != a:
                    cands += [(prev2, b)] * 2
        R.shuffle(cands)
        for a2, b2 in cands:
            if (a2, b2) == (a, b) or b2 < 1 and op == "/":
                continue
            c = apply(a2, op, b2)
            if not valid_val(c) or c == r:
                continue
            new = continue_chain(eqs, k, c)
            if new:
                new[k][0], new[k][2] = a2, b2
                return new, "operand"
        return None
    raise ValueError(kind)


def answer_candidates(eqs):
    last = eqs[-1][3]
    c = [last + 1, last - 1, last + 10, last - 10]
    s = swap_digits(last)
    if s is not None:
        c += [s, s]
    if len(eqs) >= 2:
        c += [eqs[-1][0]] * 3  # copied the total before the last change
    if eqs[-1][1] == "/":
        c += [eqs[-1][0]] * 2
    return [x for x in c if x != last and 0 <= x <= 9999]


# ----------------------------------------------------------------------------- step rendering
OPSETS = {"ascii": {"+": "+", "-": "-", "*": "*", "/": "/"},
          "uni": {"+": "+", "-": "−", "*": "×", "/": "÷"},
          "mix": {"+": "+", "-": "-", "*": "×", "/": "/"},
          "mix2": {"+": "+", "-": "−", "*": "x", "/": "÷"}}
LABELS = {"+": ["Total", "Now", "Running total", "New count", "Sum", "With the extra"],
          "-": ["Remaining", "Left", "Still there", "After that", "What's left", "Minus those"],
          "*": ["Scaled", "Multiplied", "Grown", "New amount", "After growing"],
          "/": ["Per share", "One share", "Each group", "Kept", "After splitting"],
          "S": ["Start", "At first", "Initially", "Starting total", "To begin"]}
TAGS = {"+": ["added", "more", "bought", "found", "plus the new ones", "in"],
        "-": ["gave away", "sold", "left", "lost", "out", "taken off"],
        "*": ["scaled up", "multiplied", "grew"],
        "/": ["split", "one share", "shared out", "divided"],
        "S": ["start", "starting amount", "to begin"]}
OPENERS_FIRST = ["First,", "To start,", "Begin:", "Start with", "Okay,"]
OPENERS_MID = ["Next,", "Then", "After that,", "Now", "So", "Then,", "Moving on,"]
OPENERS_LAST = ["Finally,", "Last,", "Lastly,", "And then"]
ARROWS = ["=>", "→", "->", ">>"]
EVENT_LEAD = {"+": ["After adding {b}", "Adding {b}", "With {b} more", "Plus {b}"],
              "-": ["After removing {b}", "Taking away {b}", "Less {b}", "Without those {b}"],
              "*": ["Times {b}", "Multiplying by {b}", "Scaled by {b}"],
              "/": ["Split {b} ways", "Dividing by {b}", "One share of {b}"]}


def fmt_eq(a, op, b, c, ops, compact):
    o = ops[op]
    if compact:
        return "{}{}{}={}".format(a, o, b, c)
    return "{} {} {} = {}".format(a, o, b, c)


def render_step(i, n_eq, eq, style, ops, items, is_start_prod, tag_op):
    a, op, b, c = eq
    compact = style == "compact"
    e = fmt_eq(a, op, b, c, ops, compact)
    key = "S" if is_start_prod else tag_op
    if style in ("bare", "compact"):
        return e
    if style == "arrow":
        return (R.choice(ARROWS) + " " + e) if i > 0 or R.random() < 0.4 else e
    if style == "label":
        return "{}: {}".format(R.choice(LABELS[key]), e)
    if style == "paren":
        if op == "*" and b == 2 and not is_start_prod and tag_op == "*":
            t = "doubled"
        elif op == "*" and b == 3 and not is_start_prod and tag_op == "*":
            t = "tripled"
        elif op == "/" and b == 2 and tag_op == "/":
            t = "halved"
        else:
            t = R.choice(TAGS[key])
        return "{} ({})".format(e, t)
    if style == "sentence":
        if i == 0:
            op_ = R.choice(OPENERS_FIRST)
        elif i == n_eq - 1 and n_eq > 2:
            op_ = R.choice(OPENERS_LAST)
        else:
            op_ = R.choice(OPENERS_MID)
        tail = " " + items if R.random() < 0.4 else ""
        return "{} {}{}.".format(op_, e, tail)
    if style == "units":
        return "{} {}".format(e, items)
    if style == "event":
        if is_start_prod:
            return "{}: {}".format(R.choice(LABELS["S"]), e)
        lead = R.choice(EVENT_LEAD[tag_op]).format(b=b)
        return "{}: {}".format(lead, e)
    if style == "bullet":
        return R.choice(["• ", "> ", "· "]) + e
    raise ValueError(style)


STEP_STYLES = ["bare", "arrow", "label", "paren", "sentence", "units", "event", "bullet", "compact"]
STEP_W = [16, 12, 14, 13, 16, 8, 9, 7, 5]


def final_step(x, items, actor_hint, each_final):
    forms = ["{x}", "Final answer: {x}", "#### {x}", "Answer: {x}", "The answer is {x}.",
             "{x} {items}.", "Ans: {x}", "That leaves {x}.", "Result: {x}", "**{x}**",
             "They end up with {x} {items}.", "So the count is {x}.", "→ {x}"]
    if actor_hint == "I":
        forms += ["You'd have {x} {items}.", "So I have {x} left.", "My total: {x}."]
    elif actor_hint in ("she", "he", "they"):
        forms += ["So {p} has {x} {items} left.".replace("{p} has", "{p} " + ("have" if actor_hint == "they" else "has")),
                  "{P} ends up with {x}.".replace("ends", "end" if actor_hint == "they" else "ends")]
    if each_final:
        forms = ["Each gets {x}.", "{x} each.", "#### {x}", "Answer: {x} per share.", "Final answer: {x}",
                 "So each one gets {x} {items}."]
    f = R.choice(forms)
    return f.format(x=x, items=items, p=actor_hint, P=cap(actor_hint or "they"))


# ----------------------------------------------------------------------------- record assembly
def build_plan():
    plan = [("none", None)] * 180
    for kind in ("arithmetic", "operand", "operation"):
        pos = ["first"] * 18 + ["middle"] * 19 + ["last"] * 18
        plan += [(kind, p) for p in pos]
    plan += [("answer", "final")] * 55
    R.shuffle(plan)
    return plan


def pronoun_hint(problem, reg, actor_subj):
    return actor_subj


def make_record(idx, kind, pos):
    for _attempt in range(400):
        nch = R.choices([1, 2, 3, 4, 5], [10, 25, 30, 22, 13])[0]
        ch = make_chain(nch)
        if ch is None:
            continue
        start, evs = ch
        eqs = true_equations(start, evs)
        n_eq = len(eqs)
        if pos == "middle" and n_eq < 3:
            continue
        if pos == "last" and n_eq < 2:
            continue
        if pos == "first" and n_eq < 2 and R.random() < 0.5:
            continue
        if any(not valid_val(e[3]) for e in eqs):
            continue
        if max(e[3] for e in eqs) > 9999:
            continue
        each_final = evs[-1]["op"] == "/" and evs[-1]["amt"] >= 3 and R.random() < 0.35
        problem, reg = render_problem(start, evs, each_final)
        if len(problem.split()) > 90:
            continue
        off = 1 if start["kind"] == "prod" else 0
        forms = ["" for _ in eqs]
        for j, ev in enumerate(evs):
            forms[j + off] = ev.get("form", str(ev["amt"]))
        written = [e[:] for e in eqs]
        label = -1
        if kind in ("arithmetic", "operand", "operation"):
            k = {"first": 0, "last": n_eq - 1}.get(pos)
            if pos == "middle":
                k = R.randint(1, n_eq - 2)
            res = inject(kind, k, start, evs, eqs, forms)
            if res is None:
                continue
            written, _ = res
            label = k
        final_num = written[-1][3]
        if kind == "answer":
            cands = answer_candidates(written)
            if not cands:
                continue
            final_num = R.choice(cands)
            label = n_eq
        # ---- render steps
        ops = OPSETS[R.choices(list(OPSETS), [35, 30, 25, 10])[0]]
        main = R.choices(STEP_STYLES, STEP_W)[0]
        items = re.search(r"\b(" + "|".join(re.escape(i) for i in sorted(ITEMS, key=len, reverse=True)) + r")\b",
                          problem)
        items = items.group(1) if items else "items"
        steps = []
        for i, w in enumerate(written):
            st = main if R.random() < 0.75 else R.choices(STEP_STYLES, STEP_W)[0]
            is_sp = start["kind"] == "prod" and i == 0
            tag_op = w[1]
            if R.random() < 0.3:
                tag_op = eqs[i][1]  # tag from the event itself (may clash with a wrong op)
            steps.append(render_step(i, n_eq, w, st, ops, items, is_sp, tag_op))
        if reg == "I":
            hint = "I"
        elif reg in ("P",):
            hint = None
        else:
            m = re.search(r"\b(she|he|they)\b", problem)
            hint = m.group(1) if m else None
        steps.append(final_step(final_num, items, hint, each_final))
        true_final = eqs[-1][3]
        rec = {"id": "gen-d-{:04d}".format(idx + 1), "problem": problem, "steps": steps, "label": label,
               "final_answer_correct": final_num == true_final, "error_kind": kind}
        truth = {"start": start, "evs": evs, "reg": reg, "each_final": each_final}
        return rec, truth
    raise RuntimeError("could not build record")


# ----------------------------------------------------------------------------- independent checker
EQ_RE = re.compile(r"(\d+)\s*([+\-*/×÷−x])\s*(\d+)\s*=\s*(\d+)")
OPMAP = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "x": "*", "/": "/", "÷": "/"}
NUMWORD_RE = re.compile(r"\b(" + "|".join(WORDS.values()) + r"|dozen|twice|double|doubled|triple|tripled|"
                        r"half|halve|halved|third|quarter)\b", re.I)


def word_forms(n):
    f = {str(n)}
    if n in WORDS:
        f.add(WORDS[n])
    if n == 12:
        f.add("a dozen")
    if n == 2:
        f |= {"twice", "double", "doubled", "doubles", "half", "halve", "halved", "halves"}
    if n == 3:
        f |= {"three times", "triple", "tripled", "triples", "a third", "third"}
    return f


def check(rec, truth):
    errs = []
    start, evs = truth["start"], truth["evs"]
    p = rec["problem"]
    # --- problem-level checks
    if len(p.split()) > 90:
        errs.append("too long")
    allowed_digits = set()
    if start["kind"] == "prod":
        allowed_digits |= {start["a"], start["b"]}
        cur = start["a"] * start["b"]
        true_ops = [("*", start["b"])]
    else:
        allowed_digits.add(start["N"])
        cur = start["N"]
        true_ops = []
    chain = [cur]
    for ev in evs:
        allowed_digits.add(ev["amt"])
        cur = apply(cur, ev["op"], ev["amt"])
        if cur is None or not (0 <= cur <= 9999):
            errs.append("bad true chain")
            return errs
        chain.append(cur)
        true_ops.append((ev["op"], ev["amt"]))
        if ev["amt"] > 999:
            errs.append("amount too big")
    for d in re.findall(r"\d+", p):
        if int(d) not in allowed_digits:
            errs.append("stray number %s in problem" % d)
    low = p.lower()
    for n in allowed_digits:
        if not any(re.search(r"(?<![\w-])" + re.escape(f.lower()) + r"(?![\w-])", low) for f in word_forms(n)):
            errs.append("number %d not visible in problem" % n)
    # number words in the problem must be accounted for
    for m in NUMWORD_RE.finditer(p):
        w = m.group(1).lower()
        ok = False
        for n in allowed_digits:
            if any(w in f.lower().split() for f in word_forms(n)):
                ok = True
        if w == "one":
            ok = True  # "keep one share", "one in every N", "each one"
        if not ok:
            errs.append("unaccounted number word %r" % w)
    true_final = chain[-1]
    # --- step-level recomputation
    steps = rec["steps"]
    n_eq = len(steps) - 1
    expected_neq = len(evs) + (1 if start["kind"] == "prod" else 0)
    if n_eq != expected_neq:
        errs.append("step count")
        return errs
    label, kind = -1, "none"
    prev_c = None
    for i, s in enumerate(steps[:-1]):
        ms = EQ_RE.findall(s)
        if len(ms) != 1 or len(re.findall(r"=(?!>)", s)) != 1:
            errs.append("step %d not exactly one equation: %r" % (i, s))
            return errs
        a, o, b, c = ms[0]
        a, b, c, o = int(a), int(b), int(c), OPMAP[o]
        # digits outside the equation must only repeat b (event lead-ins)
        rest = s.replace(EQ_RE.search(s).group(0), " ")
        for d in re.findall(r"\d+", rest):
            if int(d) != b:
                errs.append("stray digit in step %d" % i)
        if label != -1:
            # after the first error: the chain must continue from the written value
            exp_op, exp_b = (true_ops[i] if not (start["kind"] == "prod" and i == 0) else ("*", None))
            if a != prev_c or o != exp_op or b != exp_b or apply(a, o, b) != c:
                errs.append("continuation step %d is not a faithful continuation" % i)
            prev_c = c
            continue
        if start["kind"] == "prod" and i == 0:
            good_operands = {a, b} == {start["a"], start["b"]} or (a == b == start["a"] == start["b"])
            exp_op = "*"
        else:
            idx = i - (1 if start["kind"] == "prod" else 0)
            exp_a = start["N"] if (i == 0) else prev_c
            exp_op, exp_b = evs[idx]["op"], evs[idx]["amt"]
            good_operands = (a == exp_a and b == exp_b)
        if not good_operands:
            label, kind = i, "operand"
        elif o != exp_op:
            label, kind = i, "operation"
        elif apply(a, o, b) != c:
            label, kind = i, "arithmetic"
        if label != -1:
            # the erroneous step itself must be internally what its kind says
            if kind in ("operand", "operation") and apply(a, o, b) != c:
                errs.append("error step %d has two faults" % i)
        prev_c = c
    last = steps[-1]
    if "=" in last:
        errs.append("equation in final step")
    nums = re.findall(r"\d+", last)
    if len(nums) != 1:
        errs.append("final step must have exactly one number: %r" % last)
        return errs
    fnum = int(nums[0])
    if label == -1 and fnum != prev_c:
        label, kind = n_eq, "answer"
    fac = fnum == true_final
    if label != rec["label"]:
        errs.append("label mismatch %d vs %d" % (label, rec["label"]))
    if kind != rec["error_kind"]:
        errs.append("kind mismatch %s vs %s" % (kind, rec["error_kind"]))
    if fac != rec["final_answer_correct"]:
        errs.append("fac mismatch")
    if set(rec) != {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}:
        errs.append("keys")
    return errs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    plan = build_plan()
    recs, bad = [], 0
    for idx, (kind, pos) in enumerate(plan):
        rec, truth = make_record(idx, kind, pos)
        e = check(rec, truth)
        if e:
            bad += 1
            print("CHECK FAIL", rec["id"], e)
            print(json.dumps(rec, ensure_ascii=False, indent=1))
        recs.append(rec)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print("records:", len(recs), "check failures:", bad)
    print("error_kind:", dict(Counter(r["error_kind"] for r in recs)))
    print("label==-1:", sum(r["label"] == -1 for r in recs))
    print("fac true:", sum(r["final_answer_correct"] for r in recs))


if __name__ == "__main__":
    main()
