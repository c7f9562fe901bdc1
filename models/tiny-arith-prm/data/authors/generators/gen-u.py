#!/usr/bin/env python3
"""Generator gen-u: arithmetic word problems in the voice of school books
translated into English (German, Spanish, Chinese, Russian, Portuguese
originals), with step-by-step solutions labelled for a process reward model.

generate(seed, count) -> list of records; python3 generator.py writes
records.jsonl next to this file.  Standard library only.
"""
import json
import os
import random
import re

# ---------------------------------------------------------------- numbers

ONES = ("zero one two three four five six seven eight nine ten eleven twelve "
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
        7: "seventy", 8: "eighty", 9: "ninety"}
FOLD = {2: "twofold", 3: "threefold", 4: "fourfold", 5: "fivefold", 6: "sixfold",
        7: "sevenfold", 8: "eightfold", 9: "ninefold", 10: "tenfold"}


def words_for(n):
    if n <= 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    return None


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


def in_range(v):
    return v is not None and 0 <= v <= 9999


# ---------------------------------------------------------------- people

NAMES_M = """Klaus Jürgen Lukas Felix Maximilian Tobias Matthias Dieter Helmut Florian Jonas
Moritz Stefan Uwe Wolfgang Ernst Friedrich Heinrich Karl Niklas Sebastian Torsten Rainer Günter
Bernd Joaquín Alejandro Javier Diego Mateo Pablo Sergio Ignacio Andrés Álvaro Gonzalo Raúl
Esteban Emilio Fernando Hugo Iker Marcos Rafael Santiago Tomás Vicente Lorenzo Ramón Dmitri
Vanya Kolya Petya Misha Seryozha Volodya Alyosha Grisha Fyodor Igor Oleg Boris Yuri Anatoly
Vasily Gennady Stepan Timofei Yegor Arkady Kostya Pavel Nikita Sasha João Tiago Duarte Gonçalo
Afonso Bernardo Rui Nuno Vasco Joaquim Sebastião Henrique Fábio Paulo Miguel Lourenço Martim
Gustavo Caio Renato Otávio Marcelo Leandro Vinícius""".split()
NAMES_M += ["Li Wei", "Wang Jun", "Zhang Wei", "Liu Yang", "Chen Hao", "Zhao Lei", "Xiao Ming",
            "Xiao Gang", "Huang Bo", "Zhou Jie", "Wu Tao", "Sun Peng", "Ma Long", "Hu Jun",
            "Guo Qiang", "Lin Feng", "He Yong", "Gao Shan", "Xu Bin", "Luo Chen",
            "Herr Bauer", "Herr Schmidt", "Opa Werner", "Señor Ortega", "Don Ramiro",
            "Grandfather Ivan", "Uncle Kolya", "Grandpa Zhang", "Senhor Costa",
            "Teacher Liu", "Uncle Matvei", "Señor Castillo"]
NAMES_F = """Greta Anneliese Hannah Lena Ursula Sabine Heike Ingrid Brigitte Katharina Lotte Frieda
Marlene Johanna Elke Monika Susanne Gisela Mia Clara Paula Henrike Wiebke Gudrun Dörte Pilar
Rocío Lucía Carmen Dolores Inmaculada Montserrat Nuria Paloma Begoña Almudena Consuelo Elena
Marisol Alba Blanca Macarena Remedios Sofía Valeria Ximena Guadalupe Esperanza Itziar Amparo
Natasha Olga Masha Tanya Lyuba Galina Svetlana Irina Katya Nadya Vera Zoya Lyudmila Tamara
Valentina Dasha Polina Ksenia Alyona Marina Nina Raisa Yulia Larisa Anya Leonor Inês Conceição
Beatriz Mariana Fernanda Graça Madalena Matilde Joana Catarina Rita Filipa Teresa Amélia Gabriela
Luana Isadora Francisca Adriana Letícia Vitória""".split()
NAMES_F += ["Wang Fang", "Li Na", "Zhang Min", "Liu Xin", "Chen Jing", "Xiao Hong", "Xiao Li",
            "Xiao Mei", "Zhao Yan", "Yang Lan", "Huang Ying", "Zhou Yu", "Sun Li", "Zhu Hua",
            "Lin Hui", "Song Qian", "Tang Xue", "Feng Lin", "Xie Ping", "Gao Yuan",
            "Frau Krause", "Frau Hoffmann", "Oma Hilde", "Señora Vidal", "Doña Rosario",
            "Grandmother Agafya", "Aunt Lyuba", "Granny Wang", "Dona Amália", "Tia Rosa",
            "Frau Lehmann", "Señora Prieto"]

GROUPS = [
    ("the pioneers of the school", "the pioneers"), ("the young naturalists", "the naturalists"),
    ("the girls of the sewing circle", "the girls"), ("the fishermen of the artel", "the fishermen"),
    ("the grandparents Oliveira", "the grandparents"), ("the twins Lena and Lara", "the twins"),
    ("the Petrov brothers", "the brothers"), ("the sisters Carmen and Lucía", "the sisters"),
    ("the scouts of the troop", "the scouts"), ("the members of the chess club", "the club members"),
    ("the children of the kindergarten", "the children"), ("the volunteers", "the volunteers"),
    ("the family Zhang", "the Zhangs"), ("Misha and his friends", "the friends"),
    ("the pupils of Frau Krause", "the pupils"), ("the beekeepers of the village", "the beekeepers"),
    ("the students of the agricultural college", "the students"),
    ("the tourists from Leipzig", "the tourists"), ("the neighbours Pilar and Rocío", "the neighbours"),
    ("the Wang cousins", "the cousins"), ("the family Fernandes", "the Fernandes family"),
    ("the workers of the brigade", "the workers"),
]

# name, preposition, tags of goods it may hold
PLACES = [
    ("the warehouse", "in", "bulk build liquid cthing"), ("the village shop", "in", "goods"),
    ("the school library", "in", "book"), ("the bakery", "in", "baked"),
    ("the canteen", "in", "edible"), ("the kiosk", "at", "sweet paper"),
    ("the greenhouse", "in", "flower plant veg"), ("the storeroom", "in", "cthing bulk"),
    ("the poultry farm", "on", "bird eggs"), ("the depot", "at", "build bulk"),
    ("the cooperative", "at", "goods"), ("the market stall", "at", "market"),
    ("the school museum", "in", "collect"), ("the post office", "at", "paper"),
    ("the hardware store", "in", "build misc"), ("the dairy", "at", "dairy"),
    ("the fruit cellar", "in", "fruit veg"), ("the flower shop", "in", "flower plant"),
    ("the toy shop", "in", "toy"), ("the stationery shop", "in", "school"),
    ("the fish farm", "on", "fish"), ("the collective farm", "on", "animal bird bulk veg"),
    ("the petrol station", "at", "fuel"), ("the fabric shop", "in", "cloth"),
    ("the school canteen", "in", "edible"), ("the pottery workshop", "in", "dish"),
    ("the sewing workshop", "in", "linen knit cloth"), ("the savings bank", "in", "money"),
    ("the club's cash box", "in", "money"), ("the village bakery", "in", "baked"),
]

VEHICLES = [("tram", True), ("bus", False), ("trolleybus", False), ("suburban train", True),
            ("ferry", False), ("metro train", True), ("minibus", False), ("river boat", False),
            ("night train", True), ("school bus", False)]
PASSENGERS = [("passenger", "passengers"), ("person", "people"), ("traveller", "travellers"),
              ("tourist", "tourists"), ("schoolchild", "schoolchildren"), ("worker", "workers"),
              ("holidaymaker", "holidaymakers")]
STOPS = ["At the next stop", "At the market square", "At the railway station", "Near the university",
         "At the bridge", "At the stop «Theatre»", "At the stop «Zoo»", "At the stop «Botanical Garden»",
         "At the central square", "Near the stadium", "At the stop «Hospital»", "By the river port",
         "At the stop «Library»", "At the following stop", "Near the old cathedral"]

CITIES = ["Kazan", "Tula", "Novosibirsk", "Samara", "Irkutsk", "Hangzhou", "Chengdu", "Harbin",
          "Suzhou", "Kunming", "Sevilla", "Valencia", "Zaragoza", "Córdoba", "Salamanca", "Porto",
          "Coimbra", "Braga", "Leipzig", "Dresden", "Freiburg", "Rostock", "Salvador", "Recife",
          "Curitiba", "Rosario", "Valparaíso", "Cusco", "Mendoza", "Yaroslavl"]

# ---------------------------------------------------------------- items

COUNT_ITEMS = """
egg|eggs|edible fragile market perish eggs
apple|apples|edible fruit market perish
pear|pears|edible fruit market perish
plum|plums|edible fruit market perish
apricot|apricots|edible fruit market perish
peach|peaches|edible fruit market perish
orange|oranges|edible fruit market perish
mandarin|mandarins|edible fruit market perish
lemon|lemons|fruit market perish
banana|bananas|edible fruit market perish
melon|melons|edible fruit market perish
watermelon|watermelons|edible fruit market perish
pomegranate|pomegranates|edible fruit market perish
fig|figs|edible fruit market perish
mango|mangoes|edible fruit market perish
persimmon|persimmons|edible fruit market perish
quince|quinces|fruit market perish
lychee|lychees|edible fruit market perish
cucumber|cucumbers|edible veg market perish
tomato|tomatoes|edible veg market perish
sweet pepper|sweet peppers|veg market perish
carrot|carrots|edible veg market perish
beetroot|beetroots|veg market
onion|onions|veg market
head of cabbage|heads of cabbage|veg market
pumpkin|pumpkins|veg market
courgette|courgettes|veg market perish
potato|potatoes|veg market
radish|radishes|edible veg market perish
ear of corn|ears of corn|veg market
bread roll|bread rolls|edible baked market perish
pretzel|pretzels|edible baked market perish
pirozhok|pirozhki|edible baked perish
pancake|pancakes|edible baked perish
mooncake|mooncakes|edible baked
steamed bun|steamed buns|edible baked perish
custard tart|custard tarts|edible baked perish
empanada|empanadas|edible baked perish
churro|churros|edible baked perish
gingerbread biscuit|gingerbread biscuits|edible baked
cookie|cookies|edible baked
croissant|croissants|edible baked perish
waffle|waffles|edible baked
meat pie|meat pies|edible baked perish
cheese pie|cheese pies|edible baked perish
honey cake|honey cakes|edible baked
cinnamon roll|cinnamon rolls|edible baked perish
dumpling|dumplings|edible food perish
spring roll|spring rolls|edible food perish
sweet|sweets|edible sweet
chocolate bar|chocolate bars|edible sweet
lollipop|lollipops|edible sweet
toffee|toffees|edible sweet
marzipan figure|marzipan figures|edible sweet
sandwich|sandwiches|edible food perish
sausage|sausages|edible food market
tortilla|tortillas|edible food
rice cake|rice cakes|edible food
pencil|pencils|school findable
pen|pens|school findable
notebook|notebooks|school paper
exercise book|exercise books|school paper
eraser|erasers|school findable
ruler|rulers|school
crayon|crayons|school findable
felt-tip pen|felt-tip pens|school
sheet of paper|sheets of paper|school paper
envelope|envelopes|school paper
folder|folders|school paper
paintbrush|paintbrushes|school
tube of paint|tubes of paint|school
pencil sharpener|pencil sharpeners|school
marble|marbles|toy findable
doll|dolls|toy
toy car|toy cars|toy findable
tin soldier|tin soldiers|toy findable collect
ball|balls|toy
kite|kites|toy
yo-yo|yo-yos|toy
spinning top|spinning tops|toy
jigsaw puzzle|jigsaw puzzles|toy
balloon|balloons|toy
building block|building blocks|toy findable
teddy bear|teddy bears|toy
skipping rope|skipping ropes|toy
wooden horse|wooden horses|toy
board game|board games|toy
stamp|stamps|collect paper stick
postcard|postcards|collect paper
old coin|old coins|collect findable
badge|badges|collect findable
sticker|stickers|collect paper stick
seashell|seashells|collect findable
pebble|pebbles|collect findable
pine cone|pine cones|collect findable
chestnut|chestnuts|collect findable
acorn|acorns|collect findable
bottle cap|bottle caps|collect findable
keyring|keyrings|collect findable
picture card|picture cards|collect paper stick
matchbox label|matchbox labels|collect paper stick
feather|feathers|collect findable
photograph|photographs|collect paper stick
book|books|book paper
magazine|magazines|book paper
newspaper|newspapers|paper
comic|comics|book paper
dictionary|dictionaries|book
atlas|atlases|book
textbook|textbooks|book
fairy-tale book|fairy-tale books|book
rose|roses|flower market perish
tulip|tulips|flower market perish
carnation|carnations|flower market perish
daisy|daisies|flower perish
sunflower|sunflowers|flower market
lily|lilies|flower market perish
chrysanthemum|chrysanthemums|flower market perish
peony|peonies|flower market perish
violet|violets|flower perish
seedling|seedlings|plant market
sapling|saplings|plant market
tulip bulb|tulip bulbs|plant market
cactus|cacti|plant
chicken|chickens|bird market
duck|ducks|bird market
goose|geese|bird market
turkey|turkeys|bird market
pigeon|pigeons|bird
rabbit|rabbits|animal market
sheep|sheep|animal market
goat|goats|animal market
piglet|piglets|animal market
calf|calves|animal market
lamb|lambs|animal market
carp|carp|fish market
trout|trout|fish market
goldfish|goldfish|fish
crucian carp|crucian carp|fish market
perch|perch|fish market
brick|bricks|build
plank|planks|build
nail|nails|build findable
screw|screws|build findable
bolt|bolts|build
roof tile|roof tiles|build fragile
log|logs|build burn
beam|beams|build
pane of glass|panes of glass|build fragile
pipe|pipes|build
fence post|fence posts|build
plate|plates|dish fragile
cup|cups|dish fragile
glass|glasses|dish fragile
bowl|bowls|dish fragile
saucer|saucers|dish fragile
jar|jars|dish fragile
bottle|bottles|dish fragile
teapot|teapots|dish fragile
vase|vases|dish fragile
mug|mugs|dish fragile
sock|socks|knit market
scarf|scarves|knit market
mitten|mittens|knit market
woollen cap|woollen caps|knit market
shawl|shawls|knit market
jumper|jumpers|knit market
apron|aprons|linen
towel|towels|linen
handkerchief|handkerchiefs|linen
tablecloth|tablecloths|linen
pillowcase|pillowcases|linen
button|buttons|misc findable
candle|candles|misc burn
battery|batteries|misc
light bulb|light bulbs|misc fragile
box of matches|boxes of matches|misc
bar of soap|bars of soap|misc
ticket|tickets|misc paper
lantern|lanterns|misc
paper flag|paper flags|misc paper
umbrella|umbrellas|misc findable
wicker basket|wicker baskets|misc market
broom|brooms|misc market
tin bucket|tin buckets|misc
wooden spoon|wooden spoons|misc market
clay pot|clay pots|dish fragile market
"""

# unit_sg|unit_pl|abbr|substance|tags
MEASURE_ITEMS = """
kilogram|kilograms|kg|flour|bulk
kilogram|kilograms|kg|sugar|bulk
kilogram|kilograms|kg|potatoes|bulk veg market
kilogram|kilograms|kg|rice|bulk
kilogram|kilograms|kg|buckwheat|bulk
kilogram|kilograms|kg|salt|bulk
kilogram|kilograms|kg|cherries|bulk edible fruit market perish
kilogram|kilograms|kg|grapes|bulk edible fruit market perish
kilogram|kilograms|kg|honey|bulk edible market
kilogram|kilograms|kg|coal|bulk burn
kilogram|kilograms|kg|sand|bulk
kilogram|kilograms|kg|hay|bulk
kilogram|kilograms|kg|wheat|bulk sow
kilogram|kilograms|kg|oats|bulk sow
kilogram|kilograms|kg|millet|bulk sow
kilogram|kilograms|kg|tea|bulk market
kilogram|kilograms|kg|apples|bulk edible fruit market perish
kilogram|kilograms|kg|carrots|bulk veg market
kilogram|kilograms|kg|plums|bulk edible fruit market perish
kilogram|kilograms|kg|cheese|bulk edible market
kilogram|kilograms|kg|sunflower seeds|bulk edible sow
gram|grams|g|raisins|bulk edible
gram|grams|g|butter|bulk edible
gram|grams|g|walnuts|bulk edible
litre|litres|l|milk|liquid drink market perish dairy
litre|litres|l|juice|liquid drink
litre|litres|l|water|liquid drink
litre|litres|l|petrol|liquid fuel
litre|litres|l|kvass|liquid drink market
litre|litres|l|olive oil|liquid market
litre|litres|l|sunflower oil|liquid market
litre|litres|l|paint|liquid
litre|litres|l|lemonade|liquid drink
litre|litres|l|kefir|liquid drink perish dairy
litre|litres|l|diesel|liquid fuel
metre|metres|m|cloth|cloth
metre|metres|m|ribbon|cloth
metre|metres|m|wire|cloth
metre|metres|m|rope|cloth
metre|metres|m|silk|cloth market
metre|metres|m|linen fabric|cloth
metre|metres|m|cable|cloth
metre|metres|m|lace|cloth
metre|metres|m|woollen fabric|cloth market
"""

# unit_sg|unit_pl|abbr
MONEY_ITEMS = """
rouble|roubles|rub.
yuan|yuan|yuan
euro|euros|euros
peso|pesos|pesos
real|reais|reais
kopeck|kopecks|kop.
"""


def _load_items():
    items = []
    for line in COUNT_ITEMS.strip().splitlines():
        sg, pl, tags = line.split("|")
        t = set(tags.split()) | {"goods", "count"}
        if not t & {"animal", "bird", "fish"}:
            t |= {"thing", "cthing"}
        items.append({"kind": "count", "sg": sg, "pl": pl, "tags": t,
                      "the": "the " + pl, "them": "them", "qty": "the number of " + pl,
                      "unit": pl})
    for line in MEASURE_ITEMS.strip().splitlines():
        usg, upl, abbr, sub, tags = line.split("|")
        t = set(tags.split()) | {"goods", "thing", "measure"}
        items.append({"kind": "measure", "sg": usg + " of " + sub, "pl": upl + " of " + sub,
                      "usg": usg, "upl": upl, "sub": sub, "abbr": abbr, "tags": t,
                      "the": "the " + sub, "them": "it", "qty": "the amount of " + sub,
                      "unit": abbr})
    for line in MONEY_ITEMS.strip().splitlines():
        usg, upl, abbr = line.split("|")
        items.append({"kind": "money", "sg": usg, "pl": upl, "usg": usg, "upl": upl,
                      "abbr": abbr, "tags": {"money"}, "the": "the money", "them": "it",
                      "qty": "the sum of money", "unit": abbr})
    return items


ITEMS = _load_items()


def noun_n(item, n):
    """noun phrase that follows a number n"""
    if item["kind"] == "count":
        return item["sg"] if n == 1 else item["pl"]
    if item["kind"] == "money":
        return item["usg"] if n == 1 else item["upl"]
    return (item["usg"] if n == 1 else item["upl"]) + " of " + item["sub"]


def unit_n(item, n):
    if item["kind"] == "count":
        return item["sg"] if n == 1 else item["pl"]
    return item["usg"] if n == 1 else item["upl"]


CONTAINERS = [
    ("eggs", [("box", "boxes"), ("tray", "trays"), ("basket", "baskets")]),
    ("fruit", [("crate", "crates"), ("basket", "baskets"), ("box", "boxes"), ("net", "nets")]),
    ("veg", [("crate", "crates"), ("sack", "sacks"), ("basket", "baskets")]),
    ("baked", [("tray", "trays"), ("box", "boxes"), ("basket", "baskets"), ("paper bag", "paper bags")]),
    ("sweet", [("box", "boxes"), ("packet", "packets"), ("jar", "jars")]),
    ("food", [("box", "boxes"), ("packet", "packets"), ("bag", "bags")]),
    ("school", [("pack", "packs"), ("box", "boxes"), ("set", "sets")]),
    ("toy", [("box", "boxes"), ("set", "sets"), ("bag", "bags")]),
    ("collect", [("album", "albums"), ("envelope", "envelopes"), ("little box", "little boxes")]),
    ("book", [("shelf", "shelves"), ("box", "boxes"), ("stack", "stacks"), ("parcel", "parcels")]),
    ("paper", [("stack", "stacks"), ("bundle", "bundles"), ("pack", "packs")]),
    ("flower", [("bunch", "bunches"), ("bouquet", "bouquets"), ("bucket", "buckets")]),
    ("plant", [("box", "boxes"), ("tray", "trays"), ("row", "rows")]),
    ("animal", [("pen", "pens"), ("stall", "stalls")]),
    ("bird", [("coop", "coops"), ("cage", "cages")]),
    ("fish", [("bucket", "buckets"), ("tank", "tanks"), ("net", "nets")]),
    ("build", [("stack", "stacks"), ("pallet", "pallets"), ("bundle", "bundles")]),
    ("dish", [("box", "boxes"), ("crate", "crates"), ("set", "sets")]),
    ("knit", [("pack", "packs"), ("bundle", "bundles"), ("pile", "piles")]),
    ("linen", [("pack", "packs"), ("pile", "piles"), ("box", "boxes")]),
    ("misc", [("box", "boxes"), ("pack", "packs"), ("carton", "cartons")]),
    ("bulk", [("sack", "sacks"), ("bag", "bags"), ("box", "boxes")]),
    ("liquid", [("can", "cans"), ("bottle", "bottles"), ("barrel", "barrels"), ("canister", "canisters")]),
    ("cloth", [("roll", "rolls"), ("bale", "bales"), ("coil", "coils")]),
    ("money", [("envelope", "envelopes"), ("purse", "purses"), ("money box", "money boxes")]),
]

HOLDERS = [
    ("eggs", ["basket", "pantry"]), ("fruit", ["basket", "cellar", "pantry"]),
    ("veg", ["cellar", "basket", "pantry"]), ("baked", ["basket", "pantry", "kitchen"]),
    ("sweet", ["tin", "cupboard"]), ("food", ["pantry", "kitchen"]),
    ("school", ["school bag", "desk drawer"]), ("toy", ["toy box", "room"]),
    ("collect", ["collection", "album", "treasure box"]), ("book", ["bookcase", "room"]),
    ("paper", ["drawer", "folder"]), ("flower", ["garden", "vase"]),
    ("plant", ["greenhouse", "garden"]), ("animal", ["farmyard", "shed"]),
    ("bird", ["yard", "poultry house"]), ("fish", ["pond", "aquarium"]),
    ("build", ["shed", "workshop"]), ("dish", ["cupboard", "kitchen"]),
    ("knit", ["wardrobe", "chest"]), ("linen", ["wardrobe", "chest"]),
    ("misc", ["drawer", "cupboard"]), ("bulk", ["cellar", "barn", "storeroom"]),
    ("liquid", ["cellar", "kitchen"]), ("cloth", ["workshop", "chest"]),
    ("money", ["purse", "piggy bank", "wallet"]),
]


def pick_tagged(rng, table, item):
    opts = []
    for tag, vals in table:
        if tag in item["tags"]:
            opts.extend(vals)
    return rng.choice(opts) if opts else None


# ---------------------------------------------------------------- verbs
# forms base|past|pres3|participle ("-" = no passive), tags, who (H person/group,
# P place, B both), tails

ADD_VERBS = [
    ("buy|bought|buys|bought", "goods", "B", [" at the market", " in the shop", " in town", " at the fair", ""]),
    ("purchase|purchased|purchases|purchased", "goods", "B", [" at the wholesale market", ""]),
    ("receive|received|receives|received", "goods money", "B", [" as a gift", " from {rel}", " by post", ""]),
    ("get|got|gets|-", "goods money", "H", [" from {rel}", " as a present", ""]),
    ("find|found|finds|found", "findable money", "H", [" in the attic", " on the way home", " under the bench", " in an old suitcase", ""]),
    ("collect|collected|collects|collected", "collect fruit flower", "H", [" during the excursion", " over the weekend", ""]),
    ("pick up|picked up|picks up|picked up", "findable fruit", "H", [" from the ground", " in the park", ""]),
    ("gather|gathered|gathers|gathered", "fruit veg collect flower", "H", [" in the garden", ""]),
    ("win|won|wins|won", "toy collect money book school", "H", [" in a competition", " in the lottery", " at the chess tournament", ""]),
    ("earn|earned|earns|earned", "money", "H", [" for helping the neighbours", " during the holidays", " at the harvest", ""]),
    ("bring|brought|brings|brought", "goods", "B", [" from home", ""]),
    ("bring in|brought in|brings in|brought in", "fruit veg bulk", "B", [" from the fields", ""]),
    ("obtain|obtained|obtains|obtained", "goods", "B", [""]),
    ("acquire|acquired|acquires|acquired", "goods", "B", [""]),
    ("add|added|adds|added", "goods money", "B", [" to the stock", ""]),
    ("harvest|harvested|harvests|harvested", "fruit veg", "B", [" in the garden", ""]),
    ("pick|picked|picks|picked", "fruit flower", "H", [" in the orchard", " in the garden", ""]),
    ("catch|caught|catches|caught", "fish", "H", [" in the river", " at the lake", ""]),
    ("bake|baked|bakes|baked", "baked", "B", [" in the evening", ""]),
    ("make|made|makes|made", "baked toy linen knit", "B", [" by hand", ""]),
    ("order|ordered|orders|ordered", "thing", "B", [" by post", " from the catalogue", ""]),
    ("borrow|borrowed|borrows|borrowed", "book money", "H", [" from {rel}"]),
    ("inherit|inherited|inherits|inherited", "collect book money", "H", [" from {rel}"]),
    ("fetch|fetched|fetches|fetched", "thing", "H", [" from the cellar", " from the shed"]),
    ("carry in|carried in|carries in|carried in", "build bulk veg", "B", [" from the yard", ""]),
    ("save|saved|saves|saved", "money", "H", [""]),
    ("raise|raised|raises|raised", "animal bird", "B", [""]),
    ("grow|grew|grows|grown", "veg flower plant", "B", [" in the greenhouse", ""]),
    ("take|took|takes|taken", "book", "H", [" from the library"]),
    ("stock up on|stocked up on|stocks up on|-", "thing", "B", [""]),
    ("get hold of|got hold of|gets hold of|-", "goods", "H", [""]),
    ("buy up|bought up|buys up|bought up", "goods", "B", [""]),
    ("get back|got back|gets back|-", "goods money", "H", [" from {rel}"]),
    ("pour in|poured in|pours in|poured in", "liquid", "B", [""]),
    ("unload|unloaded|unloads|unloaded", "thing", "P", [" from the lorry", ""]),
    ("accept|accepted|accepts|accepted", "goods", "P", [" from the suppliers", ""]),
    ("take in|took in|takes in|taken in", "goods", "P", [""]),
    ("dig up|dug up|digs up|dug up", "veg", "H", [" in the garden", ""]),
    ("knit|knitted|knits|knitted", "knit", "H", [" in the evenings", ""]),
    ("sew|sewed|sews|sewn", "linen", "H", [""]),
    ("produce|produced|produces|produced", "baked misc knit linen dish build", "P", [""]),
    ("pick out|picked out|picks out|picked out", "collect toy book", "H", [" at the flea market"]),
    ("gain|gained|gains|gained", "money", "H", [""]),
    ("take home|took home|takes home|taken home", "cthing", "H", [" from the fair"]),
    ("lay in|laid in|lays in|laid in", "bulk liquid veg", "B", [" for the winter"]),
]

SUB_VERBS = [
    ("sell|sold|sells|sold", "goods", "B", [" at the market", " to a neighbour", " to {rel}", ""]),
    ("give away|gave away|gives away|given away", "goods money", "B", [""]),
    ("give|gave|gives|given", "goods money", "H", [" to {rel}"]),
    ("lose|lost|loses|lost", "thing money", "H", [" on the way home", " in the park", ""]),
    ("eat|ate|eats|eaten", "edible", "H", [" for breakfast", " at lunch", ""]),
    ("use|used|uses|used", "school build bulk liquid cloth misc", "B", [" for the work", ""]),
    ("use up|used up|uses up|used up", "bulk liquid cloth school misc", "B", [""]),
    ("drop|dropped|drops|dropped", "fragile", "H", [" on the floor", ""]),
    ("spend|spent|spends|spent", "money", "B", [" on bread", " on a present", " on the tickets", ""]),
    ("donate|donated|donates|donated", "goods money", "B", [" to the school", " to the children's home", ""]),
    ("break|broke|breaks|broken", "fragile", "H", [" by accident", ""]),
    ("throw out|threw out|throws out|thrown out", "perish", "B", [""]),
    ("throw away|threw away|throws away|thrown away", "perish", "B", [""]),
    ("hand out|handed out|hands out|handed out", "edible school misc flower", "B", [" to the children", ""]),
    ("lend|lent|lends|lent", "book toy school money", "H", [" to {rel}"]),
    ("send|sent|sends|sent", "goods money", "B", [" to {rel} in {city}", " by post", ""]),
    ("post|posted|posts|posted", "collect paper book", "H", [" to {rel}"]),
    ("return|returned|returns|returned", "book", "B", [" to the library"]),
    ("give back|gave back|gives back|given back", "goods money", "H", [" to {rel}"]),
    ("sell off|sold off|sells off|sold off", "goods", "B", [""]),
    ("trade|traded|trades|traded", "collect toy", "H", [" for a pocket knife", " for a book"]),
    ("exchange|exchanged|exchanges|exchanged", "collect toy", "H", [" for other things"]),
    ("present|presented|presents|presented", "flower baked collect", "H", [" to the teacher", " to {rel}"]),
    ("ship|shipped|ships|shipped", "goods", "P", [" to the city", ""]),
    ("dispatch|dispatched|dispatches|dispatched", "goods", "P", [" to the shops", ""]),
    ("burn|burned|burns|burned", "burn", "B", [" in the stove"]),
    ("spill|spilled|spills|spilled", "liquid", "H", [""]),
    ("pour out|poured out|pours out|poured out", "liquid", "B", [""]),
    ("drink|drank|drinks|drunk", "drink", "H", [""]),
    ("cook|cooked|cooks|cooked", "veg bulk", "B", [" for dinner", ""]),
    ("feed|fed|feeds|fed", "veg fruit baked", "H", [" to the rabbits", " to the goats"]),
    ("sow|sowed|sows|sown", "sow", "B", [" in the field"]),
    ("cut off|cut off|cuts off|cut off", "cloth", "B", [""]),
    ("pay|paid|pays|paid", "money", "B", [" for the tickets", " for the rent", " for the bread"]),
    ("forget|forgot|forgets|forgotten", "cthing", "H", [" on the bus", " at school"]),
    ("leave behind|left behind|leaves behind|left behind", "cthing", "H", [" at {poss} grandmother's"]),
    ("stick|stuck|sticks|stuck", "stick", "H", [" into the album"]),
    ("hand over|handed over|hands over|handed over", "goods money", "B", [" to {rel}", " to the school"]),
    ("pass on|passed on|passes on|passed on", "goods money", "H", [" to {rel}"]),
    ("release|released|releases|released", "bird fish", "H", [""]),
    ("deliver|delivered|delivers|delivered", "goods", "B", [" to the customers", " to the shops"]),
    ("write off|wrote off|writes off|written off", "goods", "P", [" as damaged"]),
    ("give out|gave out|gives out|given out", "book school misc edible", "P", [" to the visitors", ""]),
    ("misplace|misplaced|misplaces|misplaced", "cthing", "H", [""]),
    ("waste|wasted|wastes|wasted", "money bulk liquid", "H", [""]),
    ("eat up|ate up|eats up|eaten up", "edible", "H", [""]),
    ("consume|consumed|consumes|consumed", "bulk liquid", "B", [""]),
]

# external giver / taker as subject: (template, tags)
EXT_ADD = [
    ("{rel2} {Vr:give/gave/gives} {obj} {O}", "goods money"),
    ("{rel2} {Vr:hand/handed/hands} {obj} {O}", "cthing money"),
    ("{rel2} {Vr:send/sent/sends} {obj} {O} by post", "collect paper book money knit"),
    ("{rel2} {Vr:bring/brought/brings} {obj} {O}", "goods"),
    ("{rel2} {Vr:pass/passed/passes} {obj} {O}", "cthing money"),
    ("{rel2} {Vr:lend/lent/lends} {obj} {O}", "book money toy"),
    ("{rel2} {Vr:present/presented/presents} {obj} with {O}", "goods"),
    ("{rel2} {Vr:pay/paid/pays} {obj} {O} for the work", "money"),
    ("{rel2} {Vr:sell/sold/sells} {obj} {O}", "goods"),
    ("{rel2} {Vr:give/gave/gives} {O} to {objn} as a gift", "goods money"),
    ("to {objn} {Vr:give/gave/gives} {rel2} {O}", "goods money"),
    ("from {rel2} {objn} {Vo:receive/received/receives} {O}", "goods money"),
]
EXT_SUB = [
    ("{rel2} {Vr:eat/ate/eats} {Npart}", "edible"),
    ("{rel2} {Vr:borrow/borrowed/borrows} {Npart}", "book toy school money"),
    ("{rel2} {Vr:take/took/takes} {Npart}", "cthing money"),
    ("{rel2} {Vr:buy/bought/buys} {O} from {obj}", "goods"),
    ("{rel2} {Vr:ask/asked/asks} {obj} for {O}, and {Pron} {V:give/gave/gives} them", "cthing"),
    ("a fox {Vs:carry/carried/carries} off {Npart}", "bird"),
    ("the cat {Vs:eat/ate/eats} {Npart}", "fish"),
    ("the neighbours' goat {Vs:eat/ate/eats} {Npart}", "veg flower"),
    ("a hungry dog {Vs:steal/stole/steals} {Npart}", "baked food"),
    ("{rel2} {Vr:carry/carried/carries} away {Npart}", "cthing"),
]
EXT_ADD_PLACE = [
    ("the supplier {Vs:deliver/delivered/delivers} {O} to {Place}", "goods"),
    ("a lorry from the city {Vs:bring/brought/brings} {O}", "goods"),
    ("the farmers {Vp:deliver/delivered/deliver} {O} to {Place}", "market bulk"),
    ("the factory {Vs:send/sent/sends} {O} to {Place}", "thing"),
    ("from the central depot {Vs:arrive/arrived/arrives} {O}", "goods money"),
    ("a regular customer {Vs:bring/brought/brings} back {O}", "book cthing"),
]
EXT_SUB_PLACE = [
    ("the customers {Vp:buy/bought/buy} {O}", "goods"),
    ("the buyers {Vp:take/took/take} away {O}", "goods"),
    ("the visitors {Vp:take/took/take} home {O}", "cthing"),
    ("the readers {Vp:borrow/borrowed/borrow} {O}", "book"),
    ("a restaurant {Vs:order/ordered/orders} {O}", "edible bulk liquid"),
    ("the pupils {Vp:take/took/take} {O}", "school book edible"),
]

# numberless intransitive / passive changes with the quantity as subject
NP_ADD = [
    ("{O} {Vn:arrive/arrived/arrives} by post", "collect paper book money knit"),
    ("{O} {Vn:turn/turned/turns} up under the sofa", "findable"),
    ("{O} {Vn:hatch/hatched/hatches}", "bird"),
    ("{O} {BEn} born", "animal"),
    ("{O} {Vn:come/came/comes} with the evening delivery", "goods"),
    ("{O} {Vn:appear/appeared/appears} in the garden", "flower plant"),
]
NP_SUB = [
    ("{NP} {Vn:break/broke/breaks}", "fragile"),
    ("{NP} {Vn:spoil/spoiled/spoils}", "perish"),
    ("{NP} {Vn:go/went/goes} bad", "perish"),
    ("{NP} {Vn:rot/rotted/rots}", "fruit veg"),
    ("{NP} {Vn:run/ran/runs} away", "animal"),
    ("{NP} {Vn:fly/flew/flies} away", "bird"),
    ("{NP} {Vn:get/got/gets} lost", "thing money"),
    ("{NP} {Vn:go/went/goes} missing", "thing money"),
    ("{NP} {Vn:disappear/disappeared/disappears}", "cthing money"),
    ("{NP} {Vn:wither/withered/withers}", "flower plant"),
    ("{NP} {Vn:freeze/froze/freezes} in the night frost", "flower plant veg"),
    ("{NP} {Vn:fall/fell/falls} off the cart", "market"),
    ("{NP} {Vn:leak/leaked/leaks} out", "liquid"),
    ("{NP} {Vn:crack/cracked/cracks}", "fragile"),
    ("{NP} {Vn:escape/escaped/escapes}", "animal bird fish"),
    ("{NP} {BEn} stolen", "thing money"),
]

# vehicles (passengers as subject); inversion register "At the stop got off 12 people"
VEH_ADD = ["{O} {Vn:get/got/gets} on", "{O} {Vn:board/boarded/boards} the {veh}",
           "{O} {Vn:get/got/gets} in", "{O} {Vn:enter/entered/enters}",
           "{O} {Vn:climb/climbed/climbs} aboard", "{O} {Vn:come/came/comes} aboard",
           "{O} {Vn:join/joined/joins} them", "{O} {Vn:squeeze/squeezed/squeezes} in",
           "{O} {Vn:step/stepped/steps} in", "{O} {Vn:get/got/gets} into the {veh}"]
VEH_SUB = ["{NP} {Vn:get/got/gets} off", "{NP} {Vn:get/got/gets} out",
           "{NP} {Vn:leave/left/leaves} the {veh}", "{NP} {Vn:step/stepped/steps} out",
           "{NP} {Vn:alight/alighted/alights}", "{NP} {Vn:disembark/disembarked/disembarks}",
           "{NP} {Vn:change/changed/changes} to the metro", "{NP} {Vn:go/went/goes} out",
           "{NP} {Vn:exit/exited/exits}", "{NP} {Vn:get/got/gets} off the {veh}"]
VEH_MUL = ["the number of {items} {Vs:become/became/becomes} {Ntimes} larger",
           "there {BEp} {twice} as many {items} in the {veh} as before",
           "the number of {items} {Vs:grow/grew/grows} {Ntimes}",
           "the {veh} {Vs:fill/filled/fills} up, and the number of {items} {Vs:increase/increased/increases} {Ntimes}"]
VEH_DIV = [("half of the {items} {Vp:get/got/get} off", 2, "half"),
           ("only a third of the {items} {Vp:stay/stayed/stay} in the {veh}", 3, "a third"),
           ("the number of {items} {Vs:decrease/decreased/decreases} {Ntimes}", None, None),
           ("the number of {items} {Vs:become/became/becomes} {Ntimes} smaller", None, None),
           ("the {items} {Vp:split/split/split} into {N} equal groups, and only one group {Vs:stay/stayed/stays} in the {veh}", None, None)]

# multiplication / division: (template, who, tags or "", fixed n, registered word)
# {NV:...} is a number verb (doubled, tripled, halved) registered as the number token
MUL_T = [
    ("{S} {NV:double/doubled/doubles} {poss} stock of {stockname}", "HP", "", 2, None),
    ("{S} {NV:triple/tripled/triples} {qty}", "HP", "", 3, None),
    ("{S} {V:increase/increased/increases} {qty} {Ntimes}", "HP", "", None, None),
    ("{S} {V:increase/increased/increases} {poss} stock of {stockname} {nfold}", "HP", "", None, None),
    ("{S} {V:make/made/makes} {qty} {Ntimes} bigger", "HP", "", None, None),
    ("{S} {V:multiply/multiplied/multiplies} {qty} by {N}", "HP", "", None, None),
    ("{S} {V:buy/bought/buys} so many {items} that {Pron} then {HAVE} {twice} as many as before", "H", "goods", None, None),
    ("{S} {V:enlarge/enlarged/enlarges} {poss} collection {Ntimes}", "H", "collect book toy", None, None),
    ("{qty} {Vs:become/became/becomes} {Ntimes} larger", "HPX", "", None, None),
    ("{qty} {Vs:grow/grew/grows} {nfold}", "HPX", "", None, None),
    ("{qty} {Vs:increase/increased/increases} {Ntimes}", "HPX", "", None, None),
    ("there {BEp} {twice} as many {items} as before", "HPX", "count", None, None),
    ("{poss} stock {NVs:double/doubled/doubles}", "HPX", "", 2, None),
    ("the supply of {stockname} {BEs} tripled", "HPX", "", 3, "tripled"),
    ("{qty} {Vs:rise/rose/rises} {Ntimes}", "HPX", "", None, None),
    ("{qty} {BEs} multiplied by {N}", "HPX", "", None, None),
    ("the herd {Vs:grow/grew/grows} {Ntimes}", "HPX", "animal", None, None),
    ("{S} {V:breed/bred/breeds} so many that {qty} {Vs:become/became/becomes} {Ntimes} larger", "H", "animal bird fish", None, None),
    ("{S} {V:swap/swapped/swaps} each {item} for {N} new ones", "H", "collect toy", None, None),
]
DIV_T = [
    ("{S} {V:share/shared/shares} {them} equally among {N} {recips} and {V:keep/kept/keeps} one share", "H", "", None, None),
    ("{S} {V:divide/divided/divides} {the_items} into {N} equal parts and {V:keep/kept/keeps} one part for {refl}", "H", "", None, None),
    ("{S} {V:split/split/splits} {them} into {N} equal heaps and {V:take/took/takes} only one heap home", "H", "cthing measure", None, None),
    ("{S} {V:pack/packed/packs} {the_items} evenly into {N} {conts} and {V:keep/kept/keeps} only one {cont}", "H", "count", None, None),
    ("{S} {V:give/gave/gives} away half of {the_items}", "HP", "", 2, "half"),
    ("{S} {V:keep/kept/keeps} only half of {them}", "H", "", 2, "half"),
    ("{S} {V:keep/kept/keeps} only a third of {the_items}", "H", "", 3, "a third"),
    ("{S} {NV:halve/halved/halves} {poss} stock", "HP", "", 2, None),
    ("{S} {V:reduce/reduced/reduces} {qty} {Ntimes}", "HP", "", None, None),
    ("{S} {V:distribute/distributed/distributes} {the_items} equally among {N} {recips}, and one share {Vs:stay/stayed/stays} with {obj}", "H", "", None, None),
    ("{S} {V:sell/sold/sells} all but a third of {them}", "HP", "goods", 3, "a third"),
    ("{S} {V:cut/cut/cuts} {the_items} into {N} equal pieces and {V:keep/kept/keeps} one piece", "H", "cloth", None, None),
    ("{S} {V:pour/poured/pours} {the_items} equally into {N} {conts} and {V:keep/kept/keeps} one {cont}", "H", "liquid", None, None),
    ("{qty} {Vs:decrease/decreased/decreases} {Ntimes}", "HPX", "", None, None),
    ("{qty} {Vs:become/became/becomes} {Ntimes} smaller", "HPX", "", None, None),
    ("only half of {the_items} {Vq:remain/remained/remains}", "HPX", "", 2, "half"),
    ("only a third of {the_items} {Vq:remain/remained/remains}", "HPX", "", 3, "a third"),
    ("{the_items} {BEq} divided equally among {N} {recips}, and only one share {Vs:remain/remained/remains} {with}", "HPX", "", None, None),
    ("{the_items} {BEq} split into {N} equal parts, and one part {Vs:stay/stayed/stays} {with}", "HPX", "", None, None),
    ("{poss} stock {BEs} halved", "HPX", "", 2, "halved"),
    ("{S} {V:distribute/distributed/distributes} {the_items} equally between {N} branches and {V:keep/kept/keeps} one share", "P", "", None, None),
]
RECIPS_H = ["friends", "classmates", "neighbours", "cousins", "grandchildren", "families",
            "teams", "groups", "children", "comrades", "relatives", "guests"]
RECIPS_P = ["shops", "schools", "kindergartens", "branches", "customers", "canteens", "villages"]

# ---------------------------------------------------------------- sentences around

OPENERS = [
    ("It was a frosty morning in January.", "It is a frosty morning in January."),
    ("The summer holidays had just begun.", "The summer holidays have just begun."),
    ("In the village the harvest was almost over.", "In the village the harvest is almost over."),
    ("It was the end of October, and the leaves were yellow.", "It is the end of October, and the leaves are yellow."),
    ("The autumn fair took place on the main square.", "The autumn fair takes place on the main square."),
    ("Before the New Year there was much to do.", "Before the New Year there is much to do."),
    ("The spring came early that year.", "The spring comes early this year."),
    ("On Sunday the whole family was at home.", "On Sunday the whole family is at home."),
    ("In the school a festival was being prepared.", "In the school a festival is being prepared."),
    ("It rained the whole week.", "It rains the whole week."),
    ("The Spring Festival was approaching.", "The Spring Festival is approaching."),
    ("In the town of {city} the market opened early.", "In the town of {city} the market opens early."),
    ("The weather near {city} was warm and dry.", "The weather near {city} is warm and dry."),
    ("It was a quiet evening in the countryside.", "It is a quiet evening in the countryside."),
    ("The lessons were over, and the sun was shining.", "The lessons are over, and the sun is shining."),
]
DISTRACTORS = [
    ("The weather was fine.", "The weather is fine."),
    ("{Name} was very pleased about this.", "{Name} is very pleased about this."),
    ("{Poss} little brother watched attentively.", "{Poss} little brother watches attentively."),
    ("Nobody knew about this yet.", "Nobody knows about this yet."),
    ("The road home was long and dusty.", "The road home is long and dusty."),
    ("Everybody was in a good mood.", "Everybody is in a good mood."),
    ("The cat slept on the windowsill.", "The cat sleeps on the windowsill."),
    ("Outside it began to rain.", "Outside it begins to rain."),
    ("The bell rang for the break.", "The bell rings for the break."),
    ("{Name} hummed a song while working.", "{Name} hums a song while working."),
    ("This took the whole afternoon.", "This takes the whole afternoon."),
    ("Such is the life in the countryside.", "Such is the life in the countryside."),
    ("The neighbour {Other} greeted {obj} over the fence.", "The neighbour {Other} greets {obj} over the fence."),
    ("The sky was grey and low.", "The sky is grey and low."),
    ("Grandmother made tea for everybody.", "Grandmother makes tea for everybody."),
    ("It was already getting dark.", "It is already getting dark."),
    ("{Name} wrote everything down in a notebook.", "{Name} writes everything down in a notebook."),
    ("The dog barked loudly in the yard.", "The dog barks loudly in the yard."),
    ("Nobody was in a hurry.", "Nobody is in a hurry."),
    ("The old clock on the wall struck loudly.", "The old clock on the wall strikes loudly."),
    ("{Other} came to visit in the meantime.", "{Other} comes to visit in the meantime."),
    ("It was very cold that day.", "It is very cold today."),
    ("The radio played quiet music.", "The radio plays quiet music."),
    ("This happened on a Wednesday.", "This happens on a Wednesday."),
]
DISTRACT_PLACE = [
    ("The manager was satisfied.", "The manager is satisfied."),
    ("The lorry arrived late because of the snow.", "The lorry arrives late because of the snow."),
    ("The work began early in the morning.", "The work begins early in the morning."),
    ("A new cashier started work that day.", "A new cashier starts work today."),
    ("The doors were painted green.", "The doors are painted green."),
    ("Everything was recorded carefully in the book.", "Everything is recorded carefully in the book."),
]
DISTRACT_VEH = [
    ("The driver was in a good mood.", "The driver is in a good mood."),
    ("It was snowing outside.", "It is snowing outside."),
    ("The conductor checked the tickets.", "The conductor checks the tickets."),
    ("The windows were fogged up.", "The windows are fogged up."),
    ("A child was singing quietly.", "A child is singing quietly."),
]

ADV_FIRST = {"past": ["In the morning", "First", "On Monday", "At the beginning of the week", "Early in the day",
                      "In the spring", "On the first day"],
             "present": ["In the morning", "First", "On Monday", "At the beginning of the week", "Today"],
             "future": ["Tomorrow", "On Monday", "Next week", "In the morning"]}
ADV_LATER = {"past": ["Then", "After that", "Later", "Afterwards", "In the evening", "Next day",
                      "On the following day", "A little later", "Soon", "After lunch", "Towards evening",
                      "At the end of the week", "Thereafter", "On Saturday", "In the afternoon"],
             "present": ["Then", "After that", "Later", "Afterwards", "In the evening", "After lunch",
                         "Towards evening", "In the afternoon"],
             "future": ["Then", "After that", "Later", "In the evening", "The day after", "At the weekend"]}

# ---------------------------------------------------------------- steps

STEP_T = {
    "P": ["{E} ({u}).", "{E} ({u}) — so many were there at the beginning.", "At first there were {E} {items}.",
          "We find the initial number: {E}.", "In all the {conts} together: {E} ({u}).",
          "One multiplies the number of {conts} by the number in each: {E}.",
          "First we find how many {items} there were: {E}.", "Originally {S} {has} {E} {items}.",
          "{E} ({u}) — this is the whole stock.", "The whole quantity is {E} ({u})."],
    "+": ["{E} ({u}).", "{E} ({u}) — so many became after that.", "{S} then {has} {E} {items}.",
          "After this addition there are {E} {items}.", "We add the new ones: {E}.",
          "The number increases: {E} ({u}).", "One adds: {E}.", "Together this makes {E} ({u}).",
          "Now there are {E} {items}.", "Adding gives {E}.", "We find the new number: {E} ({u}).",
          "{E} ({u}) are there after the addition.", "To this one adds the new ones: {E}."],
    "-": ["{E} ({u}).", "{E} ({u}) remained.", "Remained {E} ({u}).", "After this remain {with} {E} {items}.",
          "We subtract: {E}.", "One subtracts: {E} ({u}).", "{E}, so many are left.",
          "Then there are {E} {items} left.", "Left over: {E} ({u}).", "The number decreases: {E}.",
          "We take away those that are gone: {E} ({u}).", "{S} {keeps} {E} {items}."],
    "*": ["{E} ({u}).", "The number becomes larger: {E} ({u}).", "We multiply: {E}.", "One multiplies: {E} ({u}).",
          "After the increase there are {E} {items}.", "{E} ({u}) — so many after the increase.",
          "Several times more: {E}.", "Now {S} {has} {E} {items}.", "The new number is {E} ({u})."],
    "/": ["{E} ({u}).", "{E} ({u}) — this is one share.", "We divide into equal parts: {E}.",
          "One divides: {E} ({u}).", "One share contains {E} {items}.",
          "Each part is {E} ({u}), and one part stays.", "After the division there remain {E} {items}.",
          "{S} {keeps} one share: {E} ({u}).", "The number becomes smaller: {E} ({u})."],
}
STEP_Q = {
    "P": ["How many {items} were there at first? {E} ({u}).", "How many {items} were there in all the {conts}? {E} ({u})."],
    "+": ["How many {items} became after that? {E} ({u}).", "How many {items} were there after the addition? {E} ({u})."],
    "-": ["How many {items} remained? {E} ({u}).", "How many {items} were left after that? {E} ({u})."],
    "*": ["How many {items} were there after the increase? {E} ({u}).", "How many {items} became then? {E} ({u})."],
    "/": ["How many {items} are in one share? {E} ({u}).", "How many {items} remained after the division? {E} ({u})."],
}
ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh"]
LETTERS = "abcdefg"
SYMBOLS = [{"+": "+", "-": "-", "*": "*", "/": "/"},
           {"+": "+", "-": "−", "*": "×", "/": "÷"},
           {"+": "+", "-": "-", "*": "×", "/": "÷"},
           {"+": "+", "-": "−", "*": "*", "/": "/"},
           {"+": "+", "-": "-", "*": "×", "/": "/"}]

ANSWER_T = {
    "H": ["Answer: {c} {citems}.", "Answer: {c} ({u}).", "Answer: {c}.", "#### {c}",
          "Answer: {S} {has} {c} {citems}.", "Answer: at {Sobj} remain {c} {citems}.",
          "So {S} {has} {c} {citems} left.", "Thus, in the end there are {c} {citems}.",
          "The answer is {c}.", "Answer: {c} {citems} remain.", "Consequently, {S} {has} {c} {citems}.",
          "Answer: {S} {has} now {c} {citems}.", "Answer: in the end {c} {citems}."],
    "P": ["Answer: {c} {citems}.", "Answer: {c} ({u}).", "Answer: {c}.", "#### {c}",
          "Answer: {loc} remain {c} {citems}.", "So {loc} there are {c} {citems} left.",
          "The answer is {c}.", "Answer: {Place} {has} {c} {citems}.", "Thus {c} {citems} remain {loc}."],
    "V": ["Answer: {c} {citems}.", "Answer: {c}.", "#### {c}", "Answer: in the {veh} ride {c} {citems}.",
          "So there are {c} {citems} in the {veh}.", "The answer is {c}.", "Answer: {c} ({u})."],
}

# ---------------------------------------------------------------- text machinery

TOKEN_RE = re.compile(r"\{(\w+)(?::([^}]*))?\}")
BE = {("past", False): "was", ("past", True): "were", ("present", False): "is",
      ("present", True): "are", ("future", False): "will be", ("future", True): "will be"}
HAVE = {("past", False): "had", ("past", True): "had", ("present", False): "has",
        ("present", True): "have", ("future", False): "will have", ("future", True): "will have"}


def conj(forms, tense, plural):
    if tense == "past":
        return forms[1]
    if tense == "present":
        return forms[0] if plural else forms[2]
    return "will " + forms[0]


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch.isdigit():
            return s
    return s


def possessive(name):
    return name + ("'" if name.endswith("s") else "'s")


class Owner:
    def __init__(self, kind, name, short, plural, pron, obj, poss, refl, place=None, prep=None):
        self.kind, self.name, self.short, self.plural = kind, name, short, plural
        self.pron, self.obj, self.poss, self.refl = pron, obj, poss, refl
        self.place, self.prep = place, prep


class Ctx:
    """Everything one problem's wording needs; fill() renders a template."""

    def __init__(self, rng, owner, item, tense):
        self.rng, self.owner, self.item, self.tense = rng, owner, item, tense
        self.tokens = []          # (token text, value) for the checker
        self.subj, self.subj_pl = owner.name, owner.plural
        self.n, self.tok = None, None
        self.O = ""
        self.rel_np, self.rel_pl = "", False
        self.cont = None
        self.extra = {}

    # numbers ----------------------------------------------------
    def render_num(self, n, dozen_ok=True, word_p=0.22):
        r = self.rng.random()
        if dozen_ok and n == 12 and r < 0.3:
            tok = "a dozen"
        elif n <= 20 and r < word_p:
            tok = ONES[n]
        elif 30 <= n <= 90 and n % 10 == 0 and r < word_p * 0.8:
            tok = TENS[n // 10]
        elif 21 <= n <= 99 and r < 0.05:
            tok = words_for(n)
        else:
            tok = str(n)
        self.tokens.append((tok, n))
        return tok

    def set_operand(self, n, dozen_ok=True):
        self.n = n
        self.tok = None
        self.dozen_ok = dozen_ok

    def optok(self, mode="plain"):
        """render the current operand once per change"""
        if self.tok is None:
            n = self.n
            if mode == "twice" and n == 2 and self.rng.random() < 0.8:
                self.tok = "twice"
                self.tokens.append(("twice", 2))
            elif mode == "fold" and n in FOLD and self.rng.random() < 0.6:
                self.tok = FOLD[n]
                self.tokens.append((FOLD[n], n))
            elif mode == "fold":
                self.tok = "%d-fold" % n
                self.tokens.append((str(n), n))
            else:
                self.tok = self.render_num(n, dozen_ok=self.dozen_ok and mode == "plain")
        return self.tok

    # agreement ----------------------------------------------------
    def n_plural(self):
        return self.n != 1

    def q_plural(self):
        return self.item["kind"] == "count"

    def rel(self):
        o = self.owner
        rng = self.rng
        if o.kind == "place":
            return rng.choice(["a regular customer", "the neighbouring school", "a restaurant in {city}",
                               "the town hospital", "the kindergarten next door", "a farmer from the village"])
        p = o.poss
        return rng.choice([p + " grandmother", p + " grandfather", p + " aunt", p + " uncle",
                           p + " brother", p + " sister", p + " cousin", p + " neighbour",
                           p + " friend " + other_name(rng, o.name), p + " classmate " + other_name(rng, o.name),
                           "the teacher", "a neighbour", p + " godmother", p + " mother", p + " father",
                           "Grandmother " + rng.choice(["Agafya", "Hilde", "Rosario", "Amália", "Xiu", "Matryona"]),
                           "Uncle " + rng.choice(["Vanya", "Jorge", "Helmut", "Chen", "Abílio", "Fedya"])])

    def fill(self, tpl):
        def rep(m):
            key, arg = m.group(1), m.group(2)
            return self._tok(key, arg)
        out = TOKEN_RE.sub(rep, tpl)
        if "{" in out:        # tokens produced by tokens (rel with {city})
            out = TOKEN_RE.sub(rep, out)
        return out

    def _tok(self, key, arg):
        o, it, t = self.owner, self.item, self.tense
        if key == "S":
            return self.subj
        if key == "V":
            return conj(arg.split("/"), t, self.subj_pl)
        if key == "Vn":
            return conj(arg.split("/"), t, self.n_plural())
        if key == "Vs":
            return conj(arg.split("/"), t, False)
        if key == "Vp":
            return conj(arg.split("/"), t, True)
        if key == "Vq":
            return conj(arg.split("/"), t, self.q_plural())
        if key == "Vo":
            return conj(arg.split("/"), t, self.owner.plural)
        if key == "Vr":
            return conj(arg.split("/"), t, self.rel_pl)
        if key in ("NV", "NVs"):
            w = conj(arg.split("/"), t, self.subj_pl if key == "NV" else False)
            word = w.replace("will ", "")
            self.tokens.append((word, self.n))
            self.tok = word
            return w
        if key == "BE":
            return BE[(t, self.subj_pl)]
        if key == "BEn":
            return BE[(t, self.n_plural())]
        if key == "BEs":
            return BE[(t, False)]
        if key == "BEp":
            return BE[(t, True)]
        if key == "BEq":
            return BE[(t, self.q_plural())]
        if key == "HAVE":
            return HAVE[(t, self.subj_pl)]
        if key == "N":
            return self.optok()
        if key == "Ntimes":
            return self.optok("times") + " times"
        if key == "twice":
            tok = self.optok("twice")
            return tok if tok == "twice" else tok + " times"
        if key == "nfold":
            return self.optok("fold")
        if key == "O":
            return self.O
        if key == "NP":
            return self.O
        if key == "Npart":
            tok = self.optok()
            if it["kind"] == "count":
                return "%s of %s %s" % (tok, o.poss, it["pl"]) if o.kind != "place" else "%s of the %s" % (tok, it["pl"])
            return "%s %s of %s" % (tok, unit_n(it, self.n), it["the"])
        if key == "items":
            return it["pl"]
        if key == "stockname":
            return it["pl"] if it["kind"] == "count" else it["sub"] if it["kind"] == "measure" else "money"
        if key == "item":
            return it["sg"]
        if key == "the_items":
            return it["the"]
        if key == "them":
            return it["them"]
        if key == "qty":
            return it["qty"]
        if key == "poss":
            return o.poss
        if key == "Poss":
            return cap(o.poss)
        if key == "obj":
            return o.obj
        if key == "objn":
            return o.name if o.kind != "place" else o.place
        if key == "refl":
            return o.refl
        if key == "Pron":
            return o.pron
        if key == "rel":
            return self.rel()
        if key == "rel2":
            return self.rel_np
        if key == "Rel":
            return cap(self.rel_np)
        if key == "city":
            return self.rng.choice(CITIES)
        if key == "recips":
            return self.rng.choice(RECIPS_P if o.kind == "place" else RECIPS_H)
        if key == "Place":
            return o.place or o.name
        if key == "loc":
            return "%s %s" % (o.prep, o.place)
        if key == "with":
            if o.kind == "place":
                return "%s %s" % (o.prep, o.place)
            if o.kind == "vehicle":
                return "in the " + o.place
            return "with " + o.obj
        if key == "veh":
            return o.place
        if key in ("cont", "conts"):
            if self.cont is None:
                self.cont = pick_tagged(self.rng, CONTAINERS, it) or ("box", "boxes")
            return self.cont[0] if key == "cont" else self.cont[1]
        if key in ("Name",):
            return o.short
        if key == "Other":
            return other_name(self.rng, o.name)
        if key in self.extra:
            return self.extra[key]
        raise KeyError(key)


def other_name(rng, avoid):
    while True:
        n = rng.choice(NAMES_M + NAMES_F)
        if n != avoid and " " not in n[:5]:
            return n


def tags_ok(item, tags):
    return (not tags) or bool(item["tags"] & set(tags.split()))


def verb_forms(v):
    return v.split("|")


# ---------------------------------------------------------------- owners

def make_owner(rng):
    r = rng.random()
    if r < 0.56:
        male = rng.random() < 0.5
        name = rng.choice(NAMES_M if male else NAMES_F)
        if male:
            return Owner("person", name, name, False, "he", "him", "his", "himself")
        return Owner("person", name, name, False, "she", "her", "her", "herself")
    if r < 0.68:
        np_, short = rng.choice(GROUPS)
        return Owner("group", np_, short, True, "they", "them", "their", "themselves")
    if r < 0.87:
        place, prep, tags = rng.choice(PLACES)
        o = Owner("place", place, place, False, "it", "it", "its", "itself", place=place, prep=prep)
        o.tags = tags
        return o
    veh, long_ = rng.choice(VEHICLES)
    o = Owner("vehicle", "the " + veh, "the " + veh, False, "it", "it", "its", "itself", place=veh, prep="in the")
    o.long = long_
    return o


def choose_item(rng, owner):
    if owner.kind == "vehicle":
        sg, pl = rng.choice(PASSENGERS)
        return {"kind": "count", "sg": sg, "pl": pl, "tags": {"passenger"}, "the": "the " + pl,
                "them": "them", "qty": "the number of " + pl,
                "unit": rng.choice([pl, pl, "pers."])}
    if owner.kind == "place":
        tags = set(owner.tags.split())
        pool = [it for it in ITEMS if it["tags"] & tags]
        return rng.choice(pool)
    return rng.choice(ITEMS)


# ---------------------------------------------------------------- numbers plan

def plan_numbers(rng, owner):
    veh = owner.kind == "vehicle"
    k = rng.choices([1, 2, 3, 4, 5], weights=[17, 24, 24, 19, 16])[0]
    product = rng.random() < (0.22 if veh and getattr(owner, "long", False) else (0.0 if veh else 0.3))
    factors = None
    if product:
        if veh:
            G, P = rng.randint(2, 12), rng.randint(8, 60)
        else:
            G = rng.choice([rng.randint(2, 12), rng.randint(2, 12), rng.randint(10, 40)])
            P = rng.choice([rng.randint(2, 25), rng.randint(5, 60), rng.choice([10, 12, 20, 24, 25, 50, 100])])
        start = G * P
        factors = (G, P)
    else:
        r = rng.random()
        if veh:
            start = rng.randint(8, 160)
        elif r < 0.03:
            start = 1000
        elif r < 0.42:
            start = rng.randint(12, 99)
        else:
            start = rng.randint(100, 999)
        if start != 1000 and rng.random() < 0.45:
            m = rng.choice([2, 3, 4, 5, 6, 8, 10, 12])
            start = max(m * 2, (start // m) * m)
    v = start
    changes = []
    w = [45, 45, 4, 6] if veh else [30, 30, 16, 24]
    for _ in range(k):
        for _attempt in range(30):
            op = rng.choices(["+", "-", "*", "/"], weights=w)[0]
            if op == "+":
                hi = min(999, 9999 - v, max(15, v if rng.random() < 0.7 else v // 3 + 10))
                if veh:
                    hi = min(hi, 60)
                if hi < 1:
                    continue
                b = rng.randint(1, hi)
            elif op == "-":
                if v < 2:
                    continue
                top = min(999, v - 1, max(1, int((v - 1) * rng.choice([0.3, 0.6, 0.95]))))
                b = rng.randint(1, top)
            elif op == "*":
                if v > 2500 or v < 2:
                    continue
                fs = [f for f in (2, 3, 4, 5, 6, 7, 8, 9, 10) if v * f <= 9999]
                if not fs:
                    continue
                b = rng.choices(fs, weights=[30, 25, 14, 10, 6, 4, 4, 3, 4][:len(fs)])[0]
            else:
                ds = [d for d in (2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25) if v % d == 0 and v // d >= 2]
                if not ds:
                    continue
                b = rng.choice(ds)
            break
        else:
            op, b = "+", rng.randint(1, 20)
        changes.append((op, b))
        v = apply_op(v, op, b)
    return start, factors, changes


def true_equations(start, factors, changes):
    eqs = []
    if factors:
        G, P = factors
        v = G * P
        eqs.append((G, "*", P, v))
    else:
        v = start
    for op, b in changes:
        c = apply_op(v, op, b)
        eqs.append((v, op, b, c))
        v = c
    return eqs


# ---------------------------------------------------------------- errors

def digit_swaps(x):
    s = str(x)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.append(int(t))
    return out


def digit_bumps(x):
    s = str(x)
    out = []
    for i, ch in enumerate(s):
        for d in (-1, 1):
            nd = int(ch) + d
            if 0 <= nd <= 9 and not (i == 0 and nd == 0 and len(s) > 1):
                out.append(int(s[:i] + str(nd) + s[i + 1:]))
    return out


def misreads(x):
    c = digit_swaps(x) + [x + 1, x - 1]
    if x >= 20:
        c += [x + 10, x - 10]
    return [y for y in c if y > 0 and y != x]


def no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    digits = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        digits.append(str((da + db) % 10))
    return int("".join(reversed(digits)))


def no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    digits = []
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        digits.append(str(abs(da - db)))
    return int("".join(reversed(digits)))


def arithmetic_slips(rng, a, op, b, c):
    groups = [[c + 1, c - 1], [c + 10, c - 10] + ([c + 100, c - 100] if c >= 100 else []),
              digit_swaps(c), digit_bumps(c)]
    if op == "+":
        groups.append([no_carry_add(a, b)])
    elif op == "-":
        groups.append([no_borrow_sub(a, b), c + 10])
    elif op == "*":
        groups.append([a * (b - 1), a * (b + 1)])
    rng.shuffle(groups)
    out = []
    for g in groups:
        g = [x for x in g if x != c and 0 <= x <= 9999]
        rng.shuffle(g)
        out.extend(g)
    return out


def continue_chain(v, eqs_after):
    out = []
    for (_a, op, b, _c) in eqs_after:
        c = apply_op(v, op, b)
        if not in_range(c):
            return None
        out.append((v, op, b, c))
        v = c
    return out


def inject(rng, kind, j, eqs, start, factors, changes):
    """return written equations and final answer, or None if no realistic slip fits"""
    numbers = ([factors[0], factors[1]] if factors else [start]) + [b for _, b in changes]
    if kind == "answer":
        f = eqs[-1][3]
        cands = [f + 1, f - 1, f + 10, f - 10] + digit_swaps(f)
        if len(eqs) >= 2:
            cands += [eqs[-1][0]] * 3
        cands += [eqs[-1][2]]
        cands = [x for x in cands if x != f and 0 <= x <= 9999]
        if not cands:
            return None
        return list(eqs), rng.choice(cands)
    a, op, b, c = eqs[j]
    product_step = factors is not None and j == 0
    cands = []
    if kind == "arithmetic":
        cands = [(a, op, b, x) for x in arithmetic_slips(rng, a, op, b, c)]
    elif kind == "operand":
        bs = [x for x in numbers if x != b and x != a] + misreads(b)
        if op in "*/":
            bs += [b + 1, b - 1]
        bs = [x for x in set(bs) if 0 < x <= 999 and x != b]
        if product_step:
            as_ = [x for x in set(misreads(a) + [y for y in numbers[2:]]) if 0 < x <= 999 and x != a]
        elif j == 0:
            as_ = [x for x in set(misreads(a) + numbers[1:]) if 0 < x <= 1000 and x != a]
        else:
            as_ = misreads(a) + [eqs[j - 1][0]] * 2 + ([start if not factors else eqs[0][3]] if j >= 2 else [])
            as_ = [x for x in set(as_) if 0 < x <= 9999 and x != a]
        rng.shuffle(bs)
        rng.shuffle(as_)
        pb = [(a, op, x) for x in bs]
        pa = [(x, op, b) for x in as_]
        order = pb + pa if rng.random() < 0.62 else pa + pb
        for (x, o, y) in order:
            z = apply_op(x, o, y)
            if in_range(z) and z != c:
                cands.append((x, o, y, z))
    elif kind == "operation":
        alts = {"+": ["-", "-", "*"], "-": ["+"], "*": ["+", "+", "-", "/"], "/": ["*", "-", "-"]}[op]
        if product_step:
            alts = ["+"]
        rng.shuffle(alts)
        for o in alts:
            if o == "*" and op == "+" and b > 12:
                continue
            z = apply_op(a, o, b)
            if in_range(z) and z != c:
                cands.append((a, o, b, z))
    for cand in cands[:12]:
        rest = continue_chain(cand[3], eqs[j + 1:])
        if rest is None:
            continue
        written = eqs[:j] + [cand] + rest
        return written, written[-1][3]
    return None


# ---------------------------------------------------------------- problem text

def object_form(ctx, op):
    it, o, n, rng = ctx.item, ctx.owner, ctx.n, ctx.rng
    tok = ctx.optok()
    noun = noun_n(it, n)
    if op == "+":
        forms = [("%s %s", 5), ("%s more %s", 4), ("yet %s %s", 1)]
        if n != 1:
            forms += [("%s %s more", 2)]
            if not tok.startswith("a "):
                forms += [("another %s %s", 3), ("additionally %s %s", 1), ("%s further %s", 1)]
        f = rng.choices([x[0] for x in forms], weights=[x[1] for x in forms])[0]
        return f % (tok, noun)
    forms = [(tok + " " + noun, 5)]
    if it["kind"] == "count":
        forms += [(tok + " of them", 3), ("%s of the %s" % (tok, it["pl"]), 2)]
        if o.kind != "place":
            forms += [("%s of %s %s" % (tok, o.poss, it["pl"]), 2)]
        if n != 1 and "cthing" in it["tags"]:
            forms += [(tok + " pieces", 1)]
    elif it["kind"] == "measure":
        u = unit_n(it, n)
        forms += [("%s %s" % (tok, u), 2), ("%s %s of it" % (tok, u), 2), ("%s %s of %s" % (tok, u, it["the"]), 1)]
    else:
        forms += [("%s of %s %s" % (tok, o.poss, it["upl"]), 1)] if o.kind != "place" else []
    return rng.choices([x[0] for x in forms], weights=[x[1] for x in forms])[0]


class Clause:
    def __init__(self, text, inv=None, vp=None, pp=None, owner_subj=False, no_adv=False):
        self.no_adv = no_adv
        self.text = text          # subject-first clause, no period
        self.inv = inv            # (verb, subject, rest) for "Adv verb subject rest"
        self.vp = vp              # verb phrase without the owner subject
        self.pp = pp              # participle phrase for "After she had ..."
        self.owner_subj = owner_subj


def pick_subject(ctx, first):
    o, rng = ctx.owner, ctx.rng
    if o.kind == "place":
        r = rng.random()
        if r < 0.4:
            return "one", False
        if r < 0.6:
            return "the workers", True
        return o.place, False
    if first or rng.random() < 0.35:
        return o.short if (o.kind == "group") else o.name, o.plural
    return o.pron, o.plural


def agent_clause(ctx, op, first):
    """owner (or 'one') does something with a verb from the lists"""
    rng, it, o = ctx.rng, ctx.item, ctx.owner
    verbs = ADD_VERBS if op == "+" else SUB_VERBS
    who_ok = ("B", "P") if o.kind == "place" else ("B", "H")
    pool = [v for v in verbs if v[2] in who_ok and tags_ok(it, v[1])]
    if not pool:
        return None
    forms_s, _tags, _who, tails = rng.choice(pool)
    forms = verb_forms(forms_s)
    tail = rng.choice(tails)
    subj, spl = pick_subject(ctx, first)
    if o.kind == "place" and not tail and subj != o.place:
        tail = rng.choice(["", " to " + o.place]) if op == "+" else rng.choice(["", " from " + o.place])
    ctx.subj, ctx.subj_pl = subj, spl
    front = op == "-" and rng.random() < 0.18 and o.kind != "place"
    if front:
        tok = ctx.optok()
        if it["kind"] == "count":
            ctx.O = tok if rng.random() < 0.6 or "cthing" not in it["tags"] or ctx.n == 1 else tok + " pieces"
            lead = rng.choice(["of these", "of them", "from these"])
        else:
            ctx.O = "%s %s" % (tok, unit_n(it, ctx.n))
            lead = rng.choice(["of this", "from this"])
    else:
        ctx.O = object_form(ctx, op)
    verb = conj(forms, ctx.tense, spl)
    rest = ctx.fill(ctx.O + tail)
    if front:
        if ctx.tense != "future" and " " not in verb and rng.random() < 0.5 and subj not in ("he", "she", "they", "one"):
            return Clause("%s %s %s %s" % (lead, verb, subj, rest), no_adv=True)
        return Clause("%s %s %s %s" % (lead, subj, verb, rest), no_adv=True)
    text = "%s %s %s" % (subj, verb, rest)
    inv = None
    if ctx.tense != "future" and " " not in verb and subj not in ("he", "she", "they", "one"):
        inv = (verb, subj, rest)
    pp = None
    if forms[3] != "-":
        pp = "%s %s" % (forms[3], rest)
    owner_subj = subj != "one" and subj != "the workers"
    return Clause(text, inv=inv, vp="%s %s" % (verb, rest), pp=pp, owner_subj=owner_subj)


PASSIVE_ADD_PLACE = {"receive", "bring", "bring in", "add", "unload", "accept", "take in", "harvest", "bake",
                     "make", "produce", "grow", "raise", "lay in", "carry in", "pour in", "obtain", "acquire"}


def passive_clause(ctx, op):
    rng, it, o = ctx.rng, ctx.item, ctx.owner
    verbs = ADD_VERBS if op == "+" else SUB_VERBS
    pool = [v for v in verbs if verb_forms(v[0])[3] != "-" and tags_ok(it, v[1])
            and (v[2] != "H" or o.kind != "place") and "{" not in "".join(v[3])]
    if op == "+" and o.kind == "place":
        pool = [v for v in pool if verb_forms(v[0])[0] in PASSIVE_ADD_PLACE]
    if not pool:
        return None
    forms_s, _t, _w, tails = rng.choice(pool)
    forms = verb_forms(forms_s)
    if op == "+":
        ctx.O = object_form(ctx, "+")
    else:
        tok = ctx.optok()
        if it["kind"] == "count" and o.kind != "place" and rng.random() < 0.5:
            ctx.O = "%s of %s %s" % (tok, o.poss, it["pl"])
        else:
            ctx.O = "%s %s" % (tok, noun_n(it, ctx.n))
    tail = rng.choice(tails)
    if o.kind == "place":
        if rng.random() < 0.6 and not tail:
            if op == "-":
                tail = " from " + o.place
            elif forms[0] in ("bring", "bring in", "carry in", "add", "pour in"):
                tail = " to " + o.place
            else:
                tail = " %s %s" % (o.prep, o.place)
    elif op == "+":
        # who received them must be clear
        tail += " by " + rng.choice([o.obj, o.short if o.kind == "group" else o.name])
    be = BE[(ctx.tense, ctx.n_plural())]
    return Clause("%s %s %s%s" % (ctx.O, be, forms[3], tail))


def template_clause(ctx, tpl, np_subject=False):
    text = ctx.fill(tpl)
    inv = None
    if np_subject and ctx.tense != "future":
        # "{O} {Vn:get/got/gets} on" -> verb after adverbial
        m = re.match(r"^\{(?:O|NP)\} \{Vn:([^}]*)\}(.*)$", tpl)
        if m:
            verb = conj(m.group(1).split("/"), ctx.tense, ctx.n_plural())
            rest = ctx.fill(m.group(2))
            if " " not in verb:
                inv = (verb, ctx.O, rest.lstrip() and rest)
    return Clause(text, inv=inv)


def change_clause(ctx, op, b, first):
    """realise one change; registers the number token"""
    rng, it, o = ctx.rng, ctx.item, ctx.owner
    ctx.set_operand(b, dozen_ok=(it["kind"] == "count"))
    ctx.cont = None
    ctx.subj, ctx.subj_pl = (o.name if first else rng.choice([o.pron, o.short])), o.plural
    if o.kind == "place":
        ctx.subj, ctx.subj_pl = o.place, False
    if o.kind == "vehicle":
        if op in "+-":
            ctx.O = object_form(ctx, op) if op == "+" else "%s %s" % (ctx.optok(), noun_n(it, ctx.n))
            tpl = rng.choice(VEH_ADD if op == "+" else VEH_SUB)
            return template_clause(ctx, tpl, np_subject=True)
        if op == "*":
            return template_clause(ctx, rng.choice(VEH_MUL))
        opts = [x for x in VEH_DIV if x[1] in (None, b)]
        tpl, fixed, word = rng.choice(opts)
        if fixed:
            ctx.tokens.append((word, b))
            ctx.tok = word
        return template_clause(ctx, tpl)
    if op in "+-":
        r = rng.random()
        kinds = ["agent"] * 6 + ["ext"] * 2 + ["np"] * 1 + ["passive"] * 1
        if o.kind == "place":
            kinds = ["agent"] * 4 + ["ext"] * 3 + ["np"] * 1 + ["passive"] * 3
        if o.kind != "place" and op == "+":
            kinds += ["given"]
        for _ in range(8):
            k = rng.choice(kinds)
            if k == "agent":
                c = agent_clause(ctx, op, first)
                if c:
                    return c
            elif k == "passive":
                c = passive_clause(ctx, op)
                if c:
                    return c
            elif k == "given":
                subj, spl = pick_subject(ctx, first)
                ctx.subj, ctx.subj_pl = subj, spl
                ctx.O = object_form(ctx, "+")
                vp = "%s given %s%s" % (BE[(ctx.tense, spl)], ctx.O,
                                        rng.choice(["", " as a present", " for the holiday", " by " + ctx.rel()]))
                vp = ctx.fill(vp)
                return Clause("%s %s" % (subj, vp), vp=vp, owner_subj=True)
            elif k == "ext":
                if o.kind == "place":
                    table = EXT_ADD_PLACE if op == "+" else EXT_SUB_PLACE
                else:
                    table = EXT_ADD if op == "+" else EXT_SUB
                pool = [x for x in table if tags_ok(it, x[1])]
                if not pool:
                    continue
                tpl = rng.choice(pool)[0]
                ctx.rel_np = ctx.fill(ctx.rel())
                ctx.rel_pl = False
                if o.kind != "place":
                    ctx.subj, ctx.subj_pl = o.pron, o.plural
                ctx.O = object_form(ctx, op)
                return Clause(ctx.fill(tpl), no_adv=tpl.startswith(("to ", "from ")))
            else:
                pool = [x for x in (NP_ADD if op == "+" else NP_SUB) if tags_ok(it, x[1])]
                if not pool:
                    continue
                tpl = rng.choice(pool)[0]
                if op == "+":
                    ctx.O = object_form(ctx, "+")
                else:
                    tok = ctx.optok()
                    if it["kind"] == "count" and rng.random() < 0.4:
                        ctx.O = "%s of %s" % (tok, "the " + it["pl"] if o.kind == "place" else o.poss + " " + it["pl"])
                    else:
                        ctx.O = "%s %s" % (tok, noun_n(it, ctx.n))
                return template_clause(ctx, tpl, np_subject=True)
        ctx.O = object_form(ctx, op)
        verb = conj(["receive", "received", "receives"] if op == "+" else ["give", "gave", "gives"],
                    ctx.tense, o.plural if o.kind != "place" else False)
        subj = o.name if o.kind != "place" else o.place
        return Clause("%s %s %s" % (subj, verb, ctx.O + ("" if op == "+" else " away")))
    table = MUL_T if op == "*" else DIV_T
    who = "P" if o.kind == "place" else "H"
    pool = [x for x in table if (who in x[1] or x[1] == "") and tags_ok(it, x[2]) and x[3] in (None, b)]
    if o.kind == "place":
        pool = [x for x in pool if "{S}" not in x[0] or who in x[1]]
    tpl, _who, _tags, fixed, word = rng.choice(pool)
    if word:
        ctx.tokens.append((word, b))
        ctx.tok = word
    if "{S}" in tpl and o.kind == "place":
        ctx.subj, ctx.subj_pl = rng.choice([("one", False), (o.place, False)])
    text = ctx.fill(tpl)
    owner_subj = tpl.startswith("{S} ") and ctx.subj not in ("one",)
    vp = text[len(ctx.subj) + 1:] if owner_subj else None
    return Clause(text, vp=vp, owner_subj=owner_subj)


def start_sentence(ctx, start, factors, tense):
    rng, it, o = ctx.rng, ctx.item, ctx.owner
    past = tense == "past"
    name = o.name
    if factors:
        G, P = factors
        g = ctx.render_num(G, dozen_ok=False)
        p = ctx.render_num(P, dozen_ok=(it["kind"] == "count"))
        ctx.cont = pick_tagged(rng, CONTAINERS, it) or ("box", "boxes")
        cs, cp = ctx.cont
        if o.kind == "vehicle":
            t = rng.choice(["The %s had %s carriages with %s %s in each." if past else "The %s has %s carriages with %s %s in each.",
                            "In each of the %s carriages of the {veh} there were %s %s." if past else
                            "In each of the %s carriages of the {veh} there are %s %s."])
            if t.startswith("The"):
                return t % (o.place, g, p, it["pl"])
            return ctx.fill(t % (g, p, it["pl"]))
        if it["kind"] == "money":
            unit = it["upl"]
            st = "past" if past else "present"
            if o.kind == "place":
                return "In %s there %s %s envelopes with %s %s in each." % (o.place, "were" if past else "are", g, p, unit)
            return rng.choice([
                "%s %s %s coins of %s %s each." % (name, HAVE[(st, o.plural)], g, p, unit),
                "%s %s %s banknotes of %s %s each." % (name, HAVE[(st, o.plural)], g, p, unit),
                "In %s drawer there %s %s envelopes with %s %s in each." % (o.poss, "were" if past else "are", g, p, unit),
            ])
        if it["kind"] == "measure":
            u = it["upl"]
            opts = ["%s %s %s %s of %s, %s %s in each." % (name, "bought" if past else "buys" if not o.plural else "buy",
                                                             g, cp, it["sub"], p, u),
                    "%s %s %s %s with %s %s of %s in each." % (name, HAVE[(("past" if past else "present"), o.plural)],
                                                             g, cp, p, it["abbr"], it["sub"]),
                    "%s %s %s %s of %s %s of %s each." % (name, "received" if past else "receives" if not o.plural else "receive",
                                                        g, cp, p, u, it["sub"])]
            if o.kind == "place":
                opts.append("In %s there %s %s %s of %s, each with %s %s." % (o.place, "were" if past else "are", g, cp, it["sub"], p, u))
            return rng.choice(opts)
        pl_p = it["pl"]
        be_p = "were" if past else "are"
        lie = "lay" if past else "lie"
        opts = []
        st = "past" if past else "present"
        if o.kind == "place":
            opts += ["In %s there %s %s %s with %s %s in each." % (o.place, be_p, g, cp, p, pl_p),
                     "%s %s %s %s of %s %s each." % (o.place, "received" if past else "receives", g, cp, p, pl_p),
                     "%s %s %s %s; in every %s %s %s %s." % (o.place, HAVE[(st, False)], g, cp, cs, lie, p, pl_p)]
        else:
            v_buy = conj(["buy", "bought", "buys"], st, o.plural)
            v_keep = conj(["keep", "kept", "keeps"], st, o.plural)
            v_pack = conj(["pack", "packed", "packs"], st, o.plural)
            v_rec = conj(["receive", "received", "receives"], st, o.plural)
            opts += ["%s %s %s %s with %s %s in each." % (name, v_buy, g, cp, p, pl_p),
                     "%s %s %s %s, and in each %s there %s %s %s." % (name, HAVE[(st, o.plural)], g, cp, cs, be_p, p, pl_p),
                     "In %s %s %s %s %s %s each." % (g, cp, name, v_keep, p, pl_p),
                     ("In each of %s %s %s %s %s %s." % (possessive(name), g, cp, lie, p, pl_p)) if o.kind == "person"
                     else "In each of the %s %s of %s %s %s %s." % (g, cp, name, lie, p, pl_p),
                     "%s %s %s into %s %s, %s in each %s." % (name, v_pack, it["the"], g, cp, p, cs),
                     "%s %s %s %s of %s %s each." % (name, v_rec, g, cp, p, pl_p)]
            if it["tags"] & {"flower", "plant", "veg"}:
                v_pl = conj(["plant", "planted", "plants"], st, o.plural)
                opts.append("%s %s %s rows of %s, %s in every row." % (name, v_pl, g, pl_p, p))
        return rng.choice(opts)
    n = start
    st = "past" if past else "present"
    tok = ctx.render_num(n, dozen_ok=(it["kind"] == "count"))
    np_ = "%s %s" % (tok, noun_n(it, n))
    be_n = BE[(st, n != 1)]
    if o.kind == "vehicle":
        v = o.place
        return rng.choice([
            "In the %s %s %s." % (v, "rode" if past else ("rides" if n == 1 else "ride"), np_),
            "The %s %s carrying %s." % (v, "was" if past else "is", np_),
            "There %s %s in the %s." % (be_n, np_, v),
            "From the terminus the %s %s with %s." % (v, "left" if past else "leaves", np_),
            "%s %s sitting in the %s." % (np_, be_n, v),
        ])
    if o.kind == "place":
        lie = "lay" if past else ("lies" if n == 1 else "lie")
        return rng.choice([
            "%s %s there %s %s." % (o.prep.capitalize(), o.place, be_n, np_),
            "%s %s %s %s." % (o.prep.capitalize(), o.place, lie if it["kind"] != "money" else be_n, np_),
            "%s %s %s in stock." % (o.place, HAVE[(st, False)], np_),
            "At the beginning of the week %s %s %s." % (o.place, HAVE[(st, False)], np_),
            "Into %s %s brought %s." % (o.place, be_n, np_),
            "The stock of %s was %s." % (o.place, np_) if past else "The stock of %s is %s." % (o.place, np_),
        ])
    holder = pick_tagged(rng, HOLDERS, it) or "cupboard"
    have = HAVE[(st, o.plural)]
    opts = [
        "%s %s %s." % (name, have, np_),
        "At %s there %s %s." % (name, be_n, np_),
        "%s %s %s." % (name, conj(["own", "owned", "owns"], st, o.plural), np_),
        "%s %s in %s %s %s." % (name, have, o.poss, holder, np_),
        "%s %s %s." % (np_, conj(["belong", "belonged", "belongs"], st, n != 1) + " to", name),
        "Once %s counted %s %s: there %s %s." % (name, o.poss, it["pl"] if it["kind"] == "count" else it["sub"] if it["kind"] == "measure" else "money",
                                               "were" if past else "are", tok) if past else
        "%s %s %s %s: there %s %s." % (name, conj(["count", "counted", "counts"], st, o.plural), o.poss,
                                      it["pl"] if it["kind"] == "count" else it["sub"] if it["kind"] == "measure" else "money",
                                      "are", tok),
        ("In %s %s there %s %s." % (possessive(name), holder, be_n, np_)) if o.kind == "person"
        else "%s %s a stock of %s." % (name, have, np_),
    ]
    if "market" in it["tags"] and o.kind == "person" and past:
        opts.append("To the market brought %s %s." % (name, np_))
        opts.append("To the market brought the %s %s %s." % (rng.choice(["farmer", "peasant", "old"]), name, np_))
    if it["kind"] == "money":
        opts.append("%s %s %s." % (name, "had saved up" if past else "has saved up", np_))
    if it["tags"] & {"fruit", "flower", "veg"} and o.kind == "person":
        opts.append("%s %s %s in the garden." % (name, conj(["pick", "picked", "picks"], st, o.plural), np_))
    if o.kind == "person":
        opts.append("%s %s given %s for %s birthday." % (name, "was" if past else "is", np_, o.poss))
        opts.append("In spring %s %s %s." % (name, have, np_))
    return rng.choice(opts)


def question_sentence(ctx, tense):
    rng, it, o = ctx.rng, ctx.item, ctx.owner
    items = it["pl"]
    if o.kind == "vehicle":
        v = o.place
        if tense == "future":
            return rng.choice(["How many %s will be in the %s then?" % (items, v),
                               "How many %s will ride on?" % items,
                               "Find how many %s will arrive at the terminus." % items])
        return rng.choice(["How many %s %s in the %s after this?" % (items, "were" if tense == "past" else "are", v),
                           "How many %s %s on?" % (items, "rode" if tense == "past" else "ride"),
                           "How many %s %s at the terminus?" % (items, "arrived" if tense == "past" else "arrive"),
                           "How many %s are now in the %s?" % (items, v),
                           "Determine, how many %s %s in the %s." % (items, "remained" if tense == "past" else "remain", v)])
    if o.kind == "place":
        loc = "%s %s" % (o.prep, o.place)
        if tense == "future":
            return rng.choice(["How many %s will remain %s?" % (items, loc),
                               "How many %s will be %s in the end?" % (items, loc),
                               "Calculate how many %s %s will have." % (items, o.place)])
        return rng.choice(["How many %s %s %s?" % (items, "remained" if tense == "past" else "remain", loc),
                           "How many %s %s %s in the end?" % (items, "were" if tense == "past" else "are", loc),
                           "Find the number of %s %s now." % (items, loc),
                           "How many %s %s %s have then?" % (items, "did" if tense == "past" else "does", o.place),
                           "What quantity of %s is now %s?" % (items, loc),
                           "Determine, how many %s are %s now." % (items, loc)])
    s = rng.choice([o.pron, o.pron, o.short if o.kind == "group" else o.name])
    pl = o.plural
    if tense == "future":
        return rng.choice(["How many %s will %s have then?" % (items, s),
                           "How many %s will remain with %s?" % (items, o.obj),
                           "How many %s will %s have in the end?" % (items, s),
                           "Find how many %s will be left with %s." % (items, o.obj),
                           "Calculate how many %s %s will have." % (items, s)])
    if tense == "past":
        return rng.choice(["How many %s did %s have in the end?" % (items, s),
                           "How many %s remained with %s?" % (items, o.obj),
                           "How many %s %s %s now?" % (items, HAVE[("present", pl)], s),
                           "How many %s were left at %s?" % (items, o.obj),
                           "How many %s did %s have after all this?" % (items, s),
                           "Find how many %s %s had in the end." % (items, s),
                           "Calculate the number of %s that %s had at the end." % (items, s),
                           "What number of %s remained?" % items,
                           "How many %s turned out to be at %s in the end?" % (items, o.obj),
                           "How many %s %s %s have now?" % (items, "do" if pl else "does", s),
                           "Determine, how many %s %s had then." % (items, s)])
    return rng.choice(["How many %s %s %s have now?" % (items, "do" if pl else "does", s),
                       "How many %s %s %s now?" % (items, HAVE[("present", pl)], s),
                       "How many %s remain with %s?" % (items, o.obj),
                       "How many %s are left?" % items,
                       "Find the number of %s that %s %s now." % (items, s, HAVE[("present", pl)]),
                       "Calculate how many %s %s %s in the end." % (items, s, HAVE[("present", pl)]),
                       "What quantity of %s remains?" % items,
                       "Determine, how many %s %s %s then." % (items, s, HAVE[("present", pl)])])


def assemble(ctx, clauses, tense):
    """clauses -> list of sentences (strings)"""
    rng = ctx.rng
    sents = []
    i = 0
    o = ctx.owner
    while i < len(clauses):
        c = clauses[i]
        first = i == 0
        if i + 1 < len(clauses) and rng.random() < 0.3 and not c.no_adv and not clauses[i + 1].no_adv:
            d = clauses[i + 1]
            s = None
            if c.owner_subj and d.owner_subj and c.vp and d.vp and " and " not in c.vp + d.vp \
                    and rng.random() < 0.6:
                subj = o.name if o.kind != "group" else o.short
                if c.pp and tense == "past" and rng.random() < 0.4:
                    s = "After %s had %s, %s %s" % (subj, c.pp, o.pron, d.vp)
                else:
                    s = rng.choice(["%s %s and %s", "%s first %s, and then %s", "%s %s, and after that %s"]) % (
                        subj, c.vp, d.vp)
            else:
                forms = ["%s, and then %s", "%s; after that %s", "%s, after which %s", "%s, and later %s"]
                if first:
                    forms.append("First %s, then %s")
                s = rng.choice(forms) % (c.text, d.text)
            sents.append(cap(s) + ".")
            i += 2
            continue
        if c.no_adv:
            sents.append(cap(c.text) + ".")
            i += 1
            continue
        advs = (ADV_FIRST if first else ADV_LATER)[tense]
        if o.kind == "vehicle" and rng.random() < 0.7:
            adv = rng.choice(STOPS)
        else:
            adv = rng.choice(advs)
        r = rng.random()
        if c.inv and r < 0.4:
            verb, subj, rest = c.inv
            sents.append(cap("%s %s %s%s" % (adv, verb, subj, rest if rest.startswith(" ") or not rest else " " + rest)) + ".")
        elif r < 0.7:
            sents.append(cap("%s %s" % (adv, c.text)) + ".")
        else:
            sents.append(cap(c.text) + ".")
        i += 1
    return sents


def build_problem(rng, owner, item, tense, start, factors, changes):
    ctx = Ctx(rng, owner, item, tense)
    st = start_sentence(ctx, start, factors, tense)
    if factors and (ctx.cont is None or ctx.cont[1] not in st):
        for sg_, pl_ in (("row", "rows"), ("coin", "coins"), ("banknote", "banknotes"),
                         ("envelope", "envelopes"), ("carriage", "carriages")):
            if " %s " % pl_ in st:
                ctx.cont = (sg_, pl_)
                break
    start_cont = ctx.cont
    clauses = []
    for idx, (op, b) in enumerate(changes):
        clauses.append(change_clause(ctx, op, b, False))
    ctx.cont = start_cont
    body = assemble(ctx, clauses, tense)
    q = question_sentence(ctx, tense)
    sents = [cap(st)] + body
    t_i = 0 if tense == "past" else 1
    if rng.random() < 0.45:
        table = DISTRACT_VEH if owner.kind == "vehicle" else DISTRACT_PLACE if owner.kind == "place" else DISTRACTORS
        d = ctx.fill(rng.choice(table)[t_i])
        sents.insert(rng.randint(1, len(sents)), cap(d))
    if rng.random() < 0.25:
        sents.insert(0, ctx.fill(rng.choice(OPENERS)[t_i]))
    while len(sents) + 1 > 8 or len(" ".join(sents + [q]).split()) > 88:
        # drop a numberless sentence first
        removable = [i for i, s in enumerate(sents) if not re.search(r"\d", s) and i > 0 and
                     not any(tok.lower() in s.lower() for tok, _ in ctx.tokens)]
        if not removable:
            return None, None
        sents.pop(removable[-1])
    return " ".join(sents + [cap(q)]), ctx


# ---------------------------------------------------------------- solution text

def step_texts(rng, ctx, written, final, factors, ops):
    o, it = ctx.owner, ctx.item
    sym = rng.choice(SYMBOLS)
    compact = rng.random() < 0.1
    style = rng.choices(["plain", "letter", "action", "solution", "calc", "question"],
                        weights=[30, 15, 10, 20, 12, 13])[0]
    q_letters = rng.random() < 0.35
    S = o.short if o.kind != "person" else o.name
    if o.kind == "place":
        S = o.place
    cont = ctx.cont or pick_tagged(rng, CONTAINERS, it) or ("box", "boxes")
    pl = o.plural
    fields = {"u": it["unit"], "items": it["pl"], "S": S, "conts": cont[1],
              "has": "have" if pl else "has", "keeps": "keep" if pl else "keeps",
              "with": ("%s %s" % (o.prep, o.place)) if o.kind == "place" else ("in the " + o.place if o.kind == "vehicle" else "with " + o.obj)}
    steps = []
    for i, (a, op, b, c) in enumerate(written):
        if compact:
            e = "%d%s%d=%d" % (a, sym[op], b, c)
        else:
            e = "%d %s %d = %d" % (a, sym[op], b, c)
        # the wording describes the change the problem told (even when the op written is wrong)
        key = "P" if (factors and i == 0) else op
        if style == "question":
            body = rng.choice(STEP_Q[key] + STEP_T[key][:1])
        else:
            body = rng.choice(STEP_T[key])
        f = dict(fields, E=e, items=noun_n(it, c) if it.get("tags") != {"passenger"} or c != 1 else it["sg"])
        body = body.format(**f)
        body = cap(body)
        if style == "letter":
            body = "%s) %s" % (LETTERS[i], body)
        elif style == "action":
            body = "%s action: %s" % (ORDINALS[i], body)
        elif style == "solution" and i == 0:
            body = "Solution: " + body
        elif style == "calc" and i == 0:
            body = "Calculation: " + body
        elif style == "question" and q_letters:
            body = "%s) %s" % (LETTERS[i], body)
        steps.append(body)
    kind = "V" if o.kind == "vehicle" else "P" if o.kind == "place" else "H"
    tpl = rng.choice(ANSWER_T[kind])
    if it["kind"] == "measure" and final != 1 and rng.random() < 0.4:
        citems = it["abbr"]
    else:
        citems = noun_n(it, final)
    af = dict(fields, c=str(final), citems=citems,
              Sobj=o.obj if o.kind == "person" and rng.random() < 0.3 else S,
              loc="%s %s" % (o.prep, o.place) if o.place else "", Place=o.place or "", veh=o.place or "")
    if kind == "P":
        af["loc"] = cap(af["loc"]) if tpl.startswith("{loc}") else af["loc"]
    ans = tpl.format(**af)
    ans = cap(ans)
    steps.append(ans)
    return steps



# ---------------------------------------------------------------- records

KIND_WEIGHTS = [("none", 45), ("arithmetic", 13.75), ("operand", 13.75), ("operation", 13.75), ("answer", 13.75)]


def _one(rng, idx, seed):
    kind = rng.choices([k for k, _ in KIND_WEIGHTS], weights=[w for _, w in KIND_WEIGHTS])[0]
    for _attempt in range(200):
        owner = make_owner(rng)
        item = choose_item(rng, owner)
        tense = rng.choices(["past", "present", "future"], weights=[60, 28, 12])[0]
        start, factors, changes = plan_numbers(rng, owner)
        eqs = true_equations(start, factors, changes)
        if not all(in_range(e[3]) for e in eqs):
            continue
        n_eq = len(eqs)
        if kind == "none":
            written, final, label, pos = list(eqs), eqs[-1][3], -1, "none"
        elif kind == "answer":
            res = inject(rng, kind, n_eq, eqs, start, factors, changes)
            if res is None:
                continue
            written, final = res
            label, pos = n_eq, "final"
        else:
            cats = ["first"] if n_eq == 1 else ["first", "last"] if n_eq == 2 else ["first", "middle", "last"]
            # short chains have no middle step: lean on it where it exists, so positions even out
            pos = rng.choices(cats, weights={1: [1], 2: [1, 1], 3: [0.75, 2.2, 1]}[len(cats)])[0]
            j = 0 if pos == "first" else n_eq - 1 if pos == "last" else rng.randint(1, n_eq - 2)
            res = inject(rng, kind, j, eqs, start, factors, changes)
            if res is None:
                continue
            written, final = res
            label = j
        problem, ctx = build_problem(rng, owner, item, tense, start, factors, changes)
        if problem is None:
            continue
        steps = step_texts(rng, ctx, written, final, factors, [op for op, _ in changes])
        rec = {"id": "gen-u-%d-%05d" % (seed, idx), "problem": problem, "steps": steps, "label": label,
               "final_answer_correct": final == eqs[-1][3], "error_kind": kind}
        meta = {"start": start, "factors": factors, "changes": changes, "tokens": ctx.tokens,
                "position": pos, "owner_kind": owner.kind}
        return rec, meta
    raise RuntimeError("could not build a record")


def generate_full(seed, count):
    rng = random.Random(seed)
    return [_one(rng, i, seed) for i in range(count)]


def generate(seed: int, count: int) -> list:
    return [rec for rec, _meta in generate_full(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
