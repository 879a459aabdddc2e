export interface LimitedBytes {
  chunks: AsyncIterable<Buffer>;
  /** True once bytes past the limit were seen (and not handed on). */
  readonly exceeded: boolean;
}

/**
 * The first `max` bytes of `chunks`; reading stops at the limit, so an endless
 * or inflating source costs nothing more.
 */
export function limitBytes(chunks: AsyncIterable<Buffer>, max: number): LimitedBytes {
  let exceeded = false;
  async function* limited(): AsyncGenerator<Buffer> {
    let left = max;
    for await (const chunk of chunks) {
      if (chunk.length > left) {
        exceeded = true;
        if (left > 0) yield chunk.subarray(0, left);
        return;
      }
      left -= chunk.length;
      yield chunk;
    }
  }
  return {
    chunks: limited(),
    get exceeded() {
      return exceeded;
    },
  };
}
