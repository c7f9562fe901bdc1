"""gen-y: shop / customer-service register generator for the tiny-arith PRM.

generate(seed, count) -> list of records (see BRIEF).  _generate(seed, count)
also returns the internal representation used by check.py.
"""
import json
import os
import random
import re

# ---------------------------------------------------------------- vocabulary

NAMES_F = """Maya Priya Sofia Keisha Hannah Chloe Aaliyah Mei Olivia Jasmine Fatima Rosa Grace Leah
Nadia Tessa Brooke Harper Kayla Megan Lauren Naomi Imani Camila Yasmin Ingrid Colette Genevieve
Josee Mireille Siobhan Aisling Ruth Esther Dolores Peggy Marlene Bernadette Tamika Latoya Shanice
Destiny Brianna Kendra Renee Monique Valerie Janelle Ashley Brittany Courtney Heather Krista
Lindsay Paige Sierra Autumn Willow Hazel Ivy Luna Nora Stella Violet Zoe Ximena Lupita Marisol
Guadalupe Anh Linh Thuy Haruka Yuki Deepa Anjali Kavya Simran Harpreet Gurleen Noura Leila
Zainab Amara Chioma Ngozi Adaeze Olga Katya Svetlana Marta Agnieszka Freya Sunita Beatriz
Carmen Daniela Elena Flor Maxine Doreen Gladys Wanda Tracy""".split()
NAMES_M = """Ethan Marcus Diego Raj Liam Noah Jamal Tyrone DeShawn Malik Andre Carlos Mateo Luis
Javier Ramon Hector Omar Tariq Yusuf Hassan Karim Arjun Vikram Rohan Sanjay Gurpreet Harjit Wei
Jun Hiro Kenji Takeshi Tuan Minh Duc Kofi Kwame Emeka Tunde Dmitri Pavel Ivan Tomasz Piotr Lars
Sven Finn Callum Declan Seamus Angus Lachlan Ewan Owen Gareth Rhys Mathieu Remi Benoit Yannick
Pierre Luc Gary Doug Wayne Darryl Clint Dale Earl Hank Chet Buck Brody Tucker Wyatt Caleb Josiah
Elijah Isaiah Gideon Ezra Levi Micah Nathan Trevor Kyle Derek Cody Travis Brent Shane Dustin
Jared Logan Mason Hunter Connor Brandon Tyler Austin Ryan Sean Patrick Kevin Dennis Stan Walt
Frank Sal Vince Manny Rudy""".split()
NAMES_N = """Alex Sam Jordan Taylor Casey Riley Quinn Morgan Jamie Robin Skyler Rowan Sage Kai
River Charlie Frankie Emerson Dakota Reese""".split()

STORES = ["Maple Leaf Mercantile", "Corner Pantry", "Hilltop Hardware", "Northside Grocery",
          "Bayview Books", "Lakeshore Pharmacy", "Prairie Feed and Supply", "Cedar Lane Gifts",
          "Harbourfront Market", "Sunny Side Bakery", "Pine Ridge Outfitters", "Riverbend Toys",
          "Elm Street Pet Supply", "The Gadget Shack", "Queen West Vintage", "Kensington Corner Store",
          "Tundra Sports", "Birch and Bloom", "Copper Kettle Kitchenware", "Dockside Provisions",
          "Mapleview Drugs", "Redwood Home Goods", "Blue Heron General Store", "Fireweed Co-op",
          "Big Sky Trading Post", "Main Street Mercantile", "Parkdale Pantry", "Lighthouse Gift Shop",
          "Granite Peak Supply", "Cornerstone Pharmacy"]

GENERIC_STORES = {"Maple Leaf Mercantile", "Main Street Mercantile", "Blue Heron General Store", "Fireweed Co-op",
                  "Big Sky Trading Post", "Kensington Corner Store"}
STORE_PREFIX = ["Maple Leaf", "Hilltop", "Northside", "Bayview", "Lakeshore", "Prairie", "Cedar Lane", "Harbourfront",
                "Sunny Side", "Pine Ridge", "Riverbend", "Elm Street", "Queen West", "Dockside", "Mapleview", "Redwood",
                "Blue Heron", "Big Sky", "Parkdale", "Lighthouse", "Granite Peak", "Cornerstone", "Westgate", "Oak Bay",
                "Willow Creek", "Stony Brook", "Juniper", "Birchwood", "Copper Kettle", "Silver Lake", "Red Barn",
                "Hometown", "Golden Mile", "Front Street", "Beacon Hill", "Foothills", "Bluewater", "Tamarack"]
PLACES = ["Halifax", "Winnipeg", "Saskatoon", "Boise", "Tulsa", "Moncton", "Duluth", "Kamloops",
          "Regina", "Tacoma", "Albuquerque", "Sudbury", "Red Deer", "Asheville", "Savannah",
          "Burlington", "Fredericton", "Charlottetown", "Kelowna", "Guelph", "Spokane", "Omaha",
          "Des Moines", "Madison", "Portland", "Toledo", "Laval", "Sherbrooke", "Lethbridge",
          "Brandon", "Missoula", "Fargo", "Flagstaff", "Nanaimo", "Kingston", "Peterborough"]

# category -> items (plural), containers (sg, pl, prep), shop kinds
CATS = {
    "grocery": dict(items="""cans of soup|jars of salsa|boxes of cereal|bags of rice|bottles of olive oil|
apples|lemons|limes|avocados|onions|potatoes|tomatoes|cucumbers|bell peppers|ears of corn|heads of lettuce|
jars of honey|granola bars|yogurt cups|juice boxes|cans of soda|bottles of water|tea bags|coffee pods|
chocolate bars|candy canes|jars of peanut butter|bottles of maple syrup|tins of tuna|boxes of pasta|
packets of ramen|bags of chips|jars of pickles|jars of jam|cartons of milk|bags of pretzels|frozen pizzas""",
        conts=[("case", "cases", "in"), ("box", "boxes", "in"), ("crate", "crates", "in"), ("tray", "trays", "on"),
               ("carton", "cartons", "in"), ("bin", "bins", "in"), ("shelf", "shelves", "on")],
        shops=["corner store", "grocery store", "convenience store", "bodega", "depanneur", "co-op grocery"]),
    "bakery": dict(items="""bagels|muffins|croissants|cinnamon buns|butter tarts|donuts|cookies|loaves of bread|
pies|cupcakes|brownies|scones|dinner rolls|macarons|baguettes|danishes""",
        conts=[("tray", "trays", "on"), ("box", "boxes", "in"), ("rack", "racks", "on"), ("basket", "baskets", "in")],
        shops=["bakery", "bake shop", "cafe counter", "pastry stand"]),
    "produce": dict(items="""peaches|pears|plums|oranges|pints of strawberries|pints of blueberries|melons|
pumpkins|squash|bunches of kale|bunches of carrots|zucchini|cobs of corn|jars of apple butter|
bags of apples|cartons of eggs|bunches of radishes|heads of garlic|sunflowers|bouquets""",
        conts=[("crate", "crates", "in"), ("basket", "baskets", "in"), ("bushel basket", "bushel baskets", "in"),
               ("flat", "flats", "in"), ("bin", "bins", "in")],
        shops=["farm stand", "market stall", "farmers' market booth", "roadside stand"]),
    "hardware": dict(items="""screws|bolts|washers|hinges|light bulbs|batteries|paint brushes|rolls of tape|
zip ties|extension cords|hammers|wrenches|screwdrivers|drill bits|padlocks|door knobs|cans of paint|
sheets of sandpaper|tape measures|pairs of work gloves|furnace filters|smoke detectors|garden hoses|
bags of mulch|bags of potting soil|flower pots|seed packets|rakes|snow shovels|bags of rock salt|ice scrapers""",
        conts=[("box", "boxes", "in"), ("bin", "bins", "in"), ("case", "cases", "in"), ("pallet", "pallets", "on"),
               ("shelf", "shelves", "on"), ("carton", "cartons", "in")],
        shops=["hardware store", "home improvement store", "garden center", "lumber yard shop"]),
    "stationery": dict(items="""pencils|pens|markers|crayons|notebooks|erasers|glue sticks|binders|
sticky note pads|highlighters|folders|envelopes|greeting cards|rolls of gift wrap|calendars|planners|
rulers|staplers|index card packs|sketchbooks""",
        conts=[("box", "boxes", "in"), ("pack", "packs", "in"), ("case", "cases", "in"), ("carton", "cartons", "in")],
        shops=["stationery store", "office supply store", "campus bookstore", "dollar store"]),
    "clothing": dict(items="""t-shirts|pairs of socks|hoodies|toques|mittens|scarves|baseball caps|pairs of jeans|
rain jackets|pairs of sneakers|belts|ties|flannel shirts|sweaters|pairs of leggings|tank tops|bandanas|
beanies|pairs of boots|fleece vests""",
        conts=[("rack", "racks", "on"), ("bin", "bins", "in"), ("box", "boxes", "in"), ("shelf", "shelves", "on"),
               ("table", "tables", "on")],
        shops=["clothing store", "thrift shop", "outlet store", "boutique", "surf shop"]),
    "home": dict(items="""candles|mugs|dish towels|dinner plates|wine glasses|throw pillows|picture frames|
bath towels|coasters|cutting boards|spatulas|mixing bowls|table lamps|shower curtains|bars of soap|
bottles of dish soap|sponges|storage bins|vases|doormats|alarm clocks|tea kettles|oven mitts""",
        conts=[("box", "boxes", "in"), ("case", "cases", "in"), ("shelf", "shelves", "on"), ("carton", "cartons", "in")],
        shops=["home goods store", "gift shop", "kitchen store", "department store"]),
    "electronics": dict(items="""phone cases|charging cables|earbuds|memory cards|USB drives|screen protectors|
phone chargers|power banks|HDMI cables|computer mice|keyboards|webcams|game controllers|video games|
gift cards|ink cartridges|headphones|smart plugs""",
        conts=[("box", "boxes", "in"), ("case", "cases", "in"), ("carton", "cartons", "in"), ("bin", "bins", "in")],
        shops=["electronics store", "phone repair shop", "computer store", "big-box store"]),
    "toys": dict(items="""teddy bears|jigsaw puzzles|board games|yo-yos|toy cars|action figures|dolls|kites|
jump ropes|bouncy balls|packs of trading cards|building block sets|coloring books|sticker sheets|
plush unicorns|rubber ducks|water guns|frisbees|slime kits""",
        conts=[("box", "boxes", "in"), ("bin", "bins", "in"), ("case", "cases", "in"), ("shelf", "shelves", "on")],
        shops=["toy store", "hobby shop", "game store", "museum gift shop"]),
    "pharmacy": dict(items="""tubes of toothpaste|toothbrushes|bottles of shampoo|bottles of lotion|lip balms|
boxes of bandages|bottles of sunscreen|hand sanitizers|bottles of nail polish|vitamin bottles|
bags of cough drops|sheet masks|razors|hair ties|combs|packs of tissues""",
        conts=[("box", "boxes", "in"), ("case", "cases", "in"), ("carton", "cartons", "in"), ("tote", "totes", "in")],
        shops=["pharmacy", "drugstore", "beauty supply store"]),
    "pets": dict(items="""cans of cat food|bags of dog treats|chew toys|pet collars|leashes|tins of fish food|
bags of kitty litter|tennis balls|bird feeders|hamster wheels|catnip mice|dog bowls""",
        conts=[("case", "cases", "in"), ("box", "boxes", "in"), ("pallet", "pallets", "on"), ("bin", "bins", "in")],
        shops=["pet store", "feed store", "pet supply shop"]),
    "books": dict(items="""paperbacks|comic books|magazines|vinyl records|bookmarks|journals|cookbooks|
road maps|postcards|crossword books""",
        conts=[("box", "boxes", "in"), ("crate", "crates", "in"), ("shelf", "shelves", "on"), ("cart", "carts", "on")],
        shops=["bookstore", "record shop", "newsstand", "used book shop"]),
    "sports": dict(items="""hockey pucks|rolls of hockey tape|golf balls|water bottles|yoga mats|soccer balls|
baseball gloves|bike helmets|sleeping bags|fishing lures|ski wax bars|shin guards|basketballs""",
        conts=[("box", "boxes", "in"), ("bin", "bins", "in"), ("case", "cases", "in"), ("rack", "racks", "on")],
        shops=["sporting goods store", "outdoor shop", "pro shop", "bike shop"]),
}
for _c in CATS.values():
    _c["items"] = [w.strip() for w in _c["items"].replace("\n", "").split("|") if w.strip()]
FOOD = {"grocery", "bakery", "produce"}

# ---------------------------------------------------------------- verbs

IRREG = {  # base: (past, past participle)
    "sell": ("sold", "sold"), "ring": ("rang", "rung"), "give": ("gave", "given"), "get": ("got", "gotten"),
    "bring": ("brought", "brought"), "buy": ("bought", "bought"), "find": ("found", "found"),
    "send": ("sent", "sent"), "take": ("took", "taken"), "throw": ("threw", "thrown"),
    "break": ("broke", "broken"), "win": ("won", "won"), "lose": ("lost", "lost"), "put": ("put", "put"),
    "set": ("set", "set"), "cut": ("cut", "cut"), "split": ("split", "split"), "eat": ("ate", "eaten"),
    "make": ("made", "made"), "hold": ("held", "held"), "keep": ("kept", "kept"), "go": ("went", "gone"),
    "come": ("came", "come"), "write": ("wrote", "written"), "have": ("had", "had"), "grow": ("grew", "grown"),
    "become": ("became", "become"), "dig": ("dug", "dug"), "knit": ("knit", "knit"), "spread": ("spread", "spread"),
    "swing": ("swung", "swung"), "leave": ("left", "left"), "pay": ("paid", "paid"), "deal": ("dealt", "dealt"),
    "sweep": ("swept", "swept"), "run": ("ran", "run"), "wear": ("wore", "worn"), "chew": ("chewed", "chewed"),
}
DOUBLING = {"transfer", "drop", "ship", "grab", "bag", "scan", "snag", "swap", "stop", "scrap", "comp", "nab", "plan",
            "tip", "top", "chip", "rip", "snap", "prep", "tag", "slip", "trim", "ship"}


def _s3(v):
    if v == "have":
        return "has"
    if v == "go":
        return "goes"
    if re.search(r"(s|x|z|ch|sh)$", v):
        return v + "es"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ies"
    return v + "s"


def _past(v):
    if v in IRREG:
        return IRREG[v][0]
    if v in DOUBLING:
        return v + v[-1] + "ed"
    if v.endswith("e"):
        return v + "d"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ied"
    return v + "ed"


def _pp(v):
    if v in IRREG:
        return IRREG[v][1]
    return _past(v)


BE_PRES = {"1s": "am", "2": "are", "1p": "are", "3s": "is", "3p": "are"}
BE_PAST = {"1s": "was", "2": "were", "1p": "were", "3s": "was", "3p": "were"}


def conj(v, person, tense, first=True):
    """Conjugate base verb v. tense: past pres fut going perf; first=False for a later verb
    sharing the same auxiliary."""
    if v == "be":
        if tense == "past":
            return BE_PAST[person]
        if tense == "pres":
            return BE_PRES[person]
        if tense in ("fut", "going"):
            return "will be" if first and tense == "fut" else ("be" if not first else BE_PRES[person] + " going to be")
        if tense == "perf":
            return ("has been" if person == "3s" else "have been") if first else "been"
    if tense == "past":
        return _past(v)
    if tense == "pres":
        return _s3(v) if person == "3s" else v
    if tense == "fut":
        return ("will " + v) if first else v
    if tense == "going":
        return (BE_PRES[person] + " going to " + v) if first else v
    if tense == "perf":
        return (("has " if person == "3s" else "have ") + _pp(v)) if first else _pp(v)
    raise ValueError(tense)


def render_verbs(tmpl, person, tense):
    first = [True]

    def rep(m):
        body = m.group(1)
        if ":" in body:
            verb, p = body.split(":")
            return conj(verb, p, tense, True)
        out = conj(body, person, tense, first[0])
        first[0] = False
        return out
    return re.sub(r"\[([a-z]+(?::[0-9a-z]+)?)\]", rep, tmpl)


# change entries: (op, perspective, subject, template, step-label, cats, fixed value)
#  subject "S" = takes the protagonist as subject; "3s"/"3p" = template carries its own subject.
#  {Q} quantity phrase, {QS} quantity phrase used as a subject, {N} number, {my}/{me} protagonist.
ADD = [
    # store side, protagonist subject
    ("store", "S", "[restock] {Q}", "restocked"),
    ("store", "S", "[receive] a shipment of {Q}", "received"),
    ("store", "S", "[unpack] {Q} from the back room", "unpacked"),
    ("store", "S", "[get] in {Q} from the supplier", "from the supplier"),
    ("store", "S", "[bring] out {Q} from the stockroom", "brought out"),
    ("store", "S", "[find] {Q} in the stockroom", "found in back"),
    ("store", "S", "[order] in {Q}", "ordered in"),
    ("store", "S", "[take] delivery of {Q}", "delivered"),
    ("store", "S", "[pick] up {Q} from the warehouse", "picked up"),
    ("store", "S", "[put] out {Q}", "put out"),
    ("store", "S", "[stock] {Q}", "stocked"),
    ("store", "S", "[add] {Q} to the shelf", "added"),
    ("store", "S", "[buy] {Q} from a wholesaler", "bought wholesale"),
    ("store", "S", "[haul] in {Q}", "hauled in"),
    ("store", "S", "[transfer] in {Q} from the other location", "transferred in"),
    ("store", "S", "[accept] {Q} back from customers", "returned"),
    ("store", "S", "[take] back {Q} as returns", "returned"),
    ("store", "S", "[unload] {Q} off the truck", "unloaded"),
    ("store", "S", "[score] {Q} at an estate sale", "from the estate sale"),
    ("store", "S", "[scan] in {Q} from a late delivery", "scanned in"),
    ("store", "S", "[bake] {Q}", "baked", {"bakery"}),
    ("store", "S", "[pull] {Q} fresh out of the oven", "fresh from the oven", {"bakery"}),
    ("store", "S", "[pick] {Q} from the back field", "picked", {"produce"}),
    ("store", "S", "[dig] up {Q}", "dug up", {"produce"}),
    ("store", "S", "[knit] {Q}", "knit", {"clothing"}),
    # store side, own subject
    ("store", "3s", "a customer [return] {Q}", "returned"),
    ("store", "3s", "the supplier [send] {Q}", "from the supplier"),
    ("store", "3s", "a truck [drop] off {Q}", "dropped off"),
    ("store", "3s", "the distributor [deliver] {Q}", "delivered"),
    ("store", "3p", "{QS} [come] in on the truck", "off the truck"),
    ("store", "3s", "the warehouse [ship] over {Q}", "shipped over"),
    ("store", "3s", "head office [transfer] over {Q}", "transferred"),
    ("store", "3s", "a late delivery [bring] {Q}", "delivered late"),
    ("store", "3s", "a vendor [drop] off {Q}", "from the vendor"),
    ("store", "3s", "the night crew [unpack] {Q}", "unpacked"),
    ("store", "3p", "{QS} [turn] up in a forgotten box", "found"),
    ("store", "3s", "a shopper [bring] back {Q} for a refund", "refunded and returned"),
    # customer side, protagonist subject
    ("cust", "S", "[buy] {Q}", "bought"),
    ("cust", "S", "[order] {Q}", "ordered"),
    ("cust", "S", "[pick] up {Q}", "picked up"),
    ("cust", "S", "[grab] {Q}", "grabbed"),
    ("cust", "S", "[get] {Q} free with a coupon", "free with the coupon"),
    ("cust", "S", "[redeem] a coupon for {Q} at no charge", "from the coupon"),
    ("cust", "S", "[add] {Q} to {my} cart", "added"),
    ("cust", "S", "[snag] {Q} on clearance", "clearance"),
    ("cust", "S", "[win] {Q} in the store raffle", "won"),
    ("cust", "S", "[earn] {Q} through the rewards program", "reward"),
    ("cust", "S", "[receive] {Q} as replacements", "replacement"),
    ("cust", "S", "[reorder] {Q}", "reordered"),
    ("cust", "S", "[pick] up {Q} at curbside", "curbside"),
    ("cust", "S", "[get] {Q} as a free gift with purchase", "free"),
    ("cust", "S", "[claim] {Q} with a rain check", "rain check"),
    ("cust", "S", "[place] another order for {Q}", "extra ordered"),
    ("cust", "S", "[swing] by the store and [grab] {Q}", "grabbed"),
    ("cust", "S", "[toss] {Q} into the basket at checkout", "added at checkout"),
    # customer side, own subject
    ("cust", "3s", "the store [send] {me} {Q} by mistake", "sent by mistake"),
    ("cust", "3s", "a coupon [get] {me} {Q} free", "free with the coupon"),
    ("cust", "3s", "the cashier [throw] in {Q} at no charge", "thrown in free"),
    ("cust", "3s", "a promo [add] {Q} free", "free"),
    ("cust", "3s", "the replacement package [bring] {Q}", "replacement"),
    ("cust", "3s", "customer service [ship] {me} {Q} as replacements", "replacement"),
    ("cust", "3s", "the courier [deliver] {Q}", "delivered"),
    ("cust", "3s", "a friend [give] {me} {Q}", "from a friend"),
    ("cust", "3s", "the loyalty program [give] {me} {Q}", "loyalty reward"),
    ("cust", "3p", "{QS} [show] up in a backordered box", "backordered"),
]
SUB = [
    ("store", "S", "[sell] {Q}", "sold"),
    ("store", "S", "[ring] up {Q}", "rung up"),
    ("store", "S", "[ship] out {Q}", "shipped out"),
    ("store", "S", "[mark] {Q} as damaged", "damaged"),
    ("store", "S", "[pull] {Q} off the shelf for a recall", "recalled"),
    ("store", "S", "[donate] {Q} to the food bank", "donated", FOOD),
    ("store", "S", "[donate] {Q} to a charity drive", "donated"),
    ("store", "S", "[give] away {Q} as samples", "samples"),
    ("store", "S", "[toss] {Q} that got crushed", "crushed"),
    ("store", "S", "[send] {Q} back to the supplier", "sent back"),
    ("store", "S", "[transfer] {Q} to the downtown store", "transferred out"),
    ("store", "S", "[write] off {Q}", "written off"),
    ("store", "S", "[comp] {Q} for an unhappy customer", "comped"),
    ("store", "S", "[fill] an online order for {Q}", "shipped online"),
    ("store", "S", "[bag] up {Q} for a curbside pickup", "curbside"),
    ("store", "S", "[throw] out {Q} past their date", "expired", FOOD),
    ("store", "S", "[sell] {Q} to a walk-in", "sold"),
    ("store", "S", "[sell] off {Q}", "sold off"),
    ("store", "S", "[clear] out {Q} in the sidewalk sale", "cleared out"),
    ("store", "S", "[hand] over {Q} for a layaway pickup", "layaway"),
    ("store", "S", "[load] {Q} into a customer's trunk", "loaded out"),
    ("store", "S", "[break] {Q} while stocking", "broken"),
    ("store", "S", "[scrap] {Q}", "scrapped"),
    ("store", "S", "[hand] out {Q} as free samples", "handed out"),
    ("store", "S", "[lose] {Q} to shoplifters", "lost"),
    ("store", "S", "[return] {Q} to the vendor", "returned to the vendor"),
    ("store", "3s", "a customer [buy] {Q}", "bought"),
    ("store", "3p", "shoppers [snap] up {Q}", "snapped up"),
    ("store", "3p", "{QS} [go] out the door", "gone"),
    ("store", "3s", "a bulk buyer [take] {Q}", "bulk sale"),
    ("store", "3s", "a contractor [buy] up {Q}", "contractor sale", {"hardware"}),
    ("store", "3s", "a school [order] {Q}", "school order", {"stationery", "books", "toys"}),
    ("store", "3s", "the lunch crowd [clear] out {Q}", "lunch rush", FOOD),
    ("store", "3p", "{QS} [spoil]", "spoiled", {"produce", "grocery"}),
    ("store", "3s", "a leak in the roof [ruin] {Q}", "ruined"),
    ("store", "3s", "the morning rush [eat] up {Q}", "rush"),
    ("store", "3s", "a regular [walk] off with {Q}", "sold to a regular"),
    ("cust", "S", "[return] {Q}", "returned"),
    ("cust", "S", "[send] back {Q}", "sent back"),
    ("cust", "S", "[get] a refund for {Q} and [mail] them back", "refunded"),
    ("cust", "S", "[ship] {Q} back for a refund", "refunded"),
    ("cust", "S", "[give] {Q} to {my} neighbor", "given away"),
    ("cust", "S", "[use] up {Q}", "used"),
    ("cust", "S", "[break] {Q}", "broken"),
    ("cust", "S", "[cancel] {Q} from the order", "cancelled"),
    ("cust", "S", "[drop] off {Q} at the returns desk", "returned"),
    ("cust", "S", "[trade] in {Q}", "traded in"),
    ("cust", "S", "[donate] {Q}", "donated"),
    ("cust", "S", "[lose] {Q}", "lost"),
    ("cust", "S", "[hand] out {Q} to coworkers", "handed out"),
    ("cust", "S", "[eat] {Q}", "eaten", FOOD),
    ("cust", "S", "[gift] {Q} to friends", "gifted"),
    ("cust", "S", "[regift] {Q}", "regifted"),
    ("cust", "S", "[take] {Q} back to the store", "taken back"),
    ("cust", "S", "[mail] {Q} back", "mailed back"),
    ("cust", "S", "[pass] along {Q} to {my} brother", "passed along"),
    ("cust", "3p", "{QS} [arrive] cracked and [go] straight back", "sent back"),
    ("cust", "3s", "the store [cancel] {Q} from {my} order", "cancelled"),
    ("cust", "3s", "{my} dog [chew] up {Q}", "chewed up", {"pets", "toys", "clothing"}),
    ("cust", "3s", "the courier [lose] {Q}", "lost in transit"),
    ("cust", "3p", "{my} kids [use] up {Q}", "used"),
    ("cust", "3s", "the refund desk [take] back {Q}", "refunded"),
]
# multiply / divide: (persp, subject, template, step label, fixed value or None)
MUL = [
    ("any", "S", "[end] up with {N} times as many", "{b} times as many", None),
    ("any", "S", "[end] up with twice as many", "twice as many", 2),
    ("store", "S", "[double] {my} stock", "doubled", 2),
    ("any", "S", "[double] the count", "doubled", 2),
    ("cust", "S", "[triple] {my} order", "tripled", 3),
    ("store", "S", "[multiply] {my} stock by {N}", "times {b}", None),
    ("cust", "S", "[scale] the order up to {N} times its size", "{b} times the size", None),
    ("store", "S", "[grow] the display to {N} times its size", "{b} times the display", None),
    ("cust", "S", "[bump] {my} order up to {N} times the size", "{b} times the order", None),
    ("store", "S", "[triple] the stock for the holiday rush", "tripled", 3),
    ("store", "S", "[quadruple] the inventory", "quadrupled", 4),
    ("any", "3s", "the count [double] overnight", "doubled", 2),
    ("any", "3s", "a warehouse mix-up [triple] the count", "tripled", 3),
    ("any", "3s", "the stock [become] {N} times larger", "{b} times larger", None),
    ("store", "3s", "the pile [grow] to {N} times its size", "{b} times the pile", None),
    ("cust", "3s", "{my} order [get] doubled by mistake", "doubled", 2),
    ("any", "3s", "{my} inventory [be] multiplied by {N}", "multiplied by {b}", None),
    ("any", "3s", "the number of {items} [become] {N} times bigger", "{b} times bigger", None),
    ("cust", "3s", "a promo [double] everything in {my} cart", "doubled", 2),
    ("cust", "3s", "the seller [triple] the order by accident", "tripled", 3),
    ("any", "3s", "{my} inventory [be] {N} times what it was", "{b} times as much", None),
    ("store", "3s", "the shelf count [triple]", "tripled", 3),
    ("store", "S", "[turn] the stock into {N} times as many with a big reorder", "{b} times as many", None),
    ("any", "3s", "the count [jump] to {N} times as many", "{b} times as many", None),
    ("cust", "3s", "a billing glitch [double] the order", "doubled", 2),
    ("store", "3s", "corporate [triple] the allocation", "tripled", 3),
    ("any", "3s", "the total [grow] {N} times over", "{b} times over", None),
]
DIV = [
    ("store", "S", "[split] them equally among {N} stores and [keep] one share", "one share of {b}", None, 1),
    ("store", "S", "[divide] them evenly into {N} bins and [keep] one bin", "one bin of {b}", None, 1),
    ("any", "S", "[pack] them into {N} equal gift boxes and [hold] on to one box", "one box of {b}", None, 1),
    ("any", "S", "[sell] half of them", "half sold", 2, 0),
    ("any", "S", "[give] away half", "half given away", 2, 0),
    ("any", "S", "[donate] half of them", "half donated", 2, 0),
    ("any", "S", "[keep] only a third of them", "a third kept", 3, 0),
    ("cust", "S", "[split] them {N} ways with roommates and [keep] {my} share", "split {b} ways", None, 0),
    ("any", "S", "[hand] off all but a third", "a third kept", 3, 0),
    ("cust", "S", "[return] half of them", "half returned", 2, 0),
    ("store", "S", "[move] half to the other store", "half moved", 2, 0),
    ("store", "S", "[ship] half of them out", "half shipped", 2, 0),
    ("store", "S", "[cut] the display down to a third", "down to a third", 3, 0),
    ("cust", "S", "[halve] the order", "halved", 2, 0),
    ("any", "S", "[sort] them into {N} equal piles and [keep] one pile at the counter", "one pile of {b}", None, 1),
    ("store", "S", "[bundle] them into {N} equal lots and [sell] all but one lot", "one lot of {b}", None, 1),
    ("any", "3p", "half of them [get] sold", "half sold", 2, 0),
    ("store", "3s", "the stock [get] split evenly among {N} branches, and this store [keep:3s] one share",
     "one share of {b}", None, 1),
    ("any", "3p", "only a third of them [be] left after the rush", "a third left", 3, 0),
    ("store", "3s", "the display [get] cut in half", "cut in half", 2, 0),
    ("cust", "3s", "the order [get] split into {N} equal shipments, and only one shipment [arrive:3s]",
     "one shipment of {b}", None, 1),
    ("cust", "3p", "the {items} [be] shared equally among {N} people, and {pro} [keep:X] one share",
     "one share of {b}", None, 1),
    ("store", "3s", "the manager [split] the lot evenly between {N} registers, and only one register's share [stay:3s] here",
     "one register's share of {b}", None, 1),
    ("cust", "S", "[share] them evenly with {N} people in total, {self} included, and [keep] one portion",
     "one portion of {b}", None, 1),
]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def num_word(v):
    if v < 20:
        return ONES[v]
    t, o = divmod(v, 10)
    return TENS[t] + ("" if o == 0 else "-" + ONES[o])


# ---------------------------------------------------------------- problem-side phrasing

TIME_ADV = ["before lunch", "in the afternoon", "during the morning rush", "later that day", "on Saturday",
            "over the weekend", "right after opening", "after the lunch rush", "during the Boxing Day sale",
            "on Black Friday", "over the long weekend", "that evening", "the next morning", "midweek",
            "before close", "around suppertime", "on Monday", "on Thanksgiving weekend", "during the clearance event"]
CONNECT = ["Then", "Later,", "After that,", "Next,", "Soon after,", "A bit later,", "Then,", "Afterward,"]

DIST_STORE = ["It was a slow Tuesday.", "The card reader kept freezing.", "The line stretched out the door.",
              "Snow had been falling since dawn.", "The manager was out sick.", "Someone spilled coffee by the entrance.",
              "The radio played holiday music all day.", "The weather was gorgeous.", "Parking was a nightmare.",
              "The new hire was learning the till.", "A school bus pulled up outside.", "The air conditioning broke.",
              "The store smelled like fresh paint.", "Everyone was in a good mood.", "The mall was packed.",
              "Nobody could find the price gun.", "It rained on and off.", "The lights flickered for a while."]
DIST_CHAT = ["Sorry if this is a silly question.", "I love your store, by the way.", "The box looked a little beat up.",
             "My kids are thrilled.", "I'm just trying to keep my records straight.", "The tracking page was confusing.",
             "Your staff were super friendly.", "I've been a customer for years.", "Hope you're having a good day.",
             "The website kept logging me out.", "I'm not great with numbers.", "Thanks in advance!"]
DIST_BOARD = ["Cash or card accepted!", "Come early for the best picks!", "Ask about our local honey!",
              "Sunshine all day!", "Free samples while they last!", "Rain or shine, we're here!",
              "Thanks for shopping local!", "Pet-friendly stall!"]


def capfirst(s):
    return s[:1].upper() + s[1:] if s else s


class Pro:
    def __init__(self, kind, name=None, gender=None):
        self.kind = kind
        self.name = name
        if kind == "I":
            self.subj, self.obj, self.pos, self.person, self.refl = "I", "me", "my", "1s", "me"
        elif kind == "you":
            self.subj, self.obj, self.pos, self.person, self.refl = "you", "you", "your", "2", "you"
        elif kind == "we":
            self.subj, self.obj, self.pos, self.person, self.refl = "we", "us", "our", "1p", "us"
        elif kind == "store":
            self.subj, self.obj, self.pos, self.person, self.refl = "they", "them", "their", "3p", "them"
        elif kind == "none":
            self.subj, self.obj, self.pos, self.person, self.refl = "", "us", "our", "1p", "us"
        else:
            g = gender
            self.subj = {"f": "she", "m": "he", "n": "they"}[g]
            self.obj = {"f": "her", "m": "him", "n": "them"}[g]
            self.pos = {"f": "her", "m": "his", "n": "their"}[g]
            self.refl = {"f": "her", "m": "him", "n": "them"}[g]
            self.person = "3p" if g == "n" else "3s"


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.numtokens = []  # number tokens written into the problem

    def num(self, v, words_ok=True, dozen_ok=True):
        r = self.rng
        if dozen_ok and v == 12 and r.random() < 0.3:
            self.numtokens.append("dozen")
            return "a dozen"
        if words_ok and (v <= 20 or (v % 10 == 0 and v <= 90)) and r.random() < 0.28:
            self.numtokens.append(num_word(v))
            return num_word(v)
        if words_ok and 20 < v < 100 and r.random() < 0.1:
            self.numtokens.append(num_word(v))
            return num_word(v)
        self.numtokens.append(str(v))
        return str(v)

    def qty(self, v, op, items, as_subject=False):
        r = self.rng
        n = self.num(v)
        dz = n == "a dozen"
        if op == "+":
            forms = ["{n} {it}", "{n} more {it}", "{n} more", "{n} extra {it}", "another {n}", "{n} {it}",
                     "{n} more of them"]
        else:
            forms = ["{n} {it}", "{n} of them", "{n} of the {it}", "{n}", "{n} {it}", "{n} of them"]
        if as_subject:
            forms = [f for f in forms if f not in ("{n}", "another {n}")]
        f = r.choice(forms)
        if dz and f.startswith("another"):
            f = "another dozen"
        elif dz and f == "{n}":
            f = "a dozen of them"
        return f.format(n=n, it=items)


def build_problem(rng, meta, voice, persp, cat, items, pro, start_spec, changes, tense, dist_rate):
    """Return problem text.  changes: list of dicts with op, val, entry."""
    b = Builder(rng)
    sents = []
    r = rng
    name = pro.name
    # ---- start phrase
    if start_spec[0] == "prod":
        m, k = start_spec[1], start_spec[2]
        csg, cpl, prep = r.choice(CATS[cat]["conts"])
        ms = b.num(m)
        ks = b.num(k, dozen_ok=True)
        forms = ["{m} {cpl} with {k} {it} {prep} each", "{m} {cpl}, each holding {k} {it}",
                 "{m} {cpl} with {k} {it} {prep} every {csg}"]
        if " of " not in items:
            forms += ["{m} {cpl} of {k} {it}", "{m} {cpl} of {it}, {k} per {csg}"]
        sform = r.choice(forms)
        S = sform.format(m=ms, k=ks, cpl=cpl, csg=csg, it=items, prep=prep)
    else:
        S = "{} {}".format(b.num(start_spec[1]), items)
    shop = r.choice(CATS[cat]["shops"])
    place = r.choice(PLACES)
    opener = ""
    a_shop = ("an " if shop[0] in "aeiou" else "a ") + shop
    subj_full = None
    if voice == "chat":
        opener = r.choice(["Hi!", "Hi there!", "Hello!", "Hey there!", "Good morning!", "Hi, quick question.",
                           "Hello, hoping you can help.", ""])
        st = r.choice(["I ordered {S} from your website.", "I bought {S} at your {place} location.",
                       "My order came with {S}.", "I picked up {S} last weekend.",
                       "I had {S} delivered on Monday.", "Last week I got {S} from you guys."])
        sents.append(st.format(S=S, place=place))
    elif voice == "you":
        if persp == "store":
            st = r.choice(["You work the till at {a_shop} in {place}. You start the day with {S}.",
                           "You run {a_shop}, and your shelf holds {S} at opening.",
                           "At the {shop} where you work, there are {S} in the stockroom.",
                           "You manage {a_shop}. You have {S} in stock.",
                           "You open your {shop} with {S} on hand."])
        else:
            st = r.choice(["You order {S} online.", "You buy {S} at {a_shop}.",
                           "You pick up {S} from {a_shop} in {place}.", "Your online order has {S} in it.",
                           "You head to the {shop} and buy {S}."])
        sents.append(st.format(S=S, shop=shop, place=place, a_shop=a_shop))
    elif voice == "name":
        subj_full = name
        if persp == "store":
            st = r.choice(["{N} runs {a_shop} in {place}. {P} [have:Z] {S} on the shelves.",
                           "{N} [open:X] {pos} {shop} with {S}.",
                           "At {N}'s {shop}, there [be:Y] {S} at the start of the day.",
                           "{N} [stock:X] {S} at the {shop} where {p} [work:Z].",
                           "{N} [have:X] {S} at {pos} {shop} in {place}."])
        else:
            st = r.choice(["{N} [buy:X] {S} at {a_shop}.", "{N} [order:X] {S} online.",
                           "{N} [pick:X] up {S} at {a_shop} in {place}.",
                           "{N}'s online order [arrive:3s] with {S}.",
                           "{N} [head:X] to the {shop} and [buy:X] {S}."])
        st = st.replace(":X]", ":3s]").replace(":Z]", ":" + pro.person + "]").replace(":Y]", ":3p]")
        st = st.format(N=name, P=capfirst(pro.subj), p=pro.subj, pos=pro.pos, shop=shop, place=place, S=S, a_shop=a_shop)
        stt = tense if tense in ("past", "pres") else "past"
        sents.append(render_verbs(st, pro.person, stt))
    elif voice == "store":
        subj_full = name
        st = r.choice(["{N} in {place} [have:3s] {S} in stock.", "{N} [open:3s] the week with {S}.",
                       "{N} [start:3s] the morning with {S} on the floor.",
                       "There [be:3p] {S} on the shelves at {N}."])
        stt = tense if tense in ("past", "pres") else "past"
        sents.append(render_verbs(st.format(N=name, place=place, S=S), "3s", stt))
    elif voice == "notes":
        head = r.choice(["Till notes:", "Cashier's notes, closing shift:", "Note from the front register:",
                         "Register log, {shop}:", "Till notes, {place} store:", "Shift notes:"]).format(shop=shop, place=place)
        st = r.choice(["Opened with {S}.", "Started the shift with {S}.", "Count at open: {S}.",
                       "{S} on hand at open."])
        sents.append(head + " " + capfirst(st.format(S=S)))
    elif voice == "board":
        head = r.choice(["Chalkboard at {N}'s stall:", "Written on the market board:", "{N}'s stall board says:",
                         "Posted on our chalkboard:"]).format(N=name)
        st = r.choice(["Fresh this morning, we brought {S}!", "We started the day with {S}!",
                       "We hauled in {S} today!", "We set out {S} at dawn!"])
        sents.append(head + " " + st.format(S=S))
    # ---- changes
    subj_uses = [0]

    def subject_word():
        # protagonist as subject, for mid-text sentences
        if voice in ("chat",):
            return "I"
        if voice == "you":
            return "you"
        if voice == "board":
            return "we"
        if voice == "notes":
            return ""
        if voice == "store":
            return r.choice(["they", "the store", "the staff", name]) if subj_uses[0] else name
        return r.choice([pro.subj, name]) if subj_uses[0] else r.choice([pro.subj, pro.subj, name])

    clauses = []
    for ch in changes:
        op, val, e = ch["op"], ch["val"], ch["entry"]
        sub, tmpl = e[1], e[2]
        nstr = None
        extra = {}
        if op in "+-":
            if "{QS}" in tmpl:
                extra["QS"] = b.qty(val, op, items, as_subject=True)
            if "{Q}" in tmpl:
                extra["Q"] = b.qty(val, op, items)
        else:
            fixed = e[4]
            if fixed is None:
                nstr = b.num(val, dozen_ok=False)
                extra["N"] = nstr
            else:
                low = tmpl.lower()
                for w in ("twice", "double", "triple", "quadruple", "half", "halve", "third"):
                    if w in low:
                        b.numtokens.append(w)
                        break
            if op == "/" and e[5]:
                b.numtokens.append("one")
        extra["my"] = pro.pos
        extra["me"] = pro.obj
        extra["items"] = items
        extra["pro"] = pro.subj if pro.subj else "we"
        extra["self"] = {"I": "me", "you": "you", "we": "us"}.get(pro.subj, pro.obj)
        txt = tmpl
        prot_person = pro.person
        if "[keep:X]" in txt:
            txt = txt.replace("[keep:X]", "[keep:%s]" % (prot_person if pro.subj else "1p"))
        txt = txt.format(**extra)
        clauses.append((sub, txt))
    # group clauses into sentences
    i = 0
    nsent = 0
    while i < len(clauses):
        sub, txt = clauses[i]
        conn = ""
        if nsent > 0 and r.random() < 0.45:
            conn = r.choice(CONNECT)
        adv = ""
        if r.random() < 0.22:
            adv = r.choice(TIME_ADV)
        tns = tense
        if voice == "notes" or voice == "board":
            tns = "past"
        if sub == "S":
            sw = subject_word()
            person = pro.person
            if sw in ("the store", "the staff") or (voice == "store" and sw == name):
                person = "3s"
            if sw == "they" and voice == "store":
                person = "3p"
            if sw == "I":
                person = "1s"
            if voice == "name" and sw == name:
                person = "3s"
            body = render_verbs(txt, person, tns)
            # merge with following S clause?
            if i + 1 < len(clauses) and clauses[i + 1][0] == "S" and r.random() < 0.35:
                body2 = render_verbs(clauses[i + 1][1], person, tns)
                if tns in ("fut", "going", "perf"):
                    # later verb shares the auxiliary: strip it
                    body2 = re.sub(r"^(will |am going to |is going to |are going to |has |have )", "", body2)
                if " and " in body or " and " in body2:
                    body = body + r.choice([", then ", "; after that, " + (sw + " " if sw else "")]) + body2
                else:
                    body = body + r.choice([" and then ", ", then ", " and "]) + body2
                i += 1
            if sw:
                s = sw + " " + body
            else:
                s = body
            subj_uses[0] += 1
        else:
            person = sub
            s = render_verbs(txt, person, tns)
        if adv:
            multi = " and " in s or ", " in s
            if multi and conn:
                pass
            elif (r.random() < 0.5 or multi) and not conn:
                s = adv + ", " + s
            else:
                s = s + " " + adv
        if conn:
            s = conn + " " + s
        s = capfirst(s)
        end = "!" if voice == "board" else "."
        sents.append(s + end)
        nsent += 1
        i += 1
    # ---- distractors
    pool = DIST_CHAT if voice == "chat" else (DIST_BOARD if voice == "board" else DIST_STORE)
    nd = 0
    while r.random() < dist_rate and nd < 2:
        pos = r.randint(1, len(sents))
        d = r.choice(pool)
        if d not in sents:
            sents.insert(pos, d)
        nd += 1
    # ---- question
    last_op = changes[-1]["op"] if changes else "+"
    left = last_op in "-/"
    if voice == "chat":
        q = r.choice(["How many {it} should I end up with?", "How many {it} do I have now?",
                      "Can you tell me how many {it} I'll have?", "Could you help me figure out how many {it} I should have?",
                      "What's my final count of {it}?", "So how many {it} is that in the end?",
                      "How many {it} am I supposed to have at this point?", "Could you confirm how many {it} I should have?"])
    elif voice == "you":
        q = r.choice(["How many {it} do you have now?", "How many {it} do you end up with?",
                      "What's your final count of {it}?", "How many {it} will you have at the end?",
                      "How many {it} are left?" if left else "How many {it} do you have in total?",
                      "When it's all said and done, how many {it} do you have?"])
    elif voice == "name":
        q = r.choice(["How many {it} does {N} have now?", "How many {it} does {N} end up with?",
                      "What is {N}'s final count of {it}?", "How many {it} does {p} have at the end?",
                      "How many {it} are left for {N}?" if left else "How many {it} does {N} have in all?"])
        q = q.replace("does she", "does she").replace("does they", "do they")
    elif voice == "store":
        q = r.choice(["How many {it} does {N} have at closing?", "How many {it} are in stock now?",
                      "What's the stock count for {it} at the end of the day?",
                      "How many {it} does the store have now?", "How many {it} are on hand at the end?"])
    elif voice == "notes":
        q = r.choice(["How many {it} should be on hand at close?", "How many {it} are left for the night count?",
                      "What should the closing count of {it} be?", "Ending count of {it}?",
                      "How many {it} should the count show?"])
    else:
        q = r.choice(["How many {it} are still on the table?", "How many {it} does the stall have left?",
                      "How many {it} do we have to sell now?", "So how many {it} are left at the stall?"])
    q = q.format(it=items, N=name, p=pro.subj).replace("does they", "do they")
    if voice == "chat" and r.random() < 0.12:
        if "question" in opener:
            opener = r.choice(["Hi!", "Hello!", ""])
        sents.insert(0, capfirst(r.choice(["quick question: ", "question for you: ", ""]) + q[0].lower() + q[1:]))
    else:
        sents.append(q)
    if voice == "chat" and opener:
        sents.insert(0, opener)
    text = " ".join(sents)
    meta["numtokens"] = b.numtokens
    return text


# ---------------------------------------------------------------- solution side

OPSYM = {"ascii": {"+": "+", "-": "-", "*": "*", "/": "/"},
         "uni": {"+": "+", "-": "−", "*": "×", "/": "÷"},
         "mix": {"+": "+", "-": "-", "*": "×", "/": "÷"}}


def apply(a, op, b):
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


STEP_ADD = ["Plus the {b} {lab}: {eq}", "Add the {b} {lab}: {eq}", "Adding the {b} {lab} gives {eq}.",
            "With the {b} {lab}, {S} {have} {eq} {it}.", "{eq} after the {b} {lab}.", "After the {b} {lab}: {eq}",
            "Then {eq} once the {b} {lab} are counted.", "Qty added ({lab}): {eq}", "Add {b}: {eq}",
            "{b} more comes to {eq}.", "Bringing in {b} more: {eq} {it}"]
STEP_SUB = ["Minus the {b} {lab}: {eq}", "Less the {b} {lab}: {eq}", "Take off the {b} {lab}: {eq}",
            "Subtracting the {b} {lab} leaves {eq}.", "After the {b} {lab}, {S} {have} {eq} {it}.",
            "{eq} once the {b} {lab} are gone.", "Qty removed ({lab}): {eq}", "Minus {b}: {eq}",
            "Taking away {b} leaves {eq} {it}.", "Then {eq} after the {b} {lab}."]
STEP_MUL = ["Times {b}: {eq}", "{Lab}: {eq}", "Multiply by {b}: {eq}", "The count is {lab}: {eq}",
            "{eq} ({lab})", "Scaling up by {b}: {eq} {it}", "That's {lab}, so {eq}."]
STEP_DIV = ["Split {b} ways: {eq}", "{Lab}: {eq}", "Divide by {b}: {eq}", "Each share: {eq}",
            "{eq} ({lab})", "Dividing by {b} gives {eq} {it}.", "That's {lab}, so {eq}."]
STEP_NEUTRAL = ["{eq}", "Next: {eq}", "Then {eq}.", "Now {eq} {it}.", "Running total: {eq}",
                "Updated count: {eq}", "That makes {eq}.", "So {eq}.", "New total: {eq}", "Count: {eq}",
                "Subtotal: {eq}", "Line item: {eq}"]
STEP_PROD = ["Items ordered: {eq}", "Starting stock: {eq} {it}", "{eq} {it} to start.",
             "{S_cap} {start} with {eq} {it}.", "First, {eq} {it} in all.", "Total at the start: {eq}",
             "Opening count: {eq}", "{eq} {it} altogether at first."]
START_PREFIX = ["Start: {a}. ", "{S_cap} {start} with {a}. ", "Opening count {a}. ", "Beginning with {a}, "]
AGENT_OPEN = ["Hi! Thanks for reaching out. ", "Thanks for reaching out! ", "Happy to help! ",
              "Thanks for your patience! ", "Great question! "]
FINAL_GEN = ["#### {ans}", "The answer is {ans}.", "Answer: {ans}", "Final count: {ans} {it}.",
             "So {S} {have} {ans} {it} now.", "Total: {ans}", "In the end there are {ans} {it}.",
             "{ans} {it} in the end.", "{S_cap} {end} up with {ans} {it}.", "That gives a final answer of {ans}."]
FINAL_LEFT = ["That leaves {ans} {it}.", "So {S} {have} {ans} {it} left.", "{ans} {it} remain."]
FINAL_RECEIPT = ["TOTAL ON HAND: {ans}", "Qty remaining: {ans}", "Closing count: {ans} {it}", "Balance: {ans} {it}",
                 "Items on hand: {ans}"]
FINAL_AGENT = ["So you should have {ans} {it}. Hope that helps!",
               "That comes to {ans} {it} on your end. Anything else I can help with?",
               "You'll end up with {ans} {it}. Thanks for shopping with us!",
               "All told, that's {ans} {it}. Have a great day!",
               "So your count should be {ans}. Let us know if anything looks off!"]


def slips_arith(a, op, b, c):
    """Plausible wrong results for a op b (true c)."""
    out = []
    out += [c + 1, c - 1, c + 10, c - 10]
    if c >= 100:
        out += [c + 100, c - 100]
    s = str(c)
    if len(s) >= 2:
        for i in range(len(s) - 1):
            if s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if t[0] != "0":
                    out.append(int(t))
        i = random.Random(a * 31 + b).randrange(len(s))
        d = int(s[i])
        for nd in (d - 1, d + 1):
            if 0 <= nd <= 9 and not (i == 0 and nd == 0):
                out.append(int(s[:i] + str(nd) + s[i + 1:]))
    if op == "+":
        sa, sb = str(a)[::-1], str(b)[::-1]
        digs = []
        for i in range(max(len(sa), len(sb))):
            x = (int(sa[i]) if i < len(sa) else 0) + (int(sb[i]) if i < len(sb) else 0)
            digs.append(str(x % 10))
        out += [int("".join(digs[::-1]))] * 2  # dropped carry, weighted
    if op == "-":
        sa, sb = str(a)[::-1], str(b)[::-1]
        digs = []
        for i in range(len(sa)):
            x = int(sa[i]) - (int(sb[i]) if i < len(sb) else 0)
            digs.append(str(abs(x)))
        out += [int("".join(digs[::-1]))] * 2  # borrow ignored
    if op == "*":
        out += [a * (b - 1), a * (b + 1)]
    return [x for x in out if x >= 0 and x != c]


def misread(v, rng):
    out = []
    s = str(v)
    if len(s) >= 2:
        for i in range(len(s) - 1):
            if s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if t[0] != "0":
                    out.append(int(t))
    out += [v + 1, v - 1]
    if v > 10:
        out += [v + 10, v - 10]
    return [x for x in out if x > 0 and x != v]


def build_solution(rng, eqs, start_val, is_prod, err_kind, err_pos, opsym, style, words):
    """eqs: list of (op, b, lab) true equations (first is product when is_prod).
    Returns (steps, plan) or None when the chosen error cannot be placed."""
    r = rng
    E = len(eqs)
    written = []
    prev = start_val
    true_prev = start_val
    chain = []
    for i, (op, b, lab) in enumerate(eqs):
        if is_prod and i == 0:
            a = start_val[0]
            tc = start_val[0] * b
        else:
            a = prev
            tc = apply(true_prev, op, b)
        chain.append(tc)
        wa, wop, wb = a, op, b
        if i == err_pos and err_kind == "arithmetic":
            c0 = apply(wa, wop, wb)
            if c0 is None:
                return None
            cands = slips_arith(wa, wop, wb, c0)
            if not cands:
                return None
            wc = r.choice(cands)
        else:
            if i == err_pos and err_kind == "operand":
                choices = []
                # wrong b: another number from the problem, or misread
                others = [x for x in words["problem_nums"] if x != b]
                for x in others:
                    choices.append(("b", x))
                    choices.append(("b", x))
                for x in misread(b, r):
                    choices.append(("b", x))
                if not (is_prod and i == 0):
                    for x in misread(a, r):
                        choices.append(("a", x))
                    if i >= 2 or (i == 1 and not is_prod):
                        bef = written[i - 2][3] if i >= 2 else (start_val if not is_prod else None)
                        if bef is not None and bef != a:
                            choices += [("a", bef)] * 3
                else:
                    for x in misread(a, r):
                        choices.append(("a", x))
                r.shuffle(choices)
                ok = False
                for which, x in choices:
                    na, nb = (x, wb) if which == "a" else (wa, x)
                    c1 = apply(na, wop, nb)
                    if c1 is None or c1 < 2 or c1 == apply(wa, wop, wb) or c1 > 99999:
                        continue
                    if wop in "*/" and (nb in (0, 1) or nb == na):
                        continue
                    wa, wb = na, nb
                    ok = True
                    break
                if not ok:
                    return None
            elif i == err_pos and err_kind == "operation":
                alts = {"+": ["-", "-", "-", "*"], "-": ["+", "+", "+", "/"], "*": ["+", "+", "-", "/"],
                        "/": ["*", "-", "-"]}[op]
                r.shuffle(alts)
                ok = False
                for nop in alts:
                    c1 = apply(wa, nop, wb)
                    if c1 is None or c1 < 0 or c1 > 99999 or c1 == apply(wa, op, wb):
                        continue
                    wop = nop
                    ok = True
                    break
                if not ok:
                    return None
            wc = apply(wa, wop, wb)
            if wc is None or wc < 0 or wc > 99999:
                return None
        written.append((wa, wop, wb, wc, lab, op))
        prev = wc
        true_prev = tc
    true_final = chain[-1]
    ans = written[-1][3]
    if err_kind == "answer":
        cands = [ans + 1, ans - 1, ans + 10, ans - 10] + misread(ans, r)
        if E >= 2 and written[-2][3] != ans:
            cands += [written[-2][3]] * 4
        cands = [x for x in cands if x >= 0 and x != ans]
        ans = r.choice(cands)
    # ---- wording
    steps = []
    sym = OPSYM[opsym]
    for i, (wa, wop, wb, wc, lab, op) in enumerate(written):
        eq = "{} {} {} = {}".format(wa, sym[wop], wb, wc)
        a_ok = (i == 0 and not is_prod and wa == start_val) or (i > 0 and wa == written[i - 1][3])
        if style == "terse":
            pool = ["{eq}"]
        elif is_prod and i == 0:
            pool = STEP_PROD
        else:
            if wop != op:  # wrong operation: neutral wording or wording of the wrong op
                spec = {"+": STEP_ADD, "-": STEP_SUB, "*": STEP_MUL, "/": STEP_DIV}[wop]
                pool = STEP_NEUTRAL if r.random() < 0.6 else [t for t in spec if "{lab}" not in t and "{Lab}" not in t] or STEP_NEUTRAL
            else:
                spec = {"+": STEP_ADD, "-": STEP_SUB, "*": STEP_MUL, "/": STEP_DIV}[op]
                pool = spec if r.random() < 0.75 else STEP_NEUTRAL
        t = r.choice(pool)
        if i == 0 and not is_prod and a_ok and style in ("receipt", "agent", "plain") and r.random() < 0.3:
            pre = r.choice(START_PREFIX)
            t = pre + (t[0].lower() + t[1:] if pre.endswith(", ") and not t.startswith("{") else t)
        if i == 0 and style == "agent":
            t = r.choice(AGENT_OPEN) + t
        labtxt = lab.replace("{b}", str(wb))
        s = t.format(eq=eq, b=wb, lab=labtxt, Lab=capfirst(labtxt), it=words["items"], S=words["S"],
                     S_cap=capfirst(words["S"]), have=words["have"], start=words["start"], a=wa)
        steps.append(capfirst(s))
    # final answer
    if style == "agent":
        pool = FINAL_AGENT + FINAL_GEN[:3]
    elif style == "receipt":
        pool = FINAL_RECEIPT + FINAL_GEN[:4]
    else:
        pool = FINAL_GEN + (FINAL_LEFT if eqs[-1][0] in "-/" else [])
    t = r.choice(pool)
    steps.append(capfirst(t.format(ans=ans, it=words["items"], S=words["S"], S_cap=capfirst(words["S"]),
                                   have=words["have"], end=words["end"])))
    plan = dict(written=[(w[0], w[1], w[2], w[3]) for w in written], answer=ans, true_chain=chain,
                true_final=true_final)
    return steps, plan


# ---------------------------------------------------------------- chain

def pick_entry(rng, pool, persp, cat):
    while True:
        e = rng.choice(pool)
        if e[0] not in (persp, "any"):
            continue
        cats = None
        if len(e) > 4 and isinstance(e[4], set):
            cats = e[4]
        if cats is not None and cat not in cats:
            continue
        return e


def norm_addsub(e):
    # ADD/SUB entries: (persp, subj, tmpl, lab[, cats])
    return e


def make_chain(rng, n_changes, is_prod, persp, cat):
    r = rng
    if is_prod:
        while True:
            m = r.choice([r.randint(2, 12), r.randint(2, 30), r.randint(3, 60)])
            if persp == "cust":
                m = r.randint(2, 12)
            k = r.choice([6, 8, 10, 12, 12, 15, 16, 18, 20, 24, 24, 25, 30, 36, 40, 48, 50, r.randint(3, 60)])
            if m * k <= 2400:
                break
        start = m * k
        start_spec = ("prod", m, k)
    else:
        if persp == "cust":
            start = r.choice([r.randint(5, 40), r.randint(10, 99), r.randint(20, 250), r.randint(30, 600)])
        else:
            start = r.choice([r.randint(10, 99), r.randint(20, 300), r.randint(50, 999), r.randint(100, 999)])
        if r.random() < 0.01:
            start = 1000
        start_spec = ("num", start)
    cur = start
    changes = []
    for _ in range(n_changes):
        for _try in range(40):
            op = r.choices("+-*/", weights=[34, 36, 12, 18])[0]
            if op == "+":
                hi = min(999, 9999 - cur)
                if hi < 2:
                    continue
                v = r.choice([r.randint(2, 20), r.randint(2, 60), r.randint(5, max(5, min(hi, cur)))])
                v = min(v, hi)
            elif op == "-":
                if cur < 6:
                    continue
                hi = min(999, cur - 2)
                v = r.choice([r.randint(2, max(2, min(hi, 20))), r.randint(2, max(2, hi // 2)),
                              r.randint(2, max(2, hi // 3)), r.randint(2, hi)])
            elif op == "*":
                if cur > 2500 or cur == 0:
                    continue
                e = pick_entry(r, MUL, persp, cat)
                v = e[4] if e[4] else r.choice([2, 2, 3, 3, 4, 5, 6])
                if cur * v > 9999:
                    continue
                changes.append(dict(op="*", val=v, entry=e))
                cur *= v
                break
            else:
                e = pick_entry(r, DIV, persp, cat)
                if e[4]:
                    v = e[4]
                    if cur % v or cur // v < 2:
                        continue
                else:
                    ds = [d for d in range(2, 13) if cur % d == 0 and cur // d >= 2]
                    if not ds:
                        continue
                    v = r.choice(ds)
                changes.append(dict(op="/", val=v, entry=e))
                cur //= v
                break
            pool = ADD if op == "+" else SUB
            e = pick_entry(r, pool, persp, cat)
            changes.append(dict(op=op, val=v, entry=e))
            cur = apply(cur, op, v)
            break
        else:
            # fallback: small add
            v = r.randint(2, 30)
            changes.append(dict(op="+", val=v, entry=pick_entry(r, ADD, persp, cat)))
            cur += v
    return start, start_spec, changes


def step_label(ch):
    e = ch["entry"]
    return e[3]


KINDS = ["arithmetic", "operand", "operation", "answer"]


def one_record(r, idx, seed):
    # decide correctness / error first
    if r.random() < 0.435:
        kind, posclass = "none", None
    else:
        kind = r.choices(KINDS, weights=[1.05, 1.0, 0.95, 0.95])[0]
        posclass = "final" if kind == "answer" else r.choice(["first", "middle", "last"])
    is_prod = r.random() < 0.3
    if posclass == "middle":
        minE = 3
    elif posclass in ("first", "last"):
        minE = 2 if r.random() < 0.85 else 1
    else:
        minE = 1
    while True:
        n_changes = r.choices([1, 2, 3, 4, 5], weights=[14, 26, 26, 20, 14])[0]
        if n_changes + (1 if is_prod else 0) >= minE:
            break
    voice = r.choices(["chat", "you", "name", "store", "notes", "board"], weights=[24, 20, 22, 12, 12, 10])[0]
    if voice == "chat":
        persp = "cust"
    elif voice in ("store", "notes", "board"):
        persp = "store"
    else:
        persp = r.choice(["store", "cust"])
    cat = r.choice(list(CATS))
    if voice == "board":
        cat = r.choice(["produce", "bakery", "produce", "clothing", "home", "books"])
    items = r.choice(CATS[cat]["items"])
    if voice == "name":
        g = r.choices("fmn", weights=[45, 45, 10])[0]
        name = r.choice({"f": NAMES_F, "m": NAMES_M, "n": NAMES_N}[g])
        pro = Pro("name", name, g)
    elif voice == "store":
        if r.random() < 0.25:
            sname = r.choice(STORES)
            cat = r.choice([c for c in CATS if c not in ("produce",)]) if sname in GENERIC_STORES else cat
            if sname not in GENERIC_STORES:
                sname = r.choice(STORE_PREFIX) + " " + " ".join(w.capitalize() for w in r.choice(CATS[cat]["shops"]).split())
        else:
            sname = r.choice(STORE_PREFIX) + " " + " ".join(w.capitalize() for w in r.choice(CATS[cat]["shops"]).split())
        pro = Pro("store", sname)
        items = r.choice(CATS[cat]["items"])
    elif voice == "chat":
        pro = Pro("I")
    elif voice == "you":
        pro = Pro("you")
    elif voice == "board":
        pro = Pro("we", r.choice(NAMES_F + NAMES_M))
    else:
        pro = Pro("none")
    start, start_spec, changes = make_chain(r, n_changes, is_prod, persp, cat)
    tense = "past"
    if voice in ("chat",):
        tense = r.choices(["past", "perf", "going", "pres"], weights=[60, 15, 10, 15])[0]
    elif voice in ("you", "name", "store"):
        tense = r.choices(["past", "pres", "fut"], weights=[55, 40, 5])[0]
    meta = {}
    problem = build_problem(r, meta, voice, persp, cat, items, pro, start_spec, changes, tense,
                            dist_rate=r.choice([0.0, 0.3, 0.5]))
    # solution
    eqs = []
    if is_prod:
        eqs.append(("*", start_spec[2], "start"))
        sv = (start_spec[1], start_spec[2])
    else:
        sv = start
    for ch in changes:
        eqs.append((ch["op"], ch["val"], step_label(ch)))
    E = len(eqs)
    if kind == "none":
        err_pos = None
    elif kind == "answer":
        err_pos = E
    else:
        if posclass == "first":
            err_pos = 0
        elif posclass == "last":
            err_pos = E - 1
        else:
            err_pos = r.randint(1, E - 2)
    style = {"chat": r.choice(["agent", "agent", "plain", "receipt", "terse"]),
             "notes": r.choice(["receipt", "receipt", "plain", "terse"]),
             "board": r.choice(["receipt", "plain", "terse"]),
             "you": r.choice(["plain", "plain", "receipt", "terse", "agent"])}.get(voice, r.choice(["plain", "plain", "receipt", "terse"]))
    if voice == "chat" or (style == "agent"):
        S, have, startw, end = "you", "have", "start", "end"
    elif voice == "you":
        S, have, startw, end = "you", "have", "start", "end"
    elif voice == "name":
        S = r.choice([pro.name, pro.subj])
        have, startw, end = ("have", "start", "end") if S == "they" else ("has", "starts", "ends")
    elif voice == "board":
        S, have, startw, end = "the stall", "has", "starts", "ends"
    else:
        S, have, startw, end = "the store", "has", "starts", "ends"
    pnums = []
    if is_prod:
        pnums += [start_spec[1], start_spec[2]]
    else:
        pnums.append(start)
    pnums += [c["val"] for c in changes]
    words = dict(items=items, S=S, have=have, start=startw, end=end, problem_nums=sorted(set(pnums)))
    opsym = r.choice(["ascii", "uni", "mix", "uni"])
    res = build_solution(r, eqs, sv, is_prod, kind, err_pos, opsym, style, words)
    if res is None:
        return None
    steps, plan = res
    if len(problem.split()) > 90:
        return None
    label = -1 if kind == "none" else err_pos
    fac = plan["answer"] == plan["true_final"]
    rec = {"id": "gen-y-%d-%05d" % (seed, idx), "problem": problem, "steps": steps, "label": label,
           "final_answer_correct": fac, "error_kind": kind}
    meta.update(dict(start=start_spec, changes=[(c["op"], c["val"]) for c in changes], plan=plan,
                     posclass=posclass if kind != "none" else None, voice=voice, style=style))
    return rec, meta


def _generate(seed, count):
    r = random.Random(seed)
    recs, metas = [], []
    idx = 0
    while len(recs) < count:
        out = one_record(r, idx, seed)
        if out is None:
            continue
        recs.append(out[0])
        metas.append(out[1])
        idx += 1
    return recs, metas


def generate(seed: int, count: int) -> list:
    return _generate(seed, count)[0]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for rec in generate(20261203, 400):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
