// path.join for the common case of a folder and one plain entry name, at a fraction of its cost. join normalizes
// the whole path on every call (~2 µs each in a run's cold code, ~9 calls per article); a plain last component
// (no separator, not '.' or '..') does not change how the folder part normalizes, so that part is normalized once
// per folder and the name appended. The result is join's, byte for byte.
import { join } from 'node:path';

/**
 * What `pathJoin(dir, name)` puts before any plain name, or undefined for a folder where the name changes the rest
 * (on Windows, '//server' + name is the root \\server\name\). Two names have to agree for the prefix to count.
 */
export function plainPrefix(dir: string, pathJoin: (...parts: string[]) => string): string | undefined {
  const one = pathJoin(dir, '_');
  const prefix = one.slice(0, -1);
  return one.endsWith('_') && pathJoin(dir, 'ab') === `${prefix}ab` ? prefix : undefined;
}

const prefixes = new Map<string, string | null>();

/** join(dir, name) for a plain `name` (a directory entry's name, never containing a separator, never '.' or '..'). */
export function inFolder(dir: string, name: string): string {
  let prefix = prefixes.get(dir);
  if (prefix === undefined) {
    // A run names few folders; the bound only keeps a long list of files in many folders from piling up.
    if (prefixes.size >= 1024) prefixes.clear();
    prefixes.set(dir, (prefix = plainPrefix(dir, join) ?? null));
  }
  return prefix === null ? join(dir, name) : prefix + name;
}
