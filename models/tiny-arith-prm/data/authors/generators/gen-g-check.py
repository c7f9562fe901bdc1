"""Independent checker for generator.py.

For each record it re-derives the true equation chain from the internal representation
(start + ordered changes), parses the written steps with a regex, and re-classifies the
earliest wrong step itself; then compares with label / error_kind / final_answer_correct.
"""
import collections
import json
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
NUM = re.compile(r"\d+")
OPMAP = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
KEYS = {"id": str, "problem": str, "steps": list, "label": int, "final_answer_correct": bool, "error_kind": str}


def true_chain(meta):
    kind, parts, ops = meta["start_kind"], meta["parts"], meta["ops"]
    eqs = []
    if kind == "simple":
        cur = parts[0]
    else:
        a, b = parts
        cur = a * b
        eqs.append((a, "*", b, cur))
    for op, b in ops:
        if op == "+":
            c = cur + b
        elif op == "-":
            c = cur - b
        elif op == "*":
            c = cur * b
        else:
            assert cur % b == 0, "inexact division"
            c = cur // b
        assert 0 <= c <= 9999, "true result out of range"
        eqs.append((cur, op, b, c))
        cur = c
    return eqs


def calc(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a / b


def check_record(rec, meta, errs):
    rid = rec.get("id")
    for k, t in KEYS.items():
        if not isinstance(rec.get(k), t):
            errs.append((rid, "bad key " + k))
            return None
    eqs = true_chain(meta)
    # numbers in the problem
    nums = set(meta["parts"]) | {b for _, b in meta["ops"]}
    for n in nums:
        if n > 999 and not (n == 1000 and meta["start_kind"] == "simple" and n == meta["parts"][0]):
            errs.append((rid, "problem number too big %d" % n))
    digits_in_problem = {int(x) for x in NUM.findall(rec["problem"])}
    if not digits_in_problem <= nums:
        errs.append((rid, "stray digits in problem %s" % (digits_in_problem - nums)))
    if EQ.search(rec["problem"]):
        errs.append((rid, "equation inside problem"))
    if re.search(r"\d\s*x\s*\d", rec["problem"] + " ".join(rec["steps"])):
        errs.append((rid, "x used as operator"))
    if len(rec["problem"].split()) > 90:
        errs.append((rid, "problem too long"))
    if not 1 <= len(meta["ops"]) <= 5:
        errs.append((rid, "change count"))
    steps = rec["steps"]
    if len(steps) != len(eqs) + 1:
        errs.append((rid, "step count %d vs %d" % (len(steps), len(eqs) + 1)))
        return None
    # parse + classify
    label, kind = -1, "none"
    prev_c = None
    for i, st in enumerate(steps[:-1]):
        ms = EQ.findall(st)
        if len(ms) != 1:
            errs.append((rid, "step %d has %d equations: %r" % (i, len(ms), st)))
            return None
        a, op, b, c = int(ms[0][0]), OPMAP[ms[0][1]], int(ms[0][2]), int(ms[0][3])
        ta, top, tb, _ = eqs[i]
        exp_a = ta if i == 0 else prev_c
        if c < 0 or c > 9999:
            errs.append((rid, "written c out of range"))
        if label == -1:
            if a != exp_a or b != tb:
                label, kind = i, "operand"
            elif op != top:
                label, kind = i, "operation"
            elif calc(a, op, b) != c:
                label, kind = i, "arithmetic"
        else:
            # after the error: must continue from the written value with the true op/operand, correctly
            if a != exp_a or b != tb or op != top or calc(a, op, b) != c:
                errs.append((rid, "step %d after error not a clean continuation" % i))
        prev_c = c
    last = steps[-1]
    if EQ.search(last) or "=" in last.replace("####", ""):
        errs.append((rid, "equation in final step %r" % last))
    fn = NUM.findall(last)
    if len(fn) != 1:
        errs.append((rid, "final step numbers %r" % last))
        return None
    final = int(fn[0])
    if label == -1 and final != prev_c:
        label, kind = len(steps) - 1, "answer"
    true_ans = eqs[-1][3]
    fac = final == true_ans
    if label != rec["label"]:
        errs.append((rid, "label %d vs derived %d" % (rec["label"], label)))
    if kind != rec["error_kind"]:
        errs.append((rid, "kind %s vs derived %s" % (rec["error_kind"], kind)))
    if fac != rec["final_answer_correct"]:
        errs.append((rid, "final_answer_correct mismatch"))
    if kind == "none" and not fac:
        errs.append((rid, "correct record with wrong final"))
    # position category
    n_eq = len(eqs)
    if label == -1:
        pos = "none"
    elif label == n_eq:
        pos = "final"
    elif label == 0:
        pos = "first"
    elif label == n_eq - 1:
        pos = "last"
    else:
        pos = "middle"
    return kind, pos


def main():
    errs = []
    total_kinds = collections.Counter()
    total_pos = collections.Counter()
    n_all = 0
    for seed in (1, 7, 20261203, 424242, 99):
        t = time.time()
        recs = G.generate_with_meta(seed, 2000)
        dt = time.time() - t
        if dt > 2.0 * 2:
            errs.append((seed, "slow: %.2fs for 2000" % dt))
        # determinism
        again = G.generate(seed, 2000)
        if [r for r, _ in recs] != again:
            errs.append((seed, "not deterministic"))
        ids = [r["id"] for r, _ in recs]
        if len(set(ids)) != len(ids):
            errs.append((seed, "duplicate ids"))
        kinds = collections.Counter()
        for rec, meta in recs:
            res = check_record(rec, meta, errs)
            if res:
                kinds[res[0]] += 1
                total_kinds[res[0]] += 1
                total_pos[res[1]] += 1
        n_all += len(recs)
        frac_ok = kinds["none"] / len(recs)
        if not 0.40 <= frac_ok <= 0.50:
            errs.append((seed, "correct fraction %.3f" % frac_ok))
        for k in ("arithmetic", "operand", "operation", "answer"):
            f = kinds[k] / len(recs)
            if not 0.10 <= f <= 0.18:
                errs.append((seed, "kind %s fraction %.3f" % (k, f)))
        print("seed", seed, "time %.2fs" % dt, dict(kinds))
    print("kinds:", dict(total_kinds))
    print("positions:", dict(total_pos))
    n_err = sum(v for k, v in total_pos.items() if k != "none")
    for p in ("first", "middle", "last", "final"):
        f = total_pos[p] / n_err
        if not 0.15 <= f <= 0.35:
            errs.append(("all", "position %s fraction %.3f" % (p, f)))
    # breadth
    print("names", len(G.NAMES), "items", len({it for st in G.SETTINGS.values() for it, _ in st["items"]}),
          "add", len(G.ADD), "sub", len(G.SUB), "mul", len(G.MUL), "div", len(G.DIV) + len(G.DIV_EACH))
    if len({n for n, _ in G.NAMES}) < 200:
        errs.append(("breadth", "names"))
    if len({it for st in G.SETTINGS.values() for it, _ in st["items"]}) < 200:
        errs.append(("breadth", "items"))
    t = time.time()
    G.generate(5, 1000)
    print("1000 records in %.2fs" % (time.time() - t))
    print("records checked:", n_all, "problems:", len(errs))
    for e in errs[:30]:
        print("  ", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
