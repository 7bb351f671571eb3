// The whole player window built by the composition root, playing a real lesson with its sidecar subtitles:
// what is on screen, the keyboard, the menus, the transcript, errors.
#include "catch.h"
#include "guitestutil.h"
#include "testutil.h"

#include "app/application.h"
#include "app/helpoverlay.h"
#include "app/mainwindow.h"
#include "app/messagebanner.h"
#include "app/playerpage.h"
#include "app/subtitletracks.h"
#include "app/transcriptpanel.h"
#include "app/transportbar.h"
#include "app/videoview.h"
#include "playback/playbackcontroller.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSlider>
#include <QTest>

using namespace cairn::app;
using cairn::test::waitFor;
using Slot = SubtitleTracks::Slot;

namespace {
QString lesson(int n)
{
    return cairn::test::dataPath(QStringLiteral("player/lesson-%1.mp4").arg(n));
}

Application::Options options(const QString &primary = QStringLiteral("ar"), const QString &secondary = {})
{
    cairn::test::clearSettings();
    Application::Options o;
    o.playFile = lesson(1);
    o.subtitles = primary;
    o.secondSubtitles = secondary;
    o.audio = false;
    return o;
}

/// Starts the app and waits until a frame is shown and the chosen subtitles are loaded.
bool startAndWait(Application &app)
{
    app.start();
    app.window()->resize(960, 640);
    return waitFor(
        [&] {
            return app.window()->playerPage()->videoView()->hasFrame() && app.tracks()->index(Slot::Primary) &&
                   app.controller()->position() > 300;
        },
        10000);
}

void key(QWidget *w, int k, const QString &text = {})
{
    QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier, text);
    QCoreApplication::sendEvent(w, &press);
}
} // namespace

TEST_CASE("a real lesson plays with Arabic at the bottom and Chinese at the top, clear of the controls",
          "[gui][slow]")
{
    Application app(options(QStringLiteral("ar"), QStringLiteral("zh")));
    REQUIRE(startAndWait(app));
    PlayerPage *page = app.window()->playerPage();
    VideoView *video = page->videoView();
    CHECK(app.tracks()->language(Slot::Primary) == QStringLiteral("ar"));
    CHECK(app.tracks()->language(Slot::Secondary).startsWith(QStringLiteral("zh")));
    REQUIRE(waitFor([&] { return video->lastSubtitleRects().size() == 2; }, 3000));

    const QImage shot = app.window()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QPoint videoOrigin = video->mapTo(app.window(), QPoint(0, 0));
    // The test pattern is there (not a black or grey rectangle).
    const QRectF vr = video->videoRect();
    const QRgb centre = shot.pixel(videoOrigin + vr.center().toPoint());
    CHECK((qRed(centre) + qGreen(centre) + qBlue(centre)) > 100);

    const QRectF bottom = video->lastSubtitleRects().at(0); // primary
    const QRectF top = video->lastSubtitleRects().at(1);    // secondary
    CHECK(bottom.top() > vr.center().y());
    CHECK(top.bottom() < vr.center().y());
    for (const QRectF &r : {bottom, top})
        CHECK(cairn::test::brightPixels(shot, r.toRect().translated(videoOrigin)) > 100);
    const int controlsTop = page->transport()->mapTo(app.window(), QPoint(0, 0)).y();
    CHECK(bottom.bottom() + videoOrigin.y() <= controlsTop);
}

TEST_CASE("keyboard: play/pause, jumps, mute, speed, volume, subtitles cycle, help", "[gui][slow]")
{
    Application app(options(QStringLiteral("en")));
    REQUIRE(startAndWait(app));
    auto *c = app.controller();
    PlayerPage *page = app.window()->playerPage();
    QWidget *target = page->videoView();

    key(target, Qt::Key_Space, QStringLiteral(" "));
    CHECK_FALSE(c->isPlaying());
    key(target, Qt::Key_K, QStringLiteral("k"));
    CHECK(c->isPlaying());
    key(target, Qt::Key_K, QStringLiteral("k"));
    c->seek(500);
    key(target, Qt::Key_Right);
    CHECK(c->position() == 5500);
    key(target, Qt::Key_Left);
    CHECK(c->position() == 500);
    key(target, Qt::Key_J, QStringLiteral("j"));
    CHECK(c->position() == 0);
    key(target, Qt::Key_M, QStringLiteral("m"));
    CHECK(c->isMuted());
    key(target, Qt::Key_BracketRight, QStringLiteral("]"));
    CHECK(c->rate() == 1.25);
    key(target, Qt::Key_BracketLeft, QStringLiteral("["));
    key(target, Qt::Key_BracketLeft, QStringLiteral("["));
    CHECK(c->rate() == 0.75);
    const float v = c->volume();
    key(target, Qt::Key_Down);
    CHECK(c->volume() < v);

    const int before = app.tracks()->selected(Slot::Primary);
    key(target, Qt::Key_C, QStringLiteral("c"));
    CHECK(app.tracks()->selected(Slot::Primary) != before);

    key(target, Qt::Key_Question, QStringLiteral("?"));
    CHECK(page->help()->isVisible());
    CHECK(page->help()->text().contains(QStringLiteral("Play or pause")));
    key(target, Qt::Key_Escape);
    CHECK_FALSE(page->help()->isVisible());
}

TEST_CASE("subtitle menu: Off, every language in its own name with UN languages first, a second-language menu",
          "[gui][slow]")
{
    Application app(options(QStringLiteral("en")));
    REQUIRE(startAndWait(app));
    QStringList names;
    QMenu *second = nullptr;
    for (QAction *a : app.window()->playerPage()->transport()->subtitleMenu()->actions()) {
        if (a->menu())
            second = a->menu();
        else if (!a->isSeparator())
            names << a->text();
    }
    REQUIRE(names.size() == 5);
    CHECK(names.at(0) == QStringLiteral("Off"));
    CHECK(names.at(1) == QStringLiteral("العربية"));
    CHECK(names.at(2).startsWith(QStringLiteral("中文")));
    CHECK(names.at(3).contains(QStringLiteral("English")));
    CHECK(names.at(4).startsWith(QStringLiteral("Fran"), Qt::CaseInsensitive));
    REQUIRE(second);
    CHECK(second->actions().size() == 5);
    second->actions().at(1)->trigger(); // Arabic as the second language
    CHECK(app.tracks()->language(Slot::Secondary) == QStringLiteral("ar"));
}

TEST_CASE("transcript: lists the cues, follows playback, filters, and a click jumps there", "[gui][slow]")
{
    Application app(options(QStringLiteral("ar")));
    REQUIRE(startAndWait(app));
    PlayerPage *page = app.window()->playerPage();
    page->setTranscriptVisible(true);
    TranscriptPanel *t = page->transcript();
    REQUIRE(waitFor([&] { return t->visibleRows() == 2; }, 3000));
    CHECK(t->view()->model()->index(0, 0).data().toString().contains(QStringLiteral("مرحبا")));

    t->filterEdit()->setText(QStringLiteral("خريطة"));
    REQUIRE(t->visibleRows() == 1);
    app.controller()->pause();
    const QRect row = t->view()->visualRect(t->view()->model()->index(0, 0));
    QTest::mouseClick(t->view()->viewport(), Qt::LeftButton, {}, row.center());
    CHECK(app.controller()->position() == 3000);
}

TEST_CASE("a missing file is explained in a banner, and the window stays usable", "[gui]")
{
    cairn::test::clearSettings();
    Application::Options o;
    o.audio = false;
    Application app(o);
    app.start();
    app.playFile(QStringLiteral("/media/usb-stick/Lesson 4.mp4"));
    MessageBanner *banner = app.window()->playerPage()->banner();
    REQUIRE(waitFor([&] { return !banner->text().isEmpty(); }, 3000));
    CHECK(banner->text().contains(QStringLiteral("Lesson 4.mp4")));
    CHECK(banner->text().contains(QStringLiteral("cannot be found")));
    CHECK_FALSE(app.controller()->isPlaying());
}

TEST_CASE("every control has an accessible name and can be reached with the keyboard", "[gui]")
{
    cairn::test::clearSettings();
    Application::Options o;
    o.audio = false;
    Application app(o);
    app.start();
    TransportBar *bar = app.window()->playerPage()->transport();
    const auto buttons = bar->findChildren<QAbstractButton *>();
    const auto sliders = bar->findChildren<QAbstractSlider *>();
    CHECK(buttons.size() >= 12);
    QList<QWidget *> controls;
    for (auto *b : buttons)
        controls << b;
    for (auto *s : sliders)
        controls << s;
    for (QWidget *w : std::as_const(controls)) {
        INFO(w->metaObject()->className() << " " << w->toolTip().toStdString());
        CHECK_FALSE(w->accessibleName().isEmpty());
        CHECK((w->focusPolicy() & Qt::TabFocus));
    }
}

TEST_CASE("fullscreen: controls float over the picture and the subtitles move up while they show", "[gui][slow]")
{
    Application app(options(QStringLiteral("en")));
    REQUIRE(startAndWait(app));
    PlayerPage *page = app.window()->playerPage();
    page->setFullscreenMode(true);
    VideoView *video = page->videoView();
    REQUIRE(waitFor([&] { return video->bottomInset() > 0 && !video->lastSubtitleRects().isEmpty(); }, 3000));
    video->repaint();
    const QRect controls = page->transport()->geometry();
    const QPointF origin = video->mapTo(page, QPoint(0, 0));
    CHECK(page->controlsVisible());
    CHECK(video->lastSubtitleRects().first().translated(origin).bottom() <= controls.top());
    page->setFullscreenMode(false);
    CHECK(video->bottomInset() == 0);
}
