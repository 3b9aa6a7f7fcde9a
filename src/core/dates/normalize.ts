// Calendar arithmetic and TimeML value formatting. Pure functions on plain {y, m, d} dates (UTC, no
// time zones), so a value never depends on the machine's clock or zone.

export interface Ymd {
  readonly y: number;
  readonly m: number; // 1-12
  readonly d: number; // 1-31
}

export type Tense = 'past' | 'future' | 'none';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: readonly Season[] = ['SP', 'SU', 'FA', 'WI'];

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const pad4 = (n: number): string => String(n).padStart(4, '0');

export function parseYmd(value: string | null | undefined): Ymd | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const toDays = (t: Ymd): number => Math.floor(Date.UTC(t.y, t.m - 1, t.d) / 86400000);
const fromDays = (n: number): Ymd => {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};

export function addDays(t: Ymd, n: number): Ymd {
  return fromDays(toDays(t) + n);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(t: Ymd, n: number): Ymd {
  const total = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(t: Ymd): number {
  return new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
}

/** ISO 8601 week: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(t: Ymd): { year: number; week: number } {
  const dow = (weekdayOf(t) + 6) % 7; // Monday = 0
  const thursday = addDays(t, 3 - dow);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toDays(thursday) - toDays(jan1)) / 7) + 1;
  return { year: thursday.y, week };
}

export const fmtDate = (t: Ymd): string => `${pad4(t.y)}-${pad2(t.m)}-${pad2(t.d)}`;
export const fmtMonth = (y: number, m: number): string => `${pad4(y)}-${pad2(m)}`;
export const fmtWeek = (t: Ymd): string => {
  const w = isoWeek(t);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
};
export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

export function seasonOf(m: number): Season {
  if (m >= 3 && m <= 5) return 'SP';
  if (m >= 6 && m <= 8) return 'SU';
  if (m >= 9 && m <= 11) return 'FA';
  return 'WI';
}

/** Index of a season within its (winter-last) year: SP 0, SU 1, FA 2, WI 3. January and February belong to the winter that began the year before. */
function seasonPosition(t: Ymd): { year: number; index: number } {
  const s = seasonOf(t.m);
  return { year: s === 'WI' && t.m <= 2 ? t.y - 1 : t.y, index: SEASONS.indexOf(s) };
}

/**
 * The year of a named season relative to the document date: offset -1 "last", 0 "this", +1 "next";
 * for a bare season, the tense picks the previous (past) or coming (future) one, else the current year.
 */
export function seasonYear(dct: Ymd, season: Season, relation: 'last' | 'this' | 'next' | 'bare', tense: Tense): number {
  const cur = seasonPosition(dct);
  const idx = SEASONS.indexOf(season);
  switch (relation) {
    case 'this':
      return cur.year;
    case 'last':
      return idx < cur.index ? cur.year : cur.year - 1;
    case 'next':
      return idx > cur.index ? cur.year : cur.year + 1;
    default:
      if (tense === 'past') return idx <= cur.index ? cur.year : cur.year - 1;
      if (tense === 'future') return idx >= cur.index ? cur.year : cur.year + 1;
      return cur.year;
  }
}

/** A weekday (0 = Sunday) resolved against the document date. */
export function resolveWeekday(dct: Ymd, weekday: number, relation: 'last' | 'next' | 'this' | 'bare', tense: Tense): Ymd {
  const cur = weekdayOf(dct);
  const back = (cur - weekday + 7) % 7; // days back to the most recent such weekday (0 = today)
  const fwd = (weekday - cur + 7) % 7;
  switch (relation) {
    case 'last':
      return addDays(dct, -(back === 0 ? 7 : back));
    case 'next':
      return addDays(dct, fwd === 0 ? 7 : fwd);
    case 'this': {
      // The day of the document's ISO week (Monday-based).
      const monOffset = (cur + 6) % 7;
      return addDays(dct, -monOffset + ((weekday + 6) % 7));
    }
    default:
      if (tense === 'future') return addDays(dct, fwd);
      if (tense === 'past') return addDays(dct, -back);
      // No tense: news reports what happened, so the past one unless it is five or more days back.
      return back <= 4 ? addDays(dct, -back) : addDays(dct, fwd);
  }
}

/** The year of a month (with optional day) given without a year. */
export function resolveMonthYear(dct: Ymd, month: number, day: number | null, relation: 'last' | 'next' | 'this' | 'bare', tense: Tense): number {
  const y = monthYear(dct, month, day, relation, tense);
  return month === 2 && day === 29 && daysInMonth(y, 2) < 29 ? leapDayYear(dct, tense) : y;
}

/** The year of the Feb. 29 the tense points to: the last one before the document date, the next one, or the nearest. */
function leapDayYear(dct: Ymd, tense: Tense): number {
  const now = toDays(dct);
  let best = dct.y;
  let bestDist = Infinity;
  // Leap days are at most eight years apart (1896, 1904).
  for (let y = dct.y - 8; y <= dct.y + 8; y++) {
    if (daysInMonth(y, 2) < 29) continue;
    const diff = toDays({ y, m: 2, d: 29 }) - now;
    if ((tense === 'past' && diff > 0) || (tense === 'future' && diff < 0)) continue;
    if (Math.abs(diff) < bestDist) {
      best = y;
      bestDist = Math.abs(diff);
    }
  }
  return best;
}

function monthYear(dct: Ymd, month: number, day: number | null, relation: 'last' | 'next' | 'this' | 'bare', tense: Tense): number {
  const cmp = month !== dct.m ? month - dct.m : day === null ? 0 : day - dct.d;
  switch (relation) {
    case 'this':
      return dct.y;
    case 'last':
      return month < dct.m ? dct.y : dct.y - 1;
    case 'next':
      return month > dct.m ? dct.y : dct.y + 1;
    default:
      // The tense of the sentence decides: a past month is the latest one before the document's month, a
      // future one the next after it; without a tense, the nearest one (within half a year).
      // The tense is a weak cue (a past-tense report often names a coming date), so it only decides for
      // months up to nine back or ahead; the document's own month is always this year's.
      if (month !== dct.m) {
        if (tense === 'past' && (dct.m - month + 12) % 12 <= 9) return cmp < 0 ? dct.y : dct.y - 1;
        if (tense === 'future' && (month - dct.m + 12) % 12 <= 9) return cmp > 0 ? dct.y : dct.y + 1;
      }
      if (month - dct.m > 6) return dct.y - 1;
      if (dct.m - month > 6) return dct.y + 1;
      return dct.y;
  }
}

const FUTURE_CUE = /\b(?:will|won['’]t|shall|'ll|would|might|going to|gonna|is to|are to|(?:plans?|planning|intends?|expects?|(?:is|are|be|being) expected) to|scheduled|next(?!\s+to\b)|upcoming|set to|slated|to be held|as soon as|as early as)\b/gi;
const PAST_CUE = /\b(?:said|was|were|had|did|told|announced|reported|met|came|went|made|took|gave|began|ended|closed|rose|fell|won|lost|left|held|ago|last|earlier|yesterday|bought|sold|paid|spent|brought|found|became|got|kept|led|sent|stood|struck|wrote|saw|thought|[a-z]{2,}ed)\b/gi;

const NOT_PAST = new Set(['need', 'speed', 'indeed', 'feed', 'seed', 'red', 'bed', 'hundred', 'embed', 'proceed', 'exceed', 'succeed', 'breed', 'greed', 'shed', 'wed']);

/** The past forms PAST_CUE names one by one (the rest come from its open "-ed" pattern). */
const LISTED_PAST = new Set(['said', 'ended', 'closed', 'announced', 'reported', 'held', 'led', 'sent', 'had', 'did']);
/** A determiner, with an optional adverb, right before a word: what follows is an adjective. */
const ADJ_BEFORE = /\b(?:a|an|the|this|that|its|their|his|her|our|your)\s+(?:(?:still|newly|recently|long|widely|previously|as yet|yet)\s+)?$/i;

/** Offsets of the tense cues of a sentence, each list in text order. */
export interface TenseCues {
  readonly future: readonly number[];
  readonly past: readonly number[];
}

/** Tense cues of a sentence, offsets shifted by `base`. */
export function tenseCues(sentence: string, base = 0): TenseCues {
  const future: number[] = [];
  const past: number[] = [];
  for (const [re, tense] of [[FUTURE_CUE, 'future'], [PAST_CUE, 'past']] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      if (tense === 'past' && NOT_PAST.has(m[0].toLowerCase())) continue;
      // Only the open "-ed" class needs these: a capitalized word is a name ("United States", "Ted"), and
      // one after a determiner is an adjective ("a still unspecified date", "the proposed merger").
      if (tense === 'past' && m[0].endsWith('ed') && !LISTED_PAST.has(m[0].toLowerCase())) {
        const c = m[0].charCodeAt(0);
        if (c >= 65 && c <= 90) continue;
        if (ADJ_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
      }
      (tense === 'future' ? future : past).push(base + m.index);
    }
  }
  return { future, past };
}

/** Index of the first offset in sorted `xs` that is at least `at`. */
function firstAtOrAfter(xs: readonly number[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The weighted distance from `at` to the nearest cue of one tense (the nearest on each side is enough). */
function nearestCue(xs: readonly number[], at: number, weight: number): number {
  const i = firstAtOrAfter(xs, at);
  let best = Infinity;
  if (i < xs.length) best = (xs[i] - at) * weight;
  if (i > 0) {
    let d = (at - xs[i - 1]) * weight;
    // The verb right before the expression ("announced Friday", "will meet Bush on Thursday") governs it.
    if (at - xs[i - 1] <= 24) d /= 4;
    if (d < best) best = d;
  }
  return best;
}

/**
 * The tense at an offset: the nearest cue decides. Future cues are rarer and more specific than past ones
 * (a reporting "said" closes most news sentences), so they count at half their distance; a tie goes to the
 * future. Logarithmic in the number of cues, so a sentence of any length costs the same per expression.
 */
export function tenseNear(cues: TenseCues, at: number): Tense {
  const f = nearestCue(cues.future, at, 0.5);
  const p = nearestCue(cues.past, at, 1);
  if (f === Infinity && p === Infinity) return 'none';
  return f <= p ? 'future' : 'past';
}

/** The tense around an offset of a sentence. */
export function tenseAt(sentence: string, offset: number): Tense {
  return tenseNear(tenseCues(sentence), offset);
}
