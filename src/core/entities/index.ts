import type { RawQuote } from '../quotes/attribution';
import type { Entity, Span } from '../types';

export interface EntityContext {
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  /** Quotes in reading order, with their speaker mentions. */
  readonly quotes: readonly RawQuote[];
}

export interface EntityResult {
  /** People, organizations, places and groups, each with every mention; speakers carry their quote ids. */
  readonly entities: Entity[];
  /** For each quote (same index), the id of the entity its speaker mention resolves to, or null. */
  readonly speakerIds: (string | null)[];
}

/** Named entities, alias merging and pronoun resolution. Placeholder until the pass lands. */
export function resolveEntities(_text: string, ctx: EntityContext): EntityResult {
  return { entities: [], speakerIds: ctx.quotes.map(() => null) };
}
