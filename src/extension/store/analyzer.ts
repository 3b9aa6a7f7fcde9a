// Runs core.analyze off the extension host's hot path. Small texts are analysed in-thread (a few
// milliseconds, no messaging cost); big ones go to a worker thread so typing in a 5 MB document never
// freezes the host. The worker loads this same bundle with a stub for `vscode`, so the extension still
// ships as one file.
import { Worker } from 'node:worker_threads';
import { analyze } from '../../core';
import type { AnalyzeOptions, DocumentAnalysis } from '../../core';
import { computeLineStarts } from '../logic/lineIndex';

export interface AnalysisResult {
  readonly analysis: DocumentAnalysis;
  readonly lineStarts: Uint32Array;
  /** Milliseconds spent in core.analyze. */
  readonly analyzeMs: number;
  /** Milliseconds the calling (extension host) thread was blocked by this analysis. */
  readonly blockedMs: number;
  readonly inWorker: boolean;
}

/** Texts at least this long (UTF-16 units) are analysed in the worker. */
export const WORKER_THRESHOLD = 64 * 1024;

type Request =
  // The text travels as transferred UTF-8 bytes: cloning a 5 MB string blocks the host for ~50 ms.
  | { readonly id: number; readonly kind: 'analyze'; readonly bytes: Uint8Array; readonly options: AnalyzeOptions }
  | { readonly id: number; readonly kind: 'next' };

// A big analysis arrives in pieces, each asked for by the host after it handled the previous one:
// deserialising 100 000 objects at once blocks for hundreds of milliseconds, and a port delivers
// messages that are already queued in one go, so the host pulls them one at a time.
type Reply =
  | { readonly id: number; readonly kind: 'begin'; readonly analysis: DocumentAnalysis; readonly lineStarts: Uint32Array }
  | { readonly id: number; readonly kind: 'part'; readonly field: ListField; readonly items: unknown[] }
  | { readonly id: number; readonly kind: 'mentions'; readonly entity: number; readonly items: unknown[] }
  | { readonly id: number; readonly kind: 'end'; readonly analyzeMs: number }
  | { readonly id: number; readonly kind: 'error'; readonly error: string };

type ListField = 'paragraphs' | 'sentences' | 'quotes' | 'dates' | 'diagnostics';
const LIST_FIELDS: ListField[] = ['paragraphs', 'sentences', 'quotes', 'dates', 'diagnostics'];
/** Items per message. */
const PART = 2000;

// Worker bootstrap: the bundle imports `vscode` at load time, which only exists on the host's main
// thread; nothing in it touches vscode until activate(), so an empty stub is enough here.
const BOOT = `
const Module = require('module');
const load = Module._load;
Module._load = function (request) { return request === 'vscode' ? {} : load.apply(this, arguments); };
require(require('worker_threads').workerData.bundle).runAnalysisWorker();
`;

/** Entry point inside the worker thread (exported from the bundle's entry too). */
export function runAnalysisWorker(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parentPort } = require('node:worker_threads') as typeof import('node:worker_threads');
  const pending = new Map<number, Reply[]>();
  parentPort?.on('message', (req: Request) => {
    if (req.kind === 'next') {
      const queue = pending.get(req.id);
      const reply = queue?.shift();
      if (queue && queue.length === 0) pending.delete(req.id);
      if (reply) parentPort.postMessage(reply);
      return;
    }
    try {
      const text = new TextDecoder().decode(req.bytes);
      const t0 = performance.now();
      const analysis = analyze(text, req.options);
      const analyzeMs = performance.now() - t0;
      const lineStarts = computeLineStarts(text);
      const head = { ...analysis, entities: analysis.entities.map((e) => ({ ...e, mentions: [] })) } as DocumentAnalysis;
      for (const f of LIST_FIELDS) (head as unknown as Record<ListField, unknown[]>)[f] = [];
      const queue: Reply[] = [];
      for (const field of LIST_FIELDS) {
        const list = analysis[field] as readonly unknown[];
        for (let i = 0; i < list.length; i += PART) queue.push({ id: req.id, kind: 'part', field, items: list.slice(i, i + PART) });
      }
      analysis.entities.forEach((e, entity) => {
        for (let i = 0; i < e.mentions.length; i += PART) queue.push({ id: req.id, kind: 'mentions', entity, items: e.mentions.slice(i, i + PART) });
      });
      queue.push({ id: req.id, kind: 'end', analyzeMs });
      pending.set(req.id, queue);
      parentPort.postMessage({ id: req.id, kind: 'begin', analysis: head, lineStarts } satisfies Reply, [lineStarts.buffer as ArrayBuffer]);
    } catch (err) {
      parentPort.postMessage({ id: req.id, kind: 'error', error: err instanceof Error ? err.message : String(err) } satisfies Reply);
    }
  });
}

function inThread(text: string, options: AnalyzeOptions): AnalysisResult {
  const t0 = performance.now();
  const analysis = analyze(text, options);
  const analyzeMs = performance.now() - t0;
  const lineStarts = computeLineStarts(text);
  return { analysis, lineStarts, analyzeMs, blockedMs: performance.now() - t0, inWorker: false };
}

export class Analyzer {
  private worker: Worker | undefined;
  private workerFailed = false;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: AnalysisResult) => void; reject: (e: Error) => void; partial?: { analysis: DocumentAnalysis; lineStarts: Uint32Array } }>();

  /** @param bundle the module that exports runAnalysisWorker (the extension's main file). */
  constructor(private readonly bundle: string, private readonly log: (message: string) => void = () => {}) {}

  run(text: string, options: AnalyzeOptions): Promise<AnalysisResult> {
    const worker = text.length >= WORKER_THRESHOLD ? this.ensureWorker() : undefined;
    if (!worker) {
      // Still asynchronous, so that callers inside event handlers return first.
      return new Promise((resolve) => setImmediate(() => resolve(inThread(text, options))));
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const t0 = performance.now();
      const bytes = new TextEncoder().encode(text);
      worker.postMessage({ id, kind: 'analyze', bytes, options } satisfies Request, [bytes.buffer as ArrayBuffer]);
      this.longestPart = performance.now() - t0;
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.workerFailed) return this.worker;
    try {
      const worker = new Worker(BOOT, { eval: true, workerData: { bundle: this.bundle } });
      worker.unref(); // never keep the host alive on its own
      worker.on('message', (reply: Reply) => this.settle(reply));
      worker.on('error', (err) => this.fail(`analysis worker failed: ${err.message}`));
      worker.on('exit', (code) => {
        if (this.worker === worker && code !== 0) this.fail(`analysis worker exited with code ${code}`);
        if (this.worker === worker) this.worker = undefined;
      });
      this.worker = worker;
    } catch (err) {
      this.workerFailed = true;
      this.log(`no analysis worker (${err instanceof Error ? err.message : String(err)}); analysing in-thread`);
    }
    return this.worker;
  }

  private settle(reply: Reply): void {
    const w = this.waiting.get(reply.id);
    if (!w) return;
    const t0 = performance.now();
    switch (reply.kind) {
      case 'error':
        this.waiting.delete(reply.id);
        w.reject(new Error(reply.error));
        return;
      case 'begin':
        w.partial = { analysis: reply.analysis, lineStarts: reply.lineStarts };
        break;
      case 'part': {
        // One by one: spreading a large array into push() overflows the stack.
        const list = w.partial!.analysis[reply.field] as unknown[];
        for (const item of reply.items) list.push(item);
        break;
      }
      case 'mentions': {
        const list = w.partial!.analysis.entities[reply.entity].mentions as unknown[];
        for (const item of reply.items) list.push(item);
        break;
      }
      case 'end':
        this.waiting.delete(reply.id);
        w.resolve({ ...w.partial!, analyzeMs: reply.analyzeMs, blockedMs: this.longestPart, inWorker: true });
        this.longestPart = 0;
        return;
    }
    this.longestPart = Math.max(this.longestPart, performance.now() - t0);
    // Ask for the next piece only after a turn of the event loop, so other work gets in between.
    setImmediate(() => this.worker?.postMessage({ id: reply.id, kind: 'next' } satisfies Request));
  }

  /** Longest single step of the current request on the host thread (encoding, handling one piece). */
  private longestPart = 0;

  private fail(message: string): void {
    this.log(message);
    // Fall back to in-thread analysis for good: a worker that cannot start will not start next time.
    this.workerFailed = true;
    this.worker = undefined;
    for (const w of this.waiting.values()) w.reject(new Error(message));
    this.waiting.clear();
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    for (const w of this.waiting.values()) w.reject(new Error('disposed'));
    this.waiting.clear();
  }
}
