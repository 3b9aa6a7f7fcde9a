import * as assert from 'node:assert/strict';
import { candidates } from './support/docTokens';

// Source candidates of one cue (no weights: the set the ranker chooses from), on sentences written for these tests.

describe('attribution source candidates', () => {
  it('a headline in title case: the name before "Just" or "Is" is a candidate of its own', () => {
    assert.ok(candidates('Mayor Lena Brandt Just Announced Her Plan For The Harbor', 'Announced').some((m) => /Lena Brandt$/.test(m)));
    assert.ok(candidates('Coach Ivan Reyes Is Now Calling The Season A Failure', 'Calling').some((m) => /Ivan Reyes$/.test(m)));
  });

  it('a name that ends in a function word keeps its first part ("Theresa May")', () => {
    assert.ok(candidates('Yesterday Prime Minister Olga May warned that the deal was dead.', 'warned').some((m) => /Olga/.test(m)));
  });

  it('the agent of a passive cue stays a candidate when the content swallowed it', () => {
    const c = candidates('The new budget was criticized by the teachers union as a step backwards.', 'criticized', 'by');
    assert.ok(c.some((m) => /teachers union$/.test(m)), JSON.stringify(c));
    const r = candidates('The plan, an old memo cited by the harbor board shows, was never approved.', 'cited', 'by');
    assert.ok(r.some((m) => /harbor board$/.test(m)), JSON.stringify(r));
  });

  it('no agent without a passive: "by" after an active cue stays inside the content', () => {
    const c = candidates('The clerk announced the results of the vote, which was won by the harbor board.', 'announced', 'the');
    assert.ok(!c.some((m) => /board/.test(m)), JSON.stringify(c));
  });

  it('the sentence subject stays a candidate beyond the window of a participle cue', () => {
    const text = 'Mr. Okafor spoke for an hour on Monday at the town hall about the small family bakery on the corner of Elm Street '
      + 'and Fifth Avenue that he ran with his two brothers and their cousins from the coast for twelve long years, citing rising '
      + 'costs as the reason for the closure.';
    const c = candidates(text, 'citing');
    assert.ok(c.some((m) => /Okafor$/.test(m)), JSON.stringify(c));
  });

  it('a preposition or an -ly adverb that opens the sentence is no candidate, though capitalised', () => {
    const c = candidates('Despite questioning the audit, the minister signed the harbor agreement.', 'questioning', 'audit');
    assert.ok(!c.some((m) => /Despite/.test(m)), JSON.stringify(c));
    const i = candidates('Inside the old mill, Ms. Varga described the flood as a warning.', 'described', 'flood');
    assert.ok(!i.some((m) => /Inside/.test(m)) && i.some((m) => /Varga$/.test(m)), JSON.stringify(i));
    const s = candidates('Shortly after the vote the council criticized the plan.', 'criticized', 'plan');
    assert.ok(!s.some((m) => /Shortly/.test(m)), JSON.stringify(s));
  });

  it('an -ly adverb inside the sentence is no candidate; nouns in -ly and names stay', () => {
    const c = candidates('The mayor grudgingly agreed to meet the drivers.', 'agreed', 'meet');
    assert.ok(!c.some((m) => /grudgingly/.test(m)) && c.some((m) => /mayor$/.test(m)), JSON.stringify(c));
    assert.ok(candidates('The family said the road was unsafe.', 'said', 'road').some((m) => /family$/.test(m)));
    assert.ok(candidates('At the rally Carly said the plant would close.', 'said', 'plant').some((m) => /Carly$/.test(m)));
    assert.ok(candidates('The local daily reported that the mine would reopen.', 'reported', 'mine').some((m) => /daily$/.test(m)));
  });
});
