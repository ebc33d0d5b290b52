#!/usr/bin/env python3
"""Times two `verbatim` binaries on the same input, in turns, and prints each one's median and spread.

usage: Benchmarks/compare-builds.py OLD NEW INPUT [--runs 10] [--lexicons Lexicons/data]

Each run is a whole `verbatim annotate --format jsonl --published 2026-02-13 INPUT` (start-up, reading and
writing to /dev/null included); the two builds alternate, and which goes first alternates too, so that the
machine's drift falls on both alike. Build the old one from a `git worktree` of the commit to compare with."""
import argparse
import os
import statistics
import subprocess
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("input")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--lexicons", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                                           "Lexicons", "data"))
    args = parser.parse_args()
    env = dict(os.environ, VERBATIM_LEXICONS=args.lexicons)
    binaries = {"old": args.old, "new": args.new}
    times = {name: [] for name in binaries}
    for run in range(args.runs):
        for name in (["old", "new"] if run % 2 == 0 else ["new", "old"]):
            start = time.perf_counter()
            subprocess.run([binaries[name], "annotate", "--quiet", "--format", "jsonl", "--published", "2026-02-13",
                            args.input], stdout=subprocess.DEVNULL, env=env, check=True)
            times[name].append((time.perf_counter() - start) * 1000)
    for name, values in times.items():
        values.sort()
        print(f"{name}: median {statistics.median(values):.1f} ms, min {values[0]:.1f}, max {values[-1]:.1f} "
              f"({len(values)} runs of {binaries[name]})")


if __name__ == "__main__":
    main()
