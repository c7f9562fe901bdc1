#!/usr/bin/env python3
"""Tiny-arith PRM data generator in the register of an old-fashioned
arithmetic primer (farmers, drovers, merchants, barrels, quires, pence ...).

generate(seed, count) -> list of ProcessBench-style records.
_generate_full(seed, count) -> list of (record, meta) pairs (meta is the
internal representation used by check.py).
"""
import json
import os
import random
import re

# ===================================================================== numbers
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve "
         "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_FOLD = {2: "twofold", 3: "threefold", 4: "fourfold", 5: "fivefold", 6: "sixfold",
         7: "sevenfold", 8: "eightfold", 9: "ninefold", 10: "tenfold"}
_PART = {2: ["half"], 3: ["a third", "a third part"], 4: ["a quarter", "a fourth", "a fourth part"]}


def num_words(n):
    if n < 20:
        return _ONES[n]
    t, o = divmod(n, 10)
    return _TENS[t] + ("-" + _ONES[o] if o else "")


def render_amount(rng, n, words_p=0.16):
    """A given number as it may be written in the problem."""
    r = rng.random()
    if n == 12 and r < 0.45:
        return "a dozen"
    if n == 6 and r < 0.12:
        return "half a dozen"
    if n < 100 and rng.random() < words_p:
        return num_words(n)
    return str(n)


def render_factor(rng, k):
    if k <= 20 and rng.random() < 0.55:
        return num_words(k)
    return str(k)


def times_words(rng, k):
    if k == 2:
        return rng.choice(["twice", "twice", "two times", "2 times"])
    if k == 3:
        return rng.choice(["three times", "thrice", "3 times"])
    return "%s times" % render_factor(rng, k)


# ================================================================ conjugation
_IRR = {
    "buy": ("bought", "bought"), "sell": ("sold", "sold"), "give": ("gave", "given"),
    "get": ("got", "got"), "find": ("found", "found"), "bring": ("brought", "brought"),
    "take": ("took", "taken"), "lose": ("lost", "lost"), "eat": ("ate", "eaten"),
    "spend": ("spent", "spent"), "throw": ("threw", "thrown"), "break": ("broke", "broken"),
    "send": ("sent", "sent"), "win": ("won", "won"), "lay": ("laid", "laid"),
    "pay": ("paid", "paid"), "make": ("made", "made"), "steal": ("stole", "stolen"),
    "drive": ("drove", "driven"), "come": ("came", "come"), "go": ("went", "gone"),
    "catch": ("caught", "caught"), "lend": ("lent", "lent"), "leave": ("left", "left"),
    "put": ("put", "put"), "cut": ("cut", "cut"), "set": ("set", "set"),
    "keep": ("kept", "kept"), "have": ("had", "had"), "be": ("was", "been"),
    "weave": ("wove", "woven"), "spin": ("spun", "spun"), "grow": ("grew", "grown"),
    "fall": ("fell", "fallen"), "run": ("ran", "run"), "draw": ("drew", "drawn"),
    "hold": ("held", "held"), "deal": ("dealt", "dealt"), "feed": ("fed", "fed"),
    "dig": ("dug", "dug"), "mislay": ("mislaid", "mislaid"), "rise": ("rose", "risen"),
    "blow": ("blew", "blown"), "become": ("became", "become"), "let": ("let", "let"),
    "split": ("split", "split"), "sweep": ("swept", "swept"), "begin": ("began", "begun"),
    "ring": ("rang", "rung"), "lie": ("lay", "lain"), "think": ("thought", "thought"),
    "wear": ("wore", "worn"), "shrink": ("shrank", "shrunk"), "grind": ("ground", "ground"),
    "mow": ("mowed", "mown"), "sow": ("sowed", "sown"), "wind": ("wound", "wound"),
    "swell": ("swelled", "swollen"), "see": ("saw", "seen"), "tell": ("told", "told"),
    "shear": ("sheared", "shorn"), "seek": ("sought", "sought"), "build": ("built", "built"),
    "stand": ("stood", "stood"), "sit": ("sat", "sat"), "quit": ("quit", "quit"),
    "teach": ("taught", "taught"), "forsake": ("forsook", "forsaken"),
}
_DOUBLE = set(("drop ship stop rob trap plan pin trim tip beg chop tap wrap net knit get put "
               "cut set let win spin run begin dig sit split shop slip skip admit permit enrol "
               "travel quarrel shovel parcel level label refit swap rot gin quit "
               "step plot fit").split())


def _past(v):
    if v in _IRR:
        return _IRR[v][0]
    if v in _DOUBLE:
        return v + v[-1] + "ed"
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ied"
    return v + "ed"


def _pp(v):
    if v in _IRR:
        return _IRR[v][1]
    return _past(v)


def _s3(v):
    if v == "have":
        return "has"
    if v == "be":
        return "is"
    if v in ("do", "go"):
        return v + "es"
    if v.endswith(("s", "sh", "ch", "x", "z")):
        return v + "es"
    if v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ies"
    return v + "s"


def _ger(v):
    if v == "be":
        return "being"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith("ee"):
        return v[:-1] + "ing"
    if v in _DOUBLE:
        return v + v[-1] + "ing"
    return v + "ing"


def conj(v, mode, tense, plural, first=True):
    if mode == "fin":
        if tense == "past":
            if v == "be":
                return "were" if plural else "was"
            return _past(v)
        if tense == "pres":
            if v == "be":
                return "are" if plural else "is"
            return v if plural else _s3(v)
        return ("will " if first else "") + v
    if mode == "ger":
        return _ger(v)
    if mode == "perf":
        return ("having " if first else "") + _pp(v)
    return v


def phrase_form(ph, form, tense="past", plural=False):
    """Conjugate the first word of a verb phrase such as 'lay in' or 'be given'."""
    w = ph.split(" ", 1)
    rest = (" " + w[1]) if len(w) > 1 else ""
    v = w[0]
    if form == "ger":
        return _ger(v) + rest
    if form == "pp":
        return _pp(v) + rest
    return conj(v, "fin", tense, plural) + rest


_TOK = re.compile(r"\{(\w+)(?::([^{}]*))?\}")


def fill(tpl, env, mode="fin"):
    state = {"first": True}

    def rep(m):
        key, arg = m.group(1), m.group(2)
        if key == "V":
            out = conj(arg, mode, env["tense"], env["plural"], state["first"])
            state["first"] = False
            return out
        if key == "VS":
            return conj(arg, "fin", env["tense"], False)
        if key == "VP":
            return conj(arg, "fin", env["tense"], True)
        val = env[key]
        if callable(val):
            val = val()
        return val

    for _ in range(5):
        new = _TOK.sub(rep, tpl)
        if new == tpl:
            break
        tpl = new
    return tpl


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def lowfirst(s):
    if s.startswith(("A ", "An ", "The ", "Some ")):
        return s[:1].lower() + s[1:]
    return s


def art(w):
    return ("an " if w[:1].lower() in "aeiou" else "a ") + w


# ====================================================================== names
_MALE = """Josiah Ezra Silas Obadiah Hezekiah Ebenezer Jedediah Thaddeus Amos Enoch Elias Jethro
Caleb Eli Gideon Isaac Jacob Jonas Levi Lemuel Moses Nathaniel Reuben Rufus Seth Simeon Zebulon
Asa Abner Alonzo Ambrose Amasa Ansel Barnabas Benjamin Cyrus Darius Eben Elihu Elisha Ephraim
Erastus Ezekiel Festus Hiram Horace Ichabod Jabez Jared Jeremiah Joel Jonathan Joshua Josephus
Lorenzo Lucius Luther Malachi Micah Nahum Nehemiah Oliver Orrin Otis Peleg Phineas Reuel Rowland
Royal Samuel Seneca Solomon Stephen Sylvester Thomas Timothy Tobias Uriah Warren Wendell Zadok
Zenas Zephaniah Artemas Augustus Bartholomew Cornelius Dudley Edmund Elkanah Franklin Gilbert
Hosea Ira Jasper Lyman Marcus Newell Perley Quincy Roswell Sampson Thurston Virgil Willard
Absalom Archibald Alpheus Benoni Darby Ebenezer Gershom Hollis Jotham Lorin Moody Nathan Oramel
Philo Silvanus Tristram Welcome Zophar""".split()
_FEMALE = """Prudence Patience Temperance Charity Mercy Mehitable Abigail Hannah Ruth Naomi Lydia
Martha Deborah Keziah Jerusha Thankful Hepzibah Tabitha Dorcas Phoebe Priscilla Rebecca Sarah
Susannah Louisa Lavinia Lucretia Lucinda Harriet Hester Huldah Jemima Lois Eunice Esther Elvira
Eliza Emmeline Almira Adelaide Amelia Arabella Augusta Betsey Charlotte Clarissa Cordelia Delia
Dolly Drusilla Edna Electa Ellen Fanny Flora Frances Georgiana Hattie Henrietta Ida Isabella
Jane Julia Lettice Lizzie Lorinda Mabel Marietta Matilda Minerva Miriam Nabby Nancy Olive Orpha
Pamela Polly Rhoda Rosanna Roxana Sabina Sally Selina Sophronia Tirzah Ursula Verity Winifred
Zilpah Zerviah Bathsheba Cynthia Philena Permelia Lucy Mary Ann Effie Letitia Asenath Chloe
Desire Experience Hopestill Jerusa Lovina Mindwell Parthenia Relief Sabra Thirza""".split()
_SUR = """Ashdown Blake Brewster Crane Dunstable Fairweather Goodwin Hale Hazelton Penrose Pembroke
Thornbury Whitcombe Winslow Alden Bradford Chillingworth Coffin Dearborn Eastman Fenwick Folsom
Gage Greenleaf Hapgood Hollister Jewett Kimball Larkin Lovejoy Marston Merriweather Nutting
Osgood Peabody Pettibone Quimby Ridley Rowntree Sawtelle Shattuck Stebbins Thayer Tolman Upham
Varney Wadsworth Whitlock Woodbury Yeomans Ainsworth Barstow Chadwick Dimmock Ellery Farnsworth
Gilman Hobart Ingalls Jenness Kettering Lathrop Mayhew Norcross Oakes Pillsbury Rackliffe Sargent
Tuttle Underhill Vinton Weatherbee Yardley Ashby Bellamy Cobb Drummond Emery Frost Griswold Hatch
Ives Judkins Knowlton Lippitt Mudge Noyes Ordway Pratt Rand Snell Tibbets Welch Appleby Brigham
Colby Doane Fiske Gould Holbrook Lunt Munroe Nason Proctor Runnels Stiles Trask Wentworth
Bickford Cutts Dunham Gookin Huckins Lamprey Moulton Pickering Swasey Thurlow""".split()

# occupations by item category: (word, gender)  m / f / n
_OCC = {
    "G": [("farmer", "n"), ("miller", "m"), ("grain dealer", "m"), ("corn factor", "m"),
          ("husbandman", "m"), ("farmer's wife", "f"), ("granger", "m"), ("tenant farmer", "m")],
    "D": [("grocer", "n"), ("merchant", "m"), ("storekeeper", "n"), ("chandler", "m"),
          ("shopkeeper", "n"), ("wholesale dealer", "m"), ("ship chandler", "m"),
          ("cooper", "m"), ("provision merchant", "m"), ("coal dealer", "m"), ("housekeeper", "f")],
    "C": [("draper", "m"), ("mercer", "m"), ("tailor", "m"), ("seamstress", "f"),
          ("milliner", "f"), ("stationer", "m"), ("weaver", "n"), ("dressmaker", "f"),
          ("haberdasher", "m"), ("ropemaker", "m"), ("printer", "m"), ("clerk", "m")],
    "W": [("pedlar", "m"), ("hardware merchant", "m"), ("tinsmith", "m"), ("blacksmith", "m"),
          ("potter", "m"), ("bookseller", "m"), ("shopkeeper", "n"), ("hatter", "m"),
          ("cobbler", "m"), ("cabinet-maker", "m"), ("brickmaker", "m"), ("carpenter", "m"),
          ("toy-seller", "n"), ("wheelwright", "m"), ("schoolmaster", "m"),
          ("schoolmistress", "f"), ("postman", "m"), ("saddler", "m"), ("chandler", "m")],
    "F": [("baker", "n"), ("fruiterer", "m"), ("huckster", "n"), ("market-woman", "f"),
          ("fishmonger", "m"), ("farmer's wife", "f"), ("pastry-cook", "n"), ("grocer", "n"),
          ("dairyman", "m"), ("fisherman", "m"), ("orchard keeper", "m"), ("cook", "f"),
          ("innkeeper", "n"), ("gardener", "m")],
    "B": [("drover", "m"), ("shepherd", "m"), ("farmer", "n"), ("cattle dealer", "m"),
          ("herdsman", "m"), ("poultry-woman", "f"), ("horse dealer", "m"), ("stockman", "m"),
          ("goose-girl", "f"), ("grazier", "m"), ("dairy maid", "f")],
    "M": [("apprentice", "m"), ("newsboy", "m"), ("errand boy", "m"), ("lamplighter", "m"),
          ("clerk", "m"), ("schoolboy", "m"), ("washerwoman", "f"), ("chimney sweep", "m"),
          ("bootblack", "m"), ("milkmaid", "f"), ("cabin boy", "m"), ("seamstress", "f"),
          ("stable boy", "m"), ("ploughboy", "m"), ("servant girl", "f"), ("porter", "m"),
          ("coachman", "m"), ("toll keeper", "n")],
}
_OCC_ADJ = ["certain", "thrifty", "careful", "prudent", "industrious", "old", "young",
            "diligent", "poor", "honest", "shrewd", "frugal"]
_M_TITLES = ["Mr.", "Squire", "Deacon", "Captain", "Dr.", "Parson", "Farmer", "Elder", "Judge"]
_F_TITLES = ["Mrs.", "Miss", "Widow", "Dame", "Mistress"]

PRON = {"m": ("he", "him", "his", "himself"), "f": ("she", "her", "her", "herself"),
        "n": ("it", "it", "its", "itself"), "p": ("they", "them", "their", "themselves")}


def _plural_noun(w):
    if w.endswith("man"):
        return w[:-3] + "men"
    if w.endswith(("ss", "sh", "ch", "x")):
        return w + "es"
    if w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w == "farmer's wife":
        return "farmers' wives"
    return w + "s"


# ====================================================================== items
# profile: cat, items [(full plural, short plural)], mk (add templates),
# uv (subtract templates), ct (containers sing:plural), st (collective), store
PROFILES = {
    "grain": dict(cat="G", items=[
        ("bushels of wheat", "bushels"), ("bushels of oats", "bushels"), ("bushels of barley", "bushels"),
        ("bushels of rye", "bushels"), ("bushels of corn", "bushels"), ("bushels of buckwheat", "bushels"),
        ("bushels of clover seed", "bushels"), ("pecks of wheat", "pecks"), ("bushels of flaxseed", "bushels"),
        ("bushels of millet", "bushels")],
        mk=["{V:harvest} {NA}", "{V:reap} {NA}", "{V:thresh} {NA}", "{V:glean} {NA} in the stubble",
            "{V:raise} {NA} on {P} upland farm"],
        uv=["{V:grind} {NS} at the mill", "{V:sow} {NS} in {P} fields", "{V:feed} {NS} to {P} cattle"],
        ct=["bin:bins", "crib:cribs", "wagon:wagons", "cart:carts", "sack:sacks", "barge:barges"],
        st=["store", "stock", "supply"], store=["granary", "barn", "storehouse", "corn loft"]),
    "roots": dict(cat="G", items=[
        ("bushels of potatoes", "bushels"), ("bushels of turnips", "bushels"), ("bushels of onions", "bushels"),
        ("bushels of apples", "bushels"), ("bushels of beans", "bushels"), ("bushels of peas", "bushels"),
        ("bushels of chestnuts", "bushels"), ("pecks of cranberries", "pecks"), ("pecks of walnuts", "pecks"),
        ("quarts of berries", "quarts"), ("bushels of carrots", "bushels"), ("bushels of beets", "bushels")],
        mk=["{V:dig} {NA}", "{V:gather} {NA}", "{V:raise} {NA} in {P} garden", "{V:pick} {NA}"],
        uv=["{V:feed} {NS} to the pigs", "{V:eat} {NS} during the winter", "{V:keep} back {NS} for seed"],
        ct=["bin:bins", "cart:carts", "wagon:wagons", "barrel:barrels", "basket:baskets"],
        st=["store", "supply", "stock"], store=["cellar", "root cellar", "barn", "storehouse"]),
    "hay": dict(cat="G", items=[
        ("loads of hay", "loads"), ("tons of hay", "tons"), ("bales of hay", "bales"),
        ("bundles of straw", "bundles"), ("sheaves of wheat", "sheaves"), ("sheaves of oats", "sheaves"),
        ("loads of corn stalks", "loads")],
        mk=["{V:mow} {NA}", "{V:cut} {NA} in the lower meadow", "{V:bring} in {NA} from the meadows"],
        uv=["{V:feed} {NS} to the cattle", "{V:use} {NS} for bedding"],
        ct=["barn:barns", "loft:lofts", "rick:ricks", "wagon:wagons", "shed:sheds"],
        st=["store", "supply", "stock"], store=["barn", "hayloft", "rick yard"]),
    "fibre": dict(cat="G", items=[
        ("bales of cotton", "bales"), ("bales of wool", "bales"), ("pounds of wool", "pounds"),
        ("fleeces", "fleeces"), ("bundles of flax", "bundles"), ("pounds of hemp", "pounds")],
        mk=["{V:shear} {NA}", "{V:gather} {NA}"],
        uv=["{V:spin} {NS} into yarn", "{V:send} {NS} to the mill"],
        ct=["wagon:wagons", "loft:lofts", "shed:sheds", "cart:carts"],
        st=["store", "stock"], store=["wool loft", "warehouse", "barn"]),
    "barrel": dict(cat="D", items=[
        ("barrels of flour", "barrels"), ("barrels of pork", "barrels"), ("barrels of molasses", "barrels"),
        ("barrels of cider", "barrels"), ("barrels of salt", "barrels"), ("barrels of mackerel", "barrels"),
        ("barrels of herring", "barrels"), ("barrels of pitch", "barrels"), ("barrels of tar", "barrels"),
        ("sacks of meal", "sacks"), ("sacks of flour", "sacks"), ("hogsheads of sugar", "hogsheads"),
        ("hogsheads of tobacco", "hogsheads"), ("firkins of butter", "firkins"), ("casks of nails", "casks"),
        ("casks of vinegar", "casks"), ("kegs of lard", "kegs"), ("chests of tea", "chests"),
        ("bags of coffee", "bags"), ("barrels of beef", "barrels"), ("boxes of raisins", "boxes"),
        ("barrels of oil", "barrels")],
        mk=["{V:pack} {NA}"],
        uv=["{V:use} {NS} in the household", "{V:open} {NS} for the household"],
        ct=["wagon:wagons", "cellar:cellars", "storeroom:storerooms", "cart:carts", "shed:sheds",
            "boat:boats", "row:rows", "tier:tiers", "lighter:lighters"],
        st=["stock", "store", "supply"], store=["warehouse", "storeroom", "cellar", "store", "shop"]),
    "fuel": dict(cat="D", items=[
        ("tons of coal", "tons"), ("cords of wood", "cords"), ("loads of wood", "loads"),
        ("bushels of charcoal", "bushels"), ("loads of peat", "loads"), ("bundles of kindling", "bundles"),
        ("loads of gravel", "loads"), ("loads of stone", "loads")],
        mk=["{V:cut} {NA}", "{V:haul} {NA}"],
        uv=["{V:burn} {NS}", "{V:use} {NS} during the cold weather"],
        ct=["wagon:wagons", "cart:carts", "shed:sheds", "barge:barges", "pile:piles"],
        st=["stock", "supply", "store"], store=["yard", "woodshed", "shed", "coal yard"]),
    "pounds": dict(cat="D", items=[
        ("pounds of tea", "pounds"), ("pounds of coffee", "pounds"), ("pounds of sugar", "pounds"),
        ("pounds of butter", "pounds"), ("pounds of cheese", "pounds"), ("pounds of rice", "pounds"),
        ("pounds of raisins", "pounds"), ("pounds of nails", "pounds"), ("pounds of salt fish", "pounds"),
        ("pounds of candles", "pounds"), ("gallons of milk", "gallons"), ("gallons of oil", "gallons"),
        ("gallons of molasses", "gallons"), ("quarts of cream", "quarts"), ("pounds of lard", "pounds"),
        ("pounds of soap", "pounds"), ("pounds of honey", "pounds"), ("pounds of pepper", "pounds")],
        mk=["{V:churn} {NA}", "{V:make} {NA}", "{V:weigh} out {NA} from the new supply"],
        uv=["{V:use} {NS}", "{V:weigh} out {NS} for customers"],
        ct=["box:boxes", "chest:chests", "crock:crocks", "tub:tubs", "jar:jars", "bag:bags", "can:cans"],
        st=["stock", "supply", "store"], store=["shop", "store", "pantry", "storeroom"]),
    "cloth": dict(cat="C", items=[
        ("yards of cloth", "yards"), ("yards of calico", "yards"), ("yards of muslin", "yards"),
        ("yards of broadcloth", "yards"), ("yards of flannel", "yards"), ("yards of linen", "yards"),
        ("yards of silk", "yards"), ("yards of ribbon", "yards"), ("yards of lace", "yards"),
        ("yards of gingham", "yards"), ("yards of carpeting", "yards"), ("yards of sheeting", "yards"),
        ("yards of velvet", "yards"), ("yards of serge", "yards"), ("yards of fustian", "yards"),
        ("yards of cambric", "yards"), ("ells of linen", "ells"), ("yards of homespun", "yards"),
        ("yards of bunting", "yards"), ("yards of oilcloth", "yards"), ("yards of satin", "yards"),
        ("yards of tweed", "yards")],
        mk=["{V:weave} {NA}", "{V:bleach} {NA}"],
        uv=["{V:cut} {NS} into shirts", "{V:make} {NS} into coats", "{V:cut} off {NS} for a customer",
            "{V:measure} off {NS} for a customer"],
        ct=["bolt:bolts", "piece:pieces", "roll:rolls", "bale:bales"],
        st=["stock", "supply"], store=["shop", "warehouse", "store", "sample room"]),
    "paper": dict(cat="C", items=[
        ("quires of paper", "quires"), ("reams of paper", "reams"), ("sheets of foolscap", "sheets"),
        ("quires of writing paper", "quires"), ("sheets of blotting paper", "sheets"),
        ("quires of letter paper", "quires"), ("sheets of brown paper", "sheets"),
        ("rolls of wallpaper", "rolls"), ("sheets of music", "sheets")],
        mk=["{V:print} {NA}"],
        uv=["{V:use} {NS}", "{V:write} upon {NS}", "{V:cut} up {NS} for copybooks"],
        ct=["ream:reams", "bundle:bundles", "package:packages", "box:boxes", "parcel:parcels"],
        st=["stock", "supply"], store=["shop", "stationery shop", "desk", "storeroom"]),
    "thread": dict(cat="C", items=[
        ("skeins of yarn", "skeins"), ("skeins of silk", "skeins"), ("balls of twine", "balls"),
        ("spools of thread", "spools"), ("hanks of wool", "hanks"), ("feet of rope", "feet"),
        ("feet of lumber", "feet"), ("rods of fencing", "rods"), ("fathoms of cable", "fathoms"),
        ("skeins of worsted", "skeins"), ("balls of yarn", "balls"), ("yards of wire", "yards")],
        mk=["{V:spin} {NA}", "{V:wind} {NA}"],
        uv=["{V:use} {NS}", "{V:use} up {NS} in {P} work"],
        ct=["basket:baskets", "box:boxes", "drawer:drawers", "bundle:bundles", "coil:coils", "pile:piles"],
        st=["stock", "supply"], store=["shop", "workroom", "store", "loft"]),
    "goods": dict(cat="W", items=[
        ("slates", "slates"), ("slate pencils", "pencils"), ("copybooks", "copybooks"), ("primers", "primers"),
        ("spelling books", "books"), ("hymn books", "books"), ("almanacs", "almanacs"), ("readers", "readers"),
        ("penknives", "penknives"), ("buttons", "buttons"), ("brass buttons", "buttons"), ("needles", "needles"),
        ("pins", "pins"), ("thimbles", "thimbles"), ("tin cups", "cups"), ("tin pails", "pails"),
        ("milk pans", "pans"), ("kettles", "kettles"), ("spoons", "spoons"), ("candlesticks", "candlesticks"),
        ("brooms", "brooms"), ("chairs", "chairs"), ("stools", "stools"), ("baskets", "baskets"),
        ("tubs", "tubs"), ("churns", "churns"), ("letters", "letters"), ("parcels", "parcels"),
        ("newspapers", "newspapers"), ("quill pens", "pens"), ("inkstands", "inkstands"),
        ("sleigh bells", "bells"), ("bridles", "bridles"), ("saddles", "saddles"), ("ox yokes", "yokes"),
        ("wash-boards", "wash-boards"), ("clothes-pins", "clothes-pins"), ("bars of soap", "bars"),
        ("cakes of soap", "cakes"), ("lanterns", "lanterns"), ("wooden bowls", "bowls"),
        ("button hooks", "hooks"), ("maps", "maps"), ("tickets", "tickets"), ("handbills", "handbills")],
        mk=["{V:make} {NA}"],
        uv=["{V:use} {NS}", "{V:give} out {NS} to the scholars"],
        ct=["box:boxes", "crate:crates", "chest:chests", "case:cases", "hamper:hampers", "trunk:trunks",
            "shelf:shelves", "drawer:drawers", "parcel:parcels", "bundle:bundles", "row:rows", "stack:stacks"],
        st=["stock", "store", "supply"], store=["shop", "store", "warehouse", "stall", "booth"]),
    "fragile": dict(cat="W", items=[
        ("teacups", "teacups"), ("saucers", "saucers"), ("plates", "plates"), ("bottles", "bottles"),
        ("jugs", "jugs"), ("crocks", "crocks"), ("panes of glass", "panes"), ("lamps", "lamps"),
        ("lamp chimneys", "chimneys"), ("flower pots", "pots"), ("clay pipes", "pipes"),
        ("glass tumblers", "tumblers"), ("earthen jars", "jars"), ("mugs", "mugs"), ("platters", "platters"),
        ("vials", "vials"), ("china dishes", "dishes")],
        mk=["{V:make} {NA}", "{V:fire} {NA} in the kiln"],
        uv=["{V:break} {NS}", "{V:crack} {NS}", "{V:break} {NS} in the carting"],
        ct=["crate:crates", "box:boxes", "hamper:hampers", "case:cases", "shelf:shelves", "tray:trays"],
        st=["stock", "store"], store=["shop", "crockery shop", "store", "cupboard"]),
    "clothes": dict(cat="W", items=[
        ("handkerchiefs", "handkerchiefs"), ("bonnets", "bonnets"), ("caps", "caps"), ("hats", "hats"),
        ("pairs of boots", "pairs"), ("pairs of shoes", "pairs"), ("pairs of gloves", "pairs"),
        ("pairs of mittens", "pairs"), ("pairs of stockings", "pairs"), ("coats", "coats"),
        ("waistcoats", "waistcoats"), ("shirts", "shirts"), ("aprons", "aprons"), ("shawls", "shawls"),
        ("quilts", "quilts"), ("blankets", "blankets"), ("collars", "collars"), ("frocks", "frocks"),
        ("cloaks", "cloaks"), ("neckcloths", "neckcloths"), ("pairs of trousers", "pairs")],
        mk=["{V:sew} {NA}", "{V:knit} {NA}", "{V:stitch} {NA}", "{V:make} {NA}"],
        uv=["{V:wear} out {NS}", "{V:give} {NS} to the poor of the parish"],
        ct=["box:boxes", "trunk:trunks", "chest:chests", "bundle:bundles", "drawer:drawers", "shelf:shelves"],
        st=["stock", "supply"], store=["shop", "store", "wardrobe", "chest"]),
    "tools": dict(cat="W", items=[
        ("rakes", "rakes"), ("hoes", "hoes"), ("scythes", "scythes"), ("axes", "axes"),
        ("shovels", "shovels"), ("pitchforks", "pitchforks"), ("horseshoes", "horseshoes"),
        ("ox chains", "chains"), ("hinges", "hinges"), ("wagon wheels", "wheels"), ("spokes", "spokes"),
        ("axe handles", "handles"), ("hoops", "hoops"), ("ploughshares", "ploughshares"),
        ("sickles", "sickles"), ("flails", "flails"), ("hammers", "hammers"), ("augers", "augers")],
        mk=["{V:forge} {NA}", "{V:make} {NA}", "{V:turn} out {NA}"],
        uv=["{V:wear} out {NS}", "{V:use} {NS} in {P} work", "{V:break} {NS}"],
        ct=["box:boxes", "crate:crates", "rack:racks", "bundle:bundles", "cart:carts", "row:rows"],
        st=["stock", "store"], store=["shop", "smithy", "tool house", "store"]),
    "building": dict(cat="W", items=[
        ("bricks", "bricks"), ("shingles", "shingles"), ("fence rails", "rails"), ("planks", "planks"),
        ("boards", "boards"), ("tiles", "tiles"), ("flagstones", "flagstones"), ("fence posts", "posts"),
        ("clapboards", "clapboards"), ("laths", "laths"), ("beams", "beams"), ("paving stones", "stones")],
        mk=["{V:make} {NA}", "{V:split} {NA}", "{V:saw} {NA}", "{V:burn} {NA} in the kiln"],
        uv=["{V:use} {NS} in building a shed", "{V:lay} {NS}", "{V:use} {NS} in mending the barn"],
        ct=["wagon:wagons", "cart:carts", "pile:piles", "stack:stacks", "row:rows", "load:loads"],
        st=["stock", "supply", "pile"], store=["yard", "shed", "brickyard", "lumber yard"]),
    "candles": dict(cat="W", items=[
        ("candles", "candles"), ("tallow candles", "candles"), ("wax candles", "candles"),
        ("rushlights", "rushlights"), ("wicks", "wicks"), ("matches", "matches"),
        ("lamp wicks", "wicks"), ("tapers", "tapers")],
        mk=["{V:dip} {NA}", "{V:mould} {NA}", "{V:make} {NA}"],
        uv=["{V:burn} {NS}", "{V:use} {NS} during the long evenings"],
        ct=["box:boxes", "bundle:bundles", "packet:packets", "drawer:drawers", "crate:crates"],
        st=["stock", "supply"], store=["shop", "storeroom", "cupboard", "chandlery"]),
    "toys": dict(cat="W", items=[
        ("marbles", "marbles"), ("tops", "tops"), ("kites", "kites"), ("dolls", "dolls"),
        ("tin soldiers", "soldiers"), ("hoops", "hoops"), ("jackstraws", "jackstraws"),
        ("wooden horses", "horses"), ("picture cards", "cards"), ("whistles", "whistles")],
        mk=["{V:make} {NA}", "{V:whittle} {NA}", "{V:win} {NA} at play"],
        uv=["{V:lose} {NS} at play", "{V:give} {NS} to {P} playmates"],
        ct=["box:boxes", "bag:bags", "drawer:drawers", "basket:baskets", "shelf:shelves"],
        st=["stock", "store", "collection"], store=["toy box", "shop", "cupboard", "stall"]),
    "fruit": dict(cat="F", items=[
        ("apples", "apples"), ("pears", "pears"), ("peaches", "peaches"), ("plums", "plums"),
        ("oranges", "oranges"), ("lemons", "lemons"), ("melons", "melons"), ("watermelons", "melons"),
        ("figs", "figs"), ("quinces", "quinces"), ("cherries", "cherries"), ("apricots", "apricots"),
        ("pippins", "pippins"), ("russets", "russets")],
        mk=["{V:pick} {NA}", "{V:gather} {NA} from {P} orchard", "{V:shake} down {NA}"],
        uv=["{V:eat} {NS}", "{V:make} {NS} into preserves", "{V:throw} away {NS} as rotten"],
        ct=["basket:baskets", "hamper:hampers", "crate:crates", "box:boxes", "barrel:barrels", "tray:trays"],
        st=["store", "supply", "stock"], store=["cellar", "stall", "shop", "fruit loft"]),
    "eggs": dict(cat="F", items=[
        ("eggs", "eggs"), ("goose eggs", "eggs"), ("duck eggs", "eggs"), ("turkey eggs", "eggs")],
        mk=["{V:gather} {NA} from the hen-house", "{V:collect} {NA} from the nests"],
        uv=["{V:use} {NS} in baking", "{V:break} {NS}", "{V:eat} {NS}"],
        ct=["basket:baskets", "crate:crates", "box:boxes", "tray:trays", "pail:pails"],
        st=["store", "supply"], store=["pantry", "dairy", "larder", "stall"]),
    "baked": dict(cat="F", items=[
        ("loaves of bread", "loaves"), ("buns", "buns"), ("cakes", "cakes"), ("pies", "pies"),
        ("tarts", "tarts"), ("biscuits", "biscuits"), ("crackers", "crackers"), ("seed cakes", "cakes"),
        ("muffins", "muffins"), ("rolls", "rolls"), ("gingerbread cakes", "cakes"), ("crullers", "crullers"),
        ("mince pies", "pies"), ("rusks", "rusks"), ("cookies", "cookies")],
        mk=["{V:bake} {NA}", "{V:take} {NA} from the oven"],
        uv=["{V:eat} {NS}", "{V:give} {NS} to the hungry", "{V:pack} {NS} in the children's dinner pails"],
        ct=["basket:baskets", "tray:trays", "pan:pans", "box:boxes", "hamper:hampers", "shelf:shelves"],
        st=["store", "supply", "stock"], store=["bakehouse", "shop", "pantry", "stall"]),
    "fish": dict(cat="F", items=[
        ("herring", "herring"), ("mackerel", "mackerel"), ("codfish", "codfish"), ("trout", "trout"),
        ("oysters", "oysters"), ("clams", "clams"), ("lobsters", "lobsters"), ("shad", "shad"),
        ("haddock", "haddock"), ("eels", "eels"), ("smelts", "smelts")],
        mk=["{V:catch} {NA}", "{V:take} {NA} in {P} nets", "{V:dig} {NA} on the flats"],
        uv=["{V:eat} {NS}", "{V:salt} down {NS}", "{V:smoke} {NS}"],
        ct=["basket:baskets", "barrel:barrels", "tub:tubs", "crate:crates", "box:boxes"],
        st=["catch", "store", "supply"], store=["boat", "stall", "fish house", "shop"]),
    "veg": dict(cat="F", items=[
        ("pumpkins", "pumpkins"), ("squashes", "squashes"), ("cabbages", "cabbages"),
        ("heads of lettuce", "heads"), ("ears of corn", "ears"), ("turnips", "turnips"),
        ("cucumbers", "cucumbers"), ("marrows", "marrows"), ("bunches of radishes", "bunches"),
        ("bunches of carrots", "bunches"), ("heads of celery", "heads"), ("cheeses", "cheeses"),
        ("hams", "hams"), ("sausages", "sausages"), ("sticks of candy", "sticks"),
        ("sugar plums", "sugar plums"), ("walnuts", "walnuts"), ("chestnuts", "chestnuts")],
        mk=["{V:raise} {NA}", "{V:gather} {NA}", "{V:bring} in {NA} from the garden"],
        uv=["{V:eat} {NS}", "{V:feed} {NS} to the pigs", "{V:use} {NS} in the kitchen"],
        ct=["basket:baskets", "cart:carts", "barrel:barrels", "box:boxes", "crate:crates", "row:rows"],
        st=["store", "supply", "stock"], store=["cellar", "stall", "larder", "shop"]),
    "sheep": dict(cat="B", items=[
        ("sheep", "sheep"), ("lambs", "lambs"), ("ewes", "ewes"), ("rams", "rams"), ("goats", "goats"),
        ("wethers", "wethers")],
        mk=["{V:breed} {NA}", "{V:rear} {NA}", "{V:round} up {NA} from the hills"],
        uv=["{V:kill} {NS} for the winter's meat", "{V:send} {NS} to the butcher"],
        ct=["fold:folds", "pen:pens", "field:fields", "pasture:pastures", "flock:flocks"],
        st=["flock"], store=["fold", "pasture", "pens", "fields"]),
    "cattle": dict(cat="B", items=[
        ("oxen", "oxen"), ("cows", "cows"), ("calves", "calves"), ("heifers", "heifers"),
        ("steers", "steers"), ("bullocks", "bullocks"), ("yearlings", "yearlings")],
        mk=["{V:breed} {NA}", "{V:rear} {NA}", "{V:drive} in {NA} from the common"],
        uv=["{V:send} {NS} to the butcher", "{V:sell} {NS} to a drover"],
        ct=["pen:pens", "stall:stalls", "yard:yards", "field:fields", "pasture:pastures"],
        st=["herd"], store=["pasture", "barnyard", "fields", "stalls"]),
    "horses": dict(cat="B", items=[
        ("horses", "horses"), ("colts", "colts"), ("mares", "mares"), ("mules", "mules"),
        ("ponies", "ponies"), ("asses", "asses")],
        mk=["{V:breed} {NA}", "{V:break} in {NA}", "{V:rear} {NA}"],
        uv=["{V:hire} out {NS} to the stage company", "{V:sell} {NS} to the army"],
        ct=["stable:stables", "stall:stalls", "field:fields", "paddock:paddocks"],
        st=["herd", "stud"], store=["stables", "paddock", "pasture"]),
    "swine": dict(cat="B", items=[
        ("pigs", "pigs"), ("hogs", "hogs"), ("swine", "swine"), ("shoats", "shoats")],
        mk=["{V:breed} {NA}", "{V:rear} {NA}", "{V:raise} {NA}"],
        uv=["{V:kill} {NS} for the winter's meat", "{V:send} {NS} to the butcher"],
        ct=["pen:pens", "sty:sties", "yard:yards", "lot:lots"],
        st=["herd", "drove"], store=["pens", "sty", "yard"]),
    "fowl": dict(cat="B", items=[
        ("geese", "geese"), ("ducks", "ducks"), ("hens", "hens"), ("chickens", "chickens"),
        ("turkeys", "turkeys"), ("pigeons", "pigeons"), ("rabbits", "rabbits"), ("pullets", "pullets"),
        ("guinea fowl", "guinea fowl"), ("bantams", "bantams"), ("doves", "doves")],
        mk=["{V:hatch} {NA}", "{V:rear} {NA}", "{V:raise} {NA}"],
        uv=["{V:kill} {NS} for the table", "{V:send} {NS} to the poulterer"],
        ct=["coop:coops", "pen:pens", "run:runs", "yard:yards", "hutch:hutches"],
        st=["flock"], store=["poultry yard", "coops", "barnyard"]),
    "money": dict(cat="M", items=[
        ("pence", "pence"), ("cents", "cents"), ("dollars", "dollars"), ("shillings", "shillings"),
        ("farthings", "farthings"), ("dimes", "dimes"), ("pennies", "pennies"), ("guineas", "guineas"),
        ("crowns", "crowns"), ("florins", "florins"), ("half-dimes", "half-dimes"), ("sixpences", "sixpences")],
        mk=["{V:earn} {NA}", "{V:earn} {NA} by running errands", "{V:make} {NA} by selling papers"],
        uv=["{V:spend} {NS}", "{V:spend} {NS} on {EXP}"],
        ct=["purse:purses", "bag:bags", "box:boxes", "jar:jars", "pile:piles", "stack:stacks",
            "packet:packets", "stocking:stockings", "row:rows"],
        st=["hoard", "fund", "purse", "store of money"],
        store=["purse", "money-box", "pocket", "strong box", "till"]),
}

_ITEM_LIST = []
for _pk, _pv in PROFILES.items():
    for _full, _short in _pv["items"]:
        _ITEM_LIST.append((_pk, _full, _short))

# ----------------------------------------------------------- folk and places
PLACES = [
    # intro, refs, type, items, containers, loc list, prep
    ("A stage coach", ["the coach", "the stage"], "V", ["passengers", "travellers"],
     ["bench:benches", "seat row:seat rows"], ["in the coach", "aboard"], "in"),
    ("An omnibus", ["the omnibus"], "V", ["passengers"], ["bench:benches"], ["in the omnibus", "aboard"], "in"),
    ("A ferry-boat", ["the ferry", "the boat"], "V", ["passengers", "travellers", "market-folk"],
     ["bench:benches", "deck:decks"], ["aboard", "on the ferry"], "on board"),
    ("A canal boat", ["the boat"], "V", ["passengers", "emigrants"], ["cabin:cabins"], ["aboard", "on the boat"], "on"),
    ("A packet ship", ["the ship", "the packet"], "V", ["passengers", "emigrants"],
     ["cabin:cabins", "berth deck:berth decks"], ["aboard", "on board"], "aboard"),
    ("A river steamer", ["the steamer"], "V", ["passengers", "travellers"], ["cabin:cabins", "deck:decks"],
     ["aboard", "on the steamer"], "aboard"),
    ("A railway train", ["the train"], "V", ["passengers", "travellers"], ["carriage:carriages", "car:cars"],
     ["in the train", "aboard"], "in"),
    ("A village school", ["the school"], "H", ["scholars", "pupils"],
     ["class:classes", "form:forms", "bench:benches", "row:rows"], ["in the school", "at the school"], "in"),
    ("An academy", ["the academy"], "H", ["scholars", "pupils", "boarders"],
     ["class:classes", "form:forms", "room:rooms"], ["at the academy", "in the academy"], "at"),
    ("A Sunday school", ["the Sunday school"], "H", ["scholars", "children"], ["class:classes", "pew:pews"],
     ["in the Sunday school", "at the Sunday school"], "in"),
    ("A country inn", ["the inn"], "H", ["guests", "travellers", "lodgers"], ["room:rooms", "table:tables"],
     ["at the inn", "in the house"], "at"),
    ("A boarding house", ["the boarding house", "the house"], "H", ["boarders", "lodgers"],
     ["room:rooms", "floor:floors"], ["in the house", "at the boarding house"], "in"),
    ("A lecture hall", ["the hall"], "H", ["listeners", "spectators"], ["row:rows", "bench:benches"],
     ["in the hall", "present"], "in"),
    ("An orphan asylum", ["the asylum"], "H", ["orphans", "children"], ["ward:wards", "dormitory:dormitories"],
     ["in the asylum", "under its roof"], "in"),
    ("A hospital", ["the hospital"], "H", ["patients"], ["ward:wards"], ["in the hospital", "in the wards"], "in"),
    ("A singing school", ["the singing school"], "H", ["scholars", "singers"], ["row:rows", "bench:benches"],
     ["in the singing school", "present"], "in"),
    ("A regiment", ["the regiment"], "K", ["soldiers", "recruits"], ["company:companies", "troop:troops"],
     ["in the regiment", "under arms"], "in"),
    ("A fort", ["the fort", "the garrison"], "K", ["soldiers"], ["company:companies", "barrack-room:barrack-rooms"],
     ["in the fort", "at the fort"], "in"),
    ("A cotton mill", ["the mill"], "K", ["hands", "workmen", "weavers", "apprentices"],
     ["room:rooms", "floor:floors"], ["at the mill", "in the mill"], "at"),
    ("A coal mine", ["the mine"], "K", ["miners", "workmen"], ["gang:gangs", "shift:shifts"],
     ["at the mine", "below ground"], "at"),
    ("A whaling ship", ["the ship", "the whaler"], "K", ["sailors", "seamen"], ["watch:watches", "boat:boats"],
     ["aboard", "on board"], "aboard"),
    ("A counting-house", ["the counting-house"], "K", ["clerks"], ["room:rooms", "desk row:desk rows"],
     ["in the counting-house", "at their desks"], "in"),
    ("A shipyard", ["the yard", "the shipyard"], "K", ["workmen", "carpenters", "labourers"], ["gang:gangs"],
     ["in the yard", "at work"], "in"),
    ("A harvest field", ["the field"], "K", ["reapers", "haymakers", "gleaners"], ["row:rows", "gang:gangs"],
     ["in the field", "at work"], "in"),
    ("A brickyard", ["the brickyard"], "K", ["labourers", "brickmakers"], ["gang:gangs", "shed:sheds"],
     ["in the brickyard", "at work"], "in"),
]

# ============================================================ shared fillers
AGENTS = ["a neighbour", "{P} uncle", "{P} brother", "{P} aunt", "the squire", "a kind gentleman",
          "a passing pedlar", "the parson", "an old friend", "{P} landlord", "a stranger",
          "a dealer from the city", "{P} partner", "the storekeeper", "a traveller", "{P} grandfather",
          "{P} godmother", "the schoolmaster", "a sea captain", "the miller", "a generous widow",
          "{P} employer", "a cousin of {P}", "the deacon", "a farmer of the next parish"]
BUYERS = ["a miller", "a baker", "a merchant of the town", "a customer", "the innkeeper", "a dealer",
          "a neighbouring farmer", "a pedlar", "a gentleman from the city", "the storekeeper",
          "a sea captain", "the squire", "a carter", "a shopkeeper", "an agent from the city",
          "a countryman", "a huckster", "the keeper of the tavern", "a Boston merchant"]
RELS = ["uncle", "aunt", "grandfather", "grandmother", "godfather", "godmother", "cousin",
        "elder brother", "married sister", "old master"]
THINGS = ["a new coat", "a pair of boots", "a spelling book", "a Sunday hat",
          "a barrel of flour", "a new plough", "a load of firewood", "a bolt of calico",
          "a clock", "a saddle", "a horse", "a cow", "a second-hand wagon", "a bible",
          "a shawl", "a set of tools", "a sack of seed corn", "a stove", "an old cart", "a fowling piece"]
EXPENSES = THINGS + ["the rent", "schooling", "medicine", "taxes", "{P} lodging", "a doctor's bill",
                     "coal for the winter", "postage"]
HEIRS = [("sons", "son"), ("daughters", "daughter"), ("children", "child"), ("nephews", "nephew"),
         ("partners", "partner"), ("heirs", "heir"), ("grandsons", "grandson"),
         ("poor families", "poor family"), ("neighbours", "neighbour"), ("customers", "customer"),
         ("apprentices", "apprentice"), ("shopmen", "shopman"), ("friends", "friend"),
         ("brothers", "brother"), ("sisters", "sister"), ("cousins", "cousin"), ("tenants", "tenant"),
         ("farm hands", "farm hand"), ("widows of the parish", "widow")]
WHEN = ["On Monday", "On market day", "In the morning", "The next day", "Afterwards", "Later in the week",
        "In the spring", "At the fair", "By noon", "Before night", "On the following Saturday",
        "Toward evening", "During the winter", "At Michaelmas", "At Candlemas", "On quarter day",
        "Soon after", "A little later", "Presently", "Thereupon", "Some time after",
        "In the course of the summer", "At the end of the month",
        "The week following", "In the autumn", "At Christmas", "On the way home", "Shortly afterwards",
        "At harvest time", "On Saturday evening", "Early the next morning"]
WHEN_T = ["on Tuesday", "at the fair", "in the afternoon", "the same day", "later", "the next week",
          "at the market", "before supper", "on the following day", "at Whitsuntide", "in the evening",
          "that same week", "at the county fair", "by the end of the week", "a few days later"]

DISTRACT = [
    "The roads {VP:be} heavy with mud that spring.",
    "It {VS:be} market day in the town.",
    "The weather {VS:be} fair and mild.",
    "{S} {V:be} known in the village for {P} honesty.",
    "A cold wind {VS:blow} from the north.",
    "{S} {V:keep} a careful account of everything in a little book.",
    "The harvest {VS:be} plentiful that year.",
    "Snow {VS:lie} deep upon the hills.",
    "The church bell {VS:ring} for evening service.",
    "The lamplighter {VS:go} his rounds at dusk.",
    "Prices {VP:be} high in the city that season.",
    "The river {VS:be} frozen over.",
    "{S} {V:rise} early, as {VS:be} {P} custom.",
    "Nobody in the village {VS:keep} better accounts.",
    "The road to the market town {VS:be} long and dusty.",
    "It {VS:be} a busy week at the wharf.",
    "The schoolmaster {VS:set} this sum upon the slate.",
    "The journey {VS:be} slow and tiresome.",
    "Trade {VS:be} brisk at the crossroads.",
    "The sun {VS:be} setting behind the mill.",
    "{P} neighbours {VP:think} {O} a shrewd dealer.",
    "Rain {VS:fall} all through the night.",
    "The old mill wheel {VS:turn} slowly in the stream.",
    "{S} {V:be} careful never to run into debt.",
    "It {VS:be} a hard winter in that part of the country.",
    "The stage {VS:be} late that evening.",
    "{S} {V:whistle} a tune at {P} work.",
    "Everybody in the parish {VS:know} {O}.",
]


# ============================================================= change entries
# each entry: (kind, tags, template, gist, extra)
#   kind 'p' = predicate of the actor, 'c' = full clause with its own subject
#   tags: letters of item categories (G D C W F B M) or place types (V H K)
#   extra: k (factor must equal), kh (factor in 2..4 via 'half'/'a third'..), each (question key)
def _E(kind, tags, tpl, gist=None, **kw):
    return (kind, tags, tpl, gist, kw)


ALLG = "GDCWFBM"
ADD = [
    _E("p", "GDCWFB", "{V:buy} {NA}", "buy"),
    _E("p", "GDCWFB", "{V:purchase} {NA} at the fair", "purchase"),
    _E("p", "GDCWFBM", "{V:receive} {NA} from {AG}", "receive"),
    _E("p", "GDCWFBM", "{V:be} given {NA} by {AG}", "be given"),
    _E("p", "GDCWFBM", "{V:get} {NA} from {AG}", "get"),
    _E("p", "GDF", "{V:lay} in {NA}", "lay in"),
    _E("p", "GDCWFM", "{V:take} in {NA}", "take in"),
    _E("p", "GDCWF", "{V:procure} {NA} from the city", "procure"),
    _E("p", "GDCWFB", "{V:obtain} {NA} at an auction", "obtain"),
    _E("p", "GWFM", "{V:collect} {NA}", "collect"),
    _E("p", "GDWFB", "{V:bring} home {NA}", "bring home"),
    _E("p", "WFBM", "{V:find} {N} more {IS}", "find"),
    _E("p", "WFM", "{V:come} by {NA}", "come by"),
    _E("p", "GDCWB", "{V:acquire} {NA}", "acquire"),
    _E("p", "GDCWFB", "{V:add} {NA} to {P} {ST}", "add"),
    _E("p", "GDCWF", "{V:have} {NA} sent to {O} from the city", "receive"),
    _E("p", "DCW", "{V:pick} up {NA} cheaply at a sale", "pick up"),
    _E("p", "WFBM", "{V:win} {NA} as a prize", "win"),
    _E("p", "M", "{V:be} paid {NA} for {P} work", "be paid"),
    _E("p", "M", "{V:save} {N} more {IS}", "save"),
    _E("p", "GDCWBM", "{V:be} left {NA} by {P} late uncle", "inherit"),
    _E("p", "WBM", "{V:inherit} {NA}", "inherit"),
    _E("p", "GDCWFM", "{V:borrow} {NA} from {AG}", "borrow"),
    _E("p", "GDCWFBM", "{V:take} {NA} in payment of a debt", "take"),
    _E("p", "GDWB", "{V:get} {NA} in exchange for {THING}", "get"),
    _E("p", "M", "{V:lay} by {NA}", "lay by"),
    _E("p", "M", "{V:put} by {N} more {IS}", "put by"),
    _E("p", "M", "{V:receive} {NA} as wages", "receive"),
    _E("p", "M", "{V:take} in {NA} at {P} stall", "take in"),
    _E("p", "GDCWF", "{V:be} sent {NA} from the city", "be sent"),
    _E("p", "DCW", "{V:order} {NA} from the city", "order"),
    _E("p", "GD", "{V:fetch} {NA} from the mill", "fetch"),
    _E("p", "BM", "{V:gain} {NA}", "gain"),
    _E("p", "GDCW", "{V:secure} {NA} at a bargain", "secure"),
    _E("p", "WFM", "{V:be} presented with {NA}", "be presented with"),
    _E("p", "GDCWB", "{V:buy} up {NA}", "buy up"),
    _E("p", "WFM", "{V:pick} up {NA} in the street", "pick up"),
    _E("p", ALLG, "{V:come} into possession of {NA}", "come into possession of"),
    _E("p", "GDCWB", "{V:bargain} for {NA}", "bargain for"),
    _E("p", "GDCWFB", "{V:trade} {THING} for {NA}", "trade for"),
    _E("p", "B", "{V:round} up {N} stray {IS}", "round up"),
    _E("p", "M", "{V:be} allowed {NA} by {P} master", "be allowed"),
    _E("p", "M", "{V:scrape} together {NA}", "scrape together"),
    _E("p", "DC", "{V:import} {NA} from abroad", "import"),
    _E("p", "WM", "{V:lay} {P} hands on {NA}", "lay hands on"),
    _E("p", "GDCWF", "{V:lay} up {NA} in {P} {STORE}", "lay up"),
    _E("p", "GDCWFB", "{V:pay} for {NA}", "pay for"),
    _E("p", "GDCWF", "{V:stock} {P} {STORE} with {NA}", "stock up with"),
    _E("p", "MK", "{MK}", "make"),      # per-profile making verbs (marker)
    _E("c", ALLG, "{AG} {VS:give} {O} {NA}", "receive"),
    _E("c", "GDCWF", "{AG} {VS:send} {O} {NA}", "receive"),
    _E("c", "GDCWFB", "{AG} {VS:bring} {O} {NA}", "receive"),
    _E("c", "GDCWFB", "{N} more {IS} {VP:be} added to {P} {ST}", "add"),
    _E("c", ALLG, "{P} {ST} {VS:be} increased by {N} {IS}", "add"),
    _E("c", "GDCWF", "{N} more {IS} {VP:arrive} by wagon", "receive"),
    _E("c", ALLG, "{P} {REL} {VS:make} {O} a present of {N} {IS}", "receive"),
    _E("c", "B", "{N} stray {IS} {VP:wander} into {P} {STORE}", "gain"),
    _E("c", "B", "{N} young {IS} {VP:be} added to the {ST} in the spring", "gain"),
    _E("c", "G", "the late harvest {VS:yield} {O} {N} {IS} more", "harvest"),
    _E("c", "M", "{AG} {VS:pay} {O} {N} {IS}", "be paid"),
    _E("c", "M", "{AG} {VS:repay} {O} {N} {IS}", "be repaid"),
    _E("c", ALLG, "there {VP:come} in {N} more {IS}", "take in"),
    _E("c", ALLG, "{N} {IS} {VP:be} handed over to {O}", "receive"),
    _E("c", "GDCWFB", "{AG} {VS:lend} {O} {N} {IS}", "borrow"),
    _E("c", ALLG, "{N} {IS} {VP:fall} to {O} by inheritance", "inherit"),
    _E("c", ALLG, "{P} {REL} {VS:add} {N} {IS} to {P} {STORE}", "receive"),
    _E("c", "WFM", "{P} {REL} {VS:slip} {N} {IS} into {P} hand", "receive"),
    # folk
    _E("p", "V", "{V:take} up {N} more {IS} at the crossroads", "take up"),
    _E("p", "VK", "{V:take} on {N} more {IS}", "take on"),
    _E("p", "HK", "{V:admit} {N} new {IS}", "admit"),
    _E("p", "VHK", "{V:receive} {N} more {IS}", "receive"),
    _E("p", "HK", "{V:gain} {N} {IS}", "gain"),
    _E("p", "K", "{V:hire} {N} more {IS}", "hire"),
    _E("p", "K", "{V:engage} {N} new {IS}", "engage"),
    _E("p", "H", "{V:welcome} {N} new {IS}", "welcome"),
    _E("p", "V", "{V:pick} up {N} {IS} on the way", "pick up"),
    _E("p", "H", "{V:enrol} {N} new {IS}", "enrol"),
    _E("c", "V", "{N} more {IS} {VP:get} on", "take up"),
    _E("c", "V", "{N} {IS} {VP:come} aboard", "take on"),
    _E("c", "V", "{N} {IS} {VP:climb} in at the inn", "take up"),
    _E("c", "VHK", "{N} new {IS} {VP:arrive}", "gain"),
    _E("c", "VHK", "{N} more {IS} {VP:join} the rest", "gain"),
    _E("c", "HK", "{N} {IS} {VP:be} admitted", "admit"),
    _E("c", "H", "{N} {IS} {VP:come} in late", "gain"),
    _E("c", "VH", "{N} more {IS} {VP:crowd} in", "gain"),
    _E("c", "K", "{N} {IS} {VP:be} taken on", "take on"),
    _E("c", "K", "{N} {IS} {VP:sign} on", "take on"),
    _E("c", "H", "{N} {IS} {VP:be} enrolled", "enrol"),
    _E("c", "VH", "{N} {IS} {VP:take} their places", "gain"),
    _E("c", "K", "{N} {IS} {VP:be} sent to {O} from the next county", "receive"),
]

SUB = [
    _E("p", "GDCWFB", "{V:sell} {NS} to {BUYER}", "sell"),
    _E("p", "GDCWFB", "{V:sell} {NS} at the market", "sell"),
    _E("p", "GDCWFBM", "{V:give} away {NS}", "give away"),
    _E("p", "GDCWFBM", "{V:give} {NS} to {AG}", "give"),
    _E("p", "GDWFBM", "{V:lose} {NS} on the road", "lose"),
    _E("p", "M", "{V:spend} {N} {IS} on {EXP}", "spend"),
    _E("p", "M", "{V:pay} out {N} {IS} for {EXP}", "pay out"),
    _E("p", "GDCWF", "{V:donate} {NS} to the poor", "donate"),
    _E("p", "GDCWF", "{V:ship} {NS} to the city", "ship"),
    _E("p", "GDWFB", "{V:send} {NS} to market", "send"),
    _E("p", "WF", "{V:drop} {NS} in the mud", "drop"),
    _E("p", "GDF", "{V:throw} out {NS} as spoiled", "throw out"),
    _E("p", "B", "{V:let} {NS} go for a fair price", "let go"),
    _E("p", "B", "{V:drive} {NS} to market and {V:sell} them there", "sell"),
    _E("p", ALLG, "{V:part} with {NS}", "part with"),
    _E("p", ALLG, "{V:dispose} of {NS}", "dispose of"),
    _E("p", "GDCWBM", "{V:lend} {NS} to {AG}", "lend"),
    _E("p", "GDCWBM", "{V:pay} {NS} to {AG} in settlement of a debt", "pay"),
    _E("p", "GDCWF", "{V:deliver} {NS} to {BUYER}", "deliver"),
    _E("p", "GDWFB", "{V:trade} {NS} for {THING}", "trade"),
    _E("p", "GDCWFB", "{V:barter} away {NS}", "barter away"),
    _E("p", "GDCWFB", "{V:spare} {NS} for {AG}", "spare"),
    _E("p", "GDCWB", "{V:sell} off {NS} at auction", "sell off"),
    _E("p", "WM", "{V:mislay} {NS}", "mislay"),
    _E("p", "GDCF", "{V:waste} {NS}", "waste"),
    _E("p", "WC", "{V:return} {NS} to the maker", "return"),
    _E("p", "GDCWF", "{V:distribute} {NS} among the poor", "distribute"),
    _E("p", "GDCWFB", "{V:hand} over {NS} to {AG}", "hand over"),
    _E("p", "WFM", "{V:contribute} {NS} to the church fair", "contribute"),
    _E("p", "GDWF", "{V:pack} off {NS} to the city", "pack off"),
    _E("p", "M", "{V:lay} out {N} {IS} on {EXP}", "lay out"),
    _E("p", "M", "{V:put} {N} {IS} into the poor box", "put"),
    _E("p", "M", "{V:pay} {N} {IS} for {EXP}", "pay"),
    _E("p", "M", "{V:forfeit} {N} {IS} as a fine", "forfeit"),
    _E("p", "GDB", "{V:give} up {NS} in payment of rent", "give up"),
    _E("p", ALLG, "{V:bestow} {NS} upon {AG}", "bestow"),
    _E("p", "GDCWF", "{V:dispatch} {NS} by the stage", "dispatch"),
    _E("p", "GDCWFB", "{V:exchange} {NS} for {THING}", "exchange"),
    _E("p", "GDCWFB", "{V:make} over {NS} to {P} eldest son", "make over"),
    _E("p", "M", "{V:squander} {N} {IS} at the fair", "squander"),
    _E("p", "B", "{V:sell} {NS} to the butcher", "sell"),
    _E("p", "GDCWF", "{V:load} {NS} upon a vessel bound for the city", "load"),
    _E("p", "M", "{V:treat} {P} friends, which {VS:cost} {O} {N} {IS}", "spend"),
    _E("p", "UV", "{UV}", "use"),       # per-profile using verbs (marker)
    _E("c", "GDWFB", "{NSC} {VP:be} lost in the river", "lose"),
    _E("c", "GDCWFBM", "{N} {IS} {VP:be} stolen in the night", "lose"),
    _E("c", "GDF", "rats {VP:spoil} {N} of {T}", "lose"),
    _E("c", "GDCF", "{N} of {T} {VP:spoil} in the damp", "lose"),
    _E("c", "GF", "the frost {VS:ruin} {N} of {T}", "lose"),
    _E("c", "B", "wolves {VP:carry} off {N} of {T}", "lose"),
    _E("c", "B", "{N} of {T} {VP:die} in the hard winter", "lose"),
    _E("c", "B", "{N} of {T} {VP:stray} away and {VP:be} never found", "lose"),
    _E("c", "GDCWFB", "{AG} {VS:buy} {N} of {T}", "sell"),
    _E("c", "GDCWFB", "{AG} {VS:borrow} {N} of {T}", "lend"),
    _E("c", "GDCW", "a fire {VS:destroy} {N} {IS}", "lose"),
    _E("c", "C", "moths {VP:ruin} {N} {IS}", "lose"),
    _E("c", "GDCWF", "{N} {IS} {VP:be} found damaged and thrown away", "throw away"),
    _E("c", "GDM", "{N} {IS} {VP:go} to pay the rent", "pay"),
    _E("c", "M", "the tax collector {VS:take} {N} {IS}", "pay"),
    _E("c", "GDCWFB", "{N} {IS} {VP:be} sold at the fair", "sell"),
    _E("c", "F", "the children {VP:eat} {N} of {T}", "lose"),
    _E("c", "W", "{N} of {T} {VP:be} broken in the carting", "lose"),
    _E("c", "M", "a hole in {P} pocket {VS:cost} {O} {N} {IS}", "lose"),
    _E("c", "GDW", "{N} {IS} {VP:be} washed overboard in a gale", "lose"),
    _E("c", "GB", "the flood {VS:sweep} away {N} of {T}", "lose"),
    _E("c", ALLG, "{N} of {T} {VP:be} seized for debt", "lose"),
    _E("c", "GDB", "{N} {IS} {VP:be} taken by the landlord for rent", "pay"),
    _E("c", ALLG, "{N} {IS} {VP:go} to the poor of the parish", "give"),
    _E("c", "F", "{N} of {T} {VP:go} bad in the warm weather", "lose"),
    # folk
    _E("p", "V", "{V:set} down {N} {IS} at the inn", "set down"),
    _E("p", "VHK", "{V:lose} {N} {IS}", "lose"),
    _E("p", "K", "{V:discharge} {N} {IS}", "discharge"),
    _E("p", "HK", "{V:dismiss} {N} {IS}", "dismiss"),
    _E("p", "HK", "{V:send} home {N} {IS}", "send home"),
    _E("p", "V", "{V:put} ashore {N} {IS}", "put ashore"),
    _E("p", "H", "{V:turn} away {N} {IS}", "turn away"),
    _E("p", "K", "{V:release} {N} {IS}", "release"),
    _E("c", "V", "{N} {IS} {VP:get} off", "set down"),
    _E("c", "V", "{N} {IS} {VP:alight} at the inn", "set down"),
    _E("c", "V", "{N} {IS} {VP:go} ashore", "put ashore"),
    _E("c", "VHK", "{N} {IS} {VP:leave}", "lose"),
    _E("c", "VHK", "{N} {IS} {VP:depart}", "lose"),
    _E("c", "HK", "{N} {IS} {VP:go} home", "send home"),
    _E("c", "K", "{N} {IS} {VP:be} discharged", "discharge"),
    _E("c", "H", "{N} {IS} {VP:take} their leave", "lose"),
    _E("c", "HK", "{N} {IS} {VP:fall} ill and {VP:go} away", "lose"),
    _E("c", "K", "{N} {IS} {VP:desert}", "lose"),
    _E("c", "HK", "{N} {IS} {VP:be} sent away", "send away"),
    _E("c", "V", "{N} {IS} {VP:step} down at the crossroads", "set down"),
    _E("c", "H", "{N} {IS} {VP:walk} out", "lose"),
]

MUL = [
    _E("p", ALLG, "{V:double} {P} {ST}", k=2),
    _E("p", ALLG, "{V:treble} {P} {ST}", k=3),
    _E("p", ALLG, "{V:triple} {P} {ST}", k=3),
    _E("p", ALLG, "{V:quadruple} {P} {ST}", k=4),
    _E("p", ALLG, "{V:come} to have {KX} as many {IS} as before"),
    _E("p", ALLG, "{V:find} {R} with {KX} as many {IS} as at the outset"),
    _E("p", ALLG, "{V:increase} {P} {ST} {KF}", kf=1),
    _E("p", ALLG, "{V:multiply} {P} {ST} by {K}"),
    _E("p", ALLG, "{V:make} {P} {ST} {KX} as large"),
    _E("p", ALLG, "{V:raise} {P} {ST} to {KX} its former size"),
    _E("p", ALLG, "{V:end} the season with {KX} as many {IS} as before"),
    _E("p", ALLG, "{V:contrive} to have {KX} as many {IS} as before"),
    _E("p", ALLG, "{V:build} up {P} {ST} to {KX} its size"),
    _E("p", ALLG, "{V:enlarge} {P} {ST} {KF}", kf=1),
    _E("p", "M", "{V:turn} {P} money into {KX} as much by trading"),
    _E("p", ALLG, "{V:see} {P} {ST} grow {KF}", kf=1),
    _E("p", ALLG, "by careful dealing {V:make} {P} {ST} {K} times larger"),
    _E("p", ALLG, "{V:bring} {P} {ST} up to {KX} what it had been"),
    _E("c", ALLG, "{P} {ST} {VS:be} doubled", k=2),
    _E("c", ALLG, "{P} {ST} {VS:be} trebled", k=3),
    _E("c", ALLG, "{P} {ST} {VS:be} tripled", k=3),
    _E("c", ALLG, "{P} {ST} {VS:double} itself", k=2),
    _E("c", ALLG, "{P} {ST} {VS:grow} to {KX} its former size"),
    _E("c", ALLG, "{P} {ST} {VS:increase} {KF}", kf=1),
    _E("c", ALLG, "the number of {P} {IS} {VS:become} {KX} as great"),
    _E("c", ALLG, "the number {VS:be} made {K} times larger"),
    _E("c", ALLG, "{P} {ST} {VS:multiply} {KF}", kf=1),
    _E("c", ALLG, "within the year {P} {ST} {VS:be} {KX} as large as before"),
    _E("c", ALLG, "the {IS} {VP:be} multiplied by {K}"),
    _E("c", ALLG, "{P} {ST}, by good fortune, {VS:become} {KX} as large"),
    _E("c", "B", "the {ST}, by natural increase, {VS:grow} {KF}", kf=1),
    _E("c", "M", "a lucky venture {VS:double} {P} money", k=2),
    _E("c", ALLG, "there {VP:be} soon {KX} as many {IS} as before"),
    _E("c", ALLG, "{P} {ST} {VS:swell} to {KX} its size"),
    _E("c", ALLG, "fortune {VS:favour} {O}, and {P} {ST} {VS:be} made {KX} as great"),
    _E("c", ALLG, "{P} {ST} {VS:come} to be {KX} as large"),
    _E("c", "GF", "the good season {VS:make} {P} {ST} {KF}", kf=1),
    # folk
    _E("c", "VHK", "the number of {IS} {VS:be} doubled", k=2),
    _E("c", "VHK", "the number of {IS} {VS:grow} {KF}", kf=1),
    _E("c", "HK", "the company of {IS} {VS:become} {KX} as large"),
    _E("p", "VHK", "{V:come} to have {KX} as many {IS}"),
    _E("c", "VHK", "the {IS} {VP:be} soon {KX} as many as before"),
    _E("c", "VHK", "the number of {IS} {VS:be} multiplied by {K}"),
    _E("c", "HK", "the number of {IS} {VS:be} trebled", k=3),
]

DIV = [
    _E("p", ALLG, "{V:divide} {T} equally among {K} {HEIRS}, and {V:keep} one share for {R}"),
    _E("p", ALLG, "{V:split} {T} into {K} equal lots and {V:keep} only one"),
    _E("p", ALLG, "{V:share} {T} equally among {K} {HEIRS}, keeping one share {R}"),
    _E("p", "GDCWFM", "{V:pack} {T} equally into {K} {CT} and {V:keep} but one {CTS}"),
    _E("p", ALLG, "{V:sell} all but {KH} of {T}", kh=1),
    _E("p", ALLG, "{V:lose} half of {T}", k=2),
    _E("p", ALLG, "{V:give} away half of {T}", k=2),
    _E("p", ALLG, "{V:keep} only {KH} of {T} and {V:sell} the rest", kh=1),
    _E("p", "C", "{V:cut} {T} into {K} equal parts and {V:keep} one part"),
    _E("p", ALLG, "{V:divide} {P} {ST} into {K} equal parts and {V:keep} one of them"),
    _E("p", ALLG, "{V:part} with all but {KH} of {T}", kh=1),
    _E("p", ALLG, "{V:halve} {P} {ST}", k=2),
    _E("p", ALLG, "{V:retain} only {KH} of {P} {ST}", kh=1),
    _E("p", ALLG, "{V:set} aside {KH} of {T} for {R} and {V:give} away the rest", kh=1),
    _E("c", ALLG, "only {KH} of {T} {VP:remain}", kh=1),
    _E("c", ALLG, "{P} {ST} {VS:be} halved", k=2),
    _E("c", ALLG, "{P} {ST} {VS:be} cut in half", k=2),
    _E("c", ALLG, "{P} {ST} {VS:be} divided equally among {K} {HEIRS}, of whom {S} {V:be} one"),
    _E("c", ALLG, "the {IS} {VP:be} parted into {K} equal lots, and one lot {VS:fall} to {O}"),
    _E("c", "GB", "a flood {VS:carry} away all but {KH} of {T}", kh=1),
    _E("c", ALLG, "{KH} of {T} {VS:be} all that {VS:remain}", kh=1),
    _E("c", ALLG, "{P} {ST} {VS:shrink} to {KH} of its size", kh=1),
    _E("c", ALLG, "{AG} {VS:take} all but {KH} of {T}", kh=1),
    _E("c", ALLG, "the {IS} {VP:be} shared equally among {K} {HEIRS}, and {S} {V:keep} one share"),
    # 'each' forms: the question asks for one share (only as the last change)
    _E("p", ALLG, "{V:divide} {T} equally among {K} {HEIRS}", each="heir"),
    _E("p", ALLG, "{V:share} {T} equally among {K} {HEIRS}", each="heir"),
    _E("p", ALLG, "{V:distribute} {T} equally among {K} {HEIRS}", each="heir"),
    _E("c", ALLG, "the {IS} {VP:be} then divided equally among {K} {HEIRS}", each="heir"),
    _E("p", "GDCWFM", "{V:pack} {T} equally into {K} {CT}", each="ct"),
    _E("p", ALLG, "{V:deal} {T} out equally to {K} {HEIRS}", each="heir"),
    _E("p", ALLG, "{V:parcel} {T} out in equal portions among {K} {HEIRS}", each="heir"),
    _E("p", ALLG, "{V:give} {T} in equal shares to {K} {HEIRS}", each="heir"),
    _E("p", "GDCWFM", "{V:put} {T} equally into {K} {CT}", each="ct"),
    _E("p", ALLG, "{V:apportion} {T} equally among {K} {HEIRS}", each="heir"),
    # folk
    _E("c", "VHK", "the {IS} {VP:be} divided into {K} equal parties, and only one party {VS:remain}"),
    _E("c", "VHK", "half of the {IS} {VP:go} away", k=2),
    _E("c", "VHK", "only {KH} of the {IS} {VP:stay} behind", kh=1),
    _E("p", "VHK", "{V:send} away all but {KH} of the {IS}", kh=1),
    _E("c", "HK", "the {IS} {VP:be} parted into {K} equal gangs, of which only one {VS:remain}"),
    _E("c", "VHK", "the {IS} {VP:be} divided equally among {K} {CT}", each="ct"),
]

ENTRIES = {"+": ADD, "-": SUB, "*": MUL, "/": DIV}

# ================================================================ openings
OPEN_S = [  # single starting quantity; {NI0} = "360 bushels of wheat"
    "{INTRO} {V:have} {NI0}.",
    "{INTRO} {V:have} {NI0} in {P} {STORE}.",
    "{INTRO} {V:own} {NI0}.",
    "{INTRO} {V:possess} {NI0}.",
    "{INTRO} {V:keep} {NI0} in {P} {STORE}.",
    "{INTRO} {V:begin} the week with {NI0}.",
    "{INTRO} {V:have} on hand {NI0}.",
    "There {VP:be} {NI0} in the {STORE} of {INTROP}.",
    "{INTRO} {V:be} possessed of {NI0}.",
    "{INTRO} {V:count} {NI0} in {P} {STORE}.",
    "At the beginning of the season {INTROL} {V:have} {NI0}.",
    "{INTRO} {V:start} the year with {NI0}.",
    "{NI0C} {VP:belong} to {INTROP}.",
    "{INTRO} {V:have} a stock of {NI0}.",
    "{INTRO} {V:come} home from the fair with {NI0}.",
    "In {P} {STORE}, {INTROL} {V:have} {NI0}.",
    "{INTRO} {V:have} by {O} {NI0}.",
    "{INTRO} {V:find} that {S} {V:have} {NI0}.",
]
OPEN_S_CAT = {
    "GDWFB": ["{INTRO} {V:set} out for market with {NI0}."],
    "GDF": ["{INTRO} {V:lay} up {NI0} against the winter."],
    "M": ["{INTRO} {V:have} {NI0} saved in {P} {STORE}.", "{INTRO} {V:carry} {NI0} in {P} {STORE}."],
    "B": ["{INTRO} {V:graze} {NI0} on the common.", "{INTRO} {V:drive} {NI0} along the turnpike."],
}
OPEN_P = [  # place actor
    "{INTRO} {V:have} {N0} {IS}.",
    "There {VP:be} {N0} {IS} {PREP} {INTROL}.",
    "{N0C} {IS} {VP:be} {PREP} {INTROL}.",
    "{INTRO} {V:number} {N0} {IS}.",
    "{INTRO} {V:count} {N0} {IS}.",
    "{INTRO} {V:hold} {N0} {IS}.",
]
OPEN_P_CAT = {
    "V": ["{INTRO} {V:leave} the town with {N0} {IS} aboard.", "{INTRO} {V:set} out with {N0} {IS}.",
          "{INTRO} {V:carry} {N0} {IS}."],
    "K": ["{INTRO} {V:employ} {N0} {IS}."],
    "H": ["{INTRO} {V:receive} {N0} {IS} at the start of the term."],
}
# product starts: (order, template)  order 'nm' = containers first
OPEN_X = [
    ("nm", "{INTRO} {V:have} {XN} {CT} of {I}, {XM} in each."),
    ("nm", "{INTRO} {V:have} {XN} {CT} of {I}, with {XM} {IS} in every {CTS}."),
    ("nm", "{INTRO} {V:buy} {XN} {CT}, each containing {XM} {I}."),
    ("nm", "{INTRO} {V:have} {XN} {CT} holding {XM} {I} apiece."),
    ("nm", "{INTRO} {V:fill} {XN} {CT} with {XM} {I} in each."),
    ("nm", "{INTRO} {V:store} {P} {I} in {XN} {CT} of {XM} each."),
    ("nm", "{INTRO} {V:own} {XN} {CT} of {I}, {XM} to the {CTS}."),
    ("nm", "{INTRO} {V:keep} {XN} {CT}, and each {VS:hold} {XM} {I}."),
    ("mn", "{INTRO} {V:have} {XM} {I} in each of {XN} {CT}."),
    ("mn", "There {VP:be} {XM} {I} in each of the {XN} {CT} of {INTROP}."),
    ("mn", "{INTRO} {V:put} {XM} {I} into each of {XN} {CT}."),
    ("mn", "{INTRO} {V:pack} {XM} {I} into every {CTS}, and {V:fill} {XN} {CT}."),
]
OPEN_XP = [
    ("nm", "{INTRO} {V:have} {XN} {CT} of {XM} {IS} each."),
    ("nm", "{INTRO} {V:have} {XN} {CT}, with {XM} {IS} in every {CTS}."),
    ("mn", "{INTRO} {V:have} {XM} {IS} in each of its {XN} {CT}."),
    ("nm", "There {VP:be} {XN} {CT} {PREP} {INTROL}, with {XM} {IS} in each."),
    ("mn", "There {VP:be} {XM} {IS} in each of the {XN} {CT} {PREP} {INTROL}."),
]

# ================================================================ questions
Q_GEN = [
    "How many {IS} {HAVEINV} then?",
    "How many {IS} {HAVEINV} at last?",
    "How many {IS} {DOQ} then have?",
    "How many {IS} {VP:remain}?",
    "How many {IS} {VP:be} then left?",
    "How many {IS} {VP:be} left to {O}?",
    "Find the number of {IS} {S} {V:have} at the last.",
    "Required, the number of {IS} {S} {V:have} at the end.",
    "What number of {I} {VS:remain} in {P} possession?",
    "How many {IS} {DOQ} at length possess?",
    "How many {I} {HAVEINV} in all?",
    "What {VS:be} the number of {P} {IS} at the close?",
    "Tell how many {IS} {S} {V:have} then.",
    "How many {IS} {DOQ} {NOW} own?",
    "How many {IS} {VP:be} in {P} {STORE} at the end?",
    "How large {VS:be} {P} {ST} then?",
    "How many {HAVEINV} remaining?",
    "What {VS:be} the whole number of {IS} at the end?",
    "Find how many {IS} {S} {V:have} after all this.",
    "How many {I} {DOQ} {NOW} possess?",
    "How many {IS} {VP:be} there in {P} {STORE} at the last?",
    "What {VS:be} the number of {IS} then in {P} keeping?",
    "Required, the {IS} remaining.",
    "How many {IS} {BEQ} then master of?",
]
Q_PLACE = [
    "How many {IS} {VP:be} {LOC} at the end?",
    "How many {IS} {VP:remain} {LOC}?",
    "How many {IS} {HAVEINV} then?",
    "What {VS:be} the number of {IS} {LOC} at last?",
    "Find the number of {IS} {LOC} at the close of the day.",
    "How many {IS} {VP:be} then {LOC}?",
    "Required, the number of {IS} {LOC} at the end.",
    "How many {IS} {DOQ} then have?",
]
Q_EACH = {
    "heir": ["How many {IS} {DOQX} each {HEIR} receive?", "What {VS:be} each {HEIR}'s share?",
             "How many {IS} {VS:fall} to each {HEIR}?", "How many {VP:go} to each?",
             "Find the share of each {HEIR}.", "How many {IS} {VS:go} into each share?",
             "How many {IS} {VS:be} given to each {HEIR}?"],
    "ct": ["How many {IS} {VP:be} put in each {CTS}?", "How many {IS} {DOQX} each {CTS} hold?",
           "How many {IS} {VP:be} in each {CTS}?", "Find the number of {IS} in each {CTS}."],
}

# ================================================================ solution steps
# style tags: f = formal primer, t = terse, p = plain
STEP_ADD = [
    ("f", "Having {GP} {b}, {PR} {HAD} {E} {IS}."),
    ("f", "After {GG} {b}, {PR} {HAD} {E} {IS}."),
    ("f", "To {a} {IS} add {b}; thus {E}."),
    ("f", "Adding the {b} {IS}, we have {E}."),
    ("f", "{PRc} thereupon {HAD} {E} {IS}."),
    ("f", "The {IS} then {NUMBER} {E}."),
    ("f", "With the {b} added, the whole is {E}."),
    ("f", "{a} {IS} and {b} {IS} together make {E} {IS}."),
    ("f", "Add {b}: {E} {IS}."),
    ("f", "By the addition of {b}, the {ST} became {E}."),
    ("f", "The gain being {b}, we have {E} {IS}."),
    ("t", "{E}"), ("t", "{E}."), ("t", "{E} {IS}."), ("t", "Then {E}."), ("t", "Next, {E}."),
    ("t", "Sum: {E}."),
    ("p", "{PRc} {GF} {b}, so {PR} {HAD} {E}."),
    ("p", "{PRc} {GF} {b}, so now {PR} {HAD} {E} {IS}."),
    ("p", "After that {PR} {HAD} {E} {IS}."),
    ("p", "That makes {E} {IS}."),
    ("p", "So {E} {IS} in total."),
    ("p", "Adding {b} gives {E}."),
]
STEP_SUB = [
    ("f", "Having {GP} {b}, there {REMAIN} {E} {IS}."),
    ("f", "From {a} take {b}, and there remain {E}."),
    ("f", "Deducting the {b} {IS}, the remainder is {E}."),
    ("f", "{PRc} {HAD} then {E} {IS} remaining."),
    ("f", "Taking away {b}, {E} {IS} {ARE} left."),
    ("f", "The remainder, after {GG} {b}, is {E} {IS}."),
    ("f", "Whereof {b} being gone, there {REMAIN} {E}."),
    ("f", "Subtracting {b}, we find {E} {IS} remaining."),
    ("f", "{b} {IS} taken from {a} leave {E}."),
    ("t", "{E}"), ("t", "{E}."), ("t", "{E} {IS}."), ("t", "Then {E}."), ("t", "Remainder: {E}."),
    ("p", "{PRc} {GF} {b}, so {PR} {HAD} {E} {IS} left."),
    ("p", "That leaves {E} {IS}."),
    ("p", "Now {PR} {HAD} {E} {IS}."),
    ("p", "Subtract the {b}: {E}."),
    ("p", "After {GG} {b}, {E} {IS} are left."),
    ("p", "Take away {b}: {E}."),
]
STEP_MUL = [
    ("f", "Being made {KXB} as many, they {NUMBER} {E}."),
    ("f", "{a} taken {KXB} makes {E}."),
    ("f", "The {ST} became {E} {IS}."),
    ("f", "Multiplying by {b}, we find {E} {IS}."),
    ("f", "{PRc} then {HAD} {KXB} as many, that is, {E} {IS}."),
    ("f", "{KXBC} {a} {IS} are {E} {IS}."),
    ("f", "The {ST} being made {KXB} as great, we have {E}."),
    ("t", "{E}"), ("t", "{E}."), ("t", "{E} {IS}."), ("t", "Then {E}."), ("t", "Product: {E}."),
    ("p", "Multiply by {b}: {E}."),
    ("p", "{KXBC} as many makes {E} {IS}."),
    ("p", "So {PR} {HAD} {E} {IS} after that."),
    ("p", "That gives {E} {IS}."),
]
STEP_DIV = [
    ("f", "Dividing {a} by {b}, each share is {E} {IS}."),
    ("f", "Each of the {b} equal parts is {E} {IS}."),
    ("f", "{PRc} {KEEPF} {E} {IS}."),
    ("f", "The share retained was {E} {IS}."),
    ("f", "One part of {b} equal parts is {E}."),
    ("f", "{a} divided into {b} equal parts gives {E}."),
    ("f", "{PARTWC} of {a} is {E}."),
    ("t", "{E}"), ("t", "{E}."), ("t", "{E} {IS}."), ("t", "Then {E}."), ("t", "Quotient: {E}."),
    ("p", "Divide by {b}: {E}."),
    ("p", "So each part has {E} {IS}."),
    ("p", "That leaves {E} {IS}."),
    ("p", "Splitting into {b} parts: {E}."),
]
STEP_PROD = [
    ("f", "{PRc} {HAD} at first {E} {IS}."),
    ("f", "The {CT} contained in all {E} {IS}."),
    ("f", "At the outset there {WERE} {E} {IS}."),
    ("f", "The whole number at first was {E}."),
    ("f", "In all the {CT} together there were {E} {IS}."),
    ("t", "{E}"), ("t", "{E}."), ("t", "{E} {IS} at first."), ("t", "Total: {E}."),
    ("p", "Start: {E} {IS}."),
    ("p", "First find the total: {E}."),
    ("p", "{PRc} starts with {E} {IS}."),
    ("p", "So there are {E} {IS} to begin with."),
]
STEPS = {"+": STEP_ADD, "-": STEP_SUB, "*": STEP_MUL, "/": STEP_DIV}
GENERIC_OP_STEP = {  # used when an operation slip is written with the slip's own words
    "+": ["Adding {b}: {E}.", "{E}.", "Add {b}: {E} {IS}."],
    "-": ["Taking away {b}: {E}.", "{E}.", "Subtract {b}: {E}."],
    "*": ["Multiplying by {b}: {E}.", "{E}.", "Multiply by {b}: {E}."],
    "/": ["Dividing by {b}: {E}.", "{E}.", "Divide by {b}: {E}."],
}
FINAL = [
    ("f", "Therefore {PR} {HAD} {F} {IS}. Ans."),
    ("f", "Ans. {F} {IS}."),
    ("f", "Hence {PR} {HAD} {F} {IS} at the last."),
    ("f", "{F} {IS}. Ans."),
    ("f", "Wherefore the number required is {F}."),
    ("f", "The number sought is therefore {F}."),
    ("f", "Ans. {F}."),
    ("f", "{PRc} {HAD} then {F} {IS}."),
    ("f", "It follows that {PR} {HAD} {F} {IS}."),
    ("f", "The required number is {F}. Ans."),
    ("f", "Therefore the answer is {F} {IS}."),
    ("t", "#### {F}"), ("t", "Answer: {F}"), ("t", "Answer: {F} {IS}."), ("t", "Result: {F} {IS}."),
    ("t", "{F} is the answer."), ("t", "Final answer: {F}"), ("t", "#### {F}"),
    ("p", "The answer is {F}."), ("p", "So {PR} {HAD} {F} {IS}."), ("p", "Thus the answer is {F} {IS}."),
    ("p", "So the answer is {F}."), ("p", "In the end there {WERE} {F} {IS}."),
    ("p", "{PRc} {HAD} {F} {IS} in the end."),
]
FINAL_EACH = {
    "heir": ["Each {HEIR} {GOT} {F} {IS}. Ans.", "Each share {WAS} {F} {IS}.", "{F} {IS} to each {HEIR}.",
             "#### {F}", "Answer: {F}", "Ans. {F} {IS} apiece.", "So each {HEIR} {GOT} {F}."],
    "ct": ["Each {CTS} {HELD} {F} {IS}. Ans.", "{F} {IS} in each {CTS}.", "#### {F}", "Answer: {F}",
           "The answer is {F} {IS} in every {CTS}."],
}

SYMS = [
    {"+": "+", "-": "-", "*": "*", "/": "/"},
    {"+": "+", "-": "−", "*": "×", "/": "÷"},
    {"+": "+", "-": "-", "*": "×", "/": "÷"},
    {"+": "+", "-": "−", "*": "*", "/": "/"},
]


# ===================================================================== helpers
def apply_op(a, op, b):
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


def _swap_digits(n, rng):
    s = str(n)
    idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
    if not idx:
        return None
    i = rng.choice(idx)
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if t[0] == "0" and len(t) > 1:
        return None
    return int(t)


def _digit_change(n, rng):
    s = str(n)
    i = rng.randrange(len(s))
    d = int(s[i])
    nd = d + rng.choice([-1, 1])
    if nd < 0 or nd > 9 or (i == 0 and nd == 0 and len(s) > 1):
        return None
    return int(s[:i] + str(nd) + s[i + 1:])


def _no_carry_sum(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        x = int(sa[i]) if i < len(sa) else 0
        y = int(sb[i]) if i < len(sb) else 0
        out.append(str((x + y) % 10))
    return int("".join(reversed(out)))


def _no_borrow_diff(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        x = int(sa[i])
        y = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(x - y)))
    return int("".join(reversed(out)))


def arith_slips(a, op, b, c, rng):
    cands = []
    for d in (1, -1, 1, -1, 10, -10):
        cands.append(c + d)
    if c >= 100:
        cands += [c + 100, c - 100]
    for _ in range(2):
        x = _swap_digits(c, rng)
        if x is not None:
            cands.append(x)
        x = _digit_change(c, rng)
        if x is not None:
            cands.append(x)
    if op == "+":
        x = _no_carry_sum(a, b)
        cands += [x, x]
    elif op == "-":
        x = _no_borrow_diff(a, b)
        cands += [x, x]
    elif op == "*":
        cands += [c + a, c - a, c + b, c - b]
    else:
        cands += [c + 1, c - 1, c + 2]
    return [x for x in cands if x != c and 0 <= x <= 9999]


def number_slips(n, rng):
    """Ways a number can be misread or miscopied."""
    cands = [n + 1, n - 1, n + 10, n - 10]
    x = _swap_digits(n, rng)
    if x is not None:
        cands += [x, x]
    x = _digit_change(n, rng)
    if x is not None:
        cands.append(x)
    return [x for x in cands if x != n and x >= 0]


# =================================================================== generator
class _Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.seed = seed
        self.cur_plural = False

    # ---------------------------------------------------------- actor + item
    def pick_actor(self, cat):
        rng = self.rng
        if rng.random() < 0.09:
            occ = rng.choice(_OCC[cat])[0]
            sur = rng.choice(_SUR)
            occs = _plural_noun(occ)
            opts = [
                ("A company of " + occs, ["the " + occs]),
                ("A party of " + occs, ["the " + occs]),
                ("The %s brothers" % sur, ["the brothers"]),
                ("Messrs. %s and %s" % (sur, rng.choice(_SUR)), ["the partners"]),
                ("The Misses " + sur, ["the sisters"]),
                ("Some " + occs, ["the " + occs]),
            ]
            intro, refs = rng.choice(opts)
            return dict(intro=intro, introp=intro, refs=refs, g="p", kind="group")
        g = "m" if rng.random() < 0.58 else "f"
        occs = [o for o, og in _OCC[cat] if og in (g, "n")]
        occ = rng.choice(occs) if occs else None
        given = rng.choice(_MALE if g == "m" else _FEMALE)
        sur = rng.choice(_SUR)
        r = rng.random()
        if occ and r < 0.26:
            adj = rng.choice(_OCC_ADJ) + " " if rng.random() < 0.4 else ""
            intro = cap(art(adj + occ))
            return dict(intro=intro, introp=intro, refs=["the " + occ], g=g, kind="occ")
        if r < 0.46:
            name = given + " " + sur
            refs = [given] + (["Mr. " + sur] if g == "m" else [])
            return dict(intro=name, introp=name, refs=refs, g=g, kind="name")
        if occ and r < 0.66:
            name = given + " " + sur
            return dict(intro="%s, %s," % (name, art(occ)), introp=name, refs=[given, "the " + occ],
                        g=g, kind="appos")
        if r < 0.86:
            title = rng.choice(_M_TITLES if g == "m" else _F_TITLES)
            if title == "Farmer" and cat not in "GB":
                title = "Mr."
            name = title + " " + sur
            refs = [name]
            if title in ("Widow", "Squire", "Deacon", "Captain", "Parson", "Judge"):
                refs.append("the " + title.lower())
            return dict(intro=name, introp=name, refs=refs, g=g, kind="title")
        young = rng.choice(["lad", "boy", "youth"] if g == "m" else ["girl", "lass", "young woman"])
        forms = [cap("%s named %s" % (art(young), given)), "Little %s %s" % (given, sur),
                 ("Master " if g == "m" else "Miss ") + given + " " + sur]
        intro = cap(rng.choice(forms))
        return dict(intro=intro, introp=intro, refs=[given], g=g, kind="young")

    # ------------------------------------------------------------- numbers
    def make_chain(self, n_changes, product, need_each_ok=True):
        rng = self.rng
        if product:
            for _ in range(50):
                x = rng.choice([rng.randint(2, 12), rng.randint(2, 30), rng.randint(10, 60)])
                y = rng.choice([rng.randint(2, 12), rng.randint(10, 60), rng.randint(12, 150)])
                if rng.random() < 0.3:
                    y = rng.choice([12, 20, 24, 25, 30, 36, 40, 48, 50, 60, 100, 144])
                if x * y <= 4000 and x * y >= 12:
                    break
            start = x * y
            factors = (x, y)
        else:
            r = rng.random()
            if r < 0.25:
                start = rng.randint(12, 99)
            elif r < 0.85:
                start = rng.randint(100, 999)
            elif r < 0.93:
                start = rng.choice([120, 144, 180, 240, 360, 480, 600, 720, 840, 960])
            elif r < 0.97:
                start = 1000
            else:
                start = rng.randint(2, 11) * rng.choice([12, 24, 36, 60])
            factors = None
        cur = start
        changes = []
        for i in range(n_changes):
            w = {"+": 0.31, "-": 0.33, "*": 0.15, "/": 0.21}
            allowed = {}
            if cur <= 9990:
                allowed["+"] = 1
            if cur >= 4:
                allowed["-"] = 1
            ks = [k for k in range(2, 11) if cur * k <= 9999]
            if ks and cur >= 2:
                allowed["*"] = ks
            ds = [d for d in list(range(2, 13)) + [15, 20, 25] if cur % d == 0 and cur // d >= 2]
            if ds:
                allowed["/"] = ds
            ops = [o for o in w if o in allowed]
            op = rng.choices(ops, [w[o] for o in ops])[0]
            if op == "+":
                hi = min(999, 9999 - cur, max(15, cur))
                b = rng.randint(2, max(2, hi))
                if rng.random() < 0.5 and hi > 30:
                    b = rng.randint(2, max(2, min(hi, cur // 2 + 10)))
            elif op == "-":
                hi = min(999, cur - 1)
                b = rng.randint(2, hi) if hi >= 2 else 1
                if rng.random() < 0.5:
                    b = rng.randint(1, max(1, min(hi, cur // 2)))
                b = max(b, 1)
            elif op == "*":
                ks = allowed["*"]
                small = [k for k in ks if k <= 5]
                b = rng.choice(small if small and rng.random() < 0.8 else ks)
            else:
                ds = allowed["/"]
                small = [d for d in ds if d <= 6]
                b = rng.choice(small if small and rng.random() < 0.7 else ds)
            nxt = apply_op(cur, op, b)
            if nxt is None:
                return None
            changes.append((op, b))
            cur = nxt
        return start, factors, changes

    # ------------------------------------------------------------ language
    def choose_entry(self, op, tag, k, each_mode, force_pred=False):
        rng = self.rng
        pool = []
        for e in ENTRIES[op]:
            kind, tags, tpl, gist, kw = e
            if force_pred and (kind != "p" or (force_pred == 2 and (" and " in tpl or ", " in tpl))):
                continue
            if tags in ("MK", "UV"):
                if tag in "VHK":
                    continue
            elif tag not in tags:
                continue
            if "k" in kw and kw["k"] != k:
                continue
            if "kh" in kw and k not in _PART:
                continue
            if "kf" in kw and k not in _FOLD:
                continue
            if bool(kw.get("each")) != bool(each_mode):
                continue
            if self.cur_plural and "of whom" in tpl:
                continue
            pool.append(e)
            if tags in ("MK", "UV"):
                pool += [e, e, e]
        if not pool and force_pred == 2:
            return self.choose_entry(op, tag, k, each_mode, force_pred=1)
        return rng.choice(pool)

    def amount_phrase(self, env, n, style):
        rng = self.rng
        N = render_amount(rng, n)
        env["N"] = N
        I, IS = env["I"], env["IS"]
        wordish = N.startswith("a ") or N.startswith("half")
        if style == "add":
            opts = ["{N} {I}", "{N} more {IS}", "{N} {IS} more", "{N} more", "{N} {IS}",
                    "{N} additional {IS}"]
            if not wordish:
                opts.append("another {N}")
            return rng.choice(opts).replace("{N}", N).replace("{I}", I).replace("{IS}", IS), N
        opts = ["{N} {I}", "{N} of them", "{N} {IS}", "{N} of the {IS}", "{N}", "{N} of these"]
        return rng.choice(opts).replace("{N}", N).replace("{I}", I).replace("{IS}", IS), N

    def build(self, start, factors, changes, want_each):
        rng = self.rng
        if rng.random() < 0.15:
            place = rng.choice(PLACES)
            cat, tag = "P", place[2]
            prof = None
            full = short = rng.choice(place[3])
            intro = place[0]
            actor = dict(intro=intro, introp=intro, refs=place[1], g="n", kind="place")
            cts = place[4]
            stl = ["number"]
            stores = ["building"]
            locs = place[5]
            prep = place[6]
        else:
            pk, full, short = rng.choice(_ITEM_LIST)
            prof = PROFILES[pk]
            cat = tag = prof["cat"]
            actor = self.pick_actor(cat)
            cts = prof["ct"]
            stl = prof["st"]
            stores = prof["store"]
            locs = None
            prep = None
        r = rng.random()
        tense = "past" if r < 0.66 else ("pres" if r < 0.9 else "fut")
        g = actor["g"]
        plural = g == "p"
        self.cur_plural = plural
        pr = PRON[g]
        ct = rng.choice(cts).split(":")
        heir = rng.choice(HEIRS)
        env = dict(tense=tense, plural=plural, I=full, IS=short, T="them",
                   P=pr[2], O=pr[1], R=pr[3], S=pr[0], ST=rng.choice(stl), STORE=rng.choice(stores),
                   CT=ct[1], CTS=ct[0], HEIRS=heir[0], HEIR=heir[1],
                   AG=lambda: rng.choice(AGENTS), BUYER=lambda: rng.choice(BUYERS),
                   REL=lambda: rng.choice(RELS), THING=lambda: rng.choice(THINGS), EXP=lambda: rng.choice(EXPENSES),
                   LOC=rng.choice(locs) if locs else "", PREP=prep or "in")
        if actor["kind"] == "place":
            env["S"] = "it"
        meta_render = {}

        # ---------------- opening
        oenv = dict(env)
        oenv["tense"] = "pres" if tense == "fut" else tense
        oenv["INTRO"] = actor["intro"]
        oenv["INTROP"] = lowfirst(actor["introp"])
        oenv["INTROL"] = lowfirst(actor["introp"])
        conditional = False
        if factors:
            x, y = factors
            XN = render_amount(rng, x, 0.2)
            XM = render_amount(rng, y, 0.12)
            pool = OPEN_XP if cat == "P" else OPEN_X
            order, tpl = rng.choice(pool)
            oenv["XN"], oenv["XM"] = XN, XM   # XN containers, XM items in each
            # the equation multiplies the two numbers in the order the problem names them
            eq_order = (x, y) if order == "nm" else (y, x)
            opening = fill(tpl, oenv)
            meta_render["start"] = [oenv["XN"], oenv["XM"]]
            first_num = eq_order
        else:
            N0 = render_amount(rng, start, 0.1) if start <= 999 else str(start)
            oenv["N0"] = N0
            oenv["N0C"] = cap(N0)
            oenv["NI0"] = "%s %s" % (N0, full)
            oenv["NI0C"] = cap(oenv["NI0"])
            if cat == "P":
                pool = OPEN_P + OPEN_P_CAT.get(tag, [])
            else:
                pool = list(OPEN_S)
                for k2, v in OPEN_S_CAT.items():
                    if cat in k2:
                        pool += v
            if (tense == "pres" and cat != "P" and len(changes) <= 3 and not want_each
                    and rng.random() < 0.2):
                conditional = True
                pool = [t for t in pool if t.startswith("{INTRO} {V:")]
            tpl = rng.choice(pool)
            opening = fill(tpl, oenv)
            meta_render["start"] = [N0]
            first_num = (start,)

        # ---------------- changes
        n = len(changes)
        units = []
        prev_val = start
        for i, (op, b) in enumerate(changes):
            is_last = i == n - 1
            k = b
            e = self.choose_entry(op, tag, k, is_last and want_each, force_pred=2 if conditional else 0)
            mk_gist = None
            kind, tags, tpl, gist, kw = e
            cenv = dict(env)
            if tpl in ("{MK}", "{UV}"):
                tpl = rng.choice(prof["mk"] if tpl == "{MK}" else prof["uv"])
                m = re.match(r"\{V:(\w+)\}( (?:in|up|down|out|off|back|away))?", tpl)
                gist = m.group(1) + (m.group(2) or "")
            if op in "+-":
                ph, N = self.amount_phrase(cenv, b, "add" if op == "+" else "sub")
                cenv["NA"] = ph
                cenv["NS"] = ph
                cenv["NSC"] = cap(ph)
                meta_render.setdefault("changes", []).append(N)
            else:
                K = render_factor(rng, b)
                cenv["K"] = K
                cenv["KX"] = times_words(rng, b)
                cenv["KF"] = _FOLD.get(b, "")
                cenv["KH"] = rng.choice(_PART[b]) if b in _PART else ""
                if "k" in kw:
                    shown = {2: "double/half", 3: "treble", 4: "quadruple"}.get(b)
                    meta_render.setdefault("changes", []).append("<%s>" % shown)
                elif "{KX}" in tpl:
                    meta_render.setdefault("changes", []).append(cenv["KX"])
                elif "{KF}" in tpl:
                    meta_render.setdefault("changes", []).append(cenv["KF"])
                elif "{KH}" in tpl:
                    meta_render.setdefault("changes", []).append(cenv["KH"])
                else:
                    meta_render.setdefault("changes", []).append(K)
            units.append(dict(kind=kind, tpl=tpl, gist=gist or "get", env=cenv, each=kw.get("each"), op=op))

        # ---------------- sentences
        def subj(first_after_open):
            if actor["kind"] == "place":
                return rng.choice(actor["refs"] + ["it"])
            if rng.random() < (0.55 if first_after_open else 0.75):
                return pr[0]
            return rng.choice(actor["refs"])

        sentences = [opening]
        if conditional:
            preds = [fill(u["tpl"], u["env"], "fin") for u in units]
            pre = opening[:-1]
            pre = "If " + lowfirst(pre)
            if len(preds) == 1:
                body = pre + " and " + preds[0]
            else:
                body = pre + ", " + ", ".join(preds[:-1]) + ", and " + preds[-1]
            q = rng.choice(["how many {IS} will {S} then have?", "how many {IS} will {S} have?",
                            "how many will remain?", "what number of {IS} will {S} have left?",
                            "how many {IS} will be left to {O}?"])
            text = body + ", " + fill(q, env) 
            text = text[0].upper() + text[1:]
            return text, units, first_num, meta_render, env, actor
        i = 0
        first = True
        while i < n:
            u = units[i]
            r = rng.random()
            if i + 2 < n and all(units[j]["kind"] == "p" for j in (i, i + 1, i + 2)) and r < 0.1:
                s = subj(first)
                p = [fill(units[j]["tpl"], units[j]["env"], "fin") for j in (i, i + 1, i + 2)]
                sentences.append(cap("%s %s, %s, and %s." % (s, p[0], p[1], p[2])))
                i += 3
            elif i + 1 < n and r < 0.45:
                u2 = units[i + 1]
                s = subj(first)
                if u["kind"] == "p" and u2["kind"] == "p":
                    c = rng.randrange(6 if tense != "fut" else 5)
                    p2 = fill(u2["tpl"], u2["env"], "fin")
                    if c == 0:
                        conn = rng.choice(["then ", "afterwards ", "thereupon ", "after that ", "later ", ""])
                        sent = "%s %s, and %s%s." % (s, fill(u["tpl"], u["env"], "fin"), conn, p2)
                    elif c == 1:
                        conn = rng.choice(["then", "afterwards", "after this", "thereupon", "next", "soon after"])
                        sent = "%s %s; %s %s %s." % (s, fill(u["tpl"], u["env"], "fin"), conn, pr[0] if actor["kind"] != "place" else "it", p2)
                    elif c == 2:
                        sent = "Having %s, %s %s." % (fill(u["tpl"], u["env"], "perf")[7:], s, p2)
                    elif c == 3:
                        sent = "After %s, %s %s." % (fill(u["tpl"], u["env"], "ger"), s, p2)
                    elif c == 4:
                        sent = "%s %s, after which %s %s." % (s, fill(u["tpl"], u["env"], "fin"),
                                                            pr[0] if actor["kind"] != "place" else "it", p2)
                    else:
                        sent = "%s first %s, and then %s." % (s, fill(u["tpl"], u["env"], "fin"), p2)
                elif u["kind"] == "p":
                    c2 = fill(u2["tpl"], u2["env"], "fin")
                    joiner = rng.choice([", and ", "; ", ", but ", ", whereupon "])
                    if joiner == ", but " and not (u["op"] == "+" and u2["op"] in "-/"):
                        joiner = "; "
                    sent = "%s %s%s%s." % (s, fill(u["tpl"], u["env"], "fin"), joiner, c2)
                elif u2["kind"] == "p":
                    c1 = fill(u["tpl"], u["env"], "fin")
                    p2 = fill(u2["tpl"], u2["env"], "fin")
                    pron = pr[0] if actor["kind"] != "place" else "it"
                    sent = rng.choice(["%s; %s thereupon %s.", "%s, and %s then %s.", "%s; after this %s %s."]) % (c1, pron, p2)
                else:
                    c1 = fill(u["tpl"], u["env"], "fin")
                    c2 = fill(u2["tpl"], u2["env"], "fin")
                    sent = rng.choice(["%s, and %s.", "%s; %s.", "%s; afterwards %s."]) % (c1, c2)
                sentences.append(cap(sent))
                i += 2
            else:
                lead = ""
                if rng.random() < 0.3:
                    lead = fill(rng.choice(WHEN), env) + ", "
                if u["kind"] == "p":
                    s = subj(first)
                    body = "%s %s" % (s, fill(u["tpl"], u["env"], "fin"))
                    if not lead and rng.random() < 0.2 and u["tpl"].endswith(("{NA}", "{NS}", "{IS}", "{ST}")) and "before" not in u["tpl"]:
                        body += " " + rng.choice(WHEN_T)
                else:
                    body = fill(u["tpl"], u["env"], "fin")
                if lead:
                    sent = lead + body + "."
                else:
                    sent = cap(body) + "."
                sentences.append(cap(sent))
                i += 1
            first = False

        # ---------------- question
        qenv = dict(env)
        s_ref = pr[0] if actor["kind"] != "place" else rng.choice(actor["refs"])
        qenv["S"] = s_ref
        splural = plural and s_ref == pr[0]
        if tense == "past":
            qenv["HAVEINV"] = "had " + s_ref
            qenv["DOQ"] = "did " + s_ref
            qenv["NOW"] = "then"
        elif tense == "pres":
            qenv["HAVEINV"] = ("have " if splural else "has ") + s_ref
            qenv["DOQ"] = ("do " if splural else "does ") + s_ref
            qenv["NOW"] = "now"
        else:
            qenv["HAVEINV"] = "will %s have" % s_ref
            qenv["DOQ"] = "will " + s_ref
            qenv["NOW"] = "then"
        qenv["DOQX"] = {"past": "did", "pres": "does", "fut": "will"}[tense]
        qenv["BEQ"] = {"past": ("were " if splural else "was ") + s_ref,
                       "pres": ("are " if splural else "is ") + s_ref,
                       "fut": "will %s be" % s_ref}[tense]
        qenv["plural"] = splural
        last_each = units[-1]["each"]
        if last_each:
            q = fill(rng.choice(Q_EACH[last_each]), qenv)
        elif cat == "P":
            q = fill(rng.choice(Q_PLACE), qenv)
        else:
            q = fill(rng.choice(Q_GEN), qenv)
        q = cap(q)
        # distractors
        nd = 0
        r = rng.random()
        if r < 0.3:
            nd = 1
        elif r < 0.38:
            nd = 2
        denv = dict(env)
        if tense == "fut":
            denv["tense"] = "pres"
        denv["S"] = actor["refs"][0] if actor["kind"] != "place" else actor["refs"][0]
        for _ in range(nd):
            dt = rng.choice(DISTRACT)
            if actor["kind"] in ("place", "group") and ("{S}" in dt or "{P}" in dt or "{O}" in dt):
                continue
            d = cap(fill(dt, denv).replace("{S}", ""))
            personal = "{S}" in dt or "{P}" in dt or "{O}" in dt
            pos = rng.randint(0 if (rng.random() < 0.2 and not personal) else 1, len(sentences))
            sentences.insert(pos, d)
        if rng.random() < 0.12 and sentences[-1].endswith("."):
            text = " ".join(sentences[:-1] + [sentences[-1][:-1] + "; " + q[0].lower() + q[1:]])
        else:
            text = " ".join(sentences + [q])
        return text, units, first_num, meta_render, env, actor

    # ----------------------------------------------------------- solution
    def write_steps(self, eqs_w, final_num, units, env, actor, err, product_ct):
        """eqs_w: list of written (a, op, b, c); units align with change equations."""
        rng = self.rng
        style = rng.choice(["f", "f", "f", "t", "p", "mix", "mix"])
        syms = rng.choice(SYMS)
        compact = rng.random() < 0.07
        tense = env["tense"]
        plural = env["plural"]
        pr = PRON[actor["g"]]
        steps = []

        def pick(lst):
            if style == "mix":
                return rng.choice(lst)[1]
            sel = [t for s, t in lst if s == style]
            if not sel or rng.random() < 0.12:
                sel = [t for s, t in lst]
            return rng.choice(sel)

        def pron():
            if actor["kind"] == "place":
                return rng.choice(actor["refs"]), False
            if rng.random() < 0.8:
                return pr[0], plural
            return rng.choice(actor["refs"]), False

        off = 1 if product_ct else 0
        for i, (a, op, b, c) in enumerate(eqs_w):
            sym = syms[op]
            E = ("%d%s%d=%d" if compact else "%d %s %d = %d") % (a, sym, b, c)
            p, ppl = pron()
            senv = dict(E=E, a=str(a), b=str(b), c=str(c), IS=env["IS"], PR=p, PRc=cap(p),
                        HAD=conj("have", "fin", tense, ppl), ST=env["ST"] if env["ST"] != "number" else "number",
                        NUMBER=conj("number", "fin", tense, True), REMAIN=conj("remain", "fin", tense, True),
                        ARE=conj("be", "fin", tense, True), WERE=conj("be", "fin", tense, True),
                        KEEPF=conj("keep", "fin", tense, ppl), CT=env["CT"])
            pw = "half" if b == 2 else "a %s part" % _ORD.get(b, "like")
            senv["PARTWC"] = cap(pw)
            if op == "*":
                kx = "twice" if b == 2 else "%d times" % b
                senv["KXB"] = kx
                senv["KXBC"] = cap(kx)
            if product_ct and i == 0:
                tpl = pick(STEP_PROD)
            else:
                u = units[i - off]
                true_op = u["op"]
                gist = u["gist"]
                senv["GG"] = phrase_form(gist, "ger")
                senv["GP"] = phrase_form(gist, "pp")
                senv["GF"] = phrase_form(gist, "fin", tense, ppl)
                if op != true_op and rng.random() < 0.5:
                    tpl = rng.choice(GENERIC_OP_STEP[op])
                else:
                    tpl = pick(STEPS[true_op])
                    if op != true_op:
                        # words of the true change, but the slip's symbol: keep words neutral
                        tpl = pick([x for x in STEPS[true_op] if "{KXB" not in x[1]] or STEPS[true_op])
                if i == 0 and not product_ct and style in ("f", "mix") and rng.random() < 0.3:
                    tpl = "{PRc} {HAD} at first {a} {IS}; " + lowfirst_step(tpl)
            if "{PARTWC}" in tpl and b != 2 and b not in _ORD:
                tpl = "{E}."
            steps.append(cap(fill(tpl, senv)))
        # final
        p, ppl = pron()
        fenv = dict(F=str(final_num), IS=env["IS"], PR=p, PRc=cap(p), HAD=conj("have", "fin", tense, ppl),
                    WERE=conj("be", "fin", tense, True), WAS=conj("be", "fin", tense, False),
                    GOT=conj("receive", "fin", tense, False), HELD=conj("hold", "fin", tense, False),
                    HEIR=env["HEIR"], CTS=env["CTS"])
        each = units[-1]["each"] if units else None
        if each and rng.random() < 0.8:
            tpl = rng.choice(FINAL_EACH[each])
        else:
            tpl = pick(FINAL)
        steps.append(cap(fill(tpl, fenv)))
        return steps


_ORD = {3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth",
        10: "tenth", 11: "eleventh", 12: "twelfth", 15: "fifteenth", 20: "twentieth", 25: "twenty-fifth"}


def lowfirst_step(tpl):
    if tpl.startswith("{"):
        return tpl
    return tpl[:1].lower() + tpl[1:]


# ============================================================ error injection
_POSITIONS = ["first", "middle", "last"]


def _true_chain(start, factors, changes):
    eqs = []
    if factors:
        x, y = factors
        eqs.append((x, "*", y, x * y))
        cur = x * y
    else:
        cur = start
    for op, b in changes:
        c = apply_op(cur, op, b)
        eqs.append((cur, op, b, c))
        cur = c
    return eqs, cur


def _continue(eqs_true, idx, new_eq):
    """Written chain: true before idx, new_eq at idx, carried on after. None if invalid."""
    out = list(eqs_true[:idx]) + [new_eq]
    cur = new_eq[3]
    for (a, op, b, c) in eqs_true[idx + 1:]:
        r = apply_op(cur, op, b)
        if r is None:
            return None
        out.append((cur, op, b, r))
        cur = r
    return out


def inject(rng, eqs, kind, idx, problem_numbers, start_is_product):
    a, op, b, c = eqs[idx]
    cands = []
    if kind == "arithmetic":
        for c2 in arith_slips(a, op, b, c, rng):
            cands.append((a, op, b, c2))
    elif kind == "operation":
        alt = {"+": ["-"], "-": ["+"], "*": ["+"], "/": ["*", "-"]}[op]
        if op == "*" and idx > 0 or (op == "*" and not start_is_product):
            alt = ["+", "+", "/"]
        for o2 in alt:
            r = apply_op(a, o2, b)
            if r is not None and r != c:
                cands.append((a, o2, b, r))
    elif kind == "operand":
        bs = number_slips(b, rng) + [x for x in problem_numbers if x != b]
        as_ = number_slips(a, rng)
        if idx >= 2:
            as_.append(eqs[idx - 1][0])  # skipped the previous change
        if idx >= 1 and not start_is_product:
            as_.append(eqs[0][0])
        for b2 in bs:
            if op in "*/" and b2 < 2:
                continue
            r = apply_op(a, op, b2)
            if r is not None and r != c and b2 != b:
                cands.append((a, op, b2, r))
        if not (start_is_product and idx == 0):
            for a2 in as_:
                r = apply_op(a2, op, b)
                if r is not None and r != c and a2 != a and a2 > 0:
                    cands.append((a2, op, b, r))
        else:
            for a2 in number_slips(a, rng):
                r = apply_op(a2, op, b)
                if r is not None and r != c and a2 >= 2:
                    cands.append((a2, op, b, r))
    rng.shuffle(cands)
    for cand in cands:
        w = _continue(eqs, idx, cand)
        if w is not None:
            return w
    return None


def answer_slip(rng, eqs, final):
    cands = [final + 1, final - 1, final + 10, final - 10]
    x = _swap_digits(final, rng)
    if x is not None:
        cands += [x, x]
    cands.append(eqs[-1][0])   # forgot the last change
    cands.append(eqs[-1][2])   # copied the last number given
    if final >= 100:
        cands.append(final + 100)
    cands = [c for c in cands if c != final and c >= 0]
    return rng.choice(cands) if cands else None


def _generate_full(seed, count):
    g = _Gen(seed)
    rng = g.rng
    out = []
    i = 0
    while len(out) < count:
        rec = _one(g, rng, seed, len(out))
        if rec is not None:
            out.append(rec)
        i += 1
    return out


def _one(g, rng, seed, idx):
    r = rng.random()
    if r < 0.45:
        kind, pos = "none", None
    else:
        kind = rng.choice(["arithmetic", "operand", "operation", "answer"])
        pos = "final" if kind == "answer" else rng.choice(_POSITIONS)
    for _ in range(40):   # keep the drawn kind and position; redraw the problem until it fits
        rec = _attempt(g, rng, seed, idx, kind, pos)
        if rec is not None:
            return rec
    return None


def _attempt(g, rng, seed, idx, kind, pos):
    product = rng.random() < 0.25
    nc = rng.choices([1, 2, 3, 4, 5], [0.12, 0.24, 0.28, 0.2, 0.16])[0]
    if pos == "middle":
        need = 2 if product else 3
        if nc < need:
            nc = rng.choice(range(need, 6))
    if pos == "last" and nc + (1 if product else 0) < 2:
        nc = 2
    chain = None
    for _ in range(30):
        chain = g.make_chain(nc, product)
        if chain:
            break
    if not chain:
        return None
    start, factors, changes = chain
    eqs, final = _true_chain(start, factors, changes)
    want_each = changes[-1][0] == "/" and rng.random() < 0.35
    text, units, first_num, meta_render, env, actor = g.build(start, factors, changes, want_each)
    if len(text.split()) > 90:
        return None
    # the product's operands follow the order the problem names them
    if factors:
        x, y = first_num
        eqs[0] = (x, "*", y, x * y)
    n_eq = len(eqs)
    problem_numbers = sorted(set(([factors[0], factors[1]] if factors else [start]) + [b for _, b in changes]))
    label = -1
    written = list(eqs)
    fnum = final
    if kind in ("arithmetic", "operand", "operation"):
        if pos == "first":
            ei = 0
        elif pos == "last":
            ei = n_eq - 1
        else:
            ei = rng.randint(1, n_eq - 2)
        w = inject(rng, eqs, kind, ei, problem_numbers, bool(factors))
        if w is None:
            return None
        written = w
        fnum = written[-1][3]
        label = ei
    elif kind == "answer":
        fnum = answer_slip(rng, eqs, final)
        if fnum is None:
            return None
        label = n_eq
    steps = g.write_steps(written, fnum, units, env, actor, kind, bool(factors))
    rec = {
        "id": "gp-%d-%05d" % (seed, idx),
        "problem": text,
        "steps": steps,
        "label": label,
        "final_answer_correct": fnum == final,
        "error_kind": kind,
    }
    meta = dict(start=start, factors=list(first_num) if factors else None, changes=changes,
                rendered=meta_render, position=pos, written=written, final_written=fnum)
    return rec, meta


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
