import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { actorFrame, actsAsOrganization, namesUniversity, sideFrame } from '../../src/core/entities/actors';

// Countries and cities that act name their governments (or national teams); those that are only somewhere stay
// places. Sentences written for the test.
const kindOf = (text: string, name: string): string | undefined => analyze(text).entities.find((e) => e.name === name)?.kind;
const frameAt = (text: string, name: string, nth = 0): number => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(name, at + 1);
  return actorFrame(text, at, at + name.length);
};

describe('entities: countries and cities as actors', () => {
  it('reads the subject of an act or a statement as an actor', () => {
    assert.equal(frameAt('Norway said on Tuesday it would not sign.', 'Norway'), 1);
    assert.equal(frameAt('Norway has also rejected the offer.', 'Norway'), 1);
    assert.equal(frameAt('Chile will sign the accord in May.', 'Chile'), 1);
    assert.equal(frameAt('Chile defeated Peru in the final.', 'Chile'), 1);
  });

  it('does not read the second of a pair after a preposition as the subject of the verb that follows', () => {
    assert.equal(frameAt('Residents of Oslo and Bergen protested on Monday.', 'Bergen'), 0);
    assert.equal(frameAt('Fans in Rio de Janeiro and Lima celebrated.', 'Lima'), 0);
    // Without the preposition the pair is the subject.
    assert.equal(frameAt('Oslo and Bergen signed the accord.', 'Bergen'), 1);
  });

  it('does not read a bare noun after the name as a verb', () => {
    // "attack" and "votes" are nouns here; only a past form or a form after an auxiliary is an act.
    assert.equal(frameAt('The Oslo attack shocked the region.', 'Oslo'), 0);
    assert.equal(frameAt('When Chile votes, the region watches.', 'Chile'), 0);
    // After a determiner the name modifies a noun: an -s form is a plural, and nothing follows "a" or "her" as a verb.
    assert.equal(frameAt('After the Oslo attacks, the city mourned.', 'Oslo'), 0);
    assert.equal(frameAt('She did not repeat her Norway remarks.', 'Norway'), 0);
    assert.equal(frameAt('A Norway delegation said little.', 'Norway'), 0);
    assert.equal(frameAt('The Netherlands said it would sign.', 'Netherlands'), 1);
    assert.equal(frameAt('Norway says it will sign.', 'Norway'), 1);
  });

  it('reads what a government has as actor evidence, what a country has as place evidence', () => {
    assert.equal(frameAt("Norway's foreign ministry protested.", 'Norway'), 1);
    assert.equal(frameAt("Norway's government fell.", 'Norway'), 1);
    // A modifier proves nothing: a city has officials too.
    assert.equal(frameAt('Norway officials declined to comment.', 'Norway'), 0);
    assert.equal(frameAt("Norway's coast is long.", 'Norway'), -1);
    assert.equal(frameAt('A Norway-based firm grew.', 'Norway'), -1);
    assert.equal(frameAt('A Norway-led coalition grew.', 'Norway'), 1);
  });

  it('reads relations between states as actor evidence', () => {
    const text = 'Relations between Norway and Chile have soured, and talks with Peru stalled.';
    assert.equal(frameAt(text, 'Norway'), 1);
    assert.equal(frameAt(text, 'Chile'), 1);
    assert.equal(frameAt(text, 'Peru'), 1);
    assert.equal(frameAt('The border between Norway and Sweden is open.', 'Sweden'), 0);
    assert.equal(frameAt('Sanctions against Peru were lifted.', 'Peru'), 1);
  });

  it('reads a complement of a preposition as a place, whatever verb follows', () => {
    assert.equal(frameAt('Tourists in Norway said the weather was fine.', 'Norway'), -1);
    assert.equal(frameAt('Her trip to Chile ended.', 'Chile'), -1);
    assert.equal(frameAt('Fighting in southern Chile went on.', 'Chile'), -1);
    assert.equal(frameAt('Troops from the Gambia arrived.', 'Gambia'), -1);
  });

  it('lets the mentions vote', () => {
    const twice = 'Norway said it would act. Norway announced new rules. Tourists in Norway shrugged.';
    const mentions = (text: string, name: string) => {
      const out: { start: number; end: number; kind: string }[] = [];
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length, kind: 'name' });
      return out;
    };
    assert.equal(actsAsOrganization(twice, mentions(twice, 'Norway')), true);
    const placeMostly = 'Tourists in Norway shrugged. Hotels across Norway filled up. Norway said little.';
    assert.equal(actsAsOrganization(placeMostly, mentions(placeMostly, 'Norway')), false);
  });

  it('types a city that acts (a club, a city hall) as an organization, and a country as a place even when it acts', () => {
    const club = 'Leeds defeated Hull on Saturday. Leeds has since signed a striker from Lisbon.';
    assert.equal(kindOf(club, 'Leeds'), 'organization');
    const visited = 'We spent a week in Leeds. The hotels across Leeds were full.';
    assert.equal(kindOf(visited, 'Leeds'), 'place');
    // Readers look for a country among places, and schemes such as CoNLL's keep it there whatever it does.
    const acting = 'Norway said on Tuesday it would not sign the fishing accord. Norway has since recalled its envoy.';
    assert.equal(kindOf(acting, 'Norway'), 'place');
  });

  it('leaves a name that is no gazetteer place to its own evidence', () => {
    assert.notEqual(kindOf('Margaret Qoll said the deal was done.', 'Margaret Qoll'), 'organization');
  });

  it('reads a country fielded as a side in a match report as its national team', () => {
    const report = 'France beat Belgium 2-1 on Saturday. France\'s goalkeeper saved a penalty, and Belgium\'s coach said his ' +
      'players had tired. Belgium will play against Peru on Wednesday; Peru drew 1-1 last week.';
    assert.equal(kindOf(report, 'France'), 'organization');
    assert.equal(kindOf(report, 'Belgium'), 'organization');
    assert.equal(kindOf(report, 'Peru'), 'organization');
    const side = (text: string, name: string) => { const at = text.indexOf(name); return sideFrame(text, at, at + name.length); };
    assert.equal(side('Late on, Peru scored twice.', 'Peru'), 1);
    assert.equal(side('They lost 0-3 against Peru.', 'Peru'), 1);
    assert.equal(side('Peru 2-0 Chile.', 'Peru'), 1);
    assert.equal(side('The talks in Peru went on.', 'Peru'), 0);
    assert.equal(side('Chile 1-0 Peru, and then a draw.', 'Peru'), 1);
    assert.equal(side('Chile lost 2-1 to Peru.', 'Peru'), 1);
    assert.equal(side('Peru conceded twice.', 'Peru'), 1);
    const second = 'In the late game, Belgium defeated Panama 3-0. Belgium dominated the first half, and Panama conceded twice.';
    assert.equal(kindOf(second, 'Belgium'), 'organization');
    assert.equal(kindOf(second, 'Panama'), 'organization');
    // No score in the text: a country that won a vote or beat a deadline stays a place.
    assert.equal(kindOf('France won the vote on Monday. France beat the deadline by a day, officials in Paris said.', 'France'), 'place');
    // Where it is mostly somewhere, one match does not make it a team.
    assert.equal(kindOf('Fans flew to Peru for the final, held in Peru on May 3. In Peru, the 2-1 win by Chile was cheered. ' +
      'Peru lost.', 'Peru'), 'place');
  });

  it('reads a region fielded as a side (a home nation) as its team, and a goal or a lead "for" a name as a side\'s', () => {
    // "Scotland" is a region of the gazetteer, not a country; going to it ("lost to Scotland") outvotes its acts.
    const report = 'Wales lost 0-2 to Scotland on Sunday. Scotland had more of the ball, and a late goal for Scotland ' +
      'sealed it. Wales substituted two players at half-time as Scotland pressed.';
    assert.equal(kindOf(report, 'Scotland'), 'organization');
    const side = (text: string, name: string) => { const at = text.indexOf(name); return sideFrame(text, at, at + name.length); };
    assert.equal(side('A header doubled the lead for Peru.', 'Peru'), 1);
    assert.equal(side('He scored twice for Peru.', 'Peru'), 0);
    assert.equal(side('He chose to equalise for Peru.', 'Peru'), 1);
    assert.equal(side('Peru substituted its goalkeeper.', 'Peru'), 1);
    // "for" after other words is no side: a flight, a vote.
    assert.equal(side('She left for Peru on Monday.', 'Peru'), 0);
    // Without a score in the text, the region stays a place.
    assert.equal(kindOf('Wales went to Scotland on Sunday. A late train for Scotland left, and we reached Scotland at noon.', 'Scotland'), 'place');
  });

  it('files a city that acts under the surname of a person named in full as that person, not as a city hall', () => {
    // ("Qorra" is no given name the lists know: only the full name's shape makes her a person.)
    const text = 'Nurse sues\n\nQorra Leeds, a former nurse, has sued the clinic. Leeds said she was never paid. Leeds claims ' +
      'the clinic owes her two years of wages.';
    const entities = analyze(text).entities;
    assert.ok(!entities.some((e) => e.name === 'Leeds'), entities.map((e) => `${e.kind} ${e.name}`).join(', '));
    const nurse = entities.find((e) => e.name === 'Qorra Leeds');
    assert.equal(nurse?.mentions.filter((m) => m.kind === 'surname').length, 2);
    // With no such person the city acts: its club or city hall.
    assert.equal(kindOf('Leeds defeated Hull on Saturday. Leeds has since signed a striker from Lisbon.', 'Leeds'), 'organization');
  });

  it('reads a region right after a town and its comma as where the town is, whatever verb follows', () => {
    assert.equal(kindOf('Officials in Dorvale, Ontario agreed to the plan on Monday.', 'Ontario'), 'place');
    // A sentence's opener before the comma is no town: the region acts.
    assert.equal(kindOf('However, Ontario agreed to the plan, and Ontario signed it.', 'Ontario'), 'organization');
  });

  it('reads a name nothing else types as a club from one result ("X beat Y 2-1", "lost 2-1 to Y"), not any score nearby', () => {
    const text = 'Thousands of fans waited as Drastovo beat Quenlark 2-1 on Sunday.';
    assert.equal(kindOf(text, 'Drastovo'), 'organization');
    assert.equal(kindOf(text, 'Quenlark'), 'organization');
    assert.equal(kindOf('In the final, Velmorra lost 2-1 to Tarvessa.', 'Tarvessa'), 'organization');
    assert.equal(kindOf('In the final, Velmorra lost 2-1 to Tarvessa.', 'Velmorra'), 'organization');
    // A ruling's vote, a verse or an article's number is no result.
    assert.equal(kindOf('The court ruled 5-4 against Varrinco on Monday.', 'Varrinco'), 'unclassified');
    assert.equal(kindOf('He read 2 Qollothy 3:1-5 aloud. The court ruled 5-4.', 'Qollothy'), 'unclassified');
    assert.notEqual(kindOf('The 1984 Convention against Qollture, Article 3-1, applies.', 'Article'), 'organization');
  });

  it('reads a club\'s first word used alone after its full name ("Tarvessa United … Tarvessa") as the club', () => {
    const text = 'Players from Tarvessa United trained on Friday before Tarvessa faced Ostrelin Rovers.';
    const club = analyze(text).entities.find((e) => e.name === 'Tarvessa United');
    assert.equal(club?.kind, 'organization');
    assert.equal(club?.mentions.length, 2);
    assert.equal(kindOf('Tarvessa United drew with Ostrelin Rovers, and Ostrelin now lead the league.', 'Ostrelin Rovers'), 'organization');
    assert.equal(analyze('Tarvessa United drew with Ostrelin Rovers, and Ostrelin now lead the league.').entities
      .find((e) => e.name === 'Ostrelin Rovers')?.mentions.length, 2);
  });

  it('reads the frames before a name across any blank (space, tab, no-break space, line break)', () => {
    // (Each frame is tried only where the text before the name ends in its word and blanks: these check that test.)
    const mentionsOf = (text: string, name: string) => [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, kind: 'name' }));
    for (const blank of [' ', '\t', '\u00a0', '  ', ' \n']) {
      const at = (frame: string) => `${frame}${blank}Dorvale`;
      assert.equal(namesUniversity(at('She studied law at'), mentionsOf(at('She studied law at'), 'Dorvale')), true, JSON.stringify(blank));
      assert.equal(namesUniversity(at('He holds a degree FROM'), mentionsOf(at('He holds a degree FROM'), 'Dorvale')), true, JSON.stringify(blank));
      const placed = `${at('She studied law at')}. She lives Near${blank}Dorvale now.`;
      assert.equal(namesUniversity(placed, mentionsOf(placed, 'Dorvale')), false, JSON.stringify(blank));
      const campus = `${at('She studied law at')}, at the University of Qollby,${blank}Dorvale said.`;
      assert.equal(namesUniversity(campus, mentionsOf(campus, 'Dorvale')), false, JSON.stringify(blank));
      // Not a frame's word inside a longer one: "studied at Dorvale" is no place, "sat" is no "at".
      const longer = `${at('She studied law at')}. The lesson sat${blank}Dorvale apart.`;
      assert.equal(namesUniversity(longer, mentionsOf(longer, 'Dorvale')), true, JSON.stringify(blank));
    }
    assert.equal(frameAt('Officials in Dorvale,\tTalvik agreed to talk.', 'Talvik'), -1);
    assert.equal(frameAt('Officials in Dorvale, Talvik agreed to talk.', 'Talvik'), -1);
    assert.notEqual(frameAt('Officials in Dorvale ,Talvik agreed to talk.', 'Talvik'), -1);
  });
});
