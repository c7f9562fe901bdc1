#!/usr/bin/env python3
"""Checker for gen-r/generator.py.

For every record of generate_with_meta(seed, 2000) over a few seeds it
  * re-derives the true chain from the internal representation (start / factors / changes),
  * re-reads the numbers of the problem text and compares them to that representation,
  * parses every step's text (exactly one equation per non-final step, no other digits;
    final step: no equation, exactly one number),
  * re-derives label / error_kind / final_answer_correct from the parsed steps and compares,
  * checks the mix (correct share, kinds, positions), determinism, speed and breadth.
Exit status 1 on any failure.
"""
import collections
import re
import sys
import time

import generator as G

EQ_RE = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPMAP = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUM_RE = re.compile(r"\b(a dozen|a third|half|halve|halved|halves|halving|twice|double|doubled|doubles|doubling|"
                    r"triple|tripled|triples|tripling|dozen|third|quarter|thousand|hundred|couple|pair|single|"
                    r"both|once|" + "|".join(WORDS) + r"|\d+)\b", re.I)


def problem_numbers(text):
    out = []
    for m in NUM_RE.finditer(text):
        t = m.group(1).lower()
        if t.isdigit():
            out.append(int(t))
        elif t in WORDS:
            out.append(WORDS[t])
        elif t == "a dozen":
            out.append(12)
        elif t == "a third":
            out.append(3)
        elif t.startswith("hal") or t.startswith("doub") or t == "twice":
            out.append(2)
        elif t.startswith("trip"):
            out.append(3)
        else:
            out.append(("BAD", t))
    return out


def ap(a, op, b):
    return G.apply_op(a, op, b)


def check_record(rec, meta, errs):
    rid = rec["id"]

    def bad(msg):
        errs.append(f"{rid}: {msg}")

    keys = {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
    if set(rec) != keys:
        bad(f"keys {set(rec)}")
        return None
    # --- true chain from the internal representation
    if meta["factors"]:
        f1, f2 = meta["factors"]
        if not (1 <= f1 <= 999 and 1 <= f2 <= 999):
            bad("factor range")
        start = f1 * f2
        ops = [("*", None)]
    else:
        start = meta["start"]
        if not (1 <= start <= 1000):
            bad("start range")
        ops = []
    if start != meta["start"]:
        bad("start mismatch")
    v = start
    true_vals = []
    for op, n in meta["changes"]:
        if not (1 <= n <= 999):
            bad(f"operand range {n}")
        nv = ap(v, op, n)
        if nv is None or not (0 <= nv <= 9999):
            bad(f"true chain invalid {v}{op}{n}")
            return None
        true_vals.append(nv)
        v = nv
    true_final = v
    if not (1 <= len(meta["changes"]) <= 5):
        bad("change count")
    ops += list(meta["changes"])
    # --- problem text numbers
    nums = problem_numbers(rec["problem"])
    exp = list(meta["text_numbers"])
    if meta["factors"]:
        if sorted(exp[:2]) != sorted(meta["factors"]):
            bad("text factors mismatch meta")
    else:
        if exp[0] != start:
            bad("text start mismatch")
    if exp[len(exp) - len(meta["changes"]):] != [n for _, n in meta["changes"]]:
        bad("text change numbers mismatch meta")
    if nums != exp:
        bad(f"problem numbers {nums} != {exp} :: {rec['problem']}")
    nw = len(rec["problem"].split())
    if nw > 95:
        bad(f"problem too long {nw}")
    # --- steps
    steps = rec["steps"]
    if len(steps) != len(ops) + 1:
        bad(f"step count {len(steps)} vs {len(ops) + 1}")
        return None
    parsed = []
    for i, s in enumerate(steps[:-1]):
        ms = EQ_RE.findall(s)
        if len(ms) != 1:
            bad(f"step {i} has {len(ms)} equations: {s}")
            return None
        rest = EQ_RE.sub("", s)
        if re.search(r"\d", rest) or "=" in rest:
            bad(f"step {i} has stray digits/=: {s}")
        a, op, b, c = ms[0]
        parsed.append((int(a), OPMAP[op], int(b), int(c)))
    fin = steps[-1]
    if "=" in fin or EQ_RE.search(fin):
        bad(f"final step has equation: {fin}")
    fn = re.findall(r"\d+", fin)
    if len(fn) != 1:
        bad(f"final step numbers {fn}: {fin}")
        return None
    final_val = int(fn[0])
    # --- re-derive label / kind
    label, kind = -1, "none"
    prev_c = None
    for k, (a, op, b, c) in enumerate(parsed):
        exp_op = ops[k][0]
        if k == 0 and meta["factors"]:
            operand_ok = sorted((a, b)) == sorted(meta["factors"])
        else:
            exp_a = start if k == 0 else prev_c
            operand_ok = a == exp_a and b == ops[k][1]
        op_ok = op == exp_op
        r = ap(a, op, b)
        arith_ok = r is not None and r == c
        faults = [n for n, ok in (("operand", operand_ok), ("operation", op_ok), ("arithmetic", arith_ok)) if not ok]
        if faults:
            if label == -1:
                if len(faults) != 1:
                    bad(f"step {k} has several faults {faults}")
                label, kind = k, faults[0]
            else:
                bad(f"step {k} after the first error is not consistent ({faults})")
        if r is None or c < 0 or c > 9999:
            bad(f"step {k} invalid written value")
        prev_c = c
    if label == -1 and final_val != prev_c:
        label, kind = len(parsed), "answer"
    if label != -1 and kind != "answer" and final_val != prev_c:
        bad("final answer does not follow the written chain after an equation error")
    if rec["label"] != label:
        bad(f"label {rec['label']} != {label}")
    if rec["error_kind"] != kind:
        bad(f"error_kind {rec['error_kind']} != {kind}")
    if rec["final_answer_correct"] != (final_val == true_final):
        bad("final_answer_correct wrong")
    if label == -1 and final_val != true_final:
        bad("all steps right but answer differs from truth")
    n_eq = len(parsed)
    if kind == "answer":
        pos = "answer"
    elif label == -1:
        pos = None
    elif label == 0:
        pos = "first"
    elif label == n_eq - 1:
        pos = "last"
    else:
        pos = "middle"
    return kind, pos


def main():
    errs = []
    seeds = [1, 7, 42, 20261203]
    kinds = collections.Counter()
    poss = collections.Counter()
    nchg = collections.Counter()
    total = 0
    maxw = 0
    problems = set()
    for seed in seeds:
        for rec, meta in G.generate_with_meta(seed, 2000):
            res = check_record(rec, meta, errs)
            total += 1
            problems.add(rec["problem"])
            maxw = max(maxw, len(rec["problem"].split()))
            nchg[len(meta["changes"])] += 1
            if res:
                kinds[res[0]] += 1
                if res[1]:
                    poss[res[1]] += 1
    # determinism and speed
    a = G.generate(123, 300)
    b = G.generate(123, 300)
    if a != b:
        errs.append("not deterministic")
    t = time.time()
    G.generate(99, 1000)
    dt = time.time() - t
    ids = [r["id"] for r in G.generate(5, 2000)]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    # mix
    ncorr = kinds["none"] / total
    print(f"records {total}, distinct problems {len(problems)}, max words {maxw}, 1000 recs in {dt:.2f}s")
    print("kinds", {k: round(v / total, 3) for k, v in kinds.items()})
    nerr = sum(poss.values())
    print("positions", {k: round(v / nerr, 3) for k, v in poss.items()})
    print("changes", dict(sorted(nchg.items())))
    if not 0.41 <= ncorr <= 0.49:
        errs.append(f"correct share {ncorr:.3f}")
    for k in G.KINDS:
        if not 0.10 <= kinds[k] / total <= 0.18:
            errs.append(f"kind share {k} {kinds[k] / total:.3f}")
    for p in ("first", "middle", "last", "answer"):
        if not 0.12 <= poss[p] / nerr <= 0.40:
            errs.append(f"position share {p} {poss[p] / nerr:.3f}")
    if dt > 1.5:
        errs.append(f"slow {dt:.2f}s")
    # breadth
    names = set(G.NAMES_F) | set(G.NAMES_M) | set(G.FAMILIES)
    items = {i for v in G.ITEMS_BY_SETTING.values() for i in v}
    add = len(G.ADD_SELF) + len(G.ADD_OTHER) + len(G.ADD_THING)
    sub = len(G.SUB_SELF) + len(G.SUB_OTHER) + len(G.SUB_THING)
    mul = len(G.MUL_SELF) + len(G.MUL_OTHER) + len(G.MUL_THING)
    div = len(G.DIV_SELF) + len(G.DIV_OTHER) + len(G.DIV_THING) + len(G.DIV_SHARE)
    print(f"names {len(names)}, items {len(items)}, verb phrases add {add} sub {sub} mul {mul} div {div}")
    if len(names) < 200 or len(items) < 200 or add < 40 or sub < 40:
        errs.append("breadth too small")
    if errs:
        print(f"{len(errs)} PROBLEMS")
        for e in errs[:40]:
            print("  ", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
