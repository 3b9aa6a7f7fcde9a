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
