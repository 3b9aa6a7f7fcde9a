import * as assert from 'node:assert/strict';
import type { Entity } from '../../src/core';
import { chronological, documentNode, DocumentModel, type EntityNode, type GroupNode, type QuoteNode } from '../../src/extension/views/model';
import { ANALYSIS } from './extension-fixture';

describe('extension: tree model', () => {
  const root = documentNode('file:///w/seeds/a%20b.txt');
  const model = new DocumentModel(root, ANALYSIS);

  it('names the document node after its file', () => {
    assert.equal(root.name, 'a b.txt');
  });

  it('groups speakers, quotes, dates and places under the document', () => {
    const groups = model.childrenOf(root) as GroupNode[];
    assert.deepEqual(groups.map((g) => [g.group, g.count]), [['speakers', 1], ['quotes', 2], ['dates', 2], ['people', 1], ['places', 1]]);
  });

  it('lists a speaker the text only describes under Speakers, not under People', () => {
    const q = { ...ANALYSIS.quotes[1], speakerId: 'person:spokesman' };
    const described: Entity = { id: 'person:spokesman', kind: 'person', name: 'spokesman', mentions: [{ start: 0, end: 4, text: 'date', kind: 'nominal' }], quoteIds: ['q2'] };
    const blinken = { ...ANALYSIS.entities[0], quoteIds: ['q1'] };
    const m = new DocumentModel(root, { ...ANALYSIS, quotes: [ANALYSIS.quotes[0], q], entities: [blinken, ANALYSIS.entities[1], described] });
    const groups = m.childrenOf(root) as GroupNode[];
    const names = (g: string) => (m.childrenOf(groups.find((x) => x.group === g)!) as EntityNode[]).map((n) => n.entity.name);
    assert.deepEqual(names('speakers').sort(), ['Antony Blinken', 'spokesman']);
    assert.deepEqual(names('people'), ['Antony Blinken']);
    assert.equal(groups.find((x) => x.group === 'people')!.count, 1);
  });

  it('lists each speaker with their quotes, with parents for reveal()', () => {
    const speakers = model.childrenOf(model.childrenOf(root)[0]) as EntityNode[];
    assert.equal(speakers[0].entity.name, 'Antony Blinken');
    const quotes = model.childrenOf(speakers[0]) as QuoteNode[];
    assert.deepEqual(quotes.map((q) => q.quote.id), ['q1', 'q2']);
    assert.equal(quotes[0].parent, speakers[0]);
    assert.equal(speakers[0].parent.parent, root);
  });

  it('keeps ids stable and unique across rebuilds', () => {
    const again = new DocumentModel(root, ANALYSIS);
    const ids = (m: DocumentModel) => {
      const out: string[] = [];
      const walk = (n: Parameters<DocumentModel['childrenOf']>[0]) => m.childrenOf(n).forEach((c) => (out.push(c.id), walk(c)));
      walk(root);
      return out;
    };
    assert.deepEqual(ids(again), ids(model));
    assert.equal(new Set(ids(model)).size, ids(model).length);
  });

  it('sorts dates chronologically, unresolved and durations last', () => {
    const [y, d] = ANALYSIS.dates;
    const dur = { ...y, id: 't9', type: 'DURATION' as const, value: 'P2Y', start: 0 };
    assert.deepEqual(chronological([d, dur, y]).map((x) => x.id), ['t1', 't0', 't9']);
  });

  it('shows the analysis diagnostics as messages', () => {
    const m = new DocumentModel(root, { ...ANALYSIS, quotes: [], dates: [], diagnostics: [{ severity: 'warning', message: 'The document is empty.' }] });
    assert.equal(m.childrenOf(root)[0].type, 'message');
  });
});
