#pragma once
// PlaybackEngine over Qt Multimedia: QMediaPlayer + QAudioOutput + a QVideoSink that outlives the player,
// so the view stays connected when the player is rebuilt after a stall.
// Thread: GUI thread only (QMediaPlayer requirement). The QMediaPlayer is created lazily on the first load(),
// because creating it costs ~135 ms and ~100 MiB (FEASIBILITY 13): the window shows first.
#include "playback/playbackengine.h"

#include <QPointer>

QT_BEGIN_NAMESPACE
class QAudioOutput;
class QMediaPlayer;
QT_END_NAMESPACE

namespace cairn::playback {

class QtMultimediaEngine : public PlaybackEngine
{
    Q_OBJECT
public:
    struct Options
    {
        /// Attach a QAudioOutput when a sound device exists. Without one the file still plays (silently).
        bool audio = true;
    };
    explicit QtMultimediaEngine(QObject *parent = nullptr);
    QtMultimediaEngine(Options options, QObject *parent);
    ~QtMultimediaEngine() override;

    void load(const QUrl &url) override;
    void reset() override;
    void play() override;
    void pause() override;
    void stop() override;
    void setPosition(qint64 ms) override;
    void setRate(double rate) override;
    void setVolume(float volume) override;
    void setMuted(bool muted) override;

    qint64 position() const override;
    qint64 duration() const override;
    State state() const override;
    Status mediaStatus() const override;
    bool hasAudioOutput() const override;
    bool hasVideo() const override;
    bool hasAudio() const override;
    QVideoSink *videoSink() const override;

    /// Loads the multimedia backend and the decoders for \a sample (a small local video) while nothing plays, so
    /// that the first tutorial the user chooses starts as fast as the next ones: a throw-away player prerolls
    /// the sample, muted and unseen, and is deleted when it has a frame, fails, or after a few seconds. Does
    /// nothing once a tutorial has been loaded. Call it when the window is on screen and idle.
    void warmUp(const QUrl &sample);
    bool isWarmingUp() const { return m_warm != nullptr; }
    enum class WarmUpEnd { NotYet, Frame, Failed, TimedOut, GaveWay };
    /// How the last warm-up ended: Frame means the decoder ran; GaveWay, a tutorial was loaded before that.
    WarmUpEnd warmUpEnd() const { return m_warmUpEnd; }

    /// Which Qt Multimedia backend is in use ("gstreamer" unless QT_MEDIA_BACKEND says otherwise).
    static QString backendName();

private:
    void ensurePlayer();
    enum class Disposal { Now, Later };
    void destroyPlayer(Disposal disposal);
    Error classify(int qtError, const QString &text) const;
    void finishWarmUp(WarmUpEnd how);

    Options m_options;
    /// Made on first use: creating a QVideoSink loads and initialises the multimedia backend, which should not
    /// happen before the window is on screen (about 25 ms of start-up with GStreamer, docs/performance.md).
    mutable QVideoSink *m_sink = nullptr; // owned (child); survives reset()
    QMediaPlayer *m_player = nullptr;   // owned (child); rebuilt by reset()
    QAudioOutput *m_audio = nullptr;    // owned (child); nullptr when there is no sound device
    QMediaPlayer *m_warm = nullptr;     // owned (child) while warming up, see warmUp()
    WarmUpEnd m_warmUpEnd = WarmUpEnd::NotYet;
    QUrl m_url;
    double m_rate = 1.0;
    float m_volume = 1.0f;
    bool m_muted = false;
    bool m_reachedLoaded = false;
};

} // namespace cairn::playback
