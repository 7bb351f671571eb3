#include "app/mainwindow.h"

#include "app/helpoverlay.h"
#include "app/interfacelanguage.h"
#include "app/playerpage.h"
#include "app/subtitletracks.h"
#include "app/transportbar.h"
#include "cairn/version.h"
#include "playback/playbackcontroller.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>

namespace cairn::app {

MainWindow::MainWindow(playback::PlaybackController *controller, SubtitleTracks *tracks, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_tracks(tracks)
    , m_stack(new QStackedWidget(this))
    , m_player(new PlayerPage(controller, tracks, m_stack))
{
    m_stack->addWidget(m_player);
    setCentralWidget(m_stack);
    buildMenus();
    retranslateUi();
    connect(m_player, &PlayerPage::fullscreenRequested, this, &MainWindow::setFullscreen);
    connect(m_player, &PlayerPage::backToLibraryRequested, this, [this] {
        if (m_library)
            showLibrary();
    });
    connect(controller, &playback::PlaybackController::tutorialChanged, this, [this](const auto &t) {
        m_tutorialTitle = t.title;
        setWindowTitle(tr("%1 — Cairn").arg(t.title));
        showPlayer();
    });
}

void MainWindow::setLibraryPage(QWidget *page)
{
    m_library = page;
    m_stack->insertWidget(0, page);
    m_viewLibrary->setEnabled(true);
    m_libraryMenu->setEnabled(true);
}

void MainWindow::showPlayer()
{
    m_stack->setCurrentWidget(m_player);
}

void MainWindow::showLibrary()
{
    if (!m_library)
        return;
    setFullscreen(false);
    m_controller->pause();
    m_stack->setCurrentWidget(m_library);
    m_library->setFocus();
}

bool MainWindow::isShowingPlayer() const
{
    return m_stack->currentWidget() == m_player;
}

void MainWindow::setFullscreen(bool on)
{
    if (on == isFullScreen())
        return;
    if (on) {
        m_wasMaximized = isMaximized();
        menuBar()->hide();
        showFullScreen();
    } else {
        menuBar()->show();
        m_wasMaximized ? showMaximized() : showNormal();
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::WindowStateChange) {
        const bool full = isFullScreen();
        menuBar()->setVisible(!full);
        m_player->setFullscreenMode(full);
    }
}

QAction *MainWindow::addTextAction(QMenu *menu, const char *source)
{
    QAction *a = menu->addAction(tr(source));
    m_texts.append({a, source});
    return a;
}

QMenu *MainWindow::addTextMenu(QMenu *parent, const char *source)
{
    QMenu *m = parent ? parent->addMenu(tr(source)) : menuBar()->addMenu(tr(source));
    m_texts.append({m->menuAction(), source});
    return m;
}

void MainWindow::retranslateUi()
{
    for (const Text &t : std::as_const(m_texts))
        if (t.action)
            t.action->setText(tr(t.source));
    setWindowTitle(m_tutorialTitle.isEmpty() ? tr("Cairn") : tr("%1 — Cairn").arg(m_tutorialTitle));
}

void MainWindow::buildMenus()
{
    using playback::PlaybackController;
    PlaybackController *c = m_controller;

    // Texts are registered by source (QT_TR_NOOP) so retranslateUi() can set them again after a language change.
    m_libraryMenu = addTextMenu(nullptr, QT_TR_NOOP("&Library"));
    m_addFolder = addTextAction(m_libraryMenu, QT_TR_NOOP("&Add a folder of tutorials…"));
    m_removeFolder = addTextAction(m_libraryMenu, QT_TR_NOOP("&Remove a folder…"));
    m_rescan = addTextAction(m_libraryMenu, QT_TR_NOOP("Look for &new and changed files"));
    m_libraryMenu->addSeparator();
    // Workshop mode (session plans, presenter and audience windows) needs the library, like the actions above.
    m_workshop = addTextAction(m_libraryMenu, QT_TR_NOOP("&Workshop sessions…"));
    m_workshop->setEnabled(false);
    m_libraryMenu->addSeparator();
    m_preferences = addTextAction(m_libraryMenu, QT_TR_NOOP("&Preferences…"));
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_libraryMenu->addSeparator();
    QAction *quit = addTextAction(m_libraryMenu, QT_TR_NOOP("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_addFolder->setEnabled(false);
    m_removeFolder->setEnabled(false);
    m_rescan->setEnabled(false);

    QMenu *view = addTextMenu(nullptr, QT_TR_NOOP("&View"));
    m_viewLibrary = addTextAction(view, QT_TR_NOOP("&Library"));
    m_viewLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_viewLibrary->setEnabled(false);
    connect(m_viewLibrary, &QAction::triggered, this, &MainWindow::showLibrary);
    QAction *viewPlayer = addTextAction(view, QT_TR_NOOP("&Player"));
    viewPlayer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(viewPlayer, &QAction::triggered, this, &MainWindow::showPlayer);
    QAction *transcript = addTextAction(view, QT_TR_NOOP("&Transcript"));
    transcript->setCheckable(true);
    transcript->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(transcript, &QAction::toggled, m_player, &PlayerPage::setTranscriptVisible);
    QAction *full = addTextAction(view, QT_TR_NOOP("&Fullscreen (F)"));
    full->setShortcut(QKeySequence(Qt::Key_F11));
    connect(full, &QAction::triggered, this, [this] { setFullscreen(!isFullScreen()); });
    view->addSeparator();
    buildLanguageMenu(view);

    // Single-letter player keys live in PlayerPage::keyPressEvent; the menu names them without taking them.
    QMenu *playback = addTextMenu(nullptr, QT_TR_NOOP("&Playback"));
    connect(addTextAction(playback, QT_TR_NOOP("Play or pause (Space)")), &QAction::triggered, this,
            [c] { c->togglePlayPause(); });
    connect(addTextAction(playback, QT_TR_NOOP("Start over")), &QAction::triggered, this, [c] { c->startOver(); });
    playback->addSeparator();
    connect(addTextAction(playback, QT_TR_NOOP("Back 10 seconds (J)")), &QAction::triggered, this,
            [c] { c->skip(-10000); });
    connect(addTextAction(playback, QT_TR_NOOP("Back 5 seconds (Left)")), &QAction::triggered, this,
            [c] { c->skip(-5000); });
    connect(addTextAction(playback, QT_TR_NOOP("Forward 5 seconds (Right)")), &QAction::triggered, this,
            [c] { c->skip(5000); });
    connect(addTextAction(playback, QT_TR_NOOP("Forward 10 seconds (L)")), &QAction::triggered, this,
            [c] { c->skip(10000); });
    playback->addSeparator();
    playback->addMenu(m_player->transport()->speedMenu());
    playback->addSeparator();
    connect(addTextAction(playback, QT_TR_NOOP("Next tutorial (N)")), &QAction::triggered, this, [c] { c->next(); });
    connect(addTextAction(playback, QT_TR_NOOP("Previous tutorial (P)")), &QAction::triggered, this,
            [c] { c->previous(); });
    QAction *autoNext = m_autoplay = addTextAction(playback, QT_TR_NOOP("Play the next tutorial automatically"));
    autoNext->setCheckable(true);
    autoNext->setChecked(c->autoplayNext());
    connect(autoNext, &QAction::toggled, this, [c](bool on) { c->setAutoplayNext(on); });

    QMenu *subs = addTextMenu(nullptr, QT_TR_NOOP("&Subtitles"));
    subs->addMenu(m_player->transport()->subtitleMenu());
    subs->addSeparator();
    QAction *larger = addTextAction(subs, QT_TR_NOOP("&Larger"));
    larger->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    connect(larger, &QAction::triggered, this, [this] { Q_EMIT subtitleSizeStepped(+1); });
    QAction *smaller = addTextAction(subs, QT_TR_NOOP("&Smaller"));
    smaller->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(smaller, &QAction::triggered, this, [this] { Q_EMIT subtitleSizeStepped(-1); });
    QAction *later = addTextAction(subs, QT_TR_NOOP("Show 0.1 s later"));
    later->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    connect(later, &QAction::triggered, this, [this] { Q_EMIT subtitleDelayStepped(+1); });
    QAction *earlier = addTextAction(subs, QT_TR_NOOP("Show 0.1 s earlier"));
    earlier->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    connect(earlier, &QAction::triggered, this, [this] { Q_EMIT subtitleDelayStepped(-1); });
    QAction *swap = addTextAction(subs, QT_TR_NOOP("Swap top and bottom languages"));
    connect(swap, &QAction::triggered, this, [this] {
        const int p = m_tracks->selected(SubtitleTracks::Slot::Primary);
        const int s = m_tracks->selected(SubtitleTracks::Slot::Secondary);
        m_tracks->select(SubtitleTracks::Slot::Primary, s);
        m_tracks->select(SubtitleTracks::Slot::Secondary, p);
    });

    QMenu *help = addTextMenu(nullptr, QT_TR_NOOP("&Help"));
    QAction *keys = addTextAction(help, QT_TR_NOOP("&Keyboard shortcuts (?)"));
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    connect(keys, &QAction::triggered, this, [this] {
        showPlayer();
        m_player->help()->toggle();
    });
    connect(addTextAction(help, QT_TR_NOOP("&About Cairn")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Cairn"),
                           tr("Cairn %1\nPlays tutorials offline, with subtitles in the six UN languages.")
                               .arg(QStringLiteral(CAIRN_VERSION)));
    });
}

void MainWindow::buildLanguageMenu(QMenu *view)
{
    m_languageMenu = addTextMenu(view, QT_TR_NOOP("L&anguage"));
    m_languageGroup = new QActionGroup(m_languageMenu);
    m_systemLanguage = addTextAction(m_languageMenu, QT_TR_NOOP("System default"));
    m_systemLanguage->setData(QString());
    m_languageMenu->addSeparator();
    QList<QAction *> choices{m_systemLanguage};
    // The languages keep their own names in every interface language: they are not translated.
    for (const InterfaceLanguageChoice &l : interfaceLanguageChoices()) {
        QAction *a = m_languageMenu->addAction(l.nativeName);
        a->setData(l.code);
        choices << a;
    }
    for (QAction *a : std::as_const(choices)) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, a] { Q_EMIT interfaceLanguageChosen(a->data().toString()); });
    }
    m_systemLanguage->setChecked(true);
}

void MainWindow::setInterfaceLanguageChoice(const QString &code)
{
    for (QAction *a : m_languageGroup->actions())
        if (a->data().toString() == code)
            a->setChecked(true);
}

} // namespace cairn::app
