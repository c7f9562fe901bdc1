#!/usr/bin/env python3
"""Checker for gen-af/generator.py.

For every record of generate(s, 2000) for a few seeds it re-derives, from the
internal plan only (start or factors, list of (op, n)), the true chain of
results; parses the written equations from the step TEXT; recomputes the
earliest wrong step, its kind and final_answer_correct independently, and
compares them with the record.  It also checks the step format (exactly one
`a op b = c` per non-final step, none in the final step), that the problem text
states the plan's numbers in order, the numeric limits, problem length and the
mix of kinds and positions.  `python3 check.py` runs everything, including a
corruption test that must make the checker complain.
"""
import collections
import json
import re
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generator as G  # noqa: E402

OPS = '+\\-*/×÷−'
EQ = re.compile(r'(?<![\d.,])(\d+)\s*([' + OPS + r'])\s*(\d+)\s*=\s*(\d+)(?!\d)(?!\.\d)(?!,\d)')
STRAY = re.compile(r'\d\s*[' + OPS + r'=]+\s*\d')
NORM = {'+': '+', '-': '-', '−': '-', '*': '*', '×': '*', '/': '/', '÷': '/'}
WORDS = {w: i for i, w in enumerate(G.ONES)}
WORDS.update({v: k for k, v in G.TENS.items()})


def calc(a, op, b):
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


def parse_eq_step(s):
    """Return (a, op, b, c) or an error string."""
    t = s.replace('**', ' ')
    ms = list(EQ.finditer(t))
    if len(ms) != 1:
        return f"{len(ms)} equations"
    m = ms[0]
    rest = t[:m.start()] + ' EQ ' + t[m.end():]
    if '=' in rest:
        return "stray '='"
    if STRAY.search(rest):
        return "stray digit-operator-digit"
    before = t[:m.start()].rstrip(' \n\\[`$')
    after = t[m.end():].lstrip(' \n\\]`$')
    if before and (before[-1].isdigit() or before[-1] in OPS):
        return "digit/operator touching the equation (before)"
    if after and (after[0].isdigit() or after[0] in OPS + '='):
        return "digit/operator touching the equation (after)"
    return int(m.group(1)), NORM[m.group(2)], int(m.group(3)), int(m.group(4))


def parse_final(s):
    t = s.replace('**', ' ')
    if '=' in t:
        return "final step has '='"
    if STRAY.search(t):
        return "final step has digit-operator-digit"
    nums = [int(x) for x in re.findall(r'\d+', t)]
    if not nums:
        return "final step has no number"
    if len(set(nums)) != 1:
        return f"final step has several numbers {nums}"
    return nums[0]


def problem_mentions(text):
    """Numbers stated in the problem, in order (digits, words, 'a dozen'); 'one' ignored."""
    t = text.lower()
    toks = re.findall(r"a dozen|[a-z]+(?:-[a-z]+)*|\d+", t)
    out = []
    for tok in toks:
        if tok == 'a dozen':
            out.append(12)
        elif tok.isdigit():
            out.append(int(tok))
        elif tok in WORDS and tok not in ('one', 'zero'):
            out.append(WORDS[tok])
        elif '-' in tok:
            x, y = tok.split('-', 1)
            if x in G.TENS.values() and y in WORDS and 0 < WORDS[y] < 10:
                out.append(WORDS[x] + WORDS[y])
            elif y == 'fold' and x in WORDS:
                out.append(WORDS[x])
            elif y == 'fold' and '-' in x:
                u, v = x.split('-', 1)
                if u in G.TENS.values() and v in WORDS:
                    out.append(WORDS[u] + WORDS[v])
    return out


IMPLICIT = {('*', 2): r'twice|doubl', ('*', 3): r'tripl', ('*', 4): r'quadrupl',
            ('/', 2): r'half|halv', ('/', 3): r'a third'}


def check_record(rec, meta):
    errs = []
    keys = {'id', 'problem', 'steps', 'label', 'final_answer_correct', 'error_kind'}
    if set(rec) != keys:
        errs.append(f"keys {sorted(rec)}")
        return errs, None
    changes = meta['changes']
    if not 1 <= len(changes) <= 5:
        errs.append("number of changes")
    # ---- true chain from the plan only
    if meta['factors']:
        fa, fb = meta['factors']
        if not (1 <= fa <= 999 and 1 <= fb <= 999):
            errs.append("factor range")
        cur = fa * fb
    else:
        cur = meta['start']
        if not (0 <= cur <= 1000):
            errs.append("start range")
    chain = [cur]
    for op, n, imp in changes:
        if not 0 <= n <= 999:
            errs.append("operand range")
        nv = calc(cur, op, n)
        if nv is None or not 0 <= nv <= 9999:
            errs.append(f"true chain invalid at {cur}{op}{n}")
            return errs, None
        cur = nv
        chain.append(cur)
    truth = cur
    E = len(changes) + (1 if meta['factors'] else 0)
    steps = rec['steps']
    if len(steps) != E + 1:
        errs.append(f"{len(steps)} steps for {E} equations")
        return errs, None
    # ---- parse and judge the written equations
    written = []
    for i, s in enumerate(steps[:-1]):
        r = parse_eq_step(s)
        if isinstance(r, str):
            errs.append(f"step {i}: {r}")
            return errs, None
        written.append(r)
    fin = parse_final(steps[-1])
    if isinstance(fin, str):
        errs.append(fin)
        return errs, None
    first_err, kind = None, None
    later_errs = 0
    for i, (a, op, b, c) in enumerate(written):
        if meta['factors'] and i == 0:
            exp_ops, exp_op = sorted(meta['factors']), '*'
            operand_bad = sorted((a, b)) != exp_ops
        else:
            j = i - (1 if meta['factors'] else 0)
            exp_op, exp_b = changes[j][0], changes[j][1]
            if i == 0:
                exp_a = meta['start']
            else:
                exp_a = written[i - 1][3]
            operand_bad = a != exp_a or b != exp_b
        if operand_bad:
            k = 'operand'
        elif op != exp_op:
            k = 'operation'
        elif calc(a, op, b) != c:
            k = 'arithmetic'
        else:
            k = None
        if k:
            if first_err is None:
                first_err, kind = i, k
            else:
                later_errs += 1
        if not 0 <= c <= 9999:
            errs.append(f"written value out of range in step {i}")
    if later_errs:
        errs.append("steps after the first error are not consistent continuations")
    if first_err is None:
        if fin != written[-1][3]:
            first_err, kind = E, 'answer'
        else:
            first_err, kind = -1, 'none'
    elif fin != written[-1][3]:
        errs.append("final answer does not copy the last written result after an earlier error")
    fac = fin == truth
    if rec['label'] != first_err:
        errs.append(f"label {rec['label']} != derived {first_err}")
    if rec['error_kind'] != kind:
        errs.append(f"error_kind {rec['error_kind']} != derived {kind}")
    if rec['final_answer_correct'] != fac:
        errs.append(f"final_answer_correct {rec['final_answer_correct']} != derived {fac}")
    if kind == 'none' and not fac:
        errs.append("correct record with wrong final")
    # ---- the problem states the plan's numbers, in order
    ment = problem_mentions(rec['problem'])
    expected = []
    if meta['factors']:
        fa, fb = meta['factors']
        expected += [fa, fb] if meta['start_order'] == 'ab' else [fb, fa]
    else:
        expected.append(meta['start'])
    expected += [n for op, n, imp in changes if not imp]
    if ment != expected:
        errs.append(f"problem numbers {ment} != plan {expected}")
    low = rec['problem'].lower()
    for op, n, imp in changes:
        if imp and not re.search(IMPLICIT[(op, n)], low):
            errs.append(f"implicit {op}{n} word missing")
    nw = len(rec['problem'].split())
    if nw > 95:
        errs.append(f"problem has {nw} words")
    if meta['nsent'] > 8:
        errs.append(f"problem has {meta['nsent']} sentences")
    pos = None
    if first_err >= 0:
        pos = 'final' if first_err == E else ('first' if first_err == 0 else ('last' if first_err == E - 1 else 'middle'))
    return errs, (kind, pos, E, nw)


def run(seeds=(1, 2, 3), n=2000, verbose=True):
    total_bad = 0
    agg_kind = collections.Counter()
    agg_pos = collections.Counter()
    agg_len = collections.Counter()
    maxw = 0
    for seed in seeds:
        pairs = G.generate_with_meta(seed, n)
        plain = G.generate(seed, n)
        if [r for r, _ in pairs] != plain:
            print("NOT DETERMINISTIC for seed", seed)
            total_bad += 1
        ids = set()
        kinds = collections.Counter()
        poss = collections.Counter()
        for rec, meta in pairs:
            if rec['id'] in ids:
                print("duplicate id", rec['id'])
                total_bad += 1
            ids.add(rec['id'])
            errs, info = check_record(rec, meta)
            if errs:
                total_bad += 1
                if total_bad <= 15:
                    print("BAD", rec['id'], errs)
                    print(json.dumps(rec, ensure_ascii=False)[:1500])
                continue
            kind, pos, E, nw = info
            kinds[kind] += 1
            if pos:
                poss[pos] += 1
            agg_len[E] += 1
            maxw = max(maxw, nw)
        agg_kind.update(kinds)
        agg_pos.update(poss)
        if verbose:
            print(f"seed {seed}: {n} records, kinds {dict(kinds)}, positions {dict(poss)}")
        # mix checks per seed
        if not 0.40 <= kinds['none'] / n <= 0.50:
            print("MIX: share of correct records off", kinds['none'] / n)
            total_bad += 1
        for k in ('arithmetic', 'operand', 'operation', 'answer'):
            if not 0.10 <= kinds[k] / n <= 0.18:
                print("MIX: kind share off", k, kinds[k] / n)
                total_bad += 1
        nerr = sum(poss.values())
        for p in ('first', 'middle', 'last', 'final'):
            if not 0.17 <= poss[p] / nerr <= 0.33:
                print("MIX: position share off", p, poss[p] / nerr)
                total_bad += 1
    if verbose:
        print("equations per record:", dict(sorted(agg_len.items())), " max problem words:", maxw)
    return total_bad, agg_kind, agg_pos


def breadth():
    out = {}
    for op, lst in G.TEMPLATES.items():
        out[op] = len(lst)
    out['div-each'] = len(G.EACH)
    out['starts'] = len(G.STARTS) + len(G.PSTARTS)
    out['items'] = len(G.ITEMS)
    out['names'] = len(set(G.FEMALE + G.MALE + G.NEUTRAL))
    return out


def corruption_test(seed=7, n=300):
    """Mutate records in ways that must be caught; every mutation must be flagged."""
    pairs = G.generate_with_meta(seed, n)
    caught = missed = 0
    for idx, (rec, meta) in enumerate(pairs):
        r = json.loads(json.dumps(rec))
        mode = idx % 5
        if mode == 0:   # flip a label
            r['label'] = -1 if rec['label'] != -1 else 0
        elif mode == 1:  # flip final_answer_correct
            r['final_answer_correct'] = not rec['final_answer_correct']
        elif mode == 2:  # change a result digit in the first step's equation
            s = r['steps'][0]
            m = EQ.search(s.replace('**', '  '))
            c = m.group(4)
            new = str(int(c) + 1)
            r['steps'][0] = s[:m.start(4)] + new + s[m.end(4):]
        elif mode == 3:  # add a second equation to the first step
            r['steps'][0] += " (check: 2 + 2 = 4)"
        else:            # wrong error kind
            r['error_kind'] = 'operation' if rec['error_kind'] != 'operation' else 'arithmetic'
        errs, _ = check_record(r, meta)
        if errs:
            caught += 1
        else:
            missed += 1
    return caught, missed


if __name__ == '__main__':
    seeds = [int(x) for x in sys.argv[1:]] or [1, 2, 3]
    bad, kinds, poss = run(seeds)
    print("breadth:", breadth())
    c, m = corruption_test()
    print(f"corruption test: {c} mutated records caught, {m} missed")
    print("RESULT:", "OK" if bad == 0 and m == 0 else f"{bad} problems, {m} missed mutations")
    sys.exit(0 if bad == 0 and m == 0 else 1)
