#!/bin/sh
# Builds Daicho and its whole test suite with AddressSanitizer and UndefinedBehaviorSanitizer (g++) in
# build-asan/ next to the sources, and runs every test there headless. Any leak, memory error or
# undefined behaviour fails the test it happens in. Extra arguments go to cmake's configure step.
# The last line printed is ctest's summary; the exit status is ctest's.
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${DAICHO_SANITIZE_BUILD_DIR:-$ROOT/build-asan}"
JOBS="$(nproc 2>/dev/null || echo 2)"

"$ROOT/scripts/deps.sh" --for-tests
mkdir -p "$BUILD"
# Line tables only (-g1): a report still names file and line, and the instrumented build takes 2.2 GB
# of disk instead of 4.7 (a CI machine once ran out of space linking it with full debug information).
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDAICHO_SANITIZE=ON \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" "$@" \
    >"$BUILD/configure.log" 2>&1 || {
    cat "$BUILD/configure.log" >&2
    exit 1
}
cmake --build "$BUILD" -j "$JOBS"

# Suppressions, for third-party frames only, each with why: none has been needed so far (Qt, fontconfig,
# ICU and SQLite ran the whole suite clean).
SUPP="$ROOT/tests/sanitizer"
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$SUPP/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$SUPP/ubsan.supp"
export QT_QPA_PLATFORM=offscreen
cd "$BUILD"
# "package" builds the Debian package from this build and runs what it installed: it tests packaging, not
# code, and packing the instrumented programs with their debug information outlasts its time limit.
exec ctest --output-on-failure -j "$JOBS" -E '^package$'

