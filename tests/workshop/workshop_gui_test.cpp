// Workshop mode end to end with real widgets and real media: plan in the editor, save, export, import into another
// library laid out differently, present, and drive it with the clicker keys. Offscreen (one screen) under ctest.
#include "catch.h"
#include "workshoptestutil.h"
#include "../app/guitestutil.h"

#include "app/subtitletracks.h"
#include "app/videoview.h"
#include "app/workshop/audiencewindow.h"
#include "app/workshop/presenterwindow.h"
#include "app/workshop/sessioneditordialog.h"
#include "library/library.h"
#include "library/tutoriallistmodel.h"
#include "library/tutorialroles.h"
#include "playback/playbackcontroller.h"
#include "workshop/sessionrunner.h"

#include <QAbstractButton>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QWindow>
#include <QScreen>
#include <QTemporaryDir>
#include <QThread>

using namespace cairn;
using cairn::test::waitFor;
using Slot = app::SubtitleTracks::Slot;

// The offscreen platform can change its screens at run time through its native interface ("setConfiguration",
// qtbase/src/plugins/platforms/offscreen). Qt's QPA headers are not installed on Debian, so the one virtual this
// needs is declared here: it is the first virtual QPlatformNativeInterface adds to QObject, which keeps the call
// on the right vtable slot. Test-only; the application never does this.
QT_BEGIN_NAMESPACE
class QPlatformNativeInterface : public QObject
{
public:
    virtual void *nativeResourceForIntegration(const QByteArray &resource);
};
QT_END_NAMESPACE

namespace {

std::function<void(const QJsonArray &)> offscreenScreenSetter()
{
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        return {};
    QPlatformNativeInterface *iface = QGuiApplication::platformNativeInterface();
    if (!iface)
        return {};
    using SetConfiguration = void (*)(const QJsonObject &, QPlatformNativeInterface *);
    auto fn = reinterpret_cast<SetConfiguration>(iface->nativeResourceForIntegration("setConfiguration"));
    if (!fn)
        return {};
    return [fn, iface](const QJsonArray &screens) { fn(QJsonObject{{QStringLiteral("screens"), screens}}, iface); };
}

qint64 idOf(library::Library &lib, const QString &fileName)
{
    auto *m = lib.tutorials();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, 0);
        if (QFileInfo(i.data(library::PathRole).toString()).fileName() == fileName)
            return i.data(library::IdRole).toLongLong();
    }
    return 0;
}

bool allBlack(const QImage &img)
{
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            if ((img.pixel(x, y) & 0xffffff) != 0)
                return false;
    return !img.isNull();
}

} // namespace

TEST_CASE("A session is planned, exported, imported into another library and run with the clicker keys",
          "[workshop][gui][slow]")
{
    test::clearSettings();
    QTemporaryDir tmp;
    const QString rootA = tmp.filePath(QStringLiteral("a"));
    REQUIRE(test::copyTree(test::samplePackPath(), rootA + QStringLiteral("/Cities")));
    library::Library libA(tmp.filePath(QStringLiteral("a-data/index.sqlite")));
    REQUIRE(test::scanRoot(libA, rootA) == 3);

    // --- plan it in the editor ---
    qint64 planId = 0;
    workshop::SessionPlan planned;
    {
        app::SessionEditorDialog editor(&libA);
        editor.newPlan();
        editor.setPlanName(QStringLiteral("Atelier villes apprenantes"));
        REQUIRE(editor.addTutorial(idOf(libA, test::kFirst)));
        editor.setItemSegment(0, 4500);
        editor.setItemLanguages({QStringLiteral("ar"), QStringLiteral("fr")});
        editor.addPausePoint(2000, QStringLiteral("Qu'est-ce qui existe déjà dans votre ville ?"));
        editor.setItemNotes(QStringLiteral("Show the map first."));
        REQUIRE(editor.addTutorial(idOf(libA, test::kSecond)));
        REQUIRE(editor.addTutorial(idOf(libA, test::kThird)));
        editor.setItemLanguages({QStringLiteral("zh-Hans")});
        editor.moveItem(2, 1); // drag the third above the second
        planId = editor.savePlan();
        REQUIRE(planId > 0);
        planned = editor.plan();
        REQUIRE(planned.items.size() == 3);
        CHECK(planned.items.at(1).path.endsWith(test::kThird));
        CHECK(planned.items.at(0).pauses.size() == 1);
        CHECK(planned.items.at(0).outMs == 4500);

        // Export for the colleague (onto "the stick").
        REQUIRE(editor.exportTo(tmp.filePath(QStringLiteral("stick/atelier.cairn-session"))));
    }
    {
        // Reopened later: the same plan comes back from user.sqlite.
        app::SessionEditorDialog again(&libA);
        REQUIRE(again.loadPlan(planId));
        CHECK(again.plan() == planned);
    }

    // --- the colleague's library: the same videos, other folders and names ---
    const QString rootB = tmp.filePath(QStringLiteral("b"));
    REQUIRE(!test::copyAs(test::sampleFile(test::kFirst), QDir(rootB), QStringLiteral("Cities/") + test::kFirst).isEmpty());
    REQUIRE(!test::copyAs(test::sampleFile(test::kSecond), QDir(rootB), QStringLiteral("elsewhere/two.webm")).isEmpty());
    REQUIRE(!test::copyAs(test::sampleFile(test::kThird), QDir(rootB), QStringLiteral("x/y/three.mkv")).isEmpty());
    for (const QString &sub : QDir(test::samplePackPath()).entryList({QStringLiteral("01 *.srt")}))
        test::copyAs(test::sampleFile(sub), QDir(rootB), QStringLiteral("Cities/") + sub);
    for (const QString &sub : QDir(test::samplePackPath()).entryList({QStringLiteral("02 *.vtt")}))
        test::copyAs(test::sampleFile(sub), QDir(rootB),
                     QStringLiteral("elsewhere/two.") + sub.section(QLatin1Char('.'), -2));
    library::Library libB(tmp.filePath(QStringLiteral("b-data/index.sqlite")));
    REQUIRE(test::scanRoot(libB, rootB) == 3);

    app::SessionEditorDialog editorB(&libB);
    QString error;
    const auto matches = editorB.importFrom(tmp.filePath(QStringLiteral("stick/atelier.cairn-session")), &error);
    REQUIRE(error.isEmpty());
    REQUIRE(matches.size() == 3);
    for (const auto &m : matches)
        CHECK(m.how != workshop::MatchResult::How::Missing);
    const workshop::SessionPlan imported = editorB.plan();
    CHECK(imported.id > 0); // saved in B's user.sqlite
    CHECK(imported.items.at(0).pauses == planned.items.at(0).pauses);
    CHECK(imported.items.at(2).path.endsWith(QStringLiteral("elsewhere/two.webm")));

    // --- run it: one screen here (offscreen), so the audience window is fullscreen on it ---
    app::PresenterWindow *presenter = editorB.present(false);
    REQUIRE(presenter);
    app::AudienceWindow *audience = presenter->audience();
    CHECK(audience->isVisible());
    CHECK(presenter->audienceScreen() == QGuiApplication::primaryScreen());
    CHECK(audience->geometry() == presenter->audienceScreen()->geometry());
    // Clean: the picture and subtitles only, no pointer.
    CHECK(audience->findChildren<QAbstractButton *>().isEmpty());
    CHECK(audience->findChildren<QLabel *>().isEmpty());
    CHECK(audience->cursor().shape() == Qt::BlankCursor);

    workshop::SessionRunner *runner = presenter->runner();
    REQUIRE(waitFor([&] { return runner->currentIndex() == 0 && audience->videoView()->hasFrame(); }, 15000));
    // The item's languages: Arabic on the first line, French on the second.
    REQUIRE(waitFor([&] { return presenter->tracks()->index(Slot::Primary) && presenter->tracks()->index(Slot::Secondary); }, 10000));
    CHECK(presenter->tracks()->language(Slot::Primary) == QStringLiteral("ar"));
    CHECK(presenter->tracks()->language(Slot::Secondary) == QStringLiteral("fr"));

    // The pause point stops the video and shows the prompt to the room.
    REQUIRE(waitFor([&] { return audience->isCardShown(); }, 10000));
    CHECK(audience->cardText().startsWith(QStringLiteral("Qu'est-ce")));
    CHECK_FALSE(presenter->controller()->isPlaying());
    QImage card = presenter->previewImage();
    CHECK(card.size() == audience->size());
    CHECK_FALSE(allBlack(card));

    presenter->handleKey(Qt::Key_Space); // discussion over
    CHECK_FALSE(audience->isCardShown());
    CHECK(presenter->controller()->isPlaying());

    presenter->handleKey(Qt::Key_B);
    CHECK(audience->isBlank());
    CHECK(allBlack(audience->grab().toImage()));
    presenter->handleKey(Qt::Key_Period);
    CHECK_FALSE(audience->isBlank());

    presenter->handleKey(Qt::Key_F);
    CHECK(audience->isFrozen());
    presenter->handleKey(Qt::Key_F);
    CHECK_FALSE(audience->isFrozen());

    // The clicker's keys arrive on the audience window too (single screen: it has the focus).
    Q_EMIT audience->keyPressed(Qt::Key_PageDown, Qt::NoModifier);
    CHECK(runner->currentIndex() == 1);
    REQUIRE(waitFor([&] { return presenter->controller()->current().videoPath.endsWith(QStringLiteral("three.mkv")); }, 5000));
    presenter->handleKey(Qt::Key_PageDown);
    CHECK(runner->currentIndex() == 2);
    presenter->handleKey(Qt::Key_PageUp);
    CHECK(runner->currentIndex() == 1);

    // Subtitle size and position from the control view reach the audience screen.
    app::SubtitleStyle st = presenter->tracks()->style(Slot::Primary);
    CHECK(st.placement == app::SubtitleStyle::Placement::Top);
    CHECK(st.sizePercent >= 6.0);

    presenter->handleKey(Qt::Key_Escape);
    CHECK_FALSE(audience->isVisible());
    presenter->close();

    // A third computer with an empty library: the videos travel on the stick beside the session file, never
    // scanned. They are found by relative path next to the file and play from there.
    REQUIRE(test::copyTree(rootA + QStringLiteral("/Cities"), tmp.filePath(QStringLiteral("stick/Cities"))));
    library::Library libC(tmp.filePath(QStringLiteral("c-data/index.sqlite")));
    app::SessionEditorDialog editorC(&libC);
    const auto onStick = editorC.importFrom(tmp.filePath(QStringLiteral("stick/atelier.cairn-session")), &error);
    REQUIRE(onStick.size() == 3);
    for (const auto &m : onStick)
        CHECK(m.how == workshop::MatchResult::How::RelativePath);
    app::PresenterWindow *fromStick = editorC.present(false);
    CHECK(fromStick->runner()->isAvailable(0));
    REQUIRE(waitFor([&] { return fromStick->audience()->videoView()->hasFrame(); }, 15000));
    CHECK(fromStick->controller()->current().videoPath.startsWith(tmp.filePath(QStringLiteral("stick/Cities"))));
    fromStick->close();
}

TEST_CASE("With two screens the room's view goes to the projector and follows plugging", "[workshop][gui][slow]")
{
    // The offscreen platform takes its screens from a config file given at start-up: run the real check in a child
    // process of this executable with two screens (a 1280x800 laptop and a 1024x768 projector beside it).
    if (QGuiApplication::platformName() != QLatin1String("offscreen")) {
        WARN("not offscreen: the two-screen check needs the offscreen platform's screen configuration");
        return;
    }
    QTemporaryDir tmp;
    const QString config = test::writeFile(QDir(tmp.path()), QStringLiteral("screens.json"), R"({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800},
        {"name": "projector", "x": 1280, "y": 0, "width": 1024, "height": 768}]})");
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.twoscreens]")});
    REQUIRE(child.waitForFinished(150000));
    const QString output = QString::fromUtf8(child.readAll());
    INFO(output.toStdString());
    CHECK(child.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("All tests passed")));
}

TEST_CASE("two screens (child process of the test above)", "[.twoscreens]")
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    REQUIRE(screens.size() == 2);
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("root"));
    REQUIRE(test::copyTree(test::samplePackPath(), root));
    library::Library lib(tmp.filePath(QStringLiteral("index.sqlite")));
    REQUIRE(test::scanRoot(lib, root) == 3);
    app::SessionEditorDialog editor(&lib);
    editor.newPlan();
    REQUIRE(editor.addTutorial(idOf(lib, test::kSecond)));
    app::PresenterWindow *presenter = editor.present(false);
    app::AudienceWindow *audience = presenter->audience();
    CHECK(presenter->windowHandle()->screen() == screens.at(0));
    // The laptop keeps the control view; the room's view is fullscreen on the projector.
    CHECK(audience->targetScreen() == screens.at(1));
    CHECK(audience->geometry() == screens.at(1)->geometry());
    REQUIRE(waitFor([&] { return presenter->controller()->isPlaying() && presenter->controller()->position() > 300; }, 15000));

    // The projector is unplugged: the room's view comes to the laptop screen and playback goes on.
    presenter->onScreenRemoved(screens.at(1));
    REQUIRE(waitFor([&] { return audience->targetScreen() == screens.at(0); }, 3000));
    CHECK(audience->isVisible());
    CHECK(audience->geometry() == screens.at(0)->geometry());
    CHECK(presenter->controller()->isPlaying());
    CHECK(presenter->runner()->currentIndex() == 0);
    // Plugged in again: it goes back to the projector by itself.
    presenter->onScreenAdded(screens.at(1));
    CHECK(audience->targetScreen() == screens.at(1));
    CHECK(audience->geometry() == screens.at(1)->geometry());
    CHECK(presenter->controller()->isPlaying());

    // Now for real: the offscreen platform removes and adds the screen (QGuiApplication::screenRemoved/Added).
    const auto setScreens = offscreenScreenSetter();
    REQUIRE(setScreens);
    const QJsonObject laptop{{QStringLiteral("name"), QStringLiteral("laptop")}, {QStringLiteral("x"), 0},
                             {QStringLiteral("y"), 0}, {QStringLiteral("width"), 1280}, {QStringLiteral("height"), 800}};
    const QJsonObject projector{{QStringLiteral("name"), QStringLiteral("projector")}, {QStringLiteral("x"), 1280},
                                {QStringLiteral("y"), 0}, {QStringLiteral("width"), 1024}, {QStringLiteral("height"), 768}};
    setScreens(QJsonArray{laptop});
    REQUIRE(waitFor([&] { return QGuiApplication::screens().size() == 1; }, 3000));
    REQUIRE(waitFor([&] { return audience->targetScreen() == QGuiApplication::screens().at(0); }, 3000));
    CHECK(audience->isVisible());
    waitFor([&] { return audience->geometry() == QRect(0, 0, 1280, 800); }, 3000);
    INFO("audience geometry " << audience->geometry().x() << "," << audience->geometry().y() << " "
                              << audience->geometry().width() << "x" << audience->geometry().height());
    CHECK(audience->geometry() == QRect(0, 0, 1280, 800));
    const qint64 before = presenter->controller()->position();
    REQUIRE(waitFor([&] { return presenter->controller()->position() > before + 200; }, 5000)); // still playing
    setScreens(QJsonArray{laptop, projector});
    REQUIRE(waitFor([&] { return QGuiApplication::screens().size() == 2; }, 3000));
    REQUIRE(waitFor([&] { return audience->geometry() == QRect(1280, 0, 1024, 768); }, 3000));
    CHECK(audience->targetScreen() == QGuiApplication::screens().at(1));
    CHECK(presenter->controller()->isPlaying());
    CHECK(presenter->runner()->currentIndex() == 0);
}

// Not run by ctest (hidden tag): a scripted session for screenshots on a real X display, e.g.
//   Xvfb :98 -screen 0 2304x800x24 & DISPLAY=:98 xrandr --setmonitor ...
//   DISPLAY=:98 ./cairn_workshop_gui_tests "[.demo]"
// It prints what it is doing so screenshots can be matched to states.
TEST_CASE("Workshop demo for screenshots", "[.demo]")
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("root"));
    REQUIRE(test::copyTree(test::samplePackPath(), root));
    library::Library lib(tmp.filePath(QStringLiteral("index.sqlite")));
    REQUIRE(test::scanRoot(lib, root) == 3);
    app::SessionEditorDialog editor(&lib);
    editor.show();
    editor.newPlan();
    editor.setPlanName(QStringLiteral("Demo"));
    REQUIRE(editor.addTutorial(idOf(lib, test::kFirst)));
    editor.setItemLanguages({QStringLiteral("ar"), QStringLiteral("fr")});
    editor.addPausePoint(4000, QStringLiteral("Discussion: what does your city already do?"));
    editor.setItemNotes(QStringLiteral("Ask the Arabic speakers first."));
    REQUIRE(editor.addTutorial(idOf(lib, test::kSecond)));
    editor.setItemLanguages({QStringLiteral("zh"), QStringLiteral("en")});
    editor.savePlan();
    const auto say = [](const char *what) {
        std::printf("DEMO %s screens=%lld\n", what, qlonglong(QGuiApplication::screens().size()));
        std::fflush(stdout);
    };
    for (QScreen *s : QGuiApplication::screens())
        std::printf("SCREEN %s %d,%d %dx%d\n", qPrintable(s->name()), s->geometry().x(), s->geometry().y(),
                    s->geometry().width(), s->geometry().height());
    editor.selectItem(0);
    if (!qEnvironmentVariableIsEmpty("CAIRN_WORKSHOP_ARTIFACTS"))
        editor.grab().save(qEnvironmentVariable("CAIRN_WORKSHOP_ARTIFACTS") + QStringLiteral("/editor.png"));
    app::PresenterWindow *p = editor.present(false);
    p->move(0, 0);
    const auto wait = [](int ms) { waitFor([] { return false; }, ms); };
    say("presenting");
    waitFor([&] { return p->audience()->isCardShown(); }, 15000);
    say("card");
    wait(5000);
    p->handleKey(Qt::Key_Space);
    say("playing");
    wait(3000);
    p->handleKey(Qt::Key_B);
    say("blank");
    wait(4000);
    p->handleKey(Qt::Key_B);
    p->handleKey(Qt::Key_PageDown);
    say("second item");
    const int extra = qEnvironmentVariableIntValue("CAIRN_WORKSHOP_DEMO_EXTRA_MS");
    wait(5000 + extra);
    say("end");
}
