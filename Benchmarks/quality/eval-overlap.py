#!/usr/bin/env python3
"""Lists lines of the repository that share a run of characters with the evaluation texts in
../shared/eval (read there, never copied): the texts belong to their publishers, and tests, comments
and training text must say things in our own words.

usage: Benchmarks/quality/eval-overlap.py [--window 45] [--eval ../shared/eval]

Prints FILE:LINE and the shared run for every line holding `window` characters (with at least four
spaces, so that names and phrases alone do not count) found in any evaluation file. Short common phrases
("was first reported by The Washington Post") also match at small windows: read the list, then
paraphrase what is the publishers' text."""
import argparse, glob, os, re

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
SKIP = (".build", "Benchmarks/.build", "Benchmarks/fuzz-work", "Benchmarks/fuzz-findings", ".git")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--window", type=int, default=45)
    parser.add_argument("--eval", default=os.path.join(root, "..", "shared", "eval"))
    args = parser.parse_args()
    evaluation = ""
    for path in glob.glob(os.path.join(args.eval, "**", "*.jsonl"), recursive=True):
        with open(path, encoding="utf-8", errors="ignore") as file:
            evaluation += file.read()
    step = max(1, args.window // 4)
    count = 0
    for path in sorted(glob.glob(os.path.join(root, "**", "*"), recursive=True)):
        relative = os.path.relpath(path, root)
        if relative.startswith(SKIP) or not re.search(r"\.(swift|txt|md|py|sh|tsv|json|jsonl|c|h)$", relative):
            continue
        with open(path, encoding="utf-8", errors="ignore") as file:
            for number, line in enumerate(file, 1):
                for start in range(0, max(1, len(line) - args.window), step):
                    run = line[start:start + args.window]
                    if len(run) == args.window and run.count(" ") >= 4 and run in evaluation:
                        print(f"{relative}:{number}: {run!r}")
                        count += 1
                        break
    print(f"{count} lines share {args.window} characters with the evaluation texts")


if __name__ == "__main__":
    main()
