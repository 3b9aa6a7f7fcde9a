// The date pass: every time expression with its TimeML type and value.
//   candidates.ts    cheap trigger scan → short windows, each with the trigger words it holds
//   rules.ts, sets.ts TimeML rules (RuleParser: chrono's Parser shape, run directly with one lastIndex pass),
//                     chosen per window by its trigger words
//   chronoParsers.ts chrono-node (strict English, cloned, minus the parsers our rules supersede), only on the
//                     stretches where a digit meets a month name, a clock time or a slash/ISO date
//   durations.ts numbers and units; normalize.ts calendar math and tense; spans.ts span conventions and
//   overlaps; describe.ts values in words
import type { Diagnostic, Span, TimeExpression } from '../types';
import { candidateWindows } from './candidates';
import { chronoWindows, dateParser, stretchHits } from './chronoParsers';
import type { Env, Hit } from './model';
import { fmtWeek, parseYmd, tenseCues, tenseNear, type Tense, type TenseCues, type Ymd } from './normalize';
import { RULE_PARSERS } from './rules';
import { resolveOverlaps } from './spans';
import { checkedValue } from './timeml';
import { spanAt } from '../text/spans';

export { describeTimex } from './describe';

export interface DateContext {
  /** YYYY-MM-DD the relative expressions resolve against; null leaves them unresolved (value null). */
  readonly documentDate: string | null;
  readonly sentences: readonly Span[];
  /** Where problems that lose some dates but not the pass are reported. */
  readonly diagnostics?: Diagnostic[];
}


/** How far back (characters) an explicitly named quarter stays the reference for "a year earlier", "the quarter". */
const FOCUS_REACH = 1500;

/** How close (characters) the last date must be for a bare clock time to happen on that day. */
const REF_NEAR = 400;

/** A unit word in title case ("Minutes", "Week"), which mid-sentence marks a name. */
const NAME_UNIT = /\b(?:Seconds?|Minutes?|Hours?|Weeks?|Weekends?|Months?|Years?|Decades?|Quarters?)\b/;
/** What may stand between a sentence's start and its first word: nothing, quotes, brackets, a dash. */
const SENTENCE_OPENING = /(?:^|[.!?:;]\s*|\n\s*)["'“‘`([\s-]*$/;

/**
 * A date value that can serve as the narrative's reference time: 1998, 1998-06, 1998-06-14, and the day of a
 * part of the day or a clock time (1998-06-14TNI, 1998-06-14T22:00).
 */
const REF_VALUE = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T[\dA-Z:]+)?)?)?$/;

/** The tense cues of one sentence, found when an expression in it first asks for its tense. */
interface SentenceCues {
  cues: TenseCues | null;
}

/** What a hit resolves against (a class: one object shape, no getter defined per hit). */
class HitEnv implements Env {
  private found: Tense | null = null;

  constructor(
    readonly dct: Ymd | null,
    private readonly text: string,
    private readonly sent: Span,
    private readonly sentenceCues: SentenceCues,
    private readonly at: number,
    readonly focusQuarter: Env['focusQuarter'],
    readonly refTime: Env['refTime'],
    readonly refNear: boolean,
  ) {}

  get tense(): Tense {
    if (this.found === null) {
      const c = this.sentenceCues;
      c.cues ??= tenseCues(this.text.slice(this.sent.start, this.sent.end), this.sent.start);
      this.found = tenseNear(c.cues, this.at);
    }
    return this.found;
  }
}

const keyCache = new Map<string, number>();

/** The rules (bit i = RULE_PARSERS[i]) whose key accepts a trigger word; cached, as the words repeat. */
function ruleKeys(trigger: string): number {
  let keys = keyCache.get(trigger);
  if (keys !== undefined) return keys;
  const word = trigger.toLowerCase().replace(/\d/g, '0').replace(/\s+/g, ' ');
  keys = keyCache.get(word);
  if (keys === undefined) {
    keys = 0;
    for (let i = 0; i < RULE_PARSERS.length; i++) if (RULE_PARSERS[i].key.test(word)) keys |= 1 << i;
  }
  // Bounded: digits and spacing make the raw forms many; their normal forms are few.
  if (keyCache.size < 4096) {
    keyCache.set(word, keys);
    keyCache.set(trigger, keys);
  }
  return keys;
}

/**
 * Finds every time expression with its TimeML type and value. Catches nothing of its own: a bug throws, and
 * analyze()'s pass guard reports it; only a chrono failure on one stretch is caught (and reported).
 */
export function tagDates(text: string, ctx: DateContext): TimeExpression[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const dct: Ymd | null = parseYmd(ctx?.documentDate ?? null);
  const sentences = Array.isArray(ctx?.sentences) ? ctx.sentences : [];
  const parser = dateParser();

  const hits: Hit[] = [];
  let chronoFailure: { err: unknown; span: Span; count: number } | null = null;
  for (const w of candidateWindows(text, ruleKeys)) {
    const windowText = text.slice(w.start, w.end);
    const found: Hit[] = [];
    for (let i = 0; i < RULE_PARSERS.length; i++) if (w.keys & (1 << i)) RULE_PARSERS[i].scan(windowText, found);
    // chrono only where a digit meets a month name, a clock time or a slash/ISO date.
    for (const c of chronoWindows(windowText)) {
      // chrono is third-party code: a throw on one stretch loses only that stretch's dates, and is reported.
      try {
        stretchHits(parser, windowText, c.start, c.end, found);
      } catch (err) {
        if (!chronoFailure) chronoFailure = { err, span: { start: w.start + c.start, end: w.start + c.end }, count: 0 };
        chronoFailure.count++;
      }
    }
    if (found.length === 0) continue;
    for (const h of addPairedDays(mergeWeekOf(mergeTimeAndDay(resolveOverlaps(found), windowText), windowText), windowText)) {
      h.start += w.start;
      h.end += w.start;
      hits.push(h);
    }
  }

  const out: TimeExpression[] = [];
  type Focus = { y: number; q: number; at: number };
  let focus = null as Focus | null;
  let n = 0;
  // Tense cues are found once per sentence, and only for a sentence where some expression asks for its tense.
  let cueSentence: Span | null = null;
  let cues: SentenceCues = { cues: null };
  let refTime: Env['refTime'] = null;
  let refAt = 0;
  for (const h of hits) {
    const sent = spanAt(sentences, h.start) ?? lineAround(text, h.start);
    if (cueSentence === null || sent.start !== cueSentence.start) {
      cueSentence = sent;
      cues = { cues: null };
    }
    // A capitalized unit inside a sentence belongs to a title or a name ("CBS's 60 Minutes", "This Week With
    // David Brinkley"): TimeML leaves time words in proper names unmarked. Holidays ("Labor Day") are dates.
    if (h.rule !== 'holiday' && NAME_UNIT.test(text.slice(h.start, h.end)) && !SENTENCE_OPENING.test(text.slice(Math.max(sent.start, h.start - 8), h.start))) continue;
    if (focus && h.start - focus.at > FOCUS_REACH) focus = null;
    if (refTime && h.start - refAt > FOCUS_REACH) refTime = null;
    const env = new HitEnv(dct, text, sent, cues, h.start, focus, refTime, refTime !== null && h.start - refAt <= REF_NEAR);
    let value = h.resolve(env);
    if (value === undefined) continue;
    value = checkedValue(h.type, value);
    const ymd = (h.type === 'DATE' || h.type === 'TIME') && value ? REF_VALUE.exec(value) : null;
    if (ymd) {
      refTime = { y: +ymd[1], m: ymd[2] ? +ymd[2] : null, d: ymd[3] ? +ymd[3] : null };
      refAt = h.start;
    }
    if (h.setsFocus && value) {
      const q = /^(\d{4})-Q([1-4])$/.exec(value);
      // A report covers a quarter that is over: one not yet ended at the document date, in a future-tense
      // clause, is a forecast ("will result in a fourth-quarter charge", "will report losses through the third
      // quarter of 1990"). A fiscal quarter may carry a later label, so without the future tense it still counts.
      const forecast = q !== null && dct !== null && env.tense === 'future' && +q[1] * 4 + +q[2] >= dct.y * 4 + Math.ceil(dct.m / 3);
      if (q && !forecast) {
        focus = { y: +q[1], q: +q[2], at: h.start };
      }
    } else if (focus && value && /^\d{4}-Q[1-4]$/.test(value)) {
      focus = { y: focus.y, q: focus.q, at: h.start };
    }
    out.push({ id: `t${++n}`, start: h.start, end: h.end, text: text.slice(h.start, h.end), type: h.type, value, relative: h.relative });
  }
  if (chronoFailure) {
    const { err, span, count } = chronoFailure;
    ctx?.diagnostics?.push({
      severity: 'error',
      code: 'dates-parser-failed',
      message: `The date parser (chrono-node) failed on ${count} stretch${count === 1 ? '' : 'es'} of text, whose dates are missing: ${err instanceof Error ? err.message : String(err)}`,
      span,
    });
  }
  return out;
}

const ZONE_GAP = /^\s*(?:\(?(?:[ECMP][SD]T|GMT|UTC)\)?)?\s*,?\s*(?:on\s+)?$/;
const CLOCK_WORD = /\b(noon|midday|midnight)\s+$/i;
const DAY_RULES = new Set(['weekday', 'chrono-date', 'deictic']);

/**
 * A weekday followed by its date is one DATE, and a clock time followed by its day is one TIME ("10 p.m. Wednesday", "4 a.m. EDT Thursday", "noon Thursday"):
 * the day gives the date, the clock the hour. Hits are in text order, offsets in `text`.
 */
function mergeTimeAndDay(hits: Hit[], text: string): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const day = hits[i];
    const prev = out[out.length - 1];
    // "Saturday, April 25", "Friday Oct. 13": the weekday belongs to the date it names.
    if (day.rule === 'chrono-date' && prev && prev.rule === 'weekday' && prev.type === 'DATE' && prev.end <= day.start && /^,?\s{1,2}$/.test(text.slice(prev.end, day.start))) {
      out[out.length - 1] = { ...day, start: prev.start, rule: 'weekday+date' };
      continue;
    }
    if (DAY_RULES.has(day.rule) && (day.type === 'DATE' || day.type === 'TIME')) {
      if (prev && prev.rule === 'chrono-time' && prev.end <= day.start && ZONE_GAP.test(text.slice(prev.end, day.start))) {
        const clock = prev.resolve;
        const date = day.resolve;
        out[out.length - 1] = {
          ...prev, end: day.end, rule: 'time+day',
          resolve: (env) => {
            const d = date(env);
            const t = clock(env);
            return d && t && /^\d{4}-\d\d-\d\d/.test(d) && t.includes('T') ? d.slice(0, 10) + t.slice(t.indexOf('T')) : t;
          },
        };
        continue;
      }
      const word = CLOCK_WORD.exec(text.slice(Math.max(0, day.start - 12), day.start));
      if (word && (!prev || prev.end <= day.start - word[0].length)) {
        const hour = /^mid(?:night)$/i.test(word[1]) ? '24:00' : '12:00';
        const date = day.resolve;
        out.push({
          ...day, start: day.start - word[0].length, type: 'TIME', rule: 'time+day',
          resolve: (env) => {
            const d = date(env);
            return d && /^\d{4}-\d\d-\d\d/.test(d) ? `${d.slice(0, 10)}T${hour}` : d;
          },
        });
        continue;
      }
    }
    out.push(day);
  }
  return out;
}

/**
 * "the week of March 6": one DATE, the ISO week holding that day (TimeML marks the whole phrase). Hits are in
 * text order, offsets in `text`.
 */
function mergeWeekOf(hits: Hit[], text: string): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const next = hits[i + 1];
    if (next && next.rule === 'chrono-date' && /^the week$/i.test(text.slice(h.start, h.end)) && /^\s+of\s+$/.test(text.slice(h.end, next.start))) {
      const date = next.resolve;
      out.push({
        ...next, start: h.start, rule: 'week-of',
        resolve: (env) => {
          const d = date(env);
          const ymd = d ? parseYmd(d) : null;
          return ymd && /^\d{4}-\d\d-\d\d$/.test(d ?? '') ? fmtWeek(ymd) : d;
        },
      });
      i++;
      continue;
    }
    out.push(h);
  }
  return out;
}

/** ", and 25", " or 4": a second day number right after a month-day, not an amount, a time or a year. */
const PAIRED_DAY = /^,?\s{1,2}(?:and|or)\s{1,2}(\d{1,2})(?!\d|[.,:/]\d|[%-]|\s*[ap]\.?m\b|\s+(?!(?:in|at|on|of|to|for|and|or|when|as|the|with|from|before|after|during|because|but|while)\b)[a-z])/;

/**
 * "April 24 and 25", "May 3 or 4": the second number is a date of its own in the same month (TimeML marks
 * each date), resolved from the first. Hits are in text order, offsets in `text`.
 */
function addPairedDays(hits: Hit[], text: string): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    out.push(h);
    if (h.rule !== 'chrono-date' && h.rule !== 'weekday+date') continue;
    const m = PAIRED_DAY.exec(text.slice(h.end, h.end + 16));
    if (!m) continue;
    const end = h.end + m[0].length;
    const start = end - m[1].length;
    const day = +m[1];
    const next = hits[i + 1];
    if (day < 1 || day > 31 || (next && next.start < end)) continue;
    const first = h.resolve;
    out.push({
      ...h, start, end, rule: 'paired-day',
      resolve: (env) => {
        const v = first(env);
        const ym = v ? /^(\d{4}-\d\d)-(\d\d)$/.exec(v) : null;
        if (!ym) return v === null ? null : undefined;
        return day > +ym[2] ? `${ym[1]}-${String(day).padStart(2, '0')}` : undefined;
      },
    });
  }
  return out;
}

/**
 * Text outside any sentence (datelines, or no segmentation given): the line around the offset, in fixed
 * 400-character blocks so neighbouring expressions share one block and its tense cues.
 */
function lineAround(text: string, at: number): Span {
  // Bounded scans: a text without line breaks must not make this quadratic.
  let lineStart = Math.max(0, at - 2000);
  for (let k = at - 1; k >= lineStart; k--) {
    if (text.charCodeAt(k) === 10) {
      lineStart = k + 1;
      break;
    }
  }
  if (lineStart === at - 2000) lineStart = 0;
  const start = lineStart + Math.floor((at - lineStart) / 400) * 400;
  let end = Math.min(text.length, start + 400);
  for (let k = at; k < end; k++) {
    if (text.charCodeAt(k) === 10) {
      end = k;
      break;
    }
  }
  return { start, end: Math.max(end, at + 1) };
}
