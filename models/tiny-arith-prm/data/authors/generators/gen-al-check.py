#!/usr/bin/env python3
"""Checker for generator.py.

For every record of generate_with_meta(seed, N) it re-derives the true chain from
the internal representation (start / product start / changes), parses the step
texts independently (regexes, no generator internals), and confirms:
  * schema and types; ids unique; generate() == records of generate_with_meta(); determinism
  * every non-final step has exactly one equation `a op b = c` (and no other a-op-b
    fragment, and no stray numbers other than a, b, c); the final step has no equation
    and exactly one number
  * the numbers the problem text mentions (digits, number words, a dozen, twice/double,
    triple/treble, half, a third) are exactly the representation's numbers, in order
  * the true chain: 1..5 changes, numbers <= 999 (start <= 1000), results integers 0..9999
  * label / error_kind / final_answer_correct re-derived from the parsed steps:
      earliest step whose operands, operation or result is wrong; its single fault type;
      steps after it continue from the written wrong value with the right change;
      final answer equals the last written result unless the error kind is "answer"
  * problem under 90 words; the mix (correct share, kinds, positions)
Then it corrupts records on purpose and confirms the checker catches each corruption.
"""
import collections
import json
import random
import re
import sys

import generator

EQ = re.compile(r"(\d+)\s*([+\-*/\u00d7\u00f7\u2212])\s*(\d+)\s*=\s*(\d+)")
FRAG = re.compile(r"\d+\s*[+\-*/\u00d7\u00f7\u2212]\s*\d+")
DIG = re.compile(r"\d+")
OPMAP = {"+": "+", "-": "-", "\u2212": "-", "*": "*", "\u00d7": "*", "/": "/", "\u00f7": "/"}

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
WORDVAL = {w: i for i, w in enumerate(UNITS)}
WORDVAL.update(TENS)
SPECIAL = {"dozen": 12, "twice": 2, "double": 2, "doubled": 2, "doubles": 2, "doubling": 2,
           "triple": 3, "tripled": 3, "triples": 3, "tripling": 3, "treble": 3, "trebled": 3,
           "half": 2, "halved": 2, "halve": 2, "halves": 2, "halving": 2, "third": 3, "thirds": 3}
FORBIDDEN = {"hundred", "thousand", "once", "quarter", "quarters", "couple", "dozens", "zero",
             "single-handed", "pair"}
ONE_OK = {"share", "shares", "portion", "pile", "bag", "load", "envelope"}


def word_number(tok):
    if tok in WORDVAL:
        return WORDVAL[tok]
    if "-" in tok:
        t, _, u = tok.partition("-")
        if t in TENS and u in WORDVAL and 1 <= WORDVAL[u] <= 9 and "-" not in u:
            return TENS[t] + WORDVAL[u]
    return None


def problem_numbers(text):
    """Numbers a reader finds in the problem, in order; plus a list of complaints."""
    toks = re.findall(r"\d+|[a-z]+(?:-[a-z]+)*", text.lower())
    out, bad = [], []
    for i, tok in enumerate(toks):
        if tok.isdigit():
            out.append(int(tok))
            continue
        v = word_number(tok)
        if v is not None:
            if tok == "one" and i + 1 < len(toks) and toks[i + 1] in ONE_OK:
                continue
            if tok == "one" and i + 2 < len(toks) and toks[i + 1] == "equal" and toks[i + 2] in ONE_OK:
                continue
            out.append(v)
            continue
        parts = tok.split("-")
        for p in parts:
            if p in FORBIDDEN:
                bad.append(f"forbidden number-ish word {p!r}")
            if p in SPECIAL:
                out.append(SPECIAL[p])
            elif len(parts) > 1 and p in WORDVAL:
                out.append(WORDVAL[p])
    return out, bad


def parse_step(s):
    eqs = list(EQ.finditer(s))
    return eqs


def check_record(rec, meta):
    errs = []
    keys = {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
    if set(rec) != keys:
        return [f"keys {sorted(rec)}"]
    if not (isinstance(rec["id"], str) and isinstance(rec["problem"], str) and isinstance(rec["steps"], list)
            and all(isinstance(x, str) for x in rec["steps"]) and type(rec["label"]) is int
            and type(rec["final_answer_correct"]) is bool and isinstance(rec["error_kind"], str)):
        return ["types"]
    if rec["error_kind"] not in ("none", "arithmetic", "operand", "operation", "answer"):
        errs.append("bad error_kind value")

    # ---- representation -> true chain
    start, prod, changes = meta["start"], meta["prod"], [tuple(c) for c in meta["changes"]]
    if not 1 <= len(changes) <= 5:
        errs.append("number of changes")
    if prod:
        if prod[0] * prod[1] != start or max(prod) > 999:
            errs.append("product start")
    elif not 0 <= start <= 1000:
        errs.append("start out of range")
    true = []  # (expected a-set or a, op, b, c)
    if prod:
        true.append(("prod", "*", tuple(prod), start))
    cur = start
    for op, b in changes:
        if not 1 <= b <= 999:
            errs.append("change number out of range")
        if op == "+":
            nxt = cur + b
        elif op == "-":
            nxt = cur - b
        elif op == "*":
            nxt = cur * b
        else:
            if cur % b:
                errs.append("inexact division in true chain")
            nxt = cur // b
        if not 0 <= nxt <= 9999:
            errs.append("true result out of range")
        true.append((cur, op, b, nxt))
        cur = nxt
    true_final = cur

    # ---- problem text
    p = rec["problem"]
    if len(p.split()) > 90:
        errs.append(f"problem too long ({len(p.split())} words)")
    if len(re.findall(r"[.!?](?=\s|$)", p)) > 8:
        errs.append("problem has more than 8 sentences")
    nums, bad = problem_numbers(p)
    errs += bad
    expect = list(prod) if prod else [start]
    expect += [b for _, b in changes]
    if nums != expect:
        errs.append(f"problem numbers {nums} != representation {expect}")
    if EQ.search(p):
        errs.append("equation inside problem")

    # ---- steps
    steps = rec["steps"]
    if len(steps) != len(true) + 1:
        errs.append(f"step count {len(steps)} != {len(true) + 1}")
        return errs
    written = []
    for j, s in enumerate(steps[:-1]):
        m = parse_step(s)
        if len(m) != 1:
            errs.append(f"step {j} has {len(m)} equations")
            return errs
        if len(FRAG.findall(s)) != 1:
            errs.append(f"step {j} has an extra a-op-b fragment")
        a, op, b, c = int(m[0].group(1)), OPMAP[m[0].group(2)], int(m[0].group(3)), int(m[0].group(4))
        extra = [int(x) for x in DIG.findall(s)]
        if sorted(extra) != sorted([a, b, c]) and not set(extra) <= {a, b, c}:
            errs.append(f"step {j} has stray numbers {extra}")
        written.append((a, op, b, c))
    last = steps[-1]
    if EQ.search(last) or FRAG.search(last):
        errs.append("final step has an equation")
    lnums = DIG.findall(last)
    if len(lnums) != 1:
        errs.append(f"final step numbers {lnums}")
        return errs
    ans = int(lnums[0])

    # ---- re-derive the label
    label, kind = -1, "none"
    prev_c = None
    for j, (a, op, b, c) in enumerate(written):
        t = true[j]
        if t[0] == "prod":
            operand_bad = sorted((a, b)) != sorted(t[2])
        else:
            exp_a = t[0] if j == 0 else prev_c
            operand_bad = a != exp_a or b != t[2]
        op_bad = op != t[1]
        if op == "/":
            arith_bad = b == 0 or a % b != 0 or a // b != c
        else:
            arith_bad = {"+": a + b, "-": a - b, "*": a * b}[op] != c
        wrong = operand_bad or op_bad or arith_bad
        if label == -1:
            if wrong:
                label = j
                faults = [operand_bad, op_bad, arith_bad]
                if operand_bad and not op_bad and not arith_bad:
                    kind = "operand"
                elif op_bad and not operand_bad and not arith_bad:
                    kind = "operation"
                elif arith_bad and not operand_bad and not op_bad:
                    kind = "arithmetic"
                else:
                    errs.append(f"step {j} mixes faults {faults}")
                # realism: a slip stays close to the right value
                if kind == "arithmetic":
                    tv = {"+": a + b, "-": a - b, "*": a * b, "/": a // b if b else 0}[op]
                    d = abs(c - tv)
                    # off by 1/10/100, a digit, a swap, a times-table slip, or a dropped/forgotten carry (10^k)
                    if d > max(100, a) and d not in (1000, 10000):
                        errs.append("arithmetic slip too far from the true value")
                if c < 0 or c > 9999:
                    errs.append("written wrong value out of range")
        else:
            # after the earliest error: continue from the written value with the right change
            if wrong:
                errs.append(f"step {j} after the error is not a faithful continuation")
            if not 0 <= c <= 9999:
                errs.append("continued value out of range")
        prev_c = c
    if label == -1:
        if ans != written[-1][3]:
            label, kind = len(written), "answer"
    else:
        if ans != written[-1][3]:
            errs.append("final answer does not follow the written chain")
    if rec["label"] != label:
        errs.append(f"label {rec['label']} != re-derived {label}")
    if rec["error_kind"] != kind:
        errs.append(f"error_kind {rec['error_kind']} != re-derived {kind}")
    if rec["final_answer_correct"] != (ans == true_final):
        errs.append("final_answer_correct wrong")
    if label == -1 and ans != true_final:
        errs.append("correct record with wrong final answer")
    return errs


def position(rec, meta):
    lab = rec["label"]
    if lab == -1:
        return None
    n_eq = len(rec["steps"]) - 1
    if lab == n_eq:
        return "final"
    if lab == 0:
        return "first"
    if lab == n_eq - 1:
        return "last"
    return "middle"


def run_seed(seed, n):
    pairs = generator.generate_with_meta(seed, n)
    recs = [r for r, _ in pairs]
    problems = []
    if generator.generate(seed, n) != recs:
        problems.append("generate() differs from generate_with_meta() / not deterministic")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    bad = 0
    for rec, meta in pairs:
        e = check_record(rec, meta)
        if e:
            bad += 1
            if bad <= 5:
                problems.append(f"{rec['id']}: {e}\n  {json.dumps(rec, ensure_ascii=False)}")
    return pairs, bad, problems


def corrupt_tests(pairs, rng):
    """Corrupt records on purpose; every corruption must be caught."""
    results = collections.Counter()
    caught = collections.Counter()

    def trial(name, rec, meta):
        results[name] += 1
        if check_record(rec, meta):
            caught[name] += 1

    for rec0, meta in pairs:
        rec = json.loads(json.dumps(rec0))
        which = rng.randrange(9)
        n_eq = len(rec["steps"]) - 1
        if which == 0 and rec0["label"] == -1:
            j = rng.randrange(n_eq)
            s = rec["steps"][j]
            m = list(generator_eq(s))[0]
            c = int(m.group(4))
            rec["steps"][j] = s[:m.start(4)] + str(c + 1) + s[m.end(4):]
            trial("result changed, label left at -1", rec, meta)
        elif which == 1:
            rec["final_answer_correct"] = not rec["final_answer_correct"]
            trial("final_answer_correct flipped", rec, meta)
        elif which == 2:
            others = [k for k in ("none", "arithmetic", "operand", "operation", "answer") if k != rec["error_kind"]]
            rec["error_kind"] = rng.choice(others)
            trial("error_kind swapped", rec, meta)
        elif which == 3:
            rec["label"] = rec["label"] + rng.choice([-1, 1]) if rec["label"] >= 0 else rng.randrange(n_eq + 1)
            trial("label moved", rec, meta)
        elif which == 4:
            j = rng.randrange(n_eq)
            rec["steps"][j] += " and 3 + 4 = 7"
            trial("second equation in a step", rec, meta)
        elif which == 5:
            rec["steps"][-1] = "12 + 7 = 19. " + rec["steps"][-1]
            trial("equation in final step", rec, meta)
        elif which == 6:
            nums = list(DIG.finditer(rec["problem"]))
            if nums:
                m = rng.choice(nums)
                rec["problem"] = rec["problem"][:m.start()] + str(int(m.group()) + 1) + rec["problem"][m.end():]
                trial("problem number changed", rec, meta)
        elif which == 7 and rec0["label"] == -1:
            # wrong operand with consistent arithmetic, labels untouched
            j = rng.randrange(n_eq)
            s = rec["steps"][j]
            m = list(generator_eq(s))[0]
            a, op, b = int(m.group(1)), OPMAP[m.group(2)], int(m.group(3))
            b2 = b + 1
            if op == "/" and a % b2:
                continue
            c2 = {"+": a + b2, "-": a - b2, "*": a * b2, "/": a // b2 if a % b2 == 0 else None}[op]
            if c2 is None or c2 < 0:
                continue
            rec["steps"][j] = s[:m.start(3)] + str(b2) + s[m.end(3):m.start(4)] + str(c2) + s[m.end(4):]
            trial("operand changed, labels untouched", rec, meta)
        elif which == 8 and rec0["label"] >= 0:
            rec["label"], rec["error_kind"], rec["final_answer_correct"] = -1, "none", True
            trial("error record relabelled as correct", rec, meta)
    return results, caught


def generator_eq(s):
    return EQ.finditer(s)


def main():
    seeds = [1, 2, 3, 20261203]
    n = 2000
    all_pairs = []
    failed = False
    for seed in seeds:
        pairs, bad, problems = run_seed(seed, n)
        print(f"seed {seed}: {len(pairs)} records, {bad} failing")
        for p in problems:
            print("  ", p)
        failed |= bool(bad or problems)
        all_pairs += pairs
    recs = [r for r, _ in all_pairs]
    N = len(recs)
    kinds = collections.Counter(r["error_kind"] for r in recs)
    pos = collections.Counter(position(r, m) for r, m in all_pairs if r["label"] >= 0)
    ops = collections.Counter(op for _, m in all_pairs for op, _ in m["changes"])
    forms = collections.Counter(m["form"] for _, m in all_pairs)
    nch = collections.Counter(len(m["changes"]) for _, m in all_pairs)
    prod = sum(1 for _, m in all_pairs if m["prod"])
    money = sum(1 for _, m in all_pairs if m["money"])
    fac_err = sum(1 for r in recs if r["label"] >= 0 and r["final_answer_correct"])
    print(f"\nTotal {N}; kinds {dict(kinds)}")
    print(f"error positions {dict(pos)}")
    print(f"ops {dict(ops)}; changes per problem {dict(sorted(nch.items()))}; product starts {prod}; money {money}")
    print(f"forms {dict(forms)}; error records with a correct final answer: {fac_err}")
    share_ok = 0.40 <= kinds["none"] / N <= 0.50
    nerr = N - kinds["none"]
    kind_ok = all(0.20 <= kinds[k] / nerr <= 0.30 for k in ("arithmetic", "operand", "operation", "answer"))
    pos_ok = all(pos[p] / nerr >= 0.15 for p in ("first", "middle", "last", "final"))
    print(f"mix: correct share {kinds['none'] / N:.3f} ok={share_ok}; kinds even ok={kind_ok}; positions ok={pos_ok}")
    failed |= not (share_ok and kind_ok and pos_ok)

    # breadth
    words = collections.Counter()
    shapes = set()
    ans_shapes = set()
    q_shapes = set()
    for r in recs:
        for s in r["steps"][:-1]:
            shapes.add(re.sub(r"\d+", "#", EQ.sub("EQ", s)))
        ans_shapes.add(re.sub(r"\d+", "#", r["steps"][-1]))
        q_shapes.add(re.split(r"(?<=[.!:])\s|\n", r["problem"])[-1])
    names_used = sum(1 for nm in generator.NAMES if any(nm in r["problem"] for r in recs[:3000]))
    print(f"breadth: {len(generator.NAMES)} names ({names_used} seen in 3000 problems), "
          f"{len(generator.ALL_ITEMS)} items, {len(set(i[0] for i in generator.ALL_ITEMS))} distinct item phrases")
    for op in "+-*/":
        cnt = len(generator.BANKS[(op, False)]) + len(generator.BANKS[(op, True)])
        lab = {"+": len(generator.ADD_LABELS) + len(generator.ADD_LABELS_M),
               "-": len(generator.SUB_LABELS) + len(generator.SUB_LABELS_M),
               "*": len(generator.MUL_LABELS) + len(generator.MUL_LABELS_M),
               "/": len(generator.DIV_LABELS) + len(generator.DIV_LABELS_M)}[op]
        print(f"  op {op}: {cnt} clause templates + {lab} sheet labels")
    print(f"  distinct step shapes {len(shapes)}, answer shapes {len(ans_shapes)}, question lines {len(q_shapes)}")
    dup = len(recs) - len(set(r["problem"] for r in recs))
    print(f"  duplicate problems: {dup}")

    # corruption
    rng = random.Random(7)
    res, caught = corrupt_tests(all_pairs[:3000], rng)
    print("\ncorruptions caught:")
    for k in res:
        print(f"  {k}: {caught[k]}/{res[k]}")
        if caught[k] != res[k]:
            failed = True
    print("\nRESULT:", "FAIL" if failed else "PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
