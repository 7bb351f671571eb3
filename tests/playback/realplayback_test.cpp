// The real Qt Multimedia engine (GStreamer backend unless QT_MEDIA_BACKEND says otherwise) decoding a real clip
// through the controller. Offscreen is fine: frames go to a QVideoSink.
#include "catch.h"
#include "testutil.h"
#include "waitfor.h"

#include "playback/playbackcontroller.h"
#include "playback/qtmultimediaengine.h"

#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QVideoFrame>
#include <QVideoSink>
#include <algorithm>

using namespace cairn::playback;
using cairn::test::waitFor;

namespace {
PlayableTutorial clip(const QString &name)
{
    PlayableTutorial t;
    t.id = 1;
    t.videoPath = cairn::test::dataPath(QStringLiteral("player/") + name);
    t.title = name;
    return t;
}
} // namespace

TEST_CASE("a real clip plays through the controller: frames, position, duration, end", "[playback][slow]")
{
    QtMultimediaEngine engine;
    PlaybackController c(&engine);
    c.setAutoplayNext(false);
    bool ended = false;
    qint64 firstFrameMs = -1;
    QObject ctx;
    QObject::connect(&c, &PlaybackController::finished, &ctx, [&] { ended = true; });
    QObject::connect(&c, &PlaybackController::firstFrame, &ctx, [&](qint64 ms) { firstFrameMs = ms; });

    auto t = clip(QStringLiteral("lesson-1.mp4"));
    t.resumePositionMs = 3000;
    c.open(t);
    REQUIRE(waitFor([&] { return firstFrameMs >= 0; }, 8000));
    const QVideoFrame frame = engine.videoSink()->videoFrame();
    CHECK(frame.size() == QSize(320, 180));
    CHECK(frame.isValid()); // toImage() needs a QGuiApplication: the pixels are checked in the gui tests
    // Resumed at 3 s, not played from 0: the engine's own clock says so within moments of the first frame.
    REQUIRE(waitFor([&] { return engine.position() >= 3000; }, 1500));
    CHECK(engine.position() < 4500);
    CHECK(c.duration() == 6000);
    REQUIRE(waitFor([&] { return ended; }, 8000));
    CHECK_FALSE(c.isPlaying());
}

TEST_CASE("a missing file is reported in words, without waiting", "[playback]")
{
    QtMultimediaEngine engine;
    PlaybackController c(&engine);
    QString failure;
    QObject ctx;
    QObject::connect(&c, &PlaybackController::failed, &ctx, [&](const QString &m) { failure = m; });
    c.open(clip(QStringLiteral("not-there.mp4")));
    CHECK(failure.contains(QStringLiteral("not-there.mp4")));
    CHECK(failure.contains(QStringLiteral("cannot be found")));
}

TEST_CASE("a file that is not a video is reported as damaged", "[playback][slow]")
{
    QtMultimediaEngine engine;
    PlaybackController c(&engine);
    QString failure;
    int failures = 0;
    QObject ctx;
    QObject::connect(&c, &PlaybackController::failed, &ctx, [&](const QString &m) {
        failure = m;
        ++failures;
    });
    PlayableTutorial t;
    t.id = 9;
    t.videoPath = cairn::test::dataPath(QStringLiteral("player/lesson-1.en.srt"));
    c.open(t);
    REQUIRE(waitFor([&] { return !failure.isEmpty(); }, 8000));
    CHECK(failure.contains(QStringLiteral("lesson-1.en.srt")));
    // The user is told what is wrong with the file, once, not that playback "keeps stopping".
    CHECK(failure.contains(QStringLiteral("damaged")));
    waitFor([] { return false; }, 500); // the engine winding down must not add a second message
    CHECK(failures == 1);
    CHECK_FALSE(c.isPlaying());
}

TEST_CASE("100 plays in a row all reach a frame (stalls are recovered by reloading)", "[playback][slow]")
{
    // FEASIBILITY 13: the GStreamer backend stalls or errors in a few percent of starts. The user must not see it.
    const int runs = qEnvironmentVariableIntValue("CAIRN_PLAY_RUNS") > 0 ? qEnvironmentVariableIntValue("CAIRN_PLAY_RUNS")
                                                                          : 100;
    QtMultimediaEngine engine;
    PlaybackController c(&engine);
    c.setAutoplayNext(false);
    qint64 firstFrameMs = -1;
    QString failure;
    QObject ctx;
    QObject::connect(&c, &PlaybackController::firstFrame, &ctx, [&](qint64 ms) { firstFrameMs = ms; });
    QObject::connect(&c, &PlaybackController::failed, &ctx, [&](const QString &m) { failure = m; });

    QList<qint64> times;
    int reachedFrame = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < runs; ++i) {
        firstFrameMs = -1;
        auto t = clip(QStringLiteral("lesson-1.mp4"));
        t.id = i + 1;
        c.open(t);
        if (waitFor([&] { return firstFrameMs >= 0 || !failure.isEmpty(); }, 12000) && firstFrameMs >= 0) {
            ++reachedFrame;
            times << firstFrameMs;
        }
        c.stop();
    }
    std::sort(times.begin(), times.end());
    const qint64 median = times.isEmpty() ? -1 : times.at(times.size() / 2);
    const qint64 worst = times.isEmpty() ? -1 : times.last();
    WARN("backend " << QtMultimediaEngine::backendName().toStdString() << ": " << reachedFrame << "/" << runs
                    << " reached a frame, " << c.recoveries() << " automatic reloads, first frame median " << median
                    << " ms, worst " << worst << " ms, total " << total.elapsed() << " ms");
    CHECK(failure.isEmpty());
    CHECK(reachedFrame == runs);
}

TEST_CASE("warming up on a sample leaves nothing behind: the user's choice plays, and warm-up ends on its own",
          "[playback][slow]")
{
    // The sample pack's 640x360 clip, so that its frames cannot be taken for lesson-1's 320x180 ones.
    const QUrl sample =
        QUrl::fromLocalFile(cairn::test::samplePackPath() + QStringLiteral("/01 What is a learning city.mp4"));
    {
        QtMultimediaEngine engine(QtMultimediaEngine::Options{false}, nullptr);
        engine.warmUp(sample);
        CHECK(engine.isWarmingUp());
        REQUIRE(waitFor([&] { return !engine.isWarmingUp(); }, 6000));
        CHECK(engine.warmUpEnd() == QtMultimediaEngine::WarmUpEnd::Frame); // the decoder really ran
        CHECK_FALSE(engine.videoSink()->videoFrame().isValid()); // and nothing reached the user's picture
    }
    {
        // The user chooses a tutorial while the warm-up still runs: it gives way at once.
        QtMultimediaEngine engine(QtMultimediaEngine::Options{false}, nullptr);
        PlaybackController c(&engine);
        c.setAutoplayNext(false);
        qint64 firstFrameMs = -1;
        QObject ctx;
        QObject::connect(&c, &PlaybackController::firstFrame, &ctx, [&](qint64 ms) { firstFrameMs = ms; });
        engine.warmUp(sample);
        c.open(clip(QStringLiteral("lesson-1.mp4")));
        CHECK_FALSE(engine.isWarmingUp());
        CHECK(engine.warmUpEnd() == QtMultimediaEngine::WarmUpEnd::GaveWay);
        REQUIRE(waitFor([&] { return firstFrameMs >= 0; }, 8000));
        CHECK(engine.videoSink()->videoFrame().size() == QSize(320, 180)); // lesson-1, not the sample
        engine.warmUp(sample); // once a tutorial was chosen there is nothing left to warm
        CHECK_FALSE(engine.isWarmingUp());
    }
}

// Hidden: run by its own ctest entry with GStreamer's H.264 decoders disabled (GST_PLUGIN_FEATURE_RANK is read
// when GStreamer starts, so it cannot be set from inside a process that already played something).
TEST_CASE("without an H.264 decoder the user is told which package to install, not left with sound and black",
          "[.nodecoder][slow]")
{
    REQUIRE(qEnvironmentVariable("GST_PLUGIN_FEATURE_RANK").contains(QStringLiteral("avdec_h264:NONE")));
    QtMultimediaEngine engine(QtMultimediaEngine::Options{false}, nullptr);
    PlaybackController c(&engine);
    QString failure;
    bool sawFrame = false;
    QObject ctx;
    QObject::connect(&c, &PlaybackController::failed, &ctx, [&](const QString &m) { failure = m; });
    QObject::connect(&c, &PlaybackController::firstFrame, &ctx, [&] { sawFrame = true; });
    auto t = clip(QStringLiteral("lesson-1.mp4"));
    t.videoCodec = QStringLiteral("h264"); // what the index's probe records
    c.open(t);
    REQUIRE(waitFor([&] { return !failure.isEmpty(); }, 10000));
    CHECK_FALSE(sawFrame);
    CHECK(failure.contains(QStringLiteral("H.264")));
    CHECK(failure.contains(QStringLiteral("gstreamer1.0-libav")));
}

TEST_CASE("a video cut short after its header is not blamed on a missing decoder", "[playback][slow]")
{
    // What an interrupted copy leaves: the probe still reads "h264" from the header, the picture data is gone.
    QTemporaryDir dir;
    const QByteArray whole = cairn::test::readAll(cairn::test::dataPath(QStringLiteral("player/lesson-1.mp4")));
    REQUIRE(whole.size() > 6000);
    const QString cut = cairn::test::writeFile(QDir(dir.path()), QStringLiteral("cut.mp4"), whole.left(6000));
    QtMultimediaEngine engine(QtMultimediaEngine::Options{false}, nullptr);
    PlaybackController c(&engine);
    c.setStallTimeoutMs(1500);
    QString failure;
    QObject ctx;
    QObject::connect(&c, &PlaybackController::failed, &ctx, [&](const QString &m) { failure = m; });
    PlayableTutorial t;
    t.id = 11;
    t.videoPath = cut;
    t.videoCodec = QStringLiteral("h264");
    c.open(t);
    REQUIRE(waitFor([&] { return !failure.isEmpty(); }, 15000));
    CHECK_FALSE(failure.contains(QStringLiteral("gstreamer1.0-libav")));
}
