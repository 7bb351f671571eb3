// ASS and SSA scripts as fansub groups, yt-dlp and Aegisub write them: exact times and texts from the fixtures.
#include "catch.h"
#include "testutil.h"

#include "subtitles/assparser.h"
#include "subtitles/subtitlereader.h"

using namespace Qt::StringLiterals;
using namespace cairn::subtitles;
using cairn::test::dataPath;

namespace {
ParseResult load(const char *name)
{
    return parseSubtitleFile(dataPath(u"subtitles/"_s + QLatin1StringView(name)));
}
} // namespace

TEST_CASE("ASS from Aegisub: dialogue in time order, styles, overrides, comments and drawings", "[subtitles]")
{
    const ParseResult r = load("ass-aegisub-arabic-chinese.ass");
    REQUIRE(r.ok);
    CHECK(r.format == Format::Ass);
    CHECK(formatName(r.format) == u"ass"_s);
    CHECK(r.encoding == u"UTF-8"_s);
    // Comment lines, the drawing-only event and the broken time are not cues; the rest is sorted by start.
    REQUIRE(r.cues.size() == 4);
    CHECK(r.warnings.size() == 1); // the broken time, with its line number
    CHECK(r.warnings.constFirst().contains(u"27"_s));

    CHECK(r.cues[0].startMs == 1500);
    CHECK(r.cues[0].endMs == 4000);
    CHECK(r.cues[0].text == u"Welcome, everyone, to the learning city."_s); // commas in the text survive

    // The "Sign" style has Alignment 8: drawn at the top; its {\fad} is dropped.
    CHECK(r.cues[1].startMs == 1500);
    CHECK(r.cues[1].text == u"学习型城市"_s);
    CHECK(r.cues[1].settings.assAlignment == 8);

    CHECK(r.cues[2].startMs == 4200);
    CHECK(r.cues[2].endMs == 7000);
    CHECK(r.cues[2].text == u"مدينة التعلم تفتح أبوابها\nللجميع، في كل عمر."_s);
    CHECK(r.cues[2].richText == u"<i>مدينة التعلم</i> تفتح أبوابها<br>للجميع، في كل عمر."_s);
    CHECK(r.cues[2].settings.assAlignment == 0); // Default style, bottom centre

    CHECK(r.cues[3].startMs == 7500);
    CHECK(r.cues[3].endMs == 9250);
    CHECK(r.cues[3].settings.assAlignment == 8);
    CHECK(r.cues[3].text == u"Libraries & parks are < 5 minutes away\u00A0for all."_s);
    CHECK(r.cues[3].richText.startsWith(u"<b>Libraries</b> &amp; parks are &lt; 5"_s)); // escaped, never markup
}

TEST_CASE("SSA v4 with CRLF, Marked= fields and legacy alignments", "[subtitles]")
{
    const ParseResult r = load("ssa-v4-russian-crlf.ssa");
    REQUIRE(r.ok);
    CHECK(r.format == Format::Ass);
    REQUIRE(r.cues.size() == 2);
    CHECK(r.cues[0].startMs == 1000);
    CHECK(r.cues[0].endMs == 2500);
    CHECK(r.cues[0].text == u"Город обучения"_s);
    CHECK(r.cues[0].settings.assAlignment == 8); // style "Top": SSA alignment 6 is top centre
    CHECK(r.cues[1].text == u"Библиотека"_s);
    CHECK(r.cues[1].settings.assAlignment == 1); // {\a1}: bottom left
}

TEST_CASE("ASS without dialogue is refused with a reason — the content decides over the extension",
          "[subtitles]")
{
    const ParseResult none = load("ass-no-events.ass");
    CHECK_FALSE(none.ok);
    CHECK(none.error.contains(u"[Events]"_s));

    // An ASS script saved as .srt (it happens) is still read as ASS.
    const QByteArray script = "[Script Info]\nScriptType: v4.00+\n\n[Events]\n"
                              "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
                              "Dialogue: 0,0:01:02.03,0:01:04.00,Default,,0,0,0,,Hola\\Nmundo\n";
    const ParseResult asSrt = parseSubtitleBytes(script, u"Clase.es.srt"_s);
    REQUIRE(asSrt.ok);
    CHECK(asSrt.format == Format::Ass);
    REQUIRE(asSrt.cues.size() == 1);
    CHECK(asSrt.cues[0].startMs == 62030);
    CHECK(asSrt.cues[0].text == u"Hola\nmundo"_s);

    // And an ordinary SRT is not mistaken for ASS.
    CHECK_FALSE(looksLikeAss(u"1\n00:00:01,000 --> 00:00:02,000\n[Events] are listed below\n"_s));
    const QString srtAboutAss = u"1\n00:00:01,000 --> 00:00:04,000\nAn ASS file has an\n[Events]\n\n"
                                u"2\n00:00:04,000 --> 00:00:06,000\nDialogue: lines follow.\n"_s;
    CHECK_FALSE(looksLikeAss(srtAboutAss));
    const ParseResult srt = parseSubtitleBytes(srtAboutAss.toUtf8(), u"Formats.en.srt"_s);
    CHECK(srt.format == Format::Srt);
    CHECK(srt.cues.size() == 2);
}
