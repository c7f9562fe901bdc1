"""Writes lexicon.json (the story grammar's items, names and fillers) from WordNet 3.0.

    apt-get install wordnet-base && python -m models.tiny_arith.lexicon_build

Items are countable things: nouns whose most frequent WordNet sense lies in the artifact, food, animal or plant
files and that occur in WordNet's sense-tagged corpus (a frequency filter), pluralised with WordNet's own
exception list. Goods (bought and sold by name in story_wallet.py) are singular nouns whose most frequent sense lies
up to four hyponym levels below a few WordNet senses (`GOODS_ROOTS`: clothing, furniture, tools, ...), sense-tagged at
least once, less a reviewed `GOODS_STOP`. Fillers are common adjectives and adverbs (sense-tagged, most frequent
sense first). Names are written here: WordNet holds few given names.

Verbs that make a count go up ("gain") or down ("loss") are the troponyms, two levels down, of a few WordNet senses
(`GAIN_ROOTS`, `LOSS_ROOTS`), kept where that sense is one of the verb's two most frequent, it takes an object, and
the verb is tagged at least three times in WordNet's sense-tagged corpus; `VERB_STOP` drops those that do not read
as a change of count with "{verb} 5 pens". Their present and past forms come from `lemminflect`
(`pip install lemminflect`; only this script needs it).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
ITEM_FILES = {"05": "animal", "06": "artifact", "13": "food", "20": "plant"}
#: Items that read oddly counted ("2 airs") or that name money or the change operations themselves.
STOP = {
    "money",
    "cash",
    "dollar",
    "cent",
    "time",
    "change",
    "half",
    "double",
    "share",
    "set",
    "group",
    "pair",
    "dozen",
    "lot",
    "total",
    "rest",
    "sum",
    "number",
    "count",
    "one",
    "bit",
    "piece",
    "part",
    "unit",
    "cut",
    "gift",
    "present",
    "return",
    "sale",
    "loss",
    "gain",
    "deal",
    "hand",
    "box",
    "bag",
    "pile",
    "load",
    "batch",
}

NAMES = """Aaliyah Abdul Ada Adebayo Adriana Agnes Ahmed Aiko Akira Alba Aleksander Alice Alma Amara Amelie Ana Anders
Andile Anika Ari Arnav Astrid Aurora Ayesha Aziz Babajide Bao Beatrix Bilal Bjorn Blessing Bo Bridget Camila Carmen
Cassius Chiara Chidi Chen Cleo Colm Cora Dalia Damien Dana Daniel Darius Dev Dmitri Dolores Duc Edgar Efua Eitan Elif
Emeka Enzo Esme Esther Ewa Fabio Farid Femi Fiona Florin Gaia Gemma Gideon Giulia Goran Greta Gwen Hadley Hamza Hannah
Harvey Hassan Hector Heidi Henrik Hoang Ida Ifeoma Igor Ilse Ingrid Irene Isabel Ishaan Ivy Jada Jamal Jamie Jana
Jarrah Javier Jin Joao Jorge Josie Jude Juno Kai Kamala Karim Kasia Kateryna Kofi Kwame Lars Leila Lola Lorenzo Lucia
Lukas Lupita Magnus Mahmoud Malak Manon Mariam Marta Mateus Matilda Mehmet Mei Mercy Milan Mina Miriam Moana Mohan
Nadia Nasser Neha Nell Nikolai Nour Oksana Olu Orla Owen Paloma Paz Pedro Pia Quentin Rahel Ramon Reza Rhea Rin Rohan
Rosalind Ruth Saanvi Salma Santiago Sasha Seo-yeon Shira Sienna Simone Siobhan Sipho Soren Stella Sunil Tamar Tariq
Tess Thandiwe Tobias Tomasz Ulrich Usha Valentina Vanya Wanjiru Wei Xiu Yasmin Yemi Yuki Yuri Zeynep Zofia Zuri
""".split()
GROUPS = [
    "the bakery",
    "the school",
    "the library",
    "a farmer",
    "the club",
    "the shop",
    "the museum",
    "the team",
    "the class",
    "the zoo",
    "the store",
    "the cafe",
    "the warehouse",
    "the garden centre",
    "a teacher",
    "the choir",
    "a florist",
    "the hotel",
    "the theatre",
    "the kitchen",
    "the charity",
    "the factory",
    "our street",
    "the camp",
]


def _plural_exceptions() -> dict[str, str]:
    plural = {}
    for line in (WORDNET / "noun.exc").read_text().splitlines():
        inflected, *bases = line.split()
        for base in bases:
            plural.setdefault(base, inflected)
    return plural


def pluralize(noun: str, exceptions: dict[str, str]) -> str:
    if noun in exceptions and not exceptions[noun].endswith(("ae", "i", "a")):  # not Latin plurals ("camerae")
        return exceptions[noun]
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _index(pos: str) -> dict[str, tuple[int, list[str]]]:
    """lemma -> (its sense-tagged count, its synset offsets, most frequent first) from WordNet's index.{pos}."""
    out = {}
    for line in (WORDNET / f"index.{pos}").read_text(errors="replace").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        synset_count, pointer_count = int(fields[2]), int(fields[3])
        out[fields[0]] = (int(fields[5 + pointer_count]), fields[6 + pointer_count :])
        assert len(fields) == 6 + pointer_count + synset_count
    return out


def _first_sense_files(pos: str) -> dict[str, tuple[str, int]]:
    """lemma -> (lexicographer file of its most frequent sense, its sense-tagged count)."""
    lexfiles: dict[str, str] = {}
    for line in (WORDNET / f"data.{pos}").read_text(errors="replace").splitlines():
        if not line.startswith("  "):
            offset, lexfile = line.split()[:2]
            lexfiles[offset] = lexfile
    return {lemma: (lexfiles[offsets[0]], tagged) for lemma, (tagged, offsets) in _index(pos).items()}


#: WordNet senses (lemma, sense number) whose troponyms make the actor's count go up or down.
GAIN_ROOTS = [("get", 1), ("buy", 1), ("receive", 1), ("collect", 1), ("gather", 1), ("earn", 1), ("find", 3), ("obtain", 1), ("win", 2), ("steal", 1)]
LOSS_ROOTS = [("lose", 1), ("give", 3), ("sell", 1), ("consume", 2), ("eat", 1), ("spend", 2), ("discard", 1), ("destroy", 1), ("donate", 1), ("remove", 1)]
#: Troponyms that do not tell a change of count with "{verb} 5 pens" (reviewed by hand).
VERB_STOP = {
    "abstract", "derive", "draw", "enlist", "extract", "isolate", "line_up", "mobilize", "rally", "welcome", "hunt",
    "rob", "rustle", "catch_up_with", "muster", "compile", "come_upon", "afford", "arm", "buy", "carry_away", "clean",
    "compensate", "dash", "deposit", "dig", "dip", "dispose", "down", "drown", "equip", "erase", "exclude", "exhaust",
    "finance", "fool", "furnish", "get_out", "heat", "indulge", "invest", "knock_out", "leave_off", "level", "match",
    "nourish", "offer", "omit", "pay", "provide", "pull_out", "rationalize", "render", "rent", "repair", "repay",
    "run_through", "sample", "shake_off", "sip", "smoke", "sponsor", "strip", "subsidize", "suck", "supply", "support",
    "take_off", "take_out", "tap", "tear_down", "water", "yield", "feed", "gulp", "pinpoint", "run_up", "squeeze_out",
    "articulate", "cancel_out", "capitalize", "cater", "consign", "cut_out", "drain", "economize", "edge", "eliminate",
    "exterminate", "fulfil", "leave_out", "milk", "obliterate", "patch", "patronize", "peck", "peel", "pledge", "power",
    "puff", "staff", "strike_out", "suck_in", "tie_up", "vest", "wash_down", "wipe_off", "scoop_up", "sell_out", "unload",
}  # fmt: skip
#: The verb sense pointers and frames this script reads: a troponym, and "Somebody ----s something" and kin.
TROPONYM, OBJECT_FRAMES = "~", {8, 9, 11, 21}


def _synsets(pos: str, pointer: str) -> dict[str, tuple[list[str], list[str], list[str]]]:
    """offset -> (lemmas, the offsets its `pointer` pointers lead to within `pos`, the fields after the pointers) of
    every synset in WordNet's data.{pos}."""
    synsets = {}
    for line in (WORDNET / f"data.{pos}").read_text(errors="replace").splitlines():
        if line.startswith("  "):
            continue
        fields = line.partition(" | ")[0].split()
        count = int(fields[3], 16)
        at = 4 + 2 * count
        pointers = range(int(fields[at]))
        targets = [fields[at + 2 + 4 * i] for i in pointers if fields[at + 1 + 4 * i] == pointer and fields[at + 3 + 4 * i] == pos[0]]
        synsets[fields[0]] = ([fields[4 + 2 * i].lower() for i in range(count)], targets, fields[at + 1 + 4 * len(pointers) :])
    return synsets


def _verb_synsets() -> dict[str, tuple[list[str], list[str], set[int]]]:
    """offset -> (lemmas, troponym offsets, frame numbers) of every verb synset."""
    out = {}
    for offset, (lemmas, troponyms, rest) in _synsets("verb", TROPONYM).items():
        out[offset] = (lemmas, troponyms, {int(rest[2 + 3 * i]) for i in range(int(rest[0]))} if rest else set())
    return out


def _verb_tag_counts() -> dict[str, int]:
    """lemma -> how often its verb senses are tagged in WordNet's sense-tagged corpus."""
    counts: dict[str, int] = {}
    for line in (WORDNET / "cntlist.rev").read_text().splitlines():
        key, _, tagged = line.split()
        lemma, _, sense = key.partition("%")
        if sense.startswith("2:"):
            counts[lemma] = counts.get(lemma, 0) + int(tagged)
    return counts


def change_verbs(roots: list[tuple[str, int]], depth: int = 2) -> list[list[str]]:
    """[base, third person, past] of the verbs two troponym levels below `roots` ("pile up": its particle kept)."""
    from lemminflect import getInflection

    synsets, counts = _verb_synsets(), _verb_tag_counts()
    senses = {lemma: offsets for lemma, (_, offsets) in _index("verb").items()}
    found: set[str] = set()
    frontier = [(senses[lemma][n - 1], 0) for lemma, n in roots]
    while frontier:
        offset, level = frontier.pop()
        lemmas, troponyms, frames = synsets[offset]
        for lemma in lemmas:
            common = offset in senses.get(lemma, [])[:2] and counts.get(lemma, 0) >= 3
            if common and frames & OBJECT_FRAMES and lemma.replace("_", "").isalpha() and lemma not in VERB_STOP:
                found.add(lemma)
        frontier += [(t, level + 1) for t in troponyms if level < depth]
    out = []
    for lemma in sorted(found):
        head, _, particle = lemma.replace("_", " ").partition(" ")
        rest = f" {particle}" if particle else ""
        out.append([head + rest, getInflection(head, "VBZ")[0] + rest, getInflection(head, "VBD")[0] + rest])
    return out


#: WordNet senses (lemma, sense number) whose hyponyms, up to four levels down, are goods bought and sold by name.
GOODS_ROOTS = [("clothing", 1), ("toy", 1), ("container", 1), ("furniture", 1), ("home_appliance", 1), ("musical_instrument", 1),
               ("jewelry", 1), ("tool", 1), ("electronic_equipment", 1), ("bag", 1), ("lamp", 1)]  # fmt: skip
#: Hyponyms that are no single thing one buys ("clothing", "laundry"), archaic, or odd with a price (reviewed by hand).
GOODS_STOP = {
    "accessory", "attire", "auto", "automobile", "baggage", "bale", "bandoleer", "bassinet", "bath", "bathtub", "bead",
    "bedstead", "birdbath", "boater", "bodice", "boiler", "bolo", "booth", "boxcar", "breeches", "broiler", "buckboard",
    "buggy", "bunk", "can", "capsule", "carriage", "cart", "chaise", "chariot", "circuitry", "clothes", "clothing",
    "coffin", "compact", "container", "contrabass", "contrivance", "corduroys", "counter", "dipper", "diaper", "divan",
    "drawer", "escritoire", "fauteuil", "furniture", "gallus", "garb", "garment", "gourd", "headgear", "hopper",
    "icebox", "jewel", "kit", "laundry", "levis", "luggage", "mackinaw", "mobcap", "motorcar", "muff", "oxcart",
    "pew", "pin", "pocket", "portfolio", "receptacle", "receiver", "safe", "sheaf", "shooter", "skullcap", "slacks",
    "snuffbox", "stein", "stickpin", "streetcar", "sulky", "tank", "teacart", "throne", "tool", "toy", "triphammer",
    "troika", "trouser", "underwear", "urn", "weeds", "wrap", "wrapper", "overall", "parcel", "envelope", "sack", "bin", "streetlight", "castanets", "buffet", "daybed", "mailbox",
}  # fmt: skip
HYPONYM = "~"


def goods(roots: list[tuple[str, int]], depth: int = 4) -> list[str]:
    """Singular nouns up to `depth` hyponym levels below `roots`, whose most frequent sense is that one, tagged at
    least once in WordNet's sense-tagged corpus ("a guitar", "a kettle")."""
    synsets, index = _synsets("noun", HYPONYM), _index("noun")
    found: set[str] = set()
    frontier = [(index[lemma][1][n - 1], 0) for lemma, n in roots]
    while frontier:
        offset, level = frontier.pop()
        lemmas, hyponyms, _ = synsets[offset]
        for lemma in lemmas:
            tagged, offsets = index.get(lemma, (0, []))
            if offsets[:1] == [offset] and tagged >= 1 and _simple(lemma) and lemma not in GOODS_STOP:
                found.add(lemma)
        frontier += [(h, level + 1) for h in hyponyms if level < depth]
    return sorted(found)


def _simple(lemma: str) -> bool:
    return lemma.isalpha() and lemma.islower() and 3 <= len(lemma) <= 11


def build() -> dict[str, list[str]]:
    exceptions = _plural_exceptions()
    nouns = _first_sense_files("noun")
    items = sorted(
        pluralize(lemma, exceptions)
        for lemma, (lexfile, tagged) in nouns.items()
        if lexfile in ITEM_FILES and tagged >= 2 and _simple(lemma) and lemma not in STOP
    )
    fillers = sorted(lemma for pos in ("adj", "adv") for lemma, (_, tagged) in _first_sense_files(pos).items() if tagged >= 4 and _simple(lemma))
    gain = change_verbs(GAIN_ROOTS)
    loss = [forms for forms in change_verbs(LOSS_ROOTS) if forms not in gain]  # "harvest" is found under both
    lexicon = {"items": items, "fillers": fillers, "names": NAMES, "groups": GROUPS, "gain": gain, "loss": loss}
    return {**lexicon, "goods": goods(GOODS_ROOTS)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "lexicon.json")
    args = parser.parse_args()
    lexicon = build()
    args.out.write_text(json.dumps(lexicon, indent=0) + "\n")
    print({k: len(v) for k, v in lexicon.items()}, random.Random(0).sample(lexicon["items"], 12))


if __name__ == "__main__":
    main()
