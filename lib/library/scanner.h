#pragma once
// Walks library roots, finds videos and their subtitles, probes and parses what changed, and writes the index.
// Scanner::run() is synchronous (the CLI calls it directly); ScanWorker wraps it for the player: it lives on
// the scanner QThread and talks to the GUI thread only through queued signals carrying plain values.
#include "library/library.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace cairn::db {
class IndexStore;
}

namespace cairn::library {

struct ScanRoot
{
    QString path;
    bool isSystem = false;
};

struct ScanOptions
{
    bool thumbnails = true;
    QString thumbnailDir;   ///< default: core::thumbnailCacheDir()
    int batchSize = 16;     ///< videos parsed in parallel and handed to the writers together
    /// While the second cue writer (db::CueShardWriter) has fewer estimated tokens than this queued, it is
    /// given the next track; otherwise the scan writes the track itself. About fifteen tracks, a quarter of a
    /// second of work: enough that it is still busy while the scan's thread commits the index; more only held
    /// parsed cues longer (bench: 250,000 to 3,000,000 tried, docs/performance.md). 0 keeps every cue in the
    /// index file.
    qint64 cueWriterBacklog = 400000;
};

class Scanner
{
public:
    using ProgressFn = std::function<void(int done, int total, const QString &path)>;
    using BatchFn = std::function<void()>;

    Scanner(db::IndexStore &store, ScanOptions options = {});

    /// Scans the roots (blocking). `cancel` is checked per file. Never throws: database errors end the scan
    /// with a message in the summary.
    ScanSummary run(const QList<ScanRoot> &roots, const std::atomic_bool *cancel = nullptr,
                    const ProgressFn &progress = {}, const BatchFn &batchWritten = {});

private:
    db::IndexStore &m_store;
    ScanOptions m_options;
};

/// Lives on the scanner thread. Opens its own IndexStore there (SQLite connections stay on one thread).
class ScanWorker : public QObject
{
    Q_OBJECT
public:
    explicit ScanWorker(const QString &indexPath, ScanOptions options = {});
    ~ScanWorker() override;

    /// Thread-safe: asks the running scan to stop after the current file.
    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void scan(const QStringList &userRoots, const QStringList &systemRoots);

Q_SIGNALS:
    void progress(int done, int total, const QString &path);
    void batchWritten();
    void finished(const cairn::library::ScanSummary &summary);

private:
    QString m_indexPath;
    ScanOptions m_options;
    std::atomic_bool m_cancel{false};
};

} // namespace cairn::library
