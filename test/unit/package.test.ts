import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

describe('the npm package: `npx news-annotator annotate DIR` from the packed tarball, offline', function () {
  // npm pack builds the bundle (prepack), npm install unpacks it: seconds each on a busy machine.
  this.timeout(300_000);
  let scratch: string;
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'na-pkg-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  const sh = (cmd: string, args: string[], options: SpawnSyncOptions) => {
    // Offline, with an empty cache of its own: what is installed must come from the tarball alone.
    const env = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_cache: join(scratch, 'npm-cache') };
    const r = spawnSync(cmd, args, { encoding: 'utf8', env, timeout: 240_000, ...options });
    if (r.error) assert.fail(`${cmd} ${args.join(' ')} could not run (${r.error.message}); this test needs npm on the PATH`);
    return r as typeof r & { stdout: string; stderr: string };
  };

  it('packs, installs with no dependency to fetch, and annotates a folder', () => {
    const pack = sh('npm', ['pack', '--pack-destination', scratch], { cwd: ROOT });
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = join(scratch, pack.stdout.trim().split('\n').pop()!);
    assert.ok(existsSync(tarball), `npm pack did not write ${tarball}`);

    const app = join(scratch, 'app');
    mkdirSync(join(app, 'articles'), { recursive: true });
    writeFileSync(join(app, 'package.json'), '{"name": "scratch-app", "version": "1.0.0", "private": true}');
    writeFileSync(join(app, 'articles', 'a.txt'), 'date 2021-03-19\nSmith said yesterday: “We will win.”\n');
    writeFileSync(join(app, 'articles', 'b.txt'), 'WASHINGTON, March 3, 2021 (AP) - Jones told reporters on Monday: “Not yet.”\n');
    const install = sh('npm', ['install', '--offline', tarball], { cwd: app });
    assert.equal(install.status, 0, install.stderr);
    assert.ok(!existsSync(join(app, 'node_modules', 'chrono-node')), 'the bundle carries chrono-node; nothing else is installed');
    // the bin loads its bundle through the code cache made at build time, which the package must carry
    const installed = join(app, 'node_modules', 'news-annotator', 'dist');
    const cache = readFileSync(join(installed, 'cli-core.cache'));
    const bundle = readFileSync(join(installed, 'cli-core.js'));
    // its build id (the SHA-1 of the bundle with the id zeroed) stamped in the bundle's first line and heading the cache
    const id = /^\/\/ news-annotator build ([0-9a-f]{40})\n/.exec(bundle.toString('latin1', 0, 80))?.[1];
    assert.ok(id, 'the bundle starts with its build id');
    const unstamped = Buffer.from(bundle);
    unstamped.write('0'.repeat(40), bundle.indexOf(id), 'latin1');
    assert.equal(id, createHash('sha1').update(unstamped).digest('hex'), 'the build id is the hash of the bundle it is in');
    assert.deepEqual(cache.subarray(0, 20), Buffer.from(id, 'hex'), 'the cache is made for the bundle it ships with');
    // ASCII only, so every thread holds its source as a one-byte string (esbuild.mjs escapes what esbuild leaves)
    const wide = bundle.findIndex((b) => b >= 0x80);
    assert.equal(wide, -1, `a non-ASCII byte in the bundle: ${bundle.subarray(Math.max(0, wide - 40), wide + 10).toString()}`);

    const run = sh('npx', ['--offline', 'news-annotator', 'annotate', '--jobs', '2', 'articles'], { cwd: app });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /== articles\/a\.txt\ndocument date: 2021-03-19 \(dateline\)/);
    assert.match(run.stdout, /== articles\/b\.txt\ndocument date: 2021-03-03 \(dateline\)/);
    assert.match(run.stdout, /“We will win\.”/);
    assert.match(run.stderr, /2 documents, 2 quotes/);

    const help = sh('npx', ['--offline', 'news-annotator', '--help'], { cwd: app });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--jobs N/);
  });
});
