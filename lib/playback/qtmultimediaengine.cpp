#include "playback/qtmultimediaengine.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

namespace cairn::playback {

QtMultimediaEngine::QtMultimediaEngine(QObject *parent)
    : QtMultimediaEngine(Options{}, parent)
{
}

QtMultimediaEngine::QtMultimediaEngine(Options options, QObject *parent)
    : PlaybackEngine(parent)
    , m_options(options)
{
}

QtMultimediaEngine::~QtMultimediaEngine()
{
    finishWarmUp(WarmUpEnd::GaveWay); // still our child: QObject's destructor deletes it below
    destroyPlayer(Disposal::Now);
}

QString QtMultimediaEngine::backendName()
{
    const QString env = qEnvironmentVariable("QT_MEDIA_BACKEND");
    return env.isEmpty() ? QStringLiteral("gstreamer") : env;
}

void QtMultimediaEngine::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    // No device means no sink to open: QMediaPlayer still plays (silently) and the clock still runs.
    if (m_options.audio && !QMediaDevices::audioOutputs().isEmpty()) {
        m_audio = new QAudioOutput(this);
        m_audio->setVolume(m_volume);
        m_audio->setMuted(m_muted);
        m_player->setAudioOutput(m_audio);
    }
    m_player->setVideoSink(videoSink());
    m_player->setPlaybackRate(m_rate);
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    // Keep the voice's pitch at other speeds wherever the backend can (Qt 6.10+). Qt 6.4's GStreamer backend has
    // no such stage in its pipeline: there 1.5x sounds higher (docs/architecture.md).
    if (m_player->pitchCompensationAvailability() == QMediaPlayer::PitchCompensationAvailability::Available)
        m_player->setPitchCompensation(true);
#endif

    connect(m_player, &QMediaPlayer::positionChanged, this, &PlaybackEngine::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &PlaybackEngine::durationChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState s) {
        Q_EMIT stateChanged(s == QMediaPlayer::PlayingState  ? State::Playing
                            : s == QMediaPlayer::PausedState ? State::Paused
                                                             : State::Stopped);
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus) {
        const Status s = mediaStatus();
        if (s == Status::Loaded || s == Status::Buffered)
            m_reachedLoaded = true;
        Q_EMIT mediaStatusChanged(s);
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error e, const QString &text) {
        if (e != QMediaPlayer::NoError)
            Q_EMIT errorOccurred(classify(e, text), text);
    });
}

void QtMultimediaEngine::destroyPlayer(Disposal disposal)
{
    if (!m_player)
        return;
    m_player->disconnect(this);
    m_player->stop();
    m_player->setVideoSink(nullptr);
    m_player->setAudioOutput(nullptr);
    if (disposal == Disposal::Later) {
        // reset() is usually called from inside one of the player's own signals (errorOccurred, a status change):
        // deleting the sender there pulls the pipeline out from under the backend's bus handler, which then
        // touches freed memory (a crash in about one start in three on a file that is not a video).
        m_player->deleteLater();
        if (m_audio)
            m_audio->deleteLater();
    } else {
        delete m_player;
        delete m_audio;
    }
    m_player = nullptr;
    m_audio = nullptr;
}

PlaybackEngine::Error QtMultimediaEngine::classify(int qtError, const QString &text) const
{
    if (text.contains(QLatin1String("missing a plug-in"), Qt::CaseInsensitive))
        return Error::MissingCodec;
    if (m_url.isLocalFile() && !QFileInfo::exists(m_url.toLocalFile()))
        return Error::MissingFile;
    if (text.contains(QLatin1String("Internal data stream error"), Qt::CaseInsensitive))
        return Error::Stream;
    switch (qtError) {
    case QMediaPlayer::FormatError:
        return Error::Corrupt;
    case QMediaPlayer::ResourceError:
        // Before the media was understood it is the file; after, it is the pipeline having a bad moment.
        return m_reachedLoaded ? Error::Stream : Error::Corrupt;
    default:
        return Error::Other;
    }
}

void QtMultimediaEngine::warmUp(const QUrl &sample)
{
    if (m_warm || !m_url.isEmpty() || !sample.isLocalFile() || !QFileInfo::exists(sample.toLocalFile()))
        return;
    ensurePlayer(); // the backend, and the player (and sound output) the first tutorial will use
    m_warm = new QMediaPlayer(this);
    auto *sink = new QVideoSink(m_warm);
    m_warm->setVideoSink(sink); // no audio output: nothing is heard, no sound device is opened
    // Context m_warm: nothing of this warm-up can reach the engine after it is over.
    connect(sink, &QVideoSink::videoFrameChanged, m_warm, [this](const QVideoFrame &f) {
        if (f.isValid())
            finishWarmUp(WarmUpEnd::Frame);
    });
    connect(m_warm, &QMediaPlayer::errorOccurred, m_warm, [this] { finishWarmUp(WarmUpEnd::Failed); });
    connect(m_warm, &QMediaPlayer::mediaStatusChanged, m_warm, [this](QMediaPlayer::MediaStatus s) {
        if (s == QMediaPlayer::InvalidMedia || s == QMediaPlayer::EndOfMedia)
            finishWarmUp(WarmUpEnd::Failed);
    });
    QTimer::singleShot(5000, m_warm, [this] { finishWarmUp(WarmUpEnd::TimedOut); });
    m_warm->setSource(sample);
    m_warm->pause(); // prerolls: demuxer and decoder are loaded and decode one frame
}

void QtMultimediaEngine::finishWarmUp(WarmUpEnd how)
{
    if (!m_warm)
        return;
    m_warmUpEnd = how;
    m_warm->disconnect();
    if (m_warm->videoSink())
        m_warm->videoSink()->disconnect(m_warm);
    m_warm->stop();
    m_warm->deleteLater(); // usually called from one of its own signals
    m_warm = nullptr;
}

void QtMultimediaEngine::load(const QUrl &url)
{
    finishWarmUp(WarmUpEnd::GaveWay); // the user's choice gets the machine
    m_url = url;
    m_reachedLoaded = false;
    if (url.isLocalFile() && !QFileInfo::exists(url.toLocalFile())) {
        // GStreamer would report this as a generic resource error; say what it is.
        Q_EMIT errorOccurred(Error::MissingFile, QStringLiteral("file not found"));
        return;
    }
    ensurePlayer();
    m_player->setSource(url);
}

void QtMultimediaEngine::reset()
{
    destroyPlayer(Disposal::Later);
    m_reachedLoaded = false;
    ensurePlayer();
    if (!m_url.isEmpty())
        m_player->setSource(m_url);
}

void QtMultimediaEngine::play()
{
    if (m_player)
        m_player->play();
}

void QtMultimediaEngine::pause()
{
    if (m_player)
        m_player->pause();
}

void QtMultimediaEngine::stop()
{
    if (m_player)
        m_player->stop();
}

void QtMultimediaEngine::setPosition(qint64 ms)
{
    if (m_player)
        m_player->setPosition(ms);
}

void QtMultimediaEngine::setRate(double rate)
{
    m_rate = rate;
    if (m_player)
        m_player->setPlaybackRate(rate);
}

void QtMultimediaEngine::setVolume(float volume)
{
    m_volume = volume;
    if (m_audio)
        m_audio->setVolume(volume);
}

void QtMultimediaEngine::setMuted(bool muted)
{
    m_muted = muted;
    if (m_audio)
        m_audio->setMuted(muted);
}

qint64 QtMultimediaEngine::position() const
{
    return m_player ? m_player->position() : 0;
}

qint64 QtMultimediaEngine::duration() const
{
    return m_player ? m_player->duration() : 0;
}

PlaybackEngine::State QtMultimediaEngine::state() const
{
    if (!m_player)
        return State::Stopped;
    switch (m_player->playbackState()) {
    case QMediaPlayer::PlayingState:
        return State::Playing;
    case QMediaPlayer::PausedState:
        return State::Paused;
    default:
        return State::Stopped;
    }
}

PlaybackEngine::Status QtMultimediaEngine::mediaStatus() const
{
    if (!m_player)
        return Status::NoMedia;
    switch (m_player->mediaStatus()) {
    case QMediaPlayer::NoMedia:
        return Status::NoMedia;
    case QMediaPlayer::LoadingMedia:
        return Status::Loading;
    case QMediaPlayer::LoadedMedia:
        return Status::Loaded;
    case QMediaPlayer::StalledMedia:
    case QMediaPlayer::BufferingMedia:
        return Status::Buffering;
    case QMediaPlayer::BufferedMedia:
        return Status::Buffered;
    case QMediaPlayer::EndOfMedia:
        return Status::EndOfMedia;
    case QMediaPlayer::InvalidMedia:
        return Status::Invalid;
    }
    return Status::NoMedia;
}

bool QtMultimediaEngine::hasVideo() const
{
    return m_player && m_player->hasVideo();
}

bool QtMultimediaEngine::hasAudio() const
{
    return m_player && m_player->hasAudio();
}

bool QtMultimediaEngine::hasAudioOutput() const
{
    return m_audio != nullptr;
}

QVideoSink *QtMultimediaEngine::videoSink() const
{
    if (!m_sink) {
        auto *self = const_cast<QtMultimediaEngine *>(this);
        m_sink = new QVideoSink(self);
        connect(m_sink, &QVideoSink::videoFrameChanged, self, [self](const QVideoFrame &frame) {
            if (frame.isValid())
                Q_EMIT self->frameArrived();
        });
    }
    return m_sink;
}

} // namespace cairn::playback
