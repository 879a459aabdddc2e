import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCliInProcess } from './helpers/cli-in-process.js';

// Found attacking the tool: a call logged at its end with a duration no HTTP call takes (1e15 ms,
// 31,000 years; or below zero) was moved to the year 29663 or 1143 by its start, and counted as in
// flight with every call after it: 200 "in flight" out of calls made one after another, and quota
// days in years no sync ran. Such a duration is no duration: the call keeps the time it was logged at.
test('a duration below zero or longer than a day is left out: no call moves in time or stays in flight', async () => {
  const start = Date.UTC(2026, 11, 4, 10, 0, 0);
  const durations = [1e15, -5000, 1e12, 90_000_000, 1e308];
  const lines = Array.from({ length: 200 }, (_, i) =>
    JSON.stringify({
      time: new Date(start + i * 2000).toISOString(),
      method: 'POST',
      url: 'https://284-RPR-133.mktorest.com/rest/v1/leads.json',
      status: 200,
      durationMs: durations[i % durations.length],
      responseBody: { requestId: `r#${i}`, success: true, result: [{ id: i, status: 'updated' }] },
    }),
  );
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'hostile-durations-')), 'sync.ndjson');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const r = await runCliInProcess(['analyze', file, '--format', 'json', '-q']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as {
    totals: { marketoCalls: number };
    peaks: { inFlight: number; quotaCallsByDay: Array<{ day: string; calls: number }> };
    diagnostics: Array<{ id: string }>;
  };
  assert.equal(report.totals.marketoCalls, 200);
  // Calls logged 2 s apart, with no duration to go by, overlap with none.
  assert.ok(report.peaks.inFlight <= 1, `in flight: ${report.peaks.inFlight}`);
  assert.deepEqual(report.peaks.quotaCallsByDay, [{ day: '2026-12-04', calls: 200 }]);
  assert.ok(!report.diagnostics.some((d) => d.id === 'concurrency'));
});
