#!/usr/bin/env bash
# Counts the instructions `verbatim annotate` spends in the pipeline and the JSON writer (callgrind),
# the figure BENCHMARKS.md compares builds by: the machine's speed swings do not reach it.
# usage: Benchmarks/instructions.sh INPUT [BUILD_DIR]   (INPUT: plain text, annotated as one document)
# Builds a release binary with DWARF 4 debug information (valgrind 3.19 reads no DWARF 5) into BUILD_DIR
# (default /tmp/verbatim-dwarf4) and prints callgrind's count; its profile is left in BUILD_DIR/callgrind.out.
set -euo pipefail
input=$1
build=${2:-/tmp/verbatim-dwarf4}
cd "$(dirname "$0")/.."
swift build -c release --product verbatim --scratch-path "$build" -Xswiftc -dwarf-version=4 -Xcc -gdwarf-4 >&2
# Pipeline.run, and the record streamed a piece at a time (AnnotationEncoder.write(_:style:pieceSize:to:)).
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$build/callgrind.out" --collect-atstart=no \
  --toggle-collect='$s12VerbatimCore8PipelineV3runyyAA8DocumentVzAA10StageErrorVYKF' \
  --toggle-collect='$s12VerbatimJSON17AnnotationEncoderV5write_5style9pieceSize2toy0A4Core8DocumentV_AA9JSONValueO5StyleOSiySRys5UInt8VGXEtF' \
  "$build/release/verbatim" annotate "$input" --published 2017-01-01 --format jsonl 2>&1 >/dev/null | grep "Collected"
