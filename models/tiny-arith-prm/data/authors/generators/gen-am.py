#!/usr/bin/env python3
"""tiny-arith PRM records in a homework-help-board register (gen-am).

Askers paste a word problem with their own framing ("pls help", "Q3)", "my kid's
homework:"); answerers reply in several voices (terse regular, patient tutor,
sarcastic helper, phone typist, edited reply, quoter).  Each reply step holds one
equation `a op b = c`; the last step states the answer.

Standard library only.  generate(seed, count) -> list[dict];
generate_with_meta(seed, count) -> list[(record, meta)] for check.py.
"""
import json
import os
import random
import re

# ---------------------------------------------------------------------------
# people, groups and organisations
# ---------------------------------------------------------------------------
NAMES_F = """Priya Ananya Meera Kavya Ishita Sneha Divya Pooja Nandini Lakshmi Aisha
Fatima Zara Amira Noor Layla Hana Yuki Mei Sakura Chloe Olivia Emma Sophie Isla Freya
Poppy Harriet Imogen Niamh Siobhan Aoife Maeve Grace Lily Ruby Evie Hannah Abigail
Madison Brianna Kayla Jasmine Keisha Imani Nia Amara Chidinma Ngozi Adaeze Folake
Zainab Lucia Sofia Valentina Camila Mariana Ximena Renata Ines Beatriz Marta Elena
Katya Anya Ingrid Astrid Sigrid Margot Camille Elodie Manon Greta Heidi Liesel Tamar
Yael Shira Leilani Mahina Tala Aroha Roisin Tegan Bethan Carys Rhiannon Mabel Edith
Winifred Peggy Hazel Willow Juniper Harper Ava Mia Anjali Shreya Tanvi Riya Gulnara
Dilnoza Thandiwe Zodwa Esi Abena""".split()
NAMES_M = """Aarav Arjun Rohan Vikram Rahul Sanjay Karthik Aditya Ishaan Kabir Dev Nikhil
Omar Yusuf Hamza Bilal Tariq Imran Zain Kenji Hiroshi Takumi Wei Haoran Tuan Minh Liam
Noah Oliver Jack Harry George Alfie Archie Freddie Theo Rory Callum Euan Fergus Seamus
Cian Oisin Dylan Tyler Brandon Jaden Marcus DeShawn Malik Jamal Tyrone Kwame Kofi
Chinedu Emeka Tunde Babajide Mateo Diego Santiago Joaquin Rafael Thiago Pablo Luca
Marco Giovanni Matteo Sven Lars Bjorn Erik Pierre Hugo Louis Jonas Felix Lukas Dmitri
Ivan Pavel Tomasz Piotr Eitan Noam Koa Tane Nikau Rhys Gareth Dafydd Ewan Angus Hamish
Alasdair Ernest Walter Stanley Cyril Herbert Reginald Farhan Siddharth Vihaan""".split()
NAMES_N = """Alex Sam Jordan Riley Taylor Casey Morgan Jamie Robin Quinn Avery Rowan
Sasha Kiran Ari Eden Remy Charlie Frankie Jesse Drew Blake Reese Emerson Kai""".split()
TITLED = [("Mrs. Okafor", "she"), ("Mr. Lindqvist", "he"), ("Ms. Chaudhary", "she"),
          ("Uncle Raju", "he"), ("Aunty Bisi", "she"), ("Grandpa Eli", "he"),
          ("Nana Rose", "she"), ("Coach Dimitri", "he"), ("Miss Pemberton", "she"),
          ("Mr. Mwangi", "he"), ("Dr. Salazar", "she"), ("Mx. Fairweather", "they"),
          ("Auntie Meg", "she"), ("Mr. Bakshi", "he"), ("Mrs. Van der Berg", "she"),
          ("Señora Ruiz", "she"), ("Pastor Mike", "he"), ("Sister Agatha", "she")]
GROUPS = ["the twins", "Ravi and Sunita", "the Okonkwo kids", "Jonah and Zeke",
          "the Kowalski sisters", "Lena and Ola", "Mum and Dad", "the cousins",
          "Ayo and Bola", "the Fernandes boys", "Grandma and Grandpa", "Pip and Wren"]
# (name, item categories)
ORGS = [("the school bake stall", ["baked"]), ("Rosie's Bakery", ["baked"]),
        ("the corner shop", ["sweets", "household", "stationery"]),
        ("the village library", ["books"]), ("Mr. Adeyemi's class", ["stationery", "craft"]),
        ("the art club", ["craft"]), ("Hilltop Farm", ["animals", "fruitveg"]),
        ("the charity shop", ["clothing", "books", "toys"]), ("the football club", ["sports"]),
        ("the school canteen", ["savoury", "fruitveg", "baked"]), ("the toy stall", ["toys"]),
        ("the garden centre", ["garden"]), ("the scout troop", ["craft", "sports"]),
        ("the little cafe on Mill Lane", ["baked"]), ("the museum gift shop", ["toys", "books"]),
        ("Green Lane Allotments", ["fruitveg", "garden"]), ("the fruit stall", ["fruitveg"]),
        ("the sweet shop", ["sweets"]), ("the hardware store", ["household"]),
        ("the arcade", ["money"]), ("the petting zoo", ["animals"])]

# ---------------------------------------------------------------------------
# items (plural forms), grouped so that verbs fit them
# ---------------------------------------------------------------------------
ITEMS = {
    "stationery": """pencils|pens|erasers|rubbers|crayons|markers|highlighters|pencil sharpeners|
rulers|notebooks|paper clips|sticky notes|glue sticks|index cards|envelopes|postage stamps|folders|
gel pens|felt-tip pens|colouring pencils|drawing pins|thumbtacks|sheets of paper|exercise books|
whiteboard markers|fountain pens|ink cartridges|pencil cases|protractors|staplers""",
    "toys": """marbles|stickers|trading cards|football cards|toy cars|building blocks|yo-yos|
bouncy balls|action figures|puzzle pieces|badges|keyrings|fidget toys|plushies|dolls|kites|
balloons|glow sticks|friendship bracelets|bottle caps|board games|toy soldiers|spinning tops|
water pistols|jigsaw puzzles|toy dinosaurs|rubber ducks|tiny robots|play figures""",
    "nature": """seashells|pebbles|conkers|fossils|pine cones|acorns|feathers|crystals|
pieces of sea glass|smooth stones|snail shells""",
    "baked": """cookies|biscuits|cupcakes|muffins|doughnuts|brownies|scones|flapjacks|croissants|
bagels|pretzels|rotis|parathas|naan breads|bread rolls|cinnamon buns|macarons|jam tarts|mince pies|
pancakes|waffles""",
    "fruitveg": """apples|oranges|bananas|mangoes|cherries|strawberries|plums|pears|lemons|limes|
peaches|apricots|kiwis|coconuts|tomatoes|potatoes|carrots|onions|cucumbers|peppers|pumpkins|avocados|
guavas|lychees|figs""",
    "sweets": """sweets|candies|chocolates|lollipops|toffees|gummy bears|jelly beans|marshmallows|
candy canes|chocolate bars|mints|laddoos|jalebis|barfis|gobstoppers|squares of fudge|caramels""",
    "savoury": """samosas|dumplings|momos|idlis|dosas|tacos|sandwiches|spring rolls|sausage rolls|
slices of pizza|empanadas|onigiri|pakoras|vadas|meatballs|chicken nuggets|eggs|hot dogs""",
    "garden": """seed packets|seedlings|tulip bulbs|sunflowers|roses|daisies|plant pots|tomato plants|
saplings|cacti|pots of basil|strawberry plants|lettuces|marigolds|bags of compost""",
    "craft": """buttons|sequins|ribbons|pom-poms|pipe cleaners|googly eyes|balls of wool|beads|
lolly sticks|paintbrushes|tubes of paint|sheets of felt|sheets of card|glitter pens|stencils""",
    "books": """books|comics|magazines|library books|storybooks|DVDs|postcards|photos|bookmarks|
puzzle books|colouring books|vinyl records|video games|recipe cards|comic annuals|maps""",
    "clothing": """socks|hats|scarves|T-shirts|mittens|gloves|hair clips|hair ties|scrunchies|
bracelets|necklaces|earrings|belts|caps|hoodies|jumpers|ties|bow ties""",
    "sports": """tennis balls|footballs|cricket balls|shuttlecocks|golf balls|cones|hockey pucks|
basketballs|ping-pong balls|skipping ropes|frisbees|water bottles|sweatbands|bibs""",
    "money": """coins|tokens|tickets|raffle tickets|gold stars|vouchers|arcade tokens|pennies|
house points|reward points|merit stickers""",
    "animals": """chickens|hens|ducks|goats|sheep|cows|rabbits|goldfish|guppies|ducklings|chicks|
piglets|lambs|pigeons|turkeys|alpacas|hamsters|geese""",
    "household": """cups|plates|bowls|spoons|mugs|candles|light bulbs|batteries|towels|jam jars|
bottles|clothes pegs|coat hangers|cushions|bricks|nails|screws|tiles|planks|folding chairs|
tea lights|matchboxes|paper napkins""",
}
ITEMS = {k: [w.strip() for w in v.replace("\n", "").split("|") if w.strip()]
         for k, v in ITEMS.items()}
FOOD = {"baked", "fruitveg", "sweets", "savoury"}
NO_GENERIC = {"money", "animals"}
SING_EXC = {"sheep": "sheep", "geese": "goose", "knives": "knife", "scarves": "scarf",
            "cacti": "cactus", "onigiri": "onigiri", "mangoes": "mango",
            "tomatoes": "tomato", "potatoes": "potato", "DVDs": "DVD", "T-shirts": "T-shirt",
            "yo-yos": "yo-yo", "pom-poms": "pom-pom"}


IE_WORDS = {"cookies", "pies", "hoodies", "plushies", "brownies", "ties", "lollies", "zombies",
            "veggies", "budgies", "selfies", "goalies", "smoothies", "beanies", "movies"}


def singular(pl):
    if " of " in pl:
        head, tail = pl.split(" of ", 1)
        return singular(head) + " of " + tail
    words = pl.split(" ")
    last = words[-1]
    if last in SING_EXC:
        s = SING_EXC[last]
    elif last in IE_WORDS:
        s = last[:-1]
    elif last.endswith("ies"):
        s = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes")):
        s = last[:-2]
    elif last.endswith("s"):
        s = last[:-1]
    else:
        s = last
    return " ".join(words[:-1] + [s])


# containers for product starts: category -> [(sing, plural)]
CONT_DEFAULT = [("box", "boxes"), ("bag", "bags"), ("jar", "jars"), ("tin", "tins"),
                ("tray", "trays"), ("packet", "packets"), ("carton", "cartons"),
                ("basket", "baskets"), ("pouch", "pouches"), ("tub", "tubs"), ("crate", "crates")]
CONTS = {
    "animals": [("pen", "pens"), ("field", "fields"), ("shed", "sheds"), ("enclosure", "enclosures"),
                ("paddock", "paddocks")],
    "books": [("shelf", "shelves"), ("box", "boxes"), ("stack", "stacks"), ("crate", "crates")],
    "clothing": [("drawer", "drawers"), ("bag", "bags"), ("box", "boxes"), ("suitcase", "suitcases")],
    "garden": [("tray", "trays"), ("row", "rows"), ("crate", "crates"), ("flower bed", "flower beds")],
    "sports": [("bag", "bags"), ("net", "nets"), ("bucket", "buckets"), ("crate", "crates")],
    "money": [("jar", "jars"), ("envelope", "envelopes"), ("pouch", "pouches"), ("piggy bank", "piggy banks")],
    "baked": [("box", "boxes"), ("tray", "trays"), ("tin", "tins"), ("plate", "plates"), ("bag", "bags")],
}

AGENTS_P = ["{P} gran", "{P} grandad", "{P} uncle", "{P} aunt", "{P} best friend", "{P} teacher",
            "a neighbour", "{P} older cousin", "{P} dad", "{P} mum", "{P} mom", "{P} nani",
            "{P} dadi", "{P} aunty", "{P} big sister", "{P} coach", "the lady next door",
            "a classmate", "{P} godmother", "{P} babysitter"]
RECIP_P = ["{P} little sister", "a friend", "{P} cousin", "the kid next door", "{P} classmate",
           "{P} baby brother", "{P} neighbour", "{P} best mate", "the school", "{P} granny"]
AGENTS_O = ["a customer", "a supplier", "the owner", "a regular", "a local family", "the manager",
            "a kind volunteer", "the head office"]
RECIP_O = ["a customer", "a local charity", "the food bank", "a nearby school", "the shop next door",
           "a regular", "the community centre"]
SPOTS = ["under the sofa", "in an old shoebox", "behind the radiator", "in the car",
         "at the back of a drawer", "in {P} coat pocket", "on the playground", "in the garden shed",
         "down the side of the sofa", "at the park", "in the loft", "under {P} bed"]
SHOPS = ["the market", "the corner shop", "a jumble sale", "the supermarket", "a charity shop",
         "the bazaar", "the school fete", "a flea market", "the mall", "the station kiosk",
         "the Sunday market"]
DAYS = ["Friday", "the weekend", "Sunday", "the end of the week", "teatime", "bedtime", "Monday"]
REC_PEOPLE = [("friends", "friend"), ("cousins", "cousin"), ("classmates", "classmate"),
              ("teammates", "teammate"), ("neighbours", "neighbour"), ("kids", "kid"),
              ("children", "child"), ("guests", "guest"), ("players", "player"),
              ("volunteers", "volunteer"), ("pupils", "pupil"), ("grandchildren", "grandchild")]
REC_CONT = [("bags", "bag"), ("boxes", "box"), ("jars", "jar"), ("baskets", "basket"),
            ("tins", "tin"), ("envelopes", "envelope"), ("bowls", "bowl"), ("trays", "tray"),
            ("gift bags", "gift bag"), ("lunchboxes", "lunchbox")]

# ---------------------------------------------------------------------------
# change templates.  {S} subject of the clause; <pres|past> agrees with {S};
# [pres|past] is a fixed form; tags: person = people only, nofood = not for food
# ---------------------------------------------------------------------------
GEN_ADD = [
    ("{S} <buys|bought> {n} more {it}", ""),
    ("{S} <gets|got> {n} more {it}", ""),
    ("{S} <finds|found> {n} {it} {spot}", "nofood"),
    ("{S} <picks|picked> up {n} {it} at {shop}", ""),
    ("{S} <is|was> given {n} {it}", ""),
    ("{S} <is|was> handed {n} more {it} by {A}", ""),
    ("{S} <collects|collected> {n} more {it}", ""),
    ("{S} <wins|won> {n} {it} in a raffle", ""),
    ("{S} <earns|earned> {n} {it} for helping out", "person"),
    ("{S} <brings|brought> home {n} more {it}", "person"),
    ("{S} <orders|ordered> {n} {it} online", ""),
    ("{S} <receives|received> {n} {it} in the post", "nofood"),
    ("{S} <adds|added> {n} more {it} to the pile", ""),
    ("{S} <gathers|gathered> up {n} more {it}", ""),
    ("{S} <grabs|grabbed> {n} more {it} on the way home", "person"),
    ("{S} <scoops|scooped> up {n} {it} at a sale", ""),
    ("{S} <snaps|snapped> up {n} {it} at a car boot sale", "nofood"),
    ("{S} <comes|came> back from the shops with {n} more {it}", ""),
    ("{S} <swaps|swapped> some old bits and bobs for {n} {it}", "person"),
    ("{S} <stocks|stocked> up with {n} more {it}", ""),
    ("{S} <gets|got> {n} {it} for {P} birthday", "person"),
    ("{S} <inherits|inherited> {n} {it} from an older cousin", "person,nofood"),
    ("{S} <borrows|borrowed> {n} {it} from {A}", "nofood"),
    ("{S} <digs|dug> out {n} more {it} from the cupboard", "nofood"),
    ("{S} <comes|came> across {n} {it} in the attic", "nofood"),
    ("{S} <takes|took> home {n} {it} from the school fair", "person"),
    ("{S} <gets|got> back the {n} {it} {pron} had lent out", "nofood"),
    ("{S} <wins|won> {n} {it} at the summer fair", ""),
    ("{S} <earns|earned> another {n} {it} doing chores", "person"),
    ("{S} <claims|claimed> {n} free {it} from a giveaway", ""),
    ("{S} <nabs|nabbed> {n} extra {it}", ""),
    ("{S} <rescues|rescued> {n} {it} from the lost property box", "person,nofood"),
    ("{S} <is|was> sent {n} {it} by a pen pal", "person,nofood"),
    ("{S} <adds|added> {n} {it} to {P} collection", "nofood"),
    ("{S} <buys|bought> a pack of {n} {it}", ""),
    ("{S} <picks|picked> out {n} {it} from the bargain bin", ""),
    ("{S} <puts|put> {n} more {it} into the {cont1}", ""),
    ("{A} [gives|gave] {O} {n} {it}", ""),
    ("{A} [hands|handed] {O} {n} more {it}", ""),
    ("{A} [sends|sent] {O} {n} {it}", ""),
    ("{A} [drops|dropped] off {n} {it} for {O}", ""),
    ("{A} [adds|added] {n} {it} to {P} pile", ""),
    ("{n} more {it} [arrive|arrived] in a parcel", ""),
    ("{n} {it} [turn|turned] up at the bottom of {P} bag", "nofood,person"),
    ("{A} [lends|lent] {O} {n} {it}", "nofood"),
    ("a parcel with {n} {it} inside [arrives|arrived] for {O}", ""),
    ("{A} [slips|slipped] {O} {n} extra {it}", ""),
    ("{S} <is|was> gifted {n} {it}", ""),
    ("{S} <gets|got> another {n} {it} from {A}", ""),
    ("{S} <trades|traded> for {n} more {it}", ""),
    ("{S} <picks|picked> up another {n} {it}", ""),
]
GEN_SUB = [
    ("{S} <gives|gave> away {n} {it}", ""),
    ("{S} <gives|gave> {n} {it} to {A2}", ""),
    ("{S} <loses|lost> {n} {it}", ""),
    ("{S} <sells|sold> {n} {it}", ""),
    ("{S} <sells|sold> {n} {it} to {A2}", ""),
    ("{S} <donates|donated> {n} {it} to the school fair", ""),
    ("{S} <drops|dropped> {n} {it} down a drain", "nofood"),
    ("{S} <lends|lent> {n} {it} to {A2}", "nofood"),
    ("{S} <trades|traded> away {n} {it}", ""),
    ("{S} <misplaces|misplaced> {n} {it}", ""),
    ("{S} <leaves|left> {n} {it} on the bus", "person"),
    ("{S} <hands|handed> out {n} {it} to {P} classmates", "person"),
    ("{S} <throws|threw> out {n} {it}", ""),
    ("{S} <posts|posted> {n} {it} to {P} grandma", "person,nofood"),
    ("{S} <mails|mailed> {n} {it} to a cousin", "person,nofood"),
    ("{S} <packs|packed> {n} {it} into a parcel for {A2}", ""),
    ("{S} <sends|sent> {n} {it} to {A2}", ""),
    ("{S} <swaps|swapped> away {n} {it}", ""),
    ("{S} <parts|parted> with {n} {it}", ""),
    ("{S} <gets|got> rid of {n} {it}", ""),
    ("{S} <returns|returned> {n} {it} to the shop", ""),
    ("{S} <puts|put> {n} {it} in the charity box", "nofood"),
    ("{S} <leaves|left> {n} {it} behind at {P} nan's house", "person"),
    ("{S} <sells|sold> {n} of them at a car boot sale", "nofood"),
    ("{S} <gives|gave> {n} of them to {A2}", ""),
    ("{S} <clears|cleared> out {n} {it}", ""),
    ("{S} <bins|binned> {n} {it}", ""),
    ("{S} <offloads|offloaded> {n} {it} onto {A2}", ""),
    ("{S} <drops|dropped> off {n} {it} at the donation bin", "nofood"),
    ("{S} <passes|passed> {n} {it} on to {A2}", ""),
    ("{S} <chucks|chucked> out {n} {it}", ""),
    ("{n} of {P} {it} [go|went] missing", ""),
    ("{n} of them [get|got] lost on the way home", ""),
    ("{A} [takes|took] {n} {it} without asking", ""),
    ("{A} [borrows|borrowed] {n} of them", "nofood"),
    ("{n} {it} [fall|fell] out of a hole in {P} bag", "person"),
    ("{P} dog [runs|ran] off with {n} {it}", "person"),
    ("{P} little brother [hides|hid] {n} of them and nobody [finds|found] them again", "person"),
    ("the wind [blows|blew] {n} {it} away", "nofood"),
    ("{n} {it} [are|were] confiscated by the teacher", "person"),
    ("{S} <ends|ended> up with {n} fewer {it} after a bad trade", ""),
    ("{S} <gives|gave> up {n} {it} for the school jumble sale", ""),
    ("{S} <hands|handed> over {n} {it} to {A2}", ""),
    ("{A2} [gets|got] {n} of {P} {it}", ""),
]
CAT_ADD = {
    "baked": ["{S} <bakes|baked> {n} more {it}", "{S} <makes|made> another batch of {n} {it}",
              "{A} [brings|brought] round {n} {it}", "{S} <buys|bought> {n} {it} from the bakery",
              "{S} <whips|whipped> up {n} more {it}"],
    "fruitveg": ["{S} <picks|picked> {n} more {it} from the garden", "{S} <harvests|harvested> {n} {it}",
                 "{A} [brings|brought] {n} {it} back from the market",
                 "{S} <buys|bought> {n} {it} from the greengrocer"],
    "sweets": ["{S} <gets|got> {n} {it} in a party bag", "{S} <wins|won> {n} {it} at the fete",
               "{A} [sneaks|sneaked] {O} {n} {it}", "{S} <buys|bought> {n} {it} with {P} pocket money"],
    "savoury": ["{S} <makes|made> {n} more {it}", "{S} <orders|ordered> {n} extra {it}",
                "{S} <fries|fried> up {n} more {it}", "{A} [drops|dropped] off {n} {it}"],
    "garden": ["{S} <buys|bought> {n} more {it} from the garden centre", "{S} <grows|grew> {n} more {it}",
               "{A} [gives|gave] {O} {n} {it} from the allotment"],
    "craft": ["{S} <buys|bought> a bag of {n} {it}", "{S} <finds|found> {n} {it} in the craft cupboard",
              "{A} [donates|donated] {n} {it} to {O}"],
    "books": ["{S} <borrows|borrowed> {n} more {it} from the library",
              "{S} <picks|picked> up {n} {it} at a jumble sale", "{A} [passes|passed] on {n} old {it} to {O}"],
    "clothing": ["{S} <knits|knitted> {n} more {it}", "{S} <buys|bought> {n} {it} in the sale",
                 "{A} [hands|handed] down {n} {it} to {O}"],
    "sports": ["{S} <finds|found> {n} {it} in the hedge behind the pitch",
               "the club [gives|gave] {O} {n} {it}", "{S} <buys|bought> {n} {it} for training"],
    "nature": ["{S} <finds|found> {n} more {it} on the beach", "{S} <picks|picked> up {n} {it} on a walk",
               "{S} <collects|collected> another {n} {it} at the park"],
    "money": ["{S} <earns|earned> {n} {it} for tidying {P} room", "{S} <wins|won> {n} {it}",
              "{S} <finds|found> {n} {it} under the sofa cushions", "{S} <saves|saved> up {n} more {it}",
              "{S} <gets|got> {n} {it} as a reward", "{A} [gives|gave] {O} {n} {it}",
              "{S} <collects|collected> {n} {it}", "{S} <is|was> awarded {n} {it}",
              "{S} <picks|picked> up {n} more {it}", "{A} [sends|sent] {O} {n} {it}"],
    "animals": ["{S} <buys|bought> {n} more {it} at the market", "{n} more {it} [are|were] born",
                "{A} [gives|gave] {O} {n} {it}", "{S} <takes|took> in {n} rescued {it}",
                "{S} <adopts|adopted> {n} {it}", "{n} {it} [wander|wandered] in from the next farm and [stay|stayed]",
                "{S} <gets|got> {n} more {it} from a breeder", "{A} [brings|brought] {n} {it} over"],
    "household": ["{S} <buys|bought> a box of {n} {it}", "{S} <orders|ordered> {n} more {it}"],
    "stationery": ["{S} <buys|bought> {n} more {it} for school", "{A} [hands|handed] out {n} {it} to {O}"],
    "toys": ["{S} <wins|won> {n} {it} at the arcade", "{S} <trades|traded> for {n} {it} at break time"],
}
CAT_SUB = {
    "baked": ["{S} <eats|ate> {n} {it}", "{S} <sells|sold> {n} {it} at the bake sale",
              "{P} dog [steals|stole] {n} {it} off the counter",
              "{n} of the {it} [get|got] burnt and [go|went] in the bin", "{S} <munches|munched> through {n} {it}"],
    "fruitveg": ["{S} <eats|ate> {n} {it}", "{n} {it} [go|went] bad", "{S} <uses|used> {n} {it} in a recipe",
                 "{n} {it} [go|went] rotten", "{S} <feeds|fed> {n} {it} to the neighbour's horse"],
    "sweets": ["{S} <eats|ate> {n} {it}", "{S} <eats|ate> {n} {it} on the sly before dinner",
               "{S} <hands|handed> {n} {it} to trick-or-treaters", "{n} of them [melt|melted] in the sun"],
    "savoury": ["{S} <eats|ate> {n} {it}", "{S} <serves|served> {n} {it} to guests",
                "{n} {it} [get|got] eaten at lunch", "{S} <wolfs|wolfed> down {n} {it}"],
    "garden": ["{n} of the {it} [wilt|wilted]", "slugs [eat|ate] {n} of them",
               "{S} <gives|gave> {n} {it} to the neighbours", "{S} <plants|planted> {n} of them in {P} nan's garden"],
    "craft": ["{S} <uses|used> {n} {it} on a birthday card", "{S} <glues|glued> {n} {it} onto a poster",
              "{S} <uses|used> up {n} {it} on a school project"],
    "books": ["{S} <returns|returned> {n} {it} to the library", "{S} <donates|donated> {n} {it} to the school library",
              "{S} <lends|lent> {n} {it} to {A2}"],
    "clothing": ["{S} <packs|packed> {n} {it} off to the charity shop", "{S} <loses|lost> {n} {it} at the swimming pool",
                 "{S} <grows|grew> out of {n} {it} and <gives|gave> them away"],
    "sports": ["{n} {it} [go|went] over the fence", "{n} {it} [end|ended] up in the pond",
               "{n} {it} [get|got] stuck on the roof"],
    "nature": ["{S} <throws|threw> {n} {it} back into the sea", "{S} <gives|gave> {n} {it} to {A2}"],
    "money": ["{S} <spends|spent> {n} {it} at the arcade", "{S} <spends|spent> {n} {it} on a prize",
              "{S} <trades|traded> in {n} {it} for a toy", "{S} <loses|lost> {n} {it} through a hole in {P} pocket",
              "{S} <uses|used> {n} {it}", "{S} <gives|gave> {n} {it} to {A2}", "{S} <cashes|cashed> in {n} {it}",
              "{S} <pays|paid> {n} {it} for a snack", "{S} <hands|handed> over {n} {it} at the counter",
              "{n} {it} [disappear|disappeared] from {P} jar"],
    "animals": ["{S} <sells|sold> {n} {it}", "{n} {it} [wander|wandered] off", "a fox [takes|took] {n} of the {it}",
                "{S} <gives|gave> {n} {it} to {A2}", "{S} <sends|sent> {n} {it} to another farm",
                "{n} {it} [escape|escaped] through a gap in the fence", "{S} <sells|sold> {n} {it} at the market",
                "{n} {it} [are|were] taken to a new home"],
    "household": ["{S} <uses|used> {n} {it}", "{S} <uses|used> up {n} {it} fixing the shed"],
    "stationery": ["{S} <uses|used> up {n} {it}", "{n} {it} [go|went] missing from {P} pencil case"],
    "toys": ["{n} {it} [break|broke]", "{n} of them [roll|rolled] under the fridge"],
}
MUL = [
    ("{S} <ends|ended> up with {n} times as many {it}", ""),
    ("{P} pile of {it} [grows|grew] to {n} times its size", ""),
    ("the number of {it} [becomes|became] {n} times larger", ""),
    ("{S} <multiplies|multiplied> {P} stash by {n}", ""),
    ("by the weekend {S} <has|had> {n} times as many {it}", ""),
    ("{P} collection [grows|grew] {nd}-fold", ""),
    ("{S} <swaps|swapped> each of {P} {it} for {n} new ones", ""),
    ("{P} stock of {it} [is|was] multiplied by {n}", ""),
    ("{P} supply of {it} [goes|went] up {n} times over", ""),
    ("after a lucky trade, {S} <has|had> {n} times the number {pron} had before", ""),
    ("by the end of the month {P} heap of {it} [is|was] {n} times bigger", ""),
    ("a generous sponsor [multiplies|multiplied] {P} {it} by {n}", ""),
    ("{S} <manages|managed> to get {n} times as many", ""),
    ("{S} <scales|scaled> up {P} collection {n} times", ""),
    ("{S} <boosts|boosted> {P} {it} to {n} times the amount", ""),
    ("the {it} [increase|increased] to {n} times what they were", ""),
    ("a magic machine [turns|turned] each {it1} into {n}", ""),
    ("{A} [replaces|replaced] each of {P} {it} with {n}", ""),
    ("{S} <ends|ended> the week with {n} times what {pron} had", ""),
    ("{S} <finishes|finished> the term with {n} times as many {it}", ""),
    ("the teacher [multiplies|multiplied] everyone's {it} by {n}", "person"),
    ("{S} <grows|grew> {P} collection to {n} times its size", ""),
    ("the total [gets|got] multiplied by {n}", ""),
    ("the count of {it} [jumps|jumped] to {n} times what it was", ""),
    ("{P} {it} [are|were] multiplied {nd}-fold", ""),
    ("every {it1} {S} <owns|owned> [is|was] swapped for {n}", ""),
    ("{S} <trades|traded> each {it1} for {n} of the same kind", ""),
    ("the amount of {it} {S} <has|had> [grows|grew] by a factor of {n}", ""),
    ("{P} {it} [multiply|multiplied] by {n} overnight", ""),
    ("{S} <wins|won> a prize that [multiplies|multiplied] {P} {it} by {n}", ""),
    ("thanks to a special offer, {S} now <has|had> {n} times as many {it}", ""),
    ("{S} <comes|came> out of the sale with {n} times the {it} {pron} went in with", ""),
    ("{S} <builds|built> {P} stash up to {n} times its old size", ""),
    ("{P} number of {it} [rises|rose] to {n} times the previous amount", ""),
    ("{S} <gets|got> enough {it} to make {P} total {n} times bigger", ""),
    ("somehow {S} <has|had> {n} times the {it} by {day}", ""),
    ("{A} [helps|helped] {O} end up with {n} times as many {it}", ""),
    ("{S} <turns|turned> {P} small pile into a pile {n} times as big", ""),
]
MUL2 = [
    ("{S} <doubles|doubled> {P} {it}", ""),
    ("{P} {it} [double|doubled]", ""),
    ("{S} <manages|managed> to double {P} pile of {it}", ""),
    ("{S} <ends|ended> up with twice as many {it}", ""),
    ("{S} now <has|had> twice as many {it} as before", ""),
    ("the number of {it} [doubles|doubled]", ""),
    ("{S} <has|had> double the {it} by {day}", ""),
    ("{A} [doubles|doubled] {P} {it}", ""),
    ("a special offer [doubles|doubled] what {S} <has|had>", ""),
]
MUL3 = [
    ("{S} <triples|tripled> {P} {it}", ""),
    ("{P} stash of {it} [triples|tripled]", ""),
    ("{S} <ends|ended> up with triple the amount", ""),
    ("the number of {it} [triples|tripled]", ""),
    ("{A} [triples|tripled] {P} {it}", ""),
]
DIV = [
    ("{S} <shares|shared> them equally among {n} friends and <keeps|kept> one share", ""),
    ("{S} <splits|split> {P} {it} into {n} equal piles and <keeps|kept> one pile", ""),
    ("{S} <divides|divided> them evenly between {n} boxes and <keeps|kept> just one box", ""),
    ("{S} <sorts|sorted> them into {n} equal groups, keeping one group for {R}", ""),
    ("{S} <deals|dealt> them out evenly to {n} players (including {R}) and <keeps|kept> {P} own share", ""),
    ("{S} <puts|put> them into {n} equal stacks and <takes|took> one stack home", ""),
    ("{S} <packs|packed> them equally into {n} bags and <keeps|kept> one bag", ""),
    ("{S} <splits|split> the lot {n} ways and <keeps|kept> {P} part", ""),
    ("{S} <divides|divided> the {it} into {n} equal parts and <holds|held> on to one part", ""),
    ("the {it} [are|were] shared out equally among {n} children, and {S} <gets|got> one share", ""),
    ("{S} <spreads|spread> them evenly across {n} shelves and <keeps|kept> the ones on the top shelf", ""),
    ("{S} <breaks|broke> the pile into {n} equal heaps and <keeps|kept> one heap", ""),
    ("after splitting everything equally {n} ways, {S} <keeps|kept> one portion", ""),
    ("{S} <portions|portioned> them into {n} equal lots and <keeps|kept> one lot", ""),
    ("{S} <bundles|bundled> them into {n} equal bundles and <keeps|kept> one bundle for {R}", ""),
    ("{S} <divvies|divvied> them up evenly between {n} people, {R} included, and <keeps|kept> {P} share", ""),
    ("the {it} [get|got] split evenly into {n} trays and {S} <keeps|kept> one tray", ""),
    ("{S} <puts|put> an equal number into each of {n} jars and <keeps|kept> one jar", ""),
    ("{S} <shares|shared> the {it} fairly between {n} teams and <looks|looked> after one team's share", ""),
    ("{S} <hands|handed> them out equally to {n} tables, one of which [is|was] {P} own", ""),
    ("{S} <splits|split> them evenly among the {n} people in {P} group, {R} included, and <keeps|kept> {P} share", ""),
    ("{S} <divides|divided> {P} {it} into {n} matching piles and <gives|gave> away all but one pile", ""),
    ("{S} <keeps|kept> just one of {n} equal shares", ""),
    ("{A} [makes|made] {O} split {P} {it} into {n} fair shares and keep only one share", ""),
]
DIV2 = [
    ("{S} <gives|gave> away half of {P} {it}", ""),
    ("{S} <keeps|kept> only half of them", ""),
    ("{S} <loses|lost> half of {P} {it}", ""),
    ("half of {P} {it} [go|went] to {A2}", ""),
    ("{S} <halves|halved> {P} pile of {it}", ""),
    ("{S} <sells|sold> half of them", ""),
    ("{S} <donates|donated> half of {P} {it}", ""),
    ("{S} <hands|handed> over half to {A2}", ""),
    ("only half of the {it} [survive|survived] the trip home", ""),
    ("{A} [takes|took] half of {P} {it}", ""),
]
DIV3 = [
    ("{S} <keeps|kept> only a third of them", ""),
    ("{S} <ends|ended> up keeping just a third of {P} {it}", ""),
    ("{S} <holds|held> on to a third of the {it} and <gives|gave> the rest away", ""),
    ("{S} <keeps|kept> a third and <donates|donated> the rest", ""),
    ("{S} <saves|saved> a third of {P} {it} and <sells|sold> the rest", ""),
]
# final division where the question asks about one share: (template, 'people'|'cont')
EACH = [
    ("{S} <shares|shared> all {P} {it} equally among {n} {rec}", "people"),
    ("{S} <splits|split> them evenly between {n} {rec}", "people"),
    ("{S} <divides|divided> the {it} equally into {n} {rec}", "cont"),
    ("{S} <hands|handed> them out equally to {n} {rec}", "people"),
    ("{S} <deals|dealt> them out evenly to {n} {rec}", "people"),
    ("{S} <wants|wanted> to split them evenly among {n} {rec}", "people"),
    ("{S} <packs|packed> them equally into {n} {rec}", "cont"),
    ("{S} <puts|put> all the {it} into {n} {rec}, the same number in each", "cont"),
    ("{S} <shares|shared> them out fairly between {n} {rec}, with nothing left over", "people"),
    ("{S} <gives|gave> all of them away, an equal number to each of {n} {rec}", "people"),
    ("{n} {rec} [share|shared] the {it} equally", "people"),
    ("{S} <sorts|sorted> them into {n} {rec} with the same amount in each", "cont"),
]
EACH_Q = {
    "people": ["How many {it} [does|did] each {rec1} get?", "How many will each {rec1} get?",
               "How many [does|did] each {rec1} end up with?", "what [does|did] each {rec1} get??",
               "Find how many {it} each {rec1} receives.", "how many {it} for each {rec1}?",
               "So how many [does|did] every {rec1} get?"],
    "cont": ["How many {it} go in each {rec1}?", "How many {it} [are|were] in each {rec1}?",
             "how many in each {rec1}?", "Find the number of {it} in each {rec1}.",
             "What is the number of {it} per {rec1}?"],
}

START_T = [
    ("{S} <has|had> {n} {it}", ""),
    ("{S} <starts|started> the day with {n} {it}", ""),
    ("{S} <owns|owned> {n} {it}", ""),
    ("{S} <keeps|kept> {n} {it} in {a_cont1}", ""),
    ("there [are|were] {n} {it} in {Sp} {cont1}", ""),
    ("{Sp} {cont1} [holds|held] {n} {it}", ""),
    ("{S} <has|had> a collection of {n} {it}", ""),
    ("at the start of the week {S} <has|had> {n} {it}", ""),
    ("{S} <counts|counted> {P} {it} and <finds|found> {n}", ""),
    ("{S} <is|was> looking after {n} {it}", ""),
    ("{S} <brings|brought> {n} {it} to school", "person"),
    ("{n} {it} [sit|sat] on {Sp} shelf", ""),
    ("{S} <begins|began> with {n} {it}", ""),
    ("{S} <has|had> {n} {it} to start with", ""),
    ("{S} <has|had> exactly {n} {it}", ""),
    ("in {Sp} cupboard there [are|were] {n} {it}", ""),
    ("{S} <has|had> saved up {n} {it}", ""),
    ("{S} <sets|set> out with {n} {it}", ""),
    ("{S} <has|had> a stash of {n} {it}", ""),
    ("{S} <has|had> {n} {it} in stock", ""),
    ("{S} <opens|opened> the morning with {n} {it}", ""),
]
# product starts: (template, order '12'|'21', container override (sing, plural) or None)
PROD_T = [
    ("{S} <has|had> {n1} {conts} with {n2} {it} in each", "12", None),
    ("{S} <buys|bought> {n1} {conts} of {it}, and each {cont1} [holds|held] {n2}", "12", None),
    ("{S} <has|had> {n1} {conts}. Each of the {conts} [holds|held] {n2} {it}", "12", None),
    ("{S} <lines|lined> up {n1} rows of {it} with {n2} in each row", "12", ("row", "rows")),
    ("{S} <has|had> {n2} {it} in each of {n1} {conts}", "21", None),
    ("there [are|were] {n1} {conts} of {n2} {it} in {Sp} room", "12", None),
    ("{S} <gets|got> {n1} packs of {it}, and every pack [has|had] {n2} in it", "12", ("pack", "packs")),
    ("{n1} {conts}, each holding {n2} {it}, [sit|sat] in {Sp} cupboard", "12", None),
    ("{S} <arranges|arranged> {P} {it} in {n1} rows of {n2}", "12", ("row", "rows")),
    ("{S} <stacks|stacked> {P} {it} into {n1} piles of {n2}", "12", ("pile", "piles")),
    ("{S} <orders|ordered> {n1} {conts} containing {n2} {it} apiece", "12", None),
    ("{S} <starts|started> with {n1} {conts} of {it}, {n2} to {a_cont1}", "12", None),
    ("each of {Sp} {n1} {conts} [contains|contained] {n2} {it}", "12", None),
    ("{S} <has|had> {n1} {conts} and <puts|put> {n2} {it} in each", "12", None),
    ("{S} <fills|filled> {n1} {conts} with {n2} {it} each", "12", None),
    ("{n2} {it} [fit|fitted] in each {cont1}, and {S} <has|had> {n1} full {conts}", "21", None),
]
PROD_GIST = ["{n1} {conts} with {n2} in each", "{n1} {conts} of {n2}", "{n2} in each of the {n1} {conts}"]

QUESTIONS = [
    ("How many {it} <does|did> {S} have now?", ""),
    ("How many {it} <does|did> {S} have left?", "sub"),
    ("How many {it} <does|did> {S} end up with?", ""),
    ("How many {it} <is|was> {S} left with?", "sub"),
    ("How many {it} [are|were] there at the end?", ""),
    ("What is the final number of {it}?", ""),
    ("Find the number of {it} {S} <has|had> at the end.", ""),
    ("How many {it} has {S} got now?", "pres,sing"),
    ("How many {it} are remaining with {So}?", "pres"),
    ("Calculate how many {it} {S} <has|had> in the end.", ""),
    ("how many <does|did> {S} have now??", ""),
    ("so how many {it} at the end?", ""),
    ("what's {Sp} total now?", ""),
    ("How many {it} [are|were] left with {So}?", "sub"),
    ("Work out how many {it} {S} <has|had> at the end.", ""),
    ("How many {it} will {S} have after all that?", ""),
    ("What is the number of {it} {S} <has|had> now?", ""),
    ("How many {it} <does|did> {S} have in total now?", ""),
    ("how many {it} <does|did> {S} have at the end of it all", ""),
    ("Can you find how many {it} {S} <has|had> now?", ""),
    ("How many {it} are with {So} now?", "pres"),
    ("tell me how many {it} {S} <has|had> at the end", ""),
    ("How many {it} remain?", "pres,sub"),
    ("What's the total number of {it} now?", ""),
    ("how many are there now", ""),
]
IF_FORMS = [
    "If {S} {vps}, how many {it} will {pron} have?",
    "If {S} then {vps}, how many {it} will {pron} have?",
    "How many {it} will {S} have if {pron} {vps}?",
    "Suppose {S} {vps}. How many {it} would {pron} have then?",
    "what will {Sp} total be if {pron} {vps}?",
]
DISTRACT_GEN = [
    "It [is|was] a rainy Sunday.", "Nobody [knows|knew] why.", "The weather [is|was] awful.",
    "It [is|was] the last week before the holidays.", "The bus [is|was] late again.",
    "It [is|was] a very windy afternoon.", "The fair [is|was] packed.", "Nobody [is|was] surprised.",
    "The queue [is|was] enormous.", "Snow [is|was] falling outside.", "The school bell [rings|rang].",
    "Music [plays|played] from the kitchen radio.", "The market [is|was] busy that morning.",
    "It [is|was] hard to believe.", "The sun [comes|came] out.", "Everybody [cheers|cheered].",
    "It [is|was] market day in the village.", "The kettle [is|was] boiling.",
    "The streetlights [flicker|flickered] on.", "It [smells|smelled] like rain.",
]
DISTRACT_SUBJ = [
    ("{S} <loves|loved> the colour green.", "person"), ("{P} cat [watches|watched] the whole thing from the windowsill.", "person"),
    ("{S} <is|was> very proud of this.", ""), ("{S} <hums|hummed> a song the whole time.", "person"),
    ("{P} best friend [thinks|thought] this [is|was] hilarious.", "person"), ("{S} <keeps|kept> everything in a battered old shoebox.", ""),
    ("{S} <wants|wanted> to tell {P} teacher about it.", "person"), ("{P} mum [says|said] it [is|was] getting out of hand.", "person"),
    ("{S} <writes|wrote> it all down in a notebook.", ""), ("{S} <takes|took> a photo of the pile.", ""),
    ("{P} neighbour [waves|waved] from across the road.", "person"), ("{S} <grins|grinned>.", "person"),
    ("{S} <likes|liked> to keep things tidy.", ""), ("{P} brother [rolls|rolled] his eyes.", "person"),
    ("{S} <sighs|sighed> loudly.", "person"), ("{S} <wears|wore> {P} favourite yellow raincoat.", "person"),
    ("{P} dad [is|was] busy cooking.", "person"), ("{S} <counts|counted> them carefully.", ""),
    ("{P} teacher [smiles|smiled].", "person"), ("{S} <decides|decided> not to tell anyone.", ""),
    ("{S} <is|was> saving up for a new bike.", "person"), ("The owner [is|was] in a good mood.", "org"),
    ("Customers [keep|kept] coming in.", "org"), ("The radio [plays|played] old songs all day.", "org"),
    ("{S} <keeps|kept> a careful record of everything.", ""), ("The tea [goes|went] cold.", ""),
]
TIME_LEADS = ["Then", "After that,", "Later,", "Later that day,", "The next morning,", "At the weekend,",
              "On Monday,", "On Tuesday,", "That evening,", "After school,", "Next,", "Soon after,",
              "A bit later,", "By lunchtime,", "Afterwards,", "The day after,", "Over the holidays,",
              "On Saturday,", "Before tea,", "That afternoon,", "Then,", "After a while,"]
TAIL_MODS = [" after school", " at the weekend", " that afternoon", " before dinner", " on Thursday",
             " later that week", " during the break", " the next day"]
JOINERS = [", and then ", " and then ", ", then ", " and later ", ", and after that ", ", and the next day ",
           " but then ", ", and a bit later "]

FRAME_PRE = ["pls help", "Q3)", "my kid's homework:", "ok so", "Can someone help with this one?",
             "[Grade 3 Maths]", "Homework help needed!", "Hi all, my daughter is stuck on this:",
             "Sir please solve:", "Kindly explain the steps for this sum:", "Question:", "Hey guys,",
             "from the worksheet:", "Not sure how to set this up:", "posting for my little brother -",
             "Q.", "Doubt in word problem:", "Y4 homework, help!", "Struggling with this one lol",
             "teacher says show working. question is:", "help plz", "Problem 12:",
             "This is from my son's maths book:", "Can anyone check my method? The question:",
             "i got confused with this:", "URGENT due tomorrow!!", "first time posting, sorry if wrong place.",
             "Word problem, grade 2:", "my nephew asked me this and now im doubting myself:",
             "[4th grade math] word problem", "Please help me in this question.", "Exercise 5b q7:",
             "so my teacher gave us this", "Hello, can you solve this?", "need help asap",
             "homework (year 3):", "anyone? stuck on this:", "Mom here, no clue how they teach this now:",
             "ok im confused.", "question from today's class test:", "Can u guys explain this pls",
             "Dear tutors,", "hi! quick one:", "Ques:"]
FRAME_POST = ["thanks!!", "Thank you in advance.", "pls explain step by step", "I keep getting a different answer than the book",
              "ty", "thx in advance", "no idea where to start tbh", "How do I set this up?", "Is it add or subtract??",
              "please show the working", "appreciate any help", "will mark best answer", "(sorry for bad english)",
              "my answer doesn't match the back of the book", "Please reply fast.", "thank u so much",
              "explain like im five pls", "what operation do i use", "Help!!!", "cheers",
              "any help would be appreciated", "Kindly reply with steps.", "my son says the book is wrong lol",
              "thanks a lot", "is there a trick to these?", "what am i missing"]
TYPOS = {"receives": "recieves", "received": "recieved", "because": "becuase", "friends": "freinds",
         "friend": "freind", "their": "thier", "biscuits": "biscuts", "pencils": "pencills",
         "separately": "seperately", "many": "mnay", "always": "allways", "tomorrow": "tommorow",
         "sweets": "sweeets", "until": "untill", "which": "wich", "buys": "buy's"}
HANDLES = ["sunnyside_mum", "mathsnerd", "quietowl", "bookworm_k", "teacher_tom", "lazyriver",
           "pi_is_life", "grumpy_tutor", "the_real_dad", "caffeinated", "numbercrunch", "owlbert",
           "mrs_h_tutor", "fractions_fan", "tired_parent", "chalkdust", "geometry_gremlin",
           "kindlyhelp", "brainyhat", "night_owl_maths", "retired_teacher", "potato_scholar"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def num_words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    raise ValueError(n)


NO_DOZEN_BEFORE = {"another", "the", "her", "his", "their", "its", "my", "of", "by", "each", "every",
                   "these", "those", "all"}


def deconj(v):
    irregular = {"is": "are", "has": "have", "does": "do", "goes": "go", "was": "were"}
    if v in irregular:
        return irregular[v]
    if v.endswith("ies"):
        return v[:-3] + "y"
    if v.endswith(("sses", "shes", "ches", "xes")):
        return v[:-2]
    if v.endswith("s"):
        return v[:-1]
    return v


TOK = re.compile(r"<([^<>|]+)\|([^<>|]+)>|\[([^\[\]|]+)\|([^\[\]|]+)\]|\{(\w+)\}")


def render(tpl, ctx):
    out = []
    pos = 0
    for m in TOK.finditer(tpl):
        out.append(tpl[pos:m.start()])
        if m.group(1) is not None:
            pres, past = m.group(1), m.group(2)
            if ctx["tense"] == "past":
                w = "were" if (past == "was" and ctx["splural"]) else past
            else:
                w = deconj(pres) if ctx["splural"] else pres
        elif m.group(3) is not None:
            w = m.group(3) if ctx["tense"] == "pres" else m.group(4)
        else:
            key = m.group(5)
            if key in ("n", "n1", "n2"):
                w = ctx["numfmt"](ctx[key + "_val"], "".join(out))
            elif key == "nd":
                w = str(ctx["n_val"])
            else:
                w = ctx[key]
        out.append(w)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


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


# ---------------------------------------------------------------------------
# subjects
# ---------------------------------------------------------------------------
PRON = {"she": ("she", "her", "her", "herself"), "he": ("he", "him", "his", "himself"),
        "they": ("they", "them", "their", "themselves"), "it": ("it", "it", "its", "itself")}


class Subject:
    def __init__(self, name, pron, plural_name, kind, cats):
        self.name, self.pron, self.plural_name, self.kind, self.cats = name, pron, plural_name, kind, cats
        self.subj, self.obj, self.poss, self.refl = PRON[pron]

    def ref(self, use_pron):
        if use_pron:
            return self.subj, self.pron == "they", self.poss
        pn = self.name + ("'" if self.name.endswith("s") and self.plural_name else "'s")
        return self.name, self.plural_name, pn


def pick_subject(rng):
    r = rng.random()
    allcats = list(ITEMS.keys())
    if r < 0.70:
        pool = rng.choice([NAMES_F, NAMES_M, NAMES_N])
        name = rng.choice(pool)
        if pool is NAMES_F:
            pron = "she"
        elif pool is NAMES_M:
            pron = "he"
        else:
            pron = rng.choice(["she", "he", "they", "they"])
        return Subject(name, pron, False, "person", allcats)
    if r < 0.78:
        name, pron = rng.choice(TITLED)
        return Subject(name, pron, False, "person", allcats)
    if r < 0.87:
        return Subject(rng.choice(GROUPS), "they", True, "group", allcats)
    name, cats = rng.choice(ORGS)
    return Subject(name, rng.choice(["it", "they"]), False, "org", cats)


def tags_ok(tags, subj, cat):
    if "person" in tags and subj.kind == "org":
        return False
    if "nofood" in tags and cat in FOOD:
        return False
    if "org" in tags and subj.kind != "org":
        return False
    return True


# ---------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------
def gen_start(rng):
    r = rng.random()
    if r < 0.02:
        return 1000
    if r < 0.40:
        return rng.randint(6, 60)
    if r < 0.75:
        return rng.randint(40, 300)
    return rng.randint(200, 999)


def adjust_divisible(rng, cur, op, b, lo, hi):
    """Nudge b so that cur op b is divisible by a small number (lets later divisions happen)."""
    d = rng.choice([2, 3, 4, 5, 6, 2, 3, 4])
    for delta in range(0, d):
        for bb in (b + delta, b - delta):
            if lo <= bb <= hi:
                v = cur + bb if op == "+" else cur - bb
                if v % d == 0:
                    return bb
    return b


def gen_change(rng, cur):
    opts = []
    if cur <= 9990:
        opts.append(("+", 30))
    if cur >= 4:
        opts.append(("-", 30))
    if cur * 2 <= 9999 and cur <= 2500:
        opts.append(("*", 18))
    divs = [d for d in range(2, 13) if cur % d == 0 and cur // d >= 2]
    divs += [d for d in (15, 20, 25) if cur % d == 0 and cur // d >= 2]
    if divs:
        opts.append(("/", 26))
    tot = sum(w for _, w in opts)
    x = rng.uniform(0, tot)
    for op, w in opts:
        x -= w
        if x <= 0:
            break
    if op == "+":
        r = rng.random()
        if r < 0.5:
            b = rng.randint(2, 30)
        elif r < 0.8:
            b = rng.randint(10, 120)
        else:
            b = rng.randint(100, 999)
        hi = min(999, 9999 - cur)
        b = max(2, min(b, hi))
        if rng.random() < 0.45:
            b = adjust_divisible(rng, cur, "+", b, 2, hi)
    elif op == "-":
        hi = min(999, cur - 2)
        top = max(2, min(hi, int(cur * rng.uniform(0.15, 0.85))))
        b = rng.randint(2, top)
        if rng.random() < 0.45:
            b = adjust_divisible(rng, cur, "-", b, 2, hi)
    elif op == "*":
        ms = [m for m in range(2, 13) if cur * m <= 9999]
        weights = [6 if m <= 3 else 4 if m <= 5 else 2 if m <= 10 else 1 for m in ms]
        b = rng.choices(ms, weights)[0]
    else:
        weights = [5 if d <= 4 else 3 if d <= 6 else 2 if d <= 12 else 1 for d in divs]
        b = rng.choices(divs, weights)[0]
    return op, b


# ---------------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------------
def digit_swaps(v):
    s = str(v)
    res = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                res.append(int(t))
    return res


def digit_nudges(v):
    s = str(v)
    res = []
    for i, ch in enumerate(s):
        for d in (-1, 1):
            nd = int(ch) + d
            if 0 <= nd <= 9 and not (i == 0 and nd == 0 and len(s) > 1):
                res.append(int(s[:i] + str(nd) + s[i + 1:]))
    return res


def no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str((da + db) % 10))
    return int("".join(reversed(out)))


def no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(da - db)))
    return int("".join(reversed(out)))


def weighted_pick(rng, cands):
    """cands: list of (value, weight); returns list of values in weighted random order."""
    cands = [(v, w) for v, w in cands if w > 0]
    order = []
    while cands:
        tot = sum(w for _, w in cands)
        x = rng.uniform(0, tot)
        for i, (v, w) in enumerate(cands):
            x -= w
            if x <= 0:
                break
        order.append(cands[i][0])
        cands.pop(i)
    return order


def arith_candidates(rng, a, op, b, c):
    cands = [(c + 1, 3), (c - 1, 3), (c + 10, 3), (c - 10, 3)]
    if c >= 100:
        cands += [(c + 100, 1.5), (c - 100, 1.5)]
    cands += [(v, 2.5) for v in digit_swaps(c)]
    cands += [(v, 0.6) for v in digit_nudges(c)]
    if op == "+":
        cands.append((no_carry_add(a, b), 6))
    elif op == "-":
        cands.append((no_borrow_sub(a, b), 6))
    elif op == "*":
        cands += [(c + a, 4), (c - a, 4)]
    else:
        cands += [(c + 1, 2), (c - 1, 2), (c + 2, 1)]
    return [v for v in weighted_pick(rng, cands) if v != c and 0 <= v <= 9999]


def misread(v):
    out = [(x, 3) for x in digit_swaps(v)]
    out += [(v + 1, 2), (v - 1, 2)]
    if v >= 20:
        out += [(v + 10, 1.5), (v - 10, 1.5)]
    return [(x, w) for x, w in out if x >= 1 and x != v]


# ---------------------------------------------------------------------------
# generation of one problem (numbers + structure)
# ---------------------------------------------------------------------------
def build_numbers(rng, min_e):
    while True:
        product = rng.random() < 0.3
        nch = rng.choices([1, 2, 3, 4, 5], [12, 24, 28, 20, 16])[0]
        if nch + product >= min_e:
            break
    if product:
        n1 = rng.choice([rng.randint(2, 12), rng.randint(2, 25), 12])
        n2 = rng.choice([rng.randint(2, 12), rng.randint(5, 60), 12, rng.randint(10, 40)])
        if n1 * n2 > 4000:
            n2 = max(2, 4000 // n1)
        cur = n1 * n2
        start = None
    else:
        n1 = n2 = None
        start = gen_start(rng)
        cur = start
    changes = []
    for _ in range(nch):
        op, b = gen_change(rng, cur)
        cur = apply_op(cur, op, b)
        changes.append({"op": op, "b": b})
    return {"product": product, "n1": n1, "n2": n2, "start": start, "changes": changes}


def true_equations(p):
    eqs = []
    if p["product"]:
        v = p["n1"] * p["n2"]
        eqs.append((p["n1"], "*", p["n2"], v))
    else:
        v = p["start"]
    for ch in p["changes"]:
        nv = apply_op(v, ch["op"], ch["b"])
        eqs.append((v, ch["op"], ch["b"], nv))
        v = nv
    return eqs, v


def problem_numbers(p):
    nums = [p["n1"], p["n2"]] if p["product"] else [p["start"]]
    return nums + [ch["b"] for ch in p["changes"]]


def continue_from(p, eqs, written, idx, prev):
    """fill written[idx:] continuing (correctly) from value prev."""
    for j in range(idx, len(eqs)):
        _, op, b, _ = eqs[j]
        c = apply_op(prev, op, b)
        if c is None:
            return None
        written.append((prev, op, b, c))
        prev = c
    return written


def inject(rng, p, kind, pos_class):
    eqs, answer = true_equations(p)
    E = len(eqs)
    written = [(a, op, b, c) for a, op, b, c in eqs]
    if kind == "none":
        return written, answer, None
    if kind == "answer":
        x = answer
        cands = [(x + 1, 3), (x - 1, 3), (x + 10, 2), (x - 10, 2)]
        cands += [(v, 3) for v in digit_swaps(x)]
        if E >= 2:
            cands.append((written[-2][3], 4))
        if not p["product"]:
            cands.append((p["start"], 1))
        for v in weighted_pick(rng, cands):
            if v != x and v >= 0:
                return written, v, ("answer", E)
        return None
    if pos_class == "first":
        k = 0
    elif pos_class == "last":
        k = E - 1
    else:
        k = rng.randint(1, E - 2)
    a0, op0, b0, c0 = eqs[k]
    nums = problem_numbers(p)
    variants = []  # (a, op, b, c)
    if kind == "arithmetic":
        for v in arith_candidates(rng, a0, op0, b0, c0):
            variants.append((a0, op0, b0, v))
    elif kind == "operation":
        alts = {"+": [("-", 3), ("*", 0.5 if b0 <= 12 else 0)], "-": [("+", 4)],
                "*": [("+", 4), ("/", 1)], "/": [("*", 2), ("-", 2)]}[op0]
        for nop in weighted_pick(rng, alts):
            c = apply_op(a0, nop, b0)
            if c is not None and c != c0:
                variants.append((a0, nop, b0, c))
    else:  # operand
        implied = (k > 0 or not p["product"]) and p["changes"][k - (1 if p["product"] else 0)].get("form") in (
            "double", "triple", "half", "third")
        cands = []
        if p["product"] and k == 0:
            for x, w in misread(a0):
                cands.append(((x, b0), w))
            for x, w in misread(b0):
                cands.append(((a0, x), w))
            for o in nums[2:]:
                if o not in (a0, b0):
                    cands.append(((a0, o), 1.5))
                    cands.append(((o, b0), 1.5))
        else:
            if k == 0:
                for x, w in misread(a0):
                    cands.append(((x, b0), w))
            else:
                for x, w in misread(a0):
                    cands.append(((x, b0), w))
                earlier = [written[j][0] for j in range(max(0, k - 2), k)]  # values before prev result
                for o in earlier:
                    if o != a0:
                        cands.append(((o, b0), 4))
            if not implied:
                for x, w in misread(b0):
                    cands.append(((a0, x), w))
                for o in nums:
                    if o != b0:
                        cands.append(((a0, o), 3))
        seen = set()
        for (a, b) in weighted_pick(rng, cands):
            if (a, b) in seen:
                continue
            seen.add((a, b))
            if b < 1 or a < 0:
                continue
            c = apply_op(a, op0, b)
            if c is not None and c != c0:
                variants.append((a, op0, b, c))
    for var in variants[:12]:
        w = written[:k] + [var]
        w = continue_from(p, eqs, w, k + 1, var[3])
        if w is not None:
            return w, w[-1][3], (kind, k)
    return None


# ---------------------------------------------------------------------------
# story rendering
# ---------------------------------------------------------------------------
TIME_MARKS = ("by the", "{day}", "overnight", "after ", "before", "thanks to", "somehow", "later",
              "weekend", "the next day", "month", "term", "week")
ADV_OPENERS = ("by ", "after", "thanks", "somehow", "only half")


def has_time(tpl):
    t = tpl.lower()
    return any(m in t for m in TIME_MARKS)


def make_numfmt(rng, word_p, allow_dozen, digits_only=False):
    def fmt(n, prev):
        if digits_only:
            return str(n)
        pw = prev.rstrip().split(" ")[-1].lower() if prev.strip() else ""
        dz_ok = allow_dozen and pw not in NO_DOZEN_BEFORE and not pw.endswith(("'s", "s'"))
        if n == 12 and dz_ok and rng.random() < 0.35:
            return "a dozen"
        if n < 100:
            p = word_p if (n <= 20 or n % 10 == 0) else word_p * 0.5
            if rng.random() < p:
                return num_words(n)
        return str(n)
    return fmt


def choose_templates(rng, p, subj, cat, is_if):
    used = set()
    nch = len(p["changes"])
    for i, ch in enumerate(p["changes"]):
        op, b = ch["op"], ch["b"]
        last = i == nch - 1
        form = "plain"
        if op == "*" and b == 2 and rng.random() < 0.5:
            form = "double"
        elif op == "*" and b == 3 and rng.random() < 0.35:
            form = "triple"
        elif op == "/" and b == 2 and rng.random() < 0.45:
            form = "half"
        elif op == "/" and b == 3 and rng.random() < 0.3:
            form = "third"
        elif op == "/" and last and not is_if and rng.random() < 0.45:
            form = "each"
        ch["form"] = form
        if op == "+":
            pool = []
            if cat not in NO_GENERIC:
                pool = [t for t, tg in GEN_ADD if tags_ok(tg, subj, cat)]
            spec = CAT_ADD.get(cat, [])
            if spec and (not pool or rng.random() < 0.3):
                pool = spec
        elif op == "-":
            pool = []
            if cat not in NO_GENERIC:
                pool = [t for t, tg in GEN_SUB if tags_ok(tg, subj, cat)]
            spec = CAT_SUB.get(cat, [])
            if spec and (not pool or rng.random() < 0.3):
                pool = spec
        elif op == "*":
            src = {"double": MUL2, "triple": MUL3}.get(form, MUL)
            pool = [t for t, tg in src if tags_ok(tg, subj, cat)]
        else:
            if form == "each":
                pool = [t for t, _ in EACH]
            else:
                src = {"half": DIV2, "third": DIV3}.get(form, DIV)
                pool = [t for t, tg in src if tags_ok(tg, subj, cat)]
        cand = [t for t in pool if t not in used] or pool
        ch["tpl"] = rng.choice(cand)
        used.add(ch["tpl"])
        if form == "each":
            kind = dict(EACH)[ch["tpl"]]
            ch["rec"] = rng.choice(REC_PEOPLE if kind == "people" else REC_CONT)
            ch["rec_kind"] = kind
        ch["agent"] = rng.choice(AGENTS_O if subj.kind == "org" else AGENTS_P)
        ch["recip"] = rng.choice(RECIP_O if subj.kind == "org" else RECIP_P + [rng.choice(NAMES_F + NAMES_M)])
        if rng.random() < 0.2 and subj.kind != "org":
            ch["agent"] = rng.choice(NAMES_F + NAMES_M + NAMES_N)
        ch["spot"] = rng.choice(SPOTS)
        ch["shop"] = rng.choice(SHOPS)
        ch["day"] = rng.choice(DAYS)


def with_article(noun):
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def base_ctx(subj, use_pron, tense, item, cont, numfmt):
    S, spl, Sp = subj.ref(use_pron)
    return {"S": S, "So": subj.obj if use_pron else S, "splural": spl, "Sp": Sp, "P": subj.poss,
            "O": subj.obj, "R": subj.refl, "pron": subj.subj, "it": item, "it1": singular(item),
            "tense": tense, "numfmt": numfmt, "cont1": cont[0], "conts": cont[1],
            "a_cont1": with_article(cont[0])}


def change_ctx(ctx, ch):
    c = dict(ctx)
    P = ctx["P"]
    c["A"] = ch["agent"].replace("{P}", P)
    c["A2"] = ch["recip"].replace("{P}", P)
    c["spot"] = ch["spot"].replace("{P}", P)
    c["shop"] = ch["shop"]
    c["day"] = ch["day"]
    c["n_val"] = ch["b"]
    if "rec" in ch:
        c["rec"], c["rec1"] = ch["rec"]
    return c


def build_story(rng, p, subj, cat, item, tense, word_p):
    """returns dict with story text, quotes per equation step, question text, gists."""
    nch = len(p["changes"])
    conts = CONTS.get(cat, CONT_DEFAULT)
    cont = rng.choice(conts)
    last_form_each = False
    # "If" question form
    is_if = False
    if_n = 0
    if nch >= 2 and rng.random() < 0.14:
        tail = p["changes"][-2:] if (nch >= 3 and rng.random() < 0.4) else p["changes"][-1:]
        is_if = True
        if_n = len(tail)
    choose_templates(rng, p, subj, cat, is_if)
    if is_if:
        # the "If" clauses need owner-subject templates; re-pick if necessary
        for ch in p["changes"][nch - if_n:]:
            if not ch["tpl"].startswith("{S} "):
                src = {"+": [t for t, tg in GEN_ADD if tags_ok(tg, subj, cat)] if cat not in NO_GENERIC else CAT_ADD[cat],
                       "-": [t for t, tg in GEN_SUB if tags_ok(tg, subj, cat)] if cat not in NO_GENERIC else CAT_SUB[cat],
                       "*": [t for t, tg in {"double": MUL2, "triple": MUL3}.get(ch["form"], MUL) if tags_ok(tg, subj, cat)],
                       "/": [t for t, tg in {"half": DIV2, "third": DIV3}.get(ch["form"], DIV) if tags_ok(tg, subj, cat)]}[ch["op"]]
                src = [t for t in src if t.startswith("{S} ")]
                ch["tpl"] = rng.choice(src)
    last_form_each = p["changes"][-1].get("form") == "each"
    allow_dozen_for = lambda op: op in ("+", "-")
    sentences = []   # list of (text, kind) kind in 'start','chg','dis','q'
    quotes = []      # per equation step
    gists = []
    # ---- start
    sctx = base_ctx(subj, False, tense, item, cont, make_numfmt(rng, word_p, True))
    if p["product"]:
        ptpls = PROD_T
        if " of " in item:   # avoid "trays of bags of compost"
            ptpls = [t for t in PROD_T if "of {it}" not in t[0] and "of {n2}" not in t[0]]
        tpl, order, override = rng.choice(ptpls)
        if override:
            sctx["cont1"], sctx["conts"] = override
            sctx["a_cont1"] = with_article(override[0])
        sctx["n1_val"], sctx["n2_val"] = p["n1"], p["n2"]
        stext = render(tpl, sctx)
        gctx = dict(sctx)
        gctx["numfmt"] = make_numfmt(rng, 0, False, True)
        gists.append(render(rng.choice(PROD_GIST), gctx))
        p["prod_order"] = order
        p["prod_conts"] = sctx["conts"]
    else:
        pool = [t for t, tg in START_T if tags_ok(tg, subj, cat)]
        sctx["n_val"] = p["start"]
        stext = render(rng.choice(pool), sctx)
    # optional opening flavour ("Priya, who loves ..., has ...") skipped; distractors instead
    sentences.append([stext, "start"])
    squote = stext
    if p["product"]:
        quotes.append(stext)
    # ---- changes
    story_changes = p["changes"][:nch - if_n] if is_if else p["changes"]
    i = 0
    first_change_sentence = True
    change_quotes = []
    while i < len(story_changes):
        g = rng.choices([1, 2, 3], [62, 30, 8])[0]
        group = story_changes[i:i + g]
        use_pron = rng.random() < 0.6
        parts = []
        for j, ch in enumerate(group):
            ctx = base_ctx(subj, use_pron, tense, item, cont, make_numfmt(rng, word_p, allow_dozen_for(ch["op"])))
            ctx = change_ctx(ctx, ch)
            tpl = ch["tpl"]
            if j == 0:
                clause = render(tpl, ctx)
                parts.append(clause)
                change_quotes.append(clause)
            else:
                joiner = rng.choice(JOINERS)
                if tpl.startswith("{S} ") and group[j - 1]["tpl"].startswith("{S} ") and rng.random() < 0.8:
                    clause = render(tpl[4:], ctx)
                else:
                    # after a clause with another actor, name the owner to keep it unambiguous
                    prev_owner = group[j - 1]["tpl"].startswith("{S} ")
                    ctx2 = base_ctx(subj, prev_owner, tense, item, cont, ctx["numfmt"])
                    ctx2 = change_ctx(ctx2, ch)
                    clause = render(tpl, ctx2)
                parts.append(joiner + clause)
                change_quotes.append(clause)
        text = "".join(parts)
        timed = any(has_time(ch["tpl"]) for ch in group)
        opens_adv = group[0]["tpl"].lower().startswith(ADV_OPENERS)
        if len(group) == 1 and not timed and rng.random() < 0.15:
            text += rng.choice(TAIL_MODS)
        elif not opens_adv and (not first_change_sentence or rng.random() < 0.3):
            if rng.random() < 0.6:
                lead = rng.choice(TIME_LEADS)
                if not (timed and lead.rstrip(",").lower() in ("at the weekend", "the next morning", "the day after",
                                                            "over the holidays", "by lunchtime", "before tea")):
                    text = lead + " " + text
        sentences.append([text, "chg"])
        first_change_sentence = False
        i += g
    # ---- question
    qtext = None
    if is_if:
        tail = p["changes"][nch - if_n:]
        ctxq = base_ctx(subj, rng.random() < 0.4, "pres", item, cont, None)
        vps = []
        for j, ch in enumerate(tail):
            c = base_ctx(subj, True, "pres", item, cont, make_numfmt(rng, word_p, allow_dozen_for(ch["op"])))
            c = change_ctx(c, ch)
            vp = render(ch["tpl"][4:], c)
            vps.append(vp)
            change_quotes.append(vp)
        vps_text = vps[0] if len(vps) == 1 else vps[0] + rng.choice([" and then ", " and ", ", then "]) + vps[1]
        form = rng.choice(IF_FORMS)
        if form.startswith("If {S}") or form.startswith("Suppose"):
            ctxq = base_ctx(subj, rng.random() < 0.3, "pres", item, cont, None)
        else:
            ctxq = base_ctx(subj, False, "pres", item, cont, None)
        ctxq["vps"] = vps_text
        # vps already rendered with the pronoun subject's agreement; keep subject consistent
        if ctxq["splural"] != (subj.pron == "they"):
            ctxq = base_ctx(subj, True, "pres", item, cont, None)
            ctxq["vps"] = vps_text
        q = render(form, ctxq)
    elif last_form_each:
        ch = p["changes"][-1]
        ctxq = base_ctx(subj, False, tense, item, cont, None)
        ctxq["rec"], ctxq["rec1"] = ch["rec"]
        q = render(rng.choice(EACH_Q[ch["rec_kind"]]), ctxq)
        qtext = q
    else:
        last_op = p["changes"][-1]["op"]
        pool = []
        for t, tg in QUESTIONS:
            if "sub" in tg and last_op != "-":
                continue
            if "pres" in tg and tense != "pres":
                continue
            pool.append((t, tg))
        t, tg = rng.choice(pool)
        use_pron = rng.random() < 0.5
        if "sing" in tg and (subj.pron == "they" if use_pron else subj.plural_name):
            use_pron = not use_pron
            if subj.pron == "they" and subj.plural_name:
                t = "How many {it} <does|did> {S} have now?"
        ctxq = base_ctx(subj, use_pron, tense, item, cont, None)
        q = render(t, ctxq)
        qtext = q
    sentences.append([q, "q"])
    # ---- distractors
    nd = rng.choices([0, 1, 2], [50, 38, 12])[0]
    for _ in range(nd):
        pos = rng.randint(0, len(sentences) - 1)  # insert before index pos (never after question)
        if pos == 0 or rng.random() < 0.45:
            d = rng.choice(DISTRACT_GEN)
            ctx = base_ctx(subj, False, tense, item, cont, None)
        else:
            cands = [t for t, tg in DISTRACT_SUBJ if tags_ok(tg, subj, cat)]
            d = rng.choice(cands)
            ctx = base_ctx(subj, rng.random() < 0.7, tense, item, cont, None)
        sentences.insert(pos, [render(d, ctx), "dis"])
    # ---- assemble
    out = []
    for text, kind in sentences:
        t = cap(text.strip())
        if kind == "q":
            if not t.endswith(("?", ".")) and rng.random() < 0.5:
                t += "?"
        elif not t.endswith((".", "!", "?")):
            t += "."
        out.append(t)
    story = " ".join(out)
    # gists for changes (present tense, digits)
    for ch in p["changes"]:
        use_pron = rng.random() < 0.75
        ctx = base_ctx(subj, use_pron, "pres", item, cont, make_numfmt(rng, 0, False, True))
        ctx = change_ctx(ctx, ch)
        gists.append(render(ch["tpl"], ctx))
    quotes.extend(change_quotes)
    return {"story": story, "quotes": quotes, "squote": squote, "gists": gists, "question": qtext,
            "is_if": is_if, "each": last_form_each, "cont": cont}


# ---------------------------------------------------------------------------
# solution steps (answerer voices)
# ---------------------------------------------------------------------------
SYMS = [{"+": "+", "-": "-", "*": "*", "/": "/"}, {"+": "+", "-": "−", "*": "×", "/": "÷"},
        {"+": "+", "-": "-", "*": "×", "/": "÷"}, {"+": "+", "-": "-", "*": "*", "/": "÷"}]
OPV = {"+": ["add", "add them", "add it on", "add"], "-": ["subtract", "take away", "take it off", "subtract"],
       "*": ["multiply", "times it", "multiply"], "/": ["divide", "divide", "split it"]}
OPN = {"+": ["an addition", "adding"], "-": ["a subtraction", "taking away"],
       "*": ["a multiplication", "multiplying"], "/": ["a division", "sharing (dividing)"]}

V_TUTOR = {
    "first_chg": [
        "Let's go through it slowly. {Name_starts} with {start} {it}. Then {gist}, so we {opv}: {eq}.",
        "Start with what {pron_has}: {start}. {Gist}, which means we {opv}: {eq}.",
        "Okay! The starting amount is {start} {it}. {Gist}, so {eq}.",
        "First, {gist}. That's {opn}, so {eq}.",
        "Hi! Happy to help. {Name_has} {start} {it} to begin with, and {gist}. So {eq}.",
        "We begin with {start}. {Gist} → {eq}.",
        "Great question! Begin with the {start} {it}. Since {gist}, we {opv}: {eq}.",
        "So the first thing that happens is that {gist}. {eq}.",
        "Read it a bit at a time. At the start there are {start} {it}; then {gist}. That gives {eq}.",
    ],
    "first_prod": [
        "First we need the starting total: {pgist}, so {eq} {it}.",
        "Work out how many {it} there are at the beginning: {eq}.",
        "Hi! Let's begin with the {conts}: {pgist}, which is {eq}.",
        "The start is a multiplication, because every one of the {conts} has the same amount: {eq}.",
        "To find the starting number, multiply: {eq}.",
        "Good one to practise! {Pgist} means we multiply: {eq}.",
    ],
    "mid": [
        "Next, {gist}. We {opv}: {eq}.",
        "Then {gist}, so {eq}.",
        "After that, {gist}. That's {opn}: {eq}.",
        "Now {gist}, so {eq} {it}.",
        "Still with me? Next {gist}, giving {eq}.",
        "Then comes the part where {gist}. So we {opv}: {eq}.",
        "Moving on: {gist}. {eq}.",
        "{Gist}, so we {opv}: {eq}.",
        "Keep going from the last answer. {Gist}: {eq}.",
    ],
    "last": [
        "Finally, {gist}: {eq}.",
        "The last change: {gist}. So {eq}.",
        "And lastly {gist}, which gives {eq}.",
        "Last step: {gist}, so we {opv}. {eq}.",
    ],
    "ans": [
        "So the answer is {x} {it}. Hope that helps, and well done for asking!",
        "That gives us our answer: {x}. Let me know if any step is confusing!",
        "So at the end there are {x} {it}. You've got this!",
        "Answer: {x}. If you want, try explaining each step back to me.",
        "So the final answer is {x}. Always check it makes sense with the story.",
    ],
}
V_TERSE = {
    "first_chg": ["start {start}, {sgn} → {eq}", "{eq}", "{eq} {it}", "from {start}: {eq}", "{eq} (start was {start})",
                  "{start} to begin. {eq}"],
    "first_prod": ["{eq}", "start: {eq}", "total first: {eq}", "{eq} {it} to begin"],
    "mid": ["{sgn} → {eq}", "{eq}", "then {eq}", "{eq} ({gist})", "next: {eq}", "{sgn}: {eq}"],
    "last": ["{sgn} → {eq}", "{eq}", "last: {eq}", "finally {eq}"],
    "ans": ["ans = {x}", "ans: {x}", "{x}", "answer {x}", "{x} {it}", "#### {x}", "→ {x}", "**{x}**"],
}
V_SARC = {
    "first_chg": [
        "Okay, deep breath, this is a tough one (it isn't). {Name_starts} with {start} and {gist}. {eq}.",
        "Did you try reading the question? {Gist}. So {eq}.",
        "Right, the thrilling saga begins: {eq}.",
        "Not to be dramatic but this is just {opn}. {eq}.",
        "Imagine needing the internet for this. {Gist}, so {eq}.",
        "Ah yes, the classic. {start} {it}, and {gist}. {eq}.",
    ],
    "first_prod": ["The question literally hands you the multiplication. {eq}.",
                   "Containers of stuff, my favourite genre. {eq}.", "Okay, times tables time: {eq}.",
                   "Spoiler: it starts with multiplying. {eq}."],
    "mid": ["Plot twist: {gist}. {eq}.", "Then, shockingly, {gist}. {eq}.", "{Gist}, naturally. {eq}.",
            "And then, against all odds, {eq}.", "Moving on. {eq}, obviously.", "{Gist}. Riveting stuff. {eq}.",
            "Brace yourself: {eq}."],
    "last": ["Grand finale: {gist}. {eq}.", "And the last bit, try to stay awake: {eq}.",
             "Finally (thank goodness), {eq}."],
    "ans": ["{x}. You're welcome.", "Final answer: {x}. Groundbreaking stuff.", "So, {x}. Tell your teacher I said hi.",
            "It's {x}. Next question.", "{x}. That's it. That's the whole thing."],
}
V_PHONE = {
    "first_chg": ["ok so {eq}", "{start} to start then {eq}", "sry on phone. {eq}", "{eq} first",
                  "so {gist}, {eq}", "ok {start} {it} and {gist} so {eq}"],
    "first_prod": ["ok so {eq} to start", "first {eq}", "{eq} total", "sry typing on phone. {eq}"],
    "mid": ["then {eq}", "{eq}", "and {eq}", "then {gist} so {eq}", "{eq} ok", "next {eq}"],
    "last": ["then {eq}", "last {eq}", "finally {eq}", "and then {eq}"],
    "ans": ["so {x}", "answer is {x} i think", "{x} {it}", "its {x}", "should be {x}", "so {x} at the end"],
}
V_QUOTE = {
    "first_chg": ["> {squote}\n> {quote}\n{eq}", "> {quote}\nstarting from {start}: {eq}",
                  "> {squote}, {quote}\nso {eq}", "> {quote}\n{start} to begin with, so {eq}"],
    "first_prod": ["> {quote}\n{eq}", "> {quote}\nthat's {eq} to start with", "> {quote}\nmultiply first: {eq}"],
    "mid": ["> {quote}\n{eq}", "> {quote}\nso {eq}", "> {quote}\nthat's {eq}", "> {quote}\n{Opv}: {eq}",
            "> {quote} — {eq}", "> {quote}\nmeans {eq}"],
    "last": ["> {quote}\n{eq}", "> {quote}\nand finally {eq}", "> {quote} — so {eq}"],
    "ans": ["> {question}\n{x}", "> {question}\n#### {x}", "> {question}\nanswer: {x}"],
}
VOICES = {"tutor": V_TUTOR, "terse": V_TERSE, "sarc": V_SARC, "phone": V_PHONE, "quote": V_QUOTE}
ANS_HAVE = ["So {name_has} {x} {it} now.", "{Name_ends} up with {x} {it}.", "That leaves {x} {it}.",
            "So there are {x} {it} at the end.", "{Pron_has} {x} {it} in the end."]
ANS_EACH = ["Each {rec1} gets {x}.", "So there are {x} {it} in each {rec1}.", "{x} each.",
            "So every {rec1} ends up with {x}."]
ANS_GENERIC = ["#### {x}", "Answer: {x}", "The answer is {x}.", "Final answer: {x}", "**{x}**"]
EDIT_NOTES = ["fixed formatting", "typo", "added the working", "spacing was weird on mobile",
              "reworded this line", "made it clearer", "sorry, the lines were in the wrong order",
              "added units", "clarified"]
GREET = {"tutor": ["", "", "Hi! ", "Hello! ", "Hey there! "], "terse": [""], "sarc": ["", "Sigh. "],
         "phone": ["", "hey ", "hi "], "quote": [""]}


def subj_phrase(subj, verb_pres, use_pron):
    S, spl, _ = subj.ref(use_pron)
    return S + " " + (deconj(verb_pres) if spl else verb_pres)


def fmt_eq(a, op, b, c, sym, tight):
    s = sym[op]
    if tight:
        return f"{a}{s}{b}={c}"
    return f"{a} {s} {b} = {c}"


def build_steps(rng, p, written, x, st, subj, item, lower):
    eqs_n = len(written)
    voice = rng.choices(["terse", "tutor", "sarc", "phone", "quote", "edited"], [22, 22, 12, 16, 16, 12])[0]
    edited = voice == "edited"
    if edited:
        voice = rng.choice(["terse", "tutor", "sarc", "phone"])
    V = VOICES[voice]
    sym = rng.choice(SYMS)
    tight = voice == "phone" and rng.random() < 0.6 or voice == "terse" and rng.random() < 0.35
    base = {"it": item, "Name_starts": cap(subj_phrase(subj, "starts", False)),
            "Name_has": cap(subj_phrase(subj, "has", False)), "name_has": subj_phrase(subj, "has", False),
            "pron_has": subj_phrase(subj, "has", True),
            "Pron_has": cap(subj_phrase(subj, "has", True)), "Name_ends": cap(subj_phrase(subj, "ends", False)),
            "conts": p.get("prod_conts", ""),
            "squote": st["squote"].lower() if lower else st["squote"]}
    steps = []
    for k, (a, op, b, c) in enumerate(written):
        d = dict(base)
        d["eq"] = fmt_eq(a, op, b, c, sym, tight)
        d["sgn"] = sym[op] + str(b)
        d["opv"] = rng.choice(OPV[op])
        d["Opv"] = cap(d["opv"])
        d["opn"] = rng.choice(OPN[op])
        g = st["gists"][k]
        d["gist"] = g
        d["Gist"] = cap(g)
        d["pgist"] = g if p["product"] else ""
        d["Pgist"] = cap(g)
        q = st["quotes"][k]
        d["quote"] = (q.lower() if lower else q).rstrip(".")
        d["start"] = p["start"] if p["start"] is not None else ""
        if k == 0:
            key = "first_prod" if p["product"] else "first_chg"
        elif k == eqs_n - 1 and rng.random() < 0.6:
            key = "last"
        else:
            key = "mid"
        t = rng.choice(V[key])
        s = t.format_map(d)
        if k == 0:
            if not s.startswith(("Hi", "Hello", "Hey", "Sigh", "sry", "ok")):
                s = rng.choice(GREET[voice]) + s
            if rng.random() < 0.1:
                s = "@" + rng.choice(HANDLES) + " " + s
        if voice == "phone":
            s = s.lower()
        steps.append(s)
    # final answer
    d = dict(base)
    d["x"] = x
    d["question"] = (st["question"] or "").rstrip()
    if lower:
        d["question"] = d["question"].lower()
    pool = list(V["ans"])
    if voice == "quote" and not st["question"]:
        pool = list(ANS_GENERIC)
    if st["each"]:
        ch = p["changes"][-1]
        d["rec1"] = ch["rec"][1]
        pool = [t for t in pool if "{it}" not in t or voice == "quote"] + ANS_EACH + ANS_GENERIC
    else:
        if rng.random() < 0.35:
            pool = pool + ANS_HAVE
        if rng.random() < 0.3:
            pool = pool + ANS_GENERIC
    s = rng.choice(pool).format_map(d)
    if voice == "phone":
        s = s.lower()
    steps.append(s)
    if edited:
        k = rng.randrange(len(steps))
        note = rng.choice(EDIT_NOTES)
        if rng.random() < 0.5:
            steps[k] = "EDIT: " + note + ". " + steps[k]
        else:
            steps[k] = steps[k] + " (edit: " + note + ")"
    return steps, voice + ("+edit" if edited else "")


# ---------------------------------------------------------------------------
# assembling records
# ---------------------------------------------------------------------------
KIND_W = [("none", 45), ("arithmetic", 13.75), ("operand", 13.75), ("operation", 13.75), ("answer", 13.75)]


def apply_typos(rng, text):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if w.strip(".,?!").lower() in TYPOS]
    if idx:
        i = rng.choice(idx)
        w = words[i]
        core = w.strip(".,?!")
        rep = TYPOS[core.lower()]
        if core[:1].isupper():
            rep = cap(rep)
        words[i] = w.replace(core, rep)
    return " ".join(words)


def make_one(rng, rid):
    kind = rng.choices([k for k, _ in KIND_W], [w for _, w in KIND_W])[0]
    pos_class = None
    min_e = 1
    if kind in ("arithmetic", "operand", "operation"):
        pos_class = rng.choice(["first", "middle", "last"])
        min_e = {"first": 1, "middle": 3, "last": 2}[pos_class]
    for _attempt in range(200):
        p = build_numbers(rng, min_e)
        subj = pick_subject(rng)
        cat = rng.choice(subj.cats)
        item = rng.choice(ITEMS[cat])
        tense = "past" if rng.random() < 0.45 else "pres"
        word_p = rng.choice([0, 0, 0.15, 0.3, 0.6])
        st = build_story(rng, p, subj, cat, item, tense, word_p)
        res = inject(rng, p, kind, pos_class)
        if res is None:
            continue
        written, x, err = res
        story = st["story"]
        lower = rng.random() < 0.14
        if rng.random() < 0.08:
            story = apply_typos(rng, story)
        if lower:
            story = story.lower()
        pre = rng.choice(FRAME_PRE) if rng.random() < 0.62 else ""
        post = rng.choice(FRAME_POST) if rng.random() < 0.4 else ""
        if lower:
            pre, post = pre.lower(), post.lower()
        sep1 = "\n" if rng.random() < 0.3 else " "
        if pre and pre[-1].isalnum():
            sep1 = rng.choice(["\n", " - ", ": "])
        sep2 = "\n" if rng.random() < 0.3 else " "
        problem = (pre + sep1 if pre else "") + story + (sep2 + post if post else "")
        if len(problem.split()) > 90:
            problem = story
            if len(problem.split()) > 90:
                continue
        if p["product"] and rng.random() < 0.25:
            a0, op0, b0, c0 = written[0]
            written = [(b0, op0, a0, c0)] + written[1:]
        steps, voice = build_steps(rng, p, written, x, st, subj, item, lower)
        eqs, answer = true_equations(p)
        label = -1 if err is None else err[1]
        rec = {"id": rid, "problem": problem, "steps": steps, "label": label,
               "final_answer_correct": x == answer, "error_kind": "none" if err is None else err[0]}
        meta = {"product": p["product"], "n1": p["n1"], "n2": p["n2"], "start": p["start"],
                "changes": [(ch["op"], ch["b"], ch["form"]) for ch in p["changes"]],
                "answer": answer, "story": story, "voice": voice,
                "templates": [ch["tpl"] for ch in p["changes"]]}
        return rec, meta
    raise RuntimeError("could not build a record")


def generate_with_meta(seed, count):
    rng = random.Random(seed)
    return [make_one(rng, f"gen-am-{seed}-{i:05d}") for i in range(count)]


def generate(seed: int, count: int) -> list:
    return [r for r, _ in generate_with_meta(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in generate(20261203, 400):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
