"""A byte range of a remote file, copied to the worker's disk at its own offsets, for `analyze --byte-range`."""

from __future__ import annotations

import fsspec

# What `analyze FILE --byte-range START:END` reads of FILE, and so what a worker fetches:
# the first chunk (the CLI sniffs gzip, UTF-16 and the log format from it) ...
CLI_HEAD_BYTES = 1 << 20
# ... and CONTEXT_BYTES of src/pipeline/read-range.ts on either side of the range (a request and its
# response across the cut pair up; retry and concurrency state is seeded). test/dask-remote.test.ts
# checks that this is not smaller than the CLI's.
CLI_CONTEXT_BYTES = 4 << 20
# One ranged read (an S3 or HTTP GET) per block; memory stays flat whatever the shard's size.
BLOCK = 8 << 20


def _copy(fs, path: str, dst, lo: int, hi: int) -> int:
    """Bytes [lo, hi) of the remote file into `dst` at the same offsets, by ranged reads (cat_file: no shared
    file position, so threads of one worker can read the same file at once)."""
    pos = lo
    while pos < hi:
        chunk = fs.cat_file(path, pos, min(hi, pos + BLOCK))
        if not chunk:
            break
        dst.seek(pos)
        dst.write(chunk)
        pos += len(chunk)
    return pos - lo


def whole_copy(url: str, dest: str) -> int:
    """The whole remote file (gzip, HAR, a small log) into `dest`. Returns the bytes fetched."""
    fs, path = fsspec.core.url_to_fs(url)
    with open(dest, "wb") as dst:
        return _copy(fs, path, dst, 0, fs.size(path))


def sparse_copy(url: str, start: int, end: int, size: int, dest: str) -> int:
    """Writes `dest`, a file of `size` bytes holding the remote file's bytes wherever the CLI reads them for
    bytes [start, end): the head, CLI_CONTEXT_BYTES before START, the range, the line running past END and
    CLI_CONTEXT_BYTES after it. The rest is a hole (a sparse file: no disk, never read). Because every offset
    is the remote file's own, the range is cut, aligned and named exactly as for a local file.
    Returns the bytes fetched."""
    fs, path = fsspec.core.url_to_fs(url)
    with open(dest, "wb") as dst:
        dst.truncate(size)
        fetched = _copy(fs, path, dst, 0, min(size, CLI_HEAD_BYTES))
        lo = max(0, start - CLI_CONTEXT_BYTES)
        fetched += _copy(fs, path, dst, lo, min(size, end))
        # The line running past END belongs to this range (the CLI looks for its end from byte END - 1),
        # then the context after it.
        pos = max(lo, end - 1)
        while pos < size:
            chunk = fs.cat_file(path, pos, min(size, pos + BLOCK))
            if not chunk:
                break
            nl = chunk.find(b"\n")
            if nl != -1:
                stop = min(size, pos + nl + 1 + CLI_CONTEXT_BYTES)
                fetched += _copy(fs, path, dst, pos, stop)
                break
            dst.seek(pos)
            dst.write(chunk)
            fetched += len(chunk)
            pos += len(chunk)
    return fetched
