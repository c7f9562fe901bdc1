"""gen-l: worksheet / homework-check style generator for the tiny-arith PRM domain.

Register: a teacher writing a worksheet and a parent checking homework, everyday
English with Indian, Nigerian, Australian, Irish and American word choices.

generate(seed, count) -> list of records
generate_with_meta(seed, count) -> list of (record, meta) pairs (used by check.py)
"""
import json
import os
import random
import re

# ---------------------------------------------------------------------------
# verbs
# ---------------------------------------------------------------------------
IRREG_PAST = {
    "buy": "bought", "get": "got", "find": "found", "give": "gave", "lose": "lost",
    "sell": "sold", "eat": "ate", "spend": "spent", "break": "broke", "throw": "threw",
    "bring": "brought", "win": "won", "make": "made", "take": "took", "come": "came",
    "lend": "lent", "send": "sent", "leave": "left", "put": "put", "cut": "cut",
    "have": "had", "do": "did", "go": "went", "grow": "grew", "catch": "caught",
    "dig": "dug", "lay": "laid", "hold": "held", "keep": "kept", "split": "split",
    "deal": "dealt", "say": "said", "think": "thought", "sleep": "slept", "wear": "wore",
    "cost": "cost", "let": "let", "set": "set", "begin": "began", "become": "became",
    "steal": "stole", "hang": "hung", "run": "ran", "sit": "sat", "pay": "paid",
    "spread": "spread", "blow": "blew", "feed": "fed", "swim": "swam", "ride": "rode",
    "shake": "shook", "stand": "stood", "rise": "rose", "sweep": "swept", "fly": "flew",
    "knit": "knitted", "fall": "fell", "tell": "told", "build": "built",
}
DOUBLE = {
    "drop", "swap", "nab", "bag", "bin", "pop", "chop", "stop", "grab", "snap", "trim",
    "pin", "tip", "knit", "slip", "rip", "top", "chip", "hop", "hum", "step", "plan",
    "ship", "scrap", "clip", "shop", "nip", "tap", "mop", "jog", "wrap", "plug", "hug",
    "dig", "run", "sit", "set", "let", "put", "cut", "begin", "win", "get", "swim",
    "flog", "nick", "pat", "rob", "whip",
}
DOUBLE.discard("nick")


def _s3(v):
    if v == "have":
        return "has"
    if v == "be":
        return "is"
    if v in ("do", "go"):
        return v + "es"
    if v.endswith(("s", "sh", "ch", "x", "z")):
        return v + "es"
    if v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ies"
    return v + "s"


def _past(v, plural):
    if v == "be":
        return "were" if plural else "was"
    if v in IRREG_PAST:
        return IRREG_PAST[v]
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ied"
    if v in DOUBLE:
        return v + v[-1] + "ed"
    return v + "ed"


def _ing(v):
    if v == "be":
        return "being"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith("ee"):
        return v[:-1] + "ing"
    if v in DOUBLE:
        return v + v[-1] + "ing"
    return v + "ing"


def conj(v, plural, tense):
    if tense == "ing":
        return _ing(v)
    if tense == "past":
        return _past(v, plural)
    if v == "be":
        return "are" if plural else "is"
    return v if plural else _s3(v)


# ---------------------------------------------------------------------------
# numbers as words
# ---------------------------------------------------------------------------
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def num_words(n):
    if n < 20:
        return _ONES[n]
    t, o = divmod(n, 10)
    return _TENS[t] + ("" if o == 0 else "-" + _ONES[o])


WORD_TO_NUM = {num_words(i): i for i in range(100)}

# ---------------------------------------------------------------------------
# people, places, things (typed by hand for this generator)
# ---------------------------------------------------------------------------
_F = """Priya Ananya Kavya Meera Divya Lakshmi Zoya Neha Tanvi Sunita Pooja Anjali Shreya
Aditi Rekha Ishita Nisha Farida Sana Ngozi Funmi Adaeze Bola Yemi Amaka Chioma Temi Zainab
Hauwa Ifeoma Nneka Aisha Sade Halima Kemi Bisi Titi Ebele Bronwyn Kylie Matilda Harriet Isla
Ruby Aoife Siobhan Niamh Saoirse Roisin Grainne Orla Maeve Caoimhe Madison Brianna Kayla
Destiny Savannah Maria Sofia Camila Mei Yuki Ama Abena Lerato Nomsa Layla Fatima Mariam
Nadia Grace Ella Olivia Poppy Freya Fiona Kirsty Cerys Megan Anika Aroha Mere Lani Mele Ana
Chloe Jess Tegan Shauna Bridget Imogen Zara Leilani Amara Esther Rosa Hana Lucia Tamsin
Keisha Wanjiru Deepa""".split()
_M = """Aarav Rohan Vikram Arjun Sanjay Farhan Ishaan Gurpreet Ravi Deepak Karthik Nikhil Manoj
Suresh Rahul Kabir Dev Imran Vivek Sameer Chidi Tunde Emeka Kelechi Segun Ifeanyi Obinna
Musa Dayo Kunle Uche Tobi Ibrahim Femi Jide Chinedu Babatunde Olumide Yakubu Ayo Shane
Jarrah Lachlan Darcy Cooper Noah Liam Ciaran Padraig Eoin Declan Cormac Fionn Tadhg Brendan
Tyler Jaylen Marcus Logan Jamal Hunter Chase Gabe Luis Diego Mateo Wei Hiroshi Kofi Kwame
Thabo Sipho Omar Yusuf Hamza Tariq Ben Tom Jack Oscar Alfie Hamish Ewan Rhys Dylan Wiremu
Kai Sione Pita Tama Mick Connor Seamus Ronan Mason DeShawn Carlos Andile Joseph Baz""".split()
_TITLED = [("Mrs Sharma", "f"), ("Mr O'Brien", "m"), ("Ms Adeyemi", "f"), ("Aunty Bisi", "f"),
           ("Uncle Raj", "m"), ("Grandpa Joe", "m"), ("Nana Pat", "f"), ("Mr Nguyen", "m"),
           ("Mrs Okafor", "f"), ("Miss Kaur", "f"), ("Mr Murphy", "m"), ("Mrs Walsh", "f"),
           ("Coach Daniels", "m"), ("Mr Mensah", "m"), ("Mrs Fernandes", "f"),
           ("Mr Kowalski", "m"), ("Aunty Ngozi", "f"), ("Uncle Femi", "m"),
           ("Mrs Pillai", "f"), ("Mr Doherty", "m")]
NAMES = [(n, "f") for n in _F] + [(n, "m") for n in _M] + _TITLED

GROUPS = ["the twins", "the Scouts", "the Girl Guides", "the Cub Scouts", "the cousins",
          "the Murphy kids", "the Singh sisters", "the choir kids", "the art club kids",
          "the netball girls", "the footy boys", "the Sharma brothers", "the Okoro twins",
          "the chess club", "the swim squad kids"]

# institutions: (name, allowed item categories or None for any inanimate)
INSTS = [("the tuck shop", {"baked", "sweets", "stationery", "fruit"}),
         ("the school canteen", {"baked", "sweets", "fruit", "household"}),
         ("the corner shop", None), ("the market stall", None), ("the supermarket", None),
         ("the general store", None), ("Mr Patel's shop", None), ("Mama Nkechi's stall", None),
         ("the church fete stall", None), ("the kiosk", {"sweets", "baked", "household", "stationery"}),
         ("the bakery", {"baked"}), ("the fruit shop", {"fruit"}),
         ("the garden centre", {"garden"}), ("the toy shop", {"toys", "collect"}),
         ("the sports store", {"sport"}), ("the stationery shop", {"stationery", "craft"}),
         ("the craft club", {"craft"}), ("the op shop", {"household", "toys", "craft"}),
         ("the hardware store", {"household"}), ("the school library", {"stationery", "collect"}),
         ("the dairy", {"sweets", "household", "baked"}), ("the lolly shop", {"sweets"})]

ITEMS = {
    "baked": """buns cupcakes biscuits cookies muffins pies scones doughnuts lamingtons jam_tarts
sausage_rolls meat_pies puff-puffs chapatis rotis pancakes croissants bagels brownies flapjacks
samosas dumplings idlis ladoos jalebis pakoras spring_rolls fairy_cakes cinnamon_rolls pretzels
crumpets pikelets sandwiches""",
    "fruit": """mangoes apples oranges bananas plantains lemons limes tomatoes potatoes carrots
peaches pears plums coconuts guavas pineapples avocados pumpkins watermelons cabbages onions
cucumbers pawpaws corn_cobs kiwifruit""",
    "sweets": """lollies candies sweets toffees jelly_beans chocolate_bars ice_lollies popsicles
gumballs mints marshmallows lollipops candy_canes chocolate_frogs""",
    "stationery": """pencils pens crayons erasers rubbers rulers sharpeners notebooks exercise_books
stickers markers felt-tip_pens glue_sticks paper_clips drawing_pins envelopes folders highlighters
index_cards sheets_of_paper sticky_notes gel_pens coloured_pencils bookmarks""",
    "toys": """marbles toy_cars building_blocks puzzle_pieces balloons kites yo-yos dolls
action_figures trading_cards footy_cards cricket_cards dice spinning_tops bouncy_balls jacks
teddy_bears toy_soldiers water_pistols whistles fidget_spinners comics jigsaws""",
    "collect": """coins shells pebbles buttons beads feathers stamps postcards bottle_caps keyrings
badges pressed_flowers rocks crystals fridge_magnets tokens tickets raffle_tickets gold_stars
conkers""",
    "animals": """sheep goats cows hens ducks chickens rabbits pigs geese turkeys piglets lambs
calves goldfish guinea_pigs""",
    "garden": """seeds seedlings flower_pots tulip_bulbs sunflowers roses daisies tomato_plants
herb_pots eggs cuttings""",
    "sport": """cricket_balls tennis_balls footballs netballs basketballs shuttlecocks cones bibs
jerseys hockey_sticks skipping_ropes medals trophies golf_balls ping-pong_balls frisbees
swimming_caps water_bottles""",
    "household": """bottles_of_water cans_of_soup tins_of_paint candles bars_of_soap towels cups
plates spoons bowls mugs napkins straws paper_cups bags_of_rice loaves_of_bread newspapers
magazines books DVDs batteries light_bulbs screws nails bricks tiles planks logs clothes_pegs
coat_hangers tea_bags matchboxes toothbrushes hair_ties umbrellas""",
    "craft": """ribbons sequins pom-poms pipe_cleaners lollipop_sticks balls_of_wool spools_of_thread
paper_stars paper_cranes bracelets necklaces friendship_bands greeting_cards photos
paper_lanterns clay_pots paintbrushes Christmas_cards diyas rakhis Eid_cards""",
    "people": """passengers pupils children fans spectators shoppers campers swimmers runners
guests visitors dancers tourists picnickers traders scouts kids people""",
}
ITEMS = {k: [w.replace("_", " ") for w in v.split()] for k, v in ITEMS.items()}
ALL_ITEMS = [w for v in ITEMS.values() for w in v]

CONTAINERS = {
    "baked": [("trays", "tray"), ("boxes", "box"), ("tins", "tin"), ("plates", "plate"),
              ("baskets", "basket"), ("rows", "row")],
    "fruit": [("crates", "crate"), ("baskets", "basket"), ("boxes", "box"), ("bags", "bag"),
              ("sacks", "sack"), ("buckets", "bucket")],
    "sweets": [("jars", "jar"), ("bags", "bag"), ("packets", "packet"), ("tubs", "tub"),
               ("boxes", "box")],
    "stationery": [("packs", "pack"), ("boxes", "box"), ("packets", "packet"), ("tubs", "tub"),
                   ("cartons", "carton")],
    "toys": [("bags", "bag"), ("boxes", "box"), ("tubs", "tub"), ("tins", "tin"),
             ("buckets", "bucket"), ("rows", "row")],
    "collect": [("jars", "jar"), ("tins", "tin"), ("bags", "bag"), ("shoeboxes", "shoebox"),
                ("pouches", "pouch")],
    "animals": [("pens", "pen"), ("paddocks", "paddock"), ("sheds", "shed"), ("fields", "field"),
                ("yards", "yard")],
    "garden": [("trays", "tray"), ("packets", "packet"), ("rows", "row"), ("beds", "bed"),
               ("boxes", "box")],
    "sport": [("bags", "bag"), ("crates", "crate"), ("bins", "bin"), ("boxes", "box"),
              ("nets", "net")],
    "household": [("boxes", "box"), ("cartons", "carton"), ("packs", "pack"),
                  ("shelves", "shelf"), ("crates", "crate")],
    "craft": [("packets", "packet"), ("bags", "bag"), ("tubs", "tub"), ("boxes", "box"),
              ("jars", "jar")],
    "people": [("buses", "bus"), ("minibuses", "minibus"), ("vans", "van"),
               ("carriages", "carriage"), ("groups", "group")],
}

PLACES = {
    "baked": ["kitchen", "pantry", "bakery window", "cake tin", "cool box"],
    "fruit": ["kitchen", "pantry", "fruit bowl", "storeroom", "car boot"],
    "sweets": ["lunchbox", "pantry", "school bag", "sweet jar", "desk drawer"],
    "stationery": ["pencil case", "school bag", "desk drawer", "classroom cupboard", "art room"],
    "toys": ["toy box", "bedroom", "school bag", "cupboard", "garage"],
    "collect": ["shoebox", "bedroom", "desk drawer", "biscuit tin", "collection box"],
    "animals": ["farm", "paddock", "backyard", "barn", "smallholding"],
    "garden": ["shed", "greenhouse", "garden", "potting shed", "allotment"],
    "sport": ["sports shed", "kit bag", "storeroom", "car boot", "locker"],
    "household": ["storeroom", "garage", "cupboard", "kitchen", "back room"],
    "craft": ["craft box", "art room", "sewing basket", "bedroom", "desk drawer"],
}
VENUES = [("the bus", "on the bus", "bus", "passengers people"),
          ("the train", "on the train", "veh", "passengers people"),
          ("the hall", "in the hall", "place", "guests dancers pupils visitors"),
          ("the pool", "at the pool", "place", "swimmers children kids"),
          ("the camp", "at the camp", "place", "campers children scouts"),
          ("the stadium", "in the stadium", "place", "fans spectators"),
          ("the ferry", "on the ferry", "veh", "passengers tourists"),
          ("the park", "in the park", "place", "runners picnickers kids"),
          ("the museum", "in the museum", "place", "visitors tourists pupils"),
          ("the tram", "on the tram", "veh", "passengers shoppers"),
          ("the school bus", "on the school bus", "bus", "pupils children kids"),
          ("the matatu", "on the matatu", "veh", "passengers traders"),
          ("the market", "at the market", "place", "shoppers traders")]

RELS_PERSON = ["mum", "dad", "gran", "nan", "nana", "grandad", "aunty", "uncle", "big sister",
               "older brother", "cousin", "neighbour", "best mate", "best friend", "teacher",
               "coach", "godmother", "granny", "pa", "nani"]
RELS_GROUP = ["teacher", "coach", "scout leader", "mum", "neighbour", "grandad"]
RECIPS = [("children", "child"), ("friends", "friend"), ("classmates", "classmate"),
          ("cousins", "cousin"), ("pupils", "pupil"), ("neighbours", "neighbour"),
          ("teams", "team"), ("tables", "table"), ("classes", "class"), ("players", "player"),
          ("families", "family"), ("groups", "group"), ("mates", "mate"), ("kids", "kid")]

# which template keys each item category may use
CAT_KEYS = {c: {"gen", "all"} for c in ITEMS}
for c in ("baked", "fruit", "sweets"):
    CAT_KEYS[c] |= {"food"}
CAT_KEYS["baked"] |= {"baked"}
CAT_KEYS["fruit"] |= {"grown"}
CAT_KEYS["garden"] |= {"grown"}
CAT_KEYS["animals"] = {"all", "anim"}
CAT_KEYS["people"] = {"people"}
CAT_KEYS["collect"] |= {"coll"}
CAT_KEYS["toys"] |= {"coll"}
CAT_KEYS["stationery"] |= {"stat"}

# ---------------------------------------------------------------------------
# change templates: (text, subjects allowed [p person, g group, i institution], key)
# {S} subject, {O} obj pron, {P} possessive, {X} reflexive, {R} someone close,
# {A} add-phrase, {B} take-phrase, {I} items, <verb> agrees with subject,
# <verb:s>/<verb:p> forced singular/plural
# ---------------------------------------------------------------------------
ADD_T = [
    ("{S} <buy> {A}", "pgi", "all"),
    ("{S} <get> {A}", "pgi", "all"),
    ("{S} <find> {A} at the back of the cupboard", "pgi", "gen"),
    ("{S} <pick> up {A} on the way home", "pg", "gen"),
    ("{S} <collect> {A}", "pgi", "gen"),
    ("{S} <win> {A} at the school fete", "pg", "all"),
    ("{S} <earn> {A} for good work", "pg", "gen"),
    ("{S} <bring> in {A}", "pgi", "all"),
    ("{S} <be> given {A}", "pgi", "all"),
    ("{R} <give:s> {O} {A}", "pg", "all"),
    ("{R} <send:s> over {A}", "pg", "all"),
    ("{R} <drop:s> off {A}", "pg", "all"),
    ("{A} <arrive:p> in the post", "pgi", "gen"),
    ("{S} <grab> {A} from the shop", "pg", "gen"),
    ("{S} <scoop> up {A} at the sale", "pgi", "gen"),
    ("{S} <order> {A}", "pgi", "all"),
    ("{S} <come> across {A} in a drawer", "pgi", "gen"),
    ("{S} <stock> up with {A}", "pgi", "gen"),
    ("{S} <top> up {P} supply with {A}", "pgi", "gen"),
    ("{S} <snap> up {A} at the market", "pgi", "all"),
    ("{S} <score> {A}", "pg", "gen"),
    ("{S} <borrow> {A} from a neighbour", "pgi", "gen"),
    ("{S} <add> {A}", "pgi", "all"),
    ("{S} <add> {A} to the pile", "pgi", "gen"),
    ("{S} <receive> {A}", "pgi", "all"),
    ("{S} <swap> some old comics for {A}", "pg", "gen"),
    ("{S} <be> handed {A} by {R}", "pg", "all"),
    ("{R} <chip:s> in with {A}", "pg", "all"),
    ("{R} <pass:s> {O} {A}", "pg", "gen"),
    ("{R} <lend:s> {O} {A}", "pg", "gen"),
    ("{S} <get> {A} for {P} birthday", "pg", "all"),
    ("{S} <get> {A} as a prize", "pg", "gen"),
    ("{S} <nab> {A} at the market", "pg", "gen"),
    ("{S} <bag> {A} at the op shop", "pg", "gen"),
    ("{A} <turn:p> up in the lost property box", "pg", "gen"),
    ("a delivery van <drop:s> off {A}", "pgi", "gen"),
    ("{S} <dig> out {A} from under the bed", "pg", "gen"),
    ("{S} <unpack> {A}", "pgi", "gen"),
    ("{S} <buy> {A} at the tuck shop", "pg", "food"),
    ("{S} <bring> home {A}", "pg", "all"),
    ("{S} <win> {A} in a raffle", "pg", "all"),
    ("{A} <be:p> added", "pgi", "all"),
    ("{S} <throw> in {A} for free", "i", "gen"),
    ("{S} <get> a delivery of {A}", "i", "all"),
    ("the supplier <drop:s> off {A}", "i", "all"),
    ("{S} <restock> with {A}", "i", "gen"),
    ("{S} <bake> {A}", "pgi", "baked"),
    ("{S} <whip> up {A}", "pgi", "baked"),
    ("{S} <cook> {A}", "pgi", "baked"),
    ("{S} <pick> {A} from the garden", "pg", "grown"),
    ("{S} <harvest> {A}", "pgi", "grown"),
    ("{A} <be:p> born", "pgi", "anim"),
    ("{S} <rescue> {A}", "pg", "anim"),
    ("{S} <trade> for {A}", "pg", "coll"),
    ("{S} <make> {A}", "pgi", "stat"),
]
SUB_T = [
    ("{S} <give> away {B}", "pgi", "all"),
    ("{S} <lose> {B}", "pgi", "all"),
    ("{S} <sell> {B}", "pgi", "all"),
    ("{S} <use> {B}", "pgi", "gen"),
    ("{S} <drop> {B} down the drain", "pg", "gen"),
    ("{S} <donate> {B} to the op shop", "pgi", "gen"),
    ("{S} <break> {B}", "pgi", "gen"),
    ("{S} <throw> out {B}", "pgi", "gen"),
    ("{S} <hand> out {B}", "pgi", "gen"),
    ("{S} <give> {B} to {P} cousin", "pg", "all"),
    ("{S} <lend> {B} to a friend", "pg", "gen"),
    ("{S} <misplace> {B}", "pg", "gen"),
    ("{S} <leave> {B} on the bus", "pg", "gen"),
    ("{S} <trade> away {B}", "pg", "gen"),
    ("{S} <post> {B} to {P} gran", "pg", "gen"),
    ("{S} <return> {B} to the shop", "pgi", "gen"),
    ("{S} <pass> on {B} to {P} little sister", "pg", "gen"),
    ("{S} <bin> {B}", "pgi", "gen"),
    ("{S} <chuck> out {B}", "pgi", "gen"),
    ("{S} <sell> off {B}", "pgi", "all"),
    ("{S} <flog> {B} at the market", "pgi", "all"),
    ("{S} <part> with {B}", "pg", "all"),
    ("{S} <hand> over {B} to the teacher", "pg", "gen"),
    ("{S} <give> back {B}", "pg", "gen"),
    ("{S} <pack> {B} off to the school fete", "pgi", "gen"),
    ("{S} <swap> {B} for a comic", "pg", "gen"),
    ("{S} <gift> {B} to the neighbours", "pgi", "all"),
    ("{B} <go:p> missing", "pgi", "all"),
    ("{B} <get:p> damaged in the rain", "pgi", "gen"),
    ("{B} <roll:p> under the couch", "pg", "gen"),
    ("{P} little brother <pinch:s> {B}", "pg", "gen"),
    ("the dog <chew:s> up {B}", "pg", "gen"),
    ("a cheeky magpie <nick:s> {B}", "pgi", "gen"),
    ("{B} <be:p> sold by lunchtime", "pgi", "all"),
    ("{B} <be:p> taken home by the kids", "pgi", "gen"),
    ("{S} <put> {B} in the recycling", "pgi", "gen"),
    ("{S} <sell> {B} to the neighbours", "pgi", "all"),
    ("{S} <leave> {B} behind at the park", "pg", "gen"),
    ("{S} <dish> out {B}", "pgi", "gen"),
    ("{S} <hand> {B} to the new kid", "pg", "gen"),
    ("{S} <give> {B} to the class next door", "pgi", "gen"),
    ("{S} <drop> {B} in the car park", "pg", "gen"),
    ("customers <buy:p> {B}", "i", "all"),
    ("{S} <send> {B} back to the supplier", "i", "gen"),
    ("{S} <donate> {B} to the food bank", "i", "food"),
    ("{S} <give> away {B} as free samples", "i", "food"),
    ("{S} <eat> {B}", "pg", "food"),
    ("{S} <munch> through {B}", "pg", "food"),
    ("{S} <scoff> {B}", "pg", "food"),
    ("{S} <gobble> up {B}", "pg", "food"),
    ("{S} <polish> off {B}", "pg", "food"),
    ("{S} <pack> {B} into lunchboxes", "pg", "food"),
    ("{S} <use> up {B}", "pg", "stat"),
    ("{S} <snap> {B}", "pg", "stat"),
    ("{B} <wander:p> off", "pgi", "anim"),
    ("a fox <take:s> {B}", "pg", "anim"),
    ("{S} <trade> {B} to a mate", "pg", "coll"),
    ("{S} <spend> {B}", "pg", "coll"),
]
# multiply: key "m2" needs factor 2, "m3" factor 3, "mk" any factor, "as" any factor
MUL_T = [
    ("{S} <double> {P} {I}", "pgi", "m2"),
    ("{S} <double> the number of {I}", "pgi", "m2"),
    ("the number of {I} <double:s>", "pgi", "m2"),
    ("{P} stash <double:s>", "pg", "m2"),
    ("{S} <manage> to double the lot", "pgi", "m2"),
    ("{S} <end> up with double what {S2} had", "pgi", "m2"),
    ("{S} <triple> {P} {I}", "pgi", "m3"),
    ("the number of {I} <triple:s>", "pgi", "m3"),
    ("{P} collection <treble:s>", "pg", "m3"),
    ("thanks to a big order, {P} stock <triple:s>", "i", "m3"),
    ("{S} <end> up with triple the amount", "pgi", "m3"),
    ("{S} <end> up with {mt} as many {I} as before", "pgi", "as"),
    ("{S} <build> the pile up to {mt} as many", "pgi", "as"),
    ("{S} <finish> the month with {mt} as many {I}", "pgi", "as"),
    ("{P} pile <grow:s> until it <be:s> {mt} as big", "pgi", "as"),
    ("{R} <help:s> {O} get {mt} as many", "pg", "as"),
    ("{S} <collect> enough to have {mt} as many {I}", "pg", "as"),
    ("the number <become:s> {k} times larger", "pgi", "mk"),
    ("{S} <multiply> {P} pile by {k}", "pgi", "mk"),
    ("{P} collection <grow:s> to {k} times its size", "pg", "mk"),
    ("{S} <swap> each of them for {k} smaller ones", "pg", "mk"),
    ("{S} <trade> every one of them for {k} new ones", "pg", "mk"),
    ("{P} stock <go:s> up {kw}fold", "pgi", "fold"),
    ("the count <be:s> multiplied by {k}", "pgi", "mk"),
    ("{S} now <have> {k} times what {S2} had", "pgi", "mk"),
    ("{P} {I} <increase:p> {k} times over", "pgi", "mk"),
    ("the pile <grow:s> {kw}fold", "pgi", "fold"),
    ("{P} collection <grow:s> to {mt} its old size", "pg", "as"),
    ("a big delivery <leave:s> {O} with {mt} as many {I}", "pgi", "as"),
    ("{S} <make> the pile {k} times bigger", "pgi", "mk"),
    ("{S} <buy> enough to double {P} stock", "pgi", "m2"),
    ("the stock <double:s> overnight", "i", "m2"),
    ("{P} {I} <double:p> in number", "pgi", "m2"),
    ("{S} <triple> the lot", "pgi", "m3"),
    ("{S} <increase> the pile {kw}fold", "pgi", "fold"),
    ("for every one {S2} had, {S} now <have> {k}", "pgi", "mk"),
    ("{S} <scale> up {P} order by a factor of {k}", "i", "mk"),
    ("{P} heap <be:s> now {mt} the size it was", "pg", "as"),
    ("{S} <end> up with {k} times as many as {S2} had a moment ago", "pg", "mk"),
]
# divide (middle of the story): keys d2 d3 d4 dk
DIV_T = [
    ("{S} <give> away half of them", "pgi", "d2", "all"),
    ("{S} <sell> half of them", "pgi", "d2", "all"),
    ("{S} <keep> only half", "pgi", "d2", "all"),
    ("{S} <halve> the pile", "pgi", "d2", "gen"),
    ("{S} <give> half to {P} {rel}", "pg", "d2", "all"),
    ("{S} <lose> half of them", "pgi", "d2", "all"),
    ("half of them <get:p> used up", "pgi", "d2", "gen"),
    ("{S} <hand> half over to the class next door", "pg", "d2", "gen"),
    ("half of the {I} <be:p> sold", "pgi", "d2", "all"),
    ("{S} <donate> half of {P} {I}", "pgi", "d2", "gen"),
    ("{S} <keep> a third of them and <give> the rest away", "pgi", "d3", "all"),
    ("only a third of them <be:p> left after the party", "pg", "d3", "gen"),
    ("{S} <hold> on to a third and <sell> the rest", "pgi", "d3", "all"),
    ("{S} <keep> just one third of the {I}", "pgi", "d3", "gen"),
    ("{S} <keep> a quarter and <donate> the rest", "pgi", "d4", "gen"),
    ("only a quarter of them <be:p> still good", "pgi", "d4", "gen"),
    ("{S} <hang> on to a quarter of them and <give> away the rest", "pg", "d4", "all"),
    ("{S} <share> them equally among {k} {rp} and <keep> one share", "pg", "dk", "all"),
    ("{S} <split> them into {k} equal piles and <keep> one pile", "pgi", "dk", "gen"),
    ("{S} <pack> them evenly into {k} bags and <keep> just one bag", "pgi", "dk", "gen"),
    ("{S} <deal> them out evenly to {k} players, {X} included, and <keep> {P} own share", "pg", "dk", "gen"),
    ("{S} <divide> them equally into {k} boxes and <hold> on to one box", "pgi", "dk", "gen"),
    ("{S} <sort> them into {k} equal lots and <sell> all but one lot", "pgi", "dk", "all"),
    ("{S} <split> them evenly {k} ways and <keep> one part", "pgi", "dk", "gen"),
]
# divide as the last change with its own question
DIVQ_T = [
    ("{S} <share> them equally among {k} {rp}", "How many does each {r1} get?", "each"),
    ("{S} <split> them evenly between {k} {rp}", "How many {I} does each {r1} receive?", "each"),
    ("{S} <put> them into {k} equal groups", "How many are in each group?", "group"),
    ("they <be:p> packed equally into {k} {C}", "How many {I} go in each {c}?", "cont"),
    ("{S} <want> to give the same number to each of {k} {rp}", "How many should each {r1} get?", "each"),
    ("{S} <divide> them evenly among {k} {rp}", "What is the number of {I} each {r1} gets?", "each"),
    ("{S} <hand> them out fairly to {k} {rp}", "Find how many each {r1} gets.", "each"),
    ("{S} <give> them out equally to {k} {rp}", "How many {I} will each {r1} have?", "each"),
    ("the {I} <be:p> shared equally by {k} {rp}", "How many does each {r1} end up with?", "each"),
    ("{S} <set> them out in {k} equal rows", "How many {I} are in each row?", "row"),
]
# people scenario
PADD_T = [("{A} <get:p> on", "veh"), ("{A} <climb:p> aboard", "veh"), ("{A} <join:p> them", "any"),
          ("{A} <arrive:p>", "place"), ("{A} <walk:p> in", "place"), ("{A} <turn:p> up", "place"),
          ("{A} <hop:p> on", "veh"), ("{A} <pile:p> in", "any"), ("{A} <squeeze:p> in", "any"),
          ("{A} <come:p> along", "place"), ("{A} <rock:p> up", "place"),
          ("{A} <board:p>", "veh"), ("{A} <jump:p> on at the bus stand", "bus")]
PSUB_T = [("{B} <get:p> off", "veh"), ("{B} <leave:p>", "any"), ("{B} <hop:p> off", "veh"),
          ("{B} <head:p> home", "place"), ("{B} <walk:p> out", "place"),
          ("{B} <go:p> home early", "place"), ("{B} <step:p> off at the market", "veh"),
          ("{B} <drift:p> away", "place"), ("{B} <clear:p> out", "any"),
          ("{B} <wander:p> off", "place"), ("{B} <climb:p> down", "veh")]
PMUL_T = [("the crowd <double:s>", "m2"), ("the number of {I} <double:s>", "m2"),
          ("the crowd <triple:s>", "m3"), ("the crowd <grow:s> to {k} times its size", "mk")]
PDIVQ_T = [("they <split:p> into {k} equal teams", "How many {I} are in each team?", "team"),
           ("they <form:p> {k} equal lines", "How many {I} are in each line?", "line"),
           ("the {I} <be:p> sorted into {k} equal groups", "How many are in each group?", "group")]
PDIV_T = [("half of them <get:p> off", "d2", "veh"), ("half of the {I} <leave:p>", "d2", "any"),
          ("only a third of them <stay:p>", "d3", "any"), ("half of them <go:p> home", "d2", "place")]

START_T = [  # (text, subjects, key)
    ("{S} <have> {n} {I}", "pgi", "all"),
    ("{S} <start> the day with {n} {I}", "pgi", "all"),
    ("{S} <own> {n} {I}", "pg", "all"),
    ("{S} <keep> {n} {I} in a shoebox under the bed", "pg", "gen"),
    ("{S} <count> {n} {I} in the {pl}", "pgi", "all"),
    ("{S} <set> off to the market with {n} {I}", "pg", "gen"),
    ("{S} <bring> {n} {I} to school", "pg", "gen"),
    ("{S} <begin> with {n} {I}", "pgi", "all"),
    ("there <be:p> {n} {I} in {Np} {pl}", "pgi", "gen"),
    ("there <be:p> {n} {I} on {Np} {pl}", "pg", "anim"),
    ("{Np} {pl} <hold:s> {n} {I}", "pgi", "gen"),
    ("{Np} collection <have:s> {n} {I} in it", "pg", "coll"),
    ("{S} <have> a stash of {n} {I}", "pg", "gen"),
    ("{S} <start> off with {n} {I}", "pgi", "all"),
    ("{S} <look> after {n} {I}", "pg", "anim"),
    ("{S} <raise> {n} {I}", "pg", "anim"),
    ("{S} <have> {n} {I} in stock", "i", "gen"),
    ("{S} <open> with {n} {I} on the shelves", "i", "gen"),
]
PSTART_T = [("{V} <leave:s> the bus stand with {n} {I} on board", "bus"),
            ("{V} <pull:s> out with {n} {I} on board", "veh"),
            ("there <be:p> {n} {I} {v}", "any"), ("{n} {I} <be:p> {v} at opening time", "fixed"),
            ("{V} <start:s> out with {n} {I}", "veh"), ("{n} {I} <be:p> {v} to begin with", "any")]
PROD_T = [  # (text, order, key) order 'ab' means a appears first
    ("{S} <fill> {a} {C} with {b} {I} each", "ab", "gen"),
    ("{S} <have> {a} {C} with {b} {I} in each", "ab", "all"),
    ("{S} <buy> {a} {C} of {I}, and each {c} <hold:s> {b}", "ab", "gen"),
    ("there <be:p> {a} {C} of {I} in {Np} {pl}, with {b} in every {c}", "ab", "gen"),
    ("each of {Np} {a} {C} <hold:s> {b} {I}", "ab", "all"),
    ("{S} <pack> {b} {I} into each of {a} {C}", "ba", "gen"),
    ("{S} <get> {a} {C} of {b} {I}", "ab", "gen"),
    ("a {c} <hold:s> {b} {I}, and {S} <have> {a} full {C}", "ba", "gen"),
    ("there <be:p> {b} {I} in each {c}, and {S} <have> {a} {C}", "ba", "all"),
    ("{S} <line> up {a} {C} of {I} with {b} in each", "ab", "gen"),
    ("{S} <start> with {a} {C}, each with {b} {I}", "ab", "all"),
    ("{a} {C}, each holding {b} {I}, <arrive:p> at {Np} door", "ab", "gen"),
    ("{S} <keep> {b} {I} in each of {P} {a} {C}", "ba", "anim"),
]
PPROD_T = [("{a} {C} with {b} {I} each <pull:p> up at {Vn}", "ab", "place"),
           ("{a} {C} <arrive:p> at {Vn}, each carrying {b} {I}", "ab", "place"),
           ("{b} {I} <ride:p> in each of {a} {C} to {Vn}", "ba", "place"),
           ("{a} rows of {b} {I} <sit:p> {v}", "ab", "veh"),
           ("{v} there <be:p> {a} rows with {b} {I} in each", "ab", "veh")]

QUESTIONS = [  # (text, needs_left)
    ("How many {I} <do> {S} have now?", False),
    ("How many {I} <do> {S} have left?", True),
    ("How many {I} are left?", True),
    ("What is the number of {I} {S} <have> at the end?", False),
    ("Find how many {I} are left.", True),
    ("Find how many {I} {S} <have> now.", False),
    ("How many {I} <do> {S} end up with?", False),
    ("How many {I} remain?", True),
    ("How many {I} <have> {S} got now?", False),
    ("Work out how many {I} {S} <have> at the end.", False),
    ("How many {I} are there now?", False),
    ("Can you work out how many {I} {S} <have> now?", False),
    ("How many {I} does that leave {O} with?", True),
    ("What is the total number of {I} now?", False),
    ("What is {P} final count of {I}?", False),
    ("Count up how many {I} {S} <have> at the end of the day.", False),
    ("Now, how many {I} <do> {S} have?", False),
    ("In the end, how many {I} <do> {S} own?", False),
    ("Tell me how many {I} {S} <have> now.", False),
    ("What number of {I} is left?", True),
    ("How many {I} are still there?", True),
    ("Write down how many {I} {S} now <have>.", False),
    ("How many {I} <be:p> in {P} {pl} at the end?", False),
    ("So how many {I} <do> {S} have?", False),
]
PQUESTIONS = ["How many {I} are {v} now?", "How many {I} are {v} at the end?",
              "Find how many {I} are {v} now.", "What is the number of {I} {v} now?",
              "How many people are {v} in the end?", "Work out how many {I} are {v} now."]

DISTRACT = [
    "it <be:s> a rainy Sunday", "{P} mum <say:s> homework comes first",
    "the footy <be:s> on the telly that night", "{S} <be> saving up for a new bike",
    "the weather <be:s> lovely", "everyone <be:s> in a good mood", "{S} <love> {P} {I}",
    "the canteen <be:s> extra busy", "{P} teacher <be:s> very pleased",
    "it <be:s> the last week of term", "{S} <hum> a tune the whole time",
    "the cricket <be:s> on the radio", "nobody <be:s> in a hurry", "the dog <sleep:s> by the door",
    "{S} <wear> {P} favourite jumper", "there <be:s> a long queue at the bus stand",
    "{P} dad <pop:s> out for milk", "the trolley <have:s> a wobbly wheel",
    "that <be:s> the best part of the day", "it <be:s> hot enough to fry an egg",
    "the sky <look:s> like rain", "the kids <be:p> on school holidays",
]
DISTRACT_N = [  # (text, lo, hi)
    ("{P} little brother <be:s> {d} years old", 2, 12),
    ("the bus <be:s> {d} minutes late", 3, 40),
    ("{S} <live> {d} minutes from the school", 3, 45),
    ("the shop <close:s> at {d} o'clock", 5, 10),
    ("it <be:s> {d} degrees outside", 12, 40),
    ("there <be:p> {d} kids in {P} class", 18, 35),
    ("the walk home <take:s> {d} minutes", 5, 40),
    ("{P} house <be:s> number {d} on the street", 2, 120),
    ("the footy match <last:s> {d} minutes", 40, 90),
    ("{S} <have> {d} cousins", 2, 15),
    ("{P} bike <have:s> {d} gears", 3, 21),
    ("the drive to town <take:s> {d} minutes", 10, 60),
    ("the rain <last:s> {d} hours", 2, 9),
    ("{P} gran <be:s> {d} years young", 60, 95),
    ("the school has {d} teachers", 12, 80),
]
TIMELINES = [
    ["In the morning", "Mid-morning", "At lunchtime", "In the afternoon", "After school",
     "That evening"],
    ["On Monday", "On Tuesday", "On Wednesday", "On Thursday", "On Friday", "On Saturday",
     "On Sunday"],
    ["Before assembly", "At recess", "At lunch", "During maths", "After the last bell"],
    ["In January", "In March", "In May", "In July", "In September", "In November"],
    ["First thing", "Soon after", "After that", "Later still", "By the evening"],
]
REL_TIME = ["Later", "Then", "After that", "Next", "Soon after", "A bit later",
            "Not long after", "Afterwards"]
PTIMES = ["At the first stop", "At the next stop", "Further along", "Near the market",
          "Just before the end", "At the last stop"]

# step-writing material
OPSETS = [
    {"+": "+", "-": "-", "*": "*", "/": "/"},
    {"+": "+", "-": "−", "*": "×", "/": "÷"},
    {"+": "+", "-": "-", "*": "×", "/": "÷"},
    {"+": "+", "-": "−", "*": "*", "/": "/"},
    {"+": "+", "-": "-", "*": "×", "/": "/"},
    {"+": "+", "-": "-", "*": "*", "/": "÷"},
]
FIRST_CONN = ["First,", "To start,", "Start:", "At the start,", "Begin with", "Step one:",
              "Firstly", "To begin,"]
LATER_CONN = ["Then", "Next,", "Now", "So", "After that,", "And then", "Next step:", "Then,",
              "Now,", "We get", "This gives", "Which makes"]
SENT_OPEN = ["Now {pr} {has}", "So {pr} {has}", "Then {pr} {has}", "After that there are",
             "That makes", "We now have", "That gives", "So there are", "Now there are"]
TEACH = {
    "+": ["Add {b}:", "Add on the {b}:", "Plus {b}:", "Add the new ones:", "Put the {b} with them:"],
    "-": ["Take away {b}:", "Subtract {b}:", "Minus {b}:", "Take off the {b}:", "Less the {b}:"],
    "*": ["Multiply by {b}:", "Times by {b}:", "Multiply:", "Scale up by {b}:"],
    "/": ["Divide by {b}:", "Share by {b}:", "Split {b} ways:", "Divide:"],
    "P": ["Multiply first:", "Find the total:", "Work out the start:", "Total at the start:",
          "Lots of {b}:"],
}
SHORT_R = {
    "+": ["{b} more", "adding {b}", "plus the {b} new ones", "{b} came in", "the extra {b}",
          "new {I} added", "more {I} came in", "add on {b}"],
    "-": ["{b} gone", "minus the {b}", "taking away {b}", "{b} fewer", "{I} gone",
          "take off {b}", "less {b}"],
    "*": ["times {b}", "{b} times as many", "multiplying by {b}", "scaled up {b} times"],
    "/": ["divided by {b}", "shared {b} ways", "split into {b}", "one share out of {b}",
          "{b} equal parts"],
    "P": ["{a} lots of {b}", "the total to start with", "all of them at the start",
          "{a} groups of {b}"],
}
SHORT_R_WORD = {("*", 2): ["doubled", "twice as many"], ("*", 3): ["tripled", "three times as many"],
                ("/", 2): ["halved", "half of them"], ("/", 3): ["a third of them"],
                ("/", 4): ["a quarter of them"]}


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def apply_op(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        if b == 0 or a % b:
            return None
        return a // b
    raise ValueError(op)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


_VERB_RE = re.compile(r"<([a-z]+)(?::([sp]))?>")


class Subj:
    def __init__(self, name, kind, gender=None):
        self.name = name
        self.kind = kind  # p person, g group, i inst, v venue
        if kind == "p":
            self.pr, self.obj, self.poss, self.refl = (
                ("she", "her", "her", "herself") if gender == "f" else ("he", "him", "his", "himself"))
            self.plural = False
        elif kind == "g":
            self.pr, self.obj, self.poss, self.refl = "they", "them", "their", "themselves"
            self.plural = True
        else:
            self.pr, self.obj, self.poss, self.refl = "it", "it", "its", "itself"
            self.plural = False

    @property
    def nposs(self):
        if self.name.endswith("s") and self.kind == "g":
            return self.name + "'"
        return self.name + "'s"


class Ctx:
    """Everything a template might need while being rendered."""

    def __init__(self, rng, subj, item, cat, tense):
        self.rng = rng
        self.subj = subj
        self.item = item
        self.cat = cat
        self.tense = tense
        self.mentioned = False
        self.place = rng.choice(PLACES.get(cat, ["storeroom"]))
        if subj.kind == "i":
            self.place = rng.choice(["storeroom", "back room", "front window", "stockroom"])
        if subj.kind == "g":
            self.rels = RELS_GROUP
        else:
            self.rels = RELS_PERSON

    def subj_text(self, force_name=False, force_pron=False):
        s = self.subj
        if force_pron and self.mentioned:
            return s.pr
        if force_name or not self.mentioned or self.rng.random() < 0.25:
            self.mentioned = True
            return s.name
        return s.pr


def render(tpl, ctx, vals, tense=None, subj_mode="auto"):
    """Fill a template. subj_mode: auto | pron | name | omit (drop leading {S})."""
    tense = tense or ctx.tense
    s = ctx.subj
    out = tpl
    if subj_mode == "omit":
        assert out.startswith("{S} ")
        out = out[4:]
    if "{S}" in out:
        if subj_mode == "pron":
            st = s.pr if ctx.mentioned else ctx.subj_text()
        elif subj_mode == "name":
            st = ctx.subj_text(force_name=True)
        else:
            st = ctx.subj_text()
        out = out.replace("{S}", st, 1)
        out = out.replace("{S}", s.pr)
    out = out.replace("{S2}", s.pr)
    if "{R}" in out:
        out = out.replace("{R}", s.poss + " " + vals.get("rel", ctx.rng.choice(ctx.rels)))
    for key, val in (("{O}", s.obj), ("{P}", s.poss), ("{X}", s.refl), ("{Np}", s.nposs),
                     ("{pl}", ctx.place), ("{I}", ctx.item)):
        out = out.replace(key, val)
    for k, v in vals.items():
        out = out.replace("{" + k + "}", str(v))

    first_verb = [True]

    def vsub(m):
        v, forced = m.group(1), m.group(2)
        if tense == "ing" and subj_mode == "omit" and not forced:
            return conj(v, s.plural, "ing")
        t = tense if tense != "ing" else "pres"
        if forced == "s":
            return conj(v, False, t)
        if forced == "p":
            return conj(v, True, t)
        return conj(v, s.plural, t)

    out = _VERB_RE.sub(vsub, out)
    return out


def ntext(rng, n, pword):
    if n == 12 and rng.random() < 0.3:
        return "a dozen"
    if 2 <= n <= 99 and rng.random() < pword:
        return num_words(n)
    return str(n)


def add_phrase(rng, nt, item):
    another = "another dozen" if nt == "a dozen" else "another " + nt
    opts = [f"{nt} more {item}", f"{nt} more", another, f"{another} {item}",
            f"{nt} extra {item}", f"{nt} {item}", f"{nt} new {item}"]
    return rng.choice(opts)


def sub_phrase(rng, nt, item, poss):
    opts = [f"{nt} {item}", f"{nt} of them", f"{nt} of the {item}", f"{nt}",
            f"{nt} of {poss} {item}"]
    return rng.choice(opts)


def digit_swap(n):
    s = str(n)
    outs = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if not (t.startswith("0") and len(t) > 1):
                outs.append(int(t))
    return outs


def digit_tweak(n):
    s = str(n)
    outs = []
    for i, ch in enumerate(s):
        for d in (-1, 1):
            nd = int(ch) + d
            if 0 <= nd <= 9 and not (i == 0 and nd == 0 and len(s) > 1):
                outs.append(int(s[:i] + str(nd) + s[i + 1:]))
    return outs


def add_nocarry(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    L = max(len(sa), len(sb))
    digs = []
    for i in range(L):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        digs.append(str((da + db) % 10))
    return int("".join(digs[::-1]))


def sub_noborrow(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    digs = []
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        digs.append(str(abs(da - db)))
    return int("".join(digs[::-1]))


# ---------------------------------------------------------------------------
# chain sampling
# ---------------------------------------------------------------------------
def pick_mult(rng):
    r = rng.random()
    if r < 0.4:
        return 2
    if r < 0.65:
        return 3
    return rng.randint(4, 10)


def pick_div(rng):
    r = rng.random()
    if r < 0.32:
        return 2
    if r < 0.5:
        return 3
    if r < 0.64:
        return 4
    return rng.choice([5, 6, 7, 8, 9, 10, 12, 15, 20, 24, 25])


def sample_chain(rng, n_changes, product, last_div_q, people):
    """Return (init_a, ops) where ops is list of (op, b); product start puts ('*', b) first."""
    for _ in range(300):
        ops_seq = []
        for j in range(n_changes):
            w = [("+", 30), ("-", 36), ("*", 14), ("/", 20)]
            if people:
                w = [("+", 45), ("-", 45), ("*", 4), ("/", 6)]
            tot = sum(x[1] for x in w)
            r = rng.uniform(0, tot)
            for op, wt in w:
                r -= wt
                if r <= 0:
                    break
            ops_seq.append(op)
        if last_div_q:
            ops_seq[-1] = "/"
        params = []
        for op in ops_seq:
            params.append(pick_mult(rng) if op == "*" else (pick_div(rng) if op == "/" else None))
        ok = True
        first_k = params[0] if ops_seq and ops_seq[0] == "/" else None
        if product:
            pa = rng.randint(2, 25)
            pb = 12 if rng.random() < 0.12 else rng.randint(3, 48)
            if first_k and (pa * pb) % first_k:
                if rng.random() < 0.5:
                    pa = pa + (-pa) % first_k
                else:
                    pb = pb + (-pb) % first_k
            cur = pa * pb
            if cur > 3000 or pa > 999 or pb > 999:
                continue
            init = pa
            ops = [("*", pb)]
        else:
            r = rng.random()
            if r < 0.02:
                cur = 1000
            elif r < 0.35:
                cur = rng.randint(12, 99)
            elif r < 0.75:
                cur = rng.randint(30, 400)
            else:
                cur = rng.randint(100, 999)
            if first_k:
                cur = cur + (-cur) % first_k
                if cur > 999 and cur != 1000:
                    cur -= first_k
            init = cur
            ops = []
        if first_k and cur % first_k:
            continue
        for j, op in enumerate(ops_seq):
            nk = params[j + 1] if j + 1 < len(ops_seq) and ops_seq[j + 1] == "/" else None
            if op == "+":
                r = rng.random()
                if r < 0.5:
                    b = rng.randint(2, 20)
                elif r < 0.8:
                    b = rng.randint(5, 99)
                else:
                    b = rng.randint(20, max(21, min(999, cur)))
                if nk:
                    b += (-(cur + b)) % nk
                if b > 999 or cur + b > 9999:
                    ok = False
                    break
                cur += b
            elif op == "-":
                if cur < 5:
                    ok = False
                    break
                hi = max(2, min(999, int(cur * 0.7)))
                r = rng.random()
                b = rng.randint(2, min(hi, 20)) if r < 0.45 else rng.randint(2, hi)
                if nk:
                    b += (cur - b) % nk
                if b > 999 or b >= cur or cur - b < 2 or (nk and (cur - b) // nk < 2):
                    ok = False
                    break
                cur -= b
            elif op == "*":
                b = params[j]
                if cur * b > 9999 or (nk and (cur * b) % nk):
                    ok = False
                    break
                cur *= b
            else:
                b = params[j]
                if cur % b or cur // b < 2:
                    ok = False
                    break
                cur //= b
            ops.append((op, b))
        if ok:
            return init, ops
    return None


# ---------------------------------------------------------------------------
# the generator proper
# ---------------------------------------------------------------------------
KINDS = ["none", "arithmetic", "operand", "operation", "answer"]


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.seed = seed

    # ----- problem text -------------------------------------------------
    def build_problem(self, n_changes, product):
        rng = self.rng
        people = rng.random() < 0.07
        if people:
            cat = "people"
        else:
            cat = rng.choice([c for c in ITEMS if c != "people"])
        item = rng.choice(ITEMS[cat])
        vin = vtype = None
        # subject
        if people:
            vname, vin, vtype, vitems = rng.choice(VENUES)
            item = rng.choice(vitems.split())
            subj = Subj(vname, "v")
        else:
            r = rng.random()
            insts = [n for n, cs in INSTS if cs is None or cat in cs]
            if r < 0.13 and insts and cat != "animals":
                subj = Subj(rng.choice(insts), "i")
            elif r < 0.23:
                if rng.random() < 0.5:
                    subj = Subj(rng.choice(GROUPS), "g")
                else:
                    a, b = rng.sample(NAMES, 2)
                    subj = Subj(f"{a[0]} and {b[0]}", "g")
            else:
                nm, g = rng.choice(NAMES)
                subj = Subj(nm, "p", g)
        vok = {"any", vtype, "veh" if vtype == "bus" else None, "fixed" if vtype == "place" else None}
        tense = "past" if rng.random() < 0.4 else "pres"
        ctx = Ctx(rng, subj, item, cat, tense)
        pword = rng.choice([0.0, 0.0, 0.15, 0.3, 0.6])
        last_div_q = rng.random() < 0.18
        chain = sample_chain(rng, n_changes, product, last_div_q, people)
        if chain is None:
            return None
        init, ops = chain
        keys = CAT_KEYS[cat]
        numbers = []  # every number that appears in the problem text (value, text)
        clauses = []
        # start sentence
        if product:
            pb = ops[0][1]
            at, bt = ntext(rng, init, pword), ntext(rng, pb, pword)
            if bt == "a dozen" and rng.random() < 0.5:
                bt = "12"
            if at == "a dozen":
                at = "12"
            if people:
                pool = [t for t in PPROD_T if t[2] in vok]
                tpl, order, _ = rng.choice(pool)
                C, c1 = rng.choice([("buses", "bus"), ("minibuses", "minibus"), ("vans", "van"),
                                    ("coaches", "coach"), ("utes", "ute")])
                vals = {"a": at, "b": bt, "C": C, "c": c1, "Vn": subj.name, "v": vin}
                start_text = render(tpl, ctx, vals)
            else:
                C, c1 = rng.choice(CONTAINERS[cat])
                pool = [t for t in PROD_T if t[2] in keys]
                tpl, order, _ = rng.choice(pool)
                vals = {"a": at, "b": bt, "C": C, "c": c1}
                start_text = render(tpl, ctx, vals, subj_mode="name")
            numbers += [(init, at), (pb, bt)]
            start_order = order
            change_ops = ops[1:]
        else:
            nt = ntext(rng, init, pword * 0.7)
            if people:
                pool = [t for t, k in PSTART_T if k in vok]
                tpl = rng.choice(pool)
                start_text = render(tpl, ctx, {"n": nt, "V": subj.name, "v": vin})
            else:
                pool = [t for t in START_T if subj.kind in t[1] and t[2] in keys]
                tpl = rng.choice(pool)[0]
                start_text = render(tpl, ctx, {"n": nt}, subj_mode="name")
            numbers.append((init, nt))
            start_order = None
            change_ops = ops
        ctx.mentioned = True
        # change clauses
        divq = None
        used_t = set()

        def pick(pool):
            fresh = [t for t in pool if (t[0] if isinstance(t, tuple) else t) not in used_t]
            ch = rng.choice(fresh or pool)
            used_t.add(ch[0] if isinstance(ch, tuple) else ch)
            return ch

        for j, (op, b) in enumerate(change_ops):
            is_last = j == len(change_ops) - 1
            vals = {"rel": rng.choice(ctx.rels)}
            if op in "+-":
                bt = ntext(rng, b, pword)
                numbers.append((b, bt))
                if people:
                    pool = [t for t, k in (PADD_T if op == "+" else PSUB_T) if k in vok]
                    tpl = pick(pool)
                else:
                    pool = [t for t in (ADD_T if op == "+" else SUB_T)
                            if subj.kind in t[1] and t[2] in keys]
                    tpl = pick(pool)[0]
                if op == "+":
                    vals["A"] = add_phrase(rng, bt, item)
                    if "another dozen" in vals["A"]:
                        numbers[-1] = (b, "dozen")
                else:
                    vals["B"] = sub_phrase(rng, bt, item, subj.poss if not people else "the")
            elif op == "*":
                if people:
                    cands = [t for t, k in PMUL_T if (k == "m2" and b == 2) or (k == "m3" and b == 3)
                             or k == "mk"]
                    tpl = rng.choice(cands)
                else:
                    cands = [t for t in MUL_T if subj.kind in t[1] and (
                        (t[2] == "m2" and b == 2) or (t[2] == "m3" and b == 3)
                        or t[2] in ("as", "mk") or (t[2] == "fold" and b <= 10))]
                    if cat == "animals":
                        cands = [t for t in cands if not any(
                            w in t[0] for w in ("swap", "trade", "pile", "heap", "lot", "order"))]
                    tpl = pick(cands)[0]
                kt = ntext(rng, b, 0.5)
                if kt == "a dozen":
                    kt = "12"
                if "{mt}" in tpl:
                    vals["mt"] = "twice" if b == 2 else f"{kt} times"
                    numbers.append((b, "twice" if b == 2 else kt))
                elif "{kw}" in tpl:
                    vals["kw"] = num_words(b)
                    numbers.append((b, num_words(b) + "fold"))
                elif "{k}" in tpl:
                    vals["k"] = kt
                    numbers.append((b, kt))
                else:
                    numbers.append((b, "doubl" if b == 2 else "tr"))
            else:  # divide
                rp, r1 = rng.choice(RECIPS)
                C, c1 = rng.choice(CONTAINERS[cat])
                vals.update({"rp": rp, "r1": r1, "C": C, "c": c1})
                kt = ntext(rng, b, 0.4)
                if kt == "a dozen":
                    kt = "12"
                if is_last and last_div_q:
                    if people:
                        tpl, q, qk = rng.choice(PDIVQ_T)
                    else:
                        tpl, q, qk = rng.choice(DIVQ_T)
                    vals["k"] = kt
                    numbers.append((b, kt))
                    divq = (q, qk, dict(vals))
                else:
                    if people:
                        cands = [t for t, k, v in PDIV_T if v in vok and (
                            (k == "d2" and b == 2) or (k == "d3" and b == 3))]
                        if not cands:
                            return None
                        tpl = rng.choice(cands)
                    else:
                        cands = [t for t in DIV_T if subj.kind in t[1] and t[3] in keys and (
                            (t[2] == "d2" and b == 2) or (t[2] == "d3" and b == 3)
                            or (t[2] == "d4" and b == 4) or t[2] == "dk")]
                        if not cands:
                            return None
                        tpl = pick(cands)[0]
                    if "{k}" in tpl:
                        vals["k"] = kt
                        numbers.append((b, kt))
                    else:
                        word = next(w for w in ("half", "halv", "a third", "one third", "a quarter")
                                    if w in tpl)
                        numbers.append((b, word))
            clauses.append({"tpl": tpl, "vals": vals, "op": op, "b": b})

        # group clauses into sentences
        sentences = []
        timeline = None
        tl_idx = []
        if rng.random() < 0.35 and not people:
            timeline = rng.choice(TIMELINES)
            tl_idx = [0] + sorted(rng.sample(range(1, len(timeline)), min(len(timeline) - 1, len(clauses))))
        tl_ptr = [0]

        def time_prefix(first=False):
            if people:
                if not first and rng.random() < 0.5:
                    if vtype == "place":
                        return rng.choice(REL_TIME)
                    if tl_ptr[0] < len(PTIMES):
                        k = rng.randint(tl_ptr[0], min(len(PTIMES) - 1, tl_ptr[0] + 1))
                        tl_ptr[0] = k + 1
                        return PTIMES[k]
                return ""
            if timeline is not None and rng.random() < 0.7 and tl_ptr[0] < len(tl_idx):
                p = timeline[tl_idx[tl_ptr[0]]]
                tl_ptr[0] += 1
                return p
            if not first and rng.random() < 0.25:
                return rng.choice(REL_TIME)
            return ""

        pre = time_prefix(first=True)
        sentences.append((pre + ", " + start_text if pre else cap(start_text)) + ".")
        j = 0
        while j < len(clauses):
            c = clauses[j]
            last_q = divq is not None and j == len(clauses) - 1
            take2 = (not last_q and j + 1 < len(clauses) and rng.random() < 0.38
                     and not (divq is not None and j + 1 == len(clauses) - 1))
            if take2:
                c2 = clauses[j + 1]
                s1_init = c["tpl"].startswith("{S} <")
                s2_init = c2["tpl"].startswith("{S} ")
                form = rng.randint(0, 5)
                if form == 0 and s1_init and s2_init:
                    g1 = render(c["tpl"], ctx, c["vals"], tense="ing", subj_mode="omit")
                    t2 = render(c2["tpl"], ctx, c2["vals"], subj_mode="pron")
                    sent = f"After {g1}, {t2}."
                elif form == 1 and s2_init and c["tpl"].startswith("{S} "):
                    t1 = render(c["tpl"], ctx, c["vals"])
                    t2 = render(c2["tpl"], ctx, c2["vals"], subj_mode="omit")
                    sent = f"{cap(t1)} and {rng.choice(['then ', '', 'later '])}{t2}."
                elif form in (0, 1, 2):
                    t1 = render(c["tpl"], ctx, c["vals"])
                    t2 = render(c2["tpl"], ctx, c2["vals"], subj_mode="pron")
                    sent = f"{cap(t1)}, then {t2}."
                elif form == 3:
                    t1 = render(c["tpl"], ctx, c["vals"])
                    t2 = render(c2["tpl"], ctx, c2["vals"], subj_mode="pron")
                    sent = f"{cap(t1)}; after that {t2}."
                elif form == 4:
                    t1 = render(c["tpl"], ctx, c["vals"])
                    t2 = render(c2["tpl"], ctx, c2["vals"], subj_mode="pron")
                    sent = f"First {t1}, and then {t2}."
                else:
                    pre = time_prefix()
                    t1 = render(c["tpl"], ctx, c["vals"])
                    t2 = render(c2["tpl"], ctx, c2["vals"], subj_mode="pron")
                    sent = (f"{pre}, {t1}, and {t2}." if pre else f"{cap(t1)}, and {t2}.")
                sentences.append(sent)
                j += 2
            else:
                pre = time_prefix()
                t1 = render(c["tpl"], ctx, c["vals"])
                sentences.append((f"{pre}, {t1}." if pre else f"{cap(t1)}."))
                j += 1
        # distractors
        d_numbers = []
        nd = rng.choice([0, 0, 1, 1, 1, 2])
        used_d = set()
        for _ in range(nd):
            if people or subj.kind == "i":
                pool = ["it <be:s> a hot day", "the driver <whistle:s> a tune",
                        "the air con <be:s> broken", "everyone <be:s> chatty"] if people else \
                       [t for t in DISTRACT if "{" not in t]
                tpl = rng.choice(pool)
                if tpl in used_d:
                    continue
                txt = render(tpl, ctx, {})
            elif rng.random() < 0.5:
                tpl = rng.choice(DISTRACT)
                if tpl in used_d:
                    continue
                txt = render(tpl, ctx, {}, subj_mode="pron")
            else:
                tpl, lo, hi = rng.choice(DISTRACT_N)
                if tpl in used_d:
                    continue
                d = rng.randint(lo, hi)
                dt = ntext(rng, d, 0.35)
                if dt == "a dozen":
                    dt = "12"
                txt = render(tpl, ctx, {"d": dt}, subj_mode="pron")
                d_numbers.append((d, dt))
            used_d.add(tpl)
            pos = rng.randint(0, len(sentences))
            low = " " + txt.lower() + " "
            if pos == 0 and any(w in low for w in (" she ", " he ", " they ", " it ", " her ",
                                                   " his ", " their ", " its ")):
                pos = 1
            sentences.insert(pos, cap(txt) + ".")
        # question
        any_take = any(c["op"] in "-/" for c in clauses)
        if divq is not None:
            q, qk, vals = divq
            qtxt = render(q, ctx, vals, tense="pres")
            qkind = ("each", qk, vals)
        elif people:
            qtxt = rng.choice(PQUESTIONS).replace("{I}", item).replace("{v}", vin)
            qkind = ("count", None, None)
        else:
            pool = [q for q, left in QUESTIONS if (any_take or not left)
                    and not (subj.kind == "i" and "{pl}" in q)]
            q = rng.choice(pool)
            qt = "pres" if rng.random() < 0.7 else tense
            qtxt = render(q, ctx, {}, tense=qt, subj_mode="name" if subj.kind == "i" else "auto")
            if qt == "past":
                qtxt = qtxt.replace(" now?", " in the end?").replace(" now.", " in the end.")
                qtxt = qtxt.replace("Now, how", "In the end, how").replace(" now had.", " had in the end.")
            qkind = ("count", None, None)
        sentences.append(cap(qtxt))
        problem = " ".join(sentences)
        problem = re.sub(r"\s+", " ", problem).strip()
        return {
            "problem": problem, "ctx": ctx, "clauses": clauses, "init": init, "ops": ops,
            "product": product, "start_order": start_order, "numbers": numbers + d_numbers,
            "distractor_numbers": d_numbers, "qkind": qkind, "people": people, "vin": vin,
        }

    # ----- errors ---------------------------------------------------------
    def chain_from(self, init, ops, start_idx, a0):
        """Written values continuing correctly from a0 at step start_idx."""
        vals = []
        cur = a0
        for op, b in ops[start_idx:]:
            c = apply_op(cur, op, b)
            if c is None or c < 0 or c > 9999:
                return None
            vals.append((cur, op, b, c))
            cur = c
        return vals

    def make_steps(self, P, kind, pos):
        """Return list of written equations (a, op, b, c), stated final, and error info."""
        rng = self.rng
        init, ops = P["init"], P["ops"]
        true = []
        cur = init
        for op, b in ops:
            c = apply_op(cur, op, b)
            true.append((cur, op, b, c))
            cur = c
        t_final = cur
        n = len(ops)
        if kind in ("none", "answer"):
            eqs = list(true)
            stated = t_final
            if kind == "answer":
                cands = [t_final + 1, t_final - 1, t_final + 10, t_final - 10] + digit_swap(t_final)
                if n >= 2:
                    cands += [true[-2][3]] * 3
                if t_final >= 100:
                    cands += [t_final + 100, t_final - 100]
                cands = [x for x in cands if x >= 0 and x != t_final]
                if not cands:
                    return None
                stated = rng.choice(cands)
            return eqs, stated, (n if kind == "answer" else -1)
        # error inside equation at index p
        if pos == "first":
            p = 0
        elif pos == "last":
            p = n - 1
        else:
            if n < 3:
                return None
            p = rng.randint(1, n - 2)
        a_t, op_t, b_t, c_t = true[p]
        prefix = list(true[:p])
        cands = []  # (a, op, b, c)
        if kind == "arithmetic":
            cs = [c_t + 1, c_t - 1, c_t + 10, c_t - 10] + digit_swap(c_t) * 2 + digit_tweak(c_t)
            if op_t == "+":
                cs += [add_nocarry(a_t, b_t)] * 3
            elif op_t == "-":
                cs += [sub_noborrow(a_t, b_t)] * 3
            elif op_t == "*":
                cs += [c_t - a_t, c_t + a_t, c_t - b_t]
            if c_t >= 100:
                cs += [c_t + 100, c_t - 100]
            for c in cs:
                if c >= 0 and c != c_t:
                    cands.append((a_t, op_t, b_t, c))
        elif kind == "operand":
            # wrong a
            a_alts = []
            if p == 0:
                a_alts += digit_swap(a_t) * 2 + [a_t + 10, a_t - 10, a_t + 1, a_t - 1]
                a_alts += [v for v, _ in P["distractor_numbers"]]
            else:
                a_alts += digit_swap(a_t) * 2 + [a_t + 10, a_t - 10]
                if p >= 1:
                    a_alts += [true[p - 1][0]] * 3  # skipped the previous change
                if p >= 2:
                    a_alts += [P["init"] if not P["product"] else true[0][3]]
            # wrong b
            b_alts = digit_swap(b_t) * 2
            other = [v for v, _ in P["numbers"] if v != b_t]
            b_alts += other * 2
            if b_t in (2, 3, 4):
                b_alts += [x for x in (2, 3, 4) if x != b_t]
            elif b_t > 10:
                b_alts += [b_t + 1, b_t - 1, b_t + 10, b_t - 10]
            else:
                b_alts += [b_t + 1, b_t - 1]
            for a in a_alts:
                if a != a_t and 0 <= a <= 9999:
                    c = apply_op(a, op_t, b_t)
                    if c is not None and c >= 0 and c != c_t:
                        cands.append((a, op_t, b_t, c))
            if op_t in "*/":
                b_alts = [x for x in b_alts if 2 <= x <= max(12, b_t + 10)]
            for b in b_alts:
                if b != b_t and b > 0:
                    c = apply_op(a_t, op_t, b)
                    if c is not None and c >= 0 and c != c_t:
                        cands.append((a_t, op_t, b, c))
        elif kind == "operation":
            alt = {"+": ["-", "-", "*"], "-": ["+", "+", "+"], "*": ["+", "+", "/"],
                   "/": ["*", "-", "-"]}[op_t]
            for op in alt:
                c = apply_op(a_t, op, b_t)
                if c is not None and c >= 0 and c != c_t:
                    cands.append((a_t, op, b_t, c))
        rng.shuffle(cands)
        for cand in cands:
            if cand[3] > 9999:
                continue
            if cand[3] < 2:
                continue
            rest = self.chain_from(init, ops, p + 1, cand[3])
            if rest is None or any(x[3] < 2 for x in rest):
                continue
            eqs = prefix + [cand] + rest
            return eqs, eqs[-1][3], p
        return None

    # ----- step text --------------------------------------------------------
    def write_steps(self, P, eqs, stated, label):
        rng = self.rng
        ctx = P["ctx"]
        subj = ctx.subj
        item = ctx.item
        opset = rng.choice(OPSETS)
        spacing = rng.choices(["std", "tight", "eqtight"], [80, 10, 10])[0]
        mode = rng.choice(["bare", "unit", "conn", "pre", "post", "sent", "teach", "mixed",
                           "mixed", "mixed"])
        end_dot = rng.random() < 0.5
        steps = []
        n = len(eqs)
        pr = subj.pr if subj.kind != "v" else "there"
        has = conj("have", subj.plural, "pres")

        def fmt(a, op, b, c):
            sym = opset[op] if rng.random() > 0.08 else rng.choice(OPSETS)[op]
            if spacing == "tight":
                return f"{a}{sym}{b}={c}"
            if spacing == "eqtight":
                return f"{a} {sym} {b}={c}"
            return f"{a} {sym} {b} = {c}"

        def unit_word(i):
            u = item
            if rng.random() < 0.3:
                u += rng.choice([" left", " now", " in all", " altogether", ""])
            return u

        for i, (a, op, b, c) in enumerate(eqs):
            eq = fmt(a, op, b, c)
            is_prod = P["product"] and i == 0
            cl = None
            if not is_prod:
                cl = P["clauses"][i - (1 if P["product"] else 0)]
            m = mode if mode != "mixed" else rng.choice(["bare", "unit", "conn", "pre", "post",
                                                         "sent", "teach"])
            if rng.random() < 0.15:
                m = rng.choice(["bare", "unit", "conn", "post", "sent"])
            err_here = (i == label)
            if err_here and m in ("pre", "teach"):
                m = rng.choice(["bare", "unit", "conn", "post", "sent"])
            # true operand for reasons
            tb = P["ops"][i][1]

            def reason():
                if is_prod:
                    r = rng.choice(SHORT_R["P"])
                    return r.replace("{a}", str(P["init"])).replace("{b}", str(tb)).replace("{I}", item), False
                key = (cl["op"], cl["b"])
                if rng.random() < 0.5:
                    vals = dict(cl["vals"])
                    for k in ("k",):
                        if k in vals:
                            vals[k] = str(cl["b"])
                    saved = ctx.mentioned
                    ctx.mentioned = True
                    t = render(cl["tpl"], ctx, vals, tense=rng.choice(["pres", "past"]),
                               subj_mode="pron")
                    ctx.mentioned = saved
                    return t, True
                pool = list(SHORT_R[cl["op"]])
                if key in SHORT_R_WORD:
                    pool += SHORT_R_WORD[key] * 2
                r = rng.choice(pool)
                return r.replace("{b}", str(tb)).replace("{I}", item), False

            if m == "bare":
                s = eq + ("." if end_dot and rng.random() < 0.5 else "")
            elif m == "unit":
                s = f"{eq} {unit_word(i)}" + ("." if end_dot else "")
            elif m == "conn":
                conn = rng.choice(FIRST_CONN if i == 0 else LATER_CONN)
                if i == n - 1 and rng.random() < 0.4 and n > 1:
                    conn = rng.choice(["Finally,", "Last of all,", "Lastly", "At the end,"])
                tail = f" {item}" if rng.random() < 0.4 else ""
                s = f"{conn} {eq}{tail}."
            elif m == "pre":
                r, _ = reason()
                form = rng.randint(0, 3)
                if form == 0:
                    s = f"{cap(r)}: {eq}"
                elif form == 1:
                    s = f"{cap(r)}, so {eq}."
                elif form == 2:
                    s = f"{cap(r)} → {eq}"
                else:
                    s = f"{cap(r)}, which gives {eq} {item}."
            elif m == "post":
                r, is_clause = reason()
                form = rng.randint(0, 3)
                if form == 0:
                    s = f"{eq} ({r})"
                elif form == 1 and is_clause:
                    s = f"{eq}, because {r}."
                elif form == 2 or not is_clause:
                    s = f"{eq} — {r}" if rng.random() < 0.5 else f"{eq} {item}; {r}"
                else:
                    s = f"{eq} {item}, since {r}."
            elif m == "sent":
                pool = SENT_OPEN if subj.kind != "v" else [s_ for s_ in SENT_OPEN if "{pr}" not in s_]
                op_ = rng.choice(pool).replace("{pr}", pr).replace("{has}", has)
                if i == 0 and op_.startswith(("Then", "After")):
                    op_ = "To start with there are"
                s = f"{cap(op_)} {eq} {item}."
            else:  # teach
                key = "P" if is_prod else op
                tch = rng.choice(TEACH[key])
                if not is_prod and (op, b) == ("*", 2) and rng.random() < 0.5:
                    tch = "Double it:"
                if not is_prod and (op, b) == ("/", 2) and rng.random() < 0.5:
                    tch = "Halve it:"
                s = f"{tch.replace('{b}', str(tb))} {eq}"
            steps.append(s)
        # final answer
        qk = P["qkind"]
        N = stated
        if qk[0] == "each":
            _, kind2, vals = qk
            r1 = vals.get("r1", "group")
            c1 = vals.get("c", "group")
            who = {"each": r1, "group": "group", "cont": c1, "row": "row", "team": "team",
                   "line": "line"}[kind2]
            forms = [f"Each {who} gets {N}.", f"{N} each", f"{N} {item} per {who}",
                     f"Answer: {N} each", f"#### {N}", f"{N}", f"So each {who} has {N}.",
                     f"The answer is {N}.", f"There are {N} in each {who}."]
            if kind2 not in ("each",):
                forms[0] = f"{N} in each {who}."
        else:
            left = any(c["op"] in "-/" for c in P["clauses"])
            hv = conj("have", subj.plural, "pres")
            end = conj("end", subj.plural, "pres")
            forms = [f"Answer: {N} {item}", f"Answer: {N}", f"#### {N}", f"{N}",
                     f"The answer is {N}.", f"Final answer: {N}", f"Ans: {N} {item}",
                     f"So the answer is {N} {item}.", f"Therefore {N} {item}.",
                     f"There are {N} {item} now.", f"{N} {item}."]
            if subj.kind != "v":
                forms += [f"So {subj.pr} {hv} {N} {item} now.", f"{cap(subj.pr)} {end} up with {N} {item}.",
                          f"{cap(subj.name)} {hv} {N} {item} at the end."]
            else:
                forms += [f"So there are {N} {item} {P['vin']}."]
            if left:
                forms += [f"So {N} {item} are left.", f"That leaves {N}.", f"{N} {item} left.",
                          f"Answer: {N} {item} left"]
        steps.append(rng.choice(forms))
        return steps

    def one(self, kind, pos, idx):
        rng = self.rng
        for _ in range(400):
            product = rng.random() < 0.35
            r = rng.random()
            n_changes = 1 if r < 0.14 else 2 if r < 0.38 else 3 if r < 0.64 else 4 if r < 0.85 else 5
            n_eq = n_changes + (1 if product else 0)
            if pos == "middle" and n_eq < 3:
                continue
            P = self.build_problem(n_changes, product)
            if P is None:
                continue
            if len(P["problem"].split()) > 90:
                continue
            res = self.make_steps(P, kind, pos)
            if res is None:
                continue
            eqs, stated, label = res
            if product and eqs[0][1] in "*+":
                swap = rng.random() < (0.75 if P["start_order"] == "ba" else 0.08)
                if swap:
                    a0, o0, b0, c0 = eqs[0]
                    eqs = [(b0, o0, a0, c0)] + eqs[1:]
            steps = self.write_steps(P, eqs, stated, label)
            true_final = P["init"]
            for op, b in P["ops"]:
                true_final = apply_op(true_final, op, b)
            rec = {
                "id": f"gen-l-{self.seed}-{idx:05d}",
                "problem": P["problem"],
                "steps": steps,
                "label": label,
                "final_answer_correct": stated == true_final,
                "error_kind": kind,
            }
            meta = {"init": P["init"], "ops": P["ops"], "product": P["product"],
                    "numbers": P["numbers"], "eqs": eqs, "stated": stated, "pos": pos,
                    "n_templates": None}
            return rec, meta
        raise RuntimeError("could not build a record")


def _plan(rng, count):
    n_ok = round(count * 0.45)
    rest = count - n_ok
    kinds = ["none"] * n_ok
    errk = ["arithmetic", "operand", "operation", "answer"]
    for i in range(rest):
        kinds.append(errk[i % 4])
    rng.shuffle(kinds)
    plan = []
    posc = 0
    for k in kinds:
        if k in ("none", "answer"):
            plan.append((k, "final" if k == "answer" else None))
        else:
            plan.append((k, ["first", "middle", "last"][rng.randrange(3)]))
            posc += 1
    return plan


def generate_with_meta(seed, count):
    g = Gen(seed)
    plan = _plan(g.rng, count)
    out = []
    for i, (k, pos) in enumerate(plan):
        out.append(g.one(k, pos, i))
    return out


def generate(seed: int, count: int) -> list:
    return [r for r, _ in generate_with_meta(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
