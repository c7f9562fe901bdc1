"""Checker for generator.py: re-derives every record from the internal representation.

Usage: python3 check.py [count] [seed ...]
"""
import collections
import json
import re
import sys
import time

import generator as G

EQ_RE = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPMAP = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
NUMWORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
            "eighty ninety dozen twice double doubled doubles triple tripled triples half halve "
            "halved halves third quadruple quadrupled quadruples twofold threefold fourfold fivefold sixfold "
            "sevenfold eightfold ninefold").split()
NW_RE = re.compile(r"\b(" + "|".join(sorted(NUMWORDS, key=len, reverse=True)) + r")\b", re.I)
BANNED = re.compile(r"\b(first|second|couple|fourth|fifth|quarter)\b", re.I)
NORM = {"doubled": "double", "doubles": "double", "tripled": "triple", "triples": "triple",
        "halve": "half", "halved": "half", "halves": "half", "quadrupled": "quadruple",
        "quadruples": "quadruple"}


def calc(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def expected_tokens(surfaces):
    digits, wds = collections.Counter(), set()
    for s in surfaces:
        for d in re.findall(r"\d+", s):
            digits[d] += 1
        for w in NW_RE.findall(s):
            wds.add(NORM.get(w.lower(), w.lower()))
    return digits, wds


def check_record(rec, meta, errs):
    def bad(msg):
        errs.append((rec["id"], msg))

    # --- format
    keys = {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
    if set(rec) != keys:
        bad("keys %s" % sorted(rec))
    for s in [rec["problem"]] + rec["steps"]:
        if re.search(r"[{}\[\]]", s):
            bad("template residue: " + s)
    # --- true chain from the internal representation (independent of generator code)
    if meta["factors"]:
        f1, f2 = meta["factors"]
        exp_first = (f1, "*", f2)
        v = f1 * f2
        nums = [f1, f2]
        if f1 > 999 or f2 > 999:
            bad("factor too big")
    else:
        v = meta["start"]
        exp_first = None
        nums = [v]
        if v > 1000:
            bad("start too big")
    true_vals = [v]
    exp_ops = []
    if exp_first:
        exp_ops.append(exp_first)
    if not 1 <= len(meta["changes"]) <= 5:
        bad("changes count")
    for op, n in meta["changes"]:
        if n > 999 or n < 1:
            bad("change number out of range")
        nums.append(n)
    # expected equations need the previous written value, so walk below
    E = len(meta["changes"]) + (1 if exp_first else 0)
    steps = rec["steps"]
    if len(steps) != E + 1:
        bad("step count %d vs %d" % (len(steps), E + 1))
        return None
    tv = v
    for op, n in meta["changes"]:
        tv2 = calc(op, tv, n)
        if tv2 is None or not 0 <= tv2 <= 9999:
            bad("true chain invalid")
            return None
        true_vals.append(tv2)
        tv = tv2
    true_answer = tv
    # --- parse steps
    parsed = []
    for j, s in enumerate(steps[:-1]):
        m = EQ_RE.findall(s)
        if len(m) != 1 or s.count("=") != 1:
            bad("step %d must hold exactly one equation: %r" % (j, s))
            return None
        a, op, b, c = m[0]
        a, b, c = int(a), int(b), int(c)
        if any(int(d) not in (a, b, c) for d in re.findall(r"\d+", s)):
            bad("stray number in step %r" % s)
        if c > 9999 or c < 0:
            bad("written value out of range")
        parsed.append((a, OPMAP[op], b, c))
    last = steps[-1]
    if "=" in last or EQ_RE.search(last):
        bad("final step has an equation: %r" % last)
    ds = set(re.findall(r"\d+", last))
    if len(ds) != 1:
        bad("final step must state one number: %r" % last)
        return None
    x = int(ds.pop())
    # --- derive label / kind
    label, kind = -1, "none"
    prev = None
    for j, (a, op, b, c) in enumerate(parsed):
        if j == 0 and exp_first:
            ea, eop, eb = exp_first
        else:
            ch = meta["changes"][j - (1 if exp_first else 0)]
            ea = (meta["start"] if j == 0 else prev)
            eop, eb = ch
        res = calc(op, a, b)
        if label == -1:
            ok_ops = (a, b) == (ea, eb)
            if ok_ops and op == eop and res == c:
                pass
            else:
                label = j
                if ok_ops and op == eop:
                    kind = "arithmetic"
                elif op == eop and res == c:
                    kind = "operand"
                elif ok_ops and op != eop and res == c:
                    kind = "operation"
                else:
                    kind = "mixed"
                    bad("more than one thing wrong in step %d" % j)
        else:
            # continuation from the written previous value, done right
            if not ((a, op, b) == (ea, eop, eb) and res == c):
                bad("continuation step %d is not a correct step from the previous value" % j)
        prev = c
    if label == -1 and x != prev:
        label, kind = E, "answer"
    elif label != -1 and x != prev:
        bad("final answer does not copy the last written result after an equation error")
    fac = x == true_answer
    if label != rec["label"]:
        bad("label %d vs derived %d" % (rec["label"], label))
    if kind != rec["error_kind"]:
        bad("kind %s vs derived %s" % (rec["error_kind"], kind))
    if fac != rec["final_answer_correct"]:
        bad("final_answer_correct mismatch")
    if label == -1 and x != true_answer:
        bad("correct record with wrong answer")
    # --- problem text
    p = rec["problem"]
    nw = len(p.split())
    if nw > 90:
        bad("problem too long (%d words)" % nw)
    if G.count_sentences(p) > 8:
        bad("too many sentences")
    if BANNED.search(p):
        bad("banned number-ish word in problem: %r" % BANNED.search(p).group(0))
    exp_d, exp_w = expected_tokens(meta["surfaces"])
    got_d = collections.Counter(re.findall(r"\d+", p))
    if set(got_d) != set(exp_d):
        bad("digits in problem %s vs expected %s" % (sorted(got_d), sorted(exp_d)))
    got_w = {NORM.get(w.lower(), w.lower()) for w in NW_RE.findall(p)}
    extra = got_w - exp_w - {"one"}
    if extra:
        bad("unexpected number words %s" % extra)
    missing = exp_w - got_w
    if missing:
        bad("number words missing %s" % missing)
    if len(meta["surfaces"]) != len(meta["changes"]) + (2 if exp_first else 1):
        bad("surface count")
    # position class
    if label == -1:
        pos = None
    elif label == E:
        pos = "final"
    elif label == 0:
        pos = "first"
    elif label == E - 1:
        pos = "last"
    else:
        pos = "middle"
    err_op = None
    if 0 <= label < E:
        err_op = exp_first[1] if (label == 0 and exp_first) else meta["changes"][label - (1 if exp_first else 0)][0]
        if label == 0 and exp_first:
            err_op = "prod"
    return {"kind": kind, "pos": pos, "E": E, "product": bool(exp_first), "err_op": err_op,
            "ops": [o for o, _ in meta["changes"]], "tense": meta["tense"], "words": nw}


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    seeds = [int(s) for s in sys.argv[2:]] or [1, 2, 3, 20261203]
    errs = []
    stats = collections.Counter()
    total = 0
    for seed in seeds:
        t = time.time()
        pairs = G._generate_meta(seed, count)
        dt = time.time() - t
        recs = G.generate(seed, count)
        if [r for r, _ in pairs] != recs or recs != G.generate(seed, count):
            errs.append(("seed %d" % seed, "not deterministic"))
        if len({r["id"] for r in recs}) != len(recs) or len(recs) != count:
            errs.append(("seed %d" % seed, "ids/count"))
        for rec, meta in pairs:
            json.dumps(rec)
            info = check_record(rec, meta, errs)
            total += 1
            if info is None:
                continue
            stats["kind:" + info["kind"]] += 1
            if info["pos"]:
                stats["pos:" + info["pos"]] += 1
            if info["err_op"]:
                stats["errop:" + info["err_op"]] += 1
            stats["E:%d" % info["E"]] += 1
            stats["product:%s" % info["product"]] += 1
            stats["tense:" + info["tense"]] += 1
            for o in info["ops"]:
                stats["op:" + o] += 1
            if info["kind"] != "none":
                stats["fac_false_on_error"] += rec["final_answer_correct"] is False
        print("seed %d: %d records in %.2fs" % (seed, count, dt))
    print("records checked:", total, "errors:", len(errs))
    for e in errs[:30]:
        print("  ", e)

    def frac(prefix):
        items = {k[len(prefix):]: v for k, v in stats.items() if k.startswith(prefix)}
        tot = sum(items.values())
        return ", ".join("%s %.1f%%" % (k, 100.0 * v / tot) for k, v in sorted(items.items()))

    print("kinds:   ", frac("kind:"))
    print("position:", frac("pos:"))
    print("error at op:", frac("errop:"))
    print("equations per record:", frac("E:"))
    print("product start:", frac("product:"))
    print("change ops:", frac("op:"))
    print("tense:", frac("tense:"))
    n_err = total - stats["kind:none"]
    print("error records with final_answer_correct false: %d / %d" % (stats["fac_false_on_error"], n_err))
    # mix requirements
    ok = True
    none = stats["kind:none"] / total
    if not 0.40 <= none <= 0.50:
        ok = False
        print("MIX: correct share %.3f out of range" % none)
    for k in ("arithmetic", "operand", "operation", "answer"):
        f = stats["kind:" + k] / total
        if not 0.11 <= f <= 0.165:
            ok = False
            print("MIX: %s share %.3f out of range" % (k, f))
    npos = sum(v for k, v in stats.items() if k.startswith("pos:"))
    for k in ("first", "middle", "last", "final"):
        f = stats["pos:" + k] / npos
        if not 0.19 <= f <= 0.31:
            ok = False
            print("MIX: position %s share %.3f out of range" % (k, f))
    print("MIX OK" if ok else "MIX NOT OK")
    print("ALL OK" if (ok and not errs) else "FAILED")
    return 0 if (ok and not errs) else 1


if __name__ == "__main__":
    sys.exit(main())
