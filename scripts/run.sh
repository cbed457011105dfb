#!/bin/sh
# Installs what is missing, builds Daicho and opens it. With no argument Daicho opens the
# default register in the user's data folder, creating it with a demo organisation on first run.
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${DAICHO_BUILD_DIR:-$ROOT/build}"

"$ROOT/scripts/deps.sh"
"$ROOT/scripts/build.sh"
exec "$BUILD/app/daicho" "$@"
