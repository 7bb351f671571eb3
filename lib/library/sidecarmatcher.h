#pragma once
// Finds the subtitle files that belong to a video, named the ways real downloads name them.
#include <QList>
#include <QString>
#include <QStringList>

namespace cairn::library {

struct SidecarMatch
{
    QString path;        ///< absolute path of the subtitle file
    QString language;    ///< normalised BCP 47 tag from the name, empty when the name carries none
    bool forced = false; ///< ".forced" in the name
    bool sdh = false;    ///< ".sdh", ".cc" or ".hi" in the name
    QString label;       ///< leftover name parts worth showing ("Director's commentary"), may be empty
};

/// Given a video file and the subtitle files found in its folder and nearby subtitle folders, returns those that
/// belong to the video with what their names say. Handles: Name.ar.srt, Name.zh-Hans.vtt, Name.zh-CN.srt,
/// Name.ara.srt, Name.Arabic.srt, Name.en.forced.srt, Name.en.sdh.srt, yt-dlp "Title [id].fr.vtt", Name_fr.srt,
/// Name-fr.srt, "Name (French).srt", per-language folders (Subs/ar/Name.srt, Subs/Name/2_Arabic.srt, subtitles/fr/...),
/// and a lone "Name.srt". Matching is case-insensitive and Unicode-normalised (NFC vs NFD names from macOS).
/// `candidates` are absolute paths; `siblingVideos` are the other videos in the same folder (so "Intro.srt" is not
/// given to "Intro part 2.mp4" when "Intro.mp4" exists).
QList<SidecarMatch> matchSidecars(const QString &videoPath, const QStringList &candidates,
                                  const QStringList &siblingVideos);

/// File extensions (lowercase, without dot) treated as subtitles and as videos.
const QStringList &subtitleExtensions(); ///< srt, vtt, webvtt
const QStringList &videoExtensions();    ///< mp4, m4v, mkv, webm, mov, avi, ogv, mpg, mpeg, m2ts, mts, 3gp, flv

/// Names of folders that hold subtitles for the videos beside them ("Subs", "subtitles", "Sub", "srt", ...).
bool isSubtitleFolderName(const QString &name);

} // namespace cairn::library
