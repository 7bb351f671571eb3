// Encoding detection on real files as users have them: BOMs, UTF-8, the legacy code pages of the six UN
// languages, and binary junk that must be refused instead of shown as mojibake.
#include "catch.h"
#include "testutil.h"

#include "subtitles/subtitlereader.h"

using namespace Qt::StringLiterals;
using namespace cairn::subtitles;
using cairn::test::dataPath;

namespace {

const QStringList kArabic = {u"مدينة التعلم تفتح أبوابها للجميع"_s, u"التَّعَلُّم مدى الحياة حقٌّ لكل إنسان"_s,
                             u"المكتبة العامة قلب المدينة"_s};
const QStringList kChinese = {u"学习型城市让每个人终身学习"_s, u"图书馆是城市的心脏"_s, u"欢迎来到社区学习中心"_s};
const QStringList kChineseTraditional = {u"學習型城市讓每個人終身學習"_s, u"圖書館是城市的心臟"_s,
                                         u"歡迎來到社區學習中心"_s};
const QStringList kRussian = {u"Обучающийся город открыт для всех"_s, u"Библиотека — сердце города"_s,
                              u"Учиться можно в любом возрасте"_s};
const QStringList kFrench = {u"La ville apprenante ouvre ses portes à tous"_s,
                             u"« La bibliothèque est le cœur de la cité »"_s, u"On apprend à tout âge, même l’été"_s};
const QStringList kSpanish = {u"La ciudad del aprendizaje abre sus puertas a todos"_s,
                              u"¿Dónde está la biblioteca? ¡Aquí mismo!"_s, u"El niño aprende español con su señora"_s};

// The three-cue files made by make_fixtures.py all share these timings.
void checkThreeCues(const ParseResult &r, const QStringList &texts)
{
    REQUIRE(r.ok);
    CHECK(r.format == Format::Srt);
    CHECK(r.warnings.isEmpty());
    REQUIRE(r.cues.size() == 3);
    CHECK(r.cues[0].startMs == 1000);
    CHECK(r.cues[0].endMs == 3500);
    CHECK(r.cues[1].startMs == 4000);
    CHECK(r.cues[1].endMs == 6250);
    CHECK(r.cues[2].startMs == 7000);
    CHECK(r.cues[2].endMs == 9999);
    for (int i = 0; i < 3; ++i)
        CHECK(r.cues[i].text == texts[i]);
}

} // namespace

TEST_CASE("legacy code pages of the six languages are detected and decoded", "[subtitles]")
{
    struct Case
    {
        const char *file;
        QString encoding;
        QStringList texts;
    };
    QStringList russianKoi8 = kRussian;
    russianKoi8[1].replace(u'—', u'-'); // KOI8-R has no em dash; the fixture uses '-'
    const Case cases[] = {
        {"cp1256-arabic.srt", u"windows-1256"_s, kArabic},
        {"gb18030-chinese.srt", u"GB18030"_s, kChinese},
        {"big5-chinese-traditional.srt", u"Big5"_s, kChineseTraditional},
        {"windows-1251-russian.srt", u"windows-1251"_s, kRussian},
        {"koi8r-russian.srt", u"KOI8-R"_s, russianKoi8},
        {"cp1252-french.srt", u"windows-1252"_s, kFrench},
        {"iso8859-1-spanish.srt", u"ISO-8859-1"_s, kSpanish},
        {"utf8-arabic.srt", u"UTF-8"_s, kArabic},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const ParseResult r = parseSubtitleFile(dataPath(u"subtitles/"_s + QLatin1StringView(c.file)));
        CHECK(r.encoding == c.encoding);
        checkThreeCues(r, c.texts);
    }
}

TEST_CASE("byte order marks decide the encoding", "[subtitles]")
{
    const ParseResult le = parseSubtitleFile(dataPath(u"subtitles/utf16le-bom.srt"_s));
    CHECK(le.encoding == u"UTF-16LE"_s);
    checkThreeCues(le, {kChinese[0], kArabic[0], kRussian[0]});

    for (const auto &[file, encoding] :
         {std::pair{"utf16be-bom.vtt", u"UTF-16BE"_s}, std::pair{"utf8-bom.vtt", u"UTF-8"_s}}) {
        INFO(file);
        const ParseResult r = parseSubtitleFile(dataPath(u"subtitles/"_s + QLatin1StringView(file)));
        REQUIRE(r.ok);
        CHECK(r.format == Format::WebVtt); // the BOM does not hide the signature
        CHECK(r.encoding == encoding);
        REQUIRE(r.cues.size() == 6);
        CHECK(r.cues[0].text == kArabic[0]);
        CHECK(r.cues[1].text == kChinese[0]);
        CHECK(r.cues[2].text == u"The learning city opens its doors to everyone"_s);
        CHECK(r.cues[3].text == kFrench[0]);
        CHECK(r.cues[4].text == kRussian[0]);
        CHECK(r.cues[5].text == kSpanish[0]);
        CHECK(r.cues[5].startMs == 11500);
        CHECK(r.cues[5].endMs == 13000);
        CHECK(!r.cues[0].text.startsWith(QChar(0xFEFF)));
    }
}

TEST_CASE("binary junk is refused with a reason, not shown as garbage", "[subtitles]")
{
    const ParseResult r = parseSubtitleFile(dataPath(u"subtitles/junk-binary.srt"_s));
    CHECK_FALSE(r.ok);
    CHECK(r.cues.isEmpty());
    CHECK_FALSE(r.error.isEmpty());

    const DecodedText d = decodeSubtitleBytes(cairn::test::readAll(dataPath(u"subtitles/junk-binary.srt"_s)));
    CHECK_FALSE(d.ok);
    CHECK(d.text.isEmpty());

    // The same junk without NUL bytes still goes through uchardet and must still be refused.
    QByteArray noNul = cairn::test::readAll(dataPath(u"subtitles/junk-binary.srt"_s));
    noNul.replace('\0', 'x');
    CHECK_FALSE(parseSubtitleBytes(noNul, u"junk.srt"_s).ok);

    // Replacement characters everywhere: valid UTF-8 that is nothing but U+FFFD and controls.
    QByteArray replacement;
    for (int i = 0; i < 50; ++i)
        replacement += "\xEF\xBF\xBD\x01";
    CHECK_FALSE(decodeSubtitleBytes(replacement).ok);
}

TEST_CASE("an empty file is an empty track, and a text file without timings is not a subtitle", "[subtitles]")
{
    const ParseResult empty = parseSubtitleFile(dataPath(u"subtitles/empty.srt"_s));
    CHECK(empty.ok);
    CHECK(empty.cues.isEmpty());
    CHECK(empty.format == Format::Srt);

    const ParseResult prose = parseSubtitleBytes("Just a README\nwith two lines\n", u"notes.srt"_s);
    CHECK_FALSE(prose.ok);
    CHECK_FALSE(prose.error.isEmpty());

    const ParseResult missing = parseSubtitleFile(dataPath(u"subtitles/does-not-exist.srt"_s));
    CHECK_FALSE(missing.ok);
    CHECK(missing.error.contains(u"does-not-exist.srt"_s));
}

TEST_CASE("a UTF-16 file without a BOM is still read", "[subtitles]")
{
    const QString source = u"1\n00:00:01,000 --> 00:00:02,000\n"_s + kArabic[0] + u"\n"_s;
    QByteArray le(reinterpret_cast<const char *>(source.utf16()), source.size() * 2);
    const DecodedText d = decodeSubtitleBytes(le);
    CHECK(d.ok);
    CHECK(d.encoding == u"UTF-16LE"_s);
    CHECK(d.text == source);
}
