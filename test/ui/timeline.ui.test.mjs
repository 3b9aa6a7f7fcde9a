// UI test of the timeline webview in the shipped artifact: the packaged .vsix in code-server, driven in
// headless Chromium. Opens the seed article, runs "News Annotator: Show Timeline" from the Command Palette
// and checks what a user sees inside the webview: the seed's 7 time expressions, the 6 calendar dates on
// the axis in time order and the duration listed apart, theme colours, keyboard navigation, and an item
// opening its text in the editor. Saves test-results/ui-timeline.png (and media/timeline.png when
// UPDATE_SCREENSHOT=1).
/* global document, getComputedStyle */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'mocha';
import { ROOT, SEED_FILE, cleanupAll, copyInto } from '../../scripts/vscode-host/index.mjs';
import { RESULTS, loadWorkbench, poll, quickOpen, screenshotFailure, startWorkbench } from './support.mjs';

const SCREENSHOT = join(RESULTS, 'ui-timeline.png');

describe('The timeline webview in the browser (code-server + Chromium, packaged .vsix)', function () {
  this.timeout(120_000);
  this.bail(true);
  let scratch;
  let server;
  let page;
  /** The webview's inner frame, once it shows the timeline. */
  let frame;

  before(async () => {
    ({ scratch, server, page } = await startWorkbench('ui-timeline', { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false }));
  });

  afterEach(async function () {
    await screenshotFailure(this.currentTest, page);
  });

  after(async () => {
    await cleanupAll();
  });

  it('opens the seed article', async () => {
    await loadWorkbench({ scratch, server, page });
    await quickOpen(page);
    await page.locator('.editor-instance .monaco-editor .view-line', { hasText: 'Blinken' }).first().waitFor({ timeout: 60_000 });
  });

  it('runs News Annotator: Show Timeline for the current article', async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>News Annotator: Show Timeline');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Timeline' }).first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('Enter');
    // Which timeline: the current article is offered first.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: SEED_FILE }).first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('Enter');
    frame = await poll(async () => {
      for (const f of page.frames()) {
        const n = await f.locator('button.item').count().catch(() => 0);
        if (n > 0) return f;
      }
      return null;
    }, { timeout: 30_000, describeFailure: () => `no timeline webview frame; frames: ${page.frames().map((f) => f.url()).join(', ')}` });
  });

  it("renders the seed's 7 dates: the calendar dates in time order on the axis, the duration apart", async () => {
    // The items come in the page's HTML, but the overview's marks are placed by its script, which runs later on a busy
    // machine: wait for it rather than read the marks before it has run.
    await poll(async () => frame.evaluate(() => {
      const marks = [...document.querySelectorAll('.overview .mark')];
      return marks.length > 0 && marks.every((m) => m.style.left !== '');
    }), { timeout: 30_000, describeFailure: () => 'the timeline script never placed the overview marks' });
    const seen = await frame.evaluate(() => ({
      title: document.querySelector('h1')?.textContent,
      items: document.querySelectorAll('button.item').length,
      axis: [...document.querySelectorAll('.axis button.item')].map((b) => ({ value: b.dataset.value, text: b.querySelector('.text')?.textContent })),
      durations: [...document.querySelectorAll('section.apart button.item')].map((b) => b.dataset.value),
      marks: [...document.querySelectorAll('.overview .mark')].map((m) => m.style.left),
    }));
    console.log(`      ${seen.title}: ${seen.axis.map((x) => `${x.value} ${x.text}`).join(' | ')} · apart: ${seen.durations.join(', ')}`);
    assert.equal(seen.items, 7);
    assert.deepEqual(seen.axis.map((x) => x.value), ['2021-02', '2021-03', '2021-03-18', '2021-03-18', '2021-03-18', '2021-03-19']);
    assert.deepEqual(seen.durations, ['P2Y']);
    // The script ran under the page's policy: it placed the overview marks.
    assert.equal(seen.marks.length, 6);
    assert.ok(seen.marks.every((left) => /%$/.test(left)), JSON.stringify(seen.marks));
  });

  it('follows the theme through its CSS variables', async () => {
    const colours = await frame.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      const probe = document.createElement('div');
      document.body.appendChild(probe);
      probe.style.color = root.getPropertyValue('--vscode-foreground').trim();
      const expected = getComputedStyle(probe).color;
      probe.remove();
      return { expected, body: getComputedStyle(document.body).color, variable: root.getPropertyValue('--vscode-editor-background').trim() };
    });
    assert.ok(colours.variable, 'the webview has the theme variables');
    assert.equal(colours.body, colours.expected);
  });

  it('moves between dates with the arrow keys and opens one with Enter', async () => {
    const status = page.locator('[id="status.editor.selection"]');
    // With the webview focused the status bar shows no editor selection at all.
    const before = (await status.innerText({ timeout: 1000 }).catch(() => '')).trim();
    await frame.locator('button.item').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await frame.evaluate(() => ({ value: document.activeElement?.dataset.value, index: [...document.querySelectorAll('button.item')].indexOf(document.activeElement) }));
    assert.equal(focused.index, 2);
    assert.equal(focused.value, '2021-03-18');
    await page.keyboard.press('Enter');
    const after = await poll(async () => {
      const now = (await status.innerText({ timeout: 1000 }).catch(() => '')).trim();
      return now && now !== before && /selected/.test(now) ? now : null;
    }, { timeout: 15_000, describeFailure: async () => `the editor selection did not move: "${(await status.innerText({ timeout: 1000 }).catch(() => '')).trim()}"` });
    // "yesterday" is 9 characters.
    assert.match(after, /\(9 selected\)/);
  });

  it('saves a screenshot', async () => {
    await frame.locator('button.item').nth(2).focus();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: SCREENSHOT });
    console.log(`      screenshot: ${SCREENSHOT}`);
    if (process.env.UPDATE_SCREENSHOT === '1') {
      copyInto(SCREENSHOT, join(ROOT, 'media', 'timeline.png'));
      console.log('      copied to media/timeline.png (UPDATE_SCREENSHOT=1)');
    }
  });
});
