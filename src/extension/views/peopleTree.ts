// The "People" view: everyone the indexed articles quote or name, merged across articles, each with
// their statements grouped by article, newest first. TreeItems are built on demand from views/peopleModel.
import * as vscode from 'vscode';
import { foldName } from '../../core/corpus/people';
import type { Config } from '../config';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { escapeMarkdown, plural, snippet } from '../logic/text';
import { describeFilter, statementFilter, type ViewFilter } from './filter';
import { KIND_LABELS, PeopleModel, statementCounts, type PeopleMoreNode, type PeopleNode, type PersonNode } from './peopleModel';

export const PEOPLE_VIEW_ID = 'newsAnnotator.people';

const KIND_ICONS = { person: 'account', organization: 'organization', place: 'location', group: 'organization', unclassified: 'symbol-text' } as const;

export class PeopleTree implements vscode.TreeDataProvider<PeopleNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<PeopleNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<PeopleNode>;
  private current: { model: PeopleModel; generation: number } | undefined;
  private readonly shown = new Map<string, number>();
  private readonly expanded = new Set<string>();
  /** A change arrived while the view was hidden: rebuild when it shows. */
  private stale = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly config: Config, private readonly index: WorkspaceIndex, private readonly filter: ViewFilter) {
    this.view = vscode.window.createTreeView(PEOPLE_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      // Merging thousands of articles is not free: a hidden view waits until it is shown.
      index.onDidChange(() => (this.view.visible ? this.refresh() : (this.stale = true))),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible && this.stale) this.refresh();
      }),
      filter.onDidChange(() => {
        this.current = undefined;
        this.updateMessage();
        this.emitter.fire(undefined);
      }),
      index.onDidChangeStatus(() => this.updateMessage()),
      this.view.onDidExpandElement((e) => this.expanded.add(e.element.id)),
      this.view.onDidCollapseElement((e) => this.expanded.delete(e.element.id)),
      config.onDidChange(() => this.refresh()),
      vscode.commands.registerCommand('newsAnnotator.people.showMore', (node?: PeopleMoreNode) => {
        if (!node) return;
        this.shown.set(node.listId, (this.shown.get(node.listId) ?? this.config.value.pageSize) + this.config.value.pageSize);
        this.current = undefined;
        this.emitter.fire(node.parent);
      }),
    );
    this.updateMessage();
  }

  refresh(): void {
    this.stale = false;
    this.current = undefined;
    this.emitter.fire(undefined);
  }

  private updateMessage(): void {
    const s = this.index.status;
    const parts: string[] = [];
    if (s.state === 'indexing' && s.total > 0) parts.push(`Indexing articles: ${s.done.toLocaleString('en-US')} of ${s.total.toLocaleString('en-US')}…`);
    if (s.state === 'disabled') parts.push('The workspace index is off (setting newsAnnotator.index.enabled): only open articles are listed.');
    const f = describeFilter(this.filter.state, this.config.value.lowConfidence);
    if (f) parts.push(`${f}.`);
    this.view.message = parts.length ? parts.join(' ') : undefined;
    this.view.description = f ? 'filtered' : undefined;
  }

  /** The model for the index's current articles and the current filter (merged in slices, off the critical path). */
  async model(): Promise<PeopleModel> {
    const articles = this.index.articles;
    if (!this.current || this.current.generation !== articles.generation) {
      // Tagged with the generation it started from: a change meanwhile fires a refresh that merges again.
      const generation = articles.generation;
      const people = await articles.peopleAsync();
      const filter = statementFilter(this.filter.state, people, this.config.value.lowConfidence);
      this.current = { model: new PeopleModel(articles, people, filter, this.config.value.pageSize, this.shown), generation };
    }
    return this.current.model;
  }

  async getChildren(node?: PeopleNode): Promise<PeopleNode[]> {
    const model = await this.model();
    if (node?.type === 'person') return model.children(model.person(node.merged.key) ?? node);
    return model.children(node);
  }

  getParent(node: PeopleNode): PeopleNode | undefined {
    return node.type === 'kind' ? undefined : node.parent;
  }

  /** The node of the person (organization, place) whose name or alias is `name`, folded. */
  async find(name: string): Promise<PersonNode | undefined> {
    const want = foldName(name);
    const model = await this.model();
    for (const n of model.persons()) {
      if (foldName(n.merged.name) === want || n.merged.members.some((m) => foldName(m.entity.name) === want)) return n;
    }
    return undefined;
  }

  getTreeItem(node: PeopleNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    const open = (fallback: vscode.TreeItemCollapsibleState) => (this.expanded.has(node.id) ? C.Expanded : fallback);
    let item: vscode.TreeItem;
    switch (node.type) {
      case 'kind':
        item = new vscode.TreeItem(KIND_LABELS[node.kind], open(node.kind === 'person' ? C.Expanded : C.Collapsed));
        item.description = node.count.toLocaleString('en-US');
        item.iconPath = new vscode.ThemeIcon(KIND_ICONS[node.kind]);
        break;
      case 'more':
        item = new vscode.TreeItem(`Show ${node.next.toLocaleString('en-US')} more…`, C.None);
        item.description = `${node.remaining.toLocaleString('en-US')} not shown`;
        item.tooltip = `The view lists ${this.config.value.pageSize} rows at a time (setting newsAnnotator.view.pageSize).`;
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        item.command = { command: 'newsAnnotator.people.showMore', title: 'Show more', arguments: [node] };
        break;
      case 'person': {
        const m = node.merged;
        item = new vscode.TreeItem(m.name, open(C.Collapsed));
        item.description = node.statements > 0 ? `${plural(node.statements, 'statement')} in ${plural(node.articles, 'article')}` : `in ${plural(node.articles, 'article')}`;
        const names = [...new Set(m.members.flatMap((x) => [x.entity.name, ...x.entity.aliases]))].filter((n) => n !== m.name);
        const lines = [`**${escapeMarkdown(m.name)}**${m.title ? ` — ${escapeMarkdown(m.title)}` : ''}`, `${plural(m.statements, 'statement')} · ${plural(m.articles, 'article')} · ${plural(m.mentions, 'mention')}`];
        if (names.length) lines.push(`Also called: ${names.slice(0, 10).map(escapeMarkdown).join(', ')}`);
        item.tooltip = new vscode.MarkdownString(lines.join('\n\n'));
        item.iconPath = new vscode.ThemeIcon(KIND_ICONS[m.kind]);
        item.contextValue = 'newsAnnotator.person';
        break;
      }
      case 'article': {
        const a = node.article;
        item = new vscode.TreeItem(a.name, node.statements.length ? open(C.Collapsed) : C.None);
        item.description = `${a.summary.documentDate.value ?? 'no date'} · ${statementCounts(node.statements)}`;
        item.tooltip = `${a.path}${a.summary.documentDate.value ? `, ${a.summary.documentDate.value}` : ''}`;
        item.resourceUri = vscode.Uri.parse(a.id);
        const at = node.entity.first ?? node.statements[0];
        if (at) item.command = openAt(a.id, at.start, at.end);
        item.contextValue = 'newsAnnotator.article';
        break;
      }
      case 'statement': {
        const s = node.statement;
        item = new vscode.TreeItem(snippet(s.text, 80), C.None);
        const unsure = s.confidence !== undefined && s.confidence < this.config.value.lowConfidence;
        item.description = [s.kind === 'direct' ? '' : s.kind, unsure ? `unsure (${s.confidence!.toFixed(2)})` : ''].filter(Boolean).join(' · ');
        const who = s.source ? ` — ${escapeMarkdown(s.source)}` : '';
        const facts = [s.cue ? `cue “${escapeMarkdown(s.cue)}”` : '', s.confidence !== undefined ? `confidence ${s.confidence.toFixed(2)}` : ''].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString(`${escapeMarkdown(s.text)}${who}${facts ? `\n\n${facts}` : ''}`);
        item.iconPath = new vscode.ThemeIcon(s.kind === 'reported' ? 'comment' : 'quote');
        item.command = openAt(node.parent.article.id, s.start, s.end);
        break;
      }
    }
    item.id = node.id;
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}

/** The command that opens an article (open or not) with a span selected. */
export function openAt(uri: string, start: number, end: number): vscode.Command {
  return { command: 'newsAnnotator.openAt', title: 'Open', arguments: [uri, start, end] };
}
