import type { Level } from '../catalog/types.js';
import type { Finding } from '../classify/finding.js';
import type { Exchange, SourceRef } from '../normalise/exchange.js';
import { templatePath } from '../normalise/marketo-url.js';

/**
 * One finding with where it was seen, for `--csv-rows findings`. The aggregate
 * stage produces these while it walks the exchanges; the CSV reporter only
 * writes them out.
 */
export interface FindingRow {
  level: Level;
  code: string;
  message: string;
  params: string[];
  /** Position in result[] for record findings. */
  recordIndex?: number;
  requestId?: string | null;
  /** Templated path, e.g. /rest/v1/lists/{id}/leads.json. */
  endpoint?: string;
  /** ISO timestamp of the request, when the log has one. */
  time?: string | null;
  source: SourceRef;
}

/** The rows of one exchange's findings. */
export function toFindingRows(exchange: Exchange, findings: readonly Finding[]): FindingRow[] {
  const endpoint = exchange.path ? templatePath(exchange.path) : undefined;
  const time = exchange.startedAt === undefined ? null : new Date(exchange.startedAt).toISOString();
  return findings.map((f) => {
    const row: FindingRow = {
      level: f.level,
      code: f.code,
      message: f.message,
      params: f.params,
      requestId: exchange.requestId ?? null,
      time,
      source: exchange.source,
    };
    if (endpoint !== undefined) row.endpoint = endpoint;
    if (f.recordIndex !== undefined) row.recordIndex = f.recordIndex;
    return row;
  });
}
