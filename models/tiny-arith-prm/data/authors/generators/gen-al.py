#!/usr/bin/env python3
"""Tiny-arith PRM data generator, register: a small business's stock and cash.

Shop owners' end-of-day notes, stocktake sheets pasted as text, purchase-order
emails, warehouse dispatch notes, cafe till floats, market-stall cash boxes and
bookkeepers' running working ("Balance b/f 240 + 36 = 276").

generate(seed, count) -> list of records
generate_with_meta(seed, count) -> list of (record, meta); meta holds the
internal representation (start, changes, numbers mentioned) for check.py.
"""
import json
import os
import random
import re

# ----------------------------------------------------------------- numbers
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve "
         "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def num_word(n):
    if n < 20:
        return _ONES[n]
    t, o = divmod(n, 10)
    return _TENS[t] + ("" if o == 0 else "-" + _ONES[o])


def apply_op(a, op, b):
    """Return the integer result or None when it is not a valid chain value."""
    if op == "+":
        r = a + b
    elif op == "-":
        r = a - b
    elif op == "*":
        r = a * b
    else:
        if b == 0 or a % b:
            return None
        r = a // b
    if r < 0 or r > 9999:
        return None
    return r


# ----------------------------------------------------------------- vocabulary
NAMES = """
Priya Tomasz Odile Kwame Marisol Declan Ingrid Rashid Yuki Bronwen Callum Delphine Emeka Farida
Gustavo Hana Idris Jolene Kofi Leontyne Mateus Niamh Oskar Perpetua Quentin Rosalind Sefa Tariq
Ulla Vikram Wendeline Xiomara Yusuf Zofia Anouk Bartek Ciaran Dagny Eamon Fenella Gideon Hollis
Imogen Jasper Keziah Lorcan Maelle Nnamdi Orla Piet Ruairi Saoirse Thaddeus Valentin Wilhelmina
Yannick Zainab Abena Bongani Chidi Dervla Efua Folasade Gwilym Harriet Ishaan Juno Kasimir
Leocadia Mungo Nkechi Ottilie Pradeep Rhiannon Solveig Tobiah Umar Verity Wynn Ximena Yevgenia
Zeb Agathe Bram Cosima Dmitri Elspeth Florin Greer Hamish Ines Joaquin Kalinda Lysander Meera Noor
Osric Pilar Radek Svetlana Teodor Uriel Vashti Winnie Yael Aled Birgit Cormac Daria Ezra Freya
Gulnara Horatio Ilse Jaroslav Kerensa Lachlan Magnus Nadia Obadiah Philippa Quilla Rufus Sunniva
Tamsin Ugo Vesna Yolanda Zuzana Ayodele Benedikt Clodagh Darius Esme Fintan Gwen Hiroshi Isolde
Jem Kaveh Linnea Marguerite Nuno Oona Peregrine Rasmus Sigrid Thandiwe Uzma Vidya Warrick Yara
Zoltan Amara Bjorn Corentin Dalia Eilidh Fergal Giedre Hakim Iolanthe Jovan Kirsi Lowenna Mirela
Nikolai Ondine Paavo Roisin Seren Tancredi Ulrike Valdis Wanjiru Yestin Zelda Aurelio Bethan
Cyprian Dunya Elowen Faisal Gaspard Henrike Ifeoma Jarrah Leopold Marit Nasrin Olwen Paulo Renske
Sorcha Tiberius Viggo Wren Yoshiro Zdenka Alby Brigid Casimir Dilnoza Eero Flavia Goran Halima
Inigo Jadwiga Kit Lumi Mehmet Nella Orrin Pim Rafferty Shona Tullio Vasco Willa Anselm Beatrix
Conall Dorota Emrys Fiorella Gethin Hester Ivo Jessamy Kamau Lavinia Mostyn Nerys Oriel Pascoe
""".split()

SURNAMES = """
Hallett Brindle Okafor Pennock Varga Lindqvist Mbeki Castellano Thorne Achterberg Kowalczyk
Ferreira Nakamura Quigley Rahman Sutcliffe Tremayne Underhill Vasquez Whitlock Yardley Zielinski
Abernethy Blackwood Coutts Dunmore Esterhuizen Fairweather Gallagher Haddow Iqbal Jelinek Kettle
Lomax Macready Nightingale Oyelaran Pagett Rookwood Strachan Tolland Umberto Vine Wetherby
Ashdown Birtwistle Carrow Delacroix Entwistle Fothergill Grimshaw Holroyd
""".split()

SUPPLIER_TAILS = ["Wholesale", "& Sons", "Bros", "Trading", "Supplies", "Distribution",
                  "Foods", "Direct", "& Daughters", "Cash and Carry", "Imports", "Merchants"]

PLACES = ["the Eastgate branch", "the other shop", "the market unit", "the sister store in town",
          "the pop-up kiosk", "the airport outlet", "the Riverside branch", "the seaside shop",
          "the warehouse across the yard", "the new unit on the trading estate",
          "the Northfield store", "the station kiosk", "the cafe next door", "the farm gate stall",
          "the outlet village shop", "the Harbour Road branch", "a partner shop in Lowmoor",
          "the weekend stall", "head office", "the franchise in Ashby Cross"]

STREETS = ["Mill Lane", "Harbour Street", "Fenwick Road", "Cobble Row", "Tanner's Yard",
           "Quarry Hill", "Market Square", "Chapel Walk", "Orchard Parade", "Station Approach",
           "Bridge End", "Kiln Street", "the high street", "Lark Rise", "Salt Lane", "Weir Road"]

BIZ_FIRST = ["Copper", "Juniper", "Harbour", "Lantern", "Bramble", "Foxglove", "Kingfisher",
             "Saltmarsh", "Millrace", "Blue Door", "Old Forge", "Greenway", "Thistle", "Marigold",
             "Cobble", "Orchard", "Larkspur", "Quayside", "Rookery", "Wicker", "Tinker's", "Hazel",
             "Amber", "Redbrick", "Yew Tree", "Ferry", "Beacon", "Sandpiper", "Elder", "Weavers'",
             "Magpie", "Acorn", "Puffin", "Heron", "Chestnut", "Moorland"]

BIG_NOUNS = {"sacks", "bales", "kegs", "drums", "crates", "cases", "bolts", "wheels", "hampers", "sheets",
             "lengths", "bags", "cartons", "trays", "boxes", "buckets", "pumpkins", "scratching posts",
             "watering cans", "rose bushes", "board games", "nets", "rounds"}
CONTAINERS = ["cases", "cartons", "crates", "boxes", "trays", "pallets", "racks", "bins",
              "hampers", "stacks", "baskets", "tote boxes"]

# sector: (shop words, [(plural phrase, short noun, inner unit or None)])
SECTORS = [
    (["corner shop", "grocery", "mini-mart", "village stores", "general store"], [
        ("tins of chopped tomatoes", "tins", None), ("bags of basmati rice", "bags", None),
        ("cases of cola", "cases", "cans"), ("bottles of olive oil", "bottles", None),
        ("jars of peanut butter", "jars", None), ("packets of digestives", "packets", None),
        ("cartons of orange juice", "cartons", None), ("loaves of sliced bread", "loaves", None),
        ("boxes of teabags", "boxes", None), ("bags of sugar", "bags", None),
        ("tins of baked beans", "tins", None), ("trays of eggs", "trays", "eggs"),
        ("multipacks of crisps", "multipacks", "bags of crisps"), ("bottles of bleach", "bottles", None),
        ("rolls of bin bags", "rolls", None), ("jars of instant coffee", "jars", None),
        ("packs of batteries", "packs", "batteries"), ("bags of porridge oats", "bags", None)]),
    (["hardware shop", "ironmonger's", "DIY store", "builders' merchant"], [
        ("tins of white emulsion", "tins", None), ("boxes of wood screws", "boxes", None),
        ("paint rollers", "rollers", None), ("bags of cement", "bags", None),
        ("sheets of plywood", "sheets", None), ("lengths of copper pipe", "lengths", None),
        ("tubes of silicone sealant", "tubes", None), ("claw hammers", "hammers", None),
        ("spirit levels", "levels", None), ("rolls of duct tape", "rolls", None),
        ("packs of sandpaper", "packs", "sheets"), ("padlocks", "padlocks", None),
        ("extension leads", "leads", None), ("light bulbs", "bulbs", None),
        ("bags of kiln-dried logs", "bags", None), ("cartons of wall plugs", "cartons", "wall plugs"),
        ("door hinges", "hinges", None), ("tape measures", "tape measures", None),
        ("pairs of work gloves", "pairs", None), ("tins of wood stain", "tins", None)]),
    (["cafe", "coffee shop", "tea room", "sandwich bar"], [
        ("bags of coffee beans", "bags", None), ("cartons of oat milk", "cartons", None),
        ("croissants", "croissants", None), ("sleeves of paper cups", "sleeves", "cups"),
        ("scones", "scones", None), ("bottles of vanilla syrup", "bottles", None),
        ("tubs of hot chocolate powder", "tubs", None), ("blueberry muffins", "muffins", None),
        ("takeaway lids", "lids", None), ("boxes of napkins", "boxes", "napkins"),
        ("jars of honey", "jars", None), ("slices of carrot cake", "slices", None),
        ("packs of wooden stirrers", "packs", "stirrers"), ("panini", "panini", None)]),
    (["bakery", "bakehouse", "patisserie"], [
        ("sourdough loaves", "loaves", None), ("baguettes", "baguettes", None),
        ("trays of iced buns", "trays", "buns"), ("sacks of flour", "sacks", None),
        ("cinnamon rolls", "rolls", None), ("boxes of cupcakes", "boxes", "cupcakes"),
        ("pork pies", "pies", None), ("sausage rolls", "sausage rolls", None),
        ("bagels", "bagels", None), ("flapjacks", "flapjacks", None),
        ("cake boxes", "cake boxes", None), ("tubs of sprinkles", "tubs", None)]),
    (["garden centre", "florist", "plant nursery"], [
        ("bags of potting compost", "bags", None), ("bedding plants", "plants", None),
        ("trays of pansies", "trays", "pansies"), ("terracotta pots", "pots", None),
        ("bundles of tulips", "bundles", "tulips"), ("bunches of roses", "bunches", None),
        ("packets of seeds", "packets", None), ("watering cans", "watering cans", None),
        ("bags of bark chippings", "bags", None), ("rose bushes", "rose bushes", None),
        ("hanging baskets", "hanging baskets", None), ("sacks of bird seed", "sacks", None),
        ("garden gnomes", "gnomes", None), ("bamboo canes", "canes", None),
        ("wreaths", "wreaths", None)]),
    (["stationer's", "newsagent", "print shop"], [
        ("reams of printer paper", "reams", None), ("boxes of ballpoint pens", "boxes", "pens"),
        ("spiral notebooks", "notebooks", None), ("packs of envelopes", "packs", "envelopes"),
        ("greetings cards", "cards", None), ("rolls of wrapping paper", "rolls", None),
        ("glue sticks", "glue sticks", None), ("boxes of staples", "boxes", None),
        ("lever-arch files", "files", None), ("newspapers", "newspapers", None),
        ("puzzle magazines", "magazines", None), ("diaries", "diaries", None),
        ("packs of highlighters", "packs", "highlighters"), ("ink cartridges", "cartridges", None)]),
    (["pet shop", "pet supplies store", "feed merchant"], [
        ("bags of dry dog food", "bags", None), ("tins of cat food", "tins", None),
        ("bales of hay", "bales", None), ("bags of wood shavings", "bags", None),
        ("chew toys", "chew toys", None), ("dog leads", "leads", None),
        ("tubs of fish flakes", "tubs", None), ("bird feeders", "feeders", None),
        ("boxes of dental sticks", "boxes", "sticks"), ("scratching posts", "posts", None),
        ("sacks of cat litter", "sacks", None), ("cases of wet dog food", "cases", "pouches")]),
    (["off-licence", "wine merchant", "bottle shop"], [
        ("bottles of red wine", "bottles", None), ("cases of lager", "cases", "cans"),
        ("crates of ginger beer", "crates", "bottles"), ("kegs of cider", "kegs", None),
        ("bottles of gin", "bottles", None), ("cases of sparkling water", "cases", "bottles"),
        ("boxes of wine glasses", "boxes", "glasses"), ("bags of ice", "bags", None),
        ("cans of tonic", "cans", None), ("bottles of elderflower cordial", "bottles", None)]),
    (["farm shop", "greengrocer", "produce stall"], [
        ("crates of apples", "crates", "apples"), ("sacks of potatoes", "sacks", None),
        ("punnets of strawberries", "punnets", None), ("boxes of free-range eggs", "boxes", "eggs"),
        ("jars of chutney", "jars", None), ("bunches of carrots", "bunches", None),
        ("heads of lettuce", "heads", None), ("pumpkins", "pumpkins", None),
        ("nets of onions", "nets", None), ("wheels of cheese", "wheels", None),
        ("jars of plum jam", "jars", None), ("bottles of apple juice", "bottles", None),
        ("trays of peaches", "trays", "peaches"), ("bags of walnuts", "bags", None)]),
    (["clothes shop", "vintage stall", "boutique"], [
        ("T-shirts", "T-shirts", None), ("woolly hats", "hats", None),
        ("pairs of socks", "pairs", None), ("scarves", "scarves", None),
        ("denim jackets", "jackets", None), ("tote bags", "tote bags", None),
        ("bundles of vintage shirts", "bundles", "shirts"), ("baseball caps", "caps", None),
        ("rain ponchos", "ponchos", None), ("leather belts", "belts", None),
        ("silk ties", "ties", None), ("packs of hair bobbles", "packs", "hair bobbles")]),
    (["haberdashery", "craft shop", "wool shop"], [
        ("balls of wool", "balls", None), ("reels of cotton thread", "reels", None),
        ("packets of buttons", "packets", None), ("spools of ribbon", "spools", None),
        ("pairs of knitting needles", "pairs", None), ("tubes of acrylic paint", "tubes", None),
        ("sketchbooks", "sketchbooks", None), ("bags of glass beads", "bags", None),
        ("skeins of embroidery silk", "skeins", None), ("canvas panels", "panels", None),
        ("bolts of linen", "bolts", None)]),
    (["bike shop", "cycle workshop"], [
        ("inner tubes", "inner tubes", None), ("bike helmets", "helmets", None),
        ("puncture repair kits", "kits", None), ("bike lights", "lights", None),
        ("bike chains", "chains", None), ("bottles of chain oil", "bottles", None),
        ("boxes of brake pads", "boxes", "brake pads"), ("D-locks", "D-locks", None),
        ("water bottles", "bottles", None), ("saddles", "saddles", None)]),
    (["pharmacy", "chemist", "beauty counter"], [
        ("boxes of plasters", "boxes", None), ("bottles of hand sanitiser", "bottles", None),
        ("tubes of toothpaste", "tubes", None), ("packs of paracetamol", "packs", None),
        ("bars of lavender soap", "bars", None), ("lip balms", "lip balms", None),
        ("bottles of shampoo", "bottles", None), ("packs of cotton pads", "packs", None),
        ("boxes of tissues", "boxes", None), ("tubs of hand cream", "tubs", None)]),
    (["toy shop", "bookshop", "gift shop"], [
        ("paperbacks", "paperbacks", None), ("jigsaw puzzles", "puzzles", None),
        ("boxes of crayons", "boxes", "crayons"), ("colouring books", "colouring books", None),
        ("board games", "board games", None), ("teddy bears", "teddies", None),
        ("yo-yos", "yo-yos", None), ("packs of playing cards", "packs", None),
        ("kites", "kites", None), ("bags of marbles", "bags", "marbles"),
        ("wooden trains", "trains", None), ("picture books", "picture books", None),
        ("scented candles", "candles", None), ("boxes of tea lights", "boxes", "tea lights"),
        ("photo frames", "frames", None), ("mugs", "mugs", None),
        ("fridge magnets", "magnets", None), ("postcards", "postcards", None),
        ("keyrings", "keyrings", None), ("tea towels", "tea towels", None),
        ("sets of coasters", "sets", None), ("bags of fudge", "bags", None)]),
    (["phone shop", "electronics counter"], [
        ("phone chargers", "chargers", None), ("USB cables", "cables", None),
        ("screen protectors", "screen protectors", None), ("pairs of earbuds", "pairs", None),
        ("phone cases", "phone cases", None), ("memory cards", "memory cards", None),
        ("power banks", "power banks", None), ("smart plugs", "smart plugs", None)]),
    (["cleaning supplies wholesaler", "janitorial supplier"], [
        ("drums of floor cleaner", "drums", None), ("cases of washing-up liquid", "cases", "bottles"),
        ("boxes of rubber gloves", "boxes", None), ("mop heads", "mop heads", None),
        ("rolls of blue paper", "rolls", None), ("packs of sponges", "packs", "sponges"),
        ("bottles of glass cleaner", "bottles", None), ("tubs of dishwasher tablets", "tubs", None),
        ("cartons of toilet rolls", "cartons", "toilet rolls"), ("buckets", "buckets", None)]),
    (["deli", "ice cream parlour", "cheese counter"], [
        ("tubs of vanilla ice cream", "tubs", None), ("boxes of wafer cones", "boxes", "cones"),
        ("ice lollies", "lollies", None), ("jars of olives", "jars", None),
        ("packs of salami", "packs", None), ("rounds of brie", "rounds", None),
        ("bottles of balsamic vinegar", "bottles", None), ("bags of fresh pasta", "bags", None),
        ("tubs of hummus", "tubs", None), ("packs of sausages", "packs", None),
        ("jars of pesto", "jars", None), ("wedges of parmesan", "wedges", None)]),
]

ALL_ITEMS = [it for _, items in SECTORS for it in items]

# money: (symbol or None, [plural words])
CURRENCIES = [("£", ["pounds", "quid"]), ("$", ["dollars", "bucks"]), ("€", ["euros"]),
              ("₹", ["rupees"]), (None, ["cents"]), ("$", ["dollars"]), ("£", ["pounds"])]

MONEY_PLACES = [  # (container, business words)
    ("the till", ["cafe", "coffee cart", "tea room", "juice bar", "corner shop", "bakery"]),
    ("the cash box", ["market stall", "craft stall", "plant stall", "car boot pitch", "food van"]),
    ("the float tin", ["ice cream van", "pub bar", "fete stall", "bric-a-brac stall"]),
    ("the cash drawer", ["hair salon", "barber's", "bike shop", "bookshop"]),
    ("the honesty box", ["farm gate stall", "egg stand", "flower stand"]),
    ("the money belt", ["fruit barrow", "flea market pitch", "festival stand"]),
    ("the tip jar", ["coffee shop", "burger van", "noodle bar"]),
]

DISTRACTORS = [
    "It had been a slow, grey Monday.", "The delivery van was running late again.",
    "The card machine kept dropping its signal.", "A leak had left the back corridor damp.",
    "Trade had been brisk since the school holidays began.", "The shutter jammed halfway up that morning.",
    "Nobody had dusted the top shelf in weeks.", "The new shelving arrived flat-packed.",
    "Rain kept most of the regulars away.", "The landlord came by about the boiler.",
    "The barcode scanner was acting up.", "A busker played outside all afternoon.",
    "The fridge at the back hummed louder than usual.", "Someone left a pram blocking the doorway.",
    "The accountant wants the figures by Friday.", "All the price labels were reprinted.",
    "Roadworks outside slowed the morning trade.", "The Saturday lad was off sick.",
    "The radio played the same song all day.", "Parking out front was impossible.",
    "The shop cat slept in the window.", "A power cut knocked the lights out briefly.",
    "The rota had been changed at the last minute.", "A film crew was shooting on the high street.",
    "The supplier's invoice had a spelling mistake on it.", "Customers kept asking about gift wrapping.",
    "The till roll ran out mid-sale.", "Frost covered the car park.",
    "A school trip wandered in and out.", "The window display got a fresh coat of paint.",
    "The VAT return is due soon.", "Business was quieter than last spring.",
    "The forklift needed a new battery.", "Everyone was talking about the football.",
    "The back door still sticks.", "A new cafe opened across the road.",
    "The stockroom smelled of cardboard and coffee.", "Prices from the mill had gone up again.",
    "The weather app promised sunshine and delivered drizzle.", "The health inspector popped in unannounced.",
    "The owner's dog kept guard by the door.", "Nobody could find the stapler.",
    "The loading bay was blocked by a skip.", "A regular brought in homemade biscuits for the staff.",
    "The Wi-Fi went down at lunchtime.", "The new labels finally matched the shelf edges.",
]

TIMES_DAY = ["first thing", "mid-morning", "before lunch", "at lunchtime", "early in the afternoon",
             "later that afternoon", "towards closing", "just before locking up"]
TIMES_WEEK = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
              "on Saturday", "over the weekend"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "market day",
        "bank holiday Monday", "late-night Thursday"]

# ----------------------------------------------------------------- event templates
# (flags, tag, text[, new noun]).  Flags: S = has {S} subject at the start,
# N = neutral (subject inside), u = unpack (needs inner unit), R = repack (new noun),
# 2 / 3 = number implied by a word (double/half/triple/third), p = past tense only.
# [past|base|pp] verb groups; ^ = the group takes its own auxiliary.
ADD_STOCK = [
    ("S", "delivery", "{S} [took|take|taken] delivery of {Q}"),
    ("S", "receipts", "{S} [received|receive|received] {Q} from {Z}"),
    ("S", "restock", "{S} [restocked|restock|restocked] with {Q}"),
    ("S", "van unload", "{S} [unloaded|unload|unloaded] {Q} off the morning van"),
    ("S", "goods in", "{S} [booked|book|booked] in {Q}"),
    ("S", "purchases", "{S} [bought|buy|bought] in {Q} at the cash-and-carry"),
    ("S", "wholesale", "{S} [picked|pick|picked] up {Q} from the wholesaler"),
    ("S", "top-up", "{S} [topped|top|topped] up the shelves with {Q}"),
    ("S", "found stock", "{S} [found|find|found] {Q} tucked away in the back room"),
    ("S", "late delivery", "{S} [got|get|got] {Q} in on the late delivery"),
    ("S", "transfer in", "{S} [transferred|transfer|transferred] {Q} in from {X}"),
    ("S", "delivery", "{S} [had|have|had] {Q} delivered"),
    ("S", "collection", "{S} [collected|collect|collected] {Q} from the depot"),
    ("S", "customer returns", "{S} [took|take|taken] back {Q} from a customer who had over-ordered"),
    ("S", "additions", "{S} [added|add|added] {Q} to stock"),
    ("S", "goods in", "{S} [signed|sign|signed] for {Q}"),
    ("S", "order", "{S} [ordered|order|ordered] and [received|receive|received] {Q}"),
    ("S", "recount", "{S} [put|put|put] {Q} back on the books after a recount"),
    ("S", "drop", "{S} [accepted|accept|accepted] a drop of {Q} from {Z}"),
    ("S", "workshop", "{S} [made|make|made] up {Q} in the workshop"),
    ("S", "consignment", "{S} [took|take|taken] in {Q} on consignment"),
    ("S", "courier", "{S} [checked|check|checked] in {Q} from the courier"),
    ("S", "replenishment", "{S} [replenished|replenish|replenished] the stock with {Q}"),
    ("S", "intake", "{S} [brought|bring|brought] in {Q}"),
    ("S", "borrowed", "{S} [borrowed|borrow|borrowed] {Q} from {X}"),
    ("S", "auction buy", "{S} [snapped|snap|snapped] up {Q} at a trade auction"),
    ("S", "trade fair", "{S} [picked|pick|picked] up {Q} cheaply at the trade fair"),
    ("S", "lost delivery", "{S} [tracked|track|tracked] down {Q} that had gone to the wrong address"),
    ("S", "got in", "{S} [got|get|got] in {Q}"),
    ("S", "stocking up", "{S} [stocked|stock|stocked] up with {Q}"),
    ("S", "goods in", "{S} [logged|log|logged] {Q} as goods in"),
    ("S", "returns", "{S} [restocked|restock|restocked] {Q} that customers had brought back"),
    ("N", "delivery", "a delivery of {Q} [^arrived|arrive|arrived]"),
    ("N", "van", "{Q} [^came|come|come] in on the afternoon van"),
    ("N", "supplier drop", "{Z} [^dropped|drop|dropped] off {Q}"),
    ("N", "courier", "a courier [^brought|bring|brought] {Q}"),
    ("N", "head office", "head office [^sent|send|sent] over {Q}"),
    ("N", "customer returns", "a customer called {Y} [^brought|bring|brought] back {Q}, still sealed"),
    ("N", "overflow", "{Q} [^were|be|been] moved in from the overflow unit"),
    ("N", "recount", "the recount [^turned|turn|turned] up {Q} nobody had logged"),
    ("N", "rep samples", "the sales rep [^left|leave|left] {Q} as free stock"),
    ("N", "delivery", "{Z} [^delivered|deliver|delivered] {Q}"),
    ("N", "goods in", "{Q} [^were|be|been] booked into stock"),
    ("N", "swap", "{X} [^passed|pass|passed] over {Q} they couldn't shift"),
    ("N", "pallet drop", "a pallet drop [^added|add|added] {Q}"),
    ("N", "backorder", "the backorder of {Q} [^landed|land|landed] at last"),
]

SUB_STOCK = [
    ("S", "sales", "{S} [sold|sell|sold] {Q}"),
    ("S", "counter sales", "{S} [sold|sell|sold] {Q} over the counter"),
    ("S", "dispatch", "{S} [shipped|ship|shipped] out {Q}"),
    ("S", "dispatch", "{S} [dispatched|dispatch|dispatched] {Q} to {X}"),
    ("S", "write-off", "{S} [wrote|write|written] off {Q} as damaged"),
    ("S", "RTV", "{S} [returned|return|returned] {Q} to the vendor"),
    ("S", "returns out", "{S} [sent|send|sent] {Q} back to {Z}"),
    ("S", "samples", "{S} [gave|give|given] away {Q} as samples"),
    ("S", "transfer out", "{S} [transferred|transfer|transferred] {Q} to {X}"),
    ("S", "online orders", "{S} [picked|pick|picked] and [packed|pack|packed] {Q} for online orders"),
    ("S", "wastage", "{S} [binned|bin|binned] {Q} past their sell-by date"),
    ("S", "donation", "{S} [donated|donate|donated] {Q} to the food bank"),
    ("S", "breakages", "{S} [knocked|knock|knocked] over a stack and [ruined|ruin|ruined] {Q}"),
    ("S", "in-house use", "{S} [used|use|used] up {Q} around the shop"),
    ("S", "market stall", "{S} [moved|move|moved] {Q} to the market stall"),
    ("S", "trade sale", "{S} [let|let|let] {Y} have {Q} at trade price"),
    ("S", "recall", "{S} [pulled|pull|pulled] {Q} off the shelves for a recall"),
    ("S", "loan out", "{S} [lent|lend|lent] {Q} to {X}"),
    ("S", "sale", "{S} [shifted|shift|shifted] {Q} in the sale"),
    ("S", "clearance", "{S} [cleared|clear|cleared] out {Q} at cost price"),
    ("S", "write-off", "{S} [marked|mark|marked] {Q} as write-offs"),
    ("S", "trade order", "{S} [filled|fill|filled] a trade order for {Q}"),
    ("S", "mail order", "{S} [posted|post|posted] {Q} to mail-order customers"),
    ("S", "spoilage", "{S} [threw|throw|thrown] out {Q} that got soaked in the leak"),
    ("S", "till sales", "{S} [rang|ring|rung] up {Q} at the till"),
    ("S", "export", "{S} [packed|pack|packed] off {Q} to an overseas buyer"),
    ("S", "car boot", "{S} [flogged|flog|flogged] {Q} at the car boot sale"),
    ("S", "craft fair", "{S} [took|take|taken] {Q} to the craft fair and [sold|sell|sold] the lot"),
    ("S", "raffle", "{S} [handed|hand|handed] out {Q} as raffle prizes"),
    ("S", "returns out", "{S} [boxed|box|boxed] up {Q} to go back to the supplier"),
    ("N", "sales", "customers [^bought|buy|bought] {Q}"),
    ("N", "walk-ins", "walk-in trade [^took|take|taken] {Q}"),
    ("N", "breakages", "{Q} [^were|be|been] broken in transit"),
    ("N", "shrinkage", "{Q} [^went|go|gone] missing"),
    ("N", "damage", "a leak in the roof [^ruined|ruin|ruined] {Q}"),
    ("N", "dispatch", "{Q} [^went|go|gone] out on the afternoon van"),
    ("N", "standing order", "{Y} [^collected|collect|collected] {Q} for a standing order"),
    ("N", "lunch rush", "the lunchtime rush [^cleared|clear|cleared] {Q}"),
    ("N", "online orders", "online orders [^used|use|used] up {Q}"),
    ("N", "write-off", "{Q} [^were|be|been] written off"),
    ("N", "RTV", "{Q} [^were|be|been] returned to the vendor"),
    ("N", "school order", "a school [^bought|buy|bought] {Q} for its summer fair"),
    ("N", "wedding order", "{Y} [^bought|buy|bought] {Q} for a wedding"),
    ("N", "theft", "shoplifters [^made|make|made] off with {Q}"),
    ("N", "recall", "the manufacturer [^recalled|recall|recalled] {Q}"),
    ("N", "stall sales", "the weekend stall [^got|get|got] through {Q}"),
]

ADD_MONEY = [
    ("S", "takings", "{S} [took|take|taken] {M} at the counter"),
    ("S", "sales", "{S} [rang|ring|rung] up {M} in sales"),
    ("S", "float top-up", "{S} [added|add|added] {M} in change to the float"),
    ("S", "cake sales", "{S} [made|make|made] {M} from cake sales"),
    ("S", "deposit", "{S} [took|take|taken] a deposit of {M}"),
    ("S", "cabinet sale", "{S} [sold|sell|sold] an old display cabinet for {M}"),
    ("S", "tab", "{S} [collected|collect|collected] {M} owed on a tab"),
    ("S", "market takings", "{S} [brought|bring|brought] in {M} from the farmers' market"),
    ("S", "supplier refund", "{S} [got|get|got] {M} back from {Z} as a refund"),
    ("S", "top-up", "{S} [put|put|put] in {M} from the bank"),
    ("S", "tea sales", "{S} [earned|earn|earned] {M} selling teas"),
    ("S", "weekend cash", "{S} [added|add|added] {M} left over from the weekend"),
    ("N", "tips", "tips of {M} [^went|go|gone] into the jar"),
    ("N", "cash sale", "a customer [^paid|pay|paid] {M} in cash"),
    ("N", "tab", "{Y} [^settled|settle|settled] a tab of {M}"),
    ("N", "lunch rush", "the lunch rush [^brought|bring|brought] in {M}"),
    ("N", "takings", "morning takings [^came|come|come] to {M}"),
    ("N", "catering order", "{Y} [^paid|pay|paid] {M} for a catering order"),
    ("N", "cash sales", "card-shy customers [^handed|hand|handed] over {M} in notes and coins"),
    ("N", "raffle", "the raffle [^raised|raise|raised] {M}"),
    ("N", "deposit", "{Y} [^left|leave|left] {M} as a deposit"),
    ("N", "passing trade", "passing trade [^added|add|added] {M}"),
    ("N", "change", "the bank [^sent|send|sent] over {M} in change"),
]

SUB_MONEY = [
    ("S", "window cleaner", "{S} [paid|pay|paid] the window cleaner {M}"),
    ("S", "banking", "{S} [banked|bank|banked] {M}"),
    ("S", "petty cash", "{S} [took|take|taken] {M} out for petty cash"),
    ("S", "refund", "{S} [refunded|refund|refunded] a customer {M}"),
    ("S", "milk run", "{S} [spent|spend|spent] {M} on milk from the shop across the road"),
    ("S", "driver", "{S} [handed|hand|handed] the delivery driver {M}"),
    ("S", "wages", "{S} [paid|pay|paid] out {M} in wages"),
    ("S", "safe drop", "{S} [dropped|drop|dropped] {M} into the safe"),
    ("S", "postage", "{S} [bought|buy|bought] stamps for {M}"),
    ("S", "cash on delivery", "{S} [paid|pay|paid] {Z} {M} cash on delivery"),
    ("S", "loan", "{S} [lent|lend|lent] {Y} {M} from the till"),
    ("S", "pitch fee", "{S} [paid|pay|paid] the pitch fee of {M}"),
    ("S", "cleaning", "{S} [spent|spend|spent] {M} on bin bags and bleach"),
    ("S", "parking", "{S} [fed|feed|fed] {M} into the parking meter"),
    ("N", "paid out", "{M} [^went|go|gone] on a new mop"),
    ("N", "refunds", "a returned order [^cost|cost|cost] {M} in refunds"),
    ("N", "tips out", "{Y} [^took|take|taken] {M} of tips home"),
    ("N", "spare till", "{M} [^was|be|been] moved to the spare till"),
    ("N", "pitch fee", "the market warden [^collected|collect|collected] {M} for the pitch"),
    ("N", "staff lunch", "lunch for the staff [^came|come|come] to {M} out of the tin"),
    ("N", "plumber", "the plumber [^charged|charge|charged] {M}, paid from the till"),
    ("N", "banking", "{M} [^went|go|gone] to the bank at noon"),
]

MUL_STOCK = [
    ("Su", "unpacking", "{S} [opened|open|opened] up every {c} and [counted|count|counted] the {U} inside, {n} per {c}"),
    ("Su", "singles", "{S} [broke|break|broken] them down into single {U}, {n} to each {c}"),
    ("Nup", "unpacking", "each {c} held {n} {U}, and the count switched to {U}"),
    ("Sup", "decanting", "{S} tipped them out as loose {U}; there were {n} in each {c}"),
    ("Su", "unboxing", "{S} [unboxed|unbox|unboxed] the lot into {U}, {n} from each {c}"),
    ("Su", "split packs", "{S} [split|split|split] every {c} into its {n} {U} to sell singly"),
    ("S", "bulk order", "{S} [built|build|built] the stock up to {n} times what it was"),
    ("S", "multiply", "{S} [multiplied|multiply|multiplied] the stock by {n} ahead of the sale"),
    ("N", "bulk order", "a bulk order [^made|make|made] the stock {n} times bigger"),
    ("N", "growth", "the count [^grew|grow|grown] to {n} times its size after the big order"),
    ("S", "times as many", "{S} [ended|end|ended] up with {n} times as many {N}"),
    ("N", "scale-up", "head office [^scaled|scale|scaled] the stock up {n} times over"),
    ("N", "times as many", "by the weekend there [^were|be|been] {n} times as many {N}"),
    ("N", "new supplier", "the new supplier [^sent|send|sent] enough to make it {n} times the stock"),
    ("N", "stock level", "stock levels [^rose|rise|risen] to {n} times the old figure"),
    ("N", "promo deal", "a promotion deal [^left|leave|left] the shop with {n} times as many {N}"),
    ("S", "fold", "{S} [increased|increase|increased] the holding {nd}-fold"),
    ("Sup", "singles count", "{S} counted them as {U} instead, with {n} in every {c}"),
    ("Nup", "unpacking", "every {c} turned out to hold {n} {U}, so the tally moved to {U}"),
    ("S", "times over", "{S} [grew|grow|grown] the stock {n} times over before the rush"),
    ("N", "season", "the festive build-up [^took|take|taken] stock to {n} times the normal level"),
    ("S", "scaled order", "{S} [scaled|scale|scaled] up the order so the stock ended {n} times larger"),
    ("N", "times as many", "the shop [^finished|finish|finished] the week with {n} times as many {N}"),
    ("S2", "doubling", "{S} [doubled|double|doubled] the stock"),
    ("N2", "doubling", "a big order [^doubled|double|doubled] the count"),
    ("N2p", "doubling", "the stock doubled overnight when the backorder landed"),
    ("S2", "double up", "{S} [ordered|order|ordered] enough to double the {N}"),
    ("N2", "twice", "stock [^went|go|gone] up to twice what it was"),
    ("S2", "twice", "{S} [ended|end|ended] up with twice as many {N}"),
    ("S3", "tripling", "{S} [tripled|triple|tripled] the stock for the festival"),
    ("N3", "trebling", "the stock [^trebled|treble|trebled] after the trade fair"),
    ("N3", "triple", "the warehouse [^sent|send|sent] enough to triple the count"),
    ("S3", "tripling", "{S} [tripled|triple|tripled] the holding of {N}"),
]

MUL_MONEY = [
    ("N", "growth", "the cash in {B} [^grew|grow|grown] to {n} times as much by close"),
    ("S", "top-up", "{S} [topped|top|topped] it up to {n} times the amount"),
    ("N", "fair day", "the fair [^turned|turn|turned] it into {n} times as much"),
    ("N", "busy spell", "a busy spell [^left|leave|left] {n} times as much in {B}"),
    ("N2", "doubling", "the money in {B} [^doubled|double|doubled] over the afternoon"),
    ("N", "gala", "the gala night [^left|leave|left] {B} holding {n} times as much"),
    ("S", "float build", "{S} [built|build|built] the float up to {n} times its size"),
    ("S2", "doubling", "{S} [doubled|double|doubled] the float from the safe"),
    ("N3", "tripling", "the takings [^tripled|triple|tripled] after the band started"),
    ("S3", "tripling", "{S} [tripled|triple|tripled] the float for the festival"),
]

DIV_STOCK = [
    ("S", "branch split", "{S} [shared|share|shared] them equally among {n} branches and [kept|keep|kept] one share"),
    ("S", "shop split", "{S} [split|split|split] the stock evenly across {n} shops, keeping one share here"),
    ("S", "stall split", "{S} [divided|divide|divided] the lot equally between {n} market stalls, and this stall [^kept|keep|kept] one portion"),
    ("N", "sister shops", "the lot [^was|be|been] split {n} ways with the sister shops, and this shop [^kept|keep|kept] its share"),
    ("S", "split", "{S} [kept|keep|kept] one portion after splitting them {n} ways"),
    ("S", "van loads", "{S} [split|split|split] them into {n} equal van loads and [kept|keep|kept] one load back"),
    ("N", "allocation", "head office [^allocated|allocate|allocated] them equally to {n} stores, with this store's share staying here"),
    ("SR", "repack", "{S} [repacked|repack|repacked] them into bundles of {n}", "bundles"),
    ("SR", "boxing up", "{S} [boxed|box|boxed] them up in boxes of {n}", "boxes"),
    ("SR", "crating", "{S} [packed|pack|packed] them into crates of {n}", "crates"),
    ("SR", "bundling", "{S} [bundled|bundle|bundled] them in packs of {n}", "packs"),
    ("SR", "gift sets", "{S} [grouped|group|grouped] them into gift sets of {n}", "gift sets"),
    ("SR", "bagging", "{S} [bagged|bag|bagged] them up, {n} to a bag", "bags"),
    ("SR", "trays", "{S} [shrink-wrapped|shrink-wrap|shrink-wrapped] them onto trays of {n}", "trays"),
    ("SR", "palletising", "{S} [stacked|stack|stacked] them onto pallets, {n} per pallet", "pallets"),
    ("SR", "hampers", "{S} [made|make|made] them up into hampers of {n}", "hampers"),
    ("SR", "multipacks", "{S} [banded|band|banded] them into multipacks of {n}", "multipacks"),
    ("SR", "cartons", "{S} [sorted|sort|sorted] them into cartons of {n}", "cartons"),
    ("SR", "kits", "{S} [assembled|assemble|assembled] them into kits of {n}", "kits"),
    ("SR", "bunches", "{S} [tied|tie|tied] them in bunches of {n}", "bunches"),
    ("S", "branch spread", "{S} [spread|spread|spread] them evenly over {n} branches, and this branch [^kept|keep|kept] one share"),
    ("N", "store split", "the stock [^was|be|been] divided evenly among {n} stores, and only one share [^stayed|stay|stayed] here"),
    ("S2", "half out", "{S} [sent|send|sent] half of them to {X}"),
    ("S2", "half moved", "{S} [moved|move|moved] half the stock to the warehouse"),
    ("N2", "half", "half of them [^went|go|gone] to the pop-up shop"),
    ("S2", "halving", "{S} [halved|halve|halved] the stock by shipping the rest to {X}"),
    ("S3", "third kept", "{S} [kept|keep|kept] only a third and [shipped|ship|shipped] the rest out"),
    ("N3", "third", "a third of them [^stayed|stay|stayed] here while the rest [^went|go|gone] to the new unit"),
    ("S3", "third", "{S} [cut|cut|cut] the holding to a third, sending the rest to {X}"),
]

DIV_MONEY = [
    ("S", "split", "{S} [split|split|split] the cash into {n} equal bags and [left|leave|left] one bag in {B}"),
    ("S", "piles", "{S} [divided|divide|divided] the money into {n} equal piles and [kept|keep|kept] one pile in {B}"),
    ("N", "partners", "the money [^was|be|been] shared equally by {n} partners, and only one share [^stayed|stay|stayed] in {B}"),
    ("S", "stallholders", "{S} [divided|divide|divided] the cash {n} ways with the other stallholders, keeping one share"),
    ("S", "envelopes", "{S} [shared|share|shared] the cash equally into {n} envelopes and [put|put|put] one envelope back in {B}"),
    ("N", "stall split", "the takings [^were|be|been] split evenly across {n} stalls, with one share left in {B}"),
    ("S3", "third kept", "{S} [kept|keep|kept] a third in {B}, sending the rest to the bank"),
    ("N2", "halving", "the cash in {B} [^was|be|been] halved when a partner took a share"),
    ("S2", "half banked", "{S} [banked|bank|banked] half of it"),
    ("S2", "half out", "{S} [took|take|taken] half out for the bank"),
    ("N2", "half", "half the cash [^went|go|gone] into the night safe"),
    ("S3", "third", "{S} [left|leave|left] only a third in {B} and [banked|bank|banked] the rest"),
]

BANKS = {("+", False): ADD_STOCK, ("-", False): SUB_STOCK, ("*", False): MUL_STOCK, ("/", False): DIV_STOCK,
         ("+", True): ADD_MONEY, ("-", True): SUB_MONEY, ("*", True): MUL_MONEY, ("/", True): DIV_MONEY}

# sheet labels: plain "Label: value" for + and -, full segments with {v} for * and /
ADD_LABELS = ["Received", "Goods in", "Deliveries", "Delivered", "Restocked", "Customer returns",
              "Transfers in", "Found on recount", "Purchases", "Booked in", "Stock in", "Incoming",
              "Top-up", "Intake", "Added", "Returns from customers", "Inbound"]
SUB_LABELS = ["Sold", "Sales", "Goods out", "Dispatched", "Written off", "Returned to vendor", "RTV",
              "Damaged", "Breakages", "Transfers out", "Wastage", "Shrinkage", "Shipped",
              "Picked for orders", "Used in-house", "Samples out", "Expired"]
ADD_LABELS_M = ["Takings", "Cash sales", "Tips", "Deposits taken", "Float top-up", "Paid in",
                "Sales (cash)", "Raffle", "Tabs settled"]
SUB_LABELS_M = ["Paid out", "Banked", "Petty cash", "Refunds", "Wages", "Safe drop",
                "Supplier paid", "Expenses", "Pitch fee"]
MUL_LABELS = [("u", "unpacking", "Opened into singles, {v} {U} per {c}"),
              ("u", "unpacking", "Unpacked to {U} ({v} per {c})"),
              ("", "bulk order", "Bulk order: stock up to {v} times"),
              ("", "scale-up", "Scaled up by a factor of {v}"),
              ("u", "unpacking", "Broken down to {U}, {v} a {c}"),
              ("", "growth", "Stock grew to {v} times the old level"),
              ("2", "doubling", "Doubled (backorder landed)"),
              ("3", "trebling", "Trebled for the festival")]
MUL_LABELS_M = [("", "growth", "Cash grew to {v} times as much"), ("2", "doubling", "Float doubled from the safe"),
                ("3", "tripling", "Float tripled for the fair")]
DIV_LABELS = [("", "branch split", "Split equally across {v} branches, one share kept"),
              ("R:boxes", "repack", "Repacked in boxes of {v}"),
              ("R:bundles", "bundling", "Bundled in lots of {v}"),
              ("R:trays", "trays", "Shrink-wrapped onto trays of {v}"),
              ("R:packs", "packing", "Packed into packs of {v}"),
              ("", "allocation", "Allocated over {v} stores, one share here"),
              ("2", "half out", "Half sent to {X}"),
              ("3", "third kept", "Kept a third, rest to the warehouse")]
DIV_LABELS_M = [("", "split", "Split {v} ways between partners, one share left in"),
                ("", "envelopes", "Shared into {v} envelopes, one envelope kept"),
                ("2", "half banked", "Half banked"), ("3", "third kept", "A third left in, rest banked")]

SHEET_TITLES = ["Stocktake sheet", "Stock card", "Bin card", "Inventory log", "Stock ledger",
                "Weekly count", "Shelf audit", "Goods in and out log", "Cycle count", "Back-room tally",
                "Stock movement sheet", "Bay record", "Cellar sheet", "Cold-room count"]
SHEET_TITLES_M = ["Cash-up sheet", "Till reconciliation", "Float log", "Cash box record",
                  "Daily takings sheet", "Petty cash book"]

# ----------------------------------------------------------------- step wording
OPW = {"+": ["Add", "Plus", "Add on", "Add back"], "-": ["Less", "Minus", "Deduct", "Take off"],
       "*": ["Times", "Multiply up", "Scale up", "Convert"], "/": ["Divide", "Split", "Share out", "Divide down"]}

STEP_STYLES = {
    "ledger": ["{Opw} {tag}: {eq}", "{Opw} {tag} {eq}", "{Tag}: {eq}", "{Opw} {tag} \u2014 {eq}"],
    "arrow": ["{Tag} \u2192 {eq}", "{eq} \u2192 {N} on hand", "\u2192 {eq} ({tag})", "{Tag} \u2192 {eq} {N}"],
    "column": ["{Tagp}| {eq}", "{Tag} .... {eq}", "| {Tag} | {eq} |"],
    "bare": ["{eq}", "{eq} {N}", "{eq}."],
    "running": ["Running total: {eq}", "{Now}: {eq}", "Count: {eq}", "Balance: {eq}", "Now {eq} {N}"],
    "prose": None,  # op-dependent below
}
PROSE = {
    "+": ["Adding the {tag} gives {eq} {N}.", "With the {tag} added: {eq}.", "{Tag} in, so {eq} {N}.",
          "Add the {tag}: {eq}."],
    "-": ["Taking off the {tag} leaves {eq} {N}.", "Less the {tag}, that's {eq}.",
          "Subtract the {tag}: {eq} {N}.", "Take away the {tag}, {eq}."],
    "*": ["Multiplying for the {tag}: {eq} {N}.", "Scaling up for the {tag}, {eq}.", "Times it out: {eq} {N}."],
    "/": ["Dividing for the {tag}: {eq} {N}.", "Sharing out gives {eq}.", "Split it: {eq} {N}."],
    "any": ["So now there are {eq} {N}.", "That makes {eq} {N}.", "After the {tag}: {eq} {N}.",
            "{Tag} of {b}: {eq}.", "With {b} for the {tag}, {eq}."],
}
FIRST_LEDGER = ["Balance b/f {eq}", "B/f {eq} ({tag})", "Opening balance, {opw} {tag}: {eq}",
                "Brought forward, then {tag}: {eq}"]
PROD_STEP = ["Opening stock: {eq} {N}", "{a} {C} of {b}: {eq}", "Start: {eq} {N}", "{eq} {N} to begin with",
             "Total at open: {eq}", "Opening count \u2192 {eq}", "{Cc}: {eq} {N}"]
PROD_STEP_M = ["Float: {eq}", "{a} lots of {b}: {eq}", "Opening cash: {eq} {N}", "Start: {eq}",
               "Cash at open \u2192 {eq}"]

ANS_STOCK = ["Closing stock: {v} {N}.", "Closing stock = {v} {N}", "c/f {v}", "Carried forward: {v} {N}",
             "#### {v}", "Answer: {v}", "The answer is {v}.", "So {S} {has} {v} {N} left.",
             "That leaves {v} {N} on hand.", "Net stock at close \u2192 {v}", "{v} {N} to carry forward.",
             "Figure for the sheet: {v}", "Final count: {v} {N}", "So there are {v} {N} at the end.",
             "Balance c/f: {v}", "On hand at close: {v} {N}", "Total left: {v}.",
             "Therefore the closing figure is {v}.", "Closing stock **{v}**", "c/f \u2192 {v} {N}"]
ANS_MONEY = ["Cash at close: {amt}", "{Bc} should hold {v} {cw}.", "#### {v}", "Answer: {v} {cw}",
             "Balance c/f: {v}", "So there is {amt} left.", "Closing cash = {v} {cw}",
             "Count {B} to {amt}.", "Net cash on hand \u2192 {v}", "That leaves {v} {cw}.",
             "The answer is {v}.", "Cash c/f: {amt}"]

Q_STOCK_NOW = ["How many {N} are left?", "How many {N} {does} {S} have now?", "What is the closing stock?",
               "What closing figure goes on the sheet?", "How many {N} should be carried forward?",
               "How many {N} remain?", "How many {N} are on hand at close?",
               "What's the stock count at the end of the day?", "How many {N} did {S} end up with?",
               "What number goes in the c/f column?", "How many {N} are in the stockroom now?",
               "What's the net stock of {N}?", "How many {N} does that leave?",
               "How many {N} should the next stocktake find?", "After all that, how many {N} are there?",
               "So how many {N} are left on hand?", "What stock figure gets carried into tomorrow?"]
Q_STOCK_FUT = ["How many {N} will {S} have after all that?", "How many {N} will be left?",
               "How many {N} should be on hand when it's all done?", "What will the closing stock be?",
               "How many {N} will be carried forward?", "What will the count show at the end?"]
Q_MONEY_NOW = ["How much is in {B} now?", "How much cash should be in {B}?", "What should the count come to?",
               "How many {cw} are in {B} at close?", "What's the cash balance to carry forward?",
               "How much money is left in {B}?", "What does {B} hold at the end?"]
Q_MONEY_FUT = ["How much will be in {B} at close?", "How much cash will {B} hold after all that?",
               "How many {cw} will be left in {B}?"]


def singular(noun):
    irregular = {"loaves": "loaf", "scarves": "scarf", "shelves": "shelf", "panini": "panino",
                 "pairs": "pair", "teddies": "teddy"}
    words = noun.split(" ")
    last = words[-1]
    if last in irregular:
        s = irregular[last]
    elif last.endswith(("ches", "shes", "sses", "xes")):
        s = last[:-2]
    elif last.endswith("ies"):
        s = last[:-3] + "y"
    elif last.endswith("s"):
        s = last[:-1]
    else:
        s = last
    return " ".join(words[:-1] + [s])


_GROUP = re.compile(r"\[(\^?)([^\]|]*)\|([^\]|]*)\|([^\]]*)\]")


def conj(tpl, tense):
    first = [True]

    def rep(m):
        caret, past, base, pp = m.group(1), m.group(2), m.group(3), m.group(4)
        aux = first[0] or caret == "^"
        first[0] = False
        if tense == "past":
            return past
        if tense == "will":
            return ("will " + base) if aux else base
        if tense == "had":
            return ("had " + pp) if aux else pp
        if tense == "have":
            return ("have " + pp) if aux else pp
        return base  # pres
    return _GROUP.sub(rep, tpl)


def titled(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


_SENT_END = re.compile(r"[.!?](?=\s|$)")


def n_sentences(text):
    return len(_SENT_END.findall(text))


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# ----------------------------------------------------------------- chain numbers
PACKS = [4, 5, 6, 6, 8, 10, 12, 12, 12, 15, 16, 20, 24, 24, 25, 30, 36, 40, 48, 50]
ROUNDS = [2, 4, 5, 6, 10, 12, 20, 24, 25, 50]


def _maybe_round(rng, x, lo, hi):
    if rng.random() < 0.5:
        r = rng.choice(ROUNDS)
        y = (x // r) * r
        if lo <= y <= hi:
            return y
    return x


def gen_chain(rng, money):
    k = rng.choices([1, 2, 3, 4, 5], weights=[11, 20, 24, 24, 21])[0]
    prod = None
    if rng.random() < 0.22:
        n = rng.choice(PACKS if not money else [5, 10, 20, 25, 50, 10, 20])
        m = rng.randint(2, max(2, min(40, 1500 // n)))
        start = m * n
        prod = (m, n)
    else:
        r = rng.random()
        if r < 0.04:
            start = 1000
        elif r < 0.34:
            start = _maybe_round(rng, rng.randint(12, 99), 12, 99)
        else:
            start = _maybe_round(rng, rng.randint(100, 999), 100, 999)
    cur = start
    changes = []
    for _ in range(k):
        op = rng.choices("+-*/", weights=[30, 36, 13, 21])[0]
        b = None
        if op == "/":
            divs = [d for d in range(2, min(10 if money else 50, cur // 2) + 1) if cur % d == 0]
            if divs:
                nice = [d for d in divs if d in (2, 3, 4, 5, 6, 8, 10, 12)]
                b = rng.choice(nice) if nice and rng.random() < 0.75 else rng.choice(divs)
            else:
                op = "-"
        if op == "*":
            pool = (2, 3, 4, 5) if money else (2, 3, 4, 5, 6, 8, 10, 12, 24)
            wts = (30, 25, 15, 10, 8, 4, 4, 3, 1)[:len(pool)]
            facs = [(f, w) for f, w in zip(pool, wts) if cur * f <= 6000]
            if facs and cur >= 2:
                b = rng.choices([f for f, _ in facs], weights=[w for _, w in facs])[0]
            else:
                op = "-"
        if op == "-":
            if cur < 4:
                op = "+"
            else:
                hi = min(999, cur - 1)
                b = rng.randint(2, max(2, min(hi, int(cur * rng.choice([0.3, 0.5, 0.8])) + 2)))
                b = min(b, hi)
                b = _maybe_round(rng, b, 2, hi)
        if op == "+":
            hi = min(999, 9999 - cur)
            b = rng.randint(2, max(2, min(hi, max(20, int(cur * rng.choice([0.2, 0.5, 1.0]))))))
            b = _maybe_round(rng, b, 2, hi)
        nxt = apply_op(cur, op, b)
        assert nxt is not None and 0 < nxt <= 9999
        changes.append((op, b))
        cur = nxt
    return start, prod, changes


def true_equations(start, prod, changes):
    eqs = []
    if prod:
        eqs.append((prod[0], "*", prod[1], start))
    cur = start
    for op, b in changes:
        nxt = apply_op(cur, op, b)
        eqs.append((cur, op, b, nxt))
        cur = nxt
    return eqs


# ----------------------------------------------------------------- error making
def _digit_variants(x, tail=None):
    """Digit swaps of neighbours and single digits off by one; with tail, only in the last `tail` digits."""
    s = str(x)
    out = []
    lo = 0 if tail is None else max(0, len(s) - tail)
    for i in range(0 if tail is None else max(0, len(s) - 2), len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.append(int(t))
    for i, ch in enumerate(s):
        if i < lo:
            continue
        for d in (-1, 1):
            nd = int(ch) + d
            if 0 <= nd <= 9 and not (i == 0 and nd == 0 and len(s) > 1):
                out.append(int(s[:i] + str(nd) + s[i + 1:]))
    return out


def slip_candidates(a, op, b, c):
    cands = [c + 1, c - 1, c + 10, c - 10]
    if c >= 100:
        cands += [c + 100, c - 100]
    cands += _digit_variants(c, tail=3)
    if op == "+":
        carry, k = 0, 0
        while 10 ** k <= max(a, b):
            s = (a // 10 ** k) % 10 + (b // 10 ** k) % 10 + carry
            carry = 1 if s >= 10 else 0
            if carry:
                cands += [c - 10 ** (k + 1)] * 3
            k += 1
    elif op == "-":
        borrow, k = 0, 0
        while 10 ** k <= a:
            d = (a // 10 ** k) % 10 - (b // 10 ** k) % 10 - borrow
            borrow = 1 if d < 0 else 0
            if borrow:
                cands += [c + 10 ** (k + 1)] * 3
            k += 1
    elif op == "*":
        cands += [c + a, c - a, c + a, c - a]
    else:
        cands += [c + 1, c - 1]
    return [x for x in cands if 0 <= x <= 9999 and x != c]


def propagate(written, start_idx, ops_b):
    """Re-run the chain after index start_idx from the written c. ops_b: list of (op, b) per eq."""
    out = list(written[:start_idx + 1])
    cur = out[-1][3]
    for j in range(start_idx + 1, len(ops_b)):
        op, b = ops_b[j]
        nxt = apply_op(cur, op, b)
        if nxt is None:
            return None
        out.append((cur, op, b, nxt))
        cur = nxt
    return out


def make_error(rng, kind, eqs, mentions, start, prod):
    """Return (written eqs, final answer, error eq index or 'answer') or None."""
    E = len(eqs)
    ops_b = [(e[1], e[2]) for e in eqs]
    true_final = eqs[-1][3]
    if kind == "none":
        return list(eqs), true_final, None
    if kind == "answer":
        v = true_final
        cands = [v + 1, v - 1, v + 10, v - 10] + _digit_variants(v)
        cands += [eqs[-1][0]] * 3  # forgot the last change
        cands += [eqs[-1][2]]  # copied the last number
        cands = [x for x in cands if 0 <= x <= 9999 and x != v]
        return list(eqs), rng.choice(cands), "answer"
    avail = {"first": 1.0}
    if E >= 2:
        avail["last"] = 1.0
    if E >= 3:
        avail["middle"] = 1.7  # middles exist less often; favour them so positions even out
    cats = []
    while avail:
        c = rng.choices(list(avail), weights=list(avail.values()))[0]
        cats.append(c)
        del avail[c]
    for cat in cats:
        if cat == "first":
            idxs = [0]
        elif cat == "last":
            idxs = [E - 1]
        else:
            idxs = list(range(1, E - 1))
            rng.shuffle(idxs)
        for e in idxs:
            res = _error_at(rng, kind, eqs, e, ops_b, mentions, prod)
            if res is not None:
                return res, res[-1][3], e
    return None


def _error_at(rng, kind, eqs, e, ops_b, mentions, prod):
    a, op, b, c = eqs[e]
    trials = []
    if kind == "arithmetic":
        for c2 in slip_candidates(a, op, b, c):
            trials.append((a, op, b, c2))
    elif kind == "operation":
        alts = {"+": ["-", "-", "-", "*"], "-": ["+"], "*": ["+", "+", "/"], "/": ["*", "*", "-"]}[op]
        for op2 in alts:
            if op2 == "*" and b > 12:
                continue
            c2 = apply_op(a, op2, b)
            if c2 is not None and c2 != c:
                trials.append((a, op2, b, c2))
    else:  # operand
        b_alts, a_alts = [], []
        others = [x for x in mentions if x != b]
        b_alts += others * 2
        b_alts += [x for x in _digit_variants(b) + [b + 1, b - 1, b + 10, b - 10] if x >= 1]
        if e == 0 and prod:
            a_alts += [x for x in _digit_variants(a) + [a + 1, a - 1] + [x for x in mentions if x != a] if x >= 1]
        elif e == 0:
            a_alts += [x for x in _digit_variants(a) + [a + 10, a - 10] if x >= 1]
        else:
            a_alts += [eqs[e - 1][0]] * 4  # skipped the previous line
            a_alts += [x for x in _digit_variants(a) + [a + 10, a - 10] if x >= 1]
        pool = [("b", x) for x in b_alts] + [("a", x) for x in a_alts]
        for which, x in pool:
            if which == "b":
                if op in "*/" and x < 2:
                    continue
                if x > 999:
                    continue
                a2, b2 = a, x
            else:
                a2, b2 = x, b
                if a2 == a:
                    continue
            c2 = apply_op(a2, op, b2)
            if c2 is not None and c2 != c:
                trials.append((a2, op, b2, c2))
    rng.shuffle(trials)
    for t in trials[:40]:
        written = list(eqs[:e]) + [t]
        full = propagate(written, e, ops_b)
        if full is not None:
            return full
    return None


# ----------------------------------------------------------------- record builder
class Builder:
    def __init__(self, rng):
        self.rng = rng

    # ---- small helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def ntext(self, n, dozen=True):
        r = self.rng
        w = self.wordy
        if n == 12 and dozen and r.random() < w * 1.2:
            return "a dozen"
        if n <= 20 or (n < 100 and n % 10 == 0):
            if r.random() < w:
                return num_word(n)
        elif n < 100 and r.random() < w * 0.4:
            return num_word(n)
        return str(n)

    def mtext(self, n):
        sym, words = self.cur
        if sym and self.rng.random() < 0.65:
            return f"{sym}{n}"
        return f"{self.ntext(n, dozen=False)} {self.pick(words)}"

    def subject(self, first=False):
        """Return (text, plural)."""
        mode = self.subj_mode
        if mode == "person":
            if first or not self.named or self.rng.random() < 0.4:
                self.named = True
                return self.name, False
            return self.pron, self.pron == "they"
        if mode == "pair":
            if first or not self.named:
                self.named = True
                return f"{self.name} and {self.name2}", True
            return "they", True
        if mode == "we":
            return "we", True
        if mode == "I":
            return "I", True
        if first or not self.named or self.rng.random() < 0.3:
            self.named = True
            return self.biz, False
        return ("the business" if self.money else "the shop"), False

    def tense_for(self, plural, neutral):
        t = self.tense
        if t in ("pres", "have") and (neutral or not plural):
            return "past" if t == "have" else "will"
        return t

    # ---- the change clause
    def quantity(self, op, b):
        n = self.ntext(b)
        N = self.noun
        if op == "+":
            forms = [f"{n} {N}", f"{n} more {N}", f"{n} more", f"{n} extra {N}"]
            if not n.startswith("a "):
                forms.append(f"a further {n} {N}")
        else:
            forms = [f"{n} {N}", f"{n} of them", f"{n} of the {N}", f"{n}"]
        return self.pick(forms)

    def choose_template(self, op, b, past_ok=True):
        bank = BANKS[(op, self.money)]
        cands = []
        special = []
        for t in bank:
            fl = t[0]
            if "p" in fl and not past_ok:
                continue
            if "u" in fl and not self.inner:
                continue
            if "2" in fl or "3" in fl:
                if (b == 2 and "2" in fl) or (b == 3 and "3" in fl):
                    special.append(t)
                continue
            cands.append(t)
        if special and self.rng.random() < 0.55:
            return self.pick(special)
        return self.pick(cands)

    def fill(self, text, op, b):
        m = {"{X}": lambda: self.pick(PLACES), "{Y}": lambda: self.pick(NAMES),
             "{Z}": lambda: self.supplier(), "{B}": lambda: self.box}
        for key, fn in m.items():
            while key in text:
                text = text.replace(key, fn(), 1)
        if "{Q}" in text:
            text = text.replace("{Q}", self.quantity(op, b))
        if "{M}" in text:
            text = text.replace("{M}", self.mtext(b))
        if "{nd}" in text:
            text = text.replace("{nd}", str(b))
        if "{n}" in text:
            text = text.replace("{n}", self.ntext(b))
        text = text.replace("{N}", self.noun)
        if "{U}" in text:
            text = text.replace("{U}", self.inner)
        if "{c}" in text:
            text = text.replace("{c}", singular(self.noun))
        return text

    def supplier(self):
        r = self.rng.random()
        if r < 0.5:
            return f"{self.pick(SURNAMES)} {self.pick(SUPPLIER_TAILS)}"
        if r < 0.8:
            return f"{self.pick(BIZ_FIRST)} {self.pick(SUPPLIER_TAILS)}"
        return f"{self.pick(NAMES)} at {self.pick(SURNAMES)} {self.pick(SUPPLIER_TAILS)}"

    def after_change(self, t, op, b):
        """Update the counted noun after a change; returns the step tag."""
        fl = t[0]
        if "u" in fl:
            self.noun, self.inner = self.inner, None
        elif "R" in fl:
            self.inner = self.noun
            self.noun = t[3]
        self.noun_after.append(self.noun)
        return t[1]

    def event_clause(self, i, mode):
        """mode: 'S' (with subject), 'frag' (no subject, notes), 'rest' (no subject, joined clause).
        Returns (text, is_full_clause, tense_used)."""
        op, b = self.changes[i]
        past_ok = self.tense == "past" or mode == "frag"
        t = self.choose_template(op, b, past_ok=past_ok)
        fl, tag, text = t[0], t[1], t[2]
        neutral = fl.startswith("N")
        if mode == "frag":
            tense = "past" if self.frag_tense == "past" else "will"
            if "p" in fl:
                tense = "past"
            if neutral:
                out = conj(text, tense)
            else:
                out = conj(text.replace("{S} ", ""), tense)
        else:
            subj, plural = self.subject(first=False) if (mode == "S" and not neutral) else (None, self.last_plural)
            tense = self.tense_for(plural, neutral)
            if "p" in fl:
                tense = "past"
            if neutral:
                out = conj(text, tense)
            elif mode == "rest":
                out = conj(text.replace("{S} ", ""), tense)
            else:
                out = conj(text.replace("{S}", subj), tense)
                self.last_plural = plural
        out = self.fill(out, op, b)
        if "will" in out.split():
            self.future = True
        self.tags.append(self.after_change(t, op, b))
        return out, neutral

    def label_segment(self, i):
        op, b = self.changes[i]
        if op in "+-":
            if self.money:
                lab = self.pick(ADD_LABELS_M if op == "+" else SUB_LABELS_M)
                val = f"{self.cur[0]}{b}" if self.cur[0] else f"{b} {self.cur[1][0]}"
            else:
                lab = self.pick(ADD_LABELS if op == "+" else SUB_LABELS)
                val = str(b) if self.rng.random() < 0.6 else f"{b} {self.noun}"
            self.tags.append(lab.lower() if lab != "RTV" else "RTV")
            self.noun_after.append(self.noun)
            return f"{lab}: {val}"
        pool = (MUL_LABELS_M if self.money else MUL_LABELS) if op == "*" else (DIV_LABELS_M if self.money else DIV_LABELS)
        cands = []
        special = []
        for fl, tag, text in pool:
            if fl == "u" and not self.inner:
                continue
            if fl in ("2", "3"):
                if str(b) == fl:
                    special.append((fl, tag, text))
                continue
            cands.append((fl, tag, text))
        fl, tag, text = self.pick(special) if special and self.rng.random() < 0.6 else self.pick(cands)
        text = text.replace("{v}", str(b)).replace("{X}", self.pick(PLACES))
        if "{U}" in text:
            text = text.replace("{U}", self.inner).replace("{c}", singular(self.noun))
        if fl == "u":
            self.noun, self.inner = self.inner, None
        elif fl.startswith("R:"):
            self.inner = self.noun
            self.noun = fl[2:]
        self.noun_after.append(self.noun)
        self.tags.append(tag)
        return text

    def container_for(self):
        if self.noun in BIG_NOUNS:
            C = self.pick(["pallets", "racks", "stacks", "bays", "cages"])
        else:
            C = self.pick([c for c in CONTAINERS if c != self.noun])
        self.container = C
        return C

    # ---- start quantity
    def start_phrase(self):
        """Returns noun phrase for the start (first mention)."""
        r = self.rng
        if self.money:
            if self.prod:
                m, n = self.prod
                mt = self.ntext(m, dozen=False)
                amt = f"{self.cur[0]}{n}" if self.cur[0] else f"{n} {self.cur[1][0]}"
                return self.pick([f"{mt} bags of {amt} in coins", f"{mt} envelopes with {amt} in each",
                                  f"{mt} rolls of coins worth {amt} each", f"{mt} bundles of {amt}"])
            return self.mtext(self.start)
        if self.prod:
            m, n = self.prod
            C = self.container_for()
            mt, nt = self.ntext(m), self.ntext(n)
            ph = self.phrase
            forms = [f"{mt} {C} of {nt} {ph}", f"{mt} {C}, each holding {nt} {ph}",
                     f"{mt} {C} with {nt} {ph} in each", f"{mt} {C} of {ph} ({nt} to a {singular(C)})",
                     f"{mt} full {C} of {ph} ({nt} in each)"]
            if not nt.startswith("a "):
                forms.append(f"{mt} {C} holding {nt} {ph} apiece")
            return self.pick(forms)
        return f"{self.ntext(self.start)} {self.phrase}"

    def start_sentence(self, mode):
        q0 = self.start_phrase()
        if self.money:
            box = self.box
            if mode == "S":
                s, pl = self.subject(first=True)
                self.last_plural = pl
                return self.pick([f"{s} started the day with {q0} in {box}",
                                  f"{s} put {q0} into {box} before opening",
                                  f"{s} had {q0} in {box} at opening",
                                  f"{s} counted {q0} into {box} first thing"])
            return self.pick([f"{cap(box)} opened with {q0}", f"there was {q0} in {box} at opening",
                              f"{box} held {q0} to start with", f"yesterday's carried-forward cash was {q0}",
                              f"the float in {box} came to {q0}"])
        if mode == "S":
            s, pl = self.subject(first=True)
            self.last_plural = pl
            has = "have" if pl else "has"
            if self.tense in ("pres", "have") and pl:
                return self.pick([f"{s} {has} {q0} in stock", f"right now {s} {has} {q0}"])
            if self.tense == "will":
                return self.pick([f"{s} {has} {q0} in stock at the moment", f"{s} {has} {q0} on the shelves today",
                                  f"this morning {s} counted {q0}"])
            return self.pick([f"{s} had {q0} in stock", f"{s} had {q0} on the shelves at opening",
                              f"{s} started the week with {q0}", f"{s} counted {q0} in the stockroom first thing",
                              f"{s} opened the day with {q0}", f"{s} kept {q0} in the back"])
        return self.pick([f"the stockroom held {q0}", f"there were {q0} in the back",
                          f"opening stock was {q0}", f"the morning count came to {q0}",
                          f"the shelves carried {q0} at opening", f"the bay held {q0}",
                          f"last week's closing count, brought forward, was {q0}",
                          f"stock brought forward stood at {q0}"])

    # ---- questions
    def question(self, mode="S"):
        fut = self.future
        if self.money:
            bank = Q_MONEY_FUT if fut else Q_MONEY_NOW
            q = self.pick(bank)
            return q.replace("{B}", self.box).replace("{cw}", self.cur[1][0])
        bank = Q_STOCK_FUT if fut else Q_STOCK_NOW
        q = self.pick(bank)
        if "{S}" in q:
            s, pl = self.qsubject()
            q = q.replace("{S}", s).replace("{does}", "do" if pl else "does")
        return q.replace("{N}", self.noun)

    def qsubject(self):
        if self.subj_mode == "person":
            return (self.name, False) if self.rng.random() < 0.6 else (self.pron, self.pron == "they")
        if self.subj_mode == "pair":
            return "they", True
        if self.subj_mode in ("we", "I"):
            return self.subj_mode, True
        return "the shop", False

    # ---- forms
    def setup(self, start, prod, changes, money):
        r = self.rng
        self.start, self.prod, self.changes = start, prod, changes
        self.money = money
        self.named = False
        self.noun_after = []
        self.wordy = r.choice([0.0, 0.15, 0.3, 0.45])
        self.future = False
        self.tags = []
        self.last_plural = False
        self.name = self.pick(NAMES)
        self.name2 = self.pick([n for n in NAMES if n != self.name])
        self.pron = r.choices(["she", "he", "they"], weights=[45, 45, 10])[0]
        if self.money:
            self.cur = self.pick(CURRENCIES)
            self.box, shops = self.pick(MONEY_PLACES)
            self.shopword = self.pick(shops)
            self.noun = self.cur[1][0]
            self.inner = None
        else:
            shops, items = self.pick(SECTORS)
            self.shopword = self.pick(shops)
            self.phrase, self.noun, self.inner = self.pick(items)
        self.biz = self.pick([f"{self.pick(BIZ_FIRST)} {titled(self.shopword)}" if r.random() < 0.5 else
                              f"the {self.pick(BIZ_FIRST)} {self.shopword}",
                              f"{self.pick([n for n in NAMES if n not in (self.name, self.name2)])}'s {self.shopword}"])
        self.container = "cases"
        self.start_noun = self.noun

    def intro(self):
        s = self.shopword
        art = "an" if s[0] in "aeiou" else "a"
        opts = [f"{self.name} runs {self.biz}, {art} {s} on {self.pick(STREETS)}.",
                f"{self.name} does the stock for {self.biz}.",
                f"{self.name} manages {art} {s} in town.",
                f"At {self.biz}, {self.name} keeps the books."]
        return self.pick(opts)

    def join_events(self, idxs, mode):
        """Render one sentence holding the events in idxs."""
        parts = []
        for k, i in enumerate(idxs):
            if k == 0:
                txt, neutral = self.event_clause(i, mode)
                prev_neutral = neutral
            else:
                sub_mode = mode
                if mode in ("S", "rest"):
                    sub_mode = "S" if prev_neutral else "rest"
                txt, neutral = self.event_clause(i, sub_mode)
                joiner = self.pick([" and then ", ", then ", " and ", "; after that ", ", and later "]) \
                    if not neutral else self.pick([", and then ", "; ", ", and later ", ". After that, "])
                txt = joiner + txt
                prev_neutral = neutral
            parts.append(txt)
        return "".join(parts)

    def group_events(self, max_sent, k=None):
        if k is None:
            k = len(self.changes)
        groups, i = [], 0
        while i < k:
            size = 1
            if i + 1 < k and (self.rng.random() < 0.35 or (k - i) > max_sent - len(groups)):
                size = 2
            groups.append(list(range(i, i + size)))
            i += size
        return groups

    def sentences_story(self):
        r = self.rng
        self.subj_mode = r.choices(["person", "pair", "we", "I", "biz"], weights=[50, 8, 14, 8, 20])[0]
        t = r.random()
        if self.subj_mode in ("we", "I", "pair") and t < 0.2:
            self.tense = "pres"
        elif t < 0.68:
            self.tense = "past"
        elif t < 0.8:
            self.tense = "had"
        else:
            self.tense = "will"
        out = []
        if r.random() < 0.45 and self.subj_mode in ("person", "pair"):
            out.append(self.intro())
            self.named = True
        elif r.random() < 0.4 and self.subj_mode in ("we", "I"):
            s_ = self.shopword
            out.append(self.pick([f"{cap(self.subj_mode)} run {self.biz} on {self.pick(STREETS)}.",
                                  f"{cap(self.subj_mode)} look after the stock at {self.biz}.",
                                  f"It was stocktake day at {self.biz}."]))
        out.append(cap(self.start_sentence("S" if r.random() < 0.7 else "N")) + ".")
        times = sorted(r.sample(range(len(TIMES_DAY)), min(len(self.changes), len(TIMES_DAY))))
        use_times = r.random() < 0.4
        k = len(self.changes)
        in_question = self.tense in ("past", "had", "pres") and r.random() < 0.25
        for gi, g in enumerate(self.group_events(5, k - 1 if in_question else k)):
            s = self.join_events(g, "S")
            if gi == 0 and self.tense == "had" and r.random() < 0.5:
                s = "by closing, " + s
            elif use_times and gi < len(times):
                tm = TIMES_DAY[times[gi]]
                s = f"{cap(tm)}, {s}" if r.random() < 0.5 else f"{s} {tm}"
            out.append(cap(s) + ".")
        if in_question:
            clause, _ = self.event_clause(k - 1, "S")
            self.q_clause = clause
        return out

    def sentences_notes(self):
        r = self.rng
        self.subj_mode = "I"
        self.tense = "past"
        self.frag_tense = "past" if r.random() < 0.8 else "will"
        head = self.pick([f"End-of-day notes, {self.pick(DAYS)}:", "Note to self \u2014", f"Shift log ({self.pick(DAYS)}).",
                          f"Notes for {self.name2}:", "Quick tally before I go home.", f"Stock jottings, {self.pick(DAYS)}."])
        out = [head]
        q0 = self.start_phrase()
        where = f"in {self.box}" if self.money else self.pick(["on the shelf", "in the back", "in stock"])
        out.append(cap(self.pick([f"opened with {q0}.", f"{q0} {where} this morning.", f"start: {q0}.",
                                  f"b/f {q0}.", f"had {q0} at opening."])))
        for g in self.group_events(5):
            parts = []
            any_neutral = False
            for i in g:
                txt, neu = self.event_clause(i, "frag")
                any_neutral |= neu
                parts.append(txt)
            sep = self.pick([", ", "; ", " and "]) if not any_neutral else "; "
            out.append(cap(sep.join(parts)) + ".")
        if self.frag_tense == "will":
            self.future = True
        return out

    def sentences_sheet(self):
        r = self.rng
        self.subj_mode = "biz"
        self.tense = "past"
        if self.money:
            title = self.pick(SHEET_TITLES_M) + f", {self.biz}"
            slab = self.pick(["Float", "Opening float", "Cash b/f", "Till at open", "Brought forward"])
            if self.prod:
                m, n = self.prod
                amt = f"{self.cur[0]}{n}" if self.cur[0] else f"{n} {self.cur[1][0]}"
                sval = f"{m} bags of {amt}"
            else:
                sval = f"{self.cur[0]}{self.start}" if self.cur[0] else f"{self.start} {self.cur[1][0]}"
        else:
            title = self.pick(SHEET_TITLES) + self.pick([f" \u2014 {self.phrase}", f", {self.phrase}", f" ({self.phrase})"])
            slab = self.pick(["Opening stock", "Balance b/f", "Brought forward", "Opening count", "Start of day",
                              "On hand at open", "B/f"])
            if self.prod:
                m, n = self.prod
                C = self.container_for()
                sval = f"{m} {C} of {n} {self.noun}"
            else:
                sval = str(self.start)
        segs = [f"{slab}: {sval}"]
        for i in range(len(self.changes)):
            segs.append(self.label_segment(i))
        sep = self.pick([" | ", "; ", " \u00b7 ", "\n"])
        head = title + self.pick([". ", ": ", "\n"])
        return [head + sep.join(segs) + self.pick([". ", " | ", "\n"])], True

    def sentences_email(self):
        r = self.rng
        self.subj_mode = "we"
        self.tense = self.pick(["will", "will", "pres", "have"])
        greet = self.pick([f"Hi {self.name2},\n", f"Dear {self.name2},\n", f"Morning {self.name2}!",
                           f"To {self.supplier()}, re: purchase order.", f"Hello {self.name2}."])
        out = [greet]
        q0 = self.start_phrase()
        where = self.pick(["in the warehouse", "in the stockroom", "on site", "in the back", "at the shop"]) \
            if not self.money else f"in {self.box}"
        out.append(self.pick([f"We currently have {q0} {where}.", f"Our count this morning was {q0}.",
                              f"We're holding {q0} {where} right now."]))
        self.last_plural = True
        for g in self.group_events(4):
            out.append(cap(self.join_events(g, "S")) + ".")
        return out

    def sentences_dispatch(self):
        r = self.rng
        self.subj_mode = r.choice(["person", "biz"])
        self.tense = "past"
        L = self.pick("ABCDEFGH")
        out = [self.pick([f"Dispatch note \u2014 {self.supplier()} warehouse, bay {L}.",
                          f"Warehouse note, bay {L}.", f"Despatch sheet for bay {L}, {self.pick(DAYS)}."])]
        out.append(self.pick(["Held in bay: ", "In the bay at start: ", "Bay stock b/f: "]) + self.start_phrase() + ".")
        for i in range(len(self.changes)):
            if r.random() < 0.5:
                out.append(self.label_segment(i) + ".")
            else:
                txt, _ = self.event_clause(i, "S")
                out.append(cap(txt) + ".")
        return out

    def sentences_handover(self):
        r = self.rng
        self.subj_mode = r.choice(["we", "I"])
        self.tense = "past"
        out = [self.pick([f"Hey {self.name2}!", f"Hi {self.name2}!", f"{self.name2} \u2014 handover.",
                          "Handover from the early shift:"])]
        q0 = self.start_phrase()
        s = self.subj_mode
        out.append(self.pick([f"{cap(s)} started the shift with {q0}.", f"{cap(s)} opened up with {q0}.",
                              f"At the start of the shift there were {q0}." if not self.money else
                              f"At the start of the shift there was {q0} in {self.box}."]))
        self.last_plural = True
        for g in self.group_events(4):
            out.append(cap(self.join_events(g, "S")) + ".")
        return out

    def build_problem(self, start, prod, changes, money):
        r = self.rng
        self.setup(start, prod, changes, money)
        self.q_clause = None
        form = r.choices(["story", "notes", "sheet", "email", "dispatch", "handover"],
                         weights=[38, 16, 16, 10, 8, 12])[0]
        if self.money and form == "dispatch":
            form = "story"
        sheet = False
        if form == "story":
            sents = self.sentences_story()
        elif form == "notes":
            sents = self.sentences_notes()
        elif form == "sheet":
            sents, sheet = self.sentences_sheet()
        elif form == "email":
            sents = self.sentences_email()
        elif form == "dispatch":
            sents = self.sentences_dispatch()
        else:
            sents = self.sentences_handover()
        # distractors (never inside a sheet, never before the opening line)
        if not sheet:
            nd = r.choices([0, 1, 2], weights=[45, 40, 15])[0]
            for _ in range(nd):
                if n_sentences(" ".join(sents)) >= 7:  # leave room for the question (at most 8 sentences)
                    break
                pos = r.randint(1, len(sents))
                sents.insert(pos, self.pick(DISTRACTORS))
        q = self.question()
        if self.q_clause:
            if self.money:
                tail = self.pick(["how much is in {B} now?", "how much cash is left in {B}?",
                                  "what should {B} hold?"]).replace("{B}", self.box)
            else:
                s_, pl = self.qsubject()
                tail = self.pick(["how many {N} are left?", "how many {N} {does} {S} have?",
                                  "what is the closing stock?", "how many {N} remain?",
                                  "what figure goes in the c/f column?", "how many {N} are there now?"])
                tail = tail.replace("{N}", self.noun).replace("{S}", s_).replace("{does}", "do" if pl else "does")
            q = f"{self.pick(['After', 'When', 'Now that'])} {self.q_clause}, {tail}"
        if sheet and r.random() < 0.3:
            q = self.pick(["Closing stock?", "Closing figure: ?", "c/f: ?", "What goes in the closing column?"]) \
                if not self.money else self.pick(["Cash to carry forward?", "Closing cash: ?"])
        if form == "email" and not self.money and r.random() < 0.5:
            q = self.pick([f"Could you confirm how many {self.noun} we will have after that?",
                           f"How many {self.noun} should we end up with?"])
        if form == "notes" and not self.money and r.random() < 0.5:
            q = self.pick(["How many left for tomorrow?", "Closing count?", "What do I carry forward?",
                           f"How many {self.noun} to carry over?"])
        text = " ".join(sents) + ("" if sents[-1].endswith("\n") else " ") + q
        text = text.replace(" \n", "\n").replace("\n ", "\n")
        return text, form

    # ---- steps
    def render_steps(self, written, answer):
        r = self.rng
        style = r.choices(list(STEP_STYLES), weights=[22, 14, 10, 14, 14, 26])[0]
        symset = r.choice([{"+": "+", "-": "-", "*": "*", "/": "/"}, {"+": "+", "-": "\u2212", "*": "\u00d7", "/": "\u00f7"},
                           {"+": "+", "-": "-", "*": "\u00d7", "/": "\u00f7"}, {"+": "+", "-": "-", "*": "\u00d7", "/": "/"}])
        tight = r.random() < 0.08
        steps = []
        nprod = 1 if self.prod else 0
        nouns = ([self.start_noun] if self.prod else []) + self.noun_after
        for j, (a, op, b, c) in enumerate(written):
            s = symset[op]
            eq = f"{a}{s}{b}={c}" if tight else f"{a} {s} {b} = {c}"
            N = nouns[j]
            if j == 0 and self.prod:
                C = self.container
                pool = PROD_STEP_M if self.money else PROD_STEP
                tpl = self.pick(pool)
                txt = tpl.format(eq=eq, N=N, a=a, b=b, C=C, Cc=cap(C))
                steps.append(txt)
                continue
            tag = self.tags[j - nprod]
            Tag = cap(tag) if tag != "RTV" else tag
            opw = self.pick(OPW[op])
            if style == "ledger" and j == 0:
                tpl = self.pick(FIRST_LEDGER)
                if self.money:
                    tpl = tpl.replace("Balance b/f", self.pick(["Float b/f", "Balance b/f", "Cash b/f"]))
            elif style == "prose":
                tpl = self.pick(PROSE[op] + PROSE["any"])
            else:
                tpl = self.pick(STEP_STYLES[style])
            now = "Cash now" if self.money else self.pick(["Stock now", "On hand"])
            txt = tpl.format(eq=eq, N=N, tag=tag, Tag=Tag, Opw=opw, opw=opw.lower(), b=b,
                             Tagp=f"{Tag:<16}", Now=now)
            steps.append(txt)
        N = nouns[-1]
        if self.money:
            sym, words = self.cur
            cw = self.pick(words)
            amt = f"{sym}{answer}" if sym else f"{answer} {cw}"
            tpl = self.pick(ANS_MONEY)
            steps.append(tpl.format(v=answer, cw=cw, amt=amt, B=self.box, Bc=cap(self.box)))
        else:
            tpl = self.pick(ANS_STOCK)
            s, pl = self.qsubject()
            steps.append(cap(tpl.format(v=answer, N=N, S=s, has="have" if pl else "has")))
        return steps


def _mentions(start, prod, changes):
    m = list(prod) if prod else [start]
    return m + [b for _, b in changes]


def _one(rng, rid, kind):
    for _ in range(300):
        money = rng.random() < 0.3
        start, prod, changes = gen_chain(rng, money)
        eqs = true_equations(start, prod, changes)
        mentions = _mentions(start, prod, changes)
        res = make_error(rng, kind, eqs, mentions, start, prod)
        if res is None:
            continue
        b = Builder(rng)
        text, form = b.build_problem(start, prod, changes, money)
        if len(text.split()) > 90 or n_sentences(text) > 8:
            continue
        written, answer, epos = res
        steps = b.render_steps(written, answer)
        true_final = eqs[-1][3]
        if kind == "none":
            label = -1
        elif kind == "answer":
            label = len(written)
        else:
            label = epos
        rec = {"id": rid, "problem": text, "steps": steps, "label": label,
               "final_answer_correct": answer == true_final, "error_kind": kind}
        meta = {"start": start, "prod": list(prod) if prod else None, "changes": [list(c) for c in changes],
                "mentions": mentions, "form": form, "money": money, "n_eq": len(eqs)}
        return rec, meta
    raise RuntimeError("could not build a record")


def generate_with_meta(seed, count):
    rng = random.Random(seed)
    # balanced schedule: 45% correct, the rest spread evenly over the four error kinds
    n_none = round(0.45 * count)
    kinds = ["none"] * n_none
    err_kinds = ["arithmetic", "operand", "operation", "answer"]
    rng.shuffle(err_kinds)
    kinds += [err_kinds[i % 4] for i in range(count - n_none)]
    rng.shuffle(kinds)
    out = []
    for i in range(count):
        rec, meta = _one(rng, f"al-{seed}-{i:05d}", kinds[i])
        out.append((rec, meta))
    return out


def generate(seed: int, count: int) -> list:
    return [r for r, _ in generate_with_meta(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
