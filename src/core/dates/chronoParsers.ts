// The chrono-node instance the date pass uses: chrono's strict English configuration (explicit dates, clock
// times, ISO and slash dates), cloned without the parsers our TimeML rules supersede. Our rules (rules.ts,
// sets.ts) run on their own; chrono only sees the short stretches of text where a digit meets a month name,
// a clock time or a slash/ISO date (see chronoWindows), which is where it adds something.
import * as chrono from 'chrono-node';
import type { Span } from '../types';
import type { Env, Hit } from './model';
import { fmtDate, pad2, resolveMonthYear, resolveWeekday, type Ymd } from './normalize';
import { pointsAhead, pointsBack } from './ruleParser';
import { trimSpan } from './spans';

let instance: chrono.Chrono | null = null;

/**
 * Whether a chrono parser does what our rules own: weekdays and "N units ago / later / within N units"
 * (TimeML wants the unit's granularity: "six weeks ago" is a week, not a day). Told by the words its regex
 * is made of, not by running it: running chrono's time-unit regexes once compiles them, some 30 ms per
 * process spent on parsers that are then dropped. Class names would not survive minification. A unit test
 * checks this against the parsers' behaviour on the phrases themselves.
 */
export function ownedByRules(parser: chrono.Parser): boolean {
  const source = parser.pattern(new chrono.ParsingContext('', new Date(Date.UTC(2000, 0, 5, 12)))).source;
  return /\bfriday\b|\bago\b|\blater\b|\bwithin\b/i.test(source);
}

export function dateParser(): chrono.Chrono {
  if (!instance) {
    const c = chrono.strict.clone();
    c.parsers = c.parsers.filter((p) => !ownedByRules(p));
    instance = c;
  }
  return instance;
}

const TIME_SHAPE = /\d:\d\d|\d\s*[ap]\.?\s?m\b|o['’]clock|\bnoon\b|\bmidnight\b/i;

/** A hit for one side of a chrono result (its start or end components) over text[start, end). */
function fromComponents(c: chrono.ParsedComponents, start: number, end: number, text: string): Hit | null {
  const known = (k: chrono.Component): number | null => (c.isCertain(k) ? c.get(k) : null);
  const year = known('year');
  const month = known('month');
  const day = known('day');
  const weekday = known('weekday');
  const hour = known('hour');
  const minute = known('minute') ?? 0;
  const span = trimSpan(text, start, end);
  if (!span) return null;
  const piece = text.slice(span.start, span.end);
  // Month names in lower case are the modal and the verb ("may", "march").
  if (/^(?:may|march)\b/.test(piece)) return null;
  // "7/8", "1/2": without a year a slash form is a fraction far more often than a date.
  if (year === null && /^\d{1,2}\/\d{1,2}$/.test(piece)) return null;
  const datePart = (dct: Ymd | null, tense: 'past' | 'future' | 'none', ref: Env['refTime'] = null): string | null => {
    if (month !== null && day !== null) {
      if (year !== null) return `${year}-${pad2(month)}-${pad2(day)}`;
      if (!dct) return null;
      const toward = pointsAhead(text, span.start) ? 'future' : pointsBack(text, span.start) ? 'past' : tense;
      return `${resolveMonthYear(dct, month, day, 'bare', toward)}-${pad2(month)}-${pad2(day)}`;
    }
    if (month !== null && year !== null) return `${year}-${pad2(month)}`;
    if (!dct) return null;
    if (weekday !== null) return fmtDate(resolveWeekday(dct, weekday, 'bare', tense));
    // A clock time alone happens on the day the narrative is at (the date last mentioned), else on the DCT.
    if (ref && ref.m !== null && ref.d !== null) return fmtDate({ y: ref.y, m: ref.m, d: ref.d });
    return fmtDate(dct);
  };
  const absolute = year !== null && month !== null;
  if (hour !== null && !TIME_SHAPE.test(piece)) {
    // "at 5" alone is a number more often than a time; "Jan. 1, 1990 at 1,015 francs": keep the date.
    const cut = /,?\s+(?:at\s+)?\d{1,2}$/.exec(piece);
    if (month === null || day === null || !cut) return null;
    return { start: span.start, end: span.start + cut.index, type: 'DATE', relative: !absolute, rule: 'chrono-date', custom: false, resolve: (env) => datePart(env.dct, env.tense) };
  }
  if (hour !== null) {
    return {
      start: span.start, end: span.end, type: 'TIME', relative: !absolute, rule: 'chrono-time', custom: false,
      resolve: (env) => {
        const d = datePart(env.dct, env.tense, env.refNear ? env.refTime : null);
        return d ? `${d}T${pad2(hour)}:${pad2(minute)}` : null;
      },
    };
  }
  if (month === null) return null; // weekday-only and casual results are our rules' job
  // Fields written out, not spread from `span`: every hit made here has one object shape.
  return { start: span.start, end: span.end, type: 'DATE', relative: !absolute, rule: 'chrono-date', custom: false, resolve: (env) => datePart(env.dct, env.tense) };
}

/**
 * chrono's reference instant. Our resolvers never read chrono's implied values, so it only decides which
 * results chrono keeps: a leap year, so that a bare "Feb. 29" is not thrown away as an impossible date
 * (the resolver picks its leap year), and one fixed instant, so chrono's output depends on the text alone.
 */
const CHRONO_REF = new Date(Date.UTC(2000, 0, 1, 12));

const isSpaceCode = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * chrono's hits in text[start, end), offsets in `text`. A result that ends inside a word misread its last
 * word ("12 May 2 ad|ults" taken for the year 2 AD): that stretch is parsed again without the word.
 */
export function chronoHits(parser: chrono.Chrono, text: string, start: number, end: number): Hit[] {
  const piece = text.slice(start, end);
  const results = parser.parse(piece, CHRONO_REF);
  const out: Hit[] = [];
  const clean: chrono.ParsedResult[] = [];
  for (const r of results) {
    const e = r.index + r.text.length;
    if (e < piece.length && isWordChar(piece.charCodeAt(e)) && isWordChar(piece.charCodeAt(e - 1))) {
      let w = e - 1;
      while (w > r.index && isWordChar(piece.charCodeAt(w - 1))) w--;
      if (w > r.index) for (const h of chronoHits(parser, text, start + r.index, start + w)) out.push(h);
      continue;
    }
    clean.push(r);
  }
  for (const h of hitsFromResults(clean, piece)) {
    h.start += start;
    h.end += start;
    out.push(h);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** chrono's cost grows with the stretch length times its results, so longer stretches go in chunks of this size. */
const CHUNK = 800;
/** Longer than any expression chrono finds ("from Saturday, April 25, 1998 at 10:30 a.m. EST to …"). */
const MARGIN = 160;

/**
 * chrono's hits in a stretch of any length, offsets in `text`, in linear time: a long stretch is read in
 * overlapping chunks cut at spaces; a chunk keeps the hits that start at least MARGIN before its end (so they
 * are whole), and the next chunk starts after them, so no date is cut and none is found twice.
 */
export function stretchHits(parser: chrono.Chrono, text: string, start: number, end: number, out: Hit[]): void {
  let s = start;
  while (end - s > CHUNK) {
    let e = s + CHUNK;
    for (let k = 0; k < 40 && !isSpaceCode(text.charCodeAt(e - 1)); k++) e--;
    const keep = e - MARGIN;
    let next = keep;
    for (const h of chronoHits(parser, text, s, e)) {
      if (h.start >= keep) break;
      out.push(h);
      if (h.end > next) next = h.end;
    }
    // Start the next chunk at a word start, as a whole-text parse would see it.
    for (let k = 0; k < 40 && next < end && !isSpaceCode(text.charCodeAt(next)); k++) next++;
    s = next;
  }
  for (const h of chronoHits(parser, text, s, end)) out.push(h);
}

const RANGE_SPLIT = /\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*/i;

/** Our hits from one parsed window, offsets in the window's coordinates. */
export function hitsFromResults(results: chrono.ParsedResult[], text: string): Hit[] {
  const out: Hit[] = [];
  for (const r of results) {
    const start = r.index;
    const end = r.index + r.text.length;
    if (r.end) {
      // A range: TimeML marks each end on its own.
      const m = RANGE_SPLIT.exec(r.text);
      if (m && m.index > 0) {
        const a = fromComponents(r.start, start, start + m.index, text);
        const b = fromComponents(r.end, start + m.index + m[0].length, end, text);
        if (a) out.push(a);
        if (b) out.push(b);
        continue;
      }
    }
    const h = fromComponents(r.start, start, end, text);
    if (h) out.push(h);
  }
  return out;
}

// Where chrono is worth running: a digit next to a month name, a clock time, a slash or ISO date.
const CHRONO_NEED =
  /\d:\d\d|\d\s*[ap]\.?\s?m\b|\d\s*o['’]clock|\d[/-]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s{1,3}\d(?!\d{3}(?![\d,]))|\d(?:st|nd|rd|th)?\s{1,3}(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/gi;


const HAS_DIGIT = /\d/;

/** Stretches of `text` (merged, in order) around every place chrono's parsers can add a date or time. */
export function chronoWindows(text: string): Span[] {
  const out: { start: number; end: number }[] = [];
  // Every shape chrono is needed for has a digit; most windows ("said last week") have none.
  if (!HAS_DIGIT.test(text)) return out;
  const n = text.length;
  CHRONO_NEED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CHRONO_NEED.exec(text)) !== null) {
    // Room for "Saturday, April 25, 1998 at 10:30 a.m." and "from March 3 to March 5".
    let start = Math.max(0, m.index - 28);
    let end = Math.min(n, m.index + m[0].length + 36);
    for (let k = 0; k < 24 && start > 0 && !isSpaceCode(text.charCodeAt(start - 1)); k++) start--;
    for (let k = 0; k < 24 && end < n && !isSpaceCode(text.charCodeAt(end)); k++) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      if (end > last.end) last.end = end;
    } else {
      out.push({ start, end });
    }
    if (CHRONO_NEED.lastIndex === m.index) CHRONO_NEED.lastIndex++;
  }
  // chrono would join a date ending one sentence to a clock time opening the next ("on March 3. At 10 p.m.
  // …"): each sentence is parsed on its own.
  const res: Span[] = [];
  for (const w of out) {
    let s = w.start;
    SENTENCE_CUT.lastIndex = 0;
    const piece = text.slice(w.start, w.end);
    let c: RegExpExecArray | null;
    while ((c = SENTENCE_CUT.exec(piece)) !== null) {
      const cut = w.start + c.index + 2;
      res.push({ start: s, end: cut });
      s = cut;
    }
    res.push({ start: s, end: w.end });
  }
  return res;
}

/** A sentence end after a number ("… on March 3. At 10 p.m."): a digit, a stop, space, a capital. */
const SENTENCE_CUT = /\d[.!?](?=["”’]?\s+["“‘]?[A-Z])/g;
