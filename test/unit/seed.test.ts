import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/core';
import { toEval } from '../../src/core/formats/evalJson';

// Acceptance figures of issue 2 on the seed article, against its hand-made gold in ../shared/seeds.
const ROOT = resolve(__dirname, '../../..');
const SHARED_SEEDS = resolve(ROOT, '..', 'shared', 'seeds');

interface GoldSpan { start: number; end: number; text: string }
interface Gold {
  quotes: (GoldSpan & { speaker: (GoldSpan & { name: string | null }) | null })[];
  timexes: (GoldSpan & { type: string; value: string })[];
  attributions: { content: GoldSpan[]; source: GoldSpan | null; cue: GoldSpan | null }[];
}

type Span = { start: number; end: number };
/** System and gold attributions paired as the scorer pairs them: largest content overlap first, one to one. */
function pairAttributions(gold: { content: Span[] }[], sys: { content: Span[] }[]): Map<number, number> {
  const len = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const cands: [number, number, number][] = [];
  gold.forEach((g, i) => sys.forEach((a, j) => {
    const o = g.content.reduce((n, x) => n + a.content.reduce((m, y) => m + len(x, y), 0), 0);
    if (o > 0) cands.push([o, i, j]);
  }));
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const pairs = new Map<number, number>();
  const sysUsed = new Set<number>();
  for (const [, i, j] of cands) if (!pairs.has(i) && !sysUsed.has(j)) { pairs.set(i, j); sysUsed.add(j); }
  return pairs;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) > Math.max(a.start, b.start);

describe('seed article against its gold annotation', () => {
  if (!existsSync(SHARED_SEEDS)) {
    it('needs ../shared/seeds beside the repository', () => {
      assert.fail(`the seed gold is missing: ${SHARED_SEEDS} does not exist (CI lays ../shared beside the clone)`);
    });
    return;
  }
  const names = readdirSync(SHARED_SEEDS).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length));
  it('has at least one seed with gold', () => assert.ok(names.length > 0));

  for (const name of names) {
    describe(name, () => {
      const textPath = join(ROOT, 'seeds', `${name}.txt`);
      const text = readFileSync(textPath, 'utf8');
      const gold: Gold = JSON.parse(readFileSync(join(SHARED_SEEDS, `${name}.gold.json`), 'utf8'));
      const analysis = analyze(text, { fileName: textPath });
      const out = toEval(analysis);

      it('is the shared seed copied unchanged', () => {
        assert.equal(text, readFileSync(join(SHARED_SEEDS, `${name}.txt`), 'utf8'));
      });

      it('finds every gold quote exactly', () => {
        const found = gold.quotes.filter((g) => out.quotes.some((q) => q.start === g.start && q.end === g.end));
        assert.deepEqual(found.map((g) => g.text), gold.quotes.map((g) => g.text));
      });

      it('gets the speaker mention right for at least 9 of 10 quotes', () => {
        let right = 0;
        for (const g of gold.quotes) {
          const q = out.quotes.find((q) => q.start === g.start && q.end === g.end);
          if (g.speaker && q?.speaker && overlaps(q.speaker, g.speaker) && q.speaker.end - q.speaker.start <= g.speaker.end - g.speaker.start + 20) right++;
        }
        assert.ok(right >= Math.ceil(gold.quotes.length * 0.9), `speaker right for ${right} of ${gold.quotes.length}`);
      });

      it('resolves the named speakers to the right person for at least 8 of 9', () => {
        const named = gold.quotes.filter((g) => g.speaker?.name);
        const right = named.filter((g) => out.quotes.find((q) => q.start === g.start && q.end === g.end)?.speaker?.name === g.speaker!.name).length;
        assert.ok(right >= Math.ceil(named.length * 8 / 9), `resolved name right for ${right} of ${named.length}`);
      });

      it('finds at least 16 of the 17 gold attributions with the right source, and no more than 2 extra', () => {
        const pairs = pairAttributions(gold.attributions, out.attributions);
        const right = gold.attributions.filter((g, i) => {
          const a = pairs.has(i) ? out.attributions[pairs.get(i)!] : undefined;
          return !!g.source && !!a?.source && overlaps(a.source, g.source) && a.source.end - a.source.start <= g.source.end - g.source.start + 50;
        });
        const extra = out.attributions.length - pairs.size;
        const show = (sp: Span[]) => sp.map((c) => text.slice(c.start, c.end).slice(0, 50)).join(' … ');
        const unpaired = out.attributions.filter((_, j) => ![...pairs.values()].includes(j)).map((a) => show(a.content));
        assert.ok(right.length >= 16, `right source for ${right.length} of ${gold.attributions.length}`);
        assert.ok(extra <= 2, `${extra} extra attributions: ${unpaired.join(' | ')}`);
      });

      it('tags dates with relaxed F1 ≥ 0.9 and value accuracy ≥ 0.85', () => {
        const used = new Set<number>();
        let matched = 0;
        let valueRight = 0;
        for (const g of gold.timexes) {
          const i = out.dates.findIndex((d, k) => !used.has(k) && overlaps(d, g));
          if (i < 0) continue;
          used.add(i);
          matched++;
          if (out.dates[i].value === g.value) valueRight++;
        }
        const p = out.dates.length ? matched / out.dates.length : 0;
        const r = matched / gold.timexes.length;
        const f1 = p + r ? (2 * p * r) / (p + r) : 0;
        assert.ok(f1 >= 0.9, `relaxed F1 ${f1.toFixed(3)} (P ${p.toFixed(2)}, R ${r.toFixed(2)})`);
        assert.ok(matched && valueRight / matched >= 0.85, `value accuracy ${valueRight}/${matched}`);
      });
    });
  }
});
