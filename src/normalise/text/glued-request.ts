/**
 * A body printed with no line end, the next request's line glued to it: HTTPie's `--print=HhBb` output
 * of one call after another in a log (not to a terminal it ends the last body without a line end):
 * `{"requestId":"a4c3#...","success":false,...}POST /rest/v1/leads.json HTTP/1.1`. Parted, the body is
 * the answer of the call before it and the request line starts the next call.
 */

// The request line of an HTTP/1 message, all that follows the body's last closing brace (found first: tried at
// every brace, a line of many would cost the square of its length).
const REQUEST_LINE = /^[A-Z]{3,7} \/[^\s}]* HTTP\/1\.[01]\s*$/;

/** The body and the request line glued after it, or undefined when the line is no such pair. */
export function partedRequestLine(text: string): { body: string; request: string } | undefined {
  if (text[0] !== '{') return undefined;
  const end = text.lastIndexOf('}');
  const request = text.slice(end + 1);
  return end > 0 && REQUEST_LINE.test(request)
    ? { body: text.slice(0, end + 1), request: request.trimEnd() }
    : undefined;
}
