#include "app/mainwindow.h"

#include "app/helpoverlay.h"
#include "app/playerpage.h"
#include "app/subtitletracks.h"
#include "app/transportbar.h"
#include "cairn/version.h"
#include "playback/playbackcontroller.h"

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
    setWindowTitle(tr("Cairn"));
    m_stack->addWidget(m_player);
    setCentralWidget(m_stack);
    buildMenus();
    connect(m_player, &PlayerPage::fullscreenRequested, this, &MainWindow::setFullscreen);
    connect(m_player, &PlayerPage::backToLibraryRequested, this, [this] {
        if (m_library)
            showLibrary();
    });
    connect(controller, &playback::PlaybackController::tutorialChanged, this, [this](const auto &t) {
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
    if (event->type() == QEvent::WindowStateChange) {
        const bool full = isFullScreen();
        menuBar()->setVisible(!full);
        m_player->setFullscreenMode(full);
    }
}

void MainWindow::buildMenus()
{
    using playback::PlaybackController;
    PlaybackController *c = m_controller;

    m_libraryMenu = menuBar()->addMenu(tr("&Library"));
    m_addFolder = m_libraryMenu->addAction(tr("&Add a folder of tutorials…"));
    m_removeFolder = m_libraryMenu->addAction(tr("&Remove a folder…"));
    m_rescan = m_libraryMenu->addAction(tr("Look for &new and changed files"));
    m_libraryMenu->addSeparator();
    QAction *quit = m_libraryMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_addFolder->setEnabled(false);
    m_removeFolder->setEnabled(false);
    m_rescan->setEnabled(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewLibrary = view->addAction(tr("&Library"));
    m_viewLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_viewLibrary->setEnabled(false);
    connect(m_viewLibrary, &QAction::triggered, this, &MainWindow::showLibrary);
    QAction *viewPlayer = view->addAction(tr("&Player"));
    viewPlayer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(viewPlayer, &QAction::triggered, this, &MainWindow::showPlayer);
    QAction *transcript = view->addAction(tr("&Transcript"));
    transcript->setCheckable(true);
    transcript->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(transcript, &QAction::toggled, m_player, &PlayerPage::setTranscriptVisible);
    QAction *full = view->addAction(tr("&Fullscreen (F)"));
    full->setShortcut(QKeySequence(Qt::Key_F11));
    connect(full, &QAction::triggered, this, [this] { setFullscreen(!isFullScreen()); });

    // Single-letter player keys live in PlayerPage::keyPressEvent; the menu names them without taking them.
    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    connect(playback->addAction(tr("Play or pause (Space)")), &QAction::triggered, this, [c] { c->togglePlayPause(); });
    connect(playback->addAction(tr("Start over")), &QAction::triggered, this, [c] { c->startOver(); });
    playback->addSeparator();
    connect(playback->addAction(tr("Back 10 seconds (J)")), &QAction::triggered, this, [c] { c->skip(-10000); });
    connect(playback->addAction(tr("Back 5 seconds (Left)")), &QAction::triggered, this, [c] { c->skip(-5000); });
    connect(playback->addAction(tr("Forward 5 seconds (Right)")), &QAction::triggered, this, [c] { c->skip(5000); });
    connect(playback->addAction(tr("Forward 10 seconds (L)")), &QAction::triggered, this, [c] { c->skip(10000); });
    playback->addSeparator();
    playback->addMenu(m_player->transport()->speedMenu());
    playback->addSeparator();
    connect(playback->addAction(tr("Next tutorial (N)")), &QAction::triggered, this, [c] { c->next(); });
    connect(playback->addAction(tr("Previous tutorial (P)")), &QAction::triggered, this, [c] { c->previous(); });
    QAction *autoNext = playback->addAction(tr("Play the next tutorial automatically"));
    autoNext->setCheckable(true);
    autoNext->setChecked(true);
    connect(autoNext, &QAction::toggled, this, [c](bool on) { c->setAutoplayNext(on); });

    QMenu *subs = menuBar()->addMenu(tr("&Subtitles"));
    subs->addMenu(m_player->transport()->subtitleMenu());
    subs->addSeparator();
    QAction *larger = subs->addAction(tr("&Larger"));
    larger->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    connect(larger, &QAction::triggered, this, [this] { Q_EMIT subtitleSizeStepped(+1); });
    QAction *smaller = subs->addAction(tr("&Smaller"));
    smaller->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(smaller, &QAction::triggered, this, [this] { Q_EMIT subtitleSizeStepped(-1); });
    QAction *later = subs->addAction(tr("Show 0.1 s later"));
    later->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    connect(later, &QAction::triggered, this, [this] { Q_EMIT subtitleDelayStepped(+1); });
    QAction *earlier = subs->addAction(tr("Show 0.1 s earlier"));
    earlier->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    connect(earlier, &QAction::triggered, this, [this] { Q_EMIT subtitleDelayStepped(-1); });
    QAction *swap = subs->addAction(tr("Swap top and bottom languages"));
    connect(swap, &QAction::triggered, this, [this] {
        const int p = m_tracks->selected(SubtitleTracks::Slot::Primary);
        const int s = m_tracks->selected(SubtitleTracks::Slot::Secondary);
        m_tracks->select(SubtitleTracks::Slot::Primary, s);
        m_tracks->select(SubtitleTracks::Slot::Secondary, p);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts (?)"));
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    connect(keys, &QAction::triggered, this, [this] {
        showPlayer();
        m_player->help()->toggle();
    });
    connect(help->addAction(tr("&About Cairn")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Cairn"),
                           tr("Cairn %1\nPlays tutorials offline, with subtitles in the six UN languages.")
                               .arg(QStringLiteral(CAIRN_VERSION)));
    });
}

} // namespace cairn::app
