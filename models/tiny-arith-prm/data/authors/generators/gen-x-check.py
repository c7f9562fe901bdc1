"""Checker for gen-x/generator.py.

For every record of generate_full(seed, 2000) it re-derives the true chain from the internal
representation (start, changes), re-parses the written steps from the text, and confirms
label, error_kind and final_answer_correct, the one-equation-per-step rule, the ranges, and the mix.
Usage: python3 check.py [seed ...]
"""
import collections
import json
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
NORM = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
WORDNUM = {G.num_words(n): n for n in range(0, 100)}
FIXED_WORDS = {"double": 2, "doubles": 2, "doubled": 2, "twice": 2, "half": 2, "halve": 2,
               "halves": 2, "halved": 2, "triple": 3, "triples": 3, "tripled": 3, "treble": 3,
               "trebles": 3, "trebled": 3, "third": 3, "quadruple": 4, "quadruples": 4,
               "quadrupled": 4, "dozen": 12, "doubling": 2, "tripling": 3, "trebling": 3,
               "halving": 2, "quadrupling": 4}
for k, w in G.FOLD.items():
    FIXED_WORDS[w] = k
MARKS_RE = re.compile(r"\((\d) marks?\)|\[(\d) marks?\]|\[(\d)\]|\((\d)\)|Total: (\d) marks?")


def calc(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a / b


def problem_numbers(text):
    t = MARKS_RE.sub(" ", text)
    nums = [int(x) for x in re.findall(r"\d+", t)]
    low = t.lower()
    for w in re.findall(r"[a-z]+(?:-[a-z]+)?", low):
        if w in WORDNUM:
            nums.append(WORDNUM[w])
        if w in FIXED_WORDS:
            nums.append(FIXED_WORDS[w])
    return nums, re.findall(r"\d+", t)


def check_record(rec, meta, errs):
    start, changes = meta["start"], meta["changes"]
    steps = rec["steps"]
    # true chain, independently of generator helpers
    product = isinstance(start, tuple)
    expect = []  # (op, operand set or operand)
    if product:
        v = start[0] * start[1]
        expect.append(("*", None))
    else:
        v = start
    for op, n in changes:
        if op == "/":
            if v % n:
                errs.append("inexact division")
                return
            v //= n
        else:
            v = calc(op, v, n)
        if not (0 <= v <= 9999):
            errs.append("intermediate out of range")
            return
        expect.append((op, n))
    true_ans = v
    if len(steps) != len(expect) + 1:
        errs.append("wrong number of steps")
        return
    # numbers in problem
    if product:
        if not (start[0] <= 999 and start[1] <= 999):
            errs.append("factor > 999")
    elif start > 1000:
        errs.append("start > 1000")
    for _, n in changes:
        if n > 999 or n < 2:
            errs.append("operand range")
    nums, digit_nums = problem_numbers(rec["problem"])
    needed = list(start) if product else [start]
    needed += [n for _, n in changes]
    for n in needed:
        if n not in nums:
            errs.append(f"number {n} not found in problem")
    allowed = set(needed)
    for d in digit_nums:
        if int(d) not in allowed:
            errs.append(f"stray digit number {d} in problem")
    for txt in [rec["problem"]] + steps:
        if re.search(r"[{}^|$]|\[(?!\d)|\b(\w+) \1\b", txt):
            errs.append(f"template leak or doubled word: {txt!r}")
    if len(changes) < 1 or len(changes) > 5:
        errs.append("change count")
    if len(rec["problem"].split()) > 90:
        errs.append("problem too long")
    # parse steps
    parsed = []
    for s in steps[:-1]:
        m = EQ.findall(s)
        if len(m) != 1:
            errs.append(f"step without exactly one equation: {s!r}")
            return
        if s.count("=") != 1:
            errs.append(f"extra '=' in step {s!r}")
        a, op, b, c = m[0]
        parsed.append((int(a), NORM[op], int(b), int(c)))
    last = steps[-1]
    if EQ.search(last) or "=" in last:
        errs.append("final step has an equation")
    fnums = re.findall(r"\d+", last)
    if len(fnums) != 1:
        errs.append(f"final step must carry exactly one number: {last!r}")
        return
    stated = int(fnums[0])
    # find earliest wrong step
    label, kind = -1, "none"
    prev = None
    for i, (a, op, b, c) in enumerate(parsed):
        eop, en = expect[i]
        if i == 0:
            exp_a = None if product else start
        else:
            exp_a = prev
        if product and i == 0:
            operand_ok = sorted((a, b)) == sorted(start)
        else:
            operand_ok = (a == exp_a and b == en)
        op_ok = op == eop
        val = calc(op, a, b)
        arith_ok = val == c
        if not (operand_ok and op_ok and arith_ok):
            if label == -1:
                label = i
                defects = [not operand_ok, not op_ok, not arith_ok]
                if sum(defects) != 1:
                    errs.append(f"step {i} has {sum(defects)} defects")
                kind = "operand" if not operand_ok else "operation" if not op_ok else "arithmetic"
            else:
                errs.append(f"step {i} after the earliest error does not continue correctly")
        if c < 0 or c > 9999:
            errs.append("written value out of range")
        prev = c
    if label == -1 and stated != parsed[-1][3]:
        label, kind = len(steps) - 1, "answer"
    if label != -1 and kind != "answer" and stated != parsed[-1][3]:
        errs.append("final answer does not restate the last computed value")
    fac = stated == true_ans
    if rec["label"] != label:
        errs.append(f"label {rec['label']} != rederived {label}")
    if rec["error_kind"] != kind:
        errs.append(f"kind {rec['error_kind']} != rederived {kind}")
    if rec["final_answer_correct"] != fac:
        errs.append("final_answer_correct mismatch")
    if label == -1 and not fac:
        errs.append("correct record with wrong answer")


def main(seeds):
    total = 0
    bad = 0
    kinds = collections.Counter()
    positions = collections.Counter()
    fac_counter = collections.Counter()
    nchanges = collections.Counter()
    words = []
    ids = set()
    for seed in seeds:
        t0 = time.time()
        full = G.generate_full(seed, 2000)
        dt = time.time() - t0
        again = G.generate(seed, 2000)
        if [r for r, _ in full] != again:
            print("NOT DETERMINISTIC for seed", seed)
            bad += 1
        print(f"seed {seed}: 2000 records in {dt:.2f}s")
        for rec, meta in full:
            total += 1
            errs = []
            if set(rec) != {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}:
                errs.append("keys")
            if rec["id"] in ids:
                errs.append("duplicate id")
            ids.add(rec["id"])
            check_record(rec, meta, errs)
            if errs:
                bad += 1
                if bad <= 15:
                    print("ERR", errs, json.dumps(rec, ensure_ascii=False))
            kinds[rec["error_kind"]] += 1
            fac_counter[rec["final_answer_correct"]] += 1
            nchanges[len(meta["changes"])] += 1
            words.append(len(rec["problem"].split()))
            if rec["label"] >= 0:
                n_eq = len(rec["steps"]) - 1
                L = rec["label"]
                if L == n_eq:
                    positions["final answer"] += 1
                elif L == 0:
                    positions["first step"] += 1
                elif L == n_eq - 1:
                    positions["last equation"] += 1
                else:
                    positions["middle"] += 1
    print(f"checked {total} records, {bad} with problems")
    print("kinds:", {k: f"{v / total:.3f}" for k, v in kinds.items()})
    print("error positions:", dict(positions))
    print("final_answer_correct:", dict(fac_counter))
    print("changes per problem:", dict(sorted(nchanges.items())))
    print(f"words: mean {sum(words) / len(words):.1f}, max {max(words)}")
    share_ok = 0.40 <= kinds["none"] / total <= 0.50
    spread_ok = all(0.10 <= kinds[k] / total <= 0.18 for k in G.KINDS)
    print("mix ok:", share_ok and spread_ok)
    if bad or not (share_ok and spread_ok):
        sys.exit(1)


if __name__ == "__main__":
    main([int(s) for s in sys.argv[1:]] or [1, 2, 20261203])
