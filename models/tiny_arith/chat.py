"""A chat model's surface for the story grammar's solutions (story.py): an opener, markdown step headings, display
math (`$$ ... $$`, `\\[ ... \\]`, `\\( ... \\)`, LaTeX's `\\times` and `\\div`, `\\text{...}`), a recap after the equation
and boxed or bold answers: how the LLM answers a visitor pastes are written. It restyles a finished record and moves
its error's offset with the text, so every label stays the grammar's; the equation itself (its numbers, its
operation) is never changed.
"""

from __future__ import annotations

import random
import re

from .external import EQUATION  # `a op b = c` in any typed or LaTeX sign: story.SYMBOLS' signs among them

#: How one solution sets its equations: (before, after, whether the sign may be LaTeX and a `\text{}` may follow).
DISPLAYS = [
    ("\n$$", "$$", True),
    ("\n\\[ ", " \\]", True),
    (" \\( ", " \\)", True),
    (" $", "$", True),
    (" **", "**", False),
    (" `", "`", False),
    (" ", "", False),
]
#: LaTeX and typed signs for each operation: a sign is only ever swapped for one of its own operation.
SIGNS = {
    "+": ["+"],
    "-": ["-", "−"],
    "−": ["-", "−"],
    "*": ["\\times", "\\times", "\\cdot", "×"],
    "×": ["\\times", "×"],
    "x": ["\\times", "×"],
    "/": ["\\div", "÷", "/"],
    "÷": ["\\div", "÷"],
}
#: Which group of EQUATION each kind of error's offset points into (story.py's kinds).
GROUPS = {"operand_a": 1, "operation": 2, "extra": 2, "operand_b": 3, "slip": 4}
#: Step headings; `{k}` is the step's number, from 1, and `{t}` a title that names no operation.
HEADINGS = ["## Step {k}: {t}\n", "**Step {k}: {t}**\n", "### {t}\n", "{k}. **{t}:**\n", "**{t}**\n", "Step {k}: {t}\n\n", ""]
TITLES = ["Apply the next change", "Update the total", "Account for what happens", "Find the new amount", "Keep track", "Next event", "Work it out"]
FIRST_TITLES = ["Find the starting amount", "Start with what we know", "Set up", "The first change", "Begin"]
OPENERS = [
    "Let's break this down step by step.\n\n",
    "Let's think step by step.\n",
    "Sure! Let's solve this together.\n\n",
    "I'll keep a running total as we go.\n",
    "Let me work through each change in order.\n\n",
    "Great question! Here's how to solve it.\n\n",
    "To find the answer, we follow the changes one at a time.\n",
]
#: Recaps after the equation; they restate the result as written, right or wrong, and name no operation.
RECAPS = ["\nSo now there are **{c}**.", " → **{c}** so far.", "\nRunning total: {c}.", " We now have {c}.", "\nThat gives us **{c}**.", ""]
#: Words a display may carry after its result.
TEXTS = [" \\text{ in total}", " \\text{ left}", " \\text{ now}", " \\text{ altogether}", " \\, \\text{items}"]
#: Answers; `@` is the answer's number.
ANSWERS = [
    "So the answer is $\\boxed{@}$.",
    "**Answer:** @",
    "Therefore, the final answer is **@**.",
    "The answer is: @",
    "#### @",
    "$$\\boxed{@}$$",
    "**Final Answer:** $\\boxed{@}$",
    "### Final answer\n**@**",
]


def _sign(rng: random.Random, op: str, latex: bool) -> str:
    return rng.choice(SIGNS.get(op, [op])) if latex else op


def _step(rng: random.Random, step: str, k: int, style: dict, offset: int | None, kind: str) -> tuple[str, int | None]:
    """Step `k` restyled, and where `offset` (in the part of its equation that an error of `kind` changed) lands in it."""
    m = EQUATION.search(step)
    if m is None:
        return step, offset
    before, after, latex = style["display"]
    sign = _sign(rng, m.group(2), latex)
    parts = [m.group(1), f" {sign} ", m.group(3), " = ", m.group(4)]
    titles = FIRST_TITLES if k == 0 else TITLES
    head = style["heading"].format(k=k + 1, t=rng.choice(titles))
    lead = step[: m.start()].rstrip()
    text = head + lead + before if lead else head + before.lstrip(" ")
    starts = []
    for part in parts:
        starts.append(len(text))
        text += part
    if latex and rng.random() < 0.3:
        text += rng.choice(TEXTS)
    text += after
    tail = step[m.end() :]
    text += tail if any(ch.isdigit() for ch in tail) else rng.choice(RECAPS).format(c=m.group(4))
    if offset is None:
        return text, None
    group = GROUPS[kind]  # the part of the equation the error changed: its offset moves with that part
    return text, (starts[0], starts[1] + 1, starts[2], starts[4])[group - 1] + offset - m.start(group)


def _answer(rng: random.Random, answer: str, offset: int | None) -> tuple[str, int | None]:
    numbers = list(re.finditer(r"\d+", answer))
    if len(numbers) != 1 or rng.random() < 0.25:
        return answer, offset
    form, number = rng.choice(ANSWERS), numbers[0]
    at = form.index("@")
    return form.replace("@", number.group()), None if offset is None else at + offset - number.start()


def chat_styled(rng: random.Random, record: dict) -> dict:
    """`record` (story.py's) written as a chat model writes: its steps' text and its error's offset change, nothing
    else does."""
    style = {"display": rng.choice(DISPLAYS), "heading": rng.choice(HEADINGS)}
    error = record["error"]
    steps = []
    moved = None
    for k, step in enumerate(record["steps"]):
        offset, kind = (error["offset"], error["kind"]) if error and error["step"] == k else (None, "")
        last = k == len(record["steps"]) - 1
        text, offset = _answer(rng, step, offset) if last else _step(rng, step, k, style, offset, kind)
        if k == 0 and rng.random() < 0.6:
            opener = rng.choice(OPENERS)
            text, offset = opener + text, None if offset is None else offset + len(opener)
        steps.append(text)
        moved = offset if offset is not None else moved
    return {**record, "steps": steps, "error": error and {**error, "offset": moved}}
