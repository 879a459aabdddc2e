"""Runs `marketo-errors` as the map and reduce steps of a Dask job."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from typing import Callable, Sequence

from .plan import Shard, display_url
from .remote import sparse_copy, whole_copy

# The CLI's exit codes that still come with a report: 0 done, 1 --fail-on matched, 3 an input was incomplete.
REPORT_CODES = (0, 1, 3)


class ShardFailed(RuntimeError):
    """The CLI gave no report for a shard (usage error, internal error, killed)."""


def _run(cmd: list[str], stdin: bytes | None = None) -> bytes:
    proc = subprocess.run(cmd, input=stdin, capture_output=True, check=False)
    if proc.returncode not in REPORT_CODES:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ShardFailed(f"{' '.join(cmd[-6:])}: exit {proc.returncode}: {detail[-1] if detail else 'no message'}")
    return proc.stdout


def _renamed(value, old: str, new: str):
    """Every string naming the fetched copy names the original URL instead (advice texts name it mid-sentence)."""
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, list):
        return [_renamed(v, old, new) for v in value]
    if isinstance(value, dict):
        return {k: _renamed(v, old, new) for k, v in value.items()}
    return value


def analyze_shard(shard: Shard, cli: Sequence[str], analyze_args: Sequence[str] = ()) -> bytes:
    """The map step, on a worker: one shard in, one compact JSON report (one line) out."""
    base = [*cli, "analyze", "--format", "json", "--compact", "--quiet", "--jobs", "1", *analyze_args]
    part = [] if shard.whole else ["--byte-range", f"{shard.start}:{shard.end}"]
    if shard.protocol in ("file", "local"):
        return _run([*base, *part, shard.url])
    # A remote file is copied to the worker's disk: whole, or for a byte range only the bytes the CLI
    # reads, at their own offsets (remote.py). Its report names the URL, not the copy.
    tmp = tempfile.mkdtemp(prefix="marketo-errors-")
    try:
        local = os.path.join(tmp, "input")
        if shard.whole:
            whole_copy(shard.url, local)
        else:
            sparse_copy(shard.url, shard.start, shard.end, shard.size, local)
        report = json.loads(_run([*base, *part, local]))
        return (json.dumps(_renamed(report, local, display_url(shard.url)), separators=(",", ":")) + "\n").encode()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def merge_reports(cli: Sequence[str], reports: Sequence[bytes], merge_args: Sequence[str] = ()) -> bytes:
    """The reduce step, on a worker: reports of consecutive parts in, the report of the whole out."""
    stdin = b"".join(r if r.endswith(b"\n") else r + b"\n" for r in reports)
    return _run([*cli, "merge", "-", *merge_args], stdin)


def missing_report(shard: Shard, error: str, tool_version: str = "") -> bytes:
    """An empty report whose one input is the shard that could not be analysed: the whole run is incomplete."""
    empty_levels = {"http": 0, "response": 0, "record": 0}
    report = {
        "schemaVersion": 1,
        "tool": {"name": "marketo-errors", "version": tool_version},
        "lang": "en",
        "complete": False,
        "inputs": [
            {
                "name": shard.name,
                "format": "ndjson",
                "gzip": False,
                "bytes": 0,
                "exchanges": 0,
                "malformed": [],
                "malformedCount": 0,
                "unrecognised": 0,
                "other": 0,
                "oversized": [],
                "truncated": {"line": 0, "reason": f"this shard was not analysed: {error}"[:1000]},
            }
        ],
        "totals": {
            "exchanges": 0, "marketoCalls": 0, "failedCalls": 0, "recordFailureCalls": 0, "failedShare": 0,
            "quotaCalls": 0, "noResponse": 0, "other": 0, "unrecognised": 0, "malformed": 0, "findings": empty_levels,
        },
        "levels": {level: {"codes": []} for level in empty_levels},
        "notes": [],
        "diagnostics": [],
        "timeline": {"bucketMs": 60000, "points": []},
        "filters": {},
    }
    return (json.dumps(report, separators=(",", ":")) + "\n").encode()


def tree_reduce(client, parts: list, cli: Sequence[str], fan_in: int, merge_args: Sequence[str] = ()):
    """Merges futures of reports `fan_in` at a time, level by level, keeping their order; one future left."""
    level = list(parts)
    while len(level) > 1:
        level = [
            client.submit(lambda cli_, *rs: merge_reports(cli_, rs, ["--format", "json", "--compact"]), list(cli), *level[i:i + fan_in], pure=False)
            if len(level[i:i + fan_in]) > 1 else level[i]
            for i in range(0, len(level), fan_in)
        ]
    return level[0]


def run(
    client,
    shards: list[Shard],
    cli: Sequence[str],
    out_format: str = "json",
    analyze_args: Sequence[str] = (),
    merge_args: Sequence[str] = (),
    retries: int = 2,
    fan_in: int = 8,
    progress: bool | None = None,
    shard_task: Callable[..., bytes] = analyze_shard,
) -> tuple[bytes, list[tuple[Shard, str]]]:
    """The final report in `out_format`, and the shards that failed after their retries."""
    from distributed import progress as show_progress, wait

    futures = client.map(shard_task, shards, cli=list(cli), analyze_args=list(analyze_args), retries=retries, pure=False)
    if progress if progress is not None else sys.stderr.isatty():
        show_progress(futures)
    wait(futures)
    missing: list[tuple[Shard, str]] = []
    parts = []
    for shard, future in zip(shards, futures):
        if future.status == "finished":
            parts.append(future)
            continue
        error = str(future.exception())
        missing.append((shard, error))
        parts.append(client.scatter(missing_report(shard, error)))
    whole = tree_reduce(client, parts, cli, fan_in)
    final = client.submit(merge_reports, list(cli), [whole], ["--format", out_format, *merge_args], pure=False)
    return final.result(), missing
