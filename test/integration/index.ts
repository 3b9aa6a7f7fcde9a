// Entry point loaded by the VS Code extension host (`extensionTestsPath`), both under
// @vscode/test-electron and under code-server (scripts/run-integration.mjs). The host calls run() and
// reports failure when the returned promise rejects.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const f of findTests(full)) found.push(f);
    else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

/** Summary for the runner, written when NEWS_ANNOTATOR_TEST_RESULT names a file. */
interface RunSummary {
  vscodeVersion: string;
  appName: string;
  uiKind: 'desktop' | 'web';
  remoteName: string | null;
  files: string[];
  passes: string[];
  failures: { title: string; message: string }[];
  error?: string;
}

function writeSummary(summary: RunSummary): void {
  const target = process.env.NEWS_ANNOTATOR_TEST_RESULT;
  if (target) fs.writeFileSync(target, JSON.stringify(summary, null, 2));
}

/** test/integration/.mocharc.json (next to the sources; this file runs from out/test/integration). */
function mochaRc(): { timeout?: number; slow?: number } {
  const file = path.resolve(__dirname, '..', '..', '..', 'test', 'integration', '.mocharc.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { timeout?: number; slow?: number };
}

export function run(): Promise<void> {
  const rc = mochaRc();
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: process.env.MOCHA_TIMEOUT ? Number(process.env.MOCHA_TIMEOUT) : rc.timeout,
    slow: rc.slow,
    grep: process.env.MOCHA_GREP || undefined,
  });
  const summary: RunSummary = {
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
    remoteName: vscode.env.remoteName ?? null,
    files: [],
    passes: [],
    failures: [],
  };
  console.log(`Running integration tests in ${summary.appName} ${summary.vscodeVersion} (${summary.uiKind}${summary.remoteName ? `, remote ${summary.remoteName}` : ''})`);

  return new Promise((resolve, reject) => {
    try {
      summary.files = findTests(__dirname);
      if (summary.files.length === 0) throw new Error(`no *.test.js files under ${__dirname}: was the project compiled (npm run compile)?`);
      for (const file of summary.files) mocha.addFile(file);
      const runner = mocha.run(failures => {
        writeSummary(summary);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
      runner.on('pass', test => summary.passes.push(test.fullTitle()));
      runner.on('fail', (test, err: Error) => summary.failures.push({ title: test.fullTitle(), message: String(err?.message ?? err) }));
    } catch (err) {
      summary.error = String((err as Error)?.stack ?? err);
      writeSummary(summary);
      console.error(err);
      reject(err);
    }
  });
}
