"""Replays rank rejection on stored candidates, to choose its checkpoints without generating again.

`steplight search --rank-reject` (src/search/rank-gate.ts) stops candidates at checkpoints of generated tokens and
lets only the best share by running score go on. Choosing where to cut needs many tries; this replays them on
candidates sampled once (`rerank sample`): every candidate's running score after each of its policy tokens, as the
search computes it (the open step's partial reward and the finished steps' minimum, the smaller of the two), from one
pass of the PRM over the whole text, each PRM token counted once the text up to its end has been generated. The
absolute rule (`--early-reject`, threshold 0.2 after 8 tokens) runs beside it as in the CLI. It reports best-of-n
accuracy and the tokens spent for each rule tried, with and against full best-of-n.

    python -m models.tiny_policy.rank_replay trace CANDIDATES.jsonl --out TRACES.jsonl [--model models/tiny-arith-prm]
    python -m models.tiny_policy.rank_replay rules TRACES.jsonl [--n 16]

The replay approximates the CLI: a streamed prefix may end inside a PRM token, which the CLI scores and this does not
count yet, and near-tied running scores can order differently under another onnxruntime build; the CLI run is the
measurement.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
from pathlib import Path

from tokenizers import Tokenizer

from ..convert.manifest import VARIANT_FILES
from ..tiny_arith.evaluate import OnnxPrm
from ..tiny_arith.tokenizer import build_sequence, encode_plain
from .data import STEP_SPLIT, solution_steps
from .rerank import select
from .samples import POLICY

#: The CLI's default absolute rule: reject once a running score is below THRESHOLD after MIN_TOKENS.
ABSOLUTE = (0.2, 8)


def token_ends(tokenizer: Tokenizer, problem: str, text: str) -> tuple[list[int], list[int], list[bool]]:
    """Token ids of `text` as a PRM reading steps as typed reads it, with each solution token's end in `text`
    (characters) and whether it is a step separator (counted once the split after its step is written; the last one
    only at the end). The equation view (phase 39 on) reads an open step differently: replay with the CLI instead."""
    steps = solution_steps(text)
    seq = build_sequence(tokenizer, {"problem": problem, "steps": steps}, view=False)
    ends, separators, cursor = [], [], 0
    for index, step in enumerate(steps):
        start = text.index(step, cursor)
        _, offsets = encode_plain(tokenizer, step)
        ends += [start + end for _start, end in offsets]
        separators += [False] * len(offsets)
        cursor = start + len(step)
        last = index == len(steps) - 1
        ends.append(len(text) + 1 if last else cursor + len(STEP_SPLIT))
        separators.append(True)
    return seq["input_ids"], ends, separators


def running_scores(prm: OnnxPrm, tokenizer: Tokenizer, policy_tokenizer: Tokenizer, problem: str, text: str) -> dict:
    """The candidate's running score after each policy token, and its final score (min of its step scores)."""
    ids, ends, separators = token_ends(tokenizer, problem, text)
    if not separators:
        return {"running": [], "score": 0.0}
    start = len(ids) - len(ends)
    probs = prm.token_probs(ids, start)[start:]
    policy_ends = [end for _start, end in policy_tokenizer.encode(text, add_special_tokens=False).offsets]
    running, counted, done, open_partial = [], 0, math.inf, math.inf
    for char_end in policy_ends:
        while counted < len(ends) and ends[counted] <= char_end:
            if separators[counted]:
                done, open_partial = min(done, float(probs[counted])), math.inf
            else:
                open_partial = float(probs[counted])
            counted += 1
        running.append(min(done, open_partial))
    step_scores = [float(p) for p, sep in zip(probs, separators) if sep]
    return {"running": running, "score": min(step_scores)}


def trace(candidates: Path, out: Path, model: Path, variant: str) -> None:
    """Writes each problem's candidates with their running scores (one JSON line per problem)."""
    prm = OnnxPrm(model / "onnx" / VARIANT_FILES[variant])
    tokenizer = Tokenizer.from_file(str(model / "tokenizer.json"))
    policy_tokenizer = Tokenizer.from_file(str(POLICY / "tokenizer.json"))
    with out.open("w") as sink:
        for line in candidates.read_text().splitlines():
            record = json.loads(line)
            traced = [{**c, **running_scores(prm, tokenizer, policy_tokenizer, record["problem"], c["text"])} for c in record["candidates"]]
            sink.write(json.dumps({**record, "candidates": traced}) + "\n")


def replay(candidates: list[dict], checkpoints: list[tuple[int, float]]) -> tuple[int | None, int]:
    """Best-of-n under the absolute rule and rank `checkpoints` ((tokens, share kept) in order): the answer `select`
    picks among the candidates left (None when every one was cut) and the tokens generated."""
    threshold, min_tokens = ABSOLUTE
    stopped: dict[int, int] = {}  # candidate -> tokens generated when it was cut
    for i, c in enumerate(candidates):
        cut = next((k + 1 for k, s in enumerate(c["running"]) if k + 1 >= min_tokens and s < threshold), None)
        if cut is not None:
            stopped[i] = cut
    n = len(candidates)
    for at, share in checkpoints:
        waiting = [i for i, c in enumerate(candidates) if len(c["running"]) > at and stopped.get(i, math.inf) > at]
        keep = math.ceil(n * share - 1e-9)
        ranked = sorted(waiting, key=lambda i: (-candidates[i]["running"][at - 1], i))
        for i in ranked[keep:]:
            stopped[i] = at
    tokens = sum(stopped.get(i, len(c["running"])) for i, c in enumerate(candidates))
    alive = [c for i, c in enumerate(candidates) if i not in stopped]
    return (select(alive)["best-of-n"] if alive else None), tokens


def rules(traces: Path, n: int) -> list[dict]:
    """Accuracy and tokens of full best-of-n, the absolute rule alone, and a grid of one- and two-checkpoint rules."""
    problems = [json.loads(line) for line in traces.read_text().splitlines()]
    grid: list[list[tuple[int, float]]] = [[]]
    grid += [[(at, share)] for at in (8, 12, 16, 20, 24, 32, 40, 48) for share in (0.125, 0.25, 0.375, 0.5)]
    stages = itertools.combinations((4, 8, 12, 16, 24, 32, 40), 2)
    grid += [[(a, s), (b, t)] for a, b in stages for s in (0.5, 0.625, 0.75) for t in (0.125, 0.25, 0.375, 0.5) if t < s]
    full = sum(len(c["running"]) for p in problems for c in p["candidates"][:n])
    rows = []
    for checkpoints in grid:
        right, tokens = 0, 0
        for p in problems:
            answer, spent = replay(p["candidates"][:n], checkpoints)
            right += answer == p["answer"]
            tokens += spent
        rows.append({"checkpoints": checkpoints, "accuracy": right / len(problems), "tokens": tokens, "fewer": full / tokens})
    full_right = sum(select(p["candidates"][:n])["best-of-n"] == p["answer"] for p in problems)
    return [{"checkpoints": "full best-of-n", "accuracy": full_right / len(problems), "tokens": full, "fewer": 1.0}, *rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    tracing = sub.add_parser("trace")
    tracing.add_argument("candidates", type=Path)
    tracing.add_argument("--out", type=Path, required=True)
    tracing.add_argument("--model", type=Path, default=Path("models/tiny-arith-prm"))
    tracing.add_argument("--variant", default="q4")
    ruling = sub.add_parser("rules")
    ruling.add_argument("traces", type=Path)
    ruling.add_argument("--n", type=int, default=16)
    args = parser.parse_args()
    if args.command == "trace":
        trace(args.candidates, args.out, args.model, args.variant)
    else:
        for row in rules(args.traces, args.n):
            print(json.dumps(row))


if __name__ == "__main__":
    main()
