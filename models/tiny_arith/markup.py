"""Markup the built-in model reads as plain text: a tokenizer normalizer that turns the LaTeX and markdown a chat model
writes (`\\[ 135 \\times 3 = 405 \\text{ bars} \\]`, `**Step 1:**`, `## Step 2`, `$\\boxed{260}$`) into the plain
English and arithmetic the grammar writes (`135 × 3 = 405 bars`, `Step 1:`, `Step 2`, `260`).

It lives in tokenizer.json, so the recipe (Python `tokenizers`) and the page (`@huggingface/tokenizers`) read the same
text, streamed or not: the page re-tokenizes the open step as it grows. Offsets still point into the text as typed;
decoded tokens show the text as read. A single `$` is kept unless it touches a command (`$\\boxed{`, `}$`): it is
a price as often as a math delimiter. No replacement text holds a `$` pattern (`$&`, `$1`) that JavaScript's
`replaceAll` would expand: the one `$` stands alone.

    python -m models.tiny_arith.markup FOLDER   # adds the normalizer to FOLDER/tokenizer.json (once), and its new
                                                # sha256 to FOLDER/prm.json when the folder has one
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tokenizers import Regex, Tokenizer, normalizers

from ..convert.manifest import save_manifest, sha256

#: (pattern, replacement) in order: LaTeX line breaks and environments, a `$` touching a command, an escaped `\\$`,
#: commands whose argument is text or a fraction (`\\frac{482}{2}` reads `482 ÷ 2`), signs and arrows, sizing and
#: spacing commands, alignment marks, delimiters, the braces left over, markdown bold and headings (`####` stays:
#: "#### 14" is an answer), then the spaces (at line ends, doubled, at the start) and blank lines that removed markup
#: leaves. The end is kept: the prompt ends in a newline.
MARKUP = [
    (r"[ \t]*\\\\[ \t]*", "\n"),
    (r"[ \t]*\\(?:begin|end)\{[a-z]*\*?\}[ \t]*", ""),
    (r"\$+(?=\\)|(?<=\})\$+", ""),
    (r"\\\$", "$"),
    (r"\\(?:[dt]?frac|text|textbf|textrm|mathrm|mathbf|boxed)\{", ""),
    (r"\\times|\\cdot", "×"),
    (r"\\div", "÷"),
    (r"\\(?:Rightarrow|rightarrow|implies|to)(?![A-Za-z])", "→"),
    (r"\\(?:left|right)(?![A-Za-z])|\\[,;!]", ""),
    (r"\\q?quad(?![A-Za-z])", " "),
    (r"&(?==)", ""),
    (r"(?:\\\[|\\\(|\$\$)[ \t]*|[ \t]*(?:\\\]|\\\)|\$\$)", ""),
    (r"\}[ \t]*\{", " ÷ "),
    (r"[{}]", ""),
    (r"\*\*", ""),
    (r"(?<!#)#{1,3} ", ""),
    (r"[ \t]+(?=\n)|(?<=\n)[ \t]+", ""),
    (r"(?<= ) +", ""),
    (r"\n{3,}", "\n\n"),
    (r"\A\s+", ""),
]


def read_markup(tokenizer: Tokenizer) -> Tokenizer:
    """`tokenizer` reading MARKUP as plain text before any normalizer it already has (place marks)."""
    rules = [normalizers.Replace(Regex(pattern), text) for pattern, text in MARKUP]
    if tokenizer.normalizer is not None:
        rules.append(tokenizer.normalizer)
    tokenizer.normalizer = normalizers.Sequence(rules)
    return tokenizer


def reads_markup(tokenizer_json: Path) -> bool:
    """Whether the tokenizer.json at `tokenizer_json` already holds MARKUP (these rules, in this order)."""
    normalizer = json.loads(tokenizer_json.read_text()).get("normalizer") or {}
    rules = [(rule.get("pattern", {}).get("Regex"), rule.get("content")) for rule in normalizer.get("normalizers", [normalizer])]
    return rules[: len(MARKUP)] == MARKUP


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a model folder (or a build --out folder) holding tokenizer.json")
    path = parser.parse_args().folder / "tokenizer.json"
    if reads_markup(path):
        print(f"{path} already reads markup")
        return
    read_markup(Tokenizer.from_file(str(path))).save(str(path))
    manifest_path = path.parent / "prm.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        manifest["files"]["tokenizer.json"] = sha256(path)
        save_manifest(path.parent, manifest)
    print(f"{path} now reads markup")


if __name__ == "__main__":
    main()
