#include "app/standalonetutorial.h"

#include "library/languagetag.h"
#include "media/mediaprobe.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace cairn::app {

using playback::PlayableTutorial;
using playback::SubtitleSource;

namespace {
const QStringList &videoSuffixes()
{
    static const QStringList s{QStringLiteral("mp4"), QStringLiteral("m4v"), QStringLiteral("mkv"), QStringLiteral("webm"),
                               QStringLiteral("mov"), QStringLiteral("avi"), QStringLiteral("ogv")};
    return s;
}

QFileInfoList siblingVideos(const QDir &dir)
{
    QFileInfoList videos;
    for (const QFileInfo &fi : dir.entryInfoList(QDir::Files | QDir::Readable))
        if (videoSuffixes().contains(fi.suffix().toLower()))
            videos << fi;
    QCollator collator;
    collator.setNumericMode(true); // "Lesson 2" before "Lesson 10"
    std::sort(videos.begin(), videos.end(),
              [&](const QFileInfo &a, const QFileInfo &b) { return collator.compare(a.fileName(), b.fileName()) < 0; });
    return videos;
}
} // namespace

PlayableTutorial standaloneTutorial(const QString &videoPath)
{
    const QFileInfo video(videoPath);
    PlayableTutorial t;
    t.videoPath = video.absoluteFilePath();
    t.title = video.completeBaseName();
    t.missing = !video.exists();
    // A stable id per path so progress callbacks can tell files apart (no index in standalone mode).
    t.id = qint64(qHash(t.videoPath) & 0x7fffffff) + 1;

    const QDir dir = video.absoluteDir();
    const QString base = video.completeBaseName();
    for (const QFileInfo &fi : dir.entryInfoList(QDir::Files | QDir::Readable)) {
        const QString suffix = fi.suffix().toLower();
        if (suffix != QLatin1String("srt") && suffix != QLatin1String("vtt"))
            continue;
        const QString name = fi.completeBaseName(); // "Name.ar" or "Name"
        if (name.compare(base, Qt::CaseInsensitive) != 0 && !name.startsWith(base + QLatin1Char('.'), Qt::CaseInsensitive))
            continue;
        SubtitleSource s;
        s.kind = SubtitleSource::Kind::Sidecar;
        s.path = fi.absoluteFilePath();
        const QStringList tokens = name.mid(base.size()).split(QLatin1Char('.'), Qt::SkipEmptyParts);
        for (const QString &token : tokens) {
            const QString lower = token.toLower();
            if (lower == QLatin1String("forced"))
                s.forced = true;
            else if (lower == QLatin1String("sdh") || lower == QLatin1String("cc"))
                s.sdh = true;
            else if (s.language.isEmpty())
                s.language = library::normalizeLanguageTag(token);
        }
        t.subtitles << s;
    }
    // UN languages first in their canonical order, then the rest by tag.
    std::stable_sort(t.subtitles.begin(), t.subtitles.end(), [](const SubtitleSource &a, const SubtitleSource &b) {
        const int ra = library::unLanguageRank(a.language), rb = library::unLanguageRank(b.language);
        return ra != rb ? ra < rb : a.language < b.language;
    });

    const QFileInfoList videos = siblingVideos(dir);
    for (int i = 0; i < videos.size(); ++i) {
        if (videos.at(i).absoluteFilePath() == t.videoPath) {
            t.positionInSeries = i + 1;
            t.seriesLength = int(videos.size());
            t.seriesTitle = dir.dirName();
        }
    }
    return t;
}

void addEmbeddedSubtitles(PlayableTutorial &t)
{
    const media::ProbeResult probe = media::probeMedia(t.videoPath);
    for (const media::StreamInfo &s : probe.streams) {
        if (s.kind != media::StreamInfo::Kind::Subtitle || !s.textBased)
            continue;
        SubtitleSource src;
        src.kind = SubtitleSource::Kind::Embedded;
        src.path = t.videoPath;
        src.streamIndex = s.index;
        src.language = library::normalizeLanguageTag(s.language);
        src.label = s.title;
        src.forced = s.forced;
        src.sdh = s.hearingImpaired;
        t.subtitles << src;
    }
    if (t.durationMs == 0)
        t.durationMs = probe.durationMs;
    if (t.videoCodec.isEmpty())
        t.videoCodec = probe.videoCodec;
    std::stable_sort(t.subtitles.begin(), t.subtitles.end(), [](const SubtitleSource &a, const SubtitleSource &b) {
        return library::unLanguageRank(a.language) < library::unLanguageRank(b.language);
    });
}

std::optional<PlayableTutorial> standaloneNeighbour(const PlayableTutorial &from, int step)
{
    const QFileInfo video(from.videoPath);
    const QFileInfoList videos = siblingVideos(video.absoluteDir());
    for (int i = 0; i < videos.size(); ++i) {
        if (videos.at(i).absoluteFilePath() == video.absoluteFilePath()) {
            const int j = i + step;
            if (j < 0 || j >= videos.size())
                return std::nullopt;
            return standaloneTutorial(videos.at(j).absoluteFilePath());
        }
    }
    return std::nullopt;
}

} // namespace cairn::app
