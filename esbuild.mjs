// Bundles the extension and the CLI into dist/. `--production` minifies; `--cli-only` skips the extension.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const production = process.argv.includes('--production');
const cliOnly = process.argv.includes('--cli-only');

// JSON files (the trained models) enter the bundle as JSON.parse of a string literal: V8 parses JSON several times
// faster than the same data written as a JavaScript object literal, and start-up pays for it in every process.
// Non-ASCII characters are escaped inside the JSON text (\uXXXX, which JSON.parse decodes), so the string literal
// stays one byte per character: one character above U+00FF (a feature word with ’) would make V8 hold, scan and
// parse the whole model as a two-byte string.
const nonAscii = /[\u0080-\uffff]/g;
const asciiJson = (data) => JSON.stringify(data).replace(nonAscii, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const data = JSON.parse(await readFile(args.path, 'utf8'));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(asciiJson(data))});`, loader: 'js' };
    });
  },
};

const common = {
  plugins: [jsonAsParse],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
};

// The CLI bundle (dist/cli-core.js) carries every dependency (chrono-node included), so the packed tarball installs
// and runs offline. The package's `bin` (dist/cli.js, src/cli/bin.ts) is a small loader that compiles the bundle through
// V8's code cache (dist/cli-core.cache, written below); worker threads start on the bin too.
const CODE_CACHE = 'dist/cli-core.cache';
rmSync(CODE_CACHE, { force: true });
const builds = [
  esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-core.js' }),
  esbuild.build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
];
if (!cliOnly && existsSync('src/extension/extension.ts')) {
  builds.push(esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }));
}
await Promise.all(builds);

// The cache is V8's bytecode of the bundle, warmed on the seed articles; made by this same Node.js (V8 refuses it
// under another version, and the bin then compiles from source as it would without it).
const made = spawnSync(process.execPath, ['-e', `require('./dist/cli.js').writeCodeCache('seeds').then((n) => console.log(n))`], { encoding: 'utf8' });
if (made.status !== 0) {
  console.error(`esbuild: writing ${CODE_CACHE} failed:\n${made.stderr}`);
  process.exit(1);
}

// The bundled word tables grow with their data packages: the packaged extension must stay under 2 MB.
const MAX_EXTENSION_BYTES = 2_000_000;
if (production && !cliOnly && existsSync('dist/extension.js')) {
  const size = statSync('dist/extension.js').size;
  if (size > MAX_EXTENSION_BYTES) {
    console.error(`esbuild: dist/extension.js is ${size} bytes, over the ${MAX_EXTENSION_BYTES} allowed`);
    process.exit(1);
  }
}
