import * as assert from 'node:assert/strict';
import type { Job, JobResult } from '../../src/cli/document';
import { InlineRunner, SharedRunner } from '../../src/cli/inline';
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

// A stand-in for the worker pool: answers after a few turns of the event loop (later for longer names), so its
// answers come back out of order with this thread's.
class FakePool {
  readonly size = 1;
  readonly ran: string[] = [];
  running = 0;
  maxRunning = 0;
  async run(job: Job, options: { signal?: AbortSignal } = {}): Promise<JobResult> {
    if (job.kind !== 'file') throw new Error('records are not used here');
    this.ran.push(job.path);
    this.maxRunning = Math.max(this.maxRunning, ++this.running);
    try {
      for (let i = 0; i < job.path.length; i++) await new Promise((resolve) => setImmediate(resolve));
      if (options.signal?.aborted) throw new PoolError('aborted', 'the job was cancelled');
      return handler(job);
    } catch (err) {
      throw err instanceof PoolError ? err : new PoolError('job-failed', (err as Error).message);
    } finally {
      this.running--;
    }
  }
  async whenRoom(): Promise<void> {}
  async destroy(): Promise<void> {}
}

describe('CLI: the shared runner (this thread beside the workers)', () => {
  it('settles every job once, in input order, some on this thread and some in the pool, a failure in either not stopping the others', async () => {
    const pool = new FakePool();
    const here: string[] = [];
    const runner = new SharedRunner(pool, (job) => {
      if (job.kind === 'file') here.push(job.path);
      return handler(job);
    }, 2, 4);
    const names = ['a-long-name.txt', 'b.txt', 'bad-1.txt', 'd.txt', 'e-longer-still.txt', 'f.txt', 'bad-2.txt', 'h.txt', 'i.txt'];
    const seen: string[] = [];
    for await (const s of runner.map(names.map(fileJob), {})) {
      assert.equal(s.index, seen.length);
      seen.push(s.ok ? s.value.stdout.trim() : `failed ${s.error.code}`);
    }
    assert.deepEqual(seen, names.map((n) => (n.startsWith('bad') ? 'failed job-failed' : n)));
    // both sides took documents, none twice, and the pool was never more than 2 deep
    assert.ok(here.length > 0 && pool.ran.length > 0);
    assert.deepEqual([...here, ...pool.ran].sort(), [...names].sort());
    assert.ok(pool.maxRunning <= 2);
  });

  it('stops pulling inputs once the signal aborts; what was taken comes back, as aborted where not done', async () => {
    const pool = new FakePool();
    const runner = new SharedRunner(pool, handler, 2, 4);
    const stop = new AbortController();
    let pulled = 0;
    function* inputs() {
      for (const p of ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt', 'g.txt', 'h.txt']) {
        pulled++;
        yield fileJob(p);
      }
    }
    const seen: string[] = [];
    for await (const s of runner.map(inputs(), { signal: stop.signal })) {
      seen.push(s.ok ? s.value.stdout.trim() : `failed ${s.error.code}`);
      if (seen.length === 1) stop.abort();
    }
    assert.equal(seen[0], 'a.txt');
    assert.equal(seen.length, Math.min(pulled, 8));
    assert.ok(pulled < 8, `pulled ${pulled}`);
  });

  it('takes back on this thread the documents of a pool whose workers cannot start', async () => {
    const broken = { size: 1, run: async () => { throw new PoolError('broken', 'workers die before they start'); }, whenRoom: async () => {}, destroy: async () => {} };
    const runner = new SharedRunner(broken, handler, 2, 4);
    const seen: string[] = [];
    for await (const s of runner.map(['a.txt', 'bad.txt', 'c.txt', 'd.txt'].map(fileJob), {})) seen.push(s.ok ? s.value.stdout.trim() : `failed ${s.error.code}`);
    assert.deepEqual(seen, ['a.txt', 'failed job-failed', 'c.txt', 'd.txt']);
  });
});
