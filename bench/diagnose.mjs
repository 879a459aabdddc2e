// CPU of the diagnostics alone (DiagnosticsState.add) over a file's calls, built and classified
// beforehand: node bench/diagnose.mjs FILE [--rounds N] [--dist DIR] [--per].
// --dist compares another build (e.g. a copy of dist from before a change, run interleaved);
// --per times each detector alone, fingerprints worked out beforehand (needs diagnose/request-print.js).
// The digest (sha1 of the saved state, the peaks and the diagnostics) must not change with a change
// that only buys speed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const file = process.argv[2];
const rounds = Number(arg('--rounds', 5));
const dist = pathToFileURL(resolve(arg('--dist', new URL('../dist', import.meta.url).pathname))).href;
const load = (path) => import(`${dist}/${path}`);
const { shrinkRecords } = await load('normalise/ndjson/lite-line.js');
const { CallAssembler, recogniseLine } = await load('normalise/ndjson/index.js');
const { buildExchange } = await load('normalise/build-exchange.js');
const { classify } = await load('classify/classify.js');
const { DiagnosticsState, DETECTORS } = await load('diagnose/index.js');

const data = readFileSync(file);
const calls = [];
const take = (raw) => {
  const ex = buildExchange(raw);
  calls.push([ex, classify(ex, { showRecords: false })]);
};
const assembler = new CallAssembler();
const parse = (b) => {
  try {
    return JSON.parse(b);
  } catch {
    return undefined;
  }
};
for (let at = 0, line = 1; at < data.length; line++) {
  let end = data.indexOf(10, at);
  if (end === -1) end = data.length;
  const r = recogniseLine(parse(shrinkRecords(data.subarray(at, end))), { file, line });
  if (r.kind === 'call') for (const raw of assembler.push(r)) take(raw);
  at = end + 1;
}
for (const raw of assembler.flush()) take(raw);

const cpu = (fn) => {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const summary = (times) => {
  times.sort((a, b) => a - b);
  return { min: Math.round(times[0]), median: Math.round(times[times.length >> 1]) };
};
const times = [];
let digest = '';
for (let r = 0; r < rounds; r++) {
  const state = new DiagnosticsState();
  times.push(
    cpu(() => {
      for (const [ex, classified] of calls) state.add(ex, classified);
    }),
  );
  const out = JSON.stringify([state.toJSON(), state.peaks(), state.finish({ dailyQuota: 50_000, lang: 'en' })]);
  digest = createHash('sha1').update(out).digest('hex').slice(0, 12);
}
console.log(JSON.stringify({ calls: calls.length, ...summary(times), digest }));

if (process.argv.includes('--per')) {
  // One input per call, as DiagnosticsState gives it, with its fingerprint and digests worked out.
  const { factsOf } = await load('diagnose/facts.js');
  const { RequestPrint } = await load('diagnose/request-print.js');
  const inputs = calls.map(([ex, classified]) => {
    const print = new RequestPrint();
    print.set(ex);
    const [fp, url, full] = [print.fingerprint(), print.urlDigest(), print.fullDigest()];
    return {
      ex,
      classified,
      facts: factsOf(ex, classified),
      fingerprint: () => fp,
      urlDigest: () => url,
      fullDigest: () => full,
    };
  });
  const per = {};
  for (let r = 0; r < rounds; r++) {
    for (const kind of DETECTORS) {
      const detector = kind.create();
      (per[kind.id] ??= []).push(
        cpu(() => {
          for (const input of inputs) detector.add(input);
        }),
      );
    }
  }
  for (const [id, t] of Object.entries(per)) per[id] = summary(t);
  console.log(JSON.stringify(per));
}
