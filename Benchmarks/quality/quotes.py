#!/usr/bin/env python3
"""Scores Verbatim's quote attribution on the shared PolNeAR development file (never copied here).

usage: Benchmarks/quality/quotes.py [--gold ../shared/eval/quotes/polnear-dev.jsonl] [--verbatim PATH] [--keep FILE]
                                    [--annotated VERBATIM-OUTPUT.jsonl]

Runs `verbatim annotate --input jsonl` on the gold articles (text and publication date only), turns
each quote into the scorer's shape (speaker = the speaker's words in the text, as PolNeAR marks them;
our `partial` is PolNeAR's `mixed`) and calls the shared scorer for direct+mixed, then for indirect:
first with our quotes of those kinds, then with all our quotes.
Run `swift build -c release` first, or pass --verbatim."""
import json, sys

from runner import annotate, arguments, read_gold, score, write_predictions

# Our `partial` is PolNeAR's `mixed`.
KINDS = {"direct": "direct", "partial": "mixed", "indirect": "indirect"}


def scorer_quote(quote):
    """One quote in the scorer's shape; the speaker is the speaker's words in the text."""
    speaker = quote.get("speaker") or {}
    return {"quote": quote["text"], "quote_start": quote["start"], "quote_end": quote["end"],
            "quote_fragments": [[p["start"], p["end"]] for p in quote["parts"]],
            "speaker": speaker.get("text"), "speaker_start": speaker.get("start"),
            "speaker_end": speaker.get("end"), "cue": (quote.get("cue") or {}).get("text"),
            "kind": KINDS[quote["kind"]]}


def main():
    parser = arguments("quotes", "polnear-dev.jsonl")
    parser.add_argument("--keep", help="write the converted predictions here")
    parser.add_argument("--annotated", help="score this JSONL of Verbatim's records instead of running it")
    args = parser.parse_args()
    docs = read_gold(args.gold)
    if docs is None:
        return 0
    if args.annotated:
        records = [json.loads(line) for line in open(args.annotated, encoding="utf-8")]
    else:
        records = annotate(args.verbatim, ({"id": d["id"], "text": d["text"],
                                            "published": (d.get("meta") or {}).get("publication_date")} for d in docs))
    rows = [{"id": r.get("id"), "quotes": [scorer_quote(q) for q in r.get("quotes", [])]} for r in records]
    write_predictions(rows, args.keep)
    # Each kind of ours against the same kinds of gold (the targets), then all our quotes at
    # once: the scorer drops a prediction whose best match is a gold quote of another kind, but counts
    # one that matches nothing against every kind, so there an indirect quote PolNeAR did not
    # annotate lowers the direct + partial precision.
    runs = [("direct + partial: our direct and partial quotes vs PolNeAR direct + mixed", "direct,mixed", {"direct", "mixed"}),
            ("indirect: our indirect quotes vs PolNeAR indirect", "indirect", {"indirect"}),
            ("direct + partial, all our quotes", "direct,mixed", None),
            ("indirect, all our quotes", "indirect", None)]
    code = 0
    for title, kinds, ours in runs:
        predictions = write_predictions({"id": row["id"], "quotes": [q for q in row["quotes"] if ours is None or q["kind"] in ours]}
                                        for row in rows)
        print("== " + title)
        code |= score(args.gold, predictions, "--kinds", kinds)
    return code


if __name__ == "__main__":
    sys.exit(main())
