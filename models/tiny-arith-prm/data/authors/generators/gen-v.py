#!/usr/bin/env python3
"""gen-v: tiny-arith PRM records in a transport-and-travel register.

Buses, trams, trains, ferries, lifts, car parks, airport shuttles, luggage holds,
buffet trolleys and ticket offices.  Problems are told as a driver's or dispatcher's
log, a commuter's diary, a station announcement or plain third-person narration;
solutions read like a dispatcher's running count.

Standard library only.  generate(seed, count) -> list of records.
"""
import json
import os
import random
import re

# ---------------------------------------------------------------- numbers as words
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen", "twenty"]
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}


def num_word(n):
    if 0 <= n <= 20:
        return _ONES[n]
    if 20 < n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] if o == 0 else _TENS[t] + "-" + _ONES[o]
    return None


# ---------------------------------------------------------------- conjugation
_PAST = {
    "get": "got", "take": "took", "let": "let", "leave": "left", "come": "came",
    "drive": "drove", "bring": "brought", "find": "found", "put": "put", "set": "set",
    "see": "saw", "say": "said", "sell": "sold", "give": "gave", "go": "went",
    "hold": "held", "make": "made", "keep": "kept", "throw": "threw", "send": "sent",
    "run": "ran", "stand": "stood", "begin": "began", "fly": "flew", "lose": "lost",
    "hop": "hopped", "pop": "popped", "drop": "dropped", "step": "stepped", "stop": "stopped",
    "tap": "tapped", "slip": "slipped", "grow": "grew", "fall": "fell",
    "shrink": "shrank", "split": "split", "cut": "cut", "buy": "bought", "pay": "paid",
    "ring": "rang", "shed": "shed", "strike": "struck", "write": "wrote", "sit": "sat",
    "swing": "swung", "speed": "sped", "fit": "fitted", "marshal": "marshalled",
    "admit": "admitted", "top": "topped", "scan": "scanned", "cancel": "cancelled",
    "scrap": "scrapped", "log": "logged", "wake": "woke", "shut": "shut", "read": "read",
    "become": "became", "swell": "swelled", "jog": "jogged", "trot": "trotted",
    "empty": "emptied", "carry": "carried", "hurry": "hurried", "ferry": "ferried",
    "spend": "spent", "spread": "spread", "mean": "meant", "hang": "hung", "sweep": "swept", "feel": "felt",
}


def _third(v):
    if v == "have":
        return "has"
    if v in ("go", "do"):
        return v + "es"
    if v.endswith(("s", "sh", "ch", "x", "z")):
        return v + "es"
    if v.endswith("y") and v[-2:-1] not in "aeiou":
        return v[:-1] + "ies"
    return v + "s"


def _past(v):
    if v in _PAST:
        return _PAST[v]
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and v[-2:-1] not in "aeiou":
        return v[:-1] + "ied"
    return v + "ed"


def conj(verb, person, tense):
    if verb == "be":
        if tense == "present":
            return {"1s": "am", "3s": "is"}.get(person, "are")
        return "were" if person == "pl" else "was"
    if verb == "have":
        if tense == "present":
            return "has" if person == "3s" else "have"
        return "had"
    if verb == "do":
        if tense == "present":
            return "does" if person == "3s" else "do"
        return "did"
    if tense == "present":
        return _third(verb) if person == "3s" else verb
    return _past(verb)


_SLOT = re.compile(r"\{(\w+)\}")
_ALT = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")
_VERB = re.compile(r"<(\w+)(?::(\w+))?>")


def fill(t, slots, tense, person="pl"):
    """Fill {slot}s, then {present|past} alternations, then <verb> / <verb:person> tokens."""
    t = _SLOT.sub(lambda m: slots[m.group(1)], t)
    t = _ALT.sub(lambda m: m.group(1) if tense == "present" else m.group(2), t)
    t = _VERB.sub(lambda m: conj(m.group(1), m.group(2) or person, tense), t)
    return t


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def tidy(s):
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r" ([,.;:?!])", r"\1", s)
    s = re.sub(r",([,.])", r"\1", s)
    return s


# ---------------------------------------------------------------- people and places
SHE_NAMES = """Amara Beatriz Chiara Dagny Esperanza Farida Gwen Hana Ingrid Jolene Kalinda Leonie
Mireille Nadia Oksana Pilar Rosalind Saoirse Tamsin Ulla Valentina Wanjiru Ximena Yetunde Zofia
Agnieszka Bronwen Cosima Delphine Eleni Fenella Giulia Hyacinth Imogen Jacinta Keziah Lucinda
Marisol Noor Odette Perpetua Ramona Sunniva Thandiwe Umaima Verity Winifred Yasmin Zainab Aurelie
Blessing Clodagh Dilnoza Efua Freya Greta Honor Iolanthe Juniper Kamala Lorna Maeve Nkechi Ottilie
Philippa Rukmini Sigrid Tallulah Ursula Vesna Wilhelmina Xiu Yolanda Zuleika Anouk Bettina
Constance Dorota Elspeth Fatou Georgina Hortense Isadora Jadwiga Kerensa Lakshmi Magdalena Nerys
Oonagh Petra Rhiannon Svetlana Uzma Viveka Wren Yara Zora Marguerite Ayesha Bernadette Celestine
Dymphna Fionnuala Gulnara Henrietta""".split()

HE_NAMES = """Abebe Bartholomew Cormac Dariusz Emeka Florian Gustavo Hamish Ignatius Jovan Kwame
Lorcan Matthias Nikolai Obafemi Pascal Radomir Sanjay Thaddeus Ulrich Vikram Wendell Xavier Yusuf
Zbigniew Alasdair Bogdan Casimir Desmond Eamon Fergus Gideon Horatio Idris Jasper Kazuo Leopold
Mordecai Nuno Oisin Percival Rafferty Seamus Tobias Umberto Valentin Wystan Yannick Zeke Anselm
Barnaby Cyprian Dmitri Ezekiel Fitzroy Gulliver Hector Ivo Jethro Kofi Lysander Montgomery Nnamdi
Octavian Piers Quentin Rashid Sebastian Tariq Uriah Vasco Wilfred Yevgeny Zoltan Ambrose Benedikt
Crispin Diarmuid Evander Faisal Godfrey Henrik Ieuan Jules Kenji Lachlan Malachy Niall Osvaldo
Padraig Reuben Stellan Tancredi Ulysses Viggo Wojciech Yorick Zachariah Alonzo Bram Caspian
Dashiell Elio""".split()

SURNAMES = """Okafor Pryce Haldane Vasquez Lindqvist Mbeki Thorne Castellano Abernethy Nakamura
Oyelaran Fairweather Kowalczyk Brannigan Delacroix Mwangi Sorensen Quigley Achterberg Penhaligon
Rautio Szabo Tremayne Ferreira Aldous Blackwood Chaudhry Dunleavy Eriksen Galbraith""".split()

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

STREETS = ["Tannery Lane", "Quarry Road", "Gasworks Corner", "the Old Mint", "the Fishmarket",
           "Cathedral Close", "Hospital Gates", "Brewery Yard", "Kiln Street", "Cooper's Row",
           "Wharf Road", "Nettle Hill", "Sandpit Lane", "Foundry Square", "Lamplighter Way",
           "Tollgate", "the Ropewalk", "Saltings Road", "the Drovers Arms", "Beacon Rise",
           "Orchard Parade", "Heron Bridge", "Weavers Green", "Chandlers Walk", "Mill Race",
           "Magpie Lane", "Tinker's Cross", "Ironmonger Row", "Candle Street", "the Clocktower",
           "Windmill Hill", "Marsh End", "Coldharbour", "Bellfounders Yard", "Thistle Avenue",
           "Sorrel Way", "Pennywell", "the Glassworks", "Skinners Lane", "the Fairground",
           "Lighthouse Road", "Abbey Mead", "the Cattle Market", "Crown Parade", "Button Street",
           "Goose Green", "Pike Lane", "Hatters Row", "Salt Lane", "Rook Street"]
STATIONS = ["Ashcombe", "Brindlemoor", "Carrowford", "Dunmere", "Eastwick Halt",
            "Fallowfield Junction", "Greyhaven", "Holloway Cross", "Inchbrook", "Juniper Vale",
            "Lowmoor", "Marrowbridge", "Netherby", "Oakhurst Parkway", "Pendle Sidings", "Quillan",
            "Rookwood", "Saltmarsh Quay", "Thornbury Central", "Upperdale", "Vexford",
            "Wetherden", "Yarrowby", "Kestrel Road", "Elderbank", "Hollins Wood", "Gorsey Bank",
            "Whitlow Junction"]
PIERS = ["North Pier", "Kelp Harbour", "Gull Island", "Lantern Quay", "Smugglers Cove",
         "the Eastern Jetty", "Cockle Point", "Seal Rock", "Anchor Steps", "Driftwood Bay",
         "the Old Slipway", "Puffin Landing", "Oyster Creek", "Brackwater", "Limpet Quay",
         "the Custom House"]
AIRPORT = ["Arrivals", "Departures", "the long-stay car park", "the rental-car centre",
           "the Skyline Hotel", "the Meridian Inn", "the staff car park", "the cargo gate",
           "the railway link", "the Runway View Hotel", "the crew hotel", "the business park"]
MOUNTAIN = ["the valley station", "the mid-station", "the summit", "the glacier stop",
            "Edelweiss Halt", "the tree line", "Marmot Ridge", "the ski school", "the old hut",
            "Eagle Rock", "the Snowfield Cafe", "Larch Hollow"]
TOWNS = ["Bramblecombe", "Stow Parva", "Kirkwhistle", "Amberleigh", "Coldwater Abbey",
         "Pennington Magna", "Felwick", "Harrowdene", "Little Sedge", "Marlow Heath",
         "Tillingford", "Wrenbury", "Ousebridge", "Cragside Castle", "the Lakeside Hotel",
         "the Pottery Museum"]
ROOMS = ["the lobby", "the mezzanine", "the rooftop bar", "the basement", "the food court",
         "reception", "the gym", "the staff canteen"]
ROOM_PREP = {"the lobby": "in", "the basement": "in", "the gym": "in", "the staff canteen": "in",
             "the mezzanine": "on", "reception": "at", "the rooftop bar": "at", "the food court": "at"}
# ordered roughly through a day, so that sampled events stay in order
EVENTS = ["during the school run", "in the morning rush", "mid-morning", "just before noon",
          "at lunchtime", "in the early afternoon", "once the rain {starts|started}",
          "after the match", "around teatime", "in the evening rush", "towards dusk",
          "after the concert", "late in the evening"]

# ---------------------------------------------------------------- scenarios
# cat: ride (people riding something), room (people in a lift/lounge), veh (vehicles parked),
#      lug (luggage / parcels), stk (stock sold from a trolley/kiosk), tal (a tally of sales)
SCENARIOS = [
    dict(key="bus", cat="ride", pools=["streets"], start=(6, 80),
         ctr=["the bus", "the double-decker", "the single-decker", "the route {route} bus",
              "the number {route} bus", "the park-and-ride bus"],
         items=["passengers", "commuters", "shoppers", "pensioners", "students", "nurses",
                "office workers", "tourists", "riders", "market traders", "builders", "cleaners",
                "hospital visitors", "football fans", "art students", "dog walkers"],
         role="driver", on=["on board", "aboard", "{in_ctr}"],
         subs=[("buses", "bus"), ("minibuses", "minibus")], conv=True),
    dict(key="nightbus", cat="ride", pools=["streets"], start=(6, 70),
         ctr=["the night bus", "the last bus", "the route {route} night bus"],
         items=["revellers", "clubbers", "night-shift workers", "bar staff", "theatre-goers",
                "cinema-goers", "partygoers", "security guards", "bakers", "hospital porters",
                "kitchen porters", "taxi drivers"],
         role="driver", on=["on board", "aboard", "{in_ctr}"],
         subs=[("buses", "bus")], conv=False),
    dict(key="schoolbus", cat="ride", pools=["streets"], start=(8, 60),
         ctr=["the school bus", "the yellow bus", "the school coach"],
         items=["pupils", "children", "kids", "teenagers", "sixth-formers", "choristers",
                "cub scouts", "first-years"],
         role="driver", on=["on board", "{in_ctr}"],
         subs=[("minibuses", "minibus"), ("coaches", "coach")], conv=False),
    dict(key="tram", cat="ride", pools=["streets"], start=(10, 150),
         ctr=["the tram", "the route {route} tram", "the crosstown tram"],
         items=["passengers", "commuters", "concert-goers", "museum visitors", "shoppers",
                "schoolteachers", "lawyers", "cyclists"],
         role="driver", on=["on board", "{in_ctr}"],
         subs=[("trams", "tram")], conv=False),
    dict(key="train", cat="ride", pools=["stations"], start=(30, 900),
         ctr=["the train", "the {time} to {dest}", "the stopping service", "the express",
              "the sleeper", "the branch-line train"],
         items=["commuters", "passengers", "travellers", "season-ticket holders", "day-trippers",
                "backpackers", "rail enthusiasts", "soldiers on leave", "walkers", "hen-party guests"],
         units=["carriages", "coaches", "compartments"], feeders=["connecting buses", "coaches"], role="conductor", on=["on board", "{in_ctr}", "aboard"],
         subs=[("carriages", "carriage"), ("trains", "train")], conv=True),
    dict(key="ferry", cat="ride", pools=["piers"], start=(20, 600),
         ctr=["the ferry", "the island ferry", "the Morning Star", "the Grey Heron",
              "the water taxi", "the harbour launch"],
         items=["foot passengers", "islanders", "holidaymakers", "birdwatchers", "anglers",
                "pilgrims", "divers", "campers", "surfers", "kayakers", "fishermen", "lifeguards"],
         units=["rows", "cabins", "benches"], feeders=["coaches", "minibuses"], role="skipper", on=["on board", "aboard", "on deck"],
         subs=[("boats", "boat"), ("launches", "launch")], conv=True),
    dict(key="shuttle", cat="ride", pools=["airport", "terminals"], start=(4, 60),
         ctr=["the airport shuttle", "the courtesy bus", "the hotel shuttle", "the parking shuttle"],
         items=["travellers", "holidaymakers", "business travellers", "flight attendants",
                "pilots", "honeymooners", "conference delegates", "exchange students"],
         role="driver", on=["on board", "aboard", "{in_ctr}"],
         subs=[("shuttles", "shuttle"), ("vans", "van")], conv=True),
    dict(key="coach", cat="ride", pools=["towns"], start=(10, 70),
         ctr=["the coach", "the tour coach", "the charter coach", "the open-top bus"],
         items=["tourists", "choir members", "wedding guests", "hikers", "rugby supporters",
                "brass-band players", "garden-club members", "retired teachers", "sightseers"],
         role="driver", on=["on board", "aboard", "{in_ctr}"],
         subs=[("coaches", "coach"), ("minibuses", "minibus")], conv=True),
    dict(key="cablecar", cat="ride", pools=["mountain"], start=(4, 80),
         ctr=["the cable car", "the gondola", "the funicular", "the mountain railway"],
         items=["skiers", "snowboarders", "climbers", "paragliders", "mountain bikers",
                "ski instructors", "day visitors"],
         units=["cabins"], role="operator", on=["on board", "inside", "aboard"],
         subs=[("cabins", "cabin"), ("cars", "car")], conv=False),
    dict(key="lift", cat="room", pools=["floors"], start=(3, 24), nomul=True, noprod=True, maxadd=14,
         ctr=["the lift", "the service lift", "the glass lift", "the hotel lift", "the big lift"],
         items=["people", "office workers", "hotel guests", "visitors", "delivery drivers",
                "patients", "interns", "accountants", "porters"],
         role="attendant", on=["{in_ctr}", "inside"], origin_fb=["the ground floor", "street level"], dest_fb=["the top floor", "the roof"],
         subs=[("lifts", "lift")], conv=False),
    dict(key="lounge", cat="room", pools=["times"], start=(10, 400),
         ctr=["the departure lounge", "the waiting room", "the gate area", "the ferry terminal"],
         items=["travellers", "passengers", "families", "transit passengers", "stranded passengers",
                "school groups", "retirees"],
         role="gate agent", on=["inside", "{in_ctr}"], origin_fb=["opening time", "the start of the day"],
         subs=[("gates", "gate"), ("rooms", "room")], conv=False),
    dict(key="carpark", cat="veh", pools=["times", "events"], start=(20, 900),
         ctr=["the car park", "the multi-storey", "the station car park", "the long-stay car park",
              "the supermarket car park", "the overflow car park"],
         items=["cars", "vans", "hatchbacks", "estate cars", "hire cars", "electric cars",
                "motorbikes", "camper vans", "people carriers", "saloons", "convertibles",
                "pickup trucks"],
         role="attendant", on=["{in_ctr}", "in the bays", "on site"],
         subs=[("levels", "level"), ("zones", "zone")], conv=False),
    dict(key="cardeck", cat="veh", pools=["piers"], start=(10, 300),
         ctr=["the car deck", "the ferry's vehicle deck", "the lower deck", "the car train"],
         items=["cars", "vans", "lorries", "caravans", "motorhomes", "trailers", "horseboxes",
                "tractors", "cattle trucks", "flatbeds", "tankers"],
         verbs={"+": ["{q} <be> driven aboard", "{q} <roll> up the ramp", "{q} <be> loaded",
                      "{q} <rumble> aboard", "{q} <be> waved aboard", "{q} <drive> on",
                      "{q} <queue> up and <drive> aboard", "{q} <edge> on in low gear",
                      "{S} <load> {q}", "{S} <marshal> {q} aboard", "{S} <wave> {q} aboard",
                      "{S} <squeeze> on {q}"],
                "-": ["{q} <drive> off", "{q} <roll> off", "{q} <rumble> down the ramp",
                      "{q} <be> unloaded", "{q} <disembark>", "{q} <leave> the ship",
                      "{S} <unload> {q}", "{S} <wave> off {q}", "{S} <release> {q}"]},
         role="deckhand", on=["{in_ctr}", "aboard", "on board"],
         subs=[("decks", "deck"), ("lanes", "lane")], conv=True),
    dict(key="taxirank", cat="veh", pools=["times", "events"], start=(4, 60),
         ctr=["the taxi rank", "the cab rank", "the rank outside the station"],
         items=["taxis", "cabs", "minicabs", "black cabs", "rickshaws", "tuk-tuks"],
         role="marshal", on=["{in_ctr}", "in the queue"],
         subs=[("ranks", "rank")], conv=False),
    dict(key="carousel", cat="lug", pools=["times"], start=(10, 400),
         ctr=["the carousel", "belt {belt}", "the baggage belt", "the oversize belt"],
         items=["suitcases", "holdalls", "rucksacks", "ski bags", "golf bags", "pushchairs",
                "car seats", "guitar cases", "cardboard boxes", "duffel bags", "hard-shell cases",
                "travel cots", "surfboard bags"],
         role="baggage handler", on=["{in_ctr}"],
         subs=[("belts", "belt"), ("carts", "cart")], conv=False,
         verbs={"+": ["{q} <come> down the chute", "{q} <tumble> onto the belt", "{q} <appear>",
                      "{q} <be> added", "{q} <arrive>", "{q} <pop> out of the flaps",
                      "{S} <load> {q} onto the belt", "{S} <send> up {q}"],
                "-": ["{q} <be> collected", "{q} <be> claimed", "{q} <be> grabbed by their owners",
                      "{q} <be> lifted off", "{q} <be> picked up", "{q} <be> wheeled away",
                      "{S} <lift> off {q}", "{S} <take> off {q}"]}),
    dict(key="hold", cat="lug", pools=["towns"], start=(10, 200),
         ctr=["the luggage hold", "the hold", "the boot", "the roof rack", "the luggage van"],
         items=["suitcases", "cases", "bags", "trunks", "backpacks", "bicycles", "wheelchairs",
                "prams", "cool boxes", "tool chests", "kit bags", "tents", "sleeping bags"],
         role="driver", on=["{in_ctr}", "on board"],
         subs=[("vans", "van"), ("trolleys", "trolley")], conv=False),
    dict(key="lostprop", cat="lug", pools=["events"], start=(10, 500),
         ctr=["the lost-property office", "the left-luggage office", "lost property"],
         items=["umbrellas", "phones", "gloves", "hats", "paperbacks", "wallets", "water bottles",
                "laptops", "scarves", "sunglasses", "teddy bears", "walking sticks", "lunch boxes",
                "headphones", "passports", "sets of keys"],
         role="clerk", on=["on the shelves", "{in_ctr}", "in storage"],
         subs=[("shelves", "shelf"), ("boxes", "box")], conv=False,
         verbs={"+": ["{q} <be> handed in", "{q} <turn> up", "{q} <be> found on trains",
                      "{q} <be> brought in by the cleaners", "{q} <be> left behind on buses and <end> up there",
                      "{S} <log> {q}", "{S} <take> in {q}", "{S} <receive> {q}"],
                "-": ["{q} <be> claimed", "{q} <be> collected", "{q} <be> handed back",
                      "{q} <be> reunited with their owners", "{q} <be> sent to the charity shop",
                      "{S} <return> {q}", "{S} <hand> back {q}", "{S} <donate> {q}"]}),
    dict(key="freight", cat="lug", pools=["stations", "piers"], start=(20, 900),
         ctr=["the freight wagon", "the cargo hold", "the goods van", "the mail train"],
         items=["pallets", "crates", "containers", "mail sacks", "parcels", "drums", "barrels",
                "sacks of flour", "bales of wool", "crates of apples", "boxes of fish",
                "cases of wine", "coils of rope"],
         role="loader", on=["{in_ctr}", "on board"],
         subs=[("wagons", "wagon"), ("lorries", "lorry")], conv=False),
    dict(key="trolley", cat="stk", pools=["stations"], start=(20, 300),
         ctr=["the trolley", "the buffet car", "the refreshment trolley", "the snack cart"],
         items=["sandwiches", "coffees", "teas", "muffins", "flapjacks", "bottles of water",
                "cans of lemonade", "packets of crisps", "chocolate bars", "pasties", "croissants",
                "bananas", "apples", "cheese rolls", "cartons of juice", "toasties", "bacon rolls",
                "hot chocolates", "porridge pots", "packets of biscuits"],
         role="trolley attendant", on=["{in_ctr}", "in stock"],
         subs=[("trolleys", "trolley"), ("carriages", "carriage")], conv=False),
    dict(key="kiosk", cat="stk", pools=["events"], start=(20, 600),
         ctr=["the kiosk", "the information desk", "the station shop", "the ferry shop"],
         items=["maps", "timetables", "leaflets", "luggage tags", "lanyards", "souvenir badges",
                "postcards", "travel pillows", "eye masks", "earplugs", "keyrings", "guidebooks",
                "phone chargers", "rain ponchos", "tote bags", "fridge magnets", "snow globes"],
         role="clerk", on=["{in_ctr}", "in stock", "on the shelves"],
         subs=[("kiosks", "kiosk"), ("desks", "desk")], conv=False),
    dict(key="bikedock", cat="stk", pools=["times", "events"], start=(8, 120),
         ctr=["the bike-share dock", "the docking station", "the hire rack"],
         items=["bikes", "e-bikes", "cargo bikes", "scooters", "tandems", "hire bikes"],
         role="bike mechanic", on=["{in_ctr}", "docked"],
         subs=[("docks", "dock")], conv=False,
         verbs={"+": ["{q} <be> docked", "{q} <be> returned", "{q} <be> brought back",
                      "{q} <roll> in", "{q} <be> ridden back and locked in",
                      "{S} <return> {q} from the workshop", "{S} <drop> off {q} from the van"],
                "-": ["{q} <be> hired out", "{q} <be> taken out", "{q} <be> unlocked and ridden away",
                      "{q} <be> rented", "{q} <vanish> into the traffic",
                      "{S} <remove> {q} for repairs", "{S} <load> {q} onto the van"]}),
    dict(key="tickets", cat="tal", pools=["times", "events"], start=(20, 999),
         ctr=["the ticket office", "the booking hall", "the ferry office", "the ticket window"],
         items=["tickets", "day passes", "returns", "singles", "season tickets", "family tickets",
                "seat reservations", "platform tickets", "railcards", "travelcards",
                "boarding passes", "weekly passes", "rover tickets", "group tickets",
                "sleeper berths", "cabin bookings"],
         role="clerk", on=["on the tally", "on the sheet", "in the sales book"],
         subs=[("windows", "window")], conv=False),
]

PREP_OVERRIDE = {"the roof rack": "on", "the carousel": "on", "belt {belt}": "on", "the baggage belt": "on",
                 "the oversize belt": "on", "the trolley": "on", "the refreshment trolley": "on",
                 "the snack cart": "on", "the information desk": "at", "the kiosk": "at",
                 "the ticket window": "at", "the taxi rank": "on", "the cab rank": "on",
                 "the rank outside the station": "on", "the car deck": "on",
                 "the ferry's vehicle deck": "on", "the lower deck": "on", "the car train": "on",
                 "the bike-share dock": "at", "the docking station": "at", "the buffet car": "in",
                 "the ticket office": "at", "the booking hall": "at", "the ferry office": "at"}
WORK = {"lift": ["at the hotel", "in an office block", "at the hospital"],
        "lounge": ["at the airport", "at the ferry terminal", "at the station"],
        "carpark": ["at {ctr}", "at the retail park"], "cardeck": ["on the ferry", "on the car train"],
        "taxirank": ["at the station", "at the airport"], "carousel": ["at the airport", "in baggage reclaim"],
        "hold": ["on the tour coach", "with a coach firm"], "lostprop": ["at the station", "at {ctr}"],
        "freight": ["at the goods yard", "on the docks"], "trolley": ["on the railway", "in {ctr}"],
        "kiosk": ["at the station", "at {ctr}"], "bikedock": ["for the bike-share scheme"],
        "tickets": ["at the station", "at {ctr}"]}

# conversions: a "each of them carries k ..." multiply that changes what is counted
CONVERT = {
    "ride": dict(cat="lug", items=["suitcases", "bags", "rucksacks", "holdalls", "cases",
                                   "backpacks"], on=["in the hold", "on the racks", "on board"]),
    "veh": dict(cat="ride", items=["people", "passengers", "occupants", "travellers"],
                on=["on board", "aboard"]),
}
CONVERT_T = [
    "each of them <have:3s> {k} {new} with them",
    "every one of them <carry:3s> {k} {new}",
    "they <have:pl> {k} {new} each",
    "each one <bring:3s> {k} {new} along",
    "they all <carry:pl> {k} {new} apiece",
    "each of those {items} <hold:3s> {k} {new}",
]

# ---------------------------------------------------------------- change clauses
# "{q}" = quantity as subject (plural), "{S}" = agent subject (conjugated by its person)
ADD = {
    "ride": ["{q} <get> on", "{q} <climb> aboard", "{q} <hop> on", "{q} <pile> on",
             "{q} <squeeze> on", "{q} <step> aboard", "{q} <come> aboard", "{q} <file> on",
             "{q} <crowd> on", "{q} <jump> on", "{q} <board>", "{q} <join> the ride",
             "{q} <be> picked up", "{q} <clamber> aboard", "{q} <push> their way on",
             "{q} <troop> on", "{q} <scramble> aboard", "{q} <tap> their cards and <get> on",
             "{q} <show> their tickets and <board>", "{q} <stream> in", "{q} <join> us",
             "{q} <be> waiting and <climb> in",
             "{S} <pick> up {q}", "{S} <take> on {q}", "{S} <let> {q} on", "{S} <wave> {q} aboard",
             "{S} <collect> {q}", "{S} <squeeze> in {q}", "{S} <welcome> {q} aboard",
             "{S} <stop> for {q}", "{S} <find> room for {q}", "{S} <scoop> up {q}",
             "{S} <gain> {q}"],
    "room": ["{q} <step> in", "{q} <squeeze> in", "{q} <get> in", "{q} <crowd> in",
             "{q} <pile> in", "{q} <walk> in", "{q} <shuffle> in", "{q} <come> in",
             "{q} <hurry> in", "{q} <wander> in", "{q} <file> in", "{q} <arrive>",
             "{q} <turn> up", "{q} <join> the crowd",
             "{S} <let> in {q}", "{S} <hold> the door for {q}", "{S} <make> room for {q}",
             "{S} <usher> in {q}", "{S} <welcome> {q}"],
    "veh": ["{q} <drive> in", "{q} <pull> in", "{q} <roll> in", "{q} <arrive>",
            "{q} <nose> in through the barrier", "{q} <come> up the ramp", "{q} <park> up",
            "{q} <be> waved in", "{q} <queue> in", "{q} <squeeze> into the last spaces",
            "{q} <turn> in off the main road", "{q} <be> parked", "{q} <trundle> in",
            "{q} <take> a ticket and <drive> in", "{q} <reverse> into spaces", "{q} <swing> in",
            "{S} <wave> in {q}", "{S} <direct> {q} into spaces", "{S} <let> in {q}",
            "{S} <fit> in {q}", "{S} <admit> {q}", "{S} <find> spaces for {q}"],
    "lug": ["{q} <be> loaded", "{q} <be> checked in", "{q} <be> stowed", "{q} <be> handed in",
            "{q} <come> down the chute", "{q} <arrive>", "{q} <be> added", "{q} <be> thrown in",
            "{q} <be> wheeled in", "{q} <be> heaved aboard", "{q} <turn> up",
            "{q} <tumble> out onto the pile", "{q} <be> squeezed in",
            "{S} <load> {q}", "{S} <stow> {q}", "{S} <check> in {q}", "{S} <stack> {q}",
            "{S} <heave> {q} aboard", "{S} <wheel> in {q}", "{S} <take> in {q}",
            "{S} <accept> {q}", "{S} <pack> in {q}", "{S} <log> {q}"],
    "stk": ["{q} <be> delivered", "{q} <arrive>", "{q} <be> brought up from the store",
            "{q} <be> added", "{q} <come> in on the supply van", "{q} <be> returned",
            "{q} <turn> up from the depot",
            "{S} <restock> with {q}", "{S} <top> up with {q}", "{S} <receive> {q}",
            "{S} <bring> in {q}", "{S} <fetch> {q} from the stores", "{S} <unpack> {q}",
            "{S} <order> in {q}", "{S} <buy> in {q}"],
    "tal": ["{q} <be> sold", "{q} <go> through the till", "{q} <be> scanned", "{q} <be> issued",
            "{q} <be> booked online", "{q} <be> bought at the machine", "{q} <be> printed",
            "{q} <be> added to the tally",
            "{S} <sell> {q}", "{S} <issue> {q}", "{S} <book> {q}", "{S} <scan> {q}",
            "{S} <punch> {q}", "{S} <print> {q}", "{S} <ring> up {q}"],
}
SUB = {
    "ride": ["{q} <get> off", "{q} <step> off", "{q} <alight>", "{q} <hop> off", "{q} <pile> off",
             "{q} <climb> down", "{q} <file> off", "{q} <disembark>", "{q} <jump> off",
             "{q} <leave>", "{q} <be> dropped off", "{q} <stream> off", "{q} <troop> off",
             "{q} <get> out", "{q} <head> for the exit", "{q} <change> to another line",
             "{q} <ring> the bell and <get> off", "{q} <wander> off", "{q} <hurry> off",
             "{q} <make> their way off", "{q} <step> down", "{q} <be> set down", "{q} <bail> out",
             "{q} <leave> us", "{q} <say> goodbye and <get> off",
             "{S} <drop> off {q}", "{S} <let> {q} off", "{S} <set> down {q}", "{S} <put> {q} off",
             "{S} <wave> off {q}", "{S} <see> off {q}", "{S} <lose> {q}", "{S} <say> goodbye to {q}",
             "{S} <shed> {q}"],
    "room": ["{q} <step> out", "{q} <get> out", "{q} <leave>", "{q} <walk> out",
             "{q} <squeeze> out", "{q} <file> out", "{q} <hurry> out", "{q} <head> off",
             "{q} <slip> out", "{q} <wander> off", "{q} <be> called away",
             "{S} <let> out {q}", "{S} <usher> out {q}", "{S} <see> out {q}", "{S} <send> away {q}"],
    "veh": ["{q} <drive> out", "{q} <pull> out", "{q} <leave>", "{q} <roll> off",
            "{q} <be> towed away", "{q} <exit>", "{q} <head> home", "{q} <pay> and <go>",
            "{q} <clear> the barrier", "{q} <drive> off", "{q} <be> collected by their owners",
            "{q} <peel> off", "{q} <filter> out onto the main road", "{q} <rumble> down the ramp",
            "{q} <speed> off", "{q} <depart>",
            "{S} <wave> out {q}", "{S} <tow> away {q}", "{S} <release> {q}", "{S} <let> {q} out",
            "{S} <send> off {q}", "{S} <clear> {q}", "{S} <clamp> and <tow> away {q}"],
    "lug": ["{q} <be> collected", "{q} <be> claimed", "{q} <be> picked up", "{q} <be> unloaded",
            "{q} <be> taken off", "{q} <go> missing", "{q} <be> sent on", "{q} <be> lifted down",
            "{q} <be> handed back", "{q} <be> carried off", "{q} <be> wheeled away",
            "{q} <be> fetched", "{q} <disappear>", "{q} <be> hauled off",
            "{S} <unload> {q}", "{S} <hand> back {q}", "{S} <offload> {q}", "{S} <return> {q}",
            "{S} <lift> down {q}", "{S} <haul> out {q}", "{S} <release> {q}",
            "{S} <send> {q} on to the depot", "{S} <reunite> {q} with their owners"],
    "stk": ["{q} <be> sold", "{q} <be> snapped up", "{q} <be> handed out", "{q} <go>",
            "{q} <be> given away", "{q} <be> used up", "{q} <fly> off the shelf", "{q} <be> bought",
            "{q} <be> thrown out", "{q} <be> taken",
            "{S} <sell> {q}", "{S} <hand> out {q}", "{S} <give> away {q}", "{S} <use> up {q}",
            "{S} <get> rid of {q}", "{S} <throw> out {q}", "{S} <shift> {q}", "{S} <part> with {q}",
            "{S} <serve> {q}"],
    "tal": ["{q} <be> refunded", "{q} <be> cancelled", "{q} <be> voided", "{q} <be> returned",
            "{q} <be> handed back for a refund", "{q} <be> struck off as duplicates",
            "{q} <turn> out to be mistakes and <be> removed",
            "{S} <refund> {q}", "{S} <cancel> {q}", "{S} <void> {q}", "{S} <strike> off {q}",
            "{S} <take> back {q}", "{S} <scrap> {q}", "{S} <write> off {q}"],
}

# multiply: (template, k or None, surface-marker or None); None k = any k, surface is {k}
MUL = [
    ("the number of {items} {on} <double:3s>", 2, "double"),
    ("the {items} <double:pl> in number", 2, "double"),
    ("numbers <double:pl>", 2, "double"),
    ("there <be:pl> twice as many {items} as before", 2, "twice"),
    ("the count <double:3s>", 2, "double"),
    ("the load <double:3s>", 2, "double"),
    ("{S} <end> up with double the {items}", 2, "double"),
    ("the total <double:3s> in one go", 2, "double"),
    ("the number of {items} <triple:3s>", 3, "triple"),
    ("the {items} <triple:pl> in number", 3, "triple"),
    ("the total <triple:3s>", 3, "triple"),
    ("{S} <end> up with triple the {items}", 3, "triple"),
    ("there <be:pl> {k} times as many {items} {on} as before", None, None),
    ("the number of {items} <become:3s> {k} times larger", None, None),
    ("the count <grow:3s> to {k} times its old size", None, None),
    ("the tally <be:3s> multiplied by {k}", None, None),
    ("the load <swell:3s> to {k} times what it <be:3s>", None, None),
    ("{S} <end> up with {k} times as many {items}", None, None),
    ("the headcount <jump:3s> to {k} times the previous figure", None, None),
    ("suddenly there <be:pl> {k} times the number of {items}", None, None),
    ("the figure <go:3s> up by a factor of {k}", None, None),
    ("the {items} <become:pl> {k} times as numerous", None, None),
]
# divide: (template, k, surface)
DIV = [
    ("half of them {sub_verb}", 2, "half"),
    ("half the {items} {sub_verb}", 2, "half"),
    ("only half of them <stay:pl> {on}", 2, "half"),
    ("the number of {items} <halve:3s>", 2, "halve"),
    ("the load <be:3s> cut in half", 2, "half"),
    ("numbers <drop:pl> by half", 2, "half"),
    ("{S} <lose> half of them", 2, "half"),
    ("the total <fall:3s> to half of what it <be:3s>", 2, "half"),
    ("only a third of them <stay:pl> {on}", 3, "a third"),
    ("a third of the {items} <remain:pl> and the rest <go:pl>", 3, "a third"),
    ("numbers <fall:pl> to a third", 3, "a third"),
    ("the count <shrink:3s> to a third of its size", 3, "a third"),
    ("the {items} <be:pl> split equally among {k} {subs}, and {ours} <be:3s> one of them", None, None),
    ("the {items} <be:pl> shared equally between {k} {subs}, and only one {sub} <stay:3s> with us", None, None),
    ("{S} <divide> them evenly into {k} groups and <keep> just one group", None, None),
    ("they <be:pl> sorted into {k} equal batches and only one batch <stay:3s> {on}", None, None),
    ("{S} <spread> them evenly across {k} {subs} and <keep> track of just one {sub}", None, None),
    ("the {items} <be:pl> divided equally into {k} lots, and we <follow:pl> one lot", None, None),
]
# half/third of a tally: only these make sense there
DIV_TAL = [
    ("half of those {items} {sub_verb}", 2, "half"),
    ("the tally <be:3s> cut in half after an audit", 2, "half"),
    ("only a third of the sales <survive:pl> the audit", 3, "a third"),
]

# ---------------------------------------------------------------- start sentences
START = {
    "ride": ["{Ctr} <leave:3s> {origin} with {n} {items} {on}.",
             "There <be:pl> {n} {items} {on} when {ctr} <pull:3s> out of {origin}.",
             "{S} <start> the run from {origin} with {n} {items} {on}.",
             "{n} {items} <be:pl> already {on} at {origin}.",
             "{S} <count> {n} {items} {on} as {ctr} <leave:3s> {origin}.",
             "{Ctr} <be:3s> carrying {n} {items} out of {origin}.",
             "At {origin}, {ctr} <have:3s> {n} {items} {on}.",
             "{n} {items} <board:pl> {ctr} at {origin}, the first stop.",
             "{Origin}, first stop: {n} {items} {on}.",
             "Leaving {origin}, {ctr} <hold:3s> {n} {items}.",
             "{S} <pull> away from {origin} carrying {n} {items}."],
    "room": ["{n} {items} <be:pl> {in_ctr} at {origin}.",
             "There <be:pl> {n} {items} {in_ctr} to begin with.",
             "At {origin}, {ctr} <hold:3s> {n} {items}.",
             "{S} <count> {n} {items} {in_ctr}.",
             "{Ctr} <start:3s> off with {n} {items} inside."],
    "veh": ["{Ctr} <have:3s> {n} {items} in it at opening time.",
            "{S} <count> {n} {items} {in_ctr}.",
            "There <be:pl> {n} {items} parked {in_ctr} first thing.",
            "{n} {items} <sit:pl> {in_ctr} at the start of the shift.",
            "{Ctr} <start:3s> the day with {n} {items}.",
            "At the start of {S_poss} shift, {ctr} <hold:3s> {n} {items}."],
    "lug": ["{n} {items} <be:pl> {on}.",
            "{S} <start> with {n} {items} {on}.",
            "There <be:pl> {n} {items} {in_ctr} to begin with.",
            "{Ctr} <hold:3s> {n} {items}.",
            "{S} <count> {n} {items} {on}."],
    "stk": ["{S} <have> {n} {items} {on}.",
            "{Ctr} <carry:3s> {n} {items} at the start of the day.",
            "There <be:pl> {n} {items} {on}.",
            "{S} <set> off with {n} {items}.",
            "{S} <begin> the shift with {n} {items} {on}."],
    "tal": ["By {time}, {S} <have> sold {n} {items}.",
            "The sales sheet <show:3s> {n} {items} sold so far.",
            "{S} <start> the afternoon with {n} {items} already sold.",
            "{n} {items} {have|had} been sold by {time}.",
            "The tally at {ctr} <stand:3s> at {n} {items}."],
}
START_PROD = {
    "ride": ["{Ctr} <have:3s> {a} rows of {b} seats, and every seat <be:3s> taken at {origin}.",
             "At {origin}, {a} groups of {b} {items} <board:pl> {ctr}.",
             "{a} {feeders} <empty:pl> into {ctr} at {origin}, {b} {items} from each.",
             "{Ctr} <start:3s> out full: {a} {unit} with {b} {items} in every one.",
             "{S} <count> {a} {unit} with {b} {items} in each.",
             "{a} tour parties of {b} {items} <climb:pl> aboard {ctr} at {origin}."],
    "room": ["{a} groups of {b} {items} <crowd:pl> into {ctr} at {origin}.",
             "{Ctr} <have:3s> {a} rows of {b} chairs, and all of them <be:pl> taken by {items}.",
             "{S} <count> {a} queues of {b} {items} {in_ctr}."],
    "veh": ["{Ctr} <have:3s> {a} rows of {b} {items}, every space filled.",
            "{a} lanes of {b} {items} <wait:pl> {in_ctr}.",
            "{S} <count> {a} rows with {b} {items} in each row.",
            "Each of the {a} bays {in_ctr} <hold:3s> {b} {items}."],
    "lug": ["{a} trolleys <arrive:pl>, each stacked with {b} {items}.",
            "{Ctr} <hold:3s> {a} cages with {b} {items} in each.",
            "{S} <load> {a} racks of {b} {items} each.",
            "{a} rows of {b} {items} <line:pl> up {on}."],
    "stk": ["{S} <unpack> {a} boxes of {b} {items}.",
            "{Ctr} <hold:3s> {a} trays with {b} {items} on each.",
            "{a} crates of {b} {items} <sit:pl> {on}.",
            "{S} <have> {a} packs of {b} {items}."],
    "tal": ["{a} school groups <buy:pl> {b} {items} each.",
            "By {time}, {a} coach parties {have|had} each bought {b} {items}.",
            "{S} <sell> {a} books of {b} {items}."],
}

# ---------------------------------------------------------------- questions
Q = {
    "ride": ["How many {items} <be:pl> {on} {now|at the end}?",
             "How many {items} {are still|were still} {on} when {ctr} {reaches|reached} {dest}?",
             "How many {items} <be:pl> left {on}?",
             "What {is|was} the final headcount?",
             "With how many {items} {does|did} {ctr} pull into {dest}?",
             "How many {items} {does|did} {ctr} carry into {dest}?",
             "Everyone still aboard {gets|got} off at {dest}. How many {items} {is|was} that?",
             "How many {items} {does|did} the {role} count at {dest}?",
             "What number {goes|went} in the log at {dest}?"],
    "room": ["How many {items} <be:pl> {in_ctr} {now|at the end}?",
             "How many {items} {are|were} left {in_ctr}?",
],
    "veh": ["How many {items} <be:pl> {in_ctr} {now|at the end}?",
            "How many {items} {are|were} still {on}?",
            "How many {items} {remain|remained} {in_ctr}?",
            "At closing time, how many {items} {are|were} left?",
            "How many spaces {are|were} taken up by {items} at the end?"],
    "lug": ["How many {items} {are|were} {on} {now|at the end}?",
            "How many {items} {are|were} still {on}?",
            "How many {items} {remain|remained} {in_ctr}?",
            "How many {items} {does|did} the {role} have to deal with at the end?"],
    "stk": ["How many {items} {are|were} left {on}?",
            "How many {items} {are|were} there at closing time?",
            "How many {items} {remain|remained} {now|by the end}?"],
    "tal": ["How many {items} {have|had} been sold, once the refunds {are|were} taken off?",
            "What {is|was} the final number of {items} sold?",
            "How many {items} {does|did} the tally show at the end?",
            "What {does|did} the sales sheet say at closing?"],
    "any": ["How many {items} {are|were} there at the end?",
            "What {is|was} the final count of {items}?",
            "Work out how many {items} {are|were} {on} at the end.",
            "Find the final number of {items}.",
            "How many {items} {remain|remained}?",
            "After all that, how many {items} {are|were} there?",
            "So how many {items} {are|were} {on} in the end?",
            "How many {items} <be:pl> there {now|by then}?"],
}

# ---------------------------------------------------------------- fillers (no chain numbers)
FILLERS = [
    ("It {is|was} pouring with rain.", "any"),
    ("The heating {is|was} broken again.", "ride room"),
    ("Nobody {is|was} in much of a hurry.", "any"),
    ("The windows {are|were} steamed up.", "ride"),
    ("A spaniel {is|was} asleep under one of the seats.", "ride"),
    ("Roadworks {slow|slowed} everything down.", "bus nightbus schoolbus tram coach shuttle carpark taxirank"),
    ("The announcements {are|were} impossible to hear.", "ride room"),
    ("Someone {is|was} eating chips at the back.", "ride"),
    ("The sun {is|was} just coming up.", "any"),
    ("The ticket machine {is|was} out of order.", "any"),
    ("Fog {hangs|hung} low over the harbour.", "ferry cardeck freight"),
    ("The sea {is|was} choppy.", "ferry cardeck"),
    ("It {is|was} the last service of the night.", "ride"),
    ("Everyone {looks|looked} tired.", "any"),
    ("The Wi-Fi {is|was} down, as usual.", "any"),
    ("A busker {plays|played} near the doors.", "ride room"),
    ("The radio {crackles|crackled} with traffic news.", "any"),
    ("Nothing else {happens|happened} for a while.", "any"),
    ("The lights {flicker|flickered} in the tunnel.", "train tram"),
    ("Snow {is|was} piling up on the pistes.", "cablecar"),
    ("The barrier arm {sticks|stuck} twice.", "carpark"),
    ("A seagull {steals|stole} somebody's sandwich.", "ferry cardeck kiosk"),
    ("The queue {snakes|snaked} out of the door.", "tickets kiosk lounge"),
    ("The floor {is|was} wet from umbrellas.", "any"),
    ("A pigeon {walks|walked} in and out again.", "lounge kiosk tickets bikedock"),
    ("The {time} service {is|was} running late.", "any"),
    ("The board {shows|showed} platform {platform}.", "train trolley tickets"),
    ("Boarding {is|was} at gate {gate}.", "shuttle lounge carousel"),
    ("The depot {is|was} on route {route}.", "bus nightbus tram"),
    ("{S_cap} {is|was} parked in bay {bay}.", "carpark coach hold"),
    ("My seat {is|was} {seat}, by the window.", "train coach"),
    ("Flight {flight} {is|was} delayed.", "shuttle lounge carousel"),
    ("Bags from flight {flight} {come|came} out on belt {belt}.", "carousel"),
    ("The ferry {berths|berthed} at pier {pier}.", "ferry cardeck freight"),
    ("The clock over the door {reads|read} {time}.", "any"),
    ("The {time} departure {leaves|left} from stand {bay}.", "coach bus shuttle"),
    ("The lift {stops|stopped} at level {level} for no reason.", "lift carpark"),
]
VOICE_FILLERS = {
    "announce": ["Please mind the gap.", "Thank you for travelling with us.",
                 "Please keep your belongings with you.", "The next stop is request only."],
    "diary": ["Ugh.", "I {need|needed} coffee badly.",
              "My feet {are|were} killing me.", "Note to self: leave earlier."],
    "log": ["All quiet.", "Weather poor.", "No incidents.", "Running behind schedule."],
    "narr": [],
}
INTROS = {
    "announce": ["Good {evening|evening}, this is the {role} speaking.",
                 "Welcome aboard {ctr}.", "This is the {time} service to {dest}."],
    "diary": ["{Weekday}.", "{Weekday}, {time}.", "Dear diary, what a journey.",
              "{Weekday}. Same old commute."],
    "log": ["{Role_cap}'s log, {weekday}.", "Shift report, {weekday}.", "Log entry, {time}.",
            "Run sheet for {weekday}."],
    "narr": ["{Name} <work:3s> as {a_role} {work}.", "{Name} <be:3s> on the early shift.",
             "It <be:3s> {Name}'s first week as {a_role}.", "{Name} <keep:3s> a careful count."],
}

# ---------------------------------------------------------------- solution steps
STEP_PLACE = ["After {place}: {eq} {on}.", "{Place}: {eq}.", "At {place}, {eq}.",
              "Leaving {place}: {eq}.", "{Place} - {eq} {items}.", "After {place} the count is {eq}."]
STEP_GEN = ["{Desc}: {eq}.", "{Desc}, so {eq}.", "{eq} after {desc}.", "Now {eq} {items}.",
            "Running count: {eq}.", "That gives {eq}.", "Count becomes {eq}.", "{eq} {items} {on}.",
            "{eq}.", "Then {eq}.", "Next, {eq} {items}.", "{Instr} {eq}.", "We get {eq}.",
            "Update: {eq}.", "So far: {eq}.", "Tally: {eq} {items}."]
STEP_FIRST_PROD = ["Start: {eq} {items}.", "First multiply: {eq}.", "The starting load is {eq}.",
                   "Opening count: {eq} {items}.", "{eq} {items} to begin with.",
                   "Multiply to get the start: {eq}.", "Total at the start: {eq}.",
                   "Groups times size: {eq}.", "{eq} {items} at first."]
DESC = {
    "+": ["new arrivals", "the newcomers", "the extra {items}", "the additions", "the pick-up",
          "the new {items}", "the top-up", "the latest batch"],
    "-": ["the ones who left", "the departures", "the leavers", "the drop-off", "the {items} that went",
          "the losses", "the removals"],
    "*2": ["the doubling", "doubling"],
    "*3": ["tripling", "the tripling"],
    "*": ["scaling up", "the multiplication", "the jump"],
    "/2": ["halving", "the halving", "the split in half"],
    "/3": ["the cut to a third", "taking a third"],
    "/": ["the equal split", "sharing out", "the split"],
}
INSTR = {
    "+": ["Add them on:", "Add:", "Plus the newcomers:", "Add the new ones:"],
    "-": ["Take them away:", "Subtract:", "Minus the leavers:", "Take off those who left:"],
    "*2": ["Double it:", "Multiply:"], "*3": ["Triple it:", "Multiply:"],
    "*": ["Multiply:", "Scale up:"],
    "/2": ["Halve it:", "Divide:"], "/3": ["Divide:", "Split it:"],
    "/": ["Divide:", "Split it:", "Share out:"],
}
FINAL = ["#### {x}", "The answer is {x}.", "Answer: {x}", "So {x} {items} <be:pl> {on} at the end.",
         "Final count: {x} {items}.", "{x} {items} <remain:pl>.", "That leaves {x} {items} {on}.",
         "End of the line: {x} {items}.", "So the answer is {x} {items}.", "The log should read {x}.",
         "There <be:pl> {x} {items} {on} {now|at the end}.", "Total: {x}", "Therefore, {x}.",
         "{x} is the answer.", "Final answer: {x}", "{x} {items} in all.", "So, {x}.",
         "The final headcount is {x}.", "That makes {x} {items}.", "Result: {x} {items}."]
FINAL_PLAIN = ["#### {x}", "The answer is {x}.", "Answer: {x}", "Total: {x}", "Therefore, {x}.",
               "{x} is the answer.", "Final answer: {x}", "So, {x}.", "The log should read {x}."]

OPSYM = {
    "ascii": {"+": "+", "-": "-", "*": "*", "/": "/"},
    "uni": {"+": "+", "-": "\u2212", "*": "\u00d7", "/": "\u00f7"},
    "mixed": {"+": "+", "-": "-", "*": "\u00d7", "/": "\u00f7"},
}

ALT_ON = {"ride": "on board", "room": "inside", "veh": "there", "lug": "there", "stk": "in stock",
          "tal": "on the tally"}

POOL_PLACES = {"streets": STREETS, "stations": STATIONS, "piers": PIERS, "airport": AIRPORT,
               "mountain": MOUNTAIN, "towns": TOWNS}


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


# ---------------------------------------------------------------- chain
def gen_chain(rng, scen):
    n_changes = rng.randint(1, 5)
    lo, hi = scen["start"]
    product = None
    if rng.random() < 0.3 and not scen.get("noprod"):
        for _ in range(30):
            a = rng.randint(2, 24)
            b = rng.randint(2, 60)
            if 6 <= a * b <= max(3 * hi, 60):
                product = (a, b)
                break
    if product:
        start = product[0] * product[1]
    else:
        start = rng.randint(lo, hi)
        r = rng.random()
        if r < 0.35 and start > 10:
            m = rng.choice([2, 4, 6, 10, 12])
            start = max(m, start - start % m)
        if rng.random() < 0.02 and hi >= 600:
            start = 1000
    v = start
    changes = []
    for _ in range(n_changes):
        for _attempt in range(25):
            w = rng.random()
            if w < 0.36:
                op = "+"
            elif w < 0.72:
                op = "-"
            elif w < 0.86:
                op = "*"
            else:
                op = "/"
            if op == "+":
                capv = min(scen.get("maxadd", 999), 9999 - v)
                if capv < 2:
                    continue
                r = rng.random()
                if r < 0.5:
                    n = rng.randint(2, min(capv, 20))
                elif r < 0.9:
                    n = rng.randint(2, min(capv, max(20, v)))
                else:
                    n = rng.randint(2, capv)
            elif op == "-":
                if v < 4:
                    continue
                r = rng.random()
                top = min(999, v - 1)
                if r < 0.5:
                    n = rng.randint(2, min(top, 20))
                else:
                    n = rng.randint(2, max(2, min(top, v * 2 // 3)))
            elif op == "*":
                if scen.get("nomul") or v > 2000:
                    continue
                ks = [k for k in range(2, 10) if v * k <= 9999]
                if not ks:
                    continue
                pool = [k for k in ks if k <= 3] * 4 + ks
                n = rng.choice(pool)
            else:
                ks = [k for k in range(2, 11) if v % k == 0 and v // k >= 2]
                if scen["cat"] == "tal":
                    ks = [k for k in ks if k <= 3]
                if not ks:
                    continue
                pool = [k for k in ks if k <= 3] * 4 + ks
                n = rng.choice(pool)
            break
        else:
            return None
        nv = apply_op(v, op, n)
        if nv is None or not (1 <= nv <= 9999):
            return None
        changes.append((op, n))
        v = nv
    return dict(start=start, product=product, changes=changes)


def true_values(chain):
    vals = []
    v = chain["start"]
    for op, n in chain["changes"]:
        v = apply_op(v, op, n)
        vals.append(v)
    return vals


# ---------------------------------------------------------------- problem rendering
class Ctx:
    def __init__(self, rng, scen, voice, tense):
        self.rng = rng
        self.scen = scen
        self.voice = voice
        self.tense = tense
        self.surfaces = []          # how each chain number was written
        self.problem_numbers = set()  # numbers a solver could misread from the text
        if rng.random() < 0.5:
            self.name, self.pron = rng.choice(SHE_NAMES), "she"
        else:
            self.name, self.pron = rng.choice(HE_NAMES), "he"
        self.title = cap(scen["role"]) + " " + rng.choice(SURNAMES)
        self.s_used = 0
        h = rng.randint(5, 21)
        m = rng.randint(0, 59)
        self.clock = h * 60 + m
        self.clock0 = self.clock - rng.randint(5, 30)
        self.lab = {}
        self.cat = scen["cat"]
        self.items = rng.choice(scen["items"])
        self.on = rng.choice(scen["on"])
        self.converted = False
        self.conv_idx = None
        self.cur_index = None
        self.start_items = self.items
        self.start_on = self.on
        self.time0 = None

    # labels (distractor numbers)
    def label(self, kind):
        rng = self.rng
        if kind == "time0":
            if self.time0 is None:
                h, m = divmod(self.clock0 % (24 * 60), 60)
                self.time0 = ("%02d:%02d" if rng.random() < 0.5 else "%d:%02d") % (h, m)
                self.problem_numbers.update([h, m])
            return self.time0
        if kind == "time":
            self.clock += rng.randint(4, 35)
            h, m = divmod(self.clock % (24 * 60), 60)
            s = ("%02d:%02d" if rng.random() < 0.5 else "%d:%02d") % (h, m)
            self.problem_numbers.update([h, m])
            return s
        if kind in self.lab:
            return self.lab[kind]
        if kind == "flight":
            v = rng.choice(["KL", "BA", "QF", "EI", "TP", "LH", "AY", "SK"]) + " " + str(rng.randint(12, 989))
            self.problem_numbers.add(int(v.split()[1]))
        elif kind == "seat":
            k = rng.randint(2, 40)
            v = "%d%s" % (k, rng.choice("ABCDF"))
            self.problem_numbers.add(k)
        else:
            k = rng.randint(*{"route": (2, 199), "platform": (1, 14), "gate": (2, 48),
                              "bay": (2, 40), "level": (1, 9), "belt": (1, 12),
                              "pier": (1, 9)}[kind])
            v = str(k)
            self.problem_numbers.add(k)
        self.lab[kind] = v
        return v

    def subject(self, allow_empty=False):
        """Agent subject: (text, person)."""
        rng = self.rng
        v = self.voice
        role = "the " + self.scen["role"]
        if v == "log":
            opts = [("I", "1s"), ("we", "pl"), (role, "3s")]
            if allow_empty and self.tense == "past":
                opts += [("", "pl"), ("", "pl")]
        elif v == "diary":
            opts = [("we", "pl"), (role, "3s")]
        elif v == "announce":
            opts = [("we", "pl")]
        else:
            if self.s_used == 0:
                opts = [(self.name, "3s")]
            else:
                opts = [(self.pron, "3s"), (self.name, "3s"), (role, "3s")]
        self.s_used += 1
        return rng.choice(opts)

    def num(self, n, dozen_ok=False):
        """Surface for a chain number."""
        rng = self.rng
        if dozen_ok and n == 12 and rng.random() < 0.35:
            self.surfaces.append("dozen")
            return "a dozen"
        w = num_word(n)
        if w and (n <= 20 or n % 10 == 0) and rng.random() < 0.3:
            s = w
        elif w and rng.random() < 0.08:
            s = w
        else:
            s = str(n)
        self.surfaces.append(s)
        return s

    def slots(self, tmpl=None, **kw):
        sc = self.scen
        d = dict(items=self.items, on=self.on, role=sc["role"], Role_cap=cap(sc["role"]),
                 a_role=("an " if sc["role"][0] in "aeiou" else "a ") + sc["role"],
                 work=self.work, in_ctr=self.in_ctr, unit=self.unit,
                 Name=self.name, name=self.name, weekday=self.weekday, Weekday=self.weekday,
                 ctr=self.ctr, Ctr=cap(self.ctr), dest=self.dest, origin=self.origin,
                 Origin=cap(self.origin))
        if tmpl and re.search(r"\{(ctr|Ctr|in_ctr)\}", tmpl) and self.ctr in self.on:
            d["on"] = ALT_ON[self.cat]
        d.update(kw)
        return d


def _lazy_labels(ctx, t, early=False):
    """Fill label slots that appear in template t."""
    d = {}
    if early and "{time}" in t:
        d["time"] = ctx.label("time0")
    for k in ("time", "platform", "gate", "route", "bay", "seat", "flight", "belt", "pier", "level"):
        if "{" + k + "}" in t and k not in d:
            d[k] = ctx.label(k)
    return d


def make_places(ctx, count):
    """Return a list of `count` places: (prep, name, steppable)."""
    rng = ctx.rng
    pools = ctx.scen["pools"]
    key = rng.choice(pools)
    out = []
    if key in POOL_PLACES:
        names = rng.sample(POOL_PLACES[key], count + 2)
        if key == "airport" and rng.random() < 0.5:
            t = rng.sample(range(1, 6), 2)
            names[0] = "Terminal %d" % t[0]
            names[1] = "Terminal %d" % t[1]
            ctx.problem_numbers.update(t)
        out = [("at", nm, not re.search(r"\d", nm)) for nm in names]
    elif key == "terminals":
        names = rng.sample(AIRPORT, count + 2)
        out = [("at", nm, True) for nm in names]
    elif key == "floors":
        fl = rng.sample(range(1, 40), count + 2)
        rooms = ROOMS[:]
        rng.shuffle(rooms)
        for i in range(count + 2):
            if rng.random() < 0.3:
                out.append((ROOM_PREP.get(rooms[i], "at"), rooms[i], True))
            else:
                w = rng.choice(["floor", "level"])
                out.append(("on" if w == "floor" else "at", "%s %d" % (w, fl[i]), False))
                ctx.problem_numbers.add(fl[i])
    elif key == "times":
        for i in range(count + 2):
            out.append((rng.choice(["at", "at", "around", "by"]), ctx.label("time"), False))
    elif key == "events":
        idx = sorted(rng.sample(range(len(EVENTS)), count + 2))
        out = [("", EVENTS[i], False) for i in idx]
    return out, key


def q_phrase(ctx, op, n, as_subject):
    """Quantity phrase for an add/sub clause."""
    rng = ctx.rng
    items = ctx.items
    s = ctx.num(n, dozen_ok=True)
    if s == "a dozen":
        if op == "+":
            return rng.choice(["a dozen " + items, "a dozen more " + items, "another dozen " + items])
        return rng.choice(["a dozen " + items, "a dozen of them", "a dozen of the " + items])
    if op == "+":
        forms = ["{n} {items}", "{n} more {items}", "another {n}", "{n} more", "a further {n} {items}",
                 "{n} extra {items}", "{n} {items}"]
    else:
        forms = ["{n} {items}", "{n} of them", "{n} of the {items}", "{n}", "{n} of them"]
        if not as_subject:
            forms.remove("{n}")
    return rng.choice(forms).replace("{n}", s).replace("{items}", items)


def verb_list(ctx, op):
    if not ctx.converted and "verbs" in ctx.scen:
        return ctx.scen["verbs"][op]
    return (ADD if op == "+" else SUB)[ctx.cat]


def clause_for(ctx, op, n, allow_empty_S=True):
    """Return the clause text (no place) for one change."""
    rng = ctx.rng
    cat = ctx.cat
    tense = ctx.tense
    if op in "+-":
        tmpl = rng.choice(verb_list(ctx, op))
        if "{S}" in tmpl:
            S, person = ctx.subject(allow_empty=allow_empty_S)
            q = q_phrase(ctx, op, n, as_subject=False)
            return fill(tmpl, dict(S=S, q=q), tense, person)
        q = q_phrase(ctx, op, n, as_subject=True)
        return fill(tmpl, dict(q=q), tense, "pl")
    if op == "*":
        conv = CONVERT.get(cat) if ctx.scen.get("conv") and not ctx.converted else None
        if conv and n <= 6 and rng.random() < 0.35:
            new = rng.choice(conv["items"])
            k = ctx.num(n)
            t = fill(rng.choice(CONVERT_T), dict(k=k, new=new, items=ctx.items), tense)
            ctx.converted = True
            ctx.conv_idx = ctx.cur_index
            ctx.cat = conv["cat"]
            ctx.items = new
            ctx.on = rng.choice(conv["on"]).replace("{in_ctr}", ctx.in_ctr)
            return t
        cands = [m for m in MUL if m[1] in (None, n)]
        tmpl, k, mark = rng.choice(cands)
        if k is None:
            ks = ctx.num(n)
        else:
            ctx.surfaces.append(mark)
            ks = ""
        S, person = ("", "pl")
        if "{S}" in tmpl:
            S, person = ctx.subject(allow_empty=allow_empty_S)
        return fill(tmpl, ctx.slots(tmpl, k=ks, S=S), tense, person)
    # divide
    pool = DIV_TAL if cat == "tal" else DIV
    cands = [m for m in pool if m[1] in (None, n)]
    if cat == "tal":
        cands = [m for m in pool if m[1] == n]
    tmpl, k, mark = rng.choice(cands)
    if k is None:
        ks = ctx.num(n)
    else:
        ctx.surfaces.append(mark)
        ks = ""
    sub_pl, sub_sg = rng.choice(ctx.scen["subs"])
    sub_verb = ""
    if "{sub_verb}" in tmpl:
        vt = rng.choice([t for t in verb_list(ctx, "-") if t.startswith("{q}")])
        sub_verb = fill(vt, dict(q=""), tense, "pl").strip()
    S, person = ("", "pl")
    if "{S}" in tmpl:
        S, person = ctx.subject(allow_empty=allow_empty_S)
    ours = "ours" if ctx.voice != "narr" else ctx.name + "'s"
    return fill(tmpl, ctx.slots(tmpl, k=ks, S=S, subs=sub_pl, sub=sub_sg, sub_verb=sub_verb, ours=ours),
                tense, person)


def render_problem(rng, scen, chain):
    cat = scen["cat"]
    voices = ["narr", "log", "narr"]
    if cat in ("ride", "room", "veh"):
        voices += ["diary", "diary"]
    if cat == "ride":
        voices += ["announce"]
    voice = rng.choice(voices)
    if voice == "log":
        tense = "past" if rng.random() < 0.8 else "present"
    elif voice == "diary":
        tense = "past" if rng.random() < 0.7 else "present"
    elif voice == "announce":
        tense = "present"
    else:
        tense = rng.choice(["present", "past"])
    ctx = Ctx(rng, scen, voice, tense)
    ctx.weekday = rng.choice(WEEKDAYS)
    changes = chain["changes"]
    places, pkey = make_places(ctx, len(changes))
    ctx.origin = places[-1][1] if places[-1][0] == "at" and places[-1][2] else \
        rng.choice(scen.get("origin_fb", ["the depot", "the terminus", "the first stop"]))
    locs = [p for p in places[:-1]]
    dest_cands = [p[1] for p in places[:-2] if p[2] and p[0] == "at"]
    ctx.dest = places[-2][1] if places[-2][2] and places[-2][0] == "at" else \
        rng.choice(scen.get("dest_fb", ["the terminus", "the end of the line", "the last stop"]))
    ctr_t = rng.choice(scen["ctr"])
    ctx.ctr = fill(ctr_t, dict(_lazy_labels(ctx, ctr_t, early=True), dest=ctx.dest), tense) if "{" in ctr_t else ctr_t
    prep = PREP_OVERRIDE.get(ctr_t, "on" if cat == "ride" else "in")
    ctx.in_ctr = prep + " " + ctx.ctr
    ctx.on = ctx.on.replace("{in_ctr}", ctx.in_ctr)
    ctx.start_on = ctx.on
    ctx.work = rng.choice(WORK.get(scen["key"], ["on {ctr}"])).replace("{ctr}", ctx.ctr)
    ctx.unit = rng.choice(scen.get("units", ["rows", "sections"]))
    sentences = []
    # intro
    if rng.random() < 0.55:
        it = rng.choice(INTROS[voice])
        sentences.append(cap(fill(it, ctx.slots(it, **_lazy_labels(ctx, it, early=True)), tense, "3s")))
    # start
    prod = chain["product"]
    if prod:
        tmpl = rng.choice([t for t in START_PROD[cat] if "{feeders}" not in t or "feeders" in scen])
        feeders = rng.choice(scen.get("feeders", ["coaches"]))
        a, b = prod
        sa = ctx.num(a, dozen_ok=False)
        sb = ctx.num(b)
        if a == 12 and rng.random() < 0.3 and tmpl.startswith("{a}"):
            ctx.surfaces[-2] = "dozen"
            sa = "a dozen"
        S, person = ctx.subject() if "{S}" in tmpl else ("", "pl")
        sub_pl, _ = rng.choice(scen["subs"])
        s = fill(tmpl, ctx.slots(tmpl, a=sa, b=sb, S=S, subs=sub_pl, feeders=feeders, **_lazy_labels(ctx, tmpl, early=True)), tense, person)
    else:
        tmpl = rng.choice(START[cat])
        S, person = ctx.subject() if "{S}" in tmpl else ("", "pl")
        sn = ctx.num(chain["start"])
        poss = {"I": "my", "we": "our"}.get(S, (ctx.name + "'s") if S == ctx.name else "the")
        if S in ("she", "he"):
            poss = "her" if S == "she" else "his"
        if S.startswith("the "):
            poss = "the"
        s = fill(tmpl, ctx.slots(tmpl, n=sn, S=S, S_poss=poss, **_lazy_labels(ctx, tmpl, early=True)), tense, person)
    sentences.append(cap(tidy(s)))
    # changes
    step_places = []
    i = 0
    body = []
    while i < len(changes):
        group = [i]
        if i + 1 < len(changes) and rng.random() < 0.3:
            group.append(i + 1)
        parts = []
        for gi, ci in enumerate(group):
            op, n = changes[ci]
            place = locs[ci] if rng.random() < (0.75 if pkey in POOL_PLACES or pkey == "floors" else 0.55) else None
            # prefix forms need a subject, so forbid empty subject if place goes first
            pre = place is not None and gi == 0 and rng.random() < 0.55
            ctx.cur_index = ci
            cl = clause_for(ctx, op, n, allow_empty_S=not pre)
            if place:
                step_places.append(place[1] if place[2] else None)
                ptxt = fill((place[0] + " " + place[1]).strip(), {}, ctx.tense)
                if pre:
                    form = rng.random()
                    if voice == "log" and form < 0.3 and place[2]:
                        cl = cap(place[1]) + ": " + cl
                    elif cat == "ride" and form < 0.55 and place[0] == "at" and voice in ("diary", "log", "announce"):
                        cl = "when we {reach|reached} %s, %s" % (place[1], cl)
                        cl = fill(cl, {}, ctx.tense)
                    else:
                        cl = ptxt + ", " + cl
                else:
                    cl = cl + " " + ptxt
            else:
                step_places.append(None)
            parts.append(cl)
        if len(parts) == 2:
            j = rng.choice([", and ", ", then ", "; then ", " and then ", ", after which ", ". Then "])
            sent = parts[0] + j + parts[1]
        else:
            sent = parts[0]
        sent = tidy(sent) + "."
        sent = cap(sent)
        if voice == "log" and (pkey in POOL_PLACES or pkey == "floors") and rng.random() < 0.4 and not re.match(r"^[A-Z].*: ", sent):
            sent = ctx.label("time") + " - " + sent
        body.append(sent)
        i += len(group)
    # fillers
    nfill = rng.choice([0, 0, 1, 1, 1, 2])
    fills = [f for f in FILLERS if f[1] == "any" or scen["key"] in f[1].split() or cat in f[1].split()]
    for _ in range(nfill):
        if rng.random() < 0.25 and VOICE_FILLERS[voice]:
            ft = rng.choice(VOICE_FILLERS[voice])
        else:
            ft = rng.choice(fills)[0]
        S_cap = cap(ctx.ctr)
        fs = cap(fill(ft, ctx.slots(ft, S_cap=S_cap, **_lazy_labels(ctx, ft)), tense))
        pos = rng.randint(0, len(body))
        body.insert(pos, fs)
    sentences += body
    # question
    qpool = Q["any"] if ctx.converted else Q[ctx.cat] * 2 + Q["any"]
    if scen["key"] == "lift":
        qpool = qpool + ["How many {items} {are|were} {in_ctr} when the doors {open|opened} at {dest}?"] * 3
    qt = rng.choice(qpool)
    qs = fill(qt, ctx.slots(qt), tense)
    sentences.append(cap(tidy(qs)))
    text = tidy(" ".join(sentences))
    ctx.problem_numbers = set(int(x) for x in re.findall(r"\d+", text))
    # items per change (for steps): recompute by replaying conversion
    return dict(text=text, surfaces=ctx.surfaces, problem_numbers=ctx.problem_numbers,
                step_places=step_places, voice=voice, tense=tense, final_items=ctx.items,
                final_on=ctx.on, start_items=ctx.start_items, start_on=ctx.start_on,
                conv_idx=ctx.conv_idx, cat=ctx.cat, cat0=scen["cat"], ctx=ctx)


# ---------------------------------------------------------------- slips
def digit_swap(rng, x):
    s = str(x)
    idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and not (i == 0 and s[i + 1] == "0")]
    if not idx:
        return None
    i = rng.choice(idx)
    return int(s[:i] + s[i + 1] + s[i] + s[i + 2:])


def digit_change(rng, x):
    s = str(x)
    i = rng.randrange(len(s))
    d = int(s[i]) + rng.choice([-1, 1])
    if d < 0 or d > 9 or (i == 0 and d == 0 and len(s) > 1):
        return None
    return int(s[:i] + str(d) + s[i + 1:])


def no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str((da + db) % 10))
    return int("".join(out[::-1]))


def borrow_slip(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(da - db)))
    return int("".join(out[::-1]))


def near(rng, x):
    c = [x + 1, x - 1, x + 10, x - 10, digit_swap(rng, x), digit_change(rng, x)]
    return [v for v in c if v is not None and v >= 0 and v != x]


def arith_slips(rng, a, op, b, c):
    cands = near(rng, c)
    if c >= 100:
        cands += [c + 100, c - 100]
    if op == "+":
        cands += [no_carry_add(a, b)] * 2
    elif op == "-":
        cands += [borrow_slip(a, b)] * 2 + [c + 10]
    elif op == "*":
        cands += [a * (b - 1), a * (b + 1)]
    return [v for v in cands if v is not None and v >= 0 and v != c]


# ---------------------------------------------------------------- solution building
def true_eqs(chain):
    eqs = []
    if chain["product"]:
        a, b = chain["product"]
        eqs.append([a, "*", b, a * b])
    v = chain["start"]
    for op, n in chain["changes"]:
        c = apply_op(v, op, n)
        eqs.append([v, op, n, c])
        v = c
    return eqs


def continue_chain(eqs, i, a_val):
    """Written equations from index i on, starting from a_val with true ops/operands."""
    out = []
    a = a_val
    for j in range(i, len(eqs)):
        _, op, b, _ = eqs[j]
        c = apply_op(a, op, b)
        if c is None or c < 0 or c > 99999:
            return None
        out.append([a, op, b, c])
        a = c
    return out


def inject(rng, kind, eqs, chain, problem_numbers, pos_cat):
    """Return (written_eqs, final, label_index) or None."""
    m = len(eqs)
    truth = eqs[-1][3]
    if kind == "none":
        return [e[:] for e in eqs], truth, -1
    if kind == "answer":
        cands = near(rng, truth)
        if m >= 2:
            cands.append(eqs[-2][3])
        cands.append(eqs[-1][2])
        cands = [x for x in cands if x != truth and x >= 0]
        if not cands:
            return None
        return [e[:] for e in eqs], rng.choice(cands), m
    # choose index
    avail = {"first": [0]}
    if m >= 2:
        avail["last"] = [m - 1]
    if m >= 3:
        avail["middle"] = list(range(1, m - 1))
    order = [pos_cat] + [k for k in ("first", "middle", "last") if k != pos_cat]
    for cat in order:
        if cat not in avail:
            continue
        idxs = avail[cat][:]
        rng.shuffle(idxs)
        for i in idxs:
            res = _inject_at(rng, kind, eqs, chain, problem_numbers, i)
            if res is not None:
                return res
    return None


def _inject_at(rng, kind, eqs, chain, problem_numbers, i):
    a, op, b, c = eqs[i]
    is_prod = chain["product"] is not None and i == 0
    cands = []
    if kind == "arithmetic":
        for c2 in arith_slips(rng, a, op, b, c):
            cands.append([a, op, b, c2])
    elif kind == "operation":
        alts = {"+": ["-"], "-": ["+"], "*": ["+"], "/": ["*", "-"]}[op]
        for op2 in alts:
            c2 = apply_op(a, op2, b)
            if c2 is not None and c2 >= 0 and c2 != c:
                cands.append([a, op2, b, c2])
    elif kind == "operand":
        chain_nums = set([chain["start"]] + [n for _, n in chain["changes"]] + list(chain["product"] or ()))
        others = [x for x in problem_numbers if 0 < x <= 999]
        bs = [x for x in near(rng, b) if x > 0] + [x for x in others if x != b and x in chain_nums] * 2 + \
            [x for x in others if x != b and x not in chain_nums]
        for b2 in bs:
            if b2 == b or b2 <= 0:
                continue
            if op in "*/" and b2 < 2:
                continue
            c2 = apply_op(a, op, b2)
            if c2 is not None and c2 >= 0 and c2 != c:
                cands.append([a, op, b2, c2])
        if not is_prod:
            as_ = near(rng, a)
            if i >= 1:
                as_.append(chain["start"])
            if i >= 2:
                as_.append(eqs[i - 2][3])
            if i == 0 and chain["product"] is None:
                as_ += [x for x in others if x != a]
            for a2 in as_:
                if a2 == a or a2 < 0:
                    continue
                c2 = apply_op(a2, op, b)
                if c2 is not None and c2 >= 0 and c2 != c:
                    cands.append([a2, op, b, c2])
        else:
            for a2 in near(rng, a) + [x for x in others if x != a and x != b]:
                if a2 < 2:
                    continue
                cands.append([a2, op, b, a2 * b])
    rng.shuffle(cands)
    for e in cands[:12]:
        if e[3] > 99999:
            continue
        rest = continue_chain(eqs, i + 1, e[3])
        if rest is None:
            continue
        written = [x[:] for x in eqs[:i]] + [e] + rest
        final = written[-1][3]
        if final == eqs[-1][3]:
            continue
        return written, final, i
    return None


def step_key(op, b):
    if op in "*/" and b in (2, 3):
        return op + str(b)
    return op


def render_steps(rng, chain, written, final, pr):
    style = rng.choice(["ascii", "ascii", "uni", "uni", "mixed"])
    sym = OPSYM[style]
    steps = []
    on_final = pr["final_on"]
    items_final = pr["final_items"]
    conv_idx = pr["conv_idx"]
    plain_start, on0 = pr["start_items"], pr["start_on"]
    offset = 1 if chain["product"] else 0
    for j, (a, op, b, c) in enumerate(written):
        eq = "%d %s %d = %d" % (a, sym[op], b, c)
        ci = j - offset
        if conv_idx is not None and ci >= conv_idx:
            items, on = items_final, on_final
        else:
            items, on = plain_start, on0
        if j == 0 and chain["product"]:
            t = rng.choice(STEP_FIRST_PROD)
        else:
            place = pr["step_places"][ci] if ci < len(pr["step_places"]) else None
            if place and rng.random() < 0.6:
                t = rng.choice(STEP_PLACE)
            else:
                t = rng.choice(STEP_GEN)
            key = step_key(op, b)
            desc = rng.choice(DESC[key]).replace("{items}", items)
            instr = rng.choice(INSTR[key])
            t = t.replace("{Desc}", cap(desc)).replace("{desc}", desc).replace("{Instr}", instr)
            if place:
                t = t.replace("{Place}", cap(place)).replace("{place}", place)
        if re.search(r"\d", on):
            on = ALT_ON.get(pr["cat0"] if (conv_idx is None or ci < conv_idx) else pr["cat"], "there")
        s = t.replace("{eq}", eq).replace("{items}", items).replace("{on}", on)
        steps.append(cap(tidy(s)))
    tense = rng.choice(["present", "past"])
    finals = FINAL if final >= 2 else FINAL_PLAIN
    if pr["cat"] not in ("ride", "room"):
        finals = [f for f in finals if "headcount" not in f]
    ft = rng.choice(finals)
    if re.search(r"\d", on_final):
        on_final = ALT_ON.get(pr["cat"], "there")
    fs = fill(ft, dict(x=str(final), items=items_final, on=on_final), tense, "pl")
    steps.append(cap(tidy(fs)))
    return steps, style


# ---------------------------------------------------------------- records
KINDS = ["arithmetic", "operand", "operation", "answer"]


def _one(rng, kind, pos_cat):
    for _ in range(200):
        scen = rng.choice(SCENARIOS)
        chain = gen_chain(rng, scen)
        if chain is None:
            continue
        pr = None
        for _t in range(6):
            sub = random.Random(rng.getrandbits(64))
            # the renderer mutates ctx; run it with a sub-rng so retries are independent
            pr = render_problem(sub, scen, chain)
            if len(pr["text"].split()) <= 88:
                break
            pr = None
        if pr is None:
            continue
        eqs = true_eqs(chain)
        res = inject(rng, kind, eqs, chain, sorted(pr["problem_numbers"] |
                                                     set(x for x in [chain["start"]] + [n for _, n in chain["changes"]])
                                                     | set(chain["product"] or ())), pos_cat)
        if res is None:
            continue
        written, final, label = res
        steps, style = render_steps(rng, chain, written, final, pr)
        return chain, pr, eqs, written, final, label, steps, style
    raise RuntimeError("could not build a record")


def _generate(seed, count):
    rng = random.Random(seed)
    recs, metas = [], []
    for i in range(count):
        r = random.Random(rng.getrandbits(64))
        if r.random() < 0.45:
            kind = "none"
        else:
            kind = r.choice(KINDS)
        pos_cat = r.choice(["first", "middle", "last"])
        chain, pr, eqs, written, final, label, steps, style = _one(r, kind, pos_cat)
        truth = eqs[-1][3]
        rec = {
            "id": "gen-v-%d-%05d" % (seed, i),
            "problem": pr["text"],
            "steps": steps,
            "label": label,
            "final_answer_correct": final == truth,
            "error_kind": kind,
        }
        recs.append(rec)
        metas.append(dict(start=chain["start"], product=chain["product"], changes=chain["changes"],
                          surfaces=list(pr["surfaces"]), written=written, final=final,
                          voice=pr["voice"], style=style))
    return recs, metas


def generate(seed: int, count: int) -> list:
    return _generate(seed, count)[0]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
