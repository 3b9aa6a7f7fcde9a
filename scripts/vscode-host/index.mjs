// Test host for running the extension inside a real VS Code when VS Code itself cannot be downloaded:
// code-server (VS Code server + web workbench, installed by scripts/install-code-server.sh) driven by a
// headless Chromium through playwright-core. Used by scripts/run-integration.mjs and the UI tests.
//
// Every run gets its own scratch directory under .vscode-test/runs/, which is also HOME, XDG_* and TMPDIR
// for code-server and Chromium, so nothing is written into the real HOME or the system temp dir.
// code-server is started in its own process group and the whole group is killed on cleanup (extension
// hosts outlive the browser connection). SIGINT/SIGTERM/SIGHUP run the same cleanup before exiting.
// Background: ../shared/notes/vscode-test-host.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream, cpSync, copyFileSync } from 'node:fs';
import { createServer, get as httpGet } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { setTimeout as delay } from 'node:timers/promises';
import process from 'node:process';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEED_FILE = '000_9b514ff0938d35df.txt';
const DEFAULT_ENTRY = join(ROOT, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Thrown when a prerequisite is missing; the message says how to install it. Never a reason to skip. */
export class MissingPrerequisiteError extends Error {}

// ---------------------------------------------------------------------------------------------------
// Cleanup registry: everything started here registers an idempotent cleanup, run in reverse order on
// normal completion and on signals.

const cleanups = [];
let signalsInstalled = false;

function registerCleanup(fn) {
  let done = false;
  const once = async () => {
    if (done) return;
    done = true;
    await fn();
  };
  cleanups.push(once);
  return once;
}

export async function cleanupAll() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (err) {
      console.error(`[vscode-host] cleanup failed: ${err?.message ?? err}`);
    }
  }
}

function installSignalHandlers() {
  if (signalsInstalled) return;
  signalsInstalled = true;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, code] of Object.entries(codes)) {
    process.once(signal, () => {
      console.error(`[vscode-host] ${signal}: stopping code-server and Chromium`);
      // Give async cleanup a few seconds, then exit regardless; process groups were already signalled.
      const force = setTimeout(() => process.exit(code), 5000);
      force.unref();
      cleanupAll().finally(() => process.exit(code));
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Prerequisites

export function findCodeServer() {
  const entry = process.env.CODE_SERVER_ENTRY || DEFAULT_ENTRY;
  if (!existsSync(entry)) {
    throw new MissingPrerequisiteError(
      `code-server is not installed (looked for ${entry}).\n` +
      '  Install it with: bash scripts/install-code-server.sh   (or run bash scripts/setup-test-env.sh),\n' +
      '  or point CODE_SERVER_ENTRY at an existing code-server out/node/entry.js.');
  }
  return entry;
}

/** VS Code version bundled with a code-server install, e.g. "1.100.3". */
export function codeServerVsCodeVersion(entry = findCodeServer()) {
  const pkg = join(dirname(entry), '..', '..', 'lib', 'vscode', 'package.json');
  try {
    return JSON.parse(readFileSync(pkg, 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

export function findChromium() {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new MissingPrerequisiteError(`CHROMIUM_PATH=${explicit} does not exist.`);
    return explicit;
  }
  const found = CHROMIUM_CANDIDATES.find(p => existsSync(p));
  if (!found) {
    throw new MissingPrerequisiteError(
      `No Chromium found (looked for ${CHROMIUM_CANDIDATES.join(', ')}).\n` +
      '  Install it with: apt-get install -y chromium   (or run bash scripts/setup-test-env.sh),\n' +
      '  or set CHROMIUM_PATH.');
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Scratch directories

/**
 * Creates .vscode-test/runs/<label>-XXXXXX with home/, xdg/, tmp/, data/, extensions/ and a workspace/
 * holding a copy of seeds/; `settings` are added to the user settings. Removed on cleanup unless
 * VSCODE_HOST_KEEP=1.
 */
export function createScratch(label, { settings = {} } = {}) {
  const runs = join(ROOT, '.vscode-test', 'runs');
  mkdirSync(runs, { recursive: true });
  const dir = mkdtempSync(join(runs, `${label}-`));
  const paths = {
    dir,
    home: join(dir, 'home'),
    tmp: join(dir, 'tmp'),
    xdgConfig: join(dir, 'xdg', 'config'),
    xdgData: join(dir, 'xdg', 'data'),
    xdgCache: join(dir, 'xdg', 'cache'),
    userData: join(dir, 'data'),
    extensions: join(dir, 'extensions'),
    workspace: join(dir, 'workspace'),
    config: join(dir, 'config.yaml'),
    serverLog: join(dir, 'code-server.log'),
  };
  for (const p of [paths.home, paths.tmp, paths.xdgConfig, paths.xdgData, paths.xdgCache, paths.extensions,
    join(paths.userData, 'User'), paths.workspace]) {
    mkdirSync(p, { recursive: true });
  }
  cpSync(join(ROOT, 'seeds'), join(paths.workspace, 'seeds'), { recursive: true });
  writeFileSync(paths.config, 'auth: none\ncert: false\n');
  writeFileSync(join(paths.userData, 'User', 'settings.json'), JSON.stringify({
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'git.enabled': false,
    'chat.disableAIFeatures': true,
    'files.simpleDialog.enable': true,
    // The remote extension host otherwise scans for ports to forward by spawning a process listing every
    // few seconds, blocking its thread for 50 ms and more: noise in the tests that measure that thread.
    'remote.autoForwardPorts': false,
    ...settings,
  }, null, 2));
  paths.env = {
    HOME: paths.home,
    XDG_CONFIG_HOME: paths.xdgConfig,
    XDG_DATA_HOME: paths.xdgData,
    XDG_CACHE_HOME: paths.xdgCache,
    TMPDIR: paths.tmp,
  };
  registerCleanup(() => {
    // Keep the server log (it holds the extension host's own log lines) where CI can find it.
    if (existsSync(paths.serverLog)) copyInto(paths.serverLog, join(ROOT, 'test-results', `${label}-code-server.log`));
    if (process.env.VSCODE_HOST_KEEP === '1') {
      console.error(`[vscode-host] kept scratch dir ${dir}`);
    } else {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  });
  return paths;
}

// ---------------------------------------------------------------------------------------------------
// code-server

function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

function healthy(port) {
  return new Promise(resolveOk => {
    const req = httpGet({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, res => {
      res.resume();
      resolveOk(res.statusCode === 200);
    });
    req.on('error', () => resolveOk(false));
    req.on('timeout', () => { req.destroy(); resolveOk(false); });
  });
}

function serverArgs(scratch) {
  return ['--config', scratch.config, '--user-data-dir', scratch.userData, '--extensions-dir', scratch.extensions];
}

function serverEnv(scratch, extraEnv) {
  return { ...process.env, ...scratch.env, EXTENSIONS_GALLERY: '{}', ...extraEnv };
}

/** Installs a .vsix into the scratch extensions dir (the shipped-artifact route). */
export function installVsix(scratch, vsixPath) {
  if (!existsSync(vsixPath)) throw new Error(`No .vsix at ${vsixPath}; run npm run package first.`);
  const entry = findCodeServer();
  const res = spawnSync(process.execPath, [entry, ...serverArgs(scratch), '--force', '--install-extension', vsixPath], {
    env: serverEnv(scratch, {}), encoding: 'utf8', timeout: 60_000,
  });
  if (res.status !== 0) {
    throw new Error(`code-server --install-extension ${vsixPath} failed (exit ${res.status}):\n${res.stdout}\n${res.stderr}`);
  }
  return res.stdout.trim();
}

/**
 * Starts code-server on a free 127.0.0.1 port in its own process group. Resolves once /healthz answers.
 * `env` is passed on to the server and so to the extension host's process.env.
 */
export async function startCodeServer(scratch, { env = {}, readyTimeoutMs = 30_000 } = {}) {
  installSignalHandlers();
  const entry = findCodeServer();
  const port = await freePort();
  const log = createWriteStream(scratch.serverLog);
  const child = spawn(process.execPath, [entry, ...serverArgs(scratch),
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
  ], { cwd: scratch.dir, env: serverEnv(scratch, env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const stop = registerCleanup(async () => {
    const pgid = child.pid;
    const signalGroup = sig => { try { process.kill(-pgid, sig); return true; } catch { return false; } };
    if (signalGroup('SIGTERM')) {
      for (let i = 0; i < 30 && signalGroup(0); i++) await delay(100);
      signalGroup('SIGKILL');
    }
    await new Promise(r => log.end(r));
  });

  const deadline = Date.now() + readyTimeoutMs;
  while (!(await healthy(port))) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited during startup (${JSON.stringify(exited)}). Log:\n${readFileSync(scratch.serverLog, 'utf8')}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer /healthz within ${readyTimeoutMs} ms. Log:\n${readFileSync(scratch.serverLog, 'utf8')}`);
    }
    await delay(100);
  }
  const authority = `127.0.0.1:${port}`;
  return { port, authority, pid: child.pid, stop, remoteUri: absPath => `vscode-remote://${authority}${absPath}` };
}

/** URL of the workbench for a folder, with an optional payload (extensionDevelopmentPath, openFile, ...). */
export function workbenchUrl(server, { folder, payload } = {}) {
  const query = [];
  if (folder) query.push(`folder=${encodeURIComponent(folder)}`);
  if (payload && payload.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `http://${server.authority}/${query.length ? `?${query.join('&')}` : ''}`;
}

// ---------------------------------------------------------------------------------------------------
// Chromium

async function loadPlaywright() {
  try {
    return await import('playwright-core');
  } catch (err) {
    throw new MissingPrerequisiteError(`playwright-core is not installed (${err.message}); run npm ci.`);
  }
}

/** Launches headless Chromium with HOME/TMPDIR inside the scratch dir. Closed on cleanup. */
export async function launchBrowser(scratch) {
  installSignalHandlers();
  const executablePath = findChromium();
  const { chromium } = await loadPlaywright();
  // Playwright puts its temporary Chromium profile into os.tmpdir() of *this* process: keep it in scratch.
  const savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = scratch.tmp;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    // Our own handlers run the cleanup (playwright's would exit before code-server is stopped).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    env: { ...process.env, ...scratch.env },
  }).finally(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  });
  registerCleanup(() => browser.close().catch(() => {}));
  return browser;
}

// ---------------------------------------------------------------------------------------------------
// Console forwarding

const HARMLESS = [/vsda/, /Failed to load resource: the server responded with a status of 404/];
// The workbench's own INFO chatter arrives in the same '%c INFO' shape as extension-host output.
const WORKBENCH_CHATTER = [/^Resolv(ing|ed) connection token/, /^Creating a socket/, /^\[Service Worker\]/,
  /additional builtin extensions/, /^ChatSessionStore/, /^Started local extension host/, /^Extension host .* started/,
  /^No search provider registered for scheme/];

/** Drops %c markers and their CSS arguments, then formats like console.log. */
function formatConsoleArgs(values) {
  const [first, ...rest] = values;
  if (typeof first !== 'string' || !first.includes('%c')) return format(...values);
  const cssCount = (first.match(/%c/g) || []).length;
  const head = first.replace(/%c/g, '').trim();
  const args = rest.slice(cssCount);
  // Extension-host lines look like ('%c INFO', 'color: #33f', fmt, ...args): the level is noise.
  if (/^(INFO|LOG|DEBUG|TRACE|WARN|WARNING|ERROR|ERR)$/i.test(head) || head === '') return format(...args);
  return format(head, ...args);
}

/**
 * Forwards page console output, in order. Extension-host lines (mocha output, console.* of the
 * extension) go to stdout as-is; workbench errors go to stderr with a prefix when `workbenchErrors`.
 * Returns { flush() } which resolves once every message received so far has been printed.
 */
export function forwardConsole(page, { workbenchErrors = true, onLine } = {}) {
  let queue = Promise.resolve();
  const handle = async msg => {
    let values;
    try {
      values = await Promise.all(msg.args().map(a => a.jsonValue().catch(() => String(a))));
    } catch {
      values = [];
    }
    if (!values.length) values = [msg.text()];
    const text = formatConsoleArgs(values);
    if (HARMLESS.some(re => re.test(text))) return;
    const fromExtensionHost = typeof values[0] === 'string' && values[0].includes('%c');
    if (fromExtensionHost && WORKBENCH_CHATTER.some(re => re.test(text))) return;
    if (onLine) onLine(text, { fromExtensionHost, type: msg.type() });
    else if (fromExtensionHost) process.stdout.write(`${text}\n`);
    else if (workbenchErrors && msg.type() === 'error') process.stderr.write(`[workbench] ${text}\n`);
  };
  page.on('console', msg => { queue = queue.then(() => handle(msg)).catch(() => {}); });
  page.on('pageerror', err => {
    if (workbenchErrors) process.stderr.write(`[workbench] page error: ${err.message}\n`);
  });
  return {
    flush: async (settleMs = 200) => {
      await delay(settleMs); // messages already emitted by the page but not yet delivered
      await queue;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// One-stop helper

/**
 * Starts a scratch dir, code-server and Chromium, opens a page with `codeAutomationExit` exposed and
 * console forwarding on, runs `fn(ctx)` and always cleans up. ctx: { scratch, server, browser, context,
 * page, open(urlOptions), automationExit: Promise<{code, logs}>, flushConsole() }.
 *
 * Options: label, env (for code-server / extension host), vsix (install before start), console options.
 */
export async function withWorkbench(options, fn) {
  const { label = 'workbench', env = {}, vsix, console: consoleOptions = {} } = options;
  try {
    const scratch = createScratch(label);
    if (vsix) installVsix(scratch, vsix);
    const server = await startCodeServer(scratch, { env });
    const browser = await launchBrowser(scratch);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const { flush: flushConsole } = forwardConsole(page, consoleOptions);
    let resolveExit;
    const automationExit = new Promise(r => { resolveExit = r; });
    // Must be exposed before navigation: the workbench calls it when the extension tests' run() settles.
    await page.exposeFunction('codeAutomationExit', (code, logs) => { resolveExit({ code, logs }); });
    const open = urlOptions => page.goto(workbenchUrl(server, urlOptions));
    return await fn({ scratch, server, browser, context, page, open, automationExit, flushConsole });
  } finally {
    await cleanupAll();
  }
}

/** Copies a file, creating the destination directory (used for screenshots and logs). */
export function copyInto(src, dest) {
  mkdirSync(dirname(dest), { recursive: true });
  copyFileSync(src, dest);
}
