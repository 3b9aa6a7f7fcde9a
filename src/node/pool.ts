/*
 * A small pool of worker threads for CPU-bound jobs (Node only; no `vscode`). The command line's `--jobs N` runs on
 * it, and the extension's workspace index can too.
 *
 * Main thread
 *   const pool = new WorkerPool<In, Out>({ file, workerData?, size?, maxQueue?, retries?, resourceLimits? });
 *     file      the module each worker runs (a path, or code with `eval: true`); it must call serveJobs(handler)
 *     size      worker threads, default os.availableParallelism(); started lazily, only as jobs arrive
 *     maxQueue  jobs that may wait for a worker (bounded queue), default 4 × size
 *     retries   how often a job whose worker died is retried on a fresh worker, default 1
 *     prefetch  jobs handed to a busy worker at once, default 1: with 2, the next job already waits in the worker's
 *               port when it posts a result, so it never idles while the main thread is busy or descheduled
 *               (at the price of a job that may wait behind a long one while another worker is free)
 *
 *   pool.run(input, { signal?, transfer? }): Promise<Out>
 *     Queues one job. Rejects with
 *       PoolError 'queue-full'    when maxQueue jobs already wait (await pool.whenRoom(), or use map());
 *       PoolError 'aborted'       when `signal` aborts: a waiting job leaves the queue, a running one's worker is
 *                                 terminated and replaced;
 *       PoolError 'job-failed'    when the handler threw or rejected (not retried: it would fail again);
 *       PoolError 'worker-died'   when its worker died (uncaught error, exit, out of memory) on every attempt: the
 *                                 worker is replaced each time and the job retried `retries` times (not a job
 *                                 whose input was transferred: it left with the dead worker);
 *       PoolError 'closed'        after close()/destroy(), or 'broken' when workers die before they can start.
 *
 *   pool.map(inputs, { ordered = true, signal? }): AsyncGenerator<Settled<In, Out>>
 *     Feeds a sync or async iterable through the pool with back-pressure: inputs are pulled only while the pool has
 *     room, so memory does not grow with the input. Yields {index, input, ok, value | error} for every input, in
 *     submission order when `ordered` (a reorder buffer of at most size + maxQueue results), else as they finish.
 *     A failed job is yielded (ok: false), never thrown; leaving the loop early cancels this map's running jobs;
 *     aborting `signal` stops pulling inputs, and the jobs already submitted come back as 'aborted'.
 *
 *   pool.warm(count = size)           starts workers ahead of the first jobs, so their start-up overlaps other work
 *   pool.whenRoom(): Promise<void>    resolves when run() would accept a job
 *   pool.close(): Promise<void>       accepts nothing new, lets queued and running jobs finish, stops the workers
 *   pool.destroy(): Promise<void>     rejects queued and running jobs ('closed') and stops the workers at once
 *   pool.pending, pool.threads        jobs queued or running; worker threads alive
 *
 * Worker side (in `file`)
 *   serveJobs(async (input: In) => Out)  handles one job at a time; what it throws rejects that job only
 *
 * Inputs and outputs cross threads by structured clone; pass `transfer` for large ArrayBuffers.
 */
import { setMaxListeners } from 'node:events';
import { availableParallelism } from 'node:os';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, parentPort, Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

export type PoolErrorCode = 'queue-full' | 'aborted' | 'job-failed' | 'worker-died' | 'closed' | 'broken';

export class PoolError extends Error {
  constructor(readonly code: PoolErrorCode, message: string) {
    super(message);
    this.name = 'PoolError';
  }
}

export interface PoolOptions {
  readonly file: string | URL;
  /** `file` is JavaScript code, not a path (as for `new Worker(code, { eval: true })`). */
  readonly eval?: boolean;
  readonly workerData?: unknown;
  readonly size?: number;
  readonly maxQueue?: number;
  readonly retries?: number;
  readonly prefetch?: number;
  readonly resourceLimits?: ResourceLimits;
}

export interface RunOptions {
  readonly signal?: AbortSignal;
  readonly transfer?: readonly Transferable[];
}

export type Settled<In, Out> =
  | { readonly index: number; readonly input: In; readonly ok: true; readonly value: Out }
  | { readonly index: number; readonly input: In; readonly ok: false; readonly error: PoolError };

// The wire protocol between the pool and serveJobs.
type ToWorker = { readonly id: number; readonly input: unknown };
type FromWorker =
  | { readonly kind: 'ready' }
  | { readonly kind: 'done'; readonly id: number; readonly value: unknown }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

interface Job {
  readonly id: number;
  readonly input: unknown;
  readonly transfer?: readonly Transferable[];
  readonly signal?: AbortSignal;
  attempts: number;
  /** Aborted while it waited in a worker's port: settled already, its answer is dropped. */
  dropped?: boolean;
  resolve(value: unknown): void;
  reject(error: PoolError): void;
  onAbort?: () => void;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  /** Jobs posted to this worker, in order: the first runs, the others wait in its port (prefetch). */
  readonly jobs: Job[];
  /** Set when the pool itself stops this worker, so its exit is not taken for a crash. */
  retired: boolean;
  lastError?: Error;
}

/** Workers that die before they are ready this many times in a row mean the worker file itself is broken. */
const MAX_START_FAILURES = 3;

export class WorkerPool<In, Out> {
  readonly size: number;
  readonly maxQueue: number;
  private readonly retries: number;
  private readonly prefetch: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private readonly roomWaiters: (() => void)[] = [];
  private readonly idleWaiters: (() => void)[] = [];
  private nextId = 1;
  private startFailures = 0;
  private state: 'open' | 'closing' | 'closed' | 'broken' = 'open';
  private brokenReason = '';

  constructor(private readonly options: PoolOptions) {
    this.size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
    this.maxQueue = Math.max(0, Math.floor(options.maxQueue ?? 4 * this.size));
    this.retries = Math.max(0, Math.floor(options.retries ?? 1));
    this.prefetch = Math.max(1, Math.floor(options.prefetch ?? 1));
  }

  get pending(): number {
    let n = this.queue.length;
    for (const slot of this.slots) n += slot.jobs.length;
    return n;
  }

  get threads(): number {
    return this.slots.size;
  }

  private hasRoom(): boolean {
    return this.pending < this.size + this.maxQueue;
  }

  warm(count = this.size): void {
    while (this.state === 'open' && this.slots.size < Math.min(count, this.size)) if (!this.spawn()) return;
  }

  whenRoom(): Promise<void> {
    if (this.hasRoom() || this.state !== 'open') return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  run(input: In, options: RunOptions = {}): Promise<Out> {
    if (this.state === 'broken') return Promise.reject(new PoolError('broken', this.brokenReason));
    if (this.state !== 'open') return Promise.reject(new PoolError('closed', 'the pool is closed'));
    if (options.signal?.aborted) return Promise.reject(new PoolError('aborted', 'the job was cancelled'));
    if (!this.hasRoom()) return Promise.reject(new PoolError('queue-full', `the queue is full (${this.maxQueue} jobs wait)`));
    return new Promise<Out>((resolve, reject) => {
      const job: Job = {
        id: this.nextId++, input, transfer: options.transfer, signal: options.signal, attempts: 0,
        resolve: resolve as (value: unknown) => void, reject,
      };
      if (job.signal) {
        job.onAbort = () => this.abort(job);
        job.signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.dispatch();
    });
  }

  async *map(inputs: Iterable<In> | AsyncIterable<In>, options: { ordered?: boolean; signal?: AbortSignal } = {}): AsyncGenerator<Settled<In, Out>> {
    const ordered = options.ordered ?? true;
    const cancel = new AbortController();
    // Every job of this map listens to `cancel`: as many listeners as jobs in flight, which is no leak.
    setMaxListeners(this.size + this.maxQueue + 10, cancel.signal);
    const onOuterAbort = () => cancel.abort();
    const source: Iterator<In> | AsyncIterator<In> =
      Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : (inputs as Iterable<In>)[Symbol.iterator]();
    const window = this.size + this.maxQueue;
    // Finished results not yet yielded: at most `window` of them, since no more than that are pulled ahead.
    const done = new Map<number, Settled<In, Out>>();
    let wake: (() => void) | null = null;
    const notify = () => {
      const w = wake;
      wake = null;
      w?.();
    };
    cancel.signal.addEventListener('abort', notify, { once: true });
    options.signal?.addEventListener('abort', onOuterAbort, { once: true });
    if (options.signal?.aborted) cancel.abort();
    let submitted = 0;
    let yielded = 0;
    let exhausted = false;
    let sourceError: unknown;
    // At most one pull from the source is outstanding, and finished results are yielded while it waits, so a
    // producer that waits for an answer before it sends the next input (a co-process) is never stuck.
    let pulling = false;
    const pull = () => {
      pulling = true;
      (async () => {
        await this.whenRoom();
        const next = await source.next();
        if (next.done) {
          exhausted = true;
          return;
        }
        const index = submitted++;
        const input = next.value;
        // Whatever happens to the job (even a closed pool) comes back as a result, so no input is lost.
        this.run(input, { signal: cancel.signal }).then(
          (value) => done.set(index, { index, input, ok: true, value }),
          (error: PoolError) => done.set(index, { index, input, ok: false, error }),
        ).finally(notify);
      })().catch((err: unknown) => {
        sourceError = err;
        exhausted = true;
      }).finally(() => {
        pulling = false;
        notify();
      });
    };

    try {
      for (;;) {
        if (!pulling && !exhausted && submitted - yielded < window && !cancel.signal.aborted) pull();
        const ready = ordered ? done.get(yielded) : done.values().next().value;
        if (ready) {
          done.delete(ready.index);
          yielded++;
          yield ready;
          continue;
        }
        if (exhausted && !pulling && submitted === yielded) break;
        // Cancelled: what was submitted comes back (as 'aborted'); a pull still waiting on the source is left behind.
        if (cancel.signal.aborted && submitted === yielded) break;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      if (sourceError !== undefined) throw sourceError;
    } finally {
      options.signal?.removeEventListener('abort', onOuterAbort);
      cancel.abort();
      // Not awaited when a pull is pending: an async generator would finish that pull first, maybe never.
      if (!exhausted) {
        const closing = source.return?.();
        if (!pulling) await closing;
      }
    }
  }

  /** No new jobs; resolves when every queued and running job has finished and the workers are stopped. */
  async close(): Promise<void> {
    if (this.state === 'open') this.state = 'closing';
    this.releaseRoomWaiters();
    if (this.pending > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    if (this.state !== 'broken') this.state = 'closed';
    await this.stopAll();
  }

  /** Rejects every queued and running job and stops the workers at once. */
  async destroy(): Promise<void> {
    if (this.state !== 'broken') this.state = 'closed';
    const error = new PoolError('closed', 'the pool was shut down');
    const jobs = this.queue.splice(0);
    for (const slot of this.slots) {
      for (const job of slot.jobs.splice(0)) if (!job.dropped) jobs.push(job);
    }
    for (const job of jobs) this.settle(job, error);
    await this.stopAll();
  }

  private async stopAll(): Promise<void> {
    const exits: Promise<number>[] = [];
    for (const slot of this.slots) {
      slot.retired = true;
      exits.push(slot.worker.terminate());
    }
    this.slots.clear();
    this.releaseRoomWaiters();
    await Promise.allSettled(exits);
  }

  private releaseRoomWaiters(): void {
    for (const resolve of this.roomWaiters.splice(0)) resolve();
  }

  private dispatch(): void {
    while (this.queue.length && this.state !== 'closed' && this.state !== 'broken') {
      // The least busy worker; a new one rather than a second job for a busy one.
      let slot: Slot | undefined;
      for (const s of this.slots) {
        if (s.jobs.length < this.prefetch && (!slot || s.jobs.length < slot.jobs.length)) slot = s;
      }
      if ((!slot || slot.jobs.length > 0) && this.slots.size < this.size) {
        const fresh = this.spawn();
        if (!fresh) return; // the pool broke
        slot = fresh;
      }
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.jobs.push(job);
      job.attempts++;
      try {
        slot.worker.postMessage({ id: job.id, input: job.input } satisfies ToWorker, job.transfer as Transferable[] | undefined);
      } catch (err) {
        // The input cannot be cloned: that job fails, the worker is untouched.
        slot.jobs.pop();
        this.settle(job, new PoolError('job-failed', `the job's input cannot be sent to a worker: ${(err as Error).message}`));
      }
    }
  }

  private spawn(): Slot | undefined {
    let worker: Worker;
    try {
      worker = new Worker(this.options.file, { eval: this.options.eval, workerData: this.options.workerData, resourceLimits: this.options.resourceLimits });
    } catch (err) {
      this.breakPool(`cannot start a worker: ${(err as Error).message}`);
      return undefined;
    }
    const slot: Slot = { worker, ready: false, jobs: [], retired: false };
    worker.on('message', (msg: FromWorker) => this.onMessage(slot, msg));
    worker.on('error', (err) => (slot.lastError = err));
    worker.on('exit', (code) => this.onExit(slot, code));
    this.slots.add(slot);
    return slot;
  }

  private onMessage(slot: Slot, msg: FromWorker): void {
    if (msg.kind === 'ready') {
      slot.ready = true;
      this.startFailures = 0;
      return;
    }
    const job = slot.jobs[0];
    if (!job || job.id !== msg.id) return; // a late answer for a job that was cancelled
    slot.jobs.shift();
    if (job.dropped) this.released();
    else if (msg.kind === 'done') this.settle(job, undefined, msg.value);
    else this.settle(job, new PoolError('job-failed', msg.message));
    this.dispatch();
  }

  private onExit(slot: Slot, code: number): void {
    this.slots.delete(slot);
    if (slot.retired) return;
    const why = slot.lastError ? slot.lastError.message : `exit code ${code}`;
    const posted = slot.jobs.splice(0);
    this.requeueWaiting(posted);
    const job = posted[0]?.dropped ? undefined : posted[0];
    if (!slot.ready) {
      // Died while loading: the worker file is at fault, not the job, which keeps its attempt.
      if (job) this.requeueUnstarted(job);
      if (++this.startFailures >= MAX_START_FAILURES) {
        this.breakPool(`workers die before they start (${why})`);
        return;
      }
    } else if (job) {
      // A transferred input is gone with the worker, so such a job cannot be tried again.
      if (job.attempts <= this.retries && !job.transfer?.length) this.queue.unshift(job);
      else this.settle(job, new PoolError('worker-died', `the worker died on this job (${why}; ${job.attempts} attempt(s))`));
    }
    this.released();
    this.dispatch();
  }

  private abort(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job, new PoolError('aborted', 'the job was cancelled'));
      return;
    }
    for (const slot of this.slots) {
      const at = slot.jobs.indexOf(job);
      if (at < 0) continue;
      if (at > 0) {
        // Waiting in the worker's port: it cannot be taken back, so its answer will be dropped.
        job.dropped = true;
        this.settle(job, new PoolError('aborted', 'the job was cancelled'));
        return;
      }
      // A synchronous handler cannot be interrupted: stop its worker; a fresh one takes the next job, and the
      // jobs that waited behind this one.
      slot.retired = true;
      this.requeueWaiting(slot.jobs.splice(0));
      this.slots.delete(slot);
      void slot.worker.terminate();
      this.settle(job, new PoolError('aborted', 'the job was cancelled'));
      this.dispatch();
      return;
    }
  }

  /** Jobs that waited in a stopped worker's port behind the first never started: back to the front of the queue, in order. */
  private requeueWaiting(posted: readonly Job[]): void {
    for (let i = posted.length - 1; i >= 1; i--) this.requeueUnstarted(posted[i]);
  }

  /** A job posted to a worker that never started it: queued again in front, its attempt not counted. */
  private requeueUnstarted(job: Job): void {
    if (job.dropped) return;
    job.attempts--;
    this.queue.unshift(job);
  }

  /** Resolves or rejects a job that is no longer queued nor held by a worker. */
  private settle(job: Job, error: PoolError | undefined, value?: unknown): void {
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    if (error) job.reject(error);
    else job.resolve(value);
    this.released();
  }

  /** After a job left the queue or a worker: wakes who waits for room, or for the pool to be idle. */
  private released(): void {
    if (this.hasRoom()) this.releaseRoomWaiters();
    if (this.pending === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private breakPool(reason: string): void {
    this.state = 'broken';
    this.brokenReason = reason;
    for (const job of this.queue.splice(0)) this.settle(job, new PoolError('broken', reason));
    this.releaseRoomWaiters();
  }
}

/**
 * Keeps a busy worker's heap near what it really holds. Under a steady stream of small jobs V8 lets garbage pile up
 * in the old generation to several times the live size before a major collection (a worker holding 17 MB of models
 * grew to 60 MB), and every worker of a pool does so at once; collecting when the heap has doubled since the last
 * collection bounds that, at the price of one collection that V8 would have made a little later anyway.
 */
class HeapKeeper {
  private readonly collect: (() => void) | undefined;
  private limit = HEAP_FLOOR_BYTES;

  constructor() {
    try {
      // A context created after the flag is set gets V8's gc(); the flag itself changes nothing else.
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      this.collect = typeof gc === 'function' ? (gc as () => void) : undefined;
    } catch {
      this.collect = undefined;
    }
  }

  afterJob(): void {
    if (!this.collect || getHeapStatistics().used_heap_size < this.limit) return;
    this.collect();
    this.limit = Math.max(HEAP_FLOOR_BYTES, 2 * getHeapStatistics().used_heap_size);
  }
}
const HEAP_FLOOR_BYTES = 48 * 1024 * 1024;

/**
 * Worker side: answers the pool's jobs one at a time with `handler`. `compactHeap` collects garbage between jobs
 * when the heap has doubled (see HeapKeeper): for pools fed many small jobs, where memory matters more than a few
 * collections.
 */
export function serveJobs<In, Out>(handler: (input: In) => Out | Promise<Out>, options: { readonly compactHeap?: boolean } = {}): void {
  if (isMainThread || !parentPort) throw new Error('serveJobs() must run inside a worker thread started by WorkerPool');
  const port = parentPort;
  const heap = options.compactHeap ? new HeapKeeper() : undefined;
  const fail = (id: number, err: unknown) =>
    port.postMessage({ kind: 'failed', id, message: err instanceof Error ? err.message : String(err) } satisfies FromWorker);
  const answer = async (msg: ToWorker) => {
    let value: unknown;
    try {
      value = await handler(msg.input as In);
    } catch (err) {
      fail(msg.id, err);
      return;
    }
    try {
      port.postMessage({ kind: 'done', id: msg.id, value } satisfies FromWorker);
    } catch (err) {
      fail(msg.id, `the job's result cannot be sent back: ${err instanceof Error ? err.message : String(err)}`);
    }
    heap?.afterJob();
  };
  // One job at a time, in order, even when the pool has handed this worker the next one ahead (prefetch).
  const waiting: ToWorker[] = [];
  let busy = false;
  port.on('message', (msg: ToWorker) => {
    waiting.push(msg);
    if (busy) return;
    busy = true;
    void (async () => {
      for (let next = waiting.shift(); next; next = waiting.shift()) await answer(next);
      busy = false;
    })();
  });
  port.postMessage({ kind: 'ready' } satisfies FromWorker);
}
