"""claimdiff batch as a stateless mapper under Apache Spark (local mode): every shard of events
JSON Lines goes through `claimdiff batch -` with RDD.pipe, and the result lines are collected
and checked against one direct `claimdiff batch` run over the whole input.

python pipe_batch.py SHARDS_DIR CLAIMDIFF DIRECT_RESULTS SPARK_RESULTS
"""

import json
import sys
import time

from pyspark.sql import SparkSession


def by_event(lines):
    """The lines sorted by event id (the order of the shards is Spark's, not the input's)."""
    return sorted(lines, key=lambda line: json.loads(line)["event"] or "")


def main():
    shards, claimdiff, direct_path, spark_path = sys.argv[1:5]
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("claimdiff-batch")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    start = time.monotonic()
    events = sc.textFile(shards)
    # One claimdiff process per partition, reading its events on stdin; Spark runs two
    # partitions at a time (local[2]), so each process needs one worker thread.
    results = events.pipe(f"{claimdiff} batch - --threads 1 --progress never")
    got = results.collect()
    seconds = time.monotonic() - start
    partitions = events.getNumPartitions()
    spark.stop()

    with open(direct_path, encoding="utf-8") as f:
        direct = [line.rstrip("\n") for line in f]
    got, direct = by_event(got), by_event(direct)
    with open(spark_path, "w", encoding="utf-8") as f:
        f.writelines(line + "\n" for line in got)
    failed = sum(1 for line in got if not json.loads(line)["ok"])
    print(
        f"spark local[2]: {partitions} partitions, {len(got)} result lines "
        f"({failed} failed) in {seconds:.1f} s"
    )
    if got != direct:
        print(
            f"MISMATCH: spark gave {len(got)} lines, direct claimdiff batch {len(direct)}; "
            f"see {spark_path} and {direct_path}",
            file=sys.stderr,
        )
        sys.exit(1)
    print(f"identical to direct `claimdiff batch` ({len(direct)} lines, sorted by event id)")


if __name__ == "__main__":
    main()
