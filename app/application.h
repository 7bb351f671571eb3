#pragma once
// The composition root: builds the core objects (engine, controller, subtitle tracks, later the Library) and the
// main window, wires them together, and restores/saves the settings. Nothing else creates core objects and
// nothing reaches them through globals. Thread: GUI thread.
#include "app/preferencesdialog.h"
#include "app/settings.h"

#include <QObject>
#include <QString>
#include <memory>

namespace cairn::library {
class Library;
}

namespace cairn::playback {
class PlaybackController;
class QtMultimediaEngine;
struct PlayableTutorial;
}

namespace cairn::app {

class MainWindow;
class SubtitleTracks;

class Application : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString playFile;        ///< play this file at once (standalone, no library)
        bool audio = true;       ///< false: never open a sound device
        QString subtitles;       ///< subtitle language to show first (BCP 47), overrides the saved preference
        QString secondSubtitles; ///< second language shown at the same time (trainers on a projector)
        /// The library index; empty = the default per-user one. Not opened when playFile is set (standalone).
        QString indexPath;
    };
    explicit Application(const Options &options, QObject *parent = nullptr);
    ~Application() override;

    /// Shows the window and opens the library, whose rows load in the background (a 10,000-tutorial library takes
    /// ~250 ms); the media engine is created and a file opened only once the window is on screen (creating
    /// QMediaPlayer costs ~135 ms and ~100 MiB; FEASIBILITY 13).
    void start();

    MainWindow *window() const { return m_window.get(); }
    playback::PlaybackController *controller() const { return m_controller; }
    SubtitleTracks *tracks() const { return m_tracks; }

    library::Library *library() const { return m_library; }

    void playFile(const QString &path);
    /// Plays a library tutorial, from `startMs` when >= 0, else from where the user left it.
    void playTutorial(qint64 tutorialId, qint64 startMs = -1);
    void play(const playback::PlayableTutorial &tutorial);

    /// Switches the interface language now and remembers it: "ar", "zh_CN", "en", "fr", "ru", "es", or "" to follow
    /// the system. Texts, layout direction, number formats and the library's titles follow.
    void setInterfaceLanguage(const QString &code);

    /// What Library ▸ Preferences… shows, and applying what the user chose there (and remembering it).
    Preferences preferences() const;
    void applyPreferences(const Preferences &p);
    /// Opens the Preferences dialog (modal) and applies it when the user presses OK.
    void showPreferences();

    /// A library tutorial whose file is gone: asks where it is now, then locateAs().
    void locateMissing(qint64 tutorialId);
    /// The user says the file of missing tutorial `tutorialId` is now `path`. Inside a library folder a rescan
    /// finds it; in another folder of tutorials that folder joins the library; in a catch-all folder (home,
    /// Downloads, Desktop …) only this tutorial is pointed at its new place, sidecars included. The same content
    /// keeps its progress (it is keyed by a content fingerprint), and it then plays from there.
    void locateAs(qint64 tutorialId, const QString &path);

private:
    void wireSettings();
    void setupLibrary();
    void saveSettings();

    Options m_options;
    Settings m_settings;
    playback::QtMultimediaEngine *m_engine = nullptr;      // child of this
    playback::PlaybackController *m_controller = nullptr;  // child of this
    SubtitleTracks *m_tracks = nullptr;                    // child of this
    library::Library *m_library = nullptr;                 // child of this; null in standalone mode
    bool m_standalone = false;                             // playing files without the index
    QString m_locating;                                    // canonical path the user located, until it is indexed
    std::unique_ptr<MainWindow> m_window;                  // destroyed before the engine it shows
};

} // namespace cairn::app
