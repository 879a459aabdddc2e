import type { Summary } from '../aggregate/summary.js';
import type { Lang } from '../catalog/types.js';
import { diagnoseBulkFailures } from './bulk-failures.js';
import { diagnoseBulkPolling } from './bulk-polling.js';
import { BULK_EN } from './bulk-words-en.js';
import type { BulkWordTable } from './bulk-words-format.js';
import { BULK_SV } from './bulk-words-sv.js';
import { diagnoseInstanceUsage } from './instance-usage.js';
import type { Diagnostic, Severity } from './types.js';

const BULK_WORDS: Record<Lang, BulkWordTable> = { en: BULK_EN, sv: BULK_SV };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Diagnostics read from the summary's bulk, jobs and instance sections rather
 * than from a detector state: those sections merge exactly across parts and
 * reports, so `analyze` and `merge` compute these the same way. Added to the
 * detectors' diagnostics in their order (errors first, then by id).
 */
export function withSectionDiagnostics(
  diagnostics: Diagnostic[],
  summary: Summary,
  opts: { lang: Lang; dailyQuota: number },
): Diagnostic[] {
  const words = BULK_WORDS[opts.lang] ?? BULK_WORDS.en;
  const out = [...diagnostics];
  const failures = diagnoseBulkFailures(summary.bulk.empty ? undefined : summary.bulk.toReport());
  if (failures)
    out.push({
      id: 'bulk-failures',
      severity: failures.severity,
      evidence: { ...failures.evidence },
      ...words['bulk-failures'](failures.evidence),
    });
  const polling = diagnoseBulkPolling(summary.jobs.empty ? undefined : summary.jobs.toReport());
  if (polling)
    out.push({
      id: 'bulk-polling',
      severity: polling.severity,
      evidence: { ...polling.evidence },
      ...words['bulk-polling'](polling.evidence),
    });
  const usage = diagnoseInstanceUsage(
    summary.instance.empty ? undefined : summary.instance.toReport(),
    opts.dailyQuota,
  );
  if (usage)
    out.push({
      id: 'instance-usage',
      severity: usage.severity,
      evidence: { ...usage.evidence },
      ...words['instance-usage'](usage.evidence),
    });
  return out.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
