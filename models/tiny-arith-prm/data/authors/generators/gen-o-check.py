#!/usr/bin/env python3
"""Checker for generator.py: re-derives every label from the internal representation
and from the step text, and checks format, numbers, wording hygiene and the mix."""
import collections
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
LOOSE = re.compile(r"\d\s*[+\-*/×÷−]\s*\d")
OPN = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
_W = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
     "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMW = re.compile(r"\b(?:(?:%s)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|dozens?|twice|doubl\w*|"
                  r"tripl\w*|quadrupl\w*|half|halv\w*|thirds?|hundreds?|thousands?|once|couple|pairs?|several|few|"
                  r"first|second)\b" % _W, re.I)


def apply(a, op, b):
    return G.apply(a, op, b)


def check_record(rec, full, errs):
    rid = rec["id"]

    def bad(msg):
        errs.append(f"{rid}: {msg}")

    keys = {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
    if set(rec) != keys:
        bad(f"keys {set(rec)}")
        return None
    steps = rec["steps"]
    prob = rec["problem"]
    ops, bs = full["ops"], full["bs"]
    # ---- true chain from internal representation
    if not 1 <= len(ops) <= 5:
        bad("n changes")
    start = full["start"]
    fac = full["factors"]
    if fac:
        if fac[0] * fac[1] != start or max(fac) > 999:
            bad("factors")
    elif not (0 <= start <= 1000):
        bad("start range")
    v = start
    chain = []
    for op, b in zip(ops, bs):
        if not (1 <= b <= 999):
            bad(f"operand range {b}")
        nv = apply(v, op, b)
        if nv is None or not (0 <= nv <= 9999):
            bad(f"intermediate {v}{op}{b}")
            return None
        chain.append((v, op, b, nv))
        v = nv
    final_true = v
    if final_true != full["final_true"]:
        bad("final_true mismatch")
    # ---- parse steps
    if len(steps) != len(ops) + (1 if fac else 0) + 1:
        bad(f"step count {len(steps)}")
        return None
    parsed = []
    for i, s in enumerate(steps[:-1]):
        m = EQ.findall(s)
        if len(m) != 1 or len(LOOSE.findall(s)) != 1:
            bad(f"step {i} equations: {s!r}")
            return None
        a, o, b, c = m[0]
        parsed.append((int(a), OPN[o], int(b), int(c)))
    last = steps[-1]
    if EQ.search(last) or LOOSE.search(last):
        bad(f"final step has equation {last!r}")
    nums = re.findall(r"\d+", last)
    if len(nums) != 1:
        bad(f"final step numbers {last!r}")
        return None
    fnum = int(nums[0])
    if [list(p) for p in parsed] != full["written"] or fnum != full["final_written"]:
        bad("parsed steps differ from internal chain")
    for s in steps:
        if "{" in s or "}" in s:
            bad(f"template leak in step {s!r}")
    # ---- derive label independently
    label, kind = -1, "none"
    offs = 1 if fac else 0
    for i, (a, o, b, c) in enumerate(parsed):
        if fac and i == 0:
            exp_ops = sorted(fac)
            operand_bad = sorted([a, b]) != exp_ops
            exp_op = "*"
        else:
            ci = i - offs
            exp_a = start if i == 0 else parsed[i - 1][3]
            operand_bad = a != exp_a or b != bs[ci]
            exp_op = ops[ci]
        if operand_bad:
            label, kind = i, "operand"
            break
        if o != exp_op:
            label, kind = i, "operation"
            break
        if apply(a, o, b) != c:
            label, kind = i, "arithmetic"
            break
    if label == -1 and fnum != parsed[-1][3]:
        label, kind = len(steps) - 1, "answer"
    fac_ok = fnum == final_true
    if label != rec["label"]:
        bad(f"label {rec['label']} derived {label}")
    if kind != rec["error_kind"]:
        bad(f"kind {rec['error_kind']} derived {kind}")
    if fac_ok != rec["final_answer_correct"]:
        bad("final_answer_correct")
    if label == -1 and not fac_ok:
        bad("correct chain but wrong final")
    # ---- problem hygiene
    if "{" in prob or "}" in prob:
        bad(f"template leak {prob!r}")
    digs = sorted(re.findall(r"\d+", prob))
    if digs != sorted(full["digits"]):
        bad(f"digits {digs} vs {sorted(full['digits'])}: {prob!r}")
    wm = [w.lower() for w in NUMW.findall(prob)]
    if len(wm) != len(full["words"]):
        bad(f"number words {wm} vs {full['words']}: {prob!r}")
    for w in full["words"]:
        if not any(w.lower() == x or x.startswith(w.lower()[:4]) for x in wm):
            bad(f"missing word {w}")
    for d in full["digits"]:
        if int(d) > 1000 or (int(d) == 1000 and (fac or start != 1000)):
            bad(f"problem number too big {d}")
    if len(prob.split()) > 90:
        bad(f"too long {len(prob.split())}")
    # position class
    if label == -1:
        pos = None
    elif label == len(steps) - 1:
        pos = "final"
    elif label == 0:
        pos = "first"
    elif label == len(steps) - 2:
        pos = "last"
    else:
        pos = "middle"
    return kind, pos, len(ops), bool(fac)


def main():
    errs = []
    total = 0
    for seed in (1, 7, 42, 20261203, 99991):
        t = time.time()
        out = G._generate_full(seed, 2000)
        dt = time.time() - t
        ids = set()
        kinds = collections.Counter()
        poss = collections.Counter()
        nch = collections.Counter()
        prod = 0
        for rec, full in out:
            total += 1
            if rec["id"] in ids:
                errs.append(f"dup id {rec['id']}")
            ids.add(rec["id"])
            r = check_record(rec, full, errs)
            if r is None:
                continue
            k, p, n, pr = r
            kinds[k] += 1
            if p:
                poss[p] += 1
            nch[n] += 1
            prod += pr
        n = len(out)
        ne = n - kinds["none"]
        print(f"seed {seed}: {dt:.2f}s/2000  correct {kinds['none']/n:.3f}  kinds "
              + " ".join(f"{k}={kinds[k]/ne:.2f}" for k in ("arithmetic", "operand", "operation", "answer"))
              + "  pos " + " ".join(f"{p}={poss[p]/ne:.2f}" for p in ("first", "middle", "last", "final"))
              + f"  nchanges {dict(sorted(nch.items()))} product {prod/n:.2f}")
        if not 0.40 <= kinds["none"] / n <= 0.50:
            errs.append(f"seed {seed}: correct share {kinds['none']/n}")
        for k in ("arithmetic", "operand", "operation", "answer"):
            if not 0.18 <= kinds[k] / ne <= 0.32:
                errs.append(f"seed {seed}: kind share {k}")
        for p in ("first", "middle", "last", "final"):
            if not 0.17 <= poss[p] / ne <= 0.33:
                errs.append(f"seed {seed}: position share {p}")
        if dt > 4.0:
            errs.append(f"seed {seed}: slow {dt}")
    # determinism / speed
    a = G.generate(5, 300)
    b = G.generate(5, 300)
    c = G.generate(6, 300)
    if a != b:
        errs.append("not deterministic")
    if a == c:
        errs.append("seed has no effect")
    t = time.time()
    G.generate(123, 1000)
    dt = time.time() - t
    print(f"1000 records in {dt:.2f}s")
    if dt > 2.0:
        errs.append("1000 records too slow")
    # breadth
    names = set(G.ALL_NAMES)
    items = set(i for d in G.DOMAINS for i in d["items"])
    add = set(t[0].split(" {")[0] for t in G.G_ADD) | set(t[0].split(" {")[0] for d in G.DOMAINS for t in d["add"])
    add_t = len(G.G_ADD) + sum(len(d["add"]) for d in G.DOMAINS)
    sub_t = len(G.G_SUB) + sum(len(d["sub"]) for d in G.DOMAINS)
    mul_t = len(G.MUL_OWN) + len(G.MUL_THING) + len(G.MUL_FIXED) + sum(len(d.get("mulfix", [])) + len(d.get("mulown", [])) for d in G.DOMAINS)
    div_t = len(G.DIV_OWN) + len(G.DIV_THING) + len(G.DIV_FIXED) + sum(len(d.get("divfix", [])) for d in G.DOMAINS)
    print(f"names {len(names)} (of {len(G.ALL_NAMES)} typed)  items {len(items)}  add templates {add_t} "
          f"(distinct lead verbs {len(add)})  sub {sub_t}  mul {mul_t}  div {div_t}")
    if len(names) < 200 or len(items) < 200 or add_t < 40 or sub_t < 40 or mul_t < 25 or div_t < 25:
        errs.append("breadth too small")
    for w in list(names) + list(items):
        if re.search(r"\d", w) or NUMW.search(w):
            errs.append(f"number in vocab word {w}")
    for dsent in G.GENERIC_DISTRACT + G.OPENERS + G.ASIDES + [x for d in G.DOMAINS for x in d["distract"]]:
        if re.search(r"\d", dsent) or NUMW.search(dsent):
            errs.append(f"number in filler {dsent}")
    print(f"checked {total} records, {len(errs)} problems")
    for e in errs[:40]:
        print("  ", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
