// Resume and relocate, as a user meets them: a tutorial resumes with "Start over" one click away, and a
// tutorial whose file was moved away is found again through "Locate file…" with its progress intact.
#include "catch.h"
#include "guitestutil.h"
#include "testutil.h"

#include "app/application.h"
#include "app/mainwindow.h"
#include "app/messagebanner.h"
#include "app/playerpage.h"
#include "library/library.h"
#include "library/tutorialroles.h"
#include "library/tutoriallistmodel.h"
#include "playback/playbackcontroller.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

using namespace cairn::app;
using cairn::test::waitFor;

namespace {
const QString kName = QStringLiteral("01 What is a learning city");

QModelIndex rowFor(cairn::library::Library *lib, const QString &pathSuffix)
{
    const auto *model = lib->tutorials();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r).data(cairn::library::PathRole).toString().endsWith(pathSuffix))
            return model->index(r);
    return {};
}

QPushButton *bannerAction(Application &app, const QString &text)
{
    for (QPushButton *b : app.window()->playerPage()->banner()->findChildren<QPushButton *>())
        if (b->isVisible() && b->text() == text)
            return b;
    return nullptr;
}

struct Fixture
{
    QTemporaryDir dir;
    QDir lib;
    Application::Options options;
    Fixture()
        : lib(dir.filePath(QStringLiteral("lib")))
    {
        cairn::test::clearSettings();
        const QDir sample(cairn::test::samplePackPath());
        REQUIRE(!cairn::test::copyAs(sample.filePath(kName + QStringLiteral(".mp4")), lib,
                                     QStringLiteral("Pack/") + kName + QStringLiteral(".mp4"))
                     .isEmpty());
        REQUIRE(!cairn::test::copyAs(sample.filePath(kName + QStringLiteral(".en.srt")), lib,
                                     QStringLiteral("Pack/") + kName + QStringLiteral(".en.srt"))
                     .isEmpty());
        options.audio = false;
        options.indexPath = dir.filePath(QStringLiteral("index.sqlite"));
    }

    qint64 indexed(Application &app)
    {
        app.start();
        REQUIRE(waitFor([&] { return app.library() != nullptr; }, 5000));
        REQUIRE(app.library()->addRoot(lib.path()));
        REQUIRE(waitFor([&] { return rowFor(app.library(), QStringLiteral("Pack/") + kName + QStringLiteral(".mp4")).isValid() &&
                                     !app.library()->isScanning(); },
                        30000));
        return rowFor(app.library(), QStringLiteral("Pack/") + kName + QStringLiteral(".mp4"))
            .data(cairn::library::IdRole)
            .toLongLong();
    }
};
} // namespace

TEST_CASE("resume: a tutorial opens where the user stopped, and Start over in the banner goes back to 0",
          "[gui][slow]")
{
    Fixture f;
    Application app(f.options);
    const qint64 id = f.indexed(app);
    app.library()->saveProgress(id, 6000, 10000);

    app.playTutorial(id);
    CHECK(app.controller()->position() == 6000);
    MessageBanner *banner = app.window()->playerPage()->banner();
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("0:06")));
    QPushButton *startOver = bannerAction(app, QStringLiteral("Start over"));
    REQUIRE(startOver);
    startOver->click();
    REQUIRE(waitFor([&] { return app.controller()->position() < 1500; }, 5000));
}

TEST_CASE("locate: a moved file is found again through the banner's Locate file…, progress intact", "[gui][slow]")
{
    Fixture f;
    Application app(f.options);
    const qint64 id = f.indexed(app);
    app.library()->saveProgress(id, 5000, 10000);

    // The user moves the folder somewhere outside the library (another drive, another name).
    const QString moved = f.dir.filePath(QStringLiteral("elsewhere/Renamed pack"));
    REQUIRE(QDir().mkpath(QFileInfo(moved).absolutePath()));
    REQUIRE(QDir().rename(f.lib.filePath(QStringLiteral("Pack")), moved));

    app.playTutorial(id);
    REQUIRE(waitFor([&] { return bannerAction(app, QStringLiteral("Locate file…")) != nullptr; }, 5000));
    // It stays the message shown, even when the missing sidecars are reported a moment later.
    cairn::test::waitFor([] { return false; }, 500);
    CHECK(bannerAction(app, QStringLiteral("Locate file…")) != nullptr);
    const QString newPath = QDir(moved).filePath(kName + QStringLiteral(".mp4"));
    app.locateAs(id, newPath); // what the file dialog behind the button ends in

    // Its folder joins the library, it is indexed, and it plays from where the user stopped.
    REQUIRE(waitFor([&] { return app.controller()->current().videoPath == QFileInfo(newPath).canonicalFilePath(); },
                    30000));
    CHECK(app.library()->roots().contains(QFileInfo(moved).canonicalFilePath()));
    CHECK(app.controller()->position() == 5000);
    CHECK(app.controller()->current().subtitles.size() == 1); // its sidecar came along
    // The old, missing entry is gone: one tutorial for this file, not a missing one beside the found one.
    const QString tmpRoot = QFileInfo(f.dir.path()).canonicalFilePath();
    int copies = 0;
    for (int r = 0; r < app.library()->tutorials()->rowCount(); ++r)
        copies += app.library()->tutorials()->index(r).data(cairn::library::PathRole).toString().startsWith(tmpRoot);
    CHECK(copies == 1);
}

TEST_CASE("locate: a file moved into Downloads is pointed at, without indexing all of Downloads", "[gui][slow]")
{
    Fixture f;
    Application app(f.options);
    const qint64 id = f.indexed(app);
    app.library()->saveProgress(id, 5000, 10000);

    // The user's Downloads folder, full of other things; the tutorial is moved there and renamed.
    const QByteArray realHome = qgetenv("HOME");
    const QString home = f.dir.filePath(QStringLiteral("home"));
    const QString downloads = QDir(home).filePath(QStringLiteral("Downloads"));
    REQUIRE(QDir().mkpath(downloads));
    qputenv("HOME", QFile::encodeName(home));
    REQUIRE(cairn::test::copyAs(cairn::test::dataPath(QStringLiteral("player/lesson-2.mp4")), QDir(downloads),
                                QStringLiteral("Unrelated.mp4"))
                .size() > 0);
    const QString newPath = QDir(downloads).filePath(QStringLiteral("lesson 1 (copy).mp4"));
    REQUIRE(QFile::rename(f.lib.filePath(QStringLiteral("Pack/") + kName + QStringLiteral(".mp4")), newPath));
    REQUIRE(QFile::rename(f.lib.filePath(QStringLiteral("Pack/") + kName + QStringLiteral(".en.srt")),
                          QDir(downloads).filePath(QStringLiteral("lesson 1 (copy).en.srt"))));

    app.playTutorial(id);
    REQUIRE(waitFor([&] { return bannerAction(app, QStringLiteral("Locate file…")) != nullptr; }, 5000));
    app.locateAs(id, newPath);
    qputenv("HOME", realHome);

    REQUIRE(waitFor([&] { return app.controller()->current().videoPath == QFileInfo(newPath).canonicalFilePath(); },
                    10000));
    CHECK(app.controller()->current().id == id); // the same tutorial, not a new one
    CHECK(app.controller()->position() == 5000);
    REQUIRE(app.controller()->current().subtitles.size() == 1);
    CHECK(app.controller()->current().subtitles.constFirst().path.endsWith(QStringLiteral("lesson 1 (copy).en.srt")));
    CHECK_FALSE(app.library()->roots().contains(QFileInfo(downloads).canonicalFilePath()));
    CHECK_FALSE(rowFor(app.library(), QStringLiteral("Unrelated.mp4")).isValid());
}
