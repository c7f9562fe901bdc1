#!/usr/bin/env python3
"""gen-af: tiny-arith PRM records in the register of a general chat assistant.

Users type word problems in many ways (a quick question, a pasted homework task,
a worried parent); the solutions read like a chat model's answer: a friendly
opener, "Let's break this down", bold step headings, an explanation before and
after each equation, and endings such as "Therefore, the final answer is **14**."

Every record is built from an internal plan (start, changes) first; text is
rendered from the plan; errors are injected into the list of written equations.
Standard library only.  `python3 generator.py` writes records.jsonl.
"""
import json
import os
import random
import re

# ---------------------------------------------------------------- numbers ---
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
        70: "seventy", 80: "eighty", 90: "ninety"}


def num_word(n):
    if n < 20:
        return ONES[n]
    if n % 10 == 0:
        return TENS[n]
    return TENS[n // 10 * 10] + "-" + ONES[n % 10]


# ------------------------------------------------------------- inflection ---
IRR_PAST = {
    'be': 'was', 'have': 'had', 'do': 'did', 'go': 'went', 'buy': 'bought',
    'get': 'got', 'find': 'found', 'give': 'gave', 'win': 'won',
    'bring': 'brought', 'make': 'made', 'come': 'came', 'dig': 'dug',
    'catch': 'caught', 'take': 'took', 'lose': 'lost', 'sell': 'sold',
    'eat': 'ate', 'spend': 'spent', 'break': 'broke', 'throw': 'threw',
    'lend': 'lent', 'leave': 'left', 'send': 'sent', 'pay': 'paid',
    'put': 'put', 'feed': 'fed', 'keep': 'kept', 'split': 'split',
    'deal': 'dealt', 'hold': 'held', 'grow': 'grew', 'become': 'became',
    'wind': 'wound', 'shrink': 'shrank', 'shoot': 'shot', 'sit': 'sat',
    'cut': 'cut', 'set': 'set', 'spread': 'spread', 'fit': 'fit',
    'wear': 'wore', 'write': 'wrote', 'feel': 'felt', 'tell': 'told',
    'know': 'knew', 'begin': 'began', 'hear': 'heard', 'ride': 'rode',
    'drive': 'drove', 'read': 'read', 'sing': 'sang', 'say': 'said',
    'think': 'thought', 'stand': 'stood', 'swim': 'swam', 'run': 'ran',
    'draw': 'drew', 'see': 'saw', 'meet': 'met', 'forget': 'forgot',
    'hang': 'hung', 'stick': 'stuck', 'sleep': 'slept', 'hide': 'hid',
    'sweep': 'swept', 'wake': 'woke', 'bet': 'bet', 'light': 'lit',
}
DOUBLE = {'drop', 'grab', 'snag', 'swap', 'bag', 'ship', 'pop', 'plan', 'stop',
          'nab', 'chop', 'trim', 'tip', 'slip', 'hug', 'shop', 'spot', 'jog',
          'pat', 'sip', 'step', 'tap', 'wrap', 'zip', 'drag', 'clap', 'flip',
          'skip', 'scrub', 'plug', 'dig', 'win', 'get', 'put', 'split', 'sit',
          'cut', 'set', 'fit', 'run', 'swim', 'begin', 'forget', 'nap', 'rob',
          'stir', 'chat', 'knit', 'hum', 'bet', 'stub'}


def v_past(v):
    if v in IRR_PAST:
        return IRR_PAST[v]
    if v in DOUBLE:
        return v + v[-1] + 'ed'
    if v.endswith('e'):
        return v + 'd'
    if v.endswith('y') and v[-2] not in 'aeiou':
        return v[:-1] + 'ied'
    return v + 'ed'


def v_ger(v):
    if v == 'be':
        return 'being'
    if v.endswith('ie'):
        return v[:-2] + 'ying'
    if v in DOUBLE:
        return v + v[-1] + 'ing'
    if v.endswith('e') and not v.endswith('ee'):
        return v[:-1] + 'ing'
    return v + 'ing'


def v_3s(v):
    if v == 'have':
        return 'has'
    if v in ('do', 'go'):
        return v + 'es'
    if re.search(r'(s|x|z|ch|sh)$', v):
        return v + 'es'
    if v.endswith('y') and v[-2] not in 'aeiou':
        return v[:-1] + 'ies'
    return v + 's'


def conj(v, person, tense):
    """person: 1s, 2, 3s, 3p; tense: pres, past, ger."""
    if v == 'be':
        if tense == 'ger':
            return 'being'
        if tense == 'pres':
            return {'1s': 'am', '3s': 'is'}.get(person, 'are')
        return 'was' if person in ('1s', '3s') else 'were'
    if tense == 'ger':
        return v_ger(v)
    if tense == 'past':
        return v_past(v)
    return v_3s(v) if person == '3s' else v


VREF = re.compile(r'<(?:(1s|2|3s|3p):)?([a-z]+)>')


def render(text, person, tense, fills):
    def rep(m):
        return conj(m.group(2), m.group(1) or person, 'pres' if (m.group(1) and tense == 'ger') else tense)
    return VREF.sub(rep, text).format(**fills)


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch.isdigit():
            return s
    return s


# ------------------------------------------------------------------ names ---
FEMALE = """Maya Priya Lena Sofia Aisha Chloe Hana Ingrid Yara Zoe Nadia Elif Mei Rosa
Tamsin Greta Ines Farah Keiko Lucia Amara Beatriz Clara Daria Esme Fiona Gwen
Hattie Isla Juno Kiri Leila Mira Noor Olive Petra Rhea Saanvi Talia Uma Vera
Willa Ximena Yasmin Zainab Anouk Bea Cora Dalia Edith Freya Gemma Hazel Ida
Jade Kalani Lotte Maren Nell Opal Pia Rina Sade Tove Una Vida Adaeze Birgit
Camila Dunya Fatima Giulia Halima Ilse Jasmine Kavya Lucy Marisol Nkechi
Oksana Paloma Renata Siobhan Tallulah Ulla Valentina Wanjiru Yuki Zara Agnes
Bridget Celeste Delphine Elodie Flora Harriet Iris Josie Katya Lorna Mabel
Noemi Ottilie Pearl Ruth Selma Thea Viola Winnie Marta Soraya""".split()
MALE = """Omar Leo Mateo Kofi Ravi Tomas Felix Hugo Idris Jonah Kenji Luca Milo Nico
Oscar Pablo Rafael Soren Tariq Umar Viktor Wes Xavier Yusuf Zane Anders Bruno
Cyrus Dmitri Emeka Finn Gideon Hamza Ivo Jasper Kwame Lars Marco Nikhil Otto
Pedro Rohan Santiago Theo Ugo Vasco Wiremu Yannick Ziggy Arjun Bao Cillian
Dario Elias Florian Gus Hiro Ignacio Jomo Laszlo Mustafa Nate Oren Percy
Quentin Rashid Stellan Tobias Ulrich Vinny Walter Yorick Zeke Alfie Benedict
Cato Declan Ezra Fergus Gael Hector Ike Joaquin Kit Lorenzo Magnus Nils Obi
Pascal Reuben Silas Teodor Vaughn Wendell Yuto Zoltan Amir Bram Chidi Dev""".split()
NEUTRAL = """Sam Alex Robin Jordan Riley Quinn Wren Rowan Sasha Kai Ari Jules Sky
Emerson Frankie Charlie Jesse Noa Remy Taylor""".split()
GROUPS = ["the art club", "the scout troop", "the chess club", "the robotics team",
          "the school choir", "the soccer team", "the book club", "the drama club",
          "the science club", "the garden club", "the hiking club", "the debate team",
          "the youth orchestra", "the cooking club", "the swim team"]
RELS = ["aunt", "uncle", "grandma", "grandpa", "cousin", "neighbor", "older sister",
        "little brother", "best friend", "teacher", "coach", "godmother", "stepdad",
        "babysitter", "piano teacher", "mom", "dad", "big brother", "grandmother"]
PLACES = ["under the couch", "in the garage", "at the park", "behind the bookshelf",
          "in an old backpack", "on the way home", "in the attic", "at the beach",
          "in a coat pocket", "in the car", "under {poss} bed", "in the backyard",
          "in the sandbox", "on the playground", "in a kitchen drawer",
          "at the bottom of {poss} toy box", "inside a forgotten lunchbox"]

# ------------------------------------------------------------------ items ---
# Tags: O object, F food, E small edible, K baked, R garden fruit/veg, D dug up,
# G fragile, C collectible, c cards, N nature find, L small/rollable, U supply,
# W craft, I meltable, Z recyclable, M money, T points, P plant, A animal,
# h herd animal, Y poultry, B book/media, S shop stock, H people.
ITEM_SPEC = """
sticker:OCW marble:OLC pencil:OU crayon:OUI eraser:OU button:OUL bead:OUL
paper_clip:OUL rubber_band:OU hair_clip:O keychain:OCWS pin:OC badge:OC magnet:OCS
balloon:OU bottle_cap:OCZL glow_stick:OU bookmark:OW postcard:OCS notebook:OUS
pen:OUS marker:OU toy_car:OC building_block:OL puzzle_piece:OL bracelet:OW
friendship_bracelet:OW paper_crane:OW origami_star:OW party_hat:OU whistle:O
yo-yo:OS spinning_top:O action_figure:OC stuffed_animal:O comic_book:OCB
trading_card:OCc baseball_card:OCc playing_card:Oc stamp:OC coin:OCLM gemstone:OCL
fossil:OCDN seashell:OCN pebble:ONL pinecone:ON acorn:ONL feather:ON
piece_of_sea_glass/pieces_of_sea_glass:ONC leaf/leaves:ON rock:OND candle:OGU
battery/batteries:OU screw:OUL nail:OUL bolt:OUL key:O tennis_ball:OL golf_ball:OL
ping-pong_ball:OL sock:O mitten:OW scarf/scarves:OWS hat:OWS ribbon:OUW
sheet_of_paper/sheets_of_paper:OUZ envelope:OU greeting_card:OWS valentine:OW
piece_of_chalk/pieces_of_chalk:OU ceramic_tile:OGU toy_brick:OL paper_flower:OW
kite:OS water_balloon:OU pom-pom:OUL googly_eye:OUL sequin:OUL napkin:OU
paper_plate:OUZ plastic_cup:OUZ straw:OU toothpick:OU
apple:FR orange:FR banana:FR pear:FR peach/peaches:FR plum:FR lemon:FR lime:FR
mango/mangoes:FR kiwi:FR apricot:FR fig:FRE cherry/cherries:FRE
strawberry/strawberries:FRE blueberry/blueberries:FRE raspberry/raspberries:FRE
grape:FRE tomato/tomatoes:FR cherry_tomato/cherry_tomatoes:FRE carrot:FRD
potato/potatoes:FD radish/radishes:FD cucumber:FR bell_pepper:FR zucchini/zucchinis:FR
pumpkin:FR onion:FD beet:FD cookie:FKE cupcake:FK muffin:FKS brownie:FK donut:FKS
bagel:FKS croissant:FKS scone:FK dinner_roll:FK pretzel:FKE cracker:FE pancake:FK
waffle:FK tart:FK pie:FKS loaf_of_bread/loaves_of_bread:FKS cinnamon_roll:FKS
biscuit:FK candy/candies:FEI lollipop:FE chocolate:FEI chocolate_bar:FI jelly_bean:FE
gumdrop:FE gummy_bear:FEI marshmallow:FE almond:FE walnut:FE peanut:FE cashew:FE
pistachio/pistachios:FE egg:FGU dumpling:F meatball:F sandwich/sandwiches:F taco:F
samosa:F empanada:F spring_roll:F sushi_roll:F chicken_nugget:FE hot_dog:F
popsicle:FI ice_pop:FI granola_bar:F rice_ball:F mooncake:FK churro:FK baguette:FKS
melon:FRS
drinking_glass/drinking_glasses:GZ plate:G bowl:G mug:GS teacup:G vase:GS
glass_ornament:GC light_bulb:GUS jar:GZU bottle:GZ picture_frame:GS snow_globe:GCS
clay_pot:G mirror:GS figurine:GC
dollar:M euro:M quarter:ML dime:ML nickel:ML penny/pennies:ML rupee:M peso:M
point:T token:T arcade_ticket:T prize_ticket:T gold_star:T game_gem:T bonus_point:T
raffle_ticket:T reward_coin:T
sunflower_seed:PU tulip_bulb:P seedling:PS sapling:P tomato_plant:PS cutting:P
rose_bush/rose_bushes:PS potted_plant:PS succulent:PS fern:PS daisy/daisies:PS
pumpkin_seed:PU bean_plant:P
sheep/sheep:Ah cow:Ah goat:Ah pig:Ah horse:Ah alpaca:Ah llama:Ah rabbit:A
chicken:AY duck:AY goose/geese:AY turkey:AY hen:AY quail/quail:AY donkey:Ah
pony/ponies:Ah lamb:Ah calf/calves:Ah piglet:A dog:A cat:A kitten:A puppy/puppies:A
hamster:A guinea_pig:A goldfish/goldfish:A
book:B novel:BS magazine:BZ picture_book:B cookbook:BS dictionary/dictionaries:B
atlas/atlases:B DVD:B audiobook:B textbook:B storybook:B biography/biographies:B
t-shirt:OS umbrella:OS backpack:OS water_bottle:OS phone_case:OS chair:S
teddy_bear:OS toy_truck:OS board_game:OS jigsaw_puzzle:OS jump_rope:OS hammer:S
flashlight:S paint_can:S ladder:S toolbox/toolboxes:S bouquet:S rose:SP tulip:SP
sunflower:SP bar_of_soap/bars_of_soap:OSU scented_candle:OSG sweater:OS jacket:OS
pair_of_socks/pairs_of_socks:OS pair_of_sneakers/pairs_of_sneakers:S bike_helmet:S
skateboard:OS basketball:OS soccer_ball:OS carton_of_milk/cartons_of_milk:FS
jar_of_jam/jars_of_jam:FSG bag_of_rice/bags_of_rice:FS can_of_soup/cans_of_soup:FSZ
passenger:H person/people:H guest:H student:H visitor:H fan:H hiker:H swimmer:H
runner:H camper:H shopper:H tourist:H kid:H commuter:H dancer:H child/children:H
player:H volunteer:H skater:H diner:H
"""


def _plural(sg):
    if sg.endswith('y') and sg[-2] not in 'aeiou':
        return sg[:-1] + 'ies'
    if re.search(r'(s|x|z|ch|sh)$', sg):
        return sg + 'es'
    return sg + 's'


ITEMS = {}
for _tok in ITEM_SPEC.split():
    _name, _tags = _tok.split(':')
    if '/' in _name:
        _sg, _pl = _name.split('/')
    else:
        _sg, _pl = _name, None
    _sg = _sg.replace('_', ' ')
    _pl = _pl.replace('_', ' ') if _pl else _plural(_sg)
    ITEMS[_sg] = (_sg, _pl, frozenset(_tags))

PERSONAL_TAGS = set("OFCGNMTPWULEKRDIZ")
PERSONAL_ITEMS = [k for k, v in ITEMS.items() if v[2] & PERSONAL_TAGS and 'H' not in v[2]]
FARM_ITEMS = [k for k, v in ITEMS.items() if 'h' in v[2] or 'Y' in v[2]]

ORGS = [
    (["the bakery", "the corner bakery", "the village bakery", "the café"],
     ["cookie", "cupcake", "muffin", "brownie", "donut", "bagel", "croissant", "scone",
      "pie", "loaf of bread", "cinnamon roll", "baguette", "tart", "pretzel", "churro"], ""),
    (["the grocery store", "the market stall", "the corner shop"],
     ["apple", "orange", "banana", "pear", "melon", "lemon", "mango", "carton of milk",
      "jar of jam", "bag of rice", "can of soup", "potato", "tomato"], ""),
    (["the toy store", "the toy shop"],
     ["teddy bear", "toy truck", "kite", "board game", "jigsaw puzzle", "jump rope",
      "yo-yo", "skateboard", "basketball", "soccer ball"], ""),
    (["the library", "the school library", "the town library"],
     ["book", "novel", "magazine", "picture book", "cookbook", "DVD", "audiobook",
      "storybook", "biography", "atlas", "dictionary"], ""),
    (["the bookshop", "the secondhand bookstore"],
     ["book", "novel", "cookbook", "comic book", "picture book", "magazine", "atlas"], "S"),
    (["the garden center", "the plant nursery"],
     ["seedling", "tomato plant", "rose bush", "potted plant", "succulent", "fern", "daisy"], "S"),
    (["the flower shop", "the florist"],
     ["rose", "tulip", "sunflower", "bouquet", "daisy"], "S"),
    (["the hardware store"],
     ["hammer", "flashlight", "paint can", "ladder", "toolbox", "light bulb", "battery"], "S"),
    (["the clothing shop", "the thrift store"],
     ["t-shirt", "sweater", "jacket", "scarf", "hat", "pair of socks", "pair of sneakers"], "S"),
    (["the animal shelter", "the rescue center"],
     ["dog", "cat", "kitten", "puppy", "rabbit", "hamster", "guinea pig"], ""),
    (["the farm", "Green Valley Farm", "the petting zoo", "Hilltop Farm"],
     ["sheep", "cow", "goat", "pig", "chicken", "duck", "horse", "alpaca", "goose",
      "turkey", "donkey", "lamb"], "S"),
    (["the pet shop"], ["goldfish", "hamster", "rabbit", "guinea pig", "kitten"], "S"),
    (["the gift shop", "the museum gift shop"],
     ["snow globe", "postcard", "keychain", "mug", "magnet", "scented candle", "bookmark"], "S"),
]

VENUES = [  # name, prep, vehicle?, people
    ("the bus", "on the bus", True, ["passenger", "person", "kid", "commuter", "student", "tourist"]),
    ("the train", "on the train", True, ["passenger", "person", "commuter", "tourist"]),
    ("the ferry", "on the ferry", True, ["passenger", "person", "tourist"]),
    ("the tram", "on the tram", True, ["passenger", "person", "commuter"]),
    ("the shuttle", "on the shuttle", True, ["passenger", "person", "guest", "tourist"]),
    ("the museum", "in the museum", False, ["visitor", "person", "tourist", "student"]),
    ("the party", "at the party", False, ["guest", "person", "kid", "child", "dancer"]),
    ("the pool", "at the pool", False, ["swimmer", "person", "kid", "child"]),
    ("the stadium", "in the stadium", False, ["fan", "person", "player", "volunteer"]),
    ("the park", "in the park", False, ["person", "hiker", "runner", "kid"]),
    ("the concert hall", "in the concert hall", False, ["guest", "person", "fan"]),
    ("the fair", "at the fair", False, ["visitor", "person", "kid", "shopper"]),
    ("the campsite", "at the campsite", False, ["camper", "hiker", "person"]),
    ("the ice rink", "at the ice rink", False, ["skater", "person", "kid"]),
    ("the café", "in the café", False, ["diner", "person", "guest"]),
    ("the zoo", "at the zoo", False, ["visitor", "person", "child", "tourist"]),
    ("the gym", "in the gym", False, ["student", "runner", "person", "player"]),
]

# ------------------------------------------------------------- templates ---
# (text, cats, actor kinds) ; actor kinds: p person/I, g group, o shop/org, v venue
# cats: item tags (J = on a vehicle, Q = at a venue, * = any)
ADD_T = [
    ("<buy> {n} more {items}", "OFCGPSWBKRAU", "pgo"),
    ("<get> {n} more {items}", "OFCGPMTABNSWU", "pgo"),
    ("<find> {n} {items} {place}", "OCMNL", "p"),
    ("<receive> {n} {items} from {other}", "OFCGMWB", "p"),
    ("<be> given {n} {items} by {poss} {rel}", "OFCGMPWB", "p"),
    ("<collect> {n} more {items}", "OCTNZ", "pg"),
    ("<win> {n} {items} at the school fair", "OCTM", "pg"),
    ("<earn> {n} more {items}", "MT", "pg"),
    ("<pick> up {n} more {items} at the store", "OFGUW", "pg"),
    ("<bake> another {n} {items}", "K", "pgo"),
    ("<pick> {n} more {items} from the garden", "R", "pg"),
    ("<trade> for {n} more {items}", "C", "p"),
    ("{other} <3s:give> {obj} {n} more {items}", "OFCGMWNB", "p"),
    ("{n} more {items} <3p:arrive> in the mail", "OCPBS", "pgo"),
    ("<add> {n} {items} to {poss} collection", "CN", "pg"),
    ("<bring> home {n} more {items}", "OFGCPANB", "p"),
    ("<make> {n} more {items}", "KW", "pg"),
    ("<gather> {n} more {items}", "NR", "pg"),
    ("<save> up another {n} {items}", "M", "pg"),
    ("<order> {n} more {items} online", "OGCSBU", "pgo"),
    ("<score> {n} more {items}", "T", "pg"),
    ("<snag> {n} more {items} at a yard sale", "OCGB", "p"),
    ("<come> home with {n} more {items}", "OFCGNB", "p"),
    ("<get> {n} {items} as a birthday present", "OCMGB", "p"),
    ("<dig> up {n} more {items}", "D", "pg"),
    ("{poss} {rel} <3s:drop> off {n} more {items}", "OFCGBU", "p"),
    ("<rake> in {n} more {items}", "MT", "pgo"),
    ("<pocket> another {n} {items}", "MTL", "p"),
    ("<pull> {n} more {items} out of the lost-and-found box", "O", "p"),
    ("<restock> the shelves with {n} more {items}", "S", "o"),
    ("a delivery of {n} {items} <3s:arrive>", "SK", "o"),
    ("<take> in {n} more {items}", "AB", "o"),
    ("{n} {items} <3p:be> born", "A", "po"),
    ("{n} more {items} <3p:hatch>", "Y", "po"),
    ("<adopt> {n} more {items}", "A", "p"),
    ("{n} more {items} <3p:show> up", "Q", "v"),
    ("{n} {items} <3p:get> on", "J", "v"),
    ("<pick> up {n} more {items}", "J", "v"),
    ("{n} more {items} <3p:join> in", "Q", "v"),
    ("another {n} {items} <3p:walk> in", "Q", "v"),
    ("{n} {items} <3p:climb> aboard", "J", "v"),
    ("<welcome> {n} more {items}", "Q", "v"),
    ("<be> handed {n} more {items}", "OFCGMTW", "pg"),
    ("<grab> {n} extra {items}", "OFU", "p"),
    ("<stock> up on {n} more {items}", "FUS", "pgo"),
    ("<borrow> {n} {items} from {other}", "OBU", "p"),
    ("<inherit> {n} {items} from {poss} {rel}", "CMB", "p"),
    ("<land> {n} more {items} in a trade", "C", "p"),
    ("{other} <3s:hand> {obj} another {n} {items}", "OFCMTW", "p"),
    ("<buy> a pack of {n} {items}", "OCU", "p"),
    ("<raise> another {n} {items}", "M", "go"),
    ("<harvest> {n} more {items}", "RD", "pgo"),
    ("a neighbor <3s:donate> {n} {items} to {obj}", "OBFW", "go"),
    ("<receive> a shipment of {n} {items}", "SB", "o"),
    ("<buy> {n} more {items} at the auction", "A", "po"),
    ("{n} new {items} <3p:come> in", "SBA", "o"),
    ("{n} more {items} <3p:pile> in", "Q", "v"),
]
SUB_T = [
    ("<give> away {n} {items}", "OFCGPMBSWU", "pgo"),
    ("<give> {n} {items} to {other}", "OFCGPMWNB", "p"),
    ("<lose> {n} {items}", "OCMTNL", "pg"),
    ("<sell> {n} {items}", "OFCGSPBWK", "pgo"),
    ("<eat> {n} {items}", "F", "pg"),
    ("<use> {n} {items}", "U", "pgo"),
    ("<drop> {n} {items} down a drain", "L", "p"),
    ("<spend> {n} {items}", "MT", "pg"),
    ("<donate> {n} {items} to the school fair", "OFCGBWS", "pgo"),
    ("<break> {n} {items}", "G", "pg"),
    ("<throw> out {n} {items}", "FGZU", "pgo"),
    ("<hand> out {n} {items} to {poss} classmates", "OFW", "p"),
    ("<lend> {n} {items} to {other}", "OBCU", "p"),
    ("<trade> away {n} {items}", "C", "p"),
    ("<mail> {n} {items} to {poss} {rel}", "OCW", "p"),
    ("<misplace> {n} {items}", "OCMB", "p"),
    ("<leave> {n} {items} on the bus", "OU", "p"),
    ("<munch> on {n} of the {items}", "F", "p"),
    ("<gobble> up {n} {items}", "F", "p"),
    ("{n} of the {items} <3p:crack>", "G", "pgo"),
    ("{n} of the {items} <3p:go> bad", "F", "pgo"),
    ("{n} {items} <3p:roll> under the couch and <3p:be> never found", "L", "p"),
    ("the dog <3s:eat> {n} of the {items}", "F", "p"),
    ("{poss} little brother <3s:take> {n} {items}", "OFC", "p"),
    ("the puppy <3s:chew> up {n} {items}", "OW", "p"),
    ("<pay> {n} {items} for a ticket", "M", "p"),
    ("<put> {n} {items} in the donation box", "OWCB", "p"),
    ("<return> {n} {items} to the store", "OGUS", "p"),
    ("<plant> {n} of the {items}", "P", "pg"),
    ("<pack> {n} {items} into lunchboxes", "F", "pg"),
    ("<recycle> {n} {items}", "Z", "pgo"),
    ("<toss> {n} {items} into the recycling bin", "Z", "pg"),
    ("<hand> over {n} {items}", "OMCT", "p"),
    ("<sneak> {n} {items} to the dog", "F", "p"),
    ("<pass> {n} {items} along to a classmate", "OCW", "p"),
    ("<use> up {n} {items} on a school project", "U", "pg"),
    ("<part> with {n} {items}", "CO", "p"),
    ("{n} {items} <3p:get> off", "J", "v"),
    ("{n} {items} <3p:leave>", "Q", "v"),
    ("{n} of the {items} <3p:head> home early", "Q", "v"),
    ("<drop> off {n} {items}", "J", "v"),
    ("{n} {items} <3p:wander> off", "A", "po"),
    ("<lose> {n} {items} for a wrong answer", "T", "p"),
    ("<cash> in {n} {items} for a prize", "T", "p"),
    ("<lend> out {n} {items}", "B", "o"),
    ("{n} {items} <3p:be> checked out", "B", "o"),
    ("<serve> {n} {items} to customers", "K", "o"),
    ("{n} of the {items} <3p:melt> in the sun", "I", "pg"),
    ("<knock> over and <break> {n} {items}", "G", "p"),
    ("<send> {n} {items} to {other}", "OCMW", "p"),
    ("<ship> {n} {items} to customers", "S", "o"),
    ("{n} {items} <3p:be> sold", "SK", "o"),
    ("<sell> {n} {items} at the market", "Ah", "po"),
    ("<adopt> out {n} {items}", "A", "o"),
    ("{n} {items} <3p:be> adopted", "A", "o"),
    ("{n} {items} <3p:step> off at the next stop", "J", "v"),
    ("<hand> {n} {items} back to {other}", "OBC", "p"),
    ("{n} of the {items} <3p:slip> out early", "Q", "v"),
]
MUL_T = [  # (text, cats, actors, implicit multiplier)
    ("<double> {poss} {items}", "*", "pgo", 2),
    ("<triple> {poss} {items}", "*", "pgo", 3),
    ("the number of {items} <3s:double>", "*", "pgov", 2),
    ("{poss} collection of {items} <3s:triple>", "CNO", "pg", 3),
    ("<end> up with twice as many {items} as before", "*", "pgo", 2),
    ("<end> up with {n} times as many {items}", "*", "pgo", None),
    ("{poss} pile of {items} <3s:grow> to {n} times its size", "ONCFL", "pg", None),
    ("the number of {items} <3s:become> {n} times larger", "*", "pgov", None),
    ("<manage> to multiply {poss} {items} by {n}", "MT", "pg", None),
    ("a lucky trade <3s:leave> {obj} with {n} times as many {items}", "C", "p", None),
    ("{poss} {items} <3p:go> up {n}-fold", "MTS", "pgo", None),
    ("<trade> each of {poss} {items} for {n} new ones", "C", "p", None),
    ("a bonus round <3s:multiply> {poss} {items} by {n}", "T", "pg", None),
    ("a bonus <3s:double> {poss} {items}", "T", "pg", 2),
    ("{poss} {items} <3p:triple> thanks to a matching gift", "M", "pgo", 3),
    ("<grow> {poss} stash of {items} to {n} times what it was", "OCMFNL", "p", None),
    ("the {items} <3p:multiply> until there <3p:be> {n} times as many", "A", "po", None),
    ("<buy> enough to have {n} times as many {items}", "OFSU", "pgo", None),
    ("by noon, {n} times as many {items} <3p:be> there", "H", "v", None),
    ("the crowd <3s:double> in size", "H", "v", 2),
    ("the crowd <3s:grow> to {n} times its size", "H", "v", None),
    ("<quadruple> {poss} {items}", "MTCO", "pgo", 4),
    ("{poss} stock of {items} <3s:get> doubled", "SFU", "pgo", 2),
    ("<increase> {poss} {items} {n}-fold", "MTS", "pgo", None),
    ("a big order <3s:leave> {obj} with {n} times as many {items}", "S", "o", None),
    ("<wind> up with triple the number of {items}", "*", "pgo", 3),
    ("<make> {poss} pile of {items} twice as big", "OCFNL", "p", 2),
    ("<multiply> {poss} {items} by {n}", "MT", "pg", None),
    ("the herd <3s:grow> to {n} times its size", "h", "po", None),
    ("the flock <3s:double>", "Y", "po", 2),
    ("each of the {items} <3s:get> swapped for {n} new ones", "C", "p", None),
    ("<have> {n} times as many {items} after a big shopping trip", "OFU", "p", None),
    ("the total <3s:climb> to {n} times what it was", "*", "pgov", None),
    ("{poss} {items} <3p:double> overnight", "MTA", "pgo", 2),
    ("a generous donor <3s:triple> the {items}", "MB", "go", 3),
    ("<receive> enough extra {items} to make {poss} total {n} times bigger", "OFCM", "p", None),
    ("the count of {items} <3s:shoot> up to {n} times what it was", "*", "pgov", None),
    ("<end> up with double the {items}", "*", "pgo", 2),
    ("{poss} supply of {items} <3s:become> {n} times as large", "UFS", "pgo", None),
    ("the number of {items} {prep} <3s:triple>", "H", "v", 3),
    ("<see> the number of {items} jump to {n} times what it was", "*", "pgov", None),
    ("the line of {items} <3s:get> {n} times longer", "Q", "v", None),
]
DIV_T = [  # (text, cats, actors, implicit divisor)
    ("<share> them equally among {n} friends and <keep> one share", "OFCGMTW", "p", None),
    ("<split> {poss} {items} into {n} equal groups and <keep> one group", "OFCGNWL", "pg", None),
    ("<give> away half of {poss} {items}", "OFCGMBWNUS", "pgo", 2),
    ("<lose> half of {poss} {items}", "OCMTN", "pg", 2),
    ("<keep> only a third of the {items} and <give> the rest away", "OFCGW", "pgo", 3),
    ("<divide> the {items} evenly between {n} jars and <hold> on to just one jar", "LEMU", "p", None),
    ("<pack> the {items} equally into {n} boxes and <take> one box to school", "OFWU", "p", None),
    ("<sort> the {items} into {n} equal piles and <put> all but one pile away", "OCNL", "pg", None),
    ("{poss} stack of {items} <3s:shrink> to half its size", "OCBW", "pgo", 2),
    ("only a third of the {items} <3p:survive> the trip", "FG", "pgo", 3),
    ("half of the {items} <3p:go> missing", "OCMN", "pg", 2),
    ("<sell> half of the {items}", "OFSGCK", "pgo", 2),
    ("<deal> the {items} out evenly into {n} hands and <keep> one hand", "c", "p", None),
    ("<portion> the {items} equally into {n} bags and <keep> one bag", "FEUL", "p", None),
    ("<pour> the {items} equally into {n} bowls and <keep> one bowl", "E", "pg", None),
    ("<arrange> the {items} in {n} equal rows and <keep> only one row", "OGSP", "pgo", None),
    ("the number of {items} <3s:drop> to half", "*", "pgov", 2),
    ("{poss} {items} <3p:get> cut in half", "MT", "pg", 2),
    ("{poss} {items} <3p:be> halved", "MTS", "pgo", 2),
    ("<halve> {poss} pile of {items}", "OCFNL", "p", 2),
    ("<split> the lot {n} ways and <keep> one portion", "OFMEU", "pg", None),
    ("<share> the {items} evenly with {poss} team, {n} people in all, and <keep> one share", "OFMTE", "p", None),
    ("<bag> the {items} into {n} equal bags and <give> away every bag but one", "OFE", "pg", None),
    ("<end> up with just one of {n} equal shares of the {items}", "*", "pgo", None),
    ("<split> the {items} equally across {n} shelves and <keep> only one shelf's worth", "BSO", "pgo", None),
    ("<give> away all but a third of the {items}", "OFCGBW", "pgo", 3),
    ("<leave> half of the {items} at home", "OCU", "p", 2),
    ("<hand> back half of the {items}", "OBCU", "p", 2),
    ("a storm <3s:wash> away half of the {items}", "NP", "pg", 2),
    ("<group> the {items} into {n} equal stacks and <keep> just one stack", "OCMBL", "pgo", None),
    ("half of the {items} <3p:get> off", "J", "v", 2),
    ("half of the {items} <3p:leave>", "Q", "v", 2),
    ("only a third of the {items} <3p:stay>", "Q", "v", 3),
    ("the {items} <3p:split> into {n} equal groups and only one group <3s:stay>", "QJ", "v", None),
    ("<cut> the number of {items} in half", "SOB", "pgo", 2),
    ("<divide> {poss} {items} into {n} equal piles and <donate> all but one", "OCBW", "pgo", None),
    ("<keep> one out of every {n} {items} and <donate> the others", "OCBWS", "pgo", None),
    ("<distribute> the {items} evenly into {n} baskets and <keep> one basket", "FR", "pgo", None),
    ("<move> half of the {items} to another field", "h", "po", 2),
    ("<trade> half of {poss} {items} away", "C", "p", 2),
    ("only half of the {items} <3p:fit> in the new case, so the rest <3p:go> to a cousin", "OCL", "p", 2),
]
EACH_T = [  # last change only: (text, cats, actors, question, answer lead)
    ("<share> the {items} equally among {n} friends", "OFCGMTWE", "p",
     "How many {items} <3s:do> each friend get?", "each friend <3s:get>"),
    ("<pack> the {items} into {n} boxes with the same number in each", "OFGWUS", "pgo",
     "How many {items} <3p:go> in each box?", "each box <3s:get>"),
    ("<split> the {items} evenly among {n} classmates", "OFWE", "pg",
     "How many {items} <3s:do> each classmate receive?", "each classmate <3s:receive>"),
    ("<divide> the {items} equally into {n} bags", "OFCNMEL", "pgo",
     "How many {items} <3p:end> up in each bag?", "each bag <3s:hold>"),
    ("<plant> the {items} in {n} equal rows", "P", "pgo",
     "How many {items} <3p:be> in each row?", "each row <3s:have>"),
    ("the {items} <3p:be> split evenly into {n} groups", "H", "v",
     "How many {items} <3p:be> in each group?", "each group <3s:have>"),
    ("<spread> the {items} evenly over {n} shelves", "BS", "o",
     "How many {items} <3p:go> on each shelf?", "each shelf <3s:get>"),
    ("<hand> the {items} out equally to {n} neighbors", "FRK", "pg",
     "How many {items} <3s:do> each neighbor get?", "each neighbor <3s:get>"),
    ("<put> the {items} into {n} equal piles", "OCNL", "pg",
     "How many {items} <3p:be> in each pile?", "each pile <3s:have>"),
]
START_T = [
    ("{S} <have> {n} {items}", "*", "pgov"),
    ("{S} <start> with {n} {items}", "*", "pgo"),
    ("{S} <own> {n} {items}", "OCGBSA", "pgo"),
    ("{S} <keep> {n} {items} in a shoebox", "OCNL", "p"),
    ("{S} <have> a collection of {n} {items}", "CN", "pg"),
    ("{S} <count> {n} {items} in {poss} drawer", "OUL", "p"),
    ("there <3p:be> {n} {items} in {PN} {box}", "OFCLUNMWE", "pg"),
    ("{PN} jar <3s:hold> {n} {items}", "LMEU", "pg"),
    ("{S} <begin> the week with {n} {items}", "*", "pgo"),
    ("{S} <have> saved {n} {items}", "M", "pg"),
    ("{n} {items} <3p:sit> on {PN} shelf", "OCGBK", "pg"),
    ("{S} <have> {n} {items} in stock", "SK", "o"),
    ("{S} <open> in the morning with {n} {items} on the shelves", "SKB", "o"),
    ("there <3p:be> {n} {items} {prep}", "H", "v"),
    ("{S} <have> {n} {items} on board", "J", "v"),
    ("{n} {items} <3p:be> {prep}", "H", "v"),
    ("{S} <leave> the station with {n} {items} on board", "J", "v"),
    ("{S} <raise> {n} {items} on {poss} farm", "A", "p"),
    ("there <3p:be> {n} {items} on {PN} farm", "A", "p"),
    ("{S} <look> after {n} {items}", "A", "po"),
    ("{S} <score> {n} {items} in the opening game", "T", "pg"),
    ("{S} <pick> {n} {items} in the morning", "R", "pg"),
    ("{S} <bake> {n} {items} for the fair", "K", "pgo"),
    ("{S} <have> {n} {items} on {poss} shelves", "B", "o"),
    ("{S} <grow> {n} {items} in {poss} garden", "P", "pg"),
    ("{S} <have> {n} {items} in {poss} piggy bank", "M", "p"),
]
# product starts: {a} count, {b} per unit; order = order of a/b in the text
PSTART_T = [
    ("{S} <have> {a} {cpl} with {b} {items} {cprep} each", "#", "pgo", "ab"),
    ("{S} <buy> {a} {cpl} of {items}, with {b} {items} {cprep} each {csg}", "#", "pgo", "ab"),
    ("there <3p:be> {a} {cpl} in {PN} {loc}, and each <3s:hold> {b} {items}", "#", "pgo", "ab"),
    ("{S} <start> out with {a} {cpl} of {b} {items}", "#", "pgo", "ab"),
    ("{S} <fill> {a} {cpl} with {b} {items} each", "#", "pgo", "ab"),
    ("each of {PN} {a} {cpl} <3s:hold> {b} {items}", "#", "pgo", "ab"),
    ("{S} <pack> {b} {items} into each of {a} {cpl}", "#", "pgo", "ba"),
    ("{S} <plant> {a} rows of {b} {items}", "P", "pgo", "ab"),
    ("{a} buses <3p:pull> up, each with {b} {items} on board, and all of them <3p:end> up {prep}", "Q", "v", "ab"),
    ("there <3p:be> {a} tables {prep} with {b} {items} at each", "Q", "v", "ab"),
    ("{S} <earn> {b} {items} a day for {a} days", "MT", "pg", "ba"),
    ("{S} <save> {b} {items} every week for {a} weeks", "M", "pg", "ba"),
    ("{S} <score> {b} {items} in each of {a} rounds", "T", "pg", "ba"),
    ("{S} <have> {a} pens with {b} {items} in each", "A", "po", "ab"),
    ("{S} <have> {a} shelves with {b} {items} on each", "BS", "o", "ab"),
    ("{S} <bake> {a} trays of {items} with {b} on each tray", "K", "pgo", "ab"),
    ("{a} carriages <3p:be> hooked up, each carrying {b} {items}", "J", "v", "ab"),
]
CONTAINERS = [  # tag -> (sg, pl, prep)
    ("fish", [("tank", "tanks", "in"), ("bowl", "bowls", "in")]),
    ("h", [("pen", "pens", "in"), ("barn", "barns", "in"), ("field", "fields", "in")]),
    ("Y", [("coop", "coops", "in"), ("pen", "pens", "in")]),
    ("A", [("pen", "pens", "in"), ("enclosure", "enclosures", "in"), ("room", "rooms", "in")]),
    ("K", [("tray", "trays", "on"), ("box", "boxes", "in"), ("basket", "baskets", "in")]),
    ("E", [("bag", "bags", "in"), ("bowl", "bowls", "in"), ("jar", "jars", "in"), ("tin", "tins", "in")]),
    ("F", [("bag", "bags", "in"), ("box", "boxes", "in"), ("basket", "baskets", "in"), ("crate", "crates", "in")]),
    ("G", [("box", "boxes", "in"), ("crate", "crates", "in"), ("carton", "cartons", "in")]),
    ("M", [("envelope", "envelopes", "in"), ("jar", "jars", "in"), ("wallet", "wallets", "in")]),
    ("P", [("tray", "trays", "in"), ("packet", "packets", "in"), ("planter", "planters", "in")]),
    ("B", [("shelf", "shelves", "on"), ("box", "boxes", "in"), ("cart", "carts", "on")]),
    ("S", [("shelf", "shelves", "on"), ("crate", "crates", "in"), ("rack", "racks", "on"), ("box", "boxes", "in")]),
    ("c", [("deck", "decks", "in"), ("binder", "binders", "in")]),
    ("C", [("album", "albums", "in"), ("box", "boxes", "in"), ("folder", "folders", "in")]),
    ("O", [("box", "boxes", "in"), ("bag", "bags", "in"), ("pack", "packs", "in"), ("jar", "jars", "in"),
           ("tin", "tins", "in"), ("pouch", "pouches", "in"), ("bucket", "buckets", "in"), ("case", "cases", "in")]),
]
BOXES = ["jar", "box", "tin", "basket", "drawer", "backpack", "bucket", "pencil case"]
LOCS = {"p": ["room", "garage", "closet", "attic", "basement"], "g": ["clubroom", "storage room"],
        "o": ["storeroom", "back room", "warehouse"]}


def _prep(lst):
    out = []
    for t in lst:
        text = t[0]
        d = {'text': text, 'cats': set(t[1]), 'actors': t[2]}
        d['actor_subject'] = bool(re.match(r'<[a-z]+>', text))
        d['ger_ok'] = d['actor_subject'] and not re.search(r'<(1s|2|3s|3p):', text)
        d['dozen_ok'] = bool(re.search(r'\{n\} (more )?\{items\}', text)) and 'every {n}' not in text
        out.append((d, t))
    return out


def _mk(lst, op, kind):
    res = []
    for d, t in _prep(lst):
        d['op'] = op
        d['kind'] = kind
        if kind in ('mul', 'div'):
            d['imp'] = t[3]
        elif kind == 'each':
            d['imp'] = None
            d['q'] = t[3]
            d['ans'] = t[4]
        elif kind == 'pstart':
            d['order'] = t[3]
            d['imp'] = None
        else:
            d['imp'] = None
        if op in ('+', '-'):
            pass
        else:
            d['dozen_ok'] = False
        res.append(d)
    return res


TEMPLATES = {
    '+': _mk(ADD_T, '+', 'add'),
    '-': _mk(SUB_T, '-', 'sub'),
    '*': _mk(MUL_T, '*', 'mul'),
    '/': _mk(DIV_T, '/', 'div'),
}
EACH = _mk(EACH_T, '/', 'each')
STARTS = _mk(START_T, None, 'start')
for _d in STARTS:
    _d['dozen_ok'] = True
PSTARTS = _mk(PSTART_T, '*', 'pstart')

# -------------------------------------------------------- connective text ---
TIME_FIRST = ["In the morning", "Early on", "That morning", "Right after breakfast", "Before noon",
              "At the start of the week"]
TIME_FIRST_P = ["At recess", "Before lunch", "On the first day of the holidays"]
TIME_LATER = ["Later", "Then", "After that", "The next day", "That afternoon", "A little later",
              "Afterward", "Later that week", "By the evening", "Soon after", "Over the weekend",
              "After school", "The following morning", "Around lunchtime", "Next"]
TIME_LAST = ["Finally", "In the end", "At the end of the day", "Last of all", "Before bedtime"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

DISTRACT = [
    "It <3s:be> a rainy Sunday.", "{S} <love> {items}.", "The weather <3s:be> perfect that day.",
    "{S} <be> in a great mood.", "Everyone <3s:seem> busy.", "It <3s:be> the last week of summer break.",
    "The sun <3s:be> shining.", "Nobody else <3s:notice>.", "Music <3s:play> in the background.",
    "It <3s:be> getting late.", "The wind <3s:be> picking up.", "Everything <3s:happen> quickly.",
    "The radio <3s:be> on the whole time.", "It <3s:be> a busy week.", "The cat <3s:nap> nearby.",
    "The {items} <3p:look> brand new.", "Some of the {items} <3p:be> a little dusty.",
    "The kitchen <3s:smell> like cinnamon.", "Nobody <3s:know> exactly why.",
    "It <3s:be> a windy afternoon.", "The whole thing <3s:feel> like an adventure.",
]
DISTRACT_P = [
    "{S} <hum> a song the whole time.", "{Poss} dog <3s:watch> the whole thing.",
    "{Poss} favorite color <3s:be> green.", "{S} <wear> a yellow raincoat.",
    "{S} <keep> them in a tin with a blue lid.", "{S} <write> everything down in a notebook.",
    "{S} <like> to count them before bed.", "{S} <feel> proud of {poss} collection.",
    "{S} <tell> {poss} {rel} all about it.", "{S} <have> a big smile on {poss} face.",
    "{S} <be> very organized.", "{Poss} {rel} <3s:think> it <3s:be> funny.",
]
DISTRACT_O = ["The shop <3s:be> busier than usual.", "A delivery truck <3s:be> late.",
              "The manager <3s:whistle> while working.", "Customers <3p:chat> by the door."]
DISTRACT_V = ["Traffic <3s:be> slow.", "The driver <3s:wave> at everyone.",
              "It <3s:be> a sunny day.", "The air <3s:smell> of popcorn."]

FRAME = {
    'homework': (["Solve the following word problem.", "Homework question:", "Can you solve this step by step?",
                  "Math word problem:", "Please help me with this one:",
                  "I need help with this question from my worksheet:", "Here's a problem from my homework:",
                  "Word problem (show steps):", "Could you explain how to solve this?",
                  "This is from my math packet:", "Problem:"],
                 ["Show your work.", "Explain each step.", "Please show all steps.",
                  "Write your answer as a number.", "", "", ""]),
    'quick': (["quick q:", "hey, quick question.", "quick math check:", "need help fast:",
               "can someone help?", "ok so", "help pls:", "random question but", ""],
              ["", "", "thx", "thanks!", "pls help", "i keep getting a different answer lol"]),
    'parent': (["My daughter brought this problem home and I'm not sure how to explain it.",
                "My son is stuck on this homework question and honestly so am I.",
                "Helping my kid with math tonight and we're both confused.",
                "I want to check my answer before I help my daughter with this.",
                "My child's teacher sent this home and I'd like to understand it myself.",
                "Could you help? My son keeps getting a different answer than me.",
                "I'm a parent trying to help with homework, so please keep it simple."],
               ["Can you walk me through it?", "How should I explain this to a kid?", "Thanks so much!",
                "Please explain it simply.", "", ""]),
    'plain': ([""], [""]),
}


# -------------------------------------------------------------- the actor ---
def make_actor(rng, dom, item_key=None):
    a = {'kind': dom}
    if dom == 'I':
        a.update(name='I', name_p='1s', pron='I', pron_p='1s', poss='my', obj='me', PN='my',
                 sname='you', sname_p='2', spron='you', spron_p='2', sposs='your', sobj='you', extra='')
    elif dom == 'p':
        r = rng.random()
        if r < 0.46:
            nm, pr, po, ob, pp = rng.choice(FEMALE), 'she', 'her', 'her', '3s'
        elif r < 0.92:
            nm, pr, po, ob, pp = rng.choice(MALE), 'he', 'his', 'him', '3s'
        else:
            nm, pr, po, ob, pp = rng.choice(NEUTRAL), 'they', 'their', 'them', '3p'
        a.update(name=nm, name_p='3s', pron=pr, pron_p=pp, poss=po, obj=ob, PN=nm + "'s",
                 sname=nm, sname_p='3s', spron=pr, spron_p=pp, sposs=po, sobj=ob, extra='')
    elif dom == 'g':
        nm = rng.choice(GROUPS)
        a.update(name=nm, name_p='3s', pron='they', pron_p='3p', poss='their', obj='them', PN=nm + "'s",
                 sname=nm, sname_p='3s', spron='they', spron_p='3p', sposs='their', sobj='them', extra='')
    elif dom == 'o':
        names, items, extra = rng.choice(ORGS)
        nm = rng.choice(names)
        a.update(name=nm, name_p='3s', pron='it', pron_p='3s', poss='its', obj='it', PN=nm + "'s",
                 sname=nm, sname_p='3s', spron='it', spron_p='3s', sposs='its', sobj='it', extra=extra,
                 items=items)
    else:  # venue
        nm, prep, veh, people = rng.choice(VENUES)
        a.update(name=nm, name_p='3s', pron='it', pron_p='3s', poss='its', obj='it', PN=nm + "'s",
                 sname=nm, sname_p='3s', spron='it', spron_p='3s', sposs='its', sobj='it',
                 extra='J' if veh else 'Q', items=people, prep=prep)
    return a


def choose_scene(rng, reg):
    r = rng.random()
    i_p = {'quick': 0.35, 'homework': 0.06, 'plain': 0.1, 'parent': 0.0}[reg]
    if r < i_p:
        dom = 'I'
    elif r < 0.64:
        dom = 'p'
    elif r < 0.70:
        dom = 'g'
    elif r < 0.86:
        dom = 'o'
    else:
        dom = 'v'
    actor = make_actor(rng, dom)
    if dom in ('o', 'v'):
        key = rng.choice(actor['items'])
    elif dom == 'p' and rng.random() < 0.07:
        key = rng.choice(FARM_ITEMS)
    else:
        key = rng.choice(PERSONAL_ITEMS)
    sg, pl, tags = ITEMS[key]
    cats = set(tags) | set(actor.get('extra', ''))
    akind = {'I': 'p'}.get(dom, dom)
    return actor, akind, {'sg': sg, 'pl': pl, 'cats': cats}


def fits(t, cats, akind):
    if akind not in t['actors']:
        return False
    return '*' in t['cats'] or bool(t['cats'] & cats)


def containers_for(cats, sg=''):
    for tag, lst in CONTAINERS:
        if tag in cats or (len(tag) > 1 and tag in sg):
            return lst
    return None


# ---------------------------------------------------------- number utils ---
def dig_swaps(x):
    s = str(x)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != '0':
                out.append(int(t))
    return out


def dig_tweaks(x):
    s = str(x)
    out = []
    for i in range(len(s)):
        d = int(s[i])
        for nd in (d - 1, d + 1):
            if 0 <= nd <= 9 and not (i == 0 and nd == 0 and len(s) > 1):
                out.append(int(s[:i] + str(nd) + s[i + 1:]))
    return out


CONFUSE = {'1': '7', '7': '1', '3': '8', '8': '3', '5': '6', '6': '5', '4': '9', '9': '4'}


def dig_confuse(x):
    s = str(x)
    out = []
    for i, ch in enumerate(s):
        if ch in CONFUSE:
            out.append(int(s[:i] + CONFUSE[ch] + s[i + 1:]))
    return out


def apply_op(a, op, b):
    if op == '+':
        return a + b
    if op == '-':
        return a - b if a >= b else None
    if op == '*':
        return a * b
    if op == '/':
        return a // b if b > 0 and a % b == 0 else None
    raise ValueError(op)


def no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    n = max(len(sa), len(sb))
    ds = [(int(sa[i]) if i < len(sa) else 0) + (int(sb[i]) if i < len(sb) else 0) for i in range(n)]
    return int(''.join(str(d % 10) for d in ds)[::-1])


def borrow_slip(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        x = int(sa[i])
        y = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(x - y)))
    return int(''.join(out)[::-1])


def wpick(rng, cands):
    """cands: list of (value, weight); returns values in weighted random order."""
    pool = [c for c in cands]
    out = []
    while pool:
        tot = sum(w for _, w in pool)
        r = rng.random() * tot
        acc = 0
        for i, (v, w) in enumerate(pool):
            acc += w
            if r <= acc:
                out.append(v)
                pool.pop(i)
                break
        else:
            out.append(pool.pop()[0])
    return out


# ------------------------------------------------------------ plan + nums ---
def pick_add(rng, cur):
    r = rng.random()
    if r < 0.45:
        lo, hi = 2, 20
    elif r < 0.8:
        lo, hi = 10, 99
    else:
        lo, hi = 50, max(60, min(999, cur * 2))
    hi = min(hi, 9999 - cur)
    if hi < lo:
        return None
    return rng.randint(lo, hi)


def pick_sub(rng, cur):
    if cur < 4:
        return None
    hi = min(999, cur - 1)
    top = max(2, int(hi * rng.uniform(0.3, 1.0)))
    return rng.randint(2, top)


def pick_mul(rng, cur, imp):
    if imp:
        return imp if cur * imp <= 9999 else None
    opts = [m for m in (2, 3, 4, 5, 6, 7, 8, 9, 10) if cur * m <= 9999]
    if not opts:
        return None
    w = [6, 6, 4, 4, 2, 1, 1, 1, 1][:len(opts)]
    return rng.choices(opts, w)[0]


def pick_div(rng, cur, imp):
    if imp:
        return imp if cur % imp == 0 and cur // imp >= 1 else None
    opts = [d for d in range(2, 13) if cur % d == 0 and cur // d >= 2]
    if not opts:
        return None
    w = [7 if d <= 5 else 3 for d in opts]
    return rng.choices(opts, w)[0]


def pick_start(rng, will_div):
    r = rng.random()
    if r < 0.3:
        v = rng.randint(6, 60)
    elif r < 0.68:
        v = rng.randint(20, 200)
    elif r < 0.96:
        v = rng.randint(100, 999)
    else:
        v = 1000
    if will_div and rng.random() < 0.7:
        m = rng.choice([4, 6, 8, 10, 12, 12, 24, 30, 36, 60])
        v = max(m, v // m * m)
        if v > 999 and v != 1000:
            v = 999 // m * m
    return v


OP_W = {'+': 0.29, '-': 0.29, '*': 0.2, '/': 0.22}


def build_plan(rng, actor, akind, item, n_changes, product):
    cats = item['cats']
    pool = {op: [t for t in TEMPLATES[op] if fits(t, cats, akind)] for op in TEMPLATES}
    each_pool = [t for t in EACH if fits(t, cats, akind)]
    ops_avail = [op for op in pool if pool[op]]
    if '+' not in ops_avail and '-' not in ops_avail:
        return None
    # start
    if product:
        conts = containers_for(cats, item['sg'])
        ps = [t for t in PSTARTS if akind in t['actors'] and
              (('#' in t['cats'] and conts) or (t['cats'] & cats))]
        if not ps:
            return None
        st = rng.choice(ps)
        a = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 12, 15, 20, 24])
        b = rng.randint(3, 48) if rng.random() < 0.8 else rng.choice([12, 24, 25, 50, 60, 100])
        if 'H' in cats and 'bus' in st['text']:
            b = rng.randint(12, 60)
        start = {'tpl': st, 'a': a, 'b': b, 'value': a * b,
                 'cont': rng.choice(conts) if (conts and '#' in st['cats']) else None}
    else:
        sts = [t for t in STARTS if fits(t, cats, akind)]
        st = rng.choice(sts)
        start = {'tpl': st, 'value': None}
    ops = []
    for i in range(n_changes):
        op = rng.choices(list(OP_W), [OP_W[o] if o in ops_avail else 0 for o in OP_W])[0]
        ops.append(op)
    will_div = '/' in ops
    cur = start['value'] if product else pick_start(rng, will_div)
    if not product:
        start['value'] = cur
    changes = []
    used = set()
    for i, op in enumerate(ops):
        got = None
        for attempt in range(6):
            if attempt >= 3:
                op = rng.choice([o for o in ('+', '-') if o in ops_avail])
            if op == '/' and i == n_changes - 1 and each_pool and rng.random() < 0.3:
                t = rng.choice(each_pool)
            else:
                cands = [t for t in pool[op] if t['text'] not in used] or pool[op]
                t = rng.choice(cands)
            if op == '+':
                n = pick_add(rng, cur)
            elif op == '-':
                n = pick_sub(rng, cur)
            elif op == '*':
                n = pick_mul(rng, cur, t['imp'])
            else:
                n = pick_div(rng, cur, t['imp'])
            if n is None:
                continue
            nv = apply_op(cur, op, n)
            if nv is None or nv < 0 or nv > 9999:
                continue
            got = (op, n, t, nv)
            break
        if got is None:
            return None
        op, n, t, nv = got
        used.add(t['text'])
        changes.append({'op': op, 'n': n, 'tpl': t, 'imp': t['imp']})
        cur = nv
    return start, changes


# ----------------------------------------------------------- num display ---
def choose_numtext(rng, n, word_p, dozen_ok):
    if n == 12 and dozen_ok and rng.random() < 0.4:
        return "a dozen", 'dozen'
    if (n <= 20 or (n < 100 and n % 10 == 0)) and rng.random() < word_p:
        return num_word(n), 'word'
    if 20 < n < 100 and rng.random() < word_p * 0.35:
        return num_word(n), 'word'
    return str(n), 'digit'


# ---------------------------------------------------------- problem text ---
def fills_for(actor, item, n_text, ch_fill, poss_key='poss', obj_key='obj'):
    f = {'n': n_text, 'items': item['pl'], 'item': item['sg'], 'poss': actor[poss_key],
         'obj': actor[obj_key], 'prep': actor.get('prep', ''), 'PN': actor['PN']}
    f.update(ch_fill)
    return f


def subj_mention(rng, actor, introduced, sol=False, pron_p=0.6):
    if sol:
        if actor['kind'] == 'I':
            return 'you', '2'
        if rng.random() < pron_p and actor['kind'] in ('p',):
            return actor['spron'], actor['spron_p']
        return actor['sname'], actor['sname_p']
    if actor['kind'] == 'I':
        return 'I', '1s'
    if introduced and rng.random() < pron_p:
        return actor['pron'], actor['pron_p']
    return actor['name'], actor['name_p']


def clause_full(rng, ch, actor, item, tense, introduced, sol=False, n_text=None):
    t = ch['tpl']
    nt = n_text if n_text is not None else ch['n_text']
    if sol:
        f = fills_for(actor, item, nt, ch['fill'], 'sposs', 'sobj')
    else:
        f = fills_for(actor, item, nt, ch['fill'])
    if t['actor_subject']:
        s, p = subj_mention(rng, actor, introduced, sol)
        return s + ' ' + render(t['text'], p, tense, f)
    return render(t['text'], '3s', tense, f)


def clause_pred(ch, actor, item, tense, person):
    f = fills_for(actor, item, ch['n_text'], ch['fill'])
    return render(ch['tpl']['text'], person, tense, f)


def start_clause(rng, plan_start, actor, item, tense, sol=False):
    st = plan_start['tpl']
    f = fills_for(actor, item, plan_start.get('n_text', ''), plan_start['fill'],
                  'sposs' if sol else 'poss', 'sobj' if sol else 'obj')
    if sol:
        f['PN'] = 'your' if actor['kind'] == 'I' else actor['sname'] + "'s"
    if 'a_text' in plan_start:
        f['a'] = plan_start['a_text'] if not sol else str(plan_start['a'])
        f['b'] = plan_start['b_text'] if not sol else str(plan_start['b'])
    if sol and 'n_text' in plan_start:
        f['n'] = str(plan_start['value'])
    if sol:
        s, p = ('you', '2') if actor['kind'] == 'I' else (actor['sname'], actor['sname_p'])
    else:
        s, p = ('I', '1s') if actor['kind'] == 'I' else (actor['name'], actor['name_p'])
    f['S'] = s
    return render(st['text'], p, tense, f)


def question_text(rng, actor, item, tense, last_op, last_each, introduced):
    qt = tense if rng.random() < 0.4 else 'pres'
    if last_each:
        return render(last_each['q'], '3s', qt, {'items': item['pl']})
    s, p = subj_mention(rng, actor, True)
    left_ok = last_op in ('-', '/')
    items = item['pl']
    do = conj('do', p, qt)
    have = conj('have', p, qt)
    be3p = conj('be', '3p', qt)
    kind = actor['kind']
    opts = []
    if kind == 'v':
        prep = actor['prep']
        opts += [f"How many {items} {be3p} {prep} now?", f"How many {items} {be3p} {prep} at the end?",
                 f"How many {items} {be3p} {prep} after all that?", f"What is the number of {items} {prep} now?",
                 f"Find the number of {items} {prep} at the end.", f"How many {items} {be3p} there in the end?"]
        if left_ok:
            opts.append(f"How many {items} {be3p} left {prep}?")
        return rng.choice(opts)
    opts += [f"How many {items} {do} {s} have now?", f"How many {items} {do} {s} end up with?",
             f"How many {items} {do} {s} have at the end?", f"What is the total number of {items} {s} {have} now?",
             f"How many {items} {do} {s} have in the end?", f"Find the number of {items} {s} {have} at the end.",
             f"Can you work out how many {items} {s} {have} now?", f"So how many {items} {do} {s} have?",
             f"What's the final count of {items}?", f"How many {items} {do} {s} have after all that?",
             f"At the end, how many {items} {do} {s} have?", f"Work out how many {items} {s} {have} at the end.",
             f"How many {items} are there now?", f"What number of {items} {do} {s} have now?"]
    if left_ok:
        opts += [f"How many {items} {do} {s} have left?", f"How many {items} {be3p} left?",
                 f"How many {items} {be3p} left over?"]
    if kind == 'o':
        opts += [f"How many {items} {be3p} in stock now?"]
    if 'C' in item['cats'] and kind in ('p', 'I', 'g'):
        opts += [f"How many {items} {be3p} in {actor['poss'] if s != actor['name'] else actor['PN']} collection now?"]
    return rng.choice(opts)


def assemble_problem(rng, st):
    """st: dict with plan pieces.  Returns (text, n_sentences)."""
    actor, item, tense = st['actor'], st['item'], st['tense']
    start, changes = st['start'], st['changes']
    last = changes[-1]
    last_each = last['tpl'] if last['tpl']['kind'] == 'each' else None
    reg = st['register']
    all_actor = start['tpl']['text'].startswith('{S} <') and all(c['tpl']['actor_subject'] for c in changes)
    sents = []
    if all_actor and len(changes) <= 3 and rng.random() < (0.45 if reg == 'quick' else 0.12):
        # single "If ..." sentence or a list sentence + question
        s0 = start_clause(rng, start, actor, item, 'pres')
        s, p = subj_mention(rng, actor, False)
        preds = [clause_pred(c, actor, item, 'pres', p) for c in changes]
        if len(preds) == 1:
            body = s0 + " and " + preds[0]
        else:
            body = s0 + ", " + ", ".join(preds[:-1]) + rng.choice([" and ", ", and then ", " and then "]) + preds[-1]
        q = question_text(rng, actor, item, 'pres', last['op'], last_each, True)
        q = q[0].lower() + q[1:]
        if q.startswith("what's") or q.startswith('find') or q.startswith('work') or q.startswith('can you') \
                or q.startswith('so ') or q.startswith('at the end'):
            q = question_text(rng, actor, item, 'pres', last['op'], last_each, True)
            sents.append(cap(body) + ".")
            sents.append(q)
        else:
            if not q.endswith('?'):
                q = q.rstrip('.') + '?'
            sents.append("If " + body + ", " + q)
        core = sents
    else:
        introduced = False
        units = []
        s_start = start_clause(rng, start, actor, item, tense)
        units.append(('start', s_start))
        introduced = True
        timeline = rng.choice(['none', 'none', 'generic', 'days'])
        day0 = rng.randint(0, 3)
        merge_p = rng.choice([0.0, 0.25, 0.5])
        i = 0
        while i < len(changes):
            c = changes[i]
            nxt = changes[i + 1] if i + 1 < len(changes) else None
            if nxt is not None and rng.random() < merge_p:
                # two events in one sentence
                if c['tpl']['actor_subject'] and nxt['tpl']['actor_subject']:
                    s, p = subj_mention(rng, actor, introduced)
                    r = rng.random()
                    if r < 0.35 and c['tpl']['ger_ok']:
                        sent = "After " + clause_pred(c, actor, item, 'ger', p) + ", " + s + " " + \
                            clause_pred(nxt, actor, item, tense, p)
                    elif r < 0.55 and nxt['tpl']['ger_ok']:
                        sent = s + " " + clause_pred(c, actor, item, tense, p) + " before " + \
                            clause_pred(nxt, actor, item, 'ger', p)
                    else:
                        sent = s + " " + clause_pred(c, actor, item, tense, p) + \
                            rng.choice([" and then ", ", then ", " and later ", ", and afterwards "]) + \
                            clause_pred(nxt, actor, item, tense, p)
                else:
                    a1 = clause_full(rng, c, actor, item, tense, introduced)
                    a2 = clause_full(rng, nxt, actor, item, tense, introduced)
                    sent = a1 + rng.choice([", and then ", "; later, ", ", and after that ", ", and soon "]) + a2
                units.append(('chg2', sent))
                i += 2
            else:
                units.append(('chg', clause_full(rng, c, actor, item, tense, introduced)))
                i += 1
        # time phrases
        nchg = sum(1 for u in units if u[0] != 'start')
        k = 0
        for j, (kind, s) in enumerate(units):
            if kind == 'start' or s.startswith('After ') or s.startswith('after '):
                if kind != 'start':
                    k += 1
                continue
            if timeline == 'generic' and rng.random() < 0.6:
                if k == 0:
                    tp = rng.choice(TIME_FIRST + (TIME_FIRST_P if actor['kind'] in ('p', 'I', 'g') else []))
                elif k == nchg - 1 and nchg > 1:
                    tp = rng.choice(TIME_LAST)
                else:
                    tp = rng.choice(TIME_LATER)
                units[j] = (kind, tp + ", " + s)
            elif timeline == 'days' and day0 + k < 7:
                d = DAYS[day0 + k]
                if rng.random() < 0.5:
                    units[j] = (kind, "On " + d + ", " + s)
                else:
                    units[j] = (kind, s + " on " + d)
            k += 1
        core = [cap(s) + '.' for _, s in units]
        q = question_text(rng, actor, item, tense, last['op'], last_each, True)
        core.append(q)
    core = [cap(s) for s in core]
    # distractors
    dpool = list(DISTRACT)
    if actor['kind'] in ('p', 'I'):
        dpool += DISTRACT_P * 2
    elif actor['kind'] == 'o':
        dpool += DISTRACT_O * 2
    else:
        dpool = DISTRACT_V * 2 + [d for d in DISTRACT if '{' not in d]
    nd = rng.choices([0, 1, 2], [0.5, 0.35, 0.15])[0]
    dist = []
    for _ in range(nd):
        d = rng.choice(dpool)
        s, p = subj_mention(rng, actor, True)
        f = {'S': s, 'Poss': cap(actor['poss']) if s != actor['name'] else actor['PN'],
             'poss': actor['poss'], 'items': item['pl'], 'rel': rng.choice(RELS)}
        dist.append(cap(render(d, p, tense, f)))
    pre, post = FRAME[reg]
    fpre = rng.choice(pre)
    fpost = rng.choice(post)

    def compose(dist, fpre, fpost):
        body = list(core)
        q = body.pop()
        for d in dist:
            pos = rng.randint(1, len(body)) if len(body) > 1 else len(body)
            body.insert(pos, d)
        body.append(q)
        parts = []
        if fpre:
            parts.append(fpre)
        parts.append(' '.join(body))
        if fpost:
            parts.append(fpost)
        if reg in ('homework', 'parent') and fpre and rng.random() < 0.5:
            txt = parts[0] + "\n\n" + ' '.join(parts[1:])
        else:
            txt = ' '.join(parts)
        nsent = len(body) + (1 if fpre else 0) + (1 if fpost else 0)
        return txt, nsent

    txt, nsent = compose(dist, fpre, fpost)
    while (nsent > 8 or len(txt.split()) > 88) and (dist or fpre or fpost):
        if dist:
            dist.pop()
        elif fpost:
            fpost = ''
        else:
            fpre = ''
        txt, nsent = compose(dist, fpre, fpost)
    if reg == 'quick' and rng.random() < 0.6:
        txt = txt.lower()
        if rng.random() < 0.5:
            txt = txt.rstrip('?').rstrip('.')
        if rng.random() < 0.4:
            txt = txt.replace(', ', ' ', 1)
    return txt, nsent


# ------------------------------------------------------------ solution text ---
SYMS = {'+': [('+', 1)], '-': [('-', 4), ('−', 1)], '*': [('×', 3), ('*', 2)], '/': [('÷', 1), ('/', 1)]}

OPENERS = {
    'plain': ["Let's break this down step by step.", "Let's solve this step by step.",
              "Let's go through this carefully.", "Okay, let's figure this out.",
              "We'll solve this one change at a time.", "Let's work through it together.",
              "Let's think about this step by step.", "Great question! Let's break it down.", ""],
    'homework': ["Let's solve this step by step.", "Sure! Let's work through the problem.",
                 "Let's break this down.", "Here's a step-by-step solution.",
                 "Let's carefully solve this word problem.", "Of course! Let's go step by step.",
                 "To solve this, we follow the {items} through each event in order."],
    'quick': ["Sure!", "Sure thing!", "Easy one, let's do it.", "Got it! Here's the quick version.",
              "No problem!", "Here you go:", "Let's check it quickly."],
    'parent': ["Of course! Here's a simple way to walk through it together.",
               "Happy to help! This one is easier than it looks.",
               "No worries, let's go through it slowly so it's easy to explain.",
               "Great that you're checking! Let's take it one step at a time.",
               "Absolutely. The trick is to follow the {items} one event at a time."],
}
KNOWN_INTRO = ["Here's what we know:", "**What we know:**", "Let's list the facts:", "**Given:**",
               "From the problem:", "First, let's restate what we know:", "**Known information:**"]
GOALS = ["We want to find how many {items} {subj} {has} at the end.",
         "Our goal is the number of {items} at the end.",
         "We need to track the number of {items} through each change.",
         "The question asks for the final number of {items}."]
TITLES = {
    '+': ["Add the new {items}", "Account for the extra {items}", "Add what was gained",
          "Include the {items} that were added", "Add to the total"],
    '-': ["Subtract the {items} that left", "Take away what was lost", "Subtract what was removed",
          "Remove the {items} that are gone", "Subtract from the total"],
    '*': ["Multiply the total", "Scale up the amount", "Apply the multiplication", "Multiply"],
    '/': ["Divide into equal shares", "Find one equal share", "Split the total", "Divide"],
    'P': ["Find the starting total", "Calculate how many {items} there are to begin with",
          "Work out the starting amount", "Total {items} at the start"],
    'N0': ["Starting point", "The first event", "Begin with what happens first", "Start the count"],
    'N': ["The next change", "Update the count", "What happens next", "Track the change",
          "New amount", "Follow the {items}", "Keep going", "Next event"],
}
CONN = {
    '+': ["so we add", "so we need to add", "which means we add", "so we add them on"],
    '-': ["so we subtract", "so we take them away", "which means subtracting", "so we need to subtract"],
    '*': ["so we multiply", "which means multiplying", "so we need to multiply"],
    '/': ["so we divide", "so we find one equal share by dividing", "which means dividing"],
    'P': ["so we multiply the number of {cpl} by how many are in each",
          "so we multiply", "so the starting total is a multiplication"],
}
CONN_NB = {
    '+': ["so we add {b}", "so we add the {b} new {items}"],
    '-': ["so we subtract {b}", "so we take away {b}"],
    '*': ["so we multiply by {b}"],
    '/': ["so we divide by {b}", "so we divide the total by {b}"],
}
FREE_LEAD = ["we need to find how many {items} {subj} {has} after this change.",
             "let's update the count.", "we work out the new total.",
             "we account for the next change.", "we figure out what happens to the {items}.",
             "we need to find the new number of {items}."]
FREE_LEAD1 = ["we look at the first change.", "we need to find how many {items} {subj} {has} after the first event.",
              "let's handle the first change.", "we figure out what happens to the {items}.",
              "we update the starting amount."]
FREE_LEAD0 = ["we need to find how many {items} there are to begin with.",
              "we figure out the starting number of {items}."]


def eq_str(a, sym, b, c, compact=False):
    if compact:
        return f"{a}{sym}{b}={c}"
    return f"{a} {sym} {b} = {c}"


def sol_has(actor, person):
    return conj('have', person, 'pres')


def build_solution(rng, st, written, final_num, err_step, err_kind, err_sub):
    actor, item, reg = st['actor'], st['item'], st['register']
    start, changes, product = st['start'], st['changes'], st['product']
    items = item['pl']
    syms = {op: rng.choices([s for s, _ in SYMS[op]], [w for _, w in SYMS[op]])[0] for op in SYMS}
    heading = rng.choices(['none', 'step_bold', 'step_hash', 'title_bold', 'num_bold', 'step_colon'],
                          [3, 3, 2, 2, 1, 1])[0]
    eqfmt_w = rng.choice([[5, 2, 2, 1, 1, 1], [1, 5, 1, 2, 1, 1], [2, 1, 5, 1, 1, 1], [2, 2, 1, 4, 1, 1]])
    sep = rng.choice([' ', '\n', '\n\n'])
    lead_event_p = rng.uniform(0.4, 0.8)
    conn_p = rng.uniform(0.1, 0.45)
    prev_p = rng.uniform(0.0, 0.35)
    after_p = rng.uniform(0.3, 0.85)
    veh = actor['kind'] == 'v'
    steps = []
    E = len(written)
    last_each = changes[-1]['tpl'] if changes[-1]['tpl']['kind'] == 'each' else None

    def subj():
        return subj_mention(rng, actor, True, sol=True, pron_p=0.6)

    for k in range(E):
        a, op, b, c = written[k]
        is_prod = product and k == 0
        ch = None if is_prod else changes[k - (1 if product else 0)]
        true_op = '*' if is_prod else ch['op']
        here_err = err_sub if k == err_step else None
        parts = []
        if k == 0:
            op_txt = rng.choice(OPENERS[reg]).format(items=items)
            if op_txt:
                parts.append(op_txt)
            if rng.random() < 0.35:
                bullet = rng.choice(['- ', '• '])
                lines = [rng.choice(KNOWN_INTRO)]
                lines.append(bullet + cap(start_clause(rng, start, actor, item, 'pres', sol=True)) + '.')
                for cc in changes:
                    nt = cc['n_text'] if cc['imp'] else str(cc['n'])
                    lines.append(bullet + cap(clause_full(rng, cc, actor, item, 'pres', True, sol=True,
                                                          n_text=nt)) + '.')
                parts.append('\n'.join(lines))
            elif rng.random() < 0.3:
                s, p = subj()
                parts.append(rng.choice(GOALS).format(items=items, subj=s, has=conj('have', p, 'pres')))
        # heading
        ttl_key = 'N0' if k == 0 else 'N'
        if here_err != 'operation' and rng.random() < 0.7:
            ttl_key = 'P' if is_prod else true_op
        if is_prod and here_err == 'operation':
            ttl_key = 'N0' if rng.random() < 0.5 else 'P0'
        if ttl_key == 'P0':
            title = rng.choice(["Find the starting total", "Work out the starting amount"])
        else:
            title = rng.choice(TITLES[ttl_key]).format(items=items)
        hd = None
        if heading == 'step_bold':
            hd = f"**Step {k + 1}: {title}**"
        elif heading == 'step_hash':
            hd = f"### Step {k + 1}: {title}"
        elif heading == 'title_bold':
            hd = f"**{title}**"
        elif heading == 'num_bold':
            hd = f"{k + 1}. **{title}**"
        elif heading == 'step_colon':
            hd = f"**Step {k + 1}:**"
        # lead
        seq = ("First, " if k == 0 else ("Finally, " if k == E - 1 and E > 2 and rng.random() < 0.5
                                          else rng.choice(["Next, ", "Then, ", "After that, ", "Now, ", ""])))
        if k == 0 and rng.random() < 0.3:
            seq = rng.choice(["To start, ", "", "First, "])
        lead = ''
        mention_ok = not (here_err == 'operand' and rng.random() < 0.7)
        if is_prod:
            if rng.random() < lead_event_p and mention_ok:
                cont = start.get('cont')
                s, p = subj()
                if cont and rng.random() < 0.6:
                    ev = f"{s} {conj('have', p, 'pres')} {start['a']} {cont[1]} with {start['b']} {items} {cont[2]} each"
                else:
                    ev = start_clause(rng, start, actor, item, 'pres', sol=True)
                lead = seq + ev if seq else cap(ev)
            else:
                lead = seq + rng.choice(FREE_LEAD0).format(items=items)
        else:
            ev = None
            if rng.random() < lead_event_p and (mention_ok or err_sub_a(st, k)):
                nt = ch['n_text'] if ch['imp'] else str(ch['n'])
                ev = clause_full(rng, ch, actor, item, 'pres', True, sol=True, n_text=nt)
                lead = seq + ev if seq else cap(ev)
            else:
                s, p = subj()
                lead = seq + rng.choice(FREE_LEAD1 if k == 0 else FREE_LEAD).format(items=items, subj=s, has=conj('have', p, 'pres'))
                lead = cap(lead)
            if k == 0 and rng.random() < 0.6 and mention_ok:
                s, p = subj()
                pre = f"{cap(s)} {rng.choice(['start', 'begin'])}{'s' if p == '3s' else ''} with {start['value']} {items}."
                lead = pre + ' ' + cap(lead)
            elif k > 0 and rng.random() < prev_p and not (here_err == 'operand' and err_sub_a(st, k)):
                prev = written[k - 1][3]
                s, p = subj()
                if veh:
                    pre = f"There are {prev} {items} {actor['prep']} at this point."
                else:
                    pre = rng.choice([f"{cap(s)} {conj('have', p, 'pres')} {prev} {items} at this point.",
                                      f"From the previous step, {s} {conj('have', p, 'pres')} {prev} {items}.",
                                      f"We have {prev} {items} so far."])
                lead = pre + ' ' + cap(lead)
        lead = cap(lead)
        # connector
        conn = ''
        if here_err != 'operation' and rng.random() < conn_p:
            key = 'P' if is_prod else true_op
            if not is_prod and here_err != 'operand' and rng.random() < 0.4:
                conn = rng.choice(CONN_NB[true_op]).format(b=b, items=items)
            else:
                conn = rng.choice(CONN[key]).format(items=items, cpl=(start.get('cont') or ('', 'groups'))[1])
        sym = syms[op]
        fmt = rng.choices(['inline', 'own', 'bold', 'sent', 'latex', 'compact'], eqfmt_w)[0]
        if conn:
            lead = lead.rstrip('.:') + ', ' + conn + ('.' if fmt == 'sent' else ':')
        elif lead[-1] not in '.:!?':
            lead = lead + ('.' if fmt == 'sent' or rng.random() < 0.4 else ':')
        elif lead.endswith('.') and fmt != 'sent' and rng.random() < 0.4:
            lead = lead[:-1] + ':'
        # equation
        if fmt == 'bold' and sym == '*':
            fmt = 'own'
        e = eq_str(a, sym, b, c, compact=(fmt == 'compact'))
        s_, p_ = subj()
        if fmt == 'inline':
            eqs = e + rng.choice(["", "", f" {items}", "."])
            body = lead + ' ' + eqs
        elif fmt == 'compact':
            body = lead + ' ' + e
        elif fmt == 'own':
            body = lead + '\n\n' + e + rng.choice(["", f" {items}"])
        elif fmt == 'bold':
            body = lead + rng.choice([' ', '\n\n']) + '**' + e + '**'
        elif fmt == 'latex':
            body = lead + '\n\\[\n' + e + '\n\\]'
        else:
            if veh:
                body = lead + ' ' + f"That gives {e} {items} {actor['prep']}."
            else:
                body = lead + ' ' + rng.choice([f"That gives {e}.", f"So {s_} {conj('have', p_, 'pres')} {e} {items}.",
                                                f"We calculate {e}.", f"This gives us {e} {items}."])
        # after text
        after = ''
        if rng.random() < after_p:
            s, p = subj()
            hv = conj('have', p, 'pres')
            opts = [f"So {s} now {hv} **{c}** {items}.", f"Now {s} {hv} {c} {items}.",
                    f"We now have {c} {items}.", f"So the new total is {c}.",
                    f"After this step, there are {c} {items}."]
            if op in ('-', '/'):
                opts += [f"That leaves {c} {items}.", f"That leaves **{c}**."]
            else:
                opts += [f"That brings the total to **{c}** {items}.", f"That makes {c} {items} in all."]
            if veh:
                opts = [f"There are now {c} {items} {actor['prep']}.",
                        f"That leaves {c} {items} {actor['prep']}." if op in '-/' else f"That makes {c} {items} in all."]
            if is_prod:
                opts = [f"So there are **{c}** {items} to start with.", f"That's {c} {items} at the start.",
                        f"So {s} {rng.choice(['start', 'begin'])}{'s' if p == '3s' else ''} with {c} {items}."]
            if last_each is not None and k == E - 1:
                opts = [f"So {render(last_each['ans'], '3s', 'pres', {})} {c} {items}.", f"That's {c} {items} each."]
            after = rng.choice(opts)
        txt = body
        if after and fmt in ('inline', 'compact') and sep == ' ' and not txt.endswith('.'):
            txt += '.'
        if after:
            txt = txt + (sep if fmt in ('inline', 'sent', 'compact') else '\n\n') + after
        if hd:
            txt = hd + '\n' + txt
        if parts:
            txt = '\n\n'.join(parts) + '\n\n' + txt
        steps.append(txt)
    # final step
    N = final_num
    s, p = subj()
    hv = conj('have', p, 'pres')
    tail = rng.choice(["left", "now", "at the end", "in the end", ""]) if changes[-1]['op'] in '-/' else \
        rng.choice(["now", "in total", "at the end", "in the end", ""])
    tail = (' ' + tail) if tail else ''
    if actor['kind'] == 'v':
        sentence = rng.choice([f"There are **{N}** {items} {actor['prep']} now.",
                               f"So, {N} {items} are {actor['prep']} at the end.",
                               f"That leaves **{N}** {items} {actor['prep']}." if changes[-1]['op'] in '-/'
                               else f"That makes **{N}** {items} {actor['prep']} in total."])
    else:
        sentence = rng.choice([f"So {s} {hv} **{N}** {items}{tail}.", f"{cap(s)} {conj('end', p, 'pres')} up with **{N}** {items}.",
                               f"That means {s} {hv} {N} {items}{tail}.", f"In the end, {s} {hv} {N} {items}."])
    if last_each is not None:
        sentence = cap(render(last_each['ans'], '3s', 'pres', {})) + f" **{N}** {items}."
    forms = [
        f"Therefore, the final answer is **{N}**.",
        f"#### {N}",
        f"{sentence}\n\n#### {N}",
        f"**Final Answer:** {N}",
        f"**Answer:** {sentence.replace('**', '')}",
        f"The answer is $\\boxed{{{N}}}$.",
        f"**Final answer:**\n\\[\n\\boxed{{{N}}}\n\\]",
        f"So, the answer is **{N} {items}**.",
        f"✅ **{N} {items}**",
        sentence,
        f"{sentence} 🎉",
        f"Final answer: {N}",
        f"**{N}**",
        f"### Final Answer\n{sentence}",
        f"{sentence}\n\nTherefore, the final answer is {N}.",
    ]
    fin = rng.choice(forms)
    if reg == 'parent' and rng.random() < 0.5:
        fin += ' ' + rng.choice(["When you go over it together, drawing the {items} as little circles can really help.",
                                 "A good way to explain it is to follow the {items} one event at a time.",
                                 "You might ask your child to act it out with small objects.",
                                 "Hope that helps you both!"]).format(items=items)
    elif reg == 'quick' and rng.random() < 0.4:
        fin += ' ' + rng.choice(["Hope that helps!", "👍", "Let me know if anything's unclear."])
    elif rng.random() < 0.2:
        fin += '\n\n' + rng.choice(["Let me know if you'd like me to explain any step in more detail.",
                                    "Hope this helps!", "Feel free to ask if something is unclear."])
    steps.append(fin)
    return steps


def err_sub_a(st, k):
    return st.get('err_operand_side') == 'a' and st.get('err_step') == k


# ---------------------------------------------------------- error injection ---
def true_eqs(start, changes, product):
    eqs = []
    if product:
        cur = start['a'] * start['b']
        eqs.append((start['a'], '*', start['b'], cur))
    else:
        cur = start['value']
    for c in changes:
        nv = apply_op(cur, c['op'], c['n'])
        eqs.append((cur, c['op'], c['n'], nv))
        cur = nv
    return eqs


def propagate(c, eqs, p):
    out = []
    cur = c
    for i in range(p + 1, len(eqs)):
        _, op, b, _ = eqs[i]
        nc = apply_op(cur, op, b)
        if nc is None or nc < 0 or nc > 9999:
            return None
        out.append((cur, op, b, nc))
        cur = nc
    return out


def problem_numbers(st):
    nums = []
    if st['product']:
        nums += [st['start']['a'], st['start']['b']]
    else:
        nums.append(st['start']['value'])
    for c in st['changes']:
        if not c['imp']:
            nums.append(c['n'])
    return nums


def inject(rng, st, eqs, kind, k):
    """Return (written eqs, final number, sub) or None."""
    E = len(eqs)
    product = st['product']
    if kind == 'none':
        return list(eqs), eqs[-1][3], None
    if kind == 'answer':
        ans = eqs[-1][3]
        cands = []
        if E >= 2 and eqs[-1][0] != ans:
            cands.append((eqs[-1][0], 4))
        cands += [(v, 2) for v in dig_swaps(ans)]
        cands += [(ans + 1, 1), (ans - 1, 1), (ans + 10, 1), (ans - 10, 1)]
        cands += [(v, 1) for v in dig_tweaks(ans)]
        last = st['changes'][-1]
        if not last['imp'] and last['n'] != ans:
            cands.append((last['n'], 1))
        cands = [(v, w) for v, w in cands if v >= 0 and v != ans]
        if not cands:
            return None
        return list(eqs), wpick(rng, cands)[0], 'answer'
    a, op, b, c = eqs[k]
    is_prod = product and k == 0
    ch = None if is_prod else st['changes'][k - (1 if product else 0)]
    trials = []  # (new_eq, sub)
    if kind == 'arithmetic':
        cands = [(c + 1, 3), (c - 1, 3), (c + 10, 3), (c - 10, 3)]
        if c >= 100:
            cands += [(c + 100, 1), (c - 100, 1)]
        cands += [(v, 2) for v in dig_swaps(c)]
        cands += [(v, 1) for v in dig_tweaks(c)]
        if op == '+':
            v = no_carry_add(a, b)
            if v != c:
                cands.append((v, 4))
        elif op == '-':
            v = borrow_slip(a, b)
            if v != c:
                cands.append((v, 4))
        elif op == '*':
            cands += [(a * (b - 1), 2), (a * (b + 1), 2)]
        elif op == '/':
            cands += [(c + 2, 1), (c - 2, 1)]
        cands = [(v, w) for v, w in cands if 0 <= v <= 9999 and v != c]
        trials = [((a, op, b, v), 'arithmetic') for v in wpick(rng, cands)]
    elif kind == 'operand':
        others = [x for x in problem_numbers(st)]
        bc, ac = [], []
        if is_prod:
            for which in ('a', 'b'):
                x = start_val = st['start'][which]
                style = st['start'][which + '_style']
                alts = []
                if style == 'digit':
                    alts += [(v, 3) for v in dig_swaps(x)] + [(v, 1) for v in dig_confuse(x)]
                alts += [(o, 2) for o in others if o != x and 2 <= o <= 999]
                for v, w in alts:
                    if 2 <= v <= 999:
                        na, nb = (v, b) if which == 'a' else (a, v)
                        bc.append(((na, '*', nb), w, 'b'))
        else:
            style = ch.get('style', 'imp')
            if not ch['imp']:
                alts = []
                if style == 'digit':
                    alts += [(v, 3) for v in dig_swaps(b)] + [(v, 1) for v in dig_confuse(b)]
                elif style == 'word' and 13 <= b <= 19:
                    alts.append(((b - 10) * 10, 3))
                elif style == 'word' and b in (30, 40, 50, 60, 70, 80, 90):
                    alts.append((b // 10 + 10, 3))
                alts += [(o, 2) for o in others if o != b]
                for v, w in alts:
                    if 1 <= v <= 999:
                        bc.append(((a, op, v), w, 'b'))
            else:
                for o in others:
                    if o != b and 2 <= o <= 999:
                        bc.append(((a, op, o), 1, 'b'))
            # a side
            if k == 0:
                if st['start']['style'] == 'digit':
                    for v in dig_swaps(a):
                        ac.append(((v, op, b), 3, 'a'))
                    for v in dig_confuse(a):
                        ac.append(((v, op, b), 1, 'a'))
                elif st['start']['style'] == 'word' and 13 <= a <= 19:
                    ac.append((((a - 10) * 10, op, b), 2, 'a'))
            else:
                older = [eqs[j][0] for j in range(k)]  # values before step j (true = written here)
                for v in set(older):
                    if v != a:
                        ac.append(((v, op, b), 3 if v == eqs[k - 1][0] else 1, 'a'))
                for v in dig_swaps(a):
                    ac.append(((v, op, b), 2, 'a'))
                for v in dig_tweaks(a):
                    ac.append(((v, op, b), 1, 'a'))
        # prefer b when available, but mix
        pool = bc + ac
        if not pool:
            return None
        order = wpick(rng, [((t, side), w) for t, w, side in pool])
        for (na, nop, nb), side in order:
            nc = apply_op(na, nop, nb)
            if nc is None or not (1 <= nc <= 9999) or nc == c or (nop in '-/' and nb == na):
                continue
            trials.append(((na, nop, nb, nc), 'operand_' + side))
    elif kind == 'operation':
        conf = {'+': [('-', 3), ('*', 1)], '-': [('+', 4)], '*': [('+', 4), ('-', 1)],
                '/': [('-', 2), ('*', 1)]}[op]
        for nop in wpick(rng, conf):
            nc = apply_op(a, nop, b)
            if nc is None or not (1 <= nc <= 9999) or nc == c:
                continue
            trials.append(((a, nop, b, nc), 'operation'))
    for neq, sub in trials:
        rest = propagate(neq[3], eqs, k)
        if rest is None:
            continue
        written = list(eqs[:k]) + [neq] + rest
        return written, written[-1][3], sub
    return None


# ------------------------------------------------------------------ driver ---
def _one(rng, idx_label):
    kind_r = rng.random()
    if kind_r < 0.45:
        kind, pos = 'none', None
    else:
        kind = rng.choice(['arithmetic', 'operand', 'operation', 'answer'])
        pos = 'final' if kind == 'answer' else rng.choice(['first', 'middle', 'last'])
    reg = rng.choices(['plain', 'homework', 'quick', 'parent'], [0.3, 0.27, 0.23, 0.2])[0]
    for attempt in range(60):
        actor, akind, item = choose_scene(rng, reg)
        product = rng.random() < 0.25
        n_changes = rng.choices([1, 2, 3, 4, 5], [0.14, 0.26, 0.26, 0.2, 0.14])[0]
        E = n_changes + (1 if product else 0)
        if pos == 'middle' and E < 3:
            n_changes = max(n_changes, 3 - (1 if product else 0))
            E = n_changes + (1 if product else 0)
        res = build_plan(rng, actor, akind, item, n_changes, product)
        if res is None:
            continue
        start, changes = res
        word_p = rng.choice([0.0, 0.15, 0.3, 0.55])
        # number display
        if product:
            start['a_text'], start['a_style'] = choose_numtext(rng, start['a'], word_p,
                                                               'each of {PN} {a}' not in start['tpl']['text'])
            start['b_text'], start['b_style'] = choose_numtext(rng, start['b'], word_p, True)
            start['style'] = 'prod'
        else:
            start['n_text'], start['style'] = choose_numtext(rng, start['value'], word_p, True)
        start['fill'] = {}
        cont = start.get('cont')
        if cont:
            start['fill'].update(csg=cont[0], cpl=cont[1], cprep=cont[2])
        start['fill'].update(box=rng.choice(BOXES), loc=rng.choice(LOCS.get(akind, LOCS['p'])))
        for c in changes:
            if c['imp']:
                c['n_text'], c['style'] = '', 'imp'
            else:
                c['n_text'], c['style'] = choose_numtext(rng, c['n'], word_p, c['tpl']['dozen_ok'])
            others = [n for n in FEMALE + MALE + NEUTRAL if n != actor['name']]
            c['fill'] = {'other': rng.choice(others), 'rel': rng.choice(RELS)}
            c['fill']['place'] = rng.choice(PLACES).format(poss=actor['poss'])
        st = {'actor': actor, 'item': item, 'start': start, 'changes': changes, 'product': product,
              'tense': rng.choice(['past', 'past', 'pres']),
              'register': reg}
        eqs = true_eqs(start, changes, product)
        if any(e[3] is None or e[3] < 0 or e[3] > 9999 for e in eqs):
            continue
        E = len(eqs)
        if pos == 'middle' and E < 3:
            continue
        if kind in ('none', 'answer'):
            k = E
        elif pos == 'first':
            k = 0
        elif pos == 'last':
            k = E - 1
        else:
            k = rng.randint(1, E - 2)
        inj = inject(rng, st, eqs, kind, k)
        if inj is None:
            continue
        written, final_num, sub = inj
        st['err_step'] = k
        st['err_operand_side'] = sub.split('_')[1] if sub and sub.startswith('operand_') else None
        problem, nsent = assemble_problem(rng, st)
        if len(problem.split()) > 90 or nsent > 8:
            continue
        err_sub = {'arithmetic': 'arithmetic', 'operation': 'operation', 'answer': 'answer'}.get(sub, 'operand' if sub else None)
        steps = build_solution(rng, st, written, final_num, k if kind != 'none' else -5, kind, err_sub)
        label = -1 if kind == 'none' else k
        rec = {'problem': problem, 'steps': steps, 'label': label,
               'final_answer_correct': final_num == eqs[-1][3], 'error_kind': kind}
        meta = {'start': None if product else start['value'],
                'factors': (start['a'], start['b']) if product else None,
                'changes': [(c['op'], c['n'], bool(c['imp'])) for c in changes],
                'written': written, 'final': final_num, 'position': pos, 'sub': sub,
                'templates': [c['tpl']['text'] for c in changes], 'item': item['pl'],
                'name': actor['name'], 'register': st['register'], 'nsent': nsent,
                'start_order': start['tpl'].get('order', 'ab') if product else None}
        return rec, meta
    raise RuntimeError('could not build a record')


def generate_with_meta(seed, count):
    rng = random.Random(seed)
    out = []
    for i in range(count):
        rec, meta = _one(rng, i)
        rec = {'id': f"af-{seed}-{i:05d}", **rec}
        out.append((rec, meta))
    return out


def generate(seed: int, count: int) -> list[dict]:
    return [r for r, _ in generate_with_meta(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, 'records.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == "__main__":
    main()
