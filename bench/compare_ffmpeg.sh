#!/bin/sh
# Times ffmpeg reading the same 50,000-cue SRT/WebVTT files that subtitle_bench parses, and prints both.
# Usage: bench/compare_ffmpeg.sh [path/to/subtitle_bench]   (default: build-bench/bench/subtitle_bench)
set -eu
bench=${1:-build-bench/bench/subtitle_bench}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bench" --write-fixtures="$tmp"
echo "files: $(wc -c < "$tmp/big.srt") bytes (big.srt), $(wc -c < "$tmp/big.vtt") bytes (big.vtt), 50000 cues each"

best() { # best wall time in ms of 5 runs of "$@"
    b=""
    for _ in 1 2 3 4 5; do
        s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
        t=$(( (e - s) / 1000000 ))
        if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
    done
    echo "$b"
}
echo "ffmpeg -i big.srt -f srt -y /dev/null     : $(best ffmpeg -nostdin -v error -i "$tmp/big.srt" -f srt -y /dev/null) ms (best of 5, whole process)"
echo "ffmpeg -i big.vtt -f webvtt -y /dev/null  : $(best ffmpeg -nostdin -v error -i "$tmp/big.vtt" -f webvtt -y /dev/null) ms (best of 5, whole process)"
echo "ffmpeg process start-up alone (-version)  : $(best ffmpeg -version) ms"
"$bench" --benchmark_filter='Parse' --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
