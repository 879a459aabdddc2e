import type { Readable } from 'node:stream';
import { openInput, sniffFormat, type InputFormat } from '../input/source.js';
import { Analyzer } from './analyzer.js';
import { rangeLabel } from './merge.js';
import type { AnalyzeOptions } from './options.js';
import { readRange } from './read-range.js';
import { alignRange, nthRange } from './ranges.js';
import { runAnalysis, type RunHooks } from './run.js';

/** A part of one file for a map step: `--byte-range START:END` or `--shard I/N` (I from 1). */
export type ShardSpec = { kind: 'bytes'; start: number; end: number } | { kind: 'shard'; index: number; count: number };

/** Why a file cannot be cut into byte ranges, or undefined when it can. */
export type WholeReason = 'gzip' | 'utf16' | Exclude<InputFormat, 'ndjson'>;

export interface ShardHooks extends RunHooks {
  /** The file is read whole by its first part (the others are empty). */
  onWhole?: (name: string, why: WholeReason, first: boolean) => void;
}

/**
 * Analyses one part of one file, as one machine of a distributed job does:
 * the lines that start in the part's bytes of a plain NDJSON file, named and
 * numbered so that `merge` can join the parts (see PartMerger). A gzip, HAR,
 * JSON or UTF-16 file cannot be cut at line starts: its first part reads it
 * whole and the others are empty, so the parts still add up to the file.
 */
export async function analyzeShard(
  path: string,
  spec: ShardSpec,
  stdin: Readable,
  options: AnalyzeOptions,
  hooks: ShardHooks = {},
): Promise<Analyzer> {
  let opened: Awaited<ReturnType<typeof openInput>>;
  try {
    opened = await openInput(path, stdin);
  } catch {
    // The whole-file path reports a missing or unreadable file the usual way.
    return runAnalysis([path], stdin, options, hooks);
  }
  opened.close();
  const size = opened.size ?? 0;
  const format = options.inputFormat ?? sniffFormat(opened.head);
  const first = spec.kind === 'shard' ? spec.index === 1 : spec.start === 0;
  const why: WholeReason | undefined = opened.gzip
    ? 'gzip'
    : opened.utf16
      ? 'utf16'
      : format !== 'ndjson'
        ? format
        : undefined;
  if (why) {
    hooks.onWhole?.(opened.name, why, first);
    return first ? runAnalysis([path], stdin, { ...options, jobs: 1 }, hooks) : new Analyzer(options);
  }
  const wanted = spec.kind === 'shard' ? nthRange(spec.index, spec.count, size) : spec;
  const range = await alignRange(path, wanted.start, wanted.end, size);
  const analyzer = new Analyzer(options);
  let bytes = 0;
  await readRange(analyzer, path, rangeLabel(opened.name, range.start), range, (n) => {
    bytes += n;
    hooks.onProgress?.({ name: opened.name, bytesRead: bytes, size: range.end - range.start });
  });
  return analyzer;
}
