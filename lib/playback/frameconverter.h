#pragma once
// Turns a decoded QVideoFrame into a QImage of the size it is shown at, with FFmpeg's libswscale.
//
// Why not QVideoFrame::paint()/toImage(): Qt 6.4 converts through its rendering hardware interface, which on a
// machine without a GPU is software OpenGL: about 45 ms for every 1080p frame, and 120-200 ms for the first one
// (docs/performance.md). Scaling and converting in one SIMD pass straight to the on-screen size costs a few ms,
// so 1080p plays at full rate on a modest laptop. Formats swscale does not know (hardware surfaces, rare layouts)
// return a null image and the caller falls back to Qt.
// Thread: any, one object per thread (it caches its SwsContext).
#include <QImage>
#include <QSize>

#include <memory>

QT_BEGIN_NAMESPACE
class QVideoFrame;
QT_END_NAMESPACE

namespace cairn::playback {

class FrameConverter
{
public:
    FrameConverter();
    ~FrameConverter();
    FrameConverter(const FrameConverter &) = delete;
    FrameConverter &operator=(const FrameConverter &) = delete;

    /// \a frame scaled to \a target (bilinear) as QImage::Format_RGB32, honouring the frame's colour space and
    /// range; a null image when the frame's format is not one this converter handles or it cannot be mapped.
    QImage convert(const QVideoFrame &frame, QSize target);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cairn::playback
