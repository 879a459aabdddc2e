import { AppError } from '../errors.js';
import { msg } from '../errors/words.js';
import type { ShardSpec } from '../pipeline/shard.js';

const WHOLE = /^\d{1,15}$/;

/** `--byte-range START:END` or `--shard I/N` (not both), checked; undefined when neither is given. */
export function parseShardSpec(
  byteRange: string | undefined,
  shard: string | undefined,
  files: string[],
): ShardSpec | undefined {
  if (byteRange === undefined && shard === undefined) return undefined;
  if (byteRange !== undefined && shard !== undefined) throw new AppError('BAD_OPTION', msg('rangeAndShard'));
  const flag = byteRange !== undefined ? '--byte-range' : '--shard';
  if (files.length !== 1 || files[0] === '-') throw new AppError('BAD_OPTION', msg('partOneFile', { flag }));
  if (byteRange !== undefined) {
    const [start, end, extra] = byteRange.split(':');
    if (extra !== undefined || !WHOLE.test(start ?? '') || !WHOLE.test(end ?? '') || Number(start) > Number(end)) {
      throw new AppError('BAD_OPTION', msg('badByteRange', { value: byteRange }));
    }
    return { kind: 'bytes', start: Number(start), end: Number(end) };
  }
  const [index, count, extra] = shard!.split('/');
  if (
    extra !== undefined ||
    !WHOLE.test(index ?? '') ||
    !WHOLE.test(count ?? '') ||
    Number(index) < 1 ||
    Number(index) > Number(count)
  ) {
    throw new AppError('BAD_OPTION', msg('badShard', { value: String(shard) }));
  }
  return { kind: 'shard', index: Number(index), count: Number(count) };
}
