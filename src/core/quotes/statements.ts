// Direct quotes seen as attributed statements (the attribution model of types.ts). Reported speech is not found
// here yet; the attribution pass that finds it replaces this.
import type { RawAttribution, RawQuote } from '../link';
import type { AttributionStrategy } from '../types';

function strategyOf(q: RawQuote): AttributionStrategy {
  switch (q.attribution) {
    case 'cue': return q.cue && q.cue.start < q.start ? 'cue-before' : 'cue-after';
    case 'continuation': return 'continuation';
    case 'colon': return 'colon';
    case 'transcript': return 'transcript';
    default: return 'none';
  }
}

/** One direct attribution per quote, in reading order; confidence is not estimated yet (0.5 when a speaker is set). */
export function attributionsFromQuotes(quotes: readonly RawQuote[]): RawAttribution[] {
  return quotes.map((q, i) => ({
    id: `a${i + 1}`,
    kind: 'direct',
    content: [{ start: q.start, end: q.end, text: q.text }],
    source: q.speaker,
    cue: q.cue,
    confidence: q.speaker ? 0.5 : 0,
    strategy: strategyOf(q),
    quoteIds: [q.id],
  }));
}
