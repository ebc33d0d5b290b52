#!/usr/bin/env bash
# Runs the libFuzzer target over the pipeline for SECONDS (default 1800) with the address sanitizer.
# usage: Benchmarks/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")"
swift build --product verbatim-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
mkdir -p fuzz-findings fuzz-work
binary=$(swift build --product verbatim-fuzz -Xswiftc -sanitize=fuzzer,address --show-bin-path)/verbatim-fuzz
# The lexicons travel next to the binary; libFuzzer's working folder is this one.
# fuzz.dict holds words of reported speech, so that mutations also build sentences of them.
exec "$binary" -max_total_time="${1:-1800}" -timeout=20 -rss_limit_mb=4096 -max_len=65536 -dict=fuzz.dict \
  -artifact_prefix=fuzz-findings/ fuzz-work fuzz-corpus
