"""Tiny-arith PRM data generator, register: science fiction and fantasy.

Starships' manifests, mining robots, dragons' hoards, wizards' stores, guild
quartermasters and alien traders.  Every word list below was typed by hand for
this file.  Standard library only; nothing is read at run time.

    generate(seed, count) -> list[dict]

Records: {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}.
`_generate_with_meta` returns the same records plus the internal representation
(start, changes, true chain, written equations) that check.py re-derives from.
"""

import json
import os
import random
import re

# --------------------------------------------------------------------------------------
# Vocabulary (typed by hand)
# --------------------------------------------------------------------------------------

GIVEN_NAMES = """
Vessa Orrin Quillon Tyvane Brannoc Ilvy Zarekh Maelis Corvash Teodric Yslane Dromund
Averil Nuxa Pellwyn Saffrey Oknar Thelisse Garrow Imbrel Jorvann Kaelith Lunet Morwick
Nerrith Olvane Prax Quenna Rhosk Sabeth Tarquil Ulveny Varro Wystrel Xandril Yorra
Zephine Abrek Belladrue Cask Dessaly Eskarn Fenwyra Gilloc Halvane Ithrin Junmara Korvel
Liriel Mossvane Nimlet Oberlyn Pashka Quorril Ravina Selvok Trennic Umbrith Vantha Wrenna
Yavik Zolt Arkadel Brisk Caddoc Dwimmer Elsk Faro Grettle Hobb Iskarra Jessop Kettrin
Lomaxa Mirren Noctavel Orlith Pim Quade Rusk Sarnai Tolland Umareth Veska Wexmor Yannic
Zulvane Ambrith Bexa Dorrin Embrelle Fizzwick Gwendrel Haska Ivonek Jaxtrel Kip Lysk
Mabrine Nox Ostrin Perrivel Quibble Ransel Skollen Tibbet Ursk Vailen Wimbly Xyra Yelden
Zask Aurelith Bracken Corwen Dulcette Emric Farreth Gorsk Hollin Idrask Jessaly Kell
Lanthe Merrow Nellith Oskarn Prycen Rook Sable Thistle Ulrend Vex Willowen Yarrow Zinnet
Arvo Brigh Cael Dagrun Eirwen Fallow Glim Hestra Inara Jorren Kivi Loxa Mordeth Nyssandra
Odrin Piran Quintrel Riven Seravel Tamsk Uxley Vireo Wick Yuel Zorabel Astrivel Brom
Cressa Drevik Esk Flintra Grisk Halvec Ilsabet Jinx Korravane Lark Mizzle Norrow Oonavel
Pell Quist Rell Sorrel Tavish Usk Venn Wendril Yzolde Zebrin Azra Bellweather Cormarrow
Delphire Erro Fenn Gallis Hark Ilka Jett Kallistra Lumenor Myrr Nettle Orsk Pip Quell
Rasp Thandry Ulla Vorn Oriel Maddox Tesk Brynmor Calloway Ivrel
""".split()

ROBOT_NAMES = """
Sprocket Tinder Wisp Magpie Tallow Cogwhistle Gimbal Rivet Boltwin Clank Drudge Widget
Socket Piston Spanner Grub Burrow Ratchet Ferrule Tumbler Clinker Gasket Nib Pylon Trundle
""".split()

DRAGON_NAMES = """
Ashvarra Vorthuun Skaldris Quyrreth Maelgrath Oruvex Thessarak Zhyrrax Kalmoroth Ilvendra
Brymstrael Sorrowind Gaulmyr Yssdrak Nythraxa Pyrrhane Coldmaw Umbravex Ferroth Glaurique
Dravamor Ixtrella Morrowfang Sablethorn Vexaris
""".split()

DRAGON_EPITHETS = ["the Golden", "the Unsleeping", "the Ash-Winged", "the Old", "the Patient",
                   "the Greedy", "the Pale", "the Ember-Eyed", "the Twice-Burned", "the Quiet"]

SHIP_NAMES = ["Halcyon Drift", "Wandering Ember", "Brass Albatross", "Quiet Comet", "Salt of Vantor",
              "Long Patience", "Ironfold Promise", "Glass Heron", "Lucky Moth", "Cold Harbor",
              "Starling's Debt", "Amber Lantern", "Restless Tide", "Velvet Anchor", "Tin Kestrel",
              "Grey Meridian", "Saint Ossuary", "Dawnrunner", "Hollow Crown", "Copper Wren",
              "Marrowlight", "Silent Orrery", "Far Ledger", "Pale Vagrant", "Stubborn Kettle"]

SHIP_KINDS = ["freighter", "starship", "cargo hauler", "scout ship", "ore barge", "courier vessel"]
ROBOT_KINDS = {"m": ["mining robot", "drill drone", "ore-sorting robot", "tunnel crawler"],
               "s": ["salvage drone", "cargo robot", "maintenance bot", "loader droid"]}

SPECIES = ["Vorlish", "Kethi", "Zandari", "Mothkin", "Oorin", "Skarrow", "Glimmerfolk", "Drovani",
           "Quellish", "Hraki", "Ysolti", "Brinnish", "Tarquen", "Velloi", "Nuumari", "Krixian",
           "Ossuan", "Phaelite", "Zhentari", "Gorrak"]

TITLES = {
    "s": ["Captain", "Navigator", "Pilot", "Chief Engineer", "Commander", "Purser", "Ensign", "Cargo Master"],
    "m": ["Foreman", "Prospector", "Driller", "Shift Boss", "Surveyor"],
    "d": ["Dragon-Keeper", "Treasure Warden"],
    "w": ["Archmage", "Apprentice", "Alchemist", "Magister", "Hedge Witch", "Enchanter", "Runesmith", "Herbalist"],
    "g": ["Quartermaster", "Sergeant", "Guildmaster", "Armorer", "Steward", "Ranger"],
    "t": ["Trader", "Merchant", "Broker", "Peddler", "Smuggler"],
}

GUILDS = {
    "g": ["the Cinder Guild", "the Order of the Brass Lantern", "the Brotherhood of the Anvil",
          "the Emberward Company", "the Greywater Rangers"],
    "t": ["the Salt Road Cartel", "the Vantor Freight Collective", "the Spiral Bazaar Consortium",
          "the Rustmark Syndicate"],
    "m": ["the Hollowdeep Miners' Union", "the Deepcore Collective", "the Ashfall Prospectors"],
    "w": ["the Moonwell Coven", "the Ashen Circle", "the Sisterhood of the Pale Flame",
          "the College of Lesser Conjurations"],
}
GUILD_DESC = {"g": ["the guild", "the company"], "t": ["the cartel", "the consortium"],
              "m": ["the union", "the collective"], "w": ["the coven", "the circle"]}

# items: singular, optional "|plural" when not regular
ITEMS = {
    "s": """fuel cell;plasma coil;ration pack;oxygen canister;hull plate;data crystal;navigation chip;
med-kit;coolant tube;thruster nozzle;sensor buoy;photon battery;cryo pod;spare servo;field generator;
antimatter pellet;water brick;protein bar;solar panel;grav boot;comm relay;vacuum seal;repair drone;
ion cartridge;shield emitter;star chart;stasis box;nutrient gel;hydroponic seedling;air filter;
welding rod;tether cable;docking clamp;warp coil;quantum fuse;circuit board;holo-projector;
spacesuit helmet;signal flare;pressure valve;titanium bolt;stim injector;plasma torch;reactor rod;
gyroscope;radiation badge;distress beacon""",
    "m": """ore chunk;iridium nugget;cobalt ingot;ice core;rock sample;platinum slab;helium canister;
crystal shard;drill head;blasting charge;slag brick;nickel pellet;asteroid fragment;mineral core;
silicate block;tungsten bar;geode;copper spool;thorium rod;quartz wedge;magnetite lump;palladium flake;
drill bit;ore sack;basalt tile;gravel bucket;uranium pellet;lithium cake;diamond chip;carbon brick;
pickaxe head;sulfur cake;zinc slug;obsidian slab;silver ingot""",
    "d": """gold coin;silver goblet;ruby|rubies;emerald;sapphire;pearl;jeweled crown;enchanted ring;
dragon scale;golden chalice;amethyst;bronze shield;ivory tusk;ancient coin;topaz;opal;diamond;
gilded helm;moonstone;gold bar;silver bracelet;jade figurine;crystal skull;royal scepter;garnet;
copper kettle;onyx idol;platinum torc;pearl necklace;enchanted sword;gem-studded dagger;gilded egg;
star sapphire;amber bead;ruby brooch;silver spoon""",
    "w": """mana potion;healing draught;scroll;spell tome;phoenix feather;newt eye;mandrake root;moonpetal;
wand;rune stone;vial of starlight;beeswax candle;bat wing;toadstool;frost lily|frost lilies;ember seed;
crystal ball;luck charm;amulet;elixir;philter;hex bag;dragonroot;wyvern tooth|wyvern teeth;owl feather;
salamander scale;glowcap mushroom;silver needle;spell pouch;ink pot;quill;moth wing;fairy lantern;
gold dust pouch;star anise pod;unicorn hair strand;basilisk egg;scrying mirror;troll tooth|troll teeth;
potion of invisibility;sleeping draught;rune candle;mandrake seed""",
    "g": """arrow;crossbow bolt;longsword;kite shield;helmet;bedroll;lantern;rope coil;torch;ration sack;
waterskin;pair of boots;cloak;spear;dagger;saddle;horseshoe;tent;whetstone;quiver;chainmail shirt;
gauntlet;war banner;salve tin;flint striker;tinderbox;grappling hook;lockpick;iron nail;canteen;
signal horn;trail map;oil flask;mess tin;bandage roll;tent peg""",
    "t": """spice pod;glowfruit;silk bolt;zorgberry;hive-honey jar;void pearl;sky-kelp bundle;shimmer bead;
krill cake;songshell;trade token;credit chip;songstone;dream crystal;fungus cap;starfruit;moonmelon;
ember pepper;glass orchid;perfume vial;spore cake;sugarglass sweet;nebula tea brick;sunstone;
feathered mask;woven rug;memory cube;smoke-leaf bundle;jellyfruit;singing beetle;clay idol;spiceroot;
lumen moss tuft;velvet tuber;bone flute""",
}

CONTAINERS = {
    "s": ["crate", "cargo pod", "pallet", "locker", "rack", "supply drum", "shipping case"],
    "m": ["ore cart", "bin", "hopper", "sack", "bucket", "tray", "skip wagon"],
    "d": ["chest", "urn", "coffer", "alcove", "sack", "iron-bound box|iron-bound boxes"],
    "w": ["shelf|shelves", "cabinet", "satchel", "box|boxes", "basket", "drawer", "crate"],
    "g": ["barrel", "wagon", "crate", "rack", "chest", "pack mule's pannier|pack mules' panniers"],
    "t": ["basket", "trunk", "pouch|pouches", "saddlebag", "crate", "hamper"],
}

GROUPS = {
    "s": ["crew member", "cargo bay", "escape pod", "outpost", "shuttle", "colony ship"],
    "m": ["drone", "shaft", "mining crew", "bunker", "ore barge"],
    "d": ["hatchling", "cave", "whelp", "tunnel", "nest"],
    "w": ["apprentice", "cauldron", "student", "tower", "familiar"],
    "g": ["squad", "recruit", "patrol", "caravan", "outpost"],
    "t": ["buyer", "merchant", "clan", "stall", "caravan"],
}

PLACES = {
    "s": ["cargo hold", "aft bay", "storage deck", "forward hold"],
    "m": ["ore bin", "storage silo", "hopper", "loading bay"],
    "d": ["hoard", "lair", "treasure cave", "mountain vault"],
    "w": ["potion cellar", "tower storeroom", "spell cabinet", "workshop"],
    "g": ["armory", "storeroom", "supply tent", "quartermaster's hut"],
    "t": ["market stall", "trade wagon", "caravan", "shop"],
}

LOCATIONS = ["Kheel Station", "Port Ulmvane", "the Ashfall Belt", "the Glass Moon", "Vantor Prime",
             "Tessaly Ring", "the Drowned Market", "Sarn Outpost", "the Hollowdeep mines", "Greywater Keep",
             "the Cinder Wastes", "Mount Skelloth", "the Spiral Bazaar", "Orrery Dock", "Lanthorn Reach",
             "the Veilmist Nebula", "Brask Colony", "Eskarra Point", "the Sunken Spire", "Quellfast",
             "the Rim Depot", "Zandar Gate", "the Mothkin Hive", "Pellwater", "the Saltglass Flats",
             "Ironmoor", "the Lantern Isles", "Umber Deep", "Cobalt Station", "the Starless Crossing"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def num_word(n):
    if n <= 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] if n % 10 == 0 else TENS[n // 10] + "-" + ONES[n % 10]
    raise ValueError(n)


def _plural(word):
    if " of " in word:
        head, tail = word.split(" of ", 1)
        return _plural(head) + " of " + tail
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _noun(entry):
    if "|" in entry:
        sg, pl = entry.split("|")
        return sg, pl
    return entry, _plural(entry)


ITEM_TABLE = {th: [_noun(x.strip()) for x in txt.replace("\n", "").split(";") if x.strip()]
              for th, txt in ITEMS.items()}
CONTAINER_TABLE = {th: [_noun(x) for x in lst] for th, lst in CONTAINERS.items()}
GROUP_TABLE = {th: [_noun(x) for x in lst] for th, lst in GROUPS.items()}

# --------------------------------------------------------------------------------------
# Problem templates.
#   <past|present|base>   verb agreeing with the protagonist subject {S}
#   [past|present|base(|future)]  verb with fixed agreement
#   {S} subject  {P} possessive  {O} object  {R} reflexive  {X} another character
#   {N} number  {I}/{i} item plural/singular  {G}/{g} group  {C}/{c} container
#   {L} location  {place} own storage  {A},{B} factors of a product start  {sp} species
# Each entry: (themes, required number or None, text); themes "*" = any.
# --------------------------------------------------------------------------------------

ADD_T = [
    ("*", None, "{S} <picked up|picks up|pick up> {N} more {I} at {L}"),
    ("sm", None, "{S} <salvaged|salvages|salvage> {N} {I} from a drifting wreck"),
    ("m", None, "{S} <mined|mines|mine> another {N} {I}"),
    ("*", None, "{X} [gave|gives|give] {O} {N} {I} as payment for an old debt"),
    ("s", None, "{S} <found|finds|find> {N} {I} stashed in an abandoned escape pod"),
    ("*", None, "{S} <was handed|is handed|be handed> {N} more {I} by {X}"),
    ("*", None, "{S} <bought|buys|buy> {N} {I} at the night market on {L}"),
    ("*", None, "{S} <traded|trades|trade> a cracked compass for {N} {I}"),
    ("st", None, "{S} <won|wins|win> {N} {I} in a game of void-dice"),
    ("st", None, "a supply drone [dropped off|drops off|drop off] {N} {I} at the airlock"),
    ("sw", None, "{S} <harvested|harvests|harvest> {N} {I} from the greenhouse deck"),
    ("dgt", None, "{S} <looted|loots|loot> {N} {I} from a pirate cache"),
    ("w", None, "{S} <conjured|conjures|conjure> {N} more {I} out of thin air"),
    ("w", None, "{S} <brewed|brews|brew> a fresh batch of {N} {I}"),
    ("*", None, "{S} <received|receives|receive> {N} {I} from {X}"),
    ("*", None, "{S} <collected|collects|collect> {N} {I} along the way"),
    ("*", None, "{S} <gathered|gathers|gather> up {N} {I} that had been lying about"),
    ("*", None, "{S} <earned|earns|earn> {N} {I} for a job well done"),
    ("*", None, "{S} <was paid|is paid|be paid> {N} {I} for escorting a convoy"),
    ("md", None, "{S} <dug up|digs up|dig up> {N} {I}"),
    ("dm", None, "{S} <unearthed|unearths|unearth> {N} more {I} in a collapsed tunnel"),
    ("d", None, "{S} <plundered|plunders|plunder> {N} {I} from a sleeping rival"),
    ("g", None, "{S} <requisitioned|requisitions|requisition> {N} extra {I}"),
    ("s", None, "{S} <hauled|hauls|haul> {N} {I} aboard"),
    ("s", None, "{S} <beamed|beams|beam> {N} {I} up from the surface"),
    ("smt", None, "{S} <scavenged|scavenges|scavenge> {N} {I} from the scrapyards of {L}"),
    ("*", None, "{S} <rescued|rescues|rescue> {N} {I} from a burning warehouse"),
    ("t", None, "{S} <netted|nets|net> {N} {I} in a single clever deal"),
    ("*", None, "{S} <fished|fishes|fish> {N} {I} out of the lost-and-found bin"),
    ("st", None, "{S} <smuggled|smuggles|smuggle> {N} {I} past the customs scanners"),
    ("*", None, "{S} <stockpiled|stockpiles|stockpile> {N} more {I}"),
    ("*", None, "{S} <acquired|acquires|acquire> {N} {I} from {X}"),
    ("*", None, "{S} <claimed|claims|claim> {N} {I} as salvage rights"),
    ("*", None, "{S} <recovered|recovers|recover> {N} {I} that had gone missing"),
    ("*", None, "{S} <was gifted|is gifted|be gifted> {N} {I} by {X}"),
    ("*", None, "{S} <got|gets|get> {N} more {I}"),
    ("*", None, "{S} <added|adds|add> {N} {I} to the pile"),
    ("*", None, "{S} <brought|brings|bring> in {N} {I}"),
    ("*", None, "{S} <purchased|purchases|purchase> {N} {I} from a {sp} peddler"),
    ("t", None, "{S} <bartered|barters|barter> for {N} {I}"),
    ("w", None, "{S} <summoned|summons|summon> {N} {I} with a minor spell"),
    ("g", None, "{S} <forged|forges|forge> {N} new {I}"),
    ("gs", None, "{S} <assembled|assembles|assemble> {N} {I} from spare parts"),
    ("s", None, "the fabricator [printed|prints|print] {N} new {I} for {O}"),
    ("*", None, "{S} <inherited|inherits|inherit> {N} {I} from a distant aunt"),
    ("st", None, "{S} <took|takes|take> delivery of {N} {I}"),
    ("d", None, "{S} <stole|steals|steal> {N} {I} from a passing caravan"),
    ("*", None, "{X} [delivered|delivers|deliver] {N} {I} to {O}"),
    ("*", None, "{N} more {I} [arrived|arrive|arrive] by courier"),
    ("*", None, "{N} {I} [were|are|be] added to {P} {place}"),
    ("*", None, "{P} stock of {I} [grew|grows|grow] by {N}"),
    ("*", None, "{S} <swept|sweeps|sweep> up another {N} {I}"),
    ("*", None, "{S} <came|comes|come> across {N} {I} in a forgotten locker"),
    ("dt", None, "a grateful {sp} envoy [presented|presents|present] {O} with {N} {I}"),
    ("*", None, "{S} <snapped|snaps|snap> up {N} {I} at a bargain price"),
    ("*", None, "{S} <topped|tops|top> up the {place} with {N} {I}"),
    ("m", None, "the drills [brought|bring|bring] up {N} {I}"),
    ("*", None, "{S} <won|wins|win> {N} {I} in a wager with {X}"),
]

SUB_T = [
    ("*", None, "{S} <sold|sells|sell> {N} of them"),
    ("*", None, "{S} <sold|sells|sell> {N} {I} to {X}"),
    ("*", None, "{S} <gave|gives|give> {N} {I} to {X}"),
    ("*", None, "{S} <handed|hands|hand> over {N} of them to the harbor master"),
    ("s", None, "{S} <lost|loses|lose> {N} {I} in an asteroid storm"),
    ("s", None, "{N} {I} [were|are|be] destroyed when a coolant line burst"),
    ("s", None, "{S} <jettisoned|jettisons|jettison> {N} {I} to lighten the ship"),
    ("sg", None, "{S} <used|uses|use> {N} {I} to patch the hull"),
    ("*", None, "{S} <burned|burns|burn> through {N} {I}"),
    ("*", None, "{S} <spent|spends|spend> {N} {I} on docking fees"),
    ("*", None, "{S} <donated|donates|donate> {N} {I} to the refugee fleet"),
    ("*", None, "pirates [stole|steal|steal] {N} of them"),
    ("m", None, "{S} <dropped|drops|drop> {N} {I} down a mine shaft"),
    ("t", None, "{S} <traded|trades|trade> away {N} {I}"),
    ("d", None, "{S} <paid|pays|pay> {N} {I} as tribute to the Storm King"),
    ("w", None, "{S} <drank|drinks|drink> {N} of the {I} by mistake"),
    ("*", None, "{N} {I} [cracked|crack|crack] in the cold of the void"),
    ("*", None, "a thief [made|makes|make] off with {N} {I}"),
    ("*", None, "{S} <shipped|ships|ship> {N} {I} off to {L}"),
    ("*", None, "{S} <threw|throws|throw> out {N} damaged {I}"),
    ("*", None, "{S} <broke|breaks|break> {N} {I} during a rough landing"),
    ("md", None, "{S} <melted|melts|melt> down {N} {I}"),
    ("sm", None, "{S} <fed|feeds|feed> {N} {I} into the reactor"),
    ("dw", None, "{S} <offered|offers|offer> {N} {I} at the shrine of Ulmara"),
    ("g", None, "{S} <issued|issues|issue> {N} {I} to the new recruits"),
    ("*", None, "{S} <lent|lends|lend> {N} {I} to {X}"),
    ("*", None, "{S} <misplaced|misplaces|misplace> {N} {I}"),
    ("*", None, "{N} of the {I} [went|go|go] missing"),
    ("*", None, "{S} <unloaded|unloads|unload> {N} {I} at {L}"),
    ("w", None, "{S} <sacrificed|sacrifices|sacrifice> {N} {I} to the storm spirits"),
    ("w", None, "{S} <used|uses|use> up {N} {I} in a failed ritual"),
    ("g", None, "{S} <sent|sends|send> {N} {I} back to the guildhall"),
    ("st", None, "the customs inspector at {L} [confiscated|confiscates|confiscate] {N} {I}"),
    ("w", None, "{S} <expended|expends|expend> {N} {I} on the great warding spell"),
    ("t", None, "{S} <bartered|barters|barter> away {N} {I} for a star map"),
    ("*", None, "{S} <parted|parts|part> with {N} {I}"),
    ("*", None, "{S} <gifted|gifts|gift> {N} {I} to {X}"),
    ("*", None, "{S} <consumed|consumes|consume> {N} of them"),
    ("*", None, "{S} <wasted|wastes|waste> {N} {I}"),
    ("*", None, "{S} <delivered|delivers|deliver> {N} {I} to a client on {L}"),
    ("d", None, "a rival dragon [snatched|snatches|snatch] {N} {I}"),
    ("s", None, "{S} <dumped|dumps|dump> {N} {I} into the recycler"),
    ("*", None, "{S} <returned|returns|return> {N} {I} to {X}"),
    ("s", None, "{N} {I} [slipped|slip|slip] through a hull breach into space"),
    ("*", None, "{S} <loaned|loans|loan> out {N} {I}"),
    ("g", None, "{S} <handed|hands|hand> out {N} {I} to the night patrol"),
    ("*", None, "{S} <had|has|have> to give up {N} {I} at the border"),
    ("*", None, "{N} {I} [were|are|be] taken by the tax collector of {L}"),
    ("*", None, "{S} <got|gets|get> rid of {N} {I}"),
    ("*", None, "{S} <sold|sells|sell> off {N} {I} to a {sp} collector"),
    ("*", None, "{X} [borrowed|borrows|borrow] {N} of {P} {I}"),
    ("*", None, "{N} {I} [were|are|be] lost overboard"),
    ("*", None, "{S} <left|leaves|leave> {N} {I} behind at {L}"),
    ("d", None, "{S} <swallowed|swallows|swallow> {N} {I} in a fit of greed"),
    ("*", None, "{S} <packed|packs|pack> {N} {I} off to {X}"),
]

MUL_T = [
    ("*", 2, "{S} <doubled|doubles|double> {P} stock of {I}"),
    ("*", 2, "a replicator glitch [doubled|doubles|double] the {I}"),
    ("*", 3, "{S} <tripled|triples|triple> the number of {I}"),
    ("*", 3, "the {I} [tripled|triple|triple] overnight"),
    ("*", 4, "{S} <quadrupled|quadruples|quadruple> {P} {I}"),
    ("*", 2, "by nightfall {S} <had|has|have> twice as many {I} as before"),
    ("*", 2, "the pile of {I} [grew|grows|grow] to double its size"),
    ("*", None, "{S} <ended|ends|end> up with {N} times as many {I}"),
    ("*", None, "the number of {I} [became|becomes|become] {N} times larger"),
    ("*", None, "{S} <multiplied|multiplies|multiply> {P} stock of {I} by {N}"),
    ("*", None, "{P} collection of {I} [grew|grows|grow] to {N} times its size"),
    ("w", None, "a duplication charm [turned|turns|turn] every {i} into {N}"),
    ("s", None, "the cloning vat [turned|turns|turn] each {i} into {N} identical ones"),
    ("*", None, "{S} <scaled|scales|scale> up until [there were|there are|there are|there are] {N} times as many {I}"),
    ("*", None, "after a lucky trade, {S} <had|has|have> {N} times as many {I}"),
    ("w", None, "the enchantment [made|makes|make] the {I} {N} times as numerous"),
    ("t", None, "{S} <reinvested|reinvests|reinvest> everything and <multiplied|multiplies|multiply> the {I} {N} times over"),
    ("*", None, "the {I} in the {place} [multiplied|multiply|multiply] by {N}"),
    ("d", None, "{S} <swelled|swells|swell> the hoard of {I} to {N} times its old size"),
    ("*", None, "thanks to a generous patron, the {I} [were|are|be] multiplied by {N}"),
    ("*", None, "every {i} in the {place} [was|is|be] swapped for {N} new ones"),
    ("*", 2, "{S} <matched|matches|match> every {i} with a twin, doubling the count"),
    ("*", 3, "the count of {I} [went|goes|go] up threefold"),
    ("w", None, "a mirror spell [copied|copies|copy] the {I} so that there [were|are|be|will be] {N} times as many"),
    ("*", None, "{S} <made|makes|make> the stock of {I} {N} times bigger"),
    ("*", None, "the {I} [were|are|be] multiplied {N} times over by a strange machine"),
    ("t", None, "{S} <flipped|flips|flip> the {I} at the Spiral Bazaar for {N} times as many"),
    ("*", None, "each {i} [was|is|be] exchanged for {N} of the same kind"),
    ("s", None, "the fabricator [copied|copies|copy] every {i}, leaving {N} of each"),
    ("*", None, "{S} <grew|grows|grow> the stock of {I} to {N} times what it was"),
    ("d", None, "{S} <breathed|breathes|breathe> on the {I}, and each one [split|splits|split] into {N}"),
    ("m", None, "the refinery [turned|turns|turn] each {i} into {N}"),
    ("*", 2, "the {I} [doubled|double|double] in number"),
    ("*", 2, "{S} <ended|ends|end> up with double the {I}"),
    ("*", 3, "{S} <ended|ends|end> up with triple the number of {I}"),
    ("*", None, "the count of {I} [was|is|be] multiplied by {N}"),
    ("*", None, "overnight the {I} [became|become|become] {N} times as plentiful"),
    ("w", 2, "a doubling hex [fell|falls|fall] upon the {I}"),
]

DIV_T = [
    ("*", None, "{S} <split|splits|split> the {I} equally among {N} {G} and <kept|keeps|keep> one share"),
    ("*", None, "{S} <divided|divides|divide> them into {N} equal piles and <held|holds|hold> on to just one pile"),
    ("*", None, "{S} <sorted|sorts|sort> the {I} into {N} equal lots and <sold|sells|sell> all but one lot"),
    ("*", 2, "{S} <halved|halves|halve> {P} stock of {I}"),
    ("*", 2, "half of the {I} [were|are|be] lost in an ion storm"),
    ("*", 2, "{S} <gave|gives|give> away half of the {I}"),
    ("*", 3, "{S} <kept|keeps|keep> only a third of the {I} and <sold|sells|sell> the rest"),
    ("*", 3, "only a third of the {I} [survived|survive|survive] the crossing"),
    ("*", None, "the {I} [were|are|be] cut into {N} equal heaps, and only one heap [stayed|stays|stay] with {O}"),
    ("*", None, "{S} <parted|parts|part> the {I} into {N} equal portions and <kept|keeps|keep> one for {R}"),
    ("*", None, "{S} <packed|packs|pack> the {I} evenly into {N} {C} and <shipped|ships|ship> off all but one {c}"),
    ("*", None, "the {I} [were|are|be] split into {N} equal batches, and {S} <kept|keeps|keep> a single batch"),
    ("*", None, "{S} <rationed|rations|ration> the {I} into {N} equal bundles and <held|holds|hold> back just one"),
    ("*", None, "{S} <shared|shares|share> the {I} out equally among {N} {G}, setting aside one share for {R}"),
    ("*", None, "{S} <distributed|distributes|distribute> the {I} evenly across {N} {G}, then <took|takes|take> back only one {g}'s portion"),
    ("*", None, "after a strict audit, only one of {N} equal portions of the {I} [remained|remains|remain] with {O}"),
    ("d", None, "{S} <divided|divides|divide> the hoard of {I} equally among {N} {G} and <guarded|guards|guard> one share"),
    ("*", None, "the {I} [were|are|be] shared equally by {N} {G}, and {S} <got|gets|get> one share"),
    ("*", None, "{S} <broke|breaks|break> the {I} up into {N} equal lots and <kept|keeps|keep> only one lot"),
    ("*", 2, "half of the {I} [went|go|go] to {X}, and {S} <kept|keeps|keep> the other half"),
    ("*", 2, "{S} <lost|loses|lose> exactly half of the {I}"),
    ("*", 3, "{S} <was|is|be> allowed to keep only a third of the {I}"),
    ("*", None, "{S} <spread|spreads|spread> the {I} evenly over {N} {C} and <sold|sells|sell> every {c} but one"),
    ("*", None, "{S} <split|splits|split> the {I} evenly between {N} {C} and <gave|gives|give> away every {c} except one"),
    ("*", None, "a {sp} tax law [claimed|claims|claim] all but one of {N} equal shares of the {I}"),
    ("*", None, "{S} <cut|cuts|cut> the pile of {I} into {N} equal parts and <kept|keeps|keep> one part"),
    ("*", None, "{S} <was|is|be> left with one of {N} equal shares of the {I}"),
    ("*", None, "the {I} [were|are|be] divided evenly among {N} {G}, and {S} <kept|keeps|keep> just one {g}'s share"),
    ("*", 2, "{S} <split|splits|split> the {I} down the middle with {X} and <kept|keeps|keep> one half"),
    ("*", 2, "a storm [swept|sweeps|sweep] away half of the {I}"),
    ("*", 3, "{S} <held|holds|hold> on to a third of the {I} and <gave|gives|give> the rest to {X}"),
    ("d", None, "{S} <buried|buries|bury> the {I} in {N} equal heaps and <guarded|guards|guard> only one"),
    ("*", None, "{S} <doled|doles|dole> the {I} out evenly to {N} {G} and <kept|keeps|keep> one share for {R}"),
    ("*", None, "after dividing the {I} equally among {N} {G}, {S} <kept|keeps|keep> one share"),
    ("*", 2, "{S} <sold|sells|sell> half of the {I}"),
]

START_T = [
    ("*", "{S} <had|has|have> {N} {I} in {P} {place}"),
    ("*", "at the start of the voyage, {S} <counted|counts|count> {N} {I}"),
    ("*", "{S} <kept|keeps|keep> {N} {I} locked in {P} {place}"),
    ("*", "{N} {I} [lay|lie|lie] in {P} {place}"),
    ("*", "{S} <owned|owns|own> {N} {I}"),
    ("*", "the manifest of {SN} [listed|lists|list] {N} {I}"),
    ("d", "{S} <was guarding|is guarding|be guarding> a pile of {N} {I}"),
    ("*", "{S} <began|begins|begin> the shift with {N} {I}"),
    ("*", "{S} <had stockpiled|has stockpiled|have stockpiled> {N} {I}"),
    ("*", "when this tale begins, {S} <possessed|possesses|possess> {N} {I}"),
    ("*", "stored in {P} {place} [were|are|be] {N} {I}"),
    ("*", "{S} <started|starts|start> out with {N} {I}"),
    ("*", "the ledger of {SN} [showed|shows|show] {N} {I}"),
    ("*", "there [were|are|be] {N} {I} in the {place} of {SN}"),
    ("*", "{S} <was|is|be> the keeper of {N} {I}"),
    ("*", "{P} {place} [held|holds|hold] {N} {I}"),
    ("*", "{S} <had|has|have> gathered {N} {I} over many seasons"),
    ("*", "{S} <carried|carries|carry> {N} {I}"),
]

PROD_T = [
    ("*", "{S} <had|has|have> {A} {C} with {B} {I} in each"),
    ("*", "{S} <loaded|loads|load> {A} {C}, each holding {B} {I}"),
    ("*", "{A} {C} [sat|sit|sit] in {P} {place}, and every {c} [held|holds|hold] {B} {I}"),
    ("*", "{P} {place} [held|holds|hold] {A} rows of {B} {I}"),
    ("*", "{S} <kept|keeps|keep> {B} {I} in each of {A} {C}"),
    ("*", "there [were|are|be] {A} {C} of {I} in {P} {place}, {B} to a {c}"),
    ("*", "{S} <stacked|stacks|stack> {A} {C} of {B} {I} apiece"),
    ("*", "each of the {A} {C} in {P} {place} [contained|contains|contain] {B} {I}"),
    ("*", "{S} <owned|owns|own> {A} {C}, and inside every one [were|are|be] {B} {I}"),
    ("*", "{S} <received|receives|receive> a shipment of {A} {C} packed with {B} {I} each"),
    ("*", "{S} <lined|lines|line> up {A} {C}, putting {B} {I} in every {c}"),
]

INTRO_T = [
    ("t", "{S} <was|is|be> a {sp} who never forgot a bargain"),
    ("s", "{S} <ran|runs|run> cargo between {L} and the outer moons"),
    ("*", "everyone at {L} [knew|knows|know] {SN} by reputation"),
    ("d", "{S} <had slept|has slept|have slept> beneath the mountain for an age"),
    ("w", "{S} <kept|keeps|keep> careful accounts of every ingredient"),
    ("g", "{S} <looked|looks|look> after the supplies of a small mercenary band"),
    ("m", "{S} <worked|works|work> the deep seams under {L}"),
    ("t", "{S} <traveled|travels|travel> the trade lanes with a battered wagon"),
    ("*", "{S} <had|has|have> a famously sharp eye for inventory"),
]

DISTRACT_T = [
    ("*", "the docking lights at {L} [flickered|flicker|flicker] the whole time"),
    ("*", "{sp} merchants never haggle during an eclipse, or so the saying goes"),
    ("*", "nobody aboard could remember a quieter watch"),
    ("*", "{S} <hummed|hums|hum> an old spacer's tune while working"),
    ("d", "dragons, it is said, count their treasure by smell alone"),
    ("s", "the ship's cat slept through all of it"),
    ("*", "a fine rain of ash [drifted|drifts|drift] past the windows"),
    ("g", "by guild law, every ledger must be signed in silver ink"),
    ("*", "{S} <disliked|dislikes|dislike> paperwork more than pirates"),
    ("*", "the stars beyond {L} [were|are|be|will be] unusually bright"),
    ("s", "old spacers claim the void remembers every debt"),
    ("w", "magic, as every apprentice learns, is mostly bookkeeping"),
    ("*", "the air [smelled|smells|smell] of ozone and burnt sugar"),
    ("*", "it [was|is|be|will be] a long, grey cycle"),
    ("*", "{S} <wrote|writes|write> everything down in a battered notebook"),
    ("m", "the drills [sang|sing|sing] their usual low song"),
    ("t", "the bazaar [was|is|be|will be] louder than usual"),
    ("*", "the {sp} consider it rude to count aloud"),
    ("*", "somewhere below, a generator [coughed|coughs|cough] and [fell|falls|fall] silent"),
    ("d", "the mountain [rumbled|rumbles|rumble] softly in its sleep"),
    ("w", "the tower's stairs [creaked|creak|creak] under every step"),
    ("*", "nobody [asked|asks|ask] where the money came from"),
    ("*", "(the {sp} calendar has no word for weekend)"),
    ("*", "{S} <was|is|be> in a cheerful mood"),
    ("g", "the recruits [grumbled|grumble|grumble] about the food, as always"),
    ("s", "the navigation computer [chimed|chimes|chime] politely"),
    ("*", "the moons of {L} [rose|rise|rise] early"),
    ("*", "gossip travels faster than light, or so {sp} traders insist"),
    ("*", "it [rained|rains|rain] glass on the outer ridge"),
    ("*", "{S} <kept|keeps|keep> a lucky charm tied to the ledger"),
]

PREFIXES = ["later", "then", "after that", "soon after", "by the next watch", "that evening", "at dawn",
            "during the night shift", "on the way back", "before long", "shortly afterwards",
            "at the next port", "once the storm had passed", "when the moons rose", "midway through the journey",
            "near the end of the cycle", "the following morning", "some time later", "without warning", "by dusk",
            "next", "in the meantime", "as luck would have it", "on market day"]
FUT_PREFIXES = ["tomorrow", "next cycle", "later", "then", "after that", "at the next port", "by dusk",
                "on market day", "before long", "next"]

Q_PAST = [
    "how many {I} did {S} have at the end?",
    "how many {I} did {S} end up with?",
    "how many {I} were left in {P} {place}?",
    "what was the final count of {I}?",
    "how many {I} remained in the {place} after all that?",
    "by the end, how many {I} did {S} still hold?",
    "find the number of {I} {S} had when the dust settled.",
    "how many {I} were there at the finish?",
    "what number of {I} did the ledger show at the end?",
    "tell me: how many {I} did {S} have left?",
    "how large was the stock of {I} in the end?",
    "how many {I} did {S} have once everything was done?",
]
Q_PRES = [
    "how many {I} <does|does|do> {S} have now?",
    "how many {I} are left in {P} {place}?",
    "what is the final count of {I}?",
    "how many {I} <does|does|do> {S} end up with?",
    "how many {I} remain?",
    "work out how many {I} {S} <has|has|have> at the end.",
    "how many {I} are there now?",
    "what does the manifest show for {I} at the end?",
    "how many {I} <is|is|are> {S} left with?",
    "compute the number of {I} in the {place} now.",
]
Q_FUT = [
    "how many {I} will {S} have then?",
    "how many {I} will be left in {P} {place}?",
    "what will the final count of {I} be?",
    "how many {I} will {S} end up with?",
    "after all of that, how many {I} will remain?",
    "how many {I} will the ledger show at the end?",
]
Q_COND = [
    "if {CL}, how many {I} will {S} have?",
    "if {CL}, how many {I} <is|is|are> {S} left with?",
    "suppose {CL}. how many {I} remain then?",
    "if {CL}, what will the count of {I} be?",
    "and if {CL}, how many {I} are there?",
]
Q_EACH = [
    "if {S} <shares|shares|share> the {I} equally among {N} {G}, how many does each {g} get?",
    "how many {I} does each of {N} {G} get if {S} <divides|divides|divide> them equally?",
    "suppose the {I} are split equally among {N} {G}. how many does each {g} receive?",
    "{S} <wants|wants|want> to give the {I} out evenly to {N} {G}. how many does each {g} get?",
]

# --------------------------------------------------------------------------------------
# Solution templates by voice.  {E} equation, {b} echo of the equation's second number,
# {S} subject, {I} items, {C} containers, {G} groups, {place}; answer: {A}, {g}.
# --------------------------------------------------------------------------------------

VOICES = {
    "computer": {
        "prod": ["Initial inventory computation: {E} {I}.", "STARTING LOAD: {E} units.",
                 "Containers multiplied by units per container: {E}.", "Baseline count of {I}: {E}.",
                 "Calculating opening stock: {E}."],
        "+": ["Inbound transfer logged. Inventory: {E} {I}.", "CARGO UPDATE, intake: {E}.",
              "Adding {b} received units: {E}.", "Manifest revised upward: {E} {I}.",
              "Intake registered. New total {E}.", "Acquisition processed: {E} {I} in storage."],
        "-": ["Outbound transfer logged: {E} {I} remain.", "Deducting {b} units: {E}.",
              "Loss registered. Remaining stock: {E}.", "CARGO UPDATE, outflow: {E}.",
              "Removal processed: {E} {I} aboard."],
        "*": ["Applying multiplication factor of {b}: {E}.", "Replication cycle complete: {E} {I}.",
              "Scaling inventory: {E}.", "Growth event processed: {E}."],
        "/": ["Partitioning into {b} equal shares: {E} per share.", "Division protocol executed: {E}.",
              "Retained share computed: {E} {I}.", "Equal split processed. Share size {E}."],
        "n": ["Processing next event: {E}.", "Running total: {E}.", "Recalculated inventory: {E} {I}.",
              "Ledger synchronized: {E}."],
        "ans": ["FINAL MANIFEST COUNT: {A} {I}.", "Computation complete. Result: {A}.",
                "Query resolved: {A} {I} remain in the {place}.", "#### {A}", "Answer: {A}", "Output: {A}."],
    },
    "quartermaster": {
        "prod": ["Count the full load first: {E} {I}.", "{C} times what's packed in each: {E}.",
                 "Opening tally: {E} {I} on the books.", "We start with {E} {I}."],
        "+": ["Into the ledger go the new ones: {E}.", "{S} <takes|takes|take> on {b} more, so the tally is {E}.",
              "Add the delivery: {E} {I} on the books.", "Fresh stock in: {E}.", "Mark up the tally: {E} {I}."],
        "-": ["Strike them off the ledger: {E}.", "Less the ones that went out: {E} {I}.", "{b} gone, so {E}.",
              "Take those off the count: {E} {I} left.", "Out of the stores they go: {E}."],
        "*": ["The stock is multiplied: {E}.", "By my count that makes {E} {I}.", "Times {b}, so {E}.",
              "Stores grow by that factor: {E}."],
        "/": ["Split into equal lots, one lot kept: {E}.", "Each lot comes to {E}.", "Divide by the {b}: {E}.",
              "One share of {b}: {E} {I}."],
        "n": ["Tally now stands at {E}.", "Ledger entry: {E}.", "Next line in the book: {E} {I}.",
              "Counting again: {E}."],
        "ans": ["Final tally: {A} {I}.", "The books close at {A}.",
                "So the quartermaster records {A} {I} in the {place}.", "Answer: {A}", "#### {A}",
                "That leaves {A} {I} on the ledger."],
    },
    "apprentice": {
        "prod": ["First I multiply to find how many we start with: {E}.",
                 "{E} {I} to begin with, if my sums are right.",
                 "Master says count the {C} times what's in each: {E}.", "So the starting stock is {E}."],
        "+": ["I add the new ones to what we had: {E}.", "More came in, so I add: {E} {I}.", "Adding them on: {E}.",
              "{S} <gains|gains|gain> {b}, so {E}."],
        "-": ["I take away the ones that left: {E}.", "So I subtract: {E} {I}.", "Some are gone now: {E}.",
              "Taking {b} away gives {E}."],
        "*": ["The stock multiplies, so I multiply: {E}.", "{E}, unless my runes are crooked.",
              "Multiplying by {b}: {E} {I}.", "It grows by that many times: {E}."],
        "/": ["I divide them into equal portions: {E}.", "Splitting evenly means dividing: {E}.",
              "One share out of {b}: {E} {I}.", "Dividing as Master taught: {E}."],
        "n": ["Then: {E}.", "Working it through: {E}.", "Next I write down {E}.", "On my slate: {E}."],
        "ans": ["That makes {A} {I}, Master.", "The answer is {A}.", "So there are {A} {I} at the end.",
                "#### {A}", "I get {A}.", "My final sum is {A}."],
    },
    "plain": {
        "prod": ["{S} <starts|starts|start> with {E} {I}.", "There are {E} {I} at first.", "At the start: {E}.",
                 "{E} {I} in total to begin."],
        "+": ["After getting {b} more, {S} <has|has|have> {E} {I}.", "{E} {I} after the new arrivals.",
              "The pile grows: {E}.", "Adding those: {E}."],
        "-": ["After losing {b}, {S} <has|has|have> {E} {I}.", "That leaves {E} {I}.", "Subtracting: {E}.",
              "{E} {I} remain."],
        "*": ["The count becomes {E}.", "Multiplying: {E} {I}.", "Now there are {E} {I}.",
              "{S} now <has|has|have> {E} {I}."],
        "/": ["Each share holds {E} {I}.", "Dividing: {E}.", "{S} <keeps|keeps|keep> {E} {I}.",
              "So {E} {I} per part."],
        "n": ["Next, {E}.", "Then {E} {I}.", "Now {E}.", "The total is {E}."],
        "ans": ["So {S} <has|has|have> {A} {I} left.", "The answer is {A}.", "#### {A}", "Answer: {A}",
                "In the end there are {A} {I}.", "{S} <ends|ends|end> up with {A} {I}."],
    },
}
EACH_ANS = ["Each {g} gets {A} {I}.", "#### {A}", "The answer is {A}.", "Every {g} receives {A}.",
            "Answer: {A} per {g}."]

OP_STYLES = [({"+": "+", "-": "-", "*": "*", "/": "/"}, 40),
             ({"+": "+", "-": "−", "*": "×", "/": "÷"}, 25),
             ({"+": "+", "-": "-", "*": "×", "/": "÷"}, 35)]

PRONOUNS = {
    "she": {"S": "she", "P": "her", "O": "her", "R": "herself", "pl": False},
    "he": {"S": "he", "P": "his", "O": "him", "R": "himself", "pl": False},
    "they": {"S": "they", "P": "their", "O": "them", "R": "themselves", "pl": True},
    "it": {"S": "it", "P": "its", "O": "it", "R": "itself", "pl": False},
}

# --------------------------------------------------------------------------------------
# Arithmetic helpers
# --------------------------------------------------------------------------------------

LO, HI = 2, 9999          # every value (true or written) kept in this range


def _apply(a, op, b):
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


def _ok(v):
    return v is not None and LO <= v <= HI


def _digit_slips(n):
    """Values a hand or an eye produces from n: swapped neighbours, one digit off by one."""
    s = str(n)
    out = set()
    for i in range(len(s) - 1):
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t[0] != "0":
            out.add(int(t))
    for i, ch in enumerate(s):
        for d in (-1, 1):
            nd = int(ch) + d
            if 0 <= nd <= 9 and not (i == 0 and nd == 0 and len(s) > 1):
                out.add(int(s[:i] + str(nd) + s[i + 1:]))
    out.discard(n)
    return out


def _no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    digits = []
    for i in range(max(len(sa), len(sb))):
        x = int(sa[i]) if i < len(sa) else 0
        y = int(sb[i]) if i < len(sb) else 0
        digits.append(str((x + y) % 10))
    return int("".join(reversed(digits)))


def _no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    digits = []
    for i in range(len(sa)):
        x = int(sa[i])
        y = int(sb[i]) if i < len(sb) else 0
        digits.append(str(abs(x - y)))
    return int("".join(reversed(digits)))


def _arith_slips(a, op, b, t):
    kinds = {}
    kinds["off1"] = {t - 1, t + 1}
    if t >= 20:
        kinds["off10"] = {t - 10, t + 10}
    kinds["digit"] = _digit_slips(t)
    if op == "+":
        kinds["carry"] = {_no_carry_add(a, b)}
        if a % 10 + b % 10 >= 10:
            kinds["carry"].add(t - 10)          # carried one dropped
        if a % 100 + b % 100 >= 100:
            kinds["carry"].add(t - 100)
    elif op == "-":
        kinds["carry"] = {_no_borrow_sub(a, b)}
        if a % 10 < b % 10:
            kinds["carry"].add(t + 10)          # borrowed but never paid back
    elif op == "*":
        kinds["group"] = {t - a, t + a}
        if t >= 100:
            kinds["off100"] = {t - 100, t + 100}
    return {k: sorted(v - {t}) for k, v in kinds.items() if v - {t}}


# --------------------------------------------------------------------------------------
# Chain sampling
# --------------------------------------------------------------------------------------

def _sample_chain(rng, k, product):
    if product:
        A = rng.randint(2, 20)
        B = rng.randint(2, max(2, min(60, 1500 // A)))
        if rng.random() < 0.08:
            B = 12
        start = A * B
        factors = (A, B)
    else:
        r = rng.random()
        if r < 0.12:
            start = rng.randint(5, 20)
        elif r < 0.5:
            start = rng.randint(21, 99)
        elif r < 0.98:
            start = rng.randint(100, 999)
        else:
            start = 1000
        factors = None
    v = start
    changes = []
    for _ in range(k):
        opts = [("+", 30)]
        if v >= 4:
            opts.append(("-", 30))
        if v * 2 <= HI:
            opts.append(("*", 18 if v <= 1500 else 4))
        divs = [d for d in range(2, 13) if v % d == 0 and v // d >= LO]
        if divs:
            opts.append(("/", 22))
        op = rng.choices([o for o, _ in opts], [w for _, w in opts])[0]
        if op == "+":
            r = rng.random()
            n = rng.randint(2, 20) if r < 0.45 else rng.randint(21, 99) if r < 0.85 else rng.randint(100, 999)
            n = min(n, HI - v)
            if n < 2:
                op, n = "-", 2
        if op == "-":
            cap = min(999, v - LO)
            r = rng.random()
            n = rng.randint(2, min(cap, 20)) if r < 0.4 else rng.randint(2, cap)
        elif op == "*":
            cands = [m for m in range(2, 13) if v * m <= HI]
            w = [8 if m <= 3 else 4 if m <= 5 else 1 for m in cands]
            n = rng.choices(cands, w)[0]
        elif op == "/":
            w = [6 if d <= 3 else 3 if d <= 5 else 1 for d in divs]
            n = rng.choices(divs, w)[0]
        v = _apply(v, op, n)
        assert _ok(v), (v, op, n)
        changes.append((op, n))
    return start, factors, changes


def _equations(start, factors, changes):
    """(first operand, [(op, b)]) of the correct solution, product step first."""
    if factors:
        return factors[0], [("*", factors[1])] + list(changes)
    return start, list(changes)


def _true_values(first_a, eq_ops):
    vals, v = [], first_a
    for op, b in eq_ops:
        v = _apply(v, op, b)
        vals.append(v)
    return vals


# --------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------

def _continue(prev, eq_ops, j0):
    """Written equations after step j0, continuing correctly from a (possibly wrong) value."""
    out = []
    for op, b in eq_ops[j0:]:
        c = _apply(prev, op, b)
        if not _ok(c):
            return None
        out.append((prev, op, b, c))
        prev = c
    return out


def _build_written(rng, first_a, eq_ops, kind, idx, problem_nums, product):
    """Return (written equations, stated final answer) or None when this slip cannot be placed."""
    vals = _true_values(first_a, eq_ops)
    n_eq = len(eq_ops)
    start_value = vals[0] if product else first_a
    correct = []
    prev = first_a
    for (op, b), c in zip(eq_ops, vals):
        correct.append((prev, op, b, c))
        prev = c
    if kind == "none":
        return correct, vals[-1]
    if kind == "answer":
        t, a_last, b_last = vals[-1], correct[-1][0], correct[-1][2]
        kinds = {"off1": [t - 1, t + 1], "off10": [t - 10, t + 10] if t >= 20 else [],
                 "digit": sorted(_digit_slips(t)),
                 "copy_prev": [a_last], "copy_operand": [b_last], "copy_start": [start_value if n_eq > 1 else -1]}
        weights = {"off1": 3, "off10": 2, "digit": 3, "copy_prev": 4, "copy_operand": 1, "copy_start": 1}
        kinds = {k: [x for x in v if _ok(x) and x != t] for k, v in kinds.items()}
        kinds = {k: v for k, v in kinds.items() if v}
        if not kinds:
            return None
        names = sorted(kinds)
        kname = rng.choices(names, [weights[k] for k in names])[0]
        return correct, rng.choice(kinds[kname])

    a, op, b, t = correct[idx]
    cands = []          # list of (weight, (a', op', b', c'))
    if kind == "arithmetic":
        for kname, vs in _arith_slips(a, op, b, t).items():
            vs = [c for c in vs if _ok(c)]
            for c in vs:
                cands.append((3.0 / len(vs), (a, op, b, c)))
    elif kind == "operation":
        alts = {"+": [("-", 4), ("*", 1)], "-": [("+", 1)], "*": [("+", 4), ("/", 1), ("-", 1)],
                "/": [("*", 3), ("-", 2)]}[op]
        if product and idx == 0:
            alts = [("+", 1)]
        for op2, w in alts:
            if op2 == "*" and b > 12:
                continue
            c = _apply(a, op2, b)
            if _ok(c) and c != t:
                cands.append((w, (a, op2, b, c)))
    elif kind == "operand":
        bs = set()
        for x in problem_nums:
            if x != b and x <= 999 and not (product and idx == 0 and x == a):
                bs.add((x, 2.0))
        for x in _digit_slips(b) | {b - 1, b + 1} | ({b - 10, b + 10} if b > 10 else set()):
            if x >= 1:
                bs.add((x, 1.0))
        as_ = set()
        if idx == 0:
            for x in _digit_slips(a) | {a - 1, a + 1, a - 10, a + 10}:
                as_.add((x, 1.0))
            for x in problem_nums:
                if x != a:
                    as_.add((x, 0.3))
        else:
            for x in _digit_slips(a) | {a - 1, a + 1, a - 10, a + 10}:
                as_.add((x, 1.0))
            stale = [start_value] + vals[:idx - 1]
            for x in stale:
                if x != a:
                    as_.add((x, 2.0))
        bsum = sum(w for _, w in bs) or 1
        asum = sum(w for _, w in as_) or 1
        for x, w in sorted(bs):
            c = _apply(a, op, x)
            if _ok(c) and c != t and x != b:
                cands.append((0.62 * w / bsum, (a, op, x, c)))
        for x, w in sorted(as_):
            if x < 1 or x == a:
                continue
            c = _apply(x, op, b)
            if _ok(c) and c != t:
                cands.append((0.38 * w / asum, (x, op, b, c)))
    else:
        raise ValueError(kind)
    while cands:
        i = rng.choices(range(len(cands)), [w for w, _ in cands])[0]
        _, eq = cands.pop(i)
        rest = _continue(eq[3], eq_ops[idx + 1:], 0) if idx + 1 < n_eq else []
        if rest is None:
            continue
        written = correct[:idx] + [eq] + rest
        return written, written[-1][3]
    return None


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------

def _fill(t, tense, plural, vals):
    def agree(m):
        past, pres, base = m.group(1).split("|")[:3]
        if tense == "past":
            if plural and past.startswith("was"):
                return "were" + past[3:]
            return past
        if tense == "present":
            if plural:
                if base == "be" or base.startswith("be "):
                    return "are" + base[2:]
                return base
            return pres
        return "will " + base

    def fixed(m):
        parts = m.group(1).split("|")
        if tense == "past":
            return parts[0]
        if tense == "present":
            return parts[1]
        return parts[3] if len(parts) > 3 else "will " + parts[2]

    t = re.sub(r"<([^<>]*)>", agree, t)
    t = re.sub(r"\[([^\[\]]*)\]", fixed, t)
    return re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], t)


def _poss(name):
    return name + "'s"


class _Hero:
    def __init__(self, rng, theme):
        self.theme = theme
        r = rng.random()
        sp = rng.choice(SPECIES)
        if theme == "d" and r < 0.75:
            nm = rng.choice(DRAGON_NAMES)
            self.full = rng.choice([f"the dragon {nm}", f"{nm} {rng.choice(DRAGON_EPITHETS)}", f"the old wyrm {nm}",
                                    f"the {sp} dragon {nm}"])
            self.short, self.desc = nm, rng.choice(["the dragon", "the wyrm", "the beast"])
            self.pron = rng.choice(["she", "he", "it"])
        elif theme in "ms" and r < 0.2:
            nm = rng.choice(ROBOT_NAMES)
            kind = rng.choice(ROBOT_KINDS[theme])
            self.full, self.short, self.desc, self.pron = f"the {kind} {nm}", nm, f"the {kind.split()[-1]}", "it"
        elif theme == "s" and r < 0.35:
            nm = rng.choice(SHIP_NAMES)
            kind = rng.choice(SHIP_KINDS)
            self.full, self.short, self.desc = f"the {kind} {nm}", f"the {nm}", "the ship"
            self.pron = rng.choice(["it", "it", "she"])
        elif theme in GUILDS and r > 0.88:
            nm = rng.choice(GUILDS[theme])
            self.full, self.short, self.desc, self.pron = nm, nm, rng.choice(GUILD_DESC[theme]), "they"
        else:
            given = rng.choice(GIVEN_NAMES)
            title = rng.choice(TITLES[theme])
            style = rng.random()
            if theme == "t" and style < 0.5:
                self.full = f"the {sp} {title.lower()} {given}"
                self.desc = f"the {sp} {title.lower()}"
            elif style < 0.45:
                self.full, self.desc = f"{title} {given}", f"the {title.lower()}"
            elif style < 0.7:
                self.full, self.desc = f"{title} {given} {rng.choice(GIVEN_NAMES)}", f"the {title.lower()}"
            else:
                self.full, self.desc = given, f"the {title.lower()}"
            self.short = given
            self.pron = rng.choices(["she", "he", "they"], [42, 42, 16])[0]
        self.sp = sp

    def subject(self, form):
        if form == "pron":
            return PRONOUNS[self.pron]["S"], PRONOUNS[self.pron]["pl"]
        return {"full": self.full, "short": self.short, "desc": self.desc}[form], False


def _other(rng, hero):
    while True:
        r = rng.random()
        if r < 0.7:
            x = rng.choice(GIVEN_NAMES)
        elif r < 0.85:
            x = f"a {rng.choice(SPECIES)} {rng.choice(['broker', 'pilgrim', 'smuggler', 'courier', 'tinker'])}"
        else:
            x = rng.choice(["an old friend", "a rival captain", "the harbor master", "a wandering monk",
                            "the local magistrate", "a shy apprentice"])
        if x != hero.short:
            return x


def _surface(rng, n, slot):
    """How a number is written in the problem: digits, words, or 'a dozen'."""
    if n == 12 and slot in ("count", "startA", "startB") and rng.random() < 0.5:
        return "a dozen"
    p = 0.22 if slot == "count" else 0.35
    if n <= 99 and rng.random() < p:
        return num_word(n)
    return str(n)


class _Renderer:
    def __init__(self, rng, hero, tense, items, place, container, groups):
        self.rng, self.hero, self.tense = rng, hero, tense
        self.items, self.place, self.container, self.groups = items, place, container, groups
        self.mentioned = False

    def vals(self, form, has_s, extra):
        rng, h = self.rng, self.hero
        pr = PRONOUNS[h.pron]
        if has_s:
            P = pr["P"]
            O, R = pr["O"], pr["R"]
        else:
            name = h.full if not self.mentioned else (h.short if rng.random() < 0.6 else h.desc)
            P = _poss(name) if (not self.mentioned or rng.random() < 0.55) else pr["P"]
            O = name if (not self.mentioned or rng.random() < 0.5) else pr["O"]
            R = pr["R"]
        S, _ = h.subject(form)
        SN = h.subject("short" if form == "pron" else form)[0]
        d = {"S": S, "SN": SN, "P": P, "O": O, "R": R, "I": self.items[1], "i": self.items[0],
             "place": self.place, "C": self.container[1], "c": self.container[0],
             "L": rng.choice(LOCATIONS), "X": _other(rng, h), "sp": h.sp}
        d.update(extra)
        return d

    def form(self):
        if not self.mentioned:
            return "full"
        return self.rng.choices(["pron", "short", "desc"], [50, 32, 18])[0]

    def clause(self, tmpl, extra, tense=None, form=None, drop_subject=False, short_items=False):
        tense = tense or self.tense
        if short_items and self.rng.random() < 0.4:
            extra = dict(extra, I=_short_plural(self.items[1]))
        has_s = "{S}" in tmpl or "{SN}" in tmpl
        form = form or self.form()
        _, plural = self.hero.subject(form)
        if drop_subject:
            assert tmpl.startswith("{S} ")
            tmpl = tmpl[4:]
        out = _fill(tmpl, tense, plural if "{S}" in tmpl else False, self.vals(form, has_s, extra))
        out = out.replace("another a dozen", "another dozen")
        if has_s or "{P}" in tmpl or "{O}" in tmpl:
            self.mentioned = True
        return out


def _short_plural(pl):
    head = pl.split(" of ")[0]
    return head.split()[-1] if " of " not in pl else head


def _pick_template(rng, table, theme, n):
    special = [t for th, req, t in table if req is not None and req == n and (th == "*" or theme in th)]
    general = [t for th, req, t in table if req is None and (th == "*" or theme in th)]
    if special and rng.random() < 0.55:
        return rng.choice(special)
    return rng.choice(general)


def _articles(text):
    def fix(m):
        art, word = m.group(1), m.group(2)
        if word[0].lower() in "aeiou" and not word.lower().startswith(("uni", "use", "eu", "one")):
            return ("An " if art == "A" else "an ") + word
        return m.group(0)
    return re.sub(r"\b([Aa]) ([A-Za-z]\w*)", fix, text)


def _cap(s):
    if s.startswith("("):
        return "(" + s[1].upper() + s[2:]
    return s[0].upper() + s[1:]


def _finish_sentence(s):
    s = _cap(s)
    if not s.endswith((".", "?", "!", ".)")):
        s += "." if not s.endswith(")") else ""
        if s.endswith(")"):
            s = s[:-1] + ".)"
    return s


def _render_problem(rng, hero, start, factors, changes, tense, items, place, container, groups):
    """Returns (problem text, list of number surfaces, question kind)."""
    R = _Renderer(rng, hero, tense, items, place, container, groups)
    theme = hero.theme
    surfaces = []
    start_tense = "past" if tense == "past" else "present"
    sentences = []
    # intro
    if rng.random() < 0.25:
        tm = [t for th, t in INTRO_T if th == "*" or theme in th]
        sentences.append(R.clause(rng.choice(tm), {}, tense=start_tense, form="full"))
    # start
    if factors:
        A, B = factors
        sa, sb = _surface(rng, A, "startA"), _surface(rng, B, "startB")
        surfaces += [(A, sa), (B, sb)]
        tm = rng.choice([t for th, t in PROD_T if th == "*" or theme in th])
        start_s = R.clause(tm, {"A": sa, "B": sb}, tense=start_tense)
    else:
        ss = _surface(rng, start, "count") if start <= 999 else str(start)
        surfaces.append((start, ss))
        tm = rng.choice([t for th, t in START_T if th == "*" or theme in th])
        start_s = R.clause(tm, {"N": ss}, tense=start_tense)
    # question style
    qkind = "plain"
    if changes and rng.random() < 0.2:
        qkind = "each" if changes[-1][0] == "/" and rng.random() < 0.6 else "cond"
    body = changes if qkind == "plain" else changes[:-1]
    clauses = []
    for op, n in body:
        table = {"+": ADD_T, "-": SUB_T, "*": MUL_T, "/": DIV_T}[op]
        tm = _pick_template(rng, table, theme, n)
        slot = "count" if op in "+-" else "factor"
        sn = _surface(rng, n, slot)
        if "{N}" in tm:
            surfaces.append((n, sn))
        g = rng.choice(groups)
        clauses.append((tm, {"N": sn, "G": g[1], "g": g[0]}))
    # group clauses into sentences
    i = 0
    merged_first = False
    if clauses and rng.random() < 0.18:
        tm, ex = clauses[0]
        c = R.clause(tm, ex, form="pron" if tm.startswith("{S}") else None)
        joiner = rng.choice([", and ", ", but then ", "; soon after, ", ", and later "])
        sentences.append(start_s + joiner + c)
        merged_first, i = True, 1
    else:
        sentences.append(start_s)
    while i < len(clauses):
        tm, ex = clauses[i]
        pre = ""
        if rng.random() < 0.35:
            pre = rng.choice(FUT_PREFIXES if tense == "future" else PREFIXES) + ", "
        c1 = R.clause(tm, ex, short_items=True)
        if i + 1 < len(clauses) and rng.random() < 0.3:
            tm2, ex2 = clauses[i + 1]
            if tm.startswith("{S} ") and tm2.startswith("{S} ") and rng.random() < 0.6:
                c2 = R.clause(tm2, ex2, form="pron", drop_subject=True, short_items=True)
                s = pre + c1 + rng.choice([" and then ", " and ", ", then "]) + c2
            else:
                c2 = R.clause(tm2, ex2, form="pron" if tm2.startswith("{S}") else None, short_items=True)
                s = pre + c1 + rng.choice([", and then ", ", then ", "; after that, ", ". Then "]) + c2
            i += 2
        else:
            s = pre + c1
            i += 1
        sentences.append(s)
    # question
    if qkind == "plain":
        qt = rng.choice({"past": Q_PAST, "present": Q_PRES, "future": Q_FUT}[tense])
        q = R.clause(qt, {}, tense="present")
    elif qkind == "cond":
        op, n = changes[-1]
        table = {"+": ADD_T, "-": SUB_T, "*": MUL_T, "/": DIV_T}[op]
        tm = _pick_template(rng, table, theme, n)
        slot = "count" if op in "+-" else "factor"
        sn = _surface(rng, n, slot)
        if "{N}" in tm:
            surfaces.append((n, sn))
        g = rng.choice(groups)
        if tm.startswith("{S} <") and rng.random() < 0.5:
            tm = "{S} then " + tm[4:]
        cl = R.clause(tm, {"N": sn, "G": g[1], "g": g[0]}, tense="present", form="pron")
        qt = rng.choice(Q_COND)
        q = R.clause(qt.replace("{CL}", cl.replace("{", "(").replace("}", ")")), {}, tense="present", form="pron")
    else:
        op, n = changes[-1]
        sn = _surface(rng, n, "factor")
        surfaces.append((n, sn))
        g = rng.choice(groups)
        qt = rng.choice(Q_EACH)
        q = R.clause(qt, {"N": sn, "G": g[1], "g": g[0]}, tense="present")
        R.each_group = g
    # distractors
    nd = rng.choices([0, 1, 2], [45, 40, 15])[0]
    dts = [t for th, t in DISTRACT_T if th == "*" or theme in th]
    for _ in range(nd):
        d = R.clause(rng.choice(dts), {}, tense=start_tense)
        pos = rng.randint(1 if sentences else 0, len(sentences))
        sentences.insert(pos, d)
    sentences.append(q)
    text = " ".join(_finish_sentence(s) for s in sentences)
    text = re.sub(r"([.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    text = _articles(text)
    return text, surfaces, qkind, getattr(R, "each_group", None)


def _render_steps(rng, hero, written, final, kind, idx, product, true_ops, true_b, items, place, container,
                  qkind, each_group):
    vw = VOICE_W[hero.theme]
    voice = rng.choices(list(vw), list(vw.values()))[0]
    V = VOICES[voice]
    style = rng.choices([s for s, _ in OP_STYLES], [w for _, w in OP_STYLES])[0]
    tight = rng.random() < 0.05
    steps = []
    for j, (a, op, b, c) in enumerate(written):
        fam = "prod" if (product and j == 0) else true_ops[j]
        r = rng.random()
        if kind == "operation" and j == idx:
            fam = "n" if r < 0.3 else (op if r < 0.85 else fam)
        elif r < 0.25:
            fam = "n"
        pool = V[fam]
        if kind == "operand" and j == idx and b != true_b[j]:
            # a misread second number would show in the echo before the equation: keep it out
            pool = [t for t in pool if "{b}" not in t]
        tm = rng.choice(pool)
        sym = style[op]
        eq = f"{a}{sym}{b}={c}" if tight else f"{a} {sym} {b} = {c}"
        form = rng.choice(["pron", "short"])
        S, plural = hero.subject(form)
        vals = {"E": eq, "b": str(b), "I": items[1], "S": S, "C": container[1], "place": place}
        steps.append(_cap(_fill(tm, "present", plural, vals)))
    if qkind == "each":
        tm = rng.choice(EACH_ANS)
    else:
        tm = rng.choice(V["ans"])
    form = rng.choice(["pron", "short"])
    S, plural = hero.subject(form)
    g = each_group or ("share", "shares")
    vals = {"A": str(final), "I": items[1], "S": S, "place": place, "g": g[0]}
    steps.append(_cap(_fill(tm, "present", plural, vals)))
    return steps


# --------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------

VOICE_W = {"s": {"computer": 5, "quartermaster": 1, "apprentice": 1, "plain": 3},
           "m": {"computer": 4, "quartermaster": 2, "apprentice": 1, "plain": 3},
           "d": {"computer": 1, "quartermaster": 2, "apprentice": 3, "plain": 4},
           "w": {"computer": 1, "quartermaster": 1, "apprentice": 5, "plain": 3},
           "g": {"computer": 1, "quartermaster": 5, "apprentice": 1, "plain": 3},
           "t": {"computer": 2, "quartermaster": 3, "apprentice": 1, "plain": 4}}
K_WEIGHTS = {1: 15, 2: 25, 3: 25, 4: 20, 5: 15}
THEME_W = {"s": 24, "m": 14, "d": 15, "w": 17, "g": 15, "t": 15}


def _one(rng):
    if rng.random() < 0.45:
        kind, pos = "none", None
    else:
        kind = rng.choice(["arithmetic", "operand", "operation", "answer"])
        pos = "answer" if kind == "answer" else rng.choice(["first", "middle", "last"])
    for _attempt in range(200):
        product = rng.random() < 0.25
        k = rng.choices(list(K_WEIGHTS), list(K_WEIGHTS.values()))[0]
        n_eq = k + (1 if product else 0)
        if pos == "middle" and n_eq < 3:
            continue
        if pos == "last" and n_eq < 2:
            continue
        if pos == "first" and n_eq < 2 and rng.random() < 0.85:
            continue
        start, factors, changes = _sample_chain(rng, k, product)
        first_a, eq_ops = _equations(start, factors, changes)
        idx = {"first": 0, "middle": None, "last": n_eq - 1, "answer": n_eq, None: -1}[pos]
        if pos == "middle":
            idx = rng.randint(1, n_eq - 2)
        problem_nums = ([factors[0], factors[1]] if factors else [start]) + [n for _, n in changes]
        built = _build_written(rng, first_a, eq_ops, kind, idx, problem_nums, bool(factors))
        if built is None:
            continue
        written, final = built
        theme = rng.choices(list(THEME_W), list(THEME_W.values()))[0]
        hero = _Hero(rng, theme)
        items = rng.choice(ITEM_TABLE[theme])
        place = rng.choice(PLACES[theme])
        container = rng.choice(CONTAINER_TABLE[theme])
        groups = GROUP_TABLE[theme]
        tense = rng.choices(["past", "present", "future"], [60, 28, 12])[0]
        for _r in range(8):
            problem, surfaces, qkind, each_group = _render_problem(
                rng, hero, start, factors, changes, tense, items, place, container, groups)
            if len(problem.split()) <= 90:
                break
        else:
            continue
        true_vals = _true_values(first_a, eq_ops)
        steps = _render_steps(rng, hero, written, final, kind, idx, bool(factors),
                              [op for op, _ in eq_ops], [n for _, n in eq_ops], items, place, container,
                              qkind, each_group)
        rec = {"problem": problem, "steps": steps, "label": idx,
               "final_answer_correct": final == true_vals[-1], "error_kind": kind}
        meta = {"start": start, "factors": factors, "changes": changes, "written": written, "final": final,
                "surfaces": surfaces, "position": pos or "none", "theme": theme, "qkind": qkind}
        return rec, meta
    raise RuntimeError("could not build a record")


def _generate_with_meta(seed, count):
    rng = random.Random(seed)
    out = []
    for i in range(count):
        rec, meta = _one(rng)
        rec = {"id": f"ah-{seed}-{i:05d}", **rec}
        out.append((rec, meta))
    return out


def generate(seed: int, count: int) -> list[dict]:
    return [rec for rec, _ in _generate_with_meta(seed, count)]


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "records.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec in generate(20261203, 400):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
