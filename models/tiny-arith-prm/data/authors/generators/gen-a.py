#!/usr/bin/env python3
"""gen-a: compositional narrative generator for tiny-arith PRM evaluation records.
Standard library only. Fixed seed. Writes records.jsonl next to this file and self-checks it."""
import json, os, random, re, sys

SEED = 20240611
N_RECORDS = 400
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "records.jsonl")
R = random.Random(SEED)

# ---------------------------------------------------------------- vocab
FEMALE = """Priya Mirela Tansy Oona Beatrix Saoirse Ines Wren Delphine Keziah Lorna Marisol Nadia Odile Petra
Rosalind Sunniva Tamsin Ursula Vesna Willa Xiomara Yara Zinnia Anouk Bettina Cressida Dagny Elspeth Fenna Greta
Ilse Junia Kalinda Leocadia Maeve Noor Orla Pilar Quilla Rhiannon Solveig Thea Uma Verity Winifred Ximena Yusra
Zofia Amara Blessing Calla Dorit Esme Farida Gwen Hana Imogen Jolene Kaia Liesl Mina Nell Ophelia Perpetua Rosa
Sabine Tindra Valka Wilhelmina Yevgenia Zuri Adaeze Bronagh Chiara Dilnoza Elif Fiadh Ghislaine Honoka Isolde
Jessamy""".split()
MALE = """Teodor Bram Caspian Dario Emeka Florian Gideon Hamish Ignatius Joaquin Kofi Lazlo Magnus Niall Osric Pascal
Quentin Rafferty Soren Tobias Ulrich Viggo Wendell Xander Yannick Zoltan Anselm Barnaby Cormac Desmond Ezra Fergus
Gunnar Hugo Idris Jasper Kenji Leopold Matthias Nico Oswin Percival Rashid Silas Thaddeus Umar Vasco Wystan Yusuf
Zeb Alaric Benedek Cyprian Dmitri Eamon Faisal Gaspard Horatio Ivo Jarrah Kwame Lorcan Mateo Nobuo Obi Piet Rune
Stellan Tiago Ugo Valentin Wolfgang Yorick Zoran Ambrose Bjorn Cosmo Dashiell Elio Finnegan""".split()
SURNAMES = """Abernathy Okafor Lindqvist Ferreira Haddad Kowalczyk Tanaka Mbeki Quigley Varga Pemberton Castellano
Rosenthal Nakamura Oyelaran Dubois Halvorsen Marchetti Szabo Whitcombe Achterberg Brannigan Calloway Delacroix
Eriksen Fontaine Gallagher Hargreaves Ibarra Jovanovic Kettering Lafleur Moreau Novak Ortega""".split()
PLACES = [p.replace("-", " ") for p in """Willowbrook Hollow-Creek Maple-Street Riverside Elm-Hill Foxglove Bramble-Lane
Harbor-View Oakridge Pinecrest Stonebridge Larkspur Juniper Millbrook Copperfield Thistle-Row""".split()]
RELS = ["cousin", "aunt", "uncle", "neighbor", "brother", "sister", "grandmother", "grandfather",
        "best friend", "classmate", "coworker", "teammate", "godmother", "stepbrother"]

# items: (plural, is_food)
def F(s): return [(x.strip(), True) for x in s.split(",")]
def T(s): return [(x.strip(), False) for x in s.split(",")]
ITEMS = {
 "shop": T("batteries, light bulbs, candles, notebooks, umbrellas, keychains, postcards, greeting cards, flashlights, "
           "sunglasses, scarves, wool gloves, socks, mugs, teapots, picture frames, phone chargers, padlocks, rolls of tape, "
           "hair clips, toothbrushes, bars of soap, fridge magnets, sewing kits, plant pots, watering cans, doormats, coat hangers")
         + F("jars of jam, chocolate bars, bags of chips"),
 "farm": F("eggs, apples, pumpkins, potatoes, carrots, onions, turnips, cabbages, melons, pears, plums, ears of corn, "
           "jars of honey, tomatoes, cucumbers, zucchinis, beets, radishes, peaches, strawberries, leeks, sweet potatoes, apricots, "
           "wheels of cheese, bottles of milk")
         + T("hay bales, sunflowers, fence posts, seed packets, bales of straw, gourds, horseshoes"),
 "school": T("pencils, crayons, erasers, rulers, markers, glue sticks, folders, worksheets, gold stars, stickers, textbooks, "
             "workbooks, paintbrushes, sticks of chalk, paper clips, index cards, flash cards, calculators, name tags, "
             "protractors, highlighters, sheets of paper, test tubes, beakers")
         + F("juice boxes, granola bars"),
 "club": T("badges, raffle tickets, trophies, medals, flyers, membership cards, board games, jigsaw puzzles, ribbons, stamps, "
           "trading cards, comic books, marbles, model cars, seashells, old coins, buttons, enamel pins, kites, yo-yos, "
           "juggling balls, decks of cards, tennis balls, frisbees, water bottles, jerseys, whistles, traffic cones, chess sets"),
 "bakery": F("muffins, croissants, bagels, baguettes, cupcakes, cookies, brownies, scones, doughnuts, pretzels, pies, "
             "loaves of bread, cinnamon rolls, macarons, eclairs, tarts, biscuits, dinner rolls, crumpets, pastries, "
             "gingerbread men, meringues, fruit tarts, sticky buns, sourdough loaves, lemon bars")
         + T("paper bags, cake boxes"),
 "library": T("books, novels, magazines, picture books, atlases, dictionaries, bookmarks, library cards, DVDs, audiobooks, "
              "maps, journals, newspapers, poetry books, cookbooks, biographies, posters, encyclopedias, bookends, "
              "reading glasses, board books, graphic novels, reference cards"),
 "family": T("photos, dishes, plates, spoons, teacups, towels, jigsaw pieces, toy cars, building blocks, dolls, seeds, "
             "balloons, party hats, paper cranes, letters, birthday cards, pillows, blankets, flower bulbs, seed beads")
         + F("walnuts, almonds, oranges, bananas, lemons, sandwiches, dumplings, pancakes, tangerines, jelly beans, "
             "grapes, sugar cookies, apple slices, meatballs"),
}
CONTAINERS = ["boxes", "crates", "bags", "trays", "jars", "baskets", "packs", "cartons", "tins", "bundles", "bins",
              "sacks", "cases", "buckets", "pouches", "envelopes", "shelves", "drawers", "rows", "stacks"]
PLACEHOLDERS = ["under the counter", "in the back room", "behind a cupboard", "in an old drawer", "in the attic",
                "on a dusty shelf", "in the garage", "in a forgotten box", "near the door", "in the lost-and-found"]

TIMES = ["On Monday", "After lunch", "Later that afternoon", "The next morning", "That evening", "Before closing time",
         "During the spring fair", "Over the weekend", "At the end of the week", "Just before dinner", "Right after school",
         "A little later", "By noon", "Early the next day", "That same night", "On Thursday", "After the storm passed",
         "Around midday", "Later on", "The following week", "While it was still dark", "Before breakfast",
         "On the way home", "Toward the end of the month", "At the weekend market", "Soon after", "That Saturday"]

NUMWORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
            10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
            17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty",
            60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}
NUMWORD_SET = set(NUMWORDS.values()) | {"dozen", "twice", "double", "triple", "half", "third", "quarter",
                                         "doubled", "tripled", "halved", "hundred", "thousand"}

DISTRACT_GENERIC = [
 "It was a rainy Sunday.", "The radio played old songs all afternoon.", "The sky was grey and the streets were quiet.",
 "Everyone agreed it had been a busy week.", "A cold wind rattled the windows.", "Somebody had left the lights on.",
 "The kettle whistled in the kitchen.", "It was the warmest day of the spring so far.",
 "Nobody could remember where the spare key was.", "A cat wandered in and curled up by the heater.",
 "The power flickered briefly but came back.", "It smelled like fresh paint everywhere.",
 "The street outside was being repaved.", "Rain drummed on the roof for most of the morning.",
 "Snow had started to fall by then.", "There was a long queue at the post office.",
]
DISTRACT = {
 "shop": ["A little bell jingled whenever the door opened.", "The shop window had just been cleaned.",
          "{X} always hummed while stacking shelves.", "The new price labels were printed in bright green."],
 "farm": ["The rooster crowed at dawn.", "Mud covered the lane after the rain.", "The tractor would not start.",
          "{X} fixed a gap in the fence.", "The geese were unusually loud."],
 "school": ["The bell rang for recess.", "The classroom smelled of glue and oranges.", "{X} forgot the homework again.",
            "The heating in the hall was broken.", "Everyone was excited about the field trip."],
 "club": ["The members argued about the new logo.", "{X} brought homemade lemonade.",
          "The meeting ran long, as usual.", "The clubhouse roof still leaked in the corner."],
 "bakery": ["The ovens smelled of cinnamon.", "Flour dusted every surface.", "{X} sang along to the radio while kneading.",
            "The display case fogged up in the heat."],
 "library": ["The reading room was unusually quiet.", "{X} was shelving returns in the back.",
             "The old clock above the desk ticked loudly.", "A school group visited in the morning."],
 "family": ["Grandma told stories by the fireplace.", "The dog barked at every passing car.",
            "{X} was practising the piano upstairs.", "The whole house smelled of soup."],
}

# ---------------------------------------------------------------- event templates
# format: "SUBJ|PREDICATE" ; flags: p person-subject only, f food only, n non-food only ; k special factor
ADD = [
 ("{S}|bought {N} more {I}", ""), ("{S}|picked up {N} {I} at the market", ""), ("{S}|found {N} more {I} {place}", ""),
 ("{O}|gave {obj} {N} {I}", ""), ("{S}|received {N} {I} from {O}", ""), ("{S}|{was} given {N} {I} by {O}", ""),
 ("{S}|collected {N} more {I}", ""), ("{S}|won {N} {I} in a raffle", "p"), ("{S}|earned {N} {I} for helping out", "p"),
 ("{S}|added {N} {I} to the pile", ""), ("a delivery van|brought in {N} more {I}", ""), ("{O}|dropped off {N} {I}", ""),
 ("{S}|ordered another {N} {I}, which arrived the same day", ""), ("{S}|got hold of {N} more {I}", ""),
 ("{S}|came home with {N} more {I}", "p"), ("{O}|chipped in {N} {I}", ""), ("{S}|restocked with {N} {I}", ""),
 ("{N} more {I}|turned up {place}", ""), ("{S}|gathered {N} {I}", ""), ("{S}|harvested {N} more {I}", "f"),
 ("{S}|baked {N} more {I}", "f"), ("{O}|donated {N} {I} to {obj}", ""), ("{S}|{was} handed {N} more {I}", ""),
 ("{N} {I}|were mailed to {obj}", ""), ("{S}|rescued {N} {I} from the lost-and-found", "n"),
 ("{S}|snapped up {N} {I} on sale", ""), ("{S}|brought back {N} {I} from the storeroom", ""),
 ("{O}|sent over {N} more {I}", ""), ("{S}|made {N} more {I}", ""), ("{S}|grabbed {N} extra {I} from the back room", ""),
 ("{S}|stocked up on {N} more {I}", ""), ("{S}|scooped up {N} {I} at a yard sale", "n"),
 ("{S}|{was} lucky enough to win {N} more {I}", "p"), ("{O}|surprised {obj} with {N} {I}", ""),
 ("{S}|bought another {N}", ""), ("{S}|took in {N} {I} that {O} no longer needed", ""),
]
SUB = [
 ("{S}|gave {N} of {them} to {O}", ""), ("{S}|gave away {N} {I}", ""), ("{S}|lost {N} of {them}", ""),
 ("{S}|sold {N} {I}", ""), ("{S}|ate {N} of {them}", "pf"), ("{S}|used {N} {I} for a project", "n"),
 ("{S}|dropped {N} {I} and never found them again", ""), ("{S}|donated {N} {I} to the food drive", "f"),
 ("{S}|donated {N} {I} to a charity shop", "n"), ("{N} of {them}|broke", "n"),
 ("{S}|threw out {N} {I} that were damaged", ""), ("{S}|handed out {N} {I}", ""), ("a customer|bought {N} of {them}", ""),
 ("{O}|borrowed {N} {I} and never returned them", "n"), ("{S}|packed {N} {I} into a gift box for {O}", ""),
 ("{S}|mailed {N} {I} to {O}", ""), ("{S}|misplaced {N} of {them}", ""), ("{S}|traded away {N} {I}", ""),
 ("{N} {I}|went missing", ""), ("{S}|passed {N} {I} along to {O}", ""), ("{O}|took {N} of {them} home", ""),
 ("{S}|got rid of {N} {I}", ""), ("{S}|used up {N} of {them}", ""), ("{N} of {them}|were sold before noon", ""),
 ("{S}|parted with {N} {I}", ""), ("the puppy|chewed up {N} {I}", "n"), ("{S}|returned {N} {I} to the supplier", ""),
 ("{S}|gobbled up {N} of {them}", "pf"), ("{S}|sent {N} {I} back", ""),
 ("{N} {I}|were snapped up by early shoppers", ""), ("{S}|tossed {N} {I} into the recycling", "n"),
 ("{S}|lent {N} {I} to {O}", "n"), ("{S}|cleared out {N} {I}", ""), ("{N} {I}|spoiled and had to be thrown away", "f"),
 ("{O}|walked off with {N} of {them}", ""), ("{S}|dropped off {N} {I} at the shelter", ""),
 ("{S}|sold {N} to a passer-by", ""), ("{N} of {them}|got squashed on the way", "f"),
]
MUL = [
 ("{S}|doubled the number of {I}", "", 2), ("{S}|tripled {pos} stock of {I}", "", 3),
 ("the pile of {I}|grew to {K} times its size", "", 0), ("{S}|ended up with {K} times as many {I} as before", "", 0),
 ("the number of {I}|became {K} times larger", "", 0), ("{S}|multiplied {pos} collection by {K}", "", 0),
 ("{pos_c} supply of {I}|doubled overnight", "", 2), ("{S}|managed to triple {pos} {I}", "", 3),
 ("{S}|had twice as many {I} by evening", "", 2), ("{S}|swapped each of {them} for {K} new ones", "", 0),
 ("each of {them}|{was_t} replaced by a pack of {K}", "", 0), ("{S}|now had {K} times the {I} {s} started with", "", 0),
 ("{S}|ended the day with double the {I}", "", 2), ("the stock of {I}|was {K} times bigger after the delivery", "", 0),
 ("{S}|increased {pos} {I} to {K} times the amount", "", 0), ("{S}|grew the collection to {K} times what it had been", "", 0),
 ("a bulk order|left {obj} with {K} times as many {I}", "", 0), ("the count of {I}|went up {K} times over", "", 0),
 ("{pos_c} {I}|tripled in number", "", 3), ("{S}|watched {pos} {I} double", "", 2),
 ("the heap of {I}|became {K} times as large", "", 0), ("{S}|wound up with {K} times the number of {I}", "", 0),
 ("the {I} on hand|grew to {K} times as many", "", 0), ("{S}|scaled {pos} {I} up by a factor of {K}", "", 0),
 ("{S}|turned {pos} {I} into {K} times as many", "", 0), ("the supply of {I}|was multiplied by {K}", "", 0),
 ("{S}|boosted {pos} {I} to {K} times the earlier count", "", 0),
 ("{S}|now owned {K} times as many {I} as {s} had before", "", 0), ("{S}|managed to double {them}", "", 2),
 ("the total|was then tripled", "", 3), ("{S}|made the pile {K} times as big", "", 0),
 ("{pos_c} {I}|doubled after a lucky trade", "", 2), ("a second shipment|made the stock {K} times what it was", "", 0),
]
DIV = [
 ("{S}|shared {them} equally among {D} friends and kept one share", "", 0),
 ("{S}|split the {I} into {D} equal groups and kept one group", "", 0), ("{S}|gave away half of {them}", "", 2),
 ("{S}|kept only a third of the {I}", "", 3), ("{S}|divided the {I} evenly into {D} boxes and held on to a single box", "", 0),
 ("{S}|halved {pos} stock of {I}", "", 2), ("only half of the {I}|were still usable", "", 2),
 ("{S}|cut the pile into {D} equal parts and kept just one", "", 0),
 ("{S}|sorted the {I} into {D} equal bags, kept one bag and gave the rest to {O}", "", 0),
 ("{S}|split the {I} evenly into {D} portions, keeping one portion and donating the rest", "", 0),
 ("{S}|sent all but a third of {them} away", "", 3), ("{S}|kept one of {D} equal piles and gave the others away", "", 0),
 ("{S}|dealt the {I} into {D} even stacks and kept a single stack", "", 0), ("{S}|parted with half of the {I}", "", 2),
 ("{S}|split {pos} {I} {D} ways and kept {pos} own share", "", 0), ("the {I}|were split {D} ways, and {s} kept one part", "", 0),
 ("{S}|kept a quarter of the {I}", "", 4), ("{S}|divided {them} into {D} equal batches and kept one batch", "", 0),
 ("{S}|broke the {I} up into {D} equal lots and held onto one lot", "", 0),
 ("{S}|portioned the {I} out into {D} equal shares, keeping one", "", 0),
 ("{S}|packed the {I} equally into {D} crates and kept only one crate", "", 0),
 ("{S}|kept half and gave the rest to {O}", "", 2), ("{S}|distributed the {I} equally among {D} teams and kept one team's share", "", 0),
 ("{S}|set {them} out in {D} equal rows and kept one row", "", 0),
 ("{S}|divided {pos} {I} into {D} matching piles and kept one pile", "", 0),
 ("{S}|handed out all but one of {D} equal shares", "", 0), ("the {I}|were split into {D} equal heaps, and {s} kept one heap", "", 0),
 ("{S}|held onto only half of {them}", "", 2), ("{S}|split the lot evenly into {D} and kept one part", "", 0),
 ("{S}|shared {them} out fairly between {D} tables, keeping one table's share", "", 0),
 ("a mix-up|cost {obj} half of the {I}", "", 2), ("{S}|gave two of every three away, keeping a third", "", 3),
]
STARTS = [
 "{S} had {V} {I}", "{S} started the week with {V} {I}", "At the start of the day, {S_l} had {V} {I}",
 "There were {V} {I} in {Sposs} storeroom", "{S} owned {V} {I}", "{S} kept {V} {I} in a big tin",
 "{Sposs_c} collection held {V} {I}", "{S} counted {V} {I} on the shelf that morning", "{S} began with {V} {I}",
 "{S} had exactly {V} {I} at first", "Last spring, {S_l} had {V} {I}", "{S} once had a stash of {V} {I}",
 "To begin with, {S_l} had {V} {I}", "{S} was looking after {V} {I}",
]
PSTARTS = [
 "{S} bought {n} {C} with {m} {I} in each", "{S} had {n} {C} of {I}, and each held {m}",
 "There were {n} {C} holding {m} {I} each in {Sposs} storeroom", "{S} set out {n} rows of {m} {I}",
 "{S} received {n} {C}, each packed with {m} {I}", "{S} started with {n} {C} of {m} {I} apiece",
 "Each of {Sposs} {n} {C} held {m} {I}", "{S} filled {n} {C} with {m} {I} each",
 "{S} unloaded {n} {C}; every one of them contained {m} {I}",
]
QUESTIONS = [
 "How many {I} does {S} have now?", "How many {I} did {S} end up with?", "How many {I} were left at the end?",
 "How many {I} did {S} have after all that?", "What was the final number of {I}?",
 "Find the number of {I} {S} had in the end.", "How many {I} remained?", "By the end, how many {I} did {s} have?",
 "Work out how many {I} {S} {was} left with.", "How many {I} are there now?", "How many {I} does that leave {obj} with?",
 "How many {I} did {S} finish with?", "After all this, how many {I} {was_t} in {pos} possession?",
 "Can you tell how many {I} {S} had at the end?", "What's the count of {I} now?",
 "Calculate how many {I} {S} ended up holding.", "So how many {I} were there once everything was done?",
 "How many {I} were still there at the end of the day?", "In total, how many {I} does {S} have left?",
 "What number of {I} did {S} wind up with?", "Tell me how many {I} {S} has now.",
 "how many {I} were there in the end?",
]
PACK = [  # two clauses; events stay in order A then B
 ("{A}, and then {b}.", 4), ("{A}; later, {b}.", 2), ("After {a}, {b}.", 3), ("{A} before {b}.", 1),
 ("Once {a}, {b}.", 1), ("{B} after {a}.", 1), ("{A}, and soon {b}.", 1), ("First {a}, then {b}.", 1),
]

# ---------------------------------------------------------------- steps / answers
GEN_STEP = [
 "{a} {op} {b} = {c}", "{a} {op} {b} = {c}.", "{a} {op} {b} = {c} {I}", "So {a} {op} {b} = {c}.", "Then {a} {op} {b} = {c}.",
 "Next, {a} {op} {b} = {c} {I}.", "Now {S} {hasN} {a} {op} {b} = {c}.", "That gives {a} {op} {b} = {c}.",
 "We compute {a} {op} {b} = {c}.", "{a} {op} {b} = {c}, so there are {c} {I} at this point.", "Step: {a} {op} {b} = {c}",
 "Count after this change: {a} {op} {b} = {c}.", "This makes {a} {op} {b} = {c} {I}.",
]
OP_STEP = {
 "+": ["After getting more, {s} {has} {a} {op} {b} = {c} {I}.", "Adding the new ones: {a} {op} {b} = {c}.",
       "{S} gains {b}, so {a} {op} {b} = {c}.", "With the extra {I}, the total is {a} {op} {b} = {c}.",
       "Add them on: {a} {op} {b} = {c}.", "The pile grows to {a} {op} {b} = {c}."],
 "-": ["Taking those away leaves {a} {op} {b} = {c}.", "Removing them: {a} {op} {b} = {c}.",
       "Subtract what went out: {a} {op} {b} = {c}.", "That leaves {a} {op} {b} = {c} {I}.", "Fewer now: {a} {op} {b} = {c}.",
       "{b} are gone, so {a} {op} {b} = {c} {I} are left."],
 "*": ["The amount is multiplied: {a} {op} {b} = {c}.", "Scaling up gives {a} {op} {b} = {c} {I}.",
       "It grows by a factor: {a} {op} {b} = {c}.", "Multiplying, {a} {op} {b} = {c}."],
 "/": ["Splitting evenly: {a} {op} {b} = {c}.", "One equal share is {a} {op} {b} = {c}.",
       "Dividing gives {a} {op} {b} = {c} {I}.", "Keeping one part: {a} {op} {b} = {c}.", "Each part holds {a} {op} {b} = {c}."],
}
PROD_STEP = ["{a} {op} {b} = {c} {I} to start.", "First find the starting amount: {a} {op} {b} = {c}.",
             "At the beginning there are {a} {op} {b} = {c} {I}.", "Start: {a} {op} {b} = {c}", "{a} {op} {b} = {c}",
             "The containers hold {a} {op} {b} = {c} {I} in total."]
ANSWERS = ["#### {n}", "#### {n}", "The answer is {n}.", "Answer: {n}", "So {S} {hasN} {n} {I} left.", "So {s} {has} {n} {I} now.",
           "{S_c} ends up with {n} {I}.", "There are {n} {I} at the end.", "Final answer: {n}", "The final count is {n}.",
           "So the answer is {n} {I}.", "Therefore, {n}.", "In the end there are {n} {I}. #### {n}", "{n} {I}.", "That means {n}."]
SYMS = [{"+": "+", "-": "-", "*": "*", "/": "/"}, {"+": "+", "-": "−", "*": "×", "/": "÷"},
        {"+": "+", "-": "-", "*": "×", "/": "÷"}, {"+": "+", "-": "-", "*": "*", "/": "÷"}]

# ---------------------------------------------------------------- helpers
def cap(s): return s[0].upper() + s[1:] if s else s
def compute(a, op, b):
    if op == "+": return a + b
    if op == "-": return a - b
    if op == "*": return a * b
    if op == "/": return a // b if b and a % b == 0 else None
def pick(lst): return R.choice(lst)
def wchoice(pairs):
    tot = sum(w for _, w in pairs); x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0: return v
    return pairs[-1][0]

def num_text(v, allow_dozen=True):
    if v == 12 and allow_dozen and R.random() < 0.45: return "a dozen"
    if v in NUMWORDS and v != 1 and R.random() < 0.3: return NUMWORDS[v]
    return str(v)

def make_subject(setting):
    """returns dict describing the main actor."""
    person = R.random() < 0.72
    if person:
        g = R.random() < 0.5
        name = pick(FEMALE if g else MALE)
        sub, obj, pos = ("she", "her", "her") if g else ("he", "him", "his")
        return dict(name=name, l=name, sub=sub, obj=obj, pos=pos, poss=name + "'s", was="was", has="has", person=True,
                    short=name, swas="was")
    sn, pl = pick(SURNAMES), pick(PLACES)
    t = R.choice(["Mr.", "Ms.", "Mrs.", "Dr."])
    opts = {"shop": [(f"the {pl} corner shop", "it"), (f"{sn}'s Hardware", "it")],
            "farm": [(f"the {pl} farm", "it"), (f"the {sn} farm", "it")],
            "school": [(f"{t} {sn}'s class", "they"), (f"the {pl} science class", "they")],
            "club": [(f"the {pl} chess club", "they"), (f"the {pl} hiking club", "they"), (f"the {pl} book club", "they")],
            "bakery": [(f"the {pl} Bakery", "it"), (f"{sn}'s bakery", "it")],
            "library": [(f"the {pl} library", "it"), (f"the {pl} school library", "it")],
            "family": [(f"the {sn} family", "they"), (f"the {sn} twins", "they")]}[setting]
    name, sub = pick(opts)
    name_c = name
    short = {"shop": "the shop", "farm": "the farm", "school": "the class", "club": "the club", "bakery": "the bakery",
             "library": "the library", "family": "the family"}[setting]
    if "twins" in name: short = "the twins"
    if sub == "it":
        return dict(name=name_c, l=name, sub="it", obj="it", pos="its", poss=name + "'s", was="was", has="has",
                    person=False, short=short, swas="was")
    return dict(name=name_c, l=name, sub="they", obj="them", pos="their", poss=name + "'s", was="were", has="have",
                person=False, short=short, swas="were" if short == "the twins" else "was")

def other_actor(subj, used):
    n = pick([x for x in FEMALE + MALE if x not in used]); used.add(n)
    if subj["person"]:
        return wchoice([(f"{subj['pos']} {pick(RELS)} {n}", 3), (n, 3), (f"{subj['pos']} {pick(RELS)}", 2),
                        (f"{pick(['Mr.', 'Ms.', 'Mrs.'])} {pick(SURNAMES)} from next door", 1)])
    extra = {"shop": ["a customer", "a regular", "the supplier"], "bakery": ["a customer", "a regular", "the flour supplier"],
             "farm": ["a neighbor", "the co-op", "a farmhand"], "school": ["a parent", "the head teacher", "the PTA"],
             "club": ["a new member", "a sponsor", "the club captain"], "library": ["a patron", "the city council", "a volunteer"],
             "family": ["a neighbor", "Grandpa", "an old friend"]}[subj["setting"]]
    return wchoice([(pick(extra), 3), (n, 3), (f"a volunteer named {n}", 1),
                    (f"{pick(['Mr.', 'Ms.', 'Mrs.'])} {pick(SURNAMES)}", 1)])

# ---------------------------------------------------------------- problem generation
def plan_values(nchg, product):
    """returns (start_info, events) with true values; events: list of dict(op, b)."""
    for _ in range(200):
        ops = [wchoice([("+", 30), ("-", 30), ("*", 17), ("/", 23)]) for _ in range(nchg)]
        if product:
            n = R.randint(2, 25); m = R.randint(2, 40)
            if n * m > 1000 or n * m < 8: continue
            x = n * m; start = dict(kind="prod", n=n, m=m, v=x)
        else:
            x = wchoice([(R.randint(10, 99), 5), (R.randint(100, 400), 3), (R.randint(401, 999), 1), (1000, 0.15),
                         (R.randint(3, 9) * R.choice([6, 8, 12, 20, 24]), 2)])
            start = dict(kind="plain", v=x)
        evs = []; ok = True
        for i, op in enumerate(ops):
            nxt = ops[i + 1] if i + 1 < nchg else None
            nd = R.choice([2, 2, 3, 3, 4, 5, 6, 8, 10]) if nxt == "/" else None
            res = None
            for _t in range(60):
                if op == "+":
                    hi = min(999, 9999 - x)
                    if hi < 1: break
                    if hi < 2: break
                    b = R.randint(2, max(2, min(hi, max(20, x // 2)))) if R.random() < 0.7 else R.randint(2, max(2, min(hi, 30)))
                elif op == "-":
                    if x < 3: break
                    b = R.randint(2, min(999, x - 1)) if R.random() < 0.6 else R.randint(2, min(999, max(2, x // 3)))
                elif op == "*":
                    b = wchoice([(2, 5), (3, 4), (4, 2), (5, 2), (6, 1), (7, 1), (8, 1), (9, 1), (10, 1)])
                    if x * b > 9999 or x > 900: continue
                else:
                    divs = [d for d in range(2, 13) if x % d == 0 and x // d >= 2]
                    if not divs: break
                    b = wchoice([(d, 3 if d in (2, 3, 4, 5) else 1) for d in divs])
                r = compute(x, op, b)
                if r is None or r < 2 or r > 9999: continue
                if nd and r % nd: continue
                res = r; break
            if res is None: ok = False; break
            evs.append(dict(op=op, b=b, a=x, c=res)); x = res
        if ok: return start, evs
    return None

SPECIAL_K = {2: ("twice", "double"), 3: ("three times", "triple")}

def render_event(ev, subj, items, food, ctx):
    op = ev["op"]; b = ev["b"]
    fl_ok = lambda fl: (("p" not in fl) or subj["person"]) and (("f" not in fl) or food) and (("n" not in fl) or not food)
    if op == "+": cands = [(t, "") for t, fl in ADD if fl_ok(fl)]
    elif op == "-": cands = [(t, "") for t, fl in SUB if fl_ok(fl)]
    elif op == "*": cands = [(t, k) for t, fl, k in MUL if fl_ok(fl) and (k == 0 or k == b)]
    else: cands = [(t, k) for t, fl, k in DIV if fl_ok(fl) and (k == 0 or k == b)]
    # prefer special wording for k in 2,3 sometimes
    if op in "*/" and b in (2, 3, 4):
        spec = [c for c in cands if c[1] == b]
        if spec and R.random() < 0.6: cands = spec
    tmpl, _ = pick(cands)
    subj_part, pred = tmpl.split("|")
    ntext = num_text(b) if op in "+-" else (NUMWORDS[b] if R.random() < 0.3 else str(b))
    them_ok = ctx["them_ok"] and not (op in "*/" and ctx.get("prev_op") in ("+", "-"))
    them = "them" if (them_ok and R.random() < 0.7) else f"the {items}"
    ctx["prev_op"] = op
    fill = dict(N=ntext, I=items, them=them, pos=subj["pos"], obj=subj["obj"], s=subj["sub"], was=subj["was"],
                K=ntext, D=ntext, place=pick(PLACEHOLDERS), was_t="was" if subj_part.startswith("each") else "were",
                pos_c=None)
    if "{O}" in tmpl: fill["O"] = other_actor(subj, ctx["used"])
    main = subj_part == "{S}"
    if main:
        r = R.random()
        if ctx["last_main"] and r < (0.5 if subj["person"] else 0.35): stext = subj["sub"]
        elif not subj["person"] and r < 0.75:
            stext = subj["short"]; fill["was"] = subj["swas"]
        else: stext = subj["l"]
        if stext == subj["l"] and not subj["person"]: fill["was"] = "was" if subj["sub"] == "it" or "class" in stext or "club" in stext or "family" in stext else "were"
    elif "{pos_c}" in subj_part:
        stext = subj_part.replace("{pos_c}", subj["pos"] if ctx["last_main"] else subj["poss"])
        main = True
    else:
        stext = subj_part
    stext = stext.format(**fill) if "{" in stext else stext
    if "{" in pred: pred = pred.format(**fill)
    token = ntext
    if "each of the" in stext: fill["was_t"] = "was"
    if not re.search(r"\{[NKD]\}", tmpl):
        token = re.search(r"\b(doubled|double|twice|tripled|triple|half|halved|third|quarter)\b", tmpl).group(1)
    ctx["last_main"] = main
    return stext, pred, token, main

def build_problem(setting, start, evs):
    subj = make_subject(setting); subj["setting"] = setting
    items, food = pick(ITEMS[setting])
    ctx = dict(used={subj["name"]}, last_main=True, them_ok=True)
    tokens = []
    if start["kind"] == "prod":
        C = pick(CONTAINERS) if "rows" not in "" else None
        nt, mt = num_text(start["n"]), num_text(start["m"], allow_dozen=False)
        st = pick(PSTARTS).format(S=subj["l"], n=nt, m=mt, C=C, I=items, Sposs=subj["poss"])
        tokens += [nt, mt]
    else:
        vt = num_text(start["v"])
        st = pick(STARTS).format(S=subj["l"], S_l=subj["l"], V=vt, I=items, Sposs=subj["poss"],
                                 Sposs_c=cap(subj["poss"]))
        tokens.append(vt)
    st = cap(st)
    clauses = []
    for ev in evs:
        s, p, tok, mn = render_event(ev, subj, items, food, ctx)
        clauses.append((s, p, mn)); tokens.append(tok)
    # assemble sentences
    sents = []
    i = 0
    # maybe fuse start with first clause
    if clauses and R.random() < 0.18:
        s, p, _ = clauses[0]
        conj = R.choice([", but ", ", and then ", ", and later "]) if evs[0]["op"] in "-/" else R.choice([", and then ", ", and later "])
        if s in (subj["l"], subj["short"]): s = subj["sub"]
        sents.append(st + conj + s + " " + p + "."); i = 1
    else:
        sents.append(st + ".")
    while i < len(clauses):
        if i + 1 < len(clauses) and R.random() < 0.3:
            (s1, p1, m1), (s2, p2, m2) = clauses[i], clauses[i + 1]
            if s2 == s1 and s1 in (subj["l"], subj["short"]): s2 = subj["sub"]
            pat = wchoice(PACK)
            a_, b_ = f"{s1} {p1}", f"{s2} {p2}"
            if pat.startswith("{B}") and m1 and m2 and s1 in (subj["l"], subj["short"], subj["sub"]) \
                    and s2 in (subj["l"], subj["short"], subj["sub"]):
                a_ = f"{subj['sub']} {p1}"; b_ = f"{subj['l']} {p2}"
            txt = pat.format(A=cap(a_), a=a_, b=b_, B=cap(b_))
            if pat.startswith("After") or pat.startswith("Once") or pat.startswith("First"):
                txt = cap(txt)
            sents.append(txt); i += 2
        else:
            s, p, _ = clauses[i]
            r = R.random()
            if r < 0.33:
                sents.append(f"{pick(TIMES)}, {s} {p}.")
            elif r < 0.45:
                t = pick(TIMES); t = t[0].lower() + t[1:]
                sents.append(cap(f"{s} {p} {t}."))
            else:
                sents.append(cap(f"{s} {p}."))
            i += 1
    # distractors
    nd = wchoice([(0, 2), (1, 5), (2, 3)])
    pool = DISTRACT_GENERIC + DISTRACT[setting]
    extra = pick([x for x in FEMALE + MALE if x not in ctx["used"]])
    ds = [d.replace("{X}", extra) for d in R.sample(pool, nd)]
    while len(sents) + len(ds) + 1 > 8 and ds: ds.pop()
    if len(sents) + len(ds) + 1 > 8: return None
    for d in ds:
        pos = R.randint(0, len(sents))
        sents.insert(pos, d)
        if pos < len(sents) - 1:
            pass
    q = pick(QUESTIONS).format(I=items, S=subj["l"], s=subj["sub"], obj=subj["obj"], pos=subj["pos"],
                               was=subj["was"], was_t="were")
    q = cap(q)
    sents.append(q)
    problem = " ".join(sents)
    return problem, subj, items, tokens

# ---------------------------------------------------------------- errors
def digit_swap(v):
    s = str(v)
    outs = []
    for i in range(max(0, len(s) - 2), len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0": outs.append(int(t))
    return outs

def no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]; out = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0; db = int(sb[i]) if i < len(sb) else 0
        out.append(str((da + db) % 10))
    return int("".join(out[::-1]))

def no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]; out = []
    for i in range(len(sa)):
        da = int(sa[i]); db = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(da - db)))
    return int("".join(out[::-1]))

def arith_slips(a, op, b, c):
    cands = [(c + 1, 3), (c - 1, 3), (c + 10, 2), (c - 10, 2), (c + 2, 1), (c - 2, 1)]
    cands += [(x, 3) for x in digit_swap(c)]
    if op == "+": cands.append((no_carry_add(a, b), 4))
    if op == "-": cands.append((no_borrow_sub(a, b), 4))
    if op == "*": cands += [(c + a, 3), (c - a, 3)]
    if op == "/": cands += [(c + 1, 2), (c - 1, 2)]
    return [(x, w) for x, w in cands if x != c and 0 <= x <= 9999]

def continue_chain(c_written, evs_rest):
    out = []; x = c_written
    for ev in evs_rest:
        r = compute(x, ev["op"], ev["b"])
        if r is None or r < 0 or r > 9999: return None
        out.append((x, ev["op"], ev["b"], r)); x = r
    return out

def make_solution(start, evs, kind, pos_cat):
    """returns list of equation tuples (a, op, b, c) as written, final n, and the index of error step."""
    # true equations
    eqs = []
    if start["kind"] == "prod":
        eqs.append(dict(op="*", b=start["m"], a=start["n"], c=start["v"], prod=True))
    eqs += [dict(ev, prod=False) for ev in evs]
    true = [(e["a"], e["op"], e["b"], e["c"]) for e in eqs]
    ne = len(eqs)
    if kind == "none":
        return true, true[-1][3], -1
    if kind == "answer":
        c = true[-1][3]
        cands = [(c + 1, 2), (c - 1, 2), (c + 10, 1), (c - 10, 1)] + [(x, 2) for x in digit_swap(c)]
        if ne >= 2: cands.append((true[-2][3], 4))
        cands.append((true[-1][2], 1))
        cands = [(x, w) for x, w in cands if x != c and x >= 0]
        return true, wchoice(cands), ne
    # choose index
    if pos_cat == "first": p = 0
    elif pos_cat == "last": p = ne - 1
    else:
        if ne < 3: return None
        p = R.randint(1, ne - 2)
    a, op, b, c = true[p]
    e = eqs[p]
    opts = []  # list of ((a2, op2, b2, c2), weight)
    if kind == "arithmetic":
        for x, w in arith_slips(a, op, b, c): opts.append(((a, op, b, x), w))
    elif kind == "operand":
        probnums = [start["v"]] if start["kind"] == "plain" else [start["n"], start["m"]]
        probnums += [ev["b"] for ev in evs]
        bc = [(b + 1, 2), (b - 1, 2)] + [(x, 2) for x in digit_swap(b)]
        if op in "+-": bc += [(b + 10, 1), (b - 10, 1)]
        for x in probnums:
            if x != b and (op in "+-" or x <= 12): bc.append((x, 3))
        for x, w in bc:
            if x < 1 or x == b: continue
            r = compute(a, op, x)
            if r is None or r < 0 or r > 9999: continue
            if r == c: continue
            opts.append(((a, op, x, r), w))
        # wrong a
        ac = []
        if e["prod"]:
            ac = [(x, 2) for x in digit_swap(a) + [a + 1, a - 1]]
        elif p == 0:
            ac = [(x, 2) for x in digit_swap(a) + [a + 1, a - 1, a + 10, a - 10]]
        else:
            if p >= 2: ac.append((true[p - 2][3], 4))
            ac.append((true[0][0] if not eqs[0]["prod"] else true[0][3], 3))
        for x, w in ac:
            if x < 1 or x == a: continue
            r = compute(x, op, b)
            if r is None or r < 0 or r > 9999 or r == c: continue
            opts.append(((x, op, b, r), w))
    elif kind == "operation":
        alts = {"+": [("-", 3), ("*", 1)], "-": [("+", 4)], "*": [("+", 4), ("/", 1)], "/": [("*", 3), ("-", 2)]}[op]
        if e["prod"]: alts = [("+", 3)]
        for o2, w in alts:
            if o2 == "*" and b > 12: continue
            r = compute(a, o2, b)
            if r is None or r < 0 or r > 9999 or r == c: continue
            opts.append(((a, o2, b, r), w))
    if not opts: return None
    for _ in range(20):
        wrong = wchoice(opts)
        ev_idx = p - 1 if eqs[0]["prod"] else p  # index in evs of this equation (-1 = product start)
        rest = continue_chain(wrong[3], evs[ev_idx + 1:])
        if rest is None:
            opts = [o for o in opts if o[0] != wrong]
            if not opts: return None
            continue
        chain = true[:p] + [wrong] + rest
        return chain, chain[-1][3], p
    return None

def render_steps(chain, final_n, start, subj, items):
    sym = pick(SYMS)
    steps = []
    S = subj["l"]
    hasN = "have" if S.endswith("twins") else "has"
    for i, (a, op, b, c) in enumerate(chain):
        opsym = sym[op]
        if R.random() < 0.06: opsym = {"+": "+", "-": "−", "*": "×", "/": "÷"}[op]
        if i == 0 and start["kind"] == "prod": tmpl = pick(PROD_STEP)
        else:
            tmpl = pick(GEN_STEP) if R.random() < 0.55 else pick(OP_STEP[TRUEOPS[i]])
        steps.append(cap(tmpl.format(a=a, op=opsym, b=b, c=c, I=items, S=S, s=subj["sub"], has=subj["has"], hasN=hasN)))
    steps.append(cap(pick(ANSWERS).format(n=final_n, I=items, S=S, S_c=S, s=subj["sub"], has=subj["has"], hasN=hasN)))
    return steps

TRUEOPS = []

# ---------------------------------------------------------------- main
SETTINGS = list(ITEMS)

def gen_record(idx, kind, pos_cat):
    global TRUEOPS
    for _ in range(500):
        setting = pick(SETTINGS)
        if pos_cat == "middle": nchg = R.randint(2, 5)
        else: nchg = wchoice([(1, 10), (2, 25), (3, 30), (4, 20), (5, 15)])
        product = R.random() < 0.2
        if product and nchg > 4: nchg = 4
        pv = plan_values(nchg, product)
        if not pv: continue
        start, evs = pv
        ne = len(evs) + (1 if product else 0)
        if pos_cat == "middle" and ne < 3: continue
        sol = make_solution(start, evs, kind, pos_cat)
        if not sol: continue
        chain, final_n, label = sol
        bp = build_problem(setting, start, evs)
        if not bp: continue
        problem, subj, items, tokens = bp
        if len(problem.split()) > 90: continue
        TRUEOPS = (["*"] if product else []) + [e["op"] for e in evs]
        steps = render_steps(chain, final_n, start, subj, items)
        true_ans = (evs[-1]["c"] if evs else start["v"])
        rec = {"id": f"gen-a-{idx:04d}", "problem": problem, "steps": steps, "label": label,
               "final_answer_correct": final_n == true_ans, "error_kind": kind}
        meta = dict(start=start, evs=evs, tokens=tokens, setting=setting, pos_cat=pos_cat)
        return rec, meta
    raise RuntimeError("could not generate")

# ---------------------------------------------------------------- independent checker
EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
NORM = {"×": "*", "÷": "/", "−": "-"}

def check(rec, meta):
    errs = []
    st, evs = meta["start"], meta["evs"]
    # true chain from meaning
    ops = []
    if st["kind"] == "prod": x = None
    else: x = st["v"]
    true_eq = []
    if st["kind"] == "prod":
        true_eq.append((st["n"], "*", st["m"])); x = st["n"] * st["m"]
    for ev in evs:
        true_eq.append((None, ev["op"], ev["b"]))
        x2 = compute(x, ev["op"], ev["b"])
        if x2 is None or not (0 <= x2 <= 9999): errs.append("bad true chain")
        x = x2
    true_ans = x
    # problem checks
    p = rec["problem"]
    for t in meta["tokens"]:
        if not re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", p, re.I): errs.append(f"token {t} missing")
    nums = [int(v) for v in re.findall(r"\d+", p)]
    for v in nums:
        if v > 999 and not (v == 1000 and st.get("v") == 1000 and st["kind"] == "plain"): errs.append(f"num {v}")
    if len(nums) != sum(1 for t in meta["tokens"] if t.isdigit()): errs.append("extra digits in problem")
    if len(p.split()) > 90: errs.append("too long")
    if not (1 <= len(evs) <= 5): errs.append("changes count")
    # sentences count (rough)
    ns = len(re.findall(r"[.?!](?:\s|$)", re.sub(r"\b(Mr|Ms|Mrs|Dr)\.", r"\1", p)))
    if ns > 8: errs.append(f"{ns} sentences")
    # steps
    steps = rec["steps"]
    if len(steps) != len(true_eq) + 1: errs.append("step count")
    label, kind = -1, "none"
    prev = None
    for i, s in enumerate(steps[:-1]):
        m = EQ.findall(s)
        if len(m) != 1: errs.append(f"step {i} has {len(m)} eqs"); continue
        a, op, b, c = int(m[0][0]), NORM.get(m[0][1], m[0][1]), int(m[0][2]), int(m[0][3])
        ta, top, tb = true_eq[i]
        exp_a = prev if i > 0 else (st["v"] if st["kind"] == "plain" else ta)
        k = None
        if i == 0 and st["kind"] == "prod":
            if {a, b} != {ta, tb} and (a, b) != (ta, tb): k = "operand"
        elif a != exp_a or b != tb: k = "operand"
        if k is None and op != top: k = "operation"
        if k is None and compute(a, op, b) != c: k = "arithmetic"
        if k and label == -1: label, kind = i, k
        prev = c
    last = steps[-1]
    if EQ.search(last): errs.append("eq in answer step")
    ln = set(int(v) for v in re.findall(r"\d+", last))
    if len(ln) != 1: errs.append("answer step numbers")
    n = ln.pop() if len(ln) == 1 else None
    if label == -1 and n != prev: label, kind = len(steps) - 1, "answer"
    if label != rec["label"]: errs.append(f"label {label} vs {rec['label']}")
    if kind != rec["error_kind"]: errs.append(f"kind {kind} vs {rec['error_kind']}")
    if (n == true_ans) != rec["final_answer_correct"]: errs.append("fac")
    # numbers in distractor-free check: written values sane
    for s in steps[:-1]:
        for v in re.findall(r"\d+", s):
            if int(v) > 9999: errs.append("big value in step")
    return errs

def main():
    kinds = ["none"] * 180 + ["arithmetic"] * 55 + ["operand"] * 55 + ["operation"] * 55 + ["answer"] * 55
    R.shuffle(kinds)
    cyc = {"arithmetic": 0, "operand": 0, "operation": 0}
    posc = ["first", "middle", "last"]
    recs, metas = [], {}
    for i, k in enumerate(kinds):
        if k in cyc:
            pc = posc[cyc[k] % 3]; cyc[k] += 1
        else: pc = None
        rec, meta = gen_record(i + 1, k, pc)
        recs.append(rec); metas[rec["id"]] = meta
    with open(OUT, "w") as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check
    bad = 0
    keys = {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
    with open(OUT) as f:
        back = [json.loads(l) for l in f]
    for r in back:
        e = check(r, metas[r["id"]])
        if set(r) != keys: e.append("keys")
        # distractor / number word sanity: no number words in question sentence
        if e:
            bad += 1; print(r["id"], e, file=sys.stderr)
    from collections import Counter
    print("records", len(back), "bad", bad)
    print("error_kind", dict(Counter(r["error_kind"] for r in back)))
    print("label pos", dict(Counter(("none" if r["label"] < 0 else "final" if r["label"] == len(r["steps"]) - 1
                                      else "first" if r["label"] == 0 else "last-eq" if r["label"] == len(r["steps"]) - 2
                                      else "middle") for r in back)))
    print("fac", dict(Counter(r["final_answer_correct"] for r in back)))
    return bad

if __name__ == "__main__":
    sys.exit(1 if main() else 0)
