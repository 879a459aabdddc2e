"""Driven by test/dask-integration.test.ts: a real LocalCluster(n_workers=2, threads_per_worker=1).

Usage: local_cluster_check.py OUT_DIR CLI SHARD_BYTES FILE...
Writes OUT_DIR/killed.json (a worker killed in the middle of a shard, the run goes on) and
OUT_DIR/missing.json + OUT_DIR/missing.txt (one shard fails every attempt and is reported missing).
"""

import json
import os
import shlex
import signal
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from distributed import Client, LocalCluster  # noqa: E402

from marketo_errors_dask import analyze_shard, plan_shards, run  # noqa: E402


def killed_mid_shard(shard, cli, analyze_args, marker, victim):
    """On its first attempt the victim shard starts the CLI, then its worker process dies (SIGKILL)."""
    if (shard.url, shard.start) == victim and not os.path.exists(marker):
        open(marker, "w").close()
        threading.Thread(target=analyze_shard, args=(shard, cli, analyze_args), daemon=True).start()
        time.sleep(0.2)
        os.kill(os.getpid(), signal.SIGKILL)
    return analyze_shard(shard, cli, analyze_args)


def always_fails(shard, cli, analyze_args, victim):
    if (shard.url, shard.start) == victim:
        raise RuntimeError("disk on fire")
    return analyze_shard(shard, cli, analyze_args)


def main():
    out_dir, cli, shard_bytes, *files = sys.argv[1:]
    shards = plan_shards(files, int(shard_bytes))
    ranged = [s for s in shards if not s.whole]
    assert len(ranged) >= 2, "the test needs a file cut into byte ranges"
    victim = (ranged[1].url, ranged[1].start)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        marker = os.path.join(out_dir, "killed-once")
        task = lambda s, cli, analyze_args: killed_mid_shard(s, cli, analyze_args, marker, victim)  # noqa: E731
        text, missing = run(client, shards, shlex.split(cli), "json", retries=1, progress=False, shard_task=task)
        assert os.path.exists(marker), "the victim shard ran"
        with open(os.path.join(out_dir, "killed.json"), "wb") as f:
            f.write(text)
        assert not missing, missing

        task = lambda s, cli, analyze_args: always_fails(s, cli, analyze_args, victim)  # noqa: E731
        text, missing = run(client, shards, shlex.split(cli), "json", retries=1, progress=False, shard_task=task)
        with open(os.path.join(out_dir, "missing.json"), "wb") as f:
            f.write(text)
        with open(os.path.join(out_dir, "missing.txt"), "w") as f:
            f.write("\n".join(f"{s.name}\t{e}" for s, e in missing))
    print(json.dumps({"shards": len(shards), "ranged": len(ranged)}))


if __name__ == "__main__":
    main()
