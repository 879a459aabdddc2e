/** A HAR entry of a Marketo call that failed with 606, as Chromium records one (the fields the readers use). */
export const HAR_ENTRY_606 = {
  startedDateTime: '2026-11-02T10:00:00.000Z',
  time: 120,
  request: { method: 'GET', url: 'https://123-ABC-456.mktorest.com/rest/v1/leads.json?filterType=id&filterValues=1' },
  response: {
    status: 200,
    content: {
      mimeType: 'application/json',
      text: JSON.stringify({
        requestId: 'a#1',
        success: false,
        errors: [{ code: '606', message: "Max rate limit '100' exceeded with in '20' secs" }],
      }),
    },
  },
};
