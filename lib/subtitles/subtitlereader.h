#pragma once
// Reading subtitle files: encoding detection, format sniffing, SRT, WebVTT and ASS/SSA parsing.
// Pure functions: bytes in, cues plus diagnostics out. Safe to call from any thread.
#include "subtitles/cue.h"

#include <QByteArray>
#include <QString>

namespace cairn::subtitles {

/// BOM (UTF-8/UTF-16LE/BE) first, then valid UTF-8, then uchardet over the whole buffer.
DecodedText decodeSubtitleBytes(const QByteArray &bytes);

/// Parses an already decoded file. `formatHint` may be Unknown: the content decides ("WEBVTT" signature or SRT).
ParseResult parseSubtitleText(const QString &text, Format formatHint = Format::Unknown);

/// Decodes and parses. `fileName` (may be empty) only serves as a format hint from its extension.
ParseResult parseSubtitleBytes(const QByteArray &bytes, const QString &fileName = {});

/// Reads the file (with a size cap; subtitle files over 64 MiB are refused) and parses it.
ParseResult parseSubtitleFile(const QString &path);

QString formatName(Format f); ///< "srt", "vtt", "ass" or "unknown" (as in `cairn-cli subtitles` JSON)

} // namespace cairn::subtitles
