#!/usr/bin/env node
// Where the entity pass loses: gold kind → system kind for every gold named mention (exact span, else the kind of an
// overlapping system mention, else MISS), then the missed and the spurious strings per kind, with counts. Reads the
// gold in place (../shared/eval/gum-news by default) and the system output that `npm run eval -- entities` wrote.
//   node scripts/entity-errors.mjs [GOLD_DIR] [SYSTEM_DIR] [--kind person|organization|place] [--top N] [--doc] [--counts]
// --counts prints category counts only, no strings: what held-out data such as gum-news may be read for (which kind
// of loss is largest), as opposed to its strings (which would tune rules to it). The list categories follow the
// scorer: a system entity is right when one of its mentions is exactly a gold mention of its kind.
// With --counts, where SYSTEM_DIR also holds the full analyses (NAME.analysis.json, from `--format json --out` into the
// same folder), the list verdicts are counted by the evidence that typed each entity too (evidence × verdict).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--kind', '--top'].includes(args[i - 1])));
const shared = resolve(process.env.NEWS_ANNOTATOR_SHARED ?? join(root, '..', 'shared'));
const goldDir = resolve(positional[0] ?? join(shared, 'eval', 'gum-news'));
const sysDir = resolve(positional[1] ?? join(root, '.eval-out', 'entities'));
const onlyKind = opt('kind', null);
const TOP = Number(opt('top', 40));
const perDoc = args.includes('--doc');
const countsOnly = args.includes('--counts');
/** List-level categories: system entities by why they are wrong, gold entities by what the system made of them. */
const listCounts = new Map();
/** Evidence → verdict → count, for the listed entities whose full analysis is at hand. */
const byEvidence = new Map();
let analyses = 0;
if (!existsSync(goldDir) || !existsSync(sysDir)) {
  console.error(`entity-errors: missing ${existsSync(goldDir) ? sysDir : goldDir} (run npm run eval -- entities first)`);
  process.exit(1);
}

const KINDS = ['person', 'organization', 'place'];
const key = (s) => `${s.start}:${s.end}`;
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const confusion = new Map();
const missed = new Map(KINDS.map((k) => [k, new Map()]));
const spurious = new Map(KINDS.map((k) => [k, new Map()]));
const count = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);

for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.slice(0, -'.gold.json'.length);
  const text = readFileSync(join(goldDir, `${name}.txt`), 'utf8');
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
  const sysFile = join(sysDir, `${name}.json`);
  const sysDoc = existsSync(sysFile) ? JSON.parse(readFileSync(sysFile, 'utf8')) : { entities: [] };
  // The evidence of each listed entity, by kind and name (the eval format keeps only those two).
  const fullFile = join(sysDir, `${name}.analysis.json`);
  const evidenceOf = new Map();
  if (existsSync(fullFile)) {
    analyses++;
    for (const e of JSON.parse(readFileSync(fullFile, 'utf8')).entities ?? []) {
      // The context model's vote by how many named mentions voted: one, or more.
      const once = e.mentions.filter((m) => m.kind === 'name' || m.kind === 'surname' || m.kind === 'variant').length === 1;
      evidenceOf.set(`${e.kind}|${e.name}`, e.evidence === 'context-model' ? `context-model ${once ? '(once)' : '(2+)'}` : e.evidence ?? 'none');
    }
  }
  const g = gold.entities.filter((e) => KINDS.includes(e.kind)).flatMap((e) => e.mentions.map((m) => ({ ...m, kind: e.kind })));
  const misc = gold.misc ?? [];
  const s = (sysDoc.entities ?? []).filter((e) => KINDS.includes(e.kind)).flatMap((e) => e.mentions.map((m) => ({ ...m, kind: e.kind })));
  const sysByKey = new Map(s.map((m) => [key(m), m]));
  const goldKeys = new Set(g.map(key));
  const miscKeys = new Set(misc.map(key));
  const tag = perDoc ? `  [${name}]` : '';
  for (const m of g) {
    const hit = sysByKey.get(key(m));
    const over = hit ? null : s.find((x) => overlaps(x, m));
    const sysKind = hit ? hit.kind : over ? `${over.kind}~` : 'MISS';
    count(confusion, `${m.kind} → ${sysKind}`);
    if (!hit || hit.kind !== m.kind) {
      const what = over ? `${text.slice(m.start, m.end)}  (sys ${over.kind}: ${text.slice(over.start, over.end)})` : `${text.slice(m.start, m.end)}${hit ? `  (as ${hit.kind})` : ''}`;
      count(missed.get(m.kind), what + tag);
    }
  }
  for (const e of (sysDoc.entities ?? []).filter((x) => KINDS.includes(x.kind))) {
    const ms = e.mentions ?? [];
    let why;
    if (ms.some((m) => g.some((x) => key(x) === key(m) && x.kind === e.kind))) why = 'right';
    else if (ms.every((m) => miscKeys.has(key(m)) || (misc.some((x) => overlaps(x, m)) && !g.some((x) => overlaps(x, m))))) why = 'only on misc (ignored)';
    else {
      const exact = ms.map((m) => g.find((x) => key(x) === key(m))).find(Boolean);
      const over = exact ? null : ms.map((m) => g.find((x) => overlaps(x, m))).find(Boolean);
      why = exact ? `wrong: kind (gold ${exact.kind})` : over ? `wrong: boundary (gold ${over.kind})` : 'wrong: no gold mention there';
    }
    const words = e.name.split(/\s+/).length;
    const ev = evidenceOf.get(`${e.kind}|${e.name}`);
    if (ev !== undefined) {
      const k = `${e.kind} by ${ev}`;
      if (!byEvidence.has(k)) byEvidence.set(k, new Map());
      count(byEvidence.get(k), why.startsWith('wrong') ? 'wrong' : why);
      if (why.startsWith('wrong')) count(byEvidence.get(k), why.startsWith('wrong: boundary') ? 'boundary' : why.startsWith('wrong: kind') ? 'kind' : 'none');
    }
    count(listCounts, `listed ${e.kind}: ${why}, ${words === 1 ? '1 word' : words === 2 ? '2 words' : '3+ words'}`);
  }
  for (const ge of gold.entities.filter((x) => KINDS.includes(x.kind))) {
    if (ge.mentions.some((m) => sysByKey.get(key(m))?.kind === ge.kind)) continue;
    const got = new Set(ge.mentions.map((m) => sysByKey.get(key(m))?.kind ?? (s.some((x) => overlaps(x, m)) ? 'an overlapping span' : 'nothing')));
    count(listCounts, `gold ${ge.kind} not listed: system has ${[...got].sort().join(' / ')}`);
  }
  for (const m of s) {
    if (goldKeys.has(key(m))) {
      const gm = g.find((x) => key(x) === key(m));
      if (gm.kind === m.kind) continue;
    }
    // The scorer's misc rule: exactly a misc span, or on one and on no gold mention.
    if (!goldKeys.has(key(m)) && (miscKeys.has(key(m)) || (misc.some((x) => overlaps(x, m)) && !g.some((x) => overlaps(x, m))))) continue;
    const gm = g.find((x) => key(x) === key(m)) ?? g.find((x) => overlaps(x, m));
    count(spurious.get(m.kind), `${text.slice(m.start, m.end)}${gm ? `  (gold ${gm.kind}: ${text.slice(gm.start, gm.end)})` : ''}${tag}`);
  }
}

const sorted = (m) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log('gold kind → system kind (exact span; "~" an overlapping span of that kind)');
for (const [k, v] of sorted(confusion)) if (!onlyKind || k.startsWith(onlyKind)) console.log(`  ${String(v).padStart(4)}  ${k}`);
console.log('\nsidebar lists: system entities by verdict, gold entities left out by what the system has there');
for (const [k, v] of [...listCounts].sort((a, b) => a[0].localeCompare(b[0]))) if (!onlyKind || k.includes(onlyKind)) console.log(`  ${String(v).padStart(4)}  ${k}`);
if (byEvidence.size > 0) {
  console.log(`\nsidebar lists by evidence (${analyses} analyses): right / wrong (boundary, kind, no gold mention) / only on misc, and precision (right of right + wrong)`);
  const rows = [...byEvidence].map(([k, m]) => [k, m.get('right') ?? 0, m.get('wrong') ?? 0, m.get('only on misc (ignored)') ?? 0, ['boundary', 'kind', 'none'].map((x) => m.get(x) ?? 0).join('/')]);
  rows.sort((a, b) => a[0].localeCompare(b[0]));
  for (const [k, r, w, x, split] of rows) console.log(`  ${k.padEnd(36)} ${String(r).padStart(4)} ${String(w).padStart(4)} (${split.padStart(8)}) ${String(x).padStart(4)}   ${r + w > 0 ? (r / (r + w)).toFixed(3) : '-'}`);
}
for (const k of countsOnly ? [] : KINDS) {
  if (onlyKind && k !== onlyKind) continue;
  const fn = sorted(missed.get(k));
  const fp = sorted(spurious.get(k));
  console.log(`\n${k}: ${fn.reduce((a, [, v]) => a + v, 0)} gold mentions not found as ${k} (top ${TOP})`);
  for (const [s, v] of fn.slice(0, TOP)) console.log(`  ${String(v).padStart(3)}  ${s}`);
  console.log(`\n${k}: ${fp.reduce((a, [, v]) => a + v, 0)} system ${k} mentions not gold ${k} (top ${TOP})`);
  for (const [s, v] of fp.slice(0, TOP)) console.log(`  ${String(v).padStart(3)}  ${s}`);
}
