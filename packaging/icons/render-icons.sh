#!/bin/sh
# Renders the committed icon files from org.cairn.Cairn.svg (run after editing the SVG, then commit the results):
#   hicolor/<N>x<N>/org.cairn.Cairn.png  (Linux: deb, rpm, Flatpak, AppImage)
#   cairn.ico                            (Windows: exe resource, NSIS, WiX)
#   cairn.icns                           (macOS bundle)
# Needs rsvg-convert (Debian: librsvg2-bin) and python3. The PNGs are committed rather than rendered at build
# time so that no packager needs librsvg, and so that the Windows and macOS builds get the same pixels.
set -eu
cd "$(dirname "$0")"
SVG=org.cairn.Cairn.svg
for n in 16 22 24 32 48 64 128 256 512 1024; do
    mkdir -p "hicolor/${n}x${n}"
    rsvg-convert -w "$n" -h "$n" "$SVG" -o "hicolor/${n}x${n}/org.cairn.Cairn.png"
done
# 1024 is only an ICNS source; hicolor stops at 512.
python3 - <<'PY'
import struct, pathlib
def png(n):
    return pathlib.Path(f"hicolor/{n}x{n}/org.cairn.Cairn.png").read_bytes()
# ICO with PNG payloads (supported since Windows Vista).
sizes = [16, 24, 32, 48, 64, 128, 256]
data = [png(n) for n in sizes]
out = bytearray(struct.pack("<HHH", 0, 1, len(sizes)))
offset = 6 + 16 * len(sizes)
for n, d in zip(sizes, data):
    out += struct.pack("<BBBBHHII", n % 256, n % 256, 0, 0, 1, 32, len(d), offset)
    offset += len(d)
for d in data:
    out += d
pathlib.Path("cairn.ico").write_bytes(bytes(out))
# ICNS with PNG payloads: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x).
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(n))) + png(n) for t, n in types)
pathlib.Path("cairn.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
rm -r hicolor/1024x1024
