import { testRecordings } from './helpers/recorded-tests.js';

// An Apex class's Marketo sync against the mock, written as Salesforce records it
// (fixtures/tools/record-salesforce.mjs; Salesforce cannot run here, so the formats are written from its documentation:
// fixtures/salesforce/README.md): its debug log (full URLs, and through a Named Credential), the day's ApexCallout
// event log file, and ApexCalloutEventLog as `sf data query` gives it. The event monitoring formats hold no bodies:
// their expected counts are HTTP's alone.
testRecordings('salesforce', [
  'apex-debug.log',
  'apex-named-credential.log',
  'ApexCallout-eventlogfile.csv',
  'apex-callout-event-log.json',
  'apex-callout-event-log.csv',
]);
