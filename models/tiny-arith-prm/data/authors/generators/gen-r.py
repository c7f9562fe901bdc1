#!/usr/bin/env python3
"""gen-r: tiny-arith PRM records in a "dictated voice note" register.

People talking into a phone while running a stall / farm / garage / bakery:
"ok so this morning i had 24 trays of seedlings ... how many have i got now?"
Solutions are dictated too: "right so 24 - 5 = 19", "19 + 12 = 31 yeah", "#### 31".

Standard library only.  generate(seed, count) -> list[dict].
generate_with_meta(seed, count) -> list[(record, meta)] (meta is used by check.py).
"""
import json
import os
import random

# ---------------------------------------------------------------------------
# vocabulary (typed by hand)
# ---------------------------------------------------------------------------

NAMES_F = """Aroha Mere Kiri Ngaio Tui Huia Awhina Marama Anahera Moana Siobhan Niamh Aoife Saoirse Roisin
Grainne Sinead Mairead Orla Clodagh Aisling Caoimhe Ciara Deirdre Nuala Eimear Brid Maeve Fidelma Kylie
Bronwyn Narelle Tegan Shelley Kerryn Leanne Jacinta Sharni Brooke Jodie Tahlia Chantelle Raelene Marlene
Kezia Marcia Shanice Tamika Keisha Yolande Hyacinth Claudette Sherlene Petal Lorna Beverley Joycelyn Merlene
Dionne Shauna Malia Losa Lupe Ofa Salote Mele Sina Ngaire Rewa Pania Hine Kahurangi Ruby Maisie Matilda
Imogen Harriet Mabel Pip Trudy Dot Glenys Noeline Raewyn Heather Colleen Bernadette Philomena Assumpta
Concepta Treasa Fionnuala Ebony Jessamy Antoinette Gloria Verona Sadie""".split()

NAMES_M = """Tama Nikau Hemi Wiremu Rangi Manaia Tane Rawiri Matiu Kauri Cormac Padraig Eoin Fionn Darragh
Declan Colm Brendan Tadhg Oisin Cathal Donal Fergal Ronan Seamus Diarmuid Enda Lorcan Niall Ruairi Shane
Darren Trent Brodie Jayden Lachlan Mitch Bazza Macca Robbo Davo Gazza Stevo Wayne Dean Craig Warren Kieran
Delroy Winston Devon Leroy Dwayne Marlon Everton Clive Desmond Errol Ainsley Garfield Neville Lennox Denzil
Wendell Rohan Sione Tevita Pita Sefo Viliami Semisi Manu Ioane Hamish Angus Fergus Callum Duncan Murray
Graeme Bruce Barry Kev Trev Merv Nev Stan Len Ossie Cuthbert Jarrah Koa Ezekiel Horace""".split()

FAMILIES = """the O'Briens|the Kellys|the Ngatas|the Tuilaepas|the Fitzgeralds|the Campbells|the Rileys|the Walshes
|the Thompsons|the Mahuikas|the Brathwaites|the Gonsalves|the Doyles|the McGraths|the Pereiras|the Faleolos
|the Henares|the Sheehans|the Lynches|the Carmichaels""".replace("\n", "").split("|")

# settings: items (plural nouns) and containers (singular, plural)
ITEMS = {
    "veg": "spuds, carrots, pumpkins, kumara, cabbages, cauliflowers, leeks, parsnips, beetroots, onions, "
           "capsicums, cucumbers, courgettes, tomatoes, lettuces, corn cobs, turnips, swedes, radishes, "
           "bunches of silverbeet",
    "fruit": "mangoes, feijoas, kiwifruit, passionfruit, pawpaws, avocados, lemons, limes, mandarins, plums, "
             "nectarines, apricots, apples, pears, guavas, breadfruit, soursops, pineapples, watermelons, "
             "coconuts, plantains",
    "bakery": "scones, lamingtons, meat pies, sausage rolls, pasties, loaves, soda breads, barmbracks, "
              "anzac biscuits, pavlovas, custard squares, cheese rolls, bread rolls, hot cross buns, sponge cakes, "
              "brownies, fairy cakes, fruit buns, coconut drops, rock cakes",
    "garage": "tyres, spark plugs, oil filters, wiper blades, brake pads, fan belts, headlight bulbs, car batteries, "
              "hubcaps, air filters, radiator caps, wheel nuts, fuses, jerry cans, mudflaps, seat covers, "
              "floor mats, tow straps, socket sets, tail lights",
    "farm": "eggs, lambs, calves, hay bales, bags of feed, fence posts, chooks, ducklings, piglets, goats, "
            "bales of straw, bottles of milk, rolls of wire, bags of fertiliser, heifers, weaners, gate latches, "
            "salt licks",
    "sea": "snapper, mussels, paua, crayfish, oysters, flounders, kingfish, mackerel, tins of sardines, "
           "bags of bait, flying fish, conch shells, prawns, scallops, crabs, mullet, kahawai",
    "craft": "candles, bars of soap, knitted beanies, tea towels, mugs, coasters, postcards, bookmarks, jigsaws, "
             "paperbacks, vinyl records, scarves, earrings, keyrings, wind chimes, tote bags, greeting cards, "
             "woolly socks, bird feeders, crocheted blankets, pot holders",
    "nursery": "seedlings, rose bushes, succulents, fern pots, flax plants, bags of compost, herb pots, "
               "tomato plants, lemon trees, cuttings, daffodil bulbs, punnets of strawberries, cabbage trees, "
               "hanging baskets",
    "canteen": "cans of lemonade, bottles of ginger beer, coconut waters, cups of tea, ice blocks, lollies, rotis, "
               "beef patties, fish cakes, hokey pokey cones, cream buns, sausages, burgers, toasties, "
               "packets of crisps, sausage sizzles, bags of popcorn, saltfish fritters, sorrel drinks",
    "hardware": "bags of cement, boxes of nails, hinges, padlocks, paint tins, paintbrushes, sheets of iron, "
                "rolls of tape, hammers, shovels, wheelbarrows, pairs of gumboots, buckets, extension leads, "
                "torches, hoses, tarpaulins, spirit levels",
    "club": "raffle tickets, chocolate bars, footballs, hurleys, sliotars, netballs, cricket balls, jerseys, "
            "water bottles, medals, trophies, training cones, bibs, programmes, club scarves, rugby balls",
    "home": "pegs, jars of jam, jars of chutney, bundles of kindling, logs, light bulbs, tea bags, clothes hangers, "
            "tins of beans, loo rolls, dish cloths, pot plants, glass jars",
}

ITEMS_BY_SETTING = {k: [w.strip() for w in v.split(",") if w.strip()] for k, v in ITEMS.items()}

CONTAINERS = {
    "veg": [("crate", "crates"), ("sack", "sacks"), ("box", "boxes"), ("row", "rows"), ("bin", "bins")],
    "fruit": [("crate", "crates"), ("box", "boxes"), ("tray", "trays"), ("basket", "baskets"), ("carton", "cartons")],
    "bakery": [("tray", "trays"), ("rack", "racks"), ("box", "boxes"), ("tin", "tins"), ("batch", "batches")],
    "garage": [("shelf", "shelves"), ("pallet", "pallets"), ("box", "boxes"), ("rack", "racks"), ("drawer", "drawers")],
    "farm": [("pen", "pens"), ("paddock", "paddocks"), ("trailer", "trailers"), ("row", "rows"), ("shed", "sheds")],
    "sea": [("chilly bin", "chilly bins"), ("esky", "eskies"), ("bucket", "buckets"), ("crate", "crates"),
            ("sack", "sacks")],
    "craft": [("box", "boxes"), ("basket", "baskets"), ("tub", "tubs"), ("bag", "bags"), ("shelf", "shelves")],
    "nursery": [("row", "rows"), ("tray", "trays"), ("bench", "benches"), ("trolley", "trolleys"),
                ("pallet", "pallets")],
    "canteen": [("carton", "cartons"), ("tray", "trays"), ("chiller", "chillers"), ("box", "boxes"),
                ("slab", "slabs")],
    "hardware": [("pallet", "pallets"), ("shelf", "shelves"), ("carton", "cartons"), ("rack", "racks"),
                 ("bay", "bays")],
    "club": [("box", "boxes"), ("bag", "bags"), ("bucket", "buckets"), ("kit bag", "kit bags"), ("tub", "tubs")],
    "home": [("box", "boxes"), ("drawer", "drawers"), ("basket", "baskets"), ("cupboard", "cupboards"),
             ("bag", "bags")],
}

PLACES = {
    "veg": ["at the stall", "on the trestle", "in the back of the ute", "at the market", "out the back"],
    "fruit": ["at the stall", "at the roadside stand", "on the table", "at the market", "in the boot"],
    "bakery": ["in the bakery", "on the counter", "in the cabinet", "at the fete", "on the racks out front"],
    "garage": ["in the workshop", "at the garage", "on the shelves", "in the storeroom", "out the back"],
    "farm": ["on the farm", "in the shed", "down the back paddock", "in the yards", "up at the barn"],
    "sea": ["in the chilly bin", "at the wharf", "on the boat", "at the fish stall", "in the chiller"],
    "craft": ["at the craft stall", "on the table", "at the fete", "in the spare room", "at the op shop"],
    "nursery": ["at the nursery", "in the glasshouse", "on the benches", "out front", "at the plant stall"],
    "canteen": ["at the canteen", "in the chiller", "at the tuck shop", "on the barbie", "at the dairy"],
    "hardware": ["in the store", "out in the yard", "at the hardware", "on the shelves", "in the back room"],
    "club": ["at the clubrooms", "in the kit shed", "at the fundraiser", "on the sideline", "at the club"],
    "home": ["in the house", "in the press", "in the laundry", "under the stairs", "in the hot press"],
}

# actors: "{poss}" is filled with the protagonist's possessive
ACTORS_SING = """{poss} neighbour|the neighbour's young fella|{poss} nan|the fella from the servo|a lady in a sunhat
|the young lad from down the road|{poss} tanty|the bloke next door|a tourist|the boss|your man from the co-op
|a regular|the postie|the parish priest|{poss} cuz|{poss} brother-in-law|a backpacker|the school principal
|the lady from the bakery|a fella in a ute|{poss} uncle|{poss} aunty|the farmer up the road|the mechanic
|the coffee cart guy|some random|{poss} sister|{poss} old man|the supplier|a customer|the vet
|the lady who runs the dairy|the rep from the wholesaler|{poss} mate from footy|the bus driver""".replace(
    "\n", "").split("|")
ACTORS_PLUR = """the kids next door|some tourists|the lads|the church ladies|the grandkids|the rugby boys
|the cousins|the neighbours|a bunch of schoolkids|the girls from netball""".replace("\n", "").split("|")

PEOPLE = [("kid", "kids"), ("mate", "mates"), ("cousin", "cousins"), ("neighbour", "neighbours"),
          ("helper", "helpers"), ("family", "families"), ("volunteer", "volunteers"),
          ("grandkid", "grandkids"), ("stallholder", "stallholders"), ("team", "teams")]

# ---------------------------------------------------------------------------
# verb phrases.  First token: base/past/pp/ing (missing forms derived).  Placeholders:
#   {q} quantity phrase, {N} bare number, {obj} protagonist object pronoun, {poss} possessive,
#   {them} reference to the stock, {rel} another person, <base/past/pp> secondary verb.
# ---------------------------------------------------------------------------

ADD_SELF = """buy/bought/bought {q}
pick/picked up {q} from the wholesaler
pick/picked {q} off the trees @fruit
grab/grabbed/grabbed/grabbing {q} off the truck
get/got/got/getting {q} from {rel}
collect/collected {q} off the back step
find/found/found {q} under the bench
dig/dug/dug/digging up {q} @veg,nursery
bake/baked {q} @bakery
make/made/made {q} @bakery,canteen,craft,home
knock/knocked up {q} @bakery,canteen,craft
win/won/won/winning {q} in the raffle
bring/brought/brought in {q}
take/took/taken/taking delivery of {q}
order/ordered in {q}
score/scored {q} at the clearing sale
haul/hauled in {q}
rescue/rescued {q} from the back of the shed
put/put/put/putting out {q}
gather/gathered {q} @farm,veg,fruit,sea,home,nursery
net/netted/netted/netting {q} @sea
catch/caught/caught {q} @sea
nab/nabbed/nabbed/nabbing {q} cheap at the auction
restock/restocked with {q}
unload/unloaded {q} off the ute
pull/pulled {q} out of the chiller
fetch/fetched {q} from the storeroom
chuck/chucked {q} on the pile
dig/dug/dug/digging out {q} from under the counter
rustle/rustled up {q} @bakery,canteen,craft,home
come/came/come/coming home with {q}
trade/traded {poss} old ladder for {q}""".split("\n")

ADD_OTHER = """give/gave/given {obj} {q}
drop/dropped/dropped/dropping off {q}
bring/brought/brought {obj} {q}
send/sent/sent over {q}
hand/handed {obj} {q}
chuck/chucked {obj} {q}
donate/donated {q}
leave/left/left {q} at the door
sling/slung/slung {obj} {q}
pass/passed on {q}
lend/lent/lent {obj} {q}
deliver/delivered {q}
return/returned {q}
shout/shouted {obj} {q}
turn/turned up with {q}""".split("\n")

ADD_THING = """turn/turned up in the post
come/came/come/coming in on the truck
hatch/hatched overnight @farm
get/got/got/getting dropped off
show/showed/shown up out of nowhere
arrive/arrived
roll/rolled in from the supplier
come/came/come/coming back from the other stall""".split("\n")

SUB_SELF = """sell/sold/sold {q}
flog/flogged/flogged/flogging {q}
give/gave/given away {q}
lose/lost/lost {q}
eat/ate/eaten {q} @veg,fruit,bakery,sea,canteen
use/used {q}
drop/dropped/dropped/dropping {q}
donate/donated {q} to the church fete
break/broke/broken {q} @craft,home,hardware,garage
chuck/chucked out {q}
throw/threw/thrown out {q}
bin/binned/binned/binning {q}
hand/handed out {q}
send/sent/sent {q} to {rel}
post/posted off {q}
knock/knocked over {q}
trade/traded away {q}
lend/lent/lent {q} to the neighbours
ship/shipped/shipped/shipping out {q}
squash/squashed {q} @veg,fruit,bakery
write/wrote/written/writing off {q}
pack/packed up {q} for an order
part/parted with {q}
offload/offloaded {q}
shift/shifted {q}
get/got/got/getting rid of {q}
scoff/scoffed {q} @fruit,bakery,canteen
return/returned {q} to the supplier
pass/passed on {q} to {rel}
drop/dropped/dropped/dropping {q} round to {rel}
hand/handed over {q} to {rel}
set/set/set/setting aside {q} for {rel}""".split("\n")

SUB_OTHER = """take/took/taken {q}
buy/bought/bought {q} off {obj}
nick/nicked {q}
pinch/pinched {q}
borrow/borrowed {q}
run/ran/run/running off with {q}
nab/nabbed/nabbed/nabbing {q}
snaffle/snaffled {q}
order/ordered {q}
grab/grabbed/grabbed/grabbing {q}
eat/ate/eaten {q} @veg,fruit,bakery,sea,canteen
knock/knocked off {q}
cart/carted off {q}""".split("\n")

SUB_THING = """
go/went/gone off @veg,fruit,bakery,sea,canteen
get/got/got/getting squashed @veg,fruit,bakery,canteen
fall/fell/fallen off the table @veg,fruit,bakery,craft,home,canteen,club,nursery
blow/blew/blown away @craft,club,nursery,home,canteen
go/went/gone missing
crack/cracked in the heat @craft,home,hardware,garage
get/got/got/getting pinched
rot/rotted/rotted/rotting @veg,fruit
break/broke/broken @craft,home,hardware,garage
get/got/got/getting knocked off the bench""".split("\n")

# multiply: (phrase, fixed factor or None)
MUL_SELF = [("double/doubled {them}", 2), ("triple/tripled {them}", 3),
            ("multiply/multiplied {them} by {N}", None), ("make/made/made it {N} times bigger", None),
            ("end/ended up with {N} times as many", None), ("grow/grew/grown the pile to {N} times the size", None),
            ("turn/turned each of them into {N}", None),
            ("split/split/split/splitting each of them into {N} smaller ones", None),
            ("swap/swapped/swapped/swapping each of them for {N} new ones", None),
            ("get/got/got/getting {N} times as many", None), ("manage/managed {N} times that", None),
            ("build/built/built the stock up to {N} times what it was", None),
            ("double/doubled up on {them}", 2), ("triple/tripled the lot", 3),
            ("go/went/gone and <double/doubled> {them}", 2), ("end/ended up with twice as many", 2),
            ("have/had/had/having twice as many by then", 2), ("make/made/made it twice the size", 2),
            ("bump/bumped {them} up to {N} times what they were", None)]
MUL_OTHER = [("double/doubled {poss} stock", 2), ("triple/tripled {poss} lot", 3),
             ("make/made/made it {N} times as many", None), ("swap/swapped/swapped/swapping each of them for {N}", None),
             ("multiply/multiplied {poss} pile by {N}", None), ("bump/bumped it up to {N} times the number", None),
             ("turn/turned each of {poss} {item} into {N}", None)]
MUL_THING = [("double/doubled", 2), ("triple/tripled", 3), ("grow/grew/grown to twice the size", 2), ("go/went/gone up to {N} times what it was", None),
             ("get/got/got/getting {N} times bigger", None), ("grow/grew/grown to {N} times the size", None),
             ("end/ended/ended up {N} times as big", None)]
MUL_THING_SUBJ = ["the pile", "the stock", "the count", "the whole lot", "the number", "the lot"]

# divide: (phrase, fixed divisor or None); the stock left is one share
DIV_SELF = [("halve/halved {them}", 2), ("give/gave/given half of them to {rel}", 2),
            ("sell/sold/sold half of them", 2), ("keep/kept/kept just a third of them", 3),
            ("give/gave/given away all but a third", 3), ("hang/hung/hung on to half and <sell/sold/sold> the rest", 2),
            ("share/shared {them} equally among {N} {people} and <keep/kept/kept> a share", None),
            ("split/split/split/splitting {them} {N} ways and <keep/kept/kept> {poss} share", None),
            ("divide/divided {them} evenly into {N} piles and <keep/kept/kept> a pile", None),
            ("share/shared {them} out evenly between {N} of us and <keep/kept/kept> {poss} cut", None),
            ("bag/bagged/bagged/bagging {them} into {N} even bags and <keep/kept/kept> a bag", None),
            ("sort/sorted {them} into {N} equal heaps and <hang/hung/hung> on to a heap", None),
            ("divvy/divvied {them} up {N} ways and <hold/held/held> on to a share", None),
            ("split/split/split/splitting the lot evenly with {N} {people}, <keep/kept/kept> a share", None)]
DIV_OTHER = [("take/took/taken half", 2), ("cart/carted off half of them", 2), ("take/took/taken all but a third", 3),
             ("make/made/made {obj} split them {N} ways and keep a share", None),
             ("divide/divided {poss} {item} evenly into {N} lots and left {obj} a share", None)]
DIV_THING = [("half of them went off", 2), ("half of them got sold", 2), ("only a third of them survived the frost", 3),
             ("half of them got pinched", 2)]
# division with a per-share question (only as the last change)
DIV_SHARE = [("share/shared {them} equally among {N} {people}", "people"),
             ("split/split/split/splitting {them} evenly between {N} {people}", "people"),
             ("divvy/divvied {them} up between {N} {people}", "people"),
             ("pack/packed {them} evenly into {N} {containers}", "cont"),
             ("divide/divided {them} up equally into {N} {containers}", "cont"),
             ("sort/sorted {them} evenly into {N} {containers}", "cont")]

def _tag(lst):
    out = []
    for e in lst:
        e = e.strip()
        if not e:
            continue
        if " @" in e:
            t, _, s = e.partition(" @")
            out.append((t, set(s.split(","))))
        else:
            out.append((e, None))
    return out


ADD_SELF, ADD_OTHER, ADD_THING = _tag(ADD_SELF), _tag(ADD_OTHER), _tag(ADD_THING)
SUB_SELF, SUB_OTHER, SUB_THING = _tag(SUB_SELF), _tag(SUB_OTHER), _tag(SUB_THING)
DIV_THING_SETS = {"half of them went off": {"veg", "fruit", "bakery", "sea", "canteen"},
                  "only a third of them survived the frost": {"veg", "fruit", "nursery", "farm"}}


def _pick(rng, lst, setting):
    return rng.choice([t for t, s in lst if s is None or setting in s])


# single-word verbs for wording self-corrections ("sold, uh, i mean gave away 5")
CORR_ADD = ["get/got/got", "buy/bought/bought", "pick/picked", "grab/grabbed/grabbed"]
CORR_SUB = ["sell/sold/sold", "give/gave/given", "lose/lost/lost", "flog/flogged/flogged", "use/used"]

NUMWORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
            10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
            17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty",
            60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}

DISTRACTORS = """bloody freezing out this morning
the ute's making that rattle again
it was lashing rain the whole time
market was dead quiet to be honest
the dog's been at the bins again
mum rang but nothing important
had a yarn with the fella from the coffee cart
the eftpos machine was playing up
it was an absolute scorcher
traffic on the bridge was a nightmare
grand day for it though
your man from the council was sniffing around again
we went for a lime after packing up
the generator cut out for a bit
forgot my hat and got burnt
the magpies were swooping again
there's a southerly coming through
heaps of people about
the kettle in the shed is cactus
need to get the rego sorted
the radio was blaring reggae all day
tanty was giving out about the prices
the craic was mighty
don't forget to ring the accountant
the power went off for a while
the ferry was late again
got a flat on the way in
the chooks were all out on the road
it was blowing a gale
smoko was late today
someone left the gate open again
the kids were off school
pub quiz is tonight remind me
the steel band was practising next door
mozzies were eating me alive
the hose has a leak need a new fitting
i'm knackered
sweet as anyway
right where was i
hang on the dog's barking
sorry that was the kettle
the sun finally came out
everyone was asking about the weather
the tarp nearly blew off
couldn't find the float tin for ages
the coffee was rubbish today
there was a queue right down the road""".split("\n")

OPENERS = ["ok so", "right so", "so", "um so", "yeah so", "ok", "alright", "hey it's me", "note to self",
           "quick note", "right", "morning", "so listen", "ok recording", "this is for the books", "hiya",
           "ok uh", "righto", "g'day", "so yeah", "ah so", "just so i don't forget", "howya", "so basically"]

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def _past(b):
    if b.endswith("e"):
        return b + "d"
    if b.endswith("y") and b[-2] not in "aeiou":
        return b[:-1] + "ied"
    return b + "ed"


def _ing(b):
    if b.endswith("ie"):
        return b[:-2] + "ying"
    if b.endswith("e") and not b.endswith("ee"):
        return b[:-1] + "ing"
    return b + "ing"


def _s3(b):
    irregular = {"have": "has", "do": "does", "go": "goes"}
    if b in irregular:
        return irregular[b]
    if b.endswith(("s", "sh", "ch", "x", "z")):
        return b + "es"
    if b.endswith("y") and b[-2] not in "aeiou":
        return b[:-1] + "ies"
    return b + "s"


def vforms(tok):
    p = tok.split("/")
    base = p[0]
    past = p[1] if len(p) > 1 else _past(base)
    pp = p[2] if len(p) > 2 else past
    ing = p[3] if len(p) > 3 else _ing(base)
    return {"base": base, "past": past, "pp": pp, "ing": ing, "s3": _s3(base)}


class Subj:
    """who does something: text, person (1/3), plural, pronouns"""

    def __init__(self, text, person, plural, obj, poss, pron=None):
        self.text, self.person, self.plural = text, person, plural
        self.obj, self.poss = obj, poss
        self.pron = pron or text  # pronoun used after first mention

    @property
    def third_sing(self):
        return self.person == 3 and not self.plural


def has_aux(s, text):
    """present perfect auxiliary joined to subject text"""
    if text == "i":
        return "i've"
    if text in ("we", "they", "you"):
        return text + "'ve"
    if s.plural:
        return text + " have"
    if text in ("she", "he"):
        return text + "'s"
    return text + "'s" if " " not in text else text + " has"


def will_aux(s, text, rng):
    if rng.random() < 0.3:
        if text == "i":
            return "i'm gonna"
        if text in ("we", "they", "you"):
            return text + "'re gonna"
        if s.plural:
            return text + " are gonna"
        return text + "'s gonna"
    if " " in text:
        return text + " will"
    return text + "'ll"


def realize(entry, tense, subj, subj_text, rng, fill, with_subject=True):
    """conjugate a verb phrase entry for tense/subject; returns clause string"""
    tok, _, rest = entry.partition(" ")
    f = vforms(tok)
    if tense == "past":
        v = f["past"]
        head = (subj_text + " " + v) if with_subject else v
    elif tense == "present":
        v = f["s3"] if subj.third_sing else f["base"]
        head = (subj_text + " " + v) if with_subject else v
    elif tense == "perfect":
        head = (has_aux(subj, subj_text) + " " + f["pp"]) if with_subject else f["pp"]
    else:  # future
        head = (will_aux(subj, subj_text, rng) + " " + f["base"]) if with_subject else f["base"]
    rest = _secondary(rest, tense, subj)
    s = (head + " " + rest).strip()
    return fill(s)


def _secondary(rest, tense, subj):
    while "<" in rest:
        i = rest.index("<")
        j = rest.index(">", i)
        f = vforms(rest[i + 1:j])
        if tense == "past":
            v = f["past"]
        elif tense == "present":
            v = f["s3"] if subj.third_sing else f["base"]
        elif tense == "perfect":
            v = f["pp"]
        elif tense == "ing":
            v = f["ing"]
        else:
            v = f["base"]
        rest = rest[:i] + v + rest[j + 1:]
    return rest


def ing_form(entry, fill):
    tok, _, rest = entry.partition(" ")
    f = vforms(tok)
    rest = _secondary(rest, "ing", None)
    return fill((f["ing"] + " " + rest).strip())


def numtxt(n, rng, p_word=0.15):
    if n in NUMWORDS and rng.random() < p_word:
        return NUMWORDS[n]
    return str(n)


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


# ---------------------------------------------------------------------------
# number chain
# ---------------------------------------------------------------------------


def make_chain(rng):
    """returns dict with start info and changes [(op, n)] and true values"""
    n_changes = rng.choices([1, 2, 3, 4, 5], weights=[14, 22, 24, 22, 18])[0]
    product = rng.random() < 0.3
    if product:
        while True:
            f1 = rng.choice([rng.randint(2, 12), rng.randint(2, 25), rng.randint(3, 40)])
            f2 = rng.choice([rng.randint(2, 12), rng.randint(5, 30), rng.randint(6, 48), 12, 24])
            if f1 * f2 <= 2400 and f1 != f2:
                break
        start = f1 * f2
        factors = [f1, f2]
    else:
        r = rng.random()
        if r < 0.35:
            start = rng.randint(5, 60)
        elif r < 0.75:
            start = rng.randint(20, 300)
        elif r < 0.97:
            start = rng.randint(100, 999)
        else:
            start = 1000
        factors = None
    changes = []
    v = start
    vals = [v]
    for i in range(n_changes):
        for _ in range(20):
            op = rng.choices(["+", "-", "*", "/"], weights=[30, 33, 16, 21])[0]
            if op == "+":
                hi = max(4, min(999, v // 2 + 15, 9999 - v))
                if 9999 - v < 1:
                    continue
                n = rng.randint(1, min(hi, 9999 - v))
            elif op == "-":
                if v < 2:
                    continue
                hi = v - 1 if rng.random() < 0.3 else max(1, v * 2 // 3)
                n = rng.randint(1, min(999, hi))
            elif op == "*":
                if v * 2 > 9999 or v > 1200:
                    continue
                hi = min(9, 9999 // v, max(2, 3000 // v))
                n = rng.choice([2, 2, 3, 3, 4, 5] + list(range(2, hi + 1)))
                if n > hi:
                    continue
            else:
                ds = [d for d in range(2, 13) if v % d == 0 and v // d >= 1]
                if not ds:
                    # try to nudge the previous amount so a division works
                    d = rng.choice([2, 2, 3, 4, 5, 6])
                    r = v % d
                    if changes and changes[-1][0] in "+-":
                        pop, pn = changes[-1]
                        nn = pn - r if pop == "+" else pn + r
                        pv = vals[-2]
                        if 1 <= nn <= 999 and (pop == "+" or pv - nn >= 1):
                            changes[-1] = (pop, nn)
                            v = apply_op(pv, pop, nn)
                            vals[-1] = v
                            ds = [d]
                    elif not changes and not product and start - r >= 2:
                        start -= r
                        v = start
                        vals = [v]
                        ds = [d]
                    if not ds:
                        continue
                small = [d for d in ds if d <= 6]
                n = rng.choice(small if small and rng.random() < 0.75 else ds)
            nv = apply_op(v, op, n)
            if nv is None or nv < 1 or nv > 9999:
                continue
            changes.append((op, n))
            v = nv
            vals.append(v)
            break
        else:
            return None
    return {"start": start, "factors": factors, "changes": changes, "values": vals}


# ---------------------------------------------------------------------------
# error injection
# ---------------------------------------------------------------------------


def _digits_swap(x, rng):
    s = str(x)
    if len(s) < 2:
        return None
    idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
    if not idx:
        return None
    i = rng.choice(idx)
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if t[0] == "0":
        return None
    return int(t)


def _digit_nudge(x, rng):
    s = list(str(x))
    i = rng.randrange(len(s))
    d = int(s[i]) + rng.choice([-1, 1])
    if d < 0 or d > 9 or (i == 0 and d == 0 and len(s) > 1):
        return None
    s[i] = str(d)
    return int("".join(s))


def _no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str((da + db) % 10))
    return int("".join(out[::-1]))


def _no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(da - db)))
    return int("".join(out[::-1]))


def arith_slip(a, op, b, c, rng):
    kinds = ["pm1", "pm10", "swap", "nudge"]
    if op == "+":
        kinds += ["carry", "carry"]
    if op == "-":
        kinds += ["borrow", "borrow"]
    if op == "*":
        kinds += ["row", "row", "row"]
    rng.shuffle(kinds)
    for k in kinds:
        if k == "pm1":
            w = c + rng.choice([-1, 1])
        elif k == "pm10":
            w = c + rng.choice([-10, 10]) if c >= 15 else None
        elif k == "swap":
            w = _digits_swap(c, rng)
        elif k == "nudge":
            w = _digit_nudge(c, rng) if c >= 10 else None
        elif k == "carry":
            w = _no_carry_add(a, b)
        elif k == "borrow":
            w = _no_borrow_sub(a, b)
        else:
            w = c + rng.choice([a, -a, b, -b]) if b <= 12 or a <= 12 else c + rng.choice([-b, b])
        if w is not None and w != c and 1 <= w <= 9999:
            yield w


def operand_slip(step_idx, a, op, b, eq_info, rng):
    """yield (a', b') pairs with exactly one operand changed"""
    opts = []
    side_b = rng.random() < 0.6
    nums = eq_info["problem_numbers"]
    for which in (["b", "a"] if side_b else ["a", "b"]):
        if which == "b":
            cand = [x for x in nums if x != b]
            rng.shuffle(cand)
            more = [b + 1, b - 1, _digits_swap(b, rng)]
            if b >= 15:
                more += [b + 10, b - 10]
            rng.shuffle(more)
            pool = cand[:2] + more if rng.random() < 0.5 else more + cand[:2]
            for x in pool:
                if x is not None and x != b and x >= 1:
                    opts.append((a, x))
        else:
            pool = []
            if step_idx > 0 and eq_info["prev_prev"] is not None and eq_info["prev_prev"] != a:
                pool.append(eq_info["prev_prev"])  # skipped the previous change
            more = [_digits_swap(a, rng), a + 10 if a >= 15 else None, a - 10 if a >= 15 else None, a + 1, a - 1]
            if step_idx == 0:
                more += [x for x in nums[1:2]]
            rng.shuffle(more)
            pool += more
            for x in pool:
                if x is not None and x != a and x >= 1:
                    opts.append((x, b))
    for p in opts:
        yield p


def operation_slip(op, rng):
    alts = {"+": ["-", "-", "*"], "-": ["+", "+", "+", "/"], "*": ["+", "+", "/", "-"], "/": ["*", "-", "-", "+"]}
    o = alts[op][:]
    rng.shuffle(o)
    seen = []
    for x in o:
        if x not in seen:
            seen.append(x)
            yield x


# ---------------------------------------------------------------------------
# problem text
# ---------------------------------------------------------------------------


class Ctx:
    pass


def pick_protagonist(rng):
    r = rng.random()
    if r < 0.5:
        return Subj("i", 1, False, "me", "my"), None
    if r < 0.62:
        return Subj("we", 1, True, "us", "our"), None
    if r < 0.72:
        fam = rng.choice(FAMILIES)
        return Subj(fam, 3, True, "them", "their", pron="they"), fam
    if rng.random() < 0.5:
        n = rng.choice(NAMES_F)
        return Subj(n, 3, False, "her", "her", pron="she"), n
    n = rng.choice(NAMES_M)
    return Subj(n, 3, False, "him", "his", pron="he"), n


def build_problem(rng, chain, idx_seed):
    c = Ctx()
    c.rng = rng
    setting = rng.choice(list(ITEMS_BY_SETTING))
    item = rng.choice(ITEMS_BY_SETTING[setting])
    cont = rng.choice(CONTAINERS[setting])
    place = rng.choice(PLACES[setting])
    prot, name = pick_protagonist(rng)
    tense = rng.choices(["past", "present", "perfect", "future"], weights=[55, 15, 15, 15])[0]
    used_names = {name}

    def other_name():
        while True:
            n = rng.choice(NAMES_F + NAMES_M)
            if n not in used_names:
                used_names.add(n)
                return n

    def poss_for_actor():
        if prot.text == "i" and rng.random() < 0.25:
            return "me"
        return prot.poss

    def actor():
        r = rng.random()
        if r < 0.25:
            return Subj(other_name(), 3, False, "", "")
        if r < 0.85:
            t = rng.choice(ACTORS_SING).replace("{poss}", poss_for_actor())
            return Subj(t, 3, False, "", "")
        return Subj(rng.choice(ACTORS_PLUR), 3, True, "", "")

    def rel():
        r = rng.random()
        if r < 0.3:
            return other_name()
        return rng.choice(ACTORS_SING).replace("{poss}", poss_for_actor())

    def them():
        return rng.choice(["them", "them", "the lot", "the pile", prot.poss + " stock", "the " + item])

    def fill_factory(qtxt="", N="", people="", containers=""):
        def fill(s):
            return (s.replace("{q}", qtxt).replace("{N}", N).replace("{obj}", prot.obj)
                    .replace("{poss}", prot.poss).replace("{them}", them()).replace("{rel}", rel())
                    .replace("{people}", people).replace("{containers}", containers).replace("{item}", item))
        return fill

    mentions = [0]

    def subj_text():
        """protagonist reference: name first, pronoun later"""
        mentions[0] += 1
        if prot.person == 1:
            return prot.text
        if mentions[0] == 1 or rng.random() < 0.25:
            return prot.text
        return prot.pron

    # numbers in text order (for the checker)
    text_numbers = []

    # ---- opening sentence -------------------------------------------------
    sents = []
    opener = rng.choice(OPENERS) if rng.random() < 0.75 else ""
    if chain["factors"]:
        f1, f2 = chain["factors"]
        F1, F2 = numtxt(f1, rng, 0.12), numtxt(f2, rng, 0.12)
        cs, cp = cont
        cp_txt = cp
        if rng.random() < 0.08:
            alt = rng.choice([x for x in CONTAINERS[setting] if x != cont])
            cp_txt = alt[1] + ", no sorry, " + cp
        forms = [
            ("{F1} {cp} with {F2} {item} in each", "12"),
            ("{F1} {cp} of {F2} {item}", "12"),
            ("{F1} {cp}, {F2} {item} per {cs}", "12"),
            ("{F1} {cp} holding {F2} {item} each", "12"),
            ("{F2} {item} in each of {F1} {cp}", "21"),
            ("{F1} {cp} and each {cs} {hadv} {F2} {item} in it", "12"),
            ("{F1} {cp} with {F2} {item} a {cs}", "12"),
        ]
        fm, order = rng.choice(forms)
        hadv = {"past": "had", "future": "will have"}.get(tense, "has")
        qstart = (fm.replace("{F1}", F1).replace("{F2}", F2).replace("{cp}", cp_txt).replace("{hadv}", hadv)
                  .replace("{cs}", cs).replace("{item}", item))
        text_numbers += [f1, f2] if order == "12" else [f2, f1]
        start_has_item = True
        each_form = rng.random() < 0.15
        if each_form:
            qstart = None
            text_numbers[:] = [f1, f2]
    else:
        s0 = chain["start"]
        S = numtxt(s0, rng, 0.12)
        qstart = S + " " + item
        text_numbers.append(s0)
        each_form = False
    st = subj_text()
    t_past = rng.choice(["this morning", "first thing", "at opening", "yesterday", "on saturday",
                         "at the start of the day", "last market day", "on friday", "at the crack of dawn",
                         "at sparrow's fart", "early doors", "when " + (prot.pron if prot.person == 3 else prot.text)
                         + " set up"])
    t_fut = rng.choice(["tomorrow", "on saturday", "first thing tomorrow", "at the weekend", "next market day",
                        "in the morning"])
    if each_form:
        f1, f2 = chain["factors"]
        cs, cp = cont
        F1, F2 = numtxt(f1, rng, 0.12), numtxt(f2, rng, 0.12)
        if tense == "past":
            forms = [f"{t_past} {st} had {F1} {cp} of {item} and each {cs} held {F2}",
                     f"each of the {F1} {cp} {st} had {place} held {F2} {item}"]
        elif tense == "future":
            forms = [f"{t_fut} {will_aux(prot, st, rng)} have {F1} {cp} of {item} and each {cs} will hold {F2}",
                     f"{t_fut} {will_aux(prot, st, rng)} take {F1} {cp} to the market, each holding {F2} {item}"]
        else:
            forms = [f"{_have(prot, st)} {F1} {cp} of {item} {place} and each {cs} holds {F2}",
                     f"each of the {F1} {cp} {st} {'has' if prot.third_sing else 'have'} {place} holds {F2} {item}"]
        s = rng.choice(forms)
        if opener:
            s = opener + (", " if rng.random() < 0.5 else " ") + s
        sents.append(s)
    else:
        if tense == "past":
            forms = [f"{t_past} {st} had {qstart} {place}", f"{st} started {t_past} with {qstart}",
                     f"{t_past} there were {qstart} {place}", f"{st} set up with {qstart} {t_past}",
                     f"{st} had {qstart} to start with", f"{st} counted {qstart} {place} {t_past}",
                     f"{st} rocked up {t_past} with {qstart}", f"{st} kicked off the day with {qstart}"]
        elif tense in ("present", "perfect"):
            forms = [f"{_have(prot, st)} {qstart} {place}", f"right now there's {qstart} {place}",
                     f"{st} {'starts' if prot.third_sing else 'start'} the day with {qstart}",
                     f"{st} {'has' if prot.third_sing else 'have'} {qstart} {place} to start"]
            if prot.text == "i":
                forms.append(f"got {qstart} {place} to start")
        else:
            forms = [f"{t_fut} {will_aux(prot, st, rng)} have {qstart} {place}",
                     f"{st} {'is' if prot.third_sing else ('am' if st == 'i' else 'are')} gonna start {t_fut} with {qstart}",
                     f"{t_fut} {will_aux(prot, st, rng)} be taking {qstart} to the market"]
            forms[1] = forms[1].replace("i am gonna", "i'm gonna")
        if prot.person == 3:
            forms = [f for f in forms if st in f]
        s = rng.choice(forms)
        if opener:
            s = opener + (", " if rng.random() < 0.5 else " ") + s
        sents.append(s)

    # ---- changes -----------------------------------------------------------
    changes = chain["changes"]
    nchg = len(changes)
    per_share = None
    clauses = []  # list of (clause_text, can_gerund:(ing_text) or None, connector ok)
    early = ["first up", "straight away", "early on", "right off the bat", "first off", "then", "then uh",
             "not long after"]
    mid = ["then", "then uh", "after that", "later on", "a bit later", "round lunchtime", "in the arvo",
           "before smoko", "after smoko", "next thing", "not long after", "then um", "and then", "after a while"]
    late = ["then", "and then", "just before close", "at the end of the day", "right at the end",
            "on the way home", "later on", "by knock-off time", "last thing"]
    for k, (op, n) in enumerate(changes):
        last = k == nchg - 1
        fixed_ok = True
        entry_kind = None
        qtxt = ""
        Ntxt = numtxt(n, rng, 0.25)
        if op in "+-":
            if n == 12 and rng.random() < 0.3:
                base_q = "a dozen"
            else:
                base_q = numtxt(n, rng, 0.15)
            if op == "+":
                qforms = [base_q + " more", "another " + base_q if base_q != "a dozen" else "a dozen more",
                          base_q + " extra", base_q + " " + item if n != 1 else base_q + " more", base_q,
                          base_q + " more " + item if n != 1 else base_q + " more"]
            else:
                qforms = [base_q + " of them", base_q, base_q + " " + item if n != 1 else base_q + " of them",
                          base_q + " of the " + item]
            qtxt = rng.choice(qforms)
            fam = {"+": (ADD_SELF, ADD_OTHER, ADD_THING), "-": (SUB_SELF, SUB_OTHER, SUB_THING)}[op]
            r = rng.random()
            if r < 0.58:
                cls = "self"
                entry = _pick(rng, fam[0], setting)
            elif r < 0.85:
                cls = "other"
                entry = _pick(rng, fam[1], setting)
            else:
                cls = "thing"
                entry = _pick(rng, fam[2], setting)
        elif op == "*":
            cands = []
            r = rng.random()
            cls = "self" if r < 0.6 else ("other" if r < 0.82 else "thing")
            pool = {"self": MUL_SELF, "other": MUL_OTHER, "thing": MUL_THING}[cls]
            cands = [e for e in pool if e[1] is None or e[1] == n]
            fixed = [e for e in cands if e[1] == n]
            if fixed and rng.random() < 0.6:
                entry = rng.choice(fixed)[0]
            else:
                entry = rng.choice([e for e in cands if e[1] is None])[0]
        else:
            r = rng.random()
            if last and rng.random() < 0.3:
                cls = "share"
                entry, entry_kind = rng.choice(DIV_SHARE)
            else:
                cls = "self" if r < 0.68 else ("other" if r < 0.86 else "thing")
                pool = {"self": DIV_SELF, "other": DIV_OTHER, "thing": DIV_THING}[cls]
                cands = [e for e in pool if (e[1] is None or e[1] == n)
                         and setting in DIV_THING_SETS.get(e[0], {setting})]
                fixed = [e for e in cands if e[1] == n]
                free = [e for e in cands if e[1] is None]
                if fixed and (rng.random() < 0.65 or not free):
                    entry = rng.choice(fixed)[0]
                elif free:
                    entry = rng.choice(free)[0]
                else:
                    cls = "self"
                    entry = rng.choice([e for e in DIV_SELF if e[1] is None])[0]
        people = rng.choice(PEOPLE)
        fill = fill_factory(qtxt, Ntxt, people[1], cont[1])
        if cls == "share":
            per_share = (entry_kind, people, cont)
        # build the clause
        gerund = None
        if cls in ("self", "share"):
            if rng.random() < 0.1 and op in "+-" and tense == "past":
                wv = entry.split()[0].split("/")
                wv = vforms(entry.split()[0])["past"]
                for _ in range(5):
                    wrong = vforms(rng.choice(CORR_ADD if op == "+" else CORR_SUB))["past"]
                    if wrong != wv:
                        break
                wv = wrong
                st = subj_text()
                clause = f"{st} {wv}, uh, i mean " + realize(entry, tense, prot, st, rng, fill, with_subject=False)
            else:
                st = subj_text()
                clause = realize(entry, tense, prot, st, rng, fill)
                gerund = ing_form(entry, fill)
                bare = realize(entry, tense, prot, st, rng, fill, with_subject=False)
        elif cls == "other":
            a = actor()
            at = a.text
            if rng.random() < 0.1 and tense == "past":
                a2 = actor()
                if a2.plural == a.plural and a2.text != a.text:
                    at = f"{a.text}, no wait, {a2.text},"
            if rng.random() < 0.3 and tense == "past" and "{obj}" not in entry:
                came = rng.choice(["came by and", "came round and", "popped in and", "rocked up and", "swung by and"])
                clause = at + " " + came + " " + realize(entry, tense, a, at, rng, fill, with_subject=False)
            else:
                clause = realize(entry, tense, a, at, rng, fill)
        else:  # thing subject
            if op in "+-":
                base_q = qtxt
                if op == "+":
                    qs = numtxt(n, rng, 0.15)
                    subj_t = rng.choice([qs + " more", qs + " more " + item]) if n != 1 else qs + " more"
                    if n == 12 and rng.random() < 0.3:
                        subj_t = "a dozen more"
                else:
                    qs = numtxt(n, rng, 0.15)
                    subj_t = qs + " of them" if rng.random() < 0.6 or n == 1 else qs + " of the " + item
                    if n == 12 and rng.random() < 0.3:
                        subj_t = "a dozen of them"
                ts = Subj(subj_t, 3, n != 1, "", "")
                clause = realize(entry, tense, ts, subj_t, rng, fill)
            elif op == "*":
                subj_t = rng.choice(MUL_THING_SUBJ)
                ts = Subj(subj_t, 3, False, "", "")
                clause = realize(entry, tense, ts, subj_t, rng, fill)
            else:
                clause = entry  # fixed past-tense sentence
                if tense == "future":
                    clause = clause.replace("went off", "will go off").replace("got sold", "will get sold") \
                        .replace("survived", "will survive").replace("got pinched", "will get pinched")
                elif tense in ("present", "perfect"):
                    clause = clause.replace("went off", "have gone off").replace("got sold", "have been sold") \
                        .replace("survived", "have survived").replace("got pinched", "have been pinched")
        if gerund is None:
            bare = None
        clauses.append({"text": clause, "ing": gerund, "bare": bare, "cls": cls})
        text_numbers.append(n)

    # group clauses into sentences
    k = 0
    body = []
    while k < nchg:
        size = rng.choices([1, 2, 3], weights=[55, 35, 10])[0]
        size = min(size, nchg - k)
        grp = clauses[k:k + size]
        if k == 0:
            conn = rng.choice(early)
        elif k + size == nchg:
            conn = rng.choice(late)
        else:
            conn = rng.choice(mid)
        if rng.random() < 0.2:
            conn = ""
        if size == 2 and grp[0]["ing"] and rng.random() < 0.3:
            s = f"after {grp[0]['ing']}, {grp[1]['text']}"
        elif size == 2 and grp[1]["bare"] and grp[0]["cls"] in ("self", "share") and rng.random() < 0.25:
            s = (conn + " " if conn else "") + grp[0]["text"] + " " + rng.choice(
                ["and then", "then", "and", "and after that"]) + " " + grp[1]["bare"]
        elif size == 2 and grp[1]["ing"] and rng.random() < 0.2 and grp[0]["cls"] == "self":
            s = (conn + " " if conn else "") + grp[0]["text"] + " before " + grp[1]["ing"]
        else:
            parts = [grp[0]["text"]]
            for g in grp[1:]:
                parts.append(rng.choice([", then ", " and then ", " and ", ", and after that ", ", then uh "]) + g["text"])
            s = (conn + " " if conn else "") + "".join(parts)
        if rng.random() < 0.12:
            s = rng.choice(["uh ", "um ", "so ", "and ", "oh and "]) + s
        body.append(s)
        k += size
    # distractors
    nd = rng.choices([0, 1, 2], weights=[45, 40, 15])[0]
    for _ in range(nd):
        pos = rng.randint(0, len(body))
        body.insert(pos, rng.choice(DISTRACTORS))
    sents += body

    # ---- question ---------------------------------------------------------
    qs = prot.pron if prot.person == 3 and rng.random() < 0.7 else prot.text
    it = item if rng.random() < 0.5 else ""
    it_ = (" " + it) if it else ""
    if per_share:
        kind, people, cnt = per_share
        if kind == "people":
            qf = [f"how many did each {people[0]} get", f"how many does each {people[0]} end up with",
                  f"so how many{it_} per {people[0]}", f"how many's that each", f"what does each {people[0]} get"]
            if tense == "future":
                qf = [f"how many will each {people[0]} get", f"how many{it_} per {people[0]}",
                      f"what's each {people[0]} gonna get"]
        else:
            qf = [f"how many{it_} in each {cnt[0]}", f"how many go in each {cnt[0]}",
                  f"so how many{it_} per {cnt[0]}", f"what's in each {cnt[0]} then"]
            if tense == "past":
                qf[1] = f"how many went in each {cnt[0]}"
    elif tense == "future":
        qf = [f"how many{it_} will {qs} have left", f"how many'll {qs} be left with", f"what'll that leave "
              f"{prot.obj} with", f"so how many{it_} will {qs} end up with", f"how many{it_} will there be by close",
              f"work out how many {qs}'ll have for me", f"how many is that gonna be"]
    else:
        hq = _have_q(prot, qs)
        dq = _did_q(qs)
        qf = [f"how many{it_} {hq} got now", f"how many{it_} {dq} end up with", f"so how many's that left",
              f"what's the count now", f"how many{it_} left then", f"how many's that leave {prot.obj} with",
              f"how many{it_} is that now", f"can you tally up how many{it_} {_have_now(prot, qs)}",
              f"how many{it_} are there now", f"where does that leave {prot.obj}", f"what {hq} got left",
              f"how many{it_} {dq} finish the day with", f"total at the end", f"how many{it_} now",
              f"remind me how many that leaves", f"tell me how many{it_} {_have_now(prot, qs)}"]
        if tense == "past":
            qf += [f"how many{it_} {dq} have at the end", f"how many{it_} were left"]
    q = rng.choice(qf)
    if rng.random() < 0.15:
        q = rng.choice(["so ", "anyway ", "ok so ", "right, ", "yeah so "]) + q
    sents.append(q)
    return {"sents": sents, "item": item, "prot": prot, "tense": tense, "per_share": per_share,
            "text_numbers": text_numbers, "cont": cont}


def _have(prot, st):
    if st == "i":
        return "i've got"
    if st in ("we", "they"):
        return st + "'ve got"
    if prot.plural:
        return st + " have got"
    return st + "'s got"


def _have_q(prot, qs):
    if qs == "i":
        return "have i"
    if qs in ("we", "they") or prot.plural:
        return "have " + qs
    return "has " + qs


def _did_q(qs):
    return "did " + qs


def _have_now(prot, qs):
    if qs == "i":
        return "i've got"
    if qs in ("we", "they") or prot.plural:
        return qs + " have"
    return qs + " has"


def style_problem(sents, rng):
    cap = rng.random() < 0.35
    out = []
    for i, s in enumerate(sents):
        s = s.strip()
        s = " ".join(s.split())
        last = i == len(sents) - 1
        if last:
            end = "?" if rng.random() < 0.8 else ""
        else:
            end = rng.choice([".", ".", ".", ",", "", " ...", "."])
        if cap:
            s = s[0].upper() + s[1:]
            s = s.replace(" i ", " I ").replace(" i'", " I'")
            if s.startswith("i ") or s.startswith("i'"):
                s = "I" + s[1:]
        out.append(s + end)
    text = " ".join(out)
    if rng.random() < 0.3:
        for a, b in (("i've", "ive"), ("that's", "thats"), ("don't", "dont"), ("i'm", "im"), ("what's", "whats"),
                     ("I've", "Ive"), ("I'm", "Im")):
            text = text.replace(a, b)
    if cap and rng.random() < 0.5:
        text = text.replace(", uh, ", ", ").replace(" uh ", " ").replace(" um ", " ")
    return text


# ---------------------------------------------------------------------------
# steps
# ---------------------------------------------------------------------------

PRE_NEUTRAL = ["", "", "", "right so ", "ok so ", "so ", "then ", "and then ", "uh ", "ok ", "yeah so ", "next ",
               "after that ", "right, ", "now ", "so then ", "and ", "um ", "ok then ", "alright ", "righto "]
PRE_OP = {
    "+": ["add the new ones, ", "plus the extra, ", "add em on ", "on top of that ", "put em on top, ",
          "then the extras so ", "adding those in ", "and they came in so ", "chuck those on, "],
    "-": ["take off the ones that went, ", "minus the ones gone ", "take away ", "less the ones gone, ",
          "knock those off ", "take those off, ", "then they're gone so ", "subtract those, "],
    "*": ["times it, ", "multiply up ", "then it goes up so ", "times that ", "multiply it out ",
          "scale it up, "],
    "/": ["split it, ", "divide it up ", "share it out ", "divvy it up, ", "then divide ", "split that up so "],
}
PRE_FIRST = ["start with the lot, ", "first the total, ", "how many to start, ", "ok to begin with ",
             "starting off ", "right first ", "so to start "]
POST = ["", "", "", " yeah", " {item}", " {item} left", " left", " now", " so far", " ok", " i reckon", " right",
        " then", ", good", " eh", " on the table", " i think", " sweet"]

FINAL_FORMS = ["so thats {c} {item}", "answer {c}", "#### {c}", "answer: {c}", "{c} all up", "so {c} left yeah",
               "thats {c} then", "right so {c} {item}", "final answer {c}", "ok {c}", "{c} it is",
               "so the answer's {c}", "comes to {c}", "sweet as, {c} {item}", "grand, so {c}", "{have} {c} now",
               "that leaves {c}", "so its {c}", "{c} {item} at the end of it", "total {c}", "the answer is {c}",
               "{c}", "#### {c}", "so {c} {item} left", "yeah {c} {item}", "all up thats {c}",
               "so {have} {c} {item}", "bottom line {c}"]
FINAL_SHARE = ["so each gets {c}", "{c} each", "answer {c} each", "#### {c}", "thats {c} apiece",
               "so {c} in each", "{c} per {unit}", "each {unit} gets {c}"]


def fmt_eq(a, op, b, c, sty, rng):
    sym = sty[op]
    if sty["space"] == 0:
        return f"{a} {sym} {b} = {c}"
    if sty["space"] == 1:
        return f"{a}{sym}{b}={c}"
    return f"{a} {sym} {b}={c}"


def step_text(a, op, b, c, sty, rng, item, first_prod, fix_word, prob_op):
    eq = fmt_eq(a, op, b, c, sty, rng)
    r = rng.random()
    if first_prod:
        pre = rng.choice(PRE_FIRST + PRE_NEUTRAL[:6])
    elif r < 0.4:
        pre = rng.choice(PRE_OP[prob_op])
    elif r < 0.55:
        pre = rng.choice(PRE_OP[op])
    else:
        pre = rng.choice(PRE_NEUTRAL)
    if fix_word and rng.random() < 0.5:
        pre = fix_word + " "
    post = rng.choice(POST).replace("{item}", item)
    s = pre + eq + post
    if sty["cap"]:
        s = s[0].upper() + s[1:]
    if rng.random() < sty["dot"]:
        s += "."
    return s


def final_text(v, rng, item, prot, per_share, sty):
    if per_share:
        unit = per_share[1][0] if per_share[0] == "people" else per_share[2][0]
        f = rng.choice(FINAL_SHARE).replace("{unit}", unit)
    else:
        f = rng.choice(FINAL_FORMS)
    have = _have(prot, "i" if prot.text == "i" else (prot.pron if prot.person == 3 else prot.text))
    s = f.replace("{c}", str(v)).replace("{item}", item).replace("{have}", have)
    s = " ".join(s.split())
    if sty["cap"]:
        s = s[0].upper() + s[1:]
    if rng.random() < sty["dot"] and not s.startswith("####"):
        s += "."
    return s


# ---------------------------------------------------------------------------
# record assembly
# ---------------------------------------------------------------------------

KINDS = ["arithmetic", "operand", "operation", "answer"]


def _chain_ok(written, eqs, start_idx, c_prev):
    """continue the written chain from c_prev for eqs[start_idx:]; return list or None"""
    out = []
    v = c_prev
    for (op, b) in eqs[start_idx:]:
        nv = apply_op(v, op, b)
        if nv is None or nv < 1 or nv > 9999:
            return None
        out.append((v, op, b, nv))
        v = nv
    return out


def make_record(rng, rid):
    if rng.random() < 0.45:
        kind, cat = "none", None
    else:
        kind = rng.choice(KINDS)
        cat = "answer" if kind == "answer" else rng.choice(["first", "middle", "last"])
    for _attempt in range(200):
        chain = make_chain(rng)
        if chain is None:
            continue
        prob = build_problem(rng, chain, rid)
        text = style_problem(prob["sents"], rng)
        if len(text.split()) > 90:
            continue
        # equations: (expected a, op, b)
        if chain["factors"]:
            f1, f2 = chain["factors"]
            if rng.random() < 0.15:
                f1, f2 = f2, f1
            first_a = f1
        else:
            first_a = chain["start"]
        ops = [("*", f2)] if chain["factors"] else []
        ops += list(chain["changes"])
        true_vals = []
        v = first_a
        for (op, b) in ops:
            v = apply_op(v, op, b)
            true_vals.append(v)
        true_final = true_vals[-1]
        assert true_final == chain["values"][-1]
        n_eq = len(ops)
        # place the error
        if kind == "none":
            pos = None
        elif kind == "answer":
            pos = n_eq
        elif cat == "first":
            pos = 0
        elif cat == "last":
            pos = n_eq - 1
        else:
            if n_eq < 3:
                continue
            pos = rng.randint(1, n_eq - 2)
        written = []
        problem_numbers = list(prob["text_numbers"])
        ok = True
        final_val = None
        if kind in ("none", "answer"):
            v = first_a
            for (op, b) in ops:
                c = apply_op(v, op, b)
                written.append((v, op, b, c))
                v = c
            final_val = v
            if kind == "answer":
                cands = []
                prev_vals = [w[3] for w in written[:-1]]
                r = rng.random()
                if prev_vals and r < 0.3:
                    cands.append(prev_vals[-1])
                cands += [v + rng.choice([-1, 1]), _digits_swap(v, rng), v + rng.choice([-10, 10]),
                          _digit_nudge(v, rng), written[-1][2]]
                cands = [x for x in cands if x is not None and x != v and x >= 0 and
                         (x >= 0 and (x != v))]
                if not cands:
                    continue
                final_val = cands[0] if (prev_vals and r < 0.3) else rng.choice(cands)
        else:
            v = first_a
            for i in range(pos):
                op, b = ops[i]
                c = apply_op(v, op, b)
                written.append((v, op, b, c))
                v = c
            a, op, b = v, ops[pos][0], ops[pos][1]
            true_c = apply_op(a, op, b)
            prev_prev = written[-2][3] if len(written) >= 2 else (first_a if pos == 1 and not chain["factors"] else None)
            wrong = None
            if kind == "arithmetic":
                cands = list(arith_slip(a, op, b, true_c, rng))
                for w in cands:
                    rest = _chain_ok(written, ops, pos + 1, w)
                    if rest is not None:
                        wrong = [(a, op, b, w)] + rest
                        break
            elif kind == "operand":
                info = {"problem_numbers": problem_numbers, "prev_prev": prev_prev}
                if pos == 0 and chain["factors"]:
                    info["problem_numbers"] = [x for x in problem_numbers if x not in chain["factors"]]
                for (a2, b2) in operand_slip(pos, a, op, b, info, rng):
                    if op in "*/" and not (pos == 0 and chain["factors"]) and (b2 > 12 or b2 == a2):
                        continue
                    w = apply_op(a2, op, b2)
                    if w is None or w < 0 or w > 9999 or w == true_c:
                        continue
                    if pos == 0 and chain["factors"] and sorted((a2, b2)) == sorted(chain["factors"]):
                        continue
                    rest = _chain_ok(written, ops, pos + 1, w)
                    if rest is not None:
                        wrong = [(a2, op, b2, w)] + rest
                        break
            else:  # operation
                for op2 in operation_slip(op, rng):
                    w = apply_op(a, op2, b)
                    if w is None or w < 0 or w > 9999 or w == true_c:
                        continue
                    rest = _chain_ok(written, ops, pos + 1, w)
                    if rest is not None:
                        wrong = [(a, op2, b, w)] + rest
                        break
            if wrong is None:
                continue
            written += wrong
            final_val = written[-1][3]
        # render steps
        sty = {"+": "+", "-": rng.choice(["-", "-", "-", "−"]), "*": rng.choice(["*", "×"]),
               "/": rng.choice(["/", "/", "÷"]), "space": rng.choices([0, 1, 2], weights=[80, 10, 10])[0],
               "cap": rng.random() < 0.3, "dot": rng.choice([0.0, 0.0, 0.3, 0.9])}
        steps = []
        for i, (a, op, b, c) in enumerate(written):
            prob_op = ops[i][0]
            fix_word = None
            first_prod = i == 0 and bool(chain["factors"])
            exp_b = ops[i][1]
            if not first_prod and op == prob_op and b == exp_b:
                if op == "*" and b == 2:
                    fix_word = rng.choice(["double it,", "doubled so", "double that"])
                elif op == "/" and b == 2:
                    fix_word = rng.choice(["halve it", "half of that,", "halved so"])
            steps.append(step_text(a, op, b, c, sty, rng, prob["item"], first_prod, fix_word, prob_op))
        steps.append(final_text(final_val, rng, prob["item"], prob["prot"], prob["per_share"], sty))
        label = -1 if kind == "none" else pos
        rec = {"id": rid, "problem": text, "steps": steps, "label": label,
               "final_answer_correct": final_val == true_final, "error_kind": kind}
        meta = {"start": chain["start"], "factors": chain["factors"], "changes": chain["changes"],
                "text_numbers": prob["text_numbers"], "true_final": true_final, "written": written,
                "final_val": final_val}
        return rec, meta
    raise RuntimeError("could not build record")


def generate_with_meta(seed: int, count: int):
    rng = random.Random(seed)
    out = []
    for i in range(count):
        out.append(make_record(rng, f"r-{seed}-{i:05d}"))
    return out


def generate(seed: int, count: int) -> list[dict]:
    return [r for r, _ in generate_with_meta(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
