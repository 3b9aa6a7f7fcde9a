// "Show Timeline": a webview placing the dated events of the current article, or of every indexed
// article, on a time axis. Strict content security policy (nothing but the one script and the one
// style sheet, both by nonce), colours from the theme, every item a link back to its text.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { AnnotatedDocuments } from '../documents';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { AnalysisStore } from '../store/analysisStore';
import { renderTimeline, type TimelineArticle, type TimelinePage } from './render';

export type TimelineScope = { readonly kind: 'all' } | { readonly kind: 'article'; readonly uri: string };

/** Re-render at most this often while the index changes. */
const UPDATE_MS = 300;

export class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private scope: TimelineScope = { kind: 'all' };
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What the webview shows now (for tests): its page model and how many items its script found. */
  lastPage: TimelinePage | undefined;
  rendered: { items: number } | undefined;
  private readonly media: vscode.Uri;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
    private readonly store: AnalysisStore,
    private readonly documents: AnnotatedDocuments,
  ) {
    this.media = vscode.Uri.joinPath(extensionUri, 'media');
    this.subscriptions.push(
      vscode.commands.registerCommand('newsAnnotator.showTimeline', (arg?: unknown) => this.command(arg)),
      index.onDidChange(() => this.scheduleUpdate()),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        // The current article's timeline follows the article being read.
        if (this.panel && this.scope.kind === 'article' && e && this.index.articles.has(e.document.uri.toString())) {
          this.scope = { kind: 'article', uri: e.document.uri.toString() };
          this.scheduleUpdate();
        }
      }),
    );
  }

  /** `'all'`, `'current'`, an article's uri, or nothing (ask when there is a current article). */
  private async command(arg: unknown): Promise<TimelinePage | undefined> {
    // The article being read: the active editor's, else a visible one's (the palette or the panel may have
    // the focus); one just opened may not be analysed yet: wait for it.
    const editors = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors];
    const reading = editors.find((e) => e && (this.index.articles.has(e.document.uri.toString()) || this.documents.isAnnotated(e.document)));
    if (reading && !this.index.articles.has(reading.document.uri.toString())) await this.store.whenCurrent(reading.document, 30_000);
    const current = reading && this.index.articles.has(reading.document.uri.toString()) ? reading.document.uri.toString() : undefined;
    let scope: TimelineScope | undefined;
    if (arg instanceof vscode.Uri) scope = { kind: 'article', uri: arg.toString() };
    else if (arg === 'all') scope = { kind: 'all' };
    else if (arg === 'current') scope = current ? { kind: 'article', uri: current } : { kind: 'all' };
    else if (!current) scope = { kind: 'all' };
    else {
      const name = decodeURIComponent(current.split('/').pop() ?? current);
      const picked = await vscode.window.showQuickPick(
        [
          { label: `$(file) ${name}`, description: 'the current article', scope: { kind: 'article', uri: current } as TimelineScope },
          { label: '$(files) All indexed articles', description: `${this.index.articles.size.toLocaleString('en-US')} articles`, scope: { kind: 'all' } as TimelineScope },
        ],
        { placeHolder: 'Show the timeline of…' },
      );
      scope = picked?.scope;
    }
    if (!scope) return undefined;
    await this.show(scope);
    return this.lastPage;
  }

  async show(scope: TimelineScope): Promise<void> {
    this.scope = scope;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('newsAnnotator.timeline', 'Timeline', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: true,
        localResourceRoots: [this.media],
        retainContextWhenHidden: false,
      });
      this.panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m), undefined, this.subscriptions);
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.shown = undefined;
        this.lastPage = undefined;
        this.rendered = undefined;
      }, undefined, this.subscriptions);
      this.panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible) void this.update();
      }, undefined, this.subscriptions);
    } else {
      this.panel.reveal(undefined, false);
    }
    void this.update();
    // Updates overlap (the panel showing starts one too): wait for the last one.
    let seen: Promise<void> | undefined;
    while (seen !== this.latest) await (seen = this.latest);
  }

  /** The update started last. */
  private latest: Promise<void> = Promise.resolve();

  private scheduleUpdate(): void {
    if (!this.panel || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.panel?.visible) void this.update();
    }, UPDATE_MS);
  }

  private async page(): Promise<TimelinePage> {
    const articles = this.index.articles;
    const ids = this.scope.kind === 'article' ? [this.scope.uri] : articles.sorted().map((a) => a.id);
    const info = new Map<string, TimelineArticle>();
    for (const id of ids) {
      const a = articles.get(id);
      if (a) info.set(id, { name: a.name, path: a.path, date: a.summary.documentDate.value });
    }
    const one = this.scope.kind === 'article' ? info.get(this.scope.uri) : undefined;
    const title = this.scope.kind === 'article' ? `Timeline of ${one?.name ?? 'the article'}` : `Timeline of ${info.size.toLocaleString('en-US')} articles`;
    // Thousands of articles: the dates are put in order in slices, between the editor's other work.
    return { title, timeline: await articles.timelineAsync(ids), articles: info, showArticle: this.scope.kind === 'all' };
  }

  private updates = 0;

  private update(): Promise<void> {
    this.latest = this.render(++this.updates);
    return this.latest;
  }

  private async render(mine: number): Promise<void> {
    if (!this.panel) return;
    const page = await this.page();
    if (!this.panel || mine !== this.updates) return; // closed, or a newer update started
    const webview = this.panel.webview;
    this.style ??= new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.media, 'timeline.css')));
    if (!this.panel || mine !== this.updates) return;
    const resources = { cspSource: webview.cspSource, scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'timeline.js')).toString(), style: this.style };
    // Setting the same page again would reload it and lose the reader's place and focus.
    const same = renderTimeline(page, { ...resources, nonce: '' });
    if (same === this.shown) return;
    this.shown = same;
    this.panel.title = this.scope.kind === 'article' ? `Timeline: ${[...page.articles.values()][0]?.name ?? ''}` : 'Timeline: all articles';
    this.lastPage = page;
    this.rendered = undefined;
    webview.html = renderTimeline(page, { ...resources, nonce: randomBytes(16).toString('base64') });
  }

  private style: string | undefined;
  /** The page last set, rendered without its nonce, to tell whether an update changes anything. */
  private shown: string | undefined;

  private onMessage(m: unknown): void {
    if (!m || typeof m !== 'object') return;
    const msg = m as { type?: unknown; doc?: unknown; start?: unknown; end?: unknown; items?: unknown };
    if (msg.type === 'ready' && typeof msg.items === 'number') this.rendered = { items: msg.items };
    if (msg.type === 'open' && typeof msg.doc === 'string' && typeof msg.start === 'number' && typeof msg.end === 'number') {
      // The article opens beside the timeline, not over it.
      const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
      void vscode.commands.executeCommand('newsAnnotator.openAt', msg.doc, msg.start, msg.end, column);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
