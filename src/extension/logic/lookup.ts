// Finding analysis items by offset: what is under the cursor, what comes next. Pure, unit-tested.
import { LOW_CONFIDENCE, type Attribution, type DocumentAnalysis, type Entity, type Mention, type Quote, type Span, type TimeExpression } from '../../core/types';

export interface MentionHit {
  readonly entity: Entity;
  readonly mention: Mention;
}

export interface ItemsAt {
  readonly quotes: Quote[];
  /** Reported (and mixed) statements whose content holds the offset. */
  readonly statements: Attribution[];
  readonly mentions: MentionHit[];
  readonly dates: TimeExpression[];
}

// End-inclusive so that a cursor right after the closing quotation mark still counts as "on" the quote.
const contains = (s: Span, offset: number) => s.start <= offset && offset <= s.end;

/** Every quote, entity mention and date whose span holds the offset. */
export function itemsAt(analysis: DocumentAnalysis, offset: number): ItemsAt {
  const mentions: MentionHit[] = [];
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) if (contains(mention, offset)) mentions.push({ entity, mention });
  }
  return {
    quotes: analysis.quotes.filter((q) => contains(q, offset)),
    statements: analysis.attributions.filter((a) => a.kind !== 'direct' && a.content.some((c) => contains(c, offset))),
    mentions,
    dates: analysis.dates.filter((d) => contains(d, offset)),
  };
}

/**
 * The next span strictly after (or the previous strictly before) the offset, wrapping around the
 * document so repeated presses cycle. `spans` must be sorted by start.
 */
export function stepSpan<T extends Span>(spans: readonly T[], offset: number, direction: 1 | -1): T | undefined {
  if (spans.length === 0) return undefined;
  if (direction === 1) return spans.find((s) => s.start > offset) ?? spans[0];
  for (let i = spans.length - 1; i >= 0; i--) if (spans[i].start < offset) return spans[i];
  return spans[spans.length - 1];
}

/** All entity mentions in reading order, each with its entity (the targets of next/previous entity). */
export function mentionsInOrder(analysis: DocumentAnalysis): (Mention & { readonly entity: Entity })[] {
  const all = analysis.entities.flatMap((entity) => entity.mentions.map((m) => ({ ...m, entity })));
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}

interface Index {
  readonly reported: Attribution[];
  readonly reportedBySource: Map<string, Attribution[]>;
  readonly checked: ReadonlySet<string>;
  /** Source mentions of attributions nobody checked, with their confidence (sorted out by threshold on demand). */
  readonly uncheckedSources: { readonly mention: Mention; readonly confidence: number }[];
  /** The unsure ones for the last threshold asked. */
  unsure?: { readonly below: number; readonly sources: readonly Mention[] };
  /** Source mentions that name no entity ("a spokesman"). */
  readonly unresolvedSources: Mention[];
  /** Built on first use: only hovers, the tree and copying ask for a quote's attribution. */
  attributionOfQuote?: Map<string, Attribution>;
}

// Views ask these per item, thousands of times for a long article: each analysis is indexed once.
const indexes = new WeakMap<DocumentAnalysis, Index>();

function indexOf(analysis: DocumentAnalysis): Index {
  let ix = indexes.get(analysis);
  if (ix) return ix;
  // One pass over the attributions (a 5 MB article has 30,000: each extra pass costs tens of milliseconds).
  const reportedList: Attribution[] = [];
  const reportedBySource = new Map<string, Attribution[]>();
  const checked = new Set(analysis.curated?.checked ?? []);
  const uncheckedSources: Index['uncheckedSources'] = [];
  const unresolvedSources: Mention[] = [];
  for (const a of analysis.attributions) {
    const source = a.source;
    if (source) {
      if (a.sourceId === null) unresolvedSources.push(source);
      if (!checked.has(a.id) && !a.quoteIds.some((q) => checked.has(q))) uncheckedSources.push({ mention: source, confidence: a.confidence });
    }
    if (a.kind === 'direct' || a.content.length === 0) continue;
    reportedList.push(a);
    if (a.sourceId === null) continue;
    let list = reportedBySource.get(a.sourceId);
    if (!list) reportedBySource.set(a.sourceId, (list = []));
    list.push(a);
  }
  ix = { reported: reportedList, reportedBySource, checked, uncheckedSources, unresolvedSources };
  indexes.set(analysis, ix);
  return ix;
}

/**
 * Sources of attributions the analysis is unsure of (confidence below `low`, the newsAnnotator.lowConfidence
 * setting) and nobody checked, and sources that name no entity.
 */
export function sourcesOf(analysis: DocumentAnalysis, low = LOW_CONFIDENCE): { readonly unsure: readonly Mention[]; readonly unresolved: readonly Mention[] } {
  const ix = indexOf(analysis);
  if (ix.unsure?.below !== low) {
    const sources: Mention[] = [];
    for (const s of ix.uncheckedSources) if (s.confidence < low) sources.push(s.mention);
    ix.unsure = { below: low, sources };
  }
  return { unsure: ix.unsure.sources, unresolved: ix.unresolvedSources };
}

/** Entities that are attributed at least one quote or reported statement. */
export function speakers(analysis: DocumentAnalysis): Entity[] {
  const ix = indexOf(analysis);
  return analysis.entities.filter((e) => e.quoteIds.length > 0 || ix.reportedBySource.has(e.id));
}

/** Reported and mixed statements, in reading order. */
export function reported(analysis: DocumentAnalysis): readonly Attribution[] {
  return indexOf(analysis).reported;
}

/** An entity's reported (and mixed) statements, in reading order. */
export function reportedOf(analysis: DocumentAnalysis, entity: Entity): readonly Attribution[] {
  return indexOf(analysis).reportedBySource.get(entity.id) ?? [];
}

/** The attribution a quote belongs to (its confidence, strategy), if attributions were computed. */
export function attributionOf(analysis: DocumentAnalysis, quote: Quote): Attribution | undefined {
  const ix = indexOf(analysis);
  if (!ix.attributionOfQuote) {
    const byQuote = new Map<string, Attribution>();
    for (const a of analysis.attributions) for (const q of a.quoteIds) if (!byQuote.has(q)) byQuote.set(q, a);
    // A quote that names its attribution wins over the first one listing it.
    const byId = new Map<string, Attribution>();
    for (const a of analysis.attributions) byId.set(a.id, a);
    for (const q of analysis.quotes) if (q.attributionId !== undefined && byId.has(q.attributionId)) byQuote.set(q.id, byId.get(q.attributionId)!);
    ix.attributionOfQuote = byQuote;
  }
  return ix.attributionOfQuote.get(quote.id);
}

/** Whether an item id was checked by hand (a curated annotation). */
export function isChecked(analysis: DocumentAnalysis, id: string): boolean {
  return indexOf(analysis).checked.has(id);
}

/** The whole span of a statement's content (first fragment's start to last fragment's end). */
export function contentSpan(a: Attribution): Span {
  return { start: a.content[0].start, end: a.content[a.content.length - 1].end };
}

/** What next/previous quote walks: quotes and reported statements, in reading order. */
export function statementsInOrder(analysis: DocumentAnalysis): Span[] {
  const direct = analysis.quotes.map((q) => ({ start: q.start, end: q.end }));
  // A mixed statement's quotes are stops of their own; its reported part is one stop.
  return [...direct, ...reported(analysis).map(contentSpan)].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The date a quote was said: a fully resolved date in the same sentence(s), else the document date. */
export function quoteDate(analysis: DocumentAnalysis, quote: Span): string | null {
  // The sentences it touches widen the range; a loop, as Math.min(...starts) throws RangeError when a quote
  // touches 125,000+ sentences.
  let from = quote.start;
  let to = quote.end;
  for (const s of analysis.sentences) {
    if (s.start < quote.end && quote.start < s.end) {
      from = Math.min(from, s.start);
      to = Math.max(to, s.end);
    }
  }
  for (const d of analysis.dates) {
    if (d.start >= from && d.end <= to && d.type === 'DATE' && d.value && /^\d{4}-\d{2}-\d{2}$/.test(d.value)) return d.value;
  }
  return analysis.documentDate.value;
}

/**
 * The item nearest to the offset, for "follow the cursor": one that contains it if any (the innermost
 * kind wins: mention, date, then quote), else the last one that starts before it.
 */
export type NearestItem =
  | { readonly kind: 'quote'; readonly quote: Quote }
  | { readonly kind: 'date'; readonly date: TimeExpression }
  | { readonly kind: 'mention'; readonly entity: Entity; readonly mention: Mention };

export function nearestItem(analysis: DocumentAnalysis, offset: number): NearestItem | undefined {
  const at = itemsAt(analysis, offset);
  if (at.mentions.length) return { kind: 'mention', ...at.mentions[0] };
  if (at.dates.length) return { kind: 'date', date: at.dates[0] };
  if (at.quotes.length) return { kind: 'quote', quote: at.quotes[0] };
  let best: NearestItem | undefined;
  let bestStart = -1;
  const consider = (start: number, item: NearestItem) => {
    if (start <= offset && start > bestStart) {
      best = item;
      bestStart = start;
    }
  };
  for (const quote of analysis.quotes) consider(quote.start, { kind: 'quote', quote });
  for (const date of analysis.dates) consider(date.start, { kind: 'date', date });
  return best;
}
