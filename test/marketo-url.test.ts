import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUrl, type ParsedUrl } from '../src/normalise/marketo-url.js';
import { mulberry32, pick } from './helpers/plant-secrets.js';

// parseUrl as it was written with regular expressions: the hand-written scans must split every text alike.
function byPatterns(url: string): ParsedUrl {
  let rest = url.trim();
  let host: string | undefined;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(rest);
  if (scheme) {
    rest = rest.slice(scheme[0].length);
    const slash = rest.search(/[/?#]/);
    host = (slash === -1 ? rest : rest.slice(0, slash)).replace(/^.*@/, '').toLowerCase();
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  const hash = rest.indexOf('#');
  if (hash !== -1) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  const path = q === -1 ? rest : rest.slice(0, q);
  return { host, path: path || '/', query: q === -1 ? '' : rest.slice(q + 1) };
}

const PIECES = [
  'https://',
  'HTTP://',
  'svn+ssh://',
  'a.b-c://',
  '1http://',
  'ht tp://',
  ':/',
  '://',
  'https:/',
  'K\u212a://',
  'u:p@',
  '@',
  'a@b@',
  '\n@',
  'X.MKTOREST.com',
  '284-rpr-133.mktorest.com:443',
  '/rest/v1/leads.json',
  '/',
  '?',
  '#',
  'a=1',
  '&',
  ' ',
  '\t',
  '%40',
  'é',
  '\u2028',
  '',
];

test('parseUrl splits every text as the pattern-based version did', () => {
  const rng = mulberry32(20261204);
  for (let i = 0; i < 20000; i++) {
    const url = Array.from({ length: 1 + Math.floor(rng() * 7) }, () => pick(rng, PIECES)).join('');
    assert.deepEqual(parseUrl(url), byPatterns(url), JSON.stringify(url));
  }
});

test('parseUrl: host without userinfo in lower case, path without query or fragment', () => {
  assert.deepEqual(parseUrl(' HTTPS://svc:pw@284-RPR-133.MKTOREST.com/rest/v1/leads.json?a=1&b=2#top '), {
    host: '284-rpr-133.mktorest.com',
    path: '/rest/v1/leads.json',
    query: 'a=1&b=2',
  });
  assert.deepEqual(parseUrl('https://h'), { host: 'h', path: '/', query: '' });
  assert.deepEqual(parseUrl('/rest/v1/leads.json?x'), { host: undefined, path: '/rest/v1/leads.json', query: 'x' });
  assert.deepEqual(parseUrl('1http://h/x'), { host: undefined, path: '1http://h/x', query: '' });
});
