// Whole-text look-ups of the name rules ("is this phrase written elsewhere?"), with the answers they always gave, at a
// cost that does not grow with the text for each question: a long text (a 10 MB article) is indexed once by its words,
// and a question the text already answered is not asked again. A short text is searched as before (an index costs more
// than a few scans of a few kilobytes).

/** Texts shorter than this are searched with indexOf; longer ones through the word index. */
const INDEX_FROM = 100_000;

/** Per UTF-16 code unit: 0 not yet known, 1 a letter (/\p{L}/u on the unit alone), 2 not. */
const LETTER = new Uint8Array(65536);
const LETTER_RE = /\p{L}/u;

/** The code unit is a letter, as /\p{L}/u reads the one-unit string (a lone surrogate is none). */
export function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let v = LETTER[c];
  if (v === 0) {
    v = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER[c] = v;
  }
  return v === 1;
}

const letterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isLetterUnit(text.charCodeAt(i));

/**
 * The text's maximal runs of letters, by their text: the offset of each, in order. Runs that open with a lower-case
 * ASCII letter are left out (most of a text; the questions are about capitalised words): a question about one is
 * answered by a scan.
 */
interface WordIndex {
  readonly text: string;
  readonly runs: Map<string, number[]>;
}

let lastIndex: WordIndex | null = null;

function wordIndex(text: string): WordIndex {
  if (lastIndex && lastIndex.text === text) return lastIndex;
  const runs = new Map<string, number[]>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetterUnit(c)) { i++; continue; }
    const s = i;
    while (i < n && isLetterUnit(text.charCodeAt(i))) i++;
    if (c >= 97 && c <= 122) continue;
    const w = text.slice(s, i);
    const list = runs.get(w);
    if (list) list.push(s);
    else runs.set(w, [s]);
  }
  lastIndex = { text, runs };
  return lastIndex;
}

/** Length of the run of letters that opens `s`; 0 when it opens with no letter or with one the index leaves out. */
function leadingRun(s: string): number {
  const c = s.length > 0 ? s.charCodeAt(0) : 0;
  if (c >= 97 && c <= 122) return 0;
  let k = 0;
  while (k < s.length && isLetterUnit(s.charCodeAt(k))) k++;
  return k;
}

/** The word or words [start, end) occur at another offset of the text, as whole words. */
export function writtenElsewhere(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  const w = text.length >= INDEX_FROM && s.length > 0 ? leadingRun(s) : 0;
  if (w === 0) {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) if (i !== start && !letterAt(text, i - 1) && !letterAt(text, i + s.length)) return true;
    return false;
  }
  // A whole-word occurrence opens a run of letters, and that run is the phrase's first word: when the phrase goes on
  // past its first word, a non-letter follows it; when it does not, the occurrence is followed by none.
  const at = wordIndex(text).runs.get(s.slice(0, w));
  if (!at) return false;
  for (const i of at) if (i !== start && text.startsWith(s, i) && !letterAt(text, i + s.length)) return true;
  return false;
}

/** Answers that depend on the text and one string only, for the last text asked about. */
const memoText = new Map<string, string>();
const memos = new Map<string, Map<string, boolean>>();

/** `ask(key)` for this text, asked once per key and text (the answers of the last text asked about are kept). */
export function memoOfText(name: string, text: string, key: string, ask: () => boolean): boolean {
  let m = memos.get(name);
  if (!m || memoText.get(name) !== text) {
    m = new Map();
    memos.set(name, m);
    memoText.set(name, text);
  }
  let v = m.get(key);
  if (v === undefined) {
    v = ask();
    m.set(key, v);
  }
  return v;
}

/**
 * Some occurrence of `phrase` (at any offset, inside a word or not) that starts right after a space or a tab passes
 * `test`. (Other occurrences are never asked about: the callers' tests read the word before, which a space or a tab
 * must part from the phrase.)
 */
export function someOccurrenceAfterBlank(text: string, phrase: string, test: (at: number) => boolean): boolean {
  const w = text.length >= INDEX_FROM ? leadingRun(phrase) : 0;
  // (An occurrence after a blank, of a phrase that opens with a letter, opens a run of letters; when the phrase goes
  // on past its first word, that run is the phrase's first word.)
  if (w === 0 || w === phrase.length) {
    for (let k = text.indexOf(phrase); k >= 0; k = text.indexOf(phrase, k + 1)) {
      const b = k > 0 ? text.charCodeAt(k - 1) : 0;
      if ((b === 32 || b === 9) && test(k)) return true;
    }
    return false;
  }
  const at = wordIndex(text).runs.get(phrase.slice(0, w));
  if (!at) return false;
  for (const k of at) {
    const b = k > 0 ? text.charCodeAt(k - 1) : 0;
    if ((b === 32 || b === 9) && text.startsWith(phrase, k) && test(k)) return true;
  }
  return false;
}

const isAsciiWordUnit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const JS_SPACE = /\s/;
const isJsSpace = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : JS_SPACE.test(String.fromCharCode(c)));

/**
 * What a pattern that ends in `\b(?:word…)\s+$` can have matched in `s`: the run of ASCII word characters right
 * before the blanks that end `s` (as written), and whether a comma stands there instead; null when `s` ends in no
 * blank. A pattern's match needs its word to be that run (blanks, then the end, follow it; \b comes before it).
 */
export function tailBeforeBlanks(s: string): { word: string; comma: boolean } | null {
  let k = s.length;
  while (k > 0 && isJsSpace(s.charCodeAt(k - 1))) k--;
  if (k === s.length) return null;
  let j = k;
  while (j > 0 && isAsciiWordUnit(s.charCodeAt(j - 1))) j--;
  return { word: s.slice(j, k), comma: k > 0 && s.charCodeAt(k - 1) === 44 };
}
