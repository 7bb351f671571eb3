// The read side of IndexStore: the library list, one tutorial, tracks and cues, search.
#include "db/indexstore.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace cairn::db {

namespace {

constexpr const char *kTutorialColumns =
    "SELECT t.id, t.path, t.title, t.series_id, COALESCE(s.name, ''), t.sort_key, t.duration_ms, t.width, t.height, "
    "t.missing, COALESCE(t.thumbnail, ''), COALESCE(t.probe_error, ''), t.fingerprint, "
    "p.position_ms, p.completed, p.last_watched, COALESCE(t.video_codec, '') "
    "FROM tutorials t LEFT JOIN series s ON s.id = t.series_id "
    "LEFT JOIN user.progress p ON p.fingerprint = t.fingerprint ";

TutorialRow rowFrom(const Statement &st)
{
    TutorialRow r;
    r.id = st.int64(0);
    r.path = st.text(1);
    r.fallbackTitle = st.text(2);
    r.seriesId = st.isNull(3) ? 0 : st.int64(3);
    r.seriesName = st.text(4);
    r.sortKey = st.int32(5);
    r.durationMs = st.int64(6);
    r.width = st.int32(7);
    r.height = st.int32(8);
    r.missing = st.int32(9) != 0;
    r.thumbnail = st.text(10);
    r.probeError = st.text(11);
    r.fingerprint = st.text(12);
    r.watched = !st.isNull(13);
    r.positionMs = st.isNull(13) ? 0 : st.int64(13);
    r.completed = !st.isNull(14) && st.int32(14) != 0;
    if (!st.isNull(15))
        r.lastWatched = QDateTime::fromMSecsSinceEpoch(st.int64(15));
    r.videoCodec = st.text(16);
    return r;
}

} // namespace

QList<TutorialRow> IndexStore::tutorials()
{
    QList<TutorialRow> rows;
    QHash<qint64, qsizetype> byId;
    {
        static const QByteArray sql = QByteArray(kTutorialColumns) + "ORDER BY t.series_id, t.sort_key, t.path";
        auto st = m_db->prepare(sql.constData());
        while (st.step()) {
            byId.insert(st.int64(0), rows.size());
            rows.append(rowFrom(st));
        }
    }
    {
        auto st = m_db->prepare("SELECT tutorial_id, lang, title, description FROM tutorial_texts");
        while (st.step()) {
            const auto it = byId.constFind(st.int64(0));
            if (it != byId.constEnd())
                rows[*it].texts.insert(st.text(1), {st.text(1), st.text(2), st.text(3)});
        }
    }
    {
        QHash<qint64, QHash<QString, TextRecord>> seriesTexts;
        auto st = m_db->prepare("SELECT series_id, lang, title, description FROM series_texts");
        while (st.step())
            seriesTexts[st.int64(0)].insert(st.text(1), {st.text(1), st.text(2), st.text(3)});
        for (TutorialRow &r : rows)
            r.seriesTexts = seriesTexts.value(r.seriesId);
    }
    {
        auto st = m_db->prepare("SELECT DISTINCT tutorial_id, lang FROM subtitle_tracks WHERE lang <> '' "
                                "ORDER BY tutorial_id, kind, lang");
        while (st.step()) {
            const auto it = byId.constFind(st.int64(0));
            if (it != byId.constEnd() && !rows[*it].languages.contains(st.text(1)))
                rows[*it].languages << st.text(1);
        }
    }
    return rows;
}

std::optional<TutorialRow> IndexStore::tutorial(qint64 id)
{
    static const QByteArray sql = QByteArray(kTutorialColumns) + "WHERE t.id = ?1";
    auto st = m_db->prepare(sql.constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    TutorialRow r = rowFrom(st);
    st.reset();
    auto texts = m_db->prepare("SELECT lang, title, description FROM tutorial_texts WHERE tutorial_id = ?1");
    texts.bind(1, id);
    while (texts.step())
        r.texts.insert(texts.text(0), {texts.text(0), texts.text(1), texts.text(2)});
    texts.reset();
    if (r.seriesId) {
        auto s = m_db->prepare("SELECT lang, title, description FROM series_texts WHERE series_id = ?1");
        s.bind(1, r.seriesId);
        while (s.step())
            r.seriesTexts.insert(s.text(0), {s.text(0), s.text(1), s.text(2)});
        s.reset();
    }
    for (const TrackRow &t : tracks(id)) {
        if (!t.lang.isEmpty() && !r.languages.contains(t.lang))
            r.languages << t.lang;
    }
    return r;
}

QList<TrackRow> IndexStore::tracks(qint64 tutorialId)
{
    QList<TrackRow> out;
    auto st = m_db->prepare("SELECT id, kind, path, stream_index, lang, lang_guessed, label, forced, sdh, "
                            "COALESCE(format, ''), COALESCE(encoding, ''), COALESCE(error, ''), cue_count "
                            "FROM subtitle_tracks WHERE tutorial_id = ?1 ORDER BY kind, lang, path");
    st.bind(1, tutorialId);
    while (st.step()) {
        TrackRow t;
        t.id = st.int64(0);
        t.kind = st.int32(1);
        t.path = st.text(2);
        t.streamIndex = st.int32(3);
        t.lang = st.text(4);
        t.langGuessed = st.int32(5) != 0;
        t.label = st.text(6);
        t.forced = st.int32(7) != 0;
        t.sdh = st.int32(8) != 0;
        t.format = st.text(9);
        t.encoding = st.text(10);
        t.error = st.text(11);
        t.cueCount = st.int32(12);
        out.append(t);
    }
    st.reset();
    return out;
}

QList<subtitles::Cue> IndexStore::cues(qint64 trackId)
{
    QList<subtitles::Cue> out;
    // An odd track's cues are in the companion file, unless it was indexed before there was one (schema 1).
    auto st = m_db->prepare(m_companionAttached
                                ? "SELECT start_ms, end_ms, text, id FROM cues WHERE track_id = ?1 UNION ALL "
                                  "SELECT start_ms, end_ms, text, id FROM cues2.cues WHERE track_id = ?1 ORDER BY 1, 4"
                                : "SELECT start_ms, end_ms, text FROM cues WHERE track_id = ?1 ORDER BY start_ms, id");
    st.bind(1, trackId);
    while (st.step()) {
        subtitles::Cue c;
        c.startMs = st.int64(0);
        c.endMs = st.int64(1);
        c.text = st.text(2);
        out.append(c);
    }
    st.reset();
    return out;
}

QList<qint64> IndexStore::seriesOrder(qint64 seriesId)
{
    QList<qint64> ids;
    auto st = m_db->prepare("SELECT id FROM tutorials WHERE series_id = ?1 ORDER BY sort_key, path");
    st.bind(1, seriesId);
    while (st.step())
        ids << st.int64(0);
    st.reset();
    return ids;
}

QList<CueHitRow> IndexStore::searchCues(const QString &matchExpression, const QString &language, int limit)
{
    // Ranking every match of a common word ("the", "城市") costs time in proportion to the whole library: bm25()
    // counts each phrase's hits over the entire index on every query, and sorting means scoring every match.
    // On 1,000 tutorials that was 30-120 ms a query. Instead the first kRankWindow matches (index order, which
    // FTS5 streams without sorting) are ranked and the best `limit` returned; a query with fewer matches is
    // ranked over all of them. The rank is the cue's length: every returned cue holds every query term, and for
    // such short documents bm25 orders by length too (a short cue that says the word is the focused hit).
    // Lower is better, as with bm25. Figures: docs/performance.md (bench/search_bench).
    constexpr int kRankWindow = 500;
    // The cues are in two files (the index and its companion, see indexstore.h): each is searched with the same
    // query and the hits merged. Each file ranks half the window: the snippets (highlight()) of every candidate
    // are what a search costs, so twice the candidates made every search twice as slow (bench, N = 1,000).
    // The language filter accepts a base tag: "zh-Hans" matches "zh-Hans", "en" matches "en-US" too.
    static const auto sqlFor = [](const char *schema) {
        return QByteArray(
                   "SELECT tid, path, title, lang, start_ms, end_ms, text, hl, -1.0 / (1 + length(text)) AS r, "
                   "count(*) OVER () FROM ("
                   "SELECT t.id AS tid, t.path AS path, t.title AS title, st.lang AS lang, c.start_ms AS start_ms, "
                   "c.end_ms AS end_ms, c.text AS text, highlight(cue_fts, 0, char(2), char(3)) AS hl "
                   "FROM SCHEMA.cue_fts JOIN SCHEMA.cues c ON c.id = cue_fts.rowid "
                   "JOIN main.subtitle_tracks st ON st.id = c.track_id JOIN main.tutorials t ON t.id = st.tutorial_id "
                   "WHERE cue_fts MATCH ?1 AND t.missing = 0 "
                   "AND (?2 = '' OR st.lang = ?2 OR st.lang LIKE ?2 || '-%') "
                   "LIMIT ?4) ORDER BY r, start_ms LIMIT ?3")
            .replace("SCHEMA", schema);
    };
    static const QByteArray mainSql = sqlFor("main");
    static const QByteArray companionSql = sqlFor("cues2");
    const int files = m_companionAttached ? 2 : 1;
    const int window = std::max(limit, kRankWindow / files); // per file
    int candidates = 0;
    auto run = [&](const QString &expression) {
        QList<CueHitRow> out;
        candidates = 0;
        for (const QByteArray *sql : {&mainSql, &companionSql}) {
            if (sql == &companionSql && !m_companionAttached)
                break;
            auto st = m_db->prepare(sql->constData());
            st.bind(1, expression).bind(2, language).bind(3, limit).bind(4, window);
            int inFile = 0;
            while (st.step()) {
                out.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4), st.int64(5), st.text(6),
                            st.text(7), st.real(8)});
                inFile = st.int32(9);
            }
            st.reset();
            candidates += inFile;
        }
        std::stable_sort(out.begin(), out.end(), [](const CueHitRow &a, const CueHitRow &b) {
            return a.rank != b.rank ? a.rank < b.rank : a.startMs < b.startMs;
        });
        if (out.size() > limit)
            out.resize(limit);
        return out;
    };
    // A prefix term ("word"*) makes FTS5 merge the postings of every term that starts with it before the first
    // row comes out: linear in the library (27 ms of CPU for 课堂 on 10,000 tutorials). The exact word streams.
    // So the exact form runs first, and it is enough when its matches in the two files fill a window; otherwise
    // (the user is still typing, or the word is rare) the prefix form runs and every match is ranked as before.
    if (matchExpression.endsWith(QLatin1Char('*'))) {
        QList<CueHitRow> exact = run(matchExpression.chopped(1));
        if (candidates >= window * files)
            return exact;
    }
    return run(matchExpression);
}

QList<CueHitRow> IndexStore::searchTexts(const QString &matchExpression, const QString &language, int limit)
{
    QList<CueHitRow> out;
    auto st = m_db->prepare(
        "SELECT t.id, t.path, t.title, tt.lang, tt.title, "
        "highlight(text_fts, 0, char(2), char(3)), highlight(text_fts, 1, char(2), char(3)), bm25(text_fts) AS r "
        "FROM text_fts JOIN tutorial_texts tt ON tt.id = text_fts.rowid JOIN tutorials t ON t.id = tt.tutorial_id "
        "WHERE text_fts MATCH ?1 AND t.missing = 0 "
        "AND (?2 = '' OR tt.lang = '' OR tt.lang = ?2 OR tt.lang LIKE ?2 || '-%') ORDER BY r LIMIT ?3");
    st.bind(1, matchExpression).bind(2, language).bind(3, limit);
    while (st.step()) {
        CueHitRow h;
        h.tutorialId = st.int64(0);
        h.path = st.text(1);
        h.title = st.text(2);
        h.language = st.text(3);
        h.text = st.text(4);
        const QString titleHl = st.text(5);
        const QString descHl = st.text(6);
        h.highlighted = titleHl.contains(QChar(2)) ? titleHl : descHl;
        h.rank = st.real(7);
        out.append(h);
    }
    st.reset();
    return out;
}

bool IndexStore::relocate(qint64 tutorialId, const QString &newPath, qint64 size, qint64 mtimeMs)
{
    auto old = m_db->prepare("SELECT path FROM tutorials WHERE id = ?1");
    old.bind(1, tutorialId);
    if (!old.step())
        return false;
    const QFileInfo oldVideo(old.text(0));
    old.reset();
    // Deferred, so only main is locked (the companion stays free for a scan's second writer), and a write first,
    // so the lock is waited for rather than refused for a stale read (SQLITE_BUSY_SNAPSHOT).
    Transaction tx(*m_db, Transaction::Lock::Deferred);
    m_db->prepare("UPDATE tutorials SET path = ?2, size = ?3, mtime_ms = ?4, missing = 0 WHERE id = ?1")
        .bind(1, tutorialId)
        .bind(2, newPath)
        .bind(3, size)
        .bind(4, mtimeMs)
        .run();
    // The subtitles travelled with the video: embedded tracks are in the new file; a sidecar is looked for beside
    // it under the new name ("Old.ar.srt" → "New.ar.srt"), else under its own name.
    const QFileInfo newVideo(newPath);
    QList<std::pair<qint64, QString>> moves;
    auto tracks = m_db->prepare("SELECT id, kind, path FROM subtitle_tracks WHERE tutorial_id = ?1");
    tracks.bind(1, tutorialId);
    while (tracks.step()) {
        if (tracks.int32(1) == 1) {
            moves.append({tracks.int64(0), newPath});
            continue;
        }
        const QString name = QFileInfo(tracks.text(2)).fileName();
        const QString renamed = name.startsWith(oldVideo.completeBaseName())
                                    ? newVideo.completeBaseName() + name.mid(oldVideo.completeBaseName().size())
                                    : name;
        for (const QString &candidate : {renamed, name}) {
            const QString path = newVideo.absoluteDir().filePath(candidate);
            if (QFileInfo::exists(path)) {
                moves.append({tracks.int64(0), path});
                break;
            }
        }
    }
    tracks.reset();
    auto move = m_db->prepare("UPDATE subtitle_tracks SET path = ?2 WHERE id = ?1");
    for (const auto &[id, path] : std::as_const(moves))
        move.bind(1, id).bind(2, path).run();
    tx.commit();
    return true;
}

} // namespace cairn::db
