#!/usr/bin/env python3
"""Annotates a JSONL dataset with Verbatim on Spark: each partition is piped through the one binary.

usage: verbatim_spark.py INPUT.jsonl OUTPUT_DIR [--verbatim PATH] [--partitions N]

Runs Spark in local mode (pip install pyspark; Java 17). On a cluster, ship the binary and its
Verbatim_*.resources folders to the workers (spark-submit --files / --archives) and point --verbatim
at them; nothing else changes, since `verbatim annotate --input jsonl --format jsonl` reads records on
standard input and writes one record per line, in order."""
import argparse, os
from pyspark.sql import SparkSession


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--verbatim", default=os.path.abspath(".build/release/verbatim"))
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()
    spark = SparkSession.builder.master("local[2]").appName("verbatim").getOrCreate()
    records = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
    # One verbatim process per partition; --jobs 1 because Spark already runs partitions in parallel.
    annotated = records.pipe(f"{args.verbatim} annotate - --input jsonl --format jsonl --jobs 1 --quiet")
    annotated.saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
