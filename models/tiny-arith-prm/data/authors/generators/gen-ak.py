#!/usr/bin/env python3
"""Tiny-arith PRM data generator (author "ak").

Register: problems typed by users in many ways (textbook wording, pasted homework,
quick lower-case questions, chatty parents) and solutions written the way modern chat
assistants answer (markdown headings, LaTeX, bold, bullet lists of facts, recaps,
boxed / "####" / "**Answer:**" endings).

Every non-final step holds exactly one equation `a op b = c`; the final step holds the
answer and no equation.  Standard library only; deterministic for a seed.
"""
import json
import os
import random
import re

# ----------------------------------------------------------------------------
# number words
# ----------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
FOLD = {2: "twofold", 3: "threefold", 4: "fourfold", 5: "fivefold", 6: "sixfold",
        7: "sevenfold", 8: "eightfold", 9: "ninefold", 10: "tenfold"}


def num_words(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("-" + ONES[o] if o else "")


# ----------------------------------------------------------------------------
# verbs
# ----------------------------------------------------------------------------
IRREG = {
    "have": ("has", "had", "had", "having"), "do": ("does", "did", "done", "doing"),
    "go": ("goes", "went", "gone", "going"), "buy": ("buys", "bought", "bought", "buying"),
    "find": ("finds", "found", "found", "finding"), "get": ("gets", "got", "gotten", "getting"),
    "give": ("gives", "gave", "given", "giving"), "win": ("wins", "won", "won", "winning"),
    "bring": ("brings", "brought", "brought", "bringing"), "make": ("makes", "made", "made", "making"),
    "take": ("takes", "took", "taken", "taking"), "come": ("comes", "came", "come", "coming"),
    "throw": ("throws", "threw", "thrown", "throwing"), "lose": ("loses", "lost", "lost", "losing"),
    "sell": ("sells", "sold", "sold", "selling"), "eat": ("eats", "ate", "eaten", "eating"),
    "break": ("breaks", "broke", "broken", "breaking"), "leave": ("leaves", "left", "left", "leaving"),
    "send": ("sends", "sent", "sent", "sending"), "lend": ("lends", "lent", "lent", "lending"),
    "hold": ("holds", "held", "held", "holding"), "keep": ("keeps", "kept", "kept", "keeping"),
    "split": ("splits", "split", "split", "splitting"), "cut": ("cuts", "cut", "cut", "cutting"),
    "put": ("puts", "put", "put", "putting"), "set": ("sets", "set", "set", "setting"),
    "let": ("lets", "let", "let", "letting"), "shrink": ("shrinks", "shrank", "shrunk", "shrinking"),
    "grow": ("grows", "grew", "grown", "growing"), "become": ("becomes", "became", "become", "becoming"),
    "begin": ("begins", "began", "begun", "beginning"), "deal": ("deals", "dealt", "dealt", "dealing"),
    "blow": ("blows", "blew", "blown", "blowing"), "dig": ("digs", "dug", "dug", "digging"),
    "shoot": ("shoots", "shot", "shot", "shooting"), "swell": ("swells", "swelled", "swollen", "swelling"),
    "hang": ("hangs", "hung", "hung", "hanging"), "sweep": ("sweeps", "swept", "swept", "sweeping"),
    "catch": ("catches", "caught", "caught", "catching"), "stick": ("sticks", "stuck", "stuck", "sticking"),
    "mislay": ("mislays", "mislaid", "mislaid", "mislaying"), "pay": ("pays", "paid", "paid", "paying"),
    "feed": ("feeds", "fed", "fed", "feeding"), "spend": ("spends", "spent", "spent", "spending"),
    "run": ("runs", "ran", "run", "running"), "fall": ("falls", "fell", "fallen", "falling"),
    "see": ("sees", "saw", "seen", "seeing"), "draw": ("draws", "drew", "drawn", "drawing"),
    "tear": ("tears", "tore", "torn", "tearing"), "ride": ("rides", "rode", "ridden", "riding"),
    "stand": ("stands", "stood", "stood", "standing"), "wind": ("winds", "wound", "wound", "winding"),
    "build": ("builds", "built", "built", "building"), "show": ("shows", "showed", "shown", "showing"),
}
DOUBLING = {"drop", "grab", "snag", "nab", "bag", "chip", "ship", "swap", "step", "hop",
            "stop", "plan", "pop", "trim", "scrap", "tip", "wrap", "flip", "slip", "shop",
            "chop", "drag", "tag", "scrub", "rub", "spot", "knit", "tap", "dip", "skip",
            "tug", "net", "pat", "rob", "whip"}


def verb_forms(base):
    if base in IRREG:
        return IRREG[base]
    vowels = "aeiou"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        s3 = base + "es"
    elif base.endswith("y") and base[-2] not in vowels:
        s3 = base[:-1] + "ies"
    else:
        s3 = base + "s"
    if base in DOUBLING:
        past = base + base[-1] + "ed"
        ger = base + base[-1] + "ing"
    elif base.endswith("e"):
        past = base + "d"
        ger = base[:-1] + "ing" if not base.endswith("ee") else base + "ing"
    elif base.endswith("y") and base[-2] not in vowels:
        past = base[:-1] + "ied"
        ger = base + "ing"
    else:
        past = base + "ed"
        ger = base + "ing"
    return (s3, past, past, ger)


def conj(base, form, plural):
    if base == "be":
        return {"pres": "are" if plural else "is", "past": "were" if plural else "was",
                "perf": "have been" if plural else "has been", "pp": "been",
                "ger": "being"}[form]
    s3, past, pp, ger = verb_forms(base)
    if form == "pres":
        return base if plural else s3
    if form == "past":
        return past
    if form == "ger":
        return ger
    if form == "pp":
        return pp
    return ("have " if plural else "has ") + pp


MARK = re.compile(r"<([a-z]+)(\*?)(?::([3pr]))?>")
CUE = re.compile(r"\[([^\]]+)\]")
SLOT = re.compile(r"\{(\w+)\}")

# ----------------------------------------------------------------------------
# people, places, items
# ----------------------------------------------------------------------------
FEMALE = """Amara Beatriz Chiara Dalia Farah Greta Hana Ifeoma Jolene Kalani Leonie Marisol
Nkechi Odette Paloma Rania Saoirse Tamar Ulrike Valentina Ximena Yara Zuzana Adaeze Bronwyn
Catalina Delphine Esme Fiona Gulnara Hyacinth Ines Jasmin Kirra Lucinda Mireille Noor Oksana
Petra Rosalind Sunita Thandiwe Ulla Vesna Winnie Yasmin Zahra Anouk Birgit Carmela Dagny Eleni
Flor Genevieve Hedda Ivana Juniper Kemi Lorna Mehwish Nadira Orla Pilar Reyna Siobhan Tove
Ursula Violeta Wilhelmina Xiu Yolanda Zofia Aiyana Beryl Constance Dorothea Elodie Fatou Gwen
Hira Itzel Jacinta Keziah Liesel Mahalia Nerys Ottilie Priyanka Rukmini Sakura Tallulah Una
Verity Wairimu Yuki Zinnia Adwoa Bettina Clementine Dilnoza Maribel Soledad Henrietta""".split()
MALE = """Abdullahi Bartholomew Cormac Dmitri Emeka Florin Gustavo Hamish Ikenna Jorge Kwabena
Lars Mateus Nikhil Osvaldo Pavel Rashid Soren Tobias Umar Vikram Wendell Xavier Yannick Zoltan
Anselm Benedikt Cyrus Dario Eamon Fergus Gideon Hakeem Ignatius Jarrah Kenji Leopold Malik
Nnamdi Oisin Percival Rafferty Santiago Teodor Ulysses Valentin Wiremu Yusuf Zeke Alistair
Bongani Caspian Desmond Eli Faisal Gareth Horatio Idris Joaquin Kofi Lucian Mustafa Nils Otto
Pedro Quincy Ravi Stellan Tariq Uriel Vasco Wolfgang Yaw Ambrose Bruno Cosmo Dashiell Elio
Fintan Gaspard Hassan Isandro Jasper Kaito Lorcan Matthias Nuno Oleksandr Piotr Rohan Seamus
Thiago Udo Vihaan Wes Yehuda Zain Arvid Bashir Cedric Diarmuid Enzo Folarin Graham Ilya Jovan
Kwame Leif Mortimer Barnaby""".split()
NEUTRAL = """Alex Sam Robin Jordan Kai Rowan Sasha Quinn River Emery Sky Remy Noa Jules Ari
Blair Eden Marlowe Tatum Finley Lennox Oakley Sage Reese Shay Ash Hollis Zephyr Indigo Lake""".split()

# groups: (name, pronoun key, allowed item cats)
GROUPS = [
    ("Ms. Adeyemi's class", "they", "tkcpm"), ("the Okonkwo family", "they", "tfkcpa"),
    ("the chess club", "they", "tkc"), ("the scout troop", "they", "tfkcp"),
    ("the school choir", "they", "tkc"), ("Mr. Lindqvist's art class", "they", "tkc"),
    ("the robotics team", "they", "tkcm"), ("the debate team", "they", "tkcm"),
    ("the garden club", "they", "pf"), ("the Nakamura household", "they", "tfkca"),
    ("the youth orchestra", "they", "tkc"), ("the drama club", "they", "tkc"),
    ("the hiking group", "they", "tkc"), ("Coach Barros's team", "they", "tkc"),
]
SHOPS = [
    ("the bakery", "k"), ("the corner shop", "tkc"), ("the little toy store", "t"),
    ("the farm stand", "fp"), ("Greenleaf Nursery", "p"), ("Hilltop Farm", "afp"),
    ("the school library", "t"), ("the stationery store", "t"), ("the animal shelter", "a"),
    ("the flower shop", "p"), ("the neighborhood cafe", "kc"), ("the hardware store", "t"),
    ("the museum gift shop", "t"), ("the pet store", "a"), ("the grocery store", "fkc"),
    ("Willow Creek Farm", "afp"), ("the thrift store", "t"), ("the candy shop", "c"),
    ("the craft fair booth", "tk"), ("the arcade", "m"), ("the village market", "fkcp"),
]
# vehicles (on) and venues (in) for the "people" category
VEHICLES = [("the bus", ["passengers", "riders", "people", "commuters"]),
            ("the morning train", ["passengers", "travelers", "people"]),
            ("the ferry", ["passengers", "tourists", "travelers"]),
            ("the tram", ["passengers", "riders", "commuters"]),
            ("the airport shuttle", ["passengers", "travelers"]),
            ("the school bus", ["students", "kids", "riders"]),
            ("the sightseeing boat", ["tourists", "visitors", "passengers"])]
VENUES = [("the museum", ["visitors", "people", "tourists"]),
          ("the waiting room", ["patients", "people"]),
          ("the swimming pool", ["swimmers", "kids", "people"]),
          ("the school gym", ["students", "kids", "players"]),
          ("the concert hall", ["fans", "guests", "people"]),
          ("the cafeteria", ["students", "diners", "people"]),
          ("the community center", ["volunteers", "guests", "people"]),
          ("the library reading room", ["readers", "students", "visitors"])]

ITEMS = {
    "t": """pencils erasers marbles stickers stamps seashells acorns buttons beads crayons markers
postcards trading-cards comic-books novels notebooks paper-cranes balloons feathers pebbles
crystals fossils bottle-caps keychains magnets badges enamel-pins patches ribbons hair-clips
socks mittens scarves hats jerseys toy-cars action-figures dolls teddy-bears jigsaw-puzzles
board-games chess-pieces dominoes building-blocks kites yo-yos spinning-tops video-games
vinyl-records cassette-tapes photos envelopes greeting-cards invitations flyers posters
paper-clips thumbtacks rubber-bands sticky-notes folders binders rulers paintbrushes candles
bars-of-soap towels plates bowls mugs spoons napkins bricks tiles planks nails screws bolts
light-bulbs batteries phone-cases library-books magazines maps flashcards test-tubes gloves
bandages glass-jars tennis-balls golf-balls baseball-cards guitar-picks drumsticks sketchbooks
fountain-pens gel-pens highlighters push-pins pom-poms sequins googly-eyes pipe-cleaners
craft-sticks clothespins coat-hangers umbrellas lanterns picture-frames throw-pillows blankets
flags bookmarks origami-stars foam-darts toy-soldiers bouncy-balls rubber-ducks snow-globes
thimbles spools-of-thread balls-of-yarn tea-lights party-hats paper-lanterns jingle-bells
ornaments wind-chimes seed-packets bird-feeders jump-ropes hula-hoops frisbees helmets
water-bottles lunchboxes pencil-cases calculators headphones charging-cables""".split(),
    "m": """coins arcade-tokens prize-tickets gold-stars raffle-tickets coupons""".split(),
    "f": """apples oranges lemons limes peaches plums pears mangoes kiwis apricots strawberries
tomatoes potatoes carrots onions watermelons pumpkins cucumbers bell-peppers ears-of-corn
heads-of-lettuce cabbages bananas coconuts avocados figs clementines radishes beets turnips
zucchinis""".split(),
    "k": """cupcakes cookies muffins bagels donuts pretzels loaves-of-bread bread-rolls pies tarts
scones croissants cinnamon-rolls brownies macarons biscuits dinner-rolls pancakes waffles
dumplings samosas empanadas spring-rolls""".split(),
    "c": """granola-bars candy-bars lollipops gumballs jelly-beans chocolates truffles rice-cakes
fortune-cookies crackers cheese-sticks juice-boxes cans-of-soup jars-of-honey bottles-of-juice
cartons-of-milk eggs walnuts almonds chestnuts""".split(),
    "p": """tulip-bulbs roses daisies tulips lilies sunflowers ferns cacti succulents saplings
seedlings orchids marigolds basil-plants tomato-plants bonsai-trees daffodils pansies geraniums
violets lavender-plants""".split(),
    "a": """chickens ducks goats sheep cows rabbits hamsters goldfish guppies geese turkeys pigs
horses ponies alpacas llamas piglets ducklings chicks kittens puppies lambs quail pigeons
hens""".split(),
}
SING_OVERRIDE = {"cookies": "cookie", "brownies": "brownie", "pies": "pie", "sheep": "sheep",
                 "goldfish": "goldfish", "quail": "quail", "geese": "goose", "cacti": "cactus",
                 "scarves": "scarf", "shelves": "shelf", "loaves": "loaf", "yo-yos": "yo-yo",
                 "tomatoes": "tomato", "potatoes": "potato", "mangoes": "mango",
                 "dominoes": "domino", "people": "person", "lunchboxes": "lunchbox",
                 "pouches": "pouch", "boxes": "box", "benches": "bench", "dumplings": "dumpling",
                 "zucchinis": "zucchini", "hutches": "hutch", "peaches": "peach",
                 "paintbrushes": "paintbrush", "sandwiches": "sandwich", "glasses": "glass",
                 "shoeboxes": "shoebox", "coaches": "coach", "platters": "platter",
                 "children": "child", "classes": "class", "nieces": "niece", "cases": "case",
                 "pencil-cases": "pencil case"}


def singular(plural):
    if " of " in plural:
        head, rest = plural.split(" of ", 1)
        return singular(head) + " of " + rest
    words = plural.split(" ")
    w = words[-1]
    if w in SING_OVERRIDE:
        s = SING_OVERRIDE[w]
    elif w.endswith("ies"):
        s = w[:-3] + "y"
    elif w.endswith(("ches", "shes", "xes", "sses")):
        s = w[:-2]
    elif w.endswith("oes"):
        s = w[:-2]
    elif w.endswith("s"):
        s = w[:-1]
    else:
        s = w
    return " ".join(words[:-1] + [s])


CONTAINERS = {
    "t": "boxes bags packs crates jars bins drawers folders cartons tins trays baskets sacks pouches shoeboxes buckets cases",
    "m": "jars envelopes bags pouches tins boxes",
    "f": "crates baskets bags boxes sacks buckets trays cartons bins",
    "k": "boxes trays tins bags baskets platters cartons packs",
    "c": "boxes bags jars packs tins cartons tubs pouches",
    "p": "pots planters trays boxes crates",
    "a": "pens coops cages stalls barns paddocks enclosures hutches",
}
BOXES = {
    "t": ["desk drawer", "backpack", "shoebox", "toy chest", "closet", "old tin", "storage bin"],
    "m": ["piggy bank", "wallet", "jam jar", "coin purse"],
    "f": ["pantry", "fridge", "fruit bowl", "kitchen"],
    "k": ["pantry", "kitchen", "bread box", "cupboard"],
    "c": ["pantry", "cupboard", "snack drawer", "lunchbox"],
    "p": ["garden", "greenhouse", "backyard", "window box"],
    "a": ["barn", "backyard", "yard", "farm"],
}
STASH = {"t": ["collection", "pile", "stash", "supply", "hoard", "set"],
         "m": ["stash", "pile", "hoard"],
         "f": ["supply", "pile", "stock", "stash"], "k": ["batch", "supply", "stock", "stash"],
         "c": ["stash", "supply", "stock", "pile"], "p": ["collection", "supply", "stock"],
         "a": [], "h": []}
RELS = ["sister", "brother", "cousin", "aunt", "uncle", "grandma", "grandpa", "neighbor",
        "best friend", "classmate", "teacher", "coach", "roommate", "mom", "dad", "stepbrother",
        "godmother", "little sister", "older brother", "pen pal", "nephew", "niece"]
GIVERS_P = ["{pos} {rel}", "{pos} {rel}", "{pos} {rel}", "a neighbor", "a kind stranger",
            "a friend from school", "the teacher", "a classmate", "{pos} grandmother",
            "an old family friend"]
GIVERS_S = ["a supplier", "a regular customer", "a local farmer", "the owner's cousin",
            "a wholesaler", "a nearby school", "a donor", "a delivery driver", "the manager"]
RECIPS_P = [("friends", "friend"), ("cousins", "cousin"), ("classmates", "classmate"),
            ("teammates", "teammate"), ("neighbors", "neighbor"), ("kids", "kid"),
            ("grandchildren", "grandchild"), ("campers", "camper"), ("players", "player"),
            ("guests", "guest"), ("nephews", "nephew"), ("coworkers", "coworker")]
RECIPS_S = [("customers", "customer"), ("schools", "school"), ("classrooms", "classroom"),
            ("families", "family"), ("shelters", "shelter"), ("tables", "table")]

DISTRACT = [
    "It was a rainy Sunday.", "{S} loves the color green.", "The weather was warm and sunny.",
    "Everyone agreed it had been a busy week.", "The kitchen smelled like cinnamon.",
    "Nobody could remember the last time it snowed.", "{S} likes to keep things neatly labeled.",
    "That morning the streets were unusually quiet.", "The shop next door was closed for repairs.",
    "{S} had been looking forward to this all month.", "A light breeze drifted through the window.",
    "It had rained the night before.", "The line at the counter was long.",
    "Everyone was in a good mood.", "The sun was just coming up.", "Outside, the wind picked up.",
    "The town fair is always crowded.", "Nobody was in a hurry that day.",
    "It was the last week of summer vacation.", "The radio was playing old jazz.",
    "It was colder than usual for April.", "The hallway still smelled of fresh paint.",
]
DISTRACT_P = [
    "{pos} cat watched the whole thing from the windowsill.", "{S} hums while working.",
    "{pos} favorite song was playing on the radio.", "{S} is saving up for a bicycle.",
    "{S} writes everything down in a little notebook.", "{pos} little brother wanted to help.",
    "{S} was wearing a bright yellow raincoat.", "{S} had just gotten back from the dentist.",
    "{pos} grandmother says patience is everything.", "{S} is always the first to volunteer.",
]
DISTRACT_N = ["It was a rainy Sunday.", "The weather was warm and sunny.",
              "Everyone agreed it had been a busy week.", "It had rained the night before.",
              "Nobody could remember the last time it snowed.", "Everyone was in a good mood."]
DISTRACT_V = ["The driver waved at everyone.", "Traffic was slow downtown.",
              "It was a gray, drizzly afternoon.", "The heater on board was not working.",
              "The windows were fogged up from the rain."]
DISTRACT_W = ["Music was playing in the background.", "The lights flickered for a moment.",
              "It was a gray, drizzly afternoon.", "Someone had left an umbrella by the door.",
              "The air conditioning hummed quietly."]

TIME_LEADS = ["Later,", "Then", "After that,", "The next day,", "On Monday,", "That afternoon,",
              "Later that week,", "Over the weekend,", "By evening,", "Afterward,",
              "In the morning,", "After lunch,", "Soon after,", "Before long,", "Eventually,",
              "A little later,", "The following morning,", "Next,", "Right after that,",
              "On Saturday,", "That evening,", "Shortly after,", "On Tuesday,", "Around noon,",
              "Later in the month,"]

# ----------------------------------------------------------------------------
# change templates
# ----------------------------------------------------------------------------
# subj letters: P person, G group, S shop/farm/place, V vehicle, W venue
# cats: t things, m money-like, f produce, k baked, c packaged, p plants, a animals, h people
TEMPLATES = []


def T(op, text, cats="tm", subj="PGS", fixed=None, each=False):
    TEMPLATES.append({"op": op, "text": text, "cats": cats, "subj": subj, "fixed": fixed,
                      "each": each, "sv": text.startswith("<"), "id": len(TEMPLATES)})


ALLF = "tmfkcpa"
# ---- add ----
T("+", "<buy> {n} {more}", "tmfkcpa")
T("+", "<pick> up {n} {more} at the market", "fkcp")
T("+", "<find> {n} {more}", "tm", "PG")
T("+", "<find> {n} {more} under the sofa", "tm", "PG")
T("+", "<receive> {n} {more} in the mail", "tmc")
T("+", "<be> given {n} {more}", "tmfkcpa", "PG")
T("+", "<collect> {n} {more}", "tmp")
T("+", "<win> {n} {more} at the fair", "tmkc", "PG")
T("+", "<earn> {n} {more} by doing chores", "tm", "P")
T("+", "<add> {n} {more} to {pos} {stash}", "tmfkcp")
T("+", "<bring> in {n} {more}", ALLF)
T("+", "<get> {n} {more} from a friend", "tmkc", "PG")
T("+", "<order> {n} {more} online", "tcp")
T("+", "<trade> for {n} {more}", "t", "PG")
T("+", "<gather> {n} {more}", "tp")
T("+", "<make> {n} {more}", "tk")
T("+", "<grab> another {n}", "tmkc")
T("+", "<score> {n} {more} in a raffle", "tkc", "PG")
T("+", "<inherit> {n} {more} from {pos} grandmother", "t", "P")
T("+", "<stock> up on {n} {more}", "tfkc")
T("+", "<scoop> up {n} {more} at a yard sale", "t", "PG")
T("+", "<come> home with {n} {more}", "tmfkcp", "PG")
T("+", "<end> up getting {n} {more}", "tmfkcp")
T("+", "<borrow> {n} {more} from a neighbor", "t", "PG")
T("+", "<pick> out {n} {more} at the store", "tfkcp", "PG")
T("+", "<snag> {n} {more} on sale", "tkc")
T("+", "<purchase> {n} {more}", ALLF)
T("+", "<rescue> {n} {more} from the lost-and-found", "t", "PG")
T("+", "<unpack> another {n}", "tkc")
T("+", "<toss> {n} {more} into {pos} basket", "tfc", "PG")
T("+", "<pocket> {n} {more}", "tm", "PG")
T("+", "<accept> {n} {more} as a gift", "tmkcp")
T("+", "<get> hold of {n} {more}", "tmkc")
T("+", "<be> handed {n} {more}", "tmkc", "PG")
T("+", "<tack> on {n} {more}", "tkc")
T("+", "<restock> with {n} {more}", "tfkcp", "S")
T("+", "<acquire> {n} {more}", "tpa")
T("+", "<nab> {n} {more}", "tmkc", "PG")
T("+", "<bake> {n} {more}", "k")
T("+", "<whip> up {n} {more}", "k")
T("+", "<harvest> {n} {more}", "f")
T("+", "<grow> {n} {more}", "fp")
T("+", "<plant> {n} {more}", "p")
T("+", "<adopt> {n} {more}", "a", "PGS")
T("+", "<take> in {n} {more}", "a", "PGS")
T("+", "<win> another {n} in a contest", "tmkc", "PG")
T("+", "<get> another {n} for {pos} birthday", "tmkc", "P")
T("+", "<pick> {n} {more} from the garden", "f")
T("+", "<save> {n} {more} from the recycling bin", "t")
T("+", "<bring> back {n} {more} from the trip", "tkc", "PG")
T("+", "<fish> out {n} {more} from the bottom of a drawer", "tm", "PG")
T("+", "<rake> in {n} {more}", "m")
T("+", "{giver} <give:3> {obj} {n} {more}", "tmfkcpa", "PGS")
T("+", "{giver} <hand:3> {obj} another {n}", "tmkc", "PG")
T("+", "{giver} <drop:3> off {n} {more}", "tfkcp", "PGS")
T("+", "{giver} <send:3> {obj} {n} {more}", "tmkc", "PGS")
T("+", "{giver} <donate:3> {n} {more}", "tfkc", "GS")
T("+", "{n} {more} <arrive:p> in a delivery", "tfkcp", "PGS")
T("+", "{n} {more} <turn:p> up under the couch", "tm", "PG")
T("+", "a shipment of {n} {more} <come:3> in", "tfkcp", "S")
T("+", "{giver} <lend:3> {obj} {n} {more}", "t", "PG")
T("+", "{n} {more} <be:p> born", "a")
T("+", "{n} {more} <wander:p> in from the neighbor's yard", "a", "PG")
T("+", "{n} {more} <bloom:p>", "p")
T("+", "the baker <turn:3> out {n} {more}", "k", "S")
T("+", "{pos} {rel} <pass:3> along {n} {more}", "tkc", "P")
# people
T("+", "{n} {more} <get:p> on", "h", "V")
T("+", "{n} {more} <board:p>", "h", "V")
T("+", "{n} {more} <climb:p> aboard", "h", "V")
T("+", "{n} {more} <hop:p> on", "h", "V")
T("+", "{n} {more} <arrive:p>", "h", "VW")
T("+", "{n} {more} <walk:p> in", "h", "W")
T("+", "{n} {more} <show:p> up", "h", "W")
T("+", "{n} {more} <come:p> in", "h", "W")
T("+", "{n} {more} <squeeze:p> in", "h", "VW")
T("+", "{n} {more} <pile:p> in", "h", "VW")
T("+", "a group of {n} {items} <join:3> them", "h", "VW")
T("+", "<pick> up {n} {more}", "h", "V")
T("+", "<let> in {n} {more}", "h", "W")
T("+", "<welcome> {n} {more}", "h", "W")
# ---- subtract ----
T("-", "<give> away {n} {of_items}", "tmfkcpa")
T("-", "<give> {n} {of_items} to {pos} {rel}", "tmfkcp", "P")
T("-", "<lose> {n} {of_items}", "tm")
T("-", "<sell> {n} {of_items}", ALLF)
T("-", "<eat> {n} {of_items}", "fkc", "PG")
T("-", "<use> {n} {of_items} for a project", "t", "PG")
T("-", "<drop> {n} {of_items} on the way home", "tfkc", "PG")
T("-", "<donate> {n} {of_items} to the school", "tkc")
T("-", "<break> {n} {of_items}", "t")
T("-", "<throw> out {n} {of_items}", "tfkc")
T("-", "<hand> out {n} {of_items}", "tmkc")
T("-", "<mail> {n} {of_items} to {pos} pen pal", "t", "P")
T("-", "<misplace> {n} {of_items}", "tm", "PG")
T("-", "<sell> off {n} {of_items} at the market", "fkcpa")
T("-", "<trade> away {n} {of_items}", "tm", "PG")
T("-", "<return> {n} {of_items} to the store", "t", "PG")
T("-", "<lend> {n} {of_items} to a neighbor", "t", "PG")
T("-", "<give> up {n} {of_items}", "tm")
T("-", "<part> with {n} {of_items}", "tpa")
T("-", "<get> rid of {n} {of_items}", "t")
T("-", "<toss> {n} {of_items} in the recycling", "t")
T("-", "<ship> {n} {of_items} to a customer", "tkc", "S")
T("-", "<pass> {n} {of_items} along to {pos} cousin", "t", "P")
T("-", "<donate> {n} {of_items} to charity", "tm")
T("-", "<gobble> up {n} {of_items}", "fkc", "PG")
T("-", "<snack> on {n} {of_items}", "fkc", "PG")
T("-", "<munch> on {n} {of_items}", "fkc", "PG")
T("-", "<sell> {n} {of_items} to a neighbor", "tfkcpa", "PG")
T("-", "<give> {n} {of_items} back to {pos} {rel}", "tm", "P")
T("-", "<hand> over {n} {of_items}", "tmkc")
T("-", "<discard> {n} {of_items}", "tf")
T("-", "<leave> {n} {of_items} behind on the bus", "t", "PG")
T("-", "<send> {n} {of_items} off to {pos} grandparents", "tkc", "P")
T("-", "<use> up {n} {of_items}", "tkc")
T("-", "<auction> off {n} {of_items}", "ta")
T("-", "<swap> away {n} {of_items}", "t", "PG")
T("-", "<contribute> {n} {of_items} to the bake sale", "k", "PG")
T("-", "<give> {n} {of_items} out as party favors", "tkc", "PG")
T("-", "<pack> {n} {of_items} into a gift box for a friend", "tkc", "PG")
T("-", "<serve> {n} {of_items}", "kc", "S")
T("-", "<cook> {n} {of_items} for dinner", "f", "PG")
T("-", "<plant> {n} {of_items} in the schoolyard", "p", "PG")
T("-", "<rehome> {n} {of_items}", "a")
T("-", "<spend> {n} {of_items}", "m")
T("-", "<cash> in {n} {of_items}", "m")
T("-", "<pay> {n} {of_items} for a snack", "m", "PG")
T("-", "{n} {of_items} <break:p>", "t")
T("-", "{n} {of_items} <go:p> missing", "tm")
T("-", "{n} {of_items} <roll:p> under the fridge", "t", "PG")
T("-", "{n} {of_items} <get:p> lost in the move", "tm", "PG")
T("-", "a customer <buy:3> {n} {of_items}", ALLF, "S")
T("-", "customers <buy:p> {n} {of_items}", ALLF, "S")
T("-", "{pos} {rel} <take:3> {n} {of_items}", "tmkc", "P")
T("-", "{pos} dog <chew:3> up {n} {of_items}", "t", "P")
T("-", "{n} {of_items} <spoil:p>", "f")
T("-", "the wind <blow:3> away {n} {of_items}", "t")
T("-", "{n} {of_items} <wilt:p>", "p")
T("-", "{n} {of_items} <escape:p>", "a")
T("-", "{n} {of_items} <wander:p> off", "a")
T("-", "{pos} {rel} <eat:3> {n} {of_items}", "fkc", "P")
T("-", "{n} {of_items} <get:p> eaten at the party", "kc", "PG")
T("-", "a school <order:3> {n} {of_items}", "t", "S")
# people
T("-", "{n} {of_items} <get:p> off", "h", "V")
T("-", "{n} {of_items} <step:p> off", "h", "V")
T("-", "{n} {of_items} <hop:p> off", "h", "V")
T("-", "{n} {of_items} <leave:p>", "h", "VW")
T("-", "{n} {of_items} <head:p> home", "h", "VW")
T("-", "{n} {of_items} <walk:p> out", "h", "W")
T("-", "{n} {of_items} <go:p> home early", "h", "W")
T("-", "{n} {of_items} <drift:p> out", "h", "W")
T("-", "<drop> off {n} {of_items}", "h", "V")
# ---- multiply ----
T("*", "<double*> {stash_np}", ALLF, "PGS", 2)
T("*", "<triple*> {stash_np}", ALLF, "PGS", 3)
T("*", "<quadruple*> {stash_np}", "tmfkcp", "PGS", 4)
T("*", "<manage> to [double] the number of {items}", ALLF, "PGS", 2)
T("*", "<end> up with {ntimes} as many {items}", ALLF)
T("*", "<end> up with [triple] the number of {items}", ALLF, "PGS", 3)
T("*", "<multiply> {stash_np} by {n}", ALLF)
T("*", "<grow> {stash_np} to {ntimes} its size", "tmfkcp")
T("*", "<trade> each of them for {n} new ones", "t", "PG")
T("*", "<increase> {stash_np} {nfold}", ALLF)
T("*", "<boost> {stash_np} to {ntimes} what it was", ALLF)
T("*", "<build> {stash_np} up to {ntimes} its old size", "tm")
T("*", "<expand> {stash_np} until it <be:3> {ntimes} as big", "tmfkcp")
T("*", "<swap> each {item} for {n} others", "t", "PG")
T("*", "<replace> every {item} with {n} new ones", "t")
T("*", "<manage> to [triple] {stash_np}", "tmfkcp", "PGS", 3)
T("*", "<see> {stash_np} [double]", ALLF, "PGS", 2)
T("*", "<watch> {stash_np} grow {nfold}", ALLF)
T("*", "the number of {items} <double*:3>", ALLF + "h", "PGSVW", 2)
T("*", "{stash_np} <triple*:3>", ALLF, "PGS", 3)
T("*", "{stash_np} <grow:3> to {ntimes} its size", ALLF)
T("*", "{stash_np} <become:3> {n} times larger", ALLF)
T("*", "{stash_np} <multiply:3> by {n}", ALLF)
T("*", "{stash_np} <balloon:3> to {ntimes} what it was", ALLF)
T("*", "{stash_np} <quadruple*:3>", "tmfkcp", "PGS", 4)
T("*", "a lucky break <double*:3> {stash_np}", ALLF, "PGS", 2)
T("*", "{giver} <double*:3> {stash_np}", "tmkc", "PGS", 2)
T("*", "{giver} <triple*:3> {stash_np}", "tmkc", "PGS", 3)
T("*", "each of {pos} {items} <get:3> swapped for {n} new ones", "t", "PG")
T("*", "thanks to a big sale, {stash_np} <end:3> up {ntimes} as large", "tkcf", "S")
T("*", "{stash_np} <jump:3> to {ntimes} its previous size", ALLF)
T("*", "{stash_np} <shoot:3> up {nfold}", ALLF)
T("*", "the crowd <double*:3>", "h", "VW", 2)
T("*", "the crowd <triple*:3>", "h", "VW", 3)
T("*", "the number of {items} <swell:3> to {ntimes} what it was", "h", "VW")
T("*", "the {item} count <double*:3>", "ah", "PGSVW", 2)
T("*", "the {item} count <go:3> up {nfold}", "ah", "PGSVW")
T("*", "the number of {items} <become:3> {n} times larger", "ah", "PGSVW")
T("*", "{stash_np} <double*:3> overnight", ALLF, "PGS", 2)
T("*", "<multiply> the number of {items} by {n}", ALLF)
T("*", "<make> {stash_np} {ntimes} as big", "tmfkcp")
T("*", "{stash_np} <end:3> up {ntimes} as big as before", ALLF)
T("*", "{giver} <help:3> {obj} [triple] {stash_np}", "tmkc", "PG", 3)
T("*", "the number of {items} <multiply:3> by {n}", ALLF + "h", "PGSVW")
# ---- divide ----
T("/", "<share> them equally among {n} friends and <keep> one share", ALLF, "PG")
T("/", "<split> them equally into {n} groups and <keep> one group", ALLF)
T("/", "<halve*> {stash_np}", ALLF, "PGS", 2)
T("/", "<give> away [half] of {pos} {items}", ALLF, "PGS", 2)
T("/", "<keep> only [a third] of {pos} {items}", ALLF, "PGS", 3)
T("/", "<divide> {pos} {items} evenly into {n} boxes and <keep> just one box", "tmkc")
T("/", "<sort> {pos} {items} into {n} equal piles and <hold> on to a single pile", "tm")
T("/", "<pack> them into {n} equal bags and <keep> one bag for {refl}", "tmkc")
T("/", "<cut> {stash_np} down to [half]", ALLF, "PGS", 2)
T("/", "<sell> [half] of them", ALLF, "PGS", 2)
T("/", "<deal> them out evenly into {n} hands and <keep> one hand", "t", "PG")
T("/", "<portion> them out into {n} equal portions and <save> one portion", "fkc")
T("/", "<lose> [half] of them", "tm", "PGS", 2)
T("/", "<donate> [half] of {pos} {items}", "tmfkc", "PGS", 2)
T("/", "<bundle> them into {n} equal bundles and <keep> one bundle", "tp")
T("/", "<split> {stash_np} in [half] and <keep> just one part", ALLF, "PGS", 2)
T("/", "<break> {stash_np} into {n} equal parts and <hang> on to one part", "tm")
T("/", "<divvy> them up evenly among {n} kids and <keep> one kid's share", "tmkc", "PG")
T("/", "<keep> only [half]", ALLF, "PGS", 2)
T("/", "<cut> {stash_np} by [half]", ALLF, "PGS", 2)
T("/", "<split> them into {n} even stacks and <keep> just one stack", "tmk")
T("/", "<distribute> them equally across {n} shelves and <keep> only one shelf's worth", "tkc", "S")
T("/", "<trade> every {n} of them for a single new one", "t", "PG")
T("/", "<give> away all but [a third] of them", ALLF, "PGS", 3)
T("/", "<hand> out all but [half] of {pos} {items}", ALLF, "PGS", 2)
T("/", "<split> the whole lot {n} ways and <keep> one share", ALLF)
T("/", "<share> them out {n} ways and <keep> one portion", ALLF, "PG")
T("/", "{stash_np} <get:3> cut in [half]", ALLF, "PGS", 2)
T("/", "{stash_np} <shrink:3> to [a third] of its size", ALLF, "PGS", 3)
T("/", "[half] of {pos} {items} <go:p> to {pos} {rel}", "tmfkcp", "P", 2)
T("/", "only [half] of the {items} <survive:p> the trip", "fkcpa", "PGS", 2)
T("/", "only [a third] of the {items} <make:p> it home", "fkcpa", "PGS", 3)
T("/", "{stash_np} <get:3> divided equally into {n} crates, and {s} <keep:r> one crate", "tfkc")
T("/", "a storm <ruin:3> [half] of them", "fp", "PGS", 2)
T("/", "{pos} {rel} <take:3> [half]", "tmfkc", "P", 2)
T("/", "{pos} {rel} <walk:3> off with [half] of them", "tmkc", "P", 2)
T("/", "customers <buy:p> up [half] of the {items}", ALLF, "S", 2)
T("/", "[half] of the {items} <sell:p> by noon", ALLF, "S", 2)
T("/", "[half] of the {items} <get:p> off", "h", "V", 2)
T("/", "[half] of the {items} <leave:p>", "h", "VW", 2)
T("/", "only [a third] of the {items} <stay:p>", "h", "VW", 3)
T("/", "[half] the {items} <head:p> out", "h", "VW", 2)
T("/", "the {items} <split:p> into {n} equal groups and only one group <stay:3>", "h", "VW")
T("/", "the {items} <divide:p> evenly into {n} teams, and only one team <stay:3> behind", "h", "VW")
# divisions whose question asks for one share
T("/", "<share> them equally among {n} {recips}", ALLF, "PGS", None, True)
T("/", "<divide> them evenly between {n} {recips}", ALLF, "PGS", None, True)
T("/", "<split> all of them evenly among {n} {recips}", ALLF, "PGS", None, True)
T("/", "<hand> them out equally to {n} {recips}", ALLF, "PGS", None, True)
T("/", "<give> them out in equal shares to {n} {recips}", ALLF, "PGS", None, True)
T("/", "<deal> them out fairly to {n} {recips}", "tmkc", "PGS", None, True)
T("/", "<want> to split them evenly among {n} {recips}", ALLF, "PGS", None, True)

# start templates: (text, subj, cats)
STARTS = [
    ("{S} <have> {n} {items}", "PGS", ALLF),
    ("{S} <start> out with {n} {items}", "PGS", ALLF),
    ("{S} <own> {n} {items}", "PG", "tmpa"),
    ("{S} <keep> {n} {items} in {pos} {box}", "PG", "tmfkc"),
    ("{S} <begin> the week with {n} {items}", "PGS", ALLF),
    ("{S} <count> {n} {items} in {pos} {box}", "PG", "tmkc"),
    ("{S} <have> {a_stash} of {n} {items}", "PGS", "tmfkcp"),
    ("{S} <have> {n} {items} to begin with", "PGS", ALLF),
    ("{S} <be> the proud owner of {n} {items}", "P", "tpa"),
    ("there <be:p> {n} {items} in {SN} {box}", "PG", "tfkc"),
    ("{SN} {box} <hold:3> {n} {items}", "PG", "tmkc"),
    ("{S} <have> {n} {items} in stock", "S", "tfkcpm"),
    ("{S} <open> the day with {n} {items} on the shelves", "S", "tkc"),
    ("{S} <raise> {n} {items}", "PGS", "a"),
    ("{S} <look> after {n} {items}", "PGS", "a"),
    ("{S} <grow> {n} {items} in {pos} garden", "PG", "p"),
    ("{S} <have> saved {n} {items}", "P", "m"),
    ("{S} <collect> {n} {items} over the summer", "PG", "tm"),
    ("{S} <bake> {n} {items} for the fair", "PGS", "k"),
    ("{S} <pick> {n} {items}", "PG", "f"),
    ("{S} <carry> {n} {items}", "V", "h"),
    ("{S} <set> off with {n} {items} on board", "V", "h"),
    ("there <be:p> {n} {items} {prep} {S}", "VW", "h"),
    ("{n} {items} <be:p> {prep} {S}", "VW", "h"),
    ("{S} <have> {n} {items} inside", "W", "h"),
]
PRODUCT_STARTS = [
    ("{S} <have> {a} {conts} with {b} {items} in each", "PGS", ALLF),
    ("{S} <buy> {a} {conts} of {items}, and each {cont} <hold:3> {b}", "PGS", "tmfkcp"),
    ("{S} <have> {a} {conts} of {b} {items} each", "PGS", "tmfkcp"),
    ("{S} <pack> {pos} {items} into {a} {conts}, {b} per {cont}", "PGS", "tmfkc"),
    ("{S} <get> {a} {conts} that each <hold:p> {b} {items}", "PGS", "tmfkcp"),
    ("{S} <set> out {a} rows of {b} {items}", "PGS", "tfkcp"),
    ("{S} <arrange> {pos} {items} in {a} rows of {b}", "PGS", "tfkcp"),
    ("{S} <stack> up {a} {conts}, each with {b} {items} inside", "PGS", "tmfkc"),
    ("{S} <fill> {a} {conts} with {b} {items} apiece", "PGS", "tmfkc"),
    ("{S} <order> {a} {conts} of {items} with {b} in every {cont}", "PGS", "tmfkcp"),
    ("{S} <keep> {pos} {items} in {a} {conts} of {b}", "PGS", "tmfkca"),
    ("{a} {conts} of {items} <arrive:p> for {SNAME}, with {b} in each", "PGS", "tmfkcp"),
    ("{S} <keep> {a} {conts} with {b} {items} in each", "PGS", "a"),
    ("{S} <have> {a} rows of seats with {b} {items} in each row", "VW", "h"),
    ("{a} groups of {b} {items} <be:p> {prep} {SNAME}", "VW", "h"),
]

QUESTIONS = [
    "How many {items} <do> {S} have now?", "How many {items} <do> {S} have left?",
    "How many {items} <do> {S} end up with?", "How many {items} <do> {S} have at the end?",
    "How many {items} did {S} end up with?", "How many {items} did {S} have in the end?",
    "How many {items} will {S} have after all this?",
    "What is the total number of {items} {S} <have> now?", "How many {items} are left?",
    "How many {items} remain?", "How many {items} are there now?",
    "Find the number of {items} {S} <have> at the end.",
    "Work out how many {items} {S} <have> now.", "What's the final count of {items}?",
    "How many <do> {s} have now?", "Can you figure out how many {items} {S} <have> now?",
    "Determine how many {items} {S} <have> after these changes.",
    "Calculate the number of {items} {S} <have> left.",
    "What number of {items} <do> {S} finish with?", "In the end, how many {items} <do> {S} have?",
    "How many {items} <do> {S} have by the end of the day?",
    "After all of that, how many {items} are left?", "How many {items} does that leave?",
    "So how many {items} <do> {s} have now?", "How many {items} <be:r> {s} left with?",
    "What is {pos} final total of {items}?", "How many {items} <do> {S} still have?",
    "how many {items} now?", "How many {items} did {S} finish with?",
]
QUESTIONS_H = [
    "How many {items} are {prep} {S} now?", "How many {items} are still {prep} {S}?",
    "How many {items} are left {prep} {S}?", "How many {items} were {prep} {S} after that?",
    "What is the number of {items} {prep} {S} at the end?", "How many {items} remain {prep} {S}?",
    "How many {items} are {prep} {S} at this point?", "how many {items} are {prep} {S} now?",
    "Find how many {items} are {prep} {S} in the end.",
]
QUESTIONS_EACH = [
    "How many {items} <do> each {recip} get?", "How many {items} will each {recip} receive?",
    "How many <do> each {recip} end up with?", "How many {items} go to each {recip}?",
    "What is each {recip}'s share?", "how many does each {recip} get?",
    "How many {items} did each {recip} get?", "Find the number of {items} each {recip} gets.",
]
IF_TAILS = ["how many {items} <do> {s} have now?", "how many {items} <do> {s} have left?",
            "how many {items} <do> {s} end up with?", "how many {items} are left?",
            "how many {items} <do> {s} have in the end?", "what is {pos} final count?"]

PREFIX_HW = ["Solve the word problem below. Show each step.\n\n", "Word problem:\n",
             "Q: ", "Homework question, please explain:\n", "Math worksheet problem:\n",
             "Exercise: ", "From my textbook:\n\n", "Problem:\n", "Please help me solve this:\n",
             "Solve and explain your answer.\n", "Question — ", "Practice problem: ",
             "Read carefully and answer.\n", "Story problem:\n"]
SUFFIX_HW = ["\n\nShow your work.", " (Explain your reasoning.)", "\nAnswer with a whole number.",
             "", "", " Show all steps.", "\n(Write your answer as a number.)"]
PREFIX_Q = ["quick question: ", "hey, ", "pls help: ", "ok so ", "", "", "random q — ",
            "can u solve this: ", "math help? ", "um ", "need help: "]
SUFFIX_Q = ["", "", " thx", " pls", " ??", " thanks!", " (stuck lol)", " help"]
PREFIX_C = ["My daughter brought home this problem and I'm blanking: ",
            "I'm trying to help my nephew with this one. ", "Can you walk me through this? ",
            "Not sure if I'm overthinking this, but: ", "Our teacher gave us this today. ",
            "I keep getting a different answer than my son on this: ",
            "Could you check this problem for me? ", "Here's one from my kid's homework. ",
            "Tutoring a student and want a clean explanation: ",
            "Settle a debate for us: "]


# ----------------------------------------------------------------------------
# structure (numbers)
# ----------------------------------------------------------------------------
def pick_divisor(rng, cur, cat):
    if cat == "h":
        cands = [d for d in (2, 3) if cur % d == 0 and cur // d >= 2]
    else:
        cands = [d for d in range(2, 13) if cur % d == 0 and cur // d >= 2]
        cands += [d for d in (15, 16, 20, 24, 25) if cur % d == 0 and cur // d >= 2]
    if not cands:
        return None
    w = [6 if d == 2 else 4 if d in (3, 4, 5) else 2 for d in cands]
    return rng.choices(cands, w)[0]


def make_numbers(rng, n_changes, product, cat):
    for _ in range(200):
        if product:
            if cat == "h":
                a, b = rng.randint(3, 12), rng.randint(2, 12)
            else:
                a = rng.choice([rng.randint(2, 12), rng.randint(2, 30), 12])
                b = rng.choice([rng.randint(2, 15), rng.randint(4, 50), 12, 24])
            if a * b > 1500 or a * b < 6:
                continue
            start = [a, b]
            cur = a * b
        else:
            if cat == "h":
                cur = rng.randint(8, 90)
            else:
                r = rng.random()
                if r < 0.45:
                    cur = rng.randint(10, 99)
                elif r < 0.9:
                    cur = rng.randint(20, 400)
                elif r < 0.985:
                    cur = rng.randint(100, 999)
                else:
                    cur = 1000
                if rng.random() < 0.35:
                    cur = max(12, cur - cur % rng.choice([2, 4, 5, 6, 10, 12]))
            start = [cur]
        changes = []
        ok = True
        for _k in range(n_changes):
            opts = []
            if cur + 2 <= 9999:
                opts.append(("+", 30))
            if cur >= 4:
                opts.append(("-", 30))
            if cur * 2 <= 9999 and cur <= (60 if cat == "h" else 2500):
                opts.append(("*", 16))
            d = pick_divisor(rng, cur, cat)
            if d:
                opts.append(("/", 22))
            op = rng.choices([o for o, _ in opts], [w for _, w in opts])[0]
            if op == "+":
                r = rng.random()
                if cat == "h":
                    n = rng.randint(2, 30)
                elif r < 0.55:
                    n = rng.randint(2, 30)
                elif r < 0.9:
                    n = rng.randint(10, 99)
                else:
                    n = rng.randint(100, 400)
                n = min(n, 9999 - cur, 999)
                if n < 2:
                    ok = False
                    break
                cur += n
            elif op == "-":
                hi = min(999, cur - 1)
                lo = 2
                if hi < lo:
                    ok = False
                    break
                n = rng.randint(lo, max(lo, int(hi * rng.uniform(0.3, 1.0))))
                cur -= n
            elif op == "*":
                fs = [f for f in (2, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 12) if cur * f <= 9999]
                if cat == "h":
                    fs = [2, 2, 3]
                n = rng.choice(fs)
                cur *= n
            else:
                n = d
                cur //= n
            changes.append((op, n))
            if cur < 1:
                ok = False
                break
        if ok:
            return start, changes
    return None


def chain(start, changes):
    vals = [start[0] * start[1]] if len(start) == 2 else [start[0]]
    for op, n in changes:
        vals.append(apply(vals[-1], op, n))
    return vals


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


# ----------------------------------------------------------------------------
# problem text
# ----------------------------------------------------------------------------
PRON = {"f": ("she", "her", "her", "herself", False), "m": ("he", "him", "his", "himself", False),
        "n": ("they", "them", "their", "themselves", True),
        "it": ("it", "it", "its", "itself", False),
        "they": ("they", "them", "their", "themselves", True)}


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch not in " \n*#_\"'(":
            return s
    return s


class Scene:
    """Subject, item and helpers shared by problem and solution."""

    def __init__(self, rng):
        self.rng = rng
        r = rng.random()
        if r < 0.62:
            self.stype = "P"
            g = rng.random()
            if g < 0.45:
                self.name, self.pk = rng.choice(FEMALE), "f"
            elif g < 0.9:
                self.name, self.pk = rng.choice(MALE), "m"
            else:
                self.name, self.pk = rng.choice(NEUTRAL), "n"
            self.cat = rng.choices("tmfkcpa", [40, 6, 12, 12, 10, 9, 6])[0]
        elif r < 0.74:
            self.stype = "G"
            self.name, self.pk, cats = rng.choice(GROUPS)
            self.cat = rng.choice(cats)
        elif r < 0.9:
            self.stype = "S"
            self.name, cats = rng.choice(SHOPS)
            self.pk = "it"
            self.cat = rng.choice(cats)
        else:
            self.cat = "h"
            if rng.random() < 0.5:
                self.stype = "V"
                self.name, its = rng.choice(VEHICLES)
                self.prep = "on"
            else:
                self.stype = "W"
                self.name, its = rng.choice(VENUES)
                self.prep = "in"
            self.pk = "it"
            self.items = rng.choice(its)
        if self.stype in "PGS":
            self.prep = "in"
            self.items = rng.choice(ITEMS[self.cat]).replace("-", " ")
        self.item = singular(self.items)
        self.s, self.obj, self.pos, self.refl, self.pron_pl = PRON[self.pk]
        self.name_pl = False
        self.conts = rng.choice(CONTAINERS[self.cat].split()) if self.cat != "h" else "rows"
        self.cont = singular(self.conts)
        self.start_conts = self.conts
        st = STASH[self.cat] if self.stype != "S" else ["stock", "inventory", "supply"]
        self.stash = rng.choice(st) if st else None
        self.box = rng.choice(BOXES[self.cat]) if self.cat != "h" else None
        self.recips = rng.choice(RECIPS_S if self.stype == "S" else RECIPS_P)
        self.rel = rng.choice(RELS)

    def sn(self):
        return self.name + ("'" if self.name.endswith("s") and self.stype == "P" else "'s")

    def stash_np(self):
        rng = self.rng
        if self.stash and rng.random() < 0.6:
            return self.pos + " " + self.stash
        if rng.random() < 0.7 or self.cat in "ah" or " " in self.item:
            return "the number of " + self.items
        return "the " + self.item + " count"

    def more(self):
        r = self.rng.random()
        if r < 0.45:
            return "more " + self.items
        if r < 0.7:
            return "more"
        if r < 0.8:
            return "extra " + self.items
        if r < 0.9:
            return "new " + self.items
        return "additional " + self.items

    def of_items(self):
        r = self.rng.random()
        if r < 0.3:
            return "of them"
        if r < 0.6:
            return "of the " + self.items
        if r < 0.75 and self.stype in "PGS":
            return "of " + self.pos + " " + self.items
        return self.items

    def giver(self):
        g = self.rng.choice(GIVERS_S if self.stype == "S" else GIVERS_P)
        return g.replace("{pos}", self.pos).replace("{rel}", self.rng.choice(RELS))


def num_surface(rng, n, allow_dozen=True, word_p=None):
    if n == 12 and allow_dozen and rng.random() < 0.3:
        return "a dozen"
    if word_p is None:
        word_p = 0.38 if n <= 20 else 0.14 if n < 100 else 0.0
    if n < 100 and rng.random() < word_p:
        return num_words(n)
    return str(n)


def times_surface(rng, n):
    if n == 2 and rng.random() < 0.6:
        return "twice", "twice"
    s = num_words(n) if (n < 100 and rng.random() < 0.5) else str(n)
    return s + " times", s


def fold_surface(rng, n):
    if n in FOLD and rng.random() < 0.6:
        return FOLD[n], FOLD[n]
    s = str(n) + "-fold"
    return s, s


def render(tmpl, scene, form, main_pl, nums, extra=None):
    """Render a template. nums: dict with optional 'n','a','b' values.
    Returns (text, surfaces list in order of appearance of number cues)."""
    rng = scene.rng
    surf = []
    state = {"first": True}

    def mrep(m):
        base, star, ag = m.groups()
        if ag is None:
            pl = main_pl
        elif ag == "3":
            pl = False
        elif ag == "p":
            pl = True
        else:
            pl = scene.pron_pl
        f = form
        if form == "perf":
            f = "perf" if state["first"] else "pp"
        state["first"] = False
        w = conj(base, f, pl)
        if star:
            surf.append(w.split()[-1])
        return w

    out = MARK.sub(mrep, tmpl)

    def crep(m):
        surf.append(m.group(1))
        return m.group(1)

    out = CUE.sub(crep, out)

    def srep(m):
        k = m.group(1)
        if extra and k in extra:
            return extra[k]
        if k == "n":
            s = num_surface(rng, nums["n"])
            surf.append(s)
            return s
        if k in ("a", "b"):
            s = num_surface(rng, nums[k])
            surf.append(s)
            return s
        if k == "ntimes":
            s, sv = times_surface(rng, nums["n"])
            surf.append(sv)
            return s
        if k == "nfold":
            s, sv = fold_surface(rng, nums["n"])
            surf.append(sv)
            return s
        if k == "items":
            return scene.items
        if k == "item":
            return scene.item
        if k == "more":
            return scene.more()
        if k == "of_items":
            return scene.of_items()
        if k == "pos":
            return scene.pos
        if k == "obj":
            return scene.obj
        if k == "s":
            return scene.s
        if k == "refl":
            return scene.refl
        if k == "giver":
            return scene.giver()
        if k == "rel":
            return scene.rel
        if k == "stash":
            return scene.stash or "collection"
        if k == "a_stash":
            st = scene.stash or "collection"
            return ("an " if st[0] in "aeiou" else "a ") + st
        if k == "stash_np":
            return scene.stash_np()
        if k == "recips":
            return scene.recips[0]
        if k == "recip":
            return scene.recips[1]
        if k == "box":
            return scene.box or "room"
        if k == "SN":
            return scene.sn()
        if k in ("SNAME", "S"):
            return scene.name
        if k == "prep":
            return scene.prep
        if k == "conts":
            return scene.conts
        if k == "cont":
            return scene.cont
        raise KeyError(k)

    out = SLOT.sub(srep, out)
    return out, surf


def eligible(op, n, scene, each=False):
    res = []
    for t in TEMPLATES:
        if t["op"] != op or t["each"] != each:
            continue
        if scene.stype not in t["subj"] or scene.cat not in t["cats"]:
            continue
        if t["fixed"] is not None and t["fixed"] != n:
            continue
        if t["fixed"] is None and op in "*/" and n in (2, 3, 4) and "{n" not in t["text"] \
                and "{ntimes}" not in t["text"]:
            continue
        if "{stash}" in t["text"] and not scene.stash:
            continue
        if "{item} count" in t["text"] and " " in scene.item:
            continue
        if "{box}" in t["text"] and not scene.box:
            continue
        res.append(t)
    return res


def mention(scene, rng, first):
    """Return (text, plural) for the subject at the start of a clause."""
    if first or rng.random() < 0.25:
        return scene.name, scene.name_pl
    return scene.s, scene.pron_pl


def build_problem(rng, scene, start, changes, each_last):
    """Returns dict with text, start surfaces, change surfaces, template ids."""
    n_ch = len(changes)
    tense = rng.choices(["pres", "past"], [45, 55])[0]
    # choose layout
    layout = rng.choices(["story", "qfirst", "if"], [78, 10, 12])[0]
    if layout == "if" and (n_ch > 3 or scene.stype in "VW"):
        layout = "story"
    if layout == "if":
        tense = "pres"
    # templates
    tmpls = []
    for i, (op, n) in enumerate(changes):
        each = each_last and i == n_ch - 1
        el = eligible(op, n, scene, each)
        if layout == "if":
            el2 = [t for t in el if t["sv"]]
            el = el2 or el
        if not el:
            return None
        # favour fixed-word templates a bit when they fit
        w = [2.0 if t["fixed"] else 1.0 for t in el]
        tmpls.append(rng.choices(el, w)[0])
    # start
    if len(start) == 2:
        st = [s for s in PRODUCT_STARTS if scene.stype in s[1] and scene.cat in s[2]]
    else:
        st = [s for s in STARTS if scene.stype in s[1] and scene.cat in s[2]]
        if not scene.box:
            st = [s for s in st if "{box}" not in s[0]]
        if not scene.stash:
            st = [s for s in st if "stash}" not in s[0]]
    if layout == "if":
        st = [s for s in st if s[0].startswith("{S}")] or st
    stt = rng.choice(st)
    for w in ("rows", "groups"):
        if w in stt[0]:
            scene.start_conts = w
    nums = {"n": start[0]} if len(start) == 1 else {"a": start[0], "b": start[1]}
    stense = tense if rng.random() < 0.85 else ("past" if tense == "pres" else "pres")
    if layout == "if":
        stense = "pres"
    start_txt, start_surf = render(stt[0], scene, stense, scene.name_pl, nums)
    # events
    ev = []
    ch_surf = []
    for i, ((op, n), t) in enumerate(zip(changes, tmpls)):
        ev.append({"t": t, "op": op, "n": n})
    used_name_q = False

    cur_pl = {"pl": scene.name_pl}

    def clause(e, form, subj):
        """Render one event clause. subj: None (no subject for sv), or (text, plural)."""
        t = e["t"]
        if t["sv"]:
            if subj:
                cur_pl["pl"] = subj[1]
            pl = cur_pl["pl"]
            txt, sf = render(t["text"], scene, form, pl, {"n": e["n"]})
            if subj:
                txt = subj[0] + " " + txt
        else:
            txt, sf = render(t["text"], scene, form, False, {"n": e["n"]})
        e["surf"] = sf
        return txt

    sentences = []
    if layout == "if":
        parts = ["If " + start_txt]
        prev_os = False
        for e in ev:
            if e["t"]["sv"]:
                parts.append(clause(e, "pres", (scene.s, scene.pron_pl) if prev_os else None))
                prev_os = False
            else:
                parts.append(clause(e, "pres", None))
                prev_os = True
        if len(parts) == 2:
            body = parts[0] + " and " + parts[1]
        else:
            body = ", ".join(parts[:-1]) + rng.choice([" and then ", ", then ", " and "]) + parts[-1]
        if each_last:
            q = rng.choice(QUESTIONS_EACH)
        else:
            q = rng.choice(IF_TAILS)
        qtxt, _ = render(q, scene, "pres", scene.pron_pl if "{s}" in q else scene.name_pl, {})
        if "{S}" in q or "{s}" in q:
            pass
        sentences.append(body + ", " + qtxt[0].lower() + qtxt[1:])
        text = sentences[0]
    else:
        used_leads = []
        if rng.random() < 0.12:
            sentences.append(pick_distractor(rng, scene, name_first=True))
        sentences.append(cap(start_txt) + ".")
        i = 0
        distractors = sum(1 for s in sentences if s) - 1
        while i < len(ev):
            size = rng.choices([1, 2, 3], [55, 33, 12])[0]
            grp = ev[i:i + size]
            i += len(grp)
            form = tense
            if tense == "pres" and rng.random() < 0.1:
                form = "perf"
            lead = ""
            if rng.random() < 0.45:
                lead = rng.choice([x for x in TIME_LEADS if x not in used_leads])
                used_leads.append(lead)
                lead += " "
            if len(grp) == 2 and grp[0]["t"]["sv"] and rng.random() < 0.3 and not lead:
                # "After buying 7 more, she gives away 5."
                g0 = clause(grp[0], "ger", None)
                subj = mention(scene, rng, False)
                g1 = clause(grp[1], form if form != "perf" else tense,
                            subj if grp[1]["t"]["sv"] else None)
                word = rng.choice(["After", "After", "Once done", "Right after"])
                if word == "Once done":
                    word = "After"
                sentences.append(word + " " + g0 + ", " + g1 + ".")
                continue
            if len(grp) == 2 and rng.random() < 0.2 and not lead and form != "perf":
                subj0 = mention(scene, rng, False)
                g0 = clause(grp[0], form, subj0 if grp[0]["t"]["sv"] else None)
                subj1 = mention(scene, rng, False)
                g1 = clause(grp[1], form, subj1 if grp[1]["t"]["sv"] else None)
                word = rng.choice(["After", "Once", "When"])
                sentences.append(word + " " + g0 + ", " + g1 + ".")
                continue
            parts = []
            prev_sv = False
            for j, e in enumerate(grp):
                f = form if j == 0 else (tense if form == "perf" else form)
                if e["t"]["sv"]:
                    if j == 0 or not prev_sv:
                        subj = mention(scene, rng, False)
                        parts.append(clause(e, f, subj))
                    else:
                        parts.append(clause(e, f, None))
                    prev_sv = True
                else:
                    parts.append(clause(e, f, None))
                    prev_sv = False
            sent = parts[0]
            for j in range(1, len(parts)):
                if grp[j]["t"]["sv"] and grp[j - 1]["t"]["sv"]:
                    joiner = rng.choice([" and then ", ", then ", ", and later ", " and ",
                                         ", and after that "])
                else:
                    joiner = rng.choice([", and then ", "; later, ", ", and after that ", ", and "])
                sent += joiner + parts[j]
            sentences.append(cap(lead + sent) + ".")
            if distractors < 2 and rng.random() < 0.13:
                sentences.append(pick_distractor(rng, scene))
                distractors += 1
        # question
        if each_last:
            q = rng.choice(QUESTIONS_EACH)
        elif scene.stype in "VW":
            q = rng.choice(QUESTIONS_H)
        else:
            q = rng.choice(QUESTIONS)
        qform = "pres"
        if "did" in q:
            qform = "past"
        subj_pl = scene.pron_pl if "{s}" in q else scene.name_pl
        if layout == "qfirst":
            q = q.replace("{s}", "{S}")
            subj_pl = scene.name_pl
        qtxt, _ = render(q, scene, qform, subj_pl, {})
        qtxt = cap(qtxt)
        if layout == "qfirst":
            sentences.insert(0, qtxt)
        else:
            sentences.append(qtxt)
        text = " ".join(sentences)
    for e in ev:
        ch_surf.append(e["surf"])
    return {"text": text, "start_surf": start_surf, "change_surf": ch_surf,
            "tmpl": [e["t"]["id"] for e in ev], "layout": layout, "tense": tense}


def pick_distractor(rng, scene, name_first=False):
    pool = list(DISTRACT)
    if scene.stype == "P":
        pool += DISTRACT_P
    if scene.stype == "V":
        pool = DISTRACT_V + DISTRACT_N
    elif scene.stype == "W":
        pool = DISTRACT_W + DISTRACT_N
    d = rng.choice(pool)
    if name_first:
        d = d.replace("{pos}", scene.sn())
    use_name = name_first or rng.random() < 0.5 or scene.pk in ("n", "they")
    d = d.replace("{S}", scene.name if use_name else scene.s)
    d = d.replace("{pos}", scene.pos)
    return cap(d)


def wrap_register(rng, text):
    reg = rng.choices(["textbook", "homework", "quick", "chatty"], [36, 24, 24, 16])[0]
    if reg == "homework":
        text = rng.choice(PREFIX_HW) + text + rng.choice(SUFFIX_HW)
    elif reg == "quick":
        t = text.lower()
        if rng.random() < 0.5:
            t = re.sub(r"(?<=[a-z0-9]{3})\. ", ", ", t)
        if rng.random() < 0.5:
            t = t.rstrip("?.")
        t = t.replace(" you ", " u ").replace("'", "") if rng.random() < 0.3 else t
        text = rng.choice(PREFIX_Q) + t + rng.choice(SUFFIX_Q)
    elif reg == "chatty":
        text = rng.choice(PREFIX_C) + ("\n\n" if rng.random() < 0.3 else "") + text
        if rng.random() < 0.3:
            text += rng.choice([" Thanks!", " Thank you so much.", " Much appreciated!"])
    return text, reg


# ----------------------------------------------------------------------------
# errors
# ----------------------------------------------------------------------------
def digits_swap(v):
    s = str(v)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.append(int(t))
    return out


def digit_tweak(v):
    s = str(v)
    out = []
    for i in range(len(s)):
        for d in (-1, 1):
            x = int(s[i]) + d
            if 0 <= x <= 9:
                t = s[:i] + str(x) + s[i + 1:]
                if t[0] != "0" or len(t) == 1:
                    out.append(int(t))
    return out


def no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    res = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        res.append(str((da + db) % 10))
    return int("".join(res[::-1]))


def borrow_slip(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    res = []
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        res.append(str(abs(da - db)))
    return int("".join(res[::-1]))


def arith_slips(a, op, b, c):
    cands = [c + 1, c - 1] + digits_swap(c)
    if c >= 20 or a >= 20:
        cands += [c + 10, c - 10]
    tw = digit_tweak(c)
    if c < 100 and c < 20 and a < 20:
        tw = [x for x in tw if x // 10 == c // 10]      # only the units digit
    if c >= 100:
        tw = [x for x in tw if str(x)[0] == str(c)[0]]   # keep the leading digit
        cands += [c + 100, c - 100]
    cands += tw
    if op == "+":
        cands += [no_carry_add(a, b)] * 3
    elif op == "-":
        cands += [borrow_slip(a, b)] * 3
    elif op == "*":
        if b >= 4:
            cands += [a * (b - 1), a * (b + 1)]
        cands += [c + 10, c - 10]
    else:
        cands += [c + 1, c - 1]
    return [x for x in cands if x >= 0 and x != c]


def misreads(v):
    out = digits_swap(v) + [v + 1, v - 1]
    if v >= 20:
        out += [v + 10, v - 10]
    s = str(v)
    if "0" in s[1:] and len(s) >= 3:
        out.append(int(s.replace("0", "", 1)))
    out += digit_tweak(v)[:2]
    return [x for x in out if x > 0 and x != v]


def continue_chain(steps, idx, changes_ops, true_b):
    """Recompute steps after idx from written results. steps: list of dicts."""
    for j in range(idx + 1, len(steps)):
        a = steps[j - 1]["c"]
        op, b = changes_ops[j], true_b[j]
        c = apply(a, op, b)
        if c is None or c < 0 or c > 9999:
            return False
        steps[j] = {"a": a, "op": op, "b": b, "c": c}
    return True


def build_chain(rng, start, changes, kind, idx):
    """Return (written steps, stated answer) or None."""
    product = len(start) == 2
    ops, bs = [], []
    if product:
        ops.append("*")
        bs.append(start[1])
    for op, n in changes:
        ops.append(op)
        bs.append(n)
    true_vals = chain(start, changes)
    steps = []
    prev = start[0]
    for j in range(len(ops)):
        if product and j == 0:
            a, b = start
            if rng.random() < 0.2:
                a, b = b, a
            steps.append({"a": a, "op": "*", "b": b, "c": a * b})
            prev = a * b
        else:
            steps.append({"a": prev, "op": ops[j], "b": bs[j], "c": true_vals[j if product else j + 1]})
            prev = steps[-1]["c"]
    n_eq = len(steps)
    final_true = true_vals[-1]
    if kind == "none":
        return steps, steps[-1]["c"]
    problem_nums = list(start) + [n for _, n in changes]
    if kind == "answer":
        c = steps[-1]["c"]
        cands = []
        if n_eq >= 2:
            cands += [steps[-2]["c"]] * 4 + [s["c"] for s in steps[:-2]]
        cands += [c + 1, c - 1, c + 10, c - 10, c + 1, c - 1] + digits_swap(c) * 2 + \
            digit_tweak(c)[:2]
        cands = [x for x in cands if x >= 0 and x != c]
        if not cands:
            return None
        return steps, rng.choice(cands)
    st = steps[idx]
    a, op, b, c = st["a"], st["op"], st["b"], st["c"]
    tries = []
    if kind == "arithmetic":
        for c2 in arith_slips(a, op, b, c):
            tries.append({"a": a, "op": op, "b": b, "c": c2})
    elif kind == "operation":
        alts = {"+": ["-"], "-": ["+"], "*": ["+", "+", "-"], "/": ["*", "-", "-"]}[op]
        if product and idx == 0:
            alts = ["+"]
        for op2 in alts:
            c2 = apply(a, op2, b)
            if c2 is not None and c2 >= 0 and c2 != c and c2 <= 9999:
                tries.append({"a": a, "op": op2, "b": b, "c": c2})
    elif kind == "operand":
        others_b = [x for x in problem_nums if x != b]
        cand = []
        if product and idx == 0:
            for x in misreads(a) + [x for x in problem_nums[2:] if x != a]:
                cand.append((x, b))
            for x in misreads(b) + [x for x in problem_nums[2:] if x != b]:
                cand.append((a, x))
        else:
            bs_alt = misreads(b) + others_b * 2
            if idx == 0:
                as_alt = misreads(a) + [x for x in problem_nums[1:] if x != a]
            else:
                prior = [start[0] * start[1] if product else start[0]]
                prior += [s["c"] for s in steps[:idx - 1]]
                as_alt = misreads(a) + [x for x in prior if x != a][-2:] * 2
            for x in bs_alt:
                cand.append((a, x))
            if rng.random() < 0.45:
                cand = [(x, b) for x in as_alt] + cand
            else:
                cand = cand + [(x, b) for x in as_alt]
        for a2, b2 in cand:
            if (a2, b2) == (a, b) or a2 < 0 or b2 <= 0:
                continue
            if op in "*/" and b2 == 1:
                continue
            c2 = apply(a2, op, b2)
            if c2 is None or c2 < 0 or c2 == c or c2 > 9999:
                continue
            tries.append({"a": a2, "op": op, "b": b2, "c": c2})
    if kind == "operand" and not (product and idx == 0):
        # keep the a-variants and b-variants in the order chosen above, lightly shuffled
        head = tries[:6]
        rng.shuffle(head)
        tries = head + tries[6:]
    else:
        rng.shuffle(tries)
    for cand in tries[:40]:
        new = [dict(s) for s in steps]
        new[idx] = cand
        if continue_chain(new, idx, ops, bs):
            return new, new[-1]["c"]
    return None


# ----------------------------------------------------------------------------
# solution rendering (assistant style)
# ----------------------------------------------------------------------------
OPENERS = [
    "Let's think step by step.", "Let's solve this step by step.", "Sure! Let's work through it.",
    "Great question! Let's break it down.", "Let me verify by walking through each change in order.",
    "Happy to help with this one.", "Okay, let's go through the events one at a time.",
    "We'll track the number of {items} after each change.",
    "To find the final number of {items}, let's follow each change in order.",
    "Here's a step-by-step solution:", "I'll keep a running total as we go.",
    "Alright, let's tally things up.", "Let me work through this carefully.",
    "This is a multi-step problem, so let's take it one change at a time.",
    "Let's track the {items} as they come and go.", "Good one! Let's do it piece by piece.",
    "If I'm reading the problem right, we just follow the changes in order.",
    "No problem, here's how to think about it.", "Let's start from what we know.",
    "Let me verify this carefully, one event at a time.",
    "Of course! I'll solve it step by step.", "Let's figure this out together.",
    "I think the cleanest way is to update the total after every event.",
    "To solve this, we need to keep track of the {items} after each event.",
    "Let's carefully work through the problem.", "We can solve this by tracking each change.",
    "Sure thing. Let's reason it out.", "Let me think about this step by step.",
]
FACT_HEADS = ["**Given:**", "**What we know:**", "Here's what the problem tells us:",
              "First, let's list the facts:", "**Key information:**", "Known facts:",
              "### Given information", "Let's restate the information:", "From the problem:"]
TITLES = {
    "product": ["Find the starting total", "Work out how many {items} there are at first",
                "Calculate the initial amount", "Multiply to get the starting number",
                "Count the starting {items}", "Determine the initial quantity",
                "Find the total in all the {conts}"],
    "+": ["Add the new {items}", "Account for the {items} gained", "Add the extra {items}",
          "Increase the total", "Include the additional {items}", "Add what came in",
          "Update after the increase"],
    "-": ["Subtract the {items} that are gone", "Take away the {items} removed",
          "Subtract the decrease", "Account for the {items} that left", "Find what remains",
          "Remove the {items} given up", "Update after the loss"],
    "*": ["Apply the multiplication", "Account for the increase", "Scale up the total",
          "Multiply the current amount", "Handle the growth", "Find the new, larger total"],
    "/": ["Divide into equal shares", "Find one share", "Split the total",
          "Apply the division", "Work out the equal share", "Handle the split"],
    "gen": ["Update the total", "Next change", "Track the next event",
            "Continue from the previous total", "Handle the next event", "Keep a running total",
            "Next update", "Apply the next change"],
    "first": ["Start from the initial amount", "Begin with what {S} has",
              "Start with the first change", "Apply the first change", "Handle the first event",
              "Update the starting amount"],
}


def have_phrase(scene, c, rng, now=True):
    if scene.stype in "VW":
        return rng.choice(["there are {now}{c} {items} {prep} {S}",
                           "{S} has {now}{c} {items} {prep}board" if scene.stype == "V"
                           else "{S} holds {now}{c} {items}"]).format(
            now="now " if now and rng.random() < 0.5 else "", c=c, items=scene.items,
            prep=scene.prep if scene.stype == "W" else "on", S=scene.name).replace("onboard", "on board")
    v = "have" if scene.name_pl else "has"
    return rng.choice(["{S} {now}{v} {c} {items}", "{S} {now}{v} {c} {items}",
                       "{S} {v} {c} {items} {now2}"]).format(
        S=scene.name, now="now " if now and rng.random() < 0.5 else "", v=v, c=c,
        items=scene.items, now2="at this point" if rng.random() < 0.5 else "so far").strip()


def narration(op, b, scene, rng, persona, neutral=False, each=False, fixed=None, a=None):
    """A lead clause (no final punctuation) describing the change, using b."""
    S = scene.name if rng.random() < 0.5 else scene.s
    plural_s = (S == scene.s and scene.pron_pl) or (S == scene.name and scene.name_pl)

    def v3(third, base):
        return base if plural_s else third
    I = scene.items
    if neutral:
        opts = ["Next, we handle the {b} {I}", "Now for the {b} {I}", "Then we account for the {b}",
                "Moving on to the {b} {I}", "Now the change involving {b}",
                "The next event involves {b} {I}"]
    elif op == "product":
        return rng.choice(["There are {a} {conts} with {b} {items} in each",
                           "{S0} starts with {a} {conts} of {b}",
                           "We have {a} groups of {b} {items}",
                           "Multiplying the number of {conts} by the {items} in each",
                           "First we need the starting total: {a} {conts} with {b} each"]).format(
            a=a, b=b, conts=scene.start_conts, items=I,
            S0=scene.name)
    elif op == "+":
        opts = ["{S} " + v3("gets", "get") + " {b} more " + I, "{b} more {I} come in",
                "{S} " + v3("adds", "add") + " {b} {I}",
                "Another {b} {I} are added", "We add the {b} new {I}",
                "{S} " + v3("gains", "gain") + " {b} {I}", "Adding the {b} extra {I}",
                "Then {b} more arrive", "The total goes up by {b}"]
    elif op == "-":
        opts = ["{S} " + v3("loses", "lose") + " {b} of them", "{b} {I} are gone",
                "We take away the {b} {I}", "{b} {I} leave the total", "Removing {b} {I}",
                "The total goes down by {b}", "Subtracting the {b} that are no longer there",
                "{S} " + v3("gives", "give") + " up {b} {I}"]
    elif op == "*":
        if fixed == 2:
            opts = ["The amount doubles, so we multiply by {b}", "Doubling means multiplying by {b}",
                    "Twice as many means times {b}"]
        elif fixed == 3:
            opts = ["Tripling means multiplying by {b}", "The amount triples, which is times {b}"]
        else:
            opts = ["The amount becomes {b} times as large", "We multiply by {b}",
                    "The {I} grow {b}-fold", "The total is scaled up by a factor of {b}"]
    else:
        if each:
            opts = ["Splitting them equally among {b} " + scene.recips[0],
                    "Each of the {b} " + scene.recips[0] + " gets an equal share",
                    "Dividing the {I} evenly into {b} shares"]
        elif fixed == 2:
            opts = ["Keeping half means dividing by {b}", "Halving the amount means dividing by {b}",
                    "Only half are left, so divide by {b}"]
        elif fixed == 3:
            opts = ["Keeping a third means dividing by {b}", "A third of the total is the total divided by {b}"]
        else:
            opts = ["The {I} are split into {b} equal parts and one part is kept",
                    "We divide by {b} to find one share", "One of {b} equal shares remains",
                    "Dividing evenly into {b} groups", "Each share is the total divided by {b}"]
    return rng.choice(opts).format(S=S, b=b, I=I)


class Persona:
    def __init__(self, rng):
        self.rng = rng
        preset = rng.random()
        self.heading = rng.choices(
            ["none", "h2", "h3", "bold", "bolddash", "num", "plain", "boldtitle", "h3title"],
            [26, 14, 8, 12, 7, 10, 7, 9, 7])[0]
        self.eq = rng.choices(["plain", "paren", "dollar", "dd", "bracket", "bold", "code"],
                              [34, 16, 10, 14, 14, 10, 2])[0]
        if preset < 0.12:   # llama-ish
            self.heading, self.eq = "h2", rng.choice(["plain", "dd", "dollar"])
        elif preset < 0.22:  # qwen/deepseek-ish
            self.heading, self.eq = "num", rng.choice(["bracket", "paren"])
        elif preset < 0.30:  # gsm-ish plain
            self.heading, self.eq = "none", "plain"
        latex = self.eq in ("paren", "dollar", "dd", "bracket")
        if latex:
            self.ops = rng.choice([{"+": "+", "-": "-", "*": "\\times", "/": "\\div"},
                                   {"+": "+", "-": "-", "*": "\\times", "/": "\\div"},
                                   {"+": "+", "-": "-", "*": "\\cdot", "/": "/"},
                                   {"+": "+", "-": "-", "*": "\\times", "/": "/"}])
        else:
            self.ops = rng.choice([{"+": "+", "-": "-", "*": "*", "/": "/"},
                                   {"+": "+", "-": "−", "*": "×", "/": "÷"},
                                   {"+": "+", "-": "-", "*": "×", "/": "÷"},
                                   {"+": "+", "-": "-", "*": "x", "/": "/"}])
            if self.ops["*"] == "x":
                self.ops = dict(self.ops, **{"*": "×"})
        self.latex = latex
        self.tight = (not latex) and rng.random() < 0.12
        self.unit = rng.random() < 0.35
        self.narr_p = rng.choice([0.0, 0.5, 0.8, 1.0, 1.0])
        self.recap_p = rng.choice([0.0, 0.3, 0.6, 0.9])
        self.shape = rng.choices(["block", "inline", "mixed", "list"], [30, 30, 30, 10])[0]
        if self.eq in ("dd", "bracket"):
            self.shape = "block"
        self.opener = rng.random() < 0.6
        self.facts = rng.random() < 0.25
        self.sep = "\n\n" if rng.random() < 0.4 else "\n"
        self.hedge = rng.random() < 0.15
        self.bold_recap = rng.random() < 0.4
        self.bullet = rng.choice(["- ", "- ", "* ", "• "])


def fmt_eq(st, persona, scene, inline):
    o = persona.ops[st["op"]]
    sp = "" if persona.tight else " "
    core = f"{st['a']}{sp}{o}{sp}{st['b']}{sp}={sp}{st['c']}"
    unit = persona.unit
    eq = persona.eq
    items = scene.items
    if eq == "plain":
        return core + (" " + items if unit else "")
    if eq == "bold":
        return "**" + core + "**" + (" " + items if unit else "")
    if eq == "code":
        return "`" + core + "`"
    body = core + (" \\text{ " + items + "}" if unit else "")
    if eq == "paren" or (inline and eq in ("dd", "bracket") and False):
        return "\\( " + body + " \\)"
    if eq == "dollar":
        return "$" + body + "$"
    if eq == "dd":
        return "$$" + body + "$$"
    if eq == "bracket":
        return rng_choice_bracket(body, persona)
    return core


def rng_choice_bracket(body, persona):
    if persona.rng.random() < 0.7:
        return "\\[ " + body + " \\]"
    return "\\[\n" + body + "\n\\]"


def heading(persona, k, title, rng):
    h = persona.heading
    if h == "h2":
        return f"## Step {k}: {title}"
    if h == "h3":
        return f"### Step {k}: {title}"
    if h == "bold":
        return f"**Step {k}: {title}**"
    if h == "bolddash":
        return f"**Step {k} — {title}**"
    if h == "num":
        return f"{k}. **{title}:**"
    if h == "plain":
        return f"Step {k}: {title}."
    if h == "boldtitle":
        return f"**{title}**"
    if h == "h3title":
        return f"### {title}"
    return None


def recap(scene, c, rng, persona, each=False):
    cc = f"**{c}**" if persona.bold_recap else str(c)
    if each:
        return rng.choice([f"Each {scene.recips[1]} gets {cc} {scene.items}.",
                           f"So every {scene.recips[1]} receives {cc}.",
                           f"That's {cc} {scene.items} per {scene.recips[1]}."])
    opts = [cap(have_phrase(scene, cc, rng)) + ".", f"That leaves {cc} {scene.items}.",
            f"Running total: {cc} {scene.items}.", f"So we're at {cc} {scene.items} now.",
            f"Now there are {cc}.", f"That brings the total to {cc}.",
            f"→ {cc} {scene.items} so far.", f"So the new total is {cc}.",
            f"After this step: {cc} {scene.items}.", f"(That's {cc} {scene.items}.)"]
    return rng.choice(opts)


def render_step(i, st, info, persona, scene, rng, facts_block):
    """info: dict(op_true, b_true, neutral, each, fixed, first)"""
    k = i + 1
    parts = []
    if i == 0:
        if persona.opener:
            o = rng.choice(OPENERS).replace("{items}", scene.items)
            parts.append(o)
        if facts_block:
            parts.append(facts_block)
    op_true = info["op"]
    tkey = op_true if rng.random() < 0.75 else ("first" if i == 0 else "gen")
    if info["product"]:
        tkey = "product"
    title = rng.choice(TITLES[tkey]).replace("{items}", scene.items).replace(
        "{conts}", scene.conts).replace("{S}", scene.name)
    if info["neutral"] and tkey in "+-*/":
        title = rng.choice(TITLES["first" if i == 0 else "gen"])
    h = heading(persona, k, cap(title), rng)
    if h:
        parts.append(h)
    use_narr = rng.random() < persona.narr_p
    lead = None
    if use_narr or info["product"] and rng.random() < 0.5:
        if info["product"]:
            lead = narration("product", info["start"][1], scene, rng, persona, a=info["start"][0])
        else:
            lead = narration(op_true, st["b"], scene, rng, persona, neutral=info["neutral"],
                             each=info["each"], fixed=info["fixed"])
        first_tok = lead.split()[0]
        if persona.hedge and rng.random() < 0.3 and (
                first_tok in (scene.name.split()[0], scene.s, "The", "the") or first_tok.isdigit()):
            lead = rng.choice(["I think ", "It looks like ", "If I understand correctly, "]) + \
                lead[0].lower() + lead[1:]
        lead = cap(lead)
    shape = persona.shape
    if shape == "mixed":
        shape = rng.choice(["block", "inline"])
    if persona.eq in ("dd", "bracket"):
        shape = "block"
    want_recap = rng.random() < persona.recap_p
    eqs = fmt_eq(st, persona, scene, inline=shape != "block")
    if shape == "list":
        bl = persona.bullet
        if lead is None or lead[0].isdigit():
            bl = "• "
        body = bl + (lead + ": " if lead else "") + eqs
        if want_recap:
            body += "\n  " + recap(scene, st["c"], rng, persona, info["each"])
        parts.append(body)
    elif shape == "inline":
        if lead:
            pat = rng.choice(["{L}, so {H}.", "{L}: {E}.", "{L}, which gives {E}.",
                              "{L}. That gives {E}.", "{L}, so we compute {E}."])
        else:
            pat = rng.choice(["We compute {E}.", "{E}.", "That's {E}.", "Now: {E}.",
                              "Calculation: {E}."])
        if "{H}" in pat:
            if scene.stype in "VW" or persona.unit:
                pat = "{L}: {E}."
            else:
                pref = scene.name + (" has " if not scene.name_pl else " have ")
                if rng.random() < 0.5:
                    pref = scene.s + (" has " if not scene.pron_pl else " have ")
                pat = pat.replace("{H}", pref + "{E} " + scene.items)
        body = pat.replace("{L}", lead or "").replace("{E}", eqs)
        if want_recap:
            body += " " + recap(scene, st["c"], rng, persona, info["each"])
        parts.append(body)
    else:
        if lead:
            parts.append(lead + rng.choice([":", ":", ".", ", so:"]))
        parts.append(eqs)
        if want_recap:
            parts.append(recap(scene, st["c"], rng, persona, info["each"]))
    return persona.sep.join(parts)


FINALS = [
    "#### {N}", "The answer is: {N}", "The answer is {N}.", "**Answer:** {N}",
    "**Answer:** {HAVE}.", "\\boxed{{{N}}}", "$\\boxed{{{N}}}$",
    "The final answer is $\\boxed{{{N}}}$.", "**Final Answer:** \\(\\boxed{{{N}}}\\)",
    "So {HAVE}.", "Therefore, {HAVE}.", "## Final Answer\n{HAVE_B}.",
    "Final Answer: The final answer is {N}. I hope it is correct.",
    "So, the answer is **{N} {items}**.", "{HAVE_C}. Let me know if you'd like me to explain any step!",
    "Hope that helps! The final count is {N} {items}.", "In short: **{N}** {items}.",
    "✅ **{N} {items}**", "Thus, the total number of {items} is \\( {N} \\).",
    "**{N}**", "**Final answer: {N}**", "### Answer\n**{N}** {items}",
    "Putting it all together, {HAVE}.", "So the answer is $\\boxed{{{N}}}$ {items}.",
    "\\[\n\\boxed{{{N}}}\n\\]", "I'm fairly confident the answer is {N}.",
    "I believe the answer is **{N}**.", "That means {HAVE}.\n\n**Answer: {N}**",
    "**Result:** {N} {items}", "Answer: {N}", "The final answer is: $\\boxed{{{N}}}$",
    "So in the end, {HAVE}. 😊", "{HAVE_C}.\n\n#### {N}", "Final count: **{N}**.",
    "**Therefore, {HAVE}.**", "Hence the answer is {N}.",
]
FINALS_EACH = [
    "#### {N}", "The answer is: {N}", "**Answer:** each {recip} gets {N} {items}.",
    "\\boxed{{{N}}}", "So each {recip} gets **{N}** {items}.", "Each {recip} receives {N}.",
    "The final answer is $\\boxed{{{N}}}$.", "**Answer:** {N}",
    "So every {recip} ends up with {N} {items}. Hope this helps!",
    "Final Answer: The final answer is {N}. I hope it is correct.",
]
TAILS = ["", "", "", "", " I hope this helps!", " Let me know if you have questions.",
         " Feel free to ask if anything is unclear.", " 🙂"]


def render_final(N, scene, rng, each):
    if each:
        t = rng.choice(FINALS_EACH)
    else:
        t = rng.choice(FINALS)
    hv = have_phrase(scene, N, rng, now=False)
    hvb = have_phrase(scene, f"**{N}**", rng, now=False)
    s = t.format(N=N, items=scene.items, HAVE=hv, HAVE_B=cap(hvb), HAVE_C=cap(hv),
                 recip=scene.recips[1])
    if "#### " not in s and "\\[" not in s and rng.random() < 0.5:
        tail = rng.choice(TAILS)
        if tail and not s.rstrip("*").endswith((".", "!", ")")):
            tail = "\n\n" + tail.strip()
        s += tail
    return s


def facts_block(scene, start, changes, tmpl_ids, rng):
    head = rng.choice(FACT_HEADS)
    bullet = rng.choice(["- ", "* ", "• "])
    lines = [head]
    if len(start) == 2:
        lines.append(f"{bullet}{cap(scene.start_conts)}: {start[0]}")
        lines.append(f"{bullet}{cap(scene.items)} in each: {start[1]}")
    else:
        lines.append(f"{bullet}Starting {scene.items}: {start[0]}")
    for (op, n), tid in zip(changes, tmpl_ids):
        t = TEMPLATES[tid]
        if op == "+":
            w = rng.choice(["Gets {n} more", "Adds: {n}", "Gained: {n}", "Then {n} more come in"])
        elif op == "-":
            w = rng.choice(["Loses {n}", "Gives up: {n}", "Removed: {n}", "Then {n} are gone"])
        elif op == "*":
            w = {2: "Then the amount doubles", 3: "Then the amount triples"}.get(
                t["fixed"], rng.choice(["Multiplied by {n}", "Becomes {n} times as many"]))
        else:
            if t["each"]:
                w = "Shared equally among {n} " + scene.recips[0]
            else:
                w = {2: "Then it is halved", 3: "Only a third is kept"}.get(
                    t["fixed"], rng.choice(["Split into {n} equal shares, one kept",
                                            "Divided by {n}"]))
        lines.append(bullet + w.format(n=n))
    return "\n".join(lines)


# ----------------------------------------------------------------------------
# main generator
# ----------------------------------------------------------------------------
KINDS = ["arithmetic", "operand", "operation", "answer"]


def _one(rng, plan_kind, plan_pos):
    for _attempt in range(60):
        scene = Scene(rng)
        n_changes = rng.choices([1, 2, 3, 4, 5], [11, 22, 27, 22, 18])[0]
        product = rng.random() < 0.3
        n_eq = n_changes + (1 if product else 0)
        if plan_pos == "middle" and n_eq < 3:
            continue
        nums = make_numbers(rng, n_changes, product, scene.cat)
        if not nums:
            continue
        start, changes = nums
        each_last = changes[-1][0] == "/" and scene.cat != "h" and rng.random() < 0.35
        if each_last and not eligible("/", changes[-1][1], scene, True):
            each_last = False
        prob = build_problem(rng, scene, start, changes, each_last)
        if prob is None:
            continue
        text, register = wrap_register(rng, prob["text"])
        if len(text.split()) > 90:
            continue
        # error position
        if plan_kind in ("none", "answer"):
            idx = n_eq
        elif plan_pos == "first":
            idx = 0
        elif plan_pos == "last":
            idx = n_eq - 1
        else:
            idx = rng.randint(1, n_eq - 2)
        res = build_chain(rng, start, changes, plan_kind, idx)
        if res is None:
            continue
        steps, stated = res
        persona = Persona(rng)
        fb = facts_block(scene, start, changes, prob["tmpl"], rng) if persona.facts else None
        out_steps = []
        true_vals = chain(start, changes)
        for j, st in enumerate(steps):
            is_prod = product and j == 0
            ci = j - 1 if product else j
            if is_prod:
                op_t, fixed, each = "*", None, False
            else:
                op_t = changes[ci][0]
                t = TEMPLATES[prob["tmpl"][ci]]
                fixed, each = t["fixed"], t["each"]
            neutral = (plan_kind == "operation" and j == idx and rng.random() < 0.7)
            info = {"op": op_t, "neutral": neutral, "each": each, "fixed": fixed,
                    "product": is_prod, "start": start}
            out_steps.append(render_step(j, st, info, persona, scene, rng, fb if j == 0 else None))
        out_steps.append(render_final(stated, scene, rng, each_last))
        label = -1 if plan_kind == "none" else idx
        rec = {"problem": text, "steps": out_steps, "label": label,
               "final_answer_correct": stated == true_vals[-1], "error_kind": plan_kind}
        meta = {"start": list(start), "changes": [list(c) for c in changes],
                "start_surf": prob["start_surf"], "change_surf": prob["change_surf"],
                "tmpl": prob["tmpl"], "each_last": each_last, "register": register,
                "layout": prob["layout"], "plan_pos": plan_pos,
                "written": steps, "stated": stated, "persona_eq": persona.eq,
                "persona_heading": persona.heading}
        return rec, meta
    raise RuntimeError("could not build a record")


POS_CYCLE = ["middle", "last", "first", "last", "middle", "first", "last", "middle", "first", "last",
             "middle"]


def make_plans(rng, count):
    """Stratified plan: ~45% correct, errors spread evenly over kinds and positions."""
    n_none = round(count * 0.45)
    plans = [("none", "final")] * n_none
    kinds = list(KINDS)
    rng.shuffle(kinds)
    per_kind = {k: 0 for k in KINDS}
    for j in range(count - n_none):
        kind = kinds[j % 4]
        if kind == "answer":
            pos = "final"
        else:
            pos = POS_CYCLE[(per_kind[kind] + KINDS.index(kind) * 3) % len(POS_CYCLE)]
        per_kind[kind] += 1
        plans.append((kind, pos))
    rng.shuffle(plans)
    return plans


def generate_full(seed, count):
    rng = random.Random(seed)
    out = []
    for i, (kind, pos) in enumerate(make_plans(rng, count)):
        rec, meta = _one(rng, kind, pos)
        rec = {"id": f"ak-{seed}-{i:05d}", **rec}
        out.append((rec, meta))
    return out


def generate(seed: int, count: int) -> list:
    return [r for r, _ in generate_full(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
