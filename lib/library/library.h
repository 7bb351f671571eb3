#pragma once
// The library facade the GUI and the CLI use: the index database, the scanner thread, the models, search,
// progress. Lives on the thread that created it (the GUI thread in the player); the scanner runs on its own
// QThread and reports back through queued signals.
#include "playback/playable.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace cairn::library {

class TutorialListModel;
class FolderWatcher;

/// One search hit: a title/description match (startMs = -1) or a subtitle cue.
struct SearchHit
{
    qint64 tutorialId = 0;
    QString path;
    QString title;
    QString language;    ///< language of the matching cue or title
    qint64 startMs = -1; ///< -1 for title/description hits
    qint64 endMs = -1;
    QString text;      ///< the whole cue (plain text)
    QString snippet;   ///< the cue with each hit between \u0002 and \u0003 (the GUI turns these into bold)
    double rank = 0.0; ///< lower is better (bm25)
};

struct ScanSummary
{
    int videosSeen = 0, added = 0, updated = 0, unchanged = 0, missing = 0, errors = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;
    bool databaseFailed = false; ///< the scan stopped on a database error (disk full, locked, damaged)
    bool changed = false;        ///< something was written: added, updated, marked missing or found again, moved
    QStringList messages;        ///< translated, user-facing ("Cannot read folder …", "Not a video: …")
};

class Library : public QObject
{
    Q_OBJECT
public:
    enum class Load {
        Now,         ///< the model is filled before the constructor returns
        Background,  ///< rows are read and ordered on a worker thread; the model fills when they arrive
    };
    /// Opens (creating or migrating) the index at indexPath and the user data beside it. Check isOpen()/openError().
    /// With Load::Background the model is also refreshed in the background while a scan runs, so the window
    /// stays responsive with tens of thousands of tutorials (the player uses this; tests and tools use Now).
    explicit Library(const QString &indexPath, QObject *parent = nullptr, Load load = Load::Now);
    ~Library() override;

    bool isOpen() const;
    QString openError() const; ///< translated message when !isOpen() (newer schema, locked, disk full ...)

    QStringList roots() const;         ///< user-added root folders
    QStringList systemRoots() const;   ///< read-only folders pre-provisioned by an installer
    bool addRoot(const QString &path); ///< also starts a scan of it
    bool removeRoot(const QString &path);

    void rescan(); ///< asynchronous; scanStarted / scanProgress / scanFinished follow
    /// Watch the library folders and rescan by itself when files appear, change or vanish (after they settle).
    void setWatching(bool on);
    bool isWatching() const;
    /// The folder watcher, for tests that need a shorter settle time.
    FolderWatcher *folderWatcher() const;
    void cancelScan();
    bool isScanning() const;

    TutorialListModel *tutorials() const; ///< all tutorials, series order; refreshed after each scan batch
    /// Titles and series names follow this language (BCP 47, e.g. "ar", "zh-Hans"), with fallbacks.
    void setInterfaceLanguage(const QString &bcp47);
    QString interfaceLanguage() const;
    /// Reloads the model from the database now (normally done after scan batches).
    void reload();
    /// Reloads it on a worker thread (its own read connection); the model is updated when the rows arrive.
    void reloadInBackground();
    bool isLoading() const; ///< a background load is under way (or, with Load::Background, the first one is due)

    std::optional<playback::PlayableTutorial> playable(qint64 tutorialId, const QString &uiLanguage = {}) const;
    qint64 nextInSeries(qint64 tutorialId) const;     ///< 0 when last
    qint64 previousInSeries(qint64 tutorialId) const; ///< 0 when first

    void saveProgress(qint64 tutorialId, qint64 positionMs, qint64 durationMs);
    void markCompleted(qint64 tutorialId, bool completed = true);

    QList<SearchHit> search(const QString &query, const QString &language = {}, int limit = 200) const;

    /// Where a missing file now lives: the user located it (updates the path, keeps progress).
    bool relocate(qint64 tutorialId, const QString &newPath);

    QString indexPath() const;

Q_SIGNALS:
    void scanStarted();
    void scanProgress(int done, int total, const QString &currentPath);
    void scanFinished(const cairn::library::ScanSummary &summary);
    void errorOccurred(const QString &message); ///< translated, for a status bar or dialog
    void libraryChanged();                      ///< tutorials were added, updated or marked missing
    void loaded();                              ///< a background load reached the model

private:
    void supersedeBackgroundLoad();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cairn::library

Q_DECLARE_METATYPE(cairn::library::ScanSummary)
