// The main thread of `news-annotator annotate`: decides inputs and outputs, feeds jobs to the worker pool (or, for
// `--jobs 1` and a single document, runs them on this thread: inline.ts), and takes their results in input order:
// stdout, output files (atomically), problems one line each on stderr. The documents themselves are loaded,
// analysed and rendered by runJob (document.ts).
import { createReadStream, mkdirSync, openSync, readdirSync, realpathSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BRAT_ANNOTATION_CONF } from '../core/formats/brat';
import { WorkerPool, type Settled } from '../node/pool';
import { runJob, type FileJob, type Job, type JobResult, type RecordsJob } from './document';
import { InlineRunner, SharedRunner, SplitRunner, type JobRunner, type QuoteSidePool } from './inline';
import { collectDocuments, planOutputs, type PlannedDocument } from './inputs';
import { lineBatches } from './jsonl';
import { EXIT, type CliOptions } from './options';
import { Progress, summaryLine, type ProgressStream, type Totals } from './progress';
import { describeFsError, temporaryPrefix, writeFileAtomic, writeOutputs } from './write';

export interface CliIO {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & ProgressStream;
  readonly stdin: NodeJS.ReadableStream & { setEncoding(encoding: BufferEncoding): unknown };
}

/** Marks the worker threads this module starts, so the shared entry file knows to serve jobs. */
export const WORKER_ROLE = 'news-annotator-cli-worker';
export interface WorkerData {
  readonly role: typeof WORKER_ROLE;
  readonly options: CliOptions;
}

// A worker's young generation grows to ~50 MB by default under the allocation rate of many short records; capped,
// a million records through two workers peaked at 215 MB instead of 274 MB, for a few percent more GC time.
const WORKER_YOUNG_GENERATION_MB = 8;

// Documents handed to each worker at once when this thread analyses files beside the workers: one running, three
// waiting, so a worker seldom runs dry while this thread is inside a long document of its own.
const FILE_PREFETCH = 4;

// Files with --jobs 2 (SplitRunner): documents sent ahead to the one worker, all posted at once (prefetch), so the
// runner can send them in batches of half as many.
const SPLIT_AHEAD = 16;

// JSONL batches: small enough that the few in flight (and their results, ~20 times larger) stay a few MB.
const BATCH_LIMITS = { maxLines: 256, maxChars: 256 * 1024 };

/** Writes to stdout with back-pressure; remembers a broken pipe or a failed write instead of throwing. */
class Output {
  error: NodeJS.ErrnoException | undefined;
  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (err: NodeJS.ErrnoException) => (this.error ??= err));
  }

  async write(chunk: string): Promise<void> {
    if (this.error || !chunk) return;
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }
}

/**
 * mkdir -p. Not mkdirSync's own `recursive`: on Node 20 it loops forever where mkdir answers ENOENT for a parent
 * that exists (a path under /proc), and a hung run is worse than a failed one.
 */
function makeFolder(path: string, depth = 0): void {
  try {
    mkdirSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && statSync(path).isDirectory()) return;
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path || depth > 200) throw err;
    makeFolder(parent, depth + 1);
    mkdirSync(path);
  }
}

/** Checks that --out can be written before any document is analysed, so an unwritable folder is one line. */
function prepareOutFolder(out: string): string {
  makeFolder(resolve(out));
  const real = realpathSync(out);
  const probe = join(real, `${temporaryPrefix()}probe`);
  writeFileSync(probe, '');
  unlinkSync(probe);
  return real;
}

function emptyTotals(): Totals {
  return { items: 0, documents: 0, failed: 0, quotes: 0, attributions: 0, dates: 0, bytes: 0 };
}

function add(totals: Totals, r: JobResult): void {
  totals.items += r.items;
  totals.documents += r.documents;
  totals.failed += r.failed;
  totals.quotes += r.quotes;
  totals.attributions += r.attributions;
  totals.dates += r.dates;
  totals.bytes += r.bytes;
}

export async function runAnnotate(options: CliOptions, workerFile: string, io: CliIO): Promise<number> {
  const started = performance.now();
  const totals = emptyTotals();
  const output = new Output(io.stdout);
  const progress = new Progress(io.stderr);
  const report = (line: string) => {
    progress.clear();
    io.stderr.write(`news-annotator: ${line}\n`);
  };

  let outReal: string | undefined;
  if (options.out) {
    try {
      outReal = prepareOutFolder(options.out);
    } catch (err) {
      report(`cannot write to the output folder ${options.out}: ${describeFsError(err)}`);
      return EXIT.failed;
    }
  }

  // One job, or one document, runs on this thread; more run in worker threads. Files: this thread analyses beside
  // jobs - 1 workers (SharedRunner), as it has little else to do and a further worker costs its own start-up.
  const inline = options.jobs === 1;
  const split = options.jobs === 2 && options.input !== 'jsonl';
  const startPool = (size: number) => {
    const pool = new WorkerPool<Job, JobResult>({
      file: workerFile,
      workerData: { role: WORKER_ROLE, options } satisfies WorkerData,
      size, // started only as jobs arrive, so never more workers than documents
      // A worker finds its next document waiting when it posts a result, instead of idling until this thread
      // (busy writing, or descheduled on a loaded machine) hands it one. Files: this thread hears from a worker
      // only between two documents of its own, so a worker holds a few more (SharedRunner feeds it as many).
      prefetch: options.input === 'jsonl' ? 2 : split ? SPLIT_AHEAD : FILE_PREFETCH,
      maxQueue: split ? SPLIT_AHEAD - size : undefined,
      // Files are few and large: there the default young generation collects less often.
      resourceLimits: options.input === 'jsonl' ? { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } : undefined,
    });
    // The first worker boots while the inputs are listed and checked, off the critical path.
    pool.warm(1);
    return pool;
  };
  // Files: the workers boot (~0.2-0.3 s of a thread each: Node's own start, then the bundle through the code cache)
  // while this thread lists the inputs and plans the outputs, instead of after, as many as the arguments may hold
  // documents (a folder counts its .txt names); should one document or none remain, it runs here and the pool goes.
  let early: WorkerPool<Job, JobResult> | undefined;
  const expected = inline || options.input === 'jsonl' ? 0 : documentsNamed(options.inputs);
  if (expected > 1) {
    early = startPool(options.jobs - 1);
    early.warm(expected - 1);
  }
  const here = () => new InlineRunner((job) => runJob(job, options));
  let pool: JobRunner | undefined = inline ? here() : options.input === 'jsonl' ? startPool(options.jobs) : undefined;
  const stop = new AbortController();
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  io.stdout.on('error', () => stop.abort());

  let jobs: AsyncIterable<Job> | Iterable<Job>;
  let jsonArray = false;
  let written = 0;
  const emit = async (job: Job, result: JobResult) => {
    for (const line of result.problems) report(line);
    add(totals, result);
    const failure = writeOutputs(result.files);
    if (failure) {
      report(`${job.kind === 'file' ? job.path : job.source}: ${failure}`);
      if (!result.failed) totals.failed++;
    }
    if (result.stdout) {
      if (jsonArray) await output.write(`${written ? ',\n' : ''}${result.stdout}`);
      else await output.write(options.format === 'json' ? `${result.stdout}\n` : result.stdout);
      written++;
    }
    progress.update(totals, totals.bytes);
  };

  try {
    if (options.input === 'jsonl') {
      const sources = options.inputs.length ? options.inputs : ['-'];
      progress.expect(undefined, sources.includes('-') ? undefined : sources.reduce((n, s) => n + (statSize(s) ?? 0), 0));
      jobs = recordBatches(sources, io, (line) => {
        report(line);
        totals.failed++;
      });
    } else {
      const docs = collectDocuments(options.inputs, (line) => {
        report(line);
        totals.failed++;
      });
      const planned: PlannedDocument[] = outReal ? planOutputs(docs, options.format, outReal) : docs;
      const fileJobs: FileJob[] = [];
      for (const doc of planned) {
        if (doc.refused !== undefined) {
          report(`${doc.path}: ${doc.refused}`);
          totals.failed++;
        } else fileJobs.push({ kind: 'file', path: doc.path, name: doc.name, outputs: doc.outputs });
      }
      if (options.format === 'brat' && outReal && fileJobs.length) {
        try {
          writeFileAtomic(join(outReal, 'annotation.conf'), BRAT_ANNOTATION_CONF);
        } catch (err) {
          report(`cannot write ${join(outReal, 'annotation.conf')}: ${describeFsError(err)}`);
          return EXIT.failed;
        }
      }
      jobs = fileJobs;
      // Two jobs: this thread and one worker split each document's passes between them (SplitRunner), so each warms
      // up half the analysis; more: the documents are shared out (SharedRunner).
      const runner = (workers: WorkerPool<Job, JobResult>): JobRunner =>
        split ? new SplitRunner(workers as unknown as QuoteSidePool, options, here(), undefined, SPLIT_AHEAD / 2) : new SharedRunner(workers, here(), FILE_PREFETCH * workers.size);
      if (early && fileJobs.length <= 1) await early.destroy();
      else if (early) pool ??= runner(early);
      if (!pool && fileJobs.length > 1) pool = runner(startPool(options.jobs - 1));
      pool ??= here();
      progress.expect(fileJobs.length);
      jsonArray = options.format === 'json' && !outReal && fileJobs.length > 1;
    }

    if (jsonArray) await output.write('[\n');
    const runner = pool!;
    for await (const settled of runner.map(jobs, { signal: stop.signal })) {
      if (stop.signal.aborted) break;
      await emit(settled.input, settled.ok ? settled.value : await recover(runner, settled, options));
    }
    if (jsonArray && !stop.signal.aborted) await output.write('\n]\n');
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool?.destroy();
    if (early !== pool) await early?.destroy();
  }

  progress.clear();
  if (interrupted) {
    report(`interrupted after ${totals.items} document(s); outputs written so far are complete`);
    return EXIT.interrupted;
  }
  if (output.error?.code === 'EPIPE') return EXIT.brokenPipe;
  if (output.error) {
    report(`cannot write to stdout: ${describeFsError(output.error)}`);
    return EXIT.failed;
  }
  if (!options.quiet) {
    const where = outReal ? ` → ${options.out}` : '';
    io.stderr.write(`news-annotator: ${summaryLine(totals, (performance.now() - started) / 1000)}${where}\n`);
  }
  return totals.failed > 0 ? EXIT.failed : EXIT.ok;
}

/**
 * A job whose worker died twice (or that failed outright). A batch of records is retried one record at a time,
 * so only the record at fault fails; a file fails with one line.
 */
async function recover(pool: JobRunner, settled: Settled<Job, JobResult> & { ok: false }, options: CliOptions): Promise<JobResult> {
  const job = settled.input;
  const failure = (problems: string[], failed: number, stdout = ''): JobResult => ({ stdout, files: [], problems, items: failed, documents: 0, failed, quotes: 0, attributions: 0, dates: 0, bytes: 0 });
  if (job.kind === 'file') return failure([`${job.path}: ${settled.error.message}`], 1);
  if (settled.error.code === 'aborted' || settled.error.code === 'closed' || job.lines.length <= 1) {
    const problems: string[] = [];
    const out: string[] = [];
    job.lines.forEach((line, i) => {
      if (!line.trim()) return;
      const lineNo = job.firstLine + i;
      problems.push(`${job.source} line ${lineNo}: ${settled.error.message}`);
      if (options.format === 'jsonl') out.push(`${JSON.stringify({ id: idOf(line), line: lineNo, error: settled.error.message })}\n`);
    });
    return failure(problems, problems.length, out.join(''));
  }
  const parts: JobResult[] = [];
  for (let i = 0; i < job.lines.length; i++) {
    const single: RecordsJob = { ...job, firstLine: job.firstLine + i, lines: [job.lines[i]] };
    await pool.whenRoom();
    try {
      parts.push(await pool.run(single));
    } catch (err) {
      parts.push(await recover(pool, { ...settled, input: single, error: err as typeof settled.error }, options));
    }
  }
  const merged = emptyTotals();
  for (const p of parts) add(merged, p);
  return { ...merged, stdout: parts.map((p) => p.stdout).join(''), files: [], problems: parts.flatMap((p) => p.problems) };
}

/** The id of a record whose analysis never came back, when its line says it. */
function idOf(line: string): unknown {
  try {
    const value = JSON.parse(line) as { id?: unknown };
    return typeof value?.id === 'string' || typeof value?.id === 'number' ? value.id : null;
  } catch {
    return null;
  }
}

/** At most how many documents the arguments name: a folder its .txt names, anything else one (for the pool's warm-up). */
function documentsNamed(inputs: readonly string[]): number {
  let n = 0;
  for (const input of inputs) {
    try {
      n += statSync(input).isDirectory() ? readdirSync(input).filter((name) => name.endsWith('.txt')).length : 1;
    } catch {
      n++;
    }
  }
  return n;
}

function statSize(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

/** JSONL sources in order (a path, or '-' for stdin), as batches of lines; an unreadable source is one problem. */
async function* recordBatches(sources: readonly string[], io: CliIO, problem: (line: string) => void): AsyncGenerator<RecordsJob> {
  for (const source of sources) {
    let stream: AsyncIterable<string>;
    const name = source === '-' ? 'stdin' : source;
    if (source === '-') {
      io.stdin.setEncoding('utf8');
      stream = io.stdin as AsyncIterable<string>;
    } else {
      let fd: number;
      try {
        fd = openSync(source, 'r');
      } catch (err) {
        problem(`${source}: cannot read: ${describeFsError(err)}`);
        continue;
      }
      stream = createReadStream('', { fd, encoding: 'utf8' });
    }
    try {
      for await (const batch of lineBatches(stream, name, BATCH_LIMITS)) yield { kind: 'records', ...batch };
    } catch (err) {
      problem(`${name}: cannot read: ${describeFsError(err)}`);
    }
  }
}
