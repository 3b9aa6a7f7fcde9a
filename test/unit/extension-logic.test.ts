import * as assert from 'node:assert/strict';
import { computeLineStarts, positionOf } from '../../src/extension/logic/lineIndex';
import { itemsAt, mentionsInOrder, nearestItem, quoteDate, speakers, stepSpan } from '../../src/extension/logic/lookup';
import { attributionText, dateText, escapeMarkdown, kindReason, mentionHover, otherNames, quoteBody, quoteHover, snippet, statusText } from '../../src/extension/logic/text';
import { analyze } from '../../src/core';
import { ANALYSIS, TEXT } from './extension-fixture';
import { cpuTimed } from './support/cpuTime';

describe('extension: line index', () => {
  it('maps offsets to lines and characters across \\n, \\r\\n and lone \\r like VS Code', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const starts = computeLineStarts(text);
    assert.deepEqual([...starts], [0, 3, 7, 10]);
    assert.deepEqual(positionOf(starts, text.length, 4), { line: 1, character: 1 });
    assert.deepEqual(positionOf(starts, text.length, 7), { line: 2, character: 0 });
    assert.deepEqual(positionOf(starts, text.length, 11), { line: 3, character: 1 });
  });

  it('clamps offsets outside the text and handles the empty text', () => {
    assert.deepEqual(positionOf(computeLineStarts(''), 0, 5), { line: 0, character: 0 });
    assert.deepEqual(positionOf(computeLineStarts('abc'), 3, -2), { line: 0, character: 0 });
    assert.deepEqual(positionOf(computeLineStarts('abc'), 3, 99), { line: 0, character: 3 });
  });

  it('indexes a 5 MB text quickly', () => {
    const text = 'A line of news text, about sixty characters long, roughly.\n'.repeat(90_000);
    const { value: starts, ms } = cpuTimed(() => computeLineStarts(text));
    assert.equal(starts.length, 90_001);
    // A guard against a quadratic index (minutes on 5 MB), not a benchmark.
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms of CPU`);
  });
});

describe('extension: lookup', () => {
  it('finds the quote, mention and date under an offset', () => {
    const at = itemsAt(ANALYSIS, TEXT.indexOf('Blinken told') + 2);
    assert.equal(at.mentions[0].entity.name, 'Antony Blinken');
    assert.equal(at.quotes.length, 0);
    assert.equal(itemsAt(ANALYSIS, TEXT.indexOf('threat')).quotes[0].id, 'q2');
    assert.equal(itemsAt(ANALYSIS, TEXT.indexOf('yesterday') + 1).dates[0].value, '2021-03-18');
  });

  it('steps to the next and previous span, wrapping around', () => {
    const quotes = ANALYSIS.quotes;
    assert.equal(stepSpan(quotes, 0, 1)?.id, 'q1');
    assert.equal(stepSpan(quotes, quotes[0].start, 1)?.id, 'q2');
    assert.equal(stepSpan(quotes, quotes[1].start, 1)?.id, 'q1');
    assert.equal(stepSpan(quotes, quotes[1].start, -1)?.id, 'q1');
    assert.equal(stepSpan(quotes, 0, -1)?.id, 'q2');
    assert.equal(stepSpan([], 0, 1), undefined);
  });

  it('orders every mention by position and lists speakers', () => {
    assert.deepEqual(mentionsInOrder(ANALYSIS).map((m) => m.text), ['Antony Blinken', 'China', 'Blinken', 'He']);
    assert.deepEqual(speakers(ANALYSIS).map((e) => e.name), ['Antony Blinken']);
  });

  it('dates a quote by a full date in its sentence, else by the document date', () => {
    assert.equal(quoteDate(ANALYSIS, ANALYSIS.quotes[0]), '2021-03-18');
    assert.equal(quoteDate(ANALYSIS, ANALYSIS.quotes[1]), '2021-03-19');
  });

  it('finds the nearest item for follow-the-cursor', () => {
    assert.equal(nearestItem(ANALYSIS, TEXT.indexOf('role'))?.kind, 'quote');
    const after = nearestItem(ANALYSIS, TEXT.indexOf('reporters'));
    assert.ok(after?.kind === 'quote' && after.quote.id === 'q2');
    assert.equal(nearestItem(ANALYSIS, 0), undefined);
  });
});

describe('extension: texts', () => {
  it('says in words why an entity has its kind, from the analysis', () => {
    const a = analyze('Senator Jane Qollard spoke in Dorvale. Analysts at the Dorvale Institute for Fiscal Studies agreed.');
    const by = (name: string) => kindReason(a.entities.find((e) => e.name === name)!);
    assert.equal(by('Jane Qollard'), 'Why a person: a title or role before the name');
    assert.match(by('Dorvale Institute for Fiscal Studies'), /^Why an organization: an organization's head word/);
    // A curated file's entities carry no evidence: nothing is said.
    assert.equal(kindReason({ ...a.entities[0], evidence: undefined }), '');
  });


  it('counts for the status bar, with singulars', () => {
    assert.equal(statusText(ANALYSIS), '1 speaker · 2 quotes · 2 dates');
  });

  it('copies a quote with its attribution and the date it was said', () => {
    assert.equal(attributionText(ANALYSIS, ANALYSIS.quotes[0]), '“China has a role.” — Antony Blinken, US Secretary of State, 2021-03-18');
    assert.equal(attributionText(ANALYSIS, ANALYSIS.quotes[1]), '“It is a threat” — Antony Blinken, US Secretary of State, 2021-03-19');
    const unattributed = { ...ANALYSIS.quotes[1], speaker: null, speakerId: null };
    assert.match(attributionText(ANALYSIS, unattributed), /— unattributed, 2021-03-19$/);
  });

  it('strips marks and the inner comma from a quote body', () => {
    assert.equal(quoteBody(ANALYSIS.quotes[1]), 'It is a threat');
  });

  it('describes a quote: speaker, title, mention and cue', () => {
    const md = quoteHover(ANALYSIS, ANALYSIS.quotes[1]);
    assert.match(md, /said by \*\*Antony Blinken\*\*, US Secretary of State/);
    assert.match(md, /mention “Blinken” · cue “told”/);
  });

  it('describes a speaker: title, quote count, other names', () => {
    const [blinken] = ANALYSIS.entities;
    const md = mentionHover(blinken, blinken.mentions[1]);
    assert.match(md, /\*\*Antony Blinken\*\* — US Secretary of State/);
    assert.match(md, /2 quotes · 3 mentions/);
    assert.match(md, /Also called: Blinken/);
    assert.deepEqual(otherNames(blinken), ['Blinken']);
  });

  it('describes a relative date against its document date', () => {
    const text = dateText(ANALYSIS, ANALYSIS.dates[0], 'Thursday, 18 March 2021');
    assert.equal(text, 'Thursday, 18 March 2021 · 2021-03-18 · "yesterday", relative to the dateline 2021-03-19');
    assert.equal(dateText(ANALYSIS, { ...ANALYSIS.dates[0], value: null }, null), '"yesterday" could not be resolved');
  });

  it('escapes Markdown in article text and shortens snippets', () => {
    assert.equal(escapeMarkdown('[North Korea] *x*'), '\\[North Korea\\] \\*x\\*');
    assert.equal(snippet('a\n  b'), 'a b');
    assert.equal(snippet('x'.repeat(100), 10), `${'x'.repeat(9)}…`);
  });
});
