// A TimeML value in words, for hovers and the entity tree.
import type { TimeExpression } from '../types';
import { MONTH_FULL, WEEKDAY_NAMES } from './lexicon';
import { weekdayOf } from './normalize';

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const monthName = (m: number): string => cap(MONTH_FULL[m - 1] ?? '');
const ORD = ['', 'first', 'second', 'third', 'fourth'];
const SEASON: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'fall', WI: 'winter' };
const PART: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const UNIT: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], Q: ['quarter', 'quarters'],
  H: ['hour', 'hours'], TM: ['minute', 'minutes'], S: ['second', 'seconds'], DE: ['decade', 'decades'], C: ['century', 'centuries'],
  WE: ['weekend', 'weekends'],
};

function dayWords(y: number, m: number, d: number): string {
  const wd = WEEKDAY_NAMES[weekdayOf({ y, m, d })];
  return `${cap(wd)}, ${d} ${monthName(m)} ${y}`;
}

function durationWords(v: string): string | null {
  // P2Y6M, PT5H30M, P1DT12H, PXY: each number-unit pair of the date part, then of the time part.
  const m = /^P((?:(?:\d+(?:\.\d+)?|X)(?:DE|WE|Y|M|W|D|Q|C))*)(?:T((?:(?:\d+(?:\.\d+)?|X)[HMS])+))?$/.exec(v);
  if (!m || (!m[1] && !m[2])) return null;
  const part = (n: string, u: string): string => {
    const [one, many] = UNIT[u];
    if (n === 'X') return `some ${many}`;
    return `${n} ${+n === 1 ? one : many}`;
  };
  const pieces: string[] = [];
  for (const p of m[1].matchAll(/(\d+(?:\.\d+)?|X)(DE|WE|Y|M|W|D|Q|C)/g)) pieces.push(part(p[1], p[2]));
  for (const p of (m[2] ?? '').matchAll(/(\d+(?:\.\d+)?|X)([HMS])/g)) pieces.push(part(p[1], p[2] === 'M' ? 'TM' : p[2]));
  return pieces.join(' and ');
}

/** Renders a timex value in words: "Thursday, 18 March 2021", "March 2021", "2 years", "every winter", "the present". */
export function describeTimex(t: Pick<TimeExpression, 'type' | 'value'> & Partial<TimeExpression>): string {
  const v = t.value;
  if (!v) return t.text ? `${t.text} (unresolved)` : 'unresolved';
  if (v === 'PRESENT_REF') return 'the present';
  if (v === 'PAST_REF') return 'the past';
  if (v === 'FUTURE_REF') return 'the future';
  let m: RegExpExecArray | null;
  if (t.type === 'SET' || v.startsWith('XXXX')) {
    if (v.startsWith('P')) {
      const d = durationWords(v);
      if (d) return `every ${d.replace(/^1 /, '').replace(/^2 (\w+)s$/, 'other $1')}`;
    }
    if ((m = /^XXXX-(SP|SU|FA|WI)$/.exec(v))) return `every ${SEASON[m[1]]}`;
    if ((m = /^XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI))?$/.exec(v))) {
      const wd = cap(WEEKDAY_NAMES[+m[1] % 7]);
      return m[2] ? `every ${wd} ${PART[m[2]]}` : `every ${wd}`;
    }
    if (v === 'XXXX-WXX-WE') return 'every weekend';
    if ((m = /^XXXX-(\d{2})$/.exec(v))) return `every ${monthName(+m[1])}`;
    if ((m = /^XXXX-XX-XXT(MO|AF|EV|NI)$/.exec(v))) return `every ${PART[m[1]]}`;
    if (v === 'XXXX-XX-XX') return 'every day';
    if (v === 'XXXX') return 'every year';
  }
  if (v.startsWith('P')) return durationWords(v) ?? v;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(v))) return `${m[4]}:${m[5]} on ${dayWords(+m[1], +m[2], +m[3])}`;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI|DT)$/.exec(v))) return `${PART[m[4]]} of ${+m[3]} ${monthName(+m[2])} ${m[1]}`;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) return dayWords(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return `${monthName(+m[2])} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})-WE$/.exec(v))) return `the weekend of week ${+m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) return `week ${+m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return `${ORD[+m[2]]} quarter of ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return `${SEASON[m[2]]} ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(v))) return m[1];
  if ((m = /^(\d{3})$/.exec(v))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})$/.exec(v))) {
    const n = +m[1] + 1;
    const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
    return `the ${n}${suffix} century`;
  }
  return v;
}
