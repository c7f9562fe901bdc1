#!/usr/bin/env node
// gen-b: casual "typed into a website" arithmetic word problems with chat-style solutions.
// Usage: node gen.js [out.jsonl] [meta.jsonl]   (fixed seed, 400 records)
'use strict';
const fs = require('fs');
const path = require('path');

// ---------- seeded RNG ----------
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0xB0B5EED);
const ri = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
function wpick(pairs) { // [[item, weight], ...]
  let tot = 0; for (const [, w] of pairs) tot += w;
  let r = rnd() * tot;
  for (const [x, w] of pairs) { r -= w; if (r < 0) return x; }
  return pairs[pairs.length - 1][0];
}
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------- number words ----------
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS = { 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety' };
function wordOf(n) { if (n >= 1 && n <= 20) return WORDS[n]; if (TENS[n]) return TENS[n]; return null; }
function numText(n, pWord = 0.35) {
  if (n === 12 && chance(0.45)) return 'a dozen';
  const w = wordOf(n);
  if (w && chance(pWord)) return w;
  return String(n);
}

// ---------- vocabulary ----------
const SHE = ['Priya', 'Aisha', 'Mei', 'Tamsin', 'Rosalind', 'Keiko', 'Dagny', 'Ines', 'Nkechi', 'Bianca', 'Siobhan', 'Yara',
  'Lupe', 'Greta', 'Odalys', 'Farah', 'Marisol', 'Hana', 'Wren', 'Juniper', 'Saoirse', 'Thandiwe', 'Ottilie', 'Zainab', 'Paloma'];
const HE = ['Tomasz', 'Dev', 'Kwame', 'Rafi', 'Oskar', 'Bodhi', 'Mateo', 'Hamish', 'Jun', 'Emeka', 'Lars', 'Idris', 'Caspian',
  'Ravi', 'Teodor', 'Nico', 'Fergus', 'Anselm', 'Kofi', 'Beto', 'Ruairi', 'Yusuf', 'Declan', 'Matthias'];
const SHE_REL = ['my neighbour', 'my cousin', 'my roommate', 'my coworker', 'my aunt', 'my little sister', 'my friend', 'my mum\'s friend'];
const HE_REL = ['my neighbour', 'my cousin', 'my roommate', 'my coworker', 'my uncle', 'my little brother', 'my buddy', 'my dad\'s friend'];
const GROUPS = ['the twins next door', 'my grandparents', 'the Okafors', 'my little brothers', 'the guys at the bike shop', 'my housemates',
  'the Lindqvists down the street', 'the volunteers at the food bank', 'the kids in my class', 'my parents', 'the bakers down the road', 'our neighbours'];

// items: sg, pl, containers, food?
const ITEMS = [
  ['apple', 'apples', ['crates', 'bags', 'baskets'], 1],
  ['egg', 'eggs', ['cartons', 'trays'], 0],
  ['cookie', 'cookies', ['tins', 'trays', 'jars'], 1],
  ['cupcake', 'cupcakes', ['trays', 'boxes'], 1],
  ['tangerine', 'tangerines', ['bags', 'nets'], 1],
  ['dumpling', 'dumplings', ['steamer baskets', 'trays'], 1],
  ['granola bar', 'granola bars', ['boxes', 'packs'], 1],
  ['plum', 'plums', ['punnets', 'bowls'], 1],
  ['samosa', 'samosas', ['trays', 'boxes'], 1],
  ['gummy worm', 'gummy worms', ['bags', 'jars'], 1],
  ['sticker', 'stickers', ['sheets', 'packs'], 0],
  ['marble', 'marbles', ['jars', 'pouches', 'bags'], 0],
  ['crayon', 'crayons', ['boxes', 'packs'], 0],
  ['pencil', 'pencils', ['boxes', 'packs'], 0],
  ['trading card', 'trading cards', ['packs', 'tins'], 0],
  ['seashell', 'seashells', ['buckets', 'jars'], 0],
  ['bead', 'beads', ['tubes', 'jars'], 0],
  ['bottle cap', 'bottle caps', ['bags', 'jars'], 0],
  ['lego brick', 'lego bricks', ['tubs', 'bags'], 0],
  ['paperback', 'paperbacks', ['shelves', 'boxes'], 0],
  ['candle', 'candles', ['boxes', 'packs'], 0],
  ['balloon', 'balloons', ['packs', 'bags'], 0],
  ['seed packet', 'seed packets', ['trays', 'boxes'], 0],
  ['tennis ball', 'tennis balls', ['cans', 'buckets'], 0],
  ['postcard', 'postcards', ['stacks', 'albums'], 0],
  ['screw', 'screws', ['boxes', 'jars'], 0],
  ['comic book', 'comic books', ['boxes', 'stacks'], 0],
  ['succulent', 'succulents', ['trays', 'flats'], 0],
  ['rubber duck', 'rubber ducks', ['crates', 'bags'], 0],
  ['keychain', 'keychains', ['bags', 'boxes'], 0],
  ['water bottle', 'water bottles', ['cases', 'packs'], 0],
  ['hair tie', 'hair ties', ['packs', 'pouches'], 0],
  ['golf ball', 'golf balls', ['buckets', 'sleeves'], 0],
  ['vinyl record', 'vinyl records', ['crates', 'boxes'], 0],
  ['paper crane', 'paper cranes', ['boxes', 'strings'], 0],
  ['enamel pin', 'enamel pins', ['boards', 'tins'], 0],
];

// ---------- subject / conjugation context ----------
function makeSubject() {
  const r = rnd();
  if (r < 0.62) {
    const she = chance(0.5);
    const name = pick(she ? SHE : HE);
    const rel = chance(0.35) ? pick(she ? SHE_REL : HE_REL) + ' ' : '';
    return { kind: 'p', name, intro: rel + name, she,
      subj: she ? 'she' : 'he', obj: she ? 'her' : 'him', poss: she ? 'her' : 'his', self: she ? 'herself' : 'himself', s3: true };
  } else if (r < 0.84) {
    return { kind: 'i', name: 'I', intro: 'I', subj: 'I', obj: 'me', poss: 'my', self: 'myself', s3: false };
  } else {
    const g = pick(GROUPS);
    return { kind: 'g', name: g, intro: g, subj: 'they', obj: 'them', poss: 'their', self: 'themselves', s3: false };
  }
}
// answer-side view of the subject ("you" for first person)
function solverView(sub) {
  if (sub.kind === 'i') return { P: 'you', Pc: 'You', poss: 'your', s3: false };
  if (sub.kind === 'g') return { P: 'they', Pc: 'They', poss: 'their', s3: false };
  return { P: sub.subj, Pc: cap(sub.subj), poss: sub.poss, s3: true, name: sub.name };
}
const V = (s3, base, third) => (s3 ? third : base);

// ---------- change templates ----------
// each: (c) => clause ; c has S (subject mention), v(base,3rd), N (number text), obj, poss, self, it('them'), items
// gist: phrase usable as "the {b} {gist}" in solution steps
const ADD = [
  { t: (c) => `${c.S} ${c.v('buy', 'buys')} ${c.N} more`, g: 'bought' },
  { t: (c) => `${c.S} ${c.v('pick', 'picks')} up another ${c.N} at the market`, g: 'from the market' },
  { t: (c) => `${c.poss} grandma ${'sends'} ${c.obj} ${c.N} more`, g: 'from grandma' },
  { t: (c) => `${c.S} ${c.v('find', 'finds')} ${c.N} ${c.items} behind the couch`, g: 'found behind the couch' },
  { t: (c) => `${c.S} ${c.v('win', 'wins')} ${c.N} more in a raffle`, g: 'won' },
  { t: (c) => `a friend drops off ${c.N} more`, g: 'dropped off' },
  { t: (c) => `${c.N} more show up in the mail`, g: 'in the mail', numFirst: true },
  { t: (c) => `${c.S} ${c.v('snag', 'snags')} ${c.N} extra off marketplace`, g: 'from marketplace' },
  { t: (c) => `${c.S} ${c.v('get', 'gets')} ${c.N} more as a gift`, g: 'gifted' },
  { t: (c) => `${c.S} ${c.v('dig', 'digs')} up ${c.N} more in the garage`, g: 'from the garage' },
  { t: (c) => `${c.S} ${c.v('bring', 'brings')} home another ${c.N}`, g: 'brought home' },
  { t: (c) => `${c.poss} coworker chips in ${c.N}`, g: 'from the coworker' },
  { t: (c) => `${c.S} ${c.v('stock', 'stocks')} up with ${c.N} more`, g: 'restocked' },
  { t: (c) => `${c.S} ${c.v('scoop', 'scoops')} up ${c.N} more at a yard sale`, g: 'from the yard sale' },
  { t: (c) => `someone hands ${c.obj} ${c.N} more`, g: 'handed over' },
  { t: (c) => `${c.S} ${c.v('get', 'gets')} ${c.N} back from a friend who borrowed them`, g: 'returned' },
  { t: (c) => `${c.S} ${c.v('tack', 'tacks')} on ${c.N} more`, g: 'added on' },
  { t: (c) => `${c.S} ${c.v('order', 'orders')} ${c.N} more online and they actually arrive`, g: 'ordered' },
  { t: (c) => `${c.S} ${c.v('come', 'comes')} across ${c.N} more in an old bag`, g: 'found in the bag' },
  { t: (c) => `${c.S} ${c.v('rake', 'rakes')} in ${c.N} more at the swap meet`, g: 'from the swap meet' },
  { t: (c) => `${c.poss} sister slips ${c.obj} ${c.N} more`, g: 'from the sister' },
  { t: (c) => `${c.S} ${c.v('throw', 'throws')} ${c.N} more onto the pile`, g: 'added to the pile' },
];
const SUB = [
  { t: (c) => `${c.S} ${c.v('sell', 'sells')} ${c.N} of them`, g: 'sold' },
  { t: (c) => `${c.S} ${c.v('give', 'gives')} ${c.N} away`, g: 'given away' },
  { t: (c) => `${c.S} ${c.v('hand', 'hands')} out ${c.N} to the kids next door`, g: 'handed out' },
  { t: (c) => `${c.N} of them go missing`, g: 'that went missing', numFirst: true },
  { t: (c) => `${c.S} ${c.v('lose', 'loses')} ${c.N} somewhere on the bus`, g: 'lost' },
  { t: (c) => `${c.S} ${c.v('donate', 'donates')} ${c.N} to the school fundraiser`, g: 'donated' },
  { t: (c) => `${c.S} ${c.v('trade', 'trades')} away ${c.N}`, g: 'traded away' },
  { t: (c) => `${c.S} ${c.v('get', 'gets')} rid of ${c.N}`, g: 'gotten rid of' },
  { t: (c) => `${c.poss} dog runs off with ${c.N} of those`, g: 'the dog took' },
  { t: (c) => `${c.S} ${c.v('lend', 'lends')} ${c.N} to a friend and never ${c.v('see', 'sees')} them again`, g: 'lent out' },
  { t: (c) => `${c.S} ${c.v('ship', 'ships')} ${c.N} off to a customer`, g: 'shipped' },
  { t: (c) => `${c.S} ${c.v('leave', 'leaves')} ${c.N} behind at the park`, g: 'left at the park' },
  { t: (c) => `${c.poss} roommate swipes ${c.N}`, g: 'swiped' },
  { t: (c) => `${c.S} ${c.v('part', 'parts')} with ${c.N} of them`, g: 'parted with' },
  { t: (c) => `${c.N} turn out to be damaged so ${c.S2} ${c.v('toss', 'tosses')} those`, g: 'tossed', numFirst: true },
  { t: (c) => `${c.S} ${c.v('pass', 'passes')} ${c.N} on to ${c.poss} cousin`, g: 'passed on' },
  { t: (c) => `${c.S} ${c.v('sell', 'sells')} off ${c.N} at a car boot sale`, g: 'sold off' },
  { t: (c) => `${c.S} ${c.v('use', 'uses')} up ${c.N} on a project`, g: 'used up' },
];
const SUB_FOOD = [
  { t: (c) => `${c.S} ${c.v('eat', 'eats')} ${c.N} of them`, g: 'eaten' },
  { t: (c) => `${c.S} ${c.v('scarf', 'scarfs')} down ${c.N}`, g: 'scarfed down' },
  { t: (c) => `${c.poss} kids polish off ${c.N}`, g: 'the kids ate' },
  { t: (c) => `${c.S} ${c.v('munch', 'munches')} through ${c.N} while watching tv`, g: 'munched' },
  { t: (c) => `${c.N} go bad and get chucked`, g: 'that went bad', numFirst: true },
];
// multiply by k
const MUL2 = [
  { t: (c) => `${c.S} ${c.v('double', 'doubles')} ${c.poss} stash`, g: 'Doubling' },
  { t: (c) => `somehow ${c.S} ${c.v('end', 'ends')} up with twice as many`, g: 'Twice as many' },
  { t: (c) => `the pile doubles by the weekend`, g: 'Doubling' },
  { t: (c) => `${c.S} ${c.v('manage', 'manages')} to double that`, g: 'Doubling' },
];
const MUL3 = [
  { t: (c) => `${c.S} ${c.v('triple', 'triples')} the lot`, g: 'Tripling' },
  { t: (c) => `${c.S} ${c.v('end', 'ends')} up with triple that`, g: 'Triple' },
  { t: (c) => `the number triples`, g: 'Tripling' },
];
const MULK = [
  { t: (c) => `${c.S} ${c.v('end', 'ends')} up with ${c.N} times as many`, g: 'times as many' },
  { t: (c) => `the number becomes ${c.N} times bigger`, g: 'times bigger', notTwo: true },
  { t: (c) => `${c.poss} collection grows to ${c.N} times what it was`, g: 'times what it was' },
];
// divide by d
const DIV2 = [
  { t: (c) => `${c.S} ${c.v('give', 'gives')} half of them to ${c.poss} sister`, g: 'Giving half away' },
  { t: (c) => `half of them get lost in the move`, g: 'Losing half' },
  { t: (c) => `${c.S} ${c.v('sell', 'sells')} half`, g: 'Selling half' },
  { t: (c) => `${c.S} ${c.v('keep', 'keeps')} only half`, g: 'Keeping half' },
];
const DIV2_FOOD = [
  { t: (c) => `${c.poss} kid eats half of whats left`, g: 'The kid eats half' },
];
const DIV3 = [
  { t: (c) => `${c.S} ${c.v('keep', 'keeps')} just a third of them`, g: 'A third' },
  { t: (c) => `only a third of them survive the trip`, g: 'A third survive' },
];
const DIVK = [
  { t: (c) => `${c.S} ${c.v('split', 'splits')} them into ${c.N} equal piles and ${c.v('keep', 'keeps')} one pile`, g: 'piles' },
  { t: (c) => `${c.S} ${c.v('share', 'shares')} them equally among ${c.N} groups and ${c.v('hang', 'hangs')} on to one share`, g: 'groups' },
  { t: (c) => `${c.S} ${c.v('divide', 'divides')} them evenly into ${c.N} bags and only ${c.v('keep', 'keeps')} one bag`, g: 'bags' },
];

// ---------- start templates ----------
const START_PLAIN = [
  (c) => `${c.S} ${c.v('have', 'has')} ${c.N} ${c.items}`,
  (c) => `${c.S} ${c.v('have', 'has')} got ${c.N} ${c.items} lying around`,
  (c) => `${c.S} ${c.v('start', 'starts')} the week with ${c.N} ${c.items}`,
  (c) => `${c.S} ${c.v('keep', 'keeps')} ${c.N} ${c.items} in a drawer`,
  (c) => `${c.S} ${c.v('collect', 'collects')} ${c.items} and ${c.v('have', 'has')} ${c.N} of them right now`,
  (c) => `${c.S} ${c.v('own', 'owns')} ${c.N} ${c.items}`,
];
const START_PROD = [
  (c) => `${c.S} ${c.v('have', 'has')} ${c.A} ${c.cont} with ${c.B} ${c.items} in each`,
  (c) => `${c.S} ${c.v('buy', 'buys')} ${c.A} ${c.cont} of ${c.items}, ${c.B} in each`,
  (c) => `${c.S} ${c.v('have', 'has')} ${c.A} ${c.cont} of ${c.items} and each one holds ${c.B}`,
  (c) => `${c.S} ${c.v('pick', 'picks')} up ${c.A} ${c.cont} of ${c.items} with ${c.B} per ${c.contSg}`,
  (c) => `${c.S} ${c.v('get', 'gets')} ${c.A} ${c.cont} of ${c.items}. each ${c.contSg} has ${c.B} in it`,
];
const OPENERS = ['so ', 'ok so ', 'quick question, ', 'hi! ', 'umm ', '', '', '', '', 'hey so ', 'help pls: '];

const DISTRACT = [
  (s) => `it's pouring rain out`, (s) => `dont ask why lol`, (s) => `${s.subj} ${s.kind === 'i' ? 'am' : V(s.s3, 'are', 'is')} weirdly proud of this`,
  (s) => `long story`, (s) => `this is for my homework btw`, (s) => `the whole place smells amazing`,
  (s) => `${s.poss} cat is not impressed`, (s) => `anyway`, (s) => `weird week honestly`, (s) => `im so confused by this`,
  (s) => `it's a sunday so nothing is open`, (s) => `${s.subj} ${V(s.s3, 'love', 'loves')} this stuff`, (s) => `the bus is late again`,
  (s) => `my teacher made this up i swear`, (s) => `classic`,
];

function questionText(sub, it) {
  const s3 = sub.s3;
  const does = V(s3, 'do', 'does');
  const S = sub.kind === 'i' ? 'i' : sub.subj;
  return pick([
    `how many ${it.pl} ${does} ${S} have now?`,
    `how many are left?`,
    `what's the total now?`,
    `how many ${does} ${S} end up with?`,
    `how many ${it.pl} now`,
    `so how many ${it.pl} are there at the end??`,
    `how many ${it.pl} ${V(s3, 'are', 'is')} ${sub.kind === 'i' ? 'i' : S} left with?`.replace('are i left', 'am i left'),
    `whats the count now`,
    `how many is that at the end?`,
    `how many ${it.pl} left??`,
  ]);
}

// ---------- chain ----------
function evalOp(a, op, b) {
  if (op === '+') return a + b; if (op === '-') return a - b; if (op === '*') return a * b; if (op === '/') return a / b;
  throw new Error(op);
}
const okVal = (x) => Number.isInteger(x) && x >= 0 && x <= 9999;

function genChain(nc, product) {
  let start, A = null, B = null;
  if (product) { A = ri(2, 20); B = ri(3, 48); if (A * B > 1000) return null; start = A * B; }
  else start = chance(0.15) ? ri(8, 30) : (chance(0.8) ? ri(20, 400) : ri(400, 1000));
  let v = start; const ch = [];
  let muls = 0;
  for (let i = 0; i < nc; i++) {
    const divs = [2, 3, 4, 5, 6, 8, 10].filter((d) => v % d === 0 && v / d >= 2);
    const opts = [['+', 3], ['-', v >= 4 ? 3 : 0], ['*', muls < 2 ? (v <= 300 ? 1.6 : v <= 900 ? 0.6 : 0) : 0], ['/', divs.length ? 2.6 : 0]];
    const op = wpick(opts);
    let n;
    if (op === '+') n = chance(0.7) ? ri(2, 40) : ri(41, Math.min(999, 9999 - v, 250));
    else if (op === '-') n = chance(0.6) ? ri(1, Math.min(v - 1, 40)) : ri(1, Math.min(v - 1, 999));
    else if (op === '*') { const ks = [2, 2, 2, 3, 3, 4, 5].filter((k) => v * k <= 9999); n = pick(ks); muls++; }
    else n = pick(divs.concat(divs.includes(2) ? [2, 2] : []));
    if (n < 1) return null;
    const nv = evalOp(v, op, n);
    if (!okVal(nv)) return null;
    ch.push({ op, n }); v = nv;
  }
  return { start, A, B, changes: ch, answer: v };
}

// ---------- problem text ----------
function buildProblem(chain, sub, it) {
  const lower = chance(0.45);
  const c0 = { v: (b, t) => V(sub.s3, b, t), items: it.pl };
  const clauses = [];
  // start
  let startClause; let startCont = null;
  const subjFirst = sub.intro;
  if (chain.A !== null) {
    const cont = pick(it.cont);
    startCont = cont;
    const contSg = cont.replace(/ves$/, 'f').replace(/(ch|sh|x)es$/, '$1').replace(/s$/, '');
    startClause = pick(START_PROD)({ ...c0, S: subjFirst, A: numText(chain.A, 0.4), B: numText(chain.B, 0.3), cont, contSg });
  } else {
    startClause = pick(START_PLAIN)({ ...c0, S: subjFirst, N: numText(chain.start, 0.5) });
  }
  startClause = pick(OPENERS) + startClause;
  // changes
  const used = new Set();
  const chClauses = chain.changes.map((ch, i) => {
    const S = sub.kind === 'i' ? 'I' : sub.subj;
    const c = { ...c0, S, S2: S, obj: sub.obj, poss: sub.poss, self: sub.self };
    let tpl;
    for (let t = 0; t < 6 && (!tpl || used.has(tpl)); t++) {
    if (ch.op === '+') tpl = pick(ADD);
    else if (ch.op === '-') tpl = pick(it.food && chance(0.45) ? SUB_FOOD : SUB);
    else if (ch.op === '*') tpl = ch.n === 2 && chance(0.7) ? pick(MUL2) : ch.n === 3 && chance(0.6) ? pick(MUL3) : pick(MULK.filter((x) => !(x.notTwo && ch.n === 2)));
    else tpl = ch.n === 2 && chance(0.75) ? pick(it.food && chance(0.4) ? DIV2_FOOD : DIV2) : ch.n === 3 && chance(0.6) ? pick(DIV3) : pick(DIVK);
    }
    used.add(tpl);
    c.N = numText(ch.n, 0.4);
    let s = tpl.t(c).replace(/another a dozen/g, 'another dozen');
    return { s, tpl, numFirst: !!tpl.numFirst };
  });
  // assemble sentences: start, then groups of 1-2 changes, occasional distractors, question
  const sents = [startClause];
  const joiners = [', then ', ' and then ', ', and later ', ', after that ', ' and '];
  const leads = ['then ', 'after that ', 'later ', 'next ', '', '', 'the next day ', 'and then ', 'oh and '];
  let i = 0;
  // sometimes glue first change to the start sentence
  if (chClauses.length && chance(0.3)) { sents[0] += pick([' but ', ' and ', ', then ']) + chClauses[0].s; i = 1; }
  while (i < chClauses.length) {
    if (chance(0.2)) sents.push(pick(DISTRACT)(sub));
    const r = rnd();
    if (i + 1 < chClauses.length && r < 0.3) {
      sents.push((chClauses[i].numFirst ? '' : pick(leads)) + chClauses[i].s + pick(joiners) + chClauses[i + 1].s); i += 2;
    } else if (i + 1 < chClauses.length && r < 0.42) {
      // reversed clause order, same event order: "before B, A"
      sents.push('before ' + chClauses[i + 1].s + ', ' + chClauses[i].s); i += 2;
    } else {
      sents.push((chClauses[i].numFirst ? '' : pick(leads)) + chClauses[i].s); i += 1;
    }
  }
  if (chance(0.15)) sents.push(pick(DISTRACT)(sub));
  const q = questionText(sub, it);
  let text = '';
  const ends = lower ? ['. ', '. ', ', ', '... ', ' - '] : ['. ', '. ', '. ', '! '];
  sents.forEach((s, k) => {
    let t = s.replace(/\bI\b/g, lower ? 'i' : 'I');
    t = lower ? t : cap(t);
    text += t + (k === sents.length - 1 ? pick(ends).replace(/ - /, '. ') : pick(ends));
  });
  let qq = lower ? q : cap(q).replace(/\bi\b/g, 'I');
  text += qq;
  if (lower) text = text.toLowerCase().replace(/\. ([a-z])/g, (m, a) => '. ' + a); // keep all lowercase
  else text = text.replace(/([.!?] )([a-z])/g, (m, p, a) => p + a.toUpperCase());
  if (lower && chance(0.5)) text = text.replace(/'/g, '');
  if (!lower) text = text.replace(/\bi\b/g, 'I');
  return { text: text.replace(/\s+/g, ' ').trim(), templates: chClauses.map((x) => x.tpl), cont: startCont };
}

// ---------- solution steps ----------
const OPSETS = [
  { '+': '+', '-': '−', '*': '×', '/': '÷' },
  { '+': '+', '-': '-', '*': '×', '/': '÷' },
  { '+': '+', '-': '-', '*': '*', '/': '/' },
];
function stepText(eq, ctx, idx, isFirst, tplInfo, neutral) {
  const o = ctx.ops[eq.op];
  const E = `${eq.a} ${o} ${eq.b} = ${eq.c}`;
  const u = ctx.it.pl;
  const sv = ctx.sv;
  const lead = isFirst ? pick(eq.kind === 'start' ? ['First, ', 'First, ', 'Start: ', 'Okay, so first ', ''] : ['First, ', 'First, ', 'Okay, so first ', 'To start, ', '']) : pick(['Then ', 'Next, ', 'After that, ', 'Now ', '', '', 'So ']);
  if (eq.kind === 'start') {
    return pick([
      `${lead}${E} ${u}.`,
      `${lead}${ctx.cont} times ${ctx.it.pl} per ${ctx.contSg}: ${E}.`,
      `${lead}${sv.Pc === 'You' ? 'you start with' : sv.P + ' ' + V(sv.s3, 'start', 'starts') + ' with'} ${E} ${u}.`,
      `${isFirst ? pick(['So ', 'Okay, ', '']) : ''}the total to start is ${E}.`,
      `${isFirst ? 'Start with the total: ' : ''}${E} ${u} to begin with.`,
        ]).replace(/^([a-z])/, (m) => m.toUpperCase());
  }
  const b = eq.b; const g = tplInfo ? tplInfo.g : '';
  const startPhrase = idx === 0 ? `${sv.Pc} ${sv.Pc === 'You' || sv.Pc === 'They' ? 'start' : 'starts'} with ${eq.a}. ` : '';
  let choices;
  if (neutral || eq.trueOp === undefined) {
    choices = [`${lead}${E}.`, `${lead}${E} ${u}.`];
  } else if (eq.trueOp === '+') {
    choices = [`${lead}${E}.`, `${startPhrase}Add the ${b} ${g}: ${E}.`, `${lead}with the ${b} ${g}, that's ${E} ${u}.`, `${E} after the ${b} ${g}.`, `${startPhrase}Adding ${b} more gives ${E}.`];
  } else if (eq.trueOp === '-') {
    choices = [`${lead}${E}.`, `${startPhrase}Take away the ${b} ${g}: ${E}.`, `${lead}minus the ${b} ${g}: ${E} left.`, `${E} after the ${b} ${g}.`, `${startPhrase}Subtracting ${b} leaves ${E}.`];
  } else if (eq.trueOp === '*') {
    const w = tplInfo.g;
    choices = [`${lead}${E}.`, w.startsWith('times') ? `${b} ${w} means ${E}.` : `${w} gives ${E}.`, `${lead}multiply by ${b}: ${E}.`];
  } else {
    const w = tplInfo.g; const d = eq.trueB;
    const themed = d === 2 ? `Half of ${eq.a} is ${E}.` : d === 3 ? `A third of ${eq.a} is ${E}.` : `${lead}${E} ${u} per ${w.replace(/s$/, '')}.`;
    choices = [`${lead}${E}.`, themed, ['piles', 'groups', 'bags'].includes(w) ? `Splitting into ${d} ${w}: ${E}.` : `${w}: ${E}.`, `${lead}divide by ${b}: ${E}.`];
  }
  let s = pick(choices);
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function answerText(ans, ctx) {
  const sv = ctx.sv; const u = ctx.it.pl;
  const has = sv.Pc === 'You' || sv.Pc === 'They' ? 'have' : 'has';
  const ends = sv.Pc === 'You' || sv.Pc === 'They' ? 'end' : 'ends';
  return pick([
    `${sv.Pc} ${has} ${ans} ${u} now.`, `**Answer: ${ans}**`, `#### ${ans}`, `So ${sv.P} ${has} ${ans} ${u} left.`,
    `The answer is ${ans}.`, `So that's ${ans} ${u} in total.`, `${sv.Pc} ${ends} up with ${ans}.`, `Final answer: ${ans} ${u}`,
    `That leaves ${ans} ${u}.`, `**${ans} ${u}**`, `So the total now is ${ans}.`, `Answer: ${ans}`,
  ]);
}

// ---------- error injection ----------
function digitSwap(n) {
  const s = String(n); if (s.length < 2) return null;
  const i = ri(0, s.length - 2); const t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  const v = parseInt(t, 10); return v !== n && String(v) === t ? v : null;
}
function slip(c, eq) {
  const cands = [];
  for (const d of [1, -1, 2, -2, 10, -10]) cands.push(c + d);
  if (c >= 100) cands.push(c + 100, c - 100);
  const sw = digitSwap(c); if (sw !== null) { cands.push(sw); cands.push(sw); }
  if (eq.op === '*' && eq.b >= 3) cands.push(c - eq.a, c + eq.a); // one group too few/many in times-table
  return shuffle(cands.filter((x) => x >= 0 && x !== c));
}

// build equations given chain and optional error {kind, idx}
function buildEqs(chain, err) {
  const eqs = []; let prev; const nums = [];
  if (chain.A !== null) nums.push(chain.A, chain.B); else nums.push(chain.start);
  chain.changes.forEach((ch) => { if (ch.op === '+' || ch.op === '-' || ch.n > 3) nums.push(ch.n); });
  let E = chain.changes.length + (chain.A !== null ? 1 : 0);
  let j = 0; let prevPrev = null;
  const steps = [];
  if (chain.A !== null) steps.push({ kind: 'start', a: chain.A, op: '*', b: chain.B });
  chain.changes.forEach((ch, k) => steps.push({ kind: 'ch', ci: k, op: ch.op, b: ch.n }));
  for (let i = 0; i < steps.length; i++) {
    const st = steps[i];
    let a = st.kind === 'start' ? st.a : (i === 0 ? chain.start : prev);
    let op = st.op, b = st.b;
    const trueC = evalOp(a, op, b);
    let c = trueC;
    let note = null;
    if (err && err.idx === i && err.kind !== 'answer') {
      if (err.kind === 'arithmetic') {
        const cs = slip(trueC, { a, op, b }); if (!cs.length) return null; c = cs[0]; note = 'slip';
      } else if (err.kind === 'operand') {
        const opts = [];
        if (st.kind === 'start') {
          for (const x of [b + 1, b - 1, digitSwap(b)]) if (x && x > 0) opts.push(['b', x]);
          for (const x of [a + 1, a - 1]) if (x > 1) opts.push(['a', x]);
        } else {
          for (const x of nums) if (x !== b && x > 0) opts.push(['b', x], ['b', x]);
          if (op === '+' || op === '-') { opts.push(['b', b + 1]); if (b > 1) opts.push(['b', b - 1]); const sw = digitSwap(b); if (sw) opts.push(['b', sw]); }
          if (op === '*') opts.push(['b', b === 2 ? 3 : 2]);
          if (op === '/') opts.push(['b', b === 2 ? 4 : 2]);
          if (i === 0) { const sw = digitSwap(a); if (sw) opts.push(['a', sw]); opts.push(['a', a + 10]); if (a > 10) opts.push(['a', a - 10]); }
          else if (prevPrev !== null) opts.push(['a', prevPrev], ['a', prevPrev]);
        }
        shuffle(opts);
        let done = false;
        for (const [w, x] of opts) {
          const na = w === 'a' ? x : a, nb = w === 'b' ? x : b;
          const nc = evalOp(na, op, nb);
          if (!okVal(nc) || nc === trueC || (op === '/' && nb < 2) || (op === '*' && nb < 2)) continue;
          if (op === '-' && nb === 0) continue;
          a = na; b = nb; c = nc; done = true; note = w; break;
        }
        if (!done) return null;
      } else if (err.kind === 'operation') {
        const alts = { '+': ['-'], '-': ['+'], '*': ['+', '/'], '/': ['*', '-'] }[op];
        let done = false;
        for (const nop of shuffle(alts.slice())) {
          const nc = evalOp(a, nop, b);
          if (!okVal(nc) || nc === trueC) continue;
          if (st.kind === 'start' && nop !== '+') continue;
          op = nop; c = nc; done = true; break;
        }
        if (!done) return null;
      }
    }
    if (!okVal(c)) return null;
    eqs.push({ kind: st.kind, ci: st.ci, a, op, b, c, trueOp: st.kind === 'start' ? undefined : st.op, trueB: st.b, note });
    prevPrev = i === 0 ? (chain.A !== null ? null : chain.start) : prev;
    prev = c;
  }
  // continuation must be valid: all written results fine and exact
  for (const e of eqs) if (!okVal(e.c)) return null;
  let ans = prev;
  if (err && err.kind === 'answer') {
    const cands = [prev + 1, prev - 1, prev + 10, prev - 10, digitSwap(prev), digitSwap(prev)];
    if (eqs.length >= 2) cands.push(eqs[eqs.length - 2].c, eqs[eqs.length - 2].c);
    const ok = shuffle(cands.filter((x) => x !== null && x >= 0 && x !== prev));
    if (!ok.length) return null; ans = ok[0];
  }
  return { eqs, ans };
}

// ---------- record assembly ----------
function makeRecord(id, plan) {
  for (let tries = 0; tries < 200; tries++) {
    const product = chance(0.3);
    let nc = ri(1, 5);
    const E = () => nc + (product ? 1 : 0);
    if (plan.pos === 'middle') { while (E() < 3) nc++; }
    if (plan.pos === 'last') { while (E() < 2) nc++; }
    if (plan.pos === 'first' && product && plan.kind === 'operation' && chance(0.5)) { /* fine */ }
    const chain = genChain(nc, product);
    if (!chain) continue;
    const nE = E();
    let err = null;
    if (plan.kind !== 'none') {
      let idx;
      if (plan.kind === 'answer') idx = nE;
      else if (plan.pos === 'first') idx = 0;
      else if (plan.pos === 'last') idx = nE - 1;
      else idx = ri(1, nE - 2);
      err = { kind: plan.kind, idx };
    }
    const sol = buildEqs(chain, err);
    if (!sol) continue;
    const sub = makeSubject();
    const itr = pick(ITEMS);
    const it = { sg: itr[0], pl: itr[1], cont: itr[2], food: !!itr[3] };
    const prob = buildProblem(chain, sub, it);
    const wc = prob.text.split(/\s+/).length;
    if (wc > 88) continue;
    const ctx = { ops: pick(OPSETS), it, sv: solverView(sub), cont: prob.cont, contSg: prob.cont ? prob.cont.replace(/ves$/, 'f').replace(/(ch|sh|x)es$/, '$1').replace(/s$/, '') : '' };
    const steps = sol.eqs.map((eq, i) => {
      const tpl = eq.kind === 'start' ? null : prob.templates[eq.ci];
      const neutral = (err && err.idx === i && err.kind === 'operation') || (eq.op !== eq.trueOp && eq.kind !== 'start');
      return stepText(eq, ctx, i, i === 0, tpl, neutral);
    });
    steps.push(answerText(sol.ans, ctx));
    const label = err ? err.idx : -1;
    return {
      rec: { id, problem: prob.text, steps, label, final_answer_correct: sol.ans === chain.answer, error_kind: plan.kind },
      meta: { id, start: chain.start, A: chain.A, B: chain.B, changes: chain.changes, answer: chain.answer, pos: plan.pos },
    };
  }
  throw new Error('could not make record ' + id);
}

function main() {
  const out = process.argv[2] || path.join(__dirname, 'records.jsonl');
  const metaOut = process.argv[3] || '/tmp/genb_meta.jsonl';
  const plans = [];
  for (let i = 0; i < 180; i++) plans.push({ kind: 'none', pos: 'none' });
  for (const k of ['arithmetic', 'operand', 'operation']) {
    for (let i = 0; i < 55; i++) plans.push({ kind: k, pos: ['first', 'middle', 'last'][i % 3] });
  }
  for (let i = 0; i < 55; i++) plans.push({ kind: 'answer', pos: 'answer' });
  shuffle(plans);
  const recs = [], metas = [];
  plans.forEach((p, i) => {
    const id = 'genb-' + String(i + 1).padStart(4, '0');
    const { rec, meta } = makeRecord(id, p);
    recs.push(JSON.stringify(rec)); metas.push(JSON.stringify(meta));
  });
  fs.writeFileSync(out, recs.join('\n') + '\n');
  fs.writeFileSync(metaOut, metas.join('\n') + '\n');
  console.log(`wrote ${recs.length} records to ${out}`);
}
main();
