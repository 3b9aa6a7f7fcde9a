#!/usr/bin/env node
// Annotates the development corpora in ../shared/eval with the CLI and prints the scorer's summaries.
//   node scripts/eval.mjs [seed|quotes|dates|entities ...] [--json] [--out DIR]
// The corpora are read in place, never copied into the project. Output goes to .eval-out/ (git-ignored).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.NEWS_ANNOTATOR_SHARED ?? join(root, '..', 'shared'));
const evalDir = join(shared, 'eval');
const args = process.argv.slice(2);
const json = args.includes('--json');
const outIdx = args.indexOf('--out');
const outRoot = resolve(outIdx >= 0 ? args[outIdx + 1] : join(root, '.eval-out'));
const wanted = args.filter((a, i) => !a.startsWith('--') && (outIdx < 0 || i !== outIdx + 1));

const SUITES = {
  seed: { task: ['quotes', 'dates'], gold: join(shared, 'seeds') },
  quotes: { task: ['quotes'], gold: join(evalDir, 'polnear-dev') },
  dates: { task: ['dates'], gold: join(evalDir, 'timebank') },
  entities: { task: ['entities'], gold: join(evalDir, 'gum-news') },
};
const chosen = wanted.length ? wanted : ['seed', 'quotes', 'dates', 'entities'];
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
}
process.exit(failed ? 1 : 0);
