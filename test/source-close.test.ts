import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { openInput } from '../src/input/source.js';

const LINE = '{"method":"GET","url":"https://123-ABC-456.mktorest.com/rest/v1/leads.json","status":200}\n';

test('closing a gzip input while more is still to come raises nothing later (shards of a gzip do this)', async () => {
  const gz = gzipSync(LINE.repeat(50_000));
  const errors: unknown[] = [];
  const onError = (e: unknown): void => void errors.push(e);
  process.on('uncaughtException', onError);
  try {
    // A stream that has not ended: a read is pending when the input is closed.
    const stdin = new PassThrough();
    stdin.write(gz.subarray(0, gz.length >> 1));
    const opened = await openInput('-', stdin);
    assert.equal(opened.gzip, true);
    opened.close();
    await sleep(50);
  } finally {
    process.off('uncaughtException', onError);
  }
  assert.deepEqual(
    errors.map((e) => (e as NodeJS.ErrnoException).code ?? String(e)),
    [],
  );
});
