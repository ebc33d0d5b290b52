#!/usr/bin/env bash
# Measures the tools a user would pick instead of Verbatim, on the same text and machine, and prints
# a table for BENCHMARKS.md. Not run in CI: it installs the peers from PyPI into a virtual environment.
# usage: Benchmarks/peers/run.sh [KILOBYTES]      (default 256 KB of text)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet spacy textacy dateparser pysbd
  # spaCy's small English pipeline is published on GitHub, not PyPI; where it can be fetched, take it.
  "$venv/bin/python" -m spacy download en_core_web_sm >/dev/null 2>&1 || \
    echo "note: en_core_web_sm could not be downloaded; spaCy and textacy rows will say so" >&2
fi
# Verbatim built as a release is (README, "Release build").
"$root/Benchmarks/pgo-build.sh" >/dev/null
exec "$venv/bin/python" "$here/peers.py" --verbatim "$root/.build/release/verbatim" \
  --seed "$root/seeds/macron-europe-russia.txt" --prose "$root/Benchmarks/corpus-prose.txt" \
  --kilobytes "${1:-256}"
