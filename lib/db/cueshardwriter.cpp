#include "db/cueshardwriter.h"

#include "db/database.h"

#include <QByteArray>
#include <sqlite3.h>

namespace cairn::db {

void insertCues(Database &db, qint64 trackId, const QList<subtitles::Cue> &cues)
{
    auto cue = db.prepare("INSERT INTO cues(track_id, start_ms, end_ms, text) VALUES (?1, ?2, ?3, ?4)");
    auto fts = db.prepare("INSERT INTO cue_fts(rowid, text) VALUES (?1, ?2)");
    for (const subtitles::Cue &c : cues) {
        const QByteArray utf8 = c.text.toUtf8(); // converted once, bound to both statements
        cue.bind(1, trackId).bind(2, c.startMs).bind(3, c.endMs).bindUtf8(4, utf8).run();
        fts.bind(1, db.lastInsertId()).bindUtf8(2, utf8).run();
    }
}

QString CueShardWriter::pathFor(const QString &indexPath)
{
    return indexPath + QStringLiteral("-cues2");
}

CueShardWriter::CueShardWriter(const QString &shardPath, qint64 backlogLimit)
    : m_path(shardPath), m_backlogLimit(backlogLimit)
{
    m_thread = std::thread([this] { run(); });
}

CueShardWriter::~CueShardWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void CueShardWriter::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void CueShardWriter::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_jobs.empty() && !m_busy; });
    if (m_openError) // the file could not be opened: nothing was written, and nothing will be
        std::rethrow_exception(m_openError);
    if (m_error) {
        std::exception_ptr error = std::exchange(m_error, nullptr);
        lock.unlock();
        // The failed transaction must not stay open: the next begin() starts clean. (A failed COMMIT may or may
        // not have ended it, so SQLite is asked.)
        post([](Database &db) {
            if (!sqlite3_get_autocommit(db.handle()))
                db.exec("ROLLBACK");
        });
        lock.lock();
        m_idle.wait(lock, [this] { return m_jobs.empty() && !m_busy; });
        m_error = nullptr;
        // Jobs skipped after the failure never counted their tokens off.
        m_backlog.store(0, std::memory_order_relaxed);
        std::rethrow_exception(error);
    }
}

void CueShardWriter::begin()
{
    post([](Database &db) { db.exec("BEGIN IMMEDIATE"); });
}

void CueShardWriter::add(qint64 trackId, QList<subtitles::Cue> cues, qint64 tokenEstimate)
{
    m_backlog.fetch_add(tokenEstimate, std::memory_order_relaxed);
    post([this, trackId, tokenEstimate, cues = std::move(cues)](Database &db) {
        struct Done // counted off even when the write fails: the backlog only steers the sharing of work
        {
            std::atomic<qint64> &backlog;
            qint64 tokens;
            ~Done() { backlog.fetch_sub(tokens, std::memory_order_relaxed); }
        } done{m_backlog, tokenEstimate};
        db.prepare("DELETE FROM cues WHERE track_id = ?1").bind(1, trackId).run();
        insertCues(db, trackId, cues);
    });
}

void CueShardWriter::commit()
{
    commitLater();
    waitIdle();
}

void CueShardWriter::commitLater()
{
    post([](Database &db) { db.exec("COMMIT"); });
}

void CueShardWriter::checkError()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_error && !m_openError)
            return;
    }
    waitIdle(); // reports it (and rolls the companion's transaction back)
}

void CueShardWriter::removeTracks(const QList<qint64> &trackIds, qint64 maxTrackId)
{
    begin();
    post([trackIds, maxTrackId](Database &db) {
        auto one = db.prepare("DELETE FROM cues WHERE track_id = ?1");
        for (const qint64 id : trackIds)
            one.bind(1, id).run();
        db.prepare("DELETE FROM cues WHERE track_id > ?1").bind(1, maxTrackId).run();
    });
    commit();
}

void CueShardWriter::run()
{
    std::unique_ptr<Database> db;
    try {
        db = Database::open(m_path);
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_openError = std::current_exception();
    }
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_jobs.empty()) // stopping, nothing left
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            m_busy = true;
            // After a failure nothing runs until waitIdle() has reported it and queued the rollback.
            if (m_error || !db) {
                m_busy = false;
                if (m_jobs.empty())
                    m_idle.notify_all();
                continue;
            }
        }
        try {
            job(*db);
        } catch (...) {
            std::lock_guard lock(m_mutex);
            if (!m_error)
                m_error = std::current_exception();
        }
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
            if (m_jobs.empty())
                m_idle.notify_all();
        }
    }
    if (db && !sqlite3_get_autocommit(db->handle())) {
        try {
            db->exec("ROLLBACK");
        } catch (...) {
        }
    }
}

} // namespace cairn::db
