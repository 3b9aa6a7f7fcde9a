import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PoolError, WorkerPool, type Settled } from '../../src/node/pool';
import type { TestJob } from './fixtures/pool-worker';

const WORKER = join(__dirname, 'fixtures', 'pool-worker.js');

async function rejection(promise: Promise<unknown>): Promise<PoolError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof PoolError, `expected a PoolError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected the promise to reject');
}

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('worker pool (src/node/pool)', function () {
  // Each test starts worker threads; a loaded 2-core machine can take seconds for that.
  this.timeout(60_000);
  let pool: WorkerPool<TestJob, unknown>;
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'na-pool-'));
  });
  afterEach(async () => {
    await pool?.destroy();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('runs jobs on several threads and returns their results', async () => {
    pool = new WorkerPool({ file: WORKER, size: 2 });
    const results = await Promise.all([3, 4, 5].map((n) => pool.run({ op: 'square', n })));
    assert.deepEqual(results, [9, 16, 25]);
  });

  it('warm() starts workers before any job, and jobs then run on them', async () => {
    pool = new WorkerPool({ file: WORKER, size: 2 });
    assert.equal(pool.threads, 0, 'lazy until asked');
    pool.warm(1);
    assert.equal(pool.threads, 1);
    pool.warm(5);
    assert.equal(pool.threads, 2, 'never more than size');
    const threads = new Set(await Promise.all([1, 2, 3, 4].map(() => pool.run({ op: 'thread' }))));
    assert.ok(threads.size <= 2);
    assert.equal(pool.threads, 2);
  });

  it('map yields results in submission order however long each job takes', async () => {
    pool = new WorkerPool({ file: WORKER, size: 3, maxQueue: 2 });
    // Early jobs are the slow ones, so they finish last.
    const inputs: TestJob[] = Array.from({ length: 20 }, (_, i) => ({ op: 'square', n: i, delayMs: (20 - i) * 3 }));
    const settled = await collect(pool.map(inputs));
    assert.deepEqual(settled.map((s) => s.index), inputs.map((_, i) => i));
    assert.deepEqual(settled.map((s) => (s.ok ? s.value : s.error)), inputs.map((_, i) => i * i));
  });

  it('map with ordered: false yields every result, as they finish', async () => {
    pool = new WorkerPool({ file: WORKER, size: 2 });
    // The first job is held until the other two have been yielded, whatever the machine's load.
    const release = join(scratch, 'release');
    const inputs: TestJob[] = [{ op: 'square', n: 1, untilFile: release }, { op: 'square', n: 2 }, { op: 'square', n: 3 }];
    const results = pool.map(inputs, { ordered: false })[Symbol.asyncIterator]();
    const early = [await results.next(), await results.next()].map((r) => (r.done ? -1 : r.value.index));
    writeFileSync(release, 'x');
    const last = await results.next();
    assert.deepEqual(early.sort(), [1, 2], 'the two free jobs come while the first is held');
    assert.equal(last.done ? -1 : last.value.index, 0, 'the held first job comes last');
    assert.equal((await results.next()).done, true);
  });

  it('a job that throws fails alone; its worker stays and serves the next job', async () => {
    pool = new WorkerPool({ file: WORKER, size: 1 });
    const before = await pool.run({ op: 'thread' });
    const err = await rejection(pool.run({ op: 'throw', message: 'bad document' }));
    assert.equal(err.code, 'job-failed');
    assert.match(err.message, /bad document/);
    assert.equal(await pool.run({ op: 'thread' }), before, 'same worker thread');
  });

  it('a result that cannot be cloned fails that job only', async () => {
    pool = new WorkerPool({ file: WORKER, size: 1 });
    const err = await rejection(pool.run({ op: 'uncloneable' }));
    assert.equal(err.code, 'job-failed');
    assert.equal(await pool.run({ op: 'square', n: 2 }), 4);
  });

  it('a crashed worker is replaced and its job retried once, then reported as failed', async () => {
    pool = new WorkerPool({ file: WORKER, size: 1 });
    const first = await pool.run({ op: 'thread' });
    const err = await rejection(pool.run({ op: 'exit' }));
    assert.equal(err.code, 'worker-died');
    assert.match(err.message, /2 attempt/);
    const next = await pool.run({ op: 'thread' });
    assert.notEqual(next, first, 'a fresh worker took over');
  });

  it('a job whose worker died once succeeds on the retry', async () => {
    pool = new WorkerPool({ file: WORKER, size: 1 });
    assert.equal(await pool.run({ op: 'exit-once', marker: join(scratch, 'marker'), n: 7 }), 7);
  });

  it('an uncaught error inside the worker counts as a crash, and other jobs are unharmed', async () => {
    pool = new WorkerPool({ file: WORKER, size: 2 });
    const inputs: TestJob[] = [{ op: 'square', n: 2 }, { op: 'throw-later' }, { op: 'square', n: 3 }];
    const settled: Settled<TestJob, unknown>[] = await collect(pool.map(inputs));
    assert.deepEqual(settled.map((s) => s.ok), [true, false, true]);
    const failed = settled[1];
    assert.ok(!failed.ok && failed.error.code === 'worker-died' && /uncaught in the worker/.test(failed.error.message));
  });

  it('the queue is bounded: run() refuses beyond size + maxQueue, whenRoom() waits for space', async () => {
    pool = new WorkerPool({ file: WORKER, size: 1, maxQueue: 2 });
    const held = [1, 2, 3].map((n) => pool.run({ op: 'square', n, delayMs: 200 }));
    assert.equal(pool.pending, 3);
    const err = await rejection(pool.run({ op: 'square', n: 4 }));
    assert.equal(err.code, 'queue-full');
    await pool.whenRoom();
    assert.ok(pool.pending < 3);
    assert.equal(await pool.run({ op: 'square', n: 4 }), 16);
    assert.deepEqual(await Promise.all(held), [1, 4, 9]);
  });

  it('map pulls inputs only as fast as results are consumed (back-pressure)', async () => {
    pool = new WorkerPool({ file: WORKER, size: 2, maxQueue: 3 });
    let pulled = 0;
    function* inputs(): Generator<TestJob> {
      for (let n = 0; n < 200; n++) {
        pulled++;
        yield { op: 'square', n };
      }
    }
    let consumed = 0;
    let maxAhead = 0;
    for await (const s of pool.map(inputs())) {
      assert.equal(s.index, consumed);
      consumed++;
      await new Promise((resolve) => setTimeout(resolve, 1)); // a slow consumer
      maxAhead = Math.max(maxAhead, pulled - consumed);
    }
    assert.equal(consumed, 200);
    assert.ok(maxAhead <= 2 + 3 + 1, `pulled ${maxAhead} inputs ahead of the consumer`);
  });

  it('map answers a producer that waits for each result before it sends the next input', async () => {
    pool = new WorkerPool({ file: WORKER, size: 2 });
    let answered = 0;
    let onAnswer: () => void = () => {};
    async function* conversation(): AsyncGenerator<TestJob> {
      for (let n = 0; n < 5; n++) {
        const expected = answered + 1;
        yield { op: 'square', n };
        while (answered < expected) await new Promise<void>((resolve) => (onAnswer = resolve));
      }
    }
    const values: unknown[] = [];
    for await (const s of pool.map(conversation())) {
      values.push(s.ok ? s.value : s.error);
      answered++;
      onAnswer();
    }
    assert.deepEqual(values, [0, 1, 4, 9, 16]);
  });

  it('cancels a queued job and a running one; the pool goes on', async () => {
    pool = new WorkerPool({ file: WORKER, size: 1 });
    const running = new AbortController();
    const queued = new AbortController();
    const spin = pool.run({ op: 'spin' }, { signal: running.signal });
    const waiting = pool.run({ op: 'square', n: 5 }, { signal: queued.signal });
    const after = pool.run({ op: 'square', n: 6 });
    queued.abort();
    assert.equal((await rejection(waiting)).code, 'aborted');
    running.abort();
    assert.equal((await rejection(spin)).code, 'aborted');
    assert.equal(await after, 36);
  });

  it('leaving a map loop early cancels its running jobs', async () => {
    pool = new WorkerPool({ file: WORKER, size: 2 });
    const inputs: TestJob[] = [{ op: 'square', n: 1 }, { op: 'spin' }, { op: 'spin' }, { op: 'square', n: 2 }];
    for await (const s of pool.map(inputs)) {
      assert.equal(s.index, 0);
      break;
    }
    await pool.close(); // would never end if the spinning jobs were still running
    assert.equal(pool.pending, 0);
  });

  it('close() lets running and queued jobs finish, then refuses new ones', async () => {
    pool = new WorkerPool({ file: WORKER, size: 1 });
    const jobs = [1, 2, 3].map((n) => pool.run({ op: 'square', n, delayMs: 50 }));
    const closing = pool.close();
    assert.equal((await rejection(pool.run({ op: 'square', n: 9 }))).code, 'closed');
    await closing;
    assert.deepEqual(await Promise.all(jobs), [1, 4, 9]);
  });

  it('destroy() rejects what is queued or running at once', async () => {
    pool = new WorkerPool({ file: WORKER, size: 1 });
    const spin = rejection(pool.run({ op: 'spin' }));
    const queued = rejection(pool.run({ op: 'square', n: 2 }));
    await pool.destroy();
    assert.equal((await spin).code, 'closed');
    assert.equal((await queued).code, 'closed');
  });

  it('with prefetch, a worker runs the jobs handed to it one at a time, in order', async () => {
    pool = new WorkerPool({ file: WORKER, size: 1, prefetch: 2 });
    // The second job is in the worker's port while the first still waits on its timer: it must not overtake it.
    const inputs: TestJob[] = [{ op: 'square', n: 2, delayMs: 150 }, { op: 'square', n: 3 }, { op: 'square', n: 4 }];
    const settled = await collect(pool.map(inputs, { ordered: false }));
    assert.deepEqual(settled.map((s) => s.index), [0, 1, 2]);
    assert.deepEqual(settled.map((s) => (s.ok ? s.value : s.error)), [4, 9, 16]);
  });

  it('with prefetch, a job waiting behind one that crashes its worker runs on the next worker, its attempt not counted', async () => {
    pool = new WorkerPool({ file: WORKER, size: 1, prefetch: 2, retries: 0 });
    const crash = rejection(pool.run({ op: 'exit' }));
    const behind = pool.run({ op: 'square', n: 7 });
    assert.equal(pool.pending, 2);
    assert.equal((await crash).code, 'worker-died');
    assert.equal(await behind, 49);
  });

  it('with prefetch, cancelling a job that waits in a worker\'s port settles it at once; its late answer is dropped', async () => {
    pool = new WorkerPool({ file: WORKER, size: 1, prefetch: 2 });
    const cancel = new AbortController();
    const first = pool.run({ op: 'square', n: 2, delayMs: 150 });
    const cancelled = rejection(pool.run({ op: 'square', n: 5 }, { signal: cancel.signal }));
    cancel.abort();
    assert.equal((await cancelled).code, 'aborted');
    const third = pool.run({ op: 'square', n: 6 });
    assert.equal(await first, 4);
    assert.equal(await third, 36, 'the cancelled job\'s answer is not taken for the next one');
    await pool.close();
    assert.equal(pool.pending, 0);
  });

  it('a worker file that cannot load breaks the pool with one clear error instead of respawning forever', async () => {
    pool = new WorkerPool({ file: 'throw new Error("no such handler")', eval: true, size: 2 });
    const errors = await Promise.all([1, 2, 3].map((n) => rejection(pool.run({ op: 'square', n }))));
    for (const err of errors) {
      assert.equal(err.code, 'broken');
      assert.match(err.message, /no such handler/);
    }
    assert.equal((await rejection(pool.run({ op: 'square', n: 1 }))).code, 'broken');
  });
});
