import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// People and places the sidebar lists, on sentences written for the test ("Qollard", "Dorvan", "Talvik" and the like
// are made-up names no list holds).
const named = (text: string) => analyze(text).entities.filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'nominal'));
const kindOf = (text: string, name: string): string | undefined => named(text).find((e) => e.name === name)?.kind;
const names = (text: string): string[] => named(text).map((e) => e.name);
const listed = (text: string, kind: string): string[] => named(text).filter((e) => e.kind === kind).map((e) => e.name);

describe('entities: people and places the sidebar can trust (s17)', () => {
  it('never reads a headline verb from the reporting table as the surname after a lone name', () => {
    for (const verb of ['Vows', 'Slams', 'Says', 'Urges', 'Warns']) {
      const text = `Jane ${verb} to Fight the Talvik Plan\n\nSenator Jane Qollard spoke in Dorvale on Monday.\n`;
      assert.ok(!names(text).some((n) => n.includes(verb)), `${verb}: ${names(text).join(', ')}`);
      // The lone name is the senator's surname or given-name mention, not a person of its own called "Jane <verb>".
      assert.deepEqual(listed(text, 'person'), ['Jane Qollard'], verb);
    }
  });

  it('splits a lone name, a table verb and a body in a headline', () => {
    const text = 'Mark Slams Talvik Senate Over Budget Delay\n\nMark Dorvan, a senator, spoke on Tuesday.\n';
    assert.ok(!names(text).some((n) => n.includes('Slams')), names(text).join(', '));
    assert.equal(kindOf(text, 'Mark Dorvan'), 'person');
  });

  it('keeps a two-word name whose second word is no reporting verb in a headline', () => {
    // "Fields" and "Banks" are surnames here: no verb of the table.
    assert.equal(kindOf('Jane Banks Wins Seat In Close Race\n\nJane Banks said she was glad.\n', 'Jane Banks'), 'person');
    // In running text, a name is a name.
    assert.equal(kindOf('Reporters asked Mark Dorvan about the plan on Monday.', 'Mark Dorvan'), 'person');
  });
  it('reads no headline verb after a title into the name, and no title before it into a person', () => {
    const text = 'Talvik Party Chief Praises Jane Qollard Over Budget Deal\n\nJane Qollard thanked the Talvik Party on Monday.\n';
    assert.ok(!names(text).some((n) => n.includes('Praises') || n.endsWith('Chief')), names(text).join(', '));
    assert.deepEqual(listed(text, 'person'), ['Jane Qollard']);
    const rep = 'Rep Dorvan Slams Budget Plan Before Vote\n\nMark Dorvan, a congressman, spoke on Monday.\n';
    assert.ok(!names(rep).some((n) => n.includes('Slams')), names(rep).join(', '));
    assert.deepEqual(listed(rep, 'person'), ['Mark Dorvan']);
    assert.equal(named(rep).find((e) => e.name === 'Mark Dorvan')?.mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'nominal').length, 2);
  });
  it('lists no person named only by a capitalised title word', () => {
    const text = 'Voters want a President who listens. The next President will face the budget on day one.\n\nJane Qollard, a senator from Talvik, said the plan would fail.\n';
    assert.deepEqual(listed(text, 'person'), ['Jane Qollard']);
    // A title word that is a surname of the text stays that person's.
    const king = 'Mark King, a senator, spoke first. King said the plan would fail.';
    assert.equal(kindOf(king, 'Mark King'), 'person');
    assert.equal(named(king).find((e) => e.name === 'Mark King')?.mentions.filter((m) => m.kind !== 'pronoun').length, 2);
  });
  it('reads landforms by their heads and keeps two of them apart around "and"', () => {
    const text = 'Scientists studied the Qoll Basin and the Varrin Plateau. Melting was fastest on the Dorvan Glacier and near the Talvik Lagoon.';
    for (const n of ['Qoll Basin', 'Varrin Plateau', 'Dorvan Glacier', 'Talvik Lagoon']) assert.equal(kindOf(text, n), 'place', `${n}: ${names(text).join(', ')}`);
    const two = 'Hikers crossed Qoll Valley and Varrin National Park on Monday.';
    assert.equal(kindOf(two, 'Qoll Valley'), 'place', names(two).join(', '));
    assert.equal(kindOf(two, 'Varrin National Park'), 'place', names(two).join(', '));
    // A body named with "and" stays one name.
    assert.equal(kindOf('She toured the Varrin Air and Space Museum on Monday.', 'Varrin Air and Space Museum'), 'place');
  });
  it('ends a title\'s complement at the given name that opens the person\'s name', () => {
    const text = 'Director of Budget Affairs Jane Qollard spoke on Friday. Qollard said the plan would fail.';
    assert.equal(kindOf(text, 'Jane Qollard'), 'person', names(text).join(', '));
    assert.ok(!names(text).some((n) => n.includes('Affairs')), names(text).join(', '));
    // A department word stays the title's: the name still starts at the given name.
    assert.equal(kindOf('Secretary of State Mark Dorvan arrived in Talvik.', 'Mark Dorvan'), 'person');
  });

  it('joins no two titled people around "and"', () => {
    const text = 'Secretary of State Jane Qollard and Talvik Prime Minister Mark Dorvan met in Dorvale on Monday.';
    assert.deepEqual(listed(text, 'person').sort(), ['Jane Qollard', 'Mark Dorvan'], names(text).join(', '));
    // A body named with "and" after "of" stays one name.
    assert.equal(kindOf('The Department of Health and Human Services said so.', 'Department of Health and Human Services'), 'organization');
  });
  it('reads a one-word place by "the town of", "the island of" before it', () => {
    const text = 'Rescuers reached the island of Qollby on Monday. Farmers in the town of Varrinet lost crops.';
    assert.equal(kindOf(text, 'Qollby'), 'place', names(text).join(', '));
    assert.equal(kindOf(text, 'Varrinet'), 'place', names(text).join(', '));
    // Not an owner: "the state of Qollard's finances".
    const owner = 'Jane Qollard spoke. Reporters asked about the state of Qollard\'s finances.';
    assert.notEqual(named(owner).find((e) => e.mentions.some((m) => owner.slice(m.start, m.end).startsWith('Qollard')) && e.name === 'Qollard')?.kind, 'place');
    assert.equal(kindOf(owner, 'Jane Qollard'), 'person');
  });
});
