/**
 * Joins the lines of clients that log a call in parts (clients/index.ts): a
 * request line waits for its status line, found by the id the client printed,
 * else in order. A request counts as unanswered only when a line proves it (a
 * reset, a timeout, an empty reply); one still waiting at the end of the log
 * is not counted at all, since the log may have ended before its answer (and
 * in follow mode the answer may still come).
 */
import type { RawCall } from '../build-exchange.js';
import type { PairedCall, TextPair } from './clients/pair-reader.js';
import { Fifo } from '../../util/fifo.js';

// Bounds the memory of a log full of requests and no answers.
const MAX_WAITING = 10_000;
// An exception names no request: it closes one only when written right after it.
const MAX_LINES_APART = 20;
// Requests a failure with no id may belong to: the last few sent.
const RECENT = 32;

interface Waiting {
  call: RawCall;
  client: string;
  key: string;
  done: boolean;
  clockNs?: number;
}

/** A failure that named no request while several were waiting: it is the one left once the others are answered. */
interface Unplaced {
  line: RawCall;
  candidates: Waiting[];
}

/** Requests of one channel in the order sent. */
type Channel = Fifo<Waiting>;

/** The time between a request's and its response's clock readings, in ms (undefined when either is missing). */
function clockMs(sent: number | undefined, answered: number | undefined): number | undefined {
  return sent === undefined || answered === undefined || answered < sent ? undefined : (answered - sent) / 1e6;
}

/** A joined call is whole: the part its request line was is no longer its. */
function withoutPair(call: PairedCall): RawCall {
  const { textPair: _, ...rest } = call;
  return rest;
}

/** Requests that are one call: a single one, or the same method and URL seen by two handlers. */
function oneCall(candidates: Waiting[]): boolean {
  const [first, ...rest] = candidates;
  if (!first) return false;
  return rest.every(
    (w) => w.call.method === first.call.method && w.call.url === first.call.url && w.client !== first.client,
  );
}

export class LinePairs {
  private readonly channels = new Map<string, Channel>();
  private waiting = 0;
  private recent: Waiting[] = [];
  private unplaced: Unplaced[] = [];
  /** Clients seen: .NET's outer handler repeats what its inner handler logged. */
  private readonly clients = new Set<string>();

  /** The calls a line completes: none while it waits (or when it says nothing of a Marketo call). */
  take(line: RawCall, pair: TextPair): RawCall[] {
    this.clients.add(pair.client);
    const key = `${pair.client}\0${pair.id ?? ''}`;
    switch (pair.side) {
      case 'request':
        this.send(key, line, pair);
        return [];
      case 'host': {
        const open = this.newest(key);
        if (open && open.call.host === undefined && open.call.url?.startsWith('/')) open.call.host = line.host;
        return [];
      }
      case 'response':
        return this.answer(key, line, pair);
      case 'failure':
        return this.fail(line, pair);
      case 'trace':
      case 'time':
        return [];
      // A body alone: text-exchanges.ts gives it to the call its status line ended; a write-out line, the
      // call of the body before it (text-exchanges.ts takes it before it gets here).
      case 'write-out':
      case 'body':
        return [withoutPair(line)];
    }
  }

  private send(key: string, call: RawCall, pair: TextPair): void {
    let channel = this.channels.get(key);
    if (channel && pair.serial) this.drop(channel);
    if (!channel) {
      channel = new Fifo<Waiting>();
      this.channels.set(key, channel);
    }
    const waiting: Waiting = { call, client: pair.client, key, done: false, clockNs: pair.clockNs };
    channel.push(waiting);
    this.waiting++;
    this.recent.push(waiting);
    if (this.recent.length > 2 * RECENT) this.recent = this.recent.slice(-RECENT);
    // Each turn closes a request or forgets a channel that has none left.
    while (this.waiting > MAX_WAITING) {
      const [oldestKey, oldest] = this.channels.entries().next().value as [string, Channel];
      const first = this.first(oldestKey, oldest);
      if (!first) continue;
      this.close(first);
    }
  }

  private answer(key: string, line: RawCall, pair: TextPair): RawCall[] {
    const channel = this.channels.get(key);
    const request = channel && this.first(key, channel);
    if (request) this.close(request);
    const failed = request ? this.placeFailures() : [];
    // The inner handler logged each attempt: the outer one's line is the same call again.
    if (pair.client === 'dotnet-logical' && this.clients.has('dotnet-client')) return failed;
    if (!request) return line.url === undefined ? [] : [withoutPair(line)];
    const call = withoutPair(request.call);
    failed.push({
      ...call,
      source: line.source,
      url: call.url ?? line.url,
      status: line.status,
      responseBody: line.responseBody ?? call.responseBody,
      durationMs: line.durationMs ?? call.durationMs ?? clockMs(request.clockNs, pair.clockNs),
      endedAt: line.startedAt ?? call.endedAt,
    });
    return failed;
  }

  /** A client's own failure line closes its request; an exception, one sent right before it. */
  private fail(line: RawCall, pair: TextPair): RawCall[] {
    const candidates = this.recent.filter(
      (w) =>
        !w.done &&
        (pair.client === '' ? line.source.line - w.call.source.line <= MAX_LINES_APART : w.client === pair.client),
    );
    if (candidates.length === 0) return [];
    if (oneCall(candidates)) return [this.failed(candidates, line)];
    if (this.unplaced.length < RECENT) this.unplaced.push({ line, candidates });
    return [];
  }

  /** The candidates are one call (.NET's outer and inner handler each logged it): all close, one is counted. */
  private failed(candidates: Waiting[], line: RawCall): RawCall {
    for (const request of candidates) this.close(request);
    const call = withoutPair(candidates[candidates.length - 1]!.call);
    // A failure line that is a mention (http.client's empty reply) lets the app's exception join the call.
    return {
      ...call,
      source: line.source,
      noResponse: true,
      ...(line.textMention && { textMention: line.textMention }),
    };
  }

  /** Failures that could not be placed, now that one more request was answered. */
  private placeFailures(): RawCall[] {
    const out: RawCall[] = [];
    for (const u of this.unplaced) u.candidates = u.candidates.filter((w) => !w.done);
    for (const u of this.unplaced) if (oneCall(u.candidates)) out.push(this.failed(u.candidates, u.line));
    this.unplaced = this.unplaced.filter((u) => u.candidates.some((w) => !w.done) && !oneCall(u.candidates));
    return out;
  }

  /** The oldest request of a channel still waiting; the channel goes once empty. */
  private first(key: string, channel: Channel): Waiting | undefined {
    while (channel.first()?.done) channel.shift();
    const first = channel.first();
    if (first) return first;
    this.channels.delete(key);
    return undefined;
  }

  private newest(key: string): Waiting | undefined {
    const channel = this.channels.get(key);
    const newest = channel?.last();
    return newest && !newest.done ? newest : undefined;
  }

  private close(waiting: Waiting): void {
    waiting.done = true;
    this.waiting--;
    const channel = this.channels.get(waiting.key);
    if (channel) this.first(waiting.key, channel);
  }

  private drop(channel: Channel): void {
    for (const waiting of channel) {
      if (waiting.done) continue;
      waiting.done = true;
      this.waiting--;
    }
    channel.clear();
  }
}
