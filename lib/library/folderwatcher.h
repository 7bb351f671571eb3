#pragma once
// Watches library folders and says when their content changed and has settled: a video still being copied
// (its size still growing) is not reported until two looks a few seconds apart see the same sizes.
// Lives on the GUI thread (QFileSystemWatcher delivers there); the rescan it triggers runs on the scanner thread.
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace cairn::library {

class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FolderWatcher(QObject *parent = nullptr);

    /// Replaces the watched folders (at most kMaxFolders; inotify watches are a limited resource).
    void setFolders(const QStringList &folders);
    QStringList folders() const;
    /// How long a change must stay quiet before it is reported (default 2 s; tests shorten it).
    void setSettleMs(int ms);

    static constexpr int kMaxFolders = 2000;

Q_SIGNALS:
    /// Something changed in these folders and every file there has stopped growing.
    void settled(const QStringList &folders);

private:
    void onChanged(const QString &folder);
    void check();
    QHash<QString, qint64> snapshot() const;

    QFileSystemWatcher *m_watcher;
    QTimer *m_timer;
    QSet<QString> m_dirty;
    QHash<QString, qint64> m_lastSnapshot;
};

} // namespace cairn::library
