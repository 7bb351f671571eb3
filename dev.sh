#!/usr/bin/env bash
# Cairn developer entry point: installs what is missing, builds, then runs the player or the tests.
#   ./dev.sh run     build and open the player on the bundled sample tutorials
#   ./dev.sh test    build and run every test (this is what .ci/run calls)
#   ./dev.sh deps    only install the system packages
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${CAIRN_BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}

# Debian 12 / Ubuntu 22.04+ package names; README.md lists the dnf/brew/vcpkg equivalents.
BUILD_PKGS=(build-essential cmake ninja-build pkg-config ccache git
    qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libxkbcommon-dev
    libsqlite3-dev libuchardet-dev libicu-dev catch2
    libavformat-dev libavcodec-dev libavutil-dev libswscale-dev)
RUNTIME_PKGS=(libqt6sql6-sqlite qt6-translations-l10n
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-libav
    fonts-noto-core fonts-noto-cjk libgl1-mesa-dri)
TEST_PKGS=(xvfb xauth x11-utils xdotool imagemagick ffmpeg
    desktop-file-utils appstream lintian dpkg-dev file python3 python3-yaml rpm poppler-utils)

install_deps() {
    local want=("$@") missing=()
    command -v dpkg-query >/dev/null || { echo "dev.sh: not a Debian/Ubuntu system; install the packages listed in README.md" >&2; return 0; }
    for p in "${want[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "dev.sh: installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/cairn-ccache}
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$BUILD_DIR" -j "$JOBS"
}

case "${1:-}" in
deps)
    install_deps "${BUILD_PKGS[@]}" "${RUNTIME_PKGS[@]}" "${TEST_PKGS[@]}"
    ;;
run)
    shift
    install_deps "${BUILD_PKGS[@]}" "${RUNTIME_PKGS[@]}"
    configure_and_build
    # No library configured yet: the player opens the bundled sample pack by itself.
    exec "$BUILD_DIR/app/cairn" "$@"
    ;;
test)
    install_deps "${BUILD_PKGS[@]}" "${RUNTIME_PKGS[@]}" "${TEST_PKGS[@]}"
    configure_and_build -DCAIRN_BUILD_TESTS=ON
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    chmod 700 "$XDG_RUNTIME_DIR"
    # Widget and playback tests use a real X server (Xvfb) so that video output really renders.
    xvfb-run -a -s "-screen 0 1280x800x24" \
        ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error -j "$JOBS"
    ;;
*)
    sed -n '2,6p' "$0"
    exit 2
    ;;
esac
