#!/usr/bin/env node
// Independent checker: re-derives label / error_kind / final_answer_correct from the written steps
// and the true chain (start, changes) stored in the meta file; checks format and number rules.
'use strict';
const fs = require('fs');
const recF = process.argv[2] || __dirname + '/records.jsonl';
const metaF = process.argv[3] || '/tmp/genb_meta.jsonl';
const recs = fs.readFileSync(recF, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const metas = new Map(fs.readFileSync(metaF, 'utf8').trim().split('\n').map((l) => { const m = JSON.parse(l); return [m.id, m]; }));
const OPN = { '+': '+', '-': '-', '−': '-', '*': '*', '×': '*', '/': '/', '÷': '/' };
const EQ = /(\d+)\s*([+\-*/×÷−])\s*(\d+)\s*=\s*(\d+)/g;
const calc = (a, o, b) => (o === '+' ? a + b : o === '-' ? a - b : o === '*' ? a * b : a / b);
const WORDN = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
let bad = 0; const fail = (r, msg) => { bad++; console.log('FAIL', r.id, msg); };
const kinds = {}, pos = {}, labels = {}, fac = { true: 0, false: 0 };
const ids = new Set();
for (const r of recs) {
  const keys = Object.keys(r).sort().join(',');
  if (keys !== 'error_kind,final_answer_correct,id,label,problem,steps') fail(r, 'keys ' + keys);
  if (ids.has(r.id)) fail(r, 'dup id'); ids.add(r.id);
  const m = metas.get(r.id); if (!m) { fail(r, 'no meta'); continue; }
  // --- true chain
  let v = m.A !== null ? m.A * m.B : m.start;
  if (v !== m.start) fail(r, 'start product mismatch');
  if (m.A !== null && (m.A > 999 || m.B > 999)) fail(r, 'factor too big');
  if (m.start > 1000) fail(r, 'start too big');
  if (m.changes.length < 1 || m.changes.length > 5) fail(r, 'n changes');
  for (const ch of m.changes) {
    if (ch.n > 999 || ch.n < 1) fail(r, 'change number range');
    const nv = calc(v, ch.op, ch.n);
    if (!Number.isInteger(nv) || nv < 0 || nv > 9999) fail(r, 'bad intermediate ' + nv);
    v = nv;
  }
  if (v !== m.answer) fail(r, 'answer mismatch');
  // --- problem text: numbers present
  const P = r.problem.toLowerCase();
  const words = P.split(/\s+/).length; if (words > 90) fail(r, 'too long ' + words);
  // tokens carrying a number in the problem: digits, number words, op words
  const toks = [];
  const P2 = P.replace(/\bone (pile|share|bag)\b/g, '').replace(/\beach one\b/g, '').replace(/\bsomeone\b/g, '');
  for (const mm of P2.matchAll(/\b(\d+|a dozen|twice|double[sd]?|triple[sd]?|half|a third|[a-z]+)\b/g)) {
    const t = mm[1];
    if (/^\d+$/.test(t)) toks.push(+t);
    else if (t === 'a dozen') toks.push(12);
    else if (/^(twice|double)/.test(t)) toks.push('x2');
    else if (/^triple/.test(t)) toks.push('x3');
    else if (t === 'half') toks.push('d2');
    else if (t === 'a third') toks.push('d3');
    else if (WORDN[t] !== undefined) toks.push(WORDN[t]);
  }
  const expected = (m.A !== null ? [m.A, m.B] : [m.start]).map((n) => [n]);
  for (const ch of m.changes) {
    const o = [ch.n];
    if (ch.op === '*' && ch.n === 2) o.push('x2'); if (ch.op === '*' && ch.n === 3) o.push('x3');
    if (ch.op === '/' && ch.n === 2) o.push('d2'); if (ch.op === '/' && ch.n === 3) o.push('d3');
    expected.push(o);
  }
  const match = (k, pool) => {
    if (k === expected.length) return pool.length === 0;
    for (const opt of expected[k]) { const i = pool.indexOf(opt); if (i >= 0) { const p2 = pool.slice(); p2.splice(i, 1); if (match(k + 1, p2)) return true; } }
    return false;
  };
  if (!match(0, toks)) fail(r, 'problem numbers ' + JSON.stringify(toks) + ' vs ' + JSON.stringify(expected));
  // --- steps
  const S = r.steps; const nE = S.length - 1;
  if (nE !== m.changes.length + (m.A !== null ? 1 : 0)) fail(r, 'step count');
  let label = -1, kind = 'none', prevC = null;
  for (let i = 0; i < nE; i++) {
    const eqs = [...S[i].matchAll(EQ)];
    if (eqs.length !== 1) { fail(r, 'step ' + i + ' has ' + eqs.length + ' eqs'); break; }
    const [, a0, o0, b0, c0] = eqs[0]; const a = +a0, b = +b0, c = +c0, o = OPN[o0];
    if (label === -1) {
      let eo, ea, eb;
      if (m.A !== null && i === 0) { eo = '*'; ea = m.A; eb = m.B; } else {
        const ch = m.changes[i - (m.A !== null ? 1 : 0)]; eo = ch.op; eb = ch.n; ea = i === 0 ? m.start : prevC;
      }
      if (o !== eo) { label = i; kind = 'operation'; }
      else if (!((a === ea && b === eb) || (eo === '*' && i === 0 && m.A !== null && a === eb && b === ea))) { label = i; kind = 'operand'; }
      else if (calc(a, o, b) !== c) { label = i; kind = 'arithmetic'; }
    }
    if (i > 0 && a !== prevC && label !== i && !(label === -1)) { /* after an error a solver continues from written c */
      if (a !== prevC) fail(r, 'continuation step ' + i + ' does not start from previous c');
    }
    if (label !== -1 && i > label && calc(a, o, b) !== c) fail(r, 'later step not self-consistent');
    if (!Number.isInteger(calc(a, o, b)) && label !== i) fail(r, 'non-integer later step');
    prevC = c;
  }
  const last = S[nE];
  if (/=/.test(last)) fail(r, 'answer step has =');
  const an = last.match(/\d+/g) || [];
  if (an.length !== 1) fail(r, 'answer step numbers ' + an);
  const ans = +an[0];
  if (label === -1 && ans !== prevC) { label = nE; kind = 'answer'; }
  const facc = ans === m.answer;
  if (label !== r.label) fail(r, `label ${r.label} vs ${label}`);
  if (kind !== r.error_kind) fail(r, `kind ${r.error_kind} vs ${kind}`);
  if (facc !== r.final_answer_correct) fail(r, 'final_answer_correct');
  if (label === -1 && !facc) fail(r, 'all right but final wrong');
  kinds[kind] = (kinds[kind] || 0) + 1;
  const p = label === -1 ? 'none' : label === nE ? 'final' : label === 0 ? 'first' : label === nE - 1 ? 'lastEq' : 'middle';
  pos[p] = (pos[p] || 0) + 1; fac[facc]++;
  labels[label] = (labels[label] || 0) + 1;
}
console.log('records', recs.length, 'failures', bad);
console.log('kinds', kinds); console.log('positions', pos); console.log('labels', labels); console.log('final_answer_correct', fac);
process.exit(bad ? 1 : 0);
