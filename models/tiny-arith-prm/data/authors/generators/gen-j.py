#!/usr/bin/env python3
"""gen-j: story-book / human-interest register for the tiny-arith PRM.

Problems are little stories with several characters, dialogue, pronouns,
flashbacks ("Before that, ..."), gifts between people and number-free
scene sentences.  Solutions are notebook-style steps.  Standard library only.
"""
import json
import os
import random
import re

# ---------------------------------------------------------------- numbers
ONES = ("zero one two three four five six seven eight nine ten eleven twelve "
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]


def num_words(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("-" + ONES[o] if o else "")


def render_count(rng, n, word_p=0.28, dozen_p=0.45):
    """Text for a count in a story: digits, words or 'a dozen'."""
    if n == 12 and rng.random() < dozen_p:
        return "a dozen"
    if n <= 99:
        p = word_p if (n <= 20 or n % 10 == 0) else word_p * 0.55
        if rng.random() < p:
            return num_words(n)
    return str(n)


def render_small(rng, k, word_p=0.6):
    return num_words(k) if rng.random() < word_p else str(k)


MUL_ADV = {2: ["twice"], 3: ["three times", "3 times"],
           4: ["four times"], 5: ["five times"], 6: ["six times"]}
MUL_VERB = {2: "doubled", 3: "tripled", 4: "quadrupled"}
DIV_FRAC = {2: "half", 3: "a third", 4: "a quarter"}

# ---------------------------------------------------------------- people
GIRLS = """Amara Bea Cleo Dalia Esme Farah Greta Hana Ines Juno Kemi Lottie Mira
Nell Odile Pippa Rosa Saoirse Tamsin Uma Vera Wren Ximena Yara Zadie Anouk Bronwen
Carys Delphine Effie Freya Gwen Hattie Ilse Jasmin Keziah Leilani Maud Niamh Orla
Priya Rani Sunniva Thea Ulla Valentina Winnie Yusra Zuzana Aiko Blessing Coral
Dorcas Elspeth Fenella Goldie Hedda Iris Jemima Kaia Lucinda Marisol Noor Opal
Rhiannon Sadie Tilly Una Viola Xanthe Yolanda Zora Adaeze Beatrix Celeste Dinah
Elodie Flora Gia Isadora Jinny Kalinda Lark Mabel Nerys Ottilie Peony Rosalind
Sanna Veda Wanda Yetunde Zinnia Agnes Bettina Clemmie Dolores Edie Fatima Gracie
Hyacinth Imogen Jessamy Lorna Nkechi Olwen Selma Tova""".split()
BOYS = """Abel Bram Casimir Dev Ezra Felix Gideon Hamish Ibrahim Jago Kofi Lorcan
Mateo Nils Otto Pascal Rafferty Soren Tobias Ulysses Viktor Wilbur Xavier Yannick
Zeb Alfie Barnaby Cosmo Dmitri Emeka Fergus Gus Horace Idris Jarrah Kenji Leander
Magnus Nnamdi Oisin Percy Rupert Sami Teodor Ugo Vaughn Wendell Yusuf Zoltan Ansel
Benedikt Cyrus Declan Elias Florian Gaspard Hugo Ivo Jonah Kwame Linus Monty Nikhil
Ossie Piet Quentin Rohan Stellan Thaddeus Vikram Wolfie Yoshi Zane Arlo Basil
Conrad Dashiell Eamon Fitz Giles Harvey Isaac Jethro Kasper Laurie Mordecai Ned
Orson Phineas Reuben Silas Tariq Uriel Vince Willem Yorick Zachary Ambrose Bertie
Clement Dario Ferdinand Gil Hector""".split()
SURNAMES = """Abara Bellweather Castellanos Dunmore Eriksen Fairweather Gallagher
Haddad Ishikawa Jovanovic Kowalczyk Lindqvist Mbatha Nakamura O'Driscoll Pemberton
Quayle Rasmussen Szabo Thistlewood Umeh Varga Whitlock Yilmaz Zubiri Achterberg
Blackwood Chaudhry Delacroix Featherstone Grimaldi Hollis Iwu Kettering Larkspur
Moreau Nightingale Okonkwo Pennington Ravensworth Tremayne Sorensen""".split()
STREETS = ["Mill Lane", "Orchard Road", "Pelham Close", "Wisteria Avenue",
           "Harbour Street", "Kestrel Way", "Bramble Row", "Station Road",
           "Lark Rise", "Cobbler's Yard", "Fenwick Terrace", "Juniper Drive",
           "Canal Walk", "Thimble Street", "Marigold Crescent", "Chapel Hill"]
TOWNS = ["Little Ashby", "Pennywell", "Crowmarsh", "Haverleigh", "Oakhollow",
         "Brindle Bay", "Marston Green", "Eastwick", "Fairhaven", "Tollbridge",
         "Kettleby", "Saltmarsh"]

# ---------------------------------------------------------------- items
# singular|plural|category   (plural empty -> singular + "s")
ITEM_TABLE = """
biscuit||bake
cupcake||bake
muffin||bake
scone||bake
jam tart||bake
brownie||bake
flapjack||bake
macaroon||bake
meringue||bake
cinnamon roll||bake
mince pie||bake
croissant||bake
crumpet||bake
bread roll||bake
doughnut||bake
gingerbread man|gingerbread men|bake
pancake||bake
sausage roll||bake
cheese straw||bake
fairy cake||bake
rock cake||bake
bagel||bake
pretzel||bake
cracker||bake
oatcake||bake
waffle||bake
custard tart||bake
iced bun||bake
hot cross bun||bake
apple||fruit
pear||fruit
plum||fruit
peach|peaches|fruit
apricot||fruit
orange||fruit
lemon||fruit
banana||fruit
satsuma||fruit
fig||fruit
cherry|cherries|fruit
strawberry|strawberries|fruit
gooseberry|gooseberries|fruit
mango|mangoes|fruit
kiwi||fruit
lime||fruit
nectarine||fruit
coconut||fruit
pomegranate||fruit
tangerine||fruit
sweet||sweet
lollipop||sweet
toffee||sweet
marshmallow||sweet
chocolate coin||sweet
sugar mouse|sugar mice|sweet
gobstopper||sweet
jelly bean||sweet
humbug||sweet
liquorice stick||sweet
candy cane||sweet
bonbon||sweet
potato|potatoes|veg
carrot||veg
tomato|tomatoes|veg
radish|radishes|veg
onion||veg
turnip||veg
parsnip||veg
courgette||veg
cabbage||veg
pumpkin||veg
cucumber||veg
leek||veg
corn cob||veg
egg||egg
quail egg||egg
chocolate egg||egg
marble||collect
sticker||collect
trading card||collect
stamp||collect
seashell||collect
button||collect
badge||collect
conker||collect
pebble||collect
postcard||collect
keyring||collect
bottle cap||collect
feather||collect
acorn||collect
fossil||collect
football card||collect
comic||collect
bookmark||collect
pin badge||collect
fridge magnet||collect
ticket stub||collect
pressed flower||collect
autograph||collect
rubber duck||collect
pine cone||collect
snow globe||collect
toy car||collect
tin soldier||collect
figurine||collect
coin||collect
old key||collect
shiny stone||collect
matchbox car||collect
souvenir spoon||collect
enamel pin||collect
picture card||collect
pencil||craft
crayon||craft
felt-tip pen||craft
paintbrush|paintbrushes|craft
ribbon||craft
bead||craft
pom-pom||craft
pipe cleaner||craft
sequin||craft
paper crane||craft
origami frog||craft
friendship bracelet||craft
glitter pen||craft
notebook||craft
envelope||craft
paper clip||craft
drawing pin||craft
rubber band||craft
gold star||craft
greeting card||craft
paper lantern||craft
candle||craft
sketchbook||craft
colouring pencil||craft
balloon||craft
party hat||craft
name tag||craft
paper snowflake||craft
clay pot||craft
knitted square||craft
stencil||craft
glue stick||craft
sunflower seed||garden
tulip bulb||garden
seedling||garden
flower pot||garden
daffodil||garden
rose||garden
tomato plant||garden
bean plant||garden
strawberry plant||garden
sunflower||garden
daisy|daisies|garden
log||garden
horseshoe||garden
watering can||garden
bird feeder||garden
geranium||garden
cactus|cacti|garden
basil plant||garden
pansy|pansies|garden
bluebell||garden
crocus bulb||garden
snowdrop||garden
book||toy
library book||toy
jigsaw puzzle||toy
teddy bear||toy
kite||toy
paper boat||toy
tennis ball||toy
football||toy
skipping rope||toy
sock||toy
mitten||toy
hair clip||toy
hair bobble||toy
bracelet||toy
necklace||toy
teacup||toy
plate||toy
cushion||toy
blanket||toy
lantern||toy
umbrella||toy
toy dinosaur||toy
building block||toy
domino|dominoes|toy
chess piece||toy
puppet||toy
board game||toy
yo-yo||toy
spinning top||toy
toy train||toy
doll||toy
action figure||toy
hula hoop||toy
bouncy ball||toy
paper aeroplane||toy
raffle ticket||token
arcade token||token
penny|pennies|token
prize token||token
voucher||token
game token||token
fairground ticket||token
"""


def _load_items():
    out = []
    for line in ITEM_TABLE.strip().splitlines():
        s, p, c = line.split("|")
        out.append((s, p or s + "s", c))
    return out


ITEMS = _load_items()
FOOD = {"bake", "fruit", "sweet", "veg", "egg"}
EDIBLE = FOOD
NOTFRESH = {"collect", "craft", "toy", "token", "sweet"}
SMALL = {"collect", "sweet", "token", "craft"}
NONFOOD = {"collect", "craft", "garden", "toy", "token"}
GROWN = {"fruit", "veg", "garden"}
BREAKABLE = {"craft", "egg", "bake", "toy"}
LIGHT = {"collect", "craft", "token"}

STORES = {
    "bake": ["cake tin", "biscuit tin", "lunchbox", "larder", "picnic basket"],
    "fruit": ["fruit bowl", "basket", "lunchbox", "larder", "string bag"],
    "sweet": ["sweet jar", "paper bag", "lunchbox", "tin", "coat pocket"],
    "veg": ["vegetable rack", "basket", "larder", "wheelbarrow", "crate"],
    "egg": ["egg basket", "larder", "fridge", "basket"],
    "collect": ["shoebox", "biscuit tin", "treasure box", "top drawer",
                "backpack", "old suitcase", "jam jar"],
    "craft": ["pencil case", "craft box", "art drawer", "school bag",
              "sewing basket"],
    "garden": ["greenhouse", "garden shed", "potting shed", "wheelbarrow",
               "back garden"],
    "toy": ["toy box", "bedroom", "cupboard", "wardrobe", "playroom"],
    "token": ["wallet", "purse", "piggy bank", "money box", "coat pocket"],
}
CONTAINERS = [("box", "boxes"), ("bag", "bags"), ("tin", "tins"),
              ("jar", "jars"), ("packet", "packets"), ("basket", "baskets"),
              ("tray", "trays"), ("crate", "crates"), ("sack", "sacks"),
              ("carton", "cartons")]
EVENTS = ["school fête", "summer fair", "church bazaar", "car boot sale",
          "village show", "Christmas market", "book fair",
          "bring-and-buy sale", "street party", "harvest festival",
          "jumble sale", "scout jamboree", "sports day"]
PLACES = ["under the sofa", "behind the radiator", "in an old coat pocket",
          "at the bottom of the toy box", "down the side of the armchair",
          "in the attic", "under the stairs", "in the garden shed",
          "behind the bookcase", "in a forgotten drawer", "under the bed",
          "in the glovebox of the car"]
CHARITIES = ["school raffle", "hospital tombola", "charity shop",
             "church jumble sale", "animal shelter", "village library",
             "toy appeal", "playgroup"]
GAMES = ["snap", "hopscotch", "conkers", "tiddlywinks", "marbles", "draughts",
         "hide-and-seek", "musical chairs"]
CITIES = ["Glasgow", "Lagos", "Toronto", "Lisbon", "Mumbai", "Auckland",
          "Nairobi", "Kraków", "Osaka", "Cardiff", "Boston", "Dublin"]

# ---------------------------------------------------------------- spelling
US_MAP = {
    "colour": "color", "colours": "colors", "colourful": "colorful",
    "colouring": "coloring", "favourite": "favorite", "favourites": "favorites",
    "neighbour": "neighbor", "neighbours": "neighbors",
    "neighbourhood": "neighborhood", "Mum": "Mom", "mum": "mom",
    "Mummy": "Mommy", "grey": "gray", "centre": "center", "theatre": "theater",
    "organised": "organized", "realised": "realized", "travelled": "traveled",
    "jewellery": "jewelry", "pyjamas": "pajamas", "mouldy": "moldy",
    "cosy": "cozy", "harbour": "harbor", "Harbour": "Harbor",
    "flavour": "flavor", "biscuit": "cookie", "biscuits": "cookies",
    "sweet": "candy", "sweets": "candies", "crisps": "chips",
    "courgette": "zucchini", "courgettes": "zucchinis",
    "aeroplane": "airplane", "aeroplanes": "airplanes",
    "liquorice": "licorice", "larder": "pantry", "wardrobe": "closet",
    "car boot sale": "yard sale", "tuck shop": "snack bar", "fête": "fair",
    "hair bobble": "hair tie", "hair bobbles": "hair ties",
    "drawing pin": "thumbtack", "drawing pins": "thumbtacks",
    "rubbish": "trash", "pavement": "sidewalk", "postman": "mailman",
    "in the post": "in the mail", "wellies": "rain boots", "maths": "math",
    "draughts": "checkers", "jumper": "sweater", "Grandad": "Grandpa",
    "practise": "practice", "tyre": "tire", "programme": "program",
}
_US_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in US_MAP),
                                              key=len, reverse=True)) + r")\b")
_TITLE_RE = re.compile(r"\b(Mr|Mrs|Ms)\b(?!\.)")


def americanise(text):
    text = _US_RE.sub(lambda m: US_MAP[m.group(1)], text)
    return _TITLE_RE.sub(lambda m: m.group(1) + ".", text)


# ---------------------------------------------------------------- templates
# Each change template: (text, notebook tag, categories or None)
# Field names: {O} owner subject, {Os} owner subject inside a clause, {Ob}
# owner object, {Op} owner possessive, {Opr} possessive pronoun, {Oself}
# reflexive, {Oname} owner name; {P},{Pp} partner and partner possessive,
# {Ppr},{Ppo},{Ppp} partner pronouns; {n} the number; {items}/{item}.
# <a|b> chooses by owner number, [a|b] by partner number.

ADD = [
    ("{O} bought {n} more {items}.", "bought {b}", None),
    ("{O} found {n} {items} {place}.", "found {b}", NOTFRESH),
    ("{P} gave {Ob} {n} {items}.", "from {P}", None),
    ("{P} handed {Ob} another {n}.", "{P} gave {b}", None),
    ("{O} won {n} {items} at the {event}.", "won {b}", None),
    ("{O} picked up {n} more at the market.", "market", None),
    ("{O} <was|were> given {n} {items} by {P}.", "given {b}", None),
    ("{O} earned {n} {items} for helping {P} tidy the shed.", "earned {b}", None),
    ("{O} collected another {n}.", "collected {b}", None),
    ("{P} passed {n} {items} over the garden fence to {Ob}.", "from {P}", None),
    ("A parcel arrived from {P} with {n} {items} inside.", "parcel", None),
    ("{O} traded a spare scarf for {n} {items}.", "traded for {b}", None),
    ("{P} slipped {n} {items} into {Op} pocket when nobody was looking.",
     "{P} slipped in {b}", SMALL),
    ("{O} dug {n} more out of {Opr} coat pockets.", "pockets", SMALL),
    ("{O} swapped a drawing with {P} and got {n} {items} back.",
     "swap with {P}", None),
    ("Then {P} turned up with {n} more for {Ob}.", "{P} brought {b}", None),
    ('"Have {n} of mine," said {P}, and {Ppr} handed them to {Ob}.',
     "{P} gave {b}", None),
    ('"These {n} are for you," said {P}. {Oname} said thank you and put them away.',
     "present from {P}", None),
    ("{O} baked another {n}.", "baked {b}", {"bake"}),
    ("{O} picked {n} more from the garden.", "picked {b}", GROWN),
    ("{O} grew {n} more on the allotment.", "grew {b}", GROWN),
    ("{P} brought round {n} {items} as a surprise.", "{P} brought {b}", None),
    ("{O} got {n} {items} for {Opr} birthday from {P}.", "birthday", None),
    ("{O} bought {n} {items} with {Opr} pocket money.", "bought {b}", None),
    ("{O} came back from {Pp} house with {n} extra {items}.",
     "from {P}", None),
    ("{O} was lucky enough to find {n} more at the jumble sale.",
     "jumble sale", NOTFRESH),
    ("The teacher rewarded {Ob} with {n} {items}.", "reward {b}", None),
    ("{O} fished {n} {items} out of the lucky dip.", "lucky dip", SMALL),
    ("{P} dropped off {n} {items} on {Ppp} way to work.", "{P}", None),
    ("{O} added {n} {items} to the pile.", "added {b}", None),
    ("{O} received {n} {items} in the post.", "post", NONFOOD),
    ("{P} left {n} {items} on {Op} doorstep.", "doorstep", None),
    ("{O} borrowed {n} {items} from {P}.", "borrowed {b}", None),
    ("{O} brought home {n} {items} from the school fair.", "school fair", None),
    ("{O} gathered {n} more {items}.", "gathered {b}", None),
    ("{O} ordered {n} {items} online, and they arrived the same day.",
     "ordered {b}", None),
    ("{P} topped up {Op} supply with {n} more.", "top-up from {P}", None),
    ("{O} won {n} more in a game of {game} against {P}.", "won {b}", SMALL),
    ("Grandad's old suitcase turned out to hold {n} {items}, and they all went to {Ob}.",
     "suitcase", NOTFRESH),
    ("{P} emptied {Ppp} pockets and gave {Ob} {n} {items}.", "{P} gave {b}", SMALL),
    ("{O} made {n} more {items} at the craft club.", "made {b}", {"craft"}),
    ("{O} rescued {n} {items} from a box marked FREE outside the library.",
     "free box", NONFOOD),
    ("{P} shared out a big bag, and {Oname} got {n} {items}.", "got {b}", None),
]

SUB = [
    ("{O} gave {n} {items} to {P}.", "gave {P} {b}", None),
    ("{O} gave {P} {n} of them.", "gave {P} {b}", None),
    ("{O} sold {n} at the {event}.", "sold {b}", None),
    ("{O} lost {n} {items} on the way home.", "lost {b}", None),
    ("{O} dropped {n} down a drain.", "dropped {b}", SMALL),
    ("{P} borrowed {n} {items} and never brought them back.",
     "{P} kept {b}", NONFOOD),
    ("{O} swapped {n} {items} with {P} for a comic.", "swapped {b}", NONFOOD),
    ("{O} donated {n} {items} to the {charity}.", "donated {b}", NONFOOD),
    ("{O} handed out {n} {items} to the children in {Opr} class.",
     "handed out {b}", None),
    ("{O} used {n} {items} for {Opr} art project.", "used {b}", {"craft"}),
    ("{O} ate {n} of them.", "ate {b}", FOOD),
    ("{P} ate {n} when {Os} <wasn't|weren't> looking.", "{P} ate {b}", FOOD),
    ("The dog ran off with {n} {items}.", "dog took {b}", None),
    ("{O} posted {n} {items} to {Opr} pen pal in {city}.", "posted {b}", NONFOOD),
    ("{O} traded away {n} {items}.", "traded {b}", NONFOOD),
    ("{O} lent {n} to {P}.", "lent {P} {b}", NONFOOD),
    ("Sadly, {n} {items} rolled under the fridge and were never seen again.",
     "lost {b}", SMALL),
    ("{O} left {n} {items} on the bus.", "left {b} on bus", None),
    ("{O} gave away {n} {items}.", "gave away {b}", None),
    ('"I\'ll give you {n} of my {items}," {speaker} told {P}. And {Os} did.',
     "gave {P} {b}", None),
    ('"Can I have {n} of your {items}?" asked {P}. {Oname} said yes and handed them over.',
     "{P} got {b}", None),
    ("{P} took {n} {items} to school for show and tell and lost them.",
     "{P} lost {b}", NONFOOD),
    ("{O} broke {n} of them.", "broke {b}", BREAKABLE),
    ("{O} spent {n} {items} at the tuck shop.", "spent {b}", {"token"}),
    ("{O} threw out {n} that had gone mouldy.", "mouldy {b}",
     {"bake", "fruit", "veg"}),
    ("{O} planted {n} of them along the fence.", "planted {b}", {"garden"}),
    ("The wind blew {n} {items} away.", "blown away {b}", LIGHT),
    ("{O} packed {n} {items} into a parcel for {P}.", "parcel for {P}", None),
    ("{O} dropped {n} {items} into the charity box.", "charity {b}", NONFOOD),
    ("{P} needed {n} {items} for a school project, so {Oname} handed them over.",
     "gave {P} {b}", None),
    ("{O} fed {n} to the goats at the petting farm.", "goats {b}",
     {"fruit", "veg", "bake"}),
    ("{O} let {P} keep {n} of them.", "{P} keeps {b}", None),
    ("{O} left {n} {items} out for the birds.", "birds {b}", {"bake", "fruit"}),
    ("{O} sold {n} {items} to {P}.", "sold {P} {b}", None),
    ("{O} gave {n} to {Opr} teacher.", "teacher {b}", None),
    ("{O} sent {n} {items} to {Opr} cousin in {city}.", "sent {b}", NONFOOD),
    ("{O} gave {n} {items} back to {P}, who had lent them last spring.",
     "back to {P} {b}", NONFOOD),
    ("{O} got rid of {n} {items} during a big clear-out.", "clear-out {b}",
     NONFOOD),
    ("{O} left {n} {items} at {Pp} house by accident.", "left {b}", None),
    ("{P} nibbled {n} of them.", "{P} ate {b}", FOOD),
    ("{O} tossed {n} {items} into the wishing well.", "well {b}",
     {"token", "collect"}),
    ("{O} swapped {n} of them for a bag of crisps.", "swapped {b}", NONFOOD),
    ("{O} sold {n} {items} from a stall at the garden gate.", "stall {b}", None),
    ("{P} squashed {n} of them by sitting on the bag.", "squashed {b}",
     {"bake", "fruit", "egg"}),
]

MUL = [  # need: A (twice / three times), V (doubled), K (bare number)
    ("By the end of the week, {O} had {A} as many {items} as before.",
     "{a_tag}", "A"),
    ("{O} {V} {Opr} {items}.", "{v_tag}", "V"),
    ("{P} {V} {Op} pile of {items}.", "{v_tag}", "V"),
    ("{Op} collection {V} over the holidays.", "{v_tag}", "V"),
    ("The number of {items} in {Op} {store} became {K} times larger.",
     "{k_tag}", "K"),
    ("Thanks to {P}, {O} ended up with {A} as many {items}.", "{a_tag}", "A"),
    ("{P} swapped every {item} for {K} new ones.", "{k_tag}", "K"),
    ("Each of {Op} {items} was traded in for {K} shiny new ones.",
     "{k_tag}", "K"),
    ('"I can double that for you," said {P}, and {Ppr} did.', "doubled", "2"),
    ('"Let\'s triple it!" said {P}, and that is exactly what happened.',
     "tripled", "3"),
    ("After a busy week, {Op} pile was {A} as big.", "{a_tag}", "A"),
    ("{Op} {items} {V}.", "{v_tag}", "V"),
    ("The {items} seemed to multiply: soon {Os} had {A} as many.",
     "{a_tag}", "A"),
    ("{O} bought enough to make it {A} as many.", "{a_tag}", "A"),
    ("{P} gave {Ob} so many that {Opr} total {V}.", "{v_tag}", "V"),
    ("When {P} tipped {Ppp} box into {Opr} {store}, the number of {items} {V}.",
     "{v_tag}", "V"),
    ("{O} {V} the lot.", "{v_tag}", "V"),
    ("{Op} stash grew to {A} its size.", "{a_tag}", "A"),
    ("{Op} hoard became {K} times as big.", "{k_tag}", "K"),
    ("{O} now had {A} as many as a moment ago.", "{a_tag}", "A"),
    ("{O} kept going until {Opr} pile was {A} as big.", "{a_tag}", "A"),
    ("Overnight, the number of {items} {V}, and nobody could say how!",
     "{v_tag}", "V"),
    ("With {Pp} help, {O} made {A} as many.", "{a_tag}", "A"),
    ("{O} managed to {Vbare} the number of {items} by the weekend.",
     "{v_tag}", "Vbare"),
    ("{P} promised to {Vbare} whatever {Oname} had, and kept the promise.",
     "{v_tag}", "Vbare"),
    ("{Op} {items} multiplied {K} times over.", "{k_tag}", "K"),
    ("At the swap meet, every {item} {Os} owned was exchanged for {K} more.",
     "{k_tag}", "K"),
    ("The {items} {V} after {P} joined in.", "{v_tag}", "V"),
    ("By Sunday, {Os} had {A} the number {Os} had on Saturday.", "{a_tag}", "A"),
    ("{P} matched the pile {K} times over, and gave the whole lot to {Ob}.",
     "{k_tag}", "K"),
    ("{O} turned {Opr} pile into {K} piles of the same size.", "{k_tag}", "K"),
    ("It was a good season: the {items} {V}.", "{v_tag}", "V"),
    ("For every {item} in the {store}, {P} added a copy until there were {A} as many.",
     "{a_tag}", "A"),
    ("{P} gave {Ob} enough to make {Opr} pile {A} as big.", "{a_tag}", "A"),
    ("A lucky find meant {Os} suddenly had {A} as many {items}.", "{a_tag}", "A"),
    ("When {P} added {Ppp} whole collection, {Op} total {V}.", "{v_tag}", "V"),
    ("Business was good, and {Op} stock of {items} {V}.", "{v_tag}", "V"),
    ("{P} waved a toy magic wand, and the {items} {V}!", "{v_tag}", "V"),
    ("After a good week, {O} had {A} as many.", "{a_tag}", "A"),
    ("{Op} pile of {items} was now {K} times what it had been.", "{k_tag}", "K"),
]

DIV = [  # need: F (half / a third / a quarter), H (only 2), K (bare number)
    ("{O} split {Opr} {items} into {K} equal piles and kept just one pile.",
     "split {b} ways", "K"),
    ("{O} shared them equally among {K} children, {Oself} included, and kept {Opr} share.",
     "{b} shares", "K"),
    ("{O} gave half of them to {P}.", "gave half", "H"),
    ("{P} took half.", "half to {P}", "H"),
    ("Half of {Op} {items} blew away in the wind.", "half blew away", "HL"),
    ("{O} kept {F} of them and gave the rest to {P}.", "kept {f_tag}", "F"),
    ("Only {F} of them were still any good.", "{f_tag} left", "F"),
    ("{O} divided the {items} evenly between {K} bags and kept one bag.",
     "{b} bags", "K"),
    ("{O} dealt the {items} out equally to {K} players, {Oself} among them, and kept {Opr} pile.",
     "dealt {b} ways", "K"),
    ("The {items} were split fairly between {Oname} and {P}, and {Os} kept {Opr} half.",
     "halved", "H"),
    ("{O} halved {Opr} pile.", "halved", "H"),
    ('"Let\'s go halves," said {P}. So {Oname} gave {Ppo} half.', "halves", "H"),
    ("{O} cut the pile down to {F} of its size.", "{f_tag}", "F"),
    ("{O} packed them equally into {K} boxes and sent every box but one to {P}.",
     "{b} boxes", "K"),
    ("{O} kept only {F} of {Op} {items}.", "kept {f_tag}", "F"),
    ("A storm ruined all but {F} of them.", "{f_tag} left", "F"),
    ("The {items} were divided into {K} equal groups for the {event}, and {Oname} took home one group.",
     "{b} groups", "K"),
    ("{O} ended up with just {F} of what {Os} had.", "{f_tag}", "F"),
    ("{O} gave away all but {F} of them.", "kept {f_tag}", "F"),
    ("{O} spread them equally over {K} shelves, then cleared every shelf except the top one.",
     "{b} shelves", "K"),
    ("{Op} {items} were shared out equally among {K} tables at the party, and {Os} kept the ones on {Opr} own table.",
     "{b} tables", "K"),
    ("{O} split the lot into {K} equal bundles, posted all but one to friends and kept the last.",
     "{b} bundles", "K"),
    ("Only {F} of the {items} survived the journey home.", "{f_tag} survived", "F"),
    ("{O} gave half to {P} and kept the rest.", "half to {P}", "H"),
    ("{P} asked for half, and {Oname} handed them over.", "half to {P}", "H"),
    ("{O} put {F} of them aside to keep and gave the others away.",
     "kept {f_tag}", "F"),
    ("{O} shared them out equally in {K} party bags and kept one bag for {Oself}.",
     "{b} party bags", "K"),
    ("Sadly, mice got into the cupboard, and only {F} of the {items} were left.",
     "mice, {f_tag} left", "FF"),
    ("{O} divided the {items} into {K} equal parts and kept one part.",
     "{b} parts", "K"),
    ("Tidying up, {O} kept only {F} of the {items}.", "kept {f_tag}", "F"),
    ("{P} and {Oname} went halves on the lot, and {Os} kept {Opr} half.",
     "halves", "H"),
    ("{O} sorted them into {K} equal heaps and gave away every heap but one.",
     "{b} heaps", "K"),
    ("{O} let {P} take half.", "half to {P}", "H"),
    ("Half of them went to the {charity}.", "half donated", "H"),
    ("The {items} were packed equally into {K} hampers, and {Oname} kept just one hamper.",
     "{b} hampers", "K"),
    ("Only {F} of them fitted in {Op} bag, so {Os} left the rest behind.",
     "{f_tag} fitted", "F"),
    ("{P} borrowed half of them for the school play.", "half to {P}", "H"),
    ("In the end, {O} held on to just {F} of {Op} {items}.", "kept {f_tag}", "F"),
    ("{O} sliced the pile into {K} equal portions and kept one portion.",
     "{b} portions", "K"),
    ("{O} and {P} split them down the middle, and {Os} kept {Opr} half.",
     "halved", "H"),
]

# present-tense pools (smaller)
P_ADD = [
    ("{O} <buys|buy> {n} more {items}.", "buys {b}", None),
    ("{P} [gives|give] {Ob} {n} {items}.", "from {P}", None),
    ("{O} <finds|find> {n} {items} {place}.", "finds {b}", NOTFRESH),
    ("{O} <wins|win> {n} at the {event}.", "wins {b}", None),
    ("{P} [hands|hand] {Ob} another {n}.", "from {P}", None),
    ("{O} <gets|get> {n} more from {P}.", "gets {b}", None),
    ('"Take {n} of mine," [says|say] {P}, handing them to {Ob}.', "{P} gives {b}", None),
    ("{O} <collects|collect> {n} more.", "collects {b}", None),
    ("{O} <is|are> given {n} {items} by {P}.", "given {b}", None),
    ("A parcel from {P} brings {n} more.", "parcel", None),
]
P_SUB = [
    ("{O} <gives|give> {n} {items} to {P}.", "gives {P} {b}", None),
    ("{O} <sells|sell> {n} at the {event}.", "sells {b}", None),
    ("{O} <loses|lose> {n} on the way to school.", "loses {b}", None),
    ("{P} [eats|eat] {n} of them.", "{P} eats {b}", FOOD),
    ("{O} <hands|hand> {P} {n}.", "to {P} {b}", None),
    ('"Can I borrow {n}?" [asks|ask] {P}. {Oname} <says|say> yes.', "lends {b}", NONFOOD),
    ("{O} <donates|donate> {n} {items} to the {charity}.", "donates {b}", NONFOOD),
    ("The puppy chews up {n} of them.", "puppy {b}", NONFOOD),
    ("{O} <uses|use> {n} for a present for {P}.", "uses {b}", None),
]
P_MUL = [
    ("{Op} pile {V_s}.", "{v_tag}", "Vs"),
    ("{P} [helps|help], and soon {Os} <has|have> {A} as many.", "{a_tag}", "A"),
    ("The number of {items} becomes {K} times larger.", "{k_tag}", "K"),
    ("{O} <swaps|swap> each {item} for {K} new ones.", "{k_tag}", "K"),
]
P_DIV = [
    ("{O} <splits|split> them into {K} equal piles and <keeps|keep> one.",
     "{b} piles", "K"),
    ("{O} <gives|give> half of them to {P}.", "half to {P}", "H"),
    ("{O} <keeps|keep> only {F} of them.", "keeps {f_tag}", "F"),
    ("{O} <shares|share> them equally among {K} friends, {Oself} included, and <keeps|keep> one share.",
     "{b} shares", "K"),
]

# pluperfect add/sub used after "Before that" (told out of order)
PLUP_ADD = [
    ("Before that, {P} had given {Ob} {n} {items}.", "from {P}", None),
    ("Earlier, {O} had found {n} more {place}.", "found {b}", NOTFRESH),
    ("Before that, {O} had won {n} {items} at the {event}.", "won {b}", None),
    ("Just before that, {O} had bought {n} {items}.", "bought {b}", None),
    ("A little earlier, {P} had dropped off {n} {items}.", "{P} {b}", None),
    ("Before that, {O} had been given {n} {items} by {P}.", "given {b}", None),
    ("Earlier, {O} had collected {n} more.", "collected {b}", None),
    ("Just before, {P} had handed {Ob} {n}.", "from {P}", None),
    ("Before that happened, {O} had earned {n} {items} helping {P}.",
     "earned {b}", None),
    ("Earlier on, {O} had picked {n} more.", "picked {b}", GROWN),
    ("Before that, {Oname} had already baked another {n}.", "baked {b}", {"bake"}),
]
PLUP_SUB = [
    ("Before that, {O} had given {n} {items} to {P}.", "gave {P} {b}", None),
    ("Just before that, {O} had lost {n} {items}.", "lost {b}", None),
    ("A little earlier, {P} had borrowed {n}.", "{P} borrowed {b}", NONFOOD),
    ("Before that, {O} had sold {n} at the {event}.", "sold {b}", None),
    ("Before that, the dog had run off with {n} {items}.", "dog {b}", None),
    ("Earlier, {O} had eaten {n} of them.", "ate {b}", FOOD),
    ("Earlier, {O} had given {P} {n}.", "gave {P} {b}", None),
    ("Before all that, {O} had donated {n} {items} to the {charity}.",
     "donated {b}", NONFOOD),
    ("Just before, {P} had eaten {n} of them.", "{P} ate {b}", FOOD),
    ("Before that, {O} had traded {n} {items} for a kite.", "traded {b}", NONFOOD),
]

START_SINGLE = [
    "{O} had {N} {items}.",
    "{O} owned {N} {items}.",
    "{O} kept {N} {items} in {Opr} {store}.",
    "At the start of the week, {O} had {N} {items}.",
    "{O} had saved up {N} {items}.",
    "There were {N} {items} in {Op} {store}.",
    "{O} had a collection of {N} {items}.",
    '"I\'ve got {N} {items}!" {speaker} announced at breakfast.',
    "{O} began the day with {N} {items}.",
    "{O} had been given {N} {items} for {Opr} birthday.",
    "{Ofull}, {age}, of {street}, had {N} {items}.",
    "Young {Oname} from {town} had {N} {items}.",
    "{O} had {N} {items} lined up on the windowsill.",
    "{O} came home with {N} {items}.",
    "{Op} {store} held {N} {items}.",
    "It all started with {N} {items} in {Op} {store}.",
    "{O} had exactly {N} {items}.",
    "{O} had gathered {N} {items} by the end of last week.",
    "{O}, who adored {items}, had {N} of them.",
    "Everyone on {street} knew that {Oname} had {N} {items}.",
]
START_PRODUCT = [
    "{O} had {A} {conts} of {items}, with {B} in each.",
    "{O} had {A} {conts} of {items}. Each {cont} held {B}.",
    "{P} once gave {Ob} {A} {conts}, each with {B} {items} inside.",
    "On {Op} shelf sat {A} {conts}, and each held {B} {items}.",
    "{O} started with {A} {conts} of {B} {items}.",
    '"I\'ve got {A} {conts} with {B} {items} in each," {speaker} told {P}.',
    "{O} had packed {A} {conts} with {B} {items} apiece.",
    "{O} owned {A} {conts} of {items}, and there were {B} in every {cont}.",
    "{Ofull}, {age}, from {street}, had {A} {conts} of {items} with {B} in each.",
    "There were {A} {conts} on {Op} kitchen table, each holding {B} {items}.",
    "{O} had {A} rows of {items}, {B} to a row.",
    "At the start, {O} had {A} {conts} of {items}; every {cont} had {B} in it.",
]
START_SINGLE_PRES = [
    "{O} <has|have> {N} {items}.",
    "{O} <keeps|keep> {N} {items} in {Opr} {store}.",
    "There are {N} {items} in {Op} {store}.",
    "Meet {Oname}, who <owns|own> {N} {items}.",
    "{Ofull}, {age}, of {street}, <has|have> {N} {items}.",
]
START_PRODUCT_PRES = [
    "{O} <has|have> {A} {conts} of {items} with {B} in each.",
    "{O} <owns|own> {A} {conts}, and every {cont} holds {B} {items}.",
    "In {Op} {store} there are {A} {conts} of {items}, {B} per {cont}.",
]
FLASH_SINGLE = [
    "{Osp} had started the day with {N}.",
    "Before that, {Osp} had had {N} {items}.",
    "Earlier, there had been {N} {items} in {Opr} {store}.",
    "{Osp} had begun the week with {N} of them.",
    "That morning, {Osp} had counted {N} {items} in {Opr} {store}.",
    "Until then, {Opr} {store} had held {N} {items}.",
]
FLASH_PRODUCT = [
    "{Osp} had started out with {A} {conts} of {items}, {B} in each.",
    "Earlier, {Osp} had unpacked {A} {conts} holding {B} {items} each.",
]

Q_PAST = [
    "How many {items} did {O} end up with?",
    "How many {items} did {O} have at the end?",
    "How many {items} did {O} have after all that?",
    "At the end of the day, how many {items} did {O} have?",
    "So, how many {items} did {O} have in the end?",
    "How many {items} did {O} finish with?",
    "Can you work out how many {items} {O} had by bedtime?",
    "What was {Op} final number of {items}?",
    "How many {items} did {O} take home?",
    "How many {items} <was|were> {O} left with?",
    "By the end, how many {items} belonged to {Ob}?",
    "How many {items} <does|do> {O} have now?",
    "Work out how many {items} {O} had at the finish.",
    "How many {items} did {O} go to bed with?",
    "How many {items} did {O} have once everything was done?",
    "How many did {O} have in the end?",
    "How many {items} were still {Opr} when the day was over?",
    "Now tell me: how many {items} did {O} have?",
    "What is the final count of {Op} {items}?",
]
Q_PRES = [
    "How many {items} <does|do> {O} have now?",
    "How many {items} <is|are> {O} left with?",
    "How many {items} <does|do> {O} end up with?",
    "How many <does|do> {O} have at the end?",
    "What is {Op} total now?",
    "Can you say how many {items} {O} <has|have> now?",
]
Q_FIRST = [
    "How many {items} did {Oname} end up with? Here is what happened.",
    "Read on to find out how many {items} {Oname} had at the end.",
    "Here is a puzzle: how many {items} did {Oname} have by the evening?",
    "Our question today: how many {items} did {Oname} finish with?",
]

SCENES = [
    "It was the first warm day of spring.",
    "Rain drummed on the kitchen window all morning.",
    "The whole street had turned out for the fête.",
    "Snow had fallen overnight, and the garden looked like a cake.",
    "The kettle whistled in the kitchen.",
    "{Oname} had been looking forward to this for weeks.",
    "Everyone agreed it was the best summer in years.",
    "The village hall smelled of floor polish and tea.",
    "A grey cat watched everything from the wall.",
    "Mum was painting the fence a cheerful colour.",
    "The postman whistled as he cycled past.",
    "Nobody could remember a windier afternoon.",
    "It was the last day of the school holidays.",
    "The sun came out just after breakfast.",
    "The neighbours were having a barbecue.",
    "The radio was playing old songs.",
    "Dad was busy fixing the bike in the shed.",
    "Speaking to this paper, {Oname} said it had been a week to remember.",
    "Residents of {street} say they have never seen anything like it.",
    "It has been a busy week for young {Oname}.",
    "{P} was wearing {Ppp} favourite yellow wellies.",
    "The library was unusually quiet.",
    "Outside, the church bells were ringing.",
    "Everybody was in a good mood.",
    "The puppy would not stop barking.",
    "The bus was late again.",
    "The kitchen was warm and smelled of cinnamon.",
    "It was nearly the end of term.",
    "The market was busy and noisy.",
    "Seagulls circled over the harbour.",
    "The lights of the fair twinkled in the dusk.",
    "{Oname} grinned from ear to ear.",
    "What a day it turned out to be!",
    "Outside, the leaves were turning gold.",
    "The bakery on the corner had just opened.",
    "A brass band was playing on the green.",
    "The clock in the hall ticked slowly.",
    "Somebody had left the back gate open.",
    "Thunder rumbled in the distance.",
    "{P} thought it was the funniest thing ever.",
    "It was the kind of afternoon made for long walks.",
    "The streetlights flickered on.",
    "{Oname} was saving up for a bicycle.",
    "The paint on the front door was still wet.",
    '"What a lovely colour!" said {P}.',
    '"Best day ever," {Oname} whispered.',
    '"Don\'t tell Mum," said {P} with a wink.',
    '"Are you sure?" asked {P}.',
    '"Well, I never," said {P}.',
    '"Wait till Dad sees this," laughed {Oname}.',
    '"This is brilliant," said {Oname}.',
    '"Be careful with those," warned {P}.',
    '"Where did all these come from?" wondered {P}.',
    '"Mind the puddles!" called {P}.',
]

DISTRACT_OWN = [
    "{P} already had {m} {items} of {Ppp} own.",
    "{P}, who owned {m} {items}, did not need any more.",
    "{P} had {m} {items} at home, but those stayed there.",
]
DISTRACT_TIME = [
    "The {event} opened at {h} o'clock.",
    "The bus came at {h} o'clock sharp.",
    "By {h} o'clock everyone was wide awake.",
]

ARC_DAY = ["First thing in the morning", "At breakfast", "Mid-morning",
           "At break time", "Just before lunch", "At lunchtime", "After lunch",
           "In the afternoon", "After school", "At teatime", "Before supper",
           "That evening", "Just before bed"]
ARC_WEEK = ["On Monday", "On Tuesday", "On Wednesday", "On Thursday",
            "On Friday", "On Saturday", "On Sunday"]
ARC_REL = ["Then", "After that", "Later", "Soon afterwards", "A little later",
           "Next", "Later on", "The next day", "After a while", "Afterwards"]
ARC_PRES = ["Then", "Next", "After lunch", "Later", "In the afternoon",
            "After that"]

# ---------------------------------------------------------------- steps
OPS = {
    "ascii": {"+": "+", "-": "-", "*": "*", "/": "/"},
    "uni": {"+": "+", "-": "−", "*": "×", "/": "÷"},
    "mix": {"+": "+", "-": "-", "*": "×", "/": "÷"},
    "mix2": {"+": "+", "-": "-", "*": "*", "/": "÷"},
}
WRONG_TAG = {"+": ["plus {b}", "add {b}", "gets {b} more", "{b} more"],
             "-": ["minus {b}", "take away {b}", "{b} fewer", "gives {b}"],
             "*": ["times {b}", "{b} times as many", "multiply by {b}"],
             "/": ["divided by {b}", "split {b} ways", "share by {b}"]}
LEAD_WORDS = ["Then", "Next", "After that", "Now", "So", "And then"]


def apply(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b if a >= b else None
    if op == "*":
        return a * b
    if op == "/":
        return a // b if b and a % b == 0 else None
    raise ValueError(op)


def digit_slips(x, lo=0):
    out = {x + 1, x - 1, x + 10, x - 10}
    s = str(x)
    if x >= 100:
        out |= {x + 100, x - 100}
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.add(int(t))
    for i, ch in enumerate(s):
        for d in (int(ch) - 1, int(ch) + 1):
            if 0 <= d <= 9 and not (i == 0 and d == 0 and len(s) > 1):
                out.add(int(s[:i] + str(d) + s[i + 1:]))
    return sorted(v for v in out if v >= lo and v != x)


def arith_slips(a, op, b, c):
    out = set()
    if c >= 1:
        out |= {c + 1, c - 1}
    out |= {c + 10}
    if c >= 10:
        out.add(c - 10)
    if c >= 100:
        out |= {c + 100, c - 100}
    s = str(c)
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.add(int(t))
    if op == "+":  # dropped carry
        sa, sb = str(a)[::-1], str(b)[::-1]
        digs = []
        for i in range(max(len(sa), len(sb))):
            da = int(sa[i]) if i < len(sa) else 0
            db = int(sb[i]) if i < len(sb) else 0
            digs.append(str((da + db) % 10))
        out.add(int("".join(digs[::-1])))
    if op == "-":  # smaller-from-larger borrow slip
        sa, sb = str(a)[::-1], str(b)[::-1]
        digs = []
        for i in range(len(sa)):
            da = int(sa[i])
            db = int(sb[i]) if i < len(sb) else 0
            digs.append(str(abs(da - db)))
        out.add(int("".join(digs[::-1])))
    if op == "*":
        out |= {c - a, c + a}
        if b <= 30:
            out |= {c - b, c + b}
    return sorted(v for v in out if v >= 0 and v != c)


TEEN_TY = {13: 30, 14: 40, 15: 50, 16: 60, 17: 70, 18: 80, 19: 90,
           30: 13, 40: 14, 50: 15, 60: 16, 70: 17, 80: 18, 90: 19}


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch.isdigit():
            return s
    return s


PLUP_HEADS = ("Before", "Earlier", "Just before", "A little earlier")


LOWERABLE = {"He", "She", "They", "Her", "His", "Their", "The", "A", "Sadly,", "Old",
             "Then", "Earlier,", "Before", "Just", "Only", "Half", "Overnight,",
             "Each", "It", "There"}


PROPER = set(GIRLS) | set(BOYS) | {"Mr", "Mrs", "Ms", "Gran", "Grandma", "Nana",
                                   "Grandad", "Grandpa", "Auntie", "Uncle",
                                   "Mum", "Dad"}


def joinable_head(s):
    w = s.split(" ", 1)[0]
    return w in LOWERABLE or w.split("'")[0].rstrip(",") in PROPER


def low_first(s):
    w = s.split(" ", 1)[0]
    if w in LOWERABLE:
        return s[0].lower() + s[1:]
    return s


# ---------------------------------------------------------------- story state
class Story:
    def __init__(self, rng, owner, partners, item, store, present):
        self.rng = rng
        self.owner = owner
        self.partners = partners
        self.item = item
        self.store = store
        self.present = present
        self.owner_seen = False
        self.words_misc = {}
        self.used_scenes = set()

    def scene(self, no_partner=False):
        pool = [t for t in SCENES if t not in self.used_scenes and
                not (no_partner and "{P" in t)]
        t = self.rng.choice(pool)
        self.used_scenes.add(t)
        return t

    def partner_for(self, preferred=None):
        return preferred if preferred is not None else self.rng.choice(self.partners)

    # -- references
    def _owner_ref(self, field, ambiguous):
        o, rng = self.owner, self.rng
        if field == "Oname":
            if not self.owner_seen:
                self.owner_seen = True
                return o["intro"]
            return o["short"]
        if field == "Ofull":
            self.owner_seen = True
            return o["full"]
        if field == "Opr":
            self.owner_seen = True
            return o["poss"]
        if field == "Oself":
            return o["refl"]
        if field == "Osp":
            self.owner_seen = True
            return o["subj"]
        first = not self.owner_seen
        self.owner_seen = True
        if field == "O":
            if first:
                return o["intro"]
            if not ambiguous and rng.random() < 0.55:
                return o["subj"]
            return o["short"]
        if field == "Os":
            if first or ambiguous:
                return o["short"] if not first else o["intro"]
            return o["subj"]
        if field == "Ob":
            if first:
                return o["intro"]
            return o["obj"] if rng.random() < 0.85 else o["short"]
        if field == "Op":
            if first:
                return o["intro"] + ("'" if o["intro"].endswith("s") else "'s")
            if not ambiguous and rng.random() < 0.7:
                return o["poss"]
            return o["short_poss"]
        raise KeyError(field)

    def _partner_ref(self, p, field):
        if field == "Pp" and not p["seen"] and (" from " in p["intro"] or
                                                "next door" in p["intro"]):
            p["seen"] = True
            base = p["short"]
            return base + ("'" if base.endswith("s") and p["plural"] else "'s")
        if field in ("P", "Pp"):
            if not p["seen"]:
                p["seen"] = True
                if self.owner_seen:
                    op_txt = self.owner["poss"]
                else:
                    nm = self.owner["intro"]
                    op_txt = nm + ("'" if nm.endswith("s") else "'s")
                    self.owner_seen = True
                base = p["intro"].format(Op=op_txt)
            else:
                base = p["short"]
            if field == "Pp":
                return base + ("'" if base.endswith("s") and p["plural"] else "'s")
            return base
        p["seen"] = True
        return {"Ppr": p["subj"], "Ppo": p["obj"], "Ppp": p["poss"]}[field]

    def fill(self, tpl, extra, partner=None):
        o = self.owner
        tpl = re.sub(r"<([^|>]*)\|([^>]*)>",
                     lambda m: m.group(2) if o["plural"] else m.group(1), tpl)
        p = partner
        if "{P" in tpl or "[" in tpl:
            if p is None:
                p = self.rng.choice(self.partners)
            tpl = re.sub(r"\[([^|\]]*)\|([^\]]*)\]",
                         lambda m: m.group(2) if p["plural"] else m.group(1), tpl)
        ambiguous = p is not None and "{P" in tpl and p["subj"] == o["subj"]

        def sub(m):
            f = m.group(1)
            if f in extra:
                return extra[f]
            if f.startswith("O"):
                return self._owner_ref(f, ambiguous)
            if f.startswith("P"):
                return self._partner_ref(p, f)
            if f == "speaker":
                self.owner_seen = True
                return o["speaker"]
            if f == "items":
                return self.item[1]
            if f == "item":
                return self.item[0]
            if f == "store":
                return self.store
            if f == "place":
                return self.rng.choice(PLACES)
            if f == "event":
                return self.rng.choice(EVENTS)
            if f == "charity":
                return self.rng.choice(CHARITIES)
            if f == "game":
                return self.rng.choice(GAMES)
            if f == "city":
                return self.rng.choice(CITIES)
            if f == "street":
                return self.words_misc.setdefault("street", self.rng.choice(STREETS))
            if f == "town":
                return self.rng.choice(TOWNS)
            raise KeyError(f)

        out = re.sub(r"\{(\w+)\}", sub, tpl)
        if o["plural"]:
            out = out.replace("I'll give you", "We'll give you").replace(
                "of my ", "of our ").replace("I've got", "We've got")
        out = out.replace("another a dozen", "another dozen")
        return cap(out), p


def make_owner(rng):
    r = rng.random()
    if r < 0.84:
        girl = rng.random() < 0.5
        name = rng.choice(GIRLS if girl else BOYS)
        sur = rng.choice(SURNAMES)
        subj, obj, poss, refl = (("she", "her", "her", "herself") if girl else
                                 ("he", "him", "his", "himself"))
        return {"plural": False, "intro": name, "short": name,
                "short_poss": name + "'s", "full": name + " " + sur,
                "subj": subj, "obj": obj, "poss": poss, "refl": refl,
                "speaker": name, "label": name, "names": {name}, "girl": girl}
    a, b = rng.sample(GIRLS + BOYS, 2)
    kind = rng.choice(["twins", "friends", "siblings", "cousins"])
    group = {"twins": "the twins", "friends": "the pair",
             "siblings": "the siblings", "cousins": "the cousins"}[kind]
    intro = {"twins": "twins {a} and {b}", "friends": "best friends {a} and {b}",
             "siblings": "{a} and {b}", "cousins": "cousins {a} and {b}"}[kind]
    intro = intro.format(a=a, b=b)
    short = group if rng.random() < 0.6 else a + " and " + b
    return {"plural": True, "intro": intro, "short": short,
            "short_poss": short + ("'" if short.endswith("s") else "'s"),
            "full": a + " and " + b, "subj": "they", "obj": "them",
            "poss": "their", "refl": "themselves", "speaker": a,
            "label": rng.choice([a + " & " + b, short.capitalize(), "Both"]),
            "names": {a, b}, "girl": None}


def make_partners(rng, owner, k):
    used = set(owner["names"])
    out = []
    kinds = ["friend", "friend", "sibling", "cousin", "neighbour", "teacher",
             "elder", "parent", "shop", "classmate"]
    if not owner["plural"]:
        kinds.append("twinsnext")
    elder_used = set()
    for _ in range(k):
        for _try in range(20):
            kind = rng.choice(kinds)
            girl = rng.random() < 0.5
            name = rng.choice(GIRLS if girl else BOYS)
            if name in used:
                continue
            sur = rng.choice(SURNAMES)
            p = {"plural": False, "seen": False}
            if kind == "friend":
                p["intro"] = rng.choice(["{Op} friend " + name, name, name,
                                         "{Op} best friend " + name])
                p["short"] = name
            elif kind == "sibling":
                rel = rng.choice(["sister", "little sister", "big sister"] if girl
                                 else ["brother", "little brother", "big brother"])
                p["intro"] = "{Op} " + rel + " " + name
                p["short"] = name
            elif kind == "cousin":
                p["intro"] = "{Op} cousin " + name
                p["short"] = name
            elif kind == "neighbour":
                t = rng.choice(["Mrs", "Ms"]) if girl else "Mr"
                p["intro"] = rng.choice(["{Op} neighbour " + t + " " + sur,
                                         "old " + t + " " + sur + " next door"])
                p["short"] = t + " " + sur
            elif kind == "teacher":
                t = "Ms" if girl else "Mr"
                p["intro"] = "{Op} teacher " + t + " " + sur
                p["short"] = t + " " + sur
            elif kind == "elder":
                nm = rng.choice(["Gran", "Grandma", "Nana", "Auntie " + name]
                                if girl else ["Grandad", "Grandpa", "Uncle " + name])
                if nm in elder_used:
                    continue
                elder_used.add(nm)
                p["intro"] = nm
                p["short"] = nm
            elif kind == "parent":
                nm = "Mum" if girl else "Dad"
                if nm in elder_used:
                    continue
                elder_used.add(nm)
                p["intro"] = nm
                p["short"] = nm
            elif kind == "shop":
                t = rng.choice(["Mrs", "Ms"]) if girl else "Mr"
                p["intro"] = t + " " + sur + " from the corner shop"
                p["short"] = t + " " + sur
            elif kind == "classmate":
                p["intro"] = name + " from {Op} class"
                p["short"] = name
            else:  # twins next door
                if "twins" in elder_used:
                    continue
                elder_used.add("twins")
                p.update({"plural": True, "intro": "the twins next door",
                          "short": "the twins", "subj": "they", "obj": "them",
                          "poss": "their", "label": "twins"})
                out.append(p)
                break
            if p["short"] in used:
                continue
            used.add(name)
            used.add(p["short"])
            p.update({"subj": "she" if girl else "he",
                      "obj": "her" if girl else "him",
                      "poss": "her" if girl else "his",
                      "label": p["short"]})
            out.append(p)
            break
    return out


# ---------------------------------------------------------------- planning
def plan_numbers(rng, n_changes, product, allow_ops=None):
    """Returns start descriptor, list of changes and the true chain."""
    if product:
        for _ in range(50):
            f1 = rng.randint(2, 25)
            f2 = rng.choice([rng.randint(2, 12), rng.randint(2, 40),
                             rng.randint(10, 60)])
            if f1 * f2 <= 1500 and f1 * f2 >= 8:
                break
        start = ("product", f1, f2)
        v = f1 * f2
    else:
        r = rng.random()
        if r < 0.01:
            v = 1000
        elif r < 0.45:
            v = rng.randint(10, 60)
        elif r < 0.8:
            v = rng.randint(20, 200)
        else:
            v = rng.randint(100, 999)
        if rng.random() < 0.25 and v >= 12:
            v -= v % rng.choice([2, 4, 6, 10])
        start = ("single", v)
    chain = [v]
    changes = []
    for i in range(n_changes):
        cur = chain[-1]
        for _ in range(40):
            op = rng.choices(["+", "-", "*", "/"], [34, 34, 15, 17])[0]
            if allow_ops and op not in allow_ops:
                continue
            if op == "+":
                b = rng.choice([rng.randint(2, 20), rng.randint(2, 20),
                                rng.randint(21, 99), rng.randint(100, 400)])
                if cur + b > 9999:
                    continue
            elif op == "-":
                if cur < 4:
                    continue
                hi = min(cur - 1, 999)
                b = rng.choice([rng.randint(2, min(hi, 20)),
                                rng.randint(2, hi), rng.randint(2, max(2, hi // 2))])
            elif op == "*":
                k = rng.choices([2, 3, 4, 5, 6], [50, 28, 12, 6, 4])[0]
                if cur * k > 6000 or cur == 0:
                    continue
                b = k
            else:
                ks = [k for k in (2, 3, 4, 5, 6, 8, 10) if cur % k == 0 and cur // k >= 1]
                if not ks:
                    continue
                w = {2: 40, 3: 22, 4: 16, 5: 8, 6: 6, 8: 4, 10: 4}
                b = rng.choices(ks, [w[k] for k in ks])[0]
            nv = apply(cur, op, b)
            if nv is None or nv > 9999:
                continue
            changes.append({"op": op, "b": b})
            chain.append(nv)
            break
        else:
            return None
    return start, changes, chain


def expected_eqs(start, changes):
    eqs = []
    if start[0] == "product":
        eqs.append((start[1], "*", start[2]))
    for ch in changes:
        eqs.append((None, ch["op"], ch["b"]))
    return eqs


def simulate_rest(cur, changes_rest):
    for ch in changes_rest:
        cur = apply(cur, ch["op"], ch["b"])
        if cur is None or cur > 99999:
            return False
    return True


def inject(rng, start, changes, kind, err_k, problem_numbers, word_b,
           swap_at=None):
    """Build the written equations with at most one error at err_k.
    Returns (list of (a, op, b, c), stated answer) or None."""
    prod = start[0] == "product"
    n_eq = len(changes) + (1 if prod else 0)
    written = []
    prev = None
    for k in range(n_eq):
        if prod and k == 0:
            a, op, b = start[1], "*", start[2]
        else:
            ch = changes[k - 1 if prod else k]
            a = start[1] if (k == 0) else prev
            op, b = ch["op"], ch["b"]
        c = apply(a, op, b)
        if c is None:
            return None
        rest = changes[(k if prod else k + 1):]
        if kind != "none" and kind != "answer" and k == err_k:
            cands = []
            if kind == "arithmetic":
                cands = [(a, op, b, x) for x in arith_slips(a, op, b, c)]
                rng.shuffle(cands)
                # prefer the small classic slips
                cands.sort(key=lambda t: 0 if abs(t[3] - c) in (1, 10) or
                           rng.random() < 0.5 else 1)
            elif kind == "operand":
                opts = []
                if prod and k == 0:
                    for which in (0, 1):
                        f = (a, b)[which]
                        vals = digit_slips(f, 2) + [x for x in problem_numbers
                                                    if x != f and 2 <= x <= 60]
                        for x in vals:
                            opts.append((x, b) if which == 0 else (a, x))
                else:
                    a_vals = []
                    if k == 0:
                        a_vals = digit_slips(a, 1) + [x for x in problem_numbers if x != a]
                    else:
                        a_vals = [x for x in digit_slips(a, 0) if abs(x - a) != 100]
                        if start[1] != a and not prod:
                            a_vals += [start[1]] * 2
                        if len(written) >= 2 and written[-2][3] != a:
                            a_vals += [written[-2][3]] * 2
                        if prod and written[0][3] != a:
                            a_vals.append(written[0][3])
                    b_vals = []
                    if op in "+-":
                        ci = k - 1 if prod else k
                        banned = set()
                        if swap_at is not None and ci in (swap_at, swap_at + 1):
                            # told out of order: the partner's number would be
                            # a valid chronological step, so never use it
                            banned = {changes[swap_at]["b"], changes[swap_at + 1]["b"]}
                        b_vals = [x for x in digit_slips(b, 1) if x not in banned]
                        b_vals += [x for x in problem_numbers
                                   if x != b and x not in banned] * 2
                        if b in TEEN_TY and word_b.get(k):
                            b_vals += [TEEN_TY[b]] * 3
                        if word_b.get(k) == "a dozen":
                            b_vals += [10, 20]
                    else:
                        b_vals = [x for x in (b - 1, b + 1) if x >= 2]
                    use_b = rng.random() < (0.6 if op in "+-" else 0.25)
                    first, second = (b_vals, a_vals) if use_b else (a_vals, b_vals)
                    rng.shuffle(first)
                    rng.shuffle(second)
                    for x in first:
                        opts.append((a, x) if first is b_vals else (x, b))
                    for x in second:
                        opts.append((a, x) if second is b_vals else (x, b))
                for (aa, bb) in opts:
                    cc = apply(aa, op, bb)
                    if cc is not None and cc != c and cc <= 99999:
                        cands.append((aa, op, bb, cc))
            elif kind == "operation":
                if prod and k == 0:
                    wops = ["+"]
                else:
                    wops = {"+": ["-", "-", "-", "*"] if b <= 6 else ["-"],
                            "-": ["+"], "*": ["+", "+", "-"],
                            "/": ["*", "-", "-"]}[op]
                    rng.shuffle(wops)
                for wop in wops:
                    cc = apply(a, wop, b)
                    if cc is not None and cc != c and cc <= 99999:
                        cands.append((a, wop, b, cc))
            chosen = None
            for cand in cands:
                if simulate_rest(cand[3], rest):
                    chosen = cand
                    break
            if chosen is None:
                return None
            written.append(chosen)
            prev = chosen[3]
        else:
            written.append((a, op, b, c))
            prev = c
    final = prev
    if kind == "answer":
        opts = [final + 1, final + 10] + ([final - 1] if final >= 1 else []) + \
               ([final - 10] if final >= 10 else [])
        s = str(final)
        if len(s) >= 2 and s[-1] != s[-2]:
            opts.append(int(s[:-2] + s[-1] + s[-2]))
        if len(written) >= 2:
            opts += [written[-2][3]] * 2
        if written[-1][1] in "+-" and not (prod and len(written) == 1):
            opts += [written[-1][2]]
        opts = [x for x in opts if x != final and x >= 0]
        if not opts:
            return None
        return written, rng.choice(opts)
    return written, final


# ---------------------------------------------------------------- rendering
class _Retry(Exception):
    pass


def mul_forms(rng, k):
    adv = rng.choice(MUL_ADV.get(k, [num_words(k) + " times", str(k) + " times"]))
    if k >= 5 and rng.random() < 0.4:
        adv = str(k) + " times"
    return adv


def render_problem(rng, st, start, changes, start_texts, deco):
    """Returns (text, change phrases shown, tags, times, distractors)."""
    sentences = []
    shown = []
    tags = []
    times = []
    distract = []
    present = st.present
    n = len(changes)
    flash = (not present) and rng.random() < 0.16
    q_first = rng.random() < 0.1
    # decide "before that" swap (pluperfect told after the later event)
    swap_at = None
    if not present and n >= 2 and rng.random() < 0.3:
        opts = [i for i in range(n - 1)
                if changes[i]["op"] in "+-" and changes[i + 1]["op"] in "+-"
                and not (flash and i == 0)]
        # chronological order must stay non-negative
        good = []
        for i in opts:
            before = st_chain_value(start, changes, i)
            v = apply(before, changes[i + 1]["op"], changes[i + 1]["b"])
            if v is not None:
                good.append(i)
        if good:
            swap_at = rng.choice(good)
    # time markers
    if present:
        markers = [rng.choice(ARC_PRES) if rng.random() < 0.45 else None
                   for _ in range(n)]
    else:
        arc = rng.choice(["day", "week", "rel", "rel", "none"])
        markers = [None] * n
        if arc in ("day", "week"):
            pool = ARC_DAY if arc == "day" else ARC_WEEK
            idx = sorted(rng.sample(range(len(pool)), min(n, len(pool))))
            for i in range(n):
                if rng.random() < 0.65:
                    markers[i] = pool[idx[i]]
        elif arc == "rel":
            for i in range(1, n):
                if rng.random() < 0.55:
                    markers[i] = rng.choice(ARC_REL)
    # question first?
    if q_first:
        qt = rng.choice(Q_FIRST)
        s, _ = st.fill(qt, {})
        sentences.append(s)
    if deco and rng.random() < 0.45:
        scene = st.scene(no_partner=True)
        s, _ = st.fill(scene, {"street": rng.choice(STREETS)})
        sentences.append(s)

    def start_sentence(flashback):
        extra = {}
        if start[0] == "product":
            pool = FLASH_PRODUCT if flashback else (
                START_PRODUCT_PRES if present else START_PRODUCT)
            extra["A"], extra["B"] = start_texts
            c = rng.choice(CONTAINERS)
            extra["cont"], extra["conts"] = c
        else:
            pool = FLASH_SINGLE if flashback else (
                START_SINGLE_PRES if present else START_SINGLE)
            extra["N"] = start_texts[0]
        tpl = rng.choice(pool)
        if "{age}" in tpl:
            if st.owner["plural"]:
                tpl = rng.choice([t for t in pool if "{age}" not in t])
            else:
                age = rng.randint(6, 12)
                extra["age"] = str(age)
                distract.append(age)
        if "{speaker}" in tpl and st.owner_seen is False and "{P}" not in tpl:
            pass
        s, _ = st.fill(tpl, extra)
        return s

    if not flash:
        sentences.append(start_sentence(False))
        if deco and rng.random() < 0.2:
            s, _ = st.fill(st.scene(), {})
            sentences.append(s)
        r = rng.random() if not present else 1.0
        if r < 0.09:
            m = rng.randint(3, 80)
            s, _ = st.fill(rng.choice(DISTRACT_OWN), {"m": str(m)})
            sentences.append(s)
            distract.append(m)
        elif r < 0.14:
            h = rng.randint(8, 11)
            s, _ = st.fill(rng.choice(DISTRACT_TIME), {"h": str(h)})
            sentences.append(s)
            distract.append(h)
    change_sents = []
    for i, ch in enumerate(changes):
        op, b = ch["op"], ch["b"]
        extra = {}
        cats_ok = lambda c: c is None or st.item[2] in c
        plup = swap_at is not None and i == swap_at + 1
        need_items = flash and i == 0
        if op in "+-":
            if plup:
                pool = PLUP_ADD if op == "+" else PLUP_SUB
            elif present:
                pool = P_ADD if op == "+" else P_SUB
            else:
                pool = ADD if op == "+" else SUB
            cand = [t for t in pool if cats_ok(t[2]) and
                    (not need_items or ("{items}" in t[0] and "{O" in t[0]))]
            if not cand:
                raise _Retry()
            tpl, tag, _ = rng.choice(cand)
            nt = render_count(rng, b)
            if "another {n}" in tpl and nt == "a dozen":
                nt = "12"
            extra["n"] = nt
            shown.append(nt)
            extra["b"] = str(b)
        elif op == "*":
            pool = P_MUL if present else MUL
            cand = []
            for t in pool:
                need = t[2]
                if need in ("V", "Vbare", "Vs") and b not in MUL_VERB:
                    continue
                if need == "2" and b != 2 or need == "3" and b != 3:
                    continue
                if need_items and ("{items}" not in t[0] or "{O" not in t[0]):
                    continue
                cand.append(t)
            if not cand:
                raise _Retry()
            tpl, tag, need = rng.choice(cand)
            if need == "A":
                ph = mul_forms(rng, b)
                extra["A"] = ph
                tag = tag.replace("{a_tag}", ph + " as many")
            elif need in ("V", "Vbare", "Vs"):
                ph = MUL_VERB[b]
                extra["V"] = ph
                extra["Vbare"] = ph[:-1]
                extra["V_s"] = ph[:-1] + "s"
                if need == "Vbare":
                    ph = ph[:-1]
                elif need == "Vs":
                    ph = ph[:-1] + "s"
                tag = tag.replace("{v_tag}", MUL_VERB[b])
            elif need == "K":
                ph = render_small(rng, b)
                extra["K"] = ph
                tag = tag.replace("{k_tag}", rng.choice(["{b} times", "times {b}",
                                                         "{b} times as many"]))
            else:
                ph = {"2": "double", "3": "triple"}[need]
            shown.append(ph)
        else:
            pool = P_DIV if present else DIV
            cand = []
            for t in pool:
                need = t[2]
                if need in ("H", "HL") and b != 2:
                    continue
                if need == "HL" and st.item[2] not in LIGHT:
                    continue
                if need in ("F", "FF") and b not in DIV_FRAC:
                    continue
                if need == "FF" and st.item[2] not in FOOD:
                    continue
                if need_items and ("{items}" not in t[0] or "{O" not in t[0]):
                    continue
                if st.owner["plural"] and ("{Oself}" in t[0] or "{P} and {O" in t[0]
                                           or "{Oname} and {P}" in t[0]
                                           or "{O} and {P}" in t[0]):
                    continue
                cand.append(t)
            if not cand:
                raise _Retry()
            tpl, tag, need = rng.choice(cand)
            if need in ("H", "HL"):
                ph = next(w for w in ("halves", "halved", "half")
                          if w in tpl.lower())
            elif need in ("F", "FF"):
                ph = DIV_FRAC[b]
                extra["F"] = ph
                tag = tag.replace("{f_tag}", ph)
            else:
                ph = render_small(rng, b)
                extra["K"] = ph
            shown.append(ph)
        extra["b"] = str(b)
        s, p = st.fill(tpl, extra)
        ptag = p["label"] if p else ""
        tag = tag.replace("{b}", "{B}").replace("{P}", ptag)
        tags.append(tag)
        marker_ok = tpl.startswith(("{", "The ", "A parcel", "Half", "Only",
                                    "Each"))
        if markers[i] and not plup and marker_ok:
            s = markers[i] + ", " + low_first(s)
            times.append(markers[i].lower())
        elif plup:
            times.append("before that")
        else:
            times.append(None)
        change_sents.append((s, not s.startswith('"') and '"' not in s
                             and markers[i] is None and not plup))
        if flash and i == 0:
            change_sents.append((start_sentence(True), False))
    # join some adjacent sentences
    joined = []
    i = 0
    while i < len(change_sents):
        s, ok = change_sents[i]
        if (i + 1 < len(change_sents) and change_sents[i + 1][1] and
                joinable_head(change_sents[i + 1][0]) and
                not s.endswith(('?', '!')) and '"' not in s and rng.random() < 0.3):
            s2 = change_sents[i + 1][0]
            conn = rng.choice([", and then ", ", and later ", "; then ",
                               ", and after that "])
            joined.append(s[:-1] + conn + low_first(s2))
            i += 2
        else:
            joined.append(s)
            i += 1
    for j, s in enumerate(joined):
        sentences.append(s)
        nxt = joined[j + 1] if j + 1 < len(joined) else ""
        if deco and rng.random() < 0.12 and not nxt.startswith(PLUP_HEADS):
            s2, _ = st.fill(st.scene(), {})
            sentences.append(s2)
    if not q_first:
        qpool = Q_PRES if present else Q_PAST
        sentences.append(st.fill(rng.choice(qpool), {})[0])
    return " ".join(sentences), shown, tags, times, distract, (flash, swap_at)


def st_chain_value(start, changes, i):
    v = start[1] * start[2] if start[0] == "product" else start[1]
    for ch in changes[:i]:
        v = apply(v, ch["op"], ch["b"])
    return v


def fmt_eq(a, op, b, c, opmap, tight):
    sym = opmap[op]
    if tight:
        return f"{a}{sym}{b}={c}"
    return f"{a} {sym} {b} = {c}"


def render_steps(rng, st, start, changes, written, answer, tags, times,
                 kind, err_k):
    opkey = rng.choices(list(OPS), [35, 25, 25, 15])[0]
    opmap = OPS[opkey]
    tight_rec = rng.random() < 0.15
    style = rng.choice(["bare", "name", "tag", "mixed", "sentence", "arrow",
                        "paren", "unit", "time"])
    items = st.item[1]
    label = st.owner["label"]
    pron = st.owner["subj"]
    has = "have" if st.owner["plural"] else "has"
    prod = start[0] == "product"
    steps = []
    for k, (a, op, b, c) in enumerate(written):
        tight = tight_rec and rng.random() < 0.8
        eq = fmt_eq(a, op, b, c, opmap, tight)
        if prod and k == 0:
            forms = ["{eq}", "Start: {eq}", "{eq} {items} to begin with",
                     "{label} " + ("start" if st.owner["plural"] else "starts")
                     + " with {eq}.", "{eq} {items}",
                     "All together at first: {eq}",
                     "To start, {eq}.", "{label}: {eq}", "Begin: {eq} {items}"]
            s = rng.choice(forms)
        else:
            ci = k - 1 if prod else k
            tag = tags[ci]
            right_op = op == changes[ci]["op"]
            if not right_op and rng.random() < 0.65:
                tag = rng.choice(WRONG_TAG[op])
            tag = tag.replace("{B}", str(b)).replace("{b}", str(b))
            tm = times[ci]
            st_ = style if rng.random() < 0.75 else rng.choice(
                ["bare", "name", "tag", "sentence", "unit"])
            if st_ == "bare":
                s = "{eq}"
            elif st_ == "name":
                s = "{label}: {eq}"
            elif st_ == "tag":
                s = rng.choice(["{Tag}: {eq}", "{Tag}; {eq}",
                                "{Tag}: {eq} {items}"])
            elif st_ == "arrow":
                s = "{Tag} → {eq}"
            elif st_ == "paren":
                s = "{eq} ({tag})"
            elif st_ == "unit":
                s = rng.choice(["{eq} {items}", "{eq} {items} now",
                                "{eq} {items} so far"])
            elif st_ == "time":
                s = ("{Time}: {eq}" if tm else rng.choice(["{eq}", "{Lead}: {eq}"]))
            elif st_ == "sentence":
                s = rng.choice(["{Tag}, so {eq}.", "{Lead} {pron} {has} {eq}.",
                                "{Lead}, {eq} {items}.", "{Tag}, which gives {eq}.",
                                "{label} {tag}: {eq}", "That makes {eq}."])
            else:
                s = rng.choice(["{eq}", "{label}: {eq}", "{Tag}: {eq}",
                                "{eq} ({tag})", "{Lead} {eq}"])
            s = (s.replace("{Tag}", cap(tag)).replace("{tag}", tag)
                 .replace("{Time}", cap(tm or "then"))
                 .replace("{Lead}", rng.choice(LEAD_WORDS))
                 .replace("{pron}", pron).replace("{has}", has))
        s = (s.replace("{eq}", eq).replace("{items}", items)
             .replace("{label}", label))
        steps.append(cap(s) if not s[0].isdigit() else s)
    v = answer
    it = st.item[0] if v == 1 else items
    forms = [f"{label} {has} {v} {it} now.", f"{v} {it}", f"#### {v}",
             f"Answer: {v}", f"So {pron} {has} {v} {it} left." if any(
                 ch["op"] in "-/" for ch in changes) else f"So {pron} {has} {v} {it}.",
             f"{label}: {v} {it} at the end.", f"The answer is {v}.",
             f"Final count: {v}", f"{v} {it} in the end.",
             f"That leaves {label} with {v}.", f"{label} ends up with {v} {it}.",
             f"Total: {v} {it}", f"Answer: {v} {it}", f"#### {v}",
             f"{v} {it} altogether."]
    s = rng.choice(forms)
    steps.append(cap(s) if not s[0].isdigit() and not s.startswith("#") else s)
    return steps


# ---------------------------------------------------------------- top level
KINDS = ["arithmetic", "operand", "operation", "answer"]


def _one(rng, seed, idx):
    r = rng.random()
    if r < 0.45:
        kind = "none"
    else:
        kind = KINDS[int((r - 0.45) / 0.55 * 4) % 4]
    pos = rng.choice(["first", "middle", "last"]) if kind in KINDS[:3] else None
    for _attempt in range(60):
        n_changes = rng.choices([1, 2, 3, 4, 5], [10, 24, 30, 22, 14])[0]
        product = rng.random() < 0.25
        n_eq = n_changes + (1 if product else 0)
        if pos == "middle" and n_eq < 3:
            continue
        if pos == "last" and n_eq < 2:
            continue
        plan = plan_numbers(rng, n_changes, product)
        if plan is None:
            continue
        start, changes, chain = plan
        if max(chain) > 9999 or min(chain) < 0:
            continue
        err_k = -1
        if pos == "first":
            err_k = 0
        elif pos == "last":
            err_k = n_eq - 1
        elif pos == "middle":
            err_k = rng.randint(1, n_eq - 2)
        # story set-up
        owner = make_owner(rng)
        partners = make_partners(rng, owner, rng.choice([1, 2, 2, 3]))
        if not partners:
            continue
        item = rng.choice(ITEMS)
        if product and " of " in item[1]:
            continue
        store = rng.choice(STORES[item[2]])
        present = rng.random() < 0.14
        if start[0] == "product":
            start_texts = (render_count(rng, start[1], 0.35),
                           render_count(rng, start[2], 0.3))
        else:
            start_texts = (render_count(rng, start[1], 0.2, 0.3),)
        text = None
        us = rng.random() < 0.5
        for deco in (True, True, False):
            st = Story(rng, owner, [dict(p) for p in partners], item, store, present)
            try:
                res = render_problem(rng, st, start, changes, start_texts, deco)
            except _Retry:
                break
            if len((americanise(res[0]) if us else res[0]).split()) <= 90:
                text = res
                break
        if text is None:
            continue
        problem, shown, tags, times, distract, order = text
        problem_numbers = sorted(set(
            ([start[1], start[2]] if product else [start[1]]) +
            [c["b"] for c in changes if c["op"] in "+-"] + distract))
        word_b = {}
        for i, ch in enumerate(changes):
            k = i + (1 if product else 0)
            if ch["op"] in "+-" and not shown[i].isdigit():
                word_b[k] = shown[i]
        res = inject(rng, start, changes, kind, err_k, problem_numbers, word_b,
                     order[1])
        if res is None:
            continue
        written, answer = res
        steps = render_steps(rng, st, start, changes, written, answer, tags,
                             times, kind, err_k)
        if us:
            problem = americanise(problem)
            steps = [americanise(s) for s in steps]
        n_steps = len(steps)
        label = -1 if kind == "none" else (n_steps - 1 if kind == "answer" else err_k)
        rec = {"id": f"genj-{seed}-{idx:05d}", "problem": problem, "steps": steps,
               "label": label, "final_answer_correct": answer == chain[-1],
               "error_kind": kind}
        meta = {"start": start, "changes": changes, "shown": shown,
                "start_texts": start_texts, "written": written, "answer": answer,
                "position": pos, "us": us, "distract": distract,
                "order": order, "present": present, "flash": order[0]}
        return rec, meta
    raise RuntimeError("could not build a record")


def generate_with_meta(seed, count):
    rng = random.Random(seed)
    return [_one(rng, seed, i) for i in range(count)]


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
