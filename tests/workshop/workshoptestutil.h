#pragma once
// Helpers for the workshop tests: a real Library scanned from a real folder.
#include "../playback/waitfor.h"
#include "testutil.h"

#include "library/library.h"

#include <QDir>
#include <QObject>

namespace cairn::test {

/// Adds `root` to the library and waits for its scan; returns the number of videos added (-1 on timeout).
inline int scanRoot(library::Library &lib, const QString &root)
{
    int added = -1;
    bool done = false;
    auto c = QObject::connect(&lib, &library::Library::scanFinished, &lib, [&](const library::ScanSummary &s) {
        added = s.added;
        done = true;
    });
    lib.addRoot(root);
    waitFor([&] { return done; }, 60000);
    QObject::disconnect(c);
    return added;
}

inline QString sampleFile(const QString &name)
{
    return QDir(samplePackPath()).filePath(name);
}

inline const QString kFirst = QStringLiteral("01 What is a learning city.mp4");
inline const QString kSecond = QStringLiteral("02 Planning lifelong learning.webm");
inline const QString kThird = QStringLiteral("03 Celebrating learning together.mkv");

} // namespace cairn::test
