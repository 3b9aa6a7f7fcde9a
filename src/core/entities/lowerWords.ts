// Which words the text also uses in lower case ("Clearly" opens a sentence, "clearly" occurs elsewhere): evidence that
// a capitalised word is a common word, not a name.
import { isJoiner, isUpperAt, isWordChar } from './tokens';

/** Two 32-bit FNV-1a style hashes folded into one exact double (53 bits): collisions are negligible at any size. */
function hashRange(text: string, from: number, to: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

/**
 * A test "does this lower-case word occur in lower case anywhere in the text?". The index is built on the first
 * question, in one pass over the text that stores a number per distinct lower-case word (no substring is made), so
 * the cost is linear in the text whatever is asked.
 */
export function lowerCaseWords(text: string): (word: string) => boolean {
  let seen: Set<number> | null = null;
  const build = (): Set<number> => {
    const out = new Set<number>();
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isWordChar(text.charCodeAt(i))) { i++; continue; }
      // One word with its joiners (' ’ . - & between word characters: "o'brien", "well-known", "u.s"); each joiner-free piece is a word too ("well-known" holds "well" and "known").
      const start = i;
      let pieceStart = i;
      let upper = false;
      let pieceUpper = false;
      let joined = false;
      for (;;) {
        const c = text.charCodeAt(i);
        if (i < n && isWordChar(c)) {
          if (isUpperAt(text, i)) { upper = true; pieceUpper = true; }
          i++;
          continue;
        }
        if (i + 1 < n && isJoiner(c) && isWordChar(text.charCodeAt(i + 1))) {
          if (!pieceUpper) out.add(hashRange(text, pieceStart, i));
          joined = true;
          i++;
          pieceStart = i;
          pieceUpper = false;
          continue;
        }
        break;
      }
      if (!pieceUpper && joined) out.add(hashRange(text, pieceStart, i));
      if (!upper) out.add(hashRange(text, start, i));
    }
    return out;
  };
  return (word: string) => {
    if (word.length === 0) return false;
    seen ??= build();
    return seen.has(hashRange(word, 0, word.length));
  };
}
