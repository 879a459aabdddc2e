// Lines that are not Marketo calls: application chatter, stack traces, cut-off JSON.

export function appLog(r, t) {
  const iso = new Date(t).toISOString();
  switch (r.int(0, 5)) {
    case 0:
      return { level: 'info', msg: `retrying after ${r.pick(['606', '615', '604'])}` };
    case 1:
      return { level: 30, time: t, pid: 1, hostname: 'sync-7f9', msg: `sync batch ${r.int(1, 40)} of 40 done` };
    case 2:
      return { level: 'warn', message: `token expires in ${r.int(10, 300)}s`, timestamp: iso };
    case 3:
      return { date: iso, service: 'marketo-sync', status: 'info', message: `synced ${r.int(1, 300)} leads from CRM` };
    case 4:
      return { level: 'debug', msg: 'queue depth', depth: r.int(0, 500), success: false };
    default:
      return { '@timestamp': iso, log: { level: 'info' }, message: 'health check ok' };
  }
}

/** A Node stack trace as console.error prints it: several plain-text lines. */
export function stackTrace(r) {
  const lines = [
    r.pick([
      'Error: socket hang up',
      "TypeError: Cannot read properties of undefined (reading 'result')",
      'Error: read ECONNRESET',
      'UnhandledPromiseRejection: This error originated either by throwing inside of an async function',
    ]),
    '    at connResetException (node:internal/errors:720:14)',
    '    at TLSSocket.socketOnEnd (node:_http_client:524:23)',
    '    at MarketoClient.syncLeads (/app/dist/marketo/client.js:88:19)',
  ];
  if (r.chance(0.5)) lines.push('    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)');
  return lines;
}

/** A JSON line cut short, as when a process dies mid-write or a shipper truncates. */
export function truncate(r, line) {
  const cut = r.int(10, Math.max(11, line.length - 2));
  return line.slice(0, cut);
}
