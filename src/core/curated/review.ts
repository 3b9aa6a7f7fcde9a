// What there is to review in a document and in which order: quotes, reported statements, dates and
// entities, the least confident first; checked ones count towards "reviewed 12/30".
import { LOW_CONFIDENCE, type DocumentAnalysis, type Span } from '../types';
import type { EntityRef, Target } from './corrections';
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
  readonly ref: { readonly target: Target } | { readonly entity: EntityRef };
}

export function reviewItems(analysis: DocumentAnalysis): ReviewItem[] {
  const checked = new Set(analysis.curated?.checked ?? []);
  const items: ReviewItem[] = [];
  for (const a of analysis.attributions) {
    if (a.content.length === 0) continue;
    const span = { start: a.content[0].start, end: a.content[a.content.length - 1].end };
    const id = a.kind === 'direct' ? (a.quoteIds[0] ?? a.id) : a.id;
    items.push({
      kind: a.kind === 'direct' ? 'quote' : 'statement',
      id,
      span,
      confidence: a.confidence,
      checked: checked.has(id),
      ref: { target: { type: a.kind === 'direct' ? QUOTE : STATEMENT, span } },
    });
  }
  for (const d of analysis.dates) items.push({ kind: 'date', id: d.id, span: d, confidence: null, checked: checked.has(d.id), ref: { target: { type: DATE, span: d } } });
  for (const e of analysis.entities) {
    if (e.kind === 'group' || e.mentions.length === 0) continue;
    items.push({
      kind: 'entity', id: e.id, span: e.mentions[0], confidence: null, checked: checked.has(e.id),
      ref: { entity: { kind: e.kind, name: e.name, ...(e.title ? { title: e.title } : {}) } },
    });
  }
  return items;
}

/** Items not yet checked: attributions by rising confidence, then dates and entities in reading order. */
export function toReview(analysis: DocumentAnalysis): ReviewItem[] {
  return reviewItems(analysis)
    .filter((i) => !i.checked)
    .sort((a, b) => (a.confidence ?? 2) - (b.confidence ?? 2) || a.span.start - b.span.start);
}

export function reviewCounts(analysis: DocumentAnalysis): { checked: number; total: number } {
  const items = reviewItems(analysis);
  return { checked: items.filter((i) => i.checked).length, total: items.length };
}

export function isLowConfidence(confidence: number | null | undefined): boolean {
  return typeof confidence === 'number' && confidence < LOW_CONFIDENCE;
}
