"""gen-x: arithmetic word problems in the register of formal exam papers and mark schemes.

generate(seed, count) -> list of records
  {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}

Internal representation (kept in `meta` by generate_full): the start (an int, or a pair
of factors), the list of changes (op, operand), the written equations and the stated answer.
Standard library only; deterministic for a seed.
"""
import json
import os
import random
import re

# ---------------------------------------------------------------------------
# numbers in words
# ---------------------------------------------------------------------------
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def num_words(n):
    if n < 20:
        return _ONES[n]
    t, o = divmod(n, 10)
    return _TENS[t] + ("" if o == 0 else "-" + _ONES[o])


FOLD = {2: "twofold", 3: "threefold", 4: "fourfold", 5: "fivefold", 6: "sixfold",
        7: "sevenfold", 8: "eightfold", 9: "ninefold", 10: "tenfold"}

# ---------------------------------------------------------------------------
# verb conjugation
# ---------------------------------------------------------------------------
_PAST = {
    "buy": "bought", "get": "got", "find": "found", "win": "won", "bring": "brought",
    "give": "gave", "sell": "sold", "lose": "lost", "eat": "ate", "spend": "spent",
    "break": "broke", "throw": "threw", "take": "took", "make": "made", "send": "sent",
    "lend": "lent", "put": "put", "cut": "cut", "set": "set", "split": "split",
    "keep": "kept", "pay": "paid", "build": "built", "grow": "grew", "catch": "caught",
    "hold": "held", "leave": "left", "begin": "began", "come": "came", "do": "did",
    "have": "had", "go": "went", "see": "saw", "drop": "dropped", "scrap": "scrapped",
    "ship": "shipped", "snap": "snapped", "swap": "swapped", "top": "topped",
    "become": "became", "stand": "stood", "withdraw": "withdrew", "draw": "drew",
    "mislay": "mislaid", "shed": "shed", "sweep": "swept", "stick": "stuck",
    "dig": "dug", "run": "ran", "bin": "binned", "rob": "robbed", "tip": "tipped",
    "pick": "picked", "forget": "forgot", "hand": "handed", "let": "let", "write": "wrote",
    "rise": "rose", "ride": "rode",
}
_ING = {
    "drop": "dropping", "scrap": "scrapping", "ship": "shipping", "snap": "snapping",
    "swap": "swapping", "top": "topping", "cut": "cutting", "set": "setting",
    "split": "splitting", "put": "putting", "win": "winning", "get": "getting",
    "begin": "beginning", "run": "running", "be": "being", "see": "seeing",
    "bin": "binning", "dig": "digging", "tip": "tipping", "forget": "forgetting",
    "let": "letting", "shop": "shopping",
}


def _third(v):
    if v == "have":
        return "has"
    if v == "be":
        return "is"
    if v in ("do", "go"):
        return v + "es"
    if re.search(r"(s|sh|ch|x|z|o)$", v):
        return v + "es"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ies"
    return v + "s"


def _past(v, plural):
    if v == "be":
        return "were" if plural else "was"
    if v in _PAST:
        return _PAST[v]
    if v.endswith("e"):
        return v + "d"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ied"
    return v + "ed"


def _ing(v):
    if v in _ING:
        return _ING[v]
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith("ee"):
        return v[:-1] + "ing"
    return v + "ing"


def conj(text, tense, plural, mode="finite", will_first=True):
    """Replace ^verb markers. tense: 0 present, 1 past, 2 future. mode 'ing' for gerunds."""
    state = {"first": will_first}

    def rep(m):
        v = m.group(1)
        if mode == "ing":
            return _ing(v)
        if tense == 0:
            if v == "be":
                return "are" if plural else "is"
            return v if plural else _third(v)
        if tense == 1:
            return _past(v, plural)
        if state["first"]:
            state["first"] = False
            return "will " + v
        return v

    return re.sub(r"\^([a-z]+)", rep, text)


def tense_pick(text, tense):
    return re.sub(r"\[([^\[\]|]*)\|([^\[\]|]*)\|([^\[\]|]*)\]",
                  lambda m: m.group(tense + 1), text)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------------------
# vocabulary (typed for this generator)
# ---------------------------------------------------------------------------
ITEMS = {
    "stationery": ["pencils", "pens", "erasers", "rulers", "notebooks", "folders", "envelopes",
                   "paper clips", "sticky notes", "highlighters", "crayons", "marker pens",
                   "staplers", "exercise books", "glue sticks", "pencil sharpeners",
                   "index cards", "drawing pins", "ring binders", "protractors"],
    "food": ["loaves", "bread rolls", "muffins", "scones", "croissants", "cupcakes", "biscuits",
             "doughnuts", "pies", "flapjacks", "bagels", "pretzels", "brownies", "tarts",
             "crumpets", "pasties", "sandwiches", "cookies", "macaroons", "eclairs",
             "teacakes", "sausage rolls"],
    "produce": ["apples", "pears", "oranges", "lemons", "plums", "peaches", "potatoes", "carrots",
                "onions", "turnips", "cabbages", "melons", "apricots", "tomatoes", "cucumbers",
                "pumpkins", "eggs", "parsnips", "leeks", "mangoes", "kiwis", "avocados"],
    "hardware": ["bolts", "screws", "nuts", "washers", "hinges", "nails", "brackets", "rivets",
                 "springs", "valves", "pipes", "tiles", "bricks", "panels", "cables", "fuses",
                 "clamps", "gaskets", "light bulbs", "padlocks", "door handles", "castors"],
    "books": ["books", "novels", "atlases", "dictionaries", "magazines", "comics", "textbooks",
              "journals", "pamphlets", "maps", "posters", "calendars", "catalogues", "diaries",
              "photo albums", "vinyl records", "DVDs", "puzzle books"],
    "toys": ["marbles", "dolls", "toy cars", "kites", "yo-yos", "jigsaws", "board games",
             "teddy bears", "building blocks", "spinning tops", "balloons", "puppets",
             "toy soldiers", "rubber ducks", "tin whistles", "model trains", "action figures",
             "frisbees", "skipping ropes", "rattles"],
    "clothing": ["scarves", "gloves", "hats", "socks", "shirts", "jumpers", "ties", "belts",
                 "jackets", "aprons", "caps", "mittens", "sandals", "boots", "T-shirts",
                 "waistcoats", "cardigans", "raincoats"],
    "animals": ["sheep", "goats", "hens", "ducks", "rabbits", "pigs", "geese", "cows", "lambs",
                "ponies", "turkeys", "calves", "piglets", "chicks"],
    "sports": ["footballs", "tennis balls", "cricket bats", "shuttlecocks", "hockey sticks",
               "golf balls", "rackets", "training cones", "bibs", "medals", "trophies",
               "helmets", "water bottles", "whistles", "dumbbells", "swimming caps",
               "relay batons", "netballs"],
    "garden": ["seedlings", "tulip bulbs", "flower pots", "rose bushes", "sunflowers", "ferns",
               "cacti", "herb plants", "sacks of compost", "watering cans", "trowels",
               "seed packets", "hanging baskets", "bird feeders", "garden gnomes", "daffodils",
               "saplings", "hedge plants"],
    "household": ["candles", "mugs", "plates", "bowls", "teacups", "spoons", "forks", "towels",
                  "cushions", "lamps", "vases", "storage jars", "teapots", "coat hangers",
                  "picture frames", "clocks", "mirrors", "blankets", "napkins", "doormats"],
    "craft": ["beads", "ribbons", "buttons", "stickers", "postcards", "badges", "stamps",
              "sequins", "feathers", "pompoms", "pipe cleaners", "keyrings", "bookmarks",
              "greeting cards", "fridge magnets", "paintbrushes", "canvases", "balls of wool"],
    "electronics": ["batteries", "chargers", "headphones", "memory cards", "calculators",
                    "plugs", "adapters", "keyboards", "remote controls", "speakers", "torches",
                    "USB sticks", "phone cases", "printer cartridges", "webcams", "extension leads"],
    "misc": ["tickets", "raffle tickets", "coupons", "coins", "tokens", "vouchers", "passes",
             "shells", "pebbles", "conkers", "acorns", "trading cards"],
}
ALL_CATS = list(ITEMS)
FRAGILE = {"household", "electronics", "toys", "hardware", "sports", "food", "produce"}
EDIBLE = {"food", "produce"}
MADE = {"food", "hardware", "toys", "clothing", "electronics", "craft", "stationery"}

CONTAINERS = [("box", "boxes"), ("crate", "crates"), ("carton", "cartons"), ("tray", "trays"),
              ("pack", "packs"), ("bag", "bags"), ("sack", "sacks"), ("case", "cases"),
              ("tin", "tins"), ("basket", "baskets"), ("shelf", "shelves"), ("rack", "racks"),
              ("pallet", "pallets"), ("bundle", "bundles"), ("drawer", "drawers"),
              ("bin", "bins"), ("tub", "tubs"), ("parcel", "parcels"), ("packet", "packets"),
              ("container", "containers"), ("hamper", "hampers"), ("chest", "chests"),
              ("cabinet", "cabinets"), ("barrel", "barrels"), ("trolley", "trolleys"),
              ("row", "rows"), ("stack", "stacks"), ("batch", "batches")]
ANIMAL_CONTAINERS = [("pen", "pens"), ("field", "fields"), ("shed", "sheds"), ("barn", "barns"),
                     ("paddock", "paddocks"), ("enclosure", "enclosures")]

RECIP = [("friend", "friends"), ("class", "classes"), ("branch", "branches"), ("team", "teams"),
         ("household", "households"), ("stall", "stalls"), ("neighbour", "neighbours"),
         ("school", "schools"), ("department", "departments"), ("customer", "customers"),
         ("volunteer", "volunteers"), ("cousin", "cousins"), ("club", "clubs"),
         ("ward", "wards"), ("shop", "shops")]
PARTS = [("pile", "piles"), ("batch", "batches"), ("bag", "bags"), ("box", "boxes"),
         ("portion", "portions"), ("lot", "lots"), ("group", "groups"), ("bundle", "bundles"),
         ("parcel", "parcels"), ("crate", "crates"), ("heap", "heaps"), ("set", "sets")]

WHO = ["a neighbour", "a friend", "a local school", "a cousin", "a colleague", "a charity",
       "a nearby hospital", "the village hall", "a youth group", "a relative", "a food bank",
       "another branch", "a regular customer", "a community garden", "a partner school"]

FEMALE = ("Priya Amara Zainab Chloe Hannah Ingrid Yuki Mei Fatima Leila Sofia Olga Nadia Chiamaka "
          "Aisha Rosa Lucia Ines Freya Maeve Siobhan Grace Tamsin Imogen Beatrix Harriet Esther "
          "Ruth Naomi Keziah Anouk Sanne Lotte Astrid Sigrid Katarzyna Zofia Agnieszka Ilona Marta "
          "Elif Ayse Defne Noor Yasmin Salma Hiba Rania Ama Efua Abena Wanjiru Njeri Thandiwe "
          "Nomvula Lerato Palesa Adaeze Ngozi Folake Bisi Kemi Ananya Divya Kavya Meera Lakshmi "
          "Anjali Sunita Harpreet Simran Jaspreet Mai Linh Thao Hoa Seo-yeon Min-ji Sakura Aiko "
          "Hana Rin Xiu Lan Ying Camila Valentina Ximena Paloma Catalina Renata Beatriz Leonor "
          "Matilde Giulia Chiara Francesca Elodie Margaux Amelie Colette Brigid Orla Niamh Aoife "
          "Tegan Carys Bronwen Ffion Mirela Ioana Daria Anya Tatiana Lena Greta Hedda Pia").split()
MALE = ("Tomasz Idris Kwame Kofi Yaw Emeka Chidi Tunde Femi Olu Sipho Thabo Bongani Tendai Farai "
        "Kamau Otieno Juma Rashid Omar Karim Tariq Bilal Hamza Yusuf Imran Arjun Rohan Vikram "
        "Sanjay Dev Nikhil Rahul Ishaan Gurpreet Manpreet Hiroshi Kenji Takumi Haruto Ren Daichi "
        "Wei Jun Hao Bo Minh Duc Tuan Quang Min-jun Joon Mateo Santiago Diego Joaquin Emilio "
        "Rafael Thiago Bruno Tiago Duarte Luca Matteo Lorenzo Enzo Giacomo Pierre Lucien Theo "
        "Bastien Anton Lars Sven Nils Bjorn Piet Joost Ruben Florian Lukas Felix Jonas Milan "
        "Pavel Ondrej Marek Dmitri Yuri Oleg Bogdan Stefan Mihai Emre Kerem Baris Ciaran Declan "
        "Padraig Rhys Gethin Dafydd Callum Angus Fraser Hamish Alfie Reuben Edmund Jasper Rupert "
        "Barnaby Elliot Nathaniel Gideon Ezra").split()
SURNAMES = ("Okafor Mensah Adeyemi Kowalski Nowak Hoffmann Lindqvist Moreau Rossi Ferreira Santos "
            "Garcia Morales Tanaka Nakamura Kim Park Nguyen Tran Chen Zhang Wong Patel Sharma Iyer "
            "Banerjee Khan Haddad Aziz Demir Yilmaz Papadopoulos Ionescu Petrov Novak Horvat "
            "O'Brien Murphy MacLeod Evans Hughes Ashworth Fairbanks Pemberton Whitlock Ellery "
            "Okonjo Achebe Mwangi Odhiambo Dlamini Nkosi Boateng Asante Quispe Mamani Alvarez "
            "Castillo Varga Lindgren").split()
ROLES = ["a shopkeeper", "a farmer", "a teacher", "a librarian", "a baker", "a stallholder",
         "a student", "a collector", "a caretaker", "a gardener", "a technician", "a volunteer",
         "a club secretary", "a market trader", "a warehouse manager"]

# (first mention, short name, item categories)
ORGS = [
    ("factory", ["hardware", "electronics", "toys", "clothing"]),
    ("warehouse", ALL_CATS),
    ("bakery", ["food"]),
    ("school library", ["books"]),
    ("garden centre", ["garden", "produce"]),
    ("village shop", ["food", "produce", "household", "stationery", "misc"]),
    ("charity shop", ["books", "clothing", "household", "toys"]),
    ("toy shop", ["toys", "craft"]),
    ("sports club", ["sports", "clothing"]),
    ("farm", ["animals", "produce"]),
    ("market stall", ["produce", "food", "household", "craft"]),
    ("museum gift shop", ["craft", "books", "toys"]),
    ("hardware store", ["hardware", "garden", "electronics"]),
    ("stationery supplier", ["stationery"]),
    ("department store", ALL_CATS),
    ("corner shop", ["food", "stationery", "misc", "household"]),
    ("primary school", ["stationery", "books", "sports"]),
    ("youth club", ["sports", "toys", "misc", "craft"]),
    ("hotel", ["household", "food"]),
    ("online retailer", ["electronics", "books", "toys", "clothing"]),
    ("community centre", ["household", "books", "misc", "craft"]),
    ("greengrocer's", ["produce"]),
    ("cafe", ["food"]),
    ("craft club", ["craft"]),
    ("tennis club", ["sports"]),
    ("clothing boutique", ["clothing"]),
    ("repair workshop", ["hardware", "electronics"]),
    ("distribution depot", ALL_CATS),
    ("supermarket", ["food", "produce", "household"]),
    ("petting farm", ["animals"]),
    ("printing firm", ["stationery", "books"]),
    ("souvenir kiosk", ["craft", "misc"]),
]
ORG_PREFIX = ["A certain", "A", "A small", "A local", "A busy", "A certain", "A family-run"]

PERIODS = ["week", "month", "term", "day", "season", "quarter", "year", "fortnight"]

# ---------------------------------------------------------------------------
# change templates. "A": predicate (holder is subject). "C": whole clause.
# tags: E edible only, B breakable only, N not animals, P people/animals ok
# ---------------------------------------------------------------------------
ADD_A = [
    ("^buy {n} more {it}", ""), ("^receive {n} {it} as a gift", ""),
    ("^collect a further {n} {it}", ""), ("^pick up another {n} {it}", ""),
    ("^find {n} extra {it}", "N"), ("^win {n} {it} in a competition", ""),
    ("^earn {n} additional {it}", "N"), ("^add {n} {it} to {P} stock", ""),
    ("^bring in {n} more {it}", ""), ("^purchase {n} further {it}", ""),
    ("^acquire {n} more {it}", ""), ("^obtain an additional {n} {it}", ""),
    ("^take delivery of {n} {it}", ""), ("^gain {n} {it}", ""),
    ("^make {n} more {it}", "M"), ("^produce a further {n} {it}", "M"),
    ("^stock up with {n} more {it}", ""), ("^borrow {n} {it} from {who}", "N"),
    ("^gather {n} more {it}", ""), ("^accept a donation of {n} {it}", ""),
    ("^top up {P} supply with {n} {it}", ""), ("^inherit {n} {it}", ""),
    ("^manufacture another {n} {it}", "M"), ("^come across {n} more {it}", "N"),
    ("^get hold of {n} more {it}", ""), ("^snap up {n} {it} in a sale", ""),
    ("^secure {n} additional {it}", ""), ("^be given {n} {it}", ""),
    ("^be sent {n} more {it}", ""), ("^be awarded {n} {it}", "N"),
    ("^be handed {n} {it} by {who}", ""), ("^be presented with {n} {it}", ""),
    ("^receive a shipment of {n} {it}", ""), ("^add a further {n} {it} to the collection", ""),
    ("^round up {n} more {it}", ""), ("^get {n} more {it} from a supplier", ""),
    ("^pick out {n} more {it} at the market", ""), ("^win a further {n} {it} in a raffle", "N"),
    ("^take in {n} {it} from {who}", ""), ("^rescue {n} {it} from a clearance sale", "N"),
    ("^bring back {n} {it} from a trip", ""), ("^buy in {n} extra {it}", ""),
    ("^swap some old stock for {n} new {it}", "N"), ("^restock with {n} {it}", ""),
    ("^pick up {n} {it} at an auction", ""),
]
ADD_C = [
    ("{n} {it} [are|were|will be] delivered to {O}", ""),
    ("a supplier [delivers|delivered|will deliver] {n} more {it}", ""),
    ("a further {n} {it} [arrive|arrived|will arrive]", ""),
    ("{who} [gives|gave|will give] {O} {n} {it}", ""),
    ("{n} new {it} [are|were|will be] added to the stock", ""),
    ("another {n} {it} [turn|turned|will turn] up in a storeroom", "N"),
    ("a customer [returns|returned|will return] {n} {it}", "N"),
    ("an extra {n} {it} [are|were|will be] brought in", ""),
    ("a consignment of {n} {it} [arrives|arrived|will arrive]", ""),
    ("{n} more {it} [are|were|will be] donated to {O}", ""),
    ("the stock [is|was|will be] increased by {n} {it}", ""),
    ("a late delivery [adds|added|will add] {n} {it} to the total", ""),
]
SUB_A = [
    ("^give away {n} {it}", ""), ("^give {n} of them to {who}", ""), ("^lose {n} {it}", ""),
    ("^sell {n} {it}", ""), ("^eat {n} of them", "E"), ("^use {n} {it}", "N"),
    ("^drop {n} of the {it}", "B"), ("^donate {n} {it} to {who}", ""),
    ("^throw out {n} {it}", "N"), ("^hand out {n} {it}", "N"), ("^dispatch {n} {it}", ""),
    ("^send {n} {it} to another branch", ""), ("^discard {n} damaged {it}", "N"),
    ("^lend {n} {it} to {who}", ""), ("^return {n} {it} to the supplier", ""),
    ("^use up {n} of the {it}", "N"), ("^sell off {n} {it}", ""), ("^get rid of {n} {it}", ""),
    ("^pass on {n} {it} to {who}", ""), ("^part with {n} {it}", ""),
    ("^misplace {n} of them", "N"), ("^write off {n} {it}", "N"), ("^remove {n} {it}", ""),
    ("^consume {n} {it}", "E"), ("^ship {n} {it} to customers", ""),
    ("^deliver {n} {it} to {who}", ""), ("^trade away {n} {it}", ""),
    ("^throw away {n} of the {it}", "N"), ("^scrap {n} {it}", "N"), ("^hand over {n} {it}", ""),
    ("^donate {n} of them", ""), ("^withdraw {n} {it} from stock", ""),
    ("^post {n} {it} to a relative", "N"), ("^sell {n} of them at a fair", ""),
    ("^give up {n} {it}", ""), ("^recycle {n} of the {it}", "N"), ("^offload {n} {it}", ""),
    ("^have {n} {it} stolen", ""), ("^auction off {n} {it}", ""),
    ("^clear out {n} old {it}", "N"), ("^break {n} of the {it}", "B"),
    ("^set aside {n} {it} for {who}, removing them from stock", ""),
    ("^let {n} of the {it} go to {who}", ""), ("^pack off {n} {it} to {who}", ""),
]
SUB_C = [
    ("{n} of the {it} [are|were|will be] sold", ""),
    ("{n} {it} [are|were|will be] found to be faulty and removed", "N"),
    ("a customer [buys|bought|will buy] {n} of them", ""),
    ("{n} {it} [go|went|will go] missing", ""),
    ("thieves [take|took|will take] {n} of the {it}", ""),
    ("{n} of them [break|broke|will break] in transit", "B"),
    ("{n} {it} [are|were|will be] collected by {who}", ""),
    ("a leak [ruins|ruined|will ruin] {n} of the {it}", "N"),
    ("{n} {it} [are|were|will be] sent back as surplus", ""),
    ("an order for {n} {it} [is|was|will be] dispatched", ""),
    ("{n} of the {it} [are|were|will be] written off", "N"),
    ("inspectors [reject|rejected|will reject] {n} of the {it}", "N"),
]
# multiply; "fix" gives a required operand, else any n
MUL_A = [
    ("^multiply {P} stock of {it} by {n}", "", None),
    ("^increase the number of {it} by a factor of {n}", "", None),
    ("^end up with {n} times as many {it} as before", "", None),
    ("^expand {P} collection of {it} to {n} times its size", "", None),
    ("^scale up {P} stock of {it} by a factor of {n}", "", None),
    ("^grow {P} holding of {it} to {n} times what it was", "", None),
    ("^make the number of {it} {n} times larger", "", None),
    ("^replace each of {P} {it} with {n} new ones", "N", None),
    ("^swap every one of {P} {it} for {n} others", "N", None),
    ("^double {P} stock of {it}", "", 2), ("^double the number of {it}", "", 2),
    ("^triple {P} supply of {it}", "", 3), ("^treble the number of {it}", "", 3),
    ("^quadruple {P} stock of {it}", "", 4),
    ("^end up with twice as many {it} as before", "", 2),
    ("^finish with triple the number of {it}", "", 3),
    ("^have twice as many {it} as before by the end of the period", "", 2),
    ("^multiply the number of {it} by {n}", "", None),
    ("^boost {P} stock of {it} {fold}", "", "fold"),
    ("^increase {P} holding of {it} {fold}", "", "fold"),
    ("^build up {P} stock of {it} to {n} times its earlier level", "", None),
    ("^see {P} stock of {it} rise to {n} times the previous figure", "", None),
    ("^raise the number of {it} to {n} times its former value", "", None),
    ("^receive enough new {it} to double the stock", "", 2),
    ("^manage to double {P} collection", "", 2),
    ("^quadruple the size of {P} collection", "", 4),
    ("^triple the size of {P} stock", "", 3),
    ("^finish with {n} times as many {it} as at the previous count", "", None),
    ("^multiply {P} holdings by {n}", "", None),
    ("^succeed in doubling the number of {it}", "", 2),
]
MUL_C = [
    ("the number of {it} [is|was|will be] multiplied by {n}", "", None),
    ("the stock of {it} [grows|grew|will grow] to {n} times its previous size", "", None),
    ("each of the {it} [is|was|will be] replaced by {n} new ones", "N", None),
    ("the total [becomes|became|will become] {n} times larger", "", None),
    ("there [are soon|were soon|will soon be] {n} times as many {it} as before", "", None),
    ("the number of {it} then [doubles|doubled|will double]", "", 2),
    ("the quantity of {it} [is|was|will be] trebled", "", 3),
    ("the stock [increases|increased|will increase] {fold}", "", "fold"),
    ("the number of {it} [is|was|will be] doubled", "", 2),
    ("the supply of {it} [is|was|will be] tripled", "", 3),
    ("the number of {it} [rises|rose|will rise] {fold}", "", "fold"),
    ("a supplier [triples|tripled|will triple] the stock", "", 3),
    ("the stock [is|was|will be] boosted to {n} times its former level", "", None),
    ("{P} stock of {it} [doubles|doubled|will double]", "", 2),
    ("the holding [grows|grew|will grow] by a factor of {n}", "", None),
    ("the total [is|was|will be] scaled up by a factor of {n}", "", None),
    ("a bumper delivery [multiplies|multiplied|will multiply] the stock by {n}", "", None),
    ("the stock [doubles|doubled|will double] in size overnight", "", 2),
    ("the count of {it} [ends|ended|will end] up {n} times as large as before", "", None),
]
DIV_A = [
    ("^share them equally among {n} {gr} and ^keep one share", "", None),
    ("^split {P} {it} equally into {n} {gp}, keeping only one of them", "", None),
    ("^divide the {it} into {n} equal {gp} and ^keep one {gps}", "", None),
    ("^sort {P} {it} into {n} equal {gp} and ^retain just one {gps}", "", None),
    ("^distribute them evenly across {n} {gr}, keeping a single share", "", None),
    ("^pack the {it} equally into {n} {gp} and ^keep one {gps}", "", None),
    ("^portion out the {it} equally between {n} {gr}, keeping one share", "", None),
    ("^halve {P} stock of {it}", "", 2),
    ("^keep just half of the {it} and ^give the rest away", "", 2),
    ("^keep only a third of the {it}, donating the rest", "", 3),
    ("^cut {P} stock of {it} by half", "", 2),
    ("^give away half of {P} {it}", "", 2),
    ("^divide {P} stock of {it} equally between {n} {gr} and ^keep one share", "", None),
    ("^share out the {it} equally among {n} {gr}, holding on to one share", "", None),
    ("^split the {it} into {n} equal {gp} and ^hold on to one of them", "", None),
    ("^reduce {P} stock of {it} to half", "", 2),
    ("^reduce the number of {it} to a third of what it was", "", 3),
    ("^keep one share after dividing the {it} equally among {n} {gr}", "", None),
    ("^part with half of {P} {it}", "", 2),
    ("^sell half of the {it}", "", 2),
    ("^donate half of {P} {it} to {who}", "", 2),
    ("^lose half of the {it}", "", 2),
    ("^arrange the {it} into {n} equal {gp}, holding back one {gps} and giving away the others", "", None),
    ("^allocate the {it} equally to {n} {gr}, keeping one allocation", "", None),
    ("^bundle the {it} into {n} equal {gp} and ^keep only one", "", None),
]
DIV_C = [
    ("the {it} [are|were|will be] shared equally among {n} {gr}, and {SR} ^keep one share", "", None),
    ("the stock [is|was|will be] halved", "", 2),
    ("only a third of the {it} [remain|remained|will remain] after a clear-out", "N", 3),
    ("the {it} [are|were|will be] split equally into {n} {gp}, and only one {gps} [stays|stayed|will stay] with {O}", "", None),
    ("half of the {it} [are|were|will be] sent away", "", 2),
    ("the {it} [are|were|will be] divided into {n} equal {gp}, of which {SR} ^keep one", "", None),
    ("half of the {it} [are|were|will be] sold", "", 2),
    ("half of them [are|were|will be] given away", "", 2),
    ("the {it} [are|were|will be] divided equally among {n} {gr}; {SR} ^retain one portion", "", None),
    ("the stock of {it} [is|was|will be] cut to a third", "", 3),
    ("a third of the {it} [are|were|will be] kept and the rest [are|were|will be] sold", "", 3),
    ("a flood [destroys|destroyed|will destroy] half of the {it}", "N", 2),
    ("the {it} [are|were|will be] sorted into {n} equal {gp}, and all but one {gps} [is|was|will be] given away", "", None),
]
# final division asking for one share
SHARE_FINAL = [
    "the {it} [are|were|will be] then shared equally among {n} {gr}",
    "{SR} ^divide the {it} equally between {n} {gr}",
    "{SR} ^share the {it} out equally among {n} {gr}",
    "the {it} [are|were|will be] then split equally between {n} {gr}",
]
SHARE_Q = [
    "How many {it} [does|did|will] each {g1} [receive|receive|receive]?",
    "Find the number of {it} that each {g1} [receives|received|will receive].",
    "Calculate how many {it} go into each {g1}.",
    "Determine the number of {it} per {g1}.",
    "Work out the size of each share.",
]

TIME_LINKS = ["On Monday,", "On Tuesday,", "On Wednesday,", "On Thursday,", "On Friday,",
              "At the weekend,", "Later,", "Subsequently,", "Next,", "Shortly afterwards,",
              "In the morning,", "During the afternoon,", "Towards the end of the week,",
              "The following day,", "After that,", "Later the same day,", "In the second week,",
              "Afterwards,", "At midday,", "Following this,", "Early the next morning,",
              "In the course of the month,", "Some time later,", "That evening,"]
FUTURE_LINKS = ["Tomorrow,", "Next week,", "Later,", "After that,", "On Friday,",
                "The day after,", "Later this month,", "Next,", "Following this,"]

DISTRACT = [
    "$No other {it} are added or removed.",
    "Assume that no {it} are lost in transit.",
    "All the {it} are of the same type.",
    "The weather that week was unusually mild.",
    "It is the busiest period of the year.",
    "$Ignore any {it} that are still on order.",
    "The {it} are kept in a locked storeroom.",
    "Records are updated at the end of each day.",
    "{SR} ^keep careful records of the stock.",
    "Each transaction is recorded in a ledger.",
    "The {it} are all the same size.",
    "Deliveries usually arrive before noon.",
    "Prices are not relevant to this question.",
    "The manager checks the figures carefully.",
    "$Nothing else happens to the {it} during this time.",
    "None of the {it} are counted twice.",
    "The storeroom is cleaned every evening.",
    "It rained heavily for most of the week.",
]
INSTRUCT = ["Show your working.", "You must show your working.", "Show all your working.",
            "Give your answer as a whole number.", "Show clearly how you obtain your answer.",
            "Do not use a calculator.", "Answer all parts of this question.",
            "Write down all the steps of your calculation."]
CONTEXT = ["This question concerns the stock records of {H}.",
           "The following information relates to {H}.",
           "Read the information below carefully.",
           "The stock of {it} held by {H} is monitored closely.",
           "Consider the following account of {H}."]

QUESTIONS = [
    "How many {it} {do} {SR} have {at_end}?",
    "Find the number of {it} remaining.",
    "Calculate how many {it} [remain|remained|will remain].",
    "Determine the final number of {it}.",
    "Work out how many {it} {SR} ^have {at_end}.",
    "State the number of {it} left.",
    "Find the total number of {it} held at the end.",
    "How many {it} [are|were|will be] left?",
    "What is the final number of {it}?",
    "Calculate the number of {it} in {SP} possession at the end of the {period}.",
    "Find, showing your working, the number of {it} that [remain|remained|will remain].",
    "Determine how many {it} {SR} ^have after all of these changes.",
    "Find how many {it} there [are|were|will be] at the end.",
    "Calculate the final stock of {it}.",
    "Work out the number of {it} left over.",
    "How many {it} [remain|remained|will remain] in {SP} stock?",
    "Find the number of {it} that {SR} ^have {at_end}.",
    "Calculate the number of {it} {SR} ^end up with.",
    "Determine the number of {it} in stock at the close of the {period}.",
    "Find the number of {it} now held.",
    "Calculate how many {it} {SR} ^have {at_end}.",
]
AT_END = ["now", "at the end", "left", "in the end", "after these changes", "at the close of the day",
          "at the end of the {period}", "altogether", "in total"]
PART_A_Q = ["Calculate the number of {it} at this stage.",
            "Find the number of {it} {SR} ^have at this point.",
            "Work out how many {it} there are after this.",
            "Write down the number of {it} at this stage."]
PART_A_PRODUCT_Q = ["Calculate the total number of {it} initially.",
                    "Find the number of {it} in the {cont} altogether.",
                    "Work out the initial number of {it}.",
                    "Show that the total number of {it} can be calculated, and calculate it."]
MARKS = ["({k} marks)", "[{k} marks]", "[{k}]", "({k})", "Total: {k} marks"]

# ---------------------------------------------------------------------------
# start sentences
# ---------------------------------------------------------------------------
START_PLAIN = [
    "{H} ^have {n} {it}.",
    "At the start of the {period}, {H} ^have {n} {it} in stock.",
    "{H} ^begin the {period} with {n} {it}.",
    "Initially, {H} ^hold {n} {it}.",
    "{H} ^keep a stock of {n} {it}.",
    "There [are|were|are] {n} {it} in the store run by {H}.",
    "{H} ^own a collection of {n} {it}.",
    "A stock check [shows|showed|shows] that {H} ^have {n} {it}.",
    "{H} ^start out with {n} {it}.",
    "The records of {H} [show|showed|show] {n} {it} at the beginning of the {period}.",
    "At the outset, {H} ^possess exactly {n} {it}.",
    "{H} ^have a supply of {n} {it}.",
]
START_PRODUCT = [
    "{H} ^have {a} {cps} with {b} {it} in each.",
    "{H} ^receive {a} {cps}, each containing {b} {it}.",
    "A delivery of {a} {cps}, each holding {b} {it}, [is|was|is] made to {H}.",
    "At the start of the {period}, {H} ^have {a} {cps} of {b} {it}.",
    "{H} ^store {it} in {a} {cps}; each {cs} [holds|held|holds] {b} {it}.",
    "{H} ^own {a} {cps} of {it}, with exactly {b} {it} in every {cs}.",
    "There [are|were|are] {a} {cps} in the store run by {H}, and each [contains|contained|contains] {b} {it}.",
    "{H} ^begin with {a} full {cps}; every {cs} [contains|contained|contains] {b} {it}.",
    "{H} ^pack {it} into {a} {cps}, placing {b} {it} in each {cs}.",
]

# ---------------------------------------------------------------------------
# solution step wording
# ---------------------------------------------------------------------------
STEP_ANY = ["{eq}", "M1: {eq}", "{eq} (M1)", "Hence {eq}", "∴ {eq}", "Then {eq}.", "{eq} {it}",
            "Number of {it} now: {eq}", "Running total: {eq}", "This gives {eq}.",
            "Stage {rom}: {eq}", "Working: {eq}", "{eq} M1 A1", "Next: {eq}", "So {eq} {it}.",
            "{SRc} now ^have {eq} {it}.", "Current total: {eq}", "({rom}) {eq}", "Now {eq}.",
            "Updated figure: {eq} {it}", "It follows that {eq}."]
STEP_OP = {
    "+": ["Add the {it} received: {eq}", "Including the additional {it}: {eq}",
          "After the increase, {eq} {it}.", "Total after adding: {eq}", "{eq} (addition)",
          "M1 for adding: {eq}", "Add on: {eq}", "Adding the new {it} gives {eq}.",
          "Increase: {eq}", "With the extra {it}: {eq}"],
    "-": ["Subtract those removed: {eq}", "Deduct the {it} that left: {eq}", "{eq} {it} remain.",
          "Remaining: {eq}", "After the decrease, {eq}.", "Take away: {eq}",
          "Subtracting gives {eq}.", "M1 for subtracting: {eq}", "Left over: {eq} {it}",
          "Less those removed: {eq}"],
    "*": ["Multiply by the factor: {eq}", "Scaling up: {eq}", "{eq} after the increase",
          "Multiplying gives {eq}.", "M1 for multiplying: {eq}", "New total: {eq} {it}",
          "Apply the multiplier: {eq}"],
    "/": ["Divide equally: {eq}", "One share: {eq}", "Dividing gives {eq}.",
          "Size of each share: {eq}", "M1 for dividing: {eq}", "{eq} in one share",
          "Share out: {eq}"],
    "P": ["Total initially: {eq}", "Initial number of {it}: {eq}", "Number of {it} at the start: {eq}",
          "M1: {eq}", "B1: {eq}", "Starting total: {eq} {it}", "Initial stock: {eq}",
          "Total in the {cont}: {eq}"],
}
ANSWERS = ["#### {v}", "Answer: {v}", "Answer: {v} {it}", "∴ {v} {it} remain.",
           "Hence the number of {it} is {v}.", "Final answer: {v}", "The required number is {v}.",
           "Ans: {v} {it}", "So {SRc} ^have {v} {it} left.", "Therefore {v} {it}.",
           "The answer is {v}.", "{v} {it} at the end.", "Thus there are {v} {it} in the end.",
           "∴ answer {v}", "Final total: {v} {it}", "Hence {v}.", "{SRc} ^finish with {v} {it}.",
           "The final number of {it} is {v}.", "Answer: {v} {it} in total"]
SHARE_ANSWERS = ["#### {v}", "Answer: {v}", "Each {g1} receives {v} {it}.", "Answer: {v} {it} per {g1}",
                 "∴ {v} {it} in each share.", "Hence each share is {v}.", "Final answer: {v}"]
ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]

SYMBOLS = [
    {"+": "+", "-": "-", "*": "*", "/": "/"},
    {"+": "+", "-": "−", "*": "×", "/": "÷"},
    {"+": "+", "-": "-", "*": "×", "/": "÷"},
    {"+": "+", "-": "−", "*": "×", "/": "/"},
]


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if a % b:
        return None
    return a // b


# ---------------------------------------------------------------------------
# holders
# ---------------------------------------------------------------------------
def make_holder(rng):
    r = rng.random()
    if r < 0.42:
        female = rng.random() < 0.5
        name = rng.choice(FEMALE if female else MALE)
        first = name
        if rng.random() < 0.2:
            first = rng.choice(ROLES) + " called " + name
        p = ("she", "her", "her") if female else ("he", "him", "his")
        return dict(first=first, short=name, pron=p[0], obj=p[1], poss=p[2],
                    posss=name + "'s", plural=False, cats=ALL_CATS)
    if r < 0.6:
        female = rng.random() < 0.5
        title = rng.choice(["Mrs", "Ms", "Dr"] if female else ["Mr", "Dr"])
        name = title + " " + rng.choice(SURNAMES)
        p = ("she", "her", "her") if female else ("he", "him", "his")
        return dict(first=name, short=name, pron=p[0], obj=p[1], poss=p[2],
                    posss=name + "'s", plural=False, cats=ALL_CATS)
    if r < 0.68:
        a = rng.choice(FEMALE + MALE)
        b = rng.choice(FEMALE + MALE)
        while b == a:
            b = rng.choice(FEMALE + MALE)
        name = a + " and " + b
        return dict(first=name, short=name, pron="they", obj="them", poss="their",
                    posss=name + "'s", plural=True, cats=ALL_CATS)
    org, cats = rng.choice(ORGS)
    pre = rng.choice(ORG_PREFIX)
    if org[0] in "aeiou" and pre == "A":
        pre = "An"
    return dict(first=pre + " " + org, short="the " + org, pron="it", obj="it", poss="its",
                posss="the " + org + "'s", plural=False, cats=cats)


def lower_first(s):
    if s.startswith(("A ", "An ", "The ")):
        return s[0].lower() + s[1:]
    return s


# ---------------------------------------------------------------------------
# chain of changes
# ---------------------------------------------------------------------------
def make_chain(rng):
    nchg = rng.choices([1, 2, 3, 4, 5], [0.15, 0.24, 0.25, 0.21, 0.15])[0]
    product = rng.random() < 0.3
    if product:
        while True:
            a = rng.randint(2, 40)
            b = rng.choice([rng.randint(2, 24), rng.randint(2, 60), 12, 10, 24, 6])
            if 12 <= a * b <= 2400:
                break
        start = (a, b)
        cur = a * b
    else:
        r = rng.random()
        if r < 0.02:
            cur = 1000
        elif r < 0.35:
            cur = rng.randint(10, 99)
        else:
            cur = rng.randint(100, 999)
        start = cur
    changes = []
    for _ in range(nchg):
        for _try in range(40):
            op = rng.choices("+-*/", [0.3, 0.3, 0.18, 0.22])[0]
            if op == "+":
                hi = min(999, 9999 - cur)
                if hi < 2:
                    continue
                lim = max(2, min(hi, rng.choice([30, 99, 300, 999])))
                n = rng.randint(2, lim)
            elif op == "-":
                hi = min(999, cur - 2)
                if hi < 2:
                    continue
                n = rng.randint(2, max(2, min(hi, int(cur * rng.choice([0.3, 0.6, 0.9])))))
            elif op == "*":
                cands = [k for k in (2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 12) if cur * k <= 9999]
                if not cands or cur > 2500:
                    continue
                n = rng.choice(cands)
            else:
                cands = [k for k in (2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25)
                         if cur % k == 0 and cur // k >= 2]
                if not cands:
                    continue
                n = rng.choice(cands)
            nv = apply(op, cur, n)
            if nv is None or not (2 <= nv <= 9999):
                continue
            changes.append((op, n))
            cur = nv
            break
        else:
            return None
    if len(changes) != nchg:
        return None
    return start, changes


def true_chain(start, changes):
    if isinstance(start, tuple):
        v = start[0] * start[1]
        eqs = [(start[0], "*", start[1], v)]
    else:
        v = start
        eqs = []
    for op, n in changes:
        nv = apply(op, v, n)
        eqs.append((v, op, n, nv))
        v = nv
    return eqs


# ---------------------------------------------------------------------------
# realistic slips
# ---------------------------------------------------------------------------
def digit_variants(x, rng):
    s = str(x)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.append(int(t))
    i = rng.randrange(len(s))
    d = int(s[i])
    for nd in (d + 1, d - 1):
        if 0 <= nd <= 9 and not (i == 0 and nd == 0 and len(s) > 1):
            out.append(int(s[:i] + str(nd) + s[i + 1:]))
    return out


def near_variants(x):
    out = [x + 1, x - 1, x + 10, x - 10]
    if x >= 100:
        out += [x + 100, x - 100]
    return out


def no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    n = max(len(sa), len(sb))
    digs = []
    for i in range(n):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        digs.append(str((da + db) % 10))
    return int("".join(digs[::-1]))


def no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    digs = []
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        digs.append(str(abs(da - db)))
    return int("".join(digs[::-1]))


def arith_slips(a, op, b, c, rng):
    cands = []
    if op == "+":
        cands += [no_carry_add(a, b)] * 2
    if op == "-":
        cands += [no_borrow_sub(a, b)] * 2
    if op == "*":
        cands += [c + b, c - b, c + a, c - a]
    cands += near_variants(c) + digit_variants(c, rng)
    return cands


# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------
def fill(t, ctx):
    out = t
    for k, v in ctx.items():
        out = out.replace("{" + k + "}", v)
    return out


def fix_dozen(s):
    for a, b in (("a further a dozen", "a further dozen"), ("another a dozen", "another dozen"),
                 ("an additional a dozen", "an additional dozen"), ("an extra a dozen", "an extra dozen"),
                 ("An extra a dozen", "An extra dozen"), ("A further a dozen", "A further dozen"),
                 ("Another a dozen", "Another dozen"), ("the a dozen", "the dozen")):
        s = s.replace(a, b)
    return s


class Gen:
    def __init__(self, rng):
        self.rng = rng

    def numtext(self, n, pwords=0.15, dozen=True):
        rng = self.rng
        if n == 12 and dozen and rng.random() < 0.25:
            return "a dozen"
        if n <= 99 and rng.random() < pwords:
            return num_words(n)
        return str(n)

    def ok_tag(self, tag, cat):
        if tag == "E":
            return cat in EDIBLE
        if tag == "B":
            return cat in FRAGILE
        if tag == "N":
            return cat != "animals"
        if tag == "M":
            return cat in MADE
        return True

    def pick_change(self, op, n, cat, final_share):
        rng = self.rng
        if final_share:
            return ("C", rng.choice(SHARE_FINAL), None)
        if op == "+":
            pool = [("A", t, g) for t, g in ADD_A] + [("C", t, g) for t, g in ADD_C]
        elif op == "-":
            pool = [("A", t, g) for t, g in SUB_A] + [("C", t, g) for t, g in SUB_C]
        elif op == "*":
            pool = [("A", t, g, f) for t, g, f in MUL_A] + [("C", t, g, f) for t, g, f in MUL_C]
        else:
            pool = [("A", t, g, f) for t, g, f in DIV_A] + [("C", t, g, f) for t, g, f in DIV_C]
        good = []
        for e in pool:
            if not self.ok_tag(e[2], cat):
                continue
            if len(e) == 4:
                f = e[3]
                if f == "fold":
                    if n not in FOLD:
                        continue
                elif f is not None and f != n:
                    continue
                if f is not None and f != "fold":
                    good += [e] * 3  # fixed words are natural when they fit
                    continue
            good.append(e)
        e = rng.choice(good)
        return (e[0], e[1], e[3] if len(e) == 4 else None)


def render_problem(g, start, changes, hold, cat, it, tense, final_share, opts):
    rng = g.rng
    start_tense = 0 if tense == 2 else tense
    pl = hold["plural"]
    cont = opts["cont"]
    gr = rng.choice(RECIP)
    gp = rng.choice(PARTS)
    opts["g1"] = gr[0]

    def sref(prefer_pron):
        if prefer_pron and rng.random() < 0.55:
            return hold["pron"]
        return hold["short"]

    def base_ctx():
        return {"it": it, "P": hold["poss"], "O": hold["obj"] if rng.random() < 0.6 else hold["short"],
                "who": rng.choice(WHO), "gr": gr[1], "gp": gp[1], "gps": gp[0], "g1": gr[0],
                "period": opts["period"]}

    sentences = []
    # optional context line
    if rng.random() < 0.12:
        s = rng.choice(CONTEXT)
        s = s.replace("{H}", lower_first(hold["first"])).replace("{it}", it)
        sentences.append(s)
        first_form = hold["short"]
    else:
        first_form = hold["first"]
    # start
    if isinstance(start, tuple):
        a, b = start
        t = rng.choice(START_PRODUCT)
        ctx = base_ctx()
        ctx.update({"a": g.numtext(a, 0.15, dozen=False), "b": g.numtext(b, 0.15),
                    "cps": cont[1], "cs": cont[0]})
    else:
        t = rng.choice(START_PLAIN)
        ctx = base_ctx()
        ctx.update({"n": g.numtext(start, 0.1)})
    t = t.replace("{H}", lower_first(first_form))
    s = conj(tense_pick(fill(t, ctx), start_tense), start_tense, pl)
    sentences.append(fix_dozen(cap(s)))

    # part (a)/(b)
    parts = opts["parts"]
    split_at = None
    if parts:
        split_at = 0 if isinstance(start, tuple) and rng.random() < 0.6 else rng.randint(1, len(changes) - 1) if len(changes) >= 2 else 0
        if split_at == 0 and not isinstance(start, tuple):
            parts = False

    # changes -> sentences
    rendered = []
    for idx, (op, n) in enumerate(changes):
        fs = final_share and idx == len(changes) - 1
        kind, tmpl, fix = g.pick_change(op, n, cat, fs)
        rendered.append((kind, tmpl, fix, op, n))

    def num_for(op, n, fix):
        if fix == "fold":
            return FOLD[n]
        if op in "*/":
            return g.numtext(n, 0.3, dozen=False)
        return g.numtext(n, 0.15)

    def vary(t):
        # avoid repeating the item noun: "sells 12", "sells 12 of them", "a further 12"
        if rng.random() < 0.5:
            return t
        t = re.sub(r"\{n\} (more|further|extra|additional) \{it\}", r"{n} \1", t)
        t = re.sub(r"\{n\} \{it\}", rng.choice(["{n}", "{n} of them"]), t)
        t = t.replace("of the {it}", "of them")
        t = re.sub(r"(\^[a-z]+) the \{it\}", r"\1 them", t)
        return t

    i = 0
    first_change_sentence = True
    change_sents = []  # list of (index_of_last_change_included, sentence)
    links = FUTURE_LINKS if tense == 2 else TIME_LINKS
    while i < len(rendered):
        kind, tmpl, fix, op, n = rendered[i]
        if not first_change_sentence:
            tmpl = vary(tmpl)
        ctx = base_ctx()
        ctx["n"] = num_for(op, n, fix)
        ctx["fold"] = ctx["n"]
        link = rng.choice(links) + " " if rng.random() < 0.45 else ""
        nxt = rendered[i + 1] if i + 1 < len(rendered) else None
        can_pair = nxt is not None and not (parts and split_at == i + 1) and rng.random() < 0.4
        subj = sref(not first_change_sentence)
        if kind == "A":
            pred1 = fill(tmpl, ctx)
            if can_pair and nxt[0] == "A":
                ctx2 = base_ctx()
                ctx2["n"] = num_for(nxt[3], nxt[4], nxt[2])
                ctx2["fold"] = ctx2["n"]
                pred2 = fill(vary(nxt[1]), ctx2)
                form = rng.randrange(4)
                if form == 2 and pred1.endswith("before"):
                    form = 0
                if form == 0:
                    s = subj + " " + conj(pred1, tense, pl) + ", and then " + conj(pred2, tense, pl, will_first=False)
                elif form == 1:
                    s = "After " + conj(pred1, tense, pl, mode="ing") + ", " + subj + " " + conj(pred2, tense, pl)
                    link = ""
                elif form == 2:
                    s = subj + " " + conj(pred1, tense, pl) + " before " + conj(pred2, tense, pl, mode="ing")
                else:
                    s = subj + " first " + conj(pred1, tense, pl) + "; subsequently " + hold["pron"] + " " + conj(pred2, tense, pl)
                i += 2
            else:
                s = subj + " " + conj(pred1, tense, pl)
                i += 1
        else:
            c1 = conj(tense_pick(fill(tmpl, ctx), tense), tense, pl).replace("{SR}", subj)
            if can_pair:
                ctx2 = base_ctx()
                ctx2["n"] = num_for(nxt[3], nxt[4], nxt[2])
                ctx2["fold"] = ctx2["n"]
                if nxt[0] == "A":
                    c2 = hold["pron"] + " " + conj(fill(vary(nxt[1]), ctx2), tense, pl)
                else:
                    c2 = conj(tense_pick(fill(vary(nxt[1]), ctx2), tense), tense, pl).replace("{SR}", hold["pron"])
                s = c1 + rng.choice(["; then ", ", and after that ", ". Later, ", "; afterwards "]) + c2
                i += 2
            else:
                s = c1
                i += 1
        s = fix_dozen(s)
        s = link + s if link else s
        change_sents.append((i - 1, cap(s.strip()) + "."))
        first_change_sentence = False

    # distractors
    body = []
    for _, s in change_sents:
        body.append((_, s))
    nd = rng.choices([0, 1, 2], [0.55, 0.33, 0.12])[0]
    distract = []
    for d in rng.sample(DISTRACT, nd):
        end_only = d.startswith("$")
        d = conj(d.lstrip("$").replace("{it}", it).replace("{SR}", hold["short"]), start_tense, pl)
        distract.append((end_only, cap(d)))

    # question
    qctx = base_ctx()
    qctx["SR"] = hold["short"] if rng.random() < 0.7 else hold["pron"]
    qctx["SP"] = hold["posss"] if rng.random() < 0.5 else hold["poss"]
    qctx["at_end"] = rng.choice(AT_END[1:] if tense == 2 else AT_END).replace("{period}", opts["period"])
    qctx["do"] = ["do" if pl else "does", "did", "will"][tense]
    if final_share:
        q = rng.choice(SHARE_Q)
    else:
        q = rng.choice(QUESTIONS)
    q = conj(tense_pick(fill(q, qctx), tense), tense, pl)
    q = cap(q)

    marks = opts["marks"]
    mk = ((lambda k: " " + rng.choice(MARKS).replace("{k}", str(k)).replace("1 marks", "1 mark"))
          if marks else (lambda k: ""))

    out = []
    if parts:
        pre = sentences[:]
        # change sentences before split
        before = [s for (last, s) in body if last < split_at]
        after = [s for (last, s) in body if last >= split_at]
        if isinstance(start, tuple) and split_at == 0:
            aq = rng.choice(PART_A_PRODUCT_Q).replace("{cont}", cont[1])
        else:
            aq = rng.choice(PART_A_Q)
        actx = base_ctx()
        actx["SR"] = hold["short"]
        aq = cap(conj(fill(aq, actx), tense, pl))
        out = ["(a)"] + pre + before + [aq + mk(rng.randint(1, 2))]
        bq = q if rng.random() < 0.5 else "Hence " + q[0].lower() + q[1:] if not q.startswith(("How", "What")) else q
        mid = after[:]
        if distract:
            e, d = distract[0]
            mid.insert(len(mid) if e else rng.randint(0, len(mid)), d)
        out += ["(b)"] + mid + [bq + mk(rng.randint(2, 4))]
    else:
        seq = sentences + [s for _, s in body]
        for e, d in distract:
            seq.insert(len(seq) if e else rng.randint(1, len(seq)), d)
        if rng.random() < 0.15:
            seq.append(rng.choice(INSTRUCT))
        seq.append(q + mk(rng.randint(2, 5)))
        out = seq
    text = " ".join(out)
    text = re.sub(r"\s+", " ", text).strip()
    return text


def render_steps(g, eqs, stated, hold, it, opts, final_share):
    rng = g.rng
    sym = opts["sym"]
    tight = rng.random() < 0.1
    steps = []
    for k, (a, op, b, c) in enumerate(eqs):
        s_op = sym[op]
        eq = f"{a}{s_op}{b}={c}" if tight else f"{a} {s_op} {b} = {c}"
        is_prod = opts["product"] and k == 0
        if rng.random() < 0.5:
            t = rng.choice(STEP_OP["P" if is_prod and op == "*" else op])
        else:
            t = rng.choice(STEP_ANY)
        ctx = {"eq": eq, "it": it, "rom": ROMAN[k], "SRc": hold["short"], "cont": opts["cont"][1]}
        s = conj(fill(t, ctx), 0, hold["plural"])
        steps.append(cap(s))
    t = rng.choice(SHARE_ANSWERS if final_share else ANSWERS)
    ctx = {"v": str(stated), "it": it, "SRc": hold["short"], "g1": opts["g1"]}
    steps.append(cap(conj(fill(t, ctx), 0, hold["plural"])))
    return steps


# ---------------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------------
def continue_from(eqs_true, k, new_eq):
    """Equations after step k continue from new_eq's c with the right operands/ops."""
    out = list(eqs_true[:k]) + [new_eq]
    v = new_eq[3]
    for a, op, b, c in eqs_true[k + 1:]:
        nv = apply(op, v, b)
        if nv is None or not (2 <= nv <= 9999):
            return None
        out.append((v, op, b, nv))
        v = nv
    return out


def inject(rng, kind, pos, eqs, start, changes):
    """Return (written_eqs, stated_answer) or None."""
    true_ans = eqs[-1][3]
    problem_nums = []
    if isinstance(start, tuple):
        problem_nums += list(start)
    else:
        problem_nums.append(start)
    problem_nums += [n for _, n in changes]
    if kind == "answer":
        cands = near_variants(true_ans) + digit_variants(true_ans, rng)
        if len(eqs) >= 2:
            cands += [eqs[-2][3]] * 3
        cands += [eqs[-1][2]]
        cands = [x for x in cands if x != true_ans and 2 <= x <= 9999]
        if not cands:
            return None
        return list(eqs), rng.choice(cands)
    a, op, b, c = eqs[pos]
    is_prod = isinstance(start, tuple) and pos == 0
    cands = []
    if kind == "arithmetic":
        for x in arith_slips(a, op, b, c, rng):
            if x != c and 2 <= x <= 9999:
                cands.append((a, op, b, x))
    elif kind == "operation":
        alts = {"+": ["-", "-", "*"] if b <= 12 else ["-"], "-": ["+"], "*": ["+", "+", "/"], "/": ["*", "*", "-"]}[op]
        for nop in alts:
            x = apply(nop, a, b)
            if x is not None and x != c and 2 <= x <= 9999:
                cands.append((a, nop, b, x))
    elif kind == "operand":
        which = rng.random()
        bad = []
        if is_prod:
            # misread one factor
            for fb in set(near_variants(b) + digit_variants(b, rng) + [n for n in problem_nums[2:]]):
                if fb != b and 2 <= fb <= 999:
                    bad.append((a, fb))
            for fa in set(near_variants(a) + digit_variants(a, rng)):
                if fa != a and 2 <= fa <= 999:
                    bad.append((fa, b))
        else:
            if which < 0.55 or op in "*/":
                others = [n for n in problem_nums if n != b]
                for nb in set(near_variants(b) + digit_variants(b, rng) + others + others):
                    if nb != b and 2 <= nb <= 999:
                        bad.append((a, nb))
            if which >= 0.55 or not bad:
                pool = near_variants(a) + digit_variants(a, rng)
                if pos >= 1:
                    pool += [eqs[pos - 1][0]] * 2  # skipped back a step
                    if not isinstance(start, tuple):
                        pool += [start]
                for na in set(pool):
                    if na != a and 2 <= na <= 9999:
                        bad.append((na, b))
        for na, nb in bad:
            x = apply(op, na, nb)
            if x is not None and x != c and 2 <= x <= 9999:
                cands.append((na, op, nb, x))
    rng.shuffle(cands)
    for cand in cands[:12]:
        out = continue_from(eqs, pos, cand)
        if out is not None:
            return out, out[-1][3]
    return None


# ---------------------------------------------------------------------------
# main generation
# ---------------------------------------------------------------------------
KINDS = ["arithmetic", "operand", "operation", "answer"]


def one(rng, idx, seed):
    g = Gen(rng)
    r = rng.random()
    if r < 0.45:
        kind = "none"
    else:
        kind = KINDS[int((r - 0.45) / 0.55 * 4) % 4]
    for _attempt in range(60):
        ch = make_chain(rng)
        if ch is None:
            continue
        start, changes = ch
        eqs = true_chain(start, changes)
        m = len(eqs)
        pos = None
        if kind in ("arithmetic", "operand", "operation"):
            cat_pos = rng.choice(["first", "middle", "last"])
            if cat_pos == "first" or m == 1:
                pos = 0
            elif cat_pos == "last" or m == 2:
                pos = m - 1
            else:
                pos = rng.randint(1, m - 2)
        if kind == "none":
            written, stated = list(eqs), eqs[-1][3]
        else:
            res = inject(rng, kind, pos, eqs, start, changes)
            if res is None:
                continue
            written, stated = res
        hold = make_holder(rng)
        cat = rng.choice(hold["cats"])
        it = rng.choice(ITEMS[cat])
        tense = rng.choices([0, 1, 2], [0.42, 0.48, 0.10])[0]
        final_share = changes[-1][0] == "/" and rng.random() < 0.3
        if final_share and (changes[-1][1] > 25):
            final_share = False
        cont = rng.choice(ANIMAL_CONTAINERS if cat == "animals" else CONTAINERS)
        opts = {"cont": cont, "period": rng.choice(PERIODS), "parts": rng.random() < 0.14,
                "marks": rng.random() < 0.25, "sym": rng.choice(SYMBOLS),
                "product": isinstance(start, tuple), "g1": ""}
        problem = None
        for _r in range(6):
            text = render_problem(g, start, changes, hold, cat, it, tense, final_share, opts)
            if len(text.split()) <= 88:
                problem = text
                break
        if problem is None:
            continue
        steps = render_steps(g, written, stated, hold, it, opts, final_share)
        true_ans = eqs[-1][3]
        label = -1
        if kind == "answer":
            label = len(steps) - 1
        elif kind != "none":
            label = pos
        rec = {"id": f"gen-x-{seed}-{idx:05d}", "problem": problem, "steps": steps,
               "label": label, "final_answer_correct": stated == true_ans, "error_kind": kind}
        meta = {"start": start, "changes": changes, "written": written, "stated": stated,
                "pos": pos, "kind": kind}
        return rec, meta
    raise RuntimeError("could not build a record")


def generate_full(seed, count):
    rng = random.Random(seed)
    out = []
    for i in range(count):
        out.append(one(rng, i, seed))
    return out


def generate(seed: int, count: int) -> list:
    return [r for r, _ in generate_full(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
