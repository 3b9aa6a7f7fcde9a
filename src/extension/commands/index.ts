import * as vscode from 'vscode';
import { annotateFile, stopAnnotatingFile } from './annotateFile';
import type { CommandContext } from './context';
import { copyQuoteWithAttribution } from './copyQuote';
import { exportAnnotations } from './exportAnnotations';
import { findEntity } from './findEntity';
import { navigation } from './navigate';
import { refresh } from './refresh';

export function registerCommands(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    annotateFile(ctx),
    stopAnnotatingFile(ctx),
    navigation(ctx),
    copyQuoteWithAttribution(ctx),
    findEntity(ctx),
    exportAnnotations(ctx),
    refresh(ctx),
  );
}
