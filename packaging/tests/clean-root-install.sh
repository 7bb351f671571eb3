#!/bin/sh
# Installs the Cairn .deb into a clean Debian 12 root, the way an installer does on a stock machine, and checks
# that the installed files work: `cairn-cli --version`, a scan and a verify of the installed sample pack as an
# ordinary user, the player on a video under Xvfb (screenshot kept), and a clean purge.
#
#   clean-root-install.sh BUILD_DIR          build the .deb from BUILD_DIR with cpack (staged outside BUILD_DIR)
#   clean-root-install.sh path/to/cairn.deb  use that package
#
# Needs root, debootstrap, chroot, mount, Xvfb and the Debian mirror that apt uses on this machine.
# Environment:
#   CAIRN_CLEAN_ROOT_CACHE  base system tarball and downloaded .debs, reused between runs
#                           (default /var/tmp/cairn-clean-root-cache; delete it for a cold run)
#   CAIRN_DEBIAN_MIRROR     mirror URL (default: the first bookworm URI in /etc/apt/sources.list(.d))
#   CAIRN_KEEP_ROOT=1       keep the root folder afterwards for inspection
#   CAIRN_SCREENSHOT_DIR    where the player screenshots go (default /var/tmp)
# Exit status: 0 passed, 1 failed, 77 skipped (not root, or a tool is missing).
set -eu

say() { printf '%s\n' "clean-root: $*"; }
fail() { say "FAIL: $*"; exit 1; }                 # the rest cannot run
failed=0
problem() { say "FAIL: $*"; failed=1; }           # recorded; the remaining checks still run
skip() { say "SKIP: $*"; exit 77; }
now() { date +%s; }

[ $# -eq 1 ] || { sed -n '2,18p' "$0"; exit 2; }
[ "$(id -u)" -eq 0 ] || skip "needs root (debootstrap, chroot, mount)"
for tool in debootstrap chroot mount umount Xvfb dpkg-deb; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed (apt-get install debootstrap xvfb dpkg)"
done

t0=$(now)
cache=${CAIRN_CLEAN_ROOT_CACHE:-/var/tmp/cairn-clean-root-cache}
work=$(mktemp -d "${TMPDIR:-/var/tmp}/cairn-clean-root.XXXXXX")
root="$work/root"
mkdir -p "$cache/archives/partial" "$root"
mounts=""
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    for m in $mounts; do umount -l "$m" 2>/dev/null || true; done
    # umount -l has detached every mount from the tree already, so rm -rf cannot reach the host's /dev.
    if [ "${CAIRN_KEEP_ROOT:-0}" = 1 ]; then
        say "root and logs kept in $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT INT TERM

# --- The package ------------------------------------------------------------------------------------------------
if [ -d "$1" ]; then
    cpack -G DEB --config "$1/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1 ||
        { cat "$work/cpack.log"; fail "cpack failed"; }
    deb=$(ls "$work"/pkg/*.deb)
else
    deb=$1
fi
[ -f "$deb" ] || fail "no package at $deb"
version=$(dpkg-deb --field "$deb" Version)
has_player=no
dpkg-deb --contents "$deb" 2>/dev/null | grep -q '\./usr/bin/cairn$' && has_player=yes
say "package $(basename "$deb") (version $version, player: $has_player)"

# --- A clean Debian 12 root -------------------------------------------------------------------------------------
mirror=${CAIRN_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
    mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
        awk '/^URIs:/ { uri = $2 } /^Suites:/ && / bookworm( |$)/ && uri { print uri; exit }')
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    mirror=$(awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }' /etc/apt/sources.list)
fi
mirror=${mirror:-http://deb.debian.org/debian}

base="$cache/base-bookworm-minbase.tar"
t=$(now)
if [ -f "$base" ]; then
    tar -C "$root" -xf "$base"
    say "base system from cache ($(($(now) - t)) s)"
else
    say "debootstrap --variant=minbase bookworm from $mirror"
    debootstrap --variant=minbase --cache-dir="$cache/archives" bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
        { tail -30 "$work/debootstrap.log"; fail "debootstrap failed"; }
    tar -C "$root" -cf "$base.tmp" . && mv "$base.tmp" "$base"
    say "debootstrap done ($(($(now) - t)) s)"
fi

# The same archive as this machine (with updates and security when it has them), so the root is a stock,
# up-to-date Debian 12.
if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1 && grep -qs 'debian' /etc/apt/sources.list.d/*.sources; then
    for f in /etc/apt/sources.list.d/*.sources; do
        grep -q 'debian' "$f" && cp "$f" "$root/etc/apt/sources.list.d/"
    done
    : >"$root/etc/apt/sources.list"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc" && mounts="$root/proc $mounts"
mount --bind /dev "$root/dev" && mounts="$root/dev $mounts"
mount --bind "$cache/archives" "$root/var/cache/apt/archives" && mounts="$root/var/cache/apt/archives $mounts"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
as_user() {
    chroot --userspec=learner:learner "$root" env -i PATH=/usr/bin:/bin HOME=/home/learner LANG=C.UTF-8 \
        XDG_RUNTIME_DIR=/tmp/learner-runtime "$@"
}

# --- Install as an installer would: apt installs the package with its Depends and Recommends ---------------------
t=$(now)
cp "$deb" "$root/tmp/cairn.deb"
in_root apt-get update -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get update failed"; }
in_root apt-get install -y -q /tmp/cairn.deb >>"$work/apt.log" 2>&1 || { tail -40 "$work/apt.log"; fail "apt-get install ./cairn.deb failed"; }
say "apt-get install ./$(basename "$deb") with Depends and Recommends: ok ($(($(now) - t)) s," \
    "$(grep -c '^Setting up' "$work/apt.log") packages set up)"
in_root dpkg-query -W -f '${Status}\n' cairn | grep -q 'install ok installed' || fail "cairn is not installed"
in_root useradd --create-home --shell /bin/sh learner
mkdir -p "$root/tmp/learner-runtime" && in_root chown learner:learner /tmp/learner-runtime && chmod 700 "$root/tmp/learner-runtime"

# --- cairn-cli from the installed files, as an ordinary user -----------------------------------------------------
# Runs one command in the root, prints its output indented, and records a problem when it exits non-zero.
run_check() {
    label=$1
    shift
    if "$@" >"$work/step.log" 2>&1; then
        say "$label: ok"
    else
        problem "$label exited $?"
    fi
    sed 's/^/    /' "$work/step.log" | head -15
}
out=$(as_user cairn-cli --version 2>&1) || problem "cairn-cli --version exited $?: $out"
case "$out" in *"$version"*) say "cairn-cli --version: $out" ;; *) problem "cairn-cli --version printed '$out', not $version" ;; esac
run_check "cairn-cli scan /usr/share/cairn/sample (user)" as_user cairn-cli scan /usr/share/cairn/sample
run_check "cairn-cli list (user)" as_user cairn-cli list
run_check "cairn-cli verify /usr/share/cairn/sample (user)" as_user cairn-cli verify /usr/share/cairn/sample
[ -f "$root/home/learner/.local/share/cairn/index.sqlite" ] && say "per-user index at ~learner/.local/share/cairn/index.sqlite"
# The installer's pre-indexing of a system-wide library (root, explicit database).
mkdir -p "$root/var/lib/cairn"
run_check "cairn-cli scan --system --db /var/lib/cairn/system-index.sqlite (root)" \
    in_root cairn-cli scan --system --db /var/lib/cairn/system-index.sqlite /usr/share/cairn/sample
for f in system-index.sqlite system-index.sqlite-cues2; do
    [ -f "$root/var/lib/cairn/$f" ] || problem "the system index left no /var/lib/cairn/$f"
done

# --- The player under Xvfb, from the installed files -------------------------------------------------------------
if [ "$has_player" = yes ]; then
    # Xvfb runs on this machine and picks a free display itself (-displayfd). The player in the root reaches it
    # through the abstract socket @/tmp/.X11-unix/X<n>, which a chroot shares (same network namespace).
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    i=0
    while [ ! -s "$work/display" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    n=$(cat "$work/display")
    [ -n "$n" ] || { cat "$work/xvfb.log"; fail "Xvfb did not start"; }
    video="/usr/share/cairn/sample/01 What is a learning city.mp4"
    [ -f "$root$video" ] || video=""
    shots=${CAIRN_SCREENSHOT_DIR:-/var/tmp}
    # Default subtitles, then Arabic and Chinese: the screenshots show whether the recommended Noto fonts render
    # them (no empty boxes) in a stock installation.
    for lang in default ar zh-Hans; do
        subs=""
        [ "$lang" = default ] || subs="--subtitles=$lang"
        as_user env DISPLAY=":$n" GST_PLUGIN_FEATURE_RANK=fakeaudiosink:MAX cairn $subs ${video:+"$video"} \
            >"$work/player-$lang.log" 2>&1 &
        player_pid=$!
        sleep 7
        if ! kill -0 "$player_pid" 2>/dev/null; then
            wait "$player_pid" || true
            cat "$work/player-$lang.log"
            problem "the player ($lang subtitles) exited within 7 s"
            continue
        fi
        if command -v ffmpeg >/dev/null 2>&1; then
            shot="$shots/cairn-clean-root-player-$lang.png"
            ffmpeg -loglevel error -y -f x11grab -video_size 1280x800 -i ":$n" -frames:v 1 "$shot" 2>/dev/null &&
                say "screenshot ($lang subtitles): $shot"
        fi
        kill "$player_pid" 2>/dev/null || true
        wait "$player_pid" 2>/dev/null || true
        # Missing GStreamer elements or Qt plugins are what a wrong Depends line looks like at run time.
        if grep -Ei 'could not (find|load) the qt platform plugin|no decoder available|missing (a )?plug-?in|cannot load library' \
            "$work/player-$lang.log"; then
            problem "the player ($lang subtitles) reported missing plugins"
        else
            say "player ($lang subtitles) ran 7 s under Xvfb without missing plugins"
        fi
        sed 's/^/    /' "$work/player-$lang.log" | head -10
    done
    kill "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
else
    say "no player in this package (CLI-only build): player check skipped"
fi

# --- Removal leaves nothing of the package behind -----------------------------------------------------------------
in_root dpkg --purge cairn >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; problem "dpkg --purge cairn failed"; }
[ ! -e "$root/usr/bin/cairn-cli" ] && [ ! -e "$root/usr/share/cairn/sample" ] || problem "files left after purge"
say "dpkg --purge cairn: ok"

if [ "$failed" -ne 0 ]; then
    say "FAILED in $(($(now) - t0)) s"
    exit 1
fi
say "PASSED in $(($(now) - t0)) s"
