import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from './run-cli.js';

type Json = Record<string, unknown> & { diagnostics: Array<{ id: string }> };

/**
 * Every count and input entry of a report merged from parts (blocks, shares)
 * equal to one pass, requests paired with responses across cuts included.
 * Diagnostics that follow a detector's state over time (unchanged retries, the
 * 20 s peak) lose what spans a cut, as with byte ranges of a file (README,
 * "Logs larger than one machine"): the same diagnostics fire.
 */
export function sameAsOnePass(parts: unknown, one: unknown): void {
  const { diagnostics: d1, diagnosticsState: _s1, peaks: p1, ...rest1 } = parts as Json;
  const { diagnostics: d2, diagnosticsState: _s2, peaks: p2, ...rest2 } = one as Json;
  assert.deepEqual(rest1, rest2);
  // Calls in flight across a cut are not counted together (the larger side's peak is kept).
  const { inFlight: f1, ...peaks1 } = p1 as { inFlight: number };
  const { inFlight: f2, ...peaks2 } = p2 as { inFlight: number };
  assert.deepEqual(peaks1, peaks2);
  assert.ok(f1 <= f2, `in flight ${f1} at most ${f2}`);
  assert.deepEqual(
    d1.map((d) => d.id),
    d2.map((d) => d.id),
  );
}

/**
 * pino writing request and response on separate lines (a real tool's log), copied until `bytes`, each
 * copy shifted a minute and given new ids so that no line repeats.
 */
export function pinoCopies(bytes: number): string {
  const pino = readFileSync(fixture('ndjson', 'pino-split-request-response.ndjson'), 'utf8');
  const copies: string[] = [];
  for (let i = 0; copies.length * pino.length < bytes; i++) {
    const tag = i.toString(16).padStart(6, '0');
    copies.push(
      pino
        .replace(/"time":(\d+)/g, (_, t: string) => `"time":${Number(t) + i * 60_000}`)
        .replace(/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{6})[0-9a-f]{6}/g, `$1${tag}`)
        .replace(/"requestId":"([0-9a-f]+)#[0-9a-f]{6}/g, `"requestId":"$1#${tag}`),
    );
  }
  return copies.join('');
}
