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

// Bounds the memory of a log full of requests and no answers.
const MAX_WAITING = 10_000;
// An exception names no request: it closes the last one only when written right after it.
const MAX_LINES_APART = 20;

interface Waiting {
  call: RawCall;
  key: string;
  done: boolean;
}

/** Requests of one channel in the order sent, read from `head` (shift() would move the rest each time). */
interface Channel {
  items: Waiting[];
  head: number;
}

/** A joined call is whole: the part its request line was is no longer its. */
function withoutPair(call: PairedCall): RawCall {
  const { textPair: _, ...rest } = call;
  return rest;
}

export class LinePairs {
  private readonly channels = new Map<string, Channel>();
  private waiting = 0;
  private last: Waiting | undefined;
  private readonly lastOf = new Map<string, Waiting>();
  /** Clients seen: .NET's outer handler repeats what its inner handler logged. */
  private readonly clients = new Set<string>();

  /** The call a line completes, or undefined while it waits (or when it says nothing of a Marketo call). */
  take(line: RawCall, pair: TextPair): RawCall | undefined {
    this.clients.add(pair.client);
    const key = `${pair.client}\0${pair.id ?? ''}`;
    switch (pair.side) {
      case 'request':
        this.send(key, line, pair);
        return undefined;
      case 'host': {
        const open = this.newest(key);
        if (open && open.call.host === undefined && open.call.url?.startsWith('/')) open.call.host = line.host;
        return undefined;
      }
      case 'response':
        return this.answer(key, line, pair);
      case 'failure':
        return this.fail(line, pair);
    }
  }

  private send(key: string, call: RawCall, pair: TextPair): void {
    let channel = this.channels.get(key);
    if (channel && pair.serial) this.drop(channel);
    if (!channel) {
      channel = { items: [], head: 0 };
      this.channels.set(key, channel);
    }
    const waiting: Waiting = { call, key, done: false };
    channel.items.push(waiting);
    this.waiting++;
    this.last = waiting;
    this.lastOf.set(pair.client, waiting);
    // Each turn closes a request or forgets a channel that has none left.
    while (this.waiting > MAX_WAITING) {
      const [oldestKey, oldest] = this.channels.entries().next().value as [string, Channel];
      const first = this.first(oldestKey, oldest);
      if (!first) continue;
      this.close(first);
    }
  }

  private answer(key: string, line: RawCall, pair: TextPair): RawCall | undefined {
    const channel = this.channels.get(key);
    const request = channel && this.first(key, channel);
    if (request) this.close(request);
    // The inner handler logged each attempt: the outer one's line is the same call again.
    if (pair.client === 'dotnet-logical' && this.clients.has('dotnet-client')) return undefined;
    if (!request) return line.url === undefined ? undefined : withoutPair(line);
    const call = withoutPair(request.call);
    return {
      ...call,
      source: line.source,
      url: call.url ?? line.url,
      status: line.status,
      durationMs: line.durationMs ?? call.durationMs,
      endedAt: line.startedAt ?? call.endedAt,
    };
  }

  private fail(line: RawCall, pair: TextPair): RawCall | undefined {
    const request = pair.client === '' ? this.last : this.lastOf.get(pair.client);
    if (!request || request.done) return undefined;
    if (pair.client === '' && line.source.line - request.call.source.line > MAX_LINES_APART) return undefined;
    this.close(request);
    return { ...withoutPair(request.call), source: line.source, noResponse: true };
  }

  /** The oldest request of a channel still waiting; the channel goes once empty. */
  private first(key: string, channel: Channel): Waiting | undefined {
    while (channel.head < channel.items.length && channel.items[channel.head]!.done) channel.head++;
    if (channel.head > 1024 && channel.head * 2 > channel.items.length) {
      channel.items = channel.items.slice(channel.head);
      channel.head = 0;
    }
    if (channel.head < channel.items.length) return channel.items[channel.head];
    this.channels.delete(key);
    return undefined;
  }

  private newest(key: string): Waiting | undefined {
    const channel = this.channels.get(key);
    const newest = channel?.items[channel.items.length - 1];
    return newest && !newest.done ? newest : undefined;
  }

  private close(waiting: Waiting): void {
    waiting.done = true;
    this.waiting--;
    const channel = this.channels.get(waiting.key);
    if (channel) this.first(waiting.key, channel);
  }

  private drop(channel: Channel): void {
    for (let i = channel.head; i < channel.items.length; i++) {
      const waiting = channel.items[i]!;
      if (waiting.done) continue;
      waiting.done = true;
      this.waiting--;
    }
    channel.items = [];
    channel.head = 0;
  }
}
