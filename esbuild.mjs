// Bundles the extension and the CLI into dist/. `--production` minifies; `--cli-only` skips the extension.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const cliOnly = process.argv.includes('--cli-only');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
};

// The CLI bundle is the package's `bin` and carries every dependency (chrono-node included), so the packed tarball
// installs and runs offline; its worker threads load the same file.
const builds = [esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } })];
if (!cliOnly && existsSync('src/extension/extension.ts')) {
  builds.push(esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }));
}
await Promise.all(builds);
