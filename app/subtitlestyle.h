#pragma once
// How one subtitle track is drawn: where, how big, on what background. Plain value, stored in QSettings.
#include <QColor>

namespace cairn::app {

struct SubtitleStyle
{
    enum class Placement { Bottom, Top };
    Placement placement = Placement::Bottom;
    /// Text height as a percentage of the video height: readable on a projector, proportionate on a laptop.
    double sizePercent = 5.5;
    /// Semi-transparent box behind the text (true) or an outline around the glyphs (false).
    bool box = true;
    QColor textColor = Qt::white;
    qint64 delayMs = 0; ///< positive shows cues later
};

} // namespace cairn::app
