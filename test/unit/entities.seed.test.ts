import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/core';

// The entity tree of the seed article, end to end through analyze(): what the sidebar must show.
const ROOT = resolve(__dirname, '../../..');
const SHARED_SEEDS = resolve(ROOT, '..', 'shared', 'seeds');
const SEED = '000_9b514ff0938d35df';

interface Gold { quotes: { start: number; end: number; speaker: { name: string | null } | null }[] }

describe('entities on the seed article', () => {
  it('has the shared seed gold beside the repository', () => {
    assert.ok(existsSync(SHARED_SEEDS), `the seed gold is missing: ${SHARED_SEEDS} does not exist (CI lays ../shared beside the clone)`);
  });
  if (!existsSync(SHARED_SEEDS)) return;

  const text = readFileSync(join(ROOT, 'seeds', `${SEED}.txt`), 'utf8');
  const gold: Gold = JSON.parse(readFileSync(join(SHARED_SEEDS, `${SEED}.gold.json`), 'utf8'));
  const a = analyze(text, { fileName: `${SEED}.txt` });
  const entity = (name: string) => {
    const e = a.entities.find((x) => x.name === name);
    assert.ok(e, `no entity "${name}"; entities: ${a.entities.map((x) => x.name).join(', ')}`);
    return e;
  };

  it('shows Antony Blinken with 5 quotes, Choe Son-hui with 2 and Lloyd Austin with 2', () => {
    assert.equal(entity('Antony Blinken').quoteIds.length, 5);
    assert.equal(entity('Choe Son-hui').quoteIds.length, 2);
    assert.equal(entity('Lloyd Austin').quoteIds.length, 2);
  });

  it('gives the joint statement to a group, not to a person', () => {
    const groups = a.entities.filter((e) => e.kind === 'group' && e.quoteIds.length > 0);
    assert.equal(groups.length, 1);
    const q = a.quotes.find((x) => x.id === groups[0].quoteIds[0]);
    assert.ok(q?.text.includes('a priority for the alliance'));
  });

  it('resolves at least 8 of the 9 named speakers to the gold name', () => {
    const named = gold.quotes.filter((g) => g.speaker?.name);
    const right = named.filter((g) => {
      const q = a.quotes.find((x) => x.start === g.start && x.end === g.end);
      return q && a.entities.find((e) => e.id === q.speakerId)?.name === g.speaker!.name;
    }).length;
    assert.ok(right >= 8, `resolved ${right} of ${named.length}`);
  });

  it('extracts the titles the text gives and merges the misspelling', () => {
    assert.equal(entity('Antony Blinken').title, 'US Secretary of State');
    assert.equal(entity('Lloyd Austin').title, 'US Secretary of Defense');
    assert.equal(entity('Choe Son-hui').title, 'North Korean Vice Minister of Foreign Affairs');
    assert.ok(entity('Antony Blinken').mentions.some((m) => m.text === 'Bliken'));
    assert.equal(entity('Antony Blinken').id, 'person:antony-blinken');
  });

  it('lists places and organizations apart from people', () => {
    assert.equal(entity('Seoul').kind, 'place');
    assert.equal(entity('UN Security Council').kind, 'organization');
    assert.ok(!a.entities.some((e) => e.kind === 'person' && /Korea|China|Washington/.test(e.name)));
  });
});
