// Which cues are on screen at a given time, with overlaps and a per-track delay.
#include "catch.h"
#include "testutil.h"

#include "subtitles/cueindex.h"
#include "subtitles/subtitlereader.h"

#include <random>

using namespace Qt::StringLiterals;
using namespace cairn::subtitles;

TEST_CASE("CueIndex finds overlapping cues — end times are exclusive", "[subtitles]")
{
    const ParseResult r = parseSubtitleFile(cairn::test::dataPath(u"subtitles/srt-overlapping.srt"_s));
    REQUIRE(r.ok);
    CueIndex index(r.cues);
    REQUIRE(index.cues().size() == 3);
    using V = std::vector<int>;
    CHECK(index.activeAt(500) == V{});
    CHECK(index.activeAt(1000) == V{0});
    CHECK(index.activeAt(2500) == V{0, 1});
    CHECK(index.activeAt(3000) == V{0, 1, 2});
    CHECK(index.activeAt(4000) == V{0, 2});
    CHECK(index.activeAt(5000) == V{0});
    CHECK(index.activeAt(9999) == V{0});
    CHECK(index.activeAt(10000) == V{});
    CHECK(index.cues()[2].text == u"مدينة التعلم تفتح أبوابها للجميع"_s);
    CHECK(index.lastStartedAt(999) == -1);
    CHECK(index.lastStartedAt(2500) == 1);
    CHECK(index.lastStartedAt(60000) == 2);

    // A positive delay shows cues later, a negative one earlier, without reparsing.
    index.setDelayMs(1000);
    CHECK(index.activeAt(1500) == V{});
    CHECK(index.activeAt(2000) == V{0});
    CHECK(index.activeAt(10500) == V{0});
    index.setDelayMs(-2000);
    CHECK(index.activeAt(1000) == V{0, 1, 2});
    CHECK(index.lastStartedAt(0) == 1);

    CHECK(CueIndex().activeAt(0).empty());
    CHECK(CueIndex().lastStartedAt(0) == -1);
}

TEST_CASE("CueIndex agrees with a brute-force scan on many random cues", "[subtitles]")
{
    std::mt19937 rng(42);
    QList<Cue> cues;
    for (int i = 0; i < 2000; ++i) {
        Cue c;
        c.startMs = std::uniform_int_distribution<qint64>(0, 600000)(rng);
        // Mostly short cues, a few very long ones that overlap everything after them.
        c.endMs = c.startMs + (i % 97 == 0 ? 200000 : std::uniform_int_distribution<qint64>(1, 6000)(rng));
        cues.append(c);
    }
    const CueIndex index(cues);
    const QList<Cue> &sorted = index.cues();
    for (qint64 t = -100; t < 820000; t += 997) {
        std::vector<int> expected;
        for (int i = 0; i < sorted.size(); ++i) {
            if (sorted[i].startMs <= t && t < sorted[i].endMs)
                expected.push_back(i);
        }
        INFO("t = " << t);
        REQUIRE(index.activeAt(t) == expected);
    }
}
