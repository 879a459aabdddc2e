"""Driven by test/dask-remote.test.ts: a plain log on fsspec's memory:// file system, cut into byte ranges.

Usage: remote_check.py OUT_DIR CLI SHARD_BYTES FILE
Copies FILE to memory:///logs/, plans it, and writes OUT_DIR/shard-K.json (each shard analysed through the
remote branch of analyze_shard, in this process) and OUT_DIR/dask.json (the whole run on a LocalCluster of 2
thread workers: memory:// lives in this process). Prints the plan and the bytes each shard fetched.
"""

import json
import os
import shlex
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

import fsspec  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from marketo_errors_dask import analyze_shard, plan_shards, run  # noqa: E402
from marketo_errors_dask.remote import sparse_copy  # noqa: E402


def main():
    out_dir, cli, shard_bytes, path = sys.argv[1:]
    memory = fsspec.filesystem("memory")
    with open(path, "rb") as src, memory.open(f"/logs/{os.path.basename(path)}", "wb") as dst:
        dst.write(src.read())
    shards = plan_shards(["memory://logs/*.ndjson"], int(shard_bytes))
    fetched = []
    for k, shard in enumerate(shards):
        with open(os.path.join(out_dir, f"shard-{k}.json"), "wb") as f:
            f.write(analyze_shard(shard, shlex.split(cli)))
        with tempfile.TemporaryDirectory() as tmp:
            fetched.append(sparse_copy(shard.url, shard.start, shard.end, shard.size, os.path.join(tmp, "copy")))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            text, missing = run(client, shards, shlex.split(cli), "json", progress=False)
    assert not missing, missing
    with open(os.path.join(out_dir, "dask.json"), "wb") as f:
        f.write(text)
    plan = [{"url": s.url, "start": s.start, "end": s.end, "size": s.size, "whole": s.whole} for s in shards]
    print(json.dumps({"shards": plan, "fetched": fetched}))


if __name__ == "__main__":
    main()
