#!/usr/bin/env node
// A precision audit of the entity lists by evidence source, on data one may read (polnear-train, timebank): reads the
// full analyses (`--format json --out DIR`) of one or more folders, counts the listed entities (people, organizations,
// places) by kind and the evidence that typed them, and draws a seeded random sample per source with each sampled
// entity's first named mentions in context, for judging by hand. Prints to stdout; nothing is written to the project.
//   node scripts/entity-audit.mjs DIR... [--sample N] [--seed S] [--counts] [--source "organization by org-head"]
// (Run it from the folder the CLI ran in: each analysis names its text by the path the CLI was given.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './lib/random.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const dirs = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--') && args[i - 1] !== '--counts'));
const SAMPLE = Number(opt('sample', 40));
const SEED = Number(opt('seed', 23));
const only = opt('source', null);
const countsOnly = args.includes('--counts');
const LISTED = new Set(['person', 'organization', 'place']);

const NAMED = new Set(['name', 'surname', 'variant']);
const bySource = new Map();
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.analysis.json')).sort()) {
    const a = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const text = readFileSync(a.source, 'utf8');
    for (const e of a.entities ?? []) {
      if (!LISTED.has(e.kind)) continue;
      const named = e.mentions.filter((m) => NAMED.has(m.kind));
      const ev = e.evidence === 'context-model' ? `context-model ${named.length === 1 ? '(once)' : '(2+)'}` : e.evidence ?? 'none';
      const src = `${e.kind} by ${ev}`;
      if (!bySource.has(src)) bySource.set(src, []);
      bySource.get(src).push({ doc: f, e, named, text });
    }
  }
}
const flat = (s) => s.replace(/\s+/g, ' ');
const sources = [...bySource.keys()].sort();
for (const src of sources) {
  const all = bySource.get(src);
  if (countsOnly || (only && src !== only)) { if (countsOnly) console.log(`${String(all.length).padStart(6)}  ${src}`); continue; }
  const r = mulberry32(SEED);
  const idx = all.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [idx[i], idx[j]] = [idx[j], idx[i]]; }
  const n = Math.min(SAMPLE, all.length);
  console.log(`\n=== ${src}: ${all.length} listed, ${n} sampled`);
  for (let k = 0; k < n; k++) {
    const { doc, e, named, text } = all[idx[k]];
    console.log(`#${k + 1} [${e.name}] (${named.length} named: ${[...new Set(named.map((m) => m.text))].slice(0, 4).join(' | ')})  ${doc.slice(0, 40)}`);
    for (const m of named.slice(0, 2)) console.log(`     …${flat(text.slice(Math.max(0, m.start - 70), m.start))}⟦${flat(text.slice(m.start, m.end))}⟧${flat(text.slice(m.end, m.end + 50))}…`);
  }
}
