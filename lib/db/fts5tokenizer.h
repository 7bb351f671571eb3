#pragma once
struct sqlite3;

namespace cairn::db {
/// Registers the FTS5 tokenizer "cairn" (search::segmentUtf8) on this connection. Every connection that reads or
/// writes the full-text tables must call it (Database::open does).
void registerCairnTokenizer(sqlite3 *db);
} // namespace cairn::db
