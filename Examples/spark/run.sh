#!/usr/bin/env bash
# Runs the Spark example end to end and checks that Spark's output matches the single-machine output
# record for record. Needs Java 17 and pyspark (python3 -m pip install pyspark).
# Run from the repository root: Examples/spark/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release -q
work=$(mktemp -d)
python3 - "$work/articles.jsonl" <<'PY'
import json, sys
seed = open("seeds/macron-europe-russia.txt", encoding="utf-8").read()
paragraphs = [p for p in seed.split("\n\n") if p.strip()]
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for i in range(400):
        text = "\n\n".join(paragraphs[i % len(paragraphs):][:6])
        out.write(json.dumps({"id": f"a{i}", "text": text, "published": "2026-02-13"}, ensure_ascii=False) + "\n")
PY
.build/release/verbatim annotate "$work/articles.jsonl" --format jsonl --quiet > "$work/single.jsonl"
python3 Examples/spark/verbatim_spark.py "$work/articles.jsonl" "$work/spark" 2>/dev/null
cat "$work"/spark/part-* > "$work/spark.jsonl"
python3 - "$work/single.jsonl" "$work/spark.jsonl" <<'PY'
import json, sys
single = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
spark = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(single) == len(spark), (len(single), len(spark))
for a, b in zip(single, spark):
    assert a == b, f"record {a.get('id')} differs"
print(f"Spark and single-machine outputs match: {len(single)} records")
PY
rm -rf "$work"
