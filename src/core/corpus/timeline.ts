// The dated events of one or many articles on one time axis. A calendar value ("2021-03-18", "2021-Q1",
// "1990") becomes the interval it names; durations, sets and references to the past, present or future
// have no place on an axis and are listed apart.
import { describeTimex } from '../dates';
import type { TimeExpression } from '../types';
import { runSteps, STEP, type Steps } from './steps';

export type Granularity = 'century' | 'decade' | 'year' | 'half' | 'season' | 'quarter' | 'month' | 'week' | 'day' | 'part of day' | 'time';

export interface Interval {
  /** Milliseconds since 1970 (UTC), start inclusive, end exclusive. */
  readonly from: number;
  readonly to: number;
  readonly granularity: Granularity;
}

const utc = (y: number, m = 1, d = 1, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);
const DAY = 86_400_000;

/** Monday of ISO week 1: the week holding 4 January. */
function isoWeekOne(year: number): number {
  const jan4 = utc(year, 1, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0
  return jan4 - weekday * DAY;
}

const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const PART_HOURS: Record<string, [number, number]> = { MO: [6, 12], AF: [12, 18], EV: [18, 22], NI: [21, 24], DT: [8, 18] };

/** The interval a TimeML calendar value names; null for durations, sets, references and unresolved values. */
export function valueInterval(value: string | null): Interval | null {
  if (!value) return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value))) {
    const from = utc(+m[1], +m[2], +m[3], +m[4], +m[5]);
    return { from, to: from + 60_000, granularity: 'time' };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI|DT)$/.exec(value))) {
    const [a, b] = PART_HOURS[m[4]];
    return { from: utc(+m[1], +m[2], +m[3], a), to: utc(+m[1], +m[2], +m[3], b), granularity: 'part of day' };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const from = utc(+m[1], +m[2], +m[3]);
    return { from, to: from + DAY, granularity: 'day' };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = isoWeekOne(+m[1]) + (+m[2] - 1) * 7 * DAY;
    return m[3] ? { from: monday + 5 * DAY, to: monday + 7 * DAY, granularity: 'week' } : { from: monday, to: monday + 7 * DAY, granularity: 'week' };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { from: utc(+m[1], +m[2]), to: utc(+m[1], +m[2] + 1), granularity: 'month' };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = +m[2];
    return { from: utc(+m[1], 3 * q - 2), to: utc(+m[1], 3 * q + 1), granularity: 'quarter' };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const h = +m[2];
    return { from: utc(+m[1], 6 * h - 5), to: utc(+m[1], 6 * h + 1), granularity: 'half' };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const start = SEASON_MONTH[m[2]];
    return { from: utc(+m[1], start), to: utc(+m[1], start + 3), granularity: 'season' };
  }
  if ((m = /^(\d{4})$/.exec(value))) return { from: utc(+m[1]), to: utc(+m[1] + 1), granularity: 'year' };
  if ((m = /^(\d{3})$/.exec(value))) return { from: utc(+m[1] * 10), to: utc(+m[1] * 10 + 10), granularity: 'decade' };
  if ((m = /^(\d{2})$/.exec(value))) return { from: utc(+m[1] * 100), to: utc(+m[1] * 100 + 100), granularity: 'century' };
  return null;
}

export interface TimelineSource {
  readonly docId: string;
  readonly dates: readonly TimeExpression[];
}

export interface TimelineItem {
  readonly docId: string;
  readonly date: TimeExpression;
  /** The value in words ("Thursday, 18 March 2021", "2 years", "every Monday"). */
  readonly words: string;
}

export interface TimelinePoint extends TimelineItem, Interval {}

export interface Timeline {
  /** Calendar dates and times, earliest first (a wider interval before the narrower ones it starts with). */
  readonly points: readonly TimelinePoint[];
  readonly durations: readonly TimelineItem[];
  readonly sets: readonly TimelineItem[];
  /** The past, the present, the future, and values that could not be resolved. */
  readonly other: readonly TimelineItem[];
}

/** Sources in the order given (e.g. newest article first); within one, reading order breaks ties. */
export function buildTimeline(sources: Iterable<TimelineSource>): Timeline {
  return runSteps(timelineSteps(sources));
}

/** buildTimeline, yielding every few hundred dates (see steps.ts). */
export function* timelineSteps(sources: Iterable<TimelineSource>): Steps<Timeline> {
  const points: (TimelinePoint & { order: number })[] = [];
  const durations: TimelineItem[] = [];
  const sets: TimelineItem[] = [];
  const other: TimelineItem[] = [];
  let order = 0;
  let n = 0;
  for (const { docId, dates } of sources) {
    for (const date of [...dates].sort((a, b) => a.start - b.start)) {
      if (++n % STEP === 0) yield;
      const item: TimelineItem = { docId, date, words: describeTimex(date) };
      if (date.type === 'DURATION') durations.push(item);
      else if (date.type === 'SET') sets.push(item);
      else {
        const interval = valueInterval(date.value);
        if (interval) points.push({ ...item, ...interval, order: order++ });
        else other.push(item);
      }
    }
  }
  points.sort((a, b) => a.from - b.from || b.to - a.to || a.order - b.order);
  return { points: points.map(({ order: _o, ...p }) => p), durations, sets, other };
}
