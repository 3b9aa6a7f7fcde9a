// Jobs run on the main thread, for `--jobs 1` and a single document: a worker thread would only add its start-up
// (a second load of the whole bundle), a structured clone of every result and a smaller young generation, for no
// parallelism. It answers the part of WorkerPool's interface that run.ts uses, with the same Settled results.
import { PoolError, type Settled } from '../node/pool';
import type { Job, JobResult } from './document';

export interface JobRunner {
  map(inputs: Iterable<Job> | AsyncIterable<Job>, options: { signal?: AbortSignal }): AsyncGenerator<Settled<Job, JobResult>>;
  run(job: Job): Promise<JobResult>;
  whenRoom(): Promise<void>;
  destroy(): Promise<void>;
}

/** Lets stdout drain and signals be heard between two documents. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class InlineRunner implements JobRunner {
  constructor(private readonly handle: (job: Job) => JobResult) {}

  async *map(inputs: Iterable<Job> | AsyncIterable<Job>, options: { signal?: AbortSignal } = {}): AsyncGenerator<Settled<Job, JobResult>> {
    let index = 0;
    for await (const input of inputs) {
      await turn();
      if (options.signal?.aborted) {
        yield { index: index++, input, ok: false, error: new PoolError('aborted', 'the run was interrupted') };
        return;
      }
      let settled: Settled<Job, JobResult>;
      try {
        settled = { index, input, ok: true, value: this.handle(input) };
      } catch (err) {
        // What a worker answers for a handler that threw: this job fails, the run goes on.
        settled = { index, input, ok: false, error: new PoolError('job-failed', err instanceof Error ? err.message : String(err)) };
      }
      index++;
      yield settled;
    }
  }

  async run(job: Job): Promise<JobResult> {
    try {
      return this.handle(job);
    } catch (err) {
      throw new PoolError('job-failed', err instanceof Error ? err.message : String(err));
    }
  }

  async whenRoom(): Promise<void> {}

  async destroy(): Promise<void> {}
}

/** The least of the pool's interface that SharedRunner uses (a WorkerPool, or a stand-in in tests). */
export interface PoolLike extends JobRunner {
  readonly size: number;
  readonly pending: number;
  run(job: Job, options?: { signal?: AbortSignal }): Promise<JobResult>;
}

/**
 * `--jobs N` over files: N-1 worker threads and this thread analyse from one queue. A worker costs its own start-up
 * (Node's, then the bundle), and this thread, already started with the bundle loaded, would otherwise
 * only wait for results; it takes the next document whenever it is free, the pool holds at most `ahead` jobs (one
 * running and a few waiting per worker, so a worker seldom idles while this thread analyses), and the results come
 * back in input order, as WorkerPool.map gives them.
 */
export class SharedRunner implements JobRunner {
  constructor(
    private readonly pool: PoolLike,
    private readonly inline: InlineRunner,
    /** Jobs the pool may hold, running or waiting: as many as it hands its workers at once (its prefetch). */
    private readonly ahead = 2 * pool.size,
    /** How far this thread may run ahead of the oldest result not yet handed on (bounds the results held). */
    private readonly window = 64,
  ) {}

  async *map(inputs: Iterable<Job> | AsyncIterable<Job>, options: { signal?: AbortSignal } = {}): AsyncGenerator<Settled<Job, JobResult>> {
    const jobs: Job[] = [];
    for await (const job of inputs) jobs.push(job);
    const signal = options.signal;
    const done = new Map<number, Settled<Job, JobResult>>();
    let taken = 0;
    let yielded = 0;
    let wake: (() => void) | null = null;
    const notify = () => {
      const w = wake;
      wake = null;
      w?.();
    };
    const room = () => taken < jobs.length && !signal?.aborted && taken - yielded < this.window;
    const feed = () => {
      // Near the end the pool gets no more than its share of what is left, so this thread does not wait long
      // for a worker's queue once the jobs run out.
      while (room() && this.pool.pending < this.ahead && this.pool.pending < (jobs.length - taken) * this.pool.size) {
        const index = taken++;
        const input = jobs[index];
        this.pool.run(input, { signal }).then(
          (value) => done.set(index, { index, input, ok: true, value }),
          (error: PoolError) => done.set(index, { index, input, ok: false, error }),
        ).finally(() => {
          feed();
          notify();
        });
      }
    };
    for (;;) {
      feed();
      const ready = done.get(yielded);
      if (ready) {
        done.delete(yielded);
        yielded++;
        yield ready;
        continue;
      }
      if (yielded === jobs.length || (signal?.aborted && yielded === taken)) return;
      if (room()) {
        // This thread's next document (the inline runner lets results and signals in before it).
        const index = taken++;
        for await (const settled of this.inline.map([jobs[index]], { signal })) done.set(index, { ...settled, index });
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  }

  run(job: Job): Promise<JobResult> {
    return this.pool.run(job);
  }

  whenRoom(): Promise<void> {
    return this.pool.whenRoom();
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
