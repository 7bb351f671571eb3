#include "app/videoview.h"

#include "app/subtitletracks.h"

#include <QEvent>
#include <QPainter>
#include <QVideoSink>

namespace cairn::app {

using Slot = SubtitleTracks::Slot;

VideoView::VideoView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent); // every pixel is painted: no background fill by Qt first
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(160, 90);
    setAccessibleName(tr("Video"));
}

void VideoView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Video"));
}

void VideoView::setVideoSink(QVideoSink *sink)
{
    if (m_sink)
        m_sink->disconnect(this);
    m_sink = sink;
    if (sink)
        connect(sink, &QVideoSink::videoFrameChanged, this, &VideoView::onFrame);
}

QVideoSink *VideoView::videoSink() const
{
    return m_sink;
}

void VideoView::setSubtitleTracks(SubtitleTracks *tracks)
{
    m_tracks = tracks;
    auto refresh = [this] {
        m_lastActive[0].clear();
        m_lastActive[1].clear();
        update();
    };
    connect(tracks, &SubtitleTracks::selectionChanged, this, refresh);
    connect(tracks, &SubtitleTracks::cuesLoaded, this, refresh);
    connect(tracks, &SubtitleTracks::styleChanged, this, refresh);
    connect(tracks, &SubtitleTracks::tracksChanged, this, refresh);
}

void VideoView::onFrame(const QVideoFrame &frame)
{
    const bool first = !m_frame.isValid() && frame.isValid();
    m_frame = frame;
    m_imageStale = true;
    update();
    if (first)
        Q_EMIT frameShown();
}

void VideoView::setPosition(qint64 ms)
{
    m_positionMs = ms;
    if (!m_tracks)
        return;
    // While paused there are no new frames: repaint only when the set of cues on screen changes.
    bool changed = false;
    for (Slot slot : {Slot::Primary, Slot::Secondary}) {
        const auto *idx = m_tracks->index(slot);
        std::vector<int> now = idx ? idx->activeAt(ms) : std::vector<int>{};
        auto &last = m_lastActive[slot == Slot::Primary ? 0 : 1];
        if (now != last) {
            last = std::move(now);
            changed = true;
        }
    }
    if (changed)
        update();
}

void VideoView::setBottomInset(int px)
{
    if (px == m_bottomInset)
        return;
    m_bottomInset = px;
    update();
}

QRectF VideoView::videoRect() const
{
    const QSizeF frameSize = m_frame.isValid() ? QSizeF(m_frame.size()) : QSizeF(16, 9);
    const QSizeF fitted = frameSize.scaled(size(), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

void VideoView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    const QRectF vr = videoRect();
    if (m_frame.isValid()) {
        const QRect target = vr.toAlignedRect();
        const QSize pixels = target.size() * devicePixelRatio();
        if (m_imageStale || m_image.size() != pixels) {
            m_image = m_converter.convert(m_frame, pixels);
            m_image.setDevicePixelRatio(devicePixelRatio());
            m_imageStale = false;
        }
        if (!m_image.isNull()) {
            p.drawImage(target.topLeft(), m_image);
        } else { // a format swscale does not know: Qt's own (slow on machines without a GPU) path
            QVideoFrame::PaintOptions options;
            options.backgroundColor = Qt::black;
            m_frame.paint(&p, vr, options);
        }
    }
    if (m_tracks) {
        // Laid out in the picture (sized from its height); before the first frame, in the whole view.
        const QRectF area = m_frame.isValid() ? vr : QRectF(rect());
        const int insetInArea = std::max<int>(0, m_bottomInset - int(height() - area.bottom()));
        m_primary.setLanguage(m_tracks->language(Slot::Primary));
        m_primary.setStyle(m_tracks->style(Slot::Primary));
        m_secondary.setLanguage(m_tracks->language(Slot::Secondary));
        m_secondary.setStyle(m_tracks->style(Slot::Secondary));
        const QList<QRectF> used =
            m_primary.paint(&p, area, m_tracks->activeCues(Slot::Primary, m_positionMs), insetInArea);
        m_lastRects = used;
        m_lastRects += m_secondary.paint(&p, area, m_tracks->activeCues(Slot::Secondary, m_positionMs), insetInArea, used);
    }
    m_paintNanos += timer.nsecsElapsed();
    ++m_paints;
}

void VideoView::mouseDoubleClickEvent(QMouseEvent *)
{
    Q_EMIT doubleClicked();
}

} // namespace cairn::app
