// Hovers over quotes, speaker and entity mentions, and dates: what the analysis knows about the text
// under the cursor. Rendering lives in logic/text.ts (pure); this file only finds and wraps.
import * as vscode from 'vscode';
import { describeTimex } from '../../core/dates/describe';
import type { TimeExpression } from '../../core/types';
import { itemsAt } from '../logic/lookup';
import { dateHover, mentionHover, quoteHover } from '../logic/text';
import { entryRange, type AnalysisStore } from '../store/analysisStore';

function words(date: TimeExpression): string | null {
  try {
    return describeTimex(date) || null;
  } catch {
    return null; // a hover must never fail because one value could not be put in words
  }
}

export class Hovers implements vscode.HoverProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly store: AnalysisStore) {
    // Any document may be annotated by hand, so the selector is broad; provideHover returns at once
    // for documents without an analysis.
    this.registration = vscode.languages.registerHoverProvider({ pattern: '**' }, this);
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    // Only an analysis of this exact version: offsets from older text would point at the wrong words.
    const entry = this.store.current(document);
    if (!entry) return undefined;
    const offset = document.offsetAt(position);
    const at = itemsAt(entry.analysis, offset);
    const sections: string[] = [];
    let narrowest: { start: number; end: number } | undefined;
    const consider = (s: { start: number; end: number }) => {
      if (!narrowest || s.end - s.start < narrowest.end - narrowest.start) narrowest = s;
    };
    for (const { entity, mention } of at.mentions) {
      sections.push(mentionHover(entity, mention));
      consider(mention);
    }
    for (const date of at.dates) {
      sections.push(dateHover(entry.analysis, date, words(date)));
      consider(date);
    }
    for (const quote of at.quotes) {
      sections.push(quoteHover(entry.analysis, quote));
      consider(quote);
    }
    if (!narrowest) return undefined;
    // One Markdown text with a rule between the items: the parts of one provider's hover are drawn
    // without any separator, so a name inside a quote would run straight into the quote's lines.
    return new vscode.Hover(new vscode.MarkdownString(sections.join('\n\n---\n\n')), entryRange(entry, narrowest));
  }

  dispose(): void {
    this.registration.dispose();
  }
}
