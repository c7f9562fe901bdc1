"""Tiny-arith PRM data generator, register: building sites and workshops.

Foremen, chippies, sparks, plumbers, brickies and suppliers texting each other,
site diaries and delivery notes about bricks, planks, screws, pallets, tiles,
cable drums and bags of cement.  Solutions are written as quick site-diary working.

generate(seed, count) -> list of records (see BRIEF).  Standard library only.
generate_internal(seed, count) -> list of (record, meta) used by check.py.
"""

import json
import os
import random
import re

# ---------------------------------------------------------------------------
# Vocabulary (typed by hand)
# ---------------------------------------------------------------------------

MALE = """Dave Mick Gaz Baz Kev Steve Tony Pete Rob Lee Dean Wayne Craig Darren Shaun Jason Carl Neil
Phil Gary Terry Trevor Clive Colin Keith Ray Ron Stan Sid Alf Frank Harry Jack Tom Joe Ben Dan Matt
Luke Ryan Jamie Callum Connor Kieran Liam Owen Rhys Dylan Ewan Fraser Angus Hamish Rory Declan Padraig
Seamus Niall Cian Oisin Tariq Imran Bilal Hassan Yusuf Omar Karim Amir Faisal Zain Raj Sunil Vikram
Arjun Dev Ravi Sanjay Mohan Kwame Kofi Tunde Femi Chidi Emeka Segun Jomo Marek Tomasz Piotr Pawel
Lukasz Janusz Bogdan Andrei Mihai Vasile Ionut Florin Dragan Zoran Goran Milos Nikola Luca Marco
Paolo Enzo Diego Carlos Jose Mateo Rui Joao Tiago Nuno Pedro Sven Lars Nils Jens Henrik Olli Yannick
Thierry Kenji Hiro Wei Minh Bao Des Norm Reg Vince Len Bert Eddie Micky Tel Nobby Spud Dougie Fergus
Gethin Emrys Iwan Aled Brendan Eamon Ciaran Hughie Dariusz Radek Vlad Sergei Ilya Arturo Bruno""".split()

FEMALE = """Priya Sian Kelly Shaz Tracy Donna Bev Lorraine Sharon Nicola Gemma Leanne Stacey Kerry Amy
Chloe Jess Becky Hayley Zoe Megan Ffion Cerys Niamh Aoife Roisin Siobhan Eilidh Morag Kirsty Fiona
Aisha Fatima Noor Yasmin Leila Zara Anjali Deepa Sunita Meera Chioma Ngozi Ama Abena Kasia Magda
Agnieszka Ioana Elena Lucia Marta Ines Sofia Freya Ingrid Astrid Mei Yuki Hana Tess Maxine Pauline
Val Rita Jen Sal Dot Mags Brenda Carol Wendy Julie Mandy Debs Sue Lyn""".split()

NEUTRAL = """Jo Alex Sam Robin Jordan Casey Frankie Billie Morgan Charlie Mo Vic Ash Kit Rowan""".split()

SURNAMES = """Harris Patel O'Brien Kowalski Murphy Okafor Singh Jenkins Whitfield Brennan McAllister
Dunmore Achebe Novak Pearce Thornton Hughes Griffiths Llewellyn Fairbairn Crosby Ashworth Barraclough
Hargreaves Ramsbottom Oduya Mensah Khan Chaudhry Nakamura Lindqvist Ferreira Rossi Moretti Dubois
Quigley Donnelly Gallagher Fletcher Cooper Mason Carter Turner Walsh Doyle Kavanagh Ibrahim Haddad
Petrov Costa Silva Olsen Byrne Kerr Munro Baxter Dawson Pritchard Entwistle Greenhalgh""".split()

STREETS = """Mill Lane|Station Road|Church Street|Quarry Hill|Canal Side|Orchard Close|Victoria Terrace|
Foundry Way|Maltings Yard|Tanner's Row|Brook Street|Chapel Fold|Ropewalk|Gasworks Lane|Sawmill Road""".replace("\n", "").split("|")

OTHER_SITES = ["the school job", "the barn conversion", "the loft job", "the doctor's surgery",
               "the pub refit", "the new-build estate", "the garage conversion", "the chapel job",
               "the flats on the corner", "the warehouse fit-out", "the church hall", "the cafe job",
               "the old mill", "the bungalow", "the compound", "the other site"]

# item: (singular, plural, class, flags)
# classes: mas (masonry, big counts), tim (timber, cuttable), fix (fixings, big counts),
#          plm (plumbing), ele (electrical), bag (bagged materials), kit (site kit),
#          big (large single items), tile (tiles)
_ITEMS_RAW = """
brick|bricks|mas|
engineering brick|engineering bricks|mas|
facing brick|facing bricks|mas|
common brick|common bricks|mas|
breeze block|breeze blocks|mas|
concrete block|concrete blocks|mas|
aircrete block|aircrete blocks|mas|
paving slab|paving slabs|mas|
kerbstone|kerbstones|mas|
edging stone|edging stones|mas|
cobble sett|cobble setts|mas|
coping stone|coping stones|mas|
padstone|padstones|big|
lintel|lintels|big|
air brick|air bricks|mas|
wall tie|wall ties|fix|
cavity tray|cavity trays|plm|
block paver|block pavers|mas|
plank|planks|tim|cut
board|boards|tim|cut
joist|joists|tim|cut
batten|battens|tim|cut
rafter|rafters|tim|cut
noggin|noggins|tim|cut
stud|studs|tim|cut
floorboard|floorboards|tim|cut
skirting board|skirting boards|tim|cut
architrave|architraves|tim|cut
fence post|fence posts|tim|cut
fence panel|fence panels|big|
sheet of ply|sheets of ply|tim|cut
sheet of OSB|sheets of OSB|tim|cut
sheet of MDF|sheets of MDF|tim|cut
sheet of plasterboard|sheets of plasterboard|tim|cut
length of timber|lengths of timber|tim|cut
decking board|decking boards|tim|cut
gravel board|gravel boards|tim|cut
railway sleeper|railway sleepers|big|cut
roofing lath|roofing laths|tim|cut
door lining|door linings|tim|cut
handrail|handrails|tim|cut
spindle|spindles|tim|
newel post|newel posts|big|
worktop|worktops|big|cut
screw|screws|fix|
nail|nails|fix|
bolt|bolts|fix|
nut|nuts|fix|
washer|washers|fix|
wall plug|wall plugs|fix|
coach screw|coach screws|fix|
frame fixing|frame fixings|fix|
hinge|hinges|fix|
angle bracket|angle brackets|fix|
joist hanger|joist hangers|fix|
nail plate|nail plates|fix|
staple|staples|fix|
rivet|rivets|fix|
anchor bolt|anchor bolts|fix|
clout nail|clout nails|fix|
tack|tacks|fix|
cable clip|cable clips|fix|
copper pipe|copper pipes|plm|cut
elbow|elbows|plm|
tee|tees|plm|
compression fitting|compression fittings|plm|
pipe clip|pipe clips|plm|
radiator|radiators|big|
radiator valve|radiator valves|plm|
stopcock|stopcocks|plm|
ball valve|ball valves|plm|
waste trap|waste traps|plm|
push-fit connector|push-fit connectors|plm|
length of waste pipe|lengths of waste pipe|plm|cut
olive|olives|fix|
tap connector|tap connectors|plm|
boiler|boilers|big|
toilet pan|toilet pans|big|
cistern|cisterns|big|
basin|basins|big|
shower tray|shower trays|big|
cable drum|cable drums|big|
reel of cable|reels of cable|big|
length of cable|lengths of cable|ele|cut
socket|sockets|ele|
double socket|double sockets|ele|
light switch|light switches|ele|
back box|back boxes|ele|
downlight|downlights|ele|
light fitting|light fittings|ele|
ceiling rose|ceiling roses|ele|
fused spur|fused spurs|ele|
breaker|breakers|ele|
consumer unit|consumer units|big|
junction box|junction boxes|ele|
length of trunking|lengths of trunking|ele|cut
length of conduit|lengths of conduit|ele|cut
cable tie|cable ties|fix|
grommet|grommets|fix|
smoke alarm|smoke alarms|ele|
extractor fan|extractor fans|big|
LED panel|LED panels|ele|
roof tile|roof tiles|tile|
ridge tile|ridge tiles|tile|
slate|slates|tile|
floor tile|floor tiles|tile|
wall tile|wall tiles|tile|
tile spacer|tile spacers|fix|
roll of felt|rolls of felt|big|
lead flashing|lead flashings|plm|cut
length of gutter|lengths of gutter|plm|cut
downpipe|downpipes|plm|cut
gutter bracket|gutter brackets|fix|
fascia board|fascia boards|tim|cut
soffit board|soffit boards|tim|cut
bag of cement|bags of cement|bag|
bag of sand|bags of sand|bag|
bag of plaster|bags of plaster|bag|
bag of grout|bags of grout|bag|
bag of tile adhesive|bags of tile adhesive|bag|
bag of ballast|bags of ballast|bag|
bag of lime|bags of lime|bag|
bag of postcrete|bags of postcrete|bag|
bag of multi-finish|bags of multi-finish|bag|
bag of bonding coat|bags of bonding coat|bag|
tub of filler|tubs of filler|bag|
tub of PVA|tubs of PVA|bag|
tin of paint|tins of paint|bag|
tube of silicone|tubes of silicone|fix|
tube of sealant|tubes of sealant|fix|
can of expanding foam|cans of expanding foam|bag|
pallet|pallets|kit|
scaffold pole|scaffold poles|kit|
scaffold board|scaffold boards|kit|
scaffold clip|scaffold clips|fix|
coupler|couplers|fix|
ladder|ladders|big|
trestle|trestles|big|
hard hat|hard hats|kit|
hi-vis vest|hi-vis vests|kit|
pair of gloves|pairs of gloves|kit|
dust mask|dust masks|kit|
wheelbarrow|wheelbarrows|big|
bucket|buckets|kit|
shovel|shovels|kit|
sandbag|sandbags|kit|
traffic cone|traffic cones|kit|
barrier panel|barrier panels|kit|
fence clip|fence clips|fix|
trench sheet|trench sheets|kit|
acrow prop|acrow props|kit|
tarp|tarps|kit|
dust sheet|dust sheets|kit|
roll of tape|rolls of tape|kit|
saw blade|saw blades|kit|
drill bit|drill bits|fix|
sanding disc|sanding discs|fix|
cutting disc|cutting discs|fix|
door|doors|big|
fire door|fire doors|big|
window frame|window frames|big|
window sill|window sills|tim|cut
door handle|door handles|plm|
letterbox|letterboxes|plm|
padlock|padlocks|kit|
roll of insulation|rolls of insulation|big|
insulation slab|insulation slabs|kit|cut
manhole cover|manhole covers|big|
drain pipe|drain pipes|plm|cut
gully pot|gully pots|big|
bollard|bollards|big|
sheet of glass|sheets of glass|big|
roll of DPC|rolls of DPC|big|
stair tread|stair treads|tim|cut
loft hatch|loft hatches|big|
kitchen unit|kitchen units|big|
sink|sinks|big|
towel rail|towel rails|big|
curtain pole|curtain poles|tim|cut
tile trim|tile trims|plm|cut
corner bead|corner beads|plm|cut
metal stud|metal studs|plm|cut
plaster stop bead|plaster stop beads|plm|cut
"""

# container items: (sg, pl, cont word sg, inner sg, inner pl, inner class)
_CONTAINERS_RAW = """
box of screws|boxes of screws|box|screw|screws|fix
box of nails|boxes of nails|box|nail|nails|fix
pack of wall plugs|packs of wall plugs|pack|wall plug|wall plugs|fix
box of tiles|boxes of tiles|box|tile|tiles|tile
bundle of battens|bundles of battens|bundle|batten|battens|tim
pack of cable ties|packs of cable ties|pack|cable tie|cable ties|fix
bag of washers|bags of washers|bag|washer|washers|fix
tub of tile spacers|tubs of tile spacers|tub|tile spacer|tile spacers|fix
crate of fittings|crates of fittings|crate|fitting|fittings|plm
box of downlights|boxes of downlights|box|downlight|downlights|ele
pack of hinges|packs of hinges|pack|hinge|hinges|fix
pallet of bricks|pallets of bricks|pallet|brick|bricks|mas
pallet of blocks|pallets of blocks|pallet|block|blocks|mas
pallet of cement|pallets of cement|pallet|bag of cement|bags of cement|bag
carton of sockets|cartons of sockets|carton|socket|sockets|ele
box of drill bits|boxes of drill bits|box|drill bit|drill bits|fix
pack of sanding discs|packs of sanding discs|pack|sanding disc|sanding discs|fix
bundle of copper pipe|bundles of copper pipe|bundle|copper pipe|copper pipes|plm
pack of floorboards|packs of floorboards|pack|floorboard|floorboards|tim
crate of roof tiles|crates of roof tiles|crate|roof tile|roof tiles|tile
box of rivets|boxes of rivets|box|rivet|rivets|fix
sleeve of gloves|sleeves of gloves|sleeve|pair of gloves|pairs of gloves|kit
"""


class Item:
    __slots__ = ("sg", "pl", "cls", "cut", "cont", "inner")

    def __init__(self, sg, pl, cls, cut=False, cont=None, inner=None):
        self.sg, self.pl, self.cls, self.cut = sg, pl, cls, cut
        self.cont, self.inner = cont, inner


ITEMS = []
for _line in _ITEMS_RAW.strip().splitlines():
    _p = _line.split("|")
    ITEMS.append(Item(_p[0], _p[1], _p[2], _p[3] == "cut"))
CONTAINERS = []
for _line in _CONTAINERS_RAW.strip().splitlines():
    _p = _line.split("|")
    CONTAINERS.append(Item(_p[0], _p[1], "cnt", False, _p[2], Item(_p[3], _p[4], _p[5])))

# containers used for product starts, per class
PACKS = {
    "mas": ["pallets", "packs", "stacks", "cubes", "rows", "layers"],
    "tim": ["bundles", "stacks", "packs", "racks"],
    "fix": ["boxes", "packs", "tubs", "bags", "cartons", "tins"],
    "plm": ["boxes", "crates", "bags", "cartons", "trays"],
    "ele": ["boxes", "cartons", "packs", "crates", "trays"],
    "bag": ["pallets", "stacks", "rows", "vanloads", "piles"],
    "kit": ["stacks", "piles", "crates", "racks", "rows", "bundles"],
    "big": ["vanloads", "stacks", "rows", "racks", "wagons"],
    "tile": ["boxes", "pallets", "packs", "crates", "stacks"],
}
SIZE = {  # start range, typical product (p range, q range)
    "mas": ((60, 999), (2, 24), (20, 400)),
    "fix": ((50, 999), (2, 30), (10, 250)),
    "tile": ((40, 900), (2, 30), (6, 120)),
    "tim": ((10, 400), (2, 20), (5, 50)),
    "plm": ((10, 300), (2, 20), (5, 40)),
    "ele": ((10, 300), (2, 20), (4, 40)),
    "bag": ((8, 200), (2, 15), (10, 60)),
    "kit": ((8, 250), (2, 15), (4, 40)),
    "big": ((4, 60), (2, 9), (2, 12)),
    "cnt": ((6, 90), (2, 9), (2, 12)),
}
INNER_COUNTS = {"fix": [50, 100, 200, 250, 500, 20, 25, 40], "tile": [5, 6, 8, 10, 12, 20],
                "tim": [5, 6, 8, 10, 12, 20], "plm": [10, 20, 25, 50], "ele": [4, 6, 8, 10, 12],
                "mas": [200, 250, 300, 400, 500], "bag": [40, 48, 50, 56, 60], "kit": [5, 10, 12, 20]}

PIECES = ["pieces", "lengths", "bits", "sections", "strips", "short lengths", "cut lengths", "offcut pieces"]
GROUPS = ["vans", "stacks", "piles", "lots", "gangs", "plots", "floors", "barrows", "loads", "bays",
          "trolleys", "heaps"]
PEOPLE_UNITS = [("spark", "sparks"), ("chippy", "chippies"), ("plumber", "plumbers"), ("brickie", "brickies"),
                ("lad", "lads"), ("gang", "gangs"), ("van", "vans"), ("plot", "plots"), ("flat", "flats"),
                ("house", "houses"), ("bathroom", "bathrooms"), ("room", "rooms"), ("floor", "floors"),
                ("bay", "bays"), ("team", "teams"), ("apprentice", "apprentices"), ("kitchen", "kitchens"),
                ("landing", "landings"), ("unit", "units"), ("site", "sites")]
PACK_NOUNS = [("bag", "bags"), ("bundle", "bundles"), ("box", "boxes"), ("pack", "packs"), ("stack", "stacks"),
              ("kit", "kits"), ("set", "sets"), ("crate", "crates"), ("tray", "trays"), ("bucket", "buckets")]

ROLES = ["foreman", "gaffer", "site manager", "chippy", "carpenter", "joiner", "plumber", "spark",
         "electrician", "brickie", "labourer", "roofer", "tiler", "plasterer", "groundworker",
         "scaffolder", "storeman", "apprentice", "dryliner", "glazier", "fixer", "ganger"]
DELIVERERS = ["the wagon", "the lorry", "the supplier", "the merchant's van", "the driver", "the rep",
              "the hiab", "the flatbed", "the yard", "the depot", "the builders' merchant", "the courier"]
CREWS = [("the lads", True), ("the sparks", True), ("the chippies", True), ("the brickies", True),
         ("the plumbers", True), ("the roofers", True), ("the labourers", True), ("the night shift", False),
         ("the apprentice", False), ("the gaffer", False), ("somebody", False), ("the tilers", True),
         ("the groundworkers", True), ("the scaffold firm", False), ("the dryliners", True)]
DAYS = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

TIMES = ["first thing", "at 7", "by half seven", "at 8", "mid-morning", "at 10", "before smoko",
         "at half ten", "before lunch", "at dinner", "after lunch", "at 2pm", "mid-afternoon",
         "around 3", "around 4", "before knock-off", "at the end of the shift"]

DISTRACTORS = [
    "Rain on and off all morning.", "The scaffolders never showed.", "Kettle in the cabin packed in again.",
    "Building control came round and signed off the footings.", "The mixer is making a funny noise.",
    "Skip's full again.", "Nobody can find the laser level.", "It was freezing on the roof.",
    "The gaffer was in a foul mood.", "Somebody left the gate open overnight.", "Radio's been nicked.",
    "The client turned up wanting changes.", "Mud everywhere after the storm.", "Toilets need emptying.",
    "The road was shut so everyone was late.", "Health and safety walked the site.",
    "Brew run was the apprentice's turn.", "The dumper wouldn't start.", "Wind picked up after dinner.",
    "Still no sign of the windows.", "Drawings changed again.", "Neighbour complained about the noise.",
    "The hoist was down for an hour.", "Sun finally came out.", "Cabin heater is on its last legs.",
    "Site was quiet for a Friday.", "The QS came by with a clipboard.", "Chop saw blade needs changing.",
    "Van got a flat on the way in.", "Somebody's dog wandered onto site.", "Everyone knocked off early.",
    "Footings passed inspection.", "Power was off till the genny got going.", "The client brought biscuits.",
    "Fog on the motorway again.", "The pump kept tripping out.", "Nobody wanted to go up the ladder.",
    "Lots of banter about the football.", "Tea urn was empty by nine.", "Roof felt still flapping.",
    "Plans say one thing, the gaffer says another.", "The new apprentice started today.",
    "Half the lads are off with the flu.", "Paperwork is a mess.", "Delivery paperwork went missing.",
    "Hard hats on at all times.", "The forklift needs diesel.", "It's been a long week.",
    "Somebody moved the ladder again.", "The council sent a letter about the skip.",
    "Work is behind on the drylining.", "Nobody fancied the night shift.", "The yard gate sticks.",
    "Cold snap means no pouring today.", "Sparks are waiting on the plumbers, as usual.",
    "Snagging list is getting longer.", "Frost on the blocks this morning.",
    "The supplier rang twice about payment.", "Scaffold tag was out of date.",
]

BOSSES = ["Gaffer", "Foreman", "Site manager", "Office", "QS", "Boss", "Storeman"]

# ---------------------------------------------------------------------------
# Verbs
# ---------------------------------------------------------------------------

_IRREG = """have has had had|lay lays laid laid|send sends sent sent|take takes took taken|bring brings brought brought|
get gets got got|go goes went gone|come comes came come|find finds found found|buy buys bought bought|
throw throws threw thrown|lend lends lent lent|lose loses lost lost|put puts put put|cut cuts cut cut|
split splits split split|sell sells sold sold|leave leaves left left|fall falls fell fallen|give gives gave given|
hold holds held held|break breaks broke broken|make makes made made|win wins won won|keep keeps kept kept|
saw saws sawed sawn|grow grows grew grown|become becomes became become|say says said said|
write writes wrote written|run runs ran run|hang hangs hung hung|dig digs dug dug|spend spends spent spent|
stand stands stood stood|catch catches caught caught|bend bends bent bent|sweep sweeps swept swept|
shake shakes shook shaken|steal steals stole stolen|set sets set set|tear tears tore torn|
yield yields yielded yielded|do does did done|wear wears wore worn|pay pays paid paid|
blag blags blagged blagged|stack stacks stacked stacked|box boxes boxed boxed|be is was been|
end ends ended ended|see sees saw seen|deal deals dealt dealt|feed feeds fed fed|strip strips stripped stripped"""
VERBS = {}
for _e in _IRREG.replace("\n", "").split("|"):
    _b, _s, _p, _pp = _e.split()
    VERBS[_b] = (_s, _p, _pp)
_DOUBLE = {"drop", "rip", "chop", "top", "swap", "bin", "tip", "ship", "slip", "stop", "grab", "scrap", "skip",
           "nab", "bag", "trim", "snap", "clip", "plan", "pop", "lug", "chip", "flog", "nip", "fit", "bin"}


def _forms(base):
    if base in VERBS:
        return VERBS[base]
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        s = base + "es"
    elif base.endswith("y") and base[-2] not in "aeiou":
        s = base[:-1] + "ies"
    else:
        s = base + "s"
    if base in _DOUBLE:
        p = base + base[-1] + "ed"
    elif base.endswith("e"):
        p = base + "d"
    elif base.endswith("y") and base[-2] not in "aeiou":
        p = base[:-1] + "ied"
    else:
        p = base + "ed"
    return (s, p, p)


def conj(base, person, plural, tense, contract=False):
    """person 1 or 3; tense 'past'|'pres'|'perf'."""
    s, p, pp = _forms(base)
    if base == "be":
        if tense == "past":
            return "were" if plural else "was"
        if tense == "pres":
            return "are" if plural else ("am" if person == 1 else "is")
        return ("have been" if (plural or person == 1) else "has been")
    if tense == "past":
        return p
    if tense == "pres":
        return s if (person == 3 and not plural) else base
    aux = "have" if (plural or person == 1) else "has"
    if contract and person == 1:
        return "'ve " + pp
    return aux + " " + pp


# ---------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
_TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety",
         20: "twenty"}


def num_word(n):
    if n <= 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t * 10] + ("" if o == 0 else "-" + _ONES[o])
    return None


# ---------------------------------------------------------------------------
# Change templates.  text, diary tag, flags
# flags: P = starts with protagonist subject, n2/n3/n4/n10 = needs that amount,
#        cut = cuttable items, cont = container items (noun -> inner), pack = noun -> pack noun,
#        fq = final change only, sets its own question
# ---------------------------------------------------------------------------

ADD_T = [
    ("{S} {v:pick} up another {n} {it} from the merchant's", "picked up {b}"),
    ("{D} {d:drop} off {n} more {it}", "{b} dropped off"),
    ("{D} {d:turn} up with another {n}", "{b} more came"),
    ("{S} {v:collect} {n} more from {site2}", "collected {b}"),
    ("{n} more {it} {pass:deliver}", "{b} delivered"),
    ("{N} {m:bring} over {n} spare {it}", "{b} brought over"),
    ("{S} {v:find} {n} more behind the cabin", "found {b}"),
    ("{S} {v:scrounge} {n} from the lads on {site2}", "scrounged {b}"),
    ("{S} {v:get} {n} back from {site2}", "{b} back"),
    ("{n} {pass:return} unused from {site2}", "{b} returned"),
    ("{D} {d:unload} {n} more off the back", "unloaded {b}"),
    ("{S} {v:sign} for a drop of {n}", "signed for {b}"),
    ("another {n} {pass:send} over from the yard", "{b} sent over"),
    ("{S} {v:buy} {n} more at the merchant's on the way in", "bought {b}"),
    ("{S} {v:grab} {n} out of {poss} van", "{b} from van"),
    ("{X} {x:chuck} in {n} spare", "{b} spare"),
    ("the rep {c3:throw} in {n} free", "{b} free"),
    ("{S} {v:salvage} {n} good ones out of the skip", "salvaged {b}"),
    ("{n} more {pass:find} under a tarp", "found {b}"),
    ("{S} {v:top} up with {n} from the compound", "topped up {b}"),
    ("the afternoon drop {c3:bring} {n} more", "{b} on the drop"),
    ("{S} {v:borrow} {n} from {site2}", "borrowed {b}"),
    ("{N} {m:lend} {Po} {n}", "{b} lent"),
    ("{S} {v:nick} {n} off {site2} when nobody was looking", "nicked {b}"),
    ("{S} {v:take} delivery of {n} more", "took in {b}"),
    ("{n} more {pass:bring} up on the hoist", "{b} up on hoist"),
    ("{D} {d:come} back with the missing {n}", "{b} missing ones"),
    ("{S} {v:add} {n} to the pile", "added {b}"),
    ("the gaffer {c3:give} {Po} {n} extra", "given {b}"),
    ("{S} {v:win} {n} off {N} in a bet", "won {b}"),
    ("{n} {it} {np:come} in on the next wagon", "{b} came in"),
    ("{n} more {np:turn} up in a van", "{b} turned up"),
    ("{S} {v:restock} with {n}", "restocked {b}"),
    ("{S} {v:fetch} {n} from the compound", "fetched {b}"),
    ("{X} {x:hand} {Po} {n} more", "handed {b}"),
    ("{S} {v:receive} {n} from the supplier", "received {b}"),
    ("{S} {v:blag} {n} extra off the rep", "blagged {b}"),
    ("{S} {v:carry} {n} over from the other stack", "carried {b} over"),
    ("{n} {np:arrive} on a second pallet", "{b} arrived"),
    ("{S} {v:rescue} {n} from the old shed", "rescued {b}"),
    ("{S} {v:count} another {n} that had been missed", "{b} missed earlier"),
    ("{D} {d:deliver} {n} more, a day late", "{b} late drop"),
    ("{N} {m:pass} {Po} {n} over the fence", "{b} over the fence"),
    ("{S} {v:bring} in {n} from home", "{b} from home"),
    ("{S} {v:gain} {n} from a cancelled order", "{b} from cancelled order"),
    ("{n} {np:get} sent back to {Po} from {site2}", "{b} sent back to us"),
    ("the merchant {c3:make} up the short delivery with {n} more", "{b} made good"),
    ("{S} {v:stock} up on {n} more", "stocked up {b}"),
    ("{S} {v:unearth} {n} more in the container", "{b} found"),
    ("{N} {m:drop} {n} round to {Po}", "{b} dropped round"),
]
SUB_T = [
    ("{S} {v:lay} {nn}", "laid {b}"),
    ("{S} {v:use} {nn} on the footings", "used {b}"),
    ("{S} {v:fit} {nn}", "fitted {b}"),
    ("{n} of them {np:crack} in the frost", "{b} cracked"),
    ("{S} {v:send} {n} back to the merchant's", "{b} sent back"),
    ("{N} {m:borrow} {n} for {site2}", "{b} lent out"),
    ("{n} {np:go} missing overnight", "{b} missing"),
    ("{n} {pass:nick} from the compound", "{b} nicked"),
    ("{S} {v:chuck} {n} in the skip", "{b} skipped"),
    ("{S} {v:load} {n} onto the van for {site2}", "{b} loaded out"),
    ("{S} {v:drop} {n} off the scaffold", "{b} dropped"),
    ("{X} {x:get} through {nn}", "{b} used"),
    ("{S} {v:hand} {n} out to the lads", "{b} handed out"),
    ("{S} {v:give} {n} to {N}", "{b} given away"),
    ("{n} {pass:damage} in the rain", "{b} damaged"),
    ("{S} {v:put} {n} in on first fix", "{b} in"),
    ("{S} {v:install} {nn} upstairs", "installed {b}"),
    ("{n} {pass:reject} by the inspector", "{b} rejected"),
    ("{S} {v:return} {n} to the supplier", "returned {b}"),
    ("{S} {v:sell} {n} to a bloke down the road", "sold {b}"),
    ("{S} {v:write} off {n} as damaged", "{b} written off"),
    ("{X} {x:walk} off with {n}", "{b} walked"),
    ("{S} {v:drop} {n} at {site2} on the way past", "{b} dropped at other job"),
    ("{S} {v:go} through {nn} on the first lift", "{b} used"),
    ("{n} {np:fall} off the back of the wagon", "{b} fell off"),
    ("{S} {v:take} {n} over to {site2}", "{b} taken"),
    ("{N} {m:take} {n} for the extension", "{b} taken"),
    ("{S} {v:knock} over {n}, all ruined", "{b} ruined"),
    ("{S} {v:waste} {n} on bad cuts", "{b} wasted"),
    ("{S} {v:bin} {n}", "binned {b}"),
    ("{S} {v:lend} {n} to {site2}", "{b} lent"),
    ("{S} {v:donate} {n} to the school", "{b} donated"),
    ("{X} {x:use} up {nn}", "{b} used up"),
    ("{n} {pass:send} to {site2}", "{b} sent out"),
    ("{S} {v:fix} {n} to the wall", "fixed {b}"),
    ("{S} {v:lose} {n} down the trench", "{b} lost"),
    ("{n} {pass:bury} under the spoil heap", "{b} buried"),
    ("{n} {np:turn} out faulty and {np:go} back", "{b} faulty"),
    ("{S} {v:shift} {n} to the other compound", "{b} moved"),
    ("{D} {d:take} back {n} wrong ones", "{b} wrong ones back"),
    ("{S} {v:offload} {n} onto {site2}", "{b} offloaded"),
    ("the skip lorry {c3:take} {n} by mistake", "{b} gone in skip"),
    ("{S} {v:set} {n} aside for snagging", "{b} set aside"),
    ("{S} {v:get} rid of {n}", "{b} got rid of"),
    ("{n} of them {np:break} on the way down", "{b} broken"),
    ("{S} {v:flog} {n} to another firm", "{b} sold"),
    ("{S} {v:spend} {n} on the garden wall", "{b} on the wall"),
    ("{S} {v:pass} {n} up to the roofers", "{b} passed up"),
]
MUL_T = [
    ("the pile {c3:double} when the bulk order {c3:land}", "doubled", "n2"),
    ("{S} {v:double} the stock", "doubled", "n2"),
    ("{D} {d:send} enough to double it", "doubled", "n2"),
    ("the stock {c3:treble} after the big drop", "trebled", "n3"),
    ("{S} {v:triple} it with a bulk order", "tripled", "n3"),
    ("{S} {v:end} up with twice as many", "twice as many", "n2"),
    ("{S} {v:end} up with triple that", "triple", "n3"),
    ("{S} {v:end} up with {n} times as many as that", "{b} times as many", ""),
    ("by the end of the week there {bep} {n} times as many", "{b} times as many", ""),
    ("the stack {c3:grow} to {n} times its size", "{b} times the size", ""),
    ("{D} {d:bring} enough to make it {n} times what it was", "{b} times", ""),
    ("{S} {v:multiply} the order by {n}", "times {b}", ""),
    ("the reorder {c3:make} it {n} times as big", "{b} times as big", ""),
    ("the heap {c3:become} {n} times as big", "{b} times as big", ""),
    ("{X} {x:bump} it up to {n} times the amount", "{b} times the amount", ""),
    ("the supplier {c3:double} it by mistake", "doubled by mistake", "n2"),
    ("{S} {v:quadruple} it", "quadrupled", "n4"),
    ("stock {c3:go} up {n}-fold", "{b}-fold", "n3up"),
    ("the count {c3:double} overnight", "doubled", "n2"),
    ("the stock {c3:go} up to {n} times what it was", "{b} times what it was", "n3up"),
    ("{S} {v:cut} each one into {n} {pieces}", "cut into {b}", "cut"),
    ("every {it1} {pass1:saw} into {n} {pieces}", "sawn into {b}", "cut"),
    ("{S} {v:rip} each {it1} down into {n} {pieces}", "ripped into {b}", "cut"),
    ("{S} {v:chop} every one into {n} {pieces}", "chopped into {b}", "cut"),
    ("{S} {v:trim} each {it1} into {n} shorter {pieces}", "{b} per length", "cut"),
    ("{X} {x:split} every {it1} into {n} {pieces}", "{b} from each", "cut"),
    ("{S} {v:get} {n} {pieces} out of each {it1}", "{b} out of each", "cut"),
    ("each {it1} {c3:yield} {n} {pieces}", "{b} from each", "cut"),
    ("{S} {v:cut} each one in two", "cut in two", "cut n2"),
    ("{S} {v:mark} each {it1} into {n} and {v:cut} them", "marked into {b}", "cut"),
    ("each {cont1} {c3:hold} {n} {inner}", "{b} per {cont1}", "cont"),
    ("there {bep} {n} {inner} in every {cont1}", "{b} in each", "cont"),
    ("{S} {v:open} them up: {n} {inner} to a {cont1}", "{b} to a {cont1}", "cont"),
    ("{S} {v:count} {n} {inner} in each {cont1}", "{b} each", "cont"),
    ("every {cont1} {pass1:pack} with {n} {inner}", "{b} per {cont1}", "cont"),
    ("{S} {v:break} them down into loose {inner}, {n} per {cont1}", "broken down", "cont"),
    ("the label {c3:say} {n} {inner} per {cont1}", "{b} per {cont1}", "cont"),
    ("{S} {v:tip} them all out, each one having {n} {inner} in it", "tipped out", "cont"),
    ("each {cont1} {c3:turn} out to have {n} {inner} in it", "{b} in each", "cont"),
    ("{S} {v:unpack} them, {n} {inner} a {cont1}", "unpacked", "cont"),
]
DIV_T = [
    ("{S} {v:split} them equally between {n} {grp} and {v:keep} one share", "split {b} ways", ""),
    ("{S} {v:share} them out evenly among {n} {grp}, keeping one share", "shared {b} ways", ""),
    ("half of them {cp:go} to {site2}", "half gone", "n2"),
    ("{S} {v:send} half over to {site2}", "half sent", "n2"),
    ("{S} {v:give} away half", "halved", "n2"),
    ("{S} {v:halve} the stack", "halved", "n2"),
    ("only a third of them {cp:pass} inspection and the rest {cp:go} back", "a third kept", "n3"),
    ("{S} {v:keep} a third and {v:send} the rest back", "kept a third", "n3"),
    ("{S} {v:divide} them equally across {n} floors and {v:keep} one floor's worth", "{b} floors", ""),
    ("{S} {v:stack} them into {n} equal piles and {v:take} one pile", "one pile of {b}", ""),
    ("{X} {x:split} the lot {n} ways and {S} {v:get} one share", "{b} ways", "Pmid"),
    ("the lot {pass1:divide} evenly into {n} {grp}, and only one {c3:stay} here", "{b} lots", ""),
    ("only half {cp:fit} in the van, so the rest {cp:stay} behind", "half in van", "n2"),
    ("{S} {v:hand} half to {N}", "half to mate", "n2"),
    ("a third of them {cp:be} kept back and the rest {cp:go} to {site2}", "a third kept", "n3"),
    ("{S} {v:cut} the pile down to a quarter", "down to a quarter", "n4"),
    ("{S} {v:bag} them up in bags of {n}", "bags of {b}", "pack:bag"),
    ("{S} {v:bundle} them in tens", "bundles of ten", "pack:bundle n10"),
    ("{S} {v:pack} them into boxes of {n}", "boxes of {b}", "pack:box"),
    ("{S} {v:stack} them {n} to a pallet", "{b} a pallet", "pack:pallet"),
    ("{S} {v:tie} them in bundles of {n}", "bundles of {b}", "pack:bundle"),
    ("{S} {v:make} up kits of {n}", "kits of {b}", "pack:kit"),
    ("they {passp:group} into sets of {n}", "sets of {b}", "pack:set"),
    ("{S} {v:load} them onto trolleys, {n} per trolley", "{b} per trolley", "pack:trolley"),
    ("{S} {v:sort} them into crates of {n}", "crates of {b}", "pack:crate"),
    ("{S} {v:put} them in trays of {n}", "trays of {b}", "pack:tray"),
    ("{S} {v:share} them equally among {n} {ppl}", "shared {b} ways", "fq"),
    ("they {passp:split} evenly across {n} {ppl}", "split {b} ways", "fq"),
    ("{S} {v:divide} them between {n} {ppl} equally", "divided by {b}", "fq"),
    ("{S} {v:spread} them evenly over {n} {ppl}", "spread over {b}", "fq"),
    ("{S} {v:need} them shared equally by {n} {ppl}", "shared by {b}", "fq"),
    ("{S} {v:deal} them out evenly to {n} {ppl}", "dealt {b} ways", "fq"),
    ("the lot {c3:get} split equally between {n} {ppl}", "split {b} ways", "fq"),
    ("{S} {v:portion} them out fairly to {n} {ppl}", "portioned {b} ways", "fq"),
    ("{S} {v:split} them into {n} equal piles and {v:give} one to each of the {ppl}", "{b} piles", "fq"),
    ("{S} {v:spread} them equally across {n} {grp} and {v:keep} the one", "{b} {grp}", ""),
    ("{S} {v:share} them equally with {site2}, half each", "half each", "n2"),
    ("{S} {v:split} the lot three ways and {v:hang} on to one third", "third kept", "n3"),
    ("{S} {v:break} the pile into {n} even lots and {v:keep} just one", "{b} even lots", ""),
    ("{N} {m:take} half of them", "half taken", "n2"),
]

# telegraphic note-voice events (delivery note / site diary lines)
NOTE_ADD = [("Delivered: {n}", "{b} delivered"), ("In from {site2}: {n}", "{b} in"),
            ("Received {n} more", "received {b}"), ("Returned to us: {n}", "{b} returned"),
            ("Extra from the yard: {n}", "{b} extra"), ("Second drop, {n} {it}", "second drop"),
            ("Found {n} more in the container", "found {b}"), ("Top-up delivery of {n}", "top-up"),
            ("Wagon in, {n} off the back", "wagon in"), ("Back from {site2}: {n}", "{b} back")]
NOTE_SUB = [("Used: {n}", "used {b}"), ("Laid: {n}", "laid {b}"), ("Broken: {n}", "{b} broken"),
            ("Out to {site2}: {n}", "{b} out"), ("Sent back: {n}", "{b} sent back"),
            ("Written off: {n}", "{b} written off"), ("Fitted {n}", "fitted {b}"),
            ("Gone missing: {n}", "{b} missing"), ("Damaged, binned: {n}", "{b} binned"),
            ("Issued to the lads: {n}", "{b} issued")]

ITEM_CHANGE_MUL_FLAGS = ("cut", "cont")


def _parse_flags(tpl):
    if len(tpl) == 3:
        return set(tpl[2].split())
    return set()


# ---------------------------------------------------------------------------
# Step writing
# ---------------------------------------------------------------------------

OPSYM = {"+": ["+"], "-": ["-", "-", "-", "\u2212"], "*": ["*", "\u00d7", "\u00d7"], "/": ["/", "/", "\u00f7"]}

STEP_ANY = ["{eq}", "{eq} {noun}", "{Tag}: {eq}", "{eq} ({tag})", "{Tag} \u2192 {eq}", "{Tag}, so {eq}.",
            "Then {eq}.", "Next {eq}", "{eq}, {tag}", "- {tag}: {eq}"]
STEP_BY_OP = {
    "+": ["{Noun} now: {eq}", "Running total: {eq}", "Add {b}: {eq}", "With {b} more: {eq} {noun}",
          "{eq} {noun} in total", "Total ({tag}): {eq}", "Plus {b}, {eq}", "{Tag}, total {eq}",
          "Add on the {b}: {eq} {noun}.", "Goes up to {eq}", "{eq} on site now"],
    "-": ["{Noun} left: {eq}", "That leaves {eq} {noun}.", "Take off {b}: {eq}", "{eq} remaining",
          "Minus {b}: {eq}", "Left ({tag}): {eq}", "Knock off {b}: {eq}", "{eq} left",
          "{Tag}, leaves {eq}", "Down to {eq}", "Remaining: {eq} {noun}"],
    "*": ["Times {b}: {eq}", "{eq} {noun}", "{Tag}: {eq} {noun}", "Multiply up: {eq}", "{b} each: {eq}",
          "Count is now {eq}", "Goes up to {eq} {noun}", "{eq} {noun} in all"],
    "/": ["{eq} each", "One share: {eq}", "Split {b} ways: {eq}", "{Tag}: {eq} {noun}", "Divide by {b}: {eq}",
          "{eq} per share", "That's {eq} {noun}", "Share: {eq}", "Each lot: {eq}"],
}
STEP_SENT = {
    "+": ["{Tag}, so {P} has {eq} {noun}.", "{b} more {noun} come in, so {eq}.", "Adding {b} gives {eq}.",
          "With the extra {b} that makes {eq} {noun}.", "So now there are {eq} {noun}."],
    "-": ["{Tag}, so {eq} {noun} are left.", "Taking away {b} leaves {eq}.", "So {eq} {noun} remain.",
          "{b} fewer means {eq}.", "That brings it down to {eq} {noun}."],
    "*": ["Each one counts {b} times, so {eq}.", "That is {eq} {noun}.", "Multiplying by {b}: {eq} {noun}.",
          "So the count becomes {eq}."],
    "/": ["Sharing {b} ways gives {eq} each.", "Dividing by {b}: {eq}.", "So one share is {eq} {noun}.",
          "That leaves {eq} {noun} after the split."],
}
STEP_START = ["{p} {cont} of {q}: {eq}", "Start: {eq} {noun}", "{eq} {noun} to start", "Opening stock {eq}",
              "{eq} {noun} on the drop", "Total to start: {eq}", "First: {eq}", "{eq} {noun}",
              "{p} {cont} at {q} each: {eq}", "Opening: {eq} {noun}"]

FINAL_T = ["Answer = {ans}", "{ans} on site", "#### {ans}", "So {P} has {ans} {noun} left.",
           "Answer: {ans} {noun}", "{ans} {noun} at knock-off.", "Final count {ans}.", "The answer is {ans}.",
           "Total: {ans}", "{ans} {noun} left.", "Closing stock: {ans} {noun}", "That's {ans} {noun}.",
           "So the answer is {ans}.", "#### {ans}", "Answer = {ans}", "{ans} on site",
           "Left at close: {ans}", "{ans} it is.", "Count = {ans}", "Balance: {ans} {noun}",
           "So {ans} {noun} in the end.", "End of day: {ans}", "Answer {ans}"]
FINAL_FQ = ["{ans} each", "Each gets {ans}.", "Answer = {ans} each", "#### {ans}", "{ans} per share",
            "So each one gets {ans} {noun}.", "Answer: {ans}"]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch.isdigit() or ch in "#[":
            return s
    return s


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


def valid(v):
    return v is not None and 0 <= v <= 9999


class Subj:
    __slots__ = ("text", "person", "plural", "poss", "obj")

    def __init__(self, text, person, plural, poss, obj):
        self.text, self.person, self.plural, self.poss, self.obj = text, person, plural, poss, obj


# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------

class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.seed = seed

    # ----- numbers ---------------------------------------------------------
    def say_num(self, n, prev_text="", allow_words=True):
        r = self.rng
        low = prev_text.rstrip().lower()
        no_article = low.endswith(("another", "the", "missing", "extra"))
        if allow_words and self.word_rate > 0 and r.random() < self.word_rate:
            if n == 12 and not no_article and r.random() < 0.6:
                return "a dozen"
            if n == 6 and not no_article and r.random() < 0.3:
                return "half a dozen"
            if n == 12 and no_article and r.random() < 0.5:
                return "dozen"
            w = num_word(n) if n < 100 else None
            if w and (n <= 20 or n % 10 == 0 or r.random() < 0.5):
                return w
        return str(n)

    # ----- plan --------------------------------------------------------------
    def plan(self):
        r = self.rng.random()
        if r < 0.45:
            return ("none", None)
        kind = self.rng.choice(["arithmetic", "operand", "operation", "answer"])
        if kind == "answer":
            return (kind, "final")
        return (kind, self.rng.choice(["first", "middle", "last"]))

    def shape(self, pos):
        r = self.rng
        prod = r.random() < 0.27
        while True:
            nch = r.randint(1, 5)
            neq = nch + (1 if prod else 0)
            if pos == "middle" and neq < 3:
                continue
            if pos == "last" and neq < 2:
                continue
            return nch, prod

    # ----- chain -------------------------------------------------------------
    def build_chain(self, nch, prod):
        r = self.rng
        if not prod and r.random() < 0.16:
            item = r.choice(CONTAINERS)
        else:
            item = r.choice(ITEMS)
        cls = item.cls
        (s_lo, s_hi), (p_lo, p_hi), (q_lo, q_hi) = SIZE[cls]
        if prod:
            for _ in range(50):
                p = r.randint(p_lo, p_hi)
                q = r.randint(q_lo, q_hi)
                if r.random() < 0.4:
                    q = max(q_lo, (q // 5) * 5) or q
                if p * q <= 9999 and p >= 2 and q >= 2:
                    break
            start = (p, q)
            x = p * q
        else:
            x = r.randint(s_lo, s_hi)
            if r.random() < 0.35 and x >= 20:
                x = (x // 10) * 10
            if r.random() < 0.03 and cls in ("mas", "fix", "tile"):
                x = 1000
            start = x
        noun = item
        changes = []  # dicts
        for ci in range(nch):
            last = ci == nch - 1
            ch = self.pick_change(x, noun, last)
            changes.append(ch)
            x = apply_op(x, ch["op"], ch["n"])
            if ch.get("noun") is not None:
                noun = ch["noun"]
        return item, start, changes

    def pick_change(self, x, noun, last):
        r = self.rng
        cls = noun.cls
        big = cls in ("mas", "fix", "tile")
        for _ in range(40):
            u = r.random()
            op = "+" if u < 0.30 else "-" if u < 0.64 else "*" if u < 0.80 else "/"
            if op == "+":
                hi = min(999, 9999 - x)
                cap_ = max(12, int(x * 0.7) + 5) if big else max(8, int(x * 0.6) + 6)
                hi = min(hi, cap_)
                if hi < 2:
                    continue
                n = r.randint(2, hi)
                if n >= 20 and r.random() < 0.4:
                    n = max(2, (n // 5) * 5)
                tpl = r.choice(ADD_T)
                return {"op": "+", "n": n, "tpl": tpl, "flags": set(), "noun": None}
            if op == "-":
                if x < 3:
                    continue
                hi = x - 1 if r.random() < 0.9 else x
                n = r.randint(2, max(2, min(hi, 999)))
                if n > x:
                    continue
                tpl = r.choice(SUB_T)
                return {"op": "-", "n": n, "tpl": tpl, "flags": set(), "noun": None}
            if op == "*":
                cands = []
                for tpl in MUL_T:
                    fl = _parse_flags(tpl)
                    if "cut" in fl and not noun.cut:
                        continue
                    if "cont" in fl and noun.cont is None:
                        continue
                    if noun.cont is not None and "cont" not in fl and r.random() < 0.7:
                        continue
                    cands.append((tpl, fl))
                if not cands:
                    continue
                tpl, fl = r.choice(cands)
                if "n2" in fl:
                    n = 2
                elif "n3" in fl:
                    n = 3
                elif "n4" in fl:
                    n = 4
                elif "cont" in fl:
                    n = r.choice(INNER_COUNTS.get(noun.inner.cls, [5, 10, 12]))
                else:
                    n = r.randint(2, 6) if r.random() < 0.8 else r.randint(7, 12)
                    if "n3up" in fl and n < 3:
                        n = 3
                if x * n > 9999 or x == 0:
                    continue
                new = None
                if "cut" in fl:
                    pc = r.choice(PIECES)
                    new = Item(pc[:-1] if pc.endswith("s") else pc, pc, cls, False)
                    new.sg = {"pieces": "piece", "lengths": "length", "bits": "bit", "sections": "section",
                              "strips": "strip", "short lengths": "short length", "cut lengths": "cut length",
                              "offcut pieces": "offcut piece"}[pc]
                elif "cont" in fl:
                    new = noun.inner
                return {"op": "*", "n": n, "tpl": tpl, "flags": fl, "noun": new}
            if op == "/":
                cands = []
                for tpl in DIV_T:
                    fl = _parse_flags(tpl)
                    if "fq" in fl and not last:
                        continue
                    if noun.cont is not None and any(f.startswith("pack") for f in fl):
                        continue
                    cands.append((tpl, fl))
                tpl, fl = r.choice(cands)
                if "n2" in fl:
                    n = 2
                elif "n3" in fl:
                    n = 3
                elif "n4" in fl:
                    n = 4
                elif "n10" in fl:
                    n = 10
                else:
                    divs = [d for d in range(2, 13) if x % d == 0]
                    if any(f.startswith("pack") for f in fl):
                        divs = [d for d in (4, 5, 6, 8, 10, 12, 20, 24, 25, 50) if x % d == 0 and x // d >= 2]
                    if not divs:
                        continue
                    n = r.choice(divs)
                if x % n or x == 0:
                    continue
                new = None
                for f in fl:
                    if f.startswith("pack:"):
                        w = f[5:]
                        pl = {"bag": "bags", "bundle": "bundles", "box": "boxes", "pallet": "pallets", "kit": "kits",
                              "set": "sets", "trolley": "trolleys", "crate": "crates", "tray": "trays"}[w]
                        new = Item(w, pl, "kit", False)
                return {"op": "/", "n": n, "tpl": tpl, "flags": fl, "noun": new}
        # fallback: plain add
        n = r.randint(2, max(2, min(50, 9999 - x)))
        return {"op": "+", "n": n, "tpl": r.choice(ADD_T), "flags": set(), "noun": None}

    # ----- rendering ------------------------------------------------------------
    def render(self, tpl, ctx, subj, tense, n, drop_subject=False):
        """Render a template; ctx holds noun info etc."""
        r = self.rng
        out = []
        pos = 0
        text = tpl
        if drop_subject and text.startswith("{S} "):
            text = text[4:]
            tense = "past"
        for m in re.finditer(r"\{([^}]+)\}", text):
            out.append(text[pos:m.start()])
            key = m.group(1)
            sofar = "".join(out)
            out.append(self._slot(key, ctx, subj, tense, n, sofar))
            pos = m.end()
        out.append(text[pos:])
        s = "".join(out)
        s = re.sub(r"\s+", " ", s).strip()
        s = s.replace(" 've ", "'ve ")
        return s

    def _slot(self, key, ctx, subj, tense, n, sofar):
        r = self.rng
        if ":" in key:
            kind, verb = key.split(":", 1)
            if kind == "v":
                return conj(verb, subj.person, subj.plural, tense, ctx.get("contract", False))
            if kind == "x":
                return conj(verb, 3, ctx["crew_pl"], tense)
            if kind in ("d", "m", "c3"):
                return conj(verb, 3, False, tense)
            if kind == "cp":
                return conj(verb, 3, True, tense)
            if kind == "np":
                return conj(verb, 3, n != 1, tense)
            if kind in ("pass", "pass1", "passp"):
                pl = (n != 1) if kind == "pass" else (kind == "passp")
                pp = _forms(verb)[2]
                return conj("be", 3, pl, tense) + " " + pp
            raise KeyError(key)
        if key == "S":
            return subj.text
        if key == "poss":
            return subj.poss
        if key == "Po":
            return subj.obj
        if key == "bep":
            return conj("be", 3, True, tense)
        if key == "n":
            return self.say_num(n, sofar)
        if key == "nn":
            num = self.say_num(n, sofar)
            u = r.random()
            if u < 0.4:
                return num + " of them"
            if u < 0.7:
                return num + " " + (ctx["noun"].pl if n != 1 else ctx["noun"].sg)
            return num
        if key == "it":
            return ctx["noun"].pl
        if key == "it1":
            return ctx["noun"].sg
        if key == "X":
            return ctx["crew"]
        if key == "D":
            return ctx["deliverer"]
        if key == "N":
            return ctx["mate"]
        if key == "site":
            return ctx["site"]
        if key == "site2":
            return ctx["site2"]
        if key == "pieces":
            return ctx["new"].pl if ctx.get("new") else "pieces"
        if key == "inner":
            return ctx["new"].pl if ctx.get("new") else "bits"
        if key == "cont1":
            return ctx["noun"].cont or "box"
        if key == "grp":
            return ctx["grp"]
        if key == "ppl":
            return ctx["ppl"][1]
        raise KeyError(key)

    # ----- problem text -------------------------------------------------------
    def make_problem(self, item, start, changes):
        r = self.rng
        style = r.choices(["prose", "note", "texts"], weights=[0.58, 0.22, 0.20])[0]
        self.word_rate = r.choice([0.0, 0.0, 0.15, 0.3, 0.5])
        # protagonist
        g = r.random()
        if g < 0.45:
            name = r.choice(MALE)
            pron = ("he", "his", "him")
        elif g < 0.85:
            name = r.choice(FEMALE)
            pron = ("she", "her", "her")
        else:
            name = r.choice(NEUTRAL)
            pron = ("they", "their", "them")
        role = r.choice(ROLES)
        surname = r.choice(SURNAMES)
        sitekind = r.random()
        if sitekind < 0.35:
            site = "Plot " + str(r.randint(1, 60))
        elif sitekind < 0.6:
            site = "the " + r.choice(SURNAMES) + " job"
        elif sitekind < 0.75:
            site = r.choice(STREETS)
        elif sitekind < 0.87:
            site = r.choice(["Block A", "Block B", "Block C", "the yard", "the compound", "the workshop",
                             "the store", "the lock-up"])
        else:
            site = r.choice(OTHER_SITES[:-2])
        site2 = site
        while site2 == site:
            k = r.random()
            if k < 0.3:
                site2 = "Plot " + str(r.randint(1, 60))
            elif k < 0.65:
                site2 = "the " + r.choice(SURNAMES) + " job"
            else:
                site2 = r.choice(OTHER_SITES)
        crew, crew_pl = r.choice(CREWS)
        mate = name
        while mate == name:
            mate = r.choice(MALE + FEMALE + NEUTRAL)
        ctx = {"noun": item, "crew": crew, "crew_pl": crew_pl, "deliverer": r.choice(DELIVERERS),
               "mate": mate, "site": site, "site2": site2, "grp": r.choice(GROUPS),
               "ppl": r.choice(PEOPLE_UNITS), "contract": False}
        loc = r.choice(["on " + site if site.startswith("Plot") or site.startswith("Block") else
                        ("at " + site if not site.startswith("the yard") else "in the yard"),
                        "in the van", "in the store", "on site", "in the yard"])
        tense = r.choices(["past", "pres", "perf"], weights=[0.55, 0.28, 0.17])[0]
        if style != "prose":
            tense = r.choice(["past", "past", "perf"])
        # subjects
        if style == "texts":
            voice = r.choice(["I", "we"])
            if voice == "I":
                psub_full = Subj("I", 1, False, "my", "me")
            else:
                psub_full = Subj("we", 1, True, "our", "us")
            ctx["contract"] = r.random() < 0.5
            psub_pron = psub_full
            pname = "we"
        elif style == "note" and r.random() < 0.5:
            psub_full = Subj("we", 1, True, "our", "us")
            psub_pron = psub_full
            pname = "we"
        else:
            plural = pron[0] == "they"
            psub_full = Subj(name, 3, False, pron[1], pron[2])
            psub_pron = Subj(pron[0], 3, plural, pron[1], pron[2])
            pname = name
        ctx["pname"] = pname
        self._last_pname = pname
        self._last_ctx = ctx
        meta_nums = []  # surfaces for checking

        header_named = style == "prose" and r.random() < 0.25
        # ---- start clause
        st_tense = "pres" if tense in ("pres", "perf") else "past"
        if isinstance(start, tuple):
            p, q = start
            packs = PACKS.get(item.cls, ["boxes"])
            cont = r.choice(packs)
            cont1 = cont[:-2] if cont.endswith("xes") else cont[:-1]
            ctx["cont_start"] = cont
            ps = self.say_num(p)
            qs = self.say_num(q)
            sp = r.choice([
                "{S} {v:have} {p} {cont} of {it}, {q} in each",
                "{D} {d:deliver} {p} {cont} with {q} {it} on each",
                "{p} {cont} of {it} {pp:be} stacked by the gate, each with {q}",
                "{S} {v:unload} {p} {cont}, every one holding {q} {it}",
                "there {pp:be} {p} {cont} of {it} {loc}, {q} to each",
                "{S} {v:start} with {p} {cont} of {q} {it}",
                "{S} {v:sign} for {p} {cont} of {it} with {q} per {cont1}",
                "{loc_cap} there {pp:be} {p} {cont}, and each {cont1} {c3:hold} {q} {it}",
                "{S} {v:count} {p} {cont} of {it}; each one {c3:have} {q}",
            ])
            meta_nums += [ps, qs]
            if style == "note":
                sp = r.choice(["Delivery: {p} {cont}, {q} {it} per {cont1}",
                               "On the docket: {p} {cont} x {q} {it}" if False else
                               "On the docket: {p} {cont} of {it}, {q} in each",
                               "Opening stock {p} {cont} of {it}, {q} a {cont1}",
                               "Arrived {p} {cont}, {q} {it} each"])
            start_clause = self._fill_start(sp, ctx, psub_full, st_tense, p=ps, q=qs, cont=cont, cont1=cont1,
                                            loc=loc)
        else:
            ss = self.say_num(start)
            meta_nums.append(ss)
            sp = r.choice([
                "{S} {v:have} {x} {it} {loc}",
                "{S} {v:start} the day with {x} {it}",
                "there {pp:be} {x} {it} {loc}",
                "{D} {d:drop} {x} {it} off at {site} first thing",
                "{S} {v:count} {x} {it} {loc}",
                "{x} {it} {pp:be} sitting {loc}",
                "{S} {v:take} over a stack of {x} {it}",
                "{S} {v:pick} up {x} {it} from the merchant's",
                "{loc_cap} there {pp:be} {x} {it}",
                "{S} {v:get} {x} {it} on the first drop",
                "{S} {v:keep} {x} {it} {loc}",
                "the stock sheet {c3:say} {x} {it} {loc}",
                "{x} {it}, that's what {S} {v:have} {loc}",
            ])
            if style == "note":
                sp = r.choice(["Opening stock: {x} {it}", "Start of day, {x} {it} {loc}",
                               "B/f {x} {it}", "On site at start: {x} {it}", "{x} {it} in stock",
                               "Counted {x} {it} {loc} first thing"])
            start_clause = self._fill_start(sp, ctx, psub_full, st_tense, x=ss, loc=loc)

        # ---- change clauses
        clauses = []
        question = None
        solos = []
        named = style == "texts" or pname == "we" or "{S}" in sp or header_named
        times = sorted(r.sample(range(len(TIMES)), min(len(TIMES), len(changes) + 1)))
        use_times = style != "texts" and r.random() < 0.35
        for ci, ch in enumerate(changes):
            n = ch["n"]
            ctx["new"] = ch["noun"]
            tpl = ch["tpl"]
            fl = ch["flags"]
            drop = False
            solo = False
            if style == "note" and r.random() < 0.5 and ch["op"] in "+-" and pname == "we":
                text, ntag = r.choice(NOTE_ADD if ch["op"] == "+" else NOTE_SUB)
                ch["tag"] = ntag
                solo = True
            else:
                text = tpl[0]
                if style in ("note", "texts") and text.startswith("{S} ") and r.random() < 0.5:
                    drop = True
            if named:
                subj = psub_pron if r.random() < 0.65 else psub_full
            else:
                if "{S}" in text and not drop:
                    subj = psub_full
                    named = True
                elif "{Po}" in text or "{poss}" in text:
                    subj = Subj(psub_full.text, 3, False, psub_full.text + "'s", psub_full.text)
                    if "{S}" not in text:
                        named = True
                else:
                    subj = psub_full
            if "fq" in fl:
                question = self._fq_question(ctx, tense, style)
            clause = self.render(text, ctx, subj, tense, n, drop_subject=drop)
            num_surface = self._find_num_surface(clause, n, fl)
            meta_nums.append(num_surface)
            if use_times and not solo and r.random() < 0.6:
                tp = TIMES[times[ci + 1]] if ci + 1 < len(times) else "later"
                if r.random() < 0.5:
                    clause = tp + ", " + clause
                else:
                    clause = clause + " " + tp
            if ch["noun"] is not None:
                ctx["noun"] = ch["noun"]
            clauses.append(clause)
            solos.append(solo)

        if question is None:
            question = self._question(ctx, psub_full, tense, style, loc)

        # ---- assemble
        sents = []
        first = cap(start_clause)
        if style == "texts":
            return self._assemble_texts(start_clause, clauses, question, name, role, ctx, meta_nums)
        header = None
        if style == "note":
            header = r.choice(["Site diary, " + r.choice(DAYS) + ", " + site + ".",
                               "Delivery note, " + site + ".", "Stock sheet " + r.choice(DAYS) + ".",
                               "Diary entry, " + site + ".", cap(site) + ", " + r.choice(DAYS) + ".", ""])
        elif header_named:
            header = r.choice([name + " is a " + role + " on " + site + ".",
                               "A " + role + " named " + name + " works on " + site + ".",
                               name + " runs the stores for " + site + ".",
                               "On " + site + " " + name + " keeps count of the " + item.pl + ".",
                               ])
            if header.startswith("On " + site) and not site.startswith("Plot"):
                header = "At " + header[3:]
        if header:
            sents.append(header)
        # group clauses
        i = 0
        if r.random() < 0.3 and clauses and not solos[0]:
            # start merged with first change
            sents.append(first + r.choice([", and ", "; ", ", then "]) + clauses[0] + ".")
            i = 1
        else:
            sents.append(first + ".")
        while i < len(clauses):
            k = 1
            u = r.random()
            if u < 0.25 and i + 1 < len(clauses) and not any(solos[i:i + 2]):
                k = 2
            if u < 0.08 and i + 2 < len(clauses) and not any(solos[i:i + 3]):
                k = 3
            grp = clauses[i:i + k]
            if k == 1:
                s = cap(grp[0])
            else:
                conns = [", then ", " and ", ", and after that ", "; later ", ", after which "]
                s = cap(grp[0])
                for g in grp[1:]:
                    s += r.choice(conns) + g
            sents.append(s + ".")
            i += k
        # distractors
        nd = r.choices([0, 1, 2], weights=[0.45, 0.4, 0.15])[0]
        for d in r.sample(DISTRACTORS, nd):
            posn = r.randint(1 if header else 0, len(sents))
            sents.insert(posn, d)
        if r.random() < 0.15 and question.lower().startswith("how") and sents[-1].endswith("."):
            sents[-1] = sents[-1][:-1] + ", so " + question[0].lower() + question[1:]
        else:
            sents.append(question)
        sep = " " if style == "prose" or r.random() < 0.6 else "\n"
        return sep.join(sents), meta_nums, style

    def _assemble_texts(self, first, clauses, question, name, role, ctx, meta_nums):
        r = self.rng
        senders = [name] + r.sample(MALE + FEMALE, 3)
        hh = r.randint(6, 9)
        mm = r.randint(0, 50)
        fmt = r.choice(["[{t}] {who}: {msg}", "{who} ({t}): {msg}", "{t} {who} - {msg}", "{who}: {msg}",
                        "{who} {t}: {msg}", "{t} {who}: {msg}"])
        lowfirst = r.random() < 0.4

        def msg(s):
            return s if lowfirst else cap(s)

        items = [(name if r.random() < 0.5 else r.choice(BOSSES), msg(first))]
        for c in clauses:
            items.append((r.choice(senders), msg(c)))
        if r.random() < 0.3:
            d = r.choice(DISTRACTORS)
            if lowfirst and not d.startswith(("I ", "I'")):
                d = d[0].lower() + d[1:]
            items.insert(r.randint(1, len(items)), (r.choice(senders), d))
        boss = r.choice(BOSSES)
        with_who = r.random() < 0.6
        lines = []
        for who, m in items:
            mm += r.randint(3, 70)
            while mm >= 60:
                mm -= 60
                hh += 1
            lines.append(fmt.format(t="%02d:%02d" % (hh, mm), who=who, msg=m))
        if with_who:
            mm += r.randint(3, 50)
            while mm >= 60:
                mm -= 60
                hh += 1
            lines.append(fmt.format(t="%02d:%02d" % (hh, mm), who=boss, msg=question))
        else:
            lines.append(cap(question))
        sep = r.choice(["\n", "\n", "\n", " | ", " / "])
        return sep.join(lines), meta_nums, "texts"

    def _fill_start(self, sp, ctx, subj, tense, **kw):
        # substitute start-only keys first
        s = sp
        for k, v in kw.items():
            if k == "loc":
                s = s.replace("{loc_cap}", cap(v) + ",")
            s = s.replace("{" + k + "}", v)
        # '{pp:be}' = be agreeing with plural subject
        s = s.replace("{pp:be}", conj("be", 3, True, tense))
        return self.render(s, ctx, subj, tense, 2)

    def _find_num_surface(self, clause, n, fl):
        # the surface for the change's number inside the clause (for the checker)
        if re.search(r"\b%d\b" % n, clause):
            return str(n)
        for w in ("a dozen", "half a dozen", "dozen"):
            if w in clause and ((w == "half a dozen" and n == 6) or (w != "half a dozen" and n == 12)):
                return w
        wd = num_word(n) if n < 100 else None
        if wd and re.search(r"\b%s\b" % re.escape(wd), clause, re.I):
            return wd
        low = clause.lower()
        for w, v in (("double", 2), ("twice", 2), ("triple", 3), ("treble", 3), ("half", 2), ("halve", 2),
                     ("third", 3), ("quarter", 4), ("quadruple", 4), ("tens", 10), ("in two", 2),
                     ("three ways", 3)):
            if w in low and v == n:
                return w
        return "?"

    def _question(self, ctx, subj, tense, style, loc):
        r = self.rng
        it = ctx["noun"].pl
        It = cap(it)
        pn = ctx["pname"]
        if style == "note":
            return r.choice(["Closing stock?", "Qty remaining?", It + " left at close?", "Balance on site?",
                             "Count at end of shift?", "How many " + it + " at close?", "Remaining " + it + "?",
                             "Stock at knock-off?", "Total on site now?", "How many " + it + " carried forward?",
                             "What's left?"])
        if style == "texts":
            return r.choice(["so how many " + it + " we got left?", "how many " + it + " " + loc + " now?",
                             "what's the count on the " + it + "?", "need a number for " + it + " left",
                             "how many left??", "what we down to on " + it + "?", "how many " + it + " now then?",
                             "give me a count on the " + it + " pls"])
        we = pn == "we"
        if we:
            subjq = "we"
            has = "have"
            does = "do"
            pers = 1
            plural = True
        else:
            subjq = pn
            plural = subj.plural
            has = "has"
            does = "does"
            pers = 3
        if tense == "past":
            opts = ["How many " + it + " did " + subjq + " have at the end of the day?",
                    "How many " + it + " were left " + loc + " by knock-off?",
                    "How many " + it + " did " + subjq + " end up with?",
                    "How many " + it + " were there " + loc + " after all that?",
                    "What was the final count of " + it + "?",
                    "So how many " + it + " were left?",
                    "How many did " + subjq + " have then?",
                    "At close of play, how many " + it + " were " + loc + "?",
                    "Work out how many " + it + " " + subjq + " " + conj("be", pers, plural, "past") + " left with.",
                    "How many " + it + " were left over in the end?"]
        else:
            opts = ["How many " + it + " " + does + " " + subjq + " have now?",
                    "How many " + it + " are " + loc + " now?",
                    "How many " + it + " are left?",
                    "How many " + it + " " + does + " " + subjq + " end up with?",
                    "What's the count " + loc + " now?",
                    "How many " + it + " " + has + " " + subjq + " got left?",
                    "Work out how many " + it + " are left " + loc + ".",
                    "Tell the gaffer how many " + it + " are " + loc + ".",
                    "How many " + it + " should be " + loc + " at knock-off?",
                    "How many are there now?",
                    "Find the number of " + it + " left."]
        return r.choice(opts)

    def _fq_question(self, ctx, tense, style):
        r = self.rng
        ppl1, ppl = ctx["ppl"]
        it = ctx["noun"].pl
        if tense == "past":
            opts = ["How many " + it + " did each " + ppl1 + " get?", "How many went to each " + ppl1 + "?",
                    "How many " + it + " per " + ppl1 + "?", "What did each " + ppl1 + " end up with?"]
        else:
            opts = ["How many " + it + " does each " + ppl1 + " get?", "How many go to each " + ppl1 + "?",
                    "How many " + it + " per " + ppl1 + "?", "How many is that for each " + ppl1 + "?",
                    "Work out how many each " + ppl1 + " gets."]
        if style == "note":
            opts += ["Qty per " + ppl1 + "?", "Each " + ppl1 + " gets how many?"]
        return r.choice(opts)

    # ----- solution ---------------------------------------------------------------
    def true_chain(self, start, changes):
        """List of equations (a, op, b, c) for the correct solution."""
        eqs = []
        if isinstance(start, tuple):
            p, q = start
            eqs.append((p, "*", q, p * q))
            x = p * q
        else:
            x = start
        for ch in changes:
            c = apply_op(x, ch["op"], ch["n"])
            eqs.append((x, ch["op"], ch["n"], c))
            x = c
        return eqs

    def downstream_ok(self, value, ops):
        x = value
        for op, b in ops:
            x = apply_op(x, op, b)
            if not valid(x):
                return False
        return True

    def problem_numbers(self, start, changes):
        nums = []
        if isinstance(start, tuple):
            nums += list(start)
        else:
            nums.append(start)
        nums += [c["n"] for c in changes]
        return nums

    def digit_variants(self, v):
        s = str(v)
        out = []
        for i in range(len(s) - 1):
            if s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if t[0] != "0" or len(t) == 1:
                    out.append((int(t), "swap"))
        for i in range(len(s)):
            for d in "0123456789":
                if d != s[i] and not (i == 0 and d == "0" and len(s) > 1):
                    t = s[:i] + d + s[i + 1:]
                    out.append((int(t), "digit"))
        return out

    def carry_drop(self, a, op, b):
        if op not in "+-":
            return None
        sa, sb = str(a), str(b)
        w = max(len(sa), len(sb))
        sa, sb = sa.zfill(w), sb.zfill(w)
        digs = []
        for da, db in zip(sa, sb):
            da, db = int(da), int(db)
            digs.append(str((da + db) % 10) if op == "+" else str(abs(da - db)))
        v = int("".join(digs))
        return v

    def arith_cands(self, a, op, b, c):
        out = []
        w = []
        for d, wt in ((1, 4), (-1, 4), (10, 3), (-10, 3), (100, 1), (-100, 1), (2, 1), (-2, 1)):
            if abs(d) >= 10 and c < abs(d):
                continue
            out.append((c + d, "off by %d" % d))
            w.append(wt)
        for v, why in self.digit_variants(c):
            out.append((v, why))
            w.append(2.5 if why == "swap" else 0.35)
        cd = self.carry_drop(a, op, b)
        if cd is not None:
            out.append((cd, "carry"))
            w.append(4)
        if op == "*":
            out += [(c + a, "extra row"), (c - a, "missing row")]
            w += [3, 3]
        return out, w

    def inject(self, eqs, changes, start, kind, pos, nch, surfaces):
        """Return (written_eqs, final_answer, label, meta) or None."""
        r = self.rng
        neq = len(eqs)
        true_ans = eqs[-1][3]
        ops_after = lambda k: [(e[1], e[2]) for e in eqs[k + 1:]]
        if kind == "none":
            return list(eqs), true_ans, -1, {}
        if kind == "answer":
            c = eqs[-1][3]
            cands = [(c + 1, 3), (c - 1, 3), (c + 10, 2), (c - 10, 2)]
            cands += [(v, 1.2 if why == "swap" else 0.15) for v, why in self.digit_variants(c)]
            if neq >= 2:
                cands.append((eqs[-2][3], 3))
            cands.append((eqs[-1][2], 1.5))
            cands.append((eqs[0][0], 1))
            cands = [(v, wt) for v, wt in cands if v != c and 0 <= v <= 9999]
            if not cands:
                return None
            v = r.choices([x for x, _ in cands], weights=[w for _, w in cands])[0]
            return list(eqs), v, neq, {"slip": "answer"}
        if pos == "first":
            k = 0
        elif pos == "last":
            k = neq - 1
        else:
            k = r.randint(1, neq - 2)
        a, op, b, c = eqs[k]
        prod_step = isinstance(start, tuple) and k == 0
        nstart = 2 if isinstance(start, tuple) else 1
        isdig = [s_.isdigit() for s_ in surfaces]
        # a number written as a word (or 'double', 'half'...) is not misread digit by digit
        if prod_step:
            p_dig, q_dig = isdig[0], isdig[1]
        else:
            ci = k - (1 if isinstance(start, tuple) else 0)
            b_dig = isdig[nstart + ci]
            start_dig = isdig[0]
        cands = []  # (a', op', b', c', weight, slip)
        if kind == "arithmetic":
            vals, wts = self.arith_cands(a, op, b, c)
            for (v, why), wt in zip(vals, wts):
                cands.append((a, op, b, v, wt, why))
        elif kind == "operand":
            nums = self.problem_numbers(start, changes)
            if prod_step:
                p, q = a, b
                alts = []
                if p_dig:
                    for v, why in self.digit_variants(p):
                        alts.append((v, q, 1.0 if why == "swap" else 0.1, "misread"))
                    for d in (1, -1, 10, -10):
                        alts.append((p + d, q, 0.6, "misread"))
                if q_dig:
                    for v, why in self.digit_variants(q):
                        alts.append((p, v, 1.0 if why == "swap" else 0.1, "misread"))
                    for d in (1, -1, 10, -10):
                        alts.append((p, q + d, 0.6, "misread"))
                for m in nums[2:]:
                    alts.append((p, m, 1.5, "other number"))
                    alts.append((m, q, 1.0, "other number"))
                for pa, qa, wt, why in alts:
                    if pa < 0 or qa < 0 or sorted((pa, qa)) == sorted((p, q)):
                        continue
                    cands.append((pa, op, qa, pa * qa, wt, why))
            else:
                # wrong b
                bs = []
                for m in nums:
                    if m != b:
                        bs.append((m, 2.0, "other number"))
                if b_dig:
                    for v, why in self.digit_variants(b):
                        bs.append((v, 1.2 if why == "swap" else 0.12, "misread"))
                    for d in (1, -1, 10, -10):
                        bs.append((b + d, 0.5, "misread"))
                for bv, wt, why in bs:
                    if bv <= 0 or bv == b:
                        continue
                    if op in "*/" and bv == 1:
                        continue
                    cands.append((a, op, bv, apply_op(a, op, bv), wt, why))
                # wrong a
                As = []
                if k == 0:
                    if start_dig:
                        for v, why in self.digit_variants(a):
                            As.append((v, 1.0 if why == "swap" else 0.1, "misread start"))
                        for d in (10, -10, 1, -1):
                            As.append((a + d, 0.4, "misread start"))
                else:
                    As.append((eqs[0][0], 2.0, "restarted from start"))
                    if k >= 2:
                        As.append((eqs[k - 2][3], 2.0, "used older result"))
                    for v, why in self.digit_variants(a):
                        As.append((v, 1.0 if why == "swap" else 0.1, "copied wrong"))
                    for d in (10, -10, 1, -1):
                        As.append((a + d, 0.4, "copied wrong"))
                for av, wt, why in As:
                    if av < 0 or av == a:
                        continue
                    cands.append((av, op, b, apply_op(av, op, b), wt, why))
        elif kind == "operation":
            if prod_step:
                cands.append((a, "+", b, a + b, 3, "added factors"))
            else:
                alt = {"+": [("-", 5)], "-": [("+", 5)], "*": [("+", 4), ("/", 1)],
                       "/": [("-", 3), ("*", 2)]}[op]
                for o2, wt in alt:
                    cands.append((a, o2, b, apply_op(a, o2, b), wt, "wrong op"))
        good = []
        for a2, o2, b2, c2, wt, why in cands:
            if not valid(c2) or c2 == c:
                continue
            if o2 == "/" and (b2 == 0 or a2 % b2):
                continue
            if not self.downstream_ok(c2, ops_after(k)):
                continue
            good.append((a2, o2, b2, c2, wt, why))
        if not good:
            return None
        pick = r.choices(good, weights=[g[4] for g in good])[0]
        a2, o2, b2, c2, _, why = pick
        written = list(eqs[:k]) + [(a2, o2, b2, c2)]
        x = c2
        for e in eqs[k + 1:]:
            y = apply_op(x, e[1], e[2])
            written.append((x, e[1], e[2], y))
            x = y
        return written, x, k, {"slip": why}

    def write_steps(self, written, final, start, changes, ctx_nouns, item, fq, pname):
        r = self.rng
        steps = []
        mode = r.choice(["diary", "diary", "mixed", "sent"])
        symset = r.random()
        prod = isinstance(start, tuple)
        cont_words = ["pallets", "boxes", "packs", "lots", "bundles", "stacks"]
        for i, (a, op, b, c) in enumerate(written):
            if symset < 0.4:
                sym = {"+": "+", "-": "-", "*": "*", "/": "/"}[op]
            elif symset < 0.7:
                sym = {"+": "+", "-": "-", "*": "\u00d7", "/": "\u00f7"}[op]
            else:
                sym = r.choice(OPSYM[op])
            eq = "%d %s %d = %d" % (a, sym, b, c)
            if r.random() < 0.08:
                eq = "%d%s%d=%d" % (a, sym, b, c)
            noun = ctx_nouns[i]
            if prod and i == 0:
                t = r.choice(STEP_START)
                s = t.format(eq=eq, noun=noun, p=a, q=b, cont=self._last_ctx.get("cont_start", "lots"))
                steps.append(s)
                continue
            ch = changes[i - (1 if prod else 0)]
            tagt = ch.get("tag") or ch["tpl"][1]
            tag = tagt.replace("{b}", str(b)).replace("{cont1}", (item.cont or "box")).replace(
                "{grp}", self._last_ctx["grp"])
            fam = ch["op"]
            if mode == "sent" or (mode == "mixed" and r.random() < 0.5):
                t = r.choice(STEP_SENT[fam])
            elif r.random() < 0.45:
                t = r.choice(STEP_ANY)
            else:
                t = r.choice(STEP_BY_OP[fam])
            P = pname if pname != "we" else "we"
            s = t.format(eq=eq, noun=noun, b=b, tag=tag, Tag=cap(tag), Noun=cap(noun), P=P)
            if P == "we":
                s = s.replace("we has", "we have")
            steps.append(cap(s) if not s.startswith("-") else s)
        noun = ctx_nouns[-1]
        if fq:
            t = r.choice(FINAL_FQ)
        else:
            t = r.choice(FINAL_T)
        P = pname
        s = t.format(ans=final, noun=noun, P=P)
        if P == "we":
            s = s.replace("we has", "we have")
        steps.append(cap(s))
        return steps

    # ----- one record ---------------------------------------------------------------
    def one(self, idx):
        r = self.rng
        kind, pos = self.plan()
        for attempt in range(60):
            nch, prod = self.shape(pos)
            item, start, changes = self.build_chain(nch, prod)
            eqs = self.true_chain(start, changes)
            if not all(valid(e[3]) for e in eqs):
                continue
            problem, meta_nums, style = self.make_problem(item, start, changes)
            if len(problem.split()) > 90:
                continue
            inj = self.inject(eqs, changes, start, kind, pos, nch, meta_nums)
            if inj is None:
                continue
            written, final, label, imeta = inj
            # noun per step (noun after that step)
            nouns = []
            cur = item
            if isinstance(start, tuple):
                nouns.append(cur.pl)
            for ch in changes:
                if ch["noun"] is not None:
                    cur = ch["noun"]
                nouns.append(cur.pl)
            fq = any("fq" in ch["flags"] for ch in changes)
            pname = self._last_pname
            steps = self.write_steps(written, final, start, changes, nouns + [cur.pl], item, fq, pname)
            true_ans = eqs[-1][3]
            rec = {"id": "aa-%d-%05d" % (self.seed, idx), "problem": problem, "steps": steps,
                   "label": label, "final_answer_correct": final == true_ans, "error_kind": kind}
            meta = {"start": list(start) if isinstance(start, tuple) else start,
                    "changes": [(ch["op"], ch["n"]) for ch in changes], "true": [e[3] for e in eqs],
                    "written": written, "final": final, "pos": pos, "surfaces": meta_nums, "style": style,
                    "slip": imeta.get("slip"), "templates": [ch["tpl"][0] for ch in changes],
                    "item": item.pl}
            return rec, meta
        raise RuntimeError("could not build record")


def generate_internal(seed, count):
    g = Gen(seed)
    out = []
    for i in range(count):
        out.append(g.one(i))
    return out


def generate(seed: int, count: int) -> list:
    return [rec for rec, _ in generate_internal(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
