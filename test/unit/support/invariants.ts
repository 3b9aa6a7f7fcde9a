// What must hold for the analysis of ANY text: used by the robustness tests and the property tests.
// Returns a list of problems (empty when all is well) so a failure names every broken rule at once.
import type { DocumentAnalysis, Span } from '../../../src/core';
import { looksBinary } from '../../../src/core';
import { timexProblem } from './timeml';

const TIMEX_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

export interface InvariantOptions {
  /**
   * Hold date values to TimeML and date spans to one paragraph (default). Off only where a known date-pass bug
   * is still open on this branch; every other rule holds regardless.
   */
  readonly dateValues?: boolean;
}

export function analysisProblems(text: string, a: DocumentAnalysis, { dateValues = true }: InvariantOptions = {}): string[] {
  const problems: string[] = [];
  const len = text.length;
  // Paragraph boundaries in order, to tell whether a span crosses one (a name or a date never does).
  const bounds = a.paragraphs.flatMap((p) => [p.start, p.end]);
  const crossesParagraph = (s: Span) => {
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bounds[mid] <= s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < bounds.length && bounds[lo] < s.end;
  };
  const oneParagraph = (what: string, s: Span | null | undefined) => {
    if (s && crossesParagraph(s)) problems.push(`${what}: ${JSON.stringify(text.slice(s.start, s.end))} crosses a paragraph break`);
  };

  const span = (what: string, s: Span & { text?: unknown }) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start >= s.end || s.end > len) {
      problems.push(`${what}: span ${s.start}-${s.end} is not within 0 <= start < end <= ${len}`);
    } else if ('text' in s && s.text !== text.slice(s.start, s.end)) {
      problems.push(`${what}: text ${JSON.stringify(s.text)} is not the text at ${s.start}-${s.end}, ${JSON.stringify(text.slice(s.start, s.end))}`);
    }
  };
  const unique = (what: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${what}: id ${id} used twice`);
      seen.add(id);
    }
    return seen;
  };
  const inOrder = (what: string, spans: readonly Span[]) => {
    for (let i = 1; i < spans.length; i++) {
      if (spans[i].start < spans[i - 1].start) problems.push(`${what}: ${spans[i].start} comes after ${spans[i - 1].start}, not in reading order`);
    }
  };

  if (a.textLength !== len) problems.push(`textLength ${a.textLength}, text has ${len}`);

  // A pass that failed (its exception caught by analyze's guard) is an error-severity diagnostic: the only
  // error a good analysis may carry is the one saying the input is binary.
  for (const d of a.diagnostics) {
    if (d.severity === 'error' && !(looksBinary(text) && /binary/.test(d.message))) problems.push(`error diagnostic: ${d.message}`);
    if (d.span && (d.span.start < 0 || d.span.start > d.span.end || d.span.end > len)) problems.push(`diagnostic span ${d.span.start}-${d.span.end} out of range`);
  }

  a.paragraphs.forEach((p, i) => span(`paragraph ${i}`, p));
  a.sentences.forEach((s, i) => {
    span(`sentence ${i}`, s);
    oneParagraph(`sentence ${i}`, s);
  });
  inOrder('paragraphs', a.paragraphs);
  inOrder('sentences', a.sentences);

  const quoteIds = unique('quotes', a.quotes.map((q) => q.id));
  const entityIds = unique('entities', a.entities.map((e) => e.id));
  const attributionIds = unique('attributions', a.attributions.map((x) => x.id));
  unique('dates', a.dates.map((d) => d.id));

  for (const q of a.quotes) {
    span(`quote ${q.id}`, q);
    if (q.speaker) span(`quote ${q.id} speaker`, q.speaker);
    if (q.cue) span(`quote ${q.id} cue`, q.cue);
    oneParagraph(`quote ${q.id} speaker`, q.speaker);
    oneParagraph(`quote ${q.id} cue`, q.cue);
    if (q.speakerId !== null && !entityIds.has(q.speakerId)) problems.push(`quote ${q.id}: speaker ${q.speakerId} is no entity`);
    if (q.attributionId !== undefined && !attributionIds.has(q.attributionId)) problems.push(`quote ${q.id}: attribution ${q.attributionId} does not exist`);
    if (q.confidence !== undefined && !(q.confidence >= 0 && q.confidence <= 1)) problems.push(`quote ${q.id}: confidence ${q.confidence}`);
  }
  // Quotes never overlap (and so come in reading order).
  for (let i = 1; i < a.quotes.length; i++) {
    const [p, q] = [a.quotes[i - 1], a.quotes[i]];
    if (q.start < p.end) problems.push(`quotes ${p.id} (${p.start}-${p.end}) and ${q.id} (${q.start}-${q.end}) overlap or are out of order`);
  }

  for (const x of a.attributions) {
    if (x.content.length === 0) problems.push(`attribution ${x.id}: no content`);
    x.content.forEach((c, i) => span(`attribution ${x.id} content ${i}`, c));
    inOrder(`attribution ${x.id} content`, x.content);
    if (x.source) span(`attribution ${x.id} source`, x.source);
    if (x.cue) span(`attribution ${x.id} cue`, x.cue);
    oneParagraph(`attribution ${x.id} source`, x.source);
    oneParagraph(`attribution ${x.id} cue`, x.cue);
    if (x.sourceId !== null && !entityIds.has(x.sourceId)) problems.push(`attribution ${x.id}: source ${x.sourceId} is no entity`);
    for (const id of x.quoteIds) if (!quoteIds.has(id)) problems.push(`attribution ${x.id}: quote ${id} does not exist`);
    if (!(x.confidence >= 0 && x.confidence <= 1)) problems.push(`attribution ${x.id}: confidence ${x.confidence}`);
  }

  for (const e of a.entities) {
    e.mentions.forEach((m, i) => {
      span(`entity ${e.id} mention ${i}`, m);
      oneParagraph(`entity ${e.id} mention ${i}`, m);
    });
    inOrder(`entity ${e.id} mentions`, e.mentions);
    for (const id of e.quoteIds) if (!quoteIds.has(id)) problems.push(`entity ${e.id}: quote ${id} does not exist`);
    for (const id of e.attributionIds ?? []) if (!attributionIds.has(id)) problems.push(`entity ${e.id}: attribution ${id} does not exist`);
  }

  for (const d of a.dates) {
    span(`date ${d.id}`, d);
    if (!TIMEX_TYPES.has(d.type)) problems.push(`date ${d.id}: type ${d.type}`);
    else if (dateValues && d.value !== null) {
      const why = timexProblem(d.type, d.value);
      if (why) problems.push(`date ${d.id} ${JSON.stringify(d.text)}: ${d.type} value ${JSON.stringify(d.value)} is ${why}`);
    }
    if (dateValues) oneParagraph(`date ${d.id}`, d);
  }
  return problems;
}
