#pragma once
// The subtitle data model shared by parsers, the cue index, the search indexer and the renderer.
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cairn::subtitles {

/// Where a cue wants to be drawn. WebVTT cue settings, or an SRT/ASS {\anN} override mapped onto them.
struct CueSettings
{
    enum class Align { Start, Center, End, Left, Right };
    enum class Vertical { None, RightToLeft /* "rl" */, LeftToRight /* "lr" */ };
    Vertical vertical = Vertical::None;
    std::optional<double> linePercent;   ///< "line:10%"
    std::optional<double> lineNumber;    ///< "line:-1" (line units; negative counts from the bottom)
    std::optional<double> positionPercent; ///< "position:30%"
    double sizePercent = 100.0;          ///< "size:50%"
    Align align = Align::Center;
    int assAlignment = 0;                ///< 0 = none, else the numpad position 1..9 of {\anN} (7 8 9 top, 1 2 3 bottom)
    QString region;                      ///< WebVTT region id, empty when none

    bool isDefault() const
    {
        return vertical == Vertical::None && !linePercent && !lineNumber && !positionPercent && sizePercent == 100.0 &&
               align == Align::Center && assAlignment == 0 && region.isEmpty();
    }
};

struct Cue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    /// Plain text: lines joined by '\n', markup removed, character references decoded. Used for search,
    /// the transcript and `cairn-cli subtitles`.
    QString text;
    /// The same text as a small, escaped Qt rich-text subset for the renderer: <i> <b> <u>,
    /// <span style="color:#rrggbb">, <span lang=".." dir="rtl|ltr"> for language spans, ruby as base<sup>rt</sup>,
    /// "<br>" between lines. Never contains anything from the file unescaped.
    QString richText;
    QString identifier; ///< WebVTT cue identifier or SRT sequence number as written (may be empty)
    QString voice;      ///< WebVTT <v Name>, empty when none
    CueSettings settings;
};

enum class Format { Unknown, Srt, WebVtt, Ass };

/// The decoded text of a subtitle file and how it was decoded.
struct DecodedText
{
    QString text;
    QString encoding;   ///< "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1256", "GB18030", ...
    bool ok = false;    ///< false when the bytes could not be decoded sensibly (binary junk, unknown encoding)
    QString error;      ///< user-facing reason when !ok (translated with tr())
};

struct ParseResult
{
    Format format = Format::Unknown;
    QString encoding;
    QList<Cue> cues;          ///< sorted by start time (stable: file order for equal starts)
    QStringList warnings;     ///< e.g. "line 12: malformed timing line skipped" (translated)
    bool ok = false;          ///< false: not a subtitle file, or undecodable; `error` says why
    QString error;
};

} // namespace cairn::subtitles
