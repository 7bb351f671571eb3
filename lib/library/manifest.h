#pragma once
// cairn.json: a pack's optional manifest (docs/manifest.md): series and tutorial titles per language, play order,
// and SHA-256 checksums of the pack's files.
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cairn::library {

using LocalizedText = QHash<QString, QString>; ///< BCP 47 tag -> text

struct ManifestTutorial
{
    QString file; ///< relative to the manifest's folder, '/'-separated
    LocalizedText title;
    LocalizedText description;
};

struct Manifest
{
    bool valid = false;
    QString error;  ///< translated, when !valid
    QString folder; ///< absolute folder of cairn.json
    QString seriesId;
    LocalizedText seriesTitle;
    LocalizedText seriesDescription;
    QList<ManifestTutorial> tutorials; ///< in play order
    QHash<QString, QString> checksums; ///< relative path -> lowercase sha256 hex
};

inline constexpr const char *kManifestFileName = "cairn.json";

/// Reads <folder>/cairn.json. Unknown fields are ignored; an unreadable or malformed file gives valid=false.
Manifest readManifest(const QString &folder);

struct VerifyReport
{
    QString folder;
    bool hasManifest = false;
    QString manifestError;
    int checked = 0;
    QStringList ok;         ///< relative paths whose checksum matched
    QStringList missing;    ///< listed but not on disk
    QStringList mismatched; ///< checksum differs (damaged or changed copy)
    QStringList unreadable;
    QStringList unlisted; ///< videos and subtitles on disk the manifest does not list
    bool passed() const
    {
        return hasManifest && manifestError.isEmpty() && missing.isEmpty() && mismatched.isEmpty() &&
               unreadable.isEmpty();
    }
};

/// Verifies every manifest under `root` (the root itself and its sub-folders) against the files on disk.
QList<VerifyReport> verifyPacks(const QString &root);

/// SHA-256 of a file's content, lowercase hex; empty when unreadable.
QString sha256OfFile(const QString &path);

} // namespace cairn::library
