// The database layer on real SQLite files: migrations, refusal of newer schemas, damaged files, locks.
#include "catch.h"
#include "testutil.h"

#include "core/paths.h"
#include "db/indexstore.h"
#include "db/migrations.h"
#include "library/library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
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

} // namespace

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
