/** NDJSON logs: one parsed line -> a Marketo call, whatever logger wrote it. */
export { recogniseLine, recordsOf, type LineResult, type LinePart } from './recognise-line.js';
export { CallAssembler, type AssemblerOptions, type AssemblerStats } from './call-assembler.js';
