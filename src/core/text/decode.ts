// Bytes → text for news files of unknown origin: UTF-8 with or without a byte-order mark, UTF-16 with one, and
// Windows-1252 for anything that is not valid UTF-8 (archives are full of it; Latin-1 is its subset in practice).
// Pure: the CLI and the extension decide what to do with the result.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'binary';

export interface DecodedText {
  /** The text without its byte-order mark; '' for binary data. */
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** The bytes began with a byte-order mark (not part of `text`, so offsets count from after it). */
  readonly bom: boolean;
  /** Set when the reader should know how the bytes were read, or why they were not. */
  readonly warning?: string;
}

/** Share of control bytes (other than tab, line feed, form feed, carriage return, escape) above which bytes are binary. */
const BINARY_CONTROL_SHARE = 0.1;
/** Bytes looked at for the control share: enough to judge, cheap on a huge file. */
const SAMPLE = 8192;

// Bytes Windows-1252 leaves undefined; the WHATWG decoder maps them to C1 controls, which real text never holds.
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function controlShare(bytes: Uint8Array, alsoUndefined1252: boolean): number {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
    else if (alsoUndefined1252 && UNDEFINED_IN_1252.has(b)) control++;
  }
  return n ? control / n : 0;
}

// Windows-1252 is Latin-1 except for 0x80-0x9F (WHATWG Encoding Standard's index). Decoded here rather than with
// TextDecoder('windows-1252'): Node 20.18.3+ and 22.13+ decode that label as Latin-1, turning curly quotes into
// invisible C1 controls (nodejs/node#56542, #60888), and the extension host's Node may be any version.
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

type Decoder = InstanceType<typeof TextDecoder>;
const decoders = new Map<string, Decoder>();
function decoder(label: string, fatal = false): Decoder {
  const key = `${label}${fatal ? '!' : ''}`;
  let d = decoders.get(key);
  if (!d) decoders.set(key, (d = new TextDecoder(label, { ignoreBOM: true, fatal })));
  return d;
}

function decodeWindows1252(bytes: Uint8Array): string {
  // As UTF-16LE bytes, so one native decode builds the string whatever the machine's byte order.
  const utf16 = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const unit = b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : b;
    utf16[2 * i] = unit & 0xff;
    utf16[2 * i + 1] = unit >> 8;
  }
  return decoder('utf-16le').decode(utf16);
}

/** Strict UTF-8, or undefined when the bytes are not valid UTF-8. */
function utf8OrUndefined(bytes: Uint8Array): string | undefined {
  try {
    return decoder('utf-8', true).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Offset of the first byte that breaks UTF-8 (only called when one does). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const lenient = decoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  return at < 0 ? 0 : new TextEncoder().encode(lenient.slice(0, at)).length;
}

/** Decodes a file's bytes; never throws. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const n = bytes.length;
  if (n >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const odd = (n - 2) % 2 === 1;
    return {
      text: decoder(encoding).decode(bytes.subarray(2)),
      encoding,
      bom: true,
      warning: `read as ${encoding.toUpperCase()} (byte-order mark); offsets count UTF-16 units of the decoded text${odd ? '; the last, odd byte was dropped' : ''}`,
    };
  }
  const bom = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.indexOf(0) >= 0) {
    // UTF-16 without a byte-order mark is mostly NUL bytes at every other position; say so rather than guess.
    const sample = body.subarray(0, SAMPLE);
    let nulAtOdd = 0;
    let nulAtEven = 0;
    for (let i = 0; i < sample.length; i++) {
      if (sample[i] !== 0) continue;
      if (i % 2) nulAtOdd++;
      else nulAtEven++;
    }
    const utf16ish = Math.max(nulAtOdd, nulAtEven) > sample.length / 4;
    return {
      text: '',
      encoding: 'binary',
      bom,
      warning: utf16ish
        ? 'binary data (NUL bytes); if this is UTF-16 text, save it with a byte-order mark or as UTF-8'
        : 'binary data (NUL bytes), not text',
    };
  }
  const utf8 = utf8OrUndefined(body);
  if (utf8 !== undefined) {
    if (controlShare(body, false) > BINARY_CONTROL_SHARE) return { text: '', encoding: 'binary', bom, warning: 'binary data (control bytes), not text' };
    return { text: utf8, encoding: 'utf-8', bom };
  }
  const invalid = firstInvalidUtf8(body);
  if (controlShare(body, true) > BINARY_CONTROL_SHARE) return { text: '', encoding: 'binary', bom, warning: 'binary data (control bytes), not text' };
  return {
    text: decodeWindows1252(body),
    encoding: 'windows-1252',
    bom,
    warning: `not valid UTF-8 (byte 0x${body[invalid].toString(16).toUpperCase().padStart(2, '0')} at offset ${invalid + (bom ? 3 : 0)}); read as Windows-1252`,
  };
}
