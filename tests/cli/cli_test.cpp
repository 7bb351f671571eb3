// The real cairn-cli binary, run as an installer or a script would, on a copy of the sample pack.
#include "catch.h"
#include "testutil.h"
#include "../playback/waitfor.h"

#include "db/indexstore.h"
#include "library/library.h"
#include "library/tutoriallistmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <sqlite3.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(CAIRN_CLI_PATH));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

struct Pack
{
    QTemporaryDir tmp;
    QString root, db;
    Pack()
    {
        root = tmp.filePath(QStringLiteral("Sample pack"));
        db = tmp.filePath(QStringLiteral("index.sqlite"));
        REQUIRE(cairn::test::copyTree(cairn::test::samplePackPath(), root));
    }
};

} // namespace

TEST_CASE("cairn-cli scan, list and search on the sample pack", "[cli][slow]")
{
    Pack pack;
    const Run scan =
        cli({QStringLiteral("--db"), pack.db, QStringLiteral("scan"), pack.root, QStringLiteral("--json")});
    INFO(scan.err.toStdString());
    REQUIRE(scan.exitCode == 0);
    CHECK(scan.json().object().value(QStringLiteral("added")).toInt() == 3);

    const Run list = cli({QStringLiteral("--db"), pack.db, QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray tutorials = list.json().array();
    REQUIRE(tutorials.size() == 3);
    const QJsonObject first = tutorials.at(0).toObject();
    CHECK(first.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("01 What is a learning city.mp4")));
    CHECK(first.value(QStringLiteral("title")).toString() == QStringLiteral("What is a learning city?"));
    CHECK_FALSE(first.value(QStringLiteral("series")).toString().isEmpty());
    CHECK(first.value(QStringLiteral("duration_ms")).toInt() > 9000);
    CHECK(first.value(QStringLiteral("missing")).toBool() == false);
    const QJsonArray langs = first.value(QStringLiteral("languages")).toArray();
    QStringList tags;
    for (const auto &l : langs)
        tags << l.toString();
    CHECK(tags == QStringList{QStringLiteral("ar"), QStringLiteral("zh-Hans"), QStringLiteral("en"),
                              QStringLiteral("fr"), QStringLiteral("ru"), QStringLiteral("es")});
    const QJsonObject third = tutorials.at(2).toObject();
    CHECK(third.value(QStringLiteral("languages")).toArray().size() == 6); // embedded MKV tracks

    const Run search = cli({QStringLiteral("--db"), pack.db, QStringLiteral("search"), QStringLiteral("lighthouse"),
                            QStringLiteral("--json")});
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = search.json().array();
    REQUIRE(hits.size() == 1);
    const QJsonObject hit = hits.at(0).toObject();
    CHECK(hit.value(QStringLiteral("language")).toString() == QStringLiteral("en"));
    CHECK(hit.value(QStringLiteral("start_ms")).toInt() == 5600);
    CHECK(hit.value(QStringLiteral("end_ms")).toInt() == 7700);
    CHECK(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("[lighthouse]")));

    const Run zh = cli({QStringLiteral("--db"), pack.db, QStringLiteral("search"), QStringLiteral("课堂"),
                        QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--json")});
    REQUIRE(zh.exitCode == 0);
    REQUIRE(zh.json().array().size() == 1);
    CHECK(zh.json().array().at(0).toObject().value(QStringLiteral("start_ms")).toInt() == 7200);
}

TEST_CASE("cairn-cli verify reports a damaged copy and exits 1", "[cli]")
{
    Pack pack;
    const Run ok = cli({QStringLiteral("verify"), pack.root});
    INFO(ok.out.toStdString() << ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains("OK"));

    // Flip one byte of a subtitle file, as a bad USB stick would.
    const QString victim = QDir(pack.root).filePath(QStringLiteral("01 What is a learning city.en.srt"));
    QByteArray bytes = cairn::test::readAll(victim);
    REQUIRE(!bytes.isEmpty());
    bytes[10] = char(bytes[10] ^ 0x20);
    cairn::test::writeFile(QDir(pack.root), QStringLiteral("01 What is a learning city.en.srt"), bytes);
    REQUIRE(QFile::remove(QDir(pack.root).filePath(QStringLiteral("02 Planning lifelong learning.zh.srt"))));

    const Run bad = cli({QStringLiteral("verify"), pack.root, QStringLiteral("--json")});
    CHECK(bad.exitCode == 1);
    const QJsonObject report = bad.json().array().at(0).toObject();
    CHECK(report.value(QStringLiteral("mismatched")).toArray().at(0).toString() ==
          QStringLiteral("01 What is a learning city.en.srt"));
    CHECK(report.value(QStringLiteral("missing")).toArray().at(0).toString() ==
          QStringLiteral("02 Planning lifelong learning.zh.srt"));
    CHECK(report.value(QStringLiteral("passed")).toBool() == false);
}

TEST_CASE("cairn-cli subtitles prints the parsed file as JSON, refuses junk", "[cli]")
{
    const QString ar =
        QDir(cairn::test::samplePackPath()).filePath(QStringLiteral("01 What is a learning city.ar.srt"));
    const Run r = cli({QStringLiteral("subtitles"), ar});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    CHECK(o.value(QStringLiteral("format")).toString() == QStringLiteral("srt"));
    CHECK(o.value(QStringLiteral("encoding")).toString().compare(QStringLiteral("windows-1256"), Qt::CaseInsensitive) ==
          0);
    const QJsonArray cues = o.value(QStringLiteral("cues")).toArray();
    REQUIRE(cues.size() == 4);
    CHECK(cues.at(0).toObject().value(QStringLiteral("start_ms")).toInt() == 500);
    CHECK(cues.at(0).toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("مدينة")));

    QTemporaryDir tmp;
    const QString junk = cairn::test::writeFile(QDir(tmp.path()), QStringLiteral("junk.srt"),
                                                QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16).repeated(40));
    const Run bad = cli({QStringLiteral("subtitles"), junk});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.isEmpty());
    CHECK(bad.err.contains(QStringLiteral("junk.srt")));
}

TEST_CASE("cairn-cli refuses a database from a newer version with exit code 3", "[cli]")
{
    Pack pack;
    REQUIRE(cli({QStringLiteral("--db"), pack.db, QStringLiteral("scan"), pack.root, QStringLiteral("--no-thumbnails"),
                 QStringLiteral("-q")})
                .exitCode == 0);
    // Bump the schema the way a future version of Cairn would.
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(pack.db).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);

    const Run list = cli({QStringLiteral("--db"), pack.db, QStringLiteral("list")});
    CHECK(list.exitCode == 3);
    CHECK(list.err.contains(QStringLiteral("newer version")));
    const Run scan = cli({QStringLiteral("--db"), pack.db, QStringLiteral("scan"), pack.root});
    CHECK(scan.exitCode == 3);
}

TEST_CASE("cairn-cli explains wrong usage with exit code 2", "[cli]")
{
    const Run usage = cli({QStringLiteral("frobnicate")});
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(QStringLiteral("frobnicate")));
    const Run noQuery = cli({QStringLiteral("search")});
    CHECK(noQuery.exitCode == 2);
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("search QUERY"));
    CHECK(help.out.contains("Exit codes"));
}

TEST_CASE("An installer's system index is two readable files, and a user's first start copies them", "[cli][slow]")
{
    Pack pack;
    const QString sysDir = pack.tmp.filePath(QStringLiteral("var/lib/cairn"));
    REQUIRE(QDir().mkpath(sysDir));
    const QString sysDb = QDir(sysDir).filePath(QStringLiteral("system-index.sqlite"));
    const Run scan = cli({QStringLiteral("--db"), sysDb, QStringLiteral("scan"), QStringLiteral("--system"), pack.root,
                          QStringLiteral("--json")});
    INFO(scan.err.toStdString());
    REQUIRE(scan.exitCode == 0);
    CHECK(scan.json().object().value(QStringLiteral("added")).toInt() == 3);
    // Files every user can read (the index and its companion of cues): no -wal or -shm beside them, thumbnails
    // beside them rather than in root's cache.
    const QStringList sysFiles = cairn::db::IndexStore::files(sysDb);
    REQUIRE(sysFiles.size() == 2);
    for (const QString &file : sysFiles) {
        INFO(file.toStdString());
        CHECK(QFileInfo::exists(file));
        CHECK_FALSE(QFileInfo::exists(file + QStringLiteral("-wal")));
        CHECK_FALSE(QFileInfo::exists(file + QStringLiteral("-shm")));
        CHECK(QFileInfo(file).permission(QFileDevice::ReadOther)); // whatever root's umask
        CHECK_FALSE(QFileInfo::exists(file + QStringLiteral(".building")));
    }
    CHECK(QDir(QDir(sysDir).filePath(QStringLiteral("thumbnails"))).entryList({QStringLiteral("*.jpg")}).size() == 3);
    CHECK_FALSE(QFileInfo::exists(sysDb + QStringLiteral(".building")));
    CHECK_FALSE(QFileInfo::exists(sysDb + QStringLiteral(".building-cues2")));
    // The two files of one build carry the same pair id, and every build a new one.
    using cairn::test::queryText;
    auto pairOf = [](const QString &index) {
        const QString a = queryText(index, "SELECT value FROM index_meta WHERE key = 'pair'");
        const QString b = queryText(index + QStringLiteral("-cues2"), "SELECT value FROM shard_meta WHERE key = 'pair'");
        return a == b ? a : QStringLiteral("mismatch: %1 / %2").arg(a, b);
    };
    const QString firstPair = pairOf(sysDb);
    CHECK(firstPair.size() >= 16);
    const QString oldCompanion = pack.tmp.filePath(QStringLiteral("old-companion.sqlite"));
    REQUIRE(QFile::copy(sysDb + QStringLiteral("-cues2"), oldCompanion));
    // The nightly re-run: built beside the published index, which is replaced in one rename.
    const Run again = cli({QStringLiteral("--db"), sysDb, QStringLiteral("scan"), QStringLiteral("--system"),
                           pack.root, QStringLiteral("--json")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().object().value(QStringLiteral("unchanged")).toInt() == 3);
    const QString secondPair = pairOf(sysDb);
    CHECK(secondPair.size() >= 16);
    CHECK(secondPair != firstPair);
    CHECK_FALSE(secondPair.startsWith(QStringLiteral("mismatch")));
    // A user who copied the old build's companion and then the new build's index (the installer published in
    // between) gets the companion rebuilt and those tutorials read again, never cues of another build.
    {
        const QString racedIndex = pack.tmp.filePath(QStringLiteral("raced/index.sqlite"));
        REQUIRE(cairn::db::IndexStore::seedFrom(sysDb, racedIndex));
        QFile::remove(racedIndex + QStringLiteral("-cues2"));
        REQUIRE(QFile::copy(oldCompanion, racedIndex + QStringLiteral("-cues2")));
        QFile::setPermissions(racedIndex + QStringLiteral("-cues2"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const int oddTutorials = int(cairn::test::queryInt(
            racedIndex, "SELECT count(DISTINCT tutorial_id) FROM subtitle_tracks WHERE id % 2 = 1 AND cue_count > 0"));
        REQUIRE(oddTutorials > 0);
        const Run rescan = cli({QStringLiteral("--db"), racedIndex, QStringLiteral("scan"), pack.root,
                                QStringLiteral("--json")});
        REQUIRE(rescan.exitCode == 0);
        CHECK(rescan.json().object().value(QStringLiteral("updated")).toInt() == oddTutorials);
        CHECK(pairOf(racedIndex) == queryText(racedIndex, "SELECT value FROM index_meta WHERE key = 'pair'"));
        CHECK(cairn::test::queryInt(racedIndex, "SELECT count(*) FROM cues") +
                  cairn::test::queryInt(racedIndex + QStringLiteral("-cues2"), "SELECT count(*) FROM cues") ==
              cairn::test::queryInt(racedIndex, "SELECT sum(cue_count) FROM subtitle_tracks"));
    }
    for (const QString &file : sysFiles) {
        CHECK(QFileInfo::exists(file));
        CHECK_FALSE(QFileInfo::exists(file + QStringLiteral("-wal")));
    }
    CHECK_FALSE(QFileInfo::exists(sysDb + QStringLiteral(".building")));
    CHECK_FALSE(QFileInfo::exists(sysDb + QStringLiteral(".building-cues2")));

    const QString userIndex = pack.tmp.filePath(QStringLiteral("home/.local/share/cairn/index.sqlite"));
    REQUIRE(cairn::db::IndexStore::seedFrom(sysDb, userIndex));
    CHECK_FALSE(cairn::db::IndexStore::seedFrom(sysDb, userIndex)); // never over an existing index

    qputenv("CAIRN_SYSTEM_LIBRARY", QFile::encodeName(QFileInfo(pack.root).canonicalFilePath()));
    {
        cairn::library::Library lib(userIndex);
        REQUIRE(lib.isOpen());
        CHECK(lib.tutorials()->rowCount() == 3); // at once, before any scan
        // What was said came along in the two files, and is searchable at once.
        using cairn::test::queryInt;
        const QStringList userFiles = cairn::db::IndexStore::files(userIndex);
        CHECK(queryInt(userFiles.at(0), "SELECT count(*) FROM cues") +
                  queryInt(userFiles.at(1), "SELECT count(*) FROM cues") ==
              queryInt(sysDb, "SELECT sum(cue_count) FROM subtitle_tracks"));
        CHECK(queryInt(userFiles.at(1), "SELECT count(*) FROM cues") > 0);
        int saidHits = 0; // hits in what was said, beside those in titles
        for (const auto &hit : lib.search(QStringLiteral("学习")))
            saidHits += hit.startMs >= 0 ? 1 : 0;
        CHECK(saidHits > 0);
        CHECK(lib.systemRoots() == QStringList{QFileInfo(pack.root).canonicalFilePath()});
        cairn::library::ScanSummary summary;
        bool finished = false;
        QObject::connect(&lib, &cairn::library::Library::scanFinished, &lib,
                         [&](const cairn::library::ScanSummary &s) {
                             summary = s;
                             finished = true;
                         });
        lib.rescan();
        REQUIRE(cairn::test::waitFor([&] { return finished; }, 60000));
        CHECK(summary.unchanged == 3); // nothing indexed twice
        CHECK(summary.added == 0);
        CHECK(summary.updated == 0);
    }
    qunsetenv("CAIRN_SYSTEM_LIBRARY");
}
