#!/usr/bin/env bash
# Regenerates every icon from the one drawing, assets/icons/market-chats.svg, and is run by hand after
# the drawing changes (the outputs are committed, so builds need none of these tools):
#   apt-get install -y librsvg2-bin imagemagick icnsutils && assets/tools/make-icons.sh
# Outputs: the PNG set (window icons, packed into the app's jar by the pom), the Linux package icon,
# the Windows .ico and the macOS .icns that jpackage takes from installer/.
set -euo pipefail
cd "$(dirname "$0")/../.."
svg=assets/icons/market-chats.svg
png=assets/icons/png
mkdir -p "$png"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$png/market-chats-$size.png"
done
cp "$png/market-chats-256.png" installer/linux/market-chats.png
convert "$png"/market-chats-{16,24,32,48,64,256}.png installer/windows/market-chats.ico
png2icns installer/mac/market-chats.icns "$png"/market-chats-{16,32,128,256,512}.png >/dev/null
ls -l "$png" installer/linux/market-chats.png installer/windows/market-chats.ico installer/mac/market-chats.icns
