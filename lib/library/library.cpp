#include "library/library.h"

#include "core/paths.h"
#include "db/indexstore.h"
#include "library/folderwatcher.h"
#include "library/languagetag.h"
#include "library/scanner.h"
#include "library/tutoriallistmodel.h"
#include "search/querybuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>
#include <algorithm>
#include <memory>

namespace cairn::library {

namespace {

QString messageFor(const db::DbError &e, const QString &path)
{
    switch (e.kind()) {
    case db::DbError::Kind::TooNew:
        return e.message();
    case db::DbError::Kind::Busy:
        return QCoreApplication::translate(
                   "cairn::library",
                   "The library database %1 is locked by another program (is Cairn already running?).")
            .arg(QDir::toNativeSeparators(path));
    case db::DbError::Kind::Full:
        return QCoreApplication::translate("cairn::library",
                                           "The disk holding %1 is full. Free some space and start Cairn again.")
            .arg(QDir::toNativeSeparators(path));
    case db::DbError::Kind::ReadOnly:
    case db::DbError::Kind::CantOpen:
        return QCoreApplication::translate(
                   "cairn::library",
                   "Cannot open the library database %1: the folder is not writable or does not exist.")
            .arg(QDir::toNativeSeparators(path));
    default:
        return QCoreApplication::translate("cairn::library", "The library database %1 cannot be used: %2")
            .arg(QDir::toNativeSeparators(path), e.message());
    }
}

/// "Finished" once the remaining part is under 10% of the video, capped at 5 s (short tutorials count too).
bool isFinishedAt(qint64 positionMs, qint64 durationMs)
{
    if (durationMs <= 0)
        return false;
    const qint64 tail = std::min<qint64>(5000, durationMs / 10);
    return positionMs >= durationMs - tail;
}

} // namespace

struct Library::Private
{
    QString indexPath;
    QString userPath;
    QString openError;
    std::unique_ptr<db::IndexStore> store;
    TutorialListModel *model = nullptr;
    QThread *scanThread = nullptr;
    ScanWorker *worker = nullptr;
    bool scanning = false;
    bool rescanQueued = false;
    QTimer *reloadTimer = nullptr;
    FolderWatcher *watcher = nullptr;
    bool watching = false;
    Load load = Load::Now;
    // Background loads: one at a time, on the thread pool, through a read connection only they use.
    QFutureWatcher<std::optional<QList<db::TutorialRow>>> *loader = nullptr;
    std::shared_ptr<std::unique_ptr<db::IndexStore>> reader = std::make_shared<std::unique_ptr<db::IndexStore>>();
    QString loadLanguage;
    bool loadAgain = false;
    bool firstLoadPending = false; // Load::Background: until the first rows arrive
    quint64 generation = 0;     // bumped by every synchronous reload: an older background result is dropped
    quint64 loadGeneration = 0;
};

Library::Library(const QString &indexPath, QObject *parent, Load load) : QObject(parent), d(std::make_unique<Private>())
{
    d->load = load;
    qRegisterMetaType<ScanSummary>();
    d->indexPath = QFileInfo(indexPath).absoluteFilePath();
    d->userPath = core::userDataPathFor(d->indexPath);
    d->model = new TutorialListModel(this);
    // Scan batches arrive often; the model reloads at most a few times per second.
    d->reloadTimer = new QTimer(this);
    d->reloadTimer->setSingleShot(true);
    d->reloadTimer->setInterval(300);
    connect(d->reloadTimer, &QTimer::timeout, this, [this] {
        if (d->load == Load::Background)
            reloadInBackground();
        else
            reload();
    });
    d->loader = new QFutureWatcher<std::optional<QList<db::TutorialRow>>>(this);
    connect(d->loader, &QFutureWatcherBase::finished, this, [this] {
        std::optional<QList<db::TutorialRow>> result = d->loader->result();
        if (!result) {
            reload(); // the worker could not read: read here, where errors reach the user
        } else if (d->loadGeneration == d->generation) { // else newer rows or progress were shown meanwhile
            QList<db::TutorialRow> rows = std::move(*result);
            if (d->loadLanguage == d->model->interfaceLanguage())
                d->model->setOrderedRows(std::move(rows));
            else
                d->model->setRows(std::move(rows)); // the language changed meanwhile: order again
        }
        d->firstLoadPending = false;
        Q_EMIT libraryChanged();
        Q_EMIT loaded();
        if (d->loadAgain) {
            d->loadAgain = false;
            reloadInBackground();
        }
    });
    d->watcher = new FolderWatcher(this);
    connect(d->watcher, &FolderWatcher::settled, this, [this] { rescan(); });

    QString notice;
    try {
        d->store = std::make_unique<db::IndexStore>(d->indexPath, d->userPath, &notice);
    } catch (const db::DbError &e) {
        d->openError = messageFor(e, d->indexPath);
        return;
    }
    if (!notice.isEmpty())
        QTimer::singleShot(0, this, [this, notice] { Q_EMIT errorOccurred(notice); });
    if (load == Load::Background) {
        // Queued: the interface language the owner sets right after construction orders the first load.
        d->firstLoadPending = true;
        QTimer::singleShot(0, this, &Library::reloadInBackground);
    } else {
        reload();
    }
}

void Library::reloadInBackground()
{
    if (!d->store)
        return;
    if (d->loader->isRunning()) {
        d->loadAgain = true;
        return;
    }
    d->loadLanguage = d->model->interfaceLanguage();
    d->loadGeneration = d->generation;
    d->loader->setFuture(QtConcurrent::run(
        [reader = d->reader, indexPath = d->indexPath, userPath = d->userPath,
         lang = d->loadLanguage]() -> std::optional<QList<db::TutorialRow>> {
            try {
                if (!*reader)
                    *reader = std::make_unique<db::IndexStore>(indexPath, userPath, db::IndexStore::ReaderTag{});
                return TutorialListModel::ordered((*reader)->tutorials(), lang);
            } catch (const db::DbError &) {
                reader->reset(); // reopened next time
                return std::nullopt;
            }
        }));
}

void Library::supersedeBackgroundLoad()
{
    // The model was just changed directly (progress): a load that read the database before must not undo that.
    ++d->generation;
    if (d->loader->isRunning())
        d->loadAgain = true;
}

bool Library::isLoading() const
{
    return d->loader->isRunning() || d->firstLoadPending;
}

Library::~Library()
{
    d->loader->waitForFinished(); // the read connection is only ever used by one task at a time
    if (d->scanThread) {
        if (d->worker)
            d->worker->cancel();
        d->scanThread->quit();
        d->scanThread->wait();
    }
}

bool Library::isOpen() const
{
    return d->store != nullptr;
}

QString Library::openError() const
{
    return d->openError;
}

QString Library::indexPath() const
{
    return d->indexPath;
}

QStringList Library::roots() const
{
    QStringList out;
    if (!d->store)
        return out;
    try {
        for (const db::RootRecord &r : d->store->roots())
            if (!r.isSystem)
                out << r.path;
    } catch (const db::DbError &) {
    }
    return out;
}

QStringList Library::systemRoots() const
{
    return core::systemLibraryDirs();
}

bool Library::addRoot(const QString &path)
{
    if (!d->store)
        return false;
    const QFileInfo fi(path);
    if (!fi.isDir()) {
        Q_EMIT errorOccurred(
            QCoreApplication::translate("cairn::library", "%1 is not a folder.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    try {
        d->store->ensureRoot(fi.canonicalFilePath(), false);
    } catch (const db::DbError &e) {
        Q_EMIT errorOccurred(messageFor(e, d->indexPath));
        return false;
    }
    rescan();
    return true;
}

bool Library::removeRoot(const QString &path)
{
    if (!d->store)
        return false;
    try {
        const bool removed = d->store->removeRoot(path) || d->store->removeRoot(QFileInfo(path).canonicalFilePath());
        reload();
        return removed;
    } catch (const db::DbError &e) {
        Q_EMIT errorOccurred(messageFor(e, d->indexPath));
        return false;
    }
}

void Library::rescan()
{
    if (!d->store)
        return;
    if (d->scanning) {
        d->rescanQueued = true;
        return;
    }
    if (!d->scanThread) {
        d->scanThread = new QThread(this);
        d->scanThread->setObjectName(QStringLiteral("cairn-scanner"));
        d->worker = new ScanWorker(d->indexPath);
        d->worker->moveToThread(d->scanThread);
        connect(d->scanThread, &QThread::finished, d->worker, &QObject::deleteLater);
        connect(d->worker, &ScanWorker::progress, this, &Library::scanProgress);
        connect(d->worker, &ScanWorker::batchWritten, this, [this] {
            if (!d->reloadTimer->isActive())
                d->reloadTimer->start();
        });
        connect(d->worker, &ScanWorker::finished, this, [this](const ScanSummary &summary) {
            d->scanning = false;
            // A rescan that found nothing new costs the views nothing (10,000 rows take a few hundred ms).
            if (summary.changed || summary.databaseFailed || d->reloadTimer->isActive()) {
                d->reloadTimer->stop();
                reload();
            }
            if (d->watching)
                setWatching(true); // new series folders may have appeared
            Q_EMIT scanFinished(summary);
            if (d->rescanQueued) {
                d->rescanQueued = false;
                rescan();
            }
        });
        d->scanThread->start();
    }
    d->scanning = true;
    Q_EMIT scanStarted();
    QStringList userRoots = roots();
    QStringList systemRoots = core::systemLibraryDirs();
    QMetaObject::invokeMethod(
        d->worker, [worker = d->worker, userRoots, systemRoots] { worker->scan(userRoots, systemRoots); },
        Qt::QueuedConnection);
}

void Library::setWatching(bool on)
{
    d->watching = on;
    if (!on) {
        d->watcher->setFolders({});
        return;
    }
    // The roots and every folder that holds tutorials (new sub-folders appear in their parent's change).
    QStringList folders = roots() + systemRoots();
    for (int row = 0; row < d->model->rowCount(); ++row) {
        const QString dir = QFileInfo(d->model->index(row).data(PathRole).toString()).absolutePath();
        if (!folders.contains(dir))
            folders << dir;
    }
    d->watcher->setFolders(folders);
}

bool Library::isWatching() const
{
    return d->watching;
}

FolderWatcher *Library::folderWatcher() const
{
    return d->watcher;
}

void Library::cancelScan()
{
    if (d->worker)
        d->worker->cancel();
    d->rescanQueued = false;
}

bool Library::isScanning() const
{
    return d->scanning;
}

TutorialListModel *Library::tutorials() const
{
    return d->model;
}

void Library::setInterfaceLanguage(const QString &bcp47)
{
    d->model->setInterfaceLanguage(bcp47);
}

QString Library::interfaceLanguage() const
{
    return d->model->interfaceLanguage();
}

void Library::reload()
{
    if (!d->store)
        return;
    ++d->generation;
    try {
        d->model->setRows(d->store->tutorials());
        Q_EMIT libraryChanged();
    } catch (const db::DbError &e) {
        Q_EMIT errorOccurred(messageFor(e, d->indexPath));
    }
}

std::optional<playback::PlayableTutorial> Library::playable(qint64 tutorialId, const QString &uiLanguage) const
{
    if (!d->store)
        return std::nullopt;
    try {
        const auto row = d->store->tutorial(tutorialId);
        if (!row)
            return std::nullopt;
        const QString lang = uiLanguage.isEmpty() ? d->model->interfaceLanguage() : uiLanguage;
        playback::PlayableTutorial p;
        p.id = row->id;
        p.videoPath = row->path;
        p.title = pickText(row->texts, lang);
        if (p.title.isEmpty())
            p.title = row->fallbackTitle;
        p.seriesTitle = pickText(row->seriesTexts, lang);
        if (p.seriesTitle.isEmpty())
            p.seriesTitle = row->seriesName;
        if (row->seriesId) {
            const QList<qint64> order = d->store->seriesOrder(row->seriesId);
            p.positionInSeries = int(order.indexOf(row->id)) + 1;
            p.seriesLength = int(order.size());
        }
        p.durationMs = row->durationMs;
        p.videoCodec = row->videoCodec;
        p.completed = row->completed;
        p.resumePositionMs = (row->completed || isFinishedAt(row->positionMs, row->durationMs)) ? 0 : row->positionMs;
        p.missing = row->missing || !QFileInfo::exists(row->path);
        for (const db::TrackRow &t : d->store->tracks(tutorialId)) {
            if (t.cueCount == 0 && !t.error.isEmpty())
                continue; // unreadable or not a subtitle file: nothing to show
            playback::SubtitleSource s;
            s.kind = t.kind == 1 ? playback::SubtitleSource::Kind::Embedded : playback::SubtitleSource::Kind::Sidecar;
            s.language = t.lang;
            s.languageGuessed = t.langGuessed;
            s.label = t.label;
            s.forced = t.forced;
            s.sdh = t.sdh;
            s.path = t.path;
            s.streamIndex = t.streamIndex;
            p.subtitles.append(s);
        }
        std::stable_sort(p.subtitles.begin(), p.subtitles.end(),
                         [](const playback::SubtitleSource &a, const playback::SubtitleSource &b) {
                             return unLanguageRank(a.language) < unLanguageRank(b.language);
                         });
        return p;
    } catch (const db::DbError &e) {
        Q_EMIT const_cast<Library *>(this)->errorOccurred(messageFor(e, d->indexPath));
        return std::nullopt;
    }
}

static qint64 neighbour(db::IndexStore *store, TutorialListModel *model, qint64 id, int step)
{
    const int row = model->rowForId(id);
    const db::TutorialRow *r = model->rowData(row);
    if (!r || !r->seriesId)
        return 0;
    const QList<qint64> order = store->seriesOrder(r->seriesId);
    const qsizetype i = order.indexOf(id) + step;
    return (i >= 0 && i < order.size()) ? order.at(i) : 0;
}

qint64 Library::nextInSeries(qint64 tutorialId) const
{
    try {
        return d->store ? neighbour(d->store.get(), d->model, tutorialId, +1) : 0;
    } catch (const db::DbError &) {
        return 0;
    }
}

qint64 Library::previousInSeries(qint64 tutorialId) const
{
    try {
        return d->store ? neighbour(d->store.get(), d->model, tutorialId, -1) : 0;
    } catch (const db::DbError &) {
        return 0;
    }
}

void Library::saveProgress(qint64 tutorialId, qint64 positionMs, qint64 durationMs)
{
    if (!d->store)
        return;
    try {
        const db::TutorialRow *r = d->model->rowData(d->model->rowForId(tutorialId));
        std::optional<db::TutorialRow> fetched;
        if (!r) {
            fetched = d->store->tutorial(tutorialId);
            if (!fetched)
                return;
            r = &*fetched;
        }
        const qint64 duration = durationMs > 0 ? durationMs : r->durationMs;
        const bool completed = r->completed || isFinishedAt(positionMs, duration);
        d->store->saveProgress(r->fingerprint, positionMs, duration, completed, r->path);
        d->model->updateProgress(tutorialId, positionMs, completed);
        supersedeBackgroundLoad();
    } catch (const db::DbError &e) {
        Q_EMIT errorOccurred(messageFor(e, d->indexPath));
    }
}

void Library::markCompleted(qint64 tutorialId, bool completed)
{
    if (!d->store)
        return;
    try {
        const auto r = d->store->tutorial(tutorialId);
        if (!r)
            return;
        d->store->saveProgress(r->fingerprint, completed ? r->durationMs : 0, r->durationMs, completed, r->path);
        d->model->updateProgress(tutorialId, completed ? r->durationMs : 0, completed);
        supersedeBackgroundLoad();
    } catch (const db::DbError &e) {
        Q_EMIT errorOccurred(messageFor(e, d->indexPath));
    }
}

QList<SearchHit> Library::search(const QString &query, const QString &language, int limit) const
{
    QList<SearchHit> hits;
    if (!d->store)
        return hits;
    const QString expr = search::buildMatchExpression(query);
    if (expr.isEmpty())
        return hits;
    QString lang = language.isEmpty() ? QString() : normalizeLanguageTag(language);
    if (!language.isEmpty() && lang.isEmpty())
        lang = language;
    try {
        const auto add = [&](const db::CueHitRow &h) {
            SearchHit s;
            s.tutorialId = h.tutorialId;
            s.path = h.path;
            const db::TutorialRow *row = d->model->rowData(d->model->rowForId(h.tutorialId));
            s.title =
                row ? d->model->data(d->model->index(d->model->rowForId(h.tutorialId)), Qt::DisplayRole).toString()
                    : h.title;
            s.language = h.language;
            s.startMs = h.startMs;
            s.endMs = h.endMs;
            s.text = h.text;
            s.snippet = h.highlighted;
            s.rank = h.rank;
            hits.append(s);
        };
        // One title hit per tutorial: the same title often exists as the file name and in the manifest.
        QSet<qint64> titled;
        for (const db::CueHitRow &h : d->store->searchTexts(expr, lang, limit)) {
            if (!titled.contains(h.tutorialId)) {
                titled.insert(h.tutorialId);
                add(h);
            }
        }
        for (const db::CueHitRow &h : d->store->searchCues(expr, lang, std::max(0, limit - int(hits.size()))))
            add(h);
    } catch (const db::DbError &e) {
        Q_EMIT const_cast<Library *>(this)->errorOccurred(messageFor(e, d->indexPath));
    }
    return hits;
}

bool Library::relocate(qint64 tutorialId, const QString &newPath)
{
    if (!d->store)
        return false;
    const QFileInfo fi(newPath);
    if (!fi.isFile())
        return false;
    try {
        const bool ok =
            d->store->relocate(tutorialId, fi.absoluteFilePath(), fi.size(), fi.lastModified().toMSecsSinceEpoch());
        reload();
        return ok;
    } catch (const db::DbError &e) {
        Q_EMIT errorOccurred(messageFor(e, d->indexPath));
        return false;
    }
}

} // namespace cairn::library
