// The session runner over the real playback stack: a plan of real sample videos, a segment with a pause point,
// next/previous like slides. Frames go to a QVideoSink (no display needed).
#include "catch.h"
#include "workshoptestutil.h"

#include "library/library.h"
#include "playback/playbackcontroller.h"
#include "playback/qtmultimediaengine.h"
#include "workshop/sessionrunner.h"
#include "workshop/workshopdata.h"

#include <QTemporaryDir>

using namespace cairn;
using namespace cairn::workshop;
using cairn::test::waitFor;

TEST_CASE("The runner plays segments, stops at pause points and steps through the plan", "[workshop][playback][slow]")
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("root"));
    REQUIRE(test::copyTree(test::samplePackPath(), root));
    library::Library lib(tmp.filePath(QStringLiteral("index.sqlite")));
    REQUIRE(test::scanRoot(lib, root) == 3);
    WorkshopData data(lib.indexPath());
    REQUIRE(data.isOpen());

    SessionPlan plan;
    for (const LibraryFile &f : data.files()) {
        auto item = data.itemFor(data.tutorialFor(f.fingerprint), {});
        REQUIRE(item);
        plan.items.append(*item);
    }
    std::sort(plan.items.begin(), plan.items.end(),
              [](const SessionItem &a, const SessionItem &b) { return a.path < b.path; });
    REQUIRE(plan.items.size() == 3);
    plan.items[0].inMs = 1000;
    plan.items[0].outMs = 3500;
    plan.items[0].pauses = {PausePoint{2000, QStringLiteral("Discuss")}};
    SessionItem gone;
    gone.fingerprint = QStringLiteral("not-in-this-library");
    gone.title = QStringLiteral("Gone");
    plan.items.insert(1, gone); // an item whose video is missing is skipped

    playback::QtMultimediaEngine engine(playback::QtMultimediaEngine::Options{false}, nullptr);
    playback::PlaybackController controller(&engine);
    const auto resolver = [&](const SessionItem &item) -> std::optional<playback::PlayableTutorial> {
        const qint64 id = data.tutorialFor(item.fingerprint);
        return id > 0 ? lib.playable(id) : std::nullopt;
    };
    SessionRunner runner(&controller, resolver);
    runner.setPlan(plan);
    CHECK(runner.isAvailable(0));
    CHECK_FALSE(runner.isAvailable(1));
    CHECK(runner.segmentDurationMs(0) == 2500);
    CHECK(runner.remainingInSessionMs() > 2500 + 8000); // the two whole videos after it count too

    QObject ctx;
    int pauseAt = -1;
    QString prompt;
    int ended = -1;
    QList<int> unavailable;
    QObject::connect(&runner, &SessionRunner::pausePointReached, &ctx, [&](int item, int, const QString &p) {
        pauseAt = item;
        prompt = p;
    });
    QObject::connect(&runner, &SessionRunner::segmentEnded, &ctx, [&](int i) { ended = i; });
    QObject::connect(&runner, &SessionRunner::itemUnavailable, &ctx, [&](int i, const QString &) { unavailable << i; });

    REQUIRE(runner.goTo(0));
    CHECK(runner.currentIndex() == 0);
    REQUIRE(waitFor([&] { return pauseAt == 0; }, 10000));
    CHECK(prompt == QStringLiteral("Discuss"));
    CHECK_FALSE(controller.isPlaying());
    CHECK(controller.position() >= 2000);
    CHECK(controller.position() < 2800);
    REQUIRE(runner.activePause());
    CHECK(runner.elapsedInItemMs() >= 1000);

    // Space at a pause point: the card goes and the video plays on, to the out point where it stops.
    runner.togglePlay();
    CHECK_FALSE(runner.activePause());
    REQUIRE(waitFor([&] { return ended == 0; }, 8000));
    CHECK_FALSE(controller.isPlaying());
    CHECK(controller.position() >= 3500);
    CHECK(controller.position() < 4300);
    CHECK(pauseAt == 0);

    // Space at a segment end goes to the next item; the missing one is skipped with a message.
    runner.togglePlay();
    CHECK(unavailable == QList<int>{1});
    CHECK(runner.currentIndex() == 2);
    REQUIRE(waitFor([&] { return controller.position() > 500; }, 8000));
    CHECK(controller.current().videoPath == plan.items.at(2).path);

    CHECK(runner.next(false));
    CHECK(runner.currentIndex() == 3);
    CHECK_FALSE(runner.next(false)); // the last item
    CHECK(runner.previous(false));
    CHECK(runner.currentIndex() == 2);
    CHECK(runner.previous(false)); // skips the missing item back to the first
    CHECK(runner.currentIndex() == 0);
    CHECK(controller.position() == 1000); // reopened at its in point
}
