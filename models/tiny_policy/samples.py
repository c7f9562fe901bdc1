"""The policy's own solutions as PRM training records, labelled without a model (`--policy-samples` in build.py).

The tiny policy samples solutions to fresh training problems (seeds of its own, never the PRM's evaluation splits);
each solution becomes a record in generate.py's format with an exact `error` field:
- a step whose `a op b = c` is false: an arithmetic slip, at the first wrong digit of c;
- otherwise a wrong final answer: the first step whose equation differs from the reference solution's (a product's
  operands may come in either order), at the first operand or operator that differs;
- otherwise, with every equation as the reference's, a final answer that restates the result wrongly;
- otherwise a right answer: no error.
Solutions that end wrong without any step that differs from the reference are dropped (no exact label).

    python -m models.tiny_policy.samples --out WORK/policy-samples.jsonl --problems 4000 --per-problem 4 [--seed S]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from multiprocessing import Pool
from pathlib import Path

import numpy as np

from ..tiny_arith.generate import first_difference, generate
from .data import STEP_SPLIT, final_answer, prompt_text, solution_steps
from .equations import equations
from .evaluate import open_policy

POLICY = Path("models/tiny-arith-policy")
#: Problem seeds: far from the PRM's (1.., 100_000.., evaluation 2-4) and the policy's training seeds (500_000..).
FIRST_SEED = 900_000
COMMUTATIVE = {"+", "*"}
NUMBER = re.compile(r"\d[\d,]*")


def label(steps: list[str], reference: list[str], answer: int) -> dict | None:
    """generate.py's `error` field for a sampled solution ({} for a right one), or None when it has no exact label."""
    for index, step in enumerate(steps):
        for e in equations(step):
            if not e.holds:
                true = e.true_value
                digit = first_difference(str(e.c), str(true)) if true is not None and true.denominator == 1 else 0
                return {"step": index, "kind": "slip", "offset": e.match.start(4) + digit}
    if final_answer(STEP_SPLIT.join(steps)) == answer:
        return {}
    wanted = [(found[0].a, found[0].op, found[0].b) for found in (equations(step) for step in reference) if found]
    for index, step in enumerate(steps[: len(wanted)]):
        found = equations(step)
        if not found:
            continue
        m, a, op, b, _c = found[0]
        wa, wop, wb = wanted[index]
        if (a, op, b) == (wa, wop, wb) or (op in COMMUTATIVE and (b, op, a) == (wa, wop, wb)):
            continue
        if a != wa and not (op in COMMUTATIVE and a == wb):
            return {"step": index, "kind": "operand_a", "offset": m.start(1) + first_difference(str(a), str(wa))}
        if op != wop:
            return {"step": index, "kind": "operation", "offset": m.start(2)}
        return {"step": index, "kind": "operand_b", "offset": m.start(3) + first_difference(str(b), str(wb))}
    carried = [found[-1].c for found in (equations(step) for step in steps[:-1]) if found]
    numbers = list(NUMBER.finditer(steps[-1]))
    if carried and carried[-1] == answer and numbers and not equations(steps[-1]):
        last = numbers[-1]
        return {"step": len(steps) - 1, "kind": "answer", "offset": last.start() + first_difference(last.group(), str(answer))}
    return None


def _sample_chunk(job: tuple[int, int, int, str]) -> list[dict]:
    seed, problems, per_problem, variant = job
    policy, tokenizer = open_policy(POLICY, variant)
    rng = np.random.default_rng(seed)
    out = []
    for i, right in enumerate(generate(seed, problems, "train", error_rate=0.0)):
        prompt = tokenizer.encode(prompt_text(right["problem"]), add_special_tokens=False).ids
        for k in range(per_problem):
            text = tokenizer.decode(policy.sample(prompt, rng), skip_special_tokens=True)
            steps = solution_steps(text)
            error = label(steps, right["steps"], right["answer"]) if steps else None
            if error is None:
                continue
            out.append(
                {
                    "id": f"policy-{seed}-{i}-{k}",
                    "problem": right["problem"],
                    "steps": steps,
                    "label": error["step"] if error else -1,
                    "final_answer_correct": final_answer(text) == right["answer"],
                    "error": error or None,
                    "answer": right["answer"],
                }
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--problems", type=int, default=4000)
    parser.add_argument("--per-problem", type=int, default=4)
    parser.add_argument("--chunk", type=int, default=100, help="problems per job (one seed each)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--variant", default="q4", help="the policy variant whose mistakes to learn (the demo and CLI run q4)")
    parser.add_argument("--seed", type=int, default=FIRST_SEED)
    args = parser.parse_args()
    jobs = [(args.seed + k, min(args.chunk, args.problems - k * args.chunk), args.per_problem, args.variant) for k in range(-(-args.problems // args.chunk))]
    started, counts = time.time(), {"records": 0, "right": 0}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w") as out, Pool(args.workers) as pool:
        for records in pool.imap(_sample_chunk, jobs):
            for r in records:
                out.write(json.dumps(r) + "\n")
                counts["records"] += 1
                counts["right"] += r["error"] is None
            out.flush()
            kinds = counts["records"] - counts["right"]
            print(f"{counts['records']} records, {kinds} with an error, {time.time() - started:.0f}s", flush=True)


if __name__ == "__main__":
    main()
