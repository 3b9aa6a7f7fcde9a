// The "Entities" view: one node per annotated document, under it speakers, quotes, dates and the
// other entities. TreeItems are built on demand from the plain model (views/model.ts).
import * as vscode from 'vscode';
import { describeTimex } from '../../core/dates/describe';
import type { Config } from '../config';
import type { AnnotatedDocuments } from '../documents';
import { reviewCounts } from '../../core/curated';
import { contentSpan, isChecked, nearestItem, reportedOf } from '../logic/lookup';
import {
  statusText, dateDescription, documentDateLine, dateHover, dateTypeLabel, escapeMarkdown, isUnsure, plural, quoteConfidence, quoteHover, snippet, statementHover, summaryText,
} from '../logic/text';
import { entryRange, type AnalysisEntry, type AnalysisStore } from '../store/analysisStore';
import { DocumentModel, GROUP_LABELS, documentNode, type DocumentNode, type LeafNode, type TreeNode } from './model';

export const VIEW_ID = 'newsAnnotator.entities';

const GROUP_ICONS = { speakers: 'person', quotes: 'quote', reported: 'comment', dates: 'calendar', people: 'account', organizations: 'organization', places: 'location' } as const;
/** The tree's marker for an item a person checked (a curated annotation). */
const CHECKED_MARK = '✓';
export const ENTITY_ICONS = { person: 'person', organization: 'organization', place: 'location', group: 'organization' } as const;

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

export class EntityTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<TreeNode>;
  /** Document nodes by uri: the same object for the same document, for reveal(). */
  private readonly roots = new Map<string, DocumentNode>();
  private readonly models = new WeakMap<AnalysisEntry, DocumentModel>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private followTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly config: Config, private readonly store: AnalysisStore, private readonly documents: AnnotatedDocuments) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      store.onDidChange((uri) => {
        const root = this.roots.get(uri.toString());
        // A new or vanished document changes the top level; otherwise only its subtree is rebuilt.
        this.emitter.fire(root && store.get(uri) ? root : undefined);
      }),
      documents.onDidChange(() => this.emitter.fire(undefined)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.scheduleFollow(e.textEditor)),
    );
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (!node) return this.documentNodes();
    if (node.type === 'document') {
      const entry = this.store.get(vscode.Uri.parse(node.uri));
      if (!entry) {
        // Analysed on first expansion; the store's change event refreshes this node.
        void this.store.addFile(vscode.Uri.parse(node.uri));
        return [];
      }
      return this.model(entry, node).childrenOf(node);
    }
    const model = this.modelFor(node);
    return model ? model.childrenOf(node) : [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.type === 'document' ? undefined : node.parent;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.type) {
      case 'document': {
        const entry = this.store.get(vscode.Uri.parse(node.uri));
        const item = new vscode.TreeItem(node.name, C.Collapsed);
        item.resourceUri = vscode.Uri.parse(node.uri);
        item.description = entry ? summaryText(entry.analysis) : 'not analysed yet';
        if (entry?.analysis.curated) {
          const r = reviewCounts(entry.analysis);
          item.description = `${CHECKED_MARK} curated, reviewed ${r.checked}/${r.total} · ${item.description}`;
        }
        item.tooltip = documentTooltip(item.resourceUri, entry);
        item.contextValue = 'newsAnnotator.document';
        return this.withId(item, node);
      }
      case 'group': {
        const item = new vscode.TreeItem(GROUP_LABELS[node.group], node.count > 0 ? (node.group === 'speakers' ? C.Expanded : C.Collapsed) : C.None);
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
        const item = new vscode.TreeItem(e.name, C.Collapsed);
        const underSpeakers = node.parent.group === 'speakers';
        const entry = this.store.get(vscode.Uri.parse(this.rootOf(node).uri));
        const reportedCount = entry ? reportedOf(entry.analysis, e).length : 0;
        item.description = underSpeakers
          ? [plural(e.quoteIds.length, 'quote'), ...(reportedCount ? [`${reportedCount} reported`] : [])].join(' · ')
          : [e.title, plural(e.mentions.length, 'mention')].filter(Boolean).join(' · ');
        if (entry && isChecked(entry.analysis, e.id)) item.description = `${CHECKED_MARK} ${item.description}`;
        item.tooltip = new vscode.MarkdownString(`**${e.name}**${e.title ? ` — ${e.title}` : ''}\n\n${plural(e.quoteIds.length, 'quote')} · ${plural(e.mentions.length, 'mention')}`);
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[e.kind]);
        item.contextValue = 'newsAnnotator.entity';
        return this.withId(item, node);
      }
      case 'quote': {
        const item = new vscode.TreeItem(snippet(node.quote.text), C.None);
        const entry = this.store.get(vscode.Uri.parse(this.rootOf(node).uri));
        const checked = !!entry && isChecked(entry.analysis, node.quote.id);
        const unsure = !!entry && !checked && node.quote.speaker !== null && isUnsure(quoteConfidence(entry.analysis, node.quote));
        const who = node.parent.type === 'group' ? (node.speaker ?? 'unattributed') : unsure ? 'unsure' : '';
        item.description = [checked ? CHECKED_MARK : '', who].filter(Boolean).join(' ');
        // The sidebar cuts long labels and the speaker after them: the tooltip has the whole quote.
        item.tooltip = entry ? markdown(`${escapeMarkdown(node.quote.text.replace(/\s+/g, ' ').trim())}\n\n---\n\n${quoteHover(entry.analysis, node.quote)}`) : node.quote.text;
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
        const unsure = !checked && a.source !== null && isUnsure(a.confidence);
        const who = node.parent.type === 'group' ? (node.speaker ?? 'unattributed') : unsure ? 'unsure' : 'reported';
        item.description = [checked ? CHECKED_MARK : '', who].filter(Boolean).join(' ');
        item.tooltip = entry ? markdown(`${escapeMarkdown(text.replace(/\s+/g, ' ').trim())}\n\n---\n\n${statementHover(entry.analysis, a)}`) : text;
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
    while (n.type !== 'document') n = n.parent;
    return n;
  }

  private async documentNodes(): Promise<DocumentNode[]> {
    const keys = new Set<string>();
    for (const uri of await this.documents.workspaceFiles()) keys.add(uri.toString());
    for (const entry of this.store.all()) keys.add(entry.uri.toString());
    for (const key of [...this.roots.keys()]) if (!keys.has(key)) this.roots.delete(key);
    const nodes = [...keys].map((key) => {
      let node = this.roots.get(key);
      if (!node) this.roots.set(key, (node = documentNode(key)));
      return node;
    });
    // Workspace files get analysed in the background so their counts show without expanding.
    for (const node of nodes) if (!this.store.get(vscode.Uri.parse(node.uri))) void this.store.addFile(vscode.Uri.parse(node.uri));
    return nodes.sort((a, b) => a.name.localeCompare(b.name));
  }

  private rootFor(uri: vscode.Uri): DocumentNode {
    const key = uri.toString();
    let node = this.roots.get(key);
    if (!node) this.roots.set(key, (node = documentNode(key)));
    return node;
  }

  model(entry: AnalysisEntry, root = this.rootFor(entry.uri)): DocumentModel {
    let m = this.models.get(entry);
    if (!m) this.models.set(entry, (m = new DocumentModel(root, entry.analysis)));
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

  async reveal(node: TreeNode, options: { select?: boolean; focus?: boolean } = {}): Promise<void> {
    await this.view.reveal(node, { select: options.select ?? true, focus: options.focus ?? false, expand: true });
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
