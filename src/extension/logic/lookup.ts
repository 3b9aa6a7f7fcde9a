// Finding analysis items by offset: what is under the cursor, what comes next. Pure, unit-tested.
import type { DocumentAnalysis, Entity, Mention, Quote, Span, TimeExpression } from '../../core/types';

export interface MentionHit {
  readonly entity: Entity;
  readonly mention: Mention;
}

export interface ItemsAt {
  readonly quotes: Quote[];
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

/** Entities that are attributed at least one quote. */
export function speakers(analysis: DocumentAnalysis): Entity[] {
  return analysis.entities.filter((e) => e.quoteIds.length > 0);
}

/** The date a quote was said: a fully resolved date in the same sentence(s), else the document date. */
export function quoteDate(analysis: DocumentAnalysis, quote: Quote): string | null {
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
