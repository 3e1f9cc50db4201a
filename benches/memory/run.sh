#!/bin/bash
# Peak memory and speed of `claimdiff extract` on one long text (issue 6: a 100 MB text stays
# under 1 GB peak RSS). The text is the shared corpus's article bodies (front matter dropped)
# one after another, repeated until it holds MB megabytes.
#
# Usage: bash benches/memory/run.sh [MB] [CLUSTERS]   (defaults: 100, ../shared/corpus/clusters)
# Needs /usr/bin/time (Debian package `time`). Builds the release binary first. A benchmark,
# not a test: it prints what it measured and fails only when it cannot measure.
set -euo pipefail
mb=${1:-100}
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=${2:-$root/../shared/corpus/clusters}
if [ ! -d "$corpus" ]; then
    echo "no corpus at $corpus: pass the folder of corpus clusters as the second argument" >&2
    exit 2
fi
if [ ! -x /usr/bin/time ]; then
    echo "needs /usr/bin/time to read peak memory: apt-get install time" >&2
    exit 2
fi
cd "$root"
cargo build --release --quiet --bin claimdiff
bin=${CARGO_TARGET_DIR:-$root/target}/release/claimdiff
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each article's body after its front matter (`---` … `---`), a blank line before it.
find "$corpus" -name '*.txt' | sort | xargs awk '
    FNR == 1 { body = ($0 != "---"); print "" }
    !body { if (FNR > 1 && $0 == "---") body = 1; next }
    { print }' > "$work/bodies.txt"
want=$((mb * 1000000))
: > "$work/text.txt"
while [ "$(stat -c %s "$work/text.txt")" -lt "$want" ]; do
    cat "$work/bodies.txt" >> "$work/text.txt"
done
bytes=$(stat -c %s "$work/text.txt")

/usr/bin/time -v "$bin" extract "$work/text.txt" --published 2016-07-19 --format json \
    -o "$work/claims.json" 2> "$work/time.txt" || { cat "$work/time.txt" >&2; exit 1; }
rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {
    n = split($2, p, ":"); s = 0
    for (i = 1; i <= n; i++) s = s * 60 + p[i]
    print s }' "$work/time.txt")
# CPU time (user + system) depends far less than wall time on what else the machine runs: it
# tells whether the cost per byte stays flat as the text grows (run with 10 and 100 MB).
cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$work/time.txt")
claims=$(grep -c '^      "kind": ' "$work/claims.json" || true)
awk -v b="$bytes" -v r="$rss_kb" -v s="$secs" -v c="$claims" -v u="$cpu" 'BEGIN {
    printf "text: %.1f MB (%d bytes), %d claims\n", b / 1e6, b, c
    printf "peak RSS: %.0f MiB (%.1f bytes per byte of text)\n", r / 1024, r * 1024 / b
    printf "wall time: %.2f s, %.1f MB/s\n", s, b / 1e6 / s
    printf "CPU time: %.2f s, %.1f MB/s of CPU\n", u, b / 1e6 / u
}'
