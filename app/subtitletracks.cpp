#include "app/subtitletracks.h"

#include "library/languagetag.h"
#include "media/mediaprobe.h"
#include "subtitles/subtitlereader.h"

#include <QFileInfo>
#include <QtConcurrent>

namespace cairn::app {

using playback::SubtitleSource;

struct SubtitleTracks::LoadResult
{
    quint64 generation = 0;
    QList<std::shared_ptr<subtitles::CueIndex>> indexes; // parallel to the track list; null = failed
    QStringList errors;
};

namespace {
bool sameLanguage(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QString la = a.toLower(), lb = b.toLower();
    if (la == lb)
        return true;
    // "en-US" matches "en"; Chinese keeps its script ("zh-Hans" vs "zh-Hant" differ).
    if (la.startsWith(QLatin1String("zh")) || lb.startsWith(QLatin1String("zh")))
        return la.section(QLatin1Char('-'), 0, 1) == lb.section(QLatin1Char('-'), 0, 1) ||
               (la == QLatin1String("zh") || lb == QLatin1String("zh"));
    return la.section(QLatin1Char('-'), 0, 0) == lb.section(QLatin1Char('-'), 0, 0);
}
} // namespace

SubtitleTracks::SubtitleTracks(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<std::shared_ptr<LoadResult>>(this))
{
    m_secondaryStyle.placement = SubtitleStyle::Placement::Top;
    connect(m_watcher, &QFutureWatcherBase::finished, this, &SubtitleTracks::onLoaded);
}

SubtitleTracks::~SubtitleTracks()
{
    // The worker only touches its own copies; waiting keeps the thread pool tidy at shutdown.
    m_watcher->waitForFinished();
}

bool SubtitleTracks::isLoading() const
{
    return m_watcher->isRunning();
}

void SubtitleTracks::setTutorial(const playback::PlayableTutorial &tutorial)
{
    ++m_generation;
    m_tracks.clear();
    for (const SubtitleSource &s : tutorial.subtitles)
        m_tracks.append(Track{s, nullptr, {}});
    m_primary = pickDefault(m_preferred, -1);
    m_secondary = m_secondaryLanguage.isEmpty() ? -1 : pickDefault({m_secondaryLanguage}, m_primary);
    Q_EMIT tracksChanged();
    Q_EMIT selectionChanged();
    if (m_tracks.isEmpty())
        return;

    QList<SubtitleSource> sources = tutorial.subtitles;
    const quint64 generation = m_generation;
    // Runs on a pool thread: only plain values in, plain values out.
    m_watcher->setFuture(QtConcurrent::run([sources, generation] {
        auto result = std::make_shared<LoadResult>();
        result->generation = generation;
        QList<media::EmbeddedSubtitles> embedded;
        bool demuxed = false;
        for (const SubtitleSource &s : sources) {
            QList<subtitles::Cue> cues;
            QString error;
            if (s.kind == SubtitleSource::Kind::Sidecar) {
                subtitles::ParseResult parsed = subtitles::parseSubtitleFile(s.path);
                if (parsed.ok)
                    cues = std::move(parsed.cues);
                else
                    error = parsed.error;
            } else {
                if (!demuxed) { // one pass over the container for all its text tracks
                    embedded = media::extractTextSubtitles(s.path);
                    demuxed = true;
                }
                bool found = false;
                for (const auto &e : std::as_const(embedded)) {
                    if (e.streamIndex == s.streamIndex) {
                        cues = e.cues;
                        error = e.error;
                        found = e.error.isEmpty();
                    }
                }
                if (!found && error.isEmpty())
                    error = QObject::tr("the track could not be read from the video");
            }
            result->indexes.append(error.isEmpty() ? std::make_shared<subtitles::CueIndex>(std::move(cues)) : nullptr);
            if (!error.isEmpty())
                result->errors << QStringLiteral("%1: %2").arg(QFileInfo(s.path).fileName(), error);
        }
        return result;
    }));
}

void SubtitleTracks::onLoaded()
{
    const auto result = m_watcher->result();
    if (!result || result->generation != m_generation)
        return;
    for (int i = 0; i < m_tracks.size() && i < result->indexes.size(); ++i)
        m_tracks[i].index = result->indexes.at(i);
    applyDelay(Slot::Primary);
    applyDelay(Slot::Secondary);
    for (const QString &e : std::as_const(result->errors))
        Q_EMIT loadProblem(tr("Some subtitles could not be read (%1).").arg(e));
    Q_EMIT cuesLoaded();
}

QString SubtitleTracks::displayName(int i) const
{
    const SubtitleSource &s = m_tracks.at(i).source;
    QString name = s.language.isEmpty() ? tr("Unknown language") : library::nativeLanguageName(s.language);
    QStringList extras;
    if (!s.label.isEmpty() && s.label != name)
        extras << s.label;
    if (s.sdh)
        extras << tr("for the hard of hearing");
    if (s.forced)
        extras << tr("forced");
    if (s.kind == SubtitleSource::Kind::Embedded)
        extras << tr("in the video");
    if (!extras.isEmpty())
        name += QStringLiteral(" (") + extras.join(QStringLiteral(", ")) + QLatin1Char(')');
    return name;
}

int SubtitleTracks::pickDefault(const QStringList &languages, int exclude) const
{
    for (const QString &want : languages) {
        for (int i = 0; i < m_tracks.size(); ++i) {
            const SubtitleSource &s = m_tracks.at(i).source;
            if (i != exclude && !s.forced && sameLanguage(s.language, want))
                return i;
        }
    }
    return -1;
}

void SubtitleTracks::select(Slot slot, int track)
{
    if (track < -1 || track >= m_tracks.size())
        track = -1;
    int &target = slot == Slot::Primary ? m_primary : m_secondary;
    if (target == track)
        return;
    target = track;
    if (slot == Slot::Secondary)
        m_secondaryLanguage = track >= 0 ? m_tracks.at(track).source.language : QString();
    applyDelay(slot);
    Q_EMIT selectionChanged();
    if (slot == Slot::Primary && track >= 0)
        Q_EMIT primaryChosen(m_tracks.at(track).source.language);
}

void SubtitleTracks::applyPreferredLanguages()
{
    const int pick = pickDefault(m_preferred, m_secondary);
    if (pick < 0 || pick == m_primary)
        return;
    m_primary = pick;
    applyDelay(Slot::Primary);
    Q_EMIT selectionChanged();
}

void SubtitleTracks::cyclePrimary()
{
    select(Slot::Primary, m_primary + 1 >= m_tracks.size() ? -1 : m_primary + 1);
}

void SubtitleTracks::setStyle(Slot slot, const SubtitleStyle &style)
{
    (slot == Slot::Primary ? m_primaryStyle : m_secondaryStyle) = style;
    applyDelay(slot);
    Q_EMIT styleChanged();
}

void SubtitleTracks::applyDelay(Slot slot)
{
    const int i = selected(slot);
    if (i >= 0 && m_tracks.at(i).index)
        m_tracks[i].index->setDelayMs(style(slot).delayMs);
}

const subtitles::CueIndex *SubtitleTracks::index(Slot slot) const
{
    const int i = selected(slot);
    return i >= 0 ? m_tracks.at(i).index.get() : nullptr;
}

QString SubtitleTracks::language(Slot slot) const
{
    const int i = selected(slot);
    return i >= 0 ? m_tracks.at(i).source.language : QString();
}

QList<subtitles::Cue> SubtitleTracks::activeCues(Slot slot, qint64 ms) const
{
    QList<subtitles::Cue> out;
    if (const subtitles::CueIndex *idx = index(slot)) {
        for (int i : idx->activeAt(ms))
            out.append(idx->cues().at(i));
    }
    return out;
}

} // namespace cairn::app
