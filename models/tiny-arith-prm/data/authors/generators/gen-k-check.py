"""Checker for gen-k/generator.py.

For every record of generate_full(seed, 2000) for a few seeds it re-derives the true chain
from the internal representation (start / factors and the list of (op, amount) changes),
parses every step's text, and recomputes label, error_kind and final_answer_correct
independently of the code that injected the error.  It also checks the step format,
the numbers that appear in the problem text, ranges, word counts, determinism, speed and
the overall mix.  Run:  python3 check.py [seed ...]
"""

import collections
import json
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPPAIR = re.compile(r"\d\s*[+\-*/×÷−]\s*\d")
NORM = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}

WORDNUM = {G.num_word(n): n for n in range(2, 100)}
SPECIAL = {"dozen": 12, "twice": 2, "double": 2, "doubled": 2, "triple": 3, "tripled": 3,
           "quadruple": 4, "quadrupled": 4, "half": 2, "halve": 2, "halved": 2, "third": 3}
SPECIAL.update({w: n for n, w in G.FOLD.items()})
TOKEN = re.compile(r"\d+|[A-Za-z]+(?:-[A-Za-z]+)*")


def numbers_in_problem(text):
    out = []
    for t in TOKEN.findall(text):
        if t.isdigit():
            out.append(int(t))
            continue
        lw = t.lower()
        if lw in WORDNUM:
            out.append(WORDNUM[lw])
        elif lw in SPECIAL:
            out.append(SPECIAL[lw])
    return sorted(out)


def parse_step(s):
    s = s.replace("=>", "  ").replace("->", "  ")
    ms = list(EQ.finditer(s))
    if len(ms) != 1 or s.count("=") != 1:
        return None
    m = ms[0]
    rest = s[:m.start()] + " | " + s[m.end():]
    if OPPAIR.search(rest):
        return None
    return int(m.group(1)), NORM[m.group(2)], int(m.group(3)), int(m.group(4))


def judge(rec, meta):
    """Independent re-derivation: returns (label, kind, final_correct) or raises AssertionError."""
    chain, fp = meta["chain"], meta["first_pair"]
    ops = chain["ops"]
    # true chain
    if fp:
        assert fp[0] * fp[1] == chain["start"], "product start mismatch"
        assert sorted(fp) == sorted(chain["prod"]), "factor mismatch"
    cur = chain["start"]
    assert 0 <= cur <= 9999
    for op, b in ops:
        nxt = G.apply_op(op, cur, b)
        assert nxt is not None and 0 <= nxt <= 9999, "bad true intermediate"
        cur = nxt
    true_answer = cur
    expected = ([("*", None)] if fp else []) + list(ops)
    steps = rec["steps"]
    assert len(steps) == len(expected) + 1, "step count"
    parsed = []
    for s in steps[:-1]:
        p = parse_step(s)
        assert p is not None, "step without exactly one equation: %r" % s
        parsed.append(p)
    last = steps[-1].replace("=>", "  ")
    assert "=" not in last and not OPPAIR.search(last), "final step has an equation: %r" % last
    nums = set(int(x) for x in re.findall(r"\d+", last))
    assert len(nums) == 1, "final step must state one number: %r" % last
    final = nums.pop()
    label, kind = -1, "none"
    prev = None
    for j, (a, op, b, c) in enumerate(parsed):
        want_op, want_b = expected[j]
        if fp and j == 0:
            bad_op = op != "*"
            bad_operand = sorted((a, b)) != sorted(fp)
        else:
            want_a = chain["start"] if j == 0 else prev
            bad_op = op != want_op
            bad_operand = a != want_a or b != want_b
        r = G.apply_op(op, a, b)
        bad_arith = r is None or r != c
        if bad_op or bad_operand or bad_arith:
            label = j
            kind = "operation" if bad_op else ("operand" if bad_operand else "arithmetic")
            break
        prev = c
    if label == -1 and final != parsed[-1][3]:
        label, kind = len(parsed), "answer"
    return label, kind, final == true_answer, true_answer


def check_seed(seed, n=2000):
    t0 = time.time()
    full = G.generate_full(seed, n)
    dt = time.time() - t0
    recs = [r for r, _ in full]
    assert recs == G.generate(seed, n), "not deterministic"
    assert len({r["id"] for r in recs}) == n, "duplicate ids"
    stats = collections.Counter()
    pos = collections.Counter()
    nsteps = collections.Counter()
    words = []
    for rec, meta in full:
        assert set(rec) == {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
        json.dumps(rec)
        label, kind, fac, true_answer = judge(rec, meta)
        assert label == rec["label"], ("label", rec, label)
        assert kind == rec["error_kind"], ("kind", rec, kind)
        assert fac == rec["final_answer_correct"], ("fac", rec)
        # wrong records: the wrong step must really differ from the true step
        if kind in ("arithmetic", "operand", "operation"):
            assert not fac or True
        # numbers in the problem are exactly the operands
        pn = list(meta["problem_nums"])
        assert numbers_in_problem(rec["problem"]) == sorted(pn), ("numbers", rec["problem"], pn)
        assert all(0 <= v <= 999 for v in pn[1:]), "change amount too big"
        assert pn[0] <= 1000
        n_changes = len(meta["chain"]["ops"])
        assert 1 <= n_changes <= 5
        w = len(rec["problem"].split())
        words.append(w)
        assert w <= 90, ("too long", rec["problem"])
        # every written result stays an integer in range
        for a, op, b, c in meta["written"]:
            assert 0 <= c <= 9999
        n_eq = len(rec["steps"]) - 1
        nsteps[n_eq] += 1
        stats[kind] += 1
        if label >= 0:
            p = "final" if label == n_eq else ("first" if label == 0 else ("last" if label == n_eq - 1 else "middle"))
            pos[p] += 1
    return dt, stats, pos, nsteps, words


def breadth():
    add = {v.key for v in G.ADD_ACT + G.ADD_EXT} | {t[0] for t in G.ADD_INTR}
    sub = {v.key for v in G.SUB_ACT + G.SUB_EXT} | {t[0] for t in G.SUB_INTR}
    items = {it[0] for d in G.DOMAINS.values() for it in d["items"]}
    names = {p["name"] for p in G.PEOPLE} | {t for d in G.DOMAINS.values() for t in d["teams"]}
    return {"add_verbs": len(add), "sub_verbs": len(sub), "mul_phrases": len(G.MUL_T),
            "div_phrases": len(G.DIV_T) + len(G.EACH_T), "items": len(items), "names": len(names),
            "questions": len(G.QUESTIONS) + len(G.EACH_Q), "answer_forms": len(G.ANSWERS) + len(G.ANSWERS_EACH)}


def main():
    seeds = [int(x) for x in sys.argv[1:]] or [1, 7, 20261203]
    b = breadth()
    print("breadth:", b)
    assert b["add_verbs"] >= 40 and b["sub_verbs"] >= 40 and b["mul_phrases"] >= 40 and b["div_phrases"] >= 40
    assert b["items"] >= 200 and b["names"] >= 200
    t0 = time.time()
    G.generate(123, 1000)
    t1 = time.time() - t0
    print("1000 records in %.2fs" % t1)
    assert t1 < 2.0
    for s in seeds:
        dt, stats, pos, nsteps, words = check_seed(s)
        n = sum(stats.values())
        nerr = n - stats["none"]
        print("seed %d: %d records ok (%.2fs)" % (s, n, dt))
        print("  correct %.1f%%  " % (100 * stats["none"] / n)
              + "  ".join("%s %.1f%%" % (k, 100 * stats[k] / n) for k in G.KINDS))
        print("  error positions:", {k: "%.1f%%" % (100 * v / nerr) for k, v in sorted(pos.items())})
        print("  equations per record:", dict(sorted(nsteps.items())),
              " words: mean %.1f max %d" % (sum(words) / len(words), max(words)))
        assert 0.40 <= stats["none"] / n <= 0.50
        for k in G.KINDS:
            assert 0.10 <= stats[k] / n <= 0.18, k
        for p in ("first", "middle", "last", "final"):
            assert 0.15 <= pos[p] / nerr <= 0.35, p
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
