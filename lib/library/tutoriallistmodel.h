#pragma once
// All tutorials of the library as a flat list in series order; roles in tutorialroles.h.
// Lives on the GUI thread; refreshed by Library after each coalesced batch of scan results.
#include "db/indexstore.h"
#include "library/tutorialroles.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace cairn::library {

/// Picks the text for the interface language: exact tag, then its base language, then English, then the
/// title taken from the file name, then any language.
QString pickText(const QHash<QString, db::TextRecord> &texts, const QString &uiLanguage, bool description = false);

class TutorialListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit TutorialListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the rows; keeps the views' selection when only the contents changed.
    void setRows(QList<db::TutorialRow> rows);
    /// The ordering setRows() applies (series by localized title, then play order; UN languages first in each
    /// row's badges). Pure: Library runs it on a worker thread when it loads a large library in the background.
    static QList<db::TutorialRow> ordered(QList<db::TutorialRow> rows, const QString &uiLanguage);
    /// Takes rows already put in order by ordered() for the current interface language.
    void setOrderedRows(QList<db::TutorialRow> rows);
    void setInterfaceLanguage(const QString &bcp47);
    QString interfaceLanguage() const { return m_uiLanguage; }

    /// Updates one tutorial's progress in place (no reload).
    void updateProgress(qint64 id, qint64 positionMs, bool completed);

    int rowForId(qint64 id) const;
    const db::TutorialRow *rowData(int row) const;

private:
    QList<db::TutorialRow> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<qint64, int> m_seriesLength;
    QHash<qint64, int> m_positionInSeries;
    QString m_uiLanguage = QStringLiteral("en");
};

} // namespace cairn::library
