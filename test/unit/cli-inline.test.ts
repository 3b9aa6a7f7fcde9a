import * as assert from 'node:assert/strict';
import type { Job, JobResult } from '../../src/cli/document';
import { InlineRunner, SharedRunner, type PoolLike } from '../../src/cli/inline';
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
