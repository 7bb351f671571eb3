#include "library/folderwatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace cairn::library {

FolderWatcher::FolderWatcher(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(2000);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::onChanged);
    connect(m_timer, &QTimer::timeout, this, &FolderWatcher::check);
}

void FolderWatcher::setFolders(const QStringList &folders)
{
    const QStringList current = m_watcher->directories();
    if (!current.isEmpty())
        m_watcher->removePaths(current);
    QStringList wanted;
    for (const QString &f : folders) {
        if (wanted.size() >= kMaxFolders)
            break;
        if (QFileInfo(f).isDir() && !wanted.contains(f))
            wanted << f;
    }
    if (!wanted.isEmpty())
        m_watcher->addPaths(wanted);
}

QStringList FolderWatcher::folders() const
{
    return m_watcher->directories();
}

void FolderWatcher::setSettleMs(int ms)
{
    m_timer->setInterval(ms);
}

void FolderWatcher::onChanged(const QString &folder)
{
    m_dirty.insert(folder);
    m_lastSnapshot.clear();
    m_timer->start(); // restart: wait for quiet
}

QHash<QString, qint64> FolderWatcher::snapshot() const
{
    QHash<QString, qint64> sizes;
    for (const QString &folder : m_dirty) {
        const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
        for (const QFileInfo &fi : files)
            sizes.insert(fi.absoluteFilePath(), fi.size());
    }
    return sizes;
}

void FolderWatcher::check()
{
    const QHash<QString, qint64> now = snapshot();
    if (now != m_lastSnapshot) {
        // Still changing (or the first look): look again after another quiet interval.
        m_lastSnapshot = now;
        m_timer->start();
        return;
    }
    const QStringList folders(m_dirty.cbegin(), m_dirty.cend());
    m_dirty.clear();
    m_lastSnapshot.clear();
    Q_EMIT settled(folders);
}

} // namespace cairn::library
