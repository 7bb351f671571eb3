#pragma once
// `cairn --bench-play FILE`: opens FILE N times in the real window through the real controller and prints how
// many starts reached a frame, how many needed an automatic reload, first-frame times, paint cost and CPU use.
// The figures in docs/architecture.md come from here. Thread: GUI thread.
#include <QSize>
#include <QString>

namespace cairn::app {
class Application;

struct PlayBenchOptions
{
    QString file;
    int runs = 20;
    int holdMs = 0; ///< keep playing this long after the first frame (paint/CPU figures)
    QSize windowSize{1280, 720};
};

/// Runs the benchmark on `app` (already started); returns the process exit code (0 when every start got a frame).
int runPlayBench(Application &app, const PlayBenchOptions &options, qint64 processStartMs);

} // namespace cairn::app
