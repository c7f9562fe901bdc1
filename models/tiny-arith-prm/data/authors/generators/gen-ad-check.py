#!/usr/bin/env python3
"""Independent checker for generator.py (gen-ad).

Re-derives every record's true chain from the internal plan (start or factors,
list of (op, b)), parses the equations back out of the step TEXT, and recomputes
label / error_kind / final_answer_correct from scratch.  Also checks the problem
text against the plan and the overall mix.  Exit status 1 on any failure.
"""
import collections
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generator as G  # noqa: E402

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
SYM = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
NUMWORDS = set(WORDS) | set(TENS) | {"dozen", "twice", "double", "triple", "treble",
                                     "half", "third", "hundred", "thousand"}
KEYS = {("*", 2): r"\b(double|doubled|doubles|twice)\b",
        ("*", 3): r"\b(triple|tripled|triples|treble|trebled|trebles)\b",
        ("/", 2): r"\b(half|halve|halved|halves)\b",
        ("/", 3): r"\ba third\b"}


def words2num(s):
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    if s == "a dozen":
        return 12
    if s in WORDS:
        return WORDS[s]
    if s in TENS:
        return TENS[s]
    if "-" in s:
        t, o = s.split("-", 1)
        return TENS[t] + WORDS[o]
    raise ValueError(s)


def calc(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a // b if b and a % b == 0 else None


def check_record(rec, meta, fails):
    rid = rec["id"]

    def bad(msg):
        fails.append(f"{rid}: {msg}")

    if set(rec) != {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}:
        bad("keys")
    if rec["error_kind"] not in ("none", "arithmetic", "operand", "operation", "answer"):
        bad("error_kind value")
    start, factors, changes = meta["start"], meta["factors"], meta["changes"]
    # ---- problem numbers and true chain
    nums = ([start] if start is not None else list(factors)) + [b for _, b in changes]
    if start is not None and not (0 <= start <= 1000):
        bad("start out of range")
    for n in nums[(1 if start is not None else 0):]:
        if not (0 <= n <= 999):
            bad(f"number {n} > 999")
    if not (1 <= len(changes) <= 5):
        bad("changes count")
    v = factors[0] * factors[1] if factors else start
    if not (0 <= v <= 9999):
        bad("start product range")
    for op, b in changes:
        v2 = calc(v, op, b)
        if v2 is None or not (0 <= v2 <= 9999):
            bad(f"true chain leaves range/inexact at {v} {op} {b}")
            return
        v = v2
    truth = v
    # ---- steps
    steps = rec["steps"]
    n_eq = len(changes) + (1 if factors else 0)
    if len(steps) != n_eq + 1:
        bad(f"step count {len(steps)} != {n_eq + 1}")
        return
    parsed = []
    for k, s in enumerate(steps[:-1]):
        m = EQ.findall(s)
        if len(m) != 1 or s.count("=") != 1:
            bad(f"step {k} does not hold exactly one equation: {s!r}")
            return
        a, sym, b, c = m[0]
        parsed.append((int(a), SYM[sym], int(b), int(c)))
    fin = steps[-1]
    if EQ.search(fin) or "=" in fin:
        bad(f"final step has an equation: {fin!r}")
    fn = re.findall(r"\d+", fin)
    if len(fn) != 1:
        bad(f"final step must hold exactly one number: {fin!r}")
        return
    x = int(fn[0])
    # ---- earliest error, recomputed from text
    label, kind = -1, "none"
    prev = start
    for k, (a, op, b, c) in enumerate(parsed):
        if factors and k == 0:
            exp_op, ok_operands = "*", sorted([a, b]) == sorted(factors)
        else:
            ch = changes[k - (1 if factors else 0)]
            exp_op = ch[0]
            ok_operands = (a == prev and b == ch[1])
        err = None
        if op != exp_op:
            err = "operation"
        elif not ok_operands:
            err = "operand"
        elif calc(a, op, b) != c:
            err = "arithmetic"
        if err and label == -1:
            label, kind = k, err
            # the error must actually change the step (no silent "errors")
            if err != "arithmetic":
                true_c = calc(prev if not (factors and k == 0) else factors[0],
                              exp_op, ch[1] if not (factors and k == 0) else factors[1])
                if c == true_c:
                    bad("wrong operand/operation still gives the true result")
        elif err and label != -1:
            bad(f"second independent error at step {k} ({err})")
        if calc(a, op, b) != c and err != "arithmetic":
            bad(f"step {k} carries an arithmetic slip on top of {err}")
        if c < 0 or c > 9999:
            bad("written value out of range")
        prev = c
    if label == -1 and x != prev:
        label, kind = len(parsed), "answer"
    if label != -1 and kind != "answer" and x != prev:
        bad("final answer does not carry the last written result")
    if rec["label"] != label:
        bad(f"label {rec['label']} != recomputed {label}")
    if rec["error_kind"] != kind:
        bad(f"error_kind {rec['error_kind']} != recomputed {kind}")
    if rec["final_answer_correct"] != (x == truth):
        bad("final_answer_correct wrong")
    if (rec["label"] == -1) != (rec["error_kind"] == "none"):
        bad("label / kind mismatch")
    # ---- problem text against the plan
    p = rec["problem"]
    if len(p.split()) > 90:
        bad(f"problem too long: {len(p.split())} words")
    if not p.rstrip().endswith("?"):
        bad("no question at end")
    for d in re.findall(r"\d+", p):
        if int(d) not in nums:
            bad(f"stray number {d} in problem")
    ph = meta["phrases"]
    low = p.lower()
    if start is not None:
        if words2num(ph["start"]) != start or ph["start"].lower() not in low:
            bad("start phrase")
    else:
        for f, s in zip(factors, ph["factors"]):
            if words2num(s) != f or s.lower() not in low:
                bad("factor phrase")
    for (op, b), s, fb in zip(changes, ph["changes"], meta["fixed_b"]):
        if s is None:
            if fb != b or not re.search(KEYS[(op, b)], low):
                bad(f"fixed wording for {op}{b} missing")
        else:
            if words2num(s) != b or not re.search(r"(?<![\w-])" + re.escape(s.lower()) + r"(?![\w-])", low):
                bad(f"operand phrase {s!r} for {b} not in problem")
    return label, kind, x, truth


def main():
    seeds = [1, 2, 3, 99, 20261203]
    n = 2000
    allfails = []
    tot = collections.Counter()
    for seed in seeds:
        t0 = time.time()
        recs, metas = G._build(seed, n)
        dt = time.time() - t0
        again = G.generate(seed, n)
        if again != recs:
            allfails.append(f"seed {seed}: not deterministic")
        fails = []
        kinds = collections.Counter()
        pos = collections.Counter()
        fac = collections.Counter()
        ids = set()
        for r, m in zip(recs, metas):
            json.dumps(r)
            ids.add(r["id"])
            check_record(r, m, fails)
            kinds[r["error_kind"]] += 1
            fac[r["final_answer_correct"]] += 1
            if r["label"] >= 0:
                n_eq = len(r["steps"]) - 1
                L = r["label"]
                pos["final" if L == n_eq else "first" if L == 0 else "last_eq" if L == n_eq - 1 else "middle"] += 1
        if len(ids) != n:
            fails.append("duplicate ids")
        nerr = n - kinds["none"]
        print(f"seed {seed}: {n} records in {dt:.2f}s; kinds {dict(kinds)}; "
              f"positions {dict(pos)}; final_answer_correct {dict(fac)}; failures {len(fails)}")
        # mix
        if not 0.43 <= kinds["none"] / n <= 0.47:
            fails.append(f"seed {seed}: share correct {kinds['none'] / n:.3f}")
        for k in ("arithmetic", "operand", "operation", "answer"):
            if not 0.20 <= kinds[k] / nerr <= 0.30:
                fails.append(f"seed {seed}: share of {k} among errors {kinds[k] / nerr:.3f}")
        for k in ("first", "middle", "last_eq", "final"):
            if not 0.17 <= pos[k] / nerr <= 0.33:
                fails.append(f"seed {seed}: share of position {k} {pos[k] / nerr:.3f}")
        if dt > 2.0:
            fails.append(f"seed {seed}: too slow ({dt:.2f}s for {n})")
        allfails += fails
        tot.update(kinds)
    # breadth
    templ_used = collections.defaultdict(set)
    for seed in seeds:
        _, metas = G._build(seed, n)
        for m in metas:
            for (op, _), t in zip(m["changes"], m["tmpls"]):
                templ_used[op].add(t)
    print("distinct change wordings used per operation:",
          {k: len(v) for k, v in templ_used.items()},
          "| defined:", {k: len(v) for k, v in G.TEMPLATES.items()})
    names = set(G.MALE) | set(G.FEMALE) | set(G.SURNAMES)
    print(f"items: {len(set(i[1] for i in G.ITEMS))}, names: {len(names)}, ships: {len(G.SHIPS)}")
    for k, v in templ_used.items():
        if len(v) < 40:
            allfails.append(f"only {len(v)} wordings used for {k}")
    if len(set(i[1] for i in G.ITEMS)) < 200 or len(names) < 200:
        allfails.append("breadth of items/names")
    # number words must not hide in headers/distractors
    for lst in list(G.DISTRACT.values()) + list(G.HEADERS.values()):
        for s in lst:
            for w in re.findall(r"[a-z]+", s.lower()):
                if w in NUMWORDS:
                    allfails.append(f"number word {w!r} in fixed sentence {s!r}")
            if re.search(r"\d", s):
                allfails.append(f"digit in fixed sentence {s!r}")
    if allfails:
        print(f"FAILED: {len(allfails)} problems")
        for f in allfails[:40]:
            print("  ", f)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
