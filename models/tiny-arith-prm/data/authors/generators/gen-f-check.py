#!/usr/bin/env python3
"""Independent checker for gen-f/generator.py.

For every record of generate(s, 2000) for several seeds it re-derives the true chain from the
internal plan (start / factors / changes) and re-judges the written steps by parsing their
equations, then compares label, error_kind and final_answer_correct with what the record says.
Also checks format rules, number ranges, problem wording, the mix and the vocabulary breadth.
"""
import collections
import json
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPMAP = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
NUMWORDS = set(G._ONES[1:]) | set(G._TENS.values()) | {"dozen", "twice", "double", "triple", "treble",
                                                        "half", "third", "quarter", "fold"}
FIXED_WORDS = {"double": ("double", "twice"), "triple": ("triple", "treble"), "half": ("half", "halve"),
               "third": ("third",), "quarter": ("quarter",)}


def true_apply(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    assert b and a % b == 0, ("inexact division", a, b)
    return a // b


def judge(steps, meta):
    """Return (label, kind, final_number) judged from the text alone plus the plan."""
    factors, start, chg = meta["factors"], meta["start"], meta["changes"]
    want = []
    if factors:
        want.append(("prod", "*", factors))
    for op, b in chg:
        want.append(("chg", op, b))
    assert len(steps) == len(want) + 1, "one step per change (+product) + answer"
    prev = None
    label, kind = -1, "none"
    for i, (w, st) in enumerate(zip(want, steps)):
        ms = EQ.findall(st)
        assert len(ms) == 1, ("need exactly one equation", st)
        assert st.count("=") == 1, ("stray '='", st)
        a, o, b, c = int(ms[0][0]), OPMAP[ms[0][1]], int(ms[0][2]), int(ms[0][3])
        if label == -1:
            if w[0] == "prod":
                opnd_ok = sorted((a, b)) == sorted(w[2])
            else:
                exp_a = (start if i == 0 else prev)
                opnd_ok = (a == exp_a and b == w[2])
            if o != w[1]:
                label, kind = i, "operation"
            elif not opnd_ok:
                label, kind = i, "operand"
            else:
                if o == "/":
                    correct = b != 0 and a % b == 0 and a // b == c
                else:
                    correct = true_apply(a, o, b) == c
                if not correct:
                    label, kind = i, "arithmetic"
        else:
            # after the first error the solver continues correctly from the wrong value
            exp_a = prev
            assert a == exp_a and o == w[1] and b == (w[2] if w[0] == "chg" else b), ("continuation", st)
            assert true_apply(a, o, b) == c, ("continuation arithmetic", st)
        prev = c
    last = steps[-1]
    assert "=" not in last and not EQ.search(last), ("equation in answer step", last)
    nums = re.findall(r"\d+", last)
    assert len(nums) == 1, ("answer step must carry one number", last)
    fin = int(nums[0])
    if label == -1 and fin != prev:
        label, kind = len(steps) - 1, "answer"
    return label, kind, fin


def check_problem(rec, meta, issues):
    p = rec["problem"]
    nums = [int(x) for x in re.findall(r"\d+", p)]
    for n in nums:
        if n > 999 and not (n == 1000 and meta["start"] == 1000 and not meta["factors"]):
            issues.append(("big number in problem", rec["id"], n))
    if re.search(r"\b(the|another|each|a) a\b|\ba an?\b|  |\.\.|,,| ,", p):
        issues.append(("odd wording", rec["id"], p))
    nw = len(p.split())
    if nw > 90:
        issues.append(("long problem", rec["id"], nw))
    low = p.lower()
    for t in meta["operand_texts"]:
        if t.startswith("@fold"):
            n = int(t[5:])
            if G.fold_word(n) not in low and "%d-fold" % n not in low:
                issues.append(("missing fold operand", rec["id"], t))
        elif t.startswith("@"):
            if not any(w in low for w in FIXED_WORDS[t[1:]]):
                issues.append(("missing word operand", rec["id"], t))
        elif t == "a dozen":
            if "dozen" not in low:
                issues.append(("missing dozen", rec["id"], t))
        elif t.lower() not in low:
            issues.append(("missing operand text", rec["id"], t))
    # true chain
    cur = meta["start"]
    if meta["factors"]:
        assert meta["factors"][0] * meta["factors"][1] == cur
        assert max(meta["factors"]) <= 999
    else:
        assert cur <= 1000
    assert 1 <= len(meta["changes"]) <= 5
    for op, b in meta["changes"]:
        assert 1 <= b <= 999
        cur = true_apply(cur, op, b)
        assert 0 <= cur <= 9999, ("range", rec["id"])
    assert cur == meta["true_final"]


def check_static():
    bad = []
    for key, st in G.S.items():
        for s in st["dis"] + st["times"] + st["places"] + st["pplaces"] + [r for r in st["roles"]]:
            s = re.sub(r"\{[^}]*\}", "", s)
            words = set(re.findall(r"[a-z]+", s.lower()))
            if re.search(r"\d", s) or (words & NUMWORDS):
                bad.append(s)
    for s in G.GEN_DIS:
        if re.search(r"\d", s) or (set(re.findall(r"[a-z]+", s.lower())) & NUMWORDS):
            bad.append(s)
    assert not bad, ("numbers in distractors/time phrases", bad)
    names = set(G.NAMES_F) | set(G.NAMES_M) | {n for n, _ in G.TITLED}
    items = {i for st in G.S.values() for i, _ in st["items"]}
    add_v = {v[0] for v in G.ADD_TR} | {v[0] for v in G.ADD_IN} | {v[0] for st in G.S.values()
                                                                   for v in st.get("add_tr", []) + st.get("add_in", [])}
    sub_v = {v[0] for v in G.SUB_TR} | {v[0] for v in G.SUB_IN} | {v[0] for st in G.S.values()
                                                                   for v in st.get("sub_tr", []) + st.get("sub_in", [])}
    print("breadth: names=%d items=%d add-verbs=%d sub-verbs=%d mul-templates=%d div-templates=%d"
          % (len(names), len(items), len(add_v), len(sub_v), len(G.MUL_T), len(G.DIV_T) + len(G.DIV_EACH_T)))
    assert len(names) >= 200 and len(items) >= 200 and len(add_v) >= 40 and len(sub_v) >= 40


def main():
    check_static()
    t0 = time.time()
    G.generate(7, 1000)
    dt = time.time() - t0
    print("1000 records in %.2fs" % dt)
    assert dt < 2.0
    assert G.generate(11, 50) == G.generate(11, 50), "not deterministic"
    total = collections.Counter()
    pos = collections.Counter()
    issues = []
    n_all = 0
    problems = set()
    for seed in (1, 2, 3, 20261203):
        full = G._generate_full(seed, 2000)
        ids = set()
        for rec, meta in full:
            n_all += 1
            assert set(rec) == {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
            assert rec["id"] not in ids
            ids.add(rec["id"])
            problems.add(rec["problem"])
            label, kind, fin = judge(rec["steps"], meta)
            assert label == rec["label"], (rec, label)
            assert kind == rec["error_kind"], (rec, kind)
            assert (fin == meta["true_final"]) == rec["final_answer_correct"], rec
            check_problem(rec, meta, issues)
            total[kind] += 1
            if label >= 0:
                n_eq = len(rec["steps"]) - 1
                if label == n_eq:
                    pos["answer"] += 1
                elif label == 0:
                    pos["first"] += 1
                elif label == n_eq - 1:
                    pos["last-eq"] += 1
                else:
                    pos["middle"] += 1
    print("records checked:", n_all, "distinct problems:", len(problems))
    print("kinds:", {k: "%.1f%%" % (100.0 * v / n_all) for k, v in sorted(total.items())})
    print("error positions:", dict(pos))
    fails = [i for i in issues]
    print("problem-text issues:", len(fails))
    for f in fails[:10]:
        print("  ", f)
    ok = 0.40 <= total["none"] / n_all <= 0.50
    for k in ("arithmetic", "operand", "operation", "answer"):
        ok = ok and 0.10 <= total[k] / n_all <= 0.17
    assert ok, "mix out of range"
    assert not fails, "problem-text issues"
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
