import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyzer } from '../src/pipeline/analyzer.js';
import { normaliseOptions } from '../src/pipeline/options.js';

// `jq .log` output: a HAR's inner object without its wrapper, as one JSON line.
const JQ_LOG = Buffer.from('{"version":"1.2","creator":{"name":"WebInspector"},"entries":[]}');

for (const lang of ['en', 'sv'] as const) {
  test(`a HAR without its "log" wrapper is said to be cut short, in ${lang}`, () => {
    const analyzer = new Analyzer(normaliseOptions({}));
    const input = analyzer.startInput('console.json', 'ndjson', false);
    analyzer.line(input, JQ_LOG, 1);
    analyzer.finishInput(input);
    const truncated = input.report.truncated;
    assert.ok(truncated, 'the input is marked cut short');
    assert.equal(truncated.line, 1);
    assert.equal(truncated.words?.id, 'harWithoutLog');
    const said = analyzer.report({ lang, tool: { name: 't', version: '0' }, filters: {} }).inputs[0]?.truncated;
    assert.ok(said);
    assert.match(said.reason, lang === 'sv' ? /ingen HAR/ : /not a HAR/);
  });
}
