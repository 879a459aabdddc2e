#!/usr/bin/env node
// Writes a large, realistic, seeded Marketo log (NDJSON or HAR) and, beside it,
// FILE.expected.json with the exact counts an analyzer should report.
//   node bench/generate.mjs --seed 42 --size 1GB --format ndjson --out bench/data/x.ndjson
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeRandom } from './lib/prng.mjs';
import { parseSize } from './lib/size.mjs';
import { createScenario, START_MS } from './lib/marketo-calls.mjs';
import { SHAPES, shapeFor } from './lib/ndjson-shapes.mjs';
import { appLog, stackTrace, truncate } from './lib/ndjson-noise.mjs';
import { harHead, marketoEntry, otherEntry } from './lib/har-entries.mjs';
import { createTally } from './lib/tally.mjs';
import { createChunkWriter } from './lib/chunk-writer.mjs';

export const GENERATOR_VERSION = 1;

async function writeNdjson(r, scenario, w, size, tally) {
  let line = 0;
  const emit = (text) => {
    line++;
    return w.write(`${text}\n`);
  };
  while (w.bytes < size) {
    const roll = r.next();
    if (roll < 0.02) {
      await emit(JSON.stringify(appLog(r, scenario.now)));
      tally.unrecognised();
    } else if (roll < 0.021) {
      for (const l of stackTrace(r)) {
        await emit(l);
        tally.malformed();
      }
    } else if (roll < 0.022) {
      const c = scenario.next();
      await emit(truncate(r, JSON.stringify(SHAPES[shapeFor(c, r)](c, r))));
      tally.malformed();
    } else if (roll < 0.025) {
      await emit(r.chance(0.8) ? '' : '   ');
      tally.blank();
    } else {
      const c = scenario.next();
      const shape = shapeFor(c, r);
      await emit(JSON.stringify(SHAPES[shape](c, r)));
      tally.call(c, shape);
    }
  }
  return { lines: line };
}

async function writeHar(r, scenario, w, size, tally) {
  // Chrome's layout: 2-space indent, entries last so they can be streamed.
  const head = JSON.stringify(harHead(START_MS), null, 2);
  await w.write(`${head.slice(0, head.lastIndexOf(']') + 1)},\n    "entries": [`);
  const tail = '\n    ]\n  }\n}\n';
  let entries = 0;
  while (w.bytes < size - tail.length) {
    let e;
    if (r.chance(0.15)) {
      e = otherEntry(r, scenario.now + r.int(1, 50));
      tally.other('har-other');
    } else {
      const c = scenario.next();
      const drop = c.findings.length === 0 && !c.noResponse && r.chance(0.01);
      e = marketoEntry(c, r, drop);
      tally.call(c, drop ? 'har-no-body' : 'har');
    }
    const text = JSON.stringify(e, null, 2).replace(/\n/g, '\n      ');
    await w.write(`${entries === 0 ? '' : ','}\n      ${text}`);
    entries++;
  }
  await w.write(tail);
  return { entries };
}

export async function generate({ seed, size, format, out, maxRecords }) {
  const r = makeRandom(seed);
  const scenario = createScenario(r, { maxRecords });
  const tally = createTally();
  const w = createChunkWriter(out);
  const shape =
    format === 'har' ? await writeHar(r, scenario, w, size, tally) : await writeNdjson(r, scenario, w, size, tally);
  await w.close();
  const secrets = [...scenario.secrets];
  const expected = tally.result({
    generator: {
      version: GENERATOR_VERSION,
      seed,
      size,
      format,
      ...(maxRecords === 300 || maxRecords === undefined ? {} : { maxRecords }),
    },
    file: path.basename(out),
    bytes: w.bytes,
    ...shape,
    // Every secret the file holds; none of them may appear in any output.
    secrets: secrets.slice(0, 5000),
    secretsTotal: secrets.length,
  });
  fs.writeFileSync(`${out}.expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
  return expected;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '42' },
      size: { type: 'string', default: '200MB' },
      format: { type: 'string', default: 'ndjson' },
      out: { type: 'string' },
      // Small batches give short lines and many more calls per MB (the per-call cost rather than the per-byte one).
      'max-records': { type: 'string', default: '300' },
    },
  });
  if (!['ndjson', 'har'].includes(values.format)) throw new Error('--format must be ndjson or har');
  const size = parseSize(values.size);
  const out =
    values.out ?? `bench/data/marketo-${values.seed}-${values.size}.${values.format === 'har' ? 'har' : 'ndjson'}`;
  const started = process.hrtime.bigint();
  const maxRecords = Number(values['max-records']);
  const e = await generate({ seed: Number(values.seed), size, format: values.format, out, maxRecords });
  const s = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `${out}: ${(e.bytes / 1048576).toFixed(1)} MB, ${e.totals.exchanges} exchanges, ${e.totals.malformed} malformed, ${s.toFixed(1)} s`,
  );
}
