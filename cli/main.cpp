// cairn-cli: index, list, search and verify Cairn tutorial libraries from scripts and installers.
#include "commands.h"

#include "core/paths.h"
#include "translations.h"

#include <cairn/version.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <cstdio>

using namespace cairn::cli;

namespace {

QString usage()
{
    return QCoreApplication::translate(
               "cairn-cli",
               "Usage: cairn-cli [--db PATH] [--json] COMMAND [ARGS]\n"
               "\n"
               "Commands:\n"
               "  scan [FOLDER...]     Index tutorial folders (all known folders when none is given)\n"
               "  list                 List the indexed tutorials\n"
               "  search QUERY         Search titles and everything said in the subtitles\n"
               "  verify [FOLDER...]   Check packs against the checksums in their cairn.json\n"
               "  subtitles FILE       Print a subtitle file (SRT or WebVTT) as JSON\n"
               "\n"
               "Options:\n"
               "  --db PATH            Index database (default: the player's, %1)\n"
               "  --json               Machine-readable output\n"
               "  --lang LANG          search, list: only this subtitle language (ar, zh, en, fr, ru, es, ...)\n"
               "  --limit N            search: at most N hits (default 50)\n"
               "  --system             scan: mark the folders as system-wide (read-only for users)\n"
               "  --no-thumbnails      scan: do not make thumbnails\n"
               "  -q, --quiet          No progress or summary\n"
               "  -h, --help           Show this help\n"
               "  -v, --version        Show the version\n"
               "\n"
               "Exit codes: 0 success, 1 problems found (verify failed, unreadable subtitle file),\n"
               "2 usage error, 3 the database cannot be used (locked, newer version, disk full).\n"
               "Cairn never uses the network.\n")
        .arg(cairn::core::defaultIndexPath());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cairn"));
    QCoreApplication::setOrganizationName(QStringLiteral("Cairn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAIRN_VERSION));
    // The CLI follows the environment's locale (LANG / LC_ALL / LANGUAGE).
    cairn::i18n::installTranslators(QLocale::system());

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption dbOpt(QStringLiteral("db"), QString(), QStringLiteral("path"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QString(), QStringLiteral("lang"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), QString(), QStringLiteral("n"));
    const QCommandLineOption systemOpt(QStringLiteral("system"));
    const QCommandLineOption noThumbOpt(QStringLiteral("no-thumbnails"));
    const QCommandLineOption quietOpt(QStringList{QStringLiteral("q"), QStringLiteral("quiet")});
    const QCommandLineOption helpOpt(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOpt(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({dbOpt, jsonOpt, langOpt, limitOpt, systemOpt, noThumbOpt, quietOpt, helpOpt, versionOpt});
    if (!parser.parse(QCoreApplication::arguments())) {
        err << QCoreApplication::translate("cairn-cli", "cairn-cli: %1").arg(parser.errorText()) << Qt::endl << usage();
        return kExitUsage;
    }
    if (parser.isSet(helpOpt)) {
        out << usage();
        return kExitOk;
    }
    if (parser.isSet(versionOpt)) {
        out << QStringLiteral("cairn-cli ") << QStringLiteral(CAIRN_VERSION) << Qt::endl;
        return kExitOk;
    }

    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << usage();
        return kExitUsage;
    }
    const QString command = args.takeFirst();

    Context ctx{parser.isSet(dbOpt) ? parser.value(dbOpt) : cairn::core::defaultIndexPath(),
                parser.isSet(jsonOpt),
                parser.isSet(quietOpt),
                !parser.isSet(noThumbOpt),
                parser.isSet(systemOpt),
                parser.value(langOpt),
                50,
                out,
                err};
    if (parser.isSet(limitOpt)) {
        bool ok = false;
        ctx.limit = parser.value(limitOpt).toInt(&ok);
        if (!ok || ctx.limit <= 0) {
            err << QCoreApplication::translate("cairn-cli", "cairn-cli: --limit takes a positive number.") << Qt::endl;
            return kExitUsage;
        }
    }

    if (command == QLatin1String("scan"))
        return runScan(ctx, args);
    if (command == QLatin1String("list"))
        return runList(ctx);
    if (command == QLatin1String("search")) {
        if (args.isEmpty()) {
            err << QCoreApplication::translate(
                       "cairn-cli", "cairn-cli: search needs a query, e.g. cairn-cli search \"learning city\"")
                << Qt::endl;
            return kExitUsage;
        }
        return runSearch(ctx, args.join(QLatin1Char(' ')));
    }
    if (command == QLatin1String("verify"))
        return runVerify(ctx, args);
    if (command == QLatin1String("subtitles")) {
        if (args.size() != 1) {
            err << QCoreApplication::translate("cairn-cli", "cairn-cli: subtitles needs exactly one FILE.") << Qt::endl;
            return kExitUsage;
        }
        return runSubtitles(ctx, args.first());
    }
    err << QCoreApplication::translate("cairn-cli", "cairn-cli: unknown command \"%1\".").arg(command) << Qt::endl
        << usage();
    return kExitUsage;
}
