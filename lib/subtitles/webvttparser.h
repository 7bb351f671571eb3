#pragma once
// WebVTT file parsing after the W3C WebVTT parser algorithm (signature, header, blocks, cues, settings).
#include "subtitles/cue.h"

#include <QStringView>

namespace cairn::subtitles {

/// True when `text` starts with the WebVTT signature ("WEBVTT" then space, tab, line break or the end).
bool hasWebVttSignature(QStringView text);

/// Parses decoded WebVTT text. ok=false only when the signature is missing. Cues come out sorted by start.
ParseResult parseWebVtt(QStringView text);

} // namespace cairn::subtitles
