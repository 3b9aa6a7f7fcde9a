import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Session 27, helper e2 (issue 13, list precision on news): spans cut short or run on, and capitalised words that name
// nothing. Sentences written for the test; "Qollard", "Dorvale" and the like are made-up names no list holds.
const listed = (text: string): string[] => analyze(text).entities
  .filter((e) => e.kind === 'person' || e.kind === 'organization' || e.kind === 'place').map((e) => `${e.kind}:${e.name}`);

describe('entities: a topic label before a shouted headline is no dateline town (session 27)', () => {
  it('lists no place for the label, and still reads a dateline town before prose', () => {
    const story = 'The Qollard club said on Monday that its manager would stay for two more seasons.';
    assert.ok(!listed(`BOBSLEIGH - QOLLARD WINS AGAIN IN DORVALE.\nVELLMAR 1996-08-22\n${story}`).some((n) => /Bobsleigh/i.test(n)));
    assert.ok(!listed(`SNOOKER - QOLLARD BEATS VARRIN.\n${story}`).some((n) => /Snooker/i.test(n)));
    // A town the gazetteer knows keeps its dateline on a shouted line; an unknown one before prose is still a town.
    assert.ok(listed(`LONDON - QOLLARD SHARES FALL.\n${story}`).includes('place:London'));
    assert.ok(listed(`VELLMAR (AP) - ${story}`).includes('place:Vellmar'));
  });
});

describe('entities: a capitalised rank before a body\'s name is no part of it (session 27)', () => {
  it('drops "Senior" or "Top" opening a sentence before a body, and keeps a body named with it', () => {
    assert.deepEqual(listed('Senior European Union diplomats met on Tuesday.'), ['organization:European Union']);
    assert.deepEqual(listed('Top Qollvex Corp executives met on Tuesday.'), ['organization:Qollvex Corp']);
    assert.ok(listed('Senior NATO commanders met in Brussels.').includes('organization:NATO'));
    // (A head right after the word: the body's own name.)
    assert.ok(!listed('Senior Bowl officials met on Tuesday.').some((n) => n.endsWith(':Bowl')));
  });
});

describe('entities: capitalised words that name nothing the lists hold (session 27)', () => {
  it('lists no one for "No-one" opening a sentence', () => {
    assert.deepEqual(listed('No-one will argue with that, Tom Qollard said.'), ['person:Tom Qollard']);
  });

  it('reads a contest named "… Open" as an event, not a body or a person', () => {
    assert.deepEqual(listed('He won two Dorvale Opens and the Qollby Open in his career.'), []);
    // ("Open" opening a body's name is no contest.)
    assert.ok(listed('The Open University in Milton Keynes said so.').includes('organization:Open University'));
  });

  it('lists no body for a shouted heading of common words, but keeps a paper\'s or a known body\'s name', () => {
    assert.deepEqual(listed('Gold closed higher on Monday.\nPRECIOUS METALS\nSilver closed lower on Monday.'), []);
    assert.ok(listed('Markets rose on Monday.\nASSOCIATED PRESS\nShares closed higher.').includes('organization:ASSOCIATED PRESS'));
    assert.ok(listed('UNITED NATIONS SAYS AID ARRIVES IN QOLLBY.\nThe United Nations said so on Monday.').includes('organization:United Nations'));
  });
});

describe('entities: a plural head shared by two coordinated names (session 27)', () => {
  it('leaves the plural head out of the last name', () => {
    assert.deepEqual(listed('Fires burned in Los Angeles and Orange Counties on Monday.'), ['place:Los Angeles', 'place:Orange']);
    assert.ok(!listed('The shop is at the corner of Allen and Qollby Streets.').some((n) => n.includes('Streets')));
    // (A gazetteer name with "and" in it stays whole.)
    assert.ok(listed('They sailed to the Turks and Caicos Islands.').includes('place:Turks and Caicos Islands'));
  });
});

describe('entities: an ordinal in figures opening a street\'s or a district\'s name (session 27)', () => {
  it('keeps the ordinal in the name, so two districts stay two', () => {
    assert.deepEqual(listed('He trained at the 5th Street Gym in Dorvale for years.').filter((n) => n.includes('Gym')), ['place:5th Street Gym']);
    const both = listed('She won the 3rd Congressional District, and he won the 7th Congressional District.');
    assert.ok(both.includes('place:3rd Congressional District') && both.includes('place:7th Congressional District'));
    // ("21st Century" alone is an era, no name; before more words it opens one.)
    assert.ok(!listed('Life in the 21st Century is hard, Qolla Varrin said.').some((n) => n.includes('Century')));
    assert.ok(!listed('The network is owned by 21st Century Qollvex, the company said.').some((n) => n.endsWith(':Century Qollvex')));
  });
});

describe('entities: a firm\'s legal form with its period ends the name (session 27)', () => {
  it('does not run on into the next sentence\'s first word', () => {
    assert.deepEqual(listed('He worked for Dalgren & Co. Qollard said he was good.').filter((n) => n.startsWith('organization')), ['organization:Dalgren & Co.']);
    assert.ok(listed('He once worked at Qollvex Inc. Obama later hired him.').includes('organization:Qollvex Inc.'));
    // (Another legal form goes on.)
    assert.ok(listed('Qollvex Electronics Co. Ltd. said profits rose.').includes('organization:Qollvex Electronics Co. Ltd.'));
  });
});

describe('entities: "DJ" before a name is a title (session 27)', () => {
  it('reads the person after it, not a body opened by an acronym', () => {
    assert.deepEqual(listed('The group was founded by DJ Jane Roe in 2006.'), ['person:Jane Roe']);
  });
});

describe('entities: an imperative opening a sentence before a body\'s name (session 27)', () => {
  it('is no part of the name when the text writes the name alone', () => {
    assert.deepEqual(listed('Qoll News reported the story. Follow Qoll News on Twitter for more.').filter((n) => n.includes('Qoll')), ['organization:Qoll News']);
  });
});

describe('entities: a shouted section heading "IN BRIEF" (session 27)', () => {
  it('lists no place for a common word after a preposition in capitals, and still one after a lower-case "in"', () => {
    assert.deepEqual(listed('Markets closed on Monday.\nIN FOCUS\nThe bank held rates in Dorvale.').filter((n) => n.includes('Focus') || n.includes('FOCUS')), []);
    assert.ok(listed('He has lived in Reading since 2001, Qolla Varrin said.').includes('place:Reading'));
  });
});

describe('entities: a title before a surname that is also a body\'s head (session 27)', () => {
  it('names the person, without the title in the name', () => {
    assert.deepEqual(listed('Rep. Jane Camp proposed the plan on Monday.'), ['person:Jane Camp']);
    assert.deepEqual(listed('The bill was drafted by Ms. House on Monday.'), ['person:House']);
    // (A possessive title opens no person's name; a title's "of" complement stays the title's.)
    assert.ok(!listed('The President\'s House was closed on Monday.').some((n) => n.startsWith('person')));
  });
});
