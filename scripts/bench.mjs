#!/usr/bin/env node
// Speed and memory of the command line, each figure a ratio or a measurement taken in this one run.
//   node scripts/bench.mjs [--runs N] [--records N] [--only NAME,...] [--cli PATH] [--against PATH]
// Reads ../shared/eval in place (polnear-train, timebank; NEWS_ANNOTATOR_SHARED overrides) and exits 1 when it
// is missing. Whole-process timings are medians of N interleaved repeats, so a busy machine slows every
// contender alike; CPU seconds (all threads) are printed beside wall seconds for the same reason.
// Sections (--only): corpus, jobs, passes, dense, linear, stream, big.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { clearInterval, setInterval } from 'node:timers';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' }, records: { type: 'string', default: '1000000' }, only: { type: 'string' }, cli: { type: 'string' }, against: { type: 'string' } } });
const RUNS = Math.max(1, Number(args.runs) || 5);
const RECORDS = Math.max(1, Number(args.records) || 1_000_000);
const only = args.only ? new Set(args.only.split(',')) : null;
const want = (name) => !only || only.has(name);

const shared = resolve(process.env.NEWS_ANNOTATOR_SHARED ?? join(root, '..', 'shared'));
const train = join(shared, 'eval', 'polnear-train');
const timebank = join(shared, 'eval', 'timebank');
for (const dir of [train, timebank]) {
  if (!existsSync(dir)) {
    console.error(`bench: ${dir} is missing: the benchmark reads ../shared/eval in place (or NEWS_ANNOTATOR_SHARED)`);
    process.exit(1);
  }
}
// --cli measures another build (a copy of an older dist/cli.js, say) with the same command; --against adds another
// build's --jobs 1 and --jobs 2 runs to the corpus section and its runs of each pass set to the passes section,
// interleaved with this one's, and prints their ratios and figures.
const cli = resolve(args.cli ?? join(root, 'dist', 'cli.js'));
const against = args.against ? resolve(args.against) : null;
if (!existsSync(cli)) {
  console.error('bench: dist/cli.js is missing; run `node esbuild.mjs --cli-only` first (npm run bench does)');
  process.exit(1);
}
const chronoPath = require.resolve('chrono-node');
const scratch = mkdtempSync(join(tmpdir(), 'na-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 2) => x.toFixed(digits);

// A child process that runs `body` and reports its wall time, CPU time (every thread) and peak RSS on its last line.
const PROBE_TAIL = `
const ru = process.resourceUsage();
process.stderr.write('\\nbench-probe ' + JSON.stringify({ cpu: (ru.userCPUTime + ru.systemCPUTime) / 1e6, rssMb: ru.maxRSS / 1024 }) + '\\n');`;
function probe(name, body) {
  const file = join(scratch, `${name}.cjs`);
  writeFileSync(file, `${body}\n`);
  return file;
}
/** Runs a probe script; resolves to {wall, cpu, rssMb, code, stderr}; kills it after `timeoutMs`. */
function measure(file, argv = [], { input, timeoutMs = 600_000 } = {}) {
  return new Promise((done) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [file, ...argv], { stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr = (stderr + d).slice(-20000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    if (input) pipeline(Readable.from(input()), child.stdin).catch(() => {});
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      const m = /bench-probe (\{.*\})/.exec(stderr);
      const stats = m ? JSON.parse(m[1]) : { cpu: NaN, rssMb: NaN };
      done({ wall, ...stats, code, signal, stderr, timedOut: signal === 'SIGKILL' });
    });
  });
}

// The CLI as a user runs it: the bin run as the main module (so it loads its bundle through the code cache, as
// `news-annotator` does), the process reporting its own figures as it exits.
const binProbe = (name, file) => probe(name, `process.on('exit', () => { ${PROBE_TAIL} });
process.argv[1] = ${JSON.stringify(file)};
require('module').runMain();`);
const cliProbe = binProbe('cli', cli);
const againstProbe = against && binProbe('against', against);
// chrono-node's parse alone over the same files, against each file's own date (what the CLI resolves against).
const chronoProbe = probe('chrono', `const chrono = require(${JSON.stringify(chronoPath)});
const fs = require('fs');
for (const d of JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))) chrono.parse(fs.readFileSync(d.file, 'utf8'), new Date(d.ref));
${PROBE_TAIL}`);
// In-process timing of analyze() on one text file, after a warm-up on its first 50 KB.
const analyzeProbe = probe('analyze', `const { analyze } = require(${JSON.stringify(cli)});
const text = require('fs').readFileSync(process.argv[2], 'utf8');
analyze(text.slice(0, 50000), { documentDate: '2021-03-19' });
const t0 = process.hrtime.bigint();
analyze(text, { documentDate: '2021-03-19' });
process.stderr.write('bench-seconds ' + Number(process.hrtime.bigint() - t0) / 1e9 + '\\n');
${PROBE_TAIL}`);
const secondsOf = (r) => Number(/bench-seconds ([\d.e-]+)/.exec(r.stderr)?.[1] ?? NaN);

const txtFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
const trainFiles = txtFiles(train);
const trainBytes = trainFiles.reduce((n, f) => n + readFileSync(f).length, 0);
const { analyze } = require(cli);
// polnear-train's files with the date each resolves against, for the chrono-alone probe (written once).
let listFile = null;
function fileList() {
  if (listFile) return listFile;
  listFile = join(scratch, 'files.json');
  writeFileSync(listFile, JSON.stringify(trainFiles.map((file) => {
    const head = readFileSync(file, 'utf8').slice(0, 400);
    const metaFile = file.replace(/\.txt$/, '.meta.json');
    const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : undefined;
    const date = analyze(head, { fileName: file, meta, passes: { quotes: false, attributions: false, entities: false, dates: false } }).documentDate.value;
    return { file, ref: date ? `${date}T12:00:00` : new Date().toISOString() };
  })));
  return listFile;
}

// CPU seconds of each thread of a process, read from /proc/PID/task/*/stat every 10 ms while it runs (Linux only):
// the last reading of each thread, which is within 10 ms of its end. Resolves to [{tid, cpu}] with the main thread
// (tid = pid) first, the others by CPU, most first.
function threadCpu(file, argv) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [file, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.resume();
    const seen = new Map();
    const tick = 100; // USER_HZ: /proc counts CPU time in 1/100 s on Linux
    const sample = () => {
      let tasks = [];
      try {
        tasks = readdirSync(`/proc/${child.pid}/task`);
      } catch {
        return;
      }
      for (const tid of tasks) {
        try {
          const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
          const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          seen.set(Number(tid), (Number(f[11]) + Number(f[12])) / tick);
        } catch {
          // the thread ended between the listing and the read: its last reading stands
        }
      }
    };
    const timer = setInterval(sample, 10);
    child.on('exit', () => {
      clearInterval(timer);
      const threads = [...seen].map(([tid, cpu]) => ({ tid, cpu }));
      threads.sort((a, b) => (a.tid === child.pid ? -1 : b.tid === child.pid ? 1 : b.cpu - a.cpu));
      done(threads);
    });
  });
}

/**
 * Where --jobs 2 spends more CPU than --jobs 1: each run's CPU by thread (main; the analysing workers, taken as the
 * busiest other threads; the rest: V8's compiler and GC helpers, libuv), and the fixed cost of one analysing thread:
 * its start-up and the code it runs before V8 has compiled it for the corpus's shapes, which every worker pays again.
 */
async function threadSplit() {
  if (!existsSync('/proc/self/task')) return;
  const split = { 1: [], 2: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const jobs of [1, 2]) {
      const threads = await threadCpu(cli, ['annotate', '-q', '--jobs', String(jobs), '--format', 'eval', '--out', join(scratch, `t${jobs}-${i}`), train]);
      // Over files the main thread analyses beside jobs - 1 workers (src/cli/inline.ts, SharedRunner).
      const workers = threads.slice(1, jobs);
      const sum = (xs) => xs.reduce((n, t) => n + t.cpu, 0);
      split[jobs].push({ main: threads[0]?.cpu ?? NaN, workers: sum(workers), others: sum(threads) - (threads[0]?.cpu ?? 0) - sum(workers), total: sum(threads) });
    }
  }
  const med = (jobs, k) => median(split[jobs].map((r) => r[k]));
  console.log(`  CPU s by thread, median of ${RUNS} (main, which analyses too / analysing workers / V8 and libuv helpers = total):`);
  for (const jobs of [1, 2]) console.log(`    --jobs ${jobs}: ${fmt(med(jobs, 'main'))} / ${fmt(med(jobs, 'workers'))} / ${fmt(med(jobs, 'others'))} = ${fmt(med(jobs, 'total'))}`);
  console.log(`    parallel overhead (--jobs 2 total - --jobs 1 total): ${fmt(med(2, 'total') - med(1, 'total'))} CPU s`);
  // The same command over the corpus once and twice in one process: twice costs the work twice but the start-up and
  // the warm-up once, so the difference from two single runs is what each further thread pays again.
  // (A copy of the corpus: the command takes a file named twice once.)
  const copy = join(scratch, 'train-copy');
  mkdirSync(copy);
  for (const file of readdirSync(train)) if (/\.(?:txt|meta\.json)$/.test(file)) copyFileSync(join(train, file), join(copy, file));
  const once = [];
  const twice = [];
  for (let i = 0; i < RUNS; i++) {
    once.push((await measure(cliProbe, ['annotate', '-q', '--jobs', '1', '--format', 'jsonl', train])).cpu);
    twice.push((await measure(cliProbe, ['annotate', '-q', '--jobs', '1', '--format', 'jsonl', train, copy])).cpu);
  }
  console.log(`    fixed cost of one analysing thread (start-up and warm-up: 2 x CPU of --jobs 1 over the corpus - CPU of one run over it twice): ${fmt(2 * median(once) - median(twice))} CPU s of ${fmt(median(once))}`);
}

try {
  if (want('corpus') || want('jobs')) {
    // Whole processes over polnear-train, interleaved: chrono alone, the CLI with one job, the CLI with no
    // analysis pass (its own overhead: start-up, reading, decoding, JSON, writing), the CLI with two jobs.
    const list = fileList();
    const contenders = {
      chrono: () => measure(chronoProbe, [list]),
      cli1: (i) => measure(cliProbe, ['annotate', '-q', '--jobs', '1', '--format', 'eval', '--out', join(scratch, `o1-${i}`), train]),
      none: (i) => measure(cliProbe, ['annotate', '-q', '--jobs', '1', '--passes', 'none', '--format', 'eval', '--out', join(scratch, `o0-${i}`), train]),
      cli2: (i) => measure(cliProbe, ['annotate', '-q', '--jobs', '2', '--format', 'eval', '--out', join(scratch, `o2-${i}`), train]),
      startNode: () => measure(probe('empty', PROBE_TAIL)),
      startCli: () => measure(cliProbe, ['--version']),
    };
    if (againstProbe) {
      contenders.other1 = (i) => measure(againstProbe, ['annotate', '-q', '--jobs', '1', '--format', 'eval', '--out', join(scratch, `a1-${i}`), train]);
      contenders.other2 = (i) => measure(againstProbe, ['annotate', '-q', '--jobs', '2', '--format', 'eval', '--out', join(scratch, `a2-${i}`), train]);
    }
    const results = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const [name, run] of Object.entries(contenders)) {
        const r = await run(i);
        if (r.code !== 0 && name !== 'startNode') throw new Error(`${name} failed (exit ${r.code}): ${r.stderr.slice(-2000)}`);
        results[name].push(r);
      }
    }
    const wall = (k) => median(results[k].map((r) => r.wall));
    const cpu = (k) => median(results[k].map((r) => r.cpu));
    const mb = trainBytes / 1e6;
    console.log(`polnear-train: ${trainFiles.length} articles, ${fmt(mb)} MB; whole processes, median of ${RUNS} interleaved runs (wall s / CPU s)`);
    const row = (label, k) => console.log(`  ${label.padEnd(44)} ${fmt(wall(k)).padStart(7)} / ${fmt(cpu(k)).padStart(6)}`);
    row('chrono-node parse alone', 'chrono');
    row('news-annotator --jobs 1 --format eval', 'cli1');
    row('news-annotator --jobs 1 --passes none (overhead)', 'none');
    row('news-annotator --jobs 2 --format eval', 'cli2');
    row('node, empty script', 'startNode');
    row('news-annotator --version (start-up)', 'startCli');
    if (want('corpus')) {
      console.log(`  CLI --jobs 1 / chrono alone:          ${fmt(wall('cli1') / wall('chrono'))}x wall, ${fmt(cpu('cli1') / cpu('chrono'))}x CPU  (target <= 1.00x)`);
      console.log(`  CLI overhead (no pass) / chrono alone: ${fmt(wall('none') / wall('chrono'))}x wall, ${fmt(cpu('none') / cpu('chrono'))}x CPU (start-up, reading, decoding, dateline and segmentation, JSON, writing)`);
      console.log(`  start-up over bare node: ${fmt((wall('startCli') - wall('startNode')) * 1000, 0)} ms wall, ${fmt((cpu('startCli') - cpu('startNode')) * 1000, 0)} ms CPU`);
      // The same work in one warm process: what is left when start-up and JIT warm-up are paid.
      const warm = await measure(probe('warm', `const { analyze } = require(${JSON.stringify(cli)});
const chrono = require(${JSON.stringify(chronoPath)});
const fs = require('fs');
const docs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')).map((d) => ({ text: fs.readFileSync(d.file, 'utf8'), file: d.file, ref: new Date(d.ref) }));
const cpuSeconds = (fn) => { const c = process.cpuUsage(); fn(); const d = process.cpuUsage(c); return (d.user + d.system) / 1e6; };
const runA = () => docs.forEach((d) => analyze(d.text, { fileName: d.file }));
const runC = () => docs.forEach((d) => chrono.parse(d.text, d.ref));
runA(); runC();
const a = [], c = [];
for (let i = 0; i < ${Math.max(3, RUNS)}; i++) { a.push(cpuSeconds(runA)); c.push(cpuSeconds(runC)); }
const med = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
process.stderr.write('bench-seconds ' + med(a) / med(c) + '\\n');
${PROBE_TAIL}`), [list]);
      console.log(`  in one warm process, analyze() / chrono parse: ${fmt(secondsOf(warm))}x CPU (no start-up, no JIT warm-up, no I/O)`);
    }
    if (againstProbe) {
      row(`--against build --jobs 1`, 'other1');
      row(`--against build --jobs 2`, 'other2');
      console.log(`  this build / --against build, --jobs 1: ${fmt(wall('cli1') / wall('other1'))}x wall, ${fmt(cpu('cli1') / cpu('other1'))}x CPU; --jobs 2: ${fmt(wall('cli2') / wall('other2'))}x wall, ${fmt(cpu('cli2') / cpu('other2'))}x CPU`);
    }
    if (want('jobs')) {
      console.log(`  --jobs 2 throughput / --jobs 1:         ${fmt(wall('cli1') / wall('cli2'))}x  (target >= 1.70x)`);
      // Wall time needs idle cores; the CPU both runs spent says what two idle cores could give at most.
      console.log(`  --jobs 2 CPU / --jobs 1 CPU:            ${fmt(cpu('cli2') / cpu('cli1'))}x  (each thread starts and warms up on its own: on two idle cores, at most ${fmt(2 * cpu('cli1') / cpu('cli2'))}x throughput)`);
      await threadSplit();
    }
  }

  if (want('passes')) {
    // Whole processes over polnear-train with one job and one pass each (--passes; attributions also pairs the
    // quotes it reads), as CPU over chrono-node's parse alone, interleaved: what each pass costs, start-up included.
    const list = fileList();
    const sets = ['none', 'quotes', 'attributions', 'entities', 'dates', 'all'];
    // With --against, the other build runs each set too, right after this one's: a before/after table from one run.
    const builds = againstProbe ? [['', cliProbe], ['against:', againstProbe]] : [['', cliProbe]];
    const cpus = { chrono: [] };
    for (let i = 0; i < RUNS; i++) {
      cpus.chrono.push((await measure(chronoProbe, [list])).cpu);
      for (const set of sets) {
        for (const [tag, file] of builds) {
          const r = await measure(file, ['annotate', '-q', '--jobs', '1', '--passes', set, '--format', 'eval', '--out', join(scratch, `p-${tag}${set}-${i}`), train]);
          if (r.code !== 0) throw new Error(`${tag}--passes ${set} failed (exit ${r.code}): ${r.stderr.slice(-2000)}`);
          (cpus[tag + set] ??= []).push(r.cpu);
        }
      }
    }
    const base = median(cpus.chrono);
    console.log(`per pass, whole CLI process --jobs 1 over polnear-train, CPU / chrono-node parse alone (${fmt(base)} CPU s), median of ${RUNS}:`);
    console.log(`  ${sets.map((set) => `${set} ${fmt(median(cpus[set]) / base)}`).join(', ')}`);
    if (againstProbe) console.log(`  --against build: ${sets.map((set) => `${set} ${fmt(median(cpus[`against:${set}`]) / base)}`).join(', ')}`);
  }

  if (want('dense')) {
    // The TimeBank article densest in gold time expressions, repeated to 3 MB.
    let best = { file: '', density: 0 };
    for (const gold of readdirSync(timebank).filter((f) => f.endsWith('.gold.json'))) {
      const file = join(timebank, gold.replace(/\.gold\.json$/, '.txt'));
      if (!existsSync(file)) continue;
      const g = JSON.parse(readFileSync(join(timebank, gold), 'utf8'));
      const n = (g.timexes ?? g.dates ?? []).length;
      const density = n / readFileSync(file).length;
      if (density > best.density && readFileSync(file).length > 1500) best = { file, density };
    }
    const text = readFileSync(best.file, 'utf8');
    const dense = join(scratch, 'dense.txt');
    writeFileSync(dense, text.repeat(Math.ceil(3e6 / Buffer.byteLength(text))).slice(0, 3e6));
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(secondsOf(await measure(analyzeProbe, [dense])));
    console.log(`3 MB of date-dense text (${best.file.split('/').pop()} repeated): analyze ${fmt(median(times))} s  (target < 3 s)`);
  }

  if (want('linear')) {
    // Hand-made stress texts; time per MB at 4 MB over time per MB at 0.5 MB, each size timed in its own process.
    let seed = 7;
    const rand = (n) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const pick = (xs) => xs[rand(xs.length)];
    const FIRST = ['Maria', 'John', 'Aiko', 'Pedro', 'Fatima', 'Lars', 'Chen', 'Olu', 'Anna', 'Ravi'];
    const LAST = ['Lopez', 'Smith', 'Tanaka', 'Silva', 'Haddad', 'Berg', 'Wei', 'Adeyemi', 'Novak', 'Iyer'];
    const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
    const stress = {
      dates: () => `On ${pick(MONTHS)} ${1 + rand(28)}, ${1990 + rand(30)}, the board met; two days later, on Friday at ${1 + rand(11)} p.m., it met again, and last week it said it would meet next month. `,
      names: () => `${pick(FIRST)} ${pick(LAST)} of the ${pick(LAST)} Foundation met ${pick(FIRST)} ${pick(LAST)} and ${pick(LAST)} Group Chairman ${pick(FIRST)} ${pick(LAST)} in ${pick(LAST)}ville. `,
      quotes: () => `“We will ${pick(['win', 'wait', 'see'])},” ${pick(LAST)} said. “Not ${pick(['today', 'yet', 'now'])},” she added. `,
      verbs: () => `Officials said the plan, which critics argued would fail, was confirmed, aides told reporters, according to people who claimed it, and ${pick(LAST)} insisted, warned and denied. `,
      longline: () => `the ${pick(['council', 'mayor', 'board'])} met and the people ${pick(['went', 'stayed', 'spoke'])} home and `,
    };
    const make = (gen, bytes) => {
      const parts = [];
      let n = 0;
      while (n < bytes) {
        const s = gen();
        parts.push(s);
        n += s.length;
      }
      return parts.join('').slice(0, bytes);
    };
    console.log('time per MB at 4 MB / at 0.5 MB (target <= 1.50), analyze in its own process, median of runs:');
    for (const [name, gen] of Object.entries(stress)) {
      const small = join(scratch, `${name}-small.txt`);
      const large = join(scratch, `${name}-large.txt`);
      writeFileSync(small, make(gen, 500_000));
      writeFileSync(large, make(gen, 4_000_000));
      const s = [];
      const l = [];
      let timedOut = false;
      for (let i = 0; i < Math.min(RUNS, 3); i++) {
        s.push(secondsOf(await measure(analyzeProbe, [small], { timeoutMs: 300_000 })) / 0.5);
        const r = await measure(analyzeProbe, [large], { timeoutMs: 300_000 });
        if (r.timedOut) timedOut = true;
        l.push(secondsOf(r) / 4);
        if (timedOut) break;
      }
      const ratio = median(l) / median(s);
      console.log(`  ${name.padEnd(9)} ${fmt(median(s), 3)} s/MB at 0.5 MB, ${timedOut ? '> 75 s/MB (timed out)' : `${fmt(median(l), 3)} s/MB at 4 MB`}: ${timedOut ? 'quadratic' : `${fmt(ratio)}x`}`);
    }
  }

  if (want('stream')) {
    const texts = ['Smith said on Monday: “We will win.”', 'The council met yesterday.', '“Not now,” Jones told reporters.', 'Prices rose 3 percent in March.'];
    function* records() {
      for (let i = 0; i < RECORDS; i++) yield `${JSON.stringify({ id: i, text: texts[i % texts.length], date: '2021-03-19' })}\n`;
    }
    const r = await measure(cliProbe, ['annotate', '-q', '--input', 'jsonl', '--jobs', '2'], { input: records, timeoutMs: 3_600_000 });
    if (r.code !== 0) throw new Error(`the JSONL run failed (exit ${r.code}): ${r.stderr.slice(-2000)}`);
    console.log(`${RECORDS.toLocaleString('en')} JSONL records (--jobs 2): peak RSS ${fmt(r.rssMb, 0)} MB (target < 300 MB), ${fmt(r.wall, 1)} s, ${fmt(RECORDS / r.wall, 0)} records/s`);
  }

  if (want('big')) {
    // One 10 MB article made of polnear-train articles one after another.
    const parts = [];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const t = readFileSync(trainFiles[i % trainFiles.length], 'utf8');
      parts.push(t);
      size += Buffer.byteLength(t) + 2;
    }
    const big = join(scratch, 'big_2021-03-19.txt');
    writeFileSync(big, parts.join('\n\n'));
    const runs = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) runs.push(await measure(cliProbe, ['annotate', '-q', '--format', 'eval', '--out', join(scratch, `big-${i}`), big]));
    const bad = runs.find((r) => r.code !== 0);
    if (bad) throw new Error(`the 10 MB run failed (exit ${bad.code}): ${bad.stderr.slice(-2000)}`);
    console.log(`10 MB article, whole CLI process: ${fmt(median(runs.map((r) => r.wall)))} s (target < 3 s), peak RSS ${fmt(median(runs.map((r) => r.rssMb)), 0)} MB (target < 1536 MB)`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
