#!/usr/bin/env python3
"""Checker for gen-v/generator.py.

For every record of generate(s, 2000) for a few seeds it re-derives the true chain from the
generator's internal representation (start / product / list of changes), parses every step,
recomputes label, error_kind and final_answer_correct on its own, and checks the format rules
and the mix.  Exits non-zero on any failure.
"""
import collections
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generator as G  # noqa: E402

EQ = re.compile(r"(\d+)\s*([+\-*/\u00d7\u00f7\u2212])\s*(\d+)\s*=\s*(\d+)")
OPMAP = {"+": "+", "-": "-", "\u2212": "-", "*": "*", "\u00d7": "*", "/": "/", "\u00f7": "/"}
LABEL = re.compile(
    r"\b(?:platform|route|number|gate|pier|bay|level|floor|terminal|belt|stand)s? \d+\b"
    r"|\b\d{1,2}:\d{2}\b|(?-i:\b[A-Z]{2} \d{2,4}\b)|(?-i:\b\d{1,2}[A-F]\b)", re.I)
WORDNUM = {G.num_word(i): i for i in range(0, 100)}


def apply(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def check_record(rec, meta, fails):
    rid = rec["id"]

    def bad(msg):
        fails.append("%s: %s" % (rid, msg))

    keys = {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
    if set(rec) != keys:
        bad("keys %s" % sorted(rec))
        return None
    if not isinstance(rec["label"], int) or not isinstance(rec["final_answer_correct"], bool):
        bad("types")
    # ---- true chain, re-derived
    changes = meta["changes"]
    if not 1 <= len(changes) <= 5:
        bad("changes count %d" % len(changes))
    prod = meta["product"]
    if prod:
        start = prod[0] * prod[1]
        if not (prod[0] <= 999 and prod[1] <= 999):
            bad("factor too big")
    else:
        start = meta["start"]
        if start > 1000:
            bad("start too big")
    if start != meta["start"]:
        bad("start mismatch")
    expected = []  # (a, op, b) expected per equation step; a None means "previous written c"
    if prod:
        expected.append(("prod", prod))
    v = start
    truth = []
    for op, n in changes:
        if n > 999 or n < 0:
            bad("operand out of range %d" % n)
        nv = apply(v, op, n)
        if nv is None or not (0 <= nv <= 9999):
            bad("bad true intermediate %r" % nv)
            return None
        truth.append(nv)
        expected.append((op, n))
        v = nv
    true_final = v
    # ---- problem text
    text = rec["problem"]
    if len(text.split()) > 90:
        bad("problem too long (%d words)" % len(text.split()))
    if re.search(r"[{}<>|]", text):
        bad("template residue in problem: %s" % text)
    stripped = LABEL.sub(" ", text)
    digits = sorted(re.findall(r"\d+", stripped))
    want = sorted(s for s in meta["surfaces"] if s.isdigit())
    if digits != want:
        bad("problem digits %s != chain surfaces %s | %s" % (digits, want, text))
    low = text.lower()
    for s in meta["surfaces"]:
        if not s.isdigit() and not re.search(r"\b" + re.escape(s.lower()), low):
            bad("surface %r missing" % s)
    for s in meta["surfaces"]:
        if s in WORDNUM:
            pass
    # each chain number must be represented by some surface
    nsurf = len(meta["surfaces"])
    if nsurf != len(changes) + (2 if prod else 1):
        bad("surface count %d" % nsurf)
    # ---- steps
    steps = rec["steps"]
    m = len(expected)
    if len(steps) != m + 1:
        bad("step count %d, expected %d" % (len(steps), m + 1))
        return None
    written = []
    for j, st in enumerate(steps[:-1]):
        if re.search(r"[{}<>|]", st):
            bad("template residue in step")
        found = EQ.findall(st)
        if len(found) != 1 or st.count("=") != 1:
            bad("step %d needs exactly one equation: %r" % (j, st))
            return None
        rest = EQ.sub(" ", st)
        if re.search(r"\d", rest):
            bad("stray digits in step %d: %r" % (j, st))
        a, o, b, c = found[0]
        written.append((int(a), OPMAP[o], int(b), int(c)))
    last = steps[-1]
    if "=" in last or EQ.search(last) or re.search(r"[{}<>|]", last):
        bad("final step has an equation: %r" % last)
    nums = re.findall(r"\d+", last)
    if len(nums) != 1:
        bad("final step needs one number: %r" % last)
        return None
    final = int(nums[0])
    if written != [tuple(x) for x in meta["written"]]:
        bad("written equations differ from meta")
    # ---- re-derive label and kind
    label, kind = -1, "none"
    prev = None
    for j, (a, op, b, c) in enumerate(written):
        e = expected[j]
        if e[0] == "prod":
            ok_operands = sorted((a, b)) == sorted(e[1])
            exp_op = "*"
        else:
            exp_op, exp_b = e
            exp_a = start if j == 0 else prev
            ok_operands = (a == exp_a and b == exp_b)
        res = apply(a, op, b)
        if op != exp_op:
            label, kind = j, "operation"
        elif not ok_operands:
            label, kind = j, "operand"
        elif res != c:
            label, kind = j, "arithmetic"
        if label != -1:
            break
        prev = c
    if label == -1 and final != written[-1][3]:
        label, kind = m, "answer"
    if label != rec["label"]:
        bad("label %d, re-derived %d" % (rec["label"], label))
    if kind != rec["error_kind"]:
        bad("kind %s, re-derived %s" % (rec["error_kind"], kind))
    fac = final == true_final
    if fac != rec["final_answer_correct"]:
        bad("final_answer_correct %s, re-derived %s" % (rec["final_answer_correct"], fac))
    # steps after the earliest error continue from the written value and are otherwise right
    if label != -1 and label < m:
        for j in range(label + 1, m):
            a, op, b, c = written[j]
            if a != written[j - 1][3] or (op, b) != expected[j] or apply(a, op, b) != c:
                bad("step %d after the error does not continue correctly" % j)
        if final != written[-1][3]:
            bad("final answer does not follow the wrong chain")
    if label != -1 and fac:
        bad("error record with a correct final answer")
    # slips should be plausible: wrong numbers within reach of the right ones
    if label != -1 and label < m:
        a, op, b, c = written[label]
        if kind == "arithmetic":
            true_c = apply(a, op, b)
            if abs(c - true_c) > max(100, true_c) and len(str(c)) != len(str(true_c)):
                bad("implausible arithmetic slip %d vs %d" % (c, true_c))
    if rec["label"] == -1 and (rec["error_kind"] != "none" or not rec["final_answer_correct"]):
        bad("correct record inconsistent")
    pos = None
    if label != -1:
        if label == m:
            pos = "final"
        elif label == 0:
            pos = "first"
        elif label == m - 1:
            pos = "last"
        else:
            pos = "middle"
    return pos


def main():
    fails = []
    seeds = [1, 7, 20261203]
    total = collections.Counter()
    kinds = collections.Counter()
    poss = collections.Counter()
    n_all = 0
    ids = set()
    for s in seeds:
        t0 = time.time()
        recs, metas = G._generate(s, 2000)
        dt = time.time() - t0
        if dt > 4.0:
            fails.append("seed %d: 2000 records took %.2fs" % (s, dt))
        if recs != G.generate(s, 2000):
            fails.append("seed %d: not deterministic" % s)
        for rec, meta in zip(recs, metas):
            json.dumps(rec)
            if rec["id"] in ids:
                fails.append("duplicate id %s" % rec["id"])
            ids.add(rec["id"])
            pos = check_record(rec, meta, fails)
            n_all += 1
            kinds[rec["error_kind"]] += 1
            if pos:
                poss[pos] += 1
        print("seed %d: %d records in %.2fs" % (s, len(recs), dt))
    n_err = n_all - kinds["none"]
    print("kinds:", dict(kinds))
    print("positions of errors:", dict(poss))
    frac_ok = kinds["none"] / n_all
    if not 0.40 <= frac_ok <= 0.50:
        fails.append("correct fraction %.3f" % frac_ok)
    for k in G.KINDS:
        f = kinds[k] / n_err
        if not 0.19 <= f <= 0.31:
            fails.append("kind %s fraction of errors %.3f" % (k, f))
    for p in ("first", "middle", "last", "final"):
        f = poss[p] / n_err
        if f < 0.12:
            fails.append("position %s fraction of errors %.3f" % (p, f))
    # breadth
    names = set(G.SHE_NAMES) | set(G.HE_NAMES)
    items = set()
    for sc in G.SCENARIOS:
        items |= set(sc["items"])
    for cv in G.CONVERT.values():
        items |= set(cv["items"])
    add_ph = set()
    sub_ph = set()
    for cat in G.ADD:
        add_ph |= set(G.ADD[cat])
        sub_ph |= set(G.SUB[cat])
    for sc in G.SCENARIOS:
        if "verbs" in sc:
            add_ph |= set(sc["verbs"]["+"])
            sub_ph |= set(sc["verbs"]["-"])
    print("breadth: names %d, items %d, add phrases %d, sub phrases %d, mul phrases %d, div phrases %d"
          % (len(names), len(items), len(add_ph), len(sub_ph), len(G.MUL) + len(G.CONVERT_T),
             len(G.DIV) + len(G.DIV_TAL)))
    if len(names) < 200 or len(items) < 200 or len(add_ph) < 40 or len(sub_ph) < 40:
        fails.append("breadth too small")
    t0 = time.time()
    G.generate(99, 1000)
    dt = time.time() - t0
    print("1000 records: %.2fs" % dt)
    if dt > 2.0:
        fails.append("1000 records took %.2fs" % dt)
    if fails:
        print("FAILURES (%d):" % len(fails))
        for f in fails[:40]:
            print("  " + f)
        sys.exit(1)
    print("ALL CHECKS PASSED (%d records)" % n_all)


if __name__ == "__main__":
    main()
