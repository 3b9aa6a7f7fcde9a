import * as assert from 'node:assert/strict';
import type { Attribution, DocumentAnalysis } from '../../src/core';
import { nearestMention, proposeEntity, speakerCandidates, trimSpan } from '../../src/extension/logic/curation';
import { isChecked, reported, sourcesOf, speakers, statementsInOrder } from '../../src/extension/logic/lookup';
import { attributionText, confidenceText, quoteHover, sourceLabel, speakerName, statementHover, statusText } from '../../src/extension/logic/text';
import { ANALYSIS, TEXT } from './extension-fixture';

const span = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length, text: needle });
const blinken = ANALYSIS.entities.find((e) => e.name === 'Antony Blinken')!;

/** The fixture with a reported statement ("it was [serious]", said He) at a given confidence. */
function withStatement(confidence: number, curated?: DocumentAnalysis['curated']): { a: DocumentAnalysis; s: Attribution } {
  const s: Attribution = {
    id: 'a9', kind: 'reported', content: [span('it was [serious]')], source: { ...span('He'), kind: 'pronoun' }, sourceId: blinken.id,
    cue: span('said it'), confidence, strategy: 'cue-before', quoteIds: [],
  };
  return { a: { ...ANALYSIS, attributions: [s], ...(curated ? { curated } : {}) }, s };
}

describe('extension: reported speech and confidence in words', () => {
  it('counts reported statements in the status text and lists their speakers', () => {
    const { a } = withStatement(0.8);
    assert.equal(statusText(a), '1 speaker · 2 quotes · 1 reported · 2 dates');
    assert.equal(statusText(ANALYSIS), '1 speaker · 2 quotes · 2 dates');
    assert.deepEqual(reported(a).map((x) => x.id), ['a9']);
    const noQuotes = { ...a, entities: a.entities.map((e) => ({ ...e, quoteIds: [] })) };
    assert.deepEqual(speakers(noQuotes).map((e) => e.name), ['Antony Blinken'], 'a reported source is a speaker too');
    assert.deepEqual(statementsInOrder(a).map((x) => TEXT.slice(x.start, x.end)), ['“China has a role.”', '“It is a threat,”', 'it was [serious]']);
  });

  it('says who, by which cue and how sure; below 0.5 it is "probably …?"', () => {
    const sure = withStatement(0.93);
    assert.equal(statementHover(sure.a, sure.s), '**Reported** by **Antony Blinken**, US Secretary of State\n\nmention “He” · cue “said it” · found by cue-before\n\nsure (0.93)');
    const unsure = withStatement(0.3);
    assert.match(statementHover(unsure.a, unsure.s), /^\*\*Reported\*\* — probably \*\*Antony Blinken\*\*\?/);
    assert.match(statementHover(unsure.a, unsure.s), /\$\(warning\) unsure \(0\.30\)$/);
    assert.equal(sourceLabel(unsure.a, unsure.s), 'probably Blinken?');
    assert.equal(sourceLabel(sure.a, sure.s), 'Antony Blinken');
    assert.equal(confidenceText(0.5), 'fairly sure (0.50)');
    assert.equal(confidenceText(0.49), 'unsure (0.49)');
  });

  it('"unsure" is below the threshold the newsAnnotator.lowConfidence setting gives, wherever it is shown', () => {
    const { a, s } = withStatement(0.4);
    assert.equal(sourceLabel(a, s), 'probably Blinken?', 'below the default 0.5');
    assert.equal(sourceLabel(a, s, 0.3), 'Antony Blinken');
    assert.match(statementHover(a, s, 0.3), /^\*\*Reported\*\* by \*\*Antony Blinken\*\*[\s\S]*fairly sure \(0\.40\)$/);
    assert.equal(confidenceText(0.4, 0.3), 'fairly sure (0.40)');
    assert.equal(confidenceText(0.6, 0.7), 'unsure (0.60)');
    assert.equal(sourcesOf(a).unsure.length, 1);
    assert.equal(sourcesOf(a, 0.3).unsure.length, 0);
    assert.equal(sourcesOf(a, 0.5).unsure.length, 1, 'asked again after another threshold');
    const unsureQuote = { ...a, attributions: [{ ...s, id: 'd2', kind: 'direct' as const, content: [a.quotes[1]], quoteIds: ['q2'], confidence: 0.6 }] };
    assert.equal(speakerName(unsureQuote, a.quotes[1]), 'Antony Blinken');
    assert.equal(speakerName(unsureQuote, a.quotes[1], 0.7), 'probably Blinken?');
    assert.match(quoteHover(unsureQuote, a.quotes[1], 0.7), /probably said by/);
  });

  it('an item checked by hand says so instead of a confidence, and is never "probably"', () => {
    const { a, s } = withStatement(0.2, { checked: ['a9', 'q1'], problems: [] });
    assert.ok(isChecked(a, 'a9'));
    assert.match(statementHover(a, s), /\*\*Reported\*\* by \*\*Antony Blinken\*\*/);
    assert.match(statementHover(a, s), /\$\(check\) checked by hand$/);
    assert.match(quoteHover(a, a.quotes[0]), /checked by hand$/);
    assert.match(quoteHover(a, a.quotes[1]), /not checked by hand$/);
    const unsureQuote = { ...a, attributions: [{ ...s, id: 'd2', kind: 'direct' as const, content: [a.quotes[1]], quoteIds: ['q2'], confidence: 0.2 }] };
    assert.equal(speakerName(unsureQuote, a.quotes[1]), 'probably Blinken?');
    assert.match(quoteHover(unsureQuote, a.quotes[1]), /probably said by \*\*Antony Blinken\*\*\?/);
  });

  it('copies a reported statement without marks, and names the article', () => {
    const { a, s } = withStatement(0.8);
    assert.equal(attributionText(a, s, 'seed.txt'), 'it was [serious] — Antony Blinken, US Secretary of State, 2021-03-19 (seed.txt)');
    assert.equal(attributionText(a, a.quotes[0], 'seed.txt'), '“China has a role.” — Antony Blinken, US Secretary of State, 2021-03-18 (seed.txt)');
  });
});

describe('extension: correction choices', () => {
  it('offers the automatic analysis\' speaker first, then people by their nearest mention', () => {
    const q2 = ANALYSIS.quotes[1];
    const china = ANALYSIS.entities.find((e) => e.name === 'China')!;
    const automatic: DocumentAnalysis = { ...ANALYSIS, attributions: [{ id: 'x', kind: 'direct', content: [q2], source: china.mentions[0], sourceId: china.id, cue: null, confidence: 0.4, strategy: 'model', quoteIds: ['q2'] }] };
    const list = speakerCandidates(ANALYSIS, automatic, q2, null);
    assert.deepEqual(list.map((c) => [c.entity.name, c.reason]), [['China', 'the automatic analysis'], ['Antony Blinken', 'nearest mention']]);
    assert.deepEqual(speakerCandidates(ANALYSIS, ANALYSIS, q2, blinken.id).map((c) => c.entity.name), ['China'], 'the current speaker is not offered again');
    // The mention nearest to the quote, outside it: "Blinken" right after it, not the name on line 1.
    assert.equal(nearestMention(blinken, q2)?.start, TEXT.indexOf('Blinken told'));
  });

  it('trims a selection and names a marked mention after the entity it already belongs to', () => {
    assert.deepEqual(trimSpan(' ab \n', { start: 0, end: 5 }), { start: 1, end: 3 });
    assert.deepEqual(trimSpan('   ', { start: 0, end: 3 }).end - trimSpan('   ', { start: 0, end: 3 }).start, 0);
    assert.deepEqual(proposeEntity(ANALYSIS, 'person', 'Blinken'), { kind: 'person', name: 'Antony Blinken', title: 'US Secretary of State' });
    assert.deepEqual(proposeEntity(ANALYSIS, 'place', 'the  North'), { kind: 'place', name: 'the North' });
    assert.deepEqual(proposeEntity(ANALYSIS, 'organization', 'Blinken'), { kind: 'organization', name: 'Blinken' }, 'another kind is another entity');
  });
});
