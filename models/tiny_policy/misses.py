"""Why best-of-N misses: reads `steplight search --candidates OUT.jsonl` and reports, for the problems where the
best-scored candidate is wrong, whether it holds a false equation the PRM passed (an arithmetic slip) or none (a
wrong operation or a skipped event), and how many of all candidates' steps with a false equation the PRM caught.

    python -m models.tiny_policy.misses OUT.jsonl [--threshold 0.5]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .equations import equations


def false_equations(text: str) -> int:
    """How many `a op b = c` statements in `text` are false."""
    return sum(not e.holds for e in equations(text))


def analyse(lines: list[dict], threshold: float) -> dict:
    """The counts the module comment describes, over one candidates file."""
    misses = slips = others = right_existed = 0
    slip_steps = caught = 0
    for line in lines:
        scored = [c for c in line["candidates"] if c["stepScores"]]
        for c in scored:
            for step, score in zip(c["text"].split("\n\n"), c["stepScores"], strict=False):
                if false_equations(step):
                    slip_steps += 1
                    caught += score < threshold
        if not scored:
            continue
        best = max(scored, key=lambda c: (c["score"], -c["index"]))
        if best["answer"] == line["answer"]:
            continue
        misses += 1
        slips += false_equations(best["text"]) > 0
        others += false_equations(best["text"]) == 0
        right_existed += any(c["answer"] == line["answer"] for c in scored)
    return {
        "problems": len(lines),
        "best_of_n_misses": misses,
        "miss_with_false_equation": slips,
        "miss_without_false_equation": others,
        "miss_with_a_right_candidate": right_existed,
        "steps_with_false_equation": slip_steps,
        "caught_below_threshold": caught,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("candidates", type=Path)
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()
    lines = [json.loads(line) for line in args.candidates.read_text().splitlines() if line.strip()]
    print(json.dumps(analyse(lines, args.threshold)))


if __name__ == "__main__":
    main()
