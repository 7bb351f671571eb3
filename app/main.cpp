// cairn: the tutorial player. `cairn` opens the library; `cairn --play FILE` plays one file with the subtitles
// found beside it.
#include "app/application.h"
#include "app/interfacelanguage.h"
#include "app/playbench.h"
#include "app/settings.h"
#include "cairn/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <memory>

namespace {
/// --help and --version print and exit: they must work over ssh or in a script, where there is no display.
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version" || a == "-?")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char **argv)
{
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<QCoreApplication> application;
    if (onlyPrints(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &qapp = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Cairn"));
    QCoreApplication::setApplicationName(QStringLiteral("cairn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAIRN_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(CAIRN_APP_ID));
    // Before any text is made (--help included) and before any widget exists: the chosen language, else the
    // system's, else English; right to left for Arabic.
    cairn::app::applyInterfaceLanguage(cairn::app::savedInterfaceLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Plays tutorials offline, with subtitles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption playOpt(QStringLiteral("play"), QCoreApplication::translate("main", "Play FILE at once."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption noAudioOpt(QStringLiteral("no-audio"),
                                        QCoreApplication::translate("main", "Do not open a sound device."));
    const QCommandLineOption benchOpt(QStringLiteral("bench-play"),
                                      QCoreApplication::translate("main", "Open FILE repeatedly and print timings."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QCoreApplication::translate("main", "Benchmark runs."),
                                     QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption holdOpt(QStringLiteral("hold-ms"),
                                     QCoreApplication::translate("main", "Benchmark: keep playing this long."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption subOpt(QStringLiteral("subtitles"),
                                    QCoreApplication::translate("main", "Show subtitles in LANG (ar, zh-Hans, en…)."),
                                    QStringLiteral("LANG"));
    const QCommandLineOption sub2Opt(QStringLiteral("second-subtitles"),
                                     QCoreApplication::translate("main", "Also show subtitles in LANG, at the top."),
                                     QStringLiteral("LANG"));
    parser.addOptions({playOpt, noAudioOpt, subOpt, sub2Opt, benchOpt, runsOpt, holdOpt});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A video to play."),
                                 QStringLiteral("[file]"));
    parser.process(qapp);

    cairn::app::Application::Options options;
    options.playFile = parser.value(playOpt);
    if (options.playFile.isEmpty() && !parser.positionalArguments().isEmpty())
        options.playFile = parser.positionalArguments().constFirst();
    options.audio = !parser.isSet(noAudioOpt);
    options.subtitles = parser.value(subOpt);
    options.secondSubtitles = parser.value(sub2Opt);

    if (parser.isSet(benchOpt)) {
        options.playFile.clear();
        cairn::app::Application app(options);
        app.start();
        cairn::app::PlayBenchOptions bench;
        bench.file = parser.value(benchOpt);
        bench.runs = parser.value(runsOpt).toInt();
        bench.holdMs = parser.value(holdOpt).toInt();
        return cairn::app::runPlayBench(app, bench, startMs);
    }

    cairn::app::Application app(options);
    app.start();
    return qapp.exec();
}
