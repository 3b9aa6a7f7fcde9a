import * as assert from 'node:assert/strict';
import type { DocumentAnalysis } from '../../src/core';
import { toBrat } from '../../src/core/formats/brat';
import { toEval } from '../../src/core/formats/evalJson';

const base: DocumentAnalysis = {
  textLength: 0, documentDate: { value: '2021-03-19', source: 'dateline' }, paragraphs: [], sentences: [],
  quotes: [], attributions: [], entities: [], dates: [], diagnostics: [],
};

describe('formats', () => {
  it('brat offsets count code points, so an emoji before a span does not shift it', () => {
    const text = '😀 Smith said “hi”.';
    const q = text.indexOf('“');
    const analysis: DocumentAnalysis = {
      ...base,
      textLength: text.length,
      quotes: [{ id: 'q1', start: q, end: q + 4, text: '“hi”', speaker: { start: 3, end: 8, text: 'Smith', kind: 'name' }, speakerId: 'person:smith', cue: null, attribution: 'cue' }],
      entities: [{ id: 'person:smith', kind: 'person', name: 'Smith', mentions: [{ start: 3, end: 8, text: 'Smith', kind: 'name' }], quoteIds: ['q1'] }],
    };
    const ann = toBrat(text, analysis);
    const cps = [...text];
    const quoteLine = ann.split('\n').find((l) => l.includes('\tQuote '))!;
    const [, s, e] = /Quote (\d+) (\d+)/.exec(quoteLine)!.map(Number);
    assert.equal(cps.slice(s, e).join(''), '“hi”');
    assert.match(ann, /R1\tSaid_by Arg1:T\d+ Arg2:T\d+/);
  });

  it('brat splits spans that cross a line break into fragments', () => {
    const text = 'A “first\nsecond” B';
    const analysis: DocumentAnalysis = {
      ...base, textLength: text.length,
      quotes: [{ id: 'q1', start: 2, end: 16, text: text.slice(2, 16), speaker: null, speakerId: null, cue: null, attribution: 'none' }],
    };
    assert.match(toBrat(text, analysis), /T1\tQuote 2 8;9 16\t“first second”/);
  });

  it('eval output names the resolved entity, null for groups and unresolved mentions', () => {
    const analysis: DocumentAnalysis = {
      ...base,
      quotes: [
        { id: 'q1', start: 10, end: 20, text: '', speaker: { start: 0, end: 5, text: 'Smith', kind: 'surname' }, speakerId: 'person:john-smith', cue: null, attribution: 'cue' },
        { id: 'q2', start: 30, end: 40, text: '', speaker: { start: 22, end: 28, text: 'Both', kind: 'group' }, speakerId: 'group:both', cue: null, attribution: 'cue' },
        { id: 'q3', start: 50, end: 60, text: '', speaker: null, speakerId: null, cue: null, attribution: 'none' },
      ],
      entities: [
        { id: 'person:john-smith', kind: 'person', name: 'John Smith', mentions: [], quoteIds: ['q1'] },
        { id: 'group:both', kind: 'group', name: 'Both', mentions: [], quoteIds: ['q2'] },
      ],
      dates: [{ id: 'd1', start: 1, end: 2, text: '', type: 'DATE', value: null, relative: true }],
    };
    const out = toEval(analysis);
    assert.deepEqual(out.quotes.map((q) => q.speaker?.name ?? 'none'), ['John Smith', 'none', 'none']);
    assert.equal(out.quotes[1].speaker?.name, null);
    assert.equal(out.dates[0].value, '');
  });

  it('eval entities keep named mentions of people, organizations and places only', () => {
    const text = 'Sen. Jane Roe met Acme Corp. in Paris. She said the senator was happy.';
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w });
    const analysis: DocumentAnalysis = {
      ...base, textLength: text.length,
      entities: [
        { id: 'person:jane-roe', kind: 'person', name: 'Jane Roe', quoteIds: [],
          mentions: [{ ...at('Jane Roe'), kind: 'name' }, { ...at('She'), kind: 'pronoun' }, { ...at('the senator'), kind: 'nominal' }] },
        { id: 'organization:acme-corp', kind: 'organization', name: 'Acme Corp.', quoteIds: [], mentions: [{ ...at('Acme Corp.'), kind: 'name' }] },
        { id: 'place:paris', kind: 'place', name: 'Paris', quoteIds: [], mentions: [{ ...at('Paris'), kind: 'variant' }] },
        { id: 'group:roe-and-acme', kind: 'group', name: 'Roe and Acme', quoteIds: [], mentions: [{ ...at('Roe met Acme'), kind: 'group' }] },
      ],
    };
    const out = toEval(analysis);
    assert.deepEqual(out.entities.map((e) => [e.kind, e.name, e.mentions.map((m) => text.slice(m.start, m.end))]), [
      ['person', 'Jane Roe', ['Jane Roe']],
      ['organization', 'Acme Corp.', ['Acme Corp.']],
      ['place', 'Paris', ['Paris']],
    ]);
  });
});
