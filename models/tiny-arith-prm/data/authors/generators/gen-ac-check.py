#!/usr/bin/env python3
"""Checker for gen-ac/generator.py.

For every record of generate(seed, N) it re-derives the true chain from the internal
representation (start + changes), parses every step independently, recomputes label,
error_kind and final_answer_correct, and checks format, numbers, problem wording and the mix.
Usage: python3 check.py [N] [seed ...]
"""
import collections
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generator as G  # noqa: E402

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
NORM = {"×": "*", "÷": "/", "−": "-"}
WORDNUM = {w: i for i, w in enumerate(G.NUMW)}
WORDNUM.update({v: k for k, v in G.TENS.items()})
SPECIAL = {"dozen": 12, "twice": 2, "double": 2, "doubled": 2, "doubles": 2, "doubling": 2,
           "triple": 3, "tripled": 3, "triples": 3, "tripling": 3, "quadruple": 4, "quadrupled": 4,
           "quadruples": 4, "half": 2, "halve": 2, "halved": 2, "halves": 2, "halving": 2,
           "third": 3, "thirds": 3}


def extract_numbers(text):
    t = text.lower()
    t = re.sub(r"\ball but one\b", " ", t)
    t = re.sub(r"\bone (share|pile|portion|group|part|hand)\b", " ", t)
    out = []
    for m in re.finditer(r"\d+|[a-z]+(?:-[a-z]+)*", t):
        tok = m.group(0)
        if tok.isdigit():
            out.append(int(tok))
            continue
        parts = tok.split("-")
        if len(parts) == 2 and parts[0] in G.TENS.values() and parts[1] in WORDNUM and WORDNUM[parts[1]] < 10:
            out.append(WORDNUM[parts[0]] + WORDNUM[parts[1]])
            continue
        for p in parts:
            if p in WORDNUM:
                out.append(WORDNUM[p])
            elif p in SPECIAL:
                out.append(SPECIAL[p])
    return out


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


def check_record(rec, rep, errs):
    rid = rec["id"]

    def bad(msg):
        errs.append(f"{rid}: {msg}")

    if set(rec) != {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}:
        bad("keys")
    start, changes = rep["start"], rep["changes"]
    product = start["kind"] == "product"
    # ---- true chain, numbers in range
    if product:
        v = start["a"] * start["b"]
        if not (start["a"] <= 999 and start["b"] <= 999):
            bad("factor > 999")
    else:
        v = start["value"]
        if v > 1000:
            bad("start > 1000")
    if not (1 <= len(changes) <= 5):
        bad("changes count")
    true_vals = [v]
    for ch in changes:
        if ch["n"] > 999 or ch["n"] < 1:
            bad("operand range")
        nv = calc(v, ch["op"], ch["n"])
        if nv is None or not (0 <= nv <= 9999):
            bad(f"true intermediate bad {v}{ch['op']}{ch['n']}")
            return
        v = nv
        true_vals.append(v)
    true_answer = v
    # ---- problem text
    p = rec["problem"]
    if len(p.split()) > 90:
        bad(f"problem too long {len(p.split())}")
    nums = extract_numbers(p)
    if product:
        exp_first = sorted([start["a"], start["b"]])
        ok = sorted(nums[:2]) == exp_first and nums[2:] == [c["n"] for c in changes]
    else:
        ok = nums == [start["value"]] + [c["n"] for c in changes]
    if not ok:
        bad(f"problem numbers {nums} vs start {start} changes {[c['n'] for c in changes]} :: {p}")
    if "{" in p or "}" in p or "  " in p:
        bad("template residue in problem: " + p)
    # ---- steps
    steps = rec["steps"]
    n_eq = len(changes) + (1 if product else 0)
    if len(steps) != n_eq + 1:
        bad(f"step count {len(steps)} != {n_eq + 1}")
        return
    label, kind = -1, "none"
    prev_c = None
    for i in range(n_eq):
        s = steps[i]
        ms = EQ.findall(s)
        if len(ms) != 1 or s.count("=") != 1:
            bad(f"step {i} equations {ms}: {s}")
            return
        a, op, b, c = ms[0]
        a, b, c = int(a), int(b), int(c)
        op = NORM.get(op, op)
        stripped = EQ.sub(" ", s)
        extra = [int(x) for x in re.findall(r"\d+", stripped)]
        if any(x not in (a, b) for x in extra):
            bad(f"step {i} stray numbers {extra}: {s}")
        if "{" in s or "}" in s:
            bad("template residue in step: " + s)
        if product and i == 0:
            exp_op = "*"
            operands_ok = sorted((a, b)) == sorted((start["a"], start["b"]))
        else:
            ch = changes[i - (1 if product else 0)]
            exp_a = prev_c if i > 0 else start["value"]
            exp_op = ch["op"]
            operands_ok = a == exp_a and b == ch["n"]
        op_ok = op == exp_op
        r = calc(a, op, b)
        arith_ok = r is not None and r == c
        faults = [k for k, okk in (("operand", operands_ok), ("operation", op_ok), ("arithmetic", arith_ok))
                  if not okk]
        if faults:
            if label != -1:
                bad(f"step {i} has a fault after the earliest error: {faults} :: {s}")
            elif len(faults) != 1:
                bad(f"step {i} has several faults {faults} :: {s}")
            else:
                label, kind = i, faults[0]
        if r is None:
            bad(f"step {i} inexact/undefined: {s}")
        if c < 0 or c > 99999:
            bad(f"step {i} value out of range {c}")
        prev_c = c
    last = steps[-1]
    if EQ.search(last) or "=" in last:
        bad("final step has an equation: " + last)
    fn = [int(x) for x in re.findall(r"\d+", last)]
    if len(fn) != 1:
        bad(f"final step numbers {fn}: {last}")
        return
    x = fn[0]
    if x != prev_c:
        if label == -1:
            label, kind = n_eq, "answer"
        else:
            bad("final answer does not continue the wrong chain")
    fac = x == true_answer
    if rec["label"] != label:
        bad(f"label {rec['label']} != derived {label}")
    if rec["error_kind"] != kind:
        bad(f"error_kind {rec['error_kind']} != derived {kind}")
    if rec["final_answer_correct"] != fac:
        bad(f"final_answer_correct {rec['final_answer_correct']} != derived {fac}")
    # sanity: slips should be plausible, not absurd
    if kind in ("arithmetic", "operand", "operation"):
        s = steps[label]
        a, op, b, c = EQ.findall(s)[0]
        tv = true_vals[label - (1 if product else 0)] if not (product and label == 0) else true_vals[0]
        if product and label == 0:
            tv = true_vals[0]
        else:
            tv = true_vals[label - (1 if product else 0) + 1]
        if int(c) == tv:
            bad("wrong step reproduces the true value")
    return label, kind, n_eq


def run(seed, n):
    t0 = time.time()
    recs = G.generate(seed, n)
    dt = time.time() - t0
    full = G._generate_full(seed, n)
    errs = []
    if [r for r, _ in full] != recs:
        errs.append("generate() differs from _generate_full() / not deterministic")
    if G.generate(seed, n) != recs:
        errs.append("not deterministic")
    ids = set()
    kinds = collections.Counter()
    pos = collections.Counter()
    fac = collections.Counter()
    nchg = collections.Counter()
    tense = collections.Counter()
    tmpl_used = collections.defaultdict(set)
    items, subjects = set(), set()
    for rec, rep in full:
        if rec["id"] in ids:
            errs.append("dup id " + rec["id"])
        ids.add(rec["id"])
        json.dumps(rec)
        res = check_record(rec, rep, errs)
        if res is None:
            continue
        label, kind, n_eq = res
        kinds[kind] += 1
        fac[(kind, rec["final_answer_correct"])] += 1
        nchg[len(rep["changes"])] += 1
        tense[rep["tense"]] += 1
        items.add(rep["item"])
        subjects.add(rep["subject"])
        for ch in rep["changes"]:
            tmpl_used[ch["op"]].add(ch["tid"])
        if label >= 0:
            if label == n_eq:
                pos["final answer"] += 1
            elif label == 0:
                pos["first step"] += 1
            elif label == n_eq - 1:
                pos["last equation"] += 1
            else:
                pos["middle"] += 1
    total = len(full)
    n_err = total - kinds["none"]
    # mix
    if not 0.42 <= kinds["none"] / total <= 0.48:
        errs.append(f"correct share {kinds['none'] / total:.3f}")
    for k in ("arithmetic", "operand", "operation", "answer"):
        if not 0.11 <= kinds[k] / total <= 0.165:
            errs.append(f"{k} share {kinds[k] / total:.3f}")
    for k in ("first step", "middle", "last equation", "final answer"):
        if pos[k] / max(1, n_err) < 0.15:
            errs.append(f"position {k} share {pos[k] / max(1, n_err):.3f}")
    if dt > 2.0 * n / 1000:
        errs.append(f"too slow: {dt:.2f}s for {n}")
    print(f"seed {seed}: {total} records in {dt:.2f}s, {len(errs)} problems")
    print("  kinds:", dict(kinds))
    print("  positions:", dict(pos))
    print("  final_answer_correct by kind:", dict(fac))
    print("  changes:", dict(sorted(nchg.items())), " tenses:", dict(tense))
    print("  distinct items used:", len(items), " subjects used:", len(subjects),
          " templates used per op:", {k: len(v) for k, v in tmpl_used.items()})
    return errs


def breadth():
    errs = []
    names = set(G.FEMALE) | set(G.MALE) | set(G.HANDLES)
    if len(names) < 200:
        errs.append(f"only {len(names)} names")
    if len(G.ALL_ITEMS) < 200 or len({i for i, _ in G.ALL_ITEMS}) != len(G.ALL_ITEMS):
        errs.append(f"items {len(G.ALL_ITEMS)} (or duplicates)")
    for nm, lst in (("add", G.ADD_T), ("sub", G.SUB_T), ("mul", G.MUL_T), ("div", G.DIV_T)):
        if len(lst) < 40:
            errs.append(f"{nm} phrasings {len(lst)}")
    for w in list(names) + [i for i, _ in G.ALL_ITEMS] + G.DISTRACT + G.OPENERS + G.CLOSERS + G.FRIENDS:
        if extract_numbers(w) or re.search(r"\d", w):
            errs.append("number inside vocabulary: " + w)
    print(f"breadth: {len(names)} names, {len(G.ALL_ITEMS)} items, add {len(G.ADD_T)}, sub {len(G.SUB_T)}, "
          f"mul {len(G.MUL_T)}, div {len(G.DIV_T)}, questions {len(G.QUESTIONS) + len(G.DIVQ_T)}, "
          f"step forms {len(G.STEP_FORMS)}, final forms {sum(len(v) for v in G.FINAL_FORMS.values())}")
    return errs


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    seeds = [int(s) for s in sys.argv[2:]] or [1, 2, 3, 20261203]
    errs = breadth()
    for s in seeds:
        errs += run(s, n)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "records.jsonl")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            on_disk = [json.loads(line) for line in fh]
        if on_disk != G.generate(20261203, 400):
            errs.append("records.jsonl differs from generate(20261203, 400)")
        else:
            print("records.jsonl == generate(20261203, 400):", len(on_disk), "records; checking them:")
            errs += run(20261203, 400)
    for e in errs[:40]:
        print("ERROR", e)
    print("TOTAL ERRORS:", len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
