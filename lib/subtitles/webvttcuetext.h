#pragma once
// WebVTT timestamps and cue text (the W3C "cue text parsing rules"): markup in, plain + rich text out.
#include "subtitles/cue.h"

#include <QStringView>
#include <optional>

namespace cairn::subtitles {

/// "Collect a WebVTT timestamp" starting at `pos`: [hh:]mm:ss.ttt with strict digit counts (hours may have more
/// than two digits). Advances `pos` past the timestamp on success; leaves it unspecified on failure.
std::optional<qint64> collectWebVttTimestamp(QStringView s, qsizetype &pos);

/// Runs the cue text tokenizer and tree builder over `raw` and fills cue.text (the DOM's textContent, as a
/// browser gives it: ruby text included, voice names and timestamps not), cue.richText and cue.voice.
void renderWebVttCueText(QStringView raw, Cue &cue);

} // namespace cairn::subtitles
