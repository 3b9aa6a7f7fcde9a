// The TimeML rules chrono-node lacks, written as chrono `Parser`s (pattern + extract). Each rule returns
// a span and a resolver; the value is computed later against the document context (see index.ts).
import { NUMBER_SRC, UNIT_SRC, durationValue, parseNumber, parseUnit, type Unit } from './durations';
import {
  MONTH_SRC, SEASON_SRC, SPELLED_YEAR_SRC, WEEKDAY_SRC, YEAR_SRC, monthNumber, ordinalNumber, partOfDayCode, seasonCode,
  spelledYear, weekdayNumber,
} from './lexicon';
import type { Env, Resolver } from './model';
import {
  addDays, addMonths, fmtDate, fmtMonth, fmtWeek, pad2, pad4, quarterOf, resolveMonthYear, resolveWeekday, seasonYear, weekdayOf,
  type Season, type Ymd,
} from './normalize';
import { setRule } from './sets';
import { RuleParser, isRateContext, pointsAhead, pointsBack, rx, wordBefore } from './ruleParser';

// ---------- helpers ----------
const B = '(?<![\\w-])'; // left word boundary (a hyphen joins words: "mid-1990s" is handled by the rule itself)
const E = '(?![\\w-])';

const rel =
  (fn: (dct: Ymd, env: Env) => string | null | undefined): Resolver =>
  (env) =>
    env.dct ? fn(env.dct, env) : null;

const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ');

/** Shift a date by n calendar units, formatted at that unit's granularity. */
export function shiftByUnit(dct: Ymd, n: number, unit: Unit): string | null {
  switch (unit) {
    case 'day':
      return fmtDate(addDays(dct, n));
    case 'week':
    case 'weekend':
      return fmtWeek(addDays(dct, n * 7));
    case 'month': {
      const t = addMonths(dct, n);
      return fmtMonth(t.y, t.m);
    }
    case 'quarter': {
      const t = addMonths(dct, n * 3);
      return `${t.y}-Q${quarterOf(t.m)}`;
    }
    // Four digits, so that "2,000 years ago" is the year 0021, not the 21st century ("21").
    case 'year':
      return pad4(dct.y + n);
    case 'decade':
      return pad4(dct.y + n * 10);
    case 'century':
      return pad4(dct.y + n * 100);
    case 'hour':
    case 'minute':
    case 'second':
      return fmtDate(dct);
  }
}

const previousQuarter = (dct: Ymd): { y: number; q: number } => {
  const q = quarterOf(dct.m);
  return q === 1 ? { y: dct.y - 1, q: 4 } : { y: dct.y, q: q - 1 };
};
const fmtQ = (p: { y: number; q: number }): string => `${p.y}-Q${p.q}`;
/** The same quarter a year before the one in focus ("a year ago" in a quarterly report). */
const yearEarlierQuarter = (f: { y: number; q: number }): string => fmtQ({ y: f.y - 1, q: f.q });

// ---------- deictic days: today, yesterday, tomorrow, tonight, this morning, last night ----------
const deictic = new RuleParser(
  'deictic',
  /today|tonight|yesterday|tomorrow|night|morning|afternoon|evening|midday/,
  /today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening)|mid(?:day|-|\s)/i,
  rx(`${B}(?:(?<mod>early|late)\\s+)?(?:(?<dayx>the day (?:before yesterday|after tomorrow))|(?<day>today|tonight|yesterday|tomorrow)(?:\\s+(?<part>morning|afternoon|evening|night))?|(?<ln>last night)|this\\s+(?<tp>morning|afternoon|evening)|(?<midday>midday)|mid[-\\s]?(?<mp>morning|afternoon))${E}`),
  (r) => {
    const g = r.m.groups ?? {};
    const start = r.m.index;
    const end = start + r.m[0].length;
    // "at midday", "by mid-afternoon": a time of the day the text is about (the document date); a day
    // named right after ("midday Thursday") is merged in by mergeTimeAndDay.
    if (g.midday || g.mp) {
      if (/^\s+(?:(?:on|of)\s+)?(?:today|yesterday|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.test(r.text.slice(end))) return null;
      const t = g.midday ? '12:00' : partOfDayCode(g.mp);
      return { start, end, type: 'TIME', relative: true, resolve: rel((d) => `${fmtDate(d)}T${t}`) };
    }
    if (g.dayx) {
      const off = lower(g.dayx).includes('before') ? -2 : 2;
      return { start, end, type: 'DATE', relative: true, resolve: rel((d) => fmtDate(addDays(d, off))) };
    }
    if (g.ln) return { start, end, type: 'TIME', relative: true, resolve: rel((d) => `${fmtDate(addDays(d, -1))}TNI`) };
    if (g.tp) {
      const code = partOfDayCode(g.tp);
      return { start, end, type: 'TIME', relative: true, resolve: rel((d) => `${fmtDate(d)}T${code}`) };
    }
    const day = lower(g.day);
    // "today's youth", "in today's world": the generic present, which TimeBank leaves unmarked.
    if (day === 'today' && !g.part && /^['’]s\s+(?:[a-z]+\s+)?(?:world|society|youth|young|children|generation|economy|standards|market|consumers?|computers?|technology|culture|politics)\b/.test(r.text.slice(end))) return null;
    // "the people of tomorrow", "the youth of today": a generic era, which TimeML leaves unmarked.
    if ((day === 'today' || day === 'tomorrow') && !g.part && !g.mod && /\b(?:the|our|their|its)\s+[a-z]+\s+of\s+$/i.test(r.text.slice(Math.max(0, start - 40), start))) return null;
    const off = day === 'yesterday' ? -1 : day === 'tomorrow' ? 1 : 0;
    if (day === 'tonight') return { start, end, type: 'TIME', relative: true, resolve: rel((d) => `${fmtDate(d)}TNI`) };
    const part = g.part ? `T${partOfDayCode(g.part)}` : '';
    return { start, end, type: part ? 'TIME' : 'DATE', relative: true, resolve: rel((d) => fmtDate(addDays(d, off)) + part) };
  },
);

// ---------- PRESENT_REF / PAST_REF / FUTURE_REF ----------
const refs = new RuleParser(
  'refs',
  /now|current|recent|lately|presently|these days|future|past|term/,
  null,
  rx(`${B}(?:(?<now>right now|just now|now)|(?<cur>currently|presently|nowadays|these days)|(?<curadj>current)(?!\\s+accounts?\\b)|(?<rec>(?:more\\s+)?recently|lately)|(?<recn>recent\\s+(?:(?<ru>years|months|weeks|days|decades|quarters)|times))|(?<recadj>recent)|(?<fut>(?:the\\s+)?(?:near\\s+|foreseeable\\s+|distant\\s+|immediate\\s+|not-too-distant\\s+)?future(?:\\s+(?<fu>years|months|weeks|quarters|decades))?)|(?<past>the\\s+(?:recent\\s+|distant\\s+)?past)|(?<term>the\\s+(?:near|short|long|longer)\\s+term))${E}`),
  (r) => {
    const g = r.m.groups ?? {};
    const start = r.m.index;
    const end = start + r.m[0].length;
    let value = 'PRESENT_REF';
    if (g.rec || g.recn || g.recadj || g.past) value = 'PAST_REF';
    // "in recent years", "over recent months": a stretch of unspecified length up to now, measured.
    if (g.ru && /^(?:in|over|during|for|within|throughout)$/.test(wordBefore(r.text, start))) {
      const v = durationValue('X', parseUnit(g.ru) as Unit);
      return { start, end, type: 'DURATION', relative: false, resolve: () => v };
    }
    if (g.fut) {
      // A bare adjective ("future growth") is no time expression; "the future", "in future", "future years" are.
      if (!g.fu && !/^the\b/i.test(g.fut) && wordBefore(r.text, start) !== 'in') return null;
      // "the future of our peoples": the prospects of something, not a time.
      if (!g.fu && /^\s+of\b/i.test(r.text.slice(end))) return null;
      value = 'FUTURE_REF';
    }
    if (g.now && /^\s*-/.test(r.text.slice(end))) return null;
    // "Now, he says, …": a clause-initial "now" set off by a comma is the discourse marker, not the present moment.
    if (g.now && lower(g.now) === 'now' && /^\s*,/.test(r.text.slice(end)) && /(?:^|[.!?]["'”’]?\s+|["“‘`]\s*|\n\s*)$/.test(r.text.slice(Math.max(0, start - 4), start))) return null;
    if (g.term) value = 'FUTURE_REF';
    // "the then current price": current as of a past moment.
    if (g.curadj && /\bthen\s+$/i.test(r.text.slice(Math.max(0, start - 6), start))) {
      return { start: start - (/then\s+$/i.exec(r.text.slice(Math.max(0, start - 6), start)) as RegExpExecArray)[0].length, end, type: 'DATE', relative: false, resolve: () => 'PAST_REF' };
    }
    return { start, end, type: 'DATE', relative: false, resolve: () => value };
  },
);

// "(in the) coming weeks", "the weeks ahead": an unspecified stretch from now on.
const ahead = new RuleParser(
  'ahead',
  /year|month|week|day|quarter/,
  /coming|ahead/i,
  rx(`${B}(?:the\\s+)?(?:coming\\s+(?<u1>years|months|weeks|days|quarters)|(?<u2>years|months|weeks|days)\\s+ahead)${E}`),
  (r) => {
    const g = r.m.groups ?? {};
    const unit = parseUnit(g.u1 ?? g.u2 ?? '') as Unit;
    return { start: r.m.index, end: r.m.index + r.m[0].length, type: 'DURATION', relative: false, resolve: () => durationValue('X', unit) };
  },
);

// ---------- this week, last month, next year, the weekend, early this year, the middle of last month ----------
const REL_SRC =
  '(?<rel>this|last|next|past|that|the\\s+(?:past|last|previous|prior|preceding|current|coming|following|next|same|present|entire|whole|full|latest)|the)';
const relativeUnit = new RuleParser(
  'relativeUnit',
  /week|month|year|decade|centur|day/,
  null,
  rx(`${B}(?:(?<mod>early|earlier|late|later|mid|the (?:beginning|start|end|middle|rest|remainder|balance|first half|second half|latter part|early part|first part|latter half) of)[\\s-]+)?${REL_SRC}\\s+(?<fiscal>(?:fiscal|calendar)\\s+)?(?<unit>week|month|year|weekend|decade|century|day)${E}(?:\\s+or\\s+so)?`),
  (r) => {
    const g = r.m.groups ?? {};
    const start = r.m.index;
    const end = start + r.m[0].length;
    const relw = lower(g.rel);
    const unit = lower(g.unit) as 'week' | 'month' | 'year' | 'weekend' | 'decade' | 'century' | 'day';
    const mod = lower(g.mod);
    let off = 0;
    if (/^(?:last|past|the previous|the prior|the preceding|the past|the last)$/.test(relw)) off = -1;
    else if (/^(?:next|the next|the following|the coming)$/.test(relw)) off = 1;
    // "that year", "the following month", "the previous day": counted from the narrative's reference time
    // (the date last mentioned), not from the document date, when the text has given one.
    const anaphoric = /^(?:that|the (?:previous|prior|preceding|following|same))$/.test(relw);
    const fromRef = (env: Env): string | null => {
      const t = env.refTime;
      if (!anaphoric || !t) return null;
      if (unit === 'year') return String(t.y + off);
      if (unit === 'month' && t.m !== null) {
        const x = addMonths({ y: t.y, m: t.m, d: 1 }, off);
        return fmtMonth(x.y, x.m);
      }
      if ((unit === 'day' || unit === 'week') && t.m !== null && t.d !== null) {
        const x = addDays({ y: t.y, m: t.m, d: t.d }, unit === 'day' ? off : 7 * off);
        return unit === 'day' ? fmtDate(x) : fmtWeek(x);
      }
      return null;
    };
    // A comparison with an amount right before ("from $1.55 billion last year", "compared with 74 cents a share last year").
    const comparison = /\b(?:compared\s+with|compared\s+to|from|than|versus|vs\.)\s+(?:[$#£€]?[\d.,]+\s+(?:million|billion)?\s*(?:[a-z]+\s+)?)?$/i.test(r.text.slice(Math.max(0, start - 48), start));
    if (unit === 'day') {
      if (!/^the (?:previous|prior|preceding|next|following|same)$/.test(relw) && relw !== 'that') return null;
      return { start, end, type: 'DATE', relative: true, resolve: rel((d, env) => fromRef(env) ?? fmtDate(addDays(d, off))) };
    }
    // "the past year", "the last week" name the previous calendar unit and "the full year" the current one
    // (TimeBank marks them as dates); only the weekend stays a stretch of time.
    if (/^the (?:past|last|entire|whole|full)$/.test(relw) && !mod && unit === 'weekend') {
      return { start, end, type: 'DURATION', relative: false, resolve: () => durationValue(1, 'weekend') };
    }
    if (relw === 'the' && !mod && unit === 'year') {
      const before = wordBefore(r.text, start);
      // "in the year ended March 31": a twelve-month reporting period, measured, not named; "earnings for the
      // (fiscal) year" names the current reporting year, a date.
      if (/^(?:over|throughout|through)$/.test(before) || /^\s+(?:ended|ending)\b/i.test(r.text.slice(end))) {
        return { start, end, type: 'DURATION', relative: false, resolve: () => 'P1Y' };
      }
    }
    if (relw === 'the' && !mod && (unit === 'decade' || unit === 'century' || unit === 'month')) {
      // "the decade", "the month": too anaphoric to resolve, but still a date.
      if (unit === 'month') return { start, end, type: 'DATE', relative: true, resolve: rel((d) => fmtMonth(d.y, d.m)) };
      return null;
    }
    return {
      start,
      end,
      type: 'DATE',
      relative: true,
      resolve: rel((d, env) => {
        const anchored = unit === 'weekend' ? null : fromRef(env);
        if (anchored) return anchored;
        // "compared with $3 million last year" in a quarterly report: the same quarter a year before.
        if (unit === 'year' && off === -1 && relw === 'last' && !mod && env.focusQuarter && comparison) return yearEarlierQuarter(env.focusQuarter);
        switch (unit) {
          case 'week':
            return fmtWeek(addDays(d, 7 * off));
          case 'month': {
            const t = addMonths(d, off);
            return fmtMonth(t.y, t.m);
          }
          case 'year':
            return String(d.y + off);
          case 'decade':
            return String(Math.floor(d.y / 10) + off);
          case 'century':
            return pad2(Math.floor(d.y / 100) + off);
          case 'weekend': {
            const wd = weekdayOf(d);
            const inWeekend = wd === 0 || wd === 6;
            let shift = off;
            if (off === 0 && !inWeekend && env.tense === 'past') shift = -1;
            if (off === -1 && inWeekend) shift = -1;
            if (off === 1 && !inWeekend) shift = 0;
            return `${fmtWeek(addDays(d, 7 * shift))}-WE`;
          }
        }
      }),
    };
  },
);

// ---------- quarters, halves, financial periods ----------
/** A comparison or time preposition (with a determiner and up to two adjectives) right before a quarter. */
const PASSING_BEFORE = /\b(?:after|before|unlike|than|from|since|following|versus|vs\.|compared\s+(?:with|to))\s+(?:(?:in|during)\s+)?(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+[\s-]+){0,2}$/i;
const QUARTER_MOD = '(?:latest|current|same|comparable|corresponding|year-earlier|year-ago|previous|prior|preceding|recent|fiscal|final|last|next|first|second|third|fourth|1st|2nd|3rd|4th)';
const quarter = new RuleParser(
  'quarter',
  /quarter/,
  null,
  rx(`${B}(?:(?<det>the|this|that|its|their|last|next)\\s+)?(?:(?<poss>${YEAR_SRC}|this year|last year|next year|fiscal ${YEAR_SRC})['’]s\\s+|(?<py>${YEAR_SRC})\\s+)?(?<mods>(?:${QUARTER_MOD}[\\s-]+){0,3})quarter${E}(?:\\s+of\\s+(?:fiscal\\s+)?(?<ofy>${YEAR_SRC})|,?\\s+(?:fiscal\\s+)?(?<cy>${YEAR_SRC})(?![\\d,]))?`),
  (r) => {
    const g = r.m.groups ?? {};
    const start = r.m.index;
    const end = start + r.m[0].length;
    let det = lower(g.det);
    const modText = lower(g.mods);
    const mods = modText.split(/[\s-]+/).filter(Boolean);
    const poss = lower(g.poss) || (g.py ?? '');
    if (!det && !poss && !mods.length) return null;
    // The determiner stays out when the quarter is an adjective ("the third-quarter loss") and possessive
    // pronouns always do ("its fourth quarter"): they belong to the noun phrase, not to the time expression.
    let from = start;
    const adjective = /-$/.test(modText) && !/^\s*(?:of|ended|ending|ends)\b/i.test(r.text.slice(end)) && /^\s+[a-z]/i.test(r.text.slice(end));
    if (g.det && (det === 'its' || det === 'their' || (adjective && (det === 'the' || det === 'that' || det === 'a')))) {
      from = g.poss || g.py ? r.at('poss') >= 0 ? r.at('poss') : r.at('py') : r.at('mods');
      det = 'the';
    }
    if (!det && !poss && mods.length === 1 && (mods[0] === 'last' || mods[0] === 'next')) return null;
    let ord = 0;
    for (const w of mods) ord = ord || (ordinalNumber(w) <= 4 ? ordinalNumber(w) : 0);
    if (!ord && mods.includes('final')) ord = 4;
    const yearAgo = /year-(?:earlier|ago)/.test(modText);
    const explicitYear = g.ofy ? +g.ofy : g.cy ? +g.cy : /\d{4}/.test(poss) ? +(/\d{4}/.exec(poss) as RegExpExecArray)[0] : null;
    const possOff = poss === 'last year' ? -1 : poss === 'next year' ? 1 : poss === 'this year' ? 0 : null;
    const lastLike = mods.some((w) => /^(?:latest|recent|previous|prior|preceding)$/.test(w)) || (det === 'the' && mods.includes('last'));
    const prevLike = mods.some((w) => /^(?:previous|prior|preceding)$/.test(w));
    const curLike = mods.includes('current') || det === 'this';
    const nextLike = det === 'next' || mods.includes('next');
    const resolve: Resolver = (env) => {
      if (ord) {
        if (explicitYear !== null) return `${explicitYear}-Q${ord}`;
        if (!env.dct) return null;
        if (possOff !== null) return `${env.dct.y + possOff}-Q${ord}`;
        let y = env.dct.y;
        if (yearAgo) return `${(env.focusQuarter?.y ?? env.dct.y) - 1}-Q${ord}`;
        if (ord > quarterOf(env.dct.m) && env.tense === 'past') y -= 1;
        return `${y}-Q${ord}`;
      }
      if (explicitYear !== null) return env.focusQuarter ? `${explicitYear}-Q${env.focusQuarter.q}` : String(explicitYear);
      if (!env.dct) return null;
      const cur = { y: env.dct.y, q: quarterOf(env.dct.m) };
      let base = env.focusQuarter ?? previousQuarter(env.dct);
      if (curLike) base = cur;
      else if (nextLike) base = cur.q === 4 ? { y: cur.y + 1, q: 1 } : { y: cur.y, q: cur.q + 1 };
      else if (det === 'last' && !mods.length) base = previousQuarter(env.dct);
      else if (prevLike && env.focusQuarter) base = env.focusQuarter.q === 1 ? { y: env.focusQuarter.y - 1, q: 4 } : { y: env.focusQuarter.y, q: env.focusQuarter.q - 1 };
      else if (lastLike) base = previousQuarter(env.dct);
      if (possOff !== null) base = { y: env.dct.y + possOff, q: base.q };
      if (yearAgo) base = { y: base.y - 1, q: base.q };
      return fmtQ(base);
    };
    // A quarter named in passing, as the object of a comparison or time preposition ("After a flat second
    // quarter, …", "unlike the first quarter", "up from the second quarter"), is not the period the story
    // reports on, so it leaves the quarter in focus alone.
    const passing = PASSING_BEFORE.test(r.text.slice(Math.max(0, start - 48), start));
    return { start: from, end, type: 'DATE', relative: explicitYear === null, resolve, setsFocus: ord > 0 && !yearAgo && !passing };
  },
);

const period = new RuleParser(
  'period',
  /period/,
  null,
  rx(`${B}(?:the\\s+)?(?<what>year-earlier|year-ago|year-before|latest|same|comparable|corresponding|${YEAR_SRC})\\s+period${E}`),
  (r) => {
    const g = r.m.groups ?? {};
    const start = r.m.index;
    const end = start + r.m[0].length;
    const what = lower(g.what);
    return {
      start,
      end,
      type: 'DATE',
      relative: !/^\d{4}$/.test(what),
      resolve: (env) => {
        const f = env.focusQuarter;
        if (/^\d{4}$/.test(what)) return f ? `${what}-Q${f.q}` : what;
        if (!f) return what.startsWith('year') && env.dct ? String(env.dct.y - 1) : undefined;
        return what.startsWith('year') ? `${f.y - 1}-Q${f.q}` : fmtQ(f);
      },
    };
  },
);

const yearAgoAdj = new RuleParser(
  'yearAgoAdj',
  /year/,
  /year-(?:earlier|ago)/i,
  rx(`${B}(?:the\\s+)?(?:year-earlier|year-ago)${E}`),
  (r) => {
    // "the year-ago results": an adjective, so the determiner belongs to the noun.
    const start = /^\s+[a-z]/.test(r.text.slice(r.m.index + r.m[0].length)) ? r.m.index + (/^the\s+/i.exec(r.m[0])?.[0].length ?? 0) : r.m.index;
    const end = r.m.index + r.m[0].length;
    return {
      start,
      end,
      type: 'DATE',
      relative: true,
      resolve: rel((d, env) => (env.focusQuarter ? yearEarlierQuarter(env.focusQuarter) : String(d.y - 1))),
    };
  },
);

const half = new RuleParser(
  'half',
  /half/,
  null,
  rx(`${B}(?:the\\s+)?(?<h>first|second|latter|last)\\s+half(?:\\s+of\\s+(?:the\\s+)?(?:(?<y>${YEAR_SRC})(?!['’]?s)|(?<rel>this|last|next)\\s+year|(?:fiscal\\s+)?year|(?<dec>(?:1[5-9]|20)\\d0['’]?s|['’]\\d0['’]?s)))?${E}`),
  (r) => {
    const g = r.m.groups ?? {};
    const start = r.m.index;
    const end = start + r.m[0].length;
    // "the last half of the '80s": TimeML has no half-decade value, so the decade is the value.
    if (g.dec) {
      const v = /^['’]/.test(g.dec) ? `19${g.dec[1]}` : g.dec.slice(0, 3);
      return { start, end, type: 'DATE', relative: false, resolve: () => v };
    }
    const h = lower(g.h) === 'first' ? 'H1' : 'H2';
    if (g.y) return { start, end, type: 'DATE', relative: false, resolve: () => `${g.y}-${h}` };
    const off = lower(g.rel) === 'last' ? -1 : lower(g.rel) === 'next' ? 1 : 0;
    return { start, end, type: 'DATE', relative: true, resolve: rel((d) => `${d.y + off}-${h}`) };
  },
);

// ---------- durations and "N units ago" ----------
const PREMOD =
  '(?:the\\s+(?:year-earlier|year-ago|comparable|corresponding)|about|around|approximately|roughly|nearly|almost|some|over|more than|less than|fewer than|at least|at most|up to|well over|under|another|an additional|an extra|the\\s+(?:past|last|next|first|previous|coming|final|following|remaining|latest|same|entire|full|initial|whole|better part of the)|the|past|last|next|first|final|coming)';
const duration = new RuleParser(
  'duration',
  /second|minute|hour|day|week|month|quarter|year|decade|centur/,
  null,
  // Not inside a number: "1/2 hour" is not "2 hour", "10:30 hours" not "30 hours".
  rx(`${B}(?<![$€£/])(?<!\\d[.,:])(?:(?<pre>${PREMOD})\\s+)?(?<num>${NUMBER_SRC})(?<range>\\s+(?:to|or)\\s+(?:${NUMBER_SRC}))?(?:\\s+|-)(?:(?:more|additional|full|straight|consecutive|long|successive|extra|other|or so|plus)\\s+)?(?<unit>${UNIT_SRC})(?<half>\\s+and\\s+a\\s+half)?(?<orso>\\s+or\\s+so)?(?<old>-old|\\s+old)?(?<long>-long)?${E}(?:\\s+(?<ago>ago|earlier|later|from now|hence))?`),
  (r) => {
    const g = r.m.groups ?? {};
    const start = r.m.index;
    const end = start + r.m[0].length;
    const parsed = parseNumber(g.num ?? '');
    const unit = parseUnit(g.unit ?? '');
    if (parsed === null || unit === null) return null;
    // "a minute and a half"
    // "two to three weeks", "12 to 18 months": a range of unspecified length.
    const n = g.range ? 'X' : g.half && parsed !== 'X' ? parsed + 0.5 : parsed;
    const num = lower(g.num);
    const single = num === 'a' || num === 'an' || num === 'one';
    const after = r.text.slice(r.endOf('unit'));
    // "a second straight day", "a second term": the ordinal, not a duration.
    if (unit === 'second' && single && !g.ago && /^\s+[a-z]/i.test(after) && !/^\s+(?:or|and|of|in|to|for|long|before|after)\b/i.test(after)) return null;
    // "a quarter of the vote": a fraction.
    // "three-quarters": a fraction too.
    if (unit === 'quarter' && /^-/.test(r.text.slice(r.endOf('num'))) && /s$/i.test(g.unit ?? '')) return null;
    if (unit === 'quarter' && (single || (/^\s+of\b/i.test(after) && !/s$/i.test(g.unit ?? '')))) return null;
    // "$5 a year", "twice a day": a rate (a set), not a duration.
    const numStart = r.at('num');
    if ((num === 'a' || num === 'an') && !g.pre && !g.ago && isRateContext(r.text, numStart)) return null;
    // "one day he will…": "one day" before a clause is an indefinite reference, kept as a duration only when it measures.
    // "Islam will one day be …": after a modal, "one day" is the indefinite future, not a measure.
    if (num === 'one' && unit === 'day' && !g.pre && !g.ago && !g.range && /^(?:will|would|could|may|might|can|shall|should|must)$/.test(wordBefore(r.text, numStart))) {
      return { start: numStart, end: r.endOf('unit'), type: 'DATE', relative: false, resolve: () => 'FUTURE_REF' };
    }
    // An age said as a measure ("45 years old") is a duration, as TimeML and our users read it; the hyphenated
    // adjective ("a 6-year-old boy") describes the noun and is left out. TimeBank marks neither, so this costs a
    // few false positives on that corpus: a deliberate choice (issue 6).
    if (g.old && g.old.startsWith('-')) return null;
    // A hyphenated measure before a noun ("the eight-year war", "a 30-day period"): the determiner belongs
    // to the noun, not to the time expression.
    let from = start;
    if (/^-/.test(r.text.slice(r.endOf('num'))) && g.pre && /^(?:the|a|an)$/i.test(g.pre)) from = r.at('num');
    // "the two day rally": a singular unit after a plural number is the same adjective, written without hyphens.
    if (g.pre && /^(?:the|a|an)$/i.test(g.pre) && typeof n === 'number' && n > 1 && !/s$/i.test(g.unit ?? '') && !g.ago && /^\s+[a-z]/.test(after)) from = r.at('num');
    // "used over three years": after a verb "over" is the preposition (during), which stays out like any
    // preposition; "for over a week", "just over an hour" measure (more than) and keep it.
    const pre = lower(g.pre);
    if (!g.ago && pre === 'over' && !/^(?:for|just|well|in|within|after|last|lasts|lasted|lasting|took|take|takes)$/.test(wordBefore(r.text, start))) from = r.at('num');
    if (g.ago && lower(g.ago) === 'later') {
      // "three days later": TimeBank marks the measure as a duration and leaves "later" out.
      const value = durationValue(n, unit);
      return { start: from, end: r.endOf('orso') > 0 ? r.endOf('orso') : g.half ? r.endOf('half') : r.endOf('unit'), type: 'DURATION', relative: false, resolve: () => value };
    }
    if (g.ago) {
      const ago = lower(g.ago);
      const sign = ago === 'later' || ago === 'from now' || ago === 'hence' ? 1 : -1;
      if (n === 'X') {
        const v = sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
        return { start, end, type: 'DATE', relative: false, resolve: () => v };
      }
      const whole = Math.round(n);
      return {
        start,
        end,
        type: 'DATE',
        relative: true,
        resolve: rel((d, env) => {
          if (unit === 'year' && whole === 1 && sign < 0 && env.focusQuarter) return yearEarlierQuarter(env.focusQuarter);
          return shiftByUnit(d, sign * whole, unit);
        }),
      };
    }
    const value = durationValue(n, unit);
    return { start: from, end, type: 'DURATION', relative: false, resolve: () => value };
  },
);

/** A number (with an optional "more", "full"…) right before a plural unit. */
const COUNTED_BEFORE = new RegExp(`(?<![\\w-])${NUMBER_SRC}(?:\\s+(?:more|additional|full|straight|consecutive|long|successive|extra|other|or so|plus))?[\\s-]+$`, 'i');

const vagueDuration = new RuleParser(
  'vagueDuration',
  /year|month|week|decade|centur/,
  /years|months|weeks|decades|centuries/i,
  rx(`${B}(?:(?<pre>for|over|in|within|after|of)\\s+)?(?<u>years|months|weeks|decades|centuries)${E}(?:\\s+(?<ago>ago|earlier|later))?`),
  (r) => {
    const g = r.m.groups ?? {};
    if (!g.pre && !g.ago) return null;
    const start = r.at('u');
    const end = r.m.index + r.m[0].length;
    if (g.ago) {
      // "ten years later", "five more years ago": a counted measure is the duration rule's, however short
      // its number is written.
      if (COUNTED_BEFORE.test(r.text.slice(Math.max(0, start - 40), start))) return null;
      const v = lower(g.ago) === 'later' ? 'FUTURE_REF' : 'PAST_REF';
      return { start, end, type: 'DATE', relative: false, resolve: () => v };
    }
    if (lower(g.pre) === 'of' && !/^\s+(?:of\s+)?(?:talks|negotiations|work|research|war|fighting|delay|study)/i.test(r.text.slice(end))) return null;
    const unit = parseUnit(g.u) as Unit;
    const uEnd = r.endOf('u');
    return { start, end: uEnd, type: 'DURATION', relative: false, resolve: () => durationValue('X', unit) };
  },
);

// ---------- years, fiscal years, decades, centuries ----------
const COUNT_NOUN_AFTER = /^\s+(?:people|persons|men|women|children|troops|soldiers|shares|units|workers|employees|jobs|cars|vehicles|homes|houses|students|members|votes|tons|barrels|acres|miles|feet|meters|metres|kilometers|kilometres|dollars|yen|pounds|marks|francs|points|cases|deaths|times|copies|calories|rooms|beds|seats|planes|aircraft|passengers|flights|stores|acres|pages)\b/i;
const NUMBER_WORD_BEFORE = /^(?:about|some|nearly|almost|approximately|roughly|around|over|than|least|total|only|just|no|number|nos|room|flight|route|model|page|pages|item|article|section|chapter|version|highway|interstate)$/;

const year = new RuleParser(
  'year',
  /\d{4}/,
  null,
  rx(`(?<![\\w$#€£.,/:'’-])(?:(?<pre>fiscal(?:\\s+year)?|calendar(?:\\s+year)?|the\\s+(?:fiscal\\s+)?year|FY|(?:early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of|the rest of)[\\s-]+)\\s*)?(?<y>${YEAR_SRC})(?![\\w%]|[.,/:-]\\d|\\s*%|\\s+percent)(?:\\s+or\\s+(?:later|earlier|sooner|before|after)(?![\\w-]))?`),
  (r) => {
    const g = r.m.groups ?? {};
    const start = r.m.index;
    const end = start + r.m[0].length;
    if (!g.pre) {
      const before = wordBefore(r.text, start);
      if (NUMBER_WORD_BEFORE.test(before)) return null;
      if (COUNT_NOUN_AFTER.test(r.text.slice(end))) return null;
      // "1,990" style numbers and amounts: a digit group or currency right before.
      if (/[\d$]\s*$/.test(r.text.slice(Math.max(0, start - 2), start))) return null;
    }
    const y = g.y;
    return { start, end, type: 'DATE', relative: false, resolve: () => y };
  },
);

const spelled = new RuleParser(
  'spelledYear',
  /nineteen|thousand/,
  null,
  rx(`${B}(?:(?<pre>the year|fiscal)\\s+)?(?<sp>${SPELLED_YEAR_SRC})${E}`),
  (r) => {
    const g = r.m.groups ?? {};
    const y = spelledYear(g.sp ?? '');
    if (y === null) return null;
    const start = r.m.index;
    const end = start + r.m[0].length;
    if (lower(g.sp).startsWith('two thousand') && !g.pre && !/^(?:in|by|until|till|since|of|before|after|year)$/.test(wordBefore(r.text, start))) return null;
    return { start, end, type: 'DATE', relative: false, resolve: () => String(y) };
  },
);

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const decade = new RuleParser(
  'decade',
  /\d{4}|0['’]?s|ties/,
  null,
  rx(`${B}(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:(?<d4>(?:1[5-9]|20)\\d0)['’]?s|['’](?<d2>\\d0)['’]?s|(?<dw>(?:nineteen[\\s-]+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))${E}`),
  (r) => {
    const g = r.m.groups ?? {};
    const start = r.m.index;
    const end = start + r.m[0].length;
    if (g.dw && !/^the\b/i.test(r.m[0]) && !/nineteen/i.test(g.dw)) return null; // "in his forties": an age
    const v = g.dw ? `19${DECADE_WORDS.indexOf(g.dw.toLowerCase().replace(/^nineteen[\s-]+/, '')) + 2}` : g.d4 ? g.d4.slice(0, 3) : `19${(g.d2 ?? '0')[0]}`;
    return { start, end, type: 'DATE', relative: false, resolve: () => v };
  },
);

const century = new RuleParser(
  'century',
  /centur/,
  null,
  rx(`${B}(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?<c>\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[-\\s]first)[\\s-]+century${E}`),
  (r) => {
    const g = r.m.groups ?? {};
    const n = ordinalNumber((g.c ?? '').replace(/\s/, '-'));
    if (!n) return null;
    const start = r.m.index;
    const end = start + r.m[0].length;
    return { start, end, type: 'DATE', relative: false, resolve: () => pad2(n - 1) };
  },
);

// ---------- seasons ----------
const season = new RuleParser(
  'season',
  /spring|summer|fall|autumn|winter/,
  null,
  rx(`${B}(?:(?<mod1>early|late|mid)[\\s-]+)?(?:(?<rel>this past|this coming|the past|the coming|this|last|next|that|the|past|coming)\\s+)?(?:(?<mod2>early|late|mid)[\\s-]+)?(?<s>${SEASON_SRC})(?:\\s+(?:of\\s+)?(?:(?<y>${YEAR_SRC})(?![\\d,])|(?<sp>${SPELLED_YEAR_SRC})))?${E}`),
  (r) => {
    const g = r.m.groups ?? {};
    const start = r.m.index;
    const end = start + r.m[0].length;
    const relw = lower(g.rel);
    const s = seasonCode(g.s ?? '') as Season;
    const explicit = g.y ? +g.y : g.sp ? spelledYear(g.sp) : null;
    const mod = g.mod1 || g.mod2;
    if (explicit === null) {
      if (/^\s+of\b/i.test(r.text.slice(end))) return null; // "the fall of the Berlin Wall"
      if (!relw && !mod) {
        if (/^(?:fall|spring)$/i.test(g.s ?? '')) return null; // verbs
        if (!/^(?:in|during|since|until|till|by|through|throughout|over|before|after|this|last|next|early|late)$/.test(wordBefore(r.text, start))) return null;
      }
      if (relw === 'the' && /^(?:fall|spring)$/i.test(g.s ?? '') && !mod && !/^(?:in|during|since|until|by|through|throughout|over|before|after)$/.test(wordBefore(r.text, start))) return null;
    }
    if (explicit !== null) return { start, end, type: 'DATE', relative: false, resolve: () => `${explicit}-${s}` };
    const relation = /past|last/.test(relw) ? 'last' : /next|coming/.test(relw) ? 'next' : relw === 'this' ? 'this' : 'bare';
    return { start, end, type: 'DATE', relative: true, resolve: rel((d, env) => `${seasonYear(d, s, relation, env.tense)}-${s}`) };
  },
);

// ---------- weekdays (with "last", "next", a part of the day; plural = a set) ----------
const weekday = new RuleParser(
  'weekday',
  /(?:mon|tues|wednes|thurs|fri|satur|sun)day/,
  null,
  rx(`${B}(?:(?<rel>this past|this coming|last|next|this|past|coming|the\\s+(?:previous|preceding|following|next))\\s+)?(?<wd>${WEEKDAY_SRC})(?<pl>s)?(?:\\s+(?<part>mornings?|afternoons?|evenings?|nights?))?${E}`),
  (r) => {
    const g = r.m.groups ?? {};
    const start = r.m.index;
    const end = start + r.m[0].length;
    const wd = weekdayNumber(g.wd ?? '');
    if (wd < 0) return null;
    const part = g.part ? `T${partOfDayCode(g.part.replace(/s$/i, ''))}` : '';
    if (g.pl || (g.part && /s$/i.test(g.part))) {
      const iso = wd === 0 ? 7 : wd;
      return { start, end, type: 'SET', relative: false, resolve: () => `XXXX-WXX-${iso}${part}` };
    }
    const relw = lower(g.rel);
    if (relw.startsWith('the ')) {
      // "the previous Friday", "the following Monday": counted from the day the narrative is at, else from the document date.
      const back = /previous|preceding/.test(relw);
      return {
        start, end, type: 'DATE', relative: true,
        resolve: rel((d, env) => {
          const t = env.refTime;
          const from = t && t.m !== null && t.d !== null ? { y: t.y, m: t.m, d: t.d } : d;
          return fmtDate(resolveWeekday(from, wd, back ? 'last' : 'next', 'none')) + part;
        }),
      };
    }
    const relation = /past|last/.test(relw) ? 'last' : /next|coming/.test(relw) ? 'next' : relw === 'this' ? 'this' : 'bare';
    // "Friday night" keeps the part of the day in its value (1998-10-23TNI) but stays a DATE, as TimeBank marks it.
    return { start, end, type: 'DATE', relative: true, resolve: rel((d, env) => fmtDate(resolveWeekday(d, wd, relation, env.tense)) + part) };
  },
);

// ---------- month names (alone or with a year) ----------
const MONTH_PREP = /^(?:in|since|until|till|by|during|through|throughout|before|after|from|to|of|early|late|mid|last|next|this|between|and|or|around|about|end|beginning|start|middle)$/;
const month = new RuleParser(
  'month',
  /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/,
  null,
  rx(`${B}(?:(?<mod>early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of|the rest of|the first week of|the last week of)[\\s-]+)?(?:(?<rel>this past|last|next|this|past)\\s+)?(?<mon>${MONTH_SRC})(?:,?\\s+(?:of\\s+)?(?<y>${YEAR_SRC})(?![\\d:]|[.,]\\d)|\\s+(?<sp>${SPELLED_YEAR_SRC})|\\s+(?<ry>this|last|next)\\s+year)?(?![\\w])`),
  (r) => {
    const g = r.m.groups ?? {};
    const mon = g.mon ?? '';
    const mStart = r.at('mon');
    if (!/^[A-Z]/.test(mon)) return null; // "may", "march" in lower case: the modal, the verb
    const monthNum = monthNumber(mon);
    if (!monthNum) return null;
    const start = r.m.index;
    const end = start + r.m[0].length;
    const explicit = g.y ? +g.y : g.sp ? spelledYear(g.sp) : null;
    if (explicit !== null) return { start, end, type: 'DATE', relative: false, resolve: () => fmtMonth(explicit, monthNum) };
    if (g.ry) {
      // "June last year", "January this year"
      const off = lower(g.ry) === 'last' ? -1 : lower(g.ry) === 'next' ? 1 : 0;
      return { start, end, type: 'DATE', relative: true, resolve: rel((d) => fmtMonth(d.y + off, monthNum)) };
    }
    const after = r.text.slice(end);
    // A day number follows: chrono's own date parsers take "March 12"; do not guess here.
    if (/^\s*\d/.test(after)) return null;
    // "April Glaspie", "June Carter": a name.
    if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:The|A|An|In|On|At|He|She|It|They|We|I)\b/.test(after)) return null;
    if (!g.mod && !g.rel) {
      const before = wordBefore(r.text, mStart);
      const lineStart = /(?:^|[\n.!?"“])\s*$/.test(r.text.slice(Math.max(0, mStart - 3), mStart));
      // "the March on Washington" is an event; "the October slaying", "a June agreement", "the March accession"
      // use the month as a modifier of the noun that follows, which TimeML marks as a date.
      const modifier = (before === 'the' || before === 'a') && /^\s+(?!(?:on|of|to|for|and|or|in|at|by|with|from)\b)[a-z]{3,}/.test(after);
      if (!modifier) {
        if ((monthNum === 5 || monthNum === 3 || mon.endsWith('.')) && !MONTH_PREP.test(before)) return null;
        if (lineStart && (monthNum === 5 || monthNum === 3)) return null;
        if (before === 'the' || before === 'a') return null;
      }
    }
    const relw = lower(g.rel);
    const relation = /past|last/.test(relw) ? 'last' : relw === 'next' ? 'next' : relw === 'this' ? 'this' : 'bare';
    const ahead = pointsAhead(r.text, start);
    const back = pointsBack(r.text, start);
    return {
      start,
      end,
      type: 'DATE',
      relative: true,
      resolve: rel((d, env) => fmtMonth(resolveMonthYear(d, monthNum, null, relation, ahead ? 'future' : back ? 'past' : env.tense), monthNum)),
    };
  },
);

// ---------- holidays and the year's end ----------
/** Month and day of a holiday in year y (US calendar for the movable ones), or null. */
function holidayDate(name: string, y: number): Ymd | null {
  const nth = (month: number, weekday: number, n: number): Ymd => {
    const first = weekdayOf({ y, m: month, d: 1 });
    return { y, m: month, d: 1 + ((weekday - first + 7) % 7) + 7 * (n - 1) };
  };
  const n = name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
  if (n.startsWith('thanksgiving')) return nth(11, 4, 4);
  if (n === 'christmas eve') return { y, m: 12, d: 24 };
  if (n.startsWith('christmas')) return { y, m: 12, d: 25 };
  if (n === "new year's eve") return { y, m: 12, d: 31 };
  if (n.startsWith('new year')) return { y, m: 1, d: 1 };
  if (n.startsWith('halloween')) return { y, m: 10, d: 31 };
  if (n.startsWith('independence day') || n.startsWith('fourth of july')) return { y, m: 7, d: 4 };
  if (n.startsWith('labor day')) return nth(9, 1, 1);
  if (n.startsWith('memorial day')) {
    const d = nth(5, 1, 4);
    return d.d + 7 <= 31 ? { y, m: 5, d: d.d + 7 } : d;
  }
  if (n.startsWith('easter')) {
    // Anonymous Gregorian computus.
    const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
    const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
  }
  return null;
}

const cmpYmd = (a: Ymd, b: Ymd): number => a.y - b.y || a.m - b.m || a.d - b.d;

const holiday = new RuleParser(
  'holiday',
  /thanksgiving|christmas|easter|halloween|new year|independence|labor day|memorial day|fourth of july/,
  null,
  rx(`${B}(?:(?<rel>last|next|this)\\s+)?(?<name>Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s(?:\\s+(?:Day|Eve))?|Easter(?:\\s+Sunday)?|Halloween|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|Fourth\\s+of\\s+July)(?<week>\\s+week)?(?:,?\\s+(?<y>${YEAR_SRC})(?![\\d,]))?${E}`),
  (r) => {
    const g = r.m.groups ?? {};
    const start = r.m.index;
    const end = start + r.m[0].length;
    // "Easter Island", "Christmas Carol": part of a name.
    if (!g.y && !g.week && /^\s+[A-Z][a-z]/.test(r.text.slice(end)) && !/^\s+(?:The|A|An|In|On|At|He|She|It|They|We|I)\b/.test(r.text.slice(end))) return null;
    const name = g.name ?? '';
    const relw = lower(g.rel);
    const fmt = (t: Ymd): string => (g.week ? fmtWeek(t) : fmtDate(t));
    if (g.y) {
      const t = holidayDate(name, +g.y);
      return t ? { start, end, type: 'DATE', relative: false, resolve: () => fmt(t) } : null;
    }
    return {
      start, end, type: 'DATE', relative: true,
      resolve: rel((d, env) => {
        const here = holidayDate(name, d.y);
        if (!here) return null;
        const before = cmpYmd(here, d) <= 0 ? here : holidayDate(name, d.y - 1);
        const after = cmpYmd(here, d) >= 0 ? here : holidayDate(name, d.y + 1);
        if (relw === 'this') return fmt(here);
        // A bare holiday within six weeks of the document date is that one, whatever the tense ("as Easter week began").
        const near = (t: Ymd | null): boolean => t !== null && Math.abs(Date.UTC(t.y, t.m - 1, t.d) - Date.UTC(d.y, d.m - 1, d.d)) <= 42 * 86400000;
        const ahead = relw === 'next' || (relw !== 'last' && (env.tense === 'future' || (near(after) && !near(before))));
        const t = ahead ? after : before;
        return t ? fmt(t) : null;
      }),
    };
  },
);

const yearEnd = new RuleParser(
  'yearEnd',
  /year/,
  /year[- ]end|year['’]s end/i,
  rx(`${B}(?:(?<mod>around|about)\\s+)?(?<ye>year[- ]end|year['’]s\\s+end)${E}`),
  (r) => {
    const start = r.m.index;
    const end = start + r.m[0].length;
    // "since year-end" looks back to the end of last year; otherwise the end of the current one.
    const since = /^(?:since|from)$/.test(wordBefore(r.text, start));
    return {
      start, end, type: 'DATE', relative: true,
      resolve: rel((d, env) => `${since || (env.tense === 'past' && !/^(?:by|until|till|before)$/.test(wordBefore(r.text, start))) ? d.y - 1 : d.y}-12-31`),
    };
  },
);

export const RULE_PARSERS: RuleParser[] = [
  holiday, yearEnd, ahead,
  deictic, refs, relativeUnit, quarter, period, yearAgoAdj, half, duration, vagueDuration, year, spelled, decade, century,
  season, weekday, month, setRule,
];
