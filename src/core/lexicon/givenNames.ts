// Given names and the gender a pronoun would usually follow: the generated lists (public-domain data) plus a hand
// list of frequent names in the news that they lack. Parsed on first use.
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './givenNames.generated';

export type GivenGender = 'm' | 'f' | 'x';

/** Frequent names in international news that the English lists lack, by usual gender. */
const EXTRA_MALE = `barack vladimir xi boris emmanuel angelo giuseppe hans karl pierre mohammed muhammad ahmed ali omar hassan
ibrahim mustafa abdul yusuf ivan dmitry sergei igor mikhail hiroshi kenji recep benjamin narendra shinzo fumio jair
volodymyr recep`;
const EXTRA_FEMALE = `hillary kamala nikki condoleezza angela theresa ursula marine sonia elena madeleine`;

let table: Map<string, GivenGender> | null = null;

function load(): Map<string, GivenGender> {
  const m = new Map<string, GivenGender>();
  const male = new Set(MALE_GIVEN_NAMES.split('|'));
  for (const n of FEMALE_GIVEN_NAMES.split('|')) m.set(n, male.has(n) ? 'x' : 'f');
  for (const n of male) if (!m.has(n)) m.set(n, 'm');
  // The hand lists settle the gender of names the data gives both ways.
  for (const n of EXTRA_MALE.split(/\s+/)) if (n) m.set(n, 'm');
  for (const n of EXTRA_FEMALE.split(/\s+/)) if (n) m.set(n, 'f');
  return m;
}

/** 'm' or 'f' when the name is usually one, 'x' for names given to both, undefined for no known given name. */
export function givenNameGender(lower: string): GivenGender | undefined {
  return (table ??= load()).get(lower);
}
