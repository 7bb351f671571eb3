#pragma once
// The main window: a stack of the library page and the player page, and the menus (Library, View, Playback,
// Subtitles, Help). Owns no core objects: the composition root (Application) passes them in.
// Thread: GUI thread.
#include <QList>
#include <QMainWindow>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QActionGroup;
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
    QAction *workshopAction() const { return m_workshop; }
    QAction *preferencesAction() const { return m_preferences; }
    QAction *autoplayAction() const { return m_autoplay; }
    /// View ▸ Language: "System default", then the six languages in their own scripts.
    QMenu *languageMenu() const { return m_languageMenu; }
    /// Checks the entry for `code` ("" = system default) without emitting interfaceLanguageChosen.
    void setInterfaceLanguageChoice(const QString &code);

Q_SIGNALS:
    void subtitleSizeStepped(int direction); ///< Subtitles ▸ Larger/Smaller
    void subtitleDelayStepped(int direction); ///< Subtitles ▸ Later/Earlier (100 ms steps)
    /// View ▸ Language: the user picked `code` ("ar", "zh_CN", …; "" = follow the system).
    void interfaceLanguageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildLanguageMenu(QMenu *view);
    void retranslateUi();
    /// An action whose text is `source` translated in this class's context, now and after each language change.
    QAction *addTextAction(QMenu *menu, const char *source);
    QMenu *addTextMenu(QMenu *parent, const char *source);

    struct Text
    {
        QPointer<QAction> action;
        const char *source;
    };
    QList<Text> m_texts;
    QString m_tutorialTitle; // shown in the window title while a tutorial is open

    QPointer<playback::PlaybackController> m_controller;
    QPointer<SubtitleTracks> m_tracks;
    QStackedWidget *m_stack = nullptr;
    PlayerPage *m_player = nullptr;
    QWidget *m_library = nullptr;
    QMenu *m_libraryMenu = nullptr;
    QAction *m_addFolder = nullptr;
    QAction *m_removeFolder = nullptr;
    QAction *m_rescan = nullptr;
    QAction *m_workshop = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_autoplay = nullptr;
    QAction *m_viewLibrary = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguage = nullptr;
    bool m_wasMaximized = false;
};

} // namespace cairn::app
