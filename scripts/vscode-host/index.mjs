// Test host for running the extension inside a real VS Code when VS Code itself cannot be downloaded:
// code-server (VS Code server + web workbench, installed by scripts/install-code-server.sh) driven by a
// headless Chromium through playwright-core. Used by scripts/run-integration.mjs and the UI tests.
//
// Every run gets its own scratch directory with a short name under the system temp dir (`/tmp/na-ui-Xy12Ab`),
// which is also HOME, XDG_* and TMPDIR for code-server and Chromium, so nothing is written into the real HOME.
// It is short whatever the checkout path, because Unix socket paths hold at most 107 bytes and both Chromium
// (SingletonSocket) and VS Code (vscode-ipc-*.sock, code-server-ipc.sock) put theirs under it.
// code-server is started in its own process group and the whole group is killed on cleanup (extension
// hosts outlive the browser connection). SIGINT/SIGTERM/SIGHUP run the same cleanup before exiting, and
// a run that was killed outright (SIGKILL) has its folder removed by the next run.
// Background: ../shared/notes/vscode-test-host.md.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, createWriteStream, cpSync, copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { get as httpGet } from 'node:http';
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
// What must not outlive this process even when it exits without running the async cleanup (an uncaught
// error, a process.exit elsewhere): removed or killed synchronously on 'exit'.
const liveDirs = new Set();
const liveGroups = new Set();

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

function lastResortCleanup() {
  for (const pgid of liveGroups) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
  }
  if (process.env.VSCODE_HOST_KEEP === '1') return;
  for (const dir of liveDirs) {
    try { rmSync(dir, { recursive: true, force: true, maxRetries: 3 }); } catch { /* nothing more to do while exiting */ }
  }
}

function installSignalHandlers() {
  if (signalsInstalled) return;
  signalsInstalled = true;
  process.once('exit', lastResortCleanup);
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, code] of Object.entries(codes)) {
    process.once(signal, () => {
      console.error(`[vscode-host] ${signal}: stopping code-server and Chromium, removing the scratch folder`);
      // Give async cleanup a few seconds, then exit regardless; the 'exit' handler still kills and removes.
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

/** Longest path a Unix socket can have on Linux (sun_path is 108 bytes, NUL included). */
export const SOCKET_PATH_MAX = 107;
// The deepest socket a run creates below its scratch dir: VS Code's `tmp/vscode-ipc-<uuid>.sock` (Chromium's
// `tmp/org.chromium.Chromium.XXXXXX/SingletonSocket` and code-server's `data/code-server-ipc.sock` are shorter).
export const DEEPEST_SOCKET = '/tmp/vscode-ipc-00000000-0000-0000-0000-000000000000.sock';
const SCRATCH_PREFIX = 'na-';
const OWNER_FILE = '.news-annotator-test-host.pid'; // only folders holding it are ever reaped

/**
 * The folder that holds scratch dirs: the system temp dir, or /tmp when TMPDIR is itself too long to leave
 * room for the sockets. Throws when neither does, naming the limit.
 */
export function scratchBase(label) {
  const room = base => join(base, `${SCRATCH_PREFIX}${label}-XXXXXX`).length + DEEPEST_SOCKET.length <= SOCKET_PATH_MAX;
  const candidates = [tmpdir(), '/tmp'];
  const base = candidates.find(b => existsSync(b) && room(b));
  if (!base) {
    throw new Error(`no temp dir short enough for socket paths (at most ${SOCKET_PATH_MAX} bytes): tried ${candidates.join(', ')}; ` +
      'set TMPDIR to a short folder');
  }
  return base;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Removes scratch dirs whose run was killed outright (its owner process is gone). Kept dirs have no owner file. */
function reapOrphans(base) {
  let names;
  try {
    names = readdirSync(base);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(SCRATCH_PREFIX)) continue;
    const dir = join(base, name);
    let pid;
    try {
      pid = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
    } catch {
      continue; // not ours, or kept on purpose
    }
    if (Number.isInteger(pid) && pid > 0 && !alive(pid)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * Creates <temp>/na-<label>-XXXXXX with home/, xdg/, tmp/, data/, extensions/ and a workspace/ holding a copy
 * of seeds/; `settings` are added to the user settings. Removed on cleanup (also on SIGINT/SIGTERM/SIGHUP)
 * unless VSCODE_HOST_KEEP=1, which keeps it and prints where it is.
 */
export function createScratch(label, { settings = {} } = {}) {
  installSignalHandlers();
  const base = scratchBase(label);
  reapOrphans(base);
  const dir = mkdtempSync(join(base, `${SCRATCH_PREFIX}${label}-`));
  liveDirs.add(dir);
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
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
    liveDirs.delete(dir);
    if (process.env.VSCODE_HOST_KEEP === '1') {
      rmSync(join(dir, OWNER_FILE), { force: true }); // a later run must not reap it
      console.error(`[vscode-host] kept scratch dir ${dir} (VSCODE_HOST_KEEP=1; remove it by hand)`);
    } else {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  });
  return paths;
}

// ---------------------------------------------------------------------------------------------------
// code-server

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
    env: serverEnv(scratch, {}), encoding: 'utf8', timeout: 180_000,
  });
  if (res.status !== 0) {
    throw new Error(`code-server --install-extension ${vsixPath} failed (exit ${res.status}):\n${res.stdout}\n${res.stderr}`);
  }
  return res.stdout.trim();
}

/**
 * Starts code-server on a port the system picks (`--bind-addr 127.0.0.1:0`, so no other run on the machine can
 * take it in between) in its own process group, reads the port from its log and resolves once /healthz answers
 * there. `env` is passed on to the server and so to the extension host's process.env.
 */
export async function startCodeServer(scratch, { env = {}, readyTimeoutMs = 90_000 } = {}) {
  installSignalHandlers();
  const entry = findCodeServer();
  const log = createWriteStream(scratch.serverLog);
  const child = spawn(process.execPath, [entry, ...serverArgs(scratch),
    '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
  ], { cwd: scratch.dir, env: serverEnv(scratch, env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  liveGroups.add(child.pid);
  let port = null;
  let head = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(log, { end: false });
    stream.on('data', chunk => {
      if (port !== null) return;
      head += chunk;
      const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(head);
      if (m) port = Number(m[1]);
    });
  }
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const stop = registerCleanup(async () => {
    const pgid = child.pid;
    const signalGroup = sig => { try { process.kill(-pgid, sig); return true; } catch { return false; } };
    if (signalGroup('SIGTERM')) {
      for (let i = 0; i < 30 && signalGroup(0); i++) await delay(100);
      signalGroup('SIGKILL');
    }
    liveGroups.delete(pgid);
    await new Promise(r => log.end(r));
  });

  // Generous: on a loaded 2-core machine code-server can take many seconds to start.
  const deadline = Date.now() + readyTimeoutMs;
  while (port === null || !(await healthy(port))) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited during startup (${JSON.stringify(exited)}). Log:\n${readFileSync(scratch.serverLog, 'utf8')}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not ${port === null ? 'report its port' : 'answer /healthz'} within ${readyTimeoutMs} ms. Log:\n${readFileSync(scratch.serverLog, 'utf8')}`);
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
