#!/usr/bin/env bash
# Cairn's benchmark suite: prints figures, never pass/fail. See docs/performance.md for what each row means.
#
#   bench/run_benchmarks.sh [N ...]          default: 100 1000  (10000 works too: ~3 GB of subtitles, ~4.5 GB index)
#
# Environment:
#   CAIRN_BENCH_BUILD   build dir (default: <repo>/build-bench), configured with -DCAIRN_BUILD_BENCH=ON
#   CAIRN_BENCH_TMP     where libraries and indexes go (default: a new /tmp/cairn-bench.XXXXXX; never the repo)
#   CAIRN_BENCH_KEEP=1  keep CAIRN_BENCH_TMP afterwards (and reuse libraries already generated there)
#   CAIRN_BENCH_PYTHON="1000"  also time the Python + FTS5 reference load (bench/py_fts5_load.py, unicode61) for
#                       these N (it takes ~25 s of CPU per 1,000 tutorials)
#   CAIRN_BENCH_PLAYERS=1  also time start-up to a usable window and launch to first video frame for Cairn (GStreamer
#                       and FFmpeg backends), mpv and VLC under a private Xvfb (bench/first_frame.py), with the index of
#                       the largest N as Cairn's library; the player is CAIRN_BENCH_APP (default: <repo>/build/app/cairn,
#                       build it first). CAIRN_BENCH_PLAYER_RUNS (default 10), CAIRN_BENCH_AUDIO (off | null-sink)
# Needs: cmake, ninja, python3, hyperfine, ripgrep, grep, /usr/bin/time (apt-get install -y hyperfine ripgrep time).
#   With CAIRN_BENCH_PLAYERS=1 also: xvfb ffmpeg python3-xlib mpv vlc (pulseaudio for CAIRN_BENCH_AUDIO=null-sink);
#   these are the benchmark's needs only, not the build's.
# Results (raw JSON and the table) go to <repo>/bench/results/<date>/ (git-ignored).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${CAIRN_BENCH_BUILD:-$REPO/build-bench}
WORK=${CAIRN_BENCH_TMP:-$(mktemp -d /tmp/cairn-bench.XXXXXX)}
OUT=$REPO/bench/results/$(date +%Y%m%d-%H%M%S)
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(100 1000)
mkdir -p "$WORK" "$OUT"
case "$WORK" in "$REPO"/*) echo "CAIRN_BENCH_TMP must be outside the repository" >&2; exit 2 ;; esac
if [ -z "${CAIRN_BENCH_KEEP:-}" ] && [ -z "${CAIRN_BENCH_TMP:-}" ]; then trap 'rm -rf "$WORK"' EXIT; fi

for tool in hyperfine rg /usr/bin/time python3; do
    command -v "$tool" > /dev/null || { echo "missing $tool (apt-get install -y hyperfine ripgrep time)" >&2; exit 2; }
done

echo "== build ($BUILD)" >&2
cmake -S "$REPO" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAIRN_BUILD_APP=OFF \
    -DCAIRN_ENABLE_PACKAGING=OFF -DCAIRN_BUILD_BENCH=ON > "$OUT/cmake.log"
cmake --build "$BUILD" -j"$(nproc)" --target cairn-cli search_bench floor_bench subtitle_bench > "$OUT/build.log"
CLI=$BUILD/cli/cairn-cli

{
    echo "date: $(date -Is)"
    echo "host: $(uname -srm), $(nproc) cores, $(awk '/MemTotal/ {print int($2/1024) " MB"}' /proc/meminfo)"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "commit: $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?') (plus working-tree changes)"
} > "$OUT/env.txt"

# Runs a command under /usr/bin/time -v; prints "wall_s user_s sys_s maxrss_mb".
timed() {
    local log=$1; shift
    /usr/bin/time -v -o "$log" "$@" > "$log.out" 2>&1
    python3 - "$log" <<'EOF'
import re, sys
t = open(sys.argv[1]).read()
def g(k): return re.search(re.escape(k) + r":\s*(\S+)", t).group(1)
w = g("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(w)))
print("%.2f %.2f %.2f %.0f" % (wall, float(g("User time (seconds)")), float(g("System time (seconds)")),
                               int(g("Maximum resident set size (kbytes)")) / 1024))
EOF
}

# Median of three runs of floor_bench, in ms.
floor_ms() {
    for _ in 1 2 3; do "$BUILD/bench/floor_bench" "$1" "$2" | sed 's/.*ms=//'; done | sort -n | sed -n 2p
}

for N in "${SIZES[@]}"; do
    LIB=$WORK/lib$N
    DB=$WORK/index$N.sqlite
    R=$OUT/n$N
    mkdir -p "$R"
    if [ ! -f "$LIB/.complete" ]; then
        echo "== generate $N tutorials" >&2
        rm -rf "$LIB"
        python3 "$REPO/bench/gen_library.py" "$LIB" "$N" > "$R/gen.txt"
        touch "$LIB/.complete"
    fi
    SUB_BYTES=$(find "$LIB" \( -name '*.srt' -o -name '*.vtt' \) -printf '%s\n' | awk '{s+=$1} END {printf "%.0f\n", s}')
    # Warm the page cache the same way for everyone: every figure below is a warm-cache figure.
    "$BUILD/bench/floor_bench" read "$LIB" > /dev/null

    echo "== N=$N: floors" >&2
    STAT_MS=$(floor_ms stat "$LIB")
    READ_MS=$(floor_ms read "$LIB")

    echo "== N=$N: cold index" >&2
    rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-cues2" "$DB-cues2-wal" "$DB-cues2-shm" \
        "$WORK/user.sqlite" "$WORK/user.sqlite-wal" "$WORK/user.sqlite-shm"
    uptime > "$R/load-index.txt"
    COLD=$(timed "$R/cold.time" "$CLI" --db "$DB" --json scan --no-thumbnails "$LIB")
    # The index is two files (the index and its companion of cues), each possibly with a WAL not yet checkpointed.
    DB_BYTES=0
    for f in "$DB" "$DB-wal" "$DB-cues2" "$DB-cues2-wal"; do
        [ -f "$f" ] && DB_BYTES=$((DB_BYTES + $(stat -c %s "$f")))
    done

    echo "== N=$N: rescan, nothing changed" >&2
    RESCAN=$(timed "$R/rescan.time" "$CLI" --db "$DB" --json scan --no-thumbnails "$LIB")
    hyperfine -N --warmup 1 --runs 5 --export-json "$R/rescan.json" \
        "$CLI --db $DB scan --no-thumbnails $LIB" "$BUILD/bench/floor_bench stat $LIB" > "$R/rescan-hyperfine.txt" 2>&1 || true

    echo "== N=$N: search" >&2
    "$BUILD/bench/search_bench" --db="$DB" --benchmark_format=json > "$R/search.json" 2> "$R/search.err"
    # The same words with ripgrep and grep over the same files (fixed strings, case-insensitive).
    hyperfine -N --warmup 1 --runs 5 --export-json "$R/grep.json" \
        "rg -c -F -i library $LIB" "rg -c -F 课堂 $LIB" "rg -c -F المكتبة $LIB" \
        "grep -r -c -F -i library $LIB" "grep -r -c -F 课堂 $LIB" > "$R/grep-hyperfine.txt" 2>&1 || true
    hyperfine -N --warmup 1 --runs 5 --export-json "$R/cli-search.json" \
        "$CLI --db $DB search library" "$CLI --db $DB search 课堂" > "$R/cli-search.txt" 2>&1 || true

    if [[ " ${CAIRN_BENCH_PYTHON:-} " == *" $N "* ]]; then
        echo "== N=$N: Python + FTS5 reference" >&2
        timed "$R/python.time" python3 "$REPO/bench/py_fts5_load.py" "$LIB" "$WORK/py$N.sqlite" > "$R/python.txt"
        cat "$R/python.time.out" >> "$R/python.txt"
        rm -f "$WORK/py$N.sqlite"*
    fi
    echo "$N $SUB_BYTES $STAT_MS $READ_MS $COLD $DB_BYTES $RESCAN" > "$R/summary.txt"
done

if [ -n "${CAIRN_BENCH_PLAYERS:-}" ]; then
    echo "== start-up and first frame: Cairn, mpv, VLC (bench/first_frame.py)" >&2
    APP=${CAIRN_BENCH_APP:-$REPO/build/app/cairn}
    [ -x "$APP" ] || { echo "no $APP: build the app (cmake --build build) or set CAIRN_BENCH_APP" >&2; exit 2; }
    BIG=${SIZES[${#SIZES[@]}-1]}
    # Cairn opens CAIRN_DATA_DIR/index.sqlite: the index of the largest library (and rescans that library).
    mkdir -p "$WORK/appdata$BIG" "$WORK/appdata-bench"
    chmod a+rx "$WORK" # VLC runs as nobody when this runs as root: it must read the 1080p file
    ln -sf "$WORK/index$BIG.sqlite" "$WORK/appdata$BIG/index.sqlite"
    ln -sf "$WORK/index$BIG.sqlite-cues2" "$WORK/appdata$BIG/index.sqlite-cues2" # the index's companion file
    # A 1080p30 H.264/AAC file beside the sample pack's 640x360 one (made here, never committed).
    # Its main colour is a mid-tone: saturated test-card primaries come out differently in each player's colour
    # conversion, and first_frame.py looks for the first frame's main colour.
    [ -f "$WORK/clip-1080p.mp4" ] || ffmpeg -v error -y -f lavfi -i color=c=0x305a78:s=1920x1080:r=30:d=30 \
        -f lavfi -i testsrc2=s=960x540:r=30:d=30 -f lavfi -i sine=f=440:d=30 \
        -filter_complex '[0:v][1:v]overlay=480:270:shortest=1[v]' -map '[v]' -map 2:a -c:v libx264 -preset veryfast \
        -profile:v high -pix_fmt yuv420p -g 60 -c:a aac -b:a 128k -movflags +faststart "$WORK/clip-1080p.mp4"
    uptime > "$OUT/load-players.txt"
    "$REPO/bench/first_frame.py" --runs "${CAIRN_BENCH_PLAYER_RUNS:-10}" --audio "${CAIRN_BENCH_AUDIO:-off}" \
        --cairn "$APP" --cairn-data "$WORK/appdata$BIG" --scenario idle \
        --scenario "file:$REPO/resources/sample/01 What is a learning city.mp4" \
        --scenario "file:$WORK/clip-1080p.mp4" --json "$OUT/players.json" > "$OUT/players.md" 2> "$OUT/players.log"
    # In-process: choosing a file in the running player to its first frame (20 opens, one process).
    for backend in gstreamer ffmpeg; do
        QT_MEDIA_BACKEND=$backend CAIRN_DATA_DIR=$WORK/appdata-bench xvfb-run -a -s "-screen 0 1280x720x24" "$APP" --no-audio \
            --bench-play "$WORK/clip-1080p.mp4" --runs 20 >> "$OUT/players-inprocess.txt" 2>&1 || true
    done
    uptime >> "$OUT/load-players.txt"
    cat "$OUT/players.md" "$OUT/players-inprocess.txt" >&2
fi

echo "== subtitle parsing and cue lookup (bench/subtitle_bench.cpp)" >&2
"$BUILD/bench/subtitle_bench" --benchmark_format=json > "$OUT/subtitle.json" 2> "$OUT/subtitle.err" || true
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/env.txt"

python3 "$REPO/bench/report.py" "$OUT" | tee "$OUT/table.md"
echo "results: $OUT" >&2
