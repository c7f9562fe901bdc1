"""Kitchen-table arithmetic: a generator of step-by-step solutions for a tiny PRM.

Register: a home cook's / baker's blog and recipe cards (batches, trays, jars,
dozens, pantry counts, guests eating, doubling and halving).

generate(seed, count) -> list of records
  {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}

_generate_full(seed, count) also returns the internal plan of every record
(start, factors, changes, written equations) for check.py.
"""
import json
import os
import random
import re

# ---------------------------------------------------------------------------
# numbers as words
# ---------------------------------------------------------------------------
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
         "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
_TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
         80: "eighty", 90: "ninety", 20: "twenty"}


def num_word(n):
    if n <= 20:
        return _ONES[n]
    if n % 10 == 0:
        return _TENS[n]
    return _TENS[n // 10 * 10] + "-" + _ONES[n % 10]


def num_text(n, rng, p_word=0.22):
    """How a number is written in the problem."""
    if n == 12 and rng.random() < 0.35:
        return "a dozen"
    r = rng.random()
    if 1 <= n <= 20 and r < p_word:
        return num_word(n)
    if 20 < n < 100 and r < p_word * 0.45:
        return num_word(n)
    return str(n)


# ---------------------------------------------------------------------------
# verbs
# ---------------------------------------------------------------------------
_PAST = {
    "eat": "ate", "give": "gave", "take": "took", "bring": "brought", "buy": "bought",
    "make": "made", "sell": "sold", "get": "got", "find": "found", "throw": "threw",
    "send": "sent", "leave": "left", "win": "won", "break": "broke", "freeze": "froze",
    "steal": "stole", "split": "split", "cut": "cut", "put": "put", "set": "set",
    "keep": "kept", "go": "went", "come": "came", "have": "had", "lose": "lost",
    "lend": "lent", "sneak": "snuck", "dig": "dug", "begin": "began", "grow": "grew",
    "become": "became", "wind": "wound", "hold": "held", "spend": "spent",
    "lay": "laid", "do": "did", "hang": "hung", "deal": "dealt", "spread": "spread",
    "feed": "fed", "swell": "swelled", "say": "said", "run": "ran", "stick": "stuck",
}
_DOUBLE = {"drop", "ship", "whip", "snag", "scrap", "swap", "chop", "bag", "can",
           "plan", "stop", "grab", "trim", "pop", "prep", "wrap", "tip", "nab", "lug",
           "chip", "jam", "stack_", "knit", "tap", "bump_"}


def _past(v):
    if v in _PAST:
        return _PAST[v]
    if v in _DOUBLE:
        return v + v[-1] + "ed"
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ied"
    return v + "ed"


def _third(v):
    if v == "have":
        return "has"
    if v in ("go", "do"):
        return v + "es"
    if v.endswith(("s", "sh", "ch", "x", "z")):
        return v + "es"
    if v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ies"
    return v + "s"


def conj(v, person, tense):
    if person == "imp":
        return v
    if tense == "past":
        return _past(v)
    if tense == "fut":
        return "will " + v
    return _third(v) if person == "3s" else v


def be(person, tense):
    if person == "imp":
        return "be"
    if tense == "past":
        return "was" if person in ("1s", "3s") else "were"
    if tense == "fut":
        return "will be"
    return {"1s": "am", "3s": "is"}.get(person, "are")


def do_aux(person, tense):
    if tense == "past":
        return "did"
    if tense == "fut":
        return "will"
    return "does" if person == "3s" else "do"


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
FEMALE = """Marisol Dolores Junie Bernadette Colleen Priya Tamsin Wren Hattie Lorraine
Maeve Nadia Odette Paulette Rosalind Sunita Trudy Verna Winnie Yvette Zelda Agnes Bea
Carmela Dottie Esme Fern Gloria Hazel Imelda Jolene Kitty Lupe Mabel Nell Opal Pearl
Queenie Ramona Sadie Tilly Una Vivian Wilma Ximena Yolanda Zinnia Aileen Birdie Cordelia
Delphine Eugenia Flossie Genevieve Harriet Ida Josephine Katarina Lucinda Minnie Noreen
Ottilie Philippa Rhoda Saoirse Thea Valentina Willa Adaeze Blessing Chioma Mei Ling Sakura
Yuki Anjali Devika Farah Leila Soraya Ingrid Astrid Greta Solveig Marguerite Ginette Sylvie
Renée Chantal Josée Maryse Nicolette Rosalie Shelby Tammy Darlene Rhonda Peggy Lorna Edna""".split()
MALE = """Amos Barney Cyrus Dale Emmett Floyd Gus Hank Ignatius Jasper Kenji Lionel Marcel
Ned Otis Percy Quentin Rufus Sully Theo Virgil Wendell Abe Bertrand Clement Desmond Elmer
Fitz Gideon Horace Irving Jethro Kip Lyle Mortimer Norris Oswald Pascal Reuben Silas
Thaddeus Vern Walt Yusuf Zeke Arjun Bao Chidi Dmitri Emeka Farid Giorgio Hiroshi Ivo
Jean-Luc Kwame Luc Mathieu Normand Olivier Pierre-Paul Rémi Stéphane Tobias Ulrich Viktor
Wyatt Xavier Yannick Zoltan Bucky Cletus Duane Earl Gord Murray Ross Wayne Doug""".split()
NEUTRAL = """Sam Robin Jordan Casey Rowan Sasha Quinn Avery Ellis Jules Kai Marlowe Reese
Sky Tatum Emery Frankie Jesse Lee Morgan Parker Remy Sage Shay Taylor Blair Drew Harper
Kendall Lane""".split()
NAMES = FEMALE + MALE + NEUTRAL

_TITLES_F = ["Aunt {n}", "Grandma {n}", "Nana {n}", "my neighbor {n}", "my friend {n}",
             "my sister-in-law {n}", "{n}", "{n}", "{n}", "{n}", "my neighbour {n}"]
_TITLES_M = ["Uncle {n}", "Grandpa {n}", "my neighbor {n}", "my buddy {n}",
             "my brother-in-law {n}", "{n}", "{n}", "{n}", "{n}", "my neighbour {n}"]
_TITLES_N = ["my neighbor {n}", "my friend {n}", "my roommate {n}", "{n}", "{n}", "{n}"]

GROUPS = ["the bake sale committee", "the church kitchen crew", "the co-op bakery",
          "the little café on Maple Street", "the school lunch team", "the 4-H club"]
GROUPS = [g for g in GROUPS if not re.search(r"\d", g)]

AGENTS = [("{SP} kids", "3p"), ("{SP} husband", "3s"), ("{SP} wife", "3s"),
          ("{SP} partner", "3s"), ("the twins", "3p"), ("{SP} dog", "3s"),
          ("the guests", "3p"), ("{SP} teenage son", "3s"), ("the neighbors", "3p"),
          ("{SP} book club", "3s"), ("{SP} coworkers", "3p"), ("the hockey team", "3s"),
          ("{SP} dad", "3s"), ("{SP} mother-in-law", "3s"), ("the grandkids", "3p"),
          ("{SP} roommate", "3s"), ("the youth group", "3s"), ("{SP} brother", "3s"),
          ("{SP} sister", "3s"), ("the carpool kids", "3p"), ("{SP} cousins", "3p"),
          ("{NAME}", "3s"), ("{NAME}", "3s"), ("{SP} friend {NAME}", "3s"),
          ("{NAME} from next door", "3s"), ("Aunt {FNAME}", "3s"), ("Uncle {MNAME}", "3s"),
          ("{SP} labrador", "3s"), ("the choir ladies", "3p"), ("{SP} in-laws", "3p")]

RECIPIENTS = ["{SP} sister", "the food bank", "the school office", "the neighbors",
              "{SP} coworkers", "the fire hall", "the church potluck", "{SP} son's teacher",
              "the new family down the street", "{NAME}", "the hockey moms", "{SP} in-laws",
              "the curling club", "the seniors' home", "the mail carrier", "the Legion hall",
              "{SP} book club", "{SP} aunt", "the snow-plow guy", "the nurses at the clinic",
              "{NAME} across the road", "the soup kitchen", "the day care", "{SP} landlord"]

# ---------------------------------------------------------------------------
# items (plural) by category
#   b baked goods, j jars and bottles, p produce, s pantry staples,
#   e eggs, u kitchen supplies
# ---------------------------------------------------------------------------
ITEMS = {
    "b": """cookies|snickerdoodles|gingersnaps|sugar cookies|shortbread fingers|oatmeal raisin cookies|
chocolate chip cookies|molasses crinkles|thumbprint cookies|biscotti|macarons|brownies|blondies|
lemon bars|butter tarts|Nanaimo bars|date squares|muffins|blueberry muffins|bran muffins|
morning glory muffins|cupcakes|red velvet cupcakes|scones|cheddar scones|buttermilk biscuits|
dinner rolls|cinnamon buns|sticky buns|croissants|bagels|soft pretzels|doughnuts|apple fritters|
crullers|beignets|eclairs|cream puffs|hand pies|apple turnovers|jam tarts|mini quiches|madeleines|
whoopie pies|Rice Krispie squares|popovers|crumpets|English muffins|pierogies|potstickers|
empanadas|samosas|meatballs|pancakes|waffles|crepes|corn muffins|pita breads|brioche buns|
hot cross buns|kolaches|rugelach|hamantaschen|palmiers|churros|cannoli|pizzelles|spritz cookies|
linzer cookies|fudge squares|chocolate truffles|salted caramels|marshmallows|peanut butter balls|
toffee squares|caramel apples|energy bites|granola bars|toaster pastries|cake pops|
mini cheesecakes|pecan tarts|maple cookies|bannock rounds|lemon squares|coconut macaroons|
pumpkin muffins|zucchini muffins|oat bars|jelly doughnuts|bear claws|cheese danishes|garlic knots|
crescent rolls|hush puppies|drop biscuits|sourdough rolls|pretzel bites|peanut butter cookies|
ginger cookies|icebox cookies|butterscotch bars|carrot cake cupcakes|lemon poppy seed muffins""",
    "j": """jars of strawberry jam|jars of peach preserves|jars of bread-and-butter pickles|
jars of dill pickles|jars of salsa|jars of applesauce|jars of honey|jars of apple butter|
jars of chili sauce|jars of pickled beets|jars of crabapple jelly|jars of marmalade|jars of relish|
jars of chutney|jars of pepper jelly|jars of canned peaches|jars of tomato sauce|
bottles of maple syrup|jars of lemon curd|jars of blueberry jam|jars of sauerkraut|
jars of pickled onions|jars of spiced pears|jars of chow chow|jars of rhubarb jam|
jars of cranberry sauce|jars of corn relish|jars of bean salad|jars of fig jam|jars of raspberry jam""",
    "p": """apples|McIntosh apples|lemons|limes|oranges|peaches|pears|bananas|plums|potatoes|onions|
carrots|tomatoes|ears of corn|cucumbers|bell peppers|avocados|sweet potatoes|heads of garlic|
apricots|nectarines|mangoes|pumpkins|rhubarb stalks|beets|parsnips|turnips|heads of lettuce|
pomegranates|grapefruits|clementines|Honeycrisp apples|kiwis|coconuts|jalapeños|radishes|
zucchinis|Bartlett pears""",
    "s": """sticks of butter|cans of pumpkin|bags of flour|cans of evaporated milk|packets of yeast|
cans of tomatoes|boxes of pasta|bags of chocolate chips|cans of condensed milk|bags of brown sugar|
boxes of baking soda|tins of cocoa|bags of oats|cans of chickpeas|cartons of cream|
blocks of cream cheese|bags of pecans|bags of walnuts|cinnamon sticks|vanilla beans|tea bags|
bouillon cubes|bags of rice|cans of coconut milk|boxes of graham crackers|bags of marshmallows|
sleeves of saltines|boxes of cornstarch|jars of peanut butter|bags of coffee|bottles of vanilla|
cans of black beans""",
    "e": """eggs|brown eggs|duck eggs|farm eggs|quail eggs|free-range eggs""",
    "u": """cupcake liners|mason jars|canning lids|canning rings|tea towels|cookie cutters|
mixing bowls|ramekins|pie plates|loaf pans|wooden spoons|paper plates|napkins|gift tags|
birthday candles|bakery boxes|cellophane bags|twist ties|recipe cards|oven mitts|muffin tins|
parchment sheets|piping bags|cake boards|doilies""",
}
ITEMS = {k: [w.strip() for w in v.replace("\n", "").split("|") if w.strip()] for k, v in ITEMS.items()}

_SING_EXC = {"biscotti": "biscotti", "cannoli": "cannoli", "hamantaschen": "hamantasch",
             "rugelach": "rugelach", "pizzelles": "pizzelle", "loaves": "loaf",
             "shelves": "shelf", "mangoes": "mango", "tomatoes": "tomato",
             "potatoes": "potato", "sweet potatoes": "sweet potato", "peaches": "peach",
             "radishes": "radish", "boxes": "box", "lunch boxes": "lunch box",
             "jalapeños": "jalapeño", "pierogies": "pierogi", "tourtières": "tourtière",
             "cherries": "cherry", "brownies": "brownie", "sandwiches": "sandwich",
             "bushel baskets": "bushel basket", "knishes": "knish", "dishes": "dish",
             "zucchinis": "zucchini", "pastries": "pastry", "toaster pastries": "toaster pastry",
             "grandkids": "grandkid"}


def singular(pl):
    if " of " in pl:
        head, rest = pl.split(" of ", 1)
        return singular(head) + " of " + rest
    if pl in _SING_EXC:
        return _SING_EXC[pl]
    words = pl.split(" ")
    last = words[-1]
    if last in _SING_EXC:
        s = _SING_EXC[last]
    elif last.endswith("ies") and len(last) > 4:
        s = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "xes", "sses")):
        s = last[:-2]
    elif last.endswith("s"):
        s = last[:-1]
    else:
        s = last
    return " ".join(words[:-1] + [s])


CONTAINERS = {
    "b": ["trays", "sheet pans", "baking sheets", "cookie tins", "bakery boxes", "platters",
          "cooling racks", "pans", "cake boxes", "bread baskets"],
    "j": ["cases", "crates", "boxes", "shelves", "flats", "milk crates"],
    "p": ["baskets", "bags", "crates", "bushel baskets", "bowls", "boxes", "totes"],
    "s": ["cases", "boxes", "bags", "flats", "crates", "bins"],
    "e": ["cartons", "flats", "trays"],
    "u": ["packs", "boxes", "packages", "sleeves", "bundles"],
}

PLACES = {
    "b": [" on the cooling rack", " on the counter", " in the cookie jar", " in the tin"],
    "j": [" on the shelf", " in the cellar", " in the pantry", " in the cold room"],
    "p": [" in the basket", " on the counter", " in the crisper", " in the cold cellar"],
    "s": [" in the pantry", " in the cupboard", " on the pantry shelf"],
    "e": [" in the fridge", " on the counter"],
    "u": [" in the drawer", " in the supply bin", " in the cupboard"],
    "c": [" on the platter", " on the counter", " on the table"],
}

# Conversion by multiplication: container items that turn into content items.
#   (container plural, container singular, cat, content plural, k range, kind)
CONV_MUL = [
    ("apple pies", "pie", "b", "slices of pie", (6, 10), "cut"),
    ("pumpkin pies", "pie", "b", "slices", (6, 10), "cut"),
    ("sheet cakes", "cake", "b", "pieces of cake", (12, 24), "cut"),
    ("pans of brownies", "pan", "b", "brownie squares", (9, 24), "cut"),
    ("loaves of banana bread", "loaf", "b", "slices of banana bread", (8, 12), "cut"),
    ("pizzas", "pizza", "b", "slices of pizza", (6, 12), "cut"),
    ("tourtières", "tourtière", "b", "wedges of tourtière", (6, 8), "cut"),
    ("lasagnas", "lasagna", "b", "servings of lasagna", (8, 12), "cut"),
    ("pans of cornbread", "pan", "b", "squares of cornbread", (9, 16), "cut"),
    ("coffee cakes", "cake", "b", "slices of coffee cake", (8, 12), "cut"),
    ("cartons of eggs", "carton", "e", "eggs", (12, 18), "hold"),
    ("boxes of granola bars", "box", "s", "granola bars", (6, 12), "hold"),
    ("jars of pickles", "jar", "j", "pickles", (8, 20), "hold"),
    ("bags of apples", "bag", "p", "apples", (5, 12), "hold"),
    ("tins of shortbread", "tin", "b", "shortbread cookies", (12, 30), "hold"),
    ("sleeves of crackers", "sleeve", "s", "crackers", (20, 40), "hold"),
    ("boxes of truffles", "box", "b", "truffles", (6, 24), "hold"),
    ("bags of clementines", "bag", "p", "clementines", (8, 15), "hold"),
]
CONV_TPL = {
    "cut": ["{S} {V:cut} each {C1} into {K} {I2}",
            "each {C1} {X:get} cut into {K} {I2}",
            "{S} {V:slice} every {C1} into {K} {I2}",
            "every {C1} {X:yield} {K} {I2}",
            "{S} {V:portion} each {C1} into {K} {I2}"],
    "hold": ["each {C1} {X:hold} {K} {I2}",
             "every {C1} {X:have} {K} {I2} in it",
             "{S} {V:open} them up, and each {C1} {X:have} {K} {I2} inside",
             "{S} {V:count} {K} {I2} in every {C1}",
             "there {YBE} {K} {I2} packed in each {C1}"],
}

# ---------------------------------------------------------------------------
# change templates: (categories, text).  "*" = any category except c.
# ---------------------------------------------------------------------------
ADD_T = [
    ("*", "{S} {V:buy} {N} more"),
    ("*c", "{S} {V:buy} another {NI}"),
    ("*", "{S} {V:pick} up {NI} at the store"),
    ("*", "{S} {V:grab} {NI} at Bulk Barn"),
    ("*", "{S} {V:find} {N} more tucked in the back of the cupboard"),
    ("bjs", "{S} {V:dig} {NI} out of the chest freezer"),
    ("*c", "{A} {W:drop} off {NI}"),
    ("*c", "{A} {W:bring} over {N} more"),
    ("*c", "{A} {W:give} {SO} {NI}"),
    ("*", "{S} {BE} handed {NI} by {A}"),
    ("*", "{S} {V:get} {NI} in a swap with {A}"),
    ("*", "{S} {V:win} {NI} in the church raffle"),
    ("*c", "{S} {V:add} {N} more to the stash"),
    ("*", "{A} {W:mail} {SO} {NI}"),
    ("*", "{S} {V:receive} {NI} from the co-op"),
    ("*", "{S} {V:collect} {N} more from the neighbors"),
    ("*", "{S} {V:restock} with {NI}"),
    ("*", "{S} {V:stock} up on {N} more"),
    ("*", "{S} {V:score} {NI} on sale"),
    ("*c", "{S} {V:come} home with {NI}"),
    ("*", "{S} {V:haul} in {NI}"),
    ("*c", "{S} {V:bring} home {N} more"),
    ("*", "{A} {W:pass} along {NI}"),
    ("*", "{S} {V:borrow} {NI} from next door"),
    ("*c", "{A} {W:chip} in {N} more"),
    ("*", "{A} {W:sneak} {NI} into {SP} basket"),
    ("*", "{S} {V:order} {NI} online"),
    ("*", "another {NI} {Y:turn} up at the back of the pantry"),
    ("*c", "{S} {V:snag} {NI} at the bake sale"),
    ("*", "{S} {V:tuck} away {N} more"),
    ("*", "{S} {V:pick} up {N} extra on the way home"),
    ("*", "{A} {W:leave} {NI} on {SP} porch"),
    ("*c", "{A} {W:hand} {SO} {N} more"),
    ("*c", "{A} {W:show} up with {NI}"),
    ("*", "{S} {V:rescue} {N} more from the clearance shelf"),
    ("*", "{S} {V:swap} a neighbor for {NI}"),
    ("b", "{S} {V:bake} {N} more"),
    ("b", "{S} {V:bake} off another {NI}"),
    ("b", "{S} {V:pull} {N} more {I} out of the oven"),
    ("b", "{S} {V:whip} up another {NI}"),
    ("b", "{S} {V:churn} out {N} more"),
    ("b", "{S} {V:make} a fresh batch of {NI}"),
    ("b", "{S} {V:knock} out another {NI}"),
    ("b", "another {NI} {Y:come} out of the oven"),
    ("bc", "{S} {V:thaw} {NI} from the freezer"),
    ("b", "{S} {V:shape} {N} more and {V:bake} them"),
    ("b", "{S} {V:fry} up {N} more"),
    ("j", "{S} {V:put} up {NI}"),
    ("j", "{S} {V:can} {N} more"),
    ("j", "{S} {V:seal} another {NI}"),
    ("j", "{S} {V:process} {N} more in the water bath"),
    ("p", "{S} {V:pick} {NI} from the garden"),
    ("p", "{S} {V:harvest} {N} more"),
    ("p", "{S} {V:gather} {NI} from the backyard"),
    ("e", "the hens {Y:lay} {N} more"),
    ("e", "{S} {V:collect} {N} more from the coop"),
    ("c", "{S} {V:cut} {N} more from the extra pan"),
]

SUB_T = [
    ("*c", "{S} {V:give} away {N}"),
    ("*c", "{S} {V:give} {N} to {R}"),
    ("*c", "{S} {V:donate} {NI} to the food bank"),
    ("bjpc", "{S} {V:sell} {N} at the bake sale"),
    ("*", "{S} {V:trade} away {N}"),
    ("bjc", "{S} {V:take} {N} to the potluck"),
    ("*", "{S} {V:drop} off {N} at the church"),
    ("*c", "{A} {W:take} {N} home"),
    ("*c", "{A} {W:walk} off with {N}"),
    ("*c", "{A} {W:buy} {N} from {SO}"),
    ("*", "{S} {V:mail} {NI} to {SP} cousin in Winnipeg"),
    ("bj", "{S} {V:ship} {N} off to {SP} son at college"),
    ("b", "{S} {V:pack} {N} into the school lunches"),
    ("*c", "{S} {V:hand} {N} over to {R}"),
    ("bjc", "{S} {V:send} {N} home with the guests"),
    ("*", "{S} {V:lose} {N} somewhere in the move"),
    ("jsu", "{S} {V:return} {N} to the store"),
    ("bc", "{S} {V:eat} {N} of them"),
    ("bpc", "{A} {W:eat} {N}"),
    ("bc", "{A} {W:gobble} up {N}"),
    ("bc", "{A} {W:polish} off {N}"),
    ("bc", "{A} {W:snack} on {N}"),
    ("bc", "{A} {W:devour} {N}"),
    ("bc", "{A} {W:scarf} down {N}"),
    ("bpc", "{A} {W:swipe} {N}"),
    ("bc", "{A} {W:snatch} {N} off the cooling rack"),
    ("bc", "{A} {W:sneak} {N} when {S} {V:turn} {SP} back"),
    ("bpc", "{SP} dog {X:steal} {N}"),
    ("b", "{S} {V:burn} {N}"),
    ("bpc", "{S} {V:drop} {N} on the floor"),
    ("b", "{N} of them {Y:go} stale"),
    ("je", "{N} of them {Y:crack}"),
    ("p", "{S} {V:toss} {N} bruised ones"),
    ("*", "{S} {V:throw} out {N}"),
    ("bc", "{S} {V:serve} {N} to the guests"),
    ("ju", "{S} {V:lend} {N} to the neighbors"),
    ("u", "{S} {V:break} {N}"),
    ("e", "{S} {V:crack} {N} into the batter"),
    ("spe", "{S} {V:use} {N} in a pie"),
    ("spje", "{S} {V:use} up {N}"),
    ("sp", "{S} {V:use} {N} for supper"),
    ("j", "{S} {V:open} {N} for the holiday dinner"),
    ("bc", "{S} {V:taste} {N} just to be sure"),
    ("bjc", "{S} {V:tuck} {N} into the teachers' gift bags"),
    ("bjpc", "{S} {V:sell} {N} to the café down the street"),
    ("*c", "{A} {W:order} {N} from {SO}"),
    ("bpc", "{A} {W:knock} {N} off the counter"),
    ("b", "{S} {V:lose} {N} to freezer burn"),
    ("b", "{S} {V:scrap} {N} lopsided ones"),
    ("p", "{N} {Y:get} squashed in the grocery bag"),
    ("*", "{S} {V:box} up {N} for {SP} mother-in-law"),
    ("bpc", "{S} {V:set} out {N} for the guests, and they all {Y:disappear}"),
    ("*", "{S} {V:leave} {N} with the neighbors"),
    ("bjc", "{S} {V:bring} {N} to work"),
    ("bc", "{S} {V:put} {N} in {SP} kid's lunchbox"),
    ("*c", "{N} {Y:go} to {R}"),
    ("u", "{N} {Y:go} missing after the party"),
    ("s", "{S} {V:bake} through {N}"),
]

# multiplication (k fixed or None)
MUL_T = [
    (2, "{S} {V:double} the whole lot"),
    (2, "{S} {V:double} it"),
    (2, "the count {X:double}"),
    (2, "{S} {V:end} up with twice as many"),
    (2, "{SP} stash {X:double}"),
    (2, "{S} {V:make} a double batch, so there {YBE} twice as many"),
    (2, "{S} {V:double} the batch"),
    (2, "{S} {V:end} up with double that"),
    (2, "the pile {X:double} by the weekend"),
    (3, "{S} {V:triple} the recipe"),
    (3, "{S} {V:triple} the whole stash"),
    (3, "the number {X:triple}"),
    (3, "{S} {V:wind} up with triple that"),
    (3, "{S} {V:triple} the batch"),
    (None, "{S} {V:end} up with {K} times as many"),
    (None, "the number {X:become} {K} times larger"),
    (None, "{S} {V:scale} it up {K} times over"),
    (None, "{S} {V:multiply} the batch by {K}"),
    (None, "the pile {X:grow} to {K} times its size"),
    (None, "{S} {V:stretch} the batch to {K} times the size"),
    (None, "the stockpile {X:swell} to {K} times what it was"),
    (None, "{S} {V:multiply} everything by {K}"),
    (None, "{S} {V:increase} the count {K}-fold"),
    (None, "the recipe {X:get} scaled up {K} times"),
    (None, "{S} {V:bump} it up to {K} times as many"),
    (None, "{SP} supply {X:go} up {K} times over"),
    (None, "there {YBE} suddenly {K} times as many"),
    (None, "{S} {V:grow} the stash to {K} times its size"),
    (None, "the total {X:jump} to {K} times what it was"),
    (None, "{S} {HAVE} {K} times as many after that"),
    (None, "the count {X:go} up by a factor of {K}"),
    (None, "everything {X:get} multiplied by {K}"),
    (None, "{S} {V:scale} the whole thing up by {K}"),
    (None, "the supply {X:end} up {K} times as big"),
    (None, "{S} {V:make} the batch {K} times as big"),
    (None, "the order {X:get} multiplied {K} times over"),
]

# division that keeps one share (fine in mid-chain)
DIV_T = [
    (None, "{S} {V:split} them evenly into {K} tins and {V:keep} one tin"),
    (None, "{S} {V:divide} them equally among {K} gift boxes and {V:hang} on to one box"),
    (None, "{S} {V:share} them equally among {K} households, {SP} own included, and {V:keep} {SP} share"),
    (None, "{S} {V:portion} them out equally into {K} freezer bags and {V:keep} one bag out"),
    (None, "{S} {V:sort} them into {K} equal piles and {V:keep} one pile"),
    (None, "{S} {V:divvy} them up evenly among {K} neighbors, keeping one share"),
    (None, "{S} {V:split} the lot {K} ways and {V:keep} one part"),
    (None, "{S} {V:cut} the stash into {K} equal parts and {V:hold} on to one"),
    (None, "the {I} {YBE} shared evenly among {K} families, and {S} {V:keep} one family's share"),
    (None, "{S} {V:put} them into {K} equal bags and {V:keep} just one"),
    (None, "{S} {V:parcel} them out evenly to {K} classrooms and {V:keep} one classroom's worth"),
    (None, "{S} {V:deal} them into {K} even stacks and {V:keep} a single stack"),
    (2, "{S} {V:give} half of them to {R}"),
    (2, "half of them {Y:go} to {R}"),
    (2, "{A} {W:take} half"),
    (2, "{S} {V:halve} the pile"),
    (2, "{S} {V:cut} the stash in half and {V:give} the other half away"),
    (2, "{S} {V:split} them down the middle with {R}"),
    (2, "{S} {V:send} half home with the guests"),
    (2, "{S} {V:sell} half at the market"),
    (2, "{A} {W:walk} off with half of them"),
    (2, "{S} {V:halve} the stash"),
    (3, "{S} {V:keep} only a third of them"),
    (3, "only a third of them {Y:survive} the party"),
    (3, "a third of them {Y:make} it home from the potluck"),
    (3, "{S} {V:give} away all but a third"),
    (3, "{S} {V:hang} on to just a third of them"),
    (3, "{S} {V:set} aside a third for {SR} and {V:give} the rest away"),
]

# division as the last change: how many per share
EACH_T = [
    ("{S} {V:pack} them equally into {K} gift tins", "tin", "in", False),
    ("{S} {V:split} them evenly among {K} neighbors", "neighbor", "", True),
    ("{S} {V:divide} them equally between {K} lunch boxes", "lunch box", "in", False),
    ("{S} {V:arrange} them evenly on {K} platters", "platter", "on", False),
    ("{S} {V:share} them out equally among {K} teachers", "teacher", "", True),
    ("{S} {V:deal} them out evenly to {K} grandkids", "grandkid", "", True),
    ("{S} {V:spread} them evenly across {K} cooling racks", "cooling rack", "on", False),
    ("{S} {V:bag} them up evenly for {K} carpool kids", "kid", "", True),
    ("{S} {V:divide} them evenly among {K} classrooms", "classroom", "", True),
    ("{S} {V:portion} them evenly into {K} care packages", "care package", "in", False),
    ("{S} {V:split} them equally between {K} baskets", "basket", "in", False),
    ("{S} {V:hand} them out equally to {K} volunteers", "volunteer", "", True),
]

# division as the last change: how many groups of K
GROUP_T = [
    ("{S} {V:bag} them up {K} to a bag", "bags"),
    ("{S} {V:pack} them into boxes of {K}", "boxes"),
    ("{S} {V:stack} them {K} to a plate", "plates"),
    ("{S} {V:tie} them up in bundles of {K}", "bundles"),
    ("{S} {V:wrap} them in packs of {K}", "packs"),
    ("{S} {V:fill} tins with {K} apiece", "tins"),
    ("{S} {V:sort} them into cartons of {K}", "cartons"),
]
_DOUBLE.add("stack")

START_T = [
    ("*", "{S} {HAVE} {NI}"),
    ("*", "{S} {V:start} out with {NI}"),
    ("b", "{S} {V:start} the morning with {NI} on the cooling rack"),
    ("sjue", "{S} {HAVE} {NI} in {SP} pantry"),
    ("bpe", "there {YBE} {NI} on the counter"),
    ("*", "{S} {V:count} {NI} in the cupboard"),
    ("b", "{S} {V:bake} {NI}"),
    ("b", "{S} {V:whip} up {NI} for the weekend"),
    ("j", "{S} {HAVE} {NI} lined up on the cellar shelf"),
    ("j", "{S} {V:put} up {NI} at the end of the summer"),
    ("p", "{S} {V:pick} {NI} from the garden"),
    ("p", "{S} {V:bring} home {NI} from the orchard"),
    ("*", "{S} {V:buy} {NI}"),
    ("*", "{S} {V:begin} the week with {NI}"),
    ("sju", "{S} {V:stock} the pantry with {NI}"),
    ("b", "{SP} cookie jar {X:have} {NI} in it"),
    ("b", "{S} {V:make} a big batch of {NI}"),
    ("*", "{S} {V:take} stock and {V:find} {NI}"),
    ("*", "at the start of the week, {S} {HAVE} {NI}"),
    ("e", "{S} {V:get} {NI} from the farm stand"),
    ("*", "{S} {HAVE} exactly {NI} on hand"),
    ("bs", "{S} {V:keep} {NI} in the basement freezer"),
    ("jsu", "the shelf {X:hold} {NI}"),
    ("b", "{NI} {Y:come} out of {SP} oven"),
    ("*", "{S} {V:set} out {NI}"),
    ("*", "{SP} pantry count {X:show} {NI}"),
]

PROD_T = [
    ("*", "{S} {HAVE} {F1} {CS} with {F2} {I} in each", False),
    ("b", "{S} {V:bake} {F1} {CS} of {I}, {F2} on each", True),
    ("b", "{S} {V:pull} {F1} {CS} out of the oven, each holding {F2} {I}", False),
    ("*", "{S} {V:fill} {F1} {CS} with {F2} {I} apiece", False),
    ("*", "{S} {V:buy} {F1} {CS} of {I}, and each one {X:hold} {F2}", True),
    ("*", "there {YBE} {F1} {CS} on the shelf, with {F2} {I} in each", False),
    ("*", "each of the {F1} {CS} {X:hold} {F2} {I}", False),
    ("b", "{S} {V:set} out {F1} rows of {I}, {F2} to a row", True),
    ("*", "{S} {V:line} up {F1} {CS}, each with {F2} {I}", False),
    ("*", "{S} {V:pack} {F1} {CS} with {F2} {I} in every one", False),
    ("*", "{S} {V:start} with {F1} {CS} of {F2} {I} each", False),
]
DOZ_T = [
    ("*", "{S} {HAVE} {F1} dozen {I}"),
    ("b", "{S} {V:bake} {F1} dozen {I}"),
    ("*", "{S} {V:buy} {F1} dozen {I}"),
    ("b", "{S} {V:make} {F1} dozen {I} for the party"),
    ("*", "{S} {V:start} with {F1} dozen {I}"),
]

DISTRACT = [
    "It was pouring rain all day.", "The whole house smelled like cinnamon and brown butter.",
    "My oven has a hot spot in the back corner, so I rotate the pans.",
    "Honestly, I could eat these for breakfast.", "The secret is a pinch of flaky salt.",
    "It was a gray November morning.", "The kids were home on a snow day.",
    "I had the radio on the whole time.", "My stand mixer finally gave out last week.",
    "Don't skip chilling the dough, trust me.", "Everything smelled amazing.",
    "The kitchen was an absolute disaster afterward.", "We had the windows open for the breeze.",
    "The recipe came from my grandmother's card box.", "Coffee was definitely involved.",
    "The dog sat by the oven door the entire time.", "It was freezing out, typical January.",
    "My sister says my recipe is better than hers.", "The power flickered but held.",
    "I swear by parchment paper for this.", "Nobody believed they were homemade.",
    "The church basement was packed.", "It was the hottest day of the summer.",
    "We were snowed in for the weekend.", "Nobody could resist them.",
    "The farmers' market was busier than usual.", "I wore my favorite apron for luck.",
    "The frosting was a little runny, oops.", "Long weekend baking is my love language.",
    "My neighbor swears by brown sugar instead of white.", "The maple syrup came from a cousin's sugar shack.",
    "We sang along to the radio while we worked.", "The kettle was always on.",
    "You can use salted butter if that's what you've got.", "Real vanilla makes all the difference.",
    "It was a lazy Sunday.", "The cat supervised from the windowsill.",
    "I really should label my jars better.", "That recipe never fails me.",
    "Fall baking season is officially here.", "The bake sale was for the hockey team.",
]
DISTRACT3 = [  # third-person-friendly
    "It was a quiet Saturday.", "The kitchen smelled wonderful.", "Everyone was in a good mood.",
    "The weather was awful that week.", "It was a busy week at the shop.",
]

INTROS = [
    "Happy Friday, friends!", "Okay, pantry confession time.", "Quick recipe-card math for you.",
    "Let me tell you about my weekend.", "Here's a little kitchen story.",
    "Grab a coffee, this is a fun story.", "Holiday baking update!", "Another day, another batch.",
    "Welcome back to my kitchen!", "Tonight's margin math is a good puzzle.",
    "You asked, so here it is.", "Real talk from my kitchen.", "Hi again, fellow bakers!",
]

Q_LEADS = ["Here's what happened.", "Let me walk you through it.", "Here's the story.",
           "Here's how it went.", "Bear with me.", "Read on."]

_STEP_NOTES = {
    "+": ["add the new ones", "plus the new batch", "add those in", "more came in",
          "tack on the extras", "add the fresh ones", "new stock in", "more on the pile",
          "add what came in", "top it up", "plus the extras", "add the delivery",
          "add the haul", "in they go", "count the new ones too"],
    "-": ["take away the eaten ones", "minus what left the house", "subtract the giveaways",
          "less the ones that got eaten", "take those out", "knock off what's gone",
          "minus the missing ones", "take off what went out", "subtract", "minus",
          "out the door", "less the casualties", "gone", "take away"],
    "*": ["scale it up", "multiply out", "times the factor", "multiply", "scale up",
          "bigger batch", "multiply the count"],
    "/": ["split it", "divide evenly", "one share", "share it out", "divide", "one pile's worth"],
}
_STEP_NOTES_K = {("*", 2): ["double it", "doubling", "double up"],
                 ("*", 3): ["triple it", "tripling"],
                 ("/", 2): ["halve it", "half", "cut it in half"],
                 ("/", 3): ["a third of it", "keep a third", "third of the pile"]}

STEP_T = [
    "{E}", "{E}.", "{NOTE}: {E}.", "{NOTE}: {E} {IT}.", "{NOTE} — {E}.", "{E} {IT}.",
    "{E} ({note}).", "Now {E}.", "That's {E} {IT}.", "So {E}.", "{NOTE}, so {E}.",
    "→ {E} {IT}", "Running total: {E}.", "Then {E} {IT}.", "{SS} {HAVEP} {E} {IT}.",
    "After that, {ss} {havep} {E}.", "{NOTE}. {E}.", "Margin note: {E}.", "{E}, check.",
    "{NOTE}: {E} {IT} now.", "Next: {E}.",
]
STEP_FIRST_PROD = ["{NOTE}: {E} {IT} to start.", "Start with {E} {IT}.", "{E} {IT} in all.",
                   "First, {E}.", "{NOTE}: {E}.", "{E} {IT} to begin with.", "{E}"]
FINAL_T = [
    "#### {c}", "#### {c}", "#### {c}", "Answer: {c}", "The answer is {c}.",
    "{SS} {HAVEP} {c} {IT} left.", "That leaves {c} {IT}.", "Final count: {c} {IT}.",
    "So there are {c} {IT} at the end.", "{c} {IT}, all told.", "Bottom line: {c} {IT}.",
    "So the answer is {c} {IT}.", "That's {c} {IT} in the end.", "Total at the end: {c}.",
    "{SS} {ENDP} up with {c} {IT}.", "Which means {c} {IT}.", "{c} it is.",
    "Done: {c} {IT}.", "The final tally is {c}.", "Answer: {c} {IT}.", "So, {c}.",
    "Final answer: {c}",
]
FINAL_EACH = ["Each {R1} gets {c}.", "{c} per {R1}.", "So {c} {IT} each.", "#### {c}",
              "Answer: {c} per {R1}.", "That's {c} for every {R1}."]
FINAL_EACH_IN = ["{c} {IT} {PREP} each {R1}.", "Each {R1} gets {c}.", "#### {c}",
                 "So {c} per {R1}.", "Answer: {c}"]
FINAL_GROUP = ["That's {c} {U}.", "#### {c}", "{SS} {FILLP} {c} {U}.", "Answer: {c} {U}",
               "So {c} {U} in all.", "The answer is {c}."]

Q_GEN = [
    "How many {I} {DO} {S} have now?", "How many {I} {DO} {S} have left?",
    "How many {I} {DO} {S} end up with?", "How many {I} {YBE} left{PLACE}?",
    "How many {I} {YBE} there at the end?", "So how many {I} {DO} {S} still have?",
    "Can you work out how many {I} {S} {HAVE} at the end?",
    "How many {I} {DO} {S} have to work with?", "How many {I} {YBE} still sitting{PLACE}?",
    "Help me out: how many {I} {YBE} left?", "Quick question: how many {I} {DO} {S} have now?",
    "When the dust settles, how many {I} {DO} {S} have?",
    "How many {I} {Y:make} it to the end of the day?",
    "{FINALCOUNT}", "Figure out how many {I} {S} {HAVE} at the end.",
    "How many {I} {DO3} that leave {SO} with?", "How many {I} {DO} {S} count at the end?",
    "Tell me: how many {I} {YBE} there now?", "How many {I} {DO} {S} have by the end?",
    "After all that, how many {I} {DO} {S} have?", "In the end, how many {I} {YBE} there?",
    "Any idea how many {I} {S} {HAVE} left?", "How many {I} {YBE} left over?",
    "And how many {I} {DO} {S} have at this point?", "What's the final number of {I}{PLACE}?",
    "How many {I} {YBE} on hand after all that?",
]
Q_EACH = ["How many {I} {DO} each {R1} get?", "How many {DO} each {R1} end up with?",
          "So how many {I} {DO} every {R1} get?", "How many {I} {YBE} that per {R1}?"]
Q_EACH_IN = ["How many {I} {Y:go} {PREP} each {R1}?", "How many {I} {Y:end} up {PREP} each {R1}?",
             "How many {I} {YBE} {PREP} each {R1}?", "So how many {YBE} {PREP} every {R1}?"]
Q_GROUP = ["How many {U} {DO} {S} fill?", "How many {U} {DO} {S} end up with?",
           "How many {U} {DO3} that make?", "How many {U} of {I} {DO} {S} get out of it?"]

_FINALCOUNT = {"past": "What was the final count of {I}?", "pres": "What's the final count of {I}?",
               "fut": "What will the final count of {I} be?"}

_TOKEN = re.compile(r"\{([A-Za-z0-9_]+)(?::([a-z]+))?\}")


# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------
class Subject:
    def __init__(self, full, fperson, pron, pperson, poss, obj, refl, kind):
        self.full, self.fperson, self.pron, self.pperson = full, fperson, pron, pperson
        self.poss, self.obj, self.refl, self.kind = poss, obj, refl, kind


def make_subject(rng, names_used):
    r = rng.random()
    if r < 0.30:
        return Subject("I", "1s", "I", "1s", "my", "me", "myself", "I")
    if r < 0.40:
        return Subject("we", "1p", "we", "1p", "our", "us", "ourselves", "we")
    if r < 0.50:
        return Subject("you", "2", "you", "2", "your", "you", "yourself", "you")
    if r < 0.56:
        return Subject("", "imp", "", "imp", "your", "you", "yourself", "imp")
    if r < 0.96:
        g = rng.random()
        if g < 0.48:
            n = rng.choice(FEMALE)
            full = rng.choice(_TITLES_F).format(n=n)
            s = Subject(full, "3s", "she", "3s", "her", "her", "herself", "name")
        elif g < 0.88:
            n = rng.choice(MALE)
            full = rng.choice(_TITLES_M).format(n=n)
            s = Subject(full, "3s", "he", "3s", "his", "him", "himself", "name")
        else:
            n = rng.choice(NEUTRAL)
            full = rng.choice(_TITLES_N).format(n=n)
            s = Subject(full, "3s", "they", "3p", "their", "them", "themselves", "name")
        names_used.add(n)
        return s
    g = rng.choice(GROUPS)
    return Subject(g, "3s", "they", "3p", "their", "them", "themselves", "group")


def pick_name(rng, names_used, pool=None):
    pool = pool or NAMES
    for _ in range(20):
        n = rng.choice(pool)
        if n not in names_used:
            names_used.add(n)
            return n
    return rng.choice(pool)


class Ctx:
    pass


def render(tpl, ctx, rng):
    """Fill one template.  ctx carries subject ref, tense, numbers, items."""
    subj_txt, subj_person = ctx.sref

    def rep(m):
        tok, arg = m.group(1), m.group(2)
        if tok == "S":
            return subj_txt
        if tok == "V":
            return conj(arg, subj_person, ctx.tense)
        if tok == "W":
            return conj(arg, ctx.agent[1], ctx.agent_tense)
        if tok == "X":
            return conj(arg, "3s", ctx.other_tense)
        if tok == "Y":
            return conj(arg, "3p", ctx.other_tense)
        if tok == "A":
            return ctx.agent[0]
        if tok == "SP":
            return ctx.subj.poss
        if tok == "SO":
            return ctx.subj.obj
        if tok == "SR":
            return ctx.subj.refl
        if tok == "BE":
            return be(subj_person, ctx.tense)
        if tok == "YBE":
            return be("3p", ctx.other_tense)
        if tok == "HAVE":
            return conj("have", subj_person, ctx.tense)
        if tok == "DO":
            return do_aux(subj_person, ctx.tense)
        if tok == "DO3":
            return do_aux("3s", ctx.tense)
        if tok == "N":
            return ctx.ntxt
        if tok == "NI":
            return ctx.ntxt + " " + (ctx.item_sing if ctx.nval == 1 else ctx.items)
        if tok == "I":
            return ctx.items
        if tok == "K":
            return ctx.ktxt
        if tok == "R":
            return ctx.recip
        if tok == "C1":
            return ctx.c1
        if tok == "I2":
            return ctx.i2
        if tok == "F1":
            return ctx.f1txt
        if tok == "F2":
            return ctx.f2txt
        if tok == "CS":
            return ctx.cs
        if tok == "SO_":
            return ctx.subj.obj
        return m.group(0)

    out = _TOKEN.sub(rep, tpl)
    out = out.replace("another a dozen", "another dozen").replace(" and will ", " and ")
    out = out.replace("will be still", "will still be")
    out = re.sub(r"\s+", " ", out).strip()
    out = out.replace(" ,", ",")
    if ctx.tense == "fut" and rng.random() < 0.65:
        out = re.sub(r"\b(I|you|we|she|he|they) will\b", lambda m: m.group(1) + "'ll", out)
    return out


def cap(s):
    if s and s[0].isalpha():
        return s[0].upper() + s[1:]
    return s


def imp_ok(tpl):
    """A template usable in the imperative (recipe-card) voice."""
    if "{BE}" in tpl or "{HAVE}" in tpl:
        return False
    if tpl.startswith("{S} {V:"):
        return tpl.count("{S}") == 1
    return "{S}" not in tpl


def cats_ok(tag, cat):
    if cat == "c":
        return "c" in tag
    return tag.startswith("*") or cat in tag


def fill_agent(rng, ctx, names_used, op="-"):
    pool = AGENTS if op != "+" else [a for a in AGENTS if "dog" not in a[0] and "labrador" not in a[0]]
    txt, person = rng.choice(pool)
    txt = txt.replace("{SP}", ctx.subj.poss)
    if "{NAME}" in txt:
        txt = txt.replace("{NAME}", pick_name(rng, names_used))
    if "{FNAME}" in txt:
        txt = txt.replace("{FNAME}", pick_name(rng, names_used, FEMALE))
    if "{MNAME}" in txt:
        txt = txt.replace("{MNAME}", pick_name(rng, names_used, MALE))
    return (txt, person)


def fill_recip(rng, ctx, names_used):
    txt = rng.choice(RECIPIENTS).replace("{SP}", ctx.subj.poss)
    if "{NAME}" in txt:
        txt = txt.replace("{NAME}", pick_name(rng, names_used))
    return txt


# ---------------------------------------------------------------------------
# arithmetic
# ---------------------------------------------------------------------------
def compute(a, op, b):
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


def _digit_off(n, rng):
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
    for i in range(max(len(sa), len(sb))):
        x = int(sa[i]) if i < len(sa) else 0
        y = int(sb[i]) if i < len(sb) else 0
        out.append(str((x + y) % 10))
    return int("".join(reversed(out)))


def _no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        x = int(sa[i])
        y = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(x - y)))
    return int("".join(reversed(out)))


def misreads(n, rng):
    c = [n + 1, n - 1]
    if n > 10:
        c += [n + 10, n - 10]
    for f in (_swap_digits, _digit_off):
        v = f(n, rng)
        if v is not None:
            c.append(v)
    return [v for v in c if v >= 1 and v != n]


def arith_slips(a, op, b, c, rng):
    cand = [c + 1, c - 1]
    if c >= 10:
        cand += [c + 10, c - 10]
    for f in (_swap_digits, _digit_off):
        v = f(c, rng)
        if v is not None:
            cand.append(v)
    if op == "+":
        cand += [_no_carry_add(a, b)] * 2 + [c - 10]
    elif op == "-":
        cand += [_no_borrow_sub(a, b)] * 2 + [c + 10]
    elif op == "*":
        cand += [c + a, c - a, c + b, c - b]
        if c >= 100:
            cand += [c + 100, c - 100]
    elif op == "/":
        cand += [c + 1, c - 1, c + 2]
    lim = max(12, c)
    return [v for v in cand if v >= 0 and v != c and abs(v - c) <= lim]


def op_slips(op, a, b):
    if op == "+":
        return ["-", "-", "*"] if b <= 12 else ["-"]
    if op == "-":
        return ["+"]
    if op == "*":
        return ["+", "+", "/"]
    if op == "/":
        return ["*", "*", "-"]
    return []


# ---------------------------------------------------------------------------
# problem plan
# ---------------------------------------------------------------------------
OPW = {"+": 0.31, "-": 0.33, "*": 0.15, "/": 0.21}


def _choose_start(rng, prod):
    if prod:
        if rng.random() < 0.28:
            f1 = rng.randint(2, 9)
            return (f1, 12, True)
        f1 = rng.randint(2, 12)
        f2 = rng.choice([rng.randint(3, 36), rng.choice([6, 8, 10, 12, 16, 18, 20, 24, 30, 36, 48])])
        return (f1, f2, False)
    r = rng.random()
    if r < 0.30:
        return rng.choice([12, 18, 24, 30, 36, 40, 48, 60, 72, 84, 96, 20, 50, 16, 32, 64])
    if r < 0.62:
        return rng.randint(8, 99)
    if r < 0.90:
        return rng.randint(100, 480)
    if r < 0.985:
        return rng.randint(480, 999)
    return 1000


def _pick_op(rng, x, allowed):
    ops = []
    for op in ("+", "-", "*", "/"):
        if op not in allowed:
            continue
        if op == "-" and x < 3:
            continue
        if op == "*" and (x * 2 > 4000 or x > 700):
            continue
        if op == "/" and not [d for d in range(2, 13) if x % d == 0 and x // d >= 2]:
            continue
        ops.append(op)
    tot = sum(OPW[o] for o in ops)
    r = rng.random() * tot
    for o in ops:
        r -= OPW[o]
        if r <= 0:
            return o
    return ops[-1]


def _operand(rng, op, x):
    if op == "+":
        r = rng.random()
        if r < 0.55:
            b = rng.randint(1, 30)
        elif r < 0.85:
            b = rng.randint(10, 99)
        else:
            b = rng.randint(100, 400)
        return min(b, 9999 - x)
    if op == "-":
        hi = min(x - 1, 999)
        r = rng.random()
        if r < 0.5:
            b = rng.randint(1, min(hi, 30))
        else:
            b = rng.randint(1, hi)
        return b
    if op == "*":
        ks = [k for k in (2, 2, 2, 3, 3, 4, 5, 6) if x * k <= 4000]
        return rng.choice(ks)
    if op == "/":
        ds = [d for d in range(2, 13) if x % d == 0 and x // d >= 2]
        w = [6 if d == 2 else 4 if d in (3, 4) else 2 for d in ds]
        return rng.choices(ds, weights=w)[0]


def build_plan(rng, E_min, want_n=None):
    """Return a plan dict with the true chain (no text yet)."""
    for _ in range(200):
        n = want_n or rng.choices([1, 2, 3, 4, 5], weights=[14, 24, 26, 21, 15])[0]
        prod = rng.random() < 0.27
        if n + prod < E_min:
            continue
        cat = rng.choices(list("bjpseu"), weights=[46, 14, 13, 13, 6, 8])[0]
        conv = None
        # conversion (multiply into content) needs a container item
        if not prod and rng.random() < 0.12:
            conv = rng.choice(CONV_MUL)
            cat = conv[2]
        start = _choose_start(rng, prod)
        if prod:
            f1, f2, doz = start
            x = f1 * f2
            if x > 999:
                continue
        else:
            x = start
            f1 = f2 = doz = None
        conv_start = None
        if conv:
            x = conv_start = rng.randint(3, 24)
        changes = []
        conv_at = rng.randrange(n) if conv else None
        final_kind = "gen"
        ok = True
        for i in range(n):
            if conv_at == i:
                k = rng.randint(*conv[4])
                if x * k > 4000:
                    ok = False
                    break
                changes.append(("*", k, "conv"))
                x *= k
                continue
            allowed = "+-*/" if (conv is None or (conv_at is not None and i > conv_at)) else "+-"
            op = _pick_op(rng, x, allowed)
            b = _operand(rng, op, x)
            if allowed == "+-" and op == "+":
                b = rng.randint(1, 12)
            if op == "-" and b >= x:
                b = x - 1
            if b < 1:
                ok = False
                break
            tag = ""
            if op == "/" and i == n - 1:
                r = rng.random()
                if r < 0.22:
                    tag = "each"
                elif r < 0.34 and conv is None:
                    tag = "group"
            changes.append((op, b, tag))
            x = compute(x, op, b)
            if x is None or x > 9999 or x < 1:
                ok = False
                break
        if not ok:
            continue
        if changes and changes[-1][2] in ("each", "group"):
            final_kind = changes[-1][2]
        return {"prod": prod, "f1": f1, "f2": f2, "doz": doz,
                "start": (f1 * f2) if prod else (start if not conv else None),
                "conv": conv, "conv_at": conv_at, "cat": cat, "changes": changes,
                "final_kind": final_kind, "conv_start": conv_start}
    raise RuntimeError("could not build plan")


def true_equations(plan, start_val):
    """List of (a, op, b) with a = previous true result."""
    eqs = []
    if plan["prod"]:
        eqs.append((plan["f1"], "*", plan["f2"]))
        x = plan["f1"] * plan["f2"]
    else:
        x = start_val
    for op, b, _ in plan["changes"]:
        eqs.append((x, op, b))
        x = compute(x, op, b)
    return eqs, x


# ---------------------------------------------------------------------------
# error injection
# ---------------------------------------------------------------------------
def write_chain(plan, start_val, kind, idx, rng, problem_nums):
    """Return (written eqs [(a,op,b,c)], final_number, detail) or None."""
    E = len(plan["changes"]) + (1 if plan["prod"] else 0)

    def spec(j):  # expected op and b for equation j (a comes from the chain)
        if plan["prod"]:
            if j == 0:
                return "*", plan["f2"]
            op, b, _ = plan["changes"][j - 1]
            return op, b
        op, b, _ = plan["changes"][j]
        return op, b

    def first_a():
        return plan["f1"] if plan["prod"] else start_val

    written = []
    prev = None
    detail = None
    for j in range(E):
        op, b = spec(j)
        a = first_a() if j == 0 else prev
        if j == idx and kind in ("arithmetic", "operand", "operation"):
            if kind == "arithmetic":
                c0 = compute(a, op, b)
                cands = arith_slips(a, op, b, c0, rng)
                if not cands:
                    return None
                c = rng.choice(cands)
                detail = ("c", c0, c)
            elif kind == "operation":
                opts = [o for o in op_slips(op, a, b)]
                rng.shuffle(opts)
                c = None
                for o in opts:
                    cc = compute(a, o, b)
                    if cc is not None and cc != compute(a, op, b) and cc <= 9999:
                        op, c = o, cc
                        break
                if c is None:
                    return None
                detail = ("op", spec(j)[0], op)
            else:  # operand
                fixed_word = False
                ch = plan["changes"][j - (1 if plan["prod"] else 0)] if not (plan["prod"] and j == 0) else None
                if ch is not None and ch[0] in "*/" and ch[1] in (2, 3):
                    fixed_word = True
                others = [v for v in problem_nums if v >= 1]
                choice = rng.random()
                new_a, new_b = a, b
                if j == 0:
                    if plan["prod"]:
                        if rng.random() < 0.5:
                            pool = misreads(a, rng) + [v for v in others if v != a and v != b]
                            if not pool:
                                return None
                            new_a = rng.choice(pool)
                        else:
                            pool = misreads(b, rng) + [v for v in others if v != b and v != a]
                            if not pool:
                                return None
                            new_b = rng.choice(pool)
                    else:
                        if choice < 0.5 and not fixed_word:
                            pool = misreads(b, rng) + [v for v in others if v != b]
                            new_b = rng.choice(pool) if pool else b
                        else:
                            pool = misreads(a, rng) + [v for v in others if v != a]
                            new_a = rng.choice(pool) if pool else a
                else:
                    if choice < 0.55 and not fixed_word:
                        pool = misreads(b, rng) + [v for v in others if v != b] * 1
                        new_b = rng.choice(pool) if pool else b
                    else:
                        stale = [w[0] for w in written[-1:]]  # value before the previous step
                        pool = misreads(a, rng) + [v for v in stale if v != a] * 2
                        new_a = rng.choice(pool) if pool else a
                if (new_a, new_b) == (a, b):
                    return None
                if op == "/" and new_b == 1:
                    return None
                c = compute(new_a, op, new_b)
                if c is None or c == compute(a, op, b):
                    return None
                detail = ("operand", (a, b), (new_a, new_b))
                a, b = new_a, new_b
        else:
            c = compute(a, op, b)
        if c is None or c > 9999:
            return None
        written.append((a, op, b, c))
        prev = c
    final = prev
    if kind == "answer":
        cands = [final + 1, final - 1]
        if final >= 10:
            cands += [final + 10, final - 10]
        v = _swap_digits(final, rng)
        if v is not None:
            cands.append(v)
        if E >= 2:
            cands += [written[-2][3]] * 2
        cands += [written[0][0]]
        cands = [v for v in cands if v >= 0 and v != final]
        if not cands:
            return None
        final = rng.choice(cands)
        detail = ("answer", prev, final)
    return written, final, detail


# ---------------------------------------------------------------------------
# text
# ---------------------------------------------------------------------------
def _fmt_eq(a, op, b, c, style):
    sym = style["sym"][op]
    if style["tight"]:
        return f"{a}{sym}{b}={c}"
    return f"{a} {sym} {b} = {c}"


def _item_for(n, plural):
    return singular(plural) if n == 1 else plural


def build_record(rng, plan_kind, kind, pos):
    """Build one record; returns (record, meta) or None on failure."""
    E_min = {"first": 1, "middle": 3, "last": 2, "final": 1, None: 1}[pos]
    plan = build_plan(rng, E_min)
    cat = plan["cat"]
    conv = plan["conv"]
    names_used = set()
    subj = make_subject(rng, names_used)

    # tense
    if subj.kind == "imp":
        tense = "fut"
    elif subj.kind == "you":
        tense = rng.choices(["fut", "pres", "past"], weights=[55, 30, 15])[0]
    else:
        tense = rng.choices(["past", "pres", "fut"], weights=[62, 26, 12])[0]

    # items
    if conv:
        items0 = conv[0]
        items_after = conv[3]
    else:
        items0 = rng.choice(ITEMS[cat])
        items_after = items0

    ctx = Ctx()
    ctx.subj = subj
    ctx.tense = tense
    ctx.other_tense = tense
    ctx.agent_tense = tense
    ctx.items = items0
    ctx.item_sing = singular(items0)
    ctx.agent = ("someone", "3s")
    ctx.recip = "a friend"
    ctx.ntxt, ctx.nval, ctx.ktxt = "", 0, ""

    def sref(first=False, p_pron=0.55):
        if subj.kind in ("name", "group") and not first and rng.random() < p_pron:
            return (subj.pron, subj.pperson)
        return (subj.full, subj.fperson)

    nums_texts = []  # (value, text) as written in the problem
    clauses = []

    # ---- start clause
    ctx.sref = sref(first=True)
    if plan["prod"]:
        f1, f2 = plan["f1"], plan["f2"]
        ctx.f1txt = num_text(f1, rng, 0.3)
        if ctx.f1txt == "a dozen":
            ctx.f1txt = "12"
        if plan["doz"]:
            tpls = [t for c_, t in DOZ_T if cats_ok(c_, cat)]
            nums_texts += [(f1, ctx.f1txt), (12, "dozen")]
        else:
            tpls = [t for c_, t, noof in PROD_T if cats_ok(c_, cat) and not (noof and " of " in items0)]
            ctx.f2txt = num_text(f2, rng, 0.2)
            nums_texts += [(f1, ctx.f1txt), (f2, ctx.f2txt)]
        ctnr = rng.choice(CONTAINERS[cat])
        ctx.cs = ctnr
        if subj.kind == "imp":
            tpls = [t for t in tpls if imp_ok(t)] or tpls
        tpl = rng.choice(tpls)
        if subj.kind == "imp" and not imp_ok(tpl):
            return None
        clauses.append(("start", render(tpl, ctx, rng)))
        x_true = f1 * f2
        start_for_chain = None
    else:
        sv = plan["conv_start"] if conv else plan["start"]
        ctx.nval = sv
        ctx.ntxt = num_text(sv, rng, 0.2) if sv <= 999 else str(sv)
        nums_texts.append((sv, ctx.ntxt))
        if subj.kind in ("you", "imp") and tense == "fut" and rng.random() < 0.25:
            txt = ("you'll need " if subj.kind == "you" else "you'll need ") + ctx.ntxt + " " + _item_for(sv, items0)
        else:
            tpls = [t for c_, t in START_T if cats_ok(c_, cat if cat != "c" else "b")]
            if subj.kind == "imp":
                tpls = [t for t in tpls if imp_ok(t)]
            txt = render(rng.choice(tpls), ctx, rng)
        clauses.append(("start", txt))
        start_for_chain = sv

    # ---- change clauses
    cur_items = items0
    cur_cat = cat
    final_info = {}
    n = len(plan["changes"])
    for i, (op, b, tag) in enumerate(plan["changes"]):
        ctx.items = cur_items
        ctx.item_sing = singular(cur_items)
        ctx.agent = fill_agent(rng, ctx, names_used, op)
        ctx.recip = fill_recip(rng, ctx, names_used)
        ctx.nval = b
        ctx.sref = sref()
        if subj.kind == "imp":
            ctx.agent_tense = "fut"
        if tag == "conv":
            kind_ = conv[5]
            tpls = CONV_TPL[kind_]
            if subj.kind == "imp":
                tpls = [t for t in tpls if imp_ok(t)]
            ctx.c1 = conv[1]
            ctx.i2 = conv[3]
            ctx.ktxt = num_text(b, rng, 0.25)
            if b == 12 and conv[3] == "eggs" and rng.random() < 0.5:
                ctx.ktxt = "a dozen"
            tpl = rng.choice(tpls)
            nums_texts.append((b, ctx.ktxt))
            clauses.append(("chg", render(tpl, ctx, rng)))
            cur_items = conv[3]
            cur_cat = "c"
            continue
        if op in "+-":
            pool = ADD_T if op == "+" else SUB_T
            tpls = [t for c_, t in pool if cats_ok(c_, cur_cat)]
            if b == 1:
                tpls = [t for t in tpls if "{N} of them" not in t and "{N} more" not in t] or tpls
            if subj.kind == "imp":
                tpls = [t for t in tpls if imp_ok(t)]
            ctx.ntxt = num_text(b, rng)
            tpl = rng.choice(tpls)
            nums_texts.append((b, ctx.ntxt))
        elif op == "*":
            tpls = [t for k, t in MUL_T if k == b] if b in (2, 3) and rng.random() < 0.7 else []
            if not tpls:
                tpls = [t for k, t in MUL_T if k is None]
            if cur_cat not in "bc":
                tpls = [t for t in tpls if "recipe" not in t and "batch" not in t] or tpls
            if subj.kind == "imp":
                tpls = [t for t in tpls if imp_ok(t)] or [t for k, t in MUL_T if k is None and imp_ok(t)]
            tpl = rng.choice(tpls)
            if "{K}" in tpl:
                ctx.ktxt = num_text(b, rng, 0.4)
                if ctx.ktxt == "a dozen":
                    ctx.ktxt = "12"
                nums_texts.append((b, ctx.ktxt))
            else:
                word = "twice" if "twice" in tpl else "double" if "doubl" in tpl else "tripl"
                nums_texts.append((b, word))
        else:  # division
            if tag == "each":
                t, r1, prep, person = rng.choice(EACH_T)
                tpls = [t]
                final_info = {"type": "each", "r1": r1, "prep": prep, "person": person}
            elif tag == "group":
                t, u = rng.choice(GROUP_T)
                tpls = [t]
                final_info = {"type": "group", "u": u}
            else:
                tpls = [t for k, t in DIV_T if k == b] if b in (2, 3) and rng.random() < 0.7 else []
                if not tpls:
                    tpls = [t for k, t in DIV_T if k is None]
            if subj.kind == "imp":
                tpls = [t for t in tpls if imp_ok(t)] or tpls
            tpl = rng.choice(tpls)
            if subj.kind == "imp" and not imp_ok(tpl):
                return None
            if "{K}" in tpl:
                ctx.ktxt = num_text(b, rng, 0.4)
                if ctx.ktxt == "a dozen":
                    ctx.ktxt = "12"
                nums_texts.append((b, ctx.ktxt))
            else:
                word = ("halve" if "halve" in tpl else "half" if "half" in tpl else
                        "down the middle" if "down the middle" in tpl else "a third")
                nums_texts.append((b, word))
        cl = render(tpl, ctx, rng)
        if op in "+-" and b == 1:
            cl = cl.replace(f"another {ctx.ntxt} {ctx.item_sing}", f"{ctx.ntxt} more {ctx.item_sing}")
        if ctx.ntxt == "a dozen" and "{N" in tpl and "a dozen" not in cl:
            nums_texts[-1] = (b, "dozen")
        clauses.append(("chg", cl))

    final_items = cur_items
    # ---- question
    qctx = ctx
    if subj.kind == "imp":
        qsubj = ("you", "2")
    else:
        qsubj = sref(p_pron=0.5)
    ctx.sref = qsubj
    ctx.items = final_items
    place = rng.choice(PLACES[cur_cat]) if rng.random() < 0.4 else ""
    ft = final_info.get("type")
    if ft == "each":
        if final_info["person"]:
            q = rng.choice(Q_EACH)
        else:
            q = rng.choice(Q_EACH_IN).replace("{PREP}", final_info["prep"])
        q = q.replace("{R1}", final_info["r1"])
    elif ft == "group":
        q = rng.choice(Q_GROUP).replace("{U}", final_info["u"])
    else:
        q = rng.choice(Q_GEN)
        q = q.replace("{FINALCOUNT}", _FINALCOUNT[tense]).replace("{PLACE}", place)
        if not place:
            q = q.replace("still sitting", "still around")
        if tense == "past":
            q = q.replace(" now?", " at that point?").replace(" there now?", " there then?")
            q = q.replace("What's", "What was")
    q = cap(render(q, ctx, rng).replace(" ?", "?"))
    if "will you" in q and ctx.sref[0] == "you":
        pass

    # ---- sentences
    sents = []
    chg = [c for k, c in clauses if k == "chg"]
    start_txt = clauses[0][1]
    pre = rng.choice(["", "", "", "", "On Saturday morning, ", "Last weekend, ", "This morning, ",
                      "Before the holidays, ", "Sunday night, ", "First thing today, "])
    if tense == "fut":
        pre = rng.choice(["", "", "", "Tomorrow morning, ", "This weekend, "])
    if tense == "pres":
        pre = rng.choice(["", "", "", "This morning, ", "Right now, "])
    sents.append(cap(pre + start_txt) + ".")
    joiners = [", and then ", ", then ", " and ", ", and later ", ", and after that ", "; then "]
    prefixes = ["", "", "", "", "Then ", "Later, ", "After that, ", "Next, ", "By lunchtime, ",
                "That evening, ", "Before long, ", "Around noon, ", "Later on, ", "After supper, "]
    if tense == "fut":
        prefixes = ["", "", "", "Then ", "After that, ", "Next, ", "Later, "]
    i = 0
    # sometimes fold the first change into the start sentence
    if chg and rng.random() < 0.18:
        sents[-1] = sents[-1][:-1] + rng.choice([", and then ", ", but then ", "; later "]) + chg[0] + "."
        i = 1
    while i < len(chg):
        s = chg[i]
        i += 1
        while i < len(chg) and rng.random() < 0.3 and s.count(",") < 3:
            s += rng.choice(joiners) + chg[i]
            i += 1
        sents.append(cap(rng.choice(prefixes) + s) + ".")
    # distractors
    nd = rng.choices([0, 1, 2], weights=[45, 40, 15])[0]
    pool = DISTRACT if subj.kind in ("I", "we", "you", "imp") else DISTRACT + DISTRACT3 * 3
    for _ in range(nd):
        pos_ = rng.randint(1, len(sents))
        sents.insert(pos_, rng.choice(pool))
    if rng.random() < 0.12:
        sents.insert(0, rng.choice(INTROS))
    if rng.random() < 0.14:
        problem = q + " " + rng.choice(Q_LEADS) + " " + " ".join(sents)
    else:
        problem = " ".join(sents) + " " + q
    problem = problem.replace("..", ".").replace(".,", ",")
    # trim over-long problems
    if len(problem.split()) > 90:
        return None

    # ---- chain
    problem_nums = sorted(set(v for v, _ in nums_texts))
    E = n + (1 if plan["prod"] else 0)
    if kind == "none":
        idx = None
    elif kind == "answer":
        idx = E
    else:
        if pos == "first":
            idx = 0
        elif pos == "last":
            idx = E - 1
        else:
            idx = rng.randint(1, E - 2)
    res = None
    for _ in range(12):
        res = write_chain(plan, start_for_chain, kind, idx, rng, problem_nums)
        if res is not None:
            break
    if res is None:
        return None
    written, final_num, detail = res
    _, true_final = true_equations(plan, start_for_chain)

    # ---- steps
    style = {"tight": rng.random() < 0.08,
             "sym": {"+": "+", "-": rng.choice(["-", "-", "−"]),
                     "*": rng.choice(["×", "×", "*", "x_"]), "/": rng.choice(["÷", "÷", "/"])}}
    if style["sym"]["*"] == "x_":
        style["sym"]["*"] = "×"
    if subj.kind in ("I",):
        ss, havep, endp, fillp = "I", "have", "end", "fill"
    elif subj.kind == "we":
        ss, havep, endp, fillp = "we", "have", "end", "fill"
    elif subj.kind in ("you", "imp"):
        ss, havep, endp, fillp = "you", "have", "end", "fill"
    else:
        if rng.random() < 0.5 and subj.kind == "name":
            ss = subj.full
            havep, endp, fillp = "has", "ends", "fills"
        else:
            ss = subj.pron
            third = subj.pperson == "3s"
            havep, endp, fillp = ("has", "ends", "fills") if third else ("have", "end", "fill")
    steps = []
    swap_prod = plan["prod"] and rng.random() < 0.25
    items_at = []
    cur = items0
    for j, (op, b, tag) in enumerate(([("*", plan["f2"], "prod")] if plan["prod"] else []) + plan["changes"]):
        if tag == "conv":
            cur = conv[3]
        if tag == "group":
            cur = final_info["u"]
        items_at.append((cur, op, b, tag))
    for j, (a, op, b, c) in enumerate(written):
        cur, op_t, b_t, tag = items_at[j]
        if tag == "prod" and swap_prod:
            a, b = b, a
        e = _fmt_eq(a, op, b, c, style)
        if tag == "prod":
            note = rng.choice(["start", "starting count", f"{ctx.cs} times {items0} per {singular(ctx.cs)}",
                               "first the full batch", "count it up"])
            tpl = rng.choice(STEP_FIRST_PROD)
        elif tag == "conv":
            note = rng.choice([f"{conv[0]} into {conv[3]}", "convert", f"count the {conv[3]}"])
            tpl = rng.choice(STEP_T)
        else:
            notes = list(_STEP_NOTES[op_t])
            if (op_t, b_t) in _STEP_NOTES_K:
                notes = _STEP_NOTES_K[(op_t, b_t)] * 2 + notes
            if tag == "each":
                notes = [f"per {final_info['r1']}", "share it out", "divide evenly"]
            if tag == "group":
                notes = [f"how many {final_info['u']}", "group them", "divide"]
            note = rng.choice(notes)
            tpl = rng.choice(STEP_T)
        it = _item_for(c, cur)
        s = (tpl.replace("{E}", e).replace("{NOTE}", cap(note)).replace("{note}", note)
             .replace("{IT}", it).replace("{SS}", cap(ss)).replace("{ss}", ss)
             .replace("{HAVEP}", havep).replace("{havep}", havep))
        steps.append(s)
    # final answer
    last_items = items_at[-1][0]
    it = _item_for(final_num, last_items)
    if ft == "each":
        if final_info["person"]:
            tpl = rng.choice(FINAL_EACH)
        else:
            tpl = rng.choice(FINAL_EACH_IN)
        tpl = tpl.replace("{R1}", final_info["r1"]).replace("{PREP}", final_info["prep"] or "for")
    elif ft == "group":
        tpl = rng.choice(FINAL_GROUP).replace("{U}", _item_for(final_num, final_info["u"]))
    else:
        tpl = rng.choice(FINAL_T)
    s = (tpl.replace("{c}", str(final_num)).replace("{IT}", it).replace("{SS}", cap(ss))
         .replace("{HAVEP}", havep).replace("{ENDP}", endp).replace("{FILLP}", fillp))
    steps.append(s)

    label = -1 if kind == "none" else idx
    rec = {"problem": problem, "steps": steps, "label": label,
           "final_answer_correct": final_num == true_final, "error_kind": kind}
    meta = {"prod": plan["prod"], "factors": (plan["f1"], plan["f2"]) if plan["prod"] else None,
            "start": start_for_chain, "changes": [(op, b) for op, b, _ in plan["changes"]],
            "nums_texts": nums_texts, "written": written, "final": final_num, "detail": detail,
            "pos": pos, "swap_prod": swap_prod}
    return rec, meta


KINDS = ["arithmetic", "operand", "operation", "answer"]


def _generate_full(seed, count):
    rng = random.Random(seed)
    out = []
    i = 0
    while len(out) < count:
        r = rng.random()
        if r < 0.45:
            kind, pos = "none", None
        else:
            kind = KINDS[int((r - 0.45) / 0.55 * 4) % 4]
            pos = "final" if kind == "answer" else rng.choice(["first", "middle", "last"])
        got = None
        for _ in range(30):
            got = build_record(rng, None, kind, pos)
            if got is not None:
                break
        if got is None:
            continue
        rec, meta = got
        rid = f"kitchen-{seed}-{i:05d}"
        i += 1
        rec = {"id": rid, **rec}
        out.append((rec, meta))
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
