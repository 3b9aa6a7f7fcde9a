import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Boundaries of bodies' and buildings' names with a complement (issue 13). Sentences written for the test
// ("Dorvale", "Qollard" are made-up names).
const listed = (text: string, kind: string): string[] => analyze(text).entities.filter((e) => e.kind === kind).map((e) => e.name);

describe('entities: complements of heads (s20)', () => {
  it('keeps the "of" complement of a building head that is not the first word', () => {
    assert.ok(listed('She spoke at the Dorvale Hall of Science on Monday.', 'place').includes('Dorvale Hall of Science'));
    const fame = 'He was inducted into the Jazz and Blues Hall of Fame in Dorvale last year.';
    assert.ok(listed(fame, 'place').includes('Jazz and Blues Hall of Fame'), listed(fame, 'place').join(', '));
    // A complement a capitalised word follows is no part of the building's name: "Hall of Famer Jane Roe".
    const famer = analyze('The Dorvale Hall of Famer Jane Roe spoke on Monday.').entities.map((e) => e.name);
    assert.ok(!famer.some((n) => n.includes('Hall of')), famer.join(', '));
  });

  it('joins "and" inside an "on" complement as inside an "of" or "for" one', () => {
    const text = 'Analysts at the Center on Housing and Labor Policy disagreed with the estimate.';
    assert.deepEqual(listed(text, 'organization'), ['Center on Housing and Labor Policy']);
    // A person's name after "and" is still a name of its own.
    const person = 'The Committee on Finance and Jane Qollard met on Monday.';
    assert.ok(listed(person, 'person').includes('Jane Qollard'), listed(person, 'person').join(', '));
    assert.ok(listed(person, 'organization').includes('Committee on Finance'), listed(person, 'organization').join(', '));
  });
});
