"""Checker for generator.py (gen-aa).

For every record of generate(s, 2000) for a few seeds it
  * re-derives the true chain of results from the internal representation (start, changes),
  * parses every step independently (exactly one `a op b = c` in each non-final step, none in the
    final one) and recomputes the earliest wrong step, its kind and final_answer_correct from the
    parsed steps alone, and compares with the record,
  * checks the number rules (problem numbers <= 999 / start 1000, true results integer 0..9999,
    exact divisions, 1..5 changes, < ~90 words), that the change numbers occur in the problem,
  * measures the mix (correct share, error kinds, positions, shapes, styles) and breadth,
  * checks determinism and speed.
Run:  python3 check.py
"""

import collections
import json
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/\u00d7\u00f7\u2212])\s*(\d+)\s*=\s*(\d+)")
SPECIAL = {"double", "twice", "triple", "treble", "half", "halve", "third", "quarter", "quadruple", "tens",
           "in two", "three ways", "dozen", "a dozen", "half a dozen"}
NORM = {"+": "+", "-": "-", "\u2212": "-", "*": "*", "\u00d7": "*", "/": "/", "\u00f7": "/"}


def compute(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def judge(meta, steps):
    """Independent judgement from the parsed steps. Returns (label, kind, final_value, problems)."""
    errs = []
    start = meta["start"]
    changes = [tuple(c) for c in meta["changes"]]
    prod = isinstance(start, list)
    expected = []  # (expected_a or None, op, b) per equation
    if prod:
        expected.append(("prod", "*", tuple(sorted(start))))
    for op, n in changes:
        expected.append((None, op, n))
    if len(steps) != len(expected) + 1:
        errs.append("step count %d vs %d" % (len(steps), len(expected) + 1))
        return None, None, None, errs
    parsed = []
    for i, st in enumerate(steps[:-1]):
        ms = EQ.findall(st)
        if len(ms) != 1 or st.count("=") != 1:
            errs.append("step %d has %d equations: %r" % (i, len(ms), st))
            return None, None, None, errs
        a, op, b, c = ms[0]
        parsed.append((int(a), NORM[op], int(b), int(c)))
    last = steps[-1]
    if EQ.search(last):
        errs.append("final step has an equation: %r" % last)
    nums = re.findall(r"\d+", last)
    if len(nums) != 1:
        errs.append("final step must hold exactly one number: %r" % last)
        return None, None, None, errs
    final_v = int(nums[0])
    label, kind = -1, "none"
    prev = None
    for i, (a, op, b, c) in enumerate(parsed):
        ea, eop, eb = expected[i]
        # which issues does this step have?
        issues = []
        if ea == "prod":
            if tuple(sorted((a, b))) != eb:
                issues.append("operand")
        else:
            want_a = start if (i == 0) else prev
            if a != want_a or b != eb:
                issues.append("operand")
        if op != eop:
            issues.append("operation")
        if compute(a, op, b) != c:
            issues.append("arithmetic")
        if issues:
            if label == -1:
                if len(issues) > 1:
                    errs.append("step %d mixes error kinds %s: %r" % (i, issues, steps[i]))
                label, kind = i, issues[0]
            else:
                errs.append("second error after label at step %d (%s): %r" % (i, issues, steps[i]))
        if c < 0 or c > 9999:
            errs.append("written result out of range in step %d" % i)
        prev = c
    if final_v != prev and label == -1:
        label, kind = len(parsed), "answer"
    elif final_v != prev:
        errs.append("final answer does not follow the written chain after an earlier error")
    return label, kind, final_v, errs


def true_chain(meta):
    start = meta["start"]
    vals = []
    if isinstance(start, list):
        x = start[0] * start[1]
        vals.append(x)
    else:
        x = start
    for op, n in meta["changes"]:
        x = compute(x, op, n)
        vals.append(x)
    return vals


def problem_numbers_ok(rec, meta):
    errs = []
    nums = [int(v) for v in re.findall(r"\d+", rec["problem"])]
    for v in nums:
        if v > 999 and not (v == 1000 and meta["start"] == 1000):
            errs.append("number %d > 999 in problem" % v)
    for s in meta["surfaces"]:
        if s == "?":
            errs.append("change number not found in problem")
            continue
        if s in SPECIAL:
            found = s in rec["problem"].lower()
        else:
            found = re.search(r"(?<![\w-])%s(?![\w])" % re.escape(s), rec["problem"], re.I) is not None
        if not found:
            errs.append("surface %r missing from problem" % s)
    wc = len(rec["problem"].split())
    if wc > 90:
        errs.append("problem has %d words" % wc)
    return errs


def position(label, nsteps):
    if label == -1:
        return "none"
    if label == nsteps - 1:
        return "final"
    if label == 0:
        return "first"
    if label == nsteps - 2:
        return "last_eq"
    return "middle"


def main():
    seeds = [1, 7, 20261203, 424242]
    n_per = 2000
    total = 0
    bad = 0
    kinds = collections.Counter()
    posc = collections.Counter()
    kindpos = collections.Counter()
    nch = collections.Counter()
    styles = collections.Counter()
    slips = collections.Counter()
    prod = 0
    words_used = 0
    fac_false = 0
    op_counts = collections.Counter()
    templates = collections.defaultdict(set)
    items = set()
    first_names = set()
    q_marks = 0
    final_forms = collections.Counter()
    sym = collections.Counter()
    maxwords = 0
    for seed in seeds:
        t0 = time.time()
        pairs = G.generate_internal(seed, n_per)
        dt = time.time() - t0
        print("seed %d: %d records in %.2fs" % (seed, len(pairs), dt))
        ids = set()
        for rec, meta in pairs:
            total += 1
            errs = []
            if set(rec) != {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}:
                errs.append("keys %s" % sorted(rec))
            if rec["id"] in ids:
                errs.append("duplicate id")
            ids.add(rec["id"])
            if not (1 <= len(meta["changes"]) <= 5):
                errs.append("changes %d" % len(meta["changes"]))
            tv = true_chain(meta)
            if any(v is None or v < 0 or v > 9999 for v in tv):
                errs.append("true chain invalid %s" % tv)
            if tv != meta["true"]:
                errs.append("true chain mismatch")
            st = meta["start"]
            if isinstance(st, list):
                if max(st) > 999:
                    errs.append("factor > 999")
            elif st > 1000:
                errs.append("start > 1000")
            for op, n in meta["changes"]:
                if n > 999 or n < 0:
                    errs.append("change number %d" % n)
                op_counts[op] += 1
            label, kind, final_v, jerrs = judge(meta, rec["steps"])
            errs += jerrs
            if label is not None:
                if label != rec["label"]:
                    errs.append("label %s vs judged %s" % (rec["label"], label))
                if kind != rec["error_kind"]:
                    errs.append("kind %s vs judged %s" % (rec["error_kind"], kind))
                fac = final_v == tv[-1]
                if fac != rec["final_answer_correct"]:
                    errs.append("final_answer_correct wrong")
                if rec["label"] == -1 and not fac:
                    errs.append("correct record with wrong answer")
            errs += problem_numbers_ok(rec, meta)
            maxwords = max(maxwords, len(rec["problem"].split()))
            if errs:
                bad += 1
                if bad <= 15:
                    print("BAD", rec["id"], errs)
                    print(json.dumps(rec, ensure_ascii=False))
            kinds[rec["error_kind"]] += 1
            p = position(rec["label"], len(rec["steps"]))
            posc[p] += 1
            kindpos[(rec["error_kind"], p)] += 1
            nch[len(meta["changes"])] += 1
            styles[meta["style"]] += 1
            if meta["slip"]:
                slips[meta["slip"]] += 1
            prod += isinstance(st, list)
            if re.search(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                         r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                         r"eighty|ninety|dozen)\b", rec["problem"], re.I):
                words_used += 1
            fac_false += not rec["final_answer_correct"]
            for (op, _), tpl in zip(meta["changes"], meta["templates"]):
                templates[op].add(tpl)
            items.add(meta["item"])
            final_forms[re.sub(r"\d+", "N", rec["steps"][-1])] += 1
            for s in rec["steps"][:-1]:
                m = EQ.search(s)
                if m:
                    sym[m.group(2)] += 1
        # determinism
        again = G.generate(seed, 50)
        if again != [r for r, _ in pairs[:50]]:
            print("NOT DETERMINISTIC for seed", seed)
            bad += 1
    t0 = time.time()
    G.generate(99, 1000)
    speed = time.time() - t0
    errn = total - kinds["none"]
    print()
    print("records checked: %d over %d seeds, bad: %d" % (total, len(seeds), bad))
    print("correct share: %.3f" % (kinds["none"] / total))
    print("error kinds (share of errors):",
          {k: round(v / errn, 3) for k, v in kinds.items() if k != "none"})
    print("positions (share of errors):", {k: round(v / errn, 3) for k, v in posc.items() if k != "none"})
    print("kind x position:", dict(sorted(kindpos.items())))
    print("final_answer_correct false share: %.3f" % (fac_false / total))
    print("changes per problem:", dict(sorted(nch.items())), " product starts: %.3f" % (prod / total))
    print("styles:", dict(styles))
    print("op counts:", dict(op_counts), " eq symbols:", dict(sym))
    print("problems with number words: %.3f" % (words_used / total))
    print("slip types:", dict(slips.most_common()))
    print("distinct change templates used per op:", {k: len(v) for k, v in templates.items()})
    print("distinct item nouns (start):", len(items), " defined:", len(G.ITEMS) + len(G.CONTAINERS))
    print("names defined:", len(set(G.MALE + G.FEMALE + G.NEUTRAL)), " surnames:", len(set(G.SURNAMES)))
    print("distinct final-step forms:", len(final_forms), " max problem words:", maxwords)
    print("1000 records in %.2fs" % speed)
    ok = bad == 0
    share = kinds["none"] / total
    ok &= 0.40 <= share <= 0.50
    for k in ("arithmetic", "operand", "operation", "answer"):
        ok &= 0.20 <= kinds[k] / errn <= 0.30
    for p in ("first", "middle", "last_eq", "final"):
        ok &= 0.18 <= posc[p] / errn <= 0.32
    ok &= speed < 2.0
    print("RESULT:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
