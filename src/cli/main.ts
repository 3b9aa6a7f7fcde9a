// `news-annotator`: the command line's entry point, bundled as dist/cli-core.js (which the bin, bin.ts, loads through
// V8's code cache) and run directly as out/src/cli/main.js by the tests. The same file runs in the worker threads of
// `--jobs`, where it serves document jobs instead of reading arguments.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { serveJobs } from '../node/pool';
import { runJob, runQuoteSideJob, type Job, type QuoteSideJob } from './document';
import { setCommandFlags } from './flags';
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

export async function main(argv: readonly string[], io: CliIO = process): Promise<number> {
  setCommandFlags();
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
  // A SplitRunner's worker gets quote-side jobs (a document's quotes, attributions and dates passes) instead of documents.
  serveJobs((job: Job | QuoteSideJob) => (job.kind === 'quote-side' ? runQuoteSideJob(job, options) : runJob(job, options)), {
    compactHeap: options.input === 'jsonl',
  });
} else if (require.main === module) {
  runCommand(process.argv.slice(2));
}

/** Runs the command line and sets the process's exit status (bin.ts calls it too). */
export function runCommand(argv: readonly string[]): void {
  main(argv).then(
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
