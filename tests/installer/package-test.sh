#!/bin/sh
# Builds the .deb from a configured and built tree, checks its control fields and contents, unpacks it
# into a scratch root (no root rights needed) and runs the installed programs there; validates the
# desktop entry and the AppStream metadata. Every failed step fails the test.
# Usage: package-test.sh BUILD_DIR CPACK VERSION APP_ID
set -eu
[ $# -eq 4 ] || { echo "usage: $0 BUILD_DIR CPACK VERSION APP_ID" >&2; exit 2; }
BUILD="$1"
CPACK="$2"
VERSION="$3"
APP_ID="$4"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/daicho-package.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
trap 'exit 1' INT TERM
fail() {
    echo "package-test: FAIL: $*" >&2
    exit 1
}
step() { echo "package-test: $*"; }

for tool in dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli gzip; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (scripts/deps.sh installs it)"
done

step "cpack -G DEB from $BUILD"
"$CPACK" -G DEB --config "$BUILD/CPackConfig.cmake" -B "$WORK/out" >"$WORK/cpack.log" 2>&1 || {
    cat "$WORK/cpack.log" >&2
    fail "cpack did not build the package"
}
DEB="$WORK/out/daicho_${VERSION}_$(dpkg --print-architecture).deb"
[ -f "$DEB" ] || fail "no $(basename "$DEB") in: $(ls "$WORK/out")"
step "built $(basename "$DEB") ($(wc -c <"$DEB") bytes)"

# Control fields, as dpkg-deb -I shows them.
dpkg-deb -I "$DEB" >"$WORK/info" || fail "dpkg-deb -I cannot read the package"
field() { sed -n "s/^ $1: //p" "$WORK/info"; }
[ "$(field Package)" = daicho ] || fail "Package is '$(field Package)', not daicho"
[ "$(field Version)" = "$VERSION" ] || fail "Version is '$(field Version)', not $VERSION"
DEPENDS="$(field Depends)"
[ -n "$DEPENDS" ] || fail "no Depends field"
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6-sqlite fonts-noto-cjk qt6-translations-l10n; do
    printf ', %s,' "$DEPENDS" | grep -Eq ", *$dep( \([^)]*\))?," || fail "Depends lacks $dep: $DEPENDS"
done
step "Depends: $DEPENDS"

# Contents.
dpkg-deb -c "$DEB" | awk '{print $NF}' >"$WORK/contents" || fail "dpkg-deb -c cannot list the package"
for path in \
    usr/bin/daicho usr/bin/daicho-cli \
    "usr/share/applications/$APP_ID.desktop" \
    "usr/share/metainfo/$APP_ID.metainfo.xml" \
    usr/share/man/man1/daicho-cli.1.gz usr/share/man/man1/daicho.1.gz \
    usr/share/doc/daicho/copyright \
    "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
    "usr/share/icons/hicolor/16x16/apps/$APP_ID.png" \
    "usr/share/icons/hicolor/32x32/apps/$APP_ID.png" \
    "usr/share/icons/hicolor/48x48/apps/$APP_ID.png" \
    "usr/share/icons/hicolor/64x64/apps/$APP_ID.png" \
    "usr/share/icons/hicolor/128x128/apps/$APP_ID.png" \
    "usr/share/icons/hicolor/256x256/apps/$APP_ID.png"; do
    grep -qx "\./$path" "$WORK/contents" || fail "the package lacks /$path"
done

# The installed files, run from a clean root.
ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT" || fail "dpkg-deb -x failed"
CLI="$ROOT/usr/bin/daicho-cli"
[ -x "$CLI" ] || fail "the installed daicho-cli is not executable"

out="$("$CLI" --version)" || fail "daicho-cli --version exited with $?"
[ "$out" = "daicho-cli $VERSION" ] || fail "daicho-cli --version says '$out', expected 'daicho-cli $VERSION'"
out="$("$ROOT/usr/bin/daicho" --version)" || fail "daicho --version exited with $?"
[ "$out" = "daicho $VERSION" ] || fail "daicho --version says '$out', expected 'daicho $VERSION'"
step "both programs report version $VERSION"

# The Japanese translation is embedded in the program, not installed beside it.
"$CLI" --lang ja --help >"$WORK/help-ja" || fail "daicho-cli --lang ja --help exited with $?"
grep -q '使い方' "$WORK/help-ja" || fail "daicho-cli --lang ja --help is not in Japanese"

REG="$WORK/register.sqlite"
"$CLI" --user package-test init "$REG" --profile generic >"$WORK/init.out" || fail "daicho-cli init exited with $?"
"$CLI" --user package-test demo "$REG" --assets 12 --seed 5 >"$WORK/demo.out" || fail "daicho-cli demo exited with $?"
"$CLI" stats "$REG" >"$WORK/stats.out" || fail "daicho-cli stats exited with $?"
grep -Eq ': [1-9][0-9]* asset' "$WORK/stats.out" || fail "daicho-cli stats counted no assets: $(cat "$WORK/stats.out")"
"$CLI" stats "$REG" --by c --format json >"$WORK/stats.json" || fail "daicho-cli stats --format json exited with $?"
grep -Eq '"assets": [1-9]' "$WORK/stats.json" || fail "daicho-cli stats --format json counted no assets"
step "init, demo and stats ran from the installed files: $(head -n 1 "$WORK/stats.out")"

# Manual pages: compressed, and carrying this version.
for page in daicho-cli daicho; do
    man="$ROOT/usr/share/man/man1/$page.1.gz"
    gzip -t "$man" || fail "$page.1.gz is not valid gzip"
    gzip -dc "$man" | grep -q "^\.TH [A-Z-]* 1 .*\"Daicho $VERSION\"" || fail "$page.1 does not name version $VERSION"
done

# Desktop entry and AppStream metadata.
desktop-file-validate "$ROOT/usr/share/applications/$APP_ID.desktop" >"$WORK/desktop.log" 2>&1 || {
    cat "$WORK/desktop.log" >&2
    fail "desktop-file-validate rejected the desktop entry"
}
META="$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml"
appstreamcli validate --no-net "$META" >"$WORK/appstream.log" 2>&1 || {
    cat "$WORK/appstream.log" >&2
    fail "appstreamcli validate rejected the metainfo"
}
grep -q "<release version=\"$VERSION\"" "$META" || fail "the metainfo has no release entry for $VERSION"
step "desktop entry and metainfo valid"

echo "package-test: OK"
