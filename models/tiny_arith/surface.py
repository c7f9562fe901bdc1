"""The typed surface around the story grammar's words (story.py): how people mark steps in a list ("· ", "→ ",
"2) ", "**Step 2:** "), arrows between a step's words and its equation ("Gone → 731 - 219 = 512"), and clock times
in a problem that are not quantities ("At 06:44, ...", "[10:26] Rita: ..."), so the judge learns to read past them.
"""

from __future__ import annotations

import random

#: Bullets and arrows that open a step, or the answer, without a number in them.
BULLETS = ["· ", "• ", "- ", "* ", "→ ", "=> ", ">> ", "> ", "-> "]
#: Numbered step openers; `{k}` is the step's number, from 1.
NUMBERED = ["{k}. ", "{k}) ", "({k}) ", "**Step {k}:** ", "Step {k} - ", "#{k} "]
#: Sentence subjects a time may open the sentence before ("At 06:44, she ..."); a speaker's name may too.
SUBJECTS = ("There", "She", "He", "They", "It", "We")
#: What joins a step's words to its equation, besides the story grammar's ", so " and ": ".
ARROWS = [" → ", " -> ", " => ", " — ", ": "]


def list_style(rng: random.Random) -> tuple[str, str]:
    """How one solution marks its steps: an opener template for the equation steps (`{k}` is the step's number, from
    1) and an opener for the answer (no number in it)."""
    step = rng.choice(BULLETS + NUMBERED)
    return step, step if step in BULLETS else rng.choice(["", *BULLETS])


def clock(rng: random.Random, after: tuple[int, int] = (6, 0)) -> tuple[str, tuple[int, int]]:
    """A time of day later than `after`, as "HH:MM" or "H:MM", and the time itself."""
    minutes = after[0] * 60 + after[1] + rng.randint(3, 95)
    hour, minute = min(minutes // 60, 23), minutes % 60
    return (f"{hour:02d}:{minute:02d}" if rng.random() < 0.6 else f"{hour}:{minute:02d}"), (hour, minute)


def timed(rng: random.Random, sentences: list[str], names: list[str]) -> str:
    """`sentences` told with clock times: as a chat or log (a line each, headed by a time and a speaker from `names`),
    or with a time opening some sentences, or with one sentence about the time added."""
    style, at = rng.random(), (rng.randint(5, 14), rng.randint(0, 59))
    out = []
    for i, sentence in enumerate(sentences):
        time, at = clock(rng, at)
        if style < 0.4:
            name = rng.choice(names)
            out.append(rng.choice([f"[{time}] {name}: ", f"{name} {time}: ", f"{time} {name}: "]) + sentence)
        elif style < 0.75 and i > 0 and rng.random() < 0.5 and (first := sentence.partition(" ")[0]) in (*SUBJECTS, *names):
            rest = sentence[len(first) :]
            out.append(f"{rng.choice(['At', 'Around', 'By'])} {time}, {first.lower() if first in SUBJECTS else first}{rest}")
        else:
            out.append(sentence)
    if style >= 0.75:
        time, _ = clock(rng)
        line = rng.choice([f"Log entry, {time}.", f"The clock reads {time}.", f"It was {time} when this started.", f"Note written at {time}."])
        out.insert(rng.randint(0, len(out)), line)
    return ("\n" if style < 0.4 else " ").join(out)
