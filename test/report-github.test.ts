import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { renderDefaults } from '../src/report/format-spec.js';
import { cutToBytes, githubFormat, STEP_SUMMARY_BYTES } from '../src/report/github.js';
import { loadReport } from './helpers/reports.js';
import { ROOT } from './helpers/run-cli.js';
import { runCliInProcess } from './helpers/cli-in-process.js';

/**
 * The runner's side, written from GitHub's "Workflow commands" page: a command is
 * a whole line `::name key=value,key=value::message`; in the message %25, %0D and
 * %0A stand for %, CR and LF, in property values also %3A and %2C for : and ,.
 */
interface Annotation {
  name: string;
  props: Record<string, string>;
  message: string;
}

function unescapeValue(s: string, property: boolean): string {
  const table: Record<string, string> = {
    '%25': '%',
    '%0D': '\r',
    '%0A': '\n',
    ...(property ? { '%3A': ':', '%2C': ',' } : {}),
  };
  return s.replace(/%(25|0D|0A|3A|2C)/g, (m) => table[m] ?? m);
}

function parseCommands(text: string): { commands: Annotation[]; other: string[] } {
  const commands: Annotation[] = [];
  const other: string[] = [];
  for (const line of text.split('\n').filter(Boolean)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) {
      other.push(line);
      continue;
    }
    const props: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      props[pair.slice(0, eq)] = unescapeValue(pair.slice(eq + 1), true);
    }
    commands.push({ name: m[1]!, props, message: unescapeValue(m[3]!, false) });
  }
  return { commands, other };
}

const opts = (env: Record<string, string> = {}) => renderDefaults({ lang: 'en', cwd: ROOT, env });

test('an annotation per code and per diagnostic, every line a command, errors for codes that need a change', () => {
  const r = loadReport('mixed-sync-run.json');
  const { commands, other } = parseCommands(githubFormat.render(r, opts()));
  assert.deepEqual(other, []);
  for (const level of ['http', 'response', 'record'] as const) {
    for (const c of r.levels[level].codes) {
      const a = commands.find((x) => x.props.title?.includes(` ${c.code}: ${c.title}`));
      assert.ok(a, `${level} ${c.code}`);
      assert.equal(a.name, c.retry === 'backoff-retry' || c.retry === 'reauthenticate-then-retry' ? 'warning' : a.name);
      assert.match(a.message, new RegExp(`^${c.count} occurrences? in ${c.exchanges} calls?`));
    }
  }
  for (const d of r.diagnostics) {
    const a = commands.find((x) => x.props.title === `Diagnostics: ${d.title}`);
    assert.ok(a, d.id);
    assert.equal(a.name, { error: 'error', warning: 'warning', info: 'notice' }[d.severity]);
    assert.equal(a.message, d.advice);
  }
  assert.match(commands[0]!.message, new RegExp(`Calls with failed records: ${r.totals.recordFailureCalls}`));
});

test('log text cannot start a command of its own, and survives the escaping unchanged', () => {
  const r = loadReport('mixed-sync-run.json');
  const c = r.levels.http.codes[0]!;
  c.title = 'a: b, c % d';
  c.meaning = 'line one\r\n::set-env name=PATH::/tmp/evil\n%0A literal';
  const { commands, other } = parseCommands(githubFormat.render(r, opts()));
  assert.deepEqual(other, []);
  const a = commands.find((x) => x.props.title?.endsWith('a: b, c % d'));
  assert.ok(a);
  // CR is a control character and is dropped; the line break stays a line break inside the message.
  assert.ok(a.message.includes('line one\n::set-env name=PATH::/tmp/evil\n%0A literal'));
  assert.ok(!commands.some((x) => x.name === 'set-env'));
});

test('file and line of the first sample when the log lies in the workspace, none for gzip or outside', () => {
  const r = loadReport('mixed-sync-run.json');
  const plain = r.levels.http.codes.find((c) => c.samples.some((s) => s.source.file.endsWith('.ndjson')))!;
  const sample = plain.samples.find((s) => s.source.file.endsWith('.ndjson'))!;
  const gz = r.levels.record.codes[0]!;
  assert.ok(gz.samples.every((s) => s.source.file.endsWith('.gz')));
  const find = (text: string, code: string) =>
    parseCommands(text).commands.find((x) => x.props.title?.includes(` ${code}: `))!;
  const inside = find(githubFormat.render(r, opts()), plain.code);
  assert.equal(inside.props.file, sample.source.file);
  assert.equal(inside.props.line, String(sample.source.line));
  assert.equal(find(githubFormat.render(r, opts()), gz.code).props.file, undefined);
  const elsewhere = find(githubFormat.render(r, opts({ GITHUB_WORKSPACE: '/somewhere/else' })), plain.code);
  assert.equal(elsewhere.props.file, undefined);
});

test('the step summary is the Markdown report, cut at a line to fit 1 MiB with a note', () => {
  const r = loadReport('mixed-sync-run.json');
  const [attachment] = githubFormat.attachments!(r, opts({ GITHUB_STEP_SUMMARY: '/tmp/summary.md' }));
  assert.equal(attachment?.file, '/tmp/summary.md');
  assert.match(attachment!.text, /^# Marketo API failure report/);
  assert.deepEqual(githubFormat.attachments!(r, opts()), []);
  const big = `${'# title\n'}${'| 606 | ×1 ü |\n'.repeat(100_000)}`;
  const cut = cutToBytes(big, STEP_SUMMARY_BYTES, '_cut_');
  assert.ok(Buffer.byteLength(cut) <= STEP_SUMMARY_BYTES);
  assert.ok(Buffer.byteLength(cut) > STEP_SUMMARY_BYTES - 100);
  assert.ok(cut.endsWith('| 606 | ×1 ü |\n_cut_\n'));
  assert.equal(cutToBytes('short\n', STEP_SUMMARY_BYTES, '_cut_'), 'short\n');
});

test('analyze --format github appends the summary to $GITHUB_STEP_SUMMARY and keeps what was there', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gh-'));
  const summary = path.join(dir, 'summary.md');
  writeFileSync(summary, '# Earlier step\n');
  const log = path.join('fixtures', 'reports', 'logs', 'export-worker-2024-10-14.ndjson');
  const { code, stdout } = await runCliInProcess(['analyze', log, '--format', 'github'], undefined, {
    GITHUB_STEP_SUMMARY: summary,
  });
  assert.equal(code, 0);
  assert.ok(parseCommands(stdout).commands.some((c) => c.props.file === log.split(path.sep).join('/')));
  const text = readFileSync(summary, 'utf8');
  assert.ok(text.startsWith('# Earlier step\n# Marketo API failure report'));
});

test('a step summary that cannot be written ends with exit 4 after the annotations, naming the file', async () => {
  const log = path.join('fixtures', 'reports', 'logs', 'export-worker-2024-10-14.ndjson');
  const summary = path.join(tmpdir(), 'no-such-dir-for-marketo-errors', 'summary.md');
  const { code, stdout, stderr } = await runCliInProcess(['analyze', log, '--format', 'github'], undefined, {
    GITHUB_STEP_SUMMARY: summary,
  });
  assert.equal(code, 4);
  assert.ok(parseCommands(stdout).commands.length > 0);
  assert.match(stderr, /cannot write .*summary\.md: ENOENT/);
});
