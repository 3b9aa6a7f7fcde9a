// The indexed articles as one collection: per-article summaries in, people merged across articles,
// searchable statements and timeline sources out. No `vscode`: ids are uri strings, and every derived
// list is built once per change and reused until the next one. The *Async forms compute in short
// slices (index/slices.ts), for the editor's thread; the plain forms compute at once.
import { mergeSteps, type MergedEntity } from '../../core/corpus/people';
import { sourceRef, statementRecord, type StatementRecord } from '../../core/corpus/search';
import { runSteps, STEP, type Steps } from '../../core/corpus/steps';
import type { DocumentSummary, SummaryEntity, SummaryStatement } from '../../core/corpus/summary';
import { timelineSteps, type Timeline } from '../../core/corpus/timeline';
import { runSliced } from './slices';

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
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export interface ArticleStatements {
  readonly article: Article;
  readonly statements: readonly SummaryStatement[];
  /** The member entity of this article, for its first mention. */
  readonly entity: SummaryEntity;
}

export class ArticleCollection {
  private readonly articles = new Map<string, Article>();
  private cache: {
    sorted?: Article[];
    people?: MergedEntity[];
    peopleRun?: Promise<MergedEntity[]>;
    records?: StatementRecord[];
    recordsRun?: Promise<StatementRecord[]>;
  } = {};
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
    return (this.cache.people ??= runSteps(this.peopleSteps()));
  }

  /** people(), computed in slices; the same array once done. */
  peopleAsync(): Promise<readonly MergedEntity[]> {
    if (this.cache.people) return Promise.resolve(this.cache.people);
    const cache = this.cache;
    return (cache.peopleRun ??= runSliced(this.peopleSteps()).then((p) => (cache.people ??= p!)));
  }

  /** people() if it is computed already (nothing is computed here). */
  peopleIfReady(): readonly MergedEntity[] | undefined {
    return this.cache.people;
  }

  private peopleSteps(): Steps<MergedEntity[]> {
    return mergeSteps(this.sorted().map((a) => ({ docId: a.id, entities: a.summary.entities })));
  }

  /**
   * Every statement, newest article first, reading order within one, with its speaker's name across
   * articles ("Vasquez" in one article is found as "Teodora Vasquez" when another names her in full).
   */
  statements(): readonly StatementRecord[] {
    return (this.cache.records ??= runSteps(this.statementSteps(this.people())));
  }

  /** statements(), computed in slices. */
  async statementsAsync(): Promise<readonly StatementRecord[]> {
    if (this.cache.records) return this.cache.records;
    const cache = this.cache;
    const people = await this.peopleAsync();
    return (cache.recordsRun ??= runSliced(this.statementSteps(people)).then((r) => (cache.records ??= r!)));
  }

  private *statementSteps(people: readonly MergedEntity[]): Steps<StatementRecord[]> {
    const merged = new Map<string, string>();
    let n = 0;
    for (const p of people) {
      for (const m of p.members) merged.set(sourceRef(m.docId, m.entity.id), p.name);
      if (++n % STEP === 0) yield;
    }
    const out: StatementRecord[] = [];
    for (const a of this.sorted()) {
      const names = new Map(a.summary.entities.map((e) => [e.id, e.name]));
      for (const s of a.summary.statements) {
        if (++n % STEP === 0) yield;
        const own = s.sourceId ? names.get(s.sourceId) : undefined;
        const across = s.sourceId ? merged.get(sourceRef(a.id, s.sourceId)) : undefined;
        out.push(statementRecord(a.id, s, across ?? own ?? s.source, [own, s.source]));
      }
    }
    return out;
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
    return runSteps(this.timelineSteps(ids));
  }

  /** timeline(), computed in slices. */
  async timelineAsync(ids?: readonly string[]): Promise<Timeline> {
    return (await runSliced(this.timelineSteps(ids)))!;
  }

  private timelineSteps(ids?: readonly string[]): Steps<Timeline> {
    const list = ids ? ids.flatMap((id) => this.articles.get(id) ?? []) : this.sorted();
    return timelineSteps(list.map((a) => ({ docId: a.id, dates: a.summary.dates })));
  }
}
