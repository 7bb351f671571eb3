#pragma once
// Planning a workshop session: the saved plans, the ordered items (drag to reorder), each item's segment
// (in/out), subtitle languages, pause points and notes; import/export of *.cairn-session files, the printable
// handout, and "Present" which opens the PresenterWindow. Plans are saved in user.sqlite.
// Thread: GUI thread.
#include "workshop/sessionfile.h"
#include "workshop/sessionplan.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace cairn::library {
class Library;
}
namespace cairn::workshop {
class WorkshopData;
}

namespace cairn::app {

class PresenterWindow;

class SessionEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /// `library` is not owned and must outlive the dialog.
    explicit SessionEditorDialog(library::Library *library, QWidget *parent = nullptr);
    ~SessionEditorDialog() override;

    // The actions behind the buttons, without file dialogs (used by the buttons and by tests).
    void newPlan();
    bool loadPlan(qint64 id);
    /// Saves the plan being edited; returns its id (0 on failure, with a message).
    qint64 savePlan();
    bool addTutorial(qint64 tutorialId);
    void removeItem(int row);
    void moveItem(int from, int to);
    bool exportTo(const QString &path, bool sha256 = true);
    /// Reads a session file, finds its videos in this library (and beside the file) and saves it as a new plan.
    /// Returns the match of each item, or an empty list with `error` set.
    QList<workshop::MatchResult> importFrom(const QString &path, QString *error = nullptr);
    bool printHandout(const QString &pdfPath, const QStringList &languages, bool includeNotes, QString *error = nullptr);
    PresenterWindow *present(bool audio = true);

    /// The plan as edited now (items in list order).
    workshop::SessionPlan plan() const;
    void selectItem(int row);
    /// Edits of the selected item (the same as typing in the fields).
    void setItemSegment(qint64 inMs, qint64 outMs);
    void setItemLanguages(const QStringList &languages);
    void addPausePoint(qint64 atMs, const QString &prompt);
    void setItemNotes(const QString &notes);
    void setPlanName(const QString &name);

    QString lastMessage() const { return m_lastMessage; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    /// Runs `setText` now and again after each interface language change.
    void keepTranslated(std::function<void()> setText);
    void retranslateUi();
    void reloadPlanList();
    void showPlan(const workshop::SessionPlan &plan);
    void appendItemRow(const workshop::SessionItem &item);
    void onCurrentItemChanged();
    void writeBackEditor(); // the editor fields into the selected item
    void loadEditor();      // the selected item into the editor fields
    int currentKey() const;
    void refreshItemText(QListWidgetItem *li);
    void message(const QString &text, bool error = false);
    QStringList rootsForImport(const QString &sessionFile) const;
    QStringList allLanguages() const;

    void onImportClicked();
    void onExportClicked();
    void onPrintClicked();
    void onDeleteClicked();

    library::Library *m_library;
    std::shared_ptr<workshop::WorkshopData> m_data;
    qint64 m_planId = 0;
    QString m_planNotes;
    QHash<int, workshop::SessionItem> m_items; // by key stored in each list row (Qt::UserRole)
    int m_nextKey = 1;
    bool m_loading = false;
    QString m_lastMessage;
    QPointer<PresenterWindow> m_presenter;
    std::vector<std::function<void()>> m_retranslate;

    QListWidget *m_plans = nullptr;
    QLineEdit *m_name = nullptr;
    QListWidget *m_itemList = nullptr;
    QComboBox *m_tutorialCombo = nullptr;
    QLineEdit *m_in = nullptr;
    QLineEdit *m_out = nullptr;
    QComboBox *m_lang[2] = {nullptr, nullptr};
    QTableWidget *m_pauses = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPlainTextEdit *m_sessionNotes = nullptr;
    QWidget *m_editor = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace cairn::app
