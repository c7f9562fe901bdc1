"""Tiny-arith PRM data generator, register: small-business email and stock ledgers.

generate(seed, count) -> list of records (see BRIEF).  _generate_full() also returns the
internal representation of each record so that check.py can re-derive everything.
Standard library only; no files are read at run time.
"""
import json
import os
import random

# ---------------------------------------------------------------------------
# Vocabulary (typed for this generator)
# ---------------------------------------------------------------------------

FIRST_NAMES = """
Agnieszka Aurelio Bartholomew Beatriz Benedikt Bronwen Caius Carmela Casimir Cordelia
Dagny Darius Delphine Desmond Dolores Eamon Edwina Efua Eilidh Emeka Esperanza Evander
Fenella Fergus Filippa Florin Gethin Ginevra Godfrey Greta Gwilym Hafsa Halvard Harriet
Hamish Henrike Horatio Idris Ilse Imogen Ingrid Isadora Ivor Jacinta Jadwiga Jarrah Jerome
Joaquim Jolanda Jorge Jovana Kasimir Katarina Keziah Kofi Kristof Lavinia Leocadia Leopold
Lindiwe Lorcan Lucasta Ludmila Lysander Mabel Magnus Malachy Marguerite Marisol Mateusz
Maximilian Meredith Mirela Montague Morwenna Nadezhda Nkechi Norbert Oisin Olufemi Ondine
Orla Osvaldo Otto Ottilie Padraig Pernille Perpetua Philippa Piotr Quentin Quilla Radomir
Rafferty Rosalind Rowena Rufus Sabine Saoirse Seraphina Sigrid Silvano Solveig Stellan
Tadhg Tamsin Tancredi Temperance Teodor Thaddeus Theodora Tobiah Ulrike Ulysses Valentina
Vasco Venetia Wilhelmina Winifred Wystan Xanthe Yannick Yevgenia Ysolde Zbigniew Zenobia
Zofia Ambrose Anwen Arjun Babajide Calloway Chiamaka Clemency Cosmo Dervla Dimitra Ebenezer
Elspeth Faustina Folasade Gaspard Gunnhild Hyacinth Ignatius Ines Jemima Joachim Kerensa
Kwabena Lachlan Leontyne Marisa Milo Nanette Ngozi Octavia Olwen Peregrine Priyanka Radhika
Reuben Rhiannon Saskia Shoshana Sunniva Tobias Truda Umberto Vilhelm Wendeline Yusuf
Zuleika Alasdair Bettina Crispin Dorcas Euan Fionnuala Gideon Honora Iolo Juno Kit Lettice
Mungo Nerys Oswin Prudence Rosamund Seamus Thomasina Ulla Verity Wolfram Anselm Blessing
Cressida Dafydd Eulalia Fabian Gracjan Hortense Isidore Jago Kassandra Ludovic Minerva
Nikolai Orsolya Pascoe Roisin Sefton Tallulah Valentin Wanjiru Yolanda Zephaniah
""".split()

SURNAMES = """
Abernethy Blackwood Castellano Delacroix Entwistle Fairbrother Gallagher Haverford Ibbotson
Jankowski Kowalczyk Lindqvist Macready Nwachukwu Okonkwo Pemberton Quayle Rasmussen Sandoval
Trelawney Underhill Vasquez Whitcombe Yardley Zielinski Ashdown Brannigan Cartwright Dunmore
Elphick Fothergill Greenhalgh Hollingsworth Illingworth Jessop Kettering Lockhart Merriweather
Nettleton Oyelaran Penhaligon Ravensworth Scrimshaw Tattersall Uttley Villiers Wainwright
Ackroyd Costigan Drummond Featherstone Gillespie Harcourt Inglis Jowett Kilbride Loughran
Mountjoy Northcote Ormerod Pickering Rowntree Sowerby Thistlethwaite Urquhart Vickery Wetherall
""".split()

SUPPLIERS = """
Dairyline|Hollins Paper|Northgate Wholesale|Brackenbury Packaging|Fenwick and Daughters|
Castlegate Supplies|Tidewater Foods|Bramble Lane Bakers|Kestrel Logistics|Orchard Row Produce|
the Pennine Paper Mill|Larkspur Trading|Greystone Hardware Supply|Meadowbank Dairies|
Juniper and Reed|Saltmarsh Provisions|Harbourside Print Supplies|Oakhurst Distribution|
Whitlow Brothers|Corbridge Catering Supply|Ironbridge Fixings|the cash-and-carry|
Marram Grass Imports|Hazelmere Florals|Blue Anchor Wines|Copperfield Stationers|
Thornbury Linen|Elmstead Garden Supply|Redwing Cycles Wholesale|Quarry Hill Ceramics
""".replace("\n", "").split("|")

# business types: (short noun, a-phrase, places, items)
BUSINESSES = [
    ("café", "a small café", ["stockroom", "back store", "storeroom behind the counter", "dry store"],
     ["paper cups", "cup lids", "wooden stirrers", "sugar sachets", "tea bags", "bags of coffee beans",
      "cartons of oat milk", "croissants", "almond biscotti", "bottles of syrup", "paper napkins",
      "takeaway boxes", "paper straws", "jars of honey", "scones", "flapjacks"]),
    ("print shop", "a print shop", ["paper store", "print room", "finishing room", "back office"],
     ["reams of copier paper", "window envelopes", "business cards", "flyers", "toner cartridges",
      "binding combs", "laminating pouches", "spiral notebooks", "letterheads", "poster tubes",
      "vinyl banners", "greeting cards", "booklets", "rolls of label stock", "foam boards",
      "order pads"]),
    ("warehouse", "a storage warehouse", ["Bay D", "the mezzanine", "goods-in area", "dispatch bay"],
     ["shrink-wrap rolls", "cable ties", "packing crates", "rolls of parcel tape", "corrugated boxes",
      "bubble mailers", "drum liners", "shelving brackets", "hi-vis vests", "safety helmets",
      "storage bins", "strapping reels", "wooden pallets", "dust sheets", "fire blankets"]),
    ("bakery", "a family bakery", ["flour store", "bakehouse", "cold room", "shop floor"],
     ["sourdough loaves", "baguettes", "cinnamon buns", "sacks of flour", "egg trays", "butter blocks",
      "cake boxes", "paper bags", "fruit tarts", "pretzels", "rye loaves", "bread tins", "doughnuts",
      "custard slices"]),
    ("florist", "a florist's shop", ["cold room", "workroom", "shop window", "back yard"],
     ["tulip stems", "rose stems", "flower buckets", "glass vases", "ribbon spools", "bouquet sleeves",
      "potted orchids", "peony stems", "gift tags", "foam bricks", "wreath frames", "succulents",
      "sunflower stems"]),
    ("hardware store", "a hardware store", ["yard", "back store", "trade counter", "stockroom"],
     ["brass hinges", "boxes of wood screws", "paint tins", "paintbrushes", "sandpaper sheets",
      "padlocks", "extension leads", "light bulbs", "door handles", "spirit levels", "tape measures",
      "drill bits", "wall plugs", "mop heads"]),
    ("bookshop", "an independent bookshop", ["stockroom", "basement", "front tables", "back office"],
     ["paperback novels", "hardback atlases", "desk diaries", "fountain pens", "pencil cases",
      "sketchbooks", "bookmarks", "wall calendars", "jigsaw puzzles", "cookery books", "tote bags",
      "reading lamps"]),
    ("delicatessen", "a delicatessen", ["cold store", "cellar", "shop floor", "pantry"],
     ["wheels of cheddar", "jars of chutney", "tins of olives", "salami sticks", "bottles of olive oil",
      "packets of crackers", "pots of hummus", "tins of anchovies", "jars of pesto", "packets of pasta",
      "pork pies", "bags of pistachios"]),
    ("wine merchant", "a wine merchant's", ["cellar", "bonded store", "shop floor", "tasting room"],
     ["bottles of claret", "bottles of prosecco", "bottles of gin", "corkscrews", "gift bags",
      "bottles of cider", "wine glasses", "bottles of port", "bottles of rioja", "ice buckets"]),
    ("guest house", "a guest house", ["linen cupboard", "laundry room", "store cupboard", "attic store"],
     ["bath towels", "pillowcases", "bed sheets", "soap bars", "shampoo miniatures", "bathrobes",
      "tea towels", "laundry bags", "duvet covers", "hand towels", "coat hangers"]),
    ("pharmacy", "a village pharmacy", ["dispensary", "stockroom", "front shelves", "back room"],
     ["boxes of plasters", "bottles of hand gel", "vitamin tubs", "face masks", "thermometers",
      "bottles of cough syrup", "toothbrushes", "tubes of sun cream", "packs of cotton wool",
      "pill organisers", "hot water bottles"]),
    ("garden centre", "a garden centre", ["potting shed", "polytunnel", "outdoor yard", "stockroom"],
     ["seed packets", "bags of compost", "terracotta pots", "hanging baskets", "trowels",
      "bird feeders", "rose bushes", "watering cans", "plant labels", "grow bags", "lavender plants",
      "garden gloves"]),
    ("bike shop", "a bike shop", ["workshop", "parts store", "back room", "shop floor"],
     ["inner tubes", "brake pads", "bike chains", "saddles", "bike lights", "tyre levers",
      "spoke keys", "water bottles", "bike bells", "pannier bags", "cycle locks"]),
    ("gift shop", "a seaside gift shop", ["stockroom", "loft", "window display", "back store"],
     ["scented candles", "packs of tea lights", "ceramic mugs", "keyrings", "postcards",
      "wooden puzzles", "plush bears", "snow globes", "fridge magnets", "soap gift sets",
      "tea caddies"]),
    ("haberdashery", "a haberdashery", ["sewing room", "stockroom", "counter drawers", "back room"],
     ["cards of buttons", "zips", "spools of thread", "skeins of wool", "knitting needles",
      "bolts of fabric", "silk scarves", "aprons", "tape reels", "pin cushions"]),
    ("accountancy office", "a small accountancy office", ["stationery cupboard", "archive room",
     "post room", "back office"],
     ["ring binders", "box files", "staplers", "ink pads", "desk lamps", "rubber stamps",
      "whiteboard markers", "sticky note pads", "lever arch files", "document wallets",
      "franking labels"]),
    ("electrical shop", "an electrical shop", ["stockroom", "repair bench", "back store", "counter"],
     ["phone chargers", "packs of batteries", "headphones", "smoke alarms", "plug adaptors",
      "charging cables", "desk fans", "kettles", "toasters"]),
]

ALL_ITEMS = [it for b in BUSINESSES for it in b[3]]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORDINALS = ["fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "fourteenth", "fifteenth", "seventeenth", "nineteenth", "twentieth"]
REF_LETTERS = "ABEFGHJKNPRSTWYZ"  # no letters that read as Roman numerals

# ---------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen", "twenty"]
_TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
         90: "ninety", 20: "twenty"}


def num_word(n):
    if n <= 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t * 10] if o == 0 else _TENS[t * 10] + "-" + _ONES[o]
    return None


def render_num(rng, n, p_word=0.3):
    """Digits, or a number word for small quantities, or 'a dozen'."""
    if n == 12 and rng.random() < 0.3:
        return "a dozen"
    if n < 100 and rng.random() < p_word:
        if n <= 20 or n % 10 == 0 or rng.random() < 0.6:
            return num_word(n)
    return str(n)


# ---------------------------------------------------------------------------
# Change templates.  Placeholders:
#   {Q} quantity phrase (chosen per op), {n} rendered number, {items}, {S} subject,
#   {O} object, {be} plural passive auxiliary, {was} singular passive auxiliary,
#   {place}, {supplier}, {k} rendered factor, {kd} factor in digits,
#   [past|future] tense alternatives.
# Each template: (clause, ledger/step tag).  Tags read after a number: "125 received".
# ---------------------------------------------------------------------------
ADD_T = [
    ("{Q} {be} received from {supplier}", "received from {supplier}"),
    ("{Q} {be} delivered to {place}", "delivered"),
    ("{Q} {be} booked in at goods-in", "booked in"),
    ("{Q} {be} returned by customers and put back on the shelves", "returned by customers"),
    ("{Q} {be} transferred in from the other branch", "transferred in"),
    ("{Q} {be} found in {place} during the stocktake", "found at the stocktake"),
    ("{Q} {be} credited back to stock after a cancelled order", "credited back"),
    ("{Q} {be} added to the stock count", "added"),
    ("{Q} {be} sent over by {supplier}", "sent over by {supplier}"),
    ("{Q} {be} brought up from the cellar", "brought up from the cellar"),
    ("a delivery of {n} {items} [arrived|will arrive]", "delivered"),
    ("{S} [took delivery of|will take delivery of] {Q}", "taken into stock"),
    ("{S} [bought in|will buy in] {Q}", "bought in"),
    ("{supplier} [dropped off|will drop off] {Q}", "dropped off"),
    ("{S} [restocked with|will restock with] {Q}", "restocked"),
    ("{S} [topped up the shelves with|will top up the shelves with] {Q}", "topped up"),
    ("{S} [purchased|will purchase] {Q} from {supplier}", "purchased"),
    ("{S} [picked up|will pick up] {Q} from the cash-and-carry", "picked up"),
    ("{S} [received|will receive] {Q} on a back order", "received on back order"),
    ("{Q} {be} made up in the workroom", "made up"),
    ("{Q} {be} produced on the morning shift", "produced"),
    ("{S} [accepted|will accept] a consignment of {n} {items}", "accepted on consignment"),
    ("the courier [brought|will bring] {Q}", "brought by courier"),
    ("{S} [collected|will collect] {Q} from the depot", "collected from the depot"),
    ("a pallet carrying {n} {items} [came|will come] in", "received on a pallet"),
    ("{Q} {be} recovered from the returns cage", "recovered from returns"),
    ("a customer [brought back|will bring back] {Q} unopened", "brought back unopened"),
    ("{S} [got in|will get in] {Q}", "got in"),
    ("{S} [replenished the stock with|will replenish the stock with] {Q}", "replenished"),
    ("{Q} {be} put back into stock after the trade show", "put back after the show"),
    ("{Q} {be} released from quarantine into saleable stock", "released from quarantine"),
    ("{supplier} [made good the shortfall with|will make good the shortfall with] {Q}",
     "sent to cover the shortfall"),
    ("{Q} {be} sent to {O} free of charge", "received free of charge"),
    ("{Q} {be} donated to {O} by a neighbouring business", "donated to us"),
    ("{S} [won|will win] {Q} in a supplier promotion", "won in a promotion"),
    ("{S} [earned|will earn] {Q} as a loyalty bonus from {supplier}", "earned as a loyalty bonus"),
    ("{Q} {be} transferred across from the overflow store", "transferred from overflow"),
    ("{Q} {be} logged on the goods-received note", "logged as received"),
    ("a top-up order of {n} {items} [landed|will land]", "received on a top-up order"),
    ("{Q} {be} added back after the recount", "added after the recount"),
    ("{Q} {be} unpacked and shelved", "unpacked"),
    ("{S} [brought in|will bring in] {Q}", "brought in"),
    ("{Q} {be} supplied by {supplier}", "supplied by {supplier}"),
    ("{Q} {be} handed back by the events team", "handed back"),
    ("{S} [gained|will gain] {Q} through a stock swap with {supplier}", "gained in a swap"),
    ("{supplier} [shipped|will ship] {Q} to {O}", "shipped in"),
    ("{Q} {be} delivered on the early van", "delivered"),
]

SUB_T = [
    ("{Q} {be} dispatched to customers", "dispatched"),
    ("{Q} {be} sold over the counter", "sold"),
    ("{Q} {be} written off as damaged", "written off"),
    ("{Q} {be} returned to {supplier}", "returned to {supplier}"),
    ("{Q} {be} invoiced out to trade customers", "invoiced out"),
    ("{Q} {be} issued to the workroom", "issued"),
    ("{Q} {be} used up", "used"),
    ("{Q} {be} found to be faulty and scrapped", "scrapped"),
    ("{Q} {be} transferred to the other branch", "transferred out"),
    ("{Q} {be} given away as samples", "given away as samples"),
    ("{Q} {be} damaged in transit and discarded", "damaged in transit"),
    ("{Q} {be} collected by a customer", "collected by a customer"),
    ("{Q} {be} shipped on the afternoon van", "shipped"),
    ("{Q} {be} donated to the local school", "donated"),
    ("{Q} {be} removed for the window display", "removed for display"),
    ("{Q} {be} put aside for a customer and invoiced", "invoiced to a customer"),
    ("{Q} {be} thrown out as past their date", "thrown out"),
    ("{S} [sold|will sell] {Q}", "sold"),
    ("{S} [sent out|will send out] {Q}", "sent out"),
    ("{S} [used|will use] {Q} at the weekend market", "used at the market"),
    ("{S} [gave away|will give away] {Q} at the open day", "given away"),
    ("{S} [posted|will post] {Q} to online customers", "posted out"),
    ("{S} [wrote off|will write off] {Q}", "written off"),
    ("{S} [returned|will return] {Q} to {supplier} for credit", "returned for credit"),
    ("{S} [handed over|will hand over] {Q} to the courier", "handed to the courier"),
    ("{S} [lost|will lose] {Q} to water damage", "lost to water damage"),
    ("{S} [set aside|will set aside] {Q} for the staff room", "set aside"),
    ("a customer [bought|will buy] {Q}", "sold"),
    ("a trade account [took|will take] {Q}", "taken on account"),
    ("{Q} {be} loaded onto the delivery van", "loaded out"),
    ("{Q} {be} picked and packed for mail order", "picked for mail order"),
    ("{Q} {be} signed out by the events team", "signed out"),
    ("{Q} {be} broken when a shelf gave way", "broken"),
    ("{Q} {be} marked as missing after the spot check", "marked missing"),
    ("{Q} {be} consumed during the catering job", "consumed"),
    ("{Q} {be} recalled by the manufacturer and removed", "recalled"),
    ("{Q} {be} sent back as surplus", "sent back"),
    ("{Q} {be} allocated to a wholesale order", "allocated"),
    ("{Q} {be} cleared out in the end-of-season sale", "cleared in the sale"),
    ("{Q} {be} booked out against the Harrogate order", "booked out"),
    ("{S} [shipped|will ship] {Q} abroad", "shipped abroad"),
    ("{S} [disposed of|will dispose of] {Q}", "disposed of"),
    ("the delivery driver [took away|will take away] {Q}", "taken by the driver"),
    ("{Q} {be} drawn from stock for the refit", "drawn for the refit"),
    ("{Q} {be} invoiced to {supplier} and collected", "invoiced and collected"),
    ("{S} [parted with|will part with] {Q} at cost", "sold at cost"),
    ("{Q} {be} snapped up by a walk-in customer", "sold"),
]

# multiply: (clause, tag, special) special: None / 2 / 3 (fixed factor, no {k} in text)
MUL_T = [
    ("the stock {was} increased to {k} times its size", "increased to {k} times", None),
    ("{S} [ended up with|will end up with] {k} times as many", "{k} times as many", None),
    ("the quantity on hand {was} multiplied by {k} for the trade fair", "multiplied by {k}", None),
    ("the count [grew|will grow] {kd}-fold after the bulk purchase", "grown {kd}-fold", None),
    ("the number on hand [rose|will rise] to {k} times what it had been", "risen {k} times", None),
    ("a bulk order [left|will leave] {O} with {k} times as many", "{k} times as many", None),
    ("stock levels {be} multiplied by {k} ahead of the holidays", "multiplied by {k}", None),
    ("the order {was} increased {kd}-fold", "increased {kd}-fold", None),
    ("the quantity [went up|will go up] by a factor of {k}", "up by a factor of {k}", None),
    ("{S} [multiplied|will multiply] the holding by {k}", "multiplied by {k}", None),
    ("following the promotion, the stock [stood|will stand] at {k} times its previous level",
     "{k} times the previous level", None),
    ("a supplier's error [left|will leave] {O} with {k} times that number", "{k} times over", None),
    ("restocking [brought|will bring] the total to {k} times the earlier figure",
     "brought to {k} times", None),
    ("{S} [scaled up|will scale up] the holding {k} times over", "scaled up {k} times", None),
    ("the festive order [boosted|will boost] stock to {k} times that level", "boosted {k} times", None),
    ("the allocation {was} raised to {k} times the figure above", "raised {k} times", None),
    ("the shelf count [became|will become] {k} times larger", "{k} times larger", None),
    ("head office [asked|will ask] for {k} times the quantity, and it {was} supplied",
     "{k} times the quantity", None),
    ("the standing order {was} set at {k} times the current stock, and the current stock {was} "
     "replaced by it", "{k} times the stock", None),
    ("the holding {was} multiplied {k} times by a large consolidation", "multiplied {k} times", None),
    ("the stock {was} doubled ahead of the busy weekend", "doubled", 2),
    ("{S} [doubled|will double] the stock", "doubled", 2),
    ("the quantity {was} doubled at the customer's request", "doubled", 2),
    ("{S} [ended up with|will end up with] twice as many", "twice as many", 2),
    ("{supplier} [doubled|will double] the standing quantity", "doubled", 2),
    ("a matching delivery [doubled|will double] the count", "doubled", 2),
    ("the stocktake [showed|will show] double that figure", "double", 2),
    ("the stock {was} tripled", "tripled", 3),
    ("{S} [tripled|will triple] the holding", "tripled", 3),
    ("the quantity {was} tripled for the launch", "tripled", 3),
    ("{S} [ended up with|will end up with] triple the number", "triple", 3),
    ("the shelf count {was} tripled by a bulk buy", "tripled", 3),
]

DIV_T = [
    ("the stock {was} split equally between {k} branches, and {S} [kept|will keep] one share",
     "split {k} ways", None),
    ("{S} [divided|will divide] them equally among {k} outlets and [kept|will keep] one outlet's share",
     "divided among {k} outlets", None),
    ("they {be} shared out evenly across {k} stalls, with one stall's share staying here",
     "shared across {k} stalls", None),
    ("the holding {was} divided into {k} equal lots, only one of which [stayed|will stay] with {O}",
     "divided into {k} lots", None),
    ("an equal split across {k} sites [left|will leave] {O} with one share", "split across {k} sites",
     None),
    ("{S} [portioned|will portion] them into {k} equal batches and [kept|will keep] just one batch",
     "portioned into {k} batches", None),
    ("the consignment {was} broken into {k} equal parts, and only one part [remained|will remain] "
     "in stock", "broken into {k} parts", None),
    ("they {be} split evenly into {k} consignments, one of which {was} kept",
     "split into {k} consignments", None),
    ("{S} [apportioned|will apportion] them equally across {k} departments, holding on to one "
     "department's share", "apportioned {k} ways", None),
    ("the stock {was} shared equally by {k} partner shops and {S} [retained|will retain] one share",
     "shared by {k} shops", None),
    ("an even division into {k} deliveries [left|will leave] just one delivery's worth on site",
     "divided into {k} deliveries", None),
    ("{S} [spread|will spread] them evenly over {k} market stalls and [kept|will keep] the home "
     "stall's share", "spread over {k} stalls", None),
    ("they {be} distributed equally among {k} regional depots, of which ours is one",
     "distributed to {k} depots", None),
    ("{S} [split|will split] the lot equally with the other franchisees, {k} shops in all, and "
     "[kept|will keep] one share", "split {k} ways", None),
    ("the allocation {was} cut into {k} equal portions and only one {was} kept", "cut into {k} portions",
     None),
    ("head office [asked|will ask] for the stock to be pooled and divided equally across {k} shops, "
     "ours included", "pooled across {k} shops", None),
    ("half of them {be} sent to the other branch", "half sent on", 2),
    ("the stock {was} halved", "halved", 2),
    ("{S} [halved|will halve] the holding by sending half to the sister shop", "halved", 2),
    ("half [went|will go] to the market stall and the other half [stayed|will stay] with {O}",
     "half to the stall", 2),
    ("{S} [gave|will give] half of them to {supplier} on sale or return", "half on sale or return", 2),
    ("half the stock {was} written off after the flood", "half written off", 2),
    ("only half of them [passed|will pass] the quality check, and the rest {be} scrapped",
     "half passed", 2),
    ("half {be} reallocated to the web shop", "half reallocated", 2),
    ("only a third of them [stayed|will stay] in stock, the rest going to the new branch",
     "a third kept", 3),
    ("{S} [kept|will keep] a third and [sent|will send] the rest to the warehouse", "a third kept", 3),
    ("just a third of them {be} retained", "a third retained", 3),
    ("a third [remained|will remain] after the rest {be} transferred out", "a third remaining", 3),
]

LEDGER_MUL = [("stock doubled", 2), ("holding tripled", 3), ("quantity doubled on request", 2),
              ("quantity multiplied by {k}", None), ("stock increased {kd}-fold", None),
              ("count scaled up {k} times", None), ("stock raised to {k} times the balance", None),
              ("bulk buy, holding now {k} times larger", None)]
LEDGER_DIV = [("stock halved", 2), ("half transferred to the sister shop", 2),
              ("a third retained, rest sent on", 3), ("stock split {k} ways, one share kept", None),
              ("divided equally among {k} branches, our share kept", None),
              ("shared evenly over {k} sites, one share retained", None),
              ("pooled and split into {k} equal lots, one lot kept", None)]

# last-change-in-the-question forms (the question itself describes the final change)
DIV_Q = [
    ("If the remaining {items} are shared equally among {k} branches, how many does each branch get?",
     "branch", "share"),
    ("The rest are to be split equally between {k} shops. How many will each shop receive?",
     "shop", "share"),
    ("Kindly advise how many each of {k} outlets would get from an equal split of what is left.",
     "outlet", "share"),
    ("How many will each of the {k} market stalls receive if the stock is divided evenly?",
     "stall", "share"),
    ("What remains is to be divided equally among {k} sites; how many should each site be sent?",
     "site", "share"),
    ("They will then be packed {k} to a carton. How many cartons will be filled?", "cartons", "unit"),
    ("The {items} are then boxed up {k} to a box. How many boxes are needed?", "boxes", "unit"),
    ("Please note they go out in bundles of {k}. How many bundles can be made up?", "bundles", "unit"),
]
MUL_Q = [
    ("Every one of them needs {k} price labels. How many labels are needed in total?", "labels"),
    ("Each is to be wrapped in {k} sheets of tissue paper. How many sheets will be used?", "sheets"),
    ("Each one is sent out with {k} care leaflets. How many leaflets are required?", "leaflets"),
    ("Every item gets {k} security tags. How many tags should be ordered?", "tags"),
    ("Each will carry {k} barcode stickers. Kindly confirm how many stickers to print.", "stickers"),
]

# quantity phrases per op ({n} number, {items})
ADD_Q = ["{n} {items}", "{n} {items}", "{n} more {items}", "another {n} {items}",
         "a further {n} {items}", "{n} more", "a further {n}", "{n} additional {items}"]
SUB_Q = ["{n} {items}", "{n} {items}", "{n} of them", "{n} of the {items}", "{n}", "{n} units",
         "{n} of those"]

START_T = [
    "As per the last stocktake, {the_place} held {n} {items}.",
    "Opening stock of {items} stood at {n}.",
    "{S} had {n} {items} at the start of the week.",
    "There were {n} {items} in {the_place} on Monday morning.",
    "Our records show {n} {items} on hand at the start of the month.",
    "The stock card for {items} opens with a balance of {n}.",
    "{the_place_cap} currently holds {n} {items}.",
    "{S} began the month with {n} {items}.",
    "At the last count there were {n} {items} on the shelves.",
    "The ledger shows an opening balance of {n} {items}.",
    "{n} {items} were brought forward from last month.",
    "{S} started the month-end count with {n} {items} in {the_place}.",
    "Stock of {items} at close of business on Friday: {n}.",
    "Please note that the opening figure for {items} is {n}.",
    "{n} {items} were sitting in {the_place} when the week began.",
    "The count of {items} in {the_place} came to {n} this morning.",
]
PROD_T = [
    "{p} cartons of {q} {items} each were booked in.",
    "{S} took delivery of {p} boxes, each holding {q} {items}.",
    "{the_place_cap} holds {p} crates with {q} {items} in each.",
    "Opening stock is {p} trays of {q} {items}.",
    "The opening delivery was {p} cases of {q} {items}.",
    "{p} shelves of {q} {items} each were counted at the stocktake.",
    "There were {p} pallets carrying {q} {items} apiece.",
    "{S} started with {p} packs, each containing {q} {items}.",
    "Stock consisted of {p} sealed cases, {q} {items} to a case.",
    "{p} rows of {q} {items} were laid out in {the_place}.",
    "As per the delivery note, {p} boxes of {q} {items} were received to open the account.",
    "{S} had {p} bundles of {q} {items} on hand.",
]

QUESTIONS = [
    "How many {items} are left?",
    "How many {items} are now in stock?",
    "How many {items} remain?",
    "Kindly confirm how many {items} are on hand.",
    "Please advise the closing balance for {items}.",
    "What is the closing stock of {items}?",
    "What figure should go on the stock sheet?",
    "Could you confirm the number of {items} now held in {the_place}?",
    "How many {items} should be carried forward?",
    "What balance should be entered in the ledger?",
    "How many {items} {do} {S_low} have now?",
    "Please let me know how many {items} should be showing.",
    "I would be grateful if you could confirm the remaining quantity.",
    "What is the stock position now?",
    "How many {items} are there at the end of all this?",
    "Could you kindly work out the closing figure?",
    "What quantity of {items} is left on the books?",
]
Q_PAST = [
    "How many {items} were left at close of business?",
    "How many {items} did {S_low} end up with?",
    "What was the final count of {items}?",
    "How many {items} were on the shelf by the end of the week?",
    "What closing balance was recorded?",
]
Q_FUT = [
    "How many {items} will be left?",
    "How many {items} will remain once all of this has gone through?",
    "How many will be on the shelf by the end of the week?",
    "What will the closing balance be?",
    "Kindly confirm the quantity we should expect to hold afterwards.",
]
Q_LEDGER = ["Closing balance?", "What is the closing balance?", "Balance to carry forward?",
            "Please confirm the closing figure.", "Closing stock?"]

DISTRACTORS = [
    "Please note that the loading bay will be closed for resurfacing.",
    "Apologies for the delay in getting back to you.",
    "The invoice for last month has now been settled.",
    "Kindly ignore my earlier email, which was sent in error.",
    "The weather held up, so the van arrived on time.",
    "Our accountant has asked for the stock sheets by Friday.",
    "As per our conversation, the prices remain unchanged.",
    "The delivery note was signed by the duty manager.",
    "It was a quiet week at the counter.",
    "The card machine was down for most of Wednesday.",
    "{supplier} have changed their delivery days.",
    "This relates to order reference {ref}.",
    "Payment terms remain as previously agreed.",
    "We were closed on the {ordinal} of {month} for the bank holiday.",
    "The order was placed on {weekday} the {ordinal}.",
    "Please quote our account name on all paperwork.",
    "The new shelving was fitted last week.",
    "Thank you for your prompt service, as always.",
    "I trust this email finds you well.",
    "The stocktake was carried out by {name2}.",
    "All figures have been checked against the delivery notes.",
    "Prices are shown exclusive of VAT.",
    "The credit note is still outstanding.",
    "Please find the figures below.",
    "The courier was late again.",
    "Invoice {ref} has been passed to {name2} for approval.",
    "{name2} has been covering the till this week.",
    "The freezer was serviced on the {ordinal} of {month}.",
    "We are still waiting on the revised price list.",
    "The boiler in the back office has been playing up.",
    "Kindly note our new opening hours.",
    "Nothing else was moved in or out.",
    "The figures below have been agreed with {name2}.",
]
GREETINGS = ["Dear {rname},", "Hi {rname},", "Good morning {rname},", "Dear Mr {rsurname},",
             "Dear Ms {rsurname},", "Hello {rname},", "To the accounts team,", "Dear {rname} {rsurname},",
             "Re: stock query,"]
SIGNOFFS = ["Kind regards, {name}", "Many thanks, {name}", "Best wishes, {name}", "Regards, {name}",
            "Yours sincerely, {name} {surname}", "With thanks, {name}"]
INTROS = [
    "{Name} runs {biz_a}.",
    "{Name} keeps the books for {biz_a}.",
    "{Name} works as a stock clerk at {biz_a}.",
    "{Name} manages the stores at {biz_a} on {street}.",
    "At {biz_a} in {town}, {Name} looks after the stock.",
    "{Name} has taken over the ordering at {biz_a}.",
]
STREETS = ["Mill Lane", "Castle Street", "the High Street", "Quayside", "Tanner's Row", "Market Place",
           "Friar Gate", "Orchard Way"]
TOWNS = ["Harrogate", "Falmouth", "Keswick", "Whitby", "Ludlow", "Hexham", "Rye", "Totnes", "Oban",
         "Malton", "Bakewell", "Kendal"]

PREFIX_PAST = ["On {weekday},", "On {weekday} afternoon,", "Later that week,", "The following day,",
               "That afternoon,", "By {weekday},", "Over the weekend,", "Shortly afterwards,",
               "After that,", "Then", "Later,", "Please note that", "As per the delivery note,",
               "According to the goods-in log,", "In addition,", "Subsequently,",
               "On the {ordinal} of {month},", "Next,", "Following that,", "Before the end of the day,"]
PREFIX_FUT = ["On {weekday},", "Tomorrow", "Next week", "Later this week,", "By {weekday},",
              "After that,", "Then", "Please note that", "As agreed,", "It is expected that",
              "Following that,", "On the {ordinal} of {month},"]
SUFFIX_PAST = [" on {weekday}", " later that day", " the next morning", " before lunch",
               " on the {ordinal}"]
SUFFIX_FUT = [" on {weekday}", " later that day", " the following morning", " next week"]

# ---------------------------------------------------------------------------
# Step and answer wording
# ---------------------------------------------------------------------------
STEP_GENERIC = ["{eq}.", "{eq} {items}.", "That gives {eq}.", "Running total: {eq}.",
                "Balance now {eq}.", "So {eq}.", "New balance: {eq}.", "This leaves {eq} {items}.",
                "Stock position: {eq}.", "The ledger now reads {eq}."]
STEP_ADD = ["Add goods {tag}: {eq}.", "Plus the {b} {tag}: {eq}.", "After the {b} {tag}, {eq} {items}.",
            "Add the receipt: {eq}.", "Goods in: {eq}.", "{eq} once the {b} {tag} are added.",
            "Add receipts to the balance: {eq}.", "With {b} more booked in, {eq}.",
            "Receipts of {b}: {eq}."]
STEP_SUB = ["Less goods {tag}: {eq}.", "Deduct the {b} {tag}: {eq}.", "Less the {b} {tag}, giving {eq}.",
            "Take off the {b} {tag}: {eq}.", "Goods out: {eq}.", "Subtract the issues: {eq}.",
            "Removing {b} from stock: {eq}.", "{eq} after the {b} {tag}."]
STEP_MUL = ["Multiply by {b}: {eq}.", "Scaled up {b} times: {eq}.", "Applying the factor of {b}: {eq}.",
            "The holding multiplies: {eq}.", "Times {b}: {eq}.", "{eq} after the increase."]
STEP_DIV = ["Divide by {b}: {eq}.", "One share of {b}: {eq}.", "Split {b} ways: {eq}.",
            "Our share: {eq}.", "Dividing equally: {eq}.", "{eq} per share."]
STEP_PROD = ["Opening stock: {eq} {items}.", "{eq} {items} to start with.",
             "Containers times units in each: {eq}.", "Starting quantity {eq}.",
             "Opening balance {eq}.", "First work out the opening stock: {eq}."]
STEP_FIRST_EXTRA = ["Opening stock {a}, then {tag}: {eq}.", "Start from the opening balance: {eq}.",
                    "Opening balance plus movements: {eq}."]

FINAL_STOCK = ["#### {ans}", "The answer is {ans}.", "Answer: {ans}", "Closing stock: {ans} {items}.",
               "Closing balance: {ans}.", "So there are {ans} {items} left.",
               "Balance carried forward: {ans} {items}.", "Therefore {ans} {items} remain in stock.",
               "The stock sheet should show {ans}.", "Final count: {ans}.",
               "That leaves {ans} {items} on hand.", "Please record {ans} {items}.",
               "Closing figure {ans}.", "So the balance to carry forward is {ans}."]
FINAL_SHARE = ["#### {ans}", "The answer is {ans}.", "Each {unit} receives {ans} {items}.",
               "Answer: {ans}", "So each {unit} gets {ans}.", "That is {ans} per {unit}."]
FINAL_UNIT = ["#### {ans}", "The answer is {ans}.", "Answer: {ans}", "So {ans} {unit} in all.",
              "That makes {ans} {unit}.", "Total: {ans} {unit}."]

OPS_STYLE = [("+", "-", "*", "/"), ("+", "−", "×", "÷"), ("+", "-", "×", "÷"), ("+", "−", "*", "/")]


# ---------------------------------------------------------------------------
# Arithmetic helpers
# ---------------------------------------------------------------------------
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


def ok_val(v):
    return v is not None and 0 <= v <= 9999


def _swap_digits(v, rng):
    s = str(v)
    if len(s) < 2:
        return None
    i = rng.randrange(len(s) - 1)
    if s[i] == s[i + 1]:
        return None
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if t[0] == "0":
        return None
    return int(t)


def _digit_tweak(v, rng):
    s = str(v)
    i = rng.randrange(len(s))
    d = int(s[i]) + rng.choice([-1, 1])
    if not 0 <= d <= 9 or (i == 0 and d == 0 and len(s) > 1):
        return None
    return int(s[:i] + str(d) + s[i + 1:])


def _no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str((da + db) % 10))
    return int("".join(out)[::-1])


def _no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(da - db)))
    return int("".join(out)[::-1])


def arith_slip(a, op, b, c, rng):
    """A plausible wrong result for a op b (true result c)."""
    cands = []
    for _ in range(6):
        r = rng.random()
        if r < 0.2:
            v = c + rng.choice([-1, 1])
        elif r < 0.4:
            v = c + rng.choice([-10, 10])
        elif r < 0.55:
            v = _swap_digits(c, rng)
        elif r < 0.75:
            v = _digit_tweak(c, rng)
        elif r < 0.9:
            if op == "+":
                v = _no_carry_add(a, b)
            elif op == "-":
                v = _no_borrow_sub(a, b)
            elif op == "*":
                v = c + rng.choice([-a, a, -10, 10])
            else:
                v = c + rng.choice([-1, 1, 10])
        else:
            v = c + rng.choice([-100, 100]) if c >= 100 else c + rng.choice([-2, 2])
        if v is not None and v != c and ok_val(v) and abs(len(str(v)) - len(str(c))) <= 1:
            cands.append(v)
    return rng.choice(cands) if cands else None


def misread(v, rng, others):
    """A plausible misreading of the number v (digit swap, digit off by one, off by ten, another
    number from the problem)."""
    r = rng.random()
    if r < 0.3 and others:
        w = rng.choice(others)
    elif r < 0.5:
        w = _swap_digits(v, rng)
    elif r < 0.7:
        w = _digit_tweak(v, rng)
    elif r < 0.85:
        w = v + rng.choice([-1, 1])
    else:
        w = v + rng.choice([-10, 10])
    if w is None or w == v or w <= 0:
        return None
    return w


# ---------------------------------------------------------------------------
# Chain (the problem's arithmetic)
# ---------------------------------------------------------------------------
def make_chain(rng, n_changes, product):
    """Returns dict(start=int or None, prod=(p,q) or None, changes=[[op, n], ...]) or None."""
    if product:
        p = rng.choice([rng.randint(2, 12), rng.randint(2, 30), rng.randint(10, 60)])
        qmax = max(2, min(60, 2400 // p))
        q = rng.randint(2, qmax)
        start = p * q
        prod = (p, q)
        first = None
    else:
        r = rng.random()
        if r < 0.03:
            first = 1000
        elif r < 0.3:
            first = rng.randint(10, 99)
        else:
            first = rng.randint(100, 999)
        start = first
        prod = None
    w = {"+": 0.34, "-": 0.34, "*": 0.14, "/": 0.18}
    ops = []
    for _ in range(n_changes):
        x, acc = rng.random(), 0.0
        for o in ("+", "-", "*", "/"):
            acc += w[o]
            if x < acc:
                break
        ops.append(o)
    changes = []
    cur = start
    for i, op in enumerate(ops):
        if op == "*" and cur * 2 > 9999:
            op = "-"
        if op == "-" and cur < 3:
            op = "+"
        if op == "/":
            k = rng.choice([2, 2, 3, 3, 4, 5, 6, 8, 10, rng.randint(2, 12)])
            if cur % k:
                # try to nudge the previous number so that the division comes out exact
                fixed = False
                delta = -(cur % k) if rng.random() < 0.5 else k - cur % k
                if changes and changes[-1][0] in "+-":
                    pop, pn = changes[-1]
                    nn = pn + delta if pop == "+" else pn - delta
                    prev_val = cur - delta if pop == "+" else cur + delta
                    nv = apply(prev_val, pop, nn) if 1 <= nn <= 999 else None
                    if ok_val(nv) and nv >= 1 and nv % k == 0:
                        changes[-1][1] = nn
                        cur = nv
                        fixed = True
                elif not changes and not product:
                    nf = first + delta
                    if 2 <= nf <= 999:
                        first = start = cur = nf
                        fixed = True
                if not fixed:
                    divs = [d for d in range(2, 13) if cur % d == 0]
                    if divs:
                        k = rng.choice(divs)
                    else:
                        op = "+" if rng.random() < 0.5 or cur < 3 else "-"
            if op == "/":
                changes.append(["/", k])
                cur //= k
                continue
        if op == "*":
            kmax = min(9, 9999 // cur)
            if kmax < 2:
                op = "-"
            else:
                k = rng.choice([2, 2, 3, rng.randint(2, kmax)])
                k = min(k, kmax)
                changes.append(["*", k])
                cur *= k
                continue
        if op == "+":
            hi = min(999, 9999 - cur, max(12, cur if rng.random() < 0.7 else 999))
            if hi < 2:
                op = "-"
            else:
                n = rng.randint(2, max(2, hi)) if rng.random() < 0.6 else rng.randint(2, max(2, min(hi, 60)))
                changes.append(["+", n])
                cur += n
                continue
        if op == "-":
            hi = min(999, cur - 1)
            if hi < 2:
                return None
            n = rng.randint(2, hi) if rng.random() < 0.5 else rng.randint(2, max(2, min(hi, cur // 2)))
            changes.append(["-", n])
            cur -= n
    # final validation
    v = start
    vals = [v]
    for op, n in changes:
        v = apply(v, op, n)
        if not ok_val(v) or v < 1:
            return None
        vals.append(v)
    if prod is None and not (1 <= start <= 1000):
        return None
    return {"start": None if prod else start, "prod": prod, "changes": changes, "values": vals}


# ---------------------------------------------------------------------------
# Solutions (equations, with the optional injected error)
# ---------------------------------------------------------------------------
def expected_eqs(chain):
    """List of (a, op, b) for the true solution, with a given for the first equation only."""
    eqs = []
    if chain["prod"]:
        eqs.append(("*", chain["prod"]))
    for op, n in chain["changes"]:
        eqs.append((op, n))
    return eqs


def build_solution(chain, kind, pos, rng):
    """Returns (written, final_stated) where written = [(a, op, b, c)], or None if invalid."""
    vals = chain["values"]
    prod = chain["prod"]
    changes = chain["changes"]
    n_eq = len(changes) + (1 if prod else 0)
    problem_numbers = ([prod[0], prod[1]] if prod else [chain["start"]]) + [n for _, n in changes]
    written = []
    prev = None
    for i in range(n_eq):
        if prod and i == 0:
            a, b, op = prod[0], prod[1], "*"
            if rng.random() < 0.2:
                a, b = b, a
        else:
            ci = i - 1 if prod else i
            op, b = changes[ci]
            a = prev if prev is not None else chain["start"]
        correct_c = apply(a, op, b)      # what this step should give from the written previous value
        if i == pos and kind == "operand":
            others = [x for x in problem_numbers if x not in (a, b)]
            if rng.random() < 0.5 or (prod and i == 0):
                # misread b (the number given for this change)
                b2 = misread(b, rng, others)
                if b2 is None or (op in "*/" and b2 < 2):
                    return None
                b = b2
            else:
                # misread a: the previous result (or the start), or carried on from a step too early
                if i >= 1 and rng.random() < 0.4:
                    if i >= 2:
                        a2 = written[i - 2][3]
                    elif prod:
                        a2 = prod[rng.randrange(2)]
                    else:
                        a2 = chain["start"]
                else:
                    a2 = misread(a, rng, [])
                if a2 is None or a2 == a:
                    return None
                a = a2
        if i == pos and kind == "operation":
            alts = {"+": ["-", "-", "*"] if b <= 12 else ["-"], "-": ["+"], "*": ["+", "+", "/"],
                    "/": ["*", "-", "-"]}[op]
            op = rng.choice(alts)
        c = apply(a, op, b)
        if not ok_val(c):
            return None
        if i == pos and kind in ("operand", "operation") and c == correct_c:
            return None
        if i == pos and kind == "arithmetic":
            c2 = arith_slip(a, op, b, c, rng)
            if c2 is None:
                return None
            c = c2
        written.append((a, op, b, c))
        prev = c
    final = written[-1][3]
    if kind == "answer":
        r = rng.random()
        true_ans = vals[-1]
        if r < 0.25:
            f = true_ans + rng.choice([-1, 1])
        elif r < 0.45:
            f = true_ans + rng.choice([-10, 10])
        elif r < 0.6:
            f = _swap_digits(true_ans, rng)
        elif r < 0.75:
            f = _digit_tweak(true_ans, rng)
        elif r < 0.9 and len(written) >= 2:
            f = written[-2][3]           # copied the previous running total
        else:
            f = written[-1][2] if written[-1][1] in "+-" else written[-1][0]  # copied an operand
        if f is None or f == true_ans or f < 0:
            return None
        final = f
    return written, final


# ---------------------------------------------------------------------------
# Problem text
# ---------------------------------------------------------------------------
def _cap(s):
    return s[:1].upper() + s[1:] if s else s


def _tense_fill(text, tense):
    out = []
    i = 0
    while i < len(text):
        j = text.find("[", i)
        if j < 0:
            out.append(text[i:])
            break
        k = text.index("]", j)
        out.append(text[i:j])
        past, fut = text[j + 1:k].split("|")
        out.append(fut if tense == "future" else past)
        i = k + 1
    return "".join(out)


def _fix_articles(s):
    for a, b in (("another a dozen", "another dozen"), ("a further a dozen", "a further dozen"),
                 ("another one ", "one more "), ("a further one ", "one more ")):
        s = s.replace(a, b).replace(_cap(a), _cap(b))
    return s


class Ctx:
    pass


def make_ctx(rng, mode):
    c = Ctx()
    biz = rng.choice(BUSINESSES)
    c.biz_noun, c.biz_a, places, items = biz
    c.items = rng.choice(items)
    c.place_word = rng.choice(places)
    c.mode = mode
    c.name = rng.choice(FIRST_NAMES)
    c.name2 = rng.choice(FIRST_NAMES)
    while c.name2 == c.name:
        c.name2 = rng.choice(FIRST_NAMES)
    c.surname = rng.choice(SURNAMES)
    c.rname = rng.choice(FIRST_NAMES)
    while c.rname in (c.name, c.name2):
        c.rname = rng.choice(FIRST_NAMES)
    c.rsurname = rng.choice(SURNAMES)
    c.supplier = rng.choice(SUPPLIERS)
    def art(pw, det):
        return pw if pw[:1].isupper() or pw.startswith("the ") else det + " " + pw
    if mode == "email":
        c.S, c.S_low, c.O, c.do = "we", "we", "us", "do"
        c.the_place = art(c.place_word, rng.choice(["our", "the"]))
    elif mode == "narrative":
        choice = rng.random()
        if choice < 0.35:
            c.S, c.O, c.do = c.name, c.name, "does"
        elif choice < 0.7:
            c.S, c.O, c.do = "the " + c.biz_noun, "the " + c.biz_noun, "does"
        else:
            c.S, c.O, c.do = "they", "them", "do"
        c.S_low = c.S
        c.the_place = art(c.place_word, "the")
    else:
        c.S, c.S_low, c.O, c.do = "we", "we", "us", "do"
        c.the_place = art(c.place_word, "the")
    c.tense = "past"
    c.s_used = False
    return c


def _fill(rng, text, c, extra=None):
    d = {
        "items": c.items, "S": c.S, "S_low": c.S_low, "O": c.O, "do": c.do,
        "the_place": c.the_place, "the_place_cap": _cap(c.the_place), "place": c.the_place,
        "supplier": c.supplier, "name": c.name, "Name": c.name, "name2": c.name2,
        "surname": c.surname, "rname": c.rname, "rsurname": c.rsurname, "biz_a": c.biz_a, "weekday": rng.choice(WEEKDAYS),
        "month": rng.choice(MONTHS), "ordinal": rng.choice(ORDINALS),
        "ref": "".join(rng.choice(REF_LETTERS) for _ in range(3)) + "-" +
               "".join(rng.choice(REF_LETTERS) for _ in range(2)),
        "street": rng.choice(STREETS), "town": rng.choice(TOWNS),
    }
    if c.tense == "future":
        d["be"] = rng.choice(["will be", "will be", "are due to be", "are to be"])
        d["was"] = rng.choice(["will be", "is to be"])
    elif c.tense == "present":
        d["be"] = rng.choice(["have been", "are being", "have just been"])
        d["was"] = "has been"
    else:
        d["be"] = rng.choice(["were", "were", "were", "had been"])
        d["was"] = rng.choice(["was", "was", "had been"])
    if "{S}" in text and c.mode == "narrative" and c.S == c.name:
        if c.s_used and rng.random() < 0.5:
            d["S"] = "they"
        c.s_used = True
    if extra:
        d.update(extra)
    text = _tense_fill(text, "future" if c.tense == "future" else "past")
    return text.format(**d)


def change_clause(rng, c, op, n, ledger=False):
    """Returns (clause, tag_for_steps, rendered_token)."""
    if op in "+-":
        tmpl, tag = rng.choice(ADD_T if op == "+" else SUB_T)
        nr = render_num(rng, n)
        if ledger:
            line = _fill(rng, "{n} " + tag, c, {"n": nr})
            return _fix_articles(line), _fill(rng, tag, c), ("dozen",) if nr == "a dozen" else nr
        qs = ADD_Q if op == "+" else SUB_Q
        q = rng.choice(qs).format(n=nr, items=c.items)
        text = _fill(rng, tmpl, c, {"Q": q, "n": nr})
        return _fix_articles(text), _fill(rng, tag, c), ("dozen",) if nr == "a dozen" else nr
    table = MUL_T if op == "*" else DIV_T
    cands = [t for t in table if t[2] in (None, n)]
    special = [t for t in cands if t[2] == n]
    if special and rng.random() < 0.6:
        tmpl, tag, sp = rng.choice(special)
    else:
        tmpl, tag, sp = rng.choice([t for t in cands if t[2] is None])
    kr = render_num(rng, n, p_word=0.5) if n != 12 else str(n)
    if sp is not None:
        token = {2: ("doubl", "twice", "double", "half", "halv"),
                 3: ("tripl", "triple", "third")}[sp]
    else:
        token = (kr,) if "{k}" in tmpl else (str(n),)
    if ledger:
        lt = LEDGER_MUL if op == "*" else LEDGER_DIV
        lc = [t for t in lt if t[1] in (None, n)]
        lsp = [t for t in lc if t[1] == n]
        ltmpl, lsp_k = rng.choice(lsp) if lsp and rng.random() < 0.6 else rng.choice(
            [t for t in lc if t[1] is None])
        line = _fill(rng, ltmpl, c, {"k": kr, "kd": str(n)})
        if lsp_k is not None:
            token = {2: ("doubl", "twice", "double", "half", "halv"), 3: ("tripl", "triple", "third")}[lsp_k]
        else:
            token = (kr,) if "{k}" in ltmpl else (str(n),)
        return line, "", token
    text = _fill(rng, tmpl, c, {"k": kr, "kd": str(n)})
    return text, "", token


def build_problem(rng, chain, mode, c):
    """Returns (problem_text, question_kind, unit, tags, tokens, fixed_parts)."""
    parts = []        # list of (text, optional_flag, kind)
    tokens = []
    tags = []
    changes = chain["changes"]
    # does the question carry the final change?
    qkind, unit, last_in_q = "stock", None, False
    if mode != "ledger" and changes and changes[-1][0] in "*/" and rng.random() < 0.45:
        last_in_q = True
    # start
    if chain["prod"]:
        p, q = chain["prod"]
        pr, qr = render_num(rng, p, 0.35), render_num(rng, q, 0.25)
        if mode == "ledger":
            st = rng.choice(["Opening stock: {p} cartons of {q}.", "Opening balance: {p} boxes of {q} each.",
                             "Brought forward: {p} cases, {q} to a case."]).format(p=pr, q=qr)
        else:
            st = _fill(rng, rng.choice(PROD_T), c, {"p": pr, "q": qr})
        tokens += [pr, qr]
    else:
        sr = render_num(rng, chain["start"], 0.25)
        if mode == "ledger":
            st = rng.choice(["Opening balance: {n}.", "Brought forward: {n}.", "Opening stock {n}.",
                             "Balance at start of week: {n}."]).format(n=sr)
        else:
            st = _fill(rng, rng.choice(START_T), c, {"n": sr})
        tokens.append(sr)
    st = _cap(_fix_articles(st))
    # header / greeting / intro
    if mode == "email":
        if rng.random() < 0.7:
            parts.append((_fill(rng, rng.choice(GREETINGS), c), True))
        if rng.random() < 0.4:
            parts.append((_fill(rng, rng.choice(DISTRACTORS), c), True))
    elif mode == "narrative":
        needs_intro = c.S in ("they", c.name)
        if rng.random() < 0.75 or needs_intro:
            parts.append((_fill(rng, rng.choice(INTROS), c), not needs_intro))
        if rng.random() < 0.25:
            parts.append((_fill(rng, rng.choice(DISTRACTORS), c), True))
    else:
        hdr = rng.choice(["Stock card: {items}, {the_place}.", "Ledger extract for {items}.",
                          "Memo to accounts re {items}.", "Stock movements, {items} ({the_place}).",
                          "Bin card for {items}."])
        parts.append((_cap(_fill(rng, hdr, c)), False))
    parts.append((st, False))
    # changes
    body = changes[:-1] if last_in_q else changes
    days = list(WEEKDAYS)
    di = rng.randrange(0, 3)
    i = 0
    mid_distractor_at = rng.randrange(len(body) + 1) if rng.random() < 0.3 else -1
    while i < len(body):
        if i == mid_distractor_at:
            parts.append((_fill(rng, rng.choice(DISTRACTORS), c), True))
        op, n = body[i]
        if mode == "ledger":
            line, tag, tok = change_clause(rng, c, op, n, ledger=True)
            if di < len(days) and (i == 0 or rng.random() < 0.8):
                lab = days[di]
                di += rng.randint(1, 2)
            else:
                lab = rng.choice(["Then", "Later", "Next", "Also"])
            parts.append((lab + ": " + line + ".", False))
            tags.append(tag)
            tokens.append(tok)
            i += 1
            continue
        cl, tag, tok = change_clause(rng, c, op, n)
        tags.append(tag)
        toks = [tok]
        nxt = None
        if i + 1 < len(body) and rng.random() < 0.3:
            op2, n2 = body[i + 1]
            cl2, tag2, tok2 = change_clause(rng, c, op2, n2)
            nxt = (cl2, tag2, tok2)
        pre_list = PREFIX_FUT if c.tense == "future" else PREFIX_PAST
        r = rng.random()
        if r < 0.45:
            pre = _fill(rng, rng.choice(pre_list), c)
            sent = pre + " " + cl
        elif r < 0.6:
            sent = cl + _fill(rng, rng.choice(SUFFIX_FUT if c.tense == "future" else SUFFIX_PAST), c)
        else:
            sent = cl
        if nxt:
            joiner = rng.choice([", and ", ", and then ", "; later, ", ", after which ", "; then "])
            sent = sent + joiner + nxt[0]
            tags.append(nxt[1])
            toks.append(nxt[2])
            i += 1
        parts.append((_cap(sent) + ".", False))
        for t in toks:
            tokens.append(t)
        i += 1
    if mid_distractor_at == len(body) and mode != "ledger":
        parts.append((_fill(rng, rng.choice(DISTRACTORS), c), True))
    # question
    if last_in_q:
        op, n = changes[-1]
        kr = render_num(rng, n, 0.5) if n != 12 else str(n)
        if op == "/":
            tmpl, unit, qkind = rng.choice(DIV_Q)
        else:
            tmpl, unit = rng.choice(MUL_Q)
            qkind = "unit"
        qtext = _cap(_fill(rng, tmpl, c, {"k": kr}))
        tags.append("")
        tokens.append((kr,))
    else:
        if mode == "ledger":
            qtext = rng.choice(Q_LEDGER)
        else:
            pool = QUESTIONS + (Q_FUT if c.tense == "future" else Q_PAST)
            qtext = _cap(_fill(rng, rng.choice(pool), c))
    parts.append((qtext, False))
    if mode == "email" and rng.random() < 0.5:
        parts.append((_fill(rng, rng.choice(SIGNOFFS), c), True))
    # keep it short: drop optional parts while over budget
    def text_of(ps):
        return " ".join(t for t, _ in ps)
    while len(text_of(parts).split()) > 88:
        opt = [j for j, (_, o) in enumerate(parts) if o]
        if not opt:
            return None
        del parts[opt[-1]]
    norm_tokens = []
    for t in tokens:
        norm_tokens.append(t if isinstance(t, tuple) else (t,))
    return text_of(parts), qkind, unit, tags, norm_tokens, [t for t, o in parts if o]


# ---------------------------------------------------------------------------
# Steps text
# ---------------------------------------------------------------------------
def fmt_eq(a, op, b, c, style, tight):
    sym = {"+": style[0], "-": style[1], "*": style[2], "/": style[3]}[op]
    if tight:
        return f"{a}{sym}{b}={c}"
    return f"{a} {sym} {b} = {c}"


def write_steps(rng, chain, written, final, ctx, tags, qkind, unit):
    style = rng.choice(OPS_STYLE)
    tight = rng.random() < 0.1
    steps = []
    prod = chain["prod"]
    items = ctx.items
    for i, (a, op, b, c) in enumerate(written):
        eq = fmt_eq(a, op, b, c, style, tight)
        if prod and i == 0:
            tmpl = rng.choice(STEP_PROD + STEP_GENERIC[:3])
            tag = ""
        else:
            ci = i - 1 if prod else i
            tag = tags[ci] if ci < len(tags) else ""
            true_op = chain["changes"][ci][0]
            pool = list(STEP_GENERIC)
            if true_op == "+" and tag:
                pool += STEP_ADD * 2
            elif true_op == "-" and tag:
                pool += STEP_SUB * 2
            elif true_op == "*":
                pool += STEP_MUL
            elif true_op == "/":
                pool += STEP_DIV
            if i == 0 and not prod and tag and true_op in "+-":
                pool += STEP_FIRST_EXTRA
            tmpl = rng.choice(pool)
            if last_is_q(qkind) and i == len(written) - 1:
                tmpl = rng.choice(["{eq}.", "{eq} per {unit}.", "Each {unit} gets {eq}.", "So {eq}."]
                                  if qkind == "share" else
                                  ["{eq}.", "{eq} {unit}.", "That needs {eq} {unit}.", "Total {eq}."])
        s = tmpl.format(eq=eq, items=items, tag=tag, b=b, a=a, unit=unit or "")
        steps.append(_cap(s))
    if qkind == "share":
        ftmpl = rng.choice(FINAL_SHARE)
    elif qkind == "unit":
        ftmpl = rng.choice(FINAL_UNIT)
    else:
        ftmpl = rng.choice(FINAL_STOCK)
    steps.append(_cap(ftmpl.format(ans=final, items=items, unit=unit or "")))
    return steps


def last_is_q(qkind):
    return qkind in ("share", "unit")


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------
KINDS = ["arithmetic", "operand", "operation", "answer"]


def _one(rng, idx, seed):
    if rng.random() < 0.45:
        kind, poscat = "none", None
    else:
        kind = rng.choice(KINDS)
        poscat = "final" if kind == "answer" else rng.choice(["first", "middle", "last"])
    for _attempt in range(60):
        product = rng.random() < 0.3
        n_changes = rng.randint(1, 5)
        n_eq = n_changes + (1 if product else 0)
        if poscat == "middle" and n_eq < 3:
            continue
        if poscat in ("first", "last") and n_eq < 2 and rng.random() < 0.6:
            continue
        chain = make_chain(rng, n_changes, product)
        if chain is None:
            continue
        n_eq = len(chain["changes"]) + (1 if chain["prod"] else 0)
        if poscat == "middle" and n_eq < 3:
            continue
        if kind == "none":
            pos = -1
        elif poscat == "first":
            pos = 0
        elif poscat == "last":
            pos = n_eq - 1
        elif poscat == "middle":
            pos = rng.randint(1, n_eq - 2)
        else:
            pos = n_eq
        sol = None
        for _t in range(12):
            sol = build_solution(chain, kind, pos, rng)
            if sol is not None:
                break
        if sol is None:
            continue
        written, final = sol
        mode = rng.choices(["email", "narrative", "ledger"], [0.42, 0.38, 0.2])[0]
        ctx = make_ctx(rng, mode)
        if mode != "ledger":
            ctx.tense = rng.choices(["past", "present", "future"], [0.7, 0.12, 0.18])[0]
        built = build_problem(rng, chain, mode, ctx)
        if built is None:
            continue
        problem, qkind, unit, tags, tokens, optional_parts = built
        steps = write_steps(rng, chain, written, final, ctx, tags, qkind, unit)
        label = pos if kind != "none" else -1
        rec = {
            "id": f"gt-{seed}-{idx:05d}",
            "problem": problem,
            "steps": steps,
            "label": label,
            "final_answer_correct": final == chain["values"][-1],
            "error_kind": kind,
        }
        meta = {"chain": chain, "tokens": tokens, "optional": optional_parts, "poscat": poscat,
                "mode": mode, "written": written, "final": final}
        return rec, meta
    raise RuntimeError("could not build a record")


def _generate_full(seed, count):
    rng = random.Random(seed)
    out = []
    for i in range(count):
        out.append(_one(rng, i, seed))
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
