#!/usr/bin/env python3
"""Riddles, rhymes and puzzle-book teasers for the tiny-arith PRM.

Every record: a start quantity (plain or a product of two numbers), 1..5 changes
(+ - * /), a question; a step-by-step solution in an answer-key / clever-child /
quizmaster / grandparent voice, possibly with one injected slip.

Standard library only.  generate(seed, count) -> list of records.
_generate_internal(seed, count) -> list of (record, meta) used by check.py.
"""
import json
import os
import random
import re

# ---------------------------------------------------------------------------
# verbs
# ---------------------------------------------------------------------------
IRR = dict(
    give="gave", sell="sold", eat="ate", lose="lost", buy="bought", get="got",
    find="found", win="won", bring="brought", catch="caught", make="made",
    dig="dug", fly="flew", come="came", go="went", run="ran", take="took",
    break_="broke", throw="threw", spend="spent", lend="lent", send="sent",
    leave="left", hide="hid", steal="stole", sit="sat", stand="stood",
    grow="grew", fall="fell", feed="fed", keep="kept", split="split", cut="cut",
    put="put", deal="dealt", have="had", hold="held", mislay="mislaid",
    lay="laid", lie="lay", pay="paid", blow="blew", swim="swam", begin="began",
    wear="wore", tear="tore", shake="shook", sink="sank", set="set", let="let",
    see="saw", spy="spied", become="became", swell="swelled", fling="flung",
    do="did", sweep="swept", shoot="shot", spin="spun", bear="bore",
    forget="forgot", ride="rode", drive="drove", meet="met", think="thought",
    sing="sang", rise="rose", knit="knitted", sew="sewed", hang="hung",
)
IRR["break"] = "broke"
DOUBLE = set("""drop slip hop trot pop nab snap rot knit swap stop chop grab rob bag
nip skip ship wrap strip shop step plan tip trip get set let put cut run win dig sit
begin spin swim forget chat net pat beg plot scrub""".split())


def past(v):
    if v in IRR:
        return IRR[v]
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ied"
    if v in DOUBLE:
        return v + v[-1] + "ed"
    return v + "ed"


def pres3(v):
    if v == "have":
        return "has"
    if v in ("go", "do"):
        return v + "es"
    if v.endswith(("s", "sh", "ch", "x", "z")):
        return v + "es"
    if v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ies"
    return v + "s"


def ger(v):
    if v == "be":
        return "being"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        return v[:-1] + "ing"
    if v in DOUBLE:
        return v + v[-1] + "ing"
    return v + "ing"


def conj(v, agr, tense):
    if v == "be":
        if tense == "past":
            return "was" if agr in ("1s", "3s") else "were"
        return {"1s": "am", "3s": "is"}.get(agr, "are")
    if tense == "past":
        return past(v)
    return pres3(v) if agr == "3s" else v


_VTOK = re.compile(r"\[([a-z]+)(?::([a-z0-9]+))?\]")


_LAST_NV = [0]


def verbs(text, agr, tense):
    _LAST_NV[0] = len(_VTOK.findall(text))

    def rep(m):
        v, mode = m.group(1), m.group(2)
        a, t = agr, tense
        if mode == "ger":
            return ger(v)
        if mode == "base":
            return v
        if mode in ("1s", "2", "3s", "3p", "1p"):
            a = mode
        return conj(v, a, t)
    return _VTOK.sub(rep, text)


# ---------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def num_word(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("-" + ONES[o] if o else "")


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch.isdigit():
            return s
    return s


# ---------------------------------------------------------------------------
# items, containers, places, people
# ---------------------------------------------------------------------------
ITEM_GROUPS = [
    ("bird flyer", "crow rook raven magpie jackdaw sparrow starling robin wren finch blackbird "
     "thrush lark dove pigeon owl swallow pheasant partridge peacock kingfisher woodpecker "
     "parrot canary cuckoo nightingale bullfinch goldfinch"),
    ("bird water", "goose:geese duck swan heron gull moorhen mallard"),
    ("bird hen", "hen chicken chick bantam turkey"),
    ("beast grazer", "sheep:sheep goat cow pony donkey horse lamb calf:calves ox:oxen mule"),
    ("beast small hop", "rabbit hare frog toad"),
    ("beast small", "mouse:mice rat hedgehog squirrel kitten puppy:puppies piglet ferret mole newt "
     "snail tortoise guinea_pig:guinea_pigs"),
    ("beast", "pig badger otter kid camel llama"),
    ("food fruit round", "apple pear plum cherry:cherries peach:peaches apricot orange lemon lime fig "
     "damson quince greengage nectarine tangerine clementine"),
    ("food fruit", "strawberry:strawberries gooseberry:gooseberries raspberry:raspberries banana date"),
    ("food baked", "pie tart bun muffin biscuit cake loaf:loaves scone crumpet pancake doughnut "
     "cookie pretzel cracker mince_pie:mince_pies jam_tart:jam_tarts bread_roll:bread_rolls "
     "pasty:pasties flapjack macaroon eclair gingerbread_man:gingerbread_men iced_bun:iced_buns"),
    ("food sweet small", "toffee gumdrop humbug lollipop bonbon jelly_bean:jelly_beans "
     "sugar_mouse:sugar_mice marshmallow truffle caramel"),
    ("food sweet small melt", "chocolate"),
    ("food veg plant", "potato:potatoes turnip carrot onion parsnip radish:radishes leek"),
    ("food veg", "cabbage marrow pumpkin cucumber tomato:tomatoes"),
    ("food nut round small plant", "walnut chestnut hazelnut almond"),
    ("food egg fragile", "egg duck_egg:duck_eggs"),
    ("food", "sausage cheese:cheeses pickled_onion:pickled_onions"),
    ("coin round small shiny", "coin penny:pennies shilling farthing florin guinea ducat groat "
     "sovereign silver_dollar:silver_dollars gold_coin:gold_coins"),
    ("gem small shiny", "pearl ruby:rubies emerald sapphire diamond gem jewel opal garnet"),
    ("flower", "rose daisy:daisies tulip lily:lilies violet poppy:poppies sunflower bluebell buttercup "
     "primrose marigold snowdrop daffodil carnation pansy:pansies foxglove cornflower dandelion "
     "forget-me-not:forget-me-nots"),
    ("thing burn melt", "candle"),
    ("thing light", "ribbon"),
    ("thing round small", "marble button bead"),
    ("nature round small plant", "conker acorn"),
    ("nature round small shore", "pebble shell"),
    ("nature light", "feather leaf:leaves"),
    ("nature", "pine_cone twig"),
    ("nature melt", "snowball icicle"),
    ("thing small shiny", "key thimble brooch:brooches ring medal hairpin"),
    ("thing kitchen", "spoon fork ladle"),
    ("thing kitchen fragile", "cup jug teapot plate bowl mug teacup saucer bottle jar glass:glasses"),
    ("thing wear", "hat sock mitten boot glove scarf:scarves bonnet shawl apron"),
    ("thing paper light", "letter stamp postcard envelope kite"),
    ("thing paper", "book notebook comic map"),
    ("thing toy", "toy_soldier:toy_soldiers spinning_top:spinning_tops doll teddy_bear:teddy_bears "
     "puppet yo-yo skittle domino:dominoes rocking_horse:rocking_horses"),
    ("thing toy light pop", "balloon"),
    ("thing", "whistle bell lantern brick nail tile rope bucket spade broom umbrella pencil crayon "
     "paintbrush:paintbrushes kettle saucepan clock comb bracelet necklace trophy:trophies "
     "horseshoe mousetrap flag"),
    ("thing fragile", "lamp mirror"),
    ("thing burn", "log plank"),
]


def _plural(s):
    if s.endswith(("s", "sh", "ch", "x")):
        return s + "es"
    if s.endswith("y") and s[-2] not in "aeiou":
        return s[:-1] + "ies"
    return s + "s"


def _parse_items():
    items = []
    for tags, words in ITEM_GROUPS:
        tagset = set(tags.split())
        for e in words.split():
            e = e.replace("_", " ")
            if ":" in e:
                sg, pl = e.split(":")
            else:
                sg, pl = e, _plural(e)
            t2 = set(tagset)
            if "bird" in t2 or "beast" in t2:
                t2.add("alive")
            else:
                t2.add("nonalive")
            items.append({"sing": sg, "plur": pl, "tags": t2})
    return items


ITEMS = _parse_items()

CONTAINERS = {
    "bird": "branch:branches nest cage coop bough perch:perches",
    "beast": "pen field stable barn hutch:hutches sty:sties paddock meadow cage",
    "food": "basket box:boxes tray tin jar plate bowl sack crate barrel hamper shelf:shelves "
            "dish:dishes bag punnet",
    "coin": "purse pouch:pouches chest:chests jar pot bag stocking box:boxes money_box:money_boxes sock",
    "gem": "casket pouch:pouches chest:chests box:boxes velvet_bag:velvet_bags",
    "flower": "vase pot bunch:bunches row window_box:window_boxes basket bouquet",
    "thing": "box:boxes drawer bag sack crate cupboard shelf:shelves basket chest:chests tin trunk cabinet",
}


def _parse_conts():
    out = {}
    for k, s in CONTAINERS.items():
        res = []
        for e in s.split():
            e = e.replace("_", " ")
            res.append(tuple(e.split(":")) if ":" in e else (e, _plural(e)))
        out[k] = res
    return out


CONTS = _parse_conts()

PLACES = {
    "bird": [("upon the wall", "on the wall"), ("on the old barn roof", "on the roof"),
             ("along the garden fence", "on the fence"), ("in the oak tree", "in the tree"),
             ("on the church steeple", "on the steeple"), ("in the hawthorn hedge", "in the hedge"),
             ("on the washing line", "on the line"), ("on the chimney pot", "on the chimney"),
             ("in the orchard", "in the orchard"), ("on the village green", "on the green")],
    "beast": [("in the meadow", "in the meadow"), ("in the farmyard", "in the yard"),
              ("in the barn", "in the barn"), ("on the hillside", "on the hill"),
              ("in the paddock", "in the paddock"), ("by the stream", "by the stream"),
              ("in the walled garden", "in the garden"), ("on the common", "on the common")],
    "food": [("on the kitchen table", "on the table"), ("on the windowsill", "on the windowsill"),
             ("on the baker's counter", "on the counter"), ("in the larder", "in the larder"),
             ("on the big blue plate", "on the plate"), ("in the pantry", "in the pantry")],
    "flower": [("in the garden", "in the garden"), ("in the window box", "in the window box"),
               ("in the tall vase", "in the vase"), ("on the riverbank", "on the riverbank")],
    "thing": [("on the dusty shelf", "on the shelf"), ("in the old sea chest", "in the chest"),
              ("on the mantelpiece", "on the mantelpiece"), ("in the dresser drawer", "in the drawer"),
              ("on the parlour table", "on the table"), ("in the attic", "in the attic")],
}

FEMALE = """Agnes Beatrix Clara Dora Edith Flora Gertie Hattie Ivy Jemima Kitty Lottie Mabel Nell Olive
Polly Queenie Rosie Sadie Tilly Una Violet Winnie Elsie Maud Effie Peggy Molly Dolly Bessie Hilda Ada
Ethel Gladys Myrtle Pearl Hazel Iris Lily Daisy Poppy Primrose Marigold Philippa Harriet Prudence
Constance Honor Verity Matilda Henrietta Cecily Rowena Isolde Griselda Ottoline Wilhelmina Araminta
Tabitha Jessamy Lavinia Anouk Ingrid Astrid Sigrid Greta Heidi Liesl Mirela Zofia Katya Olga Nadia
Ines Paloma Lucia Carmen Rosa Marisol Chiara Giulia Bianca Aiko Hana Mei Lin Priya Anjali Meera Kavya
Zara Amara Ayesha Fatima Layla Noor Yasmin Abena Esi Adaeze Chioma Thandi Zola Nomvula Leilani Moana
Bronwen Morwenna Eira Ffion Siobhan Aoife Niamh Maeve Grainne Kirsty Morag Elspeth Isla Fenella Dulcie
Clemency Petronella Euphemia Hepzibah Keziah Delphine Solange Odile Ninon Esme""".split()
MALE = """Albert Bertie Cyril Dickon Edwin Fred Gilbert Horace Ivor Jasper Kit Lionel Monty Ned Oswald
Percy Quentin Rupert Silas Tobias Ulric Vernon Walter Wilfred Barnaby Bartholomew Ebenezer Ezekiel
Jethro Josiah Obadiah Thaddeus Ambrose Archibald Basil Cedric Clement Cuthbert Digby Ernest Felix
Giles Godfrey Hector Humphrey Ignatius Jeremiah Lancelot Leopold Magnus Mortimer Nigel Norbert Ollie
Peregrine Reginald Rufus Sebastian Stanley Tristram Virgil Wendell Alfie Archie Hamish Angus Fergus
Dougal Seamus Padraig Eamon Bjorn Lars Sven Olaf Anders Pieter Hans Fritz Matteo Luca Paolo Enzo
Diego Mateo Tomas Rafael Joaquin Kenji Hiro Takeshi Chen Wei Arjun Rohan Vikram Dev Omar Tariq Karim
Yusuf Kwame Kofi Chidi Emeka Jabari Tendai Sipho Mosi Koa Keanu Ivan Dmitri Boris Pavel Milos Stefan
Caradoc Gethin Emrys Taliesin Crispin Jolyon Lemuel Zebedee Hezekiah Phineas Ptolemy Casimir
Florian Benedict Aldous Evander Gideon Jonah""".split()
F_TITLES = ["Granny", "Grandma", "Aunt", "Dame", "Old Mother", "Little", "Farmer", "Queen",
            "Princess", "Widow", "Nanna", "Mistress"]
M_TITLES = ["Grandpa", "Uncle", "Old", "Little", "Farmer", "Captain", "Squire", "Sir", "King",
            "Prince", "Brother", "Master", "Grandad"]
GROUPS = [("the carol singers", "the singers"), ("the village children", "the children"),
          ("the pirates of the Salty Gull", "the pirates"), ("the lighthouse keepers", "the keepers"),
          ("the monks of the abbey", "the monks"), ("the scouts", "the scouts"),
          ("the fishermen of the cove", "the fishermen"), ("the goblins under the hill", "the goblins"),
          ("the elves of the wood", "the elves"), ("the choirboys", "the choirboys"),
          ("the sailors of the Merry Wren", "the sailors"), ("the nuns of the priory", "the nuns"),
          ("the Brownies", "the Brownies"), ("the travelling players", "the players"),
          ("the Morris dancers", "the dancers"), ("the castle guards", "the guards"),
          ("the Pennywhistle family", "the family"), ("the bell ringers", "the ringers")]

PEOPLE = [tuple(x.split(":")) if ":" in x else (x, _plural(x)) for x in (
    "friend cousin grandchild:grandchildren neighbour sailor pirate elf:elves choirboy "
    "child:children nephew niece guest pupil goblin giant knight traveller shepherd "
    "carol singer:carol singers fisherman:fishermen dancer monk classmate playmate brother "
    "sister scout farmhand milkmaid soldier gnome dwarf:dwarves page:pages").replace(
        "carol singer:carol singers", "carol_singer:carol_singers").split()]
PEOPLE = [(a.replace("_", " "), b.replace("_", " ")) for a, b in PEOPLE]
DGROUPS = [tuple(x.split(":")) if ":" in x else (x, _plural(x)) for x in (
    "pile heap bag box:boxes basket jar tin parcel bundle row stack bowl sack pot crate "
    "portion batch:batches").split()]

GIVERS = ["a kindly neighbour", "the postman", "a passing tinker", "the vicar",
          "a stranger in a green cloak", "the miller", "a fairy", "a friendly goblin",
          "the squire", "an old sailor", "the blacksmith", "the innkeeper", "a travelling pedlar",
          "{pos} godmother", "{pos} uncle", "{pos} grandmother", "the milkman", "Father Christmas",
          "a wandering minstrel", "the lord of the manor", "the schoolmistress",
          "a mysterious stranger", "the ferryman", "a jolly farmer", "the baker's wife",
          "a little elf", "the king's messenger", "the lamplighter", "a rich merchant",
          "the tooth fairy"]
THIEVES = [("a thief", "", "3s"), ("a rascal", "", "3s"), ("a goblin", "", "3s"),
           ("a mischievous imp", "", "3s"), ("a cheeky elf", "", "3s"), ("a crafty pirate", "", "3s"),
           ("the neighbour's boy", "", "3s"), ("a passing rogue", "", "3s"),
           ("a greedy giant", "", "3s"), ("the cat", "nonalive", "3s"),
           ("a sly fox", "bird beast", "3s"), ("a hungry wolf", "grazer", "3s"),
           ("a hawk", "bird small", "3s"), ("a greedy goat", "food flower", "3s"),
           ("the dog", "food", "3s"), ("a pickpocket", "coin gem small", "3s"),
           ("a magpie", "shiny", "3s"), ("the wind", "light", "3s"), ("a jackdaw", "shiny", "3s"),
           ("the mice", "food", "3p"), ("a band of robbers", "", "3s"), ("the crows", "fruit veg", "3p")]

# ---------------------------------------------------------------------------
# change wordings.  (template, tags) ; tags "" = any item.
#   {kx}: added amount ("5 more apples"), {ks}: taken amount ("5 of them")
# ---------------------------------------------------------------------------
ADD_VP = [
    ("[buy] {kx}", ""), ("[get] {kx}", ""), ("[find] {kx}", ""), ("[pick] up {kx}", "nonalive"),
    ("[collect] {kx}", ""), ("[win] {kx} at the fair", ""), ("[earn] {kx}", "coin"),
    ("[gather] {kx}", "nature flower fruit egg nut veg"), ("[bring] home {kx}", ""),
    ("[be] given {kx}", ""), ("[receive] {kx} in the post", "thing coin gem sweet"),
    ("[come] by {kx}", ""), ("[dig] up {kx}", "coin gem veg nature"),
    ("[fish] {kx} out of the pond", "thing coin round"), ("[purchase] {kx}", ""),
    ("[trade] a penknife for {kx}", ""), ("[borrow] {kx} from a neighbour", "thing"),
    ("[pocket] {kx}", "coin gem small"), ("[snap] up {kx} at the market", ""),
    ("[stumble] upon {kx}", ""), ("[pick] {kx}", "fruit flower"),
    ("[pluck] {kx} from the hedgerow", "fruit flower"), ("[bake] {kx}", "baked"),
    ("[knit] {kx}", "wear"), ("[make] {kx}", "thing baked sweet"),
    ("[fetch] {kx} from the shed", "thing nature"),
    ("[inherit] {kx} from a great-aunt", "coin gem thing"), ("[be] sent {kx}", ""),
    ("[be] handed {kx}", ""), ("[scrape] together {kx}", "coin"), ("[save] up {kx}", "coin"),
    ("[rake] in {kx}", "coin"), ("[scoop] up {kx}", "small nature"), ("[grab] {kx}", ""),
    ("[round] up {kx}", "alive"), ("[get] {kx} for {pos} birthday", ""),
    ("[bring] back {kx} from the market", ""), ("[unearth] {kx}", "coin gem nature veg"),
    ("[discover] {kx} in the attic", "thing coin gem"), ("[rescue] {kx}", "alive"),
    ("[adopt] {kx}", "alive"), ("[order] {kx}", "nonalive"), ("[whittle] {kx}", "kitchen toy"),
    ("[forage] {kx}", "nut fruit nature"), ("[win] {kx} in a raffle", ""),
    ("[buy] {kx} from a pedlar", ""), ("[knock] {kx} down from the tree", "fruit nut"),
    ("[haul] in {kx}", ""), ("[beg] {kx} from the baker", "baked"),
    ("[add] {kx} to the pile", "nonalive"), ("[tuck] {kx} into {pos} basket", "food nature flower small"),
    ("[gain] {kx}", ""), ("[acquire] {kx}", ""), ("[pick] up {kx} for a song", ""),
    ("[get] hold of {kx}", ""), ("[scrounge] {kx}", ""), ("[come] home with {kx}", ""),
    ("[be] lent {kx}", "thing"), ("[take] in {kx}", "alive"), ("[hatch] out {kx}", "bird"),
    ("[gather] up {kx} from the grass", "nature nut fruit"),
    ("[catch] {kx}", "alive"), ("[buy] in {kx}", ""),
]
ADD_IS = [
    ("{kx} [arrive]", ""), ("{kx} [fly] in", "bird"), ("{kx} [flutter] down beside them", "bird"),
    ("{kx} [land] nearby", "bird"), ("{kx} [come] along", "alive"), ("{kx} [join] them", "alive"),
    ("{kx} [turn] up", ""), ("{kx} [appear]", ""), ("{kx} [wander] in", "beast"),
    ("{kx} [hop] over", "bird hop"), ("{kx} [trot] up", "grazer"), ("{kx} [be] added", ""),
    ("{kx} [pop] up", "flower veg"), ("{kx} [roll] in", "round"), ("{kx} [hatch]", "bird"),
    ("{kx} [sprout]", "flower veg"), ("{kx} [bloom]", "flower"), ("{kx} [be] delivered", "nonalive"),
    ("{kx} [tumble] out of a sack", "nonalive"), ("{kx} [swoop] down", "flyer"),
    ("{kx} [scamper] in", "small"), ("{kx} [waddle] up", "water"), ("{kx} [be] born", "beast"),
    ("{kx} [show] up", ""), ("{kx} [come] home to roost", "bird"), ("{kx} [be] brought in", ""),
    ("{kx} [wash] up on the shore", "shore"), ("{kx} [ripen]", "fruit"),
    ("{kx} [fall] from the tree", "fruit nut"), ("{kx} [be] found", ""), ("{kx} [be] bought", ""),
    ("{kx} [come] in the post", "paper coin"), ("{kx} [be] laid", "egg"), ("{kx} [grow]", "flower veg"),
    ("{kx} [drift] down", "light"), ("{kx} [be] baked", "baked"), ("{kx} [be] won", ""),
    ("{kx} [be] dug up", "veg coin gem"), ("{kx} [flock] in", "bird"), ("{kx} [straggle] in", "alive"),
]
ADD_AG = [
    ("{A} [give] {obj} {kx}", ""), ("{A} [send] {obj} {kx}", ""), ("{A} [hand] {obj} {kx}", ""),
    ("{A} [bring] {obj} {kx}", ""), ("{A} [lend] {obj} {kx}", "thing"),
    ("{A} [leave] {kx} on {pos} doorstep", ""), ("{A} [slip] {obj} {kx}", "coin gem small sweet"),
    ("{A} [pass] {obj} {kx}", ""), ("{A} [post] {obj} {kx}", "thing coin sweet"),
    ("{A} [throw] in {kx} for free", ""), ("{A} [present] {obj} with {kx}", ""),
    ("{A} [sell] {obj} {kx}", ""), ("{A} [pay] {obj} {kx}", "coin"), ("{A} [bake] {obj} {kx}", "baked"),
    ("{A} [knit] {obj} {kx}", "wear"), ("{A} [drop] off {kx}", ""), ("{A} [deliver] {kx}", "nonalive"),
    ("{A} [add] {kx}", ""), ("{A} [bring] {kx}", ""), ("{A} [leave] {kx} there", ""),
]
SUB_VP = [
    ("[give] away {ks}", ""), ("[lose] {ks}", ""), ("[sell] {ks}", ""), ("[eat] {ks}", "food"),
    ("[use] {ks}", "thing food"), ("[drop] {ks}", "thing food coin gem"), ("[spend] {ks}", "coin"),
    ("[donate] {ks}", ""), ("[break] {ks}", "fragile toy"),
    ("[throw] out {ks}", "thing food nature flower"), ("[mislay] {ks}", "thing coin gem"),
    ("[misplace] {ks}", "thing coin gem"), ("[hand] over {ks}", ""), ("[pass] on {ks} to a friend", ""),
    ("[trade] away {ks}", ""), ("[gobble] up {ks}", "food"), ("[munch] {ks}", "fruit veg baked sweet nut"),
    ("[scoff] {ks}", "baked sweet"), ("[devour] {ks}", "food"), ("[burn] {ks}", "burn"),
    ("[pay] out {ks}", "coin"), ("[lend] out {ks}", "thing coin"), ("[post] {ks}", "paper"),
    ("[send] off {ks}", ""), ("[set] free {ks}", "alive"), ("[let] {ks} go", "alive"),
    ("[part] with {ks}", ""), ("[give] {ks} to the vicar", ""), ("[toss] away {ks}", "thing nature"),
    ("[chuck] out {ks}", "thing food nature"), ("[feed] {ks} to the pigs", "fruit veg baked"),
    ("[pawn] {ks}", "gem thing"), ("[gamble] away {ks}", "coin gem"), ("[fritter] away {ks}", "coin"),
    ("[squander] {ks}", "coin"), ("[leave] {ks} behind on the train", "nonalive"),
    ("[get] rid of {ks}", ""), ("[sell] off {ks}", ""), ("[plant] {ks}", "plant"),
    ("[cook] {ks}", "veg egg"), ("[smash] {ks}", "fragile"), ("[crack] {ks}", "egg nut"),
    ("[pop] {ks}", "pop"), ("[tear] {ks}", "paper"), ("[wear] out {ks}", "wear"),
    ("[return] {ks} to the shop", "thing"), ("[drop] {ks} down the well", "coin round small gem"),
    ("[lose] {ks} in the snow", "thing coin gem"), ("[pack] {ks} off to {pos} cousin", ""),
    ("[bury] {ks}", "coin gem nut nature"), ("[hand] out {ks} to the carol singers", ""),
    ("[put] {ks} in the church collection", "coin"), ("[spend] {ks} on ribbons", "coin"),
    ("[give] {ks} to the ducks", "baked"), ("[bake] {ks} into a pie", "fruit"),
    ("[sell] {ks} at the fair", ""), ("[fling] away {ks}", "thing nature"),
    ("[use] up {ks}", "thing food"), ("[swap] {ks} for a fishing rod", ""),
]
SUB_IS = [
    ("{ks} [fly] away", "bird"), ("{ks} [fly] off", "bird"), ("{ks} [take] wing", "flyer"),
    ("{ks} [flutter] off", "bird"), ("{ks} [wander] off", "beast"), ("{ks} [run] away", "beast"),
    ("{ks} [stray]", "beast"), ("{ks} [escape]", "alive"), ("{ks} [roll] away", "round"),
    ("{ks} [go] missing", ""), ("{ks} [vanish]", ""), ("{ks} [disappear]", ""),
    ("{ks} [fall] and [break]", "fragile"), ("{ks} [tumble] into the river", "nonalive"),
    ("{ks} [melt]", "melt"), ("{ks} [rot]", "fruit veg"), ("{ks} [spoil]", "food"),
    ("{ks} [go] bad", "food"), ("{ks} [get] broken", "fragile toy"), ("{ks} [be] stolen", ""),
    ("{ks} [be] eaten", "food"), ("{ks} [be] sold", ""), ("{ks} [wilt]", "flower"),
    ("{ks} [blow] away", "light"), ("{ks} [hop] away", "hop"), ("{ks} [scurry] off", "small alive"),
    ("{ks} [slip] away", "alive"), ("{ks} [crack]", "egg fragile"),
    ("{ks} [be] carried off by a fox", "alive"), ("{ks} [be] snatched by a magpie", "shiny"),
    ("{ks} [be] given away", ""), ("{ks} [be] used up", "burn kitchen paper"),
    ("{ks} [wash] away in the flood", "nonalive"), ("{ks} [burst]", "pop"),
    ("{ks} [head] south for the winter", "flyer"), ("{ks} [go] home", "alive"),
    ("{ks} [drop] out of a hole in {pos} pocket", "coin small gem sweet"),
    ("{ks} [go] stale", "baked"), ("{ks} [go] astray", ""), ("{ks} [get] lost", ""),
    ("{ks} [be] knocked over by the cat", "fragile"), ("{ks} [be] taken", ""),
]
SUB_TH = [
    ("{T} [steal] {ks}", ""), ("{T} [take] {ks}", ""), ("{T} [run] off with {ks}", ""),
    ("{T} [make] off with {ks}", ""), ("{T} [carry] away {ks}", ""), ("{T} [eat] {ks}", "food"),
    ("{T} [snatch] {ks}", ""), ("{T} [pinch] {ks}", ""), ("{T} [chase] off {ks}", "alive"),
    ("{T} [scare] away {ks}", "alive"), ("{T} [trample] {ks}", "flower veg"),
    ("{T} [blow] away {ks}", "light"), ("{T} [nab] {ks}", ""), ("{T} [gobble] up {ks}", "food"),
    ("{T} [swipe] {ks}", ""), ("{T} [borrow] {ks} and never [bring] them back", ""),
]
# multiply: (template, tags, fixed k or None)
MUL_VP = [
    ("[double] {pos} {items}", "", 2), ("[double] the number of {pos} {items}", "", 2),
    ("[end] up with twice as many", "", 2), ("[have] twice as many by nightfall", "", 2),
    ("[manage] to double {pos} hoard", "nonalive", 2), ("[triple] {pos} {items}", "", 3),
    ("[treble] {pos} stock", "", 3), ("[end] up with thrice as many", "", 3),
    ("[end] up with triple the number", "", 3),
    ("[end] up with {k} times as many", "", None), ("[multiply] {pos} {items} by {k}", "", None),
    ("[make] {pos} pile {k} times as big", "nonalive", None),
    ("[grow] {pos} collection to {k} times its size", "nonalive", None),
    ("[swap] each of {them} for {k} new ones", "nonalive", None),
    ("[trade] every {item} for {k} fresh ones", "nonalive", None),
    ("[turn] every {item} into {k} with a magic spell", "", None),
    ("[have] {k} times as many by evening", "", None),
    ("[increase] {pos} stock {k}-fold", "", None),
    ("[put] them all into a magic pot, which [give:3s] back {k} for every {item}", "nonalive", None),
    ("[breed] them until there [be:3p] {k} times as many", "alive", None),
]
MUL_IS = [  # (agr, template, tags, fixed k)
    ("3s", "the number of {items} [double]", "", 2), ("3p", "the {items} [double] overnight", "", 2),
    ("3s", "the flock [double] in size", "bird", 2), ("3s", "the herd [double] in size", "grazer", 2),
    ("3s", "the heap [triple] overnight", "nonalive", 3), ("3s", "a kindly giant [triple] the pile", "nonalive", 3),
    ("3s", "a friendly witch [double] them with a wave of her wand", "", 2),
    ("3p", "soon there [be] twice as many", "", 2), ("3p", "soon there [be] thrice as many", "", 3),
    ("3s", "their number [become] {k} times larger", "", None), ("3s", "their number [grow] {k}-fold", "", None),
    ("3s", "the count [be] multiplied by {k}", "", None), ("3s", "each {item} [turn] into {k} by magic", "", None),
    ("3s", "by a wizard's spell, every {item} [become] {k}", "", None),
    ("3s", "a fairy [make] them {k} times as many", "", None),
    ("3s", "a wizard [multiply] them by {k}", "", None), ("3p", "soon there [be] {k} times as many", "", None),
    ("3s", "the flock [grow] to {k} times its size", "bird", None),
    ("3s", "the herd [grow] to {k} times its size", "grazer", None),
    ("3p", "the {items} [multiply] {k} times over", "", None),
    ("3s", "the pile [grow] {k} times larger", "nonalive", None),
    ("3s", "an enchanted mirror [multiply] them {k} times over", "nonalive", None),
    ("3s", "a goblin's charm [make] them {k} times as many", "", None),
]
# divide, not last (solver keeps one share): (template, tags, fixed k, literal extra numbers)
DIV_VP = [
    ("[share] {them} equally among {k} {people} and [keep] one share", "", None, (1,)),
    ("[split] {them} equally into {k} {groups} and [keep] one {group}", "", None, (1,)),
    ("[divide] {them} into {k} equal {groups} and [keep] just one", "", None, (1,)),
    ("[deal] {them} out evenly into {k} {groups} and [take] one {group} home", "", None, (1,)),
    ("[sort] {them} into {k} equal {groups} and [give] away all but one", "", None, (1,)),
    ("[part] {them} into {k} equal {groups}, keeping one {group} for {refl}", "", None, (1,)),
    ("[pack] {them} evenly into {k} {groups} and [keep] only one {group}", "nonalive", None, (1,)),
    ("[give] away half of {them}", "", 2, ()), ("[sell] half of {them}", "", 2, ()),
    ("[lose] half of {them}", "", 2, ()), ("[keep] only half of {them}", "", 2, ()),
    ("[halve] {pos} pile", "nonalive", 2, ()), ("[eat] half of {them}", "food", 2, ()),
    ("[give] half of {them} to {pos} sister", "", 2, ()),
    ("[split] the pile down the middle and [keep] {pos} half", "nonalive", 2, ()),
    ("[spend] half of {them}", "coin", 2, ()), ("[set] half of {them} free", "alive", 2, ()),
    ("[trade] away half of {them}", "", 2, ()),
    ("[keep] a third of {them} and [give] away the rest", "", 3, ()),
    ("[give] away all but a third of {them}", "", 3, ()), ("[keep] just a third of {them}", "", 3, ()),
    ("[sell] all but a third of {them}", "", 3, ()),
]
DIV_IS = [  # (agr, template, tags, fixed k, lits)
    ("3p", "half of {them} [fly] away", "bird", 2, ()), ("3p", "half of {them} [wander] off", "beast", 2, ()),
    ("3p", "half of {them} [be] eaten", "food", 2, ()), ("3p", "half of {them} [go] missing", "", 2, ()),
    ("3p", "half of {them} [be] sold", "", 2, ()), ("3s", "a storm [blow] away half of {them}", "light", 2, ()),
    ("3s", "the pile [be] halved", "nonalive", 2, ()), ("3p", "only a third of {them} [stay]", "alive", 3, ()),
    ("3p", "only a third of {them} [be] left", "", 3, ()), ("3p", "all but a third of {them} [fly] off", "bird", 3, ()),
    ("3s", "the flock [split] into {k} equal flocks, and only one [stay:3s]", "bird", None, (1,)),
    ("3p", "the {items} [be] split equally into {k} {groups}, and only one {group} [be:3s] kept",
     "nonalive", None, (1,)),
    ("3s", "a fox [chase] off half of {them}", "alive", 2, ()), ("3p", "half of {them} [melt] away", "melt", 2, ()),
    ("3p", "half of {them} [wilt]", "flower", 2, ()), ("3p", "half of {them} [rot]", "fruit veg", 2, ()),
]
# divide as the last change, question asks for one share: (template, tags, 'p' people / 'g' groups)
DIV_EACH_VP = [
    ("[share] {them} equally among {k} {people}", "", "p"),
    ("[divide] {them} evenly between {k} {people}", "", "p"),
    ("[hand] {them} out equally to {k} {people}", "", "p"),
    ("[pack] {them} equally into {k} {groups}", "nonalive", "g"),
    ("[split] {them} into {k} equal {groups}", "", "g"),
    ("[deal] {them} out fairly to {k} {people}", "", "p"),
    ("[give] {them} out evenly to {k} {people}", "", "p"),
    ("[parcel] {them} out evenly among {k} {people}", "", "p"),
    ("[sort] {them} into {k} equal {groups}", "", "g"),
]
DIV_EACH_IS = [
    ("3p", "the {items} [be] shared equally among {k} {people}", "", "p"),
    ("3p", "{k} {people} [share:3p] {them} out equally", "", "p"),
    ("3p", "the {items} [be] packed evenly into {k} {groups}", "nonalive", "g"),
]
# starts: own scene (subject S), product starts take {a} {conts} {cont} {b}
START_VP = [
    ("[have] {n} {items}", ""), ("[own] {n} {items}", ""), ("[keep] {n} {items} in a {cont}", ""),
    ("[start] the day with {n} {items}", ""), ("[possess] {n} {items}", ""),
    ("[set] out for market with {n} {items}", ""), ("[count] {n} {items} in {pos} {cont}", ""),
    ("[begin] with {n} {items}", ""), ("[hoard] {n} {items}", "coin gem nut sweet"),
    ("[raise] {n} {items}", "alive"), ("[grow] {n} {items}", "flower veg fruit"),
    ("[bake] {n} {items}", "baked"), ("[pick] {n} {items}", "fruit flower"),
    ("[gather] {n} {items}", "nature egg flower nut fruit"), ("[buy] {n} {items}", ""),
    ("[find] {n} {items} in the attic", "thing coin gem"), ("[be] given {n} {items}", ""),
    ("[look] after {n} {items}", "alive"), ("[collect] {n} {items}", ""), ("[save] {n} {items}", "coin"),
    ("[carry] {n} {items} in {pos} {cont}", "nonalive"),
]
START_CL = [  # (agr, template) ; {Sp}: possessive of the owner
    ("3s", "{Sp} {cont} [hold] {n} {items}"), ("3p", "there [be] {n} {items} in {Sp} {cont}"),
    ("3p", "in {Sp} {cont} there [be] {n} {items}"), ("3s", "{Sp} {cont} [contain] {n} {items}"),
]
PROD_VP = [
    ("[have] {a} {conts} with {b} {items} in each", ""),
    ("[have] {a} {conts}, and each {cont} [hold:3s] {b} {items}", ""),
    ("[buy] {a} {conts} of {b} {items}", ""), ("[fill] {a} {conts} with {b} {items} apiece", "nonalive"),
    ("[pack] {b} {items} into each of {a} {conts}", "nonalive"),
    ("[carry] {a} {conts}, each holding {b} {items}", "nonalive"),
    ("[own] {a} {conts} of {b} {items} each", ""), ("[bring] home {a} {conts} of {b} {items}", ""),
    ("[set] out {a} {conts} with {b} {items} in every {cont}", ""),
    ("[keep] {b} {items} in each of {a} {conts}", ""),
]
PLACE_START = [  # (agr, template, tags) {loc}
    ("3p", "{n} {items} [sit] {loc}", "alive"), ("3p", "{Loc} [sit] {n} {items}", "alive"),
    ("3p", "there [be] {n} {items} {loc}", ""), ("3p", "{n} {items} [perch] {loc}", "bird"),
    ("3p", "{n} {items} [graze] {loc}", "grazer"), ("3p", "{n} {items} [lie] {loc}", "nonalive"),
    ("3p", "{n} {items} [stand] in a row {loc}", ""), ("3p", "{n} {items} [rest] {loc}", ""),
    ("3p", "{n} {items} [be] {loc}", ""), ("3p", "{Loc} there [be] {n} {items}", ""),
    ("obs", "{O} [spy] {n} {items} {loc}", ""), ("obs", "{O} [count] {n} {items} {loc}", ""),
    ("obs", "{O} [see] {n} {items} {loc}", ""),
]
PLACE_PROD = [
    ("3p", "{a} {conts} [stand] {loc}, each holding {b} {items}", "nonalive"),
    ("3p", "on each of {a} {conts} there [sit] {b} {items}", "bird"),
    ("3p", "{loc} there [be] {a} {conts} with {b} {items} in each", "nonalive beast"),
    ("3p", "{a} rows of {b} {items} [stand] {loc}", "flower veg grazer"),
    ("obs", "{O} [count] {a} {conts} {loc}, with {b} {items} in each", ""),
]

# ---------------------------------------------------------------------------
# verse couplets: (line1, line2, scene, tags, fixed k, lits)
# ---------------------------------------------------------------------------
V_START = [
    ("{S_cap} had {n} {items} in a sack,", "and carried them home upon {pos} back.", "own", "nonalive"),
    ("Upon a wall, so old and grey,", "there sat {n} {items} at break of day.", "place", "bird", ("upon the wall", "on the wall")),
    ("{S_cap} went off to the county fair,", "and bought {n} {items} from a trader there.", "own", ""),
    ("Hickory, dickory, dock,", "{S} had {n} {items} by the clock.", "own", ""),
    ("Hickory, dickory, dock,", "{n} {items} sat by the clock.", "place", "", ("by the clock", "by the clock")),
    ("In a cottage by the sea,", "{S} had {n} {items} for tea.", "own", "food"),
    ("{S_cap} had a hoard, all neat and bright,", "of {n} {items}, a lovely sight.", "own", ""),
    ("Down in the meadow, green and wide,", "{n} {items} grazed side by side.", "place", "grazer", ("in the meadow", "in the meadow")),
    ("Upon the pond, so still and clear,", "swam {n} {items}, far and near.", "place", "water", ("on the pond", "on the pond")),
    ("In {Sp} basket, lined with red,", "{S} kept {n} {items}, it is said.", "own", "nonalive"),
    ("Deep in {Sp} pocket, snug and warm,", "lay {n} {items}, safe from harm.", "own", "small"),
    ("On a shelf above the door", "stood {n} {items}, and no more.", "place", "nonalive", ("on the shelf", "on the shelf")),
    ("High upon the steeple tall", "sat {n} {items}, great and small.", "place", "bird", ("on the steeple", "on the steeple")),
    ("Old {Name} had a farm, they say,", "with {n} {items} in the hay.", "own", "alive"),
    ("{S_cap} had {n} {items}, fine and fat,", "and kept them underneath {pos} hat.", "own", "small"),
]
V_PROD = [
    ("{a} {conts} upon a shelf did stand,", "with {b} {items} in each, packed close by hand.", "place", "nonalive", ("on the shelf", "on the shelf")),
    ("{S_cap} had {a} {conts}, packed up tight,", "with {b} {items} in each, a pleasing sight.", "own", ""),
    ("In {a} {conts} along the lane", "sat {b} {items} each, out of the rain.", "place", "bird", ("along the lane", "along the lane")),
    ("{S_cap} filled {a} {conts} to the brim,", "with {b} {items} in each, so neat and trim.", "own", "nonalive"),
    ("In {a} neat rows upon the ground", "{b} {items} in each row were found.", "place", "nonalive", ("in the rows", "in the rows")),
]
V_ADD = [
    ("Along came {A} with {k} more,", "and set them down upon the floor.", "both", "nonalive"),
    ("{S_cap} then found {k} more,", "lying by the cottage door.", "own", ""),
    ("Then {k} more came flying in,", "and joined the rest with a merry din.", "both", "bird"),
    ("Then {k} more came trotting down the lane,", "and joined the others in the rain.", "both", "beast"),
    ("A kindly neighbour brought {k} more;", "{S} stacked them neatly by the door.", "own", "nonalive"),
    ("{S_cap} bought {k} more at the fair,", "and tied them up with ribbon there.", "own", "nonalive"),
    ("Then {k} more, without a sound,", "came hopping in across the ground.", "both", "hop bird"),
    ("{S_cap} picked {k} more from the tree,", "as ripe and rosy as could be.", "own", "fruit"),
    ("A fairy, passing on her way,", "left {k} more, so people say.", "both", ""),
    ("{S_cap} earned {k} more by honest toil,", "by digging in the garden soil.", "own", "coin"),
    ("Then {k} more tumbled from a sack,", "and nobody would take them back.", "both", "nonalive"),
    ("And then, to everyone's delight,", "{k} more arrived before the night.", "both", ""),
    ("{S_cap} baked {k} more, all golden brown,", "the finest batch in all the town.", "own", "baked"),
    ("The hens laid {k} more, fresh and white,", "by the morning's early light.", "both", "egg"),
]
V_SUB = [
    ("But {k} were lost along the way,", "and never found, or so they say.", "both", ""),
    ("Then {k} flew off into the blue,", "and where they went, nobody knew.", "both", "bird"),
    ("A hungry fox crept up at night,", "and carried {k} away from sight.", "both", "alive"),
    ("{S_cap} gave {k} to a friend in need,", "a very kind and generous deed.", "own", ""),
    ("{S_cap} sold {k} at the market stall,", "and didn't regret it, not at all.", "own", ""),
    ("The greedy goat ate {k} for tea,", "as greedy as a goat can be.", "both", "food flower"),
    ("Then {k} went rolling down the hill,", "and, for all I know, they're rolling still.", "both", "round"),
    ("{S_cap} ate {k} and licked {pos} lips,", "then wiped {pos} sticky fingertips.", "own", "baked sweet fruit"),
    ("Alas, a storm blew {k} away,", "upon a wild and windy day.", "both", "light"),
    ("Then {k} wandered off to roam,", "and never found their way back home.", "both", "alive"),
    ("{S_cap} spent {k} on ribbons and lace,", "with a happy smile upon {pos} face.", "own", "coin"),
    ("{k} cracked and broke upon the floor,", "and so were useful nevermore.", "both", "fragile"),
    ("A magpie swooped with eyes so keen,", "and snatched {k}, the thieving queen!", "both", "shiny"),
    ("Then {k} were nibbled by a mouse", "that lived inside the old farmhouse.", "both", "food"),
]
V_MUL = [
    ("By magic then, their number grew", "to {k} times as many: strange, but true!", "both", "", None),
    ("A wizard waved his wand with glee,", "and made them {k} times as many, you see.", "both", "", None),
    ("Their number doubled in the night,", "which gave the neighbours quite a fright.", "both", "", 2),
    ("A fairy came with wand held high", "and made them {k} times as many: don't ask why!", "both", "", None),
    ("Then, by a spell of olden time,", "they tripled, quick as any rhyme.", "both", "", 3),
    ("The flock grew {k} times as large by spring,", "and oh, how merrily they'd sing!", "both", "bird", None),
    ("{S_cap} put them in a magic pot,", "which gave back {k} for each: a lot!", "own", "nonalive", None),
    ("Then every {item} in the heap", "turned into {k} while the town was asleep.", "both", "nonalive", None),
]
V_DIV = [
    ("{S_cap} split the lot in {k} equal heaps,", "and kept a heap of them for keeps.", "own", "nonalive", None),
    ("Then half of them were blown away", "upon a wild and windy day.", "both", "light", 2),
    ("{S_cap} shared them out in {k} equal parts,", "and kept a share to bake in tarts.", "own", "fruit", None),
    ("Then half of them flew off to Spain,", "and never came back home again.", "both", "bird", 2),
    ("{S_cap} gave away half, without a fuss,", "for sharing is the way with us.", "own", "", 2),
    ("But only a third of them remained,", "for all the rest were lost when it rained.", "both", "", 3),
    ("Half of the herd went through the gate,", "and never came back, though {S} did wait.", "own", "grazer", 2),
]
V_DIV_EACH = [
    ("{S_cap} then dealt them out, fair and square,", "to {k} {people}, an equal share.", "own", "", "p"),
    ("{S_cap} shared them out without a fight", "among {k} {people}, as was right.", "own", "", "p"),
]
V_Q = [
    ("Now count them up and tell me, pray:", "how many {items} are there today?"),
    ("So tell me quick, and tell me true:", "how many {items} now? I'll wait for you."),
    ("Think it over, take your time:", "how many {items} end this rhyme?"),
    ("Now sharpen your wits and give a shout:", "how many {items}? Work it out!"),
    ("Come, clever child, and don't be slow:", "how many {items}? I'd like to know!"),
    ("Now tell me, if you're good at sums,", "to how many {items} the total comes?"),
]
V_Q_EACH = [
    ("Now tell me, if you're good at sums,", "how many to each {person} comes?", "p"),
    ("So work it out and tell me fair:", "how many {items} are in each share?", "p"),
    ("So work it out and tell me true:", "how many {items} in each {group} too?", "g"),
]

# ---------------------------------------------------------------------------
# framing sentences (never a number in them)
# ---------------------------------------------------------------------------
INTROS = ["Riddle me this:", "Here is a riddle for you.", "Riddle-me-ree!", "Guess this if you can:",
          "An old riddle goes like this:", "Listen close, for here's a puzzle.", "Fingers on buzzers!",
          "Next question, for a bonus point:", "Quiz night teaser:", "Pencils ready, teams.",
          "Quizmaster's teaser:", "PUZZLE CORNER.", "Today's brain-teaser:", "From our puzzle page:",
          "Teaser of the week:", "The Sunday puzzle:", "Readers' poser:",
          "An old brain-teaser from Grandad's notebook:", "Granny's favourite teaser:",
          "Grandpa used to ask this at supper:", "Puzzle:", "Brain-teaser:", "A poser:",
          "Conundrum:", "Try this on your friends:", "From a dusty old puzzle book:",
          "A problem for the clever:", "Sit down and think about this carefully.",
          "Here's a teaser my grandmother loved:", "Pub quiz, the arithmetic round:",
          "For the young readers:", "Put on your thinking caps!", "A riddle from the old country:",
          "The quizmaster clears his throat.", "Teams, listen carefully."]
OUTROS = ["Answers on the back page.", "No counting on fingers!", "Think carefully now.",
          "Answer at the bottom of the page.", "Shout out when you've got it!", "No peeking!",
          "Extra marks for speed.", "Write your answer on the slip.", "Solution in next week's paper.",
          "Take your time.", "Can you solve it?", "Don't let it fool you!",
          "Put your hand up when you know.", "Have a go!"]
DISTRACT = ["It was a frosty morning.", "The church bells rang out over the green.",
            "The cat watched from the windowsill.", "Nobody knows why.", "The wind blew cold across the hill.",
            "It was a rainy Sunday.", "The kettle sang on the stove.", "A robin sang in the hedge.",
            "The sun was shining brightly.", "Everyone in the village knew about it.",
            "The clock on the mantel ticked away.", "Fog rolled in from the sea.",
            "It was the week before the harvest fair.", "The lanes were thick with mud.",
            "The old dog snored by the fire.", "Nobody could say how it happened.",
            "What a curious business it was!", "The moon rose over the mill pond.",
            "Snow lay deep upon the ground.", "The baker's bell jingled.",
            "It was market day in town.", "The miller laughed at the news.",
            "Far away, thunder grumbled.", "The apple trees were in blossom.",
            "The postman whistled as he passed.", "Mind you, it was a very windy day.",
            "Strange things happen in that village.", "The fiddler played a jig at the inn.",
            "All this happened long ago.", "The geese on the common honked loudly.",
            "The weathercock spun on the barn.", "Bees hummed among the lavender."]
DISTRACT_PRES = ["It is a frosty morning.", "The church bells ring out over the green.",
                 "The cat watches from the windowsill.", "Nobody knows why.", "The wind blows cold across the hill.",
                 "It is a rainy Sunday.", "The kettle sings on the stove.", "A robin sings in the hedge.",
                 "The sun is shining brightly.", "Everyone in the village knows about it.",
                 "Fog rolls in from the sea.", "It is the week before the harvest fair.",
                 "The old dog snores by the fire.", "What a curious business it is!", "Snow lies deep upon the ground.",
                 "It is market day in town.", "Far away, thunder grumbles.", "The apple trees are in blossom.",
                 "Strange things happen in that village.", "Bees hum among the lavender.",
                 "The fiddler plays a jig at the inn.", "Mind you, it is a very windy day."]
OPENERS = ["Then", "Later", "After that,", "Next", "Soon", "By noon", "That afternoon", "At dusk",
           "Before long", "Come evening,", "The next day", "Next morning", "After supper",
           "Presently", "By and by", "Afterwards", "In time", "Anon", "Then, at sunset,",
           "Shortly after,", "Later that week", "At the chime of the church bell,", "On the way home",
           "Come the evening,"]
OPEN_OP = {"+": ["Happily,", "By good fortune,", "Lo and behold,", "What luck:"],
           "-": ["Alas,", "Alack,", "Sadly,", "But then,", "Oh dear,"],
           "*": ["By magic,", "As if by magic,", "Lo and behold,", "Wonder of wonders,"],
           "/": ["Being fair,", "Later,", "Then,"]}

Q_OWN = [
    "How many {items} [do] {S} [have:base] now?", "How many {items} [do] {S} [have:base] left?",
    "How many {items} [do] {S} [end:base] up with?", "How many {items} [be:3p] left?",
    "How many {items} [remain:3p]?", "How many {items} [do] {S} [own:base] now?",
    "Count them up: how many {items} now?", "How many {items} [be:3p] there at the end?",
    "What [be:3s] {Sp} final tally of {items}?", "And how many {items} [do:3s] that [leave:base] {obj} with?",
    "So, how many {items} now?", "Tell me true: how many {items} [be:3p] left?",
    "How many {items} [do] {S} [have:base] by the end of the day?",
    "At the end of it all, how many {items} [do] {S} [have:base]?",
    "Pray, how many {items} [do] {S} now [possess:base]?", "How many {items} [do] {S} [take:base] home?",
    "Can you reckon how many {items} {S} [have] now?", "Quick as you can: how many {items}?",
    "How many {items}, then, [do] {S} [have:base]?", "Can you say how many {items} [be:3p] left?",
    "Work it out: how many {items} [do] {S} [have:base] at the finish?",
    "How many {items} [be] {S} left with?", "How many {items} [be:3p] in {Sp} {cont} now?",
]
Q_PLACE = [
    "How many {items} [be:3p] {lq} now?", "How many {items} [be:3p] left {lq}?",
    "Now, how many {items} [be:3p] there {lq}?", "Tell me, how many {items} [remain:3p] {lq}?",
    "How many {items} can you count {lq} now?", "Count them: how many {items} [be:3p] {lq} at the end?",
    "How many now?", "How many {items} [be:3p] {lq} when all [be:3s] done?",
    "So how many {items} [be:3p] {lq} at last?", "Riddle me this: how many {items} [be:3p] {lq} now?",
]
Q_EACH = {
    "p": ["How many {items} [do:3s] each {person} [get:base]?", "How many [do:3s] each {person} [receive:base]?",
          "How many {items} [go:3p] to each {person}?", "What [be:3s] each {person}'s share?",
          "How many {items} [do:3s] every {person} [get:base]?"],
    "g": ["How many {items} [be:3p] in each {group}?", "How many {items} [go:3p] into each {group}?",
          "How many [do:3s] each {group} [hold:base]?"],
}

# ---------------------------------------------------------------------------
# solution wording
# ---------------------------------------------------------------------------
HINTS = {
    "+": ["{b} more", "adding {b}", "plus {b}", "add the {b} new ones", "with {b} extra",
          "{b} more join", "{b} more come in", "adding on {b}", "counting in the {b} extra"],
    "-": ["{b} gone", "taking away {b}", "minus {b}", "less {b}", "take off {b}", "after losing {b}",
          "{b} fewer", "subtract {b}", "the {b} that went"],
    "*": ["{b} times as many", "multiplying by {b}", "times {b}", "{b} times over"],
    "/": ["dividing by {b}", "split {b} ways", "into {b} equal shares", "sharing by {b}",
          "{b} equal parts"],
}
HINTS_SPECIAL = {("*", 2): ["doubling", "twice as many"], ("*", 3): ["tripling", "trebling"],
                 ("/", 2): ["halving", "half of it"], ("/", 3): ["a third of it"]}
VOICES = {
    "key": ["{eq}.", "{Hint}: {eq}.", "{eq} ({hint}).", "Then {eq}.", "Next, {eq} {items}.",
            "{Hint}, so {eq}.", "Working: {eq}.", "{Hint} gives {eq}.", "Now {eq}.", "{eq} {items}."],
    "child": ["Easy! {eq}.", "I did {eq}.", "Then {hint}, so {eq}!", "That's {eq}, I think.",
              "Ooh, and then {eq}.", "So now it's {eq} {items}.", "{Hint}! That makes {eq}.",
              "Hmm, {hint}... {eq}.", "I worked out {eq}."],
    "quiz": ["Right, {hint}: {eq}.", "Now, {eq}.", "Then we have {eq}.", "{Hint}, which gives {eq}.",
             "Carry on: {eq} {items}.", "{Hint}: {eq}, easy."],
    "gran": ["Well now, {hint} gives {eq}.", "And {eq}, you see.", "So then {eq}, my dear.",
             "{Hint}, and that's {eq}.", "Now mind this: {eq}.", "{Hint} makes {eq}, plain as day."],
}
FIRST_EXTRA = ["Start with {a} {items}. {Hint}: {eq}.", "We begin with {a}; {hint} gives {eq}.",
               "At first there are {a}; {hint}, so {eq}.", "There were {a} to begin with, so {eq}."]
PROD_T = ["First multiply: {eq}.", "{eq} {items} to begin with.", "To start, {eq} {items} in all.",
          "{eq}, that's how many at the start.", "Multiply first, {eq}.", "All the {conts} together: {eq}.",
          "Counting every {cont}: {eq}.", "{eq} {items} at the start.", "I multiplied: {eq}.",
          "The {conts} hold {eq} {items}."]
FINAL_GEN = ["#### {ans}", "Answer: {ans}", "The answer is {ans}.", "Answer: {ans} {items}.",
             "So the answer is {ans}.", "Solution: {ans} {items}.", "And the riddle's answer is {ans}.",
             "Ta-da! {ans} {items}.", "Final tally: {ans}.", "I make it {ans}.",
             "{ans} {items}, and that's my final answer!", "That leaves {ans}.", "Therefore: {ans}.",
             "Answer key: {ans}.", "{ans} is the answer.", "Easy: the answer is {ans}!",
             "So it's {ans}, I'm sure of it.", "Done! {ans} {items}."]
FINAL_OWN = ["So {S} [have] {ans} {items}.", "So {S} [end] up with {ans} {items}.",
             "{S_cap} [be] left with {ans} {items}.", "That means {S} [have] {ans} {items} now."]
FINAL_PLACE = ["So there are {ans} {items} {lq}.", "That leaves {ans} {items} {lq}.",
               "{ans} {items} are {lq} at the end."]
FINAL_EACH = {"p": ["So each {person} gets {ans}.", "Each {person} gets {ans} {items}.",
                    "{ans} for each {person}."],
              "g": ["So each {group} holds {ans} {items}.", "{ans} {items} go in each {group}."]}
OPSTYLES = [{"+": "+", "-": "-", "*": "*", "/": "/"}, {"+": "+", "-": "−", "*": "×", "/": "÷"},
            {"+": "+", "-": "-", "*": "×", "/": "÷"}, {"+": "+", "-": "-", "*": "×", "/": "/"}]


def apply_op(a, op, b):
    """Exact result or None when not an integer."""
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


def tags_ok(spec, itags):
    if not spec:
        return True
    return bool(set(spec.split()) & itags)


# ---------------------------------------------------------------------------
# problem numbers
# ---------------------------------------------------------------------------
def _divisors(x, lo=2, hi=999):
    return [d for d in range(lo, min(hi, x) + 1) if x % d == 0]


def plan_numbers(rng, n_changes, product):
    """Return (start, factors, changes) with every true intermediate in 0..9999."""
    for _ in range(200):
        if product:
            a = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 15, 16, 20, 24, 25, 30])
            hi = min(999, 9999 // a)
            b = rng.choice([rng.randint(2, 12), rng.randint(2, 30), rng.randint(10, min(hi, 60)),
                            12, rng.randint(2, min(hi, 150))])
            if a * b > 9999 or b > 999:
                continue
            factors = (a, b) if rng.random() < 0.6 else (b, a)
            if factors[0] > 999:
                continue
            x = a * b
            start = None
        else:
            r = rng.random()
            if r < 0.3:
                x = rng.randint(3, 20)
            elif r < 0.6:
                x = rng.randint(21, 99)
            elif r < 0.97:
                x = rng.randint(100, 999)
            else:
                x = 1000
            if rng.random() < 0.3:  # friendlier for division
                m = rng.choice([4, 6, 12, 10, 24, 20, 60])
                x = max(m, (x // m) * m)
            start, factors = x, None
        changes = []
        ok = True
        for i in range(n_changes):
            done = False
            ops = rng.sample(["+", "-", "*", "/"], 4)
            weights_pick = rng.random()
            if weights_pick < 0.3:
                ops = ["+"] + [o for o in ops if o != "+"]
            elif weights_pick < 0.6:
                ops = ["-"] + [o for o in ops if o != "-"]
            for op in ops:
                if op == "+":
                    room = min(999, 9999 - x)
                    if room < 2:
                        continue
                    k = rng.choice([rng.randint(2, 12), rng.randint(2, 40), rng.randint(2, max(2, min(room, x + 20)))])
                    k = min(k, room)
                elif op == "-":
                    if x < 3:
                        continue
                    top = min(999, x - 1)
                    k = rng.choice([rng.randint(2, min(top, 12)), rng.randint(2, top)])
                elif op == "*":
                    top = min(12, 9999 // max(x, 1))
                    if top < 2 or x == 0:
                        continue
                    k = rng.choice([2, 2, 3, rng.randint(2, top)])
                    k = min(k, top)
                else:
                    ds = [d for d in _divisors(x, 2, 50) if x // d >= 1]
                    if not ds:
                        continue
                    small = [d for d in ds if d <= 12]
                    k = rng.choice(small) if small and rng.random() < 0.85 else rng.choice(ds)
                nx = apply_op(x, op, k)
                if nx is None or nx < 0 or nx > 9999:
                    continue
                if op in "+-" and k < 2:
                    continue
                changes.append((op, k))
                x = nx
                done = True
                break
            if not done:
                ok = False
                break
        if ok:
            return start, factors, changes
    return None


# ---------------------------------------------------------------------------
# rendering the problem
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.mentions = []
        self.other = False
        self.used = set()

    # ---- numbers ----
    def num(self, v, dozen_ok=True):
        rng = self.rng
        if v == 12 and dozen_ok and rng.random() < 0.35:
            self.mentions.append(12)
            return "a dozen"
        if v <= 99 and rng.random() < self.wordy and (v <= 20 or v % 10 == 0 or rng.random() < 0.7):
            self.mentions.append(v)
            return num_word(v)
        self.mentions.append(v)
        return str(v)

    # ---- subject ----
    def S(self, first=False):
        p = self.person
        if p["kind"] in ("I", "you", "we"):
            return p["pron"]
        if not self.mentioned or first:
            self.mentioned = True
            return p["full"]
        if self.other:
            self.other = False
            return p["short"]
        if self.rng.random() < 0.7:
            return p["pron"]
        return p["short"]

    def Sp(self):
        p = self.person
        if p["kind"] in ("I", "you", "we"):
            return p["pos"]
        if not self.mentioned:
            self.mentioned = True
            return _poss(p["full"])
        if self.rng.random() < 0.75 or p["kind"] == "group":
            return p["pos"]
        return _poss(p["short"])

    def fill(self, tpl, extra=None):
        p = self.person
        d = {
            "items": self.item["plur"], "item": self.item["sing"], "them": "them",
            "pos": p["pos"] if p else "their", "obj": p["obj"] if p else "them",
            "refl": p["refl"] if p else "themselves",
            "cont": self.cont[0], "conts": self.cont[1],
            "people": self.dpeople[1], "person": self.dpeople[0],
            "groups": self.dgroup[1], "group": self.dgroup[0],
            "loc": self.loc[0] if self.loc else "", "lq": self.loc[1] if self.loc else "",
            "Loc": cap(self.loc[0]) if self.loc else "",
        }
        if extra:
            d.update(extra)
        out = tpl
        for k in re.findall(r"\{(\w+)\}", tpl):
            if k in d:
                out = out.replace("{" + k + "}", d[k], 1)
        return out


def _poss(name):
    if name.endswith("s") and name.startswith("the "):
        return name + "'"
    return name + "'s"


def pick_person(rng):
    r = rng.random()
    if r < 0.58:
        if rng.random() < 0.5:
            name, g = rng.choice(FEMALE), "f"
        else:
            name, g = rng.choice(MALE), "m"
        full = name
        if rng.random() < 0.35:
            full = rng.choice(F_TITLES if g == "f" else M_TITLES) + " " + name
        short = full if full.startswith(("Old Mother", "Little")) and rng.random() < 0.5 else name
        if g == "f":
            return dict(kind="name", full=full, short=short, pron="she", obj="her", pos="her",
                        refl="herself", agr="3s")
        return dict(kind="name", full=full, short=short, pron="he", obj="him", pos="his",
                    refl="himself", agr="3s")
    if r < 0.68:
        g, gs = rng.choice(GROUPS)
        return dict(kind="group", full=g, short=gs, pron="they", obj="them", pos="their",
                    refl="themselves", agr="3p")
    if r < 0.82:
        return dict(kind="you", full="you", short="you", pron="you", obj="you", pos="your",
                    refl="yourself", agr="2")
    if r < 0.94:
        return dict(kind="I", full="I", short="I", pron="I", obj="me", pos="my", refl="myself", agr="1s")
    return dict(kind="we", full="we", short="we", pron="we", obj="us", pos="our", refl="ourselves", agr="1p")


def item_cat(it):
    t = it["tags"]
    for c in ("bird", "beast", "coin", "gem", "flower", "food"):
        if c in t:
            return c
    return "thing"


def place_cat(it):
    c = item_cat(it)
    return {"coin": "thing", "gem": "thing"}.get(c, c)


def kx_phrase(ctx, k):
    rng = ctx.rng
    s = ctx.num(k)
    it = ctx.item["plur"]
    if s == "a dozen":
        return rng.choice(["a dozen more " + it, "another dozen", "a further dozen " + it,
                           "a dozen extra " + it, "a dozen more"])
    return rng.choice([s + " more " + it, s + " more", "another " + s, s + " extra " + it,
                       "a further " + s + " " + it, s + " " + it, s + " new " + it, s + " more"])


def ks_phrase(ctx, k, own):
    rng = ctx.rng
    s = ctx.num(k)
    it = ctx.item["plur"]
    opts = [s + " of them", s + " of the " + it, s + " " + it, s, s + " of them"]
    if own:
        opts.append(s + " of {pos} " + it)
    return rng.choice(opts)


def render_change(ctx, op, k, last_each, tense):
    """Returns ('vp', text) or ('cl', text) ; text still contains [verbs] resolved."""
    rng = ctx.rng
    it = ctx.item["tags"]
    own = ctx.scene == "own"
    p = ctx.person

    def usable(tpl):
        if not own and re.search(r"\{(pos|obj|refl|S|Sp)\}", tpl):
            return False
        return True

    if op in "+-":
        if op == "+":
            pools = [("vp", ADD_VP), ("is", ADD_IS), ("ag", ADD_AG)]
            w = [0.55, 0.3, 0.15] if own else [0, 0.75, 0.25]
        else:
            pools = [("vp", SUB_VP), ("is", SUB_IS), ("th", SUB_TH)]
            w = [0.55, 0.3, 0.15] if own else [0, 0.7, 0.3]
        for _ in range(50):
            kind, pool = rng.choices(pools, weights=w)[0]
            tpl, tags = rng.choice(pool)
            if not tags_ok(tags, it) or not usable(tpl):
                continue
            if kind == "th":
                th = [t for t in THIEVES if tags_ok(t[1], it)]
                if not th:
                    continue
                thief, _, tagr = rng.choice(th)
            amount = kx_phrase(ctx, k) if op == "+" else ks_phrase(ctx, k, own)
            if kind == "vp":
                return "vp", verbs(ctx.fill(tpl.replace("{kx}", amount).replace("{ks}", amount)), p["agr"], tense)
            if kind == "is":
                return "cl", verbs(ctx.fill(tpl.replace("{kx}", amount).replace("{ks}", amount)), "3p", tense)
            ctx.other = kind in ("ag", "th")
            if kind == "ag":
                giver = rng.choice(GIVERS)
                if "{pos}" in giver and not own:
                    giver = "a kindly neighbour"
                t2 = tpl.replace("{A}", giver).replace("{kx}", amount)
                return "cl", verbs(ctx.fill(t2), "3s", tense)
            t2 = tpl.replace("{T}", thief).replace("{ks}", amount)
            return "cl", verbs(ctx.fill(t2), tagr, tense)
        raise RuntimeError("no add/sub template")

    if op == "*":
        for _ in range(80):
            if own and rng.random() < 0.5:
                tpl, tags, fk = rng.choice(MUL_VP)
                kind, agr = "vp", p["agr"]
            else:
                agr, tpl, tags, fk = rng.choice(MUL_IS)
                kind = "cl"
            if fk is not None and fk != k:
                continue
            if fk is None and k in (2, 3) and rng.random() < 0.3:
                continue  # prefer the special words for 2 and 3
            if not tags_ok(tags, it) or not usable(tpl):
                continue
            if fk is not None:
                ctx.mentions.append(k)
            else:
                tpl = tpl.replace("{k}", ctx.num(k, dozen_ok=False))
            ctx.other = bool(re.match(r"(a|an|by a) ", tpl))
            return kind, verbs(ctx.fill(tpl), agr, tense)
        raise RuntimeError("no mul template")

    # division
    for _ in range(80):
        if last_each:
            if own and rng.random() < 0.65:
                tpl, tags, each = rng.choice(DIV_EACH_VP)
                kind, agr = "vp", p["agr"]
            else:
                agr, tpl, tags, each = rng.choice(DIV_EACH_IS)
                kind = "cl"
            fk, lits = None, ()
        else:
            if own and rng.random() < 0.6:
                tpl, tags, fk, lits = rng.choice(DIV_VP)
                kind, agr = "vp", p["agr"]
            else:
                agr, tpl, tags, fk, lits = rng.choice(DIV_IS)
                kind = "cl"
            each = None
        if fk is not None and fk != k:
            continue
        if fk is None and k in (2, 3) and not last_each and rng.random() < 0.4:
            continue
        if not tags_ok(tags, it) or not usable(tpl):
            continue
        if fk is not None:
            ctx.mentions.append(k)
        else:
            tpl = tpl.replace("{k}", ctx.num(k, dozen_ok=False))
        ctx.mentions.extend(lits)
        ctx.each = each
        ctx.other = bool(re.match(r"(a|an|by a) |\d|[a-z]+(-[a-z]+)? \{people\}", tpl)) or "{people} [share" in tpl
        return kind, verbs(ctx.fill(tpl), agr, tense)
    raise RuntimeError("no div template")


def render_start(ctx, start, factors, tense):
    rng = ctx.rng
    it = ctx.item["tags"]
    p = ctx.person
    if ctx.scene == "own":
        if factors:
            tpl, tags = rng.choice([x for x in PROD_VP if tags_ok(x[1], it)])
            a, b = factors
            first_a = tpl.index("{a}") < tpl.index("{b}")
            sa = sb = None
            if first_a:
                sa = ctx.num(a)
                sb = ctx.num(b)
            else:
                sb = ctx.num(b)
                sa = ctx.num(a)
            t = tpl.replace("{a}", sa).replace("{b}", sb)
            return "vp", verbs(ctx.fill(t), p["agr"], tense)
        if rng.random() < 0.15 and " of " not in p["full"]:
            agr, tpl = rng.choice(START_CL)
            t = tpl.replace("{n}", ctx.num(start)).replace("{Sp}", ctx.Sp())
            return "cl", verbs(ctx.fill(t), agr, tense)
        tpl, tags = rng.choice([x for x in START_VP if tags_ok(x[1], it)])
        t = tpl.replace("{n}", ctx.num(start))
        return "vp", verbs(ctx.fill(t), p["agr"], tense)
    # place scene
    obs = rng.choice([("I", "1s"), ("you", "2"), ("we", "1p")])
    if factors:
        agr, tpl, tags = rng.choice([x for x in PLACE_PROD if tags_ok(x[2], it)])
        a, b = factors
        first_a = tpl.index("{a}") < tpl.index("{b}")
        if first_a:
            sa = ctx.num(a); sb = ctx.num(b)
        else:
            sb = ctx.num(b); sa = ctx.num(a)
        t = tpl.replace("{a}", sa).replace("{b}", sb).replace("{O}", obs[0])
        if "rows" in tpl:
            ctx.cont = ("row", "rows")
        return "cl", verbs(ctx.fill(t), obs[1] if agr == "obs" else agr, tense)
    agr, tpl, tags = rng.choice([x for x in PLACE_START if tags_ok(x[2], it)])
    t = tpl.replace("{n}", ctx.num(start)).replace("{O}", obs[0])
    return "cl", verbs(ctx.fill(t), obs[1] if agr == "obs" else agr, tense)


def render_question(ctx, tense, final_each):
    rng = ctx.rng
    p = ctx.person
    if final_each:
        tpl = rng.choice(Q_EACH[final_each])
        return cap(verbs(ctx.fill(tpl), "3s", tense))
    if ctx.scene == "place":
        tpl = rng.choice(Q_PLACE)
        q = verbs(ctx.fill(tpl), "3p", tense)
        return cap(q)
    tpl = rng.choice(Q_OWN)
    t = tpl.replace("{S}", ctx.S()).replace("{Sp}", ctx.Sp())
    return cap(verbs(ctx.fill(t), p["agr"], tense))


def join_vps(rng, vps, tense):
    if len(vps) == 1:
        return vps[0]
    if len(vps) == 2:
        return vps[0] + rng.choice([" and ", ", then ", " and then ", ", and after that ", ", and later "]) + vps[1]
    return ", ".join(vps[:-1]) + rng.choice([" and ", ", and then "]) + vps[-1]


def gerundize(vp):
    # turn the conjugated first verb back to -ing is hard; instead we re-render; caller supplies
    return vp


def render_problem(rng, meta, mode):
    """mode: dict(verse:bool, extras:int).  Returns text or None."""
    ctx = meta["ctx"]
    ctx.mentions = []
    ctx.mentioned = False
    ctx.each = None
    ctx.other = False
    ctx.used = set()
    tense = meta["tense"]
    start, factors, changes = meta["start"], meta["factors"], meta["changes"]
    final_each_plan = meta["final_each"]
    sents = []      # list of strings (sentences or verse lines)
    verse = mode["verse"]
    it = ctx.item["tags"]
    own = ctx.scene == "own"
    sep = mode.get("sep", "\n")

    def S_cap_fill(line):
        if "{Sp}" in line:
            line = line.replace("{Sp}", ctx.Sp())
        line = line.replace("{S_cap}", cap(ctx.S())).replace("{S}", ctx.S())
        line = line.replace("{Name}", ctx.person["short"] if ctx.person["kind"] == "name" else "MacDonald")
        return line

    # ---------------- start ----------------
    used_verse = False
    if verse:
        pool = V_PROD if factors else V_START
        cands = [c for c in pool if (c[2] == ctx.scene) and tags_ok(c[3], it)]
        if "{Name}" and ctx.person["kind"] != "name":
            cands = [c for c in cands if "{Name}" not in c[0] + c[1]]
        if cands:
            cc = rng.choice(cands)
            l1, l2 = cc[0], cc[1]
            if len(cc) > 4:
                ctx.loc = cc[4]
            if "rows" in l1:
                ctx.cont = ("row", "rows")
            txt = []
            for line in (l1, l2):
                if factors:
                    a, b = factors
                    if line.find("{a}") >= 0:
                        line = line.replace("{a}", ctx.num(a))
                    if line.find("{b}") >= 0:
                        line = line.replace("{b}", ctx.num(b))
                else:
                    if "{n}" in line:
                        line = line.replace("{n}", ctx.num(start))
                if "{Name}" in line:
                    ctx.mentioned = True
                line = ctx.fill(S_cap_fill(line))
                txt.append(cap(line) if (sep != " " or not txt) else line)
            sents.append(txt[0] + sep + txt[1])
            used_verse = True
    start_vp = None
    if not used_verse:
        kind, text = render_start(ctx, start, factors, tense)
        if kind == "vp":
            if _LAST_NV[0] == 1:
                start_vp = text
            text = ctx.S(first=True) + " " + text
        sents.append(("SENT", text, kind))

    # --------------- changes ----------------
    n = len(changes)
    i = 0
    q_merged = False
    pending_prose = []
    while i < n:
        op, k = changes[i]
        last = i == n - 1
        last_each = bool(last and final_each_plan)
        if verse:
            pool = {"+": V_ADD, "-": V_SUB, "*": V_MUL, "/": V_DIV_EACH if last_each else V_DIV}[op]
            cands = []
            for c in pool:
                scene_ok = c[2] == "both" or c[2] == ctx.scene
                if not scene_ok or not tags_ok(c[3], it):
                    continue
                if op in "*/" and not last_each and c[4] is not None and c[4] != k:
                    continue
                if op in "*/" and not last_each and c[4] is None and "{k}" not in c[0] + c[1]:
                    continue
                if last_each and c[4] not in ("p",):
                    continue
                cands.append(c)
            cands = [c for c in cands if c[0] not in ctx.used]
            if cands:
                c = rng.choice(cands)
                ctx.used.add(c[0])
                l1, l2 = c[0], c[1]
                txt = []
                for line in (l1, l2):
                    if "{k}" in line:
                        line = line.replace("{k}", ctx.num(k, dozen_ok=(op in "+-")))
                    if "{A}" in line:
                        line = line.replace("{A}", rng.choice([g for g in GIVERS if "{pos}" not in g]))
                    line = ctx.fill(S_cap_fill(line))
                    txt.append(cap(line) if (sep != " " or not txt) else line)
                if op in "*/" and c[4] in (2, 3):
                    ctx.mentions.append(k)
                if last_each:
                    ctx.each = c[4]
                sents.append(txt[0] + sep + txt[1])
                i += 1
                continue
        # prose: the first change may join the start sentence ("She had 12 but ate 3 of them.")
        if i == 0 and start_vp is not None and n > 1 and rng.random() < 0.3:
            kind0, text0 = render_change(ctx, op, k, last_each, tense)
            if kind0 == "vp" and _LAST_NV[0] == 1:
                conn = " but " if op in "-/" else rng.choice([" and ", " and then ", ", then "])
                sents[0] = ("SENT", sents[0][1] + conn + text0, "cl")
            else:
                sents.append(("SENT", (ctx.S() + " " + text0) if kind0 == "vp" else text0, "cl", op))
            i += 1
            continue
        group = 1
        r = rng.random()
        if not verse and i + 1 < n and r < 0.3:
            group = 2
        if not verse and i + 2 < n and r < 0.06:
            group = 3
        # question-merge ("If she then eats 4, how many ...") for the final change
        if last and own and not last_each and rng.random() < 0.18 and not verse:
            kind, text = render_change(ctx, op, k, False, "pres")
            lead = rng.choice(["if ", "if ", "if, after that, ", "suppose that "])
            if kind == "vp":
                then = "then " if (lead == "if " and rng.random() < 0.5) else ""
                cl = ctx.S() + " " + then + text
            else:
                cl = text
            agr = ctx.person["agr"]
            q = rng.choice(["how many {items} [do] {S} [have:base] left?",
                            "how many {items} [do] {S} [have:base] now?",
                            "how many {items} [be] {S} left with?",
                            "how many {items} [do] {S} [end:base] up with?",
                            "how many {items} will {S} have?"])
            q = verbs(ctx.fill(q.replace("{S}", ctx.S())), agr, "pres")
            if lead == "suppose that ":
                sents.append(cap(lead + cl + ": " + q))
            else:
                sents.append(cap(lead + cl + ", " + q))
            q_merged = True
            i += 1
            continue
        parts = []
        for j in range(group):
            opj, kj = changes[i + j]
            lj = (i + j == n - 1) and bool(final_each_plan)
            parts.append((opj,) + render_change(ctx, opj, kj, lj, tense) + (_LAST_NV[0],))
        i += group
        # build the sentence
        if all(pt[1] == "vp" for pt in parts) and len(parts) > 1:
            vps = [pt[2] for pt in parts]
            if len(parts) == 2 and rng.random() < 0.3 and parts[0][3] == 1 and parts[0][2].split(" ", 1)[0] not in (
                    "had", "has", "have", "was", "were", "is", "are", "am"):
                sents.append(("AFTER", parts, None))
            else:
                sents.append(("SENT", ctx.S() + " " + join_vps(rng, vps, tense), "cl", parts[0][0]))
        else:
            cls = []
            for opj, pk, t, _nv in parts:
                cls.append(ctx.S() + " " + t if pk == "vp" else t)
            if len(cls) == 1:
                s = cls[0]
            else:
                s = cls[0]
                for c2 in cls[1:]:
                    s += rng.choice([", and then ", "; then ", ", after which ", ", and soon ", "; later, "]) + c2
            sents.append(("SENT", s, "cl", parts[0][0]))

    # ---------------- question ----------------
    if not q_merged:
        fe = ctx.each if final_each_plan else None
        if verse and rng.random() < 0.75:
            if fe:
                qs = [q for q in V_Q_EACH if q[2] == fe]
                l1, l2, _ = rng.choice(qs)
            else:
                l1, l2 = rng.choice(V_Q)
            sents.append(cap(ctx.fill(l1)) + sep + ctx.fill(l2))
        else:
            sents.append(render_question(ctx, tense, fe))

    # ---------------- finish prose sentences ----------------
    out = []
    first_change_seen = False
    for idx, s in enumerate(sents):
        if isinstance(s, str):
            out.append(s)
            continue
        tag = s[0]
        if tag == "AFTER":
            parts = s[1]
            # re-render first VP as a gerund clause: easiest is to use the raw vp text and
            # swap its first word for the -ing form
            first = parts[0][2]
            w0, rest = (first.split(" ", 1) + [""])[:2]
            g = _to_gerund(w0)
            lead = rng.choice(["After ", "Having done that, ", "After "])
            if lead.startswith("Having"):
                sent = cap(ctx.S()) + " " + first + ". Having done that, " + ctx.S() + " " + parts[1][2]
            else:
                sent = "After " + g + (" " + rest if rest else "") + ", " + ctx.S() + " " + parts[1][2]
            out.append(cap(sent) + ".")
            continue
        text = s[1]
        if idx > 0 and rng.random() < 0.55 and not re.search(r"by evening|by nightfall|overnight|by spring", text):
            op0 = s[3] if len(s) > 3 else None
            pool = OPENERS + (OPEN_OP.get(op0, []) if op0 else [])
            o = rng.choice(pool)
            text = o + " " + text
        out.append(cap(text) + ".")
    return out, q_merged


_PAST2BASE = {v: k for k, v in IRR.items()}


def _to_gerund(w):
    """w: a conjugated verb form (past or present); return -ing form."""
    if w in ("was", "were", "is", "are", "am"):
        return "being"
    if w in ("has", "had"):
        return "having"
    base = _PAST2BASE.get(w)
    if base is None:
        if w.endswith("ied"):
            base = w[:-3] + "y"
        elif w.endswith("ies"):
            base = w[:-3] + "y"
        elif w.endswith("ed"):
            stem = w[:-2]
            if len(stem) >= 2 and stem[-1] == stem[-2] and stem[:-1] in DOUBLE:
                base = stem[:-1]
            elif (stem + "e") in _E_VERBS:
                base = stem + "e"
            elif w[:-1] in _E_VERBS:
                base = w[:-1]
            else:
                base = stem
        elif w.endswith("es") and (w[:-2] in _ES_VERBS):
            base = w[:-2]
        elif w.endswith("s"):
            base = w[:-1]
        else:
            base = w
    return ger(base)


_ALL_VERBS = set()
for _pool in (ADD_VP, SUB_VP, MUL_VP, DIV_VP, DIV_EACH_VP, START_VP, PROD_VP):
    for _e in _pool:
        for _m in _VTOK.finditer(_e[0]):
            _ALL_VERBS.add(_m.group(1))
_E_VERBS = {v for v in _ALL_VERBS if v.endswith("e")}
_ES_VERBS = {v for v in _ALL_VERBS if v.endswith(("s", "sh", "ch", "x", "z", "o"))}


# ---------------------------------------------------------------------------
# solution steps
# ---------------------------------------------------------------------------
def digit_swaps(v):
    s = str(v)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.append(int(t))
    return out


def digit_tweaks(v):
    s = str(v)
    out = []
    for i in range(len(s)):
        for d in (-1, 1):
            nd = int(s[i]) + d
            if 0 <= nd <= 9:
                t = s[:i] + str(nd) + s[i + 1:]
                if t[0] != "0" or len(t) == 1:
                    out.append(int(t))
    return out


def no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    res = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        res.append(str((da + db) % 10))
    return int("".join(reversed(res)))


def no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    res = []
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        res.append(str(abs(da - db)))
    return int("".join(reversed(res)))


def arith_slips(rng, a, op, b, t):
    c = [t + 1, t - 1, t + 1, t - 1, t + 10, t - 10] + digit_swaps(t) + digit_tweaks(t)
    if op == "+":
        c += [no_carry_add(a, b)] * 3
    if op == "-":
        c += [no_borrow_sub(a, b)] * 3 + [t + 2, t - 2]
    if op == "*":
        c += [t + a, t - a, t + b, t - b] * 2
    if op == "/":
        c += [t + 1, t - 1, t + 2]
    c = [x for x in c if x != t and 0 <= x <= 9999]
    rng.shuffle(c)
    return c


def answer_slips(rng, last, prev_cs):
    c = [last + 1, last - 1, last + 10, last - 10] + digit_swaps(last) * 2 + digit_tweaks(last)
    if len(prev_cs) >= 2:
        c += [prev_cs[-2]] * 3
    c = [x for x in c if x != last and 0 <= x <= 9999]
    rng.shuffle(c)
    return c


def base_steps(meta):
    """true (a, op, b) skeleton: list of dicts with 'b' and 'op' for each equation step"""
    sk = []
    if meta["factors"]:
        sk.append({"op": "*", "b": meta["factors"][1], "a": meta["factors"][0], "prod": True})
    for op, k in meta["changes"]:
        sk.append({"op": op, "b": k, "prod": False})
    return sk


def problem_numbers(meta):
    nums = []
    if meta["factors"]:
        nums += list(meta["factors"])
    else:
        nums.append(meta["start"])
    nums += [k for _, k in meta["changes"]]
    return nums


def build_written(rng, meta, err_kind, err_idx):
    """Return list of written equation steps (a, op, b, c) and the final answer, or None."""
    sk = base_steps(meta)
    n = len(sk)
    nums = problem_numbers(meta)
    start_val = meta["start"]
    written = []
    prev = None
    for i, st in enumerate(sk):
        if st["prod"]:
            a, b = st["a"], st["b"]
            if meta["prod_swap"]:
                a, b = b, a
        else:
            a = start_val if i == 0 else prev
            b = st["b"]
        op = st["op"]
        t = apply_op(a, op, b)
        if t is None or t < 0 or t > 9999:
            return None
        c = t
        if i == err_idx and err_kind == "arithmetic":
            cands = arith_slips(rng, a, op, b, t)
            if not cands:
                return None
            c = cands[0]
        elif i == err_idx and err_kind == "operation":
            alts = {"+": ["-", "-", "*"], "-": ["+"], "*": ["+", "+", "-"], "/": ["*", "*", "-"]}[op]
            rng.shuffle(alts)
            got = False
            for o2 in alts:
                c2 = apply_op(a, o2, b)
                if c2 is not None and 0 <= c2 <= 9999 and c2 != t:
                    op, c, got = o2, c2, True
                    break
            if not got:
                return None
        elif i == err_idx and err_kind == "operand":
            opts = []
            others = [x for x in nums if x != b]
            if st["prod"]:
                # misread one factor, or used another number of the problem
                for which in ("a", "b"):
                    v = a if which == "a" else b
                    for x in digit_swaps(v) + [v + 1, v - 1, v + 10] + [y for y in nums if y not in (a, b)]:
                        opts.append((which, x))
            else:
                for x in digit_swaps(b) * 2 + [b + 1, b - 1, b + 10, b - 10] + others * 2:
                    opts.append(("b", x))
                if i == 0:
                    for x in digit_swaps(a) * 2 + [a + 1, a - 1, a + 10, a - 10] + [y for y in nums[1:] if y != a]:
                        opts.append(("a", x))
                else:
                    earlier = [w[3] for w in written[:-1]]
                    cand_a = [start_val] * 3 if start_val is not None else []
                    cand_a += earlier * 2 + digit_swaps(a) * 2 + [a + 1, a - 1, a + 10, a - 10]
                    for x in cand_a:
                        opts.append(("a", x))
            rng.shuffle(opts)
            # balance a/b: pick side first
            side = rng.choice(["a", "b"])
            opts.sort(key=lambda o: o[0] != side)
            got = False
            for which, x in opts:
                if x is None or x < 1 or x > 9999:
                    continue
                a2, b2 = (x, b) if which == "a" else (a, x)
                if a2 == a and b2 == b:
                    continue
                if st["prod"] and sorted((a2, b2)) == sorted((a, b)):
                    continue
                if not st["prod"] and which == "a" and a2 == b:
                    continue
                if b2 > 999 and which == "b":
                    continue
                c2 = apply_op(a2, op, b2)
                if c2 is None or c2 < 0 or c2 > 9999 or c2 == t:
                    continue
                a, b, c, got = a2, b2, c2, True
                break
            if not got:
                return None
        written.append((a, op, b, c))
        prev = c
    ans = prev
    if err_kind == "answer":
        cands = answer_slips(rng, prev, [w[3] for w in written])
        if not cands:
            return None
        ans = cands[0]
    return written, ans


def fmt_eq(w, style, tight):
    a, op, b, c = w
    o = style[op]
    if tight:
        return "%d%s%d=%d" % (a, o, b, c)
    return "%d %s %d = %d" % (a, o, b, c)


def render_steps(rng, meta, written, ans):
    ctx = meta["ctx"]
    style = rng.choice(OPSTYLES)
    tight = rng.random() < 0.12
    voice = rng.choice(list(VOICES))
    items = ctx.item["plur"]
    steps = []
    for i, w in enumerate(written):
        eq = fmt_eq(w, style, tight)
        a, op, b, c = w
        if i == 0 and meta["factors"]:
            t = rng.choice(PROD_T)
            s = t.replace("{eq}", eq).replace("{items}", items).replace("{conts}", ctx.cont[1]).replace(
                "{cont}", ctx.cont[0])
            steps.append(cap(s))
            continue
        hints = list(HINTS[op]) + HINTS_SPECIAL.get((op, b), []) * 2
        hint = rng.choice(hints).replace("{b}", str(b))
        if i == 0 and rng.random() < 0.35:
            t = rng.choice(FIRST_EXTRA).replace("{a}", str(a))
        else:
            t = rng.choice(VOICES[voice])
        s = t.replace("{eq}", eq).replace("{Hint}", cap(hint)).replace("{hint}", hint).replace("{items}", items)
        steps.append(cap(s))
    # final answer
    fe = ctx.each if meta["final_each"] else None
    r = rng.random()
    if fe and r < 0.5:
        t = rng.choice(FINAL_EACH[fe])
        s = ctx.fill(t.replace("{ans}", str(ans)))
    elif ctx.scene == "place" and r < 0.4:
        s = ctx.fill(rng.choice(FINAL_PLACE).replace("{ans}", str(ans)))
    elif ctx.scene == "own" and not fe and ctx.person["kind"] in ("name", "group", "you") and r < 0.35:
        p = ctx.person
        subj = p["pron"] if p["kind"] != "name" or rng.random() < 0.5 else p["short"]
        t = rng.choice(FINAL_OWN).replace("{S_cap}", cap(subj)).replace("{S}", subj)
        s = verbs(ctx.fill(t.replace("{ans}", str(ans))), p["agr"], "pres")
    else:
        s = rng.choice(FINAL_GEN).replace("{ans}", str(ans)).replace("{items}", items)
    steps.append(cap(s))
    return steps


# ---------------------------------------------------------------------------
# the record builder
# ---------------------------------------------------------------------------
KINDS = ["arithmetic", "operand", "operation", "answer"]


def make_one(rng, rid):
    # ---- what kind of record ----
    r = rng.random()
    if r < 0.45:
        err_kind, pos = "none", None
    else:
        err_kind = rng.choice(KINDS)
        pos = "final" if err_kind == "answer" else rng.choice(["first", "middle", "last"])
    for attempt in range(60):
        product = rng.random() < 0.25
        if pos == "middle":
            n_eq = rng.randint(3, 6)
        elif pos == "last":
            n_eq = rng.randint(2, 6)
        else:
            n_eq = rng.choice([1, 2, 2, 3, 3, 4, 4, 5, 5, 6])
        n_changes = n_eq - (1 if product else 0)
        if not 1 <= n_changes <= 5:
            continue
        plan = plan_numbers(rng, n_changes, product)
        if plan is None:
            continue
        start, factors, changes = plan
        meta = {"start": start, "factors": factors, "changes": changes, "prod_swap": rng.random() < 0.3}
        if err_kind == "none" or err_kind == "answer":
            err_idx = -1
        elif pos == "first":
            err_idx = 0
        elif pos == "last":
            err_idx = n_eq - 1
        else:
            err_idx = rng.randint(1, n_eq - 2)
        bw = build_written(rng, meta, err_kind, err_idx)
        if bw is None:
            continue
        written, ans = bw
        # ---- scene & words ----
        ctx = Ctx(rng)
        ctx.item = rng.choice(ITEMS)
        ctx.person = pick_person(rng)
        alive = "alive" in ctx.item["tags"]
        ctx.scene = "place" if (alive and rng.random() < 0.55) or (not alive and rng.random() < 0.12) else "own"
        ctx.loc = rng.choice(PLACES[place_cat(ctx.item)]) if ctx.scene == "place" else None
        ctx.cont = rng.choice(CONTS[item_cat(ctx.item)])
        ctx.dpeople = rng.choice(PEOPLE)
        ctx.dgroup = rng.choice(DGROUPS)
        ctx.wordy = rng.choice([0.0, 0.25, 0.6, 0.9])
        meta["ctx"] = ctx
        meta["tense"] = "past" if rng.random() < 0.62 else "pres"
        meta["final_each"] = changes[-1][0] == "/" and rng.random() < 0.45
        verse = rng.random() < 0.4 and len(changes) <= 3
        sep = rng.choice(["\n", "\n", " / ", " "])
        text = None
        for tries in range(4):
            mode = {"verse": verse and tries < 2, "sep": sep}
            try:
                out, merged = render_problem(rng, meta, mode)
            except RuntimeError:
                out = None
                break
            # framing
            body = list(out)
            extras_intro = rng.random() < 0.45 and tries < 3
            extras_out = rng.random() < 0.2 and tries < 3
            n_dis = rng.choice([0, 0, 0, 1, 1, 2]) if tries < 3 else 0
            for _ in range(n_dis):
                pos_d = rng.randint(1, max(1, len(body) - 1))
                body.insert(pos_d, rng.choice(DISTRACT if meta["tense"] == "past" or mode["verse"] else DISTRACT_PRES))
            if extras_intro:
                body.insert(0, rng.choice(INTROS))
            if extras_out:
                body.append(rng.choice(OUTROS))
            joiner = sep if mode["verse"] else " "
            if mode["verse"]:
                text = joiner.join(body)
            else:
                text = " ".join(body)
            text = re.sub(r"[ \t]+", " ", text).strip()
            nsent = len(re.findall(r"[.!?](?=\s|$)", text)) + 0
            if len(text.split()) <= 90 and nsent <= 8:
                break
            text = None
        if text is None:
            continue
        steps = render_steps(rng, meta, written, ans)
        # truth for the record fields (from the injection plan)
        label = -1
        if err_kind in ("arithmetic", "operand", "operation"):
            label = err_idx
        elif err_kind == "answer":
            label = len(written)
        true_final = true_chain(meta)[-1]
        rec = {"id": rid, "problem": text, "steps": steps, "label": label,
               "final_answer_correct": ans == true_final, "error_kind": err_kind}
        info = {"start": start, "factors": factors, "changes": changes, "mentions": list(ctx.mentions),
                "written": written, "ans": ans, "pos": pos, "scene": ctx.scene}
        return rec, info
    return None


def true_chain(meta):
    vals = []
    if meta["factors"]:
        x = meta["factors"][0] * meta["factors"][1]
        vals.append(x)
    else:
        x = meta["start"]
    for op, k in meta["changes"]:
        x = apply_op(x, op, k)
        vals.append(x)
    return vals


def _generate_internal(seed, count):
    rng = random.Random(seed)
    out = []
    i = 0
    while len(out) < count:
        res = make_one(rng, "riddle-%d-%05d" % (seed, i))
        i += 1
        if res is not None:
            out.append(res)
    return out


def generate(seed: int, count: int) -> list:
    return [r for r, _ in _generate_internal(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
