import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { entityVote, type ContextModel } from '../../src/core/entities/context';
import trainedContext from '../../src/core/entities/context.model.json';

// What the sidebar lists should not hold, and names cut short, on sentences written for the test ("Qoll", "Varrin",
// "Talvik" and the like are made-up names no list holds).
const named = (text: string) => analyze(text).entities.filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.kind !== 'nominal'));
const kindOf = (text: string, name: string): string | undefined => named(text).find((e) => e.name === name)?.kind;
const names = (text: string): string[] => named(text).map((e) => e.name);

describe('entities: list precision', () => {
  it('reads a capitalised "Who" or "Did" after a title word as a headline, not a name after a title', () => {
    const text = 'Candidate Who Lost Talvik Race Sues Band Leader\n\nJane Roe, who lost the race, sued the band leader on Monday.';
    assert.ok(!names(text).some((n) => n.includes('Who') || n.includes('Sues')), names(text).join(', '));
    assert.equal(kindOf(text, 'Jane Roe'), 'person');
    const did = 'Senator Did Not Vote On Qoll Bill\n\nThe senator did not vote on Monday.';
    assert.ok(!named(did).some((e) => e.kind === 'person'), names(did).join(', '));
    // A title's "of" complement is still no headline: the person after it is named.
    assert.equal(kindOf('Chief Of Staff Anna Brisk met the press on Monday.', 'Anna Brisk'), 'person');
  });

  it('keeps a chamber of commerce whole, whatever precedes it', () => {
    const text = 'The Varrin Chamber of Commerce said on Monday that it would appeal. Officials at the U.S. Chamber of Commerce agreed.';
    assert.equal(kindOf(text, 'Varrin Chamber of Commerce'), 'organization');
    assert.equal(kindOf(text, 'U.S. Chamber of Commerce'), 'organization');
    assert.ok(!names(text).includes('Commerce'));
  });

  it('types no name the text gives once by its context alone, however clear the vote', () => {
    // scripts/train-entities.mjs switches the one-mention vote off (thresholdOnce above 1): read by hand, the names it
    // typed in polnear-train lists were right about one time in five.
    const model = trainedContext as unknown as ContextModel;
    assert.ok(model.thresholdOnce !== undefined && model.thresholdOnce > 1 && model.threshold < 1);
    const name = 'Quellborne Hollow';
    const sentences = [
      'The report was shared by Quellborne Hollow with lawmakers.', 'Donors gave to Quellborne Hollow in the spring.',
      'The deal with Quellborne Hollow collapsed on Friday.', 'Critics of the plan met at Quellborne Hollow on Monday.',
      'The money went to Quellborne Hollow last year.', 'The memo from Quellborne Hollow reached the board.',
    ];
    let between = 0;
    for (const text of sentences) {
      const start = text.indexOf(name);
      const vote = entityVote(model, text, [{ start, end: start + name.length }]);
      const shown = named(text).find((e) => e.name === name)?.kind;
      if (!vote || vote.kind === 'person' || shown === undefined) continue;
      // (Rules may type the name on their own: only a name they leave open is the model's.)
      if (vote.p >= model.threshold && vote.p < model.thresholdOnce) {
        between++;
        assert.equal(shown, 'unclassified', text);
      }
    }
    assert.ok(between > 0, 'no sentence with a vote past the threshold of several mentions');
  });

  it('leaves a hyphenated compound of common words out of the name beside it', () => {
    const text = 'Fans of the Qollvex Agency each wore a Qollvex Agency T-shirt. The Varrin Prize-winner Jane Roe spoke, and Ticket-taker Tom Brisk listened.';
    assert.deepEqual(named(text).filter((e) => e.kind === 'organization').map((e) => e.name), ['Qollvex Agency']);
    assert.ok(!names(text).some((n) => n.includes('-')), names(text).join(', '));
    assert.equal(kindOf(text, 'Jane Roe'), 'person');
    assert.equal(kindOf(text, 'Tom Brisk'), 'person');
    // Romanised given names join short syllables that may be English words: they stay.
    const given = 'Mayor Hau Lung-bin opened the fair. Ban Ki-moon and Kim Jong-un were not there.';
    for (const n of ['Hau Lung-bin', 'Ban Ki-moon', 'Kim Jong-un']) assert.ok(names(given).includes(n), `${n}: ${names(given).join(', ')}`);
  });

  it('reads a local office between a place and a name as a title', () => {
    const text = 'On Monday, Dorvale County Supervisor Jane Kimball spoke. Vice-President Joe Varrow and Comptroller Anna Qoll listened.';
    assert.equal(kindOf(text, 'Jane Kimball'), 'person');
    assert.equal(kindOf(text, 'Joe Varrow'), 'person');
    assert.equal(kindOf(text, 'Anna Qoll'), 'person');
    assert.ok(!names(text).some((n) => /Supervisor|Vice|Comptroller/.test(n)), names(text).join(', '));
  });

  it('leaves a sentence\'s full stop out of a web address that ends it, and keeps the periods of initials', () => {
    const text = 'Donations poured in to Qollvex.org. The group said the U.S. and Qoll Corp. would match them.';
    const spans = named(text).flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
    assert.ok(spans.includes('Qollvex.org'), spans.join(', '));
    assert.ok(spans.includes('U.S.'), spans.join(', '));
    assert.ok(spans.includes('Qoll Corp.'), spans.join(', '));
  });

  it('reads "The" after a dateline\'s dash as a sentence\'s first word, not an article before a body\'s name', () => {
    for (const text of ['DORVALE (Reuters) - The Qollish government denied the report on Monday.',
      'DORVALE, Ohio \u2014 The Qollard administration announced plans on Tuesday.', 'VELLMAR - The Democratic contest is close.']) {
      assert.ok(!named(text).some((e) => e.kind === 'organization' && /^(Qollish|Qollard|Democratic)$/.test(e.name)), text);
    }
    // In a sentence, "The" before a capitalised run still opens a body's name.
    assert.equal(named('Officials said The Qollard Institute would close.').find((e) => e.name === 'Qollard Institute')?.kind, 'organization');
  });

  it('reads no place into a two-word possessive name after "in", so the owner is not listed twice', () => {
    const text = 'Donald Qollard spoke on Monday. The lamp stands in Zelvanka Qollard\'s den. Zelvanka Qollard strode across the stage.';
    assert.ok(!named(text).some((e) => e.kind === 'place'), named(text).map((e) => `${e.kind} ${e.name}`).join(', '));
    assert.equal(named(text).filter((e) => e.name === 'Zelvanka Qollard').length, 1);
    // Without the possessive, a name after "in" is still a place.
    assert.equal(named('Sailors waited in Kelvora Bay for a week.').find((e) => e.name === 'Kelvora Bay')?.kind, 'place');
  });
});

describe('entities: an honorific picks among people who share a surname', () => {
  it('gives "Mr. Roe" to the man, not to the woman named in full since', () => {
    const text = 'Donald Talvorne met voters on Monday. His daughter Mary Talvorne spoke first. Mr. Talvorne then thanked the crowd.';
    const people = analyze(text).entities.filter((e) => e.kind === 'person');
    const holder = people.find((e) => e.mentions.some((m) => text.slice(m.start, m.end).includes('Talvorne') && text.slice(m.start - 4, m.start) === 'Mr. '));
    assert.ok(holder, people.map((e) => `${e.name}: ${e.mentions.map((m) => text.slice(m.start, m.end)).join(' | ')}`).join('; '));
    assert.equal(holder.name, 'Donald Talvorne');
  });
});
