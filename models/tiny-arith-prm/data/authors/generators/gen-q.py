#!/usr/bin/env python3
"""Scorekeeping-register generator for tiny-arith PRM records.

Register: sports and games scorekeeping. Problems are told in a lively
commentator voice; solutions are an assistant coach's clipboard notes.
Standard library only; deterministic for a seed.
"""
import json
import math
import os
import random
import re

# ---------------------------------------------------------------- numbers
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
         "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
         70: "seventy", 80: "eighty", 90: "ninety"}


def num_word(n):
    if n < 20:
        return _ONES[n]
    t, o = (n // 10) * 10, n % 10
    return _TENS[t] if o == 0 else _TENS[t] + "-" + _ONES[o]


WORD_VALUES = {w: i for i, w in enumerate(_ONES)}
WORD_VALUES.update({w: t for t, w in _TENS.items()})

# ---------------------------------------------------------------- verbs
_IRREG = {
    "be": "was", "have": "had", "do": "did", "get": "got", "win": "won", "find": "found",
    "catch": "caught", "lose": "lost", "give": "gave", "take": "took", "sell": "sold",
    "spend": "spent", "buy": "bought", "bring": "brought", "make": "made", "pay": "paid",
    "put": "put", "hit": "hit", "cut": "cut", "split": "split", "let": "let", "shed": "shed",
    "throw": "threw", "steal": "stole", "dig": "dug", "sweep": "swept", "hold": "held",
    "keep": "kept", "come": "came", "go": "went", "see": "saw", "run": "ran", "swim": "swam",
    "begin": "began", "sit": "sat", "hang": "hung", "feed": "fed", "leave": "left",
    "lend": "lent", "deal": "dealt", "grow": "grew", "blow": "blew", "shrink": "shrank",
    "slide": "slid", "bite": "bit", "ring": "rang", "stand": "stood", "eat": "ate",
    "draw": "drew", "string": "strung", "strike": "struck", "shake": "shook",
    "grind": "ground", "cost": "cost", "send": "sent", "sink": "sank", "swell": "swelled",
    "fly": "flew", "fall": "fell", "wind": "wound", "become": "became", "rise": "rose",
    "drive": "drove", "hear": "heard", "sing": "sang", "think": "thought", "say": "said",
    "tell": "told", "shoot": "shot", "forget": "forgot", "choose": "chose", "read": "read",
    "stick": "stuck", "light": "lit", "mislay": "mislaid", "wake": "woke", "break": "broke",
}
_DOUBLE = {"grab", "snag", "nab", "net", "bag", "drop", "slip", "chip", "stop", "ship",
           "tap", "trim", "rob", "scrap", "swap", "zap", "bat", "tip", "tag", "lob",
           "flip", "plop", "snap", "jig", "flop", "rip", "scrub", "stab", "step",
           "strip", "whip", "wrap", "skip", "slam", "jam", "cram", "spot", "trot",
           "dip", "pin", "plan", "scan", "top", "log", "jog", "hug", "mop", "pop",
           "rub", "sip", "rig", "drag", "brag", "lug", "tug", "plug", "shrug", "spin",
           "admit", "commit", "submit", "regret", "equip", "prod", "nod", "kid"}


def _third(v):
    if v == "be":
        return "is"
    if v == "have":
        return "has"
    if v == "do":
        return "does"
    if v == "go":
        return "goes"
    if re.search(r"(s|sh|ch|x|z|o)$", v):
        return v + "es"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ies"
    return v + "s"


def _past(v, plural):
    if v == "be":
        return "were" if plural else "was"
    if v in _IRREG:
        return _IRREG[v]
    if v.endswith("e"):
        return v + "d"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ied"
    if v in _DOUBLE:
        return v + v[-1] + "ed"
    return v + "ed"


def conj(v, tense, plural):
    if tense == "past":
        return _past(v, plural)
    if plural:
        return "are" if v == "be" else v
    return _third(v)


# ---------------------------------------------------------------- items
# (spec, class, tags). spec "sing" or "sing/plural".
def _items(specs, cls, tags=""):
    out = []
    for s in specs:
        if "/" in s:
            sg, pl = s.split("/")
        else:
            sg = s
            if re.search(r"(s|sh|ch|x|z)$", s):
                pl = s + "es"
            elif re.search(r"[^aeiou]y$", s):
                pl = s[:-1] + "ies"
            else:
                pl = s + "s"
        out.append({"s": sg, "p": pl, "cls": cls, "tags": set(tags.split()) if tags else set()})
    return out


ITEMS = []
ITEMS += _items(["coin", "gem", "ruby/rubies", "sapphire", "emerald", "diamond", "pearl", "star",
                 "key", "potion", "arrow", "heart", "crystal", "shard", "orb", "token",
                 "scroll", "rune", "relic", "bolt", "gear", "feather", "ring", "bell",
                 "seashell", "firefly/fireflies", "battery/batteries", "bomb", "moonstone",
                 "fossil", "life/lives", "extra life/extra lives", "gold bar", "gold nugget",
                 "health pack", "mana potion", "power cell", "star fragment", "badge",
                 "gold piece", "silver piece", "crown", "spell card", "fire flower", "horseshoe",
                 "ember", "ammo clip", "lockpick", "map fragment", "ore chunk", "iron ingot",
                 "wood plank", "stone block", "lucky clover", "pixel heart", "glowworm",
                 "magic bean", "treasure map", "dragon scale", "silver key", "warp pipe token",
                 "trophy/trophies", "blue orb", "skull coin", "thunder stone"], "collect", "game")
ITEMS += _items(["mushroom", "banana", "cherry/cherries", "acorn", "cookie", "donut", "berry/berries",
                 "carrot", "turnip", "chicken leg", "golden apple"], "collect", "game food")
ITEMS += _items(["trout/trout", "bass/bass", "perch/perch", "pike/pike", "walleye/walleye",
                 "bluegill", "catfish/catfish", "crappie", "carp/carp", "salmon/salmon",
                 "mackerel/mackerel", "snapper", "cod/cod", "flounder/flounder", "sunfish/sunfish",
                 "minnow", "sardine", "herring/herring", "whitefish/whitefish", "muskie",
                 "grayling/grayling", "shad/shad", "smelt/smelt", "redfish/redfish",
                 "rockfish/rockfish", "bream/bream", "mullet/mullet", "crab"], "fish")
ITEMS += _items(["dollar", "play-money dollar", "poker chip", "gold doubloon", "credit",
                 "casino chip", "paper dollar"], "money", "board")
ITEMS += _items(["victory point", "house", "hotel", "property card", "sheep card", "wheat card",
                 "brick card", "ore card", "lumber card", "letter tile", "checker", "pawn",
                 "domino/dominoes", "marble", "wooden cube", "bonus card", "train card",
                 "meeple", "gem token", "army piece", "plastic soldier"], "collect", "board")
ITEMS += _items(["trading card", "sticker", "pennant", "scarf/scarves", "foam finger", "bobblehead",
                 "program", "ticket stub", "autograph", "water bottle", "towel", "cone", "bib",
                 "medal", "ribbon", "enamel pin", "cap", "wristband", "sweatband", "mouthguard",
                 "tennis ball", "golf ball", "baseball", "softball", "shuttlecock", "hockey puck",
                 "volleyball", "soccer ball", "basketball", "football", "frisbee", "racket", "bat",
                 "helmet", "jersey", "glove", "dart", "rally towel", "team poster", "signed photo",
                 "souvenir cup", "plaque", "rosette", "pom-pom", "megaphone", "headband",
                 "knee pad", "shin guard", "stopwatch", "whistle", "bandana"], "collect", "fan")
ITEMS += _items(["hot dog", "pretzel", "sunflower seed", "nacho", "churro"], "collect", "fan food")
ITEMS += _items(["point", "goal", "run", "basket", "try/tries", "touchdown", "trey", "free throw",
                 "field goal", "bullseye", "birdie", "home run", "ringer", "style point",
                 "bonus point", "tournament point", "rating point", "knockout", "dunk",
                 "header", "drop goal", "penalty goal", "conversion", "trick shot"], "pts", "team")
ITEMS += _items(["rebound", "assist", "tackle", "save", "strikeout", "hit", "block", "steal",
                 "interception", "sack", "wicket", "dig", "kill", "ace", "corner", "catch",
                 "takedown", "stolen base", "faceoff win", "win", "victory/victories",
                 "checkmate", "capture", "shutout", "blocked shot", "podium finish",
                 "forced fumble", "clean tackle"], "stat", "team")
ITEMS += _items(["lap", "length", "push-up", "sit-up", "pull-up", "burpee", "squat", "mile",
                 "kilometre", "sprint", "jumping jack", "lunge", "crunch", "rope climb",
                 "box jump", "shuttle run", "hill repeat", "cartwheel", "star jump",
                 "plank hold"], "rep")
ITEMS += _items(["pin", "bowling pin"], "pins", "team")
ITEMS += _items(["strike", "spare"], "stat", "team")


def item_ctx(it):
    c = it["cls"]
    if c in ("pts", "stat", "rep", "pins"):
        return "sport"
    if c == "fish":
        return "fish"
    if c == "money" or "board" in it["tags"]:
        return "board"
    if "fan" in it["tags"]:
        return "fan"
    return "game"


# ---------------------------------------------------------------- owners
_F = ("Ava Priya Lena Rosa Mei Tamsin Jada Noor Greta Imani Bea Carmen Dot Esme Farah Gwen Hana "
      "Ines June Keiko Lupe Marisol Nadia Odette Pia Rhea Saoirse Tova Uma Vida Wren Ximena Yara "
      "Zelda Maxine Birdie Ottilie Delphine Ngozi Astrid Constance Fern Harriet Ivy Juno Kit Leila "
      "Marguerite Nell Opal Petra Rosalind Sunny Thea Valentina Winnie Xiu Yolanda Zainab Anouk "
      "Blessing Clementine Dagny Elodie Flo Gigi Hattie Isolde Jolene Kamala").split()
_M = ("Marco Desmond Theo Kofi Rafi Bodhi Cyrus Dmitri Emeka Fitz Gus Hamish Ignacio Jonah Kenji "
      "Lars Mateo Nils Oskar Pavel Quentin Rocco Santiago Tobias Ulysses Vikram Wendell Xavi Yusuf "
      "Zeke Arlo Benny Caspian Duncan Ezra Felix Gideon Horace Ike Jasper Kwame Leopold Mack Nico "
      "Otis Percy Reggie Silas Thaddeus Virgil Walt Yuri Alonzo Barnaby Cormac Dario Elio Florian "
      "Garrett Hector Iggy Jules Kasimir Luca Mordecai Ned Orville Pascal Ruben Stellan").split()
_NICK_F = ["Rocket Reyes", "Coach Okafor", "Aunt Dee", "Captain Ruiz", "Granny Pearl",
           "Dizzy Daniels", "Lucky Lin", "Turbo Tess", "Jinx", "Doc Halvorsen", "Mama Bear",
           "Duchess", "Firecracker Fay", "Grandma Rue", "Auntie Lulu", "Chef Ramona",
           "Nana Josephine", "Skipper Marge", "Slugger Sue", "Coach Abernathy"]
_NICK_M = ["Big Mo", "Slim Watts", "Uncle Ray", "Grandpa Joe", "Skipper Lou", "Old Man Hobbs",
           "Lefty Morales", "Sparky", "Tank", "Hot-Hand Hank", "Ace Abernathy", "Boomer",
           "Sarge", "Professor Quill", "Cousin Vinnie", "Pops", "Kid Calloway", "Smokey",
           "Iceman Ivo", "Uncle Tibor", "Deacon Brandt", "Judge Whitaker", "Coach Brennan"]
_TAG_F = ["PixelPaz", "MossyKnight", "ZapZara", "LlamaDrama", "QuasarQueen", "StarryNova",
          "CosmoKat"]
_TAG_M = ["NightOwl", "GlitchGoblin", "ByteBandit", "TurboTaco", "WaffleWizard", "Captain Crumb",
          "SirPounce"]
_TEAMS = ["Hawks", "Otters", "Riverside Rockets", "Granite Bay Gulls", "Cedar Falls Comets",
          "Mudcats", "Thunderbolts", "Blue Herons", "Ironsides", "Prairie Dogs", "Marauders",
          "Night Owls", "Badgers", "Red Foxes", "Polar Bears", "Tidewater Turtles", "Sandpipers",
          "Copperheads", "Wildcats", "Harbor Seals", "Timberwolves", "Fireflies", "Stingrays",
          "Bulldogs", "Falcons", "Hornets", "Vikings", "Pirates", "Mavericks", "Grizzlies",
          "Jackrabbits", "Cougars", "Panthers", "Ravens", "Pelicans", "Cyclones", "Barracudas",
          "Sea Dogs", "Rattlers", "Kestrels", "Bandits", "Knights", "Golden Eagles",
          "Storm Chasers", "Mountaineers", "Steamrollers", "Lumberjacks", "Dragonflies"]


def make_owner(rng, ctx, cls):
    r = rng.random()
    if ctx == "sport" and cls in ("pts", "stat", "pins") and r < 0.35:
        t = rng.choice(_TEAMS)
        return {"name": "the " + t, "short": t, "plural": True, "subj": "they", "obj": "them",
                "poss": "their", "refl": "themselves", "person": False}
    r = rng.random()
    if ctx == "game" and r < 0.25:
        pool = [(n, "f") for n in _TAG_F] + [(n, "m") for n in _TAG_M]
    elif r < 0.3:
        pool = [(n, "f") for n in _NICK_F] + [(n, "m") for n in _NICK_M]
    else:
        pool = [(n, "f") for n in _F] + [(n, "m") for n in _M]
    name, g = rng.choice(pool)
    if g == "f":
        pr = ("she", "her", "her", "herself")
    else:
        pr = ("he", "him", "his", "himself")
    return {"name": name, "short": name, "plural": False, "subj": pr[0], "obj": pr[1],
            "poss": pr[2], "refl": pr[3], "person": True}


# ---------------------------------------------------------------- phrase pools
# Each template: (form, text, ctxs or None, extra) ; form "vp" (owner subject is prefixed) or "cl".
def _t(form, text, ctx=None, k=None):
    return {"form": form, "text": text, "ctx": set(ctx.split()) if ctx else None, "k": k}


ADD_COLLECT = [_t("vp", x) for x in [
    "<collect> {NI}", "<grab> {NMI}", "<pick> up {NI}", "<snag> {NMI}", "<scoop> up {NI}",
    "<nab> {NI}", "<find> {NMI}", "<earn> {NI}", "<win> {NMI}", "<pocket> {NI}",
    "<gather> {NI}", "<dig> up {NI}", "<uncover> {NI}", "<bag> {NMI}", "<stash> away {NI}",
    "<rake> in {NI}", "<receive> {NI}", "<claim> {NI}", "<buy> {NMI}", "<trade> for {NI}",
    "<haul> in {NI}", "<scrape> together {NMI}", "<be> handed {NI}", "<be> given {NMI}",
    "<get> {NMI}", "<add> {NI} to the pile", "<land> {NMI}", "<round> up {NI}",
    "<sweep> up {NI}", "<bring> home {NMI}", "<swipe> {NI}", "<tack> on {NMI}",
    "<come> away with {NMI}", "<walk> off with {NMI}", "<snap> up {NI}", "<pull> in {NMI}",
    "<bank> {NMI}", "<secure> {NI}", "<pick> off {NI}", "<score> {NMI}", "<net> {NMI}",
    "<chalk> up {NMI}", "<be> gifted {NI}", "<get> hold of {NMI}", "<lay> claim to {NI}"]]
ADD_COLLECT += [
    _t("vp", "<loot> {NI} from a chest", "game"), _t("vp", "<farm> {NMI}", "game"),
    _t("vp", "<unlock> {NI}", "game"), _t("vp", "<hoover> up {NI}", "game"),
    _t("vp", "<smash> a crate and <find> {NI} inside", "game"),
    _t("vp", "<beat> the mini-boss and <collect> {NI}", "game"),
    _t("vp", "<buy> {NI} at the souvenir stand", "fan"),
    _t("vp", "<catch> {NI} tossed into the stands", "fan"),
    _t("vp", "<trade> a rookie card for {NI}", "fan"),
    _t("vp", "<draw> {NI} from the pile", "board"),
    _t("vp", "<take> {NI} from the supply", "board"),
    _t("cl", "a teammate [tosses|tossed] {O} {NI}"),
    _t("cl", "{NMI} [land|landed] in {P} bag"),
    _t("cl", "another {NI} [come|came] {P} way"),
    _t("cl", "{P} pile [grows|grew] by {N}"),
    _t("cl", "{P} stash [gets|got] {NMI}"),
    _t("cl", "{P} total [climbs|climbed] by {N}"),
    _t("cl", "a bonus chest [gives|gave] {O} {NI}", "game"),
    _t("cl", "a friendly shopkeeper [hands|handed] {O} {NI}", "game"),
    _t("cl", "the vendor [slips|slipped] {O} {NMI}", "fan"),
    _t("cl", "the mascot [throws|threw] {NI} right to {O}", "fan"),
    _t("cl", "the player next to {O} [passes|passed] over {NI}", "board"),
]

ADD_MONEY = [
    _t("vp", "<collect> {NI} for passing the start square"), _t("vp", "<receive> {NI} in rent"),
    _t("vp", "<be> paid {NI}"), _t("vp", "<win> {NI} on a lucky card"),
    _t("vp", "<draw> a card that pays {O} {NI}"), _t("vp", "<take> {NI} from the bank"),
    _t("vp", "<pocket> {NI} in rent"), _t("vp", "<rake> in {NI} from rent"),
    _t("vp", "<sell> a property for {NI}"), _t("vp", "<land> on a payday space and <collect> {NI}"),
    _t("vp", "<win> {NI} from the pot"), _t("vp", "<cash> a bonus worth {NI}"),
    _t("cl", "the bank [pays|paid] {O} {NI}"), _t("cl", "a lucky card [sends|sent] {NI} {P} way"),
    _t("cl", "the player on {P} left [pays|paid] {O} {NI} in rent"),
]

ADD_FISH = [_t("vp", x) for x in [
    "<catch> {NMI}", "<reel> in {NMI}", "<land> {NMI}", "<hook> {NMI}", "<net> {NMI}",
    "<pull> in {NMI}", "<haul> in {NMI}", "<bring> in {NMI}", "<boat> {NMI}", "<snag> {NMI}",
    "<add> {NMI} to the cooler", "<pull> {NMI} out of the reeds", "<jig> up {NMI}",
    "<bag> {NMI}", "<manage> to land {NMI}", "<hook> into {NMI}", "<drag> in {NMI}",
    "<wrestle> {NMI} into the boat", "<fish> out {NMI}"]]
ADD_FISH += [
    _t("cl", "{NMI} [bite|bit] on {P} line"), _t("cl", "{P} buddy [hands|handed] {O} {NMI}"),
    _t("cl", "the evening rise [brings|brought] {O} {NMI}"),
    _t("cl", "{P} cooler [gets|got] {NMI}"),
]

ADD_TALLY = [_t("vp", x) for x in [
    "<rack> up {NMI}", "<chalk> up {NMI}", "<tack> on {NMI}", "<log> {NMI}", "<notch> {NMI}",
    "<record> {NMI}", "<post> {NMI}", "<add> {NMI}", "<bank> {NMI}", "<pick> up {NMI}",
    "<earn> {NMI}", "<collect> {NMI}", "<pile> on {NMI}", "<ring> up {NMI}", "<clock> up {NMI}",
    "<stack> up {NMI}", "<be> credited with {NMI}", "<string> together {NMI}",
    "<reel> off {NMI}", "<come> up with {NMI}", "<put> up {NMI}", "<grab> {NMI}",
    "<add> {NMI} to {P} tally", "<get> {NMI}", "<pile> up {NMI}", "<be> awarded {NMI}",
    "<snag> {NMI}", "<haul> in {NMI}", "<tally> {NMI}"]]
ADD_TALLY += [
    _t("cl", "the ref [awards|awarded] {O} {NMI}"),
    _t("cl", "the judges [give|gave] {O} {NMI}"),
    _t("cl", "{NMI} [go|went] up on the board for {O}"),
    _t("cl", "{P} tally [jumps|jumped] by {N}"),
    _t("cl", "{P} total [climbs|climbed] by {N}"),
    _t("cl", "the scorer [adds|added] {NI} to {P} column"),
    _t("cl", "{N} more [are|were] chalked up for {O}"),
    _t("cl", "the scoreboard [ticks|ticked] up by {N} for {O}"),
]
ADD_PTS = [_t("vp", x) for x in [
    "<score> {NMI}", "<net> {NMI}", "<pour> in {NMI}", "<knock> in {NMI}", "<sneak> in {NMI}",
    "<bang> in {NMI}", "<hang> {NMI} on the scoreboard", "<drain> {NMI}", "<slot> home {NMI}",
    "<fire> in {NMI}", "<convert> {NMI}"]]
ADD_REP = [_t("vp", x) for x in [
    "<do> {NMI}", "<complete> {NMI}", "<knock> out {NMI}", "<crank> out {NMI}",
    "<bang> out {NMI}", "<grind> out {NMI}", "<finish> {NMI}", "<squeeze> in {NMI}",
    "<power> through {NMI}", "<churn> out {NMI}", "<pump> out {NMI}", "<rattle> off {NMI}",
    "<hammer> out {NMI}", "<push> through {NMI}", "<fit> in {NMI}"]]
ADD_PINS = [_t("vp", x) for x in [
    "<knock> down {NMI}", "<topple> {NMI}", "<flatten> {NMI}", "<clear> {NMI}",
    "<take> out {NMI}", "<send> {NMI} flying", "<mow> down {NMI}", "<scatter> {NMI}",
    "<bowl> over {NMI}", "<smash> through {NMI}"]]

SUB_COLLECT = [_t("vp", x) for x in [
    "<lose> {NX}", "<spend> {NX}", "<drop> {NX}", "<use> up {NX}", "<burn> through {NX}",
    "<give> away {NX}", "<trade> away {NX}", "<sell> {NX}", "<waste> {NX}", "<donate> {NX}",
    "<blow> {NX} on upgrades", "<shell> out {NX}", "<fork> over {NX}", "<hand> over {NX}",
    "<fumble> {NX}", "<leave> {NX} behind", "<toss> out {NX}", "<throw> away {NX}",
    "<misplace> {NX}", "<part> with {NX}", "<swap> away {NX}", "<give> up {NX}",
    "<surrender> {NX}", "<lend> {NX} to a teammate", "<gift> {NX} to a rookie",
    "<sacrifice> {NX}", "<pass> {NX} to a friend", "<offload> {NX}", "<dump> {NX}",
    "<forfeit> {NX}", "<cough> up {NX}", "<ditch> {NX}", "<let> go of {NX}",
    "<hand> out {NX}", "<spill> {NX}", "<mislay> {NX}", "<give> {NX} to a fan in the front row",
    "<sell> off {NX}", "<pay> {NX}", "<shed> {NX}"]]
SUB_COLLECT += [
    _t("vp", "<feed> {NX} into the upgrade machine", "game"), _t("vp", "<cash> in {NX}", "game"),
    _t("vp", "<burn> {NX} on a revive", "game"), _t("vp", "<spend> {NX} at the blacksmith", "game"),
    _t("vp", "<return> {NX} to the supply", "board"), _t("vp", "<discard> {NX}", "board"),
    _t("vp", "<sign> {NX} over to a kid at the rail", "fan"),
    _t("cl", "a goblin [steals|stole] {NX} from {O}", "game"),
    _t("cl", "{NX} [slip|slipped] through {P} fingers"),
    _t("cl", "{N} of {P} {I} [vanish|vanished] in a glitch", "game"),
    _t("cl", "the toll bridge [costs|cost] {O} {NI}", "game"),
    _t("cl", "{P} stash [shrinks|shrank] by {N}"),
    _t("cl", "{P} pile [goes|went] down by {N}"),
    _t("cl", "a thief [makes|made] off with {NX}"),
    _t("cl", "the shopkeeper [takes|took] {NI} off {O}", "game"),
    _t("cl", "a gust of wind [carries|carried] off {NX}", "fan board"),
    _t("cl", "the robber [swipes|swiped] {NX} from {O}", "board"),
]
SUB_FOOD = [_t("vp", x) for x in [
    "<eat> {NX}", "<munch> {NX}", "<wolf> down {NX}", "<gobble> up {NX}", "<snack> on {NX}",
    "<polish> off {NX}"]]
SUB_MONEY = [
    _t("vp", "<pay> {NI} in rent"), _t("vp", "<pay> a fine of {NI}"), _t("vp", "<pay> {NI} in taxes"),
    _t("vp", "<spend> {NI} on a hotel"), _t("vp", "<buy> a railroad for {NI}"),
    _t("vp", "<hand> the bank {NI}"), _t("vp", "<lose> {NI} on a bad roll"),
    _t("vp", "<fork> over {NI}"), _t("vp", "<cough> up {NI}"), _t("vp", "<shell> out {NI}"),
    _t("vp", "<bet> {NI} and <lose> it all"), _t("vp", "<pay> {NI} to get out of jail"),
    _t("vp", "<spend> {NI}"), _t("vp", "<lose> {NI}"),
    _t("cl", "the bank [collects|collected] {NI} from {O}"),
    _t("cl", "a tax square [costs|cost] {O} {NI}"),
    _t("cl", "rent on a pricey street [eats|ate] up {NI} of {P} cash"),
    _t("cl", "a repair card [takes|took] {NI} off {O}"),
]
SUB_TALLY = [_t("vp", x) for x in [
    "<be> docked {NI}", "<have> {NI} taken off", "<have> {NI} disallowed", "<give> back {NI}",
    "<forfeit> {NI}", "<be> penalized {NI}", "<lose> {NI}", "<cough> up {NI}",
    "<surrender> {NI}", "<see> {NI} wiped off the board", "<have> {NI} chalked off",
    "<have> {NI} struck from the record", "<get> {NI} deducted", "<shed> {NI}", "<drop> {NI}",
    "<have> {NI} thrown out on review", "<lose> {NX} to a scoring error",
    "<get> {NI} knocked off for a foul", "<have> {NX} scrubbed after a protest"]]
SUB_TALLY += [
    _t("cl", "the ref [takes|took] {NI} off {O}"),
    _t("cl", "a video review [wipes|wiped] out {NI}"),
    _t("cl", "the judges [deduct|deducted] {NI} from {P} total"),
    _t("cl", "a penalty [costs|cost] {O} {NI}"),
    _t("cl", "{N} of {P} {I} [are|were] ruled out on review"),
    _t("cl", "the scorers [strike|struck] off {NI}"),
    _t("cl", "{P} total [slides|slid] by {N}"),
    _t("cl", "a technical foul [costs|cost] {O} {NI}"),
    _t("cl", "{P} tally [drops|dropped] by {N}"),
    _t("cl", "{N} [come|came] off {P} total after a rules check"),
    _t("cl", "the official [scratches|scratched] {NX}"),
    _t("cl", "the stat crew [takes|took] back {NX}"),
]
SUB_FISH = [_t("vp", x) for x in [
    "<release> {NX}", "<throw> back {NX}", "<toss> back {NX}", "<let> {NX} go",
    "<give> {NX} to a neighbor", "<fry> up {NX} for lunch", "<grill> {NX}",
    "<trade> {NX} for bait", "<slip> {NX} back into the lake", "<lose> {NX} over the side",
    "<hand> {NX} to the kids on the pier", "<gift> {NX} to the dock master",
    "<sell> {NX} at the market", "<drop> {NX} back in the water", "<cook> {NX} over the fire",
    "<smoke> {NX} for the freezer", "<put> {NX} back"]]
SUB_FISH += [
    _t("cl", "{NX} [flop|flopped] back into the water"),
    _t("cl", "a heron [snatches|snatched] {NX} from {P} bucket"),
    _t("cl", "the dock cat [swipes|swiped] {NX}"),
    _t("cl", "{N} of {P} {I} [wriggle|wriggled] free"),
    _t("cl", "the warden [makes|made] {O} release {NX}"),
    _t("cl", "a gull [steals|stole] {NX}"),
]

MUL = [
    _t("vp", "<double> {P} {I}", k=2), _t("vp", "<manage> to double {P} {I}", k=2),
    _t("vp", "<end> up with twice as many {I} as before", k=2),
    _t("vp", "<have> twice as many {I} after the bonus round", k=2),
    _t("vp", "<triple> {P} {I}", k=3), _t("vp", "<end> up with triple the {I}", k=3),
    _t("vp", "<quadruple> {P} {I}", k=4),
    _t("vp", "<multiply> {P} {I} by {K}"),
    _t("vp", "<end> up with {K} times as many {I} as before"),
    _t("vp", "<hit> a multiplier that makes {P} {I} {K} times larger", "game sport board"),
    _t("vp", "<grow> {P} {I} to {K} times what they were"),
    _t("vp", "<have> {K} times as many {I} after the power surge", "game"),
    _t("vp", "<roll> the jackpot space and <see> {P} {I} multiplied by {K}", "board"),
    _t("vp", "<come> back from the far bank with {K} times as many {I}", "fish"),
    _t("cl", "{P} {I} [double|doubled]", k=2),
    _t("cl", "a golden power-up [doubles|doubled] {P} {I}", "game", k=2),
    _t("cl", "the double-points round [doubles|doubled] {P} {I}", "sport", k=2),
    _t("cl", "{P} {I} [are|were] doubled by a lucky bonus", k=2),
    _t("cl", "{P} {I} [triple|tripled]", k=3),
    _t("cl", "a hot streak [triples|tripled] {P} {I}", "sport game board", k=3),
    _t("cl", "the bonus round [multiplies|multiplied] {P} {I} by {K}", "game sport board"),
    _t("cl", "the jackpot [makes|made] {P} stack of {I} {K} times bigger", "game board"),
    _t("cl", "each of {P} {I} [turns|turned] into {K}", "game board"),
    _t("cl", "{P} {I} [are|were] multiplied by {K}"),
    _t("cl", "{P} {I} [grow|grew] to {K} times as many"),
    _t("cl", "every {i} [counts|counted] {K} times over thanks to the multiplier", "game sport"),
    _t("cl", "the judges [multiply|multiplied] {P} total by {K}", "sport"),
    _t("cl", "the crowd [roars|roared] as {P} {I} [become|became] {K} times as many", "sport fan"),
    _t("cl", "{P} pile of {I} [swells|swelled] to {K} times its size"),
    _t("cl", "by sundown {P} haul [is|was] {K} times as big", "fish"),
    _t("cl", "a lucky card [doubles|doubled] {P} {I}", "board", k=2),
]
DIV = [
    _t("vp", "<split> {P} {I} evenly among {K} {REC} and <keep> one share"),
    _t("vp", "<divide> {P} {I} into {K} equal piles and <hang> on to one of them"),
    _t("vp", "<share> {P} {I} equally among {K} {REC}, keeping one share for {R}"),
    _t("vp", "<split> {P} {I} into {K} equal stacks and <keep> just one"),
    _t("vp", "<hand> out {P} {I} in {K} equal shares and <keep> a share for {R}"),
    _t("vp", "<divide> {P} {I} evenly among {K} {REC} and <hold> on to {P} own share"),
    _t("cl", "the {I} [are|were] split evenly among {K} {REC}, and {S} <keep> one share"),
    _t("cl", "the coach [makes|made] {O} split the {I} equally among {K} {REC}, and {S} <keep> one share", "sport fan"),
    _t("cl", "the rules [force|forced] {O} to divide {P} {I} into {K} equal parts and keep only one", "board game"),
    _t("vp", "<lose> half of {P} {I}", k=2), _t("vp", "<cut> {P} {I} in half", k=2),
    _t("vp", "<give> away half of {P} {I}", k=2), _t("vp", "<keep> only half of {P} {I}", k=2),
    _t("cl", "a penalty [cuts|cut] {P} {I} in half", "sport", k=2),
    _t("cl", "{P} {I} [are|were] halved by a nasty trap", "game board", k=2),
    _t("cl", "the glitch [wipes|wiped] out half of {P} {I}", "game", k=2),
    _t("cl", "half of {P} {I} [vanish|vanished] in the storm", k=2),
    _t("cl", "the rulebook [halves|halved] {P} total", "sport board", k=2),
    _t("vp", "<keep> only a third of {P} {I}", k=3),
    _t("cl", "only a third of {P} {I} [survive|survived] the crash", "game", k=3),
    _t("vp", "<end> up keeping just a third of {P} {I}", k=3),
]
REC = {
    "sport": ["teammates", "squadmates", "players", "bench players", "relay partners",
              "kids on the roster", "starters"],
    "fan": ["friends", "cousins", "classmates", "fans in the row", "buddies", "club members"],
    "game": ["party members", "guild mates", "raid members", "co-op partners", "players",
             "squad members"],
    "fish": ["anglers", "fishing buddies", "crew members", "campers", "deckhands"],
    "board": ["players at the table", "family members", "cousins", "partners", "players"],
}

START = [
    _t("vp", "<start> with {NI}"), _t("vp", "<have> {NI}"), _t("vp", "<begin> the day with {NI}"),
    _t("vp", "<kick> off with {NI}"), _t("vp", "<start> out with {NI}"),
    _t("vp", "<have> {NI} to begin with"), _t("vp", "<come> in with {NI}"),
    _t("vp", "<sit> on {NI}"),
    _t("vp", "<open> the game with {NI}", "sport"), _t("vp", "<have> {NI} on the board", "sport"),
    _t("vp", "<be> sitting on {NI}", "sport game board"),
    _t("vp", "<head> into the break with {NI}", "sport"),
    _t("vp", "<enter> the final stretch with {NI}", "sport"),
    _t("cl", "the scoreboard [shows|showed] {NI} for {O}", "sport"),
    _t("cl", "{P} tally [stands|stood] at {NI}", "sport"),
    _t("vp", "<bring> {NI} into the final period", "sport"),
    _t("vp", "<log> in with {NI}", "game"), _t("vp", "<start> the level with {NI}", "game"),
    _t("cl", "{NI} [sit|sat] in {P} inventory", "game"),
    _t("cl", "{P} stash [holds|held] {NI}", "game"),
    _t("vp", "<load> up a save file with {NI}", "game"),
    _t("cl", "there [are|were] already {NI} in {P} cooler", "fish"),
    _t("vp", "<have> {NI} in the cooler by breakfast", "fish"),
    _t("vp", "<catch> {NI} in the early hours", "fish"),
    _t("vp", "<be> dealt {NI}", "board"), _t("vp", "<start> the game with {NI}", "board"),
    _t("cl", "the banker [hands|handed] {O} {NI} to start", "board"),
    _t("vp", "<own> {NI}", "fan"), _t("vp", "<have> a collection of {NI}", "fan"),
    _t("vp", "<bring> {NI} to the stadium", "fan"),
]
CONT = {
    "game": ["treasure chests", "crates", "pouches", "sacks", "barrels", "vaults", "loot bags",
             "caches", "bundles", "satchels"],
    "fish": ["buckets", "coolers", "nets", "baskets", "pails", "creels", "tubs"],
    "board": ["stacks", "piles", "bundles", "envelopes", "trays", "neat rows"],
    "fan": ["boxes", "packs", "bins", "binders", "shelves", "crates", "bags", "cases", "tubs",
            "drawers"],
}
UNITS = ["rounds", "games", "innings", "quarters", "periods", "sets", "heats", "matches",
         "frames", "sessions", "legs", "weeks", "practices", "nights", "tournaments", "workouts"]
PROD_CONT = [
    _t("vp", "<start> with {A} {C} of {B} {I} each"),
    _t("vp", "<have> {A} {C} holding {B} {I} apiece"),
    _t("vp", "<open> {A} {C} with {B} {I} in each", "game fan"),
    _t("cl", "{A} {C}, each packed with {B} {I}, [are|were] waiting in {P} inventory", "game"),
    _t("vp", "<find> {A} {C} holding {B} {I} apiece", "game"),
    _t("vp", "<fill> {A} {C} with {B} {I} each", "fish"),
    _t("vp", "<haul> in {A} {C} with {B} {I} in each", "fish"),
    _t("vp", "<get> {A} {C} of {B} {I} at the start", "board"),
    _t("vp", "<buy> {A} {C} of {B} {I}", "fan"),
    _t("cl", "{A} {C} with {B} {I} in each [line|lined] {P} shelf", "fan"),
]
PROD_UNIT = [
    _t("vp", "<put> up {B} {I} in each of {A} {U}"),
    _t("vp", "<manage> {B} {I} in each of {A} {U}"),
    _t("cl", "in each of {A} {U}, {S} <log> {B} {I}"),
    _t("cl", "across {A} {U}, {S} <pile> up {B} {I} every time"),
    _t("vp", "<play> {A} {U} and <rack> up {B} {I} in each of them"),
]
PROD_UNIT_BY = {
    "pts": [_t("vp", "<score> {B} {I} in each of {A} {U}")],
    "rep": [_t("vp", "<do> {A} sets of {B} {I}"), _t("vp", "<complete> {A} rounds of {B} {I} each")],
    "pins": [_t("vp", "<knock> down {B} {I} in each of {A} frames")],
    "stat": [_t("vp", "<record> {B} {I} in each of {A} {U}")],
}
PROD_MONEY = [_t("vp", "<be> dealt {A} bills worth {B} {I} each"),
              _t("vp", "<get> {A} notes worth {B} {I} apiece from the banker")]
PROD_POINTS = [_t("vp", "<score> {A} {SC} worth {B} points each"),
               _t("cl", "{S} <land> {A} {SC} at {B} points apiece")]
SCORINGS = ["touchdowns", "baskets", "trick shots", "bullseyes", "combos", "field goals",
            "tries", "perfect landings"]

PREFIX = {
    None: ["Then", "Later", "Next", "After that", "Moments later", "Soon after", "Right after that",
           "A bit later", "Before long", "Not long after", "Out of nowhere", "Just then",
           "Shortly afterwards", "Meanwhile", "Later on", "Without missing a beat"],
    "sport": ["On the very next play", "Down the stretch", "Late in the game",
              "Coming out of the timeout", "In overtime", "After the break",
              "Early in the next period", "With the clock winding down", "In the closing minutes"],
    "fan": ["At the concession stand", "During the seventh-inning stretch", "After the game",
            "On the way out of the stadium", "Between periods"],
    "game": ["On the next level", "In the bonus stage", "At the boss fight", "Deep in the dungeon",
             "After respawning", "In the ice world"],
    "fish": ["Back at the dock", "By mid-morning", "Around noon", "Out past the point",
             "Under the old bridge", "When the clouds rolled in"],
    "board": ["On the next turn", "When the dice came around again", "Later that evening",
              "Midway through the game", "After a long trade negotiation"],
}
DISTRACT = [
    ("And there it is!", None, False), ("What a comeback!", None, False),
    ("The crowd [is|was] on its feet!", "sport fan", False), ("Unbelievable scenes here!", None, False),
    ("Folks, you cannot script this stuff!", None, False), ("Oh, you love to see it!", None, False),
    ("What a play, what a play!", "sport", False), ("Goodness gracious, folks!", None, False),
    ("Listen to this crowd!", "sport fan", False),
    ("Rain [keeps|kept] drumming on the press box roof.", "sport fan", False),
    ("It [is|was] a chilly, windy evening at {V}.", "sport fan", False),
    ("The sun [is|was] blazing down on the bleachers.", "sport fan", False),
    ("The wind [is|was] whipping across the field.", "sport fan", False),
    ("Somebody in the stands [is|was] waving a giant cardboard head.", "sport fan", False),
    ("The snack bar [is|was] out of nachos already.", "sport", False),
    ("The announcer [can't|couldn't] stop grinning.", None, False),
    ("Thunder [rumbles|rumbled] somewhere over the hills.", None, False),
    ("The popcorn [is|was] flying in section C.", "sport fan", False),
    ("That's the stuff of legends!", None, False),
    ("Nobody in the booth [sees|saw] it coming.", None, False),
    ("A light drizzle [falls|fell] over the lake.", "fish", False),
    ("The mosquitoes [are|were] biting like crazy.", "fish", False),
    ("Fog [rolls|rolled] in off the water.", "fish", False),
    ("The loons [call|called] across the bay.", "fish", False),
    ("The boat motor [sputters|sputtered] a little.", "fish", False),
    ("The controller [is|was] getting sweaty.", "game", False),
    ("The dog [keeps|kept] barking at the TV.", "game", False),
    ("The boss music [is|was] absolutely thumping.", "game", False),
    ("The chat [goes|went] wild!", "game", False),
    ("Pizza [is|was] on its way.", "game board", False),
    ("The snack bowl [is|was] running low.", "board", False),
    ("Somebody [knocks|knocked] the dice off the table.", "board", False),
    ("The cat [jumps|jumped] onto the board and [is|was] shooed away.", "board", False),
    ("The rec room [smells|smelled] like coffee and old chess clocks.", "board sport", False),
    ("The bowling alley lights [flicker|flickered].", "sport", False),
    ("{S} [is|was] known around the league as '{NICK}'.", "sport", True),
    ("They call {O} '{NICK}' around here.", "sport fan fish", True),
    ("{P} lucky socks [are|were] bright orange, by the way.", "sport fan", True),
    ("{S} <be> wearing that famous grin.", None, True),
    ("What a day {S} <be> having!", None, True),
    ("{S} <be> in the zone tonight.", "sport game", True),
    ("The fans [love|loved] {O}.", "sport fan", True),
    ("Welcome back to {V}, everybody!", "sport fan", False),
    ("Good evening and welcome to {V}.", "sport fan board", False),
]
NICKS = ["The Hammer", "Slingshot", "Mad Dog", "The Wall", "Lightning", "Butterfingers",
         "The Professor", "Cannonball", "Whirlwind", "Stonewall", "The Comet", "Hurricane",
         "Silk", "Bulldozer", "The Magician", "Flash", "Rooster", "Big Easy", "Goose", "Cactus",
         "The Mailman", "Tornado", "Ice", "Scooter", "Peaches", "Wrecking Ball", "Sugar",
         "The Ghost", "Moonbeam", "Catfish"]
VENUES = ["Millbrook Park", "Cedar Lanes", "Harbor Field", "the old rec center", "Pinecrest Arena",
          "the community hall", "Fenwick Stadium", "Lakeview Diamond", "Copper Creek Rink",
          "Sunset Bowl", "Marlow Fieldhouse", "the county fairgrounds"]
LOC = {"game": ["inventory", "pouch", "backpack", "stash", "loot bag"],
       "fish": ["cooler", "bucket", "live well", "creel", "fish basket"],
       "board": ["pile", "stack", "corner of the table", "tray"],
       "sport": ["column", "tally", "scorecard", "stat line"],
       "fan": ["collection", "bag", "shelf", "locker", "gear bag"]}
QUEST_SPORT = ["What number [goes|went] up on the board for {O}?",
               "What [does|did] the scorekeeper write down for {O}?",
               "Where [does|did] {S} stand in {I} at the final whistle?",
               "How many {I} <be> {S} credited with at the buzzer?"]
QUEST_CTX = {
    "fish": ["How many {I} [are|were] in {P} cooler at the end of the trip?",
             "How many {I} <do> {S} bring back to the dock?"],
    "game": ["How many {I} [are|were] in {P} inventory at the end of the run?",
             "How many {I} <do> {S} have when the credits roll?"],
    "board": ["How many {I} <do> {S} have when the game ends?",
              "How many {I} [are|were] in front of {O} at the end?"],
    "fan": ["How many {I} <do> {S} take home from the stadium?"],
    "sport": QUEST_SPORT,
}
QUEST = [
    "How many {I} <do> {S} have [now|at the end]?", "How many {I} <do> {S} finish with?",
    "What [is|was] {P} final tally of {I}?", "How many {I} <be> {S} left with?",
    "So how many {I} for {O} at the end?",
    "Tell the folks at home: how many {I} <do> {S} have?", "How many {I} <do> {S} end up with?",
    "What [is|was] the final count of {P} {I}?", "By the end, how many {I} <do> {S} hold?",
    "How many {I} [are|were] in {P} {LOC} at the end?", "Can you give us {P} {I} total?",
    "How many {I} <do> {S} walk away with?", "How big [is|was] {P} pile of {I} at the end?",
    "Where [does|did] {P} {I} total stand when the dust [settles|settled]?",
    "How many {I} <do> {S} have to show for it?", "How many {I} [are|were] left for {O}?",
    "Final question, folks: how many {I}?",
    "How many {I} <do> {S} take home?", "So, {P} {I} — how many [now|in the end]?",
    "Work it out: how many {I} <do> {S} have at the end?", "How many {I} <do> {S} have left?",
    "How many {I} [does|did] that leave {O} with?", "What [is|was] {P} total number of {I}?",
    "Count them up — how many {I} <do> {S} have?", "And the big question: how many {I} for {O}?",
    "How many {I} [are|were] sitting in {P} {LOC} now?", "What's the {I} count for {O}?",
]

# ---------------------------------------------------------------- steps
LBL = {
    "prod": ["Start", "Opening stack", "Starting count", "To begin", "Kick-off", "Off the bat",
             "Opening tally", "Base"],
    "+": ["Bonus", "Pick-up", "Add-on", "More in", "Haul", "Another batch", "New ones",
          "Scored", "Collected", "Gained", "Incoming", "Top-up", "Picked up", "Adding"],
    "-": ["Penalty", "Spent", "Lost", "Docked", "Gave away", "Gone", "Out", "Deduction",
          "Takeaway", "Lost some", "Paid out", "Dropped", "Minus"],
    "*": ["Multiplier", "Bonus round", "Power-up", "Multiply", "Boost", "Scaled up", "Jackpot"],
    "/": ["Split", "Shared out", "Divide up", "Even shares", "Split it", "Shares", "Cut down"],
}
STEP_T = {
    "terse": ["{E}", "{E}", "{E}."],
    "label": ["{L}: {E}", "{L} — {E}", "{L}: {E} {I}", "{L}. {E}", "{L} → {E}"],
    "run": ["{E} … so {S} {be} at {c}", "{E}, {S} on {c} {I}", "{E} {I} now.", "Now {E}.",
            "Running total {E}.", "{E} → {c} on the board", "That makes {E}.", "Then {E} {I}.",
            "{S}: {E}.", "{E} … {S} {be} at {c} now", "{E}, running total.", "So {E}.",
            "{S} {has} {E} {I} now.", "That puts {S} at {E}.", "{E} — {S} {be} on {c}.",
            "Tally: {E}", "{E} … so {c} {I} for {S}", "Okay, {E}."],
}
FINAL_T = ["Final tally: {CI}.", "#### {c}", "Answer: {c}", "So {S} {finish} with {CI}.",
           "{CI} on the board.", "That's {c}. Write it up.", "Scoreboard reads {c}.",
           "Total: {c}", "Bottom line: {CI}.", "{S}: {CI}. Done.", "The answer is {c}.",
           "{c} it is.", "Final count — {c}.", "We've got {CI} for {S}.", "Clipboard says {c}.",
           "Put down {c}.", "{S} {be} at {CI}.", "Final: {c}", "#### {c}", "#### {c}"]


# ---------------------------------------------------------------- helpers
def _swap_digits(x):
    s = str(x)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.append(int(t))
    return out


def _digit_bumps(x):
    s = str(x)
    out = []
    for i, ch in enumerate(s):
        for d in (-1, 1):
            nd = int(ch) + d
            if 0 <= nd <= 9 and not (i == 0 and nd == 0 and len(s) > 1):
                out.append(int(s[:i] + str(nd) + s[i + 1:]))
    return out


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


def _no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str((da + db) % 10))
    return int("".join(out[::-1]))


def _no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(da - db)))
    return int("".join(out[::-1]))


def _loguni(rng, lo, hi):
    if hi <= lo:
        return lo
    return int(round(math.exp(rng.uniform(math.log(lo), math.log(hi + 0.999)))))


# ---------------------------------------------------------------- chain
def gen_chain(rng, nchg, prod):
    wts = {"+": 0.33, "-": 0.33, "*": 0.15, "/": 0.19}
    for _ in range(200):
        ops = [rng.choices(list(wts), weights=list(wts.values()))[0] for _ in range(nchg)]
        divs = [rng.choice([2, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 9]) if o == "/" else None for o in ops]
        muls = [rng.choice([2, 2, 2, 3, 3, 4, 5, 6]) if o == "*" else None for o in ops]
        if prod:
            A = rng.randint(2, 20)
            B = rng.randint(2, 48)
            if rng.random() < 0.3:
                A, B = B, A
            v = A * B
            if v > 2500:
                continue
            start = (A, B)
        else:
            v = 1000 if rng.random() < 0.015 else _loguni(rng, 6, 999)
            start = (v,)
        if ops[0] == "/":
            if not prod:
                d = divs[0]
                v = max(d, v - v % d)
                start = (v,)
            elif v % divs[0]:
                continue
        ok = True
        nums = []
        vals = [v]
        for i, op in enumerate(ops):
            dn = divs[i + 1] if i + 1 < nchg else None
            n = None
            if op == "+":
                hi = min(999, max(25, v), 9999 - v)
                for _t2 in range(30):
                    n = _loguni(rng, 2, hi)
                    if dn:
                        n += (-(v + n)) % dn
                    if 2 <= n <= 999 and v + n <= 9999:
                        break
                    n = None
                if n is None:
                    ok = False
                    break
                nv = v + n
            elif op == "-":
                if v < 4:
                    ok = False
                    break
                hi = min(999, v - 1)
                for _t2 in range(30):
                    n = _loguni(rng, 2, hi)
                    if dn:
                        n += (v - n) % dn
                    if 2 <= n <= 999 and v - n >= (dn or 1):
                        break
                    n = None
                if n is None:
                    ok = False
                    break
                nv = v - n
            elif op == "*":
                k = muls[i]
                if dn and (v * k) % dn:
                    cands = [kk for kk in (2, 3, 4, 5, 6) if (v * kk) % dn == 0]
                    if not cands:
                        ok = False
                        break
                    k = rng.choice(cands)
                if v * k > 9999 or v > 2500:
                    ok = False
                    break
                n = k
                nv = v * k
            else:
                d = divs[i]
                if v % d or v // d < 1:
                    ok = False
                    break
                n = d
                nv = v // d
            nums.append(n)
            v = nv
            vals.append(v)
        if ok and all(0 <= x <= 9999 for x in vals):
            return start, list(zip(ops, nums)), vals
    return None


# ---------------------------------------------------------------- rendering
class Ctx:
    def __init__(self, rng, owner, tense, item, ctx):
        self.rng = rng
        self.o = owner
        self.tense = tense
        self.item = item
        self.ctx = ctx
        self.mentioned = False
        self.pron_p = rng.uniform(0.4, 0.8)
        self.used = set()
        self.in_sent = 0

    def new_sentence(self):
        self.in_sent = 0

    def _name_or(self, pron, strong=0.85):
        if not self.mentioned:
            self.mentioned = True
            self.in_sent += 1
            return None
        p = strong if self.in_sent > 0 else self.pron_p
        self.in_sent += 1
        return pron if self.rng.random() < p else None

    def subj(self):
        p = self._name_or(self.o["subj"])
        return p or self.o["name"]

    def obj(self):
        p = self._name_or(self.o["obj"], 1.0)
        return p or self.o["name"]

    def poss(self):
        p = self._name_or(self.o["poss"], 1.0)
        if p:
            return p
        n = self.o["name"]
        return n + "'" if n.endswith("s") and self.o["plural"] else n + "'s"

    def render(self, text, extra=None):
        extra = extra or {}
        rng = self.rng

        def rep(m):
            tok = m.group(0)
            if tok.startswith("<"):
                return conj(tok[1:-1], self.tense, self.o["plural"])
            if tok.startswith("["):
                a, b = tok[1:-1].split("|")
                return a if self.tense == "pres" else b
            key = tok[1:-1]
            if key == "S":
                return self.subj()
            if key == "O":
                return self.obj()
            if key == "P":
                return self.poss()
            if key == "R":
                return self.o["refl"]
            if key == "I":
                return self.item["p"]
            if key == "i":
                return self.item["s"]
            if key == "LOC":
                return rng.choice(LOC[self.ctx])
            if key == "V":
                return rng.choice(VENUES)
            if key == "NICK":
                return rng.choice(NICKS)
            if key in extra:
                return extra[key]
            raise KeyError(key)

        return re.sub(r"<[a-z-]+>|\[[^\]|]*\|[^\]]*\]|\{[A-Za-z]+\}", rep, text)


def cap(s):
    return s[:1].upper() + s[1:]


def numtxt(rng, n, pw):
    if n == 12 and rng.random() < 0.4:
        return "a dozen"
    if n <= 99 and rng.random() < pw:
        return num_word(n)
    return str(n)


def money_style(item):
    return item["s"] == "dollar"


def fill_amount(rng, text, n, item, pw, allow_them):
    """Pre-expand {NI} {NMI} {NX} {N} with the number n."""
    nt = numtxt(rng, n, pw)
    dollar = money_style(item) and nt.isdigit() and rng.random() < 0.6
    pl = item["p"]
    if dollar:
        ni = "$" + nt
        nmi = rng.choice(["another $" + nt, "$" + nt + " more", "an extra $" + nt])
    else:
        ni = nt + " " + pl
        forms = [nt + " more " + pl, nt + " extra " + pl, ni]
        if not nt.startswith("a "):
            forms.append("another " + nt + " " + pl)
        nmi = rng.choice(forms)
    nx_forms = [ni, ni]
    if allow_them:
        nx_forms.append(nt + " of them")
    if not dollar:
        nx_forms.append(nt + " of {P} " + pl)
    nx = rng.choice(nx_forms)
    return (text.replace("{NMI}", nmi).replace("{NI}", ni).replace("{NX}", nx)
            .replace("{N}", nt))


def pick_tpl(rng, pool, ctx, k=None, used=None):
    c = [t for t in pool if (t["ctx"] is None or ctx in t["ctx"]) and t["k"] == k]
    if used is not None:
        fresh = [t for t in c if id(t) not in used]
        if fresh:
            c = fresh
    t = rng.choice(c)
    if used is not None:
        used.add(id(t))
    return t


def change_pool(op, item, ctx):
    cls = item["cls"]
    if op == "+":
        if cls == "fish":
            return ADD_FISH
        if cls == "money":
            return ADD_MONEY + ADD_COLLECT[:20]
        if cls == "pts":
            return ADD_TALLY + ADD_PTS + ADD_PTS
        if cls == "stat":
            return ADD_TALLY
        if cls == "rep":
            return ADD_REP + ADD_REP + ADD_TALLY
        if cls == "pins":
            return ADD_PINS + ADD_PINS + ADD_TALLY
        return ADD_COLLECT
    if op == "-":
        if cls == "fish":
            return SUB_FISH
        if cls == "money":
            return SUB_MONEY + SUB_MONEY + SUB_COLLECT[:12]
        if cls in ("pts", "stat", "rep", "pins"):
            return SUB_TALLY
        pool = SUB_COLLECT
        if "food" in item["tags"]:
            pool = pool + SUB_FOOD * 3
        return pool
    return MUL if op == "*" else DIV


def change_clause(c, rng, op, n, item, allow_them):
    """Returns (form, pre-expanded text, special_word_used)."""
    ctx = c.ctx
    special = False
    if op in "+-":
        t = pick_tpl(rng, change_pool(op, item, ctx), ctx, used=c.used)
        text = fill_amount(rng, t["text"], n, item, 0.22, allow_them)
    else:
        pool = MUL if op == "*" else DIV
        use_special = n in (2, 3, 4) and rng.random() < (0.6 if n == 2 else 0.45)
        if use_special and any(t["k"] == n and (t["ctx"] is None or ctx in t["ctx"]) for t in pool):
            t = pick_tpl(rng, pool, ctx, k=n, used=c.used)
            special = True
        else:
            t = pick_tpl(rng, pool, ctx, k=None, used=c.used)
        kt = numtxt(rng, n, 0.55) if n != 12 else "12"
        text = t["text"].replace("{K}", kt).replace("{REC}", rng.choice(REC[ctx]))
    return t["form"], text, special


def start_clause(c, rng, start, item):
    ctx = c.ctx
    if len(start) == 1:
        t = pick_tpl(rng, START, ctx)
        text = fill_amount(rng, t["text"], start[0], item, 0.12, False)
        return t["form"], text, False
    A, B = start
    cls = item["cls"]
    if cls in ("pts", "stat", "rep", "pins"):
        pool = PROD_UNIT + PROD_UNIT_BY.get(cls, []) * 2
        if item["s"] == "point":
            pool = pool + PROD_POINTS * 2
    elif cls == "money" and item["s"] in ("dollar", "paper dollar", "play-money dollar", "credit"):
        pool = PROD_CONT + PROD_MONEY * 2
    else:
        pool = PROD_CONT
    t = pick_tpl(rng, pool, ctx)
    at = numtxt(rng, A, 0.3)
    bt = numtxt(rng, B, 0.25)
    text = (t["text"].replace("{A}", at).replace("{B}", bt)
            .replace("{C}", rng.choice(CONT.get(ctx, CONT["fan"])))
            .replace("{U}", rng.choice(UNITS)).replace("{SC}", rng.choice(SCORINGS)))
    return t["form"], text, True


def clause_text(c, form, text):
    if form == "vp":
        return c.render("{S} " + text)
    return c.render(text)


JOIN2 = [", and then ", " and ", ", then ", "; after that, ", " — and ", ", but then ", ", and "]


def build_problem(rng, start, changes, item, owner, ctx, tense):
    """Return (problem_text, special_flags)."""
    c = Ctx(rng, owner, tense, item, ctx)
    sents = []
    n_distr = 0
    max_distr = rng.choice([0, 1, 1, 2, 2])

    def maybe_distract(p):
        nonlocal n_distr
        if n_distr < max_distr and rng.random() < p:
            cands = [d for d in DISTRACT if (d[1] is None or ctx in d[1].split())
                     and (not d[2] or owner["person"])]
            d = rng.choice(cands)
            if d[2] and not c.mentioned:
                return False
            c.new_sentence()
            sents.append(cap(c.render(d[0])))
            n_distr += 1
            return True
        return False

    maybe_distract(0.3)
    c.new_sentence()
    form, text, _ = start_clause(c, rng, start, item)
    s = clause_text(c, form, text)
    if rng.random() < 0.2 and not re.search(r"start|begin|kick", s):
        s = rng.choice(["At the start", "To begin with", "Early on", "Going in", "At kickoff",
                        "When things got going", "Right at the start"]) + ", " + s
    sents.append(cap(s) + rng.choice([".", ".", ".", "!"]))
    specials = []
    i = 0
    m = len(changes)
    fold_last = rng.random() < 0.15
    last_was_distr = False
    while i < m:
        if fold_last and i == m - 1:
            break
        remaining = m - i - (1 if fold_last else 0)
        g = rng.choices([1, 2, 3], weights=[0.58, 0.33, 0.09])[0]
        g = min(g, remaining)
        parts = []
        c.new_sentence()
        for j in range(g):
            op, n = changes[i + j]
            allow = not last_was_distr or j > 0
            form, text, sp = change_clause(c, rng, op, n, item, allow)
            specials.append(sp)
            parts.append((form, text))
        if g == 1:
            s = clause_text(c, *parts[0])
            if rng.random() < 0.35:
                pre = rng.choice(PREFIX[None] + PREFIX.get(ctx, []) * 2)
                s = c.render(pre) + ", " + s
        elif g == 2:
            (f1, t1), (f2, t2) = parts
            r = rng.random()
            if f1 == "vp" and f2 == "vp" and r < 0.45:
                s = c.render("{S} " + t1) + rng.choice([" and ", ", then ", " and then "]) + c.render(t2)
            elif r < 0.7:
                s = "after " + clause_text(c, f1, t1) + ", " + clause_text(c, f2, t2)
            else:
                s = clause_text(c, f1, t1) + rng.choice(JOIN2) + clause_text(c, f2, t2)
        else:
            if all(f == "vp" for f, _ in parts) and rng.random() < 0.6:
                s = (c.render("{S} " + parts[0][1]) + ", " + c.render(parts[1][1]) + ", and then "
                     + c.render(parts[2][1]))
            else:
                s = (clause_text(c, *parts[0]) + ", " + clause_text(c, *parts[1]) + ", and "
                     + clause_text(c, *parts[2]))
        sents.append(cap(s) + rng.choice([".", ".", ".", ".", "!"]))
        i += g
        last_was_distr = maybe_distract(0.22)
    c.new_sentence()
    if fold_last:
        op, n = changes[-1]
        form, text, sp = change_clause(c, rng, op, n, item, not last_was_distr)
        specials.append(sp)
        cl = clause_text(c, form, text)
        q = rng.choice(["how many {I} <do> {S} have", "how many {I} <be> {S} left with",
                        "what [is|was] {P} tally of {I}", "how many {I} <do> {S} end up with",
                        "what's {P} count of {I}"])
        sents.append("After " + cl + ", " + c.render(q) + "?")
    else:
        qs = QUEST + QUEST_CTX.get(ctx, []) * 2
        sents.append(cap(c.render(rng.choice(qs))))
    return " ".join(sents), specials


# ---------------------------------------------------------------- solution & errors
def eq_specs(start, changes):
    specs = []
    if len(start) == 2:
        specs.append(("prod", start[0], "*", start[1]))
    for op, n in changes:
        specs.append(("chg", None, op, n))
    return specs


def simulate(start, changes, swap_prod, err=None):
    """Return list of (a, op, b, c) written equations and the stated final number, or None."""
    specs = eq_specs(start, changes)
    eqs = []
    prev = None
    for k, (typ, a0, op, b) in enumerate(specs):
        if typ == "prod":
            a, b = (b, a0) if swap_prod else (a0, b)
        else:
            a = prev if prev is not None else start[0]
        if err and err["idx"] == k:
            if err["kind"] == "operand":
                if err["which"] == "a":
                    a = err["val"]
                else:
                    b = err["val"]
            elif err["kind"] == "operation":
                op = err["op"]
        c = apply_op(a, op, b)
        if c is None or c < 0 or c > 9999:
            return None
        if err and err["idx"] == k and err["kind"] == "arithmetic":
            c = err["val"]
        eqs.append((a, op, b, c))
        prev = c
    final = prev
    if err and err["kind"] == "answer":
        final = err["val"]
    return eqs, final


def _slip_cands(rng, a, op, b, c):
    kinds = []
    kinds.append([c + 1, c - 1])
    kinds.append([c + 10, c - 10])
    kinds.append(_swap_digits(c))
    kinds.append(_digit_bumps(c))
    if op == "+":
        kinds.append([_no_carry_add(a, b), c - 10 if (a % 10 + b % 10) >= 10 else c + 10])
    elif op == "-":
        kinds.append([_no_borrow_sub(a, b), c + 10])
    elif op == "*":
        kinds.append([c + a, c - a, c + b, c - b])
    else:
        kinds.append([c + 1, c - 1])
    rng.shuffle(kinds)
    out = []
    for kk in kinds:
        kk = list(kk)
        rng.shuffle(kk)
        out.extend(kk)
    return [x for x in out if x >= 0 and x != c]


def _misread(rng, x):
    c = [x + 1, x - 1, x + 10, x - 10] + _swap_digits(x) + _digit_bumps(x)
    c = [y for y in c if y > 0 and y != x]
    rng.shuffle(c)
    return c


def problem_numbers(start, changes):
    return list(start) + [n for _, n in changes]


def make_error(rng, kind, idx, start, changes, swap_prod, true_eqs):
    a, op, b, c = true_eqs[idx]
    is_prod = len(start) == 2 and idx == 0
    nums = problem_numbers(start, changes)
    cands = []
    if kind == "arithmetic":
        cands = [{"kind": kind, "idx": idx, "val": v} for v in _slip_cands(rng, a, op, b, c)]
    elif kind == "operand":
        which_order = ["b", "a"] if rng.random() < 0.6 else ["a", "b"]
        for which in which_order:
            if which == "b":
                others = [x for x in nums if x != b and x > 0]
                rng.shuffle(others)
                vals = others[:2] + _misread(rng, b) if rng.random() < 0.5 else _misread(rng, b) + others[:2]
                if op in "*/":
                    vals = [v for v in vals if 1 < v <= 12]
            else:
                if is_prod or idx == 0:
                    vals = _misread(rng, a)
                    if is_prod:
                        vals += [x for x in nums if x != a]
                else:
                    older = [e[3] for e in true_eqs[:idx - 1]]
                    if len(start) == 1:
                        older = [start[0]] + older
                    vals = _misread(rng, a)
                    if older and rng.random() < 0.4:
                        vals = [older[-1]] + vals
            cands += [{"kind": kind, "idx": idx, "which": which, "val": v} for v in vals]
    elif kind == "operation":
        if is_prod:
            alts = ["+"]
        else:
            alts = {"+": ["-"], "-": ["+"], "*": ["+", "+", "-"], "/": ["*", "-"]}[op]
            alts = list(alts)
            rng.shuffle(alts)
        cands = [{"kind": kind, "idx": idx, "op": o} for o in alts]
    for e in cands:
        sim = simulate(start, changes, swap_prod, e)
        if sim is None:
            continue
        eqs, final = sim
        if eqs[idx][3] == c:
            continue
        if any(x[1] == "/" and (x[2] == 0 or x[0] % x[2]) for x in eqs):
            continue
        return e, eqs, final
    return None


def make_answer_error(rng, true_eqs, start, changes):
    c = true_eqs[-1][3]
    prev = true_eqs[-2][3] if len(true_eqs) >= 2 else (start[0] if len(start) == 1 else None)
    pools = [[c + 1, c - 1], [c + 10, c - 10], _swap_digits(c), _digit_bumps(c)]
    if prev is not None:
        pools.append([prev])
    rng.shuffle(pools)
    for p in pools:
        p = [x for x in p if x >= 0 and x != c]
        if p:
            return rng.choice(p)
    return c + 1


def fmt_eq(e, style):
    a, op, b, c = e
    sp = style["sp"]
    return f"{a}{sp}{style[op]}{sp}{b}{sp}={sp}{c}"


def write_steps(rng, eqs, final, specs_ops, owner, item, style_mode):
    style = {"+": "+", "-": rng.choice(["-", "-", "−"]), "*": rng.choice(["*", "×", "×"]),
             "/": rng.choice(["/", "÷"]), "sp": " " if rng.random() < 0.92 else ""}
    short = owner["short"]
    be = "are" if owner["plural"] else "is"
    finish = "finish" if owner["plural"] else "finishes"
    has = "have" if owner["plural"] else "has"
    lower = rng.random() < 0.15
    steps = []
    for k, e in enumerate(eqs):
        kind_op = specs_ops[k]
        if style_mode == "mixed":
            mode = rng.choice(["terse", "label", "run"])
        else:
            mode = style_mode if rng.random() < 0.8 else rng.choice(["terse", "label", "run"])
        t = rng.choice(STEP_T[mode])
        lbl_pool = list(LBL[kind_op])
        if kind_op == "*" and e[2] == 2:
            lbl_pool += ["Doubled", "Doubled"]
        if kind_op == "*" and e[2] == 3:
            lbl_pool += ["Tripled"]
        if kind_op == "/" and e[2] == 2:
            lbl_pool += ["Halved", "Halved"]
        s = (t.replace("{E}", fmt_eq(e, style)).replace("{L}", rng.choice(lbl_pool))
             .replace("{S}", short).replace("{be}", be).replace("{has}", has)
             .replace("{I}", item["s"] if e[3] == 1 else item["p"])
             .replace("{c}", str(e[3])))
        if lower:
            s = s[:1].lower() + s[1:]
        steps.append(s)
    ci = (("$" + str(final)) if money_style(item) and rng.random() < 0.5
          else f"{final} {item['s'] if final == 1 else item['p']}")
    ft = rng.choice(FINAL_T)
    steps.append(ft.replace("{CI}", ci).replace("{c}", str(final)).replace("{S}", short)
                 .replace("{be}", be).replace("{finish}", finish))
    return steps


def _one(rng, idx_num, seed):
    want = "none" if rng.random() < 0.45 else rng.choice(["arithmetic", "operand", "operation", "answer"])
    pos_cat = rng.choice(["first", "middle", "last"])
    for _attempt in range(60):
        item = rng.choice(ITEMS)
        ctx = item_ctx(item)
        owner = make_owner(rng, ctx, item["cls"])
        nchg = rng.choices([1, 2, 3, 4, 5], weights=[0.14, 0.21, 0.24, 0.22, 0.19])[0]
        prod = rng.random() < 0.27
        ch = gen_chain(rng, nchg, prod)
        if ch is None:
            continue
        start, changes, vals = ch
        swap_prod = rng.random() < 0.3
        sim = simulate(start, changes, swap_prod)
        if sim is None:
            continue
        true_eqs, true_final = sim
        E = len(true_eqs)
        err = None
        eqs, final = true_eqs, true_final
        label = -1
        if want == "answer":
            fv = make_answer_error(rng, true_eqs, start, changes)
            err = {"kind": "answer", "idx": E, "val": fv}
            eqs, final = true_eqs, fv
            label = E
        elif want != "none":
            cats = ["first"] + (["middle"] if E >= 3 else []) + (["last"] if E >= 2 else [])
            pc = pos_cat if pos_cat in cats else rng.choice(cats)
            idx = 0 if pc == "first" else (E - 1 if pc == "last" else rng.randint(1, E - 2))
            res = make_error(rng, want, idx, start, changes, swap_prod, true_eqs)
            if res is None:
                continue
            err, eqs, final = res
            label = idx
        tense = "pres" if rng.random() < 0.5 else "past"
        problem = None
        for _p in range(6):
            text, specials = build_problem(rng, start, changes, item, owner, ctx, tense)
            if len(text.split()) <= 90:
                problem = text
                break
        if problem is None:
            continue
        ops = (["prod"] if len(start) == 2 else []) + [op for op, _ in changes]
        mode = rng.choice(["terse", "label", "run", "mixed", "mixed"])
        steps = write_steps(rng, eqs, final, ops, owner, item, mode)
        rec = {"id": f"q{seed}-{idx_num:05d}", "problem": problem, "steps": steps, "label": label,
               "final_answer_correct": final == true_final,
               "error_kind": err["kind"] if err else "none"}
        meta = {"start": list(start), "changes": [list(x) for x in changes], "vals": vals,
                "true_final": true_final, "err": err, "specials": specials}
        return rec, meta
    raise RuntimeError("could not generate a record")


def generate_with_meta(seed, count):
    rng = random.Random(seed)
    out = []
    for i in range(count):
        out.append(_one(rng, i, seed))
    return out


def generate(seed: int, count: int) -> list:
    return [r for r, _ in generate_with_meta(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in generate(20261203, 400):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
