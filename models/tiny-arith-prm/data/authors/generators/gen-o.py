#!/usr/bin/env python3
"""Forum / group-chat register generator for the tiny-arith PRM.

People post quick questions about real-life counts (game loot, allowance money,
fantasy points, subs, thrift hauls, D&D gold, band merch...) in casual typing;
another forum user answers tersely, one equation per step.

generate(seed, count) -> list of records.  Standard library only.
"""
import json
import os
import random
import re

# ---------------------------------------------------------------------------
# names (typed by hand)
# ---------------------------------------------------------------------------
FEM = """Priya Nia Mireille Hana Zoe Imani Leilani Ingrid Marisol Yuki Anouk Beatriz
Chidinma Dagny Esme Farah Giulia Ilse Jolene Kaia Lucia Maren Noor Odette Paloma
Rosalind Saoirse Tamsin Ulla Valentina Ximena Yara Zainab Adaeze Birgit Camila
Delphine Elif Freya Greta Isadora Jasmin Keziah Lorna Malia Nadia Ottilie Pema
Rania Sunniva Thandiwe Uma Vesna Winnie Yasmin Zora Aiyana Bree Coco Dolores
Fenna Gwen Hattie Ines Juniper Kalani Lupe Mags Noemi Oona Perpetua Roisin
Sigrid Tove Valeria Wanjiru Xiu Yolanda Zuzana""".split()
MASC = """Dario Kenji Teo Kofi Bram Caspian Dmitri Emeka Fitz Gustavo Hamish Ignacio
Jalen Kwame Lars Mateus Nikolai Oisin Pavel Rashid Stellan Tobias Ulrich Vikram
Wendell Xavi Yusuf Zeke Anders Bongani Cormac Desmond Eero Florin Gideon Horatio
Idris Joaquin Lorenzo Malik Nando Osei Percy Ravi Santiago Thiago Umar Vaughn
Wiremu Yannick Zoltan Alistair Beto Cyrus Dante Elio Fergus Gio Hiro Ivo Jasper
Kellan Levi Milo Nate Otto Pedro Rocco Sven Tariq Vince Wes Yohannes Zane Arjun
Bodhi Cillian Deshawn Enzo""".split()
NEUT = """Quinn Wren Hollis Kai Sage Rowan Jules Ash Remy Robin Sky Ari Emery Finley
Harper Indigo Jordan Kit Lennox Morgan Nico Oakley Parker Reese Sasha Tatum Umi
Val Blake Charlie Dakota Eden Frankie Gray Hayden Jess Kendall Lux Marlowe Nova
Ollie Peyton Rain Shay Toby Ryley Avery Bellamy Cass Drew Ellis Fox Jamie Lane
Milan""".split()
ALL_NAMES = FEM + MASC + NEUT

RELATIONS = ["my roommate", "my cousin", "my buddy", "my kid", "my coworker", "my neighbor",
             "my bestie", "my friend", "my teammate", "my partner", "this person in my discord"]
REL_F = ["my lil sis", "my gf", "my niece", "my aunt", "my stepsis", "this girl in my discord"]
REL_M = ["my little bro", "my bf", "my nephew", "my stepbro", "my uncle", "this guy in my discord"]

OTHERS = ["my lil bro", "a random in chat", "my roommate", "the bard", "a noob",
          "my sister", "some kid at school", "the guy next door", "our drummer",
          "a friend", "my mom", "the new guy", "my dad", "a stranger online",
          "the rogue", "my coworker", "a viewer", "my aunt", "my ex", "the barista"]

# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
        80: "eighty", 90: "ninety", 20: "twenty"}


def num_word(n):
    if 0 <= n <= 20:
        return ONES[n]
    if n in TENS:
        return TENS[n]
    if 21 <= n <= 99:
        return TENS[n // 10 * 10] + "-" + ONES[n % 10]
    return None


# ---------------------------------------------------------------------------
# verb helpers
# ---------------------------------------------------------------------------
DOUBLE = set("""get win grab snag nab cop drop ship swap stop rob bag chip dip hit
cut put tip tap let set sit trim flip split bet scrap skim rip zap spot plug pop
rig dig fit shop mop top net chop clip strip wrap trap drag snap slip step whip
knit quit run begin forget dub rub prop""".split())
IRREG3 = {"have": "has", "do": "does", "go": "goes", "be": "is"}


def _s3(w):
    if w in IRREG3:
        return IRREG3[w]
    if w.endswith(("s", "sh", "ch", "x", "z", "o")):
        return w + "es"
    if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


def _ing(w):
    if w == "have":
        return "having"
    if w.endswith("ie"):
        return w[:-2] + "ying"
    if w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
        return w[:-1] + "ing"
    if w in DOUBLE:
        return w + w[-1] + "ing"
    return w + "ing"


def _verbmap(base, fn):
    """apply fn to the first word and to every ^-marked word"""
    words = base.split(" ")
    out = []
    for i, w in enumerate(words):
        if w.startswith("^"):
            out.append(fn(w[1:]))
        elif i == 0:
            out.append(fn(w))
        else:
            out.append(w)
    return " ".join(out)


def conj(base, person):
    if person == "3s":
        return _verbmap(base, _s3)
    return base.replace("^", "")


def gerund(base):
    return _verbmap(base, _ing)


# ---------------------------------------------------------------------------
# templates.  owner-subject: (past, base, tag)  base may be None (past only)
# thing-subject (the pile is the subject): ("T", past_pred, base_pred, tag, fixed)
# fixed-subject (another actor): ("F", past_clause, tag, fixed)
# placeholders: {X} object w/ number, {n} number, {it} item, {them}, {me}, {my},
# {other}, {I}
# ---------------------------------------------------------------------------
G_ADD = [
    ("got {X}", "get {X}", "the new ones"),
    ("picked up {X}", "pick up {X}", "the pickup"),
    ("grabbed {X}", "grab {X}", "grabbing those"),
    ("found {X}", "find {X}", "the find"),
    ("bought {X}", "buy {X}", "buying more"),
    ("got handed {X}", "get handed {X}", "the handout"),
    ("received {X}", "receive {X}", "what came in"),
    ("collected {X}", "collect {X}", "collecting"),
    ("won {X}", "win {X}", "the win"),
    ("snagged {X}", "snag {X}", "the snag"),
    ("nabbed {X}", "nab {X}", "the extras"),
    ("traded for {X}", "trade for {X}", "the trade"),
    ("got gifted {X}", "get gifted {X}", "the gift"),
    ("added {X}", "add {X}", "adding those"),
    ("tacked on {X}", "tack on {X}", "the add-on"),
    ("brought home {X}", "bring home {X}", "the new batch"),
    ("copped {X}", "cop {X}", "the cop"),
    ("scooped up {X}", "scoop up {X}", "scooping those"),
    ("rescued {X}", "rescue {X}", "the rescue"),
    ("got {X} back from {other}", "get {X} back from {other}", "getting some back"),
    ("got sent {X}", "get sent {X}", "the package"),
    ("inherited {X}", "inherit {X}", "the inheritance"),
]
G_SUB = [
    ("sold {X}", "sell {X}", "the sale"),
    ("gave away {X}", "give away {X}", "the giveaway"),
    ("lost {X}", "lose {X}", "the loss"),
    ("used {X}", "use {X}", "using some"),
    ("used up {X}", "use up {X}", "using those up"),
    ("donated {X}", "donate {X}", "the donation"),
    ("tossed {X}", "toss {X}", "tossing some"),
    ("got rid of {X}", "get rid of {X}", "getting rid of some"),
    ("handed off {X}", "hand off {X}", "the hand-off"),
    ("traded away {X}", "trade away {X}", "the trade"),
    ("gave {X} to {other}", "give {X} to {other}", "giving some away"),
    ("dumped {X}", "dump {X}", "the dump"),
    ("ditched {X}", "ditch {X}", "ditching those"),
    ("offloaded {X}", "offload {X}", "offloading"),
    ("parted w/ {X}", "part w/ {X}", "parting w/ those"),
    ("yeeted {X}", "yeet {X}", "the yeet"),
    ("lent out {X}", "lend out {X}", "the loan"),
    ("misplaced {X}", "misplace {X}", "the lost ones"),
    ("got scammed out of {X}", "get scammed out of {X}", "the scam"),
    ("returned {X}", "return {X}", "the return"),
    ("unloaded {X}", "unload {X}", "unloading some"),
    ("mailed out {X}", "mail out {X}", "shipping"),
]

# fixed-number words appear only via these templates (fixed operand)
MUL_OWN = [
    ("doubled {them}", "double {them}", "doubling", 2),
    ("tripled {them}", "triple {them}", "tripling", 3),
    ("quadrupled {them}", "quadruple {them}", "the x4", 4),
    ("ended up w/ twice as many", "end up w/ twice as many", "twice as many", 2),
    ("ended up w/ {n} times as many", "end up w/ {n} times as many", "the multiplier", None),
    ("multiplied {them} by {n}", "multiply {them} by {n}", "multiplying", None),
    ("turned each of {them} into {n}", "turn each of {them} into {n}", "each turning into more", None),
    ("grew {my} stash to {n} times the size", "grow {my} stash to {n} times the size", "the growth", None),
    ("got {n} times as many", "get {n} times as many", "the boost", None),
    ("somehow had {n} times as many after that", None, "the boost", None),
    ("had {n} times as many by the end of it", None, "the multiplier", None),
]
MUL_THING = [
    ("T", "doubled", "double", "the doubling", 2),
    ("T", "tripled", "triple", "the tripling", 3),
    ("T", "quadrupled", "quadruple", "the x4", 4),
    ("T", "got doubled", "get doubled", "the double up", 2),
    ("T", "got tripled", "get tripled", "the triple", 3),
    ("T", "went up {n}x", "go up {n}x", "the multiplier", "digit"),
    ("T", "grew {n}x", "grow {n}x", "the growth", "digit"),
    ("T", "got multiplied by {n}", "get multiplied by {n}", "the multiplier", None),
    ("T", "became {n} times bigger", "become {n} times bigger", "the jump", None),
    ("T", "became {n} times larger", "become {n} times larger", "the jump", None),
    ("T", "ended up {n} times as big", "end up {n} times as big", "the growth", None),
    ("T", "grew to {n} times the old count", "grow to {n} times the old count", "the growth", None),
    ("T", "went up by a factor of {n}", "go up by a factor of {n}", "the factor", None),
    ("T", "blew up to {n}x", "blow up to {n}x", "the blowup", "digit"),
    ("T", "got boosted {n}x", "get boosted {n}x", "the boost", "digit"),
    ("T", "jumped to {n} times the old number", "jump to {n} times the old number", "the jump", None),
    ("T", "got a {n}x multiplier", "get a {n}x multiplier", "the multiplier", "digit"),
    ("T", "x{n}'d", None, "the x", "digit"),
]
MUL_FIXED = [
    ("F", "a dupe glitch doubled {my} {it}", "the glitch", 2),
    ("F", "a glitch tripled {my} stack", "the glitch", 3),
    ("F", "the weekend event multiplied {my} {it} by {n}", "the event", None),
    ("F", "a bonus made {my} {it} {n} times bigger", "the bonus", None),
    ("F", "some promo tripled {my} {it}", "the promo", 3),
]
DIV_OWN = [
    ("split {them} evenly {n} ways and kept {my} share", "split {them} evenly {n} ways and ^keep {my} share", "the split", None, True),
    ("divided {them} into {n} equal piles and kept a pile", "divide {them} into {n} equal piles and ^keep a pile", "the piles", None, True),
    ("shared {them} equally among {n} ppl (incl {me}) and kept {my} cut", "share {them} equally among {n} ppl (incl {me}) and ^keep {my} cut", "the share-out", None, True),
    ("gave away half", "give away half", "giving half away", 2, False),
    ("gave half of {them} to {other}", "give half of {them} to {other}", "giving half", 2, False),
    ("lost half of {them}", "lose half of {them}", "losing half", 2, False),
    ("sold off half", "sell off half", "selling half", 2, False),
    ("halved {my} stack", "halve {my} stack", "halving", 2, False),
    ("kept only a third of {them}", "keep only a third of {them}", "keeping a third", 3, False),
    ("cut {them} into {n} equal batches and kept a batch", "cut {them} into {n} equal batches and ^keep a batch", "the batches", None, True),
    ("sorted {them} into {n} equal boxes and kept a box", "sort {them} into {n} equal boxes and ^keep a box", "the boxes", None, True),
    ("split {them} {n} ways w/ the crew and kept {my} part", "split {them} {n} ways w/ the crew and ^keep {my} part", "the crew split", None, True),
    ("divvied {them} up {n} ways and kept a part", "divvy {them} up {n} ways and ^keep a part", "divvying up", None, True),
    ("spread {them} evenly over {n} shelves and kept a shelf's worth", "spread {them} evenly over {n} shelves and ^keep a shelf's worth", "the shelves", None, True),
    ("dealt {them} out evenly to {n} players, {me} included, and kept {my} stack", "deal {them} out evenly to {n} players, {me} included, and ^keep {my} stack", "dealing out", None, True),
    ("bagged {them} into {n} equal bags and kept a bag", "bag {them} into {n} equal bags and ^keep a bag", "bagging up", None, True),
]
DIV_THING = [
    ("T", "got cut in half", "get cut in half", "the cut", 2),
    ("T", "got halved", "get halved", "the halving", 2),
    ("T", "dropped by half", "drop by half", "the drop", 2),
    ("T", "got divided by {n}", "get divided by {n}", "the division", None),
    ("T", "shrank to a third", "shrink to a third", "the shrink", 3),
    ("T", "fell to half the old count", "fall to half the old count", "the fall", 2),
    ("T", "got cut down to a third", "get cut down to a third", "the cut", 3),
    ("T", "got split evenly {n} ways ({my} share stayed)", None, "the split", None),
]
DIV_FIXED = [
    ("F", "a penalty rule cut {my} {it} in half", "the penalty", 2),
    ("F", "the tax guy took half of {my} {it}", "the tax", 2),
    ("F", "the group split {them} {n} ways and {I} kept {my} share", "the group split", None),
    ("F", "a wipe took out half of {my} {it}", "the wipe", 2),
]

# ---------------------------------------------------------------------------
# domains
# ---------------------------------------------------------------------------
def D(**kw):
    return kw


DOMAINS = [
    D(key="game", items="""health potions|arrows|iron ingots|mana crystals|diamonds|emeralds|oak logs|stone bricks|ender pearls|crossbow bolts|bandages|rare skins|loot crates|rubies|rupees|glow mushrooms|bones|torches|rations|scrap parts|copper ore|fish fillets|feathers|spider silk|dragon scales|rune stones|slime balls|lockpicks|wood planks|wheat seeds|ammo boxes|energy drinks|star fragments|soul gems|herbs|blueprints|gold bars|obsidian blocks|enchanted books|redstone dust|fireworks|grappling hooks|med kits|shield cells|repair kits|sapphires""".split("|"),
      short={"health potions": "pots", "crossbow bolts": "bolts", "ender pearls": "pearls"},
      scale=(20, 999, 300), piles=[("{my} inventory", "3s"), ("{my} stack", "3s"), ("the stash", "3s"), ("{my} {it}", "3p"), ("{my} hoard", "3s")],
      containers=[("chests", "chest"), ("crates", "crate"), ("pouches", "pouch"), ("shulker boxes", "shulker box")],
      group="guild",
      add=[("looted {X}", "loot {X}", "the loot"), ("crafted {X}", "craft {X}", "crafting"), ("farmed {X}", "farm {X}", "farming"),
           ("mined {X}", "mine {X}", "mining"), ("got {X} from a chest", "get {X} from a chest", "the chest"),
           ("got {X} as a quest reward", "get {X} as a quest reward", "the quest reward"),
           ("pulled {X} out of a dungeon", "pull {X} out of a dungeon", "the dungeon run"),
           ("got {X} off a boss drop", "get {X} off a boss drop", "the boss drop"),
           ("bought {X} from the merchant", "buy {X} from the merchant", "the merchant")],
      sub=[("used {X} in the raid", "use {X} in the raid", "the raid"), ("dropped {X} when {I} died", None, "dying"),
           ("sold {X} to a vendor", "sell {X} to a vendor", "the vendor"), ("burned through {X}", "burn through {X}", "burning through some"),
           ("stashed {X} in a chest", "stash {X} in a chest", "stashing some"), ("fed {X} to {my} pet", "feed {X} to {my} pet", "feeding the pet"),
           ("lost {X} to a griefer", "lose {X} to a griefer", "the griefer"), ("spent {X} on upgrades", "spend {X} on upgrades", "upgrades")],
      distract=["the boss fight was brutal", "server was lagging so bad", "my controller keeps drifting ugh",
                "this patch is so buggy", "(yes i play on easy, sue me)", "the new map is actually sick"],
      mulfix=[("F", "a duping bug doubled {my} {it}", "the bug", 2)]),
    D(key="money", items=["dollars", "bucks"], money=True,
      scale=(5, 400, 120), piles=[("{my} balance", "3s"), ("{my} savings", "3p"), ("{my} piggy bank", "3s"), ("the jar", "3s"), ("{my} allowance stash", "3s")],
      containers=[], group="family",
      add=[("got {X} for mowing the lawn", "get {X} for mowing the lawn", "mowing"),
           ("earned {X} babysitting", "earn {X} babysitting", "babysitting"),
           ("made {X} walking dogs", "make {X} walking dogs", "dog walking"),
           ("got {X} for chores", "get {X} for chores", "chores"), ("found {X} in a coat pocket", "find {X} in a coat pocket", "the coat pocket"),
           ("got {X} for {my} birthday", "get {X} for {my} birthday", "the birthday money"),
           ("got paid {X}", "get paid {X}", "the pay"), ("pocketed {X}", "pocket {X}", "pocketing"),
           ("saved up {X}", "save up {X}", "saving"), ("made {X} at a yard sale", "make {X} at a yard sale", "the yard sale"),
           ("got {X} from the tooth fairy", "get {X} from the tooth fairy", "the tooth fairy")],
      sub=[("spent {X} on snacks", "spend {X} on snacks", "snacks"), ("blew {X} on a game", "blow {X} on a game", "the game"),
           ("paid {X} for a movie ticket", "pay {X} for a movie ticket", "the movie"), ("spent {X}", "spend {X}", "spending"),
           ("lent {other} {X}", "lend {other} {X}", "the loan"), ("paid back {X}", "pay back {X}", "paying back"),
           ("dropped {X} on sneakers", "drop {X} on sneakers", "the sneakers"), ("wasted {X} on claw machines", "waste {X} on claw machines", "the claw machine"),
           ("owed {other} {X} and paid it", None, "paying the debt"), ("shelled out {X} for a gift", "shell out {X} for a gift", "the gift"),
           ("put {X} toward a bike", "put {X} toward a bike", "the bike fund"), ("coughed up {X} for pizza", "cough up {X} for pizza", "pizza")],
      distract=["(no crypto, just cash lol)", "my parents are strict abt this", "this is for my kid's homework tbh",
                "we use a jar on the fridge", "i'm trying to teach budgeting"],
      mulfix=[("F", "grandma matched it so it doubled", "grandma's match", 2)],
      divfix=[]),
    D(key="fantasy", items=["points", "pts", "fantasy points"], points=True,
      scale=(40, 700, 150), piles=[("{my} score", "3s"), ("{my} total", "3s"), ("{my} team's points", "3p"), ("the tally", "3s")],
      containers=[], group="league",
      add=[("scored {X}", "score {X}", "the game"), ("got {X} from {my} QB", "get {X} from {my} QB", "the QB"),
           ("picked up {X} off the waiver guy", "pick up {X} off the waiver guy", "the waiver pickup"),
           ("racked up {X}", "rack up {X}", "racking up"), ("put up {X} on sunday", "put up {X} on sunday", "sunday"),
           ("got {X} from a bonus", "get {X} from a bonus", "the bonus"), ("banked {X}", "bank {X}", "banking"),
           ("pulled in {X} from the flex spot", "pull in {X} from the flex spot", "the flex"),
           ("got {X} back on a stat correction", "get {X} back on a stat correction", "the stat correction")],
      sub=[("got docked {X}", "get docked {X}", "the dock"), ("lost {X} to a penalty", "lose {X} to a penalty", "the penalty"),
           ("had {X} taken off", None, "the deduction"), ("got {X} wiped by a stat correction", "get {X} wiped by a stat correction", "the stat correction"),
           ("dropped {X} b/c of a fumble", "drop {X} b/c of a fumble", "the fumble"), ("bled {X} from the defense", "bleed {X} from the defense", "the defense"),
           ("forfeited {X}", "forfeit {X}", "the forfeit"), ("gave up {X} in a trade", "give up {X} in a trade", "the trade")],
      distract=["my kicker is useless btw", "league chat is going nuts", "this week was chaos",
                "commish says the rules are weird", "(dont roast my team name)"],
      mulfix=[("F", "the playoff bonus doubled {my} {it}", "the playoff bonus", 2)]),
    D(key="stream", items=["subs", "subscribers", "followers", "members", "channel members"],
      scale=(50, 1000, 400), piles=[("{my} sub count", "3s"), ("{my} follower count", "3s"), ("the channel", "3s"), ("{my} {it}", "3p"), ("the discord", "3s")],
      containers=[], group="channel",
      add=[("gained {X}", "gain {X}", "the gain"), ("picked up {X} after a raid", "pick up {X} after a raid", "the raid"),
           ("got {X} off a viral clip", "get {X} off a viral clip", "the viral clip"), ("pulled in {X}", "pull in {X}", "pulling in"),
           ("got {X} from a collab", "get {X} from a collab", "the collab"), ("hit {X} new during the marathon", None, "the marathon"),
           ("welcomed {X}", "welcome {X}", "welcoming"), ("got {X} after the shoutout", "get {X} after the shoutout", "the shoutout")],
      sub=[("lost {X} after the drama", "lose {X} after the drama", "the drama"), ("shed {X}", "shed {X}", "shedding"),
           ("got unfollowed by {X}", "get unfollowed by {X}", "the unfollows"), ("bled {X}", "bleed {X}", "bleeding"),
           ("kicked {X} for spam", "kick {X} for spam", "kicking bots"), ("purged {X} bots", "purge {X} bots", "the purge"),
           ("had {X} cancel", None, "the cancels"), ("banned {X}", "ban {X}", "the bans")],
      distract=["my mic was broken all week", "chat was wild lol", "i stream on weekends only",
                "idk if the algorithm hates me", "(not a big streamer lol)"],
      mulfix=[("F", "some viral clip tripled {my} {it}", "the viral clip", 3)]),
    D(key="thrift", items="""flannel shirts|vinyl records|paperbacks|mugs|denim jackets|scarves|picture frames|teacups|vintage tees|belts|board games|jigsaw puzzles|cassette tapes|dvds|vases|bucket hats|handbags|old cameras|brooches|cardigans|ceramic bowls|wine glasses|sweaters|neckties|lamps|candle holders|silk blouses|leather boots|silver spoons|tea towels|rain jackets|wool coats|snow globes|ceramic frogs|tin lunchboxes""".split("|"),
      scale=(4, 90, 40), piles=[("{my} haul", "3s"), ("the pile", "3s"), ("{my} closet", "3s"), ("the bin", "3s")],
      containers=[("bags", "bag"), ("bins", "bin"), ("boxes", "box"), ("crates", "crate")], group="shop",
      add=[("thrifted {X}", "thrift {X}", "thrifting"), ("dug up {X} at goodwill", "dig up {X} at goodwill", "the goodwill trip"),
           ("found {X} in the bargain bin", "find {X} in the bargain bin", "the bargain bin"), ("scored {X} at a yard sale", "score {X} at a yard sale", "the yard sale"),
           ("hauled home {X}", "haul home {X}", "the haul"), ("rescued {X} from a free pile", "rescue {X} from a free pile", "the free pile")],
      sub=[("resold {X} on depop", "resell {X} on depop", "reselling"), ("listed and sold {X}", None, "the listings"),
           ("donated {X} back", "donate {X} back", "donating back"), ("returned {X} to the rack", "return {X} to the rack", "the rack"),
           ("cracked {X}", "crack {X}", "breakage"), ("gave {X} to {my} sister", "give {X} to {my} sister", "the sister")],
      distract=["the store smelled like mothballs lol", "it was fill-a-bag day", "parking was a nightmare",
                "(i have a problem, i know)", "the cashier was so nice"]),
    D(key="dnd", items=["gold pieces", "gp", "silver pieces", "copper pieces", "platinum pieces", "healing potions", "scrolls", "caltrops", "ball bearings", "javelins", "darts", "goblin ears", "pitons", "gemstones", "candles", "holy water flasks", "coils of rope", "wyvern scales", "elven coins", "dragon teeth", "mithril nuggets"],
      scale=(10, 1000, 400), piles=[("the party's purse", "3s"), ("{my} coin pouch", "3s"), ("the loot pile", "3s"), ("{my} {it}", "3p"), ("the hoard", "3s")],
      containers=[("pouches", "pouch"), ("coffers", "coffer"), ("sacks", "sack"), ("chests", "chest")], group="party",
      add=[("looted {X} off the goblins", "loot {X} off the goblins", "the goblin loot"), ("got {X} from the quest giver", "get {X} from the quest giver", "the quest payout"),
           ("pickpocketed {X}", "pickpocket {X}", "the pickpocket"), ("found {X} in a mimic", "find {X} in a mimic", "the mimic"),
           ("got {X} as a bounty", "get {X} as a bounty", "the bounty"), ("won {X} at cards in the tavern", "win {X} at cards in the tavern", "the tavern game"),
           ("haggled {X} out of the merchant", "haggle {X} out of the merchant", "haggling")],
      sub=[("paid {X} for the inn", "pay {X} for the inn", "the inn"), ("bribed the guard w/ {X}", "bribe the guard w/ {X}", "the bribe"),
           ("tipped the bard {X}", "tip the bard {X}", "tipping the bard"), ("spent {X} at the blacksmith", "spend {X} at the blacksmith", "the blacksmith"),
           ("got robbed of {X}", "get robbed of {X}", "the robbery"), ("tithed {X} to the temple", "tithe {X} to the temple", "the temple"),
           ("threw {X} at the dragon as a distraction", "throw {X} at the dragon as a distraction", "the distraction"),
           ("paid the ferryman {X}", "pay the ferryman {X}", "the ferry")],
      distract=["our DM is evil btw", "the rogue is definitely stealing from us", "session ran super late",
                "(we're all level trash lol)", "the bard keeps flirting w/ everything"],
      mulfix=[("F", "a wish spell doubled {my} {it}", "the wish", 2)]),
    D(key="merch", items="""t-shirts|tour posters|tote bags|stickers|enamel pins|hoodies|vinyl copies|cds|beanies|wristbands|patches|koozies|tour zines|guitar picks|keychains|buttons|lanyards|bandanas|photo cards|cassettes|signed setlists|drumsticks|band socks|phone cases|logo mugs|tour hats""".split("|"),
      scale=(20, 500, 150), piles=[("the merch table", "3s"), ("{my} stock", "3s"), ("the merch box", "3s"), ("{my} {it}", "3p")],
      containers=[("boxes", "box"), ("cartons", "carton"), ("bins", "bin"), ("duffels", "duffel")], group="band",
      add=[("printed {X}", "print {X}", "the print run"), ("restocked {X}", "restock {X}", "the restock"),
           ("had {X} delivered", None, "the delivery"), ("ordered {X} from the printer", "order {X} from the printer", "the order"),
           ("screen-printed {X}", "screen-print {X}", "screen printing")],
      sub=[("sold {X} at the show", "sell {X} at the show", "the show"), ("moved {X} at the gig", "move {X} at the gig", "the gig"),
           ("threw {X} into the crowd", "throw {X} into the crowd", "the crowd toss"), ("gave {X} to the opener", "give {X} to the opener", "the opener"),
           ("comped {X} for friends", "comp {X} for friends", "comps"), ("shipped {X} to online orders", "ship {X} to online orders", "online orders"),
           ("ruined {X} in the van leak", None, "the van leak")],
      distract=["the venue was tiny but packed", "our van smells like old fries", "the drummer forgot his sticks again",
                "(pls stream our EP lol)", "sound guy was a legend"]),
    D(key="cards", items="""trading cards|holo cards|foil cards|figurines|blind boxes|plushies|keycaps|comic books|sports cards|marbles|stamps|art prints|minifigs|dice sets|crystals|graded slabs|mini figures|rookie cards|card sleeves|action figures|vintage toys|pogs|fossils""".split("|"),
      scale=(10, 700, 200), piles=[("{my} collection", "3s"), ("{my} binder", "3s"), ("the shelf", "3s"), ("{my} {it}", "3p")],
      containers=[("tins", "tin"), ("boxes", "box"), ("cases", "case"), ("binders", "binder")], group="club",
      add=[("pulled {X} from packs", "pull {X} from packs", "the pulls"), ("traded {other} for {X}", "trade {other} for {X}", "the trade"),
           ("won {X} in an auction", "win {X} in an auction", "the auction"), ("picked up {X} at a con", "pick up {X} at a con", "the con"),
           ("got {X} in a mystery bundle", "get {X} in a mystery bundle", "the mystery bundle")],
      sub=[("sold {X} on ebay", "sell {X} on ebay", "ebay"), ("traded away {X} at the meetup", "trade away {X} at the meetup", "the meetup"),
           ("sent {X} off for grading", "send {X} off for grading", "grading"), ("gave {X} to {my} nephew", "give {X} to {my} nephew", "the nephew"),
           ("bent {X} (pain)", None, "the damage")],
      distract=["the card shop guy knows me by name now", "my binder is getting so full", "pack prices are insane rn",
                "(collecting is a disease)", "my wife thinks this is a lot"]),
    D(key="farm", items="""parsnips|strawberries|eggs|cheese wheels|cauliflowers|truffles|blueberries|melons|starfruit|pumpkins|jars of jam|bundles of hay|balls of wool|maple syrup bottles|ancient fruit|cranberries|potatoes|duck eggs|sunflowers|corn stalks|sweet potatoes|grapes|goat milk bottles""".split("|"),
      scale=(10, 600, 150), piles=[("{my} chest", "3s"), ("the barn", "3s"), ("the shipping bin", "3s"), ("{my} {it}", "3p")],
      containers=[("crates", "crate"), ("baskets", "basket"), ("kegs", "keg"), ("chests", "chest")], group="farm",
      add=[("harvested {X}", "harvest {X}", "the harvest"), ("grew {X}", "grow {X}", "growing"), ("foraged {X}", "forage {X}", "foraging"),
           ("gathered {X}", "gather {X}", "gathering"), ("got {X} from the coop", "get {X} from the coop", "the coop")],
      sub=[("shipped {X}", "ship {X}", "shipping"), ("gifted {X} to villagers", "gift {X} to villagers", "the gifts"),
           ("cooked {X}", "cook {X}", "cooking"), ("put {X} in the kegs", "put {X} in the kegs", "the kegs"),
           ("let {X} rot", None, "the rot"), ("donated {X} to the museum", "donate {X} to the museum", "the museum")],
      distract=["it rained all season in game", "my crows keep eating stuff", "the cozy music is so good",
                "(stardew brain rot)", "finally fixed the greenhouse"],
      mulown=[("planted {them} and each grew into {n}", None, "the regrowth", None)]),
    D(key="bake", items="""cookies|brownies|cupcakes|muffins|cinnamon rolls|macarons|scones|donuts|lemon bars|pretzels|mini pies|sugar cookies|croissants|bagels|rice krispie treats|eclairs|churros|biscotti|fruit tarts|banana muffins""".split("|"),
      scale=(12, 300, 60), piles=[("the tray", "3s"), ("the table", "3s"), ("{my} stock", "3s"), ("{my} {it}", "3p")],
      containers=[("trays", "tray"), ("batches", "batch"), ("tins", "tin"), ("boxes", "box")], group="bake sale crew",
      add=[("baked {X}", "bake {X}", "baking"), ("whipped up {X}", "whip up {X}", "the extra batch"),
           ("got {X} donated", "get {X} donated", "the donation"), ("made {X} more at midnight", None, "the midnight batch")],
      sub=[("ate {X}", "eat {X}", "snacking"), ("burned {X}", "burn {X}", "the burnt ones"), ("sold {X} at the bake sale", "sell {X} at the bake sale", "the bake sale"),
           ("dropped {X} on the floor", "drop {X} on the floor", "the floor incident"), ("let the dog get {X}", None, "the dog"),
           ("gave {X} to the teachers", "give {X} to the teachers", "the teachers")],
      distract=["the oven runs hot btw", "my kitchen is a disaster", "(yes i licked the spoon)",
                "everyone loved the frosting", "it was for the school fundraiser"]),
    D(key="plants", items="""succulent cuttings|pothos cuttings|seed packets|terracotta pots|seedlings|baby cacti|spider plant babies|bulbs|orchids|monstera cuttings|herb starts|tomato plants|snake plants|air plants|aloe pups|basil plants|peace lilies""".split("|"),
      scale=(5, 150, 40), piles=[("{my} windowsill", "3s"), ("the plant shelf", "3s"), ("{my} collection", "3s"), ("{my} {it}", "3p")],
      containers=[("trays", "tray"), ("flats", "flat"), ("racks", "rack"), ("planters", "planter")], group="plant swap group",
      add=[("propagated {X}", "propagate {X}", "propagating"), ("rooted {X}", "root {X}", "rooting"),
           ("got {X} at the plant swap", "get {X} at the plant swap", "the plant swap"), ("rescued {X} from the clearance rack", "rescue {X} from the clearance rack", "the clearance rack")],
      sub=[("killed {X} (overwatering oops)", None, "overwatering"), ("gave {X} to coworkers", "give {X} to coworkers", "the coworkers"),
           ("swapped away {X}", "swap away {X}", "the swap"), ("lost {X} to root rot", "lose {X} to root rot", "root rot"),
           ("repotted and sold {X}", None, "the sale")],
      distract=["my apartment is basically a jungle", "fungus gnats are winning", "(plant people pls help)",
                "the light in here is terrible"],
      mulown=[("turned each of {them} into {n} new ones", "turn each of {them} into {n} new ones", "the propagation", None)]),
]

PRODUCT_GENERIC = [
    "{S} {had} {f1} {cont} w/ {f2} {it} in each",
    "{S} {had} {f1} {cont} of {f2} {it} each",
    "{f1} {cont}, {f2} {it} per {c1}, that's what {s} started w/",
    "{S} {got} {f1} {cont} and each had {f2} {it} in it",
    "{S} {had} {f1} {cont} w/ {f2} {it} apiece",
    "{S} started w/ {f1} {cont}, each holding {f2} {it}",
]
PRODUCT_SPECIAL = {
    "money": ["{S} saved {f2} dollars a week for {f1} weeks", "{S} got {f2} bucks a day for {f1} days",
              "{S} earned {f2} dollars per shift for {f1} shifts"],
    "fantasy": ["{S} played {f1} games and got {f2} points in each", "over {f1} weeks {s} scored {f2} pts per week"],
    "stream": ["across {f1} streams {s} got {f2} new {it} per stream", "{S} did {f1} collabs and each brought {f2} {it}"],
}

START_PAST = [
    "{S} had {N} {it}", "{S} started w/ {N} {it}", "{S} had {N} {it} saved up",
    "{S} came into the week w/ {N} {it}", "{P} {it} count was {N}", "there were {N} {it} in {p} stash",
    "{S} was sitting on {N} {it}", "{S} had exactly {N} {it} at the start", "starting count: {N} {it}",
]
START_PRES = [
    "{S} {have} {N} {it}", "{S} {have} {N} {it} rn", "{S}{'s} got {N} {it}", "{S}{'re} sitting at {N} {it}",
    "{P} stash is at {N} {it} rn", "currently {N} {it} in {p} stash", "{S} {have} {N} {it} right now",
]

OPENERS = ["ok so", "quick q:", "help pls:", "dumb q but", "not homework lol:", "settle a debate:",
           "math is hard rn so", "asking for a friend:", "ok this is gonna sound dumb but", "genuine question,",
           "pls help my brain is fried:", "real quick,", "ok weird question,", "so basically", "lol ok so"]
GENERIC_DISTRACT = ["idk why this is breaking my brain", "it's been a long week ngl", "(sorry for formatting, on mobile)",
                    "my sister says i'm wrong", "we argued abt this for like an hour", "anyway", "brain fried rn",
                    "pls be nice", "tysm in advance", "my cat keeps walking on the keyboard", "(yes this is real)",
                    "bear w/ me here", "lol"]
ASIDES = ["(don't ask)", "(rip)", "(finally)", "(ugh)", "(lol)", "(yes really)", "(long story)", "(big mistake)",
          "(worth it)", "(no regrets)", "(send help)", "(classic)", "(thx grandma)", "(oops)", "(smh)", "(ikr)",
          "(mood)", "(W)", "(L)", "(sigh)"]
FILLERS_ANY = ["literally", "also", "just", "actually", "somehow", "lowkey", "basically", "then"]
FILLERS = {"+": ["finally", "luckily"], "-": ["accidentally", "stupidly", "sadly"], "*": ["somehow"], "/": ["reluctantly"]}

SENT_START = {
    "past": ["then", "after that", "later", "next", "the next day", "then later", "after that,", "and then", "so then",
             "later that day", "a bit later", "that night", "right after that", "after", "then on the weekend", ""],
    "pres": ["then", "after that", "next", "and then", "so then", "then later", "right after that", ""],
    "fut": ["then", "after that", "tmrw", "later", "next week", "and then", "after", ""],
}
JOINERS = [", then ", " and then ", ", and ", " then ", " & then ", ", after that ", "; then ", ", later ", " and ", " then right after that "]

# ---------------------------------------------------------------------------
# solution-side wording
# ---------------------------------------------------------------------------
EQ_T = ["{eq}", "{eq} after {tag}", "then {eq}", "{tag}: {eq}", "{tag} -> {eq}", "{eq} ({tag})", "so {eq}",
        "{eq} {it}", "now {eq}", "and {tag}, {eq}", "{eq}, that's after {tag}", "ok {eq}", "{tag} => {eq}",
        "{eq} rn", "{eq} {it} after {tag}", "next: {eq}", "then {tag} so {eq}", "{eq} after {tag} ok",
        "{tag} means {eq}", "after {tag} it's {eq}", "{eq} once u count {tag}", "{Tag} — {eq}"]
EQ_FIRST = ["ok so {eq} after {tag}", "k first {eq}", "first {tag}: {eq}", "alright so {eq} after {tag}",
            "start from what {who} had, {eq} after {tag}", "ok so {start_w}, {eq} after {tag}",
            "so {start_w}. {eq} w/ {tag}"]
EQ_PRODUCT = ["{eq} to start", "start is {eq}", "{eq} {it} total at the start", "ok so {eq} {it} to begin w/",
              "starting pile: {eq}", "first multiply: {eq}", "{eq} {it} in the beginning", "k so {eq} to start"]
EQ_SHORT = ["{short} ... {eq}", "then {short} .. {eq}", "{short}: {eq}", "{short} -> {eq}"]
EQ_DIV = ["{eq} each", "then {short} ... {eq} each", "{eq} per share", "{eq} in each share", "split: {eq}"]
FINAL_T = ["=> {N}", "ans: {N}", "Answer: {N}", "#### {N}", "{N}", "so {N}", "{N} {it}", "=> {N} {it}",
           "so {who} {has} {N} {it} now", "{N} total", "final: {N}", "tl;dr {N} {it}", "so the answer is {N}.",
           "**{N}**", "{N} {it}, ez", "{N} lol", "ans: {N} {it}", "{Who} {ends} up w/ {N}",
           "So {who} {has} {N} {it}.", "final answer {N}", "{N} {it} at the end"]
FINAL_LEFT = ["that's {N} {it} left", "so {N} left", "{N} {it} left over", "so {who} {has} {N} left"]
FINAL_EACH = ["{N} each", "=> {N} per person", "each gets {N}", "{N} per share", "ans: {N} each"]
FINAL_I = ["ur at {N} rn", "you have {N} now", "u got {N} {it}"]

GEN_TAG = {"+": ["the new ones", "adding those", "the extras", "what came in", "the plus"],
           "-": ["the ones gone", "taking those out", "the minus", "losing those", "what's gone"],
           "*": ["the multiply", "the multiplier", "multiplying"],
           "/": ["the split", "splitting", "dividing"]}


# ---------------------------------------------------------------------------
# arithmetic helpers
# ---------------------------------------------------------------------------
def apply(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b if a >= b else None
    if op == "*":
        return a * b
    if op == "/":
        if b <= 0 or a % b:
            return None
        return a // b
    raise ValueError(op)


def digit_swap(rng, n):
    s = str(n)
    idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
    if not idx:
        return None
    i = rng.choice(idx)
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if t[0] == "0" and len(t) > 1:
        return None
    return int(t)


def digit_bump(rng, n):
    s = str(n)
    i = rng.randrange(len(s))
    d = int(s[i])
    nd = d + rng.choice([-1, 1])
    if nd < 0 or nd > 9 or (i == 0 and nd == 0 and len(s) > 1):
        return None
    return int(s[:i] + str(nd) + s[i + 1:])


def carry_drop(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out, pos, carried = 0, 1, False
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        if da + db >= 10:
            carried = True
        out += ((da + db) % 10) * pos
        pos *= 10
    return out if carried else None


def borrow_err(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out, pos, bad = 0, 1, False
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        if da < db:
            bad = True
        out += abs(da - db) * pos
        pos *= 10
    return out if bad else None


# ---------------------------------------------------------------------------
# problem building
# ---------------------------------------------------------------------------
DIVS = [2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 8, 10, 3, 2, 4, 7, 9, 12]


def _amount(rng, hi):
    r = rng.random()
    if r < 0.04 and hi >= 12:
        return 12
    if r < 0.35:
        return rng.randint(2, max(2, min(hi, 20)))
    if r < 0.75:
        return rng.randint(2, max(2, hi))
    return rng.randint(2, max(2, hi // 3))


def build_numbers(rng, dom, ops, product):
    lo, hi, addhi = dom["scale"]
    for _ in range(60):
        dplan = [rng.choice(DIVS) if op == "/" else None for op in ops]
        # fixed divisors via words
        f = None
        if product:
            f1 = rng.randint(2, 25)
            f2 = rng.randint(2, max(3, min(60, hi // 3)))
            if f1 * f2 > 3000:
                continue
            start = f1 * f2
            f = (f1, f2)
        else:
            start = rng.randint(lo, hi)
            if rng.random() < 0.1:
                start = rng.choice([100, 200, 250, 500, 1000, 120, 60, 48, 36, 24]) if hi >= 100 else start
            start = min(start, 1000)
        if ops[0] == "/":
            d = dplan[0]
            if not product:
                start = max(d * 2, start - start % d)
                if start > 1000:
                    continue
            elif start % d:
                continue
        v = start
        bs = []
        ok = True
        for i, op in enumerate(ops):
            dn = dplan[i + 1] if i + 1 < len(ops) else None
            if op == "+":
                cap = min(999, addhi, 9999 - v)
                if cap < 2:
                    ok = False
                    break
                b = _amount(rng, cap)
                if dn:
                    b += (-(v + b)) % dn
                    if b > min(999, 9999 - v):
                        b -= dn
                    if b < 2:
                        ok = False
                        break
            elif op == "-":
                if v < 4:
                    ok = False
                    break
                b = _amount(rng, min(999, v - 1))
                b = min(b, v - 1)
                if dn:
                    b += (v - b) % dn
                    if v - b < dn:
                        b -= dn
                    if b < 2 or v - b < 1 or b > 999:
                        ok = False
                        break
            elif op == "*":
                maxm = min(10, 9999 // v) if v else 0
                if maxm < 2:
                    ok = False
                    break
                cands = [m for m in range(2, maxm + 1)]
                w = [6 if m == 2 else 4 if m == 3 else 2 if m in (4, 5) else 1 for m in cands]
                if dn:
                    pairs = [(m, wt) for m, wt in zip(cands, w) if (v * m) % dn == 0]
                    if not pairs:
                        ok = False
                        break
                    cands, w = [p[0] for p in pairs], [p[1] for p in pairs]
                b = rng.choices(cands, w)[0]
            else:
                b = dplan[i]
                if v % b or v // b < 1:
                    ok = False
                    break
            nv = apply(v, op, b)
            if nv is None or nv < 1 or nv > 9999:
                ok = False
                break
            bs.append(b)
            v = nv
        if ok:
            return start, f, bs
    return None


class Ctx:
    pass


def make_owner(rng, dom):
    r = rng.random()
    o = {}
    if r < 0.45:
        o.update(kind="i", S="i", s="i", obj="me", poss="my", P="my", person="1s", ppers="1s", pron="i",
                 who="you", Who="you", has="have", ends="end")
        if rng.random() < 0.3:
            o.update(who="u", Who="u")
    elif r < 0.6:
        o.update(kind="we", S="we", s="we", obj="us", poss="our", P="our", person="1p", ppers="1p", pron="we",
                 who=rng.choice(["you guys", "y'all", "you"]), has="have", ends="end")
        o["Who"] = o["who"]
    else:
        g = rng.random()
        if g < 0.38:
            name, pr = rng.choice(FEM), ("she", "her", "her", "3s")
        elif g < 0.76:
            name, pr = rng.choice(MASC), ("he", "him", "his", "3s")
        else:
            name, pr = rng.choice(NEUT), ("they", "them", "their", "3p")
        full = name
        if rng.random() < 0.45:
            rels = RELATIONS + (REL_F if pr[0] == "she" else REL_M if pr[0] == "he" else [])
            full = rng.choice(rels) + " " + name
        o.update(kind="name", S=full, s=name, name=name, obj=pr[1], poss=pr[2], P=name + "'s", person="3s",
                 ppers=pr[3], pron=pr[0], who=name, Who=name, has="has", ends="ends")
        if rng.random() < 0.3:
            o.update(who=pr[0], Who=pr[0], has="has" if pr[3] == "3s" else "have",
                     ends="ends" if pr[3] == "3s" else "end")
    return o


def render_num(rng, n, wordy, allow_dozen=True):
    """returns (surface, kind) kind 'd' digits or 'w' word"""
    if n == 12 and allow_dozen and rng.random() < 0.45:
        return "a dozen", "w"
    w = num_word(n)
    if w and rng.random() < wordy:
        if "-" in w and rng.random() < 0.5:
            return str(n), "d"
        return w, "w"
    return str(n), "d"


def x_phrase(rng, dom, op, nsurf, it, my):
    money = dom.get("money")
    pts = dom.get("points")
    dz = nsurf.startswith("a ")
    if money:
        if nsurf.isdigit():
            forms = ["${n}", "${n}", "{n} dollars", "{n} bucks", "{n}"]
            if op == "+":
                forms += ["another ${n}", "${n} more"]
        else:
            forms = ["{n} dollars", "{n} bucks"]
        return rng.choice(forms).replace("{n}", nsurf)
    if pts:
        forms = ["{n} {it}", "{n} {it}", "{n}"]
        if op == "+" and not dz:
            forms += ["another {n} {it}", "{n} more {it}"]
        return rng.choice(forms).replace("{n}", nsurf).replace("{it}", it)
    if op == "+":
        forms = ["{n} {it}", "{n} {it}", "{n} more {it}", "{n} more", "{n} extra {it}", "{n} new {it}"]
        if not dz:
            forms += ["another {n} {it}", "another {n}"]
    else:
        forms = ["{n} {it}", "{n} {it}", "{n} of them", "{n} of the {it}", "{n}", "{n} of those", "{n} of {my} {it}"]
    return rng.choice(forms).replace("{n}", nsurf).replace("{it}", it).replace("{my}", my)


def fill(s, d):
    for k, v in d.items():
        s = s.replace("{" + k + "}", v)
    return s


def fut_aux(rng, subj, person):
    if person == "1s":
        return rng.choice(["%s'm gonna", "%s'll", "%s am gonna", "%s will"]) % subj if subj == "i" else subj + " will"
    if person in ("1p", "3p"):
        return subj + rng.choice(["'re gonna", " will", "'ll", " are gonna"])
    return subj + rng.choice(["'s gonna", " will", " is gonna"])


def subj_person(o, use_pron):
    if o["kind"] == "name":
        if use_pron:
            return o["pron"], o["ppers"]
        return o["s"], "3s"
    return o["S"], o["person"]


def pick_template(rng, dom, op, fixed_needed, tense):
    """fixed_needed: operand value for mul/div (to allow word templates)."""
    pool = []
    if op == "+":
        pool = [("O",) + t + (None,) for t in dom["add"]] * 2
        if not dom.get("money") and not dom.get("points") and dom["key"] != "stream":
            pool += [("O",) + t + (None,) for t in G_ADD]
    elif op == "-":
        pool = [("O",) + t + (None,) for t in dom["sub"]] * 2
        if not dom.get("money") and not dom.get("points") and dom["key"] != "stream":
            pool += [("O",) + t + (None,) for t in G_SUB]
    elif op == "*":
        pool = [("O",) + t for t in MUL_OWN] + list(MUL_THING) + list(MUL_FIXED) + list(dom.get("mulfix", []))
        pool += [("O",) + t for t in dom.get("mulown", [])]
    else:
        pool = [("O",) + t[:4] for t in DIV_OWN] + list(DIV_THING) + list(DIV_FIXED) + list(dom.get("divfix", []))
    good = []
    for t in pool:
        kind = t[0]
        fx = t[-1]
        if op in "*/":
            if isinstance(fx, int) and fx != fixed_needed:
                continue
        if kind == "O" and tense != "past" and t[2] is None:
            continue
        if kind == "T" and tense != "past" and t[2] is None:
            continue
        if kind == "F" and tense != "past":
            continue
        good.append(t)
    return rng.choice(good)


def build_problem(rng, dom, ops, start, fac, bs, want_each):
    """returns (text, meta) or None"""
    tense = rng.choices(["past", "pres", "fut"], [0.62, 0.2, 0.18])[0]
    o = make_owner(rng, dom)
    it = rng.choice(dom["items"])
    wordy = rng.choice([0.0, 0.08, 0.2, 0.4])
    digits, words = [], []
    each_ok = False

    def num(n, allow_word=True, dozen=True):
        if allow_word:
            s, k = render_num(rng, n, wordy, dozen)
        else:
            s, k = str(n), "d"
        (digits if k == "d" else words).append(s if k == "d" else s.split()[-1])
        return s

    base = {"it": it, "me": o["obj"], "my": o["poss"], "I": o["pron"] if o["kind"] != "name" else o["pron"]}
    # ---- start sentence
    if fac:
        f1s = num(fac[0], dozen=False)
        f2s = num(fac[1], dozen=False)
        special = PRODUCT_SPECIAL.get(dom["key"])
        if special and (not dom["containers"] or rng.random() < 0.6):
            t = rng.choice(special)
        else:
            t = rng.choice(PRODUCT_GENERIC)
        cont = rng.choice(dom["containers"]) if dom["containers"] else ("boxes", "box")
        had = "had" if tense == "past" else ("has" if o["person"] == "3s" else "have")
        got = "got" if tense == "past" else ("gets" if o["person"] == "3s" else "get")
        start_s = fill(t, {"S": o["S"], "s": o["S"], "had": had, "got": got, "f1": f1s, "f2": f2s, "cont": cont[0],
                           "c1": cont[1], "it": it})
        if tense != "past":
            start_s = start_s.replace(" started w/", " starts w/" if o["person"] == "3s" else " start w/")
            start_s = start_s.replace(" saved ", " saves " if o["person"] == "3s" else " save ")
    else:
        ns = num(start, allow_word=start <= 99)
        if dom.get("money") and ns.isdigit() and rng.random() < 0.5:
            it_s = None
            nstr = "$" + ns
        else:
            it_s = it
            nstr = ns
        if tense == "past":
            t = rng.choice(START_PAST)
        else:
            t = rng.choice(START_PRES)
        have = "has" if o["person"] == "3s" else "have"
        apos_s = "'s" if o["person"] == "3s" else ("'ve" if o["person"] in ("1s", "1p") else "'ve")
        apos_re = "'m" if o["person"] == "1s" else ("'s" if o["person"] == "3s" else "'re")
        start_s = fill(t, {"S": o["S"], "N": nstr, "P": o["P"], "p": o["poss"], "have": have, "'s": apos_s, "'re": apos_re,
                           "it": it_s if it_s else ""})
        start_s = re.sub(r"\s+", " ", start_s).strip()
        if it_s is None:
            start_s = start_s.replace(" count was", " balance was")
    sentences = [start_s]
    # ---- change clauses
    clauses = []  # (text, kind, base_for_gerund or None)
    used_tags = []
    shares = []
    for i, (op, b) in enumerate(zip(ops, bs)):
        t = pick_template(rng, dom, op, b, tense)
        kind = t[0]
        fixed = t[-1]
        if kind == "O":
            past, basef, tag = t[1], t[2], t[3]
        elif kind == "T":
            past, basef, tag = t[1], t[2], t[3]
        else:
            past, basef, tag = t[1], None, t[2]
        if op in "*/" and isinstance(fixed, int):
            nsurf = None
            # the word lives in the template
            w = re.search(r"\b(doubled?|tripled?|quadrupled?|twice|half|halved?|third)\b",
                          (past if tense == "past" or basef is None else basef).replace("^", ""))
            words.append(w.group(1))
        else:
            digit_only = fixed == "digit"
            nsurf = num(b, allow_word=(not digit_only) and op in "+-*/", dozen=op in "+-")
        if op in "+-":
            X = x_phrase(rng, dom, op, nsurf, it, o["poss"])
        else:
            X = ""
        them = rng.choice(["them", "them", "the " + it, o["poss"] + " " + it]) if i > 0 else rng.choice(["them", o["poss"] + " " + it])
        other = rng.choice(OTHERS + [rng.choice(ALL_NAMES)])
        vals = dict(base)
        vals.update({"X": X, "n": nsurf or "", "them": them, "other": other})
        if op == "/" and len(t) == 5 and kind == "O":
            pass
        # decide each-question eligibility (owner split with share)
        if op == "/" and i == len(ops) - 1:
            each_ok = any(t[1] == d[0] for d in DIV_OWN if d[4])
        filler = ""
        if rng.random() < 0.18 and tense != "fut":
            filler = rng.choice(FILLERS_ANY + FILLERS[op])
            if rng.random() < 0.25:
                filler = filler.upper()
        aside = rng.choice(ASIDES) if rng.random() < 0.12 else ""
        clauses.append(dict(kind=kind, past=fill(past, vals), base=fill(basef, vals) if basef else None,
                            tag=tag, filler=filler, aside=aside, op=op, it=it))
        used_tags.append(tag)
        shares.append(op == "/" and any(w in past for w in ("ways", "equal", "evenly", "among")))
    # render clauses -> sentences
    i = 0
    use_pron = False
    while i < len(clauses):
        r = rng.random()
        group = 1
        if i + 1 < len(clauses) and r < 0.45:
            group = 2
            if i + 2 < len(clauses) and rng.random() < 0.25:
                group = 3
        grp = clauses[i:i + group]
        parts = []
        # special gerund shape for 2 owner clauses
        if group == 2 and grp[0]["kind"] == "O" and grp[0]["base"] and grp[1]["kind"] != "F" and rng.random() < 0.4:
            if rng.random() < 0.5:
                sent = "after " + gerund(grp[0]["base"]) + ", " + render_clause(rng, grp[1], o, tense, True, use_pron, dom)
            elif grp[1]["kind"] == "O" and grp[1]["base"]:
                sent = render_clause(rng, grp[0], o, tense, True, use_pron, dom) + " before " + gerund(grp[1]["base"])
            else:
                sent = (render_clause(rng, grp[0], o, tense, True, use_pron, dom) + ", then "
                        + render_clause(rng, grp[1], o, tense, True, use_pron, dom))
        else:
            for j, c in enumerate(grp):
                with_subj = True
                if j > 0 and c["kind"] == "O" and grp[j - 1]["kind"] == "O" and rng.random() < 0.7:
                    with_subj = False
                if j == 0 and o["kind"] == "i" and c["kind"] == "O" and tense == "past" and rng.random() < 0.3:
                    with_subj = False
                parts.append(render_clause(rng, c, o, tense, with_subj, use_pron, dom, cont=(j > 0 and not with_subj)))
                use_pron = o["kind"] == "name" and rng.random() < 0.6
            sent = parts[0]
            for p in parts[1:]:
                sent += rng.choice(JOINERS) + p
        st = rng.choice(SENT_START[tense])
        if st == "after":
            st = "after that"
        if sent.startswith("after "):
            st = rng.choice(["", "", "then", "and"])
        if st:
            sent = st + " " + sent
        sentences.append(sent)
        use_pron = o["kind"] == "name" and rng.random() < 0.65
        i += group
    # distractors
    dpool = dom["distract"] + GENERIC_DISTRACT
    nd = rng.choices([0, 1, 2], [0.4, 0.45, 0.15])[0]
    for dsent in rng.sample(dpool, nd):
        pos = rng.randint(1, len(sentences))
        sentences.insert(pos, dsent)
    # question
    q = make_question(rng, o, it, tense, dom, each_ok and want_each)
    q_first = rng.random() < 0.15
    # join
    puncts = [". ", ". ", ", ", " ", "... ", "! "]
    text = ""
    for k, s in enumerate(sentences):
        if k == 0:
            text = s
        else:
            p = rng.choice(puncts)
            if text.endswith(")") and p == ", ":
                p = " "
            text += p.rstrip(" ") + " " + s
    text += rng.choice([".", "", ".", "!", " lol."])
    if q_first:
        if not q.rstrip().endswith(("?", "pls", "lol")):
            q += "?"
        text = q + rng.choice([" ", " -- ", " ok so ", " context: "]) + text
    else:
        text = text + " " + q
    if rng.random() < 0.35:
        text = rng.choice(OPENERS) + " " + text
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace(" ,", ",").replace(",,", ",").replace(".,", ".").replace(". .", ".")
    # capitalization style
    if rng.random() < 0.3:
        text = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
        text = re.sub(r"\bi\b", "I", text)
        text = re.sub(r"\bi'", "I'", text)
    meta = dict(digits=digits, words=words, tense=tense, owner=o, item=it, tags=used_tags, shares=shares, each=each_ok and want_each)
    return text, meta


def render_clause(rng, c, o, tense, with_subj, use_pron, dom, cont=False):
    kind = c["kind"]
    filler = c["filler"]
    aside = (" " + c["aside"]) if c["aside"] else ""
    if kind == "F":
        return c["past"] + aside
    if kind == "T":
        pile, pp = rng.choice(dom["piles"])
        pile = fill(pile, {"my": o["poss"], "it": c["it"]})
        if tense == "past":
            pred = c["past"]
        elif tense == "pres":
            pred = conj(c["base"], "3s" if pp == "3s" else "3p")
        else:
            aux = rng.choice(["will", "is gonna" if pp == "3s" else "are gonna"])
            pred = aux + " " + c["base"].replace("^", "")
        return (pile + " " + pred).strip() + aside
    # owner subject
    subj, pers = subj_person(o, use_pron)
    f = (filler + " ") if filler else ""
    if tense == "past":
        vp = c["past"]
        return ((subj + " ") if with_subj else "") + f + vp + aside
    if tense == "pres":
        vp = conj(c["base"], pers)
        return ((subj + " ") if with_subj else "") + f + vp + aside
    vp = c["base"].replace("^", "")
    if with_subj:
        return fut_aux(rng, subj, pers) + " " + vp + aside
    if cont:
        return vp + aside
    return rng.choice(["gonna ", "prob gonna ", "then gonna "]) + vp + aside


def make_question(rng, o, it, tense, dom, each):
    if each:
        qs = ["how many does each person get??", "how many is that per person?", "how many in each share?",
              "so how much is each share", "how many per pile?", "how big is each share then?"]
        if o["kind"] != "name":
            qs += ["how many does each of us get?", "so how many each?"]
        return rng.choice(qs)
    subj = o["s"] if o["kind"] != "name" else (o["pron"] if rng.random() < 0.4 else o["s"])
    pers = o["person"] if o["kind"] != "name" else ("3s" if subj == o["s"] else o["ppers"])
    do = "does" if pers == "3s" else "do"
    did = "did"
    it2 = it if rng.random() < 0.6 else ""
    if dom.get("money") and rng.random() < 0.5:
        howmany = "how much money"
        it2 = ""
    else:
        howmany = "how many"
    if tense == "fut":
        qs = ["{hm} {it} will {s} have?", "{hm} {it} will {s} end up w/?", "what's {p} total gonna be?",
              "so how many {it} will be left?", "how many will {s} have after all that??", "what will {s} have at the end?"]
    else:
        qs = ["{hm} {it} {do} {s} have now?", "{hm} {do} {s} have now??", "so how many {it} {do} {s} have left",
              "so what's left", "whats the total rn?", "how many r left?", "final count??",
              "how many {it} is that at the end", "what {do} {s} end up w/?", "{hm} {it} {do} {s} have at the end of all that",
              "whats the count now", "so how many {it} now", "total?", "what's {p} total now?",
              "how many {it} should {s} have rn", "how many is that now?? idk", "so where does that leave {o}?",
              "{hm} {it} {do} {s} have at this point?", "so... how many?", "what's the number now"]
        if tense == "past":
            qs += ["how many did {s} end up w/?", "{hm} {it} did {s} have after all that?", "how many {did} {s} have left at the end?"]
    q = rng.choice(qs)
    q = fill(q, {"hm": howmany, "it": it2, "do": do, "s": subj, "p": o["poss"], "o": o["obj"], "did": did})
    q = re.sub(r"\s+", " ", q).strip()
    if rng.random() < 0.3 and q.endswith("?"):
        q += rng.choice(["?", "??", " lol", " pls"])
    return q


# ---------------------------------------------------------------------------
# solution
# ---------------------------------------------------------------------------
def fmt_eq(a, op, b, c, style):
    sym = style["sym"][op]
    sp = style["sp"]
    if sp == 0:
        return f"{a} {sym} {b} = {c}"
    if sp == 1:
        return f"{a}{sym}{b}={c}"
    return f"{a}{sym}{b} = {c}"


def solver_chain(true_eqs, kind, k, rng, problem_nums, final_true):
    """returns (eqs_written, final_number) or None"""
    n = len(true_eqs)
    out = []
    for i in range(k):
        out.append(true_eqs[i])
    if kind == "answer":
        out = list(true_eqs)
        N = final_true
        cands = [N + 1, N - 1, N + 10, N - 10, digit_swap(rng, N), digit_bump(rng, N)]
        if n >= 2:
            cands += [true_eqs[-2][3]] * 2
        cands = [x for x in cands if x is not None and x >= 0 and x != N]
        if not cands:
            return None
        return out, rng.choice(cands)
    a, op, b, c, _tg = true_eqs[k]
    is_prod = k == 0 and true_eqs[0][4] == "P"
    cand = []
    if kind == "arithmetic":
        cand = [c + 1, c - 1, c + 10, c - 10, digit_swap(rng, c), digit_bump(rng, c)]
        if op == "+":
            cand += [carry_drop(a, b)] * 3
        if op == "-":
            cand += [borrow_err(a, b)] * 3
        if op == "*":
            cand += [a * (b + 1), a * (b - 1), c + 100, c - 100]
        if op == "/":
            cand += [c + 2, c - 2]
        cand = [(a, op, b, x) for x in cand if x is not None and x >= 0 and x != c]
    elif kind == "operand":
        if is_prod:
            for (x, y) in [(a, b), (b, a)]:
                for y2 in [y + 1, y - 1, y + 10, digit_swap(rng, y)]:
                    if y2 is not None and y2 >= 2 and y2 != y:
                        cand.append((x, "*", y2, x * y2) if (x, y) == (a, b) else (y2, "*", x, y2 * x))
        else:
            # wrong b
            bw = [b + 1, b - 1, b + 10, b - 10, digit_swap(rng, b)] + [p for p in problem_nums if p != b]
            for b2 in bw:
                if b2 is None or b2 == b or b2 < 1:
                    continue
                if op in "*/" and b2 < 2:
                    continue
                c2 = apply(a, op, b2)
                if c2 is not None:
                    cand.append((a, op, b2, c2))
            # wrong a
            aw = [a + 1, a - 1, a + 10, a - 10, digit_swap(rng, a), digit_swap(rng, a)]
            if k > 0:
                earlier = [true_eqs[j][0] for j in range(k)]
                aw += earlier * 2
            for a2 in aw:
                if a2 is None or a2 == a or a2 < 0:
                    continue
                c2 = apply(a2, op, b)
                if c2 is not None:
                    cand.append((a2, op, b, c2))
    elif kind == "operation":
        alts = {"+": ["-", "-", "*"] if b <= 12 else ["-"], "-": ["+"], "*": ["+", "+", "/", "-"], "/": ["*", "-", "-"]}[op]
        if is_prod:
            alts = ["+"]
        for op2 in alts:
            c2 = apply(a, op2, b)
            if c2 is not None and c2 != c:
                cand.append((a, op2, b, c2))
    cand = [e for e in cand if e[3] != c and 0 <= e[3] <= 99999]
    rng.shuffle(cand)
    for e in cand:
        chain = out + [(e[0], e[1], e[2], e[3], true_eqs[k][4])]
        okc = True
        for j in range(k + 1, n):
            a2 = chain[-1][3]
            _, op2, b2, _, tg = true_eqs[j]
            c2 = apply(a2, op2, b2)
            if c2 is None or c2 > 99999:
                okc = False
                break
            chain.append((a2, op2, b2, c2, tg))
        if okc and chain[-1][3] != final_true:
            return chain, chain[-1][3]
    return None


def write_steps(rng, eqs, final_num, meta, ctx):
    o = meta["owner"]
    it = meta["item"]
    short_it = ctx["dom"].get("short", {}).get(it, it)
    style = {"sym": {"+": "+", "-": rng.choice(["-", "-", "-", "−"]), "*": rng.choice(["*", "×", "×"]),
                     "/": rng.choice(["/", "/", "÷"])},
             "sp": rng.choices([0, 1, 2], [0.7, 0.15, 0.15])[0]}
    fav = rng.sample(EQ_T, 5)
    steps = []
    tags = meta["tags"]
    n = len(eqs)
    for i, (a, op, b, c, tg) in enumerate(eqs):
        eq = fmt_eq(a, op, b, c, style)
        if tg == "P":
            t = rng.choice(EQ_PRODUCT)
            tag = ""
        else:
            ci = tg
            tag = tags[ci] if rng.random() < 0.75 else rng.choice(GEN_TAG[ctx["ops"][ci]])
            r = rng.random()
            if i == 0 and r < 0.35:
                t = rng.choice(EQ_FIRST)
            elif meta["shares"][ci] and r < 0.3:
                t = rng.choice(EQ_DIV)
            elif r < 0.45:
                t = rng.choice(fav)
            elif r < 0.55:
                t = rng.choice(EQ_SHORT)
            else:
                t = rng.choice(EQ_T)
        wsym = {"+": "+", "-": "-", "*": rng.choice(["x", "*"]), "/": "/"}[op]
        vals = {"eq": eq, "tag": tag, "Tag": tag[:1].upper() + tag[1:], "it": short_it, "who": o["who"],
                "short": wsym + str(b), "start_w": rng.choice(["you start w/ ", "start w/ ", "u start at "]) + str(a)}
        s = fill(t, vals)
        s = re.sub(r"\s+", " ", s).strip()
        if rng.random() < 0.06:
            s = s[:1].upper() + s[1:]
        steps.append(s)
    # final
    r = rng.random()
    if meta["each"] and r < 0.6:
        t = rng.choice(FINAL_EACH)
    elif ctx["ops"][-1] in "-/" and r < 0.25:
        t = rng.choice(FINAL_LEFT)
    elif o["kind"] == "i" and r < 0.15:
        t = rng.choice(FINAL_I)
    else:
        t = rng.choice(FINAL_T)
    who = o["who"]
    s = fill(t, {"N": str(final_num), "it": short_it, "who": who, "Who": who[:1].upper() + who[1:],
                 "has": o["has"], "ends": o["ends"]})
    steps.append(re.sub(r"\s+", " ", s).strip())
    return steps


# ---------------------------------------------------------------------------
# main entry
# ---------------------------------------------------------------------------
N_CHANGE_W = {1: 0.1, 2: 0.22, 3: 0.27, 4: 0.24, 5: 0.17}


def _one(rng, idx, seed):
    r = rng.random()
    if r < 0.45:
        kind, pos = "none", None
    else:
        kind = rng.choice(["arithmetic", "operand", "operation", "answer"])
        pos = "final" if kind == "answer" else rng.choice(["first", "middle", "last"])
    for _attempt in range(200):
        dom = rng.choice(DOMAINS)
        product = rng.random() < 0.25
        nch = rng.choices(list(N_CHANGE_W), list(N_CHANGE_W.values()))[0]
        neq = nch + (1 if product else 0)
        if pos == "middle" and neq < 3:
            continue
        if pos == "last" and neq < 2:
            continue
        ops = [rng.choices(["+", "-", "*", "/"], [0.32, 0.32, 0.15, 0.21])[0] for _ in range(nch)]
        built = build_numbers(rng, dom, ops, product)
        if not built:
            continue
        start, fac, bs = built
        want_each = rng.random() < 0.5
        text, meta = build_problem(rng, dom, ops, start, fac, bs, want_each)
        if len(text.split()) > 88:
            continue
        # true chain
        true_eqs = []
        if fac:
            if rng.random() < 0.8:
                true_eqs.append((fac[0], "*", fac[1], start, "P"))
            else:
                true_eqs.append((fac[1], "*", fac[0], start, "P"))
        v = start
        for ci, (op, b) in enumerate(zip(ops, bs)):
            nv = apply(v, op, b)
            true_eqs.append((v, op, b, nv, ci))
            v = nv
        final_true = v
        problem_nums = ([fac[0], fac[1]] if fac else [start]) + list(bs)
        if kind == "none":
            eqs, fnum, k = true_eqs, final_true, None
        else:
            if pos == "first":
                k = 0
            elif pos == "last":
                k = neq - 1
            elif pos == "middle":
                k = rng.randint(1, neq - 2)
            else:
                k = neq  # final answer step
            res = solver_chain(true_eqs, kind, k, rng, problem_nums, final_true)
            if res is None:
                continue
            eqs, fnum = res
        ctx = {"dom": dom, "ops": ops}
        steps = write_steps(rng, eqs, fnum, meta, ctx)
        label = -1 if kind == "none" else k
        rec = {"id": f"gen-o-{seed}-{idx:05d}", "problem": text, "steps": steps, "label": label,
               "final_answer_correct": fnum == final_true, "error_kind": kind}
        full = dict(start=start, factors=list(fac) if fac else None, ops=ops, bs=bs, final_true=final_true,
                    written=[list(e[:4]) for e in eqs], final_written=fnum, digits=meta["digits"],
                    words=meta["words"], pos=pos, domain=dom["key"])
        return rec, full
    raise RuntimeError("could not build record")


def _generate_full(seed, count):
    rng = random.Random(seed)
    out = []
    for i in range(count):
        out.append(_one(rng, i, seed))
    return out


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
