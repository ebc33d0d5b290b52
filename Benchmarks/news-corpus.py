#!/usr/bin/env python3
"""Writes real news for `verbatim-bench --corpus`: the article texts of the PolNeAR development file in
../shared/eval (read there, never copied into the repository), joined by blank lines and repeated to the
size asked for.

usage: Benchmarks/news-corpus.py OUT [--megabytes 8] [--cut] [--eval ../shared/eval]
       Benchmarks/.build/release/verbatim-bench --corpus OUT

`--cut` ends the text at the last blank line before the size (the 1 MB input of the instruction
counts in BENCHMARKS.md: `--megabytes 1 --cut`)."""
import argparse, json, os

here = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=int, default=8)
    parser.add_argument("--cut", action="store_true", help="end at the last blank line before the size")
    parser.add_argument("--eval", default=os.path.join(here, "..", "..", "shared", "eval"))
    args = parser.parse_args()
    with open(os.path.join(args.eval, "quotes", "polnear-dev.jsonl"), encoding="utf-8") as file:
        texts = [json.loads(line)["text"] for line in file if line.strip()]
    block = "\n\n".join(texts) + "\n\n"
    repeats = -(-(args.megabytes << 20) // len(block.encode("utf-8")))
    data = (block * repeats).encode("utf-8")
    if args.cut:
        data = data[:data.rfind(b"\n\n", 0, args.megabytes << 20)]
    with open(args.out, "wb") as out:
        out.write(data)
    print(f"{len(texts)} articles, {repeats} times, {len(data):,} bytes written to {args.out}")


if __name__ == "__main__":
    main()
