#!/usr/bin/env bash
# Peers side by side with claimdiff on the same text, in one run:
#   bash benches/peers/run.sh [CLUSTERS]
# Installs datefinder and quantulum3 from PyPI into a virtual environment (target/peers-venv),
# times them over the bodies of every article in CLUSTERS (default ../shared/corpus/clusters),
# and times claimdiff's extraction (all claim kinds, examples/extract_once.rs) on the same bodies.
set -euo pipefail
cd "$(dirname "$0")/../.."
clusters=${1:-../shared/corpus/clusters}
[[ -d $clusters ]] || { echo "missing $clusters: pass the folder of event folders" >&2; exit 2; }
venv=target/peers-venv
# An interrupted install leaves a venv without the packages: check the imports, not the folder.
if ! "$venv/bin/python" -c 'import datefinder, quantulum3' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q datefinder quantulum3
fi
# claimdiff in-process on the same bodies: sentences and all claim kinds, best of three.
cargo build -q --release --example extract_once
# Where cargo put it (CARGO_TARGET_DIR when set), not a stale ./target.
target=${CARGO_TARGET_DIR:-target}
for _ in 1 2 3; do "$target/release/examples/extract_once" "$clusters"; done
"$venv/bin/python" benches/peers/measure.py "$clusters"
