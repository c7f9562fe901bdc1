#!/usr/bin/env python3
"""Sea-and-shore ledger generator for tiny-arith PRM records.

Register: a purser's stores log, a lighthouse keeper's journal, a harbour
master's tally, a fisherman's letter home, a modern marina office's terse
notes, and plain nautical narrative.  Standard library only.

generate(seed, count) -> list of records
_build(seed, count)   -> (records, metas)   metas hold the internal plan that
                                            check.py re-derives everything from.
"""
import json
import os
import random
import re

# ======================================================================
# numbers
# ======================================================================
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
         7: "seventy", 8: "eighty", 9: "ninety"}


def num_word(n):
    if 0 <= n <= 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + ("" if o == 0 else "-" + _ONES[o])
    return None


def say_num(rng, n, p_word=0.3, article=True):
    """Render n as digits or as a common English number phrase."""
    if n == 12 and article and rng.random() < 0.3:
        return "a dozen"
    if (1 <= n <= 20) or (n < 100 and n % 10 == 0):
        if rng.random() < p_word:
            return num_word(n)
    elif 20 < n < 100 and rng.random() < p_word * 0.35:
        return num_word(n)
    return str(n)


# ======================================================================
# verbs
# ======================================================================
_IRR = {
    "be": ("was", "been"), "have": ("had", "had"), "take": ("took", "taken"),
    "give": ("gave", "given"), "buy": ("bought", "bought"),
    "bring": ("brought", "brought"), "get": ("got", "got"),
    "find": ("found", "found"), "lose": ("lost", "lost"),
    "sell": ("sold", "sold"), "eat": ("ate", "eaten"),
    "throw": ("threw", "thrown"), "break": ("broke", "broken"),
    "win": ("won", "won"), "catch": ("caught", "caught"),
    "send": ("sent", "sent"), "spend": ("spent", "spent"),
    "come": ("came", "come"), "put": ("put", "put"), "let": ("let", "let"),
    "split": ("split", "split"), "cut": ("cut", "cut"), "set": ("set", "set"),
    "pay": ("paid", "paid"), "make": ("made", "made"),
    "hold": ("held", "held"), "keep": ("kept", "kept"),
    "leave": ("left", "left"), "go": ("went", "gone"),
    "draw": ("drew", "drawn"), "strike": ("struck", "struck"),
    "write": ("wrote", "written"), "deal": ("dealt", "dealt"),
    "lend": ("lent", "lent"), "feed": ("fed", "fed"),
    "mislay": ("mislaid", "mislaid"), "stave": ("stove", "stove"),
    "sink": ("sank", "sunk"), "grow": ("grew", "grown"),
    "become": ("became", "become"), "rise": ("rose", "risen"),
    "run": ("ran", "run"), "begin": ("began", "begun"),
    "lie": ("lay", "lain"), "stand": ("stood", "stood"),
    "show": ("showed", "shown"), "build": ("built", "built"),
    "steal": ("stole", "stolen"), "see": ("saw", "seen"),
    "blow": ("blew", "blown"), "fall": ("fell", "fallen"),
    "sweep": ("swept", "swept"), "bear": ("bore", "borne"),
    "shake": ("shook", "shaken"), "spring": ("sprang", "sprung"),
    "swap": ("swapped", "swapped"), "dig": ("dug", "dug"),
    "hand": ("handed", "handed"), "wind": ("wound", "wound"),
    "fetch": ("fetched", "fetched"), "ride": ("rode", "ridden"),
    "tell": ("told", "told"), "swim": ("swam", "swum"),
    "wash": ("washed", "washed"), "sling": ("slung", "slung"),
    "light": ("lit", "lit"), "burn": ("burned", "burnt"),
    "spread": ("spread", "spread"), "sort": ("sorted", "sorted"),
}
_DOUBLE = {"drop", "ship", "trap", "net", "rot", "slip", "plan", "stop",
           "tip", "bag", "grab", "log", "mop", "scrub", "strip", "trim", "parcel",
           "stow_", "tot", "chip", "snap"}
_VOW = "aeiou"


def _past(v):
    if v in _IRR:
        return _IRR[v][0]
    if v in _DOUBLE:
        return v + v[-1] + "ed"
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and v[-2] not in _VOW:
        return v[:-1] + "ied"
    return v + "ed"


def _pp(v):
    if v in _IRR:
        return _IRR[v][1]
    return _past(v)


def _pres3(v):
    if v == "have":
        return "has"
    if v == "be":
        return "is"
    if v.endswith(("s", "sh", "ch", "x", "z", "o")):
        return v + "es"
    if v.endswith("y") and v[-2] not in _VOW:
        return v[:-1] + "ies"
    return v + "s"


def conj(v, tense, num):
    if tense == "past":
        if v == "be":
            return "were" if num == "pl" else "was"
        return _past(v)
    if tense == "present":
        if v == "be":
            return {"1s": "am", "3s": "is"}.get(num, "are")
        return _pres3(v) if num == "3s" else v
    return "will " + v


def passive(v, tense, num):
    aux = {"past": "were" if num == "pl" else "was",
           "present": "are" if num == "pl" else "is",
           "future": "will be"}[tense]
    return aux + " " + _pp(v)


_TOK = re.compile(r"\{([A-Za-z_]+)(?::([a-z ]+))?\}|\[([^\]]*)\]")
_TIDX = {"past": 0, "present": 1, "future": 2}


def fill(tmpl, ctx):
    tense = ctx["tense"]

    def rep(m):
        if m.group(3) is not None:
            opts = m.group(3).split("|")
            return opts[min(_TIDX[tense], len(opts) - 1)]
        key, arg = m.group(1), m.group(2)
        if arg:
            if key == "v":
                return conj(arg, tense, ctx["snum"])
            if key == "t":
                return conj(arg, tense, "3s")
            if key == "w":
                return conj(arg, tense, "pl")
            if key == "p":
                return passive(arg, tense, "pl")
            if key == "ps":
                return passive(arg, tense, "3s")
            raise KeyError(key)
        return ctx[key]

    return _TOK.sub(rep, tmpl)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# ======================================================================
# vocabulary: names, ships, places
# ======================================================================
MALE = """Obadiah Ezekiel Jedediah Silas Tobias Ebenezer Barnabas Jonas Amos
Elias Josiah Caleb Gideon Hezekiah Lemuel Thaddeus Ambrose Bartholomew
Cornelius Enoch Ephraim Horatio Jabez Jethro Lazarus Malachi Mordecai
Nathaniel Reuben Septimus Solomon Zebedee Alfred Arthur Cuthbert Edwin Fergus
Hamish Percival Walter Wilfred Tom Jem Will Ned Kit Davy Harry Sam Jack Bill
Alfie Ollie Finn Kai Rory Callum Dev Tariq Nils Sven Anders Piet Jory Tristan
Perran Petroc Denzil Jago Ewan Magnus Torquil Lachlan Murdo Angus Ruairidh
Seumas Brendan Declan Padraig Cormac Lorcan Emrys Idris Gethin Cai Bryn
Ashok Yusuf Mateo Joaquim Henrik Lars Erik Olaf""".split()
FEMALE = """Hester Mercy Abigail Temperance Prudence Keziah Tabitha Dorcas Jemima
Lavinia Philippa Rosalind Clementine Euphemia Henrietta Isadora Loveday
Morwenna Demelza Tamsin Wenna Jenifer Kerensa Bryony Nell Annie Martha Bess
Peg Molly Polly Lottie Ada Edith Florence Mabel Ivy Violet Grace Ruth Esther
Hannah Lydia Miriam Agnes Beatrice Cora Dora Elsie Freya Greta Ingrid Astrid
Sigrid Maren Siobhan Moira Fiona Ailsa Isla Jess Priya Zara Mina Leah Orla
Niamh Eilidh Catriona Morag Seren Cerys Nia Rhian Marisol Inês Hedda Liv
Solveig Anouk Yasmin Noor Kezia Sukey Patience Honor Jenna Becca""".split()
SURNAMES = """Penhallow Tregarthen Quiller Pascoe Rowe Trelawney Polglase
Nancarrow Carne Hocking Treloar Kitto Tonkin Pengelly Trewin Angove Bolitho
Chegwidden Eddy Grose Hicks Laity Oates Pollard Roskilly Sandry Uren Vivian
Woon Yeo Craddock Hawke Marlow Blackmore Saltonstall Coffin Macy Folger
Hussey Swain Bunker MacLeod MacKinnon Sinclair Gunn Mowat Flett Rendall
Tulloch Isbister Linklater Halcrow Leask Manson Moar Gilbertson Jamieson
Inkster Ridland Tait Duthie Buchan Cowie Noble Strachan Pender Curnow
Jewell Gendall Berriman Trebilcock Hosking Keast Nance Odgers Rescorla Teague
Varcoe Wearne Bray Couch Dunstan Gilbert Harvey Jory Lander Mabyn Nicholls
Rodda Stephens Tippett Verran Whitburn Ellery Fenwick Gorran Scobie Thewlis
Ashby Crowle Dymond Furze Gledhill Honeychurch Irvine Kellow Lugg Merrifield
Nankivell Opie Prowse Quick Rosewarne Skewes Truscott Udy Vosper Widger
Yelland Zeal""".split()
SHIPS = ["Curlew", "Kestrel", "Cormorant", "Gannet", "Albatross", "Petrel",
         "Kittiwake", "Shearwater", "Fulmar", "Guillemot", "Puffin", "Tern",
         "Merlin", "Osprey", "Heron", "Plover", "Dunlin", "Sanderling",
         "Providence", "Endeavour", "Perseverance", "Hope", "Faithful",
         "Fortitude", "Dolphin", "Porpoise", "Otter", "Wren", "Swallow",
         "Speedwell", "Marigold", "Primrose", "Bluebell", "Orion", "Vega",
         "Dayspring", "Harvest Moon", "Morning Star", "Evening Star",
         "Sea Lark", "Mary Ellen", "Lady Jane", "Good Intent", "Rose of Sharon",
         "Brothers Pride", "Silver Dawn", "Ocean Gleaner"]
SHIP_TYPES = ["brig", "barque", "schooner", "ketch", "lugger", "steam drifter",
              "packet", "collier", "cutter", "trawler"]
PORTS = ["Falmouth", "Penzance", "Whitby", "Leith", "Lerwick", "Stromness",
         "Brixham", "Padstow", "Mevagissey", "St Ives", "Fowey", "Plymouth",
         "Bristol", "Hull", "Yarmouth", "Lowestoft", "Peterhead", "Oban",
         "Portree", "Kinsale", "Cobh", "Nantucket", "New Bedford", "Halifax",
         "Lunenburg", "Scalloway", "Kirkwall", "Wick", "Arbroath", "Porthleven",
         "Newlyn", "Looe", "Dartmouth", "Weymouth", "Swansea", "Milford"]
LIGHTS = ["Gull Rock", "Black Scar", "Wolf Ledge", "Carrick Point",
          "Hollow Skerry", "Mew Stone", "Fairhaven", "North Carn", "Penrock",
          "Scarth Point", "Heron Rock", "Dunmore Head", "Selkie Head",
          "Raven Ness", "Cairn Reef", "Tarbert Point", "Greyhound Rock"]
MARINAS = ["Saltings", "Mill Creek", "Harbourside", "Quay Reach", "Oyster Bay",
           "Tidewater", "Pilot's Wharf", "Seal Cove", "Anchor Point",
           "Westerly Basin"]
PARENT = {"m": ["son"], "f": ["daughter"]}
RECIPIENTS = [("Dearest Mother", PARENT), ("Dear Father", PARENT),
              ("Dear Mother and Father", PARENT),
              ("My dear Nell", {"m": ["husband"], "f": ["sister", "friend"]}),
              ("My own dear Martha", {"m": ["husband"], "f": ["sister", "friend"]}),
              ("Dearest Annie", {"m": ["husband", "sweetheart"], "f": ["sister", "cousin"]}),
              ("My darling Bess", {"m": ["husband", "sweetheart"], "f": ["sister"]}),
              ("Dearest Kate", {"m": ["husband"], "f": ["friend", "cousin"]}),
              ("My dear Tom", {"m": ["brother", "friend"], "f": ["wife", "sweetheart"]}),
              ("Dearest Will", {"m": ["brother"], "f": ["wife"]}),
              ("Dear Aunt Hester", {"m": ["nephew"], "f": ["niece"]}),
              ("Dear Uncle Amos", {"m": ["nephew"], "f": ["niece"]}),
              ("Dear Sister", {"m": ["brother"], "f": ["sister"]}),
              ("My dear Brother", {"m": ["brother"], "f": ["sister"]}),
              ("Dear Grandmother", {"m": ["grandson"], "f": ["granddaughter"]})]

# ======================================================================
# items:  "singular|plural" or singular (regular plural); kind tags
# ======================================================================


def _plural(s):
    if " of " in s:
        head, rest = s.split(" of ", 1)
        return _plural(head) + " of " + rest
    if s.endswith(("s", "sh", "ch", "x")):
        return s + "es"
    if s.endswith("y") and s[-2] not in _VOW:
        return s[:-1] + "ies"
    return s + "s"


_ITEM_SRC = {
    "food": """biscuit; loaf|loaves; apple; orange; lemon; lime; onion;
potato|potatoes; turnip; cabbage; egg; cheese; ham; sausage; pasty; bun;
oatcake; scone; jar of jam; jar of pickles; tin of beans; tin of peaches;
tin of corned beef; sack of flour; sack of oats; bag of sugar; packet of tea;
tin of cocoa; bottle of ale; bottle of rum; keg of rum; cask of water;
cask of salt pork; barrel of salt beef; pot of marmalade; side of bacon;
string of onions; jar of honey; bar of chocolate; pudding; mutton pie;
saffron bun; kipper; tin of sardines; figgy pudding; ginger biscuit""",
    "catch": """mackerel|mackerel; herring|herring; pilchard; sprat; cod|cod;
haddock|haddock; whiting|whiting; pollock|pollock; crab; lobster;
crayfish|crayfish; prawn; oyster; mussel; clam; cockle; whelk; scallop;
winkle; eel; skate|skate; sole|sole; plaice|plaice; turbot|turbot; gurnard;
squid|squid; spider crab; dogfish|dogfish; bass|bass; conger eel""",
    "gear": """coil of rope; hank of twine; fender; buoy; oar; rowlock; boathook;
lantern; shackle; block; cleat; belaying pin; marlinspike; fishhook; sinker;
float; crab pot; lobster pot; creel; net; tarpaulin; bolt of canvas; oilskin;
sou'wester; pair of sea boots|pairs of sea boots; lifejacket; lifebuoy;
flare; distress rocket; mooring line; anchor; length of chain; tin of paint;
pot of tar; bucket; broom; mop; scrubbing brush; paintbrush; spanner;
spark plug; can of engine oil; battery; padlock; cable tie; bungee cord;
roll of tape; thole pin; bailer; halyard; warp; grapnel; cork float;
glass float; net needle; gaff hook""",
    "light": """candle; wick; lamp chimney; mantle; tin of paraffin;
can of lamp oil; box of matches|boxes of matches; pane of glass;
polishing cloth; tin of brass polish; rag; logbook; pencil; sheet of paper;
jar of lamp oil; spare lens|spare lenses; bottle of ink; signal flag;
fog rocket; storm lantern""",
    "fuel": """sack of coal; bundle of firewood; log; sack of coke; can of diesel;
can of petrol; drum of oil; bale of straw; scuttle of coal; jerry can;
bag of kindling; bundle of kindling""",
    "boat": """dinghy; yacht; trawler; lugger; smack; gig; skiff; punt; coble;
ketch|ketches; schooner; launch|launches; rowing boat; motor boat; kayak;
tender; cutter; drifter; crabber; pilot boat; sailing barge; catamaran""",
    "cargo": """crate; bale of wool; chest of tea; hogshead of sugar;
barrel of herring; sack of mail; bundle of timber; sack of grain;
cask of wine; bale of cotton; box of tinned fish|boxes of tinned fish;
pallet; sack of china clay; granite block; roll of cloth;
case of brandy; hamper; bag of salt; tub of butter; trunk; parcel""",
    "keep": """letter; postcard; stamp; shell; piece of sea glass|pieces of sea glass;
pebble; gull feather; button; ribbon; handkerchief|handkerchiefs;
pair of socks|pairs of socks; gansey; mitten; photograph; newspaper; book;
hymn book; scrimshaw tooth|scrimshaw teeth; carved bird; bead; lace collar;
ship in a bottle|ships in bottles""",
    "money": """shilling; penny|pennies; sovereign; silver coin; guinea; florin;
farthing; dollar; copper coin""",
    "office": """shower token; key fob; visitor wristband; tide table; chart;
bag of ice|bags of ice; coffee pod; berth pass|berth passes; parking permit;
fuel voucher; booking form; gate key; ice cream; bottle of water|bottles of water;
paper map; laminated card; clipboard; kayak paddle; sailing glove; sandwich;
hire lifejacket; printed forecast""",
}
ITEMS = []  # (singular, plural, kind)
for _k, _src in _ITEM_SRC.items():
    for _e in _src.replace("\n", " ").split(";"):
        _e = " ".join(_e.split())
        if not _e:
            continue
        if "|" in _e:
            _s, _p = _e.split("|")
        else:
            _s, _p = _e, _plural(_e)
        ITEMS.append((_s, _p, _k))

_CONTAINER_HEADS = {"cask", "barrel", "sack", "keg", "drum", "bale", "hogshead",
                    "chest", "crate", "pallet", "case", "bundle", "hamper",
                    "trunk", "tub", "scuttle", "jerry", "bag", "granite",
                    "coil", "bolt", "roll", "string", "side", "anchor",
                    "tarpaulin", "net", "parcel", "length"}
CONTAINERS = {
    "default": ["crate", "box|boxes", "case", "chest|chests", "locker",
                "shelf|shelves", "rack", "tub", "hamper", "bin", "carton",
                "drawer", "tray", "basket", "cupboard", "tin"],
    "catch": ["basket", "box|boxes", "creel", "tray", "barrel", "tub",
              "fish box|fish boxes", "pannier"],
    "boat": ["pontoon", "trot of moorings|trots of moorings", "row"],
}
GROUPS = [("boat", "boats"), ("watch", "watches"), ("crew", "crews"),
          ("family", "families"), ("mess", "messes"), ("cottage", "cottages"),
          ("sailor", "sailors"), ("fisherman", "fishermen"),
          ("neighbour", "neighbours"), ("cabin", "cabins"),
          ("stall", "stalls"), ("deckhand", "deckhands"),
          ("apprentice", "apprentices"), ("lifeboatman", "lifeboatmen"),
          ("widow", "widows"), ("shipmate", "shipmates"),
          ("pontoon", "pontoons"), ("household", "households")]

# where each frame keeps things
CTX_KINDS = {
    "purser": ["food", "food", "gear", "cargo", "fuel", "light", "money"],
    "keeper": ["light", "light", "food", "fuel", "gear", "keep", "catch"],
    "harbour": ["boat", "boat", "cargo", "catch", "gear"],
    "letter": ["catch", "catch", "keep", "money", "food", "gear"],
    "marina": ["office", "office", "gear", "fuel", "boat", "food"],
    "plain": ["food", "catch", "gear", "light", "fuel", "boat", "cargo",
              "keep", "money", "office"],
}
LOCS = {
    "purser": ["in the hold", "aboard", "in the bread room", "in the lazarette",
               "in the spirit room", "below decks", "in the store room",
               "in the forepeak", "on the manifest"],
    "keeper": ["in the oil store", "in the lamp room", "in the store",
               "in the pantry", "in the watch room", "on the shelf",
               "in the tower", "at the station"],
    "harbour": ["on the quay", "in the harbour", "along the wall",
                "in the fish market", "at the harbour office", "on the slip"],
    "letter": ["in the boat", "in my sea chest", "in my locker", "aboard",
               "in the cuddy", "in my kitbag"],
    "marina": ["in the chandlery", "at the fuel dock", "in the store",
               "behind the desk", "in the office", "on the pontoon"],
    "plain": ["in the store", "in the hold", "on the quay", "in the shed",
              "aboard", "in the cellar", "in the net loft", "in the locker"],
    "boat": ["in the basin", "in the harbour", "alongside the wall",
             "on the moorings", "in the marina", "at anchor in the bay",
             "inside the breakwater"],
}

# ======================================================================
# templates
# ======================================================================
ALL_KINDS = set(_ITEM_SRC)
ANY = ALL_KINDS - {"boat"}
EDIBLE = {"food", "catch"}
BURN = {"light", "fuel"}
STUFF = ANY - {"money"}
SHIP = {"purser", "letter", "plain"}
SHORE = {"keeper", "harbour", "marina", "plain"}
LOGS = {"purser", "harbour", "marina"}


class Tm:
    __slots__ = ("op", "text", "kinds", "gist", "b", "note", "each", "ctx",
                 "subj")

    def __init__(self, op, text, kinds=None, gist=None, b=None, note=False,
                 each=False, ctx=None):
        self.op = op
        self.text = text
        self.kinds = ANY if kinds is None else kinds
        self.gist = gist
        self.b = b
        self.note = note
        self.each = each
        self.ctx = ctx
        self.subj = "{S}" in text or "{v:" in text


def _mk(op, rows):
    out = []
    for r in rows:
        if isinstance(r, str):
            out.append(Tm(op, r))
        else:
            text, kw = r[0], r[1] if len(r) > 1 else {}
            out.append(Tm(op, text, **kw))
    return out


ADD_T = _mk("+", [
    ("{S} {v:take} on {N} more {I}", dict(gist="taken on")),
    ("{S} {v:buy} {N} {I} from the chandler", dict(gist="bought from the chandler", kinds=STUFF)),
    ("{N} more {I} {p:receive} aboard", dict(gist="received aboard", ctx=SHIP)),
    ("the tender {t:bring} out {N} {I}", dict(gist="brought out by the tender", ctx=SHIP | {"keeper"})),
    ("{S} {v:find} {N} {I} washed up on the shingle", dict(gist="found on the shingle", kinds={"gear", "keep", "cargo", "light", "fuel"}, ctx=SHORE | {"letter"})),
    ("{S} {v:pick} up {N} more {I} at the quay", dict(gist="picked up at the quay")),
    ("{N} {I} {p:send} out to {O} by the agent", dict(gist="sent out by the agent")),
    ("{S} {v:get} {N} {I} from the relief boat", dict(gist="from the relief boat", ctx={"keeper", "plain"})),
    ("{S} {v:collect} {N} {I} from the post office", dict(gist="collected", kinds={"keep", "money", "office"})),
    ("{S} {v:win} {N} {I} at cards", dict(gist="won at cards", kinds={"money", "food", "keep"})),
    ("a neighbour {t:give} {O} {N} {I}", dict(gist="from the neighbour", ctx=SHORE | {"letter"})),
    ("{S} {v:fetch} {N} {I} up from the village", dict(gist="fetched from the village", ctx=SHORE)),
    ("{S} {v:haul} in {N} more {I}", dict(gist="hauled in", kinds={"catch"})),
    ("{S} {v:net} another {N_} {I}", dict(gist="netted", kinds={"catch"})),
    ("{S} {v:catch} {N} more {I} off the point", dict(gist="caught off the point", kinds={"catch"})),
    ("{S} {v:salvage} {N} {I} from the wreck", dict(gist="salvaged", kinds=STUFF - EDIBLE)),
    ("{S} {v:barter} for {N} {I} with a Breton crew", dict(gist="bartered for")),
    ("{S} {v:load} {N} more {I} into the hold", dict(gist="loaded", ctx=SHIP, kinds=STUFF)),
    ("{N} {I} {w:come} aboard with the morning tide", dict(gist="come aboard", ctx=SHIP)),
    ("{S} {v:draw} {N} {I} from the store on the quay", dict(gist="drawn from the store")),
    ("{S} {v:sign} for {N} {I} off the supply ship", dict(gist="signed for")),
    ("the chandler's boy {t:deliver} {N} {I}", dict(gist="delivered", kinds=STUFF)),
    ("{S} {v:earn} {N} {I} piloting a yacht into harbour", dict(gist="earned", kinds={"money"})),
    ("{S} {v:gather} {N} {I} along the tideline", dict(gist="gathered", kinds={"keep", "catch", "fuel"})),
    ("{S} {v:borrow} {N} {I} from the lifeboat station", dict(gist="borrowed", kinds=STUFF)),
    ("{S} {v:add} {N} {I} to the stock", dict(gist="added")),
    ("the supply boat {t:land} {N} {I} at the jetty", dict(gist="landed by the supply boat", ctx=SHORE)),
    ("{N} {I} {p:hand} up over the side", dict(gist="handed up", ctx=SHIP)),
    ("{S} {v:purchase} {N} {I} in {port}", dict(gist="purchased")),
    ("{S} {v:stow} away {N} more {I}", dict(gist="stowed")),
    ("{S} {v:take} delivery of {N} {I}", dict(gist="delivered")),
    ("{S} {v:be} sent {N} {I} by {Pos} sister", dict(gist="sent by the sister", ctx=SHORE | {"letter"})),
    ("{S} {v:be} given {N} {I} by the harbour master", dict(gist="given by the harbour master", ctx=SHIP | {"keeper", "marina"})),
    ("{S} {v:trade} a spare oar for {N} {I}", dict(gist="got for the oar")),
    ("{S} {v:rake} up {N} {I} at low water", dict(gist="raked up", kinds={"catch"})),
    ("{S} {v:trap} {N} {I} in {Pos} pots", dict(gist="trapped", kinds={"catch"})),
    ("another {N_} {I} {w:turn} up in the lazarette", dict(gist="turned up", ctx=SHIP)),
    ("an order of {N} {I} {t:arrive} from the mainland", dict(gist="arrived", kinds=STUFF, ctx=SHORE)),
    ("{S} {v:bring} in {N} {I} from the boats", dict(gist="brought in", ctx=SHORE)),
    ("{S} {v:come} by {N} more {I}", dict(gist="come by")),
    ("{S} {v:pull} {N} {I} out of the water", dict(gist="pulled from the water", kinds={"gear", "cargo", "fuel"})),
    ("{S} {v:scrounge} {N} {I} off the coastguard", dict(gist="scrounged")),
    ("{S} {v:dredge} up {N} {I}", dict(gist="dredged up", kinds={"catch"})),
    ("the coastguard {t:drop} off {N} {I}", dict(gist="dropped off", ctx=SHORE)),
    ("{N} more {I} {p:carry} aboard", dict(gist="carried aboard", ctx=SHIP)),
    ("{S} {v:get} hold of {N} more {I}", dict(gist="got hold of")),
    ("the carrier's cart {t:bring} {N} {I} down the hill", dict(gist="brought by the carrier", ctx={"keeper", "harbour", "plain"})),
    ("{S} {v:be} paid {N} {I} for mending nets", dict(gist="paid", kinds={"money"})),
    ("{S} {v:put} by {N} more {I}", dict(gist="put by", kinds={"money", "keep", "food"})),
    ("{S} {v:restock} with {N} {I}", dict(gist="restocked")),
    # boats
    ("{N} {I} {w:come} in on the tide", dict(gist="come in", kinds={"boat"})),
    ("{N} more {I} {w:put} in for shelter", dict(gist="put in for shelter", kinds={"boat"})),
    ("{N} {I} {w:tie} up at the wall", dict(gist="tied up", kinds={"boat"})),
    ("{N} visiting {I} {w:arrive}", dict(gist="arrived", kinds={"boat"})),
    ("{N} {I} {w:run} in ahead of the gale", dict(gist="run in", kinds={"boat"})),
    ("another {N_} {I} {w:enter} the harbour", dict(gist="entered", kinds={"boat"})),
    ("{N} {I} {w:make} fast alongside", dict(gist="made fast", kinds={"boat"})),
    ("{N} {I} {w:return} from the fishing grounds", dict(gist="returned", kinds={"boat"})),
    # notes (tense-free fragments)
    ("Received aboard: {N} {I}", dict(note=True, gist="received", ctx={"purser"})),
    ("Received aboard {N} more {I}", dict(note=True, gist="received", ctx={"purser"})),
    ("Delivery in: {N} {I}", dict(note=True, gist="delivered", ctx=LOGS, kinds=ALL_KINDS - {"boat"})),
    ("In from the van: {N} more", dict(note=True, gist="in from the van", ctx={"marina"})),
    ("Taken on at {port}: {N} {I}", dict(note=True, gist="taken on", ctx={"purser"})),
    ("Bought {N} more {I} from the chandler", dict(note=True, gist="bought", ctx=LOGS)),
    ("Found {N} more in the back store", dict(note=True, gist="found", ctx={"marina", "harbour"})),
    ("{N} {I} in with the supply boat", dict(note=True, gist="in with the supply boat", ctx=LOGS)),
    ("Restocked: {N} {I}", dict(note=True, gist="restocked", ctx=LOGS)),
    ("Returned by hirers: {N} {I}", dict(note=True, gist="returned", ctx={"marina"}, kinds={"gear", "office"})),
    ("Arrivals: {N} more {I}", dict(note=True, gist="arrived", ctx={"harbour", "marina"}, kinds={"boat"})),
    ("{N} {I} in on the morning tide", dict(note=True, gist="in on the tide", ctx={"harbour", "marina"}, kinds={"boat"})),
])

SUB_T = _mk("-", [
    ("{S} {v:give} away {N} {I}", dict(gist="given away")),
    ("{S} {v:sell} {N} {I} to a passing smack", dict(gist="sold", ctx=SHIP)),
    ("{S} {v:sell} {N} of them at the market", dict(gist="sold", ctx=SHORE)),
    ("{N} {I} {p:lose} overboard", dict(gist="lost overboard", ctx=SHIP)),
    ("{N} of them {p:wash} overboard in the gale", dict(gist="washed overboard", ctx=SHIP)),
    ("{N} {I} {p:stave} in by the seas", dict(gist="stove in", kinds={"cargo", "food", "fuel"}, ctx=SHIP)),
    ("{S} {v:use} {N} {I}", dict(gist="used", kinds=STUFF - {"keep"})),
    ("the crew {t:eat} {N} {I}", dict(gist="eaten", kinds=EDIBLE, ctx=SHIP)),
    ("{S} {v:burn} {N} {I} through the long night", dict(gist="burnt", kinds=BURN)),
    ("{N} {I} {p:condemn} by the surveyor", dict(gist="condemned", kinds={"food", "cargo", "gear"})),
    ("{S} {v:send} {N} {I} ashore", dict(gist="sent ashore", ctx=SHIP)),
    ("{S} {v:hand} over {N} {I} to the customs officer", dict(gist="handed to customs")),
    ("{S} {v:donate} {N} {I} to the seamen's mission", dict(gist="donated")),
    ("rats {w:spoil} {N} {I}", dict(gist="spoilt by rats", kinds={"food", "cargo"})),
    ("{N} {I} {w:go} bad in the heat", dict(gist="gone bad", kinds=EDIBLE)),
    ("{S} {v:throw} {N} {I} over the side", dict(gist="thrown over the side", ctx=SHIP)),
    ("{S} {v:lend} {N} {I} to the lifeboat crew", dict(gist="lent", kinds=STUFF)),
    ("{S} {v:drop} {N} {I} into the harbour", dict(gist="dropped", kinds=STUFF)),
    ("{S} {v:break} {N} of them", dict(gist="broken", kinds={"gear", "light"})),
    ("{N} {I} {p:smash} in the swell", dict(gist="smashed", kinds={"light", "gear", "food"}, ctx=SHIP)),
    ("{S} {v:unload} {N} {I} at the quay", dict(gist="unloaded", ctx=SHIP)),
    ("{S} {v:issue} {N} {I} to the men", dict(gist="issued", ctx=SHIP)),
    ("{S} {v:post} {N} {I} home", dict(gist="posted", kinds={"keep", "money"})),
    ("{S} {v:spend} {N} {I} in the tavern", dict(gist="spent", kinds={"money"})),
    ("{S} {v:pay} {N} {I} to the pilot", dict(gist="paid out", kinds={"money"})),
    ("{N} {I} {p:steal} from the quay", dict(gist="stolen")),
    ("a gale {t:carry} off {N} {I}", dict(gist="carried off", kinds=STUFF)),
    ("the gulls {w:make} off with {N} {I}", dict(gist="taken by gulls", kinds=EDIBLE)),
    ("{S} {v:jettison} {N} {I}", dict(gist="jettisoned", ctx=SHIP, kinds=STUFF)),
    ("{S} {v:return} {N} {I} to the chandler", dict(gist="returned", kinds=STUFF)),
    ("{S} {v:strike} {N} {I} off the tally", dict(gist="struck off")),
    ("{S} {v:write} off {N} {I}", dict(gist="written off")),
    ("{S} {v:ship} {N} {I} off to market", dict(gist="shipped off", kinds={"catch", "cargo", "food"})),
    ("{S} {v:part} with {N} {I}", dict(gist="parted with")),
    ("{S} {v:leave} {N} {I} behind on the quay", dict(gist="left behind")),
    ("{N} {I} {w:rot} in the damp", dict(gist="rotted", kinds={"food", "gear", "cargo"})),
    ("{S} {v:feed} {N} {I} to the ship's cat", dict(gist="fed to the cat", kinds=EDIBLE)),
    ("{S} {v:mislay} {N} {I}", dict(gist="mislaid")),
    ("{N} {I} {w:slip} off the deck in the swell", dict(gist="slipped overboard", ctx=SHIP, kinds=STUFF)),
    ("{S} {v:let} the fishwife have {N} {I}", dict(gist="let go to the fishwife", kinds={"catch", "food"})),
    ("{S} {v:swap} {N} {I} for tobacco", dict(gist="swapped away")),
    ("{S} {v:use} up {N} {I} on the lamp", dict(gist="used up", kinds={"light", "fuel"})),
    ("{S} {v:put} {N} {I} aboard the mail boat", dict(gist="put on the mail boat")),
    ("the cook {t:take} {N} {I} for the galley", dict(gist="taken for the galley", kinds=EDIBLE, ctx=SHIP)),
    # boats
    ("{N} {I} {w:put} out to sea", dict(gist="put out", kinds={"boat"})),
    ("{N} {I} {w:sail} on the morning tide", dict(gist="sailed", kinds={"boat"})),
    ("{N} {I} {w:slip} their moorings and {w:leave}", dict(gist="left", kinds={"boat"})),
    ("{N} {I} {w:head} out to the fishing grounds", dict(gist="gone out", kinds={"boat"})),
    ("{N} {I} {p:haul} out for the winter", dict(gist="hauled out", kinds={"boat"})),
    ("{N} of the {I} {w:leave} the basin", dict(gist="left", kinds={"boat"})),
    ("{N} {I} {w:motor} off up the river", dict(gist="gone upriver", kinds={"boat"})),
    ("{N} {I} {p:tow} away to the yard", dict(gist="towed away", kinds={"boat"})),
    # notes
    ("Sold {N} to a visiting yacht", dict(note=True, gist="sold", ctx={"marina"})),
    ("Lost {N} off the pontoon", dict(note=True, gist="lost", ctx={"marina"}, kinds=STUFF)),
    ("{N} out on hire", dict(note=True, gist="out on hire", ctx={"marina"}, kinds={"gear", "office"})),
    ("Issued to the crew: {N} {I}", dict(note=True, gist="issued", ctx={"purser"})),
    ("Written off: {N} {I}", dict(note=True, gist="written off", ctx=LOGS)),
    ("{N} returned to the supplier, damaged", dict(note=True, gist="returned", ctx=LOGS)),
    ("Condemned: {N} {I}", dict(note=True, gist="condemned", ctx={"purser"}, kinds={"food", "cargo", "gear"})),
    ("Used {N} on the moorings", dict(note=True, gist="used", ctx={"marina", "harbour"}, kinds={"gear"})),
    ("Gave {N} to the sailing school", dict(note=True, gist="given away", ctx={"marina"})),
    ("Departures: {N} {I}", dict(note=True, gist="departed", ctx={"harbour", "marina"}, kinds={"boat"})),
    ("{N} {I} out to the grounds at dawn", dict(note=True, gist="gone out", ctx={"harbour", "marina"}, kinds={"boat"})),
    ("Sent ashore: {N} {I}", dict(note=True, gist="sent ashore", ctx={"purser"})),
])

MUL_T = _mk("*", [
    ("{S} {v:end} up with {N_} times as many {I} as before", {}),
    ("the number of {I} {loc} {t:grow} to {N_} times what it [had been|was|was]", dict(kinds=ALL_KINDS)),
    ("{Pos} stock of {I} {t:become} {N_} times larger", {}),
    ("the tally of {I} {ps:multiply} by {N_}", dict(kinds=ALL_KINDS)),
    ("[there were now|there are now|there will then be] {N_} times as many {I} {loc}", dict(kinds=ALL_KINDS)),
    ("{Pos} {I} {w:increase} {N_} times over", {}),
    ("the heap of {I} on the quay {t:swell} to {N_} times its size", dict(kinds=STUFF - {"light"})),
    ("{S} {v:find} {self} with {N_} times as many {I}", {}),
    ("the count of {I} {t:go} up {N_} times over", dict(kinds=ALL_KINDS)),
    ("{S} [now had|now has|will then have] {N_} times the number of {I}", {}),
    ("{Pos} store of {I} {t:rise} to {N_} times its former size", {}),
    ("{S} {v:build} {Pos} {I} up to {N_} times as many", {}),
    ("{N_} times as many {I} [were|are|will be] {loc} as before", dict(kinds=ALL_KINDS)),
    ("{S} {v:increase} the {I} to {N_} times their number", {}),
    ("{S} {v:make} the count of {I} {N_} times larger", {}),
    ("the {I} {w:swell} to {N_} times their old number", dict(kinds=ALL_KINDS)),
    ("{Pos} hoard of {I} {t:grow} {N_} times bigger", dict(kinds={"keep", "money", "food"})),
    ("the catch of {I} {t:come} to {N_} times as many", dict(kinds={"catch"})),
    ("{S} {v:boost} {Pos} stock of {I} {N_} times over", {}),
    ("the figure for {I} in the book {ps:multiply} by {N_}", dict(kinds=ALL_KINDS)),
    # fixed 2
    ("{Pos} stock of {I} {t:double}", dict(b=2, gist="doubled")),
    ("{S} {v:double} {Pos} {I}", dict(b=2, gist="doubled")),
    ("the {I} {loc} {p:double}", dict(b=2, gist="doubled", kinds=ALL_KINDS)),
    ("{S} {v:end} up with twice as many {I}", dict(b=2, gist="twice as many")),
    ("the number of {I} {t:double} overnight", dict(b=2, gist="doubled", kinds=ALL_KINDS)),
    ("[there were now|there are now|there will then be] twice as many {I} {loc}", dict(b=2, gist="twice as many", kinds=ALL_KINDS)),
    ("{Pos} {I} {w:double} in number", dict(b=2, gist="doubled")),
    ("the tally of {I} {t:grow} to double what it [had been|was|was]", dict(b=2, gist="doubled", kinds=ALL_KINDS)),
    ("{S} {v:find} {self} with double the {I}", dict(b=2, gist="doubled")),
    ("twice as many {I} [lay|lie|will lie] {loc} by nightfall", dict(b=2, gist="twice as many", kinds=ALL_KINDS)),
    # fixed 3
    ("{Pos} stock of {I} {t:triple}", dict(b=3, gist="tripled")),
    ("{S} {v:triple} the {I} {loc}", dict(b=3, gist="tripled")),
    ("the {I} {w:treble} in number", dict(b=3, gist="trebled", kinds=ALL_KINDS)),
    ("the tally of {I} {ps:treble}", dict(b=3, gist="trebled", kinds=ALL_KINDS)),
    ("[there was now|there is now|there will then be] triple the number of {I}", dict(b=3, gist="tripled", kinds=ALL_KINDS)),
    ("the count of {I} {t:triple} by nightfall", dict(b=3, gist="tripled", kinds=ALL_KINDS)),
    ("{S} {v:treble} {Pos} stock of {I}", dict(b=3, gist="trebled")),
    ("{S} {v:end} up with triple the {I}", dict(b=3, gist="tripled")),
    # notes
    ("Stock doubled after the big order", dict(b=2, note=True, gist="doubled", ctx={"marina", "purser"})),
    ("Count now {N_} times what it was", dict(note=True, ctx=LOGS)),
    ("Tally trebled", dict(b=3, note=True, gist="trebled", ctx=LOGS)),
    ("Boats in the basin doubled by noon", dict(b=2, note=True, gist="doubled", ctx={"harbour", "marina"}, kinds={"boat"})),
])

DIV_T = _mk("/", [
    ("{S} {v:share} the {I} equally among {N} {grp} and {v:keep} one share", dict(gist="one share kept")),
    ("{S} {v:split} {Pos} {I} into {N} equal lots and {v:keep} just one lot", dict(gist="one lot kept")),
    ("{S} {v:divide} the {I} evenly between {N} {grp}, keeping one share for {self}", dict(gist="one share kept")),
    ("the {I} {p:parcel} out in {N} equal shares, and only one share {t:stay} {loc}", dict(gist="one share stayed")),
    ("{S} {v:pack} the {I} equally into {N} crates and {v:keep} only one crate", dict(gist="one crate kept", kinds=STUFF - {"cargo"})),
    ("{S} {v:keep} only one of {N} equal portions of the {I}", dict(gist="one portion kept")),
    ("the {I} {p:divide} into {N} equal heaps, and {S} {v:keep} one heap", dict(gist="one heap kept")),
    ("{S} {v:sort} the {I} into {N} equal piles and {v:take} one pile home", dict(gist="one pile taken")),
    ("{S} {v:split} the {I} {N_} ways, keeping one part", dict(gist="one part kept")),
    ("only one of {N} equal parts of the {I} {t:remain} {loc}", dict(gist="one part remained")),
    ("the {I} {p:portion} out equally to {N} boats, and one boatload {t:stay} with {O}", dict(gist="one boatload stayed")),
    ("{S} {v:bundle} the {I} into {N} equal bundles and {v:send} all but one away", dict(gist="one bundle kept")),
    ("{S} {v:apportion} the {I} among {N} {grp} in equal measure and {v:keep} one measure", dict(gist="one measure kept")),
    ("the {I} {p:spread} evenly along {N} pontoons, and {S} {v:count} the {I} on just one of them", dict(kinds={"boat"}, gist="one pontoon counted")),
    # each-question (final change only)
    ("{S} {v:share} the {I} equally among {N} {grp}", dict(each=True, gist="shared")),
    ("{S} {v:divide} the {I} evenly between {N} {grp}", dict(each=True, gist="divided")),
    ("the {I} {p:split} equally among {N} {grp}", dict(each=True, gist="split")),
    ("{S} {v:hand} out the {I} in equal shares to {N} {grp}", dict(each=True, gist="handed out")),
    ("{S} {v:deal} out the {I} equally to {N} {grp}", dict(each=True, gist="dealt out")),
    ("the {I} {p:parcel} out fairly among {N} {grp}", dict(each=True, gist="parcelled out")),
    # fixed 2
    ("{S} {v:give} away half of {Pos} {I}", dict(b=2, gist="half given away")),
    ("half of the {I} {p:lose} in the gale", dict(b=2, gist="half lost", kinds=ALL_KINDS)),
    ("{Pos} stock of {I} {ps:halve}", dict(b=2, gist="halved")),
    ("{S} {v:halve} the {I} {loc}", dict(b=2, gist="halved")),
    ("{S} {v:sell} half of them", dict(b=2, gist="half sold")),
    ("{S} {v:send} half the {I} ashore", dict(b=2, gist="half sent ashore", ctx=SHIP)),
    ("only half of the {I} {w:survive} the crossing", dict(b=2, gist="half survived", ctx=SHIP)),
    ("the gale {t:carry} off half of the {I}", dict(b=2, gist="half carried off", kinds=STUFF)),
    ("{S} {v:hand} half of the {I} to the lifeboat crew", dict(b=2, gist="half handed over")),
    ("half the {I} {w:go} to the mission", dict(b=2, gist="half gone to the mission")),
    ("{S} {v:part} with half of {Pos} {I}", dict(b=2, gist="half parted with")),
    ("{S} {v:share} the {I} equally with {Pos} brother, keeping half", dict(b=2, gist="halved with the brother")),
    ("half of the {I} {w:put} out to sea", dict(b=2, gist="half put out", kinds={"boat"})),
    ("{S} {v:give} half of them to the coastguard", dict(b=2, gist="half given to the coastguard")),
    ("half of them {p:condemn} as spoilt", dict(b=2, gist="half condemned", kinds={"food", "catch", "cargo"})),
    # fixed 3
    ("only a third of the {I} {w:remain} fit for use", dict(b=3, gist="a third left")),
    ("{S} {v:keep} a third of the {I} and {v:give} the rest away", dict(b=3, gist="a third kept")),
    ("{S} {v:be} left with a third of {Pos} {I}", dict(b=3, gist="a third left")),
    ("a third of the {I} {w:survive} the storm, and the rest {p:lose}", dict(b=3, gist="a third survived", kinds=ALL_KINDS)),
    ("{S} {v:keep} back a third of the {I} and {v:sell} the others", dict(b=3, gist="a third kept back")),
    ("the {I} {p:cut} down to a third", dict(b=3, gist="cut to a third")),
    ("{S} {v:hold} on to just a third of the {I}", dict(b=3, gist="a third held")),
    ("only a third of the {I} {w:stay} in harbour", dict(b=3, gist="a third stayed", kinds={"boat"})),
    # notes
    ("Halved, with half sent to the east pontoon", dict(b=2, note=True, gist="halved", ctx={"marina"})),
    ("Split {N_} ways with the other offices, one share kept", dict(note=True, gist="one share kept", ctx={"marina", "harbour"}, kinds=ANY)),
    ("Only a third left usable", dict(b=3, note=True, gist="a third left", ctx=LOGS, kinds=STUFF)),
    ("Half condemned and put ashore", dict(b=2, note=True, gist="half condemned", ctx={"purser"}, kinds={"food", "cargo"})),
])

TEMPLATES = {"+": ADD_T, "-": SUB_T, "*": MUL_T, "/": DIV_T}

START_T = [
    ("{S} {v:have} {N} {I} {loc}", {}),
    ("{S} {v:have} {N} {I}", {}),
    ("{S} {v:begin} the week with {N} {I}", {}),
    ("{S} {v:keep} {N} {I} {loc}", {}),
    ("{S} {v:count} {N} {I} {loc}", {}),
    ("{S} {v:start} the season with {N} {I}", {}),
    ("there [were|are] {N} {I} {loc}", dict(kinds=ALL_KINDS, nosubj=True)),
    ("{N} {I} [lay|lie] {loc}", dict(kinds=ALL_KINDS, nosubj=True)),
    ("{S} {v:own} {N} {I}", dict(kinds={"gear", "money", "keep", "boat"})),
    ("{S} {v:hold} {N} {I} in store", {}),
    ("the stores book [showed|shows] {N} {I}", dict(nosubj=True)),
    ("the tally at first light [stood|stands] at {N} {I}", dict(kinds=ALL_KINDS)),
    ("{S} {v:set} out from {port} with {N} {I} aboard", dict(ctx=SHIP)),
    ("{S} {v:have} {N} {I} put by", dict(kinds={"money", "food", "keep"})),
    ("{N} {I} [were|are] {loc} at the start of the week", dict(kinds=ALL_KINDS, nosubj=True)),
    ("{S} {v:be} in charge of {N} {I}", dict(kinds=ALL_KINDS)),
    ("{S} {v:look} after {N} {I} {loc}", dict(kinds=ALL_KINDS)),
    ("the harbour master {t:count} {N} {I} {loc} at dawn", dict(kinds={"boat"}, ctx={"harbour", "plain", "marina"})),
    ("Opening stock: {N} {I}", dict(note=True, ctx=LOGS)),
    ("Stores on hand: {N} {I}", dict(note=True, ctx={"purser"})),
    ("Start of day, {N} {I} {loc}", dict(note=True, ctx={"marina", "harbour"}, kinds=ALL_KINDS)),
    ("Received aboard at {port}: {N} {I}", dict(note=True, ctx={"purser"})),
    ("Count at first light: {N} {I} {loc}", dict(note=True, ctx=LOGS, kinds=ALL_KINDS)),
]
PSTART_T = [
    ("{S} {v:have} {A} {C} with {B} {I} in each", {}),
    ("{S} {v:have} {A} {C} of {B} {I} each", {}),
    ("{A} {C} [stood|stand] {loc}, each holding {B} {I}", dict(nosubj=True)),
    ("{S} {v:take} aboard {A} {C}, each with {B} {I} in it", dict(ctx=SHIP)),
    ("{S} {v:count} {A} {C} of {B} {I} apiece", {}),
    ("there [were|are] {A} {C} {loc}, and each of the {A} {C} [held|holds] {B} {I}", dict(nosubj=True)),
    ("{A} rows of {B} {I} [filled|fill] the shelves {loc}", dict(nosubj=True, kinds=STUFF - {"cargo"}, cont="rows")),
    ("{S} {v:stack} {A} tiers of {B} {I} {loc}", dict(cont="tiers")),
    ("the packet [brought|brings] {Pos_or_the} {A} {C} holding {B} {I} each", dict(ctx=SHIP | {"keeper"})),
    ("Received aboard: {A} {C}, {B} {I} to each", dict(note=True, ctx={"purser"})),
    ("Opening stock: {A} {C} of {B} {I}", dict(note=True, ctx=LOGS)),
    ("{A} {C} [lay|lie] {loc} with {B} {I} in every one", dict(nosubj=True)),
    # boats
    ("{A} pontoons [had|have] {B} {I} moored along each", dict(nosubj=True, kinds={"boat"}, boat=True, cont="pontoons")),
    ("{A} rows of {B} {I} [lay|lie] {loc}", dict(nosubj=True, kinds={"boat"}, boat=True, cont="rows")),
    ("there [were|are] {A} trots of moorings in the river with {B} {I} on each", dict(nosubj=True, kinds={"boat"}, boat=True, cont="trots of moorings")),
]

# ======================================================================
# frames: headers, distractors, adverbials, questions
# ======================================================================
HEADERS = {
    "purser": ["Stores log, the {stype} {ship}.", "From the purser's book of the {ship}.",
               "Purser's stores log, {ship}, lying at {port}.",
               "Log of stores kept aboard the {ship}.", "The {ship}, stores account.",
               "Stores book of the {stype} {ship}, out of {port}."],
    "keeper": ["Journal of the keeper, {light} Light.", "{light} lighthouse, keeper's journal.",
               "From the journal kept at {light}.", "Keeper's daybook, {light}.",
               "Kept at {light} Light, in the keeper's hand."],
    "harbour": ["Harbour master's tally, {port}.", "Tally kept at the harbour office, {port}.",
                "{port} harbour, day book.", "Harbour office, {port}, notes of the day."],
    "marina": ["Marina office notes.", "{marina} Marina, office log.",
               "Desk notes, {marina} Marina.", "Fuel dock notes.",
               "Chandlery notes, {marina} Marina.", "Shift handover, {marina} Marina."],
    "plain": [],
    "letter": [],
}
DISTRACT = {
    "sea": ["Wind fresh from the south-west.", "The glass is falling.",
            "Fog lay thick over the Sound until noon.", "All hands well.",
            "The cook complains of the damp.", "We sighted the Lizard at dusk.",
            "Heavy swell from the west all day.", "Rain squalls through the forenoon.",
            "The ship rolled abominably.", "Calm, with a long oily swell.",
            "Wind backing easterly by evening.",
            "A Dutch galliot passed close under our lee.",
            "The bosun's mate is laid up with a fever.",
            "Owing to heavy weather, no sail was made.",
            "Spoke the packet from Lisbon; all well with her.",
            "Pumps sounded at dawn and found dry."],
    "letter": ["Pray give my love to little Annie.", "I hope this finds you well.",
               "Tell Father the boat is sound.", "The weather has been cruel this week.",
               "I think of home every night.", "Do not fret on my account.",
               "Kiss the baby for me.", "The skipper is a fair man.",
               "My hands are healing nicely now."],
    "keeper": ["Lamp lit at sunset; burning bright.", "Fog signal sounded through the night.",
               "A heavy sea broke over the gallery.", "Gannets diving off the rocks at noon.",
               "The relief is overdue.", "Glass polished and lens cleaned.",
               "Wind veered north in the night.", "Heard a ship's horn in the fog.",
               "The inspector's visit passed off well."],
    "harbour": ["Tide high at noon.", "The harbour wall wants pointing.",
                "Gulls thick over the fish market.", "A fine clear morning.",
                "The dredger is idle again.", "Weather fair, wind light.",
                "The lifeboat went out on exercise.", "Swell running at the entrance."],
    "marina": ["Pontoon gate still sticking.", "Card machine down again.",
               "Nice quiet morning.", "Forecast says gusty later.",
               "Showers cleaned.", "Visitor berths busy.", "Kettle finally fixed.",
               "Reminder: chase the overdue invoices.", "Fuel pump serviced."],
    "plain": ["It was a grey, blustery morning.", "The tide was on the turn.",
              "Gulls wheeled over the harbour.", "Nobody on the quay said much about it.",
              "It rained without stopping.", "The wind had dropped by then."],
}
DISTRACT_FOR = {"purser": ["sea"], "letter": ["letter", "sea"], "keeper": ["keeper"],
                "harbour": ["harbour"], "marina": ["marina"], "plain": ["plain", "sea"]}
ADV_GEN = ["later", "then", "next", "after that", "that evening", "by noon",
           "in the forenoon watch", "next morning", "at the turn of the tide",
           "before dark", "towards evening", "on the Tuesday", "soon after",
           "at first light", "in the dog watches", "shortly afterwards",
           "on the Saturday", "in the afternoon", "at slack water", "by and by"]
ADV_PREFIX_ONLY = {"then", "next", "after that", "later", "by and by", "soon after"}
ADV_SUB = ["owing to heavy weather", "in the gale", "through some carelessness",
           "sad to say", "alas", "in the night", "during the blow"]
ADV_ADD = ["at {port}", "by good fortune", "to our great relief", "happily",
           "on the flood tide"]
CONNECT = [", and ", ", and then ", "; then ", ", after which ", " and afterwards ",
           "; later ", ", and soon after ", "; next, "]

# questions: {R} third-person reference, {do} aux, {have} etc.
Q_GEN = [
    "How many {I} {do} {R} have [at the end|now|then]?",
    "How many {I} [were|are|will be] left {loc}?",
    "How many {I} [remained|remain|will remain] {loc}?",
    "What [was|is|will be] the final count of {I}?",
    "How many {I} should the {role} enter in the book?",
    "At the close, how many {I} [had|has|will] {R}[|| have]?",
    "How many {I} {do} {R} end up with?",
    "How many {I} [were there|are there|will there be] {loc} after all that?",
    "By nightfall, how many {I} [were|are|will be] {loc}?",
    "How many {I} [were|are|will be] in hand when the book [was|is|is] closed?",
    "What number of {I} [did|does|will] the log show at the end?",
    "How many {I} {do} {R} have left?",
    "How many {I} [were|are|will be] {loc} at the last?",
    "Reckon it up: how many {I} [were|are|will be] left?",
    "How many {I}, then, [were|are|will be] left {loc}?",
    "How many {I} [did|does|will] that leave {forR}?",
    "And how many {I} [stood|stand|will stand] in the book after that?",
]
Q_LETTER = ["Pray, how many {I} [had|has|will] {R}[|| have] at the end?",
            "How many {I} {do} {R} have by the time the letter [was|is|is] sent?",
            "How many {I} [were|are|will be] left to {R}?"]
Q_MARINA = ["{I_cap} on hand at close?", "Closing count of {I}?",
            "How many {I} in stock now?", "{I_cap} left {loc}?",
            "What's the count of {I} now?"]
Q_BOAT = ["How many {I} [were|are|will be] {loc} at the end?",
          "How many {I} [lay|lie|will lie] {loc} by evening?",
          "What [was|is|will be] the final tally of {I} {loc}?",
          "How many {I} [were|are|will be] left {loc}?",
          "By dusk, how many {I} [were|are|will be] {loc}?"]
Q_EACH = ["How many {I} {do} each {g} get?",
          "How many {I} [went|go|will go] to each {g}?",
          "What [was|is|will be] each {g}'s share of the {I}?",
          "How many {I} [did|does|will] every {g} receive?",
          "How many {I} [fell|fall|will fall] to each {g}?"]

# ======================================================================
# solution-side phrasing
# ======================================================================
OPSETS = [
    {"+": "+", "-": "-", "*": "*", "/": "/"},
    {"+": "+", "-": "-", "*": "×", "/": "÷"},
    {"+": "+", "-": "−", "*": "×", "/": "÷"},
    {"+": "+", "-": "-", "*": "×", "/": "/"},
    {"+": "+", "-": "−", "*": "*", "/": "/"},
]

# leads: (text, uses_op_word)  {E} equation, {U} unit, {L} loc, {g} gist, {bw} operand b
STEP_ADD = [("Add the {U} {g}: {E}.", True), ("Plus those {g}: {E}.", True),
            ("With the {U} {g}, {E}.", False), ("{gc}, so {E}.", False),
            ("Add {bw}: {E}.", True), ("Adding {bw} more gives {E}.", True),
            ("{E}, more {U} {g}.", False), ("Stock rises: {E} {U}.", False),
            ("Taken up in the book: {E}.", False), ("Received, {E}.", False),
            ("{bw} {g}, so {E} {U}.", False), ("Increase of {bw}: {E}.", True),
            ("Then {E} {U} {L}.", False), ("Carry in the {U} {g}: {E}.", False)]
STEP_SUB = [("Less those {g}: {E}.", True), ("Take away the {U} {g}: {E}.", True),
            ("Deduct {bw}: {E}.", True), ("Minus {bw} {g}, {E}.", True),
            ("Struck off the tally: {E}.", False), ("{E} {U} remaining.", False),
            ("{E} left {L}.", False), ("After the loss, {E}.", False),
            ("Loss entered: {E}.", False), ("{gc}: {E}.", False),
            ("{bw} {g}, which leaves {E}.", False), ("This leaves {E} {U}.", False),
            ("Less {bw}: {E} {U}.", True), ("Down by {bw}: {E}.", True)]
STEP_MUL = [("Multiply out: {E}.", True), ("{E} after the increase.", False),
            ("Times {bw}: {E}.", True), ("Increase taken up: {E}.", False),
            ("The stock grows: {E} {U}.", False), ("So {E} {U} {L}.", False),
            ("{gc}: {E}.", False), ("{bw} times over: {E}.", True)]
STEP_DIV = [("Divide equally: {E}.", True), ("One share of {bw}: {E}.", True),
            ("Split {bw} ways: {E}.", True), ("Each share: {E}.", False),
            ("{E} {U} in the one share.", False), ("{gc}: {E}.", False),
            ("Divide by {bw}: {E}.", True), ("{E} {U} after the sharing.", False)]
STEP_GEN = [("{E}", False), ("{E}.", False), ("{E} {U}", False), ("{E} {U}.", False),
            ("So {E}.", False), ("Then {E}.", False), ("Next: {E}", False),
            ("Working: {E}", False), ("Reckoning: {E}", False),
            ("By my reckoning {E}.", False), ("I make it {E} {U}.", False),
            ("Entered: {E}", False), ("Tally: {E}", False), ("Log: {E}", False),
            ("Now {E}.", False), ("That gives {E} {U}.", False),
            ("In the margin: {E}", False), ("Running total {E}.", False),
            ("Balance now {E}.", False), ("Carry {E} forward.", False),
            ("Reckoned thus: {E} {U} {L}.", False), ("{E} {U} {L}.", False)]
STEP_PROD = ["{E}", "{E} {U}.", "Opening stock: {E} {U}.", "First the {C}: {E} {U}.",
             "Start with {E} {U}.", "To begin, {E}.", "Count the stores: {E}.",
             "Stock on hand: {E} {U} {L}.", "{Cc} times {U} in each: {E}.",
             "Begin with {E} {U} in all.", "Whole stock first: {E}.",
             "The {C} hold {E} {U} between them."]
FINAL_GEN = ["#### {x}", "The answer is {x}.", "Answer: {x}", "Answer: {x} {U}.",
             "{x} {U}.", "So {R} [had|has|will have] {x} {U} [at the end|now|then].",
             "That leaves {x} {U} {L}.", "There [were|are|will be] {x} {U} {L} at the close.",
             "Closing balance: {x} {U}.", "Carried forward: {x}.",
             "Enter {x} {U} in the book.", "By my reckoning, {x}.",
             "Final tally: {x} {U}.", "Total on hand: {x}.", "Remaining {L}: {x} {U}.",
             "The log should show {x} {U}.", "I make it {x} {U} in all.",
             "{x} is the number to enter.", "Therefore {x} {U}.",
             "So the answer is {x} {U}.", "Stores remaining: {x}.", "Hence {x}.",
             "Count at close: {x}.", "{Rc} [ended|ends|will end] up with {x} {U}.",
             "All told, {x} {U}.", "Result: {x}", "Answer, {x} {U} left.",
             "#### {x}", "The answer is {x}."]
FINAL_EACH = ["Each {g} [got|gets|will get] {x} {U}.", "{x} {U} to each {g}.",
              "Each share is {x}.", "#### {x}", "Answer: {x}", "The answer is {x}.",
              "So every {g} [had|has|will have] {x}."]


# ======================================================================
# slips
# ======================================================================
def apply_op(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def _swaps(n):
    s = str(n)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.append(int(t))
    return out


def _digit_tweaks(n):
    s = str(n)
    out = []
    for i, ch in enumerate(s):
        for d in (-1, 1):
            nd = int(ch) + d
            if 0 <= nd <= 9 and not (i == 0 and nd == 0 and len(s) > 1):
                out.append(int(s[:i] + str(nd) + s[i + 1:]))
    return out


def _nocarry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str((da + db) % 10))
    return int("".join(out[::-1]))


def _noborrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(da - db)))
    return int("".join(out[::-1]))


def arith_slips(a, op, b, c):
    """Plausible wrong results for a op b (true c); weighted list."""
    cands = []
    for d in (1, -1, 10, -10):
        cands += [c + d] * 2
    if c >= 100:
        cands += [c + 100, c - 100]
    cands += _swaps(c) * 2
    cands += _digit_tweaks(c)
    if op == "+":
        cands += [_nocarry_add(a, b)] * 3
    elif op == "-":
        cands += [_noborrow_sub(a, b)] * 3
        cands += [c + 10] * 1
    elif op == "*":
        cands += [a * (b - 1), a * (b + 1)]
        cands += [c + a, c - a]
    else:
        cands += [c + 1, c - 1]
    lo = max(0, len(str(c)) - 1)
    return [x for x in cands if x != c and 0 <= x <= 9999
            and lo <= len(str(x)) <= len(str(c)) + 1]


def misreads(n):
    out = _swaps(n) * 2
    out += [n + 10, n - 10, n + 1, n - 1]
    if n >= 100:
        out += [n + 100, n - 100]
    return [x for x in out if x > 0 and x != n]


def answer_slips(eqs, c, start_val):
    cands = [c + 1, c - 1, c + 10, c - 10] + _swaps(c) * 2
    if len(eqs) >= 1:
        cands += [eqs[-1][0]] * 3          # value before the last change
    if len(eqs) >= 2:
        cands += [eqs[-2][3]]              # an earlier total
    cands += [start_val]
    return [x for x in cands if x != c and x >= 0]


# ======================================================================
# plan generation
# ======================================================================
KINDS = ["arithmetic", "operand", "operation", "answer"]


class Owner:
    pass


def _pron(g):
    if g == "m":
        return dict(nom="he", obj="him", pos="his", refl="himself", num="3s")
    if g == "f":
        return dict(nom="she", obj="her", pos="her", refl="herself", num="3s")
    if g == "pl":
        return dict(nom="they", obj="them", pos="their", refl="themselves", num="pl")
    if g == "I":
        return dict(nom="I", obj="me", pos="my", refl="myself", num="1s")
    return dict(nom="we", obj="us", pos="our", refl="ourselves", num="pl")


def make_owner(rng, ctx, env):
    o = Owner()
    g = rng.choice("mf")
    first = rng.choice(MALE if g == "m" else FEMALE)
    sur = rng.choice(SURNAMES)
    ttl = {"m": "Mr.", "f": rng.choice(["Mrs.", "Miss"])}[g]
    o.first_person = False
    if ctx == "purser":
        full = rng.choice([f"{ttl} {sur}, the purser,", f"Purser {first} {sur}",
                           f"{first} {sur}, purser of the {env['ship']},",
                           f"the purser, {ttl} {sur},"])
        short = [f"{ttl} {sur}", "the purser", sur]
        role = "purser"
        fp = rng.random() < 0.4
    elif ctx == "keeper":
        full = rng.choice([f"Keeper {first} {sur}", f"{first} {sur}, keeper of the {env['light']} light,",
                           f"old {first} {sur}", f"the keeper, {first} {sur},"])
        short = ["the keeper", first, f"{ttl} {sur}"]
        role = "keeper"
        fp = rng.random() < 0.55
    elif ctx == "harbour":
        full = rng.choice([f"Harbour master {first} {sur}", f"{ttl} {sur}, the harbour master,",
                           f"{first} {sur} at the harbour office"])
        short = ["the harbour master", f"{ttl} {sur}", first]
        role = "harbour master"
        fp = rng.random() < 0.15
    elif ctx == "letter":
        full = first
        short = [first]
        role = "writer"
        fp = True
    elif ctx == "marina":
        full = rng.choice([f"{first} on the desk", f"{first} at the fuel dock",
                           f"{first} {sur} in the office", f"{first} from the yard"])
        short = [first, first]
        role = "office"
        fp = False
    else:
        r = rng.random()
        if r < 0.12:
            g = "pl"
            full = rng.choice([f"the {sur} brothers", f"the crew of the {env['ship']}",
                               f"the {sur} sisters", "the lifeboat crew"])
            short = ["the crew"] if "crew" in full else [full]
            role = "crew"
        else:
            full = rng.choice([f"Captain {sur}", f"Skipper {first} {sur}",
                               f"Bosun {first}", f"old {first}", f"{ttl} {sur}",
                               f"{first} the ferryman", f"{first}, cook of the {env['ship']},",
                               f"{first} {sur}", first, f"Coxswain {sur}",
                               f"{first} the net-mender", f"{first} {sur} of {env['port']}"])
            if full.startswith(("Captain", "Coxswain")) or first not in full:
                short = [full]
            else:
                short = [first, first, f"{ttl} {sur}" if sur in full else first]
            role = rng.choice(["skipper", "bosun", "captain", "clerk", "cook"])
        fp = False
    o.name = first
    o.full = full
    o.short = short
    o.role = role
    if fp:
        o.first_person = True
        o.pr = _pron("I" if (ctx != "letter" or rng.random() < 0.8) else "we")
    else:
        o.pr = _pron(g)
    o.g = g
    # third-person handle for questions / answers
    if ctx == "letter":
        o.R, o.Rnum = first, "3s"
    elif o.first_person:
        o.R, o.Rnum = "the " + role, "3s"
    else:
        o.R = short[0] if g != "pl" else full
        o.Rnum = "pl" if g == "pl" else "3s"
    return o


def choose_b(rng, op, v):
    """Pick an operand for op at current value v, or None if infeasible."""
    if op == "+":
        r = rng.random()
        if r < 0.45:
            b = rng.randint(2, 20)
        elif r < 0.8:
            b = rng.randint(21, 99)
        else:
            b = rng.randint(100, 450)
        b = min(b, 999, 9999 - v)
        return b if b >= 2 else None
    if op == "-":
        if v < 5:
            return None
        hi = min(999, v - 2)
        r = rng.random()
        if r < 0.45:
            b = rng.randint(2, min(20, hi))
        elif r < 0.8:
            b = rng.randint(2, max(2, min(hi, v // 2)))
        else:
            b = rng.randint(2, hi)
        return b
    if op == "*":
        r = rng.random()
        b = 2 if r < 0.38 else 3 if r < 0.58 else rng.randint(2, 9)
        if v * b > 9999:
            b = 2
            if v * 2 > 9999:
                return None
        return b
    divs = [d for d in range(2, 13) if v % d == 0 and v // d >= 2]
    if not divs:
        return None
    r = rng.random()
    if r < 0.38 and 2 in divs:
        return 2
    if r < 0.58 and 3 in divs:
        return 3
    return rng.choice(divs)


def make_plan(rng, n_changes, product):
    """Numbers of one problem: start (or factors) and a list of (op, b)."""
    for _ in range(100):
        if product:
            a = rng.randint(2, 25)
            b = rng.randint(2, 48)
            if a * b > 1200 or a * b < 8:
                continue
            v = a * b
            start = None
            factors = (a, b)
        else:
            r = rng.random()
            if r < 0.35:
                v = rng.randint(8, 60)
            elif r < 0.75:
                v = rng.randint(61, 250)
            elif r < 0.985:
                v = rng.randint(251, 999)
            else:
                v = 1000
            if rng.random() < 0.4 and v < 1000:
                k = rng.choice([2, 3, 4, 5, 6, 8, 10, 12])
                v = max(k * 2, v - v % k)
            start = v
            factors = None
        changes = []
        ok = True
        for _i in range(n_changes):
            ops = ["+", "-", "*", "/"]
            w = [3, 3, 1.6 if v <= 600 else 0.4, 2]
            for _t in range(12):
                op = rng.choices(ops, w)[0]
                b = choose_b(rng, op, v)
                if b is not None:
                    break
            else:
                ok = False
                break
            c = apply_op(v, op, b)
            if c is None or c < 2 or c > 9999:
                ok = False
                break
            changes.append((op, b))
            v = c
        if ok:
            return start, factors, changes
    return None


def true_eqs(start, factors, changes):
    eqs = []
    if factors:
        v = factors[0] * factors[1]
        eqs.append((factors[0], "*", factors[1], v))
    else:
        v = start
    for op, b in changes:
        c = apply_op(v, op, b)
        eqs.append((v, op, b, c))
        v = c
    return eqs


def _continue(eqs_prefix, rest):
    """Continue a (possibly wrong) chain with the problem's own ops/operands."""
    out = list(eqs_prefix)
    v = out[-1][3]
    for op, b in rest:
        c = apply_op(v, op, b)
        if c is None or c < 0 or c > 9999:
            return None
        out.append((v, op, b, c))
        v = c
    return out


def _wrong_ops(op, a, b):
    table = {"+": ["-", "-", "-", "*"], "-": ["+", "+", "+", "/"],
             "*": ["+", "+", "/", "/"], "/": ["*", "*", "-", "-"]}
    return table[op]


def inject(rng, start, factors, changes, fixed_b, kind, idx):
    """Return written equations with an error of `kind` at equation idx."""
    eqs = true_eqs(start, factors, changes)
    a, op, b, c = eqs[idx]
    ci = idx - (1 if factors else 0)       # index of this step's change (-1 = product)
    rest = changes[ci + 1:]
    # numbers a solver could misread from the problem text (not the implied 2/3)
    prob_nums = ([start] if start is not None else list(factors)) + \
        [x[1] for x, fb in zip(changes, fixed_b) if not fb]
    cands = []
    if kind == "arithmetic":
        for c2 in arith_slips(a, op, b, c):
            cands.append((a, op, b, c2))
    elif kind == "operand":
        b_fixed = ci >= 0 and fixed_b[ci]
        # wrong b
        if not b_fixed:
            alts = misreads(b) + [x for x in prob_nums if x != b] * 2
            for b2 in alts:
                if op in "*/" and (b2 < 2 or b2 > 12):
                    continue
                cands.append((a, op, b2, apply_op(a, op, b2)))
        # wrong a
        if ci == -1:
            alts_a = misreads(a)
        else:
            alts_a = misreads(a)
            if idx >= 1:
                alts_a += [eqs[idx - 1][0]] * 3   # skipped the previous change
            if idx >= 2:
                alts_a += [eqs[idx - 2][0]]
            if idx == 0:
                alts_a += [x for x in prob_nums[1:] if x != a]
        for a2 in alts_a:
            if a2 > 0 and a2 != a:
                cands.append((a2, op, b, apply_op(a2, op, b)))
    elif kind == "operation":
        for op2 in _wrong_ops(op, a, b):
            cands.append((a, op2, b, apply_op(a, op2, b)))
    rng.shuffle(cands)
    for cand in cands:
        c2 = cand[3]
        if c2 is None or c2 == c or c2 < 0 or c2 > 9999:
            continue
        if cand == (a, op, b, c):
            continue
        out = _continue(eqs[:idx] + [cand], rest)
        if out is not None:
            return out
    return None


# ======================================================================
# text rendering
# ======================================================================
def _item_ok_for_product(item):
    return item[0].split()[0] not in _CONTAINER_HEADS


def _ctx_ok(t, ctx):
    return t.ctx is None or ctx in t.ctx


def _pick_template(rng, op, b, kind, ctx, used, allow_each, allow_note):
    pool = []
    for t in TEMPLATES[op]:
        if t.text in used:
            continue
        if kind not in t.kinds or not _ctx_ok(t, ctx):
            continue
        if t.b is not None and t.b != b:
            continue
        if t.each and not allow_each:
            continue
        if t.note and not allow_note:
            continue
        pool.append(t)
    if not pool:
        return None
    # give the fixed wordings (doubled, half, a third) a fair chance
    fixed = [t for t in pool if t.b is not None]
    if fixed and rng.random() < 0.55:
        return rng.choice(fixed)
    each = [t for t in pool if t.each]
    if each and rng.random() < 0.35:
        return rng.choice(each)
    return rng.choice(pool)


class Scene:
    pass


def make_scene(rng):
    s = Scene()
    s.ctx = rng.choices(["purser", "keeper", "harbour", "letter", "marina", "plain"],
                        [18, 17, 14, 15, 14, 22])[0]
    s.env = dict(ship=rng.choice(SHIPS), stype=rng.choice(SHIP_TYPES),
                 port=rng.choice(PORTS), light=rng.choice(LIGHTS),
                 marina=rng.choice(MARINAS))
    kind = rng.choice(CTX_KINDS[s.ctx])
    cands = [it for it in ITEMS if it[2] == kind]
    s.item = rng.choice(cands)
    s.kind = kind
    s.loc = rng.choice(LOCS["boat"] if kind == "boat" else LOCS[s.ctx])
    s.owner = make_owner(rng, s.ctx, s.env)
    if s.owner.pr["nom"] == "we":
        s.loc = s.loc.replace("my ", "our ")
    if s.ctx == "marina":
        s.tense = rng.choices(["present", "past", "future"], [6, 3, 1])[0]
    elif s.ctx in ("letter", "purser"):
        s.tense = rng.choices(["past", "present", "future"], [8, 1, 1])[0]
    else:
        s.tense = rng.choices(["past", "present", "future"], [6, 3, 1])[0]
    s.notes = s.ctx in ("marina", "purser", "harbour") and rng.random() < 0.45
    if s.notes and s.ctx == "harbour" and kind != "boat":
        s.notes = rng.random() < 0.5
    return s


def _subj(rng, sc, first):
    o = sc.owner
    if o.first_person:
        return o.pr["nom"], o.pr["num"]
    if first:
        return o.full, o.pr["num"]
    r = rng.random()
    if r < 0.55:
        return o.pr["nom"], o.pr["num"]
    return rng.choice(o.short), o.pr["num"]


def _base_ctx(sc, tense):
    o = sc.owner
    d = dict(tense=tense, I=sc.item[1], i=sc.item[0], loc=sc.loc,
             port=sc.env["port"], O=o.pr["obj"], Pos=o.pr["pos"],
             self=o.pr["refl"], snum=o.pr["num"], S=o.pr["nom"])
    return d


def render_problem(rng, sc, start, factors, changes, tmpls, each_last):
    """Return (problem_text, phrases) where phrases lists rendered operands."""
    o = sc.owner
    tense = sc.tense
    st_tense = "present" if tense == "future" else tense
    mentioned = [False]
    phrases = {"start": None, "factors": None, "changes": []}
    sentences = []

    # ---- header / salutation
    if sc.ctx == "letter":
        sal, rels = rng.choice(RECIPIENTS)
        sc.letter_rel = rels
        sentences.append(sal + ",")
    elif HEADERS[sc.ctx] and rng.random() < 0.7:
        sentences.append(fill(rng.choice(HEADERS[sc.ctx]),
                              dict(tense="past", **{k: v for k, v in sc.env.items()})))

    def subj_ctx(tns, tmpl=""):
        d = _base_ctx(sc, tns)
        s, n = _subj(rng, sc, not mentioned[0])
        d["S"], d["snum"] = s, n
        if not mentioned[0] and not o.first_person and "{S}" not in tmpl:
            # no pronoun may point at an owner the reader has not met yet
            d["Pos"] = "the"
            d["O"] = o.short[0]
        return d

    # ---- start
    if factors:
        pool = [t for t in PSTART_T
                if (sc.kind == "boat") == bool(t[1].get("boat"))
                and (t[1].get("kinds") is None or sc.kind in t[1]["kinds"])
                and (t[1].get("ctx") is None or sc.ctx in t[1]["ctx"])
                and (sc.notes or not t[1].get("note"))
                and not (t[1].get("note") and not sc.notes)]
        if sc.notes:
            notes = [t for t in pool if t[1].get("note")]
            if notes and rng.random() < 0.6:
                pool = notes
        tmpl, meta = rng.choice(pool)
        d = subj_ctx(st_tense)
        ck = "catch" if sc.kind == "catch" else "default"
        cont = rng.choice(CONTAINERS[ck])
        cs, cp = (cont.split("|") if "|" in cont else (cont, _plural(cont)))
        A, B = factors
        d.update(A=say_num(rng, A, 0.35, article=False), B=say_num(rng, B, 0.25, article=False),
                 C=cp, Pos_or_the=o.pr["pos"] if o.first_person else "the")
        phrases["factors"] = (d["A"], d["B"])
        sc.container = meta.get("cont", cp)
        text = fill(tmpl, d)
    else:
        pool = [t for t in START_T
                if (t[1].get("kinds") is None and sc.kind != "boat" or
                    (t[1].get("kinds") is not None and sc.kind in t[1]["kinds"]))
                and (t[1].get("ctx") is None or sc.ctx in t[1]["ctx"])
                and (not t[1].get("note") or sc.notes)]
        if sc.notes:
            notes = [t for t in pool if t[1].get("note")]
            if notes and rng.random() < 0.6:
                pool = notes
        tmpl, meta = rng.choice(pool)
        d = subj_ctx(st_tense)
        d["N"] = say_num(rng, start, 0.3)
        phrases["start"] = d["N"]
        sc.container = None
        text = fill(tmpl, d)
    if "{S}" in tmpl or "{v:" in tmpl:
        mentioned[0] = True
    start_clause = text

    # ---- change clauses
    clauses = []
    for k, ((op, b), t) in enumerate(zip(changes, tmpls)):
        d = subj_ctx(tense, t.text)
        if t.b is None:
            d["N"] = say_num(rng, b, 0.3)
            d["N_"] = say_num(rng, b, 0.3, article=False)
            phrases["changes"].append(d["N"] if "{N}" in t.text else d["N_"])
        else:
            phrases["changes"].append(None)
        g = rng.choice(GROUPS)
        d["grp"], d["grp_s"] = g[1], g[0]
        if t.each:
            sc.each_group = g
        txt = fill(t.text, d)
        if t.subj:
            mentioned[0] = True
        clauses.append((txt, t, op))

    # ---- sentence grouping (at most 8 sentences in all)
    fixed_n = len(sentences) + 1 + 1 + (1 if sc.ctx == "letter" else 0)
    groups = []
    i = 0
    while i < len(clauses):
        r = rng.random()
        n = 1 if r < 0.68 else 2 if r < 0.95 else 3
        grp = clauses[i:i + n]
        if any(c[1].note for c in grp):
            grp = clauses[i:i + 1]
        groups.append(grp)
        i += len(grp)

    def n_sent(gs):
        return sum(len(g) if g[0][1].note else 1 for g in gs)

    while n_sent(groups) + fixed_n > 8:
        if sc.ctx != "letter" and sentences:
            sentences = []
            fixed_n -= 1
            continue
        for gi in range(len(groups) - 1):
            if not groups[gi][0][1].note and not groups[gi + 1][0][1].note \
                    and len(groups[gi]) + len(groups[gi + 1]) <= 3:
                groups[gi] = groups[gi] + groups[gi + 1]
                del groups[gi + 1]
                break
        else:
            return None, None

    merged_start = (groups and not groups[0][0][1].note and len(groups[0]) == 1
                    and rng.random() < 0.2 and not START_IS_NOTE(start_clause))

    def adverb(op):
        if rng.random() < 0.55:
            return None, False
        if op == "-" and rng.random() < 0.4:
            return rng.choice(ADV_SUB), True
        if op == "+" and rng.random() < 0.3:
            return fill(rng.choice(ADV_ADD), dict(tense="past", port=sc.env["port"])), True
        a = rng.choice(ADV_GEN)
        return a, a not in ADV_PREFIX_ONLY

    body = []          # raw (not yet capitalised) sentences
    note_raw = set()
    for gi, grp in enumerate(groups):
        if grp[0][1].note:
            for txt, t, op in grp:
                body.append(txt)
                note_raw.add(txt)
            continue
        parts = []
        for ci, (txt, t, op) in enumerate(grp):
            if ci == 0:
                adv, can_suffix = adverb(op)
                if adv and adv.split()[-1] in txt:
                    adv = None
                if adv:
                    if (len(grp) == 1 and can_suffix and "," not in txt
                            and rng.random() < 0.3):
                        txt = txt + ", " + adv
                    else:
                        txt = adv + ", " + txt
            parts.append(txt)
        s = parts[0]
        for p in parts[1:]:
            conn = rng.choice(CONNECT)
            if tense == "future" and "after which" in conn:
                conn = ", and then "
            s += conn + p
        body.append(s)

    if merged_start and body:
        start_sentence = cap(start_clause) + ", and " + body[0] + "."
        body = body[1:]
    else:
        start_sentence = cap(start_clause) + "."
    foldable = [cap(b) + "." for b in body if b not in note_raw]
    body = [cap(b) + "." for b in body]

    # ---- question
    sc.mentioned = mentioned[0] or o.first_person
    q = make_question(rng, sc, each_last)

    # ---- assemble with distractors, respecting 8 sentences
    seq = [start_sentence] + body
    room = 8 - len(sentences) - len(seq) - 1 - (1 if sc.ctx == "letter" else 0)
    n_dis = 0
    if room > 0:
        n_dis = rng.choices([0, 1, 2], [4, 4, 1.5])[0]
        n_dis = min(n_dis, room)
    pools = []
    for key in DISTRACT_FOR[sc.ctx]:
        pools += DISTRACT[key]
    for _ in range(n_dis):
        pos = rng.randint(1, len(seq))
        if rng.random() < 0.25:
            pos = 0
        d_s = rng.choice(pools)
        if d_s not in seq:
            seq.insert(pos, d_s)
    out = sentences + seq
    if sc.ctx == "letter":
        rel = rng.choice(sc.letter_rel[sc.owner.g])
        so = rng.choice(["I remain, your loving {r}, {n}.", "Your affectionate {r}, {n}.",
                         "Ever your loving {r}, {n}.", "With fond love from your {r}, {n}.",
                         "I remain your dutiful {r}, {n}."])
        out.append(so.format(r=rel, n=sc.owner.name))
    if (sc.ctx != "letter" and out and out[-1] in foldable + [start_sentence]
            and not START_IS_NOTE(out[-1])
            and q.startswith("How many") and rng.random() < 0.15):
        # fold the question into the last sentence: "..., so how many ...?"
        out[-1] = out[-1][:-1] + rng.choice([", so ", "; "]) + q[0].lower() + q[1:]
    else:
        out.append(q)
    return " ".join(out), phrases


def START_IS_NOTE(s):
    return ":" in s or s.startswith(("Opening", "Start of", "Count at", "Stores on"))


def make_question(rng, sc, each_last):
    o = sc.owner
    I = sc.item[1]
    d = dict(tense=sc.tense, I=I, I_cap=cap(I), loc=sc.loc, role=o.role if o.role != "office" else "clerk",
             R=o.R, forR="for " + o.R,
             do={"past": "did", "present": "does" if o.Rnum == "3s" else "do", "future": "will"}[sc.tense])
    if each_last:
        d["g"] = sc.each_group[0]
        d["do"] = {"past": "did", "present": "does", "future": "will"}[sc.tense]
        return cap(fill(rng.choice(Q_EACH), d))
    if sc.kind == "boat":
        pool = Q_BOAT + ["How many {I} [were|are|will be] left {loc}?"]
    else:
        pool = list(Q_GEN)
        if sc.ctx == "letter":
            pool = [q for q in pool if "{role}" not in q and " book" not in q
                    and " log " not in q] + Q_LETTER * 2
        if sc.ctx == "marina" and sc.tense == "present":
            pool += Q_MARINA * 2
    if not sc.mentioned:
        pool = [x for x in pool if "{R}" not in x and "{forR}" not in x] or Q_BOAT[:1]
    q = fill(rng.choice(pool), d)
    return cap(q)


# ---------------------------------------------------------------- steps
def _eq_text(rng, a, op, b, c, opset, tight):
    sym = opset[op]
    if tight:
        return f"{a}{sym}{b}={c}"
    return f"{a} {sym} {b} = {c}"


def render_steps(rng, sc, written, changes, tmpls, factors, final_x, each_last):
    opset = rng.choice(OPSETS)
    tight_p = rng.choice([0.0, 0.0, 0.0, 0.15, 1.0])
    hand = rng.choice(["bare", "unit", "ledger", "narr", "mixed", "mixed"])
    I_pl, I_sg = sc.item[1], sc.item[0]
    steps = []
    for k, (a, op, b, c) in enumerate(written):
        E = _eq_text(rng, a, op, b, c, opset, rng.random() < tight_p)
        U = I_sg if c == 1 else I_pl
        if factors and k == 0:
            cont = sc.container or "crates"
            t = rng.choice(STEP_PROD if hand != "bare" else ["{E}", "{E} {U}"])
            s = t.format(E=E, U=U, C=cont, Cc=cap(cont), L=sc.loc)
            steps.append(s)
            continue
        ci = k - (1 if factors else 0)
        pop, pb = changes[ci]
        tm = tmpls[ci]
        fam = {"+": STEP_ADD, "-": STEP_SUB, "*": STEP_MUL, "/": STEP_DIV}[pop]
        op_wrong = op != pop
        if hand == "bare":
            pool = STEP_GEN[:2] + [("{E}", False)] * 2
        elif hand == "unit":
            pool = [STEP_GEN[2], STEP_GEN[3], STEP_GEN[21], STEP_GEN[15]]
        elif hand == "ledger":
            pool = fam + STEP_GEN[8:20]
        elif hand == "narr":
            pool = fam + [STEP_GEN[10], STEP_GEN[15], STEP_GEN[20]]
        else:
            pool = fam + STEP_GEN
        pool = [p for p in pool if not (op_wrong and p[1])]
        if tm.gist is None:
            pool = [p for p in pool if "{g" not in p[0]] or [("{E}", False)]
        t = rng.choice(pool)[0]
        bw = say_num(rng, b, 0.35, article=False)
        gist = tm.gist or ""
        s = t.format(E=E, U=U, L=sc.loc, g=gist, gc=cap(gist), bw=bw)
        s = cap(s) if not s[:1].isdigit() else s
        steps.append(" ".join(s.split()))
    # final
    o = sc.owner
    d = dict(tense=sc.tense, x=str(final_x), U=(I_sg if final_x == 1 else I_pl),
             L=sc.loc, R=o.R, Rc=cap(o.R))
    if each_last:
        d["g"] = sc.each_group[0]
        f = rng.choice(FINAL_EACH)
    else:
        f = rng.choice(FINAL_GEN)
        if "{R" in f and (o.Rnum == "pl" or sc.kind == "boat" or not sc.mentioned):
            f = "The answer is {x}."
    fx = fill(f.replace("{x}", "\x00").replace("{U}", "\x01").replace("{L}", "\x02")
              .replace("{R}", "\x03").replace("{Rc}", "\x04").replace("{g}", "\x05"), d)
    fx = (fx.replace("\x00", d["x"]).replace("\x01", d["U"]).replace("\x02", d["L"])
          .replace("\x03", d["R"]).replace("\x04", d["Rc"]).replace("\x05", d.get("g", "")))
    steps.append(cap(fx) if not fx[:1].isdigit() else fx)
    return steps


# ======================================================================
# record assembly
# ======================================================================
def _schedule(rng):
    """One block of 80 (kind, position) slots: 36 correct, 11 of each error
    kind at each of four positions (answer errors sit at the final step)."""
    slots = [("none", None)] * 36 + [("answer", "final")] * 11
    for k in KINDS[:3]:
        ps = ["first", "middle", "last"] * 4
        rng.shuffle(ps)
        slots += [(k, p) for p in ps[:11]]
    rng.shuffle(slots)
    return slots


def _one(rng, rid, kind, pos):
    if kind == "answer":
        pos = None
    for _attempt in range(200):
        product = rng.random() < 0.25
        n_ch = rng.choices([1, 2, 3, 4, 5], [16, 23, 25, 20, 16])[0]
        n_eq = n_ch + (1 if product else 0)
        if pos == "middle" and n_eq < 3:
            continue
        if pos == "last" and n_eq < 2:
            continue
        plan = make_plan(rng, n_ch, product)
        if plan is None:
            continue
        start, factors, changes = plan
        sc = make_scene(rng)
        if factors and (sc.kind != "boat" and not _item_ok_for_product(sc.item)):
            continue
        # templates per change
        tmpls = []
        ok = True
        for j, (op, b) in enumerate(changes):
            last = j == len(changes) - 1
            t = _pick_template(rng, op, b, sc.kind, sc.ctx, {x.text for x in tmpls},
                               allow_each=last and not sc.owner.first_person and sc.kind != "boat",
                               allow_note=sc.notes)
            if t is None:
                ok = False
                break
            tmpls.append(t)
        if not ok:
            continue
        each_last = tmpls[-1].each
        fixed_b = [t.b is not None for t in tmpls]
        eqs = true_eqs(start, factors, changes)
        truth = eqs[-1][3]
        if kind == "none":
            written = eqs
            final_x = truth
            label = -1
        elif kind == "answer":
            written = eqs
            slips = answer_slips(eqs, truth, start if start is not None else factors[0])
            if not slips:
                continue
            final_x = rng.choice(slips)
            label = len(eqs)
        else:
            if pos == "first":
                idx = 0
            elif pos == "last":
                idx = n_eq - 1
            else:
                idx = rng.randint(1, n_eq - 2)
            written = inject(rng, start, factors, changes, fixed_b, kind, idx)
            if written is None:
                continue
            final_x = written[-1][3]
            label = idx
        text, phrases = render_problem(rng, sc, start, factors, changes, tmpls, each_last)
        if text is None or len(text.split()) > 90:
            continue
        steps = render_steps(rng, sc, written, changes, tmpls, factors, final_x, each_last)
        rec = {"id": rid, "problem": text, "steps": steps, "label": label,
               "final_answer_correct": final_x == truth, "error_kind": kind}
        meta = {"start": start, "factors": factors, "changes": changes,
                "written": written, "final_x": final_x, "truth": truth,
                "phrases": phrases, "fixed_b": [t.b for t in tmpls],
                "each": each_last, "tmpls": [t.text for t in tmpls], "ctx": sc.ctx,
                "kind": sc.kind, "pos": pos if kind in KINDS[:3] else
                ("final" if kind == "answer" else None)}
        return rec, meta
    raise RuntimeError("could not build a record")


def _build(seed, count):
    rng = random.Random(seed)
    recs, metas = [], []
    sched = []
    for i in range(count):
        if not sched:
            sched = _schedule(rng)
        kind, pos = sched.pop()
        rec, meta = _one(rng, f"ad-{seed}-{i:05d}", kind, pos)
        recs.append(rec)
        metas.append(meta)
    return recs, metas


def generate(seed: int, count: int) -> list[dict]:
    return _build(seed, count)[0]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
