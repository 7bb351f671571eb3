#pragma once
// Shows the video: receives QVideoFrames from a QVideoSink and paints them itself, then paints our subtitle
// overlay on top in the same paintEvent. Unlike QVideoWidget this works the same everywhere, grab() and
// screenshots contain the picture, and there is no native child window for the overlay to fight with.
// Thread: GUI thread.
#include "app/subtitlerenderer.h"
#include "playback/frameconverter.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QVideoFrame>
#include <QImage>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QVideoSink;
QT_END_NAMESPACE

namespace cairn::app {

class SubtitleTracks;

class VideoView : public QWidget
{
    Q_OBJECT
public:
    explicit VideoView(QWidget *parent = nullptr);

    void setVideoSink(QVideoSink *sink);
    QVideoSink *videoSink() const;
    void setSubtitleTracks(SubtitleTracks *tracks);
    /// The media position subtitles are drawn for (ms); the view repaints when the active cues change.
    void setPosition(qint64 ms);
    /// Pixels at the bottom kept free for controls shown over the video (fullscreen); subtitles move up.
    void setBottomInset(int px);
    /// Where the picture is drawn inside the widget (aspect ratio kept); the whole widget when no frame yet.
    QRectF videoRect() const;
    bool hasFrame() const { return m_frame.isValid(); }
    QVideoFrame currentFrame() const { return m_frame; }

    /// Average paint cost (frame + subtitles) in microseconds over the last `paintCount()` paints.
    double averagePaintMicros() const { return m_paints ? double(m_paintNanos) / m_paints / 1000.0 : 0.0; }
    int paintCount() const { return int(m_paints); }
    void resetPaintStats() { m_paints = 0; m_paintNanos = 0; }

    /// Where subtitles were drawn by the last paint (widget coordinates), for tests and screenshots.
    QList<QRectF> lastSubtitleRects() const { return m_lastRects; }
    int bottomInset() const { return m_bottomInset; }

    QSize sizeHint() const override { return {640, 360}; }

Q_SIGNALS:
    void frameShown();
    void doubleClicked();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void onFrame(const QVideoFrame &frame);

    QPointer<QVideoSink> m_sink;
    QPointer<SubtitleTracks> m_tracks;
    QVideoFrame m_frame;
    playback::FrameConverter m_converter; // swscale: the frame at the size it is shown (see frameconverter.h)
    QImage m_image;                       // m_frame converted, for repaints without a new frame
    bool m_imageStale = true;
    qint64 m_positionMs = 0;
    int m_bottomInset = 0;
    std::vector<int> m_lastActive[2]; // cue indices last painted per slot: repaint only when they change
    SubtitleRenderer m_primary;
    SubtitleRenderer m_secondary;
    QList<QRectF> m_lastRects;
    qint64 m_paints = 0;
    qint64 m_paintNanos = 0;
};

} // namespace cairn::app
