#pragma once
// Turns the text of one subtitle event (an embedded track's packet, an ASS Dialogue line) into a Cue's plain text
// and escaped rich text, following the conventions of the sidecar parsers (see cue.h). Used by lib/media for
// embedded tracks and by the .ass/.ssa parser; exposed for tests.
#include "subtitles/cue.h"

#include <QStringView>

namespace cairn::subtitles::detail {

enum class MarkupFlavor {
    SubRip, ///< HTML-like <i> <b> <u> <font>, plus ASS override blocks such as {\an8}; other "<...>" stays text
    WebVtt, ///< <i> <b> <u> kept, <v Name> sets the voice, other tags dropped, character references decoded
    Ass,    ///< override blocks {...} dropped except \i \b \u \an \p; \N newline, \n soft break, \h hard space
};

/// Sets cue.text, cue.richText, cue.settings.assAlignment ({\anN} / legacy {\aN}) and, for WebVTT, cue.voice.
/// richText only ever contains <i> <b> <u> <br> and escaped text.
void fillCueText(Cue &cue, QStringView markup, MarkupFlavor flavor);

/// SSA v4's legacy {\aN} / style Alignment (1-3 bottom, 5-7 top, 9-11 middle) as a numpad position (1-9), 0 if none.
int legacyAlignmentToNumpad(int a);

/// The Text field of an FFmpeg ASS event line "ReadOrder,Layer,Style,Name,MarginL,MarginR,MarginV,Effect,Text"
/// (the form avcodec_decode_subtitle2 produces since FFmpeg 3.x). The text itself may contain commas.
QStringView assEventText(QStringView event);

} // namespace cairn::subtitles::detail
