#pragma once
// The transcript beside the video: the primary track's cues in a list that follows playback, a filter box, and
// a click (or Enter) on a line jumps there. Thread: GUI thread.
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QListView;
class QLabel;
class QSortFilterProxyModel;
QT_END_NAMESPACE

namespace cairn::app {

class CueListModel;
class SubtitleTracks;

class TranscriptPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptPanel(SubtitleTracks *tracks, QWidget *parent = nullptr);

    void setPosition(qint64 ms);
    QListView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    int visibleRows() const;

Q_SIGNALS:
    void seekRequested(qint64 ms);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();

    QPointer<SubtitleTracks> m_tracks;
    CueListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace cairn::app
