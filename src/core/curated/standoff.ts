// brat standoff (.ann), read and written line by line: T (text-bound), R (relation), A/M (attribute) and
// # (note) lines are understood; every other line (E, N, *, comments, blank lines) is kept verbatim, and so
// is any understood line nothing has changed. Spans are held as UTF-16 offsets into the article; the file
// has brat's offsets (see offsets.ts). Pure: no file system, never throws on any input.
import type { CuratedProblem, Span } from '../types';
import { offsetMap, type OffsetMap } from './offsets';

/** A text-bound span that no longer matches the text (deleted, or changed outside the editor). */
export interface LostSpan {
  /** The text of each fragment when it was last anchored. */
  readonly texts: readonly string[];
  /** Where it was: re-anchoring looks for the texts nearest to here. */
  readonly near: number;
  /** The line as last written, kept in the file while the span cannot be placed. */
  readonly line: string;
}

export interface TextBound {
  readonly kind: 'T';
  readonly id: string;
  readonly type: string;
  /** Fragments in reading order (brat's discontinuous spans), UTF-16 offsets, end exclusive. */
  readonly spans: readonly Span[];
  readonly lost?: LostSpan;
  /** The line as read, written back unchanged while this annotation is untouched. */
  readonly raw?: string;
}

export interface Relation {
  readonly kind: 'R';
  readonly id: string;
  readonly type: string;
  readonly args: readonly { readonly role: string; readonly ref: string }[];
  readonly raw?: string;
}

export interface Attribute {
  readonly kind: 'A';
  readonly id: string;
  readonly type: string;
  readonly target: string;
  /** Absent for a binary flag. */
  readonly value?: string;
  readonly raw?: string;
}

export interface Note {
  readonly kind: '#';
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly text: string;
  readonly raw?: string;
}

/** A line kept exactly as it was: other tools' annotations, comments, and lines that could not be used. */
export interface RawLine {
  readonly kind: 'raw';
  readonly raw: string;
  /** The id the line declares, if any, so new ids never collide with it. */
  readonly id?: string;
  /** Why the line could not be used, when that is why it is kept as it is. */
  readonly problem?: string;
}

export type AnnLine = TextBound | Relation | Attribute | Note | RawLine;

export interface AnnDoc {
  readonly lines: readonly AnnLine[];
  /** The line ending the file was written with ('\r\n' for a file saved on Windows). */
  readonly eol: '\n' | '\r\n';
}

export const EMPTY_DOC: AnnDoc = { lines: [], eol: '\n' };

const ID = /^(?:[A-Za-z]+|#[A-Za-z]*)\d+\S*$/;
/** brat joins the fragments of a discontinuous span with one space in the text field. */
const FRAGMENT_SEPARATOR = ' ';

export function idNumber(id: string): number {
  const m = /\d+/.exec(id);
  return m ? Number(m[0]) : 0;
}

/** The text of each fragment of a text-bound annotation. */
export function fragmentTexts(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

/** One T line for the text: brat offsets, fragments joined by `;`, their texts by a space. */
export function textBoundLine(t: TextBound, text: string, map: OffsetMap = offsetMap(text)): string {
  const offsets = t.spans.map((s) => `${map.toBrat(s.start)} ${map.toBrat(s.end)}`).join(';');
  return `${t.id}\t${t.type} ${offsets}\t${fragmentTexts(text, t.spans).join(FRAGMENT_SEPARATOR)}`;
}

function lineOf(line: AnnLine, text: string, map: () => OffsetMap): string {
  if (line.raw !== undefined) return line.raw;
  switch (line.kind) {
    case 'T':
      return line.lost ? line.lost.line : textBoundLine(line, text, map());
    case 'R':
      return `${line.id}\t${line.type} ${line.args.map((a) => `${a.role}:${a.ref}`).join(' ')}`;
    case 'A':
      return `${line.id}\t${line.type} ${line.target}${line.value !== undefined ? ` ${line.value}` : ''}`;
    case '#':
      return `${line.id}\t${line.type} ${line.target}\t${line.text.replace(/[\r\n\t]+/g, ' ')}`;
    case 'raw':
      return line.raw;
  }
}

/** The .ann text of a document for the article text its spans point into. */
export function serializeAnn(doc: AnnDoc, text: string): string {
  let map: OffsetMap | undefined;
  const lazyMap = () => (map ??= offsetMap(text));
  const out = doc.lines.map((l) => lineOf(l, text, lazyMap));
  return out.length ? out.join(doc.eol) + doc.eol : '';
}

export interface ParsedAnn {
  readonly doc: AnnDoc;
  /** One entry per line that could not be used; the line itself stays in the document, verbatim. */
  readonly problems: readonly CuratedProblem[];
}

interface Pending {
  readonly id: string;
  readonly type: string;
  readonly bratSpans: readonly (readonly [number, number])[];
  readonly textField: string;
  readonly raw: string;
  readonly index: number;
}

/** Splits the text field into fragment texts by the fragments' lengths (a fragment may contain spaces). */
function splitTextField(field: string, lengths: readonly number[]): string[] | null {
  const cps = [...field];
  const out: string[] = [];
  let at = 0;
  for (const [i, n] of lengths.entries()) {
    if (i > 0) {
      if (cps[at] !== FRAGMENT_SEPARATOR) return null;
      at++;
    }
    if (at + n > cps.length) return null;
    out.push(cps.slice(at, at + n).join(''));
    at += n;
  }
  return at === cps.length ? out : null;
}

function nearestOccurrence(text: string, needle: string, expected: number, maxDistance: number): number {
  if (!needle) return -1;
  let best = -1;
  let bestDistance = Infinity;
  for (let i = text.indexOf(needle, Math.max(0, expected - maxDistance)); i !== -1; i = text.indexOf(needle, i + 1)) {
    const d = Math.abs(i - expected);
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
    if (i > expected + maxDistance) break;
  }
  return bestDistance <= maxDistance ? best : -1;
}

/** How far from where it was a text may be found again: short texts ("he") only close by. */
export function searchRadius(needle: string): number {
  return Math.max(400, needle.length * 60);
}

/**
 * Places fragment texts again in `text`, nearest to `expected` (the first fragment) and each following one
 * after the previous; null when a fragment is not found close enough.
 */
export function findFragments(text: string, texts: readonly string[], expected: number, gaps: readonly number[] = []): Span[] | null {
  const spans: Span[] = [];
  let at = expected;
  for (const [i, t] of texts.entries()) {
    const exact = i === 0 ? nearestOccurrence(text, t, at, searchRadius(t)) : text.indexOf(t, at);
    const found = exact >= 0 ? { start: exact, end: exact + t.length } : byEdges(text, t, at);
    if (!found || (i > 0 && found.start - at > Math.max(gaps[i - 1] ?? 0, 0) + 200)) return null;
    spans.push(found);
    at = found.end;
  }
  return spans.length ? spans : null;
}

/** Characters at each end of a long span that must still be there when its middle was edited. */
const EDGE = 24;

/**
 * A long span whose middle changed (a word replaced in a reported statement) is found by its first and last
 * words: the opening nearest to where it was, the closing after it, the length within half again of the old.
 */
function byEdges(text: string, t: string, expected: number): Span | null {
  if (t.length < EDGE * 3) return null;
  const head = nearestOccurrence(text, t.slice(0, EDGE), expected, searchRadius(t));
  if (head < 0) return null;
  const tail = text.indexOf(t.slice(-EDGE), head + EDGE);
  const end = tail + EDGE;
  return tail >= 0 && end - head <= t.length * 1.5 && end - head >= t.length / 2 ? { start: head, end } : null;
}

/**
 * Reads a .ann file against the article text. Bad lines (broken syntax, duplicate or unknown ids, offsets
 * past the end, a text field that no longer matches and cannot be found again nearby) become verbatim lines
 * with one problem each; T lines whose text moved are re-anchored by their text near the old offset.
 */
export function parseAnn(annText: string, text: string): ParsedAnn {
  const source = typeof annText === 'string' ? annText : '';
  const eol: AnnDoc['eol'] = source.includes('\r\n') ? '\r\n' : '\n';
  const rows = source.split(/\r?\n/);
  if (rows.length && rows[rows.length - 1] === '') rows.pop();
  const map = offsetMap(text);
  const lines: AnnLine[] = [];
  const declared = new Map<string, number>();
  const pending: Pending[] = [];

  const keepRaw = (index: number, raw: string, problem?: string, id?: string) => {
    lines[index] = { kind: 'raw', raw, ...(id ? { id } : {}), ...(problem ? { problem } : {}) };
  };

  for (const [index, raw] of rows.entries()) {
    if (raw.trim() === '') {
      keepRaw(index, raw);
      continue;
    }
    const tab = raw.indexOf('\t');
    const id = tab < 0 ? raw.split(/\s/)[0] : raw.slice(0, tab);
    if (id === '*') {
      keepRaw(index, raw); // an equivalence: no id, nothing of ours refers to it
      continue;
    }
    if (tab < 0 || !ID.test(id)) {
      keepRaw(index, raw, tab < 0 ? 'not a brat annotation: no tab after the id' : `not a brat annotation: "${id}" is not an id`);
      continue;
    }
    if (declared.has(id)) {
      keepRaw(index, raw, `duplicate id ${id} (first on line ${declared.get(id)! + 1})`);
      continue;
    }
    declared.set(id, index);
    const rest = raw.slice(tab + 1);
    const prefix = id[0];
    if (prefix === 'T') {
      const second = rest.indexOf('\t');
      const head = second < 0 ? rest : rest.slice(0, second);
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)\s*$/.exec(head);
      if (second < 0 || !m) {
        keepRaw(index, raw, `broken text-bound line: expected "${id}<tab>TYPE START END<tab>TEXT"`, id);
        continue;
      }
      const bratSpans = m[2].split(';').map((p) => p.split(' ').map(Number) as unknown as readonly [number, number]);
      if (bratSpans.some(([s, e]) => s > e)) {
        keepRaw(index, raw, `${id}: a span ends before it starts`, id);
        continue;
      }
      pending.push({ id, type: m[1], bratSpans, textField: rest.slice(second + 1), raw, index });
      lines[index] = { kind: 'raw', raw, id }; // placed below
    } else if (prefix === 'R') {
      const parts = rest.trim().split(/\s+/);
      const args = parts.slice(1).map((a) => {
        const colon = a.indexOf(':');
        return { role: a.slice(0, colon), ref: a.slice(colon + 1) };
      });
      if (parts.length !== 3 || args.some((a) => !a.role || !a.ref)) {
        keepRaw(index, raw, `broken relation: expected "${id}<tab>TYPE Arg1:ID Arg2:ID"`, id);
        continue;
      }
      lines[index] = { kind: 'R', id, type: parts[0], args, raw };
    } else if (prefix === 'A' || prefix === 'M') {
      const parts = rest.trim().split(/\s+/);
      if (parts.length < 2 || parts.length > 3) {
        keepRaw(index, raw, `broken attribute: expected "${id}<tab>TYPE ID [VALUE]"`, id);
        continue;
      }
      lines[index] = { kind: 'A', id, type: parts[0], target: parts[1], ...(parts[2] !== undefined ? { value: parts[2] } : {}), raw };
    } else if (prefix === '#') {
      const second = rest.indexOf('\t');
      const head = (second < 0 ? rest : rest.slice(0, second)).trim().split(/\s+/);
      if (head.length !== 2) {
        keepRaw(index, raw, `broken note: expected "${id}<tab>TYPE ID<tab>TEXT"`, id);
        continue;
      }
      lines[index] = { kind: '#', id, type: head[0], target: head[1], text: second < 0 ? '' : rest.slice(second + 1), raw };
    } else {
      keepRaw(index, raw, undefined, id); // events, normalizations…: other tools' lines
    }
  }

  // Text-bound lines in file-offset order, so a run of moved spans re-anchors with the shift of the last one placed.
  const placed = new Set<string>();
  let shift = 0;
  for (const p of [...pending].sort((a, b) => a.bratSpans[0][0] - b.bratSpans[0][0])) {
    const spans = p.bratSpans.map(([s, e]) => {
      const start = map.fromBrat(s);
      const end = map.fromBrat(e);
      return start === null || end === null ? null : { start, end };
    });
    const lengths = p.bratSpans.map(([s, e]) => e - s);
    const expected = splitTextField(p.textField, lengths);
    const exact = spans.every((s) => s !== null) && expected !== null && fragmentTexts(text, spans as Span[]).every((t, i) => t === expected[i]);
    if (exact) {
      lines[p.index] = { kind: 'T', id: p.id, type: p.type, spans: spans as Span[], raw: p.raw };
      placed.add(p.id);
      shift = 0;
      continue;
    }
    const oldStart = spans[0]?.start ?? map.fromBrat(Math.min(p.bratSpans[0][0], map.bratLength)) ?? text.length;
    const gaps = p.bratSpans.slice(1).map(([s], i) => s - p.bratSpans[i][1]);
    const found = expected ? findFragments(text, expected, oldStart + shift, gaps) : null;
    if (found) {
      lines[p.index] = { kind: 'T', id: p.id, type: p.type, spans: found };
      placed.add(p.id);
      shift = found[0].start - oldStart;
      continue;
    }
    const past = p.bratSpans.some(([, e]) => e > map.bratLength);
    keepRaw(p.index, p.raw, past
      ? `${p.id} (${p.type}) ends at ${p.bratSpans.reduce((m, [, e]) => Math.max(m, e), 0)}, past the end of the text (${map.bratLength} characters), and "${p.textField}" is not in the text`
      : `${p.id} (${p.type}): "${p.textField}" is no longer at its offsets and was not found nearby`, p.id);
  }

  // References last: a line pointing at an id that is missing, or whose line could not be used, is kept
  // verbatim too (and so, in turn, are lines pointing at it).
  const failed = new Set<string>();
  for (const l of lines) if (l.kind === 'raw' && l.id && l.problem) failed.add(l.id);
  for (let changed = true; changed;) {
    changed = false;
    for (const [index, l] of lines.entries()) {
      const refs = l.kind === 'R' ? l.args.map((a) => a.ref) : l.kind === 'A' || l.kind === '#' ? [l.target] : [];
      const missing = refs.find((r) => !declared.has(r) || failed.has(r));
      if (!missing || l.kind === 'raw' || l.kind === 'T') continue;
      const why = declared.has(missing) ? `refers to ${missing} (line ${declared.get(missing)! + 1}), which could not be used` : `refers to ${missing}, which is not in the file`;
      keepRaw(index, l.raw ?? '', `${l.id} ${why}`, l.id);
      failed.add(l.id);
      changed = true;
    }
  }
  const doc: AnnDoc = { lines, eol };
  return { doc, problems: docProblems(doc) };
}

/**
 * What cannot be used in a document, by line of the file it writes: lines kept as they were because they
 * are broken, and spans whose words are no longer in the text.
 */
export function docProblems(doc: AnnDoc): CuratedProblem[] {
  const out: CuratedProblem[] = [];
  doc.lines.forEach((l, i) => {
    if (l.kind === 'raw' && l.problem) out.push({ line: i + 1, message: l.problem });
    else if (l.kind === 'T' && l.lost) out.push({ line: i + 1, message: `${l.id} (${l.type}): "${l.lost.texts.join(' ')}" is no longer in the text; kept in the file as it was` });
  });
  return out;
}

/** The next free id with this prefix ("T", "R", "A", "#"), counting every line, verbatim ones too. */
export function nextId(doc: AnnDoc, prefix: string): string {
  let max = 0;
  for (const l of doc.lines) {
    const id = l.kind === 'raw' ? l.id : l.id;
    if (id && id.startsWith(prefix) && /^\d/.test(id.slice(prefix.length))) max = Math.max(max, idNumber(id));
  }
  return `${prefix}${max + 1}`;
}
