import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

// Boundaries of typed names (issue 13), second round of s20. Sentences written for the test ("Dorvale", "Qollard" are
// made-up names).
const names = (text: string, kind: string): string[] => analyze(text).entities.filter((e) => e.kind === kind).map((e) => e.name);

describe('entities: name boundaries (s20b)', () => {
  it('takes an "on" complement only after a head that has one', () => {
    const news = 'Jane Roe told Qollard News on Super Tuesday that she would stay in the race.';
    const orgs = names(news, 'organization');
    assert.ok(orgs.includes('Qollard News'), orgs.join(', '));
    assert.ok(!analyze(news).entities.some((e) => e.name.includes(' on ')), orgs.join(', '));
    const show = 'The guests spoke on Dorvale Radio Daily on Qollard Satellite last week.';
    assert.ok(!analyze(show).entities.some((e) => e.name.includes(' on ')), analyze(show).entities.map((e) => e.name).join(', '));
    // A council, a committee or a project names its subject with "on".
    assert.ok(names('Fellows of the Dorvale Council on Trade Policy met on Monday.', 'organization').includes('Dorvale Council on Trade Policy'));
    assert.ok(names('A report by the Project on Budget Oversight was released.', 'organization').includes('Project on Budget Oversight'));
    assert.ok(names('She chairs the Senate Select Committee on Qollard Affairs now.', 'organization').some((n) => n.endsWith('Committee on Qollard Affairs')));
    // A working group and a task force too.
    const group = 'The report of the Dorvale Working Group on Rural Schools was late.';
    assert.ok(names(group, 'organization').includes('Dorvale Working Group on Rural Schools'), names(group, 'organization').join(', '));
  });

  it('keeps a "for" complement of common words after a plural noun of people', () => {
    const water = 'Volunteers from Dorvale Citizens for Clean Water gathered outside the plant.';
    assert.ok(names(water, 'organization').includes('Dorvale Citizens for Clean Water'), names(water, 'organization').join(', '));
    const life = 'Jane Roe, director of Nurses for Life, said the vote was close.';
    assert.ok(names(life, 'organization').includes('Nurses for Life'), names(life, 'organization').join(', '));
    // A person's name after "for" is a slogan's, not a group's.
    const slogan = 'Some held signs reading Veterans for Jane Qollard at the rally.';
    assert.ok(!analyze(slogan).entities.some((e) => e.name.includes(' for ')), analyze(slogan).entities.map((e) => e.name).join(', '));
  });

  it('keeps a capitalised "Our", "We" or "One" that opens a headed name in running text', () => {
    const pac = 'The ads are paid for by Our Dorvale Future PAC, a group set up in May. Our Dorvale Future PAC spent $2 million.';
    assert.deepEqual(names(pac, 'organization'), ['Our Dorvale Future PAC']);
    const fund = 'The grant came from One Qollard Fund last year.';
    assert.ok(names(fund, 'organization').includes('One Qollard Fund'), names(fund, 'organization').join(', '));
    // After a comma in a list too.
    const list = 'Signers included Dorvale Voices, We Act Fund and two unions.';
    assert.ok(names(list, 'organization').includes('We Act Fund'), names(list, 'organization').join(', '));
    // Opening a sentence alone, "Our" is the sentence's word.
    const ours = 'Our Dorvale Chamber of Commerce is strong, she said.';
    assert.ok(!analyze(ours).entities.some((e) => e.name.startsWith('Our')), analyze(ours).entities.map((e) => e.name).join(', '));
  });
});
