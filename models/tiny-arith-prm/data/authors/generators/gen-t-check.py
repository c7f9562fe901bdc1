"""Checker for generator.py: re-derives every record's label, error_kind and
final_answer_correct from the internal representation and the written steps."""
import re
import sys
import time
from collections import Counter

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
NUM = re.compile(r"\d+")
OPMAP = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                "eighty", "ninety", "hundred", "dozen", "twice", "double", "triple", "half",
                "third", "quarter", "pair", "both", "couple", "single", "first", "second"]


def calc(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a / b


def check_record(rec, meta, errs):
    rid = rec["id"]
    def bad(msg):
        errs.append(f"{rid}: {msg}")
    keys = {"id": str, "problem": str, "steps": list, "label": int, "final_answer_correct": bool,
            "error_kind": str}
    for k, t in keys.items():
        if not isinstance(rec.get(k), t):
            bad(f"field {k} has wrong type")
            return None
    if set(rec) != set(keys):
        bad("extra/missing fields")
    chain = meta["chain"]
    changes = chain["changes"]
    prod = chain["prod"]
    # ---- the true chain, re-derived
    if not 1 <= len(changes) <= 5:
        bad("number of changes")
    if prod:
        p, q = prod
        if not (1 <= p <= 999 and 1 <= q <= 999):
            bad("factor out of range")
        v = p * q
    else:
        v = chain["start"]
        if not 0 <= v <= 1000:
            bad("start out of range")
    true_vals = [v]
    for op, n in changes:
        if not 1 <= n <= 999:
            bad("change number out of range")
        if op == "/" and v % n:
            bad("inexact division")
        v = calc(v, op, n)
        if op == "/":
            v = int(v)
        if not 0 <= v <= 9999:
            bad("intermediate out of range")
        true_vals.append(v)
    answer = true_vals[-1]
    # ---- problem text
    prob = rec["problem"]
    nw = len(prob.split())
    if nw > 90:
        bad(f"problem too long ({nw} words)")
    given = ([str(prod[0]), str(prod[1])] if prod else [str(chain["start"])]) + [str(n) for _, n in changes]
    for d in NUM.findall(prob):
        if d not in given:
            bad(f"stray number {d} in problem")
    low = prob.lower()
    for alts in meta["tokens"]:
        if not any(a.lower() in low for a in alts):
            bad(f"number token {alts} missing from problem")
    for part in meta["optional"]:
        pl = part.lower()
        if NUM.search(part) or any(re.search(r"\b" + w + r"\b", pl) for w in NUMBER_WORDS):
            bad(f"number-like word in distractor: {part}")
    # ---- steps
    steps = rec["steps"]
    n_eq = len(changes) + (1 if prod else 0)
    if len(steps) != n_eq + 1:
        bad("wrong number of steps")
        return None
    parsed = []
    for i, s in enumerate(steps[:-1]):
        m = EQ.findall(s)
        if len(m) != 1 or s.count("=") != 1:
            bad(f"step {i} does not have exactly one equation: {s}")
            return None
        a, op, b, c = m[0]
        parsed.append((int(a), OPMAP[op], int(b), int(c)))
    last = steps[-1]
    if "=" in last or EQ.search(last):
        bad("final step has an equation")
    nums = NUM.findall(last)
    if len(nums) != 1:
        bad(f"final step must state exactly one number: {last}")
        return None
    stated = int(nums[0])
    # ---- derive label / kind
    label, kind = -1, "none"
    prev = None
    for i, (a, op, b, c) in enumerate(parsed):
        if prod and i == 0:
            exp_ops = sorted([prod[0], prod[1]])
            operand_ok = sorted([a, b]) == exp_ops
            exp_op = "*"
        else:
            ci = i - 1 if prod else i
            exp_op, exp_b = changes[ci]
            exp_a = prev if prev is not None else chain["start"]
            operand_ok = (a == exp_a and b == exp_b)
        k = None
        if not operand_ok:
            k = "operand"
        elif op != exp_op:
            k = "operation"
        elif calc(a, op, b) != c:
            k = "arithmetic"
        if k and label == -1:
            label, kind = i, k
        elif k and label != -1:
            bad(f"step {i} after the first error is not a faithful continuation ({k})")
        prev = c
    if label == -1 and stated != prev:
        label, kind = n_eq, "answer"
    elif label != -1 and stated != prev:
        bad("final answer does not follow the written chain after an earlier error")
    if rec["label"] != label:
        bad(f"label {rec['label']} != derived {label}")
    if rec["error_kind"] != kind:
        bad(f"error_kind {rec['error_kind']} != derived {kind}")
    if rec["final_answer_correct"] != (stated == answer):
        bad("final_answer_correct wrong")
    # intermediates in wrong chains should still be whole, in range
    for (a, op, b, c) in parsed:
        if not 0 <= c <= 9999:
            bad("written value out of range")
    # position category
    if label == -1:
        pos = None
    elif label == n_eq:
        pos = "final"
    elif label == 0:
        pos = "first"
    elif label == n_eq - 1:
        pos = "last"
    else:
        pos = "middle"
    return kind, pos, meta["mode"]


def main():
    seeds = [1, 2, 3, 20261203]
    errs = []
    total = 0
    kinds, poss, modes = Counter(), Counter(), Counter()
    for s in seeds:
        full = G._generate_full(s, 2000)
        for rec, meta in full:
            r = check_record(rec, meta, errs)
            total += 1
            if r:
                kinds[r[0]] += 1
                if r[1]:
                    poss[r[1]] += 1
                modes[r[2]] += 1
    # determinism and speed
    if G.generate(7, 60) != G.generate(7, 60):
        errs.append("not deterministic")
    t = time.time()
    recs = G.generate(11, 1000)
    dt = time.time() - t
    if dt > 2.0:
        errs.append(f"too slow: {dt:.2f}s for 1000")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    # self-test: the checker must flag deliberately corrupted records
    import copy
    caught = 0
    sample = G._generate_full(99, 200)
    for j, (rec, meta) in enumerate(sample):
        bad_rec = copy.deepcopy(rec)
        if j % 3 == 0:
            bad_rec["label"] = rec["label"] + 1 if rec["label"] < len(rec["steps"]) - 1 else 0
        elif j % 3 == 1:
            bad_rec["final_answer_correct"] = not rec["final_answer_correct"]
        else:
            m = EQ.search(bad_rec["steps"][0])
            bad_rec["steps"][0] = bad_rec["steps"][0].replace(m.group(0), m.group(0) + "1", 1)
        e2 = []
        check_record(bad_rec, meta, e2)
        caught += bool(e2)
    print(f"self-test: {caught}/200 corrupted records flagged")
    if caught != 200:
        errs.append("checker self-test failed")
    n_err = total - kinds["none"]
    print(f"records checked: {total}, problems found: {len(errs)}")
    for e in errs[:30]:
        print("  ", e)
    print("kinds:", {k: f"{v / total:.3f}" for k, v in sorted(kinds.items())})
    print("error positions:", {k: f"{v / n_err:.3f}" for k, v in sorted(poss.items())})
    print("modes:", dict(modes))
    print(f"1000 records in {dt:.3f}s")
    # mix requirements
    ok = True
    if not 0.40 <= kinds["none"] / total <= 0.50:
        ok = False
        print("MIX: share of correct records off")
    for k in ["arithmetic", "operand", "operation", "answer"]:
        if not 0.10 <= kinds[k] / total <= 0.18:
            ok = False
            print("MIX: kind share off", k)
    for p in ["first", "middle", "last", "final"]:
        if not 0.15 <= poss[p] / n_err <= 0.35:
            ok = False
            print("MIX: position share off", p)
    # vocabulary breadth
    vocab = {"add templates": len(G.ADD_T), "subtract templates": len(G.SUB_T),
             "multiply templates": len(G.MUL_T) + len(G.MUL_Q) + len(G.LEDGER_MUL),
             "divide templates": len(G.DIV_T) + len(G.DIV_Q) + len(G.LEDGER_DIV),
             "items": len(set(G.ALL_ITEMS)), "names": len(set(G.FIRST_NAMES)),
             "surnames": len(set(G.SURNAMES)),
             "questions": len(G.QUESTIONS) + len(G.Q_PAST) + len(G.Q_FUT) + len(G.Q_LEDGER) +
                          len(G.DIV_Q) + len(G.MUL_Q)}
    print("vocabulary:", vocab)
    for k in ["add templates", "subtract templates"]:
        if vocab[k] < 40:
            ok = False
    if vocab["items"] < 200 or vocab["names"] < 200:
        ok = False
        print("vocabulary too small")
    if errs or not ok:
        print("CHECK FAILED")
        sys.exit(1)
    print("CHECK PASSED")


if __name__ == "__main__":
    main()
