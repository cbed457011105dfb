#!/bin/sh
# Installs what is missing, builds Daicho and runs the whole test suite headless.
# The last line printed is ctest's summary; the exit status is ctest's.
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${DAICHO_BUILD_DIR:-$ROOT/build}"

"$ROOT/scripts/deps.sh" --for-tests
"$ROOT/scripts/build.sh"

export QT_QPA_PLATFORM=offscreen
cd "$BUILD"
exec ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" "$@"
