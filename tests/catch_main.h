#pragma once
// Shared body of the test mains: Catch2 v2 needs CATCH_CONFIG_RUNNER in exactly one TU, v3 links Catch2::Catch2.
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstring>

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

namespace cairn::test {
/// True when Catch is only asked to list tests (ctest discovery): no Qt application is needed then.
inline bool listingOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], "--list", 6) == 0)
            return true;
    return false;
}

/// Gives this test process its own settings, data and cache folders. ctest runs each test case as its own
/// process, two at a time, so a shared ~/.qttest would let one test's saved settings leak into another.
/// Call before the Q(Core)Application is created.
inline void isolateUserDirs()
{
    static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/cairn-test-XXXXXX"));
    if (!home.isValid()) {
        QStandardPaths::setTestModeEnabled(true); // fall back to Qt's shared test folders
        return;
    }
    const QByteArray root = QFile::encodeName(home.path());
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_DATA_HOME", root + "/data");
    // The cache stays shared: GStreamer keeps its plugin registry there and rebuilding it costs seconds.
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
    QStandardPaths::setTestModeEnabled(true); // no XDG variables there; data goes to Qt's test folders
#endif
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.path() + QStringLiteral("/config"));
}
} // namespace cairn::test
