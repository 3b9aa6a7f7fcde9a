import * as assert from 'node:assert/strict';
import { contentOf } from '../../src/core/attribution/content';
import { storeOf as tokens, tokenOf } from './support/docTokens';

// Content rules of session 26 (a1): a noun cue's object, and a sentence-opening adverbial clause that is no content.
// Sentences written for these tests.

/** The content fragments of the cue `cue` as texts, and the rule's strategy; null when the cue makes no statement. */
function content(text: string, cue: string): { fragments: string[]; strategy: string } | null {
  const d = tokens(text);
  const rule = contentOf(d, tokenOf(d, cue));
  if (!rule) return null;
  return { fragments: rule.fragments.map((f) => text.slice(d.toks.start(f.from), d.toks.end(f.to - 1))), strategy: rule.strategy };
}

describe('attribution content: a noun cue and its object (s26-a1)', () => {
  it('the preposition joining a noun cue to its object is not content', () => {
    assert.deepEqual(content('The senator repeated her sharp criticism of the harbor plan.', 'criticism')?.fragments, ['the harbor plan']);
    assert.deepEqual(content('Residents voiced deep concern about the rising rents.', 'concern')?.fragments, ['the rising rents']);
  });

  it('"to" before a noun phrase is a preposition; before a verb it opens the content', () => {
    assert.deepEqual(content('Opposition to the new toll has grown among farmers.', 'Opposition')?.fragments, ['the new toll']);
    assert.match(content('Their calls to delay the vote went unheeded.', 'calls')?.fragments[0] ?? '', /^to delay the vote/);
  });

  it('the object ends before the verb of the clause the noun phrase is the subject of', () => {
    assert.deepEqual(content('The criticism of the toll plan was loud and long.', 'criticism')?.fragments, ['the toll plan']);
    // a relative or complement clause inside the object keeps its own verb; the next one is the main clause's
    assert.deepEqual(content('Their claims that the count was rigged were false.', 'claims')?.fragments, ['that the count was rigged']);
    assert.deepEqual(content('His support for a study that could help farmers was welcome.', 'support')?.fragments, ['a study that could help farmers']);
  });

  it('a word of both tables after a determiner is read as the noun ("his support for")', () => {
    assert.deepEqual(content('The union renewed its support for the harbor plan.', 'support')?.fragments, ['the harbor plan']);
  });

  it('a verb cue keeps its own reading', () => {
    assert.deepEqual(content('The mayor said on Monday that the harbor plan was dead.', 'said')?.fragments, ['that the harbor plan was dead']);
    assert.deepEqual(content('Farmers support the new toll.', 'support')?.fragments, ['the new toll']);
  });
});

describe('attribution content: a sentence-opening adverbial clause is no content (s26-a1)', () => {
  it('the cue takes the words after it when the sentence opens with an adverbial clause', () => {
    const r = content('When pressed by reporters, Lee apologized for the remark.', 'apologized');
    assert.equal(r?.strategy, 'cue-before');
    assert.deepEqual(r?.fragments, ['for the remark']);
  });

  it('a parenthetical cue keeps both sides: the sentence goes on after it', () => {
    assert.deepEqual(content('If it rains tomorrow, Roe said, the match will be called off.', 'said')?.fragments, ['If it rains tomorrow', 'the match will be called off']);
  });

  it('a closing cue with nothing after it keeps the clause before it', () => {
    assert.deepEqual(content('The harbor plan is sound, the mayor said.', 'said')?.fragments, ['The harbor plan is sound']);
    assert.deepEqual(content('As far as she knows, the harbor plan is sound, the mayor said.', 'said')?.fragments, ['As far as she knows, the harbor plan is sound']);
  });
});
