import { writeFileSync } from 'node:fs';
import { CSV_ROWS } from '../../src/report/format-spec.js';
import { REPORT_FORMATS, render } from '../../src/report/index.js';
import type { Report } from '../../src/report/model.js';
import { pick, type Rng } from './plant-secrets.js';
import { runInProcess } from './run-in-process.js';

export type Outputs = Array<[where: string, text: string]>;

/**
 * Every text a user can read from `analyze FILE --show-records`: its JSON and stderr, every report
 * format of the registry, CSV in each row kind, the --csv-rows findings stream, and a merge of the
 * report (written to reportFile). With rng, one language per format and one merge format are drawn;
 * without, English and every merge format.
 */
export async function analyzeOutputs(file: string, reportFile: string, rng?: Rng): Promise<Outputs> {
  const outputs: Outputs = [];
  const json = await runInProcess('analyze', [file], { format: 'json', showRecords: true, jobs: '1' });
  outputs.push(['analyze json', json.stdout], ['analyze stderr', json.stderr]);
  const report = JSON.parse(json.stdout) as Report;
  for (const format of REPORT_FORMATS)
    outputs.push([format, render(format, report, { lang: rng ? pick(rng, ['en', 'sv']) : 'en' })]);
  for (const csvRows of CSV_ROWS) outputs.push([`csv ${csvRows}`, render('csv', report, { lang: 'en', csvRows })]);
  const rows = await runInProcess('analyze', [file], {
    format: 'csv',
    csvRows: 'findings',
    showRecords: true,
    jobs: '1',
  });
  outputs.push(['--csv-rows findings', rows.stdout], ['--csv-rows findings stderr', rows.stderr]);
  writeFileSync(reportFile, json.stdout);
  for (const format of rng ? [pick(rng, REPORT_FORMATS)] : REPORT_FORMATS) {
    const merged = await runInProcess('merge', [reportFile], { format });
    outputs.push([`merge ${format}`, merged.stdout], ['merge stderr', merged.stderr]);
  }
  return outputs;
}
