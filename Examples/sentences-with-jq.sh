#!/usr/bin/env bash
# Prints the seed article's sentences, one per line, with their paragraph and why each ends.
# Needs jq (apt-get install -y jq). Run from the repository root: Examples/sentences-with-jq.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift run -q verbatim annotate seeds/macron-europe-russia.txt --published 2026-02-13 \
  | jq -r '.sentences[] | "\(.paragraph)\t\(.boundary)\t\(.text)"'

# The offsets slice the record's own text, so jq can check them (codepoints are jq's string unit):
swift run -q verbatim annotate seeds/macron-europe-russia.txt \
  | jq -e '.text as $t | all(.sentences[]; $t[.start:.end] == .text)' >/dev/null \
  && echo "every sentence span slices the text exactly" >&2
