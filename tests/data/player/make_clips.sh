#!/bin/sh
# Regenerates the player fixtures (ffmpeg 5.1 on Debian 12): two short H.264/AAC lessons of one "series" with
# sidecar subtitles in four languages, named the way downloads name them. Cues stay inside the 6 s clip.
# Run from anywhere: sh tests/data/player/make_clips.sh
set -eu
cd "$(dirname "$0")"
FF="ffmpeg -y -v error -nostdin"
for n in 1 2; do
    freq=$((330 + 110 * n))
    $FF -f lavfi -i "testsrc=duration=6:size=320x180:rate=15" -f lavfi -i "sine=frequency=$freq:duration=6:sample_rate=24000" \
        -c:v libx264 -preset veryslow -crf 35 -pix_fmt yuv420p -g 15 -c:a aac -b:a 24k -ac 1 -shortest \
        -movflags +faststart -metadata title="Lesson $n" "lesson-$n.mp4"
done
