import type { Quote, Span } from '../types';

/** A quote before entity resolution: the speaker mention is known, the entity not yet. */
export type RawQuote = Omit<Quote, 'speakerId'>;

export interface AttributionContext {
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
}

/** Finds direct quotes and the speaker mention each hangs on. Placeholder until the pass lands. */
export function findQuotes(_text: string, _ctx: AttributionContext): RawQuote[] {
  return [];
}
