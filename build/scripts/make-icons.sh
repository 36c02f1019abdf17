#!/usr/bin/env bash
# Draws the Powermap icon (a small relationship map: a crowned top decision-maker linked to allies
# and a supporter) with ImageMagick, then the sizes electron-builder expects. Run from the repo root.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v convert >/dev/null || { echo "make-icons: ImageMagick's convert is required" >&2; exit 1; }

S=1024
convert -size ${S}x${S} xc:none \
  -fill '#1f3a5f' -draw "roundrectangle 48,48 976,976 200,200" \
  -stroke '#e8eef6' -strokewidth 34 -fill none \
  -draw "line 512,330 282,650" -draw "line 512,330 742,650" -draw "line 512,330 512,760" \
  -draw "line 282,650 512,760" \
  -stroke '#1f3a5f' -strokewidth 22 \
  -fill '#1a9850' -draw "circle 282,650 282,742" \
  -fill '#1a9850' -draw "circle 742,650 742,742" \
  -fill '#91cf60' -draw "circle 512,760 512,840" \
  -fill '#ffffff' -stroke '#0f2238' -strokewidth 30 -draw "circle 512,330 512,460" \
  -stroke none -fill '#f2b705' -draw "polygon 420,228 452,140 490,200 512,120 534,200 572,140 604,228" \
  build/icon.png

mkdir -p build/icons
for n in 16 24 32 48 64 128 256 512 1024; do
  convert build/icon.png -filter Lanczos -resize ${n}x${n} "build/icons/${n}x${n}.png"
done
convert build/icons/16x16.png build/icons/24x24.png build/icons/32x32.png build/icons/48x48.png \
  build/icons/64x64.png build/icons/128x128.png build/icons/256x256.png build/icon.ico
echo "make-icons: wrote build/icon.png, build/icon.ico, build/icons/*.png"
