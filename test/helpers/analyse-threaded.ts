import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { ReadThread } from '../../src/input/read-thread.js';
import { normaliseOptions } from '../../src/pipeline/options.js';
import { runAnalysis } from '../../src/pipeline/run.js';

/**
 * The report and the problems said of a file read on a reading thread (gzip inflated, HAR entries found
 * there; the sizes from which a thread is taken lowered to any size), or all on one thread.
 */
export async function analyseThreaded(path: string, threaded: boolean) {
  const options = normaliseOptions(threaded ? { jobs: 2, readingThreadFrom: { gzip: 0, har: 0 } } : { jobs: 1 });
  const problems: string[] = [];
  const started = ReadThread.started;
  const analyzer = await runAnalysis([path], Readable.from([]), options, {
    onInputProblem: (name, message) => problems.push(`${name}: ${message}`),
  });
  assert.equal(ReadThread.started - started, threaded ? 1 : 0, 'a reading thread when asked for');
  return { report: analyzer.report({ lang: 'en', tool: { name: 't', version: '0' }, filters: {} }), problems };
}
