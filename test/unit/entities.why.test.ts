import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { toEval } from '../../src/core/formats/evalJson';
import { toJson } from '../../src/core/formats/json';

// What decided each entity's kind (Entity.evidence), on sentences written for the test; "Qoll", "Varrin" and the like
// are made-up names no list holds, so only the evidence under test can type them.
const why = (text: string, name: string): [string | undefined, string | undefined, number | undefined] => {
  const e = analyze(text).entities.find((x) => x.name === name);
  return [e?.kind, e?.evidence, e?.contextP];
};

describe('entities: the evidence that decided a kind', () => {
  it('names the person evidence: a given name, a title, a mark in apposition, a surname reused, the name\'s shape', () => {
    assert.deepEqual(why('Margaret Qoll said the deal was done.', 'Margaret Qoll'), ['person', 'given-name', undefined]);
    assert.deepEqual(why('Sen. Varrin Dulmak spoke on Monday.', 'Varrin Dulmak'), ['person', 'title', undefined]);
    assert.deepEqual(why('Varrin Dulmak, 45, said he had left. Dulmak later returned.', 'Varrin Dulmak'), ['person', 'person-mark', undefined]);
    assert.deepEqual(why('Talvor Brennik thanked voters. Brennik said the vote was fair.', 'Talvor Brennik'), ['person', 'surname-reuse', undefined]);
    assert.deepEqual(why('Talvor Brennik Quessel arrived late on Monday night.', 'Talvor Brennik Quessel'), ['person', 'name-shape', undefined]);
  });

  it('names the organization and place evidence: a head, an acronym, a cue, the gazetteer, a preposition', () => {
    assert.deepEqual(why('The Qollvex Party won the vote. Qollvex Party leaders celebrated.', 'Qollvex Party')[1], 'org-head');
    assert.deepEqual(why('The NQRT said it would appeal.', 'NQRT'), ['organization', 'acronym', undefined]);
    assert.deepEqual(why('A spokesman for Dremmik said the board met. Dremmik shares rose.', 'Dremmik'), ['organization', 'cue', undefined]);
    assert.deepEqual(why('Officials in Paris said the talks would resume.', 'Paris'), ['place', 'gazetteer', undefined]);
    assert.deepEqual(why('The meeting took place in Dorvalle on Monday.', 'Dorvalle'), ['place', 'preposition', undefined]);
    assert.deepEqual(why('Jane Roe of Qollvex Now said the group would sue.', 'Qollvex'), ['organization', 'affiliation', undefined]);
  });

  it('gives the context model\'s probability where its vote decided', () => {
    const [kind, evidence, p] = why('The Qoll Vantage reported a loss. The Qoll Vantage said prices fell.', 'Qoll Vantage');
    assert.equal(kind, 'organization');
    assert.equal(evidence, 'context-model');
    assert.ok(p !== undefined && p >= 0.5 && p <= 1, `p = ${p}`);
  });

  it('lets the context model type no name the text gives once (issue 13: one context is too little evidence)', () => {
    assert.deepEqual(why('The Qoll Vantage reported a loss on Monday.', 'Qoll Vantage'), ['unclassified', 'article-only', undefined]);
    // Named twice in the same frames, the vote types it.
    assert.equal(why('The Qoll Vantage reported a loss. The Qoll Vantage said prices fell.', 'Qoll Vantage')[1], 'context-model');
  });

  it('takes a he or she alone as a person\'s evidence for a one-word name, not for a longer name of no person\'s shape', () => {
    // A place's word or capitals inside: no person's name by its shape, and a pronoun is not enough.
    assert.deepEqual(why('Varrin Paris arrived on Monday. He said he was tired, and he left.', 'Varrin Paris'), ['unclassified', 'none', undefined]);
    assert.deepEqual(why('Varrin QX arrived on Monday. He said he was tired, and he left.', 'Varrin QX'), ['unclassified', 'none', undefined]);
    // A name of a person's shape with the same pronouns is filed under its shape.
    assert.deepEqual(why('Qorvin Talvik arrived on Monday. He said he was tired, and he left.', 'Qorvin Talvik'), ['person', 'name-shape', undefined]);
  });

  it('says why a name is left out of the lists', () => {
    assert.deepEqual(why('Varrin said on Tuesday it would expand its operations. Varrin later confirmed the plan.', 'Varrin'), ['unclassified', 'none', undefined]);
  });

  it('writes the evidence into the JSON output, and not into the scorer\'s format', () => {
    const a = analyze('Margaret Qoll said the deal was done in Paris.');
    const json = JSON.parse(toJson(a)) as { entities: { name: string; evidence?: string }[] };
    assert.equal(json.entities.find((e) => e.name === 'Margaret Qoll')?.evidence, 'given-name');
    for (const e of toEval(a).entities) assert.deepEqual(Object.keys(e).sort(), ['kind', 'mentions', 'name']);
  });
});
