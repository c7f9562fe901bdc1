"""The equation view: what the built-in model reads of a solution step (prm.json `input.stepView: "equation"`).

The domain's steps each state one equation `a op b = c` inside words of any register, and the last states the
answer (DOMAIN.md). What makes a step wrong lives in those numbers and that sign; the words around them are where
other authors' wording differs most (a chat model's "### Step 3: Add to the total / Then, we work out the new
total." around `60 + 6 = 66` made the judge doubt a right step). So the model reads the problem as typed and each
step as its arithmetic alone:

    "Minus $32 for a phone stand: 201 - 32 = 169."  ->  "201 - 32 = 169."
    "So, the answer is **151 whistles**."           ->  "The answer is 151."
    "Let's break this down step by step."           ->  as typed (no number in it)

A closed step reads as its first equation, else as its last number stated as the answer, else as typed. A step
still being written (streamed, `open_step`) reads as its first equation so far, else as the equation it ends in
while that is being written (`201 - 3`), else as nothing: a number is not an answer until its step closes. Signs
read as `+ - × ÷` (LaTeX's `\\times`, `\\cdot`, `\\div` too), numbers without thousands commas or currency signs.
`src/step-view.ts` is the same reading for the page; both are checked against `fixtures/step-view.json`.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path

NUMBER = r"([0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)"
SIGN = r"(\\times|\\cdot|\\div|[+\-−–×xX*·/÷])"
CURRENCY = r"(?:[$£€¥₹][ \t]*)?"
GAP = rf"[ \t]*{CURRENCY}"
#: `a op b = c`, currency signs allowed before each number.
EQUATION = re.compile(rf"{CURRENCY}{NUMBER}{GAP}{SIGN}{GAP}{NUMBER}[ \t]*=[ \t]*{CURRENCY}{NUMBER}")
#: The end of an open step where an equation is being written: `a op`, `a op b`, `a op b =`.
OPEN_EQUATION = re.compile(rf"{NUMBER}{GAP}{SIGN}(?:{GAP}{NUMBER}(?:[ \t]*(=)[ \t]*{CURRENCY})?)?(?![\s\S])")
ANY_NUMBER = re.compile(NUMBER)
SIGNS = {"\\times": "×", "\\cdot": "×", "\\div": "÷", "x": "×", "X": "×", "*": "×", "·": "×", "/": "÷", "−": "-", "–": "-"}
ANSWER = "The answer is "


@dataclass(frozen=True)
class StepView:
    """What the model reads (`text`) of the step as typed (`typed`); `pieces` are `(start, end, at)`: the typed
    characters `start:end` are read from `text[at]` on. A step read as typed has no pieces."""

    typed: str
    text: str
    pieces: tuple[tuple[int, int, int], ...]

    def offset(self, typed_at: int) -> int:
        """Where the typed character at `typed_at` is read: in a number, the same digit; in a sign, the sign; before
        a piece, that piece's start; after the last, the end of `text`."""
        if not self.pieces:
            return typed_at if self.text == self.typed else len(self.text)
        for start, end, at in self.pieces:
            if typed_at < start:
                return at
            if typed_at < end:
                return at + len(self.typed[start:typed_at].replace(",", "")) if self.text[at].isdigit() else at
        return len(self.text)


def _sign(sign: str) -> str:
    return SIGNS.get(sign, sign)


def _pieces(found: re.Match, groups: tuple[int, ...], parts: list[str]) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """The view joining `parts` (the read forms of `groups`, with " " between and " = " before the last number)."""
    text, pieces = "", []
    for index, (group, part) in enumerate(zip(groups, parts)):
        if index:
            text += " = " if index == 3 else " "
        pieces.append((found.start(group), found.end(group), len(text)))
        text += part
    return text, tuple(pieces)


def read_step(typed: str, open_step: bool = False) -> StepView:
    """What the model reads for the step `typed` (`open_step`: still being written)."""
    found = EQUATION.search(typed)
    if found:
        a, sign, b, c = found.groups()
        text, pieces = _pieces(found, (1, 2, 3, 4), [_plain(a), _sign(sign), _plain(b), _plain(c)])
        return StepView(typed, text if open_step else text + ".", pieces)
    if open_step:
        partial = OPEN_EQUATION.search(typed)
        if partial is None:
            return StepView(typed, "", ())
        a, sign, b, equals = partial.groups()
        groups = (1, 2) if b is None else (1, 2, 3)
        text, pieces = _pieces(partial, groups, [_plain(a), _sign(sign)] + ([] if b is None else [_plain(b)]))
        return StepView(typed, text + (" =" if equals else ""), pieces)
    numbers = list(ANY_NUMBER.finditer(typed))
    if not numbers:
        return StepView(typed, typed, ())
    last = numbers[-1]
    return StepView(typed, f"{ANSWER}{_plain(last.group(1))}.", ((last.start(1), last.end(1), len(ANSWER)),))


def _plain(number: str) -> str:
    return number.replace(",", "")


def fixture_cases(sources: Path, every: int = 100, prefixed: int = 24) -> list[dict]:
    """Steps of every `every`-th record of each author source (closed), and each prefix of `prefixed` of them
    (open): the cases `src/step-view.ts` must read as this module does."""
    steps = []
    for path in sorted(sources.glob("*.jsonl")):
        records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        steps += [step for record in records[::every] for step in record["steps"]]
    cases = [{"typed": step, "open": False, "read": read_step(step).text} for step in steps]
    for step in steps[:: max(1, len(steps) // prefixed)][:prefixed]:
        cases += [{"typed": step[:end], "open": True, "read": read_step(step[:end], True).text} for end in range(1, len(step) + 1)]
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description="Writes the fixture src/step-view.test.ts reads.")
    parser.add_argument("--sources", type=Path, default=Path("models/tiny-arith-prm/data/authors"))
    parser.add_argument("--out", type=Path, default=Path("models/tiny-arith-prm/fixtures/step-view.json"))
    args = parser.parse_args()
    cases = fixture_cases(args.sources)
    args.out.write_text(json.dumps(cases, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases -> {args.out}")


if __name__ == "__main__":
    main()
