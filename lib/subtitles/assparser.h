#pragma once
// Advanced SubStation Alpha (.ass) and SubStation Alpha (.ssa) dialogue, as downloads carry it (fansubs, yt-dlp
// conversions, Aegisub exports): the [Events] Dialogue lines with their times and text. Styling beyond what the
// overlay draws is dropped: {\i1} {\b1} {\u1} {\s1} become italic/bold/underline/strike, {\anN} and the legacy
// {\aN} the position (also a style's Alignment), \N a line break, \h a no-break space; vector drawings ({\p1})
// and Comment lines are skipped. Karaoke, transforms, fonts and colours are not rendered.
#include "subtitles/cue.h"

#include <QStringView>

namespace cairn::subtitles {

/// True when the text looks like an ASS/SSA script: a "[Script Info]" header or an "[Events]" section.
bool looksLikeAss(QStringView text);

/// Parses decoded ASS/SSA text. ok=false when there is no usable Dialogue line. Cues come out sorted by start.
ParseResult parseAss(QStringView text);

} // namespace cairn::subtitles
