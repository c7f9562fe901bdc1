"""Checker for generator.py: re-derives every label from the internal plan.

Run: python3 check.py   (a few seeds x 2000 records; exits non-zero on failure)
"""
import re
import sys
import time
from collections import Counter

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-−*/×÷])\s*(\d+)\s*=\s*(\d+)")
OPN = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
              "ninety": 90})
SPECIAL = {"a dozen": 12, "dozen": 12, "twice": 2, "double": 2, "tripl": 3, "triple": 3,
           "half": 2, "halve": 2, "down the middle": 2, "a third": 3}
NUMWORD_RE = re.compile(r"\b(" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")\b", re.I)


def parse_num_text(t):
    t = t.strip().lower()
    if t.isdigit():
        return int(t)
    if t in SPECIAL:
        return SPECIAL[t]
    if "-" in t:
        a, b = t.split("-")
        return WORDS[a] + WORDS[b]
    return WORDS[t]


def ev(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def judge(rec, meta, errs):
    steps = rec["steps"]
    changes = meta["changes"]
    prod = meta["prod"]
    E = len(changes) + (1 if prod else 0)
    if len(steps) != E + 1:
        errs.append("step count")
        return
    # true chain
    if prod:
        f1, f2 = meta["factors"]
        x = f1 * f2
        chain = [x]
    else:
        x = meta["start"]
        chain = []
    for op, b in changes:
        if op == "/":
            if x % b:
                errs.append("inexact division in true chain")
                return
        x = ev(x, op, b)
        chain.append(x)
    true_final = x
    for v in chain:
        if not (isinstance(v, int) and 0 <= v <= 9999):
            errs.append(f"true intermediate out of range {v}")
    # parse steps
    parsed = []
    for s in steps[:-1]:
        m = EQ.findall(s)
        if len(m) != 1 or s.count("=") != 1:
            errs.append(f"not exactly one equation: {s!r}")
            return
        rest = EQ.sub("", s)
        if re.search(r"\d", rest):
            errs.append(f"stray digits in step: {s!r}")
        a, op, b, c = m[0]
        parsed.append((int(a), OPN[op], int(b), int(c)))
    last = steps[-1]
    if "=" in last or EQ.search(last):
        errs.append(f"equation in final step: {last!r}")
        return
    nums = re.findall(r"\d+", last)
    if len(nums) != 1:
        errs.append(f"final step numbers: {last!r}")
        return
    final_n = int(nums[0])
    # earliest error
    label, kind = -1, "none"
    prev = None
    for j, (a, op, b, c) in enumerate(parsed):
        if prod and j == 0:
            exp_op = "*"
            operand_bad = sorted((a, b)) != sorted(meta["factors"])
        else:
            exp_op, exp_b = changes[j - (1 if prod else 0)]
            exp_a = meta["start"] if j == 0 else prev
            operand_bad = (a != exp_a) or (b != exp_b)
        op_bad = op != exp_op
        val = ev(a, op, b)
        arith_bad = val is None or val != c
        flags = [operand_bad, op_bad, arith_bad]
        if any(flags) and label == -1:
            label = j
            kind = "operand" if operand_bad else "operation" if op_bad else "arithmetic"
            if sum(flags) != 1:
                errs.append(f"impure error at step {j}: {flags}")
        elif label != -1 and j > label:
            # after the error the solver continues consistently from the written value
            if (prod and j == 0) or a != prev or b != changes[j - (1 if prod else 0)][1] \
                    or op != changes[j - (1 if prod else 0)][0] or val != c:
                errs.append("step after error is not a consistent continuation")
        if c < 0 or c > 9999:
            errs.append("written value out of range")
        prev = c
    if label == -1 and final_n != prev:
        label, kind = E, "answer"
    if label != -1 and label < E and final_n != prev:
        errs.append("answer step does not copy the last written result")
    fac = final_n == true_final
    if label != rec["label"]:
        errs.append(f"label {rec['label']} != derived {label}")
    if kind != rec["error_kind"]:
        errs.append(f"kind {rec['error_kind']} != derived {kind}")
    if fac != rec["final_answer_correct"]:
        errs.append("final_answer_correct mismatch")
    if label == -1 and not fac:
        errs.append("correct record with wrong answer")
    # slip plausibility
    if kind == "arithmetic":
        a, op, b, c = parsed[label]
        v = ev(a, op, b)
        if abs(c - v) > max(12, v):
            errs.append(f"implausible arithmetic slip {a}{op}{b}={c}")
    if kind == "answer" and abs(final_n - prev) > max(12, prev) and final_n not in [p[3] for p in parsed] \
            and final_n not in [p[0] for p in parsed] and sorted(str(final_n)) != sorted(str(prev)):
        errs.append("implausible answer slip")
    # problem text
    prob = rec["problem"]
    if len(prob.split()) > 90:
        errs.append(f"problem too long ({len(prob.split())} words)")
    low = prob.lower()
    values = set()
    for v, t in meta["nums_texts"]:
        if t.lower() not in low:
            errs.append(f"number text {t!r} not in problem")
        if parse_num_text(t) != v:
            errs.append(f"number text {t!r} does not mean {v}")
        if v > 999 and not (v == 1000 and (v == meta["start"])):
            errs.append(f"problem number too big {v}")
        values.add(v)
    for d in re.findall(r"\d+", prob):
        if int(d) not in values:
            errs.append(f"stray number {d} in problem")
    need = ([meta["start"]] if not prod else list(meta["factors"])) + [b for _, b in changes]
    for v in need:
        if v not in values:
            errs.append(f"number {v} never stated")
    return label, kind, E


def pos_cat(label, E):
    if label == -1:
        return "none"
    if label == E:
        return "final answer"
    if label == 0:
        return "first step"
    if label == E - 1:
        return "last equation"
    return "middle"


def main():
    ok = True
    # breadth
    print("templates: add", len(G.ADD_T), "sub", len(G.SUB_T), "mul", len(G.MUL_T),
          "+conv", sum(len(v) for v in G.CONV_TPL.values()), "div", len(G.DIV_T),
          "+each/group", len(G.EACH_T) + len(G.GROUP_T), "start", len(G.START_T) + len(G.PROD_T) + len(G.DOZ_T))
    n_items = len(set(w for v in G.ITEMS.values() for w in v)) + len(G.CONV_MUL)
    print("item nouns", n_items, "names", len(set(G.NAMES)), "questions", len(G.Q_GEN) + len(G.Q_EACH) + len(G.Q_EACH_IN) + len(G.Q_GROUP),
          "step forms", len(G.STEP_T) + len(G.STEP_FIRST_PROD), "answer forms", len(G.FINAL_T) + len(G.FINAL_EACH) + len(G.FINAL_EACH_IN) + len(G.FINAL_GROUP))
    if n_items < 200 or len(set(G.NAMES)) < 200 or len(G.ADD_T) < 40 or len(G.SUB_T) < 40:
        print("FAIL breadth")
        ok = False
    for s in G.DISTRACT + G.DISTRACT3 + G.INTROS + G.Q_LEADS:
        if re.search(r"\d", s) or NUMWORD_RE.search(s) or re.search(r"\b(dozen|twice|double|triple|half|third)\b", s, re.I):
            print("FAIL number in distractor:", s)
            ok = False
    # speed + determinism
    t = time.time()
    a = G.generate(7, 1000)
    dt = time.time() - t
    print(f"1000 records in {dt:.2f}s")
    if dt > 2.0:
        ok = False
        print("FAIL speed")
    if G.generate(7, 300) != a[:300] and G.generate(7, 300) != G.generate(7, 300):
        ok = False
        print("FAIL determinism")
    if G.generate(7, 50) != G.generate(7, 50):
        ok = False
        print("FAIL determinism")
    allkeys = {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
    for seed in (1, 2, 20261203, 99):
        full = G._generate_full(seed, 2000)
        assert len(full) == 2000
        bad = 0
        kinds = Counter()
        poss = Counter()
        nchg = Counter()
        ids = set()
        probs = set()
        words = []
        for rec, meta in full:
            errs = []
            if set(rec) != allkeys:
                errs.append("keys")
            ids.add(rec["id"])
            probs.add(rec["problem"])
            r = judge(rec, meta, errs)
            if errs:
                bad += 1
                if bad <= 5:
                    print("BAD", seed, rec["id"], errs[:3])
                    print("   ", rec["problem"])
                    print("   ", rec["steps"])
                continue
            label, kind, E = r
            kinds[kind] += 1
            poss[pos_cat(label, E)] += 1
            nchg[len(meta["changes"])] += 1
            words.append(len(rec["problem"].split()))
        n = len(full)
        nerr = n - kinds["none"]
        print(f"seed {seed}: bad={bad} unique ids={len(ids)} unique problems={len(probs)} "
              f"words mean={sum(words)/len(words):.1f} max={max(words)}")
        print("   kinds:", {k: f"{v / n:.3f}" for k, v in sorted(kinds.items())})
        print("   positions (of errors):", {k: f"{v / nerr:.3f}" for k, v in sorted(poss.items()) if k != "none"})
        print("   changes:", dict(sorted(nchg.items())))
        if bad:
            ok = False
        if len(ids) != n:
            ok = False
            print("FAIL duplicate ids")
        if not (0.40 <= kinds["none"] / n <= 0.50):
            ok = False
            print("FAIL correct share")
        for k in ("arithmetic", "operand", "operation", "answer"):
            if not (0.10 <= kinds[k] / n <= 0.18):
                ok = False
                print("FAIL kind share", k)
        for p in ("first step", "middle", "last equation", "final answer"):
            if not (0.17 <= poss[p] / nerr <= 0.33):
                ok = False
                print("FAIL position share", p)
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
