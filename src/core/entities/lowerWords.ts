// Which words the text also uses in lower case ("Clearly" opens a sentence, "clearly" occurs elsewhere): evidence that
// a capitalised word is a common word, not a name.
import { isJoiner, isUpperAt, isWordChar } from './tokens';

// Two 32-bit FNV-1a style hashes of a word's UTF-16 units; a word is known by the pair (h1, h2's low 21 bits), the
// 53 bits the index keeps: collisions are negligible at any size.
const FNV_OFFSET = 0x811c9dc5;
const H2_SEED = 0x01000193;
const H2_KEEP = 0x1fffff;
const step1 = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const step2 = (h: number, c: number) => Math.imul(h ^ c, 0x5bd1e995) ^ (h >>> 15);

/**
 * An open-addressing set of hash pairs in typed arrays: no number is boxed and no key string is made, which a
 * Set of 53-bit numbers cannot avoid (it was the pass's costliest step).
 */
class HashPairs {
  private mask: number;
  /** h1, then h2's kept bits plus one (0 marks an empty slot), per slot. */
  private keys: Int32Array;
  private count = 0;

  constructor(expected: number) {
    let size = 64;
    while (size < expected * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size * 2);
  }

  add(h1: number, h2: number): void {
    const tag = (h2 & H2_KEEP) + 1;
    const keys = this.keys;
    let slot = (h1 ^ Math.imul(tag, 0x9e3779b1)) & this.mask;
    for (;;) {
      const t = keys[2 * slot + 1];
      if (t === 0) break;
      if (t === tag && keys[2 * slot] === h1) return;
      slot = (slot + 1) & this.mask;
    }
    keys[2 * slot] = h1;
    keys[2 * slot + 1] = tag;
    if (++this.count * 2 > this.mask) this.grow();
  }

  has(h1: number, h2: number): boolean {
    const tag = (h2 & H2_KEEP) + 1;
    const keys = this.keys;
    let slot = (h1 ^ Math.imul(tag, 0x9e3779b1)) & this.mask;
    for (;;) {
      const t = keys[2 * slot + 1];
      if (t === 0) return false;
      if (t === tag && keys[2 * slot] === h1) return true;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.keys;
    this.mask = this.mask * 2 + 1;
    this.keys = new Int32Array((this.mask + 1) * 2);
    this.count = 0;
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) this.add(old[s], old[s + 1] - 1);
  }
}

/** The index of the text's lower-case words. A function of its own, not a closure made per text: each closure was
 * optimized anew (three Turbofan compiles of this loop over polnear-train, one of them on-stack). */
function buildIndex(text: string): HashPairs {
  const n = text.length;
  // About one word in six characters; the table grows if there are more.
  const out = new HashPairs(n >> 3);
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) { i++; continue; }
    // One word with its joiners (' ’ . - & between word characters: "o'brien", "well-known", "u.s"); each
    // joiner-free piece is a word too ("well-known" holds "well" and "known"). Both hashes run as the word is read.
    // The whole word's hashes are the piece's until the first joiner: most words have none, and hash once.
    let w1 = 0;
    let w2 = 0;
    let p1 = FNV_OFFSET;
    let p2 = H2_SEED;
    let upper = false;
    let pieceUpper = false;
    let joined = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (i < n && (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : isWordChar(c))) {
        if (c < 128 ? c >= 65 && c <= 90 : isUpperAt(text, i)) { upper = true; pieceUpper = true; }
        p1 = step1(p1, c); p2 = step2(p2, c);
        if (joined) { w1 = step1(w1, c); w2 = step2(w2, c); }
        i++;
        continue;
      }
      if (i + 1 < n && isJoiner(c) && isWordChar(text.charCodeAt(i + 1))) {
        if (!pieceUpper) out.add(p1, p2);
        if (!joined) { w1 = p1; w2 = p2; joined = true; }
        w1 = step1(w1, c); w2 = step2(w2, c);
        p1 = FNV_OFFSET; p2 = H2_SEED;
        i++;
        pieceUpper = false;
        continue;
      }
      break;
    }
    if (!joined) { if (!upper) out.add(p1, p2); continue; }
    if (!pieceUpper) out.add(p1, p2);
    if (!upper) out.add(w1, w2);
  }
  return out;
}

/**
 * A test "does this lower-case word occur in lower case anywhere in the text?". The index is built on the first
 * question, in one pass over the text that hashes each word as it is read (no substring is made), so the cost is
 * linear in the text whatever is asked.
 */
export function lowerCaseWords(text: string): (word: string) => boolean {
  let seen: HashPairs | null = null;
  return (word: string) => {
    if (word.length === 0) return false;
    seen ??= buildIndex(text);
    let h1 = FNV_OFFSET;
    let h2 = H2_SEED;
    for (let i = 0; i < word.length; i++) { const c = word.charCodeAt(i); h1 = step1(h1, c); h2 = step2(h2, c); }
    return seen.has(h1, h2);
  };
}
