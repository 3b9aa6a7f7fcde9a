// The text VS Code shows for an article file it opens with its default settings (`files.encoding` utf8, no
// guessing): a UTF-16 byte-order mark is honoured, anything else is read as UTF-8, a UTF-8 mark dropped. The
// workspace index and the tree read files not open in an editor this way, so their offsets are the editor's.
// Pure: no `vscode` import (it runs in the index's worker threads).
import { decodeText } from '../../core/text/decode';

export function fileText(bytes: Uint8Array): string {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  return utf16 ? decodeText(bytes).text : new TextDecoder('utf-8').decode(bytes);
}
