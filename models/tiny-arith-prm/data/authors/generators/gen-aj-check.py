#!/usr/bin/env python3
"""Checker for generator.py (gen-aj).

For every record of generate(seed, 2000) it re-derives the true chain of results from
the internal representation (start / factors / changes), parses the written steps, finds
the earliest wrong step itself, and compares label, error_kind and final_answer_correct.
It also checks the step format, number bounds, problem length, that every number of the
internal representation is written in the problem in order, determinism, speed, and
the mix of kinds and positions.  A corruption test at the end confirms that the checker
notices wrong labels and tampered steps.

usage: python3 check.py [seed ...]
"""
import collections
import copy
import json
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPLIKE = re.compile(r"\d\s*[+\-*/×÷−]\s*\d")
CANON = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
KEYS = {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}


def ev(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None  # not an exact division: any written c is false
    return a // b


def check_record(rec, meta):
    errs = []
    if set(rec) != KEYS:
        errs.append(f"keys {sorted(rec)}")
        return errs, None
    # ---- truth from the internal representation
    ch = meta["changes"]
    if not 1 <= len(ch) <= 5:
        errs.append("changes count")
    if meta["factors"]:
        f1, f2 = meta["factors"]
        if not (1 <= f1 <= 999 and 1 <= f2 <= 999):
            errs.append("factor range")
        start = f1 * f2
        truth = [("*", (f1, f2), start)]
    else:
        start = meta["start"]
        if not 0 <= start <= 1000:
            errs.append("start range")
        truth = []
    cur = start
    for op, b in ch:
        if not 0 <= b <= 999:
            errs.append("operand range")
        r = ev(cur, op, b)
        if r is None or not 0 <= r <= 9999:
            errs.append(f"bad true intermediate {cur}{op}{b}")
            return errs, None
        truth.append((op, b, r))
        cur = r
    true_final = cur
    n_eq = len(truth)
    # ---- problem text
    prob = rec["problem"]
    if len(prob.split()) > 90:
        errs.append("problem too long")
    if "=" in prob:
        errs.append("'=' in problem")
    low = prob.lower()
    pos = 0
    for tok in meta["tokens"]:
        j = low.find(tok.lower(), pos)
        if j < 0:
            errs.append(f"token {tok!r} not found in order")
            break
        pos = j + len(tok)
    # every number typed in digits in the problem is one of the representation's numbers
    digit_toks = sorted(int(t) for t in meta["tokens"] if t.isdigit())
    if sorted(int(x) for x in re.findall(r"\d+", prob)) != digit_toks:
        errs.append("stray or missing digits in problem")
    # ---- steps
    steps = rec["steps"]
    if len(steps) != n_eq + 1:
        errs.append(f"step count {len(steps)} vs {n_eq + 1}")
        return errs, None
    parsed = []
    for i, s in enumerate(steps[:-1]):
        ms = EQ.findall(s)
        if len(ms) != 1 or s.count("=") != 1 or len(OPLIKE.findall(s)) != 1:
            errs.append(f"step {i} not exactly one equation: {s!r}")
            return errs, None
        a, o, b, c = ms[0]
        a, b, c = int(a), int(b), int(c)
        parsed.append((a, CANON[o], b, c))
        # any other number in the step must be one of the equation's operands
        rest = EQ.sub(" ", s)
        for x in re.findall(r"\d+", rest):
            if int(x) not in (a, b):
                errs.append(f"stray number {x} in step {i}: {s!r}")
    fin = steps[-1]
    if "=" in fin or EQ.search(fin) or OPLIKE.search(fin):
        errs.append(f"equation in final step {fin!r}")
    nums = re.findall(r"\d+", fin)
    if len(nums) != 1:
        errs.append(f"final step numbers {nums}: {fin!r}")
        return errs, None
    stated = int(nums[0])
    # ---- earliest error, derived from the text
    label, kind = -1, "none"
    prev_c = None
    for i, (a, op, b, c) in enumerate(parsed):
        t = truth[i]
        flaws = []
        exp_a = prev_c if i > 0 else None
        if meta["factors"] and i == 0:
            if op != "*":
                flaws.append("operation")
            if sorted((a, b)) != sorted(t[1]):
                flaws.append("operand")
        else:
            if i == 0:
                exp_a = start
            if op != t[0]:
                flaws.append("operation")
            if a != exp_a or b != t[1]:
                flaws.append("operand")
        r = ev(a, op, b)
        if r != c:
            flaws.append("arithmetic")
        if not 0 <= c <= 9999:
            errs.append(f"written value out of range {c}")
        if label == -1:
            if flaws:
                if len(flaws) != 1:
                    errs.append(f"step {i} has several flaws {flaws}")
                label, kind = i, flaws[0]
        else:
            # after the earliest error the solver continues correctly from the wrong value
            if a != prev_c or r != c or op != t[0] or (b != t[1] and not (meta["factors"] and i == 0)):
                errs.append(f"step {i} after the error does not continue cleanly")
        prev_c = c
    if label == -1 and stated != prev_c:
        label, kind = n_eq, "answer"
    elif label != -1 and stated != prev_c:
        errs.append("final answer not copied after an earlier error")
    fac = stated == true_final
    if rec["label"] != label:
        errs.append(f"label {rec['label']} vs derived {label}")
    if rec["error_kind"] != kind:
        errs.append(f"kind {rec['error_kind']} vs derived {kind}")
    if rec["final_answer_correct"] != fac:
        errs.append(f"final_answer_correct {rec['final_answer_correct']} vs derived {fac}")
    # the generator's own record of its injected error must agree too
    if meta["err"] is None:
        if label != -1:
            errs.append("meta says clean")
    else:
        mk, me = meta["err"]
        if mk != kind or (me if mk != "answer" else n_eq) != label:
            errs.append(f"meta err {meta['err']} vs derived {(kind, label)}")
    if label == -1:
        cat = None
    elif label == 0:
        cat = "first"
    elif label == n_eq:
        cat = "final"
    elif label == n_eq - 1:
        cat = "last_eq"
    else:
        cat = "middle"
    return errs, {"kind": kind, "cat": cat, "n_eq": n_eq, "n_ch": len(ch),
                  "style": meta["style"], "tense": meta["tense"], "detail": meta["detail"],
                  "product": bool(meta["factors"]), "ops": [o for o, _ in ch]}


def run_seed(seed, n=2000):
    t0 = time.time()
    recs, metas = G._generate_full(seed, n)
    dt = time.time() - t0
    assert recs == G.generate(seed, n), "generate() not deterministic / differs from full"
    bad = []
    infos = []
    for r, m in zip(recs, metas):
        e, info = check_record(r, m)
        if e:
            bad.append((r["id"], e))
        if info:
            infos.append(info)
    return recs, metas, infos, bad, dt


def summarize(infos):
    n = len(infos)
    kinds = collections.Counter(i["kind"] for i in infos)
    cats = collections.Counter(i["cat"] for i in infos if i["cat"])
    nerr = n - kinds["none"]
    problems = []
    if not 0.40 <= kinds["none"] / n <= 0.50:
        problems.append(f"correct share {kinds['none'] / n:.3f}")
    for k in ("arithmetic", "operand", "operation", "answer"):
        if not 0.19 <= kinds[k] / nerr <= 0.31:
            problems.append(f"kind {k} share {kinds[k] / nerr:.3f}")
    for c in ("first", "middle", "last_eq", "final"):
        if not 0.17 <= cats[c] / nerr <= 0.33:
            problems.append(f"position {c} share {cats[c] / nerr:.3f}")
    return kinds, cats, problems


def corruption_test(recs, metas):
    """Tamper with records and make sure check_record flags every one."""
    caught = total = 0
    for r, m in list(zip(recs, metas))[:300]:
        variants = []
        x = copy.deepcopy(r)
        x["label"] = r["label"] + 1 if r["label"] < len(r["steps"]) - 1 else r["label"] - 1
        variants.append(x)
        x = copy.deepcopy(r)
        x["final_answer_correct"] = not r["final_answer_correct"]
        variants.append(x)
        kinds = ["none", "arithmetic", "operand", "operation", "answer"]
        x = copy.deepcopy(r)
        x["error_kind"] = kinds[(kinds.index(r["error_kind"]) + 1) % 5]
        variants.append(x)
        if r["label"] == -1:
            # bump the result of one equation: must become an arithmetic error there
            x = copy.deepcopy(r)
            k = len(r["steps"]) - 2
            s = x["steps"][k]
            mm = list(EQ.finditer(s))[0]
            c = int(mm.group(4))
            x["steps"][k] = s[:mm.start(4)] + str(c + 1) + s[mm.end(4):]
            variants.append(x)
            # tamper with the final answer
            x = copy.deepcopy(r)
            x["steps"][-1] = re.sub(r"\d+", lambda q: str(int(q.group()) + 10), x["steps"][-1])
            variants.append(x)
        for v in variants:
            total += 1
            e, _ = check_record(v, m)
            if e:
                caught += 1
    return caught, total


def main():
    seeds = [int(a) for a in sys.argv[1:]] or [1, 2, 3, 20261203]
    all_ok = True
    for s in seeds:
        recs, metas, infos, bad, dt = run_seed(s)
        kinds, cats, problems = summarize(infos)
        print(f"seed {s}: {len(recs)} records in {dt:.2f}s, {len(bad)} failing records")
        for rid, e in bad[:10]:
            print("   ", rid, e[:3])
        print("    kinds:", dict(kinds))
        print("    positions:", dict(cats))
        det = collections.Counter(i["detail"] for i in infos if i["detail"])
        print("    error details:", dict(det))
        print("    styles:", dict(collections.Counter(i["style"] for i in infos)),
              "tenses:", dict(collections.Counter(i["tense"] for i in infos)))
        bylen = collections.defaultdict(collections.Counter)
        for i in infos:
            bylen[i["n_eq"]]["ok" if i["kind"] == "none" else "err"] += 1
        print("    n_eq -> ok/err:", {k: (v["ok"], v["err"]) for k, v in sorted(bylen.items())})
        hasdiv = collections.Counter(("div" if "/" in i["ops"] else "nodiv", i["kind"] == "none")
                                     for i in infos)
        print("    division present (ok/err):", dict(hasdiv))
        if problems:
            print("    MIX PROBLEMS:", problems)
        if bad or problems:
            all_ok = False
    caught, total = corruption_test(*G._generate_full(seeds[0], 300))
    print(f"corruption test: caught {caught}/{total} tampered records")
    if caught != total:
        all_ok = False
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "records.jsonl"), encoding="utf-8") as f:
        saved = [json.loads(line) for line in f]
    same = saved == G.generate(20261203, 400)
    print("records.jsonl matches generate(20261203, 400):", same)
    all_ok = all_ok and same
    t0 = time.time()
    G.generate(7, 1000)
    print(f"1000 records in {time.time() - t0:.2f}s")
    print("ALL OK" if all_ok else "CHECK FAILED")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
