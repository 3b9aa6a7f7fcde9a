import * as assert from 'node:assert/strict';
import { fileText } from '../../src/extension/logic/fileText';

const utf16 = (s: string, be: boolean): Uint8Array => {
  const out = new Uint8Array(2 + 2 * s.length);
  out.set(be ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = be ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = be ? c & 0xff : c >> 8;
  }
  return out;
};

describe('fileText: an article file as the editor shows it', () => {
  const text = 'date 2024-01-02\n“Yes,” she said.';

  it('honours a UTF-16 byte-order mark, little and big endian, and leaves the mark out of the text', () => {
    assert.equal(fileText(utf16(text, false)), text);
    assert.equal(fileText(utf16(text, true)), text);
  });

  it('reads UTF-8, dropping its mark', () => {
    const bytes = new TextEncoder().encode(text);
    assert.equal(fileText(bytes), text);
    const marked = new Uint8Array(bytes.length + 3);
    marked.set([0xef, 0xbb, 0xbf]);
    marked.set(bytes, 3);
    assert.equal(fileText(marked), text);
  });

  it('reads bytes that are not UTF-8 as the editor does by default, with replacement characters, not as Windows-1252', () => {
    const cp1252 = Uint8Array.from([0x93, 0x48, 0x69, 0x94]);
    assert.equal(fileText(cp1252), '\ufffdHi\ufffd');
  });
});
