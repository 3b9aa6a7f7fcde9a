// The analysis core: plain TypeScript, no `vscode` import, no file-system access.
export { analyze, looksBinary } from './analyze';
export { findDocumentDate, findDateline, dateFromFileName, parseIsoDate } from './documentDate';
export { tagDates, describeTimex, type DateContext } from './dates';
export * from './types';
