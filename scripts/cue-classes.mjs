#!/usr/bin/env node
// How many gold cue heads of polnear-train each class of words would add to the cue classifier's candidates, and how
// many tokens that are no gold cue head it would bring with them (training articles only: polnear-dev is validation).
// A gold head is core cueHead of a gold cue; a candidate is core cueCandidate under the committed model's vocabulary.
// The classes: a lower --vocab-ratio (the share of a word's occurrences heading a gold cue, counted over the whole
// corpus here, per training fold in train.mjs: an optimistic count), prepositions anywhere, and prepositions opening a
// sentence before a comma ("For X, Y", "In X, Y").
//   node scripts/cue-classes.mjs [--corpus DIR] [--top N]
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { options, root, trainingCorpus } from './lib/errorScript.mjs';

const opt = options();
const corpus = trainingCorpus('cue-classes', opt);
const TOP = Number(opt('top', 20));
const scratch = mkdtempSync(join(tmpdir(), 'news-annotator-cue-classes-'));
const bundle = join(scratch, 'training.cjs');
await esbuild.build({ entryPoints: [join(root, 'src/core/attribution/training.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning' });
const core = createRequire(import.meta.url)(bundle);
rmSync(scratch, { recursive: true, force: true });

const model = core.defaultModelForTest();
const vocab = new Set(model.cue.vocab.map((w) => core.hash(w) & 0x3fffffff));
const PREPOSITIONS = new Set(['in', 'for', 'to', 'on', 'of', 'about', 'among', 'with', 'against', 'by', 'under', 'from', 'at']);
const headCount = new Map();
const wordCount = new Map();
const docs = [];
for (const name of readdirSync(corpus).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort()) {
  const text = readFileSync(join(corpus, `${name}.txt`), 'utf8');
  const gold = JSON.parse(readFileSync(join(corpus, `${name}.gold.json`), 'utf8'));
  const { d } = core.prepare(text, { fileName: `${name}.txt` });
  const heads = new Set();
  for (const a of gold.attributions) {
    if (!a.cue || !a.content?.length) continue;
    const h = core.cueHead(d, a.cue.start, a.cue.end);
    if (h >= 0) heads.add(h);
  }
  for (let i = 0; i < d.toks.length; i++) if (d.toks.word(i)) wordCount.set(d.toks.lower(i), (wordCount.get(d.toks.lower(i)) ?? 0) + 1);
  for (const h of heads) headCount.set(d.toks.lower(h), (headCount.get(d.toks.lower(h)) ?? 0) + 1);
  docs.push({ d, heads });
}

const classes = new Map();
const add = (k, gold) => { const e = classes.get(k) ?? { gold: 0, other: 0 }; e[gold ? 'gold' : 'other']++; classes.set(k, e); };
const missedWords = new Map();
let heads = 0, candidates = 0, candidateHeads = 0;
for (const { d, heads: hs } of docs) {
  for (let i = 0; i < d.toks.length; i++) {
    const gold = hs.has(i);
    if (gold) heads++;
    if (core.cueCandidate(d, i, vocab)) {
      candidates++;
      if (gold) candidateHeads++;
      continue;
    }
    if (!d.toks.word(i)) continue;
    const w = d.toks.lower(i);
    if (gold) missedWords.set(w, (missedWords.get(w) ?? 0) + 1);
    const n = headCount.get(w) ?? 0;
    const ratio = n / (wordCount.get(w) ?? 1);
    if (n >= 2) for (const r of [0.04, 0.03, 0.02, 0.01]) if (ratio >= r) add(`vocab ratio >= ${r}`, gold);
    if (!PREPOSITIONS.has(w)) continue;
    add('preposition, anywhere', gold);
    const s = d.sent[i];
    if (i !== d.sentFirst[s]) continue;
    let comma = false;
    for (let k = i + 1; k < Math.min(d.sentEnd[s], i + 15) && !comma; k++) comma = d.toks.text(k) === ',';
    if (comma) add(`preposition opening a sentence before a comma: ${w}`, gold);
  }
}
console.log(`gold cue heads ${heads}; candidates ${candidates}, of them gold heads ${candidateHeads} (1 in ${(candidates / candidateHeads).toFixed(1)}); gold heads no candidate ${heads - candidateHeads}`);
console.log('\nclass: gold heads added / other tokens added (1 in N)');
for (const [k, e] of [...classes].sort((a, b) => b[1].gold - a[1].gold)) {
  console.log(`${String(e.gold).padStart(6)} / ${String(e.other).padStart(6)}  (1 in ${e.gold ? ((e.gold + e.other) / e.gold).toFixed(0) : '-'})  ${k}`);
}
console.log(`\ngold heads no candidate, by word (top ${TOP})`);
for (const [w, n] of [...missedWords].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP)) console.log(`${String(n).padStart(6)}  ${w}`);
