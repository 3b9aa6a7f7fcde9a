import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { affiliationFrame } from '../../src/core/entities/affiliation';

// A name nothing else types, right beside a person's name as the person's body. Sentences written for the test.
const kindOf = (text: string, name: string): string | undefined => analyze(text).entities.find((e) => e.name === name)?.kind;
const HEAD = 'Results are in\n\n';

describe('entities: bodies named beside their people', () => {
  it('reads "<person> of X" and "X\'s <person>" as the person\'s body', () => {
    const text = `${HEAD}Voters backed Tom Reed of Quiet Lantern on Sunday, and Vellora's Ann Lee lost her seat.`;
    assert.equal(kindOf(text, 'Quiet Lantern'), 'organization');
    assert.equal(kindOf(text, 'Vellora'), 'organization');
    // A title between the possessive and the name.
    assert.equal(kindOf(`${HEAD}The vote was close, Vellora's chief whip Ann Lee said on Monday.`, 'Vellora'), 'organization');
  });

  it('needs a person there, and a title between, not a verb\'s words or a book\'s title', () => {
    const spans = { starts: new Set([27]), ends: new Set([8]) };
    //               0         1         2         3
    //               0123456789012345678901234567890123
    const text = 'Tom Reed of Qoll said that Ann Lee left.';
    assert.equal(affiliationFrame(text, 12, 16, spans), true);
    assert.equal(affiliationFrame(text, 12, 16, spans, false), false);
    const book = "A Ruler's First Book of Ann Lee";
    assert.equal(affiliationFrame(book, 2, 7, { starts: new Set([24]), ends: new Set() }), false);
    const verb = "Vellora's rhetoric following Ann Lee";
    assert.equal(affiliationFrame(verb, 0, 7, { starts: new Set([29]), ends: new Set() }), false);
    assert.equal(affiliationFrame("Vellora's Ann Lee", 0, 7, { starts: new Set([10]), ends: new Set() }), true);
  });

  it('keeps a town the gazetteer knows as where the person is from', () => {
    assert.notEqual(kindOf(`${HEAD}"We will see," said Maria Lopez of Cheyenne on Monday.`, 'Cheyenne'), 'organization');
  });
});
