// The People view's model: people, organizations, places and groups merged across every indexed
// article, each with its statements grouped by article (newest first). Plain objects with parent links
// and ids made of merged keys and uris, so nodes keep their identity while the index grows. No `vscode`.
import type { MergedEntity } from '../../core/corpus/people';
import { isFilterEmpty, matchesFilter, type StatementFilter } from '../../core/corpus/search';
import type { SummaryEntity, SummaryStatement } from '../../core/corpus/summary';
import type { EntityKind } from '../../core/types';
import type { Article, ArticleCollection } from '../index/collection';
import { plural } from '../logic/text';

export interface KindNode {
  readonly type: 'kind';
  readonly id: string;
  readonly kind: EntityKind;
  readonly count: number;
}
export interface PersonNode {
  readonly type: 'person';
  readonly id: string;
  readonly parent: KindNode;
  readonly merged: MergedEntity;
  /** Statements that pass the filter, and the articles they are in (all of them without a filter). */
  readonly statements: number;
  readonly articles: number;
}
export interface ArticleNode {
  readonly type: 'article';
  readonly id: string;
  readonly parent: PersonNode;
  readonly article: Article;
  /** This article's entity of the merged person (its first mention is where a click goes). */
  readonly entity: SummaryEntity;
  readonly statements: readonly SummaryStatement[];
}
export interface StatementNode {
  readonly type: 'statement';
  readonly id: string;
  readonly parent: ArticleNode;
  readonly statement: SummaryStatement;
}
export interface PeopleMoreNode {
  readonly type: 'more';
  readonly id: string;
  readonly parent: KindNode;
  readonly listId: string;
  readonly remaining: number;
  readonly next: number;
}

export type PeopleNode = KindNode | PersonNode | ArticleNode | StatementNode | PeopleMoreNode;

export const KIND_LABELS: Record<EntityKind, string> = { person: 'People', organization: 'Organizations', place: 'Places', group: 'Groups', unclassified: 'Other names' };
// Unclassified names (no evidence of any kind) are left out, as in the Entities view.
const KIND_ORDER: EntityKind[] = ['person', 'organization', 'place', 'group'];

/** `4 quotes · 2 reported` (or `mentioned` when there is no statement). */
export function statementCounts(statements: readonly SummaryStatement[]): string {
  const reported = statements.filter((s) => s.kind === 'reported').length;
  const quotes = statements.length - reported;
  const parts: string[] = [];
  if (quotes) parts.push(plural(quotes, 'quote'));
  if (reported) parts.push(`${reported} reported`);
  return parts.length ? parts.join(' · ') : 'mentioned';
}

export class PeopleModel {
  private readonly kinds: KindNode[] = [];
  private readonly members = new Map<EntityKind, PersonNode[]>();
  private readonly byKey = new Map<string, PersonNode>();

  /**
   * @param people the collection's people (collection.people() or its sliced form)
   * @param filter statements to keep; with one, people without a kept statement are left out
   * @param shown how many rows a paged list shows, by list id (a kind node's id)
   */
  constructor(
    private readonly collection: ArticleCollection,
    people: readonly MergedEntity[],
    private readonly filter: StatementFilter,
    private readonly pageSize: number,
    private readonly shown: ReadonlyMap<string, number>,
  ) {
    const filtering = !isFilterEmpty(filter);
    const byKind = new Map<EntityKind, MergedEntity[]>();
    for (const m of people) {
      let list = byKind.get(m.kind);
      if (!list) byKind.set(m.kind, (list = []));
      list.push(m);
    }
    for (const kind of KIND_ORDER) {
      const all = byKind.get(kind) ?? [];
      const counted = all.map((merged) => ({ merged, ...this.count(merged, filtering) })).filter((x) => !filtering || x.statements > 0);
      if (counted.length === 0) continue;
      const node: KindNode = { type: 'kind', id: `people:${kind}`, kind, count: counted.length };
      this.kinds.push(node);
      if (filtering) counted.sort((a, b) => b.statements - a.statements || b.articles - a.articles || (a.merged.name < b.merged.name ? -1 : a.merged.name > b.merged.name ? 1 : 0));
      const persons = counted.map(({ merged, statements, articles }) => {
        const p: PersonNode = { type: 'person', id: `${node.id}/${merged.key}`, parent: node, merged, statements, articles };
        this.byKey.set(merged.key, p);
        return p;
      });
      this.members.set(kind, persons);
    }
  }

  private count(merged: MergedEntity, filtering: boolean): { statements: number; articles: number } {
    if (!filtering) return { statements: merged.statements, articles: merged.articles };
    let statements = 0;
    const docs = new Set<string>();
    for (const { docId, entity } of merged.members) {
      const article = this.collection.get(docId);
      if (!article) continue;
      const ids = new Set(entity.statementIds);
      for (const s of article.summary.statements) {
        if (ids.has(s.id) && matchesFilter(docId, s, this.filter)) {
          statements++;
          docs.add(docId);
        }
      }
    }
    return { statements, articles: docs.size };
  }

  roots(): KindNode[] {
    return this.kinds;
  }

  /** Every person (organization, place) node, paged or not. */
  persons(): IterableIterator<PersonNode> {
    return this.byKey.values();
  }

  /** The node of a merged entity by key (for reveal and tests). */
  person(key: string): PersonNode | undefined {
    return this.byKey.get(key);
  }

  children(node?: PeopleNode): PeopleNode[] {
    if (!node) return this.kinds;
    switch (node.type) {
      case 'kind': {
        const all = this.members.get(node.kind) ?? [];
        const shown = this.shown.get(node.id) ?? this.pageSize;
        if (all.length <= shown) return all;
        const remaining = all.length - shown;
        return [...all.slice(0, shown), { type: 'more', id: `${node.id}#more`, parent: node, listId: node.id, remaining, next: Math.min(this.pageSize, remaining) }];
      }
      case 'person':
        return this.articles(node);
      case 'article':
        return node.statements.map((statement) => ({ type: 'statement', id: `${node.id}/${statement.id}`, parent: node, statement }));
      default:
        return [];
    }
  }

  private articles(node: PersonNode): ArticleNode[] {
    const filtering = !isFilterEmpty(this.filter);
    const out: ArticleNode[] = [];
    for (const g of this.collection.byArticle(node.merged)) {
      const statements = filtering ? g.statements.filter((s) => matchesFilter(g.article.id, s, this.filter)) : g.statements;
      if (filtering && statements.length === 0) continue;
      out.push({ type: 'article', id: `${node.id}/${g.article.id}`, parent: node, article: g.article, entity: g.entity, statements });
    }
    return out;
  }
}
