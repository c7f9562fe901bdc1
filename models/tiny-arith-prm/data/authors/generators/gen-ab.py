"""Tiny-arith PRM data generator, register: charities, fundraisers and savings.

Piggy banks, pocket money, raffle tickets, bake sales, jumble sales, food-bank
drives, coins counted into jars, pledges collected.  Problems are told as plain
stories, newsletters, thank-you letters, a parent's note or a child's diary;
solutions read like a treasurer's report.

generate(seed, count) -> list of records (see BRIEF).  Standard library only.
"""
from __future__ import annotations

import json
import os
import random
import re

# ---------------------------------------------------------------------------
# Names (typed by hand).  (name, pronoun set)
# ---------------------------------------------------------------------------
_F = """Maya Priya Aisha Chloe Hannah Niamh Siobhan Freya Isla Poppy Imogen Zara Leila
Yasmin Fatima Amara Chidinma Ngozi Ifeoma Ama Efua Wanjiru Akosua Mei Xiu Hana Yuki
Sakura Anya Katya Olena Zofia Agnieszka Marta Ines Lucia Carmen Rosa Paloma Beatriz
Camila Valentina Gabriela Ximena Renata Bridget Mairead Orla Ciara Eilidh Morag
Catriona Rhiannon Bethan Ffion Cerys Gwen Tamsin Rosie Daisy Matilda Harriet Beatrix
Clementine Edith Mabel Winifred Dorothy Agnes Ivy Florence Nell Elsie Martha Ruth
Esther Naomi Miriam Talia Noa Shira Leah Abigail Keziah Tabitha Lydia Phoebe Joy
Grace Blessing Chipo Nandi Thandiwe Zanele Lerato Amina Halima Nour Rania Salma Dalia
Layla Inaya Anjali Kavya Meera Divya Sunita Lakshmi Pooja Nisha Harpreet Simran
Jasleen Mahnoor Sana Hira Ayesha Wilhelmina Greta Astrid Ingrid Sigrid Maren Elodie
Margot Colette Amelie Noemie Hattie Lottie Kitty Millie Tilly""".split()
_M = """Arjun Rohan Dev Kiran Sanjay Vikram Ravi Harjit Gurdeep Imran Bilal Omar Yusuf
Hamza Tariq Idris Kwame Kofi Yaw Chinedu Emeka Obinna Tunde Segun Jomo Baraka Thabo
Sipho Bongani Wei Jun Hiroshi Kenji Haruto Duc Minh Tomasz Piotr Lukas Jonas Matteo
Luca Giorgio Enzo Mateo Diego Santiago Joaquin Pablo Rafael Thiago Bruno Callum
Ruaridh Angus Fraser Hamish Ewan Dougal Rhys Dafydd Gethin Iwan Cormac Declan Padraig
Eoin Fionn Oisin Seamus Alfie Archie Freddie Stanley Arthur Albert Reggie Bertie
Ernest Wilfred Cedric Percy Rupert Jasper Barnaby Tobias Otis Ezra Eli Reuben Gideon
Caleb Jonah Micah Amos Isaac Levi Noah Samuel Elijah Felix Hugo Leo Milo Theo Oscar
Finn Joe Sam Kit Ned Ollie Louis Benedict Lars Sven Nils Anders Mikkel Dmitri Ivan
Yuri Bogdan Mehmet Emre Kerem Arash Dariusz""".split()
_N = """Alex Robin Jordan Sasha Rowan Quinn Ash Charlie Frankie Jesse River Sky Morgan
Avery Kai Remi Sol Ari Emerson Ellis Jude Marley Sage Blair""".split()
_SURNAMES = """Patel Okafor Hughes Byrne Nowak Mensah Fitzgerald Ahmed Lindqvist Tanaka
Oyelaran Delaney Kowalski Ferreira Moreau Abernethy Pritchard Hallworth Gallagher Singh
Kaur Chowdhury Osei Achterberg Rossi Marchetti Campbell Macleod Jenkins Llewellyn
Whitlock Ashworth Pennington Greenhalgh Thistlewood Okonkwo Mwangi Haddad Khoury Nasser
Bianchi Novak Horvath Dunmore Fairweather Quigley Rourke Stanhope Bellamy Cartwright
Hargreaves Winterbottom Sandoval Obi Adeyemi Varga Eriksen Hollis Tremayne Penrose""".split()

# ---------------------------------------------------------------------------
# Items: (plural noun, tags).  Tags: money ticket food goods collect fragile
# ---------------------------------------------------------------------------
_ITEM_GROUPS = {
    "money": """coins|pennies|copper coins|silver coins|shiny coins|old coins|foreign coins|
loose coins|gold coins|nickels|dimes|tokens|pledge tokens|bronze coins|commemorative coins|
brass tokens|charity tokens|chocolate coins|penny coins|bright new coins""",
    "ticket": """raffle tickets|tombola tickets|lottery tickets|prize-draw tickets|entry tickets|
bingo cards|scratch cards|concert tickets|quiz-night tickets|disco tickets|duck-race tickets|
ballot slips|sweepstake slips|cloakroom tickets|panto tickets|ceilidh tickets|barn-dance tickets|
fun-run entries|pledge cards|guess-the-name cards|golf-day tickets|talent-show tickets|
fashion-show tickets|film-night tickets|sponsor forms|dance tickets|bingo tickets|
treasure-map squares|book-fair vouchers|supper tickets""",
    "food": """cupcakes|fairy cakes|flapjacks|brownies|scones|muffins|cookies|biscuits|jam tarts|
mince pies|rock cakes|sausage rolls|doughnuts|gingerbread men|cake pops|lemon bars|iced buns|
chocolate crispies|shortbread fingers|meringues|bread rolls|Welsh cakes|cinnamon swirls|
apple turnovers|toffee apples|slices of cake|banana muffins|oat bars|cheese straws|sugar cookies|
macaroons|eclairs|pancakes|waffles|samosas|bhajis|spring rolls|empanadas|jam doughnuts|
custard tarts|Bakewell tarts|Eccles cakes|Chelsea buns|hot cross buns|marshmallow squares|
rice crispy cakes|chocolate truffles|fudge squares|coconut ice bars|lollipops|toffees|
ladoos|baklava pieces|mochi|cheese scones""",
    "goods": """cans of soup|tins of beans|tins of tomatoes|tins of tuna|cans of peaches|
packets of pasta|bags of rice|boxes of cereal|cartons of juice|bottles of water|
packets of biscuits|jars of honey|bags of lentils|tins of custard|packets of tea bags|
tubes of toothpaste|bars of soap|tins of dog food|bags of cat biscuits|boxes of tissues|
cans of chickpeas|jars of peanut butter|cartons of milk|books|paperbacks|jigsaws|board games|
teddy bears|soft toys|scarves|woolly hats|pairs of socks|pairs of gloves|mittens|candles|
records|DVDs|comics|puzzle books|toy cars|dolls|knitted hats|handbags|belts|ties|lamps|
cushions|tea towels|aprons|umbrellas|postcards|greeting cards|Christmas cards|bookmarks|
keyrings|wristbands|pin badges|pencils|rubbers|bracelets|friendship bracelets|necklaces|
pot plants|tomato plants|seedlings|bunches of flowers|bars of homemade soap|bath bombs|
lavender bags|bird boxes|painted pebbles|knitted dolls|cuddly penguins|fridge magnets|
tote bags|T-shirts|hoodies|football shirts|baby vests|cookbooks|hymn books|picture books|
crayons|felt-tip pens|colouring books|candlesticks|lampshades|coat hangers|knitting patterns|
balls of wool|sewing kits|pairs of earrings|handmade cards|mini cacti|spider plants|
seed packets|boxes of chocolates|balloons|glow sticks|paper lanterns|bunting flags|
prize hampers|cuddly toys|yo-yos|skipping ropes|tennis balls|jam jar lanterns|bow ties""",
    "fragile": """mugs|vases|picture frames|china plates|teacups|glass jars|ornaments|snow globes|
teapots|egg cups|jars of jam|jars of chutney|wine glasses|glass baubles|saucers|milk jugs""",
    "collect": """buttons|ring pulls|bottle tops|used stamps|milk-bottle tops|crisp packets|
box tops|gold stars|merit stickers|conkers|marbles|seashells|football cards|trading cards|
stickers|signatures|pledges|sponsor signatures|petition names|acorns|foil milk tops|
printer cartridges|old spectacles|phone chargers|corks|yoghurt pots|
pine cones|pebbles""",
}
_CRAFT = set("""bars of homemade soap|bath bombs|lavender bags|bird boxes|painted pebbles|knitted dolls|
friendship bracelets|bracelets|necklaces|handmade cards|bookmarks|keyrings|paper lanterns|
bunting flags|jam jar lanterns|candles|knitted hats|woolly hats|scarves|tea towels|aprons|cushions|
fridge magnets|greeting cards|Christmas cards|cuddly penguins|mittens|pairs of socks|bow ties|
tote bags|jars of jam|jars of chutney|pot plants|seedlings|tomato plants|spider plants|mini cacti|
pairs of earrings|glass baubles""".replace("\n", "").split("|"))
_WOOL = {"knitted dolls", "knitted hats", "woolly hats", "scarves", "mittens", "pairs of socks",
         "cuddly penguins", "pairs of gloves", "baby vests"}
_PANTRY_HEADS = ("cans ", "tins ", "packets ", "bags of", "boxes of", "cartons ", "bottles ",
                 "jars of honey", "jars of peanut", "tubes ", "bars of soap")
ITEMS = []
for _cat, _blob in _ITEM_GROUPS.items():
    for _w in _blob.replace("\n", "").split("|"):
        _w = _w.strip()
        if not _w:
            continue
        tags = {_cat}
        if _cat == "fragile":
            tags = {"goods", "fragile"}
        if _w in _CRAFT:
            tags.add("craft")
        if _w in _WOOL:
            tags.add("wool")
        if _cat == "goods" and _w.startswith(_PANTRY_HEADS):
            tags.add("pantry")
        ITEMS.append((_w, frozenset(tags)))


def _cat_of(tags):
    for c in ("money", "ticket", "food", "collect"):
        if c in tags:
            return c
    return "goods"


# containers for a product start: (plural, singular)
CONTAINERS = {
    "money": [("jars", "jar"), ("bags", "bag"), ("tubes", "tube"), ("stacks", "stack"),
              ("purses", "purse"), ("envelopes", "envelope"), ("tins", "tin"),
              ("money bags", "money bag"), ("rolls", "roll"), ("piles", "pile"),
              ("saucers", "saucer"), ("socks", "sock")],
    "ticket": [("books", "book"), ("strips", "strip"), ("rolls", "roll"), ("pads", "pad"),
               ("bundles", "bundle"), ("envelopes", "envelope"), ("booklets", "booklet"),
               ("packs", "pack")],
    "food": [("trays", "tray"), ("tins", "tin"), ("boxes", "box"), ("plates", "plate"),
             ("batches", "batch"), ("baskets", "basket"), ("platters", "platter"),
             ("cake boxes", "cake box"), ("cool boxes", "cool box")],
    "goods": [("boxes", "box"), ("crates", "crate"), ("bags", "bag"), ("sacks", "sack"),
              ("baskets", "basket"), ("hampers", "hamper"), ("cartons", "carton"),
              ("carrier bags", "carrier bag"), ("bin bags", "bin bag"), ("trolleys", "trolley"),
              ("laundry baskets", "laundry basket")],
    "collect": [("jars", "jar"), ("bags", "bag"), ("shoeboxes", "shoebox"), ("tubs", "tub"),
                ("albums", "album"), ("envelopes", "envelope"), ("tins", "tin"),
                ("ice-cream tubs", "ice-cream tub")],
}
# receptacle for the holder's stock: (preposition, noun)
RECEPTACLES = {
    "money": [("in", "piggy bank"), ("in", "money box"), ("in", "savings jar"),
              ("in", "collection tin"), ("in", "charity bucket"), ("in", "cash tin"),
              ("in", "jam jar"), ("in", "coin purse"), ("in", "biscuit tin"), ("in", "sock drawer")],
    "ticket": [("in", "ticket box"), ("in", "bum bag"), ("in", "float tin"), ("on", "front desk"),
               ("in", "shoebox"), ("in", "folder")],
    "food": [("on", "cake stall"), ("on", "trestle table"), ("in", "cool box"),
             ("on", "bake-sale table"), ("on", "tray"), ("in", "cake tin")],
    "goods": [("on", "jumble table"), ("in", "storeroom"), ("in", "car boot"),
              ("in", "donation bin"), ("on", "stall"), ("in", "vestry cupboard"),
              ("in", "collection crate"), ("in", "spare room")],
    "collect": [("in", "collection jar"), ("in", "shoebox"), ("in", "tub"), ("in", "album"),
                ("in", "drawer"), ("in", "tin")],
}
RECIPIENTS = """the food bank|the hospice shop|the animal rescue|the night shelter|
the children's ward|the care home|the refugee centre|the lifeboat station|a homeless charity|
the library sale|the school office|the soup kitchen|the women's refuge|the donkey sanctuary|
the dogs' home|the air ambulance appeal|the harvest festival|the hamper drive|the mosque appeal|
the toddler group|the twinned school|the hospital radio|the youth club|the charity shop|
the community fridge|the village hall|a neighbour|the baby bank""".replace("\n", "").split("|")
HIDDEN = """down the back of the sofa|under the piano|in an old coat pocket|behind the hymn books|
in the lost-property box|under the stage|at the bottom of the toy box|in the glovebox|
behind the radiator|in a forgotten drawer|under the welcome mat|in the church porch|
between the sofa cushions|in a wellington boot""".replace("\n", "").split("|")
# groups for sharing: (plural, singular)
SHARE_GROUPS = [("classes", "class"), ("charities", "charity"), ("families", "family"),
                ("hampers", "hamper"), ("stalls", "stall"), ("tables", "table"), ("teams", "team"),
                ("patrols", "patrol"), ("wards", "ward"), ("shelters", "shelter"),
                ("schools", "school"), ("helpers", "helper"), ("volunteers", "volunteer"),
                ("envelopes", "envelope"), ("baskets", "basket"), ("jars", "jar"), ("tins", "tin"),
                ("boxes", "box"), ("houses", "house"), ("dens", "den"),
                ("food parcels", "food parcel"), ("gift bags", "gift bag"), ("sacks", "sack"),
                ("cousins", "cousin"), ("friends", "friend"), ("care homes", "care home")]

_GRP_CONT = {"hampers", "envelopes", "baskets", "jars", "tins", "boxes", "food parcels", "gift bags",
             "sacks"}
GROUP_SG = """the PTA|the school council|St Anne's choir|the Cub pack|the Brownie unit|the youth club|
the Rotary club|the Women's Institute|the parish council|the allotment society|the netball club|
the chess club|the drama group|the knitting circle|the Sunday school|the food bank team|
the swimming club|the Scout troop|the choir|the brass band|the book club|the toddler group|
the gardening club|the mosque committee|the temple youth group|the street party committee|
the cricket club|the Friends of Elm Park|the hospice appeal team|the gurdwara kitchen|
the walking group|the residents' association|the synagogue youth club|the Rainbows""".replace("\n", "").split("|")
GROUP_PL = """the scouts|the Brownies|the bell ringers|the Guides|the lifeboat volunteers|
the dinner ladies|the sixth formers|the cubs|the churchwardens|the rugby juniors|
the reception children|the Beavers|the Sea Scouts|the choir girls|the bikers""".replace("\n", "").split("|")
GROUP_PL = [g for g in GROUP_PL if "sixth" not in g]

ROLES = ["the PTA treasurer", "who runs the cake stall", "the troop's quartermaster",
         "a keen Brownie", "the church treasurer", "who looks after the tombola",
         "the club secretary", "a Year Four pupil", "who organised the appeal",
         "our newest volunteer", "the jumble-sale organiser", "a busy scout leader",
         "who collects for the hospice", "the youngest helper"]
ROLES = [r for r in ROLES if "Four" not in r]

EVENTS = """the summer fair|the jumble sale|our bake sale|the sponsored walk|the Christmas bazaar|
the harvest supper|the quiz night|the toy appeal|the coffee morning|the book fair|the fun run|
the car-boot sale|the carol concert|the duck race|the tombola|the Easter egg hunt|the plant sale|
the pancake race|the bingo night|the barn dance|the food drive|the coat appeal|the Diwali stall|
the Eid bake sale|the Hanukkah fair|the spring fete|the sponsored silence|the welly wanging""".replace("\n", "").split("|")


def _agents_for(person):
    fam = ["{P} gran", "{P} grandad", "{P} aunt", "{P} uncle", "{P} mum", "{P} dad",
           "{P} big sister", "{P} older brother", "{P} godmother", "{P} nan", "{P} neighbour",
           "{P} best friend", "{P} step-dad", "{P} grandpa"]
    com = ["the vicar", "Mrs {SUR}", "Mr {SUR}", "a kind stranger", "the head teacher",
           "the lollipop lady", "a local baker", "the lady from the corner shop", "the caretaker",
           "a passing cyclist", "the milkman", "{NAME}'s dad", "a visitor", "the mayor",
           "the imam", "the rabbi", "the church warden", "Brown Owl", "Akela", "Dr {SUR}",
           "an anonymous donor", "the bank manager", "the postwoman", "a retired teacher",
           "Auntie {NAME}", "Uncle {NAME}", "the man from the garage", "the school cook",
           "Father {NAME}", "the librarian", "{NAME} from next door"]
    return (fam + com) if person else com


# ---------------------------------------------------------------------------
# Verbs and conjugation
# ---------------------------------------------------------------------------
_PAST = {
    "get": "got", "find": "found", "take": "took", "bring": "brought", "buy": "bought",
    "sell": "sold", "give": "gave", "win": "won", "make": "made", "drop": "dropped",
    "put": "put", "lose": "lost", "eat": "ate", "spend": "spent", "send": "sent",
    "throw": "threw", "break": "broke", "sweep": "swept", "dig": "dug", "pay": "paid",
    "lend": "lent", "hold": "held", "keep": "kept", "split": "split", "cut": "cut",
    "come": "came", "grow": "grew", "become": "became", "rise": "rose", "leave": "left",
    "let": "let", "set": "set", "tip": "tipped", "stop": "stopped", "nab": "nabbed",
    "bag": "bagged", "swap": "swapped", "ship": "shipped", "run": "ran", "knit": "knitted",
    "sit": "sat", "draw": "drew", "bin": "binned", "top": "topped", "snap": "snapped",
    "slip": "slipped", "chip": "chipped", "pop": "popped", "go": "went", "have": "had",
    "do": "did", "see": "saw", "wear": "wore", "sing": "sang", "feel": "felt", "blow": "blew",
    "say": "said", "hang": "hung", "deal": "dealt", "begin": "began", "stand": "stood",
    "flap": "flapped", "chat": "chatted", "net": "netted", "wrap": "wrapped", "grab": "grabbed",
    "tear": "tore", "stick": "stuck", "forget": "forgot", "hide": "hid", "ring": "rang",
    "spin": "spun", "shed": "shed", "hear": "heard", "meet": "met", "think": "thought",
    "catch": "caught", "build": "built", "tell": "told", "shake": "shook", "rob": "robbed",
    "plan": "planned", "shop": "shopped", "drip": "dripped", "hug": "hugged", "jog": "jogged",
    "pin": "pinned", "fit": "fitted", "scrub": "scrubbed", "dip": "dipped", "trot": "trotted",
    "plod": "plodded", "mislay": "mislaid", "light": "lit", "stir": "stirred",
    "prop": "propped", "rip": "ripped", "bid": "bid", "lead": "led", "read": "read",
    "ride": "rode", "drive": "drove", "write": "wrote", "fly": "flew", "steal": "stole",
    "sink": "sank", "fall": "fell", "shrink": "shrank", "beg": "begged", "fill": "filled",
    "cost": "cost", "shoot": "shot", "whip": "whipped", "parcel": "parcelled", "spread": "spread", "hum": "hummed",
    "drum": "drummed", "bob": "bobbed", "flog": "flogged", "lay": "laid", "total": "totalled",
}


def _past(v):
    if v in _PAST:
        return _PAST[v]
    if v.endswith("e"):
        return v + "d"
    if len(v) > 1 and v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ied"
    return v + "ed"


def _third(v):
    if v == "have":
        return "has"
    if v in ("do", "go"):
        return v + "es"
    if v.endswith(("s", "sh", "ch", "x", "z")):
        return v + "es"
    if len(v) > 1 and v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ies"
    return v + "s"


def conj(vp, tense, agr):
    """Conjugate a verb phrase (inflect first word).  agr: 3sg, pl, 1sg."""
    head, _, rest = vp.partition(" ")
    rest = (" " + rest) if rest else ""
    if tense == "future":
        return "will " + head + rest
    if head == "be":
        if tense == "past":
            w = "were" if agr == "pl" else "was"
        else:
            w = {"3sg": "is", "pl": "are", "1sg": "am"}[agr]
        return w + rest
    if tense == "past":
        return _past(head) + rest
    if agr == "3sg":
        return _third(head) + rest
    return head + rest


# ---------------------------------------------------------------------------
# Numbers as words
# ---------------------------------------------------------------------------
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
         80: "eighty", 90: "ninety"}


def words(n):
    if n < 20:
        return _ONES[n]
    if n % 10 == 0:
        return _TENS[n]
    return _TENS[n // 10 * 10] + "-" + _ONES[n % 10]


def num_surface(rng, n, wordy=0.25):
    """Return the surface form of a number for problem text."""
    if n == 12 and rng.random() < 0.3:
        return "a dozen"
    if 2 <= n <= 20 and rng.random() < wordy:
        return words(n)
    if n < 100 and n % 10 == 0 and rng.random() < wordy:
        return words(n)
    if 20 < n < 100 and rng.random() < wordy * 0.3:
        return words(n)
    return str(n)


# ---------------------------------------------------------------------------
# Holder
# ---------------------------------------------------------------------------
class Holder:
    def __init__(self, kind, name, pron, obj, poss, name_agr, pron_agr, person):
        self.kind = kind
        self.name = name
        self.pron = pron
        self.obj = obj
        self.poss = poss
        self.name_agr = name_agr
        self.pron_agr = pron_agr
        self.person = person

    def poss_name(self):
        if self.name is None:
            return self.poss
        if self.name.endswith("s") and self.name_agr == "pl":
            return self.name + "'"
        return self.name + "'s"


def make_holder(rng, kind):
    if kind == "person":
        r = rng.random()
        if r < 0.45:
            return Holder(kind, rng.choice(_F), "she", "her", "her", "3sg", "3sg", True)
        if r < 0.9:
            return Holder(kind, rng.choice(_M), "he", "him", "his", "3sg", "3sg", True)
        return Holder(kind, rng.choice(_N), "they", "them", "their", "3sg", "pl", True)
    if kind == "adult":
        r = rng.random()
        sur = rng.choice(_SURNAMES)
        if r < 0.5:
            return Holder("person", "Mrs " + sur, "she", "her", "her", "3sg", "3sg", True)
        if r < 0.9:
            return Holder("person", "Mr " + sur, "he", "him", "his", "3sg", "3sg", True)
        return Holder("person", "Mx " + sur, "they", "them", "their", "3sg", "pl", True)
    if kind == "pair":
        a = rng.choice(_F + _M + _N)
        b = rng.choice(_F + _M + _N)
        while b == a:
            b = rng.choice(_F + _M + _N)
        nm = rng.choice([a + " and " + b, a + " and " + b, "the twins",
                         a + " and " + rng.choice(["her", "his"]) + " cousin"])
        if nm.endswith("cousin"):
            nm = a + " and " + b
        return Holder("pair", nm, "they", "them", "their", "pl", "pl", True)
    if kind == "group":
        if rng.random() < 0.7:
            return Holder("group_sg", rng.choice(GROUP_SG), "they", "them", "their", "3sg", "pl", False)
        return Holder("group_pl", rng.choice(GROUP_PL), "they", "them", "their", "pl", "pl", False)
    if kind == "I":
        return Holder("I", None, "I", "me", "my", "1sg", "1sg", True)
    if kind == "we":
        return Holder("we", None, "we", "us", "our", "pl", "pl", False)
    raise ValueError(kind)


# ---------------------------------------------------------------------------
# Templates.  {S} holder subject, {O} holder object, {P} holder possessive,
# {A} agent, {n} number, {nit} number + item phrase, {nsub} number phrase as
# subject, {it} item, {rcp} receptacle, {rec} recipient, {hid} hidden place,
# {grp} share groups, {ntimes}, {nfold}.  [verb] conjugated with the template's
# agreement ("H" holder, "A" agent, "sg", "pl"); [verb|pl] overrides.
# Each entry: (text, tag set or None for all, default agreement)
# ---------------------------------------------------------------------------
ALL = None
M, T, FD, G, C, FR = "money", "ticket", "food", "goods", "collect", "fragile"


def _t(text, tags=ALL, agr="H", **kw):
    d = {"text": text, "tags": None if tags is None else frozenset(tags.split()), "agr": agr}
    d.update(kw)
    return d


ADD_T = [
    # holder does it
    _t("{S} [collect] {nit}"), _t("{S} [gather] {nit}"), _t("{S} [receive] {nit}"),
    _t("{S} [get] {nit}"), _t("{S} [pick up] {nit}"), _t("{S} [be given] {nit}"),
    _t("{S} [take in] {nit}"), _t("{S} [round up] {nit}"), _t("{S} [scrape together] {nit}"),
    _t("{S} [bring in] {nit}"), _t("{S} [find] {nit} {hid}"), _t("{S} [come across] {nit} {hid}"),
    _t("{S} [add] {nit} to the pile"), _t("{S} [rustle up] {nit}"), _t("{S} [be handed] {nit}"),
    _t("{S} [gain] {nit}"), _t("{S} [pocket] {nit}", "money"), _t("{S} [save] {nit}", "money"),
    _t("{S} [put by] {nit}", "money"), _t("{S} [squirrel away] {nit}", "money"),
    _t("{S} [earn] {nit} by washing cars", "money"), _t("{S} [raise] {nit}", "money"),
    _t("{S} [tip] {nit} into {P} {rcp}", "money"), _t("{S} [bake] {nit}", "food"),
    _t("{S} [whip up] {nit}", "food"), _t("{S} [make] {nit}", "food craft"),
    _t("{S} [knit] {nit}", "wool"), _t("{S} [buy] {nit}", "goods food ticket"),
    _t("{S} [print] {nit}", "ticket"), _t("{S} [order] {nit}", "ticket goods"),
    _t("{S} [collect] {nit} from the printer", "ticket"), _t("{S} [unpack] {nit}", "goods food collect"),
    _t("{S} [fetch] {nit} from the car", "goods food ticket collect"), _t("{S} [carry in] {nit}"),
    _t("{S} [dig out] {nit}", "goods collect"), _t("{S} [fish out] {nit} {hid}", "money collect"),
    _t("{S} [rescue] {nit} from the lost-property box", "goods"), _t("{S} [net] {nit}", "money ticket"),
    _t("{S} [scoop up] {nit}"), _t("{S} [top up] {P} {rcp} with {nit}", "money collect"),
    _t("{S} [load] {nit} onto the table", "goods food"), _t("{S} [win] {nit} at the fair", "money goods ticket"),
    _t("{S} [bag] {nit} at the car-boot sale", "goods collect"), _t("{S} [stock up] on {nit}", "goods food ticket"),
    _t("{S} [track down] {nit}", "collect goods"),
    _t("{S} [be sent] {nit} in the post"), _t("{S} [pick] {nit} out of the donations box", "goods collect"),
    _t("{S} [pile on] {nit}", "goods food"), _t("{S} [sweep up] {nit} after the disco", "money collect"),
    _t("{S} [get hold of] {nit}"), _t("{S} [lay out] {nit}", "food goods"),
    _t("{S} [sell] {nit} for the school", "ticket_never"),
    # someone gives to holder
    _t("{A} [give] {O} {nit}", agr="A"), _t("{A} [hand] {O} {nit}", agr="A"),
    _t("{A} [drop] {nit} into {P} {rcp}", "money collect ticket", agr="A"),
    _t("{A} [donate] {nit}", agr="A"), _t("{A} [send] {O} {nit}", agr="A"),
    _t("{A} [pass] {O} {nit}", agr="A"), _t("{A} [chip in] {nit}", "money", agr="A"),
    _t("{A} [slip] {O} {nit}", "money ticket", agr="A"), _t("{A} [bring] {O} {nit}", agr="A"),
    _t("{A} [bring round] {nit}", agr="A"), _t("{A} [add] {nit} to {P} {rcp}", agr="A"),
    _t("{A} [contribute] {nit}", agr="A"), _t("{A} [leave] {nit} on {P} doorstep", "goods food collect", agr="A"),
    _t("{A} [post] {nit} through {P} letterbox", "money ticket collect", agr="A"),
    _t("{A} [throw in] {nit}", agr="A"), _t("{A} [put in] {nit}", "money ticket collect", agr="A"),
    _t("{A} [offer] {O} {nit}", agr="A"), _t("{A} [bake] {O} {nit}", "food", agr="A"),
    _t("{A} [hand over] {nit}", agr="A"), _t("{A} [drop off] {nit}", agr="A"),
    _t("{A} [deliver] {nit}", agr="A"), _t("{A} [pledge] {nit}", "money", agr="A"),
    _t("{A} [sponsor] {O} for {nit}", "money", agr="A"), _t("{A} [gift] {O} {nit}", agr="A"),
    _t("{A} [return] {nit} borrowed last month", "goods money ticket", agr="A"),
    _t("{A} [knit] {O} {nit}", "wool", agr="A"), _t("{A} [turn up] with {nit}", agr="A"),
    _t("{A} [pop] {nit} into {P} {rcp}", "money ticket collect", agr="A"),
    _t("{A} [save] {O} {nit}", "collect", agr="A"),
    # impersonal
    _t("{nsub} [turn up] {hid}", agr="pl"), _t("{nsub} [arrive] in the post", agr="pl"),
    _t("{nsub} [come in] from the Sunday collection", agr="pl"),
    _t("{nsub} [be donated] by parents", agr="pl"), _t("{nsub} [be dropped off] at the door", agr="pl"),
    _t("{nsub} [be pledged] at the quiz night", "money", agr="pl"),
    _t("{nsub} [roll in] after the appeal", agr="pl"), _t("{nsub} [be found] {hid}", agr="pl"),
    _t("{nsub} [appear] on the doorstep overnight", agr="pl"),
    _t("{nsub} [trickle in] during the afternoon", agr="pl"),
    _t("{nsub} [pour in] from the neighbours", agr="pl"),
    _t("{nsub} [be handed in] at reception", agr="pl"),
    _t("the bucket collection [bring in] {nit}", "money", agr="sg"),
    _t("the sponsored walk [raise] {nit}", "money", agr="sg"),
    _t("the Sunday collection [add] {nit}", "money", agr="sg"),
    _t("a late delivery [bring] {nit}", "goods food ticket", agr="sg"),
    _t("the school newsletter appeal [produce] {nit}", agr="sg"),
]
ADD_T = [t for t in ADD_T if t["tags"] != frozenset({"ticket_never"})]

SUB_T = [
    _t("{S} [give away] {nit}"), _t("{S} [give] {nit} to {rec}"), _t("{S} [hand out] {nit}"),
    _t("{S} [pass on] {nit} to {rec}"), _t("{S} [donate] {nit} to {rec}"), _t("{S} [lose] {nit}"),
    _t("{S} [misplace] {nit}"), _t("{S} [drop] {nit} down a drain", "money"),
    _t("{S} [send off] {nit}"), _t("{S} [post off] {nit} to {rec}", "goods money ticket collect"),
    _t("{S} [pack off] {nit} to {rec}", "goods food collect"), _t("{S} [sell] {nit}", "food ticket goods"),
    _t("{S} [sell off] {nit}", "food ticket goods"), _t("{S} [shift] {nit}", "food goods"),
    _t("{S} [flog] {nit}", "food goods"), _t("{S} [get rid of] {nit}", "food goods ticket collect"),
    _t("{S} [clear] {nit} from the table", "food goods"), _t("{S} [spend] {nit} on stamps", "money"),
    _t("{S} [pay out] {nit}", "money"), _t("{S} [use] {nit} to buy a present", "money"),
    _t("{S} [use up] {nit}", "goods collect"), _t("{S} [eat] {nit}", "food"),
    _t("{S} [scoff] {nit}", "food"), _t("{S} [munch through] {nit}", "food"),
    _t("{S} [polish off] {nit}", "food"), _t("{S} [throw out] {nit}", "food goods collect"),
    _t("{S} [bin] {nit}", "goods food collect"), _t("{S} [break] {nit}", "fragile"),
    _t("{S} [chip] {nit} while unpacking", "fragile"), _t("{S} [return] {nit} to the shop", "goods"),
    _t("{S} [tear up] {nit}", "ticket"), _t("{S} [spoil] {nit}", "ticket"),
    _t("{S} [pay] {nit} for the hall hire", "money"), _t("{S} [lend] {nit} to a friend"),
    _t("{S} [part with] {nit}"), _t("{S} [let go of] {nit}"), _t("{S} [hand back] {nit}"),
    _t("{S} [pay back] {nit}", "money"), _t("{S} [take] {nit} home", "food goods"),
    _t("{S} [deliver] {nit} to {rec}"), _t("{S} [ship] {nit} to {rec}", "goods"),
    _t("{S} [leave] {nit} at {rec}"), _t("{S} [swap] {nit} for a badge", "collect ticket"),
    _t("{S} [trade away] {nit}", "collect"), _t("{S} [sneak] {nit} to the dog", "food"),
    _t("{S} [raffle off] {nit}", "goods food"), _t("{S} [cash in] {nit}", "money collect"),
    _t("{S} [knock over] {nit}", "fragile"),
    # someone takes from holder
    _t("{A} [buy] {nit}", "food ticket goods", agr="A"), _t("{A} [take] {nit}", agr="A"),
    _t("{A} [borrow] {nit}", agr="A"), _t("{A} [snap up] {nit}", "food goods ticket", agr="A"),
    _t("{A} [walk off with] {nit}", agr="A"), _t("{A} [pinch] {nit}", "food money collect", agr="A"),
    _t("{A} [nab] {nit}", "food", agr="A"), _t("{A} [carry off] {nit}", agr="A"),
    _t("{A} [buy up] {nit}", "food goods ticket", agr="A"), _t("{A} [purchase] {nit}", "food goods ticket", agr="A"),
    _t("{A} [claim] {nit} as prizes", "goods", agr="A"), _t("{A} [smash] {nit}", "fragile", agr="A"),
    _t("{A} [take back] {nit}", agr="A"), _t("{A} [buy] {nit} off {O}", "food goods ticket", agr="A"),
    _t("{A} [make off with] {nit}", agr="A"), _t("{A} [gobble up] {nit}", "food", agr="A"),
    _t("{A} [sweep] {nit} off the table by accident", "fragile food", agr="A"),
    # impersonal
    _t("{nsub} [go] to {rec}", agr="pl"), _t("{nsub} [be sold] before lunch", "food ticket goods", agr="pl"),
    _t("{nsub} [get eaten]", "food", agr="pl"), _t("{nsub} [go missing]", agr="pl"),
    _t("{nsub} [be lost]", agr="pl"), _t("{nsub} [get broken]", "fragile", agr="pl"),
    _t("{nsub} [roll under] the stage", "money collect", agr="pl"), _t("{nsub} [disappear]", agr="pl"),
    _t("{nsub} [be given out] as prizes", agr="pl"),
    _t("{nsub} [be snapped up] by the early crowd", "food goods ticket", agr="pl"),
    _t("{nsub} [be sent] to {rec}", agr="pl"), _t("{nsub} [get soggy] in the rain", "food ticket", agr="pl"),
    _t("{nsub} [melt] in the sun", "food", agr="pl"), _t("{nsub} [turn out] to be fakes and [be thrown] away", "money", agr="pl"),
    _t("the morning rush [take] {nit}", "food goods ticket", agr="sg"),
    _t("a gust of wind [blow] away {nit}", "ticket collect", agr="sg"),
    _t("the dog [eat] {nit}", "food", agr="sg"),
    _t("a hole in the bag [cost] {O} {nit}", "money collect", agr="sg"),
]

# multiplication: n fixed ("fix") or free
MUL_T = [
    _t("{S} [double] the number of {it}", fix=2, kw="double"),
    _t("{S} [manage] to double {P} {it}", fix=2, kw="double"),
    _t("a generous sponsor [double] the {it} in {P} {rcp}", agr="sg", fix=2, kw="double"),
    _t("the number of {it} [double]", agr="sg", fix=2, kw="double"),
    _t("a local firm [match] everything, so the total [double]", agr="sg", fix=2, kw="double", solo=True),
    _t("{S} [end up] with twice as many {it} as before", fix=2, kw="twice"),
    _t("by the evening the pile [be] twice as big", agr="sg", fix=2, kw="twice"),
    _t("{S} [triple] the number of {it}", fix=3, kw="triple"),
    _t("the total [triple] after the appeal", agr="sg", fix=3, kw="triple"),
    _t("{A} [triple] whatever was in {P} {rcp}", agr="A", fix=3, kw="triple"),
    _t("the stock of {it} [quadruple] over the week", agr="sg", fix=4, kw="quadruple"),
    _t("the number of {it} [become] {ntimes} as large", agr="sg"),
    _t("{S} [end up] with {ntimes} as many {it} as before"),
    _t("by the end of the week {S} [have] {ntimes} as many {it}"),
    _t("the pile of {it} [grow] to {ntimes} its size", agr="sg"),
    _t("the stock [grow] {nfold}", agr="sg"),
    _t("{S} [multiply] {P} {it} by {n}"),
    _t("thanks to a matched-giving scheme, the count [go] up {nfold}", agr="sg"),
    _t("{S} [make] another batch, so {S2} [have|P] {ntimes} as many {it} as before", "food craft", solo=True),
    _t("{A} [promise] to multiply the {it} by {n}, and [keep] that promise", agr="A", solo=True),
    _t("{S} [swap] each of them for {n} new ones", "collect money ticket"),
    _t("soon the total [be] {ntimes} what it was at the start", agr="sg", solo=True),
    _t("{S} [manage] to collect {ntimes} as many {it}"),
    _t("{P} {rcp} [end up] holding {ntimes} as many {it}", agr="sg"),
    _t("a sponsor [agree] to multiply {P} total by {n}", agr="sg"),
    _t("the count of {it} [jump] to {ntimes} what it was", agr="sg"),
    _t("{S} [increase] the number of {it} {nfold}"),
    _t("{S} [grow] {P} collection {nfold}", "collect money"),
    _t("{S} [bake] enough to have {ntimes} as many {it}", "food"),
    _t("{S} [print] {ntimes} as many {it} as before", "ticket"),
    _t("{S} [boost] the number of {it} {nfold}"),
    _t("the count [soar] to {ntimes} what it had been", agr="sg"),
    _t("{S} [scale] up and [turn] out {ntimes} as many {it}", "food craft"),
    _t("the tally [shoot] up to {ntimes} what it was", agr="sg"),
    _t("{P} stock of {it} [be multiplied] by {n}", agr="sg"),
    _t("the {it} [be multiplied] by {n} thanks to a generous donor", agr="pl", solo=True),
    _t("a generous donor [multiply] the {it} by {n}", agr="sg"),
    _t("{A} [double] {P} {it}", agr="A", fix=2, kw="double"),
    _t("{S} [see] {P} {it} triple", fix=3, kw="triple"),
    _t("{P} {it} [double] in number", agr="pl", fix=2, kw="double"),
    _t("{S} [end up] with {n} times the {it} {S2} started with"),
    _t("{S} [multiply] the pile by {n}"),
    _t("{S} [have] {n} times the number of {it} by the evening"),
    _t("every one of them [be] matched by {n_minus} more from the council", agr="sg", noop=True),
]
MUL_T = [t for t in MUL_T if not t.get("noop")]

# division: holder keeps one equal share; "each" ones are only used when the
# question asks for the size of each share.
DIV_T = [
    _t("{S} [give] half of them to {rec}", fix=2, kw="half"),
    _t("{S} [halve] the pile", fix=2, kw="half"),
    _t("half of the {it} [go] to {rec}", agr="pl", fix=2, kw="half"),
    _t("{S} [keep] half and [give] the rest to {rec}", fix=2, kw="half"),
    _t("{S} [split] them in half and [pass] one half to {rec}", fix=2, kw="half"),
    _t("{S} [hand] half of {P} {it} to {rec}", fix=2, kw="half"),
    _t("{S} [keep] only a third of them", fix=3, kw="third"),
    _t("{S} [keep] a third and [send] the rest to {rec}", fix=3, kw="third"),
    _t("a third of them [stay] on the stall and the rest [go] to {rec}", agr="pl", fix=3, kw="third", solo=True),
    _t("{S} [share] them equally among {n} {grp} and [keep] one share"),
    _t("{S} [split] the {it} evenly into {n} bags and [keep] just one"),
    _t("{S} [divide] them into {n} equal piles and [keep] one pile"),
    _t("{S} [sort] them into {n} equal heaps and [give] away all but one"),
    _t("{S} [split] them {n} ways and [hang on] to one share"),
    _t("{S} [bag] them up into {n} equal bags and [keep] one bag"),
    _t("{S} [deal] them out into {n} equal piles and [keep] one"),
    _t("{S} [share] the {it} out fairly between {n} {grp}, keeping one share for {O}self", noop=True),
    _t("{S} [divide] {P} {it} equally into {n} lots, and only one of those lots [stay|sg] with {O}", solo=True),
    _t("the {it} [be split|pl] equally between {n} {grp}, and {S} [keep|H] one share", agr="pl", solo=True),
    _t("{S} [parcel] them up into {n} equal lots and [hand] over all but one lot"),
    _t("{S} [package] the {it} into {n} equal boxes and [keep] only one box"),
    _t("{S} [share] the {it} fairly with {n_minus} friends, so {n} people [get|pl] equal shares and {S2} [keep|H] one", noop=True),
    _t("{S} [portion] them out into {n} equal heaps and [hold] on to one heap"),
    _t("{S} [split] {P} {it} into {n} equal bundles and [give] away the others"),
    _t("only one of {n} equal shares [stay|sg] with {O}; the rest [go|sg] to {rec}", agr="sg", solo=True),
    _t("{S} [keep] one of {n} equal parts and [send] the rest to {rec}"),
    _t("{S} [pass] on all but one of {n} equal shares"),
    _t("{S} [keep] just one of {n} equal bundles and [donate] the rest"),
    _t("{S} [divide] the {it} up into {n} equal parcels and [post] all but one"),
    _t("the {it} [be divided] into {n} equal heaps, and only one heap [stay|sg] with {O}", agr="pl", solo=True),
    _t("{S} [halve] the number of {it}", fix=2, kw="half"),
    _t("{S} [give] away half of {P} {it}", fix=2, kw="half"),
    _t("{S} [sell] half of them", "food ticket goods", fix=2, kw="half"),
    _t("{S} [lose] half of the {it}", fix=2, kw="half"),
    _t("{A} [take] half of them", agr="A", fix=2, kw="half"),
    _t("{S} [spread] the {it} evenly across {n} tables and [keep] only one table's worth", "food goods"),
    _t("{A} [help] {O} split the {it} into {n} equal shares, and {S} [keep|H] one", agr="A", solo=True),
    _t("{S} [divide] the lot equally between {n} {grp} and [keep] the one share", noop=True),
]
DIV_T = [t for t in DIV_T if not t.get("noop")]

DIV_EACH_T = [
    _t("{S} [share] them equally among {n} {grp}"),
    _t("{S} [divide] the {it} equally between {n} {grp}"),
    _t("{S} [split] the lot evenly across {n} {grp}"),
    _t("{S} [parcel] them out equally to {n} {grp}", need="recip"),
    _t("{S} [deal] the {it} out fairly to {n} {grp}", need="recip"),
    _t("the {it} [be shared] equally among {n} {grp}", agr="pl"),
    _t("{S} [give] the {it} out to {n} {grp}, the same number to each", need="recip"),
    _t("{S} [hand] them out evenly to {n} {grp}", need="recip"),
    _t("{S} [share] the {it} out between {n} {grp}, the same for each"),
    _t("{S} [spread] them equally over {n} {grp}"),
    _t("{S} [put] the same number of {it} into each of {n} {grp}", need="cont"),
    _t("{S} [fill] {n} {grp} with an equal number of {it}", need="cont"),
    _t("{S} [bag] the {it} up equally for {n} {grp}", need="recip"),
]

START_T = [
    _t("{S} [have] {n} {it}{loc}"), _t("{S} [start] the day with {n} {it}{loc}"),
    _t("{S} [begin] with {n} {it}{loc}"), _t("{S} [count] {n} {it}{loc}"),
    _t("{S} [keep] {n} {it}{loc}"), _t("{S} [set] out with {n} {it}"),
    _t("{S} [have] saved {n} {it}", "money"), _t("{S} [have] {n} {it} ready for the sale", "food goods ticket"),
    _t("{S} [bring] {n} {it} to {event}"), _t("{S} [be] in charge of {n} {it}"),
    _t("{S} [own] {n} {it}", "collect goods money"), _t("{S} [look] after {n} {it} for {event}"),
    _t("there [be] {n} {it} in {P} {rcp}", agr="pl"), _t("{P} {rcp} [hold] {n} {it}", agr="sg"),
    _t("{S} [open] {event} with {n} {it}"), _t("{S} [have] {n} {it} to sell", "food goods ticket"),
    _t("{S} [have] a stash of {n} {it}", "money collect"),
    _t("{S} [hold] {n} {it} at the start of {event}"),
]
PROD_T = [  # order "cb": count of containers first; "bc": per-container first
    _t("{S} [have] {x1} {cont} of {x2} {it}", order="cb"),
    _t("{S} [have] {x1} {cont} with {x2} {it} in each", order="cb"),
    _t("{S} [pack] {x1} {cont} with {x2} {it} apiece", order="cb"),
    _t("{S} [start] with {x1} {cont}, each holding {x2} {it}", order="cb"),
    _t("{S} [set] out {x1} {cont} of {it}, {x2} to a {cont1}", order="cb"),
    _t("{S} [fill] {x1} {cont} with {x2} {it} each", order="cb"),
    _t("{S} [bring] {x1} {cont}, and every {cont1} [hold|sg] {x2} {it}", order="cb"),
    _t("{S} [pick up] {x1} {cont} containing {x2} {it} each", order="cb"),
    _t("{S} [have] {x1} {it} in each of {x2} {cont}", order="bc"),
    _t("{S} [count] {x1} {it} per {cont1} across {x2} {cont}", order="bc"),
    _t("{x1} {it} [sit|pl] in each of {P} {x2} {cont}", agr="pl", order="bc"),
    _t("{P} {x1} {cont} [hold|pl] {x2} {it} each", agr="pl", order="cb"),
]

DISTRACT_T = [
    _t("it [be] a drizzly Saturday morning", agr="sg"), _t("the hall [smell] of toast and floor polish", agr="sg"),
    _t("{S} [wear] {P} lucky scarf for the occasion"), _t("everyone [seem] to be in a good mood", agr="sg"),
    _t("the vicar [give] a short speech about the new roof", agr="sg"),
    _t("the urn [take] ages to boil", agr="sg"), _t("music [drift] across from the bandstand", agr="sg"),
    _t("bunting [flap] in the breeze", agr="sg"), _t("{S} [feel] very proud of the effort"),
    _t("nobody [want] the knitted tea cosy", agr="sg"), _t("the coffee [run] out early", agr="sg"),
    _t("{S} [keep] a careful note of everything in a little notebook"),
    _t("parents [chat] by the school gate", agr="pl"), _t("the sun finally [come] out after lunch", agr="sg"),
    _t("the choir [sing] carols in the porch", agr="sg"), _t("it [be] all for the minibus appeal", agr="sg"),
    _t("the weather [stay] dry, luckily", agr="sg"), _t("{S} [hum] along to the radio while working"),
    _t("the raffle prizes [look] splendid on the stage", agr="pl"),
    _t("a toddler [spill] juice on the tablecloth", agr="sg"),
    _t("the money [be] for the new scout hut roof", agr="sg"),
    _t("the caretaker [unlock] the hall early", agr="sg"), _t("{S} [love] helping out"),
    _t("the headteacher [pop] in to say hello", agr="sg"), _t("the queue [stretch] right round the car park", agr="sg"),
    _t("{S} [be] tired but happy", agr="H"), _t("rain [drum] on the marquee roof all afternoon", agr="sg"),
    _t("{S} [wrap] up warm because of the wind"), _t("the cake stall [be] the busiest corner of the room", agr="sg"),
    _t("the dog from next door [watch] everything hopefully", agr="sg"),
    _t("{S} [write] everything down in the ledger"), _t("there [be] a lovely smell of fresh bread", agr="sg"),
    _t("the church bells [ring] at noon", agr="pl"), _t("{S} [want] to beat last year's total"),
    _t("a brass band [play] outside", agr="sg"), _t("it [be] very windy by the gate", agr="sg"),
    _t("{S} [remember] to thank the helpers"), _t("the tea ladies [work] flat out", agr="pl"),
    _t("balloons [bob] above the entrance", agr="pl"), _t("the hall [be] packed from the start", agr="sg"),
]
LETTER_LINES = ["Thank you all so much for your support.", "We could not have done it without you.",
                "Here is a quick update on the fundraiser.", "Please read on for the details.",
                "What a wonderful turnout it was!", "Every little helps, as they say.",
                "The committee is delighted.", "Your generosity never stops amazing us."]

ADVERBS = {
    "any": ["later on", "after that", "next", "soon afterwards", "by teatime", "before lunch",
            "after lunch", "in the afternoon", "towards closing time", "just before the raffle draw",
            "during the interval", "at the weekend", "that evening", "by the end of the morning",
            "then", "a little later", "after the assembly", "at break time", "on Sunday",
            "on the last afternoon", "before the doors closed", "over the next few days"],
    "past": ["the next day", "later that week", "yesterday afternoon", "the following morning",
             "on Saturday", "last Friday"],
    "present": ["now", "this afternoon", "today", "at the moment"],
    "future": ["tomorrow", "next week", "on Saturday", "later today", "after the service"],
}

# question templates.  {DO} auxiliary; needs: "left" -> some removal happened
Q_T = [
    _t("how many {it} {DO} {S} have {now}?"), _t("how many {it} [be|pl] left?", need="left"),
    _t("how many {it} [be|pl] in {P} {rcp} {now}?"), _t("what [be|sg] the final count of {it}?"),
    _t("find the number of {it} {S} [have] at the end."), _t("how many {it} {DO} {S} end up with?"),
    _t("how many {it} {DO} {S} still have?"), _t("how many {it} [remain|pl]?", need="left"),
    _t("how many {it} {DO} {S} have left?", need="left"), _t("how big [be|sg] the pile of {it} {now}?", nofut=True),
    _t("so how many {it} [be|pl] there {now}?", nofut=True), _t("what [be|sg] the final tally?"),
    _t("what figure should the treasurer write down?"),
    _t("how many {it} should go in the closing balance?"), _t("work out how many {it} {S} [end up] with."),
    _t("can you say how many {it} {S} [have] at the end?"), _t("how many {it} [be|pl] there altogether {now}?", nofut=True),
    _t("what [be|sg] the number of {it} {now}?"), _t("tell me how many {it} {S} [be|H] left with.", need="left"),
    _t("for the report, how many {it} [be|pl] left over?", need="left"),
    _t("how many {DO} {S} have {now}?"), _t("how many {DO} {S} have at the close?", nofut=True),
    _t("how many {it} will {S} have then?", tense="future"), _t("at the end, how many {it} {DO} {S} have?"),
    _t("what total [go|sg] in the ledger?"), _t("how many {it} [be|pl] still to be counted in?"),
]
Q_T = [q for q in Q_T if "still to be counted" not in q["text"]]
Q_EACH_T = [
    _t("how many {it} {DO} each {grp1} get?"), _t("how many {it} [go|pl] into each {grp1}?"),
    _t("what [be|sg] each {grp1}'s share?"), _t("how many {it} [be|pl] in each share?"),
    _t("how many {it} {DO} every {grp1} receive?"), _t("how many {it} [end up|pl] in each {grp1}?"),
]
NOW = {"present": ["now", "at this point", "at the end", "by now"],
       "past": ["at the end", "by closing time", "in the end", "at the end of the day"],
       "future": ["then", "in the end", "by the end"]}

# ---------------------------------------------------------------------------
# Step and answer templates ({a} {op} {b} = {c})
# ---------------------------------------------------------------------------
EQ = "{a} {op} {b} = {c}"
STEP_T = {
    "prod": [
        "Opening stock: " + EQ + " {it}.", "Start: " + EQ + " {it} in the {cont}.",
        "Brought forward: " + EQ + ".", "Opening count: " + EQ + " {it}.",
        "There are " + EQ + " {it} to begin with.", "The {cont} hold " + EQ + " {it} in all.",
        EQ, EQ + " {it} at the start.", "First work out the opening total: " + EQ + ".",
        "To begin, " + EQ + " {it}.", "{Name} starts with " + EQ + " {it}.",
        "Full {cont} at the start: " + EQ + ".",
    ],
    "+": [
        "Collected so far: " + EQ + " {it}.", "In: " + EQ + ".", "Receipts: " + EQ + " {it}.",
        "Running total: " + EQ + ".", "Plus {b} received: " + EQ + ".",
        "New balance: " + EQ + " {it}.", "Added to the kitty: " + EQ + ".",
        "After the extra {it} come in, there are " + EQ + ".",
        "Adding the new ones gives " + EQ + " {it}.", "With {b} more, the pile grows to " + EQ + ".",
        "{Name} now has " + EQ + " {it}.", "That brings the total to " + EQ + ".",
        "So the count goes up: " + EQ + ".", "Donations in: " + EQ + " {it}.",
        "Add them on: " + EQ + ".",
    ],
    "-": [
        "Out: " + EQ + " {it} remaining.", "Less {b}: " + EQ + ".", "Balance after that: " + EQ + ".",
        "Stock left: " + EQ + " {it}.", "Deducted: " + EQ + ".", "Remaining: " + EQ + ".",
        "Taking away the ones that went, " + EQ + " {it} remain.", "{Name} is left with " + EQ + " {it}.",
        "After that there are " + EQ + " left.", "Removing them leaves " + EQ + ".",
        "Take off {b}: " + EQ + ".", "Gone out: " + EQ + " {it} still here.",
    ],
    "*": [
        "After the top-up: " + EQ + ".", "Multiplied: " + EQ + " {it}.",
        "Grown by a factor of {b}: " + EQ + ".", "New total after the boost: " + EQ + ".",
        "The total grows to " + EQ + " {it}.", "{b} times as many means " + EQ + ".",
        "So there are now " + EQ + " {it}.", "{Name} now has " + EQ + " {it}.",
        "Scaling up: " + EQ + ".",
    ],
    "/": [
        "One share: " + EQ + " {it}.", "Split {b} ways: " + EQ + ".", "Kept: " + EQ + ".",
        "Per share: " + EQ + ".", "Sharing them out gives " + EQ + " in each share.",
        "Each share holds " + EQ + " {it}.", "{Name} keeps " + EQ + " {it}.",
        "Dividing up: " + EQ + ".", "The part that stays: " + EQ + " {it}.",
    ],
    "gen": [
        EQ, EQ + ".", "Now " + EQ + ".", "That makes " + EQ + " {it}.", "Next: " + EQ + ".",
        "Tally: " + EQ + ".", "Updated count: " + EQ + " {it}.", "Working: " + EQ,
        "We get " + EQ + ".", "Which gives " + EQ + ".", "Then " + EQ + " {it}.",
        "Ledger line: " + EQ + ".", "Count now: " + EQ + ".",
    ],
}
EACH_STEP_T = ["Each {g1} gets " + EQ + " {it}.", "Per {g1}: " + EQ + ".",
               "Shared out: " + EQ + " for each {g1}."]
ANS_T = [
    "The answer is {x}.", "#### {x}", "Answer: {x}", "Total raised: {x} {it}", "Closing balance: {x} {it}.",
    "Final tally: {x} {it}.", "Grand total: {x}.", "Balance carried forward: {x} {it}.",
    "So the final count is {x}.", "{x} {it} in all.", "Final answer: {x}", "Result: {x}",
    "Therefore the answer is {x}.", "Total to report: {x} {it}.", "The answer is {x}. ",
    "{Prep} the {rcp} at the end: {x} {it}.", "Closing figure for the newsletter: {x}.",
    "{x} {it} at the close. #### {x}", "So there are {x} {it}.", "Answer — {x} {it}.",
]
ANS_LEFT_T = ["That leaves {x} {it}.", "So {Name} has {x} {it} left.", "So {Name} is left with {x} {it}.",
              "{x} {it} remain. #### {x}"]
ANS_NAMED_T = ["So {Name} has {x} {it} at the end.", "{Name} ends up with {x} {it}.",
               "That means {Name} has {x} {it}.", "{Name}'s total: {x} {it}."]
ANS_EACH_T = ["Each {g1} gets {x} {it}.", "So every {g1} receives {x}.", "The answer is {x} per {g1}.",
              "#### {x}", "Answer: {x} {it} each."]

SYMS = {"ascii": {"+": "+", "-": "-", "*": "*", "/": "/"},
        "uni": {"+": "+", "-": "−", "*": "×", "/": "÷"}}


def _apply(op, a, b):
    """Exact result or None when invalid (negative, non-exact, too big)."""
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


def _cap(s):
    t = s.lstrip()
    if t and t[0].isalpha():
        i = len(s) - len(t)
        return s[:i] + t[0].upper() + t[1:]
    return s


# ---------------------------------------------------------------------------
# Problem construction
# ---------------------------------------------------------------------------
class Ctx:
    pass


def _tag_ok(t, tags):
    return t["tags"] is None or bool(t["tags"] & tags)


def _render(ctx, t, nsurf=None, drop_subject=False, first=False, extra=None, subj=None):
    """Render a template to a clause string (no final punctuation)."""
    rng = ctx.rng
    h = ctx.holder
    text = t["text"]
    if drop_subject:
        assert text.startswith("{S} ")
        text = text[4:]
    if subj is not None:
        s_form, h_agr = subj
    else:
        use_name = h.name is not None and (first or ctx.need_name or rng.random() < 0.38)
        s_form = h.name if use_name else h.pron
        h_agr = h.name_agr if use_name else h.pron_agr
    agent, a_agr = ctx.agent()
    agr_map = {"H": h_agr, "A": a_agr, "sg": "3sg", "pl": "pl", "P": h.pron_agr}
    default = t["agr"]
    tense = ctx.tense

    def vb(m):
        vp, ov = m.group(1), m.group(2)
        return conj(vp, tense, agr_map[ov or default])

    text = re.sub(r"\[([^\]|]+)(?:\|(\w+))?\]", vb, text)

    has_s = "{S}" in text

    def obj():
        if h.name is None:
            return h.obj
        if (has_s or h.name in agent) and h.obj != "them":
            return h.obj
        if h.obj == "them" or rng.random() < 0.15:
            return h.name
        return h.obj

    def poss():
        if h.name is None or has_s:
            return h.poss
        if first or rng.random() < 0.25:
            return h.poss_name()
        return h.poss

    vals = {"S": s_form, "S2": h.pron, "A": agent, "it": ctx.item, "rcp": ctx.rcp,
            "event": ctx.event}
    if extra:
        vals.update(extra)

    def ph(m):
        k = m.group(1)
        if k == "O":
            return obj()
        if k == "P":
            return poss()
        if k == "hid":
            return rng.choice(HIDDEN)
        if k == "rec":
            return rng.choice(RECIPIENTS)
        if k == "n":
            return nsurf
        if k == "loc":
            return (" " + ctx.rcp_prep + " " + h.poss + " " + ctx.rcp) if rng.random() < 0.5 else ""
        return vals[k]

    return re.sub(r"\{(\w+)\}", ph, text)


def _nit(ctx, op, ns):
    rng = ctx.rng
    it = ctx.item
    if op == "+":
        if ns == "a dozen":
            opts = ["a dozen " + it, "a dozen more " + it, "another dozen " + it, "a dozen more"]
        else:
            opts = [ns + " " + it, ns + " more " + it, "another " + ns + " " + it, ns + " more",
                    "another " + ns]
    else:
        opts = [ns + " " + it, ns + " of them", ns + " of the " + it, ns + " of them"]
    return rng.choice(opts)


def _nsub(ctx, op, ns):
    rng = ctx.rng
    it = ctx.item
    if op == "+":
        if ns == "a dozen":
            return rng.choice(["a dozen more " + it, "another dozen " + it])
        return rng.choice([ns + " more " + it, "another " + ns + " " + it, ns + " extra " + it])
    return rng.choice([ns + " of them", ns + " of the " + it, ns + " " + it])


_FOLD = {2: "twofold", 3: "threefold", 4: "fourfold", 5: "fivefold", 6: "sixfold",
         7: "sevenfold", 8: "eightfold", 9: "ninefold"}


def _change_clause(ctx, op, n, templ, drop_subject=False, subj=None):
    """Return (clause, surface tokens that must appear in the problem)."""
    rng = ctx.rng
    extra = {"grp": ctx.grp[0]}
    toks = []
    ns = None
    txt = templ["text"]
    if templ.get("fix"):
        toks.append(templ["kw"])
    else:
        if op == "*":
            ns = str(n) if rng.random() < 0.6 else words(n)
        else:
            ns = num_surface(rng, n)
        extra["ntimes"] = "twice" if (op == "*" and n == 2) else ns + " times"
        extra["nfold"] = _FOLD[n] if (n in _FOLD and rng.random() < 0.5) else str(n) + "-fold"
        extra["nit"] = _nit(ctx, op, ns)
        extra["nsub"] = _nsub(ctx, op, ns)
        if "{ntimes}" in txt:
            toks.append(extra["ntimes"].replace(" times", ""))
        elif "{nfold}" in txt:
            toks.append(extra["nfold"])
        else:
            toks.append(ns)
    clause = _render(ctx, templ, nsurf=ns, drop_subject=drop_subject, extra=extra, subj=subj)
    ctx.need_name = not txt.startswith("{S}")
    return clause, toks


def _pick_amount(rng, v):
    """Amount for + / - relative to current value v."""
    if v < 30:
        hi = 25
    elif v < 200:
        hi = max(10, v // 2)
    else:
        hi = min(999, max(20, v // 2))
    n = rng.randint(2, hi)
    if rng.random() < 0.25 and n >= 20:
        n = max(2, round(n, -1))
    return n


def _build_chain(rng, k, product):
    """Return (start, factors, [(op, n)], values) with a valid true chain, or None."""
    ops = [rng.choices(["+", "-", "*", "/"], weights=[30, 30, 18, 22])[0] for _ in range(k)]
    divs = [rng.choices([2, 3, 4, 5, 6, 8, 10, 12, 7, 9],
                        weights=[30, 18, 14, 12, 6, 5, 5, 3, 3, 3])[0] if o == "/" else None
            for o in ops]
    need = divs[0] if ops[0] == "/" else 1
    if product:
        for _ in range(40):
            a = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 16, 20, 24, 25, 30])
            b = rng.choice([3, 4, 5, 6, 8, 10, 12, 12, 15, 16, 18, 20, 24, 25, 30, 36, 40, 48,
                            50, 60, 75, 100])
            if rng.random() < 0.3:
                a, b = rng.randint(2, 30), rng.randint(2, 99)
            if a * b <= 3000 and (a * b) % need == 0:
                break
        else:
            return None
        factors = (a, b)
        v = a * b
    else:
        factors = None
        scale = rng.random()
        if scale < 0.35:
            v = rng.randint(6, 60)
        elif scale < 0.8:
            v = rng.randint(40, 400)
        else:
            v = rng.randint(300, 999) if rng.random() < 0.95 else 1000
        if need > 1:
            v = max(need * 2, v - v % need)
    start = v
    changes = []
    values = [v]
    for i, op in enumerate(ops):
        nxt = divs[i + 1] if i + 1 < k and ops[i + 1] == "/" else 1
        if op == "/":
            d = divs[i]
            if v % d or v // d < 2:
                cands = [x for x in (2, 3, 4, 5, 6, 8, 10, 12) if v % x == 0 and v // x >= 2]
                if not cands:
                    return None
                d = rng.choice(cands)
            n = d
            nv = v // d
            if nxt > 1 and nv % nxt:
                return None
        elif op == "*":
            cands = [m for m in range(2, 10) if v * m <= 9999 and (v * m) % nxt == 0]
            if v > 2500 or not cands:
                return None
            w = [6 if m == 2 else 4 if m == 3 else 2 for m in cands]
            n = rng.choices(cands, weights=w)[0]
            nv = v * n
        elif op == "+":
            n = _pick_amount(rng, v)
            if nxt > 1:
                n += (-(v + n)) % nxt
            nv = v + n
            if n > 999 or nv > 9999 or nv % nxt:
                return None
        else:
            if v < 3:
                return None
            n = min(_pick_amount(rng, v), v - 1, 999)
            if nxt > 1:
                n -= (n - v) % nxt
                if n < 2:
                    n += nxt
            if n < 2 or n >= v or n > 999 or (v - n) % nxt:
                return None
            nv = v - n
        if nv < 2:
            return None
        changes.append((op, n))
        values.append(nv)
        v = nv
    return start, factors, changes, values


def _pick_holder_kind(rng):
    r = rng.random()
    if r < 0.42:
        return "person"
    if r < 0.52:
        return "adult"
    if r < 0.59:
        return "pair"
    if r < 0.73:
        return "group"
    if r < 0.81:
        return "I"
    return "we"


def _opener(rng, ctx, hk):
    h = ctx.holder
    out = []
    if hk == "we":
        fr = rng.random()
        if fr < 0.4:
            out.append(rng.choice(["Dear parents,", "Dear friends,", "Dear members,",
                                   "Dear friends of St Mary's,", "Dear neighbours,",
                                   "Dear Mrs " + rng.choice(_SURNAMES) + ","]) + "\n")
            if rng.random() < 0.6:
                out.append("Thank you for helping with " + ctx.event + ". ")
        elif fr < 0.8:
            out.append(rng.choice(["From the newsletter:", "PTA news:", "Fundraiser update:",
                                   "Cake stall report:", "News from " + ctx.event + ":",
                                   "Treasurer's corner:"]) + " ")
        if rng.random() < 0.3:
            out.append(rng.choice(LETTER_LINES) + " ")
    elif hk == "I":
        if rng.random() < 0.6:
            op = ["Dear diary,", "My fundraising diary.", "Note to self:", "Hi Grandma,",
                  "Diary, Tuesday:"]
            if ctx.cat == "money":
                op += ["Piggy bank log:", "My savings diary."]
            out.append(rng.choice(op) + ("\n" if rng.random() < 0.5 else " "))
    elif hk == "person" and rng.random() < 0.3:
        out.append(rng.choice(["Note from " + h.poss_name() + " mum:",
                               "Hi Mrs " + rng.choice(_SURNAMES) + ", just a quick note.",
                               "A note for the class teacher:", "Message from home:",
                               "Dear Mr " + rng.choice(_SURNAMES) + ","]))
        out[-1] += "\n" if out[-1].endswith(",") else " "
    elif hk in ("group", "adult") and rng.random() < 0.2:
        out.append(rng.choice(["From the parish newsletter:", "Club news:",
                               "Report on " + ctx.event + ":", "Minutes, fundraising item:"]) + " ")
    return "".join(out)


def _subj2(h, t):
    """Subject for the second clause of a joined sentence."""
    if h.name is None or t["text"].startswith("{S}"):
        return (h.pron, h.pron_agr)
    return (h.name, h.name_agr)


def _timed(t):
    return t["text"].startswith(("by ", "thanks", "soon", "{A} [promise]"))


def _make_problem(rng, k, product):
    """Build the story.  Returns meta dict or None."""
    ch = _build_chain(rng, k, product)
    if ch is None:
        return None
    start, factors, changes, values = ch
    ctx = Ctx()
    ctx.rng = rng
    hk = _pick_holder_kind(rng)
    h = make_holder(rng, hk)
    ctx.holder = h
    item, tags = rng.choice(ITEMS)
    ctx.item = item
    cat = _cat_of(tags)
    ctx.cat = cat
    ctx.rcp_prep, ctx.rcp = rng.choice(RECEPTACLES[cat])
    ctx.event = rng.choice(EVENTS)
    ctx.grp = rng.choice(SHARE_GROUPS)
    ctx.grp_kind = "cont" if ctx.grp[0] in _GRP_CONT else "recip"
    tr = rng.random()
    ctx.tense = "past" if tr < 0.68 else ("present" if tr < 0.9 else "future")
    agents = _agents_for(h.person)

    def agent():
        a = rng.choice(agents)
        if a.startswith(("Auntie", "Uncle", "Father")):
            nm = rng.choice(_F if a.startswith("Auntie") else _M)
        else:
            nm = rng.choice(_F + _M + _N)
        a = a.replace("{SUR}", rng.choice(_SURNAMES)).replace("{NAME}", nm)
        if "{P}" in a:
            a = a.replace("{P}", h.poss if (h.name is None or rng.random() < 0.7) else h.poss_name())
        return a, "3sg"

    ctx.agent = agent
    surfaces = []
    opener = _opener(rng, ctx, hk)

    # --- start sentence (future stories open in the present tense)
    story_tense = ctx.tense
    if ctx.tense == "future":
        ctx.tense = "present"
    ctx.cont = None
    if factors:
        pt = rng.choice(PROD_T)
        cont = rng.choice(CONTAINERS[cat])
        a, b = factors
        if pt["order"] == "bc":
            factors = (b, a)  # the equation is written in the order of mention
        s1 = num_surface(rng, factors[0], 0.3)
        s2 = num_surface(rng, factors[1], 0.2)
        start_clause = _render(ctx, pt, first=True,
                               extra={"x1": s1, "x2": s2, "cont": cont[0], "cont1": cont[1]})
        surfaces += [s1, s2]
        ctx.cont = cont
    else:
        stt = rng.choice([t for t in START_T if _tag_ok(t, tags)])
        pt = stt
        ss = num_surface(rng, start, 0.2)
        start_clause = _render(ctx, stt, nsurf=ss, first=True)
        surfaces.append(ss)
    ctx.tense = story_tense
    if (h.kind == "person" and rng.random() < 0.15 and h.name
            and start_clause.startswith(h.name + " ")):
        start_clause = h.name + ", " + rng.choice(ROLES) + "," + start_clause[len(h.name):]

    # --- pick change templates
    clauses = []
    each_q = False
    for i, (op, n) in enumerate(changes):
        last = i == len(changes) - 1
        if op == "+":
            pool = ADD_T
        elif op == "-":
            pool = SUB_T
        elif op == "*":
            pool = [t for t in MUL_T if t.get("fix") in (None, n)]
        else:
            if last and rng.random() < 0.35:
                pool = DIV_EACH_T
                each_q = True
            else:
                pool = [t for t in DIV_T if t.get("fix") in (None, n)]
        pool = [t for t in pool if _tag_ok(t, tags)
                and t.get("need", ctx.grp_kind) == ctx.grp_kind]
        clauses.append((op, n, rng.choice(pool)))

    # --- assemble sentences
    body = []
    i = 0
    ctx.need_name = False
    nd = rng.choices([0, 1, 2], weights=[50, 38, 12])[0]
    asides = rng.sample(DISTRACT_T, nd)

    def maybe_aside(last=False):
        if asides and (last or rng.random() < 0.4):
            dt = asides.pop()
            body.append(_render(ctx, dt))
            ctx.need_name = not dt["text"].startswith("{S}")

    if clauses and rng.random() < 0.2 and "," not in start_clause:
        op, n, t = clauses[0]
        if (t["text"].startswith("{S} ") and pt["text"].startswith("{S} ")
                and start_clause.startswith(h.name or h.pron) and rng.random() < 0.6):
            c, tk = _change_clause(ctx, op, n, t, drop_subject=True)
            joiner = " but " if (op == "-" and rng.random() < 0.5) else " and "
            body.append(start_clause + joiner + c)
        else:
            c, tk = _change_clause(ctx, op, n, t)
            body.append(start_clause + rng.choice([", and then ", "; then ", ", and later "]) + c)
        surfaces += tk
        i = 1
    else:
        body.append(start_clause)
    maybe_aside()
    while i < len(clauses):
        op, n, t = clauses[i]
        if (i + 1 < len(clauses) and rng.random() < 0.28 and not t.get("solo")
                and not clauses[i + 1][2].get("solo")):
            op2, n2, t2 = clauses[i + 1]
            c1, tk1 = _change_clause(ctx, op, n, t)
            jr = rng.random()
            if t["text"].startswith("{S} ") and t2["text"].startswith("{S} ") and jr < 0.4:
                c2, tk2 = _change_clause(ctx, op2, n2, t2, drop_subject=True)
                sent = c1 + rng.choice([" and then ", " and ", ", then "]) + c2
            elif jr < 0.7 or ctx.tense == "future" or _timed(t2):
                c2, tk2 = _change_clause(ctx, op2, n2, t2, subj=_subj2(h, t))
                sent = c1 + rng.choice([", and then ", "; later ", ", then ", ", and after that "]) + c2
            else:
                c2, tk2 = _change_clause(ctx, op2, n2, t2, subj=_subj2(h, t))
                sent = rng.choice(["after ", "once ", "when "]) + c1 + ", " + c2
            body.append(sent)
            surfaces += tk1 + tk2
            i += 2
        else:
            c, tk = _change_clause(ctx, op, n, t)
            if rng.random() < 0.35 and not _timed(t):
                c = rng.choice(ADVERBS["any"] + ADVERBS[ctx.tense]) + ", " + c
            body.append(c)
            surfaces += tk
            i += 1
        maybe_aside(last=i >= len(clauses))
    while asides:
        maybe_aside(last=True)

    # --- question
    if each_q:
        qt = rng.choice(Q_EACH_T)
    else:
        qt = rng.choice([q for q in Q_T if (q.get("need") != "left" or changes[-1][0] in "-/")
                         and q.get("tense", ctx.tense) == ctx.tense
                         and not (q.get("nofut") and ctx.tense == "future")])
    use_name = h.name is not None and rng.random() < 0.5
    s_q = h.name if use_name else h.pron
    agr_q = h.name_agr if use_name else h.pron_agr
    if each_q:
        agr_q = "3sg"  # "each stall"
    do = {"past": "did", "future": "will"}.get(ctx.tense, "does" if agr_q == "3sg" else "do")
    qtext = _render(ctx, qt, subj=(s_q, agr_q),
                    extra={"DO": do, "now": rng.choice(NOW[ctx.tense]), "grp1": ctx.grp[1]})

    text = opener
    for s in body:
        if text and not text.endswith(("\n", " ")):
            text += " "
        text += _cap(s) + "."
    text += " " + _cap(qtext)
    return {
        "start": None if factors else start,
        "factors": factors,
        "changes": changes,
        "surfaces": surfaces,
        "holder": h,
        "item": item,
        "tense": ctx.tense,
        "each_q": each_q,
        "grp": ctx.grp,
        "rcp": ctx.rcp,
        "rcp_prep": ctx.rcp_prep,
        "cont": ctx.cont,
        "problem": text,
    }


def count_sentences(text):
    return len(re.findall(r"[.!?:](?=\s|$)", text))




# ---------------------------------------------------------------------------
# Solutions and errors
# ---------------------------------------------------------------------------
def true_equations(meta):
    """List of (a, op, b, c) for the correct solution."""
    eqs = []
    if meta["factors"]:
        a, b = meta["factors"]
        v = a * b
        eqs.append((a, "*", b, v))
    else:
        v = meta["start"]
    for op, n in meta["changes"]:
        c = _apply(op, v, n)
        eqs.append((v, op, n, c))
        v = c
    return eqs


def _digits_swaps(x):
    s = str(x)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0" or len(t) == 1:
                out.append(int(t))
    return out


def _digit_changes(x):
    s = str(x)
    out = []
    for i in range(len(s)):
        d = int(s[i])
        for nd in range(max(0, d - 2), min(9, d + 2) + 1):
            if nd == d or (i == 0 and nd == 0 and len(s) > 1):
                continue
            if i == 0 and len(s) <= 2 and abs(nd - d) > 1:
                continue  # keep small numbers close
            out.append((int(s[:i] + str(nd) + s[i + 1:]), 1.0 / abs(nd - d)))
    return out


def _nocarry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    L = max(len(sa), len(sb))
    res = 0
    for i in range(L):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        s = da + db
        if i == L - 1:
            res += s * 10 ** i
        else:
            res += (s % 10) * 10 ** i
    return res


def _noborrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    res = 0
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        res += abs(da - db) * 10 ** i
    return res


def _nocarry_mul(a, b):
    if b >= 10:
        return None
    sa = str(a)[::-1]
    res = 0
    for i in range(len(sa)):
        p = int(sa[i]) * b
        if i == len(sa) - 1:
            res += p * 10 ** i
        else:
            res += (p % 10) * 10 ** i
    return res


def _misreads(x):
    out = [(x + 1, 1.0), (x - 1, 1.0)]
    if x >= 20:
        out += [(x + 10, 1.0), (x - 10, 1.0)]
    out += [(y, 2.0) for y in _digits_swaps(x)]
    out += [(y, w * 0.5) for y, w in _digit_changes(x) if abs(y - x) >= 10]
    return [(y, w) for y, w in out if y >= 1 and y != x]


def _continue(eqs, i, c_wrong):
    """Written chain after an error at index i: return list of (a, op, b, c) or None."""
    out = []
    v = c_wrong
    for (a, op, b, c) in eqs[i + 1:]:
        nv = _apply(op, v, b)
        if nv is None or nv < 2:
            return None
        out.append((v, op, b, nv))
        v = nv
    return out


def _wchoice(rng, cands):
    tot = sum(w for _, w in cands)
    r = rng.random() * tot
    for x, w in cands:
        r -= w
        if r <= 0:
            return x
    return cands[-1][0]


def _problem_numbers(meta):
    nums = []
    if meta["factors"]:
        nums += list(meta["factors"])
    else:
        nums.append(meta["start"])
    nums += [n for _, n in meta["changes"]]
    return nums


def make_error(rng, meta, kind, pos):
    """Return (written_eqs, answer, label) or None if infeasible."""
    eqs = true_equations(meta)
    E = len(eqs)
    if kind == "answer":
        last = eqs[-1][3]
        cands = [(last + 1, 2), (last - 1, 2)]
        if last >= 20:
            cands += [(last + 10, 2), (last - 10, 1.5)]
        cands += [(y, 2) for y in _digits_swaps(last)]
        cands += [(y, w) for y, w in _digit_changes(last)]
        if E >= 2:
            cands.append((eqs[-2][3], 3))
        cands.append((eqs[0][0], 1))
        cands.append((eqs[-1][2], 1))
        cands = [(y, w) for y, w in cands if y >= 2 and y != last and y <= 9999]
        if not cands:
            return None
        return list(eqs), _wchoice(rng, cands), E
    if pos == "first":
        i = 0
    elif pos == "last":
        i = E - 1
    else:
        if E < 3:
            return None
        i = rng.randint(1, E - 2)
    a, op, b, c = eqs[i]
    cands = []  # ((a', op', b', c'), w)
    if kind == "arithmetic":
        vs = [(c + 1, 3), (c - 1, 3), (c + 2, 1), (c - 2, 1)]
        if c >= 20:
            vs += [(c + 10, 3), (c - 10, 3)]
        if c >= 200:
            vs += [(c + 100, 1), (c - 100, 1)]
        vs += [(y, 3) for y in _digits_swaps(c)]
        vs += [(y, w) for y, w in _digit_changes(c)]
        if op == "+":
            vs.append((_nocarry_add(a, b), 5))
        elif op == "-":
            vs.append((_noborrow_sub(a, b), 5))
        elif op == "*":
            nm = _nocarry_mul(a, b)
            if nm is not None:
                vs.append((nm, 4))
            vs += [(a * (b - 1), 2), (a * (b + 1), 2)]
        else:
            vs += [(c + 1, 2), (c - 1, 2)]
        for y, w in vs:
            if 2 <= y <= 9999 and y != c:
                cands.append(((a, op, b, y), w))
    elif kind == "operand":
        nums = _problem_numbers(meta)
        alts_b = [(x, 2.0) for x in nums if x != b]
        if not (meta["factors"] is None and i > 0 and False):
            pass
        fixed_word = False
        alts_b += [(y, w) for y, w in _misreads(b)] if b >= 10 or rng.random() < 0.5 else []
        alts_a = []
        if i == 0:
            if meta["factors"]:
                alts_a = [(y, w) for y, w in _misreads(a)]
            else:
                alts_a = [(y, w) for y, w in _misreads(a)] + [(x, 1.5) for x in nums[1:] if x != a]
        else:
            prev = eqs[i - 1][3]
            if meta["factors"] and i == 1:
                alts_a += [(meta["factors"][0], 3), (meta["factors"][1], 3)]
            else:
                alts_a.append((eqs[0][0], 3))  # went back to the starting number
            if i >= 2:
                alts_a.append((eqs[i - 2][3], 2))
            alts_a += [(y, w) for y, w in _misreads(prev)]
            alts_a = [(y, w) for y, w in alts_a if y != prev]
        for y, w in alts_a:
            r = _apply(op, y, b)
            if r is not None and r != c and y != a and y >= 2 and r >= 2:
                cands.append(((y, op, b, r), w))
        for y, w in alts_b:
            if y < 2:
                continue
            r = _apply(op, a, y)
            if r is not None and r != c and y != b and r >= 2:
                cands.append(((a, op, y, r), w))
    elif kind == "operation":
        alts = {"+": [("-", 3)], "-": [("+", 3)], "*": [("+", 3), ("-", 0.5), ("/", 0.5)],
                "/": [("*", 2), ("-", 1.5)]}[op]
        for op2, w in alts:
            r = _apply(op2, a, b)
            if r is not None and r != c and r >= 2:
                cands.append(((a, op2, b, r), w))
    else:
        raise ValueError(kind)
    feas = []
    for eq, w in cands:
        cont = _continue(eqs, i, eq[3])
        if cont is None:
            continue
        feas.append(((eq, cont), w))
    if not feas:
        return None
    eq, cont = _wchoice(rng, feas)
    written = list(eqs[:i]) + [eq] + cont
    return written, written[-1][3], i


def render_steps(rng, meta, written, answer):
    h = meta["holder"]
    name = h.name if h.name_agr == "3sg" else None  # step wording uses singular verbs
    item = meta["item"]
    teq = true_equations(meta)
    style = rng.random()
    symset = "ascii" if style < 0.45 else ("uni" if style < 0.85 else "mix")
    pref = rng.choice(["ledger", "narr", "plain", "mixed"])
    steps = []
    E = len(written)
    each_last = meta["each_q"]
    for j, (a, op, b, c) in enumerate(written):
        true_op = teq[j][1]
        ss = symset if symset != "mix" else rng.choice(["ascii", "uni"])
        sym = SYMS[ss][op]
        if j == 0 and meta["factors"]:
            key = "prod"
        else:
            key = true_op
            if op != true_op:
                key = rng.choice([true_op, op, "gen", "gen"])
        if j == E - 1 and each_last and key == "/" and rng.random() < 0.6:
            pool = EACH_STEP_T
        elif pref == "plain":
            pool = STEP_T["gen"] if rng.random() < 0.7 else STEP_T[key]
        elif pref == "mixed":
            pool = STEP_T[key] + STEP_T["gen"]
        else:
            pool = STEP_T[key] if rng.random() < 0.8 else STEP_T["gen"]
        if name is None:
            pool = [p for p in pool if "{Name}" not in p] or STEP_T["gen"]
        if meta["cont"] is None:
            pool = [p for p in pool if "{cont}" not in p] or STEP_T["gen"]
        tmpl = rng.choice(pool)
        if key == "prod" and "{ca}" in tmpl:
            tmpl = tmpl.replace("{ca}", str(a)).replace("{cb}", str(b))
        s = tmpl.format(a=a, op=sym, b=b, c=c, it=item, Name=name or "",
                        cont=(meta["cont"][0] if meta["cont"] else ""), g1=meta["grp"][1])
        steps.append(_cap(s.strip()))
    removal = meta["changes"][-1][0] in "-/"
    pool = list(ANS_T)
    if each_last:
        pool = ANS_EACH_T
    else:
        if removal:
            pool += [p for p in ANS_LEFT_T if name is not None or "{Name}" not in p]
        if name is not None:
            pool += ANS_NAMED_T
    tmpl = rng.choice(pool)
    if name is None:
        tmpl = tmpl.replace("{Name}", "")
    s = tmpl.format(x=answer, it=item, Name=name or "", rcp=meta["rcp"], g1=meta["grp"][1],
                    Prep=meta["rcp_prep"].capitalize())
    steps.append(_cap(s.strip()))
    return steps


KINDS = ["none", "arithmetic", "operand", "operation", "answer"]
KIND_W = [45, 13.75, 13.75, 13.75, 13.75]


def _one(rng, idx, seed):
    kind = rng.choices(KINDS, weights=KIND_W)[0]
    pos = None
    if kind in ("arithmetic", "operand", "operation"):
        pos = rng.choice(["first", "middle", "last"])
    for _attempt in range(400):
        product = rng.random() < 0.25
        if pos == "middle":
            E = rng.randint(3, 6)
        elif pos in ("first", "last"):
            E = rng.randint(2, 6) if rng.random() < 0.9 else 1
            if pos == "last" and E == 1:
                E = 2
        else:
            E = rng.randint(1, 6)
        k = E - (1 if product else 0)
        if k < 1 or k > 5:
            continue
        meta = _make_problem(rng, k, product)
        if meta is None:
            continue
        if len(meta["problem"].split()) > 90 or count_sentences(meta["problem"]) > 8:
            continue
        eqs = true_equations(meta)
        if kind == "none":
            written, answer, label = eqs, eqs[-1][3], -1
        else:
            res = make_error(rng, meta, kind, pos)
            if res is None:
                continue
            written, answer, label = res
        steps = render_steps(rng, meta, written, answer)
        true_ans = eqs[-1][3]
        rec = {
            "id": "ab-%d-%05d" % (seed, idx),
            "problem": meta["problem"],
            "steps": steps,
            "label": label,
            "final_answer_correct": answer == true_ans,
            "error_kind": kind,
        }
        meta["written"] = written
        meta["answer"] = answer
        meta["pos"] = pos if kind not in ("none", "answer") else ("final" if kind == "answer" else None)
        return rec, meta
    raise RuntimeError("could not build a record")


def _generate_meta(seed, count):
    rng = random.Random(seed)
    return [_one(rng, i, seed) for i in range(count)]


def generate(seed: int, count: int) -> list[dict]:
    return [r for r, _ in _generate_meta(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
