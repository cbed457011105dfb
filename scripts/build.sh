#!/bin/sh
# Configures and builds Daicho (Release) into build/ next to the sources.
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${DAICHO_BUILD_DIR:-$ROOT/build}"
JOBS="$(nproc 2>/dev/null || echo 2)"
mkdir -p "$BUILD"

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >"$BUILD/configure.log" 2>&1 || {
    cat "$BUILD/configure.log" >&2
    exit 1
}
cmake --build "$BUILD" -j "$JOBS"
