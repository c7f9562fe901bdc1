"""Tiny-arith PRM data generator, register: money and personal finance in everyday life.

Pocket money, wallets, piggy banks, savings jars, bank accounts, a shop till float,
restaurant bills split at the table, club kitties and shared winnings, coin and token jars.
Solutions read like a budgeting app's notes or someone ticking off a bank statement.

Standard library only.  generate(seed, count) -> list of records.
generate_with_meta(seed, count) -> list of (record, meta) used by check.py.
"""

import json
import os
import random
import re

# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
        70: "seventy", 80: "eighty", 90: "ninety"}


def num_word(n):
    if n <= 20:
        return ONES[n]
    if n < 100:
        t = (n // 10) * 10
        return TENS[t] + ("-" + ONES[n % 10] if n % 10 else "")
    raise ValueError(n)


# ---------------------------------------------------------------------------
# word pools (all typed for this generator)
# ---------------------------------------------------------------------------
FEMALE = """Maya Priya Aisha Chloe Sofia Isla Amara Zara Leila Nadia Grace Hannah Ruby Freya
Elena Lucia Ines Mei Yuki Hana Ananya Kavya Deepa Meera Sunita Fatima Amina Noor Yasmin Layla
Chiara Giulia Marta Olga Katya Ingrid Astrid Sigrid Maeve Niamh Siobhan Aoife Ciara Bronwen
Rhiannon Tegan Jade Ebony Keisha Tanisha Imani Zainab Adaeze Chioma Folake Ngozi Thandi Lerato
Naledi Wanjiru Akosua Efua Rosa Carmen Lupe Ximena Valentina Camila Paloma Beatriz Renata
Gabriela Daniela Marisol Esme Poppy Daisy Matilda Harriet Imogen Tilly Winnie Edie Mabel
Florence Agnes Lottie Bea Nell Ottilie Suki Anjali Pooja Shreya Riya Tara Kiri Aroha Moana
Leilani Malia Soraya Parisa Shirin Dalia Rania Hiba Selin Elif Defne Zeynep Aylin Oksana""".split()
MALE = """Leo Omar Ravi Arjun Kiran Tariq Yusuf Bilal Hamza Idris Kwame Kofi Tunde Chidi Emeka
Sipho Thabo Jabari Malik Andre Marcus Dev Rohan Vikram Sanjay Nikhil Aarav Hiro Kenji Takeshi
Jin Wei Tao Bao Minh Luca Matteo Giorgio Pablo Diego Mateo Santiago Joaquin Rafael Tomas Felipe
Lars Nils Sven Bjorn Finn Oisin Cian Declan Rhys Owen Gareth Dylan Callum Angus Hamish Euan
Alfie Archie Ollie Freddie Harry Jack Noah Elijah Caleb Isaac Samuel Ethan Reuben Ezra Jonah
Felix Otto Hugo Bruno Emil Anton Pavel Dmitri Oleg Bogdan Stefan Milan Goran Arash Dariush
Kamran Farid Rami Karim Nasser Zaid Ibrahim Musa Abdi Jamal Desmond Winston Clive Rupert
Barnaby Monty Percy Wilf Stanley Cyril Errol Tevita Sione Manu Kai Keanu Mika Joel Aziz""".split()

GROUPS = [  # (name, possessive-name)
    ("the twins", "the twins'"), ("the Okafor kids", "the Okafor kids'"),
    ("the Patel sisters", "the Patel sisters'"), ("the two flatmates", None),
    ("the Kowalski brothers", "the Kowalski brothers'"), ("the cousins", "the cousins'"),
    ("the Nguyen family", "the Nguyen family's"), ("the Harrisons", "the Harrisons'"),
]
# "the two flatmates" has a number word: never used (kept None to skip)
GROUPS = [g for g in GROUPS if g[1] is not None]

ITEMS = """a phone case|a paperback|a comic|a bus pass|a cinema ticket|a sandwich|a slice of pizza|
a milkshake|a bubble tea|a kebab|a burrito|a bowl of ramen|a box of doughnuts|a bag of sweets|
a bar of chocolate|an ice cream|a hoodie|a T-shirt|a scarf|a woolly hat|some gloves|some trainers|
some flip-flops|a rucksack|a lunchbox|a water bottle|a keyring|a board game|a jigsaw|a football|
a tennis racket|a skateboard deck|a bike helmet|a bike lock|some headphones|some earbuds|
a phone charger|a memory card|a video game|a concert ticket|a festival wristband|a museum pass|
a train ticket|a taxi ride|a bunch of flowers|a pot plant|a cactus|a birthday card|a box of crayons|
a sketchbook|some paints|a set of brushes|a calculator|a pencil case|a school jumper|a tie|a belt|
a watch|a bracelet|some earrings|a necklace|a lipstick|some nail polish|a bottle of perfume|
a bottle of shampoo|some sun cream|a toothbrush|a hairdryer|a kettle|a toaster|a frying pan|
a teapot|a mug|a cushion|a lamp|a rug|a mirror|a picture frame|a poster|a calendar|a diary|
a fountain pen|a stapler|a desk fan|a torch|a phone stand|a mouse mat|a keyboard|a computer mouse|
a webcam|a USB stick|a speaker|a radio|a camera strap|a photo album|a guitar strap|
a set of guitar strings|a ukulele|a harmonica|a recorder|some sheet music|a vinyl record|a CD|
a magazine|a newspaper|a crossword book|a cookbook|a novel|a dictionary|an atlas|a globe|a kite|
a frisbee|a yo-yo|a skipping rope|a basketball|a swimming cap|some goggles|a yoga mat|a gym bag|
some dumbbells|a bag of dog food|a cat toy|a dog lead|a bird feeder|a bag of compost|some seeds|
a watering can|a trowel|a garden gnome|a paddling pool|a beach towel|a sun hat|some sunglasses|
an umbrella|a raincoat|some wellies|a winter coat|a dressing gown|some pyjamas|some socks|
a denim jacket|a sweatshirt|a tracksuit|a football shirt|a cap|a beanie|a handbag|a suitcase|
a travel pillow|a map|a guidebook|a postcard|a souvenir mug|a fridge magnet|a snow globe|
a bag of popcorn|a hot dog|a plate of chips|a curry|a pizza|a birthday cake|a box of macarons|
some cupcakes|a loaf of sourdough|a jar of honey|a bag of apples|some strawberries|a watermelon|
a pineapple|a bag of rice|a bottle of olive oil|a tub of ice cream|a box of cereal|
a carton of juice|a bag of crisps|a packet of biscuits|a smoothie|a flat white|a hot chocolate|
a bottle of lemonade|a can of cola|a box of tea bags|a jar of coffee|a pack of batteries|
a light bulb|a screen protector|a laptop sleeve|a tablet case|a stylus|a printer cartridge|
a ream of paper|a box of envelopes|a book of stamps|a gift bag|a roll of wrapping paper|a candle|
a bath bomb|a face mask|a teddy bear|a doll|a toy car|a train set|a Lego set|a model kit|
a puzzle book|a colouring book|a fidget toy|a water pistol|a bucket and spade|a lava lamp|
a bean bag|a hammock|a camping stove|a sleeping bag|a tent peg set|a thermos flask|a chess set|
a deck of cards|a tin of paint|a sewing kit|a pack of sticky notes|a houseplant|a bonsai tree|
a fish tank|a hamster cage|a bag of bird seed|a box of chocolates|a jar of pickles|a tub of hummus|
a wedge of cheese|a bag of oranges|a punnet of cherries|a pack of noodles|a veggie burger|
a falafel wrap|a plate of dumplings|a bowl of pho|a samosa|a mango lassi|a churro|a crepe|
a pretzel|a bagel|a croissant|a cinnamon bun|a lemon tart|a slice of cheesecake""".replace("\n", "").split("|")
ITEMS = [i.strip() for i in ITEMS if i.strip()]

CHEAP_ITEMS = set("""a comic|a sandwich|a slice of pizza|a milkshake|a bubble tea|a kebab|a burrito|a bowl of ramen|
a box of doughnuts|a bag of sweets|a bar of chocolate|an ice cream|a keyring|a birthday card|a box of crayons|a mug|
a postcard|a fridge magnet|a bag of popcorn|a hot dog|a plate of chips|a loaf of sourdough|a jar of honey|
a bag of apples|some strawberries|a carton of juice|a bag of crisps|a packet of biscuits|a smoothie|a flat white|
a hot chocolate|a bottle of lemonade|a can of cola|a box of tea bags|a light bulb|a gift bag|a candle|a bath bomb|
a pack of sticky notes|a bag of bird seed|a jar of pickles|a tub of hummus|a bag of oranges|a punnet of cherries|
a pack of noodles|a veggie burger|a falafel wrap|a plate of dumplings|a bowl of pho|a samosa|a mango lassi|a churro|
a crepe|a pretzel|a bagel|a croissant|a cinnamon bun|a lemon tart|a slice of cheesecake|a newspaper|a magazine|
a toothbrush|a yo-yo|a pencil case|a book of stamps|a roll of wrapping paper|a fidget toy|a cat toy|some seeds|
a pack of batteries|a deck of cards|a water pistol|a colouring book|a puzzle book|a crossword book|a pineapple|
a watermelon|a bag of rice|a box of cereal|a tub of ice cream|a wedge of cheese|a box of envelopes|a stylus""".replace("\n", "").split("|"))
BIG_ITEMS = set("""a hairdryer|a kettle|a toaster|a lamp|a rug|a keyboard|a webcam|a speaker|a ukulele|a tennis racket|
a skateboard deck|a bike helmet|a video game|a concert ticket|a festival wristband|a winter coat|a suitcase|
a handbag|a tent peg set|a camping stove|a sleeping bag|a hammock|a fish tank|a hamster cage|a watch|a necklace|
a bottle of perfume|some trainers|a rucksack|a denim jacket|a tracksuit|a football shirt|a board game|
a train set|a Lego set|a bonsai tree|a chess set|a printer cartridge|a desk fan|a radio|some headphones|
some dumbbells|a yoga mat|a paddling pool|a raincoat|a dressing gown|a bean bag|a lava lamp|a globe""".replace("\n", "").split("|"))

PRICEY_ITEMS = ["a laptop", "a secondhand bike", "a new sofa", "a games console", "a phone", "a weekend away",
                "a television", "a washing machine", "an electric guitar", "a camera", "a tablet", "a flight home",
                "a violin", "a new mattress", "a fridge", "a drone", "an e-scooter", "a block of driving lessons",
                "a festival ticket", "a wedding outfit", "a smartwatch", "a coffee machine", "a road bike",
                "a telescope", "a keyboard piano", "a dishwasher", "a gaming chair", "a set of golf clubs",
                "a surfboard", "a tumble dryer", "a pram", "a microwave", "a desk chair", "a language course"]

SOLD = """{pos} old bike|{pos} old phone|a stack of comics|{pos} games console|{pos} outgrown football boots|
some old textbooks|{pos} drum kit|a box of vinyl records|{pos} old skateboard|{pos} prom dress|
{pos} old camera|a pile of DVDs|{pos} scooter|{pos} guitar|{pos} tent|some homemade jam|
{pos} old laptop|{pos} trading card collection|a box of Lego|{pos} old school blazer|{pos} rollerblades|
{pos} snowboard|some plants from {pos} garden|{pos} keyboard|a painting|{pos} old wetsuit|
{pos} dolls' house|{pos} telescope|{pos} sewing machine|{pos} old tablet|{pos} fishing rod|
a bag of old clothes|{pos} record player|{pos} exercise bike|{pos} old pram""".replace("\n", "").split("|")
SOLD = [s.strip() for s in SOLD if s.strip()]

PLURAL_GOODS = ["cupcakes", "friendship bracelets", "jars of jam", "old comics",
                "tickets to the school play", "raffle tickets", "handmade cards", "bunches of flowers",
                "plant cuttings", "bags of lemons", "secondhand books", "scented candles", "knitted hats",
                "keyrings", "glasses of lemonade", "pencil portraits", "homemade pies", "bird boxes",
                "tie-dye T-shirts", "jars of chutney", "loaves of banana bread", "beaded necklaces"]

GIVERS = ["{pos} gran", "{pos} grandad", "{pos} nan", "{pos} grandpa", "{pos} abuela", "{pos} nani",
          "{pos} dadi", "{pos} aunt", "{pos} uncle", "{pos} godmother", "{pos} godfather", "{pos} mum",
          "{pos} dad", "{pos} big sister", "{pos} older brother", "{pos} stepdad", "{pos} stepmum",
          "a neighbour", "{pos} cousin", "a family friend", "{pos} auntie", "{pos} great-aunt",
          "{pos} lola", "{pos} oma", "{pos} opa", "{pos} nonna", "{pos} babcia", "{pos} granny"]

PLACES_FIND = ["down the back of the sofa", "in an old coat pocket", "under the car seat",
               "in the washing machine", "on the pavement outside school", "in last winter's jacket",
               "tucked inside an old birthday card", "at the bottom of {pos} school bag", "under {pos} bed",
               "behind the radiator", "in the garden", "in a kitchen drawer", "inside some old jeans",
               "in the pocket of {pos} dressing gown", "under a cushion", "in a forgotten handbag",
               "between the pages of a library book", "in the glovebox", "in a tin in the attic",
               "in the fruit bowl"]
PLACES_LOSE = ["on the bus", "at the fair", "somewhere in the park", "through a hole in {pos} pocket",
               "on the way home", "at the beach", "in the crowd at the match", "at the funfair",
               "in a taxi", "at the shopping centre", "at the festival", "on the train"]

ACTIVITIES = [("babysitting for the neighbours", "babysitting money"), ("washing cars on the street", "car-wash money"),
              ("mowing lawns", "lawn-mowing money"), ("walking dogs after school", "dog-walking pay"),
              ("doing a paper round", "paper-round wages"), ("tutoring maths", "tutoring fees"),
              ("selling lemonade", "lemonade sales"), ("at a weekend job in a café", "café wages"),
              ("helping out at the market", "market pay"), ("delivering leaflets", "leaflet money"),
              ("busking in the square", "busking takings"), ("pet-sitting", "pet-sitting pay"),
              ("on a shift at the cinema", "cinema shift pay"), ("fixing phones for classmates", "phone repairs"),
              ("selling cakes at the fair", "cake sales"), ("doing chores", "chore money"),
              ("painting a neighbour's fence", "fence-painting pay"), ("from overtime", "overtime pay"),
              ("selling crafts online", "craft sales"), ("as a lifeguard", "lifeguard wages"),
              ("refereeing junior football", "refereeing fees"), ("house-sitting", "house-sitting pay"),
              ("at a street-food stall", "stall takings"), ("giving piano lessons", "piano-lesson fees"),
              ("clearing out gutters", "gutter-clearing pay"), ("waiting tables", "waitressing wages")]

CONTESTS = [("in a raffle", "raffle win"), ("on a scratch card", "scratch-card win"), ("at the pub quiz", "quiz prize"),
            ("in a drawing competition", "competition prize"), ("in the office sweepstake", "sweepstake win"),
            ("at bingo", "bingo win"), ("in a chess tournament", "chess prize"), ("in a radio phone-in", "radio prize"),
            ("at the school tombola", "tombola prize"), ("in a talent show", "talent-show prize"),
            ("in a photo contest", "photo prize"), ("in a spelling bee", "spelling-bee prize"),
            ("in a baking contest", "baking prize"), ("on a quiz show", "quiz-show winnings")]

OCCASIONS = [("for {pos} birthday", "birthday money"), ("for Diwali", "Diwali money"), ("for Eid", "Eid money"),
             ("for Christmas", "Christmas money"), ("for Lunar New Year", "red-envelope money"),
             ("for passing {pos} driving test", "driving-test reward"), ("for good exam results", "exam reward"),
             ("for losing a tooth", "tooth money"), ("for Hanukkah", "Hanukkah gelt"),
             ("for helping with the move", "moving-day thanks"), ("for the summer holidays", "holiday money")]

BILLS = ["phone bill", "electricity bill", "gas bill", "water bill", "internet bill", "gym membership",
         "streaming subscription", "music subscription", "car insurance", "dentist bill", "vet bill",
         "library fine", "parking fine", "school trip fee", "swimming lessons", "share of the rent",
         "TV licence", "magazine subscription", "phone contract", "climbing-wall pass", "bus season ticket"]

CHARITIES = ["the animal shelter", "the food bank", "a flood appeal", "the children's hospital", "the local hospice",
             "a river clean-up fund", "the school roof appeal", "a guide-dog charity", "the lifeboat service",
             "a homeless shelter", "the wildlife trust", "the hedgehog rescue", "a cancer charity",
             "the mosque's building fund", "the temple kitchen", "the church roof fund", "the street library"]

SHOPS = ["the corner shop", "the bakery", "the chip shop", "the bookshop", "the garden centre", "the market stall",
         "the ice-cream van", "the newsagent's", "the café on the high street", "the hardware store", "the farm shop",
         "the barber's", "the flower stall", "the record shop", "the taco truck", "the noodle bar", "the bike shop",
         "the charity shop", "the deli", "the toy shop", "the launderette", "Rosa's Deli", "Mr Osei's fruit stall",
         "the juice bar", "the village post office", "the pet shop", "the surf shack", "the sweet shop"]

RESTAURANTS = ["the Thai place on the corner", "Luigi's", "the curry house", "the sushi bar", "the pizzeria",
               "the steakhouse", "the dim sum restaurant", "a tapas bar", "the burger joint", "the seafood shack",
               "the Lebanese grill", "the Ethiopian restaurant", "the diner", "the pub", "the Greek taverna",
               "the ramen bar", "the Korean barbecue place", "the vegan café", "the Turkish meze house"]

PEOPLE_GROUPS = [("friends", "friend"), ("cousins", "cousin"), ("grandchildren", "grandchild"),
                 ("team-mates", "team-mate"), ("flatmates", "flatmate"), ("classmates", "classmate"),
                 ("nephews", "nephew"), ("bandmates", "bandmate"), ("workmates", "workmate"),
                 ("kids", "kid"), ("neighbours", "neighbour"), ("club members", "club member")]
POTS = [("envelopes", "envelope"), ("jars", "jar"), ("savings pots", "savings pot"), ("piles", "pile"),
        ("tins", "tin"), ("money boxes", "money box"), ("bundles", "bundle"), ("pouches", "pouch")]

CURRENCIES = [
    # sym, plural word, singular word, slang
    {"sym": "$", "pl": "dollars", "sg": "dollar", "slang": "bucks", "small": "cents"},
    {"sym": "£", "pl": "pounds", "sg": "pound", "slang": "quid", "small": "pence"},
    {"sym": "€", "pl": "euros", "sg": "euro", "slang": None, "small": "cents"},
    {"sym": "₹", "pl": "rupees", "sg": "rupee", "slang": None, "small": "paise"},
    {"sym": None, "pl": "pesos", "sg": "peso", "slang": None, "small": "centavos"},
    {"sym": None, "pl": "rand", "sg": "rand", "slang": None, "small": "cents"},
    {"sym": "₦", "pl": "naira", "sg": "naira", "slang": None, "small": "kobo"},
]
CUR_WEIGHTS = [34, 26, 16, 12, 6, 3, 3]

COIN_UNITS = [
    {"pl": "coins", "sg": "coin"}, {"pl": "pennies", "sg": "penny"}, {"pl": "dimes", "sg": "dime"},
    {"pl": "nickels", "sg": "nickel"}, {"pl": "arcade tokens", "sg": "arcade token"},
    {"pl": "tokens", "sg": "token"}, {"pl": "rupee coins", "sg": "rupee coin", "cur": True},
    {"pl": "euro coins", "sg": "euro coin", "cur": True}, {"pl": "pound coins", "sg": "pound coin", "cur": True},
    {"pl": "chocolate coins", "sg": "chocolate coin"}, {"pl": "peso coins", "sg": "peso coin", "cur": True},
    {"pl": "game tokens", "sg": "game token"},
]
COIN_ITEMS = ["a keyring", "a bouncy ball", "a bag of sweets", "a sticker book", "a toy car", "a plush toy",
              "a lolly", "a comic", "a go on the claw machine", "a packet of cards", "a glow stick",
              "a whistle", "a badge", "a rubber duck", "a bag of marbles", "a tiny robot"]

# person containers: (phrase with pos, bare noun, kind)  kind: jar / wallet / acct
CONTAINERS = [
    ("{pos} piggy bank", "piggy bank", "jar"), ("{pos} savings jar", "savings jar", "jar"),
    ("the jam jar on {pos} shelf", "jam jar", "jar"), ("{pos} money tin", "money tin", "jar"),
    ("{pos} coin jar", "coin jar", "jar"), ("{pos} money box", "money box", "jar"),
    ("the holiday-fund jar", "holiday-fund jar", "jar"), ("{pos} rainy-day jar", "rainy-day jar", "jar"),
    ("the biscuit tin under {pos} bed", "biscuit tin", "jar"),
    ("{pos} wallet", "wallet", "wallet"), ("{pos} purse", "purse", "wallet"),
    ("{pos} pocket", "pocket", "wallet"), ("{pos} bum bag", "bum bag", "wallet"),
    ("the envelope in {pos} drawer", "envelope", "wallet"), ("{pos} coat pocket", "coat pocket", "wallet"),
    ("{pos} bank account", "bank account", "acct"), ("{pos} savings account", "savings account", "acct"),
    ("{pos} current account", "current account", "acct"), ("{pos} student account", "student account", "acct"),
    ("{pos} spending pot in the banking app", "spending pot", "acct"), ("{pos} digital wallet", "digital wallet", "acct"),
]

TILL_OWNERS_ROLE = ["the owner", "the manager", "the shop assistant", "the cashier", "the assistant manager"]
KITTIES = [("the netball team's kitty", "kitty", "team-mates", "team-mate"),
           ("the office collection for a leaving present", "collection", "colleagues", "colleague"),
           ("the tip jar at {shop}", "tip jar", "staff", "member of staff"),
           ("the class trip fund", "trip fund", "pupils", "pupil"),
           ("the lottery syndicate's pot", "pot", "syndicate members", "syndicate member"),
           ("the book club's kitty", "kitty", "members", "member"),
           ("the family holiday fund", "holiday fund", "family members", "family member"),
           ("the swear jar in the kitchen", "swear jar", "flatmates", "flatmate"),
           ("the street party fund", "party fund", "households", "household"),
           ("the choir's travel fund", "travel fund", "singers", "singer"),
           ("the allotment society's cash box", "cash box", "plot holders", "plot holder"),
           ("the five-a-side team's subs tin", "subs tin", "players", "player")]
# "five-a-side" has a number word: filter it out
KITTIES = [k for k in KITTIES if "five" not in k[0]]

# ---------------------------------------------------------------------------
# template engine
# ---------------------------------------------------------------------------


def _match(s, i):
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced: " + s)


def _split_top(s, sep):
    parts, depth, cur = [], 0, []
    for ch in s:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def third_person(word):
    irregular = {"have": "has", "do": "does", "go": "goes", "be": "is"}
    if word in irregular:
        return irregular[word]
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def conj(base, past, person, tense):
    head, _, rest = base.partition(" ")
    rest = (" " + rest) if rest else ""
    if head == "be":
        if tense == "pres":
            return {"1s": "am", "3s": "is", "pl": "are"}[person] + rest
        return {"1s": "was", "3s": "was", "pl": "were"}[person] + rest
    if tense == "past":
        return past
    if person == "3s":
        return third_person(head) + rest
    return base


class Ctx:
    def __init__(self, rng, tense, holder):
        self.rng = rng
        self.tense = tense
        self.holder = holder           # dict
        self.slots = {}
        self.verbs_used = []

    def expand(self, tpl, slots=None):
        slots = slots if slots is not None else self.slots
        parsed = _PARSED.get(tpl)
        if parsed is None:
            parsed = _parse(tpl)
            _PARSED[tpl] = parsed
        return self._run(parsed, slots)

    def _run(self, parsed, slots):
        out = []
        rng = self.rng
        for tok in parsed:
            if tok.__class__ is str:
                out.append(tok)
                continue
            kind = tok[0]
            if kind == "s":
                val = slots[tok[1]]
                if callable(val):
                    val = val()
                out.append(val)
            elif kind == "c":
                out.append(self._run(rng.choice(tok[1]), slots))
            elif kind == "t":
                out.append(self._run(tok[1] if self.tense == "pres" else tok[2], slots))
            else:  # verb
                base, past = rng.choice(tok[2])
                p = tok[1] or self.holder["person"]
                self.verbs_used.append(base)
                v = conj(base, past, p, self.tense)
                out.append(self.expand(v, slots) if "{" in v else v)
        return "".join(out)


_PARSED = {}


def _parse(tpl):
    toks, i, lit = [], 0, []
    while i < len(tpl):
        ch = tpl[i]
        if ch == "{":
            if lit:
                toks.append("".join(lit))
                lit = []
            j = _match(tpl, i)
            inner = tpl[i + 1:j]
            if inner.startswith("c:"):
                toks.append(("c", [_parse(o) for o in _split_top(inner[2:], "/")]))
            elif inner.startswith("t:"):
                pres, past = _split_top(inner[2:], "|")
                toks.append(("t", _parse(pres), _parse(past)))
            else:
                for pref, person in (("v:", None), ("v3:", "3s"), ("vp:", "pl")):
                    if inner.startswith(pref):
                        opts = [tuple(o.split("|")) for o in _split_top(inner[len(pref):], "/")]
                        toks.append(("v", person, opts))
                        break
                else:
                    toks.append(("s", inner))
            i = j + 1
        else:
            lit.append(ch)
            i += 1
    if lit:
        toks.append("".join(lit))
    return toks


def cap(s):
    if s and s[0].isalpha():
        return s[0].upper() + s[1:]
    return s


# ---------------------------------------------------------------------------
# change templates.  Fields: text, memo (list), op, k (fixed operand or None),
# units ('m' money, 'u' counted coins/tokens, 'mu' both), conts (container kinds allowed),
# mode for div ('keep' / 'each'), q (question template for 'each' mode)
# ---------------------------------------------------------------------------


def T(op, text, memo, k=None, units="m", conts="jwa", mode="keep", q=None, amax=None, pair=False):
    return {"op": op, "text": text, "memo": memo, "k": k, "units": units, "conts": conts, "mode": mode, "q": q,
            "amax": amax, "pair": pair}


PERSON_ADD = [
    T("+", "{S} {v:get|got/receive|received/collect|collected/pick up|picked up} {M} from {giver}",
      ["the money from {giver}", "{giver}'s gift", "cash from {giver}"], units="mu"),
    T("+", "{giver} {v3:give|gave/send|sent/hand|handed/slip|slipped/pass|passed} {obj} {M} {occasion}",
      ["{occ_memo}", "the gift from {giver}"], units="mu"),
    T("+", "{giver} {v3:give|gave/send|sent/hand|handed/slip|slipped/post|posted} {obj} {M}",
      ["the gift from {giver}", "{giver}'s present"], units="mu"),
    T("+", "{S} {v:be given|was given/be sent|was sent/be handed|was handed/be gifted|was gifted} {M} by {giver}",
      ["{giver}'s gift", "the money from {giver}"], units="mu"),
    T("+", "{S} {v:get|got/receive|received/be given|was given} {M} {occasion}", ["{occ_memo}"]),
    T("+", "{S} {v:earn|earned/make|made/pull in|pulled in/bring in|brought in/rake in|raked in/take home|took home/pocket|pocketed/net|netted} {M} {activity}",
      ["{act_memo}"]),
    T("+", "{S} {v:find|found/come across|came across/stumble on|stumbled on/turn up|turned up/dig out|dug out/spot|spotted/discover|discovered/unearth|unearthed} {M} {place}",
      ["found money", "the cash {place}", "the lucky find"], units="mu"),
    T("+", "{S} {v:win|won/scoop|scooped/bag|bagged/land|landed/pick up|picked up} {M} {contest}",
      ["the {con_memo}", "winnings"], units="mu"),
    T("+", "{S} {v:sell|sold/flog|flogged/part with|parted with} {sitem} for {M}",
      ["selling {sitem}", "the sale of {sitem}"]),
    T("+", "{S} {v:get|got/receive|received/claim|claimed} a refund of {M} for {item}",
      ["the refund for {item}", "refund ({item})"]),
    T("+", "{S} {v:return|returned/take back|took back} {item} and {v:get|got} {M} back",
      ["the refund for {item}", "{item} sent back"]),
    T("+", "{S} {v:put|put/drop|dropped/slot|slotted/stash|stashed/tuck|tucked/pop|popped/stick|stuck/feed|fed} {M} into {cont}",
      ["money put in", "the deposit", "a top-up"], units="mu", conts="jw"),
    T("+", "{S} {v:squirrel away|squirrelled away/tuck away|tucked away} another {M} in {cont}",
      ["money tucked away", "the extra savings"], units="mu", conts="jw"),
    T("+", "{S} {v:pay in|paid in/deposit|deposited/transfer|transferred/move|moved} {M} into {cont}",
      ["the deposit", "money paid in", "the transfer in"], conts="a"),
    T("+", "{M} {v3:land|landed/arrive|arrived/turn up|turned up/show up|showed up/pop up|popped up/appear|appeared} in {cont} {source}",
      ["{src_memo}", "money in: {src_memo}"], conts="a"),
    T("+", "{person} {v3:pay back|paid back/repay|repaid/hand back|handed back/return|returned} the {M} {opp} {c:owed {obj}/borrowed from {obj}/had borrowed}",
      ["{person} paying back", "repayment from {person}", "the loan coming back"], units="mu"),
    T("+", "{S} {v:make|made/collect|collected/get|got/pick up|picked up} {M} in tips {c:at the café/on {pos} shift/at the restaurant/on {pos} delivery round}",
      ["tips", "tip money", "the tips"], amax=200),
    T("+", "the bank {v3:add|added/pay|paid/credit|credited} {M} {c:in interest/of interest/as a loyalty bonus} to {cont}",
      ["interest", "the bank bonus"], conts="a", amax=80),
    T("+", "{S} {v:get|got/earn|earned/receive|received/bag|bagged} {M} cashback on {item}", ["cashback", "cashback on {item}"], amax=60),
    T("+", "{S} {v:scrape together|scraped together/rustle up|rustled up/round up|rounded up/raise|raised} another {M} from {c:odd jobs/chores around the house/helping at the market/a garage sale}",
      ["odd jobs", "the extra money", "odd-job money"]),
    T("+", "{S} {v:top up|topped up/boost|boosted/pad out|padded out} {cont} with {M}",
      ["the top-up", "a top-up"], units="mu"),
    T("+", "{S} {v:add|added} {M} to {cont}", ["the top-up", "money added"], units="mu"),
    T("+", "{S} {v:be paid|was paid/get paid|got paid} {M} for {job}", ["pay for {job}", "wages"]),
    T("+", "{pos} {c:boss/manager/supervisor} {v3:hand|handed/give|gave/pay|paid} {obj} a bonus of {M}", ["the bonus", "work bonus"]),
    T("+", "a grateful stranger {v3:give|gave/hand|handed} {obj} {M} for returning a lost {c:dog/cat/wallet/phone}", ["the reward", "reward money"], amax=100),
    T("+", "{S} {v:get|got/receive|received/collect|collected} {pos} {c:weekly/monthly/usual} allowance of {M}", ["allowance", "pocket money"], amax=100),
    T("+", "{S} {v:sell|sold/flog|flogged} {sitem} online and {v:clear|cleared/make|made/pocket|pocketed} {M}", ["the online sale", "selling {sitem}"]),
    T("+", "a cheque for {M} {t:arrives|arrived} from {giver}, and {S} {v:pay|paid} it in",
      ["the cheque from {giver}", "{giver}'s cheque"], conts="a"),
    T("+", "{S} {v:hit|hit} the jackpot on {c:a fruit machine/the tombola/a scratch card} and {v:walk|walked} away with {M}",
      ["the jackpot", "jackpot winnings"]),
    T("+", "{S} {v:charge|charged/bill|billed} {person} {M} for {c:fixing a bike/a haircut/an hour of tutoring/a lift to the airport}",
      ["payment from {person}", "{person}'s payment"], amax=150),
    T("+", "{S} {v:make|made/earn|earned} {M} selling {c:lemonade/homemade cookies/friendship bracelets/plants from {pos} garden/old video games/{pos} drawings}",
      ["sales", "the stall money"]),
    T("+", "{S} {v:cash in|cashed in/redeem|redeemed} a voucher and {v:get|got} {M} in cash", ["the voucher cash", "voucher money"]),
    T("+", "{S} {v:be reimbursed|was reimbursed/get reimbursed|got reimbursed} {M} for {c:train fares/a work lunch/petrol}", ["expenses paid back", "the reimbursement"], amax=300),
]

PERSON_SUB = [
    T("-", "{S} {v:spend|spent/blow|blew/splash out|splashed out/fork out|forked out/shell out|shelled out/lay out|laid out/drop|dropped/waste|wasted/splurge|splurged} {M} on {item}",
      ["{item}", "spending on {item}"], units="mu"),
    T("-", "{S} {v:put|put/use|used} {M} towards {item}", ["{item}", "money towards {item}"]),
    T("-", "{S} {v:buy|bought/pick up|picked up/grab|grabbed/order|ordered/snap up|snapped up/get|got/treat {refl} to|treated {refl} to} {item} for {M}",
      ["{item}", "buying {item}", "the purchase"], units="mu"),
    T("-", "{S} {v:pay|paid/hand over|handed over/cough up|coughed up/fork out|forked out} {M} for {item}",
      ["{item}", "paying for {item}"]),
    T("-", "{S} {v:give|gave/lend|lent/hand|handed/pass|passed/send|sent/slip|slipped/transfer|transferred} {M} to {person}",
      ["money for {person}", "{person}", "the loan to {person}"], units="mu"),
    T("-", "{S} {v:donate|donated/give|gave/contribute|contributed/pledge|pledged/chip in|chipped in} {M} to {charity}",
      ["the donation to {charity}", "donation", "{charity}"], units="mu"),
    T("-", "{S} {v:lose|lost/misplace|misplaced/mislay|mislaid/drop|dropped} {M} {lplace}",
      ["lost cash", "the lost money", "money lost {lplace}"], units="mu"),
    T("-", "{S} {v:pay|paid/settle|settled/clear|cleared/cover|covered} {pos} {bill} of {M}",
      ["the {bill}", "{bill}"]),
    T("-", "{S} {v:take|took/pull|pulled/fish|fished/shake|shook/grab|grabbed} {M} out of {cont}",
      ["cash taken out", "the withdrawal", "money out of the {contn}"], units="mu", conts="jw"),
    T("-", "{S} {v:withdraw|withdrew/take out|took out/draw out|drew out} {M} from {cont}",
      ["the withdrawal", "cash withdrawn"], conts="a"),
    T("-", "{S} {v:withdraw|withdrew/take out|took out} {M} {c:at the cash machine/from the ATM/at the bank counter}",
      ["the cash machine", "ATM withdrawal"], conts="a"),
    T("-", "a direct debit of {M} for {pos} {bill} {t:goes out|went out}", ["direct debit ({bill})", "the {bill}"], conts="a"),
    T("-", "a {c:card payment/standing order/contactless payment} of {M} to {shop} {t:leaves|left} {cont}",
      ["card payment to {shop}", "payment to {shop}"], conts="a"),
    T("-", "{S} {v:tip|tipped} the {c:waiter/taxi driver/hairdresser/delivery rider/barista/tour guide} {M}",
      ["the tip", "tipping"], amax=40),
    T("-", "{S} {v:pay back|paid back/repay|repaid/return|returned/hand back|handed back} the {M} {hp} {c:owed/had borrowed from} {person}",
      ["paying back {person}", "the debt to {person}"], units="mu"),
    T("-", "{S} {v:be charged|was charged/get charged|got charged/be fined|was fined/get fined|got fined} {M} {c:for a late library book/for parking in the wrong spot/as an overdraft fee/for a lost bus pass/for a missed appointment}",
      ["the fine", "the charge", "fees"], amax=150),
    T("-", "{S} {v:set aside|set aside/move|moved/put aside|put aside} {M} for {c:a birthday present/next month's rent/a holiday/the car repair}",
      ["money set aside", "the set-aside"], conts="wa"),
    T("-", "{S} {v:treat|treated} {c:{pos} friends/{pos} little brother/{pos} mum/{pos} flatmates/the whole team} to {c:ice cream/pizza/bubble tea/a cinema trip/brunch}, which {t:costs|cost} {M}",
      ["the treat", "treating everyone"], amax=120),
    T("-", "{S} {v:chip in|chipped in/put in|put in/contribute|contributed} {M} towards {c:a leaving present for a teacher/a friend's birthday gift/the class party/flowers for a neighbour}",
      ["the group gift", "the whip-round"]),
    T("-", "{pos} {sub} {v3:eat up|ate up/swallow|swallowed/take|took/gobble up|gobbled up} {M}",
      ["the {sub}", "{sub}"]),
    T("-", "{S} {v:lose|lost/gamble away|gambled away/fritter away|frittered away/squander|squandered} {M} on {c:the fruit machines/arcade games/scratch cards/a bet on the football}",
      ["the gamble", "money frittered away"], units="mu"),
    T("-", "{S} {v:sponsor|sponsored} {person} {M} for a charity {c:run/swim/bike ride/bake-off}",
      ["sponsoring {person}", "the sponsorship"], amax=100),
    T("-", "{S} {v:top up|topped up/recharge|recharged} {pos} {c:phone/travel card/bus card/gaming account/electricity meter} with {M}",
      ["the top-up", "topping up"], amax=100),
    T("-", "{S} {v:book|booked/reserve|reserved} {c:a driving lesson/a ferry crossing/a table for brunch/a spot on a pottery course/a hostel bed} for {M}",
      ["the booking", "the reservation"]),
    T("-", "{S} {v:get|got} {pos} hair cut for {M}", ["the haircut", "hairdresser"], amax=90),
    T("-", "{S} {v:fill up|filled up} the car with {M} of petrol", ["petrol", "fuel"], amax=150),
    T("-", "{S} {v:hand over|handed over} {M} at the {c:ticket office/counter/till} for {item}", ["{item}", "the counter"]),
    T("-", "{S} {v:feed|fed} {M} into the {c:parking meter/laundry machines/vending machine}", ["the machine", "coins fed in"], units="mu", amax=30),
    T("-", "{S} {v:order|ordered} a takeaway that {t:costs|cost} {M}", ["the takeaway", "takeaway"], amax=80),
]

PERSON_MUL = [
    T("*", "{S} {v:double|doubled/manage to double|managed to double} {pos} money {c:by reselling trainers online/with a lucky investment/at the market/in a card game}",
      ["doubling", "the doubling"], k=2),
    T("*", "{S} {v:triple|tripled/manage to triple|managed to triple} {pos} {c:money/savings/stash/pot}", ["tripling", "the tripling"], k=3),
    T("*", "{giver} {v3:double|doubled} whatever {t:is|was} in {cont}{c:/ as a reward/ for good grades/ as a birthday surprise}",
      ["{giver}'s doubling", "the doubling"], k=2, units="mu"),
    T("*", "{giver} {v3:triple|tripled} {Sp} savings {c:as a reward for good grades/as a birthday surprise/to help with a school trip}",
      ["{giver}'s tripling", "the tripling"], k=3),
    T("*", "{Sp} {c:money/pot/nest egg/cash} {v3:grow|grew} to {K} times {c:as much/what it was/the amount}",
      ["the growth", "growing it"]),
    T("*", "{S} {v:end up|ended up} with {K} times as much {c:money/cash} as {pp} had before",
      ["the multiplier", "ending up with more"]),
    T("*", "a lucky {c:investment/trade/bet} {v3:multiply|multiplied} {Sp} {c:money/savings} by {K}",
      ["the lucky {c:investment/bet}", "the multiplier"]),
    T("*", "{Sp} {c:nest egg/money/stash/pot} {v3:become|became} {K} times {c:larger/bigger/greater}",
      ["the boost", "the growth"], units="mu"),
    T("*", "{S} {v:spend|spent} all of it on trading cards, and they {vp:shoot up|shot up/go up|went up/climb|climbed/rise|rose} to {K} times their value before {pp} {v:sell|sold} them",
      ["the trading cards", "the resale"]),
    T("*", "thanks to a {c:bank promotion/savings match scheme/generous uncle}, {Sp} balance {t:is|was} multiplied by {K}",
      ["the promotion", "the match"], conts="a"),
    T("*", "{S} {v:turn|turned} it into {K} times as much {c:by flipping old furniture/by reselling concert tickets/at the car boot sale}",
      ["the flipping profit", "the resale"]),
    T("*", "{S} {v:bet|bet} all of it on {c:a horse/the football/a coin toss} and {v:win|won}, ending up with {K} times as much",
      ["the winning bet", "the bet"]),
    T("*", "{pos} {c:boss/company} {v3:quadruple|quadrupled} it with a savings bonus", ["the savings bonus", "the bonus"], k=4),
    T("*", "{S} {v:make|made} the money work and {v:double|doubled} it {c:buying and selling vintage clothes/at a market stall/trading old phones}",
      ["the doubling", "the side hustle"], k=2),
    T("*", "a {c:matched-savings scheme/generous sponsor/grandparent} {v3:double|doubled} {Sp} pot", ["the match", "doubling"], k=2),
    T("*", "{S} {v:end up|ended up} with twice as much as before", ["doubling", "twice as much"], k=2, units="mu"),
    T("*", "{Sp} stash {v3:grow|grew} to {K} times its size {c:over the summer/by the end of the year/after a good season}",
      ["the growth", "growing the stash"], units="mu"),
]

PERSON_DIV = [
    T("/", "{S} {v:share|shared/split|split/divide|divided} {it} equally {c:among/between} {K} {grp} and {v:keep|kept} one share{c:/ for {refl}}",
      ["the share-out", "sharing it out", "the split"], units="mu"),
    T("/", "{S} {v:divvy|divvied/carve|carved/parcel|parcelled} {it} up equally {c:among/between} {K} {grp} and {v:hold on to|held on to/hang on to|hung on to} one share",
      ["the share-out", "divvying up"], units="mu"),
    T("/", "{S} {v:split|split/divide|divided} {it} {K} ways with {pos} {grp} and {v:keep|kept} {pos} own share",
      ["the split", "the equal shares"], units="mu"),
    T("/", "{S} {v:spend|spent/blow|blew/splurge|splurged} half of {it} on {item}", ["{item}", "spending half"], k=2, units="mu"),
    T("/", "{S} {v:give|gave/hand|handed/pass|passed} half of {it} to {person}", ["half for {person}", "halving it"], k=2, units="mu"),
    T("/", "{S} {v:lose|lost/drop|dropped/misplace|misplaced} half of {it} {lplace}", ["the lost half", "halving it"], k=2, units="mu"),
    T("/", "{S} {v:put|put/move|moved/lock|locked} half of {it} {c:into a fixed savings bond/into a long-term account/into {pos} brother's keeping}",
      ["the half put away", "halving it"], k=2, conts="wa"),
    T("/", "{S} {v:keep|kept/hold on to|held on to} only half of {it} and {v:give|gave} the rest to {charity}", ["the donation of half", "halving it"], k=2, units="mu"),
    T("/", "{S} {v:keep|kept/hold on to|held on to/hang on to|hung on to/cling on to|clung on to} just a third of {it} and {v:pass|passed/give|gave/hand|handed} the rest to {person}",
      ["keeping a third", "the third kept"], k=3, units="mu"),
    T("/", "{S} {v:give|gave/donate|donated} all but a third of {it} to {charity}", ["keeping a third", "the donation"], k=3, units="mu"),
    T("/", "{Sp} {c:money/pot/stash/cash} {t:is|was} halved when {pp} {v:pay|paid} for {item}", ["{item}", "halving"], k=2),
    T("/", "{S} {v:split|split/divide|divided} {it} into {K} equal {pot} and {v:take|took/carry|carried/bring|brought} only one {c:to the fair/to the shops/on holiday/to town}",
      ["the envelopes", "the equal split"], units="mu"),
    T("/", "{S} {v:lose|lost} a bet {c:with {person}/on the match} and {v:have|had} to hand over half of {it}", ["the lost bet", "halving"], k=2, units="mu"),
    T("/", "only a third of {it} {t:is|was} left after {S} {v:pay|paid} for {item}", ["{item}", "a third left"], k=3),
    T("/", "{S} {v:share|shared} {it} out fairly so that each of the {K} {grp}, {obj} included, {t:gets|got} the same, and {v:keep|kept} {pos} share",
      ["the fair share", "sharing out"], units="mu"),
    # 'each' mode: only as the last change; the question asks for one share
    T("/", "{S} {v:split|split/divide|divided} {it} equally {c:among/between} {K} {grp}",
      ["the share-out", "the split"], units="mu", mode="each",
      q=["How much {v3:do|did} each {grp_sg} get?", "What {t:is|was} each {grp_sg}'s share?", "How much {t:does|did} each of the {grp} receive?"]),
    T("/", "{S} {v:share|shared/parcel|parcelled/dole|doled/hand|handed} {it} out equally {c:among/between} {K} {grp}",
      ["the share-out", "the split"], units="mu", mode="each",
      q=["How much {v3:do|did} each {grp_sg} get?", "What {t:is|was} each {grp_sg}'s share?", "How much {t:does|did} each of the {grp} receive?"]),
    T("/", "{S} {v:spread|spread/divide|divided/split|split} {it} evenly {c:across/into} {K} {pot}",
      ["spreading it out", "the equal split"], units="mu", mode="each",
      q=["How much {t:goes|went} into each {pot_sg}?", "How much {t:is|was} in each {pot_sg}?", "What {t:does|did} each {pot_sg} hold?"]),
]

# counted coins / tokens (unit scene)
COUNT_EXTRA = [
    T("+", "{S} {v:win|won/earn|earned/rack up|racked up} {M} on the {c:dance machine/air hockey table/basketball game/coin pusher}",
      ["the {c:arcade/game} win", "winnings"], units="u"),
    T("+", "{S} {v:swap|swapped/trade|traded} {item} with {person} for {M}", ["the swap", "trading {item}"], units="u"),
    T("-", "{S} {v:swap|swapped/trade|traded/exchange|exchanged} {M} for {citem}", ["{citem}", "the swap"], units="u"),
    T("-", "{S} {v:use|used/spend|spent/put|put} {M} on {citem}", ["{citem}", "spending"], units="u"),
    T("*", "{S} {v:end up|ended up} with {K} times as many {unit} as before", ["the multiplier", "growing the pile"], units="u"),
    T("*", "a {c:bonus-token hour/bonus round/lucky streak} {v3:double|doubled} the {unit} {S} {v:have|had}", ["the bonus", "doubling"], k=2, units="u"),
    T("/", "{S} {v:give|gave/hand|handed} half of them to {person}", ["half for {person}", "halving"], k=2, units="u"),
    T("/", "{S} {v:sort|sorted/stack|stacked} them into {K} equal piles and {v:keep|kept} one pile", ["the piles", "the equal piles"], units="u"),
]

# allowance scene: the quantity starts as a rate per week
ALLOW_PRE = [
    T("*", "{Sp} parents {vp:double|doubled} it {c:for {pos} birthday month/as a reward for good grades/when {pp} {v:start|started} a new school/for the summer}",
      ["the doubled allowance", "doubling"], k=2),
    T("*", "{Sp} {c:gran/grandad/aunt} {v3:triple|tripled} it for {c:the holidays/a special month}", ["the tripled allowance", "tripling"], k=3),
    T("+", "{S} {v:get|got/earn|earned/win|won} a raise of {M} a week {c:for doing the dishes/for walking the dog/for good behaviour}",
      ["the weekly raise", "the raise"], amax=20),
    T("-", "{S} {v:agree|agreed/promise|promised} to put {M} a week towards {pos} phone contract", ["the phone money", "the weekly phone payment"]),
    T("+", "{giver} {v3:add|added/chip in|chipped in} another {M} a week", ["{giver}'s weekly extra", "the extra"], amax=20),
]
ALLOW_WEEKS = [
    T("*", "{S} {v:save|saved/keep|kept/put away|put away/bank|banked} all of it for {K} weeks", ["the weeks of saving", "weekly saving"]),
    T("*", "for {K} weeks, {S} {v:spend|spent} none of it and {v:drop|dropped} it all into {cont}", ["weeks of saving", "the saved weeks"], conts="jw"),
    T("*", "{S} {v:put|put/set|set} that whole amount aside every week for {K} weeks", ["the weeks set aside", "weekly saving"]),
    T("*", "{S} {v:collect|collected/receive|received/get|got} that same amount each week for {K} weeks", ["the weeks of pocket money", "weekly money"]),
]

TILL_ADD = [
    T("+", "a customer {v3:pay|paid/hand over|handed over} {M} for {item}", ["sale ({item})", "{item}"]),
    T("+", "{person} {v3:buy|bought/pick up|picked up/grab|grabbed} {item} for {M}", ["{person}'s {c:purchase/order}", "sale to {person}"]),
    T("+", "the {c:lunchtime/morning/after-school/evening} rush {v3:bring in|brought in/add|added/rake in|raked in} {M}", ["the rush", "rush takings"]),
    T("+", "{M} {t:comes|came} in from {c:coffee sales/the bake sale table/a big catering order/the school run/a coach party}", ["takings", "sales"]),
    T("+", "{owner} {v3:ring up|rang up/put through|put through/take|took} {M} for {c:a birthday cake order/a box of pastries/a wedding bouquet/a bike repair}",
      ["the {c:order/sale}", "takings"]),
    T("+", "a regular {v3:settle|settled/clear|cleared/pay off|paid off} a tab of {M}", ["the tab", "a settled tab"], amax=150),
    T("+", "{owner} {v3:top up|topped up} the till with {M} of change from the safe", ["change from the safe", "the top-up"]),
    T("+", "a tourist {v3:spend|spent/splash out|splashed out/blow|blew} {M} on {item}", ["the tourist's spend", "sale"]),
    T("+", "customers {vp:drop|dropped/leave|left/put|put} {M} in the till for {c:raffle tickets/hot drinks/a charity cake}", ["customers' cash", "sales"]),
    T("+", "a delivery app {v3:pay|paid/send|sent} {M} in cash orders", ["app orders", "delivery orders"]),
]
TILL_SUB = [
    T("-", "{owner} {v3:take|took/lift|lifted/remove|removed/pull|pulled} {M} out {c:for the bank/to pay the window cleaner/for the milk delivery/for stamps}",
      ["cash out", "the lift", "money taken out"]),
    T("-", "{M} {t:is|was} paid out to the {c:window cleaner/milkman/delivery driver/egg supplier/flower grower}", ["supplier paid", "the payout"]),
    T("-", "a customer {v3:return|returned/bring back|brought back} {item} and {v3:get|got} a refund of {M}", ["the refund", "refund ({item})"]),
    T("-", "{owner} {v3:pay|paid} the {c:plumber/newspaper boy/chimney sweep/locksmith} {M} from the till", ["the payout", "paying the {c:tradesman/bill}"]),
    T("-", "{M} {t:goes|went} into the safe", ["the safe drop", "the cash moved to the safe"]),
    T("-", "petty cash of {M} {t:is|was} taken out for {c:cleaning supplies/milk/light bulbs/bin bags}", ["petty cash", "petty cash out"], amax=60),
    T("-", "{owner} {v3:hand|handed/give|gave} {M} back to a customer who {t:was|had been} overcharged", ["the overcharge refund", "the correction"], amax=50),
    T("-", "{owner} {v3:buy|bought/grab|grabbed} {item} for the shop and {v3:pay|paid} {M} out of the till", ["shop supplies", "{item} for the shop"]),
]
TILL_MUL = [
    T("*", "by {c:lunchtime/mid-afternoon/closing}, the till {t:holds|held} {K} times as much as it did", ["the busy spell", "the takings"]),
    T("*", "a busy {c:market day/match day/bank holiday} {v3:double|doubled} what {t:is|was} in the till", ["the busy day", "doubling"], k=2),
    T("*", "the cash in the till {v3:triple|tripled} during the {c:festival/parade/school fair}", ["the festival", "tripling"], k=3),
]
TILL_DIV = [
    T("/", "half of it {t:goes|went} off to the bank", ["the bank run", "halving"], k=2),
    T("/", "{owner} {v3:bank|banked/send|sent} all but a third of it", ["the bank run", "keeping a third"], k=3),
    T("/", "at closing, {owner} {v3:split|split/divide|divided/share|shared} the cash equally into {K} bank bags", ["bagging up", "the bank bags"], mode="each",
      q=["How much {t:goes|went} in each bag?", "How much {t:is|was} in each bank bag?", "What {t:does|did} one bag hold?"]),
    T("/", "{owner} {v3:share|shared/split|split} it equally among the {K} staff as {c:a bonus/holiday pay/a thank-you}", ["the staff share", "the share-out"], mode="each",
      q=["How much {t:does|did} each member of staff get?", "What {t:is|was} each person's share?"]),
]

BILL_ADD = [
    T("+", "{S} {v:add|added/leave|left/put down|put down} a tip of {M}", ["the tip", "tip"], amax=150),
    T("+", "a service charge of {M} {t:is|was} added", ["the service charge", "service"], amax=100),
    T("+", "{person} {v3:order|ordered/add|added} {c:dessert/another round of drinks/a jug of lemonade/extra garlic bread/a cheese board}, which {v3:add|added/put|put} {M} on the bill",
      ["{person}'s extra order", "the extras"]),
    T("+", "drinks {vp:add|added/bring|brought/come to|came to} another {M}", ["drinks", "the drinks"]),
    T("+", "the waiter {v3:add|added/slip in|slipped in/tack on|tacked on} {M} for {c:bread/bottled water/corkage/the cake-cutting}", ["the extra charge", "bread and water"], amax=30),
    T("+", "coffees for the table {vp:add|added/come to|came to} {M} more", ["coffees", "the coffees"], amax=60),
    T("+", "{S} {v:decide|decided} to order {c:a birthday cake/a platter of fruit/a round of cocktails}, adding {M}", ["the extra order", "the late order"]),
]
BILL_SUB = [
    T("-", "a voucher {v3:take|took/knock|knocked} {M} off", ["the voucher", "voucher"]),
    T("-", "the manager {v3:knock|knocked/take|took/strike|struck} {M} off {c:for the slow service/for a cold dish/as an apology/for the wait}", ["the manager's discount", "the discount"]),
    T("-", "{person} {v3:pay|paid/put down|put down/hand over|handed over} {M} in cash {c:first/up front/before leaving early}", ["{person}'s cash", "the cash paid"]),
    T("-", "{S} {v:use|used/redeem|redeemed} a gift card worth {M}", ["the gift card", "gift card"]),
    T("-", "a charge of {M} for {c:a dish that never arrived/a drink nobody ordered/a side they sent back} {t:is|was} removed", ["the removed charge", "the correction"]),
    T("-", "a loyalty discount of {M} {t:comes|came} off", ["the loyalty discount", "loyalty points"], amax=60),
    T("-", "{person} {v3:cover|covered/settle|settled} {M} of it on {c:a card/the app} before heading home", ["{person}'s part", "the early payment"]),
]
BILL_DIV = [
    T("/", "{S} {v:split|split/divide|divided/share|shared} the bill equally {c:between/among} {K} people", ["the split", "splitting it"], mode="each",
      q=["How much {t:does|did} each person pay?", "What {t:is|was} each person's share?", "How much {t:does|did} each of them owe?"]),
    T("/", "the bill {t:is|was} split {K} ways", ["the split", "splitting it up"], mode="each",
      q=["How much {t:does|did} each person pay?", "What {t:is|was} one share?"]),
    T("/", "{S} {v:go|went} halves on it", ["going halves", "halves"], k=2, mode="each", pair=True,
      q=["How much {t:does|did} each of them pay?", "What {t:is|was} each person's share?", "What {v:do|did} they each owe?"]),
]

KITTY_ADD = [
    T("+", "{person} {v3:chip in|chipped in/throw in|threw in/add|added/put in|put in/contribute|contributed/drop in|dropped in} {M}", ["{person}'s money", "{person}"]),
    T("+", "a {c:raffle/bake sale/sponsored walk/quiz night/car wash} {v3:raise|raised/bring in|brought in/add|added} {M}", ["fundraising", "the fundraiser"]),
    T("+", "{M} more {t:comes|came} in from {c:late payers/a generous sponsor/a jumble sale/a local firm}", ["late money", "money in"]),
    T("+", "a local {c:business/shop/garage} {v3:donate|donated/chip in|chipped in/give|gave} {M}", ["the donation", "sponsor money"]),
    T("+", "{person} {v3:find|found/collect|collected} {M} in forgotten subs", ["back subs", "subs"], amax=150),
]
KITTY_SUB = [
    T("-", "{c:the treasurer/{person}} {v3:spend|spent/use|used/take|took} {M} {c:on a card and flowers/on new bibs/for the minibus/for pizza after training/on a cake}",
      ["spending", "the purchase"]),
    T("-", "{M} {t:goes|went} on {c:the pitch fee/a leaving cake/entry fees/the coach driver's tip/room hire}", ["fees", "the fee"]),
    T("-", "{person} {v3:borrow|borrowed/take out|took out} {M} for {c:raffle prizes/tea and biscuits/balloons/bunting}", ["{person}'s borrowing", "supplies"]),
    T("-", "the group {v3:pay|paid/hand over|handed over} {M} for {c:the hall hire/ferry tickets/a referee/the sound system}", ["hire costs", "payment"]),
]
KITTY_MUL = [
    T("*", "a local business {v3:match|matched} the total, doubling it", ["the match", "matched funding"], k=2),
    T("*", "the jackpot {v3:roll over|rolled over} and {v3:triple|tripled}", ["the rollover", "tripling"], k=3),
    T("*", "the {c:company/council/charity trust} {v3:multiply|multiplied} whatever {t:is|was} raised by {K}", ["the multiplier", "match funding"]),
    T("*", "the pot {v3:grow|grew} to {K} times as much after {c:a big fundraiser/a lucky draw}", ["the fundraiser", "growth"]),
]
KITTY_DIV = [
    T("/", "half of it {t:goes|went} to {charity} and the rest {t:stays|stayed} put", ["the donation", "halving"], k=2),
    T("/", "only a third {t:is|was} kept, and the rest {t:goes|went} to {charity}", ["keeping a third", "the third"], k=3),
    T("/", "the money {t:is|was} shared equally among the {K} {members}", ["the share-out", "sharing out"], mode="each",
      q=["How much {t:does|did} each {member} get?", "What {t:is|was} each {member}'s share?"]),
    T("/", "the {members} {vp:split|split/divide|divided/share|shared} it {K} ways", ["the split", "the shares"], mode="each",
      q=["What {t:is|was} each share?", "How much {t:does|did} each share come to?"]),
]

# ---------------------------------------------------------------------------
# starts.  single: {M}; product: {A} money (or count), {B} count
# ---------------------------------------------------------------------------
PERSON_START = [
    ("{S} {v:have|had} {M} in {cont}", "jwa"),
    ("there {t:is|was} {M} in {cont}", "jwa"),
    ("{S} {v:start|started} the {c:week/month/holiday/term/weekend} with {M} in {cont}", "jwa"),
    ("{Sp} {contn} {t:holds|held} {M}", "jw"),
    ("{S} {v:have|had} {M} saved up in {cont}", "jwa"),
    ("{S} {v:count|counted} the money in {cont} and {v:find|found} {M}", "jw"),
    ("{Sp} {c:bank statement/banking app} {t:shows|showed} a balance of {M}", "a"),
    ("after payday, {S} {v:have|had} {M} in {cont}", "a"),
    ("{S} {v:win|won} {M} {contest} and {v:put|put} it in {cont}", "jwa"),
    ("{S} {v:get|got} {M} {occasion} and {v:keep|kept} it in {cont}", "jw"),
    ("the {c:money/spare cash/cash} in {cont} {t:comes|came} to {M}", "jwa"),
    ("the savings in {cont} {t:add|added} up to {M}", "jwa"),
    ("at the start of the month, {cont} {t:has|had} {M} in it", "jwa"),
]
PERSON_START_PROD = [
    ("{S} {v:save|saved} {A} a week for {B} weeks", ["the weekly savings", "savings so far"]),
    ("{S} {v:have|had} {B} envelopes with {A} in each", ["the envelopes", "opening cash"]),
    ("{S} {v:work|worked} {B} hours at {A} an hour", ["wages", "the hours worked"]),
    ("{S} {v:sell|sold} {B} {goods} at {A} each", ["the {goods}", "sales"]),
    ("{S} {v:have|had} {B} notes, each worth {A}", ["the notes", "cash in notes"]),
    ("for {B} weeks, {S} {v:get|got} {A} pocket money and {v:save|saved} all of it", ["the pocket money", "weeks of saving"]),
    ("{S} {v:mow|mowed} {B} lawns and {v:charge|charged} {A} for each", ["the lawns", "lawn money"]),
    ("{S} {v:babysit|babysat} {B} times at {A} a time", ["babysitting", "the babysitting"]),
    ("{B} relatives each {vp:send|sent} {obj} {A} {occasion}", ["the gifts", "the relatives' money"]),
    ("{S} {v:walk|walked} dogs on {B} days and {v:earn|earned} {A} each day", ["dog walking", "the dog-walking days"]),
]
COUNT_START = [
    "{S} {v:have|had} {M} in {cont}",
    "there {t:are|were} {M} in {cont}",
    "{S} {v:count|counted} {M} in {cont}",
    "{Sp} {contn} {t:holds|held} {M}",
    "{S} {v:start|started} the day at the arcade with {M}",
]
COUNT_START_PROD = [
    ("{S} {v:have|had} {B} rolls of {A} {unit}", ["the rolls", "rolls of {unit}"]),
    ("{S} {v:have|had} {B} bags with {A} {unit} in each", ["the bags", "all the bags"]),
    ("{S} {v:fill|filled} {B} little tubs with {A} {unit} apiece", ["the tubs", "the full tubs"]),
    ("{S} {v:win|won} {A} {unit} on each of {B} games", ["the games", "the first games"]),
]
ALLOW_START = [
    "{S} {v:get|got} {M} a week in pocket money",
    "{Sp} weekly allowance {t:is|was} {M}",
    "{Sp} parents {vp:give|gave} {obj} {M} pocket money every week",
    "{S} {v:earn|earned} {M} a week from a paper round",
    "every week, {giver} {v3:give|gave} {obj} {M} to spend",
]
TILL_START = [
    "the till at {shop} {t:starts|started} the day with a float of {M}",
    "{owner} {v3:put|put} a float of {M} in the till before opening {shop}",
    "there {t:is|was} {M} in the till at {shop} when {owner} {v3:open|opened} up",
    "the cash drawer at {shop} {t:holds|held} {M} at opening time",
    "{shop} {t:opens|opened} with {M} in the till",
]
TILL_START_PROD = [
    ("{owner} {v3:count|counted} {B} bags of coins into the till, each worth {A}", ["the float bags", "the float"]),
    ("the till at {shop} {t:starts|started} with {B} notes of {A} each", ["the float notes", "the float"]),
    ("{B} customers {vp:pay|paid} {A} each for {c:a haircut/the early-bird breakfast/a car wash/a bunch of tulips} in the first hour at {shop}", ["first-hour sales", "the first customers"]),
]
BILL_START = [
    "the bill for {So} at {rest} {t:comes|came} to {M}",
    "{S} {v:run up|ran up} a bill of {M} at {rest}",
    "dinner for {So} at {rest} {t:costs|cost} {M}",
    "at {rest}, the bill for {So} {t:is|was} {M}",
    "{S} {v:have|had} lunch at {rest}, and the bill {t:is|was} {M}",
]
BILL_START_PROD = [
    ("{B} of {So} each {vp:order|ordered} the set menu, which {t:is|was} {A} a head, at {rest}", ["the set menus", "the mains"]),
    ("{S} {vp:order|ordered} {B} {c:mains/set lunches/tasting plates/sharing platters} at {A} each at {rest}", ["the mains", "the food"]),
    ("at {rest}, {S} {vp:have|had} {B} buffet tickets at {A} each", ["the buffet", "buffet tickets"]),
]
KITTY_START = [
    "{fund} {t:has|had} {M} in it",
    "{person} {v3:start|started} {fund} with {M}",
    "there {t:is|was} {M} in {fund}",
    "{fund} {t:stands|stood} at {M}",
]
KITTY_START_PROD = [
    ("{B} {members} each {vp:put|put} {A} into {fund}", ["the subs", "everyone's money"]),
    ("{B} people {vp:pay|paid} {A} each into {fund}", ["the payments", "the first payments"]),
]

# ---------------------------------------------------------------------------
# questions, distractors
# ---------------------------------------------------------------------------
PERSON_Q = [
    "How much money {v:do|did} {S} have {t:{c:now/left/after all that}|{c:left/at the end/after all that}}?",
    "How much {t:is|was} {c:left in/in} {cont} {t:{c:now/after all that}|{c:at the end/after all that}}?",
    "What {t:is|was} {Sp} {c:balance/final balance/closing balance} {t:now|at the end}?",
    "How many {curpl} {v:do|did} {S} {c:have/end up with} {t:{c:now/in the end}|in the end}?",
    "Work out how much {S} {v:have|had} {c:left/at the end}.",
    "{c:So/Then}, how much {v:do|did} {S} end up with?",
    "What {v3:do|did} {Sp} {contn} hold {t:now|at the end}?",
    "How much is left?",
    "How much cash {v:do|did} {S} have left?",
    "Find the amount in {cont} at the end.",
    "What {t:is|was} left in {cont}?",
    "How much {v:do|did} {S} have to {pos} name at the end?",
]
COUNT_Q = [
    "How many {unit} {v:do|did} {S} have {t:{c:now/left}|{c:left/at the end}}?",
    "How many {unit} {t:are|were} in {cont} {t:now|at the end}?",
    "How many {unit} {v:do|did} {S} end up with?",
    "Work out how many {unit} {S} {v:have|had} left.",
    "What is the number of {unit} {c:left/at the end}?",
]
TILL_Q = ["How much {t:is|was} in the till {t:{c:at closing time/now/at the end of the day}|{c:at closing time/at the end of the day}}?",
          "How much money {t:does|did} the till hold {c:at the end/by closing}?",
          "What {t:is|was} the till total {c:at the end/at closing}?",
          "How much cash {t:is|was} in the drawer {c:{t:when the shop shuts|when the shop shut}/at the end}?",
          "Work out what the till holds at the end."]
BILL_Q = ["How much {t:is|was} the final bill?", "What {v:do|did} {S} pay {c:in the end/altogether}?",
          "What {t:does|did} the bill come to {c:in the end/after all that}?", "How much {t:is|was} still to pay?",
          "Work out the final amount on the bill."]
KITTY_Q = ["How much {t:is|was} in {fund} {t:now|at the end}?", "How much {t:does|did} {fund} hold {t:{c:now/in the end}|in the end}?",
           "What {t:is|was} the total in the {fundn} {t:now|at the end}?", "Work out how much is left in the {fundn}."]

PERSON_D = [
    "It {t:is|was} a {c:rainy/windy/sunny/grey/freezing/muggy} {c:Saturday/Sunday/Monday/afternoon/morning}.",
    "{S} {v:be saving|be saving} up for {c:a new bike/a trip to the seaside/concert tickets/a laptop/a gap year/a camera}.",
    "{S} {v:like|liked} to keep track of every {small} in a notebook.",
    "{S} {v:check|checked} {pos} banking app {c:every evening/before bed/after each purchase}.",
    "Payday {t:can't|couldn't} come soon enough.",
    "{Sp} {c:mum/dad/gran} always {t:says|said} that saving is a good habit.",
    "The shops {t:are|were} busy with the {c:January sales/holiday crowds/school-holiday rush}.",
    "{S} {v:write|wrote} everything down in a budget spreadsheet.",
    "Prices at the market {t:seem|seemed} higher than last year.",
    "{S} {v:do|did} not want to dip into {pos} emergency fund.",
    "{S} {v:be|be} determined to stick to {pos} budget.",
    "The weather {t:is|was} perfect for a day out.",
    "{S} {v:keep|kept} all the receipts in a shoebox.",
    "Money {t:is|was} tight that month.",
    "{S} {v:love|loved} the clink of coins in a jar.",
    "The bank {v3:send|sent} {obj} a cheerful text about saving.",
    "{S} {v:be|be} trying hard not to buy things on impulse.",
    "The high street {t:is|was} full of tempting window displays.",
    "It {t:is|was} the last week of the school holidays.",
    "{S} {v:hate|hated} checking {pos} balance, but {v:do|did} it anyway.",
    "Nobody in the family {t:is|was} good at saving.",
    "{S} {v:keep|kept} a sticky note on the fridge with {pos} spending goals.",
]
TILL_D = ["The bakery across the road {t:smells|smelled} of fresh bread.", "It {t:is|was} market day in town.",
          "{owner} {v3:hum|hummed} along to the radio.", "Rain {v3:keep|kept} most people indoors that morning.",
          "The card machine {t:is|was} playing up again.", "A street musician {t:is|was} playing outside.",
          "{owner} {v3:like|liked} everything in the till to be neat."]
BILL_D = ["The food {t:is|was} excellent.", "The restaurant {t:is|was} packed.",
          "Nobody {v3:want|wanted} to do the maths at the table.", "The waiter {t:is|was} very patient with them.",
          "It {t:is|was} a birthday celebration.", "The dessert menu {t:looks|looked} tempting.",
          "Outside, it {t:is|was} pouring with rain."]
KITTY_D = ["The season {t:has|had} gone well.", "Everyone {t:is|was} excited about the trip.",
           "{person} {v3:keep|kept} the records in a little notebook.", "The treasurer {t:is|was} very strict about receipts.",
           "Nobody {v3:remember|remembered} who started the fund."]

# ---------------------------------------------------------------------------
# steps and answers
# ---------------------------------------------------------------------------
STEP_ANY = [
    "{Memo}: {eq}.", "{Memo}: {eq}, so the balance is {C}.", "{Memo} — {eq}. Balance: {C}.", "{eq} ({memo}).",
    "{eq}", "{eq}, leaving {C}.", "After {memo}: {eq}.", "{C} after {memo}: {eq}.", "Then {memo}: {eq}.",
    "Running total after {memo}: {eq}.", "Check {memo}: {eq}. Now {C}.", "Next entry, {memo}: {eq}.",
    "Line for {memo}: {eq}, balance {C}.", "{Memo}. {eq}, which makes {C}.", "So {eq} {unitword}.",
    "New total: {eq}.", "Updated balance: {eq}.", "Budget note, {memo}: {eq}.", "Statement check, {memo}: {eq}.",
    "{Memo} → {eq}", "Tally after {memo}: {eq}.", "{eq} {unitword} after {memo}.", "Entry: {memo}. {eq}.",
    "Ticked off {memo}: {eq}, so {C} now.",
]
STEP_PERSON = ["{Sname} now {has} {eq} {unitword}.", "After {memo}, {sname} {has} {eq} {unitword}.",
               "{Sname} {has} {eq} {unitword} after {memo}."]
STEP_OP = {
    "+": ["In: {memo}, {B}. {eq}.", "Plus {B} from {memo}: {eq}.", "Money in ({memo}): {eq}.", "Add {B} for {memo}: {eq}.",
          "Credit of {B} ({memo}): {eq}.", "{B} in: {eq}, so {C}."],
    "-": ["Out: {memo}, {B}. {eq}.", "Minus {B} for {memo}: {eq}.", "Money out ({memo}): {eq}, {C} left.",
          "Take off {B} ({memo}): {eq}.", "Debit of {B} ({memo}): {eq}.", "{C} left: {eq}.", "{B} out: {eq}, leaving {C}."],
    "*": ["{Memo} multiplies it by {b}: {eq}.", "{b} times as much: {eq}.", "Times {b} for {memo}: {eq}.",
          "Multiply by {b}: {eq}."],
    "/": ["Split {b} ways: {eq} each.", "{Memo}: {eq}, one share.", "Divide by {b}: {eq}.", "One share is {eq}.",
          "Share it by {b} for {memo}: {eq}."],
}
STEP_PROD = ["{Memo}: {eq}.", "Start with {memo}: {eq}.", "Starting amount ({memo}): {eq}.", "{Memo}: {eq} to begin with.",
             "Opening balance: {eq}.", "{eq} to start with ({memo}).", "Starting pot: {eq} {unitword}.", "{eq}",
             "First work out {memo}: {eq}."]

ANS_ANY = ["#### {n}", "The answer is {n}.", "Answer: {n}", "Answer: {Cn}", "So the answer is {Cn}.", "Final balance: {Cn}.",
           "That leaves {Cn}.", "Bottom line: {Cn}.", "Closing balance {Cn}.", "All reconciled: {Cn}.", "Total: {Cn}",
           "Final figure: {Cn}.", "{Cn} is what's left.", "So it comes to {Cn}.", "#### {n}", "Answer: {n}"]
ANS_PERSON = ["So {sname} {has} {Cn} {c:left/now/at the end}.", "{Sname} ends up with {Cn}.", "{Sname} {has} {Cn} left."]
ANS_TILL = ["The till holds {Cn} at closing.", "So the till has {Cn}."]
ANS_BILL = ["The final bill is {Cn}.", "So the bill comes to {Cn}."]
ANS_EACH = ["Each share is {Cn}.", "So each gets {Cn}.", "One share: {Cn}."]
ANS_KITTY = ["The {fundn} has {Cn}.", "So there is {Cn} in the {fundn}."]

OPSYMS = [({"+": "+", "-": "-", "*": "*", "/": "/"}, 30), ({"+": "+", "-": "−", "*": "×", "/": "÷"}, 25),
          ({"+": "+", "-": "-", "*": "×", "/": "/"}, 25), ({"+": "+", "-": "-", "*": "×", "/": "÷"}, 20)]


# ---------------------------------------------------------------------------
# arithmetic helpers
# ---------------------------------------------------------------------------
def apply_op(a, op, b):
    if op == "+":
        r = a + b
    elif op == "-":
        r = a - b
    elif op == "*":
        r = a * b
    else:
        if b == 0 or a % b:
            return None
        r = a // b
    if r < 0 or r > 9999:
        return None
    return r


def digit_swaps(n):
    s = str(n)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.append(int(t))
    return out


def digit_changes(n):
    s = str(n)
    out = []
    for i in range(len(s)):
        for d in (-1, 1):
            v = int(s[i]) + d
            if 0 <= v <= 9:
                t = s[:i] + str(v) + s[i + 1:]
                if len(t) == 1 or t[0] != "0":
                    out.append(int(t))
    return out


def no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        x = int(sa[i]) if i < len(sa) else 0
        y = int(sb[i]) if i < len(sb) else 0
        out.append(str((x + y) % 10))
    return int("".join(out)[::-1])


def no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        x = int(sa[i])
        y = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(x - y)))
    return int("".join(out)[::-1])


def weighted_pick(rng, cands):
    """cands: list of (value, weight); returns list ordered by weighted sampling without replacement."""
    cands = [c for c in cands if c[1] > 0]
    order = []
    while cands:
        tot = sum(w for _, w in cands)
        r = rng.random() * tot
        acc = 0
        for idx, (v, w) in enumerate(cands):
            acc += w
            if r <= acc:
                order.append(v)
                cands.pop(idx)
                break
        else:
            order.append(cands.pop()[0])
    seen, res = set(), []
    for v in order:
        if v not in seen:
            seen.add(v)
            res.append(v)
    return res


def arith_slips(a, op, b, c):
    cands = [(c + 1, 3), (c - 1, 3), (c + 10, 3), (c - 10, 3)]
    if c >= 100:
        cands += [(c + 100, 1), (c - 100, 1)]
    cands += [(v, 3) for v in digit_swaps(c)]
    cands += [(v, 1) for v in digit_changes(c)]
    if op == "+":
        cands.append((no_carry_add(a, b), 6))
    elif op == "-":
        cands.append((no_borrow_sub(a, b), 6))
        cands.append((c + 2 * 10 if (a % 10) < (b % 10) else c + 10, 1))
    elif op == "*":
        cands += [(a * (b - 1), 3), (a * (b + 1), 3)]
    elif op == "/":
        cands += [(c + 1, 3), (c - 1, 3)]
    return [(v, w) for v, w in cands if v != c and 0 <= v <= 9999]


def operand_slips(x, others, small=False):
    cands = []
    if small:
        cands += [(x + 1, 3), (x - 1, 3)]
    else:
        cands += [(v, 4) for v in digit_swaps(x)]
        cands += [(x + 1, 2), (x - 1, 2)]
        if x > 10:
            cands += [(x + 10, 2), (x - 10, 2)]
        cands += [(v, 1) for v in digit_changes(x)]
    cands += [(o, 5) for o in others]
    return [(v, w) for v, w in cands if v != x and v > 0]


# ---------------------------------------------------------------------------
# money / number rendering
# ---------------------------------------------------------------------------
class Money:
    def __init__(self, rng, cur, unit=None):
        self.rng, self.cur, self.unit = rng, cur, unit
        if unit:
            self.style = "unit"
        elif cur["sym"] is None:
            self.style = "word"
        else:
            self.style = rng.choice(["sym", "sym", "sym", "word"])
        self.rs = cur["pl"] == "rupees" and rng.random() < 0.3
        self.words_p = rng.choice([0.0, 0.15, 0.3])

    def sym_str(self, n):
        if self.rs:
            return "Rs %d" % n
        return "%s%d" % (self.cur["sym"], n)

    def word_unit(self, n):
        if self.unit:
            return self.unit["sg"] if n == 1 else self.unit["pl"]
        if self.cur["slang"] and n > 1 and self.rng.random() < 0.12:
            return self.cur["slang"]
        return self.cur["sg"] if n == 1 else self.cur["pl"]

    def problem(self, n):
        """amount as it appears in a problem (may use number words)."""
        rng = self.rng
        wordable = n <= 20 or (n < 100 and n % 10 == 0) or (20 < n < 100 and rng.random() < 0.35)
        if self.unit and self.unit.get("cur"):
            wordable = False
        if self.style == "sym" and rng.random() > 0.1:
            return self.sym_str(n)
        if wordable and n >= 2 and rng.random() < self.words_p:
            return "%s %s" % (num_word(n), self.word_unit(n))
        return "%d %s" % (n, self.word_unit(n))

    def step(self, n):
        """amount written in a step's words: digits always."""
        if self.style == "sym":
            return self.sym_str(n)
        if self.unit:
            return "%d %s" % (n, self.unit["sg"] if n == 1 else self.unit["pl"])
        return "%d %s" % (n, self.cur["sg"] if n == 1 else self.cur["pl"])

    def unitword(self, n=2):
        if self.unit:
            return self.unit["pl"] if n != 1 else self.unit["sg"]
        return self.cur["pl"] if n != 1 else self.cur["sg"]


def count_str(rng, n, dozen=True, words=0.35):
    if n == 12 and dozen and rng.random() < 0.3:
        return "a dozen"
    if (n <= 20 or (n < 100 and n % 10 == 0)) and rng.random() < words:
        return num_word(n)
    return str(n)


# ---------------------------------------------------------------------------
# holders
# ---------------------------------------------------------------------------
def make_holder(rng, allow_I=True, allow_group=True):
    r = rng.random()
    if allow_I and r < 0.12:
        return {"name": "I", "pro": "I", "obj": "me", "pos": "my", "refl": "myself", "person": "1s", "pname": "my",
                "gender": "I"}
    if allow_group and r < 0.22:
        name, pn = rng.choice(GROUPS)
        return {"name": name, "pro": "they", "obj": "them", "pos": "their", "refl": "themselves", "person": "pl",
                "pname": pn, "gender": "pl"}
    if rng.random() < 0.5:
        n = rng.choice(FEMALE)
        return {"name": n, "pro": "she", "obj": "her", "pos": "her", "refl": "herself", "person": "3s",
                "pname": n + "'s", "gender": "f"}
    n = rng.choice(MALE)
    return {"name": n, "pro": "he", "obj": "him", "pos": "his", "refl": "himself", "person": "3s",
            "pname": n + "'s", "gender": "m"}


class LazySlots(dict):
    """slot values computed on first use (and then kept for the rest of the clause)."""

    def __init__(self, factories):
        super().__init__()
        self.factories = factories

    def __missing__(self, key):
        val = self.factories[key](self)
        self[key] = val
        return val


SOURCES = [("from {pos} employer", "wages"), ("from a tax refund", "tax refund"),
           ("from the insurance company", "insurance payout"), ("from a cashback offer", "cashback"),
           ("from {pos} side hustle", "side-hustle income"), ("from a freelance job", "freelance pay"),
           ("from {pos} landlord's deposit return", "deposit back")]
SUBSCRIPTIONS = ["phone contract", "gym membership", "streaming subscription", "bus pass", "music subscription",
                 "cloud storage plan"]
JOBS = ["walking dogs", "helping at a wedding", "clearing a neighbour's garden", "washing windows",
        "a day of filing at an office", "sorting a jumble sale", "painting a shed", "stacking shelves",
        "ironing for a neighbour"]


def pick_item(rng, amt, cur):
    if amt is None or cur["sym"] not in ("$", "£", "€"):
        return rng.choice(ITEMS)
    if amt <= 12:
        pool = sorted(CHEAP_ITEMS)
    elif amt <= 40:
        pool = [i for i in ITEMS if i not in BIG_ITEMS]
    elif amt <= 120:
        pool = [i for i in ITEMS if i not in CHEAP_ITEMS]
    elif amt <= 250:
        pool = sorted(BIG_ITEMS) + PRICEY_ITEMS
    else:
        pool = PRICEY_ITEMS
    return rng.choice(pool)


def other_person(rng, exclude):
    while True:
        if rng.random() < 0.5:
            n = rng.choice(FEMALE)
            g = ("she", "her")
        else:
            n = rng.choice(MALE)
            g = ("he", "his")
        if n not in exclude:
            exclude.add(n)
            return n, g


# ---------------------------------------------------------------------------
# the problem builder
# ---------------------------------------------------------------------------
SCENES = [("person", 46), ("allow", 9), ("count", 11), ("till", 12), ("bill", 11), ("kitty", 11)]


def pick_w(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    acc = 0
    for v, w in pairs:
        acc += w
        if r <= acc:
            return v
    return pairs[-1][0]


def nice_amount(rng, lo, hi):
    lo, hi = max(1, lo), max(1, hi)
    if hi < lo:
        hi = lo
    r = rng.random()
    if r < 0.35 and hi >= 10:
        lo10, hi10 = (lo + 9) // 10, hi // 10
        if hi10 >= lo10 and hi10 >= 1:
            return 10 * rng.randint(max(1, lo10), hi10)
    if r < 0.6 and hi >= 5:
        lo5, hi5 = (lo + 4) // 5, hi // 5
        if hi5 >= lo5 and hi5 >= 1:
            return 5 * rng.randint(max(1, lo5), hi5)
    return rng.randint(lo, hi)


def small_k(rng, hi):
    return pick_w(rng, [(k, w) for k, w in ((2, 30), (3, 20), (4, 14), (5, 10), (6, 6), (7, 4), (8, 4), (9, 3), (10, 4),
                                             (12, 2)) if k <= hi])


class Problem:
    pass


def sample_numbers(rng, scene, n_changes, product):
    """Returns (start, changes) with start ('s', S) or ('p', A, B); changes [(op, b)]; or None."""
    if scene == "allow":
        # rate, optional pre-change, then weeks multiply, then generic
        rate = nice_amount(rng, 2, 60)
        start = ("s", rate)
        cur = rate
        changes = []
        slots = n_changes
        if slots >= 2 and rng.random() < 0.6:
            kind = rng.choice(["*", "+", "-"])
            if kind == "*":
                k = rng.choice([2, 2, 3])
                changes.append(("*", k))
                cur *= k
            elif kind == "+":
                b = nice_amount(rng, 1, 15)
                changes.append(("+", b))
                cur += b
            else:
                if cur < 4:
                    return None
                b = rng.randint(1, max(1, cur // 3))
                changes.append(("-", b))
                cur -= b
        weeks = rng.choice([2, 3, 4, 4, 5, 6, 6, 8, 8, 10, 12, 12, 15, 16, 20])
        if cur * weeks > 9999:
            return None
        changes.append(("*", weeks))
        cur *= weeks
        return _extend(rng, "person", start, cur, changes, n_changes, frozen=len(changes))
    if product:
        if scene == "count":
            A = nice_amount(rng, 5, 100)
            B = rng.randint(2, 20)
        elif scene == "bill":
            A = nice_amount(rng, 6, 60)
            B = rng.randint(2, 12)
        else:
            A = nice_amount(rng, 2, 200)
            B = rng.randint(2, 25)
        if A * B > 6000 or A * B < 4:
            return None
        start = ("p", A, B)
        cur = A * B
    else:
        if scene == "till":
            S = nice_amount(rng, 40, 600)
        elif scene == "bill":
            S = nice_amount(rng, 25, 600)
        elif scene == "count":
            S = nice_amount(rng, 8, 999)
        else:
            S = 1000 if rng.random() < 0.02 else nice_amount(rng, 10, 999)
        start = ("s", S)
        cur = S
    return _extend(rng, scene, start, cur, [], n_changes, frozen=0)


SCENE_OPS = {
    "person": [("+", 32), ("-", 38), ("*", 11), ("/", 19)],
    "count": [("+", 33), ("-", 35), ("*", 13), ("/", 19)],
    "till": [("+", 50), ("-", 34), ("*", 5), ("/", 11)],
    "bill": [("+", 50), ("-", 50)],
    "kitty": [("+", 38), ("-", 30), ("*", 12), ("/", 20)],
}


def _extend(rng, scene, start, cur, changes, n_changes, frozen):
    changes = list(changes)
    while len(changes) < n_changes:
        last = len(changes) == n_changes - 1
        ops = list(SCENE_OPS[scene])
        if scene == "bill" and last and rng.random() < 0.55:
            ops = [("/", 1)]
        op = pick_w(rng, ops)
        frac = 0.9 if scene in ("person", "count") else 0.45
        if op == "+":
            hi = min(999, 9999 - cur, max(12, int(cur * frac)))
            if hi < 1:
                return None
            b = nice_amount(rng, 1 if rng.random() < 0.03 else 2, hi)
        elif op == "-":
            if cur < 3:
                return None
            b = nice_amount(rng, 1 if rng.random() < 0.03 else 2, min(999, int(cur * (0.75 if scene != "bill" else 0.4)) or 1))
            if b >= cur:
                b = cur - 1
            if b < 1:
                return None
        elif op == "*":
            hi = min(10, 9999 // max(cur, 1))
            if cur > 3000 or hi < 2:
                return None
            b = small_k(rng, hi)
        else:
            ks = [k for k in range(2, 13) if cur % k == 0 and cur // k >= 1]
            if not ks:
                return None
            w = {2: 30, 3: 20, 4: 16, 5: 12, 6: 6, 8: 5, 10: 5, 7: 3, 9: 2, 12: 2, 11: 1}
            b = pick_w(rng, [(k, w[k]) for k in ks])
        r = apply_op(cur, op, b)
        if r is None or r == 0:
            return None
        changes.append((op, b))
        cur = r
    return start, changes, frozen


def true_equations(start, changes, prod_order):
    eqs = []
    if start[0] == "p":
        A, B = start[1], start[2]
        cur = A * B
        eqs.append((A, "*", B, cur) if prod_order == 0 else (B, "*", A, cur))
    else:
        cur = start[1]
    for op, b in changes:
        c = apply_op(cur, op, b)
        eqs.append((cur, op, b, c))
        cur = c
    return eqs


def continue_chain(written, eqs, from_idx):
    """recompute steps after from_idx from the written previous value; None if invalid."""
    out = list(written[:from_idx + 1])
    for i in range(from_idx + 1, len(eqs)):
        a = out[-1][3]
        _, op, b, _ = eqs[i]
        c = apply_op(a, op, b)
        if c is None:
            return None
        out.append((a, op, b, c))
    return out


def inject(rng, kind, idx, start, changes, eqs):
    """returns written equations (list of tuples) with one error of `kind` at step idx, or None."""
    a, op, b, c = eqs[idx]
    nums = [start[1]] if start[0] == "s" else [start[1], start[2]]
    nums += [x for _, x in changes]
    is_prod_first = start[0] == "p" and idx == 0
    cands = []  # list of (a_w, op_w, b_w, c_w)
    if kind == "arithmetic":
        for v in weighted_pick(rng, arith_slips(a, op, b, c)):
            cands.append((a, op, b, v))
    elif kind == "operation":
        if op == "+":
            alts = [("-", 6), ("*", 1)] if b <= 12 else [("-", 1)]
        elif op == "-":
            alts = [("+", 1)]
        elif op == "*":
            alts = [("+", 5), ("/", 1)] if not is_prod_first else [("+", 1)]
        else:
            alts = [("*", 4), ("-", 3)]
        for op_w in weighted_pick(rng, alts):
            v = apply_op(a, op_w, b)
            if v is not None and v != c:
                cands.append((a, op_w, b, v))
    else:  # operand
        others_b = [x for x in nums if x != b]
        small_b = op in "*/" and not is_prod_first
        if small_b:
            others_b = [x for x in others_b if x <= 12]
        b_slips = weighted_pick(rng, operand_slips(b, others_b, small=small_b))
        if small_b:
            b_slips = [v for v in b_slips if v >= 2]
        a_opts = []
        if is_prod_first:
            a_opts = weighted_pick(rng, operand_slips(a, [x for x in nums if x not in (a, b) and x <= 999],
                                                      small=a <= 12))
        elif idx == 0:
            a_opts = weighted_pick(rng, operand_slips(a, []))
        else:
            prev_vals = []
            if idx >= 2:
                prev_vals.append(eqs[idx - 2][3])
            prev_vals.append(start[1] if start[0] == "s" else eqs[0][3])
            a_opts = weighted_pick(rng, [(v, 6) for v in prev_vals if v != a] + operand_slips(a, []))
        use_a_first = rng.random() < (0.5 if is_prod_first else 0.3)
        seq_a = [(v, op, b) for v in a_opts]
        seq_b = [(a, op, v) for v in b_slips]
        seq = (seq_a + seq_b) if use_a_first else (seq_b + seq_a)
        for aw, opw, bw in seq:
            v = apply_op(aw, opw, bw)
            if v is not None and v != c:
                cands.append((aw, opw, bw, v))
    written0 = list(eqs[:idx])
    for cand in cands:
        w = continue_chain(written0 + [cand], eqs, idx)
        if w is not None:
            return w
    return None


def answer_slips(rng, written, true_final, nums):
    last = written[-1][3]
    cands = [(last + 1, 3), (last - 1, 3), (last + 10, 3), (last - 10, 3)]
    cands += [(v, 3) for v in digit_swaps(last)]
    if len(written) >= 2:
        cands.append((written[-2][3], 6))
    cands.append((written[-1][2], 2))
    cands += [(v, 1) for v in digit_changes(last)]
    cands = [(v, w) for v, w in cands if v != true_final and v >= 0 and v != last]
    res = weighted_pick(rng, cands)
    return res[0] if res else None


# ---------------------------------------------------------------------------
# rendering a whole record
# ---------------------------------------------------------------------------
def render(rng, scene, start, changes, written, final_n, prod_order, frozen=0):
    tense = "pres" if rng.random() < 0.5 else "past"
    used_names = set()
    if scene in ("person", "allow", "count"):
        holder = make_holder(rng)
    elif scene == "bill":
        r = rng.random()
        if r < 0.15:
            h1 = make_holder(rng, allow_I=False, allow_group=False)
            used_names.add(h1["name"])
            n2, _ = other_person(rng, used_names)
            holder = {"name": "%s and %s" % (h1["name"], n2), "pro": "they", "obj": "them", "pos": "their",
                      "refl": "themselves", "person": "pl", "pname": "%s and %s's" % (h1["name"], n2), "gender": "pl",
                      "pair": True}
        elif r < 0.35:
            h = make_holder(rng, allow_I=False, allow_group=False)
            name = "%s and %s friends" % (h["name"], h["pos"])
            used_names.add(h["name"])
            holder = {"name": name, "pro": "they", "obj": "them", "pos": "their", "refl": "themselves", "person": "pl",
                      "pname": None, "gender": "pl"}
        elif r < 0.6:
            holder = {"name": rng.choice(["the group", "the table", "the party", "the team", "the family", "the book club"]),
                      "pro": "they", "obj": "them", "pos": "their", "refl": "themselves", "person": "pl", "pname": None,
                      "gender": "pl"}
            holder["person"] = "pl"
        elif r < 0.8:
            name, pn = rng.choice(GROUPS)
            holder = {"name": name, "pro": "they", "obj": "them", "pos": "their", "refl": "themselves",
                      "person": "pl", "pname": pn, "gender": "pl", "pair": name == "the twins"}
        else:
            holder = {"name": "we", "pro": "we", "obj": "us", "pos": "our", "refl": "ourselves", "person": "pl",
                      "pname": "our", "gender": "we"}
    else:
        holder = {"name": "it", "pro": "it", "obj": "it", "pos": "its", "refl": "itself", "person": "3s", "pname": None,
                  "gender": "n"}
    if holder["gender"] in ("f", "m"):
        used_names.add(holder["name"])
    ctx = Ctx(rng, tense, holder)
    cur = pick_w(rng, list(zip(CURRENCIES, CUR_WEIGHTS)))
    unit = rng.choice(COIN_UNITS) if scene == "count" else None
    money = Money(rng, cur, unit)

    state = {"mentioned": False, "prev_holder": False}

    def S():
        h = holder
        if h["gender"] in ("I", "we"):
            state["mentioned"] = True
            return h["name"]
        if h["gender"] == "n":
            return "it"
        if not state["mentioned"]:
            state["mentioned"] = True
            return h["name"]
        if state["prev_holder"] and rng.random() < 0.65:
            return h["pro"]
        return h["name"]

    def Sp():
        h = holder
        if h["gender"] in ("I", "we"):
            return h["pos"]
        if not state["mentioned"] or h["pname"] is None:
            state["mentioned"] = True
            return h["pname"] or h["pos"]
        if state["prev_holder"] and rng.random() < 0.65:
            return h["pos"]
        return h["pname"]

    # scene-wide slots
    cont_t, contn, ckind = None, None, None
    if scene in ("person", "allow", "count"):
        if scene == "count":
            conts = [c for c in CONTAINERS if c[2] in "jar wallet"]
        else:
            conts = CONTAINERS
        cont_t, contn, ckind = rng.choice(conts)
    owner_name, owner_g = other_person(rng, used_names)
    owner = owner_name if rng.random() < 0.6 else rng.choice(TILL_OWNERS_ROLE)
    shop = rng.choice(SHOPS)
    rest = rng.choice(RESTAURANTS)
    kit = rng.choice(KITTIES)
    fund = kit[0].replace("{shop}", shop)
    def pos_f():
        if not state["mentioned"]:
            return Sp()
        return holder["pos"]

    def obj_f():
        if not state["mentioned"] and holder["gender"] in ("f", "m", "pl"):
            state["mentioned"] = True
            return holder["name"]
        return holder["obj"]

    def So():
        if holder["gender"] in ("I", "we"):
            state["mentioned"] = True
            return holder["obj"]
        return S()

    base_slots = {
        "S": S, "Sp": Sp, "So": So, "pos": pos_f, "obj": obj_f, "refl": holder["refl"], "pp": holder["pro"],
        "cont": (lambda: ctx.expand(cont_t, base_slots)) if cont_t else "the jar", "contn": contn or "jar",
        "owner": owner, "shop": shop, "rest": rest, "fund": fund, "fundn": kit[1], "members": kit[2], "member": kit[3],
        "curpl": money.unitword(), "unit": money.unitword(),
        "small": "coin" if unit else {"cents": "cent", "pence": "penny", "paise": "paisa", "centavos": "centavo",
                                       "kobo": "kobo"}[cur["small"]],
    }
    ckey = {"jar": "j", "wallet": "w", "acct": "a"}.get(ckind, "j")

    def _it(s):
        if unit:
            return rng.choice(["them", "them", "the " + money.unitword()])
        return ctx.expand(rng.choice(["it", "it", "the money", "the lot", "the cash", "what {pp} {v:have|had}"]), s)

    factories = {
        "_person": lambda s: other_person(rng, used_names),
        "person": lambda s: s["_person"][0],
        "opp": lambda s: s["_person"][1][0],
        "item": lambda s: rng.choice(COIN_ITEMS) if unit else pick_item(rng, s.get("_amt"), cur),
        "citem": lambda s: rng.choice(COIN_ITEMS),
        "sitem": lambda s: ctx.expand(rng.choice(SOLD), s),
        "giver": lambda s: ctx.expand(rng.choice(GIVERS), s),
        "place": lambda s: ctx.expand(rng.choice(PLACES_FIND), s),
        "lplace": lambda s: ctx.expand(rng.choice(PLACES_LOSE), s),
        "_act": lambda s: rng.choice(ACTIVITIES),
        "activity": lambda s: s["_act"][0],
        "act_memo": lambda s: s["_act"][1],
        "_con": lambda s: rng.choice(CONTESTS),
        "contest": lambda s: s["_con"][0],
        "con_memo": lambda s: s["_con"][1],
        "_occ": lambda s: rng.choice(OCCASIONS),
        "occasion": lambda s: ctx.expand(s["_occ"][0], s),
        "occ_memo": lambda s: s["_occ"][1],
        "_src": lambda s: rng.choice(SOURCES),
        "source": lambda s: ctx.expand(s["_src"][0], s),
        "src_memo": lambda s: s["_src"][1],
        "bill": lambda s: rng.choice(BILLS),
        "sub": lambda s: rng.choice(SUBSCRIPTIONS),
        "charity": lambda s: rng.choice(CHARITIES),
        "job": lambda s: rng.choice(JOBS),
        "_grp": lambda s: rng.choice(PEOPLE_GROUPS),
        "grp": lambda s: s["_grp"][0],
        "grp_sg": lambda s: s["_grp"][1],
        "_pot": lambda s: rng.choice(POTS),
        "pot": lambda s: s["_pot"][0],
        "pot_sg": lambda s: s["_pot"][1],
        "goods": lambda s: rng.choice(PLURAL_GOODS),
    }
    base_slots["hp"] = holder["pro"]
    base_slots["it"] = None  # placeholder, resolved per use below

    def fresh_slots():
        s = LazySlots(factories)
        s.update(base_slots)
        s["it"] = lambda: _it(s)
        return s

    # ------ templates for this scene
    if scene in ("person", "allow"):
        tmpl = {"+": PERSON_ADD, "-": PERSON_SUB, "*": PERSON_MUL, "/": PERSON_DIV}
    elif scene == "count":
        tmpl = {op: [t for t in lst if "u" in t["units"]] + [t for t in COUNT_EXTRA if t["op"] == op]
                for op, lst in (("+", PERSON_ADD), ("-", PERSON_SUB), ("*", PERSON_MUL), ("/", PERSON_DIV))}
    elif scene == "till":
        tmpl = {"+": TILL_ADD, "-": TILL_SUB, "*": TILL_MUL, "/": TILL_DIV}
    elif scene == "bill":
        tmpl = {"+": BILL_ADD, "-": BILL_SUB, "/": BILL_DIV}
    else:
        tmpl = {"+": KITTY_ADD, "-": KITTY_SUB, "*": KITTY_MUL, "/": KITTY_DIV}

    used_tpl = set()

    def choose_template(op, k, is_last, pool=None):
        pool = pool or tmpl[op]
        ok = []
        for t in pool:
            if t["op"] != op:
                continue
            if id(t) in used_tpl and rng.random() < 0.9:
                continue
            if t["amax"] is not None and op in "+-" and k > t["amax"]:
                continue
            if t["pair"] and not holder.get("pair"):
                continue
            if holder.get("pair") and "{person}" in t["text"]:
                continue
            if scene in ("person", "allow") and "m" not in t["units"]:
                continue
            if scene in ("person", "allow", "count") and ckey not in t["conts"]:
                continue
            if t["k"] is not None and t["k"] != k:
                continue
            if t["mode"] == "each" and not is_last:
                continue
            if "{K}" in t["text"] and k in (2, 3) and rng.random() < 0.3:
                pass
            ok.append(t)
        if not ok:
            return None
        # prefer the special wording for 2 and 3 fairly often
        spec = [t for t in ok if t["k"] is not None]
        if spec and rng.random() < 0.6:
            return rng.choice(spec)
        return rng.choice(ok)

    # ------ render start
    clauses = []  # list of dicts: text, holder_subj, elidable_text, memo, op
    start_slots = fresh_slots()
    if start[0] == "s":
        start_slots["M"] = money.problem(start[1])
        if scene in ("person",):
            pool = [t for t, ck in PERSON_START if ckey in ck]
            st = rng.choice(pool)
        elif scene == "allow":
            st = rng.choice(ALLOW_START)
        elif scene == "count":
            st = rng.choice(COUNT_START)
        elif scene == "till":
            st = rng.choice(TILL_START)
        elif scene == "bill":
            st = rng.choice(BILL_START)
        else:
            st = rng.choice(KITTY_START)
        start_memo = None
    else:
        A, B = start[1], start[2]
        start_slots["A"] = money.problem(A) if scene != "count" else count_str(
            rng, A, dozen=False, words=0.0 if unit.get("cur") else 0.2)
        start_slots["B"] = count_str(rng, B)
        if scene == "person":
            st, memos = rng.choice(PERSON_START_PROD)
        elif scene == "count":
            st, memos = rng.choice(COUNT_START_PROD)
        elif scene == "till":
            st, memos = rng.choice(TILL_START_PROD)
        elif scene == "bill":
            st, memos = rng.choice(BILL_START_PROD)
            if holder["gender"] == "we" and st.startswith("{B} of"):
                st, memos = BILL_START_PROD[1]
        else:
            st, memos = rng.choice(KITTY_START_PROD)
        start_memo = rng.choice(memos)
    start_text = ctx.expand(st, start_slots)
    if start[0] == "p":
        start_memo = ctx.expand(start_memo, start_slots)
    start_holder = st.startswith("{S}")
    state["prev_holder"] = start_holder or st.startswith("{Sp}")
    start_clause = {"text": start_text, "holder": start_holder}

    # ------ render changes
    change_info = []
    question_override = None
    for ci, (op, b) in enumerate(changes):
        is_last = ci == len(changes) - 1
        slots = fresh_slots()
        t = None
        if scene == "allow" and ci < frozen:
            if ci == frozen - 1:
                t = choose_template(op, b, False, ALLOW_WEEKS)
            else:
                t = choose_template(op, b, False, ALLOW_PRE)
        if t is None:
            t = choose_template(op, b, is_last)
        if t is None:
            return None
        used_tpl.add(id(t))
        if op in "+-":
            slots["M"] = money.problem(b)
            slots["_amt"] = b
        else:
            slots["K"] = count_str(rng, b)
        text = t["text"]
        holder_subj = text.startswith("{S}")
        elided = None
        # render a full and (optionally) an elided version with the same random draws
        state_before = dict(state)
        rng_state = rng.getstate()
        full = ctx.expand(text, slots)
        if holder_subj:
            rng.setstate(rng_state)
            st_after = dict(state)
            state.update(state_before)
            # elided: drop the subject
            elided = ctx.expand(text[len("{S} "):], slots)
            state.update(st_after)
        state["prev_holder"] = holder_subj
        memo = ctx.expand(rng.choice(t["memo"]), slots)
        if t["mode"] == "each":
            question_override = ctx.expand(rng.choice(t["q"]), slots)
        change_info.append({"text": full, "elided": elided, "holder": holder_subj, "memo": memo, "op": op,
                            "mode": t["mode"]})

    # ------ assemble sentences
    sentences = []
    i = 0
    first = start_clause["text"]
    if change_info and start_clause["holder"] and change_info[0]["elided"] and rng.random() < 0.25 \
            and change_info[0]["mode"] != "each" and " and " not in first and " and " not in change_info[0]["elided"]:
        conj_w = "but" if change_info[0]["op"] in "-/" and rng.random() < 0.5 else "and"
        sentences.append(cap(first) + " " + conj_w + " " + change_info[0]["elided"] + ".")
        i = 1
    else:
        sentences.append(cap(first) + ".")
    connectors = ["Then", "After that,", "Later,", "Next,", "The next day,", "That afternoon,", "A week later,",
                  "On Friday,", "By the weekend,", "Soon after,", "Later that day,", "Meanwhile,", "Afterwards,"]
    while i < len(change_info):
        a = change_info[i]
        r = rng.random()
        if i + 1 < len(change_info) and r < 0.35 and " and " not in a["text"] and " and " not in change_info[i + 1]["text"]:
            bb = change_info[i + 1]
            pat = rng.random()
            if bb["elided"] and a["holder"] and pat < 0.3 and " and " not in bb["elided"] and " and " not in a["text"]:
                s = "%s and %s." % (a["text"], bb["elided"])
            elif pat < 0.45:
                s = "%s, and then %s." % (a["text"], bb["text"])
            elif pat < 0.6:
                s = "After %s, %s." % (a["text"], bb["text"])
            elif pat < 0.7:
                s = "%s; later, %s." % (a["text"], bb["text"])
            elif pat < 0.8:
                s = "First %s, and after that %s." % (a["text"], bb["text"])
            elif pat < 0.9:
                s = "Once %s, %s." % (a["text"], bb["text"])
            elif "before" not in bb["text"] and "before" not in a["text"]:
                s = "Before %s, %s." % (bb["text"], a["text"])
            else:
                s = "%s, then %s." % (a["text"], bb["text"])
            sentences.append(cap(s))
            i += 2
        else:
            if r < 0.6 and i > 0:
                s = rng.choice(connectors) + " " + a["text"] + "."
            else:
                s = a["text"] + "."
            sentences.append(cap(s))
            i += 1

    # distractors
    dpool = {"person": PERSON_D, "allow": PERSON_D, "count": PERSON_D, "till": TILL_D, "bill": BILL_D,
             "kitty": KITTY_D}[scene]
    nd = pick_w(rng, [(0, 45), (1, 40), (2, 15)])
    for dt in rng.sample(dpool, nd):
        dslots = fresh_slots()
        state_b = dict(state)
        d = cap(ctx.expand(dt, dslots))
        state.update(state_b)
        pos = rng.randint(1, len(sentences))
        sentences.insert(pos, d)

    # question
    qslots = fresh_slots()
    q_first = rng.random() < 0.05
    if q_first:
        saved_q = dict(state)
        state["mentioned"] = False
        state["prev_holder"] = False
    if question_override:
        q = question_override
    else:
        qpool = {"person": PERSON_Q, "allow": PERSON_Q, "count": COUNT_Q, "till": TILL_Q, "bill": BILL_Q,
                 "kitty": KITTY_Q}[scene]
        if scene in ("person", "allow"):
            qpool = [x for x in qpool if ("{cont" not in x or ckey != "a" or "left in" not in x)]
        q = ctx.expand(rng.choice(qpool), qslots)
    q = cap(q)
    if q_first:
        state.update(saved_q)
        sentences.insert(0, q)
    else:
        sentences.append(q)
    problem = " ".join(sentences)
    problem = re.sub(r"\s+", " ", problem).strip()

    # ------ steps
    syms = pick_w(rng, OPSYMS)
    tight = rng.random() < 0.06
    persony = scene in ("person", "allow", "count") and holder["gender"] != "n"
    steps = []
    style_pool = rng.choice(["any", "any", "op", "mix"])

    def sname():
        if holder["gender"] in ("I", "we"):
            return holder["name"]
        return holder["pro"] if rng.random() < 0.5 else holder["name"]

    has_word = {"1s": "have", "3s": "has", "pl": "have"}[holder["person"]]
    for si, (a, op, b, c) in enumerate(written):
        sp = "" if tight else " "
        eq = "%d%s%s%s%d%s=%s%d" % (a, sp, syms[op], sp, b, sp, sp, c)
        if start[0] == "p" and si == 0:
            memo = start_memo
            pool = STEP_PROD
        else:
            info = change_info[si - (1 if start[0] == "p" else 0)]
            memo = info["memo"]
            # for a wrong operation the note sometimes follows the operation the solver used
            step_op = op
            if style_pool == "any":
                pool = STEP_ANY + (STEP_PERSON if persony else [])
            elif style_pool == "op":
                pool = STEP_OP[step_op] + STEP_OP[step_op]
                pool = pool + STEP_ANY[:6]
            else:
                pool = STEP_ANY + STEP_OP[step_op] + (STEP_PERSON if persony else [])
        tpl = rng.choice(pool)
        sslots = {"eq": eq, "memo": memo, "Memo": cap(memo), "C": money.step(c), "B": money.step(b), "b": str(b),
                  "a": str(a), "unitword": money.unitword(c), "has": has_word}
        nm = sname()
        sslots["sname"] = nm
        sslots["Sname"] = cap(nm)
        if op in "*/" and "{B}" in tpl:
            tpl = "{Memo}: {eq}."
        text = ctx.expand(tpl, sslots)
        steps.append(cap(text) if not text.startswith("#") else text)
    # final answer
    apool = list(ANS_ANY)
    last_mode = change_info[-1]["mode"] if change_info else "keep"
    if last_mode == "each":
        apool += ANS_EACH * 2
    elif scene == "till":
        apool += ANS_TILL
    elif scene == "bill":
        apool += ANS_BILL
    elif scene == "kitty":
        apool += ANS_KITTY
    elif persony:
        apool += ANS_PERSON
    atpl = rng.choice(apool)
    nm = sname()
    aslots = {"n": str(final_n), "Cn": money.step(final_n), "sname": nm, "Sname": cap(nm), "has": has_word,
              "fundn": kit[1]}
    steps.append(cap(ctx.expand(atpl, aslots)) if not atpl.startswith("#") else ctx.expand(atpl, aslots))
    return problem, steps




# ---------------------------------------------------------------------------
# main generator
# ---------------------------------------------------------------------------
N_CHANGE_W = [(1, 12), (2, 24), (3, 28), (4, 22), (5, 14)]


def _one(rng, want_kind, want_pos):
    for _attempt in range(400):
        scene = pick_w(rng, SCENES)
        n_changes = pick_w(rng, N_CHANGE_W)
        product = scene not in ("allow",) and rng.random() < 0.25
        if scene == "allow":
            n_changes = max(n_changes, 1)
        n_eq = n_changes + (1 if product else 0)
        if want_pos == "middle" and n_eq < 3:
            continue
        if want_pos == "last" and n_eq < 2:
            continue
        res = sample_numbers(rng, scene, n_changes, product)
        if res is None:
            continue
        start, changes, frozen = res
        n_eq = len(changes) + (1 if start[0] == "p" else 0)
        if want_pos == "middle" and n_eq < 3:
            continue
        prod_order = rng.randint(0, 1)
        eqs = true_equations(start, changes, prod_order)
        if any(e[3] is None for e in eqs):
            continue
        true_final = eqs[-1][3]
        if want_kind == "none":
            written, final_n, label = eqs, true_final, -1
        elif want_kind == "answer":
            written = eqs
            nums = [x for _, x in changes]
            final_n = answer_slips(rng, eqs, true_final, nums)
            if final_n is None:
                continue
            label = len(eqs)
        else:
            if want_pos == "first":
                idx = 0
            elif want_pos == "last":
                idx = n_eq - 1
            else:
                idx = rng.randint(1, n_eq - 2)
            written = inject(rng, want_kind, idx, start, changes, eqs)
            if written is None:
                continue
            final_n = written[-1][3]
            label = idx
        out = render(rng, scene, start, changes, written, final_n, prod_order, frozen)
        if out is None:
            continue
        problem, steps = out
        if len(problem.split()) > 90:
            continue
        meta = {"scene": scene, "start": list(start), "changes": [list(c) for c in changes], "pos": want_pos,
                "kind": want_kind}
        rec = {"problem": problem, "steps": steps, "label": label, "final_answer_correct": final_n == true_final,
               "error_kind": want_kind}
        return rec, meta
    raise RuntimeError("could not build a record")




def generate_with_meta(seed, count):
    rng = random.Random(seed)
    # plan the mix exactly, then shuffle
    n_ok = round(count * 0.45)
    n_err = count - n_ok
    plan = [("none", "none")] * n_ok
    kinds = []
    for j in range(n_err):
        kinds.append(["arithmetic", "operand", "operation", "answer"][j % 4])
    pos_cycle = {"arithmetic": 0, "operand": 1, "operation": 2}
    for kd in kinds:
        if kd == "answer":
            plan.append((kd, "final"))
        else:
            p = ["first", "middle", "last"][pos_cycle[kd] % 3]
            pos_cycle[kd] += 1
            plan.append((kd, p))
    rng.shuffle(plan)
    out = []
    for i, (kd, pos) in enumerate(plan):
        rec, meta = _one(rng, kd, pos)
        rec = {"id": "ag-%d-%05d" % (seed, i), **rec}
        out.append((rec, meta))
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
