import { testRecordings } from './helpers/recorded-tests.js';

// Recorded by fixtures/tools/record-app-loggers.mjs against the mock: an axios lead sync logged through log4js
// (file appender, basic layout, AxiosError objects), axios-logger, consola, tslog (pretty and JSON) and the debug
// module; a Ruby script with Logger and Net::HTTP; a PHP script's error_log() of curl_* results with print_r().
// NAME.expected.json is what the mock answered.
testRecordings('app-loggers', [
  'log4js-file.log',
  'axios-logger.log',
  'consola.log',
  'tslog-pretty.log',
  'tslog-json.ndjson',
  'debug-marketo.log',
  'ruby-logger.log',
  'php-curl-error-log.log',
]);
