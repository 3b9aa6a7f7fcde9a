// The "Entities" view: one node per annotated document, under it speakers, quotes, dates and the
// other entities. TreeItems are built on demand from the plain model (views/model.ts).
import * as vscode from 'vscode';
import { describeTimex } from '../../core/dates/describe';
import type { Config } from '../config';
import type { AnnotatedDocuments } from '../documents';
import { reviewCounts } from '../../core/curated';
import { contentSpan, isChecked, nearestItem, reportedOf } from '../logic/lookup';
import {
  statusText, dateDescription, documentDateLine, dateHover, dateTypeLabel, escapeMarkdown, isUnsure, kindReason, plural, quoteConfidence, quoteHover, snippet, statementHover, summaryText,
} from '../logic/text';
import { entryRange, type AnalysisEntry, type AnalysisStore } from '../store/analysisStore';
import type { StatementFilter } from '../../core/corpus/search';
import type { IndexChange, WorkspaceIndex } from '../index/workspaceIndex';
import { describeFilter, isActive, quotePredicate, statementFilter, statementPredicate, type ViewFilter } from './filter';
import {
  articleSummaryText, DocumentModel, GROUP_LABELS, documentNode, layoutDocuments, page,
  type DocumentNode, type FolderNode, type Layout, type LeafNode, type ListedDocument, type MoreNode, type TreeNode,
} from './model';

export const VIEW_ID = 'newsAnnotator.entities';

const GROUP_ICONS = { speakers: 'person', quotes: 'quote', reported: 'comment', dates: 'calendar', people: 'account', organizations: 'organization', places: 'location' } as const;
/** The tree's marker for an item a person checked (a curated annotation). */
const CHECKED_MARK = '✓';
export const ENTITY_ICONS = { person: 'person', organization: 'organization', place: 'location', group: 'organization', unclassified: 'symbol-text' } as const;

/** Tooltips show codicons ($(check) checked by hand). */
function markdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value);
  md.supportThemeIcons = true;
  return md;
}

function documentTooltip(uri: vscode.Uri, entry: AnalysisEntry | undefined): vscode.MarkdownString {
  const lines = [`**${escapeMarkdown(vscode.workspace.asRelativePath(uri))}**`];
  if (entry) {
    const a = entry.analysis;
    lines.push(statusText(a));
    lines.push(documentDateLine(a));
    for (const d of a.diagnostics) if (d.severity !== 'info') lines.push(escapeMarkdown(d.message));
  }
  return new vscode.MarkdownString(lines.join('\n\n'));
}

/** How often a reveal is asked again when a refresh of the rows swallowed it (1 + 2 + 3 + 4 s of waiting at most). */
const REVEAL_ATTEMPTS = 5;

export class EntityTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | TreeNode[] | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<TreeNode>;
  /** Document nodes by uri: the same object for the same document, for reveal(). */
  private readonly roots = new Map<string, DocumentNode>();
  private readonly folders = new Map<string, FolderNode>();
  private layout: Layout | undefined;
  /** Lists whose page grew to hold a document about to be revealed ('' is the top level). */
  private readonly grown = new Set<FolderNode | ''>();
  /** Called when VS Code fetches a list's rows again (by list id). */
  private readonly fetchWaiters = new Map<string, () => void>();
  /** Workspace-relative paths by uri. */
  private readonly paths = new Map<string, string>();
  /** The documents the top level listed when VS Code last asked for it. */
  private lastListed: Set<string> | undefined;
  private models = new WeakMap<AnalysisEntry, DocumentModel>();
  /** The views' filter as the core's statement filter (see updateFilter). */
  private statementFilter: StatementFilter = {};
  /** How many rows each paged list shows (by list id; '' is the top level). */
  private readonly shown = new Map<string, number>();
  /** Ids of expanded nodes, so a rebuilt subtree opens as the user left it. */
  private readonly expanded = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  private lowConfidence: number;

  constructor(
    private readonly config: Config,
    private readonly store: AnalysisStore,
    private readonly documents: AnnotatedDocuments,
    private readonly index: WorkspaceIndex,
    private readonly filter: ViewFilter,
  ) {
    this.lowConfidence = config.value.lowConfidence;
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      store.onDidChange((uri) => {
        const root = this.roots.get(uri.toString());
        // A new or vanished document changes the top level; otherwise only its subtree is rebuilt.
        this.emitter.fire(root && store.get(uri) ? root : this.top());
      }),
      index.onDidChange((change) => {
        this.indexChanged(change);
        // A speaker is one person across articles: new articles may hold more of them.
        if (this.filter.state.speaker) void this.updateFilter();
      }),
      index.onDidChangeStatus(() => this.updateMessage()),
      documents.onDidChange(() => this.emitter.fire(this.top())),
      this.filter.onDidChange(() => void this.updateFilter()),
      config.onDidChange((c) => {
        // "probably X?" labels and the low-confidence filter follow the setting.
        if (c.lowConfidence === this.lowConfidence) return;
        this.lowConfidence = c.lowConfidence;
        void this.updateFilter();
      }),
      this.view.onDidExpandElement((e) => this.expanded.add(e.element.id)),
      this.view.onDidCollapseElement((e) => this.expanded.delete(e.element.id)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.scheduleFollow(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor(() => this.revealActiveSoon()),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) this.revealActiveSoon();
      }),
      vscode.commands.registerCommand('newsAnnotator.showMore', (node?: MoreNode) => this.showMore(node)),
    );
    this.updateMessage();
  }

  /**
   * While the index grows, the set of documents often stays the same (the open ones are listed already):
   * then only the rows of the articles that changed are refreshed, not the whole tree nor every row (a
   * refresh racing a reveal() makes the TreeView register an element twice or lose the row to select).
   */
  private indexChanged(change: IndexChange): void {
    const now = this.listed();
    const same = this.lastListed !== undefined && now.length === this.lastListed.size && now.every((d) => this.lastListed!.has(d.uri));
    if (!same) {
      this.emitter.fire(this.top());
      return;
    }
    const rows: DocumentNode[] = [];
    if (change.articles) {
      for (const key of change.articles) {
        const row = this.roots.get(key);
        // An open document's row follows the store's own event, which came first.
        if (row && !this.store.get(vscode.Uri.parse(key))) rows.push(row);
      }
    } else {
      for (const row of this.roots.values()) rows.push(row);
    }
    if (rows.length) this.emitter.fire(rows);
  }

  /** Makes the filter's statement filter (merging people in slices for a speaker) and rebuilds the documents. */
  private async updateFilter(): Promise<void> {
    const state = this.filter.state;
    const people = state.speaker ? await this.index.articles.peopleAsync() : [];
    if (state !== this.filter.state) return; // changed again meanwhile
    this.statementFilter = statementFilter(state, people, this.config.value.lowConfidence);
    this.models = new WeakMap();
    this.updateMessage();
    this.emitter.fire(this.top());
  }

  /** The top level changes as a whole; firing for it refreshes everything (undefined). */
  private top(): undefined {
    this.layout = undefined;
    return undefined;
  }

  refresh(): void {
    this.models = new WeakMap();
    this.emitter.fire(this.top());
  }

  private updateMessage(): void {
    const s = this.index.status;
    const parts: string[] = [];
    const n = (x: number) => x.toLocaleString('en-US');
    if (s.state === 'indexing' && s.total > 0) parts.push(`Indexing articles: ${n(s.done)} of ${n(s.total)}…`);
    if (s.state === 'paused') parts.push(`Indexing paused at ${n(s.done)} of ${n(s.total)} articles; Refresh goes on.`);
    if (s.found > s.max) parts.push(`${n(s.max)} of ${n(s.found)} article files are indexed (setting newsAnnotator.index.maxFiles).`);
    const filter = describeFilter(this.filter.state, this.config.value.lowConfidence);
    if (filter) parts.push(`${filter}.`);
    this.view.message = parts.length ? parts.join(' ') : undefined;
    this.view.description = filter ? 'filtered' : undefined;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (!node) {
      const top = this.topLevel();
      this.fetched('');
      return top;
    }
    switch (node.type) {
      case 'folder': {
        const rows = this.folderChildren(node);
        this.fetched(node.id);
        return rows;
      }
      case 'more':
        return [];
      case 'document': {
        const entry = this.store.get(vscode.Uri.parse(node.uri));
        if (!entry) {
          // Loaded on first expansion (from the index's cache); the store's change event refreshes this node.
          void this.store.addFile(vscode.Uri.parse(node.uri));
          return [];
        }
        return this.model(entry, node).childrenOf(node);
      }
      default: {
        const model = this.modelFor(node);
        return model ? model.childrenOf(node) : [];
      }
    }
  }

  private fetched(listId: string): void {
    const resolve = this.fetchWaiters.get(listId);
    this.fetchWaiters.delete(listId);
    // After this call returns its rows, the TreeView registers them.
    if (resolve) setTimeout(resolve, 0);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.type === 'folder' ? undefined : node.parent;
  }

  /** Every listed document: the indexed article files and the open annotated documents, minus the stopped. */
  private listed(): ListedDocument[] {
    const out = new Map<string, ListedDocument>();
    const add = (key: string) => {
      if (out.has(key) || this.documents.isStopped(key)) return;
      let path = this.paths.get(key);
      if (path === undefined) this.paths.set(key, (path = this.index.articles.get(key)?.path ?? this.index.relative(key)));
      out.set(key, { uri: key, path });
    };
    for (const key of this.index.fileKeys()) add(key);
    for (const entry of this.store.all()) add(entry.uri.toString());
    return [...out.values()];
  }

  private currentLayout(): Layout {
    this.layout ??= layoutDocuments(this.listed(), this.config.value.pageSize);
    return this.layout;
  }

  private shownOf(listId: string): number {
    return this.shown.get(listId) ?? this.config.value.pageSize;
  }

  private topLevel(): TreeNode[] {
    // VS Code asks for the top level only when it was refreshed: the set of documents may have changed.
    this.layout = undefined;
    const layout = this.currentLayout();
    this.lastListed = new Set(layout.grouped ? layout.folders.flatMap((f) => f.documents.map((d) => d.uri)) : layout.documents.map((d) => d.uri));
    const keep = new Set<string>();
    let nodes: TreeNode[];
    if (!layout.grouped) {
      nodes = layout.documents.map((d) => this.documentNodeFor(d.uri, undefined, keep));
    } else {
      const folders = layout.folders.map((f) => {
        let node = this.folders.get(f.path);
        if (!node) this.folders.set(f.path, (node = { type: 'folder', id: `folder:${f.path}`, path: f.path, count: 0 }));
        node.count = f.documents.length;
        return node;
      });
      const p = page(folders, this.shownOf(''), '', this.config.value.pageSize);
      nodes = p.more ? [...p.items, p.more] : [...p.items];
      for (const f of layout.folders) for (const d of f.documents) keep.add(d.uri);
    }
    for (const key of [...this.roots.keys()]) if (!keep.has(key)) this.roots.delete(key);
    return nodes;
  }

  private folderChildren(folder: FolderNode): TreeNode[] {
    const layout = this.currentLayout();
    if (!layout.grouped) return [];
    const docs = layout.folders.find((f) => f.path === folder.path)?.documents ?? [];
    const p = page(docs, this.shownOf(folder.id), folder.id, this.config.value.pageSize, folder);
    const nodes: TreeNode[] = p.items.map((d) => this.documentNodeFor(d.uri, folder));
    if (p.more) nodes.push(p.more);
    return nodes;
  }

  /** The cached node of a document, made anew when its place (top level or a folder) changed. */
  private documentNodeFor(key: string, parent: FolderNode | undefined, keep?: Set<string>): DocumentNode {
    keep?.add(key);
    let node = this.roots.get(key);
    if (!node || node.parent !== parent) this.roots.set(key, (node = documentNode(key, parent)));
    return node;
  }

  private showMore(node?: MoreNode): void {
    if (!node) return;
    this.shown.set(node.listId, this.shownOf(node.listId) + this.config.value.pageSize);
    this.emitter.fire(node.parent ?? undefined);
  }

  /**
   * The node of a listed document (undefined when it is not listed); with `grow`, the pages of the top
   * level and of its folder grow to hold it, for a reveal.
   */
  documentNodeOf(uri: vscode.Uri, grow = false): DocumentNode | undefined {
    const key = uri.toString();
    const layout = this.currentLayout();
    if (!layout.grouped) return layout.documents.some((d) => d.uri === key) ? this.documentNodeFor(key, undefined) : undefined;
    const fi = layout.folders.findIndex((f) => f.documents.some((d) => d.uri === key));
    if (fi < 0) return undefined;
    const f = layout.folders[fi];
    if (grow && fi >= this.shownOf('')) {
      this.shown.set('', fi + 1);
      this.grown.add('');
    }
    let folder = this.folders.get(f.path);
    if (!folder) this.folders.set(f.path, (folder = { type: 'folder', id: `folder:${f.path}`, path: f.path, count: f.documents.length }));
    const di = f.documents.findIndex((d) => d.uri === key);
    if (grow && di >= this.shownOf(folder.id)) {
      this.shown.set(folder.id, di + 1);
      this.grown.add(folder);
    }
    return this.documentNodeFor(key, folder);
  }

  /**
   * Lists whose page documentNodeOf() grew are refreshed, and the TreeView is given the time to fetch
   * them again before a reveal: it finds the node only among the rows it has fetched.
   */
  private async showGrown(): Promise<void> {
    if (this.grown.size === 0) return;
    const lists = [...this.grown];
    this.grown.clear();
    const waits: Promise<void>[] = [];
    for (const list of lists) {
      const id = list === '' ? '' : list.id;
      // A collapsed folder is not fetched again (the reveal expands it): the wait ends on its own.
      waits.push(new Promise((resolve) => (this.fetchWaiters.set(id, resolve), setTimeout(resolve, 500))));
      this.emitter.fire(list === '' ? this.top() : list);
    }
    await Promise.all(waits);
  }

  /**
   * Reveals run one after the other, each for the editor active when it starts, and a request that a
   * later one supersedes is skipped: two reveals in flight finish in any order and the older one won.
   */
  private revealActiveSoon(): void {
    const mine = ++this.revealRequests;
    // A reveal the TreeView never answers must not hold up every later one: the chain moves on after 10 s.
    const bounded = () => Promise.race([this.revealActive(vscode.window.activeTextEditor), new Promise<void>((r) => setTimeout(r, 10_000))]);
    this.revealChain = this.revealChain.then(() => (mine === this.revealRequests ? bounded() : undefined));
  }
  private revealRequests = 0;
  private revealChain: Promise<void> = Promise.resolve();

  /** The tree follows the active article: its node is revealed (not focused) when the view is visible. */
  private async revealActive(editor: vscode.TextEditor | undefined): Promise<void> {
    if (!editor || !this.view.visible || !this.documents.isAnnotated(editor.document)) return;
    const node = this.documentNodeOf(editor.document.uri, true);
    const inside = (s: TreeNode) => s.type !== 'folder' && s.type !== 'more' && this.rootOf(s).uri === node?.uri;
    if (!node || this.view.selection.some(inside)) return;
    try {
      // Automatic: it gives way to any reveal asked for after it and to a selection already in the article.
      await this.reveal(node, { select: true, focus: false, expand: false }, () => this.view.selection.some(inside));
    } catch {
      // The view changed under the reveal; the next switch reveals again.
    }
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    // What the user expanded stays expanded when a re-analysis rebuilds the subtree.
    const open = (fallback: vscode.TreeItemCollapsibleState) => (fallback !== C.None && this.expanded.has(node.id) ? C.Expanded : fallback);
    switch (node.type) {
      case 'folder': {
        const item = new vscode.TreeItem(node.path === '' ? '(top level)' : node.path, open(C.Collapsed));
        item.description = plural(node.count, 'article');
        item.iconPath = vscode.ThemeIcon.Folder;
        item.contextValue = 'newsAnnotator.folder';
        return this.withId(item, node);
      }
      case 'more': {
        const item = new vscode.TreeItem(`Show ${node.next.toLocaleString('en-US')} more…`, C.None);
        item.description = `${node.remaining.toLocaleString('en-US')} not shown`;
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        item.tooltip = `The view lists ${this.config.value.pageSize} rows at a time (setting newsAnnotator.view.pageSize).`;
        item.command = { command: 'newsAnnotator.showMore', title: 'Show more', arguments: [node] };
        return this.withId(item, node);
      }
      case 'document': {
        const uri = vscode.Uri.parse(node.uri);
        const entry = this.store.get(uri);
        const article = this.index.articles.get(node.uri);
        const item = new vscode.TreeItem(node.name, open(C.Collapsed));
        item.resourceUri = uri;
        const error = this.index.errorOf(uri);
        item.description = entry ? summaryText(entry.analysis) : article ? articleSummaryText(article.summary) : error ? `could not be read: ${error}` : 'not indexed yet';
        // An article nobody has open says it too, from the index's summary of its NAME.ann.
        const r = entry ? (entry.analysis.curated ? reviewCounts(entry.analysis) : undefined) : article?.summary.review;
        if (r) item.description = `${CHECKED_MARK} curated, reviewed ${r.checked}/${r.total} · ${item.description}`;
        item.tooltip = documentTooltip(item.resourceUri, entry);
        item.contextValue = 'newsAnnotator.document';
        return this.withId(item, node);
      }
      case 'group': {
        const item = new vscode.TreeItem(GROUP_LABELS[node.group], node.count > 0 ? (node.group === 'speakers' ? C.Expanded : open(C.Collapsed)) : C.None);
        item.description = String(node.count);
        item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group]);
        item.contextValue = `newsAnnotator.group.${node.group}`;
        return this.withId(item, node);
      }
      case 'message': {
        const item = new vscode.TreeItem(node.diagnostic.message, C.None);
        item.iconPath = new vscode.ThemeIcon(node.diagnostic.severity === 'error' ? 'error' : node.diagnostic.severity === 'warning' ? 'warning' : 'info');
        item.tooltip = node.diagnostic.message;
        return this.withId(item, node);
      }
      case 'entity': {
        const e = node.entity;
        const item = new vscode.TreeItem(e.name, open(C.Collapsed));
        const underSpeakers = node.parent.group === 'speakers';
        const entry = this.store.get(vscode.Uri.parse(this.rootOf(node).uri));
        const reportedCount = entry ? reportedOf(entry.analysis, e).length : 0;
        item.description = underSpeakers
          ? [plural(e.quoteIds.length, 'quote'), ...(reportedCount ? [`${reportedCount} reported`] : [])].join(' · ')
          : [e.title, plural(e.mentions.length, 'mention')].filter(Boolean).join(' · ');
        if (entry && isChecked(entry.analysis, e.id)) item.description = `${CHECKED_MARK} ${item.description}`;
        const why = kindReason(e);
        item.tooltip = new vscode.MarkdownString(`**${e.name}**${e.title ? ` — ${e.title}` : ''}\n\n${plural(e.quoteIds.length, 'quote')} · ${plural(e.mentions.length, 'mention')}${why ? `\n\n${escapeMarkdown(why)}` : ''}`);
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[e.kind]);
        item.contextValue = 'newsAnnotator.entity';
        return this.withId(item, node);
      }
      case 'quote': {
        const item = new vscode.TreeItem(snippet(node.quote.text), C.None);
        const entry = this.store.get(vscode.Uri.parse(this.rootOf(node).uri));
        const checked = !!entry && isChecked(entry.analysis, node.quote.id);
        const low = this.config.value.lowConfidence;
        const unsure = !!entry && !checked && node.quote.speaker !== null && isUnsure(quoteConfidence(entry.analysis, node.quote), low);
        const who = node.parent.type === 'group' ? (node.speaker ?? 'unattributed') : unsure ? 'unsure' : '';
        item.description = [checked ? CHECKED_MARK : '', who].filter(Boolean).join(' ');
        // The sidebar cuts long labels and the speaker after them: the tooltip has the whole quote.
        item.tooltip = entry ? markdown(`${escapeMarkdown(node.quote.text.replace(/\s+/g, ' ').trim())}\n\n---\n\n${quoteHover(entry.analysis, node.quote, low)}`) : node.quote.text;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.contextValue = 'newsAnnotator.quote';
        return this.leaf(item, node);
      }
      case 'statement': {
        const a = node.attribution;
        const text = a.content.map((c) => c.text).join(' … ');
        const item = new vscode.TreeItem(snippet(text), C.None);
        const entry = this.store.get(vscode.Uri.parse(this.rootOf(node).uri));
        const checked = !!entry && isChecked(entry.analysis, a.id);
        const low = this.config.value.lowConfidence;
        const unsure = !checked && a.source !== null && isUnsure(a.confidence, low);
        const who = node.parent.type === 'group' ? (node.speaker ?? 'unattributed') : unsure ? 'unsure' : 'reported';
        item.description = [checked ? CHECKED_MARK : '', who].filter(Boolean).join(' ');
        item.tooltip = entry ? markdown(`${escapeMarkdown(text.replace(/\s+/g, ' ').trim())}\n\n---\n\n${statementHover(entry.analysis, a, low)}`) : text;
        item.iconPath = new vscode.ThemeIcon('comment');
        item.contextValue = 'newsAnnotator.statement';
        return this.leaf(item, node);
      }
      case 'date': {
        const d = node.date;
        const item = new vscode.TreeItem(snippet(d.text, 40), C.None);
        // The value in words first: people read "Thursday, 18 March 2021", machines "2021-03-18".
        const words = d.value === null ? null : describeTimex(d);
        item.description = dateDescription(d, words);
        const entry = this.store.get(vscode.Uri.parse(this.rootOf(node).uri));
        // Same words as the hover; the line tells apart the several "yesterday"s of an article.
        const line = entry ? ` · line ${entryRange(entry, d).start.line + 1}` : '';
        item.tooltip = entry ? new vscode.MarkdownString(`${dateHover(entry.analysis, d, words)}${line}`) : `${d.text} · ${dateTypeLabel(d)} ${d.value ?? 'unresolved'}`;
        item.iconPath = new vscode.ThemeIcon('calendar');
        if (entry && isChecked(entry.analysis, d.id)) item.description = `${CHECKED_MARK} ${item.description}`;
        item.contextValue = 'newsAnnotator.date';
        return this.leaf(item, node);
      }
      case 'mention': {
        const item = new vscode.TreeItem(node.mention.text, C.None);
        item.description = node.mention.kind;
        item.iconPath = new vscode.ThemeIcon('symbol-reference');
        item.contextValue = 'newsAnnotator.mention';
        return this.leaf(item, node);
      }
    }
  }

  private withId(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    item.id = node.id;
    return item;
  }

  /** Leaves open their range with the built-in vscode.open, so the editor selects and scrolls to it. */
  private leaf(item: vscode.TreeItem, node: LeafNode): vscode.TreeItem {
    const span = node.type === 'quote' ? node.quote : node.type === 'statement' ? contentSpan(node.attribution) : node.type === 'date' ? node.date : node.mention;
    const range = this.rangeOf(node, span);
    if (range) {
      const uri = vscode.Uri.parse(this.rootOf(node).uri);
      item.command = { command: 'vscode.open', title: 'Open', arguments: [uri, { selection: range } satisfies vscode.TextDocumentShowOptions] };
    }
    return this.withId(item, node);
  }

  /** The range a leaf stands for, in the text version its analysis was made from. */
  rangeOf(node: TreeNode, span: { start: number; end: number }): vscode.Range | undefined {
    const entry = this.store.get(vscode.Uri.parse(this.rootOf(node).uri));
    return entry ? entryRange(entry, span) : undefined;
  }

  private rootOf(node: TreeNode): DocumentNode {
    let n: TreeNode = node;
    while (n.type !== 'document') {
      if (n.type === 'folder' || n.type === 'more' || !n.parent) throw new Error(`${n.id} is not inside a document`);
      n = n.parent;
    }
    return n;
  }

  /** The one node object of a document (a second object with the same id would confuse the TreeView). */
  private rootFor(uri: vscode.Uri): DocumentNode {
    return this.documentNodeOf(uri) ?? this.roots.get(uri.toString()) ?? this.documentNodeFor(uri.toString(), undefined);
  }

  model(entry: AnalysisEntry, root = this.rootFor(entry.uri)): DocumentModel {
    let m = this.models.get(entry);
    if (!m || m.root !== root) {
      const f = this.filter.state;
      const id = entry.uri.toString();
      const keep = isActive(f) ? quotePredicate(f, id, entry.analysis, this.statementFilter) : undefined;
      const keepStatement = isActive(f) ? statementPredicate(f, id, this.statementFilter) : undefined;
      this.models.set(entry, (m = new DocumentModel(root, entry.analysis, keep, keepStatement, this.config.value.lowConfidence)));
    }
    return m;
  }

  private modelFor(node: TreeNode): DocumentModel | undefined {
    const root = this.rootOf(node);
    const entry = this.store.get(vscode.Uri.parse(root.uri));
    return entry ? this.model(entry, root) : undefined;
  }

  /** The model of a document's current analysis, if any. */
  modelOf(uri: vscode.Uri): DocumentModel | undefined {
    const entry = this.store.get(uri);
    return entry ? this.model(entry) : undefined;
  }

  /**
   * Reveals a node (selected unless told otherwise). A reveal asked for later supersedes this one, and
   * `skip` (for the automatic reveal of the active article) is checked again just before it goes out.
   */
  async reveal(node: TreeNode, options: { select?: boolean; focus?: boolean; expand?: boolean } = {}, skip?: () => boolean): Promise<void> {
    const mine = ++this.reveals;
    const superseded = () => mine !== this.reveals || (skip?.() ?? false);
    const select = options.select ?? true;
    const go = () => this.view.reveal(node, { select, focus: options.focus ?? false, expand: options.expand ?? true });
    // The document's row must be on a shown page.
    if (node.type !== 'folder' && node.type !== 'more') this.documentNodeOf(vscode.Uri.parse(this.rootOf(node).uri), true);
    await this.showGrown();
    for (let attempt = 1; ; attempt++) {
      if (superseded()) return;
      try {
        await go();
      } catch (err) {
        // A refresh that landed during the reveal: the TreeView saw its old and new rows at once, or lost the
        // row while refetching it. Again.
        if (attempt >= REVEAL_ATTEMPTS || !/already registered|not found/i.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 150 * attempt));
        continue;
      }
      // The workbench drops the expansion events of rows it is refetching; a reveal opens every ancestor.
      for (let p = this.getParent(node); p; p = this.getParent(p)) this.expanded.add(p.id);
      // A refresh of the rows during the reveal can leave the workbench without the row to select: the
      // reveal then ends quietly with nothing selected. Checked, and asked again, waiting longer each time
      // (a busy machine answers slowly, and an index that is still growing refreshes the rows again).
      if (!select || attempt >= REVEAL_ATTEMPTS || (await this.selected(node.id, 1_000 * attempt)) || superseded()) return;
    }
  }
  private reveals = 0;

  /** Whether the row with this id is (or within `ms` becomes) selected. */
  private selected(id: string, ms: number): Promise<boolean> {
    if (this.view.selection.some((s) => s.id === id)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        sub.dispose();
        clearTimeout(timer);
        resolve(ok);
      };
      const sub = this.view.onDidChangeSelection((e) => {
        if (e.selection.some((s) => s.id === id)) done(true);
      });
      const timer = setTimeout(() => done(false), ms);
    });
  }

  private scheduleFollow(editor: vscode.TextEditor): void {
    if (!this.config.value.followCursor || !this.view.visible) return;
    if (this.followTimer) clearTimeout(this.followTimer);
    // Short delay: holding an arrow key should not make the tree jump on every step.
    this.followTimer = setTimeout(() => void this.follow(editor), 150);
  }

  /** Reveals the tree node nearest to the cursor in an editor. */
  async follow(editor: vscode.TextEditor): Promise<TreeNode | undefined> {
    const entry = this.store.current(editor.document);
    if (!entry) return undefined;
    const item = nearestItem(entry.analysis, editor.document.offsetAt(editor.selection.active));
    if (!item) return undefined;
    const m = this.model(entry);
    const node: TreeNode | undefined =
      item.kind === 'quote'
        ? m.quoteNodes.get(item.quote.id)
        : item.kind === 'date'
          ? m.dateNodes.get(item.date.id)
          : (m.mentionNodes.find((n) => n.mention.start === item.mention.start && n.entity.id === item.entity.id) ?? m.entityNode(item.entity.id));
    if (node) await this.reveal(node, { select: true, focus: false });
    return node;
  }

  dispose(): void {
    if (this.followTimer) clearTimeout(this.followTimer);
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
