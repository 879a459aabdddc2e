import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { LEVELS } from '../src/catalog/types.js';
import { renderHtml } from '../src/report/html.js';
import type { Report } from '../src/report/model.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (CI installs Debian's chromium package)`;

function loadReport(name: string): Report {
  return JSON.parse(readFileSync(new URL(`../../fixtures/reports/${name}`, import.meta.url), 'utf8')) as Report;
}

let browser: Browser | undefined;

before(async () => {
  if (skip) return;
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
});

/** Open HTML in a fresh page, recording every request that is not data: or about:. */
async function open(html: string, width = 1280): Promise<{ page: Page; requests: string[] }> {
  const page = await browser!.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('data:') && !url.startsWith('about:')) requests.push(url);
  });
  // Nothing may leave the machine even if a request slipped through.
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests };
}

test('the request listener does see an external fetch (so the next test can fail)', { skip }, async () => {
  const { page, requests } = await open('<!doctype html><img src="http://127.0.0.1:9/x.png">');
  await page.waitForTimeout(100);
  await page.close();
  assert.ok(
    requests.some((u) => u.startsWith('http://127.0.0.1:9/')),
    JSON.stringify(requests),
  );
});

test('the report loads without any network request and runs no script', { skip }, async () => {
  const r = loadReport('mixed-sync-run.json');
  r.levels.record.codes[0]!.messages[0]!.message =
    '<script>window.__pwned=1</script><img src="http://127.0.0.1:9/p.png" onerror="window.__pwned=2">';
  r.inputs[0]!.name = '"><img src=http://127.0.0.1:9/q.png>';
  const html = renderHtml(r, { lang: 'en' });
  // The page carries a Content-Security-Policy that would block fetches and
  // scripts anyway; test the markup itself, without that safety net.
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
  assert.match(html, csp);
  const { page, requests } = await open(html.replace(csp, ''));
  await page.waitForTimeout(100);
  const pwned = await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned);
  const scripts = await page.locator('script').count();
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property
  const text = await page.locator('body').innerText();
  await page.close();
  assert.deepEqual(requests, []);
  assert.equal(pwned, undefined);
  assert.equal(scripts, 0);
  assert.ok(text.includes('<script>window.__pwned=1</script>'), 'escaped text is shown as text');
});

test('the timeline SVG has one series per level with data, and labelled axes', { skip }, async () => {
  const r = loadReport('mixed-sync-run.json');
  const { page } = await open(renderHtml(r, { lang: 'sv' }));
  const series = await page
    .locator('section.timeline svg g.series')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-level')));
  const axisLabels = await page.locator('section.timeline svg .axis text').allTextContents();
  const box = await page.locator('section.timeline svg').boundingBox();
  // Only a level with failures gets a series.
  for (const p of r.timeline.points) p.http = 0;
  r.levels.http.codes = [];
  const { page: page2 } = await open(renderHtml(r, { lang: 'en' }));
  const series2 = await page2
    .locator('section.timeline svg g.series')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-level')));
  await page.close();
  await page2.close();
  assert.deepEqual(series, ['http', 'response', 'record']);
  assert.deepEqual(series2, ['response', 'record']);
  assert.ok(
    axisLabels.some((t) => /^\d{2}:\d{2}$/.test(t)),
    `time ticks: ${axisLabels.join(' ')}`,
  );
  assert.ok(axisLabels.some((t) => t.includes('UTC')));
  assert.ok(box && box.width > 600 && box.height > 150, JSON.stringify(box));
});

test('each level table holds its codes with the report counts', { skip }, async () => {
  const r = loadReport('mixed-sync-run.json');
  const { page } = await open(renderHtml(r, { lang: 'en' }));
  for (const level of LEVELS) {
    const rows = await page.locator(`table.codes[data-level="${level}"] tr.code-row`).evaluateAll((trs) =>
      trs.map((tr) => ({
        code: tr.getAttribute('data-code'),
        count: Number(tr.querySelector('td.count')!.textContent!.replace(/\D/g, '')),
        exchanges: Number(tr.querySelector('td.exchanges')!.textContent!.replace(/\D/g, '')),
      })),
    );
    const expected = r.levels[level].codes.map((c) => ({ code: c.code, count: c.count, exchanges: c.exchanges }));
    assert.deepEqual(rows, expected, level);
  }
  const cards = await page.locator('.card .value').allTextContents();
  const t = r.totals;
  const expected = [t.exchanges, t.failedCalls, t.recordFailureCalls, t.findings.record].map((n) =>
    n.toLocaleString('en-US'),
  );
  assert.ok(
    expected.every((n) => cards.includes(n)),
    `${expected.join(' ')} in ${cards.join(' ')}`,
  );
  await page.screenshot({ path: '/tmp/report.png', fullPage: true });
  await page.close();
});

test('a clean run renders without a chart and without code rows', { skip }, async () => {
  const { page, requests } = await open(renderHtml(loadReport('clean-run.json'), { lang: 'en' }));
  const series = await page.locator('svg g.series').count();
  const rows = await page.locator('tr.code-row').count();
  await page.close();
  assert.equal(series, 0);
  assert.equal(rows, 0);
  assert.deepEqual(requests, []);
});

test('the HTML text has no external URL and escapes report strings', () => {
  const r = loadReport('mixed-sync-run.json');
  r.diagnostics[0]!.title = '<script>alert(1)</script>';
  r.notes[0]!.message = '" onmouseover="alert(1)';
  const html = renderHtml(r, { lang: 'en' });
  assert.ok(!html.includes('<script'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(!html.includes('" onmouseover="'));
  // The SVG namespace is an identifier, not a fetch; no other URL may appear.
  const urls = html
    .replace('xmlns="http://www.w3.org/2000/svg"', '')
    .match(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/gi);
  assert.equal(urls, null);
});
