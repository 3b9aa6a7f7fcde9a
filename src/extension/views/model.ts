// The Entities view's model: plain objects built from one analysis, with parent links and ids that
// stay the same across re-analyses (so reveal(), the selection and the expanded state survive typing:
// an item's id comes from its text, not its position). Large sets of documents are grouped by folder
// and paged. No `vscode`.
import { isNamed, LOW_CONFIDENCE, type Attribution, type Diagnostic, type DocumentAnalysis, type Entity, type Mention, type Quote, type TimeExpression } from '../../core/types';
import type { DocumentSummary } from '../../core/corpus/summary';
import { reported, reportedOf, speakers as speakersOf } from '../logic/lookup';
import { blockingProblem, plural, sourceLabel, speakerName } from '../logic/text';

export type GroupKind = 'speakers' | 'quotes' | 'reported' | 'dates' | 'people' | 'organizations' | 'places';

export interface FolderNode {
  readonly type: 'folder';
  readonly id: string;
  /** Workspace-relative folder path ('' for the top level). */
  readonly path: string;
  /** Documents in it; updated in place, so the node keeps its identity (reveal() follows objects). */
  count: number;
}
export interface DocumentNode {
  readonly type: 'document';
  readonly id: string;
  /** uri.toString() of the document. */
  readonly uri: string;
  readonly name: string;
  /** Set when the documents are grouped by folder. */
  readonly parent?: FolderNode;
}
/** "Show 200 more": the rest of a long list, a page at a time. */
export interface MoreNode {
  readonly type: 'more';
  readonly id: string;
  /** The id of the node whose list it continues ('' for the top level). */
  readonly listId: string;
  readonly parent?: FolderNode;
  readonly remaining: number;
  readonly next: number;
}
export interface GroupNode {
  readonly type: 'group';
  readonly id: string;
  readonly parent: DocumentNode;
  readonly group: GroupKind;
  readonly count: number;
}
export interface MessageNode {
  readonly type: 'message';
  readonly id: string;
  readonly parent: DocumentNode;
  readonly diagnostic: Diagnostic;
}
export interface EntityNode {
  readonly type: 'entity';
  readonly id: string;
  readonly parent: GroupNode;
  readonly entity: Entity;
}
export interface QuoteNode {
  readonly type: 'quote';
  readonly id: string;
  readonly parent: GroupNode | EntityNode;
  readonly quote: Quote;
  readonly speaker: string | null;
}
/** A reported (or mixed) statement: content without quotation marks, attributed to a source. */
export interface StatementNode {
  readonly type: 'statement';
  readonly id: string;
  readonly parent: GroupNode | EntityNode;
  readonly attribution: Attribution;
  readonly speaker: string | null;
}
export interface DateNode {
  readonly type: 'date';
  readonly id: string;
  readonly parent: GroupNode;
  readonly date: TimeExpression;
}
export interface MentionNode {
  readonly type: 'mention';
  readonly id: string;
  readonly parent: EntityNode;
  readonly entity: Entity;
  readonly mention: Mention;
}

export type TreeNode = FolderNode | DocumentNode | MoreNode | GroupNode | MessageNode | EntityNode | QuoteNode | StatementNode | DateNode | MentionNode;
/** Nodes that stand for a span of text: clicking them opens it. */
export type LeafNode = QuoteNode | StatementNode | DateNode | MentionNode;

export const GROUP_LABELS: Record<GroupKind, string> = {
  speakers: 'Speakers',
  quotes: 'Quotes',
  reported: 'Reported',
  dates: 'Dates',
  people: 'People',
  organizations: 'Organizations',
  places: 'Places',
};

export function documentNode(uri: string, parent?: FolderNode): DocumentNode {
  const name = decodeURIComponent(uri.split('/').pop() ?? uri);
  return parent ? { type: 'document', id: uri, uri, name, parent } : { type: 'document', id: uri, uri, name };
}

export interface ListedDocument {
  /** uri.toString() */
  readonly uri: string;
  /** Workspace-relative path. */
  readonly path: string;
}

/** The folder part of a relative path ('' at the top level). */
export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export type Layout = { readonly grouped: false; readonly documents: readonly ListedDocument[] } | { readonly grouped: true; readonly folders: readonly { readonly path: string; readonly documents: readonly ListedDocument[] }[] };

/** Up to `pageSize` documents are listed as they are, by path; more are grouped by folder. */
export function layoutDocuments(documents: readonly ListedDocument[], pageSize: number): Layout {
  const sorted = [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (sorted.length <= pageSize) return { grouped: false, documents: sorted };
  const folders = new Map<string, ListedDocument[]>();
  for (const d of sorted) {
    const f = folderOf(d.path);
    let list = folders.get(f);
    if (!list) folders.set(f, (list = []));
    list.push(d);
  }
  return { grouped: true, folders: [...folders].map(([path, docs]) => ({ path, documents: docs })) };
}

/** The first `shown` items of a list, and a "more" node for the rest. */
export function page<T>(items: readonly T[], shown: number, listId: string, pageSize: number, parent?: FolderNode): { items: readonly T[]; more?: MoreNode } {
  if (items.length <= shown) return { items };
  const remaining = items.length - shown;
  const more: MoreNode = { type: 'more', id: `${listId}#more`, listId, remaining, next: Math.min(pageSize, remaining), ...(parent ? { parent } : {}) };
  return { items: items.slice(0, shown), more };
}

/** FNV-1a of a text, as 8 hex digits: short ids from content. */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Ids from an item's text, numbered by occurrence: the same across re-analyses that do not touch it. */
class ContentIds {
  private readonly seen = new Map<string, number>();
  next(prefix: string, text: string): string {
    const base = `${prefix}${hashText(text.replace(/\s+/g, ' '))}`;
    const n = this.seen.get(base) ?? 0;
    this.seen.set(base, n + 1);
    return n === 0 ? base : `${base}.${n}`;
  }
}

/** `3 speakers · 10 quotes · 7 dates` from an indexed article's summary, or what kept it from being annotated. */
export function articleSummaryText(s: DocumentSummary): string {
  if (s.entities.length + s.statements.length + s.dates.length === 0) {
    const d = s.diagnostics.find((x) => x.severity === 'error') ?? s.diagnostics[0];
    if (d) return d.message.replace(/\.$/, '');
  }
  const speakers = s.entities.filter((e) => e.statementIds.length > 0).length;
  const quotes = s.statements.filter((x) => x.kind === 'direct').length;
  const reported = s.statements.length - quotes;
  const parts = [plural(speakers, 'speaker'), plural(quotes, 'quote')];
  if (reported) parts.push(plural(reported, 'reported statement'));
  parts.push(plural(s.dates.length, 'date'));
  return parts.join(' · ');
}

/** Chronological for resolved calendar values, then the rest (durations, sets, unresolved) in reading order. */
export function chronological(dates: readonly TimeExpression[]): TimeExpression[] {
  const calendar = (d: TimeExpression) => d.value !== null && /^\d{4}/.test(d.value) && (d.type === 'DATE' || d.type === 'TIME');
  const dated = dates.filter(calendar).sort((a, b) => (a.value! < b.value! ? -1 : a.value! > b.value! ? 1 : a.start - b.start));
  return [...dated, ...dates.filter((d) => !calendar(d))];
}

export class DocumentModel {
  private readonly children = new Map<string, TreeNode[]>();
  /** Children built when first asked for: a long article has tens of thousands of statements nobody expands. */
  private readonly later = new Map<string, () => TreeNode[]>();
  readonly quoteNodes = new Map<string, QuoteNode>();
  readonly dateNodes = new Map<string, DateNode>();
  readonly entityNodes = new Map<string, EntityNode>();
  /** Mention nodes in reading order (for follow-the-cursor). */
  readonly mentionNodes: MentionNode[] = [];

  /**
   * @param keep which quotes to list (the views' filter); all by default
   * @param keepStatement which reported statements to list (the same filter); all by default
   * @param lowConfidence below it an attribution is unsure ("probably X?"): the newsAnnotator.lowConfidence setting
   */
  constructor(
    readonly root: DocumentNode,
    readonly analysis: DocumentAnalysis,
    keep?: (quote: Quote) => boolean,
    keepStatement?: (statement: Attribution) => boolean,
    lowConfidence = LOW_CONFIDENCE,
  ) {
    const a = analysis;
    const kept = keep ? a.quotes.filter(keep) : a.quotes;
    const keptIds = new Set(kept.map((q) => q.id));
    const ids = new ContentIds();
    const top: TreeNode[] = [];
    for (const [i, diagnostic] of a.diagnostics.entries()) {
      if (diagnostic.severity !== 'info' || a.quotes.length + a.dates.length === 0) top.push({ type: 'message', id: `${root.id}#message/${i}`, parent: root, diagnostic });
    }
    const group = (g: GroupKind, count: number): GroupNode => ({ type: 'group', id: `${root.id}#${g}`, parent: root, group: g, count });
    // An empty, binary or failed document shows only why: three groups of 0 would say nothing more.
    if (blockingProblem(a) !== null) {
      this.children.set(root.id, top);
      return;
    }

    const quotesOf = (e: Entity) => (keep ? e.quoteIds.filter((id) => keptIds.has(id)) : e.quoteIds);
    const statementsOf = (e: Entity) => (keepStatement ? reportedOf(a, e).filter(keepStatement) : reportedOf(a, e));
    const said = (e: Entity) => quotesOf(e).length + statementsOf(e).length;
    // Speakers are those quoted or only reported; under a filter, those it leaves something of.
    const quoted = speakersOf(a).filter((e) => !(keep || keepStatement) || said(e) > 0).sort((x, y) => said(y) - said(x) || firstStart(x) - firstStart(y));
    const quotesById = new Map(a.quotes.map((q) => [q.id, q]));
    const quoteIds = new Map(a.quotes.map((q) => [q.id, ids.next('q', q.text)]));
    // Statement ids from their text too, numbered in reading order; made for all of them at once, when a list of
    // statements is first built (numbering them per expanded list would depend on what was expanded first).
    let statementIds: Map<string, string> | undefined;
    const statementId = (s: Attribution) => {
      if (!statementIds) {
        const sids = new ContentIds();
        statementIds = new Map(reported(a).map((x) => [x.id, sids.next('s', x.content.map((c) => c.text).join(' … '))]));
      }
      return statementIds.get(s.id) ?? s.id;
    };
    const speakers = group('speakers', quoted.length);
    top.push(speakers);
    this.children.set(
      speakers.id,
      quoted.map((entity) => {
        const node: EntityNode = { type: 'entity', id: `${speakers.id}/${entity.id}`, parent: speakers, entity };
        // Their quotes and reported statements, in reading order, built when expanded.
        this.later.set(node.id, () => {
          const own: (QuoteNode | StatementNode)[] = quotesOf(entity).flatMap((qid) => {
            const quote = quotesById.get(qid);
            return quote ? [{ type: 'quote', id: `${node.id}/${quoteIds.get(qid)}`, parent: node, quote, speaker: entity.name } satisfies QuoteNode] : [];
          });
          // A loop, not push(...): a speaker may have tens of thousands of statements.
          for (const attribution of statementsOf(entity)) own.push({ type: 'statement', id: `${node.id}/${statementId(attribution)}`, parent: node, attribution, speaker: entity.name });
          return own.sort((x, y) => startOf(x) - startOf(y));
        });
        return node;
      }),
    );

    const quotes = group('quotes', kept.length);
    top.push(quotes);
    this.children.set(
      quotes.id,
      kept.map((quote) => {
        const node: QuoteNode = { type: 'quote', id: `${quotes.id}/${quoteIds.get(quote.id)}`, parent: quotes, quote, speaker: speakerName(a, quote, lowConfidence) };
        this.quoteNodes.set(quote.id, node);
        return node;
      }),
    );

    const statements = keepStatement ? reported(a).filter(keepStatement) : reported(a);
    if (statements.length) {
      const rgroup = group('reported', statements.length);
      top.push(rgroup);
      this.later.set(rgroup.id, () =>
        statements.map((attribution) => ({ type: 'statement', id: `${rgroup.id}/${statementId(attribution)}`, parent: rgroup, attribution, speaker: sourceLabel(a, attribution, lowConfidence) }) satisfies StatementNode),
      );
    }

    const dates = group('dates', a.dates.length);
    top.push(dates);
    this.children.set(
      dates.id,
      chronological(a.dates).map((date) => {
        const node: DateNode = { type: 'date', id: `${dates.id}/${ids.next('d', `${date.text}\u0000${date.value}`)}`, parent: dates, date };
        this.dateNodes.set(date.id, node);
        return node;
      }),
    );

    const kinds: [GroupKind, Entity['kind']][] = [['people', 'person'], ['organizations', 'organization'], ['places', 'place']];
    for (const [g, kind] of kinds) {
      // (Speakers known only as "a spokesman" stay under Speakers.)
      const members = a.entities.filter((e) => e.kind === kind && isNamed(e)).sort((x, y) => x.name.localeCompare(y.name));
      if (members.length === 0) continue; // off-topic kinds stay out of the way
      const gnode = group(g, members.length);
      top.push(gnode);
      this.children.set(
        gnode.id,
        members.map((entity) => {
          const node: EntityNode = { type: 'entity', id: `${gnode.id}/${entity.id}`, parent: gnode, entity };
          this.entityNodes.set(entity.id, node);
          const mentionIds = new ContentIds();
          const mentions = entity.mentions.map((mention) => ({ type: 'mention', id: `${node.id}/${mentionIds.next('m', mention.text)}`, parent: node, entity, mention }) satisfies MentionNode);
          for (const m of mentions) this.mentionNodes.push(m); // not push(...): RangeError past ~125,000 mentions
          this.children.set(node.id, mentions);
          return node;
        }),
      );
    }
    this.mentionNodes.sort((x, y) => x.mention.start - y.mention.start);
    this.children.set(root.id, top);
  }

  childrenOf(node: TreeNode): TreeNode[] {
    let list = this.children.get(node.id);
    const build = list ? undefined : this.later.get(node.id);
    if (build) {
      this.children.set(node.id, (list = build()));
      this.later.delete(node.id);
    }
    return list ?? [];
  }

  /** The node for an entity: under Speakers when quoted, else under its kind's group. */
  entityNode(entityId: string): EntityNode | undefined {
    const speakers = this.childrenOf({ type: 'group', id: `${this.root.id}#speakers` } as GroupNode) as EntityNode[];
    return speakers.find((n) => n.entity.id === entityId) ?? this.entityNodes.get(entityId);
  }
}

function startOf(n: QuoteNode | StatementNode): number {
  return n.type === 'quote' ? n.quote.start : (n.attribution.content[0]?.start ?? 0);
}

function firstStart(e: Entity): number {
  return e.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
}
