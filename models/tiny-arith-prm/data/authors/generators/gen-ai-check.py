#!/usr/bin/env python3
"""Checker for generator.py.

For every record of generate(seed, 2000) it re-derives, from the generator's internal
representation (start / factors / changes), the true chain of results and judges every
written step on its own (parsed back from the step TEXT), then compares label,
error_kind and final_answer_correct with the record.  It also checks the format
(one equation per non-final step, none in the final step), number limits, that the
numbers readable in the problem text are exactly the numbers the generator put there,
problem length, vocabulary breadth, and the mix.  Finally it corrupts records and
confirms the judge notices.

usage: python3 check.py [seed ...]
"""
import collections
import copy
import random
import re
import sys

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
LOOSE_OP = re.compile(r"\d\s*[+\-*/×÷−=]\s*\d")
OPMAP = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}

WORDNUM = {G.num_word(i): i for i in range(1, 100)}
SPECIAL = [(r"\b(?:a|another|a further) dozen\b", 12), (r"\btwice\b", 2), (r"\bdoubl(?:e|es|ed|ing)\b", 2),
           (r"\btripl(?:e|es|ed|ing)\b", 3), (r"\btrebl(?:e|es|ed|ing)\b", 3), (r"\bthrice\b", 3),
           (r"\bhal(?:f|ve|ves|ved|ving)\b", 2), (r"\bthirds?\b", 3)]
FORBIDDEN = r"\b(zero|none|nought|hundred|thousand|quarter|score|pair|couple|both|single|dozens?|once|second|fourth|fifth)\b"


def scan_numbers(text):
    """All numbers a reader can see in the problem, as a sorted list of values."""
    t = text.lower()
    vals = []
    for pat, v in SPECIAL:
        n = len(re.findall(pat, t))
        vals += [v] * n
        t = re.sub(pat, " ", t)
    bad = re.findall(FORBIDDEN, t)
    for m in re.finditer(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b", t):
        vals.append(WORDNUM[m.group(0)])
    t = re.sub(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b", " ", t)
    for w in re.findall(r"[a-z]+", t):
        if w in WORDNUM:
            vals.append(WORDNUM[w])
    vals += [int(x) for x in re.findall(r"\d+", t)]
    return sorted(vals), bad


def parse_steps(steps):
    """-> (list of (a, op, b, c) for non-final steps, final answer int) or raise."""
    eqs = []
    for s in steps[:-1]:
        found = EQ.findall(s)
        if len(found) != 1:
            raise ValueError("step without exactly one equation: %r" % s)
        if s.count("=") != 1:
            raise ValueError("extra '=' in step: %r" % s)
        rest = EQ.sub(" ", s)
        if LOOSE_OP.search(rest):
            raise ValueError("stray operator in step: %r" % s)
        a, op, b, c = found[0]
        eqs.append((int(a), OPMAP[op], int(b), int(c)))
    last = steps[-1]
    if "=" in last or EQ.search(last) or LOOSE_OP.search(last):
        raise ValueError("equation in final step: %r" % last)
    nums = re.findall(r"\d+", last)
    if len(nums) != 1:
        raise ValueError("final step must state exactly one number: %r" % last)
    return eqs, int(nums[0])


def judge(rec, info):
    """Independent judgement from the problem representation and the step text."""
    eqs, ans = parse_steps(rec["steps"])
    factors, start, changes = info["factors"], info["start"], info["changes"]
    expect_n = len(changes) + (1 if factors else 0)
    if len(eqs) != expect_n:
        raise ValueError("wrong number of equation steps")
    truth = G.true_chain(info)
    label, kind = -1, "none"
    prev = None
    for i, (a, op, b, c) in enumerate(eqs):
        if factors and i == 0:
            operand_bad = sorted((a, b)) != sorted(factors)
            op_bad = op != "*"
        else:
            j = i - (1 if factors else 0)
            cop, ck = changes[j]
            want_a = start if i == 0 else prev
            operand_bad = a != want_a or b != ck
            op_bad = op != cop
        r = G.apply_op(a, op, b)
        arith_bad = r is None or r != c
        prev = c
        if label == -1 and (operand_bad or op_bad or arith_bad):
            faults = [n for n, f in (("operand", operand_bad), ("operation", op_bad)) if f]
            if len(faults) > 1:
                raise ValueError("ambiguous step (several faults) %d" % i)
            if faults and arith_bad:
                raise ValueError("ambiguous step (fault + arithmetic slip) %d" % i)
            label, kind = i, (faults[0] if faults else "arithmetic")
    if label == -1 and ans != eqs[-1][3]:
        label, kind = len(eqs), "answer"
    return label, kind, ans == truth[-1], eqs, ans, truth


def check_seed(seed, count=2000, verbose=True):
    data = G._generate_internal(seed, count)
    recs = G.generate(seed, count)
    errors = []
    assert len(recs) == count and len(data) == count
    assert [r for r, _ in data] == recs, "generate() and _generate_internal() disagree"
    again = G.generate(seed, count)
    if again != recs:
        errors.append("not deterministic")
    ids = set()
    kinds = collections.Counter()
    positions = collections.Counter()
    subkinds = collections.Counter()
    nchanges = collections.Counter()
    n_prod = 0
    n_verse = 0
    n_fac_true_with_error = 0
    words = []
    for rec, info in data:
        rid = rec["id"]
        try:
            assert set(rec) == {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
            assert isinstance(rec["label"], int) and isinstance(rec["final_answer_correct"], bool)
            assert rid not in ids, "duplicate id"
            ids.add(rid)
            label, kind, fac, eqs, ans, truth = judge(rec, info)
            assert label == rec["label"], "label %s != judged %s" % (rec["label"], label)
            assert kind == rec["error_kind"], "kind %s != judged %s" % (rec["error_kind"], kind)
            assert fac == rec["final_answer_correct"], "final_answer_correct mismatch"
            assert [tuple(w) for w in info["written"]] == eqs, "step text != internal steps"
            assert ans == info["ans"]
            # domain limits
            nums = G.problem_numbers(info)
            assert 1 <= len(info["changes"]) <= 5
            for x in nums:
                assert 0 <= x <= 999 or (x == 1000 and info["start"] == 1000), "number too big %d" % x
            for t in truth:
                assert isinstance(t, int) and 0 <= t <= 9999, "intermediate out of range"
            for a, op, b, c in eqs:
                assert 0 <= c <= 9999
            # step chain continuity: each equation starts from the previous written c
            # (except the injected operand slip on 'a', which the judge already labels)
            # the numbers a reader sees in the problem are exactly those the generator put there
            seen, bad = scan_numbers(rec["problem"])
            assert not bad, "forbidden number word(s) %s" % bad
            assert seen == sorted(info["mentions"]), "numbers seen %s != mentions %s" % (seen, sorted(info["mentions"]))
            extra = collections.Counter(info["mentions"]) - collections.Counter(nums)
            assert set(extra) <= {1}, "unexpected extra numbers %s" % extra
            missing = collections.Counter(nums) - collections.Counter(info["mentions"])
            assert not missing, "problem number not in text %s" % missing
            w = len(rec["problem"].split())
            words.append(w)
            assert w <= 90, "problem too long (%d words)" % w
            ns = len(re.findall(r"[.!?](?=\s|$)", rec["problem"]))
            assert 1 <= ns <= 8, "sentences %d" % ns
            assert "{" not in rec["problem"] and "[" not in rec["problem"], "unfilled template"
            assert all("{" not in s and "[" not in s for s in rec["steps"]), "unfilled template in steps"
            if rec["label"] != -1 and rec["error_kind"] != "answer":
                # the slip changes the value of its step
                i = rec["label"]
                prev_true = truth[i - 1] if i > 0 else (info["start"] if info["start"] is not None else None)
                assert eqs[i][3] != truth[i], "erroneous step equals true value"
            if rec["label"] != -1 and rec["final_answer_correct"]:
                n_fac_true_with_error += 1
        except (AssertionError, ValueError) as e:
            errors.append("%s: %s" % (rid, e))
            continue
        kinds[rec["error_kind"]] += 1
        n_eq = len(eqs)
        if rec["label"] == -1:
            positions["none"] += 1
        elif rec["label"] == n_eq:
            positions["final answer"] += 1
        elif rec["label"] == 0:
            positions["first step"] += 1
        elif rec["label"] == n_eq - 1:
            positions["last equation"] += 1
        else:
            positions["middle"] += 1
        nchanges[len(info["changes"])] += 1
        n_prod += info["factors"] is not None
        n_verse += ("\n" in rec["problem"] or " / " in rec["problem"])
    n = len(data)
    n_err = n - kinds["none"]
    mix_errors = []
    if not 0.40 <= kinds["none"] / n <= 0.50:
        mix_errors.append("correct share %.3f" % (kinds["none"] / n))
    for k in G.KINDS:
        if not 0.18 <= kinds[k] / max(1, n_err) <= 0.32:
            mix_errors.append("kind %s share %.3f" % (k, kinds[k] / n_err))
    for p in ("first step", "middle", "last equation", "final answer"):
        if not 0.17 <= positions[p] / max(1, n_err) <= 0.33:
            mix_errors.append("position %s share %.3f" % (p, positions[p] / n_err))
    errors += mix_errors
    if verbose:
        print("seed %d: %d records, %d problems found" % (seed, n, len(errors)))
        print("  kinds:", dict(kinds))
        print("  positions:", dict(positions))
        print("  changes per problem:", dict(sorted(nchanges.items())), " product starts:", n_prod,
              " verse-laid-out:", n_verse, " errors with correct final:", n_fac_true_with_error)
        print("  words: mean %.1f max %d" % (sum(words) / len(words), max(words)))
        for e in errors[:15]:
            print("   !", e)
    return errors, data


def corruption_test(data, seed=7, trials=600):
    """Corrupt records and make sure the judge notices."""
    rng = random.Random(seed)
    caught = collections.Counter()
    tried = collections.Counter()
    for _ in range(trials):
        rec, info = rng.choice(data)
        rec2 = copy.deepcopy(rec)
        how = rng.choice(["flip_label", "edit_c", "edit_answer", "edit_operand", "swap_op", "flip_fac"])
        # step edits are made before the earliest error (else the record may stay correctly labelled)
        first_bad = rec["label"] if rec["label"] != -1 else len(rec["steps"]) - 1
        if how in ("edit_c", "edit_operand", "swap_op") and first_bad == 0:
            continue
        if how == "edit_answer" and rec["label"] != -1:
            continue
        tried[how] += 1
        if how == "flip_label":
            rec2["label"] = rec["label"] + 1 if rec["label"] < len(rec["steps"]) - 1 else -1
        elif how == "flip_fac":
            rec2["final_answer_correct"] = not rec["final_answer_correct"]
        elif how in ("edit_c", "edit_operand", "swap_op"):
            i = rng.randrange(first_bad)
            s = rec2["steps"][i]
            m = G.re.search(r"(\d+)(\s*)([+\-*/×÷−])(\s*)(\d+)(\s*=\s*)(\d+)", s)
            a, op, b, c = m.group(1), m.group(3), m.group(5), m.group(7)
            if how == "edit_c":
                c = str(int(c) + rng.choice([1, 2, 10]))
            elif how == "edit_operand":
                b = str(int(b) + 1)
            else:
                op = {"+": "-", "-": "+", "−": "+", "*": "+", "×": "+", "/": "*", "÷": "×"}[op]
            new = a + m.group(2) + op + m.group(4) + b + m.group(6) + c
            rec2["steps"][i] = s[:m.start()] + new + s[m.end():]
        else:
            last = rec2["steps"][-1]
            m = re.search(r"\d+", last)
            rec2["steps"][-1] = last[:m.start()] + str(int(m.group(0)) + 1) + last[m.end():]
        try:
            label, kind, fac, _, _, _ = judge(rec2, info)
            detected = (label, kind, fac) != (rec2["label"], rec2["error_kind"], rec2["final_answer_correct"])
        except ValueError:
            detected = True
        caught[how] += detected
    return tried, caught


def breadth():
    fam = {
        "add": G.ADD_VP + G.ADD_IS + G.ADD_AG,
        "subtract": G.SUB_VP + G.SUB_IS + G.SUB_TH,
        "multiply": G.MUL_VP + G.MUL_IS,
        "divide": G.DIV_VP + G.DIV_IS + G.DIV_EACH_VP + G.DIV_EACH_IS,
    }
    out = {k: len(set(e[0] if isinstance(e[0], str) and "[" in e[0] else e[1] for e in v)) for k, v in fam.items()}
    verse = {"add": len(G.V_ADD), "sub": len(G.V_SUB), "mul": len(G.V_MUL), "div": len(G.V_DIV) + len(G.V_DIV_EACH)}
    return out, verse, len(G.ITEMS), len(set(G.FEMALE + G.MALE)) + len(G.GROUPS)


if __name__ == "__main__":
    seeds = [int(s) for s in sys.argv[1:]] or [1, 2, 3]
    all_err = []
    last = None
    for s in seeds:
        e, last = check_seed(s)
        all_err += e
    tried, caught = corruption_test(last)
    print("corruption test (tried/caught):", {k: "%d/%d" % (tried[k], caught[k]) for k in tried})
    fam, verse, n_items, n_names = breadth()
    print("wordings per family:", fam, " verse couplets:", verse, " items:", n_items, " names:", n_names)
    ok = not all_err and all(tried[k] == caught[k] for k in tried)
    print("RESULT:", "OK" if ok else "FAIL (%d problems)" % len(all_err))
    sys.exit(0 if ok else 1)
