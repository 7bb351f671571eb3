#!/bin/sh
# Builds the .deb of an existing build tree into its own staging folder, checks that it holds what an installer
# needs, and runs lintian on it (no errors, no warnings). Run by ctest as packaging.deb-lintian.
#   deb-lintian.sh BUILD_DIR STAGING_DIR [app|cli] [CPACK]
# STAGING_DIR is wiped first; it must not be the build dir, where `cpack` by hand writes its own packages.
set -eu
build=$1
staging=$2
kind=${3:-app}
cpack=${4:-cpack}

rm -rf "$staging"
mkdir -p "$staging"
start=$(date +%s)
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$staging" >"$staging/cpack.log" 2>&1; then
    cat "$staging/cpack.log"
    exit 1
fi
deb=$(ls "$staging"/*.deb)
echo "package: $deb ($(($(date +%s) - start)) s)"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends
dpkg-deb --contents "$deb" | sed 's/^.* \.\//\//' >"$staging/contents.txt"

fail=0
want() {
    grep -qx "$1" "$staging/contents.txt" || { echo "FAIL: the package lacks $1"; fail=1; }
}
want /usr/bin/cairn-cli
want /usr/share/doc/cairn/copyright
want /usr/share/doc/cairn/changelog.gz
want /usr/share/doc/cairn/cairn.conf.example
want /usr/share/man/man1/cairn-cli.1.gz
want /usr/share/cairn/sample/cairn.json
if [ "$kind" = app ]; then
    want /usr/bin/cairn
    want /usr/share/man/man1/cairn.1.gz
    want /usr/share/applications/org.cairn.Cairn.desktop
    want /usr/share/metainfo/org.cairn.Cairn.metainfo.xml
    want /usr/share/icons/hicolor/scalable/apps/org.cairn.Cairn.svg
    for n in 16 22 24 32 48 64 128 256 512; do
        want "/usr/share/icons/hicolor/${n}x${n}/apps/org.cairn.Cairn.png"
    done
    # Plugins loaded with dlopen() that dpkg-shlibdeps cannot see.
    depends=$(dpkg-deb --field "$deb" Depends)
    for p in gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav; do
        case "$depends" in *"$p"*) ;; *) echo "FAIL: Depends lacks $p"; fail=1 ;; esac
    done
    recommends=$(dpkg-deb --field "$deb" Recommends)
    for p in fonts-noto-core fonts-noto-cjk qt6-translations-l10n; do
        case "$recommends" in *"$p"*) ;; *) echo "FAIL: Recommends lacks $p"; fail=1 ;; esac
    done
fi

start=$(date +%s)
# --fail-on error,warning: a warning fails the test as well (pedantic and info tags do not).
if ! lintian --fail-on error,warning --tag-display-limit 0 --display-info "$deb"; then
    echo "FAIL: lintian reported errors or warnings"
    fail=1
fi
echo "lintian: $(($(date +%s) - start)) s"
exit $fail
