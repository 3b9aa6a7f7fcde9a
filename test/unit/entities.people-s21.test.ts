import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// People lists without headline words, titles of works or sentence words (issue 13). Sentences written for the test
// ("Qollard", "Vellmar", "Qollmo" are made-up names).
const listed = (text: string, kind: string): string[] => analyze(text).entities.filter((e) => e.kind === kind).map((e) => e.name);

describe('entities: people (s21)', () => {
  it('reads a title-case headline quoted in a sentence as a headline', () => {
    const text = 'A campaign email said, “Jane Qollard Joins Growing List of Critics,” on Monday. Jane Qollard later spoke in Dorvale.';
    assert.deepEqual(listed(text, 'person'), ['Jane Qollard']);
    const apostrophes = "The paper ran it as ''Mark Doe Wins Support of Unions'' on its front page. Doe said nothing.";
    assert.ok(!listed(apostrophes, 'person').some((n) => n.includes('Wins')), listed(apostrophes, 'person').join(', '));
  });

  it('keeps a quoted list of names as names', () => {
    const text = 'He said, “It is all Qollvex, Vellbook and Dorvalia,” before the vote. Qollvex Inc. declined to comment.';
    assert.ok(listed(text, 'organization').includes('Qollvex Inc.') || listed(text, 'organization').includes('Qollvex'), JSON.stringify(analyze(text).entities.map((e) => [e.kind, e.name])));
  });

  it('does not make a person of a show, prize or chair named after one', () => {
    const show = 'She told the network\'s "The Anna Vellmar Show" on Thursday that taxes would rise.';
    assert.deepEqual(listed(show, 'person'), ['Anna Vellmar']);
    const chair = 'Mark Doe, the Jane Qollard Chair in Economic Policy at the institute, disagreed.';
    assert.ok(!listed(chair, 'person').some((n) => n.endsWith('Chair')), listed(chair, 'person').join(', '));
  });

  it('needs a first word people bear before a surname used alone', () => {
    const text = 'Closing Qollmo has long been a goal of the group. Qollmo holds about forty men, and the Qollmo camp is old.';
    assert.ok(!listed(text, 'person').includes('Closing Qollmo'), listed(text, 'person').join(', '));
    const person = 'Ravik Qollmo spoke on Monday. Qollmo said the plan would fail.';
    assert.ok(listed(person, 'person').includes('Ravik Qollmo'), listed(person, 'person').join(', '));
  });

  it('ends a body\'s name in a headline at a verb after its head ("Austin" is a given name too)', () => {
    const text = 'Austin Post Assembles ‘A Large Team’ Of Reporters To Cover Vote.\n\nThe Austin Post has hired twenty reporters. Its editor, Jane Qollard, said so on Monday.\n';
    assert.deepEqual(listed(text, 'person'), ['Jane Qollard']);
    assert.ok(listed(text, 'organization').includes('Austin Post'), listed(text, 'organization').join(', '));
  });

  it('makes a firm of a person-like name with a business head', () => {
    for (const [text, firm] of [
      ['Shares of Anna Vellmar Brewing rose on Monday.', 'Anna Vellmar Brewing'],
      ['Mark Qollard Investors sold its stake last week.', 'Mark Qollard Investors'],
      ['The parcel was flown by Jane Dorvale Worldwide overnight.', 'Jane Dorvale Worldwide'],
    ]) {
      assert.ok(listed(text, 'organization').includes(firm), `${text}: ${listed(text, 'organization').join(', ')}`);
      assert.deepEqual(listed(text, 'person'), [], text);
    }
  });

  it('leaves a title and its "of" out of the body after them', () => {
    const text = 'Jane Roe, President of Qollvex Holdings, said on Monday that sales fell.';
    assert.deepEqual(listed(text, 'organization'), ['Qollvex Holdings']);
    assert.deepEqual(listed(text, 'person'), ['Jane Roe']);
  });

  it('reads hyphenated titles before a name as titles', () => {
    const text = 'Qollvex Editor-in-Chief Jane Qollard said the team was large. Surgeon-General Mark Doe agreed.';
    assert.deepEqual(listed(text, 'person').sort(), ['Jane Qollard', 'Mark Doe']);
  });

  it('makes a place of a given name and a facility head no one bears as a surname', () => {
    const text = 'She stayed at the Marion Hotel on Monday. He was held in Dorvale Prison, then at Jackson Prison for a year.';
    assert.deepEqual(listed(text, 'person'), []);
    assert.ok(listed(text, 'place').includes('Marion Hotel'), listed(text, 'place').join(', '));
    assert.deepEqual(listed('Anna Hall spoke on Monday.', 'person'), ['Anna Hall']);
  });

  it('reads a county office\'s title after a place opened by a given name as no person', () => {
    const text = 'The Marion County Coroner\'s Office named the man on Monday. Dorvale County Recorder Jane Qollard agreed.';
    assert.deepEqual(listed(text, 'person'), ['Jane Qollard']);
    assert.ok(listed(text, 'place').includes('Marion County'), listed(text, 'place').join(', '));
  });

  it('gives two given names before "and" and a surname that surname each', () => {
    const text = 'The brothers Mark G. and David H. Qollard gave money. Jane and Anna Vellmar agreed on Monday.';
    assert.deepEqual(listed(text, 'person').sort(), ['Anna Vellmar', 'David H. Qollard', 'Jane Vellmar', 'Mark G. Qollard']);
    // Not a name another person of the text bears: "Jane" is Jane Qoll here.
    const other = 'Jane Qoll spoke first. Later Jane and Tim Roe agreed with her.';
    assert.deepEqual(listed(other, 'person').sort(), ['Jane Qoll', 'Tim Roe']);
  });

  it('reads a place that is also a given name before a title or a legislature as the place', () => {
    const text = 'The Georgia Senator spoke on Monday. The Florida Legislature met on Tuesday.';
    assert.deepEqual(listed(text, 'person'), []);
    assert.ok(listed(text, 'organization').includes('Florida Legislature'), listed(text, 'organization').join(', '));
  });

  it('makes no person of a decree, an adjective or a plural after a title', () => {
    const text = 'He signed an Executive Order on Monday. The Vice Presidential debate ran long, as presidential debates do. The Deputy Secretaries met.';
    assert.deepEqual(listed(text, 'person'), []);
    // A surname that is a word too stays a person's.
    assert.deepEqual(listed('Gov. Deal agreed on Monday.', 'person'), ['Deal']);
  });

  it('gives a role in apposition that a name follows to that name', () => {
    const text = 'In a statement to the Vellmar, her senior policy adviser, Jane Roe, said the plan was sound.';
    assert.deepEqual(listed(text, 'person'), ['Jane Roe']);
    assert.deepEqual(listed('Mark Doe, her spokesman, said so on Monday.', 'person'), ['Mark Doe']);
  });

  it('reads a one-word name before ", State," as the town, given name or not', () => {
    const text = 'Jackson Is Not The Most Dangerous Place.\n\nHe claimed that Jackson, Mississippi, has a higher crime rate than most ' +
      'cities. Jackson had 115 violent crimes in 2014. Jackson, however, had two murders that year.\n';
    assert.deepEqual(listed(text, 'person').filter((n) => n === 'Jackson'), []);
    assert.ok(listed(text, 'place').includes('Jackson'), listed(text, 'place').join(', '));
  });

  it('reads "Team Jane" and a newspaper by its head as organizations', () => {
    const text = 'Team Hillary said on Monday that the vote was close. The Austin Free Beacon reported it first.';
    assert.deepEqual(listed(text, 'person'), []);
    assert.deepEqual(listed(text, 'organization').sort(), ['Austin Free Beacon', 'Team Hillary']);
  });
});
