// Highlights for an analysis with very large lists, in the real extension host (decorations.ts imports vscode):
// spreading one entity's mentions into push() throws RangeError past roughly 125,000 (issue 14, D1).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DocumentAnalysis, Entity, Mention } from '../../src/core';
import { summarize } from '../../src/core/corpus/summary';
import { spansFor } from '../../src/extension/editor/decorations';
import type { AnalysisEntry } from '../../src/extension/store/analysisStore';

describe('highlights with very large lists', () => {
  it('collects the spans of a quoted speaker with 200,000 mentions', () => {
    const many = 200_000;
    const mentions: Mention[] = Array.from({ length: many }, (_, i) => ({ start: i * 6, end: i * 6 + 5, text: 'Smith', kind: 'surname' }));
    const smith: Entity = { id: 'person:smith', kind: 'person', name: 'Smith', mentions, quoteIds: ['q1'] };
    const analysis: DocumentAnalysis = {
      textLength: many * 6, documentDate: { value: null, source: 'none' }, paragraphs: [], sentences: [], quotes: [],
      attributions: [], entities: [smith], dates: [], diagnostics: [],
    };
    const entry: AnalysisEntry = { uri: vscode.Uri.file('/many.txt'), version: 1, analysis, automatic: analysis, summary: summarize(analysis), lineStarts: new Uint32Array([0]) };
    const spans = spansFor(entry);
    assert.equal(spans.speaker.length, many);
    assert.equal(spans.person.length, 0);
  });
});
