// CPU per stage of the core on a file's lines, cumulative: node bench/stages.mjs FILE [--rounds N].
// Each stage runs the ones before it, so the difference between two rows is the cost of a stage.
import { fileLines } from './lib/file-lines.mjs';
import { shrinkRecords } from '../dist/normalise/ndjson/lite-line.js';
import { CallAssembler, recogniseLine } from '../dist/normalise/ndjson/index.js';
import { buildExchange } from '../dist/normalise/build-exchange.js';
import { classify } from '../dist/classify/classify.js';
import { DiagnosticsState } from '../dist/diagnose/index.js';
import { Summary } from '../dist/aggregate/summary.js';
import { firstNonBlank } from '../dist/pipeline/parse-record.js';
import { Analyzer } from '../dist/pipeline/analyzer.js';
import { normaliseOptions } from '../dist/pipeline/options.js';

const file = process.argv[2];
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] || 5);
const { data, lines } = fileLines(file);
const parse = (b) => {
  try {
    return JSON.parse(b);
  } catch {
    return undefined;
  }
};
const stages = {
  blank: (l) => firstNonBlank(l),
  decode: (l) => l.toString('utf8').length,
  parseWhole: (l) => parse(l.toString('utf8')),
  shrink: (l) => shrinkRecords(l).length,
  parseShrunk: (l) => parse(shrinkRecords(l)),
  recognise: (l, i) => recogniseLine(parse(shrinkRecords(l)), { file, line: i }),
};
// The stages after recognition, each fed what the one before gave; a fresh state per round.
const after = {
  assemble: () => () => {},
  build: () => (raw) => buildExchange(raw),
  classify: () => (raw) => classify(buildExchange(raw), { showRecords: false }),
  diagnose: () => {
    const d = new DiagnosticsState();
    return (raw) => {
      const ex = buildExchange(raw);
      d.add(ex, classify(ex, { showRecords: false }));
    };
  },
  summarise: () => {
    const d = new DiagnosticsState();
    const sum = new Summary();
    return (raw) => {
      const ex = buildExchange(raw);
      const c = classify(ex, { showRecords: false });
      d.add(ex, c);
      sum.add(ex, c);
    };
  },
};
for (const [name, make] of Object.entries(after)) {
  stages[name] = () => {
    const take = make();
    const assembler = new CallAssembler();
    return (l, i) => {
      const r = recogniseLine(parse(shrinkRecords(l)), { file, line: i });
      if (r.kind === 'call') for (const raw of assembler.push(r)) take(raw);
    };
  };
  stages[name].factory = true;
}
const cpu = (fn) => {
  const b = process.cpuUsage();
  fn();
  const u = process.cpuUsage(b);
  return (u.user + u.system) / 1000;
};
const results = {};
for (let r = 0; r < rounds; r++) {
  for (const [name, stage] of Object.entries(stages)) {
    const fn = stage.factory ? stage() : stage;
    (results[name] ??= []).push(
      cpu(() => {
        for (let i = 0; i < lines.length; i++) fn(lines[i], i + 1);
      }),
    );
  }
  (results.analyzer ??= []).push(
    cpu(() => {
      const a = new Analyzer(normaliseOptions({}));
      const input = a.startInput(file, 'ndjson', false);
      for (let i = 0; i < lines.length; i++) a.line(input, lines[i], i + 1);
      a.finishInput(input);
    }),
  );
}
const mb = data.length / 2 ** 20;
for (const [name, t] of Object.entries(results)) {
  t.sort((a, b) => a - b);
  const med = t[t.length >> 1];
  console.log(
    `${name.padEnd(12)} ${med.toFixed(0).padStart(6)} ms  ${((med / 1000) * (1024 / mb)).toFixed(2)} CPU-s/GB`,
  );
}
