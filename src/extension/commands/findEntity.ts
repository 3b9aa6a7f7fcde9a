// "Find Entity…": the people, organizations and places of every indexed article (and the open ones),
// each row naming its article, so the same person in two articles is told apart at a glance. A live
// quick pick: thousands of articles hold more rows than a list should show, so the title says how many
// matched beyond the ones shown.
import * as vscode from 'vscode';
import { foldForSearch, parseQuery } from '../../core/corpus/search';
import { STEP, type Steps } from '../../core/corpus/steps';
import type { SummaryEntity } from '../../core/corpus/summary';
import type { Article } from '../index/collection';
import { runSliced } from '../index/slices';
import { plural } from '../logic/text';
import { ENTITY_ICONS } from '../views/entityTree';
import type { CommandContext } from './context';

/** Rows shown at once. */
const LIMIT = 200;

interface EntityPick extends vscode.QuickPickItem {
  readonly article: Article;
  readonly entity: SummaryEntity;
}

interface Found {
  readonly rows: { article: Article; entity: SummaryEntity }[];
  readonly total: number;
}

/** Entities whose name or other names start words with every query term; an exact name first. */
function* findSteps(articles: readonly Article[], query: string, limit: number): Steps<Found> {
  const { terms, phrases } = parseQuery(query);
  const want = [...terms, ...phrases];
  const exact = foldForSearch(query).trim();
  const first: Found['rows'] = [];
  const rest: Found['rows'] = [];
  let total = 0;
  let n = 0;
  for (const article of articles) {
    for (const entity of article.summary.entities) {
      if (++n % STEP === 0) yield;
      const folded = foldForSearch([entity.name, ...entity.aliases].join(' '));
      if (!want.every((t) => folded.includes(` ${t}`))) continue;
      total++;
      const row = { article, entity };
      if (exact && foldForSearch(entity.name).trim() === exact) first.push(row);
      else if (rest.length < limit) rest.push(row);
    }
  }
  return { rows: [...first, ...rest].slice(0, limit), total };
}

export function findEntity(ctx: CommandContext): vscode.Disposable {
  /** Articles to look in: the active one first, then newest first. */
  const articles = () => {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const sorted = ctx.index.articles.sorted();
    const own = active ? ctx.index.articles.get(active) : undefined;
    return own ? [own, ...sorted.filter((a) => a !== own)] : [...sorted];
  };
  const toItem = ({ article, entity }: Found['rows'][number]): EntityPick => ({
    label: entity.name,
    iconPath: new vscode.ThemeIcon(entity.statementIds.length > 0 ? 'quote' : ENTITY_ICONS[entity.kind]),
    description: [entity.title, entity.kind].filter(Boolean).join(' · '),
    detail: `${article.path} · ${plural(entity.statementIds.length, 'statement')} · ${plural(entity.mentions, 'mention')}`,
    alwaysShow: true,
    article,
    entity,
  });

  const reveal = async (picked: { article: Article; entity: SummaryEntity }): Promise<void> => {
    const first = picked.entity.first;
    const editor = first ? await vscode.commands.executeCommand<vscode.TextEditor | undefined>('newsAnnotator.openAt', picked.article.id, first.start, first.end) : undefined;
    if (editor && ctx.tree.view.visible) {
      const entry = await ctx.store.whenCurrent(editor.document, 5000);
      const node = entry ? ctx.tree.model(entry).entityNode(picked.entity.id) : undefined;
      if (node) await ctx.tree.reveal(node, { select: true, focus: false });
    }
  };

  return vscode.commands.registerCommand('newsAnnotator.findEntity', async (name?: unknown): Promise<SummaryEntity | undefined> => {
    if (ctx.index.articles.size === 0) {
      void vscode.window.showInformationMessage('No entities yet: open an annotated news article first.');
      return undefined;
    }
    // A name argument skips the picker (keybindings, other extensions, tests).
    if (typeof name === 'string') {
      const found = await runSliced(findSteps(articles(), name, 1));
      const hit = found?.rows[0];
      if (hit) await reveal(hit);
      return hit?.entity;
    }
    const qp = vscode.window.createQuickPick<EntityPick>();
    qp.placeholder = 'Find a speaker, person, organization or place by name';
    let latest = 0;
    const update = async () => {
      const mine = ++latest;
      qp.busy = true;
      const found = await runSliced(findSteps(articles(), qp.value, LIMIT), () => mine !== latest);
      if (!found || mine !== latest) return;
      qp.items = found.rows.map(toItem);
      qp.busy = false;
      qp.title = found.total > found.rows.length ? `Find Entity (${found.rows.length} of ${found.total.toLocaleString('en-US')} shown: type to narrow)` : 'Find Entity';
    };
    void update();
    return new Promise<SummaryEntity | undefined>((resolve) => {
      let picked: EntityPick | undefined;
      const subs = [
        qp.onDidChangeValue(() => void update()),
        qp.onDidAccept(() => {
          picked = qp.selectedItems[0];
          qp.hide();
        }),
        qp.onDidHide(() => {
          for (const s of subs) s.dispose();
          qp.dispose();
          if (picked) void reveal(picked).then(() => resolve(picked!.entity));
          else resolve(undefined);
        }),
      ];
      qp.show();
    });
  });
}
