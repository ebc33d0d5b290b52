#!/usr/bin/env python3
"""Scores Verbatim's sentence segmentation on the shared golden rules (never copied into the project).

usage: Benchmarks/quality/sbd.py [--gold ../shared/eval/sbd/golden-rules.jsonl] [--verbatim PATH] [--quiet]

Builds nothing: pass --verbatim, or run `swift build -c release` first (default .build/release/verbatim).
Feeds each case's text through `verbatim annotate --input jsonl`, and calls the shared scorer."""
import argparse, json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", default=os.path.join(root, "..", "shared", "eval", "sbd", "golden-rules.jsonl"))
    parser.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(args.gold):
        print(f"no gold file at {args.gold}: nothing to score", file=sys.stderr)
        return 0
    cases = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    records = "".join(json.dumps({"id": c["id"], "text": c["text"]}, ensure_ascii=False) + "\n" for c in cases)
    result = subprocess.run([args.verbatim, "annotate", "-", "--input", "jsonl"], input=records.encode(),
                            capture_output=True, check=False)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as pred:
        for line in result.stdout.decode().splitlines():
            record = json.loads(line)
            pred.write(json.dumps({"id": record.get("id"), "sentences": [s["text"] for s in record.get("sentences", [])]},
                                  ensure_ascii=False) + "\n")
    scorer = os.path.join(os.path.dirname(args.gold), "score.py")
    command = [sys.executable, scorer, args.gold, pred.name] + (["--quiet"] if args.quiet else [])
    return subprocess.call(command)

if __name__ == "__main__":
    sys.exit(main())
