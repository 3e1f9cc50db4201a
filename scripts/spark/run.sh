#!/usr/bin/env bash
# claimdiff batch under Apache Spark in local mode (not part of CI):
#   bash scripts/spark/run.sh [CLUSTERS] [EVENTS]
# Makes a Python virtual environment (target/spark/venv) with pyspark from PyPI (needs Java 17+),
# builds events as JSON Lines from the real clusters of CLUSTERS (default
# ../shared/corpus/clusters; EVENTS events, default 400, cycling through the clusters), splits
# them into 4 shards, pipes every shard through `claimdiff batch -` with RDD.pipe on local[2],
# and checks that the collected lines equal one direct `claimdiff batch` run (sorted by event).
set -euo pipefail
cd "$(dirname "$0")/../.."
clusters=${1:-../shared/corpus/clusters}
events=${2:-400}
[[ -d $clusters ]] || { echo "missing $clusters: pass the folder of event folders" >&2; exit 2; }
command -v java > /dev/null || { echo "pyspark needs Java 17 or later on PATH" >&2; exit 2; }
target=${CARGO_TARGET_DIR:-target}
work=target/spark
venv=$work/venv
mkdir -p "$work"
if [[ ! -x $venv/bin/python ]] || ! "$venv/bin/python" -c 'import pyspark' 2> /dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q pyspark
fi
cargo build -q --release --bin claimdiff --example batch_events
bin=$(realpath "$target/release/claimdiff")
# Local mode talks to itself only: keep Spark on the loopback address.
export SPARK_LOCAL_IP=127.0.0.1

input=$work/events.jsonl
"$target/release/examples/batch_events" "$clusters" "" events "$events" > "$input"
rm -rf "$work/shards" && mkdir -p "$work/shards"
split -n l/4 -d --additional-suffix=.jsonl "$input" "$work/shards/part-"
echo "input: $(wc -l < "$input") events in $(ls "$work/shards" | wc -l) shards"

"$bin" batch "$input" --progress never -o "$work/direct.jsonl"
"$venv/bin/python" scripts/spark/pipe_batch.py "$(realpath "$work/shards")" "$bin" \
  "$work/direct.jsonl" "$work/spark.jsonl"
