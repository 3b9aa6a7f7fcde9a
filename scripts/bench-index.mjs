#!/usr/bin/env node
// The workspace index's cold run against a reload from its disk cache, on N generated articles (the
// same generator as the integration test), through the same worker pool the extension uses. Prints
// each round and the medians: what "a reload is instant" means on this machine, as a ratio in one run.
//
//   npm run bench:index [-- N [WORKERS]]      default 5000 articles, one worker less than the cores
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const require = createRequire(import.meta.url);
let runner, generate, collection;
try {
  runner = require(join(ROOT, 'out/src/extension/index/runner.js'));
  generate = require(join(ROOT, 'out/test/integration/generate.js'));
  collection = require(join(ROOT, 'out/src/extension/index/collection.js'));
} catch (err) {
  console.error(`bench-index: compile first (npm run compile): ${err.message}`);
  process.exit(1);
}

const N = Number(process.argv[2] ?? 5000);
const WORKERS = Number(process.argv[3] ?? Math.max(1, availableParallelism() - 1));
const ROUNDS = 3;
const BATCH = 16;

const dir = mkdtempSync(join(tmpdir(), 'news-bench-index-'));
const articles = join(dir, 'articles');
const cacheDir = join(dir, 'cache');
mkdirSync(articles);
const files = [];
for (let i = 0; i < N; i++) {
  const a = generate.generatedArticle(i);
  const path = join(articles, a.name);
  writeFileSync(path, a.text);
  files.push({ uri: `file://${path}`, path });
}

/** Indexes every file once through a fresh pool; returns seconds and counts. */
async function indexAll() {
  const pool = runner.createIndexRunner(join(ROOT, 'out/src/extension/index/runner.js'), WORKERS);
  async function* jobs() {
    for (let i = 0; i < files.length; i += BATCH) yield { files: files.slice(i, i + BATCH), cacheDir, version: 'bench' };
  }
  const t0 = performance.now();
  const results = [];
  for await (const s of pool.map(jobs(), { ordered: false })) {
    if (!s.ok) throw new Error(s.error.message);
    for (const r of s.value) results.push(r);
  }
  const seconds = (performance.now() - t0) / 1000;
  await pool.destroy();
  // What the extension host does with the answers: the collection, then people merged and statements listed.
  const t1 = performance.now();
  const c = new collection.ArticleCollection();
  for (const r of results) c.set({ id: r.uri, name: r.uri.split('/').pop(), path: r.uri, summary: r.summary });
  c.statements();
  const hostSeconds = (performance.now() - t1) / 1000;
  return { seconds, hostSeconds, analysed: results.filter((r) => r.ok && !r.cached).length, cached: results.filter((r) => r.ok && r.cached).length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cold = [];
const warm = [];
try {
  console.log(`${N} generated articles, ${WORKERS} worker thread(s), ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`);
  for (let round = 1; round <= ROUNDS; round++) {
    rmSync(cacheDir, { recursive: true, force: true });
    const c = await indexAll();
    const w = await indexAll();
    if (c.analysed !== N || w.cached !== N) throw new Error(`round ${round}: ${c.analysed} analysed cold, ${w.cached} cached warm (expected ${N} each)`);
    cold.push(c);
    warm.push(w);
    console.log(`round ${round}: cold ${c.seconds.toFixed(2)} s, reload ${w.seconds.toFixed(2)} s (${(w.seconds / c.seconds).toFixed(3)}x); host work ${c.hostSeconds.toFixed(2)} s`);
  }
  const mc = median(cold.map((x) => x.seconds));
  const mw = median(warm.map((x) => x.seconds));
  console.log(`median: cold index ${mc.toFixed(2)} s, reload from the cache ${mw.toFixed(2)} s = ${(mw / mc).toFixed(3)}x of the cold run; ` +
    `host work (collection, people merged, statements listed, at once) ${median(warm.map((x) => x.hostSeconds)).toFixed(2)} s, done in 8 ms slices in the extension`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
