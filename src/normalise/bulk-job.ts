import { dateTime } from '../aggregate/date-time.js';
import type { Finding } from '../classify/finding.js';
import type { JobType } from '../report/model.js';
import { clip } from '../util/sanitize.js';
import type { Exchange } from './exchange.js';
import { isObject } from './marketo-body.js';

export type JobAction = 'create' | 'enqueue' | 'status' | 'file' | 'cancel' | 'failures' | 'warnings';

/** What one bulk call says about one job. Every number is checked: bodies are hostile. */
export interface JobObservation {
  type: JobType;
  id: string;
  /** The job's object endpoint: /bulk/v1/leads, /bulk/v1/program/members, /bulk/v1/customobjects/{name} */
  object: string;
  action: JobAction;
  t?: number;
  status?: string;
  rowsProcessed?: number;
  rowsFailed?: number;
  rowsWithWarning?: number;
  numberOfRecords?: number;
  fileSize?: number;
  message?: string;
  /** A file download answered 404: the job was not Completed yet. */
  earlyFile: boolean;
}

/** What bulk calls say about the queue itself. */
export interface QueueSignals {
  /** Enqueue answered "Job already queued" / "The export id has already been queued". */
  alreadyQueued: boolean;
  /** Refused with 1016 or 1029 because of the queue (not the export quota). */
  queueFull: boolean;
}

const MAX_ID_CHARS = 64;
const MAX_MESSAGE_CHARS = 300;

// Import statuses (Queued, Importing, Complete, Failed) and export statuses
// (Created, Queued, Processing, Completed, Cancelled or Canceled, Failed).
const STATUSES = [
  'Created',
  'Queued',
  'Importing',
  'Processing',
  'Complete',
  'Completed',
  'Failed',
  'Cancelled',
  'Canceled',
];
const byLower = new Map(STATUSES.map((s) => [s.toLowerCase(), s]));

export const DONE_STATUSES: ReadonlySet<string> = new Set(['Complete', 'Completed', 'Failed', 'Cancelled', 'Canceled']);

const EXPORT_PATH = /^\/bulk\/v1\/(.+?)\/export\/(?:([^/]+)\/)?(create|enqueue|status|file|cancel)\.json$/;
// [path, the job's object, group of the id, group of the file part]
const IMPORT_PATHS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string, number, number]> = [
  [/^\/bulk\/v1\/leads(?:\/batch\/([^/]+?))?(?:\/(failures|warnings))?\.json$/, () => '/bulk/v1/leads', 1, 2],
  [/^\/bulk\/v1\/program\/[^/]+\/members\/import\.json$/, () => '/bulk/v1/program/members', 1, 2],
  [
    /^\/bulk\/v1\/program\/members\/import\/([^/]+?)(?:\/(status|failures|warnings))?\.json$/,
    () => '/bulk/v1/program/members',
    1,
    2,
  ],
  [
    /^\/bulk\/v1\/customobjects\/([^/]+)\/import(?:\/([^/]+)\/(status|failures|warnings))?\.json$/,
    (m) => `/bulk/v1/customobjects/${clip(m[1]!, 64)}`,
    2,
    3,
  ],
];

/** A count from a body: a whole number from 0 up, else undefined (a string "12" is accepted). */
export function countOf(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d{1,15}$/.test(v.trim()) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function idOf(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  if (typeof v === 'string' && v.trim() !== '') return clip(v.trim(), MAX_ID_CHARS);
  return undefined;
}

function statusOf(v: unknown): string | undefined {
  return typeof v === 'string' ? byLower.get(v.trim().toLowerCase()) : undefined;
}

interface Route {
  type: JobType;
  object: string;
  action: JobAction;
  id?: string;
}

function route(path: string): Route | undefined {
  const e = EXPORT_PATH.exec(path);
  if (e) return { type: 'export', object: `/bulk/v1/${clip(e[1]!, 80)}`, action: e[3] as JobAction, id: idOf(e[2]) };
  for (const [re, object, idGroup, partGroup] of IMPORT_PATHS) {
    const m = re.exec(path);
    if (!m) continue;
    const id = m[idGroup];
    const part = m[partGroup];
    const action: JobAction = part === 'failures' || part === 'warnings' ? part : id ? 'status' : 'create';
    return { type: 'import', object: object(m), action, id: idOf(id) };
  }
  return undefined;
}

/** The jobs a bulk call is about, with what its body says of each; [] for any other call. */
export function observeJobs(ex: Exchange): JobObservation[] {
  if (ex.api !== 'bulk' || ex.path === undefined) return [];
  const r = route(ex.path);
  if (!r) return [];
  const base = { type: r.type, object: r.object, action: r.action, t: dateTime(ex.startedAt) };
  if (ex.status === 404 && r.action === 'file' && r.id) return [{ ...base, id: r.id, earlyFile: true }];
  const body = ex.response;
  if (!isObject(body) || body.success === false || !Array.isArray(body.result)) return [];
  const out: JobObservation[] = [];
  for (const item of body.result.slice(0, 50)) {
    if (!isObject(item)) continue;
    const id = idOf(r.type === 'export' ? item.exportId : item.batchId) ?? r.id;
    if (id === undefined) continue;
    const o: JobObservation = { ...base, id, earlyFile: false };
    const status = statusOf(item.status);
    if (status) o.status = status;
    const set = (key: keyof JobObservation, v: unknown): void => {
      const n = countOf(v);
      if (n !== undefined) (o as unknown as Record<string, number>)[key] = n;
    };
    set('rowsProcessed', item.numOfLeadsProcessed ?? item.numOfObjectsProcessed ?? item.numOfRowsProcessed);
    set('rowsFailed', item.numOfRowsFailed);
    set('rowsWithWarning', item.numOfRowsWithWarning);
    set('numberOfRecords', item.numberOfRecords);
    set('fileSize', item.fileSize);
    const message =
      typeof item.errorMsg === 'string' ? item.errorMsg : typeof item.message === 'string' ? item.message : '';
    if (message.trim()) o.message = clip(message.trim(), MAX_MESSAGE_CHARS);
    out.push(o);
  }
  return out;
}

/** Queue refusals among a call's findings, whatever the endpoint said they were about. */
export function queueSignals(ex: Exchange, findings: readonly Finding[]): QueueSignals {
  const out: QueueSignals = { alreadyQueued: false, queueFull: false };
  if (ex.api !== 'bulk') return out;
  for (const f of findings) {
    if (f.level === 'record') continue;
    if (/already (?:been )?queued/i.test(f.message)) out.alreadyQueued = true;
    else if (f.code === '1016' || (f.code === '1029' && /too many/i.test(f.message))) out.queueFull = true;
  }
  return out;
}
