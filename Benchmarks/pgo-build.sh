#!/usr/bin/env bash
# The release build with profile-guided optimization (README, "Release build"): builds `verbatim` with
# counters on every branch, runs it on text we wrote (the seed article and Benchmarks/pgo-training.txt,
# never the bench's prose or the evaluation data), and builds again with link-time optimization, the compiler laying out and
# inlining the code by those counts. The output is the same as any other build's.
#
# usage: Benchmarks/pgo-build.sh            .build/release/verbatim
#        Benchmarks/pgo-build.sh --bench    Benchmarks/.build/release/verbatim-bench, built the same way
#
# (The instrumented build and the profile go to .build/pgo. The profile is read at the LLVM level
# (`-ir-profile-use`): Swift's own `-profile-use` stops the 6.3 compiler on an assertion.)
set -euo pipefail
cd "$(dirname "$0")/.."
toolchain=$(dirname "$(readlink -f "$(command -v swift)")")
# The toolchain's own llvm-profdata: another LLVM's cannot read the counters this compiler writes.
profdata=$toolchain/llvm-profdata
runtime=$(ls "$toolchain"/../lib/clang/*/lib/linux/libclang_rt.profile-"$(uname -m)".a | head -n 1)
work=$PWD/.build/pgo
rm -rf "$work/raw"
mkdir -p "$work/raw"
# (Functions the training never reaches are reported one by one while the optimized build compiles.)
quiet() { grep -v -e "no profile data available for function" -e "warning: the use of \`mktemp'" || true; }

swift build -c release --static-swift-stdlib --product verbatim --scratch-path "$work/instrumented" \
  -Xswiftc -Xfrontend -Xswiftc -ir-profile-generate -Xlinker "$runtime" -Xlinker -u__llvm_profile_runtime 2>&1 | quiet
# (One job: the counters are not atomic. The counts still differ a little from run to run, probably
# from the entity lexicon loaded on a second thread, so a new profile is made, and all compiled, each time.)
LLVM_PROFILE_FILE="$work/raw/%p.profraw" "$work/instrumented/release/verbatim" annotate --jobs 1 \
  seeds/macron-europe-russia.txt Benchmarks/pgo-training.txt --published 2026-02-13 --format jsonl >/dev/null
"$profdata" merge -o "$work/merged.profdata" "$work"/raw/*.profraw
# Named by its contents: the build's flags then change with the profile, and SwiftPM, which does not
# look into the file, compiles again with a new one.
profile=$work/verbatim-$(md5sum < "$work/merged.profdata" | cut -c1-12).profdata
rm -f "$work"/verbatim-*.profdata
mv "$work/merged.profdata" "$profile"

flags=(-c release --static-swift-stdlib --experimental-lto-mode=full -Xswiftc -Xfrontend -Xswiftc "-ir-profile-use=$profile")
if [[ "${1:-}" == "--bench" ]]; then
  swift build "${flags[@]}" --package-path Benchmarks --product verbatim-bench 2>&1 | quiet
else
  swift build "${flags[@]}" --product verbatim 2>&1 | quiet
fi
