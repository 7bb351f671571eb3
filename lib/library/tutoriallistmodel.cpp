#include "library/tutoriallistmodel.h"

#include "library/languagetag.h"
#include "library/naming.h"

#include <QImage>
#include <algorithm>

namespace cairn::library {

QString pickText(const QHash<QString, db::TextRecord> &texts, const QString &uiLanguage, bool description)
{
    auto value = [&](const QString &lang) -> QString {
        const auto it = texts.constFind(lang);
        if (it == texts.constEnd())
            return {};
        return description ? it->description : it->title;
    };
    QStringList order{uiLanguage, baseLanguage(uiLanguage)};
    // Chinese readers of one script prefer the other script to English.
    if (uiLanguage.startsWith(QLatin1String("zh")))
        order << QStringLiteral("zh-Hans") << QStringLiteral("zh-Hant");
    order << QStringLiteral("en") << QString();
    for (const QString &lang : std::as_const(order)) {
        const QString v = value(lang);
        if (!v.isEmpty())
            return v;
    }
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        const QString v = description ? it->description : it->title;
        if (!v.isEmpty())
            return v;
    }
    return {};
}

TutorialListModel::TutorialListModel(QObject *parent) : QAbstractListModel(parent) {}

int TutorialListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TutorialListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const db::TutorialRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString t = pickText(r.texts, m_uiLanguage);
        return t.isEmpty() ? r.fallbackTitle : t;
    }
    case Qt::ToolTipRole:
    case DescriptionRole:
        return pickText(r.texts, m_uiLanguage, true);
    case Qt::DecorationRole:
        return r.thumbnail.isEmpty() ? QVariant() : QVariant(QImage(r.thumbnail));
    case IdRole:
        return r.id;
    case PathRole:
        return r.path;
    case SeriesRole: {
        const QString t = pickText(r.seriesTexts, m_uiLanguage);
        return t.isEmpty() ? r.seriesName : t;
    }
    case SeriesIdRole:
        return r.seriesId;
    case PositionInSeriesRole:
        return m_positionInSeries.value(r.id);
    case SeriesLengthRole:
        return m_seriesLength.value(r.seriesId);
    case DurationMsRole:
        return r.durationMs;
    case ProgressRole:
        if (r.completed)
            return 1.0;
        return r.durationMs > 0 ? std::clamp(double(r.positionMs) / double(r.durationMs), 0.0, 1.0) : 0.0;
    case PositionMsRole:
        return r.positionMs;
    case CompletedRole:
        return r.completed;
    case WatchedRole:
        return r.watched;
    case LanguagesRole:
        return r.languages;
    case MissingRole:
        return r.missing;
    case ThumbnailPathRole:
        return r.thumbnail;
    case ErrorRole:
        return r.probeError;
    case LastWatchedRole:
        return r.lastWatched;
    default:
        return {};
    }
}

QHash<int, QByteArray> TutorialListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(PathRole, "path");
    names.insert(SeriesRole, "series");
    names.insert(PositionInSeriesRole, "positionInSeries");
    names.insert(DurationMsRole, "durationMs");
    names.insert(ProgressRole, "progress");
    names.insert(CompletedRole, "completed");
    names.insert(LanguagesRole, "languages");
    names.insert(MissingRole, "missing");
    return names;
}

void TutorialListModel::setRows(QList<db::TutorialRow> rows)
{
    setOrderedRows(ordered(std::move(rows), m_uiLanguage));
}

QList<db::TutorialRow> TutorialListModel::ordered(QList<db::TutorialRow> rows, const QString &uiLanguage)
{
    // Series in natural order of their (localized) titles, tutorials in play order within each.
    QHash<qint64, QString> seriesTitle;
    for (const db::TutorialRow &r : rows) {
        if (!seriesTitle.contains(r.seriesId)) {
            const QString t = pickText(r.seriesTexts, uiLanguage);
            seriesTitle.insert(r.seriesId, t.isEmpty() ? r.seriesName : t);
        }
    }
    for (db::TutorialRow &r : rows) {
        QStringList langs = r.languages;
        std::stable_sort(langs.begin(), langs.end(),
                         [](const QString &a, const QString &b) { return unLanguageRank(a) < unLanguageRank(b); });
        r.languages = langs;
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const db::TutorialRow &a, const db::TutorialRow &b) {
        if (a.seriesId != b.seriesId) {
            const int c = naturalCompare(seriesTitle.value(a.seriesId), seriesTitle.value(b.seriesId));
            return c != 0 ? c < 0 : a.seriesId < b.seriesId;
        }
        if (a.sortKey != b.sortKey)
            return a.sortKey < b.sortKey;
        return naturalLess(a.path, b.path);
    });
    return rows;
}

void TutorialListModel::setOrderedRows(QList<db::TutorialRow> rows)
{
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).id == m_rows.at(i).id;

    if (!sameIds)
        beginResetModel();
    m_rows = std::move(rows);
    m_rowById.clear();
    m_seriesLength.clear();
    m_positionInSeries.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const db::TutorialRow &r = m_rows.at(i);
        m_rowById.insert(r.id, int(i));
        m_positionInSeries.insert(r.id, ++m_seriesLength[r.seriesId]);
    }
    if (!sameIds)
        endResetModel();
    else if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void TutorialListModel::setInterfaceLanguage(const QString &bcp47)
{
    if (bcp47 == m_uiLanguage)
        return;
    m_uiLanguage = bcp47;
    setRows(m_rows);
}

void TutorialListModel::updateProgress(qint64 id, qint64 positionMs, bool completed)
{
    const int row = rowForId(id);
    if (row < 0)
        return;
    db::TutorialRow &r = m_rows[row];
    r.positionMs = positionMs;
    r.completed = completed;
    r.watched = true;
    r.lastWatched = QDateTime::currentDateTime();
    Q_EMIT dataChanged(index(row), index(row));
}

int TutorialListModel::rowForId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

const db::TutorialRow *TutorialListModel::rowData(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace cairn::library
