#!/usr/bin/env python3
"""Checker for gen-am/generator.py.

For every record of generate_with_meta(seed, N) it re-derives the true chain from the
internal representation (start or factors, list of (op, b)), parses the written steps
(independently of the generator's error-injection code), and confirms label, error_kind,
final_answer_correct, step format, number ranges, that the problem's story states exactly
the numbers of the representation, and the overall mix.  Then it corrupts records on
purpose and confirms the checker flags them.
"""
import collections
import json
import random
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
STRAY = re.compile(r"\d\s*[+\-*/×÷−]\s*\d")
OPMAP = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
KEYS = {"id": str, "problem": str, "steps": list, "label": int, "final_answer_correct": bool, "error_kind": str}
KINDS = {"none", "arithmetic", "operand", "operation", "answer"}

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
WORDNUM = {w: i for i, w in enumerate(_ONES)}
WORDNUM.update(_TENS)
for t, v in _TENS.items():
    for i in range(1, 10):
        WORDNUM[f"{t}-{_ONES[i]}"] = v + i
IMPLIED = {"twice": 2, "double": 2, "doubles": 2, "doubled": 2, "triple": 3, "triples": 3, "tripled": 3,
           "half": 2, "halves": 2, "halved": 2, "halve": 2}
ONE_OK_NEXT = {"share", "pile", "box", "group", "part", "stack", "bag", "heap", "portion", "lot", "bundle",
               "tray", "jar", "team", "of"}
FORBIDDEN_WORDS = {"hundred", "thousand", "couple", "pair", "first", "second", "dozens", "quarter", "once",
                   "thrice"}


def ev(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def story_numbers(story):
    toks = re.findall(r"\d+|[a-z]+(?:-[a-z]+)*", story.lower())
    out = []
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        prv = toks[i - 1] if i else ""
        if t.isdigit():
            out.append(int(t))
        elif t == "dozen":
            out.append(12 if prv == "a" else -999)
        elif t == "third":
            out.append(3 if prv == "a" else -999)
        elif t in IMPLIED:
            out.append(IMPLIED[t])
        elif t in WORDNUM:
            if t == "one" and nxt in ONE_OK_NEXT:
                continue
            out.append(WORDNUM[t])
        elif t in FORBIDDEN_WORDS:
            out.append(-999)
    return out


def true_chain(meta):
    """values after each equation step, from the internal representation only."""
    vals = []
    if meta["product"]:
        v = meta["n1"] * meta["n2"]
        vals.append(v)
    else:
        v = meta["start"]
    for op, b, _form in meta["changes"]:
        v = ev(v, op, b)
        vals.append(v)
    return vals


def check_record(rec, meta):
    """returns list of problems (empty = ok) and a dict of derived facts."""
    errs = []
    for k, tp in KEYS.items():
        if k not in rec or not isinstance(rec[k], tp):
            errs.append(f"key {k} missing/wrong type")
            return errs, {}
    if set(rec) != set(KEYS):
        errs.append("extra keys")
    if rec["error_kind"] not in KINDS:
        errs.append("bad error_kind")
    # --- internal representation sanity
    nch = len(meta["changes"])
    if not 1 <= nch <= 5:
        errs.append("changes count")
    if meta["product"]:
        given = [meta["n1"], meta["n2"]]
        if any(not (1 <= x <= 999) for x in given):
            errs.append("factor range")
    else:
        if not 1 <= meta["start"] <= 1000:
            errs.append("start range")
    for op, b, form in meta["changes"]:
        if op not in "+-*/" or not (1 <= b <= 999):
            errs.append("change number range")
    chain = true_chain(meta)
    if any(v is None or not (0 <= v <= 9999) for v in chain):
        errs.append("true chain out of range / inexact division")
        return errs, {}
    answer = chain[-1]
    if answer != meta["answer"]:
        errs.append("answer mismatch with meta")
    # --- problem text
    prob = rec["problem"]
    if len(prob.split()) > 90:
        errs.append("problem too long")
    if meta["story"] not in prob:
        errs.append("story not in problem")
    expected = ([meta["n1"], meta["n2"]] if meta["product"] else [meta["start"]]) + [b for _, b, _ in meta["changes"]]
    got = story_numbers(meta["story"])
    head = 2 if meta["product"] else 1
    if len(got) != len(expected) or sorted(got[:head]) != sorted(expected[:head]) or got[head:] != expected[head:]:
        errs.append(f"story numbers {got} != {expected}")
    # --- steps
    steps = rec["steps"]
    E = nch + (1 if meta["product"] else 0)
    if len(steps) != E + 1:
        errs.append(f"step count {len(steps)} != {E + 1}")
        return errs, {}
    parsed = []
    for i, s in enumerate(steps[:-1]):
        ms = list(EQ.finditer(s))
        if len(ms) != 1:
            errs.append(f"step {i}: {len(ms)} equations")
            return errs, {}
        if s.count("=") != 1:
            errs.append(f"step {i}: extra '='")
        m = ms[0]
        rest = s[:m.start()] + " | " + s[m.end():]
        if STRAY.search(rest):
            errs.append(f"step {i}: stray number-operator-number outside the equation")
        a, op, b, c = int(m.group(1)), OPMAP[m.group(2)], int(m.group(3)), int(m.group(4))
        parsed.append((a, op, b, c))
    fin = steps[-1]
    if EQ.search(fin):
        errs.append("final step has an equation")
    nums = [int(x) for x in re.findall(r"\d+", fin)]
    if not nums or len(set(nums)) != 1:
        errs.append(f"final step numbers {nums}")
        return errs, {}
    x = nums[0]
    # --- derive label from the text
    exp_ops = (["*"] if meta["product"] else []) + [op for op, _, _ in meta["changes"]]
    exp_bs = ([meta["n2"]] if meta["product"] else []) + [b for _, b, _ in meta["changes"]]
    label, kind = -1, "none"
    prev_c = None
    for i, (a, op, b, c) in enumerate(parsed):
        dev = set()
        if i == 0 and meta["product"]:
            if sorted([a, b]) != sorted([meta["n1"], meta["n2"]]):
                dev.add("operand")
        else:
            a_exp = meta["start"] if i == 0 else prev_c
            if a != a_exp or b != exp_bs[i]:
                dev.add("operand")
        if op != exp_ops[i]:
            dev.add("operation")
        r = ev(a, op, b)
        if r is None or r != c:
            dev.add("arithmetic")
        if label == -1 and dev:
            if len(dev) != 1:
                errs.append(f"step {i}: several kinds of error at once {dev}")
            label, kind = i, sorted(dev)[0]
        elif label != -1 and dev:
            # after the earliest error, steps must continue correctly from the written value
            errs.append(f"step {i}: continuation after the error is not clean {dev}")
        prev_c = c
    if label == -1 and x != parsed[-1][3]:
        label, kind = E, "answer"
    elif label != -1 and x != parsed[-1][3]:
        errs.append("final answer does not restate the last written result after an earlier error")
    fac = x == answer
    if label == -1 and not fac:
        errs.append("label -1 but final answer wrong")
    if rec["label"] != label:
        errs.append(f"label {rec['label']} != derived {label}")
    if rec["error_kind"] != kind:
        errs.append(f"error_kind {rec['error_kind']} != derived {kind}")
    if rec["final_answer_correct"] != fac:
        errs.append(f"final_answer_correct {rec['final_answer_correct']} != derived {fac}")
    # error value realism: at the earliest error step the written result should be a plausible slip
    if 0 <= label < E:
        a, op, b, c = parsed[label]
        true_c = chain[label]
        if c == true_c:
            errs.append("error step has the true result")
    return errs, {"label": label, "kind": kind, "E": E, "fac": fac}


def corrupt(rec, meta, how, rng):
    r = json.loads(json.dumps(rec))
    E = len(r["steps"]) - 1
    if how == "label_shift":
        choices = [v for v in range(-1, E + 1) if v != r["label"]]
        r["label"] = rng.choice(choices)
    elif how == "flip_fac":
        r["final_answer_correct"] = not r["final_answer_correct"]
    elif how == "kind_swap":
        r["error_kind"] = rng.choice(sorted(KINDS - {r["error_kind"]}))
    elif how == "digit_in_result":   # make a correct-so-far step wrong (at or before the label)
        hi = E - 1 if r["label"] == -1 or r["label"] >= E else r["label"] - 1
        if hi < 0:
            return None
        i = rng.randint(0, hi)
        s = r["steps"][i]
        m = list(G.re.finditer(r"(\d+)\s*[+\-*/×÷−]\s*(\d+)\s*=\s*(\d+)", s))[0]
        c = m.group(3)
        newc = str(int(c) + rng.choice([1, 10, 2]))
        r["steps"][i] = s[:m.start(3)] + newc + s[m.end(3):]
    elif how == "operator_swap":
        if r["label"] != -1:
            return None
        i = rng.randint(0, E - 1)
        s = r["steps"][i]
        m = EQ.search(s)
        cur = m.group(2)
        new = {"+": "-", "-": "+", "−": "+", "*": "+", "×": "+", "/": "*", "÷": "×"}[cur]
        r["steps"][i] = s[:m.start(2)] + new + s[m.end(2):]
    elif how == "final_number":
        if r["label"] != -1:
            return None
        s = r["steps"][-1]
        m = list(re.finditer(r"\d+", s))[0]
        r["steps"][-1] = s[:m.start()] + str(int(m.group()) + rng.choice([1, 9, 10])) + s[m.end():]
    elif how == "drop_step":
        if E < 2:
            return None
        del r["steps"][rng.randint(0, E - 1)]
    elif how == "swap_steps":
        if E < 2:
            return None
        i = rng.randint(0, E - 2)
        e1, e2 = EQ.search(r["steps"][i]), EQ.search(r["steps"][i + 1])
        if e1.groups() == e2.groups():   # same equation twice: swapping changes no label
            return None
        r["steps"][i], r["steps"][i + 1] = r["steps"][i + 1], r["steps"][i]
    elif how == "story_number":      # problem says another number than the representation
        story = meta["story"]
        ms = list(re.finditer(r"\d+", story))
        if not ms:
            return None
        m = rng.choice(ms)
        new_story = story[:m.start()] + str(int(m.group()) + 1) + story[m.end():]
        r["problem"] = r["problem"].replace(story, new_story)
        meta = dict(meta, story=new_story)
        return r, meta
    return r, meta


def breadth():
    out = {}
    names = set(G.NAMES_F + G.NAMES_M + G.NAMES_N + [n for n, _ in G.TITLED] + G.GROUPS + [n for n, _ in G.ORGS])
    out["names (people, groups, orgs)"] = len(names)
    items = set(i for v in G.ITEMS.values() for i in v)
    out["item nouns"] = len(items)
    out["add phrases"] = len(set([t for t, _ in G.GEN_ADD] + [t for v in G.CAT_ADD.values() for t in v]))
    out["subtract phrases"] = len(set([t for t, _ in G.GEN_SUB] + [t for v in G.CAT_SUB.values() for t in v]))
    out["multiply phrases"] = len(G.MUL) + len(G.MUL2) + len(G.MUL3)
    out["divide phrases"] = len(G.DIV) + len(G.DIV2) + len(G.DIV3) + len(G.EACH)
    out["start forms (plain + product)"] = len(G.START_T) + len(G.PROD_T)
    out["question forms"] = len(G.QUESTIONS) + len(G.IF_FORMS) + sum(len(v) for v in G.EACH_Q.values())
    step = ans = 0
    for v in G.VOICES.values():
        for k, lst in v.items():
            if k == "ans":
                ans += len(lst)
            else:
                step += len(lst)
    out["step forms"] = step
    out["answer forms"] = ans + len(G.ANS_HAVE) + len(G.ANS_EACH) + len(G.ANS_GENERIC)
    out["distractor sentences"] = len(G.DISTRACT_GEN) + len(G.DISTRACT_SUBJ)
    out["asker framings (pre+post)"] = len(G.FRAME_PRE) + len(G.FRAME_POST)
    return out


def main():
    seeds = [int(s) for s in sys.argv[1:]] or [11, 222, 3333]
    n = 2000
    ok = True
    total = 0
    kinds = collections.Counter()
    pos = collections.Counter()
    Es = collections.Counter()
    voices = collections.Counter()
    ops = collections.Counter()
    used_tpl = collections.defaultdict(set)
    problems_seen = set()
    fails = collections.Counter()
    examples = []
    for seed in seeds:
        t0 = time.time()
        pairs = G.generate_with_meta(seed, n)
        dt = time.time() - t0
        print(f"seed {seed}: generated {n} in {dt:.2f}s")
        if dt > 4:
            print("  TOO SLOW")
            ok = False
        # determinism and generate() == records of generate_with_meta
        a = json.dumps(G.generate(seed, 300))
        b = json.dumps(G.generate(seed, 300))
        c = json.dumps([r for r, _ in pairs[:300]])
        if not (a == b == c):
            print("  NOT DETERMINISTIC / generate differs")
            ok = False
        ids = set()
        for rec, meta in pairs:
            total += 1
            if rec["id"] in ids:
                fails["duplicate id"] += 1
            ids.add(rec["id"])
            errs, facts = check_record(rec, meta)
            if errs:
                for e in errs:
                    fails[e.split(":")[0] if e.startswith("step") else e[:60]] += 1
                if len(examples) < 8:
                    examples.append((rec, meta, errs))
                continue
            kinds[facts["kind"]] += 1
            Es[facts["E"]] += 1
            voices[meta["voice"]] += 1
            problems_seen.add(rec["problem"])
            for (op, b, form), tpl in zip(meta["changes"], meta["templates"]):
                ops[op] += 1
                used_tpl[op].add(tpl)
            if facts["label"] >= 0:
                L, E = facts["label"], facts["E"]
                pos["final answer" if L == E else "first eq" if L == 0 else "last eq" if L == E - 1 else "middle eq"] += 1
    print(f"\nrecords checked: {total}, failing: {sum(1 for _ in examples) and sum(fails.values())}")
    if fails:
        ok = False
        print("FAILURES:", dict(fails))
        for rec, meta, errs in examples:
            print(json.dumps(rec, ensure_ascii=False, indent=1))
            print(meta["story"], meta["changes"], errs)
    good = sum(kinds.values())
    print("\nmix (error_kind):", {k: f"{v / good:.3f}" for k, v in sorted(kinds.items())})
    nerr = sum(pos.values())
    print("error positions:", {k: f"{v / nerr:.3f}" for k, v in sorted(pos.items())})
    print("equation steps per record:", dict(sorted(Es.items())))
    print("voices:", dict(voices))
    print("change ops:", dict(ops))
    print("distinct templates used per op:", {k: len(v) for k, v in used_tpl.items()})
    print(f"distinct problems: {len(problems_seen)} / {good}")
    if not 0.40 <= kinds["none"] / good <= 0.50:
        ok = False
        print("MIX: share of correct records off")
    for k in ("arithmetic", "operand", "operation", "answer"):
        if not 0.10 <= kinds[k] / good <= 0.175:
            ok = False
            print("MIX: kind off", k)
    for k in ("first eq", "middle eq", "last eq", "final answer"):
        if not 0.17 <= pos[k] / nerr <= 0.33:
            ok = False
            print("MIX: position off", k)
    br = breadth()
    print("\nbreadth:", json.dumps(br, indent=1))
    for k in ("names (people, groups, orgs)", "item nouns"):
        if br[k] < 200:
            ok = False
            print("BREADTH too small:", k)
    for k in ("add phrases", "subtract phrases", "multiply phrases", "divide phrases"):
        if br[k] < 40:
            ok = False
            print("BREADTH too small:", k)

    # ---- corruption test
    rng = random.Random(7)
    pairs = G.generate_with_meta(99, 1500)
    hows = ["label_shift", "flip_fac", "kind_swap", "digit_in_result", "operator_swap", "final_number",
            "drop_step", "swap_steps", "story_number"]
    print("\ncorruption test (records corrupted on purpose -> must be flagged):")
    for how in hows:
        tried = caught = 0
        for rec, meta in pairs:
            res = corrupt(rec, meta, how, rng)
            if res is None:
                continue
            r2, m2 = res
            if r2 == rec and m2 is meta:
                continue
            tried += 1
            errs, _ = check_record(r2, m2)
            caught += bool(errs)
        print(f"  {how:16s} caught {caught}/{tried}")
        if caught != tried:
            ok = False
    print("\nALL CHECKS PASSED" if ok else "\nCHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
