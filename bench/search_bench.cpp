// Search latency on an indexed library (Google Benchmark): one query per language, as the player runs it
// (Library::search: titles and descriptions first, then cues, 200 hits, snippets highlighted).
//   search_bench --db=INDEX.sqlite [benchmark flags]
// Each query runs as 1 iteration x 40 repetitions, so the aggregates are the latency distribution of single
// searches: median, mean, p95 (reported in ms). The first (cold page cache) run is not counted: a warm-up
// search runs before the first repetition.
#include "db/indexstore.h"
#include "search/querybuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace {

struct Query
{
    const char *label;
    const char *text;
};

// Words from the generator's vocabulary heads (bench/gen_library.py), so each has many hits.
const Query kQueries[] = {
    {"en_word", "library"},
    {"en_prefix", "learn"},           // last word matches as a prefix: learn, learning
    {"en_two_words", "public museum"},
    {"fr_accented", "bibliothèque"},
    {"es_word", "aprendizaje"},
    {"ru_capitalised", "Библиотека"}, // case-insensitive Cyrillic
    {"ar_word", "المكتبة"},            // indexed text carries harakat a third of the time
    {"zh_2char", "课堂"},              // a two-character Chinese word: one bigram
    {"zh_3char", "图书馆"},            // three characters: a phrase of two bigrams
    {"zh_1char", "课"},                // one character: a prefix of bigrams
    {"rare", "volunteer workshop"},
};

std::unique_ptr<cairn::db::IndexStore> g_store;
int g_limit = 200;

void searchOnce(const QString &query, int *hits)
{
    const QString expr = cairn::search::buildMatchExpression(query);
    int n = 0;
    const auto texts = g_store->searchTexts(expr, QString(), g_limit);
    n += int(texts.size());
    const auto cues = g_store->searchCues(expr, QString(), std::max(0, g_limit - n));
    n += int(cues.size());
    *hits = n;
}

double percentile95(const std::vector<double> &v)
{
    std::vector<double> s = v;
    std::sort(s.begin(), s.end());
    if (s.empty())
        return 0;
    const size_t idx = std::min(s.size() - 1, size_t(0.95 * double(s.size() - 1) + 0.5));
    return s[idx];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dbPath;
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--db=", 5) == 0)
            dbPath = QString::fromLocal8Bit(argv[i] + 5);
        else if (std::strncmp(argv[i], "--limit=", 8) == 0)
            g_limit = std::atoi(argv[i] + 8);
        else
            rest.push_back(argv[i]);
    }
    if (dbPath.isEmpty()) {
        std::fprintf(stderr, "usage: search_bench --db=INDEX.sqlite [--limit=200] [benchmark flags]\n");
        return 2;
    }
    // The user database is attached by IndexStore; the benchmark's own stays in a temporary folder.
    QTemporaryDir userDir;
    g_store = std::make_unique<cairn::db::IndexStore>(dbPath, QDir(userDir.path()).filePath(QStringLiteral("u.sqlite")));

    for (const Query &q : kQueries) {
        const QString text = QString::fromUtf8(q.text);
        auto warmed = std::make_shared<bool>(false);
        benchmark::RegisterBenchmark(q.label, [text, warmed](benchmark::State &state) {
            int hits = 0;
            if (!*warmed) {
                searchOnce(text, &hits); // untimed: page cache and statement cache
                *warmed = true;
            }
            for (auto _ : state)
                searchOnce(text, &hits);
            state.counters["hits"] = hits;
        })
            ->Iterations(1)
            ->Repetitions(40)
            ->ReportAggregatesOnly(true)
            ->ComputeStatistics("p95", percentile95)
            ->Unit(benchmark::kMillisecond);
    }
    int n = int(rest.size());
    benchmark::Initialize(&n, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_store.reset();
    return 0;
}
