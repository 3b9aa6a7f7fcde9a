import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, type DocumentAnalysis } from '../../src/core';
import {
  ANNOTATION_CONF, applyTextChanges, compareWithAutomatic, confirm, curatedAnalysis, fromAnalysis, idsOf, loadCurated, markContent, markDate, markEntity, mergeEntity,
  offsetMap, parseAnn, removeAnnotation, renameEntity, reviewCounts, reviewItems, serializeAnn, setSource, toReview, type AnnDoc,
} from '../../src/core/curated';
import { checkStandoff } from './bratSpec';
import { cpuTimed } from './support/cpuTime';

const SEED = resolve(__dirname, '../../../seeds/000_9b514ff0938d35df.txt');

function seed(): { text: string; auto: DocumentAnalysis; doc: AnnDoc; ann: string } {
  const text = readFileSync(SEED, 'utf8');
  const auto = analyze(text, { fileName: SEED });
  const doc = fromAnalysis(text, auto);
  return { text, auto, doc, ann: serializeAnn(doc, text) };
}

/** What a user sees: every item by span, with who said it and what it is worth. */
function view(a: DocumentAnalysis) {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return {
    quotes: a.quotes.map((q) => [q.start, q.end, q.speaker?.start ?? null, q.speakerId && names.get(q.speakerId), q.cue?.text ?? null]),
    attributions: a.attributions.map((x) => [x.kind, x.content.map((c) => [c.start, c.end]), x.source?.start ?? null, x.sourceId && names.get(x.sourceId), x.cue?.text ?? null]),
    dates: a.dates.map((d) => [d.start, d.end, d.type, d.value, d.relative]),
    entities: a.entities.map((e) => [e.kind, e.name, e.title ?? null, e.mentions.map((m) => [m.start, m.end, m.kind]), e.quoteIds.length]).sort(),
  };
}

const loaded = (text: string, ann: string, auto: DocumentAnalysis) => {
  return curatedAnalysis(text, parseAnn(ann, text).doc, auto);
};

describe('curated annotation (brat standoff)', () => {
  it('writes the seed as a .ann that brat\'s documented format accepts, every type declared in annotation.conf', () => {
    const { text, ann } = seed();
    const report = checkStandoff(text, ann, ANNOTATION_CONF);
    assert.deepEqual(report.errors, []);
    assert.ok(report.counts.T > 40 && report.counts.R >= 10 && report.counts['#'] > 40, JSON.stringify(report.counts));
  });

  it('reads back the seed .ann it wrote as the same annotations (lossless round trip)', () => {
    const { text, auto, ann } = seed();
    const back = loaded(text, ann, auto);
    assert.deepEqual(back.curated?.problems, []);
    assert.deepEqual(view(back), view(auto));
    // Written again, the file is byte for byte the same.
    assert.equal(serializeAnn(parseAnn(ann, text).doc, text), ann);
  });

  it('counts brat offsets in code points with CRLF as one newline, both ways', () => {
    const text = 'A 😀 line\r\nSmith said “yes”.\r\n';
    const map = offsetMap(text);
    const q = text.indexOf('“');
    assert.equal(map.toBrat(q), [...text.replace(/\r\n/g, '\n')].indexOf('“'));
    assert.equal(map.fromBrat(map.toBrat(q)), q);
    assert.equal(map.bratLength, [...text.replace(/\r\n/g, '\n')].length);
    assert.equal(map.fromBrat(map.bratLength + 1), null);
    const auto = analyze(text, { documentDate: '2021-03-19' });
    const ann = serializeAnn(fromAnalysis(text, auto), text);
    assert.deepEqual(checkStandoff(text, ann).errors, []);
    assert.deepEqual(view(loaded(text, ann, auto)), view(auto));
  });

  it('keeps lines it does not understand verbatim, and reads a .ann with CRLF line endings', () => {
    const text = 'Smith met Jones.';
    const ann = ['T1\tPerson 0 5\tSmith', 'E1\tMeeting:T3 Agent:T1', 'T3\tMeeting 6 9\tmet', '*\tEquiv T1 T3', 'N1\tReference T1 Wikidata:Q1\tSmith', '# a comment of another tool', ''].join('\r\n');
    const { doc, problems } = parseAnn(ann, text);
    assert.deepEqual(problems.map((p) => p.line), [6]);
    assert.equal(serializeAnn(doc, text), ann);
    const marked = markEntity(doc, text, { start: 10, end: 15 }, { kind: 'person', name: 'Jones' }).doc;
    const out = serializeAnn(marked, text);
    for (const line of ann.split('\r\n').filter(Boolean)) assert.ok(out.includes(line), `lost: ${line}`);
    assert.match(out, /\r\nT4\tPerson 10 15\tJones\r\n/);
  });

  it('opens a malformed .ann with one problem per bad line and loads the rest', () => {
    const text = 'date 2021-03-19 “We are ready,” Smith said on Monday.';
    const q = text.indexOf('“');
    const good = [`T1\tQuote ${q} ${q + 15}\t“We are ready,”`, `T2\tSpeaker ${q + 16} ${q + 21}\tSmith`, 'R1\tSaid_by Arg1:T1 Arg2:T2'];
    const bad = [
      'T3\tDate 900 906\tnowhere', // offsets past the end, text not in the article
      'R2\tSaid_by Arg1:T1 Arg2:T99', // unknown id
      'this line is broken',
      'T4\tPerson 12 10\tbackwards',
      'T1\tQuote 0 4\tdate', // duplicate id
      '#1\tAnnotatorNotes T3\tDATE 2021-03-22', // note on a line that could not be used
    ];
    const ann = [...good, ...bad].join('\r\n') + '\r\n';
    const auto = analyze(text);
    const { doc, problems } = parseAnn(ann, text);
    assert.deepEqual(problems.map((p) => p.line), [4, 5, 6, 7, 8, 9], JSON.stringify(problems));
    assert.match(problems[0].message, /past the end/);
    assert.match(problems[1].message, /T99, which is not in the file/);
    assert.match(problems[5].message, /T3 \(line 4\), which could not be used/);
    const a = curatedAnalysis(text, doc, auto);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].speaker?.text, 'Smith');
    assert.equal(a.curated?.problems.length, 6);
    // Unchanged, it writes back exactly what it read.
    assert.equal(serializeAnn(doc, text), ann);
  });

  it('re-anchors spans by their text after the article changed outside the editor, and reports what it cannot find', () => {
    const { text, auto, ann } = seed();
    const edited = text.replace('Photo: AP\n', 'Photo: AP / a longer caption added later\n').replace('Lloyd Austin', 'the Pentagon chief');
    const { doc, problems } = parseAnn(ann, edited);
    const a = curatedAnalysis(edited, doc, analyze(edited));
    for (const q of a.quotes) assert.equal(edited.slice(q.start, q.end), q.text);
    assert.equal(a.quotes.length, auto.quotes.length);
    // Only the replaced name is lost, with its note: one problem on each of their lines, both kept in the file.
    assert.equal(problems.length, 2, JSON.stringify(problems));
    assert.match(problems[0].message, /"Lloyd Austin" is no longer at its offsets/);
    assert.match(problems[1].message, /which could not be used/);
    const out = serializeAnn(doc, edited);
    for (const p of problems) assert.ok(out.split('\n').includes(ann.split('\n')[p.line - 1]));
  });

  describe('corrections', () => {
    const text = 'date 2021-03-19 “We will win,” said Smith, the mayor. Jones said the city would recover by next year. “Never,” Jones replied.';
    const auto = analyze(text);
    const base = fromAnalysis(text, auto);
    const span = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
    const read = (d: AnnDoc) => curatedAnalysis(text, d, auto);

    it('changes the speaker of a quote and marks it checked', () => {
      const q = auto.quotes.find((x) => x.text.startsWith('“We'))!;
      const doc = setSource(base, { type: 'Quote', span: q }, { span: span('Jones'), entity: { kind: 'person', name: 'Jones' } });
      const a = read(doc);
      const quote = a.quotes.find((x) => x.start === q.start)!;
      assert.equal(quote.speaker?.text, 'Jones');
      assert.equal(a.entities.find((e) => e.id === quote.speakerId)?.name, 'Jones');
      // The entity pass leaves "Jones" unclassified (no evidence of a person): naming him as a person here corrects
      // that mention's kind too, which is a person's check like the quote's.
      assert.deepEqual(a.curated?.checked, [quote.id, quote.speakerId]);
      assert.equal(a.entities.find((e) => e.id === quote.speakerId)?.kind, 'person');
      assert.equal(quote.confidence, 1);
      assert.equal(a.attributions.find((x) => x.id === quote.id)?.strategy, 'curated');
      // The old Speaker annotation nothing points at any more is gone.
      assert.equal(serializeAnn(doc, text).match(/\tSpeaker /g)?.length, auto.quotes.filter((x) => x.speaker).length);
      const none = read(setSource(doc, { type: 'Quote', span: q }, null)).quotes.find((x) => x.start === q.start)!;
      assert.equal(none.speaker, null);
    });

    it('marks reported speech and gives it a source; a quote inside it makes it mixed', () => {
      const content = span('the city would recover by next year');
      let doc = markContent(base, text, 'Statement', content).doc;
      doc = setSource(doc, { type: 'Statement', span: content }, { span: span('Jones'), entity: { kind: 'person', name: 'Jones' } });
      const a = read(doc);
      const st = a.attributions.find((x) => x.kind === 'reported')!;
      assert.equal(st.content[0].text, 'the city would recover by next year');
      assert.equal(st.source?.text, 'Jones');
      assert.ok(a.curated?.checked.includes(st.id));
      assert.ok(a.entities.find((e) => e.name === 'Jones')?.attributionIds?.includes(st.id));
      const wide = markContent(base, text, 'Statement', { start: span('“We').start, end: span('mayor').end }).doc;
      assert.equal(read(wide).attributions.find((x) => x.kind !== 'direct')?.kind, 'mixed');
    });

    it('re-marking a quote with other boundaries replaces it and keeps its speaker', () => {
      const q = auto.quotes.find((x) => x.text.startsWith('“We'))!;
      const shorter = span('We will win');
      const a = read(markContent(base, text, 'Quote', shorter).doc);
      const quotes = a.quotes.filter((x) => x.start < q.end && q.start < x.end);
      assert.deepEqual(quotes.map((x) => x.text), ['We will win']);
      assert.equal(quotes[0].speaker?.text, q.speaker?.text);
    });

    it('marks a date with its value, and a mention as a person, organization or place', () => {
      const d = read(markDate(base, text, span('next year'), 'DATE', '2022').doc).dates.find((x) => x.text === 'next year')!;
      assert.deepEqual([d.type, d.value], ['DATE', '2022']);
      const city = span('the city');
      const a = read(markEntity(base, text, city, { kind: 'place', name: 'the city' }).doc);
      assert.ok(a.entities.some((e) => e.kind === 'place' && e.mentions.some((m) => m.start === city.start)));
    });

    it('removes a quote with its speaker and cue, and nothing else', () => {
      const q = auto.quotes.find((x) => x.text.startsWith('“Never'))!;
      const doc = removeAnnotation(base, { type: 'Quote', span: q });
      const a = read(doc);
      assert.equal(a.quotes.length, auto.quotes.length - 1);
      assert.equal(a.entities.length, auto.entities.length);
      assert.deepEqual(checkStandoff(text, serializeAnn(doc, text), ANNOTATION_CONF).errors, []);
    });

    it('renames an entity and merges one into another, speakers included', () => {
      const smith = auto.entities.find((e) => e.name === 'Smith')!;
      const renamed = read(renameEntity(base, text, smith, 'Anna Smith'));
      assert.ok(renamed.entities.some((e) => e.name === 'Anna Smith' && e.quoteIds.length === 1));
      assert.ok(!renamed.entities.some((e) => e.name === 'Smith'));
      const jones = auto.entities.find((e) => e.name === 'Jones')!;
      const merged = read(mergeEntity(base, text, jones, smith));
      const s = merged.entities.find((e) => e.name === 'Smith')!;
      assert.equal(s.mentions.length, smith.mentions.length + jones.mentions.length);
      assert.equal(s.quoteIds.length, auto.quotes.filter((x) => x.speaker).length);
      assert.ok(merged.curated?.checked.includes(s.id));
    });

    it('confirms items, least confident first, and counts what is reviewed', () => {
      const a = read(base);
      const { total } = reviewCounts(a);
      assert.equal(reviewCounts(a).checked, 0);
      const order = toReview(a);
      assert.equal(order.length, total);
      const conf = order.map((i) => i.confidence ?? 2);
      assert.deepEqual(conf, [...conf].sort((x, y) => x - y));
      const first = order[0];
      const after = read(confirm(base, idsOf(base, text, [first.ref])));
      assert.equal(reviewCounts(after).checked, 1);
      assert.notEqual(toReview(after)[0]?.id, first.id);
    });
  });

  describe('text edits', () => {
    const text = 'date 2021-03-19 Smith said “we are ready” today. He said “so are they” too.';
    const auto = analyze(text);
    const doc = fromAnalysis(text, auto);
    const quotes = (d: AnnDoc, t: string) => curatedAnalysis(t, d, analyze(t)).quotes.map((q) => q.text);

    it('an insertion before a span shifts it, one inside grows it, one at its edge does not', () => {
      let r = applyTextChanges(doc, text, [{ start: 16, end: 16, text: 'Mayor ' }]);
      assert.deepEqual(quotes(r.doc, r.text), ['“we are ready”', '“so are they”']);
      const ready = r.text.indexOf('ready');
      r = applyTextChanges(r.doc, r.text, [{ start: ready, end: ready, text: 'very ' }]);
      assert.deepEqual(quotes(r.doc, r.text), ['“we are very ready”', '“so are they”']);
      const end = r.text.indexOf('”') + 1;
      r = applyTextChanges(r.doc, r.text, [{ start: end, end, text: ' now' }]);
      assert.equal(quotes(r.doc, r.text)[0], '“we are very ready”');
    });

    it('a deleted span is lost, comes back on undo, and never jumps to the same words elsewhere', () => {
      const he = text.indexOf('He said');
      const speakerLine = (d: AnnDoc, t: string) => curatedAnalysis(t, d, auto).quotes[1].speaker?.start;
      const cut = applyTextChanges(doc, text, [{ start: he, end: he + 2, text: '' }]);
      assert.equal(curatedAnalysis(cut.text, cut.doc, analyze(cut.text)).quotes[1].speaker, null);
      // The speaker and the pronoun's mention of Smith: each a problem on its own line.
      assert.deepEqual(curatedAnalysis(cut.text, cut.doc, analyze(cut.text)).curated?.problems.map((p) => /"He"/.test(p.message)), [true, true]);
      // Typing the same word somewhere else does not bring it back there.
      const elsewhere = applyTextChanges(cut.doc, cut.text, [{ start: 0, end: 0, text: 'He ' }]);
      assert.ok(elsewhere.doc.lines.some((l) => l.kind === 'T' && l.lost));
      const undone = applyTextChanges(cut.doc, cut.text, [{ start: he, end: he, text: 'He' }]);
      assert.equal(undone.text, text);
      assert.equal(speakerLine(undone.doc, undone.text), he);
      assert.equal(serializeAnn(undone.doc, undone.text), serializeAnn(doc, text));
    });

    it('a block of lines replaced by almost the same lines (a reload from disk) keeps its spans', () => {
      const seedText = readFileSync(SEED, 'utf8');
      const base = fromAnalysis(seedText, analyze(seedText));
      // One replacement from the caption to the end of the next paragraph but one, one word changed in it.
      const from = seedText.indexOf('Photo: AP');
      const to = seedText.indexOf('Choe called');
      const block = seedText.slice(from, to).replace('Photo: AP\n', 'Photo: AP\nA note added later.\n').replace('Pyongyang', 'the capital');
      const r = applyTextChanges(base, seedText, [{ start: from, end: to, text: block }]);
      const lost = r.doc.lines.filter((l) => l.kind === 'T' && l.lost).map((l) => (l.kind === 'T' ? l.lost!.texts.join(' ') : ''));
      assert.deepEqual(lost, ['Pyongyang']);
    });

    it('a lost span stays in the file as it was last written', () => {
      const q = text.indexOf('“so');
      const r = applyTextChanges(doc, text, [{ start: q, end: q + '“so are they”'.length, text: 'nothing' }]);
      const before = serializeAnn(doc, text).split('\n').find((l) => l.includes('“so are they”'))!;
      assert.ok(serializeAnn(r.doc, r.text).split('\n').includes(before));
    });
  });

  it('an unchecked item the automatic analysis disagrees with keeps the confidence level its file gives it', () => {
    const text = 'date 2021-03-19 Smith said that the plan would work. Jones was there.';
    const auto = analyze(text);
    const content = { start: text.indexOf('the plan'), end: text.indexOf(' work') + 5 };
    const jones = { start: text.indexOf('Jones'), end: text.indexOf('Jones') + 5 };
    const level = (value: string | null, checked: boolean) => {
      let doc = markContent(fromAnalysis(text, auto), text, 'Statement', content).doc;
      doc = setSource(doc, { type: 'Statement', span: content }, { span: jones, entity: { kind: 'person', name: 'Jones' } });
      const { id } = doc.lines.find((l) => l.kind === 'T' && l.type === 'Statement') as { id: string };
      // As another tool (or an earlier analysis) would have written it: not checked, with or without a level.
      const lines = doc.lines.filter((l) => checked || !(l.kind === 'A' && l.type === 'Checked' && l.target === id));
      if (value) lines.push({ kind: 'A', id: 'A99', type: 'Confidence', target: id, value });
      return curatedAnalysis(text, { ...doc, lines }, auto).attributions.find((x) => x.kind === 'reported')!.confidence;
    };
    assert.equal(level('Low', false), 0.25);
    assert.equal(level('High', false), 0.95);
    assert.equal(level(null, false), 0.5);
    assert.equal(level('Low', true), 1);
  });

  it('lists the automatic items that differ from the curated ones, and takes one', () => {
    const text = 'date 2021-03-19 “We will win,” said Smith. Jones disagreed. On Monday, “never,” Jones said.';
    const auto = analyze(text);
    const q = auto.quotes[0];
    const jones = { start: text.indexOf('Jones'), end: text.indexOf('Jones') + 5 };
    let doc = setSource(fromAnalysis(text, auto), { type: 'Quote', span: q }, { span: jones, entity: { kind: 'person', name: 'Jones' } });
    doc = removeAnnotation(doc, { type: 'Date', span: auto.dates.find((d) => d.text === 'Monday')! });
    const curated = curatedAnalysis(text, doc, auto);
    const diffs = compareWithAutomatic(curated, auto);
    assert.deepEqual(diffs.map((d) => d.kind), ['source', 'missing']);
    assert.match(diffs[0].label, /Smith/);
    assert.match(diffs[0].detail, /curated: Jones/);
    const taken = curatedAnalysis(text, diffs[0].take(doc, text), auto);
    assert.equal(taken.quotes[0].speaker?.text, 'Smith');
    assert.deepEqual(compareWithAutomatic(curatedAnalysis(text, diffs[1].take(doc, text), auto), auto).map((d) => d.kind), ['source']);
  });

  it('reads, corrects and reviews a long curated article in time linear in its size (a guard against quadratic steps)', function () {
    this.timeout(120_000);
    const { text: seedText } = seed();
    const body = `\n${seedText.replace(/^\s*date \S+\s*/, '')}`;
    const text = seedText + body.repeat(Math.ceil(400_000 / body.length));
    const { value: auto, ms: analyzeMs } = cpuTimed(() => analyze(text));
    const { value: reviewed, ms: curatedMs } = cpuTimed(() => {
      const doc = parseAnn(serializeAnn(fromAnalysis(text, auto), text), text).doc;
      const a = curatedAnalysis(text, doc, auto);
      return curatedAnalysis(text, confirm(doc, idsOf(doc, text, reviewItems(a).map((i) => i.ref))), auto);
    });
    assert.equal(reviewCounts(reviewed).checked, reviewCounts(reviewed).total);
    // About half the analysis' own time here; a quadratic step on 400 KB is tens of times the analysis.
    assert.ok(curatedMs < 5 * analyzeMs, `curated layer ${curatedMs.toFixed(0)} ms vs analysis ${analyzeMs.toFixed(0)} ms`);
  });

  it('loadCurated never throws, whatever the .ann holds', () => {
    const text = 'Smith said “hi”.';
    for (const ann of ['', '\u0000\u0001', 'T1\tQuote 11 15\t“hi”\n'.repeat(3), 'R1\tSaid_by Arg1:T1 Arg2:T1', '#1\tAnnotatorNotes', 'T1\tDate 0 5\tSmith\n#1\tAnnotatorNotes T1\tnot a value']) {
      const a = loadCurated(text, ann);
      assert.ok(a.curated, JSON.stringify(ann));
    }
    assert.equal(loadCurated(text, 'T1\tDate 0 5\tSmith\n#1\tAnnotatorNotes T1\tnot a value').dates[0].value, null);
  });
});
