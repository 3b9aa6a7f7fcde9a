// The Entities view's model: plain objects built from one analysis, with parent links and ids that
// stay the same across re-analyses (so reveal() and the expanded state survive typing). No `vscode`.
import type { Attribution, Diagnostic, DocumentAnalysis, Entity, Mention, Quote, TimeExpression } from '../../core/types';
import { reported, reportedOf, speakers as speakersOf } from '../logic/lookup';
import { blockingProblem, sourceLabel, speakerName } from '../logic/text';

export type GroupKind = 'speakers' | 'quotes' | 'reported' | 'dates' | 'people' | 'organizations' | 'places';

export interface DocumentNode {
  readonly type: 'document';
  readonly id: string;
  /** uri.toString() of the document. */
  readonly uri: string;
  readonly name: string;
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

export type TreeNode = DocumentNode | GroupNode | MessageNode | EntityNode | QuoteNode | StatementNode | DateNode | MentionNode;
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

export function documentNode(uri: string): DocumentNode {
  const name = decodeURIComponent(uri.split('/').pop() ?? uri);
  return { type: 'document', id: uri, uri, name };
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

  constructor(readonly root: DocumentNode, readonly analysis: DocumentAnalysis) {
    const a = analysis;
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

    const said = (e: Entity) => e.quoteIds.length + reportedOf(a, e).length;
    const quoted = speakersOf(a).sort((x, y) => said(y) - said(x) || firstStart(x) - firstStart(y));
    const quotesById = new Map(a.quotes.map((q) => [q.id, q]));
    const speakers = group('speakers', quoted.length);
    top.push(speakers);
    this.children.set(
      speakers.id,
      quoted.map((entity) => {
        const node: EntityNode = { type: 'entity', id: `${speakers.id}/${entity.id}`, parent: speakers, entity };
        // Their quotes and reported statements, in reading order.
        this.later.set(node.id, () => {
          const own: (QuoteNode | StatementNode)[] = [
            ...entity.quoteIds.flatMap((qid) => {
              const quote = quotesById.get(qid);
              return quote ? [{ type: 'quote', id: `${node.id}/${qid}`, parent: node, quote, speaker: entity.name } satisfies QuoteNode] : [];
            }),
            ...reportedOf(a, entity).map((attribution) => ({ type: 'statement', id: `${node.id}/${attribution.id}`, parent: node, attribution, speaker: entity.name }) satisfies StatementNode),
          ];
          return own.sort((x, y) => startOf(x) - startOf(y));
        });
        return node;
      }),
    );

    const quotes = group('quotes', a.quotes.length);
    top.push(quotes);
    this.children.set(
      quotes.id,
      a.quotes.map((quote) => {
        const node: QuoteNode = { type: 'quote', id: `${quotes.id}/${quote.id}`, parent: quotes, quote, speaker: speakerName(a, quote) };
        this.quoteNodes.set(quote.id, node);
        return node;
      }),
    );

    const statements = reported(a);
    if (statements.length) {
      const rgroup = group('reported', statements.length);
      top.push(rgroup);
      this.later.set(rgroup.id, () =>
        statements.map((attribution) => ({ type: 'statement', id: `${rgroup.id}/${attribution.id}`, parent: rgroup, attribution, speaker: sourceLabel(a, attribution) }) satisfies StatementNode),
      );
    }

    const dates = group('dates', a.dates.length);
    top.push(dates);
    this.children.set(
      dates.id,
      chronological(a.dates).map((date) => {
        const node: DateNode = { type: 'date', id: `${dates.id}/${date.id}`, parent: dates, date };
        this.dateNodes.set(date.id, node);
        return node;
      }),
    );

    const kinds: [GroupKind, Entity['kind']][] = [['people', 'person'], ['organizations', 'organization'], ['places', 'place']];
    for (const [g, kind] of kinds) {
      const members = a.entities.filter((e) => e.kind === kind).sort((x, y) => x.name.localeCompare(y.name));
      if (members.length === 0) continue; // off-topic kinds stay out of the way
      const gnode = group(g, members.length);
      top.push(gnode);
      this.children.set(
        gnode.id,
        members.map((entity) => {
          const node: EntityNode = { type: 'entity', id: `${gnode.id}/${entity.id}`, parent: gnode, entity };
          this.entityNodes.set(entity.id, node);
          const mentions = entity.mentions.map((mention) => ({ type: 'mention', id: `${node.id}/${mention.start}`, parent: node, entity, mention }) satisfies MentionNode);
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
