// "Search Quotes…": quotes and reported statements of every indexed article, by their words or by
// their speaker, in a quick pick whose results follow each keystroke. The views' filter applies.
import * as vscode from 'vscode';
import { searchSteps, type SearchResult, type StatementRecord } from '../../core/corpus/search';
import { runSliced } from '../index/slices';
import { snippet } from '../logic/text';
import { describeFilter, statementFilter } from '../views/filter';
import type { CommandContext } from './context';

/** Rows the quick pick shows at once; the title says how many more matched. */
const LIMIT = 200;

interface Hit extends vscode.QuickPickItem {
  readonly record: StatementRecord;
}

/** What the command returns to callers (tests, other extensions). */
export interface QuoteHit {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: string | null;
}

export function searchQuotes(ctx: CommandContext): vscode.Disposable {
  /** The search, in slices (thousands of articles); undefined when `stale()` says a newer one started. */
  const search = async (query: string, stale: () => boolean = () => false): Promise<SearchResult | undefined> => {
    const articles = ctx.index.articles;
    const [people, records] = await Promise.all([articles.peopleAsync(), articles.statementsAsync()]);
    const filter = statementFilter(ctx.filter.state, people, ctx.config.value.lowConfidence);
    return stale() ? undefined : runSliced(searchSteps(records, query, LIMIT, filter), stale);
  };
  const toItem = (r: StatementRecord): Hit => {
    const a = ctx.index.articles.get(r.docId);
    const s = r.statement;
    const unsure = s.confidence !== undefined && s.confidence < ctx.config.value.lowConfidence;
    return {
      label: `$(${s.kind === 'reported' ? 'comment' : 'quote'}) ${snippet(s.text, 100)}`,
      description: `${r.speaker ?? 'unattributed'}${unsure ? ` (unsure, ${s.confidence!.toFixed(2)})` : ''}`,
      detail: a ? `${a.path}${a.summary.documentDate.value ? ` · ${a.summary.documentDate.value}` : ''}` : r.docId,
      // Our own matching decides what shows, not the quick pick's fuzzy filter on labels.
      alwaysShow: true,
      record: r,
    };
  };

  return vscode.commands.registerCommand('newsAnnotator.searchQuotes', async (query?: unknown): Promise<QuoteHit[] | undefined> => {
    // A query argument answers without a picker (tests, other extensions).
    if (typeof query === 'string') {
      const found = await search(query);
      return found!.hits.map((r) => ({ uri: r.docId, start: r.statement.start, end: r.statement.end, text: r.statement.text, speaker: r.speaker }));
    }
    if ((await ctx.index.articles.statementsAsync()).length === 0) {
      void vscode.window.showInformationMessage(ctx.index.status.state === 'indexing' ? 'No quotes yet: the articles are still being indexed.' : 'No quotes in the indexed articles.');
      return undefined;
    }
    const qp = vscode.window.createQuickPick<Hit>();
    qp.placeholder = 'Words of a quote, or a speaker’s name ("an exact phrase" too)';
    qp.matchOnDescription = false;
    qp.matchOnDetail = false;
    const filtered = describeFilter(ctx.filter.state, ctx.config.value.lowConfidence);
    let latest = 0;
    const update = async () => {
      const mine = ++latest;
      qp.busy = true;
      const found = await search(qp.value, () => mine !== latest);
      if (!found || mine !== latest) return; // a later keystroke took over
      const { hits, total } = found;
      qp.items = hits.map(toItem);
      qp.busy = false;
      const count = total > hits.length ? `${hits.length} of ${total.toLocaleString('en-US')} shown: add words to narrow` : `${total.toLocaleString('en-US')} found`;
      qp.title = `Search Quotes (${count})${filtered ? ` · ${filtered}` : ''}`;
    };
    void update();
    return new Promise<undefined>((resolve) => {
      const subs = [
        qp.onDidChangeValue(() => void update()),
        qp.onDidAccept(() => {
          const r = qp.selectedItems[0]?.record;
          qp.hide();
          if (r) void vscode.commands.executeCommand('newsAnnotator.openAt', r.docId, r.statement.start, r.statement.end);
        }),
        qp.onDidHide(() => {
          for (const s of subs) s.dispose();
          qp.dispose();
          resolve(undefined);
        }),
      ];
      qp.show();
    });
  });
}
