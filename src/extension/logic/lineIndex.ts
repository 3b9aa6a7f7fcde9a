// Offset ↔ line/character conversion for one exact text version. Pure: no `vscode` import, so it runs
// in the analysis worker and in unit tests. The core's offsets are UTF-16 offsets, like VS Code's.

export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

/** Start offset of every line; '\r\n', '\n' and a lone '\r' all end a line, as in VS Code. */
export function computeLineStarts(text: string): Uint32Array {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts[line++] = i + 1;
  }
  return starts;
}

/** The line/character of an offset; an offset inside a '\r\n' pair maps to the end of its line. */
export function positionOf(lineStarts: Uint32Array, textLength: number, offset: number): LinePosition {
  const o = Math.max(0, Math.min(offset, textLength));
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: o - lineStarts[lo] };
}
