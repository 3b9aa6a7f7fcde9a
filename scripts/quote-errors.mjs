#!/usr/bin/env node
// Where direct-quote speakers go wrong, on TRAINING articles only (polnear-dev is validation: never look at its errors).
// Runs the quote pass of the current sources on each article (no build needed), pairs its quotes with the gold ones as
// the scorer does (largest overlap first, one to one) and sorts every gold quote with a speaker into what went wrong:
// not found; found without a speaker; speaker span too long; the same words as the gold speaker at another place; the
// previous quote's speaker carried over; another speaker picked. Each is broken down by where the gold speaker stands
// (same sentence before / after, earlier sentence, previous paragraph, next sentence or paragraph), by the kind of
// gold mention (pronoun, name, nominal) and by whether the quote is only part of a longer gold statement.
//   node scripts/quote-errors.mjs [--corpus DIR] [--top N] [--n EXAMPLES] [--examples TABLE [--key ROW]] [--dump FILE]
// --dump writes one line per gold quote with a speaker (article, offset, right/wrong, both speakers): diff two dumps to
// see what a change fixed and what it broke.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { options, root, trainingCorpus } from './lib/errorScript.mjs';

const opt = options();
const corpus = trainingCorpus('quote-errors', opt);
const TOP = Number(opt('top', 40));
const EXAMPLE_COUNT = Number(opt('n', 6));
const EXAMPLES = opt('examples', null);
const KEY = opt('key', null);

const scratch = mkdtempSync(join(tmpdir(), 'news-annotator-quote-errors-'));
const bundle = join(scratch, 'analyze.cjs');
await esbuild.build({ entryPoints: [join(root, 'src/core/analyze.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning' });
const core = createRequire(import.meta.url)(bundle);
rmSync(scratch, { recursive: true, force: true });

const SLACK = 50;
const overlapLen = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const right = (s, g) => s && overlapLen(s, g) > 0 && s.end - s.start <= g.end - g.start + SLACK;
const tables = new Map();
const count = (name, key, ex) => {
  if (!tables.has(name)) tables.set(name, new Map());
  const m = tables.get(name);
  const e = m.get(key) ?? { n: 0, ex: [] };
  e.n++;
  if (ex && e.ex.length < EXAMPLE_COUNT) e.ex.push(ex);
  m.set(key, e);
};
const PRONOUN = /^(?:he|she|they|i|we|it|you|who|which|that)$/i;
const kindOf = (t) => (PRONOUN.test(t) ? 'pronoun' : /^\p{Lu}/u.test(t) ? 'name' : 'nominal');
const clip = (s, n) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');

let goldWithSpeaker = 0, rightCount = 0;
const DUMP = opt('dump', null);
const dumped = [];
for (const f of readdirSync(corpus).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.slice(0, -'.gold.json'.length);
  const text = readFileSync(join(corpus, `${name}.txt`), 'utf8');
  const goldDoc = JSON.parse(readFileSync(join(corpus, f), 'utf8'));
  const gold = goldDoc.quotes;
  const statements = new Map((goldDoc.attributions ?? []).map((a) => [a.id, a]));
  const res = core.analyze(text, { fileName: `${name}.txt`, passes: { entities: false, attributions: false, dates: false } });
  const sys = res.quotes;
  const cands = [];
  gold.forEach((g, i) => sys.forEach((s, j) => { const o = overlapLen(g, s); if (o > 0) cands.push([o, i, j]); }));
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const pairOf = new Map(), used = new Set();
  for (const [, i, j] of cands) if (!pairOf.has(i) && !used.has(j)) { pairOf.set(i, j); used.add(j); }
  const sentOf = (pos) => res.sentences.findIndex((s) => s.start <= pos && pos < s.end);
  const paraOf = (pos) => res.paragraphs.findIndex((p) => p.start <= pos && pos < p.end);
  gold.forEach((g, i) => {
    if (!g.speaker) return;
    goldWithSpeaker++;
    const j = pairOf.get(i);
    const s = j === undefined ? null : sys[j];
    const ok = s && right(s.speaker, g.speaker);
    if (DUMP) dumped.push(`${name}\t${g.start}\t${ok ? 'right' : 'wrong'}\tgold <${g.speaker.text}> sys <${s?.speaker?.text ?? '-'}> [${s?.attribution ?? '-'}] || ${clip(text.slice(Math.max(0, Math.min(g.start, g.speaker.start) - 60), Math.min(text.length, Math.max(g.end, g.speaker.end) + 40)), 300)}`);
    if (ok) { rightCount++; return; }
    const gs = g.speaker;
    const gKind = kindOf(gs.text);
    // where the gold speaker stands, seen from the quote
    const qs = sentOf(g.start), qe = sentOf(Math.max(g.start, g.end - 1)), ss = sentOf(gs.start);
    const qp = paraOf(g.start), sp = paraOf(gs.start);
    let where;
    if (gs.start >= g.start && gs.end <= g.end) where = 'inside the quote';
    else if (sp < qp) where = qp - sp === 1 ? 'previous paragraph' : 'paragraphs back';
    else if (sp > qp) where = 'next paragraph';
    else if (ss >= qs && ss <= qe) where = gs.end <= g.start ? 'same sentence, before' : 'same sentence, after';
    else if (ss < qs) where = qs - ss === 1 ? 'previous sentence' : 'sentences back';
    else where = 'next sentence';
    const st = statements.get(g.attribution);
    const contentLen = st ? st.content.reduce((n, c) => n + c.end - c.start, 0) : g.end - g.start;
    const embedded = contentLen > 1.3 * (g.end - g.start) + 10;
    let what;
    if (!s) what = 'quote not found';
    else if (!s.speaker) what = 'no speaker';
    else if (overlapLen(s.speaker, gs) > 0) what = 'span too long';
    else if (s.speaker.text.toLowerCase() === gs.text.toLowerCase()) what = 'same words, other mention';
    else if (s.attribution === 'continuation') what = `carried over (${s.attribution})`;
    else what = `other speaker (${s.attribution})`;
    const ctxFrom = Math.max(0, Math.min(g.start, gs.start) - 40), ctxTo = Math.min(text.length, Math.max(g.end, gs.end) + 40);
    const line = `${name}: gold <${gs.text}> sys <${s?.speaker?.text ?? '-'}> [${s?.attribution ?? '-'}${s?.cue ? ` ${s.cue.text}` : ''}] gold cue [${g.cue?.text ?? '-'}] ${where} ${embedded ? '(embedded) ' : ''}|| ${clip(text.slice(ctxFrom, ctxTo), 400)}`;
    count('wrong or missing speaker: what', what, line);
    count('wrong or missing speaker: what × where', `${what} | ${where}`, line);
    if (s && s.speaker && !overlapLen(s.speaker, gs)) {
      const order = s.speaker.start >= g.end ? 'system speaker after the quote' : s.speaker.end <= gs.start ? 'system speaker before the gold one' : s.speaker.start >= gs.end && s.speaker.end <= g.start ? 'system speaker between gold speaker and quote' : 'system speaker elsewhere';
      count('wrong speaker: system speaker position × where', `${where} | ${order}`, line);
    }
    count('wrong or missing speaker: what × gold kind', `${what} | ${gKind}`, line);
    count('wrong or missing speaker: gold kind × where', `${gKind} | ${where}`, line);
    count('wrong or missing speaker: embedded in a longer statement', `${embedded ? 'embedded' : 'whole statement'} | ${what}`, line);
    if (gKind === 'nominal') count('nominal gold speakers missed: head word', gs.text.toLowerCase().split(/\s+/).pop(), line);
    if (g.cue) count('wrong or missing speaker: gold cue', g.cue.text.toLowerCase(), line);
  });
}

if (DUMP) writeFileSync(DUMP, dumped.join('\n') + '\n');
console.log(`gold quotes with a speaker: ${goldWithSpeaker}, right ${rightCount} (${(rightCount / goldWithSpeaker).toFixed(3)}), wrong or missing ${goldWithSpeaker - rightCount}`);
for (const [name, m] of tables) {
  if (EXAMPLES && name !== EXAMPLES) continue;
  console.log(`\n== ${name}`);
  const rows = [...m].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1)).slice(0, TOP);
  for (const [k, e] of rows) {
    if (KEY && k !== KEY) continue;
    console.log(`${String(e.n).padStart(6)}  ${k}`);
    if (EXAMPLES) for (const x of e.ex) console.log(`          ${x}`);
  }
}
