#!/usr/bin/env python3
"""Checker for generator.py: re-derives every label from the internal
representation and from the written steps, independently of the injector."""
import collections
import json
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPNUM = re.compile(r"\d\s*[+\-*/×÷−]\s*\d")
NORM = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
KEYS = {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}


def calc(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a / b if b else None


def check_record(rec, meta, errs):
    def bad(msg):
        errs.append("%s: %s" % (rec["id"], msg))

    if set(rec) != KEYS:
        bad("keys %s" % sorted(rec))
    if not isinstance(rec["label"], int) or not isinstance(rec["final_answer_correct"], bool):
        bad("types")
    if rec["error_kind"] not in ("none", "arithmetic", "operand", "operation", "answer"):
        bad("error_kind value")
    start, factors, changes = meta["start"], meta["factors"], meta["changes"]
    if not 1 <= len(changes) <= 5:
        bad("number of changes %d" % len(changes))
    # ---- true chain from the internal representation
    given = [b for _, b in changes]
    if factors:
        x, y = factors
        if x * y != start or max(x, y) > 999:
            bad("product start")
        given += [x, y]
        chain = [(("*", sorted([x, y])), start)]
    else:
        if start > 1000:
            bad("start > 1000")
        given.append(start)
        chain = []
    if any(b > 999 for _, b in changes):
        bad("change number > 999")
    cur = start
    for op, b in changes:
        r = calc(cur, op, b)
        if r is None or r != int(r) or r < 0 or r > 9999:
            bad("true intermediate invalid %r" % r)
            return
        r = int(r)
        chain.append(((op, b), r))
        cur = r
    true_final = cur
    # ---- problem text
    text = rec["problem"]
    if len(text.split()) > 90:
        bad("problem too long (%d words)" % len(text.split()))
    for d in re.findall(r"\d+", text):
        if int(d) not in given:
            bad("stray number %s in problem" % d)
    for s in meta["rendered"].get("start", []) + meta["rendered"].get("changes", []):
        if s.startswith("<"):
            continue
        if s.lower() not in text.lower():
            bad("rendered number %r not in problem" % s)
    # ---- steps
    steps = rec["steps"]
    n_eq = len(changes) + (1 if factors else 0)
    if len(steps) != n_eq + 1:
        bad("step count %d, expected %d" % (len(steps), n_eq + 1))
        return
    parsed = []
    for i, st in enumerate(steps[:-1]):
        ms = EQ.findall(st)
        if len(ms) != 1 or st.count("=") != 1 or len(OPNUM.findall(st)) != 1:
            bad("step %d does not hold exactly one equation: %r" % (i, st))
            return
        a, op, b, c = ms[0]
        parsed.append((int(a), NORM[op], int(b), int(c)))
    last = steps[-1]
    if "=" in last or OPNUM.search(last):
        bad("final step holds an equation: %r" % last)
    nums = re.findall(r"\d+", last)
    if len(nums) != 1:
        bad("final step must state one number: %r" % last)
        return
    F = int(nums[0])
    # ---- judge the written solution step by step
    label, kind = -1, "none"
    prev = None
    for i, (a, op, b, c) in enumerate(parsed):
        if factors and i == 0:
            exp_op, ok_operands = "*", sorted([a, b]) == sorted(factors)
        else:
            ch_op, ch_b = changes[i - (1 if factors else 0)]
            exp_a = start if (i == 0) else prev
            exp_op, ok_operands = ch_op, (a == exp_a and b == ch_b)
        if op != exp_op:
            label, kind = i, "operation"
            break
        if not ok_operands:
            label, kind = i, "operand"
            break
        r = calc(a, op, b)
        if r is None or r != c:
            label, kind = i, "arithmetic"
            break
        prev = c
    if label == -1 and F != parsed[-1][3]:
        label, kind = len(steps) - 1, "answer"
    if label >= 0 and kind != "answer":
        # after the first slip every later equation must carry on from the written value
        p = parsed[label][3]
        for j in range(label + 1, len(parsed)):
            a, op, b, c = parsed[j]
            ch_op, ch_b = changes[j - (1 if factors else 0)]
            if a != p or op != ch_op or b != ch_b or calc(a, op, b) != c:
                bad("step %d after the error does not carry on correctly" % j)
            p = c
        if F != parsed[-1][3]:
            bad("final answer does not copy the carried-on result")
    if label != rec["label"]:
        bad("label %d, re-derived %d" % (rec["label"], label))
    if kind != rec["error_kind"]:
        bad("error_kind %s, re-derived %s" % (rec["error_kind"], kind))
    if (F == true_final) != rec["final_answer_correct"]:
        bad("final_answer_correct wrong")
    # every written value stays a sane integer
    for a, op, b, c in parsed:
        if not (0 <= c <= 9999):
            bad("written value out of range %d" % c)
    # positions
    if label < 0:
        return None
    if label == len(steps) - 1:
        return "final"
    if label == 0:
        return "first"
    if label == n_eq - 1:
        return "last"
    return "middle"


def main():
    seeds = [1, 2, 3, 20261203]
    errs = []
    total = collections.Counter()
    posc = collections.Counter()
    ids = set()
    for sd in seeds:
        t = time.time()
        full = G._generate_full(sd, 2000)
        dt = time.time() - t
        again = G.generate(sd, 50)
        if again != [r for r, _ in full[:50]]:
            errs.append("seed %d: not deterministic" % sd)
        if len(full) != 2000:
            errs.append("seed %d: count %d" % (sd, len(full)))
        print("seed %d: 2000 records in %.2fs" % (sd, dt))
        for rec, meta in full:
            if rec["id"] in ids:
                errs.append("duplicate id %s" % rec["id"])
            ids.add(rec["id"])
            json.dumps(rec)
            pos = check_record(rec, meta, errs)
            total[rec["error_kind"]] += 1
            if pos:
                posc[pos] += 1
    n = sum(total.values())
    print("kinds:", {k: "%.3f" % (v / n) for k, v in sorted(total.items())})
    ne = sum(posc.values())
    print("positions:", {k: "%.3f" % (v / ne) for k, v in sorted(posc.items())})
    if not 0.40 <= total["none"] / n <= 0.50:
        errs.append("correct share %.3f" % (total["none"] / n))
    for k in ("arithmetic", "operand", "operation", "answer"):
        if not 0.10 <= total[k] / n <= 0.18:
            errs.append("%s share %.3f" % (k, total[k] / n))
    for k in ("first", "middle", "last", "final"):
        if not 0.15 <= posc[k] / ne <= 0.35:
            errs.append("position %s share %.3f" % (k, posc[k] / ne))
    # breadth
    fam = {}
    for op, lst in G.ENTRIES.items():
        heads = set()
        for kind, tags, tpl, gist, kw in lst:
            if tpl.startswith("{"):
                if tpl in ("{MK}", "{UV}"):
                    key = "mk" if tpl == "{MK}" else "uv"
                    for pv in G.PROFILES.values():
                        heads.update(pv[key])
                    continue
            heads.add(tpl)
        fam[op] = len(heads)
    names = len(set(G._MALE)) + len(set(G._FEMALE)) + len(set(G._SUR))
    items = len(set(f for _, f, _ in G._ITEM_LIST)) + len(set(i for p in G.PLACES for i in p[3]))
    print("phrasings per family:", fam, "names:", names, "items:", items)
    if min(fam.values()) < 40 or names < 200 or items < 200:
        errs.append("breadth too small")
    if errs:
        print("FAILED: %d problems" % len(errs))
        for e in errs[:40]:
            print("  ", e)
        sys.exit(1)
    print("OK: all %d records pass" % n)


if __name__ == "__main__":
    main()
