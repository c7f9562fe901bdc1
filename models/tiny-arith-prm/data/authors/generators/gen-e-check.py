"""Independent checker for gen-e/generator.py.

For every record of generate(s, 2000) for several seeds it re-derives the true chain from the
internal problem representation (start + list of changes), parses the equations out of the step
TEXT, labels the record from scratch and compares with label / error_kind / final_answer_correct.
It also checks the format rules, the number rules, the problem text, determinism, speed and mix.
"""
import collections
import json
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
NORM = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}


def ap(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b if b else None


def check_record(rec, meta, errs):
    P = meta["P"]
    rid = rec["id"]

    def bad(msg):
        errs.append(f"{rid}: {msg}")

    # ---- format
    keys = {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
    if set(rec) != keys:
        bad(f"keys {set(rec)}")
    if not (isinstance(rec["steps"], list) and len(rec["steps"]) >= 2 and all(isinstance(s, str) for s in rec["steps"])):
        bad("steps type")
        return None
    if rec["error_kind"] not in ("none", "arithmetic", "operand", "operation", "answer"):
        bad("error_kind value")

    # ---- true chain from the internal representation
    if P["start"][0] == "product":
        _, pa, pb = P["start"]
        expected = [("*", None)]
        start = pa * pb
        chain = [start]
        if pa > 999 or pb > 999:
            bad("product factor > 999")
    else:
        start = P["start"][1]
        expected = []
        chain = []
        if start > 1000:
            bad("start > 1000")
    val = start
    if not (1 <= len(P["ops"]) <= 5):
        bad("number of changes")
    for op, b in P["ops"]:
        if b > 999:
            bad("operand > 999")
        if op == "/" and val % b:
            bad("inexact division")
        val = ap(val, op, b)
        if op == "/":
            val = int(val)
        if not (0 <= val <= 9999):
            bad(f"true intermediate out of range {val}")
        expected.append((op, b))
        chain.append(val)
    truth = val

    # ---- parse steps
    steps = rec["steps"]
    if len(steps) != len(expected) + 1:
        bad(f"step count {len(steps)} vs {len(expected) + 1}")
        return None
    parsed = []
    for k, s in enumerate(steps[:-1]):
        ms = EQ.findall(s)
        if len(ms) != 1 or s.count("=") != 1:
            bad(f"step {k} must hold exactly one equation: {s!r}")
            return None
        a, op, b, c = ms[0]
        parsed.append((int(a), NORM[op], int(b), int(c)))
    last = steps[-1]
    if "=" in last or EQ.search(last):
        bad(f"final step has an equation: {last!r}")
    nums = set(re.findall(r"\d+", last))
    if len(nums) != 1:
        bad(f"final step numbers {nums}: {last!r}")
        return None
    stated = int(nums.pop())

    # ---- label from scratch
    label, kind = -1, "none"
    prev = None
    for k, (a, op, b, c) in enumerate(parsed):
        exp_op, exp_b = expected[k]
        if k == 0 and P["start"][0] == "product":
            ok_operands = sorted((a, b)) == sorted((P["start"][1], P["start"][2]))
        elif k == 0:
            ok_operands = a == start and b == exp_b
        else:
            ok_operands = a == prev and b == exp_b
        if op != exp_op:
            k_kind = "operation"
        elif not ok_operands:
            k_kind = "operand"
        elif ap(a, op, b) != c:
            k_kind = "arithmetic"
        else:
            k_kind = None
        if k_kind and label == -1:
            label, kind = k, k_kind
            # the error step itself must hold only that one slip
            if k_kind == "operation" and not ok_operands:
                bad("operation error step also has wrong operand")
            if k_kind in ("operation", "operand") and ap(a, op, b) != c:
                bad("error step also has an arithmetic slip")
        elif k_kind and label != -1:
            bad(f"later step {k} carries a second slip ({k_kind})")
        # every later step must start from the previous written result
        if k > 0 and label != -1 and k > label and a != prev:
            bad("step after the error does not continue from the previous written result")
        prev = c
    if label == -1 and stated != prev:
        label, kind = len(parsed), "answer"
    if label != -1 and kind != "answer" and stated != prev:
        bad("final answer does not copy the last written result after an equation error")
    fac = stated == truth

    if rec["label"] != label:
        bad(f"label {rec['label']} != derived {label}")
    if rec["error_kind"] != kind:
        bad(f"error_kind {rec['error_kind']} != derived {kind}")
    if rec["final_answer_correct"] != fac:
        bad(f"final_answer_correct {rec['final_answer_correct']} != derived {fac}")
    if label == -1 and chain[-1] != stated:
        bad("correct record with wrong answer")
    for (a, op, b, c) in parsed:
        if not (0 <= c <= 99999):
            bad("written value out of range")

    # ---- problem text
    text = rec["problem"]
    low = text.lower()
    if len(text.split()) > 90:
        bad(f"problem too long ({len(text.split())} words)")
    allowed = set(meta["numbers"])
    for d in re.findall(r"\d+", text):
        if int(d) not in allowed:
            bad(f"stray number {d} in problem")
        if int(d) > 1000:
            bad(f"number {d} > 1000 in problem")
    for sf in meta["surfaces"]:
        if sf is not None and sf.lower() not in low:
            bad(f"surface {sf!r} missing from problem")
    if "{" in text or "}" in text or any("{" in s or "}" in s for s in steps):
        bad("unrendered placeholder")
    # position class
    n = len(parsed)
    if label == -1:
        pos = None
    elif label == n:
        pos = "final answer"
    elif label == 0:
        pos = "first"
    elif label == n - 1:
        pos = "last equation"
    else:
        pos = "middle"
    return kind, pos


def main():
    seeds = [1, 2, 3, 77, 20261203]
    errs = []
    kinds = collections.Counter()
    poss = collections.Counter()
    fac = collections.Counter()
    total = 0
    for seed in seeds:
        full = G._generate_full(seed, 2000)
        for rec, meta in full:
            out = check_record(rec, meta, errs)
            json.dumps(rec)
            total += 1
            if out:
                kinds[out[0]] += 1
                if out[1]:
                    poss[out[1]] += 1
            fac[rec["final_answer_correct"]] += 1
        ids = [r["id"] for r, _ in full]
        if len(set(ids)) != len(ids):
            errs.append(f"seed {seed}: duplicate ids")
    # determinism and speed
    t = time.time()
    a = G.generate(12345, 1000)
    dt = time.time() - t
    b = G.generate(12345, 1000)
    if a != b:
        errs.append("not deterministic")
    if G.generate(12346, 50) == a[:50]:
        errs.append("seed has no effect")
    if dt > 2.0:
        errs.append(f"too slow: {dt:.2f}s for 1000")
    # mix
    n_err = total - kinds["none"]
    share_ok = kinds["none"] / total
    if not (0.40 <= share_ok <= 0.50):
        errs.append(f"correct share {share_ok:.3f}")
    for k in ("arithmetic", "operand", "operation", "answer"):
        if not (0.18 <= kinds[k] / n_err <= 0.32):
            errs.append(f"kind {k} share {kinds[k] / n_err:.3f}")
    for p in ("first", "middle", "last equation", "final answer"):
        if poss[p] / n_err < 0.12:
            errs.append(f"position {p} share {poss[p] / n_err:.3f}")
    # breadth
    names = set(G.GIRLS) | set(G.BOYS)
    items = set(w for v in G.ITEMS.values() for w in v)
    def heads(tpls):
        out = set()
        for t in tpls:
            m = re.findall(r"\{(?:v|ov|pv):([^}|]+)\|[^}]*\}\s*(\w+)?", t)
            if m:
                out.add(" ".join(x for x in m[0] if x))
        return out
    add_v = heads([t for _, t in G.ADD])
    sub_v = heads([t for _, t in G.SUB])
    mul_v = heads([t for _, t, _ in G.MUL])
    div_v = heads([t for _, t, _ in G.DIV])
    print(f"records checked: {total}  errors: {len(errs)}")
    print(f"kinds: {dict(kinds)}")
    print(f"error positions: {dict(poss)}")
    print(f"final_answer_correct: {dict(fac)}")
    print(f"1000 records in {dt:.2f}s")
    print(f"names {len(names)}  items {len(items)}  add phrases {len(add_v)} (templates {len(G.ADD)})  "
          f"sub phrases {len(sub_v)} (templates {len(G.SUB)})  mul templates {len(G.MUL)} ({len(mul_v)} heads)  "
          f"div templates {len(G.DIV)} ({len(div_v)} heads)")
    if len(names) < 200:
        errs.append("fewer than 200 names")
    if len(items) < 200:
        errs.append("fewer than 200 items")
    if len(add_v) < 40 or len(sub_v) < 40:
        errs.append("fewer than 40 add/sub phrases")
    for e in errs[:40]:
        print("ERROR", e)
    print("RESULT:", "PASS" if not errs else "FAIL")
    return 0 if not errs else 1


if __name__ == "__main__":
    sys.exit(main())
