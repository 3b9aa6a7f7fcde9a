// Front-end helpers over analyses with very large lists: spreading such a list into a call (push(...xs),
// Math.max(...xs)) throws RangeError past roughly 125,000 elements (issue 14, D1), so each must loop.
import * as assert from 'node:assert/strict';
import type { DocumentAnalysis, Entity, Mention, Quote } from '../../src/core';
import { quoteDate } from '../../src/extension/logic/lookup';
import { documentNode, DocumentModel, type EntityNode, type GroupNode } from '../../src/extension/views/model';

const MANY = 200_000;

function analysisOf(parts: Partial<DocumentAnalysis>): DocumentAnalysis {
  return {
    textLength: 0, documentDate: { value: '2021-03-19', source: 'option' }, paragraphs: [], sentences: [], quotes: [],
    attributions: [], entities: [], dates: [], diagnostics: [], ...parts,
  };
}

describe('front-end helpers with very large lists', () => {
  it('the tree model lists an entity with 200,000 mentions', () => {
    const mentions: Mention[] = Array.from({ length: MANY }, (_, i) => ({ start: i * 6, end: i * 6 + 5, text: 'Smith', kind: 'surname' }));
    const smith: Entity = { id: 'person:smith', kind: 'person', name: 'Smith', mentions, quoteIds: [] };
    const a = analysisOf({ textLength: MANY * 6, paragraphs: [{ start: 0, end: MANY * 6 }], entities: [smith] });
    const root = documentNode('file:///w/many.txt');
    const model = new DocumentModel(root, a);
    const people = (model.childrenOf(root) as GroupNode[]).find((g) => g.group === 'people')!;
    const [node] = model.childrenOf(people) as EntityNode[];
    assert.equal(model.childrenOf(node).length, MANY);
    assert.equal(model.mentionNodes.length, MANY);
  });

  it('the date of a quote that touches 200,000 sentences', () => {
    const sentences = Array.from({ length: MANY }, (_, i) => ({ start: i * 3, end: i * 3 + 2 }));
    const quote: Quote = { id: 'q1', start: 0, end: MANY * 3, text: '', speaker: null, speakerId: null, cue: null, attribution: 'none' };
    const a = analysisOf({ textLength: MANY * 3, sentences, quotes: [quote], dates: [{ id: 't1', start: MANY * 3 - 2, end: MANY * 3 - 1, text: 'x', type: 'DATE', value: '2020-01-02', relative: false }] });
    assert.equal(quoteDate(a, quote), '2020-01-02');
  });
});
