// Numbers in words or digits and calendar units, shared by durations, "ago" expressions and sets.

const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS_WORDS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Regex source for a cardinal: digits, "a", "an", number words up to 99, "a few", "several", "a couple of"… */
export const NUMBER_SRC =
  '(?:(?:\\d{1,3} )?(?:1/2|1/4|3/4)|\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a hundred|hundreds of|a few|few|several|some|many|a couple of|a couple|couple of|a number of|dozens of|a dozen|half a|a half|one and a half|two and a half)';

/** The number a cardinal phrase stands for; 'X' for vague ones (several, a few); null if not a number. */
export function parseNumber(raw: string): number | 'X' | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  // "1/2 hour", "2 1/2 years", "3/4 hour"
  const frac = /^(?:(\d{1,3}) )?([13])\/([24])$/.exec(s);
  if (frac) return (frac[1] ? +frac[1] : 0) + +frac[2] / +frac[3];
  if (/^[\d,]+(?:\.\d+)?$/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (s === 'a' || s === 'an' || s === 'one') return 1;
  if (s === 'a couple of' || s === 'a couple' || s === 'couple of') return 2;
  if (s === 'a dozen') return 12;
  if (s === 'a hundred') return 100;
  if (s === 'half a' || s === 'a half') return 0.5;
  if (s === 'one and a half') return 1.5;
  if (s === 'two and a half') return 2.5;
  if (s in UNITS_WORDS) return UNITS_WORDS[s];
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?$/.exec(s);
  if (m) return TENS_WORDS[m[1]] + (m[2] ? UNITS_WORDS[m[2]] : 0);
  if (/^(?:a few|few|several|some|many|a number of|dozens of|hundreds of)$/.test(s)) return 'X';
  return null;
}

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Regex source for a calendar unit, singular or plural. */
export const UNIT_SRC = '(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|century|centuries)';

export function parseUnit(raw: string): Unit | null {
  const s = raw.toLowerCase();
  if (s.startsWith('second')) return 'second';
  if (s.startsWith('minute')) return 'minute';
  if (s.startsWith('hour')) return 'hour';
  if (s.startsWith('weekend')) return 'weekend';
  if (s.startsWith('day')) return 'day';
  if (s.startsWith('week')) return 'week';
  if (s.startsWith('month')) return 'month';
  if (s.startsWith('quarter')) return 'quarter';
  if (s.startsWith('year')) return 'year';
  if (s.startsWith('decade')) return 'decade';
  if (s.startsWith('centur')) return 'century';
  return null;
}

/** TimeML duration value: P2Y, PT3H, P18M, P1Q, PXY for a vague amount. */
export function durationValue(n: number | 'X', unit: Unit): string {
  if (n === 'X') {
    const code: Record<Unit, string> = {
      second: 'PTXS', minute: 'PTXM', hour: 'PTXH', day: 'PXD', week: 'PXW', weekend: 'PXWE', month: 'PXM',
      quarter: 'PXQ', year: 'PXY', decade: 'PXDE', century: 'PXC',
    };
    return code[unit];
  }
  // TimeML counts decades and centuries in years (2.5 decades = P25Y); the rounding drops binary noise (0.7 * 100).
  if (unit === 'decade' || unit === 'century') return durationValue(Math.round(n * (unit === 'decade' ? 10 : 100) * 1e9) / 1e9, 'year');
  // Fractions go down one unit where the result is whole: half a year = P6M, 2 1/2 years = P2Y6M, 5 1/2 hours = PT5H30M.
  if (!Number.isInteger(n)) {
    const down: Partial<Record<Unit, [Unit, number]>> = { year: ['month', 12], month: ['day', 30], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60], week: ['day', 7] };
    const d = down[unit];
    const whole = Math.floor(n);
    if (d && Number.isInteger((n - whole) * d[1])) {
      const rest = durationValue((n - whole) * d[1], d[0]);
      if (whole === 0) return rest;
      const head = durationValue(whole, unit);
      // Join the two parts: the smaller one continues the larger (P2Y + P6M = P2Y6M; PT5H + PT30M = PT5H30M).
      if (unit === 'day') return `${head}T${rest.replace(/^PT/, '')}`;
      if (head.startsWith('PT')) return head + rest.replace(/^PT/, '');
      if (!rest.startsWith('PT')) return head + rest.replace(/^P/, '');
    }
  }
  const a = plainDecimal(n);
  switch (unit) {
    case 'second': return `PT${a}S`;
    case 'minute': return `PT${a}M`;
    case 'hour': return `PT${a}H`;
    case 'day': return `P${a}D`;
    case 'week': return `P${a}W`;
    case 'weekend': return `P${a}WE`;
    case 'month': return `P${a}M`;
    case 'quarter': return `P${a}Q`;
    case 'year': return `P${a}Y`;
  }
}

/** A non-negative number in plain decimal notation (TimeML has no exponents): 1e-7 → "0.0000001", 1e21 → "1000000000000000000000". */
export function plainDecimal(n: number): string {
  const s = String(n);
  const e = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!e) return s;
  const digits = e[1] + (e[2] ?? '');
  const exp = +e[3];
  if (exp < 0) return `0.${'0'.repeat(-exp - 1)}${digits}`;
  return digits.length - 1 <= exp ? digits + '0'.repeat(exp - (digits.length - 1)) : `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
