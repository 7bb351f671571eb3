#pragma once
// Small helpers shared by tests: paths to fixtures and the sample pack, file writing, a look into a database.
#include "db/database.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace cairn::test {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(CAIRN_TEST_DATA "/") + name;
}

inline QString samplePackPath()
{
    return QStringLiteral(CAIRN_SAMPLE_PACK);
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// Writes bytes to dir/relPath, creating folders; returns the absolute path.
inline QString writeFile(const QDir &dir, const QString &relPath, const QByteArray &bytes)
{
    const QString path = dir.absoluteFilePath(relPath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    return path;
}

} // namespace cairn::test

namespace cairn::test {

/// Copies a folder tree (files only, recursively); returns false if anything failed.
inline bool copyTree(const QString &from, const QString &to)
{
    QDir src(from);
    if (!src.exists() || !QDir().mkpath(to))
        return false;
    const QFileInfoList entries = src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &fi : entries) {
        const QString target = QDir(to).filePath(fi.fileName());
        if (fi.isDir()) {
            if (!copyTree(fi.filePath(), target))
                return false;
        } else if (!QFile::copy(fi.filePath(), target)) {
            return false;
        }
    }
    return true;
}

/// Copies one file to dir/relPath (creating folders); returns the new absolute path, empty on failure.
inline QString copyAs(const QString &from, const QDir &dir, const QString &relPath)
{
    const QString path = dir.absoluteFilePath(relPath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    return QFile::copy(from, path) ? path : QString();
}

/// The first column of the first row `sql` gives on the SQLite file at `path` (opened read-only), as text.
inline QString queryText(const QString &path, const char *sql)
{
    auto db = cairn::db::Database::open(path, cairn::db::Database::Mode::ReadOnly);
    auto st = db->prepare(sql, false);
    const QString text = st.step() ? st.text(0) : QString();
    st.reset();
    return text;
}

/// The first column of the first row `sql` gives on the SQLite file at `path` (opened read-only); -1 for no row.
inline qint64 queryInt(const QString &path, const char *sql)
{
    auto db = cairn::db::Database::open(path, cairn::db::Database::Mode::ReadOnly);
    auto st = db->prepare(sql, false);
    const qint64 n = st.step() ? st.int64(0) : -1;
    st.reset();
    return n;
}

} // namespace cairn::test
