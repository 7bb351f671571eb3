#include "db/indexstore.h"

#include "db/cueshardwriter.h"
#include "db/migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <sqlite3.h>

namespace cairn::db {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isDamage(const DbError &e)
{
    return e.kind() == DbError::Kind::Corrupt || e.kind() == DbError::Kind::NotADatabase;
}

/// Opens and migrates one database file; a damaged file is moved aside and replaced by a fresh one.
std::unique_ptr<Database> openMigrated(const QString &path, Schema schema, bool checkIntegrity, QString *movedTo)
{
    auto attempt = [&]() {
        auto db = Database::open(path);
        if (checkIntegrity) {
            auto st = db->prepare("PRAGMA quick_check", false);
            if (st.step() && st.text(0) != QLatin1String("ok"))
                throw DbError(DbError::Kind::Corrupt, 11, st.text(0));
        }
        migrate(*db, schema);
        return db;
    };
    try {
        return attempt();
    } catch (const DbError &e) {
        if (!isDamage(e))
            throw;
    }
    if (movedTo)
        *movedTo = moveAside(path);
    else
        moveAside(path);
    return attempt();
}

/// Deletes a database file with its journal files. Only for the companion file: derived data, rebuilt by a scan.
void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

/// Copies a whole database with SQLite's online backup into `target` (replaced only by a complete copy).
bool copyDatabase(const QString &source, const QString &target)
{
    // The source is opened read-only and immutable: a user may not write beside it (no -shm, no -wal).
    sqlite3 *src = nullptr;
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(source).absoluteFilePath()).toEncoded() + "?immutable=1";
    if (sqlite3_open_v2(uri.constData(), &src, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(src);
        return false;
    }
    const QString partial = target + QStringLiteral(".seeding");
    QFile::remove(partial);
    sqlite3 *dst = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(partial).constData(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                              nullptr) == SQLITE_OK;
    if (ok) {
        sqlite3_backup *backup = sqlite3_backup_init(dst, "main", src, "main");
        ok = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
        ok = sqlite3_backup_finish(backup) == SQLITE_OK && ok;
    }
    sqlite3_close_v2(dst);
    sqlite3_close_v2(src);
    if (ok) {
        removeDatabaseFiles(target);
        ok = QFile::rename(partial, target);
    }
    if (!ok)
        QFile::remove(partial);
    return ok;
}

} // namespace

void IndexStore::removeFiles(const QString &indexPath)
{
    for (const QString &file : files(indexPath))
        removeDatabaseFiles(file);
}

void IndexStore::renewPair(const QString &indexPath)
{
    std::unique_ptr<Database> index = Database::open(indexPath);
    std::unique_ptr<Database> companion = Database::open(CueShardWriter::pathFor(indexPath));
    const QString pair = QUuid::createUuid().toString(QUuid::Id128);
    companion->prepare("UPDATE shard_meta SET value = ?1 WHERE key = 'pair'", false).bind(1, pair).run();
    index->prepare("UPDATE index_meta SET value = ?1 WHERE key = 'pair'", false).bind(1, pair).run();
}

QStringList IndexStore::files(const QString &indexPath)
{
    return {indexPath, CueShardWriter::pathFor(indexPath)};
}

QString moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = path + QStringLiteral(".corrupt-") + stamp;
    QFile::remove(target);
    QFile::rename(path, target);
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

void IndexStore::publishForReaders(const QString &indexPath)
{
    for (const QString &file : files(indexPath)) {
        if (!QFileInfo::exists(file))
            continue;
        std::unique_ptr<Database> db = Database::open(file);
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        db->exec("PRAGMA journal_mode = DELETE");
    }
}

bool IndexStore::seedFrom(const QString &systemIndex, const QString &indexPath)
{
    if (systemIndex.isEmpty() || QFileInfo::exists(indexPath) || !QFileInfo(systemIndex).isReadable())
        return false;
    QDir().mkpath(QFileInfo(indexPath).absolutePath());
    // The companion first: the index takes its name last, and only when its companion is in place. Should the
    // two not match (an installer rescanned between the copies), the pair ids differ and the companion is
    // rebuilt by the first scan (see ensureCompanion).
    const QString systemCompanion = CueShardWriter::pathFor(systemIndex);
    const QString companion = CueShardWriter::pathFor(indexPath);
    removeDatabaseFiles(companion);
    if (QFileInfo::exists(systemCompanion) && !copyDatabase(systemCompanion, companion))
        return false;
    // Only a complete copy takes the index's name; anything else is as if there were no system index.
    if (!copyDatabase(systemIndex, indexPath)) {
        removeDatabaseFiles(companion);
        return false;
    }
    return true;
}

IndexStore::IndexStore(const QString &indexPath, const QString &userPath, ReaderTag) : m_indexPath(indexPath)
{
    m_db = Database::open(indexPath);
    if (!userPath.isEmpty())
        m_db->prepare("ATTACH DATABASE ?1 AS user", false).bind(1, userPath).run();
    attachCompanion();
}

IndexStore::IndexStore(const QString &indexPath, const QString &userPath, QString *notice)
    : m_indexPath(indexPath), m_alone(userPath.isEmpty())
{
    QDir().mkpath(QFileInfo(indexPath).absolutePath());
    QString userMoved, indexMoved;
    // The user's data first: it is small, so a full integrity check is cheap, and it must never be lost silently.
    if (!userPath.isEmpty())
        openMigrated(userPath, Schema::User, true, &userMoved);
    m_db = openMigrated(indexPath, Schema::Index, false, &indexMoved);
    ensureCompanion();
    if (!userPath.isEmpty()) {
        m_db->prepare("ATTACH DATABASE ?1 AS user", false).bind(1, userPath).run();
        attachCompanion();
    }
    if (notice) {
        QStringList parts;
        if (!indexMoved.isEmpty())
            parts << QCoreApplication::translate("cairn::db",
                                                 "The library index was damaged. It was moved aside to %1 and will "
                                                 "be rebuilt by the next scan; your progress is kept.")
                         .arg(QDir::toNativeSeparators(indexMoved));
        if (!userMoved.isEmpty())
            parts << QCoreApplication::translate("cairn::db",
                                                 "Your progress database was damaged. It was moved aside to %1 "
                                                 "(nothing was deleted) and a new one was started.")
                         .arg(QDir::toNativeSeparators(userMoved));
        *notice = parts.join(QLatin1Char('\n'));
    }
}

IndexStore::~IndexStore() = default;

void IndexStore::ensureCompanion()
{
    const QString path = CueShardWriter::pathFor(m_indexPath);
    QString pair;
    {
        auto st = m_db->prepare("SELECT value FROM index_meta WHERE key = 'pair'", false);
        if (st.step())
            pair = st.text(0);
    }
    enum class State { Paired, Claimed, Foreign };
    auto open = [&]() {
        std::unique_ptr<Database> companion = Database::open(path);
        migrate(*companion, Schema::CueShard);
        auto st = companion->prepare("SELECT value FROM shard_meta WHERE key = 'pair'", false);
        const QString have = st.step() ? st.text(0) : QString();
        st.reset();
        if (have == pair)
            return State::Paired;
        if (!have.isEmpty())
            return State::Foreign;
        // A new file (or one made just before a crash, before anything was written to it): it is ours now.
        // OR IGNORE: the player and its scanner thread may open the index at the same moment.
        companion->prepare("INSERT OR IGNORE INTO shard_meta(key, value) VALUES ('pair', ?1)", false)
            .bind(1, pair)
            .run();
        if (companion->changes() == 1)
            return State::Claimed;
        auto again = companion->prepare("SELECT value FROM shard_meta WHERE key = 'pair'", false);
        const bool paired = again.step() && again.text(0) == pair;
        again.reset();
        return paired ? State::Paired : State::Foreign;
    };
    State state = State::Foreign;
    try {
        state = open();
    } catch (const DbError &e) {
        // Busy, full, unwritable: reported like the same trouble with the index.
        if (!isDamage(e) && e.kind() != DbError::Kind::TooNew)
            throw;
    }
    if (state == State::Foreign) {
        // Damaged, made by a newer Cairn, or left by an index that was replaced: its cues are derived data that
        // may not even belong to these track ids. Start it again.
        removeDatabaseFiles(path);
        state = open();
    }
    if (state == State::Claimed) {
        // Tutorials whose odd tracks had their cues in the lost file are read again by the next scan (an index
        // upgraded from schema 1 still has all its cues here, so nothing is re-read then).
        rereadTracksWithoutCues(nullptr);
        m_db->exec("DELETE FROM dropped_tracks");
    }
}

void IndexStore::rereadTracksWithoutCues(const char *companionSchema)
{
    QByteArray sql = "UPDATE tutorials SET subs_signature = NULL WHERE id IN (SELECT st.tutorial_id FROM "
                     "subtitle_tracks st WHERE st.id % 2 = 1 AND st.cue_count > 0 "
                     "AND NOT EXISTS (SELECT 1 FROM main.cues c WHERE c.track_id = st.id)";
    if (companionSchema)
        sql += QByteArray(" AND NOT EXISTS (SELECT 1 FROM ") + companionSchema + ".cues c WHERE c.track_id = st.id)";
    m_db->exec(sql.append(')').constData());
}

void IndexStore::attachCompanion()
{
    const QString path = CueShardWriter::pathFor(m_indexPath);
    if (!QFileInfo::exists(path))
        return; // a reader opened before any writer made it: search covers the index alone
    m_db->prepare("ATTACH DATABASE ?1 AS cues2", false).bind(1, path).run();
    auto st = m_db->prepare("SELECT 1 FROM cues2.sqlite_master WHERE name = 'cue_fts'", false);
    m_companionAttached = st.step();
    st.reset();
    if (!m_companionAttached)
        m_db->exec("DETACH DATABASE cues2");
}

qint64 IndexStore::ensureRoot(const QString &path, bool isSystem)
{
    auto find = m_db->prepare("SELECT id, is_system FROM roots WHERE path = ?1");
    find.bind(1, path);
    if (find.step()) {
        const qint64 id = find.int64(0);
        const bool wasSystem = find.int32(1) != 0;
        find.reset();
        if (wasSystem != isSystem)
            m_db->prepare("UPDATE roots SET is_system = ?2 WHERE id = ?1").bind(1, id).bind(2, isSystem).run();
        return id;
    }
    find.reset();
    m_db->prepare("INSERT INTO roots(path, is_system, added_at) VALUES (?1, ?2, ?3)")
        .bind(1, path)
        .bind(2, isSystem)
        .bind(3, nowMs())
        .run();
    return m_db->lastInsertId();
}

bool IndexStore::removeRoot(const QString &path)
{
    m_db->prepare("DELETE FROM roots WHERE path = ?1").bind(1, path).run();
    return m_db->changes() > 0;
}

QList<RootRecord> IndexStore::roots()
{
    QList<RootRecord> out;
    auto st = m_db->prepare("SELECT id, path, is_system FROM roots ORDER BY is_system, path");
    while (st.step())
        out.append({st.int64(0), st.text(1), st.int32(2) != 0});
    st.reset();
    return out;
}

void IndexStore::touchRootScanned(qint64 rootId)
{
    m_db->prepare("UPDATE roots SET last_scan_at = ?2 WHERE id = ?1").bind(1, rootId).bind(2, nowMs()).run();
}

qint64 IndexStore::upsertSeries(qint64 rootId, const QString &folder, const QString &name, const QString &manifestId,
                                const QList<TextRecord> &texts)
{
    m_db->prepare("INSERT INTO series(root_id, folder, name, manifest_id) VALUES (?1, ?2, ?3, ?4) "
                  "ON CONFLICT(folder) DO UPDATE SET root_id = excluded.root_id, name = excluded.name, "
                  "manifest_id = excluded.manifest_id "
                  // Unchanged on a rescan: no row rewritten, no page dirtied.
                  "WHERE root_id IS NOT excluded.root_id OR name IS NOT excluded.name "
                  "OR manifest_id IS NOT excluded.manifest_id")
        .bind(1, rootId)
        .bind(2, folder)
        .bind(3, name)
        .bind(4, manifestId)
        .run();
    auto id = m_db->prepare("SELECT id FROM series WHERE folder = ?1");
    id.bind(1, folder);
    const qint64 seriesId = id.step() ? id.int64(0) : 0;
    id.reset();
    // The texts come from the folder's manifest: rewritten only when they differ from what is stored.
    QList<TextRecord> stored;
    auto old = m_db->prepare("SELECT lang, title, description FROM series_texts WHERE series_id = ?1 ORDER BY lang");
    old.bind(1, seriesId);
    while (old.step())
        stored.append({old.text(0), old.text(1), old.text(2)});
    old.reset();
    QList<TextRecord> wanted = texts;
    std::sort(wanted.begin(), wanted.end(), [](const TextRecord &a, const TextRecord &b) { return a.lang < b.lang; });
    const bool same = std::equal(stored.cbegin(), stored.cend(), wanted.cbegin(), wanted.cend(),
                                 [](const TextRecord &a, const TextRecord &b) {
                                     return a.lang == b.lang && a.title == b.title && a.description == b.description;
                                 });
    if (same)
        return seriesId;
    m_db->prepare("DELETE FROM series_texts WHERE series_id = ?1").bind(1, seriesId).run();
    auto ins = m_db->prepare("INSERT INTO series_texts(series_id, lang, title, description) VALUES (?1, ?2, ?3, ?4)");
    for (const TextRecord &t : texts)
        ins.bind(1, seriesId).bind(2, t.lang).bind(3, t.title).bind(4, t.description).run();
    return seriesId;
}

QHash<QString, KnownFile> IndexStore::knownFiles(qint64 rootId)
{
    QHash<QString, KnownFile> out;
    auto st = m_db->prepare("SELECT path, id, size, mtime_ms, subs_signature, missing, sort_key, "
                            "COALESCE(series_id, 0) FROM tutorials WHERE root_id = ?1");
    st.bind(1, rootId);
    while (st.step()) {
        out.insert(st.text(0),
                   {st.int64(1), st.int64(2), st.int64(3), st.text(4), st.int32(5) != 0, st.int32(6), st.int64(7)});
    }
    st.reset();
    return out;
}

qint64 IndexStore::writeTutorial(const TutorialRecord &r, CueShardWriter &companion)
{
    Q_ASSERT(m_alone);
    auto find = m_db->prepare("SELECT id FROM tutorials WHERE path = ?1");
    find.bind(1, r.path);
    qint64 id = find.step() ? find.int64(0) : 0;
    find.reset();

    auto bindCommon = [&](Statement &st) {
        st.bind(1, r.rootId);
        if (r.seriesId > 0)
            st.bind(2, r.seriesId);
        else
            st.bindNull(2);
        st.bind(3, r.path).bind(4, r.size).bind(5, r.mtimeMs).bind(6, r.fingerprint).bind(7, r.sortKey);
        st.bind(8, r.title).bind(9, r.durationMs).bind(10, r.width).bind(11, r.height);
        st.bind(12, r.container).bind(13, r.videoCodec).bind(14, r.audioCodec).bind(15, r.thumbnail);
        st.bind(16, r.probeError).bind(17, r.subsSignature).bind(18, nowMs());
    };
    if (id) {
        auto up = m_db->prepare(
            "UPDATE tutorials SET root_id=?1, series_id=?2, path=?3, size=?4, mtime_ms=?5, fingerprint=?6, "
            "sort_key=?7, title=?8, duration_ms=?9, width=?10, height=?11, container=?12, video_codec=?13, "
            "audio_codec=?14, thumbnail=?15, probe_error=?16, subs_signature=?17, scanned_at=?18, missing=0 "
            "WHERE id=?19");
        bindCommon(up);
        up.bind(19, id).run();
        m_db->prepare("DELETE FROM subtitle_tracks WHERE tutorial_id = ?1").bind(1, id).run();
        m_db->prepare("DELETE FROM tutorial_texts WHERE tutorial_id = ?1").bind(1, id).run();
    } else {
        auto ins = m_db->prepare(
            "INSERT INTO tutorials(root_id, series_id, path, size, mtime_ms, fingerprint, sort_key, title, "
            "duration_ms, width, height, container, video_codec, audio_codec, thumbnail, probe_error, "
            "subs_signature, scanned_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)");
        bindCommon(ins);
        ins.run();
        id = m_db->lastInsertId();
    }

    // The full-text rows are written here, not by triggers (see migrations/index/0001_initial.sql).
    auto text = m_db->prepare(
        "INSERT INTO tutorial_texts(tutorial_id, lang, title, description) VALUES (?1, ?2, ?3, ?4)");
    auto textFts = m_db->prepare("INSERT INTO text_fts(rowid, title, description) VALUES (?1, ?2, ?3)");
    for (const TextRecord &t : r.texts) {
        text.bind(1, id).bind(2, t.lang).bind(3, t.title).bind(4, t.description).run();
        textFts.bind(1, m_db->lastInsertId()).bind(2, t.title).bind(3, t.description).run();
    }

    // Track ids are given out above every id in use and every dropped id whose cues the companion still holds,
    // so cues left there can never be taken for a new track's. Odd ids have their cues in the companion file.
    // A track goes to the companion's writer while that writer has little queued, else it is written here; it
    // gets an id of its file's parity (skipping one id when needed). Sharing by id alone split the six languages
    // of every tutorial the same way (Chinese, a token per character, weighs most), and sharing by estimated
    // tokens left one writer waiting for the other: this way both finish a batch at about the same time.
    auto track = m_db->prepare(
        "INSERT INTO subtitle_tracks(id, tutorial_id, kind, path, stream_index, lang, lang_guessed, label, forced, "
        "sdh, format, encoding, cue_count, error) VALUES (?14,?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)");
    qint64 nextId = maxTrackId() + 1;
    for (const TrackRecord &t : r.tracks) {
        const qint64 tokens = t.tokenEstimate >= 0 ? t.tokenEstimate : cueTokenEstimate(t.cues);
        const bool toCompanion = companion.wantsMore();
        if (CueShardWriter::inCompanion(nextId) != toCompanion)
            ++nextId;
        const qint64 trackId = nextId++;
        track.bind(1, id).bind(2, t.kind).bind(3, t.path).bind(4, t.streamIndex).bind(5, t.lang);
        track.bind(6, t.langGuessed).bind(7, t.label).bind(8, t.forced).bind(9, t.sdh);
        track.bind(10, t.format).bind(11, t.encoding).bind(12, int(t.cues.size())).bind(13, t.error);
        track.bind(14, trackId).run();
        if (toCompanion)
            companion.add(trackId, t.cues, tokens);
        else
            insertCues(*m_db, trackId, t.cues);
    }
    return id;
}

qint64 cueTokenEstimate(const QList<subtitles::Cue> &cues)
{
    // The characters of the first few cues are looked at, and the rest extrapolated by length: a track is in one
    // language, and reading every character cost 2% of a cold index for a figure that only steers the sharing.
    constexpr qint64 kSample = 4096;
    qint64 tokens = 0, sampled = 0, chars = 0;
    for (const subtitles::Cue &c : cues) {
        ++tokens;
        chars += c.text.size();
        if (sampled >= kSample)
            continue;
        sampled += c.text.size();
        for (const QChar ch : c.text) {
            const char16_t u = ch.unicode();
            if (u == u' ' || u == u'\n' || (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) ||
                (u >= 0xF900 && u <= 0xFAFF))
                ++tokens;
        }
    }
    if (sampled > 0 && chars > sampled) {
        const qint64 inSample = tokens - cues.size();
        tokens = cues.size() + inSample * chars / sampled;
    }
    return tokens;
}

void IndexStore::flushFullText()
{
    // FTS5 writes out its in-memory terms (and does its merging) at every savepoint (fts5SavepointMethod).
    m_db->exec("SAVEPOINT fts_flush; RELEASE fts_flush;");
}

qint64 IndexStore::maxTrackId()
{
    auto st = m_db->prepare("SELECT max(ifnull((SELECT max(id) FROM subtitle_tracks), 0), "
                            "ifnull((SELECT max(id) FROM dropped_tracks), 0))");
    const qint64 max = st.step() ? st.int64(0) : 0;
    st.reset();
    return max;
}

void IndexStore::setCompanionPending(bool pending)
{
    if (pending)
        m_db->exec("INSERT OR IGNORE INTO index_meta(key, value) VALUES ('companion_pending', '1')");
    else
        m_db->exec("DELETE FROM index_meta WHERE key = 'companion_pending'");
}

void IndexStore::recoverCompanion()
{
    Q_ASSERT(m_alone);
    {
        auto st = m_db->prepare("SELECT 1 FROM index_meta WHERE key = 'companion_pending'", false);
        const bool pending = st.step();
        st.reset();
        if (!pending)
            return;
    }
    // Attached only for this statement: the scan's connection must leave the companion to its own writer.
    m_db->prepare("ATTACH DATABASE ?1 AS pending_cues", false).bind(1, CueShardWriter::pathFor(m_indexPath)).run();
    try {
        Transaction tx(*m_db);
        rereadTracksWithoutCues("pending_cues");
        setCompanionPending(false);
        tx.commit();
    } catch (...) {
        m_db->exec("DETACH DATABASE pending_cues");
        throw;
    }
    m_db->exec("DETACH DATABASE pending_cues");
}

QList<qint64> IndexStore::droppedTracks()
{
    QList<qint64> ids;
    auto st = m_db->prepare("SELECT id FROM dropped_tracks");
    while (st.step())
        ids << st.int64(0);
    st.reset();
    return ids;
}

void IndexStore::forgetDroppedTracks(const QList<qint64> &trackIds)
{
    auto st = m_db->prepare("DELETE FROM dropped_tracks WHERE id = ?1");
    for (const qint64 id : trackIds)
        st.bind(1, id).run();
}

void IndexStore::setSortKey(qint64 tutorialId, qint64 seriesId, int sortKey)
{
    auto st = m_db->prepare("UPDATE tutorials SET sort_key = ?2, series_id = ?3 WHERE id = ?1");
    st.bind(1, tutorialId).bind(2, sortKey);
    if (seriesId > 0)
        st.bind(3, seriesId);
    else
        st.bindNull(3);
    st.run();
}

void IndexStore::setMissing(qint64 tutorialId, bool missing)
{
    m_db->prepare("UPDATE tutorials SET missing = ?2 WHERE id = ?1").bind(1, tutorialId).bind(2, missing).run();
}

int IndexStore::dropMovedDuplicates(const QStringList &newFingerprints)
{
    int dropped = 0;
    auto st = m_db->prepare("DELETE FROM tutorials WHERE missing = 1 AND fingerprint = ?1");
    for (const QString &fp : newFingerprints) {
        st.bind(1, fp).run();
        dropped += m_db->changes();
    }
    return dropped;
}

void IndexStore::dropEmptySeries()
{
    m_db->prepare("DELETE FROM series WHERE id NOT IN (SELECT series_id FROM tutorials WHERE series_id IS NOT NULL)")
        .run();
}

std::optional<ProgressRow> IndexStore::progress(const QString &fingerprint)
{
    auto st = m_db->prepare(
        "SELECT position_ms, duration_ms, completed, last_watched FROM user.progress WHERE fingerprint = ?1");
    st.bind(1, fingerprint);
    if (!st.step())
        return std::nullopt;
    ProgressRow p{st.int64(0), st.int64(1), st.int32(2) != 0,
                  st.isNull(3) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(st.int64(3))};
    st.reset();
    return p;
}

void IndexStore::saveProgress(const QString &fingerprint, qint64 positionMs, qint64 durationMs, bool completed,
                              const QString &path)
{
    m_db->prepare("INSERT INTO user.progress(fingerprint, position_ms, duration_ms, completed, last_watched, "
                  "last_path) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(fingerprint) DO UPDATE SET "
                  "position_ms = excluded.position_ms, duration_ms = excluded.duration_ms, "
                  "completed = excluded.completed, last_watched = excluded.last_watched, "
                  "last_path = excluded.last_path")
        .bind(1, fingerprint)
        .bind(2, positionMs)
        .bind(3, durationMs)
        .bind(4, completed)
        .bind(5, nowMs())
        .bind(6, path)
        .run();
}

} // namespace cairn::db
