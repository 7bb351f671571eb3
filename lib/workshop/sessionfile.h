#pragma once
// The portable session file (*.cairn-session, JSON) that travels on a USB stick with the videos: paths relative to
// the library root, plus each video's content fingerprint (and optionally its SHA-256), so a colleague's copy is
// verified and found even when it lives at another path. Pure functions except where a file is read (marked).
#include "workshop/sessionplan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cairn::workshop {

inline constexpr auto kSessionFileSuffix = "cairn-session";

/// Cairn's content fingerprint of a video (core::contentFingerprint), the value the scanner stores in the index
/// (SHA-256 over the size and the first and last 64 KiB, 32 hex digits). Reads the file; empty when unreadable.
QString contentFingerprint(const QString &path);

struct ExportOptions
{
    /// Library roots; each item's path is written relative to the root that contains it (else just its file name).
    QStringList roots;
    /// Also write the SHA-256 of the whole file (reads every video in full: slow for big files, but lets a copy be
    /// verified byte for byte).
    bool sha256 = false;
};

/// The JSON document for `plan`. Reads the videos only when options.sha256 is set.
QByteArray exportSession(const SessionPlan &plan, const ExportOptions &options);

/// Where one item's video was in the exporter's library (parallel to SessionPlan::items).
struct FileRef
{
    QString relativePath; ///< '/'-separated, relative to a library root
    QString sha256;       ///< lowercase hex, may be empty
    qint64 size = -1;
};

struct ParsedSession
{
    bool ok = false;
    QString error;     ///< translated, when !ok
    SessionPlan plan;  ///< id 0; items in order, paths empty until resolveSession()
    QList<FileRef> refs; ///< one per item
};

ParsedSession parseSession(const QByteArray &json);

/// A video the target library knows (from the index): where it is and its fingerprint.
struct LibraryFile
{
    QString path;
    QString fingerprint;
};

struct MatchResult
{
    enum class How {
        RelativePath, ///< found at root/relativePath and the fingerprint matched
        Fingerprint,  ///< found elsewhere in the library by its fingerprint
        Missing,      ///< not found (or only a different file at that path)
    };
    How how = How::Missing;
    QString path;          ///< absolute path found, empty when missing
    bool differentAtPath = false; ///< a file exists at the relative path but its content differs
    bool sha256Checked = false;   ///< the whole file was hashed and matched (only when verifySha256 and a hash given)
    bool sha256Mismatch = false;  ///< the whole file was hashed and did NOT match: the item is left missing
};

struct ResolveOptions
{
    QStringList roots;          ///< the target library's roots (tried in order), plus e.g. the session file's folder
    QList<LibraryFile> library; ///< the target library's index, for the fingerprint fallback
    bool verifySha256 = false;  ///< hash found files in full when the session file carries a SHA-256
};

/// Matches every item against the target library: relative path first, then fingerprint in the index. Fills
/// plan.items[i].path for the items found. Reads files (fingerprints, and SHA-256 when asked).
QList<MatchResult> resolveSession(ParsedSession &session, const ResolveOptions &options);

} // namespace cairn::workshop
