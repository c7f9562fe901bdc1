#!/usr/bin/env python3
"""Checker for generator.py: re-derives every label from the internal plan and the step text."""
import collections
import json
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPPAIR = re.compile(r"\d\s*[+\-*/×÷−]\s*\d")
OPMAP = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
WORDNUM = {G.num_word(n): n for n in range(2, 100)}
WORDNUM["dozen"] = 12
KEYS = {"id": str, "problem": str, "steps": list, "label": int, "final_answer_correct": bool, "error_kind": str}


def problem_numbers(text):
    nums = [int(x) for x in re.findall(r"(?<![\w.])(\d+)(?![\w])", text)]
    low = text.lower()
    words = []
    for w, n in WORDNUM.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", low):
            words.append(n)
    return nums, words


def ok_eval(a, op, b, c):
    if op == "+":
        return a + b == c
    if op == "-":
        return a - b == c
    if op == "*":
        return a * b == c
    return b != 0 and a == b * c


def derive(meta, parsed, final_num):
    """label, kind from the plan and the equations as written in the text."""
    start, factors, changes = meta["start"], meta["factors"], meta["changes"]
    prev = None
    off = 1 if factors else 0
    for k, (a, op, b, c) in enumerate(parsed):
        faults = []
        if factors and k == 0:
            if op != "*":
                faults.append("operation")
            if sorted((a, b)) != sorted(factors):
                faults.append("operand")
        else:
            top, tb = changes[k - off]
            exp_a = (start if k == 0 else prev)
            if a != exp_a or b != tb:
                faults.append("operand")
            if op != top:
                faults.append("operation")
        if not ok_eval(a, op, b, c):
            faults.append("arithmetic")
        if faults:
            return k, faults
        prev = c
    if final_num != parsed[-1][3]:
        return len(parsed), ["answer"]
    return -1, ["none"]


def check_seed(seed, count, stats, problems):
    recs, metas = G.generate_with_meta(seed, count)
    ids = set()
    for rec, meta in zip(recs, metas):
        rid = rec.get("id")
        def bad(msg):
            problems.append("%s: %s" % (rid, msg))
        # ---- schema
        if set(rec) != set(KEYS):
            bad("keys %s" % sorted(rec))
            continue
        for k, t in KEYS.items():
            if not isinstance(rec[k], t) or (t is int and isinstance(rec[k], bool)):
                bad("type of " + k)
        if rid in ids:
            bad("duplicate id")
        ids.add(rid)
        # ---- true chain from the plan
        start, factors, changes = meta["start"], meta["factors"], meta["changes"]
        if not 1 <= len(changes) <= 5:
            bad("changes %d" % len(changes))
        if factors:
            if max(factors) > 999 or factors[0] * factors[1] != start:
                bad("factors")
        elif not (0 <= start <= 999 or start == 1000):
            bad("start %d" % start)
        cur = start
        for op, b in changes:
            if not 0 <= b <= 999:
                bad("number %d" % b)
            if op == "/" and cur % b:
                bad("inexact division")
            cur = {"+": cur + b, "-": cur - b, "*": cur * b, "/": cur // b if b else -1}[op]
            if not 0 <= cur <= 9999:
                bad("intermediate %d" % cur)
        if cur != meta["answer"]:
            bad("answer mismatch")
        # ---- parse steps
        steps = rec["steps"]
        if len(steps) < 2:
            bad("too few steps")
            continue
        parsed = []
        for s in steps[:-1]:
            m = EQ.findall(s)
            if len(m) != 1 or s.count("=") != 1 or len(OPPAIR.findall(s)) != 1:
                bad("step without exactly one equation: %r" % s)
                break
            a, op, b, c = m[0]
            parsed.append((int(a), OPMAP[op], int(b), int(c)))
        else:
            fin = steps[-1]
            if "=" in fin or EQ.search(fin) or OPPAIR.search(fin):
                bad("equation in final step")
            fnums = set(int(x) for x in re.findall(r"\d+", fin))
            if len(fnums) != 1:
                bad("final step numbers %s" % fnums)
                continue
            fnum = fnums.pop()
            n_eq = len(changes) + (1 if factors else 0)
            if len(parsed) != n_eq:
                bad("step count %d vs %d" % (len(parsed), n_eq))
                continue
            if [tuple(e) for e in meta["written"]] != parsed:
                bad("text equations differ from the written chain")
            if fnum != meta["final"]:
                bad("final number differs")
            # ---- re-derive the label
            label, faults = derive(meta, parsed, fnum)
            if len(faults) != 1:
                bad("ambiguous fault %s" % faults)
            kind = faults[0]
            if label != rec["label"]:
                bad("label %d vs derived %d" % (rec["label"], label))
            if kind != rec["error_kind"]:
                bad("kind %s vs derived %s" % (rec["error_kind"], kind))
            if (fnum == meta["answer"]) != rec["final_answer_correct"]:
                bad("final_answer_correct wrong")
            # a step after the earliest error continues from the written value
            for k in range(max(label, 0) + 1, len(parsed)):
                if parsed[k][0] != parsed[k - 1][3]:
                    bad("later step does not continue from the written value")
            # ---- statistics
            stats["kind"][kind] += 1
            if label >= 0:
                pos = ("final" if label == n_eq else "first" if label == 0 else
                       "last" if label == n_eq - 1 else "middle")
                stats["pos"][pos] += 1
                stats["kindpos"][(kind, pos)] += 1
            stats["fac"][rec["final_answer_correct"]] += 1
            stats["nch"][len(changes)] += 1
            stats["dom"][meta["domain"]] += 1
            stats["product"][bool(factors)] += 1
        # ---- problem text
        text = rec["problem"]
        nw = len(text.split())
        stats["words"].append(nw)
        if nw > 95:
            bad("problem too long (%d words)" % nw)
        digits, words = problem_numbers(text)
        allowed = set(meta["nums"]) | set(meta["dnums"])
        for x in digits:
            if x not in allowed:
                bad("stray number %d in problem" % x)
            if x > 1000 or (x == 1000 and x != start):
                bad("number above 999 in problem")
        present = set(digits) | set(words)
        for x in meta["nums"]:
            if x not in present:
                bad("number %d of the plan not stated in the problem" % x)
        stats["word_nums"] += len(words)
        stats["n"] += 1
    return recs


def self_test():
    """the checker must notice corrupted records."""
    recs, metas = G.generate_with_meta(77, 200)
    caught = 0
    tried = 0
    for rec, meta in zip(recs, metas):
        if rec["label"] != -1:
            continue
        steps = rec["steps"]
        parsed = []
        for s in steps[:-1]:
            a, op, b, c = EQ.findall(s)[0]
            parsed.append((int(a), OPMAP[op], int(b), int(c)))
        k = len(parsed) // 2
        a, op, b, c = parsed[k]
        bad = list(parsed)
        bad[k] = (a, op, b, c + 1)          # arithmetic slip
        lab, f = derive(meta, bad, meta["final"])
        tried += 1
        caught += (lab == k and f == ["arithmetic"])
        bad = list(parsed)
        bad[k] = (a, "+" if op != "+" else "-", b, c)   # wrong operation (result left as is)
        lab, f = derive(meta, bad, meta["final"])
        tried += 1
        caught += (lab == k and "operation" in f)
        lab, f = derive(meta, parsed, meta["final"] + 1)  # wrong final answer
        tried += 1
        caught += (lab == len(parsed) and f == ["answer"])
    return caught, tried


def main():
    seeds = [int(s) for s in sys.argv[1:]] or [1, 2, 20261203]
    problems = []
    stats = dict(kind=collections.Counter(), pos=collections.Counter(), kindpos=collections.Counter(),
                 fac=collections.Counter(), nch=collections.Counter(), dom=collections.Counter(),
                 product=collections.Counter(), words=[], word_nums=0, n=0)
    for s in seeds:
        check_seed(s, 2000, stats, problems)
    n = stats["n"]
    # ---- mix
    none = stats["kind"]["none"] / n
    print("records checked:", n, "seeds:", seeds)
    print("kinds:", {k: round(v / n, 3) for k, v in stats["kind"].items()})
    nerr = n - stats["kind"]["none"]
    print("error positions:", {k: round(v / nerr, 3) for k, v in stats["pos"].items()})
    print("kind x position:", dict(sorted(stats["kindpos"].items())))
    print("final_answer_correct:", dict(stats["fac"]))
    print("changes per problem:", dict(sorted(stats["nch"].items())), "product starts:", dict(stats["product"]))
    print("domains:", dict(stats["dom"]))
    w = stats["words"]
    print("problem words: min %d mean %.1f max %d; number words used %d" % (min(w), sum(w) / len(w), max(w),
                                                                           stats["word_nums"]))
    if not 0.40 <= none <= 0.50:
        problems.append("share of correct records %.3f" % none)
    for k in G.KINDS:
        if not 0.10 <= stats["kind"][k] / n <= 0.18:
            problems.append("share of %s %.3f" % (k, stats["kind"][k] / n))
    for p in ("first", "middle", "last", "final"):
        if stats["pos"][p] / nerr < 0.15:
            problems.append("few errors at %s" % p)
    caught, tried = self_test()
    print("self-test: %d of %d corrupted chains detected" % (caught, tried))
    if caught != tried:
        problems.append("self-test missed corruptions")
    # ---- determinism and speed
    a = G.generate(5, 300)
    b = G.generate(5, 300)
    if json.dumps(a) != json.dumps(b):
        problems.append("not deterministic")
    if json.dumps(a) == json.dumps(G.generate(6, 300)):
        problems.append("seeds give the same records")
    t = time.time()
    G.generate(11, 1000)
    dt = time.time() - t
    print("1000 records in %.2f s" % dt)
    if dt > 2.0:
        problems.append("slow: %.2f s" % dt)
    # ---- breadth
    src = open(G.__file__, encoding="utf-8").read()
    names = set(G._FEMALE) | set(G._MALE)
    print("names typed: %d first names + %d surnames; item nouns: %d (+%d animals, %d people nouns)" % (
        len(names), len(set(G._SURNAMES)), len(set(i[0] for i in G.ITEMS)), len(G.ANIMALS), len(G.PEOPLE_NOUNS)))
    lists = [G.COUNT_T, G.SHOP_T, G.MONEY_T, G.FUND_T, G.PEOPLE_T, G.ANIMAL_T, G.PRODUCE_T, G.RECIPE_T, G.CLASS_T,
             G.TBUD_T, G.TLOG_T, G.DLOG_T, G.DLEFT_T, G.PTS_T, G.PACK_PRE, G.PACK_MUL]
    per_op = collections.defaultdict(set)
    for L in lists:
        for t in L:
            per_op[t["op"]].add(t["t"])
    print("distinct change phrasings per operation:", {k: len(v) for k, v in per_op.items()})
    for op, v in per_op.items():
        if len(v) < 40:
            problems.append("only %d phrasings for %s" % (len(v), op))
    if len(names) < 200 or len(set(i[0] for i in G.ITEMS)) < 200:
        problems.append("breadth of names/items")
    print()
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:60]:
            print("  ", p)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
