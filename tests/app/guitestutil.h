#pragma once
// Helpers for widget tests: waiting on the event loop, measuring what was painted.
#include "../playback/waitfor.h"

#include <QImage>
#include <QRect>

namespace cairn::test {

/// Bounding box of the pixels that differ from `background` (null rect when none).
inline QRect paintedBounds(const QImage &image, QRgb background)
{
    int left = image.width(), top = image.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if ((line[x] & 0xffffff) != (background & 0xffffff)) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

/// Number of pixels in `rect` brighter than `threshold` on all channels (white subtitle text).
inline int brightPixels(const QImage &image, const QRect &rect, int threshold = 200)
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb c = image.pixel(x, y);
            if (qRed(c) > threshold && qGreen(c) > threshold && qBlue(c) > threshold)
                ++n;
        }
    return n;
}

} // namespace cairn::test

#include <QSettings>
namespace cairn::test {
/// Widget tests start from default preferences (main_gui enables QStandardPaths test mode, so this is a test file).
inline void clearSettings()
{
    QSettings().clear();
}
} // namespace cairn::test
