#!/usr/bin/env python3
"""Scores Verbatim's sentence segmentation on the shared golden rules (never copied into the project).

usage: Benchmarks/quality/sbd.py [--gold ../shared/eval/sbd/golden-rules.jsonl] [--verbatim PATH] [--quiet]

Builds nothing: pass --verbatim, or run `swift build -c release` first (default .build/release/verbatim).
Feeds each case's text through `verbatim annotate --input jsonl`, and calls the shared scorer."""
import sys

from runner import annotate, arguments, read_gold, score, write_predictions


def main():
    parser = arguments("sbd", "golden-rules.jsonl")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    cases = read_gold(args.gold)
    if cases is None:
        return 0
    records = annotate(args.verbatim, ({"id": c["id"], "text": c["text"]} for c in cases))
    predictions = write_predictions({"id": r.get("id"), "sentences": [s["text"] for s in r.get("sentences", [])]}
                                    for r in records)
    return score(args.gold, predictions, *(["--quiet"] if args.quiet else []))


if __name__ == "__main__":
    sys.exit(main())
