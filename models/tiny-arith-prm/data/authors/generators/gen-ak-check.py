#!/usr/bin/env python3
"""Independent checker for generator.py.

For every record of generate_full(seed, N) it re-derives the true chain from the
internal representation (start numbers and (op, operand) changes), parses every step's
text on its own, recomputes label / error_kind / final_answer_correct and compares them
with the record.  It also checks the problem text against the representation (every
number cue is present and means the stored value; no stray numbers), the step format
(exactly one `a op b = c` per non-final step, none in the final step, no stray numbers),
the numeric limits, and the overall mix.  `python3 check.py` runs it on three seeds
plus a corruption test that must be caught.
"""
import collections
import copy
import json
import re
import sys
import time

import generator as G

OPS = r"(\+|-|−|\*|/|×|÷|\\times|\\div|\\cdot)"
EQ = re.compile(r"(\d+)\s*" + OPS + r"\s*(\d+)\s*=\s*(\d+)")
EXPR = re.compile(r"(\d+)\s*" + OPS + r"\s*(\d+)")
OPMAP = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "\\times": "*", "\\cdot": "*",
         "/": "/", "÷": "/", "\\div": "/"}
KINDS = {"none", "arithmetic", "operand", "operation", "answer"}

W1 = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven",
                                   "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                   "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                   "nineteen"])}
W10 = {w: 10 * (i + 2) for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty",
                                              "seventy", "eighty", "ninety"])}
FOLDW = {"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
         "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10}
NUMWORD_RE = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                        r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|twice|"
                        r"double\w*|triple\w*|quadruple\w*|halv\w*|half|third|\w+fold)\b")


def word_value(s):
    """Value of a number cue as it appears in a problem (independent parser)."""
    s = s.lower().strip()
    if s.isdigit():
        return int(s), None
    if s == "a dozen":
        return 12, None
    if s.endswith("-fold") and s[:-5].isdigit():
        return int(s[:-5]), "*"
    if s in FOLDW:
        return FOLDW[s], "*"
    if s == "twice" or s.startswith("doubl"):
        return 2, "*"
    if s.startswith("tripl"):
        return 3, "*"
    if s.startswith("quadrupl"):
        return 4, "*"
    if s.startswith("halv") or s == "half":
        return 2, "/"
    if s == "a third":
        return 3, "/"
    if s in W1:
        return W1[s], None
    if s in W10:
        return W10[s], None
    if "-" in s:
        t, o = s.split("-", 1)
        if t in W10 and o in W1 and 0 < W1[o] < 10:
            return W10[t] + W1[o], None
    raise ValueError("unparsed number cue: " + s)


def true_chain(start, changes):
    vals = [start[0] * start[1]] if len(start) == 2 else [start[0]]
    for op, n in changes:
        a = vals[-1]
        if op == "+":
            v = a + n
        elif op == "-":
            v = a - n
        elif op == "*":
            v = a * n
        else:
            assert n > 0 and a % n == 0, "inexact division"
            v = a // n
        vals.append(v)
    return vals


def calc(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a / b if b else None


def check_problem(rec, meta, errs):
    text = rec["problem"]
    low = text.lower()
    start, changes = meta["start"], meta["changes"]
    if not 1 <= len(changes) <= 5:
        errs.append("changes count")
    if len(start) == 1 and not 0 <= start[0] <= 1000:
        errs.append("start range")
    if len(start) == 2 and not all(1 <= x <= 999 for x in start):
        errs.append("factor range")
    for op, n in changes:
        if op not in "+-*/" or not 1 <= n <= 999:
            errs.append("change range")
    try:
        vals = true_chain(start, changes)
    except AssertionError as e:
        errs.append(str(e))
        return None
    if any(v < 0 or v > 9999 for v in vals):
        errs.append("intermediate out of range")
    if len(text.split()) > 92:
        errs.append("problem too long")
    # number cues
    rest = low
    surfs = list(zip(start, meta["start_surf"]))
    if len(meta["start_surf"]) != len(start):
        errs.append("start surface count")
    for (op, n), sf in zip(changes, meta["change_surf"]):
        if len(sf) != 1:
            errs.append("change should have exactly one number cue: %r" % (sf,))
            continue
        v, implied = word_value(sf[0])
        if v != n:
            errs.append("cue %r means %d not %d" % (sf[0], v, n))
        if implied is not None and implied != op:
            errs.append("cue %r implies %s not %s" % (sf[0], implied, op))
        surfs.append((n, sf[0]))
    for n, s in zip(start, meta["start_surf"]):
        v, implied = word_value(s)
        if v != n or implied is not None:
            errs.append("start cue %r" % s)
    for n, s in surfs:
        s = s.lower()
        pat = re.compile(r"(?<![\w-])" + re.escape(s) + r"(?![\w])")
        m = pat.search(rest)
        if not m:
            errs.append("cue %r not in problem" % s)
            continue
        rest = rest[:m.start()] + " # " + rest[m.end():]
    if re.search(r"\d", rest):
        errs.append("stray digits in problem: %r" % re.findall(r"\d+", rest))
    left = NUMWORD_RE.findall(rest)
    if left:
        errs.append("stray number words in problem: %r" % left)
    return vals


def step_numbers(text):
    return [int(x) for x in re.findall(r"\d+", text)]


def check_record(rec, meta):
    errs = []
    for k, t in (("id", str), ("problem", str), ("steps", list), ("label", int),
                 ("final_answer_correct", bool), ("error_kind", str)):
        if not isinstance(rec.get(k), t):
            errs.append("field " + k)
    if errs:
        return errs
    if rec["error_kind"] not in KINDS:
        errs.append("bad kind")
    vals = check_problem(rec, meta, errs)
    if vals is None:
        return errs
    start, changes = meta["start"], meta["changes"]
    product = len(start) == 2
    exp = []  # expected (op, b, a-or-None) per equation step
    if product:
        exp.append(("*", None, None))
    for op, n in changes:
        exp.append((op, n, None))
    steps = rec["steps"]
    n_eq = len(exp)
    if len(steps) != n_eq + 1:
        errs.append("step count %d != %d" % (len(steps), n_eq + 1))
        return errs
    problem_nums = set(start) | {n for _, n in changes}
    parsed = []
    for i, s in enumerate(steps[:-1]):
        eqs = EQ.findall(s)
        exprs = EXPR.findall(s)
        if len(eqs) != 1 or len(exprs) != 1 or s.count("=") != 1:
            errs.append("step %d: need exactly one equation (%d eq, %d expr, %d '=')"
                        % (i, len(eqs), len(exprs), s.count("=")))
            return errs
        a, o, b, c = eqs[0]
        a, b, c, o = int(a), int(b), int(c), OPMAP[o]
        parsed.append((a, o, b, c))
        # no stray numbers: all other numbers are the step label, the numbers of this
        # equation, the problem's number for this change, or (first step) problem facts
        m = EQ.search(s)
        others = step_numbers(s[:m.start()] + " " + s[m.end():])
        allowed = {a, b, c, i + 1}
        if exp[i][1] is not None:
            allowed.add(exp[i][1])
        if product and i == 0:
            allowed |= set(start)
        if i == 0:
            allowed |= problem_nums
        bad = [x for x in others if x not in allowed]
        if bad:
            errs.append("step %d stray numbers %r" % (i, bad))
    fin = steps[-1]
    if "=" in fin or EXPR.search(fin):
        errs.append("final step has an equation")
    fnums = step_numbers(fin)
    if not fnums or len(set(fnums)) != 1:
        errs.append("final step numbers %r" % fnums)
        return errs
    N = fnums[0]
    # derive label independently
    label, kind = -1, "none"
    prev = None
    for i, (a, o, b, c) in enumerate(parsed):
        eop, eb, _ = exp[i]
        if product and i == 0:
            op_ok = o == "*"
            opnd_ok = sorted([a, b]) == sorted(start)
        else:
            ea = (start[0] if not product else None) if i == 0 else prev
            op_ok = o == eop
            opnd_ok = (a == ea and b == eb)
        res = calc(a, o, b)
        arith_ok = res is not None and res == c
        faults = [not op_ok, not opnd_ok, not arith_ok]
        if any(faults) and label == -1:
            label = i
            kind = "operation" if not op_ok else "operand" if not opnd_ok else "arithmetic"
            if sum(faults) != 1:
                errs.append("step %d has more than one kind of fault %r" % (i, faults))
        elif any(faults) and label != -1:
            errs.append("step %d after the error is not a clean continuation" % i)
        prev = c
    if label == -1 and N != parsed[-1][3]:
        label, kind = n_eq, "answer"
    if label != -1 and label < n_eq and N != parsed[-1][3]:
        errs.append("final answer does not restate the last written result")
    fac = N == vals[-1]
    if rec["label"] != label:
        errs.append("label %d, derived %d" % (rec["label"], label))
    if rec["error_kind"] != kind:
        errs.append("kind %s, derived %s" % (rec["error_kind"], kind))
    if rec["final_answer_correct"] != fac:
        errs.append("final_answer_correct %s, derived %s" % (rec["final_answer_correct"], fac))
    # written values stay integral and in range
    for a, o, b, c in parsed:
        if c < 0 or c > 9999:
            errs.append("written value out of range")
    meta["_derived"] = (label, kind, n_eq)
    return errs


def position(label, n_eq):
    if label == -1:
        return "none"
    if label == n_eq:
        return "final"
    if label == 0:
        return "first"
    if label == n_eq - 1:
        return "last"
    return "middle"


def run(seeds, count):
    total_bad = 0
    stats = collections.Counter()
    kinds = collections.Counter()
    pos = collections.Counter()
    kindpos = collections.Counter()
    nch = collections.Counter()
    regs = collections.Counter()
    eqs = collections.Counter()
    tmpls = set()
    ids = set()
    n = 0
    for seed in seeds:
        t0 = time.time()
        full = G.generate_full(seed, count)
        dt = time.time() - t0
        again = G.generate(seed, count)
        if [r for r, _ in full] != again:
            print("NOT DETERMINISTIC for seed", seed)
            total_bad += 1
        print("seed %d: %d records in %.2fs" % (seed, count, dt))
        for rec, meta in full:
            n += 1
            if rec["id"] in ids:
                print("duplicate id", rec["id"])
                total_bad += 1
            ids.add(rec["id"])
            e = check_record(rec, meta)
            if e:
                total_bad += 1
                if total_bad <= 15:
                    print("BAD", rec["id"], e)
                    print(json.dumps(rec, ensure_ascii=False, indent=1)[:3000])
                continue
            label, kind, n_eq = meta["_derived"]
            kinds[kind] += 1
            if kind not in ("none",):
                p = position(label, n_eq)
                pos[p] += 1
                kindpos[(kind, p)] += 1
            nch[len(meta["changes"]) + (10 if len(meta["start"]) == 2 else 0)] += 1
            regs[meta["register"] + "/" + meta["layout"]] += 1
            eqs[meta["persona_eq"]] += 1
            tmpls.update(meta["tmpl"])
            stats["fac_true"] += rec["final_answer_correct"]
    print("checked %d records, %d bad" % (n, total_bad))
    print("kinds:", dict(kinds), " correct share %.3f" % (kinds["none"] / max(1, n)))
    print("error positions:", dict(pos))
    print("kind x position:", dict(sorted(kindpos.items())))
    print("changes (+10 = product start):", dict(sorted(nch.items())))
    print("register/layout:", dict(regs))
    print("equation styles:", dict(eqs))
    print("templates used: %d of %d" % (len(tmpls), len(G.TEMPLATES)))
    # mix assertions
    ok = True
    share = kinds["none"] / n
    if not 0.40 <= share <= 0.50:
        print("MIX: correct share off", share)
        ok = False
    err = n - kinds["none"]
    for k in ("arithmetic", "operand", "operation", "answer"):
        if not 0.19 <= kinds[k] / err <= 0.31:
            print("MIX: kind share off", k, kinds[k] / err)
            ok = False
    for p in ("first", "middle", "last", "final"):
        if not 0.17 <= pos[p] / err <= 0.33:
            print("MIX: position share off", p, pos[p] / err)
            ok = False
    return total_bad == 0 and ok


def corruption_test(seed=7, count=300):
    """Damage records on purpose; every damaged record must be flagged."""
    full = G.generate_full(seed, count)
    caught = collections.Counter()
    tried = collections.Counter()

    def attempt(name, rec, meta):
        tried[name] += 1
        if check_record(rec, copy.deepcopy(meta)):
            caught[name] += 1

    for rec, meta in full:
        # 1 shift the label
        r = copy.deepcopy(rec)
        r["label"] = rec["label"] + 1 if rec["label"] < len(rec["steps"]) - 1 else -1
        attempt("label_shift", r, meta)
        # 2 wrong error kind
        r = copy.deepcopy(rec)
        r["error_kind"] = "arithmetic" if rec["error_kind"] != "arithmetic" else "operand"
        attempt("kind_swap", r, meta)
        # 3 flip final_answer_correct
        r = copy.deepcopy(rec)
        r["final_answer_correct"] = not rec["final_answer_correct"]
        attempt("fac_flip", r, meta)
        # 4 silently change a result in a correct record (label kept at -1)
        if rec["label"] == -1:
            r = copy.deepcopy(rec)
            j = len(r["steps"]) // 2 - (1 if len(r["steps"]) > 2 else 0)
            j = max(0, min(j, len(r["steps"]) - 2))
            m = EQ.search(r["steps"][j])
            c = int(m.group(4))
            s = r["steps"][j]
            r["steps"][j] = s[:m.start(4)] + str(c + 1) + s[m.end(4):]
            attempt("result_edit_in_correct", r, meta)
            # 5 change the final answer of a correct record
            r = copy.deepcopy(rec)
            N = re.findall(r"\d+", r["steps"][-1])[0]
            r["steps"][-1] = r["steps"][-1].replace(N, str(int(N) + 10))
            attempt("final_edit_in_correct", r, meta)
            # 6 add a second equation to a step
            r = copy.deepcopy(rec)
            r["steps"][0] += " Check: 3 + 4 = 7."
            attempt("second_equation", r, meta)
            # 7 swap the operator in a correct record
            r = copy.deepcopy(rec)
            j = len(r["steps"]) - 2
            m = EQ.search(r["steps"][j])
            s = r["steps"][j]
            r["steps"][j] = s[:m.start(2)] + ("-" if OPMAP[m.group(2)] == "+" else "+") + s[m.end(2):]
            attempt("operator_swap", r, meta)
            # 8 a stray number in the problem
            r = copy.deepcopy(rec)
            r["problem"] = r["problem"] + " She is 9 years old."
            attempt("stray_problem_number", r, meta)
        else:
            # 9 move the error one step later in an error record by relabelling
            r = copy.deepcopy(rec)
            r["label"] = -1
            r["error_kind"] = "none"
            attempt("error_record_marked_correct", r, meta)
            # 10 drop the last step
            r = copy.deepcopy(rec)
            r["steps"] = r["steps"][:-1]
            attempt("drop_final", r, meta)
    print("corruption test:")
    allc = True
    for k in tried:
        print("  %-28s caught %d / %d" % (k, caught[k], tried[k]))
        allc &= caught[k] == tried[k]
    return allc


if __name__ == "__main__":
    seeds = [int(x) for x in sys.argv[1:]] or [1, 20261203, 99991]
    ok = run(seeds, 2000)
    ok2 = corruption_test()
    print("ALL OK" if ok and ok2 else "PROBLEMS FOUND")
    sys.exit(0 if ok and ok2 else 1)
