import type { Level } from '../catalog/types.js';
import type { SourceRef } from '../normalise/exchange.js';

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
