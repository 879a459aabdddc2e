// A worker thread's entry point for one byte range of a file: it only starts the job.
import { Analyzer } from './analyzer.js';
import { readRange } from './read-range.js';
import { partToJSON, serveJob } from './worker-protocol.js';

serveJob('range', async (job, onBytes) => {
  const analyzer = new Analyzer(job.options);
  await readRange(analyzer, job.path, job.label, job.range, onBytes);
  return { ...partToJSON(analyzer.part()), problems: [] };
});
