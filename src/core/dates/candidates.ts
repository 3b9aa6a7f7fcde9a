// Cheap trigger scan: the costly parsers only see short windows of text around temporal words.
import type { Span } from '../types';

// Prefixes of temporal words, digit shapes of years and clock times. Case-insensitive, linear.
const TRIGGER =
  /\b(?:jan(?:uary|\.)|feb(?:ruary|\.)|mar(?:ch|\.)|apr(?:il|\.)|may|june?\b|july?\b|aug(?:ust|\.)|sep(?:tember|t?\.)|oct(?:ober|\.)|nov(?:ember|\.)|dec(?:ember|\.)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|now|current|recent|lately|nowadays|future|past|ago|earlier|later|week|month|year|day|hour|minute|second|decade|centur|quarter|spring|summer|fall|autumn|winter|weekend|morning|afternoon|evening|night|noon|midnight|midday|daily|weekly|annually|hourly|nightly|biweekly|semiannually|fortnightly|fiscal|period|nineteen|thousand|half|these days|presently|(?:near|short|long)[\s-]term|thanksgiving|christmas|easter|halloween|new year|independence day|labor day|memorial day|fourth of july|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)|\d{4}|\d:\d\d|\d\s*[ap]\.?m\b|\d\/\d|\d0['’]?s\b/gi;

/** How far a window reaches on each side of a trigger: enough for "the beginning of the second half of fiscal 1998". */
const REACH = 48;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

/** A window and the trigger words found in it (lower case, '|'-joined), which decide the rules worth running. */
export interface Window extends Span {
  readonly triggers: string;
}

/** Windows (merged, in order) around every trigger word, widened to whitespace so no word is cut. */
export function candidateWindows(text: string): Window[] {
  const out: { start: number; end: number; triggers: string }[] = [];
  const n = text.length;
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(text)) !== null) {
    let start = Math.max(0, m.index - REACH);
    let end = Math.min(n, m.index + m[0].length + REACH);
    // Widen to whitespace (bounded, so a text without spaces cannot make a window huge).
    for (let k = 0; k < 40 && start > 0 && !isSpace(text.charCodeAt(start - 1)); k++) start--;
    for (let k = 0; k < 40 && end < n && !isSpace(text.charCodeAt(end)); k++) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      if (end > last.end) last.end = end;
      last.triggers += `|${m[0]}`;
    } else {
      out.push({ start, end, triggers: m[0] });
    }
    // Skip ahead: the next trigger inside this window only matters for extending it.
    if (TRIGGER.lastIndex === m.index) TRIGGER.lastIndex++;
  }
  // Very long merged windows are split at whitespace so chrono never sees megabytes at once.
  const MAX = 700;
  const res: Window[] = [];
  for (const w of out) {
    const triggers = w.triggers.toLowerCase();
    let s = w.start;
    while (w.end - s > MAX) {
      let cut = s + MAX;
      while (cut > s + MAX / 2 && !isSpace(text.charCodeAt(cut))) cut--;
      // Cut at a sentence end when one is near (bounded search), so expressions are rarely split.
      for (let k = cut - 1; k > s + MAX / 2; k--) {
        if (text.charCodeAt(k) === 46 && isSpace(text.charCodeAt(k + 1))) {
          cut = k + 1;
          break;
        }
      }
      res.push({ start: s, end: cut, triggers });
      s = cut;
    }
    res.push({ start: s, end: w.end, triggers });
  }
  return res;
}
