"""Generator gen-h: tiny-arith PRM records in a puzzles / games / formal-textbook register.

Registers: board and card games, a science lab, a library or museum inventory,
a fantasy quest, an office. Standard library only; deterministic per seed.
"""
import json
import os
import random
import re

# ---------------------------------------------------------------------------
# Verb conjugation
# ---------------------------------------------------------------------------
PAST = {
    'buy': 'bought', 'find': 'found', 'get': 'got', 'win': 'won', 'give': 'gave', 'sell': 'sold',
    'lose': 'lost', 'spend': 'spent', 'break': 'broke', 'throw': 'threw', 'take': 'took', 'make': 'made',
    'bring': 'brought', 'draw': 'drew', 'dig': 'dug', 'grow': 'grew', 'hold': 'held', 'keep': 'kept',
    'leave': 'left', 'lend': 'lent', 'pay': 'paid', 'send': 'sent', 'shoot': 'shot', 'split': 'split',
    'cut': 'cut', 'set': 'set', 'put': 'put', 'let': 'let', 'come': 'came', 'become': 'became',
    'begin': 'began', 'eat': 'ate', 'drink': 'drank', 'steal': 'stole', 'deal': 'dealt', 'mislay': 'mislaid',
    'swap': 'swapped', 'drop': 'dropped', 'ship': 'shipped', 'net': 'netted', 'bag': 'bagged',
    'snag': 'snagged', 'grab': 'grabbed', 'shred': 'shredded', 'bet': 'bet', 'see': 'saw', 'run': 'ran',
    'spill': 'spilled', 'burn': 'burned', 'rid': 'rid', 'stand': 'stood', 'rise': 'rose', 'hang': 'hung',
    'scrap': 'scrapped', 'slip': 'slipped', 'fling': 'flung', 'sweep': 'swept', 'catch': 'caught',
    'lay': 'laid', 'hide': 'hid', 'feed': 'fed', 'go': 'went', 'have': 'had', 'do': 'did', 'sit': 'sat',
    'trim': 'trimmed', 'chalk': 'chalked', 'rack': 'racked', 'rake': 'raked', 'tip': 'tipped',
    'stop': 'stopped', 'plan': 'planned', 'tuck': 'tucked', 'shed': 'shed', 'strike': 'struck',
    'read': 'read', 'forget': 'forgot', 'write': 'wrote', 'blow': 'blew', 'sling': 'slung', 'pin': 'pinned',
    'hit': 'hit', 'quit': 'quit', 'wear': 'wore', 'tear': 'tore', 'fall': 'fell', 'loot': 'looted',
    'admit': 'admitted', 'submit': 'submitted', 'freeze': 'froze', 'bin': 'binned', 'log': 'logged',
}
PRES3 = {'have': 'has', 'do': 'does', 'go': 'goes'}


def conj(base, person, tense):
    if base == 'be':
        if tense == 'past':
            return 'was' if person in ('1s', '3s') else 'were'
        return {'1s': 'am', '3s': 'is', 'pl': 'are'}[person]
    if tense == 'past':
        if base in PAST:
            return PAST[base]
        if base.endswith('e'):
            return base + 'd'
        if base.endswith('y') and base[-2] not in 'aeiou':
            return base[:-1] + 'ied'
        return base + 'ed'
    if person != '3s':
        return base
    if base in PRES3:
        return PRES3[base]
    if base.endswith(('s', 'sh', 'ch', 'x', 'z', 'o')):
        return base + 'es'
    if base.endswith('y') and base[-2] not in 'aeiou':
        return base[:-1] + 'ies'
    return base + 's'


VERB_RE = re.compile(r'\{(\w+)(?::(\w+))?\}')
SLOT_RE = re.compile(r'\[(\w+)\]')


def fill(tpl, slots, person, tense):
    def vsub(m):
        p = m.group(2) or person
        return conj(m.group(1), p, tense)
    out = VERB_RE.sub(vsub, tpl)
    return SLOT_RE.sub(lambda m: slots[m.group(1)], out)


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha() or ch.isdigit():
            return s[:i] + ch.upper() + s[i + 1:]
    return s


# ---------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------
ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
        'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']
TENS = {30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety'}
TENS_ALL = {20: 'twenty', **TENS}
FOLD = {2: 'twofold', 3: 'threefold', 4: 'fourfold', 5: 'fivefold', 6: 'sixfold', 7: 'sevenfold',
        8: 'eightfold', 9: 'ninefold', 10: 'tenfold'}


def number_word(n):
    if 0 <= n <= 20:
        return ONES[n]
    if n in TENS:
        return TENS[n]
    if 21 <= n <= 99:
        return TENS_ALL[n - n % 10] + '-' + ONES[n % 10]
    return None


def render_num(rng, n, word_p=0.25, dozen_ok=True):
    """Text for a count; returns digits, a number word, or 'a dozen'."""
    if n == 12 and dozen_ok and rng.random() < 0.3:
        return 'a dozen'
    if (n <= 20 or n in TENS) and rng.random() < word_p:
        return number_word(n)
    if 21 <= n <= 99 and n % 10 and rng.random() < word_p * 0.3:
        return number_word(n)
    return str(n)


def render_factor(rng, k):
    """Multiplier / divisor in 'k times' or 'into k groups'."""
    if k <= 20 and rng.random() < 0.55:
        return ONES[k]
    return str(k)


# ---------------------------------------------------------------------------
# Vocabulary: names, registers, items
# ---------------------------------------------------------------------------
FEMALE = """Aurelia Brigid Calla Delphine Esme Fenna Greta Hesper Ilse Juniper Katya Liesel Maren Nadia Odile
Petra Rosalind Saskia Tamsin Ulla Vesna Xiomara Yelena Zinnia Anouk Beatrix Cosima Dagny Elowen Freya
Ginevra Honora Imogen Jessamy Kerensa Lavinia Mirela Noor Orla Priya Ramona Sigrid Thea Una Valka Winifred
Ximena Yara Zofia Amara Bettina Cordelia Dilys Eulalie Fiorella Gwenllian Hana Ingrid Jolanda Keziah Lorna
Minerva Nerys Oona Philippa Rhiannon Seraphine Talia Ursula Verity Wilhelmina Yolanda Zuleika Agnieszka
Blodwen Clementine Dorothea Edda Fleur Gisela Henrietta Isolde Jadwiga Kalinda Leocadia Mathilde Nicolette
Ottilie Perpetua Radka Solveig Tove""".split()
MALE = """Aldric Bartholomew Casimir Dorian Eamon Florian Gideon Hamish Ignatius Jasper Konrad Leander Magnus
Niall Osric Percival Quentin Rupert Silas Thaddeus Ulric Valentin Wendell Xavier Yannick Zoltan Ambrose
Benedikt Cormac Desmond Evander Fergus Gregor Horatio Ivo Jorvik Lorcan Mattias Nikolai Oswin Piers Radomir
Sebastien Tobiah Uriel Vaclav Wystan Yorick Zebulon Alaric Bram Cedric Dashiell Emrys Fabian Gaspard Hollis
Isidore Jerome Lysander Mordecai Napier Octavian Pascal Rainer Stellan Tiberius Ulysses Vidar Wolfram Anselm
Barnaby Crispin Dmitri Elias Gunnar Hugo Ivor Jules Kenji Lucius Merritt Nestor Orrin Ptolemy Reinhold
Severin Tancred Ugo Viggo Warrick""".split()
NEUTRAL = """Ash Blair Corin Dale Ellis Frankie Gale Harper Indigo Jordan Kai Lark Morgan Noel Oakley Perrin Quinn
Reese Sage Tallis Wren Rowan Sasha Emery Arden Shiloh Marlowe Linden Teague Briar""".split()

TITLES = {
    'games': ['', '', '', 'Grandmaster ', 'Captain '],
    'lab': ['', 'Dr. ', 'Professor ', 'Dr. '],
    'library': ['', '', 'Curator ', 'Professor '],
    'quest': ['', 'Sir ', 'Lady ', 'Captain ', ''],
    'office': ['', '', 'Ms. ', 'Mr. '],
}

REGISTERS = {
    'games': {
        'items': """tokens|points|chips|cards|poker chips|counters|tiles|dice|pawns|meeples|victory points|wooden cubes|
resource cards|score markers|play coins|glass beads|marbles|dominoes|jigsaw pieces|puzzle pieces|matchsticks|
trump cards|jokers|bingo cards|raffle tickets|chess pieces|checkers|letter tiles|plastic rings|gem tokens|
trading cards|stickers|bonus cards|penalty cards|star tokens|gold stars|play notes|cribbage pegs|mahjong tiles|
tarot cards|riddle cards|spinner tokens""",
        'cont': [('box', 'boxes'), ('deck', 'decks'), ('bag', 'bags'), ('tray', 'trays'), ('tin', 'tins'),
                 ('stack', 'stacks'), ('pouch', 'pouches'), ('envelope', 'envelopes'), ('jar', 'jars')],
        'roles': ['the dealer', 'the banker', 'the host', 'the champion', 'the puzzle master', 'the referee'],
        'groups': ['the players', 'the twins', 'the chess club', 'the card sharps'],
        'places': ['the game cafe', 'the club room', 'the toy shop', 'the tournament hall'],
        'grp': [('players', 'player'), ('friends', 'friend'), ('teammates', 'teammate'), ('partners', 'partner')],
        'times': ['On the next turn', 'In the following round', 'Before the final round', 'During a lucky streak',
                  'At the end of the turn', 'Late in the game'],
        'distract': ['The board was spread across the kitchen table.', 'Everyone agreed to play fair.',
                     'The dice are made of green glass.', 'Nobody remembered the rules at first.',
                     'It was the last game of the evening.', 'The timer sand ran out quietly.',
                     'A cat jumped onto the table and walked away.', 'Snacks were passed around.',
                     'The scoreboard is kept in pencil.'],
        'add': ['{score} [N]', '{rack} up [N]', '{chalk} up [N]', '{draw} [N] from the pile',
                '{capture} [N]', '{be} dealt [N]'],
        'sub': ['{bet} [N] and {lose} them', '{forfeit} [N] as a penalty', '{pay} [N] to the bank',
                '{cash} in [N]', '{discard} [N] from [pos] hand'],
    },
    'lab': {
        'items': """test tubes|samples|seeds|petri dishes|slides|beakers|vials|pipette tips|specimens|culture plates|
flasks|crystals|reagent bottles|seedlings|fruit flies|glass rods|filter papers|cuvettes|sample bags|soil cores|
water samples|leaf samples|bacterial colonies|tadpoles|bean sprouts|microscope slides|rubber stoppers|labels|
safety goggles|latex gloves|cotton swabs|agar plates|glass jars|tubes of dye|mineral specimens|insect specimens|
pollen slides|DNA samples|cell cultures|lab notebooks|syringes|test strips""",
        'cont': [('rack', 'racks'), ('tray', 'trays'), ('freezer drawer', 'freezer drawers'), ('crate', 'crates'),
                 ('cabinet', 'cabinets'), ('box', 'boxes'), ('shelf', 'shelves'), ('incubator', 'incubators')],
        'roles': ['the technician', 'the chemist', 'the botanist', 'the lab assistant', 'the biologist',
                  'the graduate student'],
        'groups': ['the lab team', 'the research students', 'the interns', 'the field crew'],
        'places': ['the laboratory', 'the greenhouse', 'the seed bank', 'the research station'],
        'grp': [('students', 'student'), ('research teams', 'research team'), ('lab benches', 'lab bench'),
                ('groups', 'group')],
        'times': ['During the experiment', 'By the end of the shift', 'After the safety check',
                  'Before the inspection', 'Over the weekend', 'In the afternoon session'],
        'distract': ['The centrifuge hummed quietly.', 'Safety goggles are required at all times.',
                     'The fume hood light flickered.', 'The results were written up neatly.',
                     'A new microscope had just arrived.', 'The lab smells faintly of vinegar.',
                     'Nobody touched the red button.', 'The thermostat is set rather low.'],
        'add': ['{prepare} [N]', '{culture} [N]', '{label} [N] for the study', '{sterilize} [N]',
                '{log} [N] into the system'],
        'sub': ['{contaminate} [N]', '{send} [N] off for testing', '{freeze} and {ship} [N] away',
                '{use} up [N] in the trial', '{label} [N] as spoiled and {bin} them'],
    },
    'library': {
        'items': """books|fossils|ancient coins|manuscripts|maps|postcards|artifacts|paintings|catalogue cards|stamps|
scrolls|pamphlets|atlases|journals|novels|encyclopedias|comic books|photographs|clay tablets|arrowheads|
pottery shards|bronze medals|vases|sketches|old letters|newspapers|magazines|posters|figurines|seashells|
butterfly specimens|meteorite fragments|old keys|pocket watches|tapestries|oil lamps|museum tickets|
library cards|audiobooks|dictionaries|poetry books|picture books|catalogues|cookbooks""",
        'cont': [('shelf', 'shelves'), ('display case', 'display cases'), ('drawer', 'drawers'),
                 ('archive box', 'archive boxes'), ('cart', 'carts'), ('cabinet', 'cabinets'), ('crate', 'crates')],
        'roles': ['the librarian', 'the curator', 'the archivist', 'the registrar', 'the collector',
                  'the museum guide'],
        'groups': ['the volunteers', 'the archivists', 'the conservation team', 'the history club'],
        'places': ['the library', 'the museum', 'the archive', 'the reading room', 'the gallery'],
        'grp': [('branches', 'branch'), ('volunteers', 'volunteer'), ('reading rooms', 'reading room'),
                ('classes', 'class')],
        'times': ['At the end of the month', 'During the inventory', 'After the exhibition opened',
                  'Before closing time', 'During the spring clean', 'After the auction'],
        'distract': ['The reading room smells of old paper.', 'A school group walked past the display.',
                     'The lights in the east wing are being replaced.', 'It was a quiet afternoon.',
                     'Visitors were asked to speak softly.', 'The catalogue was finally up to date.',
                     'Rain tapped against the tall windows.', 'The guard dozed by the entrance.'],
        'add': ['{acquire} [N] for the collection', '{catalogue} [N] new arrivals', '{accession} [N]',
                '{be} donated [N]', '{unearth} [N]'],
        'sub': ['{lend} out [N]', '{deaccession} [N]', '{send} [N] out for restoration',
                '{loan} [N] to another museum', '{retire} [N]'],
    },
    'quest': {
        'items': """gold coins|potions|arrows|gems|rubies|emeralds|sapphires|rations|healing herbs|silver rings|
runestones|dragon scales|torches|enchanted feathers|spell scrolls|magic beans|mana crystals|iron daggers|
copper pennies|elixirs|amulets|wolf pelts|troll teeth|silver coins|crossbow bolts|throwing knives|
loaves of bread|phoenix feathers|moonstones|candles|horseshoes|lockpicks|treasure maps|bottles of mead|
shields|helmets|griffin eggs|fire salts|bone charms|acorns of power""",
        'cont': [('chest', 'chests'), ('quiver', 'quivers'), ('satchel', 'satchels'), ('barrel', 'barrels'),
                 ('sack', 'sacks'), ('coffer', 'coffers'), ('saddlebag', 'saddlebags'), ('crate', 'crates')],
        'roles': ['the wizard', 'the knight', 'the ranger', 'the alchemist', 'the innkeeper', 'the dwarf',
                  'the elf archer', 'the paladin', 'the witch', 'the bard'],
        'groups': ['the adventurers', 'the dwarves', 'the merchants', 'the goblins', 'the guild'],
        'places': ['the guild hall', 'the treasury', 'the armory', 'the royal vault', 'the tavern'],
        'grp': [('companions', 'companion'), ('party members', 'party member'), ('squires', 'squire'),
                ('villagers', 'villager')],
        'times': ['At the crossroads', 'Deep in the forest', 'At the market in town', 'After the battle',
                  'Near the dragon cave', 'On the road north', 'At sunset'],
        'distract': ['The road to the mountain was long.', 'A raven watched from a branch.',
                     'The dragon did not wake.', 'Mist hung over the marsh.', 'The horses were tired.',
                     'Nobody trusted the old map.', 'A song was sung around the campfire.',
                     'The castle gate creaked open.', 'Goblins muttered somewhere in the dark.'],
        'add': ['{loot} [N] from a chest', '{plunder} [N]', '{brew} [N]', '{craft} [N]',
                '{haggle} for [N]', '{be} rewarded with [N]'],
        'sub': ['{pay} the troll [N]', '{offer} [N] to the river spirit', '{lose} [N] in the swamp',
                '{barter} away [N]', '{use} [N] during the siege'],
    },
    'office': {
        'items': """files|emails|forms|folders|invoices|reports|staples|paper clips|envelopes|memos|receipts|
sticky notes|pens|pencils|binders|printer cartridges|reams of paper|spreadsheets|contracts|complaint letters|
job applications|badges|keycards|business cards|rubber bands|thumbtacks|coffee pods|notebooks|highlighters|
name tags|parcels|calendars|sign-in sheets|timesheets|expense claims|support tickets|meeting invites|
voicemails|documents|purchase orders|visitor passes""",
        'cont': [('drawer', 'drawers'), ('box', 'boxes'), ('filing cabinet', 'filing cabinets'),
                 ('tray', 'trays'), ('carton', 'cartons'), ('folder', 'folders'), ('crate', 'crates')],
        'roles': ['the clerk', 'the secretary', 'the manager', 'the intern', 'the receptionist',
                  'the office assistant', 'the accountant'],
        'groups': ['the sales team', 'the accountants', 'the night shift', 'the temps'],
        'places': ['the office', 'the mailroom', 'the front desk', 'the records office', 'the help desk'],
        'grp': [('departments', 'department'), ('colleagues', 'colleague'), ('teams', 'team'),
                ('interns', 'intern')],
        'times': ['Before the meeting', 'By Friday', 'After the audit', 'On Monday morning',
                  'During the lunch break', 'Just before the deadline'],
        'distract': ['The printer jammed again.', 'Monday meetings always run long.',
                     'The coffee machine was out of order.', 'Someone left the window open.',
                     'The boss was away at a conference.', 'The phones kept ringing.',
                     'Nobody liked the new carpet.', 'The lift is being repaired.'],
        'add': ['{file} [N]', '{process} [N]', '{print} [N]', '{sign} for [N]', '{log} [N] in the register'],
        'sub': ['{shred} [N]', '{delete} [N]', '{archive} [N]', '{forward} [N] to head office',
                '{reject} [N]'],
    },
}
for _r in REGISTERS.values():
    _r['items'] = [w.strip() for w in _r['items'].replace('\n', '').split('|') if w.strip()]

GENERIC_TIMES = ['Then', 'Later', 'After that', 'Next', 'Soon after', 'That afternoon', 'The next day',
                 'Later that week', 'By evening', 'Afterwards', 'Shortly afterwards', 'Before long',
                 'A little later', 'Eventually', 'The following morning']
GENERIC_DISTRACT = ['It was a rainy Sunday.', 'Nobody was in a hurry.', 'The weather was mild.',
                    'Everything went according to plan.', 'It had been a long week.',
                    'The clock on the wall ticked on.', 'Nobody said much.']

ADD_VERBS = [
    '{buy} [N]', '{find} [N]', '{receive} [N]', '{pick} up [N]', '{collect} [N]', '{win} [N]', '{earn} [N]',
    '{gather} [N]', '{get} [N]', '{be} given [N]', '{obtain} [N]', '{acquire} [N]', '{scoop} up [N]',
    '{dig} up [N]', '{discover} [N]', '{claim} [N]', '{pocket} [N]', '{grab} [N]', '{bring} in [N]',
    '{take} in [N]', '{add} [N]', '{order} [N]', '{come} across [N]', '{stumble} upon [N]', '{inherit} [N]',
    '{gain} [N]', '{secure} [N]', '{land} [N]', '{accept} [N]', '{recover} [N]', '{be} handed [N]',
    '{be} sent [N]', '{be} awarded [N]', '{snag} [N]', '{rake} in [N]', '{track} down [N]', '{round} up [N]',
    '{stock} up on [N]', '{bring} home [N]', '{add} [N] to [pos] pile', '{turn} up [N]', '{net} [N]',
    '{bag} [N]', '{pull} in [N]', '{fetch} [N]', '{borrow} [N]', '{swap} for [N]',
]
SUB_VERBS = [
    '{give} away [N]', '{lose} [N]', '{sell} [N]', '{use} [N]', '{drop} [N]', '{spend} [N]', '{donate} [N]',
    '{break} [N]', '{throw} out [N]', '{hand} over [N]', '{trade} away [N]', '{discard} [N]', '{misplace} [N]',
    '{give} up [N]', '{part} with [N]', '{toss} out [N]', '{ship} off [N]', '{send} off [N]', '{mail} out [N]',
    '{return} [N]', '{drop} off [N]', '{hand} out [N]', '{pass} out [N]', '{give} back [N]', '{surrender} [N]',
    '{waste} [N]', '{burn} through [N]', '{use} up [N]', '{get} rid of [N]', '{throw} away [N]',
    '{swap} away [N]', '{sacrifice} [N]', '{leave} behind [N]', '{deliver} [N]', '{mislay} [N]',
    '{sell} off [N]', '{auction} off [N]', '{pawn} [N]', '{let} go of [N]', '{hand} back [N]',
    '{give} [N] to a friend', '{clear} out [N]', '{write} off [N]', '{lend} [N] to a neighbour',
    '{sell} [N] at the market', '{drop} [N] on the way home',
]
ADD_IMP = [
    '[NS] {arrive:pl}', '[NS] {be:pl} added', '[NS] {turn:pl} up', '[NS] {be:pl} delivered',
    '[NS] {be:pl} found in a drawer', '[NS] {be:pl} donated', '[NS] {come:pl} in', '[NS] {be:pl} brought in',
    '[NS] {show:pl} up unexpectedly', '[NS] {join:pl} the pile', '[NS] {be:pl} won in a raffle',
]
SUB_IMP = [
    '[NS] {be:pl} lost', '[NS] {be:pl} thrown out', '[NS] {go:pl} missing', '[NS] {be:pl} sold',
    '[NS] {be:pl} broken', '[NS] {be:pl} taken away', '[NS] {disappear:pl}', '[NS] {be:pl} given away',
    '[NS] {be:pl} damaged beyond use', '[NS] {be:pl} carried off', '[NS] {be:pl} used up',
]

# (pattern, allowed multipliers or None)
MUL_VERBS = [
    ('{double} [pos] [it]', {2}), ('{double} the size of [pos] collection', {2}),
    ('{manage} to double [pos] [it]', {2}), ('{end} up with twice as many [it] as before', {2}),
    ('{make} [pos] stack of [it] twice as tall', {2}),
    ('{triple} [pos] [it]', {3}), ('{triple} the size of [pos] hoard', {3}), ('{quadruple} [pos] [it]', {4}),
    ('{end} up with [k] times as many [it] as before', None), ('{multiply} [pos] [it] by [k]', None),
    ('{make} [pos] collection [k] times larger', None), ('{grow} [pos] pile to [k] times its size', None),
    ('{increase} [pos] [it] [kfold]', None), ('{turn} each of [pos] [it] into [k]', None),
    ('{see} [pos] stock of [it] multiply by [k]', None), ('{swap} each of [pos] [it] for [k] new ones', None),
    ('{trade} every single one of [pos] [it] for [k] others', None), ('{expand} [pos] collection [kfold]', None),
    ('{boost} [pos] [it] to [k] times the old amount', None), ('{scale} up [pos] [it] by a factor of [k]', None),
    ('{raise} [pos] count of [it] to [k] times what it was', None),
    ('{enchant} [pos] [it] so that they multiply by [k]', None),
    ('{multiply} [pos] hoard [kfold]', None),
    ('{double} up [pos] stock of [it]', {2}), ('{manage} to triple [pos] [it]', {3}),
    ('{turn} [pos] [it] into [k] times as many', None), ('{make} the pile [k] times as big', None),
]
MUL_IMP = [
    ('The number of [it] {double:3s}', {2}), ('The [it] {be:pl} doubled', {2}), ('The [it] {triple:pl}', {3}),
    ('The pile of [it] {become:3s} [k] times larger', None), ('The count of [it] {grow:3s} [kfold]', None),
    ('Soon there {be:pl} [k] times as many [it] as before', None),
    ('The stock of [it] {be:3s} multiplied by [k]', None), ('A lucky bonus {double:3s} the [it]', {2}),
    ('The total number of [it] {rise:3s} to [k] times what it was', None),
    ('A rule change {multiply:3s} the [it] by [k]', None),
    ('The collection {grow:3s} to [k] times its former size', None), ('The heap of [it] {quadruple:3s}', {4}),
    ('Each of the [it] {be:3s} replaced by [k] new ones', None),
    ('The supply of [it] {increase:3s} [kfold]', None),
]
DIV_VERBS = [
    ('{share} [them] equally among [k] [grp] and {keep} one share', None),
    ('{split} [them] into [k] equal groups and {keep} one group', None),
    ('{divide} [them] evenly into [k] piles and {hold} on to just one pile', None),
    ('{sort} [them] into [k] equal boxes and {keep} only one box', None),
    ('{pack} [them] equally into [k] crates and {send} away all but one crate', None),
    ('{halve} [pos] [it]', {2}), ('{keep} only half of [them]', {2}), ('{give} away half of [them]', {2}),
    ('{keep} just a third of [them]', {3}), ('{cut} [pos] stock of [it] in half', {2}),
    ('{give} away all but a third of [them]', {3}),
    ('{deal} [them] out equally to [k] [grp] and {keep} one portion', None),
    ('{part} with half of [them]', {2}), ('{hand} over half of [them]', {2}),
    ('{distribute} [them] equally among [k] [grp] and {keep} a single share', None),
    ('{break} [pos] pile into [k] even stacks and {take} one stack along', None),
    ('{lose} half of [them]', {2}), ('{divide} [pos] [it] into [k] equal parts and {guard} one part', None),
    ('{bundle} [them] into [k] equal bundles and {keep} just one bundle', None),
    ('{trim} [pos] collection down to a third', {3}), ('{cut} [pos] [it] down to half', {2}),
    ('{split} [pos] hoard [k] ways and {keep} one part', None),
    ('{divide} [them] among [k] [grp] in equal shares and {hang} on to one share', None),
    ('{share} [them] fairly among [k] [grp] and {hold} on to one share', None),
    ('{slice} [pos] collection into [k] equal portions and {keep} just one portion', None),
    ('{divide} [them] equally into [k] bags and {take} one bag home', None),
    ('{keep} only a third of [pos] [it]', {3}),
]
DIV_IMP = [
    ('The [it] {be:pl} split into [k] equal lots, and only one lot {be:3s} kept', None),
    ('Half of the [it] {be:pl} taken away', {2}), ('Only half of the [it] {remain:pl}', {2}),
    ('The [it] {be:pl} shared equally among [k] [grp], and only one share {stay:3s}', None),
    ('Only a third of the [it] {be:pl} kept', {3}), ('The pile of [it] {be:3s} halved', {2}),
    ('The stock of [it] {be:3s} cut to a third', {3}),
    ('The [it] {be:pl} divided evenly into [k] parts and all but one part {be:3s} sent away', None),
    ('Exactly half of the [it] {be:pl} lost', {2}),
    ('A rule {force:3s} the [it] to be divided into [k] equal parts, and only one part {stay:3s}', None),
]
EACH_VERBS = [
    '{share} [them] equally among [k] [grp]', '{divide} [them] evenly between [k] [grp]',
    '{split} [them] equally among [k] [grp]', '{hand} [them] out equally to [k] [grp]',
    '{distribute} all the [it] equally to [k] [grp]',
]
EACH_Q = ['How many [it] {do:3s} each [grp1] get?', 'How many {do:3s} each [grp1] receive?',
          'How many [it] {go:pl} to each [grp1]?', "What is each [grp1]'s share?",
          'Find the number of [it] per [grp1].']

# ---------------------------------------------------------------------------
# Problem-sentence templates
# ---------------------------------------------------------------------------
START_PLAIN = [
    '[S] {have} [X] [it].', '[S] {start} with [X] [it].', '[S] {own} [X] [it].', 'At first, [S] {have} [X] [it].',
    '[S] {keep} [X] [it] in [pos] [cont1].', '[S] {begin} the day with [X] [it].',
    '[X] [it] {belong:pl} to [S].', 'There {be:pl} [X] [it] in the [cont1] that [S] {keep}.',
    '[S] {have} a collection of [X] [it].', 'In [pos] [cont1], [S] {store} [X] [it].',
]
START_PLACE = [
    '[P] {contain} [X] [it].', '[X] [it] {be:pl} stored in [P0].', '[P] {start} the week with [X] [it].',
    '[P] {hold} [X] [it].', 'An inventory of [P0] {list:3s} [X] [it].', 'There {be:pl} [X] [it] in [P0].',
]
START_I = ['I {start} with [X] [it].', 'I {have} [X] [it] to begin with.', 'My [cont1] {hold:3s} [X] [it].',
           'I {start} with some [it]: [X].']
START_WE = ['We {have} [X] [it].', 'We {begin} with [X] [it].', 'Our [cont1] {hold:3s} [X] [it].',
            'Together we {own} [X] [it].']
# product starts: [A] containers, [B] items each; order tag says which number is written first
PROD_PERSON = [
    ('[S] {have} [A] [cont2] with [B] [it] in each.', 'AB'), ('[S] {have} [A] [cont2] of [B] [it].', 'AB'),
    ('[S] {own} [A] [cont2], each holding [B] [it].', 'AB'),
    ('[S] {keep} [B] [it] in each of [pos] [A] [cont2].', 'BA'),
    ('Each of the [A] [cont2] that [S] {own} {hold:3s} [B] [it].', 'AB'),
    ('[S] {have} [A] [cont2]; each of them {hold:3s} [B] [it].', 'AB'),
    ('[S] {fill} [A] [cont2] with [B] [it] apiece.', 'AB'),
]
PROD_PLACE = [
    ('[P] {have} [A] [cont2] with [B] [it] in each.', 'AB'),
    ('There {be:pl} [A] [cont2] in [P0], and each {contain:3s} [B] [it].', 'AB'),
    ('[A] [cont2] of [B] [it] each {be:pl} kept in [P0].', 'AB'),
    ('In [P0], each of the [A] [cont2] {hold:3s} [B] [it].', 'AB'),
]
PROD_I = [('I {start} with some [it]: twice [B].', 'T2'), ('I {start} with some [it]: three times [B].', 'T3'),
          ('I {have} [A] [cont2] of [B] [it].', 'AB'), ('I {fill} [A] [cont2] with [B] [it] each.', 'AB')]
PROD_WE = [('We {have} [A] [cont2] with [B] [it] in each.', 'AB'), ('We {pack} [B] [it] into each of [A] [cont2].', 'BA')]

QUESTIONS = [
    'How many [it] {do} [S] have now?', 'How many [it] {do} [S] have at the end?', 'How many [it] {be:pl} left?',
    'How many [it] {remain:pl}?', 'What is the final number of [it]?', 'Find the number of [it] at the end.',
    'Work out how many [it] [S] {end} up with.', 'How many [it] {be:pl} there in the end?',
    'Compute the final tally of [it].', 'After all of this, how many [it] {do} [S] own?',
    'How many [it] {do} [S] finish with?', 'How many {do} [S] have in the end?',
    'Determine how many [it] [S] {have} at the close.', 'What is the total now?',
    'Count the [it] that are left.', 'How large is the pile at the end?',
]
QUESTIONS_PLACE = [
    'How many [it] {do:3s} [P0] have now?', 'How many [it] {be:pl} left in [P0]?', 'How many [it] {remain:pl}?',
    'What is the final count of [it]?', 'Find the number of [it] in [P0] at the end.',
    'How many [it] {be:pl} recorded in the final inventory?',
]
JOINERS = [' and then ', ', and later ', ', then ', ' before ', '; afterwards [sp] ', ' and, after a while, ']

# ---------------------------------------------------------------------------
# Solution templates
# ---------------------------------------------------------------------------
STEP_NEUTRAL = [
    '[eq].', 'Next, [eq].', 'Then [eq] [it].', '[eq], which gives the new total.', 'This gives [eq].',
    'Now [eq] [it].', 'Update the count: [eq].', 'The count becomes [eq].', 'Working it out, [eq].',
    'We compute [eq].', '[eq], so the running total is [c].', 'Carrying on, [eq] [it].', 'The tally is now [eq].',
    'From there, [eq].', 'After the next event: [eq].', '[eq] [it] at this point.', 'Moving on, [eq].',
    'The new amount is [eq].', 'Applying the next change gives [eq].', 'Recalculating: [eq] [it].',
]
STEP_ADD = ['Adding: [eq].', 'After the new [it] come in, [eq].', 'In total, [eq] [it].',
            'Adding these on gives [eq].', 'The additions bring it to [eq].', 'With the extra [it], [eq].',
            '[eq] after the gain.', 'Putting the new ones with the rest: [eq].', 'The pile grows: [eq].']
STEP_SUB = ['This leaves [eq].', 'Taking away: [eq].', '[eq] [it] remain.', 'Removing them, [eq].',
            'After the loss, [eq].', 'Subtracting gives [eq].', 'That leaves [eq] [it].',
            '[eq] are still there.', 'Some go, so [eq].']
STEP_MUL = ['Multiplying: [eq].', 'The stock grows: [eq].', 'Scaling up, [eq].', '[eq] after the increase.',
            'Multiplying the count, [eq] [it].', 'The amount is multiplied: [eq].']
STEP_MUL2 = ['Doubling: [eq].', 'Twice as many means [eq].', 'Doubling the pile gives [eq].']
STEP_MUL3 = ['Tripling: [eq].', 'Three times as many: [eq].']
STEP_DIV = ['Dividing: [eq].', 'Splitting equally, [eq].', 'One share is [eq].', '[eq] [it] per share.',
            'Sharing out gives [eq].', 'Dividing into equal parts: [eq].']
STEP_DIV2 = ['Halving: [eq].', 'Half of them is [eq].', 'Cutting the amount in half, [eq].']
STEP_DIV3 = ['A third of the amount is [eq].', 'Taking a third: [eq].']
STEP_FIRST_PLAIN = ['We begin with [a] [it], and [eq].', 'Starting from [a] [it], [eq].',
                    'We begin with [a]. Then [eq].', 'Starting amount: [a]. [eq].', 'Initially [a]; [eq].']
STEP_FIRST_PROD = ['We begin with [eq] [it].', 'First find the starting amount: [eq].', '[eq] [it] at the start.',
                   'Multiplying the two numbers, [eq].', 'The starting total is [eq].', 'Initially, [eq] [it].',
                   'To begin, [eq].', 'At the outset there are [eq] [it].', 'Start: [eq].']
EQ_PREFIX = ['So ', 'Hence ', 'Therefore, ', 'Then ', 'Thus ', 'Now ', 'This means ', 'Which gives ']
ANSWERS = [
    'Hence [SA] {keep} [n] [it].', 'Result: [n]', '#### [n]', 'There are [n] [it] remaining.', 'The answer is [n].',
    'Answer: [n]', 'So [SA] {have} [n] [it] left.', 'Therefore, [SA] {end} up with [n] [it].',
    'In the end, there are [n] [it].', 'Final count: [n] [it].', '[n] [it] remain.',
    'That makes [n] [it] altogether.', 'The final total is [n].', 'So the answer is [n] [it].', 'Thus [n].',
    '[SA] now {have} [n] [it].', 'The final number of [it] is [n].', 'We conclude that [SA] {have} [n] [it].',
    'Total: [n]', 'Therefore the answer is [n].', 'In total, [n] [it].', 'Hence the result is [n].',
]
ANSWERS_EACH = ['Each [grp1] gets [n] [it].', 'So each [grp1] receives [n].', 'The answer is [n].',
                '#### [n]', 'Result: [n] [it] per [grp1]', 'Therefore, each share is [n] [it].']

OPS = {
    'add': lambda a, b: a + b,
    'sub': lambda a, b: a - b,
    'mul': lambda a, b: a * b,
    'div': lambda a, b: a // b if b and a % b == 0 else None,
}
SYMS = [
    {'add': '+', 'sub': '-', 'mul': '*', 'div': '/'},
    {'add': '+', 'sub': '-', 'mul': '×', 'div': '÷'},
    {'add': '+', 'sub': '−', 'mul': '×', 'div': '÷'},
    {'add': '+', 'sub': '-', 'mul': '×', 'div': '/'},
]


def apply(op, a, b):
    return OPS[op](a, b)


# ---------------------------------------------------------------------------
# Number plan
# ---------------------------------------------------------------------------
def plan_numbers(rng):
    n_changes = rng.choices([1, 2, 3, 4, 5], weights=[12, 24, 28, 22, 14])[0]
    if rng.random() < 0.36:
        for _ in range(100):
            a = rng.choice([2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 12, 12, 14, 15, 16, 20, 24, 25, 30])
            b = rng.randint(3, 60) if rng.random() < 0.8 else rng.randint(61, 150)
            if a * b <= 2500:
                break
        start = {'kind': 'prod', 'a': a, 'b': b, 'value': a * b}
    else:
        r = rng.random()
        if r < 0.35:
            v = rng.randint(10, 99)
        elif r < 0.9:
            v = rng.randint(100, 999)
        elif r < 0.93:
            v = 1000
        else:
            v = rng.randint(20, 60)
        start = {'kind': 'plain', 'value': v}
    x = start['value']
    changes = []
    for _ in range(n_changes):
        for _try in range(30):
            op = rng.choices(['add', 'sub', 'mul', 'div'], weights=[30, 32, 17, 21])[0]
            if op == 'add':
                hi = min(999, 9999 - x, max(12, x))
                if hi < 2:
                    continue
                b = rng.randint(2, hi) if rng.random() < 0.5 else rng.randint(2, max(2, min(hi, 60)))
            elif op == 'sub':
                if x < 4:
                    continue
                hi = min(999, x - 1)
                b = rng.randint(2, hi) if rng.random() < 0.5 else rng.randint(2, max(2, min(hi, max(2, x * 2 // 3))))
            elif op == 'mul':
                if x < 1 or x > 3000:
                    continue
                ks = [k for k in range(2, 11) if x * k <= 9999]
                if not ks:
                    continue
                w = [{2: 8, 3: 5, 4: 3}.get(k, 1) for k in ks]
                b = rng.choices(ks, weights=w)[0]
            else:
                ks = [k for k in range(2, 13) if x % k == 0 and x // k >= 1]
                if not ks:
                    continue
                w = [{2: 8, 3: 5, 4: 3, 5: 2}.get(k, 1) for k in ks]
                b = rng.choices(ks, weights=w)[0]
            changes.append({'op': op, 'b': b})
            x = apply(op, x, b)
            break
        else:
            changes.append({'op': 'add', 'b': 5})
            x = x + 5
    return start, changes


def true_chain(start, changes):
    vals = [start['value']]
    for ch in changes:
        vals.append(apply(ch['op'], vals[-1], ch['b']))
    return vals


# ---------------------------------------------------------------------------
# Error models
# ---------------------------------------------------------------------------
def digit_swaps(n):
    s = str(n)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != '0':
                out.append(int(t))
    return out


def digit_nudges(n):
    s = str(n)
    out = []
    for i, ch in enumerate(s):
        for d in (-1, 1):
            nd = int(ch) + d
            if 0 <= nd <= 9 and not (i == 0 and nd == 0 and len(s) > 1):
                out.append(int(s[:i] + str(nd) + s[i + 1:]))
    return out


def no_carry_sum(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    digs = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        digs.append(str((da + db) % 10))
    return int(''.join(reversed(digs)))


def no_borrow_diff(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    digs = []
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        digs.append(str(abs(da - db)))
    return int(''.join(reversed(digs)))


def arith_candidates(rng, op, a, b, t):
    c = []
    c += [t + 1, t - 1, t + 10, t - 10]
    if op == 'add':
        c += [no_carry_sum(a, b)] * 3 + [t + 100, t - 100]
    elif op == 'sub':
        c += [no_borrow_diff(a, b)] * 3 + [t + 100]
    elif op == 'mul':
        c += [t + a, t - a, t + b, t - b]
    c += digit_swaps(t) * 2 + digit_nudges(t)
    c = [v for v in c if v >= 0 and v != t]
    rng.shuffle(c)
    return c


def answer_candidates(rng, t, prev_vals):
    c = [t + 1, t - 1, t + 10, t - 10] + digit_swaps(t) * 2 + [v for v in prev_vals[-2:-1]] * 2
    c = [v for v in c if v >= 0 and v != t]
    rng.shuffle(c)
    return c


# ---------------------------------------------------------------------------
# Record builder
# ---------------------------------------------------------------------------
class Ctx:
    pass


def make_subject(rng, reg):
    r = rng.random()
    if r < 0.42:
        g = rng.random()
        if g < 0.44:
            name, pron, pp, pos, obj = rng.choice(FEMALE), 'she', '3s', 'her', 'her'
        elif g < 0.88:
            name, pron, pp, pos, obj = rng.choice(MALE), 'he', '3s', 'his', 'him'
        else:
            name, pron, pp, pos, obj = rng.choice(NEUTRAL), 'they', 'pl', 'their', 'them'
        title = rng.choice(TITLES[reg])
        if title in ('Sir ', 'Mr. ') and pron == 'she':
            title = ''
        if title in ('Lady ', 'Ms. ') and pron != 'she':
            title = ''
        return {'kind': 'name', 'full': title + name, 'short': (title + name) if title.strip() in ('Dr.', 'Professor', 'Ms.', 'Mr.') else name,
                'person': '3s', 'pron': pron, 'pron_person': pp, 'pos': pos, 'obj': obj}
    if r < 0.62:
        role = rng.choice(REGISTERS[reg]['roles'])
        if role in ('the witch',):
            pron, pos, obj = 'she', 'her', 'her'
        else:
            pron, pos, obj = rng.choice([('she', 'her', 'her'), ('he', 'his', 'him')])
        return {'kind': 'role', 'full': role, 'short': role, 'person': '3s', 'pron': pron, 'pron_person': '3s',
                'pos': pos, 'obj': obj}
    if r < 0.72:
        grp = rng.choice(REGISTERS[reg]['groups'])
        return {'kind': 'group', 'full': grp, 'short': grp, 'person': 'pl', 'pron': 'they', 'pron_person': 'pl',
                'pos': 'their', 'obj': 'them'}
    if r < 0.81:
        return {'kind': 'I', 'full': 'I', 'short': 'I', 'person': '1s', 'pron': 'I', 'pron_person': '1s',
                'pos': 'my', 'obj': 'me'}
    if r < 0.89:
        return {'kind': 'we', 'full': 'we', 'short': 'we', 'person': 'pl', 'pron': 'we', 'pron_person': 'pl',
                'pos': 'our', 'obj': 'us'}
    place = rng.choice(REGISTERS[reg]['places'])
    return {'kind': 'place', 'full': place, 'short': place, 'person': '3s', 'pron': 'it', 'pron_person': '3s',
            'pos': 'its', 'obj': 'it'}


def mention(rng, subj, first):
    """Return (text, person) for the subject of a sentence."""
    if first:
        return subj['full'], subj['person']
    if subj['kind'] in ('I', 'we'):
        return subj['pron'], subj['person']
    if rng.random() < 0.55:
        return subj['pron'], subj['pron_person']
    return subj['short'], subj['person']


def n_phrase(rng, op, ntxt, it, pos, as_subject=False):
    dozen = ntxt.startswith('a ')
    if op == 'add':
        forms = ['{n} {it}', '{n} more {it}', '{n} new {it}', '{n} extra {it}']
        if not dozen:
            forms.append('another {n} {it}')
        if not as_subject:
            forms.append('{n} more')
    else:
        forms = ['{n} {it}', '{n} of the {it}', '{n} of them'] if as_subject else \
            ['{n} {it}', '{n} of them', '{n} of {pos} {it}', '{n} of the {it}']
    f = rng.choice(forms)
    return f.format(n=ntxt, it=it, pos=pos)


def them_phrase(rng, it, pos):
    return rng.choice(['them', 'the [it]', 'all of them', '[pos] [it]', 'all [pos] [it]', 'the whole lot']) \
        .replace('[it]', it).replace('[pos]', pos)


def build_problem(rng, start, changes, reg_name):
    """Return (problem_text, meta) where meta includes rendered number strings."""
    reg = REGISTERS[reg_name]
    subj = make_subject(rng, reg_name)
    it = rng.choice(reg['items'])
    tense = rng.choice(['pres', 'past', 'past'])
    cont = rng.choice(reg['cont'])
    grp = rng.choice(reg['grp'])
    place = rng.choice(reg['places']) if subj['kind'] != 'place' else subj['full']
    rendered = []
    base_slots = {'it': it, 'pos': subj['pos'], 'cont1': cont[0], 'cont2': cont[1], 'P': place, 'P0': place,
                  'grp': grp[0], 'grp1': grp[1], 'S0': subj['short']}
    sentences = []

    # ---- start sentence
    if start['kind'] == 'plain':
        xt = render_num(rng, start['value'], 0.22)
        rendered.append(xt)
        slots = dict(base_slots, X=xt)
        k = subj['kind']
        pool = START_I if k == 'I' else START_WE if k == 'we' else START_PLACE if k == 'place' else START_PLAIN
        tpl = rng.choice(pool)
        slots['S'] = subj['full']
        s = fill(tpl, slots, subj['person'], tense)
        order = None
    else:
        k = subj['kind']
        pool = PROD_I if k == 'I' else PROD_WE if k == 'we' else PROD_PLACE if k == 'place' else PROD_PERSON
        cands = [p for p in pool if (p[1] != 'T2' or start['a'] == 2) and (p[1] != 'T3' or start['a'] == 3)]
        tpl, order = rng.choice(cands)
        at = render_num(rng, start['a'], 0.4, dozen_ok=('[pos] [A]' not in tpl and 'the [A]' not in tpl))
        bt = render_num(rng, start['b'], 0.2, dozen_ok=False)
        slots = dict(base_slots, A=at, B=bt, S=subj['full'])
        if order == 'T2':
            rendered += ['twice', bt]
        elif order == 'T3':
            rendered += ['three times', bt]
        else:
            rendered += [at, bt]
        s = fill(tpl, slots, subj['person'], tense)
    sentences.append(cap(s))
    first_mention_done = True

    # ---- change clauses
    n = len(changes)
    final_mode = 'plain'
    last = changes[-1]
    r = rng.random()
    if last['op'] == 'div' and r < 0.35 and subj['kind'] != 'place':
        final_mode = 'each'
    elif r < 0.16:
        final_mode = 'cond'

    clauses = []  # list of (kind, text_without_subject or full sentence, ch_index)
    for i, ch in enumerate(changes):
        op, b = ch['op'], ch['b']
        is_final_special = (i == n - 1 and final_mode != 'plain')
        agentive = rng.random() < 0.74 or final_mode == 'each' and i == n - 1
        if final_mode == 'cond' and i == n - 1:
            agentive = rng.random() < 0.7
        if op in ('add', 'sub'):
            nt = render_num(rng, b, 0.3)
            rendered.append(nt)
            if agentive:
                pool = (ADD_VERBS + reg['add']) if op == 'add' else (SUB_VERBS + reg['sub'])
                tpl = rng.choice(pool)
                ph = n_phrase(rng, op, nt, it, subj['pos'])
                clauses.append(('ag', tpl.replace('[N]', ph), i))
            else:
                tpl = rng.choice(ADD_IMP if op == 'add' else SUB_IMP)
                ph = n_phrase(rng, op, nt, it, subj['pos'], as_subject=True)
                clauses.append(('imp', tpl.replace('[NS]', ph), i))
        else:
            if final_mode == 'each' and i == n - 1:
                tpl = rng.choice(EACH_VERBS)
                kt = render_factor(rng, b)
                rendered.append(kt)
                tpl = tpl.replace('[k]', kt).replace('[them]', them_phrase(rng, it, subj['pos']))
                clauses.append(('ag', tpl, i))
                continue
            if op == 'mul':
                pool = MUL_VERBS if agentive else MUL_IMP
            else:
                pool = DIV_VERBS if agentive else DIV_IMP
            cands = [p for p in pool if p[1] is None or b in p[1]]
            if b > 10:
                cands = [p for p in cands if '[kfold]' not in p[0]]
            tpl = rng.choice(cands)[0]
            if '[k]' in tpl:
                kt = render_factor(rng, b)
                tpl = tpl.replace('[k]', kt)
                rendered.append(kt)
            elif '[kfold]' in tpl:
                tpl = tpl.replace('[kfold]', FOLD[b])
                rendered.append(FOLD[b])
            else:
                word = {'double': 'double', 'twice': 'twice', 'triple': 'triple', 'quadruple': 'quadruple',
                        'half': 'half', 'halve': 'halve', 'third': 'a third'}
                for key in ('twice', 'double', 'triple', 'quadruple', 'halve', 'half', 'third'):
                    if key in tpl.lower():
                        rendered.append(word[key] if key != 'third' else 'third')
                        break
            tpl = tpl.replace('[them]', them_phrase(rng, it, subj['pos']))
            clauses.append(('ag' if agentive else 'imp', tpl, i))

    times = reg['times'] + GENERIC_TIMES
    body = []
    i = 0
    while i < len(clauses):
        kind, tpl, idx = clauses[i]
        if idx == n - 1 and final_mode in ('cond',):
            break
        nxt = clauses[i + 1] if i + 1 < len(clauses) else None
        can_join = (kind == 'ag' and nxt is not None and nxt[0] == 'ag'
                    and not (nxt[2] == n - 1 and final_mode == 'cond') and rng.random() < 0.3)
        prefix = ''
        if rng.random() < 0.4:
            prefix = rng.choice(times) + ', '
        if kind == 'ag':
            stext, sp = mention(rng, subj, False)
            c1 = fill(tpl, dict(base_slots), sp, tense)
            if can_join:
                j = rng.choice(JOINERS)
                c2 = fill(nxt[1], dict(base_slots), sp, tense)
                if j == ' before ':
                    if rng.random() < 0.5:
                        # reversed clause order: "Before she sells 5, she buys 7."
                        s2, sp2 = mention(rng, subj, False)
                        c2b = fill(nxt[1], dict(base_slots), sp2, tense)
                        body.append(cap(f'{prefix}before {s2} {c2b}, {stext} {c1}.'))
                    else:
                        body.append(cap(f'{prefix}{stext} {c1}, and after that {stext} {c2}.'))
                elif '[sp]' in j:
                    body.append(cap(f'{prefix}{stext} {c1}' + j.replace('[sp]', stext) + f'{c2}.'))
                else:
                    body.append(cap(f'{prefix}{stext} {c1}{j}{c2}.'))
                i += 2
                continue
            body.append(cap(f'{prefix}{stext} {c1}.'))
        else:
            c1 = fill(tpl, dict(base_slots), 'pl', tense)
            if prefix and not c1.startswith('I '):
                c1 = c1[0].lower() + c1[1:]
            body.append(cap(prefix + c1 + '.'))
        i += 1

    # ---- distractors
    dpool = reg['distract'] + GENERIC_DISTRACT
    nd = rng.choices([0, 1, 2], weights=[50, 38, 12])[0]
    for _ in range(nd):
        d = rng.choice(dpool)
        pos_ = rng.randint(0, len(body))
        if rng.random() < 0.2:
            sentences.insert(0, d)
        else:
            body.insert(pos_, d)

    # ---- question
    stext, sp = mention(rng, subj, False)
    qslots = dict(base_slots, S=stext)
    if final_mode == 'cond':
        kind, tpl, idx = clauses[-1]
        if kind == 'ag':
            cc = fill(tpl, dict(base_slots), sp, 'pres')
            lead = f'if {stext} {cc}'
        else:
            lead = 'if ' + fill(tpl, dict(base_slots), 'pl', 'pres')
            lead = lead[:3] + lead[3].lower() + lead[4:]
        if subj['kind'] == 'place':
            tail = rng.choice([f'how many {it} will {place} have?', f'how many {it} remain?',
                               f'how many {it} are left?'])
        else:
            s2 = 'they' if subj['kind'] == 'group' else stext
            tail = rng.choice([f'how many {it} will {s2} have?', f'how many {it} are left?',
                               f'how many {it} remain?', f'what will the total be?'])
        q = cap(lead + ', ' + tail)
    elif final_mode == 'each':
        q = fill(rng.choice(EACH_Q), qslots, sp, tense if rng.random() < 0.5 else 'pres')
    else:
        pool = QUESTIONS_PLACE if subj['kind'] == 'place' else QUESTIONS
        qt = rng.choice(pool)
        qtense = tense if rng.random() < 0.7 else 'pres'
        q = fill(qt, qslots, sp, qtense)
        if qtense == 'past':
            q = q.replace(' now?', ' in the end?').replace(' now', '')
    body.append(cap(q))
    text = ' '.join(sentences + body)
    text = re.sub(r'\s+', ' ', text).strip()
    return text, {'subj': subj, 'it': it, 'grp': grp, 'rendered': rendered, 'final_mode': final_mode,
                  'prod_order': order if start['kind'] == 'prod' else None}


def step_text(rng, op, a, b, c, syms, it, first_kind=None, spaced=True):
    sym = syms[op]
    eq = f'{a} {sym} {b} = {c}' if spaced else f'{a}{sym}{b}={c}'
    if first_kind == 'prod':
        pool = STEP_FIRST_PROD
    elif first_kind == 'plain' and rng.random() < 0.45:
        pool = STEP_FIRST_PLAIN
    else:
        pool = list(STEP_NEUTRAL)
        if rng.random() < 0.55:
            if op == 'add':
                pool = STEP_ADD
            elif op == 'sub':
                pool = STEP_SUB
            elif op == 'mul':
                pool = STEP_MUL + (STEP_MUL2 * 2 if b == 2 else STEP_MUL3 if b == 3 else [])
            else:
                pool = STEP_DIV + (STEP_DIV2 * 2 if b == 2 else STEP_DIV3 if b == 3 else [])
    tpl = rng.choice(pool)
    if tpl.startswith('[eq]') and first_kind is None and ' so ' not in tpl and rng.random() < 0.4:
        tpl = rng.choice(EQ_PREFIX) + tpl
    s = tpl.replace('[eq]', eq).replace('[it]', it).replace('[c]', str(c)).replace('[a]', str(a))
    return cap(s)


def answer_text(rng, n, meta):
    subj = meta['subj']
    it = meta['it']
    if meta['final_mode'] == 'each':
        tpl = rng.choice(ANSWERS_EACH)
        return cap(tpl.replace('[n]', str(n)).replace('[it]', it).replace('[grp1]', meta['grp'][1]))
    tpl = rng.choice(ANSWERS)
    if subj['kind'] == 'I':
        sa, sp = 'you', 'pl'
    elif subj['kind'] == 'we':
        sa, sp = 'we', 'pl'
    else:
        sa, sp = subj['short'], subj['person']
    s = fill(tpl, {'SA': sa, 'n': str(n), 'it': it}, sp, 'pres')
    return cap(s)


def build_written(rng, start, changes, vals, kind, pos_idx):
    """Return list of written (a, op, b, c) for equation steps, and final answer number, or None on failure.

    Equation steps: index 0 is the product step if the start is a product."""
    eqs = []
    if start['kind'] == 'prod':
        eqs.append(['mul', start['a'], start['b'], start['value'], 'prod'])
    for ch in changes:
        eqs.append([ch['op'], None, ch['b'], None, 'chg'])
    n_eq = len(eqs)
    # problem numbers for "wrong number from the problem"
    pnums = ([start['a'], start['b']] if start['kind'] == 'prod' else [start['value']]) + [c['b'] for c in changes]
    written = []
    prev = None if start['kind'] == 'prod' else start['value']
    err_done = False
    for i, (op, _a, b, _c, tag) in enumerate(eqs):
        if tag == 'prod':
            a = start['a']
        else:
            a = prev
        true_op = op
        if i == pos_idx and kind in ('arithmetic', 'operand', 'operation'):
            if kind == 'arithmetic':
                t = apply(op, a, b)
                if t is None:
                    return None
                cands = arith_candidates(rng, op, a, b, t)
                written.append([a, op, b, cands, 'arith'])
            elif kind == 'operand':
                opts = []
                if tag == 'prod':
                    for v in digit_nudges(a)[:2] + [a + 1, a - 1] + [x for x in pnums[2:]]:
                        opts.append((v, b))
                    for v in digit_swaps(b) + [b + 1, b - 1, b + 10, b - 10] + [x for x in pnums[2:]]:
                        opts.append((a, v))
                else:
                    prevs = [vals[0]] if i >= 1 and start['kind'] == 'plain' else []
                    wrong_a = digit_swaps(a) * 2 + [a + 10, a - 10, a + 1, a - 1, a + 100]
                    if i >= 2 or (start['kind'] == 'plain' and i >= 1):
                        wrong_a += prevs
                    for v in wrong_a:
                        opts.append((v, b))
                    others = [x for x in pnums if x != b]
                    wrong_b = others * 2 + digit_swaps(b) * 2 + [b + 1, b - 1, b + 10]
                    if op in ('mul', 'div'):
                        wrong_b = [b + 1, b - 1, b + 1] + others
                    for v in wrong_b:
                        opts.append((a, v))
                opts = [(x, y) for (x, y) in opts if x >= 0 and y >= 1 and (x, y) != (a, b)
                        and not (op in ('add', 'mul') and (x, y) == (b, a))]
                rng.shuffle(opts)
                written.append([opts, op, None, None, 'operand'])
            else:
                if tag == 'prod':
                    wrong_ops = ['add']
                else:
                    wrong_ops = {'add': ['sub'], 'sub': ['add'], 'mul': ['add', 'add', 'div'],
                                 'div': ['mul', 'mul', 'sub']}[op]
                rng.shuffle(wrong_ops)
                written.append([a, wrong_ops, b, None, 'operation'])
            # resolve the error now
            last = written.pop()
            t = apply(op, a, b)
            chosen = None
            if last[4] == 'arith':
                for cval in last[3]:
                    chosen = (a, op, b, cval)
                    if _continue_ok(changes, eqs, i, cval):
                        break
                    chosen = None
            elif last[4] == 'operand':
                for (x, y) in last[0]:
                    cval = apply(op, x, y)
                    if cval is None or cval < 0 or cval == t or cval > 99999:
                        continue
                    if _continue_ok(changes, eqs, i, cval):
                        chosen = (x, op, y, cval)
                        break
            else:
                for wop in last[1]:
                    cval = apply(wop, a, b)
                    if cval is None or cval < 0 or cval == t or cval > 99999:
                        continue
                    if _continue_ok(changes, eqs, i, cval):
                        chosen = (a, wop, b, cval)
                        break
            if chosen is None:
                return None
            written.append(list(chosen))
            prev = chosen[3]
            err_done = True
            continue
        c = apply(op, a, b)
        if c is None or c < 0:
            return None
        written.append([a, op, b, c])
        prev = c
    last_c = written[-1][3]
    ans = last_c
    if kind == 'answer':
        prev_vals = [w[3] for w in written]
        cands = answer_candidates(rng, last_c, prev_vals)
        if not cands:
            return None
        ans = cands[0]
    return written, ans


def _continue_ok(changes, eqs, i, cval):
    x = cval
    if x < 0:
        return False
    for j in range(i + 1, len(eqs)):
        op, b = eqs[j][0], eqs[j][2]
        x = apply(op, x, b)
        if x is None or x < 0 or x > 99999:
            return False
    return True


KINDS = ['arithmetic', 'operand', 'operation', 'answer']


def make_record(rng, idx_label):
    reg_name = rng.choice(list(REGISTERS))
    r = rng.random()
    if r < 0.45:
        kind = 'none'
    else:
        kind = KINDS[int((r - 0.45) / 0.55 * 4) % 4]
    pos_cat = rng.choice(['first', 'middle', 'last'])
    for _attempt in range(60):
        start, changes = plan_numbers(rng)
        vals = true_chain(start, changes)
        if any(v is None or v < 0 or v > 9999 for v in vals):
            continue
        n_eq = len(changes) + (1 if start['kind'] == 'prod' else 0)
        if kind in ('arithmetic', 'operand', 'operation'):
            if pos_cat == 'first':
                pos_idx = 0
            elif pos_cat == 'last':
                pos_idx = n_eq - 1
            else:
                if n_eq < 3:
                    continue
                pos_idx = rng.randint(1, n_eq - 2)
        else:
            pos_idx = -1
        res = build_written(rng, start, changes, vals, kind, pos_idx)
        if res is None:
            continue
        written, ans = res
        problem, meta = build_problem(rng, start, changes, reg_name)
        if len(problem.split()) > 88:
            continue
        break
    else:
        return None
    syms = rng.choice(SYMS)
    spaced = rng.random() > 0.05
    steps = []
    for i, (a, op, b, c) in enumerate(written):
        fk = None
        if i == 0:
            fk = 'prod' if start['kind'] == 'prod' else 'plain'
        if i == 0 and start['kind'] == 'prod' and meta['prod_order'] == 'BA' and rng.random() < 0.7:
            a, b = b, a
        elif i == 0 and start['kind'] == 'prod' and rng.random() < 0.12:
            a, b = b, a
        steps.append(step_text(rng, op, a, b, c, syms, meta['it'], fk, spaced))
    steps.append(answer_text(rng, ans, meta))
    truth = vals[-1]
    if kind == 'none':
        label = -1
    elif kind == 'answer':
        label = len(steps) - 1
    else:
        label = pos_idx
    rec = {'id': '', 'problem': problem, 'steps': steps, 'label': label,
           'final_answer_correct': ans == truth, 'error_kind': kind}
    meta_out = {'start': start, 'changes': changes, 'rendered': meta['rendered'], 'register': reg_name,
                'pos_cat': pos_cat if kind in ('arithmetic', 'operand', 'operation') else
                ('answer' if kind == 'answer' else None)}
    return rec, meta_out


def generate_with_meta(seed, count):
    rng = random.Random(seed)
    out = []
    i = 0
    while len(out) < count:
        res = make_record(rng, i)
        if res is None:
            continue
        rec, meta = res
        rec['id'] = f'gen-h-{seed}-{len(out):05d}'
        out.append((rec, meta))
        i += 1
    return out


def generate(seed: int, count: int) -> list:
    return [r for r, _ in generate_with_meta(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, 'records.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
