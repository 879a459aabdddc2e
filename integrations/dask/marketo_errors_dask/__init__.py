"""Run marketo-errors on a Dask cluster: shards analysed on the workers, reports tree-reduced with `merge`."""

from .plan import DEFAULT_SHARD_BYTES, Shard, plan_shards
from .run import ShardFailed, analyze_shard, merge_reports, missing_report, run

__all__ = ["DEFAULT_SHARD_BYTES", "Shard", "ShardFailed", "analyze_shard", "merge_reports", "missing_report", "plan_shards", "run"]
