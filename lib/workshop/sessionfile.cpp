#include "workshop/sessionfile.h"

#include "core/fingerprint.h"
#include "library/manifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace cairn::workshop {

namespace {

constexpr int kFormatVersion = 1;

// lupdate files a free tr() call in this namespace under the context "cairn::workshop"; look it up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("cairn::workshop", text);
}

/// The root that contains `path` (the longest one), or empty.
QString containingRoot(const QString &path, const QStringList &roots)
{
    QString best;
    const QString clean = QDir::cleanPath(path);
    for (const QString &root : roots) {
        const QString r = QDir::cleanPath(root);
        if ((clean.startsWith(r + QLatin1Char('/')) || (r == QLatin1String("/") && clean.startsWith(r))) &&
            r.size() > best.size())
            best = r;
    }
    return best;
}

QString relativeTo(const QString &path, const QStringList &roots)
{
    // Canonical paths on both sides, so a root given through a symlink still contains its files.
    QStringList canonicalRoots;
    for (const QString &r : roots) {
        const QString c = QFileInfo(r).canonicalFilePath();
        canonicalRoots << (c.isEmpty() ? QDir::cleanPath(r) : c);
    }
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QString p = canonical.isEmpty() ? QDir::cleanPath(path) : canonical;
    const QString root = containingRoot(p, canonicalRoots);
    if (root.isEmpty())
        return QFileInfo(p).fileName();
    return QDir(root).relativeFilePath(p);
}

bool safeRelative(const QString &rel)
{
    // A session file comes from elsewhere: never let it point outside a root.
    if (rel.isEmpty() || QDir::isAbsolutePath(rel) || rel.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = rel.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".."));
}

} // namespace

QString contentFingerprint(const QString &path)
{
    return core::contentFingerprint(path);
}

QByteArray exportSession(const SessionPlan &plan, const ExportOptions &options)
{
    QJsonArray items;
    for (const SessionItem &item : plan.items) {
        QJsonObject o;
        o.insert(QStringLiteral("path"), relativeTo(item.path, options.roots));
        o.insert(QStringLiteral("fingerprint"), item.fingerprint);
        const QFileInfo fi(item.path);
        if (fi.exists())
            o.insert(QStringLiteral("size"), double(fi.size()));
        if (options.sha256 && fi.exists()) {
            const QString sha = library::sha256OfFile(item.path);
            if (!sha.isEmpty())
                o.insert(QStringLiteral("sha256"), sha);
        }
        if (!item.title.isEmpty())
            o.insert(QStringLiteral("title"), item.title);
        o.insert(QStringLiteral("inMs"), double(item.inMs));
        if (item.hasOut())
            o.insert(QStringLiteral("outMs"), double(item.outMs));
        o.insert(QStringLiteral("languages"), QJsonArray::fromStringList(item.languages));
        QJsonArray pauses;
        for (const PausePoint &p : item.pauses)
            pauses.append(QJsonObject{{QStringLiteral("atMs"), double(p.atMs)}, {QStringLiteral("prompt"), p.prompt}});
        o.insert(QStringLiteral("pauses"), pauses);
        if (!item.notes.isEmpty())
            o.insert(QStringLiteral("notes"), item.notes);
        items.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("cairn-session"));
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("name"), plan.name);
    if (!plan.notes.isEmpty())
        root.insert(QStringLiteral("notes"), plan.notes);
    root.insert(QStringLiteral("items"), items);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ParsedSession parseSession(const QByteArray &json)
{
    ParsedSession out;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = tr("This is not a Cairn session file (%1).").arg(err.errorString());
        return out;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("cairn-session")) {
        out.error = tr("This is not a Cairn session file.");
        return out;
    }
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version > kFormatVersion) {
        out.error = tr("This session was made by a newer version of Cairn (format %1). Update Cairn to open it.")
                        .arg(version);
        return out;
    }
    out.plan.name = root.value(QStringLiteral("name")).toString();
    out.plan.notes = root.value(QStringLiteral("notes")).toString();
    const QJsonArray items = root.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        SessionItem item;
        FileRef ref;
        ref.relativePath = o.value(QStringLiteral("path")).toString();
        ref.sha256 = o.value(QStringLiteral("sha256")).toString().toLower();
        ref.size = qint64(o.value(QStringLiteral("size")).toDouble(-1));
        item.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
        item.title = o.value(QStringLiteral("title")).toString();
        item.inMs = std::max<qint64>(0, qint64(o.value(QStringLiteral("inMs")).toDouble(0)));
        item.outMs = o.contains(QStringLiteral("outMs")) ? qint64(o.value(QStringLiteral("outMs")).toDouble(-1)) : -1;
        if (item.outMs >= 0 && item.outMs <= item.inMs)
            item.outMs = -1;
        for (const QJsonValue &l : o.value(QStringLiteral("languages")).toArray())
            if (!l.toString().isEmpty())
                item.languages << l.toString();
        for (const QJsonValue &pv : o.value(QStringLiteral("pauses")).toArray()) {
            const QJsonObject p = pv.toObject();
            item.pauses.append(PausePoint{qint64(p.value(QStringLiteral("atMs")).toDouble(0)),
                                          p.value(QStringLiteral("prompt")).toString()});
        }
        item.notes = o.value(QStringLiteral("notes")).toString();
        normalize(item);
        if (item.fingerprint.isEmpty() && ref.relativePath.isEmpty())
            continue; // nothing to find it by
        out.plan.items.append(item);
        out.refs.append(ref);
    }
    out.ok = true;
    return out;
}

QList<MatchResult> resolveSession(ParsedSession &session, const ResolveOptions &options)
{
    QList<MatchResult> results;
    for (int i = 0; i < session.plan.items.size(); ++i) {
        SessionItem &item = session.plan.items[i];
        const FileRef ref = session.refs.value(i);
        MatchResult m;
        // 1. The same relative path under one of the roots, with the same content.
        if (safeRelative(ref.relativePath)) {
            for (const QString &root : options.roots) {
                const QString candidate = QDir(root).absoluteFilePath(ref.relativePath);
                if (!QFileInfo(candidate).isFile())
                    continue;
                const QString fp = contentFingerprint(candidate);
                if (item.fingerprint.isEmpty() || fp == item.fingerprint) {
                    m.how = MatchResult::How::RelativePath;
                    m.path = QFileInfo(candidate).absoluteFilePath();
                    if (item.fingerprint.isEmpty())
                        item.fingerprint = fp;
                    break;
                }
                m.differentAtPath = true;
            }
        }
        // 2. Anywhere in the library's index with the same fingerprint (checked on disk again: the index may lag).
        if (m.how == MatchResult::How::Missing && !item.fingerprint.isEmpty()) {
            for (const LibraryFile &f : options.library) {
                if (f.fingerprint == item.fingerprint && QFileInfo(f.path).isFile() &&
                    contentFingerprint(f.path) == item.fingerprint) {
                    m.how = MatchResult::How::Fingerprint;
                    m.path = f.path;
                    break;
                }
            }
        }
        // 3. Byte-for-byte check when asked and possible.
        if (m.how != MatchResult::How::Missing && options.verifySha256 && !ref.sha256.isEmpty()) {
            if (library::sha256OfFile(m.path) == ref.sha256) {
                m.sha256Checked = true;
            } else {
                m.sha256Mismatch = true;
                m.how = MatchResult::How::Missing;
                m.path.clear();
            }
        }
        item.path = m.path;
        results.append(m);
    }
    return results;
}

} // namespace cairn::workshop
