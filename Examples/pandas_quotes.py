#!/usr/bin/env python3
"""Loads Verbatim's quotes into a pandas DataFrame (pip install pandas).

    swift build && python3 Examples/pandas_quotes.py seeds/macron-europe-russia.txt
"""
import json, subprocess, sys

import pandas as pd

path = sys.argv[1] if len(sys.argv) > 1 else "seeds/macron-europe-russia.txt"
record = json.loads(subprocess.run([".build/debug/verbatim", "annotate", path, "--format", "jsonl"],
                                   capture_output=True, check=True).stdout)
quotes = pd.DataFrame([{
    "speaker": (q["speaker"] or {}).get("name"),
    "cue": (q["cue"] or {}).get("lemma"),
    "kind": q["kind"],
    "text": q["text"],
    "start": q["start"],
    "end": q["end"],
} for q in record["quotes"]])
# Offsets are code points, so Python slicing gives the text back exactly.
assert all(record["text"][row.start:row.end] == row.text for row in quotes.itertuples())
print(quotes.groupby("speaker").size().sort_values(ascending=False))
