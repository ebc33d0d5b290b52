#!/usr/bin/env python3
"""Scores Verbatim's quote attribution on the shared PolNeAR development file (never copied here).

usage: Benchmarks/quality/quotes.py [--gold ../shared/eval/quotes/polnear-dev.jsonl] [--verbatim PATH] [--kinds K]

Runs `verbatim annotate --input jsonl` on the gold articles (text and publication date only), turns
each quote into the scorer's shape (speaker = the speaker's words in the text, as PolNeAR marks them;
our `partial` is PolNeAR's `mixed`) and calls the shared scorer for direct+mixed, then for indirect.
Run `swift build -c release` first, or pass --verbatim."""
import argparse, json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", default=os.path.join(root, "..", "shared", "eval", "quotes", "polnear-dev.jsonl"))
    parser.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    parser.add_argument("--keep", help="write the converted predictions here")
    args = parser.parse_args()
    if not os.path.exists(args.gold):
        print(f"no gold file at {args.gold}: nothing to score", file=sys.stderr)
        return 0
    docs = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    records = "".join(json.dumps({"id": d["id"], "text": d["text"],
                                  "published": (d.get("meta") or {}).get("publication_date")}, ensure_ascii=False) + "\n"
                      for d in docs)
    result = subprocess.run([args.verbatim, "annotate", "-", "--input", "jsonl"], input=records.encode(),
                            capture_output=True, check=False)
    kinds = {"direct": "direct", "partial": "mixed", "indirect": "indirect"}
    out = open(args.keep, "w", encoding="utf-8") if args.keep else tempfile.NamedTemporaryFile(
        "w", suffix=".jsonl", delete=False, encoding="utf-8")
    with out:
        for line in result.stdout.decode().splitlines():
            record = json.loads(line)
            quotes = []
            for q in record.get("quotes", []):
                speaker = q.get("speaker") or {}
                quotes.append({"quote": q["text"], "quote_start": q["start"], "quote_end": q["end"],
                               "quote_fragments": [[p["start"], p["end"]] for p in q["parts"]],
                               "speaker": speaker.get("text"), "speaker_start": speaker.get("start"),
                               "speaker_end": speaker.get("end"), "cue": (q.get("cue") or {}).get("text"),
                               "kind": kinds[q["kind"]]})
            out.write(json.dumps({"id": record.get("id"), "quotes": quotes}, ensure_ascii=False) + "\n")
    scorer = os.path.join(os.path.dirname(args.gold), "score.py")
    print("== direct + partial (PolNeAR direct + mixed)")
    subprocess.call([sys.executable, scorer, args.gold, out.name, "--kinds", "direct,mixed"])
    print("== indirect")
    return subprocess.call([sys.executable, scorer, args.gold, out.name, "--kinds", "indirect"])


if __name__ == "__main__":
    sys.exit(main())
