// Given names and the gender a pronoun would usually follow: the generated lists (public-domain data) plus a hand
// list of frequent names in the news that they lack. The generated lists are sorted strings searched in place
// (SortedNames, as the places): a thread's first lookup costs an offset scan of each list, not a Map of 11,000 names.
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './givenNames.generated';
import { SortedNames } from './places';

export type GivenGender = 'm' | 'f' | 'x';

/** Frequent names in international news that the English lists lack, by usual gender. */
export const EXTRA_MALE = `barack vladimir xi boris emmanuel angelo giuseppe hans karl pierre mohammed muhammad ahmed ali omar hassan
ibrahim mustafa abdul yusuf ivan dmitry sergei igor mikhail hiroshi kenji recep benjamin narendra shinzo fumio jair
volodymyr recep`;
export const EXTRA_FEMALE = `hillary kamala nikki condoleezza angela theresa ursula marine sonia elena madeleine`;

/** The hand lists settle the gender of names the data gives both ways; the female list is read last, so it wins. */
const EXTRA = new Map<string, GivenGender>();
for (const n of EXTRA_MALE.split(/\s+/)) if (n) EXTRA.set(n, 'm');
for (const n of EXTRA_FEMALE.split(/\s+/)) if (n) EXTRA.set(n, 'f');

const male = new SortedNames(MALE_GIVEN_NAMES);
const female = new SortedNames(FEMALE_GIVEN_NAMES);

/** 'm' or 'f' when the name is usually one, 'x' for names given to both, undefined for no known given name. */
export function givenNameGender(lower: string): GivenGender | undefined {
  const extra = EXTRA.get(lower);
  if (extra !== undefined) return extra;
  const f = female.has(lower);
  const m = male.has(lower);
  return f ? (m ? 'x' : 'f') : m ? 'm' : undefined;
}
