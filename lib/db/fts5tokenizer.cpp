#include "db/fts5tokenizer.h"

#include "db/database.h"
#include "search/textsegmenter.h"

#include <sqlite3.h>

namespace cairn::db {

namespace {

// The tokenizer has no options and no state: one static instance serves every table.
struct CairnTokenizer
{
};

int xCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    static CairnTokenizer instance;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *) {}

int xTokenize(Fts5Tokenizer *, void *ctx, int flags, const char *text, int size,
              int (*xToken)(void *, int, const char *, int, int, int))
{
    const auto mode = (flags & FTS5_TOKENIZE_QUERY) ? search::SegmentMode::Query : search::SegmentMode::Document;
    int rc = SQLITE_OK;
    search::segmentUtf8(text, size, mode, [&](const search::SegmentToken &t) {
        rc = xToken(ctx, t.colocated ? FTS5_TOKEN_COLOCATED : 0, t.data, t.size, t.byteStart, t.byteEnd);
        return rc == SQLITE_OK;
    });
    return rc;
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

void registerCairnTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api) {
        throw DbError(DbError::Kind::Generic, SQLITE_ERROR,
                      QStringLiteral("This SQLite library was built without FTS5, which Cairn's search needs."));
    }
    static fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    const int rc = api->xCreateTokenizer(api, "cairn", nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        Database::raise(db, rc, "registering the cairn tokenizer");
}

} // namespace cairn::db
