// What every UI test needs: a code-server with the packaged .vsix, a Chromium page on it, polling, and a
// screenshot of each failure. Not a test file itself.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import {
  ROOT, SEED_FILE, createScratch, findChromium, findCodeServer, forwardConsole, installVsix, launchBrowser, startCodeServer,
  workbenchUrl,
} from '../../scripts/vscode-host/index.mjs';

export const VSIX = process.env.NEWS_ANNOTATOR_VSIX || join(ROOT, 'dist', 'news-annotator.vsix');
export const RESULTS = join(ROOT, 'test-results');

/** Polls `check` (returning a value or a falsy one) until it yields, else fails with `describeFailure()`. */
export async function poll(check, { timeout = 60_000, interval = 250, describeFailure }) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(await describeFailure());
    await delay(interval);
  }
}

/**
 * A scratch folder (with seeds/), code-server with the .vsix installed, and a 1400×860 Chromium page whose
 * workbench errors are printed. Missing prerequisites fail loudly; they never skip the suite.
 */
export async function startWorkbench(label, settings) {
  findCodeServer();
  findChromium();
  assert.ok(existsSync(VSIX), `no ${VSIX}: run npm run package first (npm run test:ui does)`);
  mkdirSync(RESULTS, { recursive: true });
  const scratch = createScratch(label, { settings });
  const installed = installVsix(scratch, VSIX);
  assert.match(installed, /successfully installed/i, `code-server did not install the .vsix:\n${installed}`);
  const server = await startCodeServer(scratch);
  const browser = await launchBrowser(scratch);
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 860 } })).newPage();
  forwardConsole(page, {
    onLine: (text, { type }) => {
      if (type === 'error') process.stderr.write(`      [workbench] ${text}\n`);
    },
  });
  return { scratch, server, page };
}

/** Loads the workbench on the scratch workspace and waits for the News container's tab in the activity bar. */
export async function loadWorkbench({ scratch, server, page }) {
  await page.goto(workbenchUrl(server, { folder: scratch.workspace }));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.getByRole('tab', { name: /^News/ }).waitFor({ timeout: 60_000 });
}

/** Opens a file of the workspace with Quick Open (Ctrl+P), as a user would; the seed article by default. */
export async function quickOpen(page, name = SEED_FILE) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
}

/** For afterEach: a screenshot of the page when the test failed. */
export async function screenshotFailure(test, page) {
  if (test?.state !== 'failed' || !page) return;
  const file = join(RESULTS, `ui-failure-${test.title.replace(/[^a-z0-9]+/gi, '-')}.png`);
  await page.screenshot({ path: file }).catch(() => {});
  console.error(`      screenshot of the failure: ${file}`);
}

/**
 * The body of the News container's Entities view. The container also holds People, whose rows carry the same names
 * ("Lloyd Austin"), so a locator over the whole sidebar could land in either, depending on which drew first.
 */
export function entitiesView(page) {
  return page.locator('.sidebar .pane').filter({ has: page.locator('.pane-header h3.title', { hasText: /^\s*Entities\s*$/i }) }).locator('.pane-body');
}
