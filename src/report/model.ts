// The report model lives next to the Summary it describes (src/aggregate/report-model.ts);
// renderers keep importing it from here.
export type * from '../aggregate/report-model.js';
