#!/usr/bin/env python3
"""Independent checker for generator.py (gen-m).

For several seeds it re-derives, from the internal plan of every record (start or the two
factors of a product start, then the ordered changes), the true chain of results; parses the
written steps; recomputes the earliest wrong step, its kind and whether the final answer is
right; and compares with label / error_kind / final_answer_correct.  It also checks the step
format, the number limits, the problem text, determinism, speed and the mix.
"""
import collections
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/\u00d7\u00f7\u2212])\s*(\d+)\s*=\s*(\d+)")
NORM = {"+": "+", "-": "-", "\u2212": "-", "*": "*", "\u00d7": "*", "/": "/", "\u00f7": "/"}
WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def calc(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def words_in(text):
    """number words present in text -> set of ints"""
    found = set()
    low = text.lower()
    for m in re.finditer(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b", low):
        found.add(TENS[m.group(1)] + WORDS[m.group(2)])
    stripped = re.sub(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b", " ", low)
    for w in re.findall(r"[a-z]+", stripped):
        if w in WORDS:
            found.add(WORDS[w])
        elif w in TENS:
            found.add(TENS[w])
    return found


def check_record(rec, meta, errs):
    rid = rec["id"]

    def bad(msg):
        errs.append("%s: %s" % (rid, msg))

    # ---- schema
    for k, t in (("id", str), ("problem", str), ("steps", list), ("label", int), ("final_answer_correct", bool),
                 ("error_kind", str)):
        if not isinstance(rec.get(k), t):
            bad("field %s has wrong type" % k)
            return None
    if rec["error_kind"] not in ("none", "arithmetic", "operand", "operation", "answer"):
        bad("bad error_kind")
    # ---- truth from the plan
    if meta["product"]:
        A, B = meta["A"], meta["B"]
        if not (1 <= A <= 999 and 1 <= B <= 999):
            bad("factor out of range")
        true_ops = [("*", B)]
        v = A * B
        first_a = A
    else:
        v = meta["start"]
        if not (0 <= v <= 1000):
            bad("start out of range")
        true_ops = []
        first_a = v
    chain = [v]
    for op, b in meta["changes"]:
        if not (0 <= b <= 999):
            bad("operand out of range")
        v = calc(v, op, b)
        if v is None or not (0 <= v <= 9999):
            bad("true intermediate not an integer in 0..9999")
            return None
        chain.append(v)
        true_ops.append((op, b))
    if not (1 <= len(meta["changes"]) <= 5):
        bad("number of changes")
    truth = chain[-1]
    steps = rec["steps"]
    n_eq = len(true_ops)
    if len(steps) != n_eq + 1:
        bad("step count %d, expected %d" % (len(steps), n_eq + 1))
        return None
    # ---- parse
    parsed = []
    for i, st in enumerate(steps[:-1]):
        ms = EQ.findall(st)
        if len(ms) != 1 or st.count("=") != 1:
            bad("step %d does not hold exactly one equation: %r" % (i, st))
            return None
        a, op, b, c = ms[0]
        parsed.append((int(a), NORM[op], int(b), int(c)))
    last = steps[-1]
    if EQ.search(last) or "=" in last:
        bad("final step has an equation: %r" % last)
    nums = re.findall(r"\d+", last)
    if len(nums) != 1:
        bad("final step should state exactly one number: %r" % last)
        return None
    stated = int(nums[0])
    # ---- earliest error
    label, kind = -1, "none"
    prev_c = None
    for i, (a, op, b, c) in enumerate(parsed):
        top, tb = true_ops[i]
        exp_a = first_a if i == 0 else prev_c
        kinds = []
        if op != top:
            kinds.append("operation")
        if meta["product"] and i == 0:
            if sorted((a, b)) != sorted((meta["A"], meta["B"])):
                kinds.append("operand")
        elif a != exp_a or b != tb:
            kinds.append("operand")
        r = calc(a, op, b)
        if r is None or r != c:
            kinds.append("arithmetic")
        if kinds:
            if label == -1:
                if len(kinds) != 1:
                    bad("step %d mixes error kinds %s" % (i, kinds))
                label, kind = i, kinds[0]
            else:
                bad("step %d after the first error is not a clean continuation (%s)" % (i, kinds))
        prev_c = c
    if label == -1 and stated != prev_c:
        label, kind = n_eq, "answer"
    if label != -1 and kind != "answer" and stated != prev_c:
        bad("final answer does not carry the last written result")
    fac = stated == truth
    if rec["label"] != label:
        bad("label %d, re-derived %d" % (rec["label"], label))
    if rec["error_kind"] != kind:
        bad("error_kind %s, re-derived %s" % (rec["error_kind"], kind))
    if rec["final_answer_correct"] != fac:
        bad("final_answer_correct wrong")
    if stated != meta["stated"]:
        bad("stated answer differs from meta")
    # written intermediate results must stay sensible numbers
    for a, op, b, c in parsed:
        if c < 0 or c > 99999:
            bad("written value out of range")
    # ---- problem text
    prob = rec["problem"]
    nw = len(prob.split())
    if nw > 90:
        bad("problem has %d words" % nw)
    if not prob.rstrip().endswith(("?", ".")):
        bad("problem does not end with a question")
    nsent = G._n_sentences(prob)
    if nsent > 8 or nsent < 2:
        bad("problem has %d sentences" % nsent)
    digits = [int(x) for x in re.findall(r"\d+", prob)]
    plan_nums = ([meta["A"], meta["B"]] if meta["product"] else [meta["start"]]) + [b for _, b in meta["changes"]]
    for x in digits:
        if x not in plan_nums:
            bad("stray number %d in problem" % x)
    wset = words_in(prob)
    low = prob.lower()
    for j, x in enumerate(plan_nums):
        ok = (str(x) in re.findall(r"\d+", prob)) or (x in wset)
        if not ok and j >= (2 if meta["product"] else 1):
            op = meta["changes"][j - (2 if meta["product"] else 1)][0]
            if x == 12 and "dozen" in low:
                ok = True
            if x == 2 and op == "*" and re.search(r"doubl|twice|double", low):
                ok = True
            if x == 3 and op == "*" and re.search(r"tripl", low):
                ok = True
            if x == 2 and op == "/" and re.search(r"\bhal(f|v)", low):
                ok = True
            if x == 3 and op == "/" and "a third" in low:
                ok = True
            if op == "*" and G._FOLD.get(x, "@@") in low:
                ok = True
        if not ok:
            bad("number %d of the plan not visible in problem" % x)
    if "{" in prob or "[" in prob or "}" in prob or "]" in prob or any("{" in s or "[" in s for s in steps):
        bad("unfilled template slot")
    if "  " in prob:
        bad("double space")
    return dict(label=label, kind=kind, n_eq=n_eq, words=nw)


def main():
    seeds = [1, 2, 3, 20261203]
    errs = []
    total = 0
    kinds = collections.Counter()
    poscats = collections.Counter()
    fac_c = collections.Counter()
    nch = collections.Counter()
    modes = collections.Counter()
    words = []
    problems = set()
    for seed in seeds:
        t = time.time()
        data = G._generate_with_meta(seed, 2000)
        dt = time.time() - t
        if len(data) != 2000:
            errs.append("seed %d: wrong count" % seed)
        ids = set()
        for rec, meta in data:
            total += 1
            if rec["id"] in ids:
                errs.append("duplicate id " + rec["id"])
            ids.add(rec["id"])
            if set(rec) != {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}:
                errs.append(rec["id"] + ": unexpected keys")
            r = check_record(rec, meta, errs)
            if r is None:
                continue
            kinds[rec["error_kind"]] += 1
            fac_c[(rec["error_kind"], rec["final_answer_correct"])] += 1
            nch[len(meta["changes"])] += 1
            modes[meta["mode"]] += 1
            words.append(r["words"])
            problems.add(rec["problem"])
            if rec["label"] >= 0:
                if rec["label"] == r["n_eq"]:
                    poscats["final answer"] += 1
                elif rec["label"] == 0:
                    poscats["first step"] += 1
                elif rec["label"] == r["n_eq"] - 1:
                    poscats["last equation"] += 1
                else:
                    poscats["middle"] += 1
        print("seed %d: 2000 records in %.2fs" % (seed, dt))
    # determinism
    a = G.generate(7, 300)
    b = G.generate(7, 300)
    if a != b:
        errs.append("generate is not deterministic")
    t = time.time()
    G.generate(11, 1000)
    print("1000 records: %.2fs" % (time.time() - t))
    # mix
    n = total
    print("records checked:", n, " distinct problems:", len(problems))
    print("error kinds:", {k: "%.1f%%" % (100.0 * v / n) for k, v in sorted(kinds.items())})
    ne = sum(poscats.values())
    print("error positions:", {k: "%.1f%%" % (100.0 * v / ne) for k, v in sorted(poscats.items())})
    print("final_answer_correct by kind:", dict(sorted(fac_c.items())))
    print("changes per problem:", dict(sorted(nch.items())))
    print("modes:", dict(modes))
    words.sort()
    print("problem words: min %d median %d max %d" % (words[0], words[len(words) // 2], words[-1]))
    share_ok = kinds["none"] / n
    if not 0.40 <= share_ok <= 0.50:
        errs.append("correct share %.3f outside 0.40..0.50" % share_ok)
    for k in ("arithmetic", "operand", "operation", "answer"):
        if not 0.10 <= kinds[k] / n <= 0.17:
            errs.append("kind %s share %.3f off" % (k, kinds[k] / n))
    for k in ("first step", "middle", "last equation", "final answer"):
        if not 0.15 <= poscats[k] / ne <= 0.35:
            errs.append("position %s share %.3f off" % (k, poscats[k] / ne))
    # breadth
    names = set(G.FEMALE + G.MALE + G.NEUTRAL)
    items = set(it[1] for t in G.THEMES for it in t["items"] + t.get("veh", []))
    print("first names %d, surnames %d, item nouns %d" % (len(names), len(set(G.SURNAMES)), len(items)))
    fam = {"+": set(), "-": set(), "*": set(), "/": set()}
    for tpl in G.OWN_ADD + G.AGENT_ADD + G.ITEM_ADD + G.CROWD_ADD_X + G.CROWD_ADD_X_VEH + G.CROWD_ADD_S + \
            G.POND_ADD_X + G.POND_ADD_S + G.TALLY_ADD + G.GROUP_ADD_X + G.GROUP_ADD_S + \
            [x for t in G.THEMES for x in t.get("add", [])]:
        fam["+"].add(tpl)
    for tpl in G.OWN_SUB + G.OWN_SUB_FOOD + G.AGENT_SUB + G.ITEM_SUB + G.ITEM_SUB_FOOD + G.CROWD_SUB_X + \
            G.CROWD_SUB_X_VEH + G.CROWD_SUB_S + G.POND_SUB_X + G.TALLY_SUB + G.GROUP_SUB_X + G.GROUP_SUB_S + \
            [x for t in G.THEMES for x in t.get("sub", [])]:
        fam["-"].add(tpl)
    for P in G.MODE_POOLS.values():
        fam["*"].update(P["mul"] + P["mul2"] + P["mul3"])
        fam["/"].update(P["div"] + P["div2"] + P["div3"])
    fam["/"].update(G.OWN_EACH)
    print("distinct change phrasings per operation:", {k: len(v) for k, v in fam.items()})
    if len(names) < 200 or len(items) < 200:
        errs.append("breadth: names or items below 200")
    if len(fam["+"]) < 40 or len(fam["-"]) < 40 or len(fam["*"]) < 40 or len(fam["/"]) < 40:
        errs.append("breadth: fewer than 40 phrasings in some operation family")
    if errs:
        print("PROBLEMS (%d):" % len(errs))
        for e in errs[:60]:
            print("  ", e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
