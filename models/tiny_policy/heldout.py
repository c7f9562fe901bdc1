"""Search problems from the other authors' held-out sources (models/tiny-arith-prm/data/authors/: gen-b, gen-d and the
hand-written prose-1, prose-2, none of them ever trained on): each problem with a correct record (label -1), its
answer the last number of that record's last step. The first `--per-source` problems of each source, interleaved, so
`steplight search --limit K` takes them evenly.

    python -m models.tiny_policy.heldout --out models/tiny-arith-policy/heldout-problems.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .data import final_answer

AUTHORS = Path(__file__).resolve().parents[1] / "tiny-arith-prm" / "data" / "authors"
SOURCES = ("gen-b", "gen-d", "prose-1", "prose-2")


def problems_of(records: list[dict], source: str) -> list[dict]:
    """Distinct problems with their answers, in file order; two correct records disagreeing on one is an error."""
    answers: dict[str, int] = {}
    for record in records:
        if record["label"] != -1:
            continue
        answer = final_answer(record["steps"][-1])
        if answer is None:
            continue
        if answers.setdefault(record["problem"], answer) != answer:
            raise ValueError(f"{source}: two correct records of one problem give {answers[record['problem']]} and {answer}")
    return [{"problem": problem, "answer": answer, "source": source} for problem, answer in answers.items()]


def interleave(lists: list[list[dict]], per_source: int) -> list[dict]:
    """The first `per_source` of each list, taken in turn."""
    return [items[i] for i in range(per_source) for items in lists if i < len(items)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--per-source", type=int, default=36)
    args = parser.parse_args()
    lists = []
    for source in SOURCES:
        records = [json.loads(line) for line in (AUTHORS / f"{source}.jsonl").read_text().splitlines() if line.strip()]
        lists.append(problems_of(records, source))
    chosen = interleave(lists, args.per_source)
    args.out.write_text("".join(json.dumps(p) + "\n" for p in chosen))
    print(f"{len(chosen)} problems -> {args.out}")


if __name__ == "__main__":
    main()
