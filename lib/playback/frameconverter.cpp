#include "playback/frameconverter.h"

#include <QVideoFrame>
#include <QVideoFrameFormat>

extern "C" {
#include <libavutil/pixfmt.h>
#include <libswscale/swscale.h>
}

namespace cairn::playback {

namespace {

struct Layout
{
    AVPixelFormat format = AV_PIX_FMT_NONE;
    bool swapChroma = false; // YV12 is YUV420P with the U and V planes in the other order
};

Layout layoutOf(QVideoFrameFormat::PixelFormat f)
{
    using P = QVideoFrameFormat;
    switch (f) {
    case P::Format_YUV420P:
        return {AV_PIX_FMT_YUV420P};
    case P::Format_YV12:
        return {AV_PIX_FMT_YUV420P, true};
    case P::Format_YUV422P:
        return {AV_PIX_FMT_YUV422P};
    case P::Format_NV12:
        return {AV_PIX_FMT_NV12};
    case P::Format_NV21:
        return {AV_PIX_FMT_NV21};
    case P::Format_UYVY:
        return {AV_PIX_FMT_UYVY422};
    case P::Format_YUYV:
        return {AV_PIX_FMT_YUYV422};
    case P::Format_P010:
        return {AV_PIX_FMT_P010LE};
    case P::Format_P016:
        return {AV_PIX_FMT_P016LE};
    case P::Format_YUV420P10:
        return {AV_PIX_FMT_YUV420P10LE};
    case P::Format_Y8:
        return {AV_PIX_FMT_GRAY8};
    case P::Format_Y16:
        return {AV_PIX_FMT_GRAY16LE};
    case P::Format_ARGB8888:
    case P::Format_ARGB8888_Premultiplied:
    case P::Format_XRGB8888:
        return {AV_PIX_FMT_ARGB};
    case P::Format_BGRA8888:
    case P::Format_BGRA8888_Premultiplied:
    case P::Format_BGRX8888:
        return {AV_PIX_FMT_BGRA};
    case P::Format_ABGR8888:
    case P::Format_XBGR8888:
        return {AV_PIX_FMT_ABGR};
    case P::Format_RGBA8888:
    case P::Format_RGBX8888:
        return {AV_PIX_FMT_RGBA};
    default:
        return {};
    }
}

int swsColorspace(QVideoFrameFormat::ColorSpace cs, int height)
{
    switch (cs) {
    case QVideoFrameFormat::ColorSpace_BT709:
        return SWS_CS_ITU709;
    case QVideoFrameFormat::ColorSpace_BT2020:
        return SWS_CS_BT2020;
    case QVideoFrameFormat::ColorSpace_BT601:
        return SWS_CS_ITU601;
    default:
        // Not signalled: what players assume (HD is BT.709, SD is BT.601).
        return height >= 720 ? SWS_CS_ITU709 : SWS_CS_ITU601;
    }
}

} // namespace

struct FrameConverter::Private
{
    SwsContext *sws = nullptr;
};

FrameConverter::FrameConverter()
    : d(std::make_unique<Private>())
{
}

FrameConverter::~FrameConverter()
{
    sws_freeContext(d->sws);
}

QImage FrameConverter::convert(const QVideoFrame &frame, QSize target)
{
    if (!frame.isValid() || target.isEmpty())
        return {};
    const QVideoFrameFormat fmt = frame.surfaceFormat();
    const Layout layout = layoutOf(fmt.pixelFormat());
    if (layout.format == AV_PIX_FMT_NONE || fmt.isMirrored() || frame.handleType() != QVideoFrame::NoHandle)
        return {};
    const int w = frame.width();
    const int h = frame.height();
    if (w <= 0 || h <= 0)
        return {};

    QVideoFrame mapped(frame); // shares the buffer; map() is per handle
    if (!mapped.map(QVideoFrame::ReadOnly))
        return {};
    const uint8_t *src[4] = {};
    int srcStride[4] = {};
    const int planes = std::min(mapped.planeCount(), 4);
    for (int i = 0; i < planes; ++i) {
        src[i] = mapped.bits(i);
        srcStride[i] = mapped.bytesPerLine(i);
    }
    if (layout.swapChroma && planes >= 3) {
        std::swap(src[1], src[2]);
        std::swap(srcStride[1], srcStride[2]);
    }

    d->sws = sws_getCachedContext(d->sws, w, h, layout.format, target.width(), target.height(), AV_PIX_FMT_RGB32,
                                  SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!d->sws) {
        mapped.unmap();
        return {};
    }
    const int *coefficients = sws_getCoefficients(swsColorspace(fmt.colorSpace(), h));
    const int srcFullRange = fmt.colorRange() == QVideoFrameFormat::ColorRange_Full ? 1 : 0;
    sws_setColorspaceDetails(d->sws, coefficients, srcFullRange, sws_getCoefficients(SWS_CS_DEFAULT), 1, 0,
                             1 << 16, 1 << 16);

    QImage image(target, QImage::Format_RGB32);
    uint8_t *dst[4] = {image.bits(), nullptr, nullptr, nullptr};
    int dstStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
    const int rows = sws_scale(d->sws, src, srcStride, 0, h, dst, dstStride);
    mapped.unmap();
    if (rows != target.height())
        return {};
    return image;
}

} // namespace cairn::playback
