#!/bin/sh
# Builds the libFuzzer harnesses of tests/fuzz with clang in build-fuzz/ next to the sources and runs
# each for SECONDS (default 20), under AddressSanitizer and UndefinedBehaviorSanitizer.
#   scripts/fuzz.sh [SECONDS] [HARNESS...]     e.g. scripts/fuzz.sh 600 fuzz_xlsx
# Each harness keeps its corpus in build-fuzz/fuzz/corpus/HARNESS (seeded from tests/data and the
# committed regressions, growing from run to run). A crash, leak, timeout or broken promise stops
# that harness, leaves the input in build-fuzz/fuzz/artifacts/ and makes the script fail.
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${DAICHO_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
JOBS="$(nproc 2>/dev/null || echo 2)"
SECS="${1:-20}"
[ $# -gt 0 ] && shift
HARNESSES="${*:-fuzz_csv fuzz_xlsx fuzz_xlsx_parts fuzz_date fuzz_import fuzz_submission fuzz_register fuzz_rowscanner}"

"$ROOT/scripts/deps.sh" --for-fuzzing
mkdir -p "$BUILD"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DDAICHO_FUZZ=ON -DDAICHO_BUILD_GUI=OFF -DDAICHO_BUILD_TESTS=OFF \
    ${DAICHO_FUZZ_CMAKE_ARGS:-} >"$BUILD/configure.log" 2>&1 || {
    cat "$BUILD/configure.log" >&2
    exit 1
}
# shellcheck disable=SC2086
cmake --build "$BUILD" -j "$JOBS" --target $HARNESSES

DATA="$ROOT/tests/data"
SEEDS="$ROOT/tests/fuzz/seeds"
seeds() {
    case "$1" in
    fuzz_csv) ls "$DATA"/exchange/*.csv "$DATA"/import/*.csv "$DATA"/export/*.csv "$DATA"/exchange/random.bin ;;
    fuzz_xlsx) ls "$DATA"/exchange/*.xlsx "$DATA"/import/*.xlsx "$DATA"/exchange/*.csv "$DATA"/exchange/*.ods ;;
    fuzz_xlsx_parts) ls "$SEEDS"/xlsx-parts/* ;;
    fuzz_date) ls "$SEEDS"/date/* ;;
    fuzz_import) ls "$DATA"/import/*.csv "$DATA"/export/*.csv "$DATA"/exchange/*.csv ;;
    fuzz_submission) ls "$SEEDS"/submission/* ;;
    fuzz_register) ls "$DATA"/register-v1.sqlite ;;
    fuzz_rowscanner) ls "$SEEDS"/rowscanner/* ;;
    esac
    if [ -d "$DATA/fuzz-regressions/$1" ]; then
        ls "$DATA/fuzz-regressions/$1"/*
    fi
}

export ASAN_OPTIONS="detect_leaks=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizer/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=""
for h in $HARNESSES; do
    corpus="$BUILD/fuzz/corpus/$h"
    artifacts="$BUILD/fuzz/artifacts/$h"
    mkdir -p "$corpus" "$artifacts"
    seeds "$h" | while read -r f; do cp -n "$f" "$corpus/" 2>/dev/null || true; done
    echo "== $h: $SECS s"
    if ! "$BUILD/tests/fuzz/$h" -max_total_time="$SECS" -timeout=30 -rss_limit_mb=2048 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" >"$BUILD/fuzz/$h.log" 2>&1; then
        tail -n 60 "$BUILD/fuzz/$h.log"
        echo "== $h FAILED: the input is in $artifacts/" >&2
        failed="$failed $h"
    else
        grep -E '^stat::number_of_executed_units|^Done' "$BUILD/fuzz/$h.log" | tr '\n' ' '
        echo
    fi
done
if [ -n "$failed" ]; then
    echo "Daicho: fuzzing found problems in:$failed" >&2
    exit 1
fi
echo "Daicho: every harness ran $SECS s without a finding."
