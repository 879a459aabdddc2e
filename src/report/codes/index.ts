/** Renderers for `marketo-errors codes` and `marketo-errors explain`. */
export { renderCodes, markdownCell, type CodesFormat, type RenderCodesOptions } from './render-codes.js';
export { renderExplain, type RenderExplainOptions } from './render-explain.js';
export { toCodeRow, CSV_COLUMNS, type CodeRow } from './rows.js';
export { CODES_WORDS, type CodesWords } from './words.js';
