"""Plans the shards of a distributed run: byte ranges of large plain logs, whole files otherwise."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from urllib.parse import urlsplit

import fsspec

DEFAULT_SHARD_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Shard:
    """One map task: bytes [start, end) of the file at `url` (the whole file when `whole`)."""

    url: str
    start: int
    end: int
    size: int
    whole: bool
    protocol: str = "file"

    @property
    def name(self) -> str:
        """How reports and errors name this shard."""
        url = display_url(self.url)
        return url if self.whole else f"{url} bytes {self.start}-{self.end}"


def display_url(url: str) -> str:
    """A URL as reports name it: without a user, password, query or fragment (a signed URL's query is a key)."""
    if "://" not in url:
        return url
    parts = urlsplit(url)
    # Written out by hand: urlunsplit drops the "//" of schemes it does not know (memory:///x -> memory:/x).
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}{parts.path}"


def _whole_file(head: bytes) -> bool:
    """Gzip, HAR, JSON arrays and UTF-16 cannot be cut at line starts (the CLI says the same)."""
    if head[:2] == b"\x1f\x8b" or head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    return text.startswith(b"[") or text.startswith(b'{"log"') or (text.startswith(b"{") and b"\n" in text[:2])


def _expand(paths: list[str], storage_options: dict | None) -> list[tuple[fsspec.AbstractFileSystem, str, str]]:
    out = []
    local = fsspec.filesystem("file")
    for path in paths:
        if "://" not in path:
            # Local paths keep the spelling the user gave, so reports name files as `analyze` does.
            found = sorted(glob.glob(path)) if glob.has_magic(path) else [path]
            if not found or not all(os.path.isfile(f) for f in found):
                raise FileNotFoundError(f"{path}: no such file")
            out.extend((local, "file", f) for f in found)
            continue
        fs, _token, found = fsspec.get_fs_token_paths(path, storage_options=storage_options or {})
        if not found:
            raise FileNotFoundError(f"{path}: no such file")
        protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
        for p in sorted(found):
            out.append((fs, protocol, p if protocol in ("file", "local") else f"{protocol}://{p}"))
    return out


def plan_shards(paths: list[str], shard_bytes: int = DEFAULT_SHARD_BYTES, storage_options: dict | None = None) -> list[Shard]:
    """Shards in input order, so that merging them in this order keeps samples the earliest."""
    shards: list[Shard] = []
    for fs, protocol, url in _expand(paths, storage_options):
        path = url if protocol in ("file", "local") else url.split("://", 1)[1]
        size = fs.size(path)
        with fs.open(path, "rb") as f:
            head = f.read(4096)
        if size <= shard_bytes or _whole_file(head):
            shards.append(Shard(url, 0, size, size, True, protocol))
            continue
        count = -(-size // shard_bytes)
        for k in range(count):
            shards.append(Shard(url, size * k // count, size * (k + 1) // count, size, False, protocol))
    return shards
