#include "catch.h"

#include "library/naming.h"

#include <QStringList>
#include <algorithm>

using namespace cairn::library;

TEST_CASE("Natural order puts Tutorial 2 before Tutorial 10", "[library]")
{
    QStringList names{QStringLiteral("Tutorial 10.mp4"), QStringLiteral("tutorial 2.mp4"),
                      QStringLiteral("Tutorial 1.mp4"), QStringLiteral("Tutorial 02b.mp4"),
                      QStringLiteral("Appendix.mp4")};
    std::sort(names.begin(), names.end(), naturalLess);
    CHECK(names == QStringList{QStringLiteral("Appendix.mp4"), QStringLiteral("Tutorial 1.mp4"),
                               QStringLiteral("tutorial 2.mp4"), QStringLiteral("Tutorial 02b.mp4"),
                               QStringLiteral("Tutorial 10.mp4")});
    CHECK(naturalCompare(u"Part 9", u"Part 10") < 0);
    CHECK(naturalCompare(u"урок 3", u"Урок 12") < 0);
}

TEST_CASE("Titles from file names drop numbers, yt-dlp ids and separators", "[library]")
{
    CHECK(titleFromFileName(QStringLiteral("01 What is a learning city.mp4")) ==
          QStringLiteral("What is a learning city"));
    CHECK(titleFromFileName(QStringLiteral("What is a learning city [dQw4w9WgXcQ].mp4")) ==
          QStringLiteral("What is a learning city"));
    CHECK(titleFromFileName(QStringLiteral("Learning_Cities.Part.2.mkv")) == QStringLiteral("Learning Cities Part 2"));
    CHECK(titleFromFileName(QStringLiteral("2024.mp4")) == QStringLiteral("2024"));
    CHECK(titleFromFileName(QStringLiteral("03 - مدينة التعلم.webm")) == QStringLiteral("مدينة التعلم"));
}
