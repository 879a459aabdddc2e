import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathInside } from '../src/report/log-path.js';
import { xmlAttr, xmlText } from '../src/report/xml.js';

test('pathInside: relative to the root for files inside it, nothing for stdin or files outside', () => {
  assert.equal(pathInside('/repo', 'logs/app.log'), 'logs/app.log');
  assert.equal(pathInside('/repo', '/repo/logs/app.log'), 'logs/app.log');
  assert.equal(pathInside('/repo', 'app.log', '/repo/logs'), 'logs/app.log');
  assert.equal(pathInside('/repo', '../other/app.log'), undefined);
  assert.equal(pathInside('/repo', '/var/log/app.log'), undefined);
  assert.equal(pathInside('/repo', 'logs/app.log', '/elsewhere'), undefined);
  assert.equal(pathInside('/repo', '<stdin>'), undefined);
  assert.equal(pathInside(undefined, 'logs/app.log'), undefined);
});

test('xmlText: entities for markup, no character XML 1.0 forbids, pairs of surrogates kept', () => {
  assert.equal(xmlText(`a<b>&"c'`), 'a&lt;b&gt;&amp;&quot;c&apos;');
  assert.equal(xmlText('x\u0000\u0001\u000b\u001b[31my\ufffe\uffff'), 'xy');
  assert.equal(xmlText('lone \ud800 and \udc00, pair \ud83d\ude00'), 'lone  and , pair \ud83d\ude00');
  assert.equal(xmlAttr('a\tb\nc'), 'a&#9;b&#10;c');
});
