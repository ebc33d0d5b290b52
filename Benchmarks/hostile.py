#!/usr/bin/env python3
"""Times `verbatim annotate` on large hostile inputs and checks every record's spans.

usage: Benchmarks/hostile.py [--verbatim .build/release/verbatim]
       (build it first as a release is: `Benchmarks/pgo-build.sh`)

Prints seconds, MB/s, peak memory and output size per case; the unit tests run the same shapes at a
smaller size and check that doubling the input no more than doubles the output."""
import argparse, json, os, resource, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = open(os.path.join(root, "seeds", "macron-europe-russia.txt"), encoding="utf-8").read()
CASES = {
    "50 MB single document (the seed, repeated)": (SEED + "\n\n") * (50_000_000 // len(SEED.encode())),
    "1 MB line without punctuation": "word " * 200_000,
    "100,000 quotation marks": "“" * 50_000 + "”" * 50_000,
    "only punctuation (1 MB)": ".,;:!?…—" * 50_000,
    "NUL bytes": "Hello\u0000world. " * 20_000,
    "mixed scripts and RTL": "مرحبا بالعالم. Hello \u202eworld\u202c. שלום עולם. 東京. " * 20_000,
    "deeply repeated entities": "Macron met Putin in Moscow. " * 40_000,
    "endless reported speech": "Jane Holt, John Smith and Mary Jones said that " * 20_000,
    "quotations and names in one endless sentence": "“We are ready,” Jane Holt said, and "
        + "Bob Smith met “friends” and Tom Brexley's aide " * 20_000 + "left.",
    "closing cues in one endless sentence": "Economy Minister Jane Holt said it said that the plan, "
        + "the minister said, 1,700 jobs, said one source in the room, " * 20_000 + "ended.",
    "quoted words then a cue, endlessly": "Tom met them and “friends,” Jane Holt said, " * 20_000 + "end.",
    "according to, endlessly": "prices rose, according to the ministry, and " * 20_000 + "end.",
    # Transcript labels that name nobody, among many names: each label searched all mentions before it
    # (5,000 lines 1.8 s, 10,000 lines 8.7 s) until the search was bounded.
    "transcript labels among names": "Jane Holt spoke.\n\n" + "“NOTE: Well, look.” Jane Holt smiled.\n\nHOLT: Yes.\n\n" * 20_000,
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    args = parser.parse_args()
    for name, text in CASES.items():
        data = text.encode()
        start = time.time()
        run = subprocess.run(["/usr/bin/time", "-f", "%M", args.verbatim, "annotate", "-", "--format", "jsonl"],
                             input=data, capture_output=True)
        seconds = time.time() - start
        peak = run.stderr.decode().strip().splitlines()[-1]
        record = json.loads(run.stdout)
        ok = all(record["text"][s["start"]:s["end"]] == s["text"] for s in record["sentences"])
        print(f"{name:45s} {len(data)/1e6:7.1f} MB {seconds:7.2f} s {len(data)/1e6/seconds:7.1f} MB/s "
              f"peak {int(peak)/1024:6.0f} MB out {len(run.stdout)/1e6:7.1f} MB exit {run.returncode} spans {'ok' if ok else 'WRONG'}")


if __name__ == "__main__":
    sys.exit(main())
