import * as vscode from 'vscode';
import { annotateFile, stopAnnotatingFile } from './annotateFile';
import { annotateFolder } from './annotateFolder';
import type { CommandContext } from './context';
import { copyQuoteWithAttribution } from './copyQuote';
import { corrections } from './correct';
import { entityCorrections } from './entities';
import { exportAnnotations } from './exportAnnotations';
import { filterViews } from './filterViews';
import { findEntity } from './findEntity';
import { navigation } from './navigate';
import { openAt } from './openAt';
import { refresh } from './refresh';
import { reviewCommands } from './review';
import { searchQuotes } from './searchQuotes';
import type { ReviewSession } from '../curation/review';

export function registerCommands(ctx: CommandContext, review: ReviewSession): vscode.Disposable {
  return vscode.Disposable.from(
    annotateFile(ctx),
    stopAnnotatingFile(ctx),
    navigation(ctx),
    copyQuoteWithAttribution(ctx),
    findEntity(ctx),
    exportAnnotations(ctx),
    refresh(ctx),
    annotateFolder(ctx),
    openAt(),
    searchQuotes(ctx),
    filterViews(ctx),
    corrections(ctx),
    entityCorrections(ctx),
    reviewCommands(ctx, review),
  );
}
