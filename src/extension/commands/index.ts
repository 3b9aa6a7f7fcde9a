import * as vscode from 'vscode';
import { annotateFile, stopAnnotatingFile } from './annotateFile';
import type { CommandContext } from './context';
import { copyQuoteWithAttribution } from './copyQuote';
import { corrections } from './correct';
import { entityCorrections } from './entities';
import { exportAnnotations } from './exportAnnotations';
import { findEntity } from './findEntity';
import { navigation } from './navigate';
import { refresh } from './refresh';
import { reviewCommands } from './review';
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
    corrections(ctx),
    entityCorrections(ctx),
    reviewCommands(ctx, review),
  );
}
