#!/usr/bin/env python3
"""Checker for generator.py (farm register).

For every record of generate(s, N) for a few seeds it re-derives the true chain
from the generator's internal representation (start / product and the list of
(op, operand) changes), re-parses every step, finds the earliest wrong step and
its kind on its own, and compares with label / error_kind / final_answer_correct.
It also checks the step format, the numbers the problem states, the mix, and runs
a corruption test (mutated records must be caught).

usage: python3 check.py [N] [seed ...]
"""
import json
import re
import sys
import time
from collections import Counter

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPMAP = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
KEYS = {"id": str, "problem": str, "steps": list, "label": int, "final_answer_correct": bool, "error_kind": str}

_W = {w: i for i, w in enumerate(G._ONES)}
_W.update({v: k for k, v in G._TENS.items()})
SPECIAL = {"a dozen": 12, "dozen": 12, "doubl": 2, "twice": 2, "half": 2, "halv": 2, "halves": 2,
           "down the middle": 2, "tripl": 3, "trebl": 3, "a third": 3}
SPECIAL.update({v: k for k, v in G._FOLD.items()})


def word2num(s):
    s = s.lower()
    if s.isdigit():
        return int(s)
    if s in SPECIAL:
        return SPECIAL[s]
    if s in _W:
        return _W[s]
    if "-" in s:
        t, o = s.split("-", 1)
        return _W[t] + _W[o]
    raise ValueError(s)


def apply_op(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def check_record(rec, meta):
    errs = []
    # ---- format
    for k, t in KEYS.items():
        if k not in rec or type(rec[k]) is not t:
            errs.append(f"field {k}")
    if set(rec) != set(KEYS):
        errs.append("extra/missing keys")
    if rec.get("error_kind") not in ("none", "arithmetic", "operand", "operation", "answer"):
        errs.append("bad error_kind")
    if errs:
        return errs
    prob = rec["problem"]
    # ---- true chain
    changes = meta["changes"]
    if not 1 <= len(changes) <= 5:
        errs.append("changes count")
    if meta["product"]:
        A, B = meta["product"]
        v = A * B
        if not (A <= 999 and B <= 999):
            errs.append("factor too big")
    else:
        v = meta["start"]
        if v > 1000:
            errs.append("start too big")
    true_vals = [v]
    for op, b in changes:
        if b > 999:
            errs.append("operand too big")
        nv = apply_op(v, op, b)
        if nv is None or not (0 <= nv <= 9999):
            errs.append(f"bad true intermediate {v}{op}{b}")
            return errs
        v = nv
        true_vals.append(v)
    true_final = v
    if true_final != meta["true_final"]:
        errs.append("true_final mismatch")
    # ---- problem text
    words = len(prob.split())
    if words > 90:
        errs.append(f"too long {words}")
    n_sent = len(re.findall(r"[.?!](?:\s|$)", prob))
    if not 1 <= n_sent <= 8:
        errs.append(f"sentences {n_sent}")
    for tok in re.findall(r"\d+", prob):
        if int(tok) > 1000:
            errs.append(f"number {tok} in problem")
    # the numbers the problem states, in order, are the chain's numbers
    expect = (sorted(meta["product"]) if meta["product"] else [meta["start"]])
    surf_vals = [val for _s, val in meta["surfaces"]]
    nstart = len(expect)
    if sorted(surf_vals[:nstart]) != expect or surf_vals[nstart:] != [b for _op, b in changes]:
        errs.append(f"surface values {surf_vals} vs {expect} {changes}")
    low = prob.lower()
    pos = 0
    for s, val in meta["surfaces"]:
        try:
            if word2num(s) != val:
                errs.append(f"surface {s!r} != {val}")
        except (ValueError, KeyError):
            errs.append(f"surface {s!r} unparsable")
        j = low.find(s.lower(), pos)
        if j < 0:
            errs.append(f"surface {s!r} not found in order")
        else:
            pos = j + len(s)
    # ---- steps
    steps = rec["steps"]
    n_eq = len(changes) + (1 if meta["product"] else 0)
    if len(steps) != n_eq + 1:
        errs.append("step count")
        return errs
    parsed = []
    for i, s in enumerate(steps[:-1]):
        ms = EQ.findall(s)
        if len(ms) != 1:
            errs.append(f"step {i} has {len(ms)} equations")
            return errs
        rest = EQ.sub("", s)
        if re.search(r"\d", rest) or "=" in rest:
            errs.append(f"step {i} has stray digits")
        a, o, b, c = ms[0]
        parsed.append((int(a), OPMAP[o], int(b), int(c)))
    last = steps[-1]
    if EQ.search(last) or "=" in last:
        errs.append("final step has an equation")
    nums = re.findall(r"\d+", last)
    if len(nums) != 1:
        errs.append("final step numbers")
        return errs
    final = int(nums[0])
    # ---- independent walk: earliest wrong step and its kind
    first_bad, kind = None, None
    prev_c = None
    for i, (a, o, b, c) in enumerate(parsed):
        if meta["product"] and i == 0:
            operand_ok = sorted([a, b]) == sorted(meta["product"])
            op_ok = o == "*"
        else:
            k = i - (1 if meta["product"] else 0)
            t_op, t_b = changes[k]
            exp_a = meta["start"] if i == 0 else prev_c
            operand_ok = a == exp_a and b == t_b
            op_ok = o == t_op
        r = apply_op(a, o, b)
        c_ok = r is not None and r == c
        if first_bad is None:
            bad = [name for name, ok in (("operand", operand_ok), ("operation", op_ok), ("arithmetic", c_ok))
                   if not ok]
            if len(bad) > 1:
                errs.append(f"step {i} ambiguous error {bad}")
            if bad:
                first_bad, kind = i, bad[0]
        else:
            # continuation after the error: from the written previous result, right op/operand/arith
            if not (operand_ok and op_ok and c_ok):
                errs.append(f"step {i} does not continue cleanly after the error")
        if r is not None and r > 99999:
            errs.append("wrong chain value too big")
        if c <= 0:
            errs.append("non-positive written value")
        prev_c = c
    if first_bad is None and final != parsed[-1][3]:
        first_bad, kind = n_eq, "answer"
    if first_bad is not None and kind != "answer" and final != parsed[-1][3]:
        errs.append("final answer differs from last written result after an earlier error")
    exp_label = -1 if first_bad is None else first_bad
    exp_kind = "none" if first_bad is None else kind
    if rec["label"] != exp_label:
        errs.append(f"label {rec['label']} != {exp_label}")
    if rec["error_kind"] != exp_kind:
        errs.append(f"error_kind {rec['error_kind']} != {exp_kind}")
    if rec["final_answer_correct"] != (final == true_final):
        errs.append("final_answer_correct")
    if (rec["label"] == -1) != (rec["error_kind"] == "none"):
        errs.append("label/kind inconsistent")
    if rec["error_kind"] == "answer" and rec["label"] != len(steps) - 1:
        errs.append("answer error not on last step")
    # wrong steps must be plausible slips (not absurd values)
    if first_bad is not None and first_bad < n_eq:
        a, o, b, c = parsed[first_bad]
        if meta["product"] and first_bad == 0:
            true_c = meta["product"][0] * meta["product"][1]
        else:
            true_c = true_vals[first_bad + (0 if meta["product"] else 1)]
        transposed = sorted(str(c)) == sorted(str(true_c))
        if c > 4 * true_c + 100 and kind != "operation" and not transposed:
            errs.append(f"implausible wrong value {c} vs {true_c}")
    return errs


def position(rec, meta):
    if rec["label"] == -1:
        return "none"
    n_eq = len(rec["steps"]) - 1
    if rec["label"] == n_eq:
        return "final answer"
    if rec["label"] == 0:
        return "first"
    if rec["label"] == n_eq - 1:
        return "last equation"
    return "middle"


def corrupt_tests(pairs, rng):
    """Mutate records; the checker must flag every mutation."""
    caught, total = Counter(), Counter()
    for rec, meta in pairs:
        muts = []
        r = json.loads(json.dumps(rec))
        r["label"] = rec["label"] + 1 if rec["label"] >= 0 else 0
        muts.append(("label shift", r))
        r = json.loads(json.dumps(rec))
        r["final_answer_correct"] = not rec["final_answer_correct"]
        muts.append(("fac flip", r))
        r = json.loads(json.dumps(rec))
        r["error_kind"] = "arithmetic" if rec["error_kind"] != "arithmetic" else "operand"
        muts.append(("kind swap", r))
        if rec["label"] == -1:
            # slip a result in a correct record but keep label -1
            r = json.loads(json.dumps(rec))
            i = rng.randrange(len(r["steps"]) - 1)
            m = EQ.search(r["steps"][i])
            c = int(m.group(4))
            r["steps"][i] = r["steps"][i][:m.start(4)] + str(c + 1) + r["steps"][i][m.end(4):]
            muts.append(("silent slip", r))
            r = json.loads(json.dumps(rec))
            r["steps"][-1] = re.sub(r"\d+", lambda mm: str(int(mm.group()) + 10), r["steps"][-1])
            muts.append(("silent answer", r))
            r = json.loads(json.dumps(rec))
            i = rng.randrange(len(r["steps"]) - 1)
            m = EQ.search(r["steps"][i])
            r["steps"][i] = r["steps"][i][:m.start(3)] + str(int(m.group(3)) + 1) + r["steps"][i][m.end(3):]
            muts.append(("silent operand", r))
            r = json.loads(json.dumps(rec))
            r["steps"] = r["steps"][:1] + r["steps"][2:] if len(r["steps"]) > 2 else r["steps"][1:]
            muts.append(("dropped step", r))
        for name, r in muts:
            total[name] += 1
            if check_record(r, meta):
                caught[name] += 1
    return caught, total


def main():
    args = sys.argv[1:]
    n = int(args[0]) if args else 2000
    seeds = [int(x) for x in args[1:]] or [1, 2, 3, 20261203]
    grand = Counter()
    all_ok = True
    import random
    for s in seeds:
        t0 = time.time()
        pairs = G._generate_full(s, n)
        dt = time.time() - t0
        recs = G.generate(s, n)
        det = recs == [r for r, _ in pairs] and recs == G.generate(s, n)
        bad = 0
        kinds, poss, nch = Counter(), Counter(), Counter()
        for rec, meta in pairs:
            e = check_record(rec, meta)
            if e:
                bad += 1
                if bad <= 5:
                    print("  BAD", rec["id"], e)
            kinds[rec["error_kind"]] += 1
            poss[position(rec, meta)] += 1
            nch[len(meta["changes"])] += 1
        ids = len({r["id"] for r in recs}) == len(recs)
        print(f"seed {s}: {n} records in {dt:.2f}s, deterministic={det}, unique ids={ids}, bad={bad}")
        print("   kinds:", dict(kinds))
        print("   positions:", dict(poss))
        print("   changes:", dict(sorted(nch.items())))
        corr = kinds["none"] / n
        errs = n - kinds["none"]
        mix_ok = 0.40 <= corr <= 0.50 and all(0.18 <= kinds[k] / errs <= 0.32
                                               for k in ("arithmetic", "operand", "operation", "answer"))
        pos_ok = all(0.15 <= poss[p] / errs <= 0.35 for p in ("first", "middle", "last equation", "final answer"))
        print(f"   correct share {corr:.3f}; mix ok={mix_ok}; positions ok={pos_ok}")
        all_ok &= bad == 0 and det and ids and mix_ok and pos_ok
        grand.update(kinds)
        if s == seeds[0]:
            caught, total = corrupt_tests(pairs[:600], random.Random(5))
            print("   corruption test:", {k: f"{caught[k]}/{total[k]}" for k in total})
            all_ok &= caught == total
            # breadth
            keys = Counter()
            for _r, m in pairs:
                for k in m["tpl_keys"]:
                    keys[k.split(":")[0]] += 0
                keys.update()
            fam = Counter()
            for t in {k for _r, m in pairs for k in m["tpl_keys"]}:
                fam[t[0]] += 1
            print("   distinct change phrasings used per op:", dict(fam))
            print("   distinct items used:", len({m["item"] for _r, m in pairs}),
                  " distinct actors used:", len({m["actor"] for _r, m in pairs}))
            print("   divide-as-question:", sum(m["divq"] for _r, m in pairs),
                  " product starts:", sum(1 for _r, m in pairs if m["product"]),
                  " present tense:", sum(1 for _r, m in pairs if m["tense"] == "present"))
    tfam = Counter(t.op for t in G.TEMPLATES)
    print("lexicon: templates per op", dict(tfam), "items", len(G.ITEMS),
          "names", sum(len(v) for v in G.NAMES.values()))
    print("ALL OK" if all_ok else "PROBLEMS FOUND")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
