// A small hand-built analysis for the extension's pure helpers (independent of the core passes).
import type { DocumentAnalysis, Entity, Mention, Quote, TimeExpression } from '../../src/core';

export const TEXT = [
  'date 2021-03-19 US Secretary of State Antony Blinken yesterday said “China has a role.”',
  '“It is a threat,” Blinken told reporters. He said it was [serious].',
].join('\r\n');

const span = (needle: string, from = 0) => {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${needle} not found`);
  return { start, end: start + needle.length, text: needle };
};

const m1: Mention = { ...span('Antony Blinken'), kind: 'name' };
const m2: Mention = { ...span('Blinken', m1.end), kind: 'surname' };
const m3: Mention = { ...span('He'), kind: 'pronoun' };
const q1: Quote = { id: 'q1', ...span('“China has a role.”'), speaker: m1, speakerId: 'person:antony-blinken', cue: span('said'), attribution: 'cue' };
const q2: Quote = { id: 'q2', ...span('“It is a threat,”'), speaker: m2, speakerId: 'person:antony-blinken', cue: span('told'), attribution: 'cue' };
const blinken: Entity = { id: 'person:antony-blinken', kind: 'person', name: 'Antony Blinken', title: 'US Secretary of State', mentions: [m1, m2, m3], quoteIds: ['q1', 'q2'] };
const china: Entity = { id: 'place:china', kind: 'place', name: 'China', mentions: [{ ...span('China'), kind: 'name' }], quoteIds: [] };
const yesterday: TimeExpression = { id: 't1', ...span('yesterday'), type: 'DATE', value: '2021-03-18', relative: true };
const dateline: TimeExpression = { id: 't0', ...span('2021-03-19'), type: 'DATE', value: '2021-03-19', relative: false };

const firstLineEnd = TEXT.indexOf('\r\n');
export const ANALYSIS: DocumentAnalysis = {
  textLength: TEXT.length,
  documentDate: { value: '2021-03-19', source: 'dateline', span: { start: 0, end: 15 } },
  paragraphs: [{ start: 16, end: firstLineEnd }, { start: firstLineEnd + 2, end: TEXT.length }],
  sentences: [{ start: 16, end: firstLineEnd }, { start: firstLineEnd + 2, end: TEXT.indexOf('He ') - 1 }, { start: TEXT.indexOf('He '), end: TEXT.length }],
  quotes: [q1, q2],
  attributions: [],
  entities: [blinken, china],
  dates: [yesterday, dateline],
  diagnostics: [],
};
