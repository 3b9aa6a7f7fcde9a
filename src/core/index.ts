// The analysis core: plain TypeScript, no `vscode` import, no file-system access.
export { analyze, looksBinary } from './analyze';
export { findDocumentDate, findDateline, dateFromFileName, parseIsoDate } from './documentDate';
export * from './types';
