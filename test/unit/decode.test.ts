import * as assert from 'node:assert/strict';
import { decodeText } from '../../src/core/text/decode';

// Windows-1252 bytes written by hand: 0x93/0x94 are its curly double quotes, 0x92 its apostrophe, 0x96 an en dash.
const cp1252 = (s: string) => Buffer.from(s, 'latin1');

describe('decodeText: bytes of unknown encoding → text', () => {
  it('reads UTF-8 as it is, with no warning', () => {
    const r = decodeText(Buffer.from('Mayor Díaz said: “We will rebuild.”\n', 'utf8'));
    assert.equal(r.encoding, 'utf-8');
    assert.equal(r.text, 'Mayor Díaz said: “We will rebuild.”\n');
    assert.equal(r.bom, false);
    assert.equal(r.warning, undefined);
  });

  it('drops a UTF-8 byte-order mark from the text and says it was there', () => {
    const r = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello', 'utf8')]));
    assert.equal(r.encoding, 'utf-8');
    assert.equal(r.text, 'Hello');
    assert.equal(r.bom, true);
  });

  it('reads Windows-1252 curly quotes as curly quotes, not U+FFFD, and warns', () => {
    const bytes = cp1252('The minister said: \x93We are ready.\x94 It\x92s a start \x96 a small one.');
    const r = decodeText(bytes);
    assert.equal(r.encoding, 'windows-1252');
    assert.equal(r.text, 'The minister said: “We are ready.” It’s a start – a small one.');
    assert.ok(!r.text.includes('\ufffd'));
    assert.match(r.warning ?? '', /not valid UTF-8 \(byte 0x93 at offset 19\); read as Windows-1252/);
  });

  it('maps the whole 0x80-0x9F block the Windows way (euro sign, dashes, Ÿ)', () => {
    const r = decodeText(Uint8Array.from([0x80, 0x20, 0x85, 0x20, 0x97, 0x20, 0x9f]));
    assert.equal(r.text, '€ … — Ÿ');
  });

  it('reads a Latin-1 French article instead of calling it binary', () => {
    const text = 'Le président a déclaré mardi : « Nous gagnerons. » La décision a été prise à Orléans.';
    const r = decodeText(cp1252(text));
    assert.equal(r.encoding, 'windows-1252');
    assert.equal(r.text, text);
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
    const text = 'She said: “Yes.” 😀';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const r = decodeText(bytes);
      assert.equal(r.encoding, encoding);
      assert.equal(r.text, text);
      assert.equal(r.bom, true);
      assert.match(r.warning ?? '', new RegExp(encoding.toUpperCase()));
    }
  });

  it('calls bytes with NUL in them binary, and hints at UTF-16 without a byte-order mark', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const r = decodeText(png);
    assert.equal(r.encoding, 'binary');
    assert.equal(r.text, '');
    assert.match(r.warning ?? '', /binary data/);
    const utf16NoBom = decodeText(Buffer.from('Plain words in UTF-16 without a mark', 'utf16le'));
    assert.equal(utf16NoBom.encoding, 'binary');
    assert.match(utf16NoBom.warning ?? '', /byte-order mark/);
  });

  it('calls control-character soup binary even without NUL bytes, in either decoding', () => {
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26)));
    assert.equal(decodeText(controls).encoding, 'binary');
    const controlsAndHigh = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x02 : i % 3 === 1 ? 0xff : 0x41));
    assert.equal(decodeText(controlsAndHigh).encoding, 'binary');
  });

  it('keeps text with a few stray control characters as text', () => {
    const r = decodeText(Buffer.from('Page 1\fPage 2\tcolumn\r\nThe end.\x1b', 'utf8'));
    assert.equal(r.encoding, 'utf-8');
  });

  it('decodes an empty file as empty UTF-8 text', () => {
    const r = decodeText(new Uint8Array(0));
    assert.deepEqual(r, { text: '', encoding: 'utf-8', bom: false });
  });
});
