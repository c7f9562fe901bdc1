"""Best-of-N and voting on stored candidates, to compare two PRMs on the very same policy samples.

`steplight search` (src/cli/search.ts) is the measurement the issue asks for; it generates and scores together, so
two PRMs meet different candidates unless their runs are replayed. This samples the candidates once and scores them
under any PRM folder: pass@1 (candidate 0), majority@n, best-of-n (highest aggregate step score) and PRM-weighted
vote@n, as src/search/select.ts selects (ties: the first candidate or the answer seen first). The aggregates are
src/aggregate.ts's (min, product, last, mean). `steps` says why a pick goes wrong: of the candidates' steps holding a
false equation (each candidate's first), how many the PRM scores below 0.5 (and of those wrong in their inner digits
only, how many), and of the steps before it whose equations all hold, how many it doubts.

    python -m models.tiny_policy.rerank sample --out CANDIDATES.jsonl [--problems FILE.jsonl] [--offset 0] [--limit 100] [--n 16]
    python -m models.tiny_policy.rerank score CANDIDATES.jsonl --model models/tiny-arith-prm [--variant q4] [--aggregation min]
    python -m models.tiny_policy.rerank score CANDIDATES.jsonl --checkpoint CKPT   # a training checkpoint, q4-rounded (probe.py)
    python -m models.tiny_policy.rerank score CANDIDATES.jsonl --catch-inner-digit-slips   # what reading inner digits is worth
"""

from __future__ import annotations

import argparse
import json
from multiprocessing import Pool
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from ..convert.manifest import VARIANT_FILES
from ..tiny_arith.authors import reads_equations
from ..tiny_arith.evaluate import OnnxPrm
from ..tiny_arith.probe import RoundedPrm
from ..tiny_arith.tokenizer import build_sequence
from .data import final_answer, prompt_text, solution_steps
from .equations import equations, first_false
from .evaluate import TEST, open_policy
from .samples import POLICY

NS = (1, 2, 4, 8, 16)
#: A solution's score from its step scores, as src/aggregate.ts combines them (0 for a solution without steps).
AGGREGATIONS = {
    "min": lambda s: min(s, default=0.0),
    "product": lambda s: float(np.prod(s)) if s else 0.0,
    "last": lambda s: s[-1] if s else 0.0,
    "mean": lambda s: float(np.mean(s)) if s else 0.0,
}


def _candidates(job: tuple[int, dict, int, str]) -> dict:
    index, record, n, variant = job
    policy, tokenizer = open_policy(POLICY, variant)
    rng = np.random.default_rng([index, n])
    prompt = tokenizer.encode(prompt_text(record["problem"]), add_special_tokens=False).ids
    texts = [tokenizer.decode(policy.sample(prompt, rng), skip_special_tokens=True) for _ in range(n)]
    return {"problem": record["problem"], "answer": record["answer"], "candidates": [{"text": t, "answer": final_answer(t)} for t in texts]}


def step_scores(prm: OnnxPrm | RoundedPrm, tokenizer: Tokenizer, problem: str, text: str, view: bool = True) -> list[float]:
    """The PRM's score at every step separator of `text` (steps split as the library splits them; `view`: read
    through the equation view, as the built-in model's prm.json says)."""
    steps = solution_steps(text)
    if not steps:
        return []
    seq = build_sequence(tokenizer, {"problem": problem, "steps": steps}, view)
    probs = prm.token_probs(seq["input_ids"], seq["prompt_length"])
    return [float(probs[i]) for i in seq["separators"]]


#: What `equation_checks` counts per candidate.
CHECKS = ("false", "caught", "inner", "inner_caught", "true", "doubted")


def equation_checks(text: str, scores: list[float]) -> dict[str, int]:
    """Up to `text`'s first step with a false equation: whether the PRM caught it (score < 0.5), the same for a false
    equation wrong in its inner digits only (`Equation.inner_digits_only`), and how many of the steps before it, with
    equations that all hold, it doubted."""
    counts = dict.fromkeys(CHECKS, 0)
    for step, step_score in zip(solution_steps(text), scores):
        wrong = first_false(step)
        if wrong:
            counts["false"], counts["caught"] = 1, int(step_score < 0.5)
            if wrong.inner_digits_only:
                counts["inner"], counts["inner_caught"] = 1, counts["caught"]
            break
        if equations(step):
            counts["true"] += 1
            counts["doubted"] += step_score < 0.5
    return counts


def select(candidates: list[dict]) -> dict[str, int | None]:
    """The answer each strategy picks among `candidates` (each with `answer` and `score`)."""
    best = max(range(len(candidates)), key=lambda i: (candidates[i]["score"], -i))
    votes: dict[int, list[float]] = {}
    for c in candidates:
        if c["answer"] is not None:
            votes.setdefault(c["answer"], []).append(c["score"])
    majority = max(votes, key=lambda a: len(votes[a]), default=None)
    weighted = max(votes, key=lambda a: sum(votes[a]), default=None)
    return {"best-of-n": candidates[best]["answer"], "majority": majority, "weighted-vote": weighted}


def inner_digit_slips_caught(text: str, scores: list[float]) -> list[float]:
    """`scores` as a judge that reads every digit would give them: each step whose first false equation is wrong in
    its inner digits only (`Equation.inner_digits_only`) scored 0."""
    caught = []
    for step, step_score in zip(solution_steps(text), scores):
        wrong = first_false(step)
        caught.append(0.0 if wrong and wrong.inner_digits_only else step_score)
    return caught


def score(lines: list[dict], model: Path, variant: str, aggregation: str = "min", checkpoint: Path | None = None, catch_inner: bool = False) -> dict:
    """Accuracy of each strategy for each n, under the PRM `model`'s `variant`, or under `checkpoint` (q4-rounded);
    with `catch_inner`, as if the PRM also caught every slip in a result's inner digits (what reading them is worth)."""
    prm = RoundedPrm(checkpoint) if checkpoint else OnnxPrm(model / "onnx" / VARIANT_FILES[variant])
    view = checkpoint is not None or reads_equations(model)
    tokenizer = Tokenizer.from_file(str(model / "tokenizer.json"))
    right: dict[str, dict[int, int]] = {s: dict.fromkeys(NS, 0) for s in ("best-of-n", "majority", "weighted-vote")}
    pass1 = 0
    combine = AGGREGATIONS[aggregation]
    checks = dict.fromkeys(CHECKS, 0)
    for line in lines:
        scored = []
        for c in line["candidates"]:
            steps = step_scores(prm, tokenizer, line["problem"], c["text"], view)
            steps = inner_digit_slips_caught(c["text"], steps) if catch_inner else steps
            scored.append({**c, "score": combine(steps)})
            for key, count in equation_checks(c["text"], steps).items():
                checks[key] += count
        pass1 += scored[0]["answer"] == line["answer"]
        for n in NS:
            for strategy, answer in select(scored[:n]).items():
                right[strategy][n] += answer == line["answer"]
    total = len(lines)
    results = [{"strategy": "pass@1", "n": 1, "accuracy": pass1 / total}]
    results += [{"strategy": s, "n": n, "accuracy": right[s][n] / total} for s in right for n in NS]
    judge = {"checkpoint": str(checkpoint)} if checkpoint else {"model": str(model), "variant": variant}
    judge = {**judge, "inner_digit_slips": "set to 0"} if catch_inner else judge
    steps = {
        "false_equations_caught": f"{checks['caught']}/{checks['false']}",
        "of_them_wrong_in_inner_digits_only": f"{checks['inner_caught']}/{checks['inner']}",
        "true_equations_doubted": f"{checks['doubted']}/{checks['true']}",
    }
    return {**judge, "aggregation": aggregation, "n_problems": total, "results": results, "steps": steps}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sample = sub.add_parser("sample")
    sample.add_argument("--out", type=Path, required=True)
    sample.add_argument("--problems", type=Path, default=TEST, help="JSONL of problems with their answers (default: the PRM's test split)")
    sample.add_argument("--limit", type=int, default=100)
    sample.add_argument("--offset", type=int, default=0)
    sample.add_argument("--n", type=int, default=16)
    sample.add_argument("--workers", type=int, default=2)
    sample.add_argument("--policy-variant", default="q4")
    rescore = sub.add_parser("score")
    rescore.add_argument("candidates", type=Path)
    rescore.add_argument("--model", type=Path, default=Path("models/tiny-arith-prm"))
    rescore.add_argument("--variant", default="q4")
    rescore.add_argument("--aggregation", choices=list(AGGREGATIONS), default="min")
    rescore.add_argument("--checkpoint", type=Path, help="score with this training checkpoint instead (q4-rounded in PyTorch; tokenizer from --model)")
    rescore.add_argument(
        "--catch-inner-digit-slips", action="store_true", help="what-if: score 0 each step wrong only in a result's inner digits, as a judge reading them would"
    )
    args = parser.parse_args()
    if args.command == "sample":
        records = [json.loads(line) for line in args.problems.read_text().splitlines()][args.offset : args.offset + args.limit]
        jobs = [(args.offset + i, r, args.n, args.policy_variant) for i, r in enumerate(records)]
        with args.out.open("w") as out, Pool(args.workers) as pool:
            for line in pool.imap(_candidates, jobs):
                out.write(json.dumps(line) + "\n")
                out.flush()
    else:
        lines = [json.loads(line) for line in args.candidates.read_text().splitlines() if line.strip()]
        print(json.dumps(score(lines, args.model, args.variant, args.aggregation, args.checkpoint, args.catch_inner_digit_slips)))


if __name__ == "__main__":
    main()
