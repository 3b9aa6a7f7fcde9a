// The linking step: after the entity pass and the attribution pass ran on their own, each quote speaker and each
// attribution source mention is resolved to an entity, and the entities learn their quotes and statements.
import { entityIdOf, entityList, type EntityState } from './entities';
import { linkMentions } from './entities/speakers';
import type { RawQuote } from './quotes/attribution';
import type { Attribution, Entity, Mention } from './types';

export type { RawQuote };
export type RawAttribution = Omit<Attribution, 'sourceId'>;

export interface Links {
  readonly entities: Entity[];
  /** Per quote (same index): the speaker's entity id or null. */
  readonly speakerIds: (string | null)[];
  /** Per attribution (same index): the source's entity id or null. */
  readonly sourceIds: (string | null)[];
}

/** Resolves the mentions (one call, so a span shared by a quote and its statement resolves once) and lists the entities. */
export function linkSources(state: EntityState, quotes: readonly RawQuote[], attributions: readonly RawAttribution[]): Links {
  const mentions: (Mention | null)[] = [];
  for (const q of quotes) mentions.push(q.speaker);
  for (const a of attributions) mentions.push(a.source);
  const recs = linkMentions(state, mentions);
  quotes.forEach((q, i) => { if (recs[i]) recs[i]!.quoteIds.push(q.id); });
  const ids = recs.map((e) => (e ? entityIdOf(e) : null));
  const speakerIds = ids.slice(0, quotes.length);
  const sourceIds = ids.slice(quotes.length);
  const byEntity = new Map<string, string[]>();
  attributions.forEach((a, i) => {
    const id = sourceIds[i];
    if (!id) return;
    const list = byEntity.get(id);
    if (list) list.push(a.id);
    else byEntity.set(id, [a.id]);
  });
  const entities = entityList(state, quotes.map((q) => q.id));
  // entityList made these objects for this call alone: each takes its statements in place instead of being copied by a
  // spread (the key lands last either way, so the JSON is the same)
  for (const e of entities) (e as { attributionIds?: readonly string[] }).attributionIds = byEntity.get(e.id) ?? [];
  return { entities, speakerIds, sourceIds };
}
