import { resolveEntities } from '../entities';
import type { Entity, Quote, Span } from '../types';
import { findQuotes } from './attribution';

export interface QuoteContext {
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
}

export interface QuoteResult {
  readonly quotes: Quote[];
  /** Speakers, people, organizations, places and groups with all their mentions. */
  readonly entities: Entity[];
}

/** Quotes with their speaker mentions, then the entities those mentions resolve to. */
export function findQuotesAndEntities(text: string, ctx: QuoteContext): QuoteResult {
  const raw = findQuotes(text, ctx);
  const { entities, speakerIds } = resolveEntities(text, { ...ctx, quotes: raw });
  const quotes = raw.map((q, i) => ({ ...q, speakerId: speakerIds[i] ?? null }));
  return { quotes, entities };
}
