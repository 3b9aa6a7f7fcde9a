#!/usr/bin/env node
// Annotates the development corpora in ../shared/eval with the CLI and prints the scorer's summaries.
//   node scripts/eval.mjs [seed|quotes|attributions|dates|entities ...] [--train] [--json] [--out DIR]
// attributions: polnear-dev (validation) with a calibration table (confidence → share with the right content and
// source); --train adds the same on polnear-train (the models were fitted there: an optimistic figure, shown for the
// gap). The corpora are read in place, never copied into the project. Output goes to .eval-out/ (git-ignored).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.NEWS_ANNOTATOR_SHARED ?? join(root, '..', 'shared'));
const evalDir = join(shared, 'eval');
const args = process.argv.slice(2);
const json = args.includes('--json');
const withTrain = args.includes('--train');
const outIdx = args.indexOf('--out');
const outRoot = resolve(outIdx >= 0 ? args[outIdx + 1] : join(root, '.eval-out'));
const wanted = args.filter((a, i) => !a.startsWith('--') && (outIdx < 0 || i !== outIdx + 1));

const SUITES = {
  seed: { task: ['quotes', 'attributions', 'dates'], gold: join(shared, 'seeds') },
  quotes: { task: ['quotes'], gold: join(evalDir, 'polnear-dev') },
  attributions: { task: ['attributions'], gold: join(evalDir, 'polnear-dev'), calibration: true },
  'attributions-train': { task: ['attributions', 'quotes'], gold: join(evalDir, 'polnear-train'), calibration: true },
  dates: { task: ['dates'], gold: join(evalDir, 'timebank') },
  entities: { task: ['entities'], gold: join(evalDir, 'gum-news') },
};
const chosen = wanted.length ? wanted : ['seed', 'quotes', 'attributions', 'dates', 'entities'];
if (withTrain && !chosen.includes('attributions-train')) chosen.push('attributions-train');
for (const name of chosen) {
  if (!SUITES[name]) {
    console.error(`eval: unknown suite "${name}" (${Object.keys(SUITES).join(', ')})`);
    process.exit(2);
  }
}
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.error(`eval: the evaluation data is missing: expected ${evalDir}/score.mjs (../shared beside the repository, or NEWS_ANNOTATOR_SHARED)`);
  process.exit(1);
}
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('eval: dist/cli.js is missing; run `node esbuild.mjs` first (npm run eval does)');
  process.exit(1);
}

// ---------- calibration: each system attribution paired as the scorer pairs them ----------
const SLACK = 50; // the scorer's speaker rule
const overlapLen = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const contentOverlap = (a, b) => a.reduce((n, x) => n + b.reduce((m, y) => m + overlapLen(x, y), 0), 0);
const sourceRight = (sys, gold) => !!sys && overlapLen(sys, gold) > 0 && sys.end - sys.start <= gold.end - gold.start + SLACK;
const BINS = [[0, 0.3], [0.3, 0.5], [0.5, 0.7], [0.7, 0.9], [0.9, 1.0001]];

function calibration(goldDir, sysDir) {
  const bins = BINS.map(([lo, hi]) => ({ lo, hi, n: 0, right: 0, skipped: 0 }));
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.gold.json')).sort()) {
    const name = f.slice(0, -'.gold.json'.length);
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')).attributions.filter((a) => a.content?.length);
    const sysFile = join(sysDir, `${name}.json`);
    const sys = existsSync(sysFile) ? JSON.parse(readFileSync(sysFile, 'utf8')).attributions ?? [] : [];
    const cands = [];
    gold.forEach((g, i) => sys.forEach((a, j) => { const o = contentOverlap(g.content, a.content); if (o > 0) cands.push([o, i, j]); }));
    cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    const gUsed = new Set(), pair = new Map();
    for (const [, i, j] of cands) { if (gUsed.has(i) || pair.has(j)) continue; gUsed.add(i); pair.set(j, i); }
    sys.forEach((a, j) => {
      const bin = bins.find((b) => (a.confidence ?? 0) >= b.lo && (a.confidence ?? 0) < b.hi);
      const g = pair.has(j) ? gold[pair.get(j)] : null;
      if (g && !g.source) { bin.skipped++; return; } // gold has no source: neither right nor wrong
      bin.n++;
      if (g && sourceRight(a.source, g.source)) bin.right++;
    });
  }
  return bins;
}

function calibrationTable(bins) {
  const lines = ['calibration: confidence → share of attributions with the right content and source', `${'confidence'.padEnd(12)}${'n'.padStart(7)}${'right'.padStart(8)}${'share'.padStart(8)}`];
  for (const b of bins) {
    const label = b.hi > 1 ? `≥ ${b.lo.toFixed(1)}` : `${b.lo.toFixed(1)}–${b.hi.toFixed(1)}`;
    lines.push(`${label.padEnd(12)}${String(b.n).padStart(7)}${String(b.right).padStart(8)}${(b.n ? b.right / b.n : 0).toFixed(3).padStart(8)}`);
  }
  return lines.join('\n');
}

let failed = false;
for (const name of chosen) {
  const suite = SUITES[name];
  if (!existsSync(suite.gold)) {
    console.error(`eval: ${suite.gold} is missing`);
    failed = true;
    continue;
  }
  const out = join(outRoot, name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, [cli, '--format', 'eval', '--out', out, suite.gold], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  for (const task of suite.task) {
    const res = execFileSync(process.execPath, [join(evalDir, 'score.mjs'), task, suite.gold, out, ...(json ? ['--json'] : [])], { encoding: 'utf8' });
    process.stdout.write(`## ${name} (${task}) — annotated in ${(ms / 1000).toFixed(2)} s, output in ${out}\n${res}\n`);
  }
  if (suite.calibration) {
    const bins = calibration(suite.gold, out);
    process.stdout.write(json ? `${JSON.stringify({ suite: name, calibration: bins })}\n\n` : `${calibrationTable(bins)}\n\n`);
  }
}
process.exit(failed ? 1 : 0);
