// SRT as VLC, mpv and ffmpeg read it: exact times and texts from the fixtures in tests/data/subtitles/.
#include "catch.h"
#include "testutil.h"

#include "subtitles/subtitlereader.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace cairn::subtitles;
using cairn::test::dataPath;

namespace {

ParseResult load(const char *name)
{
    return parseSubtitleFile(dataPath(u"subtitles/"_s + QLatin1StringView(name)));
}

} // namespace

TEST_CASE("SRT with CRLF line ends and no final newline", "[subtitles]")
{
    const ParseResult r = load("crlf-no-final-newline.srt");
    REQUIRE(r.ok);
    CHECK(r.format == Format::Srt);
    CHECK(r.encoding == u"UTF-8"_s);
    REQUIRE(r.cues.size() == 3);
    CHECK(r.cues[0].text == u"The learning city opens its doors to everyone"_s);
    CHECK(r.cues[1].text == u"مدينة التعلم تفتح أبوابها للجميع"_s);
    CHECK(r.cues[2].text == u"La ville apprenante ouvre ses portes à tous"_s); // no stray '\r'
    CHECK(r.cues[2].startMs == 7000);
    CHECK(r.cues[2].endMs == 9999);
    CHECK(r.cues[0].identifier == u"1"_s);
    CHECK(r.warnings.isEmpty());
}

TEST_CASE("SRT sequence numbers may be wrong, repeated or missing", "[subtitles]")
{
    const ParseResult r = load("srt-wrong-sequence-numbers.srt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 4);
    const qint64 starts[] = {1000, 3000, 5000, 7000};
    const QString ids[] = {u"7"_s, u"7"_s, QString(), u"1"_s};
    for (int i = 0; i < 4; ++i) {
        CHECK(r.cues[i].startMs == starts[i]);
        CHECK(r.cues[i].endMs == starts[i] + 1000);
        CHECK(r.cues[i].identifier == ids[i]);
    }
    CHECK(r.cues[2].text == u"La ciudad del aprendizaje abre sus puertas a todos"_s);
    CHECK(r.cues[3].text == u"Обучающийся город открыт для всех"_s);
    CHECK(r.warnings.isEmpty());
}

TEST_CASE("SRT timestamps: dot or comma, 1-3 digit milliseconds, hours optional", "[subtitles]")
{
    const ParseResult r = load("srt-dot-milliseconds.srt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 4);
    CHECK(r.cues[0].startMs == 1000);
    CHECK(r.cues[0].endMs == 2500);
    CHECK(r.cues[0].text == u"学习型城市让每个人终身学习"_s);
    // Short millisecond fields are integers, as ffmpeg and VLC read them: ",5" is 5 ms.
    CHECK(r.cues[1].startMs == 3005);
    CHECK(r.cues[1].endMs == 4025);
    CHECK(r.cues[2].startMs == 5000); // "00:05,000": minutes and seconds only
    CHECK(r.cues[2].endMs == 6000);
    CHECK(r.cues[3].startMs == 3723004); // "1:02:03,004"
    CHECK(r.cues[3].endMs == 3724000);
    CHECK(r.cues[3].text == u"La ciudad del aprendizaje abre sus puertas a todos"_s);
}

TEST_CASE("SRT position tags ({an1} to {an9}) set the position, other ASS overrides are stripped", "[subtitles]")
{
    const ParseResult r = load("srt-ass-an8-tags.srt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 3);
    CHECK(r.cues[0].settings.assAlignment == 8);
    CHECK(r.cues[0].text == u"مدينة التعلم تفتح أبوابها للجميع"_s);
    CHECK(r.cues[1].settings.assAlignment == 2);
    CHECK(r.cues[1].text == u"The learning city opens its doors to everyone"_s);
    CHECK(r.cues[2].settings.assAlignment == 0);
    CHECK(r.cues[2].settings.isDefault());
    // Braces without a backslash are ordinary text.
    CHECK(r.cues[2].text == u"图书馆是城市的心脏\n{not an override} stays"_s);
    CHECK(r.cues[2].richText == u"图书馆是城市的心脏<br>{not an override} stays"_s);
}

TEST_CASE("SRT <font color>, <i>, <b>, <u> become safe rich text — plain text has no markup", "[subtitles]")
{
    const ParseResult r = load("srt-font-color.srt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 3);
    CHECK(r.cues[0].text == u"La ville apprenante ouvre ses portes à tous"_s);
    CHECK(r.cues[0].richText == u"<span style=\"color:#ff8000\">La ville apprenante ouvre ses portes à tous</span>"_s);
    CHECK(r.cues[1].text == u"¿Dónde está la biblioteca? ¡Aquí mismo!\nThe public library is the heart of the city"_s);
    CHECK(r.cues[1].richText ==
          u"<i>¿Dónde está la biblioteca? ¡Aquí mismo!</i><br><b>The public library is the heart of the city</b>"_s);
    // "3 < 5 & 7 > 2" is text, and stays escaped in the rich text.
    CHECK(r.cues[2].text == u"Библиотека — сердце города 3 < 5 & 7 > 2"_s);
    CHECK(r.cues[2].richText ==
          u"<span style=\"color:#ff0000\"><u>Библиотека — сердце города</u></span> 3 &lt; 5 &amp; 7 &gt; 2"_s);
}

TEST_CASE("SRT garbage and a malformed timing line are skipped — the cues around them survive", "[subtitles]")
{
    const ParseResult r = load("srt-garbage-between-cues.srt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 3);
    CHECK(r.cues[0].text == u"The learning city opens its doors to everyone"_s);
    CHECK(r.cues[1].text == u"مدينة التعلم تفتح أبوابها للجميع"_s);
    CHECK(r.cues[1].startMs == 3000);
    CHECK(r.cues[2].text == u"Обучающийся город открыт для всех"_s);
    CHECK(r.cues[2].startMs == 7000);
    REQUIRE(r.warnings.size() == 2);
    CHECK(r.warnings[0] == u"line 5: unexpected text outside a cue skipped"_s);
    CHECK(r.warnings[1] == u"line 13: malformed timing line, cue skipped"_s);
}

TEST_CASE("SRT coordinates after the timing line are ignored", "[subtitles]")
{
    const ParseResult r = load("srt-coordinates.srt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 2);
    CHECK(r.cues[0].endMs == 2000);
    CHECK(r.cues[0].text == u"« La bibliothèque est le cœur de la cité »"_s);
    CHECK(r.cues[1].text == u"El niño aprende español con su señora"_s);
}

TEST_CASE("SRT cue text may contain a line that looks like a number", "[subtitles]")
{
    const ParseResult r = load("srt-number-line-in-text.srt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 3);
    CHECK(r.cues[0].text == u"The city plans to open libraries by\n2030"_s);
    // A number directly followed by a timing line starts the next cue, even without a blank line.
    CHECK(r.cues[1].text == u"欢迎来到社区学习中心"_s);
    CHECK(r.cues[2].identifier == u"3"_s);
    CHECK(r.cues[2].startMs == 6000);
    CHECK(r.cues[2].text == u"Learning never stops, at any age"_s);
}

TEST_CASE("SRT with extra blank lines and with old Mac CR line ends", "[subtitles]")
{
    const ParseResult blank = load("srt-extra-blank-lines.srt");
    REQUIRE(blank.ok);
    REQUIRE(blank.cues.size() == 2);
    CHECK(blank.cues[0].text == u"التَّعَلُّم مدى الحياة حقٌّ لكل إنسان"_s);
    CHECK(blank.cues[1].text == u"Учиться можно в любом возрасте"_s);
    CHECK(blank.warnings.isEmpty());

    const ParseResult cr = load("srt-cr-only.srt");
    REQUIRE(cr.ok);
    REQUIRE(cr.cues.size() == 3);
    CHECK(cr.cues[1].text == u"学习型城市让每个人终身学习"_s);
    CHECK(cr.cues[2].startMs == 7000);
}

TEST_CASE("SRT cues that end before they start are skipped with a warning", "[subtitles]")
{
    const ParseResult r = load("srt-end-before-start.srt");
    REQUIRE(r.ok);
    REQUIRE(r.cues.size() == 1);
    CHECK(r.cues[0].text == u"The public library is the heart of the city"_s);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0] == u"line 2: cue ends before it starts, skipped"_s);
}

TEST_CASE("a .srt file that is really WebVTT is read as WebVTT", "[subtitles]")
{
    const ParseResult r = parseSubtitleBytes("WEBVTT\n\n00:01.000 --> 00:02.000\nA &amp; B\n", u"movie.srt"_s);
    REQUIRE(r.ok);
    CHECK(r.format == Format::WebVtt);
    REQUIRE(r.cues.size() == 1);
    CHECK(r.cues[0].text == u"A & B"_s);
    CHECK(formatName(r.format) == u"vtt"_s);
    CHECK(formatName(Format::Srt) == u"srt"_s);
}

TEST_CASE("hostile cue text stays linear: 200,000 angle brackets, ASS braces and ampersands on one line", "[subtitles]")
{
    const QByteArray header = "1\n00:00:01,000 --> 00:00:02,000\n";
    const QByteArray lt(200000, '<');
    QByteArray braces;
    for (int i = 0; i < 100000; ++i)
        braces += "{\\";
    QElapsedTimer timer;
    timer.start();
    const ParseResult a = parseSubtitleBytes(header + lt + '\n', u"a.srt"_s);
    const ParseResult b = parseSubtitleBytes(header + braces + '\n', u"b.srt"_s);
    const ParseResult c =
        parseSubtitleBytes("WEBVTT\n\n00:01.000 --> 00:02.000\n" + QByteArray(200000, '&') + '\n', u"c.vtt"_s);
    // Quadratic scanning would take minutes here; linear takes milliseconds. The bound is generous for CI.
    CHECK(timer.elapsed() < 3000);
    REQUIRE(a.cues.size() == 1);
    CHECK(a.cues[0].text == QString(200000, u'<'));
    REQUIRE(b.cues.size() == 1);
    CHECK(b.cues[0].text.size() == 200000);
    REQUIRE(c.cues.size() == 1);
    CHECK(c.cues[0].text == QString(200000, u'&'));
}
