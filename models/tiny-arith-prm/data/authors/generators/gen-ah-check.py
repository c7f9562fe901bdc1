"""Checker for generator.py (register: science fiction and fantasy).

For every record of generate(seed, N) it re-derives the true chain from the internal
representation (start or product factors, list of changes), parses the written steps
back out of the text, recomputes label / error_kind / final_answer_correct on its own,
and compares.  It also checks the problem's numbers against the representation, the
number ranges, the step format, the word count and the overall mix; then it corrupts
some records on purpose and makes sure the checks notice.

    python3 check.py [N] [seed ...]
"""

import collections
import copy
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
NORM = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
KINDS = ("none", "arithmetic", "operand", "operation", "answer")

WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
TENW = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}


def word_value(s):
    s = s.lower()
    if s == "a dozen":
        return 12
    if s in WORDS:
        return WORDS[s]
    if s in TENW:
        return TENW[s]
    if "-" in s:
        t, o = s.split("-")
        return TENW[t] + WORDS[o]
    raise ValueError(s)


def calc(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    q, r = divmod(a, b)
    return q if r == 0 else None


def check_record(rec, meta):
    errs = []
    keys = {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
    if set(rec) != keys:
        return [f"keys {sorted(rec)}"]
    if not (isinstance(rec["id"], str) and isinstance(rec["problem"], str) and isinstance(rec["steps"], list)
            and isinstance(rec["label"], int) and isinstance(rec["final_answer_correct"], bool)
            and rec["error_kind"] in KINDS):
        return ["types"]

    # --- true chain from the internal representation
    changes = meta["changes"]
    if not 1 <= len(changes) <= 5:
        errs.append("number of changes")
    if meta["factors"]:
        fa, fb = meta["factors"]
        if not (1 <= fa <= 999 and 1 <= fb <= 999):
            errs.append("factor range")
        v = fa * fb
        if v != meta["start"]:
            errs.append("product start")
        true_ops = [("*", fb)] + list(changes)
        first = fa
    else:
        v = meta["start"]
        if not 1 <= v <= 1000:
            errs.append("start range")
        true_ops = list(changes)
        first = v
    chain = []
    x = first
    for op, n in true_ops:
        if not 1 <= n <= 999:
            errs.append("operand range")
        x = calc(x, op, n)
        if x is None or not 0 <= x <= 9999:
            errs.append("intermediate out of range / inexact")
            return errs
        chain.append(x)
    n_eq = len(true_ops)

    # --- steps back out of the text
    steps = rec["steps"]
    if len(steps) != n_eq + 1:
        errs.append(f"{len(steps)} steps for {n_eq} equations")
        return errs
    parsed = []
    for s in steps[:-1]:
        m = EQ.findall(s)
        if len(m) != 1 or s.count("=") != 1:
            errs.append(f"step without exactly one equation: {s!r}")
            return errs
        a, op, b, c = m[0]
        parsed.append((int(a), NORM[op], int(b), int(c)))
    last = steps[-1]
    if EQ.search(last) or "=" in last:
        errs.append("equation in final step")
    nums = re.findall(r"\d+", last)
    if len(nums) != 1:
        errs.append(f"final step numbers {nums}")
        return errs
    stated = int(nums[0])

    # --- earliest error, derived independently
    label, kind = -1, "none"
    prev = None
    for j, ((a, op, b, c), (top, tb)) in enumerate(zip(parsed, true_ops)):
        if j == 0 and meta["factors"]:
            operand_ok = sorted((a, b)) == sorted(meta["factors"])
        elif j == 0:
            operand_ok = a == first and b == tb
        else:
            operand_ok = a == prev and b == tb
        op_ok = op == top
        if op == "/":
            arith_ok = b != 0 and a == b * c
        else:
            arith_ok = calc(a, op, b) == c
        if not (operand_ok and op_ok and arith_ok):
            label = j
            kind = "operand" if not operand_ok else "operation" if not op_ok else "arithmetic"
            break
        prev = c
    if label == -1 and stated != parsed[-1][3]:
        label, kind = n_eq, "answer"
    if label != rec["label"]:
        errs.append(f"label {rec['label']} but derived {label}")
    if kind != rec["error_kind"]:
        errs.append(f"kind {rec['error_kind']} but derived {kind}")
    if (stated == chain[-1]) != rec["final_answer_correct"]:
        errs.append("final_answer_correct")
    # later steps continue from the written (possibly wrong) value and are otherwise right
    for j in range(1, n_eq):
        a, op, b, c = parsed[j]
        if j > max(label, 0) and label != -1 and label < n_eq:
            if a != parsed[j - 1][3] or op != true_ops[j][0] or b != true_ops[j][1] or calc(a, op, b) != c:
                errs.append(f"step {j} after the error does not continue the written chain")
    for a, op, b, c in parsed:
        if not 0 <= c <= 9999:
            errs.append("written value out of range")
    if label < n_eq and stated != parsed[-1][3]:
        errs.append("final answer does not copy the last written result")
    # error step shape: exactly one thing wrong, and the written value moved
    if 0 <= label < n_eq:
        a, op, b, c = parsed[label]
        tv = chain[label]
        if c == tv:
            errs.append("error step keeps the true value")
        if kind in ("operand", "operation") and calc(a, op, b) != c:
            errs.append("operand/operation step also has an arithmetic slip")

    # --- the problem text against the representation
    prob = rec["problem"]
    if "=" in prob:
        errs.append("'=' in problem")
    if len(prob.split()) > 90:
        errs.append(f"problem has {len(prob.split())} words")
    digit_nums = sorted(int(t) for t in re.findall(r"\d+", prob))
    want_digits, want_words = [], []
    for val, surf in meta["surfaces"]:
        if surf.isdigit():
            if int(surf) != val:
                errs.append("surface digits")
            want_digits.append(val)
        else:
            if word_value(surf) != val:
                errs.append(f"surface word {surf} != {val}")
            want_words.append(surf)
    if digit_nums != sorted(want_digits):
        errs.append(f"problem digits {digit_nums} vs {sorted(want_digits)}")
    low = prob.lower()
    for w in want_words:
        pat = r"(a|another) dozen" if w == "a dozen" else re.escape(w)
        if not re.search(r"(?<![a-z-])" + pat + r"(?![a-z-])", low):
            errs.append(f"number word {w!r} missing")
    nsurf = len(meta["surfaces"])
    n_numeric = (2 if meta["factors"] else 1) + len(changes)
    specials = n_numeric - nsurf
    if specials < 0:
        errs.append("too many surfaces")
    unspoken = [c for c in changes if c[0] in "*/" and c[1] in (2, 3, 4)]
    if specials > len(unspoken):
        errs.append("a change has no number in the problem")
    return errs


def position(label, n_eq):
    if label == -1:
        return "none"
    if label == n_eq:
        return "answer"
    if label == 0:
        return "first"
    if label == n_eq - 1:
        return "last"
    return "middle"


def corrupt_and_expect_failure(pairs, rng):
    """Mutate records in ways that must be caught; return (tried, caught)."""
    tried = caught = 0
    for rec, meta in pairs:
        muts = []
        r = copy.deepcopy(rec)
        r["label"] = 0 if rec["label"] != 0 else -1
        muts.append(r)
        r = copy.deepcopy(rec)
        r["error_kind"] = "arithmetic" if rec["error_kind"] != "arithmetic" else "operand"
        muts.append(r)
        r = copy.deepcopy(rec)
        r["final_answer_correct"] = not rec["final_answer_correct"]
        muts.append(r)
        if rec["label"] == -1:
            # bump the result of a random equation step by one: label must move
            r = copy.deepcopy(rec)
            j = rng.randrange(len(r["steps"]) - 1)
            m = list(EQ.finditer(r["steps"][j]))[0]
            s = r["steps"][j]
            r["steps"][j] = s[:m.start(4)] + str(int(m.group(4)) + 1) + s[m.end(4):]
            muts.append(r)
            # swap the operator for another one
            r = copy.deepcopy(rec)
            s = r["steps"][j]
            m = list(EQ.finditer(s))[0]
            r["steps"][j] = s[:m.start(2)] + ("+" if NORM[m.group(2)] != "+" else "-") + s[m.end(2):]
            muts.append(r)
            # change a number in the problem text
            r = copy.deepcopy(rec)
            d = re.search(r"\d+", r["problem"])
            if d:
                r["problem"] = r["problem"][:d.start()] + str(int(d.group()) + 1) + r["problem"][d.end():]
                muts.append(r)
        for m in muts:
            tried += 1
            if check_record(m, meta):
                caught += 1
    return tried, caught


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    seeds = [int(x) for x in sys.argv[2:]] or [1, 2, 20261203]
    ok = True
    import random
    for seed in seeds:
        t0 = time.time()
        recs = G.generate(seed, n)
        dt = time.time() - t0
        pairs = G._generate_with_meta(seed, n)
        if [p[0] for p in pairs] != recs or G.generate(seed, n) != recs:
            print("NOT DETERMINISTIC / meta mismatch")
            ok = False
        bad = 0
        kinds = collections.Counter()
        poss = collections.Counter()
        kind_pos = collections.Counter()
        fac = collections.Counter()
        ids = set()
        for rec, meta in pairs:
            e = check_record(rec, meta)
            if e:
                bad += 1
                if bad <= 5:
                    print("FAIL", rec["id"], e)
                    print("   ", rec)
            ids.add(rec["id"])
            n_eq = len(rec["steps"]) - 1
            kinds[rec["error_kind"]] += 1
            p = position(rec["label"], n_eq)
            poss[p] += 1
            kind_pos[(rec["error_kind"], p)] += 1
            fac[rec["final_answer_correct"]] += 1
        if len(ids) != n:
            print("duplicate ids")
            ok = False
        nerr = n - kinds["none"]
        share_ok = 0.40 <= kinds["none"] / n <= 0.50
        for k in KINDS[1:]:
            share_ok &= 0.20 <= kinds[k] / nerr <= 0.30
        for p in ("first", "middle", "last", "answer"):
            share_ok &= 0.18 <= poss[p] / nerr <= 0.32
        print(f"seed {seed}: {n} records in {dt:.2f}s, failures {bad}, mix ok {share_ok}")
        print("   kinds", dict(kinds))
        print("   positions", dict(poss))
        print("   final_answer_correct", dict(fac))
        print("   kind x position", {f"{k}/{p}": v for (k, p), v in sorted(kind_pos.items())})
        ok &= bad == 0 and share_ok
        tried, caught = corrupt_and_expect_failure(pairs[:400], random.Random(seed))
        print(f"   corruption test: {caught}/{tried} corrupted records caught")
        ok &= tried == caught
    # breadth of the vocabulary
    fam = {"add": G.ADD_T, "sub": G.SUB_T, "mul": G.MUL_T, "div": G.DIV_T}
    for k, t in fam.items():
        print(f"   {k}: {len(t)} phrasings")
    n_items = sum(len(v) for v in G.ITEM_TABLE.values())
    n_names = len(set(G.GIVEN_NAMES)) + len(G.ROBOT_NAMES) + len(G.DRAGON_NAMES) + len(G.SHIP_NAMES)
    print(f"   items {n_items}, names {n_names} (given names {len(set(G.GIVEN_NAMES))})")
    ok &= n_items >= 200 and len(set(G.GIVEN_NAMES)) >= 200
    print("ALL OK" if ok else "PROBLEMS FOUND")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
