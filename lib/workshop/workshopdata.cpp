#include "workshop/workshopdata.h"

#include "core/paths.h"
#include "db/indexstore.h"
#include "db/workshopstore.h"

namespace cairn::workshop {

WorkshopData::WorkshopData(const QString &indexPath)
{
    try {
        m_index = std::make_unique<db::IndexStore>(indexPath, core::userDataPathFor(indexPath));
        m_plans = std::make_unique<db::WorkshopStore>(m_index->db());
    } catch (const db::DbError &e) {
        m_index.reset();
        m_error = e.message();
    }
}

WorkshopData::~WorkshopData() = default;

bool WorkshopData::isOpen() const
{
    return m_index != nullptr;
}

QString WorkshopData::error() const
{
    return m_error;
}

db::WorkshopStore &WorkshopData::plans()
{
    return *m_plans;
}

QList<LibraryFile> WorkshopData::files()
{
    QList<LibraryFile> out;
    const auto rows = m_index->tutorials();
    // Present files first, so the fingerprint fallback prefers a copy that is there.
    for (bool wantMissing : {false, true})
        for (const db::TutorialRow &r : rows)
            if (r.missing == wantMissing)
                out.append(LibraryFile{r.path, r.fingerprint});
    return out;
}

QString WorkshopData::fingerprintOf(qint64 tutorialId)
{
    const auto row = m_index->tutorial(tutorialId);
    return row ? row->fingerprint : QString();
}

qint64 WorkshopData::tutorialFor(const QString &fingerprint)
{
    if (fingerprint.isEmpty())
        return 0;
    qint64 missingMatch = 0;
    for (const db::TutorialRow &r : m_index->tutorials()) {
        if (r.fingerprint != fingerprint)
            continue;
        if (!r.missing)
            return r.id;
        missingMatch = r.id;
    }
    return missingMatch;
}

std::optional<SessionItem> WorkshopData::itemFor(qint64 tutorialId, const QString &title)
{
    const auto row = m_index->tutorial(tutorialId);
    if (!row)
        return std::nullopt;
    SessionItem item;
    item.fingerprint = row->fingerprint;
    item.path = row->path;
    item.title = title.isEmpty() ? row->fallbackTitle : title;
    return item;
}

qint64 WorkshopData::durationOf(qint64 tutorialId)
{
    const auto row = m_index->tutorial(tutorialId);
    return row ? row->durationMs : 0;
}

QStringList WorkshopData::languagesOf(qint64 tutorialId)
{
    QStringList out;
    for (const db::TrackRow &t : m_index->tracks(tutorialId))
        if (!t.lang.isEmpty() && t.error.isEmpty() && !out.contains(t.lang))
            out << t.lang;
    return out;
}

QList<subtitles::Cue> WorkshopData::cues(qint64 tutorialId, const QString &language)
{
    const auto tracks = m_index->tracks(tutorialId);
    // Exact tag first, then the same base language; plain tracks before forced/SDH ones.
    for (bool exact : {true, false})
        for (bool special : {false, true})
            for (const db::TrackRow &t : tracks) {
                const bool isSpecial = t.forced || t.sdh;
                if (isSpecial != special || t.cueCount == 0)
                    continue;
                if (exact ? t.lang == language : languageMatches(language, t.lang))
                    return m_index->cues(t.id);
            }
    return {};
}

bool languageMatches(const QString &want, const QString &have)
{
    if (want.isEmpty() || have.isEmpty())
        return false;
    if (want.compare(have, Qt::CaseInsensitive) == 0)
        return true;
    const QString a = want.section(QLatin1Char('-'), 0, 0);
    const QString b = have.section(QLatin1Char('-'), 0, 0);
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace cairn::workshop
