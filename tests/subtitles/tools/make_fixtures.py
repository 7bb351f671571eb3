#!/usr/bin/env python3
"""Writes the subtitle fixtures in tests/data/subtitles/. Each file is named after the quirk it exercises.
The legacy encodings are made with iconv (as a user's old tool would have written them), the rest byte by byte.
Rerun only to change fixtures; the files are committed and the tests assert their exact content."""
import os
import random
import subprocess
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "subtitles")

AR = ["مدينة التعلم تفتح أبوابها للجميع", "التَّعَلُّم مدى الحياة حقٌّ لكل إنسان", "المكتبة العامة قلب المدينة"]
ZH = ["学习型城市让每个人终身学习", "图书馆是城市的心脏", "欢迎来到社区学习中心"]
ZH_HANT = ["學習型城市讓每個人終身學習", "圖書館是城市的心臟", "歡迎來到社區學習中心"]
RU = ["Обучающийся город открыт для всех", "Библиотека — сердце города", "Учиться можно в любом возрасте"]
FR = ["La ville apprenante ouvre ses portes à tous", "« La bibliothèque est le cœur de la cité »",
      "On apprend à tout âge, même l’été"]
ES = ["La ciudad del aprendizaje abre sus puertas a todos", "¿Dónde está la biblioteca? ¡Aquí mismo!",
      "El niño aprende español con su señora"]
EN = ["The learning city opens its doors to everyone", "The public library is the heart of the city",
      "Learning never stops, at any age"]


def srt(lines3, nl="\n"):
    times = ["00:00:01,000 --> 00:00:03,500", "00:00:04,000 --> 00:00:06,250", "00:00:07,000 --> 00:00:09,999"]
    return nl.join(f"{i + 1}{nl}{t}{nl}{s}{nl}" for i, (t, s) in enumerate(zip(times, lines3)))


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def iconv(text, to):
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", to], input=text.encode("utf-8"),
                          check=True, capture_output=True).stdout


def main():
    os.makedirs(OUT, exist_ok=True)
    # --- encodings -------------------------------------------------------------------------------------------
    write("crlf-no-final-newline.srt", srt([EN[0], AR[0], FR[0]], "\r\n").rstrip("\r\n"))
    write("utf8-arabic.srt", srt(AR))
    write("cp1256-arabic.srt", iconv(srt(AR), "WINDOWS-1256"))
    write("gb18030-chinese.srt", iconv(srt(ZH), "GB18030"))
    write("big5-chinese-traditional.srt", iconv(srt(ZH_HANT), "BIG5"))
    write("windows-1251-russian.srt", iconv(srt(RU), "WINDOWS-1251"))
    write("koi8r-russian.srt", iconv(srt(RU).replace("—", "-"), "KOI8-R"))
    write("cp1252-french.srt", iconv(srt(FR), "WINDOWS-1252"))
    write("iso8859-1-spanish.srt", iconv(srt(ES), "ISO-8859-1"))
    write("utf16le-bom.srt", b"\xff\xfe" + srt([ZH[0], AR[0], RU[0]]).encode("utf-16-le"))
    vtt6 = ("WEBVTT\n\n00:01.000 --> 00:03.000\n" + AR[0] + "\n\n00:03.500 --> 00:05.000\n" + ZH[0] +
            "\n\n00:05.500 --> 00:07.000\n" + EN[0] + "\n\n00:07.500 --> 00:09.000\n" + FR[0] +
            "\n\n00:09.500 --> 00:11.000\n" + RU[0] + "\n\n00:11.500 --> 00:13.000\n" + ES[0] + "\n")
    write("utf16be-bom.vtt", b"\xfe\xff" + vtt6.encode("utf-16-be"))
    write("utf8-bom.vtt", b"\xef\xbb\xbf" + vtt6.encode("utf-8"))
    rnd = random.Random(20261124)
    write("junk-binary.srt", bytes(rnd.randrange(256) for _ in range(4096)))
    write("empty.srt", b"")

    # --- SRT quirks ------------------------------------------------------------------------------------------
    write("srt-wrong-sequence-numbers.srt",
          "7\n00:00:01,000 --> 00:00:02,000\n" + EN[0] + "\n\n7\n00:00:03,000 --> 00:00:04,000\n" + FR[0] +
          "\n\n00:00:05,000 --> 00:00:06,000\n" + ES[0] + "\n\n1\n00:00:07,000 --> 00:00:08,000\n" + RU[0] + "\n")
    write("srt-dot-milliseconds.srt",
          "1\n00:00:01.000 --> 00:00:02.500\n" + ZH[0] + "\n\n2\n00:00:03,5 --> 00:00:04,25\n" + AR[2] +
          "\n\n3\n00:05,000 --> 00:06,000\n" + EN[2] + "\n\n4\n1:02:03,004 --> 1:02:04,000\n" + ES[0] + "\n")
    write("srt-ass-an8-tags.srt",
          "1\n00:00:01,000 --> 00:00:03,000\n{\\an8}" + AR[0] + "\n\n2\n00:00:04,000 --> 00:00:06,000\n"
          "{\\an2}{\\b1}" + EN[0] + "{\\b0}\n\n3\n00:00:07,000 --> 00:00:09,000\n{\\pos(10,20)\\fs30}" + ZH[1] +
          "\n{not an override} stays\n")
    write("srt-font-color.srt",
          "1\n00:00:01,000 --> 00:00:03,000\n<font color=\"#ff8000\">" + FR[0] + "</font>\n\n"
          "2\n00:00:04,000 --> 00:00:06,000\n<i>" + ES[1] + "</i>\n<b>" + EN[1] + "</b>\n\n"
          "3\n00:00:07,000 --> 00:00:09,000\n<font color=red><u>" + RU[1] + "</u></font> 3 < 5 & 7 > 2\n")
    write("srt-garbage-between-cues.srt",
          "1\n00:00:01,000 --> 00:00:02,000\n" + EN[0] + "\n\nthis line is garbage from a broken editor\n"
          "and so is this one\n\n2\n00:00:03,000 --> 00:00:04,000\n" + AR[0] + "\n\n"
          "3\n00:00:05,000 -> 00:00:06,000\nlost because its timing line is malformed\n\n"
          "4\n00:00:07,000 --> 00:00:08,000\n" + RU[0] + "\n")
    write("srt-coordinates.srt",
          "1\n00:00:01,000 --> 00:00:02,000 X1:100 X2:600 Y1:400 Y2:450\n" + FR[1] + "\n\n"
          "2\n00:00:03,000 --> 00:00:04,000  X1:63 X2:651 Y1:474 Y2:510\n" + ES[2] + "\n")
    write("srt-number-line-in-text.srt",
          "1\n00:00:01,000 --> 00:00:03,000\nThe city plans to open libraries by\n2030\n\n"
          "2\n00:00:04,000 --> 00:00:05,000\n" + ZH[2] + "\n3\n00:00:06,000 --> 00:00:07,000\n" + EN[2] + "\n")
    write("srt-extra-blank-lines.srt",
          "\n\n1\n00:00:01,000 --> 00:00:02,000\n" + AR[1] + "\n\n\n\n2\n00:00:03,000 --> 00:00:04,000\n" +
          RU[2] + "\n\n\n")
    write("srt-cr-only.srt", srt([ES[0], ZH[0], AR[0]]).replace("\n", "\r"))
    write("srt-end-before-start.srt",
          "1\n00:00:05,000 --> 00:00:04,000\nbackwards cue\n\n2\n00:00:06,000 --> 00:00:07,000\n" + EN[1] + "\n")
    write("srt-overlapping.srt",
          "1\n00:00:01,000 --> 00:00:10,000\n" + EN[0] + "\n\n2\n00:00:02,000 --> 00:00:04,000\n" + FR[0] +
          "\n\n3\n00:00:03,000 --> 00:00:05,000\n" + AR[0] + "\n")

    # --- WebVTT quirks ---------------------------------------------------------------------------------------
    write("vtt-no-hours.vtt",
          "WEBVTT\n\n00:01.000 --> 00:02.500\n" + RU[0] + "\n\n01:02.003 --> 01:04.000\n" + ZH[0] +
          "\n\n01:00:00.000 --> 01:00:01.000\n" + ES[0] + "\n\n123:00:00.000 --> 123:00:01.000\n" + EN[0] + "\n")
    write("vtt-cue-settings.vtt",
          "WEBVTT\n\nREGION\nid:fred width:40% lines:3 regionanchor:0%,100% viewportanchor:10%,90%\n\n"
          "00:01.000 --> 00:02.000 line:0 position:20%,line-left align:start size:50%\n" + EN[0] + "\n\n"
          "00:03.000 --> 00:04.000 vertical:rl line:-1\n" + ZH[0] + "\n\n"
          "00:05.000 --> 00:06.000 line:10%,end align:right region:fred\n" + AR[0] + "\n\n"
          "00:07.000 --> 00:08.000 region:fred align:left\n" + FR[0] + "\n\n"
          "00:09.000 --> 00:10.000 line:abc position:200% size:-5% align:middle bogus\n" + RU[0] + "\n")
    write("vtt-note-style-region.vtt",
          "WEBVTT - Learning cities\nKind: captions\nLanguage: fr\n\nNOTE this is a comment\nthat spans lines\n\n"
          "STYLE\n::cue { color: yellow }\n\nREGION\nid:bottom width:80%\n\nNOTE\nanother note\n\n"
          "intro\n00:00:01.000 --> 00:00:02.000 region:bottom\n" + FR[0] + "\n\n"
          "NOTE between cues\n\n00:00:03.000 --> 00:00:04.000\n" + FR[1] + "\n")
    write("vtt-arrow-without-blank-line.vtt",
          "WEBVTT\n\n00:01.000 --> 00:02.000\n" + ES[0] + "\n00:03.000 --> 00:04.000\n" + ES[1] +
          "\nsecond line\n00:05.000 --> 00:06.000\n" + AR[2] + "\n")
    write("vtt-markup-ruby-voice.vtt",
          "WEBVTT\n\n1\n00:01.000 --> 00:03.000\n<v Amina>" + AR[0] + "</v>\n\n"
          "2\n00:04.000 --> 00:06.000\n<ruby>城市<rt>chéngshì</rt></ruby>的<c.yellow.bg_blue>图书馆</c>\n\n"
          "3\n00:07.000 --> 00:09.000\n<v.loud Ivan Petrov><b>" + RU[1] + "</b> <i>и</i> <u>всё</u>\n\n"
          "4\n00:10.000 --> 00:12.000\n<lang ar>" + AR[1] + "</lang> <lang en>and</lang> <00:10.500>karaoke "
          "<00:11.000>words\n\n5\n00:13.000 --> 00:15.000\n<b><i>unclosed</b> tags <foo>unknown</foo> "
          "<ruby>base<rt>rt</ruby> end\n")
    write("vtt-entities.vtt",
          "WEBVTT\n\n00:01.000 --> 00:02.000\nFish &amp; chips &lt;3 &gt; &nbsp;x\n\n"
          "00:03.000 --> 00:04.000\n&rlm;" + AR[2] + "&lrm; caf&eacute; &Eacute;cole &oelig;uvre\n\n"
          "00:05.000 --> 00:06.000\n&#1605;&#x62F;&#X64A;&#x646;&#1577; &hearts; &NotEqualTilde; &fjlig; &#0; &#x110000;\n\n"
          "00:07.000 --> 00:08.000\n&amp &notit; &notin; &bogus; &; & alone &#; &#x; &#128; &copy\n")
    write("vtt-bad-signature.vtt", "WEBVTTX\n\n00:01.000 --> 00:02.000\n" + EN[0] + "\n")
    write("vtt-malformed-timestamps.vtt",
          "WEBVTT\n\n00:01.000 --> 00:02.000\n" + EN[0] + "\n\n0:03.000 --> 00:04.000\none digit minute\n\n"
          "00:05.00 --> 00:06.000\ntwo digit millis\n\n00:07,000 --> 00:08.000\ncomma\n\n"
          "00:60.000 --> 00:61.000\nsixty seconds\n\n00:09.000 --> 00:10.000\n" + ZH[1] + "\n\n"
          "00:12.000 --> 00:11.000\nends before it starts\n\n00:13.000-->00:14.000\n" + FR[2] + "\n")
    write("vtt-header-and-ids.vtt",
          "WEBVTT\tLearning\nX-TIMESTAMP-MAP=MPEGTS:0,LOCAL:00:00:00.000\n\n"
          "cue-1\n00:00:01.000 --> 00:00:02.000\n" + ES[2] + "\n\n"
          "ملاحظة\n00:00:03.000 --> 00:00:04.000\n" + AR[0] + "\n" + EN[0] + "\n")


if __name__ == "__main__":
    sys.exit(main())
