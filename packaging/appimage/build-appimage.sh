#!/bin/sh
# Builds Cairn-<version>-x86_64.AppImage with linuxdeploy and its Qt and GStreamer plugins.
#   packaging/appimage/build-appimage.sh [BUILD_DIR]      (default: build-appimage)
# Needs, on PATH or in $LINUXDEPLOY_DIR: linuxdeploy-x86_64.AppImage, linuxdeploy-plugin-qt-x86_64.AppImage and
# linuxdeploy-plugin-gstreamer.sh (from the linuxdeploy project's releases; this script downloads nothing).
# Build on the oldest distribution the AppImage must run on (glibc is not bundled): Debian 12 covers Debian 12+,
# Ubuntu 23.04+ and Fedora 38+. Build packages: the list in dev.sh, plus qt6-base-dev-tools (qmake6).
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$src/build-appimage"}
appdir="$build/AppDir"
tools=${LINUXDEPLOY_DIR:-}

find_tool() {
    if [ -n "$tools" ] && [ -x "$tools/$1" ]; then echo "$tools/$1"; return; fi
    command -v "$1" || { echo "build-appimage: $1 not found (set LINUXDEPLOY_DIR)" >&2; exit 1; }
}
linuxdeploy=$(find_tool linuxdeploy-x86_64.AppImage)
find_tool linuxdeploy-plugin-qt-x86_64.AppImage >/dev/null
find_tool linuxdeploy-plugin-gstreamer.sh >/dev/null
[ -n "$tools" ] && PATH="$tools:$PATH"

cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DCAIRN_BUILD_TESTS=OFF
cmake --build "$build"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build" --strip

# The version comes from project(VERSION), as CMake recorded it.
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
app_id=org.cairn.Cairn

export QMAKE=${QMAKE:-/usr/lib/qt6/bin/qmake6}
export LINUXDEPLOY_OUTPUT_VERSION="$version"
export OUTPUT="Cairn-$version-x86_64.AppImage"
# Qt Multimedia's GStreamer backend: bundle the GStreamer plugins the .deb depends on (base, good, libav).
export GSTREAMER_INCLUDE_BAD_PLUGINS=1
export GSTREAMER_PLUGINS_DIR=${GSTREAMER_PLUGINS_DIR:-/usr/lib/x86_64-linux-gnu/gstreamer-1.0}
export GSTREAMER_HELPERS_DIR=${GSTREAMER_HELPERS_DIR:-/usr/lib/x86_64-linux-gnu/gstreamer1.0/gstreamer-1.0}
# Wayland as well as xcb; the multimedia plugins come with Qt6Multimedia automatically.
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so;libqwayland-egl.so"

cd "$build"
"$linuxdeploy" --appdir "$appdir" \
    --desktop-file "$appdir/usr/share/applications/$app_id.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    --executable "$appdir/usr/bin/cairn" \
    --executable "$appdir/usr/bin/cairn-cli" \
    --plugin qt --plugin gstreamer \
    --output appimage
echo "build-appimage: $build/$OUTPUT"
