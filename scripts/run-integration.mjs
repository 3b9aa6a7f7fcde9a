#!/usr/bin/env node
// Runs the mocha integration tests (out/test/integration/index.js, the usual run() contract) inside a
// real VS Code extension host, and exits with the tests' exit code.
//
//   VSCODE_TEST_HOST=auto (default)  download VS Code <VERSION> with @vscode/test-electron and run there
//                                    (under xvfb-run on Linux without a display); ONLY if the download
//                                    fails, run in code-server instead. A failing test never falls back.
//   VSCODE_TEST_HOST=electron        desktop VS Code only; a failed download is an error.
//   VSCODE_TEST_HOST=code-server     code-server (scripts/install-code-server.sh) + headless Chromium.
//
// Other knobs: VSCODE_EXECUTABLE_PATH (use an installed desktop VS Code instead of downloading), MOCHA_GREP, MOCHA_TIMEOUT (per test; default in test/integration/.mocharc.json),
// INTEGRATION_TIMEOUT_MS (whole run, default 600 s: generous for a loaded machine),
// VSCODE_HOST_KEEP=1 keeps the scratch dir. Prints `Integration tests ran in VS Code <version> (<host>)`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import process from 'node:process';
import {
  ROOT, MissingPrerequisiteError, codeServerVsCodeVersion, createScratch, cleanupAll, findChromium, findCodeServer,
  withWorkbench,
} from './vscode-host/index.mjs';

const VERSION = process.env.VSCODE_TEST_VERSION || '1.100.3';
const TESTS_MODULE = join(ROOT, 'out', 'test', 'integration', 'index');
const RESULT_FILE = join(ROOT, 'test-results', 'integration-result.json');
const RUN_TIMEOUT_MS = Number(process.env.INTEGRATION_TIMEOUT_MS || 600_000);

function log(message) {
  console.error(`[run-integration] ${message}`);
}

function fail(message) {
  console.error(`\n[run-integration] ERROR: ${message}\n`);
  return 1;
}

function checkBuilt() {
  const missing = [join(ROOT, 'dist', 'extension.js'), `${TESTS_MODULE}.js`].filter(p => !existsSync(p));
  if (missing.length) {
    throw new MissingPrerequisiteError(`not built: ${missing.join(', ')}. Run npm run compile && npm run build (npm test does both).`);
  }
}

/**
 * Prints `Integration tests ran in VS Code <version> (<host>)` with the version the extension host
 * itself reported (index.ts writes RESULT_FILE), and returns the exit code. Without that report the
 * tests never ran (VS Code did not start, or the tests module did not load): that is a failure too.
 */
function finish(code, host) {
  let summary = null;
  try {
    summary = JSON.parse(readFileSync(RESULT_FILE, 'utf8'));
  } catch {
    // no report
  }
  if (!summary || summary.error) {
    return fail(`the integration tests did not run in ${host} (exit code ${code})` +
      (summary?.error ? `: ${summary.error.split('\n')[0]}` : ': no report from the extension host'));
  }
  console.log(`Integration tests ran in VS Code ${summary.vscodeVersion} (${host})`);
  return code;
}

// ------------------------------------------------------------------------------------------------
// Electron route

async function tryDownload() {
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  const started = Date.now();
  try {
    return await downloadAndUnzipVSCode({ version: VERSION, cachePath: join(ROOT, '.vscode-test'), timeout: 15_000 });
  } catch (err) {
    const reason = String(err?.message ?? err).split('\n')[0];
    log(`downloading VS Code ${VERSION} failed after ${Date.now() - started} ms: ${reason}`);
    return null;
  }
}

/** Runs the tests in desktop VS Code; `--electron-inner` is this same script re-run under xvfb-run. */
async function runElectron(executable) {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.argv.includes('--electron-inner')) {
    const xvfb = ['/usr/bin/xvfb-run', '/bin/xvfb-run'].find(existsSync);
    if (!xvfb) {
      throw new MissingPrerequisiteError('no display and no xvfb-run: apt-get install -y xvfb (or run bash scripts/setup-test-env.sh).');
    }
    const scratch = createScratch('xvfb');
    log(`no DISPLAY: re-running under ${xvfb} -a`);
    const child = spawn(xvfb, ['-a', process.execPath, fileURLToPath(import.meta.url), '--electron-inner', executable], {
      stdio: 'inherit', env: { ...process.env, TMPDIR: scratch.tmp }, detached: true,
    });
    const stopChild = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ } };
    process.once('SIGINT', stopChild);
    process.once('SIGTERM', stopChild);
    const code = await new Promise(resolve => child.on('exit', (c, s) => resolve(c ?? (s ? 1 : 0))));
    await cleanupAll();
    return code; // the inner run printed the mocha output and the "ran in" line
  }
  const { runTests } = await import('@vscode/test-electron');
  const scratch = createScratch('electron');
  // HOME/XDG/TMPDIR of the VS Code process point into the scratch dir, as for code-server.
  Object.assign(process.env, scratch.env);
  let code;
  try {
    code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: TESTS_MODULE,
      extensionTestsEnv: { NEWS_ANNOTATOR_TEST_RESULT: RESULT_FILE },
      launchArgs: [scratch.workspace, '--disable-extensions', '--disable-workspace-trust', '--disable-gpu',
        '--skip-welcome', '--skip-release-notes', '--user-data-dir', scratch.userData, '--extensions-dir', scratch.extensions],
    });
  } catch (err) {
    // TestRunFailedError: the tests ran and failed (or VS Code crashed). Not a reason to fall back.
    log(String(err?.message ?? err));
    code = typeof err?.code === 'number' && err.code !== 0 ? err.code : 1;
  } finally {
    await cleanupAll();
  }
  return finish(code, 'electron');
}

// ------------------------------------------------------------------------------------------------
// code-server route

async function runCodeServer() {
  findCodeServer();
  findChromium();
  const version = codeServerVsCodeVersion();
  // Print what the extension host logs once run() has started (index.ts logs "Running integration
  // tests in ..." first); before that it is only workbench start-up chatter. Errors always go to stderr.
  let started = false;
  let lastError = '';
  const onLine = (text, { fromExtensionHost, type }) => {
    if (fromExtensionHost && text.startsWith('Running integration tests in')) started = true;
    if (started && fromExtensionHost && type !== 'error') {
      process.stdout.write(`${text}\n`);
    } else if (type === 'error' && text !== lastError) { // the workbench logs a rejected run() twice
      lastError = text;
      process.stderr.write(`[workbench] ${text}\n`);
    }
  };
  const options = { label: 'integration', env: { NEWS_ANNOTATOR_TEST_RESULT: RESULT_FILE }, console: { onLine } };
  return withWorkbench(options, async ctx => {
    const { server, scratch, open, automationExit, flushConsole } = ctx;
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(ROOT)],
      ['extensionTestsPath', server.remoteUri(TESTS_MODULE)],
    ];
    log(`code-server ${server.authority} (VS Code ${version}), workspace ${scratch.workspace}`);
    await open({ folder: scratch.workspace, payload });
    const timedOut = delay(RUN_TIMEOUT_MS).then(() => null);
    const result = await Promise.race([automationExit, timedOut]);
    await flushConsole();
    if (!result) {
      console.error(readFileSync(scratch.serverLog, 'utf8').split('\n').slice(-40).join('\n'));
      return fail(`the extension tests did not finish within ${RUN_TIMEOUT_MS} ms (INTEGRATION_TIMEOUT_MS); code-server log above.`);
    }
    if (result.code !== 0 && !existsSync(RESULT_FILE) && Array.isArray(result.logs)) {
      // run() never got going (e.g. the tests module threw on load): the extension host logs say why.
      for (const entry of result.logs) {
        if (/exthost/i.test(entry?.relativePath ?? '') && entry.contents) {
          console.error(`----- ${entry.relativePath} (last 60 lines) -----`);
          console.error(String(entry.contents).trim().split('\n').slice(-60).join('\n'));
        }
      }
    }
    return finish(result.code, 'code-server');
  });
}

// ------------------------------------------------------------------------------------------------

async function main() {
  if (process.argv.includes('--electron-inner')) {
    return runElectron(process.argv[process.argv.indexOf('--electron-inner') + 1]);
  }
  const mode = process.env.VSCODE_TEST_HOST || 'auto';
  if (!['auto', 'electron', 'code-server'].includes(mode)) {
    return fail(`VSCODE_TEST_HOST must be auto, electron or code-server (got ${mode}).`);
  }
  checkBuilt();
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  rmSync(RESULT_FILE, { force: true });

  if (mode !== 'code-server') {
    const executable = process.env.VSCODE_EXECUTABLE_PATH || await tryDownload();
    if (executable) return runElectron(executable);
    if (mode === 'electron') return fail(`VSCODE_TEST_HOST=electron but VS Code ${VERSION} could not be downloaded.`);
    log('falling back to code-server (the download failed; this is not a test result)');
  }
  return runCodeServer();
}

main().then(
  code => process.exit(code),
  err => {
    const code = fail(err instanceof MissingPrerequisiteError ? `missing prerequisite: ${err.message}` : String(err?.stack ?? err));
    cleanupAll().finally(() => process.exit(code));
  },
);
