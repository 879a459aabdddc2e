/**
 * Invoke-RestMethod and Invoke-WebRequest with -Verbose, as a transcript (Start-Transcript) or a redirected
 * stream keeps it, after PowerShell's WebCmdlet source. PowerShell 7.4 and later: `VERBOSE: WebRequest: v1.1
 * POST https://... with query length 6 ...` then `VERBOSE: WebResponse: 413 Request Entity Too Large with
 * text/html payload ...`. Windows PowerShell 5.1 and PowerShell 7.0 to 7.3: `VERBOSE: POST https://... with
 * -1-byte payload`, then `VERBOSE: received 312-byte response of content type ...` for an answer it read (it
 * throws on a 4xx or 5xx before that line, and the error's text gives the status: status-errors.ts). The
 * calls go one at a time, so the lines pair in order.
 */
import { type PairFacts, type PairReader } from './pair-reader.js';

const SENT = /\bVERBOSE: (?:WebRequest: v\d(?:\.\d)? )?([A-Z]{3,7}) (https?:\/\/[^\s"'<>]+)(?: with |\s*$)/;
const ANSWERED = /\bVERBOSE: WebResponse: (\d{3})\b/;
const READ = /\bVERBOSE: received -?\d{1,12}-byte response of content type\b/;
// The error the cmdlet writes when it throws: Windows PowerShell's `Invoke-RestMethod : The remote server returned
// an error: (413) ...` (a WebException), PowerShell 7's `Invoke-RestMethod: Response status code does not indicate
// success: 413 (...)`, or .NET's words for a call that got no answer.
const CMDLET_ERROR = /\bInvoke-(?:RestMethod|WebRequest) ?: /;
const ERROR_STATUS = /The remote server returned an error: \((\d{3})\)|does not indicate success: (\d{3})\b/;
const NO_ANSWER = new RegExp(
  [
    'The underlying connection was closed|Unable to connect to the remote server|The operation has timed out', // 5.1
    'The response ended prematurely|An error occurred while sending the request|Connection refused', // 7
    'No such host is known|Name or service not known|The SSL connection could not be established',
    'The request was canceled|A task was canceled',
  ].join('|'),
);

function read(line: string): PairFacts | undefined {
  const sent = SENT.exec(line);
  if (sent) return { method: sent[1], url: sent[2], textPair: { client: 'powershell', side: 'request' } };
  const answered = ANSWERED.exec(line);
  if (answered) return { status: Number(answered[1]), textPair: { client: 'powershell', side: 'response' } };
  // An answer read whole, its status not written: it was not an HTTP failure, or the cmdlet would have thrown.
  if (READ.test(line)) return { textPair: { client: 'powershell', side: 'response' } };
  const error = CMDLET_ERROR.exec(line);
  if (!error) return undefined;
  const message = line.slice(error.index + error[0].length);
  const status = ERROR_STATUS.exec(message);
  if (status) return { status: Number(status[1] ?? status[2]), textPair: { client: 'powershell', side: 'response' } };
  return NO_ANSWER.test(message)
    ? { noResponse: true, textPair: { client: 'powershell', side: 'failure' } }
    : undefined;
}

export const powershell: PairReader = {
  name: 'PowerShell',
  hints: ['VERBOSE: ', 'Invoke-RestMethod', 'Invoke-WebRequest'],
  read,
};
