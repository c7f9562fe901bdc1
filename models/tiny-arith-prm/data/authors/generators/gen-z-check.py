"""Checker for generator.py (gen-z).

For every record of generate(seed, 2000) for a few seeds it re-derives, from the
internal plan (start, changes) and from the step texts themselves:
  * the true chain of results (integers, 0..9999, exact divisions);
  * the equation in every non-final step (exactly one), none in the final step;
  * the earliest wrong step, its kind and final_answer_correct, and compares
    them with the record's label / error_kind / final_answer_correct;
  * that steps after the first error continue from the written (wrong) value;
  * that the numbers in the problem text are the start and the change operands,
    in order (digits or number words), all <= 999 (1000 allowed as a start);
  * problem length (<= 90 words), record format, determinism;
and reports the mix (label -1 share, error kinds, error positions) and breadth.
Run:  nice -n 19 python3 check.py [seed ...]
"""
import collections
import json
import re
import sys
import time

import generator as G

EQ_RE = re.compile(r"(\d+)\s*([-+*/×÷−])\s*(\d+)\s*=\s*(\d+)")
NORM = {"×": "*", "÷": "/", "−": "-", "+": "+", "-": "-", "*": "*", "/": "/"}
UNITS = {w: i for i, w in enumerate(G.ONES)}
TENS = {w: 10 * i for i, w in enumerate(G.TENS) if w}
SPECIAL = [(r"\ba dozen\b|\bdozen\b", 12), (r"\btwice\b|\bdoubl(?:e|es|ed|ing)\b", 2),
           (r"\btripl(?:e|es|ed|ing)\b", 3), (r"\bquadrupl(?:e|es|ed|ing)\b", 4),
           (r"\bhalf\b|\bhalv(?:e|es|ed|ing)\b", 2), (r"\bthirds?\b", 3)]
NUM_RE = re.compile(
    r"(?P<comp>\b(?:%s)-(?:%s)\b)|(?P<tens>\b(?:%s)\b)|(?P<unit>\b(?:%s)\b)|(?P<dig>\d+)|(?P<sp>%s)" % (
        "|".join(TENS), "|".join(G.ONES[1:10]), "|".join(TENS),
        "|".join(w for w in G.ONES[2:]), "|".join("(?:%s)" % p for p, _ in SPECIAL)),
    re.IGNORECASE)


def extract_numbers(text):
    text = re.sub(r"(^|\n)\d+\. ", r"\1", text)  # numbered-list markers
    out = []
    for m in NUM_RE.finditer(text):
        if m.group("comp"):
            t, u = m.group("comp").lower().split("-")
            out.append(TENS[t] + UNITS[u])
        elif m.group("tens"):
            out.append(TENS[m.group("tens").lower()])
        elif m.group("unit"):
            out.append(UNITS[m.group("unit").lower()])
        elif m.group("dig"):
            out.append(int(m.group("dig")))
        else:
            s = m.group("sp").lower()
            for p, v in SPECIAL:
                if re.fullmatch(p, s):
                    out.append(v)
                    break
    return out


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def plausible_slip(c, r, a, op, b):
    """A wrong result a student or a model could write: near the truth, a digit
    changed, two digits swapped, a carry or borrow dropped, one group too many."""
    if abs(c - r) <= 100:
        return True
    sc, sr = str(c), str(r)
    if len(sc) == len(sr):
        diff = [i for i in range(len(sc)) if sc[i] != sr[i]]
        if len(diff) == 1:
            return True
        if len(diff) == 2 and sorted(sc) == sorted(sr):
            return True
    if op == "*" and abs(c - r) in (a, b):
        return True
    if op in "+-":
        x, y, p, nc, nb = a, b, 1, 0, 0
        while x or y:
            nc += ((x % 10 + y % 10) % 10) * p
            nb += abs(x % 10 - y % 10) * p
            x //= 10
            y //= 10
            p *= 10
        if c == (nc if op == "+" else nb):
            return True
    return False


def check_record(rec, meta, errs):
    plan = meta["plan"]
    st = plan["start"]
    ch = plan["changes"]
    rid = rec["id"]

    def bad(msg):
        errs.append("%s: %s" % (rid, msg))

    # format
    if set(rec) != {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}:
        bad("keys %s" % sorted(rec))
    if rec["error_kind"] not in ("none", "arithmetic", "operand", "operation", "answer"):
        bad("error_kind %r" % rec["error_kind"])
    # true chain from the plan
    true_eqs = []
    if st["kind"] == "product":
        true_eqs.append(("prod", st["a"], st["b"]))
        v = st["a"] * st["b"]
    else:
        v = st["value"]
    if not (1 <= len(ch) <= 5):
        bad("changes %d" % len(ch))
    for c in ch:
        nv = apply(c["op"], v, c["b"])
        if nv is None or not (0 <= nv <= 9999):
            bad("true chain leaves range/inexact: %s %s %s" % (v, c["op"], c["b"]))
            return
        true_eqs.append((c["op"], v, c["b"]))
        v = nv
    truth = v
    E = len(true_eqs)
    steps = rec["steps"]
    if len(steps) != E + 1:
        bad("steps %d expected %d" % (len(steps), E + 1))
        return
    parsed = []
    for j, s in enumerate(steps[:-1]):
        ms = EQ_RE.findall(s)
        if len(ms) != 1 or s.count("=") != 1:
            bad("step %d has %d equations: %r" % (j, len(ms), s))
            return
        a, op, b, c = ms[0]
        parsed.append((int(a), NORM[op], int(b), int(c)))
    fin = steps[-1]
    if "=" in fin or EQ_RE.search(fin):
        bad("final step has an equation: %r" % fin)
    fnums = re.findall(r"\d+", fin)
    if len(fnums) != 1:
        bad("final step numbers %r" % fin)
        return
    final = int(fnums[0])
    # earliest error, re-derived from the texts
    label, kind = -1, "none"
    prev = None
    for j, (a, op, b, c) in enumerate(parsed):
        tag = true_eqs[j]
        if tag[0] == "prod":
            exp_op = "*"
            operand_ok = sorted((a, b)) == sorted((tag[1], tag[2]))
        else:
            exp_op = tag[0]
            exp_a = tag[1] if j == 0 else prev
            operand_ok = (a == exp_a and b == tag[2])
        r = apply(op, a, b)
        arith_ok = r is not None and r == c
        if c < 0 or c > 9999:
            bad("written value out of range %d" % c)
        if label == -1:
            if op != exp_op:
                label, kind = j, "operation"
            elif not operand_ok:
                label, kind = j, "operand"
            elif not arith_ok:
                label, kind = j, "arithmetic"
        else:
            # after the first error a real solver carries on from the written value
            if not (op == exp_op and operand_ok and arith_ok):
                bad("step %d after the error is not a clean continuation" % j)
        prev = c
    if label == -1 and final != parsed[-1][3]:
        label, kind = E, "answer"
    if label != rec["label"]:
        bad("label %d, re-derived %d" % (rec["label"], label))
    if kind != rec["error_kind"]:
        bad("kind %s, re-derived %s" % (rec["error_kind"], kind))
    if (final == truth) != rec["final_answer_correct"]:
        bad("final_answer_correct %s, re-derived %s" % (rec["final_answer_correct"], final == truth))
    if label == -1 and final != truth:
        bad("clean solution but wrong final")
    # written values of an error must not be absurd
    for j, (a, op, b, c) in enumerate(parsed):
        if j == label and kind == "arithmetic":
            r = apply(op, a, b)
            if r is not None and not plausible_slip(c, r, a, op, b):
                bad("absurd arithmetic slip %d vs %d" % (c, r))
    # problem text: numbers present, in order
    text = rec["problem"]
    nums = extract_numbers(text)
    exp = []
    if st["kind"] == "product":
        exp_start = sorted([st["a"], st["b"]])
        got_start = sorted(nums[:2])
        rest = nums[2:]
        if exp_start != got_start:
            bad("start numbers %s vs %s in %r" % (nums[:2], exp_start, text))
    else:
        if not nums or nums[0] != st["value"]:
            bad("start number %s vs %s in %r" % (nums[:1], st["value"], text))
        rest = nums[1:]
    exp = [c["b"] for c in ch]
    if rest != exp:
        bad("change numbers %s vs %s in %r" % (rest, exp, text))
    for n in nums:
        if n > 1000 or (n == 1000 and not (st["kind"] == "single" and st["value"] == 1000)):
            bad("number %d too large" % n)
    if len(text.split()) > 90:
        bad("problem has %d words" % len(text.split()))
    return label, kind, E


def position(label, kind, E):
    if kind == "answer":
        return "final answer"
    if label == 0:
        return "first step"
    if label == E - 1:
        return "last equation"
    return "middle"


def main():
    seeds = [int(x) for x in sys.argv[1:]] or [1, 2, 3, 20261203]
    errs = []
    kinds = collections.Counter()
    poss = collections.Counter()
    nchg = collections.Counter()
    ops = collections.Counter()
    keys = collections.Counter()
    fac = collections.Counter()
    total = 0
    t0 = time.time()
    for seed in seeds:
        t = time.time()
        rm = G._generate_with_meta(seed, 2000)
        dt = time.time() - t
        if dt > 2.0:
            errs.append("seed %d: 2000 records took %.2fs" % (seed, dt))
        again = G.generate(seed, 2000)
        if again != [r for r, _ in rm]:
            errs.append("seed %d: not deterministic" % seed)
        ids = set()
        for rec, meta in rm:
            total += 1
            if rec["id"] in ids:
                errs.append("dup id " + rec["id"])
            ids.add(rec["id"])
            res = check_record(rec, meta, errs)
            if res is None:
                continue
            label, kind, E = res
            kinds[kind] += 1
            fac[rec["final_answer_correct"]] += 1
            if kind != "none":
                poss[position(label, kind, E)] += 1
            nchg[len(meta["plan"]["changes"])] += 1
            for c in meta["plan"]["changes"]:
                ops[c["op"]] += 1
            for k in meta["keys"]:
                keys[k] += 1
    nerr = total - kinds["none"]
    print("seeds %s, records %d, %.1fs" % (seeds, total, time.time() - t0))
    print("problems found: %d" % len(errs))
    for e in errs[:25]:
        print("  ", e)
    print("label -1 share: %.3f" % (kinds["none"] / total))
    print("error kinds (share of all):", {k: round(v / total, 3) for k, v in sorted(kinds.items())})
    print("error positions (share of errors):", {k: round(v / nerr, 3) for k, v in sorted(poss.items())})
    print("final_answer_correct:", dict(fac))
    print("changes per problem:", dict(sorted(nchg.items())))
    print("operations:", dict(ops))
    fam = collections.defaultdict(set)
    for k in keys:
        if k.startswith(("mc",)):
            fam["* (open containers)"].add(k)
        elif k.startswith("dc"):
            fam["/ (pack)"].add(k)
        elif k[0] in "apti" and k[1:].isdigit():
            fam["+"].add(k)
        elif k[0] in "squj" and k[1:].isdigit():
            fam["-"].add(k)
        elif k[0] == "m":
            fam["*"].add(k)
        elif k[0] == "d":
            fam["/"].add(k)
        elif k[0] == "e":
            fam["/ (each-gets question)"].add(k)
        else:
            fam["start"].add(k)
    print("distinct change wordings used:", {k: len(v) for k, v in sorted(fam.items())})
    print("typed: %d first names + %d surnames, %d item nouns" % (
        len(G.FEMALE) + len(G.MALE), len(G.SURNAMES),
        len({i for v in G.ITEMS.values() for i in v})))
    # mix assertions
    share = kinds["none"] / total
    ok = 0.40 <= share <= 0.50
    for k in ("arithmetic", "operand", "operation", "answer"):
        ok &= 0.10 <= kinds[k] / total <= 0.18
    for p in ("first step", "middle", "last equation", "final answer"):
        ok &= 0.18 <= poss[p] / nerr <= 0.32
    print("mix within bounds:", bool(ok))
    # distractors and fixed wording carry no stray numbers
    for s, lst in G.DISTRACTORS.items():
        for d in lst:
            if extract_numbers(d):
                print("  distractor with a number:", d)
                ok = False
    if errs or not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
