/**
 * JSON text on one line: white space outside strings removed, nothing else
 * touched (the escapes the JSON renderer wrote stay). For `--format json
 * --compact`, where an engine reads a subprocess's stdout line by line
 * (Spark's RDD.pipe, Hadoop Streaming) and each report must be one line.
 */
export function compactJson(text: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return `${out}${text.slice(from)}\n`;
}
