/** Which file a bulk import wrote: rows that failed, or rows imported with a warning. */
export type BulkFileKind = 'failures' | 'warnings';

/** The separators of Marketo's three import formats: csv, tsv and ssv (semicolon). */
export type BulkDelimiter = ',' | '\t' | ';';
const DELIMITERS: readonly BulkDelimiter[] = [',', '\t', ';'];

export interface BulkHeader {
  kind: BulkFileKind;
  delimiter: BulkDelimiter;
}

// Marketo appends this column after the import file's own columns.
const REASON_COLUMN = /(?:^|[,\t;])"?Import (Failure|Warning) Reason"?\s*$/;

/**
 * Recognises a failure or warning file by the last column of its first line.
 * Undefined for anything else, so NDJSON or HAR sniffing goes on.
 */
export function sniffBulkHeader(firstLine: string): BulkHeader | undefined {
  const line = firstLine.replace(/^\uFEFF/, '').replace(/\r$/, '');
  const m = REASON_COLUMN.exec(line);
  if (!m) return undefined;
  const before = line[m.index];
  const delimiter = DELIMITERS.find((d) => d === before) ?? guessDelimiter(line);
  return { kind: m[1] === 'Failure' ? 'failures' : 'warnings', delimiter };
}

/**
 * For a header named by --input-format instead of sniffed: the separator that
 * occurs most often outside quotes; a comma when there is none.
 */
export function guessDelimiter(line: string): BulkDelimiter {
  const counts = new Map<BulkDelimiter, number>();
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) {
      counts.set(ch as BulkDelimiter, (counts.get(ch as BulkDelimiter) ?? 0) + 1);
    }
  }
  let best: BulkDelimiter = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** A warnings file when its last column says so; otherwise read as failures. */
export function kindOfReasonColumn(name: string | undefined): BulkFileKind {
  return name !== undefined && /warning/i.test(name) ? 'warnings' : 'failures';
}
