"""python3 -m marketo_errors_dask [options] PATH_OR_GLOB...  (see integrations/dask/README.md)"""

from __future__ import annotations

import argparse
from contextlib import nullcontext
import shlex
import sys

from .plan import DEFAULT_SHARD_BYTES, plan_shards
from .run import run


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="marketo_errors_dask", description="Analyse Marketo API logs on a Dask cluster.")
    p.add_argument("paths", nargs="+", help="files or globs, local or any fsspec URL (s3://bucket/logs/*.ndjson.gz)")
    p.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    p.add_argument("--workers", type=int, default=2, help="workers of the local cluster (default 2)")
    p.add_argument("--cli", default="marketo-errors", help='how workers run the CLI (default "marketo-errors"; e.g. "node /opt/me/bin/marketo-errors.js")')
    p.add_argument("-f", "--format", default="json", help="format of the final report (any the CLI has; default json)")
    p.add_argument("-o", "--output", help="write the final report here (default stdout)")
    p.add_argument("--lang", default="en", help="en or sv")
    p.add_argument("--shard-mb", type=float, default=DEFAULT_SHARD_BYTES >> 20, help="byte-range size for large plain logs (MiB)")
    p.add_argument("--retries", type=int, default=2, help="retries of a failed shard before it is reported missing")
    p.add_argument("--fan-in", type=int, default=8, help="reports merged per reduce task")
    p.add_argument("--analyze-args", default="", help='more flags for analyze, e.g. "--level record --since 2026-11-01"')
    a = p.parse_args(argv)

    from distributed import Client, LocalCluster

    local = nullcontext(None) if a.scheduler else LocalCluster(n_workers=a.workers, threads_per_worker=1, dashboard_address=None)
    with local as cluster, Client(a.scheduler or cluster) as client:
        shards = plan_shards(a.paths, max(1, int(a.shard_mb * (1 << 20))))
        text, missing = run(
            client, shards, shlex.split(a.cli), a.format,
            analyze_args=shlex.split(a.analyze_args), merge_args=["--lang", a.lang, "--no-color"], retries=a.retries,
            fan_in=a.fan_in,
        )
    if a.output:
        with open(a.output, "wb") as f:
            f.write(text)
    else:
        sys.stdout.buffer.write(text)
    for shard, error in missing:
        print(f"marketo_errors_dask: {shard.name} is missing from the report: {error}", file=sys.stderr)
    return 3 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
