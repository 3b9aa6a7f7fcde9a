import * as assert from 'node:assert/strict';
import { formsOf, NOUN_CUES, PHRASE_CUES, REPORTING_VERB_FORMS, reportingVerb } from '../../src/core/lexicon/reportingVerbs';
import { findQuotes } from '../../src/core/quotes/attribution';
import { segment } from '../../src/core/text/segment';

describe('reporting verbs table', () => {
  it('has the irregular and doubled forms a suffix rule gets wrong', () => {
    const cases: [string, string, string][] = [
      ['admitted', 'admit', 'past'], ['admitting', 'admit', 'ing'], ['quipped', 'quip', 'past'], ['concurred', 'concur', 'past'],
      ['wept', 'weep', 'past'], ['echoes', 'echo', 's'], ['said', 'say', 'past'], ['told', 'tell', 'past'], ['written', 'write', 'pp'],
      ['spoke', 'speak', 'past'], ['swore', 'swear', 'past'], ['forecast', 'forecast', 'base'], ['rebutted', 'rebut', 'past'],
      ['thought', 'think', 'past'], ['sought', 'seek', 'past'], ['found', 'find', 'past'], ['shown', 'show', 'pp'],
      ['denies', 'deny', 's'], ['replied', 'reply', 'past'], ['agreeing', 'agree', 'ing'], ['labelled', 'label', 'past'],
    ];
    for (const [form, lemma, kind] of cases) {
      const e = reportingVerb(form);
      assert.ok(e, `${form} is missing`);
      assert.equal(e.lemma, lemma, form);
      assert.equal(e.form, kind, form);
    }
  });

  it('has none of the forms a naive suffix rule would make', () => {
    for (const wrong of ['admited', 'quiped', 'concured', 'weeped', 'echos', 'sayed', 'telled', 'agreing', 'forgeted', 'quized']) {
      assert.equal(reportingVerb(wrong), undefined, wrong);
    }
  });

  it('classes verbs by what they report and marks the weak ones', () => {
    assert.equal(reportingVerb('believes')?.cls, 'belief');
    assert.equal(reportingVerb('showed')?.cls, 'evidence');
    assert.equal(reportingVerb('criticized')?.cls, 'stance');
    assert.equal(reportingVerb('says')?.cls, 'speech');
    assert.equal(reportingVerb('went')?.weak, true);
    assert.equal(reportingVerb('said')?.weak, false);
  });

  it('lists every form of a lemma once, all mapping back to it', () => {
    assert.deepEqual(formsOf('say').sort(), ['said', 'say', 'saying', 'says']);
    for (const f of REPORTING_VERB_FORMS) {
      const e = reportingVerb(f);
      assert.ok(e && formsOf(e.lemma).includes(f), f);
      assert.match(f, /^[a-z][a-z-]*$/, `form "${f}" has stray characters`);
    }
  });

  it('has noun cues mapped to their singular and phrase cues in lower case', () => {
    assert.equal(NOUN_CUES.get('claims'), 'claim');
    assert.equal(NOUN_CUES.get('statement'), 'statement');
    for (const p of ['according to', 'told reporters', 'in a statement', 'has learned']) assert.ok(PHRASE_CUES.includes(p), p);
    for (const p of PHRASE_CUES) assert.equal(p, p.toLowerCase().replace(/\s+/g, ' ').trim());
  });

  it('gives the quote pass its cues: "admitted" names a speaker and "quipped" keeps its quote', () => {
    const run = (text: string) => findQuotes(text, segment(text));
    const admitted = run('“I was wrong,” Smith admitted.');
    assert.equal(admitted.length, 1);
    assert.equal(admitted[0].speaker?.text, 'Smith');
    assert.equal(admitted[0].cue?.text, 'admitted');
    const quipped = run('The host laughed. “Fine,” she quipped.');
    assert.equal(quipped.length, 1);
    assert.equal(quipped[0].text, '“Fine,”');
    assert.equal(quipped[0].speaker?.text, 'she');
    for (const [sentence, cue] of [['“We agree,” the judge concurred.', 'concurred'], ['“It is over,” he wept.', 'wept'], ['“Never again,” she echoes.', 'echoes']]) {
      assert.equal(run(sentence)[0]?.cue?.text, cue, sentence);
    }
  });
});
