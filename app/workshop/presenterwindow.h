#pragma once
// The trainer's control view on the laptop screen while a session runs: current and next item, elapsed and
// remaining time, a clock, the notes, a live preview of what the room sees, transport, blank/freeze, and subtitle
// controls (languages, size, position) that only the trainer sees. Owns the playback stack of the session and the
// AudienceWindow on the projector; follows screens being plugged in or out without stopping.
// Clicker keys (here and on the audience window): Page Down/Up next/previous item, Space play/pause (and continue
// after a pause point), B or . blank, F freeze, F5 present, Esc stop presenting.
// Thread: GUI thread.
#include "workshop/sessionplan.h"

#include <QPointer>
#include <QScreen> // QPointer<QScreen> needs the full type
#include <QWidget>
#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTimer;
QT_END_NAMESPACE

namespace cairn::library {
class Library;
}
namespace cairn::playback {
class PlaybackController;
class QtMultimediaEngine;
}
namespace cairn::workshop {
class SessionRunner;
class WorkshopData;
}

namespace cairn::app {

class AudienceWindow;
class SubtitleTracks;

class PresenterWindow : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        bool audio = true;       ///< false: never open a sound device (tests)
        int previewIntervalMs = 250;
    };
    /// `library` is not owned and must outlive the window; `data` is shared with the editor.
    PresenterWindow(library::Library *library, std::shared_ptr<workshop::WorkshopData> data,
                    const workshop::SessionPlan &plan, const Options &options, QWidget *parent = nullptr);
    ~PresenterWindow() override;

    /// Shows the audience window fullscreen on `screen` (default: another screen than this window's if there is
    /// one, else the same) and starts the first item.
    void present(QScreen *screen = nullptr);
    void stopPresenting(); ///< hides the audience window; the session keeps its place
    /// The clicker keys (see the header comment).
    void handleKey(int key);

    AudienceWindow *audience() const { return m_audience; }
    workshop::SessionRunner *runner() const { return m_runner; }
    playback::PlaybackController *controller() const { return m_controller; }
    SubtitleTracks *tracks() const { return m_tracks; }
    /// The screen the room should see (the projector), chosen by the trainer or picked automatically.
    QScreen *audienceScreen() const;
    QImage previewImage() const; ///< what the preview shows now
    QString statusText() const;

    /// Connected to QGuiApplication::screenAdded/screenRemoved; public so tests can replay a plug or unplug.
    void onScreenAdded(QScreen *screen);
    void onScreenRemoved(QScreen *screen);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateItemTexts(); ///< current/next item and the notes, in the interface language
    void wire();
    void onCurrentChanged(int index);
    void applyItemLanguages();
    void refreshSubtitleControls();
    void refreshScreens();
    void tick();
    void updatePreview();
    void setStatus(const QString &text);
    QScreen *pickAudienceScreen(QScreen *avoid = nullptr) const;

    library::Library *m_library;
    std::shared_ptr<workshop::WorkshopData> m_data;
    workshop::SessionPlan m_plan;
    Options m_options;

    playback::QtMultimediaEngine *m_engine = nullptr;     // child of this
    playback::PlaybackController *m_controller = nullptr; // child of this
    SubtitleTracks *m_tracks = nullptr;                   // child of this
    workshop::SessionRunner *m_runner = nullptr;          // child of this
    AudienceWindow *m_audience = nullptr;                 // top-level, deleted by the destructor
    QPointer<QScreen> m_chosenScreen;                     // the trainer's choice; null = automatic
    bool m_started = false;

    QLabel *m_current = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_times = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_preview = nullptr;
    QTextBrowser *m_notes = nullptr;
    QListWidget *m_items = nullptr;
    QPushButton *m_playButton = nullptr;
    QPushButton *m_blankButton = nullptr;
    QPushButton *m_freezeButton = nullptr;
    QPushButton *m_continueButton = nullptr;
    QPushButton *m_presentButton = nullptr;
    QPushButton *m_prevButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QGroupBox *m_previewBox = nullptr;
    QGroupBox *m_notesBox = nullptr;
    QGroupBox *m_planBox = nullptr;
    QGroupBox *m_subsBox = nullptr;
    QLabel *m_screenLabel = nullptr;
    QLabel *m_rowLabel[2] = {nullptr, nullptr};
    QLabel *m_sizeLabel[2] = {nullptr, nullptr};
    QLabel *m_positionLabel[2] = {nullptr, nullptr};
    QComboBox *m_screenCombo = nullptr;
    QComboBox *m_trackCombo[2] = {nullptr, nullptr};
    QDoubleSpinBox *m_sizeSpin[2] = {nullptr, nullptr};
    QComboBox *m_placeCombo[2] = {nullptr, nullptr};
    QTimer *m_tick = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace cairn::app
