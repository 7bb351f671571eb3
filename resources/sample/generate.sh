#!/usr/bin/env bash
# Regenerates the Cairn sample pack "Building a learning city" in this folder.
#
#   1. writes every subtitle file from the cue table below (same cue times in all six languages),
#      then re-encodes the two legacy sidecars with iconv:
#        "01 What is a learning city.ar.srt"     windows-1256, CRLF
#        "02 Planning lifelong learning.zh.srt"  GB18030, CRLF
#   2. renders the three clips with ffmpeg (lavfi sources only, no input media):
#        01 ... .mp4   H.264/AAC, faststart
#        02 ... .webm  VP9/Opus
#        03 ... .mkv   H.264/AAC + six embedded SubRip tracks (ara chi eng fre rus spa)
#   3. writes CUES.md (searchable words and cue times, derived from the same table)
#   4. recomputes the sha256 of every file except cairn.json into cairn.json "checksums".
#
# Needs: bash, ffmpeg (libx264, libvpx-vp9, libopus, drawtext), iconv, sha256sum, python3.
# Runs from any directory; running it twice gives the same subtitle files, CUES.md and manifest text.
# Media bytes are stable for one ffmpeg build (single-threaded encoders, bitexact muxing).
# Titles and descriptions in cairn.json are edited by hand; only "checksums" is rewritten.
set -euo pipefail
cd "$(dirname "$0")"

for tool in ffmpeg iconv sha256sum python3; do
    command -v "$tool" >/dev/null || { echo "generate.sh: $tool not found" >&2; exit 1; }
done

pick_font() {
    for f in "$@"; do [ -f "$f" ] && { echo "$f"; return; }; done
    echo "generate.sh: none of these fonts exists: $*" >&2; exit 1
}
FONT=$(pick_font /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf)
FONT_BOLD=$(pick_font /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf /usr/share/fonts/truetype/noto/NotoSans-Bold.ttf)

V1="01 What is a learning city"
V2="02 Planning lifelong learning"
V3="03 Celebrating learning together"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---------------------------------------------------------------------------------------------
# 1. Subtitles and CUES.md
# ---------------------------------------------------------------------------------------------
python3 - "$tmp" <<'PY'
import sys, pathlib, re, unicodedata

tmp = pathlib.Path(sys.argv[1])
pack = pathlib.Path(".")

# One entry per clip: cue times (ms) shared by all languages, and the cue text per language.
# "\n" is a line break inside a cue.
VIDEOS = [
    {
        "base": "01 What is a learning city",
        "times": [(500, 2900), (3100, 5400), (5600, 7700), (7900, 9700)],
        "text": {
            "en": [
                "A learning city makes lifelong learning\npossible for all.",
                "Its libraries and community centres\nwelcome every generation.",
                "Like a lighthouse, the city\nshows the way to learning.",
                "Cities around the world share ideas in the\nUNESCO Global Network of Learning Cities.",
            ],
            "fr": [
                "Une ville apprenante rend l'apprentissage\ntout au long de la vie possible pour tous.",
                "Ses bibliothèques et ses centres communautaires\naccueillent toutes les générations.",
                "Comme un phare, la ville montre\nle chemin de l'apprentissage.",
                "Des villes du monde entier partagent leurs idées au sein\ndu Réseau mondial des villes apprenantes de l'UNESCO.",
            ],
            "es": [
                "Una ciudad del aprendizaje hace posible el aprendizaje\na lo largo de toda la vida para todos.",
                "Sus bibliotecas y centros comunitarios\nacogen a todas las generaciones.",
                "Como un faro, la ciudad muestra\nel camino hacia el aprendizaje.",
                "Ciudades de todo el mundo comparten ideas en la\nRed Mundial de Ciudades del Aprendizaje de la UNESCO.",
            ],
            "ru": [
                "Обучающийся город делает обучение\nна протяжении всей жизни доступным для всех.",
                "Его библиотеки и общественные центры\nоткрыты для всех поколений.",
                "Как маяк, город указывает\nпуть к знаниям.",
                "Города всего мира обмениваются идеями\nв Глобальной сети обучающихся городов ЮНЕСКО.",
            ],
            "zh": [
                "学习型城市让人人都能终身学习。",
                "城市的图书馆和社区中心欢迎每一代人。",
                "城市像一座灯塔，为学习指引方向。",
                "世界各地的城市在联合国教科文组织\n全球学习型城市网络中分享想法。",
            ],
            "ar": [
                "مدينة التعلم تتيح التَّعَلُّم مدى الحَيَاة للجميع.",
                "المكتبات والمراكز المجتمعية في المدينة\nترحب بجميع الأجيال.",
                "مثل منارة، ترشد المدينة الناس\nإلى طريق التعلم.",
                "تتبادل مدن من جميع أنحاء العالم الأفكار في\nالشبكة العالمية لمدن التعلم التابعة لليونسكو.",
            ],
        },
    },
    {
        "base": "02 Planning lifelong learning",
        "times": [(500, 2600), (2800, 4900), (5100, 7000), (7200, 8800)],
        # WebVTT cue settings per cue index; cue 4 is wrapped in <i>.
        "vtt_settings": {2: "line:10%"},
        "italic": {3},
        "text": {
            "en": [
                "Planning starts by listening\nto the people of the city.",
                "Schools, universities and employers\nwork on one shared plan.",
                "Set clear goals:\nwho learns, where, and how.",
                "Good planning turns the whole city\ninto a classroom.",
            ],
            "fr": [
                "La planification commence par l'écoute\ndes habitants de la ville.",
                "Écoles, universités et employeurs\ntravaillent sur un plan commun.",
                "Fixez des objectifs clairs :\nqui apprend, où et comment.",
                "Une bonne planification fait de toute la ville\nune salle de classe.",
            ],
            "es": [
                "La planificación empieza por escuchar\na la gente de la ciudad.",
                "Escuelas, universidades y empleadores\ntrabajan en un plan común.",
                "Fijen metas claras:\nquién aprende, dónde y cómo.",
                "Una buena planificación convierte\ntoda la ciudad en un aula.",
            ],
            "ru": [
                "Планирование начинается с того,\nчтобы выслушать жителей города.",
                "Школы, университеты и работодатели\nработают по единому плану.",
                "Поставьте чёткие цели:\nкто учится, где и как.",
                "Хорошее планирование превращает\nвесь город в класс.",
            ],
            "zh": [
                "规划从倾听市民的声音开始。",
                "学校、大学和用人单位\n围绕同一份计划开展合作。",
                "设定明确的目标：\n谁来学、在哪里学、怎么学。",
                "好的规划让整座城市\n变成一间课堂。",
            ],
            "ar": [
                "يبدأ التخطيط بالاستماع\nإلى سكان المدينة.",
                "تعمل المدارس والجامعات وأصحاب العمل\nعلى خطة مشتركة واحدة.",
                "ضعوا أهدافًا واضحة:\nمن يتعلم، وأين، وكيف.",
                "التخطيط الجيد يحول المدينة كلها\nإلى قاعة دراسة.",
            ],
        },
    },
    {
        "base": "03 Celebrating learning together",
        "times": [(500, 2700), (2900, 5000), (5200, 7400), (7600, 10400)],
        "text": {
            "en": [
                "Once a year, the city holds\na learning festival.",
                "Neighbours teach each other\nto cook, code and sing.",
                "Museums, parks and markets\nbecome places to learn.",
                "Celebrating learning together\nkeeps the whole city curious.",
            ],
            "fr": [
                "Une fois par an, la ville organise\nun festival de l'apprentissage.",
                "Les voisins s'apprennent mutuellement\nà cuisiner, à coder et à chanter.",
                "Musées, parcs et marchés\ndeviennent des lieux d'apprentissage.",
                "Célébrer l'apprentissage ensemble\ngarde toute la ville curieuse.",
            ],
            "es": [
                "Una vez al año, la ciudad celebra\nun festival del aprendizaje.",
                "Los vecinos se enseñan unos a otros\na cocinar, programar y cantar.",
                "Museos, parques y mercados\nse convierten en lugares para aprender.",
                "Celebrar juntos el aprendizaje\nmantiene curiosa a toda la ciudad.",
            ],
            "ru": [
                "Раз в год город проводит\nфестиваль обучения.",
                "Соседи учат друг друга\nготовить, программировать и петь.",
                "Музеи, парки и рынки\nстановятся местами для учёбы.",
                "Вместе празднуя обучение,\nвесь город остаётся любознательным.",
            ],
            "zh": [
                "城市每年举办一次学习节。",
                "邻居们互相教做饭、编程和唱歌。",
                "博物馆、公园和市场\n都成了学习的场所。",
                "一起庆祝学习，\n让整座城市保持好奇心。",
            ],
            "ar": [
                "تقيم المدينة مهرجانًا للتعلم\nمرة كل عام.",
                "يعلم الجيران بعضهم بعضًا\nالطبخ والبرمجة والغناء.",
                "تصبح المتاحف والحدائق والأسواق\nأماكن للتعلم.",
                "الاحتفال بالتعلم معًا\nيبقي المدينة كلها فضولية.",
            ],
        },
    },
]

LANGS = ["ar", "zh", "en", "fr", "ru", "es"]

def ts(ms, sep):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"

def srt(video, lang, italic=frozenset()):
    out = []
    for i, ((a, b), text) in enumerate(zip(video["times"], video["text"][lang])):
        if i in italic:
            text = f"<i>{text}</i>"
        out.append(f"{i + 1}\n{ts(a, ',')} --> {ts(b, ',')}\n{text}\n")
    return "\n".join(out)

def vtt(video, lang):
    out = ["WEBVTT\n",
           "NOTE\nSample pack \"Building a learning city\" (Cairn).\n"
           "Cue times are the same in all six languages; see CUES.md.\n"]
    for i, ((a, b), text) in enumerate(zip(video["times"], video["text"][lang])):
        setting = video.get("vtt_settings", {}).get(i)
        head = f"{ts(a, '.')} --> {ts(b, '.')}" + (f" {setting}" if setting else "")
        if i in video.get("italic", ()):
            text = f"<i>{text}</i>"
        out.append(f"{head}\n{text}\n")
    return "\n".join(out)

def write(path, text, crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))

for v in VIDEOS:
    assert set(v["text"]) == set(LANGS), v["base"]
    for lang in LANGS:
        assert len(v["text"][lang]) == len(v["times"]), (v["base"], lang)

v1, v2, v3 = VIDEOS
# 01: SRT sidecars; Arabic goes to windows-1256 (CRLF, as files made on Windows are) via iconv.
write(tmp / "01.ar.srt", srt(v1, "ar"), crlf=True)
write(pack / f"{v1['base']}.zh-Hans.srt", srt(v1, "zh"))
for lang in ["en", "fr", "ru", "es"]:
    write(pack / f"{v1['base']}.{lang}.srt", srt(v1, lang))
# 02: WebVTT sidecars; Chinese as SRT in GB18030 (CRLF) via iconv.
for lang in ["ar", "en", "fr", "ru", "es"]:
    write(pack / f"{v2['base']}.{lang}.vtt", vtt(v2, lang))
write(tmp / "02.zh.srt", srt(v2, "zh", italic=v2["italic"]), crlf=True)
# 03: SubRip inputs for the embedded tracks.
for lang in LANGS:
    write(tmp / f"03.{lang}.srt", srt(v3, lang))

# ---- CUES.md -------------------------------------------------------------------------------
SIDE = {  # where each clip's cues of a language end up
    (0, "ar"): ("01 What is a learning city.ar.srt", "SRT, windows-1256, CRLF"),
    (0, "zh"): ("01 What is a learning city.zh-Hans.srt", "SRT, UTF-8"),
    (1, "zh"): ("02 Planning lifelong learning.zh.srt", "SRT, GB18030, CRLF"),
}
for lang in ["en", "fr", "ru", "es"]:
    SIDE[(0, lang)] = (f"01 What is a learning city.{lang}.srt", "SRT, UTF-8")
for lang in ["ar", "en", "fr", "ru", "es"]:
    SIDE[(1, lang)] = (f"02 Planning lifelong learning.{lang}.vtt", "WebVTT, UTF-8")
MKV_TAG = {"ar": "ara", "zh": "chi", "en": "eng", "fr": "fre", "ru": "rus", "es": "spa"}
for lang in LANGS:
    SIDE[(2, lang)] = (f"03 Celebrating learning together.mkv", f"embedded SubRip track `{MKV_TAG[lang]}`")

def fold(s):  # drop combining marks (Arabic harakat, accents) for the diacritics check
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))

def occurrences(word, folded=False):
    hits = []
    for vi, v in enumerate(VIDEOS):
        for lang in LANGS:
            for (a, b), text in zip(v["times"], v["text"][lang]):
                hay = fold(text) if folded else text
                if word.casefold() in hay.casefold():
                    hits.append((vi, lang, a, b))
    return hits

WORDS = [  # word, language, why it is interesting
    ("المكتبات", "ar", "Arabic from the windows-1256 sidecar"),
    ("библиотеки", "ru", "Cyrillic, lower case in the cue"),
    ("课堂", "zh", "two-character Chinese word from the GB18030 sidecar, inside `<i>…</i>`"),
    ("lighthouse", "en", "appears nowhere else in the pack (not in titles or descriptions either)"),
    ("écoute", "fr", "accented; WebVTT sidecar"),
    ("metas", "es", "WebVTT cue with the `line:10%` setting"),
]
EXTRA = [
    ("灯塔", "zh", "two-character Chinese word, UTF-8 sidecar"),
    ("图书馆", "zh", "three-character Chinese word, UTF-8 sidecar"),
    ("curious", "en", "only in the embedded English track of the MKV"),
    ("classroom", "en", "inside `<i>…</i>` in the WebVTT sidecar"),
]
import json
manifest = json.loads((pack / "cairn.json").read_text(encoding="utf-8"))
meta_texts = [t for node in [manifest["series"], *manifest["tutorials"]]
              for key in ("title", "description") for t in node.get(key, {}).values()]
rows = []
for word, lang, note in WORDS + EXTRA:
    hits = occurrences(word)
    assert len(hits) == 1, (word, hits)
    assert not any(word.casefold() in t.casefold() for t in meta_texts), (word, "in a title or description")
    vi, hl, a, b = hits[0]
    assert hl == lang, (word, hl)
    f, kind = SIDE[(vi, hl)]
    rows.append(f"| {word} | {lang} | `{f}` | {kind} | {a} | {b} | {note} |")

# Diacritics: the only cue containing "الحياة" writes it with harakat (الحَيَاة), next to "التَّعَلُّم".
assert occurrences("الحياة") == []
diac = occurrences("الحياة", folded=True)
assert len(diac) == 1 and diac[0][:2] == (0, "ar"), diac
assert "مدينة" in v1["text"]["ar"][0]

md = ["# Searchable words in the sample pack",
      "",
      "Generated by `generate.sh` from its cue table; do not edit by hand.",
      "Times are cue start and end in milliseconds. Each word below occurs in exactly one cue of the whole pack",
      "(all files, all languages; case-insensitive substring match) and in no title or description of `cairn.json`,",
      "so a search test can assert the exact hit.",
      "",
      "| word | lang | file | format | start ms | end ms | note |",
      "|---|---|---|---|---|---|---|",
      *rows[:len(WORDS)],
      "",
      "More single-occurrence words:",
      "",
      "| word | lang | file | format | start ms | end ms | note |",
      "|---|---|---|---|---|---|---|",
      *rows[len(WORDS):],
      "",
      "## Arabic diacritics",
      "",
      f"The Arabic cue at {diac[0][2]}–{diac[0][3]} ms of `01 What is a learning city.ar.srt` (windows-1256) reads",
      f"`{v1['text']['ar'][0]}`: `التَّعَلُّم` and `الحَيَاة` carry harakat (fatha, shadda, damma).",
      "The plain spelling `الحياة` occurs in no cue, so a search for `الحياة` finds exactly this cue if, and only if,",
      "diacritics are ignored. The same cue also contains `مدينة`.",
      "",
      "## Cue times (identical in all six languages of a clip)",
      "",
      "| clip | length | cues (start–end ms) |",
      "|---|---|---|",
]
LENGTH = {0: "10 s", 1: "9 s", 2: "11 s"}
for vi, v in enumerate(VIDEOS):
    md.append(f"| {v['base']} | {LENGTH[vi]} | " + ", ".join(f"{a}–{b}" for a, b in v["times"]) + " |")
md.append("")
(pack / "CUES.md").write_text("\n".join(md), encoding="utf-8")
PY

iconv -f UTF-8 -t WINDOWS-1256 "$tmp/01.ar.srt" > "$V1.ar.srt"
iconv -f UTF-8 -t GB18030 "$tmp/02.zh.srt" > "$V2.zh.srt"

# ---------------------------------------------------------------------------------------------
# 2. Media
# ---------------------------------------------------------------------------------------------
# Title card in Latin text over a flat scene with one moving element; a small running clock
# bottom right makes subtitle timing easy to eyeball.
title_card() { # index title
    printf '%s' "drawtext=fontfile=$FONT_BOLD:text='LEARNING CITIES  ·  PART $1 OF 3':fontsize=15:fontcolor=0xffd166:x=(w-tw)/2:y=38,"
    printf '%s' "drawtext=fontfile=$FONT_BOLD:text='$2':fontsize=34:fontcolor=white:x=(w-tw)/2:y=64:shadowx=2:shadowy=2:shadowcolor=0x00000080,"
    printf '%s' "drawtext=fontfile=$FONT:text='%{pts\:hms}':fontsize=12:fontcolor=0xffffff@0.6:x=w-tw-10:y=h-th-8"
}

skyline() { # building colour, window colour, seconds: windows light up one after another
    local b=$1 win=$2 d=$3 i=0 spec x y w h
    for spec in 40:200:60:110 110:170:45:140 165:215:80:95 260:185:50:125 320:225:90:85 420:160:40:150 470:205:70:105 550:190:55:120; do
        IFS=: read -r x y w h <<<"$spec"
        printf '%s' "drawbox=x=$x:y=$y:w=$w:h=$h:color=$b:t=fill,"
        printf '%s' "drawbox=x=$((x + w / 2 - 6)):y=$((y + 14)):w=12:h=10:color=$win:t=fill:enable='gte(t,0.5+$i*$d/9)',"
        printf '%s' "drawbox=x=$((x + w / 2 - 6)):y=$((y + 34)):w=12:h=10:color=$win:t=fill:enable='gte(t,1+mod($i*5,8)*$d/10)',"
        i=$((i + 1))
    done
}

tone() { # root frequency, seconds: a quiet major triad with fades
    local f=$1 d=$2
    echo "aevalsrc='0.045*sin(2*PI*$f*t)+0.03*sin(2*PI*$f*1.25992*t)+0.022*sin(2*PI*$f*1.49831*t)':s=48000:d=$d,afade=t=in:d=1,afade=t=out:st=$((d - 1)):d=1"
}

# Encoder delay: AAC (1024 samples) and Opus (312) start with a negative timestamp, and the Matroska
# muxer would then shift every stream, subtitles included, by 21 ms (7 ms for WebM). Offsetting the audio
# input by that delay keeps the video and the embedded cues at their exact times (first frame at 0 ms).
# The MP4 needs no offset: it stores the delay in an edit list.
X264=(-c:v libx264 -preset veryslow -crf 30 -g 50 -pix_fmt yuv420p -threads 1 -x264-params threads=1)
AAC=(-c:a aac -b:a 48k -ac 1)
FF=(ffmpeg -y -v error -nostdin)
OUT=(-disposition:v:0 default -disposition:a:0 default -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact)

# 01: dusk over a city, the sun crosses the sky, windows light up.  H.264/AAC MP4, faststart.
D=10
VF1="color=c=0x1d4e63:s=640x360:r=25:d=$D,drawbox=x=0:y=250:w=640:h=110:color=0x163d4e:t=fill,"
VF1+="drawtext=fontfile=$FONT:text='●':fontsize=44:fontcolor=0xffd166:x='30+(w-100)*t/$D':y='190-60*sin(PI*t/$D)',"
VF1+="$(skyline 0x12323f 0xffd166 $D)$(title_card 1 'What is a learning city?')"
"${FF[@]}" -f lavfi -i "$VF1" -f lavfi -i "$(tone 220 $D)" \
    "${X264[@]}" "${AAC[@]}" -movflags +faststart \
    -metadata title="What is a learning city?" \
    "${OUT[@]}" "$V1.mp4"

# 02: a planning board; tasks appear as bars, a marker walks along the timeline.  VP9/Opus WebM.
D=9
VF2="color=c=0x2e2a5c:s=640x360:r=25:d=$D,drawgrid=x=60:y=150:w=52:h=36:t=1:c=white@0.10,"
VF2+="drawbox=x=60:y=140:w=520:h=2:color=white@0.5:t=fill,"
for spec in 60:158:170:0x5ec2b7:0.6 164:194:210:0xffd166:2.0 268:230:150:0xef8a62:3.4 320:266:210:0x9bb7ff:4.8 424:302:150:0xc7a6ff:6.2; do
    IFS=: read -r x y w c at <<<"$spec"
    VF2+="drawbox=x=$x:y=$y:w=$w:h=22:color=$c:t=fill:enable='gte(t,$at)',"
done
VF2+="drawtext=fontfile=$FONT:text='▼':fontsize=20:fontcolor=0xffd166:x='60+510*t/$D-tw/2':y=118,"
VF2+="$(title_card 2 'Planning lifelong learning')"
"${FF[@]}" -f lavfi -i "$VF2" -itsoffset 0.0066 -f lavfi -i "$(tone 174.61 $D)" \
    -c:v libvpx-vp9 -b:v 0 -crf 42 -deadline good -cpu-used 2 -row-mt 0 -threads 1 -g 50 -pix_fmt yuv420p \
    -c:a libopus -b:a 32k -ac 1 \
    -metadata title="Planning lifelong learning" \
    "${OUT[@]}" "$V2.webm"

# 03: festival night, confetti falls over the skyline.  H.264/AAC MKV with six SubRip tracks.
D=11
VF3="color=c=0x5b2340:s=640x360:r=25:d=$D,drawbox=x=0:y=250:w=640:h=110:color=0x471a32:t=fill,"
n=0
for c in 0xffd166 0x5ec2b7 0xef8a62 0x9bb7ff 0xffffff 0xc7a6ff 0xffd166 0x5ec2b7 0xef8a62 0x9bb7ff; do
    VF3+="drawtext=fontfile=$FONT:text='●':fontsize=$((10 + n % 3 * 4)):fontcolor=$c:x='$((30 + n * 61))+12*sin(t*2+$n)':y='mod(t*$((38 + n * 7 % 30))+$((n * 53)),400)-30',"
    n=$((n + 1))
done
VF3+="$(skyline 0x2e0f20 0xffd166 $D)$(title_card 3 'Celebrating learning together')"
sub_in=() sub_map=() sub_meta=()
i=0
for pair in "ar:ara:العربية" "zh:chi:中文" "en:eng:English" "fr:fre:Français" "ru:rus:Русский" "es:spa:Español"; do
    IFS=: read -r code tag name <<<"$pair"
    sub_in+=(-i "$tmp/03.$code.srt")
    sub_map+=(-map "$((i + 2)):s")
    sub_meta+=("-metadata:s:s:$i" "language=$tag" "-metadata:s:s:$i" "title=$name")
    i=$((i + 1))
done
"${FF[@]}" -f lavfi -i "$VF3" -itsoffset 0.0214 -f lavfi -i "$(tone 261.63 $D)" "${sub_in[@]}" \
    -map 0:v -map 1:a "${sub_map[@]}" \
    "${X264[@]}" "${AAC[@]}" -c:s srt -disposition:s 0 \
    -metadata title="Celebrating learning together" "${sub_meta[@]}" \
    "${OUT[@]}" "$V3.mkv"

# ---------------------------------------------------------------------------------------------
# 3. Checksums of every file except cairn.json, written into cairn.json
# ---------------------------------------------------------------------------------------------
python3 - <<'PY'
import hashlib, json, pathlib

pack = pathlib.Path(".")
manifest = pack / "cairn.json"
data = json.loads(manifest.read_text(encoding="utf-8"))
# Every regular file except cairn.json and dot files (see docs/manifest.md, "Checksums"). The pack is flat.
files = sorted(p.name for p in pack.iterdir()
               if p.is_file() and p.name != "cairn.json" and not p.name.startswith("."))
listed = {t["file"] for t in data["tutorials"]}
missing = listed - set(files)
assert not missing, f"tutorials without a file: {missing}"
data["checksums"] = {f: hashlib.sha256((pack / f).read_bytes()).hexdigest() for f in files}
manifest.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
PY

# Cross-check with sha256sum, the tool users will reach for.
python3 -c 'import json; [print(v + "  " + k) for k, v in json.load(open("cairn.json", encoding="utf-8"))["checksums"].items()]' \
    | sha256sum --check --quiet
echo "generate.sh: pack regenerated in $(pwd) ($(du -cb -- * | tail -n1 | cut -f1) bytes)"
