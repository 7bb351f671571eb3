#include "library/manifest.h"

#include "library/languagetag.h"
#include "library/sidecarmatcher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cairn::library {

namespace {

LocalizedText localized(const QJsonValue &v)
{
    LocalizedText out;
    if (v.isString()) {
        out.insert(QStringLiteral("en"), v.toString());
        return out;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            continue;
        QString tag = normalizeLanguageTag(it.key());
        if (tag.isEmpty())
            tag = it.key();
        out.insert(tag, it.value().toString());
    }
    return out;
}

} // namespace

Manifest readManifest(const QString &folder)
{
    Manifest m;
    m.folder = folder;
    QFile f(QDir(folder).filePath(QLatin1String(kManifestFileName)));
    if (!f.open(QIODevice::ReadOnly)) {
        m.error = QCoreApplication::translate("cairn::library", "Cannot read the manifest %1.")
                      .arg(QDir::toNativeSeparators(f.fileName()));
        return m;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(8 * 1024 * 1024), &err);
    if (doc.isNull() || !doc.isObject()) {
        m.error = QCoreApplication::translate("cairn::library", "The manifest %1 is not valid JSON (%2).")
                      .arg(QDir::toNativeSeparators(f.fileName()), err.errorString());
        return m;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("cairn-manifest")) {
        m.error = QCoreApplication::translate("cairn::library",
                                              "%1 is not a Cairn manifest (missing \"format\": \"cairn-manifest\").")
                      .arg(QDir::toNativeSeparators(f.fileName()));
        return m;
    }
    const QJsonObject series = root.value(QLatin1String("series")).toObject();
    m.seriesId = series.value(QLatin1String("id")).toString();
    m.seriesTitle = localized(series.value(QLatin1String("title")));
    m.seriesDescription = localized(series.value(QLatin1String("description")));
    const QJsonArray tutorials = root.value(QLatin1String("tutorials")).toArray();
    for (const QJsonValue &v : tutorials) {
        const QJsonObject o = v.toObject();
        ManifestTutorial t;
        t.file = o.value(QLatin1String("file")).toString();
        if (t.file.isEmpty())
            continue;
        t.title = localized(o.value(QLatin1String("title")));
        t.description = localized(o.value(QLatin1String("description")));
        m.tutorials.append(t);
    }
    const QJsonObject sums = root.value(QLatin1String("checksums")).toObject();
    for (auto it = sums.begin(); it != sums.end(); ++it)
        m.checksums.insert(it.key(), it.value().toString().trimmed().toLower());
    m.valid = true;
    return m;
}

QString sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QList<VerifyReport> verifyPacks(const QString &root)
{
    QList<VerifyReport> reports;
    QStringList folders{root};
    QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext())
        folders << it.next();
    for (const QString &folder : std::as_const(folders)) {
        const QDir dir(folder);
        if (!dir.exists(QLatin1String(kManifestFileName)))
            continue;
        VerifyReport r;
        r.folder = folder;
        r.hasManifest = true;
        const Manifest m = readManifest(folder);
        if (!m.valid) {
            r.manifestError = m.error;
            reports << r;
            continue;
        }
        for (auto c = m.checksums.constBegin(); c != m.checksums.constEnd(); ++c) {
            ++r.checked;
            const QString path = dir.filePath(c.key());
            if (!QFileInfo::exists(path)) {
                r.missing << c.key();
                continue;
            }
            const QString actual = sha256OfFile(path);
            if (actual.isEmpty())
                r.unreadable << c.key();
            else if (actual != c.value())
                r.mismatched << c.key();
            else
                r.ok << c.key();
        }
        // Videos and subtitles present but not listed: a colleague's copy may carry extra or renamed files.
        QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QString suffix = QFileInfo(path).suffix().toLower();
            if (!videoExtensions().contains(suffix) && !subtitleExtensions().contains(suffix))
                continue;
            const QString rel = dir.relativeFilePath(path);
            if (!m.checksums.contains(rel))
                r.unlisted << rel;
        }
        r.missing.sort();
        r.mismatched.sort();
        r.unlisted.sort();
        reports << r;
    }
    if (reports.isEmpty()) {
        VerifyReport r;
        r.folder = root;
        reports << r;
    }
    return reports;
}

} // namespace cairn::library
