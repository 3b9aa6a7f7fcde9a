// Jobs run on the main thread, for `--jobs 1` and a single document: a worker thread would only add its start-up
// (a second load of the whole bundle), a structured clone of every result and a smaller young generation, for no
// parallelism. It answers the part of WorkerPool's interface that run.ts uses, with the same Settled results.
import { getMaxListeners, setMaxListeners } from 'node:events';
import type { QuoteSide } from '../core/analyze';
import { PoolError, type Settled } from '../node/pool';
import { loadFileJob, quoteSideJob, startFileJob, type Job, type JobResult, type LoadedFile, type QuoteSideJob } from './document';
import type { CliOptions } from './options';

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

const parseSide = (json: string | null): QuoteSide | null => (json === null ? null : (JSON.parse(json) as QuoteSide));

/** The least of the pool's interface that SplitRunner uses: one worker that answers quote-side jobs. */
export interface QuoteSidePool {
  readonly size: number;
  readonly maxQueue: number;
  readonly pending: number;
  /** quoteSide()'s answer as JSON text (runQuoteSideJob). */
  run(job: QuoteSideJob, options?: { signal?: AbortSignal }): Promise<string | null>;
  destroy(): Promise<void>;
}

/**
 * `--jobs 2` over files: the passes split between two threads instead of the documents. This thread loads each
 * document a few ahead and hands its text to one worker, which runs the quotes, attributions and dates passes
 * (quoteSide()); this thread runs the rest of the analysis (segmentation, entities, linking) with the worker's
 * answer, and renders. Each thread thus warms up only the code of its own passes: two threads that each
 * analyse every other document each pay the JIT warm-up of the whole analysis (~1.5 CPU s a thread over
 * polnear-train), which kept --jobs 2 far below twice the throughput of --jobs 1. The dates pass is the worker's
 * because this thread also reads, renders and writes: with it here, this thread took ~1.8 times the worker's CPU
 * over polnear-train and the worker waited; but a document's dates go back to this thread whenever it had to wait
 * for the worker's last answer, so neither side idles long whichever is slower on a given machine and corpus.
 * The analysis is the same as analyze() alone gives (the worker's passes read nothing the other passes make, and
 * the dates pass gives the same wherever it runs); should the worker fail a job, this thread runs all of that
 * document's passes.
 */
export class SplitRunner implements JobRunner {
  constructor(
    private readonly pool: QuoteSidePool,
    private readonly options: CliOptions,
    private readonly fallback: InlineRunner,
    /**
     * How long this thread may wait for the worker in all before it takes dates passes back: the first one it runs
     * costs it the dates code's warm-up (its regular expressions compiled, chrono's parsers built, ~0.1 CPU s), which a
     * short wait (the worker descheduled or collecting garbage on a busy machine) does not repay.
     */
    private readonly takeDatesAfterMs = 200,
    /**
     * Documents sent to the worker at once, at most `size + maxQueue`. The worker is the faster side over news text,
     * so it runs dry and sleeps; a message to a sleeping thread costs the sender a wake-up (~0.1-0.5 ms of CPU on
     * this machine's 2 virtual cores, against ~5 µs to a busy one), and one document at a time that was ~0.3-0.5 CPU s
     * over polnear-train on this thread, the busier one. A batch wakes the worker once.
     */
    private readonly batch = 8,
  ) {}

  async *map(inputs: Iterable<Job> | AsyncIterable<Job>, options: { signal?: AbortSignal } = {}): AsyncGenerator<Settled<Job, JobResult>> {
    const jobs: Job[] = [];
    for await (const job of inputs) jobs.push(job);
    const signal = options.signal;
    const ahead = this.pool.size + this.pool.maxQueue;
    const prepared: ({ loaded: LoadedFile | null; side: Promise<QuoteSide | null>; answered: boolean } | undefined)[] = new Array(jobs.length);
    let sent = 0;
    // Who runs the dates pass of the next document sent: the worker, unless this thread last had to wait for its
    // answer (then the worker is the slower side, and this thread takes the dates until it no longer waits) once it
    // has waited takeDatesAfterMs in all.
    let workerDates = true;
    let workerUp = false;
    let waitedMs = 0;
    const batch = Math.max(1, Math.min(this.batch, ahead));
    // Each job in flight listens to the signal.
    if (signal) setMaxListeners(Math.max(getMaxListeners(signal), ahead + 10), signal);
    const send = (upTo: number) => {
      // A whole batch or nothing (the last documents excepted): see `batch`.
      if (Math.min(upTo, jobs.length) - sent < Math.min(batch, jobs.length - sent)) return;
      for (; sent < jobs.length && sent < upTo && this.pool.pending < ahead; sent++) {
        const job = jobs[sent];
        if (job.kind !== 'file') {
          prepared[sent] = { loaded: null, side: Promise.resolve(null), answered: true };
          continue;
        }
        let loaded: LoadedFile | null;
        try {
          loaded = loadFileJob(job, this.options);
        } catch {
          loaded = null; // runFileJob meets the same error and fails the job
        }
        const quoteJob = loaded && quoteSideJob(job, loaded, workerDates);
        // A failed worker job (the worker died, the pool closed): this thread runs the passes itself.
        const side = quoteJob ? this.pool.run(quoteJob, { signal }).then(parseSide).catch(() => null) : Promise.resolve(null);
        const entry = { loaded, side, answered: false };
        void side.then(() => {
          entry.answered = true;
          if (quoteJob) workerUp = true;
        });
        prepared[sent] = entry;
      }
    };
    for (let index = 0; index < jobs.length; index++) {
      await turn();
      const input = jobs[index];
      if (signal?.aborted) {
        yield { index, input, ok: false, error: new PoolError('aborted', 'the run was interrupted') };
        return;
      }
      send(index + ahead);
      const ready = prepared[index];
      prepared[index] = undefined;
      if (!ready || input.kind !== 'file') {
        for await (const settled of this.fallback.map([input], { signal })) yield { ...settled, index };
        continue;
      }
      // This thread's own passes first (the entity pass), then the rest with the worker's answer: what of the
      // worker's work is still running then overlaps this thread's instead of being waited for.
      let finish: ((side?: QuoteSide | null) => JobResult) | undefined;
      let failure: unknown;
      try {
        finish = startFileJob(input, this.options, ready.loaded ?? undefined);
      } catch (err) {
        failure = err;
      }
      // Waiting before the worker's first answer is its start-up, not its share of the work.
      const counted = workerUp && !ready.answered;
      const waitStart = counted ? performance.now() : 0;
      const side = await ready.side;
      if (counted) waitedMs += performance.now() - waitStart;
      if (workerUp) workerDates = !counted || waitedMs < this.takeDatesAfterMs;
      send(index + 1 + ahead);
      let settled: Settled<Job, JobResult>;
      try {
        if (!finish) throw failure;
        settled = { index, input, ok: true, value: finish(side) };
      } catch (err) {
        settled = { index, input, ok: false, error: new PoolError('job-failed', err instanceof Error ? err.message : String(err)) };
      }
      yield settled;
    }
  }

  run(job: Job): Promise<JobResult> {
    return this.fallback.run(job);
  }

  whenRoom(): Promise<void> {
    return Promise.resolve();
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
