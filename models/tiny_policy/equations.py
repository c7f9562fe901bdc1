"""The `a op b = c` statements of a solution text and their true values (exact: any size, division as a fraction)."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple

EQUATION = re.compile(r"(\d[\d,]*)\s*([-+*/×÷−])\s*(\d[\d,]*)\s*=\s*(\d[\d,]*)")
ASCII = {"×": "*", "÷": "/", "−": "-"}


class Equation(NamedTuple):
    match: re.Match
    a: int
    op: str  # + - * / (the ASCII form of × ÷ −)
    b: int
    c: int

    @property
    def true_value(self) -> Fraction | None:
        """What `a op b` is (None for a division by zero)."""
        if self.op == "+":
            return Fraction(self.a + self.b)
        if self.op == "-":
            return Fraction(self.a - self.b)
        if self.op == "*":
            return Fraction(self.a * self.b)
        return Fraction(self.a, self.b) if self.b else None

    @property
    def holds(self) -> bool:
        return self.true_value == self.c

    @property
    def inner_digits_only(self) -> bool:
        """False only in digits between the first and the last: a whole result of as many digits, its leading and
        last digits right (`245 + 141 = 376`). A judge that checks a result's size and last digit passes these."""
        true = self.true_value
        if self.holds or true is None or true.denominator != 1:
            return False
        right, written = str(true.numerator), str(self.c)
        return len(right) == len(written) >= 3 and right[0] == written[0] and right[-1] == written[-1]


def equations(text: str) -> list[Equation]:
    """Every `a op b = c` in `text`, in order (numbers may carry thousands commas)."""
    found = []
    for m in EQUATION.finditer(text):
        a, b, c = (int(m.group(k).replace(",", "")) for k in (1, 3, 4))
        found.append(Equation(m, a, ASCII.get(m.group(2), m.group(2)), b, c))
    return found


def first_false(text: str) -> Equation | None:
    """The first `a op b = c` in `text` that does not hold (None: all hold, or none is written)."""
    return next((e for e in equations(text) if not e.holds), None)
