import type { Lang } from '../catalog/types.js';
import type { CodeChange, DiagnosticChange, MeasureId } from './compare.js';

/** Every word `diff` prints, one place per language. */
export interface DiffWords {
  title: string;
  runs: (baseCalls: number, currentCalls: number) => string;
  incomplete: string;
  codesHeading: string;
  codeColumns: readonly [level: string, code: string, change: string, base: string, current: string, share: string];
  change: Record<CodeChange, string>;
  unchanged: (n: number) => string;
  noCodes: string;
  diagnosticsHeading: string;
  diagnostic: Record<DiagnosticChange, string>;
  noDiagnostics: string;
  measuresHeading: string;
  measure: Record<MeasureId, string>;
  notShown: string;
  failed: (rule: string, matched: string) => string;
}

const en: DiffWords = {
  title: 'marketo-errors diff',
  runs: (b, c) => `base: ${b} Marketo calls; current: ${c} Marketo calls`,
  incomplete: 'note: a report covers an incomplete input; counts may be low',
  codesHeading: 'Codes',
  codeColumns: ['level', 'code', 'change', 'base (per 1,000 calls)', 'current (per 1,000 calls)', 'share change'],
  change: { new: 'new', up: 'up', down: 'down', gone: 'gone', same: 'same' },
  unchanged: (n) => `${n} ${n === 1 ? 'code' : 'codes'} unchanged`,
  noCodes: 'no codes in either run',
  diagnosticsHeading: 'Diagnostics',
  diagnostic: { appeared: 'appeared', cleared: 'cleared', kept: 'still there' },
  noDiagnostics: 'no diagnostics in either run',
  measuresHeading: 'Limits',
  measure: {
    'rate-window-peak': 'rate-window peak (calls in 20 s)',
    'concurrency-peak': 'concurrency peak (calls in flight)',
    'quota-calls': 'calls against the daily quota',
    'busiest-quota-day': 'busiest quota day (calls)',
  },
  notShown: 'under the limit',
  failed: (rule, matched) => `--fail-on ${rule}: ${matched}`,
};

const sv: DiffWords = {
  title: 'marketo-errors diff',
  runs: (b, c) => `bas: ${b} Marketo-anrop; nu: ${c} Marketo-anrop`,
  incomplete: 'obs: en rapport täcker en ofullständig indata; antalen kan vara för låga',
  codesHeading: 'Koder',
  codeColumns: ['nivå', 'kod', 'ändring', 'bas (per 1 000 anrop)', 'nu (per 1 000 anrop)', 'andelsändring'],
  change: { new: 'ny', up: 'upp', down: 'ner', gone: 'borta', same: 'samma' },
  unchanged: (n) => `${n} ${n === 1 ? 'kod' : 'koder'} oförändrade`,
  noCodes: 'inga koder i någon körning',
  diagnosticsHeading: 'Diagnoser',
  diagnostic: { appeared: 'ny', cleared: 'borta', kept: 'kvar' },
  noDiagnostics: 'inga diagnoser i någon körning',
  measuresHeading: 'Gränser',
  measure: {
    'rate-window-peak': 'topp i hastighetsfönstret (anrop på 20 s)',
    'concurrency-peak': 'topp av samtidiga anrop',
    'quota-calls': 'anrop mot dygnskvoten',
    'busiest-quota-day': 'mest belastade kvotdygnet (anrop)',
  },
  notShown: 'under gränsen',
  failed: (rule, matched) => `--fail-on ${rule}: ${matched}`,
};

export function diffWords(lang: Lang): DiffWords {
  return lang === 'sv' ? sv : en;
}
