// The Library facade as the player uses it: a real scanner thread, real files, an event loop.
#include "catch.h"
#include "testutil.h"

#include "core/paths.h"
#include "db/indexstore.h"
#include "library/folderwatcher.h"
#include "library/library.h"
#include "library/tutoriallistmodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace cairn;

namespace {

/// Runs the event loop until `done` holds or the timeout passes.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

QString sampleVideo()
{
    return QDir(cairn::test::samplePackPath()).filePath(QStringLiteral("01 What is a learning city.mp4"));
}

} // namespace

TEST_CASE("Library scans on its worker thread and fills the model", "[library][slow]")
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("root"));
    REQUIRE(cairn::test::copyTree(cairn::test::samplePackPath(), root));
    library::Library lib(tmp.filePath(QStringLiteral("index.sqlite")));
    REQUIRE(lib.isOpen());
    QAbstractItemModelTester tester(lib.tutorials(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    int finished = 0;
    library::ScanSummary summary;
    QObject::connect(&lib, &library::Library::scanFinished, &lib, [&](const library::ScanSummary &s) {
        ++finished;
        summary = s;
    });
    REQUIRE(lib.addRoot(root));
    CHECK(lib.isScanning());
    REQUIRE(waitFor([&] { return finished == 1; }, 60000));
    CHECK(summary.added == 3);
    CHECK(lib.tutorials()->rowCount() == 3);
    CHECK(lib.roots() == QStringList{QFileInfo(root).canonicalFilePath()});

    // Series order and titles in the interface language, with fallback.
    const QModelIndex first = lib.tutorials()->index(0);
    CHECK(first.data(Qt::DisplayRole).toString() == QStringLiteral("What is a learning city?"));
    lib.setInterfaceLanguage(QStringLiteral("fr"));
    CHECK(lib.tutorials()->index(0).data(Qt::DisplayRole).toString().startsWith(QStringLiteral("Qu")));
    lib.setInterfaceLanguage(QStringLiteral("zh-Hant")); // no Traditional title: Simplified is closer than English
    CHECK(lib.tutorials()->index(0).data(Qt::DisplayRole).toString().contains(QStringLiteral("学习")));

    const qint64 firstId = first.data(library::IdRole).toLongLong();
    const qint64 secondId = lib.nextInSeries(firstId);
    CHECK(secondId == lib.tutorials()->index(1).data(library::IdRole).toLongLong());
    CHECK(lib.previousInSeries(secondId) == firstId);
    CHECK(lib.previousInSeries(firstId) == 0);

    // Progress: saved, shown in the model, offered as a resume point; near the end counts as completed.
    const qint64 duration = lib.tutorials()->index(1).data(library::DurationMsRole).toLongLong();
    REQUIRE(duration > 8000);
    lib.saveProgress(secondId, 4000, duration);
    CHECK(lib.tutorials()->index(1).data(library::ProgressRole).toDouble() == Approx(4000.0 / double(duration)));
    auto p = lib.playable(secondId);
    REQUIRE(p);
    CHECK(p->resumePositionMs == 4000);
    CHECK(p->positionInSeries == 2);
    CHECK(p->seriesLength == 3);
    CHECK(p->videoCodec == QStringLiteral("vp9")); // the probe's finding, so a missing decoder can be named
    REQUIRE(p->subtitles.size() == 6);
    CHECK(p->subtitles.first().language == QStringLiteral("ar"));
    lib.saveProgress(secondId, duration - 200, duration);
    CHECK(lib.tutorials()->index(1).data(library::CompletedRole).toBool());
    CHECK(lib.playable(secondId)->resumePositionMs == 0);
}

TEST_CASE("Watched folders: a new video is indexed once it has finished copying", "[library][slow]")
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("root"));
    REQUIRE(QDir().mkpath(root));
    library::Library lib(tmp.filePath(QStringLiteral("index.sqlite")));
    int finished = 0;
    QObject::connect(&lib, &library::Library::scanFinished, &lib, [&] { ++finished; });
    REQUIRE(lib.addRoot(root));
    REQUIRE(waitFor([&] { return finished == 1; }, 30000));
    CHECK(lib.tutorials()->rowCount() == 0);

    lib.folderWatcher()->setSettleMs(400);
    lib.setWatching(true);
    REQUIRE(lib.folderWatcher()->folders().contains(QFileInfo(root).canonicalFilePath()));

    // Copy slowly, like a big file from a USB stick: no scan may start before the copy is complete.
    const QByteArray bytes = cairn::test::readAll(sampleVideo());
    QFile out(QDir(root).filePath(QStringLiteral("New tutorial.mp4")));
    REQUIRE(out.open(QIODevice::WriteOnly));
    const qsizetype chunk = bytes.size() / 8 + 1;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        out.write(bytes.mid(at, chunk));
        out.flush();
        waitFor([] { return false; }, 150);
        CHECK(finished == 1);
    }
    out.close();
    REQUIRE(QFileInfo(out.fileName()).size() == bytes.size());

    REQUIRE(waitFor([&] { return finished >= 2; }, 30000));
    REQUIRE(lib.tutorials()->rowCount() == 1);
    CHECK(lib.tutorials()->index(0).data(library::ErrorRole).toString().isEmpty());
    CHECK(lib.tutorials()->index(0).data(library::DurationMsRole).toLongLong() > 9000);

    // And it disappears: marked missing, not dropped.
    REQUIRE(QFile::remove(out.fileName()));
    REQUIRE(waitFor([&] { return finished >= 3; }, 30000));
    REQUIRE(lib.tutorials()->rowCount() == 1);
    CHECK(lib.tutorials()->index(0).data(library::MissingRole).toBool());
}

TEST_CASE("Library::Load::Background fills the model from a worker, and an older load never hides a newer one",
          "[library][slow]")
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("root"));
    REQUIRE(cairn::test::copyTree(cairn::test::samplePackPath(), root));
    const QString indexPath = tmp.filePath(QStringLiteral("index.sqlite"));
    {
        library::Library scanning(indexPath);
        int finished = 0;
        QObject::connect(&scanning, &library::Library::scanFinished, &scanning, [&] { ++finished; });
        REQUIRE(scanning.addRoot(root));
        REQUIRE(waitFor([&] { return finished == 1; }, 60000));
    }

    library::Library lib(indexPath, nullptr, library::Library::Load::Background);
    REQUIRE(lib.isOpen());
    QAbstractItemModelTester tester(lib.tutorials(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The constructor returned at once; the rows arrive through the event loop, already in series order.
    CHECK(lib.tutorials()->rowCount() == 0);
    REQUIRE(waitFor([&] { return lib.tutorials()->rowCount() == 3; }, 10000));
    CHECK(lib.tutorials()->index(0).data(Qt::DisplayRole).toString() == QStringLiteral("What is a learning city?"));
    CHECK(lib.tutorials()->index(0).data(library::PositionInSeriesRole).toInt() == 1);

    // A background load reads the library, then a file is marked missing and a synchronous reload shows it.
    // When the older background result is delivered afterwards it must not bring the file back.
    const QModelIndex firstRow = lib.tutorials()->index(0);
    const qint64 firstId = firstRow.data(library::IdRole).toLongLong();
    CHECK_FALSE(firstRow.data(library::MissingRole).toBool());
    lib.reloadInBackground();
    QElapsedTimer t;
    t.start();
    while (lib.isLoading() && t.elapsed() < 10000)
        QThread::msleep(5); // no event processing: its result stays queued
    REQUIRE_FALSE(lib.isLoading());
    {
        db::IndexStore store(indexPath, core::userDataPathFor(indexPath));
        store.setMissing(firstId, true);
    }
    lib.reload();
    auto missingInModel = [&] {
        for (int r = 0; r < lib.tutorials()->rowCount(); ++r)
            if (lib.tutorials()->index(r).data(library::IdRole).toLongLong() == firstId)
                return lib.tutorials()->index(r).data(library::MissingRole).toBool();
        return false;
    };
    CHECK(missingInModel());
    QCoreApplication::processEvents(); // the stale background result is delivered now
    QCoreApplication::processEvents();
    CHECK(missingInModel());

    // The same for progress saved while a load is under way: what the player just saved stays on screen.
    const qint64 secondId = lib.tutorials()->index(1).data(library::IdRole).toLongLong();
    lib.reloadInBackground();
    t.restart();
    while (lib.isLoading() && t.elapsed() < 10000)
        QThread::msleep(5);
    lib.saveProgress(secondId, 4000, 9000);
    auto positionInModel = [&] {
        for (int r = 0; r < lib.tutorials()->rowCount(); ++r)
            if (lib.tutorials()->index(r).data(library::IdRole).toLongLong() == secondId)
                return lib.tutorials()->index(r).data(library::PositionMsRole).toLongLong();
        return qint64(-1);
    };
    CHECK(positionInModel() == 4000);
    REQUIRE(waitFor([&] { return !lib.isLoading(); }, 10000)); // the superseded load, then its re-run
    CHECK(positionInModel() == 4000);
}
