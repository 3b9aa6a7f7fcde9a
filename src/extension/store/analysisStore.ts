// uri → the analysis of one exact version of a document. Debounced while typing, immediate on editor
// switches; a result computed for an older version is dropped, never published. One change event.
import * as vscode from 'vscode';
import type { AnalyzeOptions, DocumentAnalysis } from '../../core';
import { summarize, type DocumentSummary } from '../../core/corpus/summary';
import type { Config } from '../config';
import type { AnnotatedDocuments } from '../documents';
import { computeLineStarts, positionOf } from '../logic/lineIndex';
import { fileText } from '../logic/fileText';
import type { AnalysisResult, Analyzer } from './analyzer';

export interface AnalysisEntry {
  readonly uri: vscode.Uri;
  /** The document version the analysis belongs to; -1 for a file read from disk (not open). */
  readonly version: number;
  /** What the views show: the curated annotation when there is one, else the automatic analysis. */
  readonly analysis: DocumentAnalysis;
  /** The automatic analysis of the same text (the same object as `analysis` when nothing is curated). */
  readonly automatic: DocumentAnalysis;
  /** What the workspace index keeps of `analysis` (the curated one when there is one). */
  readonly summary: DocumentSummary;
  readonly lineStarts: Uint32Array;
}

/**
 * Turns the automatic analysis into the one published (the curated layer). `prepare` may read files and
 * runs before the analysis; `apply` runs right before publishing, for exactly that text.
 */
export interface AnalysisLayer {
  prepare(uri: vscode.Uri): Promise<void>;
  apply(uri: vscode.Uri, text: string, automatic: DocumentAnalysis): DocumentAnalysis;
}

/** What an analysis run (or the index's cache) gives: the automatic analysis, its summary and line starts. */
type Automatic = Pick<AnalysisResult, 'analysis' | 'summary' | 'lineStarts'>;

/** Range of a span in the text version the entry was computed for. */
export function entryRange(entry: AnalysisEntry, span: { start: number; end: number }): vscode.Range {
  const len = entry.analysis.textLength;
  const a = positionOf(entry.lineStarts, len, span.start);
  const b = positionOf(entry.lineStarts, len, span.end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

export interface StoreStats {
  /** Longest single stretch the extension host thread spent in analysis or publishing (ms). */
  longestBlockMs: number;
  /** The longest block of each kind: 'analysis' (in-thread analysis, or one step of a worker reply), 'publish' (listeners). */
  longestByKind: Record<string, number>;
  lastAnalyzeMs: number;
  analyses: number;
  /** How many of those ran in the worker thread, off the extension host's event loop. */
  workerAnalyses: number;
}

interface Job {
  timer?: ReturnType<typeof setTimeout>;
  running?: Promise<void>;
  /** Set when the document changed while an analysis ran: run again when it ends. */
  again?: boolean;
}

export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, AnalysisEntry>();
  private readonly jobs = new Map<string, Job>();
  private readonly metaCache = new Map<string, Promise<unknown>>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the uri whose entry was set or removed. */
  readonly onDidChange = this.emitter.event;
  private readonly waiters = new Set<() => void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly stats: StoreStats = { longestBlockMs: 0, longestByKind: {}, lastAnalyzeMs: 0, analyses: 0, workerAnalyses: 0 };
  private disposed = false;
  /** Where a closed file's analysis may already be (the workspace index's cache). */
  cachedAnalysis: ((uri: vscode.Uri, bytes: Uint8Array) => Promise<DocumentAnalysis | undefined>) | undefined;
  private layer: AnalysisLayer | undefined;

  constructor(
    private readonly config: Config,
    private readonly documents: AnnotatedDocuments,
    private readonly analyzer: Analyzer,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.documents.isAnnotated(e.document)) return;
        this.schedule(e.document, this.config.value.updateDelay);
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshVisible()),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (this.documents.isAnnotated(d)) this.schedule(d, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d)),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (d.uri.path.endsWith('.meta.json')) this.metaCache.clear();
      }),
      documents.onDidChange(() => this.reconcile()),
    );
  }

  setLayer(layer: AnalysisLayer): void {
    this.layer = layer;
  }

  private layered(uri: vscode.Uri, text: string, automatic: DocumentAnalysis): DocumentAnalysis {
    return this.layer ? this.layer.apply(uri, text, automatic) : automatic;
  }

  /** The entry to publish: the layer's analysis, and the summary of that analysis (the index's view of it). */
  private layeredEntry(uri: vscode.Uri, version: number, text: string, automatic: Automatic): AnalysisEntry {
    const analysis = this.layered(uri, text, automatic.analysis);
    // People, search and the timeline see a curated annotation as the views do: it gets its own summary.
    const summary = analysis === automatic.analysis ? automatic.summary : summarize(analysis);
    return { uri, version, analysis, automatic: automatic.analysis, summary, lineStarts: automatic.lineStarts };
  }

  /**
   * Publishes the document again with its current automatic analysis (after a correction); re-analyses
   * when the entry is not for the current text.
   */
  async republish(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const entry = this.entries.get(key);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) {
      if (entry && entry.version === open.version) {
        // The automatic summary is the entry's own only while nothing was curated.
        const summary = entry.analysis === entry.automatic ? entry.summary : summarize(entry.automatic);
        this.publish(key, this.layeredEntry(uri, entry.version, open.getText(), { analysis: entry.automatic, summary, lineStarts: entry.lineStarts }));
      }
      else if (this.documents.isAnnotated(open)) this.schedule(open, 0);
      return;
    }
    if (!entry) return;
    this.entries.delete(key);
    await this.addFile(uri);
  }

  get(uri: vscode.Uri): AnalysisEntry | undefined {
    return this.entries.get(uri.toString());
  }

  /** The entry for exactly this version of an open document, if it is ready. */
  current(document: vscode.TextDocument): AnalysisEntry | undefined {
    const e = this.entries.get(document.uri.toString());
    return e && e.version === document.version ? e : undefined;
  }

  all(): AnalysisEntry[] {
    return [...this.entries.values()];
  }

  /** Resolves once the document's current version is analysed (or it stops being annotated). */
  async whenCurrent(document: vscode.TextDocument, timeoutMs = 30000): Promise<AnalysisEntry | undefined> {
    const deadline = Date.now() + timeoutMs;
    if (!this.current(document) && this.documents.isAnnotated(document) && !this.jobs.has(document.uri.toString())) this.schedule(document, 0);
    while (!this.current(document) && this.documents.isAnnotated(document) && Date.now() < deadline && !this.disposed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.waiters.delete(done);
          clearTimeout(t);
          resolve();
        };
        const t = setTimeout(done, 200);
        this.waiters.add(done);
      });
    }
    return this.current(document);
  }

  /** Analyse every visible annotated document that lacks a current entry, at once. */
  refreshVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const d = editor.document;
      if (this.documents.isAnnotated(d) && !this.current(d)) this.schedule(d, 0);
    }
  }

  /** Re-analyses one document now (the Refresh command). */
  refresh(document: vscode.TextDocument): void {
    this.schedule(document, 0);
  }

  schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    const job = this.jobs.get(key) ?? {};
    this.jobs.set(key, job);
    if (job.timer) clearTimeout(job.timer);
    job.timer = setTimeout(() => {
      job.timer = undefined;
      if (job.running) job.again = true;
      else job.running = this.analyzeOpen(document, job);
    }, delay);
  }

  private async analyzeOpen(document: vscode.TextDocument, job: Job): Promise<void> {
    const key = document.uri.toString();
    try {
      do {
        job.again = false;
        if (document.isClosed || !this.documents.isAnnotated(document)) break;
        const version = document.version;
        const text = document.getText();
        const options = await this.options(document.uri);
        await this.layer?.prepare(document.uri);
        const t0 = performance.now();
        const result = await this.analyzer.run(text, options);
        this.note('analysis', result.blockedMs, result.analyzeMs);
        if (result.inWorker) this.stats.workerAnalyses++;
        // Never publish ranges computed for text the user has since changed.
        if (document.isClosed || document.version !== version) {
          job.again = !document.isClosed;
          continue;
        }
        this.publish(key, this.layeredEntry(document.uri, version, text, result));
        this.log.debug(`analysed ${vscode.workspace.asRelativePath(document.uri)} v${version}: ${result.analyzeMs.toFixed(1)} ms${result.inWorker ? ' (worker)' : ''}, ${(performance.now() - t0).toFixed(1)} ms end to end`);
      } while (job.again && !this.disposed);
    } catch (err) {
      this.log.error(`analysis of ${document.uri.toString(true)} failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      job.running = undefined;
      if (!job.timer) this.jobs.delete(key);
      this.wake();
    }
  }

  /** Analyses a file from disk (for the tree) unless it is open, where the editor's text wins. */
  async addFile(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    if (this.entries.has(key) || this.jobs.has(key)) return;
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
    const job: Job = {};
    this.jobs.set(key, job);
    job.running = (async () => {
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        const text = fileText(bytes);
        // The workspace index usually analysed this exact file already.
        const cached = await this.cachedAnalysis?.(uri, bytes);
        let result: Automatic;
        if (cached && cached.textLength === text.length) {
          result = { analysis: cached, summary: summarize(cached), lineStarts: computeLineStarts(text) };
        } else {
          const r = await this.analyzer.run(text, await this.options(uri));
          this.note('analysis', r.blockedMs, r.analyzeMs);
          if (r.inWorker) this.stats.workerAnalyses++;
          result = r;
        }
        await this.layer?.prepare(uri);
        // The file may have been opened meanwhile; the open document's analysis takes precedence.
        if (this.entries.has(key) || this.disposed) return;
        this.publish(key, this.layeredEntry(uri, -1, text, result));
      } catch (err) {
        this.log.warn(`could not read ${uri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        this.jobs.delete(key);
        this.wake();
      }
    })();
    await job.running;
  }

  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const job = this.jobs.get(key);
    if (job?.timer) clearTimeout(job.timer);
    // An indexed article stays in the views through the workspace index, from its saved content.
    if (this.entries.has(key)) this.remove(key);
  }

  /** After the annotated set changed: drop what is no longer annotated, add what now is. */
  private reconcile(): void {
    for (const [key, entry] of [...this.entries]) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (open ? !this.documents.isAnnotated(open) : this.documents.isStopped(key)) this.remove(key);
      else if (entry.version === -1 && open) this.schedule(open, 0);
    }
    for (const d of vscode.workspace.textDocuments) if (this.documents.isAnnotated(d) && !this.current(d)) this.schedule(d, 0);
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.emitter.fire(entry.uri);
  }

  private publish(key: string, entry: AnalysisEntry): void {
    this.entries.set(key, entry);
    // Listeners (decorations, tree, status bar) run synchronously inside fire(): that is the host's
    // longest block after analysis itself, so it is measured too.
    const t0 = performance.now();
    this.emitter.fire(entry.uri);
    this.note('publish', performance.now() - t0, undefined);
  }

  private note(kind: string, blockedMs: number, analyzeMs: number | undefined): void {
    if (blockedMs > this.stats.longestBlockMs) this.stats.longestBlockMs = blockedMs;
    if (blockedMs > (this.stats.longestByKind[kind] ?? 0)) this.stats.longestByKind[kind] = blockedMs;
    if (analyzeMs !== undefined) {
      this.stats.lastAnalyzeMs = analyzeMs;
      this.stats.analyses++;
    }
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Forgets what was read of NAME.meta.json files (one was written), so the next analysis reads them again. */
  forgetMeta(): void {
    this.metaCache.clear();
  }

  /** NAME.meta.json beside NAME.txt may carry the document date. */
  private async options(uri: vscode.Uri): Promise<AnalyzeOptions> {
    const fileName = uri.path.split('/').pop() ?? uri.path;
    let meta: Promise<unknown> | undefined;
    if (uri.scheme !== 'untitled' && /\.txt$/i.test(uri.path)) {
      const metaUri = uri.with({ path: uri.path.replace(/\.txt$/i, '.meta.json') });
      const k = metaUri.toString();
      meta = this.metaCache.get(k);
      if (!meta) {
        meta = Promise.resolve(vscode.workspace.fs.readFile(metaUri)).then(
          (b) => JSON.parse(new TextDecoder().decode(b)) as unknown,
          () => undefined, // no meta file, or not JSON: the dateline or file name decides
        );
        this.metaCache.set(k, meta);
      }
    }
    return { fileName, meta: await meta };
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.jobs.values()) if (job.timer) clearTimeout(job.timer);
    this.jobs.clear();
    this.wake();
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
