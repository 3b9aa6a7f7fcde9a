// `news-annotator`: the command line's entry point. The same file runs in the worker threads of `--jobs`, where it
// serves document jobs instead of reading arguments.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, workerData } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { serveJobs } from '../node/pool';
import { runJob, type Job } from './document';
import { EXIT, HELP, parseCommandLine, UsageError } from './options';
import { runAnnotate, WORKER_ROLE, type CliIO, type WorkerData } from './run';

// The bundle doubles as a library for scripts/bench.mjs.
export { analyze };

/** The version in package.json, found from this file (dist/cli.js in the package, out/src/cli/main.js in tests). */
function version(): string {
  for (let dir = __dirname, i = 0; i < 4; i++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'news-annotator' && pkg.version) return pkg.version;
    } catch {
      // not here; look one folder up
    }
  }
  return 'unknown';
}

/**
 * V8 optimizes a function once it has run through this much bytecode (the engine's default is 66 KB on Node 20).
 * A corpus run has hundreds of hot functions that meet new object shapes article after article: compiled early, they
 * are thrown away and compiled again, and on polnear-train the compiler threads took ~40 % of the process's CPU. Eight
 * times the default budget gives the same output for ~20 % less CPU with --jobs 1 and ~25 % with --jobs 2
 * (scripts/bench.mjs). The price: the main thread interprets longer (~10 % more of its own CPU), which only a lone
 * --jobs 1 run on otherwise idle cores notices; wherever every core is busy (--jobs N, one process per core in a
 * pipeline, a shared machine) CPU is throughput. Set for the command only, never for a program that loads this file
 * as a library.
 */
const INTERRUPT_BUDGET = 528_000;

export async function main(argv: readonly string[], io: CliIO = process): Promise<number> {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  let command;
  try {
    command = parseCommandLine(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`news-annotator: ${err.message}\n(news-annotator --help lists every option)\n`);
    return EXIT.usage;
  }
  if (command.kind === 'help') {
    io.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  if (command.kind === 'version') {
    io.stdout.write(`news-annotator ${version()}\n`);
    return EXIT.ok;
  }
  return runAnnotate(command.options, __filename, io);
}

const data = workerData as WorkerData | undefined;
if (!isMainThread && data?.role === WORKER_ROLE) {
  const { options } = data;
  // Many small jobs (JSON Lines batches) are the case where a worker's heap would otherwise pile up garbage.
  serveJobs((job: Job) => runJob(job, options), { compactHeap: options.input === 'jsonl' });
} else if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      // Interrupted or cut off: stdin may still hold the process open, and nothing more is owed to stdout.
      if (code === EXIT.interrupted || code === EXIT.brokenPipe) process.exit(code);
      process.exitCode = code;
    },
    (err: unknown) => {
      // A bug, not a user error: one line that says so, and the stack for the report.
      process.stderr.write(`news-annotator: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = EXIT.failed;
    },
  );
}
