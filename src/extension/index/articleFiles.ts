// Which files in the workspace are articles: those matching `newsAnnotator.include`, every .txt file in a
// folder annotated from the Explorer, and files annotated by hand, minus the ones stopped. Found with
// findFiles (VS Code's own search, off this thread), kept current by file-system watchers, and ordered
// most recently opened first so the index does what the user is looking at before the rest.
import * as vscode from 'vscode';
import type { Config } from '../config';
import { annWatchPattern } from '../curation/files';
import type { AnnotatedDocuments } from '../documents';

const RECENT_KEY = 'newsAnnotator.recentArticles';
const MAX_RECENT = 500;
const EXCLUDE = '**/node_modules/**';

/**
 * `meta`: the article's NAME.meta.json changed (uri is the article's). `curated`: a NAME.ann was created,
 * changed or deleted (uri is the .ann's; the index knows which article it belongs to).
 */
export interface FileEvent {
  readonly kind: 'changed' | 'deleted' | 'meta' | 'curated';
  readonly uri: vscode.Uri;
}

export interface ScanResult {
  /** Articles to index, most recently opened first, then by path; at most `maxFiles`. */
  readonly files: vscode.Uri[];
  /** How many article files exist, counting those left out by `maxFiles`. */
  readonly found: number;
}

export class ArticleFiles implements vscode.Disposable {
  private readonly recent: string[];
  private watchers: vscode.Disposable | undefined;
  private readonly emitter = new vscode.EventEmitter<FileEvent>();
  /** A watched article file was created, changed or deleted (its NAME.meta.json counts as the article). */
  readonly onDidChangeFile = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly config: Config, private readonly documents: AnnotatedDocuments, private readonly state: vscode.Memento) {
    this.recent = state.get<string[]>(RECENT_KEY, []).filter((k) => typeof k === 'string');
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && e.document.uri.scheme !== 'output' && this.documents.isAnnotated(e.document)) this.touch(e.document.uri);
      }),
    );
  }

  /** Moves an article to the front of the recently opened list. */
  touch(uri: vscode.Uri): void {
    const key = uri.toString();
    const i = this.recent.indexOf(key);
    if (i === 0) return;
    if (i > 0) this.recent.splice(i, 1);
    this.recent.unshift(key);
    if (this.recent.length > MAX_RECENT) this.recent.length = MAX_RECENT;
    void this.state.update(RECENT_KEY, this.recent);
  }

  /** Rank for ordering: open editors first, then recently opened, then the rest (Infinity). */
  private ranker(): (key: string) => number {
    const rank = new Map<string, number>();
    let n = 0;
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    if (active) rank.set(active, n++);
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) {
        const input = tab.input;
        if (input instanceof vscode.TabInputText && !rank.has(input.uri.toString())) rank.set(input.uri.toString(), n++);
      }
    }
    for (const k of this.recent) if (!rank.has(k)) rank.set(k, n++);
    return (k) => rank.get(k) ?? Infinity;
  }

  /** Sorts uris most recently opened first, then by path. */
  order(uris: vscode.Uri[]): vscode.Uri[] {
    const rank = this.ranker();
    const keyed = uris.map((u) => ({ u, r: rank(u.toString()), p: u.path }));
    keyed.sort((a, b) => a.r - b.r || (a.p < b.p ? -1 : a.p > b.p ? 1 : 0));
    return keyed.map((k) => k.u);
  }

  /** Every article file now, and (re)starts the watchers. */
  async scan(): Promise<ScanResult> {
    this.watch();
    const globs = this.config.value.include;
    const folders = this.documents.annotatedFolders();
    const searches: Thenable<vscode.Uri[]>[] = [];
    if (vscode.workspace.workspaceFolders?.length) for (const g of globs) searches.push(vscode.workspace.findFiles(g, EXCLUDE));
    for (const f of folders) searches.push(vscode.workspace.findFiles(new vscode.RelativePattern(f, '**/*.txt'), EXCLUDE));
    const found = await Promise.all(searches.map((s) => Promise.resolve(s).then(undefined, () => [] as vscode.Uri[])));
    const byKey = new Map<string, vscode.Uri>();
    for (const list of found) for (const uri of list) byKey.set(uri.toString(), uri);
    for (const uri of this.documents.manualFiles()) if (uri.scheme !== 'untitled' && !byKey.has(uri.toString()) && (await exists(uri))) byKey.set(uri.toString(), uri);
    for (const key of [...byKey.keys()]) if (this.documents.isStopped(key)) byKey.delete(key);
    const ordered = this.order([...byKey.values()]);
    const max = this.config.value.index.maxFiles;
    return { files: ordered.length > max ? ordered.slice(0, max) : ordered, found: ordered.length };
  }

  private watch(): void {
    this.watchers?.dispose();
    const patterns: vscode.GlobPattern[] = [...this.config.value.include];
    for (const f of this.documents.annotatedFolders()) patterns.push(new vscode.RelativePattern(f, '**/*.txt'));
    const watchers = patterns.map((p) => vscode.workspace.createFileSystemWatcher(p));
    // A NAME.meta.json carries the article's date: a change to it is a change to NAME.txt.
    const meta = vscode.workspace.createFileSystemWatcher('**/*.meta.json', false, false, true);
    const fire = (kind: FileEvent['kind']) => (uri: vscode.Uri) => {
      if (!this.documents.isStopped(uri)) this.emitter.fire({ kind, uri });
    };
    const metaChanged = (uri: vscode.Uri) => this.emitter.fire({ kind: 'meta', uri: uri.with({ path: uri.path.replace(/\.meta\.json$/, '.txt') }) });
    // A curated NAME.ann is the article's annotation: beside it, or under newsAnnotator.curatedFolder.
    const ann = vscode.workspace.createFileSystemWatcher(annWatchPattern(this.config.value.curatedFolder));
    const curated = (uri: vscode.Uri) => this.emitter.fire({ kind: 'curated', uri });
    this.watchers = vscode.Disposable.from(
      ...watchers,
      meta,
      ann,
      ann.onDidCreate(curated),
      ann.onDidChange(curated),
      ann.onDidDelete(curated),
      ...watchers.flatMap((w) => [w.onDidCreate(fire('changed')), w.onDidChange(fire('changed')), w.onDidDelete(fire('deleted'))]),
      meta.onDidCreate(metaChanged),
      meta.onDidChange(metaChanged),
    );
  }

  dispose(): void {
    this.watchers?.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
