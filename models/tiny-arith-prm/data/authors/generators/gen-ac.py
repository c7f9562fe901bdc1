#!/usr/bin/env python3
"""tiny-arith PRM records in a hobbyist / collector forum voice (gen-ac).

Problems read like posts on a fan forum or a Discord server: trading cards,
model kits, stamps, coins, board-game bits and video-game inventories.
Solutions read like replies typed by other members.

generate(seed, count) -> list of records (standard library only, deterministic).
_generate_full(seed, count) -> list of (record, rep) where rep is the internal
representation the checker (check.py) re-derives everything from.
"""
import json
import os
import random
import re

# ---------------------------------------------------------------- people
FEMALE = """Maya Priya Aiko Sofia Lena Chloe Zara Imani Mei Freya Nadia Ines Rosa Hana Keiko
Yara Amara Olivia Bea Tamsin Marisol Leilani Ingrid Esme Noor Kavya Fatima Greta Lucia Ayla
Saoirse Wren Juniper Paloma Dagny Mira Talia Anouk Svetlana Thandi Ximena Yuki Rin Harper
Delphine Nkechi Aurora Pilar Camille Beatriz Ottilie Hyejin Sunniva Rhea Valentina Ruby Poppy
Ivy Hazel Opal Marguerite Zuri Agnieszka Bronwyn Catalina Eun-ji Farah Giulia Honoka Isolde
Jovana Katya Lorna Minerva Noa Oona""".split()

MALE = """Kenji Tomasz Diego Arjun Felix Marco Omar Theo Jonah Raj Sven Luca Mateo Hiro Kwame
Idris Bruno Caleb Dmitri Emeka Finn Gustavo Hamid Ivan Jasper Kofi Lars Milo Nico Oskar Pavel
Rafael Sami Tariq Ulrich Vikram Wes Yusuf Zeke Anders Bao Cyrus Dario Elias Florian Gideon
Hector Ignacio Jules Kai Leon Magnus Nikhil Orrin Percy Ravi Soren Teo Umar Viktor Wendell
Xavier Yannick Zoltan Ambrose Benji Cormac Desmond Ezra Fitz Gareth Horace Ishaan Jiro
Kasimir""".split()

HANDLES = """PixelMoth FoilFiend SleeveQueen MintCondition GoblinHoarder ArrowMage TopDeckTina
LootGremlin ShinyHunter DiceGoblin MeepleMaven KitBasher StampCamp SprueJuice HoloHound
CoinCrow RuneRat PotionPal BinderBaron NeonNumismatist PackRipper SlabDaddy GunplaGoblin
ChaseCardChad DeckTechDan BulkBin CardboardCrack MossyToad CrystalCrow PennyHoarder
TokenTroll QuiverKing ManaLeak GoldFarmer ElixirElf ArmoryAce WaxBreaker SleevedUp
ToploaderTom HobbyHermit DustyDrawer PaintChip PrimerPete DecalDuchess PlasticCrack
ResinRaccoon VaultDweller CritChance NerfedAgain RespawnRoo LagSwitch GrindLord
CapybaraCollects OwlbearOwner CardShark Philatelia PostmarkPat HingeHound PerfinPirate
MorganMan WheatieKid ProofPositive BullionBear SilverStacker RollSearcher MeepleMonk
TileTosser CubePusher WorkerPlacer Dungeoneer SpellSlinger BowSniper PotionSeller
MinifigMike PopPileup PinPal PlushPatrol GachaGremlin CapsuleCat""".split()

GROUPS_WE = ["our guild", "our club", "our playgroup", "the squad", "my brother and I",
             "my roommate and I", "our raid team", "our trading club", "me and the boys",
             "our clan", "we"]
GROUPS_THEY = ["the shop", "our LGS", "the card shop down the street", "the hobby store",
               "the local coin dealer", "the stamp club", "the vendor at the con",
               "my buddy's store", "the game cafe"]


def _person(name, pron):
    forms = {"she": ("she", "3s", "her", "her"), "he": ("he", "3s", "him", "his"),
             "they": ("they", "pl", "them", "their")}[pron]
    return {"kind": "person", "name": name, "name_agree": "3s", "pron": forms[0],
            "pron_agree": forms[1], "obj": forms[2], "poss": forms[3],
            "name_obj": name, "name_poss": name + "'s", "key": name}


def _me():
    return {"kind": "me", "name": "I", "name_agree": "1s", "pron": "I", "pron_agree": "1s",
            "obj": "me", "poss": "my", "name_obj": "me", "name_poss": "my", "key": "I"}


def _group(np_, we):
    agree = "pl" if (np_ in ("we", "me and the boys") or " and I" in np_) else "3s"
    if we:
        obj_np = np_ if np_ != "we" else "us"
        if np_ in ("my brother and I", "my roommate and I"):
            obj_np = np_[:-1] + "me"
        return {"kind": "we", "name": np_, "name_agree": agree, "pron": "we", "pron_agree": "pl",
                "obj": "us", "poss": "our", "name_obj": obj_np,
                "name_poss": "our" if np_ in ("we", "me and the boys") or " and I" in np_ else np_ + "'s",
                "key": np_}
    return {"kind": "they", "name": np_, "name_agree": "3s", "pron": "they", "pron_agree": "pl",
            "obj": "them", "poss": "their", "name_obj": np_, "name_poss": np_ + "'s", "key": np_}


# ---------------------------------------------------------------- items
ITEMS = {
    "cards": """holo cards; reverse holos; full arts; alt arts; secret rares; chase cards; rookie cards;
        base cards; bulk commons; uncommons; rares; mythics; foils; promo cards; energy cards;
        trainer cards; basic lands; shocklands; fetchlands; graded slabs; toploaders; penny sleeves;
        booster packs; code cards; jumbo cards; refractors; parallels; autos; patch cards;
        short prints; inserts; baseball cards; hockey cards; basketball cards; football cards;
        soccer stickers; Pokémon cards; Magic cards; Yu-Gi-Oh cards; Lorcana cards; dupes;
        vintage cards; sketch cards; gold star cards""",
    "models": """Gunpla kits; HG kits; model kits; resin kits; tank kits; plane kits; ship kits; car kits;
        mech kits; decal sheets; paint pots; acrylic paints; brushes; spray cans; primer cans;
        hobby knives; sanding sticks; miniatures; minis; space marines; figure bases; spare sprues;
        resin busts; diorama trees; LED kits; panel liners; nippers; weathering pigments;
        photo-etch sets; waterslide decals""",
    "stamps": """stamps; airmail stamps; commemoratives; definitives; first-day covers; postcards;
        souvenir sheets; stamp hinges; cancelled stamps; mint stamps; postal covers; booklet panes;
        sheetlets; Penny Blacks; postmarks; revenue stamps; charity seals; air letters; plate blocks;
        perfins; coil stamps; error stamps; Christmas stamps; cinderellas; meter stamps""",
    "coins": """coins; quarters; state quarters; wheat pennies; Indian head pennies; nickels;
        buffalo nickels; dimes; silver rounds; proof coins; commemorative coins; bullion coins;
        silver eagles; gold sovereigns; foreign coins; old banknotes; challenge coins; pressed pennies;
        wooden nickels; Roman coins; ancient coins; mint sets; error coins; bicentennial quarters;
        Morgan dollars; Peace dollars; Canadian loonies; euro coins; trade tokens; medallions""",
    "board": """meeples; dice; wooden cubes; resource cards; sheep cards; brick cards; victory point tokens;
        poker chips; hex tiles; Scrabble tiles; chess pieces; pawns; standees; train cars;
        hotel pieces; little houses; cardboard tokens; gem tokens; coin tokens; health tokens;
        wound markers; player mats; sand timers; dry-erase markers; custom dice; metal coins;
        plastic trees; terrain pieces; fleet ships; dungeon tiles; monster minis; dice trays;
        card sleeves; score pads""",
    "game": """gems; skins; weapon skins; emotes; sprays; gold coins; rupees; runes; rune shards;
        crafting mats; iron ingots; gold bars; diamonds; emeralds; ender pearls; crystals; soul gems;
        loot boxes; keys; scrolls; shards; orbs; feathers; berries; poké balls; rare candies;
        raid passes; tickets; relics; artifacts; essences; seeds; mushrooms; crowns; event tokens;
        lockpicks; healing herbs; mana crystals; spell tomes; credits; V-Bucks; wish tokens;
        primogems; fragments; star bits; dragon scales""",
    "potion": """potions; health potions; mana potions; elixirs; stamina potions; antidotes;
        speed potions""",
    "ammo": """arrows; fire arrows; ice arrows; bolts; throwing knives; bullets; grenades; bombs;
        darts""",
    "other": """Funko Pops; LEGO minifigs; enamel pins; plushies; keychains; blind box figures; amiibo;
        vinyl figures; Hot Wheels; die-cast cars; action figures; comic books; vinyl records;
        trading pins; sticker sheets; gachapon capsules; acrylic standees; art prints; patches;
        bottle caps""",
}
ITEMS = {g: [w.strip() for w in s.replace("\n", " ").split(";") if w.strip()] for g, s in ITEMS.items()}
ALL_ITEMS = [(it, g) for g, lst in ITEMS.items() for it in lst]

GAMEISH = frozenset({"game", "potion", "ammo"})
NONGAME = frozenset({"cards", "models", "stamps", "coins", "board", "other"})


def _cls(group):
    return "game" if group in GAMEISH else group


CONTAINERS = {
    "cards": [("binder", "binders"), ("binder page", "binder pages"), ("storage box", "storage boxes"),
              ("tin", "tins"), ("deck box", "deck boxes"), ("bundle", "bundles"), ("case", "cases")],
    "models": [("crate", "crates"), ("shelf", "shelves"), ("order", "orders"), ("lot", "lots"),
               ("box", "boxes"), ("drawer", "drawers"), ("bin", "bins")],
    "stamps": [("album page", "album pages"), ("sheet", "sheets"), ("stock book", "stock books"),
               ("envelope", "envelopes"), ("packet", "packets"), ("glassine", "glassines")],
    "coins": [("roll", "rolls"), ("tube", "tubes"), ("jar", "jars"), ("tray", "trays"),
              ("folder", "folders"), ("bag", "bags"), ("album", "albums")],
    "board": [("bag", "bags"), ("box", "boxes"), ("tray", "trays"), ("baggie", "baggies"),
              ("insert", "inserts"), ("tackle box", "tackle boxes")],
    "game": [("chest", "chests"), ("stack", "stacks"), ("bundle", "bundles"), ("crate", "crates"),
             ("pouch", "pouches"), ("loot crate", "loot crates"), ("bank tab", "bank tabs")],
    "other": [("shelf", "shelves"), ("box", "boxes"), ("display case", "display cases"),
              ("tote", "totes"), ("drawer", "drawers"), ("shoebox", "shoeboxes")],
}
PILES = {
    "cards": ["binder", "collection", "trade binder", "bulk box", "stash"],
    "models": ["backlog", "stash", "kit pile", "hobby room", "shelf of shame"],
    "stamps": ["album", "collection", "stock book", "stash"],
    "coins": ["collection", "coin album", "hoard", "stash"],
    "board": ["game box", "collection", "bits box", "stash"],
    "game": ["inventory", "stash", "bank", "bag", "vault"],
    "other": ["collection", "shelf", "stash", "display"],
}
FRIENDS = ["a buddy", "my cousin", "a guildmate", "some rando on Discord", "a mod", "my roommate",
           "a friend from the LGS", "a kind stranger", "my little brother", "a regular at the shop",
           "my dad", "an old pen pal", "a server member", "my neighbor", "a fellow collector",
           "my aunt", "a streamer", "the group admin"]
PLACES_NG = ["at the con", "at the LGS", "on eBay", "at the card show", "at a yard sale", "on Mercari",
             "at the flea market", "in the trade channel", "at the hobby shop", "at the swap meet",
             "during the sale", "at game night", "off a Facebook group", "at an estate sale",
             "at the thrift store"]
PLACES_G = ["at the auction house", "from a vendor", "in trade chat", "at the guild hall",
            "from the event shop", "off the marketplace", "in the cash shop", "from a wandering merchant"]

# ---------------------------------------------------------------- templates
# directives: {S} subject, {O} object form, {P} possessive, {V:base|past} verb agreeing with the
# subject, {V3:..} third-singular verb, {Vp:..} plural verb, {VN:..} present tense verb,
# {BE} {BEP} {HAVE} {DOES} {BEPRES} {HAVEN}; {n} number (digits/words/"a dozen"), {nw} no
# "a dozen", {nd} digits only; {it} item, {pile}, {them}, {friend}, {place}, {cs} {cp} containers.

ADD_T = [
    ("{S} {V:pull|pulled} {n} more {it} from packs", "pull", {"cards"}),
    ("{S} {V:buy|bought} {n} {it} {place}", "buy", None),
    ("{S} {V:pick|picked} up {n} more {it} {place}", "buy", None),
    ("{S} {V:snag|snagged} {n} {it} off the trade channel", "trade", None),
    ("{S} {V:cop|copped} another {nw} {it}", "buy", None),
    ("{S} {V:score|scored} {n} {it} in a bulk lot", "buy", NONGAME),
    ("{S} {V:trade|traded} for {n} more {it}", "trade", None),
    ("{S} {V:win|won} {n} {it} in a server giveaway", "win", None),
    ("{S} {V:get|got} {n} {it} in the mail", "mail", NONGAME),
    ("{S} {V:receive|received} {n} {it} from {friend}", "gift", None),
    ("{S} {V:find|found} {n} {it} at a garage sale", "find", NONGAME),
    ("{S} {V:loot|looted} {n} {it} from a dungeon chest", "loot", GAMEISH),
    ("{S} {V:craft|crafted} {n} more {it}", "craft", GAMEISH),
    ("{S} {V:farm|farmed} {n} {it} on the weekend grind", "loot", GAMEISH),
    ("{S} {V:earn|earned} {n} {it} from dailies", "earn", GAMEISH),
    ("{S} {V:collect|collected} {n} more {it}", "find", None),
    ("{S} {V:add|added} {n} {it} to {P} {pile}", "generic", None),
    ("{S} {V:nab|nabbed} {n} {it} from the clearance bin", "buy", NONGAME),
    ("{S} {V:land|landed} {n} {it} in an auction", "buy", None),
    ("{S} {V:rescue|rescued} {n} {it} from a bulk bin", "find", NONGAME),
    ("{S} {V:track|tracked} down {n} more {it}", "find", None),
    ("{S} {V:dig|dug} up {n} {it} in a flea market crate", "find", NONGAME),
    ("{S} {V:inherit|inherited} {n} {it} from an uncle", "gift", NONGAME),
    ("{S} {V:unbox|unboxed} {n} {it}", "pull", None),
    ("{S} {V:crack|cracked} a few packs and {V:hit|hit} {n} {it}", "pull", {"cards"}),
    ("{S} {V:claim|claimed} {n} {it} from the event rewards", "earn", GAMEISH),
    ("{S} {V:redeem|redeemed} {n} {it} with a promo code", "earn", GAMEISH),
    ("{S} {V:rack|racked} up {n} more {it}", "earn", None),
    ("{S} {V:stock|stocked} up on {n} {it}", "buy", None),
    ("{S} {BE} gifted {n} {it} by {friend}", "gift", None),
    ("{friend} {V3:send|sent} {O} {n} {it}", "gift", None),
    ("{S} {BE} handed {n} {it} at the meetup", "gift", None),
    ("{S} {V:scoop|scooped} up {n} {it} at the swap meet", "buy", NONGAME),
    ("{S} {V:fish|fished} {n} {it} out of the bargain bin", "find", NONGAME),
    ("{S} {V:mine|mined} {n} more {it}", "loot", {"game"}),
    ("{S} {V:salvage|salvaged} {n} {it} from old wrecks", "loot", GAMEISH),
    ("the boss {V3:cough|coughed} up {n} {it} for {O}", "loot", GAMEISH),
    ("{n} {it} {Vp:show|showed} up in {P} mailbox", "mail", NONGAME),
    ("{S} {V:come|came} home with {n} more {it}", "buy", None),
    ("{S} {V:bring|brought} in {n} {it}", "generic", None),
    ("{S} {V:buy|bought} a lot of {nw} {it} on eBay", "buy", NONGAME),
    ("{S} {V:rip|ripped} some packs and {V:pull|pulled} {n} {it}", "pull", {"cards"}),
    ("{S} {V:restock|restocked} with {n} {it}", "buy", None),
    ("{S} {V:tack|tacked} on {n} more {it}", "generic", None),
    ("{S} {V:swipe|swiped} {n} {it} off the free table", "find", NONGAME),
    ("{S} {V:get|got} {n} {it} as a birthday present", "gift", None),
    ("{S} {V:accept|accepted} {n} {it} in a trade", "trade", None),
    ("{S} {V:pull|pulled} {n} {it} from the gacha", "pull", GAMEISH | {"other"}),
    ("{S} {V:grab|grabbed} {n} more {it} during the sale", "buy", None),
    ("{S} {V:pick|picked} up another {nw} {it} at the con", "buy", NONGAME),
    ("{S} {V:bag|bagged} {n} {it} at the estate sale", "buy", NONGAME),
    ("{friend} {V3:drop|dropped} off {n} {it} for {O}", "gift", NONGAME),
    ("{S} {V:trade|traded} a spare deck for {n} {it}", "trade", None),
    ("{S} {V:win|won} {n} {it} at a tournament", "win", None),
    ("{S} {V:snipe|sniped} {n} {it} in an auction", "buy", NONGAME),
    ("{S} {V:buy|bought} {n} {it} off the marketplace", "buy", None),
]

SUB_T = [
    ("{S} {V:sell|sold} {n} {it}", "sell", None),
    ("{S} {V:sell|sold} {n} of them {place}", "sell", None),
    ("{S} {V:trade|traded} away {n} {it}", "trade", None),
    ("{S} {V:give|gave} away {n} of them", "give", None),
    ("{S} {V:lose|lost} {n} {it} during the move", "lose", None),
    ("{S} {V:flip|flipped} {n} of {P} {it} on eBay", "sell", NONGAME),
    ("{S} {V:donate|donated} {n} {it} to the local club", "donate", NONGAME),
    ("{S} {V:spend|spent} {n} {it} on upgrades", "spend", {"game"}),
    ("{S} {V:use|used} {n} {it} in the boss fight", "use", GAMEISH),
    ("{S} {V:drink|drank} {n} of the {it} mid-raid", "use", {"potion"}),
    ("{S} {V:chug|chugged} {n} {it}", "use", {"potion"}),
    ("{S} {V:shoot|shot} {n} {it} at the dragon", "use", {"ammo"}),
    ("{S} {V:fire|fired} off {n} {it}", "use", {"ammo"}),
    ("{S} {V:break|broke} {n} {it} by accident", "break", {"models", "board", "other", "potion"}),
    ("{S} {V:toss|tossed} {n} beat-up {it}", "toss", NONGAME),
    ("{S} {V:throw|threw} out {n} damaged {it}", "toss", NONGAME),
    ("{S} {V:ditch|ditched} {n} {it}", "toss", None),
    ("{S} {V:dump|dumped} {n} {it} in the trade bin", "toss", NONGAME),
    ("{S} {V:offload|offloaded} {n} {it}", "sell", None),
    ("{S} {V:unload|unloaded} {n} {it} at the swap meet", "sell", NONGAME),
    ("{S} {V:let|let} go of {n} {it}", "sell", None),
    ("{S} {V:part|parted} with {n} of them", "sell", None),
    ("{S} {V:ship|shipped} out {n} {it} to buyers", "mail", NONGAME),
    ("{S} {V:mail|mailed} {n} {it} to a collector overseas", "mail", NONGAME),
    ("{S} {V:gift|gifted} {n} {it} to a newbie", "give", None),
    ("{S} {V:hand|handed} out {n} {it} at the meetup", "give", None),
    ("{S} {V:burn|burned} {n} {it} on crafting", "spend", GAMEISH),
    ("{S} {V:scrap|scrapped} {n} {it}", "toss", {"game", "models", "ammo"}),
    ("{S} {V:dust|dusted} {n} {it}", "toss", {"game", "cards"}),
    ("{S} {V:sacrifice|sacrificed} {n} {it} at the altar", "use", GAMEISH),
    ("{S} {V:misplace|misplaced} {n} {it}", "lose", None),
    ("{S} {V:ruin|ruined} {n} {it} with a coffee spill", "break", NONGAME),
    ("the dog {V3:chew|chewed} up {n} of {P} {it}", "break", {"cards", "stamps", "board", "other", "models"}),
    ("{n} of {P} {it} {Vp:get|got} stolen", "lose", None),
    ("{S} {V:hand|handed} over {n} {it} to {friend}", "give", None),
    ("{S} {V:pass|passed} {n} {it} along to {P} little sister", "give", None),
    ("{S} {V:pay|paid} {n} {it} to the merchant", "spend", GAMEISH),
    ("{S} {V:return|returned} {n} {it} to the shop", "sell", NONGAME),
    ("{S} {V:sell|sold} off {n} {it}", "sell", None),
    ("{S} {V:cull|culled} {n} {it} from {P} {pile}", "toss", None),
    ("{S} {V:purge|purged} {n} {it}", "toss", None),
    ("{S} {V:pawn|pawned} {n} {it}", "sell", {"coins", "other", "models"}),
    ("{S} {V:melt|melted} down {n} {it}", "toss", {"coins"}),
    ("{S} {V:lend|lent} {n} {it} to {friend}", "give", None),
    ("{S} {V:bin|binned} {n} {it}", "toss", None),
    ("{S} {V:drop|dropped} {n} {it} down a storm drain", "lose", {"coins", "board", "other"}),
    ("{S} {V:blow|blew} through {n} {it}", "use", GAMEISH),
    ("{S} {V:get|got} rid of {n} {it}", "toss", None),
    ("{S} {V:lose|lost} {n} {it} to a scam trade", "lose", None),
    ("the raid {V3:eat|ate} {n} of {P} {it}", "use", GAMEISH),
    ("{S} {V:give|gave} {n} {it} to {friend}", "give", None),
    ("{S} {V:swap|swapped} out {n} {it}", "trade", None),
    ("{S} {V:consume|consumed} {n} {it}", "use", GAMEISH),
    ("{S} {V:send|sent} {n} {it} off for grading", "mail", {"cards", "coins"}),
    ("{S} {V:fumble|fumbled} {n} {it} into the couch cushions", "lose", NONGAME),
]

# (template, tag, groups, fixed factor or None)
MUL_T = [
    ("{P} {pile} {V3:become|became} {nw} times bigger", "times", None, None),
    ("the number of {it} {V3:become|became} {nw} times larger", "times", None, None),
    ("{S} {V:end|ended} up with {nw} times as many {it} as before", "times", None, None),
    ("{S} {V:multiply|multiplied} {P} {it} by {nw}", "times", None, None),
    ("a dupe glitch {V3:multiply|multiplied} {P} {it} by {nw}", "times", GAMEISH, None),
    ("{P} {it} {Vp:get|got} multiplied by {nw}", "times", None, None),
    ("{S} {V:scale|scaled} {P} {pile} up {nw}-fold", "times", None, None),
    ("{P} {it} {Vp:go|went} {nd}x during the event", "times", GAMEISH, None),
    ("each of {P} {it} {V3:turn|turned} into {nw}", "times", GAMEISH, None),
    ("{S} {V:turn|turned} each of {P} {it} into {nw}", "times", GAMEISH, None),
    ("the weekend event {V3:multiply|multiplied} {P} {it} {nw} times over", "times", GAMEISH, None),
    ("a lucky crit {V3:make|made} {P} stack of {it} {nw} times bigger", "times", GAMEISH, None),
    ("{P} {it} count {V3:jump|jumped} to {nw} times what it was", "times", None, None),
    ("the total {V3:balloon|ballooned} to {nw} times its old size", "times", None, None),
    ("{S} {V:buy|bought} enough to have {nw} times as many {it}", "times", NONGAME, None),
    ("{S} {V:blow|blew} {P} {pile} up to {nw} times its size", "times", None, None),
    ("the reward chest {V3:multiply|multiplied} {P} {it} by {nw}", "times", GAMEISH, None),
    ("{P} {it} {Vp:get|got} a {nd}x boost", "times", GAMEISH, None),
    ("a server bug {V3:leave|left} {O} with {nw} times as many {it}", "times", GAMEISH, None),
    ("{S} {V:manage|managed} to {nd}x {P} {it}", "times", None, None),
    ("{S} {V:grow|grew} {P} {pile} to {nw} times its old size", "times", None, None),
    ("thanks to a promo, {S} {V:wind|wound} up with {nw} times as many {it}", "times", None, None),
    ("{P} {it} {Vp:multiply|multiplied} by {nw} overnight", "times", GAMEISH, None),
    ("{S} {V:increase|increased} {P} {it} {nw}-fold", "times", None, None),
    ("{P} {pile} {V3:go|went} up {nw}-fold", "times", None, None),
    ("{S} {V:hit|hit} a {nd}x multiplier on {P} {it}", "times", GAMEISH, None),
    ("the merge {V3:give|gave} {O} {nw} times as many {it}", "times", GAMEISH, None),
    ("{S} {V:pump|pumped} {P} {pile} up to {nw} times what it was", "times", None, None),
    ("{S} {V:expand|expanded} {P} {pile} to {nw} times its size", "times", None, None),
    ("a collab drop {V3:leave|left} {O} with {nw} times the {it}", "times", None, None),
    ("{S} {V:double|doubled} {P} {it}", "double", None, 2),
    ("{P} {it} {Vp:double|doubled}", "double", None, 2),
    ("{S} {V:end|ended} up with twice as many {it}", "double", None, 2),
    ("{S} {V:end|ended} up with double the {it}", "double", None, 2),
    ("{P} {pile} {V3:double|doubled} in size", "double", None, 2),
    ("a trade {V3:leave|left} {O} with twice the {it}", "double", None, 2),
    ("the event {V3:double|doubled} {P} {it}", "double", GAMEISH, 2),
    ("{S} {V:triple|tripled} {P} {pile}", "triple", None, 3),
    ("{P} {it} {Vp:triple|tripled}", "triple", None, 3),
    ("{S} {V:end|ended} up with triple the {it}", "triple", None, 3),
    ("the patch {V3:triple|tripled} {P} {it}", "triple", GAMEISH, 3),
    ("{S} {V:quadruple|quadrupled} {P} {it}", "quad", None, 4),
    ("{P} {pile} {V3:quadruple|quadrupled}", "quad", None, 4),
]

DIV_T = [
    ("{S} {V:split|split} {them} evenly among {nw} friends and {V:keep|kept} one share", "split", None, None),
    ("{S} {V:share|shared} {them} equally between {nw} guildmates, keeping one share", "split", None, None),
    ("{S} {V:divide|divided} {P} {it} into {nw} equal piles and {V:keep|kept} just one pile", "split", None, None),
    ("{S} {V:sort|sorted} {them} into {nw} equal stacks and {V:hold|held} onto a single stack", "split", None, None),
    ("{S} {V:split|split} {P} {it} {nw} ways with the squad and {V:keep|kept} {P} cut", "split", None, None),
    ("{S} {V:divvy|divvied} {them} up evenly among {nw} players and {V:keep|kept} one portion", "split", None, None),
    ("{S} {V:spread|spread} {them} evenly over {nw} binders and {V:keep|kept} just a single binder's worth", "split", {"cards"}, None),
    ("{S} {V:separate|separated} {them} into {nw} equal groups and {V:keep|kept} only one group", "split", None, None),
    ("{S} {V:portion|portioned} out {P} {it} into {nw} equal parts and {V:keep|kept} one part", "split", None, None),
    ("{S} {V:ration|rationed} {them} into {nw} equal bundles and {V:keep|kept} a single bundle", "split", None, None),
    ("{S} {V:chop|chopped} the pile into {nw} even stacks and {V:hold|held} onto a stack", "split", None, None),
    ("{S} {V:break|broke} {P} {pile} into {nw} equal lots and {V:sell|sold} all but one", "split", None, None),
    ("{S} {V:split|split} {them} equally into {nw} shares and {V:keep|kept} one share", "split", None, None),
    ("{S} {V:cut|cut} the stack into {nw} equal piles and {V:keep|kept} one pile", "split", None, None),
    ("{S} {V:spread|spread} {them} evenly across {nw} storage chests and only {V:carry|carried} a single chest's worth", "split", GAMEISH, None),
    ("the {it} {Vp:get|got} divided evenly among {nw} raiders and {S} {V:keep|kept} one share", "split", GAMEISH, None),
    ("{S} {V:deal|dealt} {them} out evenly to {nw} players and {V:keep|kept} one hand", "split", {"cards", "board"}, None),
    ("{S} {V:distribute|distributed} {them} equally to {nw} alts and {V:keep|kept} the share on {P} main", "split", GAMEISH, None),
    ("{S} {V:pack|packed} {them} evenly into {nw} boxes and only {V:keep|kept} a single box", "split", NONGAME, None),
    ("{S} {V:share|shared} {them} out equally among {nw} cousins and {V:keep|kept} one share", "split", None, None),
    ("{S} {V:bundle|bundled} {them} into {nw} equal lots and {V:keep|kept} a single lot", "split", None, None),
    ("{S} {V:split|split} {P} {pile} into {nw} equal piles, {V:keep|kept} one pile and {V:sell|sold} the rest", "split", None, None),
    ("{S} {V:break|broke} the stash into {nw} equal chunks and {V:hang|hung} onto a chunk", "split", None, None),
    ("{S} {V:halve|halved} {P} {pile}", "half", None, 2),
    ("{S} {V:sell|sold} half of {them}", "half", None, 2),
    ("{S} {V:give|gave} half of {P} {it} to {friend}", "half", None, 2),
    ("{S} {V:lose|lost} half {P} {it} in a bad trade", "half", None, 2),
    ("{S} {V:trade|traded} away half of {them}", "half", None, 2),
    ("{S} {V:keep|kept} half and {V:sell|sold} the rest", "half", None, 2),
    ("{P} {pile} {V3:get|got} cut in half", "half", None, 2),
    ("a bad patch {V3:wipe|wiped} out half of {P} {it}", "half", GAMEISH, 2),
    ("{S} {V:donate|donated} half of {them} to the club", "half", NONGAME, 2),
    ("{S} {V:gift|gifted} half of {P} {it} to a newbie", "half", None, 2),
    ("the flood {V3:wreck|wrecked} half of {P} {it}", "half", NONGAME, 2),
    ("{S} {V:use|used} up half of {them}", "half", GAMEISH, 2),
    ("{S} {V:keep|kept} only a third of {them}", "third", None, 3),
    ("only a third of {P} {it} {Vp:survive|survived} the move", "third", None, 3),
    ("{S} {V:cut|cut} {P} {pile} down to a third", "third", None, 3),
    ("{S} {V:sell|sold} all but a third of {them}", "third", None, 3),
    ("{S} {V:give|gave} away all but a third", "third", None, 3),
    ("a wipe {V3:leave|left} {O} with a third of {P} {it}", "third", GAMEISH, 3),
]

# the last division can instead be asked as "how many does each get"
DIVQ_T = [
    "If {S} {VN:split|split} them equally among {nw} friends, how many does each friend get?",
    "How many {it} does each of {nw} guildmates get if {S} {VN:divide|divided} them up equally?",
    "If the {it} get split evenly between {nw} alts, how many does each alt end up with?",
    "Say {S} {VN:deal|dealt} them out evenly to {nw} players, how many does each player get?",
    "If {S} {VN:divvy|divvied} them up equally among {nw} buddies, what does each buddy get?",
    "{S} {VN:want|wanted} to split them evenly into {nw} piles. How many {it} go in each pile?",
    "If {S} {VN:share|shared} them out equally between {nw} of the newbies, how many does each newbie get?",
]

START_T = [
    "{S} {HAVE} {n} {it}",
    "{S} {V:start|started} with {n} {it}",
    "{S} {V:own|owned} {n} {it}",
    "{P} {pile} {V3:hold|held} {n} {it}",
    "there {BEP} {n} {it} in {P} {pile}",
    "{S} {V:sit|sat} on a stash of {n} {it}",
    "{S} {HAVE} a pile of {n} {it}",
    "{S} {V:kick|kicked} things off with {n} {it}",
    "{S} {HAVE} exactly {n} {it} in {P} {pile}",
    "{S} {V:count|counted} {n} {it} in {P} {pile}",
    "{S} {BE} sitting at {n} {it}",
    "{P} {it} count {V3:be|was} at {n}",
    "{S} {V:own|owned} a grand total of {n} {it}",
    "{S} {V:get|got} into the hobby with {n} {it}",
    "{S} {V:begin|began} the week with {n} {it}",
    "{S} {HAVE} {n} {it} stashed away",
    "{S} {V:rock|rocked} {n} {it} in {P} {pile}",
    "{S} {V:hoard|hoarded} {n} {it}",
    "{S} {HAVE} built up {n} {it}",
    "{S} {HAVE} collected {n} {it} so far",
    "{P} {pile} {V3:have|had} {n} {it} in it",
]

# (template, text order of the two factors)
PROD_T = [
    ("{S} {HAVE} {n1} {cp} with {n2} {it} in each", 12),
    ("{S} {V:own|owned} {n1} {cp}, each holding {n2} {it}", 12),
    ("{S} {V:grab|grabbed} {n1} {cp} of {it}, {n2} per {cs}", 12),
    ("{S} {HAVE} {n2} {it} in each of {P} {n1} {cp}", 21),
    ("{S} {V:buy|bought} {n1} {cp} with {n2} {it} apiece", 12),
    ("{P} {pile} {V3:be|was} {n1} {cp} of {n2} {it} each", 12),
    ("{S} {V:fill|filled} {n1} {cp} with {n2} {it} each", 12),
    ("{S} {V:start|started} off with {n1} full {cp}, and every {cs} {V3:have|had} {n2} {it}", 12),
    ("there {BEP} {n1} {cp} in {P} {pile}, and each {V3:hold|held} {n2} {it}", 12),
    ("{S} {V:pick|picked} up {n1} {cp} of {n2} {it}", 12),
    ("{S} {V:get|got} {n2} {it} per {cs} across {n1} {cp}", 21),
    ("{S} {V:stack|stacked} {n2} {it} into each of {n1} {cp}", 21),
    ("{S} {V:sort|sorted} {P} {it} into {n1} {cp} holding {n2} apiece", 12),
    ("each of {P} {n1} {cp} {V3:hold|held} {n2} {it}", 12),
    ("{S} {HAVE} {n1} {cp}; every {cs} {V3:contain|contained} {n2} {it}", 12),
]

# (template, tenses)
QUESTIONS = [
    ("How many {it} {DOES} {S} have now?", "pr"),
    ("How many {it} {DOES} {S} have left?", "pr"),
    ("How many {it} did {S} end up with?", "p"),
    ("How many {it} did {S} have after all that?", "p"),
    ("How many {it} {DOES} {S} end up with?", "pr"),
    ("What's {P} {it} count now?", "pr"),
    ("How many {it} are in {P} {pile} now?", "pr"),
    ("So how many {it} is that in total?", "pr"),
    ("How many {it} {DOES} {S} still have?", "pr"),
    ("What's the final count?", "prf"),
    ("How many {it} {DOES} {S} have at the end of all that?", "pr"),
    ("How many {it} were left in the end?", "p"),
    ("How many {it} does that leave {O} with?", "pr"),
    ("So what's {P} {pile} at now?", "pr"),
    ("Mathematically, how many {it} should be in {P} {pile}?", "prf"),
    ("What should {P} total be?", "pr"),
    ("How many {it} will {S} have?", "f"),
    ("How many {it} will {S} end up with?", "f"),
    ("What will {P} count be after all that?", "f"),
    ("How many {it} will be left?", "f"),
    ("How many will {S} have once it's all done?", "f"),
    ("How many {it} {BEPRES} {S} going to have?", "f"),
    ("What's the total gonna be?", "f"),
    ("Can someone tell me how many {it} {S} {HAVEN} now?", "pr"),
    ("Trying to figure out how many {it} {S} {HAVEN} at the end.", "pr"),
    ("so how many {it} rn??", "pr"),
    ("Final count of {it}?", "prf"),
    ("What's the damage, how many {it} left?", "pr"),
    ("Where does that put {P} {it} count?", "prf"),
    ("How many {it} {BEPRES} {S} holding now?", "pr"),
    ("What number should {S} be seeing in {P} {pile}?", "prf"),
    ("How many {it} would {S} have after all that?", "prf"),
    ("Quick sanity check: how many {it} {DOES} {S} have?", "pr"),
    ("how many {it} is {P} {pile} at after that?", "pr"),
]

OPENERS = ["Quick question for the hive mind:", "ok math help pls.", "Long-time lurker, first post!",
           "Inventory check time.", "Bear with me, I'm bad at math.",
           "Mod pls don't delete, this is on topic lol.", "Random q from a newbie:",
           "So this happened over the weekend.", "Posting this in trading since it's kinda related.",
           "Need a sanity check on my count.", "Storytime!", "Ok hear me out.",
           "Not sure if this is the right channel but here goes.", "Hey all!", "yo!",
           "Sorting day update."]
DISTRACT = [
    "The new expansion drops next Friday btw.", "Still waiting on my preorder from the spring release, ugh.",
    "Finally hit max level on my main last night!", "The pull rates in this set are brutal.",
    "Shoutout to the mods for running the giveaway.", "Grading turnaround is taking forever lol.",
    "Patch notes just dropped and nobody is happy.", "Anyway, the new season starts soon.",
    "My partner thinks I have a problem lol.", "It rained all weekend so I stayed in and sorted stuff.",
    "The LGS was packed for prerelease.", "Side note: the box art on this kit is gorgeous.",
    "Shipping from overseas took forever.", "The grind for that quest line is insane.",
    "Not gonna lie, I almost rage quit.", "The con was amazing this year.",
    "My cat knocked the whole pile off the desk, rip.", "Sleeves are so overpriced these days smh.",
    "Server was lagging the entire raid.", "The album smells like my grandpa's attic lol.",
    "Still no word on when the reprint is coming.", "The mint marks on these are super faint.",
    "Been in this hobby since middle school.", "Paint's still drying on my last build.",
    "Spoiler season has been wild.", "Release date got pushed back again, classic.",
    "The devs nerfed drop rates again.", "Honestly the art on the new set slaps.",
    "We were all hyped for the reveal stream.", "The new patch is live and the servers are on fire.",
    "My hands still smell like primer.", "The meetup ran super late.",
    "Anyway the weather was perfect for a card show.", "Heard the next wave releases in spring.",
    "My binder is looking so clean rn.", "I swear the algorithm hates me.",
    "The event ends Sunday so I've been grinding hard.", "Nobody in my playgroup believes me lol.",
    "The shop owner is a legend btw.", "Wish me luck on my next level up.",
    "It was a slow week at work.", "Prices have been wild lately.",
]
CLOSERS = ["ty in advance!!", "thx guys", "pls no bully.", "help a fellow collector out.",
           "asking for a friend lol.", "math is not my strong suit.", "I keep getting different answers.",
           "lmk!", "ty ty", "appreciate y'all.", "much love to this server."]

TIME_PRE = {
    "past": ["Then", "Later", "After that", "Yesterday", "Last night", "Over the weekend", "This morning",
             "The next day", "A week later", "At the con", "During the sale", "Right after", "Eventually",
             "Later that day", "After the raid", "On stream", "Last patch", "Later on", "Not long after",
             "After the tourney", "Before the season ended"],
    "present": ["Then", "Next", "After that", "Now", "Later", "Right after", "This week", "Today",
                "At the next meetup", "Afterwards"],
    "future": ["Tomorrow", "Next week", "After that", "Then", "Later", "Once the new set drops",
               "This weekend", "At the con", "After the reset", "Right after"],
}
JOINERS = [", then ", " and then ", ", and after that ", "; later ", " and ", ", but then ", ", then later "]

NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
        90: "ninety"}


def number_words(n, allow_compound):
    if 0 <= n <= 20:
        return NUMW[n]
    if n in TENS:
        return TENS[n]
    if allow_compound and 21 <= n <= 99:
        return TENS[n - n % 10] + "-" + NUMW[n % 10]
    return None


# ---------------------------------------------------------------- rendering
_TOK = re.compile(r"\{(\w+)(?::([^{}]*))?\}")


def _third(w):
    irr = {"have": "has", "do": "does", "go": "goes", "be": "is"}
    if w in irr:
        return irr[w]
    if w.endswith(("s", "sh", "ch", "x", "z")):
        return w + "es"
    if w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


def _be_present(agree):
    return {"1s": "am", "3s": "is", "pl": "are"}[agree]


class Ctx:
    """Problem-level rendering context."""

    def __init__(self, rng, sub, item, group, tense):
        self.rng = rng
        self.sub = sub
        self.item = item
        self.group = group
        self.tense = tense
        cls = _cls(group)
        self.pile = rng.choice(PILES[cls])
        self.cont = rng.choice(CONTAINERS[cls])
        self.places = PLACES_G if cls == "game" else PLACES_NG
        self.p_word = rng.choice([0.0, 0.15, 0.3, 0.5])
        self.p_compound = rng.choice([0.0, 0.3])
        self.future_style = rng.choice(["will", "will", "gonna", "going to"])
        self.nums = {}

    def numtext(self, n, kind):
        r = self.rng
        if kind == "nd":
            return str(n)
        if kind == "n" and n == 12 and r.random() < 0.4:
            return "a dozen"
        if r.random() < self.p_word:
            w = number_words(n, r.random() < self.p_compound)
            if w:
                return w
        return str(n)


def conj(ctx, st, spec, agree, tense=None):
    tense = tense or ctx.tense
    base, past = spec.split("|")
    if tense == "past":
        if base == "be":
            return "were" if agree == "pl" else "was"
        return past
    if tense == "present":
        if base == "be":
            return _be_present(agree)
        return _third(base) if agree == "3s" else base
    # future
    if st.get("aux"):
        return base
    st["aux"] = True
    if ctx.future_style == "will":
        return "will " + base
    return _be_present(agree) + " " + ctx.future_style + " " + base


def render(ctx, tmpl, mode, tense=None, elide=False, agree_hint=None):
    tense = tense or ctx.tense
    sub = ctx.sub
    st = {"ref": False, "agree": None, "aux": False}
    if elide:
        assert tmpl.startswith("{S} ")
        tmpl = tmpl[4:]
        st["ref"] = True
        st["agree"] = agree_hint
        st["aux"] = True
    rng = ctx.rng

    def predicted():
        return sub["name_agree"] if (mode == "name" and not st["ref"]) else sub["pron_agree"]

    def f(m):
        key, arg = m.group(1), m.group(2)
        if key == "S":
            if mode == "name" and not st["ref"]:
                txt, ag = sub["name"], sub["name_agree"]
            else:
                txt, ag = sub["pron"], sub["pron_agree"]
            st["ref"] = True
            st["agree"] = ag
            return txt
        if key == "O":
            txt = sub["name_obj"] if (mode == "name" and not st["ref"]) else sub["obj"]
            st["ref"] = True
            return txt
        if key == "P":
            txt = sub["name_poss"] if (mode == "name" and not st["ref"]) else sub["poss"]
            st["ref"] = True
            return txt
        ag = st["agree"] or predicted()
        if key == "V":
            return conj(ctx, st, arg, ag, tense)
        if key == "VN":
            return conj(ctx, st, arg, ag, "present")
        if key == "V3":
            return conj(ctx, st, arg, "3s", tense)
        if key == "Vp":
            return conj(ctx, st, arg, "pl", tense)
        if key == "BE":
            return conj(ctx, st, "be|was", ag, tense)
        if key == "BEP":
            return conj(ctx, st, "be|was", "pl", tense)
        if key == "HAVE":
            return conj(ctx, st, "have|had", ag, tense)
        if key == "DOES":
            return "does" if ag == "3s" else "do"
        if key == "BEPRES":
            return _be_present(ag)
        if key == "HAVEN":
            return "has" if ag == "3s" else "have"
        if key in ("n", "nw", "nd"):
            return ctx.numtext(ctx.nums["n"], key)
        if key in ("n1", "n2"):
            return ctx.numtext(ctx.nums[key], "nw")
        if key == "it":
            return ctx.item
        if key == "pile":
            return ctx.pile
        if key == "them":
            return rng.choice(["them", "them", "them", "'em", "the lot", "the whole stack"])
        if key == "friend":
            return rng.choice(FRIENDS)
        if key == "place":
            return rng.choice(ctx.places)
        if key == "cs":
            return ctx.cont[0]
        if key == "cp":
            return ctx.cont[1]
        raise KeyError(key)

    out = _TOK.sub(f, tmpl)
    return out, st["agree"] or predicted()


def _cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch.isdigit():
            return s
    return s


_CONTRACT = [(r"(?<!and )\bI am (gonna|going to)", r"I'm \1"), (r"(?<!and )\bI will\b", "I'll"),
             (r"\bshe is (gonna|going to)", r"she's \1"), (r"\bhe is (gonna|going to)", r"he's \1"),
             (r"\bwe are (gonna|going to)", r"we're \1"), (r"\bthey are (gonna|going to)", r"they're \1"),
             (r"(?<!and )\bI have (built|collected)\b", r"I've \1")]


# ---------------------------------------------------------------- numbers / plan
def _apply(a, op, b):
    if op == "+":
        c = a + b
    elif op == "-":
        c = a - b
    elif op == "*":
        c = a * b
    else:
        if b == 0 or a % b:
            return None
        c = a // b
    if c < 0 or c > 99999:
        return None
    return c


def _fits(tmpl_groups, group):
    return tmpl_groups is None or group in tmpl_groups


def plan_problem(rng, group, n_changes):
    """Pick start and changes (op, n, template index); every true value in 1..9999."""
    if rng.random() < 0.25:
        a = rng.choice([rng.randint(2, 9), rng.randint(2, 20), rng.randint(10, 40)])
        b = rng.choice([rng.randint(2, 12), rng.randint(6, 50), rng.randint(10, 99)])
        if a * b > 9999:
            return None
        start = {"kind": "product", "a": a, "b": b}
        cur = a * b
    else:
        v = rng.choice([rng.randint(6, 60), rng.randint(30, 250), rng.randint(120, 999),
                        rng.randint(200, 999), 1000 if rng.random() < 0.15 else rng.randint(10, 120)])
        start = {"kind": "single", "value": v}
        cur = v
    changes = []
    for _ in range(n_changes):
        for _try in range(20):
            op = rng.choices(["+", "-", "*", "/"], [34, 34, 15, 17])[0]
            if op == "+":
                hi = min(999, 9999 - cur, max(8, int(cur * rng.uniform(0.1, 1.3))))
                if hi < 2:
                    continue
                n = rng.randint(2, hi)
                tid = rng.choice([i for i, t in enumerate(ADD_T) if _fits(t[2], group)])
            elif op == "-":
                hi = min(999, cur - 1, max(3, int(cur * rng.uniform(0.15, 0.9))))
                if hi < 2:
                    continue
                n = rng.randint(2, hi)
                tid = rng.choice([i for i, t in enumerate(SUB_T) if _fits(t[2], group)])
            elif op == "*":
                if cur * 2 > 9999 or cur > 3000:
                    continue
                tid = rng.choice([i for i, t in enumerate(MUL_T) if _fits(t[2], group)])
                fixed = MUL_T[tid][3]
                if fixed:
                    n = fixed
                else:
                    top = min(12, 9999 // cur)
                    n = rng.randint(2, top) if top >= 2 else 0
                if n < 2 or cur * n > 9999:
                    continue
            else:
                divs = [d for d in range(2, 26) if cur % d == 0 and cur // d >= 1]
                if not divs:
                    continue
                tid = rng.choice([i for i, t in enumerate(DIV_T) if _fits(t[2], group)])
                fixed = DIV_T[tid][3]
                if fixed:
                    if cur % fixed:
                        continue
                    n = fixed
                else:
                    small = [d for d in divs if d <= 12]
                    n = rng.choice(small if (small and rng.random() < 0.85) else divs)
            c = _apply(cur, op, n)
            if c is None or c < 1 or c > 9999:
                continue
            changes.append({"op": op, "n": n, "tid": tid})
            cur = c
            break
        else:
            return None
    return start, changes


def true_chain(start, changes):
    v = start["a"] * start["b"] if start["kind"] == "product" else start["value"]
    vals = [v]
    for ch in changes:
        v = _apply(v, ch["op"], ch["n"])
        vals.append(v)
    return vals


# ---------------------------------------------------------------- slips
def _digit_variants(v):
    s = str(v)
    out = set()
    for i in range(len(s) - 1):
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t[0] != "0" or len(t) == 1:
            out.add(int(t))
    for i in range(len(s)):
        for d in (-1, 1):
            nd = int(s[i]) + d
            if 0 <= nd <= 9:
                t = s[:i] + str(nd) + s[i + 1:]
                if t[0] != "0" or len(t) == 1:
                    out.add(int(t))
    out.discard(v)
    return sorted(out)


def _no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    digs = []
    for i in range(max(len(sa), len(sb))):
        x = int(sa[i]) if i < len(sa) else 0
        y = int(sb[i]) if i < len(sb) else 0
        digs.append(str((x + y) % 10))
    return int("".join(reversed(digs)))


def _no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    digs = []
    for i in range(len(sa)):
        x = int(sa[i])
        y = int(sb[i]) if i < len(sb) else 0
        digs.append(str(abs(x - y)))
    return int("".join(reversed(digs)))


def arith_slips(a, op, b, c):
    cands = [c + 1, c - 1, c + 10, c - 10] + _digit_variants(c)
    if c >= 200:
        cands += [c + 100, c - 100]
    if op == "+":
        cands += [_no_carry_add(a, b)] * 3
    elif op == "-":
        cands += [_no_borrow_sub(a, b)] * 3
    elif op == "*":
        cands += [c + a, c - a, c + a, c - a]
    else:
        cands += [c + 1, c - 1, c + 2]
    return [x for x in cands if x >= 0 and x != c]


def continue_chain(val, changes):
    eqs = []
    for ch in changes:
        c = _apply(val, ch["op"], ch["n"])
        if c is None:
            return None
        eqs.append((val, ch["op"], ch["n"], c))
        val = c
    return eqs


def inject(rng, kind, idx, start, changes, eqs, problem_nums):
    """Return (new_eqs, final_answer, detail) or None when no realistic slip fits."""
    product = start["kind"] == "product"
    n_eq = len(eqs)
    if kind == "answer":
        x = eqs[-1][3]
        prev = eqs[-1][0]
        cands = [x + 1, x - 1, x + 10, x - 10] + _digit_variants(x) + [prev, prev]
        cands = [y for y in cands if y >= 0 and y != x]
        y = rng.choice(cands)
        return list(eqs), y, {"answer": y}
    a, op, b, c = eqs[idx]
    rest = changes[idx - (1 if product else 0) + 1:]
    options = []
    if kind == "arithmetic":
        for c2 in arith_slips(a, op, b, c):
            options.append((a, op, b, c2))
    elif kind == "operation":
        alts = {"+": ["-", "-", "*"], "-": ["+"], "*": ["+", "+", "/"], "/": ["*", "*", "-"]}[op]
        if product and idx == 0:
            alts = ["+"]
        for op2 in alts:
            if op2 == "*" and op == "+" and b > 12:
                continue
            c2 = _apply(a, op2, b)
            if c2 is not None and c2 != c:
                options.append((a, op2, b, c2))
    elif kind == "operand":
        others = [v for v in problem_nums if v != b and v != a]
        b_cands = _digit_variants(b) + [b + 1, b - 1] + others * 2
        if product and idx == 0:
            a_cands = _digit_variants(a) + [a + 1, a - 1] + [v for v in problem_nums if v != a and v != b]
        elif idx == 0:
            a_cands = _digit_variants(a) + [a + 10, a - 10]
        else:
            back = eqs[idx - 1][0]
            a_cands = _digit_variants(a) + [a + 10, a - 10, a + 1, a - 1] + [back, back, back]
        side = "b" if rng.random() < 0.6 else "a"
        for s in (side, "a" if side == "b" else "b"):
            for v in (b_cands if s == "b" else a_cands):
                if v < 1 or v == (b if s == "b" else a):
                    continue
                if op in "*/" and s == "b" and v < 2:
                    continue
                a2, b2 = (a, v) if s == "b" else (v, b)
                c2 = _apply(a2, op, b2)
                if c2 is None or c2 == c:
                    continue
                options.append((a2, op, b2, c2))
            if options:
                break
    rng.shuffle(options)
    for cand in options:
        tail = continue_chain(cand[3], rest)
        if tail is None:
            continue
        new = list(eqs[:idx]) + [cand] + tail
        return new, new[-1][3], {"wrong": cand}
    return None


# ---------------------------------------------------------------- solution text
GISTS = {
    ("+", "pull"): ["new pulls", "pack pulls", "the hits from packs", "ripped some more", "pulled more"],
    ("+", "buy"): ["bought more", "the new haul", "shopping spree", "the pickups", "new buys", "bought some"],
    ("+", "trade"): ["the trade-in", "trade haul", "got some in trade", "trade came through"],
    ("+", "gift"): ["the gift", "free ones from a friend", "gifted ones", "generous friend"],
    ("+", "find"): ["found some", "the finds", "lucky find", "bargain bin finds"],
    ("+", "win"): ["giveaway win", "the prize", "won some", "tourney prize"],
    ("+", "loot"): ["loot", "the drops", "farming haul", "loot from the run"],
    ("+", "craft"): ["crafted more", "crafting", "the new crafts"],
    ("+", "earn"): ["rewards", "event rewards", "daily rewards", "earned more"],
    ("+", "mail"): ["mail day", "the package", "what came in the mail"],
    ("+", "generic"): ["adding", "new ones in", "more coming in", "the additions"],
    ("-", "sell"): ["sold some", "the sales", "minus what got sold", "sold off"],
    ("-", "trade"): ["traded away", "the trade-out", "trade went out"],
    ("-", "give"): ["gave some away", "the giveaway", "gifted out", "handed over"],
    ("-", "lose"): ["lost some", "the losses", "rip the lost ones", "minus the missing ones"],
    ("-", "use"): ["used up", "burned through some", "used some", "consumed"],
    ("-", "break"): ["broke some", "the casualties", "minus the broken ones"],
    ("-", "toss"): ["tossed the junk", "the purge", "binned some", "cleanup"],
    ("-", "spend"): ["spent some", "spending", "the spend"],
    ("-", "donate"): ["donation", "donated some"],
    ("-", "mail"): ["shipped out", "sent off", "out the door"],
    ("*", "double"): ["doubling", "doubled it", "the double up"],
    ("*", "triple"): ["tripled", "tripling", "the triple up"],
    ("*", "quad"): ["quadrupled", "quadrupling"],
    ("*", "times"): ["the multiplier", "multiplied", "the boost", "event multiplier", "scaling up"],
    ("/", "split"): ["the split", "splitting evenly", "keeping a share", "divvying up", "dividing it up"],
    ("/", "half"): ["halved", "half gone", "cut in half", "halving"],
    ("/", "third"): ["kept a third", "down to a third", "the third"],
    ("x", "product"): ["starting total", "start", "initial count", "base count", "total to begin",
                       "containers times each", "what you start with"],
}
MENTION = {
    "+": ["after grabbing {b} more", "with {b} more added", "plus the {b} new ones", "{b} more in"],
    "-": ["minus {b}", "taking away {b}", "after {b} leave", "{b} gone"],
    "*": ["times {b}", "multiplying by {b}", "{b}x it"],
    "/": ["dividing by {b}", "split {b} ways", "into {b} equal shares"],
    "x": ["{a} {cp} of {b}", "{a} {cp} at {b} each", "{a} {cp} with {b} in each"],
}
COMMENTS = {
    "+": ["nice", "big W", "love that", "stonks", "huge", "ez", "lets gooo"],
    "-": ["rip", "oof", "sad but ok", "pain", "still plenty", "no regrets"],
    "*": ["huge", "stonks", "big W", "wild", "pog"],
    "/": ["rip", "fair split", "oof", "sharing is caring", "ok"],
    "x": ["ez", "ok", "solid start", "nice base"],
}
TAGS = ["lol", "ez", "ngl", "fr", "tbh", "gg", "!!", "xD", "lmao", "ig", "🔥", "💀", "😅", "✨", "👀", "🙏"]
STEP_FORMS = [
    "{conn}{g}: {E}", "{E} ({g})", "{conn}{g}, so {E}", "{conn}{E}{unit}", "{conn}{E}{unit} {tag}", "{E}",
    "{mention}, {E}{unit}", "{conn}{who_is} at {E}{unit}", "so that's {E}{unit}", "{conn}{E}, {comment}",
    "ok {g}: {E}{unit}", "{E}{unit}. {comment}", "{g} means {E}", "{conn}it's {E}{unit} now",
    "{conn}{E}{unit} after that", "math: {E}", "{g} → {E}", "{g} -> {E}", "[{g}] {E}", "{g} — {E}",
    "{E} // {g}", "{conn}{mention}: {E}", "{conn}do {E}", "{conn}{E} {emoji}", "{g}... {E}{unit}",
    "{conn}{who_cap} {has} {E}{unit}", "{E} <- {g}", "{g}? {E}", "{conn}{E}{unit} {comment}",
]
CONN_FIRST = ["", "", "first ", "ok so ", "so ", "alright ", "to start, ", "step one, "]
CONN_MID = ["then ", "next ", "after that ", "and then ", "now ", "", "", "then ", "ok ", "and "]
CONN_LAST = ["finally ", "lastly ", "last one: ", "then ", "", "and finally ", "and then "]
EMOJI = ["🔥", "💀", "😅", "🙏", "👀", "✨", "😭", "🤑", "🎉", "💎"]

FINAL_FORMS = {
    "generic": ["#### {x}", "Answer: {x}", "answer: {x} {it}", "final count: {x}", "{x} {it} total, gg",
                "tl;dr {x}", "**{x}**", "-> {x} {it}", "{x}. easy math lol", "pretty sure it's {x}",
                "Final: {x}", "The answer is {x}.", "that's {x} {it} if my math is right", "so yeah, {x}",
                "{x} {emoji}", "total: {x}", "ending count {x} {it}", "Bottom line: {x} {it}.",
                "{x} is the number", "So the final count is {x}.", "ans: {x}", "gg, {x} {it}",
                "#### {x}", "Answer: {x}", "That leaves {x} {it}.", "so the answer's {x}", "{x} {it}, done"],
    "own": ["So {who} {has} {x} {it} {tail}.", "{who_cap} {endup} with {x} {it}.", "{x} {it} in the {pile} rn",
            "{who_cap} {has} {x} {it} {tail} {emoji}", "so {who_is} at {x} {it}", "{who_cap} {has} {x}."],
    "each": ["each gets {x}", "{x} {it} each", "{x} per person", "so each one gets {x} {it}",
             "that's {x} apiece", "everybody gets {x}."],
}


def _eq_str(a, op, b, c, sty):
    sym = sty["syms"][op] if not sty["mixed"] else sty["rng"].choice(
        {"+": ["+"], "-": ["-", "−"], "*": ["*", "×"], "/": ["/", "÷"]}[op])
    sp = sty["space"]
    if sp == "tight":
        return f"{a}{sym}{b}={c}"
    if sp == "half":
        return f"{a}{sym}{b} = {c}"
    return f"{a} {sym} {b} = {c}"


def _who(sub, rng):
    if sub["kind"] == "me":
        return "you", "pl", "your", "you're"
    if sub["kind"] == "we":
        w = rng.choice(["you guys", "y'all", "you"])
        return w, "pl", "your", w + " are" if w != "you" else "you're"
    if sub["kind"] == "they":
        return "they", "pl", "their", "they're"
    p = sub["pron"]
    return p, sub["pron_agree"], sub["poss"], {"she": "she's", "he": "he's", "they": "they're"}[p]


def _fill(tmpl, d):
    return _TOK.sub(lambda m: d[m.group(1)], tmpl)


def build_steps(rng, rep, eqs, final_x, ctx):
    sub = ctx.sub
    who, who_agree, whose, who_is = _who(sub, rng)
    future = ctx.tense == "future"
    sty = {"rng": rng, "mixed": rng.random() < 0.2, "space": rng.choices(["sp", "tight", "half"], [75, 15, 10])[0]}
    sty["syms"] = rng.choice([{"+": "+", "-": "-", "*": "*", "/": "/"},
                              {"+": "+", "-": "−", "*": "×", "/": "÷"},
                              {"+": "+", "-": "-", "*": "×", "/": "/"},
                              {"+": "+", "-": "-", "*": "*", "/": "÷"}])
    lower = rng.random() < 0.3
    bullet = rng.choice(["", "", "", "- ", "* ", "• ", "> "])
    punct = rng.choice(["", "", ".", "."])
    forms = rng.sample(STEP_FORMS, rng.randint(3, 8))
    unit_p = rng.choice([0.0, 0.3, 0.6])
    product = rep["start"]["kind"] == "product"
    n_eq = len(eqs)
    steps = []
    for i, (a, op, b, c) in enumerate(eqs):
        if product and i == 0:
            key_op, tag = "x", "product"
        else:
            ch = rep["changes"][i - (1 if product else 0)]
            key_op = ch["op"]
            tag = {"+": ADD_T, "-": SUB_T, "*": MUL_T, "/": DIV_T}[ch["op"]][ch["tid"]][1]
        g = rng.choice(GISTS[(key_op, tag)])
        mop = "x" if key_op == "x" else op
        mention = _fill(rng.choice(MENTION[mop]), {"a": str(a), "b": str(b), "cp": ctx.cont[1]})
        if i == 0:
            conn = rng.choice(CONN_FIRST)
        elif i == n_eq - 1:
            conn = rng.choice(CONN_LAST)
        else:
            conn = rng.choice(CONN_MID)
        unit = ""
        if rng.random() < unit_p:
            unit = " " + rng.choice([ctx.item, ctx.item, ctx.item + " now", "total", "left" if op in "-/" else "now"])
        has = ("will have" if future else ("has" if who_agree == "3s" else "have"))
        d = {"E": _eq_str(a, op, b, c, sty), "g": g, "conn": conn, "unit": unit, "tag": rng.choice(TAGS),
             "mention": mention, "who_is": who_is, "who_cap": who, "has": has,
             "comment": rng.choice(COMMENTS[key_op if key_op == "x" else key_op]), "emoji": rng.choice(EMOJI)}
        form = rng.choice(forms)
        if form.startswith("{mention}") and key_op == "x":
            form = "{mention}: {E}"
        s = _fill(form, d).strip()
        s = re.sub(r"\s+", " ", s)
        if lower:
            s = s.lower()
        else:
            s = _cap(s)
        if punct and s[-1].isalnum():
            s += punct
        steps.append(bullet + s)
    # final answer
    each_q = rep.get("divq", False)
    cat = rng.choice(["generic", "generic", "each"] if each_q else ["generic", "generic", "own"])
    tmpl = rng.choice(FINAL_FORMS[cat])
    last_op = eqs[-1][1]
    tail = rng.choice(["left", "now", "total", "at the end"]) if last_op in "-/" else rng.choice(["now", "total", "in all"])
    if future:
        has, endup = "will have", "will end up"
    else:
        has = "has" if who_agree == "3s" else "have"
        endup = "ends up" if who_agree == "3s" else "end up"
    d = {"x": str(final_x), "it": ctx.item, "emoji": rng.choice(EMOJI), "who": who, "who_cap": who,
         "has": has, "endup": endup, "tail": tail, "who_is": who_is, "pile": ctx.pile}
    fs = _fill(tmpl, d)
    if lower:
        fs = fs.lower()
    elif not fs.startswith("#"):
        fs = _cap(fs)
    steps.append(fs)
    return steps


# ---------------------------------------------------------------- problem text
def _pick_subject(rng):
    r = rng.random()
    if r < 0.33:
        return _me()
    if r < 0.80:
        k = rng.random()
        if k < 0.38:
            return _person(rng.choice(FEMALE), "she")
        if k < 0.76:
            return _person(rng.choice(MALE), "he")
        return _person(rng.choice(HANDLES), "they")
    if rng.random() < 0.6:
        return _group(rng.choice(GROUPS_WE), True)
    return _group(rng.choice(GROUPS_THEY), False)


def _change_tmpl(ch):
    return {"+": ADD_T, "-": SUB_T, "*": MUL_T, "/": DIV_T}[ch["op"]][ch["tid"]][0]


def build_problem(rng, ctx, start, changes, use_divq, slim=0):
    tense = ctx.tense
    sents = []
    if slim == 0 and rng.random() < 0.3:
        sents.append(rng.choice(OPENERS))
    st_tense = "present" if tense == "future" else tense
    if start["kind"] == "product":
        tmpl, order = rng.choice(PROD_T)
        ctx.nums = {"n1": start["a"], "n2": start["b"]}
        s, _ = render(ctx, tmpl, "name", st_tense)
        mentions = [start["a"], start["b"]] if order == 12 else [start["b"], start["a"]]
    else:
        tmpl = rng.choice(START_T)
        ctx.nums = {"n": start["value"]}
        s, _ = render(ctx, tmpl, "name", st_tense)
        mentions = [start["value"]]
    if rng.random() < 0.12:
        s += rng.choice([" lol", " (don't judge)", " btw", " and counting"] + ([" rn"] if st_tense == "present" else []))
    sents.append(_cap(s) + ".")
    body = changes[:-1] if use_divq else changes
    # group changes into sentences
    i = 0
    groups = []
    while i < len(body):
        k = 1
        while i + k < len(body) and k < 3 and rng.random() < 0.35:
            k += 1
        groups.append(body[i:i + k])
        i += k
    change_sents = []
    for gi, grp in enumerate(groups):
        mode = "pron" if rng.random() < 0.6 else "name"
        parts = []
        agree = None
        prev_s = False
        for j, ch in enumerate(grp):
            tmpl = _change_tmpl(ch)
            ctx.nums = {"n": ch["n"]}
            if j == 0:
                txt, agree = render(ctx, tmpl, mode)
                parts.append(txt)
            else:
                joiner = rng.choice(JOINERS)
                elide = prev_s and tmpl.startswith("{S} ") and rng.random() < 0.7
                if elide:
                    txt, agree = render(ctx, tmpl, mode, elide=True, agree_hint=agree)
                else:
                    txt, agree = render(ctx, tmpl, "pron")
                parts.append(joiner + txt)
            prev_s = tmpl.startswith("{S} ")
            mentions.append(ch["n"])
        sent = "".join(parts)
        r = rng.random()
        if r < 0.45:
            pre = rng.choice(TIME_PRE[tense])
            comma = rng.random() < 0.5 or _change_tmpl(grp[0]).startswith("{n}")
            sent = pre + (", " if comma else " ") + sent
        elif r < 0.55 and tense == "past":
            sent = sent + " " + rng.choice(["last weekend", "on Saturday", "after the raid", "this morning",
                                             "last night", "over the break", "on stream"])
        end = rng.choice([".", ".", ".", ".", "!", " lol.", " 😅", "..."])
        change_sents.append(_cap(sent) + end)
    if slim < 2 and rng.random() < 0.4 and change_sents:
        pos = rng.randint(0, len(change_sents))
        change_sents.insert(pos, rng.choice(DISTRACT))
    sents += change_sents
    if use_divq:
        ch = changes[-1]
        ctx.nums = {"n": ch["n"]}
        q, _ = render(ctx, rng.choice(DIVQ_T), "pron" if rng.random() < 0.6 else "name")
        mentions.append(ch["n"])
        sents.append(_cap(q))
    else:
        shrinks = any(ch["op"] in "-/" for ch in changes)
        qs = [q for q, t in QUESTIONS if tense[0] in t and (shrinks or not re.search(r"\bleft\b|damage", q))]
        q, _ = render(ctx, rng.choice(qs), "pron" if rng.random() < 0.6 else "name",
                      tense="present" if tense == "present" else tense)
        q = _cap(q)
        if q.endswith("?") and rng.random() < 0.2:
            q = q[:-1] + rng.choice(["??", "?!", " lol?", "? 🤔"])
        sents.append(q)
    if slim == 0 and rng.random() < 0.2:
        sents.append(rng.choice(CLOSERS))
    text = " ".join(sents)
    if rng.random() < 0.6:
        for pat, rep_ in _CONTRACT:
            text = re.sub(pat, rep_, text)
    if rng.random() < 0.2:
        text = text.lower()
    return text, mentions


# ---------------------------------------------------------------- assembly
KINDS = ["none", "arithmetic", "operand", "operation", "answer"]


def _kind_quota(rng, count):
    n_none = round(count * 0.45)
    rest = count - n_none
    per = [rest // 4 + (1 if i < rest % 4 else 0) for i in range(4)]
    rng.shuffle(per)
    kinds = ["none"] * n_none
    for k, m in zip(KINDS[1:], per):
        kinds += [k] * m
    rng.shuffle(kinds)
    return kinds


def _make_one(rng, kind, bucket, rid):
    for _attempt in range(200):
        n_changes = rng.choices([1, 2, 3, 4, 5], [14, 24, 25, 21, 16])[0]
        item, group = rng.choice(ALL_ITEMS)
        plan = plan_problem(rng, group, n_changes)
        if plan is None:
            continue
        start, changes = plan
        product = start["kind"] == "product"
        n_eq = len(changes) + (1 if product else 0)
        if bucket == "middle" and n_eq < 3:
            continue
        if bucket == "last" and n_eq < 2:
            continue
        vals = true_chain(start, changes)
        eqs = []
        if product:
            a, b = (start["a"], start["b"]) if rng.random() < 0.75 else (start["b"], start["a"])
            eqs.append((a, "*", b, vals[0]))
        for j, ch in enumerate(changes):
            eqs.append((vals[j], ch["op"], ch["n"], vals[j + 1]))
        problem_nums = ([start["a"], start["b"]] if product else [start["value"]]) + [ch["n"] for ch in changes]
        label, final_x, detail = -1, vals[-1], {}
        if kind == "answer":
            eqs, final_x, detail = inject(rng, kind, None, start, changes, eqs, problem_nums)
            label = n_eq
        elif kind != "none":
            idx = {"first": 0, "last": n_eq - 1}.get(bucket)
            if idx is None:
                idx = rng.randint(1, n_eq - 2)
            res = inject(rng, kind, idx, start, changes, eqs, problem_nums)
            if res is None:
                continue
            eqs, final_x, detail = res
            label = idx
        tense = rng.choices(["past", "present", "future"], [55, 30, 15])[0]
        sub = _pick_subject(rng)
        use_divq = changes[-1]["op"] == "/" and DIV_T[changes[-1]["tid"]][3] is None and rng.random() < 0.35
        text = None
        for slim in (0, 1, 2):
            ctx = Ctx(rng, sub, item, group, tense)
            t, mentions = build_problem(rng, ctx, start, changes, use_divq, slim)
            if len(t.split()) <= 88:
                text = t
                break
        if text is None:
            continue
        rep = {"start": start, "changes": changes, "eqs": eqs, "final": final_x, "kind": kind,
               "label": label, "mentions": mentions, "divq": use_divq, "tense": tense,
               "subject": sub["key"], "item": item, "detail": detail}
        steps = build_steps(rng, rep, eqs, final_x, ctx)
        rec = {"id": rid, "problem": text, "steps": steps, "label": label,
               "final_answer_correct": final_x == vals[-1], "error_kind": kind}
        return rec, rep
    raise RuntimeError("could not build record")


def _generate_full(seed, count):
    rng = random.Random(seed)
    kinds = _kind_quota(rng, count)
    out = []
    for i, kind in enumerate(kinds):
        bucket = rng.choice(["first", "middle", "last"]) if kind not in ("none", "answer") else None
        rec, rep = _make_one(rng, kind, bucket, f"ac-{seed}-{i:05d}")
        out.append((rec, rep))
    return out


def generate(seed: int, count: int) -> list[dict]:
    return [rec for rec, _ in _generate_full(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {os.path.join(here, 'records.jsonl')}")


if __name__ == "__main__":
    main()
