// The chrono-node instance the date pass uses: chrono's strict English configuration (explicit dates,
// clock times, ISO and slash dates), cloned and extended with our TimeML rules as extra parsers, plus two
// refiners that keep our rules' results out of chrono's own merging and bring them back at the end.
import * as chrono from 'chrono-node';
import type { Hit } from './model';
import { fmtDate, pad2, resolveMonthYear, resolveWeekday, type Ymd } from './normalize';
import { RULE_SPECS } from './ruleParser';
import { RULE_PARSERS } from './rules';
import { trimSpan } from './spans';

const stashed = new WeakMap<chrono.ParsingContext, chrono.ParsingResult[]>();

/** First refiner: takes our rules' results aside, so chrono's merge refiners only see chrono's own. */
const stashRefiner: chrono.Refiner = {
  refine(context, results) {
    const ours = results.filter((r) => RULE_SPECS.has(r));
    stashed.set(context, ours);
    return ours.length ? results.filter((r) => !RULE_SPECS.has(r)) : results;
  },
};

/** Last refiner: brings them back (overlaps are settled by the caller, longest span first). */
const restoreRefiner: chrono.Refiner = {
  refine(context, results) {
    const ours = stashed.get(context) ?? [];
    stashed.delete(context);
    return ours.length ? results.concat(ours).sort((a, b) => a.index - b.index) : results;
  },
};

let instance: chrono.Chrono | null = null;

const PROBES = ['on Friday', '5 days ago', 'within 5 days', '5 days later', 'in 5 days'];

function ownedByRules(parser: chrono.Parser): boolean {
  try {
    const single = new chrono.Chrono({ parsers: [parser], refiners: [] });
    const ref = new Date(Date.UTC(2000, 0, 5, 12));
    return PROBES.some((probe) =>
      single.parse(probe, ref).some((r) => r.tags().has('result/relativeDate') || (r.start.isCertain('weekday') && !r.start.isCertain('day'))),
    );
  } catch {
    return false;
  }
}

export function dateParser(): chrono.Chrono {
  if (!instance) {
    const c = chrono.strict.clone();
    // Our rules own weekdays and "N units ago / within N units" (TimeML wants the unit's granularity:
    // "six weeks ago" is a week, not a day), so chrono's parsers for those are dropped, found by behaviour
    // rather than by class name (names do not survive minification).
    c.parsers = c.parsers.filter((p) => !ownedByRules(p));
    c.parsers.push(...RULE_PARSERS);
    c.refiners.unshift(stashRefiner);
    c.refiners.push(restoreRefiner);
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
  const datePart = (dct: Ymd | null, tense: 'past' | 'future' | 'none'): string | null => {
    if (month !== null && day !== null) {
      if (year !== null) return `${year}-${pad2(month)}-${pad2(day)}`;
      return dct ? `${resolveMonthYear(dct, month, day, 'bare', 'none')}-${pad2(month)}-${pad2(day)}` : null;
    }
    if (month !== null && year !== null) return `${year}-${pad2(month)}`;
    if (!dct) return null;
    if (weekday !== null) return fmtDate(resolveWeekday(dct, weekday, 'bare', tense));
    return fmtDate(dct);
  };
  const absolute = year !== null && month !== null;
  if (hour !== null) {
    if (!TIME_SHAPE.test(piece)) return null; // "at 5" alone is a number more often than a time
    return {
      ...span, type: 'TIME', relative: !absolute, rule: 'chrono-time', custom: false,
      resolve: (env) => {
        const d = datePart(env.dct, env.tense);
        return d ? `${d}T${pad2(hour)}:${pad2(minute)}` : null;
      },
    };
  }
  if (month === null) return null; // weekday-only and casual results are our rules' job
  return { ...span, type: 'DATE', relative: !absolute, rule: 'chrono-date', custom: false, resolve: (env) => datePart(env.dct, env.tense) };
}

const RANGE_SPLIT = /\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*/i;

/** Our hits from one parsed window, offsets in the window's coordinates. */
export function hitsFromResults(results: chrono.ParsedResult[], text: string): Hit[] {
  const out: Hit[] = [];
  for (const r of results) {
    const spec = RULE_SPECS.get(r as chrono.ParsingResult);
    if (spec) {
      const span = { start: spec.start, end: spec.end };
      out.push({ ...span, type: spec.type, relative: spec.relative, resolve: spec.resolve, rule: spec.rule, setsFocus: spec.setsFocus, custom: true });
      continue;
    }
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
