#pragma once
// The media engine seen by PlaybackController: a thin, backend-neutral surface over a player pipeline, so the
// controller (resume, retries, speed, series) is testable with a scripted fake and the Qt Multimedia engine is
// just one implementation (the Strawberry EngineBase idea).
// Thread: an engine lives on the GUI thread (QMediaPlayer requires it); all signals are emitted there.
#include <QObject>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QVideoFrame;
class QVideoSink;
QT_END_NAMESPACE

namespace cairn::playback {

class PlaybackEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Playing, Paused };
    enum class Status { NoMedia, Loading, Loaded, Buffering, Buffered, EndOfMedia, Invalid };
    enum class Error {
        None,
        MissingFile,  ///< the file is not there (drive unplugged, moved)
        MissingCodec, ///< a decoder plug-in is missing (GStreamer: install gstreamer1.0-libav)
        Corrupt,      ///< the file is not a playable video (truncated, not media)
        Stream,       ///< the pipeline failed while playing ("Internal data stream error"); often transient
        Other,
    };
    Q_ENUM(State)
    Q_ENUM(Status)
    Q_ENUM(Error)

    using QObject::QObject;
    ~PlaybackEngine() override = default;

    /// Opens a media URL; does not start playing. Replaces whatever was loaded.
    virtual void load(const QUrl &url) = 0;
    /// Throws the backend away and builds a fresh one (used to recover from a stuck pipeline). Keeps volume/rate.
    virtual void reset() = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual void setPosition(qint64 ms) = 0;
    virtual void setRate(double rate) = 0;
    virtual void setVolume(float volume) = 0; ///< 0..1, linear
    virtual void setMuted(bool muted) = 0;

    virtual qint64 position() const = 0; ///< ms
    virtual qint64 duration() const = 0; ///< ms, 0 when unknown
    virtual State state() const = 0;
    virtual Status mediaStatus() const = 0;
    virtual bool hasAudioOutput() const = 0; ///< false: no sound device, playing silently
    /// The backend found a picture it can decode. False while the sound plays means its video decoder is missing
    /// (GStreamer without gstreamer1.0-libav plays an H.264 file's sound and reports no error, FEASIBILITY 12).
    virtual bool hasVideo() const = 0;
    /// The backend found sound it can decode (true even without a sound device).
    virtual bool hasAudio() const = 0;

    /// The sink frames are rendered into, or nullptr for engines without video (the scripted test fake).
    virtual QVideoSink *videoSink() const = 0;

Q_SIGNALS:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void stateChanged(cairn::playback::PlaybackEngine::State state);
    void mediaStatusChanged(cairn::playback::PlaybackEngine::Status status);
    /// A decoded frame reached the sink (the watchdog's proof of life; the view paints from videoSink()).
    void frameArrived();
    /// `detail` is the backend's own text (English, for logs); the controller turns `error` into user words.
    void errorOccurred(cairn::playback::PlaybackEngine::Error error, const QString &detail);
};

} // namespace cairn::playback
