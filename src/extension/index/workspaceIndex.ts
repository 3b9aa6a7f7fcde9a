// The workspace index: every article file analysed in pool worker threads (never on the extension host
// thread), most recently opened first, cached on disk by content hash + analyser version, and kept
// current by file events and by the editor's own analyses of open articles. An article with a curated
// NAME.ann is summarised from that file, as the editor shows it. Views read `articles`.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../../core/types';
import type { Config } from '../config';
import { annUriFor } from '../curation/files';
import type { AnnotatedDocuments } from '../documents';
import type { AnalysisStore } from '../store/analysisStore';
import { ArticleFiles, type FileEvent } from './articleFiles';
import { relativePath, type WorkspaceFolderRef } from './paths';
import { ArticleCollection, type Article } from './collection';
import { createIndexRunner, type IndexRunner } from './runner';
import { cacheKey, metaPathOf, readCachedAnalysis, type IndexFile, type IndexJob, type IndexResult } from './worker';

/** Files per pool job: big enough that messaging costs little, small enough that progress moves. */
const BATCH = 16;
/** Runs shorter than this show no notification. */
const PROGRESS_AFTER_MS = 1000;
/** Views hear about new results at most this often while a run goes on. */
const CHANGE_EVERY_MS = 300;

/** What an index change event says changed: these articles' entries, or (undefined) anything, the set included. */
export interface IndexChange {
  readonly articles?: ReadonlySet<string>;
}
/** Cached analyses up to this size are read on the host thread; bigger ones are re-analysed in a worker. */
const MAX_HOST_READ_CHARS = 256 * 1024;

export type IndexState = 'idle' | 'scanning' | 'indexing' | 'paused' | 'disabled';

export interface IndexStatus {
  readonly state: IndexState;
  /** Articles indexed so far in this run, and the run's total. */
  readonly done: number;
  readonly total: number;
  /** Article files found, and how many of them are indexed at most (newsAnnotator.index.maxFiles). */
  readonly found: number;
  readonly max: number;
}

export interface IndexStats {
  /** Files analysed in a worker, files answered from the cache, files that could not be read. */
  analysed: number;
  cached: number;
  failed: number;
  runs: number;
  lastRunMs: number;
  /** Longest single step of the index on the host thread (handling one pool answer), in ms. */
  longestHostStepMs: number;
}

export interface IndexOptions {
  /** The module the workers load: the extension bundle (it exports runIndexWorker). */
  readonly bundle: string;
  /** Folder for the cache (the extension's storage); no disk cache when it is not a `file:` folder. */
  readonly storage: vscode.Uri | undefined;
  readonly log: vscode.LogOutputChannel;
}

export class WorkspaceIndex implements vscode.Disposable {
  readonly articles = new ArticleCollection();
  readonly files: ArticleFiles;
  readonly stats: IndexStats = { analysed: 0, cached: 0, failed: 0, runs: 0, lastRunMs: 0, longestHostStepMs: 0 };
  /** The article set: uri string → uri. */
  private readonly set = new Map<string, vscode.Uri>();
  private readonly keys = new Map<string, string>();
  /** Articles whose entry comes from an open editor's analysis, which wins over the file on disk. */
  private readonly live = new Set<string>();
  /** Files waiting to be indexed, in order. */
  private readonly queue = new Map<string, vscode.Uri>();
  private readonly errors = new Map<string, string>();
  /** Curated NAME.ann uri → its article's key, built when a .ann changes (undefined: the set changed since). */
  private annIndex: Map<string, string> | undefined;
  private curatedFolder: string;
  private runner: IndexRunner | undefined;
  private running: Promise<void> | undefined;
  private controller: AbortController | undefined;
  private versionInfo: Promise<{ version: string; cacheDir?: string }> | undefined;
  private statusValue: IndexStatus = { state: 'idle', done: 0, total: 0, found: 0, max: 0 };
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private progress: { report: (done: number, total: number) => void; end: () => void } | undefined;
  private limitWarned = false;
  private disposed = false;
  private readonly changeEmitter = new vscode.EventEmitter<IndexChange>();
  /** Articles were added, changed or removed (coalesced while a run goes on). */
  readonly onDidChange = this.changeEmitter.event;
  /** The articles changed since the last event; 'all' once the set of articles itself changed. */
  private changed: Set<string> | 'all' = new Set();
  private readonly statusEmitter = new vscode.EventEmitter<IndexStatus>();
  readonly onDidChangeStatus = this.statusEmitter.event;
  private readonly idleWaiters = new Set<() => void>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly config: Config,
    private readonly documents: AnnotatedDocuments,
    private readonly store: AnalysisStore,
    state: vscode.Memento,
    private readonly options: IndexOptions,
  ) {
    this.files = new ArticleFiles(config, documents, state);
    this.curatedFolder = config.value.curatedFolder;
    this.subscriptions.push(
      this.files,
      this.files.onDidChangeFile((e) => this.fileChanged(e.kind, e.uri)),
      store.onDidChange((uri) => this.storeChanged(uri)),
      documents.onDidChange(() => {
        // Stop Annotating takes the article out at once; what else changed is found by a rescan.
        let removed = false;
        for (const key of [...this.set.keys()]) if (this.documents.isStopped(key)) removed = this.forget(key) || removed;
        if (removed) this.fireChange();
        this.scheduleRescan();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => (this.folders = undefined)),
      config.onDidChange((c) => {
        // A new pool only for a new number of workers; the article set is compared in scheduleRescan.
        if (this.runner && this.runnerSize !== this.workerCount()) {
          void this.runner.destroy();
          this.runner = undefined;
        }
        if (c.curatedFolder !== this.curatedFolder) {
          // Curated files are looked for elsewhere now: every article not open is summarised again.
          this.curatedFolder = c.curatedFolder;
          this.annIndex = undefined;
          for (const [key, uri] of this.set) if (!this.live.has(key)) this.queue.set(key, uri);
          this.pump();
        }
        this.scheduleRescan();
      }),
    );
  }

  get status(): IndexStatus {
    return this.statusValue;
  }

  /** The uri strings of every indexed article file (open or not). */
  fileKeys(): IterableIterator<string> {
    return this.set.keys();
  }

  has(uri: vscode.Uri | string): boolean {
    return this.set.has(uri.toString());
  }

  /** Why a file could not be indexed, if it could not. */
  errorOf(uri: vscode.Uri | string): string | undefined {
    return this.errors.get(uri.toString());
  }

  /** Finds the article files and indexes what is not indexed yet; articles open in an editor come from it. */
  async start(): Promise<void> {
    for (const entry of this.store.all()) this.storeChanged(entry.uri);
    await this.rescan();
  }

  /** Rescans soon when what decides the article set changed (any setting change reaches here). */
  private scheduleRescan(): void {
    if (this.signature() === this.scanned) return;
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => void this.rescan(), 100);
  }

  /** What decides the article set. */
  private signature(): string {
    const c = this.config.value;
    // curatedFolder: the scan watches the .ann files where they are.
    return JSON.stringify([c.include, c.index.enabled, c.index.maxFiles, c.curatedFolder, this.documents.annotatedFolders().map(String), this.documents.manualFiles().map(String)]);
  }

  /** The signature at the last scan (see scheduleRescan). */
  private scanned: string | undefined;
  private runnerSize = 0;

  async rescan(): Promise<void> {
    if (this.disposed) return;
    this.scanned = this.signature();
    const cfg = this.config.value.index;
    if (!cfg.enabled) {
      this.pause('disabled');
      this.changed = 'all';
      this.set.clear();
      for (const a of [...this.articles.sorted()]) if (!this.live.has(a.id)) this.articles.delete(a.id);
      this.fireChange();
      return;
    }
    const keep = () => (this.statusValue.state === 'paused' ? 'paused' : this.running ? 'indexing' : undefined);
    this.setStatus({ ...this.statusValue, state: keep() ?? 'scanning' });
    const { files, found } = await this.files.scan();
    if (this.disposed) return;
    const next = new Map(files.map((u) => [u.toString(), u]));
    this.annIndex = undefined;
    let removed = false;
    for (const key of [...this.set.keys()]) if (!next.has(key)) removed = this.forget(key) || removed;
    for (const [key, uri] of next) {
      const isNew = !this.set.has(key);
      this.set.set(key, uri);
      if (isNew && !this.live.has(key)) this.queue.set(key, uri);
    }
    if (removed) this.fireChange();
    const max = this.config.value.index.maxFiles;
    this.setStatus({ ...this.statusValue, found, max, state: keep() ?? 'idle' });
    if (found > max && !this.limitWarned) {
      this.limitWarned = true;
      void vscode.window
        .showWarningMessage(
          `News Annotator indexes ${max.toLocaleString('en-US')} of the ${found.toLocaleString('en-US')} article files in this workspace (the most recently opened first). Raise "newsAnnotator.index.maxFiles" to index them all.`,
          'Open Setting',
        )
        .then((choice) => {
          if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'newsAnnotator.index.maxFiles');
        });
    }
    this.pump();
  }

  /** Takes an article out of the index; true when something visible changed. */
  private forget(key: string): boolean {
    this.changed = 'all';
    this.set.delete(key);
    this.annIndex = undefined;
    this.queue.delete(key);
    this.keys.delete(key);
    this.errors.delete(key);
    return !this.live.has(key) && this.articles.delete(key);
  }

  /** Indexes again what a cancelled run left (the Refresh command). */
  resume(): void {
    if (this.statusValue.state === 'paused') this.setStatus({ ...this.statusValue, state: 'idle' });
    this.pump();
  }

  /**
   * Reads every indexed article again (the Refresh command): a file watcher can miss a change on a busy
   * machine or a network drive. An unchanged file is answered from the cache by its content key.
   */
  recheck(): void {
    for (const [key, uri] of this.set) if (!this.live.has(key)) this.queue.set(key, uri);
    this.pump();
  }

  /** Stops the current run; what it did not reach stays queued for resume(). */
  pause(state: 'paused' | 'disabled' = 'paused'): void {
    this.controller?.abort();
    this.setStatus({ ...this.statusValue, state });
  }

  private fileChanged(kind: FileEvent['kind'], uri: vscode.Uri): void {
    if (kind === 'curated') {
      // A NAME.ann written, changed or deleted (a correction, brat, git): its article's summary changes.
      const article = this.articleOfAnn(uri);
      if (article && !this.live.has(article)) {
        this.queue.set(article, this.set.get(article)!);
        this.pump();
      }
      return;
    }
    const key = uri.toString();
    if (kind === 'deleted') {
      // A deleted folder reports only itself: everything under it goes.
      let removed = false;
      for (const k of [...this.set.keys()]) if (k === key || k.startsWith(`${key}/`)) removed = this.forget(k) || removed;
      if (removed) this.fireChange();
      return;
    }
    if (!this.set.has(key)) {
      // A new file from a watcher matches the include globs or an annotated folder; a NAME.meta.json only
      // counts for an article already in the set.
      if (kind === 'meta' || this.set.size >= this.config.value.index.maxFiles) return;
      this.set.set(key, uri);
      this.annIndex = undefined;
    }
    if (this.live.has(key)) return; // the open editor's text is what the user sees
    this.queue.set(key, uri);
    this.pump();
  }

  private storeChanged(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.store.get(uri);
    if (entry && entry.version >= 0) {
      this.live.add(key);
      this.queue.delete(key);
      this.articles.set(this.article(uri, entry.summary));
      this.touched(key);
      this.scheduleChange();
    } else if (!entry && this.live.delete(key)) {
      // Closed (or no longer annotated): back to the file on disk, if it is an indexed article.
      if (this.set.has(key)) {
        this.queue.set(key, uri);
        this.pump();
      } else if (this.articles.delete(key)) {
        this.changed = 'all';
        this.scheduleChange();
      }
    }
  }

  /** The indexed article whose curated NAME.ann this is, if any. */
  private articleOfAnn(ann: vscode.Uri): string | undefined {
    if (!this.annIndex) {
      this.annIndex = new Map();
      for (const [key, uri] of this.set) this.annIndex.set(annUriFor(uri, this.curatedFolder).toString(), key);
    }
    return this.annIndex.get(ann.toString());
  }

  private article(uri: vscode.Uri, summary: Article['summary']): Article {
    const id = uri.toString();
    return { id, name: decodeURIComponent(uri.path.split('/').pop() ?? uri.path), path: this.relative(id), summary };
  }

  /** The workspace-relative path of an article, for labels. */
  relative(key: string): string {
    this.folders ??= (vscode.workspace.workspaceFolders ?? []).map((f) => ({ uri: f.uri.toString(), name: f.name }));
    return relativePath(key, this.folders);
  }

  private folders: WorkspaceFolderRef[] | undefined;

  private pump(): void {
    if (this.running || this.queue.size === 0 || this.disposed) return;
    if (this.statusValue.state === 'paused' || this.statusValue.state === 'disabled') return;
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.queue.size && this.statusValue.state !== 'paused' && this.statusValue.state !== 'disabled') this.pump();
      else for (const w of [...this.idleWaiters]) w();
    });
  }

  /** Resolves when no run is going on and nothing is queued (or the index is paused or disposed). */
  whenIdle(): Promise<void> {
    const idle = () => this.disposed || (!this.running && (this.queue.size === 0 || this.statusValue.state === 'paused' || this.statusValue.state === 'disabled'));
    if (idle()) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        if (!idle()) return;
        this.idleWaiters.delete(done);
        resolve();
      };
      this.idleWaiters.add(done);
    });
  }

  private async run(): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    const t0 = performance.now();
    this.stats.runs++;
    let done = 0;
    let inFlight = 0;
    const total = () => done + inFlight + this.queue.size;
    this.setStatus({ ...this.statusValue, state: 'indexing', done, total: total() });
    const progressTimer = setTimeout(() => this.showProgress(controller), PROGRESS_AFTER_MS);
    const { version, cacheDir } = await this.version();
    if (!this.runner) {
      this.runnerSize = this.workerCount();
      this.runner = createIndexRunner(this.options.bundle, this.runnerSize);
    }
    const runner = this.runner;
    // Files taken from the queue and not answered yet: whatever stops the run, they go back to the queue.
    const taken = new Set<string>();
    const jobs = this.jobs(controller.signal, { cacheDir, version }, (uris) => {
      inFlight += uris.length;
      for (const u of uris) taken.add(u);
    });
    try {
      for await (const settled of runner.map(jobs, { ordered: false, signal: controller.signal })) {
        const step = performance.now();
        inFlight -= settled.input.files.length;
        for (const f of settled.input.files) taken.delete(f.uri);
        if (settled.ok) {
          for (const r of settled.value) this.accept(r);
          done += settled.input.files.length;
        } else if (controller.signal.aborted || this.disposed) {
          // Cancelled: these files wait for resume().
          for (const f of settled.input.files) if (this.set.has(f.uri) && !this.live.has(f.uri)) this.queue.set(f.uri, this.set.get(f.uri)!);
        } else {
          done += settled.input.files.length;
          this.stats.failed += settled.input.files.length;
          for (const f of settled.input.files) this.errors.set(f.uri, settled.error.message);
          this.options.log.warn(`indexing ${settled.input.files.length} file(s) failed: ${settled.error.message}`);
        }
        this.progress?.report(done, total());
        this.setStatus({ ...this.statusValue, state: controller.signal.aborted ? this.statusValue.state : 'indexing', done, total: total() });
        this.scheduleChange();
        this.stats.longestHostStepMs = Math.max(this.stats.longestHostStepMs, performance.now() - step);
      }
    } catch (err) {
      this.options.log.error(`indexing stopped: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      for (const key of taken) {
        const uri = this.set.get(key);
        if (uri && !this.live.has(key)) this.queue.set(key, uri);
      }
      clearTimeout(progressTimer);
      this.progress?.end();
      this.progress = undefined;
      this.controller = undefined;
      this.stats.lastRunMs = performance.now() - t0;
      const state = this.statusValue.state === 'paused' || this.statusValue.state === 'disabled' ? this.statusValue.state : 'idle';
      this.setStatus({ ...this.statusValue, state, done, total: state === 'idle' ? done : total() });
      this.fireChange();
      this.options.log.info(`index run: ${done} file(s) in ${this.stats.lastRunMs.toFixed(0)} ms (${this.stats.analysed} analysed, ${this.stats.cached} from the cache so far)`);
    }
  }

  /** Pool jobs drawn from the queue as the pool has room, so files queued meanwhile join the run. */
  private async *jobs(signal: AbortSignal, cache: { cacheDir?: string; version: string }, taken: (uris: string[]) => void): AsyncGenerator<IndexJob> {
    while (this.queue.size && !signal.aborted) {
      const batch: vscode.Uri[] = [];
      for (const [key, uri] of this.queue) {
        this.queue.delete(key);
        batch.push(uri);
        if (batch.length === BATCH) break;
      }
      taken(batch.map((u) => u.toString()));
      yield { files: await Promise.all(batch.map((u) => this.fileFor(u))), ...cache };
    }
  }

  private accept(r: IndexResult): void {
    const uri = this.set.get(r.uri);
    if (!uri) return; // deleted or stopped meanwhile
    this.touched(r.uri);
    if (!r.ok) {
      if (r.missing) {
        this.forget(r.uri);
        return;
      }
      this.stats.failed++;
      this.errors.set(r.uri, r.error);
      this.options.log.warn(`could not index ${uri.toString(true)}: ${r.error}`);
      return;
    }
    this.errors.delete(r.uri);
    this.keys.set(r.uri, r.key);
    if (r.cached) this.stats.cached++;
    else this.stats.analysed++;
    if (!this.live.has(r.uri)) this.articles.set(this.article(uri, r.summary));
  }

  private async fileFor(uri: vscode.Uri): Promise<IndexFile> {
    const ann = annUriFor(uri, this.curatedFolder);
    if (uri.scheme === 'file' && ann.scheme === 'file') return { uri: uri.toString(), path: uri.fsPath, annPath: ann.fsPath };
    // Other schemes only the host can read: it sends the bytes along.
    const read = (u: vscode.Uri) => Promise.resolve(vscode.workspace.fs.readFile(u)).then((b) => b, () => undefined);
    const metaPath = metaPathOf(uri.path);
    const [bytes, metaBytes, annBytes] = await Promise.all([read(uri), metaPath ? read(uri.with({ path: metaPath })) : undefined, read(ann)]);
    return { uri: uri.toString(), bytes: bytes ?? new Uint8Array(), metaBytes, annBytes };
  }

  private workerCount(): number {
    const n = this.config.value.index.workers;
    return n > 0 ? n : Math.max(1, availableParallelism() - 1);
  }

  /** The analyser version (a hash of the bundle the workers run) and this version's cache folder. */
  private version(): Promise<{ version: string; cacheDir?: string }> {
    this.versionInfo ??= (async () => {
      const version = createHash('sha1').update(await readFile(this.options.bundle)).digest('hex').slice(0, 16);
      const storage = this.options.storage;
      if (!storage || storage.scheme !== 'file') return { version };
      const root = join(storage.fsPath, 'index');
      // Analyses of an older analyser are never read again.
      void readdir(root).then(
        (names) => Promise.all(names.filter((n) => n !== version).map((n) => rm(join(root, n), { recursive: true, force: true }))),
        () => undefined,
      );
      return { version, cacheDir: join(root, version) };
    })();
    return this.versionInfo;
  }

  /**
   * The cached analysis of exactly these bytes of an indexed file, for the tree of an article that is not
   * open; undefined when it is not cached or too big to parse on this thread.
   */
  async cachedAnalysis(uri: vscode.Uri, bytes: Uint8Array): Promise<DocumentAnalysis | undefined> {
    if (bytes.length > MAX_HOST_READ_CHARS * 3) return undefined;
    const { version, cacheDir } = await this.version();
    if (!cacheDir) return undefined;
    const metaPath = metaPathOf(uri.path);
    const meta = metaPath ? await Promise.resolve(vscode.workspace.fs.readFile(uri.with({ path: metaPath }))).then((b) => b, () => undefined) : undefined;
    const key = cacheKey(version, decodeURIComponent(uri.path.split('/').pop() ?? ''), meta, bytes);
    const analysis = await readCachedAnalysis(cacheDir, key);
    return analysis && analysis.textLength <= MAX_HOST_READ_CHARS ? analysis : undefined;
  }

  private showProgress(controller: AbortController): void {
    if (controller.signal.aborted || this.controller !== controller) return;
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'News Annotator: indexing articles', cancellable: true },
      (progress, token) =>
        new Promise<void>((resolve) => {
          token.onCancellationRequested(() => {
            this.pause();
            void vscode.window.showInformationMessage(`Indexing paused at ${this.statusValue.done.toLocaleString('en-US')} of ${this.statusValue.total.toLocaleString('en-US')} articles. Run "News Annotator: Refresh" to go on.`);
          });
          let shown = 0;
          this.progress = {
            report: (done, total) => {
              const pct = total ? (100 * done) / total : 0;
              progress.report({ message: `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`, increment: pct - shown });
              shown = pct;
            },
            end: resolve,
          };
          this.progress.report(this.statusValue.done, this.statusValue.total);
        }),
    );
  }

  private setStatus(s: IndexStatus): void {
    const prev = this.statusValue;
    this.statusValue = s;
    if (prev.state !== s.state || prev.found !== s.found || prev.max !== s.max || prev.done !== s.done || prev.total !== s.total) this.statusEmitter.fire(s);
  }

  private scheduleChange(): void {
    this.changeTimer ??= setTimeout(() => this.fireChange(), CHANGE_EVERY_MS);
  }

  private touched(key: string): void {
    if (this.changed !== 'all') this.changed.add(key);
  }

  private fireChange(): void {
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = undefined;
    const changed = this.changed;
    this.changed = new Set();
    if (!this.disposed) this.changeEmitter.fire({ articles: changed === 'all' ? undefined : changed });
  }

  dispose(): void {
    this.disposed = true;
    this.controller?.abort();
    if (this.changeTimer) clearTimeout(this.changeTimer);
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    void this.runner?.destroy();
    for (const s of this.subscriptions) s.dispose();
    this.changeEmitter.dispose();
    this.statusEmitter.dispose();
    for (const w of [...this.idleWaiters]) w();
  }
}
