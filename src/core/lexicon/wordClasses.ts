// Word classes without a tagger: the two likeliest parts of speech of a word, from a table compiled at build time
// (scripts/build-word-classes.mjs, from the en-lexicon package) for the words where a spelling rule guesses wrong,
// and from that rule for every other word. The attribution pass reads them as evidence of clause structure ("said"
// followed by a pronoun and a finite verb, a noun phrase before a verb).
import { WORD_CLASSES } from './wordClasses.generated';

/** Coarse word classes (Penn tags merged). 0: none or punctuation. */
export const enum WordClass {
  None, Noun, Name, Finite, Base, Participle, Gerund, Adjective, Adverb, Preposition, Determiner, Pronoun, Modal,
  Conjunction, Wh, Number,
}
/** A word's code: its likeliest class in the low 4 bits, the next likeliest (or None) in the high 4. */
export const wordClassCode = (first: WordClass, second: WordClass): number => first | (second << 4);
export const firstClass = (code: number): WordClass => (code & 15) as WordClass;
export const secondClass = (code: number): WordClass => ((code >> 4) & 15) as WordClass;

/** The class a spelling suggests, for words the table does not list (the table lists only where this is wrong). */
export function guessedClass(lower: string): number {
  const c = lower.charCodeAt(0);
  if (c >= 48 && c <= 57) return wordClassCode(WordClass.Number, WordClass.None);
  if (lower.endsWith('ly')) return wordClassCode(WordClass.Adverb, WordClass.Adjective);
  if (lower.endsWith('ing')) return wordClassCode(WordClass.Gerund, WordClass.Noun);
  if (lower.endsWith('ed')) return wordClassCode(WordClass.Finite, WordClass.Participle);
  if (lower.endsWith('s') && !lower.endsWith('ss')) return wordClassCode(WordClass.Noun, WordClass.Finite);
  return wordClassCode(WordClass.Noun, WordClass.None);
}

let table: Map<string, number> | null = null;

/** The generated table: groups `code:words` split by ';', words front-coded as in commonWords.generated.ts. */
function load(): Map<string, number> {
  const m = new Map<string, number>();
  for (const group of WORD_CLASSES.split(';')) {
    const colon = group.indexOf(':');
    if (colon < 0) continue;
    const code = Number(group.slice(0, colon));
    let prev = '';
    let i = colon + 1;
    while (i < group.length) {
      const shared = group.charCodeAt(i) - 48;
      let j = i + 1;
      while (j < group.length && group.charCodeAt(j) > 57) j++;
      prev = prev.slice(0, shared) + group.slice(i + 1, j);
      m.set(prev, code);
      i = j;
    }
  }
  return m;
}

/** The class code of a lower-case word. */
export function wordClass(lower: string): number {
  const code = (table ??= load()).get(lower);
  return code === undefined ? guessedClass(lower) : code;
}
