// A person's body, read from the person's name beside it: "Jane Roe of Qollvex Now", "Qollvex Now's Jane Roe",
// "Qollvex Now's chief whip Jane Roe". News names a party member, a band member or a firm's speaker so, and a name the
// rules leave untyped there (a small party, a band, a group whose words are common ones) is the body. A place is
// written so too ("Jane Roe of Ohio", "Ohio's Jane Roe"), but a place the gazetteer knows is typed before this runs.

import { ROLE_NOUNS, TITLE_WORDS } from './lexicon';

/** Where the people's named mentions start and end: what the frames below look for. */
export interface PersonSpans {
  readonly starts: ReadonlySet<number>;
  readonly ends: ReadonlySet<number>;
}

/** " of ", ", of the " right before a name. */
const OF_BEFORE = /,? of (?:the )?$/;
/** What may stand between a possessive and the person's name: up to four words, no punctuation. */
const WORDS_BETWEEN = /^(?:[A-Za-z-]+ ){0,4}$/;
/** Function words no title holds: "A Child's First Book of Jane Roe" names a book. */
const NOT_IN_TITLE = /\b(?:of|and|or|the|a|an|in|on|at|to|for|with|from|by)\b/;

/**
 * The words between a possessive and a person's name make a title: none, or words ending in a role ("chief whip",
 * "Shadow Home Secretary"); not a verb's words ("Roe's rhetoric following Jane Doe's remarks").
 */
function titleBetween(words: string): boolean {
  if (words === '') return true;
  if (!WORDS_BETWEEN.test(words) || NOT_IN_TITLE.test(words.toLowerCase())) return false;
  const last = words.trim().toLowerCase().split(' ').pop() ?? '';
  return ROLE_NOUNS.has(last) || TITLE_WORDS.has(last);
}

/**
 * Is the mention [start, end) a person's body: right after "<person> of (the)", or before "'s (<title>) <person>"?
 * `of` false reads the possessive only: a town is where a person is "of" ("Jane Roe of Dorvale"), rarely whose.
 */
export function affiliationFrame(text: string, start: number, end: number, people: PersonSpans, of = true): boolean {
  const before = of ? OF_BEFORE.exec(text.slice(Math.max(0, start - 10), start)) : null;
  if (before && people.ends.has(start - before[0].length)) return true;
  const c = text.charCodeAt(end);
  if ((c !== 39 && c !== 0x2019) || text.charCodeAt(end + 1) !== 115 || text.charCodeAt(end + 2) !== 32) return false;
  const from = end + 3;
  for (let k = from; k <= from + 48 && k <= text.length; k++) {
    if (k > from && text.charCodeAt(k - 1) !== 32) continue;
    if (people.starts.has(k)) return titleBetween(text.slice(from, k));
  }
  return false;
}
