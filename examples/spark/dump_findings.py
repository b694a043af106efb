#!/usr/bin/env python3
"""Print the findings of a factlint Parquet dataset as JSON Lines, in id order.

    python3 examples/spark/dump_findings.py findings.parquet > findings.jsonl

Each line is factlint's own JSON line (the `finding` column), so the output
can be fed to anything that reads `factlint check --format jsonl`.
"""

import sys


def main(argv):
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[*]").appName("factlint-dump").getOrCreate()
    try:
        rows = spark.read.parquet(argv[0]).orderBy("id", "line", "column", "rule", "fingerprint").collect()
        out = sys.stdout
        for row in rows:
            out.write(row["finding"] + "\n")
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
