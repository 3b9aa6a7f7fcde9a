import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { formalGiven } from '../../src/core/entities/givenVariants';

// One person named two ways in one text, on sentences written for the test ("Qoll", "Varrow" and the like are
// made-up names no list holds).
const named = (text: string) => analyze(text).entities.filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'nominal'));
const mentionsOf = (text: string, name: string): string[] | undefined =>
  named(text).find((e) => e.name === name)?.mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'nominal').map((m) => text.slice(m.start, m.end));

describe('entities: aliases of one person', () => {
  it('maps a short given name to its full form, and leaves names of two full forms alone', () => {
    assert.equal(formalGiven('joe'), 'joseph');
    assert.equal(formalGiven('bobby'), 'robert');
    assert.equal(formalGiven('steve'), 'stephen');
    assert.equal(formalGiven('steven'), 'stephen');
    assert.equal(formalGiven('joseph'), 'joseph');
    // Ambiguous short forms are no one's.
    assert.equal(formalGiven('chris'), 'chris');
    assert.equal(formalGiven('pat'), 'pat');
  });

  it('joins a short given name and the full one with a middle initial under one surname', () => {
    const text = 'Senator Joe Mallick toured the plant on Monday. "It is a good day," said Joseph P. Mallick, who chairs the committee. Later, Mallick left.';
    assert.deepEqual(mentionsOf(text, 'Joseph P. Mallick'), ['Joe Mallick', 'Joseph P. Mallick', 'Mallick']);
    assert.equal(named(text).filter((e) => e.kind === 'person').length, 1);
    // Another given name under the same surname is another person.
    const two = 'Bill Qollard and his sister Anna Qollard opened the shop. William Qollard said it would stay open.';
    const people = named(two).filter((e) => e.kind === 'person').map((e) => e.name).sort();
    assert.deepEqual(people, ['Anna Qollard', 'William Qollard']);
  });

  it('reads a quoted nickname inside a name as part of the one name, shown without it', () => {
    for (const [open, close] of [['"', '"'], ['“', '”'], ["'", "'"], ['‘', '’']]) {
      const text = `On Monday, Rep. Daniel K. ${open}Danny${close} Varrow spoke to the board. Varrow said little.`;
      assert.deepEqual(mentionsOf(text, 'Daniel K. Varrow'), [`Daniel K. ${open}Danny${close} Varrow`, 'Varrow'], open);
    }
    // The nickname with the surname later is the same person, whether or not it is a short form of the given name.
    const text = 'Rep. Oskar J. "Scoop" Brannick came too. Scoop Brannick said little, and Brannick left.';
    assert.deepEqual(mentionsOf(text, 'Oskar J. Brannick'), ['Oskar J. "Scoop" Brannick', 'Scoop Brannick', 'Brannick']);
    // A quoted word after a body's name, or before a lower-case word, is no nickname.
    const body = 'The Varrin Council "Reform" Plan passed. Delegates of Anna "Now" said little.';
    assert.ok(!named(body).some((e) => e.kind === 'person' && e.name.startsWith('Varrin')));
  });

  it('files a firm under its name before the legal form, whichever form the text gives', () => {
    const text = 'The Qollvex Corporation said sales rose. Qollvex Corp. shares fell, and Qollvex said it would cut jobs. Qollvex Inc was fined.';
    assert.deepEqual(mentionsOf(text, 'Qollvex Corporation'), ['Qollvex Corporation', 'Qollvex Corp.', 'Qollvex', 'Qollvex Inc']);
    // A firm the company list knows, named bare first.
    const known = 'Microsoft said on Monday that the Microsoft Corporation would cut prices.';
    const firms = named(known).filter((e) => e.kind === 'organization');
    assert.equal(firms.length, 1, firms.map((e) => e.name).join(', '));
    // Two firms whose names differ before the form stay two.
    const two = 'Varrin Mining Co. bought Varrin Steel Co. on Monday.';
    assert.equal(named(two).filter((e) => e.kind === 'organization').length, 2);
  });

  it('reads a double surname used without the given name as the person named in full', () => {
    const text = 'Representative Jane Dorrin Vasquell said the vote would pass. Critics disagreed. Dorrin Vasquell added that it was close.';
    assert.deepEqual(mentionsOf(text, 'Jane Dorrin Vasquell'), ['Jane Dorrin Vasquell', 'Dorrin Vasquell']);
    assert.equal(named(text).filter((e) => e.kind === 'person').length, 1);
    // A two-word name opened by a given name is someone else.
    const other = 'Jane Dorrin Vasquell said the vote would pass. Mark Vasquell, her brother, disagreed.';
    assert.equal(named(other).filter((e) => e.kind === 'person').length, 2);
  });

  it('reads a national body named with and without its country as one body, not a state\'s body of that name', () => {
    const text = 'The Qoll Court ruled on Monday. The U.S. Qoll Court had ruled before, and the Ohio Qoll Court disagreed.';
    assert.deepEqual(mentionsOf(text, 'U.S. Qoll Court'), ['Qoll Court', 'U.S. Qoll Court']);
    assert.deepEqual(mentionsOf(text, 'Ohio Qoll Court'), ['Ohio Qoll Court']);
    const later = 'The United States Senate voted on Tuesday. The Senate then adjourned.';
    assert.deepEqual(mentionsOf(later, 'United States Senate'), ['United States Senate', 'Senate']);
  });
});
