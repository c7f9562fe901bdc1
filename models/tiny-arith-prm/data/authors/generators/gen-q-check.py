#!/usr/bin/env python3
"""Independent checker for generator.py: re-derives labels from the internal representation."""
import collections
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPMAP = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
SPECIAL = re.compile(r"\b(twice|double[sd]?|triple[sd]?|quadruple[sd]?|half|halved|halves|third)\b", re.I)
NUMWORD = {w: v for w, v in G.WORD_VALUES.items() if w not in ("one", "zero")}


def apply(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a / b if b else None


def problem_numbers(text):
    out = []
    for tok in re.findall(r"\d+|[A-Za-z]+(?:-[A-Za-z]+)*", text):
        if tok.isdigit():
            out.append(int(tok))
            continue
        t = tok.lower()
        if t == "dozen":
            out.append(12)
        elif t in NUMWORD:
            out.append(NUMWORD[t])
        elif "-" in t:
            a, _, b = t.partition("-")
            if a in G.WORD_VALUES and b in G.WORD_VALUES and G.WORD_VALUES[a] >= 20:
                out.append(G.WORD_VALUES[a] + G.WORD_VALUES[b])
            else:
                for part in t.split("-"):
                    if part in NUMWORD:
                        out.append(("bad-part", part))
    return out


def check_record(rec, meta, errs):
    start, changes = meta["start"], meta["changes"]
    steps = rec["steps"]
    # true chain
    v = start[0] * start[1] if len(start) == 2 else start[0]
    chain = [v]
    for op, n in changes:
        assert 0 <= n <= 999 or False
        if op == "/":
            if v % n:
                errs.append(("nonexact", rec["id"]))
            v = v // n
        else:
            v = int(apply(v, op, n))
        chain.append(v)
    if not all(0 <= x <= 9999 for x in chain):
        errs.append(("range", rec["id"], chain))
    if start[0] > 1000 or (len(start) == 2 and start[1] > 999):
        errs.append(("bignum", rec["id"]))
    if any(n > 999 for _, n in changes):
        errs.append(("bignum", rec["id"]))
    true_final = chain[-1]
    if not 1 <= len(changes) <= 5:
        errs.append(("nchanges", rec["id"]))
    E = len(changes) + (1 if len(start) == 2 else 0)
    if len(steps) != E + 1:
        errs.append(("nsteps", rec["id"]))
        return None
    label, kind = -1, "none"
    prev = None
    for k in range(E):
        found = EQ.findall(steps[k])
        if len(found) != 1 or steps[k].count("=") != 1:
            errs.append(("eqcount", rec["id"], steps[k]))
            return None
        a, op, b, c = found[0]
        a, b, c, op = int(a), int(b), int(c), OPMAP[op]
        extra = [int(x) for x in re.findall(r"\d+", EQ.sub("", steps[k]))]
        if any(x != c for x in extra):
            errs.append(("extra-number-in-step", rec["id"], steps[k]))
        if len(start) == 2 and k == 0:
            operand_ok = sorted([a, b]) == sorted(start)
            exp_op = "*"
        else:
            exp_a = start[0] if k == 0 else prev
            ci = k - (1 if len(start) == 2 else 0)
            exp_op, exp_b = changes[ci]
            operand_ok = (a == exp_a and b == exp_b)
        r = apply(a, op, b)
        arith_ok = r is not None and r == c
        if label == -1:
            if not operand_ok:
                label, kind = k, "operand"
            elif op != exp_op:
                label, kind = k, "operation"
            elif not arith_ok:
                label, kind = k, "arithmetic"
            if label == k and kind in ("operand", "operation") and not arith_ok:
                errs.append(("double-fault", rec["id"], steps[k]))
        elif not arith_ok:
            errs.append(("post-error-arith", rec["id"], steps[k]))
        if op == "/" and (b == 0 or a % b):
            errs.append(("inexact-written-division", rec["id"], steps[k]))
        if c < 0:
            errs.append(("negative", rec["id"]))
        prev = c
    fin = steps[-1]
    if EQ.search(fin) or "=" in fin:
        errs.append(("eq-in-final", rec["id"], fin))
    nums = re.findall(r"\d+", fin)
    if len(nums) != 1:
        errs.append(("final-nums", rec["id"], fin))
        return None
    fnum = int(nums[0])
    if label == -1 and fnum != prev:
        label, kind = E, "answer"
    fac = fnum == true_final
    if label != rec["label"]:
        errs.append(("LABEL", rec["id"], label, rec["label"]))
    if kind != rec["error_kind"]:
        errs.append(("KIND", rec["id"], kind, rec["error_kind"]))
    if fac != rec["final_answer_correct"]:
        errs.append(("FAC", rec["id"], fac, rec["final_answer_correct"]))
    # problem text numbers
    pn = problem_numbers(rec["problem"])
    if any(isinstance(x, tuple) for x in pn):
        errs.append(("numword-in-word", rec["id"], pn))
    expected = list(start) + [n for (op, n), sp in zip(changes, meta["specials"]) if not sp]
    if collections.Counter(pn) != collections.Counter(expected):
        errs.append(("problem-numbers", rec["id"], pn, expected, rec["problem"]))
    nspecial = sum(meta["specials"])
    if nspecial and not SPECIAL.search(rec["problem"]):
        errs.append(("special-missing", rec["id"]))
    if not nspecial and SPECIAL.search(rec["problem"]):
        errs.append(("special-stray", rec["id"], rec["problem"]))
    if len(rec["problem"].split()) > 90:
        errs.append(("long", rec["id"]))
    if set(rec) != {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}:
        errs.append(("keys", rec["id"]))
    return label, kind, E


def main():
    seeds = [int(x) for x in sys.argv[1:]] or [1, 2, 3]
    allerr = []
    for seed in seeds:
        t = time.time()
        pairs = G.generate_with_meta(seed, 2000)
        dt = time.time() - t
        again = G.generate(seed, 2000)
        assert again == [r for r, _ in pairs], "not deterministic"
        errs = []
        kinds = collections.Counter()
        pos = collections.Counter()
        fac_err = 0
        ids = set()
        for rec, meta in pairs:
            ids.add(rec["id"])
            res = check_record(rec, meta, errs)
            if res is None:
                continue
            label, kind, E = res
            kinds[kind] += 1
            if kind != "none":
                p = ("answer" if label == E else "first" if label == 0 else
                     "last" if label == E - 1 else "middle")
                pos[p] += 1
                fac_err += rec["final_answer_correct"]
        n = len(pairs)
        print(f"seed {seed}: {n} records in {dt:.2f}s, unique ids {len(ids)}")
        print("  kinds:", {k: f"{v / n:.3f}" for k, v in sorted(kinds.items())})
        print("  positions:", dict(pos), " error records with correct final:", fac_err)
        ec = collections.Counter(e[0] for e in errs)
        print("  errors:", dict(ec))
        for e in errs[:8]:
            print("   ", e)
        allerr += errs
        if not 0.40 <= kinds["none"] / n <= 0.50:
            allerr.append(("mix-none",))
        for k in ("arithmetic", "operand", "operation", "answer"):
            if not 0.10 <= kinds[k] / n <= 0.18:
                allerr.append(("mix", k))
    print("OK" if not allerr else f"FAILED ({len(allerr)} problems)")
    return 0 if not allerr else 1


if __name__ == "__main__":
    sys.exit(main())
