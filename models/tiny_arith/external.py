"""Training records from other authors' generators (`--authors gen-a gen-c`), with per-token error offsets.

The evaluation sources in tiny-arith-prm/data/authors/ were written by authors who saw only the domain spec
(see that folder's README). The generators in TRAINABLE (generators/<author>.py) may feed training: it draws fresh
records from them with seeds other than the ones their evaluation files came from, and the card marks which sources
a phase drew from (authors.py). Their records carry `label` and `error_kind`
but no character offset, so `with_offset` finds where the earliest error becomes visible in the step text.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import tempfile
import warnings
from functools import cache
from pathlib import Path
from types import ModuleType

from .generate import apply, first_difference

GENERATORS = Path(__file__).resolve().parents[1] / "tiny-arith-prm/data/authors/generators"
#: Authors whose generators training may draw from, each with the seed its evaluation file was written with (never
#: drawn for training); every other source stays held out.
TRAINABLE = {
    "gen-a": 20240611,
    "gen-c": 20240611,
    "gen-e": 20261203,
    "gen-f": 20261203,
    "gen-g": 20261203,
    "gen-h": 20261203,
    "gen-i": 20261203,
    "gen-j": 20261203,
    "gen-k": 20261203,
    "gen-l": 20261203,
    "gen-m": 20261203,
    "gen-n": 20261203,
    "gen-o": 20261203,
    "gen-p": 20261203,
    "gen-q": 20261203,
    "gen-r": 20261203,
    "gen-s": 20261203,
    "gen-t": 20261203,
    "gen-u": 20261203,
    "gen-v": 20261203,
    "gen-w": 20261203,
    "gen-x": 20261203,
    "gen-y": 20261203,
    "gen-z": 20261203,
    "gen-aa": 20261203,
    "gen-ab": 20261203,
    "gen-ac": 20261203,
    "gen-ad": 20261203,
    "gen-ae": 20261203,
    "gen-ag": 20261203,
    "gen-ah": 20261203,
    "gen-ai": 20261203,
    "gen-ak": 20261203,
    "gen-al": 20261203,
    "gen-am": 20261203,
}
#: `a op b = c` with the operator as typed, LaTeX's (`\times`, `\div`, `\cdot`, as chat models write them) included.
EQUATION = re.compile(r"(\d+)\s*([-+*/×÷−xX·]|\\times|\\div|\\cdot)\s*(\d+)\s*=\s*(\d+)")
NUMBER = re.compile(r"\d+")
ASCII = {"×": "*", "x": "*", "X": "*", "·": "*", "\\times": "*", "\\cdot": "*", "÷": "/", "\\div": "/", "−": "-"}


@cache
def _module(author: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(author.replace("-", "_"), GENERATORS / f"{author}.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def author_records(author: str, seed: int) -> list[dict]:
    """One run (400 records) of `author`'s generator with `seed` instead of its own; none when the generator fails on
    that seed (authors' code, checked on a few seeds only: phase 20 met gen-f's `randint(2, 1)` near the 9,999 cap
    after 1,000 steps), with a warning, so a rare crash skips a run instead of ending a training phase."""
    assert author in TRAINABLE and seed != TRAINABLE[author]
    module = _module(author)  # a generator that cannot load fails every seed: that ends the phase, as it should
    try:
        records = _run_generator(module, author, seed)
    except Exception as error:  # noqa: BLE001 (any failure of third-party code on one seed)
        warnings.warn(f"{author}'s generator failed on seed {seed} ({error!r}); that run is skipped", stacklevel=2)
        return []
    return [r for r in (with_offset(r) for r in records) if r is not None]


def _run_generator(module: ModuleType, author: str, seed: int) -> list[dict]:
    if hasattr(module, "generate"):  # the generators written to BRIEF-generator.md: generate(seed, count)
        return module.generate(seed, 400)
    with tempfile.TemporaryDirectory() as scratch, contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        out = Path(scratch) / "records.jsonl"
        if author == "gen-a":
            module.R.seed(seed)
            module.OUT = str(out)
        else:
            module.SEED, module.HERE = seed, scratch
        module.main()
        return [json.loads(line) for line in out.read_text().splitlines()]


def with_offset(record: dict) -> dict | None:
    """`record` with generate.py's `error` field ({step, kind, offset}); None when the error step has no equation."""
    label = record["label"]
    if label == -1:
        return {**record, "error": None}
    steps = record["steps"]
    previous = None
    if label > 0:
        before = EQUATION.search(steps[label - 1])
        previous = before.group(4) if before else None
    kind = record.get("error_kind")
    if label == len(steps) - 1:  # the answer
        numbers = list(NUMBER.finditer(steps[label]))
        if not numbers or previous is None:
            return None
        last = numbers[-1]
        return {**record, "error": {"step": label, "kind": "answer", "offset": last.start() + first_difference(last.group(), previous)}}
    m = EQUATION.search(steps[label])
    if m is None:
        return None
    a, op, b, c = m.group(1), ASCII.get(m.group(2), m.group(2)), m.group(3), m.group(4)
    if kind == "arithmetic":
        true = apply(int(a), op, int(b))
        offset = m.start(4) + (first_difference(c, str(true)) if true is not None else 0)
        name = "slip"
    elif kind == "operation":
        offset, name = m.start(2), "operation"
    elif previous is not None and a != previous:
        offset, name = m.start(1) + first_difference(a, previous), "operand_a"
    elif previous is not None or a in NUMBER.findall(record["problem"]):
        offset, name = m.start(3), "operand_b"
    else:
        offset, name = m.start(1), "operand_a"
    return {**record, "error": {"step": label, "kind": name, "offset": offset}}
