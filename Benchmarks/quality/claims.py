#!/usr/bin/env python3
"""Scores Verbatim's claim scores on the shared CheckThat! 2024 devtest file (never copied here).

usage: Benchmarks/quality/claims.py [--gold ../shared/eval/claims/checkthat24-devtest.jsonl] [--verbatim PATH]

Each sentence is annotated as its own record with --min-score 0; its score is the highest claim score
among the sentences Verbatim splits it into. Calls the shared scorer (F1 of the positive class at 0.5)."""
import sys

from runner import annotate, arguments, read_gold, score, write_predictions


def main():
    args = arguments("claims", "checkthat24-devtest.jsonl").parse_args()
    rows = read_gold(args.gold)
    if rows is None:
        return 0
    records = annotate(args.verbatim, ({"id": r["id"], "text": r["text"]} for r in rows), "--min-score", "0")
    predictions = write_predictions({"id": r.get("id"), "score": max([c["score"] for c in r.get("claims", [])], default=0.0)}
                                    for r in records)
    return score(args.gold, predictions)


if __name__ == "__main__":
    sys.exit(main())
