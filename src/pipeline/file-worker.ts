// A worker thread's entry point for one whole input file: it only starts the job.
import { Readable } from 'node:stream';
import { runAnalysis } from './run.js';
import { partToJSON, serveJob, type WorkerDone } from './worker-protocol.js';

serveJob('file', async (job, onBytes) => {
  const problems: WorkerDone['problems'] = [];
  let seen = 0;
  const analyzer = await runAnalysis(
    [job.path],
    Readable.from([]),
    { ...job.options, jobs: 1 },
    {
      onInputProblem: (name, message, words) => problems.push([name, message, words]),
      onProgress: (p) => {
        onBytes(p.bytesRead - seen);
        seen = p.bytesRead;
      },
    },
  );
  return { ...partToJSON(analyzer.part()), problems };
});
