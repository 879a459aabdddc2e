/**
 * A worker reads one byte range of a file and numbers its lines from 1, under
 * an alias. Once the line counts of the ranges before it are known, its
 * report and diagnostics state are rewritten to the real file name and line
 * numbers: `{file, line}` objects, "file:line" strings, and the line lists of
 * its input entry.
 */
export function rebaseSources<T>(value: T, alias: string, name: string, offset: number): T {
  return walk(value, false) as T;

  function walk(v: unknown, inInput: boolean): unknown {
    if (typeof v === 'string') {
      if (!v.startsWith(alias)) return v;
      // "file:line", or "file:line#entryN" for a HAR entry (exchange.ts): the entry number is the file's own.
      const m = /^:(\d+)(#entry\d+)?$/.exec(v.slice(alias.length));
      return m ? `${name}:${Number(m[1]) + offset}${m[2] ?? ''}` : v;
    }
    if (Array.isArray(v)) return v.map((item) => walk(item, inInput));
    if (v === null || typeof v !== 'object') return v;
    const obj = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const isInput = obj.name === alias;
    const isSource = obj.file === alias && typeof obj.line === 'number';
    for (const [key, item] of Object.entries(obj)) {
      if (isInput && key === 'name') out[key] = name;
      else if (isSource && key === 'file') out[key] = name;
      else if (key === 'line' && typeof item === 'number' && (isSource || inInput) && item > 0)
        out[key] = item + offset;
      else out[key] = walk(item, inInput || isInput);
    }
    return out;
  }
}
