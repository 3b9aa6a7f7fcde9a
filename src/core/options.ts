// analyze() is documented never to throw, whatever its caller passes (issue 14, D13: `analyze(text, null)` threw).
import type { AnalyzeOptions } from './types';

/**
 * The options as analyze() may read them: anything that is not an object counts as no options, and the known
 * fields keep only values of their declared type (a fileName of 42 is no file name). Other fields pass as given.
 */
export function safeOptions(options: unknown): AnalyzeOptions {
  if (options === null || typeof options !== 'object') return {};
  try {
    const o = { ...(options as Record<string, unknown>) };
    const passes = o.passes !== null && typeof o.passes === 'object' ? { ...(o.passes as Record<string, unknown>) } : undefined;
    if (passes) for (const [k, v] of Object.entries(passes)) if (typeof v !== 'boolean') delete passes[k];
    // `o` is this call's own copy (plain writable data properties): the known fields are set on it in place, where a
    // second spread would copy it again (a key it has keeps its place, a new one comes last, as in the spread).
    o.fileName = typeof o.fileName === 'string' ? o.fileName : undefined;
    o.documentDate = typeof o.documentDate === 'string' ? o.documentDate : undefined;
    o.passes = passes;
    return o as AnalyzeOptions;
  } catch {
    // A getter or proxy that throws: nothing in it can be trusted.
    return {};
  }
}
