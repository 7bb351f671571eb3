#pragma once
// Cairn's content fingerprint of a video: what identifies "the same tutorial" across renames, moves, copies to
// another stick and unplugged drives. Progress, bookmarks and workshop plans are keyed by it.
#include <QString>

namespace cairn::core {

/// SHA-256 over the size and the first and last 64 KiB, as 32 hex digits. Reads the file; empty when unreadable.
QString contentFingerprint(const QString &path);

} // namespace cairn::core
