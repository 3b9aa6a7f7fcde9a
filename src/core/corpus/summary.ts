// What a collection of articles keeps of each one: the analysis minus what only an open editor needs
// (sentences, paragraphs, every mention), so thousands of articles fit in memory and in a small cache
// file each. Cross-document views (people, search, timeline) read nothing else.
import { reviewCounts } from '../curated/review';
import { isNamed, type Diagnostic, type DocumentAnalysis, type DocumentDate, type EntityKind, type Span, type StatementKind, type TimeExpression } from '../types';

export interface SummaryEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly title?: string;
  /** Distinct names the article uses for it besides `name` (surname, "Secretary Blinken", an acronym). */
  readonly aliases: readonly string[];
  readonly mentions: number;
  /** The first mention, where a click opens the article. */
  readonly first: Span | null;
  /** Ids of the statements (see below) whose source is this entity, in reading order. */
  readonly statementIds: readonly string[];
  /** Never named, only described ("a police spokesman"): its article's speaker, no one to merge across articles. */
  readonly unnamed?: true;
}

/** A direct quote or a reported statement, whichever the analysis produced. */
export interface SummaryStatement {
  readonly id: string;
  readonly kind: StatementKind;
  /** From the first content fragment's start to the last one's end. */
  readonly start: number;
  readonly end: number;
  /** The content, fragments joined with " … ". */
  readonly text: string;
  readonly sourceId: string | null;
  /** The source mention as written ("Blinken", "a spokesman"), when there is one. */
  readonly source: string | null;
  readonly cue: string | null;
  /** Probability that the source is right, when the analysis estimated it. */
  readonly confidence?: number;
}

export interface DocumentSummary {
  readonly textLength: number;
  readonly documentDate: DocumentDate;
  readonly entities: readonly SummaryEntity[];
  readonly statements: readonly SummaryStatement[];
  readonly dates: readonly TimeExpression[];
  /** Warnings and errors only (an info such as "no dateline" is the editor's business). */
  readonly diagnostics: readonly Diagnostic[];
  /** For a curated article (NAME.ann): how many of its items a person checked, for "reviewed 3/12". */
  readonly review?: { readonly checked: number; readonly total: number };
}

const MAX_ALIASES = 8;

/** Joins content fragments the way a reader sees an interrupted statement. */
function contentText(fragments: readonly { text: string }[]): string {
  return fragments.map((f) => f.text.replace(/\s+/g, ' ').trim()).join(' … ');
}

export function summarize(a: DocumentAnalysis): DocumentSummary {
  const statements: SummaryStatement[] = [];
  const covered = new Set<string>();
  const attributionIds = new Set(a.attributions.map((at) => at.id));
  for (const at of a.attributions) {
    if (at.content.length === 0) continue;
    for (const q of at.quoteIds) covered.add(q);
    statements.push({
      id: at.id,
      kind: at.kind,
      start: at.content[0].start,
      end: at.content[at.content.length - 1].end,
      text: contentText(at.content),
      sourceId: at.sourceId,
      source: at.source?.text ?? null,
      cue: at.cue?.text ?? null,
      confidence: at.confidence,
    });
  }
  // Quotes no attribution covers (the attribution pass did not run, or skipped them) still count.
  for (const q of a.quotes) {
    if (covered.has(q.id) || (q.attributionId !== undefined && attributionIds.has(q.attributionId))) continue;
    const s: SummaryStatement = {
      id: q.id, kind: 'direct', start: q.start, end: q.end, text: contentText([q]), sourceId: q.speakerId,
      source: q.speaker?.text ?? null, cue: q.cue?.text ?? null,
    };
    statements.push(q.confidence === undefined ? s : { ...s, confidence: q.confidence });
  }
  statements.sort((x, y) => x.start - y.start);

  const bySource = new Map<string, string[]>();
  for (const s of statements) {
    if (!s.sourceId) continue;
    let list = bySource.get(s.sourceId);
    if (!list) bySource.set(s.sourceId, (list = []));
    list.push(s.id);
  }
  const entities = a.entities.map((e): SummaryEntity => {
    const aliases: string[] = [];
    const seen = new Set([e.name]);
    let first: Span | null = null;
    for (const m of e.mentions) {
      if (!first || m.start < first.start) first = { start: m.start, end: m.end };
      if (m.kind === 'pronoun' || m.kind === 'nominal' || aliases.length >= MAX_ALIASES) continue;
      const t = m.text.replace(/\s+/g, ' ').trim();
      if (seen.has(t)) continue;
      seen.add(t);
      aliases.push(t);
    }
    const base = { id: e.id, kind: e.kind, name: e.name, aliases, mentions: e.mentions.length, first, statementIds: bySource.get(e.id) ?? [] };
    const titled = e.title ? { ...base, title: e.title } : base;
    return isNamed(e) ? titled : { ...titled, unnamed: true };
  });
  const summary: DocumentSummary = {
    textLength: a.textLength,
    documentDate: a.documentDate,
    entities,
    statements,
    dates: a.dates,
    diagnostics: a.diagnostics.filter((d) => d.severity !== 'info'),
  };
  return a.curated ? { ...summary, review: reviewCounts(a) } : summary;
}
