import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob, runQuoteSideJob, type Job, type JobResult, type QuoteSideJob } from '../../src/cli/document';
import { InlineRunner, SharedRunner, SplitRunner, type JobRunner, type PoolLike, type QuoteSidePool } from '../../src/cli/inline';
import { parseCommandLine, type CliOptions } from '../../src/cli/options';
import { PoolError } from '../../src/node/pool';

// Jobs of the main-thread runner (--jobs 1, a single document): each job names its own file, so a test can tell
// which result answers which job.
const fileJob = (path: string): Job => ({ kind: 'file', path, name: path });
const result = (path: string): JobResult => ({ stdout: `${path}\n`, files: [], problems: [], items: 1, documents: 1, failed: 0, quotes: 0, attributions: 0, dates: 0, bytes: path.length });

function handler(job: Job): JobResult {
  if (job.kind !== 'file') throw new Error('records are not used here');
  if (job.path.includes('bad')) throw new Error(`cannot analyse ${job.path}`);
  return result(job.path);
}

describe('CLI: the main-thread runner', () => {
  it('settles every job in input order, a throwing job as a failure that does not stop the others', async () => {
    const runner = new InlineRunner(handler);
    async function* inputs() {
      for (const p of ['a.txt', 'bad.txt', 'c.txt']) yield fileJob(p);
    }
    const seen: string[] = [];
    for await (const s of runner.map(inputs(), {})) {
      assert.equal(s.index, seen.length);
      seen.push(s.ok ? s.value.stdout.trim() : `failed ${s.error.code}: ${s.error.message}`);
    }
    assert.deepEqual(seen, ['a.txt', 'failed job-failed: cannot analyse bad.txt', 'c.txt']);
  });

  it('stops pulling inputs once the signal aborts, and answers the job it held as aborted', async () => {
    const runner = new InlineRunner(handler);
    const stop = new AbortController();
    let pulled = 0;
    function* inputs() {
      for (const p of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) {
        pulled++;
        yield fileJob(p);
      }
    }
    const seen: string[] = [];
    for await (const s of runner.map(inputs(), { signal: stop.signal })) {
      seen.push(s.ok ? s.value.stdout.trim() : `failed ${s.error.code}`);
      if (seen.length === 1) stop.abort();
    }
    assert.deepEqual(seen, ['a.txt', 'failed aborted']);
    assert.equal(pulled, 2);
  });

  it('run() rejects a throwing job with the pool\'s job-failed error', async () => {
    const runner = new InlineRunner(handler);
    assert.equal((await runner.run(fileJob('x.txt'))).stdout, 'x.txt\n');
    await assert.rejects(runner.run(fileJob('bad.txt')), (err: Error & { code?: string }) => err.code === 'job-failed' && /bad\.txt/.test(err.message));
  });
});

// A stand-in for WorkerPool: one "worker" that answers after `delay` ms, so this thread's jobs finish first.
class SlowPool implements PoolLike {
  readonly size = 1;
  pending = 0;
  readonly ran: string[] = [];
  destroyed = false;
  constructor(private readonly delay: number) {}

  map(): AsyncGenerator<never> {
    throw new Error('SharedRunner feeds the pool through run()');
  }

  async run(job: Job, options: { signal?: AbortSignal } = {}): Promise<JobResult> {
    this.pending++;
    try {
      await new Promise((resolve) => setTimeout(resolve, this.delay));
      if (options.signal?.aborted) throw new PoolError('aborted', 'the job was cancelled');
      if (job.kind === 'file') this.ran.push(job.path);
      try {
        return handler(job);
      } catch (err) {
        throw new PoolError('job-failed', (err as Error).message);
      }
    } finally {
      this.pending--;
    }
  }

  async whenRoom(): Promise<void> {}

  async destroy(): Promise<void> {
    this.destroyed = true;
  }
}

describe('CLI: the shared runner (this thread beside the workers)', () => {
  const names = ['a.txt', 'b.txt', 'bad.txt', 'd.txt', 'e.txt', 'f.txt', 'g.txt', 'h.txt'];

  it('splits the jobs between this thread and the pool and settles them all in input order', async () => {
    const pool = new SlowPool(15);
    const runner = new SharedRunner(pool, new InlineRunner(handler));
    const seen: string[] = [];
    for await (const s of runner.map(names.map(fileJob), {})) {
      assert.equal(s.index, seen.length);
      seen.push(s.ok ? s.value.stdout.trim() : `failed ${s.error.code}`);
    }
    assert.deepEqual(seen, ['a.txt', 'b.txt', 'failed job-failed', 'd.txt', 'e.txt', 'f.txt', 'g.txt', 'h.txt']);
    // The slow pool got the first jobs (it is fed first) and this thread the rest: both took part.
    assert.ok(pool.ran.length >= 1 && pool.ran.length < names.length, `pool ran ${pool.ran.join(' ')}`);
    await runner.destroy();
    assert.ok(pool.destroyed);
  });

  it('holds no more than `window` results ahead of the oldest one still out', async () => {
    const pool = new SlowPool(40);
    let inline = 0;
    const runner = new SharedRunner(pool, new InlineRunner((job) => (inline++, handler(job))), 1, 3);
    const seen: number[] = [];
    for await (const s of runner.map(names.filter((n) => n !== 'bad.txt').map(fileJob), {})) seen.push(s.index);
    assert.deepEqual(seen, [0, 1, 2, 3, 4, 5, 6]);
    // While the pool's first job ran, this thread could take only two more (window 3), then had to wait.
    assert.ok(inline <= 4, `${inline} jobs ran on this thread`);
  });

  it('stops taking jobs once the signal aborts; a job the pool held comes back as aborted', async () => {
    const pool = new SlowPool(5);
    const runner = new SharedRunner(pool, new InlineRunner(handler), 1, 2);
    const stop = new AbortController();
    const seen: string[] = [];
    for await (const s of runner.map(names.map(fileJob), { signal: stop.signal })) {
      seen.push(s.ok ? s.value.stdout.trim() : `failed ${s.error.code}`);
      if (seen.length === 2) stop.abort();
    }
    assert.deepEqual(seen, ['a.txt', 'b.txt', 'failed aborted']);
  });
});

// The split runner (--jobs 2 over files): a stand-in for the one worker that runs each document's quotes and
// attributions passes. It answers through quoteSide() in this thread, after `delay` ms, or fails every job.
class QuoteWorker implements QuoteSidePool {
  readonly size = 1;
  readonly maxQueue = 4;
  pending = 0;
  ran = 0;
  destroyed = false;
  /** Each job's `dates`: whether it was asked for the dates pass too. */
  readonly dates: boolean[] = [];
  /** For each job, what `clock()` said when it was sent. */
  readonly sentAt: number[] = [];
  clock: () => number = () => 0;
  /** One job after another, as one worker thread runs them. */
  private queue: Promise<unknown> = Promise.resolve();
  constructor(private readonly delay: number, private readonly fail = false) {}

  async run(job: QuoteSideJob): Promise<string | null> {
    this.pending++;
    this.dates.push(job.dates);
    this.sentAt.push(this.clock());
    const turn = this.queue.then(() => new Promise((resolve) => setTimeout(resolve, this.delay)));
    this.queue = turn;
    try {
      await turn;
      if (this.fail) throw new PoolError('worker-died', 'the worker stopped');
      this.ran++;
      // Through a structured clone, as a worker's answer comes.
      return structuredClone(runQuoteSideJob(job, OPTIONS));
    } finally {
      this.pending--;
    }
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
  }
}

const OPTIONS: CliOptions = (() => {
  const c = parseCommandLine(['annotate', '--format', 'jsonl', '.']);
  if (c.kind !== 'annotate') throw new Error('annotate options expected');
  return c.options;
})();
const ARTICLES: [string, string][] = [
  ['one.txt', 'LONDON (Reuters) - "We will not back down," said Jane Porter, the mayor, on Tuesday.\n\nShe told reporters the plan would cost $2 million.\n'],
  ['empty.txt', ''],
  ['two.txt', 'Officials said the talks would resume next week. "It is a start," a spokesman for the ministry said.\n'],
  ['missing.txt', null as unknown as string],
  ['three.txt', 'Acme Corp. said on Monday that its chief executive, Tom Reyes, would step down in March.\n'],
];

describe('CLI: the split runner (this thread and one worker share out the passes)', () => {
  let dir: string;
  let jobs: Job[];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-split-'));
    jobs = ARTICLES.map(([name, text]) => {
      if (text !== null) writeFileSync(join(dir, name), text);
      return { kind: 'file', path: join(dir, name), name: name.replace(/\.txt$/, '') };
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const outputs = async (runner: JobRunner) => {
    const seen: string[] = [];
    for await (const s of runner.map(jobs, {})) {
      assert.equal(s.index, seen.length);
      seen.push(s.ok ? `${s.value.stdout}${s.value.problems.join('\n')}` : `failed ${s.error.code}`);
    }
    return seen;
  };

  it('gives what this thread alone gives, in input order, and the worker ran the quote side', async () => {
    const alone = await outputs(new InlineRunner((job) => runJob(job, OPTIONS)));
    const worker = new QuoteWorker(5);
    const split = new SplitRunner(worker, OPTIONS, new InlineRunner((job) => runJob(job, OPTIONS)));
    assert.deepEqual(await outputs(split), alone);
    assert.equal(worker.ran, 4); // every file that could be read (the empty one answers null): not the missing one
    assert.match(alone[0], /Jane Porter/);
    assert.match(alone[3], /missing\.txt/);
    await split.destroy();
    assert.ok(worker.destroyed);
  });

  it('takes the dates pass back from a worker it has to wait for, with the same output', async () => {
    const many: Job[] = [];
    for (let i = 0; i < 12; i++) {
      const path = join(dir, `many${i}.txt`);
      writeFileSync(path, `Ms. Dana Ortiz, the chair, said on Friday ${i + 1} March that "the vote is set," and left.\n`);
      many.push({ kind: 'file', path, name: `many${i}` });
    }
    const seen = async (runner: JobRunner) => {
      const out: string[] = [];
      for await (const s of runner.map(many, {})) out.push(s.ok ? s.value.stdout : `failed ${s.error.code}`);
      return out;
    };
    const alone = await seen(new InlineRunner((job) => runJob(job, OPTIONS)));
    // A worker far slower than this thread: after its first answer, this thread waits for each, so it runs the dates
    // (here at once: no wait is too short to count).
    const worker = new QuoteWorker(40);
    assert.deepEqual(await seen(new SplitRunner(worker, OPTIONS, new InlineRunner((job) => runJob(job, OPTIONS)), 0)), alone);
    assert.equal(worker.ran, 12);
    assert.ok(worker.dates[0], 'before any wait the worker runs the dates');
    assert.ok(worker.dates.includes(false), JSON.stringify(worker.dates));
    // Waits shorter in all than the budget leave every dates pass to the worker.
    const patient = new QuoteWorker(5);
    assert.deepEqual(await seen(new SplitRunner(patient, OPTIONS, new InlineRunner((job) => runJob(job, OPTIONS)), 60_000)), alone);
    assert.deepEqual(patient.dates, many.map(() => true));
    assert.match(alone[0], /"dates":\[\{/);
  });

  it('sends the worker its documents in batches, so a worker that runs dry is woken once a batch', async () => {
    const many: Job[] = [];
    for (let i = 0; i < 11; i++) {
      const path = join(dir, `batch${i}.txt`);
      writeFileSync(path, `The council met on Monday ${i + 1} June. "We agree," the mayor said.\n`);
      many.push({ kind: 'file', path, name: `batch${i}` });
    }
    const collect = async (runner: JobRunner, worker?: QuoteWorker) => {
      const out: string[] = [];
      if (worker) worker.clock = () => out.length;
      for await (const s of runner.map(many, {})) out.push(s.ok ? s.value.stdout : `failed ${s.error.code}`);
      return out;
    };
    const alone = await collect(new InlineRunner((job) => runJob(job, OPTIONS)));
    // A quick worker: one running and four waiting at most (size + maxQueue = 5), in batches of four.
    const worker = new QuoteWorker(0);
    assert.deepEqual(await collect(new SplitRunner(worker, OPTIONS, new InlineRunner((job) => runJob(job, OPTIONS)), 200, 4), worker), alone);
    // Sent as 5 at the start (documents 0-4), 4 once three documents are handed on (5-8), the last 2 once five are.
    assert.deepEqual(worker.sentAt, [0, 0, 0, 0, 0, 3, 3, 3, 3, 5, 5]);
    // One at a time, as before batches: a send after each document.
    const single = new QuoteWorker(0);
    assert.deepEqual(await collect(new SplitRunner(single, OPTIONS, new InlineRunner((job) => runJob(job, OPTIONS)), 200, 1), single), alone);
    assert.deepEqual(single.sentAt, [0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5]);
  });

  it('runs the quote side itself when the worker fails, with the same output', async () => {
    const alone = await outputs(new InlineRunner((job) => runJob(job, OPTIONS)));
    const split = new SplitRunner(new QuoteWorker(1, true), OPTIONS, new InlineRunner((job) => runJob(job, OPTIONS)));
    assert.deepEqual(await outputs(split), alone);
  });
});
