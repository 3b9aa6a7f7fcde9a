import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Session 24 (issue 13, person typing precision): a name's shape alone makes no person of a brand glued across a lost
// space or a full stop, nor of a name opened by a common English word however often it recurs, and a sentence adverb
// opening a sentence is no part of the name after it. Sentences written for the test; "Qollvex", "Dorwin Plaxley" and
// the like are made-up names no list holds, so only the evidence under test can type them.
const why = (text: string, name: string): [string | undefined, string | undefined] => {
  const e = analyze(text).entities.find((x) => x.name === name);
  return [e?.kind, e?.evidence];
};
const names = (text: string): string[] => analyze(text).entities.map((e) => e.name);

describe('entities: person by name shape (session 24)', () => {
  it('types no person from a brand\'s inner capitals or words glued across a lost space or a full stop', () => {
    assert.notEqual(why('Shoppers bought more Qollvex SnackBites this year than last.', 'Qollvex SnackBites')[0], 'person');
    assert.notEqual(why('Photo by Dorvel ImagesCaption Jones at the rally on Monday.', 'Dorvel ImagesCaption')[0], 'person');
    assert.notEqual(why('The group gave money to Ready PAC.Subscribe today for more news.', 'Ready PAC.Subscribe')[0], 'person');
    // A short particle before an inner capital is a surname's: "McVarrin", "DeQoll".
    assert.deepEqual(why('The award went to Dorwin McVarrin on Monday.', 'Dorwin McVarrin'), ['person', 'name-shape']);
    assert.deepEqual(why('The award went to Tovan DeQoll on Monday.', 'Tovan DeQoll'), ['person', 'name-shape']);
  });

  it('types no person from a name opened by a common English word, met once or more, unless its surname is taken up', () => {
    const text = 'Lawmakers voted to cut funds for Planned Qollhood on Monday. Backers of Planned Qollhood said the vote was unfair.';
    assert.notEqual(why(text, 'Planned Qollhood')[0], 'person');
    assert.notEqual(why('The report praised Popular Varrinet twice. Popular Varrinet was not asked.', 'Popular Varrinet')[0], 'person');
    // Taken up by its surname, as news names people, it stays a person.
    assert.deepEqual(why('The prize went to Popular Varrinet on Monday. Varrinet thanked the jury.', 'Popular Varrinet'), ['person', 'surname-reuse']);
    // A first word that is no common English word keeps the shape's reading.
    assert.deepEqual(why('The prize went to Dorwin Varrinet on Monday. Dorwin Varrinet thanked the jury.', 'Dorwin Varrinet'), ['person', 'name-shape']);
  });
});

describe('entities: a sentence adverb is no part of the name after it (session 24)', () => {
  it('drops an -ly adverb made from a common word at a sentence start, not a period adjective', () => {
    const text = 'The committee met on Monday. Currently Dorwin Plaxley is its chair. Apparently Jorvan Teague was not told.';
    assert.ok(names(text).includes('Dorwin Plaxley'));
    assert.ok(names(text).includes('Jorvan Teague'));
    assert.ok(!names(text).some((n) => n.startsWith('Currently') || n.startsWith('Apparently')));
    // "Weekly", "Quarterly": a period's adjective opens a title.
    assert.ok(names('Weekly Qollvex Digest printed the letter on Monday.').some((n) => n.startsWith('Weekly')));
  });
});

describe('entities: pollsters joined by a slash (session 24)', () => {
  it('types each name of a slash-joined run before a poll\'s noun as an organization', () => {
    const text = 'The Qollvex/Dorvel poll found support falling on Monday. A Varrinet/Plaxmoor Times survey agreed.';
    assert.equal(why(text, 'Qollvex')[0], 'organization');
    assert.equal(why(text, 'Dorvel')[0], 'organization');
    assert.equal(why(text, 'Varrinet')[0], 'organization');
    // A slash between names with no poll after it says nothing.
    assert.notEqual(why('The Qollvex/Dorvel merger talks stalled on Monday.', 'Qollvex')[0], 'organization');
  });
});

describe('entities: no person ends in an acronym (session 24)', () => {
  it('types no person from a name whose last word is an acronym of three letters or more, a numeral or a degree aside', () => {
    // "Carolina" and "Margaret" are given names; "North Carolina RNC member" is cut after "North".
    assert.deepEqual(why('North Carolina RNC member Jane Qoll believes it.', 'Carolina RNC'), ['unclassified', 'none']);
    assert.deepEqual(why('Margaret RNC said so.', 'Margaret RNC'), ['unclassified', 'none']);
    assert.equal(why('Margaret Qollvex III said so on Sunday.', 'Margaret Qollvex III')[0], 'person');
    assert.equal(why('Margaret Qollvex PhD said so on Sunday.', 'Margaret Qollvex PhD')[0], 'person');
  });
});

describe('entities: a place before a person\'s title or party is no actor (session 24)', () => {
  it('keeps a state that modifies a title, a party word or owns a person by name a place, where "against" alone makes an actor', () => {
    assert.deepEqual(why('Lawmakers voted against Montana on the measure.', 'Montana'), ['organization', 'actor']);
    assert.deepEqual(why('He campaigned against Montana Sen. Jon Qoll in May.', 'Montana'), ['place', 'gazetteer']);
    assert.deepEqual(why('He is running against Idaho Republican Tom Varrin this fall.', 'Idaho'), ['place', 'gazetteer']);
    // A possessive that owns a person by name weighs as a place frame against an actor's.
    assert.deepEqual(why('Montana sued the agency on Monday.', 'Montana'), ['organization', 'actor']);
    assert.deepEqual(why('Montana’s Jane Qoll spoke first. Montana sued the agency on Monday.', 'Montana'), ['place', 'gazetteer']);
  });
});

describe('entities: honours and degrees after a person\'s name (session 24)', () => {
  it('cuts several post-nominals, and those after a title, so that the surname alone finds the person', () => {
    const text = 'Dame Jane Qollard DBE RA designed the new museum. Qollard was born in Dorvale.';
    const people = analyze(text).entities.filter((e) => e.kind === 'person');
    assert.deepEqual(people.map((e) => e.name), ['Jane Qollard']);
    assert.equal(people[0].mentions.filter((m) => text.slice(m.start, m.end) === 'Qollard').length, 1);
    assert.deepEqual(names('Sir Tovan Varnock MP told reporters the vote would pass.').filter((n) => n.includes('Varnock')), ['Tovan Varnock']);
  });

  it('leaves capitals after a place alone: a state\'s code is no honour', () => {
    assert.ok(!names('He flew to Dorvale MD on Friday.').includes('Dorvale'), 'two words, no given name or title: no cut');
  });
});
