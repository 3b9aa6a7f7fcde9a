// Word lists and regex pieces shared by the date rules. General English calendar vocabulary only.

export const MONTH_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

/** Full month names, or abbreviations with their period ("Aug."). */
export const MONTH_SRC =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.)';
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const WEEKDAY_SRC = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
export const YEAR_SRC = '(?:1[5-9]\\d\\d|20\\d\\d)';
export const SEASON_SRC = '(?:spring|summer|fall|autumn|winter)';
export const PART_OF_DAY_SRC = '(?:morning|afternoon|evening|night)';

export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTH_FULL.indexOf(w);
  return i >= 0 ? i + 1 : MONTH_ABBR[w] ?? 0;
}

export function weekdayNumber(word: string): number {
  return WEEKDAY_NAMES.indexOf(word.toLowerCase().replace(/s$/, ''));
}

export function seasonCode(word: string): 'SP' | 'SU' | 'FA' | 'WI' {
  const w = word.toLowerCase();
  if (w === 'spring') return 'SP';
  if (w === 'summer') return 'SU';
  if (w === 'winter') return 'WI';
  return 'FA';
}

export function partOfDayCode(word: string): string {
  const w = word.toLowerCase();
  if (w === 'morning') return 'MO';
  if (w === 'afternoon') return 'AF';
  if (w === 'evening') return 'EV';
  return 'NI';
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

export function ordinalNumber(word: string): number {
  const w = word.toLowerCase();
  const d = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (d) return +d[1];
  return ORDINALS[w] ?? 0;
}

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Spelled-out years: "nineteen ninety-six", "nineteen eighty", "two thousand", "two thousand and one". */
export const SPELLED_YEAR_SRC =
  '(?:nineteen[\\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|two thousand(?:\\s+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)';

export function spelledYear(raw: string): number | null {
  const s = raw.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  if (s.startsWith('two thousand')) {
    const rest = s.slice('two thousand'.length).replace(/^ (?:and )?/, '').trim();
    return 2000 + (rest ? SMALL[rest] ?? 0 : 0);
  }
  const m = /^nineteen (.+)$/.exec(s);
  if (!m) return null;
  if (m[1] === 'hundred') return 1900;
  if (m[1] in SMALL) return 1900 + SMALL[m[1]];
  const t = /^(\w+)(?: (\w+))?$/.exec(m[1]);
  if (t && t[1] in TENS) return 1900 + TENS[t[1]] + (t[2] ? SMALL[t[2]] ?? 0 : 0);
  return null;
}
