"""Independent checker for gen-y/generator.py.

Re-derives the true chain from the internal representation (start, changes), parses every step's
equation from the text, recomputes label / error_kind / final_answer_correct and compares, checks the
problem's number tokens, word counts, determinism, speed and the mix.
usage: python3 check.py [seed ...]
"""
import collections
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([-+*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPN = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
NUMW = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TOK = re.compile(r"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))\b"
                 r"|\b\d+\b|\b(?:" + "|".join(NUMW) + r"|dozen|twice|double\w*|triple\w*|quadruple\w*|half|halv\w*|third)\b",
                 re.I)


def norm_tok(t):
    t = t.lower()
    for root in ("double", "triple", "quadruple"):
        if t.startswith(root):
            return root
    if t.startswith("halv"):
        return "halve"
    return t


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


def check_one(rec, meta, errs):
    rid = rec["id"]
    st = meta["start"]
    is_prod = st[0] == "prod"
    # true chain, from the internal representation only
    if is_prod:
        m, k = st[1], st[2]
        assert 2 <= m <= 999 and 2 <= k <= 999
        start = m * k
        exp = [("*", k)]
    else:
        start = st[1]
        assert 0 <= start <= 1000
    v = start
    chain = [start] if is_prod else []
    ops = []
    for op, b in meta["changes"]:
        if not (0 <= b <= 999):
            errs.append((rid, "operand out of range"))
        v = calc(v, op, b)
        if v is None or not (0 <= v <= 9999):
            errs.append((rid, "true chain invalid"))
            return
        chain.append(v)
        ops.append((op, b))
    if not 1 <= len(ops) <= 5:
        errs.append((rid, "change count"))
    true_final = chain[-1]
    exp_ops = ([("*", None)] if is_prod else []) + ops
    steps = rec["steps"]
    E = len(exp_ops)
    if len(steps) != E + 1:
        errs.append((rid, "step count %d vs %d" % (len(steps), E + 1)))
        return
    parsed = []
    for s in steps[:-1]:
        ms = EQ.findall(s)
        if len(ms) != 1 or s.count("=") != 1:
            errs.append((rid, "not exactly one equation: " + s))
            return
        a, op, b, c = ms[0]
        parsed.append((int(a), OPN[op], int(b), int(c)))
    fin = steps[-1]
    if "=" in fin or re.search(r"\d\s*[-+*/×÷−]\s*\d", fin):
        errs.append((rid, "equation in final step: " + fin))
        return
    nums = set(int(x) for x in re.findall(r"\d+", fin))
    if len(nums) != 1:
        errs.append((rid, "final step numbers: " + fin))
        return
    ans = nums.pop()
    label, kind = -1, "none"
    prev = None
    for i, (a, op, b, c) in enumerate(parsed):
        eop, eb = exp_ops[i]
        if is_prod and i == 0:
            opnd_ok = sorted((a, b)) == sorted((st[1], st[2]))
        else:
            ea = start if i == 0 else prev
            opnd_ok = (a == ea and b == eb)
        if op != eop:
            label, kind = i, "operation"
        elif not opnd_ok:
            label, kind = i, "operand"
        elif calc(a, op, b) != c:
            label, kind = i, "arithmetic"
        if label != -1:
            break
        prev = c
    if label == -1 and ans != parsed[-1][3]:
        label, kind = E, "answer"
    if label != rec["label"]:
        errs.append((rid, "label %d vs recomputed %d" % (rec["label"], label)))
    if kind != rec["error_kind"]:
        errs.append((rid, "kind %s vs recomputed %s" % (rec["error_kind"], kind)))
    if (ans == true_final) != rec["final_answer_correct"]:
        errs.append((rid, "final_answer_correct"))
    # the written chain must continue from the written previous result (even after an error)
    for i in range(1, E):
        if parsed[i][0] != parsed[i - 1][3] and not (i == label and kind == "operand"):
            errs.append((rid, "step %d does not start from previous result" % i))
    # internal plan agrees with the text
    if [tuple(w) for w in meta["plan"]["written"]] != parsed or meta["plan"]["answer"] != ans:
        errs.append((rid, "plan/text mismatch"))
    if meta["plan"]["true_final"] != true_final:
        errs.append((rid, "plan true_final mismatch"))
    # an erroneous step must actually differ from the right result (no "lucky" errors)
    if kind in ("arithmetic", "operand", "operation"):
        a, op, b, c = parsed[label]
        right_a = (start if label == 0 else parsed[label - 1][3]) if not (is_prod and label == 0) else st[1]
        right_b = exp_ops[label][1] if not (is_prod and label == 0) else st[2]
        if calc(right_a, exp_ops[label][0], right_b) == c:
            errs.append((rid, "error step yields the right value"))
    # number tokens in the problem == those the builder wrote
    toks = sorted(norm_tok(t) for t in TOK.findall(rec["problem"]))
    if toks != sorted(meta["numtokens"]):
        errs.append((rid, "number tokens %s vs %s" % (toks, sorted(meta["numtokens"]))))
    nw = len(rec["problem"].split())
    if nw > 90:
        errs.append((rid, "too long %d" % nw))
    for key in ("id", "problem", "steps", "label", "final_answer_correct", "error_kind"):
        if key not in rec:
            errs.append((rid, "missing " + key))
    return label, kind, E


def main(seeds):
    total = 0
    errs = []
    kinds = collections.Counter()
    pos = collections.Counter()
    fac = collections.Counter()
    nwords = []
    voices = collections.Counter()
    for seed in seeds:
        t0 = time.time()
        recs, metas = G._generate(seed, 2000)
        dt = time.time() - t0
        recs2 = G.generate(seed, 2000)
        if recs != recs2:
            errs.append((seed, "not deterministic"))
        print("seed %d: 2000 records in %.2fs" % (seed, dt))
        probs = set()
        for rec, meta in zip(recs, metas):
            out = check_one(rec, meta, errs)
            total += 1
            probs.add(rec["problem"])
            nwords.append(len(rec["problem"].split()))
            voices[meta["voice"]] += 1
            kinds[rec["error_kind"]] += 1
            if out:
                label, kind, E = out
                if kind != "none":
                    p = "final" if label == E else ("first" if label == 0 else ("last" if label == E - 1 else "middle"))
                    pos[p] += 1
                    fac[(kind, rec["final_answer_correct"])] += 1
        print("  distinct problems: %d" % len(probs))
    n = total
    print("checked %d records on seeds %s" % (n, seeds))
    print("kinds:", {k: "%.3f" % (v / n) for k, v in kinds.items()})
    ne = n - kinds["none"]
    print("error positions:", {k: "%.3f" % (v / ne) for k, v in pos.items()})
    print("final_answer_correct by kind:", dict(fac))
    print("voices:", dict(voices))
    print("words: max %d mean %.1f" % (max(nwords), sum(nwords) / len(nwords)))
    ok = True
    if not 0.40 <= kinds["none"] / n <= 0.50:
        ok = False
        print("MIX: correct fraction off")
    for k in G.KINDS:
        if not 0.10 <= kinds[k] / n <= 0.18:
            ok = False
            print("MIX: kind %s off" % k)
    for p in ("first", "middle", "last", "final"):
        if not 0.15 <= pos[p] / ne <= 0.35:
            ok = False
            print("MIX: position %s off" % p)
    print("errors:", len(errs))
    for e in errs[:30]:
        print("  ", e)
    if errs or not ok:
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [1, 2, 3])
