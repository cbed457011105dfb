#!/bin/sh
# Renders Daicho's icon from its SVG into the PNG sizes the hicolor theme expects, and the Windows .ico.
# Run it after changing the SVG and commit the results: the build only copies them, so building Daicho
# needs no image tools. Needs rsvg-convert (Debian: librsvg2-bin); the .ico also needs ImageMagick's
# convert (Debian: imagemagick) and is skipped without it.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
ID="invalid.example.Daicho"
SVG="$HERE/$ID.svg"
ICO="$HERE/../windows/daicho.ico"

command -v rsvg-convert >/dev/null 2>&1 || {
    echo "make-icons.sh: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2
    exit 1
}

for size in 16 32 48 64 128 256; do
    dir="$HERE/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png --output "$dir/$ID.png" "$SVG"
done

if command -v convert >/dev/null 2>&1; then
    # -strip keeps the file free of timestamps, so re-running changes nothing when the SVG did not change.
    convert -strip \
        "$HERE/icons/hicolor/16x16/apps/$ID.png" "$HERE/icons/hicolor/32x32/apps/$ID.png" \
        "$HERE/icons/hicolor/48x48/apps/$ID.png" "$HERE/icons/hicolor/256x256/apps/$ID.png" \
        "$ICO"
else
    echo "make-icons.sh: ImageMagick's convert is missing; $ICO was not refreshed" >&2
fi
