#pragma once
// The cues of one subtitle track as a list model for the transcript: display "1:05  text", StartMsRole for seeking,
// the current cue (the one being spoken) drawn bold. Thread: GUI thread.
#include "subtitles/cue.h"

#include <QAbstractListModel>

namespace cairn::app {

class CueListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { StartMsRole = Qt::UserRole + 1, TextRole };
    using QAbstractListModel::QAbstractListModel;

    void setCues(const QList<subtitles::Cue> &cues, bool rightToLeft);
    void setCurrent(int row);
    int current() const { return m_current; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<subtitles::Cue> m_cues;
    bool m_rtl = false;
    int m_current = -1;
};

} // namespace cairn::app
