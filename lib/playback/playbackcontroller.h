#pragma once
// Playback state above a PlaybackEngine: the current tutorial, resume and "start over", periodic progress saving,
// speed, jumps, previous/next with autoplay, and recovery from a stuck or failing pipeline (FEASIBILITY 13: the
// GStreamer backend sometimes stalls at LoadedMedia or fails with "Internal data stream error").
// Thread: GUI thread (same as its engine). Needs no display: tests drive it with QVideoSink only.
#include "playback/playable.h"
#include "playback/playbackengine.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

namespace cairn::playback {

class PlaybackController : public QObject
{
    Q_OBJECT
public:
    /// Called with (tutorialId, positionMs, durationMs): every saveIntervalMs while playing, on pause, stop,
    /// switching tutorial, end of media (position == duration) and destruction.
    using ProgressSink = std::function<void(qint64 tutorialId, qint64 positionMs, qint64 durationMs)>;
    /// Returns the tutorial `step` places away in the series (+1 next, -1 previous), or nullopt at either end.
    using NeighbourResolver = std::function<std::optional<PlayableTutorial>(const PlayableTutorial &from, int step)>;

    static constexpr double kMinRate = 0.5;
    static constexpr double kMaxRate = 2.0;

    /// `engine` is not owned and must outlive the controller (the composition root parents both).
    explicit PlaybackController(PlaybackEngine *engine, QObject *parent = nullptr);
    ~PlaybackController() override;

    void setProgressSink(ProgressSink sink) { m_progressSink = std::move(sink); }
    void setNeighbourResolver(NeighbourResolver resolver) { m_neighbours = std::move(resolver); }
    void setAutoplayNext(bool on) { m_autoplayNext = on; }
    bool autoplayNext() const { return m_autoplayNext; }
    void setSaveIntervalMs(int ms);
    void setStallTimeoutMs(int ms) { m_stallTimeoutMs = ms; }
    void setMaxRetries(int n) { m_maxRetries = n; }

    /// Opens a tutorial at its resume position (0 when completed or never watched) and plays it if `autoplay`.
    void open(const PlayableTutorial &tutorial, bool autoplay = true);
    void startOver();
    void play();
    void pause();
    void togglePlayPause();
    void stop();
    void seek(qint64 ms);
    void skip(qint64 deltaMs);
    void setRate(double rate);           ///< clamped to [kMinRate, kMaxRate]
    void stepRate(int direction);        ///< one step along 0.5 0.75 1 1.25 1.5 1.75 2
    void setVolume(float volume);        ///< 0..1
    void setMuted(bool muted);
    bool next();                         ///< false when there is no next tutorial
    bool previous();                     ///< restarts the current one when there is no previous
    void saveNow();

    PlaybackEngine *engine() const { return m_engine; }
    bool hasTutorial() const { return m_hasTutorial; }
    const PlayableTutorial &current() const { return m_current; }
    /// What a probe that finished after open() found (a file opened without the index): lets the controller
    /// tell a missing video decoder from an audio-only file.
    void setVideoCodec(qint64 tutorialId, const QString &codec)
    {
        if (m_hasTutorial && m_current.id == tutorialId && m_current.videoCodec.isEmpty())
            m_current.videoCodec = codec;
    }
    bool hasNext() const;
    bool hasPrevious() const;
    bool isPlaying() const { return m_wantPlaying; }
    qint64 position() const { return m_position; }
    qint64 duration() const;
    double rate() const { return m_rate; }
    float volume() const { return m_volume; }
    bool isMuted() const { return m_muted; }
    int recoveries() const { return m_totalRecoveries; } ///< automatic reloads since construction

    /// The user-facing sentence for an engine error (translated).
    static QString messageFor(PlaybackEngine::Error error, const QString &fileName);

Q_SIGNALS:
    void tutorialChanged(const cairn::playback::PlayableTutorial &tutorial);
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void playingChanged(bool playing);
    void rateChanged(double rate);
    void volumeChanged(float volume);
    void mutedChanged(bool muted);
    /// The first frame of the opened tutorial reached the sink, `msSinceOpen` after open().
    void firstFrame(qint64 msSinceOpen);
    void finished(qint64 tutorialId);
    /// An automatic reload is under way (attempt 1..maxRetries); the UI may show a discreet hint.
    void recovering(int attempt);
    /// Playback cannot go on; `message` is translated and says what the user can do.
    void failed(const QString &message);
    /// Something the user should know that does not stop playback ("no sound device: playing silently").
    void notice(const QString &message);

private:
    void onEngineStatus(PlaybackEngine::Status status);
    void onEngineError(PlaybackEngine::Error error, const QString &detail);
    void onEnginePosition(qint64 ms);
    void onFrame();
    void checkStall();
    void recover(const QString &why);
    void fail(const QString &message);
    void applyPendingSeek();
    void reportProgress(qint64 positionMs);
    void noteProgress();
    bool videoDecoderMissing() const;
    QString missingVideoDecoderMessage() const;

    QPointer<PlaybackEngine> m_engine;
    PlayableTutorial m_current;
    bool m_hasTutorial = false;
    ProgressSink m_progressSink;
    NeighbourResolver m_neighbours;
    bool m_autoplayNext = true;

    bool m_wantPlaying = false;       // the user's intent; the engine may lag behind or fall over
    qint64 m_position = 0;            // last good position; not overwritten by the 0 a reloading pipeline reports
    qint64 m_pendingSeekMs = -1;      // applied once the media is loaded
    qint64 m_seekTargetMs = -1;       // a load-time seek to verify at BufferedMedia
    bool m_reloading = false;
    bool m_sawFrame = false;
    qint64 m_soundWithoutPictureMs = 0; // playback progress before the first picture (see kNoPictureMs)
    bool m_sawProgress = false;         // the clock moved steadily at least once since open()
    bool m_loadedWithoutVideo = false;  // the last Loaded/Buffered came with hasVideo() false
    int m_errorReloads = 0;             // reloads caused by an engine error (not by the stall watchdog)
    bool m_ended = false;
    bool m_failed = false;            // fail() ran since the last open()
    double m_rate = 1.0;
    float m_volume = 1.0f;
    bool m_muted = false;

    QTimer m_saveTimer;
    QTimer m_watchdog;
    QElapsedTimer m_sinceProgress;    // restarted by every frame or position advance
    QElapsedTimer m_sinceOpen;
    int m_stallTimeoutMs = 3000;
    int m_maxRetries = 3;
    int m_retries = 0;                // reset after playback has run well for a while
    qint64 m_recoveredAt = -1;
    int m_totalRecoveries = 0;
};

} // namespace cairn::playback
