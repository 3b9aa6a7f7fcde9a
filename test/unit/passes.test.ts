import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { analyzeInTwo, quoteSide } from '../../src/core/analyze';
import { RULE_PARSERS } from '../../src/core/dates/rules';
import * as entities from '../../src/core/entities';
import * as link from '../../src/core/link';
import { collectEntities, resolveEntities } from '../../src/core/entities';
import { linkMentions } from '../../src/core/entities/speakers';
import type { RawQuote } from '../../src/core/quotes/attribution';
import { segment } from '../../src/core/text/segment';
import { cpuTimed } from './support/cpuTime';

// analyze() runs segmentation → entities → quotes and attributions → linking → dates, each under its own guard.

const TEXT = 'date 2021-03-19\nSenator Alma Reyes spoke on Monday. “We will vote,” Reyes said. She said that the bill would pass.\n';

describe('analysis passes', () => {
  it('gives the same analysis with the quotes, attributions and dates passes run apart (quoteSide, as --jobs 2 runs them)', () => {
    const texts = [TEXT, '', '   \n', 'No quotes here, only a date: March 3, 2020.\n', '“Unclosed, said nobody.\n\nA second paragraph.”\n'];
    for (const passes of [undefined, { entities: false }, { attributions: false }, { quotes: false, attributions: false }, { dates: false }]) {
      for (const text of texts) {
        const options = { documentDate: '2021-03-19', passes };
        const whole = JSON.stringify(analyze(text, options));
        // The dates pass run apart too, or left to analyze() (as --jobs 2 does when its worker is the slower side).
        for (const withDates of [true, false]) {
          const answer = quoteSide(text, options, withDates);
          // It crosses to the other thread as JSON text (runQuoteSideJob): nothing JSON would lose or change.
          const side = answer && (JSON.parse(JSON.stringify(answer)) as typeof answer);
          assert.deepStrictEqual(side, answer);
          // JSON: the same keys in the same order too
          assert.equal(JSON.stringify(analyze(text, options, side)), whole, `${JSON.stringify(passes)}, dates apart ${withDates}: ${JSON.stringify(text)}`);
          // In two steps (SplitRunner runs the first while it waits for the side): the same again.
          assert.equal(JSON.stringify(analyzeInTwo(text, options)(side)), whole, `in two steps, ${JSON.stringify(passes)}, ${withDates}`);
        }
        assert.equal(JSON.stringify(analyzeInTwo(text, options)()), whole, `in two steps, no side: ${JSON.stringify(passes)}`);
      }
    }
  });

  it('runs the entity pass in the first of its two steps, not again in the second', () => {
    const collect = entities.collectEntities;
    let calls = 0;
    try {
      (entities as { collectEntities: unknown }).collectEntities = (...args: Parameters<typeof collect>) => {
        calls++;
        return collect(...args);
      };
      const second = analyzeInTwo(TEXT, { documentDate: '2021-03-19' });
      assert.equal(calls, 1);
      const a = second();
      assert.equal(calls, 1);
      assert.ok(a.quotes.length > 0 && a.entities.some((e) => e.name === 'Alma Reyes'));
    } finally {
      (entities as { collectEntities: unknown }).collectEntities = collect;
    }
  });

  it('lists a failed dates pass run apart after the linking, where analyze() alone lists it', () => {
    const rule = RULE_PARSERS.find((r) => r.rule === 'deictic');
    assert.ok(rule);
    const slot = rule as unknown as { build: unknown };
    const build = slot.build;
    const linkSources = link.linkSources;
    try {
      slot.build = () => {
        throw new Error('no dates today');
      };
      (link as { linkSources: unknown }).linkSources = () => {
        throw new Error('no links today');
      };
      const text = 'Mayor Ada Lind said yesterday that the plan was sound.\n';
      const options = { documentDate: '2021-03-19' };
      const whole = analyze(text, options);
      assert.deepEqual(whole.diagnostics.filter((d) => d.code === 'pass-failed').map((d) => d.message), ['linking pass failed: no links today', 'dates pass failed: no dates today']);
      const side = structuredClone(quoteSide(text, options));
      assert.equal(side?.dateDiagnostics.length, 1);
      assert.equal(JSON.stringify(analyze(text, options, side)), JSON.stringify(whole));
    } finally {
      slot.build = build;
      (link as { linkSources: unknown }).linkSources = linkSources;
    }
  });

  it('links quote speakers and attribution sources to the entities of the entity pass', () => {
    const a = analyze(TEXT);
    const reyes = a.entities.find((e) => e.name === 'Alma Reyes');
    assert.ok(reyes, `entities: ${a.entities.map((e) => e.name).join(', ')}`);
    const q = a.quotes.find((x) => x.text === '“We will vote,”');
    assert.ok(q);
    assert.equal(q.speakerId, reyes.id);
    assert.deepEqual(reyes.quoteIds, [q.id]);
    const statement = a.attributions.find((x) => x.quoteIds.includes(q.id));
    assert.ok(statement);
    assert.equal(statement.sourceId, reyes.id);
    assert.ok(reyes.attributionIds?.includes(statement.id));
  });

  it('reports a failing entity pass as an entity failure and keeps quotes, attributions and dates', () => {
    const original = entities.collectEntities;
    (entities as { collectEntities: unknown }).collectEntities = () => {
      throw new Error('boom');
    };
    try {
      const a = analyze(TEXT);
      const failed = a.diagnostics.filter((d) => d.code === 'pass-failed').map((d) => d.message);
      assert.deepEqual(failed, ['entities pass failed: boom']);
      assert.equal(a.entities.length, 0);
      assert.ok(a.quotes.length > 0 && a.quotes.every((x) => x.speaker !== null && x.speakerId === null));
      assert.ok(a.attributions.length > 0);
      assert.ok(a.dates.some((d) => d.value === '2021-03-15'));
    } finally {
      (entities as { collectEntities: unknown }).collectEntities = original;
    }
  });

  it('runs the entity pass without any quote-pass result', () => {
    const a = analyze(TEXT, { passes: { quotes: false, attributions: false, dates: false } });
    assert.deepEqual(a.quotes, []);
    assert.ok(a.entities.some((e) => e.name === 'Alma Reyes'));
  });
});

describe('linking speakers to entities', () => {
  /** One role speaking in every paragraph: each quote's speaker is a separate mention of the same entity. */
  function roleQuotes(bytes: number): { text: string; quotes: RawQuote[] } {
    const para = '“We will keep building,” a spokesman said.\n';
    const text = para.repeat(Math.round(bytes / para.length));
    const quotes: RawQuote[] = [];
    for (let at = text.indexOf('“'); at >= 0; at = text.indexOf('“', at + 1)) {
      const end = text.indexOf('”', at) + 1;
      const s = text.indexOf('a spokesman', end);
      quotes.push({
        id: `q${quotes.length + 1}`, start: at, end, text: text.slice(at, end), cue: null, attribution: 'cue',
        speaker: { start: s, end: s + 11, text: 'a spokesman', kind: 'nominal' },
      });
    }
    return { text, quotes };
  }
  /** Milliseconds per MB of the linking step alone (the entity pass before it is not timed). */
  const msPerMb = (bytes: number): number => {
    const { text, quotes } = roleQuotes(bytes);
    const state = collectEntities(text, segment(text));
    const { value: linked, ms } = cpuTimed(() => linkMentions(state, quotes.map((q) => q.speaker)));
    assert.equal(linked.filter(Boolean).length, quotes.length, 'every quote linked to the role');
    return ms / (bytes / 1e6);
  };

  it('stays linear when one role speaks thousands of times (time per MB at 0.5 MB and 4 MB, one run)', function () {
    this.timeout(300000);
    msPerMb(100_000); // warm up the JIT
    const small = msPerMb(500_000);
    const large = msPerMb(4_000_000);
    // Linear: about 1; the quadratic mention check this replaces gave about 8. Head-room for a busy machine.
    assert.ok(large / small < 2.5, `time per MB grew ${(large / small).toFixed(2)}x from 0.5 MB to 4 MB (${small.toFixed(0)} → ${large.toFixed(0)} ms/MB)`);
  });

  it('adds a role speaker mention once however many quotes share its span', () => {
    const text = '“One,” a spokesman said. “Two,” a spokesman said.';
    const first = text.indexOf('a spokesman');
    const mention = { start: first, end: first + 11, text: 'a spokesman', kind: 'nominal' as const };
    const quotes: RawQuote[] = [0, 1].map((i) => ({ id: `q${i + 1}`, start: 0, end: 6, text: '“One,”', cue: null, attribution: 'cue' as const, speaker: mention }));
    const r = resolveEntities(text, { ...segment(text), quotes });
    const e = r.entities.find((x) => x.id === r.speakerIds[0]);
    assert.ok(e);
    assert.equal(e.mentions.filter((m) => m.start === first).length, 1);
    assert.deepEqual(e.quoteIds, ['q1', 'q2']);
  });
});
