#!/bin/sh
# Regenerates the tiny media fixtures used by tests/media/mediaprobe_test.cpp (ffmpeg 5.1 on Debian 12).
# Every file is a few KB; subtitle cues stay inside the 3 s clip so the container duration stays 3 s.
# Run from anywhere: sh tests/data/media/make_fixtures.sh
set -eu
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

FF="ffmpeg -y -v error -nostdin"
SRC="-f lavfi -i testsrc=duration=3:size=160x90:rate=15 -f lavfi -i sine=frequency=440:duration=3:sample_rate=24000"
X264="-c:v libx264 -preset veryslow -crf 35 -pix_fmt yuv420p -g 15"
AAC="-c:a aac -b:a 24k -ac 1"

# H.264/AAC, moov in front (faststart), with a title and an audio language tag.
$FF $SRC $X264 $AAC -shortest -movflags +faststart \
    -metadata title="Cairn H264 clip" -metadata:s:a:0 language=eng h264-aac.mp4

# VP9/Opus WebM.
$FF $SRC -c:v libvpx-vp9 -b:v 0 -crf 50 -deadline good -cpu-used 4 -row-mt 1 -g 15 \
    -c:a libopus -b:a 16k -ac 1 -shortest vp9-opus.webm

# Written to a pipe, as browsers and OBS record: no Duration element and no cues; probeMedia must still find 3 s.
$FF $SRC -c:v libvpx-vp9 -b:v 0 -crf 50 -deadline good -cpu-used 4 -row-mt 1 -g 15 \
    -c:a libopus -b:a 16k -ac 1 -shortest -f webm - > live-no-duration.webm

# Two SubRip tracks (Arabic, French) and one ASS track in Matroska, no audio: AAC/Vorbis priming gives negative
# timestamps, which the Matroska muxer hides by shifting every track (the cues would move by 21-43 ms).
cat > "$TMP/ara.srt" <<'SRT'
1
00:00:00,500 --> 00:00:01,500
<i>مرحبا</i> بالعالم

2
00:00:01,800 --> 00:00:02,700
{\an8}السطر الأول
السطر الثاني
SRT
cat > "$TMP/fre.srt" <<'SRT'
1
00:00:00,400 --> 00:00:01,400
Bonjour <i>le monde</i> & les amis

2
00:00:01,600 --> 00:00:02,600
{\an8}Ça va très bien
SRT
cat > "$TMP/eng.ass" <<'ASS'
[Script Info]
ScriptType: v4.00+
PlayResX: 384
PlayResY: 288

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,1,0,2,10,10,10,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:00.20,0:00:01.20,Default,,0,0,0,,{\i1}Hello{\i0}, world
Dialogue: 0,0:00:01.30,0:00:02.80,Default,,0,0,0,,{\b1}First{\b0} line\NSecond <line>
ASS
$FF -i h264-aac.mp4 -i "$TMP/ara.srt" -i "$TMP/fre.srt" -i "$TMP/eng.ass" \
    -map 0:v -map 1 -map 2 -map 3 -c:v copy -c:s:0 srt -c:s:1 srt -c:s:2 ass \
    -metadata title="Cairn subtitles clip" \
    -metadata:s:s:0 language=ara -metadata:s:s:0 title="العربية" \
    -metadata:s:s:1 language=fre -metadata:s:s:1 title="Français" \
    -metadata:s:s:2 language=eng -metadata:s:s:2 title="English SDH" \
    -disposition:s:0 default -disposition:s:1 forced -disposition:s:2 hearing_impaired \
    srt-ass.mkv

# A WebVTT track in WebM, copied as written (re-encoding with -c:s webvtt would drop voices and identifiers and
# unescape "&lt;"): identifiers, voices, classes and character references travel inside the packets.
cat > "$TMP/rus.vtt" <<'VTT'
WEBVTT

intro
00:00:00.600 --> 00:00:01.600
<v Анна>Привет, <c.yellow>мир</c> &amp; <b>всё</b></v>

00:00:02.000 --> 00:00:02.900 line:10%
Вторая &lt;строка&gt;
VTT
$FF -i vp9-opus.webm -i "$TMP/rus.vtt" -map 0:v -map 1 -c copy \
    -metadata:s:s:0 language=rus webvtt.webm

# mov_text (3GPP timed text) in MP4, Chinese.
cat > "$TMP/chi.srt" <<'SRT'
1
00:00:00,300 --> 00:00:01,300
你好，世界

2
00:00:01,500 --> 00:00:02,500
第二行字幕
SRT
$FF -i h264-aac.mp4 -i "$TMP/chi.srt" -map 0:v -map 0:a -map 1 -c:v copy -c:a copy -c:s mov_text \
    -metadata:s:s:0 language=chi -movflags +faststart movtext-chi.mp4

# Audio only, m4a style.
$FF -f lavfi -i sine=frequency=440:duration=3:sample_rate=24000 $AAC -metadata:s:a:0 language=fre audio-only.mp4

# Broken files.
: > empty.mp4
printf 'This is a text file that somebody renamed to .mp4.\nIt has no media in it at all.\n' > junk-named.mp4
# Without faststart the moov atom is written last, so cutting the file in half loses it.
$FF $SRC $X264 $AAC -shortest "$TMP/moov-at-end.mp4"
SIZE=$(stat -c %s "$TMP/moov-at-end.mp4")
head -c $((SIZE / 2)) "$TMP/moov-at-end.mp4" > truncated-half.mp4
SIZE=$(stat -c %s srt-ass.mkv)
head -c $((SIZE / 2)) srt-ass.mkv > truncated-half.mkv

ls -l
