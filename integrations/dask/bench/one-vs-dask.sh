#!/bin/sh
# One process against Dask on a LocalCluster of 2 workers, on one file (the bench corpus):
#   node bench/generate.mjs --seed 7 --size 1GB --format ndjson --out bench/data/marketo-7-1GB.ndjson
#   integrations/dask/bench/one-vs-dask.sh bench/data/marketo-7-1GB.ndjson
# GNU time gives wall, CPU (user+sys, children included: the cluster's processes are reaped) and peak RSS.
set -eu
FILE=$1
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
OUT=${TMPDIR:-/tmp}/one-vs-dask.$$
mkdir -p "$OUT"
CLI="node $ROOT/bin/marketo-errors.js"
FMT='wall %e s, user %U s, sys %S s, max RSS %M kB'
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "one process --jobs 1: $FMT" $CLI analyze "$FILE" --jobs 1 --format json -q -o "$OUT/one.json" || true
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
PYTHONPATH="$ROOT/integrations/dask" /usr/bin/time -f "dask, 2 local workers: $FMT" \
  /usr/bin/python3 -m marketo_errors_dask --workers 2 --cli "$CLI" --shard-mb 256 -o "$OUT/dask.json" "$FILE" || true
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
node -e '
const [a, b] = process.argv.slice(1).map((f) => JSON.parse(require("fs").readFileSync(f, "utf8")));
for (const k of ["totals", "levels", "timeline"]) console.log(k, JSON.stringify(a[k]) === JSON.stringify(b[k]) ? "same" : "DIFFERENT");
const ev = (r, id) => (r.diagnostics.find((d) => d.id === id) || {}).evidence || {};
console.log("calls", a.totals.marketoCalls, b.totals.marketoCalls);
console.log("pointless retries", ev(a, "retry-pointless").pointlessRetries, ev(b, "retry-pointless").pointlessRetries);
console.log("too soon", ev(a, "retry-too-soon").retriesTooSoon, ev(b, "retry-too-soon").retriesTooSoon);
console.log("starts above limit", ev(a, "concurrency").startsAboveLimit, ev(b, "concurrency").startsAboveLimit);
' "$OUT/one.json" "$OUT/dask.json"
rm -rf "$OUT"
