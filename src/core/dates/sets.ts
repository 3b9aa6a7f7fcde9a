// Recurring times (TimeML SET): daily, every day, each winter, twice a week, $5 a year, on Tuesdays.
import { NUMBER_SRC, durationValue, parseNumber, parseUnit } from './durations';
import { MONTH_FULL, SEASON_SRC, WEEKDAY_SRC, monthNumber, partOfDayCode, seasonCode, weekdayNumber } from './lexicon';
import { pad2 } from './normalize';
import { RuleParser, isRateContext, rx } from './ruleParser';

const ADVERBS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'XXXX-XX-XXTNI',
  biweekly: 'P2W', semiannually: 'P6M', fortnightly: 'P2W',
};

/** The TimeML value of "every <what>", or null. */
export function everyValue(what: string, n: number | 'X' = 1): string | null {
  const w = what.toLowerCase().replace(/s$/, '');
  const wd = weekdayNumber(w);
  if (wd >= 0) return `XXXX-WXX-${wd === 0 ? 7 : wd}`;
  if (MONTH_FULL.includes(w)) return `XXXX-${pad2(monthNumber(w))}`;
  if (/^(?:spring|summer|fall|autumn|winter)$/.test(w)) return `XXXX-${seasonCode(w)}`;
  if (/^(?:morning|afternoon|evening|night)$/.test(w)) return `XXXX-XX-XXT${partOfDayCode(w)}`;
  if (w === 'weekend') return 'XXXX-WXX-WE';
  const unit = parseUnit(w);
  return unit ? durationValue(n, unit) : null;
}

export const setRule = new RuleParser(
  'set',
  /daily|weekly|monthly|annually|yearly|hourly|nightly|fortnightly|day|week|month|year|quarter|hour|minute|night|morning|afternoon|evening|spring|summer|fall|autumn|winter|decade|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/,
  /daily|weekly|monthly|annually|yearly|hourly|nightly|fortnightly|every|each|\b(?:a|an|per) (?:day|week|month|year|quarter|hour|minute|night)\b/i,
  rx(
    `(?<![\\w-])(?:(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually|fortnightly)|(?:every|each)\\s+(?<other>other\\s+)?(?:(?<n>${NUMBER_SRC})\\s+)?(?<u>days?|weeks?|months?|years?|quarters?|hours?|minutes?|mornings?|afternoons?|evenings?|nights?|weekends?|decades?|${WEEKDAY_SRC}|${MONTH_FULL.join('|')}|${SEASON_SRC})|(?<freq>(?:once|twice|thrice|(?:${NUMBER_SRC})\\s+times)\\s+)?(?<per>a|an|per)\\s+(?<u2>day|week|month|year|quarter|hour|minute|night))(?![\\w-])`,
  ),
  (r) => {
    const g = r.m.groups ?? {};
    const start = r.m.index;
    const end = start + r.m[0].length;
    if (g.adv) {
      // "the People's Daily", "Weekly Standard": a title, not a frequency.
      if (/^[A-Z]/.test(g.adv) && !/(?:^|[.!?"“]\s*)$/.test(r.text.slice(Math.max(0, start - 3), start)) && /[A-Z]/.test(r.text.slice(Math.max(0, start - 20), start))) return null;
      const v = ADVERBS[g.adv.toLowerCase()];
      return { start, end, type: 'SET', relative: false, resolve: () => v };
    }
    if (g.u) {
      let n: number | 'X' = 1;
      if (g.n) {
        const p = parseNumber(g.n);
        if (p === null) return null;
        n = p;
      }
      if (g.other) n = 2;
      const v = everyValue(g.u, n);
      if (!v) return null;
      return { start, end, type: 'SET', relative: false, resolve: () => v };
    }
    if (g.u2) {
      if (!g.freq && g.per.toLowerCase() !== 'per' && !isRateContext(r.text, start)) return null;
      const v = everyValue(g.u2);
      if (!v) return null;
      return { start, end, type: 'SET', relative: false, resolve: () => v };
    }
    return null;
  },
);
