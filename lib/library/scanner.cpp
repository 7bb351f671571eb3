#include "library/scanner.h"

#include "core/fingerprint.h"
#include "core/paths.h"
#include "db/cueshardwriter.h"
#include "db/indexstore.h"
#include "library/languagetag.h"
#include "library/manifest.h"
#include "library/naming.h"
#include "library/sidecarmatcher.h"
#include "media/mediaprobe.h"
#include "subtitles/subtitlereader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QThread>
#include <QtConcurrent>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <numeric>
#include <optional>
#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <dirent.h>
#include <sys/stat.h>
#endif

namespace cairn::library {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

constexpr int kMaxDepth = 48;

/// What a rescan compares: a file's size and modification time (ms since the epoch, UTC).
struct FileStamp
{
    qint64 size = -1;
    qint64 mtimeMs = 0;
    bool operator==(const FileStamp &) const = default;
};

#if defined(Q_OS_UNIX)
FileStamp stampFrom(const struct stat &st)
{
#if defined(Q_OS_DARWIN)
    const timespec &t = st.st_mtimespec;
#else
    const timespec &t = st.st_mtim;
#endif
    return FileStamp{qint64(st.st_size), qint64(t.tv_sec) * 1000 + qint64(t.tv_nsec) / 1000000};
}
#endif

/// One stat() per file. QFileInfo::lastModified() builds a local-time QDateTime, and the time-zone lookup behind
/// it (glibc re-reads /etc/localtime on each call) cost more than the stat itself.
std::optional<FileStamp> stampOf(const QString &path)
{
#if defined(Q_OS_UNIX)
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return stampFrom(st);
#else
    std::error_code ec;
    const std::filesystem::path p(path.toStdU16String());
    const auto size = std::filesystem::file_size(p, ec);
    if (ec)
        return std::nullopt;
    const auto t = std::filesystem::last_write_time(p, ec);
    if (ec)
        return std::nullopt;
    return FileStamp{qint64(size), std::chrono::duration_cast<std::chrono::milliseconds>(
                                       std::chrono::file_clock::to_sys(t).time_since_epoch())
                                       .count()};
#endif
}

/// One folder's videos and the subtitle files that may belong to them, with the stamps the walk read.
struct FolderWork
{
    QString folder;
    QStringList videos;
    QStringList subtitleCandidates;
    QList<FileStamp> candidateStamps;        ///< in the order of subtitleCandidates
    QHash<QString, FileStamp> videoStamps;   ///< by path
    std::optional<FileStamp> manifest;  ///< of cairn.json, when the folder has one
};

/// "dir" + "/" + "name", without doubling the separator of a drive or file-system root ("E:/", "/").
QByteArray joinPath(const QByteArray &dir, const char *name)
{
    return dir.endsWith('/') ? QByteArray(dir + name) : QByteArray(dir + '/' + name);
}
QString joinPath(const QString &dir, const QString &name)
{
    return dir.endsWith(QLatin1Char('/')) ? QString(dir + name) : QString(dir + QLatin1Char('/') + name);
}

/// "Name.mp4" → "mp4" (lower case), "" without a dot.
QString lowerSuffix(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : name.mid(dot + 1).toLower();
}

enum class FileKind { Other, Video, Subtitle, Manifest };

FileKind kindOf(const QString &name)
{
    const QString suffix = lowerSuffix(name);
    if (subtitleExtensions().contains(suffix))
        return FileKind::Subtitle; // the most common files in a tutorial folder: checked first
    if (videoExtensions().contains(suffix))
        return FileKind::Video;
    if (name == QLatin1String(kManifestFileName))
        return FileKind::Manifest;
    return FileKind::Other;
}

/// A folder entry as the walk needs it: its name, whether it is a folder (followed through symlinks), and for
/// the files a scan looks at, their stamp.
struct DirEntry
{
    QString name;
    bool isDir = false;
    bool isSymLink = false;
    FileKind kind = FileKind::Other;
    std::optional<FileStamp> stamp; ///< videos, subtitles and manifests only
};


enum class ListResult { Ok, Denied, Gone };

/// The visible entries of `dirPath` (names starting with '.' are hidden, as in QDir's default). On Unix this
/// is readdir() with the entry type it already returns: no stat() per entry, no QFileInfo per entry — the
/// walk then stats only the videos and subtitles, once. Elsewhere QDir does the same job.
ListResult listDirectory(const QString &dirPath, QList<DirEntry> &out, int *undecodable = nullptr)
{
#if defined(Q_OS_UNIX)
    const QByteArray encoded = QFile::encodeName(dirPath);
    DIR *dir = ::opendir(encoded.constData());
    if (!dir)
        return errno == EACCES || errno == EPERM ? ListResult::Denied : ListResult::Gone;
    while (const dirent *d = ::readdir(dir)) {
        if (d->d_name[0] == '.')
            continue; // ".", ".." and hidden entries
        DirEntry e;
        e.name = QFile::decodeName(d->d_name);
        const QByteArrayView raw(d->d_name);
        if (!std::all_of(raw.begin(), raw.end(), [](char c) { return uchar(c) < 0x80; }) &&
            QFile::encodeName(e.name) != raw) {
            // Not UTF-8 (an archive made on an old Windows, a camera): Qt cannot name it back to the file system.
            if (undecodable)
                ++*undecodable;
            continue;
        }
        unsigned char type = d->d_type;
        struct stat st;
        bool haveStat = false;
        if (type == DT_LNK || type == DT_UNKNOWN) {
            // Some file systems (NFS, some FUSE, old XFS) report no type: ask lstat() whether it is a link, so a
            // symlinked folder is always resolved for the loop check.
            const QByteArray full = joinPath(encoded, d->d_name);
            if (type == DT_UNKNOWN) {
                if (::lstat(full.constData(), &st) != 0)
                    continue;
                e.isSymLink = S_ISLNK(st.st_mode);
            } else {
                e.isSymLink = true;
            }
            if (e.isSymLink && ::stat(full.constData(), &st) != 0)
                continue; // a dangling link
            haveStat = true;
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
        }
        if (type != DT_DIR && type != DT_REG)
            continue; // devices, sockets, pipes
        e.isDir = type == DT_DIR;
        if (!e.isDir) {
            // The one stat() a rescan makes per file it cares about, relative to the open folder: no path to build.
            e.kind = kindOf(e.name);
            if (e.kind != FileKind::Other) {
                if (!haveStat && ::fstatat(::dirfd(dir), d->d_name, &st, 0) != 0)
                    continue; // gone between readdir and stat
                e.stamp = stampFrom(st);
            }
        }
        out.append(std::move(e));
    }
    ::closedir(dir);
    return ListResult::Ok;
#else
    const QFileInfo info(dirPath);
    if (!info.exists())
        return ListResult::Gone;
    if (!info.isReadable())
        return ListResult::Denied;
    const QFileInfoList entries = QDir(dirPath).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                                                              QDir::NoSort);
    for (const QFileInfo &fi : entries) {
        DirEntry e{fi.fileName(), fi.isDir(), fi.isSymLink() || fi.isJunction()};
        if (!e.isDir) {
            e.kind = kindOf(e.name);
            if (e.kind != FileKind::Other && !(e.stamp = stampOf(fi.filePath())))
                continue;
        }
        out.append(std::move(e));
    }
    return ListResult::Ok;
#endif
}

class Walker
{
public:
    Walker(const std::atomic_bool *cancel, QStringList &messages) : m_cancel(cancel), m_messages(messages) {}

    QList<FolderWork> walk(const QString &root)
    {
        QList<FolderWork> out;
        visit(root, QFileInfo(root).canonicalFilePath(), 0, out);
        return out;
    }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    void collectSubtitles(const QString &dir, FolderWork &into, int depth)
    {
        if (depth > 4)
            return;
        QList<DirEntry> entries;
        if (listDirectory(dir, entries) != ListResult::Ok)
            return;
        for (const DirEntry &e : std::as_const(entries)) {
            const QString path = joinPath(dir, e.name);
            if (e.isDir) {
                if (!e.isSymLink)
                    collectSubtitles(path, into, depth + 1);
            } else if (e.kind == FileKind::Subtitle) {
                addSubtitle(path, *e.stamp, into);
            }
        }
    }

    /// `canonical` is the folder's real path (symlinks resolved): it tells a symlink loop from a new folder.
    void visit(const QString &dirPath, const QString &canonical, int depth, QList<FolderWork> &out)
    {
        if (cancelled() || depth > kMaxDepth)
            return;
        if (canonical.isEmpty() || m_visited.contains(canonical))
            return; // vanished, or a symlink loop back to a folder we have seen
        m_visited.insert(canonical);
        QList<DirEntry> entries;
        int undecodable = 0;
        const ListResult listed = listDirectory(dirPath, entries, &undecodable);
        if (undecodable > 0)
            m_messages << QCoreApplication::translate("cairn::library",
                                                      "%Ln name(s) in %1 are not valid UTF-8 (an archive from an older "
                                                      "system?) and were skipped. Rename them to add them.",
                                                      nullptr, undecodable)
                              .arg(native(dirPath));
        if (listed == ListResult::Denied)
            m_messages << QCoreApplication::translate("cairn::library", "Cannot read the folder %1: permission denied. It was skipped.").arg(native(dirPath));
        if (listed != ListResult::Ok)
            return;
        FolderWork work;
        work.folder = dirPath;
        QList<std::pair<QString, QString>> subdirs; // path, canonical path
        for (const DirEntry &e : std::as_const(entries)) {
            const QString &name = e.name;
            const QString path = joinPath(dirPath, name);
            if (e.isDir) {
                if (name.startsWith(QLatin1Char('.')) || name == QLatin1String("$RECYCLE.BIN") ||
                    name == QLatin1String("System Volume Information"))
                    continue;
                if (isSubtitleFolderName(name)) {
                    collectSubtitles(path, work, 0);
                    continue;
                }
                // A folder named after a language ("ar", "Français") beside the videos holds their subtitles;
                // it may hold videos of its own too, so it is walked as well.
                const QString lang = normalizeLanguageTag(name);
                if (!lang.isEmpty() && isKnownLanguage(lang))
                    collectSubtitles(path, work, 2);
                // Resolving a real path costs a readlink() per path component: only symlinks need it.
                subdirs.append({path, e.isSymLink ? QFileInfo(path).canonicalFilePath()
                                                  : joinPath(canonical, name)});
                continue;
            }
            if (name.startsWith(QLatin1String("._")))
                continue; // macOS resource forks on FAT/exFAT sticks
            switch (e.kind) {
            case FileKind::Video:
                addVideo(path, *e.stamp, work);
                break;
            case FileKind::Subtitle:
                addSubtitle(path, *e.stamp, work);
                break;
            case FileKind::Manifest:
                work.manifest = e.stamp;
                break;
            case FileKind::Other:
                break;
            }
        }
        if (!work.videos.isEmpty())
            out << work;
        std::sort(subdirs.begin(), subdirs.end(), [](const auto &a, const auto &b) { return naturalLess(a.first, b.first); });
        for (const auto &[sub, subCanonical] : std::as_const(subdirs))
            visit(sub, subCanonical, depth + 1, out);
    }

    /// Lists `path` with the stamp the listing read: that one stat per file is all a rescan of an unchanged file
    /// costs.
    static void addVideo(const QString &path, const FileStamp &stamp, FolderWork &work)
    {
        work.videos << path;
        work.videoStamps.insert(path, stamp);
    }
    static void addSubtitle(const QString &path, const FileStamp &stamp, FolderWork &work)
    {
        work.subtitleCandidates << path;
        work.candidateStamps << stamp;
    }

    const std::atomic_bool *m_cancel;
    QStringList &m_messages;
    QSet<QString> m_visited;
};

/// A video to look at, with everything the parallel step needs (no database access there).
struct Job
{
    qint64 rootId = 0;
    qint64 seriesId = 0;
    int sortKey = 0;
    QString path;
    QStringList siblings;
    QStringList candidates;
    FileStamp stamp;         ///< the video's, as the walk saw it
    QString folderSignature; ///< see folderSignature()
    std::optional<ManifestTutorial> manifestEntry;
    std::optional<db::KnownFile> known;
};

struct Prepared
{
    enum class Outcome { Write, Unchanged, Vanished };
    Outcome outcome = Outcome::Write;
    Job job;
    db::TutorialRecord record;
};

/// What a tutorial's subtitles depend on: every subtitle candidate of its folder (name, size, time), the folder's
/// videos (a sibling added or renamed can change which sidecar belongs to whom) and the manifest. Computed once
/// per folder, so a rescan decides "unchanged" without matching sidecars per video (that matching was a quarter
/// of a rescan's CPU). The price: one changed subtitle re-reads the whole folder's tutorials, not just one.
QString folderSignature(const FolderWork &folder, const QString &manifestSignature)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    std::vector<qsizetype> order(size_t(folder.subtitleCandidates.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return folder.subtitleCandidates.at(a) < folder.subtitleCandidates.at(b);
    });
    for (const qsizetype i : order) {
        const QString &c = folder.subtitleCandidates.at(i);
        const FileStamp &st = folder.candidateStamps.at(i);
        h.addData(c.toUtf8());
        h.addData(QByteArray(QByteArray::number(st.size) + '|' + QByteArray::number(st.mtimeMs) + '\n'));
    }
    for (const QString &v : folder.videos) {
        h.addData(v.toUtf8());
        h.addData(QByteArrayView("\n"));
    }
    h.addData(manifestSignature.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

QString joinedText(const QList<subtitles::Cue> &cues)
{
    QString all;
    for (const subtitles::Cue &c : cues) {
        all += c.text;
        all += QLatin1Char('\n');
        if (all.size() > 20000)
            break;
    }
    return all;
}

void guessIfUnknown(db::TrackRecord &t)
{
    if (!t.lang.isEmpty() || t.cues.isEmpty())
        return;
    const LanguageGuess g = guessLanguageFromText(joinedText(t.cues));
    if (!g.tag.isEmpty()) {
        t.lang = g.tag;
        t.langGuessed = true;
    }
}

Prepared prepare(const Job &job, const ScanOptions &options)
{
    Prepared p;
    p.job = job;
    const QString &signature = job.folderSignature;
    // The walk stat'ed the file moments ago: an unchanged file costs nothing more.
    if (job.known && job.known->size == job.stamp.size && job.known->mtimeMs == job.stamp.mtimeMs &&
        job.known->subsSignature == signature) {
        p.outcome = Prepared::Outcome::Unchanged;
        return p;
    }
    const QFileInfo fi(job.path);
    const std::optional<FileStamp> now = stampOf(job.path);
    if (!now) {
        p.outcome = Prepared::Outcome::Vanished;
        return p;
    }
    const qint64 size = now->size;
    const qint64 mtime = now->mtimeMs;

    const QList<SidecarMatch> sidecars = matchSidecars(job.path, job.candidates, job.siblings);
    db::TutorialRecord &r = p.record;
    r.rootId = job.rootId;
    r.seriesId = job.seriesId;
    r.sortKey = job.sortKey;
    r.path = job.path;
    r.size = size;
    r.mtimeMs = mtime;
    r.subsSignature = signature;
    r.fingerprint = core::contentFingerprint(job.path);
    if (r.fingerprint.isEmpty()) {
        if (!QFileInfo::exists(job.path)) {
            p.outcome = Prepared::Outcome::Vanished;
            return p;
        }
        r.fingerprint = QStringLiteral("path:") + job.path; // unreadable file: still listed, with its error
    }

    const media::ProbeResult probe = media::probeMedia(job.path);
    if (probe.error == media::ProbeResult::Error::NotFound) {
        p.outcome = Prepared::Outcome::Vanished;
        return p;
    }
    r.durationMs = probe.durationMs;
    r.width = probe.width;
    r.height = probe.height;
    r.container = probe.container;
    r.videoCodec = probe.videoCodec;
    r.audioCodec = probe.audioCodec;
    if (!probe.ok())
        r.probeError = probe.errorText;

    r.title = titleFromFileName(fi.fileName());
    r.texts.append({QString(), r.title, QString()});
    if (job.manifestEntry) {
        QSet<QString> langs;
        for (auto it = job.manifestEntry->title.constBegin(); it != job.manifestEntry->title.constEnd(); ++it)
            langs.insert(it.key());
        for (auto it = job.manifestEntry->description.constBegin(); it != job.manifestEntry->description.constEnd();
             ++it)
            langs.insert(it.key());
        for (const QString &lang : std::as_const(langs))
            r.texts.append({lang, job.manifestEntry->title.value(lang), job.manifestEntry->description.value(lang)});
    }

    for (const SidecarMatch &m : sidecars) {
        db::TrackRecord t;
        t.kind = 0;
        t.path = m.path;
        t.lang = m.language;
        t.label = m.label;
        t.forced = m.forced;
        t.sdh = m.sdh;
        const subtitles::ParseResult parsed = subtitles::parseSubtitleFile(m.path);
        t.format = subtitles::formatName(parsed.format);
        t.encoding = parsed.encoding;
        if (!parsed.ok)
            t.error = parsed.error;
        t.cues = parsed.cues;
        t.tokenEstimate = db::cueTokenEstimate(t.cues);
        guessIfUnknown(t);
        r.tracks.append(t);
    }

    bool hasTextSubs = false;
    for (const media::StreamInfo &s : probe.streams)
        hasTextSubs |= s.kind == media::StreamInfo::Kind::Subtitle && s.textBased;
    if (hasTextSubs) {
        const QList<media::EmbeddedSubtitles> embedded = media::extractTextSubtitles(job.path);
        for (const media::EmbeddedSubtitles &e : embedded) {
            db::TrackRecord t;
            t.kind = 1;
            t.path = job.path;
            t.streamIndex = e.streamIndex;
            for (const media::StreamInfo &s : probe.streams) {
                if (s.index != e.streamIndex)
                    continue;
                t.lang = normalizeLanguageTag(s.language);
                if (t.lang.isEmpty())
                    t.lang = normalizeLanguageTag(s.title);
                t.label = s.title;
                t.forced = s.forced;
                t.sdh = s.hearingImpaired;
                t.format = s.codec;
            }
            t.error = e.error;
            t.cues = e.cues;
            t.tokenEstimate = db::cueTokenEstimate(t.cues);
            guessIfUnknown(t);
            r.tracks.append(t);
        }
    }

    if (options.thumbnails && probe.ok() && probe.hasVideo()) {
        const QString thumb = QDir(options.thumbnailDir).filePath(r.fingerprint + QStringLiteral(".jpg"));
        if (QFileInfo::exists(thumb) || media::writeThumbnail(job.path, thumb, 320))
            r.thumbnail = thumb;
    }
    return p;
}

} // namespace

Scanner::Scanner(db::IndexStore &store, ScanOptions options) : m_store(store), m_options(std::move(options))
{
    if (m_options.thumbnailDir.isEmpty())
        m_options.thumbnailDir = core::thumbnailCacheDir();
    QDir().mkpath(m_options.thumbnailDir);
    m_options.batchSize = std::max(1, m_options.batchSize);
}

ScanSummary Scanner::run(const QList<ScanRoot> &roots, const std::atomic_bool *cancel, const ProgressFn &progress,
                         const BatchFn &batchWritten)
{
    ScanSummary summary;
    QElapsedTimer timer;
    timer.start();
    auto cancelled = [&] { return cancel && cancel->load(); };

    try {
        // The scan writes through a connection to the index alone: a write transaction locks every attached
        // file, and the companion file must stay free for the second cue writer (see IndexStore's constructor).
        std::unique_ptr<db::IndexStore> ownStore;
        if (!m_store.writesAlone())
            ownStore = std::make_unique<db::IndexStore>(m_store.indexPath(), QString());
        db::IndexStore &store = ownStore ? *ownStore : m_store;
        // One scan of an index at a time (the player's and a cairn-cli's, say): each scan's garbage collection
        // and "companion pending" mark assume no other scan is writing the companion file. SQLite's own locks
        // alone would let two scans interleave their commit groups. Never stale while its process runs (a
        // 10,000-tutorial scan takes minutes); a crashed scan's lock is taken over.
        QLockFile scanLock(store.indexPath() + QStringLiteral(".scan-lock"));
        scanLock.setStaleLockTime(0);
        if (!scanLock.tryLock(5000) && scanLock.error() == QLockFile::LockFailedError)
            throw db::DbError(db::DbError::Kind::Busy, 5, QStringLiteral("another scan is running"));
        // The second writer (odd tracks' cues, in the companion file, on its own thread): started by the first
        // batch that writes something, so a rescan with nothing changed never opens it.
        std::unique_ptr<db::CueShardWriter> companion;
        // Cues in the companion file of tracks deleted from the index (re-read, moved, removed folders), and of
        // tracks a stopped scan wrote there but never committed to the index (ids above every id in use):
        // foreign keys cannot reach into another file, so they are removed here. Done when the writer starts,
        // before any track id is given out again, and when the scan ends.
        // removeTracks() waits for every commit queued before it, so the index's "companion pending" mark can go.
        auto collectGarbage = [&] {
            const QList<qint64> dropped = store.droppedTracks();
            companion->removeTracks(dropped, store.maxTrackId());
            db::Transaction tx(store.db());
            store.forgetDroppedTracks(dropped);
            store.setCompanionPending(false);
            tx.commit();
        };
        auto companionWriter = [&]() -> db::CueShardWriter & {
            if (!companion) {
                companion = std::make_unique<db::CueShardWriter>(db::CueShardWriter::pathFor(store.indexPath()),
                                                                 m_options.cueWriterBacklog);
                collectGarbage();
            }
            return *companion;
        };

        // A scan that stopped after committing the index but before the companion committed the same cues: the
        // tutorials whose cues were lost are read again (their subtitle signature is cleared).
        store.recoverCompanion();

        // Walk everything first: it is cheap, and it gives the progress a total.
        struct RootWork
        {
            ScanRoot root;
            qint64 rootId = 0;
            bool available = false;
            QList<FolderWork> folders;
        };
        QList<RootWork> work;
        int total = 0;
        for (const ScanRoot &root : roots) {
            RootWork rw;
            rw.root = root;
            const QFileInfo fi(root.path);
            rw.rootId = store.ensureRoot(fi.exists() ? fi.canonicalFilePath() : root.path, root.isSystem);
            rw.available = fi.isDir();
            if (!rw.available) {
                summary.messages << QCoreApplication::translate("cairn::library", "The folder %1 is not available (a drive unplugged?). Its tutorials are kept "
                                       "and marked missing until it is back.")
                                        .arg(native(root.path));
            } else {
                Walker walker(cancel, summary.messages);
                rw.folders = walker.walk(fi.canonicalFilePath());
                for (const FolderWork &f : std::as_const(rw.folders))
                    total += int(f.videos.size());
            }
            work << rw;
        }

        int done = 0;
        // Files new to the index, across all roots: a folder moved from one root to another is only known to
        // be a move once every root has said what went missing (roots are scanned one after the other).
        QStringList newFingerprints;
        for (RootWork &rw : work) {
            QHash<QString, db::KnownFile> known = store.knownFiles(rw.rootId);
            QSet<QString> seen;
            QList<Job> jobs;
            // One transaction for every folder's series row: in autocommit each upsert was its own commit, which
            // made a rescan with nothing changed several times slower than walking the tree (bench: rescan).
            db::Transaction seriesTx(store.db());
            for (FolderWork &folder : rw.folders) {
                std::sort(folder.videos.begin(), folder.videos.end(), naturalLess);
                const QString manifestSignature =
                    folder.manifest ? QString::number(folder.manifest->size) + QLatin1Char('|') +
                                          QString::number(folder.manifest->mtimeMs)
                                    : QString();
                const QString signature = folderSignature(folder, manifestSignature);
                // A folder whose videos, subtitles and manifest are all as indexed needs nothing more: no manifest
                // to read, no series row, no job for the thread pool (the common case of a rescan).
                const bool folderUnchanged =
                    std::all_of(folder.videos.cbegin(), folder.videos.cend(), [&](const QString &v) {
                        const auto k = known.constFind(v);
                        const FileStamp stamp = folder.videoStamps.value(v);
                        return k != known.constEnd() && !k->missing && k->size == stamp.size &&
                               k->mtimeMs == stamp.mtimeMs && k->subsSignature == signature;
                    });
                if (folderUnchanged) {
                    for (const QString &v : std::as_const(folder.videos))
                        seen.insert(v);
                    const int n = int(folder.videos.size());
                    done += n;
                    summary.videosSeen += n;
                    summary.unchanged += n;
                    if (progress && n > 0)
                        progress(done, total, folder.videos.constLast());
                    continue;
                }
                Manifest manifest;
                if (folder.manifest) {
                    manifest = readManifest(folder.folder);
                    if (!manifest.valid)
                        summary.messages << manifest.error;
                }
                // Play order: the manifest's list first, then the remaining videos in natural order.
                QStringList ordered;
                QHash<QString, ManifestTutorial> entries;
                for (const ManifestTutorial &t : std::as_const(manifest.tutorials)) {
                    const QString abs = QDir(folder.folder).absoluteFilePath(t.file);
                    if (folder.videos.contains(abs) && !ordered.contains(abs)) {
                        ordered << abs;
                        entries.insert(abs, t);
                    }
                }
                for (const QString &v : std::as_const(folder.videos))
                    if (!ordered.contains(v))
                        ordered << v;

                QList<db::TextRecord> seriesTexts;
                QSet<QString> langs;
                for (auto it = manifest.seriesTitle.constBegin(); it != manifest.seriesTitle.constEnd(); ++it)
                    langs.insert(it.key());
                for (auto it = manifest.seriesDescription.constBegin(); it != manifest.seriesDescription.constEnd(); ++it)
                    langs.insert(it.key());
                for (const QString &l : std::as_const(langs))
                    seriesTexts.append({l, manifest.seriesTitle.value(l), manifest.seriesDescription.value(l)});
                const QString seriesName = manifest.seriesTitle.value(QStringLiteral("en"),
                                                                      QFileInfo(folder.folder).fileName());
                const qint64 seriesId =
                    store.upsertSeries(rw.rootId, folder.folder, seriesName.isEmpty() ? folder.folder : seriesName,
                                         manifest.seriesId, seriesTexts);
                for (qsizetype i = 0; i < ordered.size(); ++i) {
                    Job job;
                    job.rootId = rw.rootId;
                    job.seriesId = seriesId;
                    job.sortKey = int(i + 1);
                    job.path = ordered.at(i);
                    job.siblings = folder.videos;
                    job.siblings.removeOne(job.path);
                    job.candidates = folder.subtitleCandidates;
                    job.stamp = folder.videoStamps.value(job.path);
                    job.folderSignature = signature;
                    if (entries.contains(job.path))
                        job.manifestEntry = entries.value(job.path);
                    const auto k = known.constFind(job.path);
                    if (k != known.constEnd())
                        job.known = *k;
                    seen.insert(job.path);
                    jobs << job;
                }
            }

            seriesTx.commit();

            // Parse a batch on the thread pool while the previous one is written: both cores stay busy.
            const ScanOptions options = m_options;
            auto startBatch = [&](qsizetype from, qsizetype count) {
                const QList<Job> batch = jobs.mid(from, count);
                return QtConcurrent::mapped(batch, [options](const Job &j) { return prepare(j, options); });
            };
            qsizetype next = 0;
            qsizetype batchSize = m_options.batchSize;
            QFuture<Prepared> pending;
            if (!jobs.isEmpty()) {
                pending = startBatch(0, batchSize);
                next = batchSize;
            }
            // Batches are committed in groups: FTS5 sorts and writes out its in-memory terms and merges segments at
            // every commit, work that grows with the vocabulary rather than with the text, so fewer, larger
            // commits cost less. A group ends after kGroupTutorials written tutorials or kGroupMs, whichever comes
            // first, so that the library view still fills in as the scan goes; the parsed batches themselves are
            // freed as soon as they are written, so memory does not grow with the group.
            constexpr int kGroupTutorials = 128;
            constexpr qint64 kGroupMs = 3000;
            std::optional<db::Transaction> group;
            QElapsedTimer groupAge;
            int groupWritten = 0;
            bool groupWrites = false;
            bool groupChanged = false; // the views reload only after commits that changed something
            while (pending.isValid() && !jobs.isEmpty()) {
                pending.waitForFinished();
                const QList<Prepared> ready = pending.results();
                pending = {};
                // Unchanged files cost a few stats each; what costs on a rescan is the hand-off to the pool and
                // back per batch (milliseconds each on a busy machine). While nothing changes, batches grow.
                const bool allUnchanged = std::all_of(ready.cbegin(), ready.cend(), [](const Prepared &p) {
                    return p.outcome == Prepared::Outcome::Unchanged;
                });
                batchSize = allUnchanged ? std::min<qsizetype>(batchSize * 4, 1024) : m_options.batchSize;
                if (!cancelled() && next < jobs.size()) {
                    pending = startBatch(next, batchSize);
                    next += batchSize;
                }
                const bool writes = std::any_of(ready.cbegin(), ready.cend(), [](const Prepared &p) {
                    return p.outcome == Prepared::Outcome::Write;
                });
                if (writes && !companion && group) { // the writer starts with its own transactions: end this one
                    group->commit();
                    group.reset();
                }
                if (writes && !groupWrites) {
                    companionWriter().begin();
                    groupWrites = true;
                }
                if (!group) {
                    group.emplace(store.db());
                    groupAge.start();
                }
                for (const Prepared &p : ready) {
                    ++done;
                    ++summary.videosSeen;
                    switch (p.outcome) {
                    case Prepared::Outcome::Vanished:
                        if (p.job.known && !p.job.known->missing) {
                            store.setMissing(p.job.known->id, true);
                            ++summary.missing;
                            groupChanged = true;
                        }
                        break;
                    case Prepared::Outcome::Unchanged:
                        ++summary.unchanged;
                        if (p.job.known->missing) {
                            store.setMissing(p.job.known->id, false);
                            groupChanged = true;
                        }
                        if (p.job.known->sortKey != p.job.sortKey || p.job.known->seriesId != p.job.seriesId) {
                            store.setSortKey(p.job.known->id, p.job.seriesId, p.job.sortKey);
                            groupChanged = true;
                        }
                        break;
                    case Prepared::Outcome::Write:
                        groupChanged = true;
                        ++groupWritten;
                        store.writeTutorial(p.record, *companion);
                        if (p.job.known) {
                            ++summary.updated;
                        } else {
                            ++summary.added;
                            newFingerprints << p.record.fingerprint;
                        }
                        if (!p.record.probeError.isEmpty()) {
                            ++summary.errors;
                            summary.messages << QCoreApplication::translate("cairn::library", "%1: %2").arg(native(p.job.path), p.record.probeError);
                        }
                        break;
                    }
                    if (progress)
                        progress(done, total, p.job.path);
                }
                const bool last = !pending.isValid();
                if (last || cancelled() || groupWritten >= kGroupTutorials || groupAge.elapsed() >= kGroupMs) {
                    // The index does not wait for the companion: its writer commits when it has written what it
                    // was given, while this thread commits the index and goes on with the next group. Until the
                    // scan ends, the index carries a mark that the companion may be behind (see recoverCompanion).
                    if (groupWrites) {
                        companion->commitLater();
                        store.setCompanionPending(true);
                        store.flushFullText();
                    }
                    group->commit();
                    if (companion)
                        companion->checkError();
                    group.reset();
                    summary.changed |= groupChanged;
                    if (batchWritten && groupChanged)
                        batchWritten();
                    groupWritten = 0;
                    groupWrites = groupChanged = false;
                }
                if (cancelled() && !pending.isValid())
                    break;
            }
            if (cancelled()) {
                summary.cancelled = true;
                break;
            }

            // What was indexed before and is gone now: missing, never deleted (progress must come back).
            db::Transaction tx(store.db());
            bool rootChanged = false;
            for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
                if (seen.contains(it.key()))
                    continue;
                if (!QFileInfo::exists(it.key())) {
                    if (!it->missing) {
                        store.setMissing(it->id, true);
                        ++summary.missing;
                        rootChanged = true;
                    }
                } else if (it->missing) {
                    store.setMissing(it->id, false);
                    rootChanged = true;
                }
            }
            if (rw.available)
                store.touchRootScanned(rw.rootId);
            tx.commit();
            summary.changed |= rootChanged;
            if (batchWritten && rootChanged)
                batchWritten();
        }
        if (!summary.cancelled) {
            // A missing tutorial whose content turned up as a new file was moved or renamed: the new entry
            // replaces it (progress is keyed by content, so it follows).
            db::Transaction tx(store.db());
            const int moved = store.dropMovedDuplicates(newFingerprints);
            summary.missing = std::max(0, summary.missing - moved);
            store.dropEmptySeries();
            tx.commit();
            summary.changed |= moved > 0;
            if (batchWritten && moved > 0)
                batchWritten();
        }
        if (companion)
            collectGarbage();
        else if (!store.droppedTracks().isEmpty())
            companionWriter(); // collects as it starts
    } catch (const db::DbError &e) {
        ++summary.errors;
        summary.databaseFailed = true;
        if (e.kind() == db::DbError::Kind::Full)
            summary.messages << QCoreApplication::translate("cairn::library", "The disk is full: the scan stopped. What was indexed so far is kept; free some "
                                   "space and rescan.");
        else if (e.kind() == db::DbError::Kind::Busy)
            summary.messages << QCoreApplication::translate("cairn::library", "The library database is busy (another Cairn is writing to it). Try again.");
        else
            summary.messages << QCoreApplication::translate("cairn::library", "The library database failed: %1").arg(e.message());
    }
    summary.elapsedMs = timer.elapsed();
    return summary;
}

ScanWorker::ScanWorker(const QString &indexPath, ScanOptions options)
    : m_indexPath(indexPath), m_options(std::move(options))
{
}

ScanWorker::~ScanWorker() = default;

void ScanWorker::scan(const QStringList &userRoots, const QStringList &systemRoots)
{
    m_cancel = false;
    QThread::currentThread()->setPriority(QThread::LowPriority);
    ScanSummary summary;
    try {
        db::IndexStore store(m_indexPath, QString()); // the index alone: see IndexStore's constructor
        QList<ScanRoot> roots;
        for (const QString &r : systemRoots)
            roots.append({r, true});
        for (const QString &r : userRoots)
            roots.append({r, false});
        Scanner scanner(store, m_options);
        summary = scanner.run(
            roots, &m_cancel, [this](int done, int total, const QString &path) { Q_EMIT progress(done, total, path); },
            [this] { Q_EMIT batchWritten(); });
    } catch (const db::DbError &e) {
        summary.errors = 1;
        summary.databaseFailed = true;
        summary.messages << e.message();
    }
    Q_EMIT finished(summary);
}

} // namespace cairn::library
