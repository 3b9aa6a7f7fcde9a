// What there is to review in a document and in which order: quotes, reported statements, dates and
// entities, the least confident first; checked ones count towards "reviewed 12/30".
import type { DocumentAnalysis, Span } from '../types';
import type { ItemRef } from './corrections';
import { DATE, QUOTE, STATEMENT } from './schema';

export interface ReviewItem {
  readonly kind: 'quote' | 'statement' | 'date' | 'entity';
  /** The analysis id (quote, attribution, date or entity id). */
  readonly id: string;
  readonly span: Span;
  /** The attribution's confidence; null for dates and entities, which have none. */
  readonly confidence: number | null;
  readonly checked: boolean;
  /** How to find it in NAME.ann. */
  readonly ref: ItemRef;
}

export function reviewItems(analysis: DocumentAnalysis): ReviewItem[] {
  const checked = new Set(analysis.curated?.checked ?? []);
  const items: ReviewItem[] = [];
  // Quotes one by one (an attribution may group several), with their attribution's confidence.
  const confidenceOf = new Map<string, number>();
  for (const a of analysis.attributions) for (const q of a.quoteIds) if (a.kind === 'direct' && !confidenceOf.has(q)) confidenceOf.set(q, a.confidence);
  for (const q of analysis.quotes) {
    const span = { start: q.start, end: q.end };
    items.push({ kind: 'quote', id: q.id, span, confidence: confidenceOf.get(q.id) ?? q.confidence ?? null, checked: checked.has(q.id), ref: { target: { type: QUOTE, span } } });
  }
  for (const a of analysis.attributions) {
    if (a.kind === 'direct' || a.content.length === 0) continue;
    const span = { start: a.content[0].start, end: a.content[a.content.length - 1].end };
    items.push({ kind: 'statement', id: a.id, span, confidence: a.confidence, checked: checked.has(a.id), ref: { target: { type: STATEMENT, span } } });
  }
  for (const d of analysis.dates) items.push({ kind: 'date', id: d.id, span: d, confidence: null, checked: checked.has(d.id), ref: { target: { type: DATE, span: d } } });
  for (const e of analysis.entities) {
    if (e.kind === 'group' || e.mentions.length === 0) continue;
    items.push({
      kind: 'entity', id: e.id, span: e.mentions[0], confidence: null, checked: checked.has(e.id),
      ref: { entity: { kind: e.kind, name: e.name, ...(e.title ? { title: e.title } : {}) } },
    });
  }
  return items.sort((x, y) => x.span.start - y.span.start);
}

/** Items not yet checked: attributions by rising confidence, then dates and entities in reading order. */
export function toReview(analysis: DocumentAnalysis): ReviewItem[] {
  return reviewItems(analysis)
    .filter((i) => !i.checked)
    .sort((a, b) => (a.confidence ?? 2) - (b.confidence ?? 2) || a.span.start - b.span.start);
}

/** `reviewed 12/30`, counted without building the items (the status bar asks on every analysis of a 5 MB article). */
export function reviewCounts(analysis: DocumentAnalysis): { checked: number; total: number } {
  const checked = new Set(analysis.curated?.checked ?? []);
  let total = 0;
  let done = 0;
  const count = (id: string) => {
    total++;
    if (checked.has(id)) done++;
  };
  for (const q of analysis.quotes) count(q.id);
  for (const a of analysis.attributions) if (a.kind !== 'direct' && a.content.length > 0) count(a.id);
  for (const d of analysis.dates) count(d.id);
  for (const e of analysis.entities) if (e.kind !== 'group' && e.mentions.length > 0) count(e.id);
  return { checked: done, total };
}
