#!/usr/bin/env bash
# Builds the fuzz seed corpora fuzz/corpus/{load,extract,compare} from the shared corpus
# (../shared/corpus beside the repository, or $CLAIMDIFF_SHARED/corpus): the seed event, one
# article of every cluster, the same cut at pseudo-random byte offsets (fixed seed, so the
# corpora are the same every time), and a few JSON, JSON Lines and HTML files built from them.
# The corpora are not committed; run this before `cargo fuzz run TARGET`.
set -euo pipefail
cd "$(dirname "$0")"
shared="${CLAIMDIFF_SHARED:-../../shared}/corpus"
if [ ! -d "$shared/clusters" ]; then
    echo "seed.sh: $shared/clusters is missing; set CLAIMDIFF_SHARED to the folder that holds corpus/" >&2
    exit 2
fi
RANDOM=7
rm -rf corpus/load corpus/extract corpus/compare
mkdir -p corpus/load corpus/extract corpus/compare

# One article of every cluster, and the seed event.
articles=("$shared"/seed-event/*.txt)
for cluster in "$shared"/clusters/*/; do
    first=$(find "$cluster" -maxdepth 1 -name '*.txt' | sort | head -n 1)
    [ -n "$first" ] && articles+=("$first")
done

# seed FILE SELECTOR BYTES: writes a seed of one selector byte and the file's bytes (all of
# them, or the first BYTES).
n=0
seed() {
    local target=$1 selector=$2 file=$3 len=${4:-}
    n=$((n + 1))
    {
        printf "\\x$(printf %02x "$selector")"
        if [ -n "$len" ]; then head -c "$len" "$file"; else cat "$file"; fi
    } >"corpus/$target/seed-$n"
}

json_string() { # the file's text as a JSON string
    printf '"'
    sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/\t/\\t/g' -e 's/\r/\\r/g' "$1" | awk '{printf "%s\\n", $0}'
    printf '"'
}

for file in "${articles[@]}"; do
    size=$(wc -c <"$file")
    cut=$(( (RANDOM * 32768 + RANDOM) % (size + 1) ))
    seed extract $((RANDOM % 2)) "$file"
    seed extract $((RANDOM % 2)) "$file" "$cut"
    seed load $((RANDOM % 2 * 4)) "$file" "$cut"
done
for file in "$shared"/seed-event/*.txt; do
    seed load 0 "$file"
    seed load 4 "$file"
    tmp=$(mktemp)
    { printf '{"title": "seed", "published": "2015-12-11", "outlet": "Wire", "body": '; json_string "$file"; printf '}'; } >"$tmp"
    seed load 1 "$tmp"
    { printf '{"text": '; json_string "$file"; printf '}\n{"body": '; json_string "$file"; printf ', "published": "Dec. 11, 2015"}\n'; } >"$tmp"
    seed load 2 "$tmp"
    { printf '<html><head><title>seed</title><meta property="article:published_time" content="2015-12-11T10:00:00Z"></head><body><article><p>'; sed 's/$/<\/p><p>/' "$file"; printf '</p></article></body></html>'; } >"$tmp"
    seed load 3 "$tmp"
    rm -f "$tmp"
done

# Two to four articles of one cluster, joined by NUL bytes; the selector byte says how many
# and which have a publication date.
for cluster in "$shared"/seed-event "$shared"/clusters/*/; do
    mapfile -t files < <(find "$cluster" -maxdepth 1 -name '*.txt' | sort | head -n 4)
    [ "${#files[@]}" -ge 2 ] || continue
    count=${#files[@]}
    tmp=$(mktemp)
    for i in "${!files[@]}"; do
        [ "$i" -gt 0 ] && printf '\0'
        cat "${files[$i]}"
    done >"$tmp"
    seed compare $(( (count - 2) + 3 * (RANDOM % 8) )) "$tmp"
    rm -f "$tmp"
done
for target in load extract compare; do
    echo "fuzz/corpus/$target: $(ls "corpus/$target" | wc -l) seeds, $(du -sh "corpus/$target" | cut -f1)"
done
