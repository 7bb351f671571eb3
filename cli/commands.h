#pragma once
// cairn-cli's commands. Each returns the process exit code (see ExitCode).
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cairn::cli {

enum ExitCode {
    kExitOk = 0,
    kExitProblems = 1, ///< the command ran and found problems (verify mismatches, unreadable subtitle file)
    kExitUsage = 2,    ///< wrong arguments
    kExitDatabase = 3, ///< the database cannot be used (locked, newer version, disk full)
};

struct Context
{
    QString dbPath;
    bool json = false;
    bool quiet = false;
    bool thumbnails = true;
    bool system = false;
    QString language; ///< --lang
    int limit = 50;
    QTextStream &out;
    QTextStream &err;
};

int runScan(Context &ctx, const QStringList &roots);
int runList(Context &ctx);
int runSearch(Context &ctx, const QString &query);
int runVerify(Context &ctx, const QStringList &roots);
int runSubtitles(Context &ctx, const QString &file);

} // namespace cairn::cli
