"""Throughput of the peer extractors on the same text as claimdiff's benchmark.

Reads every article of ../shared/corpus/clusters (or the folder given as the first argument),
strips the front matter, and times datefinder (dates) and quantulum3 (quantities) over the
bodies, once each. Prints MB/s per peer. Run through benches/peers/run.sh, which installs the
peers into a virtual environment and times claimdiff on the same files in the same run.
"""

import pathlib
import sys
import time


def bodies(root: pathlib.Path):
    out = []
    for path in sorted(root.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            if end != -1:
                text = text[end + 5 :]
        out.append(text)
    return out


def timed(name, fn, texts):
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    found = 0
    for t in texts:
        found += fn(t)
    secs = time.perf_counter() - start
    print(f"{name}: {size / secs / 1e6:.3f} MB/s ({found} items, {size} bytes, {secs:.2f} s)")


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/clusters")
    if not root.is_dir():
        sys.exit(f"missing {root}: pass the folder of event folders (../shared/corpus/clusters)")
    texts = bodies(root)
    import datefinder
    import quantulum3.parser

    timed("datefinder", lambda t: sum(1 for _ in datefinder.find_dates(t)), texts)
    timed("quantulum3", lambda t: len(quantulum3.parser.parse(t)), texts)


if __name__ == "__main__":
    main()
