#!/bin/sh
# Installs, from Debian 12's packages, whatever Daicho needs to build, test and run that this
# machine does not have yet. Packages already present are skipped; nothing is asked.
set -eu

PACKAGES="
build-essential cmake ninja-build pkg-config git
qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6sql6-sqlite
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
libgl-dev libqt6opengl6-dev libxkbcommon-dev
libxlsxwriter-dev libzip-dev libexpat1-dev libsqlite3-dev libssl-dev
fonts-noto-cjk fonts-dejavu-core fonts-dejavu-extra poppler-utils
dpkg-dev desktop-file-utils appstream
"

# The test suite also proves that a real spreadsheet reads Daicho's CSV and XLSX exports, with
# LibreOffice Calc headless: only `scripts/test.sh` asks for it (--for-tests), never `run.sh`.
if [ "${1:-}" = "--for-tests" ]; then
    PACKAGES="$PACKAGES libreoffice-calc-nogui"
fi
# scripts/fuzz.sh builds with clang and links libFuzzer, which Debian ships in libclang-rt-14-dev (only
# recommended by clang, and recommendations are not installed here).
if [ "${1:-}" = "--for-fuzzing" ]; then
    PACKAGES="$PACKAGES clang libclang-rt-14-dev"
fi

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "Daicho: installing missing packages:$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "Daicho: these packages are missing and this user cannot install them:$missing" >&2
        echo "Daicho: run scripts/deps.sh as root, or ask the administrator to install them." >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
