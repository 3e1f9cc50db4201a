#!/usr/bin/env bash
# claimdiff batch on synthetic inputs of real FA-KES articles: throughput and peak memory.
#   bash benches/batch/run.sh [CLUSTERS]
# Builds events as JSON Lines under target/batch/ from the FA-KES clusters of CLUSTERS (default
# ../shared/corpus/clusters), cycling through them (each event one real cluster, at most 5
# articles), with examples/batch_events.rs; runs the release binary on them under
# /usr/bin/time -v, and prints wall time, CPU time, events/s, articles/s, MB/s (of input JSON
# Lines) and peak RSS. Runs: 10,000 articles on 2 threads and on 1 (the outputs must be
# identical), then 1,000, 10,000 and 50,000 events on 2 threads (memory must stay flat).
set -euo pipefail
cd "$(dirname "$0")/../.."
clusters=${1:-../shared/corpus/clusters}
[[ -d $clusters ]] || { echo "missing $clusters: pass the folder of event folders" >&2; exit 2; }
target=${CARGO_TARGET_DIR:-target}
work=target/batch
mkdir -p "$work"
cargo build -q --release --bin claimdiff --example batch_events
bin=$target/release/claimdiff

# make UNIT N: the input of N articles or events (kept between runs).
make() {
  local file=$work/fakes-$1-$2.jsonl
  [[ -s $file ]] || "$target/release/examples/batch_events" "$clusters" fakes- "$1" "$2" > "$file" 2>/dev/null
  echo "$file"
}

# seconds of "h:mm:ss" or "m:ss.ss"
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<< "$1"; }

echo "| input | threads | events | articles | input MB | wall s | CPU s | events/s | articles/s | MB/s | peak RSS MB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
# run INPUT THREADS OUT
run() {
  local log=$work/time.log
  /usr/bin/time -v "$bin" batch "$1" --threads "$2" --progress never -o "$3" 2> "$log"
  local summary wall user sys rss events articles mb
  summary=$(grep '^claimdiff: batch:' "$log")
  events=$(sed -E 's/.*batch: ([0-9]+) events.*/\1/' <<< "$summary")
  articles=$(sed -E 's/.* ([0-9]+) articles in.*/\1/' <<< "$summary")
  wall=$(seconds "$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')")
  user=$(grep 'User time' "$log" | awk '{print $NF}')
  sys=$(grep 'System time' "$log" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$log" | awk '{print $NF}')
  mb=$(stat -c %s "$1" | awk '{printf "%.1f", $1 / 1e6}')
  awk -v name="$(basename "$1")" -v t="$2" -v e="$events" -v a="$articles" -v mb="$mb" -v w="$wall" \
      -v u="$user" -v s="$sys" -v rss="$rss" 'BEGIN {
    printf "| %s | %d | %d | %d | %.1f | %.2f | %.2f | %.0f | %.0f | %.1f | %.0f |\n",
      name, t, e, a, mb, w, u + s, e / w, a / w, mb / w, rss / 1024 }'
}

articles=$(make articles 10000)
run "$articles" 2 "$work/out-2.jsonl"
run "$articles" 1 "$work/out-1.jsonl"
cmp -s "$work/out-1.jsonl" "$work/out-2.jsonl" || { echo "1 and 2 threads differ" >&2; exit 1; }
for n in 1000 10000 50000; do
  run "$(make events "$n")" 2 "$work/out-events.jsonl"
done
echo
echo "1 and 2 threads: identical output ($(wc -l < "$work/out-1.jsonl") lines)."
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows the wall times)"
