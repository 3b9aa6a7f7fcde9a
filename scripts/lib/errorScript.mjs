// The prologue the error-analysis scripts share: their options, and the training corpus they read, which is never
// polnear-dev (the validation set: its errors are not for reading).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `--name value` from argv, or the default. */
export function options(argv = process.argv.slice(2)) {
  return (name, dflt) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : dflt; };
}

/** The corpus a script named `script` reads (`--corpus`, default polnear-train); exits when it is polnear-dev. */
export function trainingCorpus(script, opt) {
  const shared = resolve(process.env.NEWS_ANNOTATOR_SHARED ?? join(root, '..', 'shared'));
  const corpus = resolve(opt('corpus', join(shared, 'eval', 'polnear-train')));
  if (/polnear-dev/.test(corpus)) {
    console.error(`${script}: polnear-dev is the validation set: its errors are not for reading`);
    process.exit(1);
  }
  return corpus;
}
