import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harHeadIsOtherHost } from '../src/normalise/har-entry-head.js';

const head = (entry: unknown): Buffer => Buffer.from(JSON.stringify(entry, null, 2).slice(0, 400));

test('a skipped entry whose request goes to another host is "other"; Marketo or unknown is not', () => {
  const initiator = {
    _initiator: {
      type: 'script',
      url: 'https://cdn.example.com/app.js',
      stack: { callFrames: [{ url: 'https://cdn.example.com/x.js' }] },
    },
  };
  const mk = {
    ...initiator,
    request: { method: 'POST', url: 'https://123-ABC-456.mktorest.com/rest/v1/leads.json' },
    response: { content: { text: 'x'.repeat(1000) } },
  };
  const video = {
    pageref: 'p',
    request: { method: 'GET', url: 'https://videos.example.com/intro.mp4' },
    response: { content: { text: 'AAAA'.repeat(1000) } },
  };
  assert.equal(harHeadIsOtherHost(head(mk)), false);
  assert.equal(harHeadIsOtherHost(head(video)), true);
  assert.equal(
    harHeadIsOtherHost(head({ ...initiator, request: { method: 'GET', url: 'https://cdn.example.com/big.js' } })),
    true,
  );
  assert.equal(
    harHeadIsOtherHost(head({ request: { method: 'GET', url: '/rest/v1/leads.json' } })),
    false,
    'no host: could be Marketo',
  );
  assert.equal(harHeadIsOtherHost(Buffer.from('{"response":{"content":{"text":"xxxxxxxx')), false, 'no request seen');
  assert.equal(harHeadIsOtherHost(Buffer.from('{"request":{"url":"https://cdn.exa')), false, 'URL cut off');
  assert.equal(
    harHeadIsOtherHost(
      Buffer.from(
        '{"comment":"\\"request\\":{\\"url\\":\\"https://x.com/\\"",' +
          '"request":{"url":"https://1-A-2.mktorest.com/rest/v1/a.json"}}',
      ),
    ),
    false,
  );
});
