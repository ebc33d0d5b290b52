#!/usr/bin/env python3
"""Peak memory of `verbatim annotate` streaming a large JSONL batch (the 1 GB figure in BENCHMARKS.md).

usage: Benchmarks/stream-memory.py [--megabytes 1024] [--jobs 2] [--verbatim .build/release/verbatim]
                                  [--write-only FILE]
       (build `verbatim` first as a release is: `Benchmarks/pgo-build.sh`)

Writes a batch of articles (the seed, then nine of our prose, repeated) to a temporary file, annotates
it with the output thrown away, and prints records, MB, seconds and the child's peak resident memory.
`--write-only FILE` writes the batch to FILE and stops (the instruction counts in BENCHMARKS.md are of
its first 225 records: `head -225 FILE`)."""
import argparse, json, os, resource, subprocess, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=1024)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    parser.add_argument("--write-only", metavar="FILE", help="write the batch to FILE and stop")
    args = parser.parse_args()
    seed = open(os.path.join(root, "seeds", "macron-europe-russia.txt"), encoding="utf-8").read()
    prose = (open(os.path.join(here, "corpus-prose.txt"), encoding="utf-8").read().strip() + "\n\n") * 8
    records = size = 0
    with (open(args.write_only, "w", encoding="utf-8") if args.write_only
          else tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False)) as batch:
        while size < args.megabytes << 20:
            line = json.dumps({"id": str(records), "text": seed if records % 10 == 0 else prose,
                               "published": "2026-02-13"}) + "\n"
            batch.write(line)
            size += len(line.encode())
            records += 1
    if args.write_only:
        print(f"{records} records, {size / 1e6:.0f} MB written to {args.write_only}")
        return
    try:
        start = time.time()
        subprocess.run([args.verbatim, "annotate", "--jobs", str(args.jobs), "--quiet", batch.name],
                       stdout=subprocess.DEVNULL, check=True)
        seconds = time.time() - start
    finally:
        os.unlink(batch.name)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{records} records, {size / 1e6:.0f} MB, --jobs {args.jobs}: {seconds:.1f} s, peak resident {peak:.0f} MB")


if __name__ == "__main__":
    main()
