#!/usr/bin/env python3
"""Checker for generator.py (gen-u).

For several seeds it builds 2000 records with the generator's internal
representation (start / factors / changes / number tokens) and re-derives
everything independently from the text of the steps:
  - the true chain of results (integers 0..9999, exact divisions);
  - exactly one equation `a op b = c` in every non-final step, no other digits;
    the final step has no equation and exactly one number;
  - label, error_kind and final_answer_correct, by walking the written steps
    against the true operands / operations (product start: either factor order);
  - a single fault in the erroneous step, no fault in any later step
    (later steps continue from the written wrong value);
  - every number of the problem is present in the text as the registered
    token (digits or words) and the tokens' values match the internal numbers;
    no other digits in the problem; numbers <= 999 (start may be 1000);
  - word count, sentence count, unique ids, determinism, speed and the mix.
Exit status 1 on any failure.
"""
import collections
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generator  # noqa: E402

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPS = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}

W = {}
_ones = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen twenty").split()
for i, w in enumerate(_ones):
    W[w] = i
_tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
W.update(_tens)
for t, tv in _tens.items():
    for i in range(1, 10):
        W["%s-%s" % (t, _ones[i])] = tv + i
W.update({"a dozen": 12, "twice": 2, "double": 2, "doubles": 2, "doubled": 2, "triple": 3,
          "triples": 3, "tripled": 3, "half": 2, "halve": 2, "halves": 2, "halved": 2, "a third": 3})
for i, w in enumerate("twofold threefold fourfold fivefold sixfold sevenfold eightfold ninefold tenfold".split()):
    W[w] = i + 2


def token_value(tok):
    if tok.isdigit():
        return int(tok)
    return W.get(tok.lower())


def calc(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b != 0 and a % b == 0:
        return a // b
    return None


def check_record(rec, meta, errs):
    rid = rec["id"]

    def bad(msg):
        errs.append("%s: %s" % (rid, msg))

    for k, typ in (("id", str), ("problem", str), ("steps", list), ("label", int),
                   ("final_answer_correct", bool), ("error_kind", str)):
        if not isinstance(rec.get(k), typ):
            bad("field %s" % k)
            return None
    start, factors, changes = meta["start"], meta["factors"], meta["changes"]
    if not 1 <= len(changes) <= 5:
        bad("changes count")
    # true chain
    if factors:
        G, P = factors
        if not (1 <= G <= 999 and 1 <= P <= 999):
            bad("factor range")
        v = G * P
    else:
        if not 0 <= start <= 1000:
            bad("start range")
        v = start
    problem_numbers = ([factors[0], factors[1]] if factors else [start]) + [b for _, b in changes]
    if start != (factors[0] * factors[1] if factors else start):
        bad("start != product")
    truth = [v]
    for op, b in changes:
        if not 0 < b <= 999:
            bad("operand range")
        v = calc(v, op, b)
        if v is None or not 0 <= v <= 9999:
            bad("true chain out of range / inexact")
            return None
        truth.append(v)
    true_final = truth[-1]
    # problem text numbers
    prob = rec["problem"]
    toks = meta["tokens"]
    if sorted(val for _, val in toks) != sorted(problem_numbers):
        bad("tokens %r vs numbers %r" % (toks, problem_numbers))
    low = prob.lower()
    for tok, val in toks:
        if token_value(tok) != val:
            bad("token %r value" % tok)
        if not re.search(r"(?<![\w-])" + re.escape(tok.lower()) + r"(?![\w])", low) and not \
                re.search(r"(?<![\w-])" + re.escape(tok.lower()), low):
            bad("token %r missing from problem" % tok)
    digit_toks = collections.Counter(t for t, _ in toks if t.isdigit())
    seen = collections.Counter(re.findall(r"\d+", prob))
    for d, cnt in seen.items():
        if d not in digit_toks:
            bad("stray number %s in problem" % d)
    nwords = len(prob.split())
    nsent = len(re.findall(r"[.?!](?:\s|$)", prob))
    if nwords > 90:
        bad("problem too long %d" % nwords)
    if nsent > 8:
        bad("too many sentences %d" % nsent)
    # steps
    steps = rec["steps"]
    n_eq = len(changes) + (1 if factors else 0)
    if len(steps) != n_eq + 1:
        bad("step count")
        return None
    label, kind = -1, "none"
    prev = None
    for i, st in enumerate(steps[:-1]):
        eqs = EQ.findall(st)
        if len(eqs) != 1 or st.count("=") != 1:
            bad("step %d equations %r" % (i, st))
            return None
        a, op, b, c = int(eqs[0][0]), OPS[eqs[0][1]], int(eqs[0][2]), int(eqs[0][3])
        if [int(x) for x in re.findall(r"\d+", st)] != [a, b, c]:
            bad("step %d has other digits: %r" % (i, st))
        if factors and i == 0:
            operands_ok = sorted([a, b]) == sorted(factors)
            exp_op = "*"
        else:
            ch = changes[i - (1 if factors else 0)]
            exp_a = (start if i == 0 else prev)
            operands_ok = a == exp_a and b == ch[1]
            exp_op = ch[0]
        op_ok = op == exp_op
        arith_ok = calc(a, op, b) == c
        faults = [f for f, ok in (("operand", operands_ok), ("operation", op_ok), ("arithmetic", arith_ok)) if not ok]
        if faults:
            if label == -1:
                label, kind = i, faults[0]
                if len(faults) != 1:
                    bad("step %d has several faults %r" % (i, faults))
            else:
                bad("fault after the first error at step %d: %r" % (i, faults))
        if not 0 <= c <= 9999:
            bad("written value out of range")
        prev = c
    last = steps[-1]
    if "=" in last or EQ.search(last):
        bad("final step has an equation")
    nums = re.findall(r"\d+", last)
    if len(nums) != 1:
        bad("final step numbers %r" % last)
        return None
    f = int(nums[0])
    if f != prev:
        if label == -1:
            label, kind = n_eq, "answer"
        else:
            bad("final answer does not continue the written chain")
    fac = f == true_final
    if rec["label"] != label:
        bad("label %d, re-derived %d" % (rec["label"], label))
    if rec["error_kind"] != kind:
        bad("error_kind %s, re-derived %s" % (rec["error_kind"], kind))
    if rec["final_answer_correct"] != fac:
        bad("final_answer_correct")
    if (label == -1) != fac:
        bad("correct record with wrong final or error record with right final")
    pos = "none"
    if label >= 0:
        pos = "final" if label == n_eq else "first" if label == 0 else "last" if label == n_eq - 1 else "middle"
    return kind, pos, n_eq


def main():
    errs = []
    kinds = collections.Counter()
    positions = collections.Counter()
    nchanges = collections.Counter()
    owners = collections.Counter()
    total = 0
    ids = set()
    for seed in (1, 7, 42, 20261203):
        full = generator.generate_full(seed, 2000)
        for rec, meta in full:
            if rec["id"] in ids:
                errs.append("duplicate id " + rec["id"])
            ids.add(rec["id"])
            r = check_record(rec, meta, errs)
            total += 1
            if r:
                kinds[r[0]] += 1
                if r[0] != "none":
                    positions[r[1]] += 1
                nchanges[len(meta["changes"])] += 1
                owners[meta["owner_kind"]] += 1
    n_err = total - kinds["none"]
    frac_ok = kinds["none"] / total
    print("records checked:", total)
    print("kinds:", dict(kinds), "correct fraction %.3f" % frac_ok)
    print("error positions:", dict(positions))
    print("changes per problem:", dict(sorted(nchanges.items())))
    print("owner kinds:", dict(owners))
    if not 0.40 <= frac_ok <= 0.50:
        errs.append("correct fraction %.3f" % frac_ok)
    for k in ("arithmetic", "operand", "operation", "answer"):
        share = kinds[k] / max(1, n_err)
        if not 0.18 <= share <= 0.32:
            errs.append("kind %s share %.3f" % (k, share))
    for p in ("first", "middle", "last", "final"):
        share = positions[p] / max(1, n_err)
        if share < 0.10:
            errs.append("position %s share %.3f" % (p, share))
    # determinism and speed
    a = generator.generate(5, 300)
    b = generator.generate(5, 300)
    if a != b:
        errs.append("not deterministic")
    if a == generator.generate(6, 300):
        errs.append("seed has no effect")
    t = time.time()
    generator.generate(11, 1000)
    dt = time.time() - t
    print("1000 records in %.2fs" % dt)
    if dt > 2.0:
        errs.append("too slow")
    # breadth of the vocabulary
    breadth = {"names": len(set(generator.NAMES_M + generator.NAMES_F)),
               "items": len(generator.ITEMS),
               "add verbs": len(generator.ADD_VERBS) + len(generator.EXT_ADD) + len(generator.NP_ADD),
               "sub verbs": len(generator.SUB_VERBS) + len(generator.EXT_SUB) + len(generator.NP_SUB),
               "mul phrases": len(generator.MUL_T) + len(generator.VEH_MUL),
               "div phrases": len(generator.DIV_T) + len(generator.VEH_DIV)}
    print("breadth:", breadth)
    if breadth["names"] < 200 or breadth["items"] < 200 or breadth["add verbs"] < 40 or breadth["sub verbs"] < 40:
        errs.append("breadth too small")
    if errs:
        print("FAILURES (%d):" % len(errs))
        for e in errs[:40]:
            print("  " + e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
