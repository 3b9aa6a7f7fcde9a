// Where index jobs run: the shared worker pool (src/node/pool.ts, the same pool as the CLI's --jobs).
// The index sees only this small interface, so the pool behind it is one line to change.
import { serveJobs, WorkerPool, type Settled } from '../../node/pool';
import { indexFiles, type IndexJob, type IndexResult } from './worker';

export interface IndexRunner {
  map(jobs: AsyncIterable<IndexJob>, options: { ordered?: boolean; signal?: AbortSignal }): AsyncGenerator<Settled<IndexJob, IndexResult[]>>;
  destroy(): Promise<void>;
}

// The workers load the given module (the extension bundle, or the compiled worker module in unit tests).
// The bundle imports `vscode` at load time, which exists only on the host's main thread; nothing the
// workers run touches it, so an empty stub is enough.
const BOOT = `
const Module = require('module');
const load = Module._load;
Module._load = function (request) { return request === 'vscode' ? {} : load.apply(this, arguments); };
require(require('worker_threads').workerData.module).runIndexWorker();
`;

/** A pool of `size` workers running index jobs; a worker that dies is replaced and its job retried once. */
export function createIndexRunner(module: string, size: number): IndexRunner {
  // A worker unref'd keeps nothing alive on its own; the pool still tracks and replaces it.
  return new WorkerPool<IndexJob, IndexResult[]>({ file: BOOT, eval: true, workerData: { module }, size });
}

/** Entry point inside an index worker (exported from the bundle's entry too). */
export function runIndexWorker(): void {
  serveJobs(indexFiles);
}
