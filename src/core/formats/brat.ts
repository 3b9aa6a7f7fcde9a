import type { Attribution, DocumentAnalysis, Span } from '../types';

// brat counts code points, not UTF-16 units: convert offsets so astral characters do not shift spans.
function codePointOffsets(text: string): (offset: number) => number {
  let hasAstral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { hasAstral = true; break; }
  }
  if (!hasAstral) return (o) => o;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) map[++i] = cp; // a pair is one code point
    cp++;
  }
  map[text.length] = cp;
  return (o) => map[o];
}

const KIND_TYPE = { person: 'Person', organization: 'Organization', place: 'Place', group: 'Group', unclassified: 'Name' } as const;

/** Confidence as a brat attribute value: what an annotator filters on when reviewing. */
export function confidenceLevel(confidence: number): 'High' | 'Medium' | 'Low' {
  return confidence >= 0.9 ? 'High' : confidence >= 0.5 ? 'Medium' : 'Low';
}

/**
 * brat standoff (.ann): T lines for Speaker, Quote, Statement (reported or mixed content, one fragment per piece),
 * Cue, Date, Person, Organization, Place, Group, Name (unclassified); R lines from quote or statement to speaker
 * (Said_by) and from cue to quote or statement (Cue_of); A lines for the confidence of a statement or an attributed
 * quote; notes carry normalized values and the strategy. Newlines inside a span are split into brat's discontinuous
 * fragments.
 */
export function toBrat(text: string, analysis: DocumentAnalysis): string {
  const cp = codePointOffsets(text);
  const lines: string[] = [];
  let t = 0;
  let r = 0;
  let n = 0;
  let a = 0;
  const ids = new Map<string, string>();
  const key = (spans: readonly Span[]) => spans.map((s) => `${s.start}:${s.end}`).join(',');

  const addT = (type: string, span: Span | readonly Span[]): string => {
    const spans: readonly Span[] = Array.isArray(span) ? span : [span as Span];
    const k = `${type}@${key(spans)}`;
    const existing = ids.get(k);
    if (existing) return existing;
    const id = `T${++t}`;
    ids.set(k, id);
    const fragments: string[] = [];
    const pieces: string[] = [];
    for (const sp of spans) {
      let start = sp.start;
      for (let i = sp.start; i <= sp.end; i++) {
        if (i === sp.end || text[i] === '\n' || text[i] === '\r') {
          if (i > start) { fragments.push(`${cp(start)} ${cp(i)}`); pieces.push(text.slice(start, i)); }
          start = i + 1;
        }
      }
    }
    if (!fragments.length) fragments.push(`${cp(spans[0].start)} ${cp(spans[0].end)}`);
    lines.push(`${id}\t${type} ${fragments.join(';')}\t${pieces.join(' ')}`);
    return id;
  };

  const entityById = new Map(analysis.entities.map((e) => [e.id, e]));
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      const id = addT(KIND_TYPE[e.kind], m);
      lines.push(`#${++n}\tAnnotatorNotes ${id}\t${e.name}${e.title ? `, ${e.title}` : ''}`);
    }
  }
  const statementOfQuote = new Map<string, Attribution>();
  for (const at of analysis.attributions) for (const q of at.quoteIds) if (at.kind === 'direct') statementOfQuote.set(q, at);
  for (const q of analysis.quotes) {
    const qid = addT('Quote', q);
    if (q.speaker) {
      const sid = addT('Speaker', q.speaker);
      lines.push(`R${++r}\tSaid_by Arg1:${qid} Arg2:${sid}`);
      const entity = q.speakerId ? entityById.get(q.speakerId) : undefined;
      if (entity) lines.push(`#${++n}\tAnnotatorNotes ${sid}\t${entity.name}`);
    }
    if (q.cue) {
      const cid = addT('Cue', q.cue);
      lines.push(`R${++r}\tCue_of Arg1:${cid} Arg2:${qid}`);
    }
    const at = statementOfQuote.get(q.id);
    if (at && at.source) lines.push(`A${++a}\tConfidence ${qid} ${confidenceLevel(at.confidence)}`);
  }
  for (const at of analysis.attributions) {
    if (at.kind === 'direct') continue;
    const stid = addT('Statement', at.content);
    lines.push(`#${++n}\tAnnotatorNotes ${stid}\t${at.kind}, ${at.strategy}, confidence ${at.confidence.toFixed(2)}`);
    if (at.source) {
      const sid = addT('Speaker', at.source);
      lines.push(`R${++r}\tSaid_by Arg1:${stid} Arg2:${sid}`);
      lines.push(`A${++a}\tConfidence ${stid} ${confidenceLevel(at.confidence)}`);
    }
    if (at.cue) {
      const cid = addT('Cue', at.cue);
      lines.push(`R${++r}\tCue_of Arg1:${cid} Arg2:${stid}`);
    }
  }
  for (const d of analysis.dates) {
    const id = addT('Date', d);
    lines.push(`#${++n}\tAnnotatorNotes ${id}\t${d.type} ${d.value ?? 'unresolved'}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** brat's annotation.conf for the types above, so the output opens in brat as is. */
export const BRAT_ANNOTATION_CONF = `[entities]
Speaker
Quote
Statement
Cue
Date
Person
Organization
Place
Group
Name

[relations]
Said_by\tArg1:Quote|Statement, Arg2:Speaker
Cue_of\tArg1:Cue, Arg2:Quote|Statement

[events]

[attributes]
Confidence\tArg:Quote|Statement, Value:High|Medium|Low
`;
