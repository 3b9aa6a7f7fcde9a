// brat's offsets: brat reads the .txt as Unicode code points with universal newlines, so an astral character
// (an emoji) counts once and a CRLF pair counts as one newline. The rest of the project uses UTF-16 offsets
// into the exact text; this is the one place that converts.

export interface OffsetMap {
  /** The brat offset of a UTF-16 offset. */
  toBrat(offset: number): number;
  /** The UTF-16 offset of a brat offset, or null past the end of the text. */
  fromBrat(offset: number): number | null;
  /** The text's length as brat counts it. */
  readonly bratLength: number;
}

export function offsetMap(text: string): OffsetMap {
  let folded = false;
  for (let i = 0; i < text.length && !folded; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xd800 && c <= 0xdbff) || (c === 13 && text.charCodeAt(i + 1) === 10)) folded = true;
  }
  if (!folded) {
    const n = text.length;
    return { toBrat: (o) => Math.max(0, Math.min(o, n)), fromBrat: (b) => (b >= 0 && b <= n ? b : null), bratLength: n };
  }
  const to = new Uint32Array(text.length + 1);
  const from: number[] = [];
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    to[i] = b;
    from[b] = i;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // The second unit of a surrogate pair or of CRLF belongs to the same brat character.
    if ((c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (c === 13 && next === 10)) to[++i] = b;
    b++;
  }
  to[text.length] = b;
  from[b] = text.length;
  return {
    toBrat: (o) => to[Math.max(0, Math.min(o, text.length))],
    fromBrat: (x) => (x >= 0 && x <= b ? from[x] : null),
    bratLength: b,
  };
}
