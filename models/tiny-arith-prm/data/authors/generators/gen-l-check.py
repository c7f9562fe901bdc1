"""Checker for gen-l/generator.py.

For every record of generate(s, 2000) for a few seeds it re-derives the true chain from the
internal representation (start, list of (op, operand)), parses the written steps, and
recomputes label / error_kind / final_answer_correct from scratch. It also checks the
step format, the numbers in the problem text, the record mix, determinism and speed.
Run: python3 check.py            (exit status 1 on any failure)
"""
import collections
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generator as G  # noqa: E402

EQ_RE = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
OPMAP = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
_units = "one|two|three|four|five|six|seven|eight|nine"
WORD_RE = re.compile(
    r"\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(%s))?"
    r"|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen))\b" % _units, re.I)
ONE_OK = re.compile(r"\b(?:each|every) one\b|\bone (?:share|pile|bag|box|lot|part|third)\b", re.I)


def apply_op(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def check_record(rec, meta, fails):
    rid = rec["id"]

    def bad(msg):
        fails.append(f"{rid}: {msg}")

    # --- record shape
    keys = {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
    if set(rec) != keys:
        bad(f"keys {sorted(rec)}")
    if rec["error_kind"] not in ("none", "arithmetic", "operand", "operation", "answer"):
        bad("bad error_kind")
    # --- true chain from the internal representation
    init, ops, product = meta["init"], meta["ops"], meta["product"]
    if not (0 <= init <= 999 or init == 1000):
        bad(f"start {init}")
    cur = init
    for op, b in ops:
        if not (0 < b <= 999):
            bad(f"operand {b}")
        nxt = apply_op(cur, op, b)
        if nxt is None or not (0 <= nxt <= 9999):
            bad(f"bad true result {cur}{op}{b}")
            return None
        cur = nxt
    true_final = cur
    if not 1 <= len(ops) - (1 if product else 0) <= 5:
        bad("change count")
    # --- problem text: numbers
    prob = rec["problem"]
    if "lakh" in prob.lower() or "{" in prob or "<" in prob or "  " in prob:
        bad("template residue or banned word in problem")
    if any("{" in s or "<" in s for s in rec["steps"]):
        bad("template residue in steps")
    nwords = len(prob.split())
    if nwords > 90:
        bad(f"problem has {nwords} words")
    known_vals = {v for v, _ in meta["numbers"]}
    for v, t in meta["numbers"]:
        if t.lower() not in prob.lower():
            bad(f"number text {t!r} missing from problem")
    for d in re.findall(r"\d+", prob):
        if int(d) not in known_vals:
            bad(f"unexpected number {d} in problem")
        if int(d) > 999 and not (int(d) == 1000 and init == 1000):
            bad(f"number {d} > 999 in problem")
    cleaned = ONE_OK.sub("", prob)
    for m in WORD_RE.finditer(cleaned):
        w = m.group(0).lower()
        if G.WORD_TO_NUM.get(w) not in known_vals:
            bad(f"unexpected number word {w!r}")
    # --- steps
    steps = rec["steps"]
    n_eq = len(ops)
    if len(steps) != n_eq + 1:
        bad(f"{len(steps)} steps for {n_eq} equations")
        return None
    parsed = []
    for i, s in enumerate(steps[:-1]):
        ms = EQ_RE.findall(s)
        if len(ms) != 1 or s.count("=") != 1:
            bad(f"step {i} does not hold exactly one equation: {s!r}")
            return None
        a, op, b, c = ms[0]
        parsed.append((int(a), OPMAP[op], int(b), int(c)))
    last = steps[-1]
    if EQ_RE.search(last) or "=" in last:
        bad(f"final step has an equation: {last!r}")
    nums = re.findall(r"\d+", last)
    if len(nums) != 1:
        bad(f"final step should state one number: {last!r}")
        return None
    stated = int(nums[0])
    if [tuple(x) for x in meta["eqs"]] != parsed:
        bad("written steps differ from internal equations")
    # --- re-derive the label
    label, kind = -1, "none"
    prev = None
    for i, (a, op, b, c) in enumerate(parsed):
        exp_op, exp_b = ops[i]
        kinds = set()
        if product and i == 0:
            if sorted((a, b)) != sorted((init, exp_b)):
                kinds.add("operand")
        else:
            exp_a = init if i == 0 else prev
            if a != exp_a or b != exp_b:
                kinds.add("operand")
        if op != exp_op:
            kinds.add("operation")
        r = apply_op(a, op, b)
        if r != c:
            kinds.add("arithmetic")
        if kinds:
            if label == -1:
                if len(kinds) != 1:
                    bad(f"step {i} mixes error kinds {kinds}")
                label, kind = i, kinds.pop()
            else:
                bad(f"step {i} after the first error is not a clean continuation: {kinds}")
        if r is None or r < 0:
            bad(f"step {i} impossible value")
        prev = c
    if stated != prev:
        if label == -1:
            label, kind = n_eq, "answer"
        else:
            bad("final answer does not copy the last result after an earlier error")
    fac = stated == true_final
    if label != rec["label"]:
        bad(f"label {rec['label']} but re-derived {label}")
    if kind != rec["error_kind"]:
        bad(f"error_kind {rec['error_kind']} but re-derived {kind}")
    if fac != rec["final_answer_correct"]:
        bad(f"final_answer_correct {rec['final_answer_correct']} but re-derived {fac}")
    if label == -1 and stated != true_final:
        bad("correct record with wrong answer")
    # slip size for arithmetic errors (reported, to see the slips stay small)
    slip = None
    if kind == "arithmetic":
        a, op, b, c = parsed[label]
        slip = abs(c - apply_op(a, op, b))
    pos = None
    if label >= 0:
        if label == n_eq:
            pos = "final"
        elif label == 0:
            pos = "first"
        elif label == n_eq - 1:
            pos = "last"
        else:
            pos = "middle"
    return {"label": label, "kind": kind, "pos": pos, "words": nwords, "n_eq": n_eq, "slip": slip}


def main():
    fails = []
    seeds = [1, 2, 20261203]
    allstats = []
    for s in seeds:
        pairs = G.generate_with_meta(s, 2000)
        if len(pairs) != 2000:
            fails.append(f"seed {s}: {len(pairs)} records")
        stats = []
        ids = set()
        for rec, meta in pairs:
            if rec["id"] in ids:
                fails.append(f"duplicate id {rec['id']}")
            ids.add(rec["id"])
            st = check_record(rec, meta, fails)
            if st:
                stats.append(st)
        allstats.append((s, stats))
        # mix
        n = len(stats)
        kinds = collections.Counter(x["kind"] for x in stats)
        poss = collections.Counter(x["pos"] for x in stats if x["pos"])
        nerr = sum(poss.values())
        print(f"seed {s}: {n} records checked")
        print("  kinds:", {k: f"{v / n:.3f}" for k, v in sorted(kinds.items())})
        print("  error positions:", {k: f"{v / nerr:.3f}" for k, v in sorted(poss.items())})
        print("  equations per record:", dict(sorted(collections.Counter(x["n_eq"] for x in stats).items())))
        ws = [x["words"] for x in stats]
        sl = collections.Counter(min(x["slip"], 1000) for x in stats if x["slip"] is not None)
        print("  arithmetic slip sizes (capped 1000):", dict(sorted(sl.items())))
        print(f"  words per problem: mean {sum(ws) / len(ws):.1f}, max {max(ws)}")
        if not 0.42 <= kinds["none"] / n <= 0.48:
            fails.append(f"seed {s}: correct share {kinds['none'] / n:.3f}")
        for k in ("arithmetic", "operand", "operation", "answer"):
            if not 0.12 <= kinds[k] / n <= 0.155:
                fails.append(f"seed {s}: {k} share {kinds[k] / n:.3f}")
        for p in ("first", "middle", "last", "final"):
            if not 0.18 <= poss[p] / nerr <= 0.32:
                fails.append(f"seed {s}: position {p} share {poss[p] / nerr:.3f}")
    # determinism and speed
    a = G.generate(5, 300)
    b = G.generate(5, 300)
    if json.dumps(a) != json.dumps(b):
        fails.append("generate is not deterministic")
    if json.dumps(a) != json.dumps([r for r, _ in G.generate_with_meta(5, 300)]):
        fails.append("generate differs from generate_with_meta")
    t = time.time()
    G.generate(9, 1000)
    dt = time.time() - t
    print(f"generate(9, 1000) took {dt:.2f}s")
    if dt > 2.0:
        fails.append(f"too slow: {dt:.2f}s")
    # breadth
    print("breadth: add templates", len(G.ADD_T) + len(G.PADD_T), "| subtract", len(G.SUB_T) + len(G.PSUB_T),
          "| multiply", len(G.MUL_T) + len(G.PMUL_T), "| divide", len(G.DIV_T) + len(G.DIVQ_T) + len(G.PDIV_T) + len(G.PDIVQ_T),
          "| items", len(set(G.ALL_ITEMS)), "| names", len(set(n for n, _ in G.NAMES)),
          "| questions", len(G.QUESTIONS) + len(G.PQUESTIONS) + len(G.DIVQ_T))
    if len(set(G.ALL_ITEMS)) < 200 or len(set(n for n, _ in G.NAMES)) < 200:
        fails.append("breadth: fewer than 200 items or names")
    if fails:
        print(f"FAILURES ({len(fails)}):")
        for f in fails[:40]:
            print("  ", f)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
