#!/usr/bin/env python3
"""Worksheet-style generator for tiny-arith PRM evaluation records (gen-c).

Standard library only. Fixed seed. Writes records.jsonl next to this file,
then re-checks every record with an independent checker (check()).
"""
import json
import os
import random
import re

SEED = 20240611
N_RECORDS = 400
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# number words
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
         8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen",
         14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
         19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
         70: "seventy", 80: "eighty", 90: "ninety"}
WORDABLE = sorted(WORDS)

# --------------------------------------------------------------------------
# verbs: base -> past (3sg is derived)
PAST = {
    "have": "had", "receive": "received", "buy": "bought", "find": "found", "collect": "collected",
    "pick": "picked", "gather": "gathered", "order": "ordered", "win": "won", "bring": "brought",
    "take": "took", "get": "got", "make": "made", "bake": "baked", "print": "printed",
    "sell": "sold", "give": "gave", "donate": "donated", "lose": "lost", "send": "sent",
    "use": "used", "ship": "shipped", "throw": "threw", "break": "broke", "hand": "handed",
    "lend": "lent", "pass": "passed", "keep": "kept", "split": "split", "share": "shared",
    "divide": "divided", "double": "doubled", "triple": "tripled", "grow": "grew",
    "become": "became", "end": "ended", "start": "started", "begin": "began", "fill": "filled",
    "pack": "packed", "stay": "stayed", "hold": "held", "load": "loaded", "carry": "carried",
    "add": "added", "put": "put", "set": "set", "clear": "cleared", "scrap": "scrapped",
    "return": "returned", "store": "stored", "count": "counted", "rescue": "rescued",
    "plant": "planted", "harvest": "harvested", "post": "posted", "deliver": "delivered",
    "open": "opened", "unload": "unloaded", "turn": "turned", "produce": "produced",
    "roll": "rolled", "raise": "raised", "sort": "sorted", "bag": "bagged", "leave": "left",
    "run": "ran", "eat": "ate", "move": "moved", "transfer": "transferred", "hatch": "hatched",
    "adopt": "adopted", "stow": "stowed", "welcome": "welcomed", "board": "boarded", "drop": "dropped",
    "spend": "spent", "swap": "swapped", "trade": "traded", "borrow": "borrowed",
    "withdraw": "withdrew", "check": "checked", "recycle": "recycled", "crush": "crushed",
    "knit": "knitted", "sew": "sewed", "stack": "stacked", "arrive": "arrived",
    "come": "came", "go": "went", "expand": "expanded", "reduce": "reduced", "cut": "cut",
    "sail": "sailed", "press": "pressed", "label": "labelled", "prepare": "prepared",
}


def third(base):
    if base == "have":
        return "has"
    if re.search(r"(s|sh|ch|x|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def conj(base, tense, plural):
    if tense == "past":
        return PAST[base]
    if tense == "future":
        return "will " + base
    return base if plural else third(base)


def be(tense, plural):
    if tense == "past":
        return "were" if plural else "was"
    if tense == "future":
        return "will be"
    return "are" if plural else "is"


# --------------------------------------------------------------------------
# scenarios: organisations and groups as actors
def S(**kw):
    kw.setdefault("pl", False)
    kw.setdefault("pro", "they" if kw["pl"] else "it")
    kw.setdefault("poss", "their" if kw["pl"] else "its")
    kw.setdefault("add", [])
    kw.setdefault("sub", [])
    return kw


SCEN = [
    S(actor="a warehouse by the canal", the="the warehouse", place="on the shelves",
      intro=["A warehouse by the canal stores goods for local shops.",
             "Workers at a busy warehouse keep a careful tally of the stock."],
      items=[("jars of jam", "jar of jam"), ("tins of paint", "tin of paint"), ("boxes of nails", "box of nails"),
             ("bottles of olive oil", "bottle of olive oil")],
      conts=[("crates", "crate"), ("pallets", "pallet"), ("shelves", "shelf")],
      groups=[("trucks", "truck"), ("vans", "van"), ("shops", "shop")],
      add=[("a lorry {vs:unload} {n} more {I} at the loading bay", "unloaded"),
           ("{S} {v:order} {n} extra {I} from the supplier", "ordered")],
      sub=[("{n} {I} {be} found cracked and thrown out", "thrown out"),
           ("{S} {v:ship} {n} {I} to a shop across town", "shipped")]),
    S(actor="the pupils in Mrs Okafor's class", the="the pupils", pl=True, place="in the classroom",
      intro=["A class of students collects cans for recycling.",
             "The pupils in Mrs Okafor's class are running a recycling drive."],
      items=[("cans", "can"), ("plastic bottles", "plastic bottle"), ("milk cartons", "milk carton")],
      conts=[("bags", "bag"), ("sacks", "sack"), ("boxes", "box")],
      groups=[("recycling bins", "recycling bin"), ("teams", "team"), ("bins", "bin")],
      add=[("{S} {v:collect} {n} more {I} from the playground", "collected"),
           ("the caretaker {vs:bring} in another {n} {I}", "brought in")],
      sub=[("{n} of the {I} {be} too dirty to keep and {be} thrown away", "thrown away"),
           ("{S} {v:crush} {n} {I} by accident, and those cannot be counted", "crushed")]),
    S(actor="a community choir", the="the choir", place="in the music room",
      intro=["A community choir is getting ready for its winter concert.",
             "The choir meets every week in the village hall."],
      items=[("songbooks", "songbook"), ("concert programmes", "concert programme"),
             ("candles", "candle"), ("raffle tickets", "raffle ticket")],
      conts=[("boxes", "box"), ("bundles", "bundle"), ("packs", "pack")],
      groups=[("sections", "section"), ("rows of singers", "row of singers"), ("venues", "venue")],
      add=[("the printer {vs:deliver} {n} more {I}", "delivered"),
           ("{S} {v:borrow} {n} {I} from a neighbouring choir", "borrowed")],
      sub=[("{S} {v:hand} out {n} {I} at the door", "handed out"),
           ("{n} {I} {be} left behind on the bus", "left behind")]),
    S(actor="the city zoo", the="the zoo", place="in the store shed",
      intro=["The city zoo keeps careful records of its food supplies.",
             "Keepers at the city zoo check the stores every morning."],
      items=[("bananas", "banana"), ("carrots", "carrot"), ("bales of hay", "bale of hay"),
             ("frozen fish", "frozen fish"), ("apples", "apple")],
      conts=[("crates", "crate"), ("sacks", "sack"), ("buckets", "bucket")],
      groups=[("enclosures", "enclosure"), ("feeding stations", "feeding station"), ("keepers", "keeper")],
      add=[("a local farm {vs:donate} {n} {I}", "donated"),
           ("{S} {v:receive} a delivery of {n} {I}", "delivered")],
      sub=[("the keepers {vp:feed} {n} {I} to the animals", "fed to the animals"),
           ("{n} {I} {be} spoiled and thrown out", "spoiled")]),
    S(actor="a small island ferry", the="the ferry", place="on board", people=True,
      intro=["A small island ferry carries visitors across the bay.",
             "The ferry crosses the bay several times a day."],
      items=[("crates of fish", "crate of fish"), ("bicycles", "bicycle"), ("parcels", "parcel")],
      conts=[("racks", "rack"), ("pallets", "pallet"), ("rows", "row")],
      groups=[("decks", "deck"), ("lifeboat stations", "lifeboat station"), ("cabins", "cabin")],
      add=[("{n} more {I} {vp:come} aboard at the harbour", "taken aboard"),
           ("{S} {v:take} on {n} {I} at the pier", "taken on"),
           ("another {n} {I} {be} loaded at the fishing village", "loaded"),
           ("the crew {vs:stow} {n} more {I} below deck", "stowed")],
      sub=[("{n} {I} {be} unloaded at the lighthouse stop", "unloaded"),
           ("{S} {v:drop} off {n} {I} at the island", "dropped off"),
           ("{n} of {them} {be} put ashore at the harbour", "put ashore"),
           ("the crew {vs:unload} {n} {I} at the jetty", "unloaded")]),
    S(actor="a button factory", the="the factory", place="in the storeroom",
      intro=["A button factory works around the clock.",
             "The factory floor is noisy but well organised."],
      items=[("buttons", "button"), ("bolts", "bolt"), ("zips", "zip"), ("toy cars", "toy car")],
      conts=[("boxes", "box"), ("cartons", "carton"), ("trays", "tray")],
      groups=[("lorries", "lorry"), ("customers", "customer"), ("depots", "depot")],
      add=[("the night shift {vs:produce} another {n} {I}", "produced"),
           ("{S} {v:make} {n} more {I}", "made")],
      sub=[("{n} {I} {be} rejected by the quality inspector", "rejected"),
           ("{S} {v:send} {n} {I} to a clothing company", "sent")]),
    S(actor="a corner bakery", the="the bakery", place="on the counter",
      intro=["A corner bakery opens early every morning.",
             "The bakers start work before sunrise."],
      items=[("bread rolls", "bread roll"), ("muffins", "muffin"), ("loaves", "loaf"), ("croissants", "croissant")],
      conts=[("trays", "tray"), ("baskets", "basket"), ("racks", "rack")],
      groups=[("cafés", "café"), ("school kitchens", "school kitchen"), ("market stalls", "market stall")],
      add=[("{S} {v:bake} another {n} {I}", "baked"),
           ("the bakers {vp:pull} {n} more {I} from the oven", "pulled from the oven")],
      sub=[("customers {vp:buy} {n} {I} before noon", "bought"),
           ("{n} {I} {be} burnt and put on the compost heap", "burnt")]),
    S(actor="the town library", the="the library", place="on the shelves",
      intro=["The town library is reorganising its children's corner.",
             "Librarians keep a record of every book that comes and goes."],
      items=[("picture books", "picture book"), ("atlases", "atlas"), ("audiobooks", "audiobook"),
             ("comics", "comic")],
      conts=[("shelves", "shelf"), ("boxes", "box"), ("carts", "cart")],
      groups=[("branch libraries", "branch library"), ("schools", "school"), ("reading groups", "reading group")],
      add=[("readers {vp:return} {n} {I} that were on loan", "returned"),
           ("{S} {v:buy} {n} new {I}", "bought")],
      sub=[("{S} {v:lend} out {n} {I}", "lent out"),
           ("{n} {I} {be} too worn to keep and {be} recycled", "recycled")]),
    S(actor="an apple orchard", the="the orchard", place="in the barn",
      intro=["An apple orchard is busy at harvest time.",
             "Pickers at the orchard work from dawn to dusk."],
      items=[("apples", "apple"), ("pears", "pear"), ("plums", "plum")],
      conts=[("crates", "crate"), ("baskets", "basket"), ("boxes", "box")],
      groups=[("markets", "market"), ("farm shops", "farm shop"), ("juice presses", "juice press")],
      add=[("the pickers {vp:gather} another {n} {I}", "gathered"),
           ("{S} {v:harvest} {n} more {I}", "harvested")],
      sub=[("{n} {I} {be} bruised and {be} pressed for juice", "pressed for juice"),
           ("{S} {v:sell} {n} {I} at the gate", "sold")]),
    S(actor="a scout troop", the="the scouts", pl=True, place="at the campsite",
      intro=["A scout troop is planning a weekend camp.",
             "The scouts are packing their supplies for a hike."],
      items=[("tent pegs", "tent peg"), ("marshmallows", "marshmallow"), ("badges", "badge"),
             ("torch batteries", "torch battery")],
      conts=[("bags", "bag"), ("tins", "tin"), ("packets", "packet")],
      groups=[("patrols", "patrol"), ("tents", "tent"), ("leaders", "leader")],
      add=[("{S} {v:find} {n} more {I} in the storeroom", "found"),
           ("a parent {vs:drop} off {n} {I}", "dropped off")],
      sub=[("{S} {v:lose} {n} {I} in the long grass", "lost"),
           ("{S} {v:use} up {n} {I} on the first night", "used up")]),
    S(actor="a garden centre", the="the garden centre", place="in the greenhouse",
      intro=["A garden centre is preparing for the spring rush.",
             "Staff at the garden centre water the plants twice a day."],
      items=[("seedlings", "seedling"), ("tulip bulbs", "tulip bulb"), ("flower pots", "flower pot"),
             ("herb plants", "herb plant")],
      conts=[("trays", "tray"), ("racks", "rack"), ("pallets", "pallet")],
      groups=[("flower beds", "flower bed"), ("allotments", "allotment"), ("schools", "school")],
      add=[("{S} {v:grow} {n} more {I}", "grown"),
           ("a nursery {vs:send} over {n} {I}", "sent over")],
      sub=[("{n} {I} {vp:wilt} in the heat and {be} discarded", "discarded"),
           ("{S} {v:sell} {n} {I} at the weekend", "sold")]),
    S(actor="the village post office", the="the post office", place="behind the counter",
      intro=["The village post office is busy before the holidays.",
             "The postmaster sorts the mail every morning."],
      items=[("letters", "letter"), ("parcels", "parcel"), ("postcards", "postcard"), ("stamps", "stamp")],
      conts=[("sacks", "sack"), ("trays", "tray"), ("bundles", "bundle")],
      groups=[("delivery rounds", "delivery round"), ("vans", "van"), ("postal workers", "postal worker")],
      add=[("the afternoon collection {vs:bring} in {n} more {I}", "brought in"),
           ("{S} {v:receive} {n} {I} from the sorting office", "received")],
      sub=[("{S} {v:deliver} {n} {I} to the farms on the hill", "delivered"),
           ("{n} {I} {be} returned to sender", "returned")]),
    S(actor="a school canteen", the="the canteen", place="in the kitchen",
      intro=["A school canteen serves lunch to hungry pupils.",
             "The dinner ladies plan the menu a week ahead."],
      items=[("cartons of milk", "carton of milk"), ("sandwiches", "sandwich"), ("yoghurts", "yoghurt"),
             ("oranges", "orange")],
      conts=[("crates", "crate"), ("trays", "tray"), ("fridge shelves", "fridge shelf")],
      groups=[("year groups", "year group"), ("tables", "table"), ("classes", "class")],
      add=[("the supplier {vs:deliver} {n} more {I}", "delivered"),
           ("{S} {v:prepare} another {n} {I}", "prepared")],
      sub=[("the pupils {vp:eat} {n} {I} at lunch", "eaten"),
           ("{n} {I} {be} past their date and thrown out", "thrown out")]),
    S(actor="a hospital supply room", the="the supply room", place="in the cupboards",
      intro=["A hospital supply room is restocked every week.",
             "Nurses check the supply room at the start of each shift."],
      items=[("bandages", "bandage"), ("face masks", "face mask"), ("pairs of gloves", "pair of gloves"),
             ("syringes", "syringe")],
      conts=[("boxes", "box"), ("cartons", "carton"), ("drawers", "drawer")],
      groups=[("wards", "ward"), ("clinics", "clinic"), ("ambulances", "ambulance")],
      add=[("a delivery van {vs:bring} {n} more {I}", "brought"),
           ("the head nurse {vs:order} {n} extra {I}", "ordered")],
      sub=[("the wards {vp:use} {n} {I}", "used"),
           ("{n} {I} {be} sent to the clinic next door", "sent away")]),
    S(actor="a toy shop on the high street", the="the toy shop", place="on the shelves",
      intro=["A toy shop on the high street is busy before the holidays.",
             "The toy shop owner counts the stock every night."],
      items=[("marbles", "marble"), ("yo-yos", "yo-yo"), ("puzzles", "puzzle"), ("teddy bears", "teddy bear")],
      conts=[("tubs", "tub"), ("boxes", "box"), ("bags", "bag")],
      groups=[("display stands", "display stand"), ("shop windows", "shop window"), ("branches", "branch")],
      add=[("{S} {v:order} {n} more {I}", "ordered"),
           ("a wholesaler {vs:send} {n} {I}", "sent")],
      sub=[("{S} {v:sell} {n} {I} during the sale", "sold"),
           ("{n} {I} {be} damaged and sent back", "sent back")]),
    S(actor="a printing works", the="the printing works", place="in the dispatch room",
      intro=["A printing works is making posters for a music festival.",
             "The presses at the printing works run all night."],
      items=[("posters", "poster"), ("leaflets", "leaflet"), ("calendars", "calendar")],
      conts=[("stacks", "stack"), ("reams", "ream"), ("boxes", "box")],
      groups=[("shops", "shop"), ("delivery drivers", "delivery driver"), ("festival gates", "festival gate")],
      add=[("{S} {v:print} another {n} {I}", "printed"),
           ("the presses {vp:turn} out {n} more {I}", "turned out")],
      sub=[("{n} {I} {be} smudged and binned", "smudged"),
           ("{S} {v:post} {n} {I} to the organisers", "posted")]),
    S(actor="a beekeeping club", the="the beekeeping club", place="in the clubhouse",
      intro=["A beekeeping club sells honey at the summer fair.",
             "Members of the beekeeping club meet on Saturdays."],
      items=[("jars of honey", "jar of honey"), ("beeswax candles", "beeswax candle"), ("honey cakes", "honey cake")],
      conts=[("boxes", "box"), ("trays", "tray"), ("crates", "crate")],
      groups=[("members", "member"), ("fair stalls", "fair stall"), ("tables", "table")],
      add=[("the members {vp:fill} {n} more {I}", "filled"),
           ("{S} {v:make} another {n} {I}", "made")],
      sub=[("{S} {v:sell} {n} {I} at the fair", "sold"),
           ("{n} {I} {be} given as prizes", "given as prizes")]),
    S(actor="a fishing boat", the="the fishing boat", place="on deck",
      intro=["A fishing boat sets out before dawn.",
             "The crew of a fishing boat keep count of the catch."],
      items=[("mackerel", "mackerel"), ("crabs", "crab"), ("lobsters", "lobster")],
      conts=[("nets", "net"), ("boxes", "box"), ("pots", "pot")],
      groups=[("fishmongers", "fishmonger"), ("restaurants", "restaurant"), ("crew members", "crew member")],
      add=[("the crew {vs:haul} in {n} more {I}", "hauled in"),
           ("{S} {v:catch} another {n} {I}", "caught")],
      sub=[("{n} {I} {be} too small and {be} put back into the sea", "released"),
           ("{S} {v:sell} {n} {I} on the quay", "sold")]),
    S(actor="a sports club", the="the sports club", place="in the kit room",
      intro=["A sports club is sorting out its kit room.",
             "The coaches at the sports club like everything tidy."],
      items=[("tennis balls", "tennis ball"), ("bibs", "bib"), ("shuttlecocks", "shuttlecock"), ("cones", "cone")],
      conts=[("tubes", "tube"), ("nets", "net"), ("bags", "bag")],
      groups=[("coaches", "coach"), ("courts", "court"), ("teams", "team")],
      add=[("{S} {v:win} {n} {I} in a raffle", "won"),
           ("a sponsor {vs:donate} {n} {I}", "donated")],
      sub=[("{n} {I} {be} lost over the fence", "lost"),
           ("{S} {v:lend} {n} {I} to a nearby school", "lent")]),
    S(actor="a theatre company", the="the theatre", place="at the box office",
      intro=["A theatre company is staging a new play.",
             "The box office opens at ten in the morning."],  # 'ten' avoided below
      items=[("tickets", "ticket"), ("programmes", "programme"), ("flyers", "flyer")],
      conts=[("books", "book"), ("bundles", "bundle"), ("boxes", "box")],
      groups=[("ushers", "usher"), ("performances", "performance"), ("kiosks", "kiosk")],
      add=[("{S} {v:print} {n} extra {I}", "printed"),
           ("a drama school {vs:return} {n} {I}", "returned")],
      sub=[("{S} {v:sell} {n} {I} online", "sold"),
           ("{n} {I} {be} given to the cast", "given to the cast")]),
    S(actor="a flower shop", the="the florist", place="in the shop",
      intro=["A flower shop is getting ready for Mother's Day.",
             "The florist arranges flowers in the back room."],
      items=[("roses", "rose"), ("tulips", "tulip"), ("sunflowers", "sunflower"), ("daffodils", "daffodil")],
      conts=[("buckets", "bucket"), ("bunches", "bunch"), ("vases", "vase")],
      groups=[("bouquets", "bouquet"), ("weddings", "wedding"), ("hotels", "hotel")],
      add=[("the wholesaler {vs:deliver} {n} more {I}", "delivered"),
           ("{S} {v:buy} {n} {I} at the flower market", "bought")],
      sub=[("{n} {I} {vp:droop} and {be} thrown away", "thrown away"),
           ("{S} {v:sell} {n} {I} before lunch", "sold")]),
    S(actor="a food bank", the="the food bank", place="in the storeroom",
      intro=["A food bank relies on gifts from the town.",
             "Volunteers at the food bank sort the donations."],
      items=[("tins of soup", "tin of soup"), ("bags of rice", "bag of rice"), ("packets of pasta", "packet of pasta")],
      conts=[("boxes", "box"), ("crates", "crate"), ("shelves", "shelf")],
      groups=[("families", "family"), ("shelters", "shelter"), ("churches", "church")],
      add=[("a supermarket {vs:donate} {n} {I}", "donated"),
           ("the volunteers {vp:collect} {n} more {I} at the station", "collected")],
      sub=[("{S} {v:give} out {n} {I}", "given out"),
           ("{n} {I} {be} past their date and {be} recycled", "recycled")]),
    S(actor="a dairy farm", the="the farm", place="in the farm shop",
      intro=["A dairy farm sells milk and eggs at its gate.",
             "The farmers are up before the cows."],
      items=[("eggs", "egg"), ("bottles of milk", "bottle of milk"), ("blocks of cheese", "block of cheese")],
      conts=[("trays", "tray"), ("crates", "crate"), ("baskets", "basket")],
      groups=[("shops", "shop"), ("cafés", "café"), ("neighbours", "neighbour")],
      add=[("{S} {v:bring} {n} more {I} up from the barn", "brought up"),
           ("{S} {v:collect} {n} more {I}", "collected")],
      sub=[("{n} {I} {be} dropped and broken", "broken"),
           ("{S} {v:sell} {n} {I} at the gate", "sold")]),
    S(actor="a museum gift shop", the="the gift shop", place="on the shelves",
      intro=["A museum gift shop sells souvenirs to visitors.",
             "The museum has a new dinosaur exhibition."],
      items=[("postcards", "postcard"), ("pin badges", "pin badge"), ("bookmarks", "bookmark"), ("keyrings", "keyring")],
      conts=[("boxes", "box"), ("spinner racks", "spinner rack"), ("packs", "pack")],
      groups=[("tills", "till"), ("museum branches", "museum branch"), ("display cases", "display case")],
      add=[("{S} {v:order} {n} more {I}", "ordered"),
           ("the designer {vs:send} {n} new {I}", "sent")],
      sub=[("visitors {vp:buy} {n} {I}", "bought"),
           ("{n} {I} {be} bent and scrapped", "scrapped")]),
    S(actor="the workers at a car park", the="the car park staff", pl=True, place="at the car park", people=True,
      intro=["A large car park sits next to the stadium.",
             "Staff at the stadium car park count vehicles all day."],
      items=[("cars", "car"), ("bicycles", "bicycle"), ("motorbikes", "motorbike")],
      conts=[("rows", "row"), ("levels", "level"), ("lanes", "lane")],
      groups=[("levels", "level"), ("zones", "zone"), ("exits", "exit")],
      add=[("{n} more {I} {vp:drive} in before the match", "driven in"),
           ("{S} {v:wave} in another {n} {I}", "waved in"),
           ("a coach company {vs:send} {n} more {I} to park", "sent"),
           ("another {n} {I} {vp:turn} up from the motorway", "counted in")],
      sub=[("{n} {I} {vp:leave} at half-time", "driven out"),
           ("{S} {v:send} {n} {I} to the overflow field", "sent away"),
           ("{n} of {them} {be} towed away", "towed away"),
           ("{S} {v:move} {n} {I} out to the side street", "moved out")]),
]

# a few extra past forms needed by scenario verbs
PAST.update({"feed": "fed", "pull": "pulled", "wilt": "wilted", "haul": "hauled", "catch": "caught",
             "droop": "drooped", "lay": "laid", "drive": "drove", "wave": "waved"})

# the car park 'half-time' would read as "half" -> drop it
for sc in SCEN:
    sc["sub"] = [(t.replace(" at half-time", " after the match"), pp) for t, pp in sc["sub"]]
    sc["intro"] = [x for x in sc["intro"] if not re.search(r"\b(ten|twice|half|third|dozen|double)\b", x, re.I)] \
        or ["The staff are busy today."]

GEN_ADD = [
    ("{S} {v:receive} {n} more {I}", "received"),
    ("{S} {v:buy} another {n} {I}", "bought"),
    ("{n} more {I} {be} delivered", "delivered"),
    ("{S} {v:find} {n} extra {I} in a cupboard", "found"),
    ("a kind neighbour {vs:give} {S_obj} {n} {I}", "given"),
    ("{S} {v:pick} up {n} more {I}", "picked up"),
    ("{S} {v:get} {n} {I} as a gift", "given as a gift"),
    ("{S} {v:bring} in {n} more {I}", "brought in"),
    ("another {n} {I} {vp:arrive}", "delivered"),
    ("{S} {v:add} {n} {I} to the pile", "added"),
]
GEN_SUB = [
    ("{S} {v:sell} {n} of {them}", "sold"),
    ("{S} {v:give} away {n} {I}", "given away"),
    ("{S} {v:donate} {n} {I} to a charity", "donated"),
    ("{n} of the {I} {be} lost", "lost"),
    ("{S} {v:send} {n} {I} to another town", "sent away"),
    ("{n} {I} {be} broken during the move", "broken"),
    ("{S} {v:use} {n} of {them}", "used"),
    ("{S} {v:throw} out {n} worn-out {I}", "thrown out"),
    ("{S} {v:pass} {n} {I} on to a partner group", "passed on"),
]

# multiply by n ------------------------------------------------------------
MUL_T = {
    2: [("the number of {I} {vs:double}", "doubled"), ("{S} {v:double} {poss} stock of {I}", "doubled"),
        ("the stock of {I} {bes} doubled", "doubled"), ("{S} {v:end} up with twice as many {I}", "doubled"),
        ("a generous sponsor {vs:double} the number of {I}", "doubled")],
    3: [("the stock {bes} tripled", "tripled"), ("{S} {v:triple} the number of {I}", "tripled"),
        ("the number of {I} {vs:triple}", "tripled"), ("soon there {bep} three times as many {I}", "tripled")],
    0: [("the number of {I} {vs:become} {n} times larger", "multiplied"),
        ("{S} {v:end} up with {n} times as many {I}", "multiplied"),
        ("the stock of {I} {vs:grow} to {n} times its size", "multiplied"),
        ("{S} {v:have} {n} times as many {I} thanks to a grant", "multiplied"),
        ("{possn} collection of {I} {vs:become} {n} times as large", "multiplied")],
}
# divide by n --------------------------------------------------------------
DIV_T = {
    2: [("the stock of {I} {bes} halved", "halved"), ("{S} {v:keep} only half of the {I}", "halved"),
        ("{S} {v:split} the {I} into two equal piles and {v:keep} one pile", "halved"),
        ("{S} {v:give} half of {them} away", "halved")],
    3: [("{S} {v:keep} just a third of the {I}", "a third"),
        ("only a third of the {I} {vs:stay} {place}", "a third")],
    0: [("{S} {v:split} the {I} equally among {n} {G}, and only one share {vs:stay} {place}", "split"),
        ("the {I} {be} shared out equally between {n} {G}, and {S} {v:keep} one share", "shared"),
        ("{S} {v:divide} the {I} into {n} equal piles and {v:keep} one pile", "divided"),
        ("the {I} {be} split equally among {n} {G}; one load {vs:stay} {place}", "split"),
        ("{S} {v:share} {them} equally among {n} {G} and {v:keep} one share", "shared")],
}
# last change may be the division the question asks about
DIV_LAST = [
    ("{S} {v:share} the {I} equally among {n} {G}", "How many {I} {q} each {g} get?"),
    ("the {I} {be} split evenly between {n} {G}", "How many {I} {q} each {g} receive?"),
    ("{S} {v:divide} all the {I} equally among {n} {G}", "How many {I} {q} go to each {g}?"),
]
PAST.update({"receive": "received", "go": "went"})

TIME_SEQS = [
    ["On Monday", "On Tuesday", "On Wednesday", "On Thursday", "On Friday", "On Saturday"],
    ["In the morning", "By lunchtime", "During the afternoon", "In the evening", "Just before closing", "Late that night"],
    ["In January", "In February", "In March", "In April", "In May", "In June"],
    ["Then", "After that", "Later", "Next", "Soon afterwards", "Finally"],
    ["At the start of the week", "Midweek", "Later in the week", "At the weekend", "On the last day", "After that"],
]
DISTRACT = [
    "It is a wet and windy week.", "Everyone works hard and nobody complains.",
    "The manager writes everything down in a notebook.", "The sun shines all afternoon.",
    "A photographer from the local paper visits.", "The radio plays quietly in the corner.",
    "Nobody is quite sure where the key to the storeroom is.", "The work is slow but steady.",
    "A visiting inspector is very impressed.", "The kettle is always on.",
    "Some of the staff wear bright yellow jackets.", "The new signs look very smart.",
]
CLOSERS = ["Show your working.", "Explain each step.", "Write your answer in the box."]


# --------------------------------------------------------------------------
def num_text(rng, n, allow_dozen=True):
    if n == 12 and allow_dozen and rng.random() < 0.45:
        return "a dozen"
    if n in WORDS and rng.random() < 0.45:
        return WORDS[n]
    return str(n)


def render(tmpl, ctx, tense, subj_full):
    """Fill a clause template. subj_full: use full actor name rather than pronoun."""
    sc = ctx["sc"]
    subj = sc["the"] if subj_full else sc["pro"]
    out = tmpl
    out = re.sub(r"\{v:(\w+)\}", lambda m: conj(m.group(1), tense, sc["pl"] or not subj_full and sc["pro"] == "they"), out)
    out = re.sub(r"\{vs:(\w+)\}", lambda m: conj(m.group(1), tense, False), out)
    out = re.sub(r"\{vp:(\w+)\}", lambda m: conj(m.group(1), tense, True), out)
    rep = {
        "{S}": subj, "{S_obj}": ("them" if sc["pl"] else "it") if not subj_full else sc["the"],
        "{I}": ctx["items"][0], "{i1}": ctx["items"][1],
        "{be}": be(tense, True), "{bes}": be(tense, False), "{bep}": be(tense, True),
        "{poss}": sc["poss"], "{possn}": sc["poss"] if not subj_full else sc["the"] + "'s",
        "{them}": "them", "{place}": sc["place"], "{G}": ctx["groups"][0], "{g}": ctx["groups"][1],
        "{C}": ctx["conts"][0], "{c1}": ctx["conts"][1],
    }
    for k, v in rep.items():
        out = out.replace(k, v)
    return out


def cap(s):
    return s[0].upper() + s[1:] if s else s


def fix_poss(s, sc):
    # "The garden centre's collection" -> fine; "The pupils's" -> "The pupils'"
    return s.replace("s's ", "s' ")


# --------------------------------------------------------------------------
def gen_chain(rng):
    """Returns dict with start info and list of changes (op, n)."""
    for _ in range(1000):
        product = rng.random() < 0.42
        if product:
            a = rng.choice([rng.randint(2, 20), rng.randint(3, 12), rng.randint(4, 30)])
            b = rng.choice([rng.randint(6, 48), rng.randint(10, 60), 12, 24, 25, 20, 15])
            start = a * b
            if not (12 <= start <= 1500):
                continue
        else:
            a = b = None
            start = rng.choice([rng.randint(12, 200), rng.randint(40, 999), rng.choice([60, 72, 96, 120, 144, 180, 240, 360, 480, 600, 1000]), rng.randint(2, 60) * 12])
            if start > 1000:
                continue
        k = rng.choices([1, 2, 3, 4, 5], weights=[10, 20, 30, 25, 15])[0]
        cur = start
        changes = []
        ok = True
        for j in range(k):
            for _try in range(30):
                op = rng.choices(["+", "-", "*", "/"], weights=[28, 28, 22, 22])[0]
                if op == "+":
                    n = rng.choice([rng.randint(2, 20), rng.randint(10, 99), rng.choice([12, 20, 30, 40, 50, 60]), rng.randint(20, 300)])
                    if cur + n > 9999 or n > 999:
                        continue
                    nv = cur + n
                elif op == "-":
                    if cur < 4:
                        continue
                    hi = min(cur - 1, 999)
                    n = rng.choice([rng.randint(2, min(20, hi)) if hi >= 2 else 1, rng.randint(2, hi) if hi >= 2 else 1,
                                    rng.randint(max(2, hi // 4), hi) if hi >= 2 else 1])
                    if n < 2 or n >= cur:
                        continue
                    nv = cur - n
                elif op == "*":
                    n = rng.choices([2, 3, 4, 5, 6, 7, 8, 10], weights=[30, 25, 15, 10, 7, 4, 4, 5])[0]
                    if cur * n > 9999 or cur * n > 6000 and rng.random() < 0.7:
                        continue
                    nv = cur * n
                else:
                    divs = [d for d in (2, 3, 4, 5, 6, 7, 8, 9, 10, 12) if cur % d == 0 and cur // d >= 2]
                    if not divs:
                        continue
                    n = rng.choice(divs)
                    nv = cur // n
                changes.append((op, n))
                cur = nv
                break
            else:
                ok = False
                break
        if not ok:
            continue
        return {"product": product, "a": a, "b": b, "start": start, "changes": changes}
    raise RuntimeError("chain")


def true_eqs(ch):
    eqs = []
    if ch["product"]:
        eqs.append((ch["a"], "*", ch["b"], ch["start"]))
    cur = ch["start"]
    for op, n in ch["changes"]:
        c = apply(cur, op, n)
        eqs.append((cur, op, n, c))
        cur = c
    return eqs


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


# --------------------------------------------------------------------------
def render_problem(rng, ch, sc, ctx):
    """Build problem text. Returns (text, mentions) where mentions are numeric values in order."""
    tense = rng.choices(["present", "past", "future", "cond"], weights=[30, 25, 25, 20])[0]
    t = "present" if tense == "cond" else tense
    sents = []
    mentions = []
    if rng.random() < 0.55:
        sents.append(rng.choice(sc["intro"]))
    # start
    if ch["product"]:
        at, bt = num_text(rng, ch["a"]), num_text(rng, ch["b"])
        mentions += [ch["a"], ch["b"]]
        opts = [
            "{S} {v:have} %s {C} with %s {I} in each." % (at, bt),
            "{S} {v:start} with %s {C} of %s {I}." % (at, bt),
            "each of the %s {C} {place} {vs:hold} %s {I}." % (at, bt),
            "there {bep} %s {C} {place}, and each {c1} {vs:hold} %s {I}." % (at, bt),
            "{S} {v:fill} %s {C} with %s {I} in each." % (at, bt),
            "{S} {v:pack} %s {I} into each of %s {C}." % (bt, at),
        ]
        while True:
            i = rng.randrange(len(opts))
            if "{place}" in opts[i] and ctx["conts"][1] in sc["place"]:
                continue
            break
        s = opts[i]
        if i == 5:
            mentions[-2:] = [ch["b"], ch["a"]]
        pre = rng.choice(["", "", "At the start, ", "To begin with, ", "On the first morning, "])
        s = pre + render(s, ctx, t, True)
    else:
        st = num_text(rng, ch["start"])
        mentions.append(ch["start"])
        opts = [
            "{S} {v:have} %s {I}." % st,
            "at the start of the week, {S} {v:have} %s {I} in stock." % st,
            "there {bep} %s {I} {place}." % st,
            "{S} {v:begin} the day with %s {I}." % st,
            "{S} {v:keep} %s {I} {place}." % st,
            "%s {I} {be} stored {place}." % st,
        ]
        if sc.get("people"):
            opts = [o for o in opts if "stock" not in o and "stored" not in o and "keep" not in o]
        s = render(rng.choice(opts), ctx, t, True)
    sents.append(fix_poss(cap(s), sc))
    # changes
    times = rng.choice(TIME_SEQS)
    while times[0].lower() in sents[-1].lower():
        times = rng.choice(TIME_SEQS)
    use_time = rng.random() < 0.6
    nch = len(ch["changes"])
    last_div_q = (ch["changes"][-1][0] == "/" and ch["changes"][-1][1] > 3 and rng.random() < 0.4)
    clauses, subcl, pps = [], [], []
    for j, (op, n) in enumerate(ch["changes"]):
        full = rng.random() < 0.35 or (j == 0 and sc["the"].split()[-1] not in " ".join(sents).lower())
        if op in "+-":
            pool = (sc["add"] + GEN_ADD) if op == "+" else (sc["sub"] + GEN_SUB)
            if sc.get("people"):
                pool = sc["add"] if op == "+" else sc["sub"]
            # scenario-specific phrases are preferred
            tmpl = rng.choice(sc["add" if op == "+" else "sub"]) if rng.random() < 0.4 else rng.choice(pool)
            pp = tmpl[1]
            tmpl = tmpl[0]
            nt = num_text(rng, n)
            mentions.append(n)
        elif op == "*":
            key = n if n in (2, 3) and rng.random() < 0.75 else 0
            tmpl, pp = rng.choice(MUL_T[key])
            nt = WORDS[n] if n in WORDS and rng.random() < 0.7 else str(n)
            mentions.append(n)
        else:
            if j == nch - 1 and last_div_q:
                tmpl = rng.choice(DIV_LAST)
                nt = num_text(rng, n)
                qtmpl = tmpl[1]
                tmpl, pp = tmpl[0], "shared"
                mentions.append(n)
            else:
                key = n if n in (2, 3) and rng.random() < 0.7 else 0
                tmpl, pp = rng.choice(DIV_T[key])
                nt = num_text(rng, n)
                mentions.append(n)
        tsub = "present" if t == "future" else t
        if nt == "a dozen" and "another {n}" in tmpl:
            nt = "12"
        clauses.append(fix_poss(render(tmpl.replace("{n}", nt), ctx, t, full), sc))
        subcl.append(fix_poss(render(tmpl.replace("{n}", nt), ctx, tsub, full), sc))
        pps.append(pp)
    # question
    have_q = {"present": "does {the} have", "past": "did {the} have", "future": "will {the} have"}[t]
    if sc["pl"]:
        have_q = have_q.replace("does", "do")
    ends = {"present": ["at the end", "now", "in the end"], "past": ["at the end", "in the end", "by the end of the day"],
            "future": ["at the end", "by the end of the week", "in the end"]}[t]
    if last_div_q:
        q = render(qtmpl.replace("{q}", {"present": "does", "past": "did", "future": "will"}[t]), ctx, t, True)
    else:
        qs = ["How many {I} %s %s?" % (have_q.replace("{the}", sc["the"]), rng.choice(ends)),
              "How many {I} %s left %s?" % ({"present": "are", "past": "were", "future": "will be"}[t], sc["place"]),
              "What is the final number of {I}?",
              "How many {I} %s there %s?" % ({"present": "are", "past": "were", "future": "will there be"}[t].replace("will there be", "will be"), rng.choice(ends))]
        q = render(rng.choice(qs), ctx, t, True)
        q = q.replace("will be there", "will there be")
    # assemble change sentences
    body = []
    j = 0
    cond_last = tense == "cond" and not last_div_q
    limit = nch - 1 if cond_last else nch
    ti = 0
    while j < limit:
        c1 = clauses[j]
        r = rng.random()
        if j + 1 < limit and r < 0.18:
            body.append(cap(c1) + ", and then " + clauses[j + 1] + ".")
            j += 2
            ti += 1
            continue
        if j + 1 < limit and r < 0.30:
            body.append("After " + subcl[j] + ", " + clauses[j + 1] + ".")
            j += 2
            ti += 1
            continue
        if j + 1 < limit and r < 0.36:
            body.append(cap(clauses[j + 1]) + " after " + subcl[j] + ".")
            j += 2
            ti += 1
            continue
        if use_time and ti < len(times):
            body.append(times[ti] + ", " + c1 + ".")
            ti += 1
        else:
            body.append(cap(c1) + ".")
        j += 1
        if rng.random() < 0.08:
            body.append(rng.choice(DISTRACT))
    sents += body
    if rng.random() < 0.25:
        sents.insert(rng.randint(1, len(sents)), rng.choice(DISTRACT))
    if cond_last:
        lc = clauses[-1]
        qcore = q[0].lower() + q[1:]
        qcore = qcore.replace(" does ", " will ").replace(" do %s have" % sc["the"], " will %s have" % sc["the"])
        qcore = qcore.replace("does " + sc["the"] + " have", "will " + sc["the"] + " have")
        qcore = qcore.replace(" are left", " will be left").replace(" are there", " will there be")
        if "what is the final" in qcore:
            qcore = "what will the final number of %s be?" % ctx["items"][0]
        if rng.random() < 0.5:
            sents.append("If " + ("then " if rng.random() < 0.4 else "") + lc + ", " + qcore)
        else:
            sents.append("Suppose " + lc + ". " + cap(qcore))
    else:
        sents.append(q)
    if rng.random() < 0.08:
        sents.append(rng.choice(CLOSERS))
    text = " ".join(sents)
    text = re.sub(r"\s+", " ", text).strip()
    return text, mentions, tense, last_div_q, pps


# --------------------------------------------------------------------------
OPSTYLE = [
    {"+": "+", "-": "-", "*": "*", "/": "/"},
    {"+": "+", "-": "−", "*": "×", "/": "÷"},
    {"+": "+", "-": "−", "*": "×", "/": "÷"},
    {"+": "+", "-": "-", "*": "×", "/": "÷"},
]


def fmt_eq(e, sty, tight):
    a, op, b, c = e
    s = sty[op]
    if tight:
        return "%d%s%d=%d" % (a, s, b, c)
    return "%d %s %d = %d" % (a, s, b, c)


def step_text(rng, i, e, true_op, ch_info, ctx, style, tense, sc):
    """Describe equation e (as written) in worked-example voice."""
    a, op, b, c = e
    eq = fmt_eq(e, style["ops"], style["tight"] and rng.random() < 0.5)
    I = ctx["items"][0] if c != 1 else ctx["items"][1]
    unit = rng.choice(["", "", " " + I])
    were = "will be" if tense in ("future", "cond") else "were"
    pp = ch_info.get("pp", "")
    G = ctx["groups"][0]
    if ch_info["kind"] == "start":
        C = ctx["conts"][0]
        opts = ["Start with %s%s." % (eq, unit),
                "There are %d %s of %d, so %s %s to begin with." % (a, C, b, eq, I),
                "First find the starting total: %s." % eq,
                "Multiply the %s by the number in each: %s%s." % (C, eq, unit),
                "The starting amount is %s%s." % (eq, unit),
                "To begin, %s %s altogether." % (eq, I)]
        if op != "*":
            opts = ["Start with %s%s." % (eq, unit), "First find the starting total: %s." % eq,
                    "Combine the %s and the %s in each: %s%s." % (C, ctx["items"][0], eq, unit)]
        imperative = ("Start", "Multiply", "Combine")
    else:
        opts = []
        if op == "+":
            opts += ["Add %d: %s%s." % (b, eq, unit),
                     "%d more %s means %s." % (b, ctx["items"][0], eq),
                     "Adding them on gives %s%s." % (eq, unit),
                     "add on %d, giving %s." % (b, eq)]
            if true_op in "+-":
                opts += ["add the %d that %s %s: %s." % (b, were, pp, eq)] * 2
        elif op == "-":
            opts += ["Take away %d: %s%s." % (b, eq, unit),
                     "Subtract: %s%s." % (eq, unit),
                     "take off %d to get %s." % (b, eq)]
            if true_op in "+-":
                opts += ["subtract the %d that %s %s: %s." % (b, were, pp, eq)] * 2
            if true_op == "-":
                opts += ["Removing the %s %s leaves %s." % (pp, ctx["items"][0], eq)]
        elif op == "*":
            w = {2: "Double", 3: "Triple"}.get(b)
            opts += ["Multiply by %d: %s%s." % (b, eq, unit),
                     "The amount becomes %d times larger: %s." % (b, eq),
                     "multiply the total by %d: %s." % (b, eq)]
            if w:
                opts += ["%s the total: %s%s." % (w, eq, unit), "%sing gives %s." % (w[:-1], eq)]
        else:
            opts += ["Divide by %d: %s%s." % (b, eq, unit),
                     "Share equally among %d %s: %s in each share." % (b, G, eq),
                     "One share out of %d is %s." % (b, eq),
                     "divide the total into %d equal parts: %s." % (b, eq)]
            if b == 2:
                opts += ["Halve it: %s%s." % (eq, unit)]
            if b == 3:
                opts += ["A third of the total is %s." % eq]
        opts += ["Then %s%s." % (eq, unit), "This gives %s%s." % (eq, unit),
                 "After that the count is %s." % eq, "Now %s%s." % (eq, unit),
                 "The new total is %s." % eq, "That makes %s%s." % (eq, unit)]
        imperative = ("add", "subtract", "take", "multiply", "divide", "Add", "Take", "Subtract",
                      "Multiply", "Divide", "Halve", "Double", "Triple")
    s = rng.choice(opts)
    starts_imp = s.startswith(imperative)
    if style["prefix"] == "words" and starts_imp:
        lead = "First," if i == 0 else rng.choice(["Next,", "Then", "After that,", "Now", "Next,"])
        s = lead + " " + s[0].lower() + s[1:]
    elif not starts_imp and s[0].islower():
        # bare lower-case imperative without a lead word
        s = s[0].upper() + s[1:]
    if s[0].islower():
        s = s[0].upper() + s[1:]
    if style["prefix"] == "step":
        s = "Step %d: %s" % (i + 1, s)
    return s


def answer_text(rng, x, ctx, sc, tense, per_share):
    I = ctx["items"][0] if x != 1 else ctx["items"][1]
    opts = ["Therefore the answer is %d." % x, "Answer: %d" % x, "#### %d" % x,
            "Therefore the answer is %d %s." % (x, I), "The final count is %d %s." % (x, I),
            "So the answer is %d." % x, "Final answer: %d" % x]
    if per_share:
        opts += ["So each %s gets %d %s." % (ctx["groups"][1], x, I)]
    else:
        will = {"future": "will have", "cond": "will have", "past": "had"}.get(tense, "has" if not sc["pl"] else "have")
        opts += ["So %s %s %d %s at the end." % (sc["the"], will, x, I),
                 "That leaves %d %s." % (x, I)]
    return rng.choice(opts)


# --------------------------------------------------------------------------
def digit_swap(x):
    s = str(x)
    cands = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if not t.startswith("0"):
                cands.append(int(t))
    return cands


def arith_slips(a, op, b, c):
    cands = [c + 1, c - 1, c + 10, c - 10] + digit_swap(c)
    if c >= 100:
        cands += [c + 100, c - 100]
    if op == "*" and b > 2:
        cands += [c + a, c - a]
    if op == "/":
        cands += [c + 1, c - 1, c + 2]
    return [x for x in cands if 0 <= x <= 9999 and x != c]


def propagate(W, E, p):
    """recompute steps after p from the written value; return None if impossible."""
    for i in range(p + 1, len(E)):
        a = W[i - 1][3]
        _, op, b, _ = E[i]
        c = apply(a, op, b)
        if c is None or c < 0 or c > 9999:
            return None
        W[i] = (a, op, b, c)
    return W


def inject(rng, kind, p, E, ch, mentions):
    W = list(E)
    a, op, b, c = E[p]
    product_first = ch["product"] and p == 0
    for _ in range(60):
        if kind == "arithmetic":
            c2 = rng.choice(arith_slips(a, op, b, c))
            W[p] = (a, op, b, c2)
        elif kind == "operand":
            mode = rng.random()
            if product_first:
                if rng.random() < 0.5:
                    na, nb = a, rng.choice([x for x in [b + 1, b - 1] + digit_swap(b) + [m for m in mentions[2:] if m != b] if x > 0] or [b + 1])
                else:
                    na, nb = rng.choice([x for x in [a + 1, a - 1] + digit_swap(a) if x > 0]), b
                W[p] = (na, op, nb, apply(na, op, nb))
            elif p > 0 and mode < 0.35:
                # misread the previous result or skipped back to an older one
                alts = digit_swap(a) + [a + 10, a - 10, a + 1, a - 1]
                if p >= 2 or (p == 1 and not ch["product"]):
                    alts.append(E[p - 1][0])
                alts = [x for x in alts if x >= 0 and x != a]
                na = rng.choice(alts)
                W[p] = (na, op, b, apply(na, op, b))
            elif p == 0 and mode < 0.2:
                alts = [x for x in digit_swap(a) + [a + 10, a - 10] if x > 0]
                if not alts:
                    continue
                na = rng.choice(alts)
                W[p] = (na, op, b, apply(na, op, b))
            else:
                if op in "*/" and b <= 3:
                    alts = [x for x in (2, 3, 4) if x != b]
                else:
                    others = [m for m in mentions if m != b and m != a]
                    alts = [b + 1, b - 1, b + 10, b - 10] + digit_swap(b) + others * 2
                alts = [x for x in alts if x > 0 and x != b and x <= 999]
                nb = rng.choice(alts)
                W[p] = (a, op, nb, apply(a, op, nb))
        elif kind == "operation":
            alt = {"+": ["-"], "-": ["+"], "*": ["+", "+", "/"], "/": ["*", "-", "-"]}[op]
            if product_first:
                alt = ["+"]
            o2 = rng.choice(alt)
            W[p] = (a, o2, b, apply(a, o2, b))
        if W[p][3] is None or W[p][3] < 0 or W[p][3] > 9999 or W[p][3] == c:
            W = list(E)
            continue
        if kind == "operation" and W[p][3] == c:
            continue
        W2 = propagate(list(W), E, p)
        if W2 is None:
            W = list(E)
            continue
        return W2
    return None


# --------------------------------------------------------------------------
def make_record(rng, idx, kind, pos):
    for _ in range(500):
        ch = gen_chain(rng)
        E = true_eqs(ch)
        n = len(E)
        if pos == "middle" and n < 3:
            continue
        if pos == "last" and n < 2 and rng.random() < 0.7:
            continue
        sc = rng.choice(SCEN)
        ctx = {"sc": sc, "items": rng.choice(sc["items"]), "conts": rng.choice(sc["conts"]),
               "groups": rng.choice(sc["groups"])}
        text, mentions, tense, per_share, pps = render_problem(rng, ch, sc, ctx)
        if len(text.split()) > 90:
            continue
        # choose error position
        if kind in ("none", "answer"):
            p = None
            W = list(E)
        else:
            p = {"first": 0, "last": n - 1, "middle": rng.randint(1, n - 2) if n >= 3 else 0}[pos]
            W = inject(rng, kind, p, E, ch, mentions)
            if W is None:
                continue
        final = W[-1][3]
        if kind == "answer":
            alts = digit_swap(final) + [final + 1, final - 1, final + 10, final - 10]
            if n >= 2:
                alts += [W[-2][3]] * 3
            alts = [x for x in alts if x >= 0 and x != final]
            final = rng.choice(alts)
        style = {"ops": rng.choice(OPSTYLE), "tight": rng.random() < 0.08,
                 "prefix": rng.choices(["step", "none", "words"], weights=[40, 30, 30])[0]}
        steps = []
        ci = 0
        for i, e in enumerate(W):
            if ch["product"] and i == 0:
                info = {"kind": "start"}
            else:
                info = {"kind": "change", "pp": pps[i - (1 if ch["product"] else 0)]}
            steps.append(step_text(rng, i, e, E[i][1], info, ctx, style, tense, sc))
        steps.append(answer_text(rng, final, ctx, sc, tense, per_share))
        if kind == "none":
            label = -1
        elif kind == "answer":
            label = n
        else:
            label = p
        rec = {"id": "gen-c-%04d" % idx, "problem": text, "steps": steps, "label": label,
               "final_answer_correct": final == E[-1][3], "error_kind": kind}
        meta = {"E": E, "product": ch["product"], "mentions": mentions, "start": ch["start"]}
        return rec, meta
    raise RuntimeError("could not make record")


def ch_pp(op):
    return {"+": "added", "-": "taken away", "*": "multiplied", "/": "shared out"}[op]


# --------------------------------------------------------------------------
EQ_RE = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPN = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}


def problem_numbers(text):
    """numbers mentioned in the problem: digits, number words, a dozen, twice/double/triple/half/third."""
    toks = []
    pat = re.compile(r"a dozen|\d+|\b(?:%s)\b|\btwice\b|\bdoubles?d?\b|\btripled?s?\b|\bhalf\b|\bhalved\b|\ba third\b"
                     % "|".join(WORDS[k] for k in sorted(WORDS, key=lambda k: -len(WORDS[k]))), re.I)
    text = re.sub(r"\bone (?=share|pile|load)", "ONE_", text)
    for m in pat.finditer(text):
        w = m.group(0).lower()
        if w == "a dozen":
            toks.append(12)
        elif w.isdigit():
            toks.append(int(w))
        elif w in ("twice",) or w.startswith("doubl"):
            toks.append(2)
        elif w.startswith("tripl"):
            toks.append(3)
        elif w in ("half", "halved"):
            toks.append(2)
        elif w == "a third":
            toks.append(3)
        else:
            inv = {v: k for k, v in WORDS.items()}
            toks.append(inv[w])
    return toks


def check(recs, metas):
    errs = []
    for r, m in zip(recs, metas):
        rid = r["id"]
        if list(r.keys()) != ["id", "problem", "steps", "label", "final_answer_correct", "error_kind"]:
            errs.append((rid, "keys"))
        E = [tuple(e) for e in m["E"]]
        # true chain recomputed from meaning
        cur = m["start"]
        if m["product"]:
            assert E[0][0] * E[0][2] == cur
        for e in E[1 if m["product"] else 0:]:
            assert e[0] == cur
            cur = apply(cur, e[1], e[2])
            if cur is None or not (0 <= cur <= 9999):
                errs.append((rid, "range"))
            assert cur == e[3]
        true_final = cur
        # problem numbers match the intended operands, all <= 999 (start <= 1000)
        nums = problem_numbers(r["problem"])
        if sorted(nums) != sorted(m["mentions"]):
            errs.append((rid, "mentions %s vs %s" % (nums, m["mentions"])))
        if any(x > 999 for x in nums[1:]) or (nums and nums[0] > 1000):
            errs.append((rid, "big"))
        if len(r["problem"].split()) > 90:
            errs.append((rid, "long"))
        steps = r["steps"]
        if len(steps) != len(E) + 1:
            errs.append((rid, "nsteps"))
            continue
        label, kind = -1, "none"
        prev = None
        for i, s in enumerate(steps[:-1]):
            ms = EQ_RE.findall(s)
            if len(ms) != 1 or s.count("=") != 1:
                errs.append((rid, "eq count %d" % i))
                break
            a, o, b, c = ms[0]
            a, b, c, o = int(a), int(b), int(c), OPN[o]
            ta, top, tb, _ = E[i]
            if i == 0:
                exp_a = ta
            else:
                exp_a = prev
            if label == -1:
                if i == 0 and m["product"]:
                    ok_operands = sorted([a, b]) == sorted([ta, tb])
                else:
                    ok_operands = a == exp_a and b == tb
                if not ok_operands:
                    label, kind = i, "operand"
                elif o != top:
                    label, kind = i, "operation"
                elif apply(a, o, b) != c:
                    label, kind = i, "arithmetic"
            prev = c
        last = steps[-1]
        if "=" in last or EQ_RE.search(last):
            errs.append((rid, "eq in answer"))
        fn = re.findall(r"\d+", last)
        if len(fn) != 1:
            errs.append((rid, "answer numbers %s" % fn))
            continue
        x = int(fn[0])
        if label == -1 and x != prev:
            label, kind = len(steps) - 1, "answer"
        if label != r["label"] or kind != r["error_kind"]:
            errs.append((rid, "label %s/%s vs %s/%s" % (label, kind, r["label"], r["error_kind"])))
        if (x == true_final) != r["final_answer_correct"]:
            errs.append((rid, "fac"))
    return errs


def main():
    rng = random.Random(SEED)
    plan = []
    n_none = 180
    kinds = ["arithmetic", "operand", "operation"]
    for _ in range(n_none):
        plan.append(("none", None))
    for k in kinds:
        for j in range(55):
            plan.append((k, ["first", "middle", "last"][j % 3]))
    for _ in range(55):
        plan.append(("answer", "final"))
    rng.shuffle(plan)
    recs, metas = [], []
    for idx, (k, pos) in enumerate(plan):
        r, m = make_record(rng, idx, k, pos)
        recs.append(r)
        metas.append(m)
    errs = check(recs, metas)
    with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print("records:", len(recs))
    print("error_kind:", dict(Counter(r["error_kind"] for r in recs)))
    print("fac false:", sum(not r["final_answer_correct"] for r in recs))
    print("check errors:", len(errs))
    for e in errs[:30]:
        print("  ", e)
    return 1 if errs else 0


if __name__ == "__main__":
    raise SystemExit(main())
