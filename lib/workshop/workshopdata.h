#pragma once
// What the workshop needs from the library's databases, on its own connection: the saved plans (WorkshopStore),
// the index's videos and fingerprints (to add items and resolve imported sessions) and the indexed cues (for the
// handout). Opening it migrates user.sqlite like the Library does (WAL lets both connections work side by side).
// Thread: the thread that created it (the GUI thread in the player).
#include "workshop/sessionfile.h"
#include "workshop/sessionplan.h"
#include "subtitles/cue.h"

#include <QString>
#include <memory>
#include <optional>

namespace cairn::db {
class IndexStore;
class WorkshopStore;
}

namespace cairn::workshop {

class WorkshopData
{
public:
    /// Opens the index at `indexPath` and user.sqlite beside it. Check isOpen()/error().
    explicit WorkshopData(const QString &indexPath);
    ~WorkshopData();

    bool isOpen() const;
    QString error() const; ///< translated, when !isOpen() or after a failed call

    /// The saved plans (throws db::DbError on database failure; callers catch at the GUI boundary).
    db::WorkshopStore &plans();

    /// Every video in the index, present or not, with its fingerprint.
    QList<LibraryFile> files();
    /// The index's fingerprint of a tutorial, empty when unknown.
    QString fingerprintOf(qint64 tutorialId);
    /// The tutorial with this fingerprint (present ones first), 0 when none.
    qint64 tutorialFor(const QString &fingerprint);
    /// An item for a tutorial of the index: fingerprint, path, title and the whole video as the segment.
    std::optional<SessionItem> itemFor(qint64 tutorialId, const QString &title);

    /// The video's duration from the index (ms, 0 when unknown).
    qint64 durationOf(qint64 tutorialId);
    /// Languages of a tutorial's subtitle tracks as stored in the index.
    QStringList languagesOf(qint64 tutorialId);
    /// The cues of the tutorial's best track for `language` (exact tag first, then the same base language, e.g.
    /// "zh" for "zh-Hans"); empty when it has none.
    QList<subtitles::Cue> cues(qint64 tutorialId, const QString &language);

private:
    std::unique_ptr<db::IndexStore> m_index;
    std::unique_ptr<db::WorkshopStore> m_plans;
    QString m_error;
};

/// True when `have` serves a request for `want`: equal tags, or the same base language ("zh-Hans" for "zh").
bool languageMatches(const QString &want, const QString &have);

} // namespace cairn::workshop
