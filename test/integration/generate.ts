// Generated news articles for the workspace tests: deterministic, written from hand-made templates and
// invented names (no corpus text). Not a test file itself (run() loads only *.test.js).

const FIRST = ['Amara', 'Bruno', 'Celia', 'Dario', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Luca', 'Mira', 'Nils', 'Olga', 'Pavel'];
const LAST = ['Okonjo', 'Halvorsen', 'Marchetti', 'Novak', 'Quiroga', 'Sandoval', 'Tanaka', 'Ulvaeus', 'Varga', 'Whitcombe', 'Yilmaz', 'Zeller'];
const TITLES = ['Finance Minister', 'Mayor', 'Senator', 'Health Minister', 'Governor', 'Trade Minister'];
const PLACES = ['Lisbon', 'Oslo', 'Nairobi', 'Quito', 'Hanoi', 'Tbilisi', 'Montevideo', 'Reykjavik'];
const SAYINGS = [
  'The budget will be balanced by the end of the year',
  'We have no plans to raise taxes',
  'The bridge is safe and will reopen soon',
  'Our hospitals need more nurses',
  'The talks with the unions went well',
  'Nobody will lose their job over this',
  'We expect the harbour to be busy this summer',
  'The new rail line is on schedule',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  readonly name: string;
  readonly text: string;
}

/** Article number `i`: a dateline, two or three quoted people, a reported statement and a few dates. */
export function generatedArticle(i: number): GeneratedArticle {
  const r = random(i + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const year = 2020 + (i % 4);
  const month = 1 + (i % 12);
  const day = 1 + (i % 27);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const people = [0, 1, 2].map(() => ({ first: pick(FIRST), last: pick(LAST), title: pick(TITLES) }));
  const place = pick(PLACES);
  const lines = [
    `date ${iso}`,
    `${people[0].title} ${people[0].first} ${people[0].last} said on Tuesday that "${pick(SAYINGS)}." The remarks came in ${place}.`,
    `"${pick(SAYINGS)}," ${people[1].first} ${people[1].last} told reporters yesterday.`,
    `${people[0].last} said the plan had been discussed since ${MONTHS[(month + 5) % 12]} ${year - 1}.`,
    `"${pick(SAYINGS)}," said ${people[2].title} ${people[2].first} ${people[2].last}. The vote is expected next week.`,
    `The council will meet again in about two weeks, officials in ${place} said.`,
  ];
  return { name: `article-${String(i).padStart(4, '0')}.news.txt`, text: `${lines.join('\n')}\n` };
}

/** Three articles quoting one person, named three ways ("Ottilie Brandvold", "Brandvold", "Minister Brandvold"). */
export const BRANDVOLD_ARTICLES: readonly GeneratedArticle[] = [
  {
    name: 'brandvold-1.news.txt',
    text: 'date 2022-04-02\nInterior Minister Ottilie Brandvold said on Friday that "the border posts will stay open." She spoke in Bergen.\n',
  },
  {
    name: 'brandvold-2.news.txt',
    text: 'date 2022-05-09\n"We will hire four hundred guards," Brandvold told reporters on Monday.\n',
  },
  {
    name: 'brandvold-3.news.txt',
    text: 'date 2022-06-20\nMinister Brandvold said: "The new fences are a mistake."\n"Nothing about the budget is settled," said Ottilie Brandvold.\n',
  },
];
