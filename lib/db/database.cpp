#include "db/database.h"

#include "db/fts5tokenizer.h"

#include <QCoreApplication>
#include <QFile>
#include <sqlite3.h>

namespace cairn::db {

namespace {
DbError::Kind kindFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DbError::Kind::Busy;
    case SQLITE_CORRUPT:
        return DbError::Kind::Corrupt;
    case SQLITE_NOTADB:
        return DbError::Kind::NotADatabase;
    case SQLITE_FULL:
        return DbError::Kind::Full;
    case SQLITE_READONLY:
        return DbError::Kind::ReadOnly;
    case SQLITE_CANTOPEN:
        return DbError::Kind::CantOpen;
    default:
        return DbError::Kind::Generic;
    }
}
} // namespace

DbError::DbError(Kind kind, int code, const QString &message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_code(code), m_message(message)
{
}

void Database::raise(sqlite3 *db, int rc, const char *context)
{
    const QString msg = QStringLiteral("%1: %2 (%3)")
                            .arg(QString::fromUtf8(context),
                                 db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc)))
                            .arg(rc);
    throw DbError(kindFor(rc), rc, msg);
}

// --- Statement -------------------------------------------------------------------------------------------

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, bool cached) : m_db(db), m_stmt(stmt), m_cached(cached) {}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)), m_cached(other.m_cached)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        this->~Statement();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cached = other.m_cached;
    }
    return *this;
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (m_cached) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        Database::raise(m_db, rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        Database::raise(m_db, rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    // constData() of an empty QByteArray is "" (never null), so SQLite stores '' rather than NULL.
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        Database::raise(m_db, rc, "bind");
    return *this;
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK)
        Database::raise(m_db, rc, "bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        Database::raise(m_db, rc, "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    Database::raise(m_db, rc, sqlite3_sql(m_stmt));
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

// --- Database --------------------------------------------------------------------------------------------

Database::Database(sqlite3 *db, const QString &path) : m_db(db), m_path(path) {}

Database::~Database()
{
    for (sqlite3_stmt *s : std::as_const(m_cache))
        sqlite3_finalize(s);
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Database> Database::open(const QString &path, Mode mode)
{
    // SQLite counts every allocation under a global mutex unless told not to; Cairn never reads those counters,
    // and a scan allocates millions of times (bench: ~6% of a cold index). Must precede the first connection,
    // so it is done once here; if something else initialised SQLite first the call fails harmlessly.
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
    sqlite3 *raw = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) |
                      SQLITE_OPEN_NOMUTEX;
    const QByteArray file = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(file.constData(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
        sqlite3_close_v2(raw);
        throw DbError(kindFor(rc), rc, msg);
    }
    std::unique_ptr<Database> db(new Database(raw, path));
    // A second instance (player and CLI at once) waits up to 5 s for a write lock instead of failing at once.
    sqlite3_busy_timeout(raw, 5000);
    sqlite3_extended_result_codes(raw, 1);
    registerCairnTokenizer(raw);
    // The first real read: a file that is not a database fails here with SQLITE_NOTADB.
    db->exec("PRAGMA foreign_keys = ON");
    if (mode == Mode::ReadWrite) {
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA synchronous = NORMAL");
        // FTS5 merges read back the segments it wrote moments ago; the default 2 MB page cache sends those reads
        // to the OS (bench: cold index of 1,000 tutorials). 32 MB is a bound, not an allocation.
        db->exec("PRAGMA cache_size = -32768");
    }
    return db;
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        throw DbError(kindFor(rc), rc, msg);
    }
}

void Database::exec(const QString &sql)
{
    exec(sql.toUtf8().constData());
}

Statement Database::prepare(const char *sql, bool cache)
{
    if (cache) {
        const QByteArray key = QByteArray::fromRawData(sql, qstrlen(sql));
        auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd())
            return Statement(m_db, it.value(), true);
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, cache ? SQLITE_PREPARE_PERSISTENT : 0, &stmt, nullptr);
    if (rc != SQLITE_OK)
        raise(m_db, rc, sql);
    if (cache)
        m_cache.insert(QByteArray(sql), stmt);
    return Statement(m_db, stmt, cache);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

// --- Transaction -----------------------------------------------------------------------------------------

Transaction::Transaction(Database &db, Lock lock) : m_db(db)
{
    m_db.exec(lock == Lock::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const DbError &) {
            // The transaction may already have been rolled back by SQLite (disk full); nothing more to do.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace cairn::db
