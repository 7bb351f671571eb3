#include "app/playbench.h"

#include "app/application.h"
#include "app/mainwindow.h"
#include "app/playerpage.h"
#include "app/standalonetutorial.h"
#include "app/videoview.h"
#include "playback/playbackcontroller.h"
#include "playback/qtmultimediaengine.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QMediaDevices>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <sys/resource.h>

namespace cairn::app {

namespace {
template<typename Pred>
bool spinUntil(Pred pred, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return pred();
}

double cpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

QString peakRss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return QString::fromLatin1(line.mid(6).trimmed());
    return {};
}
} // namespace

int runPlayBench(Application &app, const PlayBenchOptions &options, qint64 processStartMs)
{
    QTextStream out(stdout);
    auto *c = app.controller();
    c->setAutoplayNext(false);
    app.window()->resize(options.windowSize);
    qint64 firstFrame = -1;
    QString failure;
    QObject ctx;
    QObject::connect(c, &playback::PlaybackController::firstFrame, &ctx, [&](qint64 ms) { firstFrame = ms; });
    QObject::connect(c, &playback::PlaybackController::failed, &ctx, [&](const QString &m) { failure = m; });
    spinUntil([&] { return app.window()->isVisible(); }, 2000);

    QList<qint64> times;
    int ok = 0, failed = 0;
    double paintMicros = 0, cpu = 0;
    int paintSamples = 0;
    qint64 coldFirstFrameSinceStart = -1;
    for (int i = 0; i < options.runs; ++i) {
        firstFrame = -1;
        failure.clear();
        auto t = standaloneTutorial(options.file);
        t.id = i + 1;
        app.play(t);
        if (spinUntil([&] { return firstFrame >= 0 || !failure.isEmpty(); }, 15000) && firstFrame >= 0) {
            ++ok;
            times << firstFrame;
            if (i == 0)
                coldFirstFrameSinceStart = processStartMs >= 0 ? QDateTime::currentMSecsSinceEpoch() - processStartMs : -1;
        } else {
            ++failed;
            out << "run " << i + 1 << ": no frame" << (failure.isEmpty() ? QString() : QStringLiteral(" — ") + failure)
                << Qt::endl;
        }
        if (options.holdMs > 0 && firstFrame >= 0) {
            VideoView *v = app.window()->playerPage()->videoView();
            v->resetPaintStats();
            const double cpu0 = cpuSeconds();
            QElapsedTimer hold;
            hold.start();
            spinUntil([] { return false; }, options.holdMs);
            cpu += (cpuSeconds() - cpu0) / (hold.elapsed() / 1000.0);
            paintMicros += v->averagePaintMicros();
            paintSamples += v->paintCount();
        }
        c->stop();
    }
    std::sort(times.begin(), times.end());
    auto pct = [&](double p) { return times.isEmpty() ? -1 : times.at(std::min<int>(times.size() - 1, int(times.size() * p))); };
    out << "backend=" << playback::QtMultimediaEngine::backendName()
        << " audioOutputs=" << QMediaDevices::audioOutputs().size() << " runs=" << options.runs << " frame=" << ok
        << " failed=" << failed << " reloads=" << c->recoveries() << " firstFrame(ms) first=" << (times.isEmpty() ? -1 : times.first())
        << " median=" << pct(0.5) << " p90=" << pct(0.9) << " max=" << (times.isEmpty() ? -1 : times.last())
        << " coldStartToFirstFrame=" << coldFirstFrameSinceStart << " peakRSS=" << peakRss();
    if (options.holdMs > 0 && ok > 0)
        out << " paint(us/frame)=" << qRound(paintMicros / ok) << " paints/s=" << qRound(paintSamples / (ok * options.holdMs / 1000.0))
            << " cpu(%)=" << qRound(100 * cpu / ok);
    out << Qt::endl;
    return failed == 0 ? 0 : 1;
}

} // namespace cairn::app
