#pragma once
// What the player needs to know about one tutorial: the video, its subtitle sources, where to resume.
// Plain values, copied freely between threads.
#include <QList>
#include <QMetaType>
#include <QString>

namespace cairn::playback {

struct SubtitleSource
{
    enum class Kind { Sidecar, Embedded };
    Kind kind = Kind::Sidecar;
    QString language;      ///< normalised BCP 47 tag ("ar", "zh-Hans", "en-US"); empty when unknown
    bool languageGuessed = false;
    QString label;         ///< extra words from the file name or track title ("SDH", "Forced"), may be empty
    bool forced = false;
    bool sdh = false;
    QString path;          ///< sidecar: the subtitle file; embedded: the video file
    int streamIndex = -1;  ///< embedded: the container stream index (see media::extractTextSubtitles)
};

struct PlayableTutorial
{
    qint64 id = 0;            ///< tutorial id in the index
    QString videoPath;
    QString title;            ///< in the interface language, with fallback
    QString seriesTitle;
    int positionInSeries = 0; ///< 1-based
    int seriesLength = 0;
    qint64 durationMs = 0;
    qint64 resumePositionMs = 0; ///< 0 when never watched or completed
    bool completed = false;
    bool missing = false;     ///< the file is gone (drive unplugged, moved)
    QString videoCodec;       ///< FFmpeg's name from the probe ("h264", "vp9"); empty when not known
    QList<SubtitleSource> subtitles; ///< UN languages first (ar, zh, en, fr, ru, es), then the rest
};

} // namespace cairn::playback

Q_DECLARE_METATYPE(cairn::playback::PlayableTutorial)
