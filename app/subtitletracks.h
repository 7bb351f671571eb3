#pragma once
// The subtitle tracks of the tutorial being played: loads each track's cues off the GUI thread (sidecar files via
// parseSubtitleFile, embedded tracks via media::extractTextSubtitles in one demux pass), keeps which track is the
// primary and which the optional secondary (trainers show two languages at once), and each slot's style and delay.
// Thread: GUI thread; the loading runs on the global QThreadPool through QtConcurrent and comes back queued.
#include "app/subtitlestyle.h"
#include "playback/playable.h"
#include "subtitles/cueindex.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <memory>

namespace cairn::app {

class SubtitleTracks : public QObject
{
    Q_OBJECT
public:
    enum class Slot { Primary, Secondary };

    struct Track
    {
        playback::SubtitleSource source;
        std::shared_ptr<subtitles::CueIndex> index; ///< null until loaded (or when it failed)
        QString error;                              ///< translated reason when it could not be read
    };

    explicit SubtitleTracks(QObject *parent = nullptr);
    ~SubtitleTracks() override;

    /// Languages to pick by default, best first (BCP 47). Applied when a tutorial is set.
    void setPreferredLanguages(const QStringList &tags) { m_preferred = tags; }
    QStringList preferredLanguages() const { return m_preferred; }
    /// Picks the primary track again from the preferred languages (after they changed); keeps the secondary.
    void applyPreferredLanguages();
    /// The language of the second slot, re-applied to each new tutorial (empty = off).
    void setSecondaryLanguage(const QString &tag) { m_secondaryLanguage = tag; }

    /// Replaces the tracks and starts loading their cues in the background.
    void setTutorial(const playback::PlayableTutorial &tutorial);
    bool isLoading() const;

    int count() const { return int(m_tracks.size()); }
    const Track &track(int i) const { return m_tracks.at(i); }
    /// "العربية", "English (SDH)", "Français — forced": the language in its own name, then the label.
    QString displayName(int i) const;

    int selected(Slot slot) const { return slot == Slot::Primary ? m_primary : m_secondary; }
    void select(Slot slot, int track); ///< -1 turns the slot off
    void cyclePrimary();               ///< Off → first → … → last → Off

    SubtitleStyle style(Slot slot) const { return slot == Slot::Primary ? m_primaryStyle : m_secondaryStyle; }
    void setStyle(Slot slot, const SubtitleStyle &style);

    /// The loaded index of the slot's track, or null (off, loading, failed).
    const subtitles::CueIndex *index(Slot slot) const;
    QString language(Slot slot) const;
    QList<subtitles::Cue> activeCues(Slot slot, qint64 ms) const;

Q_SIGNALS:
    void tracksChanged();    ///< a new tutorial's track list (cues may still be loading)
    void selectionChanged();
    /// The primary track was chosen explicitly (menu, keyboard, presenter), not picked by default.
    void primaryChosen(const QString &language);
    void cuesLoaded();       ///< cues of some tracks arrived
    void styleChanged();
    void loadProblem(const QString &message); ///< translated; a track could not be read

private:
    struct LoadResult;
    void onLoaded();
    int pickDefault(const QStringList &languages, int exclude) const;
    void applyDelay(Slot slot);

    QList<Track> m_tracks;
    QStringList m_preferred;
    QString m_secondaryLanguage; // kept across tutorials: a trainer's second language stays on for the series
    int m_primary = -1;
    int m_secondary = -1;
    SubtitleStyle m_primaryStyle;
    SubtitleStyle m_secondaryStyle;
    quint64 m_generation = 0; // results from an earlier tutorial are dropped
    QFutureWatcher<std::shared_ptr<LoadResult>> *m_watcher = nullptr;
};

} // namespace cairn::app
