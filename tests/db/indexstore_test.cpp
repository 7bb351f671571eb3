// The database layer on real SQLite files: migrations, refusal of newer schemas, damaged files, locks.
#include "catch.h"
#include "testutil.h"

#include "core/paths.h"
#include "db/cueshardwriter.h"
#include "db/indexstore.h"
#include "db/migrations.h"
#include "library/library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <limits>
#include <sqlite3.h>

using namespace cairn;

namespace {

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(cairn::test::readAll(path), QCryptographicHash::Sha256);
}

/// A tutorial with an English and a Chinese track of two cues each.
db::TutorialRecord lesson(qint64 rootId, const QString &path, const QString &english, const QString &chinese)
{
    db::TutorialRecord r;
    r.rootId = rootId;
    r.path = path;
    r.size = 1000;
    r.mtimeMs = 1;
    r.fingerprint = path;
    r.title = QFileInfo(path).completeBaseName();
    for (const auto &[lang, text] : {std::pair{QStringLiteral("en"), english}, std::pair{QStringLiteral("zh-Hans"), chinese}}) {
        db::TrackRecord t;
        t.path = path + QLatin1Char('.') + lang + QStringLiteral(".srt");
        t.lang = lang;
        t.format = QStringLiteral("srt");
        t.cues = {{1000, 2000, text}, {3000, 4000, QStringLiteral("—")}};
        r.tracks << t;
    }
    return r;
}

QStringList hitPaths(library::Library &lib, const QString &query)
{
    QStringList paths;
    for (const auto &h : lib.search(query))
        paths << QStringLiteral("%1@%2").arg(QFileInfo(h.path).fileName()).arg(h.startMs);
    paths.sort();
    return paths;
}

} // namespace

TEST_CASE("Cues written by either writer are found by one search, and leave with their tracks", "[db]")
{
    QTemporaryDir tmp;
    const QString index = tmp.filePath(QStringLiteral("index.sqlite"));
    const QString companionPath = db::CueShardWriter::pathFor(index);
    db::IndexStore writer(index, QString());
    REQUIRE(writer.writesAlone());
    const qint64 root = writer.ensureRoot(tmp.path(), false);
    db::CueShardWriter takesNothing(companionPath, 0);
    db::CueShardWriter takesAll(companionPath, std::numeric_limits<qint64>::max());
    auto write = [&](const db::TutorialRecord &r, db::CueShardWriter &companion) {
        db::Transaction tx(writer.db());
        companion.begin();
        writer.writeTutorial(r, companion);
        writer.flushFullText();
        companion.commit();
        tx.commit();
    };
    auto collect = [&] {
        const QList<qint64> dropped = writer.droppedTracks();
        takesAll.removeTracks(dropped, writer.maxTrackId());
        db::Transaction tx(writer.db());
        writer.forgetDroppedTracks(dropped);
        tx.commit();
    };
    const QString a = QDir(tmp.path()).filePath(QStringLiteral("a.mp4"));
    const QString b = QDir(tmp.path()).filePath(QStringLiteral("b.mp4"));
    write(lesson(root, a, QStringLiteral("The lighthouse keepers"), QStringLiteral("学习城市")), takesNothing);
    write(lesson(root, b, QStringLiteral("Harbour pilots"), QStringLiteral("终身学习")), takesAll);
    CHECK(cairn::test::queryInt(index, "SELECT count(*) FROM cues") == 4);
    CHECK(cairn::test::queryInt(companionPath, "SELECT count(*) FROM cues") == 4);
    CHECK(cairn::test::queryInt(companionPath, "SELECT count(*) FROM cues WHERE track_id % 2 = 0") == 0);

    {
        library::Library lib(index);
        REQUIRE(lib.isOpen());
        CHECK(hitPaths(lib, QStringLiteral("lighthouse")) == QStringList{QStringLiteral("a.mp4@1000")});
        CHECK(hitPaths(lib, QStringLiteral("harbour")) == QStringList{QStringLiteral("b.mp4@1000")});
        CHECK(hitPaths(lib, QStringLiteral("学习")) ==
              (QStringList{QStringLiteral("a.mp4@1000"), QStringLiteral("b.mp4@1000")}));
    }
    // The player reads a track's cues from whichever file holds them.
    db::IndexStore reader(index, core::userDataPathFor(index));
    REQUIRE(reader.tutorials().size() == 2);
    for (const db::TutorialRow &t : reader.tutorials()) {
        REQUIRE(reader.tracks(t.id).size() == 2);
        for (const db::TrackRow &track : reader.tracks(t.id)) {
            const QList<subtitles::Cue> cues = reader.cues(track.id);
            REQUIRE(cues.size() == 2);
            CHECK(cues.at(0).startMs == 1000);
            CHECK(cues.at(1).text == QStringLiteral("—"));
        }
    }

    // b.mp4's subtitles change: its old cues leave the companion file, only the new ones are found.
    write(lesson(root, b, QStringLiteral("Ferry timetables"), QStringLiteral("城市")), takesAll);
    CHECK(cairn::test::queryInt(index, "SELECT count(*) FROM dropped_tracks") == 2);
    collect();
    CHECK(cairn::test::queryInt(index, "SELECT count(*) FROM dropped_tracks") == 0);
    CHECK(cairn::test::queryInt(companionPath, "SELECT count(*) FROM cues") == 4);
    {
        library::Library lib(index);
        CHECK(hitPaths(lib, QStringLiteral("harbour")).isEmpty());
        CHECK(hitPaths(lib, QStringLiteral("ferry")) == QStringList{QStringLiteral("b.mp4@1000")});
    }

    // A scan that stopped between the two commits left cues for a track the index never got: they are never
    // shown, and the next collection removes them.
    const qint64 orphan = (writer.maxTrackId() + 1) | 1;
    takesAll.begin();
    takesAll.add(orphan, {{5000, 6000, QStringLiteral("Orphaned lighthouse")}}, 3);
    takesAll.commit();
    CHECK(cairn::test::queryInt(companionPath, "SELECT count(*) FROM cues") == 5);
    {
        library::Library lib(index);
        CHECK(hitPaths(lib, QStringLiteral("lighthouse")) == QStringList{QStringLiteral("a.mp4@1000")});
    }
    collect();
    CHECK(cairn::test::queryInt(companionPath, "SELECT count(*) FROM cues") == 4);
}

TEST_CASE("A new database gets the latest schema in both files", "[db]")
{
    QTemporaryDir tmp;
    const QString index = tmp.filePath(QStringLiteral("index.sqlite"));
    db::IndexStore store(index, core::userDataPathFor(index));
    auto st = store.db().prepare("PRAGMA user_version", false);
    REQUIRE(st.step());
    CHECK(st.int32(0) == db::latestVersion(db::Schema::Index));
    CHECK(db::latestVersion(db::Schema::Index) >= 1);
    auto us = store.db().prepare("PRAGMA user.user_version", false);
    REQUIRE(us.step());
    CHECK(us.int32(0) == db::latestVersion(db::Schema::User));
    auto wal = store.db().prepare("PRAGMA journal_mode", false);
    REQUIRE(wal.step());
    CHECK(wal.text(0) == QStringLiteral("wal"));
    auto fk = store.db().prepare("PRAGMA foreign_keys", false);
    REQUIRE(fk.step());
    CHECK(fk.int32(0) == 1);
}

TEST_CASE("The golden schema-1 database opens and keeps its progress", "[db]")
{
    // tests/data/db/*_v1.sql are dumps of released schema 1; every later schema must upgrade them.
    QTemporaryDir tmp;
    const QString index = tmp.filePath(QStringLiteral("index.sqlite"));
    const QString user = core::userDataPathFor(index);
    const QByteArray indexDump = cairn::test::readAll(cairn::test::dataPath(QStringLiteral("db/index_v1.sql")));
    const QByteArray userDump = cairn::test::readAll(cairn::test::dataPath(QStringLiteral("db/user_v1.sql")));
    REQUIRE(!indexDump.isEmpty());
    REQUIRE(!userDump.isEmpty());
    {
        // The golden index uses the "cairn" tokenizer: load it through a Database, which registers it.
        auto raw = db::Database::open(index);
        raw->exec(QString::fromUtf8(indexDump));
        auto u = db::Database::open(user);
        u->exec(QString::fromUtf8(userDump));
    }
    db::IndexStore store(index, user);
    const auto p = store.progress(QStringLiteral("0123456789abcdef0123456789abcdef"));
    REQUIRE(p);
    CHECK(p->positionMs == 6100);
    CHECK(store.tutorials().size() == 1);
    CHECK(store.searchCues(QStringLiteral("\"lighthouse\""), {}, 10).size() == 1);
}

TEST_CASE("A database from a newer Cairn is refused and left untouched", "[db]")
{
    QTemporaryDir tmp;
    const QString index = tmp.filePath(QStringLiteral("index.sqlite"));
    {
        db::IndexStore store(index, core::userDataPathFor(index));
    }
    rawExec(index, "PRAGMA user_version = 999");
    const QByteArray before = sha(index);

    library::Library lib(index);
    CHECK_FALSE(lib.isOpen());
    CHECK(lib.openError().contains(QStringLiteral("newer version")));
    CHECK(sha(index) == before);
    CHECK(QDir(tmp.path()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files).isEmpty());
}

TEST_CASE("A damaged index is moved aside and rebuilt — the user's progress survives", "[db]")
{
    QTemporaryDir tmp;
    const QString index = tmp.filePath(QStringLiteral("index.sqlite"));
    {
        db::IndexStore store(index, core::userDataPathFor(index));
        store.saveProgress(QStringLiteral("fp-1"), 12345, 60000, false, QStringLiteral("/media/usb/a.mp4"));
    }
    QFile::remove(index + QStringLiteral("-wal"));
    QFile::remove(index + QStringLiteral("-shm"));
    cairn::test::writeFile(QDir(tmp.path()), QStringLiteral("index.sqlite"),
                           QByteArray("definitely not an SQLite file ").repeated(200));

    QString notice;
    db::IndexStore store(index, core::userDataPathFor(index), &notice);
    CHECK(notice.contains(QStringLiteral("moved aside")));
    const QStringList aside = QDir(tmp.path()).entryList({QStringLiteral("index.sqlite.corrupt-*")}, QDir::Files);
    CHECK(aside.size() == 1);
    const auto p = store.progress(QStringLiteral("fp-1"));
    REQUIRE(p);
    CHECK(p->positionMs == 12345);
}

TEST_CASE("A database locked by another program gives a clear message", "[db][slow]")
{
    QTemporaryDir tmp;
    const QString index = tmp.filePath(QStringLiteral("index.sqlite"));
    {
        db::IndexStore store(index, core::userDataPathFor(index));
    }
    sqlite3 *holder = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(index).constData(), &holder) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
    library::Library lib(index);
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    CHECK_FALSE(lib.isOpen());
    CHECK(lib.openError().contains(QStringLiteral("locked")));
}
