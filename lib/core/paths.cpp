#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace cairn::core {

QString dataDir()
{
    QString dir = qEnvironmentVariable("CAIRN_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/cairn");
    QDir().mkpath(dir);
    return dir;
}

QString defaultIndexPath()
{
    return dataDir() + QStringLiteral("/index.sqlite");
}

QString userDataPathFor(const QString &indexPath)
{
    const QFileInfo fi(indexPath);
    return fi.absoluteDir().filePath(QStringLiteral("user.sqlite"));
}

QString thumbnailCacheDir()
{
    QString dir = qEnvironmentVariable("CAIRN_CACHE_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/cairn");
    dir += QStringLiteral("/thumbnails");
    QDir().mkpath(dir);
    return dir;
}

static QString firstExistingDir(const QStringList &candidates)
{
    for (const QString &c : candidates) {
        if (!c.isEmpty() && QFileInfo(c).isDir())
            return QDir(c).canonicalPath();
    }
    return {};
}

QString samplePackDir()
{
    const QString env = qEnvironmentVariable("CAIRN_SAMPLE_PACK");
    if (!env.isEmpty())
        return firstExistingDir({env});
    const QString appDir = QCoreApplication::applicationDirPath();
    return firstExistingDir({
        appDir + QStringLiteral("/../share/cairn/sample"),    // installed (FHS, AppImage)
        appDir + QStringLiteral("/../Resources/sample"),      // macOS bundle
        appDir + QStringLiteral("/sample"),                   // Windows install
        QStringLiteral(CAIRN_SOURCE_DIR "/resources/sample"), // development build tree
    });
}

QString systemIndexPath()
{
    const QString env = qEnvironmentVariable("CAIRN_SYSTEM_INDEX");
    if (!env.isEmpty())
        return env;
    const QStringList confs =
        QStandardPaths::locateAll(QStandardPaths::GenericConfigLocation, QStringLiteral("cairn/cairn.conf"));
    for (const QString &conf : confs) {
        const QString v = QSettings(conf, QSettings::IniFormat).value(QStringLiteral("Library/SystemIndex")).toString();
        if (!v.isEmpty())
            return v;
    }
#if defined(Q_OS_LINUX)
    return QStringLiteral("/var/lib/cairn/system-index.sqlite");
#else
    return {};
#endif
}

QStringList systemLibraryDirs()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("CAIRN_SYSTEM_LIBRARY");
    if (!env.isEmpty()) {
        dirs = env.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    } else {
        // /etc/xdg/cairn/cairn.conf (or another XDG config dir): [Library] SystemFolders=/srv/tutorials,...
        const QStringList confs =
            QStandardPaths::locateAll(QStandardPaths::GenericConfigLocation, QStringLiteral("cairn/cairn.conf"));
        for (const QString &conf : confs) {
            QSettings s(conf, QSettings::IniFormat);
            const QStringList v = s.value(QStringLiteral("Library/SystemFolders")).toStringList();
            if (!v.isEmpty()) {
                dirs = v;
                break;
            }
        }
        if (dirs.isEmpty()) {
            const QString shared = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/cairn/tutorials");
            if (QFileInfo(shared).isDir())
                dirs << shared;
        }
    }
    QStringList out;
    for (const QString &d : std::as_const(dirs)) {
        const QFileInfo fi(d);
        if (fi.isDir())
            out << fi.canonicalFilePath();
    }
    return out;
}

} // namespace cairn::core
