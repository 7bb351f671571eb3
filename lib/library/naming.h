#pragma once
// Human ordering and titles derived from file names.
#include <QString>
#include <QStringView>

namespace cairn::library {

/// Natural order: "Tutorial 2" before "Tutorial 10", case-insensitive, digits compared by value.
/// Returns <0, 0, >0 like strcmp.
int naturalCompare(QStringView a, QStringView b);
inline bool naturalLess(const QString &a, const QString &b)
{
    return naturalCompare(a, b) < 0;
}

/// A readable title from a video file name: drops the extension, a yt-dlp " [id]" suffix and a leading
/// track number ("01 - ", "02. "), and turns dots/underscores into spaces when the name has no spaces.
QString titleFromFileName(const QString &fileName);

} // namespace cairn::library
