#!/usr/bin/env node
// Where the attribution pass loses, on TRAINING articles only (polnear-dev is validation: never look at its errors).
// Reads the gold in place and system output in the eval format (a folder of NAME.json, e.g. from
// `node dist/cli.js --format eval --out DIR ../shared/eval/polnear-train`) or the held-out dump of
// `node scripts/train.mjs --dump FILE` (honest: each article scored by models that did not see it). Prints, for gold
// reported statements (no quotation mark), the missed ones by cue head and by sentence shape, and the wrong sources
// by where the gold source stands and what kind of mention it is.
//   node scripts/attr-errors.mjs SYSTEM_DIR_OR_DUMP [--corpus DIR] [--top N] [--examples TABLE [--key ROW] [--n EXAMPLES]]
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { options, root, trainingCorpus } from './lib/errorScript.mjs';

const args = process.argv.slice(2);
const opt = options(args);
const corpus = trainingCorpus('attr-errors', opt);
const TOP = Number(opt('top', 30));
const EXAMPLES = opt('examples', null);
const KEY = opt('key', null);
const sysPath = args[0] && !args[0].startsWith('--') ? resolve(args[0]) : null;
if (!sysPath || !existsSync(sysPath)) {
  console.error('usage: node scripts/attr-errors.mjs SYSTEM_DIR_OR_DUMP [--corpus DIR] [--top N] [--examples TABLE [--key ROW] [--n EXAMPLES]]');
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'news-annotator-errors-'));
const bundle = join(scratch, 'training.cjs');
await esbuild.build({ entryPoints: [join(root, 'src/core/attribution/training.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning' });
const core = createRequire(import.meta.url)(bundle);
rmSync(scratch, { recursive: true, force: true });

/** System attributions per article name. */
const system = new Map();
if (statSync(sysPath).isDirectory()) {
  for (const f of readdirSync(sysPath).filter((x) => x.endsWith('.json'))) system.set(f.slice(0, -5), JSON.parse(readFileSync(join(sysPath, f), 'utf8')).attributions ?? []);
} else {
  for (const x of JSON.parse(readFileSync(sysPath, 'utf8'))) system.set(x.name, x.attributions);
}

const model = core.defaultModelForTest();
const vocab = new Set(model.cue.vocab.map((w) => core.hash(w) & 0x3fffffff));
const cueWeights = core.weightMap(model.cue.weights);
const QUOTE_RE = /["“”]/;
const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const ov = (a, b) => { let n = 0; for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start)); return n; };
const EXAMPLE_COUNT = Number(opt('n', 6));
const count = (m, k, ex) => { const e = m.get(k) ?? { n: 0, ex: [] }; e.n++; if (ex && e.ex.length < EXAMPLE_COUNT) e.ex.push(ex); m.set(k, e); };
const tables = new Map();
const table = (name) => { if (!tables.has(name)) tables.set(name, new Map()); return tables.get(name); };

let goldReported = 0, foundReported = 0, rightReported = 0;
for (const f of readdirSync(corpus).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.slice(0, -'.gold.json'.length);
  if (!system.has(name)) continue;
  const text = readFileSync(join(corpus, `${name}.txt`), 'utf8');
  const gold = JSON.parse(readFileSync(join(corpus, f), 'utf8')).attributions.filter((a) => a.content?.length);
  const sys = system.get(name);
  const p = core.prepare(text, { fileName: `${name}.txt` });
  const sentOf = (pos) => { let lo = 0, hi = p.sentences.length - 1; while (lo < hi) { const m = (lo + hi + 1) >> 1; if (p.sentences[m].start <= pos) lo = m; else hi = m - 1; } return lo; };
  // pair as the scorer pairs: largest overlap first, one to one
  const cands = [];
  gold.forEach((g, i) => sys.forEach((a, j) => { const o = ov(g.content, a.content); if (o > 0) cands.push([o, i, j]); }));
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const pairOf = new Map(), used = new Set();
  for (const [, i, j] of cands) if (!pairOf.has(i) && !used.has(j)) { pairOf.set(i, j); used.add(j); }
  // system statements paired with no gold one: why they are extra
  sys.forEach((a, j) => {
    if (used.has(j)) return;
    const content = a.content.map((c) => text.slice(c.start, c.end)).join(' … ');
    const cue = a.cue ? text.slice(a.cue.start, a.cue.end).toLowerCase() : '(no cue)';
    const line = `${name}: [${cue}] <${a.source ? text.slice(a.source.start, a.source.end) : '-'}> ${content.slice(0, 160)}`;
    const onGold = gold.some((g) => ov(g.content, a.content) > 0);
    const cueIsGold = a.cue && gold.some((g) => g.cue && overlaps(g.cue, a.cue));
    count(table('extra system statements: why'), `${QUOTE_RE.test(content) ? 'direct' : 'reported'}, ${onGold ? 'overlaps a gold content paired elsewhere' : 'on no gold content'}${cueIsGold ? ', cue is a gold cue' : ''}`, line);
    if (!QUOTE_RE.test(content)) count(table('extra reported statements: cue'), cue, line);
  });
  // every gold statement with a source, direct or reported: where source accuracy is lost (its denominator counts
  // them all, so a statement not found at all costs it as much as a wrong pick)
  gold.forEach((g, i) => {
    if (!g.source) return;
    const kind = QUOTE_RE.test(g.content.map((c) => text.slice(c.start, c.end)).join(' ')) ? 'direct' : 'reported';
    const j = pairOf.get(i);
    const a = j === undefined ? null : sys[j];
    const right = a && a.source && overlaps(a.source, g.source) && a.source.end - a.source.start <= g.source.end - g.source.start + 50;
    const why = !a ? 'content not found' : right ? 'right' : !a.source ? 'found, no source'
      : g.cue && a.cue && overlaps(a.cue, g.cue) ? 'found by its cue, another source picked' : 'found through another cue, its source';
    count(table('gold with a source: outcome'), `${kind}: ${why}`);
  });
  let all = null;
  gold.forEach((g, i) => {
    const content = g.content.map((c) => text.slice(c.start, c.end)).join(' … ');
    if (QUOTE_RE.test(content)) return;
    goldReported++;
    const cStart = g.content[0].start, cEnd = g.content[g.content.length - 1].end;
    let head = '(no cue)';
    let headTok = -1;
    let cueShape = 'none';
    if (g.cue) {
      // the head token as train.mjs finds it (core cueHead)
      headTok = core.cueHead(p.d, g.cue.start, g.cue.end);
      head = headTok < 0 ? '?' : p.d.toks.lower(headTok);
      cueShape = g.cue.end <= cStart ? 'cue-before' : g.cue.start >= cEnd ? 'cue-after' : 'cue-inside';
      const sc = sentOf(g.cue.start), s0 = sentOf(cStart), s1 = sentOf(cEnd - 1);
      if (s0 !== sc || s1 !== sc) cueShape += s1 > sc ? '+later-sentence' : '+earlier-sentence';
    }
    const verb = core.isReportingVerb(head) ? 'verb' : head === 'according' ? 'according' : 'other';
    const line = `${name}: [${g.cue ? text.slice(g.cue.start, g.cue.end) : '-'}] ${g.source ? `<${g.source.text}> ` : ''}${content.slice(0, 160)}`;
    const j = pairOf.get(i);
    if (j === undefined) {
      const cueFound = g.cue && sys.some((a) => a.cue && overlaps(a.cue, g.cue));
      count(table('missed reported: by cue head'), head, line);
      count(table('missed reported: cue kind × shape'), `${verb} ${cueShape}`, line);
      const withCue = g.cue ? sys.find((a) => a.cue && overlaps(a.cue, g.cue)) : null;
      const seen = withCue ? ` || system content: ${withCue.content.map((c) => text.slice(c.start, c.end)).join(' … ').slice(0, 120)}` : '';
      let found = cueFound ? 'cue found, content elsewhere' : g.cue ? 'cue not found' : 'gold has no cue';
      if (g.cue && !cueFound) {
        // what the committed cue classifier makes of the head token
        const h = headTok;
        if (h < 0) found += ', head not a token';
        else if (!core.cueCandidate(p.d, h, vocab)) found += ', head no candidate';
        else if (core.scoreIds(cueWeights, core.cueFeatures(p.d, h)) < model.cue.threshold) found += ', head scored below threshold';
        else if (!core.contentOf(p.d, h, null)) found += ', head kept, no content rule';
        else {
          all ??= core.findAttributions({ ...p, keepAll: true });
          const a = all.find((x) => x.cue && overlaps(x.cue, g.cue));
          found += !a ? ', head kept, statement left to a quote' : ov(a.content, g.content) ? ', head kept, dropped by the keep model' : ', head kept, content elsewhere';
        }
      }
      count(table('missed reported: was the cue found'), found, line + seen);
      count(table(`missed reported, ${found}: by cue head`), head, line);
      const words = content.split(/\s+/).length;
      count(table('missed reported: content words'), words <= 2 ? '1-2' : words <= 5 ? '3-5' : words <= 10 ? '6-10' : '11+', line);
      return;
    }
    foundReported++;
    if (!g.source) return;
    const s = sys[j].source;
    const right = s && overlaps(s, g.source) && s.end - s.start <= g.source.end - g.source.start + 50;
    if (right) { rightReported++; return; }
    const gs = g.source.text;
    const gKind = /^(?:he|she|they|i|we|it|you|who|which|that)$/i.test(gs) ? `pronoun:${gs.toLowerCase()}` : /^\p{Lu}/u.test(gs) ? 'name' : 'nominal';
    const anchor = g.cue ?? { start: cStart, end: cEnd };
    const where = sentOf(g.source.start) === sentOf(anchor.start) ? (g.source.end <= anchor.start ? 'same sentence, before cue' : 'same sentence, after cue')
      : sentOf(g.source.start) === sentOf(anchor.start) - 1 ? 'previous sentence' : sentOf(g.source.start) < sentOf(anchor.start) ? 'earlier sentences' : 'later sentence';
    const sysKind = !s ? 'none' : overlaps(s, g.source) ? 'overlaps but too long' : 'other mention';
    // another system statement, left unpaired, overlapping this content with the right source: the pairing went to a
    // statement whose content holds this one (a nested statement)
    const paired = new Set(pairOf.values());
    const better = sys.find((a, k) => k !== j && !paired.has(k) && ov(a.content, g.content) > 0 && a.source && overlaps(a.source, g.source));
    count(table('wrong reported source: a right unpaired statement exists'), better ? `yes (the paired one ${ov(sys[j].content, g.content) === ov(better.content, g.content) ? 'ties' : 'overlaps more'})` : 'no', `${line} || system <${s ? text.slice(s.start, s.end) : '-'}>`);
    const wline = `${line} || system <${s ? text.slice(s.start, s.end) : '-'}>`;
    count(table('wrong reported source: gold kind'), gKind.startsWith('pronoun') ? 'pronoun' : gKind, wline);
    count(table('wrong reported source: where the gold source is'), where, wline);
    count(table('wrong reported source: system'), sysKind, wline);
    // how the paired system statement stands to the gold one: a content that swallowed the gold statement (its cue and
    // source inside, the cue of another clause) is a content boundary error, not the ranker's
    const inContent = (spans, x) => spans.some((c) => c.start <= x.start && x.end <= c.end);
    const sc = sys[j].cue;
    const relation = !g.cue || !sc ? 'a cue missing' : overlaps(g.cue, sc) ? 'same cue'
      : inContent(sys[j].content, g.cue) ? (inContent(sys[j].content, g.source) ? 'gold cue and source inside the system content' : 'gold cue inside the system content')
        : inContent(g.content, sc) ? 'system cue inside the gold content' : 'another cue';
    count(table('wrong reported source: the paired system statement'), relation, `${wline} [sys cue ${sc ? text.slice(sc.start, sc.end) : '-'}]`);
    count(table('wrong reported source: cue head'), head, wline);
    count(table('wrong reported source: cue kind × shape'), `${verb} ${cueShape}`, wline);
  });
}

console.log(`gold reported ${goldReported}, found ${foundReported} (${(foundReported / goldReported).toFixed(3)}), right source ${rightReported}`);
for (const [title, m] of tables) {
  const rows = [...m].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  const total = rows.reduce((n, r) => n + r[1].n, 0);
  console.log(`\n== ${title} (${total})`);
  for (const [k, v] of rows.slice(0, TOP)) console.log(`${String(v.n).padStart(6)}  ${k}`);
  if (EXAMPLES && title.includes(EXAMPLES)) {
    for (const [k, v] of rows.slice(0, TOP)) if (KEY === null || k === KEY) for (const e of v.ex) console.log(`   ${k} | ${e}`);
  }
}
