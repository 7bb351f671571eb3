#pragma once
// The main window: a stack of the library page and the player page, and the menus (Library, View, Playback,
// Subtitles, Help). Owns no core objects: the composition root (Application) passes them in.
// Thread: GUI thread.
#include <QMainWindow>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QStackedWidget;
QT_END_NAMESPACE

namespace cairn::playback {
class PlaybackController;
}

namespace cairn::app {

class PlayerPage;
class SubtitleTracks;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(playback::PlaybackController *controller, SubtitleTracks *tracks, QWidget *parent = nullptr);

    PlayerPage *playerPage() const { return m_player; }
    /// The library page (built by Application when the Library is available); the player alone otherwise.
    void setLibraryPage(QWidget *page);
    QWidget *libraryPage() const { return m_library; }
    void showPlayer();
    void showLibrary();
    bool isShowingPlayer() const;
    void setFullscreen(bool on);

    QMenu *libraryMenu() const { return m_libraryMenu; }
    QAction *addFolderAction() const { return m_addFolder; }
    QAction *removeFolderAction() const { return m_removeFolder; }
    QAction *rescanAction() const { return m_rescan; }

Q_SIGNALS:
    void subtitleSizeStepped(int direction); ///< Subtitles ▸ Larger/Smaller
    void subtitleDelayStepped(int direction); ///< Subtitles ▸ Later/Earlier (100 ms steps)

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();

    QPointer<playback::PlaybackController> m_controller;
    QPointer<SubtitleTracks> m_tracks;
    QStackedWidget *m_stack = nullptr;
    PlayerPage *m_player = nullptr;
    QWidget *m_library = nullptr;
    QMenu *m_libraryMenu = nullptr;
    QAction *m_addFolder = nullptr;
    QAction *m_removeFolder = nullptr;
    QAction *m_rescan = nullptr;
    QAction *m_viewLibrary = nullptr;
    bool m_wasMaximized = false;
};

} // namespace cairn::app
