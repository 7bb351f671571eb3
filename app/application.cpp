#include "app/application.h"

#include "app/interfacelanguage.h"
#include "app/librarypage.h"
#include "app/mainwindow.h"
#include "app/messagebanner.h"
#include "app/playerpage.h"
#include "app/seekslider.h"
#include "app/standalonetutorial.h"
#include "app/subtitletracks.h"
#include "app/transcriptpanel.h"
#include "app/workshop/workshop.h"
#include "core/paths.h"
#include "db/indexstore.h"
#include "library/library.h"
#include "library/sidecarmatcher.h"
#include "library/tutorialroles.h"
#include "library/tutoriallistmodel.h"
#include "playback/playbackcontroller.h"
#include "playback/qtmultimediaengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QFileDialog>
#include <QInputDialog>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>

namespace cairn::app {

namespace {
/// After the window's first paint and the library's rows (about a quarter of a second with 10,000 tutorials).
constexpr int kWarmUpDelayMs = 700;
} // namespace

using playback::PlaybackController;
using playback::QtMultimediaEngine;
using Slot = SubtitleTracks::Slot;

Application::Application(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(Settings::load())
{
    // main() applies the language before anything else; embedders and tests that did not still get one, before
    // the first widget is made.
    if (appliedInterfaceLanguage().isEmpty())
        applyInterfaceLanguage(savedInterfaceLanguage());
    if (!m_settings.subtitleLanguagesChosen)
        m_settings.subtitleLanguages = defaultSubtitleLanguages(); // of the language just applied
    m_engine = new QtMultimediaEngine(QtMultimediaEngine::Options{options.audio}, this);
    m_controller = new PlaybackController(m_engine, this);
    m_controller->setVolume(m_settings.volume);
    m_controller->setMuted(m_settings.muted);
    m_controller->setAutoplayNext(m_settings.autoplayNext);
    m_tracks = new SubtitleTracks(this);
    QStringList languages = m_settings.subtitleLanguages;
    if (!options.subtitles.isEmpty())
        languages.prepend(options.subtitles);
    m_tracks->setPreferredLanguages(languages);
    m_tracks->setSecondaryLanguage(options.secondSubtitles);
    m_tracks->setStyle(Slot::Primary, m_settings.primaryStyle);
    m_tracks->setStyle(Slot::Secondary, m_settings.secondaryStyle);
    m_window = std::make_unique<MainWindow>(m_controller, m_tracks);
    if (!m_settings.windowGeometry.isEmpty())
        m_window->restoreGeometry(m_settings.windowGeometry);
    else
        m_window->resize(1024, 700);
    m_window->playerPage()->setTranscriptVisible(m_settings.transcriptVisible);
    m_window->setInterfaceLanguageChoice(savedInterfaceLanguage());
    connect(m_window.get(), &MainWindow::interfaceLanguageChosen, this, &Application::setInterfaceLanguage);
    wireSettings();
    connect(m_window->preferencesAction(), &QAction::triggered, this, &Application::showPreferences);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        m_controller->saveNow();
        saveSettings();
    });
}

Application::~Application()
{
    saveSettings();
    m_window.reset(); // the view lets go of the engine's sink before the engine goes
    // The controller's last progress save needs the engine and the library: it goes first.
    delete m_controller;
    m_controller = nullptr;
}

void Application::wireSettings()
{
    MainWindow *w = m_window.get();
    connect(w, &MainWindow::subtitleSizeStepped, this, [this](int dir) {
        for (Slot slot : {Slot::Primary, Slot::Secondary}) {
            SubtitleStyle s = m_tracks->style(slot);
            s.sizePercent = std::clamp(s.sizePercent + dir * 0.5, 3.0, 12.0);
            m_tracks->setStyle(slot, s);
        }
    });
    connect(w, &MainWindow::subtitleDelayStepped, this, [this](int dir) {
        SubtitleStyle s = m_tracks->style(Slot::Primary);
        s.delayMs += dir * 100;
        m_tracks->setStyle(Slot::Primary, s);
    });
    // A language the user picks becomes the first preference, for the next tutorials and the next start.
    connect(m_tracks, &SubtitleTracks::primaryChosen, this, [this](const QString &lang) {
        if (lang.isEmpty())
            return;
        QStringList prefs = m_tracks->preferredLanguages();
        prefs.removeAll(lang);
        prefs.prepend(lang);
        m_tracks->setPreferredLanguages(prefs);
        m_settings.subtitleLanguagesChosen = true;
    });
}

void Application::setInterfaceLanguage(const QString &code)
{
    saveInterfaceLanguage(code);
    applyInterfaceLanguage(code); // every widget gets QEvent::LanguageChange and retranslates itself
    if (m_library)
        m_library->setInterfaceLanguage(interfaceLanguage());
    if (m_window)
        m_window->setInterfaceLanguageChoice(code);
    // Until the user picks subtitle languages, subtitles follow the interface language (then English).
    if (!m_settings.subtitleLanguagesChosen) {
        m_tracks->setPreferredLanguages(defaultSubtitleLanguages());
        m_tracks->applyPreferredLanguages();
    }
}

Preferences Application::preferences() const
{
    Preferences p;
    p.interfaceLanguage = savedInterfaceLanguage();
    p.subtitleLanguages = m_tracks->preferredLanguages();
    p.primary = m_tracks->style(Slot::Primary);
    p.secondary = m_tracks->style(Slot::Secondary);
    p.autoplayNext = m_controller->autoplayNext();
    return p;
}

void Application::applyPreferences(const Preferences &p)
{
    const QStringList before = m_tracks->preferredLanguages();
    if (p.interfaceLanguage != savedInterfaceLanguage())
        setInterfaceLanguage(p.interfaceLanguage); // subtitles follow it, unless the user chose an order
    // An order that is just the default one keeps following the interface language; any other is the user's.
    if (p.subtitleLanguages.isEmpty() || p.subtitleLanguages == defaultSubtitleLanguages()) {
        m_settings.subtitleLanguagesChosen = false;
        m_tracks->setPreferredLanguages(defaultSubtitleLanguages());
    } else if (p.subtitleLanguages != before) {
        m_settings.subtitleLanguagesChosen = true;
        m_tracks->setPreferredLanguages(p.subtitleLanguages);
    }
    m_tracks->applyPreferredLanguages();
    m_tracks->setStyle(Slot::Primary, p.primary);
    m_tracks->setStyle(Slot::Secondary, p.secondary);
    m_controller->setAutoplayNext(p.autoplayNext);
    if (m_window)
        m_window->autoplayAction()->setChecked(p.autoplayNext);
    saveSettings();
}

void Application::showPreferences()
{
    PreferencesDialog dialog(preferences(), m_window.get());
    if (dialog.exec() == QDialog::Accepted)
        applyPreferences(dialog.preferences());
}

void Application::locateMissing(qint64 tutorialId)
{
    const std::optional<playback::PlayableTutorial> t = m_library ? m_library->playable(tutorialId, interfaceLanguage())
                                                                  : std::nullopt;
    if (!t)
        return;
    // Start where the file was, or the nearest folder of that path that still exists.
    QString dir = QFileInfo(t->videoPath).absolutePath();
    while (!dir.isEmpty() && !QFileInfo(dir).isDir() && QFileInfo(dir).absolutePath() != dir)
        dir = QFileInfo(dir).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window.get(), tr("Where is “%1” now?").arg(t->title), dir,
        tr("Videos (%1);;All files (*)").arg(QStringLiteral("*.") + library::videoExtensions().join(QStringLiteral(" *."))));
    if (!path.isEmpty())
        locateAs(tutorialId, path);
}

void Application::locateAs(qint64 tutorialId, const QString &path)
{
    if (!m_library)
        return;
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return;
    m_locating = canonical;
    QStringList roots = m_library->roots();
    roots += m_library->systemRoots();
    const bool inside = std::any_of(roots.cbegin(), roots.cend(), [&](const QString &r) {
        QString root = QFileInfo(r).canonicalFilePath();
        if (root.isEmpty())
            return false;
        if (!root.endsWith(QLatin1Char('/'))) // "/" and "E:/" already end with one
            root += QLatin1Char('/');
        return canonical.startsWith(root);
    });
    const QString folder = QFileInfo(canonical).absolutePath();
    // Folders that hold everything: adding one would index the user's whole home or downloads.
    const QString home = QFileInfo(QDir::homePath()).canonicalFilePath();
    bool catchAll = folder == QDir::rootPath() || home == folder || home.startsWith(folder + QLatin1Char('/'));
    for (const auto location : {QStandardPaths::DesktopLocation, QStandardPaths::DownloadLocation,
                                QStandardPaths::DocumentsLocation, QStandardPaths::MoviesLocation}) {
        const QString dir = QFileInfo(QStandardPaths::writableLocation(location)).canonicalFilePath();
        catchAll |= !dir.isEmpty() && dir == folder;
    }
    if (inside) {
        m_library->rescan();
    } else if (catchAll) {
        m_locating.clear();
        if (m_library->relocate(tutorialId, canonical))
            playTutorial(tutorialId);
    } else {
        m_window->statusBar()->showMessage(
            tr("Added %1 to the library.").arg(QDir::toNativeSeparators(folder)), 10000);
        m_library->addRoot(folder);
    }
}

void Application::saveSettings()
{
    m_settings.subtitleLanguages = m_tracks->preferredLanguages();
    m_settings.primaryStyle = m_tracks->style(Slot::Primary);
    m_settings.secondaryStyle = m_tracks->style(Slot::Secondary);
    m_settings.primaryStyle.delayMs = m_settings.secondaryStyle.delayMs = 0; // a delay belongs to one file
    m_settings.volume = m_controller->volume();
    m_settings.muted = m_controller->isMuted();
    m_settings.autoplayNext = m_controller->autoplayNext();
    if (m_window) {
        m_settings.windowGeometry = m_window->saveGeometry();
        m_settings.transcriptVisible = m_window->playerPage()->transcript()->isVisible();
    }
    m_settings.save();
}

void Application::setupLibrary()
{
    // The rows load on a worker thread: the library page is on screen at once and fills in when they arrive
    // (10,000 tutorials take a few hundred milliseconds to read and order).
    const QString indexPath = m_options.indexPath.isEmpty() ? core::defaultIndexPath() : m_options.indexPath;
    // A lab machine's first start for this user: the installer's index of the system folders is copied instead
    // of indexing the same files again (the rescan below then finds them unchanged).
    if (m_options.indexPath.isEmpty())
        db::IndexStore::seedFrom(core::systemIndexPath(), indexPath);
    m_library = new library::Library(indexPath, this, library::Library::Load::Background);
    if (!m_library->isOpen()) {
        m_window->statusBar()->showMessage(m_library->openError());
        return;
    }
    m_library->setInterfaceLanguage(interfaceLanguage());
    auto *page = new LibraryPage(m_library);
    m_window->setLibraryPage(page);
    connect(page, &LibraryPage::tutorialActivated, this, [this](qint64 id) { playTutorial(id); });
    connect(page, &LibraryPage::searchHitActivated, this, [this](qint64 id, qint64 startMs) {
        playTutorial(id, startMs >= 0 ? std::max<qint64>(0, startMs - LibraryPage::kLeadInMs) : -1);
    });
    library::Library *lib = m_library;
    m_controller->setProgressSink([lib](qint64 id, qint64 pos, qint64 dur) { lib->saveProgress(id, pos, dur); });
    m_controller->setNeighbourResolver([lib](const playback::PlayableTutorial &from, int step) {
        const qint64 id = step > 0 ? lib->nextInSeries(from.id) : lib->previousInSeries(from.id);
        return id ? lib->playable(id, interfaceLanguage()) : std::nullopt;
    });
    // A tutorial whose file has gone (renamed, moved, drive letter changed): offer to locate it.
    connect(m_controller, &PlaybackController::failed, this, [this](const QString &message) {
        const playback::PlayableTutorial &t = m_controller->current();
        if (t.id <= 0 || QFileInfo::exists(t.videoPath))
            return;
        m_window->playerPage()->banner()->showMessage(MessageBanner::Kind::Error, message, tr("Locate file…"),
                                                      [this, id = t.id] { locateMissing(id); });
    });
    connect(m_library, &library::Library::scanFinished, this, [this] {
        if (m_locating.isEmpty())
            return;
        const library::TutorialListModel *model = m_library->tutorials();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r);
            if (i.data(library::PathRole).toString() == m_locating && !i.data(library::MissingRole).toBool()) {
                m_locating.clear();
                playTutorial(i.data(library::IdRole).toLongLong());
                return;
            }
        }
        // Not found yet. A rescan asked for while this scan ran (ours) starts right after this signal: only when
        // none did is the file really not there.
        QTimer::singleShot(0, this, [this] {
            if (m_locating.isEmpty() || m_library->isScanning())
                return;
            m_window->statusBar()->showMessage(
                tr("%1 could not be added to the library.").arg(QDir::toNativeSeparators(m_locating)), 10000);
            m_locating.clear();
        });
    });
    connect(m_library, &library::Library::errorOccurred, this,
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 10000); });
    connect(m_library, &library::Library::scanFinished, this, [this](const library::ScanSummary &s) {
        m_window->statusBar()->showMessage(
            s.messages.isEmpty() ? tr("%Ln tutorials in the library", nullptr, m_library->tutorials()->rowCount())
                                 : s.messages.join(QStringLiteral(" · ")),
            10000);
    });

    MainWindow *w = m_window.get();
    w->addFolderAction()->setEnabled(true);
    w->removeFolderAction()->setEnabled(true);
    w->rescanAction()->setEnabled(true);
    connect(w->addFolderAction(), &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(m_window.get(), tr("Choose a folder of tutorials"));
        if (!dir.isEmpty())
            m_library->addRoot(dir);
    });
    connect(w->removeFolderAction(), &QAction::triggered, this, [this] {
        const QStringList roots = m_library->roots();
        if (roots.isEmpty())
            return;
        bool ok = false;
        const QString dir = QInputDialog::getItem(m_window.get(), tr("Remove a folder"),
                                                  tr("Stop showing the tutorials of this folder (no file is deleted):"),
                                                  roots, 0, false, &ok);
        if (ok)
            m_library->removeRoot(dir);
    });
    connect(w->rescanAction(), &QAction::triggered, this, [this] { m_library->rescan(); });
    w->workshopAction()->setEnabled(true);
    connect(w->workshopAction(), &QAction::triggered, this, [this, w] {
        m_controller->pause(); // the session takes over the room's attention (and the sound)
        openWorkshop(m_library, w);
    });

    // First run: no folders yet. The bundled sample pack makes the first minute useful.
    if (m_library->roots().isEmpty() && m_library->systemRoots().isEmpty()) {
        const QString sample = core::samplePackDir();
        if (!sample.isEmpty())
            m_library->addRoot(sample);
    } else {
        // Look for new and changed files once the rows are shown: the walk would slow the first load down.
        connect(m_library, &library::Library::loaded, m_library, &library::Library::rescan, Qt::SingleShotConnection);
    }
    w->showLibrary();
}

void Application::playTutorial(qint64 tutorialId, qint64 startMs)
{
    if (!m_library)
        return;
    std::optional<playback::PlayableTutorial> t = m_library->playable(tutorialId, interfaceLanguage());
    if (!t)
        return;
    if (startMs >= 0) {
        t->resumePositionMs = startMs;
        t->completed = false;
    }
    play(*t);
    // Resuming is the default; starting over is one click (or the Playback menu) away.
    if (startMs < 0 && m_controller->position() >= 2000) {
        m_window->playerPage()->banner()->showMessage(
            MessageBanner::Kind::Info, tr("Resuming at %1, where you stopped.").arg(formatTime(m_controller->position())),
            tr("Start over"), [this] { m_controller->startOver(); });
    }
}

void Application::start()
{
    m_window->show();
    if (m_options.playFile.isEmpty()) {
        setupLibrary();
        // Once the window is up and its rows are shown, load the multimedia backend and the usual decoders on a
        // sample clip, so the first tutorial chosen starts as quickly as the next ones (docs/performance.md).
        QTimer::singleShot(kWarmUpDelayMs, this, [this] {
            if (m_controller->hasTutorial())
                return;
            const QString dir = core::samplePackDir();
            if (dir.isEmpty())
                return;
            const QDir sample(dir);
            const QStringList clips = sample.entryList({QStringLiteral("*.mp4")}, QDir::Files, QDir::Name);
            if (!clips.isEmpty())
                m_engine->warmUp(QUrl::fromLocalFile(sample.filePath(clips.first())));
        });
    }
    if (!m_options.playFile.isEmpty()) {
        // Queued: the first paint and expose of the window happen before the media pipeline is built.
        QTimer::singleShot(0, this, [this] { playFile(m_options.playFile); });
    }
}

void Application::playFile(const QString &path)
{
    m_controller->setNeighbourResolver(&standaloneNeighbour);
    if (!m_standalone) {
        m_standalone = true;
        // Without the index nobody has probed the container: look for embedded text tracks on a worker and add
        // them to the track list when they are found (the video starts meanwhile).
        connect(m_controller, &PlaybackController::tutorialChanged, this, [this](const playback::PlayableTutorial &t) {
            if (t.missing)
                return;
            auto *watcher = new QFutureWatcher<playback::PlayableTutorial>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
                const playback::PlayableTutorial probed = watcher->result();
                watcher->deleteLater();
                if (m_controller->current().id != probed.id)
                    return;
                m_controller->setVideoCodec(probed.id, probed.videoCodec);
                if (probed.subtitles.size() > m_tracks->count())
                    m_tracks->setTutorial(probed);
            });
            watcher->setFuture(QtConcurrent::run([t] {
                playback::PlayableTutorial copy = t;
                addEmbeddedSubtitles(copy);
                return copy;
            }));
        });
    }
    play(standaloneTutorial(path));
}

void Application::play(const playback::PlayableTutorial &tutorial)
{
    m_window->showPlayer();
    m_controller->open(tutorial);
}

} // namespace cairn::app
