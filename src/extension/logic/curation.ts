// Choices the correction commands offer: who may have said something (most likely first), which mention
// stands for them, what a marked name refers to. Pure, unit-tested.
import type { EntityRef } from '../../core/curated';
import type { Attribution, DocumentAnalysis, Entity, EntityKind, Mention, Span } from '../../core/types';

export function entityRef(e: Entity): EntityRef {
  return { kind: e.kind, name: e.name, ...(e.title ? { title: e.title } : {}) };
}

/** How far a mention is from a content span (0 when it touches it; mentions inside count as far). */
function distance(m: Span, content: Span): number {
  if (m.end <= content.start) return content.start - m.end;
  if (m.start >= content.end) return m.start - content.end;
  return Number.MAX_SAFE_INTEGER / 2;
}

/** The mention of an entity that best stands for it as the source of `content`: the nearest one outside it. */
export function nearestMention(entity: Entity, content: Span): Mention | undefined {
  let best: Mention | undefined;
  for (const m of entity.mentions) if (!best || distance(m, content) < distance(best, content)) best = m;
  return best;
}

export interface SpeakerCandidate {
  readonly entity: Entity;
  readonly mention: Mention;
  /** Why it is offered where it is ("the automatic analysis", "nearest mention"). */
  readonly reason: string;
}

// A name with no evidence of its kind (unclassified) may well be who spoke ("Varrin said"): before places.
const SPEAKER_KINDS: readonly EntityKind[] = ['person', 'group', 'organization', 'unclassified'];

/**
 * The document's entities that could have said `content`, most likely first: the automatic analysis' own
 * choice, then people, groups, organizations and unclassified names by how close their nearest mention is; places last.
 */
export function speakerCandidates(analysis: DocumentAnalysis, automatic: DocumentAnalysis, content: Span, current: string | null): SpeakerCandidate[] {
  const auto = automatic.attributions.find((a: Attribution) => a.content.length > 0 && a.content[0].start < content.end && content.start < a.content[a.content.length - 1].end);
  const autoName = auto?.sourceId ? automatic.entities.find((e) => e.id === auto.sourceId)?.name : undefined;
  const out: SpeakerCandidate[] = [];
  for (const entity of analysis.entities) {
    if (entity.id === current) continue;
    const mention = nearestMention(entity, content);
    if (!mention) continue;
    out.push({ entity, mention, reason: entity.name === autoName ? 'the automatic analysis' : 'nearest mention' });
  }
  const rank = (c: SpeakerCandidate) => {
    const kind = SPEAKER_KINDS.indexOf(c.entity.kind);
    return [c.entity.name === autoName ? 0 : 1, kind < 0 ? 9 : 0, distance(c.mention, content), kind];
  };
  return out.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return 0;
  });
}

/** A selection without the spaces and line breaks at its edges (a double-click often takes one along). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * What a newly marked name refers to: an entity of that kind the text already names so (the selection is
 * one of its mentions or part of its name), else a new entity named as selected.
 */
export function proposeEntity(analysis: DocumentAnalysis, kind: EntityKind, selected: string): EntityRef {
  const flat = selected.replace(/\s+/g, ' ').trim();
  const same = analysis.entities.find((e) => e.kind === kind && (e.name === flat || e.mentions.some((m) => m.text === flat)))
    ?? analysis.entities.find((e) => e.kind === kind && flat.length > 2 && e.name.split(' ').includes(flat));
  return same ? entityRef(same) : { kind, name: flat };
}
