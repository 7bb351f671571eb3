#pragma once
// The index's second writer. Cues of odd-numbered subtitle tracks, and their full-text rows, go to the companion
// file "<index>-cues2" through this object's own SQLite connection on its own thread, while the scanner's thread
// writes the rest of the batch (tutorials, tracks, even tracks' cues) into the index. FTS5 does its indexing work
// (hashing every token, writing and merging segments) on the thread of the connection that writes the table, so
// two files written by two connections use two cores. Figures: docs/performance.md.
//
// Owned and called by one thread (the scanner's); every call is queued to the writer thread and runs there in
// order. The connection is opened on the writer thread and never leaves it.
#include "subtitles/cue.h"

#include <QList>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace cairn::db {

class Database;

/// Inserts `cues` of one track into `cues` and `cue_fts` of `db`'s main schema (the index or the companion file).
void insertCues(Database &db, qint64 trackId, const QList<subtitles::Cue> &cues);

class CueShardWriter
{
public:
    /// The companion file of the index at `indexPath`.
    static QString pathFor(const QString &indexPath);
    /// Which file holds a track's cues: odd track ids live in the companion file.
    static bool inCompanion(qint64 trackId) { return trackId % 2 != 0; }

    /// `backlogLimit`: see wantsMore() and ScanOptions::cueWriterBacklog.
    CueShardWriter(const QString &shardPath, qint64 backlogLimit);
    /// Waits for queued work; a transaction still open is rolled back.
    ~CueShardWriter();
    CueShardWriter(const CueShardWriter &) = delete;
    CueShardWriter &operator=(const CueShardWriter &) = delete;

    /// Starts a write transaction on the companion file (queued).
    void begin();
    /// Replaces the cues of `trackId` (queued). A track id given out again after a scan that stopped between the
    /// two files' commits may still have cues here; they are deleted first.
    void add(qint64 trackId, QList<subtitles::Cue> cues, qint64 tokenEstimate);
    /// True while the estimated tokens queued and not yet written are under the limit: the scan gives a track to
    /// this writer while it has little left to do, and writes it itself otherwise, so the two writers finish a
    /// batch at about the same time whatever their speeds. (A limit of 0 sends nothing here.)
    bool wantsMore() const { return m_backlog.load(std::memory_order_relaxed) < m_backlogLimit; }
    /// Waits until everything queued is written and commits. Throws the first DbError the writer met; the
    /// transaction is rolled back then, and the caller must roll back the index's transaction too.
    void commit();
    /// Queues the commit and returns at once: the scan commits the index meanwhile and goes on with the next
    /// group. A failure is reported by the next commit(), removeTracks() or checkError().
    void commitLater();
    /// Throws the first DbError the writer met since it was last reported, without waiting for queued work.
    void checkError();
    /// In one transaction, deletes the cues of `trackIds` (tracks deleted from the index since the last scan) and
    /// of every track above `maxTrackId` (written here by a scan whose index transaction never committed). Waits;
    /// throws like commit().
    void removeTracks(const QList<qint64> &trackIds, qint64 maxTrackId);

private:
    using Job = std::function<void(Database &)>;
    void post(Job job);
    void waitIdle();
    void run();

    QString m_path;
    qint64 m_backlogLimit;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Job> m_jobs;
    bool m_busy = false;
    bool m_stop = false;
    std::atomic<qint64> m_backlog{0};
    std::exception_ptr m_error;   ///< the first failure since the last commit(); later jobs are skipped
    std::exception_ptr m_openError; ///< the companion file could not be opened: every wait reports it
    std::thread m_thread;
};

} // namespace cairn::db
