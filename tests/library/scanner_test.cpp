// Scanning a folder laid out like real downloads, built from the real sample pack media and subtitles.
#include "catch.h"
#include "testutil.h"

#include "core/paths.h"
#include "db/cueshardwriter.h"
#include "db/indexstore.h"
#include "library/library.h"
#include "library/scanner.h"
#include "library/tutoriallistmodel.h"

#include <QLockFile>
#include <QProcess>
#include <cstdio>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace cairn;
using cairn::test::copyAs;
using cairn::test::samplePackPath;

namespace {

const QString kVideo1 = QStringLiteral("01 What is a learning city.mp4");
const QString kVideo2 = QStringLiteral("02 Planning lifelong learning.webm");
const QString kVideo3 = QStringLiteral("03 Celebrating learning together.mkv");

QString sample(const QString &name)
{
    return QDir(samplePackPath()).filePath(name);
}

QString stem1(const QString &suffix)
{
    return sample(QStringLiteral("01 What is a learning city") + suffix);
}

QString stem2(const QString &suffix)
{
    return sample(QStringLiteral("02 Planning lifelong learning") + suffix);
}

/// A library the way people's download folders look.
void buildMessyLibrary(const QDir &root)
{
    // yt-dlp: "Title [id].lang.ext"
    const QString yt = QStringLiteral("Learning Cities (2023)/What is a learning city [dQw4w9WgXcQ]");
    REQUIRE(!copyAs(sample(kVideo1), root, yt + QStringLiteral(".mp4")).isEmpty());
    REQUIRE(!copyAs(stem1(QStringLiteral(".ar.srt")), root, yt + QStringLiteral(".ar.srt")).isEmpty()); // cp1256
    REQUIRE(!copyAs(stem1(QStringLiteral(".zh-Hans.srt")), root, yt + QStringLiteral(".zh-Hans.srt")).isEmpty());
    REQUIRE(!copyAs(stem1(QStringLiteral(".en.srt")), root, yt + QStringLiteral(".en-US.srt")).isEmpty());
    REQUIRE(!copyAs(stem2(QStringLiteral(".fr.vtt")), root, yt + QStringLiteral(".fr.vtt")).isEmpty());

    // Kodi-style names, numbered so that natural order matters ("2" before "10").
    REQUIRE(!copyAs(sample(kVideo2), root, QStringLiteral("Kodi/Tutorial 2.webm")).isEmpty());
    REQUIRE(!copyAs(stem2(QStringLiteral(".ru.vtt")), root, QStringLiteral("Kodi/Tutorial 2.Russian.vtt")).isEmpty());
    REQUIRE(!copyAs(stem2(QStringLiteral(".ar.vtt")), root, QStringLiteral("Kodi/Tutorial 2.ara.vtt")).isEmpty());
    REQUIRE(!copyAs(stem2(QStringLiteral(".en.vtt")), root, QStringLiteral("Kodi/Tutorial 2.en.sdh.vtt")).isEmpty());
    REQUIRE(!copyAs(sample(kVideo3), root, QStringLiteral("Kodi/Tutorial 10.mkv")).isEmpty()); // 6 embedded tracks

    // Per-language folders, plus an underscore suffix.
    REQUIRE(!copyAs(sample(kVideo2), root, QStringLiteral("Workshop/Lesson.webm")).isEmpty());
    REQUIRE(!copyAs(stem2(QStringLiteral(".zh.srt")), root, QStringLiteral("Workshop/Subs/zh/Lesson.srt")).isEmpty());
    REQUIRE(!copyAs(stem2(QStringLiteral(".es.vtt")), root, QStringLiteral("Workshop/Subs/es/Lesson.vtt")).isEmpty());
    REQUIRE(!copyAs(stem2(QStringLiteral(".fr.vtt")), root, QStringLiteral("Workshop/Lesson_fr.vtt")).isEmpty());

    // No language in the name: Cairn reads the text.
    REQUIRE(!copyAs(sample(kVideo1), root, QStringLiteral("Unlabelled/Clip.mp4")).isEmpty());
    REQUIRE(!copyAs(stem1(QStringLiteral(".ru.srt")), root, QStringLiteral("Unlabelled/Clip.srt")).isEmpty());

    // Bad input: a 0-byte video, junk named .mp4, a truncated download, junk named .srt.
    cairn::test::writeFile(root, QStringLiteral("Broken/empty.mp4"), {});
    cairn::test::writeFile(root, QStringLiteral("Broken/junk.mp4"), QByteArray("this is not a video\n").repeated(50));
    const QByteArray mkv = cairn::test::readAll(sample(kVideo3));
    cairn::test::writeFile(root, QStringLiteral("Broken/truncated.mkv"), mkv.left(mkv.size() / 3));
    cairn::test::writeFile(root, QStringLiteral("Broken/junk.en.srt"), QByteArray("\x00\x01\x02\xff\xfe garbage", 15));
    cairn::test::writeFile(root, QStringLiteral("Broken/junk.srt.part"), QByteArray("partial download"));
}

struct Fixture
{
    QTemporaryDir tmp;
    QDir root;
    QString indexPath;

    Fixture()
    {
        REQUIRE(tmp.isValid());
        root = QDir(tmp.filePath(QStringLiteral("library")));
        REQUIRE(QDir().mkpath(root.path()));
        indexPath = tmp.filePath(QStringLiteral("db/index.sqlite"));
        buildMessyLibrary(root);
    }

    library::ScanSummary scan(const library::Scanner::BatchFn &batchWritten = {})
    {
        db::IndexStore store(indexPath, core::userDataPathFor(indexPath));
        library::ScanOptions options = scanOptions;
        options.thumbnailDir = tmp.filePath(QStringLiteral("thumbs"));
        library::Scanner scanner(store, options);
        return scanner.run({{root.path(), false}}, nullptr, {}, batchWritten);
    }

    library::ScanOptions scanOptions;
};

QModelIndex findByPath(const library::TutorialListModel *model, const QString &suffix)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r);
        if (i.data(library::PathRole).toString().endsWith(suffix))
            return i;
    }
    return {};
}

QStringList languagesOf(const library::TutorialListModel *model, const QString &suffix)
{
    const QModelIndex i = findByPath(model, suffix);
    return i.isValid() ? i.data(library::LanguagesRole).toStringList() : QStringList{QStringLiteral("<not found>")};
}

const library::SearchHit *firstHitIn(const QList<library::SearchHit> &hits, const QString &pathSuffix)
{
    for (const auto &h : hits)
        if (h.path.endsWith(pathSuffix))
            return &h;
    return nullptr;
}

} // namespace

TEST_CASE("A messy download folder is indexed with the right languages", "[library][slow]")
{
    Fixture f;
    const library::ScanSummary summary = f.scan();
    INFO(summary.messages.join(QLatin1Char('\n')).toStdString());
    CHECK(summary.videosSeen == 8);
    CHECK(summary.added == 8);

    library::Library lib(f.indexPath);
    REQUIRE(lib.isOpen());
    const auto *model = lib.tutorials();
    REQUIRE(model->rowCount() == 8);

    CHECK(languagesOf(model, QStringLiteral("[dQw4w9WgXcQ].mp4")) ==
          QStringList{QStringLiteral("ar"), QStringLiteral("zh-Hans"), QStringLiteral("en-US"), QStringLiteral("fr")});
    CHECK(languagesOf(model, QStringLiteral("Tutorial 2.webm")) ==
          QStringList{QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("ru")});
    CHECK(languagesOf(model, QStringLiteral("Tutorial 10.mkv")) ==
          QStringList{QStringLiteral("ar"), QStringLiteral("zh-Hans"), QStringLiteral("en"), QStringLiteral("fr"),
                      QStringLiteral("ru"), QStringLiteral("es")});
    CHECK(languagesOf(model, QStringLiteral("Workshop/Lesson.webm")) ==
          QStringList{QStringLiteral("zh-Hans"), QStringLiteral("fr"), QStringLiteral("es")});
    CHECK(languagesOf(model, QStringLiteral("Unlabelled/Clip.mp4")) == QStringList{QStringLiteral("ru")});

    // Series: one per folder, in natural order within it.
    const QModelIndex t2 = findByPath(model, QStringLiteral("Tutorial 2.webm"));
    const QModelIndex t10 = findByPath(model, QStringLiteral("Tutorial 10.mkv"));
    CHECK(t2.data(library::SeriesRole).toString() == QStringLiteral("Kodi"));
    CHECK(t2.data(library::PositionInSeriesRole).toInt() == 1);
    CHECK(t10.data(library::PositionInSeriesRole).toInt() == 2);
    CHECK(t2.row() < t10.row());
    CHECK(findByPath(model, QStringLiteral("[dQw4w9WgXcQ].mp4")).data(Qt::DisplayRole).toString() ==
          QStringLiteral("What is a learning city"));

    // Real durations from the probe; broken files are listed with a reason instead of crashing the scan.
    CHECK(t10.data(library::DurationMsRole).toLongLong() > 10000);
    CHECK(t10.data(library::ErrorRole).toString().isEmpty());
    for (const QString &broken : {QStringLiteral("Broken/empty.mp4"), QStringLiteral("Broken/junk.mp4")}) {
        const QModelIndex b = findByPath(model, broken);
        REQUIRE(b.isValid());
        CHECK_FALSE(b.data(library::ErrorRole).toString().isEmpty());
    }
    CHECK_FALSE(
        findByPath(model, QStringLiteral("Tutorial 2.webm")).data(library::ThumbnailPathRole).toString().isEmpty());
}

TEST_CASE("Search finds what was said in Arabic, Russian and Chinese at the right time", "[library][search][slow]")
{
    Fixture f;
    f.scan();
    library::Library lib(f.indexPath);
    REQUIRE(lib.isOpen());

    SECTION("an Arabic word in a windows-1256 file")
    {
        const auto hits = lib.search(QStringLiteral("المكتبات"));
        const auto *h = firstHitIn(hits, QStringLiteral("[dQw4w9WgXcQ].mp4"));
        REQUIRE(h);
        CHECK(h->language == QStringLiteral("ar"));
        CHECK(h->startMs == 3100);
        CHECK(h->endMs == 5400);
        CHECK(h->snippet.contains(QChar(2)));
    }
    SECTION("Arabic typed without diacritics finds the vocalised text")
    {
        const auto hits = lib.search(QStringLiteral("الحياة"), QStringLiteral("ar"));
        const auto *h = firstHitIn(hits, QStringLiteral("[dQw4w9WgXcQ].mp4"));
        REQUIRE(h);
        CHECK(h->startMs == 500);
        CHECK(h->text.contains(QStringLiteral("الحَيَاة")));
    }
    SECTION("a Russian word, case-insensitively")
    {
        const auto hits = lib.search(QStringLiteral("БИБЛИОТЕКИ"), QStringLiteral("ru"));
        const auto *h = firstHitIn(hits, QStringLiteral("Unlabelled/Clip.mp4")); // guessed Russian
        REQUIRE(h);
        CHECK(h->startMs == 3100);
        CHECK(h->language == QStringLiteral("ru"));
    }
    SECTION("a two-character Chinese word in a GB18030 file in a per-language folder")
    {
        const auto hits = lib.search(QStringLiteral("课堂"));
        const auto *h = firstHitIn(hits, QStringLiteral("Workshop/Lesson.webm"));
        REQUIRE(h);
        CHECK(h->startMs == 7200);
        CHECK(h->language == QStringLiteral("zh-Hans"));
    }
    SECTION("an embedded MKV track is searchable too")
    {
        const auto hits = lib.search(QStringLiteral("curious"));
        const auto *h = firstHitIn(hits, QStringLiteral("Tutorial 10.mkv"));
        REQUIRE(h);
        CHECK(h->startMs == 7600);
    }
    SECTION("a language filter keeps other languages out")
    {
        const auto hits = lib.search(QStringLiteral("библиотеки"), QStringLiteral("fr"));
        CHECK(hits.isEmpty());
    }
}

TEST_CASE("Rescans re-read only what changed — vanished files are missing, not deleted", "[library][slow]")
{
    Fixture f;
    f.scan();
    const QString clip = f.root.filePath(QStringLiteral("Unlabelled/Clip.mp4"));

    qint64 clipId = 0;
    {
        library::Library lib(f.indexPath);
        clipId = findByPath(lib.tutorials(), QStringLiteral("Unlabelled/Clip.mp4")).data(library::IdRole).toLongLong();
        REQUIRE(clipId > 0);
        lib.saveProgress(clipId, 4200, 10000);
    }

    const library::ScanSummary again = f.scan();
    CHECK(again.unchanged == again.videosSeen);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);

    // The "drive" goes away: the tutorial stays, marked missing, with its progress.
    const QString away = f.tmp.filePath(QStringLiteral("Clip.mp4"));
    REQUIRE(QFile::rename(clip, away));
    CHECK(f.scan().missing == 1);
    {
        library::Library lib(f.indexPath);
        const QModelIndex i = findByPath(lib.tutorials(), QStringLiteral("Unlabelled/Clip.mp4"));
        REQUIRE(i.isValid());
        CHECK(i.data(library::MissingRole).toBool());
        CHECK(i.data(library::PositionMsRole).toLongLong() == 4200);
    }

    // It comes back under another name: same tutorial content, same progress, no stale duplicate.
    REQUIRE(QFile::rename(away, f.root.filePath(QStringLiteral("Unlabelled/Clip (renamed).mp4"))));
    f.scan();
    library::Library lib(f.indexPath);
    CHECK_FALSE(findByPath(lib.tutorials(), QStringLiteral("Unlabelled/Clip.mp4")).isValid());
    const QModelIndex moved = findByPath(lib.tutorials(), QStringLiteral("Clip (renamed).mp4"));
    REQUIRE(moved.isValid());
    CHECK_FALSE(moved.data(library::MissingRole).toBool());
    CHECK(moved.data(library::PositionMsRole).toLongLong() == 4200);
    const auto playable = lib.playable(moved.data(library::IdRole).toLongLong());
    REQUIRE(playable);
    CHECK(playable->resumePositionMs == 4200);
}

TEST_CASE("Cues are written to two files, and a changed subtitle or a lost companion file is put right by a rescan",
          "[library][search][slow]")
{
    using cairn::test::queryInt;
    Fixture f;
    // The second writer is given a track only while it has nothing queued, so that this small library's tracks
    // are shared between the two files (with the default, it would take them all).
    f.scanOptions.cueWriterBacklog = 1;
    // Each commit of the index during the scan says the companion may still be behind.
    QList<qint64> marks;
    f.scan([&] { marks << queryInt(f.indexPath, "SELECT count(*) FROM index_meta WHERE key = 'companion_pending'"); });
    REQUIRE(!marks.isEmpty());
    CHECK(marks.first() == 1);
    CHECK(queryInt(f.indexPath, "SELECT count(*) FROM index_meta WHERE key = 'companion_pending'") == 0);
    const QString companion = db::CueShardWriter::pathFor(f.indexPath);
    REQUIRE(QFileInfo::exists(companion));
    // Every track's cues are in exactly one of the two files, none twice, none left over.
    auto cuesStored = [&] {
        return queryInt(f.indexPath, "SELECT count(*) FROM cues") + queryInt(companion, "SELECT count(*) FROM cues");
    };
    auto cuesOfTracks = [&] { return queryInt(f.indexPath, "SELECT sum(cue_count) FROM subtitle_tracks"); };
    CHECK(queryInt(companion, "SELECT count(*) FROM cues") > 0);
    CHECK(queryInt(f.indexPath, "SELECT count(*) FROM cues") > 0);
    CHECK(cuesStored() == cuesOfTracks());

    // The Russian subtitle of Clip.mp4 is replaced: the old words are no longer found there, the new ones are.
    {
        library::Library lib(f.indexPath);
        REQUIRE(firstHitIn(lib.search(QStringLiteral("библиотеки")), QStringLiteral("Unlabelled/Clip.mp4")));
    }
    cairn::test::writeFile(f.root, QStringLiteral("Unlabelled/Clip.srt"),
                           QStringLiteral("1\n00:00:01,000 --> 00:00:02,500\nСмотрители маяка учатся всю жизнь.\n\n"
                                          "2\n00:00:04,000 --> 00:00:06,000\nКаждый город может стать обучающимся.\n")
                               .toUtf8());
    CHECK(f.scan().updated == 1);
    CHECK(cuesStored() == cuesOfTracks());
    {
        library::Library lib(f.indexPath);
        CHECK_FALSE(firstHitIn(lib.search(QStringLiteral("библиотеки")), QStringLiteral("Unlabelled/Clip.mp4")));
        const auto *h = firstHitIn(lib.search(QStringLiteral("маяка")), QStringLiteral("Unlabelled/Clip.mp4"));
        REQUIRE(h);
        CHECK(h->startMs == 1000);
    }

    // The companion file is lost (deleted by a cleaner, or left behind when the index was copied alone): the
    // tutorials whose cues were in it are read again, and search finds everything it found before.
    const qint64 affected = queryInt(
        f.indexPath, "SELECT count(DISTINCT tutorial_id) FROM subtitle_tracks WHERE id % 2 = 1 AND cue_count > 0");
    REQUIRE(affected > 0);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(companion + QLatin1String(suffix));
    CHECK(f.scan().updated == affected);
    CHECK(cuesStored() == cuesOfTracks());
    {
        library::Library lib(f.indexPath);
        const auto *h = firstHitIn(lib.search(QStringLiteral("маяка")), QStringLiteral("Unlabelled/Clip.mp4"));
        REQUIRE(h);
        CHECK(h->startMs == 1000);
        const auto *zh = firstHitIn(lib.search(QStringLiteral("课堂")), QStringLiteral("Workshop/Lesson.webm"));
        REQUIRE(zh);
        CHECK(zh->startMs == 7200);
    }

    // A scan stopped after committing the index and before the companion committed the same group: the index
    // says so, and the companion lacks cues of tracks the index has. The next scan reads that tutorial again.
    const qint64 lostTrack = queryInt(companion, "SELECT max(track_id) FROM cues");
    REQUIRE(lostTrack > 0);
    {
        auto c = db::Database::open(companion);
        c->prepare("DELETE FROM cues WHERE track_id = ?1", false).bind(1, lostTrack).run();
        auto index = db::Database::open(f.indexPath);
        index->exec("INSERT INTO index_meta(key, value) VALUES ('companion_pending', '1')");
    }
    CHECK(cuesStored() < cuesOfTracks());
    CHECK(f.scan().updated == 1);
    CHECK(cuesStored() == cuesOfTracks());
    CHECK(queryInt(f.indexPath, "SELECT count(*) FROM index_meta WHERE key = 'companion_pending'") == 0);
}

TEST_CASE("A second scan of the same index at once is refused in words, and the library is kept", "[library][slow]")
{
    Fixture f;
    REQUIRE(f.scan().added > 0);
    const int before = int(cairn::test::queryInt(f.indexPath, "SELECT count(*) FROM tutorials"));
    // Another Cairn (here: this process, as another scan would) is scanning the same index.
    QLockFile other(f.indexPath + QStringLiteral(".scan-lock"));
    REQUIRE(other.tryLock(0));
    const library::ScanSummary refused = f.scan();
    CHECK(refused.databaseFailed);
    CHECK(refused.messages.join(QLatin1Char(' ')).contains(QStringLiteral("busy")));
    CHECK(cairn::test::queryInt(f.indexPath, "SELECT count(*) FROM tutorials") == before);
    other.unlock();
    const library::ScanSummary after = f.scan();
    CHECK_FALSE(after.databaseFailed);
    CHECK(after.unchanged == after.videosSeen);
}

TEST_CASE("A symlink loop and an unavailable root do not hang or lose the library", "[library]")
{
    QTemporaryDir tmp;
    const QDir root(tmp.filePath(QStringLiteral("lib")));
    REQUIRE(QDir().mkpath(root.filePath(QStringLiteral("a/b"))));
    REQUIRE(!copyAs(sample(kVideo1), root, QStringLiteral("a/b/One.mp4")).isEmpty());
    REQUIRE(QFile::link(root.path(), root.filePath(QStringLiteral("a/b/loop"))));
    const QString indexPath = tmp.filePath(QStringLiteral("index.sqlite"));
    {
        db::IndexStore store(indexPath, core::userDataPathFor(indexPath));
        library::ScanOptions options;
        options.thumbnails = false;
        library::Scanner scanner(store, options);
        const auto s = scanner.run({{root.path(), false}, {tmp.filePath(QStringLiteral("unplugged-usb")), false}});
        CHECK(s.added == 1);
        CHECK(s.messages.join(QLatin1Char('\n')).contains(QStringLiteral("not available")));
    }
    library::Library lib(indexPath);
    CHECK(lib.tutorials()->rowCount() == 1);
}

TEST_CASE("Hidden and system folders are skipped, symlinked folders followed, a manifest edit is picked up",
          "[library]")
{
    QTemporaryDir tmp;
    const QDir root(tmp.filePath(QStringLiteral("lib")));
    REQUIRE(!copyAs(sample(kVideo1), root, QStringLiteral("Pack/One.mp4")).isEmpty());
    REQUIRE(!copyAs(stem1(QStringLiteral(".fr.srt")), root, QStringLiteral("Pack/One.fr.srt")).isEmpty());
    REQUIRE(!copyAs(sample(kVideo1), root, QStringLiteral(".Trash-1000/files/Deleted.mp4")).isEmpty());
    REQUIRE(!copyAs(sample(kVideo1), root, QStringLiteral("$RECYCLE.BIN/Recycled.mp4")).isEmpty());
    REQUIRE(!copyAs(sample(kVideo1), root, QStringLiteral("Pack/.hidden.mp4")).isEmpty());
    // A folder elsewhere, linked into the library (how people add a second drive to one tree).
    const QDir elsewhere(tmp.filePath(QStringLiteral("elsewhere")));
    REQUIRE(!copyAs(sample(kVideo1), elsewhere, QStringLiteral("Linked.mp4")).isEmpty());
    REQUIRE(QFile::link(elsewhere.path(), root.filePath(QStringLiteral("Shortcut"))));
    REQUIRE(QFile::link(tmp.filePath(QStringLiteral("nowhere")), root.filePath(QStringLiteral("Pack/Dangling.mp4"))));

    auto writeManifest = [&](const char *title) {
        QFile f(root.filePath(QStringLiteral("Pack/cairn.json")));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(R"({"format": "cairn-manifest", "version": 1,
            "series": {"id": "pack", "title": {"en": "The Pack"}},
            "tutorials": [{"file": "One.mp4", "title": {"en": ")") + title + R"("}}]})");
    };
    writeManifest("First title");
    const QString indexPath = tmp.filePath(QStringLiteral("index.sqlite"));
    auto scan = [&] {
        db::IndexStore store(indexPath, core::userDataPathFor(indexPath));
        library::ScanOptions options;
        options.thumbnails = false;
        library::Scanner scanner(store, options);
        return scanner.run({{root.path(), false}});
    };
    const auto first = scan();
    CHECK(first.added == 2); // Pack/One.mp4 and Shortcut/Linked.mp4, nothing from the trash, hidden or dangling
    {
        library::Library lib(indexPath);
        REQUIRE(lib.tutorials()->rowCount() == 2);
        const QModelIndex one = findByPath(lib.tutorials(), QStringLiteral("Pack/One.mp4"));
        REQUIRE(one.isValid());
        CHECK(one.data(Qt::DisplayRole).toString() == QStringLiteral("First title"));
        CHECK(one.data(library::SeriesRole).toString() == QStringLiteral("The Pack"));
        CHECK(findByPath(lib.tutorials(), QStringLiteral("Shortcut/Linked.mp4")).isValid());
    }

    // Nothing changed: nothing re-read.
    const auto again = scan();
    CHECK(again.unchanged == 2);
    CHECK(again.updated == 0);

    // The manifest is edited (same size, so only its time differs): the title follows.
    writeManifest("Other title");
    QFile(root.filePath(QStringLiteral("Pack/cairn.json")))
        .setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
    const auto edited = scan();
    CHECK(edited.updated == 1);
    library::Library lib(indexPath);
    CHECK(findByPath(lib.tutorials(), QStringLiteral("Pack/One.mp4")).data(Qt::DisplayRole).toString() ==
          QStringLiteral("Other title"));
}

TEST_CASE("ASS and SSA sidecars are found, get their language from the name, and are searchable", "[library]")
{
    QTemporaryDir tmp;
    const QDir root(tmp.filePath(QStringLiteral("lib")));
    REQUIRE(!copyAs(sample(kVideo1), root, QStringLiteral("Anime club/Episode 1.mp4")).isEmpty());
    REQUIRE(!copyAs(cairn::test::dataPath(QStringLiteral("subtitles/ass-aegisub-arabic-chinese.ass")), root,
                    QStringLiteral("Anime club/Episode 1.ar.ass"))
                 .isEmpty());
    REQUIRE(!copyAs(cairn::test::dataPath(QStringLiteral("subtitles/ssa-v4-russian-crlf.ssa")), root,
                    QStringLiteral("Anime club/Episode 1.Russian.ssa"))
                 .isEmpty());
    const QString indexPath = tmp.filePath(QStringLiteral("index.sqlite"));
    {
        db::IndexStore store(indexPath, core::userDataPathFor(indexPath));
        library::ScanOptions options;
        options.thumbnails = false;
        library::Scanner scanner(store, options);
        CHECK(scanner.run({{root.path(), false}}).added == 1);
    }
    library::Library lib(indexPath);
    CHECK(languagesOf(lib.tutorials(), QStringLiteral("Episode 1.mp4")) ==
          QStringList{QStringLiteral("ar"), QStringLiteral("ru")});
    const auto hits = lib.search(QStringLiteral("أبوابها"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.constFirst().startMs == 4200);
    CHECK(hits.constFirst().language == QStringLiteral("ar"));
    CHECK(lib.search(QStringLiteral("Библиотека"), QStringLiteral("ru")).size() == 1);
}

TEST_CASE("Older formats are indexed too: MPEG-PS, MPEG-TS, 3GPP and Flash video", "[library][slow]")
{
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    REQUIRE_FALSE(ffmpeg.isEmpty()); // installed by ./dev.sh test
    QTemporaryDir tmp;
    const QDir root(tmp.filePath(QStringLiteral("lib/Old camera")));
    REQUIRE(QDir().mkpath(root.path()));
    const QList<std::pair<QString, QStringList>> outputs{
        {QStringLiteral("Tutorial 1.mpg"), {QStringLiteral("-c:v"), QStringLiteral("mpeg2video"), QStringLiteral("-c:a"), QStringLiteral("mp2")}},
        {QStringLiteral("Tutorial 2.m2ts"), {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-c:a"), QStringLiteral("aac")}},
        {QStringLiteral("Tutorial 3.3gp"), {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-c:a"), QStringLiteral("aac")}},
        {QStringLiteral("Tutorial 4.flv"), {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-c:a"), QStringLiteral("aac")}},
    };
    for (const auto &[name, codecs] : outputs) {
        QProcess p;
        p.start(ffmpeg, QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                                    QStringLiteral("-i"), sample(kVideo1), QStringLiteral("-t"), QStringLiteral("2")} +
                            codecs + QStringList{root.filePath(name)});
        REQUIRE(p.waitForFinished(60000));
        INFO(name.toStdString() << ": " << p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
    }
    REQUIRE(!copyAs(stem1(QStringLiteral(".ar.srt")), root, QStringLiteral("Tutorial 1.ar.srt")).isEmpty());

    const QString indexPath = tmp.filePath(QStringLiteral("index.sqlite"));
    {
        db::IndexStore store(indexPath, core::userDataPathFor(indexPath));
        library::ScanOptions options;
        options.thumbnailDir = tmp.filePath(QStringLiteral("thumbs"));
        library::Scanner scanner(store, options);
        const auto s = scanner.run({{tmp.filePath(QStringLiteral("lib")), false}});
        INFO(s.messages.join(QLatin1Char('\n')).toStdString());
        CHECK(s.added == 4);
        CHECK(s.errors == 0);
    }
    library::Library lib(indexPath);
    REQUIRE(lib.tutorials()->rowCount() == 4);
    for (int r = 0; r < 4; ++r) {
        const QModelIndex i = lib.tutorials()->index(r);
        INFO(i.data(library::PathRole).toString().toStdString());
        CHECK(i.data(library::DurationMsRole).toLongLong() > 1500);
        CHECK(i.data(library::ErrorRole).toString().isEmpty());
        CHECK_FALSE(i.data(library::ThumbnailPathRole).toString().isEmpty());
    }
    CHECK(languagesOf(lib.tutorials(), QStringLiteral("Tutorial 1.mpg")) == QStringList{QStringLiteral("ar")});
}

#if defined(Q_OS_LINUX)
TEST_CASE("File names that are not UTF-8 are reported, not silently lost", "[library]")
{
    // An archive made on an old Windows, unpacked with a tool that keeps the bytes: "Leçon 1.mp4" in Latin-1.
    QTemporaryDir tmp;
    const QDir root(tmp.filePath(QStringLiteral("lib")));
    REQUIRE(!copyAs(sample(kVideo1), root, QStringLiteral("Pack/Ok.mp4")).isEmpty());
    const QByteArray latin1 = QFile::encodeName(root.filePath(QStringLiteral("Pack"))) + "/Le\xe7on 1.mp4";
    REQUIRE(!copyAs(sample(kVideo1), root, QStringLiteral("Pack/to-rename.mp4")).isEmpty());
    REQUIRE(::rename(QFile::encodeName(root.filePath(QStringLiteral("Pack/to-rename.mp4"))).constData(),
                     latin1.constData()) == 0);

    const QString indexPath = tmp.filePath(QStringLiteral("index.sqlite"));
    db::IndexStore store(indexPath, core::userDataPathFor(indexPath));
    library::ScanOptions options;
    options.thumbnails = false;
    library::Scanner scanner(store, options);
    const auto s = scanner.run({{root.path(), false}});
    CHECK(s.added == 1);
    const QString messages = s.messages.join(QLatin1Char('\n'));
    CHECK(messages.contains(QStringLiteral("not valid UTF-8")));
    CHECK(messages.contains(QDir::toNativeSeparators(QFileInfo(root.filePath(QStringLiteral("Pack"))).canonicalFilePath())));
}
#endif
