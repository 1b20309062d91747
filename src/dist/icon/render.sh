#!/bin/sh
# Renders the icon's PNGs from kexue-reader.svg (needs rsvg-convert: apt-get install librsvg2-bin).
# The PNGs are committed: the build does not need rsvg. The window's icons go beside the ui classes.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
ui="$here/../../main/resources/kexuereader/ui"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$here/kexue-reader.svg" -o "$here/kexue-reader-$size.png"
done
for size in 16 32 48 256; do
  cp "$here/kexue-reader-$size.png" "$ui/icon-$size.png"
done
