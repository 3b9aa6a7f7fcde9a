// UI test of a correction by hand (issue 10), in the packaged .vsix inside code-server, driven through real
// mouse and keyboard: hover a quote, click "Change speaker…" in the hover, type the speaker, press Enter;
// the NAME.ann beside the article holds it; after reloading the window the editor's hover and the News
// view still show it. Saves test-results/ui-correcting.png (and media/correcting.png when UPDATE_SCREENSHOT=1).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, afterEach, before, describe, it } from 'mocha';
import { ROOT, SEED_FILE, cleanupAll, copyInto } from '../../scripts/vscode-host/index.mjs';
import { RESULTS, entitiesView, loadWorkbench, poll, quickOpen, screenshotFailure, startWorkbench } from './support.mjs';

const SCREENSHOT = join(RESULTS, 'ui-correcting.png');
const QUOTE_WORDS = 'a source of instability';
const NEW_SPEAKER = 'Lloyd Austin';

describe('Correcting a speaker by hand in the browser (code-server + Chromium, packaged .vsix)', function () {
  this.timeout(180_000);
  this.bail(true); // each step builds on the previous one
  let scratch;
  let server;
  let page;
  let annFile;

  before(async () => {
    ({ scratch, server, page } = await startWorkbench('ui-curate', { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false }));
    annFile = join(scratch.workspace, 'seeds', SEED_FILE.replace(/\.txt$/, '.ann'));
  });

  afterEach(async function () {
    await screenshotFailure(this.currentTest, page);
  });

  after(async () => {
    await cleanupAll();
  });

  const editor = () => page.locator('.editor-instance .monaco-editor').first();
  const quoteSpan = () => editor().locator('.view-line span span', { hasText: 'source of instability' }).first();

  /** Moves the mouse onto the quote's words and waits for the hover that has `expected` in it. */
  async function hoverQuote(expected) {
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expected }).first();
    return poll(async () => {
      const box = await quoteSpan().boundingBox();
      if (!box) return false;
      // Off the text (the empty end of the last line), then onto the quote, as a hand would.
      const rest = await editor().locator('.view-lines').boundingBox();
      await page.mouse.move(rest.x + rest.width - 5, rest.y + rest.height - 5, { steps: 2 });
      await page.mouse.move(box.x + Math.min(20, box.width / 2), box.y + box.height / 2, { steps: 5 });
      // The mouse rests there until the hover shows (moving away would cancel it).
      return (await hover.waitFor({ timeout: 5000 }).then(() => true, () => false)) && hover;
    }, {
      interval: 500,
      describeFailure: async () => `no hover with "${expected}" over the quote; hovers: ${JSON.stringify(await page.locator('.monaco-hover').allInnerTexts())}`,
    });
  }

  /** Opens the seed article with Quick Open and waits for its quote to be drawn. */
  async function openSeed() {
    await quickOpen(page);
    await quoteSpan().waitFor({ timeout: 30_000 });
  }

  it('opens the seed article', async () => {
    await loadWorkbench({ scratch, server, page });
    await openSeed();
  });

  it('changes the quote\'s speaker from its hover: click "Change speaker…", type the name, Enter', async () => {
    const hover = await hoverQuote('Change speaker');
    assert.match(await hover.innerText(), /Antony Blinken/);
    await hover.getByRole('link', { name: 'Change speaker…' }).click();
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 30_000 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: NEW_SPEAKER }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.type('Lloyd');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: NEW_SPEAKER }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    const ann = await poll(() => existsSync(annFile) && readFileSync(annFile, 'utf8'), { describeFailure: () => `${annFile} was not written` });
    // The quote's Said_by points at a Speaker whose note names the new speaker, and the quote is Checked.
    const lines = ann.split('\n');
    const quote = lines.find((l) => /\tQuote /.test(l) && l.includes(QUOTE_WORDS));
    assert.ok(quote, ann);
    const qid = quote.split('\t')[0];
    const sid = lines.find((l) => l.startsWith('R') && l.includes(`Said_by Arg1:${qid} `))?.split('Arg2:')[1];
    assert.ok(lines.includes(`${lines.find((l) => l.includes(`AnnotatorNotes ${sid}\t`))?.split('\t')[0]}\tAnnotatorNotes ${sid}\t${NEW_SPEAKER}`), `no Said_by to ${NEW_SPEAKER} in\n${ann}`);
    assert.ok(lines.some((l) => new RegExp(`^A\\d+\\tChecked ${qid}$`).test(l)));
    assert.ok(existsSync(join(scratch.workspace, 'seeds', 'annotation.conf')));
  });

  it('reloads the window and still shows the correction in the hover and the News view', async () => {
    await page.reload();
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The article again: VS Code restores its editors only when the web workbench saved its state before the reload,
    // which a loaded machine does not always do in time (an empty editor area failed this test in CI), and what is
    // tested here is the correction, not the editor restore.
    await page.getByRole('tab', { name: /^News/ }).waitFor({ timeout: 60_000 });
    if (!(await quoteSpan().waitFor({ timeout: 10_000 }).then(() => true, () => false))) await openSeed();
    const hover = await hoverQuote(NEW_SPEAKER);
    const text = await hover.innerText();
    assert.match(text, /said by Lloyd Austin/);
    assert.match(text, /checked by hand/);
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: /^News/ }).click();
    const view = entitiesView(page);
    const austin = view.locator('.monaco-list-row[role="treeitem"]', { has: page.locator('.label-name', { hasText: /^\s*Lloyd Austin\s*$/ }) }).first();
    await poll(async () => {
      if (await austin.isVisible()) return true;
      const collapsed = view.locator('.monaco-list-row[aria-expanded="false"] .monaco-tl-twistie');
      if (await collapsed.count()) await collapsed.first().click();
      return false;
    }, { interval: 400, describeFailure: async () => `no "${NEW_SPEAKER}" in the News view; rows: ${JSON.stringify(await view.locator('.monaco-list-row').allInnerTexts())}` });
    assert.match(await austin.innerText(), /3 quotes/);
    if ((await austin.getAttribute('aria-expanded')) === 'false') await austin.locator('.monaco-tl-twistie').click();
    const checkedRow = view.locator('.monaco-list-row[role="treeitem"]', { hasText: 'Beijing has an interest' }).filter({ hasText: '✓' }).first();
    await checkedRow.waitFor({ timeout: 30_000 });
    await checkedRow.click();
    // The status bar counts the checked item.
    await page.locator('.statusbar-item', { hasText: /reviewed 1\/\d+/ }).first().waitFor({ timeout: 30_000 });
  });

  it('saves a screenshot of the corrected quote with its hover', async () => {
    await hoverQuote('checked by hand');
    await delay(300);
    await page.screenshot({ path: SCREENSHOT });
    console.log(`      screenshot: ${SCREENSHOT}`);
    if (process.env.UPDATE_SCREENSHOT === '1') {
      copyInto(SCREENSHOT, join(ROOT, 'media', 'correcting.png'));
      console.log('      copied to media/correcting.png (UPDATE_SCREENSHOT=1)');
    }
  });
});
