#pragma once
// The library: a grid of tutorial cards with filters (series, subtitle language, not yet watched) and a search box
// whose results are subtitle lines (the hit in bold, with its time); activating a line plays from 2 s before it.
// Thread: GUI thread (Library's models live there).
#include <QPointer>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QStandardItemModel;
QT_END_NAMESPACE

namespace cairn::library {
class Library;
struct ScanSummary;
}

namespace cairn::app {

class TutorialFilterProxy;

class LibraryPage : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPage(library::Library *library, QWidget *parent = nullptr);

    QListView *grid() const { return m_grid; }
    QListView *results() const { return m_results; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *seriesFilter() const { return m_series; }
    QComboBox *languageFilter() const { return m_language; }
    QCheckBox *unwatchedFilter() const { return m_unwatched; }
    TutorialFilterProxy *proxy() const { return m_proxy; }
    /// How far before a search hit playback starts, so the sentence is heard from its beginning.
    static constexpr qint64 kLeadInMs = 2000;

Q_SIGNALS:
    void tutorialActivated(qint64 tutorialId);
    void searchHitActivated(qint64 tutorialId, qint64 startMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshFilters();
    void runSearch();
    void showStatus();

    QPointer<library::Library> m_library;
    QLineEdit *m_search = nullptr;
    QComboBox *m_series = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_unwatched = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_grid = nullptr;
    QListView *m_results = nullptr;
    QStandardItemModel *m_resultModel = nullptr;
    TutorialFilterProxy *m_proxy = nullptr;
    QTimer m_searchDelay;
    QString m_scanText;
    int m_scanDone = -1, m_scanTotal = 0; // progress of a running scan, for its status line
};

} // namespace cairn::app
