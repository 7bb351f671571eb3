#include "commands.h"

#include "core/paths.h"
#include "db/indexstore.h"
#include "jsonout.h"
#include "library/languagetag.h"
#include "library/library.h"
#include "library/manifest.h"
#include "library/scanner.h"
#include "library/tutoriallistmodel.h"
#include "subtitles/subtitlereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <cstdio>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace cairn::cli {

namespace {

QString native(const QString &p)
{
    return QDir::toNativeSeparators(p);
}

QString clock(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("--:--");
    const qint64 h = ms / 3600000, m = (ms / 60000) % 60, s = (ms / 1000) % 60, milli = ms % 1000;
    const QString base =
        h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
              : QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return base + QStringLiteral(".%1").arg(milli, 3, 10, QLatin1Char('0'));
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stderr));
#else
    return false;
#endif
}

void printJson(Context &ctx, const QJsonDocument &doc)
{
    ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

QString interfaceLanguage()
{
    const QString tag = library::normalizeLanguageTag(QLocale::system().name());
    return tag.isEmpty() ? QStringLiteral("en") : tag;
}

/// Opens the library; on failure prints why and returns nullptr (exit code 3).
std::unique_ptr<library::Library> openLibrary(Context &ctx)
{
    auto lib = std::make_unique<library::Library>(ctx.dbPath);
    if (!lib->isOpen()) {
        ctx.err << QCoreApplication::translate("cairn-cli", "cairn-cli: %1").arg(lib->openError()) << Qt::endl;
        return nullptr;
    }
    lib->setInterfaceLanguage(interfaceLanguage());
    return lib;
}

} // namespace

int runScan(Context &ctx, const QStringList &rootArgs)
{
    QString notice;
    std::unique_ptr<db::IndexStore> store;
    // A system index is read by users' players at any moment (they copy it on their first start): it is built
    // beside the published file and replaces it in one rename, so nobody ever copies a half-written index.
    const QString writePath = ctx.system ? ctx.dbPath + QStringLiteral(".building") : ctx.dbPath;
    // The index is two files (the index and its companion of cues): both are built beside, then renamed.
    const QStringList publishedFiles = db::IndexStore::files(ctx.dbPath);
    const QStringList buildingFiles = db::IndexStore::files(writePath);
    if (ctx.system) {
        db::IndexStore::removeFiles(writePath); // with any -wal a crashed run left, which SQLite would replay
        for (qsizetype i = 0; i < publishedFiles.size(); ++i) {
            if (QFileInfo::exists(publishedFiles.at(i)) && !QFile::copy(publishedFiles.at(i), buildingFiles.at(i))) {
                ctx.err << QCoreApplication::translate("cairn-cli", "cairn-cli: %1").arg(native(buildingFiles.at(i)))
                        << Qt::endl;
                return kExitDatabase;
            }
        }
    }
    try {
        // The index alone: a scan must not lock the user data that a running player saves progress into.
        store = std::make_unique<db::IndexStore>(writePath, QString(), &notice);
    } catch (const db::DbError &e) {
        library::Library probe(ctx.dbPath); // same wording as the player
        ctx.err << QCoreApplication::translate("cairn-cli", "cairn-cli: %1")
                       .arg(probe.isOpen() ? e.message() : probe.openError())
                << Qt::endl;
        return kExitDatabase;
    }
    if (!notice.isEmpty())
        ctx.err << notice << Qt::endl;

    QList<library::ScanRoot> roots;
    for (const QString &arg : rootArgs) {
        const QFileInfo fi(arg);
        if (!fi.isDir()) {
            ctx.err << QCoreApplication::translate("cairn-cli", "cairn-cli: %1 is not a folder.").arg(native(arg))
                    << Qt::endl;
            return kExitUsage;
        }
        roots.append({fi.canonicalFilePath(), ctx.system});
    }
    if (roots.isEmpty()) {
        // No folder given: rescan every folder the library knows, and the system-wide ones.
        try {
            for (const db::RootRecord &r : store->roots())
                roots.append({r.path, r.isSystem});
        } catch (const db::DbError &e) {
            ctx.err << QCoreApplication::translate("cairn-cli", "cairn-cli: %1").arg(e.message()) << Qt::endl;
            return kExitDatabase;
        }
        for (const QString &s : core::systemLibraryDirs()) {
            const bool known = std::any_of(roots.cbegin(), roots.cend(), [&](const auto &r) { return r.path == s; });
            if (!known)
                roots.append({s, true});
        }
        if (roots.isEmpty()) {
            ctx.err << QCoreApplication::translate("cairn-cli",
                                                   "cairn-cli: no folders to scan. Give one: cairn-cli scan FOLDER")
                    << Qt::endl;
            return kExitUsage;
        }
    }

    library::ScanOptions options;
    options.thumbnails = ctx.thumbnails;
    // An installer's system index: thumbnails beside it (readable by every user), not in root's cache.
    if (ctx.system)
        options.thumbnailDir = QFileInfo(ctx.dbPath).absoluteDir().filePath(QStringLiteral("thumbnails"));
    library::Scanner scanner(*store, options);
    const bool showProgress = !ctx.quiet && !ctx.json && stderrIsTerminal();
    const library::ScanSummary s = scanner.run(roots, nullptr, [&](int done, int total, const QString &path) {
        if (showProgress) {
            ctx.err << QStringLiteral("\r\033[K")
                    << QCoreApplication::translate("cairn-cli", "Scanning %1/%2: %3")
                           .arg(done)
                           .arg(total)
                           .arg(QFileInfo(path).fileName());
            ctx.err.flush();
        }
    });
    if (showProgress)
        ctx.err << QStringLiteral("\r\033[K");
    if (ctx.system) {
        // Users' players copy this index on their first start (core::systemIndexPath()): two files (the index and
        // its companion) that anyone can read, without a -wal or -shm beside them, with readable thumbnails, each
        // put in place by one rename.
        store.reset();
        std::error_code ec;
        try {
            if (s.databaseFailed)
                throw db::DbError(db::DbError::Kind::Generic, 1, s.messages.join(QLatin1Char(' ')));
            db::IndexStore::renewPair(writePath);
            db::IndexStore::publishForReaders(writePath);
        } catch (const db::DbError &e) {
            db::IndexStore::removeFiles(writePath);
            ctx.err << QCoreApplication::translate("cairn-cli", "cairn-cli: %1").arg(e.message()) << Qt::endl;
            return kExitDatabase;
        }
        const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                              QFileDevice::ReadOther;
        for (const QString &f : buildingFiles)
            QFile::setPermissions(f, readable);
        const QDir thumbs(options.thumbnailDir);
        QFile::setPermissions(thumbs.path(), readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                                 QFileDevice::ExeOther);
        for (const QString &f : thumbs.entryList(QDir::Files))
            QFile::setPermissions(thumbs.filePath(f), readable);
        // The companion first, the index last: a player copying in between finds the new companion beside the old
        // index, notices (this build's pair id is new: renewPair) and rebuilds the companion instead of trusting it.
        for (qsizetype i = publishedFiles.size() - 1; i >= 0 && !ec; --i) {
            std::filesystem::rename(std::filesystem::path(buildingFiles.at(i).toStdU16String()),
                                    std::filesystem::path(publishedFiles.at(i).toStdU16String()), ec);
        }
        if (ec) {
            ctx.err << QCoreApplication::translate("cairn-cli", "cairn-cli: %1")
                           .arg(QString::fromLocal8Bit(ec.message().c_str()))
                    << Qt::endl;
            return kExitDatabase;
        }
    }

    if (ctx.json) {
        printJson(ctx,
                  QJsonDocument(QJsonObject{{QStringLiteral("videos"), s.videosSeen},
                                            {QStringLiteral("added"), s.added},
                                            {QStringLiteral("updated"), s.updated},
                                            {QStringLiteral("unchanged"), s.unchanged},
                                            {QStringLiteral("missing"), s.missing},
                                            {QStringLiteral("errors"), s.errors},
                                            {QStringLiteral("elapsed_ms"), s.elapsedMs},
                                            {QStringLiteral("messages"), QJsonArray::fromStringList(s.messages)}}));
    } else {
        for (const QString &m : s.messages)
            ctx.err << m << Qt::endl;
        if (!ctx.quiet) {
            ctx.out << QCoreApplication::translate("cairn-cli", "%Ln video(s) scanned", nullptr, s.videosSeen)
                    << QStringLiteral(": ")
                    << QCoreApplication::translate(
                           "cairn-cli", "%1 added, %2 updated, %3 unchanged, %4 missing, %5 with errors (%6 s)")
                           .arg(s.added)
                           .arg(s.updated)
                           .arg(s.unchanged)
                           .arg(s.missing)
                           .arg(s.errors)
                           .arg(QLocale().toString(s.elapsedMs / 1000.0, 'f', 1))
                    << Qt::endl;
        }
    }
    return s.databaseFailed ? kExitDatabase : kExitOk;
}

int runList(Context &ctx)
{
    auto lib = openLibrary(ctx);
    if (!lib)
        return kExitDatabase;
    const library::TutorialListModel *model = lib->tutorials();
    QJsonArray array;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row);
        const QStringList langs = i.data(library::LanguagesRole).toStringList();
        if (!ctx.language.isEmpty()) {
            const QString want = library::normalizeLanguageTag(ctx.language);
            const bool has = std::any_of(langs.cbegin(), langs.cend(), [&](const QString &l) {
                return l == want || library::baseLanguage(l) == library::baseLanguage(want);
            });
            if (!has)
                continue;
        }
        if (ctx.json) {
            array.append(QJsonObject{
                {QStringLiteral("id"), i.data(library::IdRole).toLongLong()},
                {QStringLiteral("path"), i.data(library::PathRole).toString()},
                {QStringLiteral("title"), i.data(Qt::DisplayRole).toString()},
                {QStringLiteral("description"), i.data(library::DescriptionRole).toString()},
                {QStringLiteral("series"), i.data(library::SeriesRole).toString()},
                {QStringLiteral("position_in_series"), i.data(library::PositionInSeriesRole).toInt()},
                {QStringLiteral("duration_ms"), i.data(library::DurationMsRole).toLongLong()},
                {QStringLiteral("missing"), i.data(library::MissingRole).toBool()},
                {QStringLiteral("languages"), QJsonArray::fromStringList(langs)},
                {QStringLiteral("progress"), i.data(library::ProgressRole).toDouble()},
                {QStringLiteral("completed"), i.data(library::CompletedRole).toBool()},
                {QStringLiteral("error"), i.data(library::ErrorRole).toString()},
            });
        } else {
            QString line = QStringLiteral("%1  %2 %3/%4  %5  [%6]")
                               .arg(clock(i.data(library::DurationMsRole).toLongLong()).section(QLatin1Char('.'), 0, 0),
                                    i.data(library::SeriesRole).toString())
                               .arg(i.data(library::PositionInSeriesRole).toInt())
                               .arg(i.data(library::SeriesLengthRole).toInt())
                               .arg(i.data(Qt::DisplayRole).toString(), langs.join(QLatin1Char(' ')));
            if (i.data(library::MissingRole).toBool())
                line += QLatin1Char(' ') + QCoreApplication::translate("cairn-cli", "(missing)");
            if (!i.data(library::ErrorRole).toString().isEmpty())
                line += QLatin1Char(' ') + QCoreApplication::translate("cairn-cli", "(cannot play: %1)")
                                               .arg(i.data(library::ErrorRole).toString());
            ctx.out << line << QLatin1Char('\n') << QStringLiteral("    ")
                    << native(i.data(library::PathRole).toString()) << QLatin1Char('\n');
        }
    }
    if (ctx.json)
        printJson(ctx, QJsonDocument(array));
    ctx.out.flush();
    return kExitOk;
}

int runSearch(Context &ctx, const QString &query)
{
    auto lib = openLibrary(ctx);
    if (!lib)
        return kExitDatabase;
    QString dbError;
    QObject::connect(lib.get(), &library::Library::errorOccurred, lib.get(), [&](const QString &m) { dbError = m; });
    const QList<library::SearchHit> hits = lib->search(query, ctx.language, ctx.limit);
    if (!dbError.isEmpty()) {
        ctx.err << QCoreApplication::translate("cairn-cli", "cairn-cli: %1").arg(dbError) << Qt::endl;
        return kExitDatabase;
    }
    if (ctx.json) {
        QJsonArray array;
        for (const library::SearchHit &h : hits)
            array.append(hitToJson(h));
        printJson(ctx, QJsonDocument(array));
        return kExitOk;
    }
    if (hits.isEmpty() && !ctx.quiet)
        ctx.err << QCoreApplication::translate("cairn-cli", "No matches for \"%1\".").arg(query) << Qt::endl;
    for (const library::SearchHit &h : hits) {
        const QString where = h.startMs < 0 ? QCoreApplication::translate("cairn-cli", "title") : clock(h.startMs);
        ctx.out << where << QStringLiteral("  ") << (h.language.isEmpty() ? QStringLiteral("--") : h.language)
                << QStringLiteral("  ") << h.title << QStringLiteral("\n    ")
                << markedSnippet(h.snippet).replace(QLatin1Char('\n'), QLatin1Char(' ')) << QLatin1Char('\n');
    }
    ctx.out.flush();
    return kExitOk;
}

int runVerify(Context &ctx, const QStringList &rootArgs)
{
    QStringList roots = rootArgs;
    if (roots.isEmpty()) {
        auto lib = openLibrary(ctx);
        if (!lib)
            return kExitDatabase;
        roots = lib->roots() + lib->systemRoots();
        if (roots.isEmpty()) {
            ctx.err << QCoreApplication::translate("cairn-cli",
                                                   "cairn-cli: no folders to verify. Give one: cairn-cli verify FOLDER")
                    << Qt::endl;
            return kExitUsage;
        }
    }
    bool allPassed = true;
    QJsonArray array;
    for (const QString &root : std::as_const(roots)) {
        if (!QFileInfo(root).isDir()) {
            ctx.err << QCoreApplication::translate("cairn-cli", "cairn-cli: %1 is not a folder.").arg(native(root))
                    << Qt::endl;
            return kExitUsage;
        }
        for (const library::VerifyReport &r : library::verifyPacks(root)) {
            allPassed &= r.passed();
            if (ctx.json) {
                array.append(verifyToJson(r));
                continue;
            }
            if (!r.hasManifest) {
                ctx.out << QCoreApplication::translate("cairn-cli", "%1: no cairn.json manifest, nothing to verify.")
                               .arg(native(r.folder))
                        << Qt::endl;
                continue;
            }
            if (!r.manifestError.isEmpty()) {
                ctx.out << QCoreApplication::translate("cairn-cli", "%1: %2").arg(native(r.folder), r.manifestError)
                        << Qt::endl;
                continue;
            }
            ctx.out << (r.passed() ? QCoreApplication::translate("cairn-cli", "OK")
                                   : QCoreApplication::translate("cairn-cli", "FAILED"))
                    << QStringLiteral("  ") << native(r.folder) << QStringLiteral(": ")
                    << QCoreApplication::translate("cairn-cli", "%1 of %2 files match their checksums")
                           .arg(r.ok.size())
                           .arg(r.checked)
                    << Qt::endl;
            for (const QString &f : r.missing)
                ctx.out << QStringLiteral("    ") << QCoreApplication::translate("cairn-cli", "missing: %1").arg(f)
                        << Qt::endl;
            for (const QString &f : r.mismatched)
                ctx.out << QStringLiteral("    ")
                        << QCoreApplication::translate("cairn-cli", "damaged or changed (checksum differs): %1").arg(f)
                        << Qt::endl;
            for (const QString &f : r.unreadable)
                ctx.out << QStringLiteral("    ") << QCoreApplication::translate("cairn-cli", "unreadable: %1").arg(f)
                        << Qt::endl;
            for (const QString &f : r.unlisted)
                ctx.out << QStringLiteral("    ")
                        << QCoreApplication::translate("cairn-cli", "not in the manifest: %1").arg(f) << Qt::endl;
        }
    }
    if (ctx.json)
        printJson(ctx, QJsonDocument(array));
    return allPassed ? kExitOk : kExitProblems;
}

int runSubtitles(Context &ctx, const QString &file)
{
    const QFileInfo fi(file);
    if (!fi.exists()) {
        ctx.err << QCoreApplication::translate("cairn-cli", "cairn-cli: %1: no such file.").arg(native(file))
                << Qt::endl;
        return kExitProblems;
    }
    const subtitles::ParseResult result = subtitles::parseSubtitleFile(file);
    if (!result.ok) {
        ctx.err << QCoreApplication::translate("cairn-cli", "cairn-cli: %1: %2").arg(native(file), result.error)
                << Qt::endl;
        return kExitProblems;
    }
    // JSON is this command's only output format (documented); --json is accepted for symmetry.
    printJson(ctx, QJsonDocument(subtitlesToJson(result)));
    return kExitOk;
}

} // namespace cairn::cli
