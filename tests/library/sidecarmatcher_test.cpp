// Sidecar matching on real files laid out the way real downloads are: yt-dlp, Kodi, release folders,
// per-language folders, names in Arabic, Chinese and Cyrillic, NFD names from macOS.
#include "catch.h"
#include "testutil.h"

#include "library/sidecarmatcher.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace cairn::library;

namespace {

// A download tree on disk. The matcher gets what a scanner would: every file in the tree as candidates (so it has
// to reject other folders' subtitles and non-subtitles itself) and the other videos of the video's folder.
class Tree
{
public:
    Tree() { REQUIRE(m_dir.isValid()); }

    QString add(const QString &relPath)
    {
        return cairn::test::writeFile(QDir(m_dir.path()), relPath,
                                      QByteArrayLiteral("1\n00:00:01,000 --> 00:00:02,000\nx\n"));
    }

    QString absolute(const QString &relPath) const { return QDir(m_dir.path()).absoluteFilePath(relPath); }

    /// What the matcher gives the video at relPath, keyed by the subtitle's path relative to the tree.
    QMap<QString, SidecarMatch> match(const QString &relVideo) const
    {
        const QDir root(m_dir.path());
        const QString video = root.absoluteFilePath(relVideo);
        QStringList all;
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            all.append(it.next());
        QStringList siblings;
        for (const QString &path : all) {
            const QFileInfo info(path);
            if (info.absolutePath() == QFileInfo(video).absolutePath() && path != video &&
                videoExtensions().contains(info.suffix().toLower()))
                siblings.append(path);
        }
        QMap<QString, SidecarMatch> result;
        for (const SidecarMatch &m : matchSidecars(video, all, siblings)) {
            CHECK(QFileInfo::exists(m.path));
            result.insert(root.relativeFilePath(m.path), m);
        }
        return result;
    }

private:
    QTemporaryDir m_dir;
};

QStringList keys(const QMap<QString, SidecarMatch> &m)
{
    return m.keys();
}

} // namespace

TEST_CASE("matchSidecars reads language and flags from Name.<lang>.<flags>.srt", "[library]")
{
    Tree tree;
    tree.add(u"course/Lecture 01 - Introduction.mp4"_s);
    tree.add(u"course/Lecture 01 - Introduction.ar.srt"_s);
    tree.add(u"course/Lecture 01 - Introduction.zh-Hans.vtt"_s);
    tree.add(u"course/Lecture 01 - Introduction.zh-CN.srt"_s);
    tree.add(u"course/Lecture 01 - Introduction.en.forced.srt"_s);
    tree.add(u"course/Lecture 01 - Introduction.en.sdh.srt"_s);
    tree.add(u"course/Lecture 01 - Introduction.srt"_s);
    tree.add(u"course/Lecture 01 - Introduction part 2.mp4"_s);
    tree.add(u"course/Lecture 01 - Introduction part 2.fr.srt"_s);
    tree.add(u"course/Lecture 02.mp4"_s);
    tree.add(u"course/Lecture 02.RU.SRT"_s);

    const auto m = tree.match(u"course/Lecture 01 - Introduction.mp4"_s);
    // "part 2" has its own video, so its subtitle is not this one's; Lecture 02's is not either.
    CHECK(keys(m) ==
          QStringList{u"course/Lecture 01 - Introduction.ar.srt"_s, u"course/Lecture 01 - Introduction.en.forced.srt"_s,
                      u"course/Lecture 01 - Introduction.en.sdh.srt"_s, u"course/Lecture 01 - Introduction.srt"_s,
                      u"course/Lecture 01 - Introduction.zh-CN.srt"_s,
                      u"course/Lecture 01 - Introduction.zh-Hans.vtt"_s});
    CHECK(m.value(u"course/Lecture 01 - Introduction.ar.srt"_s).language == u"ar"_s);
    CHECK(m.value(u"course/Lecture 01 - Introduction.zh-Hans.vtt"_s).language == u"zh-Hans"_s);
    CHECK(m.value(u"course/Lecture 01 - Introduction.zh-CN.srt"_s).language == u"zh-Hans"_s);
    const SidecarMatch forced = m.value(u"course/Lecture 01 - Introduction.en.forced.srt"_s);
    CHECK(forced.language == u"en"_s);
    CHECK(forced.forced);
    CHECK_FALSE(forced.sdh);
    const SidecarMatch sdh = m.value(u"course/Lecture 01 - Introduction.en.sdh.srt"_s);
    CHECK(sdh.language == u"en"_s);
    CHECK(sdh.sdh);
    CHECK_FALSE(sdh.forced);
    CHECK(m.value(u"course/Lecture 01 - Introduction.srt"_s).language.isEmpty());

    const auto part2 = tree.match(u"course/Lecture 01 - Introduction part 2.mp4"_s);
    CHECK(keys(part2) == QStringList{u"course/Lecture 01 - Introduction part 2.fr.srt"_s});
    CHECK(part2.first().language == u"fr"_s);

    // Case-insensitive names and extensions.
    const auto l2 = tree.match(u"course/Lecture 02.mp4"_s);
    REQUIRE(l2.size() == 1);
    CHECK(l2.first().language == u"ru"_s);
}

TEST_CASE("matchSidecars orders UN languages first, the language-less last", "[library]")
{
    Tree tree;
    const QString video = tree.add(u"v/Talk.mp4"_s);
    const QStringList subs = {tree.add(u"v/Talk.srt"_s),       tree.add(u"v/Talk.de.srt"_s),
                              tree.add(u"v/Talk.es.srt"_s),    tree.add(u"v/Talk.en.forced.srt"_s),
                              tree.add(u"v/Talk.en.srt"_s),    tree.add(u"v/Talk.ar.srt"_s),
                              tree.add(u"v/Talk.zh-TW.srt"_s), tree.add(u"v/Talk.zh.srt"_s)};
    QStringList order;
    for (const SidecarMatch &m : matchSidecars(video, subs, {}))
        order.append(m.language + (m.forced ? u"+forced"_s : QString()));
    CHECK(order == QStringList{u"ar"_s, u"zh-Hans"_s, u"en"_s, u"en+forced"_s, u"es"_s, u"de"_s, u"zh-Hant"_s, u""_s});
}

TEST_CASE("matchSidecars handles yt-dlp names and ignores its other files", "[library]")
{
    Tree tree;
    tree.add(u"yt/How Rivers Form [dQw4w9WgXcQ].webm"_s);
    tree.add(u"yt/How Rivers Form [dQw4w9WgXcQ].fr.vtt"_s);
    tree.add(u"yt/How Rivers Form [dQw4w9WgXcQ].en-US.vtt"_s);
    tree.add(u"yt/How Rivers Form [dQw4w9WgXcQ].zh-Hans.vtt"_s);
    tree.add(u"yt/How Rivers Form [dQw4w9WgXcQ].ar.vtt"_s);
    tree.add(u"yt/How Rivers Form [dQw4w9WgXcQ].live_chat.json"_s);
    tree.add(u"yt/How Rivers Form [dQw4w9WgXcQ].info.json"_s);
    tree.add(u"yt/How Rivers Form [dQw4w9WgXcQ].webp"_s);

    const auto m = tree.match(u"yt/How Rivers Form [dQw4w9WgXcQ].webm"_s);
    REQUIRE(m.size() == 4);
    CHECK(m.value(u"yt/How Rivers Form [dQw4w9WgXcQ].fr.vtt"_s).language == u"fr"_s);
    CHECK(m.value(u"yt/How Rivers Form [dQw4w9WgXcQ].en-US.vtt"_s).language == u"en-US"_s);
    CHECK(m.value(u"yt/How Rivers Form [dQw4w9WgXcQ].zh-Hans.vtt"_s).language == u"zh-Hans"_s);
    CHECK(m.value(u"yt/How Rivers Form [dQw4w9WgXcQ].ar.vtt"_s).language == u"ar"_s);
    for (const SidecarMatch &s : m)
        CHECK(s.label.isEmpty());
}

TEST_CASE("matchSidecars handles Kodi and scene names: codes, names, default and hi flags", "[library]")
{
    Tree tree;
    tree.add(u"kodi/Water.Cycle.2019.mkv"_s);
    const std::pair<QString, QString> expected[] = {
        {u"kodi/Water.Cycle.2019.fr.default.srt"_s, u"fr"_s},
        {u"kodi/Water.Cycle.2019.French.srt"_s, u"fr"_s},
        {u"kodi/Water.Cycle.2019.eng.hi.srt"_s, u"en"_s},
        {u"kodi/Water.Cycle.2019.ara.srt"_s, u"ar"_s},
        {u"kodi/Water.Cycle.2019.Arabic.srt"_s, u"ar"_s},
        {u"kodi/Water.Cycle.2019.zh_CN.srt"_s, u"zh-Hans"_s},
        {u"kodi/Water.Cycle.2019.pt-BR.srt"_s, u"pt-BR"_s},
        {u"kodi/Water.Cycle.2019.chi.srt"_s, u"zh-Hans"_s},
        {u"kodi/Water.Cycle.2019.cht.srt"_s, u"zh-Hant"_s},
        {u"kodi/Water.Cycle.2019.rus.srt"_s, u"ru"_s},
        {u"kodi/Water.Cycle.2019.spa.srt"_s, u"es"_s},
        {u"kodi/Water.Cycle.2019.it.srt"_s, u"it"_s},
        {u"kodi/Water.Cycle.2019.Simplified Chinese.srt"_s, u"zh-Hans"_s},
        {u"kodi/Water.Cycle.2019.mp4.es.srt"_s, u"es"_s},
    };
    for (const auto &[file, language] : expected)
        tree.add(file);

    const auto m = tree.match(u"kodi/Water.Cycle.2019.mkv"_s);
    CHECK(m.size() == static_cast<qsizetype>(std::size(expected)));
    for (const auto &[file, language] : expected) {
        INFO("file: " << file);
        REQUIRE(m.contains(file));
        CHECK(m.value(file).language == language);
    }
    CHECK(m.value(u"kodi/Water.Cycle.2019.eng.hi.srt"_s).sdh);
    CHECK_FALSE(m.value(u"kodi/Water.Cycle.2019.fr.default.srt"_s).sdh);
    CHECK(m.value(u"kodi/Water.Cycle.2019.fr.default.srt"_s).label.isEmpty());
}

TEST_CASE("matchSidecars does not read languages out of ordinary name parts", "[library]")
{
    Tree tree;
    for (const QString &f : {u"f/Intro.mp4"_s, u"f/Intro.final.srt"_s, u"f/Intro.Part.it.srt"_s, u"f/Lecture.mp4"_s,
                             u"f/Lecture.1080p.srt"_s, u"f/My.Movie.2019.mp4"_s, u"f/My.Movie.2019.srt"_s,
                             u"f/Video.mp4"_s, u"f/Video.sub.srt"_s, u"f/Part.mp4"_s, u"f/Part.de.2.srt"_s,
                             u"f/Intro2.srt"_s, u"f/Lecture.no.srt"_s, u"f/Lecture.fr.1080p.srt"_s})
        tree.add(f);

    const auto intro = tree.match(u"f/Intro.mp4"_s);
    // "Intro2" is another name, not Intro at a word boundary.
    CHECK(keys(intro) == QStringList{u"f/Intro.Part.it.srt"_s, u"f/Intro.final.srt"_s});
    CHECK(intro.value(u"f/Intro.final.srt"_s).language.isEmpty());
    CHECK(intro.value(u"f/Intro.final.srt"_s).label == u"final"_s);
    // "it" after another name part is a word, not Italian.
    CHECK(intro.value(u"f/Intro.Part.it.srt"_s).language.isEmpty());

    const auto lecture = tree.match(u"f/Lecture.mp4"_s);
    REQUIRE(lecture.size() == 3);
    // Release noise after the language does not hide it.
    CHECK(lecture.value(u"f/Lecture.fr.1080p.srt"_s).language == u"fr"_s);
    CHECK(lecture.value(u"f/Lecture.1080p.srt"_s).language.isEmpty());
    CHECK(lecture.value(u"f/Lecture.1080p.srt"_s).label.isEmpty());
    // Straight after the video's name a word-like code is the language: Lecture.no.srt is Norwegian.
    CHECK(lecture.value(u"f/Lecture.no.srt"_s).language == u"no"_s);

    const auto movie = tree.match(u"f/My.Movie.2019.mp4"_s);
    REQUIRE(movie.size() == 1);
    CHECK(movie.first().language.isEmpty());

    const auto video = tree.match(u"f/Video.mp4"_s);
    REQUIRE(video.size() == 1);
    CHECK(video.first().language.isEmpty());

    // Only the last tokens can be a language: "de" followed by "2" is not German.
    const auto part = tree.match(u"f/Part.mp4"_s);
    REQUIRE(part.size() == 1);
    CHECK(part.first().language.isEmpty());
}

TEST_CASE("matchSidecars reads Name_fr, Name-ru and Name (French)", "[library]")
{
    Tree tree;
    tree.add(u"u/Name.mp4"_s);
    tree.add(u"u/Name_fr.srt"_s);
    tree.add(u"u/Name-ru.srt"_s);
    tree.add(u"u/Name (Spanish).srt"_s);
    tree.add(u"u/Name_English_SDH.srt"_s);
    tree.add(u"u/Name.Director's commentary.en.srt"_s);
    tree.add(u"u/Name.SDH.Arabic.srt"_s);
    tree.add(u"u/Name.English US.srt"_s);
    const auto m = tree.match(u"u/Name.mp4"_s);
    REQUIRE(m.size() == 7);
    CHECK(m.value(u"u/Name.SDH.Arabic.srt"_s).language == u"ar"_s);
    CHECK(m.value(u"u/Name.SDH.Arabic.srt"_s).sdh);
    CHECK(m.value(u"u/Name.English US.srt"_s).language == u"en-US"_s);
    CHECK(m.value(u"u/Name_fr.srt"_s).language == u"fr"_s);
    CHECK(m.value(u"u/Name-ru.srt"_s).language == u"ru"_s);
    CHECK(m.value(u"u/Name (Spanish).srt"_s).language == u"es"_s);
    CHECK(m.value(u"u/Name_English_SDH.srt"_s).language == u"en"_s);
    CHECK(m.value(u"u/Name_English_SDH.srt"_s).sdh);
    const SidecarMatch commentary = m.value(u"u/Name.Director's commentary.en.srt"_s);
    CHECK(commentary.language == u"en"_s);
    CHECK(commentary.label == u"Director's commentary"_s);
}

TEST_CASE("matchSidecars takes the language from per-language and release-style folders", "[library]")
{
    Tree tree;
    tree.add(u"p/Lesson.mp4"_s);
    tree.add(u"p/Other.mp4"_s);
    tree.add(u"p/Subs/ar/Lesson.srt"_s);
    tree.add(u"p/Subs/fr/Lesson.srt"_s);
    tree.add(u"p/Subs/fr/Other.srt"_s);
    tree.add(u"p/Subs/Lesson.es.srt"_s);
    tree.add(u"p/subtitles/zh-Hant/Lesson.srt"_s);
    tree.add(u"p/subtitles/Russian/Lesson.srt"_s);
    tree.add(u"p/Subs/ar/Lesson.en.srt"_s); // the name is more specific than the folder
    tree.add(u"p/Misc/Lesson.de.srt"_s);    // not a subtitle folder
    tree.add(u"r/Movie.Name.mp4"_s);
    tree.add(u"r/Subs/Movie.Name/2_English.srt"_s);
    tree.add(u"r/Subs/Movie.Name/3_Arabic.srt"_s);
    tree.add(u"r/Subs/Movie.Name/4_Chinese (Simplified).srt"_s);
    tree.add(u"r/Subs/Movie.Name/5_Russian.srt"_s);
    tree.add(u"r/Subs/Other.Movie/2_English.srt"_s);
    tree.add(u"c/videos/Week1.mp4"_s);
    tree.add(u"c/Subs/fr/Week1.srt"_s); // course keeps subtitles beside the videos folder

    const auto lesson = tree.match(u"p/Lesson.mp4"_s);
    CHECK(keys(lesson) == QStringList{u"p/Subs/Lesson.es.srt"_s, u"p/Subs/ar/Lesson.en.srt"_s,
                                      u"p/Subs/ar/Lesson.srt"_s, u"p/Subs/fr/Lesson.srt"_s,
                                      u"p/subtitles/Russian/Lesson.srt"_s, u"p/subtitles/zh-Hant/Lesson.srt"_s});
    CHECK(lesson.value(u"p/Subs/ar/Lesson.srt"_s).language == u"ar"_s);
    CHECK(lesson.value(u"p/Subs/fr/Lesson.srt"_s).language == u"fr"_s);
    CHECK(lesson.value(u"p/Subs/Lesson.es.srt"_s).language == u"es"_s);
    CHECK(lesson.value(u"p/subtitles/zh-Hant/Lesson.srt"_s).language == u"zh-Hant"_s);
    CHECK(lesson.value(u"p/subtitles/Russian/Lesson.srt"_s).language == u"ru"_s);
    CHECK(lesson.value(u"p/Subs/ar/Lesson.en.srt"_s).language == u"en"_s);

    const auto movie = tree.match(u"r/Movie.Name.mp4"_s);
    CHECK(keys(movie) == QStringList{u"r/Subs/Movie.Name/2_English.srt"_s, u"r/Subs/Movie.Name/3_Arabic.srt"_s,
                                     u"r/Subs/Movie.Name/4_Chinese (Simplified).srt"_s,
                                     u"r/Subs/Movie.Name/5_Russian.srt"_s});
    CHECK(movie.value(u"r/Subs/Movie.Name/2_English.srt"_s).language == u"en"_s);
    CHECK(movie.value(u"r/Subs/Movie.Name/3_Arabic.srt"_s).language == u"ar"_s);
    CHECK(movie.value(u"r/Subs/Movie.Name/4_Chinese (Simplified).srt"_s).language == u"zh-Hans"_s);
    CHECK(movie.value(u"r/Subs/Movie.Name/5_Russian.srt"_s).language == u"ru"_s);

    const auto week = tree.match(u"c/videos/Week1.mp4"_s);
    REQUIRE(week.size() == 1);
    CHECK(week.first().language == u"fr"_s);
}

TEST_CASE("matchSidecars matches Arabic, Chinese, Cyrillic and NFD file names", "[library]")
{
    Tree tree;
    tree.add(u"n/محاضرة الماء.mp4"_s);
    tree.add(u"n/محاضرة الماء.ar.srt"_s);
    tree.add(u"n/محاضرة الماء.العربية.srt"_s);
    tree.add(u"n/水循环 第一讲.mp4"_s);
    tree.add(u"n/水循环 第一讲.zh-Hans.srt"_s);
    tree.add(u"n/水循环 第一讲.繁體中文.srt"_s);
    tree.add(u"n/水循环 第一讲.srt"_s);
    tree.add(u"n/Лекция о воде.mp4"_s);
    tree.add(u"n/Лекция о воде.ru.srt"_s);
    // macOS writes decomposed names: the video is NFC, its subtitles NFD (é = e + U+0301, й = и + U+0306).
    tree.add(u"n/Café Résumé.mp4"_s);
    const QString nfdFrench = u"n/Cafe\u0301 Re\u0301sume\u0301.Franc\u0327ais.srt"_s;
    tree.add(nfdFrench);
    tree.add(u"n/Мой урок.mov"_s);
    const QString nfdRussian = u"n/Мои\u0306 урок.Русскии\u0306.srt"_s;
    tree.add(nfdRussian);
    // The decomposed names are on disk as written, so the matcher really sees NFD beside NFC.
    const QStringList onDisk = QDir(tree.absolute(u"n"_s)).entryList(QDir::Files);
    REQUIRE(onDisk.contains(QFileInfo(nfdFrench).fileName()));
    REQUIRE_FALSE(onDisk.contains(QFileInfo(nfdFrench).fileName().normalized(QString::NormalizationForm_C)));

    const auto arabic = tree.match(u"n/محاضرة الماء.mp4"_s);
    REQUIRE(arabic.size() == 2);
    for (const SidecarMatch &m : arabic)
        CHECK(m.language == u"ar"_s);

    const auto chinese = tree.match(u"n/水循环 第一讲.mp4"_s);
    REQUIRE(chinese.size() == 3);
    CHECK(chinese.value(u"n/水循环 第一讲.zh-Hans.srt"_s).language == u"zh-Hans"_s);
    CHECK(chinese.value(u"n/水循环 第一讲.繁體中文.srt"_s).language == u"zh-Hant"_s);
    CHECK(chinese.value(u"n/水循环 第一讲.srt"_s).language.isEmpty());

    const auto russian = tree.match(u"n/Лекция о воде.mp4"_s);
    REQUIRE(russian.size() == 1);
    CHECK(russian.first().language == u"ru"_s);

    const auto cafe = tree.match(u"n/Café Résumé.mp4"_s);
    REQUIRE(cafe.size() == 1);
    CHECK(cafe.first().language == u"fr"_s);
    CHECK(cafe.first().path.endsWith(u"Franc\u0327ais.srt"_s)); // the path on disk, not a normalised copy

    const auto lesson = tree.match(u"n/Мой урок.mov"_s);
    REQUIRE(lesson.size() == 1);
    CHECK(lesson.first().language == u"ru"_s);
}

TEST_CASE("subtitle and video extensions and subtitle folder names", "[library]")
{
    CHECK(subtitleExtensions() == QStringList{u"srt"_s, u"vtt"_s, u"webvtt"_s, u"ass"_s, u"ssa"_s});
    CHECK(videoExtensions() == QStringList{u"mp4"_s, u"m4v"_s, u"mkv"_s, u"webm"_s, u"mov"_s, u"avi"_s, u"ogv"_s,
                                           u"mpg"_s, u"mpeg"_s, u"m2ts"_s, u"mts"_s, u"3gp"_s, u"flv"_s});
    CHECK(isSubtitleFolderName(u"Subs"_s));
    CHECK(isSubtitleFolderName(u"subtitles"_s));
    CHECK(isSubtitleFolderName(u"SUB"_s));
    CHECK(isSubtitleFolderName(u"srt"_s));
    CHECK(isSubtitleFolderName(u"字幕"_s));
    CHECK_FALSE(isSubtitleFolderName(u"Videos"_s));
    CHECK_FALSE(isSubtitleFolderName(u"Substance"_s));
}

TEST_CASE("matchSidecars keeps numbered lectures in one folder apart", "[library]")
{
    Tree tree;
    for (const QString &f : {u"s/Lecture 1.mp4"_s, u"s/Lecture 1.en.srt"_s, u"s/Lecture 10.mp4"_s,
                             u"s/Lecture 10.en.srt"_s, u"s/Lecture 1 - Extra.mp4"_s, u"s/Lecture 1 - Extra.fr.srt"_s,
                             u"s/Lecture 1.1.mp4"_s, u"s/Lecture 1.1.ar.srt"_s})
        tree.add(f);
    CHECK(keys(tree.match(u"s/Lecture 1.mp4"_s)) == QStringList{u"s/Lecture 1.en.srt"_s});
    CHECK(keys(tree.match(u"s/Lecture 10.mp4"_s)) == QStringList{u"s/Lecture 10.en.srt"_s});
    CHECK(keys(tree.match(u"s/Lecture 1 - Extra.mp4"_s)) == QStringList{u"s/Lecture 1 - Extra.fr.srt"_s});
    const auto dotted = tree.match(u"s/Lecture 1.1.mp4"_s);
    REQUIRE(dotted.size() == 1);
    CHECK(dotted.first().language == u"ar"_s);
}
