// "Filter…" and "Clear Filter" in the Entities and People views' title bars: one speaker, one kind of
// statement, or only the low-confidence ones.
import * as vscode from 'vscode';
import type { StatementKind } from '../../core/types';
import { isActive, type FilterState } from '../views/filter';
import type { CommandContext } from './context';

interface Choice extends vscode.QuickPickItem {
  readonly apply: (f: FilterState) => FilterState | Promise<FilterState | undefined>;
}

async function pickSpeaker(ctx: CommandContext): Promise<FilterState['speaker'] | undefined> {
  const people = (await ctx.index.articles.peopleAsync()).filter((p) => p.statements > 0);
  if (people.length === 0) {
    void vscode.window.showInformationMessage('No speakers yet: nobody is quoted in the indexed articles.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    people.map((p) => ({ label: p.name, description: p.title, detail: `${p.statements} statements in ${p.articles} articles`, key: p.key })),
    { placeHolder: 'Show only the statements of…', matchOnDescription: true },
  );
  return picked ? { key: picked.key, name: picked.label } : undefined;
}

export function filterViews(ctx: CommandContext): vscode.Disposable {
  // The title bars show Clear Filter instead of Filter… while one is set.
  const listener = ctx.filter.onDidChange(() => void vscode.commands.executeCommand('setContext', 'newsAnnotator.filtered', isActive(ctx.filter.state)));
  return vscode.Disposable.from(
    listener,
    // An argument (a FilterState) sets the filter without asking (tests, keybindings).
    vscode.commands.registerCommand('newsAnnotator.filterViews', async (arg?: FilterState): Promise<FilterState> => {
      if (arg && typeof arg === 'object') {
        ctx.filter.set(arg);
        return ctx.filter.state;
      }
      const f = ctx.filter.state;
      const threshold = ctx.config.value.lowConfidence;
      const kind = (k: StatementKind | undefined, label: string): Choice => ({ label, picked: f.kind === k, apply: (s) => ({ ...s, kind: k }) });
      const choices: Choice[] = [
        {
          label: '$(person) One speaker…',
          description: f.speaker?.name,
          apply: async (s) => {
            const speaker = await pickSpeaker(ctx);
            return speaker ? { ...s, speaker } : undefined;
          },
        },
        kind('direct', '$(quote) Only direct quotes'),
        kind('reported', '$(comment) Only reported statements'),
        { label: `$(warning) Only low-confidence items (below ${threshold})`, description: f.lowConfidence ? 'on' : undefined, apply: (s) => ({ ...s, lowConfidence: !s.lowConfidence }) },
        { label: '$(clear-all) Clear the filter', apply: () => ({}) },
      ];
      const choice = await vscode.window.showQuickPick(choices, { placeHolder: 'Filter the News views' });
      const next = choice ? await choice.apply(f) : undefined;
      if (next) ctx.filter.set(next);
      return ctx.filter.state;
    }),
    vscode.commands.registerCommand('newsAnnotator.clearFilter', () => ctx.filter.clear()),
  );
}
