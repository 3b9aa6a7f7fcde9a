// The one gate every value of the date pass goes through: TimeML (TIMEX3) values, valid for their type.
// A rule that computes an impossible value (a 31st of April, a year before 0000, a repeated duration unit,
// exponent notation) must not reach the user: the value becomes null, "unresolved", rather than wrong.
import type { TimexType } from '../types';
import { daysInMonth, isoWeek } from './normalize';

const REF = /^(?:PRESENT|PAST|FUTURE)_REF$/;

// Calendar forms; X stands for an unspecified digit or field ("199X", "XXXX-WXX-1", "1998-XX").
const YEAR = '(\\d{4}|\\d{3}X|\\d{2}XX|\\dXXX|XXXX)';
const DAY_FORM = new RegExp(`^${YEAR}-(\\d\\d|XX)-(\\d\\d|XX)$`);
const MONTH_FORM = new RegExp(`^${YEAR}-(\\d\\d|XX)$`);
const WEEK_FORM = new RegExp(`^${YEAR}-W(\\d\\d|XX)(?:-([1-7]|X|WE))?$`);
const PART_FORM = new RegExp(`^${YEAR}-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI)$`);
/** A year, a decade (199) or a century (19), possibly with unspecified digits. */
const COARSE_FORM = /^(?:\d{4}|\d{3}X|\d{2}XX|\dXXX|XXXX|\d{3}|\d\dX|\d\d)$/;

/** The time of day after "T": a part of the day, or hh, hh:mm, hh:mm:ss(.f), with an optional zone. */
const TIME_OF_DAY = /^(?:(MO|MI|AF|EV|NI|DT)|(\d\d)(?::(\d\d)(?::(\d\d)(?:\.\d+)?)?)?(?:Z|[+-]\d\d(?::?\d\d)?)?)$/;

const DATE_UNITS = ['ML', 'L', 'E', 'CE', 'C', 'DE', 'Y', 'Q', 'M', 'W', 'WE', 'D'];
const TIME_UNITS = ['H', 'M', 'S'];
const DATE_PAIR = /(\d+(?:\.\d+)?|X)(ML|CE|DE|WE|[LECYQMWD])/y;
const TIME_PAIR = /(\d+(?:\.\d+)?|X)([HMS])/y;

/** "P2Y6M", "PT5H30M", "P1DT12H", "PXY", "P1WE": each unit once, largest first, a fraction only on the last. */
export function isDuration(value: string): boolean {
  if (value.length < 3 || value[0] !== 'P') return false;
  const t = value.indexOf('T');
  const datePart = t < 0 ? value.slice(1) : value.slice(1, t);
  const timePart = t < 0 ? '' : value.slice(t + 1);
  if (t >= 0 && timePart === '') return false;
  const pairs: string[] = [];
  const ok = (part: string, re: RegExp, units: readonly string[]): boolean => {
    let rank = -1;
    re.lastIndex = 0;
    while (re.lastIndex < part.length) {
      const at = re.lastIndex;
      const m = re.exec(part);
      if (!m || m.index !== at) return false;
      const r = units.indexOf(m[2]);
      if (r <= rank) return false;
      rank = r;
      pairs.push(m[1]);
    }
    return true;
  };
  if (!ok(datePart, DATE_PAIR, DATE_UNITS) || !ok(timePart, TIME_PAIR, TIME_UNITS) || pairs.length === 0) return false;
  // ISO 8601 allows a decimal fraction only on the smallest unit given.
  return pairs.slice(0, -1).every((n) => !n.includes('.'));
}

function weeksIn(year: number): number {
  return isoWeek({ y: year, m: 12, d: 28 }).week;
}

/** A calendar date of any precision, real: month 01-12, a day the month has, a week the year has. */
export function isCalendarDate(value: string): boolean {
  if (COARSE_FORM.test(value) || PART_FORM.test(value)) return true;
  let m = MONTH_FORM.exec(value);
  if (m) return m[2] === 'XX' || (+m[2] >= 1 && +m[2] <= 12);
  m = DAY_FORM.exec(value);
  if (m) {
    const [, y, mo, d] = m;
    if (mo === 'XX') return d === 'XX' || (+d >= 1 && +d <= 31);
    if (+mo < 1 || +mo > 12) return false;
    if (d === 'XX') return true;
    // Without a known year, February has its 29th.
    const days = /^\d{4}$/.test(y) ? daysInMonth(+y, +mo) : daysInMonth(2000, +mo);
    return +d >= 1 && +d <= days;
  }
  m = WEEK_FORM.exec(value);
  if (m) {
    if (m[2] === 'XX') return true;
    const w = +m[2];
    return w >= 1 && w <= (/^\d{4}$/.test(m[1]) ? weeksIn(+m[1]) : 53);
  }
  return false;
}

/** A day (or a day of a week) with a time of day: "1998-02-13T14:35", "1998-02-13TNI", "XXXX-WXX-1TNI". */
export function isDateTime(value: string): boolean {
  const t = value.indexOf('T');
  if (t <= 0) return false;
  const day = value.slice(0, t);
  if (!(DAY_FORM.test(day) || /-W(?:\d\d|XX)-[1-7X]$/.test(day)) || !isCalendarDate(day)) return false;
  const m = TIME_OF_DAY.exec(value.slice(t + 1));
  if (!m) return false;
  if (m[1]) return true;
  const h = +m[2];
  const min = m[3] === undefined ? 0 : +m[3];
  const s = m[4] === undefined ? 0 : +m[4];
  if (h === 24) return min === 0 && s === 0;
  return h <= 23 && min <= 59 && s <= 59;
}

/** Whether `value` is a valid TimeML value for a timex of type `type`. */
export function isTimexValue(type: TimexType, value: string): boolean {
  switch (type) {
    case 'DATE':
      // TimeBank marks a day with its part ("Friday night") as a DATE too.
      return REF.test(value) || isCalendarDate(value) || isDateTime(value);
    case 'TIME':
      return REF.test(value) || isDateTime(value);
    case 'DURATION':
      return isDuration(value);
    case 'SET':
      return isDuration(value) || isCalendarDate(value) || isDateTime(value);
  }
}

/** The value if it is valid TimeML for its type, else null ("unresolved" rather than wrong). */
export function checkedValue(type: TimexType, value: string | null): string | null {
  return value !== null && isTimexValue(type, value) ? value : null;
}
