#include "app/tutorialfilterproxy.h"

#include "library/tutorialroles.h"

namespace cairn::app {

using namespace cairn::library;

void TutorialFilterProxy::setSeries(qint64 seriesId)
{
    m_series = seriesId;
    invalidateFilter();
}

void TutorialFilterProxy::setLanguage(const QString &bcp47)
{
    m_language = bcp47;
    invalidateFilter();
}

void TutorialFilterProxy::setUnwatchedOnly(bool on)
{
    m_unwatchedOnly = on;
    invalidateFilter();
}

bool TutorialFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_series != 0 && i.data(SeriesIdRole).toLongLong() != m_series)
        return false;
    if (m_unwatchedOnly && (i.data(WatchedRole).toBool() || i.data(CompletedRole).toBool()))
        return false;
    if (!m_language.isEmpty()) {
        const QStringList langs = i.data(LanguagesRole).toStringList();
        const bool match = std::any_of(langs.begin(), langs.end(), [this](const QString &l) {
            return l.compare(m_language, Qt::CaseInsensitive) == 0 ||
                   l.startsWith(m_language + QLatin1Char('-'), Qt::CaseInsensitive);
        });
        if (!match)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace cairn::app
