/**
 * Turns recognised lines into one RawCall per real call:
 * - a request line waits for its response line (same correlation id, or the
 *   same URL when the logger wrote no id), and the two become one call;
 * - a failure seen again (a wrapper error repeating Marketo's body, same
 *   Marketo requestId) is merged into the first sighting, keeping the richer.
 * Memory is bounded: at most `maxPending` waiting requests (the oldest is
 * given up as noResponse: a request that 10,000 later requests overtook was
 * not answered in this log), a hold queue of `holdWindow` finished calls (where
 * repeats are merged, keeping input order), and `seenWindow` requestIds of
 * calls already handed out (later repeats of those are dropped).
 */
import { type RawCall, toEpochMs } from '../build-exchange.js';
import { isObject, parseBody } from '../marketo-body.js';
import { parseUrl } from '../marketo-url.js';
import type { LinePart } from './recognise-line.js';
import { OldestFirst } from '../../util/oldest-first.js';
import { Fifo } from '../../util/fifo.js';

export interface AssemblerOptions {
  maxPending?: number;
  holdWindow?: number;
  seenWindow?: number;
}

export interface AssemblerStats {
  /** Request and response lines joined into one call. */
  paired: number;
  /** Repeats of a Marketo requestId merged or dropped. */
  duplicates: number;
  /** Response lines with no URL, no Marketo body and no waiting request: not known to be Marketo's. */
  droppedResponses: number;
  /** Waiting requests given up because too many were waiting. */
  evicted: number;
}

type CallLine = { kind: 'call'; call: RawCall; part: LinePart; correlationId?: string };

interface Pending {
  key: string;
  call: RawCall;
  /** Cached so that matching does not re-parse URLs. */
  path: string | undefined;
  method: string | undefined;
}

// Matching looks at this many waiting requests of one key at most, so that a
// key with thousands of unanswered requests cannot make each line slow.
const MAX_SCAN = 64;

interface Held {
  call: RawCall;
  requestId?: string;
}

function pathOf(call: RawCall): string | undefined {
  return call.url === undefined ? undefined : parseUrl(call.url).path;
}

function pairKey(line: CallLine, path: string | undefined): string | undefined {
  if (line.correlationId !== undefined) return `c:${line.correlationId}`;
  return path === undefined ? undefined : `u:${path}`;
}

function compatible(request: Pending, method: string | undefined, path: string | undefined): boolean {
  if (request.method && method && request.method !== method) return false;
  return request.path === undefined || path === undefined || request.path === path;
}

function requestIdOf(call: RawCall): string | undefined {
  const body = parseBody(call.responseBody);
  return isObject(body) && typeof body.requestId === 'string' ? body.requestId : undefined;
}

/** `over` wins; `under` fills what `over` lacks. */
function overlay(under: RawCall, over: RawCall): RawCall {
  const out: RawCall = { ...under };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  return out;
}

function joinPair(request: RawCall, response: RawCall): RawCall {
  const merged = overlay(request, response);
  if (request.startedAt !== undefined) merged.startedAt = request.startedAt;
  if (merged.durationMs === undefined) {
    const start = toEpochMs(request.startedAt);
    const end = toEpochMs(response.endedAt);
    if (start !== undefined && end !== undefined && end >= start) merged.durationMs = end - start;
  }
  return merged;
}

function richness(call: RawCall): number {
  let score = 0;
  if (call.status !== undefined) score += 2;
  if (call.url !== undefined) score += 2;
  if (call.method !== undefined) score += 1;
  if (call.durationMs !== undefined) score += 1;
  if (call.startedAt !== undefined) score += 1;
  if (call.requestBody !== undefined) score += 1;
  if (isObject(call.responseBody)) score += 1;
  return score;
}

export class CallAssembler {
  readonly stats: AssemblerStats = { paired: 0, duplicates: 0, droppedResponses: 0, evicted: 0 };
  private readonly maxPending: number;
  private readonly holdWindow: number;
  private readonly seenWindow: number;
  private seq = 0;
  /** Waiting requests in arrival order (Map keeps insertion order), and their index by key. */
  private readonly pending = new Map<number, Pending>();
  private readonly pendingOrder = new OldestFirst<number>();
  private readonly pendingByKey = new Map<string, number[]>();
  private readonly held = new Fifo<Held>();
  private readonly heldById = new Map<string, Held>();
  private readonly seen = new Set<string>();
  private readonly seenOrder = new OldestFirst<string>();

  constructor(options: AssemblerOptions = {}) {
    this.maxPending = options.maxPending ?? 10_000;
    this.holdWindow = options.holdWindow ?? 256;
    this.seenWindow = options.seenWindow ?? 50_000;
  }

  /** Completed calls, ready for buildExchange. */
  push(line: CallLine): RawCall[] {
    const out: RawCall[] = [];
    if (line.part === 'request') {
      const path = pathOf(line.call);
      const key = pairKey(line, path);
      if (key === undefined) return out; // recogniseLine never sends this, but stay safe
      this.addPending({ key, call: line.call, path, method: line.call.method?.toUpperCase() }, out);
      return out;
    }
    // With no request waiting (most logs write a call on one line) the URL is not parsed for a key.
    const request = this.pending.size === 0 ? undefined : this.waitingFor(line);
    if (request) {
      this.stats.paired++;
      this.finish(joinPair(request, line.call), out);
    } else if (line.part === 'response' && line.call.url === undefined && !isObject(line.call.responseBody)) {
      this.stats.droppedResponses++;
    } else {
      this.finish(line.call, out);
    }
    return out;
  }

  /** At end of input: requests never answered (noResponse) and every held call. */
  flush(): RawCall[] {
    const out: RawCall[] = [];
    for (const { call } of this.pending.values()) this.finish({ ...call, noResponse: true }, out);
    this.pending.clear();
    this.pendingByKey.clear();
    for (const { call } of this.held) out.push(call);
    this.held.clear();
    this.heldById.clear();
    return out;
  }

  /** Every held call, keeping the requests still waiting for a response: for a live log that went quiet. */
  releaseHeld(): RawCall[] {
    const out: RawCall[] = [];
    for (let held = this.held.shift(); held; held = this.held.shift()) this.release(held, out);
    return out;
  }

  private addPending(entry: Pending, out: RawCall[]): void {
    const id = this.seq++;
    this.pending.set(id, entry);
    this.pendingOrder.add(id);
    const list = this.pendingByKey.get(entry.key);
    if (list) list.push(id);
    else this.pendingByKey.set(entry.key, [id]);
    if (this.pending.size > this.maxPending) {
      const oldest = this.pendingOrder.oldest(this.pending)!;
      const entry = this.pending.get(oldest)!;
      this.removePending(oldest, entry.key);
      this.stats.evicted++;
      this.finish({ ...entry.call, noResponse: true }, out);
    }
  }

  /** The waiting request a response or whole line answers, taken out; undefined when none. */
  private waitingFor(line: CallLine): RawCall | undefined {
    const path = pathOf(line.call);
    const key = pairKey(line, path);
    return key === undefined ? undefined : this.takePending(key, line.call.method?.toUpperCase(), path);
  }

  private takePending(key: string, method: string | undefined, path: string | undefined): RawCall | undefined {
    const list = this.pendingByKey.get(key);
    if (!list) return undefined;
    const end = Math.min(list.length, MAX_SCAN);
    for (let i = 0; i < end; i++) {
      const id = list[i]!;
      const entry = this.pending.get(id)!;
      if (compatible(entry, method, path)) {
        this.removePending(id, key);
        return entry.call;
      }
    }
    return undefined;
  }

  private removePending(id: number, key: string): void {
    this.pending.delete(id);
    this.pendingOrder.compact(this.pending);
    const list = this.pendingByKey.get(key);
    if (!list) return;
    const at = list.indexOf(id);
    if (at !== -1) list.splice(at, 1);
    if (list.length === 0) this.pendingByKey.delete(key);
  }

  /** Into the hold queue, merging a repeat of a requestId; releases the oldest past the window. */
  private finish(call: RawCall, out: RawCall[]): void {
    const requestId = requestIdOf(call);
    if (requestId !== undefined) {
      const earlier = this.heldById.get(requestId);
      if (earlier) {
        this.stats.duplicates++;
        earlier.call =
          richness(call) > richness(earlier.call) ? overlay(earlier.call, call) : overlay(call, earlier.call);
        return;
      }
      if (this.seen.has(requestId)) {
        this.stats.duplicates++;
        return;
      }
    }
    const held: Held = requestId === undefined ? { call } : { call, requestId };
    this.held.push(held);
    if (requestId !== undefined) this.heldById.set(requestId, held);
    while (this.held.size > this.holdWindow) this.release(this.held.shift()!, out);
  }

  private release(held: Held, out: RawCall[]): void {
    out.push(held.call);
    if (held.requestId === undefined) return;
    this.heldById.delete(held.requestId);
    if (this.seen.has(held.requestId)) return;
    this.seen.add(held.requestId);
    this.seenOrder.add(held.requestId);
    if (this.seen.size > this.seenWindow) this.seen.delete(this.seenOrder.oldest(this.seen)!);
  }
}
