import * as assert from 'node:assert/strict';
import { anySubjectOf, subjectOf } from '../../src/core/attribution/doc';
import { speakerBefore } from '../../src/core/quotes/speakers';
import { candidates, storeOf as tokens, tokenOf } from './support/docTokens';

// Session 26, helper a2: source candidates and speaker phrases, on sentences written for these tests.

/** The speaker phrase speakerBefore reads before the word `cue`. */
function before(text: string, cue: string): string | null {
  const d = tokens(text);
  const sp = speakerBefore(d.toks, tokenOf(d, cue));
  return sp ? text.slice(sp.start, sp.end) : null;
}

describe('attribution sources (s26-a2)', () => {
  it('a relative clause with commas of its own before the cue: its antecedent speaks, not a name inside it', () => {
    assert.equal(before('Nadia Kerr, whose bakery, Crumbs, sells bread in four towns, said the rent had doubled.', 'said'), 'Nadia Kerr');
    assert.equal(before('The ferry union, which represents, among others, the deck crews, warned of a strike.', 'warned'), 'The ferry union');
    // without a comma inside the clause, as before
    assert.equal(before('Nadia Kerr, who runs a bakery, said the rent had doubled.', 'said'), 'Nadia Kerr');
    // an apposition after the name, as before
    assert.equal(before('Nadia Kerr, the owner of a bakery, said the rent had doubled.', 'said'), 'Nadia Kerr');
  });

  it('the agent of a participle no verb table knows stays a candidate ("was introduced by X")', () => {
    const c = candidates('The mayor was introduced by the harbor commissioner at the dinner.', 'introduced', 'by');
    assert.ok(c.some((m) => /harbor commissioner$/.test(m)), JSON.stringify(c));
  });

  it('the holder after a noun cue stays a candidate ("support from X", "a demand by X")', () => {
    const s = candidates('The plan drew strong support from the fishing cooperatives on the coast.', 'support', 'from');
    assert.ok(s.some((m) => /fishing cooperatives$/.test(m)), JSON.stringify(s));
    const a = candidates('The levy has broad support among dairy farmers in the valley.', 'support', 'among');
    assert.ok(a.some((m) => /dairy farmers$/.test(m)), JSON.stringify(a));
    const b = candidates('The vote followed a demand by the teachers union that the school stay open.', 'demand', 'by');
    assert.ok(b.some((m) => /teachers union$/.test(m)), JSON.stringify(b));
  });

  it('no holder after a verb in its active form ("stands by X")', () => {
    const c = candidates('The council stands by the harbor commissioner in the dispute.', 'stands', 'by');
    assert.ok(!c.some((m) => /commissioner/.test(m)), JSON.stringify(c));
  });

  it('a subject no person noun heads is a sentence subject for the sources, not for the quote pass', () => {
    const d = tokens('The new harbor ordinance also bans night fishing near the pier.');
    const any = anySubjectOf(d, 0);
    assert.equal(subjectOf(d, 0), null);
    assert.ok(any && /ordinance$/.test(d.text.slice(any.start, any.end)), JSON.stringify(any));
    // a person's subject is the same either way
    const p = tokens('The harbor commissioner also warned that night fishing was unsafe.');
    assert.deepEqual(anySubjectOf(p, 0), subjectOf(p, 0));
  });
});
