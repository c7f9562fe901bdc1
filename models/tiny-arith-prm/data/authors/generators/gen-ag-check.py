"""Checker for generator.py.

For every record of generate_with_meta(seed, 2000) (a few seeds) it re-derives, from the internal
representation (start, list of (op, operand)), the true chain of results, parses each step's text,
and recomputes label, error_kind and final_answer_correct independently of how the generator
injected the error.  It also checks the record format, equation counts per step, number ranges,
that every number in the problem is one of the problem's operands (and every operand is there),
word counts, determinism, speed and the mix of kinds and positions.

Run:  python3 check.py [seed ...]
"""

import collections
import json
import re
import sys
import time

import generator as G

OPS = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
EQ_RE = re.compile(r"(?<![\d.])(\d+)\s*([+\-−*×/÷])\s*(\d+)\s*=\s*(\d+)(?!\d)(?!\.\d)")
NUM_RE = re.compile(r"\d+")

WORDS = {w: i for i, w in enumerate(G.ONES)}
WORDS.update({v: k for k, v in G.TENS.items()})
ONE_OK = re.compile(r"\b(?:only |just )?one(?= share\b| pile\b| envelope\b| bag\b| jar\b| pot\b| part\b| portion\b| bundle\b)"
                    r"|\b(?:only|just) one\b|\bone share\b", re.I)


def true_chain(start, changes):
    if start[0] == "p":
        cur = start[1] * start[2]
    else:
        cur = start[1]
    chain = [cur]
    for op, b in changes:
        if op == "+":
            cur = cur + b
        elif op == "-":
            cur = cur - b
        elif op == "*":
            cur = cur * b
        else:
            assert b and cur % b == 0, "inexact division"
            cur = cur // b
        assert 0 <= cur <= 9999, "intermediate out of range"
        chain.append(cur)
    return chain


def evaluate(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def problem_numbers(text):
    """all numbers a reader finds in the problem: digits and number words."""
    t = ONE_OK.sub(" ", text)
    t = t.replace("-", " - ")
    found = [int(x) for x in NUM_RE.findall(t)]
    low = t.lower()
    # compound number words like "forty - two" after the replace above
    for m in re.finditer(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+-\s+(one|two|three|four|five|six|seven|eight|nine)\b", low):
        found.append(WORDS[m.group(1)] + WORDS[m.group(2)])
    low = re.sub(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+-\s+(one|two|three|four|five|six|seven|eight|nine)\b", " ", low)
    for w in re.findall(r"[a-z]+", low):
        if w in WORDS and w != "zero":
            found.append(WORDS[w])
    found += [12] * len(re.findall(r"\bdozen\b", low))
    found += [2] * len(re.findall(r"\b(?:twice|double|doubles|doubled|doubling|half|halves|halved|halve)\b", low))
    found += [3] * len(re.findall(r"\b(?:triple|triples|tripled|tripling|third)\b", low))
    found += [4] * len(re.findall(r"\b(?:quadruple|quadruples|quadrupled|quarter)\b", low))
    return found


def check_record(rec, meta):
    errs = []
    keys = {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
    if set(rec) != keys:
        errs.append("keys %s" % sorted(rec))
    start, changes = tuple(meta["start"]), [tuple(c) for c in meta["changes"]]
    if not 1 <= len(changes) <= 5:
        errs.append("changes count")
    chain = true_chain(start, changes)
    true_final = chain[-1]
    # numbers in range
    if start[0] == "s":
        if not (0 <= start[1] <= 1000):
            errs.append("start range")
        operands = [start[1]]
    else:
        if not (start[1] <= 999 and start[2] <= 999):
            errs.append("factor range")
        operands = [start[1], start[2]]
    operands += [b for _, b in changes]
    if any(b > 999 for _, b in changes):
        errs.append("operand > 999")
    # the problem states exactly these numbers
    pn = sorted(problem_numbers(rec["problem"]))
    if pn != sorted(operands):
        errs.append("problem numbers %s != operands %s" % (pn, sorted(operands)))
    if len(rec["problem"].split()) > 90:
        errs.append("problem too long")

    steps = rec["steps"]
    n_eq = len(changes) + (1 if start[0] == "p" else 0)
    if len(steps) != n_eq + 1:
        errs.append("step count %d vs %d" % (len(steps), n_eq + 1))
        return errs, None
    # expected (operands, op) per equation
    expected = []
    if start[0] == "p":
        expected.append(("p", start[1], start[2]))
    for op, b in changes:
        expected.append((op, b))
    label, kind = -1, "none"
    prev_c = None
    for i in range(n_eq):
        s = steps[i]
        ms = EQ_RE.findall(s)
        if len(ms) != 1:
            errs.append("step %d has %d equations: %r" % (i, len(ms), s))
            return errs, None
        rest = EQ_RE.sub(" ", s)
        if "=" in rest or re.search(r"\d\s*[+\-−*×/÷]\s*\d", rest) or re.search(r"[$£€₹]\s*\d+\s*[+\-−*×/÷]", s):
            errs.append("stray arithmetic in step %d: %r" % (i, s))
        a, sym, b, c = ms[0]
        a, b, c, op = int(a), int(b), int(c), OPS[sym]
        e = expected[i]
        step_kind = None
        if e[0] == "p":
            operand_ok = sorted([a, b]) == sorted([e[1], e[2]])
            op_ok = op == "*"
        else:
            a_exp = start[1] if (i == 0) else prev_c
            operand_ok = (a == a_exp and b == e[1])
            op_ok = op == e[0]
        if not operand_ok and not op_ok:
            errs.append("step %d has two kinds of error" % i)
        if not operand_ok:
            step_kind = "operand"
        elif not op_ok:
            step_kind = "operation"
        elif evaluate(a, op, b) != c:
            step_kind = "arithmetic"
        if step_kind and label == -1:
            label, kind = i, step_kind
        # later steps must be internally consistent (they continue from the written value)
        if label != -1 and i > label:
            if not (operand_ok and op_ok and evaluate(a, op, b) == c):
                errs.append("step %d after the error is not a clean continuation" % i)
        prev_c = c
    last = steps[-1]
    if "=" in last or EQ_RE.search(last) or re.search(r"\d\s*[+\-−*×/÷]\s*\d", last):
        errs.append("final step has an equation")
    nums = NUM_RE.findall(last)
    if len(nums) != 1:
        errs.append("final step numbers %r" % last)
        return errs, None
    ans = int(nums[0])
    if label == -1 and ans != prev_c:
        label, kind = n_eq, "answer"
    elif label != -1 and ans != prev_c:
        errs.append("final answer does not follow the written chain after the error")
    fac = ans == true_final
    if rec["label"] != label:
        errs.append("label %d != derived %d" % (rec["label"], label))
    if rec["error_kind"] != kind:
        errs.append("kind %s != derived %s" % (rec["error_kind"], kind))
    if rec["final_answer_correct"] != fac:
        errs.append("final_answer_correct mismatch")
    if label == -1 and not fac:
        errs.append("correct record with wrong answer")
    if label == n_eq - 1 or label == -1:
        pass
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
    return errs, pos


def verb_inventory():
    fams = collections.defaultdict(set)
    lists = [G.PERSON_ADD, G.PERSON_SUB, G.PERSON_MUL, G.PERSON_DIV, G.COUNT_EXTRA, G.ALLOW_PRE, G.ALLOW_WEEKS,
             G.TILL_ADD, G.TILL_SUB, G.TILL_MUL, G.TILL_DIV, G.BILL_ADD, G.BILL_SUB, G.BILL_DIV, G.KITTY_ADD,
             G.KITTY_SUB, G.KITTY_MUL, G.KITTY_DIV]
    for lst in lists:
        for t in lst:
            vs = re.findall(r"\{v[3p]?:([^}]*)\}", t["text"])
            head = vs[0] if vs else ""
            phrases = [o.split("|")[0] for o in head.split("/")] if head else []
            # a template's distinct wording counts as a phrase too
            key = re.sub(r"\{[^{}]*\}", "_", t["text"])
            fams[t["op"]].update("v:" + p for p in phrases)
            fams[t["op"]].add("t:" + key)
    return fams


def main(seeds):
    total_errs = 0
    for seed in seeds:
        t0 = time.time()
        pairs = G.generate_with_meta(seed, 2000)
        dt = time.time() - t0
        again = G.generate(seed, 2000)
        assert [p[0] for p in pairs] == again, "not deterministic"
        kinds = collections.Counter()
        positions = collections.Counter()
        kp = collections.Counter()
        scenes = collections.Counter()
        fac = collections.Counter()
        bad = 0
        ids = set()
        for rec, meta in pairs:
            assert rec["id"] not in ids
            ids.add(rec["id"])
            errs, pos = check_record(rec, meta)
            if errs:
                bad += 1
                if bad <= 8:
                    print("BAD", rec["id"], errs[:3])
                    print("   ", rec["problem"])
                    print("   ", rec["steps"])
                continue
            kinds[rec["error_kind"]] += 1
            positions[pos] += 1
            kp[(rec["error_kind"], pos)] += 1
            scenes[meta["scene"]] += 1
            fac[rec["final_answer_correct"]] += 1
        n = len(pairs)
        print("seed %d: %d records in %.2fs, %d failing" % (seed, n, dt, bad))
        print("  kinds:", {k: "%.1f%%" % (100 * v / n) for k, v in sorted(kinds.items())})
        print("  positions:", {k: "%.1f%%" % (100 * v / n) for k, v in sorted(positions.items())})
        print("  kind x position:", dict(sorted(kp.items())))
        print("  scenes:", dict(scenes), " final_answer_correct:", dict(fac))
        assert 0.40 <= kinds["none"] / n <= 0.50
        for k in ("arithmetic", "operand", "operation", "answer"):
            assert 0.10 <= kinds[k] / n <= 0.18, k
        for p in ("first", "middle", "last", "final"):
            assert 0.10 <= positions[p] / n <= 0.18, p
        total_errs += bad
    fams = verb_inventory()
    print("distinct verbs/phrases per family:", {k: len(v) for k, v in fams.items()})
    print("pools: items %d, names %d" % (len(set(G.ITEMS)), len(set(G.FEMALE + G.MALE))))
    # corruption test: flipping labels / answers must be caught
    pairs = G.generate_with_meta(seeds[0], 300)
    caught = 0
    tried = 0
    for rec, meta in pairs:
        if rec["label"] != -1:
            r3 = dict(rec)
            r3["label"] = -1
            tried += 1
            caught += bool(check_record(r3, meta)[0])
            continue
        r2 = dict(rec)
        r2["steps"] = list(rec["steps"])
        # corrupt: bump the result of the first equation by one
        m = G.re.search(r"=\s*(\d+)", r2["steps"][0])
        v = int(m.group(1))
        r2["steps"][0] = r2["steps"][0][:m.start(1)] + str(v + 1) + r2["steps"][0][m.end(1):]
        tried += 1
        errs, _ = check_record(r2, meta)
        caught += bool(errs)
        r3 = dict(rec)
        r3["label"] = rec["label"] + 1
        tried += 1
        caught += bool(check_record(r3, meta)[0])
    print("corruption test: %d/%d corrupted records flagged" % (caught, tried))
    total_errs += tried - caught
    t0 = time.time()
    G.generate(7, 1000)
    print("1000 records in %.2fs" % (time.time() - t0))
    print("TOTAL PROBLEMS:", total_errs)
    return total_errs


if __name__ == "__main__":
    seeds = [int(x) for x in sys.argv[1:]] or [1, 2, 3]
    sys.exit(1 if main(seeds) else 0)
