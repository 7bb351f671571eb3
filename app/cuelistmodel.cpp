#include "app/cuelistmodel.h"

#include "app/seekslider.h"

#include <QFont>

namespace cairn::app {

void CueListModel::setCues(const QList<subtitles::Cue> &cues, bool rightToLeft)
{
    beginResetModel();
    m_cues = cues;
    m_rtl = rightToLeft;
    m_current = -1;
    endResetModel();
}

void CueListModel::setCurrent(int row)
{
    if (row == m_current)
        return;
    const int old = m_current;
    m_current = row;
    if (old >= 0 && old < m_cues.size())
        Q_EMIT dataChanged(index(old), index(old), {Qt::FontRole});
    if (row >= 0 && row < m_cues.size())
        Q_EMIT dataChanged(index(row), index(row), {Qt::FontRole});
}

int CueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cues.size());
}

QVariant CueListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cues.size())
        return {};
    const subtitles::Cue &cue = m_cues.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = QString(cue.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        // The time is isolated so it stays at the line start in an RTL transcript (U+2066 LRI, U+2069 PDI).
        return QStringLiteral("\u2066%1\u2069   %2").arg(formatTime(cue.startMs), text);
    }
    case Qt::ToolTipRole:
    case TextRole:
        return cue.text;
    case StartMsRole:
        return cue.startMs;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(m_rtl ? (Qt::AlignRight | Qt::AlignAbsolute) : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.row() == m_current) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

} // namespace cairn::app
