"""Checker for generator.py: re-derives every record from its internal plan and from the text."""
import re
import sys
import time
from collections import Counter

import generator as G

WORDS = {w: i for i, w in enumerate(G.ONES)}
WORDS.update({w: 10 * i for i, w in enumerate(G.TENS) if w})
IDIOM = {"double": 2, "doubled": 2, "doubles": 2, "twice": 2, "triple": 3, "tripled": 3, "treble": 3,
         "trebled": 3, "half": 2, "halved": 2, "halve": 2, "halves": 2, "third": 3, "thirds": 3}
EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPN = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}


def problem_numbers(text):
    out = []
    toks = re.findall(r"\d+|[A-Za-z]+(?:-[A-Za-z]+)*", text)
    i = 0
    while i < len(toks):
        t = toks[i]
        tl = t.lower()
        if t.isdigit():
            out.append(int(t))
        elif tl == "a" and i + 1 < len(toks) and toks[i + 1].lower() == "dozen":
            out.append(12)
            i += 1
        elif tl == "dozen":
            out.append(12)
        elif tl in IDIOM:
            out.append(IDIOM[tl])
        else:
            parts = tl.split("-")
            if all(p in WORDS for p in parts) and len(parts) <= 2:
                out.append(sum(WORDS[p] for p in parts))
        i += 1
    return out


def derive(rec, meta):
    """Independent label/kind from the plan and the step text. Returns (label, kind, fac) or raises."""
    start, changes = meta["start"], meta["changes"]
    # true chain
    if start[0] == "prod":
        assert start[1] <= 999 and start[2] <= 999
        cur = start[1] * start[2]
        exp_first = (start[1], "*", start[2])
    else:
        assert start[1] <= 1000
        cur = start[1]
        exp_first = None
    assert 0 <= cur <= 9999
    true_vals = [cur]
    for op, b in changes:
        assert 1 <= b <= 999
        if op == "/":
            assert cur % b == 0, "inexact division"
        cur = G.apply(cur, op, b)
        assert 0 <= cur <= 9999, "intermediate out of range"
        true_vals.append(cur)
    assert 1 <= len(changes) <= 5
    answer = true_vals[-1]
    # expected operations per equation
    exp_ops = ([("*", start[2])] if start[0] == "prod" else []) + [(op, b) for op, b in changes]
    steps = rec["steps"]
    assert len(steps) == len(exp_ops) + 1, "step count"
    label, kind = -1, "none"
    prev = None
    for k, st in enumerate(steps[:-1]):
        m = EQ.findall(st)
        assert len(m) == 1, f"need exactly one equation: {st!r}"
        assert len(re.findall(r"\d+", st)) == 3, f"stray digits: {st!r}"
        a, op, b, c = int(m[0][0]), OPN[m[0][1]], int(m[0][2]), int(m[0][3])
        if k == 0:
            ea = start[1]
        else:
            ea = prev
        eop, eb = exp_ops[k]
        if label == -1:
            if a != ea or b != eb:
                assert op == eop, "operand and operation both wrong"
                label, kind = k, "operand"
            elif op != eop:
                label, kind = k, "operation"
            elif G.apply(a, op, b) != c:
                label, kind = k, "arithmetic"
        else:
            # continuation: right operation and number, right arithmetic, from previous written c
            assert a == prev and op == eop and b == eb and G.apply(a, op, b) == c, f"bad continuation {st!r}"
        if label != -1 and k > label:
            pass
        if label == k and kind == "operand":
            assert G.apply(a, op, b) == c, "operand step also has arithmetic slip"
        if label == k and kind == "operation":
            assert G.apply(a, op, b) == c, "operation step also has arithmetic slip"
        prev = c
    last = steps[-1]
    assert "=" not in last and not EQ.search(last), f"final has equation {last!r}"
    nums = re.findall(r"\d+", last)
    assert len(nums) == 1, f"final needs one number {last!r}"
    fa = int(nums[0])
    if label == -1 and fa != prev:
        label, kind = len(steps) - 1, "answer"
    # problem text must mention exactly the plan's numbers, in order
    pn = problem_numbers(rec["problem"])
    expect = ([start[1], start[2]] if start[0] == "prod" else [start[1]]) + [b for _, b in changes]
    assert pn == expect, f"problem numbers {pn} != {expect}: {rec['problem']}"
    return label, kind, fa == answer


def main():
    seeds = [int(x) for x in sys.argv[1:]] or [1, 2, 3]
    n = 2000
    total = 0
    bad = 0
    kinds, pos, lens, words = Counter(), Counter(), Counter(), []
    t0 = time.time()
    for seed in seeds:
        t = time.time()
        built = G._build(seed, n)
        dt = time.time() - t
        assert [r for r, _ in built] == G.generate(seed, n), "not deterministic"
        assert len(built) == n
        ids = set()
        for rec, meta in built:
            total += 1
            assert set(rec) == {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
            assert rec["id"] not in ids
            ids.add(rec["id"])
            try:
                label, kind, fac = derive(rec, meta)
                assert label == rec["label"], f"label {label} vs {rec['label']}"
                assert kind == rec["error_kind"], f"kind {kind} vs {rec['error_kind']}"
                assert fac == rec["final_answer_correct"], "final_answer_correct"
            except AssertionError as e:
                bad += 1
                if bad <= 10:
                    print("FAIL", rec["id"], e, "\n   ", rec)
                continue
            kinds[kind] += 1
            ns = len(rec["steps"])
            if kind != "none":
                L = rec["label"]
                p = "answer" if L == ns - 1 else "first" if L == 0 else "last_eq" if L == ns - 2 else "middle"
                pos[p] += 1
            lens[ns - 1] += 1
            words.append(len(rec["problem"].split()))
        print(f"seed {seed}: {n} records in {dt:.2f}s")
    print("checked", total, "bad", bad)
    print("kinds", {k: f"{v / total:.3f}" for k, v in kinds.items()})
    print("error positions", dict(pos))
    print("equations per record", dict(sorted(lens.items())))
    print("problem words max", max(words), "mean", sum(words) / len(words))
    print("time", round(time.time() - t0, 2))
    # mix requirements
    fr = {k: kinds[k] / total for k in ["none", "arithmetic", "operand", "operation", "answer"]}
    ok_mix = 0.40 <= fr["none"] <= 0.50 and all(0.10 <= fr[k] <= 0.18 for k in fr if k != "none")
    nerr = sum(pos.values())
    ok_pos = all(pos[p] / nerr >= 0.15 for p in ["first", "middle", "last_eq", "answer"])
    print("mix ok", ok_mix, "positions ok", ok_pos)
    t = time.time(); G.generate(99, 1000); print("1000 records in", round(time.time() - t, 3), "s")
    bad += (not ok_mix) + (not ok_pos)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
