import { PAGE_CODES } from './helpers/page-codes.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCliInProcess } from './helpers/cli-in-process.js';

for (const lang of ['en', 'sv']) {
  test(`codes --format json --lang ${lang} lists every code of the page with its texts`, async () => {
    const { code, stdout } = await runCliInProcess(['codes', '--format', 'json', '--lang', lang]);
    assert.equal(code, 0);
    const entries = JSON.parse(stdout) as Array<Record<string, unknown>>;
    for (const [level, codes] of Object.entries(PAGE_CODES)) {
      for (const c of codes) {
        const e = entries.find((x) => x.code === c && x.level === level);
        assert.ok(e, `missing ${level} ${c}`);
        for (const key of ['title', 'meaning', 'remedy'])
          assert.ok(typeof e[key] === 'string' && (e[key] as string).length > 3, `${c} ${key}`);
        assert.equal(typeof e.retry, 'string');
        assert.equal(typeof e.countsAgainstQuota, 'boolean');
      }
    }
    for (const c of ['500', '600', '1079'])
      assert.ok(
        entries.some((x) => x.code === c),
        `facts code ${c}`,
      );
    assert.ok(entries.some((x) => x.code === '404' && x.level === 'http'));
  });
}

test('the two languages really differ, and --level filters', async () => {
  const en = JSON.parse((await runCliInProcess(['codes', '--format', 'json', '--level', 'response'])).stdout) as Array<{
    code: string;
    level: string;
    title: string;
  }>;
  const sv = JSON.parse(
    (await runCliInProcess(['codes', '--format', 'json', '--level', 'response', '--lang', 'sv'])).stdout,
  ) as Array<{ code: string; title: string }>;
  assert.ok(en.every((e) => e.level === 'response'));
  assert.equal(en.length, sv.length);
  const differ = en.filter((e, i) => e.title !== sv[i]!.title).length;
  assert.ok(differ > en.length * 0.8, `only ${differ} of ${en.length} titles are translated`);
});

test('explain prints a known code and exits 0; an unknown code gives one stderr line and exit 2', async () => {
  const ok = await runCliInProcess(['explain', '606']);
  assert.equal(ok.code, 0);
  assert.match(ok.stdout, /606/);
  assert.match(ok.stdout, /wait-for-window|20/);
  const bad = await runCliInProcess(['explain', '9999']);
  assert.equal(bad.code, 2);
  assert.equal(bad.stdout, '');
  assert.equal(bad.stderr.trim().split('\n').length, 1);
  assert.match(bad.stderr, /9999/);
});

test('--version, --help with examples, and usage errors exit 2 without a stack trace', async () => {
  const v = await runCliInProcess(['--version']);
  assert.equal(v.code, 0);
  assert.match(v.stdout, /^\d+\.\d+\.\d+/);
  for (const cmd of [['analyze'], ['codes'], ['explain']]) {
    const h = await runCliInProcess([...cmd, '--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /Examples:/);
    assert.match(h.stdout, /Exit codes:/);
  }
  const bad = await runCliInProcess(['codes', '--format', 'yaml']);
  assert.equal(bad.code, 2);
  assert.doesNotMatch(bad.stderr, /\bat .*\.js:\d+/);
  const unknownFlag = await runCliInProcess(['analyze', '--bogus']);
  assert.equal(unknownFlag.code, 2);
});
