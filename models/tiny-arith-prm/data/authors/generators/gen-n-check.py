"""Checker for generator.py: re-derives every label from the internal representation."""
import collections
import re
import sys
import time

import generator as G

EQ = re.compile(r"(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)")
NUMWORDS = set(G.ONES[2:]) | set(G.TENS.values()) | {"dozen"}
COMPOUND = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b", re.I)


def true_chain(meta):
    if meta["factors"]:
        f1, f2 = meta["factors"]
        cur = f1 * f2
        first_a = f1
        eqs = [("*", f2)]
    else:
        cur = meta["start"]
        first_a = cur
        eqs = []
    chain = [cur] if meta["factors"] else []
    for op, b in meta["changes"]:
        eqs.append((op, b))
        nxt = G.apply_op(cur, op, b)
        assert nxt is not None, "inexact division in true chain"
        assert 0 <= nxt <= 9999, "true value out of range"
        cur = nxt
        chain.append(cur)
    return first_a, eqs, chain


def check_record(rec, meta, errs):
    rid = rec["id"]
    first_a, eqs, chain = true_chain(meta)
    assert chain[-1] == meta["true_answer"], rid
    steps = rec["steps"]
    if len(steps) != len(eqs) + 1:
        errs.append((rid, "step count"))
        return None
    parsed = []
    for i, s in enumerate(steps[:-1]):
        m = EQ.findall(s)
        if len(m) != 1 or s.count("=") != 1:
            errs.append((rid, f"step {i} equation count: {s}"))
            return None
        a, op, b, c = m[0]
        allowed = {a, b, c}
        for d in re.findall(r"\d+", s):
            if d not in allowed:
                errs.append((rid, f"stray number in step {i}: {s}"))
        parsed.append((int(a), G.NORM[op], int(b), int(c)))
    fin = steps[-1]
    if "=" in fin or EQ.search(fin):
        errs.append((rid, "equation in final step"))
    nums = re.findall(r"\d+", fin)
    if len(nums) != 1:
        errs.append((rid, f"final step numbers: {fin}"))
        return None
    final = int(nums[0])
    # earliest error
    label, kind = -1, "none"
    prev = None
    for i, (a, op, b, c) in enumerate(parsed):
        exp_a = first_a if i == 0 else prev
        exp_op, exp_b = eqs[i]
        k = None
        if a != exp_a or b != exp_b:
            k = "operand"
            if a != exp_a and b != exp_b:
                errs.append((rid, "two operands wrong"))
            if op != exp_op:
                errs.append((rid, "operand and operation wrong together"))
        elif op != exp_op:
            k = "operation"
        else:
            val = G.apply_op(a, op, b)
            if val != c:
                k = "arithmetic"
        if k is not None:
            if label == -1:
                label, kind = i, k
                # the erroneous step itself must have only that one fault
                if k in ("operand", "operation") and G.apply_op(a, op, b) != c:
                    errs.append((rid, "mixed fault"))
            else:
                errs.append((rid, f"second error at step {i} ({k})"))
        prev = c
    if label == -1 and final != parsed[-1][3]:
        label, kind = len(parsed), "answer"
    if label != -1 and kind != "answer" and final != parsed[-1][3]:
        errs.append((rid, "final answer inconsistent with written chain after an equation error"))
    if rec["label"] != label:
        errs.append((rid, f"label {rec['label']} != derived {label}"))
    if rec["error_kind"] != kind:
        errs.append((rid, f"kind {rec['error_kind']} != derived {kind}"))
    if rec["final_answer_correct"] != (final == chain[-1]):
        errs.append((rid, "final_answer_correct wrong"))
    for (_, _, _, c) in parsed:
        if not (0 <= c <= 9999):
            errs.append((rid, "written value out of range"))
    # problem text
    p = rec["problem"]
    if len(p.split()) >= 90:
        errs.append((rid, "too long"))
    if re.search(r"[{}<>=_]", p):
        errs.append((rid, f"template debris: {p}"))
    digits = sorted(int(x) for x in re.findall(r"\d+", p))
    if digits != sorted(meta["digit_nums"]):
        errs.append((rid, f"digit numbers {digits} vs {sorted(meta['digit_nums'])}: {p}"))
    for d in digits:
        if d > 999 and not (d == 1000 and meta["start"] == 1000 and not meta["factors"]):
            errs.append((rid, "number above 999 in problem"))
    low = p.lower()
    for surf_list in meta["change_surfaces"]:
        for sf in surf_list:
            if sf.lower() not in low:
                errs.append((rid, f"surface {sf!r} missing"))
    # spelled cardinals in problem must come from the number surfaces
    comp = [m.group(0).lower() for m in COMPOUND.finditer(p)]
    p_nocomp = COMPOUND.sub(" ", p)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", p_nocomp) if w.lower() in NUMWORDS]
    exp_words = []
    for sf in meta["surfaces"]:
        if "-" in sf and not sf[0].isdigit():
            continue
        for w in sf.lower().split():
            if w in NUMWORDS:
                exp_words.append(w)
    exp_comp = [sf.lower() for sf in meta["surfaces"] if COMPOUND.fullmatch(sf)]
    if sorted(words) != sorted(exp_words) or sorted(comp) != sorted(exp_comp):
        errs.append((rid, f"number words {words}/{comp} vs {exp_words}/{exp_comp}: {p}"))
    n_eq = len(parsed)
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
    return pos


def main():
    seeds = [1, 7, 20261203, 99991]
    all_errs = []
    for seed in seeds:
        t = time.time()
        full = G._generate_full(seed, 2000)
        dt = time.time() - t
        recs = G.generate(seed, 2000)
        assert recs == [r for r, _ in full], "nondeterministic"
        assert G.generate(seed, 2000) == recs, "nondeterministic"
        assert len(recs) == 2000
        assert len({r["id"] for r in recs}) == 2000
        errs = []
        kinds = collections.Counter()
        pos = collections.Counter()
        ops = collections.Counter()
        nch = collections.Counter()
        fac = 0
        for rec, meta in full:
            assert set(rec) == {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}
            pp = check_record(rec, meta, errs)
            kinds[rec["error_kind"]] += 1
            pos[pp] += 1
            for op, _ in meta["changes"]:
                ops[op] += 1
            nch[len(meta["changes"])] += 1
            fac += bool(meta["factors"]) and not rec["final_answer_correct"]
        n = len(recs)
        nerr = n - kinds["none"]
        print(f"seed {seed}: {dt:.2f}s for 2000; correct={kinds['none']/n:.3f}",
              {k: round(v / nerr, 3) for k, v in kinds.items() if k != "none"},
              "positions:", {k: round(v / nerr, 3) for k, v in pos.items() if k != "none"},
              "ops:", dict(ops), "n_changes:", dict(sorted(nch.items())))
        if not 0.40 <= kinds["none"] / n <= 0.50:
            errs.append(("mix", "correct share"))
        for k in G.KINDS:
            if not 0.18 <= kinds[k] / nerr <= 0.32:
                errs.append(("mix", f"kind share {k}"))
        for k in ("first", "middle", "last", "final"):
            if not 0.15 <= pos[k] / nerr <= 0.36:
                errs.append(("mix", f"position share {k}"))
        all_errs += errs
    # breadth
    print("names:", len(set(G.FEMALE + G.MALE + G.SURNAMES)),
          "items:", sum(len(c["items"]) for c in G.CATS.values()),
          "add:", len(G.ADD_T), "sub:", len(G.SUB_T), "mul:", len(G.MUL_T),
          "div:", len(G.DIV_T) + len(G.DIVQ_T))
    for e in all_errs[:30]:
        print("ERR", e)
    print("TOTAL ERRORS:", len(all_errs))
    t = time.time()
    G.generate(5, 1000)
    print(f"1000 records in {time.time() - t:.2f}s")
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main())
