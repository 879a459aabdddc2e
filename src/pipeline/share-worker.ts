// A worker thread's entry point for one share of a gzip or a HAR: it only starts the job.
import { Readable } from 'node:stream';
import { openInput } from '../input/source.js';
import { Analyzer } from './analyzer.js';
import { readShare } from './shares.js';
import { partToJSON, serveJob } from './worker-protocol.js';

serveJob('share', async (job) => {
  const analyzer = new Analyzer(job.options);
  const opened = await openInput(job.path, Readable.from([]), { readThread: false });
  await readShare(job.format)(analyzer, opened, job.share, () => undefined);
  return { ...partToJSON(analyzer.part()), problems: [] };
});
