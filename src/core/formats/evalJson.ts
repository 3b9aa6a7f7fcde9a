import { NAMED_MENTIONS, type DocumentAnalysis } from '../types';
/** Entity kinds the scorer knows. */
const SCORED = new Set(['person', 'organization', 'place']);

/**
 * The scorer's system output (../shared/eval/FORMAT.md): quotes with speaker spans, attributions, dates with TimeML
 * values, and people, organizations and places with their named mentions.
 */
export interface EvalDocument {
  quotes: { start: number; end: number; speaker: { start: number; end: number; name: string | null } | null }[];
  attributions: {
    content: { start: number; end: number }[];
    source: { start: number; end: number; name: string | null } | null;
    cue: { start: number; end: number } | null;
    /** Not scored: read by scripts/eval.mjs for its calibration table. */
    confidence: number;
  }[];
  dates: { start: number; end: number; type: string; value: string }[];
  entities: { kind: string; name: string; mentions: { start: number; end: number }[] }[];
}

export function toEval(analysis: DocumentAnalysis): EvalDocument {
  const names = new Map(analysis.entities.map((e) => [e.id, e.kind === 'group' ? null : e.name]));
  return {
    quotes: analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end, name: (q.speakerId && names.get(q.speakerId)) ?? null } : null,
    })),
    attributions: analysis.attributions.map((a) => ({
      content: a.content.map((c) => ({ start: c.start, end: c.end })),
      source: a.source ? { start: a.source.start, end: a.source.end, name: (a.sourceId && names.get(a.sourceId)) ?? null } : null,
      cue: a.cue ? { start: a.cue.start, end: a.cue.end } : null,
      confidence: Math.round(a.confidence * 1000) / 1000,
    })),
    dates: analysis.dates.map((d) => ({ start: d.start, end: d.end, type: d.type, value: d.value ?? '' })),
    entities: namedEntities(analysis),
  };
}

/** Scored entities with their named mentions only; an entity left with none (known only as "he") is dropped. */
function namedEntities(analysis: DocumentAnalysis): EvalDocument['entities'] {
  const out: EvalDocument['entities'] = [];
  for (const e of analysis.entities) {
    if (!SCORED.has(e.kind)) continue;
    const mentions = e.mentions.filter((m) => NAMED_MENTIONS.has(m.kind)).map((m) => ({ start: m.start, end: m.end }));
    if (mentions.length > 0) out.push({ kind: e.kind, name: e.name, mentions });
  }
  return out;
}
