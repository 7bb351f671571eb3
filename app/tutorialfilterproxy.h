#pragma once
// Filters the library grid: one series, one subtitle language, only not-yet-watched tutorials.
// Thread: GUI thread.
#include <QSortFilterProxyModel>

namespace cairn::app {

class TutorialFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSeries(qint64 seriesId);         ///< 0 = every series
    void setLanguage(const QString &bcp47);  ///< empty = any; "en" also matches "en-US"
    void setUnwatchedOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_series = 0;
    QString m_language;
    bool m_unwatchedOnly = false;
};

} // namespace cairn::app
