#!/usr/bin/env bash
# jq recipes over Verbatim's JSON. Needs jq. Run from the repository root: Examples/jq-recipes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -q
verbatim=.build/debug/verbatim
seed=seeds/macron-europe-russia.txt

echo "== quotes by speaker"
$verbatim annotate "$seed" --published 2026-02-13 \
  | jq -r '.quotes | group_by(.speaker.name // "(unattributed)")[] | "\(.[0].speaker.name // "(unattributed)"): \(length)"'

echo "== places to CSV (name, country, lat, lon, mentions)"
$verbatim annotate "$seed" \
  | jq -r '[.entities[] | select(.type == "place")] | group_by(.id)[]
           | [.[0].name, (.[0].country // ""), (.[0].lat // ""), (.[0].lon // ""), length] | @csv'

echo "== check-worthy claims with their claimant"
$verbatim annotate "$seed" --published 2026-02-13 \
  | jq -r '.claims | sort_by(-.score)[] | select(.checkworthy) | "\(.score)\t\(.claimant.name // "-")\t\(.text[0:80])"'

echo "== the same places with the built-in subcommand"
$verbatim places "$seed" --format csv
