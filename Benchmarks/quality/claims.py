#!/usr/bin/env python3
"""Scores Verbatim's claim scores on the shared CheckThat! 2024 devtest file (never copied here).

usage: Benchmarks/quality/claims.py [--gold ../shared/eval/claims/checkthat24-devtest.jsonl] [--verbatim PATH]

Each sentence is annotated as its own record with --min-score 0; its score is the highest claim score
among the sentences Verbatim splits it into. Calls the shared scorer (F1 of the positive class at 0.5)."""
import argparse, json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", default=os.path.join(root, "..", "shared", "eval", "claims", "checkthat24-devtest.jsonl"))
    parser.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    args = parser.parse_args()
    if not os.path.exists(args.gold):
        print(f"no gold file at {args.gold}: nothing to score", file=sys.stderr)
        return 0
    rows = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    records = "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in rows)
    out = subprocess.run([args.verbatim, "annotate", "-", "--input", "jsonl", "--min-score", "0"], input=records.encode(),
                         capture_output=True, check=False).stdout.decode()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as pred:
        for line in out.splitlines():
            record = json.loads(line)
            score = max([c["score"] for c in record.get("claims", [])], default=0.0)
            pred.write(json.dumps({"id": record.get("id"), "score": score}) + "\n")
    return subprocess.call([sys.executable, os.path.join(os.path.dirname(args.gold), "score.py"), args.gold, pred.name])


if __name__ == "__main__":
    sys.exit(main())
