import type { DocumentDate, Span } from './types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD when the parts form a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Accepts YYYY-MM-DD or a full ISO date-time; returns the calendar date or null. */
export function parseIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  return m ? isoDate(+m[1], +m[2], +m[3]) : null;
}

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  return full >= 0 ? full + 1 : MONTH_ABBR[w] ?? 0;
}

// "date 2021-03-19" as in the seeds, at the very start of the text.
const SEED_DATELINE = /^\s*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b/i;
// Wire datelines: "WASHINGTON, March 3, 2021 (Reuters) -", "NEW YORK (AP) March 3, 2021 --".
const AGENCY = String.raw`\((?:AP|Reuters|AFP|UPI|Bloomberg|[A-Z]{2,10})\)`;
const MONTH = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const WIRE_DATELINE = new RegExp(
  String.raw`^\s*(?:[A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,4}(?:,\s*[A-Z][A-Za-z.]*)?\s*,?\s*)?(?:${AGENCY}\s*[-—–]*\s*)?` +
    String.raw`${MONTH}\s+(\d{1,2}),?\s+(\d{4})\s*(?:${AGENCY}\s*)?(?:--|-|—|–|:)`,
);

export interface DatelineMatch {
  readonly date: string;
  /** The whole dateline, which is not part of the first sentence. */
  readonly span: Span;
  /** The date inside it. */
  readonly dateSpan: Span;
}

export function findDateline(text: string): DatelineMatch | null {
  const head = text.slice(0, 300);
  let m = SEED_DATELINE.exec(head);
  if (m) {
    const date = isoDate(+m[1], +m[2], +m[3]);
    if (date) {
      const end = m.index + m[0].length;
      const dateStart = end - 10;
      return { date, span: { start: head.length - head.trimStart().length, end }, dateSpan: { start: dateStart, end } };
    }
  }
  m = WIRE_DATELINE.exec(head);
  if (m) {
    const date = isoDate(+m[3], monthNumber(m[1]), +m[2]);
    if (date) {
      const dateStart = head.indexOf(m[1], m.index);
      const dateEnd = head.indexOf(m[3], dateStart) + 4;
      return {
        date,
        span: { start: head.length - head.trimStart().length, end: m.index + m[0].length },
        dateSpan: { start: dateStart, end: dateEnd },
      };
    }
  }
  return null;
}

const FILENAME_PATTERNS: RegExp[] = [
  /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/, // nyt_2016-09-08_…
  /(?:^|[^\d])(\d{4})_(\d{2})_(\d{2})(?!\d)/,
  /(?:^|[^\d])((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/, // APW19980213.1320, AP_20130322
];

export function dateFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  for (const re of FILENAME_PATTERNS) {
    const m = re.exec(base);
    if (m) {
      const date = isoDate(+m[1], +m[2], +m[3]);
      if (date) return date;
    }
  }
  return null;
}

export interface DocumentDateInputs {
  readonly fileName?: string;
  readonly meta?: unknown;
  readonly documentDate?: string;
}

/** Where the document date comes from, in order: explicit option, dateline, meta.json, file name. */
export function findDocumentDate(text: string, inputs: DocumentDateInputs): { date: DocumentDate; dateline: DatelineMatch | null } {
  const dateline = findDateline(text);
  const option = parseIsoDate(inputs.documentDate);
  if (option) return { date: { value: option, source: 'option' }, dateline };
  if (dateline) return { date: { value: dateline.date, source: 'dateline', span: dateline.span }, dateline };
  const metaDate = inputs.meta && typeof inputs.meta === 'object' ? parseIsoDate((inputs.meta as { date?: unknown }).date) : null;
  if (metaDate) return { date: { value: metaDate, source: 'meta' }, dateline };
  const fromName = inputs.fileName ? dateFromFileName(inputs.fileName) : null;
  if (fromName) return { date: { value: fromName, source: 'filename' }, dateline };
  return { date: { value: null, source: 'none' }, dateline };
}
