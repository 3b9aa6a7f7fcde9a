// The test host's scratch folders (scripts/vscode-host/index.mjs): short socket paths whatever the checkout
// path, and nothing left behind after a normal end, SIGINT/SIGTERM, or a run killed outright.
// Each case runs the host module in a child process, some from a copy of it at a deliberately long path.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, describe, it } from 'mocha';
import { DEEPEST_SOCKET, ROOT, SOCKET_PATH_MAX, findCodeServer } from '../../scripts/vscode-host/index.mjs';

const HOST = join(ROOT, 'scripts', 'vscode-host', 'index.mjs');

/** Starts `node --input-type=module -e code` and collects its output; `lines` resolves each printed JSON line in turn. */
function child(code, { env = {} } = {}) {
  const proc = spawn(process.execPath, ['--input-type=module', '-e', code], {
    env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters = [];
  const seen = [];
  proc.stdout.on('data', chunk => {
    out += chunk;
    let nl;
    while ((nl = out.indexOf('\n')) >= 0) {
      const line = out.slice(0, nl);
      out = out.slice(nl + 1);
      if (!line.trim()) continue;
      seen.push(JSON.parse(line));
      while (waiters.length && seen.length) waiters.shift()(seen.shift());
    }
  });
  proc.stderr.on('data', chunk => { err += chunk; });
  const exit = new Promise(resolve => proc.on('exit', (code, signal) => resolve({ code, signal, stderr: err })));
  const next = () => (seen.length ? Promise.resolve(seen.shift()) : Promise.race([
    new Promise(resolve => waiters.push(resolve)),
    exit.then(r => { throw new Error(`child exited (${r.code ?? r.signal}) before printing; stderr:\n${r.stderr}`); }),
  ]));
  return { proc, next, exit };
}

/**
 * A script that creates a scratch dir, prints its paths, then waits (or cleans up when `end`). With `hold` it
 * cleans up only once a line arrives on its stdin, so the test can use the folder without racing the removal.
 */
const scratchScript = (host, { end = false, server = false, hold = false } = {}) => `
  import * as host from ${JSON.stringify(host)};
  const s = host.createScratch('integration');
  ${server ? 'const srv = await host.startCodeServer(s);' : ''}
  console.log(JSON.stringify({ dir: s.dir, tmp: s.tmp, userData: s.userData, pid: ${server ? 'srv.pid' : 'null'} }));
  ${hold ? "await new Promise(resolve => process.stdin.once('data', resolve)); process.stdin.destroy();" : ''}
  ${end ? 'await host.cleanupAll(); console.log(JSON.stringify({ cleaned: true }));' : 'setInterval(() => {}, 1000);'}
`;

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(what, check, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await delay(50);
  }
}

describe('test host scratch folders', () => {
  let longRoot;
  let longHost;

  before(() => {
    // A checkout whose path alone is longer than a socket path may be.
    const base = mkdtempSync(join(tmpdir(), 'na-host-test-'));
    longRoot = join(base, 'a-long-folder-name-for-ci-testing', 'another-long-folder-name-for-checking',
      'news-annotator-clone-at-a-long-path');
    assert.ok(longRoot.length > SOCKET_PATH_MAX, `the fake checkout path is only ${longRoot.length} characters`);
    mkdirSync(join(longRoot, 'scripts', 'vscode-host'), { recursive: true });
    cpSync(HOST, join(longRoot, 'scripts', 'vscode-host', 'index.mjs'));
    cpSync(join(ROOT, 'seeds'), join(longRoot, 'seeds'), { recursive: true });
    longHost = join(longRoot, 'scripts', 'vscode-host', 'index.mjs');
  });

  after(() => {
    if (longRoot) rmSync(longRoot.split('/a-long-folder-name')[0], { recursive: true, force: true });
  });

  it('puts the scratch folder outside a long checkout, with room for the deepest socket, and removes it', async () => {
    // The child removes the folder only when told: binding a socket in a folder being removed failed once
    // (EACCES) on a busy machine.
    const c = child(scratchScript(longHost, { end: true, hold: true }));
    const paths = await c.next();
    assert.ok(!paths.dir.startsWith(longRoot), `scratch inside the checkout: ${paths.dir}`);
    const deepest = paths.dir + DEEPEST_SOCKET;
    assert.ok(deepest.length <= SOCKET_PATH_MAX, `${deepest} is ${deepest.length} bytes`);
    // A real socket at the deepest path the run will use binds.
    const server = createServer();
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(deepest, resolve);
    });
    await new Promise(resolve => server.close(resolve));
    c.proc.stdin.write('clean up\n');
    assert.deepEqual(await c.next(), { cleaned: true });
    const { code } = await c.exit;
    assert.equal(code, 0);
    assert.ok(!existsSync(paths.dir), `${paths.dir} was left behind`);
  });

  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]]) {
    it(`removes the scratch folder on ${signal} and exits ${code}`, async () => {
      const c = child(scratchScript(HOST));
      const { dir } = await c.next();
      assert.ok(existsSync(dir));
      c.proc.kill(signal);
      const r = await c.exit;
      assert.equal(r.code, code, r.stderr);
      assert.ok(!existsSync(dir), `${dir} was left behind after ${signal}`);
    });
  }

  it('keeps the folder with VSCODE_HOST_KEEP=1 and says where it is', async () => {
    const c = child(scratchScript(HOST, { end: true }), { env: { VSCODE_HOST_KEEP: '1' } });
    const { dir } = await c.next();
    await c.next();
    const r = await c.exit;
    try {
      assert.equal(r.code, 0);
      assert.ok(existsSync(join(dir, 'workspace', 'seeds')), `${dir} was not kept`);
      assert.ok(r.stderr.includes(`kept scratch dir ${dir}`), r.stderr);
      // A later run does not mistake a kept folder for an orphan.
      const later = child(scratchScript(HOST, { end: true }));
      await later.next();
      await later.exit;
      assert.ok(existsSync(dir), 'a later run removed the kept folder');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('removes, on the next run, a folder left by a run killed with SIGKILL', async () => {
    const killed = child(scratchScript(HOST));
    const { dir } = await killed.next();
    killed.proc.kill('SIGKILL');
    await killed.exit;
    assert.ok(existsSync(dir), 'SIGKILL cannot be cleaned up after by the run itself');
    const next = child(scratchScript(HOST, { end: true }));
    await next.next();
    await next.exit;
    assert.ok(!existsSync(dir), `${dir} was not reaped`);
  });

  it('stops code-server\'s whole process group and removes the folder on SIGTERM', async function () {
    findCodeServer(); // fails loudly when code-server is not installed
    const c = child(scratchScript(HOST, { server: true }));
    const { dir, pid } = await c.next();
    assert.ok(groupAlive(pid), 'code-server is not running');
    c.proc.kill('SIGTERM');
    const r = await c.exit;
    assert.equal(r.code, 143, r.stderr);
    await until('code-server\'s process group to end', () => !groupAlive(pid));
    assert.ok(!existsSync(dir), `${dir} was left behind`);
  });
});
