#pragma once
// A thin RAII layer over the SQLite C API. One Database per thread (SQLite connections are not shared);
// the owner's thread is the only one that may touch it. Errors inside the db layer are thrown as DbError and
// caught at the facade (Library, scanner, CLI), which turns them into translated messages.
#include <QByteArray>
#include <QHash>
#include <QString>
#include <memory>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace cairn::db {

class DbError : public std::runtime_error
{
public:
    enum class Kind { Generic, Busy, Corrupt, NotADatabase, Full, ReadOnly, CantOpen, TooNew };
    DbError(Kind kind, int code, const QString &message);
    Kind kind() const { return m_kind; }
    int code() const { return m_code; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    int m_code;
    QString m_message;
};

/// A prepared statement. Obtained from Database::prepare(); cached statements are reset on destruction.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt, bool cached);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); ///< always text: a null QString binds '' (use bindNull for NULL)
    Statement &bindNull(int index);
    /// Binds UTF-8 text without copying: `utf8` must outlive the next step()/run().
    Statement &bindUtf8(int index, const QByteArray &utf8);

    /// Steps once: true when a row is available, false when done. Throws DbError on failure.
    bool step();
    /// Steps to completion (for INSERT/UPDATE/DELETE) and resets.
    void run();
    void reset();

    qint64 int64(int col) const;
    int int32(int col) const { return int(int64(col)); }
    double real(int col) const;
    QString text(int col) const;
    bool isNull(int col) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_cached = false;
};

class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    /// Opens or creates the file, sets WAL, foreign keys, a busy timeout, and registers Cairn's FTS5 tokenizer.
    static std::unique_ptr<Database> open(const QString &path, Mode mode = Mode::ReadWrite);
    ~Database();

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    /// Runs one or more statements with no parameters.
    void exec(const QString &sql);
    void exec(const char *sql);
    /// Prepares a statement; with cache=true the statement is kept for the connection's lifetime
    /// (keyed by the SQL text) so hot paths pay the parsing once.
    Statement prepare(const char *sql, bool cache = true);
    qint64 lastInsertId() const;
    int changes() const;

    /// Throws the DbError for an SQLite result code (used by Statement too).
    [[noreturn]] static void raise(sqlite3 *db, int rc, const char *context);

private:
    explicit Database(sqlite3 *db, const QString &path);
    sqlite3 *m_db;
    QString m_path;
    QHash<QByteArray, sqlite3_stmt *> m_cache;
};

/// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() is called.
class Transaction
{
public:
    /// Immediate takes the write lock of every database on the connection at once (main and every attached
    /// file); Deferred takes a file's lock only when the transaction first writes to it. The player's connection
    /// has the index's companion file attached, which a scan's second writer holds for seconds at a time, so its
    /// writes to one file (user data, a relocated tutorial) are Deferred.
    enum class Lock { Immediate, Deferred };
    explicit Transaction(Database &db, Lock lock = Lock::Immediate);
    ~Transaction();
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace cairn::db
