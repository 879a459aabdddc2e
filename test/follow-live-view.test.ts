import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderFrame, type ViewModel } from '../src/follow/live-view.js';
import { LiveMetrics } from '../src/follow/live-metrics.js';
import { BIN, fixture, ROOT } from './helpers/run-cli.js';

const ESC = '\u001b';
const ENTER_ALT = `${ESC}[?1049h`;
const LEAVE_ALT = `${ESC}[?1049l`;
const SHOW_CURSOR = `${ESC}[?25h`;

function model(overrides: Partial<ViewModel> = {}): ViewModel {
  return {
    inputs: 1,
    paused: false,
    numbers: {
      ...new LiveMetrics().numbers(),
      rate: 95,
      inflight: 4,
      today: 41_000,
      day: '2026-11-02',
      at: Date.parse('2026-11-02T01:01:40Z'),
    },
    dailyQuota: 50_000,
    sinceStart: { http: 1, response: 36, record: 133 },
    topCodes: [{ level: 'response', code: '606', count: 30, title: 'Rate limit exceeded', remedy: 'Wait 20 s.' }],
    lastFindings: [
      {
        type: 'finding',
        level: 'response',
        code: '606',
        title: 'x',
        message: `evil ${ESC}]0;owned${ESC}\\ text`,
        time: '2026-11-02T01:01:40Z',
        endpoint: `/rest/${ESC}[31mred`,
        requestId: null,
        source: 'sync.log:12',
        retry: null,
      },
    ],
    alerts: ['ALERT rate>=90: 95 calls in 20 s'],
    ...overrides,
  };
}

test('live view frame: fits the width and height it is given, sections give way from the bottom', () => {
  for (const [width, height] of [
    [120, 40],
    [60, 12],
    [30, 6],
  ] as const) {
    const frame = renderFrame(model(), { width, height, color: false, lang: 'en' });
    assert.ok(frame.length <= height, `${frame.length} lines for height ${height}`);
    for (const line of frame) assert.ok([...line].length <= width, `"${line}" is wider than ${width}`);
  }
  const big = renderFrame(model(), { width: 120, height: 40, color: false, lang: 'en' }).join('\n');
  assert.match(big, /calls \/ 20 s +\[█{19}░\] 95 \/ 100/);
  assert.match(big, /in flight +\[█{8}░{12}\] 4 \/ 10/);
  assert.match(big, /today 2026-11-02 \(US Central\) +\[█{16}░{4}\] 41,000 \/ 50,000/);
  assert.match(big, /response 606 ×30 Rate limit exceeded: Wait 20 s\./);
  assert.ok(!big.includes(ESC), 'no colour without colour, and no escape from the log');
  const sv = renderFrame(model({ paused: true }), { width: 120, height: 40, color: false, lang: 'sv' }).join('\n');
  assert.match(sv, /PAUSAD/);
  assert.match(sv, /anrop \/ 20 s/);
});

/** Runs the CLI in a real pseudo-terminal (util-linux `script`) of 80x20, sends keys, returns all it drew. */
function inTerminal(args: string[], key: string): Promise<{ code: number | null; out: string }> {
  const command = `stty cols 80 rows 20; exec ${process.execPath} ${BIN} ${args.map((a) => `'${a}'`).join(' ')}`;
  const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', TERM: 'xterm' },
  });
  let out = '';
  let sent = false;
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString('utf8');
    // The key goes in once the first frame is on the screen.
    if (!sent && out.includes('calls / 20 s')) {
      sent = true;
      child.stdin.write(key);
    }
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    }),
  );
}

// Alternate screen, frames that fit; q and Ctrl-C restore the screen and print the report.
// util-linux `script` gives the CLI a real pseudo-terminal (Debian: bsdutils, always installed).
const noScript = spawnSync('script', ['--version']).error !== undefined;

test('live view in a real pseudo-terminal: its frames and its cleanup', {
  skip: noScript && 'no script(1)',
}, async () => {
  const log = path.join(mkdtempSync(path.join(tmpdir(), 'marketo-view-')), 'sync.log');
  writeFileSync(log, readFileSync(fixture('demo', 'nightly-sync.ndjson')));
  const [quit, interrupted] = await Promise.all([
    inTerminal(['analyze', '-F', log, '--alert', 'code:606', '--fail-on', 'response'], 'q'),
    inTerminal(['analyze', '-F', log], '\u0003'),
  ]);
  for (const { out } of [quit, interrupted]) {
    const enter = out.indexOf(ENTER_ALT);
    const leave = out.lastIndexOf(LEAVE_ALT);
    assert.ok(enter >= 0 && leave > enter, 'the alternate screen is entered, then left');
    assert.ok(out.lastIndexOf(SHOW_CURSOR) >= leave - SHOW_CURSOR.length, 'the cursor is shown again');
    const screen = out.slice(enter, leave);
    const frames = screen.split(`${ESC}[?2026h${ESC}[H`).slice(1);
    assert.ok(frames.length >= 1, 'at least one frame');
    for (const frame of frames) {
      const lines = frame
        .split(`${ESC}[J`)[0]!
        .split(/\r*\n/)
        .map((l) => l.replaceAll(`${ESC}[K`, ''));
      assert.ok(lines.length <= 20, `${lines.length} lines in a 20-line terminal`);
      for (const line of lines)
        assert.ok([...line.replace(/\u001b\[[0-9;]*m/g, '')].length <= 80, `wider than 80: ${line}`);
    }
    assert.ok(!/\u001b\[[0-9;]*m/.test(screen), 'NO_COLOR: no colours');
    // After the view, the final report as a table on the normal screen.
    assert.match(out.slice(leave), /606/);
  }
  assert.equal(quit.code, 1, '--fail-on response applies to the final report');
  assert.equal(interrupted.code, 0);
  // Alerts wait while the view owns the terminal, then come after it.
  assert.match(quit.out.slice(quit.out.lastIndexOf(LEAVE_ALT)), /ALERT code:606/);
});
