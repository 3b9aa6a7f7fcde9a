// The indexed articles as one collection: per-article summaries in, people merged across articles,
// searchable statements and timeline sources out. Pure (no `vscode`): ids are uri strings, and every
// derived list is built once per change and reused until the next one.
import { mergeAcrossDocuments, type MergedEntity } from '../../core/corpus/people';
import { sourceRef, statementRecord, type StatementRecord } from '../../core/corpus/search';
import type { DocumentSummary, SummaryEntity, SummaryStatement } from '../../core/corpus/summary';
import { buildTimeline, type Timeline } from '../../core/corpus/timeline';

export interface Article {
  /** uri.toString() */
  readonly id: string;
  /** File name, for labels. */
  readonly name: string;
  /** Workspace-relative path, for telling articles with the same name apart. */
  readonly path: string;
  readonly summary: DocumentSummary;
}

/** Newest first by the document's own date; undated articles after the dated ones, by path. */
export function newestFirst(a: Article, b: Article): number {
  const x = a.summary.documentDate.value;
  const y = b.summary.documentDate.value;
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? 1 : -1;
  }
  return a.path.localeCompare(b.path);
}

export interface ArticleStatements {
  readonly article: Article;
  readonly statements: readonly SummaryStatement[];
  /** The member entity of this article, for its first mention. */
  readonly entity: SummaryEntity;
}

export class ArticleCollection {
  private readonly articles = new Map<string, Article>();
  private cache: { sorted?: Article[]; people?: MergedEntity[]; records?: StatementRecord[] } = {};
  /** Bumped on every change, so views can tell whether what they hold is current. */
  generation = 0;

  get size(): number {
    return this.articles.size;
  }

  get(id: string): Article | undefined {
    return this.articles.get(id);
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  set(article: Article): void {
    this.articles.set(article.id, article);
    this.changed();
  }

  delete(id: string): boolean {
    const had = this.articles.delete(id);
    if (had) this.changed();
    return had;
  }

  private changed(): void {
    this.cache = {};
    this.generation++;
  }

  /** Every article, newest first. */
  sorted(): readonly Article[] {
    return (this.cache.sorted ??= [...this.articles.values()].sort(newestFirst));
  }

  /** People, organizations, places and groups merged across articles (see core/corpus/people). */
  people(): readonly MergedEntity[] {
    return (this.cache.people ??= mergeAcrossDocuments(this.sorted().map((a) => ({ docId: a.id, entities: a.summary.entities }))));
  }

  /**
   * Every statement, newest article first, reading order within one, with its speaker's name across
   * articles ("Vasquez" in one article is found as "Teodora Vasquez" when another names her in full).
   */
  statements(): readonly StatementRecord[] {
    if (!this.cache.records) {
      const merged = new Map<string, string>();
      for (const p of this.people()) for (const m of p.members) merged.set(sourceRef(m.docId, m.entity.id), p.name);
      const out: StatementRecord[] = [];
      for (const a of this.sorted()) {
        const names = new Map(a.summary.entities.map((e) => [e.id, e.name]));
        for (const s of a.summary.statements) {
          const own = s.sourceId ? names.get(s.sourceId) : undefined;
          const across = s.sourceId ? merged.get(sourceRef(a.id, s.sourceId)) : undefined;
          out.push(statementRecord(a.id, s, across ?? own ?? s.source, [own, s.source]));
        }
      }
      this.cache.records = out;
    }
    return this.cache.records;
  }

  /** A merged entity's statements grouped by article, newest article first (articles where it is only mentioned too). */
  byArticle(merged: MergedEntity): ArticleStatements[] {
    const out: ArticleStatements[] = [];
    for (const { docId, entity } of merged.members) {
      const article = this.articles.get(docId);
      if (!article) continue;
      const ids = new Set(entity.statementIds);
      const prev = out.find((x) => x.article.id === docId);
      const statements = article.summary.statements.filter((s) => ids.has(s.id));
      // Two entities of one article in one cluster (rare: a surname and a full name the article did not join).
      if (prev) for (const s of statements) (prev.statements as SummaryStatement[]).push(s);
      else out.push({ article, statements, entity });
    }
    for (const x of out) (x.statements as SummaryStatement[]).sort((a, b) => a.start - b.start);
    return out.sort((a, b) => newestFirst(a.article, b.article));
  }

  /** The dates of the given articles (all when omitted) on one axis. */
  timeline(ids?: readonly string[]): Timeline {
    const list = ids ? ids.flatMap((id) => this.articles.get(id) ?? []) : this.sorted();
    return buildTimeline(list.map((a) => ({ docId: a.id, dates: a.summary.dates })));
  }
}
