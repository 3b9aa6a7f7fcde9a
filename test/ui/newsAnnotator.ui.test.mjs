// UI test of the shipped artifact: installs dist/news-annotator.vsix (npm run package) into code-server,
// drives the web workbench in headless Chromium and checks what a user sees: highlights painted in the
// seed article, the News view listing its entities, and clicking an entity moving the editor selection.
// Saves test-results/ui-news-annotator.png (and media/screenshot.png when UPDATE_SCREENSHOT=1).
//
// Contract with the extension (issue 4): decorations use the theme colours newsAnnotator.quoteBackground,
// newsAnnotator.speakerForeground / speakerBackground and newsAnnotator.dateBackground; the News view's
// tree shows entities by name ("Antony Blinken"). Colours are resolved from the workbench's CSS
// variables, so the test follows whatever the theme or the manifest defaults say.
/* global document, getComputedStyle */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'mocha';
import { ROOT, cleanupAll, copyInto } from '../../scripts/vscode-host/index.mjs';
import { RESULTS, entitiesView, loadWorkbench, poll, quickOpen, screenshotFailure, startWorkbench } from './support.mjs';

const SCREENSHOT = join(RESULTS, 'ui-news-annotator.png');
const ENTITY = 'Antony Blinken';
const COLOURS = {
  quote: 'newsAnnotator.quoteBackground',
  speakerForeground: 'newsAnnotator.speakerForeground',
  speakerBackground: 'newsAnnotator.speakerBackground',
  date: 'newsAnnotator.dateBackground',
};

describe('News Annotator in the browser (code-server + Chromium, packaged .vsix)', function () {
  this.timeout(120_000);
  this.bail(true); // each step builds on the previous one
  let scratch;
  let server;
  let page;
  let editor;
  let selectionBefore;

  before(async () => {
    // Word wrap shows whole paragraphs in the screenshot; the rest is the default (light) theme.
    ({ scratch, server, page } = await startWorkbench('ui', { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false }));
  });

  afterEach(async function () {
    await screenshotFailure(this.currentTest, page);
  });

  after(async () => {
    await cleanupAll();
  });

  it('loads the workbench with the News view container in the activity bar', async () => {
    await loadWorkbench({ scratch, server, page });
  });

  it('opens the seed article with Quick Open', async () => {
    await quickOpen(page);
    editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: ENTITY }).first().waitFor({ timeout: 60_000 });
  });

  it('paints quote, speaker and date highlights with the contributed theme colours', async () => {
    const scan = () => editor.evaluate((root, ids) => {
      // Resolve each theme colour to the browser's computed form through a probe element.
      const probe = document.createElement('div');
      root.appendChild(probe);
      const expected = {};
      for (const [key, id] of Object.entries(ids)) {
        const value = getComputedStyle(root).getPropertyValue(`--vscode-${id.replace(/\./g, '-')}`).trim();
        probe.style.backgroundColor = '';
        probe.style.backgroundColor = value;
        expected[key] = value ? getComputedStyle(probe).backgroundColor : null;
      }
      probe.remove();
      const overlays = [...root.querySelectorAll('.view-overlays div')].map(el => getComputedStyle(el).backgroundColor);
      const inline = [...root.querySelectorAll('.view-lines .view-line span span')]
        .map(el => ({ text: el.textContent, color: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor }));
      const backgrounds = [...overlays, ...inline.map(s => s.background)];
      return {
        expected,
        quote: backgrounds.filter(c => c === expected.quote).length,
        date: backgrounds.filter(c => c === expected.date).length,
        speakerBackground: backgrounds.filter(c => c === expected.speakerBackground).length,
        speakerText: inline.filter(s => s.color === expected.speakerForeground).map(s => s.text),
        seenBackgrounds: [...new Set(backgrounds)].filter(c => c !== 'rgba(0, 0, 0, 0)'),
        seenColours: [...new Set(inline.map(s => s.color))],
      };
    }, COLOURS);
    let last;
    const result = await poll(async () => {
      last = await scan();
      const ok = last.quote > 0 && last.date > 0 && last.speakerText.some(t => /Blinken/.test(t));
      return ok && last;
    }, {
      describeFailure: () => {
        const missing = Object.entries(last.expected).filter(([, v]) => !v).map(([k]) => COLOURS[k]);
        return 'highlights not painted as expected within 60 s.\n' +
          (missing.length ? `  theme colours not contributed (package.json contributes.colors): ${missing.join(', ')}\n` : '') +
          `  expected colours: ${JSON.stringify(last.expected)}\n` +
          `  found: ${last.quote} quote backgrounds, ${last.date} date backgrounds, ${last.speakerBackground} speaker backgrounds, ` +
          `speaker-coloured text ${JSON.stringify(last.speakerText.slice(0, 8))}\n` +
          `  backgrounds on screen: ${JSON.stringify(last.seenBackgrounds)}\n  text colours on screen: ${JSON.stringify(last.seenColours)}`;
      },
    });
    console.log(`      painted: ${result.quote} quote, ${result.date} date, ${result.speakerBackground} speaker backgrounds; ` +
      `speakers ${JSON.stringify([...new Set(result.speakerText)].slice(0, 6))}`);
  });

  it(`lists "${ENTITY}" in the News view`, async () => {
    selectionBefore = (await page.locator('[id="status.editor.selection"]').innerText()).trim();
    await page.getByRole('tab', { name: /^News/ }).click();
    const view = entitiesView(page);
    const entityRow = view.locator('.monaco-list-row[role="treeitem"]', {
      has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${ENTITY}\\s*$`) }),
    }).first();
    // Expand collapsed rows (the document, then its groups) until the entity shows up.
    await poll(async () => {
      if (await entityRow.isVisible()) return true;
      const collapsed = view.locator('.monaco-list-row[aria-expanded="false"] .monaco-tl-twistie');
      if (await collapsed.count()) await collapsed.first().click();
      return false;
    }, {
      interval: 400,
      describeFailure: async () => `no tree item labelled "${ENTITY}" in the News view; rows: ` +
        JSON.stringify(await view.locator('.monaco-list-row').allInnerTexts()),
    });
  });

  it('moves the editor selection when the entity is clicked', async () => {
    const status = page.locator('[id="status.editor.selection"]');
    const view = entitiesView(page);
    const entityRow = view.locator('.monaco-list-row[role="treeitem"]', {
      has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${ENTITY}\\s*$`) }),
    }).first();
    await entityRow.click();
    const moved = async () => {
      const now = (await status.innerText().catch(() => '')).trim();
      return now && now !== selectionBefore ? now : null;
    };
    let selection = await poll(moved, { timeout: 3000, describeFailure: () => 'unchanged' }).catch(() => null);
    if (!selection) {
      // The entity row itself only expands; its first child (a quote or mention) reveals the text. On a busy machine
      // the click can land while the tree re-renders and only select the row, so expand it by its twistie until a
      // child shows, then click the child until the selection moves.
      const level = Number(await entityRow.getAttribute('aria-level'));
      const child = view.locator(`.monaco-list-row[role="treeitem"][aria-level="${level + 1}"]`).first();
      selection = await poll(async () => {
        if (!(await child.isVisible())) {
          if ((await entityRow.getAttribute('aria-expanded')) === 'false') await entityRow.locator('.monaco-tl-twistie').click();
          return null;
        }
        await child.click();
        return poll(moved, { timeout: 2000, describeFailure: () => 'unchanged' }).catch(() => null);
      }, {
        timeout: 30_000,
        interval: 500,
        describeFailure: async () => `editor selection did not move after clicking "${ENTITY}" and its first child: ` +
          `status still "${(await status.innerText()).trim()}", row expanded: ${await entityRow.getAttribute('aria-expanded')}, ` +
          `rows: ${JSON.stringify(await view.locator('.monaco-list-row').allInnerTexts())}`,
      });
    }
    assert.match(selection, /Ln \d+, Col \d+/);
    assert.ok(await editor.locator('.view-line', { hasText: ENTITY }).count(), 'the seed article is no longer in the editor');
    console.log(`      selection: "${selectionBefore}" -> "${selection}"`);
  });

  it('saves a screenshot', async () => {
    await page.mouse.move(0, 0);
    rmSync(SCREENSHOT, { force: true });
    await page.screenshot({ path: SCREENSHOT });
    const png = readFileSync(SCREENSHOT);
    assert.ok(png.length > 10_000 && png.subarray(1, 4).toString() === 'PNG', `${SCREENSHOT} is no screenshot (${png.length} bytes)`);
    console.log(`      screenshot: ${SCREENSHOT}`);
    if (process.env.UPDATE_SCREENSHOT === '1') {
      copyInto(SCREENSHOT, join(ROOT, 'media', 'screenshot.png'));
      console.log('      copied to media/screenshot.png (UPDATE_SCREENSHOT=1)');
    }
  });
});
