// An analysis as brat standoff lines: the export, and the first version of a curated NAME.ann.
import type { DocumentAnalysis, Span } from '../types';
import { CHECKED, CONFIDENCE, CUE, CUE_OF, DATE, ENTITY_TYPE, NOTES, QUOTE, SAID_BY, SPEAKER, STATEMENT, confidenceLevel, dateNote, entityNote } from './schema';
import type { AnnDoc, AnnLine } from './standoff';

/** The pieces of a span between line breaks: brat's text field cannot hold a newline. */
export function splitAtNewlines(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === '\n' || text[i] === '\r') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out.length ? out : [{ start: span.start, end: span.end }];
}

export function fromAnalysis(text: string, analysis: DocumentAnalysis): AnnDoc {
  const lines: AnnLine[] = [];
  const counters = { T: 0, R: 0, A: 0, '#': 0 };
  const next = (p: keyof typeof counters) => `${p}${++counters[p]}`;
  const byKey = new Map<string, string>();
  const checked = new Set(analysis.curated?.checked ?? []);

  const addT = (type: string, spans: readonly Span[]): string => {
    const fragments = spans.flatMap((s) => splitAtNewlines(text, s));
    const key = `${type}@${fragments.map((s) => `${s.start}:${s.end}`).join(';')}`;
    const existing = byKey.get(key);
    if (existing) return existing;
    const id = next('T');
    byKey.set(key, id);
    lines.push({ kind: 'T', id, type, spans: fragments });
    return id;
  };
  const note = (target: string, value: string) => lines.push({ kind: '#', id: next('#'), type: NOTES, target, text: value });
  const relation = (type: string, arg1: string, arg2: string) =>
    lines.push({ kind: 'R', id: next('R'), type, args: [{ role: 'Arg1', ref: arg1 }, { role: 'Arg2', ref: arg2 }] });
  const check = (target: string, id: string) => {
    if (checked.has(id)) lines.push({ kind: 'A', id: next('A'), type: CHECKED, target });
  };
  const sureness = (target: string, confidence: number, id: string) =>
    lines.push({ kind: 'A', id: next('A'), type: CONFIDENCE, target, value: checked.has(id) ? 'High' : confidenceLevel(confidence) });
  const directOf = new Map<string, { confidence: number; hasSource: boolean }>();
  for (const a of analysis.attributions) if (a.kind === 'direct') for (const q of a.quoteIds) directOf.set(q, { confidence: a.confidence, hasSource: a.source !== null });

  const entityById = new Map(analysis.entities.map((e) => [e.id, e]));
  const namedSpeakers = new Set<string>();
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      const id = addT(ENTITY_TYPE[e.kind], [m]);
      note(id, entityNote(e.name, e.title));
      check(id, e.id);
    }
  }
  const source = (contentId: string, mention: Span | null, entityId: string | null) => {
    if (!mention) return;
    const sid = addT(SPEAKER, [mention]);
    relation(SAID_BY, contentId, sid);
    const entity = entityId ? entityById.get(entityId) : undefined;
    if (entity && !namedSpeakers.has(sid)) {
      namedSpeakers.add(sid);
      note(sid, entity.name);
    }
  };
  const cue = (contentId: string, span: Span | null) => {
    if (span) relation(CUE_OF, addT(CUE, [span]), contentId);
  };
  for (const q of analysis.quotes) {
    const qid = addT(QUOTE, [q]);
    source(qid, q.speaker, q.speakerId);
    cue(qid, q.cue);
    const direct = directOf.get(q.id);
    if (direct?.hasSource && q.speaker) sureness(qid, direct.confidence, q.id);
    check(qid, q.id);
  }
  // Reported and mixed statements; a direct one is its quote, written above, unless it joins several quotes
  // ("“…,” she said. “…”"): then a Statement over exactly those quotes keeps them one attribution.
  for (const a of analysis.attributions) {
    if ((a.kind === 'direct' && a.content.length < 2) || a.content.length === 0) continue;
    const tid = addT(STATEMENT, a.content);
    source(tid, a.source, a.sourceId);
    cue(tid, a.cue);
    if (a.kind !== 'direct' && a.source) sureness(tid, a.confidence, a.id);
    check(tid, a.id);
  }
  for (const d of analysis.dates) {
    const id = addT(DATE, [d]);
    note(id, dateNote(d.type, d.value));
    check(id, d.id);
  }
  return { lines, eol: '\n' };
}
