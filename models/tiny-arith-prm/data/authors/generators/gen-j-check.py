#!/usr/bin/env python3
"""Independent checker for gen-j/generator.py.

For every record of generate(s, 2000) for a few seeds it re-derives the true
chain from the internal plan, parses the written steps from their TEXT, judges
each step by the domain rules and compares label / error_kind /
final_answer_correct.  It also checks the problem text carries every number
the plan says it does, the step format, sizes, determinism, speed and the mix.
"""
import collections
import re
import sys
import time

import generator as G

EQ_RE = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
SYM = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
W = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
T = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
     "seventy": 70, "eighty": 80, "ninety": 90}
MULW = {"twice": 2, "double": 2, "doubled": 2, "doubles": 2, "triple": 3,
        "tripled": 3, "triples": 3, "quadrupled": 4, "quadruple": 4,
        "quadruples": 4}
DIVW = {"half": 2, "halved": 2, "halves": 2, "a third": 3, "a quarter": 4}
BRITISH = ["colour", "neighbour", "favourite", "Mum", "grey", "biscuit",
           "wardrobe", "larder", "car boot sale", "aeroplane"]


def word_value(s):
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    if s == "a dozen":
        return 12
    if s in W:
        return W[s]
    if s in T:
        return T[s]
    if "-" in s:
        a, b = s.split("-", 1)
        if a in T and b in W and 0 < W[b] < 10:
            return T[a] + W[b]
    m = re.fullmatch(r"(\S+) times", s)
    if m:
        return word_value(m.group(1))
    return None


def calc(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b if a >= b else None
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def judge(rec, meta):
    """Return list of problems found (empty when the record is right)."""
    bad = []
    prob, steps = rec["problem"], rec["steps"]
    start, changes = meta["start"], meta["changes"]
    # ---- plan sanity
    if not 1 <= len(changes) <= 5:
        bad.append("change count")
    v = start[1] * start[2] if start[0] == "product" else start[1]
    if start[0] == "product":
        if not (start[1] <= 999 and start[2] <= 999):
            bad.append("factor > 999")
    elif v > 1000:
        bad.append("start > 1000")
    chain = [v]
    for ch in changes:
        if ch["b"] > 999 or ch["b"] < 1:
            bad.append("b range")
        v = calc(v, ch["op"], ch["b"])
        if v is None or not 0 <= v <= 9999:
            bad.append("chain out of range / inexact")
            return bad
        chain.append(v)
    true_final = chain[-1]
    # ---- problem text
    words = len(prob.split())
    if words > 90:
        bad.append(f"problem too long {words}")
    low = prob.lower()
    for txt in meta["start_texts"]:
        if txt.lower() not in low:
            bad.append("start text missing")
    if start[0] == "product":
        if [word_value(t) for t in meta["start_texts"]] != [start[1], start[2]]:
            bad.append("factor text value")
    elif word_value(meta["start_texts"][0]) != start[1]:
        bad.append("start text value")
    for ch, shown in zip(changes, meta["shown"]):
        if shown.lower() not in low:
            bad.append(f"change text missing: {shown}")
        if ch["op"] in "+-":
            val = word_value(shown)
        elif ch["op"] == "*":
            val = MULW.get(shown, word_value(shown))
        else:
            val = DIVW.get(shown, word_value(shown))
        if val != ch["b"]:
            bad.append(f"shown {shown!r} != {ch['b']}")
    for d in re.findall(r"\d+", prob):
        if int(d) > 1000 or (int(d) == 1000 and start[1] != 1000):
            bad.append("number > 999 in problem")
    for m in re.finditer(r"(?:, and then|, and later|; then|, and after that) "
                         r"([A-Z][\w]*)", prob):
        if m.group(1) not in G.PROPER | {"Mom"}:
            bad.append("capital after join: " + m.group(1))
    if not re.search(r"\?|find out how many|[Ww]ork out how many", prob):
        bad.append("no question")
    if meta["us"]:
        for w in BRITISH:
            if re.search(r"\b" + w + r"\b", prob + " ".join(steps)):
                bad.append("british word in US record: " + w)
    # ---- step format
    if len(steps) != len(changes) + (1 if start[0] == "product" else 0) + 1:
        bad.append("step count")
        return bad
    parsed = []
    for s in steps[:-1]:
        eqs = EQ_RE.findall(s)
        if len(eqs) != 1 or s.count("=") != 1:
            bad.append(f"not exactly one equation: {s!r}")
            return bad
        a, o, b, c = eqs[0]
        parsed.append((int(a), SYM[o], int(b), int(c)))
    last = steps[-1]
    if "=" in last or EQ_RE.search(last):
        bad.append("equation in final step")
    nums = re.findall(r"\d+", last)
    if len(nums) != 1:
        bad.append(f"final step numbers {nums}")
        return bad
    ans = int(nums[0])
    if [tuple(x) for x in meta["written"]] != parsed:
        bad.append("parsed steps differ from plan")
    if ans != meta["answer"]:
        bad.append("answer differs from plan")
    # ---- judge every step independently
    first_err, first_kind = -1, "none"
    prev = None
    for k, (a, op, b, c) in enumerate(parsed):
        if start[0] == "product" and k == 0:
            exp_op = "*"
            operands_ok = sorted((a, b)) == sorted((start[1], start[2]))
        else:
            ch = changes[k - 1 if start[0] == "product" else k]
            exp_op = ch["op"]
            exp_a = start[1] if k == 0 else prev
            operands_ok = (a == exp_a and b == ch["b"])
        arith_ok = calc(a, op, b) == c
        kind = None
        if op != exp_op:
            kind = "operation"
        elif not operands_ok:
            kind = "operand"
        elif not arith_ok:
            kind = "arithmetic"
        if kind and first_err == -1:
            first_err, first_kind = k, kind
        elif kind and first_err != -1:
            bad.append(f"second error after the first at step {k}")
        if kind == "operation" and calc(a, op, b) != c:
            bad.append("operation error with bad arithmetic too")
        prev = c
    if ans != prev and first_err == -1:
        first_err, first_kind = len(steps) - 1, "answer"
    elif ans != prev:
        bad.append("answer not copied after earlier error")
    if first_err != rec["label"]:
        bad.append(f"label {rec['label']} but derived {first_err}")
    if first_kind != rec["error_kind"]:
        bad.append(f"kind {rec['error_kind']} but derived {first_kind}")
    if (ans == true_final) != rec["final_answer_correct"]:
        bad.append("final_answer_correct wrong")
    if first_err == -1 and ans != true_final:
        bad.append("clean chain but wrong final")
    return bad


def main():
    seeds = [int(x) for x in sys.argv[1:]] or [1, 2, 20261203]
    # static breadth checks
    print("names:", len(set(G.GIRLS + G.BOYS)), "items:", len(set(i[1] for i in G.ITEMS)))
    print("templates  add:", len(G.ADD) + len(G.P_ADD) + len(G.PLUP_ADD),
          "sub:", len(G.SUB) + len(G.P_SUB) + len(G.PLUP_SUB),
          "mul:", len(G.MUL) + len(G.P_MUL), "div:", len(G.DIV) + len(G.P_DIV))
    num_words = set(W) | set(T) | {"dozen", "twice", "half", "third", "quarter"}
    for sc in G.SCENES:
        toks = set(re.findall(r"[a-z]+", sc.lower()))
        assert not re.search(r"\d", sc) and not (toks & num_words), sc
    assert len(set(G.GIRLS + G.BOYS)) >= 200 and len(set(i[1] for i in G.ITEMS)) >= 200
    # determinism and speed
    a = G.generate(7, 300)
    b = G.generate(7, 300)
    assert a == b, "not deterministic"
    t = time.time()
    G.generate(99, 1000)
    dt = time.time() - t
    print(f"1000 records in {dt:.2f}s")
    assert dt < 2.0
    total_bad = 0
    for seed in seeds:
        pairs = G.generate_with_meta(seed, 2000)
        kinds = collections.Counter()
        pos = collections.Counter()
        labels_rel = collections.Counter()
        nsteps = collections.Counter()
        ids = set()
        fac = collections.Counter()
        extra = collections.Counter()
        for rec, meta in pairs:
            assert set(rec) == {"id", "problem", "steps", "label",
                                "final_answer_correct", "error_kind"}
            assert rec["id"] not in ids
            ids.add(rec["id"])
            problems = judge(rec, meta)
            if problems:
                total_bad += 1
                if total_bad <= 15:
                    print("BAD", rec["id"], problems)
                    print("   ", rec["problem"])
                    print("   ", rec["steps"])
            kinds[rec["error_kind"]] += 1
            if rec["error_kind"] != "none":
                L = rec["label"]
                n = len(rec["steps"])
                p = ("answer" if L == n - 1 else "first" if L == 0 else
                     "last_eq" if L == n - 2 else "middle")
                pos[p] += 1
            nsteps[len(rec["steps"])] += 1
            fac[rec["final_answer_correct"]] += 1
            extra["product"] += meta["start"][0] == "product"
            extra["flashback"] += bool(meta["flash"])
            extra["before_that"] += meta["order"][1] is not None
            extra["present"] += meta["present"]
            extra["us"] += meta["us"]
            extra["distractor_num"] += bool(meta["distract"])
            extra["quotes"] += '"' in rec["problem"]
            extra["dozen"] += "dozen" in rec["problem"]
            extra["hash_answer"] += rec["steps"][-1].startswith("####")
        n = len(pairs)
        print(f"seed {seed}: {n} records")
        print("  kinds:", {k: f"{v / n:.3f}" for k, v in sorted(kinds.items())})
        print("  error positions:", dict(pos))
        print("  steps per record:", dict(sorted(nsteps.items())))
        print("  final_answer_correct:", dict(fac))
        print("  features:", {k: f"{v / n:.2f}" for k, v in extra.items()})
        assert 0.40 <= kinds["none"] / n <= 0.50, "correct share"
        for k in G.KINDS:
            assert 0.10 <= kinds[k] / n <= 0.18, k
        for p in ("first", "middle", "last_eq", "answer"):
            assert pos[p] / sum(pos.values()) >= 0.15, p
    print("records with problems:", total_bad)
    if total_bad:
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
