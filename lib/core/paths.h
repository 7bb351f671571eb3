#pragma once
// Where Cairn keeps and finds things. One place, so the player, the CLI and the tests agree.
#include <QString>
#include <QStringList>

namespace cairn::core {

/// The per-user data folder (the index and the user's own data live here). Created on demand.
QString dataDir();
/// The default index database: <dataDir>/index.sqlite (rebuildable cache of what the scanner found).
QString defaultIndexPath();
/// The user's own data (progress, notes, workshop plans): <dataDir>/user.sqlite; never deleted by a rebuild.
QString userDataPathFor(const QString &indexPath);
/// Thumbnails cache folder (may be wiped at any time).
QString thumbnailCacheDir();

/// The bundled sample tutorial pack: next to the binary in a build tree, the source tree in development,
/// <prefix>/share/cairn/sample when installed. Empty when none is found.
QString samplePackDir();

/// System-wide tutorial folders an installer pre-provisions for every user (read-only for users):
/// CAIRN_SYSTEM_LIBRARY (colon-separated) if set, else "[Library] SystemFolders=" in /etc/xdg/cairn/cairn.conf
/// (XDG config dirs), else <prefix>/share/cairn/tutorials when it exists.
QStringList systemLibraryDirs();

/// The index an installer built of those folders (`sudo cairn-cli scan --system --db PATH ...`), which a user's
/// first start copies instead of indexing the same files again: CAIRN_SYSTEM_INDEX if set, else
/// "[Library] SystemIndex=" in cairn.conf, else /var/lib/cairn/system-index.sqlite on Linux. May not exist.
QString systemIndexPath();

} // namespace cairn::core
