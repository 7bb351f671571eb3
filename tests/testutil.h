#pragma once
// Small helpers shared by tests: paths to fixtures and the sample pack, file writing.
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
