// An independent check of TimeML TIMEX3 values, written for the tests from the TimeML guidelines (not from
// src/core/dates): the property tests hold every value the date pass emits against it.
//
//   DATE       a calendar point: YYYY (digits or trailing X: 199X, 19XX, XXXX), YYY (decade), YY (century),
//              YYYY-MM, YYYY-MM-DD (a real calendar day), YYYY-Www, YYYY-Www-D, YYYY-Www-WE, YYYY-SP|SU|FA|WI,
//              YYYY-Q1..Q4, YYYY-H1|H2 (X for an unknown part), optionally with a time of day; PRESENT_REF,
//              PAST_REF, FUTURE_REF.
//   TIME       the same, usually with THH, THH:MM, THH:MM:SS or a part of the day (TMO, TMI, TAF, TEV, TNI, TDT).
//   DURATION   P[nY][nM][nW][nD][T[nH][nM][nS]] in that order, n a whole or decimal number (no exponent) or X,
//              plus the decade, century and millennium units TimeBank uses (DE/E, CE/C, ML/L), quarters (Q) and
//              weekends (WE, as in TIMEX2: P1WE).
//   SET        a duration (P1W) or a calendar point with X parts (XXXX-WXX-2, XXXX-XX-XXTNI).
// A value is a string; null (no value) is always allowed by the callers.

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

const REF = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);
const PARTS_OF_DAY = new Set(['MO', 'MI', 'AF', 'EV', 'NI', 'DT']);

function leap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(year: number | null, month: number): number {
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  // An unknown year (XXXX-02-29) may be a leap year.
  return month === 2 && year !== null && !leap(year) ? 28 : days;
}

/** ISO weeks in a year: 53 when the year starts on a Thursday, or on a Wednesday in a leap year. */
function isoWeeks(year: number): number {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay(); // 0 = Sunday
  return jan1 === 4 || (jan1 === 3 && leap(year)) ? 53 : 52;
}

/** Two digits in [lo, hi], or null when the text is not two digits. */
function twoDigits(s: string, lo: number, hi: number): number | null {
  if (!/^\d\d$/.test(s)) return null;
  const n = Number(s);
  return n >= lo && n <= hi ? n : null;
}

function validTime(t: string): boolean {
  if (PARTS_OF_DAY.has(t)) return true;
  const m = /^(\d\d)(?::(\d\d)(?::(\d\d)(?:\.\d+)?)?)?$/.exec(t);
  if (!m) return false;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  const sec = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 24 || min > 59 || sec > 60) return false;
  return h < 24 || (min === 0 && sec === 0);
}

/** A calendar point (with an optional time of day), as DATE, TIME and SET values use it. */
export function validPoint(value: string): boolean {
  const [date, time, ...rest] = value.split('T');
  if (rest.length > 0 || time === '') return false;
  const parts = date.split('-');
  const yearText = parts[0];
  // Years: four digits (or trailing X), a decade (three digits) or a century (two); never signed.
  if (!/^(\d{4}|\d{3}X|\d{2}XX|\dXXX|XXXX|\d{3}|\d{2})$/.test(yearText)) return false;
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  if (yearText.length < 4 && parts.length > 1) return false; // a decade or century has no finer parts
  let dayLevel = false;
  if (parts.length === 2) {
    const p = parts[1];
    if (!(p === 'XX' || twoDigits(p, 1, 12) !== null || /^W(\d\d|XX)$/.test(p) || /^(SP|SU|FA|WI)$/.test(p) || /^Q[1-4X]$/.test(p) || /^H[12X]$/.test(p))) return false;
    if (/^W\d\d$/.test(p)) {
      const w = Number(p.slice(1));
      if (w < 1 || w > (year === null ? 53 : isoWeeks(year))) return false;
    }
  } else if (parts.length === 3) {
    const [p, q] = [parts[1], parts[2]];
    if (/^W(\d\d|XX)$/.test(p)) {
      if (/^W\d\d$/.test(p)) {
        const w = Number(p.slice(1));
        if (w < 1 || w > (year === null ? 53 : isoWeeks(year))) return false;
      }
      if (q === 'WE') return time === undefined;
      if (!/^[1-7X]$/.test(q)) return false;
      dayLevel = true;
    } else {
      const month = p === 'XX' ? null : twoDigits(p, 1, 12);
      if (p !== 'XX' && month === null) return false;
      if (q !== 'XX') {
        const day = twoDigits(q, 1, 31);
        if (day === null) return false;
        if (month !== null && day > daysIn(year, month)) return false;
      }
      dayLevel = true;
    }
  } else if (parts.length !== 1) {
    return false;
  }
  return time === undefined || (dayLevel && validTime(time));
}

// Largest unit first; a unit may appear once, in this order (so P20Y5Y and P1D2Y are not durations).
const DATE_UNITS = ['ML', 'L', 'CE', 'C', 'DE', 'E', 'Y', 'Q', 'M', 'W', 'WE', 'D'];
const TIME_UNITS = ['H', 'M', 'S'];

/** Number of components (n + unit, n a plain number or X) in `s`, or null when `s` is anything else. */
function components(s: string, allowed: string[]): number | null {
  const re = /(\d+(?:\.\d+)?|X+)(DE|CE|ML|WE|[A-Z])/y;
  let last = -1;
  let count = 0;
  while (re.lastIndex < s.length) {
    const m = re.exec(s);
    if (!m) return null;
    const i = allowed.indexOf(m[2]);
    if (i <= last) return null;
    last = i;
    count++;
  }
  return count;
}

/** ISO 8601 / TimeML duration: P, date components, optionally T and time components; at least one. */
export function validDuration(value: string): boolean {
  const m = /^P([^T]*)(?:T(.*))?$/.exec(value);
  if (!m || m[2] === '') return false;
  const inDate = components(m[1], DATE_UNITS);
  const inTime = m[2] === undefined ? 0 : components(m[2], TIME_UNITS);
  return inDate !== null && inTime !== null && inDate + inTime > 0;
}

/** Why a value is not valid TimeML for its type, or null when it is. */
export function timexProblem(type: string, value: string): string | null {
  if (typeof value !== 'string' || value === '') return 'not a non-empty string';
  switch (type) {
    case 'DATE':
    case 'TIME':
      if (REF.has(value) || validPoint(value)) return null;
      return `not a calendar point or *_REF token for ${type}`;
    case 'DURATION':
      return validDuration(value) ? null : 'not a duration P…';
    case 'SET':
      return validDuration(value) || validPoint(value) ? null : 'not a duration or a calendar point with X parts';
    default:
      return `unknown type ${type}`;
  }
}
