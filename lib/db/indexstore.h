#pragma once
// Cairn's database: the index (rebuildable from disk) with the user's own data attached as schema "user".
// The index is two files: "<index>" and its companion "<index>-cues2", which holds the cues of odd-numbered
// subtitle tracks so that a scan can write cues through two connections on two cores (CueShardWriter). Readers
// attach the companion as schema "cues2" and search both.
// One IndexStore per thread: the scanner's worker has its own, the GUI thread has its own (WAL lets them
// read and write side by side). All SQL of the library lives here and in indexqueries.cpp.
#include "db/database.h"
#include "subtitles/cue.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace cairn::db {

class CueShardWriter;

struct RootRecord
{
    qint64 id = 0;
    QString path;
    bool isSystem = false;
};

struct TextRecord
{
    QString lang; ///< BCP 47, '' for the title taken from the file name
    QString title;
    QString description;
};

struct TrackRecord
{
    int kind = 0; ///< 0 sidecar, 1 embedded
    QString path;
    int streamIndex = -1;
    QString lang;
    bool langGuessed = false;
    QString label;
    bool forced = false;
    bool sdh = false;
    QString format;
    QString encoding;
    QString error;
    QList<subtitles::Cue> cues;
    /// About how many search tokens the cues make (cueTokenEstimate): what indexing them costs. The scan fills
    /// it on the thread pool; writeTutorial uses it to share the work between the two cue writers.
    qint64 tokenEstimate = -1;
};

/// A quick estimate of the tokens Cairn's tokenizer makes of `cues`: a word per space, a token per Han or kana
/// character (indexed as overlapping pairs). Used to balance the two cue writers, not for anything users see.
qint64 cueTokenEstimate(const QList<subtitles::Cue> &cues);

struct TutorialRecord
{
    qint64 rootId = 0;
    qint64 seriesId = 0; ///< 0: none
    QString path;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    QString fingerprint;
    int sortKey = 0;
    QString title;
    qint64 durationMs = 0;
    int width = 0, height = 0;
    QString container, videoCodec, audioCodec;
    QString thumbnail;
    QString probeError;
    QString subsSignature;
    QList<TextRecord> texts;
    QList<TrackRecord> tracks;
};

/// What a rescan needs to know to skip unchanged files.
struct KnownFile
{
    qint64 id = 0;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    QString subsSignature;
    bool missing = false;
    int sortKey = 0;
    qint64 seriesId = 0;
};

struct TutorialRow
{
    qint64 id = 0;
    QString path;
    QString fallbackTitle;
    QHash<QString, TextRecord> texts; ///< by language
    qint64 seriesId = 0;
    QString seriesName;
    QHash<QString, TextRecord> seriesTexts;
    int sortKey = 0;
    qint64 durationMs = 0;
    int width = 0, height = 0;
    QString videoCodec; ///< FFmpeg's name from the probe, empty when the probe found no video
    bool missing = false;
    QString thumbnail;
    QString probeError;
    QString fingerprint;
    QStringList languages; ///< subtitle languages, as stored
    qint64 positionMs = 0;
    bool completed = false;
    bool watched = false;
    QDateTime lastWatched;
};

struct TrackRow
{
    qint64 id = 0;
    int kind = 0;
    QString path;
    int streamIndex = -1;
    QString lang;
    bool langGuessed = false;
    QString label;
    bool forced = false, sdh = false;
    QString format, encoding, error;
    int cueCount = 0;
};

struct CueHitRow
{
    qint64 tutorialId = 0;
    QString path;
    QString title;
    QString language;
    qint64 startMs = -1, endMs = -1;
    QString text;
    QString highlighted; ///< hits between \x02 and \x03
    double rank = 0; ///< lower is better (bm25 for titles; for cues, shorter cues first)
};

struct ProgressRow
{
    qint64 positionMs = 0;
    qint64 durationMs = 0;
    bool completed = false;
    QDateTime lastWatched;
};

class IndexStore
{
public:
    /// Opens the index at `indexPath` and the user data at `userPath`, migrating both.
    /// A corrupt index is moved aside (renamed "<name>.corrupt-<time>") and recreated empty; a corrupt user
    /// database is moved aside the same way and reported through `notice` (never deleted). Throws DbError for
    /// what cannot be repaired (newer schema, locked, unwritable folder).
    /// An empty `userPath` opens the index alone (the scanner's writer): the companion file is checked but not
    /// attached, and neither is the user data. A write transaction locks every attached file: with the user data
    /// attached the player's progress saves would wait, and with the companion attached the second cue writer
    /// could not write beside it.
    /// The companion file is made when missing; one that is damaged, from a newer Cairn or paired with another
    /// index is replaced, and the tutorials whose cues it held are marked for the next scan to read again.
    IndexStore(const QString &indexPath, const QString &userPath, QString *notice = nullptr);
    /// A second connection to files another IndexStore already opened (and migrated or repaired): no integrity
    /// check, no migration, never moves a file aside. For reading on a worker thread.
    struct ReaderTag
    {
    };
    IndexStore(const QString &indexPath, const QString &userPath, ReaderTag);

    /// Makes `indexPath` a self-contained file other users can read: the WAL is folded in and the journal mode
    /// set back to DELETE (an installer's system index under /var/lib/cairn, read by every user).
    static void publishForReaders(const QString &indexPath);
    /// A user's first start: copies the installer's index at `systemIndex` to `indexPath` when `indexPath` does
    /// not exist yet (SQLite's online backup; the source is only read). Returns true when it copied.
    static bool seedFrom(const QString &systemIndex, const QString &indexPath);
    /// Deletes the index at `indexPath`: both files with their -wal, -shm and -journal.
    static void removeFiles(const QString &indexPath);
    /// Gives the index at `indexPath` and its companion a new pair id, so that neither can later be taken for
    /// the other half of an earlier or later build (`cairn-cli scan --system` builds by copying the last one).
    static void renewPair(const QString &indexPath);
    /// The files of the index at `indexPath`: the index and its companion (without their -wal/-shm).
    static QStringList files(const QString &indexPath);
    ~IndexStore();

    Database &db() { return *m_db; }
    QString indexPath() const { return m_indexPath; }
    /// True for the index alone (no user data, no companion attached): the connection a scan writes through.
    bool writesAlone() const { return m_alone; }

    // --- roots and series ---
    qint64 ensureRoot(const QString &path, bool isSystem);
    bool removeRoot(const QString &path);
    QList<RootRecord> roots();
    void touchRootScanned(qint64 rootId);
    qint64 upsertSeries(qint64 rootId, const QString &folder, const QString &name, const QString &manifestId,
                        const QList<TextRecord> &texts);

    // --- scanning ---
    QHash<QString, KnownFile> knownFiles(qint64 rootId);
    /// Inserts or replaces the tutorial at record.path with its texts, tracks and cues. Returns its id.
    /// Cues of even-numbered tracks are written here; those of odd-numbered tracks are handed to `companion`,
    /// which commits them on its own time (see setCompanionPending). Needs writesAlone().
    qint64 writeTutorial(const TutorialRecord &record, CueShardWriter &companion);
    /// Writes the full-text index's pending terms into the open transaction now rather than at its commit, so the
    /// scan can do it while the companion's writer commits its own (both flushes then run at once, one per core).
    void flushFullText();
    /// Odd-numbered tracks deleted since the last scan whose cues the companion file still holds, and the highest
    /// track id in use (or reserved by that list). The scan removes those cues, then forgets the ids.
    QList<qint64> droppedTracks();
    /// Set in each commit of the index whose companion commit is still to come (the scan does not wait for it),
    /// cleared once the companion has committed everything. Found set when a scan starts, it means a scan stopped
    /// in between: recoverCompanion() then has the tutorials whose cues were lost read again.
    void setCompanionPending(bool pending);
    void recoverCompanion();
    qint64 maxTrackId();
    void forgetDroppedTracks(const QList<qint64> &trackIds);
    void setSortKey(qint64 tutorialId, qint64 seriesId, int sortKey);
    void setMissing(qint64 tutorialId, bool missing);
    /// Files that appeared at a new path this scan with the content of a missing one were moved or renamed:
    /// forget the old rows (progress is keyed by content, so it follows). Returns how many were dropped.
    int dropMovedDuplicates(const QStringList &newFingerprints);
    /// Series with no tutorials left.
    void dropEmptySeries();

    // --- reading (indexqueries.cpp) ---
    QList<TutorialRow> tutorials();
    std::optional<TutorialRow> tutorial(qint64 id);
    QList<TrackRow> tracks(qint64 tutorialId);
    QList<subtitles::Cue> cues(qint64 trackId);
    /// Tutorials of the same series in play order (ids).
    QList<qint64> seriesOrder(qint64 seriesId);
    QList<CueHitRow> searchCues(const QString &matchExpression, const QString &language, int limit);
    QList<CueHitRow> searchTexts(const QString &matchExpression, const QString &language, int limit);
    bool relocate(qint64 tutorialId, const QString &newPath, qint64 size, qint64 mtimeMs);

    // --- user data ---
    std::optional<ProgressRow> progress(const QString &fingerprint);
    void saveProgress(const QString &fingerprint, qint64 positionMs, qint64 durationMs, bool completed,
                      const QString &path);

private:
    void ensureCompanion();
    void attachCompanion();
    /// Clears the subtitle signature of tutorials with an odd track that should have cues and has none in the
    /// index (nor in `companionSchema`, when given), so the next scan reads them again.
    void rereadTracksWithoutCues(const char *companionSchema);

    std::unique_ptr<Database> m_db;
    QString m_indexPath;
    bool m_alone = false;
    bool m_companionAttached = false;
};

/// Renames a damaged database file (and its -wal/-shm) aside; returns the new path.
QString moveAside(const QString &path);

} // namespace cairn::db
