// The attribution pass's token store of a test sentence, and lookups on it, shared by the attribution unit tests.
import { contentOf } from '../../../src/core/attribution/content';
import { docTokens, type DocTokens } from '../../../src/core/attribution/doc';
import { mentionAt, sourceCandidates } from '../../../src/core/attribution/sources';
import { segment } from '../../../src/core/text/segment';

/** The token store of `text`, segmented as analyze() segments it, with no quotations. */
export function storeOf(text: string): DocTokens {
  const { paragraphs, sentences } = segment(text);
  return docTokens(text, paragraphs, sentences, []);
}

/** The index of the first token whose text is `word`. */
export function tokenOf(d: DocTokens, word: string): number {
  for (let i = 0; i < d.toks.length; i++) if (d.toks.text(i) === word) return i;
  throw new Error(`no token ${word}`);
}

/**
 * The mention texts of the source candidates of the cue `cue` (no weights: the set the ranker chooses from), its
 * content the tokens from `contentFrom` to the sentence end, or, without it, what the content rules find.
 */
export function candidates(text: string, cue: string, contentFrom?: string): string[] {
  const d = storeOf(text);
  const c = tokenOf(d, cue);
  let fragments;
  let ruleSource = null;
  if (contentFrom) fragments = [{ from: tokenOf(d, contentFrom), to: d.sentEnd[d.sent[c]] }];
  else {
    const rule = contentOf(d, c);
    fragments = rule ? rule.fragments : [];
    ruleSource = rule ? rule.ruleSource : null;
  }
  return sourceCandidates(d, c, c, fragments, ruleSource, null).map((x) => {
    const sp = mentionAt(d, x.head);
    return text.slice(sp.start, sp.end);
  });
}
