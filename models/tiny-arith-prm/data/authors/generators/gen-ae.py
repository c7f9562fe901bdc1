#!/usr/bin/env python3
"""Farm / allotment / rural-life data generator for the tiny-arith PRM domain.

Register: a farmer's diary, egg-and-dairy tallies, lambs and sheep counted at
market, a smallholder's feed store, a village show's produce tent, in Scots,
Appalachian, West Country and rural Canadian voices.  Solutions read like a
farmer's pencilled working in a notebook margin.

generate(seed, count) -> list of records (standard library only, deterministic).
_generate_full(seed, count) -> list of (record, meta) pairs used by check.py.
"""
import json
import os
import random
import re

REGIONS = ("sc", "ap", "wc", "ca")

# --------------------------------------------------------------------------
# numbers
# --------------------------------------------------------------------------
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve "
         "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
         70: "seventy", 80: "eighty", 90: "ninety"}
_FOLD = {2: "twofold", 3: "threefold", 4: "fourfold", 5: "fivefold", 6: "sixfold",
         7: "sevenfold", 8: "eightfold", 9: "ninefold", 10: "tenfold"}


def num_words(n):
    if n < 20:
        return _ONES[n]
    t, o = divmod(n, 10)
    return _TENS[t * 10] + ("-" + _ONES[o] if o else "")


def say(rng, n, wordy=0.3, dozen=True):
    """Surface form of a number in a problem: digits, words or 'a dozen'."""
    if n == 12 and dozen and rng.random() < 0.22:
        return "a dozen"
    if n <= 20 or (n < 100 and n % 10 == 0):
        if rng.random() < wordy:
            return num_words(n)
    elif n < 100 and rng.random() < wordy * 0.4:
        return num_words(n)
    return str(n)


# --------------------------------------------------------------------------
# grammar helpers
# --------------------------------------------------------------------------
_IRREG_S = {"have": "has", "do": "does", "go": "goes"}
_DOUBLE = {"get", "put", "cut", "dig", "swap", "drop", "ship", "win", "sit", "set",
           "stop", "trap", "chop", "rot", "bid", "let", "plan", "strip", "shop",
           "trim", "rub", "snap", "pot", "knit", "spot", "run"}


def s_form(word):
    if word in _IRREG_S:
        return _IRREG_S[word]
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def ing_form(word):
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word in _DOUBLE:
        return word + word[-1] + "ing"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return word[:-1] + "ing"
    return word + "ing"


def conj(base, past, person, tense):
    if base == "be":
        if tense == "past":
            return "was" if person in ("1s", "3s") else "were"
        return {"1s": "am", "3s": "is"}.get(person, "are")
    if tense == "past":
        return past
    if person == "3s":
        w, sp, rest = base.partition(" ")
        return s_form(w) + sp + rest
    return base


def plural(word):
    if word.endswith(("x", "ch", "sh", "s")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def possessive(name):
    if name.endswith("s") and name.startswith("the "):
        return name + "'"
    return name + "'s"


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
_NAMES_RAW = {
    "sc": ("Morag Ailsa Eilidh Kirsty Fiona Isla Catriona Mhairi Shona Elspeth Jessie Agnes "
           "Senga Rhona Iona Effie Flora Kirsteen Marion Peigi Lorna Sheena Moira Janet "
           "Seonag Euphemia Chrissie Ishbel Wilma Beathag",
           "Hamish Angus Fergus Ruaridh Callum Dougal Alasdair Murdo Torquil Lachlan Ewan "
           "Gregor Struan Finlay Archie Wullie Tam Jock Sandy Duncan Iain Niall Donnie Kenny "
           "Euan Hector Magnus Gillies Rab Davie"),
    "ap": ("Jolene Opal Wanda Loretta Pearlie Della Ruby Imogene Ora Verna Nola Mae Birdie "
           "Lettie Hazel Maybelle Tressie Ida Eula Zelma Faye Darla Reba Oma Alma Geneva "
           "Clarice Dorcas Vesta Icie",
           "Earl Luther Clyde Delbert Homer Virgil Otis Buford Amos Jesse Cletus Elmer Roscoe "
           "Hollis Arlis Harlan Dewey Floyd Carl Verlin Estil Orville Burl Ezra Jubal Lonnie "
           "Wendell Hobart Sherman Ransom"),
    "wc": ("Tamsin Kerensa Demelza Morwenna Jenna Loveday Wenna Elowen Tegen Bryony Hester "
           "Ivy Nancy Mabel Rosie Patience Winifred Cherry Dulcie Lowenna Meg Thomasina Beaty "
           "Sukey Hedra Annie Lilian Primrose Kitty Jenifer",
           "Jethro Jory Jago Tristan Perran Piran Denzil Ned Walter Silas Reuben Bertie Albert "
           "Harold Gideon Josiah Clem Wilf Percy Noah Jem Treve Kitto Arthur Zebedee Cyril "
           "Mervyn Stanley Ambrose Hedley"),
    "ca": ("Marie-Claude Josée Ginette Solange Darlene Brandi Kelsey Tanis Olena Halyna Oksana "
           "Maureen Colleen Shelby Crystal Gaylene Lorraine Nadine Paulette Ruth Mavis Yvette "
           "Sigrid Inga Brenda Carol-Ann Lise Mireille Raylene Dolores",
           "Gaétan Réjean Yves Luc Marcel Wade Curtis Dwayne Trent Brent Gord Stefan Taras "
           "Mykola Bohdan Garth Lyle Murray Kurt Dale Arnie Clayton Travis Sven Lars Roch "
           "Normand Leland Wes Doug"),
}
NAMES = {r: [(n, "f") for n in f.split()] + [(n, "m") for n in m.split()]
         for r, (f, m) in _NAMES_RAW.items()}

GROUPS = {
    "sc": [("the Frasers", True), ("the Macleods", True), ("the Camerons", True),
           ("the allotment society", False), ("the Rural stall", False),
           ("the Young Farmers club", False)],
    "ap": [("the Caudills", True), ("the Combses", True), ("the Grange ladies", True),
           ("the church bazaar table", False), ("the Pony Club", False)],
    "wc": [("the Pengellys", True), ("the Trelawneys", True), ("the Nancekivells", True),
           ("the WI stall", False), ("the village show committee", False)],
    "ca": [("the Lavoies", True), ("the Boychuks", True), ("the Thibodeaus", True),
           ("the co-op", False), ("the Hutterite colony", False), ("the Junior Farmers", True)],
}

NB_PATTERNS = {
    "sc": ["{N} next door", "old {N} up the glen", "{N} at the post office", "the minister",
           "the vet", "{N} from the next farm", "{P} cousin {N}", "{N} over the burn"],
    "ap": ["{N} down the holler", "the preacher", "{AU} {N}", "{N} from over the ridge",
           "the storekeeper", "{N} up the creek road", "{P} cousin {N}"],
    "wc": ["{N} at the next farm", "the vicar", "{N} from the pub", "old {N} down the lane",
           "the postman", "{N} at the chapel", "{P} cousin {N}"],
    "ca": ["{N} from the next section", "{N} at the co-op", "{N} from church",
           "the neighbour across the grid road", "the elevator agent", "{N} down the range road",
           "{P} cousin {N}"],
    "-": ["a neighbour", "{P} sister", "{P} brother", "the hired man", "{P} nephew",
          "{P} niece", "a friend from town"],
}

# --------------------------------------------------------------------------
# items:  plural | flags | scale | containers (singular) | mothers | regions
# --------------------------------------------------------------------------
_ITEMS_RAW = """
ewes|live grazer sheep|m|pen,field,trailer||-
lambs|live grazer sheep young|m|pen,field,trailer|ewes|-
tups|live grazer sheep|s|pen,trailer||sc
rams|live grazer sheep|s|pen,trailer||-
hoggs|live grazer sheep|m|pen,field||sc
gimmers|live grazer sheep|m|pen,field||sc
wethers|live grazer sheep|m|pen,field||-
shearlings|live grazer sheep|m|pen,field||wc
hens|live poultry|m|coop,crate,run||-
pullets|live poultry|m|crate,coop||-
bantams|live poultry|s|coop,crate||-
cockerels|live poultry|s|crate,coop||-
ducks|live poultry|s|pen,crate||-
ducklings|live poultry young hatch|s|box,crate|ducks|-
geese|live poultry|s|pen,crate||-
goslings|live poultry young hatch|s|box,crate|geese|-
turkeys|live poultry|m|pen,shed||-
guinea fowl|live poultry|s|crate,coop||-
quail|live poultry|m|cage,hutch||-
chicks|live poultry young hatch|m|box,brooder,tray|hens|-
piglets|live pig young|s|pen,sty,trailer|sows|-
weaners|live pig|s|pen,sty||wc
gilts|live pig|s|pen,sty||-
hogs|live pig|s|pen,lot||ap
calves|live grazer cattle young|s|pen,shed,trailer|cows|-
heifers|live grazer cattle|s|field,pen,trailer||-
bullocks|live grazer cattle|s|field,pen||wc
steers|live grazer cattle|s|field,pen,pasture||ca,ap
stirks|live grazer cattle|s|field,park||sc
Highland cows|live grazer cattle|s|field,park||sc
goats|live grazer|s|pen,paddock||-
goat kids|live grazer young|s|pen|nannies|-
rabbits|live rabbit|m|hutch,run||-
ponies|live grazer|s|paddock,field||-
donkeys|live grazer|s|paddock||wc
alpacas|live grazer|s|paddock,field||-
mules|live grazer|s|lot,pasture||ap
beef cattle|live grazer cattle|s|pen,pasture||ca
bison|live grazer|s|pasture,pen||ca
eggs|eggs|l|tray,box,basket,carton|hens|-
brown eggs|eggs|l|tray,box,basket|hens|-
duck eggs|eggs|m|tray,box,basket|ducks|-
goose eggs|eggs|s|box,basket|geese|-
bantam eggs|eggs|m|box,basket|bantams|-
quail eggs|eggs|l|box,carton|quail|-
pints of milk|milk|m|crate|cows|wc,sc
litres of milk|milk|l|churn|cows|ca,sc,wc
gallons of milk|milk|m|churn|cows|ap
bottles of milk|milk|m|crate|cows|-
jugs of buttermilk|milk|s||cows|ap
rounds of cheese|dairy|s|rack||-
truckles of cheddar|dairy|s|rack||wc
wheels of cheese|dairy|s|rack||ca
pats of butter|dairy|m|tray,box||-
tubs of clotted cream|dairy|m|tray,box||wc
jars of cream|dairy|s|crate,box||-
tubs of crowdie|dairy|s|box,tray||sc
pots of yoghurt|dairy|m|tray,crate||-
blocks of butter|dairy|m|box,crate||ca
potatoes|crop root veg|l|sack,crate,row||-
tatties|crop root veg|l|sack,row||sc
neeps|crop root veg|m|sack,row||sc
turnips|crop root veg|m|sack,crate,row||-
swedes|crop root veg|m|sack,crate,row||wc
carrots|crop root veg|l|crate,box,row||-
parsnips|crop root veg|m|crate,box,row||-
beetroots|crop root veg|m|crate,box,row||-
leeks|crop root veg|m|row,crate,bundle||-
onions|crop root veg|l|sack,crate,row||-
shallots|crop root veg|l|net,row||-
cabbages|crop leafy veg|m|row,crate,barrow||-
heads of lettuce|crop leafy veg|m|row,crate||-
cauliflowers|crop leafy veg|m|row,crate||wc
marrows|crop veg|s|barrow,crate||-
courgettes|crop veg ripen|m|crate,basket||-
pumpkins|crop veg|s|row,barrow,trailer||-
squashes|crop veg|m|row,crate||ca,ap
butternut squashes|crop veg|s|crate,box||-
cucumbers|crop veg ripen|m|crate,box||-
tomatoes|crop veg ripen|l|tray,crate,basket||-
runner beans|crop veg|l|basket,row||wc
pea pods|crop veg|l|basket,row||-
ears of corn|crop veg|l|row,bushel basket,wagon||ap
cobs of sweetcorn|crop veg|m|row,crate||-
sweet potatoes|crop root veg|m|bushel basket,crate||ap
radishes|crop root veg|l|bunch,row||-
heads of garlic|crop root veg|l|string,crate||-
kale plants|crop leafy veg|m|row||sc
rhubarb stalks|crop veg|m|bundle,crate||-
okra pods|crop veg ripen|l|basket,row||ap
green beans|crop veg|l|basket,row||ap
bunches of ramps|crop wild|m|crate,sack||ap
fiddleheads|crop wild|l|pail,basket||ca
heads of broccoli|crop leafy veg|m|crate,row||-
sprout stalks|crop leafy veg|m|row,barrow||-
apples|crop fruit tree|l|crate,box,basket,sack||-
cider apples|crop fruit tree|l|sack,crate||wc
crab apples|crop fruit tree wild|l|basket,bucket||-
pears|crop fruit tree|l|crate,box,basket||-
plums|crop fruit tree|l|basket,box,tray||-
damsons|crop fruit tree|l|basket,bucket||-
greengages|crop fruit tree|l|basket,tray||wc
peaches|crop fruit tree|m|bushel basket,crate||ap
pawpaws|crop fruit tree wild|m|basket||ap
persimmons|crop fruit tree wild|m|basket,bucket||ap
punnets of strawberries|crop fruit|m|tray,crate||-
punnets of raspberries|crop fruit|m|tray,crate||sc
quarts of blueberries|crop fruit wild|m|flat,crate||ca,ap
pails of saskatoons|crop fruit wild|s|||ca
baskets of gooseberries|crop fruit|s|||-
punnets of blackcurrants|crop fruit|m|tray||-
pails of blackberries|crop fruit wild|s|||-
watermelons|crop fruit|s|wagon,row,truck||ap
cantaloupes|crop fruit|m|crate,row||ca
quinces|crop fruit tree|m|basket||-
jars of jam|made jar|m|box,crate||-
jars of bramble jelly|made jar|m|box,crate||sc
jars of marmalade|made jar|m|box,crate||sc
jars of chutney|made jar|m|box,crate||-
jars of honey|made jar|m|box,crate||-
jars of lemon curd|made jar|m|box||-
jars of apple butter|made jar|m|box,crate||ap
jars of chow-chow|made jar|m|box,case||ap
jars of pickled beans|made jar|m|case,box||ap
bottles of maple syrup|made bottle|m|case,box||ca
jars of maple butter|made jar|m|case||ca
bottles of elderflower cordial|made bottle|m|crate,case||-
bottles of cider|made bottle|m|crate,case||wc
flagons of scrumpy|made bottle|s|crate||wc
scones|made bake|m|tray,tin,basket||-
pasties|made bake|m|tray,box||wc
saffron buns|made bake|m|tray,tin||wc
oatcakes|made bake|l|tin,tray||sc
bannocks|made bake|m|tray,basket||sc
shortbread fingers|made bake|l|tin,tray||sc
pieces of tablet|made bake|l|tin,tray||sc
fruit cakes|made bake|s|tin,tray||-
Victoria sponges|made bake|s|table||-
butter tarts|made bake|l|tray,box||ca
Nanaimo bars|made bake|l|tray,tin||ca
apple pies|made bake|s|tray,table||-
stack cakes|made bake|s|table||ap
biscuits|made bake|l|pan,basket||ap
cornbread muffins|made bake|l|pan,tray||ap
fried pies|made bake|m|basket,tray||ap
sausage rolls|made bake|l|tray,tin||-
mince pies|made bake|l|tray,tin||-
gingerbread men|made bake|m|tray,tin||-
fudge squares|made bake|l|tin,tray||-
loaves of bread|made bake|m|basket,tray||-
cream teas|made bake show|m|table||wc
cups of tea|made show|l|tray||-
raffle tickets|show print|l|book||-
entry cards|show print|m|pack,box||-
programmes|show print|m|box,bundle||sc,wc
rosettes|show prize|s|box||-
prize ribbons|show prize|s|box||ca,ap
bales of hay|store feed bale|m|stack,trailer||-
bales of straw|store feed bale|m|stack,trailer||-
round bales|store feed bale|m|trailer,stack||-
square bales|store feed bale|l|trailer,stack,wagon||ap,ca
haylage bales|store feed bale|m|trailer,stack||sc
sacks of feed|store feed|m|pallet,trailer||-
bags of layers pellets|store feed|m|pallet||-
bags of sheep nuts|store feed|m|pallet,trailer||sc,wc
bags of calf nuts|store feed|m|pallet||-
tubs of mineral lick|store feed|s|pallet||-
sacks of oats|store feed|m|pallet,trailer||sc
sacks of barley|store feed|m|pallet,trailer||-
bags of chicken corn|store feed|m|pallet||-
sacks of shelled corn|store feed|m|wagon,pallet||ap
bushels of wheat|store feed|l|wagon,bin||ca
sacks of seed potatoes|store|m|pallet||-
bags of lime|store spread|m|pallet||-
bags of fertiliser|store spread|m|pallet,trailer||-
bags of rolled oats|store feed|m|pallet||-
blocks of salt lick|store feed|m|pallet||-
bags of wood shavings|store|m|pallet||-
jerrycans of diesel|store fuel|s|||-
sacks of coal|store fuel|m|pallet,lorry||-
bags of peat|store fuel|m|trailer||sc
fence posts|store post timber|l|bundle,trailer,stack||-
strainer posts|store post timber|m|trailer||sc,wc
cedar posts|store post timber|l|bundle,truck||ca
fence rails|store post timber|m|stack,wagon||ap
rolls of barbed wire|store|m|pallet,trailer||-
rolls of sheep netting|store|m|pallet||-
boxes of staples|store|m|crate||-
logs|store fuel timber|l|trailer,stack||-
bundles of kindling|store fuel timber|m|crate,trailer||-
hurdles|store post|m|trailer,stack||-
slates|store|l|pallet,stack||sc,wc
balls of baler twine|store|m|box,sack||-
horseshoes|store|m|box,bucket||-
sandbags|store|m|pallet,trailer||-
seed packets|store|l|box,tin||-
bunches of sweet peas|crop flower|m|bucket,box||-
dahlias|crop flower|m|bucket,row||-
chrysanthemums|crop flower|m|row,bucket||-
gladioli|crop flower|m|bucket,row||-
sunflowers|crop flower|m|row,bucket||ca
bunches of heather|crop flower wild|m|basket||sc
seedlings|crop plant|l|tray,flat||-
leek seedlings|crop plant|l|tray,row||sc
tomato plants|crop plant|m|tray,flat||-
cabbage plants|crop plant|l|tray,flat||-
strawberry runners|crop plant|l|tray||-
daffodil bulbs|crop plant|l|sack,net,box||wc
potted geraniums|crop plant|m|tray,bench||-
rhubarb crowns|crop plant|m|box||-
hawthorn whips|crop plant|l|bundle||-
apple saplings|crop plant|m|bundle||-
"""


class Item:
    __slots__ = ("name", "flags", "scale", "conts", "mothers", "regions", "home", "head", "herd")

    def __init__(self, line):
        name, flags, scale, conts, mothers, regions = line.split("|")
        self.name = name
        self.flags = set(flags.split())
        self.scale = scale
        self.conts = [c for c in conts.split(",") if c]
        self.mothers = mothers or None
        self.regions = None if regions == "-" else set(regions.split(","))
        if "live" in self.flags:
            self.home = "live"
        elif self.flags & {"eggs", "milk", "dairy"}:
            self.home = "dairy"
        elif "crop" in self.flags:
            self.home = "crop"
        elif "store" in self.flags:
            self.home = "store"
        else:
            self.home = "made"
        self.head = name.split(" of ")[0] if " of " in name else name
        if self.flags & {"sheep", "poultry"}:
            self.herd = "flock"
        elif self.flags & {"cattle", "pig"}:
            self.herd = "herd"
        elif "live" in self.flags:
            self.herd = "stock"
        else:
            self.herd = None


ITEMS = [Item(l.strip()) for l in _ITEMS_RAW.strip().splitlines() if l.strip()]
ITEMS_BY_REGION = {r: [it for it in ITEMS if it.regions is None or r in it.regions] for r in REGIONS}

# --------------------------------------------------------------------------
# small word pools
# --------------------------------------------------------------------------
MARTS = {
    "sc": ["Lanark mart", "the Dingwall sale", "Thainstone mart", "Stirling mart", "the Lairg sale",
           "Castle Douglas mart", "the Huntly show", "the Portree sale"],
    "ap": ["the sale barn", "the stockyard in Abingdon", "the tailgate market", "the county fair",
           "the feed store in town", "the Saturday swap meet", "the trade day in Boone"],
    "wc": ["Exeter market", "Holsworthy market", "the Launceston sale", "Taunton market",
           "the Bridgwater fair", "the Saturday market in Truro", "Hatherleigh market"],
    "ca": ["the auction mart in Olds", "the farmers' market", "the Brandon fair", "the sale barn at Dauphin",
           "the co-op in town", "the fall fair", "the Lindsay sale barn"],
    "-": ["market", "the mart", "the village show", "the Saturday market", "the gate stall"],
}
CHARITY = ["the food bank", "the harvest supper", "the school fair", "the church bazaar",
           "the hospice raffle", "the young farmers' auction", "the village hall fundraiser"]
LOSSPLACE = ["in the snow", "in the floods", "somewhere between the yard and the road", "in the storm",
             "to the damp", "on the way home", "in the big gale", "over the winter"]
HIDE = {
    "sc": ["down by the burn", "behind the old byre"], "ap": ["up the holler", "under the porch"],
    "wc": ["in the linhay", "under the hedge by the lane"], "ca": ["behind the quonset", "out by the slough"],
    "-": ["in the hedge bottom", "at the back of the shed", "under a tarp in the barn", "in the loft",
          "behind the tractor", "in the long grass"],
}
PLACES = {
    "live": ["shed", "pen", "top field", "barn", "paddock", "yard", "fold"],
    "dairy": ["dairy", "pantry", "cool room", "kitchen", "larder"],
    "crop": ["root store", "shed", "larder", "barn", "potting shed", "garage"],
    "store": ["feed store", "barn", "lean-to", "loft", "shed", "granary"],
    "made": ["pantry", "larder", "kitchen", "produce tent", "stall", "back kitchen"],
}
REGION_PLACES = {
    "sc": {"live": ["byre", "steading"], "store": ["steading"]},
    "ap": {"dairy": ["springhouse"], "crop": ["root cellar", "corncrib"], "live": ["barn lot"],
           "store": ["corncrib", "smokehouse"]},
    "wc": {"live": ["shippon", "linhay"], "store": ["linhay"]},
    "ca": {"store": ["quonset", "granary"], "crop": ["cold room", "root cellar"], "live": ["loafing barn"]},
}
FIELD = {"sc": ["low park", "hill ground"], "ap": ["bottom land", "creek field"],
         "wc": ["long meadow", "orchard field"], "ca": ["back forty", "home quarter"],
         "-": ["top field", "bottom field", "back field", "far paddock", "allotment"]}
PEOPLE = {"-": [("neighbour", "neighbours"), ("cousin", "cousins"), ("grandchild", "grandchildren"),
                ("family", "families"), ("friend", "friends"), ("hired hand", "hired hands")],
          "sc": [("croft", "crofts")], "wc": [("cottage", "cottages")], "ap": [("kinsman", "kinsmen")],
          "ca": [("family on the road", "families on the road")]}
PERIOD = ["week", "month", "season", "summer", "winter", "year"]
TIME2 = {"-": ["spring", "the autumn", "harvest", "lambing time", "the summer's end"],
         "sc": ["the back end", "Martinmas"], "ap": ["the fall", "the county fair"],
         "wc": ["Michaelmas", "the harvest festival"], "ca": ["the fall", "Thanksgiving"]}
DISASTER = ["the flood", "the blight", "a bad winter", "the storm", "the frost", "the damp"]
WALL = {"sc": "dyke", "wc": "hedge", "ap": "fence", "ca": "fence"}
KIDS = {"sc": "bairns", "ap": "young'uns", "wc": "nippers", "ca": "kids"}
TIMES = {
    "-": ["On Monday", "On Tuesday", "On Wednesday", "On Thursday", "On Friday", "On Saturday",
          "That afternoon", "Next morning", "Later that week", "By Friday", "Come the weekend",
          "After milking", "Before dinner", "Once the rain eased", "Later on", "That evening",
          "After that", "The next day", "Soon after", "By dusk", "At the end of the week",
          "Before the frost came", "After the shearing"],
    "sc": ["Come Martinmas", "After the clipping", "When the haar lifted"],
    "ap": ["Come Sunday", "After church", "Along about noon"],
    "wc": ["After market day", "When the mizzle cleared", "Come Lady Day"],
    "ca": ["Before freeze-up", "After the chinook blew through", "Come seeding time"],
}

START_TIMES = ["On Monday", "At the start of the week", "First thing that morning", "Early on",
               "Before the sale", "At the turn of the month", "On the first fine day"]
BIG_CONTS = {"field", "park", "pasture", "paddock", "lot", "row", "run"}

DISTRACT = {
    "-": ["It rained most of the week.", "The collie slept through all of it.",
          "The barn roof still needs patching.", "A cold wind came down off the hill.",
          "The tractor would not start again.", "Frost lay white on the fields until noon.",
          "The old sow grunted at everyone who passed.", "Nobody had mended the gate yet.",
          "The ground was too wet to plough.", "Swallows were nesting in the rafters.",
          "The kettle was always on in the kitchen.", "The geese honked at the postman, as usual.",
          "The cat caught a mouse in the feed room.", "Thunder rumbled over the far ridge.",
          "The yard was ankle deep in mud.", "A robin watched from the fence post.",
          "Everyone said it was the wettest spring in years.", "The milk lorry was late again."],
    "sc": ["It was a dreich, drizzly morning.", "The wind was fair howling round the steading.",
           "The midges were something terrible.", "The hill was white with snow by teatime.",
           "Aye, it was a long day.", "The burn was in spate after the rain."],
    "ap": ["Fog hung low in the holler.", "The creek was up after the storm.",
           "The old hound lay on the porch all day.", "Mamaw had biscuits in the oven.",
           "The mules were ornery that morning.", "It was hotter than a pistol by noon."],
    "wc": ["The mizzle never lifted all day.", "The Jersey cows stood in the shippon out of the rain.",
           "It was proper mild for the time of year.", "The rooks were loud in the elms.",
           "Everything would get done dreckly.", "Sea mist rolled up the valley."],
    "ca": ["The snow was up past the fence line.", "It was cold enough to freeze the pump.",
           "The grain elevator stood grey against the sky.", "A moose wandered across the back forty.",
           "The truck needed its block heater plugged in.", "The chinook melted everything by noon."],
}
DISTRACT_NUM = [
    ("The old tractor is {d} years old.", 20, 70), ("The farm sits {d} miles from the nearest shop.", 3, 40),
    ("The barn thermometer read {d} degrees at dawn.", 2, 35), ("The vet's bill came to {d} {money}.", 40, 400),
    ("The collie is {d} years old and still works the hill.", 3, 14), ("It rained for {d} days straight.", 2, 12),
    ("The farmhouse has {d} windows, and every one rattles.", 6, 20),
    ("{Her} grandfather bought the place {d} years ago.", 20, 90), ("The milk lorry came at {d} o'clock.", 5, 9),
    ("There are {d} gates between the house and the road.", 3, 9),
    ("The hill rises {d} metres above the yard.", 100, 600), ("The bus to town runs {d} times a week.", 2, 5),
    ("The auctioneer had {d} lots to get through.", 50, 300), ("Diesel had gone up {d} cents.", 5, 30),
]
MONEY = {"sc": "pounds", "wc": "pounds", "ap": "dollars", "ca": "dollars"}

# --------------------------------------------------------------------------
# change templates:  op | flags (and @regions) | tag | text | fixed surface
# <A:base|past> conjugates with the actor, <3:..> 3rd sing, <P:..> plural.
# --------------------------------------------------------------------------
_TPL_RAW = r"""
+|any|Bought|<A:buy|bought> {q+} at {mart}
+|any|Bought|<A:buy|bought> {q+}
+|any|Picked up|<A:pick up|picked up> {q+} at {mart}
+|any|From neighbour|<A:get|got> {q+} from {nb}
+|any|Given|<A:be|was> given {q+} by {nb}
+|any|Found|<A:find|found> {q+} {hide}
+|any|Brought home|<A:bring|brought> home {q+}
+|any|Took in|<A:take|took> in {q+} from {nb}
+|any|Swapped for|<A:swap|swapped> an old gate for {q+}
+|any|Raffle|<A:win|won> {q+} in the raffle
+|any|Traded|<A:trade|traded> a spare harrow for {q+}
+|any|Borrowed|<A:borrow|borrowed> {q+} from {nb}
+|any|Added|<A:add|added> {q+}
+|any|Mart|<A:come|came> home from {mart} with {q+}
+|any|Fetched|<A:fetch|fetched> {q+} from {mart}
+|any|Collected|<A:collect|collected> {q+} from {nb}
+|any|Inherited|<A:inherit|inherited> {q+} from an old uncle
+|any|Farm sale|<A:pick|picked> up {q+} cheap at a farm sale
+|any|Received|<A:receive|received> {q+} from {nb}
+|any|Got hold of|<A:get hold of|got hold of> {q+}
+|any|Snapped up|<A:snap up|snapped up> {q+} at {mart}
+|any|Dropped off|{nb} <3:drop|dropped> off {q+}
+|any|Sent over|{nb} <3:send|sent> over {q+}
+|any|Gift|{nb} <3:give|gave> {obj} {q+}
+|any|Favour|{nb} <3:pay|paid> back an old favour with {q+}
+|any|Turned up|{nb} <3:turn|turned> up with {q+}
+|any|Came by|<A:come|came> by {q+} at a clearance sale
+|store jar bottle|Laid in|<A:lay|laid> in {q+} for the winter
+|store|Delivered|a lorry <3:deliver|delivered> {q+}
+|store|Delivered|<A:have|had> {q+} delivered
+|store|Stacked|<A:stack|stacked> {q+} in the {place}
+|store|Hauled|<A:haul|hauled> home {q+}
+|store|Carted|<A:cart|carted> in {q+}
+|store|Unloaded|<A:unload|unloaded> {q+} off the trailer
+|bale|Baled|<A:bale|baled> {q+} off the {field}
+|timber|Cut|<A:cut|cut> {q+} in the wood
+|timber|Chopped|<A:chop|chopped> {q+}
+|live|The ring|<A:buy|bought> {q+} at the ring
+|live|Auction|<A:bid|bid> on {q+} and <A:get|got> them
+|live|Turned up|{n} more {Items} <P:turn|turned> up at the gate
+|live|Strays|{n} stray {Items} <P:wander|wandered> in off the road
+|live|Rescued|<A:rescue|rescued> {q+}
+|grazer|Off the hill|<A:bring|brought> down {q+} off the hill
+|grazer|Gathered|<A:gather|gathered> in {q+} from the far side of the hill
+|young|Born|{n} more {Items} <P:be|were> born
+|young|New ones|{n} new {Items} <P:arrive|arrived> overnight
+|young|Dropped|the {mothers} <P:have|had> {n} more {Items}
+|hatch|Hatched|{n} more {Items} <P:hatch|hatched>
+|hatch|Broody|a broody hen <3:hatch|hatched> out {n} more {Items}
+|eggs|Laid|the {mothers} <P:lay|laid> {q+}
+|eggs|Nest boxes|<A:gather|gathered> {q+} from the nest boxes
+|eggs|Collected|<A:collect|collected> {q+} after dinner
+|eggs|Laid away|<A:find|found> {q+} where the birds had been laying away
+|milk|Milking|the {mothers} <P:give|gave> {q+} at the evening milking
+|milk|Milked|<A:milk|milked> out {q+}
+|dairy|Made|<A:make|made> {q+}
+|dairy made|Turned out|<A:turn out|turned out> {q+}
+|root|Dug|<A:dig|dug> up {q+}
+|root|Lifted|<A:lift|lifted> {q+} from the {field}
+|root|Pulled|<A:pull|pulled> {q+} from the bed
+|leafy flower|Cut|<A:cut|cut> {q+}
+|fruit veg flower|Picked|<A:pick|picked> {q+}
+|crop|Harvested|<A:harvest|harvested> {q+}
+|crop|Allotment|<A:gather|gathered> {q+} from the allotment
+|crop|From the plot|<A:bring|brought> in {q+} from the plot
+|ripen|Ripened|{n} more {Items} <P:ripen|ripened> in the polytunnel
+|tree|Shook down|<A:shake|shook> down {q+} from the old tree
+|wild|Foraged|<A:forage|foraged> {q+} along the lane
+|wild|Gathered|<A:gather|gathered> {q+} up the back road
+|made|Made|<A:make|made> {q+}
+|bake|Baked|<A:bake|baked> {q+}
+|bake|Oven|{n} more {Items} <P:come|came> out of the oven
+|jar|Put up|<A:put up|put up> {q+}
+|jar bottle|Bottled|<A:bottle|bottled> {q+}
+|made|Church ladies|the church ladies <P:bring|brought> in {q+}
+|made show|For the stall|{nb} <3:bring|brought> {q+} for the stall
+|print|Printed|<A:print|printed> {q+}
+|prize|Won|<A:win|won> {q+} at the show
+|plant|Raised|<A:raise|raised> {q+} from seed
+|plant|Potted up|<A:pot up|potted up> {q+}
-|any|Sold|<A:sell|sold> {q-} at {mart}
-|any|Sold|<A:sell|sold> {q-}
-|any|Gave|<A:give|gave> {q-} to {nb}
-|any|Gave away|<A:give away|gave away> {q-}
-|any|Lost|<A:lose|lost> {q-} {lossplace}
-|any|Donated|<A:donate|donated> {q-} to {charity}
-|any|Swapped|<A:swap|swapped> {q-} for a day's ploughing
-|any|Traded|<A:trade|traded> {q-} for a load of firewood
-|any|Lent|<A:lend|lent> {q-} to {nb}
-|any|Sent|<A:send|sent> {q-} to {mart}
-|any|Market|<A:take|took> {q-} to {mart}
-|any|Parted with|<A:part with|parted with> {q-}
-|any|Handed over|<A:hand over|handed over> {q-} to {nb}
-|any|Passed on|<A:pass on|passed on> {q-} to {nb}
-|any|Got rid of|<A:get rid of|got rid of> {q-}
-|any|Offloaded|<A:offload|offloaded> {q-} at {mart}
-|any|Paid|<A:pay|paid> {nb} with {q-}
-|any|Shipped|<A:ship|shipped> {q-} off to {mart}
-|any|Taken off hands|{nb} <3:take|took> {q-} off {pos} hands
-|any|Neighbour|{nb} <3:buy|bought> {q-}
-|any|Walked off|{nb} <3:walk|walked> off with {q-}
-|any|Stolen|somebody <3:make|made> off with {q-} in the night
-|any|Gone|{n} of {them} <P:go|went> to {nb}
-|any|Sold on|<A:sell|sold> on {q-} to {nb}
-|poultry young rabbit|Fox|a fox <3:take|took> {q-}
-|poultry|Fox|the fox <3:get|got> {q-} in the night
-|grazer|Strayed|{n} of {them} <P:stray|strayed> through a gap in the {wall}
-|live|Wandered|{n} of {them} <P:wander|wandered> off and never came back
-|live|Culled|<A:cull|culled> {q-}
-|live|Butcher|<A:send|sent> {q-} to the butcher
-|live|Ring|<A:sell|sold> {q-} through the ring
-|poultry rabbit|Hawk|a hawk <3:take|took> {q-}
-|poultry young @ca,ap|Coyotes|the coyotes <P:get|got> {q-}
-|sheep|Drafted|<A:draft|drafted> {q-} off for {mart}
-|poultry|Mink|a mink <3:get|got> into the run and <3:kill|killed> {n}
-|young|Cold snap|<A:lose|lost> {q-} to the cold snap
-|grazer @sc,wc|Float|<A:load|loaded> {q-} onto the float for {mart}
-|eggs|Cracked|<A:crack|cracked> {q-}
-|eggs|Dropped|<A:drop|dropped> {q-} on the way in
-|eggs|Cracked|{n} of {them} <P:be|were> cracked
-|eggs bake|Dog|the dog <3:eat|ate> {q-}
-|eggs milk dairy|Baking|<A:use|used> {q-} in the baking
-|eggs|Boiled|<A:boil|boiled> {q-} for tea
-|eggs|Broody|<A:put|put> {q-} under a broody hen
-|eggs|Pickled|<A:pickle|pickled> {q-}
-|eggs|Rat|a rat <3:get|got> {q-}
-|milk|Calves|<A:pour|poured> {q-} for the calves
-|milk|Spilled|<A:spill|spilled> {q-}
-|milk|Pet lambs|<A:feed|fed> {q-} to the pet lambs
-|milk|Cat|the cat <3:get|got> into {q-}
-|dairy|Mould|{n} of {them} <P:go|went> mouldy
-|dairy feed|Mice|the mice <P:get|got> into {q-}
-|crop|Slugs|the slugs <P:get|got> {q-}
-|leafy fruit|Pigeons|the pigeons <P:strip|stripped> {q-}
-|crop|Rabbits|the rabbits <P:eat|ate> {q-}
-|crop|Deer|the deer <P:get|got> into the plot and <P:eat|ate> {n}
-|crop|Rotted|{n} of {them} <P:rot|rotted> in the store
-|root ripen|Blight|the blight <3:take|took> {q-}
-|crop|Compost|<A:throw|threw> {q-} on the compost
-|crop|Pigs|<A:feed|fed> {q-} to the pigs
-|veg fruit|Supper|<A:cook|cooked> {q-} for supper
-|veg|Soup|<A:put|put> {q-} into soup
-|fruit|Juiced|<A:juice|juiced> {q-}
-|tree|Cider|<A:press|pressed> {q-} for cider
-|fruit|Jam|<A:make|made> {q-} into jam
-|veg|Chutney|<A:turn|turned> {q-} into chutney
-|plant flower leafy|Frost|a late frost <3:kill|killed> {q-}
-|fruit|Wasps|the wasps <P:spoil|spoiled> {q-}
-|root|Wireworm|the wireworm <3:ruin|ruined> {q-}
-|leafy flower plant|Hail|the hailstorm <3:flatten|flattened> {q-}
-|fruit veg|Bruised|{n} of {them} <P:be|were> too bruised to keep
-|feed|Fed out|<A:feed|fed> out {q-}
-|store|Used|<A:use|used> {q-}
-|feed|Put out|<A:put|put> out {q-} for the stock
-|store|Rats|the rats <P:chew|chewed> through {q-}
-|feed|Spoiled|{n} of {them} <P:get|got> soaked and <P:go|went> mouldy
-|spread|Spread|<A:spread|spread> {q-} on the {field}
-|fuel|Burned|<A:burn|burned> {q-}
-|post|Knocked in|<A:knock|knocked> in {q-} along the {field}
-|post|Hammered|<A:hammer|hammered> in {q-}
-|store|Used up|<A:use up|used up> {q-}
-|made|Stall|<A:sell|sold> {q-} at the stall
-|bake|Ate|<A:eat|ate> {q-}
-|bake|Judges|the judges <P:take|took> {q-} to taste
-|bake|Kids|the {kids} <P:wolf|wolfed> down {q-}
-|made show|Handed out|<A:hand out|handed out> {q-}
-|made|Tea tent|{n} of {them} <P:go|went> to the tea tent
-|bake|Dropped|<A:drop|dropped> {q-}
-|jar bottle|Broke|<A:break|broke> {q-}
-|jar bottle|Smashed|{n} of {them} <P:smash|smashed> on the flagstones
-|plant|Planted out|<A:plant out|planted out> {q-}
-|plant|Set out|<A:set out|set out> {q-} in the garden
-|prize|Returned|<A:return|returned> {q-} to the committee
*2|any|Doubled|<A:double|doubled> {pos} stock of {Items}|doubl
*2|any|Doubled|<A:double|doubled> the number of {Items}|doubl
*3|any|Tripled|<A:triple|tripled> the number of {Items}|tripl
*2|any|Twice|<A:end|ended> the {period} with twice as many {Items}|twice
*|any|Times|<A:end|ended> the {period} with {n} times as many {Items}
*|any|Times|<A:finish|finished> up with {n} times the {Items}
*|any|Grew|<A:grow|grew> {pos} stock of {Items} to {n} times its size
*2|any|Doubled|<A:manage|managed> to double {pos} {Items}|doubl
*|any|Multiplied|<A:multiply|multiplied> {pos} {Items} by {n}
*|made|Made more|<A:make|made> enough to have {n} times as many
*2|live|Doubled|{pos} {herd} <3:double|doubled> in size|doubl
*2|any|Doubled|the number of {Items} <3:double|doubled>|doubl
*3|any|Tripled|the number of {Items} <3:triple|tripled> by {time2}|tripl
*f|any|Grew|{pos} {Items} <P:grow|grew> {fold}
*|any|Times|{pos} count of {Items} <3:grow|grew> to {n} times what it had been
*|any|Times larger|the number of {Items} <3:become|became> {n} times larger
*|any|Times|by {time2} there <P:be|were> {n} times as many {Items}
*|any|Times over|{pos} tally of {Items} <3:go|went> up {n} times over
*|any|Good season|a good season <3:leave|left> {obj} with {n} times as many {Items}
*2|any|Doubled|{pos} {Items} <P:double|doubled> over the summer|doubl
*2|any|Twice|<A:come|came> out of the {period} with twice the {Items}|twice
*|live|Bred up|<A:breed|bred> the {Items} up to {n} times their number
*|any|Multiplied|{pos} {Items} <P:multiply|multiplied> by {n}
*3|any|Trebled|<A:treble|trebled> {pos} {Items}|trebl
*3|any|Trebled|{pos} {Items} <P:treble|trebled>|trebl
*|any|Scaled up|<A:scale|scaled> {pos} {Items} up {n} times
*|any|Times|there <P:be|were> soon {n} times as many {Items} as before
*|any|Times|<A:have|had> {n} times as many {Items} by {time2}
*2|any|Double|<A:have|had> double the {Items} by {time2}|doubl
*3|any|Triple|<A:have|had> triple the {Items} by {time2}|tripl
*|any|Times|{pos} {Items} <P:be|were> {n} times what they had been
*|any|Built up|<A:build|built> the {Items} up to {n} times the number
*|any|Times|<A:get|got> the count of {Items} up to {n} times what it was
*f|any|Grew|{pos} stock of {Items} <3:increase|increased> {fold}
*|any|Times|<A:bump|bumped> {pos} {Items} up to {n} times the count
*|live|Bred up|by {time2} the {Items} <P:have|had> bred up to {n} times their number
*2|any|Twice|by {time2} {pos} {Items} <P:be|were> twice what they had been|twice
*3|any|Tripled|{pos} {Items} <P:triple|tripled> over the season|tripl
*|any|Times over|<A:see|saw> {pos} {Items} go up {n} times over
*|any|Jumped|the count of {Items} <3:jump|jumped> to {n} times what it had been
*|any|Times over|<A:increase|increased> {pos} {Items} {n} times over
*|any|Boosted|<A:boost|boosted> {pos} {Items} to {n} times the old number
*2|any|Doubled|{pos} {Items} <P:go|went> up to double what they were|doubl
*|any|Times|<A:wind up|wound up> with {n} times as many {Items}
/|any|Shared|<A:share|shared> {them} equally among {n} {people} and <A:keep|kept> one share
/|any|Parcels|<A:bundle|bundled> {them} into {n} equal parcels and <A:keep|kept> one parcel
/|any|Shared|<A:share|shared> {them} out fairly between {n} {people} and <A:hang|hung> on to one share
/2|any|Half|a buyer <3:take|took> half of {them}|half
/2|any|Half|<A:hand|handed> half of {them} over to {nb}|half
/3|any|Third|only a third of {them} <P:be|were> fit to keep|a third
/|any|Stacks|<A:split|split> {them} into {n} equal stacks and <A:keep|kept> one stack
/|any|Rows|<A:lay|laid> {them} out in {n} equal rows and <A:keep|kept> a single row
/2|any|Half|<A:part|parted> with half of {them}|half
/3|any|Third|<A:hold|held> on to just a third of {them}|a third
/|any|Lots|{nb} <3:help|helped> split {them} into {n} equal lots, and one lot <3:stay|stayed> home
/|any|Split|<A:split|split> {them} evenly into {n} lots and <A:keep|kept> one
/|any|Divided|<A:divide|divided> {them} equally between {n} {people}, keeping one share back
/2|any|Half away|<A:give|gave> away half of {them}|half
/2|any|Sold half|<A:sell|sold> half of {them}|half
/2|any|Sold off half|<A:sell|sold> off half {pos} {Items}|half
/3|any|Third kept|<A:sell|sold> all but a third of {them}|a third
/3|any|Third kept|<A:keep|kept> only a third of {them} and <A:sell|sold> the rest|a third
/2|any|Halved|<A:halve|halved> {pos} {Items}|halv
/|any|Lots|<A:parcel|parcelled> {them} into {n} equal lots and <A:hold|held> one back
/|any|Batches|<A:sort|sorted> {them} into {n} equal batches and <A:keep|kept> just one
/|any|Crates|<A:pack|packed> {them} into {n} equal crates, then <A:sell|sold> all but one crate
/2|any|Half lost|<A:lose|lost> half of {them} to {disaster}|half
/2|any|Half given|<A:give|gave> half to {nb}|half
/2|any|Down the middle|<A:split|split> {them} down the middle with {nb}|down the middle
/2|any|Half gone|half of {them} <P:go|went> to {mart}|half
/2|any|Half taken|{nb} <3:take|took> half|half
/3|live plant|Third survived|only a third of {them} <P:survive|survived> the winter|a third
/2|crop live|Frost half|the frost <3:take|took> half of {them}|half
/3|any|Third kept|a third of {them} <P:be|were> kept and the rest <P:be|were> sold|a third
/|any|Lots|the {Items} <P:be|were> split into {n} equal lots, and only one lot <3:stay|stayed> on the farm
/|any|Dealt out|<A:deal|dealt> {them} out evenly to {n} {people} and <A:keep|kept> one pile
/|any|Batches|<A:divide|divided> {them} into {n} equal batches and <A:keep|kept> the one batch
/2|any|Let go|<A:let|let> half of {them} go|half
/2|any|Half sold|half the {Items} <P:be|were> sold at {mart}|half
/2|any|Halved|{pos} stock of {Items} <3:be|was> halved|halv
/3|any|Third|<A:give|gave> away all but a third|a third
/3|any|Third|<A:keep|kept> back a third and <A:let|let> the rest go|a third
/|live|Pens|<A:divide|divided> {them} evenly into {n} pens and <A:keep|kept> the pen by the house
/|any|Loads|<A:load|loaded> {them} into {n} equal loads and <A:send|sent> all but one to {mart}
/2|any|Halves|<A:go|went> halves with {nb}|halves
"""


class Tpl:
    __slots__ = ("op", "fixed", "fold", "flags", "regions", "tag", "text", "surf", "kind", "key", "nA")

    def __init__(self, line):
        parts = line.split("|")
        opf, flags, tag = parts[0], parts[1], parts[2]
        # the text may itself contain '|' inside markers: rejoin
        rest = "|".join(parts[3:])
        surf = None
        m = re.search(r"\|([a-z ]+)$", rest)
        if m and "<" not in m.group(1) and ">" not in rest[m.start():]:
            surf = m.group(1)
            rest = rest[:m.start()]
        self.text = rest
        self.surf = surf
        self.op = opf[0]
        self.fixed = int(opf[1:]) if opf[1:].isdigit() else None
        self.fold = opf[1:] == "f"
        fl = flags.split()
        self.regions = None
        self.flags = set()
        for f in fl:
            if f.startswith("@"):
                self.regions = set(f[1:].split(","))
            else:
                self.flags.add(f)
        self.tag = tag
        self.kind = "A" if rest.startswith("<A:") else "E"
        self.key = self.op + ":" + re.sub(r"<[A3P]:([^|>]+)\|[^>]+>", r"\1", rest)
        self.nA = rest.count("<A:")

    def fits(self, item, region):
        if self.regions is not None and region not in self.regions:
            return False
        return "any" in self.flags or bool(self.flags & item.flags)


TEMPLATES = [Tpl(l.strip()) for l in _TPL_RAW.strip().splitlines() if l.strip()]

# start sentences (single quantity)
START_A = [
    ("<A:have|had> {S} {Items}", "any"), ("<A:keep|kept> {S} {Items}", "any"),
    ("<A:start|started> the {period} with {S} {Items}", "any"),
    ("<A:count|counted> {S} {Items} in the {place}", "any"),
    ("<A:have|had> {S} {Items} in the {place}", "any"), ("<A:run|ran> {S} {Items} on the hill", "grazer"),
    ("<A:have|had> {S} {Items} put by", "store made"), ("<A:have|had> {S} {Items} on hand", "any"),
    ("<A:own|owned> {S} {Items}", "live store"), ("<A:begin|began> with {S} {Items}", "any"),
    ("<A:tally|tallied> {S} {Items} first thing", "any"),
    ("<A:have|had> {S} {Items} ready for {mart}", "any"),
]
START_E = [
    ("there <P:be|were> {S} {Items} in {pos} {place}", "any"),
    ("{pos} {place} <3:hold|held> {S} {Items}", "any"),
    ("{S} {Items} <P:sit|sat> in {pos} {place}", "store made crop dairy"),
    ("{pos} notebook <3:say|said> {S} {Items}", "any"),
    ("the tally in {pos} book <3:stand|stood> at {S} {Items}", "any"),
    ("{S} {Items} <P:graze|grazed> on {pos} hill", "grazer"),
    ("{S} {Items} <P:be|were> lined up on {pos} pantry shelves", "jar bottle"),
]
PROD_A = [
    ("<A:have|had> {A} {C} with {B} {Items} in each", "AB"),
    ("<A:have|had> {A} {C} of {B} {Items}", "AB"),
    ("<A:fill|filled> {A} {C} with {B} {Items} apiece", "AB"),
    ("<A:set|set> out {A} {C}, each holding {B} {Items}", "AB"),
    ("<A:pack|packed> {B} {Items} into each of {A} {C}", "BA"),
    ("<A:count|counted> {A} {C} with {B} {Items} to each", "AB"),
]
PROD_E = [
    ("there <P:be|were> {A} {C} in {pos} {place}, each with {B} {Items}", "AB"),
    ("{B} {Items} <P:sit|sat> in each of {pos} {A} {C}", "BA"),
    ("{pos} {place} <3:hold|held> {A} {C} of {B} {Items}", "AB"),
    ("each of {pos} {A} {C} <3:hold|held> {B} {Items}", "AB"),
]

# questions (present, past).  {does} {has} {is} conjugate for {subj}.
QUESTIONS = [
    ("How many {Items} {does} {subj} have now?", "How many {Items} {does} {subj} have at the end?"),
    ("How many {Items} are left?", "How many {Items} were left?"),
    ("How many {Items} {does} {subj} have left?", "How many {Items} {does} {subj} have left?"),
    ("How many {Items} are in the {place} now?", "How many {Items} were in the {place} by evening?"),
    ("What's {pos} count of {Items} now?", "What was {pos} count of {Items} at the end?"),
    ("How many {Items} go down in the book?", "How many {Items} went down in the book?"),
    ("How many {Items} {has} {subj} got now?", "How many {Items} {has} {subj} got by then?"),
    ("How many {Items} {is} {subj} left with?", "How many {Items} {is} {subj} left with?"),
    ("At the end of it all, how many {Items} {does} {subj} have?",
     "At the end of it all, how many {Items} {does} {subj} have?"),
    ("How many {does} {subj} have at the end of the day?", "How many {does} {subj} have at the end of the day?"),
    ("What number goes in the notebook tonight?", "What number went in the notebook that night?"),
    ("How many {Items} are about the place now?", "How many {Items} were about the place after all that?"),
    ("How many {Items} does that leave?", "How many {Items} did that leave?"),
    ("So how many {Items} {does} {subj} end up with?", "So how many {Items} {does} {subj} end up with?"),
    ("How many {Items} is that now?", "How many {Items} was that in the end?"),
    ("Tally them up: how many {Items} now?", "Tallied up, how many {Items} were there?"),
    ("How many {Items} are on the place come nightfall?", "How many {Items} were on the place come nightfall?"),
    ("What's the count now?", "What was the count at the finish?"),
    ("How many {Items} {does} {subj} have to {pos} name now?", "How many {Items} {does} {subj} have to {pos} name after that?"),
    ("What should the book say for {Items} now?", "What should the book have said for {Items}?"),
]
Q_REGION = {
    "sc": [("How many {Items} {has} {subj} got the now?", "How many {Items} had {subj} got by the back end?")],
    "ap": [("How many {Items} {does} {subj} have, all told?", "How many {Items} {does} {subj} have, all told?")],
    "wc": [("How many {Items} {has} {subj} got now, then?", "How many {Items} {has} {subj} got, then?")],
    "ca": [("How many {Items} {does} {subj} have now, eh?", "How many {Items} {does} {subj} have after all that, eh?")],
}
DIVQ = [
    ("If {subj} <A:share|shared> {them} equally among {n} {people}, how many does each {person} get?",
     "If {subj} <A:share|shared> {them} equally among {n} {people}, how many would each {person} get?"),
    ("{subj} <A:split|split> {them} evenly between {n} {people}. How many does each get?",
     "{subj} then <A:split|split> {them} evenly between {n} {people}. How many did each get?"),
    ("If the {Items} are shared out equally among {n} {people}, how many will each one get?",
     "If the {Items} were shared out equally among {n} {people}, how many would each one get?"),
    ("How many does each of the {n} {people} get if {subj} <A:divide|divided> {them} up evenly?",
     "How many would each of the {n} {people} get if {subj} <A:divide|divided> {them} up evenly?"),
    ("Shared equally among {n} {people}, how many {Items} does each {person} get?",
     "Shared equally among {n} {people}, how many {Items} did each {person} get?"),
    ("{subj} <A:want|wanted> to share {them} equally among {n} {people}. How many would each get?",
     "{subj} <A:want|wanted> to share {them} equally among {n} {people}. How many would each get?"),
    ("Split evenly into {n} lots for {people}, how many {Items} go in each lot?",
     "Split evenly into {n} lots for {people}, how many {Items} went in each lot?"),
]

# --------------------------------------------------------------------------
# solution step wording (the margin working)
# --------------------------------------------------------------------------
STEP_GEN = ["{eq}", "{eq} {unit}", "{eq} {unit}.", "{Tag}: {eq}", "{Tag}: {eq} {unit}", "{eq} ({tagl})", "{Tag}. {eq}", "{Who} {has} {eq} {unit}.", "Then {eq}.", "Now {eq} {unit}.",
            "Next: {eq}", "After that, {eq}.", "{tagl}, {eq}", "{eq} {unit} now",
            "So {eq} {unit}."]
STEP_OP = {
    "+": ["Add {them}: {eq}", "Plus {them}: {eq}", "Add on: {eq} {unit}", "Put {them} on: {eq}",
          "Adding in: {eq}", "That makes {eq}.", "Up to {eq} {unit}", "Add: {eq}"],
    "-": ["Take off: {eq}", "Less {them}: {eq}", "Minus: {eq}", "Knock off: {eq} {unit}",
          "Down to {eq} {unit}", "That leaves {eq}.", "Take away: {eq}", "{eq} left"],
    "*": ["Times: {eq}", "Multiply: {eq}", "Times it up: {eq} {unit}", "That makes {eq}.",
          "Up to {eq} {unit}", "Multiply out: {eq}"],
    "/": ["Share out: {eq}", "Divide: {eq}", "Split: {eq} {unit}", "Down to {eq} {unit}",
          "Divide it up: {eq}", "One share: {eq}"],
}
STEP_PROD = ["Start: {eq} {unit}", "{Cont}: {eq} {unit}", "{eq} {unit} to start", "{Who} {starts} with {eq} {unit}.",
             "First, {eq} {unit}.", "{eq} {unit} at the start", "To start, {eq}.", "{eq}", "{Cont} times each: {eq}",
             "Begin: {eq} {unit}"]
FINAL = ["#### {ans}", "Answer: {ans}", "Answer: {ans} {unit}", "The answer is {ans}.", "{ans} {unit}.",
         "{ans} {unit} all told.", "{ans} {unit} in all.", "Total: {ans}", "So {who} {has} {ans} {unit}.",
         "That's {ans} {unit}.", "{ans} in the book.", "Tally: {ans} {unit}", "Write down {ans}.",
         "{ans} it is.", "Final count {ans} {unit}.", "Left with {ans}.", "{Who} {has} {ans} {unit}.",
         "{ans} {unit}, that's the lot."]
FINAL_REGION = {"sc": ["Aye, {ans} {unit}.", "{ans} {unit}, so there is."],
                "ap": ["Reckon that's {ans} {unit}.", "{ans} {unit}, sure enough."],
                "wc": ["{ans} {unit}, proper job.", "{ans} {unit}, my lover."],
                "ca": ["{ans} {unit}, eh.", "Comes to {ans} {unit}."]}
FINAL_EACH = ["Each gets {ans}.", "{ans} each.", "{ans} {unit} apiece.", "Answer: {ans}", "#### {ans}",
              "{ans} {unit} to each {person}.", "That's {ans} apiece.", "Each {person} gets {ans} {unit}."]


# --------------------------------------------------------------------------
# actor and render state
# --------------------------------------------------------------------------
class Actor:
    def __init__(self, kind, name=None, gender=None, plural=False):
        self.kind, self.name, self.gender, self.plural = kind, name, gender, plural

    def name_person(self):
        return "3p" if self.plural else "3s"

    def pron(self):
        if self.kind == "I":
            return "I", "1s"
        if self.kind == "we":
            return "we", "1p"
        if self.kind == "group":
            return "they", "3p"
        return ("she" if self.gender == "f" else "he"), "3s"


class State:
    def __init__(self, rng, actor, item, region, tense):
        self.rng, self.actor, self.item, self.region, self.tense = rng, actor, item, region, tense
        self.named = actor.kind in ("I", "we")
        self.need_noun = False
        self.surfaces = []  # (surface, value) in text order
        self.cur_n = None
        self.cur_surf = None
        self.nb_cache = {}
        self.distract_nums = []

    # -- actor references
    def subj(self, force_name=False):
        a = self.actor
        if a.kind in ("I", "we"):
            return a.pron()
        if not self.named or force_name or self.rng.random() < 0.3:
            self.named = True
            return a.name, a.name_person()
        return a.pron()

    def pos(self):
        a = self.actor
        if a.kind == "I":
            return "my"
        if a.kind == "we":
            return "our"
        if not self.named:
            self.named = True
            return possessive(a.name)
        if a.kind == "group":
            return "their"
        return "her" if a.gender == "f" else "his"

    def obj(self):
        a = self.actor
        if a.kind == "I":
            return "me"
        if a.kind == "we":
            return "us"
        if not self.named:
            self.named = True
            return a.name
        if a.kind == "group":
            return "them"
        return "her" if a.gender == "f" else "him"


def pick_region(rng, pools, region):
    return rng.choice(pools.get(region, []) + pools["-"])


def make_nb(st):
    rng = st.rng
    pat = pick_region(rng, NB_PATTERNS, st.region)
    while True:
        name, g = rng.choice(NAMES[st.region])
        if name != st.actor.name:
            break
    if "{AU}" in pat:
        pat = pat.replace("{AU}", "Aunt" if g == "f" else "Uncle")
    if "{P}" in pat:
        pat = pat.replace("{P}", st.pos())
    return pat.replace("{N}", name)


def fill(text, st, person=None, ev_n=None, ev_surf=None, extra=None):
    """Render a template: markers then placeholders."""
    rng = st.rng
    tense = st.tense

    def marker(m):
        who, base, past = m.group(1), m.group(2), m.group(3)
        p = {"A": person, "3": "3s", "P": "3p"}[who]
        return conj(base, past, p, tense)

    text = re.sub(r"<([A3P]):([^|>]+)\|([^>]+)>", marker, text)
    item = st.item

    def ph(m):
        k = m.group(1)
        if extra and k in extra:
            v = extra[k]
            return v() if callable(v) else v
        if k == "n":
            st.surfaces.append((ev_surf, ev_n))
            return ev_surf
        if k == "q+":
            forms = ["{n} more {Items}", "{n} more {Items}", "another {n} {Items}", "{n} {Items}", "{n} more"]
            f = rng.choice(forms)
            if f == "{n} more" and st.need_noun:
                f = "{n} more {Items}"
            if f.startswith("another") and ev_surf == "a dozen":
                st.surfaces.append(("dozen", 12))
                return "another dozen " + item.name
            return fill(f, st, person, ev_n, ev_surf, extra)
        if k == "q-":
            forms = ["{n} of {them}", "{n} {Items}", "{n} of {pos} {Items}", "{n}", "{n} of {them}"]
            f = rng.choice(forms)
            if f == "{n}" and st.need_noun:
                f = "{n} {Items}"
            return fill(f, st, person, ev_n, ev_surf, extra)
        if k == "Items":
            st.need_noun = False
            return item.name
        if k == "them":
            if st.need_noun or rng.random() < 0.15:
                st.need_noun = False
                return rng.choice(["the " + item.name, st.pos() + " " + item.name])
            return "them"
        if k == "pos":
            return st.pos()
        if k == "obj":
            return st.obj()
        if k == "mart":
            return pick_region(rng, MARTS, st.region)
        if k == "nb":
            return make_nb(st)
        if k == "charity":
            return rng.choice(CHARITY)
        if k == "lossplace":
            return rng.choice(LOSSPLACE)
        if k == "hide":
            return pick_region(rng, HIDE, st.region)
        if k == "place":
            return rng.choice(PLACES[item.home] + REGION_PLACES.get(st.region, {}).get(item.home, []))
        if k == "field":
            return pick_region(rng, FIELD, st.region)
        if k == "people":
            return extra["people"] if extra and "people" in extra else pick_region(rng, PEOPLE, st.region)[1]
        if k == "period":
            return rng.choice(PERIOD)
        if k == "time2":
            return pick_region(rng, TIME2, st.region)
        if k == "disaster":
            return rng.choice(DISASTER)
        if k == "wall":
            return rng.choice([WALL[st.region], "wall"])
        if k == "kids":
            return rng.choice([KIDS[st.region], "grandkids"])
        if k == "herd":
            return item.herd or "stock"
        if k == "mothers":
            return item.mothers or "hens"
        if k == "fold":
            st.surfaces.append((_FOLD[ev_n], ev_n))
            return _FOLD[ev_n]
        raise KeyError(k)

    for _ in range(4):
        new = re.sub(r"\{([A-Za-z+\-0-9]+)\}", ph, text)
        if new == text:
            break
        text = new
    return text


# --------------------------------------------------------------------------
# numeric chain
# --------------------------------------------------------------------------
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


def _amount(rng, scale):
    if scale == "s":
        return rng.randint(2, 24)
    if scale == "m":
        return rng.randint(2, 80) if rng.random() < 0.8 else rng.randint(80, 250)
    return rng.randint(5, 250) if rng.random() < 0.85 else rng.randint(250, 999)


def _start(rng, scale):
    if scale == "s":
        return rng.randint(6, 60)
    if scale == "m":
        return rng.randint(15, 300)
    if rng.random() < 0.015:
        return 1000
    return rng.randint(40, 999)


def _pick_div(rng):
    r = rng.random()
    if r < 0.4:
        return 2
    if r < 0.6:
        return 3
    return rng.randint(4, 12)


def make_chain(rng, item, n, product):
    scale = item.scale
    for _ in range(60):
        ops = []
        for _i in range(n):
            r = rng.random()
            ops.append("+" if r < 0.33 else "-" if r < 0.66 else "*" if r < 0.79 else "/")
        divb = [(_pick_div(rng) if o == "/" else None) for o in ops]
        if product:
            if scale == "s":
                A, B = rng.randint(2, 9), rng.randint(2, 12)
            elif scale == "m":
                A, B = rng.randint(2, 20), rng.randint(2, 30)
            else:
                A, B = rng.randint(2, 30), rng.choice([6, 10, 12, 15, 20, 24, 30, 36, 40, 48, 50, 60])
            v = A * B
            start = (A, B)
        else:
            v = _start(rng, scale)
            if ops[0] == "/":
                d = divb[0]
                v = max(2 * d, v - v % d)
            start = v
        if ops[0] == "/" and v % divb[0]:
            continue
        changes = []
        ok = True
        for i, op in enumerate(ops):
            nxt = divb[i + 1] if i + 1 < n else None
            if op == "+":
                b = _amount(rng, scale)
                if nxt:
                    b += (-(v + b)) % nxt
            elif op == "-":
                hi = min(v - 1, max(2, v * 3 // 4))
                if hi < 2:
                    ok = False
                    break
                b = rng.randint(2, hi)
                if nxt:
                    b += (v - b) % nxt
                    if b >= v:
                        ok = False
                        break
            elif op == "*":
                cap_b = 12 if v <= 60 else 6 if v <= 250 else 4 if v <= 1000 else 3
                lim = min(cap_b, 9999 // v) if v else 0
                if lim < 2:
                    ok = False
                    break
                opts = list(range(2, lim + 1))
                wts = [6 if x == 2 else 4 if x == 3 else 1 for x in opts]
                b = rng.choices(opts, wts)[0]
                if nxt and (v * b) % nxt:
                    good = [x for x in opts if (v * x) % nxt == 0]
                    if not good:
                        ok = False
                        break
                    b = rng.choice(good)
            else:
                b = divb[i]
            if b > 999 or b < 2:
                ok = False
                break
            v2 = apply_op(v, op, b)
            if v2 is None or v2 < 1 or v2 > 9999 or (op == "/" and v2 < 2):
                ok = False
                break
            changes.append((op, b))
            v = v2
        if ok:
            return start, changes
    return None


# --------------------------------------------------------------------------
# error injection
# --------------------------------------------------------------------------
def _swaps(n):
    s = str(n)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.append(int(t))
    return out


def misreads(n):
    out = {n + 1, n - 1}
    if n >= 10:
        out |= {n + 10, n - 10}
    if n >= 100:
        out |= {n + 100, n - 100}
    out |= set(_swaps(n))
    return [x for x in out if x > 0 and x != n]


def _no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    d = []
    for i in range(max(len(sa), len(sb))):
        x = int(sa[i]) if i < len(sa) else 0
        y = int(sb[i]) if i < len(sb) else 0
        d.append(str((x + y) % 10))
    return int("".join(reversed(d)))


def _borrow_slip(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    d = []
    for i in range(len(sa)):
        x = int(sa[i])
        y = int(sb[i]) if i < len(sb) else 0
        d.append(str(abs(x - y)))
    return int("".join(reversed(d)))


def _no_carry_mul(a, b):
    if b >= 10:
        return None
    return int("".join(str(int(ch) * b % 10) for ch in str(a)))


def arith_slip(rng, a, op, b, c):
    cands = [(c + 1, 3), (c - 1, 3)]
    if c >= 10:
        cands += [(c + 10, 2), (c - 10, 2)]
    if c >= 100:
        cands += [(c + 100, 1), (c - 100, 1)]
    cands += [(x, 2) for x in _swaps(c)]
    if op == "+":
        cands.append((_no_carry_add(a, b), 4))
    elif op == "-":
        cands.append((_borrow_slip(a, b), 4))
    elif op == "*":
        cands += [(a * (b + 1), 2), (a * (b - 1), 2)]
        nc = _no_carry_mul(a, b)
        if nc is not None:
            cands.append((nc, 3))
    bad = {a + b, a - b, a * b}
    if b and a % b == 0:
        bad.add(a // b)
    cands = [(x, w) for x, w in cands if x is not None and x > 0 and x != c and x not in bad]
    if not cands:
        return None
    return rng.choices([x for x, _ in cands], [w for _, w in cands])[0]


def wchoice(rng, pairs):
    pairs = [(x, w) for x, w in pairs if w > 0]
    if not pairs:
        return None
    return rng.choices([x for x, _ in pairs], [w for _, w in pairs])[0]


def inject(rng, eqs, e, kind, pool, start_val):
    """Return (a, op, b, c, detail) for the wrong step e, or None."""
    a, op, b, c, is_prod = eqs[e]
    if kind == "arithmetic":
        c2 = arith_slip(rng, a, op, b, c)
        if c2 is None:
            return None
        return a, op, b, c2, "slip"
    if kind == "operation":
        if is_prod:
            ops = [("+", 1)]
        elif op == "+":
            ops = [("-", 5), ("*", 1 if b <= 12 else 0)]
        elif op == "-":
            ops = [("+", 1)]
        elif op == "*":
            ops = [("+", 5), ("/", 2), ("-", 2)]
        else:
            ops = [("*", 6), ("-", 4)]
        ops = [(o, w) for o, w in ops if apply_op(a, o, b) is not None and apply_op(a, o, b) > 0
               and apply_op(a, o, b) != c]
        o2 = wchoice(rng, ops)
        if o2 is None:
            return None
        return a, o2, b, apply_op(a, o2, b), "op " + o2
    if kind == "operand":
        if is_prod:
            which = rng.random() < 0.5
            f = a if which else b
            cands = [(x, 2) for x in misreads(f) if 2 <= x <= 99]
            cands += [(x, 1) for x in set(pool) if x != f and 2 <= x <= 60]
            for _ in range(6):
                f2 = wchoice(rng, cands)
                if f2 is None:
                    return None
                a2, b2 = (f2, b) if which else (a, f2)
                c2 = a2 * b2
                if c2 != c and 0 < c2 <= 4 * c + 100:
                    return a2, op, b2, c2, "factor"
            return None
        if rng.random() < 0.55:
            others = [x for x in set(pool) if x != b]
            if op in "*/":
                others = [x for x in others if 2 <= x <= 12]
                mis = [x for x in misreads(b) if 2 <= x <= 12]
            else:
                mis = misreads(b)
            cands = [(x, 2) for x in others] + [(x, 2) for x in mis]
            for _ in range(6):
                b2 = wchoice(rng, cands)
                if b2 is None:
                    return None
                c2 = apply_op(a, op, b2)
                if c2 is not None and 0 < c2 <= 4 * c + 100 and c2 != c and b2 != b:
                    return a, op, b2, c2, "b"
            return None
        # wrong a: not the previous result (or not the start)
        if e == 0:
            cands = [(x, 2) for x in misreads(a)] + [(x, 1) for x in set(pool) if x != a]
        else:
            prev_a = eqs[e - 1][0]
            cands = [(prev_a, 4)] + [(x, 2) for x in misreads(a)]
            if start_val != a:
                cands.append((start_val, 1))
        for _ in range(6):
            a2 = wchoice(rng, cands)
            if a2 is None or a2 == a:
                continue
            c2 = apply_op(a2, op, b)
            if c2 is not None and 0 < c2 <= 4 * c + 100 and c2 != c:
                return a2, op, b, c2, "a"
        return None
    raise ValueError(kind)


# --------------------------------------------------------------------------
# story rendering
# --------------------------------------------------------------------------
def fill_event(st, ev, person, text=None):
    t = ev["tpl"]
    if t.fixed is not None:
        st.surfaces.append((t.surf, ev["b"]))
    extra = None
    if t.op == "/" and t.fixed is None and st.rng.random() < 0.6:
        them = st.rng.choice(["the lot", "all the {Items}", "all of them", "the whole lot", "all {pos} {Items}"])
        extra = {"them": them}
    return fill(text if text is not None else t.text, st, person, ev["b"], ev["surf"], extra=extra)


def _sentence(s):
    s = s.strip()
    s = cap(s)
    if s[-1] not in ".?!":
        s += "."
    return s


def choose_template(rng, op, b, item, region):
    fixed = [t for t in TEMPLATES if t.op == op and t.fixed == b and t.fits(item, region)]
    var = [t for t in TEMPLATES if t.op == op and t.fixed is None and t.fits(item, region)
           and (not t.fold or b <= 10)]
    p_fixed = {2: 0.55, 3: 0.4}.get(b, 0) if op in "*/" else 0
    if fixed and rng.random() < p_fixed:
        pool = fixed
    else:
        pool = var
    wts = [1 if "any" in t.flags else 2.5 for t in pool]
    return rng.choices(pool, wts)[0]


def ev_surface(rng, tpl, b):
    if tpl.fixed is not None:
        return tpl.surf
    if tpl.fold:
        return _FOLD[b]
    if tpl.op in "+-":
        return say(rng, b, wordy=0.3)
    return say(rng, b, wordy=0.5, dozen=False)


def render_story(rng, item, region, actor, tense, start, changes, n_distract):
    st = State(rng, actor, item, region, tense)
    events = []
    for op, b in changes:
        t = choose_template(rng, op, b, item, region)
        events.append({"op": op, "b": b, "tpl": t, "surf": ev_surface(rng, t, b)})

    # how is the question asked?
    last = events[-1]
    divq = last["op"] == "/" and last["tpl"].fixed is None and rng.random() < 0.45
    condq = (not divq) and rng.random() < 0.14 and last["tpl"].nA <= 1
    body_events = events[:-1] if (divq or condq) else events

    # group events into sentences
    groups = []
    i = 0
    while i < len(body_events):
        r = rng.random()
        size = 1 if r < 0.55 else 2 if r < 0.93 else 3
        size = min(size, len(body_events) - i)
        if size == 3 and not all(e["tpl"].kind == "A" for e in body_events[i:i + 3]):
            size = 2
        groups.append(body_events[i:i + size])
        i += size
    # merge start with first event sometimes
    p_merge = 0.55 if len(body_events) == 1 else 0.2
    merge_first = bool(groups) and len(groups[0]) == 1 and groups[0][0]["tpl"].kind == "A" \
        and not isinstance(start, tuple) and rng.random() < p_merge
    if merge_first and len(body_events) == 1 and rng.random() < 0.5:
        n_distract = 0

    # plan the blocks with distractors
    blocks = ["START"] + [("G", g) for g in groups]
    if merge_first:
        blocks = [("SG", groups[0])] + [("G", g) for g in groups[1:]]
    max_d = max(0, 7 - len(blocks))
    n_distract = min(n_distract, max_d)
    for _ in range(n_distract):
        blocks.insert(rng.randint(0, len(blocks)), "D")

    sents = []
    used_d = set()
    for blk in blocks:
        if blk == "START":
            sents.append(render_start(st, start))
        elif blk == "D":
            sents.append(render_distractor(st, used_d))
            st.need_noun = True
        elif blk[0] == "SG":
            sents.append(render_start(st, start, merge_event=blk[1][0]))
        else:
            sents.append(render_group(st, blk[1]))
    q = render_question(st, last if (divq or condq) else None, divq, condq)
    if (len(blocks) == 1 and blocks[0] != "START" and not divq and not condq and q.count("?") == 1
            and q.count(".") == 0 and rng.random() < 0.5):
        # one-sentence problem: "Morag had 40 ewes but sold 12, so how many are left?"
        sents[-1] = sents[-1][:-1] + ", so " + q[:1].lower() + q[1:]
    else:
        sents.append(q)
    text = " ".join(sents)
    n_sent = len(re.findall(r"[.?!](?:\s|$)", text))
    return text, events, st, divq, n_sent


def render_start(st, start, merge_event=None):
    rng = st.rng
    item = st.item
    use_time = rng.random() < 0.15
    pre = (rng.choice(START_TIMES) + ", ") if use_time else ""
    if isinstance(start, tuple):
        A, B = start
        conts = item.conts
        cont = rng.choice(conts)
        sA, sB = say(rng, A, 0.35, dozen=False), say(rng, B, 0.3)
        if rng.random() < 0.6:
            tpl, order = rng.choice(PROD_A)
            s, per = st.subj(force_name=True)
            first_vals = None
            body = s + " " + tpl
        else:
            pe = [p for p in PROD_E if not (cont in BIG_CONTS and "{place}" in p[0])]
            tpl, order = rng.choice(pe)
            per = None
            body = tpl
        extra = {"C": plural(cont)}

        def fa():
            st.surfaces.append((sA, A))
            return sA

        def fb():
            st.surfaces.append((sB, B))
            return sB
        extra["A"] = fa
        extra["B"] = fb
        st.start_order = order
        st.cont = cont
        return _sentence(pre + fill(body, st, per, extra=extra))
    sS = say(rng, start, 0.25)

    def fs():
        st.surfaces.append((sS, start))
        return sS
    extra = {"S": fs}
    flags_ok = lambda fl: fl == "any" or bool(set(fl.split()) & item.flags)
    if merge_event is not None or rng.random() < 0.62:
        tpl = rng.choice([t for t, fl in START_A if flags_ok(fl)])
        if re.search(r"start|begin|first thing", tpl):
            pre = ""
        s, per = st.subj(force_name=True)
        drop = st.actor.kind == "I" and st.tense == "past" and not pre and rng.random() < 0.35
        first = fill(tpl, st, per, extra=extra)
        if merge_event is not None:
            ev = merge_event
            joiner = rng.choice([" and ", " but ", ", then "])
            if ev["op"] in "+*":
                joiner = rng.choice([" and ", ", then ", " and later "])
            second = fill_event(st, ev, per)
            body = first + joiner + second
        else:
            body = first
        return _sentence(pre + (body if drop else s + " " + body))
    tpl = rng.choice([t for t, fl in START_E if flags_ok(fl)])
    return _sentence(pre + fill(tpl, st, None, extra=extra))


def clause_full(st, ev, allow_drop=True, allow_time=True):
    rng = st.rng
    t = ev["tpl"]
    if t.kind == "A":
        s, per = st.subj()
        body = fill_event(st, ev, per)
        if allow_drop and st.actor.kind == "I" and st.tense == "past" and rng.random() < 0.35:
            return body
        return s + " " + body
    return fill_event(st, ev, None)


def render_group(st, evs):
    rng = st.rng
    pre = ""
    if rng.random() < 0.28:
        pre = pick_region(rng, TIMES, st.region) + ", "
    if len(evs) == 1:
        return _sentence(pre + clause_full(st, evs[0], allow_drop=not pre))
    if all(e["tpl"].kind == "A" for e in evs):
        e0 = evs[0]
        if len(evs) == 2 and e0["tpl"].nA == 1 and rng.random() < 0.3 and not pre:
            # After selling 12 at the mart, she bought 5 more.
            txt = e0["tpl"].text
            m = re.match(r"<A:([^|>]+)\|[^>]+>", txt)
            base = m.group(1)
            w, sp, rest = base.partition(" ")
            ger = ing_form(w) + sp + rest
            ger_txt = fill_event(st, e0, "3s", text=ger + txt[m.end():])
            s, per = st.subj()
            second = fill_event(st, evs[1], per)
            return _sentence("After " + ger_txt + ", " + s + " " + second)
        s, per = st.subj()
        preds = [fill_event(st, e, per) for e in evs]
        if len(preds) == 3:
            body = preds[0] + ", " + preds[1] + " and " + preds[2]
        else:
            j = rng.choice([" and ", ", then ", ", and later ", " and then "])
            body = preds[0] + j + preds[1]
        drop = st.actor.kind == "I" and st.tense == "past" and not pre and rng.random() < 0.35
        return _sentence(pre + (body if drop else s + " " + body))
    c1 = clause_full(st, evs[0], allow_drop=False)
    c2 = clause_full(st, evs[1], allow_drop=False)
    js = [", and ", "; ", ", and then ", ", then "]
    if evs[1]["op"] in "-/":
        js.append(", but ")
    return _sentence(pre + c1 + rng.choice(js) + c2)


def render_distractor(st, used):
    rng = st.rng
    for _ in range(10):
        if rng.random() < 0.3:
            t, lo, hi = rng.choice(DISTRACT_NUM)
            if t in used:
                continue
            used.add(t)
            d = rng.randint(lo, hi)
            st.distract_nums.append(d)
            ds = say(rng, d, 0.2, dozen=False)
            her = {"I": "My", "we": "Our"}.get(st.actor.kind)
            if her is None and "{Her}" in t:
                her = cap(st.pos())
            s = t.replace("{d}", ds).replace("{money}", MONEY[st.region]).replace("{Her}", her or "")
            return cap(s)
        s = pick_region(rng, DISTRACT, st.region)
        if s not in used:
            used.add(s)
            return s
    return "The day wore on."


def render_question(st, last, divq, condq):
    rng = st.rng
    tense = st.tense
    ti = 0 if tense == "present" else 1
    if divq:
        q = rng.choice(DIVQ)[ti]
        s, per = st.subj()
        people = pick_region(rng, PEOPLE, st.region)
        st.person_word = people[0]
        extra = {"subj": s, "people": people[1], "person": people[0]}
        return _sentence(fill(q, st, per, last["b"], last["surf"], extra=extra))
    if condq:
        t = last["tpl"]
        will = "will" if tense == "present" else "would"
        if t.kind == "A":
            s, per = st.subj()
            then = " " if t.text.startswith("<A:be|") else " then "
            cl = s + then + fill_event(st, last, per)
            p2, per2 = st.actor.pron()
            tail = "how many {Items} " + will + " " + p2 + " have?"
            if rng.random() < 0.5:
                tail = "how many {Items} " + will + " " + p2 + " have left?"
        else:
            cl = fill_event(st, last, None)
            tail = "how many {Items} " + will + " there be?"
        return _sentence("If " + cl + ", " + fill(tail, st))
    pool = QUESTIONS + Q_REGION.get(st.region, [])
    q = rng.choice(pool)[ti]
    s, per = st.subj()
    extra = {
        "subj": s,
        "does": conj("do", "did", per, tense),
        "has": conj("have", "had", per, tense),
        "is": conj("be", "be", per, tense),
    }
    st.need_noun = False
    return _sentence(fill(q, st, per, extra=extra))


# --------------------------------------------------------------------------
# solution rendering
# --------------------------------------------------------------------------
def render_steps(rng, st, eqs_written, tags, final_num, divq, is_product):
    item = st.item
    sym = {"+": "+", "-": rng.choice(["-", "-", "−"]), "*": rng.choice(["*", "×", "×"]),
           "/": rng.choice(["/", "÷"])}
    compact = rng.random() < 0.12
    style = rng.choice(["terse", "label", "sentence", "mixed", "mixed", "opword"])
    a_kind = st.actor.kind
    who_full = {"I": ("I", "have"), "we": ("we", "have")}.get(a_kind)
    if who_full is None:
        if rng.random() < 0.5:
            who_full = (st.actor.name, "have" if st.actor.plural else "has")
        else:
            p, per = st.actor.pron()
            who_full = (p, "has" if per == "3s" else "have")
    unit_opts = [item.name, item.head, item.head, "left", "now", "in hand", "on the place"]
    unit_fixed = rng.choice([item.name, item.head])
    steps = []
    for i, (a, op, b, c) in enumerate(eqs_written):
        s_op = sym[op]
        if rng.random() < 0.08:
            s_op = {"-": "−", "*": "×", "/": "÷", "+": "+"}[op] if s_op in "-*/" else s_op
        eq = f"{a}{s_op}{b}={c}" if compact else f"{a} {s_op} {b} = {c}"
        unit = unit_fixed if rng.random() < 0.6 else rng.choice(unit_opts)
        if divq and i == len(eqs_written) - 1 and rng.random() < 0.5:
            unit = "each"
        tag = tags[i]
        if is_product and i == 0:
            t = rng.choice(STEP_PROD)
        elif style == "terse":
            t = rng.choice(["{eq}", "{eq} {unit}", "{eq}", "{eq} {unit}."])
        elif style == "label":
            t = rng.choice(["{Tag}: {eq}", "{Tag}: {eq} {unit}", "{eq} ({tagl})", "{Tag}, {eq}"])
        elif style == "sentence":
            t = rng.choice(["{Who} {has} {eq} {unit}.", "Then {eq}.", "After that, {eq}.", "So {eq} {unit}.",
                            "Now {eq} {unit}.", "{Tag}, so {eq}."])
        elif style == "opword":
            t = rng.choice(STEP_OP[op] + ["{eq}", "{eq} {unit}"])
        else:
            t = rng.choice(STEP_GEN + STEP_OP[op])
        cont = getattr(st, "cont", None)
        txt = (t.replace("{eq}", eq).replace("{unit}", unit).replace("{Tag}", tag).replace("{tagl}", tag.lower())
               .replace("{Who}", who_full[0]).replace("{has}", who_full[1]).replace("{them}", "them")
               .replace("{starts}", "starts" if who_full[1] == "has" else "start")
               .replace("{Cont}", cap(plural(cont)) if cont else "Lots"))
        steps.append(cap(txt))
    # final answer step
    if divq:
        t = rng.choice(FINAL_EACH)
    else:
        pool = FINAL + FINAL_REGION[st.region]
        if a_kind == "I":
            pool = pool + ["I have {ans} {unit}.", "I've {ans} {unit} now.", "Left with {ans}."]
        t = rng.choice(pool)
    unit = rng.choice([item.name, item.head])
    person = getattr(st, "person_word", "one")
    txt = (t.replace("{ans}", str(final_num)).replace("{unit}", unit).replace("{Who}", who_full[0])
           .replace("{who}", who_full[0]).replace("{has}", who_full[1]).replace("{person}", person))
    steps.append(cap(txt))
    return steps


# --------------------------------------------------------------------------
# records
# --------------------------------------------------------------------------
KINDS = ("arithmetic", "operand", "operation", "answer")


def _plan(rng):
    if rng.random() < 0.455:
        return None, None
    kind = rng.choice(KINDS)
    pos = "final" if kind == "answer" else rng.choice(["first", "middle", "last"])
    return kind, pos


def _n_changes(rng):
    return rng.choices([1, 2, 3, 4, 5], [12, 25, 28, 20, 15])[0]


def make_record(rng, rid):
    kind, pos = _plan(rng)
    for _attempt in range(200):
        region = rng.choice(REGIONS)
        item = rng.choice(ITEMS_BY_REGION[region])
        n = _n_changes(rng)
        product = bool(item.conts) and rng.random() < 0.25
        n_eq = n + (1 if product else 0)
        if pos == "middle" and n_eq < 3:
            continue
        if pos == "last" and n_eq < 2:
            continue
        ch = make_chain(rng, item, n, product)
        if ch is None:
            continue
        start, changes = ch
        # true equations
        eqs = []
        if product:
            A, B = start
            v = A * B
            eqs.append([A, "*", B, v, True])
            start_val = v
        else:
            v = start
            start_val = v
        v0 = v
        for op, b in changes:
            v2 = apply_op(v, op, b)
            eqs.append([v, op, b, v2, False])
            v = v2
        true_final = v
        # actor and story
        r = rng.random()
        if r < 0.66:
            nm, g = rng.choice(NAMES[region])
            actor = Actor("person", nm, g)
        elif r < 0.80:
            actor = Actor("I")
        elif r < 0.86:
            actor = Actor("we")
        else:
            gname, gpl = rng.choice(GROUPS[region])
            actor = Actor("group", gname, None, gpl)
        tense = "past" if rng.random() < (0.8 if actor.kind == "I" else 0.6) else "present"
        n_d = rng.choices([0, 1, 2], [35, 45, 20])[0]
        text, events, st, divq, n_sent = render_story(rng, item, region, actor, tense, start, changes, n_d)
        if len(text.split()) > 88 or n_sent > 8:
            continue
        # swap factor order in the product step sometimes
        if product and rng.random() < 0.25:
            eqs[0][0], eqs[0][2] = eqs[0][2], eqs[0][0]
        elif product and getattr(st, "start_order", "AB") == "BA" and rng.random() < 0.6:
            eqs[0][0], eqs[0][2] = eqs[0][2], eqs[0][0]
        # numbers in the problem (for wrong-operand picks)
        pool = [val for _s, val in st.surfaces] + st.distract_nums
        # written chain
        written = [tuple(e[:4]) for e in eqs]
        final_num = true_final
        err = None
        if kind is not None:
            if kind == "answer":
                last_c = written[-1][3]
                cands = [(x, 2) for x in misreads(last_c)]
                if len(written) >= 2:
                    cands.append((written[-2][3], 3))
                cands = [(x, w) for x, w in cands if x != last_c and x > 0]
                final_num = wchoice(rng, cands)
                if final_num is None:
                    continue
                err = {"kind": "answer", "index": len(written), "detail": "final"}
            else:
                if pos == "first":
                    e = 0
                elif pos == "last":
                    e = n_eq - 1
                else:
                    e = rng.randint(1, n_eq - 2)
                got = None
                for _t in range(4):
                    got = inject(rng, [tuple(x[:4]) + (x[4],) for x in eqs], e, kind, pool, start_val)
                    if got is None:
                        continue
                    a2, o2, b2, c2, det = got
                    new = written[:e] + [(a2, o2, b2, c2)]
                    cur = c2
                    okc = True
                    for j in range(e + 1, n_eq):
                        _a, op, b, _c = written[j]
                        nv = apply_op(cur, op, b)
                        if nv is None or nv < 1 or nv > 99999:
                            okc = False
                            break
                        new.append((cur, op, b, nv))
                        cur = nv
                    if okc and c2 <= 99999:
                        written = new
                        final_num = cur
                        err = {"kind": kind, "index": e, "detail": det}
                        break
                    got = None
                if got is None:
                    continue
        tags = []
        if product:
            tags.append("Start")
        for ev in events:
            tags.append(ev["tpl"].tag)
        steps = render_steps(rng, st, written, tags, final_num, divq, product)
        label = -1 if err is None else err["index"]
        rec = {
            "id": rid,
            "problem": text,
            "steps": steps,
            "label": label,
            "final_answer_correct": final_num == true_final,
            "error_kind": "none" if err is None else err["kind"],
        }
        meta = {
            "region": region, "item": item.name, "actor": actor.name or actor.kind, "tense": tense,
            "product": list(start) if product else None, "start": None if product else start,
            "changes": [list(c) for c in changes], "true_final": true_final,
            "written": [list(w) for w in written], "final_num": final_num,
            "err": err, "pos": pos, "surfaces": st.surfaces, "distract_nums": st.distract_nums,
            "tpl_keys": [ev["tpl"].key for ev in events], "divq": divq, "n_sent": n_sent,
        }
        return rec, meta
    raise RuntimeError("could not build a record")


def _generate_full(seed, count):
    rng = random.Random(seed)
    out = []
    for i in range(count):
        out.append(make_record(rng, f"ae-{seed}-{i:05d}"))
    return out


def generate(seed: int, count: int) -> list:
    return [r for r, _m in _generate_full(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
