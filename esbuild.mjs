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

const builds = [esbuild.build({ ...common, entryPoints: ['src/cli/annotate.ts'], outfile: 'dist/cli.js' })];
if (!cliOnly && existsSync('src/extension/extension.ts')) {
  builds.push(esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }));
}
await Promise.all(builds);
