// Output files appear whole or not at all: written to a temporary name in the same folder, then renamed over the
// target. A full disk or a dead process leaves the previous file (or none), never a truncated one.
import * as fs from 'node:fs';
import { basename, dirname } from 'node:path';
import { threadId } from 'node:worker_threads';
import { inFolder } from './paths';

/** The file-system calls an atomic write makes; tests inject failing ones (a full disk). */
export interface WriteFs {
  writeFileSync(path: string, data: string, options: { flag: string }): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

let counter = 0;

/** Temporary files of this process start so (written synchronously: an interrupt, handled between writes, never leaves one). */
export const temporaryPrefix = (pid = process.pid) => `.news-annotator-${pid}-`;

export function writeFileAtomic(path: string, data: string, io: WriteFs = fs): void {
  const temp = inFolder(dirname(path), `${temporaryPrefix()}${threadId}-${counter++}-${basename(path)}.tmp`);
  try {
    io.writeFileSync(temp, data, { flag: 'wx' });
    io.renameSync(temp, path);
  } catch (err) {
    try {
      io.unlinkSync(temp);
    } catch {
      // nothing was created
    }
    throw err;
  }
}

/** Writes one document's output files in order; the first that fails stops it, and comes back as one line. */
export function writeOutputs(files: readonly (readonly [string, string])[], io: WriteFs = fs): string | undefined {
  for (const [path, data] of files) {
    try {
      writeFileAtomic(path, data, io);
    } catch (err) {
      return `cannot write ${path}: ${describeFsError(err)}`;
    }
  }
  return undefined;
}

/** One short line for a failed write or read: the system's words, never a stack trace. */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOTDIR: 'a part of the path is not a folder',
    EISDIR: 'is a folder',
    ENOENT: 'no such file or folder',
    EEXIST: 'already exists',
    EMFILE: 'too many open files',
    EIO: 'input/output error',
  };
  if (e && typeof e.code === 'string') return reasons[e.code] ? `${reasons[e.code]} (${e.code})` : e.code;
  return err instanceof Error ? err.message : String(err);
}
