#pragma once
// SubRip (.srt) parsing as mainstream players read it: VLC's block rules (a cue's text ends at a blank line,
// anything that is not a timing line between cues is skipped), ffmpeg's timestamp leniency.
#include "subtitles/cue.h"

#include <QStringView>

namespace cairn::subtitles {

/// Parses decoded SRT text. ok=false when the text holds something but not a single timing line.
ParseResult parseSrt(QStringView text);

/// SRT cue text: <i> <b> <u> <s> <font color>, {\anN} (to cue.settings.assAlignment), other {\...} dropped,
/// character references decoded. Fills cue.text and cue.richText.
void renderSrtCueText(QStringView raw, Cue &cue);

} // namespace cairn::subtitles
