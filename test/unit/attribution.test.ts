import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { cutAtInner, defaultModel, detectCues, findAttributions, keptOutsideOthers, type AttributionTrace } from '../../src/core/attribution';
import { contentOf, ownContent, pollCues } from '../../src/core/attribution/content';
import { cueHead, prepare } from '../../src/core/attribution/training';
import { CONFIDENCE_TEMPLATES, KEEP_TEMPLATES } from '../../src/core/attribution';
import { docTokens, hash, type DocTokens } from '../../src/core/attribution/doc';
import { CUE_TEMPLATES, HashSet } from '../../src/core/attribution/features';
import { SOURCE_TEMPLATES } from '../../src/core/attribution/sources';
import { packedWeights, packWeights, WeightTable } from '../../src/core/attribution/model';
import { toBrat, BRAT_ANNOTATION_CONF } from '../../src/core/formats/brat';
import { explainAttributions } from '../../src/core/formats/explain';
import { toTable } from '../../src/core/formats/table';
import { segment } from '../../src/core/text/segment';
import type { Attribution } from '../../src/core/types';

// The attribution pass on sentences written for these tests, one per strategy.

const only = (text: string): Attribution => {
  const a = analyze(text).attributions;
  assert.equal(a.length, 1, `one attribution expected in ${JSON.stringify(text)}, got ${JSON.stringify(a.map((x) => x.content.map((c) => c.text)))}`);
  return a[0];
};
const contentText = (a: Attribution) => a.content.map((c) => c.text).join(' … ');
/** The first token of the store for which `f` holds, -1 when none does. */
const tokenWhere = (d: DocTokens, f: (i: number) => boolean): number => {
  for (let i = 0; i < d.toks.length; i++) if (f(i)) return i;
  return -1;
};

describe('attributions: strategies', () => {
  it('cue-before: "X said (that) Y", the content starting at "that" after an adjunct', () => {
    const a = only('Senator Tom Hale said on Tuesday that the bridge would reopen in May.');
    assert.equal(a.kind, 'reported');
    assert.equal(a.strategy, 'cue-before');
    assert.equal(contentText(a), 'that the bridge would reopen in May');
    assert.equal(a.cue?.text, 'said');
    assert.match(a.source?.text ?? '', /Tom Hale$/);
  });

  it('cue-before with a pronoun source and a belief verb', () => {
    const a = only('She believes the vote will be close.');
    assert.equal(a.source?.text, 'She');
    assert.equal(a.source?.kind, 'pronoun');
    assert.equal(a.cue?.text, 'believes');
    assert.equal(contentText(a), 'the vote will be close');
  });

  it('cue-before with the phrase cue "has learned" and a named organization', () => {
    const a = only('The Gazette has learned that the plant will close next year.');
    assert.equal(contentText(a), 'that the plant will close next year');
    assert.match(a.source?.text ?? '', /Gazette$/);
  });

  it('cue-after: "Y, X said" and the inverted "Y, said X, the engineer"', () => {
    const a = only('The bridge will reopen in May, the mayor said on Tuesday.');
    assert.equal(a.strategy, 'cue-after');
    assert.equal(contentText(a), 'The bridge will reopen in May');
    assert.equal(a.source?.text, 'the mayor');
    const b = only("The bridge will reopen in May, said Ana Ortiz, the city's chief engineer.");
    assert.equal(b.strategy, 'cue-after');
    assert.equal(contentText(b), 'The bridge will reopen in May');
    assert.equal(b.source?.text, 'Ana Ortiz');
  });

  it('cue-after, inverted, when the content ends in a clause that reads like an apposition: "Y, while Z, said X, the official"', () => {
    // from the left, "while others are not meaningful to voters," looks like an apposition of a speaker before "said"
    const a = only('Some claims are hard to prove, while others are not meaningful to voters, said Grant Green, a security official.');
    assert.equal(a.strategy, 'cue-after');
    assert.equal(contentText(a), 'Some claims are hard to prove, while others are not meaningful to voters');
    assert.equal(a.source?.text, 'Grant Green');
    // title words before the name, a place after it
    const b = only('Even Brazil has more pull through its films, says political analyst Marta Lind in Lisbon.');
    assert.equal(contentText(b), 'Even Brazil has more pull through its films');
    assert.equal(b.source?.text, 'Marta Lind');
    // a name before the comma is the speaker, and what follows the cue is the content
    const c = only('Ana Ortiz, in a speech on Friday, said Carlos Ruiz, the treasurer, had resigned.');
    assert.equal(c.source?.text, 'Ana Ortiz');
    assert.match(contentText(c), /^Carlos Ruiz/);
  });

  it('cue-after with a place or a hearer after the cue: "Y, she said over breakfast", "Y, X told me"', () => {
    const a = only('The vote was rigged, she said over breakfast at a diner near the capitol.');
    assert.equal(contentText(a), 'The vote was rigged');
    assert.equal(a.source?.text, 'she');
    const b = only('The deal is dead, Ortiz told me.');
    assert.equal(contentText(b), 'The deal is dead');
    assert.equal(b.source?.text, 'Ortiz');
  });

  it('a reporting-verb form after an article or a genitive can be the source: "The report shows …"', () => {
    const a = only('The report shows that the council overspent on roads last year.');
    assert.equal(contentText(a), 'that the council overspent on roads last year');
    assert.match(a.source?.text ?? '', /report$/);
    const b = only("The ministry's reports suggest that exports fell in the spring.");
    assert.match(b.source?.text ?? '', /reports$/);
  });

  it('a capitalised compound that modifies a noun is no source of its own: "The Ohio-based group said …"', () => {
    const a = only('The Ohio-based group said that the plant would close in May.');
    assert.match(a.source?.text ?? '', /group$/);
    const b = only('A Kenya-led coalition warned that the talks had stalled.');
    assert.match(b.source?.text ?? '', /coalition$/);
  });

  it('"one" and "another" standing alone can be the source: "One said that …"', () => {
    const said = (text: string) => analyze(text).attributions.find((x) => x.content.some((c) => c.text.includes('budget')));
    assert.equal(said('Two officials spoke after the vote. One said that the budget would pass easily.')?.source?.text, 'One');
    assert.equal(said('Two officials spoke after the vote. Another insisted that the budget would fail.')?.source?.text, 'Another');
  });

  it('cue-after for a passive cue with its agent: "Y was criticized by X"', () => {
    const a = only('The new tax plan was sharply criticized by the local unions.');
    assert.equal(a.strategy, 'cue-after');
    assert.equal(contentText(a), 'The new tax plan');
    assert.match(a.source?.text ?? '', /unions$/);
  });

  it('colon: "X told reporters: Y"', () => {
    const a = only('The governor told reporters: the budget is balanced and taxes will not rise.');
    assert.equal(a.strategy, 'colon');
    assert.equal(contentText(a), 'the budget is balanced and taxes will not rise');
    assert.equal(a.source?.text, 'The governor');
  });

  it('according-to, before and after the content, and "as X noted"', () => {
    const a = only('According to two officials, the talks stalled over water rights.');
    assert.equal(a.strategy, 'according-to');
    assert.equal(a.cue?.text, 'According to');
    assert.equal(contentText(a), 'the talks stalled over water rights');
    assert.equal(a.source?.text, 'two officials');
    const b = only('The talks stalled over water rights, according to two officials.');
    assert.equal(contentText(b), 'The talks stalled over water rights');
    assert.equal(b.source?.text, 'two officials');
    const c = only('As the mayor noted, the bridge is older than the city itself.');
    assert.equal(c.strategy, 'according-to');
    assert.equal(contentText(c), 'the bridge is older than the city itself');
    assert.equal(c.source?.text, 'the mayor');
  });

  it('direct quotes introduced by one cue form one statement with several fragments', () => {
    const a = only('Ana Ortiz sat down. “We will win,” she said. “Nothing can stop us now.”');
    assert.equal(a.kind, 'direct');
    assert.equal(a.strategy, 'cue-after');
    assert.deepEqual(a.content.map((c) => c.text), ['“We will win,”', '“Nothing can stop us now.”']);
    assert.equal(a.quoteIds.length, 2);
    assert.equal(a.source?.text, 'she');
  });

  it('continuation: a quote in the next paragraph keeps the speaker, as its own statement', () => {
    const text = 'Ana Ortiz spoke first. “We will win,” she said.\n“Nothing can stop us now.”';
    const atts = analyze(text).attributions;
    assert.equal(atts.length, 2);
    assert.equal(atts[1].strategy, 'continuation');
    assert.equal(atts[1].source?.text, 'she');
    assert.equal(atts[1].cue, null);
  });

  it('a quotation running over paragraphs is one statement, its pieces the fragments', () => {
    const text = 'Mayor Lina Brandt said: “The river rose faster than any model predicted.\n“We will rebuild the levee before the spring.”\nThe council meets on Monday.';
    const analysis = analyze(text);
    assert.equal(analysis.quotes.length, 2, JSON.stringify(analysis.quotes.map((q) => q.text)));
    const direct = analysis.attributions.filter((a) => a.kind === 'direct');
    assert.equal(direct.length, 1, JSON.stringify(direct.map((a) => a.content.map((c) => c.text))));
    assert.deepEqual(direct[0].quoteIds, analysis.quotes.map((q) => q.id));
    assert.equal(direct[0].content.length, 2);
    assert.match(direct[0].source?.text ?? '', /Brandt$/);
  });

  it('transcript: a speaker label before a quotation', () => {
    const a = only('REYES: “We are ready for the vote.”');
    assert.equal(a.strategy, 'transcript');
    assert.equal(a.source?.text, 'REYES');
  });

  it('mixed: a reported clause that quotes in part carries the quote', () => {
    const analysis = analyze('Tom Hale said that the deal was “a disaster for everyone” and should be scrapped.');
    assert.equal(analysis.attributions.length, 1);
    const a = analysis.attributions[0];
    assert.equal(a.kind, 'mixed');
    assert.equal(contentText(a), 'that the deal was “a disaster for everyone” and should be scrapped');
    assert.deepEqual(a.quoteIds, [analysis.quotes[0].id]);
    assert.equal(analysis.quotes[0].attributionId, a.id);
    assert.equal(analysis.quotes[0].confidence, a.confidence);
  });

  it('ends a content where a clause with a cue of its own starts', () => {
    const atts = analyze('Hale said the plan would fail, while Ortiz, who praised it, said it would pass.').attributions;
    const hale = atts.find((a) => a.source?.text === 'Hale');
    assert.ok(hale, JSON.stringify(atts.map((a) => a.source?.text)));
    assert.equal(contentText(hale), 'the plan would fail');
  });

  it('ends a content at "and" or "but" before a second reporting verb of the same speaker', () => {
    const atts = analyze('The mayor said the plan was sound but warned that costs could rise.').attributions;
    assert.deepEqual(atts.map((a) => [a.cue?.text, contentText(a)]), [['said', 'the plan was sound'], ['warned', 'that costs could rise']]);
    assert.ok(atts.every((a) => a.source?.text === 'The mayor'), JSON.stringify(atts.map((a) => a.source?.text)));
  });

  it('ends the content of "Y, X said, Z" before a participle clause Z: it tells what the speaker did', () => {
    const atts = analyze('The bridge will reopen in May, the mayor said, explaining how the repairs had gone faster than planned.').attributions;
    const said = atts.find((a) => a.cue?.text === 'said');
    assert.equal(said && contentText(said), 'The bridge will reopen in May');
    // a clause that is no participle still belongs to the content
    assert.equal(contentText(only('The bridge will reopen in May, the mayor said, and the budget will not grow.')), 'The bridge will reopen in May … and the budget will not grow');
  });

  it('ends a content at "and" or "but" before a participle clause of the speaker', () => {
    const atts = analyze('The mayor said the bridge would reopen in May, and calling for patience from the drivers.').attributions;
    const said = atts.find((a) => a.cue?.text === 'said');
    assert.equal(said && contentText(said), 'the bridge would reopen in May');
    const b = analyze('The mayor said the bridge would reopen in May but declining to give a date for the work.').attributions.find((a) => a.cue?.text === 'said');
    assert.equal(b && contentText(b), 'the bridge would reopen in May');
  });

  it('tells each token its sentence, paragraph and quotation', () => {
    const text = 'The mayor spoke. She said “we won” then left.\nA new line “here” ends.';
    const { paragraphs, sentences } = segment(text);
    const quoteSpans = [{ start: text.indexOf('“we'), end: text.indexOf('then') - 1 }, { start: text.indexOf('“here'), end: text.indexOf(' ends') }];
    const d = docTokens(text, paragraphs, sentences, quoteSpans);
    const at = (w: string) => tokenWhere(d, (i) => d.toks.text(i) === w);
    assert.deepEqual(['mayor', 'She', 'won', 'left', 'new', 'here'].map((w) => [d.sent[at(w)], d.para[at(w)], d.quote[at(w)]]),
      [[0, 0, -1], [1, 0, -1], [1, 0, 0], [1, 0, -1], [2, 1, -1], [2, 1, 1]]);
    // the marks belong to their quotation
    assert.equal(d.quote[tokenWhere(d, (i) => d.toks.text(i) === '”')], 0);
  });

  it('reads no cue in a caption or an adjectival participle', () => {
    assert.deepEqual(analyze('Photo: Reuters').attributions, []);
    const text = 'The council approved the reported plan on Monday.';
    const d = docTokens(text, segment(text).paragraphs, segment(text).sentences, []);
    const reported = tokenWhere(d, (i) => d.toks.lower(i) === 'reported');
    assert.equal(contentOf(d, reported), null);
  });

  it('drops a reported statement whose content lies inside another statement, never a direct one', () => {
    const reported = (...spans: [number, number][]) => ({ kind: 'reported' as const, fragments: spans.map(([start, end]) => ({ start, end })) });
    const direct = (start: number, end: number) => ({ kind: 'direct' as const, fragments: [{ start, end }] });
    // outer [0, 100) holds [40, 90); [95, 140) lies mostly outside it; a direct quote inside stays
    assert.deepEqual(keptOutsideOthers([reported([0, 100]), reported([40, 90]), direct(50, 60), reported([95, 140])]), [true, false, true, true]);
    // the same content twice: the first stays; two fragments count together
    assert.deepEqual(keptOutsideOthers([reported([10, 20], [30, 40]), reported([10, 20], [30, 40])]), [true, false]);
    assert.deepEqual(keptOutsideOthers([reported([0, 30]), reported([20, 40], [60, 80])]), [true, true]);
    // a reported statement inside a direct quote's content goes too
    assert.deepEqual(keptOutsideOthers([direct(0, 50), reported([5, 45])]), [true, false]);
    assert.deepEqual(keptOutsideOthers([]), []);
  });

  it('lets an unsure holder give way to the statement inside it that the keep model likes nearly as well', () => {
    const reported = (keepScore: number, ...spans: [number, number][]) => ({ kind: 'reported' as const, keepScore, fragments: spans.map(([start, end]) => ({ start, end })) });
    const direct = (start: number, end: number) => ({ kind: 'direct' as const, fragments: [{ start, end }] });
    // a holder below 0: the inner one stays instead, if it scores at least the holder's score less 1
    assert.deepEqual(keptOutsideOthers([reported(-0.5, [0, 100]), reported(-1.2, [40, 90])]), [false, true]);
    assert.deepEqual(keptOutsideOthers([reported(-0.5, [0, 100]), reported(-1.6, [40, 90])]), [true, false]);
    // a sure holder stays, whatever the inner one scores
    assert.deepEqual(keptOutsideOthers([reported(0.2, [0, 100]), reported(3, [40, 90])]), [true, false]);
    // only the first inner statement takes the holder's place; a second one inside the holder still goes
    assert.deepEqual(keptOutsideOthers([reported(-1, [0, 100]), reported(-1, [10, 40]), reported(2, [60, 90])]), [false, true, false]);
    // a direct quote never gives way, nor takes a holder's place; statements without keep scores nest as before
    assert.deepEqual(keptOutsideOthers([direct(0, 50), reported(2, [5, 45])]), [true, false]);
    assert.deepEqual(keptOutsideOthers([reported(-1, [0, 100]), direct(40, 60)]), [true, true]);
    assert.deepEqual(keptOutsideOthers([{ kind: 'reported', fragments: [{ start: 0, end: 100 }] }, { kind: 'reported', fragments: [{ start: 40, end: 90 }] }]), [true, false]);
  });

  it('takes an unsure cue heading a clause of its own behind a cue of its sentence, and ends the outer content there', () => {
    const cues = (text: string) => {
      const p = prepare(text, {});
      const model = defaultModel();
      return detectCues(p.d, model).map((c) => ({ word: p.d.toks.lower(c.tok), below: c.score < model.cue.threshold }));
    };
    const contents = (text: string) => findAttributions({ ...prepare(text, {}), keepAll: true }).map((a) => `${a.cue?.text}: ${contentText(a as unknown as Attribution)}`);
    // "think" scores below the cue threshold here, within INNER_CUE_MARGIN of it: a subject of its own after "but"
    const text = 'The chief said the fire was out, but the neighbors think otherwise.';
    assert.deepEqual(cues(text), [{ word: 'said', below: false }, { word: 'think', below: true }]);
    assert.deepEqual(contents(text), ['said: the fire was out', 'think: otherwise']);
    assert.deepEqual(contents('The chief said the fire was out and the neighbors think otherwise.'), ['said: the fire was out', 'think: otherwise']);
    // no clause boundary before its subject: what "said" introduces, no cue of its own
    assert.deepEqual(cues('The chief said that the neighbors think otherwise.'), [{ word: 'said', below: false }]);
  });

  it('keeps the clause inside an unsure statement, not the statement holding it, in the pass', () => {
    // the committed model makes two statements here: "seemed" holding the whole rest of the sentence, kept with a
    // keep score just above the threshold (below 0), and "argue" inside it, which it likes better
    const text = 'The plan seemed popular with teachers who argue that class sizes must shrink.';
    const p = prepare(text, {});
    const all = findAttributions({ ...p, keepAll: true });
    assert.deepEqual(all.map((a) => a.cue?.text), ['seemed', 'argue']);
    const a = only(text);
    assert.equal(a.cue?.text, 'argue');
    assert.equal(contentText(a), 'that class sizes must shrink');
    assert.match(a.source?.text ?? '', /teachers/);
  });

  it('the keep model reads whether a statement lies inside another and whether its cue and source do', () => {
    const text = 'The mayor said that the governor claimed the new bridge would fail within a year.';
    const seg = segment(text);
    const traces: AttributionTrace[] = [];
    const out = findAttributions({ text, ...seg, quotes: [], keepAll: true }, undefined, traces);
    const names = (cue: string) => traces[out.findIndex((a) => a.cue?.text === cue)]?.keepNames ?? [];
    // "claimed" and its source, the governor, stand inside what the mayor said; nothing holds "said"
    assert.ok(names('claimed').includes('nest=1'), names('claimed').join(' '));
    assert.ok(names('claimed').includes('nest|src=1|1'), names('claimed').join(' '));
    assert.ok(names('said').length > 0);
    assert.ok(!names('said').some((n) => n.startsWith('nest')), names('said').join(' '));
  });

  it('cuts a content that holds another statement where that one starts (the keep model\'s training labels)', () => {
    const text = 'The mayor backed the plan because she worries that costs will rise, and the governor said the bridge would fail.';
    const at = (w: string, from = 0) => ({ start: text.indexOf(w, from), end: text.indexOf(w, from) + w.length });
    const st = (kind: 'reported' | 'mixed' | 'direct', cue: string, source: string | null, ...content: string[]) =>
      ({ kind, cue: at(cue), source: source ? at(source) : null, fragments: content.map((c) => at(c)) });
    const holder = st('reported', 'backed', 'The mayor', 'the plan because she worries that costs will rise');
    const inner = st('reported', 'worries', 'she', 'that costs will rise');
    // the outer content ends before the inner source, without its joining "because"
    const cut = cutAtInner(text, [holder, inner]);
    assert.deepEqual(cut[0], [at('the plan')]);
    assert.equal(cut[1], null);
    // a direct statement inside cuts nothing; nor does one whose cue lies outside the content
    assert.deepEqual(cutAtInner(text, [holder, { ...inner, kind: 'direct' }]), [null, null]);
    assert.deepEqual(cutAtInner(text, [holder, st('reported', 'said', 'the governor', 'costs will rise')]), [null, null]);
    // nothing is left before the inner statement: no cut (the outer content is the governor's whole statement)
    const wide = st('reported', 'backed', 'The mayor', 'the governor said the bridge would fail');
    assert.deepEqual(cutAtInner(text, [wide, st('reported', 'said', 'the governor', 'the bridge would fail')]), [null, null]);
    // two statements with the same content: neither holds the other
    assert.deepEqual(cutAtInner(text, [inner, { ...inner, cue: at('that') }]), [null, null]);
  });

  it('ends a one-word content before the speaker\'s next verb: "praised Ohio and said …"', () => {
    const text = 'The senator praised Ohio and said the state would decide the race.';
    const d = docTokens(text, segment(text).paragraphs, segment(text).sentences, []);
    const praised = tokenWhere(d, (i) => d.toks.lower(i) === 'praised');
    const rule = contentOf(d, praised);
    assert.ok(rule);
    assert.deepEqual(rule.fragments.map((f) => text.slice(d.toks.start(f.from), d.toks.end(f.to - 1))), ['Ohio']);
  });

  it('ends the content of a stance verb at a comma before a name or a pronoun and its reporting verb: ", Roe cast …"', () => {
    const at = (text: string, cue: string) => {
      const d = docTokens(text, segment(text).paragraphs, segment(text).sentences, []);
      const rule = contentOf(d, tokenWhere(d, (i) => d.toks.lower(i) === cue));
      return rule?.fragments.map((f) => text.slice(d.toks.start(f.from), d.toks.end(f.to - 1)));
    };
    assert.deepEqual(at('The senator openly attacked the governor, Mary Roe cast her rival as weak on trade.', 'attacked'), ['the governor']);
    assert.deepEqual(at('The senator praised the new budget, she argued that it was fair.', 'praised'), ['the new budget']);
    // after a verb of saying the clause may be the content's own
    assert.deepEqual(at('The senator said the budget was late, Roe argued, and the roads were bad.', 'said'), ['the budget was late, Roe argued, and the roads were bad']);
    // a name and no reporting verb after the comma: the content goes on
    assert.deepEqual(at('The senator praised the budget, Ohio and the roads.', 'praised'), ['the budget, Ohio and the roads']);
  });

  it('finds no content in an adjunct of place or time alone: "She spoke in Dorvale."', () => {
    const at = (text: string, cue: string) => {
      const d = docTokens(text, segment(text).paragraphs, segment(text).sentences, []);
      const rule = contentOf(d, tokenWhere(d, (i) => d.toks.lower(i) === cue));
      return rule?.fragments.map((f) => text.slice(d.toks.start(f.from), d.toks.end(f.to - 1))) ?? null;
    };
    assert.equal(at('The minister spoke in Dorvale on Friday.', 'spoke'), null);
    assert.equal(at('The senator spoke at a rally near the capital.', 'spoke'), null);
    // a clause after the adjunct is content, and so is a complement that is no adjunct
    assert.deepEqual(at('The minister said in Dorvale that the border would stay open.', 'said'), ['that the border would stay open']);
    assert.deepEqual(at('The minister warned of a long winter.', 'warned'), ['of a long winter']);
    assert.ok(!analyze('date 2022-04-02\nMinister Jane Qollard said the posts would stay open. She spoke in Dorvale.\n').attributions
      .some((a) => a.content.some((f) => f.text === 'in Dorvale')));
  });

  it('takes a gold cue\'s head from the verb and noun-cue tables when its first word is in neither (training labels)', () => {
    const head = (text: string, cue: string) => {
      const d = docTokens(text, segment(text).paragraphs, segment(text).sentences, []);
      const h = cueHead(d, text.indexOf(cue), text.indexOf(cue) + cue.length);
      return h < 0 ? null : d.toks.lower(h);
    };
    // auxiliaries and adverbs are skipped, as before
    assert.equal(head('The mayor has long said the bridge is safe.', 'has long said'), 'said');
    // a word outside the tables gives way to the table word after it
    assert.equal(head('The governor has yet to endorse the new budget.', 'has yet to endorse'), 'endorse');
    assert.equal(head('In a statement, the club denied the report.', 'In a statement'), 'statement');
    assert.equal(head('Most voters tended to support the plan.', 'tended to support'), 'support');
    // a cue with no table word keeps its first word
    assert.equal(head('The council was glad about the vote.', 'was glad about'), 'glad');
  });

  it('ends a content before a clause with a cue and a subject of its own ("…, but critics say …", "— he told …")', () => {
    // the cue heads are given (as the classifier's would be), so only the sentence shape decides
    const at = (text: string, cue: string, others: string[]) => {
      const d = docTokens(text, segment(text).paragraphs, segment(text).sentences, []);
      const flags = new Uint8Array(d.toks.length);
      for (let i = 0; i < d.toks.length; i++) if (others.includes(d.toks.lower(i)) || d.toks.lower(i) === cue) flags[i] = 1;
      const rule = contentOf(d, tokenWhere(d, (i) => d.toks.lower(i) === cue), flags);
      return rule?.fragments.filter((f) => f.to > f.from).map((f) => text.slice(d.toks.start(f.from), d.toks.end(f.to - 1))) ?? null;
    };
    // a joiner, a dash, a colon or a parenthesis before a subject and its finite verb
    assert.deepEqual(at('The mayor defended the new budget but critics say it will fail.', 'defended', ['say']), ['the new budget']);
    assert.deepEqual(at('The mayor praised the budget - others said it was too small.', 'praised', ['said']), ['the budget']);
    assert.deepEqual(at('Lee said the deal would close soon, while the bank has warned of delays.', 'said', ['warned']), ['the deal would close soon']);
    assert.deepEqual(at('Lee seems to accept the ruling — he told the paper that he would not appeal.', 'accept', ['told']), ['the ruling']);
    // a subject that opens the content of a noun or stance cue: the cue has no content, the inner statement stands
    assert.equal(at('The board repeated its assertion that Roe said the merger was sound.', 'assertion', ['said']), null);
    // kept whole: a subject that opens what a verb of saying introduces, a coordinated subject, a relative clause
    // without a comma, a subordinate clause, a noun after a possessive, a dash closing an aside
    assert.deepEqual(at('The union said she and her husband had opted out of the strike.', 'said', ['opted']), ['she and her husband had opted out of the strike']);
    assert.deepEqual(at('Roe said the mayor believes the plan is sound.', 'said', ['believes']), ['the mayor believes the plan is sound']);
    assert.deepEqual(at('The senator criticized the voters who said the plan was sound.', 'criticized', ['said']), ['the voters who said the plan was sound']);
    assert.deepEqual(at('Lee said he was calm until the mayor said the vote was rigged.', 'said', ['said']), ['he was calm until the mayor said the vote was rigged']);
    assert.deepEqual(at('Lee defended the plan and his support for the new tax.', 'defended', ['support']), ['the plan and his support for the new tax']);
    assert.deepEqual(at('Lee said the word — a term others used — Roe coined was apt.', 'said', ['coined']), ['the word — a term others used — Roe coined was apt']);
  });

  it('places the content of a stance verb, a passive cue, a noun cue with its holder after "from" and "That\'s according to"', () => {
    const rule = (text: string, cue: string) => {
      const d = docTokens(text, segment(text).paragraphs, segment(text).sentences, []);
      const r = contentOf(d, tokenWhere(d, (i) => d.toks.lower(i) === cue));
      const show = (a: number, b: number) => text.slice(d.toks.start(a), d.toks.end(b - 1));
      return r ? { content: r.fragments.map((f) => show(f.from, f.to)), source: r.ruleSource ? text.slice(r.ruleSource.start, r.ruleSource.end) : null } : null;
    };
    // a one-word object ends at ", saying …" as a longer one does; "and has called for …" is the speaker's next verb
    assert.deepEqual(rule('The senator attacked Lee, saying he had misled the voters.', 'attacked')?.content, ['Lee']);
    assert.deepEqual(rule('The mayor praised the budget and has called for more teachers.', 'praised')?.content, ['the budget']);
    assert.deepEqual(rule('The mayor praised the budget but did note the cost of the roads.', 'praised')?.content, ['the budget']);
    // a passive cue with an adjunct before its agent: the subject and the adjunct
    assert.deepEqual(rule('The new plan was endorsed in Ohio by the teachers union.', 'endorsed'), { content: ['The new plan', 'in Ohio'], source: 'the teachers union' });
    // no agent: the subject's clause, when only a time or a place follows; "seen as X" keeps its content after the cue
    assert.deepEqual(rule('Late on Monday, the new plan was first announced in Ohio.', 'announced'), { content: ['the new plan'], source: null });
    assert.notDeepEqual(rule('The new plan was seen as a failure.', 'seen')?.content, ['The new plan']);
    // after "has" the cue is active: its object follows
    assert.deepEqual(rule('The mayor has accused Lee of lying by omission.', 'accused')?.content, ['Lee of lying by omission']);
    // "Y drew support from X": Y is what X supports
    assert.deepEqual(rule('Mr. Lee drew broad support from the unions.', 'support'), { content: ['Lee'], source: 'the unions' });
    // the noun's own content after its holder stays: "criticism from rivals that …"
    assert.notDeepEqual(rule('The governor faced criticism from rivals that the plan was late.', 'criticism')?.content, ['The governor']);
    assert.deepEqual(rule("That's according to a new survey of the city's voters.", 'according')?.content, ["That's"]);
  });

  it('keeps the content of a cue the quote pass gave to a quotation only when it is a statement of its own', () => {
    const own = (text: string, cue: string) => {
      const d = docTokens(text, segment(text).paragraphs, segment(text).sentences, []);
      const c = tokenWhere(d, (i) => d.toks.lower(i) === cue);
      const r = contentOf(d, c);
      assert.ok(r, text);
      return ownContent(d, c, r);
    };
    assert.equal(own('The mayor noted that the bridge was old', 'noted'), true);
    assert.equal(own('The mayor urged the voters to stay home', 'urged'), true);
    assert.equal(own('The senator praised the new budget', 'praised'), true);
    // a hearer, an adjunct, a participle clause: only the way to the quotation
    assert.equal(own('The mayor told cheering supporters in Ohio', 'told'), false);
    assert.equal(own('The mayor said on Monday during a long visit to the new plant', 'said'), false);
    assert.equal(own('The mayor said, alluding to the storm', 'said'), false);
  });

  it('makes no statement of a sentence-opening "Asked about X, Y said …" (a topic), but one of "Asked whether …"', () => {
    const at = (text: string) => {
      const d = docTokens(text, segment(text).paragraphs, segment(text).sentences, []);
      return contentOf(d, tokenWhere(d, (i) => d.toks.lower(i) === 'asked'));
    };
    assert.equal(at('Asked about the budget, the mayor said the city would borrow.'), null);
    assert.ok(at('Asked whether the budget was balanced, the mayor said it was.'));
  });

  it('a sentence-opening "In <a poll>, Y" is a cue of its own: Y, said by the poll (according-to)', () => {
    const text = 'The race is close. In a new Harlow College poll released Monday, most voters said the economy was improving.';
    const d = docTokens(text, segment(text).paragraphs, segment(text).sentences, []);
    const cues = pollCues(d);
    assert.equal(cues.length, 1);
    assert.equal(d.toks.text(cues[0]), 'In');
    const rule = contentOf(d, cues[0]);
    assert.ok(rule);
    assert.equal(rule.strategy, 'according-to');
    assert.deepEqual(rule.fragments.map((f) => text.slice(d.toks.start(f.from), d.toks.end(f.to - 1))), ['most voters said the economy was improving']);
    assert.match(text.slice(rule.ruleSource?.start ?? 0, rule.ruleSource?.end ?? 0), /Harlow College/);
    // no poll in the opening phrase, or the phrase not opening the sentence: no cue
    for (const other of ['In a new speech, the mayor praised the council.', 'Most voters, in a new poll, said the economy was improving.']) {
      const e = docTokens(other, segment(other).paragraphs, segment(other).sentences, []);
      assert.deepEqual(pollCues(e), [], other);
    }
  });

  it('no reported statement lies inside another one (the gold of the training corpus never nests contents)', () => {
    const text = 'Reyes told reporters that the minister denied the story. The union said workers fear the company will close the plant.';
    const atts = analyze(text).attributions;
    assert.deepEqual(atts.map((a) => a.cue?.text), ['told', 'said']);
    const size = (a: Attribution) => a.content.reduce((n, c) => n + c.end - c.start, 0);
    for (const a of atts) {
      if (a.kind === 'direct') continue;
      for (const b of atts) {
        if (a === b) continue;
        let o = 0;
        for (const x of a.content) for (const y of b.content) o += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
        assert.ok(o < size(a) * 0.8, `${contentText(a)} lies inside ${contentText(b)}`);
      }
    }
  });

  it('a cue that ends the text, after an empty quotation, fails no pass', () => {
    for (const text of ['Monday " " said', 'The rules, Hale said', 'Tuesday “” told']) {
      const errors = analyze(text).diagnostics.filter((x) => x.severity === 'error');
      assert.deepEqual(errors, [], JSON.stringify(text));
    }
  });
});

describe('attributions: model, confidence and views', () => {
  const text = 'date 2021-03-19\nSenator Alma Reyes said on Monday that the bill would pass. “We will vote,” she said. According to officials, the talks stalled.\n';

  it('gives every attribution an id in reading order, a confidence in [0, 1] and a source linked to its entity', () => {
    const a = analyze(text);
    assert.deepEqual(a.attributions.map((x) => x.id), ['a1', 'a2', 'a3']);
    for (const x of a.attributions) assert.ok(x.confidence >= 0 && x.confidence <= 1, String(x.confidence));
    const reyes = a.entities.find((e) => e.name === 'Alma Reyes');
    assert.ok(reyes);
    assert.equal(a.attributions[0].sourceId, reyes.id);
    assert.deepEqual(reyes.attributionIds, ['a1', 'a2']);
  });

  it('is deterministic and pure: the same text gives the same attributions and traces', () => {
    const seg = segment(text);
    const quotes = analyze(text).quotes;
    const t1: AttributionTrace[] = [];
    const t2: AttributionTrace[] = [];
    const r1 = findAttributions({ text, ...seg, quotes }, undefined, t1);
    const r2 = findAttributions({ text, ...seg, quotes }, undefined, t2);
    assert.deepEqual(r1, r2);
    assert.deepEqual(t1, t2);
    assert.equal(t1.length, r1.length);
  });

  it('explains each attribution: strategy, cue scores, ranked candidates and why the winner won', () => {
    const out = explainAttributions(text, {}, 'test');
    assert.match(out, /^== test: 3 attribution\(s\)/);
    assert.match(out, /a1 reported · cue-before · confidence \d\.\d\d/);
    assert.match(out, /cue: “said” \[\d+-\d+\] \(cue score -?\d+\.\d\d ≥ -?\d+\.\d\d; second look/);
    assert.match(out, /candidates \(ranker score\):\n\s+-?\d+\.\d\d {2}Alma Reyes {2}\(sentence shape\)/);
    assert.match(out, /why: “Alma Reyes” scored highest/);
    assert.match(out, /a3 reported · according-to/);
  });

  it('writes reported statements to brat as Statement with Said_by, Cue_of and a Confidence attribute', () => {
    const a = analyze(text);
    const ann = toBrat(text, a);
    const statement = /^(T\d+)\tStatement (\d+) (\d+)\tthat the bill would pass$/m.exec(ann);
    assert.ok(statement, ann);
    const speaker = /^(T\d+)\tSpeaker \d+ \d+\tAlma Reyes$/m.exec(ann);
    assert.ok(speaker, ann);
    assert.match(ann, new RegExp(`^R\\d+\\tSaid_by Arg1:${statement[1]} Arg2:${speaker[1]}$`, 'm'));
    assert.match(ann, new RegExp(`^R\\d+\\tCue_of Arg1:T\\d+ Arg2:${statement[1]}$`, 'm'));
    assert.match(ann, new RegExp(`^A\\d+\\tConfidence ${statement[1]} (High|Medium|Low)$`, 'm'));
    assert.match(BRAT_ANNOTATION_CONF, /^Said_by\tArg1:Quote\|Statement, Arg2:Speaker$/m);
    assert.match(BRAT_ANNOTATION_CONF, /^Confidence\tArg:Quote\|Statement, Value:High\|Medium\|Low$/m);
  });

  it('lists reported statements under their speaker in the table', () => {
    const table = toTable(analyze(text), 'test');
    assert.match(table, /reported statements \(2\)/);
    assert.match(table, /Alma Reyes — Senator \[person\] 1 quote\(s\), 1 reported statement\(s\)\n.*“We will vote,”.*\n.*\[reported\] that the bill would pass/);
    assert.match(table, /\(unresolved source\) 1 reported statement\(s\)\n.*the talks stalled {2}\(officials According to/);
  });
});

describe('attribution lookup tables', () => {
  it('the cross-document word cache answers the same after it grows, for capitalised, curly and repeated words', () => {
    // Made-up words, many more than the cache's first table holds, so it doubles several times between two readings.
    const made = (k: number): string => `zq${k.toString(36)}x`;
    const sentence = (from: number, n: number): string => {
      const ws: string[] = [];
      for (let k = from; k < from + n; k++) ws.push(k % 3 === 0 ? made(k).toUpperCase() : k % 3 === 1 ? `${made(k)}\u2019s` : made(k));
      return `${ws.join(' ')}, said the Mayor.`;
    };
    const read = (text: string): DocTokens => docTokens(text, [{ start: 0, end: text.length }], [{ start: 0, end: text.length }], []);
    const check = (text: string): string[] => {
      const d = read(text);
      const lowers: string[] = [];
      for (let i = 0; i < d.toks.length; i++) {
        const lower = d.toks.lower(i);
        assert.equal(lower, d.toks.text(i).toLowerCase().replace(/\u2019/g, "'"));
        assert.equal(d.hash[i], hash(lower), lower);
        lowers.push(lower);
      }
      return lowers;
    };
    const first = sentence(0, 300);
    const before = check(first);
    for (let k = 1; k <= 40; k++) check(sentence(k * 1000, 1000));
    assert.deepEqual(check(first), before);
    assert.ok(before.includes('mayor') && before.includes('said') && before.includes(','));
  });

  it('a typed hash set answers as a Set does, zero and colliding probes included', () => {
    const members = [0, 1, 7, 4096, 0x3fffffff, -5, 123456789];
    const set = new HashSet(members);
    for (const m of members) assert.ok(set.has(m), `has ${m}`);
    for (const x of [2, 3, 8, 4097, -6, 0x3ffffffe]) assert.ok(!set.has(x), `lacks ${x}`);
    assert.ok(!new HashSet([5]).has(0));
  });

  it('a weight table returns each weight, and 0 for a feature it does not hold', () => {
    const weights: Record<string, number> = { '17': 0.25, '-3': -1.5, '2147483647': 3, '-2147483648': 0.125 };
    const table = new WeightTable(weights);
    for (const [k, v] of Object.entries(weights)) assert.equal(table.get(Number(k)), v);
    assert.equal(table.get(18), 0);
  });

  it('a weight table sums the weights of a feature list as gets in list order do, misses and repeats included', () => {
    const weights: Record<string, number> = { '17': 0.1, '-3': 0.2, '5': -0.3, '2147483647': 1e-17, '-2147483648': 7 };
    const table = new WeightTable(weights);
    const lists = [[], [18], [17, -3, 5], [5, -3, 17], [2147483647, 17, 17, 18, -2147483648, 0, -3], [0, 1, 2, 3, 4]];
    for (const f of lists) {
      let s = 0;
      for (const x of f) s += table.get(x);
      assert.equal(Object.is(table.sum(f), s), true, `[${f.join(', ')}]: ${table.sum(f)} against ${s}`);
    }
    assert.equal(Object.is(table.sum([18, 19]), 0), true);
  });

  it('a packed weight list (the bundles\' form of model.json) makes the same table as the list it packs', () => {
    // '0' (an empty slot's key, read as 1) and '1' land on one key, and 2^32 + 17 wraps to 17: the later in
    // Object.keys order wins, in both forms
    const weights: Record<string, number> = { '17': 0.25, '-3': -1.5, '2147483647': 3, '-2147483648': 0.125, '1': 2, '0': 4, '4294967313': 0.5 };
    const packed = packWeights(weights);
    // the bundle carries it as JSON: numbers and weights survive the round trip exactly
    const viaJson = JSON.parse(JSON.stringify(packed)) as Record<string, number>;
    assert.deepEqual(packedWeights(viaJson), [Object.keys(weights).map(Number), Object.keys(weights).map((k) => weights[k])]);
    const plain = new WeightTable(weights);
    const fromPacked = new WeightTable(viaJson);
    for (const x of [17, -3, 2147483647, -2147483648, 1, 0, 17 + 2 ** 32, 18, -4]) assert.equal(fromPacked.get(x), plain.get(x), `feature ${x}`);
    assert.equal(fromPacked.get(1), 2);
    assert.equal(fromPacked.get(17), 0.5);
    assert.equal(fromPacked.get(18), 0);
    assert.equal(packedWeights(weights), null);
  });

  it('each feature template id is the hash of its name that model.json was trained with', () => {
    const enums: Record<string, object> = { CUE_TEMPLATES, SOURCE_TEMPLATES, KEEP_TEMPLATES, CONFIDENCE_TEMPLATES };
    for (const [which, e] of Object.entries(enums)) {
      // a numeric enum maps names to ids and ids back to names
      const ids = new Map(Object.entries(e).filter(([k]) => !/^-?\d+$/.test(k)));
      assert.ok(ids.size > 20, `${which}: ${ids.size} templates`);
      for (const [name, id] of ids) assert.equal(id, hash(`template:${name}`), `${which}.${name}`);
      assert.equal(new Set(ids.values()).size, ids.size, `${which}: distinct ids`);
    }
  });
});
