import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { givenName } from '../../src/core/entities/lexicon';
import { isCommonWord } from '../../src/core/lexicon/commonWords';
import { isCompanyName } from '../../src/core/lexicon/companies';
import { ALIAS_HEADS, COMMON_ACRONYMS, CREDIT_LABELS, DESCRIPTIVE_PREFIXES, FACILITY_HEADS, isRomanNumeral, LAW_ACRONYMS, billCode, roomName, WORKPLACE_ROLES } from '../../src/core/lexicon/nameCues';
import { CITY_NAMES, DEMONYM_NAMES, TOWN_NAMES } from '../../src/core/lexicon/gazetteer.generated';
import { EXTRA_FEMALE, EXTRA_MALE, givenNameGender } from '../../src/core/lexicon/givenNames';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../src/core/lexicon/givenNames.generated';
import { isDemonymName, isPlaceName, isPlacePhraseFirst, placeTier, SortedNames } from '../../src/core/lexicon/places';

const root = join(__dirname, '..', '..', '..');

describe('lexicon: generated gazetteer and given names', () => {
  it('is what scripts/build-gazetteer.mjs makes from the installed data packages', function () {
    this.timeout(60000);
    // Fails (non-zero exit) when the committed tables are stale or a data package is missing.
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'build-gazetteer.mjs'), '--check'], { encoding: 'utf8' });
    assert.match(out, /up to date/);
  });

  it('knows countries, their other names, regions and large cities by name alone', () => {
    // Short common names and capitals (countries-list), and ISO's comma forms ("Moldova, Republic of") cut.
    for (const n of ['syria', 'laos', 'brunei', 'moldova', 'micronesia', 'naypyidaw']) assert.ok(isPlaceName(n), n);
    for (const n of ['france', 'united states', 'ivory coast', 'russia', 'texas', 'ontario', 'manchester', 'cincinnati', 'bangui', 'new york', 'rio de janeiro', 'middle east']) {
      assert.ok(isPlaceName(n), n);
    }
    assert.equal(placeTier('kenya'), 'country');
    // Countries of the past, as older news names them (ISO 3166-3).
    for (const n of ['zaire', 'yugoslavia', 'czechoslovakia', 'burma']) assert.equal(placeTier(n), 'country', n);
    assert.equal(placeTier('queensland'), 'region');
  });

  it('keeps small one-word towns and towns named like people for context only', () => {
    // Real towns that are also common words or surnames: no place by the name alone.
    for (const n of ['police', 'obama', 'charlotte']) {
      assert.ok(!isPlaceName(n), n);
      assert.equal(placeTier(n), 'town', n);
    }
    assert.equal(placeTier('breakfast'), undefined);
  });

  it('knows demonyms with their plurals, and the first words of multi-word places', () => {
    for (const n of ['french', 'malawian', 'americans', 'israelis', 'north korean']) assert.ok(isDemonymName(n), n);
    assert.ok(!isDemonymName('france'));
    assert.ok(isPlacePhraseFirst('new') && isPlacePhraseFirst('south') && !isPlacePhraseFirst('breakfast'));
  });

  it('gives given names a usual gender, both for shared names, none for common words', () => {
    assert.equal(givenName('margaret'), 'f');
    assert.equal(givenName('gerald'), 'm');
    assert.equal(givenName('jordan'), 'x');
    assert.equal(givenName('barack'), 'm'); // from the hand list of names the data lacks
    // Popular names the @stdlib lists lack, from human-names.
    for (const w of ['donald', 'walter', 'jeb']) assert.equal(givenName(w), 'm', w);
    // ... less those that are places or common words in news text.
    for (const w of ['boston', 'dakota', 'fox', 'stone', 'said']) assert.equal(givenName(w), undefined, w);
    for (const w of ['will', 'may', 'president', 'hope', 'the']) assert.equal(givenName(w), undefined, w);
  });

  it('answers a given-name question the same when asked again (its answers are kept across calls)', () => {
    const words = ['margaret', 'gerald', 'jordan', 'barack', 'will', 'the', 'qollvexa', 'boston'];
    const first = words.map((w) => givenName(w));
    assert.deepEqual(first, ['f', 'm', 'x', 'm', undefined, undefined, undefined, undefined]);
    for (let round = 0; round < 3; round++) assert.deepEqual(words.map((w) => givenName(w)), first);
    // The kept answers agree with the lists they come from.
    for (const w of ['margaret', 'gerald', 'jordan', 'barack']) assert.equal(givenName(w), givenNameGender(w), w);
  });

  it('knows the most common English words, decoded from their front-coded table', () => {
    for (const w of ['the', 'bright', 'future', 'stone', 'lives', 'rolling']) assert.ok(isCommonWord(w), w);
    for (const w of ['romney', 'qollin', 'zzz', '', 'a']) assert.ok(!isCommonWord(w), w);
  });

  it('knows firms by their one-word names, less given names, places, common words and split parts of longer names', () => {
    for (const w of ['verizon', 'pfizer', 'starbucks', 'coca-cola', 'harvard']) assert.ok(isCompanyName(w), w);
    for (const w of ['charles', 'ottawa', 'line', 'income', 'johnson', 'jones', 'williams', 'inc', 'verizon inc', '', 'Verizon']) assert.ok(!isCompanyName(w), w);
  });

  it('SortedNames finds exactly the listed names', () => {
    const s = new SortedNames(['ab', 'abc', 'b c', 'zz', 'é'].sort().join('|'));
    for (const w of ['ab', 'abc', 'b c', 'zz', 'é']) assert.ok(s.has(w), w);
    for (const w of ['a', 'abcd', 'b', '', 'zzz', 'e']) assert.ok(!s.has(w), w);
    assert.ok(!new SortedNames('').has('x'));
  });

  it('SortedNames: its hash filter never turns away a listed name', () => {
    for (const joined of [TOWN_NAMES, CITY_NAMES, DEMONYM_NAMES]) {
      const s = new SortedNames(joined);
      for (const w of joined.split('|')) assert.ok(s.has(w), w);
    }
  });

  it('given names: the sorted lists searched in place answer as the Map they replaced', () => {
    // SortedNames needs the lists in code-unit order, as scripts/build-gazetteer.mjs writes them.
    for (const joined of [MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES]) {
      const a = joined.split('|');
      assert.deepEqual(a, [...a].sort());
    }
    // The table as it was built before: female names ('x' when also male), then male ones, then the hand lists.
    const m = new Map<string, string>();
    const male = new Set(MALE_GIVEN_NAMES.split('|'));
    for (const n of FEMALE_GIVEN_NAMES.split('|')) m.set(n, male.has(n) ? 'x' : 'f');
    for (const n of male) if (!m.has(n)) m.set(n, 'm');
    for (const n of EXTRA_MALE.split(/\s+/)) if (n) m.set(n, 'm');
    for (const n of EXTRA_FEMALE.split(/\s+/)) if (n) m.set(n, 'f');
    assert.ok(m.size > 10000);
    for (const [n, g] of m) assert.equal(givenNameGender(n), g, n);
    for (const n of ['', 'zzzq', 'mary ann', 'Mary', 'johnn', 'the']) assert.equal(givenNameGender(n), m.get(n), n);
    assert.equal(givenNameGender('mary'), 'f');
    assert.equal(givenNameGender('john'), 'm');
  });
});

describe('lexicon: name cues', () => {
  it('lists credit labels, facility heads, common acronyms, descriptive prefixes and alias heads, and reads roman numerals', () => {
    assert.ok(CREDIT_LABELS.has('image') && CREDIT_LABELS.has('photo') && !CREDIT_LABELS.has('times'));
    assert.ok(FACILITY_HEADS.has('museum') && FACILITY_HEADS.has('centre') && FACILITY_HEADS.has('room') && !FACILITY_HEADS.has('party'));
    assert.ok(roomName('oval', 'office') && !roomName('budget', 'office'));
    assert.ok(LAW_ACRONYMS.has('nafta') && !LAW_ACRONYMS.has('nato') && billCode('hb2') && billCode('sb1070') && !billCode('hbo'));
    assert.ok(COMMON_ACRONYMS.has('ceo') && COMMON_ACRONYMS.has('gmt') && !COMMON_ACRONYMS.has('nato'));
    // Conditions, devices, tests and taxes are no bodies.
    assert.ok(COMMON_ACRONYMS.has('ptsd') && COMMON_ACRONYMS.has('dvr') && COMMON_ACRONYMS.has('lsat') && COMMON_ACRONYMS.has('vat') && !COMMON_ACRONYMS.has('nasa'));
    assert.ok(DESCRIPTIVE_PREFIXES.has('pro') && !DESCRIPTIVE_PREFIXES.has('new'));
    // Firms, outlets and schools, not government or advocacy heads.
    assert.ok(ALIAS_HEADS.has('coal') && ALIAS_HEADS.has('university') && ALIAS_HEADS.has('news'));
    for (const h of ['department', 'committee', 'watch', 'corps', 'pac']) assert.ok(!ALIAS_HEADS.has(h), h);
    // Jobs, not people's roles in a place ("officials", "residents").
    assert.ok(WORKPLACE_ROLES.has('trader') && WORKPLACE_ROLES.has('professors') && !WORKPLACE_ROLES.has('officials'));
    for (const r of ['XVII', 'IV', 'XXXIX']) assert.ok(isRomanNumeral(r), r);
    for (const r of ['I', 'VIP', 'DC', 'MD', 'XL']) assert.ok(!isRomanNumeral(r), r);
  });
});
