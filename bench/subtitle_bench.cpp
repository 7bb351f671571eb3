// Subtitle parsing and lookup speed (Google Benchmark). 50,000 cues must parse well under 100 ms on one core.
//   subtitle_bench                       run the benchmarks
//   subtitle_bench --write-fixtures=DIR  write DIR/big.srt and DIR/big.vtt (used by compare_ffmpeg.sh) and exit
#include "subtitles/cueindex.h"
#include "subtitles/subtitlereader.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <benchmark/benchmark.h>

#include <cstring>
#include <random>

using namespace cairn::subtitles;

namespace {

constexpr int kCueCount = 50000;

// Real sentences in the six languages, some with the markup real files carry.
const char *const kLines[] = {
    "مدينة التعلم تفتح أبوابها للجميع",
    "<i>学习型城市让每个人终身学习</i>",
    "The learning city opens its doors to everyone",
    "La bibliothèque est le <b>cœur</b> de la cité",
    "Обучающийся город открыт для всех",
    "¿Dónde está la biblioteca? ¡Aquí mismo!",
};

QByteArray timestamp(qint64 ms, bool vtt)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld%c%03lld", ms / 3600000, (ms / 60000) % 60, (ms / 1000) % 60,
                  vtt ? '.' : ',', ms % 1000);
    return QByteArray(buf);
}

QByteArray makeFile(bool vtt)
{
    QByteArray out;
    out.reserve(kCueCount * 120);
    if (vtt)
        out += "WEBVTT\n\n";
    for (int i = 0; i < kCueCount; ++i) {
        const qint64 start = qint64(i) * 2000;
        out += QByteArray::number(i + 1) + '\n' + timestamp(start, vtt) + " --> " + timestamp(start + 1800, vtt);
        if (vtt && i % 10 == 0)
            out += " line:90% align:start";
        out += '\n';
        out += kLines[i % 6];
        if (i % 3 == 0) {
            out += '\n';
            out += kLines[(i + 2) % 6];
        }
        out += "\n\n";
    }
    return out;
}

const QByteArray &srtFile()
{
    static const QByteArray f = makeFile(false);
    return f;
}

const QByteArray &vttFile()
{
    static const QByteArray f = makeFile(true);
    return f;
}

void parseBench(benchmark::State &state, const QByteArray &bytes, const QString &name)
{
    for (auto _ : state) {
        ParseResult r = parseSubtitleBytes(bytes, name);
        if (r.cues.size() != kCueCount)
            state.SkipWithError("wrong cue count");
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["cues"] = kCueCount;
}

void BM_ParseSrt50k(benchmark::State &state)
{
    parseBench(state, srtFile(), QStringLiteral("big.srt"));
}
BENCHMARK(BM_ParseSrt50k)->Unit(benchmark::kMillisecond);

void BM_ParseVtt50k(benchmark::State &state)
{
    parseBench(state, vttFile(), QStringLiteral("big.vtt"));
}
BENCHMARK(BM_ParseVtt50k)->Unit(benchmark::kMillisecond);

void BM_DecodeOnly(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(decodeSubtitleBytes(srtFile()));
    state.SetBytesProcessed(state.iterations() * srtFile().size());
}
BENCHMARK(BM_DecodeOnly)->Unit(benchmark::kMillisecond);

void BM_CueIndexActiveAt(benchmark::State &state)
{
    const CueIndex index(parseSubtitleBytes(srtFile(), QStringLiteral("big.srt")).cues);
    std::mt19937 rng(1);
    std::uniform_int_distribution<qint64> t(0, qint64(kCueCount) * 2000);
    for (auto _ : state)
        benchmark::DoNotOptimize(index.activeAt(t(rng)));
}
BENCHMARK(BM_CueIndexActiveAt);

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--write-fixtures=", 17) == 0) {
            const QString dir = QString::fromLocal8Bit(argv[i] + 17);
            QFile srt(dir + QStringLiteral("/big.srt"));
            QFile vtt(dir + QStringLiteral("/big.vtt"));
            if (!srt.open(QIODevice::WriteOnly) || !vtt.open(QIODevice::WriteOnly))
                return 1;
            srt.write(srtFile());
            vtt.write(vttFile());
            return 0;
        }
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
