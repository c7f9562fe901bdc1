#!/usr/bin/env python3
"""gen-f: tiny-arith PRM records in a British / Commonwealth everyday-life register.

generate(seed, count) -> list of records (see BRIEF).  Standard library only.
_generate_full(seed, count) additionally returns the internal plan of every record
(used by check.py to re-derive the true chain independently of the step text).
"""
import json
import os
import random
import re

# --------------------------------------------------------------------------- numbers
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}


def num_word(n):
    if n < 20:
        return _ONES[n]
    t, u = divmod(n, 10)
    return _TENS[t] if u == 0 else _TENS[t] + "-" + _ONES[u]


def fold_word(n):
    if n <= 10:
        return num_word(n) + "fold"
    return "%d-fold" % n


# --------------------------------------------------------------------------- verbs
def _third(w):
    if w == "have":
        return "has"
    if w == "be":
        return "is"
    if w.endswith(("s", "sh", "ch", "x", "z", "o")):
        return w + "es"
    if len(w) > 1 and w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


def _past(w):
    if w.endswith("e"):
        return w + "d"
    if len(w) > 1 and w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ied"
    return w + "ed"


_INF_CACHE = {}


def inflect(spec):
    """'sell/sold/sold' or regular 'collect' or 'pick up' -> (base, s, past, pp)."""
    got = _INF_CACHE.get(spec)
    if got:
        return got
    parts = spec.split("/")
    base = parts[0]
    first, _, rest = base.partition(" ")
    tail = (" " + rest) if rest else ""
    if len(parts) == 3:
        past, pp = parts[1], parts[2]
    else:
        past = pp = _past(first) + tail
    s = _third(first) + tail
    got = (base, s, past, pp)
    _INF_CACHE[spec] = got
    return got


def vp(spec, tense, plural):
    base, s, past, pp = inflect(spec)
    if tense == "past":
        return past
    if tense == "present":
        return base if plural else s
    if tense == "perfect":
        return ("have " if plural else "has ") + pp
    if tense == "future":
        return "will " + base
    return ("are" if plural else "is") + " going to " + base


def be(tense, plural):
    return {"past": "were" if plural else "was",
            "present": "are" if plural else "is",
            "perfect": "have been" if plural else "has been",
            "future": "will be",
            "goingto": "are going to be" if plural else "is going to be"}[tense]


def passive(spec, tense, plural):
    return be(tense, plural) + " " + inflect(spec)[3]


# kinds: g goods, f prepared food, v produce / plants, h sea catch, p people
# (spec, kinds, flags)  flags: a = active use, p = passive use
ADD_TR = [
    ("buy/bought/bought", "gfvh", "ap"), ("pick up/picked up/picked up", "gfvh", "ap"),
    ("collect", "gfvh", "ap"), ("receive", "gfvh", "ap"), ("order in/ordered in/ordered in", "gf", "ap"),
    ("take in/took in/taken in", "gfv", "ap"), ("bring in/brought in/brought in", "gfvh", "ap"),
    ("fetch", "gfv", "a"), ("gather", "gv", "a"), ("get hold of/got hold of/got hold of", "gfvh", "a"),
    ("snap up/snapped up/snapped up", "gfvh", "a"), ("take delivery of/took delivery of/taken delivery of", "gfh", "a"),
    ("source", "gfv", "ap"), ("acquire", "g", "ap"), ("add", "gfvh", "a"), ("buy in/bought in/bought in", "gfvh", "ap"),
    ("track down/tracked down/tracked down", "g", "a"), ("scrounge", "gv", "a"),
    ("stock up on/stocked up on/stocked up on", "gf", "a"), ("come by/came by/come by", "g", "a"),
    ("find/found/found", "gv", "ap"), ("win/won/won", "g", "a"), ("get/got/got", "gfvh", "a"),
    ("deliver", "gfvh", "p"), ("donate", "gfv", "p"), ("hand in/handed in/handed in", "g", "p"),
    ("drop off/dropped off/dropped off", "gfv", "p"), ("send over/sent over/sent over", "gfvh", "p"),
    ("bring round/brought round/brought round", "gfv", "p"), ("leave at the back door/left at the back door/left at the back door", "gfv", "p"),
    ("give/gave/given to them", "gfvh", "p"), ("pass on to them/passed on to them/passed on to them", "gfv", "p"),
    ("add to the pile/added to the pile/added to the pile", "g", "p"),
    ("make/made/made", "f", "ap"), ("bake", "f", "ap"), ("knock up/knocked up/knocked up", "f", "a"),
    ("whip up/whipped up/whipped up", "f", "a"), ("rustle up/rustled up/rustled up", "f", "a"),
    ("cook", "f", "ap"), ("fry/fried/fried", "f", "a"), ("batch-bake", "f", "a"),
    ("harvest", "v", "ap"), ("pick/picked/picked", "v", "ap"), ("dig up/dug up/dug up", "v", "ap"),
    ("grow/grew/grown", "v", "a"), ("lift", "v", "ap"), ("pot up/potted up/potted up", "v", "ap"),
    ("land", "h", "ap"), ("haul in/hauled in/hauled in", "h", "ap"), ("catch/caught/caught", "h", "ap"),
    ("net/netted/netted", "h", "ap"), ("bring ashore/brought ashore/brought ashore", "h", "ap"),
    ("hire in/hired in/hired in", "g", "ap"), ("borrow", "g", "a"), ("rent", "g", "a"),
    ("unload", "gh", "ap"),
]
SUB_TR = [
    ("sell/sold/sold", "gfvh", "ap"), ("give away/gave away/given away", "gfvh", "ap"),
    ("lose/lost/lost", "gfvh", "ap"), ("hand out/handed out/handed out", "gfv", "ap"),
    ("send off/sent off/sent off", "gfvh", "ap"), ("donate", "gfv", "a"),
    ("pass on/passed on/passed on", "gfv", "ap"), ("throw out/threw out/thrown out", "gfvh", "ap"),
    ("get rid of/got rid of/got rid of", "gfvh", "a"), ("part with/parted with/parted with", "g", "a"),
    ("sell off/sold off/sold off", "gfvh", "ap"), ("flog/flogged/flogged", "gf", "a"),
    ("ship out/shipped out/shipped out", "gh", "ap"), ("dispatch", "gh", "ap"),
    ("set aside/set aside/set aside", "gfv", "ap"), ("bin/binned/binned", "gfv", "ap"),
    ("write off/wrote off/written off", "g", "ap"), ("give back/gave back/given back", "g", "ap"),
    ("lend out/lent out/lent out", "g", "ap"), ("post/posted/posted", "g", "ap"),
    ("cart away/carted away/carted away", "gv", "ap"), ("drop/dropped/dropped", "gfv", "a"),
    ("break/broke/broken", "g", "ap"), ("smash/smashed/smashed", "g", "ap"),
    ("use/used/used", "gf", "ap"), ("use up/used up/used up", "gf", "ap"),
    ("eat/ate/eaten", "fv", "ap"), ("scoff/scoffed/scoffed", "f", "a"),
    ("polish off/polished off/polished off", "f", "a"), ("serve", "f", "ap"),
    ("dish up/dished up/dished up", "f", "a"), ("pinch/pinched/pinched", "gfvh", "p"),
    ("nick/nicked/nicked", "g", "p"), ("recycle", "g", "ap"), ("auction off/auctioned off/auctioned off", "g", "ap"),
    ("raffle off/raffled off/raffled off", "g", "ap"), ("send back/sent back/sent back", "gf", "ap"),
    ("throw back/threw back/thrown back", "h", "ap"), ("dispense/dispensed/dispensed", "g", "ap"),
    ("load onto the van/loaded onto the van/loaded onto the van", "gvh", "p"),
    ("clear out/cleared out/cleared out", "g", "ap"), ("pack off/packed off/packed off", "gv", "ap"),
    ("hand over/handed over/handed over", "gfvh", "ap"), ("knock down cheap/knocked down cheap/knocked down cheap", "g", "p"),
]
ADD_IN = [
    ("arrive", "gfvh"), ("turn up/turned up/turned up", "gfvhp"), ("come in/came in/come in", "gfvhp"),
    ("roll in/rolled in/rolled in", "gh"), ("show up/showed up/shown up", "gp"),
    ("come back/came back/come back", "g"), ("ripen/ripened/ripened", "v"),
    ("wash up/washed up/washed up", "h"), ("appear/appeared/appeared", "gv"),
    ("join/joined/joined", "p"), ("pile in/piled in/piled in", "p"), ("come along/came along/come along", "p"),
    ("trickle in/trickled in/trickled in", "gp"), ("come through the door/came through the door/come through the door", "p"),
]
SUB_IN = [
    ("go missing/went missing/gone missing", "gfvh"), ("disappear", "gfvh"),
    ("get broken/got broken/got broken", "g"), ("go off/went off/gone off", "fvh"),
    ("go mouldy/went mouldy/gone mouldy", "fv"), ("blow away/blew away/blown away", "g"),
    ("get lost/got lost/got lost", "g"), ("vanish/vanished/vanished", "gf"),
    ("wilt/wilted/wilted", "v"), ("get squashed/got squashed/got squashed", "fv"),
    ("go stale/went stale/gone stale", "f"), ("walk off/walked off/walked off", "g"),
    ("leave/left/left", "p"), ("head off/headed off/headed off", "p"), ("go home/went home/gone home", "p"),
    ("drift away/drifted away/drifted away", "p"), ("slip away/slipped away/slipped away", "p"),
    ("rot/rotted/rotted", "v"), ("fall apart/fell apart/fallen apart", "g"),
]

# --------------------------------------------------------------------------- names
NAMES_F = """Aoife Siobhan Niamh Bronwyn Cerys Rhiannon Morag Isla Kirsty Fiona Eilidh Ailsa Priya Anjali
Sunita Harpreet Nadia Yasmin Amara Chioma Ngozi Adaeze Folake Abena Keisha Marcia Beverley Maureen
Brenda Pauline Gwen Dilys Mairead Sinead Orla Grainne Tegan Kylie Shelley Charlene Tamsin Imogen
Harriet Philippa Rosalind Beatrix Florence Poppy Daisy Millie Freya Esme Maisie Lottie Tilly Elsie
Ruby Matilda Hattie Clemmie Jemima Pippa Verity Prudence Marjorie Edna Doreen Sheila Bernadette
Noreen Kiri Aroha Ngaire Jacinta Shona Leanne Jolene Carys Megan Ffion Seren Lowri Heledd Nia Zainab
Fatima Ayesha Saira Rukhsana Mehreen Deepa Lakshmi Kavita Meera Simran Gurpreet Jasleen Thandiwe
Lerato Nomvula Wanjiru Akosua Efua Shanice Tanisha Blessing Mei Winnie Agnes Hyacinth Sadie""".split()
NAMES_M = """Callum Hamish Angus Fraser Euan Ruaridh Alasdair Dougal Gethin Rhys Dafydd Iwan Emyr Owain
Cian Oisin Padraig Declan Ciaran Fergal Eamon Seamus Rory Niall Alfie Archie Freddie Stanley Reggie
Wilf Bertie Monty Rupert Giles Crispin Barnaby Jolyon Nigel Clive Trevor Derek Keith Colin Graham
Malcolm Neville Desmond Winston Delroy Clement Errol Lloyd Marlon Tunde Chidi Emeka Obinna Segun
Kwame Kofi Kwabena Sipho Thabo Bongani Rajesh Sanjay Vikram Arjun Rohan Dev Imran Tariq Bilal
Hamza Zubair Asif Jaswinder Gurdeep Harjit Ranjit Tane Wiremu Rawiri Hemi Bruce Shane Darren Craig
Kieran Lachlan Brodie Mitchell Hayden Ewan Dermot Ronan Tadhg Aled Huw Bryn Glyn Idris Baz Dec""".split()
TITLED = [("Mrs Hargreaves", "f"), ("Mr Okonkwo", "m"), ("Auntie Pam", "f"), ("Uncle Des", "m"),
          ("Nana Joyce", "f"), ("Grandad Bill", "m"), ("Dr Mensah", "m"), ("Sister O'Rourke", "f"),
          ("Mrs Pillai", "f"), ("Mr Featherstonehaugh", "m"), ("Miss Amberley", "f"), ("Mr Nkosi", "m"),
          ("Ms Tremayne", "f"), ("Mr Llewellyn", "m"), ("Mrs McAllister", "f"), ("Big Terry", "m"),
          ("Old Mr Pennock", "m"), ("Mrs Banerjee", "f"), ("Mr Kowalczyk", "m"), ("Aunty Flo", "f")]

# --------------------------------------------------------------------------- settings
S = {}
S["allotment"] = dict(
    coll=[("the allotment society", False), ("the plot holders", True), ("the gardening club", False),
          ("the community garden", False), ("the Tuesday volunteers", True)],
    roles=["who {v1:keep/kept/kept} a plot behind the station", "who {v1:grow/grew/grown} prize leeks",
           "who {v1:run/ran/run} the allotment shop"],
    items=[("courgettes", "v"), ("marrows", "v"), ("runner beans", "v"), ("leeks", "v"), ("parsnips", "v"),
           ("onions", "v"), ("strawberries", "v"), ("gooseberries", "v"), ("rhubarb stalks", "v"),
           ("seed potatoes", "v"), ("tomato plants", "v"), ("seed packets", "g"), ("bamboo canes", "g"),
           ("plant pots", "g"), ("watering cans", "g"), ("bags of compost", "g"), ("cabbages", "v"),
           ("beetroots", "v"), ("marigold seedlings", "v"), ("trowels", "g"), ("pumpkins", "v"),
           ("cucumbers", "v"), ("sweet pea plants", "v")],
    cont=["trays", "crates", "rows", "raised beds", "sacks", "wheelbarrows"],
    places=["in the shed", "on the plot", "in the polytunnel", "by the compost heap", "in the cold frame"],
    recips=[("neighbours", "neighbour"), ("plots", "plot"), ("baskets", "basket"), ("families", "family"),
            ("veg boxes", "veg box")],
    times=["After the frost", "On Sunday morning", "By the end of the summer", "Later that week",
           "During the heatwave", "Once the rain had cleared"],
    dis=["The shed door had blown open in the night.", "Slugs had been a nuisance all spring.",
         "Everyone agreed the rhubarb was early this year.", "A robin watched from the fence post.",
         "The water butt was nearly empty.", "Somebody had left the gate unlatched again."],
    sub_in=[("get eaten by slugs/got eaten by slugs/got eaten by slugs", "v"), ("get trampled by the fox/got trampled by the fox/got trampled by the fox", "v")],
    pplaces=[],
)
S["cafe"] = dict(
    coll=[("the café", False), ("the tea room", False), ("the kitchen staff", True), ("the baristas", True),
          ("the greasy spoon on the corner", False)],
    roles=["who {v1:run/ran/run} a café near the pier", "who {v1:work/worked/worked} the early shift at the tea room",
           "who {v1:own/owned/owned} the little café by the bus station"],
    items=[("scones", "f"), ("teacakes", "f"), ("croissants", "f"), ("flapjacks", "f"), ("bacon rolls", "f"),
           ("slices of carrot cake", "f"), ("sausage rolls", "f"), ("Eccles cakes", "f"), ("crumpets", "f"),
           ("toasties", "f"), ("paper cups", "g"), ("takeaway lids", "g"), ("sachets of sugar", "g"),
           ("pots of jam", "f"), ("mugs", "g"), ("teabags", "g"), ("pasties", "f"), ("Chelsea buns", "f"),
           ("pieces of shortbread", "f"), ("bottles of milk", "f"), ("Bakewell tarts", "f")],
    cont=["trays", "boxes", "tins", "shelves", "cake stands", "baskets"],
    places=["behind the counter", "in the display cabinet", "in the back kitchen", "on the shelves"],
    recips=[("tables", "table"), ("branches", "branch"), ("hampers", "hamper"), ("staff members", "staff member")],
    times=["Before the doors opened", "During the lunchtime rush", "By mid-afternoon", "Just before closing",
           "After the coach party left", "First thing in the morning"],
    dis=["The coffee machine was playing up again.", "It was a drizzly Saturday in town.",
         "A queue had formed out of the door.", "The radio was tuned to the cricket.",
         "Nobody could find the spare apron.", "The windows were steamed up from all the kettles."],
    pplaces=[],
)
S["market"] = dict(
    coll=[("the fruit and veg stall", False), ("the flower stall", False), ("the cheesemonger", False),
          ("the market traders", True), ("the bric-a-brac stall", False)],
    roles=["who {v1:run/ran/run} a stall at the Saturday market", "who {v1:sell/sold/sold} from a barrow on the high street",
           "who {v1:trade/traded/traded} at the covered market"],
    items=[("apples", "v"), ("pears", "v"), ("plums", "v"), ("punnets of strawberries", "v"), ("bunches of daffodils", "v"),
           ("tulips", "v"), ("potted herbs", "v"), ("wheels of cheese", "f"), ("jars of honey", "f"),
           ("jars of chutney", "f"), ("pork pies", "f"), ("eggs", "f"), ("second-hand records", "g"),
           ("vintage teacups", "g"), ("scarves", "g"), ("leather belts", "g"), ("phone cases", "g"),
           ("bars of soap", "g"), ("candles", "g"), ("cushions", "g"), ("bags of satsumas", "v")],
    cont=["crates", "boxes", "baskets", "trays", "rows", "buckets"],
    places=["on the stall", "under the awning", "in the back of the van", "on the trestle table"],
    recips=[("stalls", "stall"), ("customers", "customer"), ("bags", "bag"), ("baskets", "basket")],
    times=["As the market opened", "Around midday", "Towards the end of the day",
           "In the morning rush", "After the rain stopped"],
    dis=["The wind kept catching the awning.", "A busker was playing near the clock tower.",
         "Prices had gone up since the spring.", "The pigeons were out in force.",
         "It was bitterly cold under the canopy."],
    pplaces=[],
)
S["warehouse"] = dict(
    coll=[("the warehouse", False), ("the depot", False), ("the night shift", False), ("the loading crew", False),
          ("the stores team", False), ("the forklift drivers", True)],
    roles=["who {v1:manage/managed/managed} the depot on the industrial estate", "who {v1:drive/drove/driven} a forklift on the night shift",
           "who {v1:run/ran/run} the goods-in bay"],
    items=[("pallets", "g"), ("cartons", "g"), ("parcels", "g"), ("crates of tinned tomatoes", "g"),
           ("boxes of printer paper", "g"), ("rolls of bubble wrap", "g"), ("drums of cooking oil", "g"),
           ("sacks of flour", "g"), ("tyres", "g"), ("flat-pack wardrobes", "g"), ("kettles", "g"),
           ("washing machines", "g"), ("bags of cement", "g"), ("reels of cable", "g"), ("tins of paint", "g"),
           ("folding chairs", "g"), ("toasters", "g"), ("garden gnomes", "g"), ("cases of lemonade", "g"),
           ("sheets of plywood", "g")],
    cont=["pallets", "racks", "lorries", "cages", "bays", "shelves"],
    places=["in bay C", "on the loading dock", "in the racking", "by the roller shutter", "in the mezzanine store"],
    recips=[("lorries", "lorry"), ("branches", "branch"), ("stores", "store"), ("vans", "van"), ("bays", "bay")],
    times=["Overnight", "Before the lorries arrived", "By the end of the shift", "After the stocktake",
           "During the Monday rush", "Once the forklift was repaired"],
    dis=["The roller shutter had jammed again.", "The supervisor was off sick.",
         "A fire drill interrupted the morning.", "The heating in the office had packed up.",
         "Somebody had parked across the loading bay."],
    pplaces=[],
)
S["sports"] = dict(
    coll=[("the cricket club", False), ("the rugby club", False), ("the netball squad", False), ("the bowls club", False),
          ("the rowing club", False), ("the darts team", False), ("the junior coaches", True)],
    roles=["who {v1:coach/coached/coached} the village cricket team", "who {v1:look/looked/looked} after the kit at the rugby club",
           "who {v1:run/ran/run} the tuck shop at the netball club"],
    items=[("cricket balls", "g"), ("tennis balls", "g"), ("shuttlecocks", "g"), ("rugby balls", "g"), ("netballs", "g"),
           ("hockey sticks", "g"), ("training bibs", "g"), ("kit bags", "g"), ("squash rackets", "g"),
           ("swimming floats", "g"), ("raffle tickets", "g"), ("club jerseys", "g"), ("water bottles", "g"),
           ("traffic cones", "g"), ("medals", "g"), ("sets of darts", "g"), ("oars", "g"), ("life jackets", "g"),
           ("orange segments", "f"), ("bacon sandwiches", "f"), ("spectators", "p")],
    cont=["bags", "boxes", "nets", "racks", "crates", "buckets"],
    places=["in the pavilion", "in the kit room", "in the clubhouse", "by the boathouse", "in the container behind the nets"],
    recips=[("teams", "team"), ("age groups", "age group"), ("coaches", "coach"), ("changing rooms", "changing room")],
    times=["Before the match", "At the tea interval", "After training", "By the end of the season",
           "During the summer fete", "Once the rain stopped play"],
    dis=["The groundsman had been out with the roller.", "The visiting side arrived late.",
         "Rain had already stopped play that morning.", "The tea urn took an age to boil.",
         "The scoreboard was still being repainted."],
    pplaces=["in the stand", "along the boundary rope", "in the clubhouse bar"],
)
S["railway"] = dict(
    coll=[("the station", False), ("the ticket office", False), ("the lost property office", False),
          ("the station kiosk", False), ("the platform staff", True)],
    roles=["who {v1:run/ran/run} the kiosk on the main platform", "who {v1:work/worked/worked} in the lost property office",
           "who {v1:look/looked/looked} after the station garden"],
    items=[("timetable leaflets", "g"), ("luggage trolleys", "g"), ("rail tickets", "g"), ("umbrellas", "g"),
           ("newspapers", "g"), ("bottles of water", "f"), ("sandwiches", "f"), ("bicycles", "g"),
           ("hi-vis vests", "g"), ("posters", "g"), ("parking permits", "g"), ("odd gloves", "g"),
           ("rucksacks", "g"), ("suitcases", "g"), ("railcards", "g"), ("hanging baskets", "v"),
           ("passengers", "p"), ("commuters", "p"), ("day trippers", "p")],
    cont=["boxes", "racks", "bundles", "trolleys", "crates", "shelves"],
    places=["in the booking hall", "on the platform", "in the lost property cupboard", "behind the kiosk counter"],
    recips=[("platforms", "platform"), ("stations", "station"), ("carriages", "carriage"), ("staff lockers", "staff locker")],
    times=["Before the first train", "During the morning rush", "After the signal failure", "By the last train",
           "While the line was closed", "Later that evening"],
    dis=["There were delays because of leaves on the line.", "The tannoy crackled with another apology.",
         "The departure board had gone blank.", "It was freezing on the footbridge.",
         "A pigeon had got into the waiting room."],
    pplaces=["on the stopping train to Carlisle", "on the rail replacement bus", "on the sleeper to Inverness",
             "on the platform", "in the waiting room"],
    add_in=[("get on/got on/got on", "p"), ("board/boarded/boarded", "p"), ("squeeze on/squeezed on/squeezed on", "p"),
            ("climb aboard/climbed aboard/climbed aboard", "p")],
    sub_in=[("get off/got off/got off", "p"), ("step off/stepped off/stepped off", "p"), ("alight/alighted/alighted", "p"),
            ("change trains/changed trains/changed trains", "p")],
)
S["charity"] = dict(
    coll=[("the charity shop", False), ("the hospice shop", False), ("the volunteers", True),
          ("the book corner", False), ("the Oxfam shop on the high street", False)],
    roles=["who {v1:volunteer/volunteered/volunteered} at the hospice shop", "who {v1:sort/sorted/sorted} the donations on a Thursday",
           "who {v1:manage/managed/managed} the charity shop on the parade"],
    items=[("paperbacks", "g"), ("jigsaw puzzles", "g"), ("woolly jumpers", "g"), ("board games", "g"), ("DVDs", "g"),
           ("handbags", "g"), ("hats", "g"), ("pairs of shoes", "g"), ("china plates", "g"), ("picture frames", "g"),
           ("cardigans", "g"), ("soft toys", "g"), ("wine glasses", "g"), ("winter coats", "g"), ("ties", "g"),
           ("cookery books", "g"), ("knitting patterns", "g"), ("vases", "g"), ("lampshades", "g"), ("teapots", "g")],
    cont=["bags", "boxes", "rails", "shelves", "baskets", "bin bags"],
    places=["in the stockroom", "on the shelves", "in the window display", "on the rails", "in the back room"],
    recips=[("branches", "branch"), ("shelves", "shelf"), ("rails", "rail"), ("volunteers", "volunteer")],
    times=["After the spring clean", "On Monday morning", "By the end of the week", "During the bank holiday sale",
           "Once the van had been", "Before the shop opened"],
    dis=["The till roll had run out again.", "Someone had left a box of donations on the step.",
         "The window display was all in autumn colours.", "The kettle was on in the back room.",
         "A regular came in to chat about the weather."],
    pplaces=[],
)
S["hospital"] = dict(
    coll=[("the ward", False), ("the pharmacy", False), ("A&E", False), ("the nursing team", False),
          ("the porters", True), ("the children's ward", False)],
    roles=["who {v1:run/ran/run} the night shift on the surgical ward", "who {v1:look/looked/looked} after supplies in outpatients",
           "who {v1:work/worked/worked} in the hospital pharmacy"],
    items=[("boxes of gloves", "g"), ("bandages", "g"), ("face masks", "g"), ("syringes", "g"), ("blankets", "g"),
           ("pillows", "g"), ("wheelchairs", "g"), ("bags of saline", "g"), ("sharps bins", "g"),
           ("bottles of hand gel", "g"), ("patient wristbands", "g"), ("get-well cards", "g"), ("bunches of grapes", "f"),
           ("plasters", "g"), ("thermometers", "g"), ("sterile dressings", "g"), ("theatre gowns", "g"),
           ("visitor badges", "g"), ("clipboards", "g"), ("patients", "p"), ("visitors", "p")],
    cont=["boxes", "cupboards", "trolleys", "cages", "packs", "drawers"],
    places=["in the supply cupboard", "at the nurses' station", "in the store room", "on the ward"],
    recips=[("wards", "ward"), ("bays", "bay"), ("clinics", "clinic"), ("theatres", "theatre")],
    times=["During the night shift", "By the ward round", "After handover", "Before visiting hours",
           "Over the weekend", "Once the winter rush began"],
    dis=["The lift was out of order again.", "Visiting hours had just been extended.",
         "The vending machine swallowed everyone's coins.", "A new consultant started that week.",
         "The corridor smelled of disinfectant."],
    pplaces=["in the waiting room", "on the ward", "in the day unit"],
    sub_tr=[("discharge", "p", "p"), ("send home/sent home/sent home", "p", "p")],
    add_tr=[("admit/admitted/admitted", "p", "p")],
)
S["film"] = dict(
    coll=[("the props department", False), ("the costume team", False), ("the film crew", False),
          ("the catering truck", False), ("the art department", False), ("the runners", True)],
    roles=["who {v1:run/ran/run} the props truck", "who {v1:work/worked/worked} in wardrobe on the period drama",
           "who {v1:look/looked/looked} after catering on set"],
    items=[("costumes", "g"), ("wigs", "g"), ("prop swords", "g"), ("rubber chickens", "g"), ("spotlights", "g"),
           ("extension leads", "g"), ("walkie-talkies", "g"), ("bottles of fake blood", "g"), ("sandbags", "g"),
           ("call sheets", "g"), ("fake moustaches", "g"), ("top hats", "g"), ("bacon butties", "f"),
           ("cups of tea", "f"), ("camera batteries", "g"), ("rolls of gaffer tape", "g"), ("cans of hairspray", "g"),
           ("canvas chairs", "g"), ("extras", "p")],
    cont=["flight cases", "rails", "crates", "trunks", "boxes", "trays"],
    places=["in the props truck", "on set", "in wardrobe", "by the catering tent", "in the studio"],
    recips=[("units", "unit"), ("trucks", "truck"), ("dressing rooms", "dressing room"), ("scenes", "scene")],
    times=["Before the first take", "Between set-ups", "By the end of the shoot", "After the director shouted cut",
           "During the night shoot", "While the lights were reset"],
    dis=["The director wanted the scene done before the light went.", "Rain held up filming for an hour.",
         "The lead actor was still in make-up.", "Everyone had to be quiet on set.",
         "The generator hummed in the car park."],
    pplaces=["on set", "in the holding area", "in the catering tent"],
    add_tr=[("call in/called in/called in", "p", "p")],
    sub_tr=[("send home/sent home/sent home", "p", "p"), ("wrap/wrapped/wrapped", "p", "p")],
)
S["harbour"] = dict(
    coll=[("the harbour master", False), ("the trawler crew", False), ("the fish market", False),
          ("the lifeboat station", False), ("the ferry company", False), ("the fishermen", True)],
    roles=["who {v1:skipper/skippered/skippered} a crabber out of the harbour", "who {v1:run/ran/run} the fish stall on the quay",
           "who {v1:look/looked/looked} after the boatyard"],
    items=[("lobster pots", "g"), ("crates of mackerel", "h"), ("boxes of crab", "h"), ("mackerel", "h"),
           ("lobsters", "h"), ("oysters", "h"), ("buoys", "g"), ("coils of rope", "g"), ("life rings", "g"),
           ("fenders", "g"), ("fishing nets", "g"), ("kayaks", "g"), ("dinghies", "g"), ("scallops", "h"),
           ("fish boxes", "g"), ("oilskins", "g"), ("deckchairs", "g"), ("bags of ice", "g"), ("passengers", "p"),
           ("tourists", "p")],
    cont=["crates", "boats", "boxes", "pens", "stacks", "trailers"],
    places=["on the quay", "in the boat shed", "on the slipway", "in the fish market", "along the harbour wall"],
    recips=[("boats", "boat"), ("restaurants", "restaurant"), ("vans", "van"), ("moorings", "mooring")],
    times=["After the storm", "At high tide", "Before dawn", "When the tide turned", "By the evening",
           "Once the fog lifted"],
    dis=["Gulls circled over the harbour wall.", "The tide was on the turn.", "A sea fret rolled in from the bay.",
         "The harbour master's radio crackled.", "Nets were drying on the railings."],
    pplaces=["on the ferry", "aboard the pleasure boat", "on the water taxi"],
    add_in=[("come aboard/came aboard/come aboard", "p"), ("embark/embarked/embarked", "p")],
    sub_in=[("go ashore/went ashore/gone ashore", "p"), ("disembark/disembarked/disembarked", "p"),
            ("fall overboard/fell overboard/fallen overboard", "g"), ("get pinched by the gulls/got pinched by the gulls/got pinched by the gulls", "h")],
)
S["kitchen"] = dict(
    coll=[("the bakery", False), ("the school kitchen", False), ("the caterers", True), ("the pie shop", False),
          ("the WI bake sale", False)],
    roles=["who {v1:bake/baked/baked} for the village fete", "who {v1:run/ran/run} the kitchen at the pub",
           "who {v1:cook/cooked/cooked} for the school dinners"],
    items=[("rashers of bacon", "f"), ("potatoes", "v"), ("mince pies", "f"), ("jam tarts", "f"), ("fairy cakes", "f"),
           ("Yorkshire puddings", "f"), ("dumplings", "f"), ("samosas", "f"), ("onion bhajis", "f"), ("biscuits", "f"),
           ("sausages", "f"), ("fish fingers", "f"), ("jars of marmalade", "f"), ("pancakes", "f"),
           ("cheese straws", "f"), ("meringues", "f"), ("roast potatoes", "f"), ("bread rolls", "f"),
           ("Welsh cakes", "f"), ("Cornish pasties", "f"), ("hot cross buns", "f"), ("pickled eggs", "f")],
    cont=["trays", "batches", "tins", "boxes", "baking sheets", "jars"],
    places=["in the larder", "on the cooling rack", "in the freezer", "on the kitchen table", "in the bread bin"],
    recips=[("tables", "table"), ("plates", "plate"), ("lunchboxes", "lunchbox"), ("hampers", "hamper"), ("guests", "guest")],
    times=["Before the guests arrived", "Once the oven had warmed up", "By teatime", "After the school run",
           "During the fete", "Later that afternoon"],
    dis=["The recipe had come from Gran's old notebook.", "The kitchen smelled of cinnamon.",
         "The oven timer had gone missing.", "The dog sat hopefully by the table.",
         "Flour had got everywhere."],
    pplaces=[],
)

GEN_DIS = ["It was a grey, blustery morning.", "Nobody seemed in much of a hurry.",
           "Everyone was talking about the weather.", "The kettle had just boiled.",
           "It had been a long week.", "The radio was playing in the background.",
           "Tea was brewing in the big brown pot."]

# --------------------------------------------------------------------------- mul / div templates
# (template, factor required or None, ok for people)
MUL_T = [
    ("{S} {v:end up with/ended up with/ended up with} {N} times as many {items}", None, False),
    ("{S} {v:finish/finished/finished} with {N} times as many {items} as before", None, False),
    ("the number of {items} {v1:grow/grew/grown} {Nfold}", None, True),
    ("the number of {items} {v1:become/became/become} {N} times larger", None, True),
    ("the number of {items} {v1:go up/went up/gone up} {N} times over", None, True),
    ("{poss} stock of {items} {p1:multiply/multiplied/multiplied} by {N}", None, False),
    ("{S} {v:multiply/multiplied/multiplied} {poss} stock of {items} by {N}", None, False),
    ("{S} {v:scale up/scaled up/scaled up} the order by a factor of {N}", None, False),
    ("{there} {N} times as many {items} as before", None, True),
    ("the count of {items} {v1:increase/increased/increased} {Nfold}", None, True),
    ("{S} {v:build up/built up/built up} {poss} stock of {items} to {N} times its size", None, False),
    ("{poss} supply of {items} {v1:swell/swelled/swollen} to {N} times its size", None, False),
    ("{S} {v:manage/managed/managed} to get hold of {N} times as many {items}", None, False),
    ("{S} {v:bump up/bumped up/bumped up} {poss} stock {Nfold}", None, False),
    ("the tally of {items} {v1:rise/rose/risen} to {N} times what it had been", None, True),
    ("the pile of {items} {p1:make/made/made} {N} times bigger", None, False),
    ("the total {p1:multiply/multiplied/multiplied} by {N}", None, True),
    ("{S} {v:double} {poss} stock of {items}", 2, False),
    ("{S} {v:double} the number of {items}", 2, False),
    ("the number of {items} {v1:double}", 2, True),
    ("the total {v1:double} overnight", 2, True),
    ("{there} twice as many {items} as before", 2, True),
    ("{S} {v:end up with/ended up with/ended up with} double the number of {items}", 2, False),
    ("the pile of {items} {v1:double} in size", 2, False),
    ("{S} {v:triple/tripled/tripled} {poss} stock of {items}", 3, False),
    ("the number of {items} {v1:treble/trebled/trebled}", 3, True),
    ("{S} {v:end up with/ended up with/ended up with} triple the number of {items}", 3, False),
    ("the count {v1:triple/tripled/tripled}", 3, True),
]
DIV_T = [
    ("{S} {v:share/shared/shared} them equally among {N} {R} and {v:keep/kept/kept} one share", None, False),
    ("{S} {v:split/split/split} them into {N} equal batches and {v:hold on to/held on to/held on to} just one", None, False),
    ("{S} {v:divide} the {items} evenly between {N} {R}, keeping one lot for {refl}", None, False),
    ("the {items} {p:share out/shared out/shared out} equally across {N} {R}, and only one share {v1:stay/stayed/stayed} behind", None, False),
    ("the {items} {p:sort/sorted/sorted} into {N} equal piles, and just one pile {p1:keep/kept/kept}", None, False),
    ("{S} {v:parcel out/parcelled out/parcelled out} the {items} evenly to {N} {R}, keeping back one parcel for {refl}", None, False),
    ("{S} {v:pack/packed/packed} them into {N} identical boxes and {v:keep/kept/kept} only one box", None, False),
    ("{S} {v:divide} them up {N} ways and {v:hang on to/hung on to/hung on to} one portion", None, False),
    ("the {items} {p:split/split/split} equally between {N} {R}, and only one {r}'s share {p1:keep/kept/kept}", None, False),
    ("the {items} {p:split/split/split} into {N} equal groups, and only one group {v1:remain/remained/remained}", None, True),
    ("{S} {v:halve} {poss} stock of {items}", 2, False),
    ("the number of {items} {v1:halve}", 2, True),
    ("{S} {v:keep/kept/kept} half of them and {v:give away/gave away/given away} the rest", 2, False),
    ("half of the {items} {p:keep/kept/kept} and the other half {p1:send/sent/sent} elsewhere", 2, True),
    ("the {items} {p:cut/cut/cut} down by half", 2, False),
    ("only a third of the {items} {p:keep/kept/kept}", 3, True),
    ("{S} {v:keep/kept/kept} a third of them and {v:pass on/passed on/passed on} the rest", 3, False),
    ("the {items} {p:split/split/split} three ways and just one third {v1:stay/stayed/stayed}", 3, True),
    ("only a quarter of the {items} {p:keep/kept/kept}", 4, True),
]
DIV_EACH_T = [
    "{S} {v:share/shared/shared} them equally among {N} {R}",
    "the {items} {p:divide/divided/divided} evenly between {N} {R}",
    "{S} {v:split/split/split} them equally across {N} {R}",
    "{S} {v:spread/spread/spread} them out evenly over {N} {R}",
    "the {items} {p:share out/shared out/shared out} fairly among {N} {R}",
]

# --------------------------------------------------------------------------- rendering
_TOK = re.compile(r"\{(\w+)(?::([^}]*))?\}")


def render(t, c, tense, splural):
    def sub(m):
        k, arg = m.group(1), m.group(2)
        if k == "v":
            return vp(arg, tense, splural)
        if k == "v1":
            return vp(arg, tense, False)
        if k == "vpl":
            return vp(arg, tense, True)
        if k == "p":
            return passive(arg, tense, True)
        if k == "p1":
            return passive(arg, tense, False)
        if k == "there":
            return "there " + be(tense, True)
        if k == "be":
            return be(tense, splural)
        return c[k]
    return _TOK.sub(sub, t)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def lower_first(s):
    return s[:1].lower() + s[1:] if s else s


_PASTY = re.compile(r"\b(\w+ed|had|was|were|left|began|been|rose|lifted)\b")


def _tense_free(phrase):
    return not _PASTY.search(phrase.lower())


def _pron(gender):
    return {"f": ("she", "her", "herself", False), "m": ("he", "his", "himself", False),
            "it": ("it", "its", "itself", False), "they": ("they", "their", "themselves", True)}[gender]


def _numtext(rng, n, allow_dozen=True):
    r = rng.random()
    if n == 12 and allow_dozen and r < 0.35:
        return "a dozen"
    if n <= 20 and r < 0.32:
        return num_word(n)
    if n < 100 and n % 10 == 0 and r < 0.25:
        return num_word(n)
    if 20 < n < 100 and r < 0.12:
        return num_word(n)
    return str(n)


# --------------------------------------------------------------------------- plan
def _apply(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b if a >= b else None
    if op == "*":
        return a * b
    if op == "/":
        if b == 0 or a % b:
            return None
        return a // b
    raise ValueError(op)


def _ok(v):
    return v is not None and 0 <= v <= 9999


def _make_chain(rng, nchg, allow_people, kind):
    """Return (start_value, factors or None, list of (op, b))."""
    for _ in range(200):
        factors = None
        if kind != "p" and rng.random() < 0.27:
            fa = rng.choice([rng.randint(2, 12), rng.randint(2, 30), 12])
            fb = rng.randint(3, 60) if rng.random() < 0.8 else rng.randint(60, 150)
            if fa * fb > 4000 or fa * fb < 12:
                continue
            factors = (fa, fb)
            start = fa * fb
        else:
            r = rng.random()
            if r < 0.33:
                start = rng.randint(10, 99)
            elif r < 0.97:
                start = rng.randint(100, 999)
            else:
                start = 1000
        cur = start
        chg = []
        for i in range(nchg):
            weights = {"+": 30, "-": 30, "*": 17, "/": 23}
            if kind == "p":
                weights = {"+": 40, "-": 40, "*": 8, "/": 6}
            divs = [d for d in range(2, 13) if cur % d == 0 and cur // d >= 2]
            if not divs:
                weights["/"] = 0
            if cur * 2 > 9999:
                weights["*"] = 0
            if cur > 1500:
                weights["*"] = min(weights["*"], 3)
            if cur < 3:
                weights["-"] = 0
            ops = [o for o in weights if weights[o] > 0]
            op = rng.choices(ops, [weights[o] for o in ops])[0]
            if op == "+":
                hi = min(999, 9999 - cur)
                r = rng.random()
                if r < 0.5:
                    b = rng.randint(2, min(hi, 50))
                elif r < 0.85:
                    b = rng.randint(2, min(hi, 300))
                else:
                    b = rng.randint(2, hi)
            elif op == "-":
                hi = min(999, cur - 2)
                if hi < 2:
                    break
                r = rng.random()
                if r < 0.45:
                    b = rng.randint(2, min(hi, 40))
                else:
                    b = rng.randint(2, hi)
            elif op == "*":
                fs = [f for f in (2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 12) if cur * f <= 9999]
                b = rng.choice(fs)
            else:
                b = rng.choice(divs)
            chg.append((op, b))
            cur = _apply(cur, op, b)
        if len(chg) != nchg:
            continue
        return start, factors, chg
    raise RuntimeError("chain")


# --------------------------------------------------------------------------- error injection
def _swap_digits(n, rng):
    s = str(n)
    idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
    if not idx:
        return None
    i = rng.choice(idx)
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if t[0] == "0":
        return None
    return int(t)


def _digit_nudge(n, rng):
    s = str(n)
    i = rng.randrange(len(s))
    d = int(s[i])
    nd = d + rng.choice([-1, 1])
    if nd < 0 or nd > 9 or (i == 0 and nd == 0 and len(s) > 1):
        return None
    return int(s[:i] + str(nd) + s[i + 1:])


def _no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    carry = 0
    cols = []
    for i in range(max(len(sa), len(sb))):
        x = int(sa[i]) if i < len(sa) else 0
        y = int(sb[i]) if i < len(sb) else 0
        cols.append((x, y))
    # drop exactly one carry (the first one that happens)
    dropped = False
    for x, y in cols:
        t = x + y + carry
        carry = t // 10
        if carry and not dropped:
            dropped = True
            carry = 0
        out.append(t % 10)
    if carry:
        out.append(carry)
    if not dropped:
        return None
    return int("".join(str(d) for d in out[::-1]))


def _borrow_slip(a, b):
    """Smaller-from-larger in one column (classic subtraction slip)."""
    sa, sb = str(a)[::-1], str(b)[::-1]
    for i in range(len(sb)):
        x, y = int(sa[i]), int(sb[i])
        if x < y:
            # forget to borrow: result is too big by 10^(i+1) minus ... approximate as +10^(i+1)
            return a - b + 10 ** (i + 1)
    return None


def _mul_carry_slip(a, b):
    if b >= 10:
        return None
    sa = str(a)[::-1]
    out = []
    carry = 0
    dropped = False
    for ch in sa:
        t = int(ch) * b + carry
        carry = t // 10
        if carry and not dropped:
            dropped = True
            carry = 0
        out.append(t % 10)
    while carry:
        out.append(carry % 10)
        carry //= 10
    if not dropped:
        return None
    return int("".join(str(d) for d in out[::-1]))


def _arith_slips(a, op, b, r, rng):
    c = []
    special = None
    if op == "+":
        special = _no_carry_add(a, b)
    elif op == "-":
        special = _borrow_slip(a, b)
    elif op == "*":
        special = _mul_carry_slip(a, b)
    if special is not None and special != r and rng.random() < 0.5:
        c.append(special)
    for d in (1, -1, 10, -10):
        c.append(r + d)
    if r >= 100:
        c.append(r + rng.choice([100, -100]))
    sw = _swap_digits(r, rng)
    if sw is not None:
        c.append(sw)
        c.append(sw)
    dn = _digit_nudge(r, rng)
    if dn is not None:
        c.append(dn)
    if special is not None:
        c.append(special)
    out = [x for x in c if x is not None and x != r and 0 <= x <= 9999]
    rng.shuffle(out)
    return out


def _misreads(n, rng):
    c = [n + 1, n - 1, n + 10, n - 10]
    sw = _swap_digits(n, rng)
    if sw is not None:
        c += [sw, sw]
    dn = _digit_nudge(n, rng)
    if dn is not None:
        c.append(dn)
    return [x for x in c if x is not None and x >= 2 and x != n]


def _continue(written_prev, eqs, k):
    """From step k+1 on, recompute correctly from written_prev. Return list of (a,op,b,c) or None."""
    out = []
    cur = written_prev
    for (a0, op, b) in eqs[k + 1:]:
        c = _apply(cur, op, b)
        if not _ok(c):
            return None
        out.append((cur, op, b, c))
        cur = c
    return out


# --------------------------------------------------------------------------- generator core
class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.seed = seed

    # ---- actor / story context
    def _setting(self):
        rng = self.rng
        key = rng.choice(list(S))
        st = S[key]
        return key, st

    def build(self, idx):
        rng = self.rng
        for _attempt in range(60):
            rec = self._build_once(idx)
            if rec is not None:
                return rec
        raise RuntimeError("could not build")

    def _build_once(self, idx):
        rng = self.rng
        skey, st = self._setting()
        item, kind = rng.choice(st["items"])
        if kind == "p" and not st["pplaces"]:
            return None
        nchg = rng.choices([1, 2, 3, 4, 5], [14, 24, 26, 20, 16])[0]
        start, factors, chg = _make_chain(rng, nchg, kind == "p", kind)
        true_vals = [start]
        for op, b in chg:
            true_vals.append(_apply(true_vals[-1], op, b))
        if any(not _ok(v) for v in true_vals):
            return None
        # ---- story (problem text)
        prob = self._problem(st, skey, item, kind, start, factors, chg)
        if prob is None:
            return None
        text, info = prob
        if len(text.split()) > 90:
            return None
        # ---- equation plan
        eqs = []
        if factors:
            eqs.append((factors[0], "*", factors[1]))
        cur = start
        for op, b in chg:
            eqs.append((cur, op, b))
            cur = _apply(cur, op, b)
        true_final = cur
        # ---- choose error
        r = rng.random()
        if r < 0.445:
            ekind = "none"
        else:
            ekind = rng.choice(["arithmetic", "operand", "operation", "answer"])
        written = None
        k = -1
        stated = true_final
        if ekind in ("arithmetic", "operand", "operation"):
            n = len(eqs)
            cats = ["first"]
            if n >= 3:
                cats.append("middle")
            if n >= 2:
                cats.append("last")
            cat = rng.choice(cats)
            if cat == "first":
                k = 0
            elif cat == "last":
                k = n - 1
            else:
                k = rng.randint(1, n - 2)
            order = [k] + rng.sample(range(n), n)
            for k in order:
                written = self._inject(eqs, k, ekind, factors, start, chg, info)
                if written is not None:
                    break
            if written is None:
                return None
            stated = written[-1][3]
        else:
            written = []
            cur = None
            for i, (a, op, b) in enumerate(eqs):
                c = _apply(a, op, b)
                written.append((a, op, b, c))
            if ekind == "answer":
                stated = self._wrong_answer(written, start, true_final)
                if stated is None:
                    return None
                k = len(eqs)
            else:
                stated = written[-1][3]
        steps = self._steps(st, item, kind, written, factors, chg, info, stated)
        label = k if ekind != "none" else -1
        rec = {"id": "gen-f-%d-%05d" % (self.seed, idx), "problem": text, "steps": steps, "label": label,
               "final_answer_correct": stated == true_final, "error_kind": ekind}
        meta = {"start": start, "factors": factors, "changes": chg, "operand_texts": info["optexts"],
                "true_final": true_final}
        return rec, meta

    # ---- errors
    def _problem_numbers(self, start, factors, chg):
        nums = []
        if factors:
            nums += list(factors)
        else:
            nums.append(start)
        nums += [b for _, b in chg]
        return nums

    def _inject(self, eqs, k, ekind, factors, start, chg, info):
        rng = self.rng
        written = []
        for i in range(k):
            a, op, b = eqs[i]
            written.append((a, op, b, _apply(a, op, b)))
        a, op, b = eqs[k]
        r = _apply(a, op, b)
        cands = []
        if ekind == "arithmetic":
            for c in _arith_slips(a, op, b, r, rng):
                cands.append((a, op, b, c))
        elif ekind == "operand":
            nums = self._problem_numbers(start, factors, chg)
            is_prod = factors is not None and k == 0
            bside = []
            others = [x for x in nums if x != b and x != a]
            rng.shuffle(others)
            for x in others[:3]:
                bside.append((a, op, x))
            for x in _misreads(b, rng)[:4]:
                bside.append((a, op, x))
            aside = []
            if is_prod:
                for x in _misreads(a, rng)[:4]:
                    aside.append((x, op, b))
            elif k == 0:
                for x in _misreads(a, rng)[:4]:
                    aside.append((x, op, b))
            else:
                if k >= 2:
                    prev2 = written[k - 2][3]
                elif factors and k == 1:
                    prev2 = factors[1]  # copied the per-container figure instead of the product
                else:
                    prev2 = start
                if prev2 is not None and prev2 != a:
                    aside.append((prev2, op, b))
                for x in _misreads(a, rng)[:4]:
                    aside.append((x, op, b))
            rng.shuffle(bside)
            rng.shuffle(aside)
            pool = (bside + aside) if rng.random() < 0.6 else (aside + bside)
            for (x, o, y) in pool:
                c = _apply(x, o, y)
                if _ok(c) and c != r:
                    cands.append((x, o, y, c))
        else:  # operation
            alts = {"+": ["-", "-", "*"], "-": ["+"], "*": ["+", "+", "/"], "/": ["*", "-", "-"]}[op]
            rng.shuffle(alts)
            for o in alts:
                if o == "*" and b > 12:
                    continue
                c = _apply(a, o, b)
                if _ok(c) and c != r:
                    cands.append((a, o, b, c))
        for cand in cands:
            rest = _continue(cand[3], eqs, k)
            if rest is None:
                continue
            return written + [cand] + rest
        return None

    def _wrong_answer(self, written, start, true_final):
        rng = self.rng
        c = written[-1][3]
        opts = [c + 1, c - 1, c + 10, c - 10]
        sw = _swap_digits(c, rng)
        if sw is not None:
            opts += [sw, sw]
        if len(written) >= 2:
            opts += [written[-2][3]] * 2
        opts.append(written[-1][2])  # copied the last operand
        opts = [x for x in opts if x is not None and x >= 0 and x != c and x != true_final]
        if not opts:
            return None
        return rng.choice(opts)

    # ---- problem text
    def _problem(self, st, skey, item, kind, start, factors, chg):
        rng = self.rng
        T = rng.choices(["past", "present", "perfect", "future"], [45, 22, 15, 18])[0]
        start_t = "past" if T == "past" else "present"
        q_t = {"past": "past", "present": "present", "perfect": "present", "future": "future"}[T]
        people = kind == "p"
        # actor
        actor = None
        if not people and rng.random() < 0.85:
            if rng.random() < 0.55:
                r = rng.random()
                if r < 0.12:
                    nm, g = rng.choice(TITLED)
                elif r < 0.56:
                    nm, g = rng.choice(NAMES_F), "f"
                else:
                    nm, g = rng.choice(NAMES_M), "m"
                actor = {"noun": nm, "g": g, "plural": False, "person": True}
            else:
                nm, pl = rng.choice(st["coll"])
                g = "they" if pl else rng.choice(["it", "it", "they"])
                actor = {"noun": nm, "g": g, "plural": pl, "person": False}
        if people:
            place = rng.choice(st["pplaces"])
        else:
            place = rng.choice(st["places"])
        if actor is None and not people:
            # passive story needs verbs usable without an actor
            pass
        ctx = {"items": item, "place": place, "them": "them"}
        if actor:
            pr, poss, refl, ppl = _pron(actor["g"])
            ctx.update(poss=poss, refl=refl)
        else:
            ctx.update(poss="the", refl="themselves")
        optexts = []
        sentences = []
        # ---- start sentence
        if factors:
            fa, fb = factors
            A = _numtext(rng, fa)
            B = _numtext(rng, fb, allow_dozen=False)
            optexts += [A, B]
            cont = rng.choice(st["cont"])
            c2 = dict(ctx, A=A, B=B, cont=cont)
            if actor:
                c2["Sn"] = actor["noun"]
                opts = [
                    "{Sn} {v:have/had/had} {A} {cont} with {B} {items} in each.",
                    "{Sn} {v:take/took/taken} delivery of {A} {cont}, each holding {B} {items}.",
                    "{Sn} {v:set/set/set} out {A} {cont} of {B} {items} " + place + ".",
                    "{Sn} {v:start/started/started} with {A} {cont}, and each of them {v1:hold/held/held} {B} {items}.",
                    "Each of the {A} {cont} belonging to {Sn} {v1:hold/held/held} {B} {items}.",
                ]
                t = rng.choice(opts)
                s0 = render(t, c2, start_t, actor["plural"])
            else:
                opts = [
                    "{A} {cont} of {B} {items} {p:stack/stacked/stacked} {place}.",
                    "There {be} {A} {cont} {place}, and each {v1:hold/held/held} {B} {items}.",
                    "Each of the {A} {cont} {place} {v1:contain/contained/contained} {B} {items}.",
                ]
                s0 = render(rng.choice(opts), c2, start_t, True)
        else:
            N = _numtext(rng, start) if start <= 99 else str(start)
            optexts.append(N)
            c2 = dict(ctx, N=N)
            if actor:
                c2["Sn"] = actor["noun"]
                role = ""
                if actor["person"] and rng.random() < 0.35:
                    role = ", " + render(rng.choice(st["roles"]), c2, start_t, False) + ","
                c2["Sn_r"] = actor["noun"] + role
                opts = [
                    "{Sn_r} {v:have/had/had} {N} {items} " + place + ".",
                    "{Sn_r} {v:have/had/had} {N} {items}.",
                    "{Sn_r} {v:start/started/started} the day with {N} {items}.",
                    "{Sn_r} {v:keep/kept/kept} {N} {items} " + place + ".",
                    "At the start of the week, {Sn} {v:have/had/had} {N} {items}.",
                    "{Sn_r} {v:begin/began/begun} with a stock of {N} {items}.",
                ]
                if T in ("past",):
                    opts.append("When the day began, {Sn} had {N} {items} " + place + ".")
                s0 = render(rng.choice(opts), c2, start_t, actor["plural"])
            else:
                opts = [
                    "There {be} {N} {items} {place}.",
                    "{N} {items} {p:line up/lined up/lined up} {place}.",
                    cap(place) + ", there {be} {N} {items}.",
                    "At first there {be} {N} {items} {place}.",
                ]
                if not people:
                    opts.append("{N} {items} {p:store/stored/stored} {place}.")
                s0 = render(rng.choice(opts), c2, start_t, True)
        sentences.append(cap(s0))
        # ---- change clauses
        self._evts = []
        clauses = []
        each_final = False
        for i, (op, b) in enumerate(chg):
            et = T if T != "future" else rng.choice(["future", "goingto"])
            last = i == len(chg) - 1
            cl = self._change_clause(st, ctx, actor, kind, op, b, et, last, optexts)
            if cl is None:
                return None
            subj, rest, is_each = cl
            if is_each:
                each_final = True
            clauses.append((subj, rest))
        # group clauses into sentences, optional fronted time phrase / distractors
        times = [t for t in st["times"] if T == "past" or _tense_free(t)]
        rng.shuffle(times)
        i = 0
        ndis = rng.choices([0, 1, 2], [40, 45, 15])[0]
        dis_pool = st["dis"] + GEN_DIS
        dis = rng.sample(dis_pool, ndis)
        dis_pos = sorted(rng.sample(range(0, len(clauses) + 1), min(ndis, len(clauses) + 1)))
        body = []
        while i < len(clauses):
            subj, rest = clauses[i]
            first = (subj + " " + rest) if subj else rest
            if i + 1 < len(clauses) and rng.random() < 0.35:
                subj2, rest2 = clauses[i + 1]
                if subj2 and subj == subj2 and rng.random() < 0.6:
                    second = rest2
                    joiner = rng.choice([" and ", " and then ", ", then "])
                else:
                    second = (subj2 + " " + rest2) if subj2 else rest2
                    joiner = rng.choice([", and then ", "; after that, ", ", and later ", ", but then ", " and "])
                sent = first + joiner + second
                i += 2
            else:
                sent = first
                i += 1
            if times and rng.random() < 0.3:
                sent = times.pop() + ", " + sent
            body.append(cap(sent) + ".")
        # insert distractors
        for j, d in zip(reversed(dis_pos), dis):
            body.insert(min(j, len(body)), d)
        # pronoun after start: handled in clauses
        # ---- question
        q = self._question(st, ctx, actor, item, kind, place, q_t, each_final, info_each=ctx.get("each"))
        story = " ".join(sentences + body).replace("the a dozen", "the dozen")
        if rng.random() < 0.22 and q[1]:
            text = q[0] + " " + story
        else:
            text = story + " " + q[0]
        return text, {"optexts": optexts, "actor": actor, "T": T, "ctx": ctx, "each": each_final,
                      "evts": self._evts}

    def _subject(self, actor):
        rng = self.rng
        if rng.random() < 0.55:
            pr, poss, refl, ppl = _pron(actor["g"])
            return pr, ppl
        return actor["noun"], actor["plural"]

    _VCACHE = {}

    def _verbs(self, st, key, kind, flag):
        ck = (id(st), key, kind, flag)
        got = Gen._VCACHE.get(ck)
        if got is None:
            got = Gen._VCACHE[ck] = self._verbs_raw(st, key, kind, flag)
        return got

    def _verbs_raw(self, st, key, kind, flag):
        base = {"add_tr": ADD_TR, "sub_tr": SUB_TR}.get(key)
        if base is not None:
            pool = [(sp, kd, fl) for sp, kd, fl in base + st.get(key, []) if kind in kd and flag in fl]
        else:
            base = {"add_in": ADD_IN, "sub_in": SUB_IN}[key]
            pool = [(sp, kd, "") for sp, kd in base + st.get(key, []) if kind in kd]
        return pool

    def _change_clause(self, st, ctx, actor, kind, op, b, tense, last, optexts):
        rng = self.rng
        c = dict(ctx)
        if op in "+-":
            N = _numtext(rng, b)
            fam = "add" if op == "+" else "sub"
            forms = []
            if actor:
                forms += ["act"] * 5
            forms += ["pas"] * 2 + ["int"] * 2
            for _ in range(10):
                f = rng.choice(forms)
                if f == "act":
                    pool = self._verbs(st, fam + "_tr", kind, "a")
                elif f == "pas":
                    pool = self._verbs(st, fam + "_tr", kind, "p")
                else:
                    pool = self._verbs(st, fam + "_in", kind, "")
                if pool:
                    break
            else:
                return None
            spec, _kd, flags = rng.choice(pool)
            self._evts.append((spec, f, flags))
            c["N"] = N
            if N == "a dozen":
                add_np = ["a dozen more {items}", "another dozen {items}", "a dozen {items}", "a further dozen {items}"]
                sub_np = ["a dozen {items}", "a dozen of them", "a dozen of the {items}"]
            else:
                add_np = ["{N} more {items}", "another {N} {items}", "{N} {items}", "{N} more", "a further {N} {items}"]
                sub_np = ["{N} {items}", "{N} of them", "{N} of the {items}", "{N} {items}"]
                if f == "act":
                    sub_np.append("{N} of {poss} {items}")
            np = render(rng.choice(add_np if op == "+" else sub_np), c, tense, True)
            if f == "act":
                subj, spl = self._subject(actor)
                rest = vp(spec, tense, spl) + " " + np
                optexts.append(N)
                return subj, rest, False
            if f == "pas":
                rest = np + " " + passive(spec, tense, True)
                if actor and rng.random() < 0.15:
                    rest += " by " + actor["noun"]
                optexts.append(N)
                return None, rest, False
            rest = np + " " + vp(spec, tense, True)
            optexts.append(N)
            return None, rest, False
        # multiply / divide
        people = kind == "p"
        self._evts.append(None)
        if op == "/" and last and rng.random() < 0.3:
            tpl = [t for t in DIV_EACH_T if actor or "{S}" not in t]
            t = rng.choice(tpl)
            N = _numtext(rng, b)
            R, r = rng.choice(st["recips"])
            if people:
                R, r = rng.choice([("carriages", "carriage"), ("groups", "group"), ("rows", "row"), ("minibuses", "minibus")])
            c.update(N=N, R=R, r=r)
            ctx["each"] = (R, r)
            optexts.append(N)
            return self._render_clause(t, c, actor, tense) + (True,)
        T_ = MUL_T if op == "*" else DIV_T
        fixed = [x for x in T_ if x[1] == b and (actor or "{S}" not in x[0]) and (x[2] or not people)
                 and (actor or "{poss}" not in x[0] and "{refl}" not in x[0])]
        gen = [x for x in T_ if x[1] is None and (actor or "{S}" not in x[0]) and (x[2] or not people)
               and (actor or "{poss}" not in x[0] and "{refl}" not in x[0])]
        if fixed and rng.random() < 0.6:
            t = rng.choice(fixed)[0]
            N = {2: "two", 3: "three", 4: "four"}[b]  # implicit: twice / half / third / quarter
            word = {("*", 2): "double", ("*", 3): "triple", ("/", 2): "half", ("/", 3): "third", ("/", 4): "quarter"}
            optexts.append("@" + word[(op, b)])
        else:
            if not gen:
                return None
            t = rng.choice(gen)[0]
            N = _numtext(rng, b, allow_dozen=False)
            optexts.append(N)
        R, r = rng.choice(st["recips"])
        c.update(N=N, Nfold=fold_word(b) if not N.isdigit() else "%d-fold" % b, R=R, r=r)
        if "{Nfold}" in t and "@" not in optexts[-1]:
            optexts[-1] = "@fold%d" % b
        return self._render_clause(t, c, actor, tense) + (False,)

    def _render_clause(self, t, c, actor, tense):
        if t.startswith("{S} "):
            subj, spl = self._subject(actor)
            return subj, render(t[4:], c, tense, spl)
        if "{S}" in t:
            subj, spl = self._subject(actor)
            c = dict(c, S=subj)
            return None, render(t, c, tense, spl)
        return None, render(t, c, tense, True)

    def _question(self, st, ctx, actor, item, kind, place, qt, each_final, info_each=None):
        rng = self.rng
        if each_final:
            R, r = ctx["each"]
            do = {"past": "did", "present": "does", "future": "will"}[qt]
            got = {"past": "got", "present": "gets", "future": "will get"}[qt]
            opts = [("How many {items} %s each %s get?" % (do, r), True),
                    ("How many {items} go to each %s?" % r if qt == "present" else
                     "How many {items} %s to each %s?" % ({"past": "went", "future": "will go"}[qt], r), True),
                    ("Work out how many each %s %s." % (r, got), True)]
            q, front = rng.choice(opts)
            return cap(render(q, ctx, qt, True)), front
        end = {"past": ["at the end", "in the end", "by the end of the day", "by then", "after all that"],
               "present": ["now", "at the end", "after all that", "in the end"],
               "future": ["at the end", "by the end of the day", "after all that", "once it is all done"]}[qt]
        e = rng.choice(end)
        if actor:
            Sq = actor["noun"]
            pl = actor["plural"]
            do = {"past": "did", "present": "do" if pl else "does", "future": "will"}[qt]
            have_full = {"past": "had", "present": "have" if pl else "has", "future": "will have"}[qt]
            opts = [("How many {items} %s %s have %s?" % (do, Sq, e), True),
                    ("How many {items} %s %s end up with?" % (do, Sq), True),
                    ("Work out how many {items} %s %s left." % (Sq, have_full), True),
                    ("How many %s %s still have?" % (do, Sq), False),
                    ("How many {items} %s left %s?" % (be(qt, True), e), False),
                    ("What is the final number of {items}?", True),
                    ("Can you work out how many {items} %s %s %s?" % (Sq, have_full, e), True),
                    ("How many does that leave %s with?" % ("them" if _pron(actor["g"])[3] else
                                                          {"f": "her", "m": "him", "it": "it"}[actor["g"]]), False)]
            if qt == "present":
                opts.append(("How many {items} %s %s got now?" % ("have" if pl else "has", Sq), True))
            if qt == "future":
                opts.append(("How many {items} is %s going to have %s?" % (Sq, e) if not pl else
                             "How many {items} are %s going to have %s?" % (Sq, e), True))
        else:
            remain = {"past": "remained", "present": "remain", "future": "will remain"}[qt]
            opts = [("How many {items} %s {place} %s?" % (be(qt, True), e), True),
                    ("How many %s left?" % be(qt, True), False),
                    ("How many {items} %s?" % remain, True),
                    ("Find the number of {items} {place} %s." % e, True),
                    ("What's the final count of {items} {place}?", True),
                    ("How many %s?" % remain, False)]
        q, front = rng.choice(opts)
        if e in ("by then", "after all that"):
            front = False
        return cap(render(q, ctx, qt, True)), front

    # ---- steps
    def _steps(self, st, item, kind, written, factors, chg, info, stated):
        rng = self.rng
        style = rng.choices(["plain", "ordinal", "numbered", "step", "then"], [35, 15, 15, 10, 25])[0]
        uni = rng.random() < 0.45
        mixed = rng.random() < 0.1
        tight = rng.random() < 0.08
        past = info["T"] == "past"
        steps = []
        n = len(written)
        for i, (a, op, b, c) in enumerate(written):
            u = uni if not mixed else rng.random() < 0.5
            sym = {"+": "+", "-": "−" if u else "-", "*": "×" if u else "*", "/": "÷" if u else "/"}[op]
            eq = ("%d%s%d=%d" if tight else "%d %s %d = %d") % (a, sym, b, c)
            is_prod = factors is not None and i == 0
            if is_prod:
                body = self._prod_step(eq, a, b, c, item)
                chg_op = "*"
            else:
                ci = i - (1 if factors else 0)
                chg_op = chg[ci][0]
                body = self._chg_step(eq, op, chg_op, a, b, c, item, past, kind, info["evts"][ci])
            # connector
            if style == "plain":
                s = cap(body)
            elif style == "ordinal" and n > 1:
                if body.startswith("so "):
                    body = body[3:]
                ords = ["Firstly, ", "Secondly, ", "Thirdly, ", "Next, ", "Then ", "After that, "]
                con = "Finally, " if (i == n - 1 and n > 1) else ords[min(i, len(ords) - 1)]
                s = con + body
            elif style == "ordinal":
                s = cap(body)
            elif style == "numbered":
                s = "%d) %s" % (i + 1, cap(body))
            elif style == "step":
                s = "Step %d: %s" % (i + 1, cap(body))
            else:
                con = "" if i == 0 else rng.choice(["Then ", "Next, ", "After that, ", "Now ", "", "Following that, "])
                if con and body.startswith("so "):
                    body = body[3:]
                s = con + body if con else cap(body)
            steps.append(s)
        steps.append(self._answer_step(info, item, stated))
        return steps

    def _prod_step(self, eq, a, b, c, item):
        rng = self.rng
        t = rng.choice([
            "%d lots of %d gives %s %s to start with." % (a, b, eq, item),
            "the starting amount is %s." % eq,
            "there are %s %s at the start." % (eq, item),
            "multiply to find the starting number: %s." % eq,
            "%s %s in total to begin with." % (eq, item),
            "with %d in each of the %d, that is %s." % (b, a, eq),
            "we start by working out %s." % eq,
            "at the beginning the count is %s." % eq,
        ])
        return t

    def _evt(self, chg_op, b, past, ev):
        rng = self.rng
        were = "were" if past else "are"
        if ev is not None and chg_op in "+-" and rng.random() < 0.7:
            spec, form, flags = ev
            more = "more " if chg_op == "+" else ""
            if form == "int":
                return "%d %s%s" % (b, more, vp(spec, "past" if past else "present", True))
            if "p" in flags:
                return "%d %s%s %s" % (b, more, were, inflect(spec)[3])
        if chg_op == "+":
            return rng.choice(["%d more %s added" % (b, were), "%d more came in" % b if past else "%d more come in" % b,
                               "another %d %s brought in" % (b, were), "%d extra arrived" % b if past else "%d extra arrive" % b])
        if chg_op == "-":
            return rng.choice(["%d %s taken away" % (b, were), "%d went" % b if past else "%d go" % b,
                               "%d %s removed" % (b, were), "%d %s gone" % (b, "had" if past else "have")])
        return None

    def _chg_step(self, eq, op, chg_op, a, b, c, item, past, kind, ev):
        rng = self.rng
        evt = self._evt(chg_op, b, past, ev)
        neutral = ["%s." % eq, "%s %s." % (eq, item), "that gives %s." % eq, "now we have %s." % eq,
                   "we get %s." % eq, "this makes %s." % eq, "the running total is %s." % eq,
                   "the count is now %s." % eq, "so it becomes %s %s." % (eq, item),
                   "working it through, %s." % eq]
        if evt:
            neutral += ["%s, so %s." % (evt, eq), "%s: %s." % (evt, eq), "since %s, %s." % (evt, eq)]
        spec = {
            "+": ["adding the %d new ones gives %s." % (b, eq), "we add %d to %d: %s." % (b, a, eq),
                  "%d more on top makes %s." % (b, eq), "add %d: %s." % (b, eq),
                  "putting in %d more, the total is %s." % (b, eq), "the extra %d bring it to %s." % (b, eq),
                  "plus %d gives %s %s." % (b, eq, item)],
            "-": ["we take %d away: %s." % (b, eq), "subtracting %d leaves %s." % (b, eq),
                  "take away %d: %s." % (b, eq), "removing %d leaves %s %s." % (b, eq, item),
                  "we subtract %d from %d, which is %s." % (b, a, eq), "that leaves %s." % eq,
                  "%d fewer means %s." % (b, eq)],
            "*": ["multiplying by %d gives %s." % (b, eq), "%d times as many is %s." % (b, eq),
                  "the amount grows by a factor of %d: %s." % (b, eq), "multiply %d by %d: %s." % (a, b, eq),
                  "it becomes %d times bigger, so %s." % (b, eq)],
            "/": ["dividing by %d gives %s." % (b, eq), "one share is %s." % eq,
                  "split %d ways, that is %s." % (b, eq), "%d divided by %d is %s." % (a, b, eq),
                  "sharing equally among %d gives %s each." % (b, eq)],
        }[op]
        if op == "*" and b == 2:
            spec += ["doubling gives %s." % eq, "twice as many: %s." % eq]
        if op == "*" and b == 3:
            spec += ["tripling gives %s." % eq]
        if op == "/" and b == 2:
            spec += ["halving gives %s." % eq, "half of %d is %s." % (a, eq)]
        if op == "/" and b == 3:
            spec += ["a third of %d is %s." % (a, eq)]
        if evt and op in "+-":
            verb = "add" if op == "+" else "take"
            tail = "" if op == "+" else " away"
            spec.append("since %s, we %s %d%s: %s." % (evt, verb, b, tail, eq))
        pool = spec + neutral if rng.random() < 0.6 else neutral + spec
        return rng.choice(pool[: max(4, len(pool) // 2)] if rng.random() < 0.5 else pool)

    def _answer_step(self, info, item, v):
        rng = self.rng
        T = info["T"]
        actor = info["actor"]
        it = item if v != 1 else None
        opts = ["Answer: %d" % v, "#### %d" % v, "The answer is %d." % v, "Final answer: %d" % v,
                "So the answer is %d." % v, "%d is the answer." % v, "The final count is %d." % v,
                "Therefore the answer is %d." % v, "So, %d." % v]
        if info.get("each"):
            R, r = info["ctx"]["each"]
            opts += ["So each %s gets %d." % (r, v), "That is %d per %s." % (v, r)]
            if it:
                opts += ["Each %s gets %d %s." % (r, v, it)]
            return rng.choice(opts)
        if it:
            opts += ["That leaves %d %s." % (v, it), "The answer is %d %s." % (v, it),
                     "In the end there are %d %s." % (v, it), "We finish with %d %s." % (v, it),
                     "%d %s remain." % (v, it), "Final answer: %d %s" % (v, it)]
            if actor:
                noun = actor["noun"]
                pl = actor["plural"]
                have = {"past": "had", "present": "have" if pl else "has", "perfect": "have" if pl else "has",
                        "future": "will have"}[T]
                opts += ["So %s %s %d %s left." % (noun, have, v, it),
                         "%s %s %d %s in the end." % (cap(noun), have, v, it)]
                if T == "future":
                    opts += ["%s will have %d %s." % (cap(_pron(actor["g"])[0]), v, it)]
            else:
                there = {"past": "were", "present": "are", "perfect": "are", "future": "will be"}[T]
                opts += ["So there %s %d %s left." % (there, v, it)]
        return rng.choice(opts)


def _generate_full(seed, count):
    g = Gen(seed)
    out = []
    for i in range(count):
        out.append(g.build(i))
    return out


def generate(seed: int, count: int) -> list:
    return [r for r, _ in _generate_full(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
