// WebVTT after the W3C parsing rules: exact times, texts, settings and warnings from the fixtures.
#include "catch.h"
#include "testutil.h"

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

TEST_CASE("WebVTT timestamps with and without hours", "[subtitles]")
{
    const ParseResult r = load("vtt-no-hours.vtt");
    REQUIRE(r.ok);
    CHECK(r.format == Format::WebVtt);
    REQUIRE(r.cues.size() == 4);
    CHECK(r.cues[0].startMs == 1000);
    CHECK(r.cues[0].endMs == 2500);
    CHECK(r.cues[0].text == u"Обучающийся город открыт для всех"_s);
    CHECK(r.cues[1].startMs == 62003);
    CHECK(r.cues[1].endMs == 64000);
    CHECK(r.cues[2].startMs == 3600000);
    CHECK(r.cues[2].endMs == 3601000);
    CHECK(r.cues[3].startMs == 123LL * 3600000); // hours may have more than two digits
    CHECK(r.cues[3].text == u"The learning city opens its doors to everyone"_s);
    CHECK(r.warnings.isEmpty());
}

TEST_CASE("WebVTT cue settings: line, position, align, size, vertical, region", "[subtitles]")
{
    const ParseResult r = load("vtt-cue-settings.vtt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 5);
    const CueSettings &a = r.cues[0].settings;
    CHECK(a.lineNumber == 0.0);
    CHECK_FALSE(a.linePercent);
    CHECK(a.positionPercent == 20.0);
    CHECK(a.align == CueSettings::Align::Start);
    CHECK(a.sizePercent == 50.0);
    CHECK(a.region.isEmpty());

    const CueSettings &b = r.cues[1].settings;
    CHECK(b.vertical == CueSettings::Vertical::RightToLeft);
    CHECK(b.lineNumber == -1.0);
    CHECK(r.cues[1].text == u"学习型城市让每个人终身学习"_s);

    // A cue with its own line setting leaves its region (spec).
    const CueSettings &c = r.cues[2].settings;
    CHECK(c.linePercent == 10.0);
    CHECK(c.align == CueSettings::Align::Right);
    CHECK(c.region.isEmpty());

    const CueSettings &d = r.cues[3].settings;
    CHECK(d.region == u"fred"_s);
    CHECK(d.align == CueSettings::Align::Left);

    // Invalid values are ignored one by one, never the cue.
    CHECK(r.cues[4].settings.isDefault());
    CHECK(r.cues[4].text == u"Обучающийся город открыт для всех"_s);
}

TEST_CASE("WebVTT header, NOTE, STYLE and REGION blocks are not cues", "[subtitles]")
{
    const ParseResult r = load("vtt-note-style-region.vtt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 2);
    CHECK(r.cues[0].identifier == u"intro"_s);
    CHECK(r.cues[0].settings.region == u"bottom"_s);
    CHECK(r.cues[0].text == u"La ville apprenante ouvre ses portes à tous"_s);
    CHECK(r.cues[1].identifier.isEmpty());
    CHECK(r.cues[1].startMs == 3000);
    CHECK(r.cues[1].text == u"« La bibliothèque est le cœur de la cité »"_s);
    CHECK(r.warnings.isEmpty());
}

TEST_CASE("a WebVTT timing line starts a new cue even without a blank line", "[subtitles]")
{
    const ParseResult r = load("vtt-arrow-without-blank-line.vtt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 3);
    CHECK(r.cues[0].text == u"La ciudad del aprendizaje abre sus puertas a todos"_s);
    CHECK(r.cues[1].startMs == 3000);
    CHECK(r.cues[1].text == u"¿Dónde está la biblioteca? ¡Aquí mismo!\nsecond line"_s);
    CHECK(r.cues[2].startMs == 5000);
    CHECK(r.cues[2].text == u"المكتبة العامة قلب المدينة"_s);
}

TEST_CASE("WebVTT cue text markup: voice, ruby, classes, lang, timestamps, unknown and unclosed tags", "[subtitles]")
{
    const ParseResult r = load("vtt-markup-ruby-voice.vtt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 5);
    CHECK(r.cues[0].identifier == u"1"_s);
    CHECK(r.cues[0].voice == u"Amina"_s);
    CHECK(r.cues[0].text == u"مدينة التعلم تفتح أبوابها للجميع"_s);

    // textContent keeps the ruby text, as a browser's DOM does.
    CHECK(r.cues[1].text == u"城市chéngshì的图书馆"_s);
    CHECK(r.cues[1].richText == u"城市<sup>chéngshì</sup>的<span style=\"color:#ffff00\">图书馆</span>"_s);

    CHECK(r.cues[2].voice == u"Ivan Petrov"_s);
    CHECK(r.cues[2].text == u"Библиотека — сердце города и всё"_s);
    CHECK(r.cues[2].richText == u"<b>Библиотека — сердце города</b> <i>и</i> <u>всё</u>"_s);

    CHECK(r.cues[3].text == u"التَّعَلُّم مدى الحياة حقٌّ لكل إنسان and karaoke words"_s);
    CHECK(r.cues[3].richText == u"<span lang=\"ar\" dir=\"rtl\">التَّعَلُّم مدى الحياة حقٌّ لكل إنسان</span> "
                                u"<span lang=\"en\" dir=\"ltr\">and</span> karaoke words"_s);

    // "</b>" while <i> is open is ignored by the tree builder; everything is closed at the end.
    CHECK(r.cues[4].text == u"unclosed tags unknown basert end"_s);
    CHECK(r.cues[4].richText == u"<b><i>unclosed tags unknown base<sup>rt</sup> end</i></b>"_s);
}

TEST_CASE("WebVTT character references: named (full HTML table), legacy and numeric", "[subtitles]")
{
    const ParseResult r = load("vtt-entities.vtt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 4);
    CHECK(r.cues[0].text == u"Fish & chips <3 > \u00A0x"_s);
    CHECK(r.cues[0].richText == u"Fish &amp; chips &lt;3 &gt; \u00A0x"_s);
    CHECK(r.cues[1].text == u"\u200Fالمكتبة العامة قلب المدينة\u200E café École œuvre"_s);
    CHECK(r.cues[2].text == u"مدينة ♥ \u2242\u0338 fj \uFFFD \uFFFD"_s);
    CHECK(r.cues[3].text == u"& ¬it; ∉ &bogus; &; & alone &#; &#x; € ©"_s);
}

TEST_CASE("a file without the WEBVTT signature is not WebVTT", "[subtitles]")
{
    const ParseResult r = load("vtt-bad-signature.vtt");
    CHECK_FALSE(r.ok);
    CHECK(r.cues.isEmpty());
    CHECK(r.error.contains(u"WEBVTT"_s));

    CHECK(parseSubtitleText(u"WEBVTT"_s, Format::WebVtt).ok);
    CHECK(parseSubtitleText(u"WEBVTT\n"_s, Format::WebVtt).ok);
    CHECK_FALSE(parseSubtitleText(u"WEBVTT-\n"_s, Format::WebVtt).ok);
    CHECK_FALSE(parseSubtitleText(u"webvtt\n"_s, Format::WebVtt).ok);
}

TEST_CASE("malformed WebVTT timestamps skip only their cue, with the line number", "[subtitles]")
{
    const ParseResult r = load("vtt-malformed-timestamps.vtt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 3);
    CHECK(r.cues[0].text == u"The learning city opens its doors to everyone"_s);
    CHECK(r.cues[1].startMs == 9000);
    CHECK(r.cues[1].text == u"图书馆是城市的心脏"_s);
    CHECK(r.cues[2].startMs == 13000); // "00:13.000-->00:14.000" needs no spaces
    CHECK(r.cues[2].endMs == 14000);
    const QStringList expected = {
        u"line 6: malformed cue timing, cue skipped"_s,   u"line 9: malformed cue timing, cue skipped"_s,
        u"line 12: malformed cue timing, cue skipped"_s,  u"line 15: malformed cue timing, cue skipped"_s,
        u"line 21: cue ends before it starts, skipped"_s,
    };
    CHECK(r.warnings == expected);
}

TEST_CASE("WebVTT header lines and cue identifiers in any script", "[subtitles]")
{
    const ParseResult r = load("vtt-header-and-ids.vtt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 2);
    CHECK(r.cues[0].identifier == u"cue-1"_s);
    CHECK(r.cues[0].text == u"El niño aprende español con su señora"_s);
    CHECK(r.cues[1].identifier == u"ملاحظة"_s);
    CHECK(r.cues[1].text == u"مدينة التعلم تفتح أبوابها للجميع\nThe learning city opens its doors to everyone"_s);
    CHECK(r.warnings.isEmpty());
}
