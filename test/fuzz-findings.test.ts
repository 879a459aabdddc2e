import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCliInProcess } from './helpers/cli-in-process.js';

// Bugs the fuzz test found, each kept as a test of its own.

test('a Basic credential inside a logged URL path never reaches the report', async () => {
  // Found by seed 20261204 run 245: the planted text landed in an axios config URL.
  const secret = 'c3ZjOlNrTEUyVUNhSnVXTERvblk2cQ==';
  const line = JSON.stringify({
    level: 50,
    err: {
      type: 'AxiosError',
      message: 'Request failed with status code 401',
      config: {
        method: 'get',
        url: `https://284-RPR-133.mktorest.com/identity/oauth/token Basic ${secret} `,
        params: { grant_type: 'client_credentials' },
      },
      response: { status: 401, data: { error: 'invalid_client', error_description: 'Bad client credentials' } },
    },
  });
  for (const format of ['sarif', 'json', 'table', 'csv', 'markdown', 'html']) {
    const { stdout, stderr } = await runCliInProcess(['analyze', '--format', format], `${line}\n`);
    assert.ok(
      !stdout.includes(secret.slice(0, 16)) && !stderr.includes(secret.slice(0, 16)),
      `${format} holds the credential`,
    );
  }
});
