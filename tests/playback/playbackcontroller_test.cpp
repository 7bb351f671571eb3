// PlaybackController over a scripted engine: resume, progress saving, speed, series, and recovery from stalls
// and pipeline errors, without any media backend.
#include "catch.h"
#include "waitfor.h"

#include "playback/playbackcontroller.h"

#include <QStringList>
#include <QVideoSink>

using namespace cairn::playback;
using cairn::test::waitFor;

namespace {

class FakeEngine : public PlaybackEngine
{
public:
    using PlaybackEngine::PlaybackEngine;
    QStringList calls;
    qint64 pos = 0, dur = 60000;
    State st = State::Stopped;
    Status status = Status::NoMedia;

    void load(const QUrl &url) override { calls << QStringLiteral("load ") + url.fileName(); setStatus(Status::Loading); }
    void reset() override { calls << QStringLiteral("reset"); pos = 0; setStatus(Status::Loading); }
    void play() override { calls << QStringLiteral("play"); st = State::Playing; }
    void pause() override { calls << QStringLiteral("pause"); st = State::Paused; }
    void stop() override { calls << QStringLiteral("stop"); st = State::Stopped; }
    void setPosition(qint64 ms) override { calls << QStringLiteral("seek %1").arg(ms); pos = ms; }
    void setRate(double r) override { calls << QStringLiteral("rate %1").arg(r); }
    void setVolume(float) override {}
    void setMuted(bool) override {}
    qint64 position() const override { return pos; }
    qint64 duration() const override { return dur; }
    State state() const override { return st; }
    Status mediaStatus() const override { return status; }
    bool hasAudioOutput() const override { return true; }
    bool video = true;
    bool hasVideo() const override { return video; }
    bool audio = true;
    bool hasAudio() const override { return audio; }
    QVideoSink *videoSink() const override { return nullptr; }

    void setStatus(Status s) { status = s; Q_EMIT mediaStatusChanged(s); }
    void advance(qint64 to) { pos = to; Q_EMIT positionChanged(to); Q_EMIT frameArrived(); }
};

PlayableTutorial tutorial(qint64 id, qint64 resume = 0, bool completed = false)
{
    PlayableTutorial t;
    t.id = id;
    t.videoPath = QStringLiteral("/videos/lesson-%1.mp4").arg(id);
    t.title = QStringLiteral("Lesson %1").arg(id);
    t.durationMs = 60000;
    t.resumePositionMs = resume;
    t.completed = completed;
    return t;
}

struct Saved
{
    qint64 id, pos, dur;
};

} // namespace

TEST_CASE("controller resumes where the user stopped, unless the tutorial was completed", "[playback]")
{
    FakeEngine engine;
    PlaybackController c(&engine);

    c.open(tutorial(1, 12000));
    engine.setStatus(PlaybackEngine::Status::Loaded);
    CHECK(engine.calls.contains(QStringLiteral("seek 12000")));
    CHECK(c.position() == 12000);
    CHECK(c.isPlaying());

    engine.calls.clear();
    c.open(tutorial(2, 12000, /*completed*/ true));
    engine.setStatus(PlaybackEngine::Status::Loaded);
    CHECK_FALSE(engine.calls.filter(QStringLiteral("seek")).size() > 0);
    CHECK(c.position() == 0);

    // A resume point in the last seconds would only show the end: start over instead.
    engine.calls.clear();
    c.open(tutorial(3, 59000));
    engine.setStatus(PlaybackEngine::Status::Loaded);
    CHECK(c.position() == 0);

    c.open(tutorial(4, 20000));
    engine.setStatus(PlaybackEngine::Status::Buffered);
    c.startOver();
    CHECK(engine.calls.last() == QStringLiteral("play"));
    CHECK(engine.calls.contains(QStringLiteral("seek 0")));
}

TEST_CASE("controller saves progress periodically, on pause, on switching and at the end", "[playback]")
{
    FakeEngine engine;
    PlaybackController c(&engine);
    QList<Saved> saved;
    c.setProgressSink([&](qint64 id, qint64 pos, qint64 dur) { saved.append({id, pos, dur}); });
    c.setSaveIntervalMs(40);

    c.open(tutorial(7));
    engine.setStatus(PlaybackEngine::Status::Buffered);
    engine.advance(1500);
    REQUIRE(waitFor([&] { return !saved.isEmpty(); }, 1000));
    CHECK(saved.last().id == 7);
    CHECK(saved.last().pos == 1500);
    CHECK(saved.last().dur == 60000);

    saved.clear();
    engine.advance(2500);
    c.pause();
    REQUIRE(!saved.isEmpty());
    CHECK(saved.last().pos == 2500);

    saved.clear();
    c.open(tutorial(8));
    REQUIRE(!saved.isEmpty());
    CHECK(saved.first().id == 7);

    saved.clear();
    engine.setStatus(PlaybackEngine::Status::EndOfMedia);
    REQUIRE(!saved.isEmpty());
    CHECK(saved.last().id == 8);
    CHECK(saved.last().pos == 60000);
}

TEST_CASE("controller clamps speed to 0.5-2x and steps through the usual values", "[playback]")
{
    FakeEngine engine;
    PlaybackController c(&engine);
    c.setRate(5.0);
    CHECK(c.rate() == 2.0);
    c.setRate(0.1);
    CHECK(c.rate() == 0.5);
    c.stepRate(+1);
    CHECK(c.rate() == 0.75);
    c.stepRate(+1);
    CHECK(c.rate() == 1.0);
    c.stepRate(+1);
    CHECK(c.rate() == 1.25);
    c.stepRate(-1);
    c.stepRate(-1);
    CHECK(c.rate() == 0.75);
    for (int i = 0; i < 10; ++i)
        c.stepRate(+1);
    CHECK(c.rate() == 2.0);
    CHECK(engine.calls.contains(QStringLiteral("rate 2")));
}

TEST_CASE("controller jumps are clamped to the video", "[playback]")
{
    FakeEngine engine;
    PlaybackController c(&engine);
    c.open(tutorial(1, 3000));
    engine.setStatus(PlaybackEngine::Status::Buffered);
    c.skip(-10000);
    CHECK(c.position() == 0);
    c.skip(+5000);
    CHECK(c.position() == 5000);
    c.seek(999999);
    CHECK(c.position() == 60000);
}

TEST_CASE("controller plays the next tutorial of the series at the end", "[playback]")
{
    FakeEngine engine;
    PlaybackController c(&engine);
    c.setNeighbourResolver([](const PlayableTutorial &from, int step) -> std::optional<PlayableTutorial> {
        const qint64 id = from.id + step;
        if (id < 1 || id > 3)
            return std::nullopt;
        return tutorial(id);
    });
    QList<qint64> finished;
    QObject ctx;
    QObject::connect(&c, &PlaybackController::finished, &ctx, [&](qint64 id) { finished << id; });

    c.open(tutorial(2));
    CHECK(c.hasNext());
    CHECK(c.hasPrevious());
    engine.setStatus(PlaybackEngine::Status::EndOfMedia);
    CHECK(finished == QList<qint64>{2});
    REQUIRE(waitFor([&] { return c.current().id == 3; }, 1000));
    CHECK(c.isPlaying());
    CHECK_FALSE(c.hasNext());
    CHECK_FALSE(c.next());
    CHECK(c.previous());
    CHECK(c.current().id == 2);
}

TEST_CASE("controller reloads at the same position when the pipeline stalls, and gives up in words", "[playback]")
{
    FakeEngine engine;
    PlaybackController c(&engine);
    c.setStallTimeoutMs(150);
    c.setMaxRetries(2);
    QStringList failures;
    QList<int> attempts;
    QObject ctx;
    QObject::connect(&c, &PlaybackController::failed, &ctx, [&](const QString &m) { failures << m; });
    QObject::connect(&c, &PlaybackController::recovering, &ctx, [&](int a) { attempts << a; });

    c.open(tutorial(5));
    engine.setStatus(PlaybackEngine::Status::Buffered);
    engine.advance(4200);
    // Then nothing: no frame, no position (the FEASIBILITY 13 "stuck at LoadedMedia" case).
    REQUIRE(waitFor([&] { return engine.calls.contains(QStringLiteral("reset")); }, 2000));
    CHECK(attempts == QList<int>{1});
    engine.calls.clear();
    engine.setStatus(PlaybackEngine::Status::Loaded);
    CHECK(engine.calls.contains(QStringLiteral("seek 4200")));
    CHECK(c.position() == 4200);

    // Still stuck: second reload, then the user is told, once.
    REQUIRE(waitFor([&] { return attempts.size() == 2; }, 2000));
    REQUIRE(waitFor([&] { return !failures.isEmpty(); }, 2000));
    CHECK(failures.size() == 1);
    CHECK(failures.first().contains(QStringLiteral("Lesson 5")));
    CHECK(failures.first().contains(QStringLiteral("keeps stopping"))); // it played before: not the file's fault
    CHECK_FALSE(c.isPlaying());
}

TEST_CASE("controller recovers from a transient stream error but reports a missing decoder at once", "[playback]")
{
    FakeEngine engine;
    PlaybackController c(&engine);
    QStringList failures;
    QObject ctx;
    QObject::connect(&c, &PlaybackController::failed, &ctx, [&](const QString &m) { failures << m; });

    c.open(tutorial(1));
    engine.setStatus(PlaybackEngine::Status::Buffered);
    engine.advance(800);
    Q_EMIT engine.errorOccurred(PlaybackEngine::Error::Stream, QStringLiteral("Internal data stream error."));
    CHECK(engine.calls.contains(QStringLiteral("reset")));
    CHECK(failures.isEmpty());
    CHECK(c.isPlaying());

    Q_EMIT engine.errorOccurred(PlaybackEngine::Error::MissingCodec, QStringLiteral("missing a plug-in"));
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().contains(QStringLiteral("gstreamer1.0-libav")));
    CHECK(failures.first().contains(QStringLiteral("lesson-1.mp4")));
    CHECK_FALSE(c.isPlaying());
}

TEST_CASE("controller: sound without a picture from a video file names the missing decoder and its package",
          "[playback]")
{
    FakeEngine engine;
    PlaybackController c(&engine);
    QStringList failures;
    QObject ctx;
    QObject::connect(&c, &PlaybackController::failed, &ctx, [&](const QString &m) { failures << m; });
    const auto sound = [&](qint64 to) { // position moves, no frame: what GStreamer does without the decoder
        engine.pos = to;
        Q_EMIT engine.positionChanged(to);
    };

    SECTION("an H.264 video whose picture the backend cannot decode")
    {
        auto t = tutorial(3);
        t.videoCodec = QStringLiteral("h264");
        c.open(t);
        engine.video = false;
        engine.setStatus(PlaybackEngine::Status::Buffered);
        for (qint64 ms = 250; ms <= 1250; ms += 250)
            sound(ms);
        CHECK(failures.isEmpty()); // a slow first frame is not a missing decoder
        for (qint64 ms = 1500; ms <= 2000; ms += 250)
            sound(ms);
        REQUIRE(failures.size() == 1);
        CHECK(failures.first().contains(QStringLiteral("lesson-3.mp4")));
        CHECK(failures.first().contains(QStringLiteral("H.264")));
        CHECK(failures.first().contains(QStringLiteral("gstreamer1.0-libav")));
        CHECK_FALSE(c.isPlaying());
    }
    SECTION("VP9 names the package that has its decoder")
    {
        auto t = tutorial(4);
        t.videoCodec = QStringLiteral("vp9");
        c.open(t);
        engine.video = false;
        engine.setStatus(PlaybackEngine::Status::Buffered);
        for (qint64 ms = 250; ms <= 2000; ms += 250)
            sound(ms);
        REQUIRE(failures.size() == 1);
        CHECK(failures.first().contains(QStringLiteral("gstreamer1.0-plugins-good")));
    }
    SECTION("a file the probe found no video in plays its sound without complaint")
    {
        c.open(tutorial(5)); // videoCodec empty
        engine.video = false;
        for (qint64 ms = 250; ms <= 4000; ms += 250)
            sound(ms);
        CHECK(failures.isEmpty());
        CHECK(c.isPlaying());
    }
    SECTION("a jump forward before the first picture is not mistaken for sound playing")
    {
        auto t = tutorial(6);
        t.videoCodec = QStringLiteral("h264");
        c.open(t);
        engine.video = false;
        sound(30000);
        CHECK(failures.isEmpty());
    }
}

TEST_CASE("controller: after the last reload the message fits what happened", "[playback]")
{
    FakeEngine engine;
    PlaybackController c(&engine);
    c.setStallTimeoutMs(100);
    c.setMaxRetries(2);
    QStringList failures;
    QObject ctx;
    QObject::connect(&c, &PlaybackController::failed, &ctx, [&](const QString &m) { failures << m; });
    const auto streamError = [&] {
        Q_EMIT engine.errorOccurred(PlaybackEngine::Error::Stream, QStringLiteral("Internal data stream error."));
    };
    auto t = tutorial(7);
    t.videoCodec = QStringLiteral("h264");

    SECTION("only stalls, never a picture (a slow or sleeping drive): try again, not 'damaged'")
    {
        c.open(t);
        REQUIRE(waitFor([&] { return !failures.isEmpty(); }, 3000));
        CHECK(failures.first().contains(QStringLiteral("keeps stopping")));
    }
    SECTION("an error at every start and nothing ever played: the file")
    {
        c.open(t);
        for (int i = 0; i < 3; ++i)
            streamError();
        REQUIRE(failures.size() == 1);
        CHECK(failures.first().contains(QStringLiteral("damaged")));
        CHECK_FALSE(failures.first().contains(QStringLiteral("decoder")));
    }
    SECTION("understood, no picture in it, and errors: the decoder, with its package")
    {
        c.open(t);
        engine.video = false;
        engine.setStatus(PlaybackEngine::Status::Loaded);
        for (int i = 0; i < 3; ++i) {
            streamError();
            engine.setStatus(PlaybackEngine::Status::Loaded);
        }
        REQUIRE(failures.size() == 1);
        CHECK(failures.first().contains(QStringLiteral("gstreamer1.0-libav")));
        // Play is a real new attempt: it does not fail again on the next clock tick.
        c.play();
        engine.pos = 100;
        Q_EMIT engine.positionChanged(100);
        CHECK(failures.size() == 1);
    }
    SECTION("a sound-only file that played for a while, then errors: try again, not 'damaged'")
    {
        c.open(tutorial(8)); // no video codec: the probe found only sound
        engine.video = false;
        engine.setStatus(PlaybackEngine::Status::Buffered);
        for (qint64 ms = 500; ms <= 40000; ms += 500) {
            engine.pos = ms;
            Q_EMIT engine.positionChanged(ms);
        }
        for (int i = 0; i < 3; ++i)
            streamError();
        REQUIRE(failures.size() == 1);
        CHECK(failures.first().contains(QStringLiteral("keeps stopping")));
    }
}
