// Cheap trigger scan: the costly parsers only see short windows of text around temporal words.
import type { Span } from '../types';

// Prefixes of temporal words, digit shapes of years and clock times. Case-insensitive, linear.
const TRIGGER =
  /\b(?:jan(?:uary|\.)|feb(?:ruary|\.)|mar(?:ch|\.)|apr(?:il|\.)|may|june?\b|july?\b|aug(?:ust|\.)|sep(?:tember|t?\.)|oct(?:ober|\.)|nov(?:ember|\.)|dec(?:ember|\.)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|now|current|recent|lately|nowadays|future|past|ago|earlier|later|week|month|year|day|hour|minute|second|decade|centur|quarter|spring|summer|fall|autumn|winter|weekend|morning|afternoon|evening|night|noon|midnight|midday|daily|weekly|annually|hourly|nightly|biweekly|semiannually|fortnightly|fiscal|period|nineteen|thousand|half|these days|presently|(?:near|short|long)[\s-]term|thanksgiving|christmas|easter|halloween|new year|independence day|labor day|memorial day|fourth of july|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)|\d{4}|\d:\d\d|\d\s*[ap]\.?m\b|\d\/\d|\d0['’]?s\b/gi;

/** How far a window reaches on each side of a trigger: enough for "the beginning of the second half of fiscal 1998". */
const REACH = 48;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/**
 * A line break ends a paragraph (news text puts one paragraph per line, see text/segment.ts), and no time
 * expression runs across one: windows stop there.
 */
export const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** A window and the classes of the trigger words found in it, which decide the rules worth running. */
export interface Window extends Span {
  readonly keys: number;
}

/**
 * Windows (merged, in order) around every trigger word (`classify` gives its classes as bits), widened to whitespace so no word is cut, and never
 * across a line break. A window is never cut anywhere else, however long (a date-dense timeline, one long
 * line): a cut at a space could split a date ("August | 22, 2007"); the parsers that need short input cut
 * it themselves where no date can span (see chronoParsers.ts).
 */
export function candidateWindows(text: string, classify: (trigger: string) => number): Window[] {
  const out: { start: number; end: number; keys: number }[] = [];
  const n = text.length;
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(text)) !== null) {
    const at = m.index;
    const to = at + m[0].length;
    // A trigger spanning a line break ("\d\s*[ap]m") is cut back to its line.
    let start = at;
    let end = to;
    for (let k = at; k < to; k++) {
      if (isLineBreak(text.charCodeAt(k))) {
        end = k;
        break;
      }
    }
    // Reach out on both sides, then widen to whitespace (bounded, so a text without spaces cannot make a
    // window huge), stopping at line breaks.
    const lo = Math.max(0, at - REACH - 40);
    for (let k = 0; start > lo && !isLineBreak(text.charCodeAt(start - 1)) && (k < REACH || !isSpace(text.charCodeAt(start - 1))); k++) start--;
    const hi = Math.min(n, end + REACH + 40);
    for (let k = 0; end < hi && !isLineBreak(text.charCodeAt(end)) && (k < REACH || !isSpace(text.charCodeAt(end))); k++) end++;
    const last = out[out.length - 1];
    const keys = classify(m[0]);
    if (last && start <= last.end) {
      if (end > last.end) last.end = end;
      last.keys |= keys;
    } else {
      out.push({ start, end, keys });
    }
    if (TRIGGER.lastIndex === m.index) TRIGGER.lastIndex++;
  }
  return out;
}
