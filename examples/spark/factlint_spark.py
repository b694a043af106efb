#!/usr/bin/env python3
"""Run factlint over a JSON Lines archive on Apache Spark; write the findings as Parquet.

Each input line is one article, {"id": ..., "date": ..., "text": ...} (the
format `factlint check - --stdin-format jsonl` reads). Every partition of the
archive is piped through one factlint process (`RDD.pipe`), which streams one
finding per line back, tagged with the article's id; the findings become a
Parquet dataset with one row per finding:

    id, rule, severity, line, column, end_line, end_column, message,
    suggestion, fingerprint, finding

`finding` is factlint's JSON line itself, byte for byte, so nothing the
columns leave out (claim, reference, source) is lost.

Local mode (the default master is local[*]):

    python3 examples/spark/factlint_spark.py \
        --factlint target/release/factlint --refs rules archive.jsonl findings.parquet

On a cluster, ship the binary and the reference data with the job and name
them as the executors see them (their working directory):

    spark-submit --master yarn --files target/release/factlint \
        --archives rules.tar.gz#rules examples/spark/factlint_spark.py \
        --master '' --factlint ./factlint --refs rules \
        hdfs:///archive/articles.jsonl hdfs:///archive/findings.parquet

Exit status of each factlint process: 0 (no findings) and 1 (findings) are
success; 2 (a bad record, unreadable reference data) fails the task, so
Spark retries it and then stops the job with factlint's message, unless
--keep-going is given (bad records are then only reported on the
executors' stderr).
"""

import argparse
import json
import shlex
import sys

COLUMNS = [
    ("id", "string"),
    ("rule", "string"),
    ("severity", "string"),
    ("line", "long"),
    ("column", "long"),
    ("end_line", "long"),
    ("end_column", "long"),
    ("message", "string"),
    ("suggestion", "string"),
    ("fingerprint", "string"),
    ("finding", "string"),
]


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("input", help="JSON Lines archive: one {id, date, text} per line")
    p.add_argument("output", help="directory for the Parquet dataset (replaced)")
    p.add_argument("--factlint", default="factlint", help="factlint binary as the executors see it")
    p.add_argument("--refs", action="append", default=[], help="reference data file or directory (repeatable)")
    p.add_argument("--config", help="factlint.yaml to use on the executors")
    p.add_argument("--partitions", type=int, default=0, help="minimum number of partitions (default: Spark's)")
    p.add_argument("--master", default="local[*]", help="Spark master; '' keeps spark-submit's")
    p.add_argument("--keep-going", action="store_true", help="bad records do not fail the task")
    p.add_argument("extra", nargs="*", help="more factlint check arguments, after --")
    return p.parse_args(argv)


def factlint_command(args):
    """The shell command each partition is piped through."""
    cmd = [args.factlint, "check", "-", "--stdin-format", "jsonl", "--format", "jsonl", "--quiet"]
    for r in args.refs:
        cmd += ["--refs", r]
    if args.config:
        cmd += ["--config", args.config]
    cmd += args.extra
    worst = 2 if args.keep_going else 1
    # factlint exits 1 when it finds mismatches: that is a result, not a failure.
    script = f'"$@"; s=$?; [ "$s" -le {worst} ] || exit "$s"'
    return shlex.join(["sh", "-c", script, "factlint"] + cmd)


def to_row(line):
    f = json.loads(line)
    return (
        f.get("path"),
        f.get("rule"),
        f.get("severity"),
        f.get("line"),
        f.get("column"),
        f.get("end_line"),
        f.get("end_column"),
        f.get("message"),
        f.get("suggestion"),
        f.get("fingerprint"),
        line,
    )


def main(argv):
    args = parse_args(argv)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("factlint")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        sc = spark.sparkContext
        lines = sc.textFile(args.input, args.partitions or None)
        findings = lines.pipe(factlint_command(args), checkCode=True).filter(lambda l: l.strip())
        schema = ", ".join(f"`{name}` {kind}" for name, kind in COLUMNS)
        spark.createDataFrame(findings.map(to_row), schema).write.mode("overwrite").parquet(args.output)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
