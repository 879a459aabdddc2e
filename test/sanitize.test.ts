import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, neutraliseCsvCell, oneLine, stripControl } from '../src/util/sanitize.js';

const ESC = '\u001b';

test('stripControl removes colour, cursor and title sequences but keeps the text', () => {
  const evil = `${ESC}[31mEVIL${ESC}[0m ${ESC}]0;pwned title\u0007after ${ESC}[2J${ESC}[1;1Hhome`;
  const out = stripControl(evil);
  assert.equal(out, 'EVIL after home');
});

test('stripControl removes OSC 8 hyperlinks ended by ST, and 8-bit C1 introducers', () => {
  const link = `${ESC}]8;;http://evil.example/${ESC}\\click${ESC}]8;;${ESC}\\`;
  assert.equal(stripControl(link), 'click');
  assert.equal(stripControl('a\u009b31mb\u009d0;t\u009cc'), 'abc');
  assert.equal(stripControl(`x${ESC}(By`), 'xy');
});

test('stripControl drops other C0 controls, DEL and bidi overrides; keeps tab and newline', () => {
  assert.equal(stripControl('a\u0000b\u0007c\u0008d\rE\u007f\u202eF\u2066G'), 'abcdEFG');
  assert.equal(stripControl('line 1\n\tline 2'), 'line 1\n\tline 2');
  assert.equal(stripControl('line 1\n\tline 2', { keepLayout: false }), 'line 1line 2');
});

test('stripControl leaves ordinary text alone, including non-ASCII', () => {
  const s = "Fältet 'Förnamn' hittades inte — ✓ 日本語 ½";
  assert.equal(stripControl(s), s);
});

test('stripControl leaves no ESC behind even for an unterminated sequence', () => {
  const out = stripControl(`${ESC}]0;never ends ${ESC}[`);
  assert.ok(!out.includes(ESC), JSON.stringify(out));
});

test('oneLine collapses newlines and runs of whitespace', () => {
  assert.equal(oneLine('  a\n\n b\t c  '), 'a b c');
});

test('escapeHtml escapes markup and quotes', () => {
  assert.equal(
    escapeHtml(`<script>alert("x")</script> & 'y'`),
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
  );
});

test('neutraliseCsvCell defuses formula starts in strings only', () => {
  assert.equal(neutraliseCsvCell('=HYPERLINK("http://evil.example","x")'), `'=HYPERLINK("http://evil.example","x")`);
  assert.equal(neutraliseCsvCell('+cmd|calc'), "'+cmd|calc");
  assert.equal(neutraliseCsvCell('-2+3'), "'-2+3");
  assert.equal(neutraliseCsvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(neutraliseCsvCell('\t=1'), "'\t=1");
  assert.equal(neutraliseCsvCell('\r=1'), "'\r'=1");
  assert.equal(neutraliseCsvCell('Lead not found'), 'Lead not found');
});

test('neutraliseCsvCell keeps numbers (and plain numeric text) as numbers', () => {
  assert.equal(neutraliseCsvCell(-3), -3);
  assert.equal(neutraliseCsvCell(120), 120);
  assert.equal(neutraliseCsvCell('-5'), '-5');
  assert.equal(neutraliseCsvCell('+1.5e3'), '+1.5e3');
  assert.equal(neutraliseCsvCell(true), true);
  assert.equal(neutraliseCsvCell(null), '');
  assert.equal(neutraliseCsvCell(undefined), '');
});

test('neutraliseCsvCell defuses a formula after blanks (space, tab, NBSP, zero-width), on any line of a cell', () => {
  assert.equal(neutraliseCsvCell(' =1+1'), "' =1+1");
  assert.equal(
    neutraliseCsvCell('\u00a0=HYPERLINK("http://evil.example")'),
    `'\u00a0=HYPERLINK("http://evil.example")`,
  );
  assert.equal(neutraliseCsvCell('\u200b@SUM(A1)'), "'\u200b@SUM(A1)");
  assert.equal(neutraliseCsvCell('Lead not found\n=cmd|calc'), "Lead not found\n'=cmd|calc");
  assert.equal(neutraliseCsvCell('a\r\n  +1'), "a\r\n'  +1");
  assert.equal(neutraliseCsvCell('a = b'), 'a = b');
  assert.equal(neutraliseCsvCell('-3'), '-3');
});

test('stripControl removes zero-width characters and every bidi mark, embedding, override and isolate', () => {
  const hidden = [
    '\u200b',
    '\u200c',
    '\u200d',
    '\ufeff',
    '\u2060',
    '\u200e',
    '\u200f',
    '\u061c',
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
  ];
  for (const c of hidden) assert.equal(stripControl(`ab${c}cd`), 'abcd', `U+${c.charCodeAt(0).toString(16)}`);
  assert.equal(oneLine('a\u2028b\u2029c'), 'a b c');
});

test('stripControl removes an unterminated string command without losing the text after the next introducer', () => {
  assert.equal(stripControl('\u009dnever ends \u001b]0;title\u0007after'), 'never ends after');
});
