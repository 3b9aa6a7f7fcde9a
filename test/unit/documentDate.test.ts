import * as assert from 'node:assert/strict';
import { analyze, dateFromFileName, findDateline, findDocumentDate } from '../../src/core';

describe('document date', () => {
  it('reads the seed dateline and keeps it out of the first sentence', () => {
    const text = ' date 2021-03-19 US Secretary of State Antony Blinken yesterday pressed China.';
    const found = findDateline(text);
    assert.equal(found?.date, '2021-03-19');
    assert.deepEqual(found?.dateSpan, { start: 6, end: 16 });
    const a = analyze(text);
    assert.equal(a.documentDate.source, 'dateline');
    assert.equal(text.slice(a.sentences[0].start, a.sentences[0].start + 2), 'US');
  });

  it('reads wire datelines', () => {
    assert.equal(findDateline('WASHINGTON, March 3, 2021 (Reuters) - The Senate voted.')?.date, '2021-03-03');
    assert.equal(findDateline('NEW YORK (AP) Sept. 14, 2016 -- Stocks fell.')?.date, '2016-09-14');
    assert.equal(findDateline('The Senate voted on March 3, 2021 - after a long debate.'), null);
  });

  it('rejects impossible calendar dates in a dateline', () => {
    assert.equal(findDateline('date 2021-02-30 Something happened.'), null);
  });

  it('falls back to meta.json, then the file name, then none', () => {
    const text = 'Officials said on Monday that talks would resume.';
    assert.deepEqual(findDocumentDate(text, { meta: { date: '2016-09-08' } }).date, { value: '2016-09-08', source: 'meta' });
    assert.equal(findDocumentDate(text, { meta: { date: '2016-09-08T14:05:00Z' } }).date.value, '2016-09-08');
    assert.deepEqual(findDocumentDate(text, { fileName: 'corpus/nyt_2016-09-08_trump-rally.txt' }).date, { value: '2016-09-08', source: 'filename' });
    assert.deepEqual(findDocumentDate(text, {}).date, { value: null, source: 'none' });
    assert.equal(findDocumentDate(text, { meta: { date: 'not a date' }, fileName: 'x.txt' }).date.source, 'none');
  });

  it('lets an explicit date override the dateline', () => {
    assert.deepEqual(findDocumentDate('date 2021-03-19 Text.', { documentDate: '2020-01-02' }).date, { value: '2020-01-02', source: 'option' });
  });

  it('finds dates in wire file names', () => {
    assert.equal(dateFromFileName('APW19980213.1320.txt'), '1998-02-13');
    assert.equal(dateFromFileName('AP_20130322'), '2013-03-22');
    assert.equal(dateFromFileName('NYT19980206.0460'), '1998-02-06');
    assert.equal(dateFromFileName('wsj_0006'), null);
    assert.equal(dateFromFileName('ABC19981399.1830'), null);
  });
});
