// Speakers the text describes instead of naming ("the young nominee who promised …"): their names, and why they are
// listed as speakers only. Sentences written for the tests.
import * as assert from 'node:assert/strict';
import { analyze, isNamed } from '../../src/core';

describe('entities: described speakers', () => {
  it('ends a described speaker\'s name before the relative pronoun its span closes on', () => {
    const a = analyze('date 2024-05-02\nThe senator spoke to the young nominee who promised the plan would pass.');
    const nominee = a.entities.find((e) => /nominee/.test(e.name));
    assert.ok(nominee, JSON.stringify(a.entities.map((e) => e.name)));
    assert.equal(nominee.name, 'young nominee');
    assert.equal(nominee.id, 'person:young-nominee');
  });

  it('tells a named entity from one known only by description or pronoun', () => {
    const a = analyze('date 2024-05-02\n"The road stays closed," a police spokesman said. Mayor Ilsa Dorn said she agreed.');
    const spokesman = a.entities.find((e) => /spokesman/.test(e.name));
    const dorn = a.entities.find((e) => e.name === 'Ilsa Dorn');
    assert.ok(spokesman && dorn, JSON.stringify(a.entities.map((e) => e.name)));
    assert.equal(isNamed(spokesman), false);
    assert.equal(isNamed(dorn), true);
    assert.equal(isNamed({ mentions: [{ kind: 'pronoun' }, { kind: 'surname' }] }), true);
    assert.equal(isNamed({ mentions: [{ kind: 'pronoun' }, { kind: 'group' }] }), false);
  });
});
