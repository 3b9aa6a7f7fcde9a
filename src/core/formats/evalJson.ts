import type { DocumentAnalysis } from '../types';

/** The scorer's system output (../shared/eval/FORMAT.md): quotes with speaker spans, dates with TimeML values. */
export interface EvalDocument {
  quotes: { start: number; end: number; speaker: { start: number; end: number; name: string | null } | null }[];
  dates: { start: number; end: number; type: string; value: string }[];
}

export function toEval(analysis: DocumentAnalysis): EvalDocument {
  const names = new Map(analysis.entities.map((e) => [e.id, e.kind === 'group' ? null : e.name]));
  return {
    quotes: analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end, name: (q.speakerId && names.get(q.speakerId)) ?? null } : null,
    })),
    dates: analysis.dates.map((d) => ({ start: d.start, end: d.end, type: d.type, value: d.value ?? '' })),
  };
}
