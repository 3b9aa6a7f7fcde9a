// The project's own lint rules (eslint.config.mjs), run on code written for the test: a file under src/core may
// not import vscode, a Node-only module or a front end, nor use Node-only globals (the same code elsewhere is
// allowed); no file spreads an array into push, Math.max and the like (RangeError on large arrays).
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = resolve(__dirname, '../../..');

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint: the core stays pure', function () {
  // Loading the TypeScript parser and the config takes a few seconds on a busy machine.
  this.timeout(60_000);

  const forbidden: [string, string][] = [
    ["import * as vscode from 'vscode';\nexport const v = vscode;\n", '@typescript-eslint/no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", '@typescript-eslint/no-restricted-imports'],
    ["import { readFileSync } from 'fs';\nexport const r = readFileSync;\n", '@typescript-eslint/no-restricted-imports'],
    ["import { readFile } from 'fs/promises';\nexport const r = readFile;\n", '@typescript-eslint/no-restricted-imports'],
    ["import * as path from 'path';\nexport const p = path;\n", '@typescript-eslint/no-restricted-imports'],
    ["import { spawn } from 'child_process';\nexport const s = spawn;\n", '@typescript-eslint/no-restricted-imports'],
    ["import { Worker } from 'node:worker_threads';\nexport const w = Worker;\n", '@typescript-eslint/no-restricted-imports'],
    ["import type { Uri } from 'vscode';\nexport type U = Uri;\n", '@typescript-eslint/no-restricted-imports'],
    ["import { Config } from '../../extension/config';\nexport type C = Config;\n", '@typescript-eslint/no-restricted-imports'],
    ['export const cwd = process.cwd();\n', 'no-restricted-globals'],
    ["export const b = Buffer.from('x');\n", 'no-restricted-globals'],
  ];

  for (const [code, rule] of forbidden) {
    it(`forbids under src/core: ${code.split('\n')[0]}`, async () => {
      assert.ok((await ruleIds(code, 'src/core/dates/probe.ts')).includes(rule), `no ${rule} error`);
    });
  }

  it('allows the same imports outside src/core, and plain or relative imports inside it', async () => {
    assert.deepEqual(await ruleIds("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'src/cli/probe.ts'), []);
    assert.deepEqual(await ruleIds("import * as chrono from 'chrono-node';\nimport { segment } from '../text/segment';\nexport const c = [chrono, segment];\n", 'src/core/dates/probe.ts'), []);
  });
});

describe('lint: no array spread into a call', function () {
  this.timeout(60_000);

  for (const code of ['xs.push(...ys);', 'out.unshift(...ys);', 'Math.max(...ys);', 'Math.min(0, ...ys);', 'String.fromCharCode(...codes);',
    'String.fromCodePoint(...codes);', 'xs.concat(...lists);', 'xs.splice(0, 0, ...ys);']) {
    it(`forbids ${code}`, async () => {
      const source = `export function f(xs: number[], ys: number[], out: number[], codes: number[], lists: number[][]): unknown {\n  return ${code.replace(/;$/, '')};\n}\n`;
      assert.ok((await ruleIds(source, 'src/extension/probe.ts')).includes('no-restricted-syntax'), source);
    });
  }

  it('allows spreads into array literals and other calls, and loops', async () => {
    const source = 'export function f(xs: number[], ys: number[], g: (...a: number[]) => number): unknown {\n' +
      '  for (const y of ys) xs.push(y);\n  return [[...xs, ...ys], g(...ys)];\n}\n';
    assert.deepEqual(await ruleIds(source, 'src/extension/probe.ts'), []);
  });
});
