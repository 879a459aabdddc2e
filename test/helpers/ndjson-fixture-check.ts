import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildExchange, type RawCall } from '../../src/normalise/build-exchange.js';
import type { Exchange } from '../../src/normalise/exchange.js';
import { CallAssembler, recogniseLine, type AssemblerStats } from '../../src/normalise/ndjson/index.js';
import { fixture } from './run-cli.js';

// The fake secrets written into the fixtures; none may survive into an Exchange.
const SECRETS = [
  'cdf01657-110d-4155-99a7-f986b2ff13a0:ab',
  '6b7e9a1c-2f3d-4e5a-8b9c-0d1e2f3a4b5c:sj',
  'Qx7vTz2LmN9pR4sW8yB3cF6hJ1kD5gA0',
  'f3e2d1c0-b9a8-4765-9432-10fedcba9876:lon',
];

export interface Run {
  text: string;
  lines: number;
  exchanges: Exchange[];
  kinds: { call: number; other: number; unrecognised: number; connection: number };
  stats: AssemblerStats;
}

function run(name: string): Run {
  const text = readFileSync(fixture('ndjson', name), 'utf8');
  const assembler = new CallAssembler();
  const kinds = { call: 0, other: 0, unrecognised: 0, connection: 0 };
  const raws: RawCall[] = [];
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  lines.forEach((line, i) => {
    const result = recogniseLine(JSON.parse(line), { file: name, line: i + 1 });
    kinds[result.kind]++;
    if (result.kind === 'call') raws.push(...assembler.push(result));
  });
  raws.push(...assembler.flush());
  return { text, lines: lines.length, exchanges: raws.map(buildExchange), kinds, stats: assembler.stats };
}

export interface Expected {
  statuses: Array<number | undefined>;
  apis: string[];
  requestIds: string[];
  noResponse: number;
  other: number;
  unrecognised: number;
}

/** A fixture of fixtures/ndjson/ read line by line into exchanges, held to what the test expects of it. */
export function check(name: string, want: Expected): Run {
  const r = run(name);
  assert.ok(r.lines >= 10 && r.lines <= 40, `${name} has ${r.lines} lines`);
  assert.equal(r.exchanges.length, want.statuses.length, 'exchange count');
  assert.deepEqual(
    r.exchanges.map((e) => e.status),
    want.statuses,
    'statuses',
  );
  assert.deepEqual(
    r.exchanges.map((e) => e.api),
    want.apis,
    'api kinds',
  );
  assert.deepEqual(
    r.exchanges.flatMap((e) => (e.requestId ? [e.requestId] : [])),
    want.requestIds,
    'Marketo requestIds',
  );
  assert.equal(r.exchanges.filter((e) => e.noResponse).length, want.noResponse, 'noResponse count');
  assert.equal(r.kinds.other, want.other, 'other lines');
  assert.equal(r.kinds.unrecognised, want.unrecognised, 'unrecognised lines');
  const present = SECRETS.filter((s) => r.text.includes(s));
  assert.ok(present.length > 0, 'the fixture carries at least one fake secret');
  const out = JSON.stringify(r.exchanges);
  for (const secret of present) assert.ok(!out.includes(secret), `secret ${secret.slice(0, 6)}… leaked`);
  return r;
}
