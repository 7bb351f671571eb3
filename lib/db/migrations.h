#pragma once
// Numbered schema migrations, embedded as resources (:/cairn/db/<schema>/NNNN_name.sql). The schema version
// lives in PRAGMA user_version; each step runs in one transaction with its version bump.
#include <QString>

namespace cairn::db {

class Database;

/// Index: the library index; User: progress, notes, workshop plans; CueShard: the index's companion file of cues.
enum class Schema { Index, User, CueShard };

/// The newest version this build knows for a schema.
int latestVersion(Schema schema);

/// Brings the database up to latestVersion(). Throws DbError(Kind::TooNew) for a database made by a newer Cairn,
/// touching nothing.
void migrate(Database &db, Schema schema);

} // namespace cairn::db
