"""Science-class / nature-lab notebook generator for tiny-arith PRM records.

Every problem is a small lab log: a starting count of specimens, equipment or
supplies, then 1-5 changes (+, -, *, /), then a question.  The solution is
written step by step, partly in lab-report shorthand ("After removal: ..."),
partly in plain sentences, and a fraction of the solutions carry one realistic
slip (arithmetic, operand, operation or answer).

Standard library only; deterministic for a seed via a private random.Random.
"""
from __future__ import annotations

import json
import os
import random
import re

# ---------------------------------------------------------------------------
# Vocabulary (typed by hand for this register)
# ---------------------------------------------------------------------------

FEMALE = """Priya Amara Lena Sofia Mei Ingrid Zara Noor Keiko Talia Rosa Freya Imani Yara
Elif Hana Beatriz Ottilie Saoirse Anouk Lucia Farah Dalia Ines Marisol Nadia Thandi Ayesha
Greta Juniper Wren Maeve Esme Clementine Paloma Sunniva Leilani Aroha Kalinda Odette Vesna
Mirela Astrid Linnea Rhiannon Tamsin Bronwen Ilse Noemi Catalina Xiomara Adaeze Chiamaka
Folake Zainab Parisa Shirin Anjali Kavya Meera Suki Haruka Yuna Lan Thuy Dilnoza Aigerim
Olesya Kasia Marguerite""".split()

MALE = """Tomasz Mateo Ravi Kofi Emeka Lars Finn Oisin Callum Idris Yusuf Omar Tariq Bilal
Hamza Kenji Haruto Jun Minh Bao Arjun Dev Rohan Nikhil Santiago Diego Joaquin Rafael Thiago
Bruno Luca Enzo Matteo Niko Aleksander Bogdan Milo Jasper Rowan Silas Felix Otto Anders
Soren Magnus Tane Wiremu Kai Malik Kwame Tendai Sipho Ade Chidi Obi Ezra Gideon Levi Caspar
Hugo""".split()

SURNAMES = """Okafor Alvarez Lindqvist Nakamura Petrova Brennan Osei Haddad Castellanos
Fitzgerald Achterberg Delacroix Kowalczyk Rahman Takeda Ferreira Novak Sorensen Mwangi Quinlan
Abernathy Vance Whitlock Pemberton Harlow Ashby Greaves Holloway Marchetti Rossi Moreau Dubois
Lefebvre Schneider Hoffmann Bauer Janssen Eriksen Halvorsen Virtanen Korhonen Ivanova Sokolova
Horvat Kovacs Nagy Popescu Dimitrov Yilmaz Demir Aziz Farouk Nasser Adeyemi Balogun Nwosu
Owusu Mensah Boateng Kariuki Otieno Banda Phiri Dlamini Ndlovu Tanaka Sato Kimura Park Choi
Nguyen Tran Pham Sharma Iyer Menon Kapoor Chowdhury Ortega Navarro Medina Figueroa Salazar
Quispe Mamani Brightwater Fairweather Thornbury Oakley Crane""".split()

ALLCATS = {"plants", "critters", "birds", "rocks", "glass", "robot", "supplies", "cultures"}
NB = ALLCATS - {"birds"}
OBJ = {"rocks", "glass", "robot", "supplies"}

CATS = {
    "plants": dict(
        items="""radish seeds|bean seeds|sunflower seeds|pea seeds|cress seeds|lettuce seedlings|
tomato seedlings|bean sprouts|marigold seeds|pumpkin seeds|corn kernels|mung beans|basil seedlings|
acorns|pinecones|oak leaves|maple leaves|clover sprigs|fern fronds|daffodil bulbs|tulip bulbs|
onion bulbs|potato cuttings|spider plant cuttings|seed pods|dandelion heads|chestnuts|
sycamore seeds|moss clumps|wheat grains|barley grains|sweet pea seedlings|chili seeds|
cucumber seedlings|zinnia seeds|carrot seeds|spinach seedlings|mustard seeds|alfalfa sprouts|
bamboo shoots""",
        places=[("in", "the seed tray"), ("in", "the greenhouse"), ("on", "the windowsill"),
                ("in", "the grow box"), ("in", "the propagator"), ("in", "the garden bed"),
                ("on", "the nature table")],
        groups=[("tray", "trays"), ("pot", "pots"), ("planter", "planters"),
                ("window box", "window boxes"), ("seed bed", "seed beds"), ("lab group", "lab groups")],
        boxes=[("tray", "trays"), ("row", "rows"), ("packet", "packets"), ("pot", "pots"),
               ("seed bag", "seed bags")],
    ),
    "critters": dict(
        items="""frogs|tadpoles|toads|newts|beetles|ladybugs|crickets|grasshoppers|ants|moths|
butterflies|caterpillars|snails|slugs|earthworms|woodlice|spiders|dragonfly nymphs|water boatmen|
pond skaters|mealworms|silkworms|stick insects|millipedes|centipedes|fireflies|mayflies|minnows|
guppies|water fleas|mosquito larvae|bumblebees|aphids|leafhoppers|freshwater shrimp|crayfish|
hermit crabs|pond snails|stag beetles|damselflies""",
        places=[("in", "the pond"), ("in", "the bug box"), ("in", "the terrarium"),
                ("in", "the pitfall traps"), ("in", "the observation tank"), ("in", "the wormery"),
                ("under", "the log pile")],
        groups=[("tank", "tanks"), ("jar", "jars"), ("bucket", "buckets"),
                ("terrarium", "terrariums"), ("lab group", "lab groups"), ("tub", "tubs")],
        boxes=[("trap", "traps"), ("jar", "jars"), ("bucket", "buckets"), ("net", "nets"),
               ("tub", "tubs")],
    ),
    "birds": dict(
        items="""sparrows|robins|blue tits|finches|goldfinches|starlings|pigeons|blackbirds|wrens|
chickadees|cardinals|blue jays|magpies|crows|doves|nuthatches|woodpeckers|thrushes|house martins|
swallows|juncos|siskins|greenfinches|jackdaws|seagulls""",
        places=[("at", "the feeder"), ("on", "the bird table"), ("around", "the nest boxes"),
                ("in", "the school garden"), ("by", "the pond"), ("on", "the playing field")],
        groups=[("group", "groups")],
        boxes=[("feeder", "feeders"), ("branch", "branches"), ("nest box", "nest boxes")],
    ),
    "rocks": dict(
        items="""granite chips|basalt samples|quartz crystals|limestone pieces|sandstone chunks|
pumice stones|obsidian flakes|fossils|ammonites|trilobite casts|shark teeth|seashells|pebbles|
geodes|mica flakes|slate tiles|chalk lumps|flint nodules|garnets|amethyst points|pyrite cubes|
marble chips|soil samples|sand samples|clay samples|coal lumps|feldspar pieces|river stones|
crinoid stems|coral fragments""",
        places=[("in", "the rock drawer"), ("in", "the sample bags"), ("on", "the display shelf"),
                ("in", "the collection box"), ("in", "the geology cabinet")],
        groups=[("box", "boxes"), ("bag", "bags"), ("drawer", "drawers"), ("team", "teams"),
                ("tray", "trays")],
        boxes=[("bag", "bags"), ("box", "boxes"), ("drawer", "drawers"), ("crate", "crates"),
               ("egg carton", "egg cartons")],
    ),
    "glass": dict(
        items="""test tubes|beakers|conical flasks|petri dishes|microscope slides|cover slips|
pipettes|droppers|measuring cylinders|funnels|watch glasses|stirring rods|specimen jars|
sample vials|crucibles|spatulas|test tube clamps|tongs|evaporating dishes|thermometers|
magnifying glasses|culture plates|cuvettes|burettes|spirit burners|safety goggles|lab coats|
rubber stoppers|glass tubes|boiling tubes""",
        places=[("on", "the lab bench"), ("in", "the fume cupboard"), ("in", "the supply cupboard"),
                ("on", "the trolley"), ("in", "the prep room")],
        groups=[("rack", "racks"), ("bench", "benches"), ("crate", "crates"),
                ("lab group", "lab groups"), ("trolley", "trolleys")],
        boxes=[("rack", "racks"), ("box", "boxes"), ("shelf", "shelves"), ("crate", "crates"),
               ("tray", "trays")],
    ),
    "robot": dict(
        items="""AA batteries|AAA batteries|button cells|small motors|servo motors|LEDs|resistors|
jumper wires|crocodile clips|circuit boards|breadboards|toggle switches|buzzers|light sensors|
touch sensors|gears|axles|wheels|screws|nuts|bolts|magnets|solar cells|capacitors|push buttons|
cable ties|pulleys|propellers|microcontrollers|torch bulbs|battery clips|copper wires""",
        places=[("in", "the robotics kit"), ("in", "the parts bin"), ("on", "the workbench"),
                ("in", "the toolbox"), ("in", "the club cupboard")],
        groups=[("kit", "kits"), ("team", "teams"), ("robot", "robots"), ("bin", "bins"),
                ("toolbox", "toolboxes")],
        boxes=[("kit", "kits"), ("pack", "packs"), ("box", "boxes"), ("blister pack", "blister packs"),
               ("drawer", "drawers")],
    ),
    "supplies": dict(
        items="""cotton balls|filter papers|sample bags|sticky labels|sticky notes|rubber bands|
index cards|paper cups|pipe cleaners|plastic spoons|drinking straws|balloons|pH strips|
litmus papers|graph sheets|zip bags|cotton swabs|latex gloves|clipboards|pencils|marker pens|
paper clips|toothpicks|craft sticks|sugar cubes|ice cubes|birthday candles|plastic cups|
coffee filters""",
        places=[("in", "the supply box"), ("in", "the top drawer"), ("on", "the shelf"),
                ("in", "the art cupboard"), ("in", "the stock room")],
        groups=[("box", "boxes"), ("table", "tables"), ("group", "groups"), ("bag", "bags"),
                ("drawer", "drawers")],
        boxes=[("pack", "packs"), ("box", "boxes"), ("bag", "bags"), ("tub", "tubs"),
               ("bundle", "bundles")],
    ),
    "cultures": dict(
        items="""bacteria colonies|yeast colonies|mould patches|algae cultures|brine shrimp|
duckweed fronds|lichen samples|moss spores""",
        places=[("in", "the incubator"), ("on", "the agar plates"), ("in", "the culture room"),
                ("under", "the grow lamp")],
        groups=[("plate", "plates"), ("dish", "dishes"), ("lab group", "lab groups"),
                ("incubator shelf", "incubator shelves")],
        boxes=[("plate", "plates"), ("dish", "dishes"), ("flask", "flasks"), ("jar", "jars")],
    ),
}
for _c in CATS.values():
    _c["items"] = [w.strip() for w in _c["items"].replace("\n", "").split("|") if w.strip()]

HOLDER_GROUPS = ["the class", "the eco club", "the garden club", "the nature club",
                 "the robotics club", "the field team", "the science club", "the after-school club",
                 "the lab group", "the survey team"]
HOLDER_PLURALS = ["the students", "the pupils", "the volunteers", "the junior scientists"]
HELPERS = ["the lab technician", "the teacher", "the head of science", "a visiting scientist",
           "the caretaker", "a parent helper"]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
GENERIC_MARKERS = ["A short while later", "After lunch", "Straight after that", "Overnight",
                   "During the next lesson", "That afternoon", "Early the following morning",
                   "After the break", "In the next session", "At the following check",
                   "Just before home time", "A little later", "Soon afterwards", "Later on",
                   "At the next observation", "Within the hour", "Before the bell",
                   "During the afternoon session", "Next"]

DISTRACTORS = [
    "It was a grey, drizzly morning.", "The lab smelled of damp soil and vinegar.",
    "{OTHER} kept the observation log neat and tidy.", "Everybody wore safety goggles.",
    "The windows had fogged up from the kettle.",
    "A wasp bumped against the glass for most of the lesson.",
    "{HELPER_CAP} reminded everybody to wash their hands.",
    "The heater in the greenhouse hummed quietly.", "Nobody could find the spare rulers.",
    "The microscope light kept flickering.", "It was the warmest week of the term.",
    "{OTHER} drew a careful sketch of everything.", "The school cat watched from the window ledge.",
    "The data went into a shared spreadsheet.", "A thunderstorm rolled in after lunch.",
    "The results were written up in pencil first.", "{OTHER} thought the whole thing was fascinating.",
    "Labels were written in neat capital letters.", "The bell rang just as the count finished.",
    "The class graphed the results afterwards.", "The field guide was missing its cover.",
    "Mud got everywhere.", "The wind was blowing hard from the north.",
    "{OTHER} was in charge of the clipboard.", "The hypothesis was written on the whiteboard.",
    "The sun came out briefly around noon.", "It was too windy to work outside.",
    "The headteacher popped in to see how things were going.",
    "The notebook got a little damp in the rain.", "The projector refused to turn on.",
    "The humidity in the room was very high.", "{OTHER} took photographs for the class blog.",
    "It was hard to concentrate with the builders next door.",
    "Everything was recorded in the lab notebook.", "Nobody forgot their lab coat this time.",
    "{OTHER} insisted on checking the labels again.", "The room went quiet during the count.",
]

FUTURE_DISTRACTORS = [
    "The plan is pinned to the noticeboard.", "Everything will go into the lab notebook.",
    "{OTHER} will keep the log.", "The forecast says it will rain all week.",
    "The teacher has drawn up a timetable for the project.", "This is the plan for next week.",
    "{OTHER} has offered to take photographs.", "Goggles will be worn at all times.",
    "{HELPER_CAP} has already booked the lab.",
]

# ---------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty"]
TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
        90: "ninety", 20: "twenty"}
FOLD = {2: "twofold", 3: "threefold", 4: "fourfold", 5: "fivefold", 6: "sixfold", 7: "sevenfold",
        8: "eightfold", 9: "ninefold", 10: "tenfold"}


def word_for(v: int, allow_compound: bool) -> str | None:
    if 0 <= v <= 20:
        return ONES[v]
    if v in TENS:
        return TENS[v]
    if allow_compound and 21 <= v <= 99:
        return TENS[v - v % 10] + "-" + ONES[v % 10]
    return None


# ---------------------------------------------------------------------------
# Clause templates.  {H}=holder, <h:base|past> agrees with last holder ref,
# <p:..> plural agreement, <s:..> singular agreement, <x:be>/<x:have> special.
# ---------------------------------------------------------------------------
ADD_T = [
    ("{H} <h:collect|collected> {ADD}", NB), ("{H} <h:gather|gathered> {ADD}", NB),
    ("{H} <h:find|found> {ADD}", NB), ("{H} <h:receive|received> {ADD}", NB),
    ("{H} <h:be> given {ADD}", NB), ("{H} <h:bring|brought> in {ADD}", NB),
    ("{H} <h:add|added> {ADD}", NB), ("{H} <h:pick|picked> up {ADD}", NB),
    ("{H} <h:get|got> hold of {ADD}", NB),
    ("{H} <h:order|ordered> {ADD} from the science catalogue", OBJ | {"plants"}),
    ("{H} <h:borrow|borrowed> {ADD} from the lab next door", OBJ),
    ("{H} <h:unpack|unpacked> {ADD}", OBJ | {"plants"}),
    ("a delivery of {n} more {ITEMS} <s:arrive|arrived>", OBJ | {"plants"}),
    ("{n} more {ITEMS} <p:be> added", NB),
    ("a parent <s:donate|donated> {ADD}", OBJ | {"plants"}),
    ("{H} <h:track|tracked> down {ADD}", NB), ("{H} <h:round|rounded> up {ADD}", NB),
    ("{H} <h:scoop|scooped> up {ADD}", {"critters", "rocks", "plants", "supplies"}),
    ("{H} <h:fetch|fetched> {ADD} from the storeroom", OBJ),
    ("{H} <h:take|took> in {ADD}", NB), ("{H} <h:obtain|obtained> {ADD}", OBJ),
    ("{H} <h:buy|bought> {ADD}", OBJ | {"plants"}),
    ("{H} <h:win|won> {ADD} in the science quiz", OBJ | {"plants"}),
    ("{H} <h:earn|earned> {ADD} as a prize for the best poster", OBJ | {"plants"}),
    ("{H} <h:throw|threw> in {ADD}", OBJ | {"plants"}),
    ("{H} <h:top|topped> up the stock with {ADD}", OBJ | {"plants"}),
    ("{HELPER} <s:hand|handed> {Hobj} {ADD}", NB),
    ("{ADD} <p:turn|turned> up", NB),
    ("{H} <h:come|came> back from the field trip with {ADD}", NB - {"glass", "robot"}),
    ("{H} <h:salvage|salvaged> {ADD} from an old project", {"robot", "glass", "supplies"}),
    ("{H} <h:scavenge|scavenged> {ADD} from broken toys", {"robot"}),
    ("{ADD} <p:be> shipped to {Hobj}", {"robot", "glass", "supplies"}),
    ("{H} <h:plant|planted> {ADD}", {"plants"}), ("{H} <h:sow|sowed> {ADD}", {"plants"}),
    ("{ADD} <p:pop|popped> up", {"plants", "cultures"}),
    ("{H} <h:harvest|harvested> {ADD}", {"plants"}), ("{H} <h:pot|potted> up {ADD}", {"plants"}),
    ("{H} <h:catch|caught> {ADD}", {"critters"}), ("{H} <h:net|netted> {ADD}", {"critters"}),
    ("{H} <h:trap|trapped> {ADD}", {"critters"}), ("{ADD} <p:hatch|hatched>", {"critters"}),
    ("{ADD} <p:crawl|crawled> into the traps", {"critters"}),
    ("{ADD} <p:wander|wandered> in", {"critters"}),
    ("{H} <h:rescue|rescued> {ADD}", {"critters"}),
    ("{ADD} <p:fly|flew> in", {"birds"}), ("{ADD} <p:land|landed> {PLACE}", {"birds"}),
    ("{ADD} <p:arrive|arrived>", {"birds", "critters"}),
    ("{ADD} <p:swoop|swooped> down", {"birds"}),
    ("{ADD} <p:join|joined> them", {"birds", "critters"}),
    ("{ADD} <p:show|showed> up", {"birds", "critters"}),
    ("{H} <h:spot|spotted> {ADD} {PLACE}", {"birds"}),
    ("{ADD} <p:flutter|fluttered> down {PLACE}", {"birds"}),
    ("{ADD} <p:drop|dropped> in for a feed", {"birds"}),
    ("{H} <h:dig|dug> up {ADD}", {"rocks", "plants"}), ("{H} <h:chip|chipped> off {ADD}", {"rocks"}),
    ("{H} <h:hammer|hammered> loose {ADD}", {"rocks"}),
    ("{H} <h:pull|pulled> {ADD} out of the stream bed", {"rocks"}),
    ("{H} <h:unearth|unearthed> {ADD}", {"rocks"}),
    ("{H} <h:wash|washed> and <h:return|returned> {ADD}", {"glass"}),
    ("{H} <h:set|set> out {ADD}", {"glass", "supplies"}),
    ("{H} <h:grow|grew> {ADD}", {"cultures", "plants"}),
    ("{ADD} <p:appear|appeared> overnight", {"cultures", "plants", "critters"}),
    ("{ADD} <p:form|formed>", {"cultures"}),
    ("{H} <h:restock|restocked> with {ADD}", OBJ),
    ("{H} <h:tip|tipped> {ADD} into the box", {"rocks", "supplies"}),
    ("{OTHER} <s:pass|passed> {Hobj} {ADD}", NB),
    ("{OTHER} <s:drop|dropped> off {ADD}", NB - {"cultures"}),
    ("{H} <h:pocket|pocketed> {ADD}", {"rocks", "supplies", "robot"}),
    ("{H} <h:raid|raided> the prep room for {ADD}", {"glass", "supplies", "robot"}),
    ("{H} <h:stock|stocked> up on {ADD}", OBJ),
    ("{H} <h:sign|signed> out {ADD}", {"glass", "robot"}),
]

SUB_T = [
    ("{H} <h:give|gave> away {SUB}", NB - {"cultures"}), ("{H} <h:lose|lost> {SUB}", NB),
    ("{H} <h:use|used> up {SUB}", OBJ | {"plants"}),
    ("{H} <h:use|used> {SUB} in a demonstration", OBJ | {"plants"}),
    ("{H} <h:drop|dropped> {SUB} down the drain", {"rocks", "supplies"}),
    ("{H} <h:donate|donated> {SUB} to the primary school", OBJ | {"plants", "critters"}),
    ("{H} <h:throw|threw> out {SUB}", OBJ | {"plants", "cultures"}),
    ("{H} <h:lend|lent> {SUB} to another class", OBJ),
    ("{H} <h:send|sent> {SUB} off for testing", OBJ | {"plants", "cultures"}),
    ("{H} <h:return|returned> {SUB} to the store cupboard", OBJ),
    ("{H} <h:discard|discarded> {SUB}", OBJ | {"plants", "cultures"}),
    ("{H} <h:remove|removed> {SUB}", NB),
    ("{H} <h:hand|handed> out {SUB}", OBJ | {"plants"}),
    ("{H} <h:trade|traded> away {SUB}", OBJ | {"plants"}),
    ("{H} <h:set|set> aside {SUB} for another project", OBJ | {"plants"}),
    ("{H} <h:pack|packed> away {SUB}", OBJ), ("{H} <h:misplace|misplaced> {SUB}", OBJ),
    ("{SUB} <p:go|went> missing", NB),
    ("{SUB} <p:be> taken by another lab group", OBJ | {"plants", "critters"}),
    ("{H} <h:sell|sold> {SUB} at the school fair", OBJ | {"plants"}),
    ("{H} <h:give|gave> {SUB} to {OTHER}", NB - {"cultures"}),
    ("{H} <h:pass|passed> {SUB} on to {OTHER}", NB - {"birds"}),
    ("{OTHER} <s:borrow|borrowed> {SUB}", OBJ),
    ("{SUB} <p:wilt|wilted>", {"plants"}), ("{SUB} <p:die|died>", {"plants", "critters", "cultures"}),
    ("{SUB} <p:wither|withered>", {"plants"}), ("{SUB} <p:be> eaten by slugs", {"plants"}),
    ("{SUB} <p:dry|dried> out", {"plants", "cultures"}),
    ("{SUB} <p:go|went> mouldy", {"plants"}),
    ("{H} <h:transplant|transplanted> {SUB} to the school garden", {"plants"}),
    ("{SUB} <p:be> nibbled by snails", {"plants"}),
    ("{SUB} <p:escape|escaped>", {"critters"}), ("{SUB} <p:be> released", {"critters"}),
    ("{H} <h:let|let> {SUB} go", {"critters"}),
    ("{H} <h:release|released> {SUB} back into the wild", {"critters"}),
    ("{SUB} <p:slip|slipped> away", {"critters", "birds"}),
    ("{SUB} <p:vanish|vanished>", {"critters"}), ("{SUB} <p:wriggle|wriggled> free", {"critters"}),
    ("{SUB} <p:be> set free", {"critters"}),
    ("{SUB} <p:fly|flew> off", {"birds"}), ("{SUB} <p:be> scared off by a cat", {"birds"}),
    ("{SUB} <p:take|took> off", {"birds"}), ("{SUB} <p:depart|departed>", {"birds"}),
    ("{SUB} <p:head|headed> back to the trees", {"birds"}),
    ("{SUB} <p:be> chased away by a squirrel", {"birds"}),
    ("{SUB} <p:crumble|crumbled>", {"rocks"}),
    ("{SUB} <p:crack|cracked> and <p:be> thrown away", {"rocks", "glass"}),
    ("{SUB} <p:be> crushed for the streak test", {"rocks"}),
    ("{SUB} <p:roll|rolled> off the bench and <p:be> lost", {"rocks"}),
    ("{SUB} <p:break|broke>", {"glass", "robot"}), ("{SUB} <p:shatter|shattered>", {"glass"}),
    ("{SUB} <p:be> sent away to be sterilised", {"glass"}),
    ("{SUB} <p:stop|stopped> working", {"robot"}), ("{SUB} <p:burn|burned> out", {"robot"}),
    ("{H} <h:fit|fitted> {SUB} into the robots", {"robot"}),
    ("{H} <h:install|installed> {SUB} on the rover", {"robot"}),
    ("{SUB} <p:fall|fell> down the back of the workbench", {"robot", "supplies"}),
    ("{SUB} <p:be> contaminated and <p:be> binned", {"glass", "cultures"}),
    ("{SUB} <p:be> wiped off the plates", {"cultures"}),
    ("{H} <h:cross|crossed> {SUB} off the inventory", OBJ),
    ("{H} <h:get|got> rid of {SUB}", NB), ("{H} <h:part|parted> with {SUB}", OBJ | {"plants"}),
    ("{H} <h:hand|handed> over {SUB} to {OTHER}", NB - {"birds", "cultures"}),
    ("{H} <h:post|posted> {SUB} to a partner school", OBJ | {"plants"}),
    ("{SUB} <p:be> swept off the bench by accident", {"supplies", "rocks"}),
    ("{SUB} <p:get|got> soaked and <p:be> thrown away", {"supplies"}),
    ("{SUB} <p:be> used up", {"supplies"}),
    ("{H} <h:pull|pulled> {SUB} out of the tray", {"plants"}),
    ("{SUB} <p:be> returned to the pond", {"critters"}),
]
SUB_T = [t for t in SUB_T if t[1]]

# multiply: (template, fixed multiplier or None, cats)
MUL_T = [
    ("the number of {ITEMS} <s:double|doubled>", 2, ALLCATS),
    ("{H} <h:double|doubled> {Hposs} stock of {ITEMS}", 2, OBJ | {"plants"}),
    ("the {ITEMS} <p:double|doubled> in number", 2, ALLCATS),
    ("the count <s:triple|tripled>", 3, ALLCATS),
    ("{H} <h:triple|tripled> {Hposs} supply", 3, OBJ | {"plants"}),
    ("the collection <s:quadruple|quadrupled>", 4, OBJ),
    ("the population <s:quadruple|quadrupled>", 4, {"critters", "cultures"}),
    ("{H} <h:end|ended> up with {m} times as many {ITEMS}", None, ALLCATS),
    ("there <p:be> {m} times as many {ITEMS} as before", None, ALLCATS),
    ("the number of {ITEMS} <s:grow|grew> {mfold}", None, ALLCATS),
    ("the count <s:be> multiplied by {m}", None, ALLCATS),
    ("the {ITEMS} <p:grow|grew> to {m} times their number", None, {"critters", "cultures", "plants"}),
    ("{H} <h:multiply|multiplied> the stock by {m}", None, OBJ),
    ("{H} <h:scale|scaled> the batch up by a factor of {m}", None, OBJ | {"cultures", "plants"}),
    ("each of them <s:split|split> into {m}", None, {"cultures"}),
    ("the tally <s:go|went> up by a factor of {m}", None, ALLCATS),
    ("{H} <h:make|made> the pile {m} times bigger", None, {"rocks", "supplies", "robot"}),
    ("the number <s:become|became> {m} times larger", None, ALLCATS),
    ("twice as many {ITEMS} <p:be> counted as the time before", 2, ALLCATS),
    ("{H} <h:count|counted> {m} times as many {ITEMS} as at the last check", None,
     {"critters", "birds", "cultures"}),
    ("the colony <s:double|doubled> in size", 2, {"cultures"}),
    ("{H} <h:increase|increased> the number {mfold}", None, OBJ),
    ("the supply <s:be> doubled", 2, OBJ | {"plants"}),
    ("the supply <s:be> tripled", 3, OBJ | {"plants"}),
    ("the crowd {PLACE} <s:double|doubled>", 2, {"birds"}),
    ("the flock <s:grow|grew> to {m} times its size", None, {"birds"}),
    ("the numbers <p:shoot|shot> up {mfold}", None, ALLCATS),
    ("{H} <h:swap|swapped> each of {Hposs} {ITEMS} for {m} new ones", None, OBJ | {"plants"}),
    ("the size of the collection <s:be> increased {mfold}", None, OBJ),
    ("by the next check there <p:be> triple the number of {ITEMS}", 3, ALLCATS),
    ("by the next check there <p:be> double the number of {ITEMS}", 2, ALLCATS),
    ("the count <s:jump|jumped> to {m} times what it had been", None, ALLCATS),
    ("the {ITEMS} <p:multiply|multiplied> {mfold}", None, {"cultures", "critters", "plants"}),
    ("{H} <h:boost|boosted> the stock {mfold}", None, OBJ),
    ("{H} <h:expand|expanded> the collection {mfold}", None, OBJ),
    ("the total <s:be> doubled after a second delivery of the same size", 2, OBJ),
    ("{H} <h:double|doubled> {OBJ}", 2, NB - {"critters"}),
    ("{H} <h:triple|tripled> {OBJ}", 3, OBJ),
]

# divide, keeping one share: (template, fixed divisor or None, cats)
DIV_T = [
    ("{H} <h:split|split> {OBJ} equally among {d} {G} and <h:keep|kept> one {g}", None, NB),
    ("{H} <h:divide|divided> {OBJ} into {d} equal groups and <h:keep|kept> just one group", None, NB),
    ("{H} <h:halve|halved> {OBJ}", 2, NB),
    ("the count <s:be> cut in half", 2, ALLCATS),
    ("only a third of {OBJ} <p:be> kept", 3, NB),
    ("{H} <h:keep|kept> half of {OBJ} and <h:pass|passed> the rest to {OTHER}", 2, NB - {"cultures"}),
    ("{OBJS} <p:be> shared out equally among {d} {G}, and {H} <h:keep|kept> one {g}'s share",
     None, NB),
    ("{H} <h:sort|sorted> {OBJ} into {d} equal batches and <h:hang|hung> on to one batch", None,
     OBJ | {"plants"}),
    ("{H} <h:spread|spread> {OBJ} evenly over {d} {G} and <h:keep|kept> only one {g} for the test",
     None, NB),
    ("{H} <h:portion|portioned> {OBJ} out evenly into {d} {G}, keeping one {g}", None, NB),
    ("only half of {OBJ} <p:be> still {PLACE}", 2, {"birds", "critters"}),
    ("the flock <s:split|split> into {d} equal groups and only one group <s:stay|stayed> {PLACE}",
     None, {"birds"}),
    ("{OBJS} <p:be> divided evenly between {d} {G}, and {H} <h:take|took> charge of one {g}", None, NB),
    ("{H} <h:give|gave> away all but a third of {OBJ}", 3, OBJ | {"plants"}),
    ("{H} <h:give|gave> away half of {OBJ}", 2, OBJ | {"plants", "critters"}),
    ("{H} <h:cut|cut> {Hposs} stock down to a quarter", 4, OBJ),
    ("{H} <h:split|split> the batch {d} ways and <h:keep|kept> one part", None, NB),
    ("the {ITEMS} <p:be> shared evenly among {d} classes, and {H} <h:keep|kept> one class's share",
     None, NB),
    ("{H} <h:hand|handed> out {OBJ} evenly to {d} {G} and <h:hold|held> on to one {g}'s share", None,
     NB),
    ("{H} <h:separate|separated> {OBJ} into {d} equal piles and <h:study|studied> only one pile",
     None, NB),
    ("the count <s:drop|dropped> to a third", 3, ALLCATS),
    ("{H} <h:reduce|reduced> {OBJ} to half", 2, NB),
    ("only one in every {d} of the {ITEMS} <s:be> kept", None, NB),
    ("{H} <h:thin|thinned> out {OBJ} to half", 2, {"plants", "cultures"}),
]

# divide, final change whose question asks for the size of each group
DIVQ_T = [
    ("{H} <h:split|split> {OBJ} evenly among {d} {G}", NB),
    ("{OBJS} <p:be> shared equally among {d} {G}", NB),
    ("{H} <h:divide|divided> {OBJ} equally between {d} {G}", NB),
    ("{H} <h:deal|dealt> {OBJ} out evenly to {d} {G}", NB),
    ("{H} <h:pack|packed> {OBJ} into {d} {G} with the same number in each", NB),
    ("{H} <h:share|shared> {OBJ} out fairly across {d} {G}", NB),
    ("{H} <h:arrange|arranged> {OBJ} into {d} {G}, all holding the same amount", NB),
    ("{H} <h:sort|sorted> {OBJ} into {d} equal {G}", NB),
    ("the flock <s:split|split> into {d} equal {G}", {"birds"}),
    ("{OBJS} <p:break|broke> up into {d} equal {G}", {"birds"}),
]

START_T = [
    ("{H} <h:have|had> {S} {ITEMS} {PLACE}", NB),
    ("{H} <h:count|counted> {S} {ITEMS} {PLACE}", ALLCATS),
    ("there <p:be> {S} {ITEMS} {PLACE}", ALLCATS),
    ("{S} {ITEMS} <p:be> labelled and stored {PLACE}", OBJ | {"plants"}),
    ("{H} <h:start|started> the experiment with {S} {ITEMS}", NB),
    ("{H} <h:begin|began> the week with {S} {ITEMS} {PLACE}", ALLCATS),
    ("{PLACEN} <s:hold|held> {S} {ITEMS}", NB),
    ("{H} <h:record|recorded> {S} {ITEMS} {PLACE} in the lab log", ALLCATS),
    ("at the first check, {H} <h:find|found> {S} {ITEMS} {PLACE}", ALLCATS),
    ("the inventory <s:list|listed> {S} {ITEMS} {PLACE}", OBJ | {"plants"}),
    ("{S} {ITEMS} <p:be> logged {PLACE} at the first check", ALLCATS),
    ("{H} <h:look|looked> after {S} {ITEMS}", {"critters", "plants", "cultures"}),
    ("{H} <h:keep|kept> {S} {ITEMS} {PLACE}", NB),
    ("the survey <s:find|found> {S} {ITEMS} {PLACE}", {"critters", "birds"}),
    ("{H} <h:own|owned> a collection of {S} {ITEMS}", {"rocks", "supplies"}),
    ("{H} <h:spot|spotted> {S} {ITEMS} {PLACE}", {"birds", "critters"}),
    ("the tally sheet <s:show|showed> {S} {ITEMS} {PLACE}", ALLCATS),
]

# product starts: (template, order) order "ab" means f1 mentioned first
PROD_T = [
    ("{H} <h:set|set> up {f1} {C} with {f2} {ITEMS} in each", "12", NB),
    ("there <p:be> {f1} {C} of {f2} {ITEMS} {PLACE}", "12", ALLCATS),
    ("{f1} {C}, each holding {f2} {ITEMS}, <p:be> delivered to {HFULL}", "12", OBJ | {"plants"}),
    ("{H} <h:fill|filled> {f1} {C} with {f2} {ITEMS} apiece", "12", NB),
    ("each of the {f1} {C} <s:hold|held> {f2} {ITEMS}", "12", ALLCATS),
    ("{H} <h:have|had> {f2} {ITEMS} in each of {f1} {C}", "21", NB),
    ("{H} <h:start|started> with {f1} {C} containing {f2} {ITEMS} each", "12", NB),
    ("{f2} {ITEMS} <p:be> placed in each of {f1} {C}", "21", NB),
    ("{H} <h:label|labelled> {f1} {C} of {f2} {ITEMS}", "12", NB),
    ("the kit <s:come|came> with {f1} {C}, and every {c} <s:contain|contained> {f2} {ITEMS}", "12",
     OBJ | {"plants"}),
    ("{H} <h:count|counted> {f2} {ITEMS} on each of {f1} {C}", "21", {"birds"}),
    ("{f1} {C} with {f2} {ITEMS} per {c} <p:be> ready {PLACE}", "12", NB),
]

ADD_FORMS = ["{n} more {ITEMS}", "{n} more", "another {n} {ITEMS}", "{n} extra {ITEMS}",
             "{n} new {ITEMS}", "{n} {ITEMS}", "a further {n} {ITEMS}", "{n} additional {ITEMS}"]
SUB_FORMS = ["{n} {ITEMS}", "{n} of them", "{n} of the {ITEMS}", "{n} of {POSS} {ITEMS}"]
OBJ_FORMS = ["them", "the {ITEMS}", "all the {ITEMS}", "{POSS} {ITEMS}", "all of them"]
OBJS_FORMS = ["they", "the {ITEMS}", "all the {ITEMS}", "{POSS} {ITEMS}", "all of them"]

CONNECT = [", and then ", ", then ", "; after that, ", ", and later ", ", and afterwards ",
           " before ", ", and soon after that ", ", and a bit later "]

# ---------------------------------------------------------------------------
# Step templates (no digits, no '=' apart from the equation {E})
# ---------------------------------------------------------------------------
STEP_PROD = ["Initial count: {E} {ITEMS}.", "Start: {E} {ITEMS}.", "Total at the start: {E}.",
             "First find the starting number: {E}.", "Initial: {E}.", "We begin with {E} {ITEMS}.",
             "Starting amount: {E} {ITEMS}.", "Multiply to get the first count: {E}.",
             "{E} {ITEMS} to begin with.", "Setup count: {E}.",
             "There are {E} {ITEMS} at the beginning.", "Containers times contents: {E}."]
STEP_ADD = ["After adding: {E} {ITEMS}.", "Added {b}: {E}.", "{b} more came in, so {E}.",
            "New total: {E}.", "Count after the additions: {E}.", "Adding the {b} new {ITEMS} gives {E}.",
            "{E} {ITEMS} after the new ones arrived.", "Then {E}.", "Running total: {E}.",
            "With {b} extra, that makes {E}.", "Gain of {b}: {E} {ITEMS}.", "Increase: {E}.",
            "Add {b} to the count: {E}.", "{E}, so the count goes up to {c}.",
            "After the new arrivals: {E} {ITEMS}."]
STEP_SUB = ["After removal: {E} {ITEMS}.", "Removed {b}: {E}.", "{b} fewer, so {E}.",
            "Remaining: {E}.", "Taking away {b} leaves {E}.", "{E} {ITEMS} are left.", "Loss of {b}: {E}.",
            "Subtract: {E}.", "Count after the losses: {E}.", "That leaves {E} {ITEMS}.",
            "Minus the {b} that went: {E}.", "Decrease: {E} {ITEMS}.", "Take off {b}: {E}.",
            "{E}, so {c} are still there."]
STEP_MUL = ["Multiplied by {b}: {E}.", "After the increase: {E} {ITEMS}.", "{b} times as many: {E}.",
            "Scaling up: {E}.", "The count grows to {E}.", "New count: {E}.", "Growth step: {E} {ITEMS}.",
            "Multiply the count by {b}: {E}.", "That gives {E} {ITEMS}.", "Factor of {b}: {E}."]
STEP_DIV = ["Per {g}: {E}.", "Split into {b} equal parts: {E}.", "One share: {E} {ITEMS}.",
            "Dividing by {b}: {E}.", "Each {g} gets {E}.", "Kept share: {E}.",
            "After the split: {E} {ITEMS}.", "Share each way: {E}.", "Divide by {b}: {E} {ITEMS}.",
            "One part out of {b}: {E}."]
STEP_WHEN = ["{when}: {E} {ITEMS}.", "{when} entry: {E}.", "Observation, {when}: {E}.",
             "Log for {when}: {E} {ITEMS}."]

FINAL_T = ["Result: {ans}", "Result: {ans} {ITEMS}.", "#### {ans}", "Answer: {ans}",
           "The answer is {ans}.", "Final count: {ans} {ITEMS}.", "Conclusion: {ans} {ITEMS} {PLACE}.",
           "There are {ans} {ITEMS} at the end.", "Final tally: {ans}.", "{ans} {ITEMS} remain.",
           "Therefore the count is {ans}.", "Recorded result: {ans} {ITEMS}.",
           "So the log ends at {ans}.", "End of experiment: {ans} {ITEMS}.", "Final: {ans}"]
FINAL_H = ["So {HS} <h:have|had> {ans} {ITEMS} in the end.", "So {HS} <h:have|had> {ans} {ITEMS} left.", "{HS} <h:finish|finished> with {ans} {ITEMS}.",
           "That means {HS} <h:have|had> {ans} {ITEMS}."]
FINAL_Q = ["Each {g} gets {ans} {ITEMS}.", "Answer: {ans} per {g}.", "#### {ans}",
           "Result: {ans} {ITEMS} in each {g}.", "So every {g} holds {ans}.", "The answer is {ans}."]

Q_H = ["How many {ITEMS} <DO> {H} have now?", "How many {ITEMS} <DO> {H} end up with?",
       "How many {ITEMS} <DO> {H} have at the end?", "How many {ITEMS} <DO> {H} have left?",
       "Find how many {ITEMS} {H} <h:have|had> at the end.",
       "Work out how many {ITEMS} {H} <h:be> left with.",
       "What is the final number of {ITEMS} for {Hobj}?"]
Q_G = ["How many {ITEMS} <p:be> left {PLACE}?", "How many {ITEMS} <p:be> there {PLACE} at the end?",
       "What <s:be> the final count of {ITEMS}?", "How many {ITEMS} should the last line of the log show?",
       "What number goes in the final row of the observation table?", "How many {ITEMS} <p:be> still {PLACE}?",
       "Calculate the number of {ITEMS} that <p:remain|remained>.",
       "By the end, how many {ITEMS} <p:be> there?", "How many {ITEMS} <p:be> recorded at the final check?",
       "What is the total number of {ITEMS} now?", "Determine the final number of {ITEMS}.",
       "How many {ITEMS} are in the final count?", "Give the closing count of {ITEMS}.",
       "How many {ITEMS} made it into the last entry of the notebook?"]
Q_FRI = ["How many {ITEMS} <p:remain|remained> by Friday?", "By Friday, how many {ITEMS} <p:be> there?"]
Q_DIV = ["How many {ITEMS} go in each {g}?", "How many {ITEMS} does each {g} get?",
         "How many {ITEMS} end up in each {g}?", "What is the number of {ITEMS} per {g}?",
         "How many {ITEMS} <p:be> in each {g}?", "How many does each {g} receive?",
         "Work out how many {ITEMS} each {g} has."]

SYM = {"+": ["+"], "-": ["-", "−"], "*": ["*", "×"], "/": ["/", "÷"]}
NORM = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}


def apply_op(a: int, op: str, b: int):
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


def third_person(base: str) -> str:
    irregular = {"have": "has", "do": "does", "go": "goes", "be": "is"}
    if base in irregular:
        return irregular[base]
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def conj(base: str, past: str | None, tense: str, plural: bool) -> str:
    if tense == "future":
        return "will " + base
    if base == "be":
        if tense == "past":
            return "were" if plural else "was"
        return "are" if plural else "is"
    if base == "have" and past is None:
        past = "had"
    if tense == "past":
        return past
    return base if plural else third_person(base)


# ---------------------------------------------------------------------------
# Record builder
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng: random.Random, cat: str, tense: str):
        self.rng = rng
        self.cat = cat
        self.tense = tense
        c = CATS[cat]
        self.items = rng.choice(c["items"])
        self.place = rng.choice(c["places"])
        self.group = rng.choice(c["groups"])
        self.box = rng.choice(c["boxes"])
        self.p_word = rng.choice([0.0, 0.15, 0.3, 0.45])
        self.compound = rng.random() < 0.3
        self.introduced = False
        self.last_plural = False
        self.others = []
        self.helper = rng.choice(HELPERS)
        self._make_holder()

    def _make_holder(self):
        rng = self.rng
        r = rng.random()
        if r < 0.32:
            fem = rng.random() < 0.5
            name = rng.choice(FEMALE if fem else MALE)
            self.h = dict(full=name, short=name, full_pl=False, pron="she" if fem else "he",
                          obj="her" if fem else "him", poss="her" if fem else "his", pron_pl=False)
        elif r < 0.46:
            fem = rng.random() < 0.5
            title = rng.choice(["Ms.", "Mrs.", "Dr."] if fem else ["Mr.", "Dr."])
            name = title + " " + rng.choice(SURNAMES)
            self.h = dict(full=name, short=name, full_pl=False, pron="she" if fem else "he",
                          obj="her" if fem else "him", poss="her" if fem else "his", pron_pl=False)
        elif r < 0.66:
            self.h = dict(full="we", short="we", full_pl=True, pron="we", obj="us", poss="our",
                          pron_pl=True)
        elif r < 0.88:
            if rng.random() < 0.35:
                nm = rng.choice(FEMALE + MALE)
                full = f"{nm}'s lab group"
            else:
                pool = [g for g in HOLDER_GROUPS if g not in ("the robotics club", "the garden club")]
                if self.cat == "robot":
                    pool.append("the robotics club")
                if self.cat == "plants":
                    pool.append("the garden club")
                full = rng.choice(pool)
            self.h = dict(full=full, short=full, full_pl=False, pron="they", obj="them", poss="their",
                          pron_pl=True)
        else:
            full = rng.choice(HOLDER_PLURALS)
            self.h = dict(full=full, short=full, full_pl=True, pron="they", obj="them", poss="their",
                          pron_pl=True)

    def other(self) -> str:
        rng = self.rng
        while True:
            if rng.random() < 0.2:
                nm = rng.choice(["Ms.", "Mr.", "Dr."]) + " " + rng.choice(SURNAMES)
            else:
                nm = rng.choice(FEMALE + MALE)
            if nm != self.h["full"]:
                return nm

    # --- number rendering -------------------------------------------------
    def num(self, v: int, surfaces: list) -> str:
        rng = self.rng
        if v == 12 and rng.random() < self.p_word * 1.2:
            surfaces.append("dozen")
            return "a dozen"
        if rng.random() < self.p_word:
            w = word_for(v, self.compound)
            if w is not None and v >= 2:
                surfaces.append(w)
                return w
        surfaces.append(str(v))
        return str(v)

    # --- holder references ------------------------------------------------
    def h_subj(self) -> tuple[str, bool]:
        h = self.h
        if not self.introduced:
            self.introduced = True
            return h["full"], h["full_pl"]
        if self.rng.random() < 0.55:
            return h["pron"], h["pron_pl"]
        return h["short"], h["full_pl"]

    def h_obj(self) -> str:
        if not self.introduced:
            self.introduced = True
            return "us" if self.h["full"] == "we" else self.h["full"]
        return self.h["obj"] if self.rng.random() < 0.7 else (
            "us" if self.h["full"] == "we" else self.h["short"])

    def h_poss(self) -> str:
        if not self.introduced:
            return "the"
        return self.h["poss"]

    def render(self, tpl: str, fields: dict) -> str:
        rng = self.rng

        def sub(mo):
            tok = mo.group(0)
            if tok.startswith("{"):
                key = tok[1:-1]
                if key == "H":
                    text, pl = self.h_subj()
                    self.last_plural = pl
                    return text
                if key == "HS":
                    text, pl = self.h_subj()
                    self.last_plural = pl
                    return text
                if key == "HFULL":
                    self.introduced = True
                    return "us" if self.h["full"] == "we" else self.h["full"]
                if key == "Hobj":
                    return self.h_obj()
                if key == "Hposs":
                    return self.h_poss()
                if key == "OTHER":
                    return self.other()
                if key == "HELPER":
                    return self.helper
                if key == "PLACE":
                    return self.place[0] + " " + self.place[1]
                if key == "PLACEN":
                    return self.place[1]
                if key == "ITEMS":
                    return self.items
                if key == "G":
                    return self.group[1]
                if key == "g":
                    return self.group[0]
                if key == "C":
                    return self.box[1]
                if key == "c":
                    return self.box[0]
                if key in ("ADD", "SUB", "OBJ", "OBJS"):
                    form = rng.choice({"ADD": ADD_FORMS, "SUB": SUB_FORMS, "OBJ": OBJ_FORMS,
                                       "OBJS": OBJS_FORMS}[key])
                    if "{POSS}" in form:
                        form = form.replace("{POSS}", self.h_poss())
                    out = form.replace("{ITEMS}", self.items).replace("{n}", fields.get("n", ""))
                    out = out.replace("another a dozen", "another dozen").replace(
                        "a further a dozen", "a further dozen")
                    return out
                if key in fields:
                    return fields[key]
                raise KeyError(key)
            # verb token
            m = re.match(r"<([hps]):([^|>]+)(?:\|([^>]+))?>", tok)
            if tok == "<DO>":
                # do-support with the holder that follows
                return "__DO__"
            who, base, past = m.group(1), m.group(2), m.group(3)
            plural = self.last_plural if who == "h" else (who == "p")
            return conj(base, past, self.tense, plural)

        out = re.sub(r"\{[A-Za-z0-9]+\}|<[^>]+>", sub, tpl)
        return out


def cap(s: str) -> str:
    if not s or s.startswith("pH "):
        return s
    return s[0].upper() + s[1:]


def lower_marker(mk: str) -> str:
    if mk.split()[0] in DAYS:
        return mk
    return mk[0].lower() + mk[1:]


def digit_slips(v: int) -> list[int]:
    s = str(v)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if not (t[0] == "0" and len(t) > 1):
                out.append(int(t))
    for i, ch in enumerate(s):
        for dlt in (1, -1):
            d = int(ch) + dlt
            if 0 <= d <= 9 and not (i == 0 and d == 0 and len(s) > 1):
                out.append(int(s[:i] + str(d) + s[i + 1:]))
    return out


def arith_candidates(a: int, op: str, b: int, c: int) -> list[int]:
    cands = [c + 1, c - 1]
    if c >= 10:
        cands += [c + 10, c - 10]
    cands += digit_slips(c)
    if op == "+":
        # dropped carry
        sa, sb = str(a).zfill(5), str(b).zfill(5)
        nc = int("".join(str((int(x) + int(y)) % 10) for x, y in zip(sa, sb)))
        cands += [nc, nc, c - 10 if c >= 10 else c + 10]
    elif op == "-":
        sa, sb = str(a).zfill(5), str(b).zfill(5)
        nb = int("".join(str(abs(int(x) - int(y))) for x, y in zip(sa, sb)))
        cands += [nb, nb, c + 10]
    elif op == "*":
        cands += [c + a, c - a, c + b, c - b]
    elif op == "/":
        cands += [c + 1, c - 1, c + 2]
    return [x for x in cands if 0 <= x <= 9999 and x != c]


class Builder:
    def __init__(self, rng: random.Random):
        self.rng = rng

    # ---- arithmetic plan ------------------------------------------------
    def plan_numbers(self, n_changes: int, product: bool, want_last_div_q: bool, small: bool):
        rng = self.rng
        for _ in range(200):
            if product:
                f1 = rng.randint(2, 25)
                f2 = rng.randint(2, 40)
                if f1 * f2 > (200 if small else 1200) or f1 * f2 < 8:
                    continue
                start = f1 * f2
                factors = (f1, f2)
            else:
                r = rng.random()
                if r < 0.06 and not small:
                    start = 1000
                elif r < 0.12:
                    start = 12
                elif r < 0.4 or small:
                    start = rng.randint(10, 99 if not small or rng.random() < 0.6 else 180)
                else:
                    start = rng.randint(100, 999)
                factors = None
            cur = start
            changes = []
            ok = True
            for i in range(n_changes):
                last = i == n_changes - 1
                if last and want_last_div_q:
                    divs = [d for d in range(2, 13) if cur % d == 0 and cur // d >= 2]
                    if not divs:
                        ok = False
                        break
                    d = rng.choice(divs)
                    changes.append(("/", d))
                    cur //= d
                    continue
                opts = []
                if cur < 9990:
                    opts += ["+"] * 3
                if cur >= 4:
                    opts += ["-"] * 3
                mults = [m for m in range(2, 11) if cur * m <= 9999 and (m <= 6 or rng.random() < 0.3)]
                if mults and cur <= 2500:
                    opts += ["*"] * 2
                divs = [d for d in range(2, 13) if cur % d == 0 and cur // d >= 2]
                if divs:
                    opts += ["/"] * 3
                op = rng.choice(opts)
                if op == "+":
                    hi = min(60 if small else 999, 9999 - cur,
                             max(12, int(cur * rng.choice([0.3, 0.6, 1.0, 1.5]))))
                    b = rng.randint(2, max(2, hi))
                    if rng.random() < 0.08 and cur + 12 <= 9999:
                        b = 12
                elif op == "-":
                    hi = min(999, cur - 1)
                    b = rng.randint(2, hi)
                    if rng.random() < 0.5:
                        b = rng.randint(2, max(2, min(hi, cur // 2)))
                elif op == "*":
                    b = rng.choice(mults)
                else:
                    b = rng.choice(divs)
                changes.append((op, b))
                cur = apply_op(cur, op, b)
            if not ok:
                continue
            return start, factors, changes
        return None

    # ---- problem text -----------------------------------------------------
    def make(self, rec_id: str, kind: str, position: str):
        rng = self.rng
        # structure
        product = rng.random() < 0.27
        for _ in range(50):
            n_changes = rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5])
            n_eq = n_changes + (1 if product else 0)
            if position == "middle" and n_eq < 3:
                continue
            break
        else:
            n_changes = 3
            n_eq = n_changes + (1 if product else 0)
        want_q = rng.random() < 0.18
        cat = rng.choice(list(CATS))
        if cat == "cultures" and rng.random() < 0.5:
            cat = rng.choice(list(CATS))
        plan = self.plan_numbers(n_changes, product, want_q, cat == "birds")
        if plan is None:
            return None
        start, factors, changes = plan
        tr = rng.random()
        tense = "past" if tr < 0.62 else ("present" if tr < 0.9 else "future")
        ctx = Ctx(rng, cat, tense)
        surfaces = []  # number surfaces used in problem
        digit_nums = []  # numbers written in digits in problem

        def numtxt(v):
            before = len(surfaces)
            t = ctx.num(v, surfaces)
            if surfaces[before].isdigit():
                digit_nums.append(v)
            return t

        # ---- start sentence
        sentences = []
        day_i = 0
        use_days = rng.random() < 0.55
        if rng.random() < 0.3:
            sentences.append(self.distractor(ctx))
        if factors:
            cands = [t for t in PROD_T if cat in t[2]]
            tpl, order, _ = rng.choice(cands)
            f1, f2 = factors
            fields = {}
            if order == "12":
                fields["f1"] = numtxt(f1)
                fields["f2"] = numtxt(f2)
            else:
                fields["f2"] = numtxt(f2)
                fields["f1"] = numtxt(f1)
            eq_first = (f1, f2) if order == "12" else (f2, f1)
            s = ctx.render(tpl, fields)
        else:
            cands = [t for t in START_T if cat in t[1]]
            tpl, _ = rng.choice(cands)
            s = ctx.render(tpl, {"S": numtxt(start)})
            eq_first = None
        when_labels = []
        if use_days and rng.random() < 0.8:
            s = rng.choice(["On Monday, ", "On Monday morning, ", "Monday: ", "At the start of the week, "]) + s
        sentences.append(cap(s) + ".")

        # ---- changes
        clauses = []
        used_mk = set()
        group_used = []
        change_surfaces = []
        for idx, (op, b) in enumerate(changes):
            last = idx == len(changes) - 1
            before = len(surfaces)
            if op == "+":
                tpl = rng.choice([t for t in ADD_T if cat in t[1]])[0]
                txt = ctx.render(tpl, {"n": numtxt(b)})
            elif op == "-":
                tpl = rng.choice([t for t in SUB_T if cat in t[1]])[0]
                txt = ctx.render(tpl, {"n": numtxt(b)})
            elif op == "*":
                cands = [t for t in MUL_T if cat in t[2] and (t[1] is None or t[1] == b)]
                if "{mfold}" in " ".join(t[0] for t in cands) and b not in FOLD:
                    cands = [t for t in cands if "{mfold}" not in t[0]]
                tpl, fixed, _ = rng.choice(cands)
                fields = {}
                if fixed is not None:
                    w = {2: ["doubl", "double", "twice"], 3: ["tripl", "triple"], 4: ["quadrupl"]}[fixed]
                    surfaces.append(next(x for x in w if x in tpl))
                elif "{mfold}" in tpl:
                    if rng.random() < 0.6:
                        fields["mfold"] = FOLD[b]
                        surfaces.append(FOLD[b])
                    else:
                        fields["mfold"] = f"{b}-fold"
                        surfaces.append(str(b))
                        digit_nums.append(b)
                else:
                    fields["m"] = numtxt(b)
                txt = ctx.render(tpl, fields)
            else:
                if last and want_q:
                    tpl = rng.choice([t for t in DIVQ_T if cat in t[1]])[0]
                    fixed = None
                else:
                    cands = [t for t in DIV_T if cat in t[2] and (t[1] is None or t[1] == b)]
                    tpl, fixed, _ = rng.choice(cands)
                fields = {}
                if fixed is not None:
                    w = {2: ["half", "halv"], 3: ["third"], 4: ["quarter"]}[fixed]
                    surfaces.append(next(x for x in w if x in tpl))
                else:
                    fields["d"] = numtxt(b)
                txt = ctx.render(tpl, fields)
            change_surfaces.append(surfaces[before:] if len(surfaces) > before else [])
            # time marker
            when = None
            mk = None
            if use_days and rng.random() < 0.75:
                if day_i + 1 < len(DAYS) and rng.random() < 0.7:
                    day_i += 1
                    d = DAYS[day_i]
                    mk = rng.choice([f"On {d}", f"On {d} afternoon", f"On {d} morning", f"{d}",
                                     f"Early on {d}", f"Later, on {d}"])
                    when = d
                else:
                    mk = rng.choice([m for m in GENERIC_MARKERS if m not in used_mk])
            elif rng.random() < 0.25:
                mk = rng.choice([m for m in GENERIC_MARKERS if m not in used_mk])
            used_mk.add(mk)
            pre = True
            if mk and mk.startswith("On ") and rng.random() < 0.3:
                pre = False
                txt = txt + " " + lower_marker(mk)
                mk = None
            when_labels.append(when)
            group_used.append("{G}" in tpl or "{g}" in tpl)
            clauses.append((mk, txt))

        # group clauses into sentences
        i = 0
        n_dis = 1 if len(sentences) > 1 else 0
        while i < len(clauses):
            mk1, t1 = clauses[i]
            first = (mk1 + ", " + t1) if mk1 else t1
            if i + 1 < len(clauses) and rng.random() < 0.3:
                mk2, t2 = clauses[i + 1]
                if mk2:
                    conn = rng.choice([", and ", "; ", ", and then "])
                    second = lower_marker(mk2) + ", " + t2
                else:
                    conn = rng.choice(CONNECT)
                    second = t2
                sentences.append(cap(first) + conn + second + ".")
                i += 2
            else:
                sentences.append(cap(first) + ".")
                i += 1
            if n_dis < 2 and i < len(clauses) and rng.random() < 0.18:
                sentences.append(self.distractor(ctx))
                n_dis += 1

        # question
        last_div_q = want_q
        if last_div_q:
            q = rng.choice(Q_DIV if cat != "birds" else Q_DIV[-3:-2] + Q_DIV[2:3])
        else:
            pool = list(Q_G)
            if ctx.introduced and cat != "birds":
                pool += Q_H * 2
            if use_days and day_i <= 4 and all(w != "Friday" or True for w in when_labels):
                pool += Q_FRI
            q = rng.choice(pool)
        q = self.render_q(ctx, q)
        sentences.append(cap(q))
        problem = " ".join(sentences)
        problem = problem.replace("..", ".").replace(" ,", ",")
        if len(problem.split()) > 88:
            return None

        # ---- equations
        eqs = []  # (expected_a or None, op, b)
        if factors:
            eqs.append(("*", eq_first[1]))
            first_a = eq_first[0]
        else:
            first_a = start
        for op, b in changes:
            eqs.append((op, b))
        true_rows = self.simulate(first_a, eqs, None)
        assert true_rows is not None
        true_answer = true_rows[-1][3]

        written = None
        final = true_answer
        err_idx = -1
        if kind == "none":
            written = true_rows
        elif kind == "answer":
            written = true_rows
            cands = self.answer_candidates(true_rows, eqs, first_a)
            if not cands:
                return None
            final = rng.choice(cands)
            err_idx = len(eqs)
        else:
            n = len(eqs)
            if position == "first":
                err_idx = 0
            elif position == "last":
                err_idx = n - 1
            else:
                if n < 3:
                    return None
                err_idx = rng.randint(1, n - 2)
            written = self.inject(kind, err_idx, first_a, eqs, true_rows, start, factors, changes)
            if written is None:
                return None
            final = written[-1][3]

        # ---- steps
        steps = self.render_steps(ctx, written, factors is not None, changes, when_labels,
                                  final, last_div_q, group_used)
        label = err_idx
        rec = {
            "id": rec_id,
            "problem": problem,
            "steps": steps,
            "label": label,
            "final_answer_correct": final == true_answer,
            "error_kind": kind,
        }
        meta = {
            "start": start, "factors": list(eq_first) if factors else None,
            "changes": [list(c) for c in changes], "true_answer": true_answer,
            "surfaces": surfaces, "digit_nums": digit_nums,
            "change_surfaces": change_surfaces, "position": position,
        }
        return rec, meta

    def distractor(self, ctx: Ctx) -> str:
        d = self.rng.choice(DISTRACTORS if ctx.tense != "future" else FUTURE_DISTRACTORS)
        d = d.replace("{OTHER}", ctx.other()).replace("{HELPER_CAP}", cap(ctx.helper))
        return d

    def render_q(self, ctx: Ctx, q: str) -> str:
        if ctx.tense != "present" and "<DO>" in q and q.endswith(" now?"):
            q = q[:-5] + self.rng.choice([" at the end?", " in the end?", " after the last change?",
                                          " by the final check?"])
        if "<DO>" in q:
            text, pl = ctx.h_subj()
            if ctx.tense == "past":
                do = "did"
            elif ctx.tense == "future":
                do = "will"
            else:
                do = "do" if pl else "does"
            q = q.replace("<DO> {H}", do + " " + text)
        out = ctx.render(q, {})
        if ctx.tense == "future":
            out = out.replace("will be there", "will there be").replace(
                "What will be the final count", "What will the final count be")
        return out

    # ---- chains -----------------------------------------------------------
    @staticmethod
    def simulate(first_a, eqs, override):
        """override: (idx, a, op, b, c_or_None)."""
        rows = []
        prev = None
        for i, (op, b) in enumerate(eqs):
            a = first_a if i == 0 else prev
            wa, wop, wb, forced = a, op, b, None
            if override is not None and override[0] == i:
                _, oa, oop, ob, oc = override
                wa = a if oa is None else oa
                wop = op if oop is None else oop
                wb = b if ob is None else ob
                forced = oc
            c = apply_op(wa, wop, wb)
            if c is None or not (0 <= c <= 9999):
                return None
            if forced is not None:
                c = forced
            rows.append((wa, wop, wb, c))
            prev = c
        return rows

    def problem_numbers(self, start, factors, changes):
        nums = [start] if not factors else list(factors)
        nums += [b for _, b in changes]
        return nums

    def inject(self, kind, idx, first_a, eqs, true_rows, start, factors, changes):
        rng = self.rng
        a, op, b, c = true_rows[idx]
        overrides = []
        if kind == "arithmetic":
            for wc in arith_candidates(a, op, b, c):
                overrides.append((idx, None, None, None, wc))
        elif kind == "operand":
            nums = self.problem_numbers(start, factors, changes)
            bc = [x for x in nums if x != b]
            bc += [x for x in digit_slips(b) if x != b]
            bc += [b + 1, b - 1] if b >= 3 else [b + 1]
            if b >= 12:
                bc += [b + 10, b - 10]
            if op in "*/":
                bc = [x for x in bc if 2 <= x <= 12] + [x for x in nums if x != b and 2 <= x <= 12]
            bc = [x for x in bc if x >= 1 and x != b]
            ac = [x for x in digit_slips(a) if x != a]
            ac += [a + 1, a - 1, a + 10, a - 10] if a >= 11 else [a + 1]
            if idx >= 1:
                older = [first_a] + [r[3] for r in true_rows[:idx - 1]]
                ac += [x for x in older if x != a] * 2
            else:
                ac += [x for x in nums if x != a]
            ac = [x for x in ac if 0 <= x <= 9999 and x != a]
            use_b = rng.random() < 0.6
            bo = [(idx, None, None, x, None) for x in bc]
            ao = [(idx, x, None, None, None) for x in ac]
            rng.shuffle(bo)
            rng.shuffle(ao)
            overrides = bo + ao if use_b else ao + bo
        elif kind == "operation":
            alts = {"+": ["-", "*"], "-": ["+", "+", "/"], "*": ["+", "+", "/"], "/": ["*", "-", "-"]}[op]
            if op == "*" and idx == 0 and factors:
                alts = ["+"]
            for o in alts:
                overrides.append((idx, None, o, None, None))
        if kind != "operand":
            rng.shuffle(overrides)
        for ov in overrides:
            rows = self.simulate(first_a, eqs, ov)
            if rows is None:
                continue
            if rows[idx][3] == c and kind != "arithmetic":
                continue
            w = rows[idx]
            if kind == "operand" and w[0] == a and w[2] == b:
                continue
            if kind == "operation" and op == "+" and w[1] == "*" and b > 12:
                continue
            if max(r[3] for r in rows) > 9999:
                continue
            return rows
        return None

    def answer_candidates(self, rows, eqs, first_a):
        c = rows[-1][3]
        cands = [c + 1, c - 1, c + 10, c - 10] + digit_slips(c)
        if len(rows) >= 2:
            cands += [rows[-2][3]] * 3
        cands += [rows[-1][2]]
        return [x for x in cands if 0 <= x <= 9999 and x != c]

    # ---- steps -----------------------------------------------------------------
    def render_steps(self, ctx, rows, product, changes, when_labels, final, div_q, group_used):
        rng = self.rng
        style = rng.choice(["ascii", "unicode", "mixed"])
        spacing = rng.random() < 0.9
        lab = rng.choice([0.25, 0.5, 0.75])  # preference for lab labels vs plain sentences
        steps = []
        for i, (a, op, b, c) in enumerate(rows):
            if style == "ascii":
                sym = SYM[op][0]
            elif style == "unicode":
                sym = SYM[op][-1]
            else:
                sym = rng.choice(SYM[op])
            eq = f"{a} {sym} {b} = {c}" if spacing else f"{a}{sym}{b}={c}"
            if product and i == 0:
                pool = STEP_PROD
                when = None
            else:
                ci = i - 1 if product else i
                cop = changes[ci][0]
                pool = {"+": STEP_ADD, "-": STEP_SUB, "*": STEP_MUL, "/": STEP_DIV}[cop]
                if cop == "/" and not group_used[ci]:
                    pool = [t for t in pool if "{g}" not in t]
                when = when_labels[ci]
                if when and rng.random() < 0.35:
                    pool = STEP_WHEN
            labp = [t for t in pool if ":" in t]
            plain = [t for t in pool if ":" not in t]
            if labp and (not plain or rng.random() < lab):
                tpl = rng.choice(labp)
            else:
                tpl = rng.choice(plain)
            s = (tpl.replace("{E}", eq).replace("{b}", str(b)).replace("{c}", str(c))
                 .replace("{ITEMS}", ctx.items).replace("{g}", ctx.group[0])
                 .replace("{when}", when or ""))
            steps.append(cap(s))
        # final
        if div_q:
            tpl = rng.choice(FINAL_Q)
        else:
            pool = list(FINAL_T)
            if ctx.introduced and ctx.cat != "birds":
                pool += FINAL_H
            tpl = rng.choice(pool)
        fields = {"ans": str(final)}
        if "<" in tpl or "{HS}" in tpl:
            s = ctx.render(tpl, fields)
        else:
            s = (tpl.replace("{ans}", str(final)).replace("{ITEMS}", ctx.items)
                 .replace("{g}", ctx.group[0]).replace("{PLACE}", ctx.place[0] + " " + ctx.place[1]))
        steps.append(cap(s))
        return steps


KINDS = ["arithmetic", "operand", "operation", "answer"]


def _generate_full(seed: int, count: int):
    rng = random.Random(seed)
    b = Builder(rng)
    out = []
    i = 0
    while len(out) < count:
        r = rng.random()
        if r < 0.45:
            kind, pos = "none", "none"
        else:
            kind = rng.choice(KINDS)
            pos = "final" if kind == "answer" else rng.choice(["first", "middle", "last"])
        res = None
        for _ in range(40):
            res = b.make(f"gen-n-{seed}-{len(out):05d}", kind, pos)
            if res is not None:
                break
        if res is None:
            continue
        out.append(res)
        i += 1
    return out


def generate(seed: int, count: int) -> list[dict]:
    return [r for r, _ in _generate_full(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
