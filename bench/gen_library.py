#!/usr/bin/env python3
"""Writes a synthetic tutorial library for Cairn's benchmarks.

    bench/gen_library.py OUT_DIR N [--cues 450] [--seed 1] [--video FILE]

Layout: OUT_DIR/<Category>/<Sub-topic>/<NN Series name>/<NN Title words>.mp4 with six sidecars beside it
(<stem>.ar.srt, <stem>.zh-Hans.srt, <stem>.en.srt, <stem>.fr.srt, <stem>.ru.srt, <stem>.es.srt); every 5th
tutorial uses WebVTT, every 10th series keeps its subtitles in a "Subs/" folder. About ten tutorials a series.

Cue text comes from a per-language vocabulary: real words at the head (these are what the search benchmark looks
for) and made-up words from the language's own letters in a long Zipf tail, so hit counts look like a real corpus
(a few very common words, many rare ones). Arabic words carry harakat a third of the time (search must find them
without); Chinese is unspaced text of mostly two-character words.

Videos: each is a copy of one small real file (tests/data/media/h264-aac.mp4, 17 KB) with a 24-byte MP4 "free"
box appended that holds the tutorial's number. Probing stays real (libavformat opens every file) but cheap, and
every file has its own content fingerprint, as real libraries do (hardlinks would give every tutorial the same
fingerprint and let the page cache serve one inode for all).
"""
import argparse
import os
import random
import struct
import sys

LANGS = ["ar", "zh-Hans", "en", "fr", "ru", "es"]

HEAD = {
    "en": "the of and to in is you that it for on with as this learning city can we are be your video lesson "
          "library community people learn how what will about more program skills course teacher students work "
          "project planning together data public school knowledge everyone open lifelong local training "
          "partners digital reading museum volunteer network evaluation budget mayor workshop curriculum".split(),
    "fr": "le de la et les des un une est pour que dans en ville apprentissage bibliothèque vous nous sur avec "
          "cette leçon formation élèves enseignant projet communauté tout être musée données école savoir "
          "ensemble ouverte compétences réseau évaluation atelier programme bénévole lecture numérique".split(),
    "es": "el la de que y en los las un una es para por con ciudad aprendizaje biblioteca usted nosotros "
          "lección formación alumnos maestro proyecto comunidad todo museo datos escuela saber juntos abierta "
          "habilidades red evaluación taller programa voluntario lectura digital dónde aquí también".split(),
    "ru": "и в не на что с по как это город обучение библиотека мы вы урок курс учитель ученики проект "
          "сообщество все музей данные школа знания вместе открытый навыки сеть оценка мастерская программа "
          "волонтёр чтение цифровой ещё здесь также Москва".split(),
    "ar": "في من على إلى أن هذا هذه مدينة التعلم المكتبة الدرس المعلم الطلاب المشروع المجتمع الجميع المتحف "
          "البيانات المدرسة المعرفة معا مفتوحة المهارات الشبكة التقييم الورشة البرنامج المتطوع القراءة الرقمية "
          "مدى الحياة التدريب الشركاء".split(),
    "zh-Hans": "学习 城市 图书馆 课堂 老师 学生 项目 社区 大家 博物馆 数据 学校 知识 一起 开放 技能 网络 评估 "
               "工作坊 课程 志愿者 阅读 数字 终身 培训 伙伴 规划 我们 你们 可以 这个 视频 播放器 字幕 搜索 "
               "问题 方法 内容 时间 世界".split(),
}

LETTERS = {
    "en": "etaoinshrdlcumwfgypbvk",
    "fr": "esaitnrulodcmpévqfbghjàèxyz",
    "es": "eaosrnidlctumpbgvyqhfzjñó",
    "ru": "оеаинтсрвлкмдпуяызьбгчйхжшюцщэфё",
    "ar": "اليمونهربتكعفقسدذحجخشصضطظغثزء",
}
HARAKAT = ["\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u064B"]
PUNCT = {"en": ".", "fr": ".", "es": ".", "ru": ".", "ar": ".", "zh-Hans": "。"}
TITLE_WORDS = ("Introduction Planning Learning City Library Data Evaluation Community Partners Budget Reading "
               "Museum Digital Skills Workshop Volunteers Teachers Network Open Lifelong Basics Advanced "
               "Review Practice Project Mapping Goals Funding Outreach Schools").split()
CATEGORIES = ["Planning", "Community", "Education", "Culture", "Technology", "Health", "Environment", "Economy"]


def make_vocab(lang, rng, tail=4000):
    """Head words first (most frequent), then made-up words: a rank-ordered list for a Zipf draw."""
    words = list(HEAD[lang])
    seen = set(words)
    while len(words) < len(HEAD[lang]) + tail:
        if lang == "zh-Hans":
            # Two or three common-range CJK ideographs.
            w = "".join(chr(rng.randint(0x4E00, 0x62FF)) for _ in range(rng.choice((2, 2, 2, 3))))
        else:
            w = "".join(rng.choice(LETTERS[lang]) for _ in range(rng.randint(3, 9)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def zipf_weights(n, s=1.05):
    return [1.0 / (r ** s) for r in range(1, n + 1)]


def make_sentences(lang, rng, count):
    vocab = make_vocab(lang, rng)
    weights = zipf_weights(len(vocab))
    out = []
    for _ in range(count):
        if lang == "zh-Hans":
            words = rng.choices(vocab, weights, k=rng.randint(7, 11))
            s = "".join(words)
            if len(s) > 12:
                cut = rng.randint(5, len(s) - 5)
                s = s[:cut] + "，" + s[cut:]
            out.append(s + PUNCT[lang])
            continue
        n = rng.randint(5, 8) if lang == "ar" else rng.randint(7, 11)
        words = rng.choices(vocab, weights, k=n)
        if lang == "ar":
            words = ["".join(ch + (rng.choice(HARAKAT) if rng.random() < 0.35 else "") for ch in w)
                     if rng.random() < 0.33 else w for w in words]
        else:
            words[0] = words[0][:1].upper() + words[0][1:]
        out.append(" ".join(words) + PUNCT[lang])
    return out


def ts(ms, vtt):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d%s%03d" % (h, m, s, "." if vtt else ",", ms)


def write_subtitle(path, sentences, rng, cues, vtt):
    parts = ["WEBVTT\n\n"] if vtt else []
    t = rng.randint(500, 3000)
    for i in range(cues):
        dur = rng.randint(1200, 4500)
        text = rng.choice(sentences)
        if rng.random() < 0.25:
            text += "\n" + rng.choice(sentences)
        parts.append("%d\n%s --> %s\n%s\n\n" % (i + 1, ts(t, vtt), ts(t + dur, vtt), text))
        t += dur + rng.randint(50, 800)
    data = "".join(parts).encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return len(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("n", type=int)
    ap.add_argument("--cues", type=int, default=450, help="cues per subtitle file (default 450)")
    ap.add_argument("--seed", type=int, default=1)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--video", default=os.path.join(here, "..", "tests", "data", "media", "h264-aac.mp4"))
    args = ap.parse_args()

    rng = random.Random(args.seed)
    with open(args.video, "rb") as f:
        video = f.read()
    sentences = {lang: make_sentences(lang, rng, 20000) for lang in LANGS}
    os.makedirs(args.out, exist_ok=True)

    sub_bytes = 0
    files = 0
    per_series = 10
    for i in range(args.n):
        series = i // per_series
        cat = CATEGORIES[series % len(CATEGORIES)]
        sub = "%s %d" % (TITLE_WORDS[series % len(TITLE_WORDS)], series // 64 + 1)
        sname = "%02d %s %s" % (series % 100 + 1, TITLE_WORDS[(series * 7) % len(TITLE_WORDS)],
                                TITLE_WORDS[(series * 13 + 3) % len(TITLE_WORDS)])
        folder = os.path.join(args.out, cat, sub, sname)
        os.makedirs(folder, exist_ok=True)
        r = random.Random(args.seed * 1000003 + i)
        stem = "%02d %s" % (i % per_series + 1, " ".join(r.sample(TITLE_WORDS, r.randint(2, 5))))
        with open(os.path.join(folder, stem + ".mp4"), "wb") as f:
            # A trailing top-level "free" box: ignored by demuxers, makes each file's content unique.
            f.write(video + struct.pack(">I4s", 24, b"free") + struct.pack(">QQ", i, args.seed))
        files += 1
        subdir = folder
        if series % 10 == 9:
            subdir = os.path.join(folder, "Subs")
            os.makedirs(subdir, exist_ok=True)
        vtt = i % 5 == 4
        for lang in LANGS:
            path = os.path.join(subdir, "%s.%s.%s" % (stem, lang, "vtt" if vtt else "srt"))
            sub_bytes += write_subtitle(path, sentences[lang], r, args.cues, vtt)
            files += 1
        if i % 500 == 499:
            print("  %d/%d tutorials" % (i + 1, args.n), file=sys.stderr)
    print("tutorials=%d files=%d subtitle_bytes=%d cues=%d" % (args.n, files, sub_bytes, args.n * 6 * args.cues))


if __name__ == "__main__":
    main()
