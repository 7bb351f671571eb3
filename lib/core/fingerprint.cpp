#include "core/fingerprint.h"

#include <QCryptographicHash>
#include <QFile>

namespace cairn::core {

QString contentFingerprint(const QString &path)
{
    // Cheap (two reads), and stable across renames, moves and copies.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = f.size();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::number(size));
    constexpr qint64 kChunk = 64 * 1024;
    h.addData(f.read(kChunk));
    if (size > 2 * kChunk && f.seek(size - kChunk))
        h.addData(f.read(kChunk));
    return QString::fromLatin1(h.result().toHex().left(32));
}

} // namespace cairn::core
