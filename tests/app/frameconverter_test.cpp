// The picture the user sees: real decoded frames converted with swscale match what Qt's own (much slower on
// machines without a GPU) conversion shows, and hand-made frames in each planar layout come out the right colour.
#include "catch.h"
#include "testutil.h"
#include "../playback/waitfor.h"

#include "playback/frameconverter.h"
#include "playback/qtmultimediaengine.h"

#include <QUrl>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <cstring>

using cairn::playback::FrameConverter;
using cairn::test::waitFor;

namespace {

double meanAbsDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int r = 0; r < x.height(); ++r) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(r));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(r));
        for (int c = 0; c < x.width(); ++c)
            sum += std::abs(qRed(p[c]) - qRed(q[c])) + std::abs(qGreen(p[c]) - qGreen(q[c])) +
                   std::abs(qBlue(p[c]) - qBlue(q[c]));
    }
    return sum / (3.0 * x.width() * x.height());
}

// A 16x16 frame of one colour, Y/U/V given in limited (video) range, BT.601.
QVideoFrame solidFrame(QVideoFrameFormat::PixelFormat pf, int y, int u, int v)
{
    QVideoFrameFormat fmt(QSize(16, 16), pf);
    fmt.setColorSpace(QVideoFrameFormat::ColorSpace_BT601);
    fmt.setColorRange(QVideoFrameFormat::ColorRange_Video);
    QVideoFrame frame(fmt);
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    const auto fill = [&](int plane, int value) {
        std::memset(frame.bits(plane), value, size_t(frame.mappedBytes(plane)));
    };
    switch (pf) {
    case QVideoFrameFormat::Format_YUV420P:
        fill(0, y), fill(1, u), fill(2, v);
        break;
    case QVideoFrameFormat::Format_YV12: // V plane before U
        fill(0, y), fill(1, v), fill(2, u);
        break;
    case QVideoFrameFormat::Format_NV12: { // interleaved U, V
        fill(0, y);
        uchar *uv = frame.bits(1);
        for (int i = 0; i + 1 < frame.mappedBytes(1); i += 2)
            uv[i] = uchar(u), uv[i + 1] = uchar(v);
        break;
    }
    default:
        FAIL("layout not covered by this helper");
    }
    frame.unmap();
    return frame;
}

} // namespace

TEST_CASE("frames: a decoded lesson converts to the same picture Qt shows, at any size", "[gui][playback]")
{
    cairn::playback::QtMultimediaEngine engine(cairn::playback::QtMultimediaEngine::Options{false}, nullptr);
    QVideoFrame frame;
    QObject ctx;
    QObject::connect(engine.videoSink(), &QVideoSink::videoFrameChanged, &ctx, [&](const QVideoFrame &f) {
        if (f.isValid() && !frame.isValid())
            frame = f;
    });
    engine.load(QUrl::fromLocalFile(cairn::test::dataPath(QStringLiteral("player/lesson-1.mp4"))));
    engine.pause(); // prerolls one frame
    REQUIRE(waitFor([&] { return frame.isValid(); }, 8000));

    FrameConverter converter;
    const QImage ours = converter.convert(frame, frame.size());
    REQUIRE_FALSE(ours.isNull());
    CHECK(ours.size() == QSize(320, 180));
    const QImage qts = frame.toImage();
    REQUIRE(qts.size() == ours.size());
    CHECK(meanAbsDifference(ours, qts) < 4.0); // out of 255: rounding and chroma filtering, not a colour shift

    // Shown smaller or larger than decoded: one pass to the shown size, the same picture.
    for (const QSize shown : {QSize(160, 90), QSize(1280, 720)}) {
        const QImage scaled = converter.convert(frame, shown);
        REQUIRE(scaled.size() == shown);
        CHECK(meanAbsDifference(scaled, qts.scaled(shown, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)) < 8.0);
    }
}

TEST_CASE("frames: planar layouts come out the right colour, and unknown ones are left to Qt", "[gui][playback]")
{
    FrameConverter converter;
    // BT.601 limited-range red and blue.
    for (auto pf : {QVideoFrameFormat::Format_YUV420P, QVideoFrameFormat::Format_YV12, QVideoFrameFormat::Format_NV12}) {
        CAPTURE(QVideoFrameFormat::pixelFormatToString(pf).toStdString());
        const QImage red = converter.convert(solidFrame(pf, 81, 90, 240), QSize(8, 8));
        REQUIRE_FALSE(red.isNull());
        const QRgb r = red.pixel(4, 4);
        CHECK(qRed(r) > 235);
        CHECK(qGreen(r) < 20);
        CHECK(qBlue(r) < 20);
        const QRgb b = converter.convert(solidFrame(pf, 41, 240, 110), QSize(8, 8)).pixel(4, 4);
        CHECK(qBlue(b) > 235);
        CHECK(qRed(b) < 20);
    }
    // A compressed frame is not something swscale reads: the caller falls back to Qt's painting.
    QVideoFrame jpeg(QVideoFrameFormat(QSize(16, 16), QVideoFrameFormat::Format_Jpeg));
    CHECK(converter.convert(jpeg, QSize(16, 16)).isNull());
    CHECK(converter.convert(QVideoFrame(), QSize(16, 16)).isNull());
}
