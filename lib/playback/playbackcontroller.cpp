#include "playback/playbackcontroller.h"

#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QUrl>
#include <algorithm>
#include <array>

Q_LOGGING_CATEGORY(lcPlayback, "cairn.playback")

namespace cairn::playback {

namespace {
constexpr std::array<double, 7> kRateSteps{0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};
// A resume point this close to the end would only show the credits: start from the beginning instead.
constexpr qint64 kNearEndMs = 3000;
/// Sound played this long without a single picture, from a file the probe saw a video stream in: the backend
/// cannot decode that video.
constexpr qint64 kNoPictureMs = 1500;

QString codecDisplayName(const QString &ffmpegName)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("h264"), QStringLiteral("H.264")},       {QStringLiteral("hevc"), QStringLiteral("HEVC (H.265)")},
        {QStringLiteral("vp8"), QStringLiteral("VP8")},          {QStringLiteral("vp9"), QStringLiteral("VP9")},
        {QStringLiteral("av1"), QStringLiteral("AV1")},          {QStringLiteral("mpeg4"), QStringLiteral("MPEG-4 Part 2")},
        {QStringLiteral("mpeg2video"), QStringLiteral("MPEG-2")}, {QStringLiteral("mpeg1video"), QStringLiteral("MPEG-1")},
        {QStringLiteral("theora"), QStringLiteral("Theora")},    {QStringLiteral("wmv3"), QStringLiteral("WMV 9")},
        {QStringLiteral("vc1"), QStringLiteral("VC-1")},         {QStringLiteral("flv1"), QStringLiteral("Sorenson Spark (FLV)")},
        {QStringLiteral("h263"), QStringLiteral("H.263")},
    };
    return names.value(ffmpegName, ffmpegName.toUpper());
}

/// The Debian/Ubuntu package with the GStreamer decoder for a video codec (FFmpeg's name).
QString decoderPackage(const QString &ffmpegName)
{
    if (ffmpegName == QLatin1String("vp8") || ffmpegName == QLatin1String("vp9"))
        return QStringLiteral("gstreamer1.0-plugins-good");
    if (ffmpegName == QLatin1String("av1"))
        return QStringLiteral("gstreamer1.0-plugins-bad");
    if (ffmpegName == QLatin1String("theora"))
        return QStringLiteral("gstreamer1.0-plugins-base");
    return QStringLiteral("gstreamer1.0-libav");
}
// After a reload, the retry budget is given back once playback has run this far without trouble.
constexpr qint64 kHealthyRunMs = 5000;
constexpr int kWatchdogTickMs = 250;
} // namespace

PlaybackController::PlaybackController(PlaybackEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    Q_ASSERT(engine);
    m_saveTimer.setInterval(5000);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { reportProgress(m_position); });
    m_watchdog.setInterval(kWatchdogTickMs);
    connect(&m_watchdog, &QTimer::timeout, this, &PlaybackController::checkStall);

    connect(engine, &PlaybackEngine::positionChanged, this, &PlaybackController::onEnginePosition);
    connect(engine, &PlaybackEngine::durationChanged, this, [this](qint64 ms) {
        if (ms > 0)
            Q_EMIT durationChanged(ms);
    });
    connect(engine, &PlaybackEngine::mediaStatusChanged, this, &PlaybackController::onEngineStatus);
    connect(engine, &PlaybackEngine::errorOccurred, this, &PlaybackController::onEngineError);
    connect(engine, &PlaybackEngine::frameArrived, this, &PlaybackController::onFrame);
}

PlaybackController::~PlaybackController()
{
    saveNow();
}

void PlaybackController::setSaveIntervalMs(int ms)
{
    m_saveTimer.setInterval(ms);
}

void PlaybackController::open(const PlayableTutorial &tutorial, bool autoplay)
{
    if (m_hasTutorial)
        saveNow();
    m_current = tutorial;
    m_hasTutorial = true;
    m_sawFrame = false;
    m_soundWithoutPictureMs = 0;
    m_sawProgress = false;
    m_loadedWithoutVideo = false;
    m_errorReloads = 0;
    m_ended = false;
    m_retries = 0;
    m_recoveredAt = -1;
    m_reloading = false;
    qint64 start = tutorial.completed ? 0 : std::max<qint64>(0, tutorial.resumePositionMs);
    if (tutorial.durationMs > 0 && start > tutorial.durationMs - kNearEndMs)
        start = 0;
    m_position = start;
    m_pendingSeekMs = start > 0 ? start : -1;
    m_sinceOpen.start();
    m_sinceProgress.start();
    Q_EMIT tutorialChanged(m_current);
    Q_EMIT positionChanged(start);
    if (tutorial.durationMs > 0)
        Q_EMIT durationChanged(tutorial.durationMs);

    m_engine->setRate(m_rate);
    m_engine->setVolume(m_volume);
    m_engine->setMuted(m_muted);
    m_failed = false;
    m_engine->load(QUrl::fromLocalFile(tutorial.videoPath));
    if (m_failed) // reported synchronously (missing file): nothing to play
        return;
    if (autoplay)
        play();
    else
        pause();
}

void PlaybackController::startOver()
{
    if (!m_hasTutorial)
        return;
    m_ended = false;
    seek(0);
    play();
}

void PlaybackController::play()
{
    if (!m_hasTutorial)
        return;
    if (m_failed) { // Play after a failure is the user trying again: a fresh attempt, with its own message
        m_failed = false;
        m_retries = 0;
        m_errorReloads = 0;
        m_soundWithoutPictureMs = 0;
    }
    if (m_ended) { // play after the end means "again"
        m_ended = false;
        m_position = 0;
        m_engine->setPosition(0);
    }
    m_sinceProgress.start();
    m_engine->play();
    m_saveTimer.start();
    m_watchdog.start();
    if (!m_wantPlaying) {
        m_wantPlaying = true;
        Q_EMIT playingChanged(true);
    }
}

void PlaybackController::pause()
{
    if (!m_hasTutorial)
        return;
    m_engine->pause();
    m_saveTimer.stop();
    m_watchdog.stop();
    if (m_wantPlaying) {
        m_wantPlaying = false;
        Q_EMIT playingChanged(false);
        reportProgress(m_position);
    }
}

void PlaybackController::togglePlayPause()
{
    if (m_wantPlaying)
        pause();
    else
        play();
}

void PlaybackController::stop()
{
    if (!m_hasTutorial)
        return;
    saveNow();
    m_engine->stop();
    m_saveTimer.stop();
    m_watchdog.stop();
    if (m_wantPlaying) {
        m_wantPlaying = false;
        Q_EMIT playingChanged(false);
    }
}

void PlaybackController::seek(qint64 ms)
{
    if (!m_hasTutorial)
        return;
    const qint64 dur = duration();
    ms = std::max<qint64>(0, dur > 0 ? std::min(ms, dur) : ms);
    m_ended = false;
    m_position = ms;
    m_sinceProgress.start(); // a seek legitimately pauses frames for a moment
    if (m_engine->mediaStatus() == PlaybackEngine::Status::Loading || m_reloading)
        m_pendingSeekMs = ms;
    else
        m_engine->setPosition(ms);
    Q_EMIT positionChanged(ms);
}

void PlaybackController::skip(qint64 deltaMs)
{
    seek(m_position + deltaMs);
}

void PlaybackController::setRate(double rate)
{
    rate = std::clamp(rate, kMinRate, kMaxRate);
    if (qFuzzyCompare(rate, m_rate))
        return;
    m_rate = rate;
    m_engine->setRate(rate);
    Q_EMIT rateChanged(rate);
}

void PlaybackController::stepRate(int direction)
{
    auto it = std::lower_bound(kRateSteps.begin(), kRateSteps.end(), m_rate - 1e-6);
    int i = int(it - kRateSteps.begin());
    if (direction > 0 && it != kRateSteps.end() && qFuzzyCompare(*it, m_rate))
        ++i;
    else if (direction < 0)
        --i;
    setRate(kRateSteps[std::clamp<int>(i, 0, int(kRateSteps.size()) - 1)]);
}

void PlaybackController::setVolume(float volume)
{
    volume = std::clamp(volume, 0.0f, 1.0f);
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    m_engine->setVolume(volume);
    Q_EMIT volumeChanged(volume);
}

void PlaybackController::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    m_engine->setMuted(muted);
    Q_EMIT mutedChanged(muted);
}

bool PlaybackController::hasNext() const
{
    return m_hasTutorial && m_neighbours && m_neighbours(m_current, +1).has_value();
}

bool PlaybackController::hasPrevious() const
{
    return m_hasTutorial && m_neighbours && m_neighbours(m_current, -1).has_value();
}

bool PlaybackController::next()
{
    if (!m_hasTutorial || !m_neighbours)
        return false;
    if (auto t = m_neighbours(m_current, +1)) {
        open(*t, true);
        return true;
    }
    return false;
}

bool PlaybackController::previous()
{
    if (!m_hasTutorial)
        return false;
    if (m_neighbours) {
        if (auto t = m_neighbours(m_current, -1)) {
            open(*t, true);
            return true;
        }
    }
    startOver();
    return false;
}

qint64 PlaybackController::duration() const
{
    const qint64 d = m_engine ? m_engine->duration() : 0; // the engine may already be gone at shutdown
    return d > 0 ? d : m_current.durationMs;
}

void PlaybackController::saveNow()
{
    if (m_hasTutorial && !m_ended)
        reportProgress(m_position);
}

void PlaybackController::reportProgress(qint64 positionMs)
{
    if (m_hasTutorial && m_progressSink && m_current.id != 0)
        m_progressSink(m_current.id, positionMs, duration());
}

void PlaybackController::noteProgress()
{
    m_sinceProgress.start();
    if (m_recoveredAt >= 0 && m_position - m_recoveredAt > kHealthyRunMs) {
        m_retries = 0;
        m_recoveredAt = -1;
    }
}

void PlaybackController::onEnginePosition(qint64 ms)
{
    // While reloading, the new pipeline reports 0 before the seek lands: keep the last good position.
    if (m_reloading || m_pendingSeekMs >= 0 || m_ended)
        return;
    if (ms != m_position) {
        if (m_wantPlaying && ms > m_position) {
            noteProgress();
            if (ms - m_position < 1000) { // steady progress, not a seek
                m_sawProgress = true;
                if (!m_sawFrame)
                    m_soundWithoutPictureMs += ms - m_position;
            }
        }
        m_position = ms;
        Q_EMIT positionChanged(ms);
    }
    if (!m_sawFrame && !m_failed && m_soundWithoutPictureMs >= kNoPictureMs && videoDecoderMissing())
        fail(missingVideoDecoderMessage());
}

bool PlaybackController::videoDecoderMissing() const
{
    // Evidence, not a guess: the backend understood the file (it reached Loaded, with its sound) and found no
    // picture in it, while the index's probe did. A stall or a truncated file does not look like that.
    return !m_current.videoCodec.isEmpty() && m_loadedWithoutVideo && !m_engine->hasVideo();
}

QString PlaybackController::missingVideoDecoderMessage() const
{
    return tr("“%1” cannot show its picture: its video is %2, and the decoder for it is not installed. On Debian "
              "or Ubuntu, install the package %3, then open the video again.")
        .arg(QFileInfo(m_current.videoPath).fileName(), codecDisplayName(m_current.videoCodec),
             decoderPackage(m_current.videoCodec));
}

void PlaybackController::onFrame()
{
    noteProgress();
    if (!m_sawFrame) {
        m_sawFrame = true;
        Q_EMIT firstFrame(m_sinceOpen.elapsed());
    }
}

void PlaybackController::applyPendingSeek()
{
    if (m_pendingSeekMs >= 0) {
        m_seekTargetMs = m_pendingSeekMs;
        m_engine->setPosition(m_pendingSeekMs);
        m_position = m_pendingSeekMs;
        m_pendingSeekMs = -1;
    }
    m_reloading = false;
}

void PlaybackController::onEngineStatus(PlaybackEngine::Status status)
{
    using S = PlaybackEngine::Status;
    switch (status) {
    case S::Loaded:
    case S::Buffered:
        // A decoder missing for the picture only: the sound is understood. A file cut short has neither.
        m_loadedWithoutVideo = !m_engine->hasVideo() && m_engine->hasAudio();
        // GStreamer (Qt 6.4) may drop a seek issued at LoadedMedia, before the pipeline has prerolled: check again
        // once buffered and repeat it if the clock is not where it was sent.
        if (status == S::Buffered && m_seekTargetMs >= 0 && std::abs(m_engine->position() - m_seekTargetMs) > 1000)
            m_engine->setPosition(m_seekTargetMs);
        if (status == S::Buffered)
            m_seekTargetMs = -1;
        applyPendingSeek();
        if (!m_engine->hasAudioOutput() && status == S::Loaded && !m_reloading && m_retries == 0 && !m_sawFrame)
            Q_EMIT notice(tr("No sound device was found: the video plays without sound."));
        break;
    case S::EndOfMedia: {
        m_ended = true;
        m_watchdog.stop();
        m_saveTimer.stop();
        const qint64 dur = duration();
        m_position = dur;
        Q_EMIT positionChanged(dur);
        reportProgress(dur);
        const qint64 id = m_current.id;
        if (m_wantPlaying) {
            m_wantPlaying = false;
            Q_EMIT playingChanged(false);
        }
        Q_EMIT finished(id);
        if (m_autoplayNext && m_neighbours) {
            // Queued: listeners of finished() see the old tutorial before the next one replaces it.
            QTimer::singleShot(0, this, [this, id] {
                if (m_hasTutorial && m_current.id == id && m_ended)
                    next();
            });
        }
        break;
    }
    case S::Invalid:
        onEngineError(PlaybackEngine::Error::Corrupt, QStringLiteral("invalid media"));
        break;
    default:
        break;
    }
}

void PlaybackController::onEngineError(PlaybackEngine::Error error, const QString &detail)
{
    qCWarning(lcPlayback) << "engine error" << error << detail;
    using E = PlaybackEngine::Error;
    if (error == E::Stream || error == E::Other) {
        ++m_errorReloads;
        recover(detail);
        return;
    }
    fail(messageFor(error, QFileInfo(m_current.videoPath).fileName()));
}

void PlaybackController::checkStall()
{
    if (!m_wantPlaying || m_ended || !m_hasTutorial)
        return;
    if (m_sinceProgress.elapsed() > m_stallTimeoutMs)
        recover(QStringLiteral("no frame and no position progress for %1 ms").arg(m_sinceProgress.elapsed()));
}

void PlaybackController::recover(const QString &why)
{
    if (!m_hasTutorial)
        return;
    if (m_retries >= m_maxRetries) {
        if (videoDecoderMissing() && !m_sawFrame) { // without sound GStreamer errors out instead of playing audio
            fail(missingVideoDecoderMessage());
            return;
        }
        // Errors every time, and never a picture or a moment of sound in all those fresh starts: not the pipeline
        // having bad moments (a few percent of starts), the file. Stalls alone (a slow or sleeping drive) and a
        // file that did play for a while keep the "try again" message. GStreamer "loads" a subtitle file fine.
        if (!m_sawFrame && !m_sawProgress && m_errorReloads > 0) {
            fail(messageFor(PlaybackEngine::Error::Corrupt, QFileInfo(m_current.videoPath).fileName()));
            return;
        }
        fail(tr("Playback of “%1” keeps stopping. Try again in a moment, or restart Cairn.")
                 .arg(m_current.title.isEmpty() ? QFileInfo(m_current.videoPath).fileName() : m_current.title));
        return;
    }
    ++m_retries;
    ++m_totalRecoveries;
    qCInfo(lcPlayback) << "reloading" << m_current.videoPath << "at" << m_position << "ms, attempt" << m_retries
                       << "because" << why;
    Q_EMIT recovering(m_retries);
    m_reloading = true;
    m_recoveredAt = m_position;
    m_pendingSeekMs = m_position > 0 ? m_position : -1;
    m_sinceProgress.start();
    m_engine->reset(); // a fresh pipeline: the stuck one does not come back by itself
    if (m_wantPlaying)
        m_engine->play();
    if (m_pendingSeekMs < 0)
        m_reloading = false;
}

void PlaybackController::fail(const QString &message)
{
    if (m_failed) // one message per open: the engine may report the same failure again while it winds down
        return;
    m_failed = true;
    m_watchdog.stop();
    m_saveTimer.stop();
    m_reloading = false;
    saveNow();
    m_engine->stop();
    if (m_wantPlaying) {
        m_wantPlaying = false;
        Q_EMIT playingChanged(false);
    }
    Q_EMIT failed(message);
}

QString PlaybackController::messageFor(PlaybackEngine::Error error, const QString &fileName)
{
    using E = PlaybackEngine::Error;
    switch (error) {
    case E::MissingFile:
        return tr("The video “%1” cannot be found. If it is on a USB stick or another drive, plug it in; "
                  "if it was moved, locate it again.")
            .arg(fileName);
    case E::MissingCodec:
        return tr("“%1” needs a video or audio decoder that is not installed. On Debian or Ubuntu, install the "
                  "package gstreamer1.0-libav, then open the video again.")
            .arg(fileName);
    case E::Corrupt:
        return tr("“%1” cannot be played: the file is damaged, incomplete, or not a video.").arg(fileName);
    case E::Stream:
    case E::Other:
    case E::None:
        break;
    }
    return tr("“%1” stopped playing because of an error.").arg(fileName);
}

} // namespace cairn::playback
