#!/usr/bin/env node
// Throughput and memory of the annotator against chrono-node's parse alone, on the same text.
//   node scripts/bench.mjs [--runs N] [DIR ...]
// Default corpus: the news articles of ../shared/eval (several hundred), else seeds/ (said loudly).
// Prints: in-process MB/s (median of N runs) of the full analysis and of chrono.parse alone;
// whole-process wall time of the CLI vs a process running chrono.parse alone over the same files;
// peak RSS of the CLI annotating one 10 MB file.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const runsIdx = args.indexOf('--runs');
const RUNS = runsIdx >= 0 ? Math.max(1, Number(args[runsIdx + 1]) || 5) : 5;
const dirsGiven = args.filter((a, i) => !a.startsWith('--') && (runsIdx < 0 || i !== runsIdx + 1));

const shared = resolve(process.env.NEWS_ANNOTATOR_SHARED ?? join(root, '..', 'shared'));
let dirs = dirsGiven;
if (!dirs.length) {
  dirs = [join(shared, 'eval', 'polnear-dev'), join(shared, 'eval', 'timebank')].filter((d) => existsSync(d));
  if (!dirs.length) {
    console.error(`bench: ${shared}/eval is missing; measuring on seeds/ only, which is far too small for a throughput figure`);
    dirs = [join(root, 'seeds')];
  }
}
const cliPath = join(root, 'dist', 'cli.js');
if (!existsSync(cliPath)) {
  console.error('bench: dist/cli.js is missing; run `node esbuild.mjs` first (npm run bench does)');
  process.exit(1);
}
const { analyze } = require(cliPath);
const chrono = require('chrono-node');

const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)));
const docs = files.map((file) => {
  const metaFile = file.replace(/\.txt$/, '.meta.json');
  const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : undefined;
  return { file, text: readFileSync(file, 'utf8'), meta };
});
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
const refDate = (d) => {
  const a = analyze(d.text.slice(0, 400), { fileName: d.file, meta: d.meta, passes: { quotes: false, entities: false, dates: false } });
  return a.documentDate.value ? new Date(`${a.documentDate.value}T12:00:00`) : new Date();
};
for (const d of docs) d.ref = refDate(d);

const runAnalyze = () => { for (const d of docs) analyze(d.text, { fileName: d.file, meta: d.meta }); };
const runChrono = () => { for (const d of docs) chrono.parse(d.text, d.ref); };
runAnalyze(); runChrono(); // warm up
const tA = [];
const tC = [];
for (let i = 0; i < RUNS; i++) { tA.push(time(runAnalyze)); tC.push(time(runChrono)); }
const mb = bytes / 1e6;
console.log(`corpus: ${docs.length} files, ${mb.toFixed(2)} MB (${dirs.map((d) => basename(d)).join(', ')}); median of ${RUNS} runs`);
console.log(`in-process  full analysis   ${(mb / median(tA)).toFixed(2).padStart(7)} MB/s  (${(median(tA) * 1000).toFixed(0)} ms)`);
console.log(`in-process  chrono.parse    ${(mb / median(tC)).toFixed(2).padStart(7)} MB/s  (${(median(tC) * 1000).toFixed(0)} ms)`);
console.log(`in-process  ratio analysis/chrono  ${(median(tA) / median(tC)).toFixed(2)}`);

// Whole processes, as a user runs them: the CLI over the folders vs node running chrono.parse over the same files.
const scratch = mkdtempSync(join(tmpdir(), 'news-annotator-bench-'));
try {
  const listFile = join(scratch, 'files.json');
  writeFileSync(listFile, JSON.stringify(docs.map((d) => ({ file: d.file, ref: d.ref.toISOString() }))));
  const chronoScript = join(scratch, 'chrono-only.cjs');
  writeFileSync(chronoScript, `const chrono = require(${JSON.stringify(require.resolve('chrono-node'))});
const fs = require('fs');
for (const d of JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))) chrono.parse(fs.readFileSync(d.file, 'utf8'), new Date(d.ref));\n`);
  const wall = (cmd, argv) => time(() => execFileSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] }));
  const pA = [];
  const pC = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(scratch, `out${i}`);
    pA.push(wall(process.execPath, [cliPath, '--format', 'eval', '--out', out, ...dirs]));
    pC.push(wall(process.execPath, [chronoScript, listFile]));
  }
  console.log(`process     annotate CLI    ${median(pA).toFixed(2).padStart(7)} s`);
  console.log(`process     chrono.parse    ${median(pC).toFixed(2).padStart(7)} s`);
  console.log(`process     ratio annotate/chrono  ${(median(pA) / median(pC)).toFixed(2)}  (floor: at most 2.00)`);

  // Peak memory on one 10 MB file made of the corpus repeated.
  const target = 10 * 1024 * 1024;
  const parts = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const t = docs[i % docs.length].text;
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
  }
  const big = join(scratch, 'big_2021-03-19.txt');
  writeFileSync(big, parts.join('\n\n'));
  const probe = join(scratch, 'peak.cjs');
  writeFileSync(probe, `const t0 = Date.now();
const code = require(${JSON.stringify(cliPath)}).main(['--format', 'eval', '--out', ${JSON.stringify(join(scratch, 'bigout'))}, process.argv[2]]);
process.stderr.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS, seconds: (Date.now() - t0) / 1000 }) + '\\n');\n`);
  const res = spawnSync(process.execPath, [probe, big], { encoding: 'utf8' });
  const line = res.stderr.trim().split('\n').pop();
  const peak = JSON.parse(line);
  console.log(`10 MB file  peak RSS ${(peak.maxRssKb / 1024).toFixed(0)} MB, ${peak.seconds.toFixed(2)} s, exit ${peak.code}  (floor: under 1536 MB)`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
