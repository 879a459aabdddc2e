import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { test } from 'node:test';
import { normaliseOptions } from '../src/pipeline/options.js';
import { filesOnWorkers, MIN_PARALLEL_BYTES, rangesPay } from '../src/pipeline/parallel.js';

const FIXTURES = [
  'fixtures/demo/nightly-sync.ndjson',
  'fixtures/ndjson/pino-http.ndjson',
  'fixtures/python/requests-logging-text.log',
].filter((f) => {
  try {
    return statSync(f).isFile();
  } catch {
    return false;
  }
});
const small = FIXTURES.map((f) => ({ size: statSync(f).size, gzip: false }));

test('the default keeps a few small logs on one thread: a worker per file costs more than it saves', () => {
  assert.ok(small.length >= 2, 'fixtures found');
  const auto = normaliseOptions({});
  assert.equal(auto.jobsAuto, true);
  assert.equal(filesOnWorkers(small, { ...auto, jobs: 2 }), false);
});

test('the default takes worker threads once the files together are large enough', () => {
  const auto = { ...normaliseOptions({}), jobs: 2 };
  const half = Math.ceil(MIN_PARALLEL_BYTES / 2);
  assert.equal(
    filesOnWorkers(
      [
        { size: half, gzip: false },
        { size: half, gzip: false },
      ],
      auto,
    ),
    true,
  );
  // A gzip file is counted at about four times its size on disk.
  const gz = Math.ceil(MIN_PARALLEL_BYTES / 8);
  assert.equal(
    filesOnWorkers(
      [
        { size: gz, gzip: true },
        { size: gz, gzip: true },
      ],
      auto,
    ),
    true,
  );
  assert.equal(
    filesOnWorkers(
      [
        { size: gz, gzip: false },
        { size: gz, gzip: false },
      ],
      auto,
    ),
    false,
  );
});

test('an explicit --jobs is obeyed for small files, and one file or one job never uses file workers', () => {
  const asked = normaliseOptions({ jobs: 2 });
  assert.notEqual(asked.jobsAuto, true);
  assert.equal(filesOnWorkers(small, asked), true);
  assert.equal(filesOnWorkers(small.slice(0, 1), asked), false);
  assert.equal(filesOnWorkers(small, normaliseOptions({ jobs: 1 })), false);
});

test('one file takes byte ranges by default from 512 MB, and from 128 MB when --jobs asks for them', () => {
  const auto = { ...normaliseOptions({}), jobs: 2 };
  const asked = normaliseOptions({ jobs: 2 });
  const MB = 1024 * 1024;
  assert.deepEqual(
    [64, 256, 511, 512, 1024].map((mb) => rangesPay(mb * MB, auto)),
    [false, false, false, true, true],
  );
  assert.deepEqual(
    [64, 127, 128, 256].map((mb) => rangesPay(mb * MB, asked)),
    [false, false, true, true],
  );
  assert.equal(rangesPay(4096 * MB, normaliseOptions({ jobs: 1 })), false);
});
