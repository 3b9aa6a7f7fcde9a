#!/usr/bin/env node
// The curated layer's cost on long articles, as ratios measured in one run with interleaved repeats: reading a
// NAME.ann (parse + curatedAnalysis), writing one (fromAnalysis + serialize) and Mark Document as Reviewed
// (confirm every item), each against analyze() of the same text, at two sizes (time per MB shows linearity).
// Uses the compiled core in out/ (run `npx tsc -p .` first). The text is the repository's seed article repeated.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const require = createRequire(import.meta.url);
let core;
let curated;
try {
  core = require(join(ROOT, 'out', 'src', 'core'));
  curated = require(join(ROOT, 'out', 'src', 'core', 'curated'));
} catch {
  console.error('bench-curation: no compiled core in out/: run npx tsc -p . first');
  process.exit(1);
}

const seed = readFileSync(join(ROOT, 'seeds', '000_9b514ff0938d35df.txt'), 'utf8');
const body = `\n${seed.replace(/^\s*date \S+\s*/, '')}`;
const article = (bytes) => seed + body.repeat(Math.ceil(bytes / body.length));
const REPEATS = Number(process.env.REPEATS || 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function once(text) {
  const t = {};
  let t0 = performance.now();
  const auto = core.analyze(text);
  t.analyze = performance.now() - t0;
  t0 = performance.now();
  const ann = curated.serializeAnn(curated.fromAnalysis(text, auto), text);
  t.write = performance.now() - t0;
  t0 = performance.now();
  const doc = curated.parseAnn(ann, text).doc;
  const shown = curated.curatedAnalysis(text, doc, auto);
  t.read = performance.now() - t0;
  t0 = performance.now();
  const refs = curated.reviewItems(shown).map((i) => i.ref);
  curated.confirm(doc, curated.idsOf(doc, text, refs));
  t.reviewAll = performance.now() - t0;
  return t;
}

const sizes = [250_000, 1_000_000];
const runs = Object.fromEntries(sizes.map((s) => [s, []]));
for (let r = 0; r < REPEATS; r++) for (const s of sizes) runs[s].push(once(article(s)));
console.log(`curated layer vs analyze(), medians of ${REPEATS} interleaved runs`);
for (const s of sizes) {
  const m = (k) => median(runs[s].map((x) => x[k]));
  const mb = article(s).length / 1e6;
  console.log(`${mb.toFixed(2)} MB: analyze ${m('analyze').toFixed(0)} ms (${(m('analyze') / mb).toFixed(0)} ms/MB); ` +
    ['write', 'read', 'reviewAll'].map((k) => `${k} ${m(k).toFixed(0)} ms = ${(m(k) / m('analyze')).toFixed(2)}x`).join(', '));
}
