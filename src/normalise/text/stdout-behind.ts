/**
 * Python's http.client prints its debug lines (`send:`, `reply:`) to stdout, and the app logs to stderr. Run
 * with its output to a file (`python3 sync.py > sync.log 2>&1`, as cron runs it), stdout is written in 8 KiB
 * blocks: the debug lines of calls come after the app's own lines about the same calls, and each call would
 * count twice. The app's calls counted with no debug call just before them wait here in order; the debug call
 * that finds the oldest of them alike (the same status, a success for a body, or no response for none) is that
 * call again. Run unbuffered (`python3 -u`), the debug lines come first and the app's lines join them as before.
 */
import type { RawCall } from '../build-exchange.js';
import { Fifo } from '../../util/fifo.js';

// An app's line this close after a debug call is that call's, in an unbuffered log.
const MAX_LINES_APART = 20;
// Bounds the memory of a log of many app calls and no debug lines.
const MAX_WAITING = 10_000;

interface Outcome {
  status: number | undefined;
  noResponse: boolean;
}

const outcomeOf = (call: RawCall): Outcome => ({ status: call.status, noResponse: call.noResponse === true });

/** Whether the app's call and a debug call ended alike: the same status, a success for a body, no response. */
function alike(app: Outcome, debug: Outcome): boolean {
  if (app.noResponse || debug.noResponse) return app.noResponse && debug.noResponse;
  return app.status === debug.status || (app.status === undefined && debug.status !== undefined && debug.status < 300);
}

export class StdoutBehind {
  private readonly waiting = new Fifo<Outcome>();
  private readonly seen = new WeakSet<RawCall>();
  private lastDebug: (Outcome & { line: number }) | undefined;

  /** A call read from http.client's debug lines: never one of the app's. */
  debugCall(call: RawCall): void {
    this.seen.add(call);
  }

  /** Calls counted, the app's among them noted once each. */
  noted(calls: RawCall[]): RawCall[] {
    for (const call of calls) {
      if (this.seen.has(call)) continue;
      this.seen.add(call);
      if (call.url === undefined && call.responseBody === undefined && !call.noResponse) continue;
      const outcome = outcomeOf(call);
      // Right after a debug call that ended alike, unbuffered: that call's line, which the joiner saw to.
      const last = this.lastDebug;
      if (last && call.source.line - last.line <= MAX_LINES_APART && alike(outcome, last)) continue;
      if (this.waiting.size < MAX_WAITING) this.waiting.push(outcome);
    }
    return calls;
  }

  /** Whether a call read from http.client's debug lines is one the app's lines counted already. */
  repeats(debug: RawCall): boolean {
    const outcome = outcomeOf(debug);
    this.lastDebug = { ...outcome, line: debug.source.line };
    const app = this.waiting.first();
    if (!app || !alike(app, outcome)) return false;
    this.waiting.shift();
    return true;
  }
}
