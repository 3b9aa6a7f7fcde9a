import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Session 23 (issue 13, name spans): the spans of listed names, each phenomenon on sentences written for the test.
// "Dorvale", "Qollby", "Varrin" are made-up towns no list holds.
const mentions = (text: string, name: string): string[] => {
  const e = analyze(text).entities.find((x) => x.name === name);
  return (e?.mentions ?? []).filter((m) => m.kind !== 'pronoun' && m.kind !== 'nominal').map((m) => m.text);
};

describe('entities: name spans (session 23)', () => {
  it('keeps the period of a state abbreviation that is also a word ("Ore.", "Mass.") in its mention', () => {
    assert.deepEqual(mentions('A firm in Dorvale, Ore., said on Monday that it would close.', 'Oregon'), ['Ore.']);
    // At a sentence's end the one period is the abbreviation's too, as in "Calif.".
    assert.deepEqual(mentions('The mayor grew up in Qollby, Mass.', 'Massachusetts'), ['Mass.']);
    assert.deepEqual(mentions('She moved to Varrin, Ill., in May, and later to Dorvale, Wash.', 'Illinois'), ['Ill.']);
    assert.deepEqual(mentions('She moved to Varrin, Ill., in May, and later to Dorvale, Wash.', 'Washington'), ['Wash.']);
    // The abbreviations that are no words keep their period already.
    assert.deepEqual(mentions('A firm in Dorvale, Calif., said on Monday that it would close.', 'California'), ['Calif.']);
  });

  it('types no common word as a state outside the town-and-comma slot', () => {
    assert.equal(mentions('Miners dug the ore out of the hill.', 'Oregon').length, 0);
  });

  it('keeps a hyphenated name known only whole ("AFL-CIO", "Miami-Dade") in one piece', () => {
    assert.deepEqual(mentions('The AFL-CIO endorsed her on Monday, and its board met in May.', 'AFL-CIO'), ['AFL-CIO']);
    assert.equal(analyze('The AFL-CIO endorsed her on Monday.').entities.find((x) => x.name === 'AFL')?.kind, undefined);
    assert.deepEqual(mentions('Turnout in Miami-Dade County was high on Monday, officials said.', 'Miami-Dade County'), ['Miami-Dade County']);
    assert.equal(analyze('Turnout in Miami-Dade County was high on Monday.').entities.some((x) => x.name === 'Miami' || x.name === 'Dade'), false);
    // Other acronym and place heads are still cut from what follows the hyphen.
    assert.deepEqual(mentions('Officials inspected the U.S.-Varrin border on Monday.', 'United States'), ['U.S.']);
  });

  it('leaves out a party word that says who holds a legislature ("the Republican U.S. House")', () => {
    const names = (text: string) => analyze(text).entities.filter((x) => x.kind === 'organization').map((x) => x.name);
    assert.deepEqual(names('Critics of the Republican U.S. House said the bill would fail.'), ['U.S. House']);
    assert.deepEqual(names('Voters asked the Democrat City Council about the budget on Monday.'), ['City Council']);
    assert.deepEqual(names('Republican U.S. House Speaker Jane Qoll blasted the plan on Tuesday.'), ['U.S. House']);
    // A party's own bodies keep the party word.
    assert.deepEqual(names('Aides to the Republican Party and the Democratic National Committee met on Monday.'), ['Republican Party', 'Democratic National Committee']);
    assert.deepEqual(names('Officials of the Democratic Senatorial Campaign Committee met on Monday.'), ['Democratic Senatorial Campaign Committee']);
  });
  it('keeps a regnal number after a lone given name in the name ("Queen Varra II"), and the person with it', () => {
    const text = 'Queen Varra II visited Dorvale on Monday. Varra II waved to the crowd, and later Varra thanked the mayor.';
    const e = analyze(text).entities.find((x) => x.name === 'Varra II');
    assert.equal(e?.kind, 'person');
    assert.deepEqual(e?.mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'nominal').map((m) => m.text), ['Varra II', 'Varra II', 'Varra']);
    assert.equal(analyze('King Tollan III spoke in Qollby.').entities.find((x) => x.name === 'Tollan III')?.kind, 'person');
    // After a surname the numeral is still a suffix: the person is known by given name and surname.
    assert.equal(analyze('Mark Qollvey III said the plan was sound. Qollvey left.').entities.find((x) => x.name === 'Mark Qollvey III')?.mentions.length, 2);
  });
});
