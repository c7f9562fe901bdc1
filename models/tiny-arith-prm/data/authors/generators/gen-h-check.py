"""Checker for gen-h: re-derives every label from the internal representation."""
import re
import sys
from collections import Counter

import generator as G

EQ = re.compile(r'(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)')
OPMAP = {'+': 'add', '-': 'sub', '−': 'sub', '*': 'mul', '×': 'mul', '/': 'div', '÷': 'div'}
NUMWORDS = set(G.ONES[1:]) | set(G.TENS.values()) | {'dozen', 'twice', 'double', 'doubles', 'doubled',
                                                       'triple', 'triples', 'tripled', 'half', 'halve', 'halves',
                                                       'halved', 'third', 'quadruple', 'quadruples', 'quadrupled',
                                                       'hundred', 'thousand'} | set(G.FOLD.values())
WHITELIST = ['single one', 'one share', 'one group', 'one pile', 'one box', 'one crate', 'one portion',
             'one stack', 'one part', 'one bundle', 'one lot', 'one of the lots', 'one bag']


def ev(op, a, b):
    if op == 'add':
        return a + b
    if op == 'sub':
        return a - b
    if op == 'mul':
        return a * b
    return a // b if b and a % b == 0 else None


def check_record(rec, meta, errs):
    rid = rec['id']
    start, changes = meta['start'], meta['changes']
    # true chain, independently
    if start['kind'] == 'prod':
        v = start['a'] * start['b']
        assert v == start['value']
        exp = [('mul', None, None)]
    else:
        v = start['value']
        exp = []
    truth = [v]
    for ch in changes:
        v = ev(ch['op'], v, ch['b'])
        if v is None or v < 0 or v > 9999:
            errs.append(f'{rid}: bad true value {v}')
            return
        truth.append(v)
        exp.append((ch['op'], ch['b'], None))
    answer = truth[-1]
    if not 1 <= len(changes) <= 5:
        errs.append(f'{rid}: {len(changes)} changes')
    # numbers in problem
    pnums = [start['a'], start['b']] if start['kind'] == 'prod' else [start['value']]
    pnums += [c['b'] for c in changes]
    for i, x in enumerate(pnums):
        if x > 999 and not (i == 0 and start['kind'] == 'plain' and x == 1000):
            errs.append(f'{rid}: number {x} too big')
    steps = rec['steps']
    if len(steps) != len(exp) + 1:
        errs.append(f'{rid}: step count {len(steps)} vs {len(exp) + 1}')
        return
    label, kind = -1, 'none'
    prev_written = start['value'] if start['kind'] == 'plain' else None
    for i, st in enumerate(steps[:-1]):
        m = EQ.findall(st)
        if len(m) != 1 or st.count('=') != 1:
            errs.append(f'{rid}: step {i} has {len(m)} equations: {st!r}')
            return
        a, sym, b, c = m[0]
        a, b, c = int(a), int(b), int(c)
        op = OPMAP[sym]
        eop = exp[i][0]
        if i == 0 and start['kind'] == 'prod':
            operand_ok = sorted([a, b]) == sorted([start['a'], start['b']])
        else:
            operand_ok = (a == prev_written and b == exp[i][1])
        op_ok = op == eop
        val = ev(op, a, b)
        arith_ok = val is not None and val == c
        if label == -1:
            bad = [k for k, ok in (('operation', op_ok), ('operand', operand_ok), ('arithmetic', arith_ok)) if not ok]
            if bad:
                if len(bad) != 1:
                    errs.append(f'{rid}: step {i} has several faults {bad}')
                label, kind = i, bad[0]
        else:
            # after the earliest error: continue from written value with correct op and operand
            if not (op_ok and arith_ok and (operand_ok or (i == 0))):
                errs.append(f'{rid}: step {i} after error does not continue properly: {st!r}')
        prev_written = c
    fin = steps[-1]
    if EQ.search(fin) or '=' in fin:
        errs.append(f'{rid}: final step has an equation')
    nums = re.findall(r'\d+', fin)
    if len(nums) != 1:
        errs.append(f'{rid}: final step numbers {nums}')
        return
    fa = int(nums[0])
    if label == -1 and fa != prev_written:
        label, kind = len(steps) - 1, 'answer'
    fac = fa == answer
    if (label, kind, fac) != (rec['label'], rec['error_kind'], rec['final_answer_correct']):
        errs.append(f'{rid}: derived {(label, kind, fac)} vs record '
                    f'{(rec["label"], rec["error_kind"], rec["final_answer_correct"])}')
    if label == -1 and not fac:
        errs.append(f'{rid}: all right but final wrong')
    # problem text: numbers accounted for
    prob = rec['problem']
    if len(prob.split()) > 90:
        errs.append(f'{rid}: problem has {len(prob.split())} words')
    low = prob.lower()
    for r in sorted(meta['rendered'], key=len, reverse=True):
        rl = r.lower()
        pat = r'(?<![\w-])' + re.escape(rl) + (r'(?!\d)' if rl.isdigit() else '')
        mm = re.search(pat, low)
        if not mm:
            errs.append(f'{rid}: rendered {r!r} not in problem')
            continue
        low = low[:mm.start()] + ' ' + low[mm.end():]
    for w in WHITELIST:
        low = low.replace(w, ' ')
    if re.search(r'\d', low):
        errs.append(f'{rid}: stray digits in problem: {prob!r}')
    for w in re.findall(r"[a-z]+", low):
        if w in NUMWORDS:
            errs.append(f'{rid}: stray number word {w!r} in problem: {prob!r}')
            break
    for k in ('id', 'problem', 'steps', 'label', 'final_answer_correct', 'error_kind'):
        if k not in rec:
            errs.append(f'{rid}: missing {k}')
    return kind, meta['pos_cat']


def main():
    errs = []
    total = Counter()
    pos = Counter()
    n = 0
    for seed in (1, 7, 20261203, 99991):
        a = G.generate(seed, 2000)
        b = G.generate_with_meta(seed, 2000)
        if a != [r for r, _ in b] or a != G.generate(seed, 2000):
            errs.append(f'seed {seed}: not deterministic')
        ids = [r['id'] for r in a]
        if len(set(ids)) != len(ids):
            errs.append(f'seed {seed}: duplicate ids')
        for rec, meta in b:
            res = check_record(rec, meta, errs)
            if res:
                total[res[0]] += 1
                if res[1]:
                    pos[res[1]] += 1
                n += 1
    # mix
    print('records checked:', n)
    print('kinds:', {k: round(v / n, 3) for k, v in total.items()})
    ne = n - total['none']
    print('error positions:', {k: round(v / ne, 3) for k, v in pos.items()})
    if not 0.40 <= total['none'] / n <= 0.50:
        errs.append('mix: share of correct records off')
    for k in G.KINDS:
        if not 0.10 <= total[k] / n <= 0.18:
            errs.append(f'mix: kind {k} share {total[k] / n:.3f}')
    for k in ('first', 'middle', 'last', 'answer'):
        if pos[k] / ne < 0.10:
            errs.append(f'mix: position {k} share {pos[k] / ne:.3f}')
    # breadth
    names = set(G.FEMALE) | set(G.MALE) | set(G.NEUTRAL)
    items = set(i for r in G.REGISTERS.values() for i in r['items'])
    add_v = set(G.ADD_VERBS) | set(v for r in G.REGISTERS.values() for v in r['add']) | set(G.ADD_IMP)
    sub_v = set(G.SUB_VERBS) | set(v for r in G.REGISTERS.values() for v in r['sub']) | set(G.SUB_IMP)
    mul_v = set(p for p, _ in G.MUL_VERBS + G.MUL_IMP)
    div_v = set(p for p, _ in G.DIV_VERBS + G.DIV_IMP) | set(G.EACH_VERBS)
    print('names', len(names), 'items', len(items), 'add', len(add_v), 'sub', len(sub_v), 'mul', len(mul_v),
          'div', len(div_v))
    if len(names) < 200 or len(items) < 200 or len(add_v) < 40 or len(sub_v) < 40:
        errs.append('breadth too small')
    # speed
    import time
    t = time.time()
    G.generate(5, 1000)
    dt = time.time() - t
    print(f'1000 records in {dt:.2f}s')
    if dt > 2:
        errs.append('too slow')
    for e in errs[:40]:
        print('ERR', e)
    print('errors:', len(errs))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
