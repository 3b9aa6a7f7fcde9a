#!/usr/bin/env node
// The date pass's cost, as ratios measured in one run (interleaved repeats, medians), so a busy machine
// slows both sides alike:
//   1. the date pass (tagDates, after segmentation) over polnear-train vs chrono-node's own parse of the
//      same whole texts, in wall and CPU time;
//   2. 3 MB of date-dense text: seconds for segmentation + the date pass;
//   3. linearity: time per MB at 4 MB / at 0.5 MB, on date-dense paragraphs and on one long line.
//   node scripts/bench-dates.mjs [--runs N] [--no-stress] [--only prep|dates|chrono [--repeat N]]
// --no-stress stops after the corpus ratio (for measuring an older, quadratic date pass).
// --only runs one workload N times (default 1) over polnear-train and exits, for counting instructions:
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null node scripts/bench-dates.mjs --only dates --repeat 3
// The count of `--repeat 3` minus that of `--repeat 1` is two warm passes (compilation excluded); the count
// of `--only prep` (loading and segmenting the corpus, neither side run) is what a single cold pass adds to.
// Reads ../shared/eval/polnear-train in place (or $NEWS_ANNOTATOR_SHARED/eval/polnear-train).
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(opt('--runs', '7')) || 7);
const ONLY = opt('--only', null);
if (ONLY !== null && !['prep', 'dates', 'chrono'].includes(ONLY)) {
  console.error(`bench-dates: --only takes prep, dates or chrono, not "${ONLY}"`);
  process.exit(2);
}

const shared = resolve(process.env.NEWS_ANNOTATOR_SHARED ?? join(root, '..', 'shared'));
const corpus = join(shared, 'eval', 'polnear-train');
if (!existsSync(corpus)) {
  console.error(`bench-dates: ${corpus} is missing (../shared beside the repository, or NEWS_ANNOTATOR_SHARED)`);
  process.exit(1);
}

// The core as the CLI bundles it, plus the stress texts of the tests.
const scratch = mkdtempSync(join(tmpdir(), 'bench-dates-'));
let core;
try {
  const bundle = join(scratch, 'core.cjs');
  await esbuild.build({
    stdin: {
      contents: `export { analyze } from './src/core/analyze';
export { tagDates } from './src/core/dates';
export * from './test/fixtures/stressTexts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  });
  core = require(bundle);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const { analyze, tagDates, DATE_DENSE, LONG_LINE, repeatTo } = core;
const chrono = require('chrono-node');

const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
const docs = files.map((f) => {
  const text = readFileSync(join(corpus, f), 'utf8');
  const metaFile = join(corpus, f.replace(/\.txt$/, '.meta.json'));
  const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : undefined;
  // Segmentation and the document date, as analyze() hands them to the date pass.
  const a = analyze(text, { fileName: f, meta, passes: { quotes: false, attributions: false, entities: false, dates: false } });
  const dct = a.documentDate.value;
  return { text, dct, sentences: a.sentences, ref: dct ? new Date(`${dct}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12)) };
});
const chars = docs.reduce((n, d) => n + d.text.length, 0);

let sink = 0;
const runDates = () => {
  for (const d of docs) sink += tagDates(d.text, { documentDate: d.dct, sentences: d.sentences }).length;
};
const runChrono = () => {
  for (const d of docs) sink += chrono.parse(d.text, d.ref).length;
};

if (ONLY !== null) {
  const repeat = Math.max(1, Number(opt('--repeat', '1')) || 1);
  for (let i = 0; i < repeat; i++) {
    if (ONLY === 'dates') runDates();
    if (ONLY === 'chrono') runChrono();
  }
  console.log(`${ONLY} x${repeat}: ${docs.length} files, ${sink} results`);
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** [wall seconds, CPU seconds] of one call. */
const measure = (fn) => {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  return [wall, (c.user + c.system) / 1e6];
};

runDates();
runChrono(); // warm up both
const wD = [];
const cD = [];
const wC = [];
const cC = [];
for (let i = 0; i < RUNS; i++) {
  const [a, b] = measure(runDates);
  wD.push(a);
  cD.push(b);
  const [c, d] = measure(runChrono);
  wC.push(c);
  cC.push(d);
}
console.log(`polnear-train: ${docs.length} files, ${(chars / 1e6).toFixed(2)} M characters; median of ${RUNS} interleaved runs`);
console.log(`  date pass     ${(median(wD) * 1000).toFixed(0).padStart(6)} ms wall  ${(median(cD) * 1000).toFixed(0).padStart(6)} ms CPU`);
console.log(`  chrono.parse  ${(median(wC) * 1000).toFixed(0).padStart(6)} ms wall  ${(median(cC) * 1000).toFixed(0).padStart(6)} ms CPU`);
console.log(`  ratio date pass / chrono.parse: ${(median(wD) / median(wC)).toFixed(3)} wall, ${(median(cD) / median(cC)).toFixed(3)} CPU`);

if (args.includes('--no-stress')) process.exit(0);

/** [wall, CPU] seconds for segmentation + the date pass over `unit` repeated to `n` characters. */
const stress = (unit, n) => {
  const text = repeatTo(unit, n);
  return measure(() => {
    const a = analyze(text, { documentDate: '2021-03-19', passes: { quotes: false, attributions: false, entities: false, dates: false } });
    sink += tagDates(text, { documentDate: '2021-03-19', sentences: a.sentences }).length;
  });
};
const medianPair = (pairs) => [median(pairs.map((p) => p[0])), median(pairs.map((p) => p[1]))];
stress(DATE_DENSE, 200_000);
const [dense3, dense3cpu] = medianPair([stress(DATE_DENSE, 3_000_000), stress(DATE_DENSE, 3_000_000), stress(DATE_DENSE, 3_000_000)]);
console.log(`3 MB of date-dense text: ${dense3.toFixed(2)} s wall, ${dense3cpu.toFixed(2)} s CPU (goal: under 3 s)`);
for (const [name, unit] of [['date-dense', DATE_DENSE], ['one long line', LONG_LINE]]) {
  stress(unit, 200_000);
  const small = [];
  const big = [];
  for (let i = 0; i < 2; i++) {
    small.push(stress(unit, 500_000).map((t) => t / 0.5));
    big.push(stress(unit, 4_000_000).map((t) => t / 4));
  }
  const least = (runs, k) => runs.reduce((m, p) => Math.min(m, p[k]), Infinity);
  const [s, sc] = [least(small, 0), least(small, 1)];
  const [b, bc] = [least(big, 0), least(big, 1)];
  console.log(
    `linearity, ${name}: s/MB at 0.5 MB ${s.toFixed(2)} wall ${sc.toFixed(2)} CPU, at 4 MB ${b.toFixed(2)} wall ${bc.toFixed(2)} CPU; ` +
      `ratio ${(b / s).toFixed(2)} wall, ${(bc / sc).toFixed(2)} CPU (goal: within 1.5)`,
  );
}
if (sink < 0) console.log(sink);
