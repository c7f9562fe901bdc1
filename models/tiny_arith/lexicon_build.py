"""Writes lexicon.json (the story grammar's items, names and fillers) from WordNet 3.0.

    apt-get install wordnet-base && python -m models.tiny_arith.lexicon_build

Items are countable things: nouns whose most frequent WordNet sense lies in the artifact, food, animal or plant
files and that occur in WordNet's sense-tagged corpus (a frequency filter), pluralised with WordNet's own
exception list. Fillers are common adjectives and adverbs (sense-tagged, most frequent sense first). Names are
written here: WordNet holds few given names.
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


def _first_sense_files(pos: str) -> dict[str, tuple[str, int]]:
    """lemma -> (lexicographer file of its most frequent sense, its sense-tagged count)."""
    offsets: dict[str, str] = {}
    for line in (WORDNET / f"data.{pos}").read_text(errors="replace").splitlines():
        if not line.startswith("  "):
            offset, lexfile = line.split()[:2]
            offsets[offset] = lexfile
    out = {}
    for line in (WORDNET / f"index.{pos}").read_text(errors="replace").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
        tagged = int(fields[5 + pointer_count])
        first = fields[6 + pointer_count]
        out[lemma] = (offsets[first], tagged)
        assert len(fields) == 6 + pointer_count + synset_count
    return out


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
    return {"items": items, "fillers": fillers, "names": NAMES, "groups": GROUPS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "lexicon.json")
    args = parser.parse_args()
    lexicon = build()
    args.out.write_text(json.dumps(lexicon, indent=0) + "\n")
    print({k: len(v) for k, v in lexicon.items()}, random.Random(0).sample(lexicon["items"], 12))


if __name__ == "__main__":
    main()
