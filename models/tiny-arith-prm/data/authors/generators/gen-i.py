#!/usr/bin/env python3
"""Grade-school word problems with chat-style step-by-step solutions, for a tiny PRM.

Register: an AI math tutor answering everyday word problems (stores, jobs, savings,
fundraisers, farms, classrooms, buses, recipes, time, distance, sports seasons).

generate(seed, count) -> list of records
  {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
Standard library only; no files are read at run time.
"""
import json
import os
import random
import re

# ---------------------------------------------------------------- numbers as words
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
         70: "seventy", 80: "eighty", 90: "ninety"}


def num_word(n):
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t * 10] if o == 0 else _TENS[t * 10] + "-" + _ONES[o]
    return str(n)


def say(rng, n, p=0.2):
    """Number for the problem text: mostly digits, sometimes words."""
    if 1 <= n <= 20 or (n < 100 and n % 10 == 0):
        if rng.random() < p:
            return num_word(n)
    elif 20 < n < 100 and rng.random() < p * 0.3:
        return num_word(n)
    return str(n)


# ---------------------------------------------------------------- verb forms
# irregular verbs: base -> (3rd person singular, past, past participle, -ing)
_IRR = {
    "be": ("is", "was", "been", "being"), "have": ("has", "had", "had", "having"),
    "do": ("does", "did", "done", "doing"), "go": ("goes", "went", "gone", "going"),
    "buy": ("buys", "bought", "bought", "buying"), "bring": ("brings", "brought", "brought", "bringing"),
    "get": ("gets", "got", "gotten", "getting"), "give": ("gives", "gave", "given", "giving"),
    "find": ("finds", "found", "found", "finding"), "win": ("wins", "won", "won", "winning"),
    "sell": ("sells", "sold", "sold", "selling"), "take": ("takes", "took", "taken", "taking"),
    "make": ("makes", "made", "made", "making"), "eat": ("eats", "ate", "eaten", "eating"),
    "lose": ("loses", "lost", "lost", "losing"), "break": ("breaks", "broke", "broken", "breaking"),
    "spend": ("spends", "spent", "spent", "spending"), "lend": ("lends", "lent", "lent", "lending"),
    "send": ("sends", "sent", "sent", "sending"), "keep": ("keeps", "kept", "kept", "keeping"),
    "put": ("puts", "put", "put", "putting"), "run": ("runs", "ran", "run", "running"),
    "ride": ("rides", "rode", "ridden", "riding"), "drive": ("drives", "drove", "driven", "driving"),
    "swim": ("swims", "swam", "swum", "swimming"), "cut": ("cuts", "cut", "cut", "cutting"),
    "come": ("comes", "came", "come", "coming"), "leave": ("leaves", "left", "left", "leaving"),
    "hold": ("holds", "held", "held", "holding"), "pay": ("pays", "paid", "paid", "paying"),
    "grow": ("grows", "grew", "grown", "growing"), "throw": ("throws", "threw", "thrown", "throwing"),
    "set": ("sets", "set", "set", "setting"), "build": ("builds", "built", "built", "building"),
    "shake": ("shakes", "shook", "shaken", "shaking"), "begin": ("begins", "began", "begun", "beginning"),
    "draw": ("draws", "drew", "drawn", "drawing"), "split": ("splits", "split", "split", "splitting"),
    "tear": ("tears", "tore", "torn", "tearing"), "feed": ("feeds", "fed", "fed", "feeding"),
    "lay": ("lays", "laid", "laid", "laying"), "dig": ("digs", "dug", "dug", "digging"),
    "hit": ("hits", "hit", "hit", "hitting"), "fall": ("falls", "fell", "fallen", "falling"),
    "stand": ("stands", "stood", "stood", "standing"), "forget": ("forgets", "forgot", "forgotten", "forgetting"),
    "sit": ("sits", "sat", "sat", "sitting"), "sweep": ("sweeps", "swept", "swept", "sweeping"),
    "catch": ("catches", "caught", "caught", "catching"), "teach": ("teaches", "taught", "taught", "teaching"),
    "fly": ("flies", "flew", "flown", "flying"), "say": ("says", "said", "said", "saying"),
    "think": ("thinks", "thought", "thought", "thinking"), "shut": ("shuts", "shut", "shut", "shutting"),
    "wear": ("wears", "wore", "worn", "wearing"), "steal": ("steals", "stole", "stolen", "stealing"),
    "bake": ("bakes", "baked", "baked", "baking"), "read": ("reads", "read", "read", "reading"),
    "hand": ("hands", "handed", "handed", "handing"), "mean": ("means", "meant", "meant", "meaning"),
    "blow": ("blows", "blew", "blown", "blowing"), "sink": ("sinks", "sank", "sunk", "sinking"),
    "rise": ("rises", "rose", "risen", "rising"), "shrink": ("shrinks", "shrank", "shrunk", "shrinking"),
    "sleep": ("sleeps", "slept", "slept", "sleeping"), "deal": ("deals", "dealt", "dealt", "dealing"),
    "seek": ("seeks", "sought", "sought", "seeking"), "hide": ("hides", "hid", "hidden", "hiding"),
    "choose": ("chooses", "chose", "chosen", "choosing"), "bite": ("bites", "bit", "bitten", "biting"),
    "tell": ("tells", "told", "told", "telling"), "show": ("shows", "showed", "shown", "showing"),
    "hang": ("hangs", "hung", "hung", "hanging"), "meet": ("meets", "met", "met", "meeting"), "spread": ("spreads", "spread", "spread", "spreading"),
    "cost": ("costs", "cost", "cost", "costing"), "become": ("becomes", "became", "become", "becoming"),
    "wake": ("wakes", "woke", "woken", "waking"), "write": ("writes", "wrote", "written", "writing"),
    "babysit": ("babysits", "babysat", "babysat", "babysitting"), "quit": ("quits", "quit", "quit", "quitting"),
}
_DOUBLE = set("drop ship stop plan jog grab chop swap tip shop skip trim hug scrub wrap bag tag pop "
              "clip snap nab stir pat plug sip rob chip net bid slip trap flip zip jot bat rub "
              "fit log map dip tap hop strip scrap sub mop hem snag knit trek spot chat hum step whip".split())


def vform(verb, form):
    """form: base, s, past, pp, ing.  Only the first word of a phrasal verb changes."""
    head, sep, tail = verb.partition(" ")
    if form == "base":
        out = head
    elif head in _IRR:
        out = _IRR[head][("s", "past", "pp", "ing").index(form)]
    elif form == "s":
        if head.endswith(("s", "x", "z", "ch", "sh", "o")):
            out = head + "es"
        elif head.endswith("y") and head[-2] not in "aeiou":
            out = head[:-1] + "ies"
        else:
            out = head + "s"
    elif form in ("past", "pp"):
        if head.endswith("e"):
            out = head + "d"
        elif head.endswith("y") and head[-2] not in "aeiou":
            out = head[:-1] + "ied"
        elif head in _DOUBLE:
            out = head + head[-1] + "ed"
        else:
            out = head + "ed"
    else:  # ing
        if head.endswith("ie"):
            out = head[:-2] + "ying"
        elif head.endswith("e") and not head.endswith(("ee", "ye", "oe")):
            out = head[:-1] + "ing"
        elif head in _DOUBLE:
            out = head + head[-1] + "ing"
        else:
            out = head + "ing"
    return out + sep + tail


def conj(verb, tense, plural):
    if verb == "be":
        if tense == "pres":
            return "are" if plural else "is"
        if tense == "past":
            return "were" if plural else "was"
        return "being"
    if tense == "pres":
        return vform(verb, "base" if plural else "s")
    if tense == "past":
        return vform(verb, "past")
    return vform(verb, "ing")


# ---------------------------------------------------------------- names
_FEMALE = """Amara Beatriz Calla Dalia Elif Farah Giulia Hana Ingrid Jovana Kalani Leticia Marisol
Nadia Oona Priya Rosalind Saanvi Thea Ulrike Valentina Wren Ximena Yara Zofia Adaeze Bronwyn
Carmen Delphine Esme Fiona Greta Imani Juniper Keiko Lucia Maeve Noor Odette Paloma Rania Sigrid
Tamsin Uma Vivian Willa Yasmin Zainab Anouk Birdie Colette Dina Eloise Freya Gemma Hazel Isla
Jada Kirra Linnea Mireille Nell Olympia Pia Rhiannon Saoirse Tallulah Ursula Vera Winnie Xiadani
Yesenia Zuri Aurelia Bettina Cosima Daphne Elspeth Gisele Harriet Ines Jolene Kaia Lorna Magda
Nicolette Orla Petra Rosa Selin Tova Ayesha Beatrix Chiamaka Dorothea Emiko Flora Georgia Hester
Ilse Marguerite Svetlana Alba Constance Ondine Lupe Mariam Soledad Teodora Folake Yuki Bernadette""".split()
_MALE = """Anselm Bruno Cyrus Dmitri Emeka Felix Gareth Hamid Ignacio Jonah Kofi Lorcan Mateo Niko
Osvaldo Pavel Rafael Soren Tobias Umar Vikram Wendell Xavier Yusuf Zeke Alistair Benedikt Casimir
Dario Eamon Florian Gideon Hugo Idris Jasper Kenji Leandro Magnus Nolan Otis Percival Rashid Silas
Teodor Ulysses Vaughn Wesley Yannick Zoltan Arjun Bastian Cormac Desmond Elias Fabian Gustavo
Henrik Ivo Joaquin Kwame Luca Marcus Nikhil Oren Quentin Reuben Santiago Thaddeus Ulises Viktor
Wilbur Yosef Zaid Ambrose Barnaby Cedric Dashiell Emil Finnegan Gregor Horatio Ilya Jericho Lars
Nestor Piers Stellan Tariq Valentin Wolfgang Yuri Zoran Anders Boris Callum Dante Ezra Fitz Gunnar
Hector Ishaan Kasper Leopold Milo Obadiah Tomasz Ruairi Chidi Matthias Benicio Arvid Lachlan""".split()
_SURNAMES = """Ferreira Oyelaran Brandt Kowalski Achebe Lindqvist Nakamura Castellanos Whitlock Abernathy
Delacroix Haddad Okonkwo Petrakis Varga Sorensen Mbeki Quintero Halloran Vasquez Takahashi Novak
Ellingson Adeyemi Moreau Rasmussen Galloway Bianchi Iyer Kaminski Fairweather Osei Lundgren Marchetti
Pemberton Szabo Yilmaz Duchamp Arslan Blackwood Tremblay Okafor Hargrove Ruiz Kettering Nwosu
Valdez Strand Amundsen Rowntree Ishikawa Beaumont Cardenas Ferrante Holloway Mendel Ostrowski""".split()


def person(rng):
    if rng.random() < 0.5:
        n = rng.choice(_FEMALE)
        return dict(name=n, short=n, pron="she", obj="her", poss="her", refl="herself", pl=False, ppl=False)
    n = rng.choice(_MALE)
    return dict(name=n, short=n, pron="he", obj="him", poss="his", refl="himself", pl=False, ppl=False)


def titled(rng, titles=("Ms.", "Mr.", "Mrs.", "Coach", "Dr.")):
    t = rng.choice(titles)
    s = rng.choice(_SURNAMES)
    if t in ("Ms.", "Mrs."):
        g = ("she", "her", "her", "herself")
    elif t == "Mr.":
        g = ("he", "him", "his", "himself")
    else:
        g = rng.choice([("she", "her", "her", "herself"), ("he", "him", "his", "himself")])
    return dict(name=t + " " + s, short=t + " " + s, pron=g[0], obj=g[1], poss=g[2], refl=g[3],
                pl=False, ppl=False)


def group(name, short, plural_name=False, pron="they"):
    if pron == "it":
        return dict(name=name, short=short, pron="it", obj="it", poss="its", refl="itself",
                    pl=plural_name, ppl=False)
    return dict(name=name, short=short, pron="they", obj="them", poss="their", refl="themselves",
                pl=plural_name, ppl=True)


# ---------------------------------------------------------------- item nouns
# "plural/singular:tag,tag"   (singular omitted -> plural minus s)
_ITEM_SRC = """
apples/apple:food,fruit,prod oranges/orange:food,fruit,prod pears/pear:food,fruit,prod
plums/plum:food,fruit,prod peaches/peach:food,fruit,prod lemons/lemon:food,fruit,prod
limes/lime:food,fruit,prod mangoes/mango:food,fruit,prod apricots/apricot:food,fruit,prod
kiwis/kiwi:food,fruit figs/fig:food,fruit,prod avocados/avocado:food,fruit
bananas/banana:food,fruit coconuts/coconut:food,fruit pomegranates/pomegranate:food,fruit
tangerines/tangerine:food,fruit nectarines/nectarine:food,fruit,prod strawberries/strawberry:food,fruit,prod
melons/melon:food,fruit,prod pumpkins/pumpkin:prod potatoes/potato:prod carrots/carrot:prod,food
onions/onion:prod tomatoes/tomato:prod,food cucumbers/cucumber:prod,food zucchinis/zucchini:prod
peppers/pepper:prod turnips/turnip:prod beets/beet:prod radishes/radish:prod
ears_of_corn/ear_of_corn:prod heads_of_lettuce/head_of_lettuce:prod heads_of_cabbage/head_of_cabbage:prod
eggs/egg:food,prod,frag,egg cookies/cookie:food,baked muffins/muffin:food,baked cupcakes/cupcake:food,baked
brownies/brownie:food,baked bagels/bagel:food,baked doughnuts/doughnut:food,baked pretzels/pretzel:food,baked
scones/scone:food,baked biscuits/biscuit:food,baked croissants/croissant:food,baked
cinnamon_rolls/cinnamon_roll:food,baked dinner_rolls/dinner_roll:food,baked pancakes/pancake:food,baked
waffles/waffle:food,baked macarons/macaron:food,baked tarts/tart:food,baked mini_pies/mini_pie:food,baked
empanadas/empanada:food,baked dumplings/dumpling:food,baked tamales/tamale:food,baked samosas/samosa:food,baked
tortillas/tortilla:food,baked meatballs/meatball:food,baked loaves_of_bread/loaf_of_bread:food,baked
sandwiches/sandwich:food,baked granola_bars/granola_bar:food,candy rice_balls/rice_ball:food,baked
spring_rolls/spring_roll:food,baked fortune_cookies/fortune_cookie:food,baked
lollipops/lollipop:food,candy gumballs/gumball:food,candy,round jelly_beans/jelly_bean:food,candy,round
chocolate_bars/chocolate_bar:food,candy candy_canes/candy_cane:food,candy caramels/caramel:food,candy
mints/mint:food,candy gummy_bears/gummy_bear:food,candy toffees/toffee:food,candy truffles/truffle:food,candy
cans_of_soup/can_of_soup:pack jars_of_jam/jar_of_jam:pack,frag bottles_of_juice/bottle_of_juice:pack
cartons_of_milk/carton_of_milk:pack boxes_of_cereal/box_of_cereal:pack bags_of_rice/bag_of_rice:pack
jars_of_honey/jar_of_honey:pack,frag,prod bottles_of_water/bottle_of_water:pack,sport
packets_of_seeds/packet_of_seeds:garden
pencils/pencil:stat pens/pen:stat markers/marker:stat crayons/crayon:stat erasers/eraser:stat
notebooks/notebook:stat folders/folder:stat stickers/sticker:stat,paper index_cards/index_card:stat,paper
paper_clips/paper_clip:stat glue_sticks/glue_stick:stat rulers/ruler:stat envelopes/envelope:stat,paper
postcards/postcard:paper,coll stamps/stamp:paper,coll highlighters/highlighter:stat binders/binder:stat
sheets_of_paper/sheet_of_paper:stat paintbrushes/paintbrush:stat,craft colored_pencils/colored_pencil:stat
sketchbooks/sketchbook:stat sticky_notes/sticky_note:stat thumbtacks/thumbtack:stat rubber_bands/rubber_band:stat
pencil_sharpeners/pencil_sharpener:stat calculators/calculator:stat bookmarks/bookmark:stat,paper
greeting_cards/greeting_card:paper gift_tags/gift_tag:paper
marbles/marble:toy,round,coll baseball_cards/baseball_card:coll,paper trading_cards/trading_card:coll,paper
comic_books/comic_book:coll,book toy_cars/toy_car:toy,coll action_figures/action_figure:toy,coll
stuffed_animals/stuffed_animal:toy jigsaw_puzzles/jigsaw_puzzle:toy board_games/board_game:toy
yo-yos/yo-yo:toy kites/kite:toy balloons/balloon:toy,balloon beads/bead:craft,round buttons/button:craft,round
seashells/seashell:coll rocks/rock:coll pebbles/pebble:coll,round keychains/keychain:coll pins/pin:coll
badges/badge:coll bracelets/bracelet:craft,wear rings/ring:wear necklaces/necklace:wear,craft
dolls/doll:toy building_blocks/building_block:toy dominoes/domino:toy magnets/magnet:coll
origami_cranes/origami_crane:craft,paper paper_airplanes/paper_airplane:craft,paper
friendship_bracelets/friendship_bracelet:craft,wear bouncy_balls/bouncy_ball:toy,round
toy_soldiers/toy_soldier:toy puppets/puppet:toy spinning_tops/spinning_top:toy model_trains/model_train:toy,coll
snow_globes/snow_globe:frag,coll fossils/fossil:coll bottle_caps/bottle_cap:coll,round
acorns/acorn:coll,round pine_cones/pine_cone:coll feathers/feather:coll
books/book:book novels/novel:book magazines/magazine:book,paper picture_books/picture_book:book
cookbooks/cookbook:book records/record:coll,frag photos/photo:paper,coll posters/poster:paper maps/map:paper
glasses/glass:frag,home plates/plate:frag,home cups/cup:frag,home mugs/mug:frag,home bowls/bowl:frag,home
vases/vase:frag,home light_bulbs/light_bulb:frag,hw jars/jar:frag,home ornaments/ornament:frag,coll
flower_pots/flower_pot:frag,garden picture_frames/picture_frame:frag,home teacups/teacup:frag,home
candles/candle:home,craft lamps/lamp:home mirrors/mirror:frag,home ceramic_tiles/ceramic_tile:frag,hw
tennis_balls/tennis_ball:sport,round golf_balls/golf_ball:sport,round baseballs/baseball:sport
soccer_balls/soccer_ball:sport basketballs/basketball:sport footballs/football:sport volleyballs/volleyball:sport
hockey_pucks/hockey_puck:sport jerseys/jersey:sport,wear water_bottles/water_bottle:sport cones/cone:sport
frisbees/frisbee:sport,toy shuttlecocks/shuttlecock:sport sweatbands/sweatband:sport,wear medals/medal:sport,coll
trophies/trophy:sport,coll jump_ropes/jump_rope:sport,toy swim_caps/swim_cap:sport,wear
baseball_bats/baseball_bat:sport helmets/helmet:sport knee_pads/knee_pad:sport
seeds/seed:garden tulip_bulbs/tulip_bulb:garden seedlings/seedling:garden tomato_plants/tomato_plant:garden
cacti/cactus:garden ferns/fern:garden saplings/sapling:garden bags_of_soil/bag_of_soil:garden
sunflowers/sunflower:flower,garden roses/rose:flower daisies/daisy:flower tulips/tulip:flower
lilies/lily:flower orchids/orchid:flower,garden succulents/succulent:garden
pairs_of_socks/pair_of_socks:wear T-shirts/T-shirt:wear hats/hat:wear scarves/scarf:wear,craft
pairs_of_mittens/pair_of_mittens:wear hoodies/hoodie:wear caps/cap:wear,sport ribbons/ribbon:craft
spools_of_thread/spool_of_thread:craft balls_of_yarn/ball_of_yarn:craft patches/patch:craft,coll
aprons/apron:wear bandanas/bandana:wear headbands/headband:wear
nails/nail:hw screws/screw:hw bolts/bolt:hw washers/washer:hw batteries/battery:hw hinges/hinge:hw
cans_of_paint/can_of_paint:hw hangers/hanger:home towels/towel:home blankets/blanket:home pillows/pillow:home
bars_of_soap/bar_of_soap:home toothbrushes/toothbrush:home bricks/brick:hw planks/plank:hw
fence_posts/fence_post:hw extension_cords/extension_cord:hw padlocks/padlock:hw hooks/hook:hw
"""

_ANIMAL_SRC = """chickens/chicken hens/hen ducks/duck goats/goat sheep/sheep cows/cow pigs/pig
rabbits/rabbit geese/goose turkeys/turkey horses/horse lambs/lamb alpacas/alpaca ponies/pony
piglets/piglet ducklings/duckling chicks/chick calves/calf llamas/llama donkeys/donkey
goldfish/goldfish hamsters/hamster guinea_pigs/guinea_pig quail/quail""".split()

_PEOPLE_SRC = """passengers/passenger riders/rider students/student kids/kid children/child
campers/camper visitors/visitor guests/guest fans/fan swimmers/swimmer hikers/hiker
volunteers/volunteer shoppers/shopper diners/diner members/member players/player runners/runner
dancers/dancer singers/singer scouts/scout tourists/tourist readers/reader commuters/commuter
helpers/helper skaters/skater people/person""".split()


def _parse_items():
    items = []
    for tok in _ITEM_SRC.split():
        words, _, tags = tok.partition(":")
        pl, _, sg = words.partition("/")
        items.append((pl.replace("_", " "), sg.replace("_", " "), frozenset(tags.split(","))))
    return items


ITEMS = _parse_items()
ANIMALS = [tuple(w.replace("_", " ") for w in t.split("/")) for t in _ANIMAL_SRC]
PEOPLE_NOUNS = {t.split("/")[0]: t.split("/")[1] for t in _PEOPLE_SRC}


def items_with(tags):
    return [it for it in ITEMS if it[2] & set(tags)]


# ---------------------------------------------------------------- small word lists ({X:name})
LISTS = {
    "relg": ["a regular customer", "a neighbor", "the mayor", "a local family", "a nearby school",
             "the town library", "a retired teacher"],
    "rel": ["{P} cousin", "{P} aunt", "{P} uncle", "{P} grandmother", "{P} grandfather", "{P} older sister",
            "{P} little brother", "{P} neighbor", "{P} best friend", "{P} godmother", "{P} stepdad",
            "{P} babysitter", "{P} piano teacher", "{P} grandma", "{P} grandpa"],
    "friend": ["a classmate", "{P} friend from soccer", "a kid down the street", "{P} lab partner",
               "{P} pen pal", "a friend at camp", "{P} teammate", "{P} bus buddy"],
    "sib": ["sister", "brother", "cousin", "twin", "stepsister", "stepbrother"],
    "store": ["craft store", "dollar store", "flea market", "mall", "corner shop", "school fair",
              "garage sale", "bookstore", "farmers' market", "thrift shop", "supermarket"],
    "findplace": ["the attic", "an old backpack", "the back of {P} closet", "a box in the garage",
                  "the couch cushions", "{P} desk drawer", "the basement", "a kitchen cabinet"],
    "fair": ["county fair", "school carnival", "arcade", "raffle", "field day", "spelling bee", "talent show"],
    "charity": ["food bank", "animal shelter", "children's hospital", "library drive", "community center",
                "homeless shelter", "toy drive", "school clothing drive"],
    "purchase": ["a new backpack", "a pair of sneakers", "a video game", "concert tickets", "a bike helmet",
                 "a birthday present for {P} mom", "art supplies", "a winter coat", "a skateboard",
                 "a telescope", "groceries", "a phone case", "a set of paints", "a soccer ball",
                 "a chemistry kit", "headphones", "a board game", "school shoes", "a tent", "a fishing rod"],
    "treat": ["pizza", "ice cream", "movie tickets", "bowling", "frozen yogurt", "tacos"],
    "job": ["walking dogs", "raking leaves", "babysitting", "mowing lawns", "washing cars",
            "tutoring", "shoveling snow", "pet sitting", "delivering newspapers", "watering gardens",
            "selling lemonade", "cleaning gutters", "painting fences", "bagging groceries"],
    "handmade": ["friendship bracelets", "candles", "birdhouses", "greeting cards", "cookies", "keychains",
                 "bookmarks", "painted rocks", "knitted hats", "jars of jam"],
    "olditem": ["bike", "guitar", "video games", "comic books", "scooter", "roller skates", "camera", "desk"],
    "contest": ["science fair", "chess tournament", "essay contest", "spelling bee", "raffle", "poetry contest"],
    "piggy": ["piggy bank", "savings jar", "wallet", "coin purse", "savings account", "sock drawer"],
    "event": ["bake sale", "car wash", "fun run", "book fair", "talent show", "pancake breakfast",
              "trivia night", "plant sale", "raffle", "spaghetti dinner", "yard sale", "dance-a-thon"],
    "business": ["bakery", "pizzeria", "hardware store", "bank", "dentist's office", "bike shop", "florist"],
    "supplies": ["posters", "art supplies", "T-shirts", "decorations", "snacks", "printing", "paint",
                 "trophies", "a banner", "raffle prizes"],
    "venue": ["the gym", "a tent", "tables and chairs", "a sound system", "a pavilion at the park"],
    "charities": ["charities", "shelters", "schools", "food pantries", "teams", "families"],
    "stop": ["the library", "Oak Street", "the hospital", "the mall", "the park", "the stadium",
             "Main Street", "the train station", "the market", "City Hall"],
    "instrument": ["the piano", "the violin", "the drums", "the flute", "guitar", "the cello", "the trumpet"],
    "game": ["the home opener", "a tight road game", "the rivalry game", "the next match", "the semifinal",
             "a Saturday game", "the weekend tournament"],
    "rival": ["the Hornets", "the Pioneers", "Westbrook", "the Comets", "the Otters", "the Rangers"],
    "penalty": ["a late arrival", "an equipment violation", "unsportsmanlike conduct", "a scoring mistake"],
    "dest": ["the lake", "Grandma's house", "the national park", "the coast", "the mountains", "the city"],
    "chore": ["cleaning {P} room", "doing laundry", "washing dishes", "folding clothes", "vacuuming",
              "walking the dog", "weeding the garden", "sorting the recycling"],
    "fun": ["reading comics", "playing video games", "drawing", "building with blocks", "watching cartoons",
            "playing chess", "baking"],
    "guests": ["guests", "neighbors", "coworkers", "teammates", "classmates", "cousins"],
    "cont": ["boxes", "bags", "bins", "baskets", "crates", "jars", "trays", "tins"],
    "waste": ["looking for {P} music", "tuning the strings", "chatting", "on breaks"],
    "weather": ["rainy", "windy", "sunny", "chilly", "foggy", "snowy", "hot", "gray"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
DAYS = LISTS["day"]

# extra tags for a few nouns (verbs that only fit some things)
_EXTRA_TAGS = {
    "dig": "potatoes carrots onions turnips beets radishes fossils rocks pebbles",
    "fry": "pancakes dumplings samosas empanadas spring rolls doughnuts tortillas meatballs waffles",
}
for _tag, _words in _EXTRA_TAGS.items():
    _ws = set(_words.split())
    ITEMS = [(pl, sg, tags | {_tag}) if (pl in _ws or (" " in pl and pl in _words))
             else (pl, sg, tags) for pl, sg, tags in ITEMS]
_BIRDS = {"chickens", "hens", "ducks", "geese", "turkeys", "ducklings", "chicks", "quail"}


# ================================================================ event templates
# kind "p": predicate, the subject is prepended ("{S} " + text); kind "f": full clause.
# d: how a solver names the change after "after ..." ({B} = the number the solver used).
# need: the change's number is fixed by the words (2 for half/double, 3 for triple/third).
# tags: item tags the template fits; st: subject tags; lst: may be listed ("7 on Monday, 5 on Tuesday");
# first: only as the first change; fq/fa/fu: a final division that asks its own question.


def P(op, t, d, **kw):
    kw.update(op=op, kind="p", t=t, d=d)
    return kw


def F(op, t, d, **kw):
    kw.update(op=op, kind="f", t=t, d=d)
    return kw


_FOOD = ("fruit", "baked", "candy")
_LOSABLE = ("stat", "toy", "coll", "paper", "craft", "wear", "book", "sport", "round")

COUNT_T = [
    # ---- add
    P("+", "{v:buy} {QM}", "buying {B} more", lst=1),
    P("+", "{v:buy} {QM} at the {X:store}", "buying {B} more at the {X:store}"),
    P("+", "{v:pick} up {QM} on the way home", "picking up {B} more"),
    P("+", "{v:get} {Q} from {X:rel}", "getting {B} from {X:rel}"),
    P("+", "{v:receive} {Q} as a birthday gift", "receiving {B} as a gift"),
    P("+", "{v:find} {QM} in {X:findplace}", "finding {B} more in {X:findplace}"),
    P("+", "{v:win} {Q} at the {X:fair}", "winning {B} at the {X:fair}", tags=("toy", "coll", "candy", "stat", "craft")),
    P("+", "{v:order} {QM} online", "ordering {B} more online"),
    P("+", "{v:collect} {QM}", "collecting {B} more", tags=("coll", "paper", "craft", "round"), lst=1),
    P("+", "{v:add} {Q} to {P} collection", "adding {B} to the collection", tags=("coll", "paper", "toy", "book")),
    P("+", "{v:bring} home {QM}", "bringing home {B} more", lst=1),
    P("+", "{be} given {QM}", "being given {B} more"),
    P("+", "{v:make} {QM}", "making {B} more", tags=("craft", "baked"), lst=1),
    P("+", "{v:bake} {QM}", "baking {B} more", tags=("baked",), lst=1),
    P("+", "{v:grab} {QM} at the {X:store}", "grabbing {B} more"),
    P("+", "{v:borrow} {Q} from {X:friend}", "borrowing {B}", tags=("book", "toy", "sport")),
    P("+", "{v:stock} up with {QM}", "stocking up with {B} more", tags=("pack", "stat", "hw", "home", "food")),
    P("+", "{v:snag} {QM} at a yard sale", "snagging {B} more at a yard sale",
      tags=("toy", "coll", "book", "frag", "home", "wear")),
    P("+", "{v:pick} {QM} from the garden", "picking {B} more", tags=("prod", "flower")),
    P("+", "{v:harvest} {QM}", "harvesting {B} more", tags=("prod",), lst=1),
    P("+", "{v:trade} {P} old skates for {Q}", "trading the skates for {B}", tags=("coll", "toy")),
    P("+", "{v:earn} {Q} as prizes", "earning {B} as prizes", tags=("stat", "candy", "toy", "coll")),
    P("+", "{v:come} home with {QM}", "coming home with {B} more"),
    P("+", "{v:pick} out {QM} at the {X:store}", "picking out {B} more"),
    P("+", "{v:inherit} {Q} from {X:rel}", "inheriting {B}", tags=("coll", "book", "frag")),
    P("+", "{v:dig} up {QM}", "digging up {B} more", tags=("dig",)),
    F("+", "{X:rel} {vs:give} {O} {QM}", "{X:rel} gives {B} more"),
    F("+", "{X:rel} {vs:send} {O} {Q} in the mail", "getting {B} in the mail"),
    F("+", "{QM} {vp:arrive} in a package from {X:rel}", "the package with {B} arrives"),
    F("+", "{P} teacher {vs:hand} {O} {QM} as a reward", "the teacher hands over {B} more",
      tags=("stat", "candy", "paper")),
    F("+", "a friend {vs:drop} off {QM}", "a friend drops off {B} more"),
    F("+", "{X:rel} {vs:surprise} {O} with {QM}", "the surprise of {B} more"),
    # ---- subtract
    P("-", "{v:give} {Q} to {X:rel}", "giving {B} to {X:rel}"),
    P("-", "{v:give} away {Q}", "giving away {B}", lst=1),
    P("-", "{v:lose} {Q}", "losing {B}", tags=_LOSABLE, lst=1),
    P("-", "{v:lose} {Q} on the bus", "losing {B} on the bus", tags=_LOSABLE),
    P("-", "{v:sell} {Q} to {X:friend}", "selling {B}"),
    P("-", "{v:sell} {Q} at a yard sale", "selling {B} at the yard sale",
      tags=("toy", "coll", "book", "frag", "home", "wear", "sport")),
    P("-", "{v:donate} {Q} to the {X:charity}", "donating {B}"),
    P("-", "{v:use} {Q} for a school project", "using {B} for the project", tags=("stat", "craft", "paper", "hw")),
    P("-", "{v:use} up {Q}", "using up {B}", tags=("stat", "craft", "pack", "hw", "home")),
    P("-", "{v:eat} {Q}", "eating {B}", tags=_FOOD, lst=1),
    P("-", "{v:eat} {Q} as an after-school snack", "eating {B} as a snack", tags=_FOOD),
    P("-", "{v:share} {Q} with {X:friend}", "sharing {B}"),
    P("-", "{v:hand} out {Q} to {P} classmates", "handing out {B}", tags=("candy", "baked", "stat", "paper", "craft")),
    P("-", "{v:pack} {Q} into {P} {X:sib}'s lunchbox", "packing {B} into the lunchbox", tags=_FOOD),
    F("-", "{S} {v:drop} {Q}, and they {vp:shatter}", "dropping {B}", tags=("frag",)),
    P("-", "{v:break} {Q}", "breaking {B}", tags=("frag",)),
    P("-", "{v:crack} {Q} by accident", "cracking {B}", tags=("frag",)),
    P("-", "{v:throw} out {Q} that {bep} damaged", "throwing out {B} damaged ones"),
    P("-", "{v:return} {Q} to the store", "returning {B}", tags=("stat", "toy", "wear", "hw", "home", "book", "sport")),
    P("-", "{v:lend} {Q} to {X:friend}", "lending out {B}", tags=("book", "toy", "sport", "stat")),
    P("-", "{v:mail} {Q} to {P} pen pal", "mailing {B}", tags=("paper",)),
    P("-", "{v:misplace} {Q}", "misplacing {B}", tags=_LOSABLE),
    P("-", "{v:leave} {Q} at {P} grandma's house", "leaving {B} at grandma's"),
    P("-", "{v:put} {Q} in the donation bin", "putting {B} in the donation bin",
      tags=("toy", "book", "wear", "home", "sport", "pack")),
    P("-", "{v:sell} {Q} online", "selling {B} online", lst=1),
    P("-", "{v:plant} {Q}", "planting {B}", tags=("garden",)),
    P("-", "{v:pass} {Q} down to {P} younger {X:sib}", "passing {B} down", tags=("toy", "book", "wear", "sport")),
    P("-", "{v:spill} {Q} down a drain", "spilling {B}", tags=("round",)),
    P("-", "{v:pop} {Q}", "popping {B}", tags=("balloon",)),
    P("-", "{v:trade} away {Q}", "trading away {B}", tags=("coll", "toy")),
    P("-", "{v:give} {Q} back to {X:friend}", "giving {B} back"),
    P("-", "{v:wrap} {Q} as presents for {P} cousins", "wrapping {B} as presents",
      tags=("toy", "book", "candy", "craft", "home", "wear")),
    F("-", "{Q} {vp:roll} under the couch and {bep} never seen again", "{B} roll under the couch",
      tags=("round",)),
    F("-", "{P} dog {vs:chew} up {Q}", "the dog chews up {B}", tags=("toy", "paper", "stat", "wear", "book")),
    F("-", "{Q} {vp:get} lost during the move", "{B} get lost in the move"),
    F("-", "{P} little {X:sib} {vs:take} {Q}", "{P} {X:sib} takes {B}"),
    F("-", "{N} of them {vp:break}", "{B} of them break", tags=("frag",)),
    F("-", "{N} of them {vp:go} missing", "{B} go missing"),
    F("-", "{Q} {vp:turn} out to be damaged, so {S} {v:throw} them away", "throwing away {B} damaged ones"),
    F("-", "{N} of them {vp:go} bad", "{B} of them go bad", tags=("fruit", "prod", "baked")),
    F("-", "a gust of wind {vs:blow} away {Q}", "the wind blows away {B}", tags=("paper", "balloon")),
    # ---- multiply
    P("*", "{v:double} {P} collection", "doubling the collection", need=2, tags=("coll", "toy", "craft", "paper", "book")),
    P("*", "{v:triple} {P} stash", "tripling the stash", need=3),
    P("*", "{v:end} up with {N} times as many {I} as before", "ending up with {B} times as many"),
    P("*", "{v:manage} to double {P} pile of {I}", "doubling the pile", need=2),
    P("*", "{v:grow} {P} collection to {N} times its size", "growing the collection {B} times",
      tags=("coll", "paper", "toy", "craft", "book")),
    P("*", "{v:multiply} {P} supply by {N}", "multiplying the supply by {B}", tags=("stat", "pack", "hw", "home", "craft")),
    P("*", "{v:quadruple} {P} supply", "quadrupling the supply", need=4),
    F("*", "a week later, {S} {have} {N} times as many {I}", "the amount becomes {B} times as large"),
    F("*", "{Sp} pile of {I} {vs:triple}", "the pile triples", need=3),
    F("*", "{Sp} collection {vs:double} in size", "the collection doubles", need=2,
      tags=("coll", "toy", "craft", "paper", "book")),
    F("*", "a lucky trade {vs:leave} {O} with twice as many", "the trade doubles them", need=2, tags=("coll", "toy")),
    F("*", "by the end of the month, {S} {have} {N} times as many {I} as that", "the count grows {B} times"),
    F("*", "thanks to {X:rel}, the number of {I} {S} {have} {vs:become} {N} times larger",
      "the number becomes {B} times larger"),
    # ---- divide, keeps one share
    P("/", "{v:give} half of them to {X:rel}", "giving half to {X:rel}", need=2),
    P("/", "{v:give} away half of {P} {I}", "giving away half", need=2),
    P("/", "{v:sell} half of them", "selling half", need=2),
    P("/", "{v:keep} only a third of them and {v:donate} the rest", "keeping only a third", need=3),
    P("/", "{v:lose} half of {P} {I}", "losing half", need=2, tags=_LOSABLE),
    P("/", "{v:eat} half of them", "eating half", need=2, tags=_FOOD),
    P("/", "{v:split} them evenly into {N} bags and {v:keep} one bag", "splitting them into {B} bags and keeping one"),
    P("/", "{v:divide} them into {N} equal piles and {v:take} one pile to school",
      "dividing them into {B} piles and keeping one"),
    P("/", "{v:sort} them into {N} equal groups and {v:keep} just one group", "sorting them into {B} groups and keeping one"),
    P("/", "{v:split} them equally with {P} {X:sib}", "splitting them equally with {P} {X:sib}", need=2),
    P("/", "{v:divide} the {I} equally among {N} jars and {v:keep} only one jar", "keeping one of {B} equal jars"),
    P("/", "{v:cut} {P} pile down to a third", "cutting the pile to a third", need=3),
    P("/", "{v:give} away all but a quarter of them", "keeping only a quarter", need=4),
    F("/", "only half of them {vp:survive} the trip home", "only half survive", need=2, tags=("frag", "fruit", "baked")),
    F("/", "half of them {vp:break}", "half of them break", need=2, tags=("frag",)),
    F("/", "{P} dog {vs:eat} half of them", "the dog eats half", need=2, tags=("baked",)),
    F("/", "half of them {vp:get} lost", "half of them get lost", need=2, tags=_LOSABLE),
    F("/", "after a yard sale, only a third of them {bep} left", "only a third are left", need=3),
    # ---- divide, final question
    P("/", "{v:divide} them equally among {N} friends", "dividing them among {B} friends",
      fq="How many {I} {dos} each friend get?", fa=["Each friend gets {vq}.", "Every friend receives {vq}."]),
    P("/", "{v:want} to put them into {N} bags with the same number in each", "splitting them into {B} bags",
      fq="How many {I} {vp:go} in each bag?", fa=["Each bag holds {vq}.", "There are {vq} in each bag."]),
    P("/", "{v:pack} them into bags of {N}", "packing them into bags of {B}",
      fq="How many bags {dos} {S} fill?", fu=("bags", "bag"), fa=["{Name} fills {vq}.", "That makes {vq}."]),
    P("/", "{v:share} them evenly among {N} classmates", "sharing them among {B} classmates",
      fq="How many {I} {dos} each classmate get?", fa=["Each classmate gets {vq}."]),
    P("/", "{v:arrange} them in {N} equal rows", "arranging them in {B} rows",
      fq="How many {I} {bep} in each row?", fa=["Each row has {vq}."]),
    P("/", "{v:place} the same number of {I} on each of {N} shelves", "spreading them over {B} shelves",
      fq="How many {I} {vp:end} up on each shelf?", fa=["Each shelf gets {vq}."]),
    P("/", "{v:put} them into gift bags, {N} per bag", "putting {B} in each gift bag",
      fq="How many gift bags can {S} make?", fu=("gift bags", "gift bag"), fa=["{Name} can make {vq}."]),
    P("/", "{v:give} an equal share to each of {P} {N} cousins", "sharing them among {B} cousins",
      fq="How many {I} {dos} each cousin receive?", fa=["Each cousin receives {vq}."]),
    F("/", "for every {N} {I}, {S} {v:fill} one box", "filling one box per {B}",
      fq="How many boxes {dos} {S} fill?", fu=("boxes", "box"), fa=["{Name} fills {vq}."]),
]

COUNT_START = [
    "{S} {have} {Q}.", "{S} {v:keep} {Q} in a shoebox under {P} bed.", "At the start of the week, {S} {have} {Q}.",
    "{S} {v:own} {Q}.", "{S} {v:start} the month with {Q}.", "{S} {v:buy} {Q} at the {X:store}.",
    "When the week began, {S} {have} {Q}.", "{S} {v:come} home from the {X:store} with {Q}.",
    "There {bep} {Q} in {Sp} room.", "{S} {v:count} {Q} on {P} desk.",
]
COUNT_PSTART = [
    ("{S} {have} {A} {X:cont} of {I} with {B} {I} in each.", "{A2} {X:cont} with {B2} in each"),
    ("{S} {v:buy} {A} packs of {I}. Each pack {vs:contain} {B} {I}.", "{A2} packs of {B2}"),
    ("{S} {have} {A} {X:cont}, and each one {vs:hold} {B} {I}.", "{A2} {X:cont} of {B2}"),
    ("{S} {v:arrange} {P} {I} in {A} rows of {B}.", "{A2} rows of {B2}"),
    ("{S} {v:fill} {A} shelves with {B} {I} on each shelf.", "{A2} shelves with {B2} each"),
    ("{S} {v:receive} {A} bundles of {I}, and there {bep} {B} {I} in every bundle.", "{A2} bundles of {B2}"),
    ("{S} {v:stack} {P} {I} into {A} piles of {B}.", "{A2} piles of {B2}"),
]
COUNT_Q = [
    "How many {I} {do} {S} have {now}?", "How many {I} {do} {S} have left?|left", "How many {I} {do} {S} end up with?",
    "What is the total number of {I} {S} {have} {now}?", "Find the number of {I} {S} {have} at the end.",
    "At the end, how many {I} {do} {S} have?", "How many {I} {do} {S} still have?|left",
    "Work out how many {I} {S} {have} {now}.", "How many {I} {do} {S} own after all that?",
    "What is the final count of {I}?", "Can you figure out how many {I} {S} {have} {now}?",
    "How many {I} {bep} left?|left", "How many {I} {bep} in {Sp} possession {now}?",
]
COUNT_DIS = [
    "It {bes} a {X:weather} {X:day}.", "{S} {v:love} bright colors.", "{Sp} {X:sib} {vs:think} that {bes} a lot.",
    "{S} {v:want} to surprise {P} friends.", "The {X:store} {vs:be} crowded that day.",
    "{S} {v:like} to count them before bed.", "Nobody else in {P} class {vs:have} as many.",
    "{S} {v:keep} them in a wooden box.", "{Sp} mom {vs:think} it {bes} a fun hobby.",
]
COUNT_DISN = [
    "{S} {bes} {k:7:14} years old.", "The {X:store} {vs:be} {k:3:15} blocks from {P} house.",
    "Each {i} {vs:cost} ${k:2:9}.", "{Sp} {X:sib} {vs:have} {k:3:30} {OTHER}.",
    "The bus ride home {vs:take} {k:10:40} minutes.",
]

SHOP_T = [
    P("+", "{v:receive} a shipment of {Q}", "the shipment of {B}"),
    P("+", "{v:get} a delivery of {QM}", "a delivery of {B} more"),
    P("+", "{v:order} {QM} from {P} supplier", "ordering {B} more"),
    P("+", "{v:restock} {P} shelves with {QM}", "restocking with {B} more"),
    P("+", "{v:bake} {QM}", "baking {B} more", tags=("baked",), lst=1),
    P("+", "{v:unpack} {QM} from the back room", "unpacking {B} more"),
    P("+", "{v:buy} {Q} from a local maker", "buying {B} from a local maker"),
    P("+", "{v:take} back {Q} as returns", "taking back {B} returns"),
    P("+", "{v:add} {QM} to the display", "adding {B} to the display"),
    F("+", "a truck {vs:drop} off {QM}", "a truck drops off {B} more"),
    F("+", "the supplier {vs:deliver} {QM}", "the supplier delivers {B} more"),
    F("+", "{QM} {vp:arrive} from the warehouse", "{B} more arrive"),
    F("+", "customers {vp:return} {Q}", "customers return {B}"),
    P("-", "{v:sell} {Q}", "selling {B}", lst=1),
    P("-", "{v:sell} {Q} before noon", "selling {B} before noon"),
    P("-", "{v:sell} {Q} during a weekend sale", "selling {B} in the sale"),
    P("-", "{v:ship} {Q} to online customers", "shipping {B} to customers", lst=1),
    P("-", "{v:send} {Q} back to the supplier", "sending {B} back"),
    P("-", "{v:donate} {Q} to a {X:charity}", "donating {B}"),
    P("-", "{v:throw} out {Q} that {bep} damaged", "throwing out {B} damaged ones"),
    P("-", "{v:give} away {Q} as free samples", "giving away {B} samples", tags=_FOOD),
    P("-", "{v:move} {Q} to {P} other location", "moving {B} to the other location"),
    P("-", "{v:mark} down and {v:sell} {Q}", "selling {B} marked-down ones"),
    F("-", "customers {vp:buy} {Q}", "customers buy {B}"),
    F("-", "shoppers {vp:snap} up {Q}", "shoppers snap up {B}"),
    F("-", "{Q} {vp:get} damaged in the storeroom", "{B} get damaged"),
    F("-", "a school {vs:place} a big order and {vs:take} {Q}", "a school takes {B}"),
    F("-", "the lunch rush {vs:clear} out {Q}", "the lunch rush clears out {B}", tags=_FOOD),
    F("*", "the owner {vs:decide} to double the stock", "the stock doubles", need=2),
    P("*", "{v:triple} {P} inventory for the holidays", "tripling the inventory", need=3),
    F("*", "for the big sale, the stock {vs:grow} to {N} times its size", "the stock grows {B} times"),
    F("/", "half of them {vp:sell} on the first day", "half of them sell", need=2),
    F("/", "by closing time, only a third of them {bep} left", "only a third are left", need=3),
    P("/", "{v:send} half of them to {P} second shop", "sending half to the second shop", need=2),
    P("/", "{v:divide} them equally among {N} stores", "dividing them among {B} stores",
      fq="How many {I} {dos} each store get?", fa=["Each store gets {vq}."]),
    P("/", "{v:pack} them into boxes of {N} for shipping", "packing them in boxes of {B}",
      fq="How many boxes {dos} {S} need?", fu=("boxes", "box"), fa=["{Name} needs {vq}."]),
    P("/", "{v:spread} them evenly across {N} shelves", "spreading them over {B} shelves",
      fq="How many {I} {vp:go} on each shelf?", fa=["Each shelf gets {vq}."]),
]
SHOP_START = [
    "{S} {have} {Q} in stock.", "{S} {v:open} the day with {Q} on {P} shelves.", "There {bep} {Q} in {Sp} storeroom.",
    "{S} {v:start} the week with {Q}.", "On {day0} morning, {S} {have} {Q}.",
]
SHOP_PSTART = [
    ("{S} {have} {A} cases of {I} with {B} in each case.", "{A2} cases of {B2}"),
    ("{S} {v:receive} {A} cartons, each holding {B} {I}.", "{A2} cartons of {B2}"),
    ("{S} {v:display} {I} on {A} shelves, {B} to a shelf.", "{A2} shelves of {B2}"),
    ("{S} {v:stock} {A} bins with {B} {I} apiece.", "{A2} bins of {B2}"),
]
SHOP_Q = [
    "How many {I} {do} {S} have {now}?", "How many {I} {bep} left in stock?|left",
    "How many {I} {do} {S} have left at closing time?|left", "What is {Sp} stock of {I} at the end of the day?",
    "How many {I} {vp:remain} in the store?|left", "Find the number of {I} {S} {have} left.|left",
    "How many {I} {do} {S} have on hand at the end?",
]
SHOP_DIS = ["The shop {vs:be} busy all morning.", "It {bes} the first warm day of spring.",
            "The owner {vs:like} to keep the shelves tidy.", "A new sign {vs:hang} over the door."]
SHOP_DISN = ["The shop {vs:open} at {k:7:10} in the morning.", "{S} {have} {k:3:12} employees.",
             "The store {vs:be} {k:4:40} years old."]

MONEY_T = [
    P("+", "{v:earn} {QM} {X:job}", "earning {B} {X:job}", lst=1),
    P("+", "{v:get} {Q} for {P} birthday", "getting {B} for the birthday"),
    P("+", "{v:receive} {Q} from {X:rel}", "receiving {B} from {X:rel}"),
    P("+", "{v:find} {Q} in an old coat pocket", "finding {B} in a coat pocket"),
    P("+", "{v:win} {Q} in a {X:contest}", "winning {B}"),
    P("+", "{v:make} {QM} selling {X:handmade}", "making {B} selling {X:handmade}"),
    P("+", "{v:collect} {Q} in tips", "collecting {B} in tips"),
    P("+", "{v:get} paid {Q} for {X:job}", "getting paid {B}"),
    P("+", "{v:deposit} {QM}", "depositing {B} more", lst=1),
    P("+", "{v:sell} {P} old {X:olditem} for {Q}", "selling the {X:olditem} for {B}"),
    P("+", "{v:get} {Q} back as a refund", "getting a {B} refund"),
    P("+", "{v:pick} up an extra shift and {v:make} {Q}", "an extra shift paying {B}"),
    P("+", "{v:save} {QM} from {P} allowance", "saving {B} more", lst=1),
    P("+", "{v:earn} {Q} in overtime", "earning {B} in overtime"),
    F("+", "{X:rel} {vs:give} {O} {Q}", "the gift of {B} from {X:rel}"),
    F("+", "{P} boss {vs:hand} {O} a {D} bonus", "the {B} bonus"),
    F("+", "a neighbor {vs:pay} {O} {Q} to water the plants", "the neighbor pays {B}"),
    P("-", "{v:spend} {Q} on {X:purchase}", "spending {B} on {X:purchase}", lst=1),
    P("-", "{v:pay} {Q} for {X:purchase}", "paying {B} for {X:purchase}"),
    P("-", "{v:buy} {X:purchase} for {Q}", "buying {X:purchase} for {B}"),
    P("-", "{v:lend} {Q} to {X:friend}", "lending out {B}"),
    P("-", "{v:donate} {Q} to the {X:charity}", "donating {B}"),
    P("-", "{v:put} {Q} toward {P} phone bill", "paying {B} toward the phone bill"),
    P("-", "{v:lose} {Q} on the way to school", "losing {B}"),
    P("-", "{v:treat} {P} friends to {X:treat}, which {vs:cost} {Q}", "spending {B} on {X:treat}"),
    P("-", "{v:hand} over {Q} for {X:purchase}", "handing over {B}"),
    P("-", "{v:chip} in {Q} for a class gift", "chipping in {B}"),
    P("-", "{v:shell} out {Q} for {X:purchase}", "shelling out {B}"),
    P("-", "{v:pay} back the {Q} {S} {v:owe} {X:rel}", "paying back {B}"),
    P("-", "{v:splurge} {Q} on {X:treat}", "splurging {B} on {X:treat}"),
    F("-", "{X:purchase} {vs:cost} {O} {Q}", "paying {B} for {X:purchase}"),
    F("*", "{X:rel} {vs:double} {Sp} savings", "the savings double", need=2),
    F("*", "{Sp} savings {vs:double} over the summer", "the savings double", need=2),
    P("*", "{v:manage} to triple {P} money by reselling old games", "tripling the money", need=3),
    F("*", "{Sp} parents {vp:match} every dollar {S} {have}, which {vs:double} it", "the match doubles it", need=2),
    F("*", "after a great month of {X:job}, {Sp} money {vs:grow} to {N} times as much",
      "the money grows to {B} times as much"),
    P("/", "{v:spend} half of {P} money on {X:purchase}", "spending half on {X:purchase}", need=2),
    P("/", "{v:lose} half of it", "losing half", need=2),
    P("/", "{v:give} half of {P} money to {P} {X:sib}", "giving half to {P} {X:sib}", need=2),
    P("/", "{v:split} the money evenly with {P} {X:sib}", "splitting it with {P} {X:sib}", need=2),
    P("/", "{v:donate} half of it to the {X:charity}", "donating half", need=2),
    P("/", "{v:want} to spend it evenly over the next {N} weeks", "spreading it over {B} weeks",
      fq="How much can {S} spend each week?", fa=["{Name} can spend {vq} each week."]),
    P("/", "{v:split} it equally among {N} {X:charities}", "splitting it among {B} {X:charities}",
      fq="How much {dos} each one receive?", fa=["Each one receives {vq}."]),
    P("/", "{v:share} it equally among {N} friends", "sharing it among {B} friends",
      fq="How much money {dos} each friend get?", fa=["Each friend gets {vq}."]),
]
MONEY_START = [
    "{S} {have} {Q} in {P} {X:piggy}.", "{S} {v:save} {Q} from {P} summer job.", "{S} {v:start} the month with {Q}.",
    "There {bes} {Q} in {Sp} {X:piggy}.", "{S} {v:get} {Q} for {P} birthday.",
    "{S} {have} {Q} saved up for {X:purchase}.",
]
MONEY_PSTART = [
    ("{S} {v:work} {A} hours at ${B} per hour.", "{A2} hours at ${B2} per hour"),
    ("{S} {v:mow} {A} lawns, charging ${B} for each lawn.", "{A2} lawns at ${B2} each"),
    ("{S} {v:walk} dogs {A} times, earning ${B} per walk.", "{A2} walks at ${B2} each"),
    ("{S} {v:sell} {A} {X:handmade} at ${B} each.", "{A2} sales at ${B2} each"),
    ("{S} {v:babysit} for {A} hours and {v:earn} ${B} an hour.", "{A2} hours at ${B2} an hour"),
    ("{S} {v:get} ${A} a week in allowance for {B} weeks.", "${A2} a week for {B2} weeks"),
    ("{S} {v:tutor} {A} students, and each one {vs:pay} {O} ${B}.", "{A2} students paying ${B2} each"),
    ("For each of the {A} chores {S} {v:finish}, {P} dad {vs:pay} {O} ${B}.", "{A2} chores at ${B2} each"),
]
MONEY_Q = [
    "How much money {do} {S} have {now}?", "How many dollars {do} {S} have left?|left", "How much {do} {S} have at the end?",
    "How much money {bes} left?|left", "How much {do} {S} end up with?",
    "What is {Sp} balance {now}?", "Find how much money {S} {have} {now}.",
    "How much money, in dollars, {do} {S} have {now}?",
]
MONEY_DIS = ["{S} {bes} saving up for {X:purchase}.", "{S} {v:keep} track of every dollar in a notebook.",
             "It {bes} a {X:weather} {X:day}.", "{Sp} {X:sib} {vs:think} saving is boring."]
MONEY_DISN = ["{S} {bes} {k:9:17} years old.", "{Sp} {X:sib} {vs:have} {k:3:40} {OTHER}.",
              "The {X:store} {vs:be} {k:2:9} blocks away."]

FUND_T = [
    P("+", "{v:raise} {QM} at a {X:event}", "raising {B} more at the {X:event}", lst=1),
    P("+", "{v:collect} {QM} in donations", "collecting {B} in donations"),
    P("+", "{v:bring} in {QM} from a {X:event}", "bringing in {B} more"),
    P("+", "{v:make} {QM} selling {X:handmade}", "making {B} selling {X:handmade}"),
    P("+", "{v:earn} {QM} at a {X:event}", "earning {B} more"),
    F("+", "a local {X:business} {vs:donate} {Q}", "the {X:business} donates {B}"),
    F("+", "parents {vp:chip} in {QM}", "parents chip in {B} more"),
    F("+", "an anonymous donor {vs:send} {O} {Q}", "an anonymous gift of {B}"),
    F("+", "the principal {vs:add} {Q} from the school budget", "the principal adds {B}"),
    F("+", "a grandparent {vs:mail} in a check for {Q}", "a check for {B} arrives"),
    P("-", "{v:spend} {Q} on {X:supplies}", "spending {B} on {X:supplies}", lst=1),
    P("-", "{v:pay} {Q} to rent {X:venue}", "paying {B} for {X:venue}"),
    P("-", "{v:use} {Q} to print flyers", "using {B} for flyers"),
    P("-", "{v:put} {Q} toward a field trip bus", "putting {B} toward the bus"),
    P("-", "{v:give} {Q} to the {X:charity}", "giving {B} to the {X:charity}"),
    P("-", "{v:pay} a {D} fee for {X:venue}", "paying the {B} fee"),
    P("-", "{v:cover} {Q} in pizza costs", "covering {B} for pizza"),
    P("-", "{v:order} {X:supplies} for {Q}", "ordering {X:supplies} for {B}"),
    F("*", "a sponsor {vs:agree} to double the total", "the sponsor doubles it", need=2),
    F("*", "a matching grant {vs:triple} the fund", "the grant triples it", need=3),
    F("*", "thanks to a matching gift, the total {vs:become} {N} times as large", "the total becomes {B} times as large"),
    F("*", "the school board {vs:match} the amount, doubling it", "the board doubles it", need=2),
    P("/", "{v:give} half of it to the {X:charity}", "giving half to the {X:charity}", need=2),
    P("/", "{v:send} half to a sister school", "sending half away", need=2),
    P("/", "{v:split} the money equally among {N} {X:charities}", "splitting it among {B} {X:charities}",
      fq="How much money {dos} each one get?", fa=["Each one gets {vq}."]),
    P("/", "{v:divide} it evenly among {N} classrooms", "dividing it among {B} classrooms",
      fq="How much {dos} each classroom receive?", fa=["Each classroom receives {vq}."]),
]
FUND_START = [
    "{S} {v:raise} {Q} at a {X:event}.", "{S} {have} {Q} in {P} fund.", "{S} {v:start} the year with {Q} in the bank.",
    "There {bes} {Q} in {Sp} account.",
]
FUND_PSTART = [
    ("{S} {v:sell} {A} raffle tickets at ${B} each.", "{A2} tickets at ${B2} each"),
    ("{A} families each {vp:donate} ${B} to {S}.", "{A2} families giving ${B2} each"),
    ("{S} {v:wash} {A} cars, charging ${B} per car.", "{A2} cars at ${B2} per car"),
    ("{S} {v:sell} {A} {X:handmade} for ${B} apiece.", "{A2} items at ${B2} apiece"),
    ("For every one of the {A} laps that {Sp} walkers {vp:complete}, a sponsor {vs:give} the group ${B}.",
     "{A2} laps at ${B2} per lap"),
    ("{S} {v:sell} {A} plates of spaghetti for ${B} a plate.", "{A2} plates at ${B2} a plate"),
]
FUND_Q = [
    "How much money {do} {S} have {now}?", "How much {bes} in the fund {now}?", "How many dollars {do} {S} have left?|left",
    "What is the fund's balance at the end?", "How much money {bes} left for the trip?|left",
    "How much {do} {S} end up with?",
]
FUND_DIS = ["The goal {bes} to buy new instruments.", "Everyone {vs:wear} matching shirts.",
            "It {bes} a {X:weather} {X:day}.", "The event {vs:be} a big hit."]
FUND_DISN = ["{S} {have} {k:8:40} members.", "The event {vs:last} {k:2:6} hours.",
             "Last year they {v:raise} money for {k:3:9} different causes."]

PEOPLE_T = [
    F("+", "{QM} {vp:get} on at {X:stop}", "{B} get on", st="veh"),
    F("+", "{QM} {vp:board}", "{B} more board", st="veh"),
    F("+", "at the next stop, {QM} {vp:climb} aboard", "{B} more climb aboard", st="veh"),
    F("+", "{QM} {vp:hop} on", "{B} hop on", st="veh"),
    F("+", "{QM} {vp:join}", "{B} more join", st="grp"),
    F("+", "{QM} {vp:sign} up", "{B} more sign up", st="grp"),
    F("+", "{QM} {vp:enroll}", "{B} more enroll", st="grp"),
    F("+", "{QM} {vp:arrive}", "{B} more arrive", st=("venue", "grp")),
    F("+", "{QM} {vp:show} up", "{B} more show up"),
    F("+", "{QM} {vp:walk} in", "{B} more walk in", st="venue"),
    F("+", "a group of {Q} {vs:arrive}", "a group of {B} arrives", st=("venue", "grp")),
    F("+", "{QM} {vp:pile} in", "{B} more pile in", st=("venue", "veh")),
    F("+", "{QM} {vp:come} through the doors", "{B} more come in", st="venue"),
    P("+", "{v:pick} up {QM} at {X:stop}", "picking up {B} more", st="veh"),
    P("+", "{v:welcome} {QM}", "welcoming {B} more", st=("venue", "grp")),
    P("+", "{v:take} on {QM}", "taking on {B} more", st=("veh", "grp")),
    F("-", "{Q} {vp:get} off at {X:stop}", "{B} get off", st="veh"),
    F("-", "{Q} {vp:step} off", "{B} step off", st="veh"),
    F("-", "{Q} {vp:hop} off", "{B} hop off", st="veh"),
    F("-", "{Q} {vp:leave}", "{B} leave", st=("venue", "grp")),
    F("-", "{Q} {vp:head} home", "{B} head home", st=("venue", "grp")),
    F("-", "{Q} {vp:drop} out", "{B} drop out", st="grp"),
    F("-", "{Q} {vp:move} away", "{B} move away", st="grp"),
    F("-", "{Q} {vp:go} home early", "{B} go home early", st=("venue", "grp")),
    F("-", "{Q} {vp:exit}", "{B} exit", st="venue"),
    F("-", "{N} of them {vp:leave} for lunch", "{B} leave for lunch", st="venue"),
    P("-", "{v:drop} off {Q} at {X:stop}", "dropping off {B}", st="veh"),
    F("-", "{Q} {vp:quit}", "{B} quit", st="grp"),
    F("-", "{Q} {vp:check} out", "{B} check out", st="venue"),
    F("*", "the number of {I} {vs:double}", "the number doubles", need=2),
    F("*", "by noon, there {bep} twice as many {I}", "the crowd doubles", need=2, st=("venue", "grp")),
    F("*", "attendance {vs:triple} after lunch", "attendance triples", need=3, st="venue"),
    F("*", "by evening, the crowd {vs:be} {N} times as big", "the crowd grows {B} times", st="venue"),
    F("*", "word {vs:spread}, and the group {vs:grow} to {N} times its size", "the group grows {B} times", st="grp"),
    F("/", "half of the {I} {vp:get} off at {X:stop}", "half get off", need=2, st="veh"),
    F("/", "half of them {vp:leave}", "half of them leave", need=2),
    F("/", "only a third of the {I} {vp:stay} for the last part", "only a third stay", need=3, st=("venue", "grp")),
    F("/", "the {I} {vp:split} into {N} equal groups", "splitting into {B} groups",
      fq="How many {I} {bep} in each group?", fa=["Each group has {vq}.", "There are {vq} in each group."]),
    F("/", "the counselors {vp:divide} the {I} evenly into {N} cabins", "dividing them into {B} cabins", st="grp",
      fq="How many {I} {vp:sleep} in each cabin?", fa=["Each cabin gets {vq}."]),
    F("/", "the {I} {vp:sit} in {N} rows with the same number in each", "seating them in {B} rows", st="venue",
      fq="How many {I} {bep} in each row?", fa=["Each row has {vq}."]),
]
# (name, short, tag, people nouns, location phrase)
PEOPLE_SUBJ = [
    ("a city bus", "the bus", "veh", ["passengers", "riders", "people"], "on the bus"),
    ("the morning train", "the train", "veh", ["passengers", "commuters", "people"], "on the train"),
    ("a ferry", "the ferry", "veh", ["passengers", "tourists"], "on the ferry"),
    ("the school bus", "the bus", "veh", ["students", "kids", "children"], "on the bus"),
    ("a tour bus", "the tour bus", "veh", ["tourists", "passengers"], "on the tour bus"),
    ("the science museum", "the museum", "venue", ["visitors", "people", "tourists"], "in the museum"),
    ("the public library", "the library", "venue", ["readers", "visitors", "people"], "in the library"),
    ("the community pool", "the pool", "venue", ["swimmers", "kids", "people"], "at the pool"),
    ("the stadium", "the stadium", "venue", ["fans", "people"], "in the stadium"),
    ("the food court", "the food court", "venue", ["shoppers", "diners", "people"], "in the food court"),
    ("the ice rink", "the rink", "venue", ["skaters", "kids"], "at the rink"),
    ("Camp Tamarack", "the camp", "grp", ["campers", "kids", "children"], "at the camp"),
    ("the after-school chess club", "the club", "grp", ["members", "students", "players"], "in the club"),
    ("the school choir", "the choir", "grp", ["singers", "members", "students"], "in the choir"),
    ("the park cleanup crew", "the crew", "grp", ["volunteers", "helpers"], "on the crew"),
    ("a hiking group", "the group", "grp", ["hikers", "people"], "in the group"),
    ("the dance studio's beginner class", "the class", "grp", ["dancers", "students"], "in the class"),
    ("the Scout troop", "the troop", "grp", ["scouts", "kids"], "in the troop"),
    ("the running club", "the club", "grp", ["runners", "members"], "in the club"),
]
PEOPLE_START = [
    "There {bep} {Q} {loc}.", "{S} {have} {Q}.", "{Q} {bep} {loc} at the start.",
    "{S} {v:begin} the day with {Q}.",
]
PEOPLE_START_VEH = ["{S} {v:leave} the depot with {Q} on board.", "{S} {v:pull} out of the station carrying {Q}."]
PEOPLE_PSTART = [
    ("{A} vans, each carrying {B} {I}, {vp:arrive} at {S}.", "{A2} vans of {B2}", ("venue", "grp")),
    ("{A} teams of {B} {I} {vp:sign} up for {S}.", "{A2} teams of {B2}", ("grp",)),
    ("{A} tour groups with {B} {I} in each {vp:walk} into {S}.", "{A2} groups of {B2}", ("venue",)),
    ("{S} {have} {A} rows of seats, and all {A} rows {vp:have} {B} {I} in them.", None, ()),  # unused (two A's)
    ("{A} classes of {B} {I} each {vp:pile} onto {S}.", "{A2} classes of {B2}", ("veh",)),
]
PEOPLE_PSTART = [p for p in PEOPLE_PSTART if p[1]]
PEOPLE_Q = [
    "How many {I} {bep} {loc} {now}?", "How many {I} {bep} still {loc}?|left", "What is the number of {I} {loc} at the end?",
    "How many {I} {vp:remain} {loc}?|left", "How many {I} {do} {S} have {now}?", "Find how many {I} {bep} {loc} at the end.",
]
PEOPLE_DIS = ["It {bes} a {X:weather} {X:day}.", "Everyone {vs:seem} to be in a good mood.",
              "The driver {vs:hum} along to the radio.", "Music {vs:play} in the background."]
PEOPLE_DISN = ["The building {vs:be} {k:20:90} years old.", "The ride {vs:take} {k:10:50} minutes.",
               "It {bes} {k:50:95} degrees outside."]

ANIMAL_T = [
    P("+", "{v:buy} {QM} at the auction", "buying {B} more"),
    P("+", "{v:adopt} {Q} from a neighbor", "adopting {B}"),
    F("+", "{QM} {vp:be} born in the spring", "{B} more are born", tags=("mammal",)),
    F("+", "{QM} {vp:hatch}", "{B} more hatch", tags=("bird",)),
    F("+", "a neighbor {vs:give} {O} {Q}", "a neighbor gives {B}"),
    F("+", "{QM} {vp:wander} in from the next field", "{B} more wander in", tags=("mammal",)),
    F("+", "{X:rel} {vs:bring} over {Q}", "{X:rel} brings {B}"),
    P("+", "{v:trade} some hay for {QM}", "trading for {B} more"),
    P("+", "{v:rescue} {Q} from a shelter", "rescuing {B}"),
    P("+", "{v:bring} home {QM} from the fair", "bringing home {B} more"),
    P("-", "{v:sell} {Q} at the market", "selling {B}", lst=1),
    P("-", "{v:sell} {Q} to a nearby farm", "selling {B}"),
    P("-", "{v:give} {Q} to {X:rel}", "giving {B} to {X:rel}"),
    P("-", "{v:trade} away {Q}", "trading away {B}"),
    P("-", "{v:move} {Q} to {P} brother's farm", "moving {B} away"),
    F("-", "{Q} {vp:wander} off", "{B} wander off"),
    F("-", "{Q} {vp:escape} through a hole in the fence", "{B} escape"),
    F("-", "a fox {vs:carry} off {Q}", "the fox takes {B}", tags=("bird",)),
    F("-", "{Q} {vp:get} sold at the fair", "{B} are sold"),
    P("-", "{v:donate} {Q} to a petting zoo", "donating {B}"),
    F("*", "the flock {vs:double} by spring", "the flock doubles", need=2, tags=("bird",)),
    F("*", "the herd {vs:triple} over the years", "the herd triples", need=3, tags=("mammal",)),
    F("*", "by fall, {S} {have} {N} times as many {I}", "the number grows {B} times"),
    F("*", "the {I} {vp:multiply}, and soon there {bep} {N} times as many", "they multiply {B} times"),
    P("/", "{v:sell} half of them", "selling half", need=2),
    P("/", "{v:give} half to {X:rel}", "giving half away", need=2),
    P("/", "{v:keep} a third of them and {v:sell} the rest", "keeping a third", need=3),
    P("/", "{v:divide} them equally among {N} pens", "dividing them among {B} pens",
      fq="How many {I} {bep} in each pen?", fa=["Each pen has {vq}."]),
    P("/", "{v:split} them evenly into {N} fields", "splitting them into {B} fields",
      fq="How many {I} {vp:graze} in each field?", fa=["Each field has {vq}."]),
    P("/", "{v:load} them into trailers that hold {N} each", "loading {B} per trailer",
      fq="How many trailers {dos} {S} need?", fu=("trailers", "trailer"), fa=["{Name} needs {vq}."]),
]
ANIMAL_START = ["{S} {have} {Q}.", "{S} {v:keep} {Q} in the barn.", "There {bep} {Q} on {Sp} farm.",
                "{S} {v:raise} {Q}.", "{S} {v:look} after {Q} on a small farm."]
ANIMAL_PSTART = [
    ("{S} {have} {A} pens with {B} {I} in each.", "{A2} pens of {B2}"),
    ("{S} {v:keep} {I} in {A} barns, {B} to a barn.", "{A2} barns of {B2}"),
    ("{S} {have} {A} fields, and each one {vs:hold} {B} {I}.", "{A2} fields of {B2}"),
]
ANIMAL_Q = ["How many {I} {do} {S} have {now}?", "How many {I} {bep} on the farm {now}?", "How many {I} {do} {S} end up with?",
            "What is the number of {I} at the end?", "How many {I} {do} {S} have left?|left"]
FARM_DIS = ["The barn {vs:need} a new roof.", "It {bes} a {X:weather} {X:day}.", "The farm {vs:sit} at the edge of town.",
            "{S} {v:wake} up before sunrise every day."]
FARM_DISN = ["The farm {vs:be} {k:20:200} acres.", "{S} {have} {k:2:6} tractors.", "{Sp} dog {vs:be} {k:3:12} years old."]

PRODUCE_T = [
    P("+", "{v:harvest} {QM}", "harvesting {B} more", lst=1),
    P("+", "{v:pick} {QM}", "picking {B} more", lst=1, tags=("fruit", "flower", "egg")),
    P("+", "{v:gather} {QM} the next morning", "gathering {B} more"),
    P("+", "{v:bring} in {QM} from the far field", "bringing in {B} more"),
    F("+", "{Sp} hens {vp:lay} {QM}", "the hens lay {B} more", tags=("egg",)),
    F("+", "{X:rel} {vs:drop} off {QM} from a backyard garden", "{X:rel} drops off {B} more"),
    P("+", "{v:dig} up {QM}", "digging up {B} more", tags=("dig",)),
    P("-", "{v:sell} {Q} at the farmers' market", "selling {B} at the market", lst=1),
    P("-", "{v:sell} {Q} at the roadside stand", "selling {B} at the stand"),
    P("-", "{v:use} {Q} for baking", "using {B} for baking", tags=("fruit", "egg")),
    P("-", "{v:give} {Q} to the food bank", "giving {B} to the food bank"),
    F("-", "{Q} {vp:spoil}", "{B} spoil"),
    F("-", "{Q} {vp:be} too bruised to sell", "{B} are too bruised", tags=("fruit",)),
    F("-", "deer {vp:eat} {Q}", "deer eat {B}", tags=("fruit", "dig")),
    F("-", "birds {vp:peck} holes in {Q}, so {S} {v:toss} them", "tossing {B} pecked ones", tags=("fruit",)),
    F("-", "{Q} {vp:crack} on the way to market", "{B} crack", tags=("egg",)),
    F("*", "the next harvest {vs:double} {Sp} total", "the harvest doubles it", need=2, tags=("fruit", "dig")),
    P("/", "{v:sell} half of them", "selling half", need=2),
    F("/", "half of them {vp:spoil}", "half of them spoil", need=2),
    P("/", "{v:pack} them into crates of {N}", "packing crates of {B}",
      fq="How many crates can {S} fill?", fu=("crates", "crate"), fa=["{Name} can fill {vq}."]),
    P("/", "{v:pack} them into cartons of a dozen", "packing cartons of {B}", need=12, tags=("egg",),
      fq="How many cartons {dos} {S} fill?", fu=("cartons", "carton"), fa=["{Name} fills {vq}."]),
    P("/", "{v:split} them evenly among {N} market stalls", "splitting them among {B} stalls",
      fq="How many {I} {dos} each stall get?", fa=["Each stall gets {vq}."]),
    F("/", "for every {N} {I}, {S} {v:fill} one basket", "one basket per {B}",
      fq="How many baskets {dos} {S} fill?", fu=("baskets", "basket"), fa=["{Name} fills {vq}."]),
]
PRODUCE_START = ["{S} {have} {Q} in the barn.", "{S} {v:harvest} {Q}.", "{S} {v:bring} {Q} to the farm stand.",
                 "There {bep} {Q} in {Sp} cellar.", "{S} {v:pick} {Q} on {day0}."]
PRODUCE_PSTART = [
    ("{S} {have} {A} rows of plants, and each row {vs:give} {B} {I}.", "{A2} rows of {B2}"),
    ("{S} {v:fill} {A} baskets with {B} {I} each.", "{A2} baskets of {B2}"),
    ("{S} {v:pick} {A} {I} a day for {B} days.", "{A2} a day for {B2} days"),
]

RECIPE_T = [
    P("+", "{v:bake} another batch of {N}", "baking {B} more", lst=1),
    P("+", "{v:make} {QM}", "making {B} more", lst=1),
    P("+", "{v:fry} up {QM}", "frying {B} more", tags=("fry",)),
    P("+", "{v:whip} up {QM}", "whipping up {B} more"),
    F("+", "{X:rel} {vs:bring} over {QM}", "{X:rel} brings {B} more"),
    P("+", "{v:pull} {QM} out of the oven", "pulling {B} more from the oven"),
    P("+", "{v:buy} {QM} from the bakery down the street", "buying {B} more", st="person"),
    P("-", "{v:eat} {Q}", "eating {B}", st="person"),
    P("-", "{v:give} {Q} to the neighbors", "giving {B} to the neighbors"),
    P("-", "{v:sell} {Q} at the bake sale", "selling {B}", lst=1),
    P("-", "{v:burn} {Q} and {v:have} to toss them", "tossing {B} burnt ones"),
    P("-", "{v:pack} {Q} in {P} kids' lunches", "packing {B} in lunches", st="person"),
    P("-", "{v:drop} {Q} on the floor", "dropping {B}"),
    F("-", "{Sp} kids {vp:eat} {Q}", "the kids eat {B}", st="person"),
    F("-", "the dog {vs:snatch} {Q} off the counter", "the dog takes {B}"),
    F("-", "{Q} {vp:crumble} apart", "{B} crumble"),
    P("-", "{v:wrap} up {Q} for {X:rel}", "wrapping up {B}"),
    P("-", "{v:serve} {Q} at lunch", "serving {B}", lst=1),
    P("*", "{v:triple} the recipe", "tripling the recipe", need=3, first=1),
    P("*", "{v:double} the recipe", "doubling the recipe", need=2, first=1),
    P("*", "{v:decide} to make {N} batches instead of one", "making {B} batches", first=1),
    P("*", "{v:multiply} the recipe by {N} for the party", "multiplying the recipe by {B}", first=1),
    P("/", "{v:give} half to {P} neighbor", "giving half away", need=2),
    P("/", "{v:give} away half of them at the office", "giving away half", need=2),
    P("/", "{v:pack} them into boxes of {N}", "packing boxes of {B}",
      fq="How many boxes can {S} fill?", fu=("boxes", "box"), fa=["{Name} can fill {vq}."]),
    P("/", "{v:put} them equally on {N} plates", "spreading them over {B} plates",
      fq="How many {I} {vp:go} on each plate?", fa=["Each plate gets {vq}."]),
    P("/", "{v:share} them equally among {N} {X:guests}", "sharing them among {B} {X:guests}",
      fq="How many {I} {dos} each one get?", fa=["Each one gets {vq}."]),
    F("/", "for every {N} {I}, {S} {v:need} one gift bag", "one bag per {B}",
      fq="How many gift bags {dos} {S} need?", fu=("gift bags", "gift bag"), fa=["{Name} needs {vq}."]),
]
RECIPE_START = ["{S} {v:bake} {Q} for the {X:event}.", "{Sp} favorite recipe {vs:make} {Q}.", "{S} {v:make} a batch of {Q}.",
                "There {bep} {Q} cooling on {Sp} counter."]
RECIPE_PSTART = [
    ("{S} {v:bake} {A} trays of {I} with {B} on each tray.", "{A2} trays of {B2}"),
    ("{S} {v:make} {A} batches of {I}, and every batch {vs:yield} {B}.", "{A2} batches of {B2}"),
    ("{S} {v:fill} {A} pans with {B} {I} in each pan.", "{A2} pans of {B2}"),
]
RECIPE_Q = ["How many {I} {bep} left?|left", "How many {I} {do} {S} have {now}?", "How many {I} {bep} left for the party?|left",
            "How many {I} {do} {S} end up with?", "What is the number of {I} at the end?"]
RECIPE_DIS = ["The kitchen {vs:smell} of cinnamon.", "{S} {v:love} baking on weekends.", "It {bes} a {X:weather} {X:day}.",
              "The oven {vs:be} brand new."]
RECIPE_DISN = ["The oven {vs:be} set to {k:325:425} degrees.", "Each batch {vs:take} {k:10:30} minutes to bake.",
               "{S} {have} {k:3:9} mixing bowls."]

CLASS_T = [
    P("+", "{v:order} {QM} for the class", "ordering {B} more"),
    F("+", "the PTA {vs:donate} {QM}", "the PTA donates {B} more"),
    P("+", "{v:find} {QM} in the supply closet", "finding {B} more"),
    P("+", "{v:collect} {QM} from the lost-and-found", "collecting {B} more"),
    F("+", "a parent {vs:drop} off {QM}", "a parent drops off {B}"),
    P("+", "{v:buy} {QM} with {P} own money", "buying {B} more"),
    F("+", "the school office {vs:send} over {QM}", "the office sends {B}"),
    F("+", "students {vp:bring} in {QM}", "students bring in {B}"),
    P("-", "{v:hand} out {Q}", "handing out {B}", lst=1),
    P("-", "{v:pass} out {Q} during art", "passing out {B}"),
    P("-", "{v:give} {Q} to the teacher next door", "giving {B} to the next classroom"),
    F("-", "the students {vp:use} {Q} for a science project", "the students use {B}"),
    P("-", "{v:lend} {Q} to the music room", "lending {B}"),
    P("-", "{v:hand} out {Q} as prizes", "handing out {B} prizes"),
    P("-", "{v:put} {Q} in the take-home bags", "putting {B} in take-home bags"),
    P("-", "{v:throw} away {Q} that {bep} broken", "throwing away {B} broken ones"),
    F("-", "{Q} {vp:go} missing after the field trip", "{B} go missing"),
    F("*", "thanks to a donation drive, the pile {vs:grow} to {N} times its size", "the pile grows {B} times"),
    P("*", "{v:double} the supply with a big order", "doubling the supply", need=2),
    P("/", "{v:give} half of them to the art teacher", "giving half to the art teacher", need=2),
    P("/", "{v:send} half to the library", "sending half to the library", need=2),
    P("/", "{v:divide} them equally among {N} tables", "dividing them among {B} tables",
      fq="How many {I} {dos} each table get?", fa=["Each table gets {vq}."]),
    P("/", "{v:share} them out evenly to {N} students", "sharing them among {B} students",
      fq="How many {I} {dos} each student receive?", fa=["Each student receives {vq}."]),
    P("/", "{v:split} them into {N} equal piles for the reading groups", "splitting them into {B} piles",
      fq="How many {I} {bep} in each pile?", fa=["Each pile has {vq}."]),
    F("/", "each student {vs:need} {N} {I}", "giving {B} to each student",
      fq="How many students can {S} supply?", fu=("students", "student"), fa=["{Name} can supply {vq}."]),
]
CLASS_START = ["{S} {have} {Q} in the supply closet.", "{S} {v:keep} {Q} in a bin by {P} desk.",
               "{Sp} classroom {vs:start} the year with {Q}.", "There {bep} {Q} on the art shelf in {Sp} room."]
CLASS_PSTART = [
    ("{S} {v:buy} {A} boxes of {I} with {B} in each box.", "{A2} boxes of {B2}"),
    ("{A} students each {vp:bring} in {B} {I} for {Sp} class.", "{A2} students bringing {B2} each"),
    ("{S} {v:order} {A} packs of {I}, {B} per pack.", "{A2} packs of {B2}"),
]
CLASS_DIS = ["The classroom {vs:be} painted yellow.", "It {bes} the first week of school.",
             "{S} {v:teach} third grade.", "The students {vp:be} excited about art day."]
CLASS_DISN = ["There {bep} {k:18:32} students in the class.", "The class {vs:meet} in room {k:101:130}.",
              "{S} {have} taught for {k:3:25} years."]

TBUD_T = [
    F("+", "{Sp} mom {vs:give} {O} {QM}", "mom gives {B} more"),
    P("+", "{v:earn} {QM} for finishing {P} chores", "earning {B} more"),
    P("+", "{v:gain} {QM} when {P} dentist appointment {vs:get} canceled", "gaining {B} more"),
    P("+", "{v:get} {QM} as a reward for good grades", "getting {B} more as a reward"),
    F("+", "a canceled practice {vs:free} up {QM}", "a canceled practice frees {B}"),
    P("+", "{v:find} {QM} by skipping the long line", "finding {B} more"),
    P("-", "{v:spend} {Q} {X:chore}", "spending {B} {X:chore}", lst=1),
    P("-", "{v:use} {Q} {X:fun}", "using {B} {X:fun}"),
    P("-", "{v:lose} {Q} waiting for the bus", "losing {B} waiting"),
    P("-", "{v:give} up {Q} to help {X:rel}", "giving up {B} to help"),
    P("-", "{v:waste} {Q} looking for {P} shoes", "wasting {B}"),
    P("-", "{v:burn} through {Q} {X:fun}", "burning {B} {X:fun}"),
    P("-", "{v:spend} {Q} on homework", "spending {B} on homework", lst=1),
    F("*", "{Sp} free time {vs:double} when the guests {vp:cancel}", "the free time doubles", need=2),
    P("/", "{v:use} half of it {X:fun}", "using half {X:fun}", need=2),
    P("/", "{v:spend} half of what {bes} left {X:chore}", "spending half {X:chore}", need=2),
    P("/", "{v:want} to split the rest equally among {N} activities", "splitting it among {B} activities",
      fq="How many {U} can {S} give each activity?", fa=["Each activity gets {vq}."]),
    P("/", "{v:decide} to spread the remaining time evenly over {N} days", "spreading it over {B} days",
      fq="How many {U} {dos} that leave for each day?", fa=["That is {vq} per day."]),
]
TBUD_START = ["{S} {have} {Q} of free time this {day0}.", "{S} {v:set} aside {Q} for {X:fun} this week.",
              "{Sp} parents {vp:allow} {O} {Q} of screen time for the week.",
              "{S} {v:plan} to spend {Q} on {P} science project."]
TBUD_PSTART = [
    ("{S} {have} {A} days off, with {B} {U} of free time each day.", "{A2} days of {B2}"),
    ("{S} {v:get} {A} {U} of screen time a day for {B} days.", "{A2} a day for {B2} days"),
]
TBUD_Q = ["How many {U} {do} {S} have left?|left", "How much time {do} {S} have left, in {U}?|left",
          "How many {U} {bep} left?|left", "How many {U} {do} {S} still have?|left",
          "How many {U} of that time {bep} still free?|left"]

TLOG_T = [
    P("+", "{v:put} in {QM} on {day}", "putting in {B} more"),
    P("+", "{v:add} {QM} on {day}", "adding {B} more"),
    P("+", "{v:log} another {N} {U} on {day}", "logging {B} more"),
    P("+", "{v:spend} {QM} at it on {day}", "spending {B} more"),
    P("+", "{v:keep} going for {QM} on {day}", "going {B} more"),
    P("+", "{v:squeeze} in {QM} before dinner", "squeezing in {B} more"),
    F("+", "on {day}, {S} {v:manage} {QM}", "managing {B} more"),
    P("-", "{v:take} {Q} off {P} log because {P} timer {vs:be} wrong", "taking {B} off the log"),
    F("-", "{Sp} coach {vs:tell} {O} that {Q} {vp:do} not count", "removing {B} that do not count"),
    P("-", "{v:cross} out {Q} that {vp:be} really spent {X:waste}", "crossing out {B}"),
    F("*", "by the end of the month, {Sp} total {vs:be} {N} times as much", "the total grows {B} times"),
    F("*", "{Sp} total {vs:double} over the next week", "the total doubles", need=2),
    F("/", "all of this {vs:happen} over {N} days", "averaging over {B} days",
      fq="On average, how many {U} per day {bes} that?", fa=["That is {vq} per day."]),
]
TLOG_START = ["{S} {v:practice} {X:instrument} for {Q} on {day0}.", "{S} {v:read} for {Q} on {day0}.",
              "{S} {v:spend} {Q} studying on {day0}.", "{S} {have} already logged {Q} of volunteer work this month.",
              "{S} {v:jog} for {Q} on {day0}."]
TLOG_PSTART = [("{S} {v:practice} {A} {U} a day for {B} days.", "{A2} a day for {B2} days"),
               ("{S} {v:read} for {A} {U} every evening for {B} evenings.", "{A2} each evening for {B2} evenings")]
TLOG_Q = ["How many {U} {do} {S} spend on it in total?", "What is {Sp} total, in {U}?",
          "How many {U} {have} {S} logged {now}?", "How many {U} {do} {S} put in altogether?"]
TIME_DIS = ["{S} {v:like} to keep a schedule.", "It {bes} a {X:weather} {X:day}.", "{Sp} {X:sib} {vs:be} busy too.",
            "{S} {v:write} everything down in a planner."]
TIME_DISN = ["{S} {bes} {k:8:16} years old.", "{Sp} school {vs:start} at {k:7:9} o'clock.",
             "{S} {have} {k:2:6} tests this month."]

DLOG_T = [
    P("+", "{v:run} {QM} on {day}", "running {B} more"),
    P("+", "{v:cover} another {N} {U}", "covering {B} more"),
    P("+", "{v:ride} {QM} in the afternoon", "riding {B} more"),
    P("+", "{v:hike} {QM} the next day", "hiking {B} more"),
    P("+", "{v:add} {QM} on the way back", "adding {B} more"),
    P("+", "{v:walk} {QM} with {P} dog", "walking {B} more"),
    P("+", "{v:pedal} {QM} before dark", "pedaling {B} more"),
    F("+", "a detour {vs:add} {QM} to {P} trip", "the detour adds {B}"),
    P("+", "{v:tack} on {QM} at the end", "tacking on {B} more"),
    P("+", "{v:jog} {QM} around the park", "jogging {B} more"),
    P("-", "{v:remove} {Q} from {P} log that {bep} counted twice", "removing {B} counted twice"),
    F("*", "{Sp} weekly total {vs:double} as {S} {v:train} for the race", "the total doubles", need=2),
    F("*", "by race day, {S} {have} covered {N} times that distance", "the distance grows {B} times"),
    F("/", "{S} {v:do} all of this over {N} days", "averaging over {B} days",
      fq="On average, how many {U} {dos} {S} cover per day?", fa=["That is {vq} per day."]),
]
DLOG_START = ["{S} {v:run} {Q} on {day0}.", "{S} {v:bike} {Q} to {P} aunt's house.",
              "{S} {v:hike} {Q} on the first day of a camping trip.", "{S} {v:walk} {Q} in the morning.",
              "{S} {v:cycle} {Q} on {day0}."]
DLOG_PSTART = [("{S} {v:run} {A} {U} a day for {B} days.", "{A2} a day for {B2} days"),
               ("{S} {v:cover} {A} {U} every day for {B} days.", "{A2} a day for {B2} days")]
DLOG_Q = ["How many {U} {do} {S} cover in total?", "How far {do} {S} travel altogether, in {U}?",
          "What is {Sp} total distance, in {U}?", "How many {U} {have} {S} gone {now}?"]

DLEFT_T = [
    P("-", "{v:drive} {Q} on the first day", "driving {B}"),
    P("-", "{v:cover} {Q} before lunch", "covering {B}"),
    P("-", "{v:hike} {Q} in the morning", "hiking {B}"),
    P("-", "{v:bike} {Q} along the river", "biking {B}"),
    P("-", "{v:ride} {Q} after a short break", "riding {B}"),
    P("-", "{v:knock} out {Q} before sunset", "knocking out {B}"),
    F("-", "the next morning, {S} {v:cover} {Q}", "covering {B}"),
    F("+", "a detour {vs:add} {QM} to the trip", "the detour adds {B}"),
    F("+", "a road closure {vs:force} {O} to add {QM}", "the closure adds {B}"),
    P("+", "{v:take} a wrong turn, which {vs:add} {QM}", "the wrong turn adding {B}"),
    P("+", "{v:miss} an exit and {v:add} {QM} to the trip", "missing the exit and adding {B}"),
    F("*", "a long detour {vs:make} the rest of the trip twice as long", "the detour doubles it", need=2),
    P("/", "{v:cover} half of the remaining distance by lunch", "covering half", need=2),
    P("/", "{v:plan} to split the rest equally over {N} days", "splitting it over {B} days",
      fq="How many {U} {dos} {S} need to travel each day?", fa=["That is {vq} each day."]),
]
DLEFT_START = ["{S} {v:need} to travel {Q} to get to {X:dest}.", "{S} {have} {Q} to go to reach {X:dest}.",
               "It {vs:be} {Q} from {Sp} house to {X:dest}, and {S} {v:set} out early.",
               "The trail to {X:dest} {vs:be} {Q} long, and {S} {v:start} hiking it."]
DLEFT_PSTART = [("The route to {X:dest} {vs:be} {A} legs of {B} {U} each, and {S} {v:set} off.", "{A2} legs of {B2}")]
DLEFT_Q = ["How many {U} {do} {S} have left to go?|left", "How many {U} {bep} left?|left",
           "How many {U} {do} {S} still need to travel?|left", "How far from {X:dest} {bes} {S} {now}, in {U}?|left"]
DIST_DIS = ["The weather {vs:be} perfect for it.", "{S} {v:listen} to music along the way.",
            "It {bes} a {X:weather} {X:day}.", "{S} {v:pack} plenty of water."]
DIST_DISN = ["{S} {bes} {k:10:60} years old.", "{Sp} water bottle {vs:hold} {k:16:40} ounces.",
             "The trip {vs:start} at {k:6:9} in the morning."]

PTS_T = [
    P("+", "{v:score} {QM} in {X:game}", "scoring {B} more", lst=1),
    P("+", "{v:add} {QM} in the playoffs", "adding {B} in the playoffs"),
    P("+", "{v:rack} up {QM} against {X:rival}", "racking up {B} more"),
    P("+", "{v:put} up {QM} in {X:game}", "putting up {B} more"),
    P("+", "{v:pile} on {QM} in the final week", "piling on {B} more"),
    P("+", "{v:earn} {QM} in {X:game}", "earning {B} more"),
    P("+", "{v:net} {QM} against {X:rival}", "netting {B} more"),
    F("+", "a late-season surge {vs:add} {QM}", "a surge adds {B}"),
    F("-", "{Q} {vp:be} taken away after a scoring review", "{B} are taken away"),
    F("-", "the league {vs:remove} {Q} from {Sp} total for {X:penalty}", "the league removes {B}"),
    P("-", "{v:lose} {Q} for {X:penalty}", "losing {B} for {X:penalty}"),
    P("-", "{v:have} {Q} wiped off {P} total after a replay review", "having {B} wiped off"),
    F("*", "{Sp} total {vs:double} by the end of the season", "the total doubles", need=2),
    F("*", "in the second half of the season, {Sp} total {vs:grow} to {N} times what it was", "the total grows {B} times"),
    F("*", "{Sp} total {vs:triple} over the summer league", "the total triples", need=3),
    F("/", "over the whole season, {S} {v:play} {N} games", "averaging over {B} games",
      fq="What is {Sp} average number of {U} per game?", fa=["The average is {vq} per game."]),
]
PTS_START = ["{S} {v:score} {Q} in the first half of the season.", "{S} {have} {Q} so far this season.",
             "By midseason, {S} {have} {Q}.", "{S} {v:open} the season with {Q} in the first few games."]
PTS_PSTART = [("{S} {v:score} {A} {U} in each of {P} first {B} games.", "{A2} in each of {B2} games"),
              ("{S} {v:play} {A} games and {v:score} {B} {U} in every one of them.", "{A2} games at {B2} each")]
PTS_Q = ["How many {U} {do} {S} have {now}?", "What is {Sp} season total?", "How many {U} {do} {S} finish the season with?",
         "What is {Sp} final total of {U}?"]
PTS_DIS = ["The coach {vs:be} proud of the team.", "The crowd {vs:cheer} loudly.", "It {bes} a {X:weather} {X:day}.",
           "{S} {v:wear} a lucky pair of socks."]
PTS_DISN = ["{S} {v:wear} jersey number {k:2:99}.", "The stadium {vs:seat} {k:300:900} fans.",
            "The season {vs:last} {k:8:20} weeks."]

# container problems: boxes of pencils -> each box holds N pencils -> pencils
PACK_CONTS = [("boxes", "box"), ("packs", "pack"), ("bags", "bag"), ("jars", "jar"), ("crates", "crate"),
              ("cartons", "carton"), ("tins", "tin"), ("cases", "case"), ("tubes", "tube"), ("bundles", "bundle"),
              ("sleeves", "sleeve"), ("buckets", "bucket"), ("bins", "bin"), ("trays", "tray"), ("baskets", "basket")]
PACK_PRE = [
    P("+", "{v:buy} {QM}", "buying {B} more"), P("+", "{v:get} {QM} from {X:rel}", "getting {B} more"),
    P("+", "{v:pick} up {QM}", "picking up {B} more"), P("+", "{v:order} {QM}", "ordering {B} more"),
    P("-", "{v:give} {Q} to {X:rel}", "giving {B} away"), P("-", "{v:return} {Q} to the store", "returning {B}"),
    P("-", "{v:donate} {Q}", "donating {B}"), P("-", "{v:sell} {Q} to a neighbor", "selling {B}"),
]
PACK_MUL = [
    F("*", "each {cs} {vs:hold} {N} {I}", "counting {B} per {cs}", nc=1),
    F("*", "there {bep} {N} {I} in every {cs}", "counting {B} in every {cs}", nc=1),
    F("*", "every {cs} {vs:contain} {N} {I}", "counting {B} in each {cs}", nc=1),
    F("*", "each one {vs:have} {N} {I} inside", "counting {B} inside each", nc=1),
    F("*", "{N} {I} {vp:come} in each {cs}", "counting {B} per {cs}", nc=1),
]
PACK_START = ["{S} {have} {Q}.", "{S} {v:buy} {Q} at the {X:store}.", "{S} {v:find} {Q} in the garage.",
              "There {bep} {Q} in {Sp} closet."]

CONNECT = ["Then", "Later", "After that", "Next", "The next day", "That afternoon", "Later that week",
           "A few days later", "By the weekend", "Afterward", "Soon after", "In the evening",
           "The following week", "Before long", "After lunch", "That night"]
CONNECT_CALM = ["Then", "Later", "After that", "Next", "Afterward", "Soon after", "Before long", "Eventually"]


# ================================================================ domains
SHOPS = [
    ("Sunrise Bakery", "the bakery", ("baked",)), ("the Crumb and Kettle bakery", "the bakery", ("baked",)),
    ("Greenleaf Market", "the market", ("fruit", "prod", "pack", "candy")),
    ("the corner grocery", "the grocery", ("fruit", "prod", "pack")),
    ("Inkwell Paper Company", "the paper shop", ("stat", "paper")), ("the campus bookstore", "the bookstore", ("stat", "book")),
    ("Tumbleweed Toys", "the toy store", ("toy",)), ("the toy shop on Elm Street", "the toy shop", ("toy",)),
    ("Fastbreak Sports", "the sports store", ("sport",)), ("Brightwater Garden Center", "the garden center", ("garden", "flower")),
    ("Pemberton Hardware", "the hardware store", ("hw",)), ("the museum gift shop", "the gift shop", ("frag", "coll")),
    ("Hearth and Home", "the home store", ("home",)), ("Dog-Eared Books", "the bookshop", ("book",)),
    ("Threadline Outfitters", "the clothing store", ("wear",)), ("Sugarplum Sweets", "the candy shop", ("candy",)),
    ("Petal Pushers Florist", "the florist", ("flower",)), ("the craft barn", "the craft barn", ("craft",)),
]
FUND_GROUPS = [
    "the Lakeview PTA", "the drama club", "the Pinecrest Scouts", "the chess club", "the student council",
    "the swim team", "the marching band", "the robotics club", "the garden club", "the debate team",
    "the school choir", "the library volunteers", "the youth soccer league", "the art club",
    "the fifth-grade class", "the environmental club", "the yearbook staff", "the science club",
]
TEAMS = ["the Falcons", "the Riverside Otters", "the Harbor Hawks", "the Blue Herons", "the Mustangs",
         "the Lakeside Lynx", "the Comets", "the Timber Wolves", "the Red Foxes", "the Summit Bears"]
FARMS = ["Willow Bend Farm", "Hollow Oak Farm", "Sweetwater Ranch", "Cedar Ridge Farm", "Bramble Hill Farm",
         "Three Pines Farm", "Foxglove Farm", "Stony Brook Ranch"]
BAKERIES = ["Sunrise Bakery", "the Copper Whisk bakery", "Mabel's Kitchen", "the corner bakery", "Golden Crust Bakery"]
FAMILIES = ["the Okafor family", "the Lindqvist family", "the Castellanos family", "the Haddad family",
            "the Nakamura family", "the Whitlock family"]


def _subj_person(rng):
    s = person(rng)
    s["tag"] = "person"
    return s


def _setup_count(rng, c):
    c["subj"] = _subj_person(rng)
    pool = [it for it in ITEMS if not it[2] <= {"prod", "dig"}]
    it = rng.choice(pool)
    c["item"] = it


def _setup_shop(rng, c):
    name, short, tags = rng.choice(SHOPS)
    c["subj"] = group(name, short, False, rng.choice(["it", "they"]))
    c["subj"]["tag"] = "group"
    c["item"] = rng.choice(items_with(tags))


def _setup_money(rng, c):
    c["subj"] = _subj_person(rng)


def _setup_fund(rng, c):
    g = rng.choice(FUND_GROUPS)
    c["subj"] = group(g, g, False, "they")
    c["subj"]["tag"] = "group"


def _setup_people(rng, c):
    name, short, tag, nouns, loc = rng.choice(PEOPLE_SUBJ)
    c["subj"] = group(name, short, False, "it")
    c["subj"]["tag"] = tag
    n = rng.choice(nouns)
    c["item"] = (n, PEOPLE_NOUNS[n], frozenset())
    c["loc"] = loc


def _farmer(rng):
    r = rng.random()
    if r < 0.5:
        s = _subj_person(rng)
    elif r < 0.75:
        s = titled(rng, ("Farmer",))
        s["tag"] = "person"
    else:
        f = rng.choice(FARMS)
        s = group(f, f, False, "it")
        s["tag"] = "group"
    return s


def _setup_animals(rng, c):
    c["subj"] = _farmer(rng)
    pl, sg = rng.choice(ANIMALS)
    c["item"] = (pl, sg, frozenset(["bird" if pl in _BIRDS else ("fish" if pl == "goldfish" else "mammal")]))


def _setup_produce(rng, c):
    c["subj"] = _farmer(rng)
    c["item"] = rng.choice(items_with(("prod",)))


def _setup_recipe(rng, c):
    if rng.random() < 0.7:
        c["subj"] = _subj_person(rng)
    else:
        b = rng.choice(BAKERIES)
        c["subj"] = group(b, b if b.startswith("the") else b, False, rng.choice(["it", "they"]))
        c["subj"]["tag"] = "group"
    c["item"] = rng.choice(items_with(("baked",)))


def _setup_class(rng, c):
    s = titled(rng, ("Ms.", "Mr.", "Mrs."))
    s["tag"] = "person"
    c["subj"] = s
    c["item"] = rng.choice([it for it in items_with(("stat", "candy", "paper", "craft")) if "wear" not in it[2]])


def _setup_time(rng, c):
    c["subj"] = _subj_person(rng)
    c["unit"] = rng.choice([("minutes", "minute"), ("minutes", "minute"), ("hours", "hour")])


def _setup_dist(rng, c):
    c["subj"] = _subj_person(rng)
    c["unit"] = rng.choice([("miles", "mile"), ("miles", "mile"), ("kilometers", "kilometer")])


def _setup_dleft(rng, c):
    if rng.random() < 0.3:
        f = rng.choice(FAMILIES)
        c["subj"] = group(f, f, False, "they")
        c["subj"]["tag"] = "group"
    else:
        c["subj"] = _subj_person(rng)
    c["unit"] = rng.choice([("miles", "mile"), ("miles", "mile"), ("kilometers", "kilometer")])


def _setup_points(rng, c):
    if rng.random() < 0.6:
        c["subj"] = _subj_person(rng)
    else:
        t = rng.choice(TEAMS)
        c["subj"] = group(t, t, True, "they")
        c["subj"]["tag"] = "group"
    c["unit"] = rng.choice([("points", "point"), ("points", "point"), ("goals", "goal"), ("runs", "run")])


def _setup_packs(rng, c):
    c["subj"] = _subj_person(rng)
    c["item"] = rng.choice([it for it in ITEMS if it[2] & {"stat", "candy", "toy", "craft", "round", "hw",
                                                         "paper", "sport", "egg"} and "wear" not in it[2]])
    c["cont"] = rng.choice(PACK_CONTS)


# per-domain number ranges: start, add, sub, mul, div, product factors (pa, pb), cap
def _R(start, add, sub, mul, div, pa, pb, cap=5000):
    return dict(start=start, add=add, sub=sub, mul=mul, div=div, pa=pa, pb=pb, cap=cap)


_HOW_COUNT = "how many {I} {name} {has}"
_HOW_MONEY = "how much money {name} {has}"
DOMAINS = {
    "count": dict(w=17, kind="item", setup=_setup_count, T=COUNT_T, start=COUNT_START, pstart=COUNT_PSTART, q=COUNT_Q,
                  dis=COUNT_DIS, disn=COUNT_DISN, how=_HOW_COUNT, opw=(38, 38, 11, 13),
                  R=_R((8, 240), (2, 90), (2, 90), [2, 3, 4, 5], [2, 3, 4, 5, 6, 8], (2, 24), (4, 36))),
    "shop": dict(w=9, kind="item", setup=_setup_shop, T=SHOP_T, start=SHOP_START, pstart=SHOP_PSTART, q=SHOP_Q,
                 dis=SHOP_DIS, disn=SHOP_DISN, how=_HOW_COUNT, opw=(38, 42, 8, 12),
                 R=_R((40, 900), (10, 400), (5, 300), [2, 3], [2, 3, 4, 5, 6, 8, 10], (3, 40), (6, 48), 9000)),
    "money": dict(w=14, kind="money", setup=_setup_money, T=MONEY_T, start=MONEY_START, pstart=MONEY_PSTART,
                  q=MONEY_Q, dis=MONEY_DIS, disn=MONEY_DISN, how=_HOW_MONEY, opw=(40, 42, 8, 10),
                  R=_R((20, 900), (5, 300), (3, 250), [2, 3], [2, 3, 4, 5, 10], (3, 40), (7, 35), 9000)),
    "fund": dict(w=8, kind="money", setup=_setup_fund, T=FUND_T, start=FUND_START, pstart=FUND_PSTART, q=FUND_Q,
                 dis=FUND_DIS, disn=FUND_DISN, how=_HOW_MONEY, opw=(42, 38, 9, 11),
                 R=_R((50, 999), (15, 500), (10, 300), [2, 3], [2, 3, 4, 5, 6, 8, 10], (10, 250), (2, 25), 9999)),
    "people": dict(w=8, kind="item", setup=_setup_people, T=PEOPLE_T, start=PEOPLE_START, pstart=PEOPLE_PSTART,
                   q=PEOPLE_Q, dis=PEOPLE_DIS, disn=PEOPLE_DISN, how="how many {I} are {loc}", opw=(40, 40, 8, 12),
                   R=_R((12, 320), (2, 60), (2, 60), [2, 3], [2, 3, 4, 5, 6], (2, 12), (5, 30), 3000)),
    "animals": dict(w=5, kind="item", setup=_setup_animals, T=ANIMAL_T, start=ANIMAL_START, pstart=ANIMAL_PSTART,
                    q=ANIMAL_Q, dis=FARM_DIS, disn=FARM_DISN, how=_HOW_COUNT, opw=(40, 40, 8, 12),
                    R=_R((6, 150), (2, 40), (2, 30), [2, 3], [2, 3, 4, 5, 6], (2, 12), (4, 25), 2000)),
    "produce": dict(w=6, kind="item", setup=_setup_produce, T=PRODUCE_T, start=PRODUCE_START, pstart=PRODUCE_PSTART,
                    q=COUNT_Q, dis=FARM_DIS, disn=FARM_DISN, how=_HOW_COUNT, opw=(40, 40, 6, 14),
                    R=_R((20, 600), (5, 300), (3, 200), [2], [2, 3, 4, 6, 12], (3, 30), (6, 40), 9000)),
    "recipe": dict(w=7, kind="item", setup=_setup_recipe, T=RECIPE_T, start=RECIPE_START, pstart=RECIPE_PSTART,
                   q=RECIPE_Q, dis=RECIPE_DIS, disn=RECIPE_DISN, how=_HOW_COUNT, opw=(32, 40, 14, 14),
                   R=_R((12, 120), (6, 60), (2, 40), [2, 3, 4], [2, 3, 4, 6, 8, 12], (2, 8), (6, 24), 2000)),
    "class": dict(w=7, kind="item", setup=_setup_class, T=CLASS_T, start=CLASS_START, pstart=CLASS_PSTART,
                  q=COUNT_Q, dis=CLASS_DIS, disn=CLASS_DISN, how=_HOW_COUNT, opw=(38, 40, 8, 14),
                  R=_R((20, 500), (5, 200), (2, 150), [2, 3, 4], [2, 3, 4, 5, 6, 8, 10, 12], (3, 30), (6, 40), 6000)),
    "tbud": dict(w=4, kind="unit", setup=_setup_time, T=TBUD_T, start=TBUD_START, pstart=TBUD_PSTART, q=TBUD_Q,
                 dis=TIME_DIS, disn=TIME_DISN, how="how many {U} {name} {has} left", opw=(28, 52, 6, 14),
                 R=_R((60, 600), (5, 90), (5, 150), [2], [2, 3, 4, 5, 6], (2, 10), (20, 90), 3000)),
    "tlog": dict(w=3, kind="unit", setup=_setup_time, T=TLOG_T, start=TLOG_START, pstart=TLOG_PSTART, q=TLOG_Q,
                 dis=TIME_DIS, disn=TIME_DISN, how="how many {U} {name} {has} logged", opw=(66, 12, 10, 12),
                 R=_R((15, 240), (10, 120), (5, 45), [2, 3], [2, 3, 4, 5, 6, 7], (10, 90), (2, 14), 5000)),
    "dlog": dict(w=3, kind="unit", setup=_setup_dist, T=DLOG_T, start=DLOG_START, pstart=DLOG_PSTART, q=DLOG_Q,
                 dis=DIST_DIS, disn=DIST_DISN, how="how far {name} {has} gone", opw=(68, 8, 12, 12),
                 R=_R((2, 60), (2, 40), (1, 10), [2, 3], [2, 3, 4, 5, 6, 7], (2, 20), (3, 21), 3000)),
    "dleft": dict(w=3, kind="unit", setup=_setup_dleft, T=DLEFT_T, start=DLEFT_START, pstart=DLEFT_PSTART,
                  q=DLEFT_Q, dis=DIST_DIS, disn=DIST_DISN, how="how many {U} are left", opw=(14, 62, 6, 18),
                  R=_R((40, 999), (3, 60), (5, 300), [2], [2, 3, 4, 5], (2, 8), (20, 120), 4000)),
    "points": dict(w=4, kind="unit", setup=_setup_points, T=PTS_T, start=PTS_START, pstart=PTS_PSTART, q=PTS_Q,
                   dis=PTS_DIS, disn=PTS_DISN, how="how many {U} {name} {has}", opw=(60, 20, 8, 12),
                   R=_R((12, 400), (2, 60), (2, 20), [2, 3], [2, 3, 4, 5, 6, 8, 10, 12, 16], (2, 30), (2, 16), 4000)),
    "packs": dict(w=6, kind="item", setup=_setup_packs, T=COUNT_T, start=PACK_START, pstart=[], q=COUNT_Q,
                  dis=COUNT_DIS, disn=COUNT_DISN, how=_HOW_COUNT, opw=(40, 40, 0, 20),
                  R=_R((2, 20), (2, 12), (2, 10), [], [2, 3, 4], (2, 2), (2, 2), 3000)),
}
_DOM_NAMES = list(DOMAINS)
_DOM_W = [DOMAINS[d]["w"] for d in _DOM_NAMES]


# ================================================================ text filling
_TOK = re.compile(r"\{([^{}]+)\}")


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def _poss_name(n):
    return n + "'" if n.endswith("s") else n + "'s"


class Ctx(dict):
    __getattr__ = dict.get


def qty_text(c, n, ntext, more=False):
    """number plus unit for the problem text."""
    rng = c.rng
    kind = c.ukind
    if kind == "money":
        if ntext.isdigit() or rng.random() < 0.5:
            base = "$" + str(n) if rng.random() < 0.85 else str(n) + " dollars"
        else:
            base = ntext + " dollars"
        if more:
            r = rng.random()
            if r < 0.4:
                return "another " + base
            if base.startswith("$"):
                return base + " more"
            return base.replace(" dollars", " more dollars")
        return base
    if kind == "item":
        pl, sg = c.upl, c.usg
    else:
        pl, sg = c.U, c.Us
    noun = sg if n == 1 else pl
    if n == 12 and kind == "item" and rng.random() < 0.35:
        if more:
            return rng.choice(["a dozen more ", "another dozen "]) + pl
        return "a dozen " + pl
    if more:
        return ("another %s %s" % (ntext, noun)) if rng.random() < 0.35 else ("%s more %s" % (ntext, noun))
    return "%s %s" % (ntext, noun)


def fill(text, c):
    def rep(m):
        k = m.group(1)
        s = c.subj
        bt = c.narr if c.tense == "ing" else c.tense
        if k == "S":
            return s["pron"] if c.ref == "pron" else (s["name"] if c.ref == "name" else s["short"])
        if k == "Sp":
            if c.ref == "pron":
                return s["poss"]
            return _poss_name(s["name"] if c.ref == "name" else s["short"])
        if k == "O":
            return s["obj"]
        if k == "P":
            return s["poss"]
        if k == "R":
            return s["refl"]
        if k.startswith("v:"):
            return conj(k[2:], c.tense, c.pl)
        if k.startswith("vs:"):
            return conj(k[3:], bt, False)
        if k.startswith("vp:"):
            return conj(k[3:], bt, True)
        if k == "be":
            return conj("be", c.tense, c.pl)
        if k == "bes":
            return conj("be", bt, False)
        if k == "bep":
            return conj("be", bt, True)
        if k == "have":
            return conj("have", c.tense, c.pl)
        if k == "do":
            return ("do" if c.pl else "does") if bt == "pres" else "did"
        if k == "dos":
            return "does" if bt == "pres" else "did"
        if k == "N":
            return c.ntext
        if k == "Q":
            return qty_text(c, c.b, c.ntext)
        if k == "QM":
            return qty_text(c, c.b, c.ntext, more=True)
        if k == "D":
            return "$" + str(c.b)
        if k == "A":
            return c.atext
        if k == "B":
            return c.btext
        if k == "I":
            return c.item[0]
        if k == "i":
            return c.item[1]
        if k == "U":
            return c.U
        if k == "cs":
            return c.cont[1] if c.cont else "box"
        if k == "loc":
            return c.loc
        if k == "now":
            if bt == "pres":
                return "now"
            return c.rng.choice(["at the end", "in the end", "after all that", "by the end"])
        if k == "day0":
            return DAYS[c.day]
        if k == "day":
            c.day = (c.day + 1) % 7
            return DAYS[c.day]
        if k == "OTHER":
            return c.other
        if k.startswith("k:"):
            _, lo, hi = k.split(":")
            v = c.rng.randint(int(lo), int(hi))
            c.knums.append(v)
            return str(v)
        if k.startswith("X:"):
            name = k[2:]
            if name == "rel" and s.get("tag") != "person":
                name = "relg"
            memo = c.memo if c.memo is not None else {}
            if name not in memo:
                memo[name] = c.rng.choice(LISTS[name])
            return memo[name]
        raise KeyError(k)

    for _ in range(4):
        new = _TOK.sub(rep, text)
        if new == text:
            break
        text = new
    return text


def set_ref(c, ref):
    c.ref = ref
    s = c.subj
    c.pl = s["ppl"] if ref == "pron" else s["pl"]


# ================================================================ arithmetic
def apply_op(a, op, b):
    """exact result or None (negative, non-integer, or too large)."""
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
    if r < 0 or r > 99999:
        return None
    return r


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


# ================================================================ planning
def _fits(t, c, i, n):
    if t.get("tags") and not (set(t["tags"]) & c.item[2] if c.item else False):
        return False
    st = t.get("st")
    if st:
        st = (st,) if isinstance(st, str) else st
        if c.subj["tag"] not in st:
            return False
    if t.get("first") and (i != 0 or c.product):
        return False
    if t.get("fq") and i != n - 1:
        return False
    return True


def _pick_ops(rng, dom, n):
    w = dom["opw"]
    ops = [rng.choices("+-*/", weights=w)[0] for _ in range(n)]
    heavy = [k for k, o in enumerate(ops) if o in "*/"]
    rng.shuffle(heavy)
    for k in heavy[2:]:
        ops[k] = rng.choice("+-")
    return ops


def plan_problem(rng, dname, n):
    dom = DOMAINS[dname]
    c = Ctx(rng=rng, tense="past" if rng.random() < 0.6 else "pres", memo={}, day=rng.randrange(7), knums=[],
            item=None, cont=None, loc=None, U=None, Us=None)
    c.narr = c.tense
    dom["setup"](rng, c)
    c.ukind = dom["kind"]
    c.product = bool(dom["pstart"]) and rng.random() < 0.24
    if c.unit:
        c.U, c.Us = c.unit
    R = dom["R"]
    if c.U == "hours" and dname == "tbud":
        R = _R((8, 120), (2, 20), (2, 30), [2], [2, 3, 4, 5, 6], (2, 10), (2, 9), 2000)
    if c.U == "goals":
        R = _R((4, 60), (2, 8), (1, 5), [2, 3], [2, 3, 4, 5, 6], (2, 12), (2, 4), 600)
    if c.U == "runs":
        R = _R((10, 200), (2, 30), (2, 10), [2, 3], [2, 3, 4, 5, 6, 8, 10], (2, 20), (2, 8), 2000)
    if c.U == "hours" and dname == "tlog":
        R = _R((2, 60), (2, 30), (1, 10), [2, 3], [2, 3, 4, 5, 6, 7], (2, 8), (2, 14), 3000)
    # ---- operations and templates
    if dname == "packs":
        k = rng.randint(0, min(2, n - 1))
        ops = [rng.choice("+-") for _ in range(k)] + ["*"]
        post = [rng.choices("+-/", weights=(40, 45, 15))[0] for _ in range(n - k - 1)]
        if post.count("/") > 1:
            post = [o if o != "/" else "-" for o in post]
            post[-1] = "/"
        ops += post
        mpos = k
    else:
        ops = _pick_ops(rng, dom, n)
        mpos = -1
    temps = []
    for i, op in enumerate(ops):
        if dname == "packs" and i < mpos:
            cands = [t for t in PACK_PRE if t["op"] == op]
        elif dname == "packs" and i == mpos:
            cands = PACK_MUL
        else:
            cands = [t for t in dom["T"] if t["op"] == op and _fits(t, c, i, n)]
            if dname == "packs":
                cands = [t for t in cands if not (t["op"] == "/" and not t.get("need"))]
        if op == "/" and i == n - 1:
            fqs = [t for t in cands if t.get("fq")]
            plain = [t for t in cands if not t.get("fq")]
            if fqs and (not plain or rng.random() < 0.5):
                cands = fqs
            else:
                cands = plain
        if not cands:
            alt = "+" if op != "+" else "-"
            ops[i] = alt
            cands = [t for t in dom["T"] if t["op"] == alt and _fits(t, c, i, n) and not t.get("fq")]
            if dname == "packs" and i < mpos:
                cands = [t for t in PACK_PRE if t["op"] == alt]
            if not cands:
                return None
        fresh = [t for t in cands if all(t is not u for u in temps)]
        if fresh and rng.random() < 0.85:
            cands = fresh
        temps.append(rng.choice(cands))
    # ---- fixed multipliers / divisors, and the divisibility each value needs
    fixed = []
    for op, t in zip(ops, temps):
        if op == "*":
            fixed.append(t.get("need") or (rng.randint(4, 36) if dname == "packs" else rng.choice(R["mul"])))
        elif op == "/":
            fixed.append(t.get("need") or rng.choice(R["div"]))
        else:
            fixed.append(None)
    mod = [1] * (n + 1)
    for i in range(n - 1, -1, -1):
        if ops[i] == "/":
            mod[i] = fixed[i] * mod[i + 1]
        elif ops[i] == "*":
            mod[i] = mod[i + 1] // _gcd(fixed[i], mod[i + 1])
        else:
            mod[i] = 1
        if mod[i] > 150:
            return None
    cap = R["cap"]
    # ---- start
    factors = None
    if c.product:
        for _ in range(30):
            x, y = rng.randint(*R["pa"]), rng.randint(*R["pb"])
            if x * y % mod[0] == 0 and 4 <= x * y <= cap and x != y:
                factors = (x, y)
                break
        if not factors:
            return None
        start = factors[0] * factors[1]
    else:
        lo, hi = R["start"]
        if dname in ("shop", "fund", "dleft") and rng.random() < 0.03 and 1000 % mod[0] == 0:
            start = 1000
        else:
            ks = list(range(-(-max(lo, 2) // mod[0]), hi // mod[0] + 1))
            if not ks:
                return None
            start = rng.choice(ks) * mod[0]
    # ---- changes
    cur = start
    bs = []
    for i, op in enumerate(ops):
        M = mod[i + 1]
        if op == "+":
            lo, hi = R["add"]
            cands = [b for b in range(max(lo, 2), min(hi, 999) + 1) if (cur + b) % M == 0 and cur + b <= cap]
        elif op == "-":
            lo, hi = R["sub"]
            cands = [b for b in range(max(lo, 2), min(hi, cur - 2, 999) + 1) if (cur - b) % M == 0]
        elif op == "*":
            cands = [fixed[i]] if cur * fixed[i] <= cap and (cur * fixed[i]) % M == 0 else []
        else:
            cands = [fixed[i]] if cur % fixed[i] == 0 and cur // fixed[i] >= 2 else []
        if not cands:
            return None
        b = rng.choice(cands)
        bs.append(b)
        cur = apply_op(cur, op, b)
        if cur is None or cur < 1:
            return None
    events = []
    for op, t, b in zip(ops, temps, bs):
        events.append(dict(op=op, t=t, b=b, memo={}, ntext=say(rng, b)))
    return dict(dname=dname, c=c, start=start, factors=factors, events=events, mpos=mpos, answer=cur)


# ================================================================ problem text
_LIST_TAGS = [["on {d0}", "on {d1}", "on {d2}"], ["in the morning", "in the afternoon", "in the evening"],
              ["on the first day", "on the second day", "on the third day"],
              ["in the first week", "in the second week", "in the third week"],
              ["before lunch", "after lunch", "just before closing"]]


_TIMEWORDS = re.compile(r"lunch|morning|afternoon|evening|next day|\{day\}|dark|sunset|noon|dinner|by the end|"
                        r"spring|by fall|summer|week later|night|season|closing|later|after a|over the")


def _short_num(c, e):
    if c.ukind == "money":
        return "$" + str(e["b"])
    return e["ntext"]


def _unit_state(c, pr, i):
    """unit nouns in force for event i (containers switch to items after the multiply)."""
    if pr["dname"] == "packs" and i <= pr["mpos"]:
        cp, cs = c.cont
        return cp + " of " + c.item[0], cs + " of " + c.item[0]
    if c.item:
        return c.item[0], c.item[1]
    if c.ukind == "money":
        return "dollars", "dollar"
    return c.U, c.Us


def _ev_ctx(c, pr, i, ref):
    e = pr["events"][i]
    c.b, c.ntext, c.memo = e["b"], e["ntext"], e["memo"]
    c.upl, c.usg = _unit_state(c, pr, i)
    set_ref(c, ref)
    return e


def _clause(c, pr, i, ref, subject=True, ing=False):
    e = _ev_ctx(c, pr, i, ref)
    t = e["t"]
    if ing:
        c.tense = "ing"
    txt = fill(t["t"], c)
    c.tense = c.narr
    if t["kind"] == "p" and subject:
        set_ref(c, ref)
        return fill("{S} ", c) + txt
    return txt


def render_problem(rng, pr):
    c = pr["c"]
    dom = DOMAINS[pr["dname"]]
    events = pr["events"]
    n = len(events)
    nums = []  # numbers the problem states (for the checker)
    # ---- start sentence
    c.memo = {}
    set_ref(c, "name")
    c.upl, c.usg = _unit_state(c, pr, 0)
    if pr["factors"]:
        x, y = pr["factors"]
        cands = dom["pstart"]
        if pr["dname"] == "people":
            cands = [p for p in cands if c.subj["tag"] in p[2]] or None
            if not cands:
                return None
        plain = [p for p in cands if not ("of {I}" in p[0] and " of " in c.upl)]
        tpl = rng.choice(plain or cands)
        c.atext = str(x) if "${A}" in tpl[0] else say(rng, x, 0.15)
        c.btext = str(y) if "${B}" in tpl[0] else say(rng, y, 0.15)
        pr["pdesc"] = tpl[1]
        start_s = fill(tpl[0], c)
        pr["start_memo"] = c.memo
        nums += [x, y]
    else:
        starts = list(dom["start"])
        if pr["dname"] == "people" and c.subj["tag"] == "veh":
            starts += PEOPLE_START_VEH
        c.b = pr["start"]
        c.ntext = say(rng, pr["start"], 0.15)
        start_s = fill(rng.choice(starts), c)
        pr["start_memo"] = c.memo
        nums.append(pr["start"])
    sents = [cap(start_s)]
    # ---- changes
    i = 0
    while i < n:
        e = events[i]
        t = e["t"]
        ref = "pron" if rng.random() < 0.62 else "short"
        last_fq = i == n - 1 and t.get("fq")
        run = [i]
        while (t.get("lst") and t["kind"] == "p" and len(run) < 3 and run[-1] + 1 < n
               and events[run[-1] + 1]["t"] is t and not t.get("need")):
            run.append(run[-1] + 1)
        if len(run) >= 2 and rng.random() < 0.65:
            ti = rng.randrange(len(_LIST_TAGS))
            d0 = c.day
            tags = [g.format(d0=DAYS[(d0 + 1) % 7], d1=DAYS[(d0 + 2) % 7], d2=DAYS[(d0 + 3) % 7])
                    for g in _LIST_TAGS[ti]]
            if ti == 0:
                c.day = (d0 + len(run)) % 7
            head = _clause(c, pr, run[0], ref) + " " + tags[0]
            rest = [_short_num(c, events[k]) + " " + tags[j] for j, k in enumerate(run[1:], 1)]
            if len(rest) == 1:
                s = head + " and " + rest[0]
            else:
                s = head + ", " + rest[0] + ", and " + rest[1]
            for k in run:
                nums.append(events[k]["b"])
            sents.append(cap(s) + ".")
            i = run[-1] + 1
            continue
        if i + 1 < n and rng.random() < 0.33:
            e2 = events[i + 1]
            t2 = e2["t"]
            r = rng.random()
            if t["kind"] == "p" and t2["kind"] == "p" and "{S}" not in t["t"] and r < 0.35:
                s = "After " + _clause(c, pr, i, ref, subject=False, ing=True) + ", " + _clause(c, pr, i + 1, ref)
            elif t["kind"] == "p" and t2["kind"] == "p" and r < 0.75:
                joint = rng.choice([" and then ", ", then ", " and ", " and later "])
                s = _clause(c, pr, i, ref) + joint + _clause(c, pr, i + 1, ref, subject=False)
            else:
                joint = rng.choice([", and then ", ", and later ", "; after that, ", ", and "])
                s = _clause(c, pr, i, ref) + joint + _clause(c, pr, i + 1, "pron")
            for k in (i, i + 1):
                if not events[k]["t"].get("need"):
                    nums.append(events[k]["b"])
            sents.append(cap(s) + ".")
            i += 2
            continue
        s = _clause(c, pr, i, ref)
        if rng.random() < 0.4 and not t.get("nc") and not t.get("fq") and not _TIMEWORDS.search(t["t"]) and not s.startswith(("on ", "by ", "after ", "for ", "thanks ", "in ", "a week",
                                                      "at the next", "the next morning", "over the")):
            if e["op"] in "*/":
                conn = rng.choice(CONNECT_CALM)
            elif rng.random() < 0.2:
                c.day = (c.day + 1) % 7
                conn = "On " + DAYS[c.day]
            else:
                conn = rng.choice(CONNECT)
            s = conn + ", " + s
        if not t.get("need"):
            nums.append(e["b"])
        sents.append(cap(s) + ".")
        i += 1
    # ---- question
    set_ref(c, "pron" if rng.random() < 0.3 else "short")
    c.memo = pr["start_memo"]
    c.upl, c.usg = _unit_state(c, pr, n)
    last = events[-1]
    if last["t"].get("fq"):
        c.memo = last["memo"]
        q = fill(last["t"]["fq"], c)
    else:
        qs = [q for q in dom["q"] if not q.endswith("|left") or last["op"] in "-/"
              or pr["dname"] in ("dleft", "tbud")]
        if pr["dname"] == "people" and c.subj["tag"] == "veh":
            qs = [q for q in qs if "{do} {S} have" not in q]
        q = fill(rng.choice(qs).split("|")[0], c)
    q = cap(q)
    # ---- distractors
    extra = []
    if rng.random() < 0.3:
        set_ref(c, "pron" if rng.random() < 0.5 else "short")
        c.memo = {}
        extra.append(cap(fill(rng.choice(dom["dis"]), c)))
    if rng.random() < 0.13:
        set_ref(c, "short")
        c.memo = {}
        others = [it for it in ITEMS if c.item is None or it[0] != c.item[0]]
        c.other = rng.choice(others)[0]
        before = len(c.knums)
        extra.append(cap(fill(rng.choice(dom["disn"]), c)))
        nums_d = c.knums[before:]
    else:
        nums_d = []
    for x in extra:
        sents.insert(rng.randint(1, len(sents)), x)
    text = " ".join(sents + [q])
    if len(text.split()) > 90:
        return None
    return dict(text=text, nums=nums, distractor_nums=nums_d)


# ================================================================ slips (errors)
def _digits_swap(n):
    s = str(n)
    out = []
    for k in range(len(s) - 1):
        if s[k] != s[k + 1]:
            t = s[:k] + s[k + 1] + s[k] + s[k + 2:]
            if t[0] != "0":
                out.append(int(t))
    return out


def _digit_nudge(rng, n):
    s = str(n)
    k = rng.randrange(len(s))
    d = int(s[k]) + rng.choice((-1, 1))
    if d < 0 or d > 9 or (k == 0 and d == 0 and len(s) > 1):
        return None
    return int(s[:k] + str(d) + s[k + 1:])


def misreads(rng, n):
    """plausible misreadings / miscopies of a number."""
    out = _digits_swap(n) + [n + 1, n - 1]
    if n >= 20:
        out += [n + 10, n - 10]
    dn = _digit_nudge(rng, n)
    if dn is not None:
        out.append(dn)
    return [x for x in out if x > 0 and x != n]


def _nocarry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    digs = []
    for k in range(max(len(sa), len(sb))):
        x = (int(sa[k]) if k < len(sa) else 0) + (int(sb[k]) if k < len(sb) else 0)
        digs.append(str(x % 10))
    return int("".join(reversed(digs)))


def _noborrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    digs = []
    for k in range(len(sa)):
        x = int(sa[k])
        y = int(sb[k]) if k < len(sb) else 0
        digs.append(str(abs(x - y)))
    return int("".join(reversed(digs)))


def arith_slips(rng, a, op, b, t):
    main, other = [], []
    if op == "+":
        main.append(_nocarry_add(a, b))
        other += [t + 1, t - 1, t + 10, t - 10]
    elif op == "-":
        main.append(_noborrow_sub(a, b))
        other += [t + 1, t - 1, t + 10, t - 10]
    elif op == "*":
        main += [t + a, t - a, t + b, t - b]
        other += [t + 10, t - 10]
        if t >= 100:
            other += [t + 100, t - 100]
    else:
        main += [t + 1, t - 1]
        if t >= 20:
            other += [t + 10, t - 10]
    other += _digits_swap(t)
    dn = _digit_nudge(rng, t)
    if dn is not None:
        other.append(dn)
    main = [x for x in main if x >= 0 and x != t]
    other = [x for x in other if x >= 0 and x != t]
    rng.shuffle(main)
    rng.shuffle(other)
    return (main + other) if rng.random() < 0.6 else (other + main)


_WRONG_OPS = {"+": ["-", "-", "-", "*"], "-": ["+"], "*": ["+", "+", "/"], "/": ["*", "*", "-"]}


def true_eqs(pr):
    eqs = []
    if pr["factors"]:
        x, y = pr["factors"]
        eqs.append((x, "*", y, x * y))
        cur = x * y
    else:
        cur = pr["start"]
    for e in pr["events"]:
        r = apply_op(cur, e["op"], e["b"])
        eqs.append((cur, e["op"], e["b"], r))
        cur = r
    return eqs


def _propagate(pr, eqs, k, bad):
    """eqs[k] replaced by bad; later steps continue from the written value."""
    out = list(eqs[:k]) + [bad]
    cur = bad[3]
    off = 1 if pr["factors"] else 0
    for j in range(k + 1, len(eqs)):
        e = pr["events"][j - off]
        r = apply_op(cur, e["op"], e["b"])
        if r is None or r > 99999:
            return None
        out.append((cur, e["op"], e["b"], r))
        cur = r
    return out


def _other_numbers(pr, prob, exclude):
    pool = set(prob["nums"]) | set(prob["distractor_nums"])
    return [x for x in pool if x != exclude and x > 0]


def inject(rng, pr, prob, kind, k):
    eqs = true_eqs(pr)
    n = len(eqs)
    if kind == "none":
        return eqs, eqs[-1][3]
    if kind == "answer":
        t = eqs[-1][3]
        cands = []
        r = rng.random()
        if r < 0.3 and n >= 1 and eqs[-1][0] != t:
            cands.append(eqs[-1][0])          # forgot the last change
        elif r < 0.4 and eqs[-1][2] != t:
            cands.append(eqs[-1][2])          # reported the change, not the total
        cands += misreads(rng, t)
        cands = [x for x in cands if x != t and x >= 0]
        return (eqs, cands[0]) if cands else None
    a, op, b, t = eqs[k]
    off = 1 if pr["factors"] else 0
    ev = pr["events"][k - off] if k >= off else None
    tries = []
    if kind == "arithmetic":
        tries = [(a, op, b, x) for x in arith_slips(rng, a, op, b, t)]
    elif kind == "operation":
        ops = list(_WRONG_OPS[op])
        rng.shuffle(ops)
        for o in ops:
            r = apply_op(a, o, b)
            if r is not None and r != t:
                tries.append((a, o, b, r))
    else:  # operand
        if ev is None:  # product start: misread one factor
            for which in rng.sample([0, 1], 2):
                for x in misreads(rng, (a, b)[which]):
                    aa, bb = (x, b) if which == 0 else (a, x)
                    tries.append((aa, op, bb, aa * bb))
        else:
            bcands, acands = [], []
            fixedword = ev["t"].get("need") is not None
            if not fixedword:
                bcands += misreads(rng, b)
            others = _other_numbers(pr, prob, b)
            rng.shuffle(others)
            bcands = others[:2] + bcands if rng.random() < 0.5 else bcands + others[:2]
            acands += misreads(rng, a)
            if k >= 1 and eqs[k - 1][0] != a:
                acands.insert(0, eqs[k - 1][0])  # used the value from before the previous change
            if k == 0:
                acands = [x for x in _other_numbers(pr, prob, a)] + misreads(rng, a)
            first, second = (acands, "a"), (bcands, "b")
            order = [second, first] if (rng.random() < 0.65 and bcands) else [first, second]
            for lst, which in order:
                for x in lst:
                    aa, bb = (x, b) if which == "a" else (a, x)
                    r = apply_op(aa, op, bb)
                    if r is not None and r != t and r > 0:
                        tries.append((aa, op, bb, r))
    for bad in tries:
        if bad[3] < 0 or bad[3] == t and kind != "operand":
            continue
        out = _propagate(pr, eqs, k, bad)
        if out is not None:
            return out, out[-1][3]
    return None


# ================================================================ solution steps
GLYPHS = [({"+": "+", "-": "-", "*": "*", "/": "/"}, 50), ({"+": "+", "-": "−", "*": "×", "/": "÷"}, 25),
          ({"+": "+", "-": "-", "*": "×", "/": "÷"}, 20), ({"+": "+", "-": "-", "*": "x", "/": "/"}, 0)]
PREFIXES = [("", 38), ("**Step {k}:** ", 16), ("Step {k}: ", 8), ("{k}. ", 14), ("- ", 13), ("* ", 3),
            ("### Step {k}\n", 4), ("**{k}.** ", 4)]
INTRO = {
    "first": ["First,", "To start,", "To begin,", "First of all,", "Initially,"],
    "mid": ["Next,", "Then,", "After that,", "Now,", "Moving on,", "From there,"],
    "last": ["Finally,", "Lastly,", "Last,", "To finish,", "In the last step,"],
    "only": ["First,", "To solve this,", "Here,"],
}
OPV = {
    "+": ["add {b}", "add the {b}", "add {b} to the total", "increase the total by {b}", "add on {b}"],
    "-": ["subtract {b}", "take away {b}", "subtract the {b}", "remove {b} from the total", "take off {b}"],
    "*": ["multiply by {b}", "multiply the total by {b}", "scale it up by a factor of {b}", "multiply by {b}"],
    "/": ["divide by {b}", "divide the total by {b}", "split it into {b} equal parts", "divide by {b}"],
}
# g: the pattern needs a gerund description (a "p" template)
PAT = {
    "A": [("{Intro} we find {how} after {desc}: {EQ}{u}.", 0), ("{Intro} let's work out {how} after {desc}. {EQ}{u}.", 0),
          ("{Intro} we calculate {how} after {desc}: {EQ}{u}.", 0), ("{Intro} we need {how} after {desc}, so {EQ}{u}.", 0),
          ("{Intro} find {how} after {desc}: {EQ}{u}.", 0), ("{Intro} we figure out {how} after {desc}. That is {EQ}{u}.", 0),
          ("{Intro} we determine {how} after {desc}: {EQ}{u}.", 0)],
    "B": [("{Intro} after {desc}, {holder} {EQ}{u}.", 0), ("After {desc}, the total becomes {EQ}{u}.", 0),
          ("{EQ}{u}, so after {desc} {holder} {cq}.", 0), ("{Intro} {holder} {EQ}{u} after {desc}.", 0),
          ("{Intro} after {desc}, we are at {EQ}{u}.", 0), ("Once {desc} is counted, the total is {EQ}{u}.", 1)],
    "C": [("{Desc}: {EQ}{u}", 0), ("{Desc}: {EQ}{u}.", 0), ("{Desc} → {EQ}{u}", 0), ("{Opv}: {EQ}{u}", 0),
          ("After {desc}: {EQ}{u}", 0), ("{Desc}, so {EQ}{u}.", 1)],
    "D": [("{Intro} we {opv} for {desc}: {EQ}{u}.", 1), ("{Intro} we {opv}: {EQ}{u}. This means {holder} {cq} after {desc}.", 0),
          ("{Intro} {desc} means we {opv}. {EQ}{u}.", 1), ("To account for {desc}, we {opv}: {EQ}{u}.", 1),
          ("{Intro} we {opv}: {EQ}{u}. Therefore, {holder} {cq} {now2}.", 0),
          ("{Intro} since the next change is {desc}, we {opv}: {EQ}{u}.", 1),
          ("{Intro} the problem says {desc}, so we {opv}: {EQ}{u}.", 2)],
}
PAT_PRODUCT = ["{Intro} we find how many {I} there are to begin with: {EQ}{u}.",
               "{Intro} multiply to get the starting amount ({pdesc}): {EQ}{u}.",
               "{Intro} we compute the starting total from {pdesc}: {EQ}{u}.",
               "{Pdesc} gives {EQ}{u} to start.", "{Intro} {holder} {EQ}{u} at the start.",
               "Starting amount: {EQ}{u}", "{Intro} the starting total is {pdesc}, which is {EQ}{u}.",
               "{Intro} we multiply {pdesc}: {EQ}{u}."]
PAT_FQ = ["{Intro} {desc} gives {EQ}{u}.", "{Intro} we {opv}: {EQ}{u}.", "{Desc}: {EQ}{u}",
          "{Intro} we {opv} to get the answer: {EQ}{u}.", "{Intro} we {opv} for {desc}: {EQ}{u}."]
FINALS = [("The answer is {V}.", 8), ("**Answer:** {vq}", 8), ("#### {V}", 9), ("So the final answer is {V}.", 5),
          ("**Final answer:** {V}", 4), ("Answer: {V}", 4), ("The final answer is \\boxed{{V}}.", 3),
          ("Final answer: {vq}", 3), ("**{vq}**", 2), ("That leaves {vq}.", 2), ("This gives a final total of {vq}.", 2),
          ("HOLDER", 30), ("FA", 0)]
HOLDER_FINALS = ["{Holder} {vq} {leftw}.", "Therefore, {holder} {vq} {leftw}.", "So, {holder} {vq} {leftw}.",
                 "In the end, {holder} {vq}.", "{Holder} **{vq}** {leftw}.", "This means {holder} {vq} {leftw}."]


def _wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _sub(text, d):
    for k, v in d.items():
        text = text.replace("{" + k + "}", v)
    return text


def render_steps(rng, pr, eqs, final):
    c = pr["c"]
    dname = pr["dname"]
    dom = DOMAINS[dname]
    events = pr["events"]
    off = 1 if pr["factors"] else 0
    neq = len(eqs)
    glyph = _wchoice(rng, GLYPHS)
    prefix = _wchoice(rng, PREFIXES)
    tight = rng.random() < 0.05
    unit_after = rng.random() < 0.75
    fam = rng.choice("AABBCDD") if prefix not in ("- ", "* ") else rng.choice("CCABD")
    intro_p = rng.random() * 0.5 + 0.45
    restate_p = rng.random() * 0.3
    money = c.ukind == "money"
    subj = c.subj
    name = subj["short"]
    has = "have" if subj["pl"] else "has"
    if dname in ("people", "dleft"):
        holder = "there are"
    else:
        holder = name + " " + has
    steps = []
    for i, (a, op, b, r) in enumerate(eqs):
        pos = "only" if neq == 1 else ("first" if i == 0 else ("last" if i == neq - 1 else "mid"))
        ev = events[i - off] if i >= off else None
        upl, usg = _unit_state(c, pr, (i - off + 1) if ev else 0)
        if ev and pr["dname"] == "packs" and i - off == pr["mpos"]:
            upl, usg = c.item[0], c.item[1]
        if ev and ev["t"].get("fu"):
            upl, usg = ev["t"]["fu"]
        if dname == "packs" and (ev is None or (i - off) < pr["mpos"]):
            upl, usg = c.cont
        if money:
            u = " dollars" if unit_after and rng.random() < 0.5 else ""
            cq = "$" + str(r)
        else:
            u = (" " + (usg if r == 1 else upl)) if unit_after else ""
            cq = "%d %s" % (r, usg if r == 1 else upl)
        sp = "" if tight else " "
        eq = "%d%s%s%s%d%s=%s%d" % (a, sp, glyph[op], sp, b, sp, sp, r)
        intro = rng.choice(INTRO[pos]) if (rng.random() < intro_p or prefix == "") and rng.random() < 0.9 else ""
        bword = ("$" + str(b)) if money and op in "+-" else str(b)
        opv = rng.choice(OPV[op]).replace("{b}", bword)
        c.item_save = c.item
        how = dom["how"]
        if ev is not None:
            c.memo = ev["memo"]
            c.b = b
            c.btext = bword
            set_ref(c, "short")
            c.tense = "pres"
            desc = fill(ev["t"]["d"].replace("{B}", bword), c)
            c.tense = c.narr
            hw = _sub(how, {"I": upl, "U": upl, "name": name, "has": has, "loc": c.loc or ""})
            gerund = ev["t"]["kind"] == "p"
            if ev["t"].get("fq"):
                pats = [p for p in PAT_FQ if gerund or "for {desc}" not in p]
                pat = rng.choice(pats)
            else:
                f = fam if rng.random() < 0.7 else rng.choice("ABCD")
                pats = [p for p, g in PAT[f] if g == 0 or (g == 1 and gerund) or (g == 2 and not gerund)]
                pat = rng.choice(pats)
        else:
            desc = ""
            hw = ""
            pat = rng.choice([p for p in PAT_PRODUCT if op == "*" or "ultipl" not in p])
        d = {"EQ": eq, "u": u, "cq": cq, "how": hw, "desc": desc, "Desc": cap(desc), "opv": opv, "Opv": cap(opv),
             "holder": holder, "now2": rng.choice(["now", "at this point", "so far"]), "I": upl if not money else "dollars"}
        if ev is None:
            pd = pr.get("pdesc", "{A2} times {B2}")
            c.memo = pr["start_memo"]
            set_ref(c, "short")
            pdt = fill(pd.replace("{A2}", str(a)).replace("{B2}", str(b)).replace("{U}", c.U or ""), c) \
                if "{" in pd else pd
            d["pdesc"] = pdt
            d["Pdesc"] = cap(pdt)
        s = _sub(pat, d)
        if intro == "After that," and pat.startswith("{Intro} after"):
            intro = rng.choice(["Next,", "Then,", "Now,"])
        if intro:
            s = s.replace("{Intro}", intro)
        else:
            s = s.replace("{Intro} ", "").replace("{Intro}", "")
        s = cap(s.strip())
        if (rng.random() < restate_p and "{cq}" not in pat and not (ev and ev["t"].get("fq"))
                and not s.endswith(("→", ":"))):
            if not s.endswith("."):
                s += "."
            s += " " + rng.choice(["This means %s %s now." % (holder, cq), "So now there are %s." % cq,
                                   "The running total is %s." % cq, "That leaves %s at this point." % cq])
        pfx = prefix.replace("{k}", str(i + 1))
        steps.append(pfx + s)
    # ---- final answer
    last = events[-1]
    upl, usg = _unit_state(c, pr, len(events))
    if last["t"].get("fu"):
        upl, usg = last["t"]["fu"]
    vq = ("$" + str(final)) if money else "%d %s" % (final, usg if final == 1 else upl)
    form = _wchoice(rng, FINALS)
    if last["t"].get("fa") and rng.random() < 0.6:
        form = "FA"
    leftw = "left" if last["op"] in "-/" else rng.choice(["now", "in total", "at the end", "altogether"])
    if dname == "dleft":
        leftw = "left to go"
    if form == "HOLDER":
        if last["t"].get("fq"):
            form = rng.choice(["The answer is {V}.", "**Answer:** {vq}", "#### {V}"])
        else:
            form = rng.choice(HOLDER_FINALS)
    if form == "FA":
        form = rng.choice(last["t"]["fa"])
    s = _sub(form, {"V": str(final), "vq": vq, "holder": holder, "Holder": cap(holder), "leftw": leftw,
                    "Name": name})
    s = cap(s)
    if rng.random() < 0.08 and "####" not in s:
        s = s + "\n#### " + str(final)
    steps.append(s)
    return steps


# ================================================================ records
KINDS = ["arithmetic", "operand", "operation", "answer"]
_NCH_W = [12, 24, 28, 22, 14]


def _one(rng):
    r = rng.random()
    kind = "none" if r < 0.45 else KINDS[int((r - 0.45) / 0.55 * 4) % 4]
    poscat = rng.choice(["first", "middle", "last"]) if kind in KINDS[:3] else None
    for _ in range(200):
        dname = rng.choices(_DOM_NAMES, weights=_DOM_W)[0]
        n = rng.choices([1, 2, 3, 4, 5], weights=_NCH_W)[0]
        if poscat == "middle" and n < 2:
            n = rng.choice([2, 3, 4])
        pr = plan_problem(rng, dname, n)
        if pr is None:
            continue
        neq = n + (1 if pr["factors"] else 0)
        if poscat == "middle" and neq < 3:
            continue
        prob = render_problem(rng, pr)
        if prob is None:
            continue
        if kind in KINDS[:3]:
            k = 0 if poscat == "first" else (neq - 1 if poscat == "last" else rng.randint(1, neq - 2))
        else:
            k = neq
        res = inject(rng, pr, prob, kind, k)
        if res is None:
            continue
        eqs, final = res
        steps = render_steps(rng, pr, eqs, final)
        label = -1 if kind == "none" else k
        rec = {"problem": prob["text"], "steps": steps, "label": label,
               "final_answer_correct": final == pr["answer"], "error_kind": kind}
        meta = {"start": pr["start"], "factors": pr["factors"],
                "changes": [(e["op"], e["b"]) for e in pr["events"]], "answer": pr["answer"],
                "written": eqs, "final": final, "nums": prob["nums"], "dnums": prob["distractor_nums"],
                "domain": dname, "words": [e["ntext"] for e in pr["events"]],
                "need": [e["t"].get("need") for e in pr["events"]]}
        return rec, meta
    raise RuntimeError("could not build a record")


def generate_with_meta(seed, count):
    rng = random.Random(seed)
    recs, metas = [], []
    for i in range(count):
        rec, meta = _one(rng)
        rec = dict(id="gi-%d-%05d" % (seed, i), **rec)
        recs.append(rec)
        metas.append(meta)
    return recs, metas


def generate(seed: int, count: int) -> list:
    return generate_with_meta(seed, count)[0]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "records.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in generate(20261203, 400):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
