// JSON Lines in: a text stream cut into batches of whole lines, so a worker gets many short records per message
// and the reader never holds more than a batch ahead of what the pool asked for.

export interface LineBatch {
  /** Where the lines come from (a file name, or "stdin"), for messages. */
  readonly source: string;
  /** 1-based number of the batch's first line in its source. */
  readonly firstLine: number;
  /** Whole lines without their line break; blank ones included so numbering holds. */
  readonly lines: readonly string[];
}

export interface BatchLimits {
  readonly maxLines: number;
  readonly maxChars: number;
}

const DEFAULT_LIMITS: BatchLimits = { maxLines: 2000, maxChars: 1 << 20 };

/**
 * Yields the stream's lines in batches: each batch holds the lines completed by the chunks read so far (so a
 * producer that sends one line and waits is answered at once), split at the limits.
 */
export async function* lineBatches(stream: AsyncIterable<string>, source: string, limits: BatchLimits = DEFAULT_LIMITS): AsyncGenerator<LineBatch> {
  // The unfinished line is kept in pieces: re-joining it for every chunk would be quadratic on one huge line.
  const pending: string[] = [];
  let lineNo = 1;
  let batch: string[] = [];
  let chars = 0;
  let first = lineNo;
  const take = (line: string) => {
    if (!batch.length) first = lineNo;
    batch.push(line.endsWith('\r') ? line.slice(0, -1) : line);
    chars += line.length;
    lineNo++;
  };
  const full = () => batch.length >= limits.maxLines || chars >= limits.maxChars;
  const flush = (): LineBatch => {
    const out = { source, firstLine: first, lines: batch };
    batch = [];
    chars = 0;
    return out;
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, nl);
      take(pending.length ? pending.splice(0).join('') + piece : piece);
      start = nl + 1;
      if (full()) yield flush();
    }
    if (start < chunk.length) pending.push(start ? chunk.slice(start) : chunk);
    if (batch.length) yield flush();
  }
  if (pending.length) take(pending.splice(0).join(''));
  if (batch.length) yield flush();
}
