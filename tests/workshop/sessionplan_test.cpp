// Session plan values: time parsing/formatting and normalisation.
#include "catch.h"

#include "workshop/sessionplan.h"

using namespace cairn::workshop;

TEST_CASE("Times are parsed and formatted as trainers write them", "[workshop]")
{
    CHECK(parseTime(QStringLiteral("2:15")) == 135000);
    CHECK(parseTime(QStringLiteral("02:15")) == 135000);
    CHECK(parseTime(QStringLiteral("1:02:15")) == 3735000);
    CHECK(parseTime(QStringLiteral("135")) == 135000);
    CHECK(parseTime(QStringLiteral("0:01.5")) == 1500);
    CHECK(parseTime(QStringLiteral("2:75")) == -1);
    CHECK(parseTime(QStringLiteral("abc")) == -1);
    CHECK(parseTime(QString()) == -1);
    CHECK(formatTime(135000) == QStringLiteral("02:15"));
    CHECK(formatTime(3735000) == QStringLiteral("1:02:15"));
    CHECK(formatTime(-1) == QStringLiteral("--:--"));
    CHECK(formatTimeExact(4500) == QStringLiteral("00:04.5"));
    CHECK(parseTime(formatTimeExact(62125)) == 62125);
}

TEST_CASE("Pause points are sorted and kept inside the segment", "[workshop]")
{
    SessionItem item;
    item.inMs = 1000;
    item.outMs = 5000;
    item.pauses = {{4000, QStringLiteral("b")}, {2000, QStringLiteral("a")}, {500, QStringLiteral("before")},
                   {5000, QStringLiteral("at out")}};
    item.languages = {QStringLiteral("ar"), QStringLiteral("fr"), QStringLiteral("en")};
    normalize(item);
    REQUIRE(item.pauses.size() == 2);
    CHECK(item.pauses.at(0).prompt == QStringLiteral("a"));
    CHECK(item.pauses.at(1).prompt == QStringLiteral("b"));
    CHECK(item.languages == QStringList{QStringLiteral("ar"), QStringLiteral("fr")});
}
