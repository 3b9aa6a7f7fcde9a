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

/** The part of WorkerPool that SharedRunner uses. */
export interface JobPool {
  readonly size: number;
  run(job: Job, options?: { signal?: AbortSignal }): Promise<JobResult>;
  whenRoom(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * `--jobs N` over files: N - 1 worker threads and this thread analyse documents side by side. Each worker is kept
 * `perWorker` jobs deep (one running, the next waiting in its port); a document that finds every worker that deep is
 * analysed here, between two turns of the event loop, so the workers' answers are taken and their next documents
 * handed out between two documents of this thread. One worker fewer to start and warm up, and half the results
 * never cloned between threads. Results come back in input order; at most `window` documents are in flight, so the
 * results that wait for an earlier one stay few.
 */
export class SharedRunner implements JobRunner {
  constructor(
    private readonly pool: JobPool,
    private readonly handle: (job: Job) => JobResult,
    private readonly perWorker = 2,
    private readonly window = 32,
  ) {}

  async *map(inputs: Iterable<Job> | AsyncIterable<Job>, options: { signal?: AbortSignal } = {}): AsyncGenerator<Settled<Job, JobResult>> {
    const source: Iterator<Job> | AsyncIterator<Job> =
      Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : (inputs as Iterable<Job>)[Symbol.iterator]();
    const cancel = new AbortController();
    const onOuterAbort = () => cancel.abort();
    options.signal?.addEventListener('abort', onOuterAbort, { once: true });
    if (options.signal?.aborted) cancel.abort();
    const done = new Map<number, Settled<Job, JobResult>>();
    let wake: (() => void) | null = null;
    const notify = () => {
      const w = wake;
      wake = null;
      w?.();
    };
    cancel.signal.addEventListener('abort', notify, { once: true });
    const capacity = this.pool.size * this.perWorker;
    let inPool = 0;
    let submitted = 0;
    let yielded = 0;
    let exhausted = false;
    try {
      for (;;) {
        const ready = done.get(yielded);
        if (ready) {
          done.delete(yielded);
          yielded++;
          yield ready;
          continue;
        }
        if (cancel.signal.aborted || exhausted) {
          if (submitted === yielded) break;
        } else if (submitted - yielded < this.window) {
          const next = await source.next();
          if (next.done) {
            exhausted = true;
            continue;
          }
          const index = submitted++;
          const input = next.value;
          if (inPool < capacity) {
            inPool++;
            this.pool.run(input, { signal: cancel.signal }).then(
              (value) => done.set(index, { index, input, ok: true, value }),
              // No worker could start (a broken pool): this thread, which runs the same code, takes the document.
              (error: PoolError) => done.set(index, error.code === 'broken' && !cancel.signal.aborted ? this.settle(index, input) : { index, input, ok: false, error }),
            ).finally(() => {
              inPool--;
              notify();
            });
            continue;
          }
          // Every worker has its next document: this thread takes this one, after a turn of the event loop in which
          // a worker that has finished posts its answer and gets its next document.
          await turn();
          if (cancel.signal.aborted) {
            done.set(index, { index, input, ok: false, error: new PoolError('aborted', 'the run was interrupted') });
            continue;
          }
          done.set(index, this.settle(index, input));
          continue;
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      options.signal?.removeEventListener('abort', onOuterAbort);
      cancel.abort();
      if (!exhausted) await source.return?.();
    }
  }

  private settle(index: number, input: Job): Settled<Job, JobResult> {
    try {
      return { index, input, ok: true, value: this.handle(input) };
    } catch (err) {
      // What a worker answers for a handler that threw: this job fails, the run goes on.
      return { index, input, ok: false, error: new PoolError('job-failed', err instanceof Error ? err.message : String(err)) };
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
