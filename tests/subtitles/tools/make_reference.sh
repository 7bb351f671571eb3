#!/bin/sh
# Regenerates the golden reference JSON in tests/data/subtitles/reference/ from independent parsers:
#   .vtt  -> Mozilla's vtt.js (npm, installed into a temporary directory, never committed)
#   .srt  -> ffmpeg (`ffmpeg -i x.srt -f srt -`, re-encoded SRT turned into JSON by srt_reference.py)
# The Catch2 test reference_test.cpp compares parseSubtitleFile with these files.
# Needs: node + npm (registry reachable), ffmpeg, python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=$(cd "$here/../../data/subtitles" && pwd)
out="$data/reference"
mkdir -p "$out"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm install --no-audit --no-fund --silent vtt.js@0.13.0 >/dev/null)

for f in "$data"/*.vtt; do
    name=$(basename "$f")
    NODE_PATH="$tmp/node_modules" node "$here/vttjs_reference.js" "$f" > "$out/$name.json"
    echo "vtt.js  $name"
done

ffv=$(ffmpeg -version | head -n1 | cut -d' ' -f1-3)
for f in "$data"/*.srt; do
    name=$(basename "$f")
    case "$name" in
        junk-binary.srt|empty.srt) continue ;; # ffmpeg refuses both; the unit tests cover them
    esac
    # ffmpeg does not detect legacy code pages; tell it what the fixture name says (iconv names).
    case "$name" in
        cp1256-*) enc="-sub_charenc CP1256" ;;
        gb18030-*) enc="-sub_charenc GB18030" ;;
        big5-*) enc="-sub_charenc BIG5" ;;
        windows-1251-*) enc="-sub_charenc CP1251" ;;
        koi8r-*) enc="-sub_charenc KOI8-R" ;;
        cp1252-*) enc="-sub_charenc CP1252" ;;
        iso8859-1-*) enc="-sub_charenc ISO-8859-1" ;;
        *) enc="" ;;
    esac
    # shellcheck disable=SC2086
    if ffmpeg -v error -nostdin $enc -i "$f" -f srt - 2>/dev/null > "$tmp/out.srt"; then
        python3 "$here/srt_reference.py" "$ffv" < "$tmp/out.srt" > "$out/$name.json"
        echo "ffmpeg  $name"
    else
        echo "ffmpeg  $name: refused by ffmpeg, no reference" >&2
    fi
done
