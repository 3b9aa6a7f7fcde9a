// Bundles the extension and the CLI into dist/. `--production` minifies; `--cli-only` skips the extension.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

const production = process.argv.includes('--production');
const cliOnly = process.argv.includes('--cli-only');

// JSON files (the trained models) enter the bundle as JSON.parse of a string literal: V8 parses JSON several times
// faster than the same data written as a JavaScript object literal, and start-up pays for it in every process.
// Non-ASCII characters are escaped inside the JSON text (\uXXXX, which JSON.parse decodes), so the string literal
// stays one byte per character: one character above U+00FF (a feature word with ’) would make V8 hold, scan and
// parse the whole model as a two-byte string.
const escapeNonAscii = (text) => text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const asciiJson = (data) => escapeNonAscii(JSON.stringify(data));
// In the CLI bundle a JSON object is parsed on first use, not at load: every worker thread loads the bundle, and a run
// without the pass that reads a model (--passes none, dates...) would parse it for nothing (15-30 ms a thread). Its
// top-level keys become getters over the one parsed object, so every key reads the same values as before.
// The attribution model's four weight lists are numbered features, written in model.json as objects of ~6,000-21,000
// number-like keys. Parsing those and turning them into lookup tables (Object.keys, then a number from each key's
// string) cost every analysing thread ~70 ms of CPU at its first article; the bundles carry each list packed instead,
// as its feature numbers and its weights in two arrays in Object.keys order, which JSON.parse reads as plain number
// arrays and WeightTable (src/core/packed.ts, src/core/attribution/model.ts) reads without a string: the same table.
const PACKED = '#packed';
const packWeights = (weights) => {
  const names = Object.keys(weights);
  return { [PACKED]: [names.map(Number), names.map((name) => weights[name])] };
};
// The entity context model likewise (src/core/entities/context.ts): its 7,487 features' names in one array and
// their weight vectors (three numbers each) one after another in another, in Object.keys order.
const packedContext = (data) => {
  const w = data?.weights;
  if (!w || typeof w !== 'object') return data;
  const names = Object.keys(w);
  if (!names.every((name) => Array.isArray(w[name]) && w[name].length === 3 && w[name].every((x) => typeof x === 'number'))) return data;
  return { ...data, weights: { [PACKED]: [names, names.flatMap((name) => w[name])] } };
};
const packedModel = (path, data) => {
  if (/[\\/]entities[\\/]context\.model\.json$/.test(path)) return packedContext(data);
  if (!/[\\/]attribution[\\/]model\.json$/.test(path)) return data;
  const out = { ...data };
  for (const key of ['cue', 'source', 'keep', 'confidence']) {
    if (out[key]?.weights && typeof out[key].weights === 'object') out[key] = { ...out[key], weights: packWeights(out[key].weights) };
  }
  return out;
};
const jsonAsParse = (lazy) => ({
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const data = packedModel(args.path, JSON.parse(await readFile(args.path, 'utf8')));
      const parse = `JSON.parse(${JSON.stringify(asciiJson(data))})`;
      if (!lazy || !data || typeof data !== 'object' || Array.isArray(data)) return { contents: `module.exports = ${parse};`, loader: 'js' };
      const contents = `let parsed;
const load = () => (parsed ??= ${parse});
for (const key of ${JSON.stringify(Object.keys(data))}) Object.defineProperty(module.exports, key, { enumerable: true, get: () => load()[key] });`;
      return { contents, loader: 'js' };
    });
  },
});

const common = {
  plugins: [jsonAsParse(false)],
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

// esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals (’ “ – …): one is
// enough for Node to decode the whole 2 MB bundle as a two-byte string at every thread's start (~10 ms instead of
// ~1 ms, and twice the memory). Each becomes \uXXXX, which means the same character in a string, a template, a
// regular expression literal and a String.raw pattern given to RegExp (the only String.raw uses in the bundle). The
// source map's columns shift on those few lines.
async function asciiOnly(file) {
  const code = await readFile(file, 'utf8');
  const ascii = escapeNonAscii(code);
  if (ascii !== code) await writeFile(file, ascii);
}
// The bundle's first line holds its build id (BUILD_ID_LINE in src/cli/codeCache.ts), zeros until writing the cache
// stamps it; the bin takes only a cache made for the same id. A banner, so the source map counts the line.
const BUILD_ID_PLACEHOLDER = `// news-annotator build ${'0'.repeat(40)}`;
rmSync(CODE_CACHE, { force: true });
const cli = { ...common, plugins: [jsonAsParse(true)] };
const builds = [
  esbuild.build({ ...cli, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-core.js', banner: { js: BUILD_ID_PLACEHOLDER } }).then(() => asciiOnly('dist/cli-core.js')),
  esbuild.build({ ...cli, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
];
if (!cliOnly && existsSync('src/extension/extension.ts')) {
  builds.push(esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }));
}
await Promise.all(builds);

// The cache is V8's bytecode of the bundle, warmed on the seed articles; made by this same Node.js (V8 refuses it
// under another version, and the bin then compiles from source as it would without it). Writing it stamps the
// bundle's build id.
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
