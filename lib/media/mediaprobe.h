#pragma once
// Probing video files with FFmpeg's libavformat: duration, resolution, codecs, embedded tracks and their
// language tags; extracting embedded text subtitle tracks as cues; making thumbnails.
// All functions are thread-safe and blocking: call them from worker threads, never the GUI thread.
#include "subtitles/cue.h"

#include <QList>
#include <QString>

namespace cairn::media {

struct StreamInfo
{
    enum class Kind { Video, Audio, Subtitle, Attachment, Other };
    Kind kind = Kind::Other;
    int index = -1;   ///< stream index in the container
    QString codec;    ///< FFmpeg codec name: "h264", "aac", "subrip", "mov_text", "webvtt", "ass", "hdmv_pgs_subtitle"
    QString language; ///< raw container tag ("ara", "eng", "und" is returned as empty)
    QString title;    ///< the stream's title tag
    bool isDefault = false;
    bool forced = false;
    bool hearingImpaired = false;
    bool textBased = false; ///< for subtitles: text we can extract (not bitmap PGS/DVD)
    int width = 0, height = 0;
    int channels = 0, sampleRate = 0;
};

struct ProbeResult
{
    /// Empty: a 0-byte file (an interrupted copy or download). Truncated: a media file whose header is
    /// missing or damaged (an MP4 cut before its moov atom). Unreadable also covers a probe that timed out.
    enum class Error { None, NotFound, Unreadable, NotMedia, NoStreams, Truncated, Empty };
    Error error = Error::None;
    QString errorText; ///< user-facing, translated
    qint64 durationMs = 0;
    QString container; ///< "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", ...
    QString title;     ///< container title tag, may be empty
    int width = 0, height = 0;
    QString videoCodec, audioCodec;
    QList<StreamInfo> streams;

    bool ok() const { return error == Error::None; }
    bool hasVideo() const { return width > 0; }
};

/// Reads the container header (and, only when the header lacks the duration or codec parameters, a few seconds
/// of packets). Bounded by a 10 s deadline; never throws. Attached pictures (cover art) are reported as
/// Kind::Attachment, not as video.
ProbeResult probeMedia(const QString &path);

/// A stable machine name for an error ("not-found", "unreadable", "not-media", "no-streams", "truncated",
/// "empty"; "" for None), for `cairn-cli` JSON and logs.
QString errorName(ProbeResult::Error error);

struct EmbeddedSubtitles
{
    int streamIndex = -1;
    QList<subtitles::Cue> cues; ///< sorted by start; same conventions as the sidecar parsers (plain + rich text)
    QString error;
};

/// Demuxes every text subtitle stream of the file in one pass (SubRip, mov_text, WebVTT, ASS/SSA).
QList<EmbeddedSubtitles> extractTextSubtitles(const QString &path);

/// Decodes one frame near `atMs` (or 10% into the video when atMs < 0), scales it to at most `maxWidth` pixels wide
/// and writes it as JPEG to `outPath`. Returns false (and leaves no file) when the video cannot be decoded.
bool writeThumbnail(const QString &videoPath, const QString &outPath, int maxWidth = 320, qint64 atMs = -1);

} // namespace cairn::media
